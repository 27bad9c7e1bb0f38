package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Tests of statement issuers.

// TestStatementIssuer checks that a sentence-opening "We" in a
// statement is the body its title names as author, and only there.
func TestStatementIssuer(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, text string
		want        []string
	}{
		{"Statement by the Ministry of Foreign Affairs of the Republic of Ghana",
			"We condemn the attack on the convoy. We urge all states in the region to enforce the arms embargo.",
			[]string{"GHAGOV  111", "GHAGOV  020"}},
		{"Press release from the Government of Peru", "We call on Ecuador to release the detainees.", []string{"PERGOV ECU 020"}},
		{"Ghana's ministry says the convoy was attacked", "We condemn the attack on the convoy.", nil},
	} {
		d := &doc.Doc{Text: tc.text, Title: tc.title, Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
		d.Fill(doc.LayerText)
		d.Fill(doc.LayerDate)
		if err := p.Run(d, nil); err != nil {
			t.Fatal(err)
		}
		got := eventCodes(d)
		if len(tc.want) == 0 && len(got) > 0 {
			t.Errorf("%q / %q: coded %q, want nothing (no issuer)", tc.title, tc.text, got)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q / %q: want %q among %q", tc.title, tc.text, w, got)
			}
		}
	}
}

// FuzzIssuer feeds titles to the statement-issuer reader: no panic, and
// an issuer only for a statement's title.
func FuzzIssuer(f *testing.F) {
	f.Add("Statement by the Ministry of Foreign Affairs of the Republic of Kenya")
	f.Add("Press release from the Government of Peru")
	f.Add("Statement by ")
	f.Add("statement of  ő \x00 Kenya")
	f.Add("Ghana's ministry says the convoy was attacked")
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	c := New(k, nil)
	f.Fuzz(func(t *testing.T, title string) {
		a, ok := c.issuer(title)
		if ok && a.id == "" {
			t.Errorf("%q: issuer with no id", title)
		}
		low := strings.ToLower(title)
		if ok && !strings.Contains(low, "statement") && !strings.Contains(low, "release") && !strings.Contains(low, "communiq") && !strings.Contains(low, "declaration") {
			t.Errorf("%q: issuer %q from a title that names no statement", title, a.id)
		}
	})
}
