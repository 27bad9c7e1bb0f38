package doc

import (
	"fmt"
	"testing"
)

// TestRunsInTextOrder checks TimesIn, PlacesIn and QuotesNear on short
// lists (returned whole) and long ones (searched): every item starting in
// the range is in the run, and a long list's run holds nothing else.
func TestRunsInTextOrder(t *testing.T) {
	for _, n := range []int{0, 3, shortList, shortList + 1, 200} {
		var d Doc
		for i := range n {
			sp := Span{Start: 100 * i, End: 100*i + 10}
			d.Times = append(d.Times, Time{Span: sp})
			d.Places = append(d.Places, Place{Span: sp})
			d.Quotes = append(d.Quotes, Quote{Span: Span{Start: 1000 * i, End: 1000*i + 10}})
		}
		for _, s := range []Span{{0, 0}, {0, 250}, {95, 405}, {100, 101}, {19_950, 30_000}, {-5, 1 << 30}} {
			name := fmt.Sprintf("%d items, %v", n, s)
			var times []int
			for _, x := range d.TimesIn(s) {
				times = append(times, x.Span.Start)
			}
			var places []int
			for _, x := range d.PlacesIn(s) {
				places = append(places, x.Span.Start)
			}
			var want []int
			for i := range n {
				if st := 100 * i; st >= s.Start && st < s.End {
					want = append(want, st)
				}
			}
			checkRun(t, name+" times", times, want, n > shortList)
			checkRun(t, name+" places", places, want, n > shortList)
		}
		for _, r := range [][2]int{{0, 1}, {70_000, 70_001}, {150_000, 160_000}} {
			var got, want []int
			for _, q := range d.QuotesNear(r[0], r[1]) {
				got = append(got, q.Span.Start)
			}
			for i := range n {
				if st := 1000 * i; st >= r[0]-Lookback && st < r[1]+Lookback {
					want = append(want, st)
				}
			}
			checkRun(t, fmt.Sprintf("%d quotes near %v", n, r), got, want, n > shortList)
		}
	}
}

// checkRun reports a run that misses a wanted start, or, when exact,
// holds any other.
func checkRun(t *testing.T, name string, got, want []int, exact bool) {
	t.Helper()
	in := map[int]bool{}
	for _, g := range got {
		in[g] = true
	}
	for _, w := range want {
		if !in[w] {
			t.Errorf("%s: %d missing from the run %v", name, w, got)
			return
		}
	}
	if exact && len(got) != len(want) {
		t.Errorf("%s: run %v, want exactly %v", name, got, want)
	}
}
