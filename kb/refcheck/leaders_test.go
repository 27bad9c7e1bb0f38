package refcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

const leadersKB = `{"type":"source","name":"t","as_of":"2025-06-30"}
{"type":"actor","id":"ZZZ","kind":"country","name":"Zedland","aliases":["Republic of Zedland"],"source":"t"}
{"type":"actor","id":"YYY","kind":"country","name":"Ypsilonia","source":"t"}
{"type":"office","id":"ZZZ.prime_minister","name":"Chairman of the Council of Ministers of Zedland","single":true,"source":"t"}
{"type":"office","id":"ZZZ.president","name":"President of Zedland","single":true,"source":"t"}
{"type":"office","id":"ZZZ.foreign_minister","name":"Foreign Minister of Zedland","single":true,"source":"t"}
`

func TestLeadersTables(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(leadersKB), "l.jsonl", k); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	wl := filepath.Join(dir, "wl.csv")
	os.WriteFile(wl, []byte(`countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q1,Zedland,Q2,President of the Republic of Zedland,Q3,Ada Alpha,2017,2022
Q1,Zedland,Q4,Chairman of the Council of Ministers of Zedland,Q5,Bo Beta,2021,
Q1,Zedland,Q6,Member of the Federal Council,Q7,Cy Gamma,2020,
Q9,Atlantis,Q2,President of Atlantis,Q8,Di Delta,2020,
Q1,Zedland,Q2,President of Zedland,Q10,Ed Eps,20x1,
`), 0o644)
	fm := filepath.Join(dir, "fm.csv")
	os.WriteFile(fm, []byte(`person,name,country,countryLabel,position,positionLabel,start,psid
,,Q1,Zedland,Q11,Minister of Foreign Affairs,,
Q12,Fay Phi,Q1,Zedland,Q13,Secretary for Foreign and Political Affairs,2021-03-15,x
`), 0o644)
	ref := &Reference{byOffice: map[string][]refRole{}}
	if err := ref.loadWorldLeaders(wl, k); err != nil {
		t.Fatal(err)
	}
	if err := ref.loadForeignMinisters(fm, k); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, id := range []string{"ZZZ.president", "ZZZ.prime_minister", "ZZZ.foreign_minister"} {
		for _, r := range ref.covOnly[id] {
			got = append(got, id+" "+r.name+" "+r.start.String()+".."+r.end.String()+" "+r.qid)
		}
	}
	want := []string{
		"ZZZ.president Ada Alpha 2017..2022 Q3",         // " of the Republic of Zedland" cut
		"ZZZ.prime_minister Bo Beta 2021.. Q5",          // the KB office's own name
		"ZZZ.foreign_minister Fay Phi 2021-03-15.. Q12", // any post of the foreign-minister list
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ref.byOffice) != 0 {
		t.Errorf("coverage-only rows leaked into the compared tables: %v", ref.byOffice)
	}
}

func TestStripCountry(t *testing.T) {
	k := kb.New()
	if err := kb.Load(strings.NewReader(leadersKB), "l.jsonl", k); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ label, want string }{
		{"Prime Minister of Zedland", "Prime Minister"},
		{"President of the Republic of Zedland", "President"},
		{"Minister of Defence of Zedland", "Minister of Defence"},
		{"Minister of Defence", "Minister of Defence"},
		{"President of Ypsilonia", "President of Ypsilonia"}, // another country
	} {
		if got := stripCountry(tt.label, "ZZZ", k); got != tt.want {
			t.Errorf("stripCountry(%q) = %q; want %q", tt.label, got, tt.want)
		}
	}
}
