package refcheck

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

const coverageKB = `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"ZZZ","kind":"country","name":"Zedland","source":"t"}
{"type":"actor","id":"person.a","kind":"person","name":"Anna Alpha","aliases":["wd.Q1"],"source":"t"}
{"type":"actor","id":"person.b","kind":"person","name":"Bert Beta","source":"t"}
{"type":"actor","id":"person.c","kind":"person","name":"Glafcos Clerides","source":"t"}
{"type":"actor","id":"person.d","kind":"person","name":"Ricardo Lagos","source":"t"}
{"type":"office","id":"ZZZ.prime_minister","name":"PM","single":true,"complete_from":"2005-01-01","source":"t"}
{"type":"office","id":"ZZZ.president","name":"President","single":true,"source":"t"}
{"type":"office","id":"ZZZ.chancellor","name":"Chancellor","single":true,"from":"2008-04-09","source":"t"}
{"type":"office","id":"ZZZ.chief_adviser","name":"Chief Adviser","single":true,"source":"t"}
{"type":"actor","id":"person.e","kind":"person","name":"Ela Epsilon","source":"t"}
{"type":"role","id":"e1","person":"person.e","office":"ZZZ.chief_adviser","start":"2012-01-01","end":"2012-06-01","source":"t"}
{"type":"role","id":"a1","person":"person.a","office":"ZZZ.prime_minister","start":"2001-01-01","end":"2005-06-01","source":"t"}
{"type":"role","id":"b1","person":"person.b","office":"ZZZ.prime_minister","start":"2005-06-01","end":"2010-01-01","source":"t"}
{"type":"role","id":"c1","person":"person.c","office":"ZZZ.president","start":"1993-02-28","end":"2003-02-28","source":"t"}
{"type":"role","id":"d1","person":"person.d","office":"ZZZ.president","start":"2003-02-28","end":"2009-03-11","source":"t"}
`

