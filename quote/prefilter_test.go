package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/segment"
)

// TestMergedWordSets checks that commonWords and the reordered verbLike
// answer as the lookups they replace.
func TestMergedWordSets(t *testing.T) {
	words := []string{"the", "a", "officials", "minister", "president", "un", "people", "said", "talked",
		"according", "was", "is", "going", "xyzzy", "red", "bed", "several", "another", "Officials"}
	for _, set := range []*wordset.Set{unnamedHeads, descHeads, indefinites, titleWords, nameTitleWords} {
		for w := range set.All() {
			words = append(words, w)
		}
	}
	for _, w := range words {
		old := unnamedHeads.Has(w) || descHeads.Has(w) || indefinites.Has(w) || w == "the" || titleWords.Has(w)
		if commonWords.Has(w) != old {
			t.Errorf("commonWords[%q] = %v, want %v", w, commonWords.Has(w), old)
		}
		oldVerb := !indefinites.Has(w) && (len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || w == "were" || w == "was" || w == "are" || w == "is")
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

// TestMayReport checks the length and first-byte prefilter before
// reportWord: it lets every report word through and turns away common
// words that report nothing.
func TestMayReport(t *testing.T) {
	var words []string
	for _, set := range []*wordset.Set{cues, participles, progressives} {
		for w := range set.All() {
			words = append(words, w)
		}
	}
	words = append(words, "according", "quoted")
	for _, w := range words {
		if !mayReport(w) {
			t.Errorf("mayReport(%q) = false for a report word", w)
		}
		if !reportWord(w) {
			t.Errorf("reportWord(%q) = false for a report word", w)
		}
	}
	for _, w := range []string{"", "the", "of", "government", "xyzzy", strings.Repeat("s", 40)} {
		if mayReport(w) && reportWord(w) {
			t.Errorf("%q passes as a report word", w)
		}
	}
	if mayReport("the") || mayReport("government") {
		t.Errorf("mayReport lets \"the\" or \"government\" through: the prefilter filters nothing")
	}
}

// TestLexSpanWords checks the word loop of lexSpan on words joined by
// apostrophes, hyphens, dots, thousands commas and non-ASCII letters,
// and on a span that ends inside the text.
func TestLexSpanWords(t *testing.T) {
	tests := []struct {
		text  string
		e     int // span end; 0 means the whole text
		words []string
	}{
		{text: "Iran's al-Assad said 10,000 U.S troops", words: []string{"iran's", "al-assad", "said", "10,000", "u.s", "troops"}},
		{text: "Zürich’s mayor, São Paulo", words: []string{"zürich’s", "mayor", ",", "são", "paulo"}},
		{text: "one two three", e: 7, words: []string{"one", "two"}},
		{text: "end-", words: []string{"end", "-"}},
		{text: "x.y.z. done", words: []string{"x.y.z", ".", "done"}},
	}
	for _, tt := range tests {
		e := tt.e
		if e == 0 {
			e = len(tt.text)
		}
		low := strings.ToLower(tt.text)
		var got []string
		for _, tk := range lexSpan(nil, tt.text, low, 0, e) {
			got = append(got, tk.w)
		}
		if strings.Join(got, "|") != strings.Join(tt.words, "|") {
			t.Errorf("lexSpan(%q, 0, %d) = %q, want %q", tt.text, e, got, tt.words)
		}
	}
}

// TestReportWordsMerged checks that reportWord's and reportFlags' one
// merged table answers as the lists it merges, for their words and for
// the words of other lists.
func TestReportWordsMerged(t *testing.T) {
	var words []string
	for _, set := range []*wordset.Set{cues, participles, progressives, namingVerbs, commonWords, objectCues, beForms, determiners} {
		for w := range set.All() {
			words = append(words, w)
		}
	}
	words = append(words, "according", "quoted", "accord", "quote", "", "x", "Said")
	for _, w := range words {
		want := cues.Has(w) || participles.Has(w) || progressives.Has(w) || w == "according" || w == "quoted"
		if got := reportWord(w); got != want {
			t.Errorf("reportWord(%q) = %v, want %v", w, got, want)
		}
		if !mayReport(w) {
			continue
		}
		if report, naming, cue := reportFlags(w); report != want || naming != namingVerbs.Has(w) || cue != cues.Has(w) {
			t.Errorf("reportFlags(%q) = %v, %v, %v, want %v, %v, %v", w, report, naming, cue, want, namingVerbs.Has(w), cues.Has(w))
		}
	}
}

// TestNamingFlag checks that lexing marks exactly the naming verbs
// (tok.naming), which namingReport reads instead of namingVerbs, through
// both lexers, whatever the case of the word.
func TestNamingFlag(t *testing.T) {
	text := "Russia Called the reports a provocation; Kyiv called it a lie, calls them fake and Terms it, labelled labeled termed branded brands the call."
	low := segment.LowerASCII(text)
	var notes lexNotes
	fast, _ := lexTokens(nil, text, low, 0, len(text), segment.Tokens(text), 0, &notes)
	for name, toks := range map[string][]tok{"lexSpan": lexSpan(nil, text, low, 0, len(text)), "lexTokens": fast} {
		n := 0
		for _, tk := range toks {
			want := tk.kind == tWord && namingVerbs.Has(tk.w)
			if tk.naming != want {
				t.Errorf("%s: %q naming = %v, want %v", name, text[tk.s:tk.e], tk.naming, want)
			}
			if tk.naming {
				n++
			}
		}
		if n != 9 {
			t.Errorf("%s: %d naming verbs, want 9", name, n)
		}
	}
	for w := range namingVerbs.All() {
		if !mayReport(w) {
			t.Errorf("mayReport(%q) = false for a naming verb", w)
		}
	}
}

// TestCueFlag checks that lexing notes cues.Has of every token's word
// (tok.cue), which the passes read instead of cues, through both
// lexers, and that a name unflagged as "Said" is no cue.
func TestCueFlag(t *testing.T) {
	text := "Edward Said said on Tuesday, Officials Told reporters, he added: \"It's over,\" AND Announced, stressing what they STATED, according to them, and the saidz."
	low := segment.LowerASCII(text)
	var notes lexNotes
	fast, _ := lexTokens(nil, text, low, 0, len(text), segment.Tokens(text), 0, &notes)
	n := 0
	for name, toks := range map[string][]tok{"lexSpan": lexSpan(nil, text, low, 0, len(text)), "lexTokens": fast} {
		for _, tk := range toks {
			if want := cues.Has(tk.w); tk.cue != want {
				t.Errorf("%s: %q cue = %v, want %v", name, text[tk.s:tk.e], tk.cue, want)
			}
			if tk.cue {
				n++
			}
		}
	}
	if n == 0 {
		t.Errorf("no cue found")
	}
	// "Edward Said said": the name's token is unflagged, with its text
	// as written for w, and is no cue then
	f := &finder{d: &doc.Doc{Text: text}, text: text, low: low, t: fast, flagged: notes.flagged}
	f.unflagNames()
	unflagged := false
	for _, tk := range f.t {
		if want := cues.Has(tk.w); tk.cue != want {
			t.Errorf("after unflagNames: %q cue = %v, want %v", text[tk.s:tk.e], tk.cue, want)
		}
		unflagged = unflagged || tk.w == "Said"
	}
	if !unflagged {
		t.Errorf("the name Said is not unflagged")
	}
}
