package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// Events that are only envisaged: a meeting still to come ("future
// talks", "a possible summit") and a readiness that names no act of its
// own ("is ready to do what he enjoys") or one the next trigger codes
// ("is ready to provide aid": the aid is the intent).

// prospective modifiers put a nominal event in the future.
// ("proposed", "planned" are left out: they are also verbs, "Egypt
// proposed talks").
var prospective = wordset.FromMap(map[string]bool{"future": true, "upcoming": true, "possible": true, "potential": true,
	"prospective": true, "eventual": true})

// envisagedNominal reports a match that opens with its trigger noun
// modified by a prospective word ("concerning future talks with
// Syria"): nobody met. A verb before the noun ("held future talks")
// makes a longer match that is kept.
func envisagedNominal(toks []tok, m *match) bool {
	if m.head != m.start || m.head == 0 { // (codeSentence asks only past this test: keep it so)
		return false
	}
	return toks[m.head-1].is(wcProspective)
}

// lightVerbs name no act anyone could cooperate in.
var lightVerbs = wordset.FromMap(map[string]bool{"do": true, "go": true, "get": true, "be": true, "have": true, "take": true,
	"start": true, "move": true, "play": true, "try": true, "retire": true, "leave": true, "face": true, "step": true})

// emptyReadiness reports a readiness match ("is ready to", "are
// willing to") whose infinitive is coded by the next match (next starts
// right after it) with an actor after it to aim at ("ready to provide
// aid to Peru"), or is a light verb: the generic intent adds nothing.
func emptyReadiness(toks []tok, actorAt []int, m *match, next *match) bool {
	if m.p.Code != "030" || m.end == 0 || m.end >= len(toks) || toks[m.end-1].low != "to" {
		return false
	}
	switch toks[m.head].low {
	case "ready", "willing", "prepared":
	default:
		return false
	}
	if next != nil && next.p.Code == "" && next.start == m.end {
		return true // "was ready to defend itself": an infinitive a null pattern says is no act
	}
	if next != nil && next.start >= m.end && next.start <= m.end+1 && !conditional(toks, next) {
		// (a readiness on a condition stays: "willing to send material
		// … if it is attacked" is a promise, not a threat)
		for i := next.start; i < len(toks) && !toks[i].punct; i++ {
			if actorAt[i] >= 0 {
				return true
			}
		}
	}
	return toks[m.end].is(wcLightVerb)
}

// orderVerbs give an order whose infinitive says what is to be done.
// (Plurals that are mostly nouns, "orders" and "commands", are left out:
// "gave commands for X to let go".)
var orderVerbs = wordset.FromMap(map[string]bool{"ordered": true, "order": true, "ordering": true,
	"instructed": true, "instructs": true, "instructing": true, "commanded": true, "directed": true, "directs": true})

// orderContent reports a trigger inside the infinitive of an order
// ("the court ordered Israel to halt its offensive", "Israel was ordered
// to halt its offensive"): an order verb before it in the clause and a
// "to" between them and no comma after the "to". What is ordered has
// not happened: the trigger is hypothetical; the order itself is coded.
// "In order to" is a purpose, no order.
func orderContent(toks []tok, m *match) bool {
	sawTo := false // (true needs "to" in the window: see infinitiveWords)
	for i := m.start - 1; i >= 0 && i >= m.start-10; i-- {
		if isHardStop(&toks[i]) {
			return false
		}
		w := toks[i].low
		if w == "," && !sawTo {
			return false // "…, pressed his weapon": a verb of its own
		}
		if w == "to" {
			sawTo = true
			continue
		}
		if len(w) > 0 && (w[0] == 'o' || w[0] == 'i' || w[0] == 'c' || w[0] == 'd') && orderVerbs.Has(w) { // (first letters of orderVerbs: a cheap prefilter)
			return sawTo && i < m.start-1 && (i == 0 || toks[i-1].low != "in" && !toks[i-1].is(wcDeterminer))
		}
	}
	return false
}

