package mention

// orgPairShortForms joins "the <Head>" to the two-word organisation named
// earlier in the article whose last word is that head, an organisation
// head word: "the European Commission … the Commission", "the World Bank
// … the Bank", "the Supreme Court … the Court". orgHeadShortForms does
// the same for names of three words or more. The nearest such name before
// the short form wins; when two different bodies with the head came
// before ("the European Commission and the Electoral Commission … the
// Commission") the short form is left alone. The short form is one
// capitalised word after "the", free or an unknown name of its own, not
// followed by another capitalised word, a number or "of". "House" is no
// such head: "the House" after "the White House" is a legislature.
func (p *proc) orgPairShortForms() {
	n := 0
	for g := range p.found {
		f := &p.found[g]
		if !f.dead && f.j-f.i == 2 && f.joinTo < 0 && (f.typ == kOrganization || f.typ == kArmedGroup) && p.has(f.j-1, fOrgCue) {
			n++
		}
	}
	if n == 0 {
		return
	}
	toks, the := p.toks, p.s.w.the // the loop adds founds, never tokens
	for k := 0; k+1 < len(toks); k++ {
		// skip to the next "the" (cThe)
		if k = nextClass(p.cls, k, cThe); k+1 >= len(toks) {
			break
		}
		t := k + 1
		if toks[k].id != the || !toks[t].cap() || toks[t].poss || !p.has(t, fOrgCue) || p.tcover[t] >= 0 || t+1 < len(p.toks) && p.joined(t+1) && (p.toks[t+1].shape&(shCap|shDigit) != 0 || p.is(t+1, p.s.w.of)) {
			continue
		}
		if p.lower(t) == "house" {
			continue
		}
		c := p.cover[t]
		if c >= 0 {
			if f := &p.found[c]; f.actor >= 0 || f.j-f.i != 1 || f.joinTo >= 0 {
				continue
			}
		}
		if h := p.pairHead(t); h >= 0 {
			if c >= 0 {
				p.kill(int(c))
			}
			e := &p.found[h]
			nf := found{i: t, j: t + 1, actor: e.actor, capital: -1, place: -1, joinTo: -1, claim: -1, how: hShortForm, typ: e.typ, key: e.key}
			if e.actor < 0 {
				nf.joinTo = h
			}
			p.addFound(nf)
		}
	}
}

// pairHead returns the nearest two-word organisation found before token t
// whose last word is t's word, or -1 when there is none or when an
// earlier one names another body.
func (p *proc) pairHead(t int) int {
	best := -1
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i != 2 || f.j > t-1 || f.joinTo >= 0 || f.typ != kOrganization && f.typ != kArmedGroup || p.toks[f.j-1].id != p.toks[t].id {
			continue
		}
		if best >= 0 {
			b := &p.found[best]
			if b.actor != f.actor || b.actor < 0 && b.key != f.key {
				return -1 // two bodies share the head
			}
		}
		if best < 0 || f.i > p.found[best].i {
			best = g
		}
	}
	return best
}
