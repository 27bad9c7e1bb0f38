package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Rules added after the fourteenth QA reading (session 8). They are kept
// in this file, apart from the older rules, so that parallel work on
// emit.go and coder.go merges cleanly.

// casualtyWords in a sentence make a clash a fight, whoever the sides.
var casualtyWords = wordset.FromMap(map[string]bool{"killed": true, "killing": true, "dead": true, "died": true,
	"deaths": true, "wounded": true, "wounding": true, "injured": true, "injuring": true, "casualties": true,
	"shot": true, "fire": true, "gunfire": true, "troops": true, "forces": true, "soldiers": true, "police": true})

// politicalSectors are the sectors of bodies that argue rather than
// fight: government, opposition, parties, legislatures, courts, churches,
// business, media, schools, NGOs and international bodies (their armed
// personnel, IGOUNOMIL, have an armed sector).
var politicalSectors = wordset.FromMap(map[string]bool{"GOV": true, "OPP": true, "PTY": true, "LEG": true,
	"JUD": true, "REL": true, "BUS": true, "MED": true, "EDU": true, "NGO": true, "ELI": true, "HLH": true, "IGO": true})

// verbalClash reports a "clash" trigger (190) between sides that are all
// named persons or named political bodies and no armed side, in a
// sentence with no casualty or force word: "Juan Guaido clashed with
// President Nicolas Maduro over the budget", "Tutu clashed with the
// African National Congress" is a dispute in words (QA14 E-1). States,
// armed sectors and bare agent nouns ("protesters", "police") keep 190.
func verbalClash(toks []tok, acts []actor, m *match, srcs, tgts []int) bool {
	if !strings.HasPrefix(toks[m.head].low, "clash") || len(srcs) == 0 || len(tgts) == 0 {
		return false
	}
	for _, side := range [2][]int{srcs, tgts} {
		for _, ai := range side {
			if ai < 0 || !arguingActor(&acts[ai]) {
				return false
			}
		}
	}
	for i := range toks {
		if casualtyWords.Has(toks[i].low) {
			return false
		}
	}
	return true
}

// arguingActor reports a named person with no armed sector, or a named
// (not generic) body of a political sector.
func arguingActor(a *actor) bool {
	if a.place || a.generic || a.demonym {
		return false
	}
	code := a.actorCode()
	if armedSector(code) {
		return false
	}
	if a.person {
		return true
	}
	return a.sector != "" && politicalSectors.Has(a.sector)
}

// secessionNouns name a separation from a state.
var secessionNouns = wordset.FromMap(map[string]bool{"independence": true, "autonomy": true, "secession": true,
	"separation": true, "sovereignty": true, "breakaway": true})

// secessionTarget reports a target named right after "independence
// from", "autonomy from" or "secession from" ("voters backed
// independence from Serbia"): the state left is no one the subject
// supports, nor where it happened (QA14 E-5).
func secessionTarget(toks []tok, acts []actor, tgts []int) bool {
	for _, ai := range tgts {
		if ai < 0 {
			continue
		}
		k := acts[ai].t0 - 1
		for k >= 0 && toks[k].is(wcDeterminer) {
			k--
		}
		if k >= 1 && toks[k].low == "from" && secessionNouns.Has(toks[k-1].low) {
			return true
		}
	}
	return false
}

// passiveRelease checks the passive release frame ("X was released from
// detention", QA14 E-6): it needs a freed actor as its subject (else "the
// report was released" would be coded), and a place after "from" ("from
// the Central Women's Facility") is where the freed left, not who freed
// them. It returns the sources to use, or ok false when nothing is coded.
func passiveRelease(toks []tok, acts []actor, srcs, tgts []int) (out []int, ok bool) {
	if len(tgts) == 0 || tgts[0] < 0 || acts[tgts[0]].place {
		return nil, false
	}
	if len(srcs) == 0 || srcs[0] < 0 {
		return srcs, true
	}
	k := acts[srcs[0]].t0 - 1
	for k >= 0 && toks[k].is(wcDeterminer) {
		k--
	}
	if k >= 0 && toks[k].low == "from" && !custodian(toks, &acts[srcs[0]]) {
		return []int{-1}, true
	}
	return srcs, true
}

