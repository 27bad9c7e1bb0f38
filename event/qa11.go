package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Rules added after the eleventh QA reading (session 7). They are kept in
// this file, apart from the older rules, so that parallel work on emit.go
// merges cleanly.

// cityActor reports an actor that is a city or other sub-national place
// rather than a state (a KB place id, or a gazetteer name whose id is not
// its country's code): in "was arrested in Tehran" the city is where the
// arrest happened, not who made it (QA11 E-3).
func cityActor(a actor) bool {
	return strings.HasPrefix(a.id, "place.") || a.country != "" && a.id != a.country && !a.person && a.sector == ""
}

// homeCountry returns the country a story is set in, as far as the text up
// to the end of sentence sent shows: the country of most of the places
// named so far, when at least two places name it and it holds a strict
// majority; else "". "The government" in a story set in Turkey is Turkey's
// (QA11 E-9). Called only for a bare "the government", so the loop over
// the places costs nothing on other sentences.
func homeCountry(d *doc.Doc, sent doc.Span) string {
	var ctry [8]string
	var cnt [8]int
	n, total := 0, 0
	for i := range d.Places {
		p := &d.Places[i]
		if p.Country == "" || p.Span.Start >= sent.End {
			continue
		}
		total++
		k := 0
		for k < n && ctry[k] != p.Country {
			k++
		}
		if k == n {
			if n == len(ctry) {
				continue
			}
			ctry[n] = p.Country
			n++
		}
		cnt[k]++
	}
	best := -1
	for k := 0; k < n; k++ {
		if best < 0 || cnt[k] > cnt[best] {
			best = k
		}
	}
	if best < 0 || cnt[best] < 2 || 2*cnt[best] <= total {
		return ""
	}
	return ctry[best]
}

// objectOfVerbOrPrep reports whether the word before "the government"
// makes it an object ("accused the government", "with the government")
// rather than a coordinated noun ("between X and the government") or a
// clause-opening subject.
func objectOfVerbOrPrep(t tok) bool {
	return !t.punct && t.low != "and" && t.low != "or" && t.low != "nor" && t.low != "between"
}

// appositiveParticiple reports, between the trigger at token head and
// the byte offset end, an appositive with a reduced relative clause
// about the object: ", a|an|the <up to 4 words> <participle> <preposition>"
// ("released Vadim Krasikov, a Russian agent convicted of murdering an
// exile in a Berlin park in 2019"). A time or place after it is the
// participle's, not the event's (QA11 E-6), unless punctuation closes the
// appositive before it.
func appositiveParticiple(toks []tok, head, end int) bool {
	for i := head + 1; i+2 < len(toks) && toks[i].start < end; i++ {
		if toks[i].low != "," {
			continue
		}
		if d := toks[i+1].low; d != "a" && d != "an" && d != "the" {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+6 && toks[k].start < end; k++ {
			t := &toks[k]
			if t.punct || t.is(wcBeForm) {
				break
			}
			if k > i+2 && k+1 < len(toks) && isParticiple(t.low) && toks[k+1].is(wcPreposition) {
				// the appositive runs on to end unless a comma closes
				// it first ("X, a teacher accused of spying, in Cairo")
				for j := k + 1; j < len(toks) && toks[j].start < end; j++ {
					if toks[j].punct {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// relativeBe reports a relative clause opening at token i with a form of
// "be" ("that was brokered by Turkey", "which were seized by"): a "by"
// agent after it belongs to that clause, not to the passive before it
// (QA11 E-13).
func relativeBe(toks []tok, i int) bool {
	switch toks[i].low {
	case "that", "which", "who":
		return i+1 < len(toks) && toks[i+1].is(wcBeForm)
	}
	return false
}

// pronounAfterTrigger reports a "him"/"her" object right after the
// trigger of m that "of"/"for" follows ("accusing him of …", "blamed
// her for …"): the person it repeats is the target, not an actor named
// later in the clause (QA11 E-5).
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func pronounAfterTrigger(toks []tok, m *match) bool {
	i := m.headEnd
	return i+1 < len(toks) && (toks[i].low == "him" || toks[i].low == "her") && (toks[i+1].low == "of" || toks[i+1].low == "for")
}

// participleAdjective reports a trigger of seizure or siege used as an
// adjective: "occupied", "annexed", "besieged", "blockaded" or "invaded"
// after a determiner or preposition, optionally with one adverb between
// ("children from occupied areas", "the besieged city", "in the
// illegally annexed peninsula"). It names a state of the noun, no act
// (QA11 E-5). Checked per match, not per token.
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

// reportedIrregular reports, between the report verb at token head and
// the byte offset end, the content clause's own verb in an irregular
// form right after its named subject ("said Russia withdrew its
// signature in 2016", "said he took office in 2019"): a time after it
// dates the content, not the statement (QA11 E-6). reportedContent
// covers regular "-ed" verbs, modals and "be".
func reportedIrregular(toks []tok, head, end int) bool {
	if !toks[head].is(wcReportVerb) {
		return false
	}
	for i := head + 2; i < len(toks) && toks[i].start < end; i++ {
		t := &toks[i]
		if t.punct {
			return false
		}
		if !t.upper && t.is(wcIrregular) && (toks[i-1].upper && !toks[i-1].punct || toks[i-1].is(wcPronoun)) {
			return true
		}
	}
	return false
}
