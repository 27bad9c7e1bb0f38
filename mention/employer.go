package mention

import "strings"

// employerRole reports whether w, a role noun written before a person's
// name, names work done for a body rather than for a place, so that the
// name after the person's "of" is the body: "Activist Siti Kasim of
// Bersih", "Economist Ana Ruiz of Dejusticia", "candidate Cabral Libii of
// Univers" (not "Mayor X of Tshwane", "farmer X of Kalomo").
func employerRole(w string) bool {
	switch w {
	case "analyst", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "activist",
		"journalist", "reporter", "correspondent", "researcher", "economist", "director", "chairman",
		"chairwoman", "chairperson", "founder", "cofounder", "candidate", "editor", "columnist",
		"commentator", "ceo", "executive", "manager", "strategist", "campaigner", "pollster":
		return true
	}
	return false
}

// ofEmployer reports whether the person whose name ends right before the
// "of" at i-1 has an employer's role written before the name (see
// employerRole).
func (p *proc) ofEmployer(i int) bool {
	g := p.foundEnding(i - 1)
	if g < 0 {
		return false
	}
	f := &p.found[g]
	return f.i > 0 && employerRole(p.lower(f.i-1))
}

// employeesAt reports whether the one word [i,j) follows a plural noun
// of a body's staff and "at" ("Oil workers at Tengizchevroil stopped
// work", "Analysts at Ternium expect"), with no lower-case noun after it
// that it would qualify ("workers at Mombasa port"): a punctuation mark,
// a reporting or auxiliary verb or a past-tense verb follows. The word
// names the employer. Miners and traders are left out: a mine and a
// market are places ("miners at Kumtor").
func (p *proc) employeesAt(i, j int) bool {
	if j-i != 1 || i < 2 || !p.joined(i) || !p.joined(i-1) || p.word(i-1) != "at" || p.toks[i-2].shape&shLower == 0 || p.has(i, fGiven|fPlaceCue|fOrgCue|fCommon) {
		return false
	}
	switch p.word(i - 2) {
	case "workers", "employees", "staff", "analysts", "economists", "engineers", "executives", "researchers", "strategists":
	default:
		return false
	}
	if j == len(p.toks) || !p.toks[j].word() {
		return true
	}
	if p.toks[j].shape&shLower == 0 || !p.joined(j) {
		return false
	}
	return p.has(j, fCue|fAux) || strings.HasSuffix(p.word(j), "ed")
}
