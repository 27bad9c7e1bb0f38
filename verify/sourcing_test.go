package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of sourcing findings: unnamed, cited and document sources.

// TestOneFindingPerUnnamedSource: two quotes of one unnamed speaker ("…,"
// one official said, adding that …) give one finding, and both count
// in the sourcing profile.
func TestOneFindingPerUnnamedSource(t *testing.T) {
	day, _ := timeParse("2017-07-28")
	d := &doc.Doc{Raw: `"Nobody shed a tear," one official said, adding that the generals were relieved.`, Source: "t", Date: day, DateSource: doc.DateFromFlag}
	if err := fullPipeline(t).Run(d, nil); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range d.Findings {
		if f.Kind == doc.FindUnnamedSource {
			n++
		}
	}
	if n != 1 || d.Sourcing == nil || d.Sourcing.Unnamed != 2 {
		t.Errorf("%d unnamed_source findings, sourcing %+v; want 1 finding and 2 unnamed quotes", n, d.Sourcing)
	}
}

// TestClaimedAsAct: "claimed" hedges a claim ("the group claimed the
// ship was carrying weapons") but not a party's claim named by a noun
// ("the rights claimed by South Africa") or a claim of responsibility
// or victory, which is the news itself.
func TestClaimedAsAct(t *testing.T) {
	for _, tc := range []struct {
		text  string
		hedge bool
	}{
		{"The judges found that at least some of the rights claimed by South Africa were plausible.", false},
		{"Islamic State claimed responsibility for the attack.", false},
		{"He claimed victory on Sunday.", false},
		{"The group claimed the ship was carrying weapons.", true},
		// a claim of the attack itself, and what a disaster claims
		{"Al-Shabaab claimed the attack as revenge for Kenya's military intervention in Somalia.", false},
		{"The group claimed Saturday's twin bombings in the capital.", false},
		{"The blast claimed the lives of 20 people.", false},
		{"The minister claimed the election was rigged.", true},
		{"He claimed the attack was staged.", true},
		// British wire phrasing
		{"The agency is understood to have circulated a report in 2012.", true},
		{"He understood the risks of the plan.", false},
	} {
		d := analyze(t, tc.text, "2024-01-26")
		got := false
		for _, f := range d.Findings {
			if f.Kind == doc.FindHedgedClaim {
				got = true
			}
		}
		if got != tc.hedge {
			t.Errorf("%q: hedged %v; want %v", tc.text, got, tc.hedge)
		}
	}
}

// TestNamedDocumentSource: a document of a body the phrase names ("a UN
// report", "a Pentagon statement") is a named source; a person of that
// body ("a senior UN official") and a bare document are not.
func TestNamedDocumentSource(t *testing.T) {
	for _, tc := range []struct {
		text    string
		unnamed bool
	}{
		{"According to a UN report released in July, civilian casualties rose 47 percent.", false},
		{"According to a Pentagon statement, the strike killed 10 people.", false},
		{"An IAEA assessment said the site was damaged.", false},
		{"A senior UN official said the talks failed.", true},
		{"According to a statement, the strike killed 10 people.", true},
	} {
		d := &doc.Doc{Raw: tc.text, Source: "test", Date: date("2021-08-17").Time(), DateSource: doc.DateFromFlag}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatal(err)
		}
		got := findKind(d.Findings, doc.FindUnnamedSource) != nil
		if got != tc.unnamed {
			t.Errorf("%q: unnamed_source finding %v, want %v", tc.text, got, tc.unnamed)
		}
	}
}

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
