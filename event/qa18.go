package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Rules added after the eighteenth QA reading (session 10), kept apart
// from the older rules so that parallel work on coder.go and emit.go
// merges cleanly.

// joinNonMember reports whether the match is a "join"/"accede" of CAMEO
// 057 (membership of an international organisation: "Sweden joined
// NATO", "acceded to the WTO") whose targets are not all international
// or regional organisations (CAMEO IGO codes): "Sweden joined France in
// condemning the attack" is no accession (QA18 E-7).
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

// possessedGroup returns the index in acts of the named organisation
// (a KB group: "group.al-shabaab") that owns the armed agent noun
// starting at t0 through "its" or "their" ("Al-Shabaab said its
// fighters had attacked …", "the Taliban said their fighters …"): the
// nearest named actor before the pronoun, when it is such a group; -1
// otherwise (a country owner is left to the country rule). QA18 E-2.
func possessedGroup(toks []tok, acts []actor, t0 int, code string) int {
	if t0 == 0 || toks[t0-1].low != "its" && toks[t0-1].low != "their" || !armedSector(code) {
		return -1
	}
	for k := len(acts) - 1; k >= 0; k-- {
		b := &acts[k]
		if b.t1 > t0-1 || b.generic || b.place || inClosedRelative(toks, b.t0, b.t1, t0-1) {
			continue // (an actor inside ", which …," owns nothing after it)
		}
		if strings.HasPrefix(b.id, "group.") {
			return k
		}
		return -1
	}
	return -1
}

// describeVerbs are the verbs of labelling in a free relative "what X
// described as …".
var describeVerbs = map[string]bool{"described": true, "describes": true, "called": true, "calls": true, "termed": true,
	"terms": true, "labelled": true, "labeled": true, "branded": true, "dubbed": true, "considers": true, "considered": true,
	"claimed": true, "claims": true, "said": true, "says": true}

// freeRelativeTargets replaces a target that is the labeller of a free
// relative ("bombed what New Delhi described as a militant camp near
// Balakot in Pakistan", "struck what Israel called Hezbollah
// positions"): the act's target is the thing labelled, so the first
// actor after the labelling verb in the same clause takes its place, or
// the target is dropped when there is none (QA18 E-1).
func freeRelativeTargets(toks []tok, acts []actor, tgts []int) []int {
	for n, ti := range tgts {
		if ti < 0 || ti >= len(acts) {
			continue
		}
		b := &acts[ti]
		if b.t0 == 0 || toks[b.t0-1].low != "what" || b.t1 >= len(toks) || !describeVerbs[toks[b.t1].low] {
			continue
		}
		repl := -1
		for k := range acts {
			if acts[k].t0 <= b.t1 || acts[k].t0 > b.t1+12 {
				continue
			}
			stop := false
			for j := b.t1 + 1; j < acts[k].t0; j++ {
				if toks[j].punct && toks[j].low != "-" && toks[j].low != "'s" {
					stop = true
					break
				}
			}
			if !stop {
				repl = k
			}
			break
		}
		out := make([]int, 0, len(tgts))
		out = append(out, tgts[:n]...)
		if repl >= 0 && !slices.Contains(tgts, repl) {
			out = append(out, repl)
		}
		return append(out, tgts[n+1:]...)
	}
	return tgts
}

// backgroundNominal returns the token index of the "after", "before",
// "since" or "following" that opens the time adjunct a nominal trigger
// at head heads, past its owner and modifiers ("after Russia's
// invasion of Ukraine", "three months after the invasion"), or -1. Such
// an event is background: it happened at its own place and time, not
// at the main clause's (QA18 P-1).
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func backgroundNominal(toks []tok, head int) int {
	for k := head - 1; k >= 0 && k >= head-6; k-- {
		t := &toks[k]
		if t.punct && t.low != "'s" && t.low != "-" {
			return -1
		}
		switch t.low {
		case "after", "before", "since", "following":
			return k
		}
	}
	return -1
}

// backgroundPlaceDate returns the place and date of a background
// nominal event whose adjunct opens at token k: a place named before
// the adjunct is the main clause's and is dropped; the date is the one
// named inside the adjunct (to the next comma, semicolon or colon),
// else none (QA18 P-1).
func (c *Coder) backgroundPlaceDate(times []doc.Time, sent doc.Span, toks []tok, head, k int, place *doc.Place) (*doc.Place, string) {
	if place != nil && place.Span.End <= toks[k].start {
		place = nil
	}
	e := head
	for e+1 < len(toks) && !(toks[e+1].punct && (toks[e+1].low == "," || toks[e+1].low == ";" || toks[e+1].low == ":")) {
		e++
	}
	cl := doc.Span{Start: toks[k].start, End: toks[e].end}
	if !sent.Contains(cl) {
		return place, ""
	}
	return place, c.eventDate(times, cl, toks, head, toks[head].start, "")
}

