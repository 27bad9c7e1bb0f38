package mention

// orgHeadShortForms joins "the <Head>" to the organisation named in full
// earlier in the article whose head word it is: "the Liberation Tigers
// of Tamil Eelam … the Tigers", "the Moro Islamic Liberation Front …
// the Front". The head is the word before the name's "of", else its
// last word, an organisation's head word (Front, Board) or a plural
// (Tigers); the full name has three words or more, and the short form is
// one capitalised word after "the", free or an unknown name of its own,
// not followed by another capitalised word, a number or "of" ("the
// Office of the Attorney General" is a name of its own).
func (p *proc) orgHeadShortForms() {
	type head struct {
		word string
		g    int
	}
	var heads []head
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i < 3 || f.joinTo >= 0 || f.typ != kOrganization && f.typ != kArmedGroup {
			continue
		}
		h := f.j - 1
		for k := f.i + 1; k < f.j; k++ {
			if p.is(k, p.s.w.of) {
				h = k - 1
				break
			}
		}
		if h <= f.i || !p.toks[h].cap() || p.toks[h].end-p.toks[h].start < 4 || !p.has(h, fOrgCue) && !(lowerSuffix(p.word(h), "s") && !lowerSuffix(p.word(h), "ss")) {
			continue
		}
		heads = append(heads, head{p.word(h), g})
	}
	if len(heads) == 0 {
		return
	}
	for t := 1; t < len(p.toks); t++ {
		// the name follows "the": jump to the word after the next one
		// (cThe)
		if t = nextClass(p.cls, t-1, cThe) + 1; t >= len(p.toks) {
			break
		}
		if !p.toks[t].cap() || p.toks[t].poss || !p.is(t-1, p.s.w.the) || p.tcover[t] >= 0 || t+1 < len(p.toks) && p.joined(t+1) && (p.toks[t+1].shape&(shCap|shDigit) != 0 || p.is(t+1, p.s.w.of)) {
			continue
		}
		c := p.cover[t]
		if c >= 0 {
			if f := &p.found[c]; f.actor >= 0 || f.j-f.i != 1 || f.joinTo >= 0 {
				continue
			}
		}
		w := p.word(t)
		for _, h := range heads {
			if h.word != w || p.found[h.g].i >= t || p.found[h.g].dead {
				continue
			}
			if c >= 0 {
				p.kill(int(c))
			}
			p.addFound(found{i: t, j: t + 1, actor: -1, capital: -1, place: -1, joinTo: h.g, claim: -1, how: hShortForm, typ: p.found[h.g].typ, key: p.found[h.g].key})
			break
		}
	}
}
