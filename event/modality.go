package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Modality of an event: alleged actors and charges, negation inside
// names and "ruled", kept apart from the act itself.

// allegedAgent reports an allege word right before the actor starting
// at t0 (a determiner may stand between): "suspected Boko Haram
// militants attacked", "were shot dead by suspected al-Shabaab
// militants", "the alleged Russian hackers". Who did it is a suspicion.
func allegedAgent(toks []tok, t0 int) bool {
	k := t0 - 1
	if k > 0 && toks[k].is(wcDeterminer) {
		k--
	}
	return k >= 0 && toks[k].is(wcAllege)
}

// allegedClause reports an allege adverb in the clause that an adjunct
// participle at start hangs on: "Russian jets allegedly struck a field
// hospital on Saturday, killing two staff members": the killing is as
// alleged as the strike.
func allegedClause(toks []tok, start int) bool {
	if start < 3 || toks[start-1].low != "," {
		return false
	}
	if w := toks[start].low; len(w) <= 5 || !strings.HasSuffix(w, "ing") || toks[start].upper {
		return false
	}
	for i := start - 2; i >= 0 && i >= start-25; i-- {
		t := &toks[i]
		if isHardStop(t) || t.is(wcReportVerb) || (t.low == "and" || t.low == "but") && toks[i-1].low == "," {
			return false // another clause: ", and Hezbollah fired rockets, killing two"
		}
		if t.is(wcAllege) && strings.HasSuffix(t.low, "ly") {
			return true
		}
	}
	return false
}

// accusedGerund reports a trigger that is the gerund of a charge against
// "it"/"them" ("accusing it of backing militias"): its subject is the
// accused the pronoun stands for, not the accuser.
func accusedGerund(toks []tok, m *match) bool {
	h := m.start
	if h < 3 || toks[h-1].low != "of" && toks[h-1].low != "for" || toks[h-2].low != "it" && toks[h-2].low != "them" {
		return false
	}
	switch toks[h-3].low {
	case "accusing", "accused", "accuses", "accuse", "blaming", "blamed", "blames", "blame":
		return true
	}
	return false
}

// insideActor reports a token inside an actor's span: a negation word in
// a name, "Doctors Without Borders", "Reporters Without Borders", "No
// Labels", negates nothing. Called only for negation words.
func insideActor(acts []actor, i int) bool {
	for k := range acts {
		if acts[k].t0 <= i && i < acts[k].t1 {
			return true
		}
	}
	return false
}

// governed reports a deny word at i that is "ruled"/"rules" in the sense
// of governing, not of ruling something out: "Bouteflika, who ruled
// Algeria for two decades before protests forced him from office"
// negates nothing. Governing "ruled" goes on with a
// capitalised name, "over", "for", "since", "until" or "the
// country/nation/kingdom"; "ruled out", "ruled that" and "ruled the ban
// illegal" stay as before.
func governed(toks []tok, i int) bool {
	if w := toks[i].low; w != "ruled" && w != "rules" || i+1 >= len(toks) {
		return false
	}
	if rulingThat(toks, i) {
		return true
	}
	n := &toks[i+1]
	if n.upper && !n.punct || ruledOver.Has(n.low) {
		return true
	}
	return n.low == "the" && i+2 < len(toks) && ruledLands.Has(toks[i+2].low)
}

// rulingThat reports "ruled"/"rules" at i opening a finding ("an
// inquest ruled today that the police shooting of X was justified", "the
// court ruled that the arrest was lawful"): what the finding is about
// happened; only "ruled out" and "ruled against" refuse it.
func rulingThat(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].low {
		case "that":
			return true
		case "out", "against", ",", ";":
			return false
		}
	}
	return false
}

var (
	ruledOver  = wordset.New("over", "for", "since", "until", "from")
	ruledLands = wordset.New("country", "nation", "kingdom", "state", "island", "region", "empire", "emirate", "territory", "province")
)

// accusedWordBefore reports a word that may stand right before the
// content accusedContent reads ("of", "for", or the "not", "illegally",
// "deliberately" it skips, or the "by" of a means: "of violating the
// ceasefire by attacking its positions"): emit asks accusedContent only after it, so
// that the rule's code stays out of the instruction cache; the words
// must follow accusedContent's.
func accusedWordBefore(w string) bool {
	switch w {
	case "of", "for", "not", "illegally", "deliberately", "by":
		return true
	}
	return false
}

// accusedContent reports whether the match is the content of a charge:
// its first word follows "of" or "for" (past a negator) after a verb of
// accusing, blaming or condemning and its object, with no clause boundary
// between: "China accused Indian troops of crossing the border", "blamed
// the rebels for shelling the town", "condemned Russia for shelling
// Kharkiv". charge is true for accusing, blaming, suspecting and
// charging: the act is only the accuser's claim, coded as the accusation
// alone (CAMEO codes the 112, not what it alleges). After a verb of
// condemning the act is taken as given and stays, alleged.
func accusedContent(toks []tok, m *match) (content, charge bool) {
	// (emit asks only past accusedWordBefore: keep the words so)
	i := m.start - 1
	if i >= 0 && (toks[i].low == "not" || toks[i].low == "illegally" || toks[i].low == "deliberately") {
		i--
	}
	if i >= 0 && toks[i].low != "of" && toks[i].low != "for" {
		i = gerundOf(toks, i) // a nominal act inside the gerund's object: "of carrying out the Mumbai attacks"
	}
	if i < 2 || toks[i].low != "of" && toks[i].low != "for" {
		return false, false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- { // "accused rebels loyal to former vice president Riek Machar on Thursday of violating"
		t := &toks[k]
		if t.punct && t.low != "'s" && t.low != "-" {
			return false, false
		}
		switch t.low {
		case "accused", "accusing", "accuses", "accuse", "blamed", "blaming", "blames", "blame", "suspected", "suspects",
			"suspecting", "charged", "charging", "charges":
			return k < i-1, k < i-1
		case "condemned", "condemning", "condemns", "denounced", "denouncing", "denounces", "criticised", "criticized", "criticising", "criticizing":
			return k < i-1, false
		}
	}
	return false, false
}

// gerundOf returns the "of" or "for" before a gerund whose object phrase
// ends at i ("of carrying out the Mumbai attacks", "for launching
// rockets at"), at most six words back with no punctuation between, or
// i when there is none; also "of shooting" before the "down" of "shooting
// down a jet".
func gerundOf(toks []tok, i int) int {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].punct {
			return i
		}
		if (toks[k].low == "of" || toks[k].low == "for") && strings.HasSuffix(toks[k+1].low, "ing") {
			return k
		}
	}
	return i
}