func TestCheckCoverage(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(coverageKB), "c.jsonl", k); err != nil {
		t.Fatal(err)
	}
	asOf := d("2023-01-01")
	ref := &Reference{byOffice: map[string][]refRole{}}
	pm, pres := "ZZZ.prime_minister", "ZZZ.president"
	// covered: by QID, by name, by a transliteration starting the same
	// day, by a longer form (two alike words)
	ref.add(pm, refRole{person: "a alpha", qid: "Q1", start: d("2001-01-02"), end: d("2005-06-01"), asOf: asOf, source: "wikidata-ep"})
	ref.add(pm, refRole{person: "bert beta", start: d("2005-06-01"), end: d("2010-01-01"), asOf: asOf, source: "countryinfo"})
	ref.add(pres, refRole{person: "glafkos kliridis", start: d("1993-02-28"), end: d("2003-02-28"), asOf: asOf, source: "countryinfo"})
	ref.add(pres, refRole{person: "ricardo lagos escobar", start: d("2003-03-01"), end: d("2009-03-11"), asOf: asOf, source: "countryinfo"})
	// missing inside the complete range: an acting holder of two days
	ref.add(pm, refRole{person: "carl gamma", name: "Carl Gamma", start: d("2010-01-01"), end: d("2010-01-03"), asOf: asOf, source: "wikidata-ep"})
	// the same term in a second table is one term
	ref.add(pm, refRole{person: "carl gamma", name: "CARL GAMMA", start: d("2010-01-01"), end: d("2010-01-04"), asOf: asOf, source: "countryinfo"})
	// missing before the complete range
	ref.add(pm, refRole{person: "dora delta", name: "Dora Delta", start: d("2000-02-01"), end: d("2000-12-31"), asOf: asOf, source: "wikidata-ep"})
	// outside the window: not counted
	ref.add(pm, refRole{person: "eve old", name: "Eve Old", start: d("1990-01-01"), end: d("1999-12-31"), asOf: asOf, source: "wikidata-ep"})
	// an open row is known up to its as-of date: missing in the window
	ref.add(pres, refRole{person: "fred phi", name: "Fred Phi", start: d("2009-03-11"), asOf: asOf, source: "wikidata-ep"})
	// a word alike but neither starting near nor a second word: not the same person
	ref.add(pres, refRole{person: "maria lagosa", name: "Maria Lagosa", start: d("2005-01-01"), end: d("2005-02-01"), asOf: asOf, source: "wikidata-ep"})
	// ends on the day the complete range opens (the successor's day): outside
	ref.add(pm, refRole{person: "hal eta", name: "Hal Eta", start: d("2004-06-01"), end: d("2005-01-01"), asOf: asOf, source: "wikidata-ep"})
	// a name without Latin letters is keyed by its QID
	ref.add(pm, refRole{person: kb.Fold("أحمد الصباح"), name: "أحمد الصباح", qid: "Q42", start: d("2011-12-13"), end: d("2012-02-14"), asOf: asOf, source: "wikidata-ep"})
	// before the office existed: not counted
	ref.add("ZZZ.chancellor", refRole{person: "ivo iota", name: "Ivo Iota", start: d("2007-07-31"), end: d("2008-04-09"), asOf: asOf, source: "wikidata-ep"})
	// an office the KB does not model: skipped
	ref.add("ZZZ.speaker", refRole{person: "gina", name: "Gina", start: d("2001-01-01"), asOf: asOf, source: "wikidata-ep"})

	exc := map[string]string{
		"missing ZZZ.president@maria-lagosa@2005-01-01": "the reference copies another post",
		"missing ZZZ.president@nobody@2001":             "stale",
	}
	rep := CheckCoverage(k, ref, d("2000-01-01"), d("2025-06-30"), exc)
	var got []string
	for _, g := range rep.Missing {
		s := g.Key
		if g.InComplete {
			s += " complete"
		}
		if g.Excepted != "" {
			s += " excepted"
		}
		got = append(got, s+" "+strings.Join(g.Sources, ","))
	}
	want := []string{
		"ZZZ.prime_minister@carl-gamma@2010-01-01 complete wikidata-ep,countryinfo",
		"ZZZ.president@fred-phi@2009-03-11 wikidata-ep",
		"ZZZ.president@maria-lagosa@2005-01-01 excepted wikidata-ep",
		"ZZZ.prime_minister@dora-delta@2000-02-01 wikidata-ep",
		"ZZZ.prime_minister@hal-eta@2004-06-01 wikidata-ep",
		"ZZZ.prime_minister@q42@2011-12-13 complete wikidata-ep",
	}
	// sorted: complete first, then office, then start
	want = []string{want[0], want[5], want[2], want[1], want[3], want[4]}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("missing:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Terms != 10 || rep.Covered != 4 || rep.InComplete != 2 || rep.Excepted != 1 || rep.Offices != 3 || rep.OutsideOffice != 1 {
		t.Errorf("terms %d covered %d in complete %d excepted %d offices %d outside %d; want 10 4 2 1 3 1", rep.Terms, rep.Covered, rep.InComplete, rep.Excepted, rep.Offices, rep.OutsideOffice)
	}
	if len(rep.Stale) != 1 || rep.Stale[0] != "ZZZ.president@nobody@2001" || !rep.Failed() {
		t.Errorf("stale = %v, failed %v; want the one unused exception", rep.Stale, rep.Failed())
	}
	if g := rep.Missing[0]; len(g.KBHolders) != 1 || g.KBHolders[0] != "Bert Beta" {
		t.Errorf("KB holders during %s = %v; want Bert Beta (hand-over day)", g.Key, g.KBHolders)
	}
	var sb strings.Builder
	rep.Print(&sb, false)
	for _, w := range []string{"missing inside complete ranges", "  ZZZ.prime_minister\n    Carl Gamma  2010-01-01 – 2010-01-03", "coverage 40.0%: 4 of 10"} {
		if !strings.Contains(sb.String(), w) {
			t.Errorf("Print lacks %q:\n%s", w, sb.String())
		}
	}
	if strings.Contains(sb.String(), "Maria Lagosa") {
		t.Errorf("Print lists an excepted term without all:\n%s", sb.String())
	}
	sb.Reset()
	rep.Print(&sb, true)
	if !strings.Contains(sb.String(), "Maria Lagosa") {
		t.Errorf("Print(all) lacks the excepted term:\n%s", sb.String())
	}
}

func TestCompleteRange(t *testing.T) {
	tests := []struct {
		from, cto, ofrom, oto string
		lo, hi                string
	}{
		{"2000-01-01", "", "", "", "2000-01-01", "2025-06-30"},
		{"2002-12", "", "", "", "2003-01-01", "2025-06-30"}, // December 2002 is unknown
		{"2000", "2014", "", "", "2001-01-01", "2013-12-31"},
		{"2000-01-01", "", "2019-12-21", "", "2019-12-21", "2025-06-30"}, // before the office existed
		{"2000-01-01", "", "", "1989-08-03", "", ""},
		{"", "", "", "", "", ""},
	}
	for _, tt := range tests {
		o := &kb.Office{CompleteFrom: d(tt.from), CompleteTo: d(tt.cto), From: d(tt.ofrom), To: d(tt.oto)}
		p := completeRange(o, d("2025-06-30"))
		if p.Start != d(tt.lo) || p.End != d(tt.hi) {
			t.Errorf("completeRange(%+v) = %v – %v; want %s – %s", tt, p.Start, p.End, tt.lo, tt.hi)
		}
	}
}

