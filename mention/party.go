package mention

// partyWords types a party's one-word name written before a word of
// party politics ("the Liberal caucus", "a Labor MP", "the Liberal-Labour
// MPP", "the Labor or Liberal parties") as an organisation: there the
// word names the party, not a creed (the group adjective "liberal"
// elsewhere names no entity). Corpora that tag such modifiers MISC do not
// count them either way.
func (p *proc) partyWords() {
	// gated by tPartyName (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tPartyName) {
		return
	}
	toks := p.toks // the loop adds founds, never tokens
	for i := 0; i < len(toks); i++ {
		// a party's name is capitalised: skip the other tokens, eight
		// at a step (cCapish: capitalised or all capitals, so the loop
		// tests shCap again)
		for i < len(toks) && toks[i].shape&shCap == 0 {
			i = nextClass(p.cls, i+1, cCapish)
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
		if k < len(p.toks) && p.toks[j].gap != gapHyphen && partyNoun(p.word(k)) && !p.toks[j-1].poss && !p.partyAffiliation(k) {
			p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, j)})
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

// partyAffiliation reports whether the party noun at token k is a
// person's post written before the person's name: in "Opposition
// Conservative leader Pierre Poilievre", "Labor MP Jane Smith" the party
// word is the person's affiliation, and the person is the actor, so it
// names no organisation of its own.
func (p *proc) partyAffiliation(k int) bool {
	switch p.word(k) {
	case "leader", "candidate", "member", "senator", "congressman", "congresswoman", "lawmaker", "politician", "backbencher", "MP", "MPP", "MLA", "MEP":
	default:
		return false
	}
	n := k + 1
	if n+1 >= len(p.toks) || !p.joined(n) || !p.toks[n].cap() || !p.toks[n].word() || p.has(n, fStop|fDate) {
		return false
	}
	// a name is two capitalised words, or one the lexicon knows as a
	// person's ("Keir Starmer", "Starmer")
	c := p.cover[n]
	return c >= 0 && p.found[c].typ == kPerson || p.joined(n+1) && p.toks[n+1].cap() && p.toks[n+1].word()
}
