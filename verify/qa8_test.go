package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestDepartureNotNews: a departure verb exempts a title from the check
// at the article date only when the departure is news (the KB ends the
// term within days, or the sentence names a recent day); a term the KB
// ends years earlier is the same wrong title as any other (QA8 R-1).
func TestDepartureNotNews(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Yemeni President Ali Abdullah Saleh fled to Riyadh.", date: "2015-03-26", who: "Saleh", verdict: doc.Contradicted, expl: "Hadi"},
		{text: "President Gotabaya Rajapaksa fled to the Maldives.", date: "2022-07-20", who: "Rajapaksa", verdict: doc.Supported},
		{text: "President Gotabaya Rajapaksa fled to the Maldives on Wednesday.", date: "2022-07-15", who: "Rajapaksa", verdict: doc.Supported},
		{text: "President Ashraf Ghani left the country.", date: "2023-08-16", who: "Ghani", verdict: doc.Contradicted},
	})
}

// TestSimplePastPlacesTitle: a title whose person is the subject of a
// simple-past main verb is placed at the article date like "said" or
// "visited"; a historical reading needs a cue (QA8 R-2).
func TestSimplePastPlacesTitle(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "President Martin Vizcarra dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		{text: "President Martin Vizcarra fired the minister.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		{text: "President Martin Vizcarra took the oath.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
		// historical cues keep the title unjudged
		{text: "President Martin Vizcarra had dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "The law dates from when President Martin Vizcarra dissolved the legislature.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "President Martin Vizcarra dissolved the legislature in his first term.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Unverifiable},
		{text: "President Martin Vizcarra signed the terms of the deal.", date: "2022-12-07", who: "Vizcarra", verdict: doc.Contradicted},
	})
}

// TestOustedIsFormer: "Ousted/Deposed/Toppled President X" is a title
// held before, like "former" (a holder still in office is contradicted); as
// a verb ("the army ousted President X")
// the participle is a removal (QA8 V-2).
func TestOustedIsFormer(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Ousted President Omar al-Bashir appeared in court on Monday.", date: "2019-08-19", who: "Bashir", verdict: doc.Supported},
		{text: "Ousted President Omar al-Bashir appeared in court on Monday.", date: "2019-08-19", kind: doc.FindOfficeNonexistent, who: "Bashir"},
		{text: "Deposed president Evo Morales flew to Mexico.", date: "2019-11-12", who: "Morales", verdict: doc.Supported},
		{text: "Supporters of toppled President Evo Morales marched.", date: "2019-11-12", who: "Morales", verdict: doc.Supported},
		{text: "Ousted President Evo Morales flew to Mexico.", date: "2019-10-12", who: "Morales", verdict: doc.Contradicted},
		{text: "The military ousted President Omar al-Bashir on Thursday.", date: "2019-04-11", who: "Bashir", verdict: doc.Supported},
	})
	if !windowConsistent(t, "Ousted President Omar al-Bashir appeared in court on Monday.", "2019-08-19") {
		t.Errorf("the ousted president's window is not consistent")
	}
}

// TestUnverifiableLeavesWindow: a claim judged only unverifiable at the
// article date does not make the date window inconsistent (QA8 V-3).
func TestUnverifiableLeavesWindow(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"Peruvian President Pedro Castillo remains in detention.", "2022-12-12"},
		{"Supporters of President Evo Morales gathered in the square.", "2025-11-12"},
	} {
		d := analyze(t, tc.text, tc.date)
		if w := d.DateWindow; w != nil && !w.Consistent {
			t.Errorf("%q (%s): window %+v inconsistent with findings %+v", tc.text, tc.date, w, d.Findings)
		}
	}
}

// TestUnderRule: "under Chancellor X" (the time of X's rule) is checked
// as a title held at some time up to the article date; "Under
// Secretary" stays another office (QA8 R-3).
func TestUnderRule(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "The deal ends 16 years of conservative rule under Chancellor Angela Merkel.", date: "2021-11-24", who: "Merkel", verdict: doc.Supported},
		{text: "The deal ends 16 years of conservative rule under Chancellor Gerhard Schroeder.", date: "2021-11-24", who: "Schroeder", verdict: doc.Supported},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "2020-08-19", who: "Bashir", verdict: doc.Supported},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "1980-08-19", who: "Bashir", verdict: doc.Contradicted},
		{text: "Under President Omar al-Bashir, Sudan was isolated.", date: "2020-08-19", kind: doc.FindOfficeNonexistent, who: "Bashir"},
		{text: "Under Secretary of State Victoria Nuland met the envoy.", date: "2021-11-24", kind: doc.FindUnknownPerson, who: "Nuland"},
	})
}

// TestSeveranceInContinuousPeriod: a severance claimed in a year the KB
// knows relations were continuously in place (after a restoration and
// before the next recorded break, or after the pair's establishment with
// no break since) is contradicted however far from a recorded break;
// before the KB's history, or in a year with a recorded event, it is not
// (QA8 V-1).
func TestSeveranceInContinuousPeriod(t *testing.T) {
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"Saudi Arabia, which broke off diplomatic relations with Iran in 2012, accuses Tehran of arming the Houthis.", "2015-03-26", doc.Contradicted, "2016-01-03"},
		{"Saudi Arabia severed ties with Iran in 2005.", "2017-03-26", doc.Contradicted, "1991-03"},
		{"Russia severed ties with Ukraine in 2005.", "2017-03-26", doc.Contradicted, "1992-02-14"},
		{"China severed ties with Japan in 1990.", "2017-03-26", doc.Contradicted, "no break since"},
		{"Saudi Arabia severed ties with Iran in 1988.", "2017-03-26", doc.Supported, ""},
		// before the KB's history of the pair, or a year with an event
		{"Saudi Arabia severed ties with Iran in 1980.", "2017-03-26", doc.Unverifiable, ""},
		{"Canada severed ties with Iran in 2002.", "2019-03-26", doc.Unverifiable, ""},
		{"Turkey severed ties with Israel in 2018.", "2019-03-26", doc.Unverifiable, ""},
	} {
		d := analyze(t, tc.text, tc.date)
		var got *doc.Finding
		for i := range d.Findings {
			if d.Findings[i].Kind == doc.FindRelationContradicted {
				got = &d.Findings[i]
				break
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no relation finding; findings %+v", tc.text, d.Findings)
		case got.Verdict != tc.verdict:
			t.Errorf("%q: %s, want %s: %s", tc.text, got.Verdict, tc.verdict, got.Explanation)
		case !strings.Contains(got.Explanation, tc.expl):
			t.Errorf("%q: explanation %q lacks %q", tc.text, got.Explanation, tc.expl)
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
