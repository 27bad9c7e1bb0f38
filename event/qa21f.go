package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Rules added after the twenty-first and twenty-second QA readings
// (session 11), events part F. Kept apart from the older rules so that
// parallel work on emit.go merges cleanly.

// factionForces reports whether two actors of the same code are two
// factions of one force: one of them is named by its side, "soldiers
// loyal to the president", "troops backing the coup", "mutinous
// troops", "renegade soldiers" (QA22 E-13). A mutiny or a coup attempt
// sets a state's forces against each other; their clash is an event,
// unlike "Indian troops … killing two Indian soldiers", where the same
// force is the actor and its own casualty.
func factionForces(toks []tok, sa, ta *actor) bool {
	return factionSide(toks, sa) || factionSide(toks, ta)
}

// factionSide reports an actor right after a faction adjective
// (mutinous, renegade, loyalist, dissident) or right before "loyal to",
// "backing", "supporting".
func factionSide(toks []tok, a *actor) bool {
	if a.t0 > 0 {
		switch toks[a.t0-1].low {
		case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting":
			return true
		}
	}
	switch w := toks[a.t0].low; w {
	case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting", "mutineers", "loyalists":
		return true
	}
	if a.t1 < len(toks) {
		switch toks[a.t1].low {
		case "loyal", "backing", "supporting", "who":
			return toks[a.t1].low != "who" || a.t1+1 < len(toks) && (toks[a.t1+1].low == "backed" || toks[a.t1+1].low == "support" || toks[a.t1+1].low == "supported" || toks[a.t1+1].low == "joined" || toks[a.t1+1].low == "mutinied")
		}
	}
	return false
}

// followerNouns are the people named by whom they follow: "supporters
// of X", "X's supporters".
var followerNouns = set21("supporters", "supporter", "followers", "loyalists", "relatives", "aides", "allies",
	"sympathisers", "sympathizers", "backers", "activists", "members", "family", "associates", "bodyguards")

// partyNouns are the groups a person leads or owns: "Wine's party".
var partyNouns = set21("party", "movement", "campaign", "group", "organisation", "organization", "faction",
	"coalition", "alliance", "platform", "camp", "bloc", "militia", "foundation", "newspaper", "company", "firm")

// cargoPreps are the words before "for"/"to" that make a country the
// destination of goods, no party: "coal bound for China", "oil destined
// for Europe".
var cargoPreps = set21("bound", "destined", "headed", "heading", "earmarked")

