package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
)

// Rules added after the thirteenth QA reading (session 8, events part
// a). They are kept in this file, apart from the older rules, so that
// parallel work on emit.go and coder.go merges cleanly.

// frontedLocative returns the token after the comma that closes a
// fronted locative phrase "In <Place>," opening the clause at cs, or -1
// ("In Thailand, waves swept through Phuket, killing 5,400": Thailand is
// where; the clause subject comes after the comma; QA13 E-1). "the" and
// compass adjectives may stand before the place ("In the Philippines,",
// "In northern Nigeria,"). "Police in Kenya, …" opens with no
// preposition and keeps its subject.
func frontedLocative(toks []tok, acts []actor, actorAt []int, cs int) int {
	if cs+2 >= len(toks) || !locPreps.Has(toks[cs].low) {
		return -1
	}
	k := cs + 1
	for k < len(toks) && (toks[k].low == "the" || compassWord(toks[k].low)) {
		k++
	}
	if k >= len(toks) || actorAt[k] < 0 {
		return -1
	}
	a := &acts[actorAt[k]]
	if a.t0 != k || a.t1 >= len(toks) || toks[a.t1].low != "," || a.person {
		return -1
	}
	return a.t1 + 1
}

// callPraise completes the purpose of a phone call coded in this
// sentence (events from first on): "Biden called Sheinbaum to
// congratulate her" is a call (041 both ways) and a praise (051) of the
// called party by the caller, whose pronoun object is that party (QA13
// E-2). A 051 already coded for the infinitive gets the called party as
// its target when it has none; otherwise one is added. Only the
// sentence's own events are read: no per-token work.
func callPraise(d *doc.Doc, first int, toks []tok) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k] // (no copy: most events are no call)
		if e.Cameo != "041" || e.Target == "" || e.Source == "" || !strings.HasPrefix(strings.ToLower(e.Trigger), "call") &&
			!strings.HasPrefix(strings.ToLower(e.Trigger), "telephon") && !strings.HasPrefix(strings.ToLower(e.Trigger), "phon") {
			continue
		}
		// the first event of the call is the caller's; the token after
		// the trigger opens the object
		h := tokStarting(toks, e.TriggerSpan.Start)
		if h < 0 {
			return
		}
		for i := h + 1; i+1 < len(toks) && i <= h+8; i++ {
			if isHardStop(toks[i]) || toks[i].low == "," {
				return
			}
			if toks[i].low != "to" || !praiseVerb(toks[i+1].low) {
				continue
			}
			v := toks[i+1]
			for j := first; j < len(d.Events); j++ {
				if f := &d.Events[j]; f.TriggerSpan.Start == v.start && f.Cameo == "051" {
					if f.Target == "" && f.Source == e.Source {
						f.Target, f.TargetName, f.TargetCountry, f.TargetSector, f.TargetCode = e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode
					}
					return
				}
			}
			cc, _ := cameo.Lookup("051")
			p := *e
			p.Cameo, p.Plover, p.Mode, p.Goldstein, p.QuadClass = "051", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("051")
			p.Reciprocal = false
			p.Trigger = d.Text[v.start:v.end]
			p.TriggerSpan = doc.Span{Start: v.start, End: v.end}
			d.Events = append(d.Events, p)
			return
		}
		return
	}
}

// praiseVerb reports the infinitives of a call's purpose that praise the
// called party.
func praiseVerb(w string) bool {
	switch w {
	case "congratulate", "thank", "commend", "praise":
		return true
	}
	return false
}

