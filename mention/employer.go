package mention

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
