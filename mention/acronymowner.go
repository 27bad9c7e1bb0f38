package mention

// acronymOwner returns the found a parenthesised acronym after found h
// abbreviates: h itself, or, when h is a country or place written after
// "in" or "of" right behind an organisation's name of two words or more,
// that organisation ("the Front for Change and Concord in Chad (FACT)",
// "the Union of Democratic Forces of Guinea (UFDG)" where the stage
// kept the country apart): the acronym names the body, whose full name
// runs on to the country, not the country.
func (p *proc) acronymOwner(h int) int {
	if h < 0 {
		return h
	}
	c := &p.found[h]
	if c.typ != kCountry && c.typ != kPlace || c.i < 3 {
		return h
	}
	k := c.i - 1
	if !p.is(k, p.s.w.of) && p.word(k) != "in" {
		return h
	}
	o := p.foundEnding(k)
	if o < 0 || o == h {
		return h
	}
	if e := &p.found[o]; !e.dead && e.j-e.i >= 2 && (e.typ == kOrganization || e.typ == kArmedGroup) && p.toks[e.i].sent == p.toks[c.i].sent {
		return o
	}
	return h
}
