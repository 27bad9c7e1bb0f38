package timex

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/segment"
)

// lowerASCIIDef is the definition of segment.LowerASCII, which the lexer reads: every byte kept, A-Z lowered.
func lowerASCIIDef(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "a", "A", "abc", "ABC", "aBc", "Zürich ÉTÉ", "MONDAY, Jan. 5", "\xff\xfeAB", "x Y"} {
		if got, want := segment.LowerASCII(s), lowerASCIIDef(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("MONDAY, Jan. 5 Zürich")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := segment.LowerASCII(s), lowerASCIIDef(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	})
}

// classTables lists each word class with a membership test of the table
// it stands for.
func classTables() map[uint16]func(string) bool {
	return map[uint16]func(string) bool{
		cMonth:   func(w string) bool { _, ok := months[w]; return ok },
		cWeekday: func(w string) bool { _, ok := weekdays[w]; return ok },
		cUnit:    func(w string) bool { _, ok := units[w]; return ok },
		cNumber:  func(w string) bool { _, ok := numberWords[w]; return ok },
		cOrdinal: func(w string) bool { _, ok := ordinals[w]; return ok },
		cSeason:  func(w string) bool { _, ok := seasons[w]; return ok },
		cSet:     func(w string) bool { _, ok := sets[w]; return ok },
		cRef:     func(w string) bool { _, ok := refWords[w]; return ok },
		cLong:    func(w string) bool { _, ok := longWords[w]; return ok },
		cVague:   func(w string) bool { _, ok := vagueQuantities[w]; return ok },
		cOrdDay:  func(w string) bool { _, ok := ordinalDays[w]; return ok },
		cPastIrr: func(w string) bool { return pastIrregular[w] },
		cCue:     func(w string) bool { return cueSwitch[w] || scheduleVerbs[w] || ambiguousPast[w] || pastIrregular[w] },
	}
}

// checkClasses checks the wordClasses value of w against the tables.
func checkClasses(t *testing.T, w string) {
	got := wordClasses.get(w)
	if s := uint8(got & cStrength); s != strengths[w] {
		t.Errorf("strength of %q = %d, want %d", w, s, strengths[w])
	}
	for c, in := range classTables() {
		if (got&c != 0) != in(w) {
			t.Errorf("class %b of %q = %v, want %v", c, w, got&c != 0, in(w))
		}
	}
}

// TestWordClasses checks the word table against the maps it is built
// from, for every key and for words that are not keys; and that no map
// has the empty key, which p.in relies on (p.word is "" for punctuation).
func TestWordClasses(t *testing.T) {
	words := []string{"", "said", "minister", "x", "mondays", "januar", "the2", "ago "}
	for w := range strengths {
		words = append(words, w)
	}
	for w := range units {
		words = append(words, w)
	}
	for w := range numberWords {
		words = append(words, w)
	}
	for w := range months {
		words = append(words, w)
	}
	for w := range refWords {
		words = append(words, w)
	}
	for w := range longWords {
		words = append(words, w)
	}
	for w := range ordinalDays {
		words = append(words, w)
	}
	for w := range pastIrregular {
		words = append(words, w)
	}
	for _, w := range words {
		checkClasses(t, w)
	}
	for c, in := range classTables() {
		if in("") {
			t.Errorf("class %b: the table has the empty key", c)
		}
	}
}

// TestTokenStrength checks the strength lex stores on each token
// against the definition: numbers 2, words their trigger strength,
// apostrophes 1 ("the '90s"), other punctuation 0.
func TestTokenStrength(t *testing.T) {
	p := newParser("In the '90s and last year, 3 MONDAYS ago’ the talks — said Jan. Every Tuesday, twenty-one days, the third quarter, this summer, daily, several weeks, decades. Zürich’s ÉTÉ März ’90s «mai» naïve-week.", thu)
	for i, tk := range p.t {
		w := p.tok(i)
		var want uint8
		switch {
		case tk.kind() == kNum:
			want = 2
		case tk.kind() == kWord:
			want = strengths[w]
		case w == "'" || w == "\u2019":
			want = 1
		}
		if got := p.strength(i); got != want {
			t.Errorf("strength(%q) = %d, want %d", w, got, want)
		}
	}
	for i := -1; i <= len(p.t); i++ {
		for c, in := range classTables() {
			if got, want := p.in(i, c), in(p.word(i)); got != want {
				t.Errorf("in(%d %q, %b) = %v, want %v", i, p.word(i), c, got, want)
			}
		}
	}
	p.release()
}

