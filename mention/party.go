package mention

import "github.com/sitrep-project/sitrep/doc"

// partyWords types a party's one-word name written before a word of
// party politics ("the Liberal caucus", "a Labor MP", "the Liberal-Labour
// MPP", "the Labor or Liberal parties") as an organisation: there the
// word names the party, not a creed (the group adjective "liberal"
// elsewhere names no entity). Corpora that tag such modifiers MISC do not
// count them either way.
func (p *proc) partyWords() {
	toks := p.toks // the loop adds founds, never tokens
	for i := 0; i < len(toks); i++ {
		// a party's name is capitalised: skip the other tokens in a loop
		// of their own
		for i < len(toks) && toks[i].shape&shCap == 0 {
			i++
		}
		if i == len(toks) {
			break
		}
		if p.cover[i] >= 0 || !partyName(p.word(i)) || p.tcover[i] >= 0 || p.toks[i].sentStart || p.headline(i) {
			continue
		}
		j := i + 1
		for j < len(p.toks) && p.toks[j].gap == gapHyphen && partyName(p.word(j)) && p.cover[j] < 0 {
			j++ // "Liberal-Labour"
		}
		k := j
		if k+1 < len(p.toks) && (p.is(k, p.s.w.or) || p.is(k, p.s.w.and)) && partyName(p.word(k+1)) && p.toks[k+1].cap() {
			k += 2 // "the Labor or Liberal parties"
		}
		if k < len(p.toks) && p.toks[j].gap != gapHyphen && partyNoun(p.word(k)) && !p.toks[j-1].poss {
			p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: doc.TypeOrganization, key: p.fold(i, j)})
		}
		i = j - 1
	}
}

// partyName reports whether w is a party's one-word name.
func partyName(w string) bool {
	switch w {
	case "Liberal", "Labor", "Labour", "Conservative", "Tory", "Republican", "Democratic", "Socialist", "Communist", "Green", "Greens", "Likud", "Baath", "Ba'ath":
		return true
	}
	return false
}

// partyNoun reports whether w names a party's members, bodies or votes.
func partyNoun(w string) bool {
	switch w {
	case "MP", "MPs", "MPP", "MPPs", "MLA", "MLAs", "MEP", "MEPs", "member", "members", "caucus", "candidate", "candidates",
		"party", "parties", "leader", "leadership", "government", "senator", "senators", "congressman", "congresswoman",
		"lawmaker", "lawmakers", "politician", "politicians", "majority", "nomination", "primary", "primaries", "backbencher", "backbenchers":
		return true
	}
	return false
}
