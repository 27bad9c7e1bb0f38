package mention

import "github.com/sitrep-project/sitrep/doc"

// officerTitle returns the span of a judicial, legal or public officer's
// title written right before the person's name at token i, with the
// capitalised owner that opens it: "Chief Justice Ibrahim Juma",
// "Reserve Bank Governor John Mangudya", "Supreme Court Justice Amy
// Coney Barrett", "Police Commissioner Simon Sirro", "Mayor John
// Smith", "Attorney General Merrick Garland". The KB holds none of
// these offices (whose governor or commissioner is often unwritten), so
// the title makes no role claim; it is the mention's title, so that the
// role is shown and a later "the governor" can be resolved to the
// person.
func (p *proc) officerTitle(i int) (doc.Span, bool) {
	h := i - 1
	if h < 0 || !p.joined(i) || !p.toks[h].word() || len(p.word(h)) < 5 || p.headline(i) {
		return doc.Span{}, false // (not "Murmansk's Governor Resigns": a headline's verb)
	}
	k := h
	switch w := p.lower(h); w {
	case "justice", "judge":
		// "Chief Justice", "Chief Judge"; "Justice" alone is a judge's
		// title ("Justice Mary Smith")
		if h > 0 && p.toks[h].gap <= gapSpace && p.toks[h].sent == p.toks[h-1].sent && p.lower(h-1) == "chief" {
			k = h - 1
		} else if w != "justice" || !p.toks[h].cap() {
			return doc.Span{}, false
		}
	case "general":
		// "Attorney General Merrick Garland", "Solicitor General X",
		// "Prosecutor General X": a civilian officer (event/ reads "general" after these words
		// as no military rank: see titleBeforeGeneral there)
		if h == 0 || p.toks[h].gap > gapSpace || p.toks[h].sent != p.toks[h-1].sent {
			return doc.Span{}, false
		}
		if !generalOfficer(p.lower(h - 1)) {
			return doc.Span{}, false
		}
		k = h - 1
	case "governor", "commissioner", "mayor", "ombudsman", "registrar", "prosecutor", "magistrate":
	default:
		return doc.Span{}, false
	}
	for k > 0 && h-k < 4 && p.toks[k].gap <= gapSpace && p.toks[k].sent == p.toks[k-1].sent && p.toks[k-1].cap() && p.toks[k-1].word() && !p.has(k-1, fStop|fConnector) && !p.is(k-1, p.s.w.the) {
		k--
		// "Bank of Canada governor": the owner's name across "of"
		if k >= 2 && k < h && p.is(k-1, p.s.w.of) && p.toks[k-1].sent == p.toks[k].sent && p.toks[k-2].cap() && p.toks[k-2].word() && !p.has(k-2, fStop) {
			k -= 2
		}
	}
	return p.span(k, h+1), true
}

// generalOfficer reports whether w, before "General", makes a civilian
// officer's title ("Attorney General", "Prosecutor General", "Surgeon
// General"), not a post followed by a military rank.
func generalOfficer(w string) bool {
	switch w {
	case "attorney", "solicitor", "inspector", "auditor", "surgeon", "accountant", "prosecutor", "procurator", "comptroller":
		return true
	}
	return false
}
