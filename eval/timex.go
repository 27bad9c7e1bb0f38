// Package eval scores sitrep's stages against public gold corpora
// (TimeML, MEANTIME, brat standoff, …) and reports precision, recall and
// F1 per corpus.
package eval

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// A TimexScore counts the agreement of system and gold temporal
// expressions, TempEval-3 style: extents match strictly (same span) or
// relaxed (overlap, one-to-one), and a relaxed match counts for value F1
// when the TIMEX3 values are equal. The zero value is an empty score.
type TimexScore struct {
	Docs    int
	Gold    int // gold expressions
	System  int // system expressions (outside ignored spans)
	Strict  int // exact-extent matches
	Relaxed int // overlapping matches
	Value   int // overlapping matches with equal values
	Type    int // overlapping matches with equal types
}

// Add adds o's counts to s.
func (s *TimexScore) Add(o TimexScore) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.System += o.System
	s.Strict += o.Strict
	s.Relaxed += o.Relaxed
	s.Value += o.Value
	s.Type += o.Type
}

// StrictPRF returns precision, recall and F1 of exact extents.
func (s TimexScore) StrictPRF() (p, r, f float64) { return timexPRF(s.Strict, s.System, s.Gold) }

// RelaxedPRF returns precision, recall and F1 of overlapping extents.
func (s TimexScore) RelaxedPRF() (p, r, f float64) { return timexPRF(s.Relaxed, s.System, s.Gold) }

// ValuePRF returns precision, recall and F1 where a hit needs an
// overlapping extent and the same value.
func (s TimexScore) ValuePRF() (p, r, f float64) { return timexPRF(s.Value, s.System, s.Gold) }

// ValueAccuracy is the share of relaxed matches whose values agree.
func (s TimexScore) ValueAccuracy() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(s.Value) / float64(s.Relaxed)
}

// TypeAccuracy is the share of relaxed matches whose types agree.
func (s TimexScore) TypeAccuracy() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(s.Type) / float64(s.Relaxed)
}

// timexPRF scores tp matches among sys system and gold gold expressions.
func timexPRF(tp, sys, gold int) (p, r, f float64) { return prf(tp, sys-tp, gold-tp) }

// A TimexDiff is one disagreement, for error analysis: a missed gold
// expression (System nil), a spurious system one (Gold nil), or a match
// with a different value or extent.
type TimexDiff struct {
	Gold, System *doc.Time
}

// ScoreTimexes compares sys with gold for one document. System
// expressions overlapping an ignored span are dropped. It returns the
// score and the disagreements in text order.
func ScoreTimexes(gold, sys []doc.Time, ignore []doc.Span) (TimexScore, []TimexDiff) {
	var kept []doc.Time
	for _, t := range sys {
		drop := false
		for _, ig := range ignore {
			if ig.Overlaps(t.Span) {
				drop = true
				break
			}
		}
		if !drop {
			kept = append(kept, t)
		}
	}
	sys = kept
	s := TimexScore{Docs: 1, Gold: len(gold), System: len(sys)}
	used := make([]bool, len(sys))
	// Exact extents pair first, so that where gold expressions nest
	// ("from 2009 to 2011" and "2009") a system expression is not taken
	// by the outer one when it is exactly the inner one; the rest pair
	// with the first free overlapping system expression. Either way the
	// pairing is one-to-one.
	match := make([]int, len(gold))
	for gi := range gold {
		match[gi] = -1
		for si := range sys {
			if !used[si] && sys[si].Span == gold[gi].Span {
				match[gi], used[si] = si, true
				break
			}
		}
	}
	for gi := range gold {
		if match[gi] >= 0 {
			continue
		}
		for si := range sys {
			if !used[si] && sys[si].Span.Overlaps(gold[gi].Span) {
				match[gi], used[si] = si, true
				break
			}
		}
	}
	var diffs []TimexDiff
	for gi := range gold {
		g := &gold[gi]
		best := match[gi]
		if best < 0 {
			diffs = append(diffs, TimexDiff{Gold: g})
			continue
		}
		m := &sys[best]
		s.Relaxed++
		if m.Span == g.Span {
			s.Strict++
		}
		if TimexValueEqual(m.Value, g.Value) {
			s.Value++
		}
		if m.Type == g.Type {
			s.Type++
		}
		if !TimexValueEqual(m.Value, g.Value) || m.Span != g.Span {
			diffs = append(diffs, TimexDiff{Gold: g, System: m})
		}
	}
	for si := range sys {
		if !used[si] {
			diffs = append(diffs, TimexDiff{System: &sys[si]})
		}
	}
	sort.SliceStable(diffs, func(i, j int) bool { return diffStart(diffs[i]) < diffStart(diffs[j]) })
	return s, diffs
}

