package verify

import (
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// An ival is a closed interval of days; a zero lo is open to the past, a
// zero hi open to the future.
type ival struct {
	lo, hi kb.Date
}

// loose returns the widest interval of days a period can denote: a role
// ending "2006" may have lasted to 2006-12-31.
func loose(p kb.Period) ival {
	return ival{lo: p.Start.First(), hi: p.End.Last()}
}

func (v ival) contains(day kb.Date) bool {
	return (v.lo.IsZero() || day.Compare(v.lo) >= 0) && (v.hi.IsZero() || day.Compare(v.hi) <= 0)
}

// intersect returns v ∩ o and whether it is non-empty.
func (v ival) intersect(o ival) (ival, bool) {
	r := v
	if r.lo.IsZero() || (!o.lo.IsZero() && o.lo.Compare(r.lo) > 0) {
		r.lo = o.lo
	}
	if r.hi.IsZero() || (!o.hi.IsZero() && o.hi.Compare(r.hi) < 0) {
		r.hi = o.hi
	}
	ok := r.lo.IsZero() || r.hi.IsZero() || r.lo.Compare(r.hi) <= 0
	return r, ok
}

// covers reports whether v contains all of o.
func (v ival) covers(o ival) bool {
	loOK := v.lo.IsZero() || (!o.lo.IsZero() && o.lo.Compare(v.lo) >= 0)
	hiOK := v.hi.IsZero() || (!o.hi.IsZero() && o.hi.Compare(v.hi) <= 0)
	return loOK && hiOK
}

func (v ival) String() string { return periodText(v.lo, v.hi) }

func anyContains(vs []ival, day kb.Date) bool {
	for _, v := range vs {
		if v.contains(day) {
			return true
		}
	}
	return false
}

func anyIntersects(vs []ival, w ival) bool {
	for _, v := range vs {
		if _, ok := v.intersect(w); ok {
			return true
		}
	}
	return false
}

func anyCovers(vs []ival, w ival) bool {
	for _, v := range vs {
		if v.covers(w) {
			return true
		}
	}
	return false
}

func nextDay(d kb.Date) kb.Date { return kb.DateOf(d.Time().AddDate(0, 0, 1)) }

// minDay and maxDay stand for the open ends in the sweep.
var (
	minDay = kb.Date{Year: 1, Month: 1, Day: 1}
	maxDay = kb.Date{Year: 9999, Month: 12, Day: 31}
)

// bestWindow finds the intervals of days satisfied by the greatest
// weight of claims (each claim is satisfied on the union of its
// intervals). It returns every maximal stretch reaching that weight, in
// time order (several when a person held the office in several terms),
// and the weight.
func bestWindow(sets [][]ival, weights []float64) ([]ival, float64) {
	type edge struct {
		at    time.Time
		delta float64
	}
	var edges []edge
	for si, set := range sets {
		wt := weights[si]
		for _, v := range mergeIvals(set) {
			lo, hi := v.lo, v.hi
			if lo.IsZero() {
				lo = minDay
			}
			if hi.IsZero() {
				hi = maxDay
			}
			edges = append(edges, edge{lo.Time(), wt}, edge{nextDay(hi).Time(), -wt})
		}
	}
	if len(edges) == 0 {
		return nil, 0
	}
	sort.Slice(edges, func(i, j int) bool {
		if !edges[i].at.Equal(edges[j].at) {
			return edges[i].at.Before(edges[j].at)
		}
		return edges[i].delta < edges[j].delta
	})
	const eps = 1e-9
	best, count := 0.0, 0.0
	type run struct{ lo, hi time.Time }
	var runs []run
	for i := 0; i < len(edges); {
		at := edges[i].at
		for i < len(edges) && edges[i].at.Equal(at) {
			count += edges[i].delta
			i++
		}
		if i == len(edges) {
			break
		}
		end := edges[i].at.AddDate(0, 0, -1)
		switch {
		case count > best+eps:
			best, runs = count, append(runs[:0], run{at, end})
		case count > best-eps && best > eps:
			// A stretch right after another of the same weight holds
			// other claims (edges fell between them): a claim ending the
			// day before another begins, as at a handover. It is a
			// stretch of its own, never merged into the one before.
			runs = append(runs, run{at, end})
		}
	}
	out := make([]ival, 0, len(runs))
	for _, r := range runs {
		w := ival{lo: kb.DateOf(r.lo), hi: kb.DateOf(r.hi)}
		if w.lo == minDay {
			w.lo = kb.Date{}
		}
		if w.hi == maxDay {
			w.hi = kb.Date{}
		}
		out = append(out, w)
	}
	return out, best
}

// hull returns the smallest interval holding every one of runs (in time
// order).
func hull(runs []ival) ival {
	if len(runs) == 0 {
		return ival{}
	}
	return ival{lo: runs[0].lo, hi: runs[len(runs)-1].hi}
}

// mergeIvals merges overlapping intervals of one claim so that a claim
// counts once per day.
func mergeIvals(vs []ival) []ival {
	if len(vs) < 2 {
		return vs
	}
	cp := append([]ival(nil), vs...)
	key := func(d kb.Date, open kb.Date) kb.Date {
		if d.IsZero() {
			return open
		}
		return d
	}
	sort.Slice(cp, func(i, j int) bool { return key(cp[i].lo, minDay).Compare(key(cp[j].lo, minDay)) < 0 })
	out := []ival{cp[0]}
	for _, v := range cp[1:] {
		last := &out[len(out)-1]
		lastHi := key(last.hi, maxDay)
		if key(v.lo, minDay).Compare(nextDay(lastHi)) <= 0 {
			if key(v.hi, maxDay).Compare(lastHi) > 0 {
				last.hi = v.hi
			}
			continue
		}
		out = append(out, v)
	}
	return out
}

// dateWindow turns a window into its contract form.
// toldWindow gives an undated article that no role claim dates the
// window its own dates allow: from the latest day it states, with the
// year written, in a sentence that does not look ahead (or from January
// 1st of the latest past year it names), open-ended ("Lukashenko was
// declared the winner of the August 9, 2020 election … on August 19" is
// of 2020-08-19 or later). The window is reported only: with no role
// claim behind it, it does not date statements or relation claims.
func (c *checker) toldWindow() {
	var lo kb.Date
	if y := c.latestPastYear(); y > 0 {
		lo = kb.Date{Year: y, Month: 1, Day: 1}
	}
	if d, ok := c.latestToldDay(); ok && d.Compare(lo) > 0 {
		lo = d
	}
	if !lo.IsZero() {
		c.d.DateWindow = dateWindow(ival{lo: lo}, true, nil)
	}
}

func dateWindow(w ival, consistent bool, alts []ival) *doc.DateWindow {
	dw := &doc.DateWindow{From: dateString(w.lo), To: dateString(w.hi), Consistent: consistent}
	if len(alts) > 1 {
		for _, a := range alts {
			dw.Alternatives = append(dw.Alternatives, doc.DateWindow{From: dateString(a.lo), To: dateString(a.hi), Consistent: consistent})
		}
	}
	return dw
}

// altsText names the alternative stretches of an ambiguous window.
func altsText(alts []ival) string {
	parts := make([]string, len(alts))
	for i, a := range alts {
		parts[i] = a.String()
	}
	return strings.Join(parts, " or ")
}
