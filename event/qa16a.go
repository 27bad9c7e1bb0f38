package event

import (
	"slices"

	"github.com/sitrep-project/sitrep/doc"
)

// Rules added after the sixteenth QA reading (session 9, events part
// A). They are kept in this file, apart from the older rules, so that
// parallel work on emit.go and coder.go merges cleanly.

// weaponSubject returns the CAMEO code of an attack whose clause subject
// is a weapon or munition rather than an actor ("An air strike hit a
// market, killing 12 people", "Shelling killed 12 people", "A car bomb
// exploded at a market, killing 12"; QA16 E-1), or "" when the subject
// is anything else. The attacker is unknown; the code says how the harm
// was done: 195 for air and drone strikes, 194 for shelling and
// artillery, 183 for car, roadside and suicide bombs, 190 for missiles,
// rockets and explosions. The subject must open the sentence (after an
// optional fronted "On Sunday,"-free start) and stand right before the
// main verb; a participle after a comma (", killing 12") takes the main
// clause's subject. Called only for 18x–20x matches with no source: no
// per-token work on other sentences.
func weaponSubject(toks []tok, actorAt []int, m *match) string {
	end := m.start
	if end >= 2 && toks[end-1].low == "," && len(toks[end].low) > 4 && toks[end].low[len(toks[end].low)-3:] == "ing" {
		// ", killing 12 people": the subject of the main clause; its verb
		// is the first word after the subject
		end = len(toks)
	}
	i := 0
	if i < len(toks) && (toks[i].low == "a" || toks[i].low == "an" || toks[i].low == "the" || toks[i].low == "another") {
		i++
	}
	code := ""
	for n := 0; i < end && n < 4; i, n = i+1, n+1 {
		if actorAt[i] >= 0 || toks[i].punct {
			return ""
		}
		c := weaponNoun(toks, i)
		if c == "" {
			if code != "" {
				break // the word after the weapon: the verb
			}
			continue // "suspected", "deadly", "air", "drone", "car"
		}
		code = c
	}
	if code == "" || i >= len(toks) || toks[i].punct || actorAt[i] >= 0 || i > end {
		return ""
	}
	if end == m.start && i != m.start {
		return "" // "A drone strike on the convoy killed …": the verb must follow the subject
	}
	if w := toks[i].low; w == "of" || w == "by" || w == "from" || w == "on" || w == "and" || w == "that" || w == "which" {
		return "" // "strikes by Israel", "bombs and rockets": no bare weapon subject
	}
	return code
}

// weaponNoun returns the attack code named by the weapon noun at i ("" for
// no weapon): "air strike(s)", "airstrike(s)", "drone strike(s)" 195,
// "shelling", "artillery" 194, "car bomb", "roadside bomb", "suicide
// bomb(ing)" 183, "missile(s)", "rocket(s)", "bomb(s)", "explosion",
// "blast", "bombardment" 190. A bare "strike" (labour) is no weapon.
func weaponNoun(toks []tok, i int) string {
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	switch toks[i].low {
	case "strike", "strikes":
		switch prev {
		case "air", "drone", "aerial":
			return "195"
		case "missile", "rocket", "artillery":
			return "190"
		}
	case "airstrike", "airstrikes", "air-strike", "air-strikes":
		return "195"
	case "shelling", "artillery":
		return "194"
	case "bomb", "bombs", "bombing", "bombings":
		switch prev {
		case "car", "truck", "roadside", "suicide", "vehicle":
			return "183"
		case "barrel":
			return "195"
		}
		return "190"
	case "missile", "missiles", "rocket", "rockets", "explosion", "explosions", "blast", "blasts", "bombardment", "mortar", "mortars":
		return "190"
	}
	return ""
}

// tellAddressee reports whether actor s is the addressee of a tell verb
// right before it ("told Al Jazeera that …", "told the BBC", "telling
// Reuters"), and returns the verb's token, or -1. The addressee of an
// attribution is never the subject of what was told: "Burhan told Al
// Jazeera that the RSF must be dissolved" is Burhan's demand (QA16 E-2).
func tellAddressee(toks []tok, acts []actor, s int) int {
	k := acts[s].t0 - 1
	if k >= 1 && toks[k].low == "the" {
		k--
	}
	if k < 0 {
		return -1
	}
	switch toks[k].low {
	case "told", "tells", "telling", "tell":
		return k
	}
	return -1
}

// labourStrike reports whether match m, coded as armed force (19x) from
// the word strike, is a labour strike: the trigger is strike/strikes/
// striking/struck and the sentence names workers or a labour act
// ("Ambulance workers will strike on Dec. 21", "nurses walked out … in
// the largest strike in the history of the union"; QA16 E-4), while no
// word of the sentence names armed force (air, missile, troops, military
// …) and no source is an armed group. Called only for 19x codes.
func labourStrike(toks []tok, acts []actor, m *match, srcs []int) bool {
	switch toks[m.start].low {
	case "strike", "strikes", "striking", "struck":
	default:
		return false
	}
	for _, s := range srcs {
		if s >= 0 && armedGroup(acts[s].sector) {
			return false
		}
	}
	labour := false
	for i := range toks {
		switch toks[i].low {
		case "workers", "worker", "nurses", "teachers", "doctors", "staff", "employees", "miners", "dockers", "drivers", "pilots",
			"union", "unions", "walked", "walkout", "walkouts", "picket", "pickets", "pay", "wages", "wage", "salaries", "pensions",
			"industrial", "strikers", "unionised", "unionized", "porters", "cleaners", "paramedics", "lecturers", "postal":
			labour = true
		case "air", "drone", "drones", "missile", "missiles", "rocket", "rockets", "military", "troops", "army", "forces",
			"warplanes", "jets", "bomb", "bombs", "killing", "killed", "targets", "militants", "nuclear", "pre-emptive", "preemptive":
			return false
		}
	}
	return labour
}

