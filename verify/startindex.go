package verify

import (
	"slices"

	"github.com/sitrep-project/sitrep/doc"
)

// startIndex lists the indices of a document's spans (mentions or role
// claims) by span start, equal starts in slice order, so that a lookup of
// the spans starting at or near an offset reads only those instead of
// every span of a long document.
type startIndex struct {
	order  []int32
	starts []int // starts[k] is the start of span order[k]
	maxLen int   // the longest span's length
}

// newStartIndex indexes n spans, span(i) being the i-th.
func newStartIndex(n int, span func(int) doc.Span) *startIndex {
	x := &startIndex{order: make([]int32, n), starts: make([]int, n)}
	sorted := true // the spans are mostly in order already: no sort then
	for i := range x.order {
		x.order[i] = int32(i)
		sorted = sorted && (i == 0 || span(i-1).Start <= span(i).Start)
	}
	if !sorted {
		slices.SortStableFunc(x.order, func(a, b int32) int { return span(int(a)).Start - span(int(b)).Start })
	}
	for k, i := range x.order {
		sp := span(int(i))
		x.starts[k] = sp.Start
		x.maxLen = max(x.maxLen, sp.Len())
	}
	return x
}

// between returns the indices of the spans starting in [lo, hi], by
// start.
func (x *startIndex) between(lo, hi int) []int32 {
	a, _ := slices.BinarySearch(x.starts, lo)
	b := a
	for b < len(x.starts) && x.starts[b] <= hi {
		b++
	}
	return x.order[a:b]
}

// around returns the indices of the spans that may contain s: those
// starting in [s.End-maxLen, s.Start], by start.
func (x *startIndex) around(s doc.Span) []int32 {
	return x.between(s.End-x.maxLen, s.Start)
}

// mentionStarts and claimStarts return the checker's indices of the
// document's mentions and role claims, built on first use.
func (c *checker) mentionStarts() *startIndex {
	if c.mentionIx == nil {
		c.mentionIx = newStartIndex(len(c.d.Mentions), func(i int) doc.Span { return c.d.Mentions[i].Span })
	}
	return c.mentionIx
}

func (c *checker) claimStarts() *startIndex {
	if c.claimIx == nil {
		c.claimIx = newStartIndex(len(c.d.RoleClaims), func(i int) doc.Span { return c.d.RoleClaims[i].Span })
	}
	return c.claimIx
}
