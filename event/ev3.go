package event

import "strings"

// Rules added by the W13 EV3 reading of realistic wire sentences for
// the constructions (issue 5).

// modifiedHead returns the actor that a relative or participial clause
// holding the actor at s modifies, or -1: in "Rebels holding the Syrian
// town of Qusair were attacked" and "Kurdish fighters who control the
// Syrian town of Kobani were attacked" the nearest actor before the
// verb sits in the clause; the clause's head is the subject. The clause
// opens right after the head with "who", "that", "which" or a present
// participle, and only words that are no actor or punctuation stand
// between the opener and the actor at s ("holding the eastern
// Ukrainian city"). The actor right after "who" or "that" is the
// clause's own subject ("the fighters that Israel attacked"): no head.
func modifiedHead(toks []tok, acts []actor, actorAt []int, s int) int {
	for j, lim := acts[s].t0-1, acts[s].t0-6; j > 0 && j >= lim; j-- {
		t := &toks[j]
		if t.punct || t.upper || actorAt[j] >= 0 || t.low == "and" || t.low == "or" {
			return -1
		}
		opener := t.low == "who" || t.low == "that" || t.low == "which" ||
			len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && t.low != "during" && t.low != "including" && t.low != "following" && t.low != "according"
		if !opener {
			continue
		}
		if t.low[0] == 'w' || t.low == "that" {
			k := j + 1
			for k < acts[s].t0 && toks[k].is(wcDeterminer) {
				k++
			}
			if k == acts[s].t0 {
				return -1 // "the fighters that Israel attacked": the actor is the clause's own subject
			}
		}
		if h := actorAt[j-1]; h >= 0 && acts[h].t1 == j && !acts[h].place {
			return h
		}
		if t.low[0] == 'w' || t.low == "that" {
			return -1
		}
		// a participle inside another ("protesters demanding a
		// referendum on joining Russia"): the outer clause's head
	}
	return -1
}

// participleClauseOpen returns the comma opening a participle clause
// that the comma at close ends, between a subject and its verb, or -1:
// "Iranian President Hassan Rouhani, marking a year since Washington
// abandoned the deal, said", "Saudi Arabia, the UAE, Bahrain and Egypt,
// accusing Doha of supporting terrorism and its ally Iran, cut ties".
// The clause starts with a present or past participle right after an
// actor and holds no other comma; the actors in it are no subject. It
// may run to participleClauseMax tokens ("Erdogan, speaking to crowds
// at Istanbul's Ataturk Airport after flying in from the resort of
// Marmaris, accused").
func participleClauseOpen(toks []tok, actorAt []int, close int) int {
	for j := close - 1; j >= 1 && j >= close-participleClauseMax; j-- {
		t := &toks[j]
		if isHardStop(*t) {
			return -1
		}
		if t.low != "," {
			continue
		}
		if j+2 >= close || actorAt[j-1] < 0 || actorAt[j+1] >= 0 {
			return -1
		}
		w := &toks[j+1]
		if w.upper || w.punct {
			return -1
		}
		switch {
		case len(w.low) > 5 && strings.HasSuffix(w.low, "ing") && w.low != "including" && w.low != "according" && w.low != "following" && w.low != "during":
			return j
		case strings.HasSuffix(w.low, "ed") || pastParticiple.Has(w.low):
			return j
		}
		return -1
	}
	return -1
}

// participleClauseMax is the longest participle clause
// participleClauseOpen looks back over, in tokens.
const participleClauseMax = 24

