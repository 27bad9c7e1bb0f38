package mention

// middleInitial matches a KB person written with a middle initial the KB
// does not spell ("Colin L. Powell", "Loretta E. Lynch" for the KB's
// "Colin Powell", "Loretta Lynch"): given name, one capital initial and a
// surname from token i. It returns the end of the match and the person
// entries, or -1. Only a KB person whose own name is two words matches:
// an initial in the KB name ("George H. W. Bush", "John F. Kennedy")
// tells namesakes apart, so "George P. Bush" is not the KB's "George
// Bush". matchNames calls it only where no KB name starts at i.
func (p *proc) middleInitial(i int) (int, []int32) {
	toks := p.toks
	if i+2 >= len(toks) {
		return -1, nil
	}
	t := &toks[i+1]
	if t.end-t.start != 2 || p.text[t.end-1] != '.' || !t.cap() || t.gap != gapSpace || toks[i+2].gap != gapSpace ||
		!toks[i].cap() || !toks[i+2].cap() || toks[i].poss {
		return -1, nil
	}
	s := p.s
	node, ok := s.names.step(0, toks[i].id)
	if !ok {
		return -1, nil
	}
	if node, ok = s.names.step(node, toks[i+2].id); !ok || !s.names.hasOuts(node) {
		return -1, nil
	}
	var best []int32
	for _, o := range s.names.outs[node] {
		e := &s.entries[o]
		if e.ntok != 2 || e.actor < 0 || !s.kinds[e.actor].person || len(s.nameWords[e.actor]) != 2 || e.exact != nil || e.the {
			continue
		}
		best = append(best, o)
	}
	if best == nil {
		return -1, nil
	}
	return i + 3, best
}
