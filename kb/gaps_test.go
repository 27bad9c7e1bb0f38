package kb

import (
	"strings"
	"testing"
)

// gapsKB is the start of every Gaps test KB: a source as of 2010-12-31,
// a country, an armed group, an organisation and three people.
const gapsKB = `{"type":"source","name":"t","as_of":"2010-12-31"}
{"type":"actor","id":"ZZZ","kind":"country","name":"Zedland","source":"t"}
{"type":"actor","id":"group.zf","kind":"armed_group","name":"Zed Front","source":"t"}
{"type":"actor","id":"org.zpol","kind":"organization","name":"Zed Police","source":"t"}
{"type":"actor","id":"person.a","kind":"person","name":"A","source":"t"}
{"type":"actor","id":"person.b","kind":"person","name":"B","source":"t"}
{"type":"actor","id":"person.c","kind":"person","name":"C","source":"t"}
`

var gapsTests = []struct {
	name, in string
	want     []string // Gap.String() without file and line, in order
}{
	{"hand-over of 19 days is no gap; after the last holder to the as-of date is", `
{"type":"office","id":"ZZZ.president","name":"P","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.president","start":"1998-01-01","end":"2003-06-01","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.president","start":"2003-06-20","end":"2008-01-01","source":"t"}`,
		[]string{"office ZZZ.president (heads): no holder from 2008-01-01 to 2010-12-31 (1095 days)"}},
	{"a head office is promised since 2000 without complete_from; before 2000 is not", `
{"type":"office","id":"ZZZ.prime_minister","name":"PM","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.prime_minister","start":"1990","end":"1995","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.prime_minister","start":"2002-03-01","source":"t"}`,
		[]string{"office ZZZ.prime_minister (heads): no holder from 2000-01-01 to 2002-03-01 (790 days)"}},
	{"an acting holder covers; dates are read at their widest", `
{"type":"office","id":"ZZZ.president","name":"P","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.president","start":"1999","end":"2004","source":"t"}
{"type":"role","person":"person.c","office":"ZZZ.president","start":"2005-01-20","end":"2005-06","qualifier":"acting","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.president","start":"2005-07","source":"t"}`,
		nil},
	{"the office's existence bounds the window", `
{"type":"office","id":"ZZZ.president","name":"P","single":true,"from":"2004-05-01","to":"2009-12-31","source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.president","start":"2004-05-01","end":"2006-01-01","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.president","start":"2007-01-01","end":"2009-12-31","source":"t"}`,
		[]string{"office ZZZ.president (heads): no holder from 2006-01-01 to 2007-01-01 (365 days)"}},
	{"inside the complete range is marked", `
{"type":"office","id":"ZZZ.president","name":"P","single":true,"complete_from":"2000","source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.president","start":"1999","end":"2006-01-01","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.president","start":"2007-01-01","source":"t"}`,
		[]string{"office ZZZ.president (heads): no holder from 2006-01-01 to 2007-01-01 (365 days) inside the complete range"}},
	{"a co-held head office has a gap only without any holder", `
{"type":"office","id":"ZZZ.president","name":"P","source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.president","start":"1999","end":"2008","source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.president","start":"2001","end":"2005","source":"t"}`,
		[]string{"office ZZZ.president (heads): no holder from 2008-12-31 to 2010-12-31 (730 days)"}},
	{"a country without any head office misses one", `
{"type":"office","id":"ZZZ.vice_president","name":"VP","single":true,"source":"t"}`,
		[]string{"office ZZZ.head_of_state (heads): no such office, no holder from 2000-01-01 to 2010-12-31"}},
	{"a never office is no head office", `
{"type":"office","id":"ZZZ.prime_minister","name":"PM","single":true,"never":true,"source":"t"}`,
		[]string{"office ZZZ.head_of_state (heads): no such office, no holder from 2000-01-01 to 2010-12-31"}},
	{"an armed group's leader is promised, an organisation's only in its complete range", `
{"type":"office","id":"ZZZ.monarch","name":"K","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.monarch","start":"1990","source":"t"}
{"type":"office","id":"group.zf.leader","name":"L","single":true,"from":"2003","source":"t"}
{"type":"role","person":"person.b","office":"group.zf.leader","start":"2003-03","end":"2009-05-05","source":"t"}
{"type":"office","id":"org.zpol.leader","name":"Chief","single":true,"complete_from":"2008","source":"t"}
{"type":"role","person":"person.c","office":"org.zpol.leader","start":"2001","end":"2007","source":"t"}
{"type":"office","id":"ZZZ.speaker","name":"S","single":true,"source":"t"}`,
		[]string{
			"office group.zf.leader (groups): no holder from 2003-01-01 to 2003-03-01 (59 days)",
			"office group.zf.leader (groups): no holder from 2009-05-05 to 2010-12-31 (605 days)",
			"office org.zpol.leader (complete): no holder from 2008-01-01 to 2010-12-31 (1095 days) inside the complete range",
		}},
	{"a supreme leader is promised; a role without a start covers nothing", `
{"type":"office","id":"ZZZ.monarch","name":"K","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"ZZZ.monarch","start":"1990","source":"t"}
{"type":"office","id":"ZZZ.supreme_leader","name":"SL","single":true,"source":"t"}
{"type":"role","person":"person.b","office":"ZZZ.supreme_leader","end":"2004","source":"t"}
{"type":"role","person":"person.c","office":"ZZZ.supreme_leader","start":"2004-12-01","source":"t"}`,
		[]string{"office ZZZ.supreme_leader (supreme): no holder from 2000-01-01 to 2004-12-01 (1796 days)"}},
}

