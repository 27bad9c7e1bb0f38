package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// mapSentencesDef is mapSentences a token at a time, its definition.
func mapSentencesDef(toks []tok, sents []doc.Span, sent, lo, hi []int) {
	si := 0
	for i := range toks {
		ts := toks[i].s
		for si < len(sents) && sents[si].End <= ts {
			si++
		}
		s := -1
		if si < len(sents) && sents[si].Start <= ts {
			s = si
			if lo[s] < 0 {
				lo[s] = i
			}
			hi[s] = i + 1
		}
		sent[i] = s
	}
}

// TestMapSentences checks mapSentences against its definition on
// segmented texts and on sentence lists that are not segment's (gaps,
// overlaps, empty and unordered spans, tokens out of order).
func TestMapSentences(t *testing.T) {
	text := "He said. “We will go,” she said.\n\nNew paragraph here. And more (x) words"
	low := segment.LowerASCII(text)
	var toks []tok
	for _, p := range segment.Paragraphs(text) {
		toks = lexSpan(toks, text, low, p.Start, p.End)
	}
	shuffled := append([]tok(nil), toks...)
	shuffled[2], shuffled[7] = shuffled[7], shuffled[2]
	for name, c := range map[string]struct {
		toks  []tok
		sents []doc.Span
	}{
		"segment":   {toks, segment.Sentences(text)},
		"gaps":      {toks, []doc.Span{{Start: 3, End: 8}, {Start: 20, End: 30}, {Start: 50, End: 60}}},
		"overlap":   {toks, []doc.Span{{Start: 0, End: 20}, {Start: 10, End: 40}, {Start: 30, End: 35}}},
		"empty":     {toks, []doc.Span{{Start: 5, End: 5}, {Start: 6, End: 90}}},
		"unordered": {toks, []doc.Span{{Start: 40, End: 80}, {Start: 0, End: 10}}},
		"tokens":    {shuffled, segment.Sentences(text)},
		"none":      {toks, nil},
	} {
		n, m := len(c.toks), len(c.sents)
		got, gotLo, gotHi := make([]int, n), make([]int, m), make([]int, m)
		want, wantLo, wantHi := make([]int, n), make([]int, m), make([]int, m)
		for k := range m {
			gotLo[k], wantLo[k] = -1, -1
		}
		mapSentences(c.toks, c.sents, got, gotLo, gotHi)
		mapSentencesDef(c.toks, c.sents, want, wantLo, wantHi)
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%s: token %d in sentence %d; want %d", name, k, got[k], want[k])
			}
		}
		for k := range m {
			if gotLo[k] != wantLo[k] || gotHi[k] != wantHi[k] {
				t.Errorf("%s: sentence %d tokens [%d,%d); want [%d,%d)", name, k, gotLo[k], gotHi[k], wantLo[k], wantHi[k])
			}
		}
		if name == "tokens" {
			continue // not in order: mapSentencesSorted does not apply
		}
		// mapSentencesSorted answers as mapSentences for tokens in order,
		// whatever the sentences
		got, gotLo, gotHi = make([]int, n), make([]int, m), make([]int, m)
		for k := range m {
			gotLo[k] = -1
		}
		mapSentencesSorted(c.toks, c.sents, got, gotLo, gotHi)
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%s (sorted): token %d in sentence %d; want %d", name, k, got[k], want[k])
			}
		}
		for k := range m {
			if gotLo[k] != wantLo[k] || gotHi[k] != wantHi[k] {
				t.Errorf("%s (sorted): sentence %d tokens [%d,%d); want [%d,%d)", name, k, gotLo[k], gotHi[k], wantLo[k], wantHi[k])
			}
		}
	}
}

// TestMarksIn checks marksIn: a range holds a mark when one of the noted
// indexes is in it, and any range may when the marks are not known.
func TestMarksIn(t *testing.T) {
	f := &finder{marks: []int32{3, 9, 10}, marksKnown: true}
	for _, c := range []struct {
		lo, hi int
		want   bool
	}{{0, 3, false}, {0, 4, true}, {4, 9, false}, {9, 10, true}, {10, 11, true}, {11, 40, false}, {5, 5, false}} {
		if got := f.marksIn(c.lo, c.hi); got != c.want {
			t.Errorf("marksIn(%d, %d) = %v; want %v", c.lo, c.hi, got, c.want)
		}
	}
	f.marksKnown = false
	if !f.marksIn(11, 40) {
		t.Error("marksIn with the marks unknown = false; want true")
	}
}
