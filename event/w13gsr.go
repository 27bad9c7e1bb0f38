package event

import "strings"

// Rules added from the session-13 fresh news sets (helper gsr), kept
// apart like the QA files.

// inClosedRelative reports whether tokens [t0,t1) lie inside a relative
// clause opened by ", which/who/whose" before them and closed by a comma
// before upto: "The Nigerian army, which has been fighting Boko Haram
// for years, said its troops …" — Boko Haram is inside, so "its" is not
// its. The scan stops at a sentence's other commas.
func inClosedRelative(toks []tok, t0, t1, upto int) bool {
	open := false
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		if toks[k].punct {
			return false
		}
		switch toks[k].low {
		case "which", "who", "whose", "that":
			open = toks[k-1].low == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for k := t1; k < upto && k < len(toks); k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// possModifier reports a word that may stand between a possessive owner
// and its agent noun: a participle or an adverb ("Libya's
// internationally recognised government", "Iran's newly elected
// president") or a hyphenated compound ("Libya's UN-recognised
// government", "Yemen's Saudi-backed government").
func possModifier(w string) bool {
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly" || strings.IndexByte(w, '-') > 0)
}

// formerTitle reports a title that says its holder no longer holds it:
// "former president", "ex-minister". Such a person is no GOV or MIL.
func formerTitle(title string) bool {
	return len(title) > 3 && (title[0] == 'f' || title[0] == 'F') && strings.HasPrefix(strings.ToLower(title), "former ") ||
		len(title) > 3 && (title[:3] == "ex-" || title[:3] == "Ex-")
}

// formerWord reports "former" or "ex-" before a title.
func formerWord(w string) bool { return w == "former" || w == "ex" || w == "ex-" }

// ethnicWord reports a capitalised word right after a demonym that
// names a people or faction within the state ("Malian Tuareg rebels",
// "Nigerian Fulani herdsmen", "Iraqi Sunni militants"): a plain
// capitalised word, no name of a known actor (those end the scan
// before), followed by a lower-case word.
func ethnicWord(toks []tok, k int) bool {
	t := &toks[k]
	return t.upper && !t.punct && len(t.low) > 2 && k+1 < len(toks) && !toks[k+1].upper && !toks[k+1].punct
}

// purposeForce reports an act of force (CAMEO 18–20) whose verb is an
// infinitive of purpose after a noun or an actor: "requested assistance
// to fight Boko Haram", "sent troops to Mali to fight jihadists". What a
// request, deployment or plan is for did not happen. Infinitives after
// verbs ("vowed to attack", "began to shell") are left to the intent and
// aspect rules.
func purposeForce(toks []tok, actorAt []int, m *match) bool {
	h := m.start
	if h < 2 || toks[h-1].low != "to" || m.p.Flags&FlagNominal != 0 {
		return false
	}
	switch m.p.Code[:2] {
	case "18", "19", "20":
	default:
		return false
	}
	b := h - 2
	if actorAt[b] < 0 && (!plainNoun(toks[b]) || toks[b].is(wcIntent|wcAppeal)) {
		return false
	}
	switch toks[b].low {
	case "offensive", "counteroffensive", "counter-offensive", "operation", "operations", "campaign", "assault", "attack", "attacks",
		"raid", "raids", "strike", "strikes", "airstrikes", "push", "incursion", "advance", "bombardment":
		return false // "launched a major offensive to retake South Ossetia": the offensive is the force aimed so
	}
	for k := b - 1; k >= 0 && k >= b-4; k-- {
		switch toks[k].low {
		case "used", "using", "use", "uses", "employed", "employing":
			return false // "used drones to attack the airport": the instrument of an attack made
		}
	}
	return true
}

// formerBetween reports "former" or "ex-" among tokens [from,to).
func formerBetween(toks []tok, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if formerWord(toks[k].low) || strings.HasPrefix(toks[k].low, "ex-") {
			return true
		}
	}
	return false
}

// equipmentNoun reports an agent noun that names weapons rather than
// people: "backed by tanks", "supported by helicopters".
func equipmentNoun(w string) bool {
	switch w {
	case "tanks", "artillery", "armour", "armor", "helicopters", "gunships", "warplanes", "jets", "drones", "aircraft", "armoured", "armored", "vehicles":
		return true
	}
	return aircraftNoun(w)
}

// brokerParticiple reports a participle of mediation before "by": the
// agent after it brokered the act, it is no party of it.
func brokerParticiple(w string) bool {
	switch w {
	case "brokered", "mediated", "facilitated", "hosted", "sponsored", "arranged":
		return true
	}
	return false
}
