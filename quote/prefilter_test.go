package quote

import (
	"strings"
	"testing"
)

// TestMergedWordSets checks that commonWords and the reordered verbLike
// answer as the lookups they replace.
func TestMergedWordSets(t *testing.T) {
	words := []string{"the", "a", "officials", "minister", "president", "un", "people", "said", "talked",
		"according", "was", "is", "going", "xyzzy", "red", "bed", "several", "another", "Officials"}
	for _, set := range []map[string]bool{unnamedHeads, descHeads, indefinites, titleWords, nameTitleWords} {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		old := unnamedHeads[w] || descHeads[w] || indefinites[w] || w == "the" || titleWords[w]
		if commonWords[w] != old {
			t.Errorf("commonWords[%q] = %v, want %v", w, commonWords[w], old)
		}
		oldVerb := !indefinites[w] && (len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || w == "were" || w == "was" || w == "are" || w == "is")
		if verbLike(w) != oldVerb {
			t.Errorf("verbLike(%q) = %v, want %v", w, verbLike(w), oldVerb)
		}
	}
}

// TestQuoteRegionsOnePass checks that quoteRegions answers as the two
// doubleRegions readings it replaces (with nesting, else without).
func TestQuoteRegionsOnePass(t *testing.T) {
	texts := []string{
		`He said "we will win" and left.`,
		`“It is what he calls “hell” than anything,” she said.`,
		`“A stray “mark and an open quote`,
		`“Closed” and then “open to the end`,
		`No quotes at all here.`,
		`"One" "two" "three`,
		`“Outer “inner” outer” and “second”`,
		`“Outer “inner” still open`,
		`” A closing mark first “then open”`,
	}
	for _, text := range texts {
		f := &finder{text: text, low: strings.ToLower(text)}
		f.t = lexSpan(nil, text, f.low, 0, len(text))
		want := f.doubleRegions(0, len(f.t), true)
		if want == nil {
			want = f.doubleRegions(0, len(f.t), false)
		}
		got := f.quoteRegions(0, len(f.t))
		if len(got) != len(want) {
			t.Errorf("%q: quoteRegions = %v, want %v", text, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: quoteRegions = %v, want %v", text, got, want)
				break
			}
		}
	}
}

// TestContainsWordFields checks containsWord against the field split it
// does without a list.
func TestContainsWordFields(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"Foreign Minister", "minister", true},
		{"vice-president", "president", true},
		{"the minister's aide", "minister", true},
		{"the minister’s aide", "minister", true},
		{"  double  spaces--and hyphens ", "and", true},
		{"ministers", "minister", false},
		{"", "minister", false},
		{"- -", "", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.s, tt.w); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}
