package event

import "strings"

// standingSanctions reports a nominal sanctions match ("sanctions on
// Eritrea", "the embargo against Cuba") whose noun phrase names a state
// that already holds rather than an act: the phrase opens the sentence
// or a reported clause ("Guterres said UN sanctions on Eritrea might
// become obsolete"), or follows a preposition ("because of sanctions on
// Iran", "the lifting of the embargo on Cuba"). Walking back from the
// noun it skips actors, determiners and possessives; a new-act modifier
// ("new", "fresh", "further" sanctions) or any other word before the
// phrase (a verb: "announced sanctions on Moscow") keeps the event;
// a kind of sanctions ("economic", "trade") is skipped.
func standingSanctions(toks []tok, actorAt []int, m *match) bool {
	if m.p.Code != "163" { // (codeSentence asks only for 163: keep the code so)
		return false
	}
	switch toks[m.head].low {
	case "sanctions", "embargo":
	default:
		return false
	}
	if m.p.Flags&FlagNominal == 0 && !sanctionsNoun(toks, actorAt, m.head) {
		return false
	}
	for i := m.head - 1; i >= 0 && i >= m.head-6; i-- {
		t := &toks[i]
		if actorAt[i] >= 0 || t.is(wcDeterminer) && t.low != "that" || t.is(wcPossPronoun) {
			continue
		}
		switch t.low {
		case "new", "fresh", "further", "additional", "more", "tougher", "latest", "expanded":
			return false
		case "that", ",", "—", "–", "-", ";", ":", "\"", "“":
			return true
		}
		switch t.low {
		case "said", "says", "say", "saying", "told", "tells", "stated", "added", "adding":
			return true
		}
		if sanctionsModifier(t.low) {
			continue // "the U.S. economic sanctions", "because of trade sanctions"
		}
		return t.is(wcPreposition)
	}
	return m.head <= 6 // the sentence opens with the phrase
}

// sanctionsNoun reports whether "sanctions" at h, matched by the verb
// pattern, is the noun: a kind stands before it and no actor,
// determiner or possessive follows it as the verb's object ("the U.S.
// economic sanctions got results", not "the EU sanctions Russia" nor
// "added banks to its sanctions list").
func sanctionsNoun(toks []tok, actorAt []int, h int) bool {
	if toks[h].low != "sanctions" || h == 0 || !sanctionsModifier(toks[h-1].low) {
		return false
	}
	if h+1 >= len(toks) {
		return true
	}
	n := &toks[h+1]
	return actorAt[h+1] < 0 && !n.is(wcDeterminer) && !n.is(wcPossPronoun) && !n.upper
}

// sanctionsModifier reports a word that says what kind of sanctions
// follow: an adjective of kind ("economic", "financial", "unilateral",
// "punitive", "western", "sectoral") or what they bar ("trade", "arms",
// "oil", "travel"). A verb before the phrase ("imposed economic
// sanctions") is none: it ends in none of these.
func sanctionsModifier(w string) bool {
	switch w {
	case "trade", "arms", "oil", "travel", "export", "import", "weapons":
		return true
	}
	for _, suf := range []string{"ic", "al", "ary", "ive", "ern"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// questionContent reports a match inside the question of an opening
// "Asked whether/if/about …," participle clause ("Asked if Washington
// would impose sanctions on Seoul, Campbell declined to comment"): what
// the reporter asked about is nobody's act; only the answer's verb,
// after the comma, is coded.
func questionContent(toks []tok, m *match) bool {
	i := 0
	if len(toks) > 0 && (toks[0].low == "when" || toks[0].low == "after" || toks[0].low == "if") {
		i = 1
	}
	// (codeSentence asks only when the first or second word is "asked": keep the test so)
	if i+1 >= len(toks) || toks[i].low != "asked" || m.start <= i {
		return false
	}
	switch toks[i+1].low {
	case "whether", "if", "about", "why", "how", "what", "when", "who":
	default:
		return false
	}
	for j := i + 2; j < m.start; j++ {
		if toks[j].low == "," || isHardStop(&toks[j]) {
			return false // the match is in the answer
		}
	}
	return true
}
