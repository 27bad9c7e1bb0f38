package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Trigger filtering: matched words that name no event of the sentence
// (adjectives, modifiers, topics, refuges, standing states).

// participleAdjective reports a trigger of seizure or siege used as an
// adjective: "occupied", "annexed", "besieged", "blockaded" or "invaded"
// after a determiner or preposition, optionally with one adverb between
// ("children from occupied areas", "the besieged city", "in the
// illegally annexed peninsula"). It names a state of the noun, no act.
// Checked per match, not per token.
func participleAdjective(toks []tok, m *match) bool {
	h := m.head
	switch toks[h].low { // (emit asks only for words ending in "ed": keep every word so)
	case "occupied", "annexed", "besieged", "blockaded", "invaded":
	default:
		return false
	}
	k := h - 1
	if k > 0 && strings.HasSuffix(toks[k].low, "ly") {
		k-- // "the illegally annexed", "its partially occupied"
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "the", "of", "from", "in", "into", "across", "within", "at", "near", "throughout", "its", "their":
		return true
	}
	return false
}

// attributiveTitle reports a past participle at h that describes the
// person named after it, behind a preposition and a run of title words
// ("backed by jailed former prime minister Imran Khan", "a letter from
// detained opposition leader X"): a description of a standing state, no
// event of this sentence, and the sentence subject is no jailer. The
// participle must follow a preposition so that "Pakistan
// jailed former prime minister X" stays an arrest.
func attributiveTitle(toks []tok, actorAt []int, h int) bool {
	if h == 0 || h+1 >= len(toks) {
		return false
	}
	if !strings.HasSuffix(toks[h].low, "ed") && !toks[h].is(wcPastParticiple) {
		return false
	}
	if !toks[h-1].is(wcPreposition) &&
		// "refused to reinstate ousted President Zelaya": after an
		// infinitive the participle describes the person
		!(h >= 2 && toks[h-2].low == "to" && !toks[h-1].upper && !toks[h-1].punct && toks[h-1].low != "have") {
		// ("is believed to have attacked South Sudan": a perfect
		// infinitive, the verb)
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+5; k++ {
		if actorAt[k] >= 0 {
			return true
		}
		if t := &toks[k]; t.punct || !titleWords.Has(t.low) {
			return false
		}
	}
	return false
}

// fundsWord reports "funds" or "finances", the first test of fundsNoun:
// cheap enough to inline, so that verbGuard asks fundsNoun only past it.
func fundsWord(w string) bool { return w == "funds" || w == "finances" }

// fundsNoun reports "funds" or "finances" at h as a noun after a
// modifying actor: "frozen EU funds", "billions in EU funds", "access to
// US funds" — the word before the actor is a preposition or a
// participle, not a determiner or the clause start ("The EU funds
// projects" stays a verb). A bare noun gives nothing: no giving verb.
func fundsNoun(toks []tok, actorAt []int, h int) bool {
	if !fundsWord(toks[h].low) || h == 0 || actorAt[h-1] < 0 {
		return false
	}
	k := h - 1
	for k >= 0 && actorAt[k] == actorAt[h-1] {
		k--
	}
	if k < 0 {
		return false
	}
	w := toks[k].low
	return toks[k].is(wcPreposition) || !toks[k].is(wcDeterminer) && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ed"))
}

// refugeWords make a journey flight from danger, not a visit.
var refugeWords = wordset.FromMap(map[string]bool{"asylum": true, "exile": true, "refuge": true, "fled": true,
	"fleeing": true, "flee": true, "flees": true, "escaped": true, "escape": true, "escaping": true, "sanctuary": true})

// refugeJourney reports a visit code (04x) on a travel verb in a
// sentence about asylum, exile or flight ("Morales flew to Mexico after
// the government there granted him asylum"): the traveller seeks
// refuge and meets no host.
func refugeJourney(toks []tok, m *match) bool {
	switch w := toks[m.head].low; {
	case strings.HasPrefix(w, "fl"), strings.HasPrefix(w, "travel"), strings.HasPrefix(w, "arriv"), strings.HasPrefix(w, "went"),
		w == "left", strings.HasPrefix(w, "leav"), strings.HasPrefix(w, "depart"), strings.HasPrefix(w, "land"), strings.HasPrefix(w, "head"):
		// ("left for Mexico, which granted him asylum")
	default:
		return false
	}
	for i := range toks {
		if refugeWords.Has(toks[i].low) {
			return true
		}
	}
	return false
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
// sanctions"): the topic of a consultation, no act of anyone.
// Only articles and modifiers may stand between (no actor, no
// preposition, no punctuation); a consultation trigger itself is left
// to purposeOf.
func discussedTopic(toks []tok, actorAt []int, m *match) bool {
	d := discussBefore(toks, m.start)
	if d < 0 || cameo.Root(m.p.Code) == "04" {
		return false
	}
	for i := d + 1; i < m.start; i++ {
		if actorAt[i] >= 0 || toks[i].punct || toks[i].is(wcPreposition) || !toks[i].is(wcDeterminer) && !plainNoun(&toks[i]) && !isModifier(toks[i].low) {
			return false
		}
	}
	return true
}

// secessionNouns name a separation from a state.
var secessionNouns = wordset.FromMap(map[string]bool{"independence": true, "autonomy": true, "secession": true,
	"separation": true, "sovereignty": true, "breakaway": true})

// secessionTarget reports a target named right after "independence
// from", "autonomy from" or "secession from" ("voters backed
// independence from Serbia"): the state left is no one the subject
// supports, nor where it happened.
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

// modifierTriggers are the trigger words that also modify a noun of
// equipment or units: an attack helicopter, a strike force, an assault
// rifle, a fire engine.
var modifierTriggers = wordset.New("attack", "strike", "assault", "fire", "raid", "bomb", "combat", "patrol", "rescue")

// equipmentNouns are the nouns those words modify.
var equipmentNouns = wordset.New("helicopter", "helicopters", "submarine", "submarines", "aircraft", "jet", "jets",
	"plane", "planes", "drone", "drones", "dog", "dogs", "boat", "boats", "craft", "ship", "ships", "vessel", "vessels",
	"force", "forces", "fighter", "fighters", "bomber", "bombers", "rifle", "rifles", "weapon", "weapons", "vehicle",
	"vehicles", "engine", "engines", "truck", "trucks", "brigade", "brigades", "group", "groups", "capability",
	"capabilities", "package", "squadron", "squadrons", "unit", "units", "team", "teams", "missile", "missiles",
	"shelter", "shelters", "tank", "tanks")

// modalWords before a trigger make it a verb: "to attack aircraft", "will
// strike ships".
var modalWords = wordset.New("to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
	"did", "does", "do", "not", "never")

// modifierTrigger reports a trigger word used as a noun modifier, "heavy
// weapons such as attack helicopters", "a strike force", "assault
// rifles": not the verb of an event. The word must stand
// alone as the match's head, be followed by a noun of equipmentNouns, and
// not follow an actor (its subject: "rebels attack vehicles") or a modal
// or "to" ("plans to attack ships").
func modifierTrigger(toks []tok, actorAt []int, m *match) bool {
	h := m.head
	if h != m.start || h+1 >= len(toks) || !modifierTriggers.Has(toks[h].low) || !equipmentNouns.Has(toks[h+1].low) {
		return false
	}
	if h > 0 && (actorAt[h-1] >= 0 || modalWords.Has(toks[h-1].low)) {
		return false
	}
	return true
}

// joinNonMember reports whether the match is a "join"/"accede" of CAMEO
// 057 (membership of an international organisation: "Sweden joined
// NATO", "acceded to the WTO") whose targets are not all international
// or regional organisations (CAMEO IGO codes): "Sweden joined France in
// condemning the attack" is no accession.
func joinNonMember(p *Pattern, toks []tok, acts []actor, m *match, tgts []int) bool {
	if p.Code != "057" { // (emit asks only for 057: keep the code so)
		return false
	}
	h := toks[m.head].low
	if !strings.HasPrefix(h, "join") && !strings.HasPrefix(h, "acced") {
		return false
	}
	if len(tgts) == 0 {
		return true
	}
	for _, t := range tgts {
		if t < 0 || t >= len(acts) || !strings.HasPrefix(acts[t].code, "IGO") {
			return true
		}
	}
	return false
}

// retreatModifiers before the noun "retreat" make it a meeting or a
// residence: "a Labour Party caucus retreat", "an annual retreat", "his
// mountain retreat".
var retreatModifiers = wordset.New("a", "an", "annual", "weekend", "caucus", "party", "cabinet", "leadership", "staff",
	"ministerial", "policy", "strategy", "summer", "winter", "spiritual", "mountain", "holiday", "presidential", "royal",
	"country", "corporate", "two-day", "three-day")

// nounRetreat reports whether the 0874 match's trigger is the noun
// "retreat(s)" after a determiner or a modifier of a meeting or a
// residence, no military retreat.
func nounRetreat(p *Pattern, toks []tok, m *match) bool {
	// (emit asks only for 0874: keep the code so)
	if p.Code != "0874" || m.head == 0 || !strings.HasPrefix(toks[m.head].low, "retreat") || strings.HasPrefix(toks[m.head].low, "retreated") {
		return false
	}
	return retreatModifiers.Has(toks[m.head-1].low)
}

// stationedNouns are the heads of an object that a country hosts as a
// standing state, not as a visit: troops, bases, refugees.
var stationedNouns = map[string]bool{"troops": true, "soldiers": true, "forces": true, "personnel": true, "marines": true,
	"base": true, "bases": true, "garrison": true, "fleet": true, "refugees": true, "migrants": true}

// stationedTarget reports a host's object actor whose head is a
// stationed body ("hosts US troops", "hosted American forces"): the
// patterns' null row for "~host … troops" cannot see inside an actor.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func stationedTarget(toks []tok, acts []actor, tgts []int) bool {
	for _, t := range tgts {
		if t >= 0 && acts[t].t1 > acts[t].t0 && !acts[t].person && stationedNouns[toks[acts[t].t1-1].low] {
			return true
		}
	}
	return false
}

// hostedStay reports a host's act that lasted years ("the Taliban hosted
// bin Laden in the 1990s", "Sudan hosted him for five years"): the guest
// lived there under the host's shelter, which is no visit, and CAMEO has
// no code for it. A visit is dated to a day or a year and lasts days.
// evDate is the event's date; times are the sentence's.
//
//go:noinline
func hostedStay(toks []tok, times []doc.Time, sent doc.Span, head int, evDate string) bool {
	if w := toks[head].low; !strings.HasPrefix(w, "host") {
		return false
	}
	if n := len(evDate); n == 2 || n == 3 {
		return true // a decade or a century: "in the 1990s"
	}
	for i := range times {
		t := &times[i]
		years := t.Type == "DURATION" && strings.HasPrefix(t.Value, "P") && (strings.HasSuffix(t.Value, "Y") || strings.HasSuffix(t.Value, "DE"))
		year := t.Type == "DATE" && len(t.Value) == 4
		if !years && !year || !sent.Contains(t.Span) || t.Span.Start < toks[head].end {
			continue
		}
		for k := head + 1; k < len(toks) && k <= head+8; k++ {
			if toks[k].start == t.Span.Start {
				if years {
					return toks[k-1].low == "for" // "for five years", "for years"
				}
				// "from 1991 to 1996", "between 1991 and 1996"
				if w := toks[k-1].low; (w == "from" || w == "between") && k+2 < len(toks) {
					n, y := toks[k+1].low, toks[k+2].low
					return (n == "to" || n == "until" || n == "and") && len(y) == 4 && (y[0] == '1' || y[0] == '2')
				}
				return false
			}
			if toks[k].punct {
				break
			}
		}
	}
	return false
}

// hostedNoun reports a verb of hosting or mediating at most four words
// before a nominal trigger at start ("Iraq and Oman had hosted several
// rounds of talks between the rivals", "brokered talks"): the talks are
// others', the subject only hosts them, and co-hosts never talk to each
// other through it.
func hostedNoun(toks []tok, start int) bool {
	for i := start - 1; i >= 0 && i >= start-4; i-- {
		if toks[i].punct {
			return false
		}
		switch toks[i].low {
		case "host", "hosts", "hosted", "hosting", "mediate", "mediates", "mediated", "mediating", "broker", "brokers",
			"brokered", "brokering", "facilitate", "facilitates", "facilitated", "facilitating", "convene", "convenes",
			"convened", "convening", "sponsor", "sponsors", "sponsored", "sponsoring":
			return true
		}
	}
	return false
}

// talksNoun reports a noun of talks, the trigger of a hosted or
// mediated meeting ("hosted talks between X and Y"): X and Y met.
func talksNoun(w string) bool {
	return w == "talks" || w == "negotiations" || w == "consultations"
}
