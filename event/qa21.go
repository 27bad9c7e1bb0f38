package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// borderLocation reports an actor at token i that names the far side of
// a border given as a location: "near|along|on|at|across|close to the
// border with (the) X" (QA21 E-1: "gunmen attacked a police post near
// the border with the Democratic Republic of Congo"). The neighbour
// only says where the act happened; it is no party to it. A border
// that is itself the object ("reopened its border with Eritrea") is
// left to the other rules.
func borderLocation(toks []tok, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 3 || toks[j].low != "with" {
		return false
	}
	switch toks[j-1].low {
	case "border", "borders", "frontier", "frontiers", "boundary":
	default:
		return false
	}
	k := j - 2 // "the"/"its" before the border noun
	switch toks[k].low {
	case "the", "its", "their", "his", "her":
	default:
		return false
	}
	switch toks[k-1].low {
	case "near", "along", "on", "at", "across", "by":
		// (troops sent "to the border with Ukraine" threaten Ukraine)
		return true
	}
	return false
}

// portfolioHandover drops from the sentence's events (evs[first:]) a
// seizure (171) of a ministry or portfolio "taken over" by a person who
// is no armed actor: "Tajani took over the foreign ministry on
// Saturday" is a handover of office, no occupation (QA22 E-3). Soldiers,
// rebels or protesters taking over a ministry ("troops took over the
// defence ministry") seize it and keep their 171.
func portfolioHandover(text string, evs []doc.Event, first int, acts []actor) []doc.Event {
	k := first
	for k < len(evs) && evs[k].Cameo != "171" {
		k++
	}
	if k == len(evs) {
		return evs // no seizure: nothing to drop, nothing copied
	}
	n := k
	for i := k; i < len(evs); i++ {
		if e := &evs[i]; e.Cameo == "171" && ministryTakeover(text, e) && personSource(acts, e) {
			continue
		}
		evs[n] = evs[i]
		n++
	}
	return evs[:n]
}

// ministryTakeover reports a 171 triggered by "ministry" or "portfolio"
// with "over" among the five words before it ("took over the economy
// ministry").
func ministryTakeover(text string, e *doc.Event) bool {
	switch strings.ToLower(e.Trigger) {
	case "ministry", "ministries", "portfolio":
	default:
		return false
	}
	lo := e.TriggerSpan.Start - 40
	if lo < 0 {
		lo = 0
	}
	if e.TriggerSpan.Start > len(text) || lo >= e.TriggerSpan.Start {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[lo:e.TriggerSpan.Start]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		if ws[k] == "over" {
			return true
		}
	}
	return false
}

// personSource reports whether e's source is a person among acts with no
// armed sector.
func personSource(acts []actor, e *doc.Event) bool {
	switch e.SourceSector {
	case "MIL", "REB", "INS", "COP", "SPY":
		return false
	}
	for i := range acts {
		if a := &acts[i]; a.person && (a.id == e.Source || a.name == e.SourceName) {
			return true
		}
	}
	return false
}

// clearedPlace reports a pattern-bound target of a coercion (17x) that
// is a place after a locative preposition, with a thing named before it
// in the pattern's skip: "used water cannon to clear a highway in
// Jerusalem" clears the highway, and Jerusalem is only where (QA22
// E-9). The people cleared, named as such ("to clear protesters"), keep
// their target.
func clearedPlace(toks []tok, acts []actor, m *match, tgt int) bool {
	a := &acts[tgt]
	if a.t0 < 2 || !a.place && !placeLike(a) || !placeOnly(toks, a.t0-1) {
		return false
	}
	// a noun of the skip that is no actor, right before the preposition:
	// "a highway in", "the square at"
	w := &toks[a.t0-2]
	return a.t0-2 > m.head && !w.punct && !w.upper && plainNoun(*w)
}

// placeLike reports an actor that is a bare place name: no person, no
// sector, no agent noun ("Jerusalem", "Kyiv").
func placeLike(a *actor) bool {
	return !a.person && a.sector == "" && !a.agentNoun && !a.generic && !a.demonym
}

// possessedPerson returns the person named after a state's possessive
// and a title, when acts[ai] is that state: "held talks with Singapore's
// Prime Minister Lee Hsien Loong" is with Lee, of Singapore (QA22 E-5);
// else -1. Between the possessive and the person stand one to four
// title words, no punctuation and no other actor.
func possessedPerson(toks []tok, acts []actor, actorAt []int, ai int) int {
	a := &acts[ai]
	if a.person || a.country == "" || a.id != a.country || ai+1 >= len(acts) || !acts[ai+1].person {
		return -1 // (a state only: "the police department's expert X" is left as it is)
	}
	b := &acts[ai+1]
	// the possessive: inside the actor when it took the title in
	// ("Japan's Prime Minister" as one actor), else right after it
	mark := -1
	for j := a.t0 + 1; j <= a.t1 && j < b.t0; j++ {
		if possessiveMark(toks[j].low) {
			mark = j
			break
		}
	}
	if mark < 0 {
		return -1
	}
	if n := b.t0 - mark - 1; n < 1 || n > 4 {
		return -1
	}
	for j := mark + 1; j < b.t0; j++ {
		if toks[j].punct || actorAt[j] >= 0 && actorAt[j] != ai || toks[j].low == "and" || toks[j].low == "or" {
			return -1
		}
	}
	return ai + 1
}

