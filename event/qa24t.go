package event

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// sinceTally reports whether the time starting at byte offset start is
// the bound of a tally counted since then ("Separatists have killed 17
// soldiers since July", "more than 300 people have died since the war
// began in 2023"): "since" opens the phrase or clause of the time, a
// count stands before it in the sentence, and the trigger at token head
// is not inside the since-clause. The tally ran from that date up to
// the report, so its start does not date the event (QA24 T-1). Without
// a count ("has been under arrest since Friday") the bound is the
// start of the state and still dates it.
func sinceTally(toks []tok, start, head int) bool {
	ti := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if ti < 1 || ti >= len(toks) {
		return false
	}
	sk := -1
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].low == "since" {
			sk = k
			break
		}
	}
	if sk < 0 || sk < head && head < ti {
		return false
	}
	for k := sk - 1; k >= 0 && k >= sk-20; k-- {
		if toks[k].low == ";" {
			break
		}
		if tallyCount(toks, k) {
			return true
		}
	}
	for k := ti + 1; k < len(toks) && k <= ti+20; k++ {
		if toks[k].low == ";" {
			break
		}
		if tallyCount(toks, k) {
			return true // "Since January, militants have killed dozens"
		}
	}
	return false
}

// tallyCount reports whether token k is a count of things: digits that
// are not a year before a lower-case word ("17 soldiers", "1,200
// people", "the 28th person"), or a number word ("dozens", "twice"). An
// age or a house number ("Moore, 19, told", "1 Carrowclough") is none.
func tallyCount(toks []tok, k int) bool {
	w := toks[k].low
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20")) && k+1 < len(toks) && !toks[k+1].punct && !toks[k+1].upper
	}
	return tallyWords.Has(w)
}

// tallyWords are number words that count casualties or displaced people.
var tallyWords = wordset.Of(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
	dozens scores hundreds thousands millions tens twice times`)

// saidContentTime reports whether the time starting at byte offset start
// lies in the clause reported by the saying verb at token head, which
// the clause follows at once ("Aid workers said tribal fighting between
// May 24 and May 26 slowed …", "said that …"): the time is the reported
// event's, and the saying is dated by the article (QA24 T-3). A time or
// an adjunct right after the verb ("said Monday", "said on Monday",
// "said in a statement …", "said yesterday") is the saying's.
func saidContentTime(toks []tok, head, start int) bool {
	if head+1 >= len(toks) || !sayForms.Has(toks[head].low) {
		return false
	}
	n := &toks[head+1]
	if n.start >= start || n.punct {
		return false
	}
	if n.low == "that" {
		return true
	}
	if n.upper {
		// "said Schiff on March 6": a speaker after the verb, then
		// the saying's adjunct; "said Russia withdrew in 2016" reports
		k := head + 1
		for k < len(toks) && toks[k].upper && !toks[k].punct {
			k++
		}
		if k >= len(toks) || toks[k].punct || toks[k].is(wcPreposition) || sayTimeWords.Has(toks[k].low) {
			return false
		}
	}
	// "said separately on Monday", "said late on Monday": an adverb
	// before the saying's own time
	return !n.is(wcPreposition) && !sayTimeWords.Has(n.low) && !strings.HasSuffix(n.low, "ly")
}

// sayForms are the forms of "say" whose clause follows without an
// addressee.
var sayForms = wordset.Of("said says say")

// sayTimeWords open a time adjunct of the saying ("said Monday", "said
// yesterday", "said last week", "said this month").
var sayTimeWords = wordset.Of(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later
	late early last this next week month year weekend morning afternoon evening night
	following during after before amid at in on`)