// TestCueSwitchWords checks that cueSwitch lists every word cue's switch
// names: cue returns cueNone for a word outside the class cCue (and not
// in "-ed") before it reaches the switch.
func TestCueSwitchWords(t *testing.T) {
	f, err := goparser.ParseFile(gotoken.NewFileSet(), "tense.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var cue *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "cue" {
			cue = fd
		}
	}
	if cue == nil {
		t.Fatal("tense.go has no func cue")
	}
	n := 0
	for _, st := range cue.Body.List {
		sw, ok := st.(*ast.SwitchStmt)
		if !ok {
			continue
		}
		if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "w" {
			continue
		}
		for _, c := range sw.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				lit, ok := e.(*ast.BasicLit)
				if !ok {
					t.Fatalf("cue: a case that is not a string literal: %#v", e)
				}
				w, _ := strconv.Unquote(lit.Value)
				n++
				if !cueSwitch[w] {
					t.Errorf("cue's switch names %q, which cueSwitch lacks", w)
				}
			}
		}
	}
	if n == 0 {
		t.Error("found no case of cue's switch on w")
	}
}

// TestScheduleLookups checks the allocation-free lookups of
// weeklySchedules against their definitions with strings.ToLower.
func TestScheduleLookups(t *testing.T) {
	for _, s := range []string{"", "Monday", "MONDAY", "monday", "Wednesday", "WEDNESDAYS", "FRİDAY", "Friday,",
		"through", " THRU ", "To", "-", " \u2013 ", "\u2014", "through the", "Thru\u212a", strings.Repeat("x", 17),
		strings.Repeat("\u212a", 9), "Sunday and the rest of the long sentence"} {
		_, want := weekdays[strings.ToLower(s)]
		if got := isWeekday(s); got != want {
			t.Errorf("isWeekday(%q) = %v, want %v", s, got, want)
		}
		var wantGap bool
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "through", "thru", "to", "-", "\u2013", "\u2014":
			wantGap = true
		}
		if got := rangeGap(s); got != wantGap {
			t.Errorf("rangeGap(%q) = %v, want %v", s, got, wantGap)
		}
	}
}

// TestFmtDay checks fmtDay against time.Format, also outside the years
// it writes itself.
func TestFmtDay(t *testing.T) {
	for _, y := range []int{-12, 0, 7, 99, 999, 1000, 1999, 2023, 9999, 10000, 123456} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {6, 15}, {10, 9}, {12, 31}} {
			d := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			if got, want := fmtDay(d), d.Format("2006-01-02"); got != want {
				t.Errorf("fmtDay(%v) = %q, want %q", d, got, want)
			}
		}
	}
}

// TestLookupGuards checks the facts the cheap tests before some lookups
// rely on: no holiday has the empty key, and every decade word and
// century ordinal is at least as long as the shortest one tested for.
func TestLookupGuards(t *testing.T) {
	if _, ok := holidays[""]; ok {
		t.Error(`holidays has the empty key, which holidayExpr turns away unlooked`)
	}
	for w := range decadeWords {
		if len(w) < len("fifties") {
			t.Errorf("decade word %q is shorter than decade's length test", w)
		}
	}
	for w, n := range centuryOrdinals {
		if len(w) < len("twentieth") || n <= 0 {
			t.Errorf("century ordinal %q (%d) fails the test of at and decade", w, n)
		}
	}
}

