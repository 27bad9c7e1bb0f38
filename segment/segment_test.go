package segment

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

func texts(text string, spans []doc.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	{"simple", "Israel struck. Iran denied it.", []string{"Israel struck.", "Iran denied it."}},
	{"title", "Gen. Smith met Dr. Jones in Tehran. They talked.", []string{"Gen. Smith met Dr. Jones in Tehran.", "They talked."}},
	{"indian title", "Former minister Smt. Sushma Swaraj said so. Others agreed.", []string{"Former minister Smt. Sushma Swaraj said so.", "Others agreed."}},
	{"month", "The talks began on Sept. 14. Dr. Jones said so.", []string{"The talks began on Sept. 14.", "Dr. Jones said so."}},
	{"acronym mid", "The U.S. Secretary of State arrived.", []string{"The U.S. Secretary of State arrived."}},
	{"acronym end", "He flew to the U.S. The talks resumed.", []string{"He flew to the U.S.", "The talks resumed."}},
	{"pm", "He arrived at 5 p.m. Monday in Doha.", []string{"He arrived at 5 p.m. Monday in Doha."}},
	{"initials", "J. R. Smith wrote it. Nobody read it.", []string{"J. R. Smith wrote it.", "Nobody read it."}},
	{"quote end", `He said "No." Then he left.`, []string{`He said "No."`, "Then he left."}},
	{"curly quote end", "“We will respond,” he said. “Soon.” Others disagreed.", []string{"“We will respond,” he said.", "“Soon.”", "Others disagreed."}},
	{"question in quote", `"Will you come?" he asked. She nodded.`, []string{`"Will you come?" he asked.`, "She nodded."}},
	{"decimal", "It cost $3.5 million. Nobody paid.", []string{"It cost $3.5 million.", "Nobody paid."}},
	{"no", "He was ranked No. 5 in the world.", []string{"He was ranked No. 5 in the world."}},
	{"exclaim", "Stop! Now.", []string{"Stop!", "Now."}},
	{"inc", "He works at Acme Inc. The firm denied it.", []string{"He works at Acme Inc.", "The firm denied it."}},
	{"inc mid", "Acme Inc. Chairman Bob spoke.", []string{"Acme Inc. Chairman Bob spoke."}},
	// a title's letters ending a name end the sentence before an opener
	{"name ends in title", "Power passed from his father, Hun Sen. He is 45.", []string{"Power passed from his father, Hun Sen.", "He is 45."}},
	{"title after capital", "Republican Sen. Ted Cruz spoke. Maj. Gen. The Ba said no.", []string{"Republican Sen. Ted Cruz spoke.", "Maj. Gen. The Ba said no."}},
	{"title after said", "He met Sen. The Senate adjourned.", []string{"He met Sen. The Senate adjourned."}},
	{"title before initial", "Democratic Rep. A. Donald McEachin spoke.", []string{"Democratic Rep. A. Donald McEachin spoke."}},
	{"ellipsis", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
	{"number start", "Talks ended. 12 people were hurt.", []string{"Talks ended.", "12 people were hurt."}},
	{"no final stop", "Iran and Israel talk", []string{"Iran and Israel talk"}},
	{"paragraph", "First line without stop\n\nSecond paragraph.", []string{"First line without stop", "Second paragraph."}},
	{"upper title", "GEN. Smith spoke. MR. Jones left.", []string{"GEN. Smith spoke.", "MR. Jones left."}},
	{"non-ascii before stop", "Er traf Präsident Erdoğan. Dann ging er.", []string{"Er traf Präsident Erdoğan.", "Dann ging er."}},
	{"ellipsis cut at end", "He paused\u2026", []string{"He paused\u2026"}},
	{"ellipsis lead byte alone", "He paused\xe2\x80 Then spoke.", []string{"He paused\xe2\x80 Then spoke."}},
	{"opener upper", "He flew to the U.S. THE talks resumed.", []string{"He flew to the U.S.", "THE talks resumed."}},
	{"title after bracket", "He met (Gen. Smith) today. Then left.", []string{"He met (Gen. Smith) today.", "Then left."}},
	{"title after tab", "He met\tGen. Smith. Then left.", []string{"He met\tGen. Smith.", "Then left."}},
	{"title after nbsp", "He met\u00a0Gen. Smith. Then left.", []string{"He met\u00a0Gen. Smith.", "Then left."}},
	{"German quote end", "Er sagte: „Wir kommen.“ Dann ging er.", []string{"Er sagte: „Wir kommen.“", "Dann ging er."}},
	{"guillemet quote end", "He said: »We will come.« Then he left. «Non.» Ils partent.", []string{"He said: »We will come.«", "Then he left.", "«Non.»", "Ils partent."}},
	{"title after curly quote", "He said \u201cGen. Smith lied.\u201d Then left.", []string{"He said \u201cGen. Smith lied.\u201d", "Then left."}},
	{"long word before stop", "They met in Constantinopolitanism. Then left.", []string{"They met in Constantinopolitanism.", "Then left."}},
}

// abbrevs holds each abbreviation set as its bit, and nothing else.
func TestAbbrevs(t *testing.T) {
	sets := []struct {
		words map[string]bool
		bit   uint8
	}{{titles, abTitle}, {numbered, abNumbered}, {months, abMonth}, {sometimesFinal, abSometimesFinal}}
	for w, class := range abbrevs {
		for _, set := range sets {
			if set.words[w] != (class&set.bit != 0) {
				t.Errorf("abbrevs[%q] = %b; bit %b disagrees with its set", w, class, set.bit)
			}
		}
	}
	for _, set := range sets {
		for w := range set.words {
			if abbrevs[w]&set.bit == 0 {
				t.Errorf("abbrevs[%q] lacks bit %b", w, set.bit)
			}
		}
	}
	if abbrevs["jr"] != abTitle|abSometimesFinal {
		t.Errorf("abbrevs[jr] = %b, want title and sometimes final", abbrevs["jr"])
	}
}

// lowerWord is strings.ToLower for every word, ASCII or not.
func TestLowerWord(t *testing.T) {
	var buf [16]byte
	for _, w := range []string{"", "Sept", "GEN", "mr", "Erdoğan", "ÉTAT", "\u212Aelvin", "İstanbul", "averyveryverylongword", "U.S"} {
		if got, want := string(lowerWord(buf[:0], w)), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Sentences(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q) =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
}

var paragraphTests = []struct {
	name string
	in   string
	want []string
}{
	{"blank lines", "One.\n\nTwo.\n\n\nThree.", []string{"One.", "Two.", "Three."}},
	{"single newlines", "Headline here\nFirst paragraph.\nSecond paragraph.", []string{"Headline here", "First paragraph.", "Second paragraph."}},
	{"hard wrapped", "This sentence is wrapped at a fixed width by the\nwire service and continues here.\n\nNext.", []string{"This sentence is wrapped at a fixed width by the\nwire service and continues here.", "Next."}},
	{"spaces", "  \n  One.  \n\n  ", []string{"One."}},
	{"empty", "", nil},
}

func TestParagraphs(t *testing.T) {
	for _, tt := range paragraphTests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Paragraphs(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Paragraphs(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iran's U.S.-backed talks", "Iran's|U.S.-backed|talks"},
		{"Amir-Abdollahian said: “No.”", "Amir-Abdollahian|said|:|“|No|.|”"},
		{"2,000 troops at 4:49 PM cost $3.5bn", "2,000|troops|at|4:49|PM|cost|$|3.5bn"},
		{"Erdoğan met al-Sisi", "Erdoğan|met|al-Sisi"},
		{"the U.S. The", "the|U.S.|The"},
		{"14th", "14th"},
	}
	for _, tt := range tests {
		got := texts(tt.in, spansOf(Tokens(tt.in)))
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokens(%q) = %q; want %q", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
}

// TestTokensAlnum checks the Alnum flag: set exactly on the tokens made
// of ASCII letters and digits, whether AppendTokens ended the word itself
// or scanWord did.
func TestTokensAlnum(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He said. Iran's U.S.-backed G20 talks", "He+ said+ .- Iran's- U.S.-backed- G20+ talks+"},
		{"2,000 troops in 2019, 14th 3.5bn", "2,000- troops+ in+ 2019+ ,- 14th+ 3.5bn-"},
		{"end- well-known 'quote' x.1 p.m. e.g", "end+ -- well-known- '- quote+ '- x+ .- 1+ p.m.- e.g-"},
		{"Erdoğan’s café “hell” x’ a.", "Erdoğan’s- café- “- hell+ ”- x+ ’- a+ .-"},
		{"under_score a'", "under+ _- score+ a+ '-"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokens(tt.in) {
			mark := "-"
			if tk.Alnum {
				mark = "+"
			}
			got = append(got, tt.in[tk.Span.Start:tk.Span.End]+mark)
			checkToken(t, tt.in, tk)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Tokens(%q) = %q; want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
}

// checkToken fails t unless tk.Alnum says whether tk's bytes are all
// ASCII letters and digits, and a word that starts with an ASCII letter
// ends where scanWord ends it.
func checkToken(t *testing.T, text string, tk doc.Token) {
	t.Helper()
	w := text[tk.Span.Start:tk.Span.End]
	alnum := w != ""
	for k := 0; k < len(w); k++ {
		c := w[k]
		alnum = alnum && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
	}
	if tk.Alnum != alnum {
		t.Fatalf("token %q: Alnum = %v, want %v", w, tk.Alnum, alnum)
	}
	if tk.Kind == doc.TokWord && isASCIILetter(w[0]) {
		if end := scanWord(text, tk.Span.Start, len(text)); end != tk.Span.End {
			t.Fatalf("word %q at %d ends at %d; scanWord ends it at %d", w, tk.Span.Start, tk.Span.End, end)
		}
	}
}

func spansOf(ts []doc.Token) []doc.Span {
	out := make([]doc.Span, len(ts))
	for i, t := range ts {
		out[i] = t.Span
	}
	return out
}

func TestStage(t *testing.T) {
	d := &doc.Doc{Text: "Iran met Israel. Talks ended.\n\nNew paragraph."}
	d.Fill(doc.LayerText)
	if err := New().Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 2 || len(d.Sentences) != 3 || len(d.Tokens) != 10 {
		t.Errorf("got %d paragraphs, %d sentences, %d tokens; want 2, 3, 10", len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
	}
	for _, l := range []doc.Layer{doc.LayerParagraphs, doc.LayerSentences, doc.LayerTokens} {
		if !d.Has(l) {
			t.Errorf("layer %s not filled", l)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	p := shareddata.Path(t, "examples/seed-article.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	paras := Paragraphs(text)
	if len(paras) != 8 { // Topic line + 7 body paragraphs
		t.Errorf("seed article: %d paragraphs; want 8", len(paras))
	}
	sents := Sentences(text)
	got := texts(text, sents)
	wantStarts := []string{
		"Topic: World - Middle East",
		"In a move that has reverberated",
		"The back-channel discussions took place",
		"\"Our priority is always ensuring our citizens' safety,\" Israeli Ambassador Danny Ayalon told reporters last night",
		"\"We understand that Iran shares this concern",
		"\"Iran is willing to engage",
		"\"But we will not back down",
	}
	for _, w := range wantStarts {
		found := false
		for _, s := range got {
			if strings.HasPrefix(s, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("seed article: no sentence starts with %q", w)
		}
	}
	for _, s := range sents {
		for _, p := range paras {
			if s.Overlaps(p) && !p.Contains(s) {
				t.Errorf("sentence %v crosses paragraph %v", s, p)
			}
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.in)
	}
	f.Add("a\n\n\nb.\n c")
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		d := &doc.Doc{Text: s}
		New().Process(d)
		prev := 0
		for _, sp := range d.Sentences {
			if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad sentence span %v (prev end %d, len %d)", sp, prev, len(s))
			}
			prev = sp.End
		}
		prev = 0
		for _, tk := range d.Tokens {
			if tk.Span.Start < prev || tk.Span.End > len(s) || tk.Span.Start >= tk.Span.End {
				t.Fatalf("bad token span %v", tk.Span)
			}
			if valid && !utf8.ValidString(s[tk.Span.Start:tk.Span.End]) {
				t.Fatalf("token %v splits a character", tk.Span)
			}
			checkToken(t, s, tk)
			prev = tk.Span.End
		}
	})
}

func benchText() string {
	return strings.Repeat("In a move that has reverberated through diplomatic circles, Israel and Iran have conducted their first direct talks since Sept. 14. “Our priority is always ensuring our citizens’ safety,” Israeli Ambassador Danny Ayalon told reporters. The U.S. State Department said 2,000 troops remained.\n\n", 300)
}

func BenchmarkSegment(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := &doc.Doc{Text: text}
		New().Process(d)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

// TestEmptyLayersNil checks that a text with no paragraph leaves the
// paragraph and sentence layers nil (the preallocation must not make
// them empty non-nil slices).
func TestEmptyLayersNil(t *testing.T) {
	for _, text := range []string{"", " \n\n \t", strings.Repeat(" ", 300)} {
		if p := Paragraphs(text); p != nil {
			t.Errorf("Paragraphs(%q) = %#v; want nil", text, p)
		}
		d := &doc.Doc{Text: text}
		New().Process(d)
		if d.Paragraphs != nil || d.Sentences != nil {
			t.Errorf("Process(%q): paragraphs %#v, sentences %#v; want nil", text, d.Paragraphs, d.Sentences)
		}
	}
}

// TestAppendTokensCapacity checks that AppendTokens gives the same tokens
// whatever room out has: its loop over common tokens (appendASCII) stops
// when out is full and the general loop goes on, growing it.
func TestAppendTokensCapacity(t *testing.T) {
	texts := []string{benchText()[:600], "Iran’s U.S.-backed talks, 2,000 troops; «Oui» x\u00a0y naïve 5pm e.g. don't"}
	for _, tt := range sentenceTests {
		texts = append(texts, tt.in)
	}
	for _, text := range texts {
		want := AppendTokens(make([]doc.Token, 0, len(text)+1), text, doc.Span{Start: 0, End: len(text)})
		for _, room := range []int{0, 1, 2, 3, 7} {
			got := AppendTokens(make([]doc.Token, 0, room), text, doc.Span{Start: 0, End: len(text)})
			if !slices.Equal(got, want) {
				t.Errorf("%q with room for %d: %v, want %v", text, room, got, want)
			}
		}
	}
}

// TestSentencesClockEnd: a clock time late in a sentence ends it before
// a capitalised word that is no day, month or zone.
func TestSentencesClockEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The gunmen had attacked the home at about 1 a.m. First Lady Martine Moise was wounded.",
			[]string{"The gunmen had attacked the home at about 1 a.m.", "First Lady Martine Moise was wounded."}},
		{"At 3 p.m. President Biden will speak.", []string{"At 3 p.m. President Biden will speak."}},
		{"The convoy left the base on Monday at 10 p.m. Eastern time.", []string{"The convoy left the base on Monday at 10 p.m. Eastern time."}},
		{"The meeting starts on Monday at 10 p.m. EST and ends late.", []string{"The meeting starts on Monday at 10 p.m. EST and ends late."}},
		{"The rebels attacked the town at about 4 a.m. Saturday, officials said.", []string{"The rebels attacked the town at about 4 a.m. Saturday, officials said."}},
	} {
		if got := texts(tt.in, Sentences(tt.in)); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) =\n  %q\nwant\n  %q", tt.in, got, tt.want)
		}
	}
}

// TestSentencesClockZone: a place's clock after a clock time ("6 p.m.
// Sydney time") does not end the sentence.
func TestSentencesClockZone(t *testing.T) {
	for _, in := range []string{
		"The polls in the eastern states closed at 6 p.m. Sydney time on Saturday.",
		"The strikes on the capital began at about 4 a.m. New York time, officials said.",
	} {
		if got := Sentences(in); len(got) != 1 {
			t.Errorf("Sentences(%q) = %q; want one sentence", in, texts(in, got))
		}
	}
}

// TestParagraphsLabelLines: a line opening with a short label and
// a colon ("Tel:", "Email:", "Q:") starts a paragraph of its own even
// under a line long enough to look hard-wrapped, so that a contact
// block's fields and an interview's turns are not read as one sentence
// ("the Republic of Indonesia Tel"); wrapped prose still joins.
func TestParagraphsLabelLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Ministry of Foreign Affairs of the Republic of Indonesia\nTel: +62 21 3441508\nEmail: info@example.org",
			[]string{"Ministry of Foreign Affairs of the Republic of Indonesia", "Tel: +62 21 3441508", "Email: info@example.org"}},
		{"A: It will take time, and we expect the currency to stabilise by then\nQ: What about the bondholders?",
			[]string{"A: It will take time, and we expect the currency to stabilise by then", "Q: What about the bondholders?"}},
		// a long wrapped line before a capitalised word without a label joins
		{"The foreign ministers of the two countries met in the capital with\nIndonesian officials on Thursday.",
			[]string{"The foreign ministers of the two countries met in the capital with\nIndonesian officials on Thursday."}},
		// a colon later in the line is no label
		{"The foreign ministers of the two countries met in the capital with\nIndonesian officials: they agreed.",
			[]string{"The foreign ministers of the two countries met in the capital with\nIndonesian officials: they agreed."}},
	} {
		got := texts(tt.in, Paragraphs(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Paragraphs(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