// trailingPlainSpeaker reports whether the statement verb of match m
// closes the sentence's content after a comma with a speaker of plain
// lower-case nouns that is no actor: "Bouteflika died on Friday, state
// television said", "…, hospital officials said" (QA16 E-5). The speaker
// is not the content's subject; nobody we can name said it. Up to three
// nouns may stand between the comma and the verb.
func trailingPlainSpeaker(toks []tok, actorAt []int, m *match) bool {
	for n, k := 0, m.start-1; k >= 1 && n <= 3; k, n = k-1, n+1 {
		if toks[k].low == "," {
			return n > 0
		}
		if actorAt[k] >= 0 || !plainNoun(toks[k]) {
			return false
		}
	}
	return false
}

// resultRelative reports whether the trigger of match m is the verb of a
// reduced relative on a result noun in apposition to the clause before:
// "Saied dismissed the prime minister, a move his opponents denounced as
// a coup" (QA16 E-6), and returns the relative's subject actor, or -1
// when its subject ("his opponents", "critics") is no actor: then the
// act is someone unnamed's. Either way it is aimed at the main clause's
// subject, and a possessor is never the actor.
func resultRelative(toks []tok, actorAt []int, m *match) (bool, int) {
	k := m.start - 1
	subj := -1
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if toks[k].punct {
			return false, -1
		}
		if actorAt[k] >= 0 {
			subj = actorAt[k]
			continue
		}
		if resultNoun(toks[k].low) {
			break
		}
	}
	if k < 1 || k == m.start-1 || !resultNoun(toks[k].low) {
		return false, -1
	}
	if toks[k-1].low == "a" || toks[k-1].low == "an" || toks[k-1].low == "the" || toks[k-1].low == "one" {
		k--
	}
	return k >= 1 && toks[k-1].low == ",", subj
}

// resultNoun reports the nouns that sum up the act of a clause before
// them: "…, a move (step, decision) critics called …".
func resultNoun(w string) bool {
	switch w {
	case "move", "step", "decision", "action", "measure", "act", "decree", "order", "ruling", "announcement":
		return true
	}
	return false
}

// placeList returns the actors of a coordinated list of places after a
// locative preposition that holds the event's place ("marched in Paris,
// Lyon and Marseille", "walked out in England, Wales and Northern
// Ireland"; QA16 P-1), in text order, or nil when the place stands
// alone. Each listed place is where part of the event happened; the
// places after the first are no targets of their own (the first, right
// after the preposition, is read as where by emit: no target for a local
// protest, its country for an attack, and the copies keep that).
func placeList(toks []tok, acts []actor, actorAt []int, place *doc.Place) []int {
	t0, _ := tokRange(toks, place.Span)
	if t0 < 0 || actorAt[t0] < 0 || !acts[actorAt[t0]].place {
		return nil
	}
	// back to the first member of the list
	first := actorAt[t0]
	for {
		k := acts[first].t0 - 1
		if k >= 0 && toks[k].low == "and" {
			k-- // "Lyon and Marseille"
		}
		if k >= 0 && toks[k].low == "," {
			k-- // "Paris, Lyon", "Lyon, and Marseille"
		}
		if k == acts[first].t0-1 || k < 0 || actorAt[k] < 0 || !acts[actorAt[k]].place {
			break
		}
		first = actorAt[k]
	}
	if k := acts[first].t0 - 1; k < 0 || !locPreps.Has(toks[k].low) {
		return nil
	}
	list := []int{first}
	for a := first; ; {
		k := acts[a].t1
		if k < len(toks) && toks[k].low == "," {
			k++
		}
		if k < len(toks) && toks[k].low == "and" {
			k++
		}
		if k == acts[a].t1 || k >= len(toks) || actorAt[k] < 0 || actorAt[k] == a || !acts[actorAt[k]].place {
			break
		}
		a = actorAt[k]
		list = append(list, a)
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// withoutListed returns tgts without the actors of list.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func withoutListed(tgts, list []int) []int {
	var out []int
	for _, t := range tgts {
		if !slices.Contains(list, t) {
			out = append(out, t)
		}
	}
	return out
}

// placeListEvents copies the events of one match (d.Events[from:]) to
// each place of list that is not where they are already placed: one
// event per place of "marched in Paris, Lyon and Marseille" (QA16 P-1).
// Statements (01) are not copied. dedupeEvents keeps such copies: same
// trigger, other place.
func placeListEvents(d *doc.Doc, toks []tok, acts []actor, from int, list []int) {
	end := len(d.Events)
	for _, a := range list {
		s := doc.Span{Start: toks[acts[a].t0].start, End: toks[acts[a].t1-1].end}
		var pl *doc.Place
		for i := range d.Places {
			if d.Places[i].Span == s {
				pl = &d.Places[i]
				break
			}
		}
		if pl == nil {
			continue
		}
		for k := from; k < end; k++ {
			if d.Events[k].Place == pl.Name || len(d.Events[k].Cameo) >= 2 && d.Events[k].Cameo[:2] == "01" {
				continue // (a statement's place is that of its content: "said activists were arrested in A and B")
			}
			e := d.Events[k]
			e.Place, e.Lat, e.Lon, e.PlaceCountry = pl.Name, pl.Lat, pl.Lon, pl.Country
			d.Events = append(d.Events, e)
		}
	}
}
