package mention

// bareLegislature reports whether w names a country's legislature
// alone, with no article: "Congress" (the United States, the
// Philippines, Peru, Colombia, Brazil) and "Parliament" (Westminster
// systems) are written so ("Congress passed the bill", "Parliament
// voted"), while "the Senate" and "the Assembly" take the article (see
// classify).
func bareLegislature(w string) bool {
	return w == "Congress" || w == "Parliament"
}

// usCongress links a bare "Congress" to the United States Congress
// when the article is about the United States: its dateline is a place
// there, or, with no dateline, the linked names it holds (people,
// bodies, parties, states) belong to the United States more often than
// to any other country, at least twice ("Republicans in Congress",
// "Senate Majority Leader Mitch McConnell"). Many countries call their
// legislature or a party so (Peru, the Philippines, Colombia; India's
// Congress party), so a foreign dateline, another country as common as
// the United States, an owner written before it ("Peru's Congress") or
// no linked name at all leave it unlinked.
func (p *proc) usCongress() {
	// gated by tCongress (trigger.go): the pass reads the name "Congress" only
	if p.s.usCongress < 0 || p.absent(tCongress) {
		return
	}
	us := 0 // 0 not yet read, 1 the United States, -1 not
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.typ != kOrganization || f.j-f.i != 1 || p.word(f.i) != "Congress" {
			continue
		}
		if f.country != "" && f.country != "USA" {
			continue
		}
		if us == 0 {
			us = -1
			if p.usArticle() {
				us = 1
			}
		}
		if us < 0 {
			return
		}
		f.actor, f.how, f.key, f.country = p.s.usCongress, hAlias, "", ""
	}
}

// usArticle reports whether the article is about the United States, as
// usCongress reads it: a dateline there, else no dateline and more of
// its linked names the United States' than any other country's (at
// least two).
func (p *proc) usArticle() bool {
	if dl := p.datelineCountry(); dl != "" {
		return dl == "USA"
	}
	usa, other := 0, map[string]int{} // one map per document that names "Congress"
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 {
			continue
		}
		a := p.s.actors[f.actor]
		c := a.Country
		if f.typ == kCountry {
			c = countryCode(a)
		}
		switch {
		case c == "USA":
			usa++
		case len(c) == 3:
			other[c]++
		}
	}
	if usa < 2 {
		return false
	}
	for _, n := range other {
		if n >= usa {
			return false
		}
	}
	return true
}
