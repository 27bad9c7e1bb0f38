package mention

// longAcronym reports whether the all-caps word at token i, of seven or
// eight letters, is an organisation's acronym ("CENTCOM", "NAVCENT",
// "EUROPOL"): a reporting verb follows it (cue) or it owns what follows
// ("NAVCENT's mission"), and the word after it is written in lower case,
// so the sentence is no shouted headline ("BREAKING NEWS"). Shorter
// all-caps words are acronyms without a cue (see cueOf).
func (p *proc) longAcronym(i int, cue bool) bool {
	t := &p.toks[i]
	if n := t.end - t.start; !t.upper() || n < 7 || n > 8 || p.has(i, fAcronym) || p.hasDigit(i, i+1) {
		return false
	}
	if !cue && !t.poss {
		return false
	}
	k := i + 1
	return k < len(p.toks) && p.toks[k].sent == t.sent && p.toks[k].word() && p.toks[k].shape&shLower != 0
}
