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
	}{
		{"2005-08-03", "2005-08-03", true},
		{"2005-08-03", "2005-08-10", true}, // within Slack
		{"2005-08-03", "2005-08-11", false},
		{"2005", "2005-12-31", true},    // inside the year
		{"2005-08", "2005-09-07", true}, // month range plus slack
		{"2005-08", "2005-09-08", false},
		{"", "", true},
		{"2005", "", false},
	}
	for _, tt := range tests {
		if got := agree(d(tt.a), d(tt.b)); got != tt.want {
			t.Errorf("agree(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
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
		{"2022-07-20", "", "2022-07-25", true}, // within slack of the snapshot
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
