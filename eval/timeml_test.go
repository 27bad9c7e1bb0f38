package eval

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T10:35" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs &amp; embassies</TITLE>
<TEXT>
NAIROBI, Kenya (AP) _ Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, killing dozens &amp; more <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> later.
</TEXT>
</TimeML>`

func TestParseTimeML(t *testing.T) {
	td, err := parseTimeML(strings.NewReader(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC); !td.DCT.Equal(want) {
		t.Errorf("DCT = %v; want %v", td.DCT, want)
	}
	if len(td.Gold) != 2 {
		t.Fatalf("gold = %v; want 2 expressions", td.Gold)
	}
	for i, w := range []struct{ text, typ, val string }{{"Friday", "DATE", "1998-08-07"}, {"three days", "DURATION", "P3D"}} {
		g := td.Gold[i]
		if g.Text != w.text || td.Text[g.Span.Start:g.Span.End] != w.text || g.Type != w.typ || g.Value != w.val {
			t.Errorf("gold[%d] = %q %s %s at %v; want %q %s %s", i, g.Text, g.Type, g.Value, g.Span, w.text, w.typ, w.val)
		}
	}
	if !strings.Contains(td.Text, "dozens & more") || strings.Contains(td.Text, "Bombs & embassies") {
		t.Errorf("text = %q; want the decoded <TEXT> only", td.Text)
	}
}

func TestParseTimeMLErrors(t *testing.T) {
	for _, in := range []string{"<TimeML><DCT></DCT></TimeML>", "<TimeML><TEXT>a</TIMEX3></TEXT></TimeML>", "<TimeML><TEXT>"} {
		if _, err := parseTimeML(strings.NewReader(in)); err == nil {
			t.Errorf("parseTimeML(%q) succeeded; want an error", in)
		}
	}
}

const sampleMEANTIME = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">GM</token>
<token number="1" sentence="0" t_id="2">posts</token>
<token number="2" sentence="0" t_id="3">loss</token>
<token number="3" sentence="1" t_id="4">January</token>
<token number="4" sentence="1" t_id="5">27</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2006</token>
<token number="7" sentence="2" t_id="8">It</token>
<token number="8" sentence="2" t_id="9">lost</token>
<token number="9" sentence="2" t_id="10">money</token>
<token number="10" sentence="2" t_id="11">in</token>
<token number="11" sentence="2" t_id="12">2005</token>
<token number="12" sentence="2" t_id="13">.</token>
<token number="13" sentence="3" t_id="14">Unannotated</token>
<token number="14" sentence="3" t_id="15">today</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2006-01-27"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2005"><token_anchor t_id="12"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2005-01-01"/>
<EVENT_MENTION m_id="4"><token_anchor t_id="9"/></EVENT_MENTION>
</Markables>
</Document>`

