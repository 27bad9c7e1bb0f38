package topic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// namedByScan is the per-word test markNamed replaces: drop the spans
// that end at or before the word's start, and the word is named when
// the first span left starts at or before it.
func namedByScan(words []word, named []doc.Span) []bool {
	out := make([]bool, len(words))
	for i, wd := range words {
		for len(named) > 0 && named[0].End <= wd.start {
			named = named[1:]
		}
		out[i] = len(named) > 0 && named[0].Start <= wd.start
	}
	return out
}

func wordsAt(starts ...int) []word {
	ws := make([]word, len(starts))
	for i, s := range starts {
		ws[i] = word{start: s, end: s + 3}
	}
	return ws
}

func TestMarkNamed(t *testing.T) {
	tests := []struct {
		name  string
		words []word
		named []doc.Span
		want  []bool
	}{
		{"none", wordsAt(0, 4, 8), nil, []bool{false, false, false}},
		{"one span", wordsAt(0, 4, 8, 12), []doc.Span{{Start: 4, End: 11}}, []bool{false, true, true, false}},
		{"span ends at a word's start", wordsAt(0, 4, 8), []doc.Span{{Start: 0, End: 4}}, []bool{true, false, false}},
		{"word starts inside, ends after", wordsAt(0, 4, 8), []doc.Span{{Start: 3, End: 5}}, []bool{false, true, false}},
		{"empty span", wordsAt(0, 4, 8), []doc.Span{{Start: 4, End: 4}, {Start: 8, End: 9}}, []bool{false, false, true}},
		{"adjacent spans", wordsAt(0, 4, 8, 12), []doc.Span{{Start: 0, End: 4}, {Start: 4, End: 8}, {Start: 12, End: 20}}, []bool{true, true, false, true}},
		{"span between words", wordsAt(0, 8), []doc.Span{{Start: 4, End: 6}}, []bool{false, false}},
		{"span past the words", wordsAt(0, 4), []doc.Span{{Start: 10, End: 20}}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			markNamed(tt.words, tt.named)
			for i, wd := range tt.words {
				if wd.named != tt.want[i] {
					t.Errorf("word %d (at %d): named %v, want %v", i, wd.start, wd.named, tt.want[i])
				}
			}
			ref := namedByScan(tt.words, tt.named)
			for i := range ref {
				if ref[i] != tt.want[i] {
					t.Errorf("case is wrong: the per-word scan says %v for word %d", ref[i], i)
				}
			}
		})
	}
}

// TestMarkNamedScan checks markNamed against the per-word scan on
// random words and sorted, merged spans, as namedSpans returns them.
func TestMarkNamedScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var starts []int
		for p := r.IntN(3); p < 60; p += 1 + r.IntN(6) {
			starts = append(starts, p)
		}
		var spans []doc.Span
		for p := r.IntN(10); p < 70; {
			sp := doc.Span{Start: p, End: p + r.IntN(12)}
			spans = appendMerged(spans, sp)
			p = max(p, sp.End) + r.IntN(10)
		}
		ws := wordsAt(starts...)
		markNamed(ws, spans)
		want := namedByScan(ws, spans)
		for i := range ws {
			if ws[i].named != want[i] {
				t.Fatalf("words at %v, spans %v: word %d named %v, want %v", starts, spans, i, ws[i].named, want[i])
			}
		}
	}
}

// altsByScan is the per-word test markAlts replaces: a word with a
// byte outside ASCII gets its strings.ToLower in alts.
func altsByScan(text string, words []word) (alts []string, alt []int32) {
	alt = make([]int32, len(words))
	for i, wd := range words {
		for k := wd.start; k < wd.end; k++ {
			if text[k] >= 0x80 {
				alts = append(alts, strings.ToLower(text[wd.start:wd.end]))
				alt[i] = int32(len(alts))
				break
			}
		}
	}
	return alts, alt
}

func TestMarkAlts(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"plain ASCII words only", nil},
		{"Größe und Öl", []string{"größe", "öl"}},
		{"“Quoted” words — dashes … between", nil},
		{"São Paulo’s mayor, Zürich", []string{"são", "zürich"}},
		{"ÉCOLE", []string{"école"}},
		{"x é", []string{"é"}},
	}
	for _, tt := range tests {
		var ws []word
		for i := 0; i < len(tt.text); {
			r, n := utf8.DecodeRuneInString(tt.text[i:])
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
			j := i
			for j < len(tt.text) {
				r, n := utf8.DecodeRuneInString(tt.text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			ws = append(ws, word{start: i, end: j})
			i = j
		}
		wt := wordText{text: tt.text}
		wt.markAlts(ws)
		if !slices.Equal(wt.alts, tt.want) {
			t.Errorf("%q: alts %q, want %q", tt.text, wt.alts, tt.want)
		}
		alts, alt := altsByScan(tt.text, ws)
		if !slices.Equal(alts, wt.alts) {
			t.Errorf("%q: alts %q, the per-word scan %q", tt.text, wt.alts, alts)
		}
		for i := range ws {
			if ws[i].alt != alt[i] {
				t.Errorf("%q: word %d alt %d, the per-word scan %d", tt.text, i, ws[i].alt, alt[i])
			}
		}
	}
}