// relativeAntecedent returns the subject of a relative clause opened
// right after actor ai ("…, which established relations"): the actor
// and, when it closes a coordination ("Vietnam and the United States,
// which established diplomatic relations in 1995"), the actors joined to
// it, which the clause is about together (QA22 E-18). Places in the list
// are left out; a list of one is ai alone.
func relativeAntecedent(toks []tok, acts []actor, actorAt []int, ai int) []int {
	if ai == 0 || !joined(toks, acts[ai-1].t1, acts[ai].t0) {
		return []int{ai}
	}
	l := conj(toks, acts, actorAt, ai)
	if len(l) < 2 || l[len(l)-1] != ai {
		return []int{ai}
	}
	for _, k := range l {
		if acts[k].place {
			return []int{ai}
		}
	}
	return l
}

// distinctDates reports two events of different triggers dated to
// different years: "Vietnam and the United States, which established
// relations in 1995, upgraded their ties in September" are two acts of
// the same pair, decades apart, and neither is the other's duplicate
// (QA22 E-18). Statements (01) are left to dedupe as before: a
// statement inside a quote dated by its own clause is no second one.
func distinctDates(o, e *doc.Event) bool {
	return o.TriggerSpan != e.TriggerSpan && !strings.HasPrefix(e.Cameo, "01") && len(o.Date) >= 4 && len(e.Date) >= 4 && o.Date[:4] != e.Date[:4]
}

// visitPurpose returns, for a visit whose target is a place ("travel to
// Brussels"), the actor the purpose infinitive names right after it
// ("… next week to meet European Commission President Ursula von der
// Leyen"): the one met is whom the visit is with, the city only where
// (QA22 E-7). Else tgts as given. A body and the person it titles
// ("European Commission President X") give the person. One met of the
// place's own country leaves the host state as the target, as CAMEO
// codes a state visit ("visit Bolivia to meet President Arce").
func visitPurpose(toks []tok, acts []actor, actorAt []int, tgts []int) []int {
	a := &acts[tgts[0]]
	if !a.place && !placeLike(a) {
		return tgts
	}
	to := -1
	for k := a.t1; k < len(toks) && k < a.t1+6; k++ {
		if toks[k].punct || actorAt[k] >= 0 {
			return tgts
		}
		if toks[k].low == "to" && k+1 < len(toks) {
			switch toks[k+1].low {
			case "meet", "see", "visit", "consult":
				to = k + 2
			}
			break
		}
	}
	if to < 0 {
		return tgts
	}
	for k := to; k < len(toks) && k < to+4; k++ {
		if toks[k].punct {
			return tgts
		}
		ai := actorAt[k]
		if ai < 0 {
			continue
		}
		if acts[ai].place {
			return tgts
		}
		if b := ai + 1; b < len(acts) && acts[b].person && !acts[ai].person && acts[b].t0-acts[ai].t1 <= 3 {
			ok := true
			for j := acts[ai].t1; j < acts[b].t0; j++ {
				ok = ok && !toks[j].punct && toks[j].upper
			}
			if ok {
				ai = b // "European Commission President Ursula von der Leyen"
			}
		}
		if acts[ai].country != "" && acts[ai].country == a.country {
			return tgts // "visit Bolivia to meet President Arce": the host state is the visit's target
		}
		return conj(toks, acts, actorAt, ai)
	}
	return tgts
}

// subordinateNominal reports a trigger noun that is itself the subject
// of a clause opened by a subordinator right before it: "since protests
// began against X's bid", "after clashes erupted": nobody in the main
// clause ("Burundians have fled to Rwanda, Tanzania and Congo") did it,
// and whoever did is not named (QA22 E-2). The noun must be followed by
// a verb of its clause (a past form, or began/broke/spread/were/have).
func subordinateNominal(toks []tok, m *match) bool {
	switch toks[m.start-1].low {
	case "since", "after", "before", "until", "when", "while", "as", "amid":
	default:
		return false
	}
	if m.head != m.start || m.head+1 >= len(toks) || !strings.HasSuffix(toks[m.head].low, "s") && !strings.HasSuffix(toks[m.head].low, "ing") {
		return false
	}
	switch w := toks[m.head+1].low; w {
	case "began", "begun", "broke", "spread", "were", "have", "had", "continue", "continued":
		return true
	default:
		return strings.HasSuffix(w, "ed") && !toks[m.head+1].upper
	}
}

