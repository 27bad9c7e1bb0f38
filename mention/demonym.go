package mention

// sharedDemonyms links a demonym several KB countries share
// ("Congolese": both Congos) to the one of them the article places
// itself in: the country whose name, places or capital the article's
// other mentions name most often ("Goma", "Kinshasa" → the DR Congo).
// With no such evidence, or a tie, the matcher's pick stays.
func (p *proc) sharedDemonyms() {
	shared := p.s.sharedDemonyms
	if len(shared) == 0 {
		return
	}
	// the evidence is counted once per country: this pass changes only
	// demonyms, which the count leaves out
	var evidence map[string]int
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hDemonym || f.actor < 0 {
			continue
		}
		var buf [64]byte
		alts := shared[string(p.foldInto(buf[:0], f.i, f.j))] // kb.Fold of the words, without its Unicode normalisation
		if len(alts) < 2 {
			continue
		}
		if evidence == nil {
			evidence = map[string]int{}
		}
		best, bestN, curN := f.actor, 0, 0
		for _, a := range alts {
			code := countryCode(p.s.actors[a])
			n, ok := evidence[code]
			if !ok {
				n = p.countryEvidence(code)
				evidence[code] = n
			}
			if a == f.actor {
				curN = n
			}
			if n > bestN {
				best, bestN = a, n
			} else if n == bestN && a != best {
				best = -1 // a tie: no evidence for one
			}
		}
		if best >= 0 && best != f.actor && bestN > curN {
			f.actor = best
		}
	}
}

// countryEvidence counts the mentions other than demonyms that name the
// country with ISO3 code, or a place in it.
func (p *proc) countryEvidence(code string) int {
	n := 0
	for g := range p.found {
		h := &p.found[g]
		if h.dead || h.how == hDemonym {
			continue
		}
		c := h.country
		if h.actor >= 0 {
			c = countryCode(p.s.actors[h.actor])
		} else if c == "" && h.typ == kPlace && p.s.gaz != nil {
			// "Goma": the country of the most populous place so called
			if es := p.s.gaz.Lookup(p.text[p.toks[h.i].start:p.toks[h.j-1].end]); len(es) > 0 {
				c = es[0].Country
			}
		}
		if c == code {
			n++
		}
	}
	return n
}

// sharedNames are place names several KB countries answer to, each
// with the demonym those countries share: "Congo" alone is either Congo.
var sharedNames = map[string]string{"congo": "congolese"}

// sharedCountryNames links a bare name several countries answer to
// ("Congo") to the one the article places itself in, by the evidence
// sharedDemonyms weighs ("KINSHASA —", "M23", "Goma" → the DR Congo;
// "Brazzaville", "Sassou Nguesso" → the Republic of the Congo). With no
// evidence, or a tie, it stays an unlinked place.
func (p *proc) sharedCountryNames() {
	shared := p.s.sharedDemonyms
	if len(shared) == 0 {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.typ != kPlace || f.j-f.i != 1 {
			continue
		}
		var buf [64]byte
		dem, ok := sharedNames[string(p.foldInto(buf[:0], f.i, f.j))]
		if !ok || f.j < len(p.toks) && p.toks[f.j].cap() && p.toks[f.j].gap == gapSpace {
			continue // "Congo Basin", "Congo River": a region, not a state
		}
		best, bestN := int32(-1), 0
		for _, a := range shared[dem] {
			n := p.countryEvidence(countryCode(p.s.actors[a]))
			if n > bestN {
				best, bestN = a, n
			} else if n == bestN {
				best = -1 // a tie: no evidence for one
			}
		}
		if best >= 0 {
			f.actor, f.typ, f.how, f.key = best, kCountry, hAlias, ""
		}
	}
}