// industrialAccident reports casualties of match m (whose source is
// unknown) caused by an explosion, fire, collapse or leak that no word
// of the sentence makes an attack: "Two workers were killed in an
// explosion at a chemical plant", "A fire at a garment factory killed
// 112 workers", "Four miners were injured in the blast" (QA13 E-3). The
// cause must sit at an industrial site or in a technical thing ("gas
// explosion", "boiler blast"), or the victims must be workers; a bare
// "killed in an explosion at a market" stays an attack by someone
// unknown, and any attack word ("bomb", "militants", "suicide",
// "rocket") keeps it one. Called only for sourceless 18x–20x events.
func industrialAccident(toks []tok, m *match) bool {
	cause, site, workers := false, false, false
	for i := range toks {
		w := toks[i].low
		switch w {
		case "explosion", "explosions", "blast", "blasts", "exploded", "fire", "fires", "blaze", "collapse", "collapsed",
			"leak", "leaked", "leaks":
			if i >= m.start && i < m.end {
				continue // the trigger itself ("blast" as a verb)
			}
			if w == "fire" && i > 0 && (toks[i-1].low == "opened" || toks[i-1].low == "open" || toks[i-1].low == "opening" ||
				toks[i-1].low == "under" || toks[i-1].low == "gun" || toks[i-1].low == "cross" || toks[i-1].low == "sniper") {
				return false // "opened fire", "came under fire": shooting
			}
			cause = true
		case "plant", "factory", "factories", "refinery", "reactor", "warehouse", "pipeline", "chemical", "chemicals",
			"gas", "boiler", "fireworks", "oil", "fuel", "tanker", "workshop", "mill", "smelter", "shipyard", "construction",
			"colliery", "coal", "furnace", "industrial", "plants", "facility", "depot":
			site = true
		case "workers", "worker", "miners", "employees", "firefighters", "technicians", "engineers", "crew":
			if i == 0 || toks[i-1].low != "aid" && toks[i-1].low != "humanitarian" && toks[i-1].low != "health" && toks[i-1].low != "election" {
				workers = true
			}
		case "bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "suicide", "attack", "attacks", "attacked", "attacker",
			"attackers", "militant", "militants", "gunmen", "gunman", "insurgent", "insurgents", "rebel", "rebels", "terrorist",
			"terrorists", "terror", "device", "ied", "rocket", "rockets", "missile", "missiles", "shell", "shells", "shelling",
			"grenade", "mortar", "drone", "drones", "airstrike", "airstrikes", "strike", "strikes", "arson", "arsonist",
			"arsonists", "set", "sabotage", "blew", "detonated", "planted", "claimed", "war", "troops", "soldiers":
			return false
		}
	}
	return cause && (site || workers)
}

// armedPositions reports a plural noun at k naming the places an armed
// group holds ("positions", "hideouts", "bases", "strongholds", "towns"): the
// agent word before it ("struck Islamist rebel positions in central
// Mali", "bombed militant hideouts", "hit army bases") names whom the
// strike is aimed at, not a modifier to drop, so that the target is the
// group rather than the country named after "in" (QA13 E-4).
func armedPositions(toks []tok, k int) bool {
	switch toks[k].low {
	case "positions", "hideouts", "hideout", "strongholds", "bases", "camps", "bunkers", "targets", "outposts", "redoubts",
		"position", "stronghold", "base", "camp", "bunker", "outpost", "redoubt",
		// the places a group holds: "bombed rebel towns in Idlib" is
		// aimed at the rebels, not at Syria (issue 5)
		"towns", "villages", "areas", "districts", "neighbourhoods", "neighborhoods", "enclaves", "enclave":
		return true
	}
	return false
}

// positionsCountry returns the country of the state actor named after
// "in", "near" or "across" at k, past "the" and compass adjectives
// ("positions in central Mali": MLI), or "" when none is named there.
func positionsCountry(toks []tok, acts []actor, k int) string {
	if k >= len(toks) || toks[k].low != "in" && toks[k].low != "near" && toks[k].low != "across" {
		return ""
	}
	k++
	for k < len(toks) && (toks[k].low == "the" || compassWord(toks[k].low)) {
		k++
	}
	for _, b := range acts {
		if b.t0 == k && b.country != "" && !b.generic {
			return b.country
		}
	}
	return ""
}

// itAfterTrigger reports "it" or "them" right after the trigger and
// before "of" or "for" ("accusing it of being too close to Iran").
func itAfterTrigger(toks []tok, m *match) bool {
	i := m.headEnd
	return i+1 < len(toks) && (toks[i].low == "it" || toks[i].low == "them") && (toks[i+1].low == "of" || toks[i+1].low == "for")
}