func set21(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// modifierTargets drops from tgts the actors that only modify the
// object of the act at m: the person or group whose followers were
// acted on ("arrested at least 30 supporters of Wine's party",
// "detained supporters of Besigye": not Wine, not Besigye; QA22 E-17),
// a country a cargo is bound for ("the names of officials accused of
// stealing coal bound for China"; QA21 E-4), and the owner in a
// relative clause after the object ("cracked down on riots that
// followed Wine's arrest"; QA22 E-11). An organisation whose members
// were acted on stays ("arrested members of Hamas" is an act on
// Hamas). Called only for events with targets.
func modifierTargets(toks []tok, acts []actor, m *match, tgts []int) []int {
	n := 0
	for _, ti := range tgts {
		if ti >= 0 && ti < len(acts) && modifierOnly(toks, &acts[ti], m) {
			continue
		}
		tgts[n] = ti
		n++
	}
	return tgts[:n]
}

// modifierOnly reports whether actor a, a target of m, only modifies
// the object (see modifierTargets).
func modifierOnly(toks []tok, a *actor, m *match) bool {
	if a.t0 <= m.head {
		return false
	}
	possTail := a.t1+1 < len(toks) && possessiveMark(toks[a.t1].low)
	if a.t0 >= 2 && toks[a.t0-1].low == "of" && followerNouns[toks[a.t0-2].low] {
		if (a.person || possTail && partyNouns[toks[a.t1+1].low]) && !strings.Contains(a.name, " of ") {
			// (an actor already named "supporters of Odinga" is the followers)
			return true
		}
	}
	if a.t0 >= 2 && (toks[a.t0-1].low == "for" || toks[a.t0-1].low == "to") && cargoPreps[toks[a.t0-2].low] {
		return true
	}
	if possTail {
		for j := m.end; j < a.t0; j++ {
			if w := toks[j].low; (w == "that" || w == "which") && j+1 < a.t0 && (pastVerb(toks[j+1]) || irregularPast.Has(toks[j+1].low)) {
				return true // "riots that followed Wine's arrest"
			}
			if toks[j].punct {
				break
			}
		}
	}
	return false
}

// relativeObject returns, for a verb in a relative clause whose object
// is "him" or "her" ("Thaksin was taken to the Supreme Court, which
// sentenced him to eight years"), the person that the main clause names
// before the relative pronoun's antecedent, as the target; else tgts
// unchanged (QA22 E-15). The source of such a verb is the antecedent
// (the court); the pronoun cannot be it, and the one person named before
// it in the sentence is whom the court sentenced. With two persons
// before, or none, the pronoun stays unresolved. skip is true for
// passive and nominal matches and PETRARCH coding.
func relativeObject(toks []tok, acts []actor, m *match, srcs, tgts []int, skip bool) []int {
	v := m.start // the verb ("sentenced him to": the trigger may be a later word)
	if skip || len(tgts) > 0 || len(srcs) != 1 || srcs[0] < 0 || v < 3 || v+1 >= len(toks) {
		return tgts
	}
	if w := toks[v+1].low; w != "him" && w != "her" {
		return tgts
	}
	if w := toks[v-1].low; (w != "which" && w != "who") || toks[v-2].low != "," {
		return tgts
	}
	src := &acts[srcs[0]]
	if src.t1 != v-2 {
		return tgts // the antecedent stands right before ", which"
	}
	pt := -1
	for ai := range acts {
		a := &acts[ai]
		if a.t1 > src.t0 {
			break
		}
		if a.person {
			if pt >= 0 {
				return tgts
			}
			pt = ai
		}
	}
	if pt < 0 {
		return tgts
	}
	return []int{pt}
}

// rammingVerbs are the verbs of a vehicle driven into people.
var rammingVerbs = set21("drove", "driven", "drives", "driving", "drive", "ploughed", "plowed", "ploughs", "plows",
	"ploughing", "plowing", "rammed", "rams", "ramming", "smashed", "slammed", "careered", "careened", "sped", "crashed")

// vehicles are the subjects of a ramming whose driver is unnamed.
var vehicles = set21("car", "cars", "truck", "trucks", "lorry", "van", "vehicle", "suv", "driver", "motorist",
	"bus", "pickup", "minivan", "motorcycle", "tractor")

// vehicleRamming reports a ramming match (a verb of rammingVerbs, coded
// 18x by a pattern that requires people as its object: "drove into
// demonstrators") whose subject is a vehicle or its unnamed driver ("a
// car drove into demonstrators near Kfar Saba"; QA22 E-14): the attacker
// is unknown, the people hit are the target. The vehicle must stand
// within three words before the verb, with no actor between.
func vehicleRamming(toks []tok, actorAt []int, m *match) bool {
	if !rammingVerbs[toks[m.start].low] {
		return false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-3; j-- {
		if actorAt[j] >= 0 || toks[j].punct {
			return false
		}
		if vehicles[toks[j].low] {
			return true
		}
	}
	return false
}

// unknownName reports a capitalised word inside a sentence that is no
// actor's ("the Mercosur trade bloc", "the Wagner group"): in a noun
// phrase after ", and the" it is part of a name the mentions missed,
// so the phrase is a new subject all the same (QA21 E-2).
func unknownName(toks []tok, k int) bool {
	return k > 0 && toks[k].upper && !toks[k].punct
}

// recipientPlace reports a place after "to" that follows the trigger of
// m: the recipient of what was agreed or promised ("agreed to deliver
// gas to Hungary"), not where the agreement was made (QA22 E-12). A
// place before the trigger ("after a visit to Sochi, the authorities
// promised …") stays where.
func recipientPlace(toks []tok, p *doc.Place, m *match) bool {
	t0, _ := tokRange(toks, p.Span)
	return t0 > m.start && destinationPlace(toks, p)
}
