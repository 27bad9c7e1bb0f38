package quote

import (
	"fmt"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// lexTokensCases are texts where segment's tokens and this lexer's
// words part: joiners segment does not know (thousands commas after a
// word, "1990’s", "5é"), the dots of acronyms, apostrophes, hyphens
// before letters of other scripts, straight and doubled quote marks,
// white space segment makes tokens of (\v, \f).
var lexTokensCases = []string{
	`"We are ready," he said. “Hell” is 'here'.`,
	"Iran's U.S.-backed talks in the 1990’s and 1990s, 10,000 troops; a1,000 and 3.14 or 3.5",
	"al-Sisi x-ç 5é Erdoğan’s café x’ y’z ``Quoted,'' he said. ''Of course,'' she said",
	"p.m. e.g. U.S. U.K.'s end- well-known x.1 a.b.c 2,00 2,0000 1,234,567",
	"a\vb\fc\u00a0d\u2003e—f–g…h «Oui» „Ja“ »Nein« ‹x›",
	"word,\"next\" (\"open\") [\"x\"] ab'' cd``ef",
}

// TestLexTokensEqualsLexSpan checks that lexing over segment's tokens
// gives lexSpan's tokens, paragraph by paragraph, as Find uses it.
func TestLexTokensEqualsLexSpan(t *testing.T) {
	for _, text := range lexTokensCases {
		if err := compareLexers(text); err != nil {
			t.Error(err)
		}
	}
}

// TestLexTokensUntrustedTokens checks that tokens which are not
// segment's (shifted, missing, without Alnum) change nothing: only the
// Alnum flag is trusted.
func TestLexTokensUntrustedTokens(t *testing.T) {
	text := lexTokensCases[1]
	low := segment.LowerASCII(text)
	want := lexSpan(nil, text, low, 0, len(text))
	segs := segment.Tokens(text)
	for name, ts := range map[string][]doc.Token{
		"none":     nil,
		"half":     segs[:len(segs)/2],
		"no alnum": clearAlnum(segs),
		"every 2nd": func() (out []doc.Token) {
			for k := 0; k < len(segs); k += 2 {
				out = append(out, segs[k])
			}
			return out
		}(),
	} {
		var notes lexNotes
		got, _ := lexTokens(nil, text, low, 0, len(text), ts, 0, &notes)
		if d := diffToks(text, got, want); d != "" {
			t.Errorf("%s: %s", name, d)
		}
	}
}

func clearAlnum(ts []doc.Token) []doc.Token {
	out := append([]doc.Token(nil), ts...)
	for k := range out {
		out[k].Alnum = false
	}
	return out
}

// compareLexers lexes text's paragraphs with lexSpan and with lexTokens
// over segment's tokens and describes the first difference.
func compareLexers(text string) error {
	low := segment.LowerASCII(text)
	segs := segment.Tokens(text)
	var want, got []tok
	var notes lexNotes
	k := 0
	for _, p := range segment.Paragraphs(text) {
		want = lexSpan(want, text, low, p.Start, p.End)
		got, k = lexTokens(got, text, low, p.Start, p.End, segs, k, &notes)
	}
	if d := diffToks(text, got, want); d != "" {
		return fmt.Errorf("%q: %s", text, d)
	}
	// the marks noted are the marks among the tokens
	var wantMarks []int32
	for i := range want {
		if isMark(&want[i]) {
			wantMarks = append(wantMarks, int32(i))
		}
	}
	if fmt.Sprint(notes.marks) != fmt.Sprint(wantMarks) {
		return fmt.Errorf("%q: marks %v; want %v", text, notes.marks, wantMarks)
	}
	// and so are the tokens flagged as report words or naming verbs
	var wantFlagged []int32
	for i := range want {
		if want[i].report || want[i].naming {
			wantFlagged = append(wantFlagged, int32(i))
		}
	}
	if fmt.Sprint(notes.flagged) != fmt.Sprint(wantFlagged) {
		return fmt.Errorf("%q: flagged %v; want %v", text, notes.flagged, wantFlagged)
	}
	return nil
}

func diffToks(text string, got, want []tok) string {
	for k := range min(len(got), len(want)) {
		if got[k] != want[k] {
			return fmt.Sprintf("token %d: got %+v %q, want %+v %q", k, got[k], text[got[k].s:got[k].e], want[k], text[want[k].s:want[k].e])
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("got %d tokens, want %d", len(got), len(want))
	}
	return ""
}

// FuzzLexTokens checks lexTokens against lexSpan on any text.
func FuzzLexTokens(f *testing.F) {
	for _, text := range lexTokensCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if err := compareLexers(text); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkLexTokens times lexing the paragraphs of a news text over its
// segment tokens, as Find does.
func BenchmarkLexTokens(b *testing.B) {
	text := benchLexText()
	low := segment.LowerASCII(text)
	segs, paras := segment.Tokens(text), segment.Paragraphs(text)
	b.SetBytes(int64(len(text)))
	var toks []tok
	var notes lexNotes
	for b.Loop() {
		toks, notes = toks[:0], lexNotes{notes.marks[:0], notes.flagged[:0]}
		k := 0
		for _, p := range paras {
			toks, k = lexTokens(toks, text, low, p.Start, p.End, segs, k, &notes)
		}
	}
}

// BenchmarkLexSpan times lexSpan on the same text, for comparison.
func BenchmarkLexSpan(b *testing.B) {
	text := benchLexText()
	low := segment.LowerASCII(text)
	paras := segment.Paragraphs(text)
	b.SetBytes(int64(len(text)))
	var toks []tok
	for b.Loop() {
		toks = toks[:0]
		for _, p := range paras {
			toks = lexSpan(toks, text, low, p.Start, p.End)
		}
	}
}

func benchLexText() string {
	s := ""
	for range 200 {
		s += "In a move that has reverberated through diplomatic circles, Israel and Iran's envoys held talks on Sept. 14. “Our priority is always ensuring our citizens’ safety,” Israeli Ambassador Danny Ayalon told reporters. The U.S. State Department said 2,000 troops remained.\n\n"
	}
	return s
}