func TestCoverageREIGN(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(coverageKB), "c.jsonl", k); err != nil {
		t.Fatal(err)
	}
	ref := &Reference{byOffice: map[string][]refRole{}}
	asOf := reignAsOf
	ref.add("reign:ZZZ", refRole{person: "alpha", name: "Alpha", start: d("2001-01-01"), end: d("2005-06"), asOf: asOf, source: "reign"})
	ref.add("reign:ZZZ", refRole{person: "lagos escobar", name: "Lagos Escobar", start: d("2003-03-11"), end: d("2009-03"), asOf: asOf, source: "reign"})
	ref.add("reign:ZZZ", refRole{person: "zeta", name: "Zeta", start: d("2010-01-01"), end: d("2011-01"), asOf: asOf, source: "reign"})
	// a caretaker government's chief adviser is a head for REIGN
	ref.add("reign:ZZZ", refRole{person: "epsilon", name: "Epsilon", start: d("2012-01-01"), end: d("2012-06"), asOf: asOf, source: "reign"})
	ref.add("reign:YYY", refRole{person: "omega", name: "Omega", start: d("2010-01-01"), asOf: asOf, source: "reign"})
	rep := CheckCoverage(k, ref, d("2000-01-01"), d("2025-06-30"), nil)
	if rep.Terms != 4 || rep.Covered != 3 || len(rep.Missing) != 1 || rep.Missing[0].Person != "Zeta" || rep.Missing[0].InComplete {
		t.Errorf("REIGN coverage: %d terms, %d covered, missing %+v; want 4, 3, Zeta (of no known office, so not inside a complete range)", rep.Terms, rep.Covered, rep.Missing)
	}
}

func TestAlike(t *testing.T) {
	tests := []struct {
		ref, kb string
		near    bool
		want    bool
	}{
		{"glafkos kliridis", "glafcos clerides", false, false}, // two edits in a short word
		{"ana de palacio y del valle lersundi", "ana palacio", false, true},
		{"ricardo lagos escobar", "ricardo lagos", false, true},
		{"banzer suarez", "hugo banzer", true, true},
		{"banzer suarez", "hugo banzer", false, false},
		{"kim jong un", "kim jong il", false, false}, // short words alone never match
		{"samdech hun sen", "hun sen", false, true},  // unless every word matches
		{"ahmad nasser al mohammed al sabah", "hamad jaber al ali al sabah", false, false},
		{"sheikh maktum ibn rashid al maktum", "maktoum bin rashid al maktoum", false, true},
		{"paul kaga me", "paul kagame", false, false},
		{"burdzhanadze", "nino burjanadze", true, true}, // romanisations
		{"king", "stephenson king", true, true},         // a surname, not a title
	}
	for _, tt := range tests {
		if got := alike(nameWords(tt.ref), tt.kb, tt.near); got != tt.want {
			t.Errorf("alike(%q, %q, near %v) = %v; want %v", tt.ref, tt.kb, tt.near, got, tt.want)
		}
	}
}

func TestParseMissingExceptions(t *testing.T) {
	m, err := ParseExceptions(strings.NewReader("missing IRQ.prime_minister@ahmed-chalabi@2003-09-01 Governing Council presidency, not the premiership\n"), "x.txt")
	if err != nil || m["missing IRQ.prime_minister@ahmed-chalabi@2003-09-01"] == "" {
		t.Errorf("ParseExceptions = %v, %v", m, err)
	}
	for _, bad := range []string{"missing IRQ.prime_minister why\n", "missing IRQ.prime_minister@x@2003\n"} {
		if _, err := ParseExceptions(strings.NewReader(bad), "x.txt"); err == nil || !strings.Contains(err.Error(), "x.txt:1") {
			t.Errorf("ParseExceptions(%q) = %v; want an error at x.txt:1", bad, err)
		}
	}
	if got := MissingKey("GBR.prime_minister", "Philip \"Brave\" Davis", d("2021-09-17")); got != "GBR.prime_minister@philip-brave-davis@2021-09-17" {
		t.Errorf("MissingKey = %q", got)
	}
}

// TestCoverageSourceOrder: the per-source lines come in rank order and,
// within a rank, by name, whatever order the map gives them in.
func TestCoverageSourceOrder(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(coverageKB), "c.jsonl", k); err != nil {
		t.Fatal(err)
	}
	asOf := d("2023-01-01")
	want := "wikidata-ep countryinfo foreign-ministers-2022 world-leaders-2021"
	for i := 0; i < 20; i++ {
		ref := &Reference{byOffice: map[string][]refRole{}}
		for _, src := range []string{"world-leaders-2021", "countryinfo", "foreign-ministers-2022", "wikidata-ep"} {
			ref.add("ZZZ.president", refRole{person: "x " + src, name: "X", start: d("2011-01-01"), end: d("2011-02-01"), asOf: asOf, source: src})
		}
		rep := CheckCoverage(k, ref, d("2000-01-01"), d("2025-06-30"), nil)
		var got []string
		for _, s := range rep.BySource {
			got = append(got, s.Source)
		}
		if g := strings.Join(got, " "); g != want {
			t.Fatalf("sources in order %q, want %q", g, want)
		}
	}
}
