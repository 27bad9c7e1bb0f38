package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestDatelineCountry: the country after a dateline's city ("RIYADH,
// Saudi Arabia, Jan. 4, 2016 (AP) —") is where the story was filed, no
// party to the sentence's relation claim ("MANAMA, Bahrain — Saudi
// Arabia and Iran restored relations" is not about Bahrain–Saudi
// Arabia).
func TestDatelineCountry(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"MANAMA, Bahrain, Jan. 4, 2016 (AP) — Saudi Arabia and Iran restored diplomatic relations in 1991.", "2016-01-04", doc.Supported, "Saudi Arabia and Iran were restored on 1991-03"},
		{"Manama, Bahrain (Reuters) - Saudi Arabia and Iran severed diplomatic relations in 2012.", "2016-01-04", doc.Contradicted, "no break in 2012"},
		{"RIYADH, Saudi Arabia, Jan. 4, 2016 (AP) — Bahrain severed diplomatic relations with Iran on Monday.", "2016-01-04", doc.Supported, "Bahrain and Iran were severed on 2016-01-04"},
	})
}

// TestCoordinatedSubjectsAndLaterClause: the states a later clause
// of the sentence names as its own subjects are no partners of a claim
// by coordinated subjects ("Bahrain and Sudan severed relations with
// Iran on Monday and the United Arab Emirates downgraded its ties" was
// checked as Bahrain–Sudan, unverifiable).
func TestCoordinatedSubjectsAndLaterClause(t *testing.T) {
	d := analyzeQuotes(t, "Bahrain and Sudan severed diplomatic relations with Iran on Monday and the United Arab Emirates downgraded its ties.", "2016-01-04")
	got := findingsOf(d, doc.FindRelationContradicted)
	if len(got) != 2 || !strings.Contains(got[0], "Bahrain and Iran were severed") || !strings.Contains(got[1], "Sudan and Iran were severed") {
		t.Errorf("got %q; want Bahrain–Iran and Sudan–Iran supported", got)
	}
}
