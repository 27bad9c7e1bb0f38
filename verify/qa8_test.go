package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestCitedUnnamedSources: the sources a report cites ("Bloomberg
// reported, citing two sources") are unnamed attribution, as "people
// familiar with the matter" are; a named body cited is not.
func TestCitedUnnamedSources(t *testing.T) {
	for _, tc := range []struct {
		text    string
		unnamed bool
	}{
		{"The fund would approve the loan, Bloomberg reported, citing two sources.", true},
		{"The fund would approve the loan, the agency reported, citing a senior official.", true},
		{"The talks had stalled, the newspaper said, quoting diplomats.", true},
		{"The talks had stalled, the newspaper said, citing sources close to the government.", true},
		{"The talks had stalled, the newspaper said, citing people.", false},
		{"The talks had stalled, the newspaper said, citing the foreign ministry.", false},
	} {
		d := claimDoc(tc.text, "", "", "", "", "", "", "", "", "2018-06-07")
		got := findKind(run(t, d), doc.FindUnnamedSource) != nil
		if got != tc.unnamed {
			t.Errorf("%q: unnamed_source finding %v, want %v", tc.text, got, tc.unnamed)
		}
	}
}
