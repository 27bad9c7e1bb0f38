// Package eval scores sitrep's stages against public gold corpora
// (TimeML, MEANTIME, brat standoff, …) and reports precision, recall and
// F1 per corpus.
package eval

import (
	"sort"

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
		if m.Value == g.Value {
			s.Value++
		}
		if m.Type == g.Type {
			s.Type++
		}
		if m.Value != g.Value || m.Span != g.Span {
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

func diffStart(d TimexDiff) int {
	if d.Gold != nil {
		return d.Gold.Span.Start
	}
	return d.System.Span.Start
}
