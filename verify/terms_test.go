package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/verify"
)

// termsKB holds a prime minister with two terms and a gap between them.
func termsKB() *kb.KB {
	k := kb.New()
	k.AddSource(kb.Source{Name: "t", AsOf: date("2025-06-30")})
	k.AddActor(kb.Actor{ID: "XKX", Kind: kb.KindCountry, Name: "Kosovo"})
	k.AddActor(kb.Actor{ID: "p.k", Kind: kb.KindPerson, Name: "Albin Kurti", Source: "t"})
	k.AddOffice(kb.Office{ID: "XKX.prime_minister", Country: "XKX", Key: "prime_minister", Name: "Prime Minister of Kosovo", Source: "t"})
	k.AddRole(kb.Role{ID: "r.k1", Person: "p.k", Office: "XKX.prime_minister", Title: "Prime Minister of Kosovo", Country: "XKX", Start: date("2020-02-03"), End: date("2020-06-03"), Source: "t"})
	k.AddRole(kb.Role{ID: "r.k2", Person: "p.k", Office: "XKX.prime_minister", Title: "Prime Minister of Kosovo", Country: "XKX", Start: date("2021-03-22"), Source: "t"})
	return k
}

func TestUndatedSeveralTerms(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated string
		from, to           string
		alts               int
		explain            string
	}{
		// Both terms fit: the window spans them and names each.
		{"ambiguous", "Kosovo Prime Minister Albin Kurti spoke.", "", "2020-02-03", "", 2, "2020-02-03 → 2020-06-03 or 2021-03-22 → present"},
		// A date the text states elsewhere picks the term holding it,
		// and the article is from that day or later (QA9 V-1).
		{"stated", "Kosovo Prime Minister Albin Kurti spoke. It was the day of the vote.", "2023-09-26", "2023-09-26", "", 0, "throughout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := claimDoc(tc.text, "Kosovo Prime Minister Albin Kurti", "Prime Minister", "prime_minister", "XKX", "adjective", "", "Albin Kurti", "p.k", "")
			if tc.stated != "" {
				i := strings.Index(tc.text, "the day of the vote")
				d.Sentences = []doc.Span{{Start: 0, End: i - 7}, {Start: i - 6, End: len(tc.text)}}
				d.Times = []doc.Time{{Span: doc.Span{Start: i, End: i + 19}, Text: "the day of the vote", Type: "DATE", Value: tc.stated}}
			}
			if err := verify.New(termsKB()).Process(d); err != nil {
				t.Fatal(err)
			}
			dw := d.DateWindow
			if dw == nil || dw.From != tc.from || dw.To != tc.to || len(dw.Alternatives) != tc.alts || !dw.Consistent {
				t.Fatalf("DateWindow = %+v; want %s → %q with %d alternatives", dw, tc.from, tc.to, tc.alts)
			}
			f := findKind(d.Findings, doc.FindRoleMismatch)
			if f == nil || f.Verdict != doc.Supported || !strings.Contains(f.Explanation, tc.explain) {
				t.Errorf("role finding = %+v; want supported mentioning %q", f, tc.explain)
			}
		})
	}
}