// TimexValueEqual reports whether two TIMEX3 values are the same value.
// Values are compared as strings after only these normalisations of
// equivalent notations, which the gold corpora mix within one corpus:
//
//   - a decade or century written with X for its unknown digits is the reduced
//     ISO 8601 form: "199X" = "199" (the 1990s), "19XX" = "19" (the
//     1900s);
//   - an ISO week number is two digits: "2000-W7" = "2000-W07",
//     "2000-W7-WE" = "2000-W07-WE";
//   - a half in the largest unit of a duration is the same span carried
//     into the next unit, which divides it exactly: "P2.5Y" = "P2Y6M",
//     "PT5.5H" = "PT5H30M", "PT1.5M" = "PT1M30S" (not "P1.5M": months
//     have no fixed number of days);
//   - a duration in one of TimeML's units outside ISO 8601 is the same
//     count of years or months: decades "P1E" = "P1DE" = "P10Y",
//     centuries "P2C" = "P2CE" = "P200Y", millennia "P2L" = "P2ML" =
//     "P2000Y", quarters "P3Q" = "P9M" (an unknown count stays unequal:
//     "PXE" is not "PXY");
//   - a clock time's UTC offset, when the other value has none, which is
//     how TimeML gold writes zoned times ("4 a.m. EDT" is "T04:00"):
//     "2000-04-06T04:00-04:00" = "2000-04-06T04:00", "T07:35Z" = "T07:35"
//     (two different offsets stay unequal).
//
// Nothing else is equated: "1989-XX" (some month of 1989) is not "1989",
// "PT24H" is not "P1D", and granularity differences stay errors.
func TimexValueEqual(a, b string) bool {
	return a == b || normTimexValue(a) == normTimexValue(b) || zonelessTime(a) == b || a == zonelessTime(b)
}

// zonelessTime returns a clock-time value without its UTC offset
// ("Z", "+05:30", "-04"), or v when it has none.
func zonelessTime(v string) string {
	t := strings.LastIndexByte(v, 'T')
	if t < 0 || t+3 > len(v) || v[t+1] < '0' || v[t+1] > '9' {
		return v
	}
	if v[len(v)-1] == 'Z' {
		return v[:len(v)-1]
	}
	if k := strings.IndexAny(v[t+1:], "+-"); k > 0 {
		return v[:t+1+k]
	}
	return v
}

func normTimexValue(v string) string {
	// "199X", "19XX": two or three digits padded with X to four
	if len(v) == 4 {
		d := 0
		for d < 4 && v[d] >= '0' && v[d] <= '9' {
			d++
		}
		x := d
		for x < 4 && v[x] == 'X' {
			x++
		}
		if d >= 2 && d < 4 && x == 4 {
			return v[:d]
		}
	}
	// "P2.5Y", "PT5.5H", "PT1.5M": a half carried into the next unit
	if n := len(v); n >= 5 && v[0] == 'P' && v[n-3:n-1] == ".5" {
		t := v[1] == 'T'
		num := v[1 : n-3]
		if t {
			num = v[2 : n-3]
		}
		digits := num != ""
		for k := 0; k < len(num); k++ {
			digits = digits && num[k] >= '0' && num[k] <= '9'
		}
		switch u := v[n-1]; {
		case !digits:
		case !t && u == 'Y':
			return "P" + num + "Y6M"
		case t && u == 'H':
			return "PT" + num + "H30M"
		case t && u == 'M':
			return "PT" + num + "M30S"
		}
	}
	// "P1E", "P2CE", "P3Q": decades, centuries, millennia and quarters
	// in years and months
	if len(v) >= 3 && v[0] == 'P' && v[1] >= '0' && v[1] <= '9' {
		d := 1
		for d < len(v) && v[d] >= '0' && v[d] <= '9' {
			d++
		}
		mul, unit := 0, ""
		switch v[d:] {
		case "E", "DE":
			mul, unit = 10, "Y"
		case "C", "CE":
			mul, unit = 100, "Y"
		case "L", "ML":
			mul, unit = 1000, "Y"
		case "Q":
			mul, unit = 3, "M"
		}
		if n, err := strconv.Atoi(v[1:d]); err == nil && mul > 0 && n < 1<<20 {
			return "P" + strconv.Itoa(n*mul) + unit
		}
	}
	// "2000-W7…": one-digit week
	if len(v) >= 7 && v[4] == '-' && v[5] == 'W' && v[6] >= '0' && v[6] <= '9' && (len(v) == 7 || v[7] < '0' || v[7] > '9') {
		return v[:6] + "0" + v[6:]
	}
	return v
}

func diffStart(d TimexDiff) int {
	if d.Gold != nil {
		return d.Gold.Span.Start
	}
	return d.System.Span.Start
}