func TestGaps(t *testing.T) {
	for _, tc := range gapsTests {
		t.Run(tc.name, func(t *testing.T) {
			k := New()
			if err := Load(strings.NewReader(gapsKB+tc.in), "g.jsonl", k); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range k.Gaps() {
				g.File = ""
				got = append(got, g.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Gaps() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if len(k.Check()) != 0 {
				t.Errorf("Check() = %v; gaps are not problems", k.Check())
			}
		})
	}
}

// TestGapsPromisedMinisters: a G20 or MENA state in the KB needs foreign
// and defence minister offices; a state outside that set does not.
func TestGapsPromisedMinisters(t *testing.T) {
	in := `{"type":"source","name":"t","as_of":"2010-12-31"}
{"type":"actor","id":"person.a","kind":"person","name":"A","source":"t"}
{"type":"actor","id":"QAT","kind":"country","name":"Qatar","source":"t"}
{"type":"office","id":"QAT.monarch","name":"Emir","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"QAT.monarch","start":"1995","source":"t"}
{"type":"office","id":"QAT.foreign_minister","name":"FM","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"QAT.foreign_minister","start":"1992","end":"2009","source":"t"}
{"type":"actor","id":"NZL","kind":"country","name":"New Zealand","source":"t"}
{"type":"office","id":"NZL.prime_minister","name":"PM","single":true,"source":"t"}
{"type":"role","person":"person.a","office":"NZL.prime_minister","start":"1999","source":"t"}
`
	k := New()
	if err := Load(strings.NewReader(in), "m.jsonl", k); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range k.Gaps() {
		got = append(got, g.String())
	}
	want := []string{
		"m.jsonl:3: office QAT.defence_minister (ministers): no such office, no holder from 2000-01-01 to 2010-12-31",
		"m.jsonl:6: office QAT.foreign_minister (ministers): no holder from 2009-12-31 to 2010-12-31 (365 days)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Gaps() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReviewGaps(t *testing.T) {
	gaps := []Gap{
		{Office: "ZZZ.president", From: Date{2003, 2, 2}, To: Date{2003, 3, 7}},
		{Office: "ZZZ.president", From: Date{2008, 1, 1}, To: Date{2010, 12, 31}},
		{Office: "ZZZ.prime_minister", From: Date{2000, 1, 1}, To: Date{2002, 3, 1}},
	}
	reviews, err := ParseGapReviews(strings.NewReader(`# comment
ZZZ.president 2003-02 2003-03-07 vacant term ended before the successor's inauguration
ZZZ.president 2008 2010 unsure not confirmed
ZZZ.prime_minister 2000-01-01 2002-02 vacant ends too early
ZZZ.speaker 2000 2001 none stale
`), "r.txt")
	if err != nil {
		t.Fatal(err)
	}
	stale := ReviewGaps(gaps, reviews)
	for i, want := range []string{"vacant", "unsure", ""} {
		got := ""
		if gaps[i].Review != nil {
			got = gaps[i].Review.Kind
		}
		if got != want {
			t.Errorf("gap %d (%s %s…%s) reviewed %q; want %q", i, gaps[i].Office, gaps[i].From, gaps[i].To, got, want)
		}
	}
	if len(stale) != 2 || stale[0].Line != 4 || stale[1].Line != 5 {
		t.Errorf("stale = %+v; want the reviews at lines 4 (does not cover the gap's end) and 5 (no gap)", stale)
	}
}

func TestParseGapReviewsErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ZZZ.president 2003 2004 vacant", "r.txt:1: want <office> <from> <to> <kind> <reason>"},
		{"ZZZ.president 2004 2003 vacant why", "r.txt:1: bad period 2004 … 2003"},
		{"ZZZ.president 2003 2004-13 vacant why", "r.txt:1: bad period"},
		{"\nZZZ.president 2003 2004 empty why", `r.txt:2: kind "empty": want vacant, unsure, none or left_out`},
	} {
		_, err := ParseGapReviews(strings.NewReader(tc.in), "r.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseGapReviews(%q) error = %v; want %q", tc.in, err, tc.want)
		}
	}
}

