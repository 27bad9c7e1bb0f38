package event

// Rules from this session's QA of realistic news (issue 5).

// forceAgent returns the actor after "by" that closes the object of a
// disapproval or rejection when that object is an act of force whose
// victim is named first: "condemned the strikes on Syria by the US" is
// aimed at the US, the author of the strikes, not at Syria (as "the US
// strikes on Syria" is). tgts are the targets found (the victim); -1
// when the words do not have that shape.
func forceAgent(toks []tok, acts []actor, actorAt []int, m *match, tgts []int) int {
	last := tgts[len(tgts)-1]
	if last < 0 {
		return -1
	}
	first := tgts[0]
	if first < 0 || acts[first].t0 < 2 || acts[first].t0 > m.end+6 {
		return -1
	}
	// the victim after "on/against" (and "the"), the noun of force before it
	p := acts[first].t0 - 1
	if toks[p].low == "the" {
		p--
	}
	if p <= m.end || toks[p].low != "on" && toks[p].low != "against" {
		return -1
	}
	force := false
	for j := m.end; j < p; j++ {
		if actorAt[j] >= 0 || isHardStop(toks[j]) || toks[j].low == "," {
			return -1
		}
		force = force || violenceNouns.Has(toks[j].low)
	}
	if !force {
		return -1
	}
	b := acts[last].t1
	if b+1 >= len(toks) || toks[b].low != "by" {
		return -1
	}
	if ai := actorAt[b+1]; ai >= 0 && !acts[ai].place {
		return ai
	}
	if b+2 < len(toks) && toks[b+1].low == "the" {
		if ai := actorAt[b+2]; ai >= 0 && !acts[ai].place {
			return ai
		}
	}
	return -1
}

// passiveInfinitive reports a trigger participle after "to be" or "to
// have been" ("it is insulting to be accused of …", "refused to be
// intimidated"): the infinitive names no subject, and inside a quote the
// one it befalls is the speaker, not the doer.
func passiveInfinitive(toks []tok, m *match) bool {
	h := m.start
	if h < 2 || !isParticiple(toks[h].low) {
		return false
	}
	switch toks[h-1].low {
	case "be":
		return toks[h-2].low == "to"
	case "been":
		return h >= 3 && toks[h-2].low == "have" && toks[h-3].low == "to"
	}
	return false
}

// quotedPassive reports a passive trigger right after a form of "be"
// ("was accused", "is condemned"): inside a quote the speaker reports
// the act, done by the agent the clause names or by nobody named, never
// by the speaker ('"Gülen was accused of …," Erdogan said').
func quotedPassive(toks []tok, m *match, passive bool) bool {
	return passive && m.start > 0 && toks[m.start-1].is(wcBeForm)
}

// rolePossessives makes a person's actor followed by "'s <role noun>"
// that other person, never the possessor: "Sunak's predecessor
// negotiated" is not Sunak, "Putin's spokesman met" not Putin (issue 5).
// A representative (representativeNouns: spokesman, envoy, aide …)
// acts for the possessor's office and keeps its code; a predecessor or
// successor holds no office of the possessor's and keeps the country
// only, as a relative does (kinPossessives). A name apposed after the
// noun is the actor itself (representativeOf, appositiveOf).
func rolePossessives(text string, toks []tok, acts []actor) {
	for ai := range acts {
		a := &acts[ai]
		if !a.person || !a.poss {
			continue
		}
		k := -1 // the role noun
		switch {
		case a.t1+1 < len(toks) && possessiveMark(toks[a.t1].low):
			k = a.t1 + 1
			if ai+1 < len(acts) && acts[ai+1].t0 <= k {
				continue // the noun opens another actor already
			}
		case a.t1-a.t0 >= 3 && possessiveMark(toks[a.t1-2].low):
			k = a.t1 - 1 // "Putin's spokesman": the agent noun is inside the actor
		default:
			continue
		}
		w := toks[k].low
		rep := representativeNouns[w]
		if !rep && w != "predecessor" && w != "successor" {
			continue
		}
		a.t1 = k + 1
		a.name = text[toks[a.t0].start:toks[k].end]
		a.id, a.poss, a.agentNoun = a.name, false, false
		if !rep {
			a.sector, a.code = "", a.country
		}
	}
}

// coupTarget returns the government of the source's state as the target
// of a coup that names no victim ("the army staged a coup attempt": the
// army against its government), or nil.
func (c *Coder) coupTarget(sa *actor, code string, em *emission) *actor {
	if c.kb == nil || c.petrarch() || code != "170" || sa == nil || sa.country == "" {
		return nil
	}
	switch em.toks[em.m.head].low {
	case "coup", "coups", "putsch":
	default:
		return nil
	}
	if sa.actorCode() == sa.country+"GOV" {
		return nil // (a government's "self-coup" names no other party)
	}
	ka, ok := c.kb.Actor(sa.country)
	if !ok {
		return nil
	}
	return &actor{t0: -1, t1: -1, id: ka.ID, name: ka.Name, country: sa.country, sector: "GOV"}
}

// hostedNoun reports a verb of hosting or mediating at most four words
// before a nominal trigger at start ("Iraq and Oman had hosted several
// rounds of talks between the rivals", "brokered talks"): the talks are
// others', the subject only hosts them, and co-hosts never talk to each
// other through it.
func hostedNoun(toks []tok, start int) bool {
	for i := start - 1; i >= 0 && i >= start-4; i-- {
		if toks[i].punct {
			return false
		}
		switch toks[i].low {
		case "host", "hosts", "hosted", "hosting", "mediate", "mediates", "mediated", "mediating", "broker", "brokers",
			"brokered", "brokering", "facilitate", "facilitates", "facilitated", "facilitating", "convene", "convenes",
			"convened", "convening", "sponsor", "sponsors", "sponsored", "sponsoring":
			return true
		}
	}
	return false
}

// talksNoun reports a noun of talks, the trigger of a hosted or
// mediated meeting ("hosted talks between X and Y"): X and Y met.
func talksNoun(w string) bool {
	return w == "talks" || w == "negotiations" || w == "consultations"
}