// itObject returns the actor that "it"/"them" after an accusation
// trigger stands for: the nearest state or organisation named before
// the trigger that is not among the sources and no place ("broke off
// relations with Qatar, accusing it of being too close to Iran": Qatar,
// not the Iran of the charge; QA13 E-5), or -1.
func itObject(toks []tok, acts []actor, m *match, srcs []int) int {
	if len(srcs) == 0 || srcs[0] < 0 {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		a := &acts[ai]
		if a.t1 > m.start || slices.Contains(srcs, ai) {
			continue
		}
		if a.t0 < acts[srcs[0]].t1 {
			return -1 // only an actor of the subject's predicate
		}
		if a.place || a.person || a.demonym || a.poss {
			continue
		}
		return ai
	}
	return -1
}

// accusationContent reports a place at span sp that lies inside the
// charge of an accusation ("accusing it of being too close to Iran",
// "blamed Russia for shelling Kharkiv"): what is charged, not where
// an event whose trigger (at token head) comes before the charge
// happened (QA13 E-5). The charged act itself ("backing militias in
// Iraq") keeps its place. So for the topic of a consultation: "Xi called
// Putin to discuss the war in Ukraine" is not placed in Ukraine.
func accusationContent(toks []tok, sp doc.Span, head int) bool {
	charge := false
	for i := 0; i < len(toks) && toks[i].start < sp.Start; i++ {
		w := toks[i].low
		if len(w) < 2 {
			if w == "." || w == ";" {
				charge = false
			}
			continue
		}
		switch w[0] { // (first letters: a cheap prefilter before the words)
		case 'a', 'b':
			switch w {
			case "accusing", "accused", "accuses", "accuse", "blaming", "blamed", "blames", "blame":
				// (a charge with an object: "a gunman accused of killing
				// eight people in X" is placed where the killing was)
				charge = i+1 < len(toks) && toks[i+1].low != "of" && toks[i+1].low != "for"
			}
		case 'o', 'f':
			if charge && (w == "of" || w == "for") {
				return i > head
			}
		case 'd':
			if i > head && strings.HasPrefix(w, "discuss") {
				return true // "called Putin to discuss the war in Ukraine": the topic, not where
			}
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

// andNewSubject reports a ", and" at i whose next tokens up to the
// trigger at end form a noun phrase opened by an article: "Iceland asked
// Russia for a loan, and a team from the IMF arrived" — the coordinated
// clause has a subject of its own, so no actor of the first clause is
// its subject (QA13 E-6). Within the phrase only nouns, modifiers,
// actors and "of"/"from" may stand.
func andNewSubject(toks []tok, actorAt []int, i, end int) bool {
	if i < 1 || toks[i].low != "and" || toks[i-1].low != "," || i+2 >= end || end-i > 9 {
		return false
	}
	switch toks[i+1].low {
	case "a", "an", "the", "another":
	default:
		return false
	}
	for k := i + 2; k < end; k++ {
		if actorAt[k] >= 0 || toks[k].low == "of" || toks[k].low == "from" || toks[k].is(wcDeterminer) || plainNoun(toks[k]) || isModifier(toks[k].low) || unknownName(toks, k) {
			continue
		}
		return false
	}
	return actorAt[end-1] >= 0 || plainNoun(toks[end-1]) // the phrase ends in its head noun
}

// discussBefore returns the "discuss…" word among the three tokens
// before start, or -1: discussedTopic's first test, small enough to
// inline where emit asks it first (so that the rest of the rule stays
// out of the instruction cache).
func discussBefore(toks []tok, start int) int {
	for i := start - 1; i >= 0 && i >= start-3; i-- {
		if w := toks[i].low; len(w) >= 7 && w[0] == 'd' && strings.HasPrefix(w, "discuss") {
			return i
		}
	}
	return -1
}

// discussedTopic reports a match that is the object of "discuss" ("a
// team arrived to discuss emergency support", "the ministers discussed
// sanctions"): the topic of a consultation, no act of anyone (QA13 E-6).
// Only articles and modifiers may stand between (no actor, no
// preposition, no punctuation); a consultation trigger itself is left
// to purposeOf.
func discussedTopic(toks []tok, actorAt []int, m *match) bool {
	d := discussBefore(toks, m.start)
	if d < 0 || cameo.Root(m.p.Code) == "04" {
		return false
	}
	for i := d + 1; i < m.start; i++ {
		if actorAt[i] >= 0 || toks[i].punct || toks[i].is(wcPreposition) || !toks[i].is(wcDeterminer) && !plainNoun(toks[i]) && !isModifier(toks[i].low) {
			return false
		}
	}
	return true
}

// attackOnSource reports an attack whose object is a pronoun ("attacks
// against it", "strikes on us") that can only stand for the resolved
// source srcs[0] (see attackPronounReferent). Nobody attacks itself, so the source is
// wrong: the attack is aimed at it by someone unnamed ("India would not
// tolerate the use of neighbouring territory to launch attacks against
// it"; QA13 E-7).
func attackOnSource(toks []tok, acts []actor, m *match, srcs []int) bool {
	if len(srcs) != 1 || srcs[0] < 0 {
		return false
	}
	return attackPronounReferent(toks, acts, m, srcs) == srcs[0]
}

// attackPronounReferent returns the actor that the pronoun object of an
// attack ("attacks against it", "strikes on us") stands for: the one
// actor named before the trigger that can be it (no place; for "it" no
// person either), or -1 when there is none or more than one besides the
// sources. "Pakistan said militants launched attacks against it": it is
// Pakistan (QA13 E-7).
func attackPronounReferent(toks []tok, acts []actor, m *match, srcs []int) int {
	k := m.end
	if k > m.headEnd && (toks[k-1].low == "against" || toks[k-1].low == "on") {
		k-- // the pattern took the preposition in ("attacks against")
	}
	if k+1 >= len(toks) || toks[k].low != "against" && toks[k].low != "on" {
		return -1
	}
	it := false
	switch toks[k+1].low {
	case "it":
		it = true
	case "us", "them":
	default:
		return -1
	}
	srcRef, other, others := -1, -1, 0
	for ai := range acts {
		a := &acts[ai]
		if a.t1 > m.start || a.place || it && a.person {
			continue
		}
		if slices.Contains(srcs, ai) {
			srcRef = ai
			continue
		}
		other = ai
		others++
	}
	switch others {
	case 0:
		if len(srcs) == 1 {
			return srcRef // only the source can be it
		}
	case 1:
		return other // one other actor: it
	}
	return -1
}

// infinitiveTrigger reports a match opened by an infinitive verb ("to
// launch attacks", "to attack"): an act intended or feared, not done.
// A plural after "to" is a prepositional object ("respond to attacks").
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func infinitiveTrigger(toks []tok, m *match) bool {
	return m.start > 0 && toks[m.start-1].low == "to" && !strings.HasSuffix(toks[m.start].low, "s")
}

// responseTo reports a trigger that is what a response answers ("would
// respond to any attacks on it", "retaliate for attacks"): the
// responder's threat is coded from it, so its source stays.
func responseTo(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		if w := toks[i].low; strings.HasPrefix(w, "respon") || strings.HasPrefix(w, "retaliat") || strings.HasPrefix(w, "react") || strings.HasPrefix(w, "repl") {
			return true
		}
	}
	return false
}

// assetOwner returns the owner of the assets a freeze or seizure names
// ("froze the British assets of Icelandic bank Landsbanki": the bank,
// or Iceland when the bank is of no known state), or -1. A demonym
// before "assets" says where they are, not whose; the owner follows
// "of" or "belonging to" (QA13 E-8). The owner is never the source.
func assetOwner(toks []tok, acts []actor, actorAt []int, m *match, srcs []int) int {
	switch toks[m.head].low {
	case "assets", "accounts", "funds", "property", "properties", "holdings", "reserves", "deposits":
	default:
		return -1
	}
	k := m.headEnd
	if k < len(toks) && toks[k].low == "of" {
		k++
	} else if k+1 < len(toks) && toks[k].low == "belonging" && toks[k+1].low == "to" {
		k += 2
	} else {
		return -1
	}
	owner, demonym := -1, -1
	for j := k; j < len(toks) && j <= k+4; j++ {
		ai := actorAt[j]
		if ai < 0 {
			if toks[j].punct || toks[j].is(wcPreposition) {
				break
			}
			continue
		}
		if slices.Contains(srcs, ai) || acts[ai].place {
			break
		}
		if acts[ai].demonym {
			demonym = ai
			j = acts[ai].t1 - 1
			continue
		}
		owner = ai
		break
	}
	if owner >= 0 && acts[owner].noCode() && demonym >= 0 {
		owner = demonym
	}
	if owner < 0 {
		owner = demonym
	}
	return owner
}