// ultimatumDemand reports a match m in the infinitive of an ultimatum
// coded before it in the sentence (ms): "gave foreign companies 180 days
// to sign new contracts or leave the country" demands the signing and
// the leaving; neither happened. The infinitive runs from the
// ultimatum's end up to eight tokens with no punctuation.
func ultimatumDemand(toks []tok, ms []match, m *match) bool {
	for j := range ms {
		u := &ms[j]
		if u.p.Code != "139" || u.end > m.head || m.head-u.end > 8 {
			continue
		}
		clean := true
		for i := u.end; i < m.head; i++ {
			if toks[i].punct {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// scheduledAt reports a schedule word at i after a form of "be" and
// before "to": "is expected to visit", "was due to travel", "are
// scheduled/set/slated to meet". What follows is a planned act: it
// keeps its own code (a scheduled visit is 042, as the PETRARCH GSR
// codes "is scheduled to attend a summit") and is hypothetical, not
// done.
func scheduledAt(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i+1].low != "to" {
		return false
	}
	switch toks[i].low {
	case "expected", "due", "scheduled", "set", "slated", "poised", "likely", "unlikely":
		// ("is unlikely to attack": a forecast, not a deed)
	default:
		return false
	}
	b := i - 1
	if toks[b].low == "also" || toks[b].low == "now" || toks[b].low == "widely" || toks[b].low == "highly" {
		b-- // "is also expected to", "is widely expected to", "is highly unlikely to"
	}
	return b >= 0 && toks[b].is(wcBeForm)
}

// conditionalSubject reports a subject, starting at t0, that opens an
// "if" or "unless" clause ("Imagine the spectacle if the I.R.S. sues a
// sitting president"), or that follows a sentence-opening "Should",
// "Were" or "Had": its verb is only supposed, not done.
func conditionalSubject(toks []tok, t0 int) bool {
	i := t0 - 1
	if i >= 0 && toks[i].is(wcDeterminer) {
		i--
	}
	if i == 0 && toks[0].upper && (toks[0].low == "should" || toks[0].low == "were" || toks[0].low == "had") {
		return true // "Should Uganda attack South Sudan, …": an inverted condition
	}
	return i >= 0 && (toks[i].low == "if" || toks[i].low == "unless")
}

// subjunctiveBe reports a bare "be" at i after its subject, no "to" or
// modal before it: the mandative subjunctive of "recommended that
// Anglin be consulted", "demanded that the prisoners be freed", an act
// asked for, not done.
func subjunctiveBe(toks []tok, i int) bool {
	if i < 1 || toks[i].low != "be" {
		return false
	}
	p := &toks[i-1]
	return !p.punct && p.low != "to" && !p.is(wcHypo) && !p.is(wcNegator) && !p.is(wcBeForm)
}

// raisedReport reports a passive reporting verb at i whose subject is
// the actor of the infinitive after it: "is believed to have attacked",
// "were said to have fired", "is widely thought to have ordered".
func raisedReport(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i+1].low != "to" {
		return false
	}
	switch toks[i].low {
	case "believed", "said", "thought", "reported", "alleged", "understood", "rumoured", "rumored":
	default:
		return false
	}
	b := i - 1
	if toks[b].low == "widely" || toks[b].low == "also" || toks[b].low == "now" {
		b--
	}
	return b >= 0 && toks[b].is(wcBeForm)
}

// futureSubordinate reports a verb at head in the present ("-s") whose
// clause opens with "after", "before", "when", "once" or "until" at most
// eight words before it, no punctuation between, and goes on, before it
// ends, to a time to come: "after Pelosi visits Taiwan next week", "when
// Scholz travels to Beijing tomorrow". Such a present is the future of
// the clause: the act is planned, not done. Without the time word the
// present may be a headline's past ("China fires missiles after Pelosi
// visits Taiwan") and is kept; "next to" is a place. A clause that
// hangs on a main clause in the future is future too, with a weekday or
// no time at all ("Trade will top the agenda when Scholz visits Beijing
// on Friday"), while a headline's present main clause leaves a weekday
// in the past ("Ruto signs a trade deal when he visits Kampala on
// Friday", dated the Saturday after).
func futureSubordinate(toks []tok, head int) bool {
	if w := toks[head].low; len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == 'u' || w[len(w)-2] == 'i' {
		return false // ("discuss", "focus", "crisis": no third-person present)
	}
	sub := -1
	for k := head - 1; k >= 0 && k >= head-8; k-- {
		if toks[k].punct && toks[k].low != "." {
			return false // ("U.S." is one token; a comma ends the clause)
		}
		if w := toks[k].low; w == "after" || w == "before" || w == "when" || w == "once" || w == "until" {
			if k < head-1 {
				sub = k
			}
			break
		}
	}
	if sub < 0 {
		return false
	}
	for k := head + 1; k < len(toks) && k <= head+12; k++ {
		switch w := toks[k].low; {
		case toks[k].punct:
			return futureMain(toks, sub, k)
		case w == "tomorrow" || w == "next" && (k+1 >= len(toks) || toks[k+1].low != "to"):
			return true
		case w == "later" && k+1 < len(toks) && (toks[k+1].low == "this" || toks[k+1].low == "in"):
			return true
		case w == "this" && k+1 < len(toks) && toks[k+1].low == "coming":
			return true // "this coming Wednesday"
		}
	}
	return futureMain(toks, sub, len(toks))
}

// futureMain reports a main clause in the future around the subordinate
// clause that opens at sub and ends at end: "will" or "shall" before sub
// in the sentence, or, when the subordinate clause opens the sentence,
// right after its comma ("When Macron visits Algiers, he will …").
func futureMain(toks []tok, sub, end int) bool {
	future := func(t *tok) bool { return !t.upper && (t.low == "will" || t.low == "shall") }
	for k := sub - 1; k >= 0; k-- {
		if isHardStop(&toks[k]) {
			break
		}
		if future(&toks[k]) {
			return true
		}
	}
	if sub > 0 || end >= len(toks) || toks[end].low != "," {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+6; k++ {
		if isHardStop(&toks[k]) {
			return false
		}
		if future(&toks[k]) {
			return true
		}
	}
	return false
}
