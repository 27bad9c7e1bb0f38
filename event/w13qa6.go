package event

import (
	"sort"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// appositionAside reports whether the time starting at byte offset start,
// before the trigger at token head, lies in an apposition set off by
// commas after a name ("Obama, the first sitting U.S. president to visit
// the island since Calvin Coolidge in 1928, said …"): the aside describes
// the name and its time dates no later trigger (W13 QA6: Cuba).
func appositionAside(toks []tok, start, head int) bool {
	ti := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if ti < 2 || ti >= head {
		return false
	}
	closed := false
	for i := ti + 1; i < head; i++ {
		if toks[i].low == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := ti - 1; k >= 1 && k >= ti-16; k-- {
		if toks[k].low == "," {
			n := toks[k+1].low
			return (n == "the" || n == "a" || n == "an") && toks[k-1].upper && !toks[k-1].punct
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// laterReport reports whether a report verb joined by "and" stands
// between the trigger at token head and the time starting at byte offset
// start ("welcomed the agreement and said the sanctions imposed on Eritrea
// in 2009 …"): the time is the later report's or its content's, not the
// trigger's (W13 QA6: Ethiopia–Eritrea).
func laterReport(toks []tok, head, start int) bool {
	for i := head + 1; i+1 < len(toks) && toks[i+1].start < start; i++ {
		if toks[i].low == "and" && toks[i+1].is(wcReportVerb) {
			return true
		}
	}
	return false
}

// crimeOfAfter reports whether the tokens from i name a crime and its
// victim: "(connection with) the assassination of", "the killing of", "the
// attack on". After "in" behind an arrest or a charge, the victim named
// there is the crime's, not the arrest's (W13 QA6: Haiti).
func crimeOfAfter(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		if toks[k].punct {
			return false
		}
		if crimeNouns.Has(toks[k].low) {
			return k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "on")
		}
	}
	return false
}

// crimeNouns are nouns of a crime against a person or a place.
var crimeNouns = wordset.New("assassination", "killing", "killings", "murder", "murders", "death", "deaths", "attack", "attacks", "bombing", "bombings", "kidnapping", "abduction", "shooting")
