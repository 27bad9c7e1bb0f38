package mention

// americaUS links "America" written alone to the United States ("the
// attacks on America", "America will respond"): news uses the word for
// the country. A region or a body with the word in its name keeps it:
// "Latin America", "South America" and "North America" are matched whole
// before, and "Bank of America", "Voice of America", "America First" or
// "America's Cup" (a capitalised word after it, or "of" before it) are
// left as they are.
func (p *proc) americaUS() {
	usa := p.s.usa
	// gated by tAmerica (trigger.go): a new word this pass tests for goes in that list too
	if usa < 0 || p.absent(tAmerica) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.typ != kPlace || f.j-f.i != 1 || p.word(f.i) != "America" || p.headline(f.i) {
			continue
		}
		if f.i > 0 && p.toks[f.i].gap <= gapSpace && p.toks[f.i].sent == p.toks[f.i-1].sent && (p.is(f.i-1, p.s.w.of) || p.toks[f.i-1].cap() && !p.toks[f.i].sentStart) {
			continue // "Bank of America", "Captain America"
		}
		if k := f.j; k < len(p.toks) && p.toks[k].gap <= gapSpace && p.toks[k].sent == p.toks[f.i].sent && p.toks[k].cap() {
			continue // "America First", "America's Cup"
		}
		f.actor, f.typ, f.how, f.key = usa, kCountry, hAlias, ""
	}
}