func TestParseMEANTIME(t *testing.T) {
	td, err := parseMEANTIME(strings.NewReader(sampleMEANTIME))
	if err != nil {
		t.Fatal(err)
	}
	if want := "GM posts loss\nJanuary 27, 2006\nIt lost money in 2005."; td.Text != want {
		t.Errorf("text = %q; want %q (cut after the last annotated sentence)", td.Text, want)
	}
	if !td.DCT.Equal(time.Date(2006, 1, 27, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DCT = %v; want 2006-01-27", td.DCT)
	}
	if len(td.Gold) != 1 || td.Gold[0].Text != "2005" || td.Gold[0].Value != "2005" {
		t.Errorf("gold = %+v; want one expression 2005", td.Gold)
	}
	if len(td.Ignore) != 1 || td.Text[td.Ignore[0].Start:td.Ignore[0].End] != "January 27, 2006" {
		t.Errorf("ignore = %v; want the DCT span", td.Ignore)
	}
}

func TestScoreTimexes(t *testing.T) {
	td, err := parseTimeML(strings.NewReader(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	sys := append(td.Gold[:0:0], td.Gold...)
	sys[1].Value = "P4D"                      // wrong value
	sys[1].Span.Start += len("three ")        // partial extent
	sys = append(sys, sys[0])                 // a duplicate is spurious
	sys[2].Span.Start, sys[2].Span.End = 1, 3 // elsewhere
	s, diffs := ScoreTimexes(td.Gold, sys, nil)
	if s.Gold != 2 || s.System != 3 || s.Strict != 1 || s.Relaxed != 2 || s.Value != 1 {
		t.Errorf("score = %+v; want gold 2, system 3, strict 1, relaxed 2, value 1", s)
	}
	if len(diffs) != 2 {
		t.Errorf("diffs = %d; want 2 (the differing match and the spurious one)", len(diffs))
	}
	_, _, f := s.ValuePRF()
	if want := 2 * (1.0 / 3) * 0.5 / (1.0/3 + 0.5); f < want-1e-9 || f > want+1e-9 {
		t.Errorf("value F1 = %v; want %v", f, want)
	}
}

// The corpora in ../shared parse and give the counts their SOURCE.md
// states (DCTs excluded).
func TestReadTimexDirShared(t *testing.T) {
	tb := shareddata.Path(t, "data/eval/timebank-tbaq-cleaned/TimeBank")
	docs, err := ReadTimexDir(tb, "timeml")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		if d.DCT.IsZero() {
			t.Errorf("%s: no DCT", d.Name)
		}
		n += len(d.Gold)
	}
	if len(docs) != 183 || n < 1200 {
		t.Errorf("TimeBank: %d docs, %d expressions; want 183 docs and about 1,243", len(docs), n)
	}
	mt := shareddata.Path(t, "data/eval/meantime-wikinews/intra-doc_annotation")
	docs, err = ReadTimexDir(mt, "meantime")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 120 {
		t.Errorf("MEANTIME: %d docs; want 120", len(docs))
	}
}

func FuzzParseTimeML(f *testing.F) {
	f.Add(sampleTML)
	f.Add("<TimeML><TEXT><TIMEX3 value=\"x\">a</TIMEX3></TEXT></TimeML>")
	f.Fuzz(func(t *testing.T, in string) {
		td, err := parseTimeML(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, g := range td.Gold {
			if g.Span.Start < 0 || g.Span.End > len(td.Text) || td.Text[g.Span.Start:g.Span.End] != g.Text {
				t.Fatalf("bad gold span %v", g.Span)
			}
		}
	})
}

func FuzzParseMEANTIME(f *testing.F) {
	f.Add(sampleMEANTIME)
	f.Add(`<Document><token t_id="1" sentence="x">a</token><TIMEX3><token_anchor t_id="2"/></TIMEX3></Document>`)
	f.Fuzz(func(t *testing.T, in string) {
		td, err := parseMEANTIME(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, g := range td.Gold {
			if g.Span.Start < 0 || g.Span.End > len(td.Text) || g.Span.Start > g.Span.End {
				t.Fatalf("bad gold span %v", g.Span)
			}
		}
	})
}

// A creation time whose value is not ISO is read from its text; with no
// creation time, a gold date forming the date line gives the article date.
func TestParseMEANTIMEDateFallbacks(t *testing.T) {
	want := time.Date(2006, 1, 27, 0, 0, 0, 0, time.UTC)
	odd := strings.Replace(sampleMEANTIME, `value="2006-01-27"`, `value="27-01-2006"`, 1)
	none := strings.Replace(sampleMEANTIME, `functionInDocument="CREATION_TIME"`, `functionInDocument="NONE"`, 1)
	typo := strings.Replace(sampleMEANTIME, `value="2006-01-27"`, `value="2006-01-17"`, 1)
	for name, in := range map[string]string{"non-ISO value": odd, "date line": none, "value disagrees with the date line": typo} {
		td, err := parseMEANTIME(strings.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !td.DCT.Equal(want) {
			t.Errorf("%s: DCT = %v; want %v", name, td.DCT, want)
		}
	}
	td, _ := parseMEANTIME(strings.NewReader(none))
	if len(td.Gold) != 2 || len(td.Ignore) != 0 {
		t.Errorf("date line: gold %d, ignore %d; want the date line kept as gold (2, 0)", len(td.Gold), len(td.Ignore))
	}
}

// Nested gold expressions: the system's exact "2009" pairs with the gold
// "2009", not with the enclosing range that overlaps it too.
func TestScoreTimexesNested(t *testing.T) {
	gold := []doc.Time{
		{Span: doc.Span{Start: 0, End: 17}, Type: "DURATION", Value: "P2Y"},
		{Span: doc.Span{Start: 5, End: 9}, Type: "DATE", Value: "2009"},
	}
	sys := []doc.Time{{Span: doc.Span{Start: 5, End: 9}, Type: "DATE", Value: "2009"}}
	s, _ := ScoreTimexes(gold, sys, nil)
	if s.Relaxed != 1 || s.Strict != 1 || s.Value != 1 {
		t.Errorf("score = %+v; want the exact pair (strict 1, relaxed 1, value 1)", s)
	}
}

// Equivalent notations of one value compare equal; different values,
// including different granularities, do not.
func TestTimexValueEqual(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"199X", "199", true},
		{"19XX", "19", true},
		{"2000-W7", "2000-W07", true},
		{"2000-W7-WE", "2000-W07-WE", true},
		{"2000-W12", "2000-W12", true},
		{"2000-W7", "2000-W17", false},
		{"XXXX", "XX", false},
		{"1989-XX", "1989", false},
		{"1989X", "1989", false},
		{"P1D", "PT24H", false},
		{"199X", "198", false},
		{"2000-W07", "2000-W05", false},
		{"P2.5Y", "P2Y6M", true},
		{"PT5.5H", "PT5H30M", true},
		{"PT1.5M", "PT1M30S", true},
		{"P1.5M", "P1M15D", false},
		{"P2.5Y", "P2Y5M", false},
		{"P.5Y", "PY6M", false},
		{"PT2.5Y", "PT2Y6M", false},
		{"P1E", "P10Y", true},
		{"P1DE", "P10Y", true},
		{"P2C", "P200Y", true},
		{"P1CE", "P100Y", true},
		{"P2L", "P2000Y", true},
		{"P3Q", "P9M", true},
		{"P1Q", "P3M", true},
		{"P1E", "P1Y", false},
		{"PXE", "PXY", false},
		{"P3Q", "P3M", false},
		{"P2E", "P10Y", false},
		{"2000-04-06T04:00-04:00", "2000-04-06T04:00", true},
		{"2023-06-24T10:00+05:30", "2023-06-24T10:00", true},
		{"2023-06-24T07:35Z", "2023-06-24T07:35", true},
		{"2023-06-24T10:00+01:00", "2023-06-24T10:00-05:00", false},
		{"2023-06-24T10:00+01:00", "2023-06-24T11:00", false},
		{"2023-06-24", "2023-06-24T10:00", false},
	} {
		if got := TimexValueEqual(tc.a, tc.b); got != tc.want {
			t.Errorf("TimexValueEqual(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
		if got := TimexValueEqual(tc.b, tc.a); got != tc.want {
			t.Errorf("TimexValueEqual(%q, %q) = %v; want %v", tc.b, tc.a, got, tc.want)
		}
	}
}