// reportParticiple reports a participle clause on a reporting verb at
// i whose trigger opens at start: "Erdogan said on Tuesday, accusing
// Israel of genocide", "Kerry told senators on Tuesday, accusing Assad
// of …". The speaker accuses; the participle is in no complement. Only
// an addressee and adverbials (no verb, no other actor, no "that")
// stand between the verb and the comma before the participle; in "said
// the rebels had attacked the town, killing 12" the killing is the
// rebels'.
func reportParticiple(toks []tok, actorAt []int, i, start int) bool {
	if start-i > 10 || start < 2 || toks[start-1].low != "," {
		return false
	}
	if w := &toks[start]; w.upper || len(w.low) <= 5 || !strings.HasSuffix(w.low, "ing") {
		return false
	}
	tell := toks[i].low == "told" || toks[i].low == "tells" || toks[i].low == "tell"
	for k := i + 1; k < start-1; k++ {
		t := &toks[k]
		if t.punct || t.low == "that" || t.is(wcBeForm) || t.is(wcHypo) || t.is(wcReportVerb) || haveWord(t.low) || !t.upper && pastVerb(*t) {
			return false
		}
		if actorAt[k] >= 0 && !(tell && actorAt[k] == actorAt[i+1]) {
			return false
		}
	}
	return true
}

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

// reportedRelative returns the subject of a trigger at start that a
// report inside a relative clause introduces: in "The Israeli strike,
// which Syrian state media said killed 12 soldiers" the media said it,
// the strike killed; in "The attack, which the WHO said killed 40
// people" nobody named killed. ok is false when the words before the
// trigger are no "which/that/who <speaker> said".
func reportedRelative(toks []tok, acts []actor, actorAt []int, start int) (subj []int, ok bool) {
	k := start - 1
	if k < 2 || !toks[k].is(wcReportVerb) || actorAt[k] >= 0 {
		return nil, false
	}
	rel := -1
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		t := &toks[j]
		if (t.low == "which" || t.low == "that" || t.low == "who" || t.low == "whom") && actorAt[j] < 0 && !t.upper {
			rel = j
			break
		}
		if t.punct || t.is(wcBeForm) || t.is(wcReportVerb) || actorAt[j] < 0 && pastVerb(*t) {
			return nil, false
		}
	}
	if rel < 0 || rel == k-1 {
		return nil, false
	}
	a := rel - 1
	if toks[a].low == "," {
		a--
	}
	for x := a; x >= 0 && x >= a-2; x-- {
		if toks[x].punct {
			break
		}
		if ai := actorAt[x]; ai >= 0 {
			if acts[ai].place {
				break
			}
			return []int{ai}, true
		}
	}
	return nil, true
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
		if isHardStop(*t) || t.is(wcReportVerb) || (t.low == "and" || t.low == "but") && toks[i-1].low == "," {
			return false // another clause: ", and Hezbollah fired rockets, killing two"
		}
		if t.is(wcAllege) && strings.HasSuffix(t.low, "ly") {
			return true
		}
	}
	return false
}

// capsFunctionActors gives an actor written as one all-capital token
// that spells a function word ("WHO", the World Health Organization)
// its own capitals as its lower-case form, so that the rules that look
// for the relative pronoun "who" do not take it for one ("The WHO
// said", "which the WHO said killed"). Per actor, not per token.
func capsFunctionActors(text string, toks []tok, acts []actor) {
	for i := range acts {
		a := &acts[i]
		if a.t1 != a.t0+1 || a.t0 >= len(toks) {
			continue
		}
		if t := &toks[a.t0]; t.capsAll && t.low == "who" {
			t.low, t.cls = text[t.start:t.end], 0
		}
	}
}

// objectRelativeHead returns the actor that heads a reduced object
// relative before the trigger at m.start, or -1: in "officials they
// blamed for the crisis" the officials are blamed, and "they" (the
// clause's subject before) blames them.
func objectRelativeHead(toks []tok, acts []actor, actorAt []int, m *match) int {
	k := m.start - 1
	if k < 1 || actorAt[k] >= 0 {
		return -1
	}
	switch toks[k].low {
	case "they", "it", "he", "she", "we":
	default:
		return -1
	}
	if h := actorAt[k-1]; h >= 0 && acts[h].t1 == k && !acts[h].place && !acts[h].poss {
		return h
	}
	return -1
}