// custodyNouns name the hold a releaser kept someone in.
var custodyNouns = wordset.FromMap(map[string]bool{"custody": true, "captivity": true, "detention": true,
	"prison": true, "prisons": true, "jail": true, "jails": true, "hands": true})

// custodian reports an actor after "from" that held the freed: a state
// or its adjective ("from Pakistani custody", "from Britain's Belmarsh
// prison"), or any actor before a custody noun ("from Hamas captivity").
// A named building or institution ("from the Central Women's Facility",
// "from the Institute of Medical Sciences") released nobody.
func custodian(toks []tok, a *actor) bool {
	if a.demonym || a.country != "" && a.id == a.country && a.sector == "" {
		return true
	}
	return a.t1 < len(toks) && custodyNouns.Has(toks[a.t1].low)
}

// appositiveWhoOpen returns the comma opening an appositive with a
// relative "who" clause that the comma at close ends ("Colonel Mamady
// Doumbouya, a former legionnaire who heads the special forces unit,
// said"): the phrase starts with a/an/the right after a capitalised
// actor and holds "who"; an actor inside the clause ("forces") is no
// subject of the main verb (QA14 E-7). appositiveOpen leaves appositives
// with relative clauses alone; else -1.
func appositiveWhoOpen(toks []tok, actorAt []int, close int) int {
	who := false
	for j := close - 1; j >= 1 && j >= close-18; j-- {
		t := &toks[j]
		if isHardStop(*t) {
			return -1
		}
		switch t.low {
		case "and", "or", "said", "says", "which", "that":
			return -1
		case "who":
			who = true
			continue
		case ",":
			if who && j+2 < close && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the") &&
				actorAt[j-1] >= 0 && toks[j-1].upper && toks[j+2].low != "who" {
				return j
			}
			return -1
		}
	}
	return -1
}

// destinationPlace reports a place named right after "to" ("extradited
// to the United States"): where the extradited person is sent, not
// where the extradition was decided or done (QA14 E-14).
func destinationPlace(toks []tok, p *doc.Place) bool {
	t0, _ := tokRange(toks, p.Span)
	k := t0 - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && toks[k].low == "to"
}

// itAntecedent returns the object of the verb coordinated before an
// arson trigger whose object is "it" or "them" ("stormed the National
// Assembly and set it on fire"): the actor right before the "and" that
// opens the trigger's clause, when it is no place; else -1 (QA14 E-13).
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func itAntecedent(toks []tok, acts []actor, actorAt []int, m *match) int {
	s := m.start
	if s < 2 || s+1 >= len(toks) || toks[s-1].low != "and" {
		return -1
	}
	if w := toks[s+1].low; w != "it" && w != "them" {
		return -1
	}
	ai := actorAt[s-2]
	if ai < 0 || acts[ai].place || acts[ai].person {
		return -1
	}
	return ai
}

// fieldNouns name a person by a field of study or a beat: a place before
// them is the field ("a Horn of Africa analyst", "the BBC's Africa
// correspondent"), not where anything happened. Titles of office are left
// out: "Dublin Director of Engineering" works in Dublin.
var fieldNouns = wordset.FromMap(map[string]bool{"analyst": true, "analysts": true, "expert": true, "experts": true,
	"correspondent": true, "correspondents": true, "specialist": true, "specialists": true, "researcher": true,
	"researchers": true, "scholar": true, "scholars": true, "editor": true, "editors": true, "watcher": true,
	"watchers": true, "historian": true, "historians": true, "observer": true, "observers": true, "hand": true,
	"hands": true})

// fieldPlace reports a place right before a field noun ("a Horn of Africa
// analyst said"): the speaker's field, no event place (QA14 P-1).
func fieldPlace(toks []tok, sp doc.Span) bool {
	_, t1 := tokRange(toks, sp)
	return t1 > 0 && t1 < len(toks) && fieldNouns.Has(toks[t1].low)
}

// titledPerson makes a generic titled actor of a region or place
// ("Bougainville President", "Puntland President") followed by the name
// of a person the KB does not know the person: the event is John Momis's,
// coded by the title's state and sector, not an unnamed "president"
// (QA14 E-8).
func titledPerson(a, b *actor) {
	a.id, a.name, a.person, a.generic = b.id, b.name, true, false
}