// TestAtGuards checks the guards of at and core: a parser they skip
// for a token finds nothing there, on every token of the test texts.
func TestAtGuards(t *testing.T) {
	texts := probeTexts(t, "In the '90s, that year; the third straight day; a year-end rally on the 12th.")
	type guarded struct {
		name  string
		parse func(*parser, int) (match, bool)
		pass  func(p *parser, i int) bool
	}
	word := func(ws ...string) func(*parser, int) bool {
		return func(p *parser, i int) bool { return p.isWord(i, ws...) }
	}
	kind := func(k uint8) func(*parser, int) bool {
		return func(p *parser, i int) bool { return p.t[i].kind() == k }
	}
	guards := []guarded{
		{"copulaDay", (*parser).copulaDay, word("the")},
		{"runOfUnits", (*parser).runOfUnits, word("the", "a")},
		{"theExpr", (*parser).theExpr, word("the", "that")},
		{"shortYear", (*parser).shortYear, kind(kPunct)},
		{"yearEnd", (*parser).yearEnd, word("year")},
		{"conjoinedDay", (*parser).conjoinedDay, kind(kNum)},
		{"monthExpr", (*parser).monthExpr, func(p *parser, i int) bool { return p.in(i, cMonth) }},
		{"holidayExpr", (*parser).holidayExpr, func(p *parser, i int) bool { return p.t[i].upper() }},
		{"dayMonth", (*parser).dayMonth, func(p *parser, i int) bool { return p.t[i].kind() == kNum || p.in(i, cOrdDay) }},
		{"season", (*parser).season, func(p *parser, i int) bool {
			return p.in(i, cSeason) || p.isWord(i, "last", "past", "previous", "next", "coming", "this")
		}},
		{"weekdayExpr", (*parser).weekdayExpr, func(p *parser, i int) bool {
			return p.in(i, cWeekday) || p.isWord(i, "last", "past", "previous", "next", "coming", "this")
		}},
		{"relative", (*parser).relative, word("this", "last", "next", "coming", "current", "previous", "following")},
		{"vague", (*parser).vague, word("a", "some")},
		{"yearExpr", (*parser).yearExpr, func(p *parser, i int) bool {
			return p.t[i].kind() == kNum || p.isWord(i, "fiscal", "fy", "nineteen", "two")
		}},
		{"deictic", (*parser).deictic, word("today", "yesterday", "tomorrow", "overnight", "tonight", "tonite")},
		{"clock", (*parser).clock, func(p *parser, i int) bool {
			return p.t[i].kind() == kNum || p.in(i, cNumber) || p.isWord(i, "noon", "midday", "midnight")
		}},
		{"setExpr", (*parser).setExpr, func(p *parser, i int) bool {
			w := p.word(i)
			return p.in(i, cSet) || p.in(i, cWeekday) || p.isWord(i, "every", "each", "per") || len(w) > 6 && strings.HasSuffix(w, "s")
		}},
		{"modified", (*parser).modified, word("the", "early", "late", "mid", "end", "beginning", "start", "middle", "turn", "earlier", "later")},
		{"refExpr", (*parser).refExpr, func(p *parser, i int) bool {
			return p.in(i, cRef) || p.isWord(i, "recent", "the", "then", "these", "present", "coming")
		}},
		{"quarter", (*parser).quarter, func(p *parser, i int) bool {
			return p.t[i].kind() == kNum || p.in(i, cOrdinal) || p.isWord(i, "fiscal", "q", "h")
		}},
	}
	for _, text := range texts {
		p := newParser(text, thu)
		p.run() // the state of a parse, for the parsers that read it
		for i := range p.t {
			for _, g := range guards {
				if g.pass(p, i) {
					continue
				}
				if m, ok := g.parse(p, i); ok {
					t.Errorf("%s finds %q at token %q, which at's guard skips", g.name, p.text[p.t[m.start].s:p.t[m.end-1].e], p.tok(i))
				}
			}
		}
		p.release()
	}
}