// participleObjects are the present participles of a reduced relative
// clause after a group noun ("soldiers backing X", "protesters
// supporting X"); the name after them is their object.
var participleObjects = map[string]bool{"backing": true, "supporting": true, "opposing": true, "guarding": true,
	"protecting": true, "defending": true, "escorting": true, "accompanying": true, "representing": true}

// participleHead returns the actor that a reduced relative clause
// ("Soldiers backing Rajoelina stormed the palace") modifies, when the
// actor at s is that clause's object: the clause's head noun is the
// main verb's subject, not the participle's object; -1 otherwise
// (QA18 E-6).
func participleHead(toks []tok, acts []actor, s int) int {
	j := acts[s].t0 - 1
	if j > 0 && determiners.Has(toks[j].low) {
		j-- // "troops guarding the Iraqi embassy"
	}
	if j < 1 || !strings.HasSuffix(toks[j].low, "ing") || !participleObjects[toks[j].low] {
		return -1
	}
	for k := s - 1; k >= 0; k-- {
		if acts[k].t1 == j {
			return k
		}
		if acts[k].t1 < j {
			break
		}
	}
	return -1
}

// regionNouns head a definite description of a country by its region
// ("the Indian Ocean island", "the Gulf state", "the Himalayan
// kingdom").
var regionNouns = wordset.New("island", "nation", "kingdom", "archipelago", "emirate", "state", "country", "republic", "sultanate")

// regionNounWords is regionNouns as a needSet: a sentence without one
// of them is not scanned.
var regionNounWords = needSetOf(regionNouns)

// regionReferent puts over a definite description "the <Capitalised
// region> island/nation/state/kingdom …" that no actor covers the most
// recent country mentioned in the sentences before: wire copy names a
// country once and then varies ("suspended aid to the Indian Ocean
// island" after a sentence on Madagascar). The region words modify;
// they name no actor (QA18 E-9).
func regionReferent(d *doc.Doc, sent doc.Span, toks []tok, acts []actor) []actor {
	for k := 2; k < len(toks); k++ {
		if !toks[k-1].upper || toks[k].upper || !regionNouns.Has(toks[k].low) || k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].upper) {
			continue
		}
		j := k
		for j > 0 && toks[j-1].upper && !toks[j-1].punct {
			j--
		}
		if j == k || j == 0 || toks[j-1].low != "the" {
			continue
		}
		covered := false
		for i := range acts {
			if acts[i].t0 < k+1 && acts[i].t1 > j && !acts[i].place {
				covered = true
			}
		}
		if covered {
			continue
		}
		ctry, name := "", ""
		for mi := range d.Mentions {
			m := &d.Mentions[mi]
			if m.Span.Start >= sent.Start {
				break
			}
			if m.Type == doc.TypeCountry && m.Entity >= 0 && m.Entity < len(d.Entities) && d.Entities[m.Entity].Country != "" {
				ctry, name = d.Entities[m.Entity].Country, d.Entities[m.Entity].Name
			}
		}
		if ctry == "" {
			return acts
		}
		for i := range acts {
			if acts[i].t1 <= j && acts[i].country == ctry {
				return acts // "Madagascar … The Indian Ocean island's army": the subject itself
			}
		}
		out := acts[:0:0]
		for i := range acts {
			if acts[i].t0 >= j && acts[i].t1 <= k+1 {
				continue // the region's own place actor ("Indian Ocean")
			}
			out = append(out, acts[i])
		}
		return insertPersonAt(out, actor{id: ctry, name: name, country: ctry, code: ctry}, j, false)
	}
	return acts
}

// regionModifier reports whether the place p is the region modifier of
// a definite country description ("the Indian Ocean island", "the Gulf
// state"): the place is no event place there (QA18 E-9).
func regionModifier(toks []tok, p doc.Span) bool {
	t0, t1 := tokRange(toks, p)
	return t0 > 0 && t1 < len(toks) && toks[t0-1].low == "the" && !toks[t1].upper && regionNouns.Has(toks[t1].low) &&
		(t1+1 >= len(toks) || toks[t1+1].low != "of" && !toks[t1+1].upper)
}

// retreatModifiers before the noun "retreat" make it a meeting or a
// residence: "a Labour Party caucus retreat", "an annual retreat", "his
// mountain retreat".
var retreatModifiers = wordset.New("a", "an", "annual", "weekend", "caucus", "party", "cabinet", "leadership", "staff",
	"ministerial", "policy", "strategy", "summer", "winter", "spiritual", "mountain", "holiday", "presidential", "royal",
	"country", "corporate", "two-day", "three-day")

// nounRetreat reports whether the 0874 match's trigger is the noun
// "retreat(s)" after a determiner or a modifier of a meeting or a
// residence, no military retreat (QA18 E-5).
func nounRetreat(p *Pattern, toks []tok, m *match) bool {
	// (emit asks only for 0874: keep the code so)
	if p.Code != "0874" || m.head == 0 || !strings.HasPrefix(toks[m.head].low, "retreat") || strings.HasPrefix(toks[m.head].low, "retreated") {
		return false
	}
	return retreatModifiers.Has(toks[m.head-1].low)
}
