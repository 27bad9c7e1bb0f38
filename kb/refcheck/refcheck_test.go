package refcheck

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

func d(s string) kb.Date {
	if s == "" {
		return kb.Date{}
	}
	x, err := kb.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return x
}

func TestAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
		gap  int
	}{
		{"2005-08-03", "2005-08-03", true, 0},
		{"2005-08-03", "2005-08-04", false, 1}, // strict: no window
		{"2005-08-03", "2005-08-10", false, 7},
		{"2005", "2005-12-31", true, 0},    // inside the year
		{"2005-08", "2005-08-31", true, 0}, // inside the month
		{"2005-08", "2005-09-01", false, 1},
		{"2005-08-31", "2005-09", false, 1},
		{"", "", true, 0},
		{"2005", "", false, 1 << 30},
	}
	for _, tt := range tests {
		if got := agree(d(tt.a), d(tt.b)); got != tt.want {
			t.Errorf("agree(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
		if got := gap(d(tt.a), d(tt.b)); got != tt.gap {
			t.Errorf("gap(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.gap)
		}
	}
}

func TestEndAgrees(t *testing.T) {
	tests := []struct {
		kbEnd, refEnd, asOf string
		want                bool
	}{
		{"2024-05-19", "", "2022-07-25", true}, // the reference could not know yet
		{"2020-01-01", "", "2022-07-25", false},
		{"2022-07-20", "", "2022-07-25", false}, // before the snapshot: the reference should know
		{"", "2020-01-01", "2022-07-25", false},
		{"", "", "2022-07-25", true},
	}
	for _, tt := range tests {
		if got := endAgrees(d(tt.kbEnd), d(tt.refEnd), d(tt.asOf)); got != tt.want {
			t.Errorf("endAgrees(%q, %q, as of %q) = %v; want %v", tt.kbEnd, tt.refEnd, tt.asOf, got, tt.want)
		}
	}
}

const compareKB = `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"person.a","kind":"person","name":"Anna Alpha","aliases":["wd.Q1"],"source":"t"}
{"type":"actor","id":"person.b","kind":"person","name":"Bert Beta","source":"t"}
{"type":"office","id":"ZZZ.prime_minister","name":"PM","single":true,"source":"t"}
{"type":"role","id":"a1","person":"person.a","office":"ZZZ.prime_minister","start":"2001-01-01","end":"2005-06-01","source":"t"}
{"type":"role","id":"a2","person":"person.a","office":"ZZZ.prime_minister","start":"2010-01-01","end":"2012-01-01","source":"t"}
{"type":"role","id":"b1","person":"person.b","office":"ZZZ.prime_minister","start":"2005-06-01","end":"2008-03","source":"t"}
{"type":"role","id":"b2","person":"person.b","office":"ZZZ.prime_minister","start":"2008-03-20","end":"2009-12-31","qualifier":"caretaker","source":"t"}
`

func TestCompare(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(compareKB), "c.jsonl", k); err != nil {
		t.Fatal(err)
	}
	ref := &Reference{byOffice: map[string][]refRole{}, Sources: []string{"test"}}
	asOf := d("2022-07-01")
	// Anna: QID match, first term split in two rows by the reference; second term end differs.
	ref.add("ZZZ.prime_minister", refRole{person: "someone else", qid: "Q1", start: d("2001-01-02"), end: d("2003-01-01"), asOf: asOf, source: "ep"})
	ref.add("ZZZ.prime_minister", refRole{person: "someone else", qid: "Q1", start: d("2003-01-01"), end: d("2005-06-01"), asOf: asOf, source: "ep"})
	ref.add("ZZZ.prime_minister", refRole{person: "anna alpha", start: d("2010-01-01"), end: d("2013-01-01"), asOf: asOf, source: "ep"})
	// Bert: one reference row for his two KB roles.
	ref.add("ZZZ.prime_minister", refRole{person: "bert beta", start: d("2005-06-01"), end: d("2009-12-31"), asOf: asOf, source: "ep"})
	ref.mergeTerms()
	rep := Compare(k, ref, map[string]string{"a2 end": "checked: the reference is wrong"})
	if rep.Facts != 3 || rep.Agreed != 2 {
		t.Errorf("facts, agreed = %d, %d; want 3, 2\n%+v", rep.Facts, rep.Agreed, rep.Disagreements)
	}
	if len(rep.Disagreements) != 1 || rep.Disagreements[0].Role != "a2" || rep.Disagreements[0].Excepted == "" || rep.Unlisted != 0 {
		t.Errorf("disagreements = %+v, unlisted %d; want a2's end, excepted", rep.Disagreements, rep.Unlisted)
	}
	if rep.Failed() != (rep.Rate < MinAgreement) {
		t.Errorf("Failed() = %v with rate %.2f and no unlisted disagreements", rep.Failed(), rep.Rate)
	}
	rep = Compare(k, ref, nil)
	if rep.Unlisted != 1 || !rep.Failed() {
		t.Errorf("without exceptions: unlisted %d, failed %v; want 1, true", rep.Unlisted, rep.Failed())
	}
}

func TestParseExceptions(t *testing.T) {
	m, err := ParseExceptions(strings.NewReader("# c\n\na1 start the reference uses the nomination date\n"), "x.txt")
	if err != nil || m["a1 start"] != "the reference uses the nomination date" {
		t.Errorf("ParseExceptions = %v, %v", m, err)
	}
	if _, err := ParseExceptions(strings.NewReader("a1 middle why\n"), "x.txt"); err == nil || !strings.Contains(err.Error(), "x.txt:1") {
		t.Errorf("ParseExceptions(bad field) = %v; want an error at x.txt:1", err)
	}
	if _, err := ParseExceptions(strings.NewReader("a1 end\n"), "x.txt"); err == nil {
		t.Errorf("ParseExceptions(no reason) = nil; want an error")
	}
}

func TestTruncatedReference(t *testing.T) {
	k := kb.New()
	in := `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"person.c","kind":"person","name":"Carla Gamma","source":"t"}
{"type":"actor","id":"person.d","kind":"person","name":"Dario Delta","source":"t"}
{"type":"office","id":"ZZZ.foreign_minister","name":"FM","single":true,"source":"t"}
{"type":"role","id":"c1","person":"person.c","office":"ZZZ.foreign_minister","start":"1996-05-17","end":"2001-06-11","source":"t"}
{"type":"role","id":"d1","person":"person.d","office":"ZZZ.foreign_minister","start":"2001-06-11","end":"2004-01-01","source":"t"}
`
	if err := kb.Load(strings.NewReader(in), "t.jsonl", k); err != nil {
		t.Fatal(err)
	}
	ref := &Reference{byOffice: map[string][]refRole{}}
	// the table begins in 1999: it cannot know Carla's 1996 start
	ref.add("ZZZ.foreign_minister", refRole{person: "carla gamma", start: d("1999-12-22"), end: d("2001-06-11"), asOf: d("2022-07-01"), source: "ep"})
	// Dario's row starts late although the table already runs: a real disagreement
	ref.add("ZZZ.foreign_minister", refRole{person: "dario delta", start: d("2001-09-01"), end: d("2004-01-01"), asOf: d("2022-07-01"), source: "ep"})
	rep := Compare(k, ref, map[string]string{"gone start": "old"})
	if rep.Facts != 2 || rep.Agreed != 1 || len(rep.Disagreements) != 1 || rep.Disagreements[0].Role != "d1" {
		t.Errorf("report = %+v; want Carla's truncated start accepted and Dario's start reported", rep)
	}
	if len(rep.Stale) != 1 || rep.Stale[0] != "gone start" {
		t.Errorf("stale = %v; want [gone start]", rep.Stale)
	}
}

// TestCompareConventions covers the shaping rules of the package comment,
// each on a fact that would disagree without it, and the strict and
// tolerant counts.
func TestCompareConventions(t *testing.T) {
	in := `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"person.e","kind":"person","name":"Emil Eins","source":"t"}
{"type":"actor","id":"person.f","kind":"person","name":"Fritz Zwei","source":"t"}
{"type":"actor","id":"person.g","kind":"person","name":"Gina Drei","source":"t"}
{"type":"actor","id":"person.h","kind":"person","name":"Hans Vier","source":"t"}
{"type":"actor","id":"person.i","kind":"person","name":"Ida Fuenf","source":"t"}
{"type":"office","id":"ZZZ.president","name":"P","single":true,"source":"t"}
{"type":"office","id":"ZZZ.defence_minister","name":"D","single":true,"source":"t"}
{"type":"office","id":"ZZZ.deputy_prime_minister","name":"DPM","source":"t"}
{"type":"role","id":"e1","person":"person.e","office":"ZZZ.president","start":"2001-01-01","end":"2005-03-01","source":"t"}
{"type":"role","id":"f1","person":"person.f","office":"ZZZ.president","start":"2005-03-01","end":"2005-06-10","qualifier":"acting","source":"t"}
{"type":"role","id":"f2","person":"person.f","office":"ZZZ.president","start":"2005-06-10","end":"2010-01-01","source":"t"}
{"type":"role","id":"g1","person":"person.g","office":"ZZZ.president","start":"2010-01-01","end":"2023-07-02","source":"t"}
{"type":"role","id":"h1","person":"person.h","office":"ZZZ.defence_minister","start":"2017-07-19","end":"2018-07-10","source":"t"}
{"type":"role","id":"i1","person":"person.i","office":"ZZZ.deputy_prime_minister","start":"2003-02-01","end":"2004-05-01","source":"t"}
`
	k := kb.New()
	if err := kb.Load(strings.NewReader(in), "t.jsonl", k); err != nil {
		t.Fatal(err)
	}
	ref := &Reference{byOffice: map[string][]refRole{}}
	asOf := d("2022-08-01")
	row := func(office, person, start, end string) {
		ref.add(office, refRole{person: person, start: d(start), end: d(end), asOf: asOf, source: "ep"})
	}
	row("ZZZ.president", "zed zero", "1995-01-01", "2001-01-01")
	row("ZZZ.president", "emil eins", "2001-01-01", "2005-03-01")
	// the table dates Fritz from his substantive start, not the acting
	// one, and ends him on his last full day, the day before Gina's first
	row("ZZZ.president", "fritz zwei", "2005-06-10", "2009-12-31")
	// Gina: cumulative rows with one start (one per cabinet); the open one is the tenure
	row("ZZZ.president", "gina drei", "2010-01-01", "2014-05-01")
	row("ZZZ.president", "gina drei", "2010-01-01", "")
	row("ZZZ.president", "gina drei", "2010-01-01", "2018-05-01")
	// Hans: a wrong row copied from another post, and the right one inside it
	row("ZZZ.defence_minister", "someone", "2010-01-01", "2016-05-24")
	row("ZZZ.defence_minister", "hans vier", "2016-05-24", "2018-07-10")
	row("ZZZ.defence_minister", "hans vier", "2017-07-19", "2018-07-10")
	// Ida: several holders; a neighbour starting the next day is no hand-over
	row("ZZZ.deputy_prime_minister", "ida fuenf", "2003-02-01", "2004-04-30")
	row("ZZZ.deputy_prime_minister", "otto", "2004-05-01", "")
	ref.mergeTerms()
	rep := Compare(k, ref, nil)
	if rep.Facts != 5 || rep.Agreed != 4 || rep.TolerantAgreed != 5 {
		t.Fatalf("facts, strict, tolerant = %d, %d, %d; want 5, 4, 5\n%v", rep.Facts, rep.Agreed, rep.TolerantAgreed, rep.Disagreements)
	}
	if len(rep.Disagreements) != 1 || rep.Disagreements[0].Role != "i1" || !rep.Disagreements[0].WithinTolerance || rep.Disagreements[0].Days != 1 {
		t.Errorf("disagreements = %v; want only Ida's end, 1 day, within tolerance", rep.Disagreements)
	}
	if rep.Unlisted != 0 || rep.Failed() != (rep.Rate < MinAgreement) {
		t.Errorf("unlisted %d, failed %v: a disagreement within tolerance needs no exception", rep.Unlisted, rep.Failed())
	}
	// beyond tolerance it must be listed
	ref.byOffice["ZZZ.deputy_prime_minister"][0].end = d("2004-03-01")
	rep = Compare(k, ref, nil)
	if rep.Unlisted != 1 || rep.Beyond() != 1 || !rep.Failed() {
		t.Errorf("unlisted %d, beyond %d, failed %v; want 1, 1, true", rep.Unlisted, rep.Beyond(), rep.Failed())
	}
}

func TestHandoverEnd(t *testing.T) {
	ref := &Reference{byOffice: map[string][]refRole{}}
	ref.add("X.p", refRole{person: "a", start: d("2000-01-01"), end: d("2004-12-31"), source: "s"})
	ref.add("X.p", refRole{person: "b", start: d("2005-01-01"), source: "s"})
	ref.add("X.p", refRole{person: "b", start: d("2006-01-01"), source: "other"})
	tests := []struct {
		person, end, source, want string
	}{
		{"a", "2004-12-31", "s", "2005-01-01"},
		{"a", "2005-12-31", "s", "2005-12-31"}, // nobody starts 2006-01-01 in this table
		{"a", "2005-12-31", "other", "2006-01-01"},
		{"b", "2004-12-31", "s", "2004-12-31"}, // the next row is the same person's
		{"a", "2004-12", "s", "2004-12"},       // not day precision
	}
	for _, tt := range tests {
		got := ref.handoverEnd("X.p", refRole{person: tt.person, end: d(tt.end), source: tt.source})
		if got.String() != tt.want {
			t.Errorf("handoverEnd(%s, %s, %s) = %s; want %s", tt.person, tt.end, tt.source, got, tt.want)
		}
	}
}
