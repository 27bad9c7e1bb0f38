package timex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/segment"
)

// lexDef is the definition of lex, a byte at a time: lex reads ASCII
// words eight bytes at a step and hashes them from wide loads, and must
// give the same tokens.
func lexDef(text, low string) []token {
	var toks []token
	gap, nl := true, false
	for i := 0; i < len(text); {
		c := text[i]
		r, sz := rune(c), 1
		if c >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c >= utf8.RuneSelf && unicode.IsSpace(r):
			gap = true
			i += sz
			continue
		case c == '\n':
			gap, nl = true, true
			i++
			continue
		case '0' <= c && c <= '9':
			j, n := i, 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				n = -1
			}
			toks = appendTok(toks, i, j, n, 0, kNum, 2, gap, nl, false)
			i = j
		case isASCIILetter(c) || unicode.IsLetter(r):
			j := i + sz
			for j < len(text) {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += sz2
			}
			cls := wordClasses.get(low[i:j])
			toks = appendTok(toks, i, j, -1, cls, kWord, uint8(cls&cStrength), gap, nl, unicode.IsUpper(r))
			i = j
		default:
			str := uint8(0)
			if r == '\'' || r == '\u2019' {
				str = 1
			}
			toks = appendTok(toks, i, i+sz, -1, 0, kPunct, str, gap, nl, false)
			i += sz
		}
		gap, nl = false, false
	}
	return toks
}

// checkLex compares lex with lexDef on text.
func checkLex(t *testing.T, text string) {
	t.Helper()
	low := segment.LowerASCII(text)
	var stops []int32
	got := lex(text, low, nil, &stops)
	want := lexDef(text, low)
	if len(got) != len(want) {
		t.Fatalf("lex(%q): %d tokens, want %d", text, len(got), len(want))
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("lex(%q) token %d = %+v (%q), want %+v (%q)", text, k, got[k], text[got[k].s:got[k].e], want[k], text[want[k].s:want[k].e])
		}
	}
	if want := stopsDef(text, want); !slices.Equal(stops, want) {
		t.Fatalf("lex(%q) stops = %v, want %v", text, stops, want)
	}
}

// stopsDef is the definition of lex's stops: the tokens with a newline
// before them and the double quote marks, and len(toks) when a newline
// follows the last token.
func stopsDef(text string, toks []token) []int32 {
	var stops []int32
	p := &parser{text: text, low: segment.LowerASCII(text), t: toks}
	for k := range toks {
		if toks[k].nl() || p.doubleQuote(k) {
			stops = append(stops, int32(k))
		}
	}
	end := 0
	if len(toks) > 0 {
		end = int(toks[len(toks)-1].e)
	}
	if strings.Contains(text[end:min(len(text), maxText)], "\n") {
		stops = append(stops, int32(len(toks)))
	}
	return stops
}

func TestLex(t *testing.T) {
	texts := []string{
		"", "a", "Monday", "MONDAY", "monday,", "x Monday", "On Monday 5 January, yesterday.",
		"twenty-first", "Wednesdays", "yesterday", "afternoon", "thanksgiving", "internationally recognised",
		"abcdefgh", "abcdefghi", "abcdefg", "Zürich ÉTÉ März «mai» naïve-week café",
		"the '90s and the \u201990s", "12345678901 007 0", "\xff\xfeAB\x80", "tab\tcr\rnl\nend",
		"a\u00a0b\u2028c", "[{}]~`@_^|\\", "UPPER lower MiXeD", "zz{aa@AA[ZZ`", strings.Repeat("Sunday", 9),
	}
	for _, text := range probeTexts(t, texts...) {
		checkLex(t, text)
		for k := 1; k < 9 && k <= len(text); k++ {
			checkLex(t, text[:len(text)-k]) // words at the end of the text, read without wide loads
		}
	}
	// every word class key in every position against the end of the text
	for w := range strengths {
		checkLex(t, w)
		checkLex(t, "("+strings.ToUpper(w)+") ")
		checkLex(t, w+" and some more text")
	}
}

// TestLowerRun checks lowerRun against a byte-by-byte count with every
// pair of byte values in every two neighbouring places among letters:
// a byte that carries out of lowerRun's sums into the next one changes
// no answer.
func TestLowerRun(t *testing.T) {
	for c := range 256 {
		for c2 := range 256 {
			for k := range 8 {
				b := []byte("abcdefgh")
				b[k] = byte(c)
				if k+1 < len(b) {
					b[k+1] = byte(c2)
				}
				want := 0
				for want < len(b) && 'a' <= b[want] && b[want] <= 'z' {
					want++
				}
				if got := lowerRun(ascii.Load64(string(b))); got != want {
					t.Fatalf("lowerRun(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

func FuzzLex(f *testing.F) {
	f.Add("On Monday, 5 January 2015, yesterday's talks in Zürich ended.")
	f.Add("the '90s \u2019 \xff WEDNESDAYS twenty-first")
	f.Fuzz(func(t *testing.T, text string) {
		checkLex(t, text)
	})
}

// TestNextTrigger checks nextTrigger against trigger, from every token
// of the test texts.
func TestNextTrigger(t *testing.T) {
	texts := probeTexts(t, "", "x", "the", "a b c d e f the year", "the a the a the a 5", "last week the the the the the Monday")
	for _, text := range texts {
		p := newParser(text, thu)
		for i := 0; i <= len(p.t); i++ {
			want := i
			for want < len(p.t) && !p.trigger(want) {
				want++
			}
			if got := p.nextTrigger(i); got != want {
				t.Errorf("%q: nextTrigger(%d) = %d, want %d", text, i, got, want)
			}
		}
		p.release()
	}
}

// TestFindNil checks that Find returns nil for a text with no
// expression, though newParser gives out room beforehand.
func TestFindNil(t *testing.T) {
	for _, text := range []string{"", "No time is told here.", "the a the a"} {
		if got := Find(text, thu); got != nil {
			t.Errorf("Find(%q) = %#v, want nil", text, got)
		}
	}
}

// TestTenseWordSkip checks the fact tense's backward scan relies on: at
// a word of three letters or more, clockTok, quotedTitle and
// clauseAfterComma find nothing and the word is no comma.
func TestTenseWordSkip(t *testing.T) {
	texts := probeTexts(t, "at 8 a.m. and 5 pm, which AM \"Stars Over\" said, resulting")
	for _, text := range texts {
		p := newParser(text, thu)
		for j, tk := range p.t {
			if tk.kind() != kWord || tk.e-tk.s <= 2 {
				continue
			}
			if p.clockTok(j) || p.quotedTitle(j) >= 0 || p.clauseAfterComma(j) || p.isPunct(j, ",") {
				t.Errorf("%q: tense would skip the tests at word %q, which one of them passes", text, p.tok(j))
			}
		}
		p.release()
	}
}

// probeTexts returns extra, the texts of the find tests and the sample
// article: the texts the parser's skip rules are checked on.
func probeTexts(t *testing.T, extra ...string) []string {
	t.Helper()
	texts := append([]string(nil), extra...)
	for _, c := range findTests {
		texts = append(texts, c.text)
	}
	sample, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return append(texts, string(sample))
}
