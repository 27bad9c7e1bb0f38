package event

import "strings"

// Quoted subjects: inside a direct quote the speaker is taken as the
// one who acts ('"We will respond," X said'). A third person or the
// one spoken to as the verb's own subject ('"They are putting pressure
// on Lester," Limbaugh said', '"Will you pledge not to …?" he asks')
// names someone else, whom the quote does not name.

// quotedOtherSubject reports whether the trigger of m, inside quote q,
// has as its subject a pronoun that is not the speaker ("they", "he",
// "she", "you", contracted or not) and that no actor resolves, past
// auxiliaries, negation and adverbs ("will you pledge", "he would never
// sign") or, before a noun trigger, the verb and words of its object
// ("they're putting all kinds of pressure"); or an infinitive whose
// subject is an object pronoun ("forced him to sign").
func quotedOtherSubject(toks []tok, acts []actor, actorAt []int, m *match, q [2]int) bool {
	if k := m.start - 2; k > q[0] && toks[k+1].low == "to" && actorAt[k] < 0 {
		switch toks[k].low {
		case "him", "her", "them":
			return true // '"We forced him to sign the document," Aliyev said': he signed, not the speaker
		}
	}
	verbs := 1 // words that may be the verb of a noun trigger ("putting pressure")
	if m.p.Flags&FlagNominal != 0 || m.start > 0 && (toks[m.start-1].is(wcDeterminer) || toks[m.start-1].low == "of") {
		verbs = 4
	}
	lo := max(q[0]+1, m.start-4-verbs)
	for i := m.start - 1; i >= lo; i-- {
		t := &toks[i]
		if t.punct || actorAt[i] >= 0 || t.low == "that" || t.low == "who" || t.low == "which" || t.low == "and" || t.low == "or" || t.low == "but" {
			return false
		}
		w := t.low
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k] // "they're", "you’ll"
		}
		switch w {
		case "they", "you":
			return true
		case "he", "she":
			for j := q[0] + 1; j < i; j++ {
				if actorAt[j] >= 0 && acts[actorAt[j]].person {
					return false // '"Trump has respect for our military, and he also said …"': the person named
				}
			}
			return true
		case "will", "would", "can", "could", "shall", "should", "may", "might", "must", "have", "has", "had", "do", "does", "did":
			continue
		}
		if t.is(wcBeForm) || t.is(wcNegator) || strings.HasSuffix(w, "ly") {
			continue
		}
		if verbs == 0 || t.is(wcPreposition) && w != "of" || t.upper {
			return false
		}
		verbs--
	}
	return false
}

// auxWord reports an auxiliary, a negation or an adverb, which may
// stand between a subject and its verb ("should", "had not", "also").
func auxWord(t *tok) bool {
	switch t.low {
	case "will", "would", "can", "could", "shall", "should", "may", "might", "must", "have", "has", "had", "do", "does", "did":
		return true
	}
	return t.is(wcBeForm) || t.is(wcNegator) || strings.HasSuffix(t.low, "ly")
}

// firstPersonSubject reports an "I" no actor resolves as the subject of
// the verb at v, past auxiliaries ("I should say", "I have never
// supported") outside a quote: the writer, whom the text does not name.
func firstPersonSubject(toks []tok, actorAt []int, v int) bool {
	for i := v - 1; i >= 0 && i >= v-4; i-- {
		t := &toks[i]
		if t.low == "i" && t.upper && actorAt[i] < 0 {
			for j := 0; j < i; j++ {
				if w := toks[j].low; toks[j].punct && (w == "\"" || w == "“" || w == "”" || w == "''" || w == "``") {
					return false // a quote's "I" is its speaker's, found from the quote
				}
			}
			return true
		}
		if t.punct || !auxWord(t) {
			return false
		}
	}
	return false
}

// quotedNamedSubject reports sources that a direct quote q names as the
// subject of its verb, other than by a pronoun: '"East Timor has
// rejected the offer," Annan said' — East Timor rejected it, not the
// speaker, who only reports it.
func quotedNamedSubject(toks []tok, acts []actor, srcs []int, q [2]int) bool {
	if len(srcs) == 0 || srcs[0] < 0 {
		return false
	}
	a := &acts[srcs[0]]
	return a.t0 > q[0] && a.t1 <= q[1] && !toks[a.t0].is(wcPronoun|wcPossPronoun)
}
