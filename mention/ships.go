package mention

// shipNames makes the capitalised name after a vessel noun or an
// ownership or flag participle ("the US-owned Gibraltar Eagle", "the
// Liberian-flagged Marlin Luanda", "the tanker Sounion") one name, typed
// an organisation: a ship's name, not the place or person its first word
// may name alone. A name after a participle needs two words ("the
// US-owned Boeing" is a firm); after "the" within four words before.
func (p *proc) shipNames() {
	// gated by tVessel (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tVessel) {
		return
	}
	toks, flags := p.toks, p.s.v.flags // the loop adds founds, never tokens
	for k := 1; k+1 < len(toks); k++ {
		// most tokens are no vessel word: skip them in a loop of their
		// own, one flag test each (p.has, without its bounds tests)
		for k+1 < len(toks) && (toks[k].id < 0 || flags[toks[k].id]&fVessel == 0) {
			k++
		}
		if k+1 >= len(toks) {
			break
		}
		noun := false
		if w := p.word(k); p.toks[k].gap == gapHyphen && shipParticiple(w) {
			// "US-owned", "Liberian-flagged"
		} else if shipNoun(w) {
			noun = true
		} else {
			continue
		}
		det := false
		for b := k - 1; b >= 0 && b >= k-4 && p.toks[b].sent == p.toks[k].sent; b-- {
			det = det || p.is(b, p.s.w.the)
		}
		if !det {
			continue
		}
		i, j := k+1, k+1
		for j < len(p.toks) && j-i < 4 && p.joined(j) && p.toks[j].cap() && p.toks[j].word() && !p.toks[j].upper() && !p.has(j, fStop|fDate|fRole|fHonor) {
			j++
			if p.toks[j-1].poss {
				break
			}
		}
		if j-i < 1 || !noun && j-i < 2 || p.toks[j-1].poss {
			continue
		}
		// "the Russian-owned Electric Networks of Armenia": after a
		// participle, a body's name found from the same word on that
		// runs as far or further is the owned firm, no ship
		if g := p.cover[i]; !noun && g >= 0 && p.found[g].i == i && p.found[g].j >= j && p.isOrg(int(g)) {
			k = j
			continue
		}
		for t := i; t < j; t++ {
			if g := p.cover[t]; g >= 0 {
				p.kill(int(g))
			}
		}
		f := found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization}
		f.key = p.fold(i, j)
		p.addFound(f)
		k = j
	}
}

// shipNoun reports whether w is a vessel noun in any ASCII case, without
// a lower-case copy: shipNames asks it of every token.
func shipNoun(w string) bool {
	for _, n := range shipNouns {
		if equalLowerASCII(n, w) {
			return true
		}
	}
	return false
}

// shipParticiple reports whether w is an ownership or flag participle
// ("US-owned", "Liberian-flagged") in any ASCII case.
func shipParticiple(w string) bool {
	for _, n := range shipParticiples {
		if equalLowerASCII(n, w) {
			return true
		}
	}
	return false
}

// shipNouns and shipParticiples are the words before a ship's name
// (marked fVessel in the vocabulary).
var (
	shipNouns       = [...]string{"tanker", "vessel", "ship", "freighter", "bulker"}
	shipParticiples = [...]string{"owned", "flagged", "operated", "registered"}
)