// pronounOfPlainSpeaker reports a reporting verb at i whose subject is a
// noun phrase that is no actor ("the union said it was considering a
// strike"), with the pronoun subject of the trigger after it: "it" is
// that noun, not an actor further left ("Doctors called a strike, and
// the union said it …": not the doctors; QA22 E-6).
func pronounOfPlainSpeaker(toks []tok, actorAt []int, i, pronounAt int) bool {
	if i < 2 || pronounAt != i+1 || actorAt[i-1] >= 0 || actorAt[i-2] >= 0 || !toks[i-2].is(wcDeterminer) || toks[i-2].low == "that" {
		return false
	}
	switch toks[pronounAt].low {
	case "it", "they":
	default:
		return false // "he"/"she" stand for a person named before
	}
	return plainNoun(toks[i-1])
}

// inclusionModifier reports an inclusion list ("…, including air force
// pilots, have said") whose last actor modifies a plain noun after it:
// the members are the pilots, people of the actor, not the actor, and
// the subject ("reservists") is no actor either (QA22 E-8). "Countries,
// including France and Germany, condemned" names members that act.
func inclusionModifier(toks []tok, acts []actor, list []int) bool {
	last := list[len(list)-1]
	if last < 0 {
		return false
	}
	k := acts[last].t1
	return k+1 < len(toks) && !toks[k].upper && strings.HasSuffix(toks[k].low, "s") && plainNoun(toks[k]) && toks[k+1].punct
}

// gerundClauseBefore reports a subordinator and a gerund between the
// trigger at head and a place at token start ("marched on the Knesset
// after blocking a highway in Tel Aviv"): the place is where the
// subordinate act happened, not the trigger's (QA22 P-1, as QA19 P-1
// for a later coordinated verb). "while <gerund>" and "by <gerund>" are
// the act's own circumstances ("killed while supporting operations in
// Helmand"), and leaving or arriving somewhere puts the act there ("told
// reporters before leaving Canberra"): those places stay.
func gerundClauseBefore(toks []tok, head, start int) bool {
	for k := head + 1; k+1 < len(toks) && toks[k].start < start; k++ {
		switch toks[k].low {
		case "after", "before", "since":
			if w := toks[k+1].low; len(w) > 5 && strings.HasSuffix(w, "ing") && toks[k+1].start < start && !sameGroundGerund(w) {
				return true
			}
		}
		if toks[k].punct && toks[k].low != "," {
			return false
		}
	}
	return false
}

// sameGroundGerund reports a gerund of leaving or arriving: "before
// leaving Canberra", "after arriving in Kyiv" put the main act there.
func sameGroundGerund(w string) bool {
	switch w {
	case "leaving", "departing", "arriving", "landing", "returning", "reaching", "touching":
		return true
	}
	return false
}

// placedPersons drops a one-word person actor that the places layer
// reads as a town after "in", "near" or "at" ("ambushed a convoy near
// Mao", "arrested him in Rosario"): a town named like a person is where
// the act happened, no party to it (QA21 P-2).
func placedPersons(d *doc.Doc, toks []tok, acts []actor) []actor {
	return dropActors(acts, func(a *actor) bool {
		return a.person && a.t1 == a.t0+1 && a.t0 > 0 && placeOnly(toks, a.t0-1) && placeSpanAt(d, toks[a.t0].start, toks[a.t0].end)
	})
}

// dropActors removes, in place, the actors drop reports, keeping the
// others in order; no actor is copied when none is dropped.
func dropActors(acts []actor, drop func(*actor) bool) []actor {
	n := -1 // acts[:n] are kept, once one is dropped
	for i := range acts {
		if drop(&acts[i]) {
			if n < 0 {
				n = i
			}
			continue
		}
		if n >= 0 {
			acts[n] = acts[i]
			n++
		}
	}
	if n < 0 {
		return acts
	}
	return acts[:n]
}

// placeSpanAt reports a place of d spanning exactly [start,end).
func placeSpanAt(d *doc.Doc, start, end int) bool {
	for i := range d.Places {
		if p := &d.Places[i]; p.Span.Start == start && p.Span.End == end {
			return true
		}
	}
	return false
}

// mainClausePlace reports a place before a trigger noun that opens a
// subordinate clause ("have fled to Rwanda, Tanzania and Congo since
// protests began"): the place belongs to the main clause (here, where
// the refugees went), not to the protests (QA22 E-2). A place opening
// the sentence ("In Bujumbura, after protests began, …") frames both
// clauses and stays.
func mainClausePlace(toks []tok, m *match, p doc.Span) bool {
	if m.start < 1 || !subordinateNominal(toks, m) {
		return false
	}
	t0, _ := tokRange(toks, p)
	return t0 > 2
}