// FuzzParseGapReviews checks that any input parses or fails with an
// error, and that every review it returns has a period in order and a
// known kind.
func FuzzParseGapReviews(f *testing.F) {
	f.Add("IRN.prime_minister 2000 2001-03 vacant abolished\n")
	f.Add("# comment\n\nX.y 2020-01-01 2019 none reversed\n")
	f.Add("A.b 2000-02-30 2001 unsure bad day\nA.b 2000 2001 other kind\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ParseGapReviews(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, r := range rs {
			if r.To.Last().Compare(r.From.First()) < 0 {
				t.Errorf("review %+v ends before it starts", r)
			}
			switch r.Kind {
			case ReviewVacant, ReviewUnsure, ReviewNone, ReviewLeft:
			default:
				t.Errorf("review kind %q", r.Kind)
			}
		}
	})
}

// TestVacancy: a day inside a reviewed vacancy of the shipped KB, with no
// holder listed, is a vacancy; a holder's day, a day outside the complete
// range and a gap reviewed as unsure are not.
func TestVacancy(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		office, day string
		want        bool
	}{
		{"MMR.prime_minister", "2021-02-01", true},    // no prime minister under the 2008 constitution
		{"MMR.prime_minister", "2021-09-01", false},   // Min Aung Hlaing
		{"MMR.prime_minister", "2010-01-01", false},   // Thein Sein
		{"BGD.prime_minister", "2007-06-01", true},    // caretaker government
		{"BGD.prime_minister", "2024-08-08", true},    // after Hasina fled
		{"BGD.prime_minister", "2010-01-01", false},   // Hasina
		{"LBY.foreign_minister", "2015-01-01", false}, // reviewed unsure: holders the KB lacks
		{"PAK.foreign_minister", "1999-01-01", false}, // no complete range
	}
	for _, tc := range tests {
		day, err := ParseDate(tc.day)
		if err != nil {
			t.Fatal(err)
		}
		if _, got := k.Vacancy(tc.office, day); got != tc.want {
			t.Errorf("Vacancy(%s, %s) = %v; want %v", tc.office, tc.day, got, tc.want)
		}
	}
}
