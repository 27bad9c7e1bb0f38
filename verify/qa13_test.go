package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestNarrativeTitle: in an undated retrospective, a title in a past
// sentence that names no time belongs to the dated sentence before it in
// the same paragraph: it dates the article only to after that time, and
// a month the text narrates later bounds the window (QA13 V-3).
func TestNarrativeTitle(t *testing.T) {
	const text = "On January 6, 2005, world leaders met in Jakarta and pledged more than $4 billion in aid. U.S. Secretary of State Colin Powell, who toured Aceh by helicopter, said he had never seen anything like it.\n\n" +
		"On August 15, 2005, the two sides signed a peace agreement in Helsinki. In June 2006 a tsunami warning system began operating."
	d := analyze(t, text, "")
	if d.DateWindow == nil || d.DateWindow.From != "2006-01-01" || d.DateWindow.To != "" {
		t.Errorf("DateWindow = %+v; want from 2006-01-01, open", d.DateWindow)
	}
	var f *doc.Finding
	for i := range d.Findings {
		if d.Findings[i].Kind == doc.FindRoleMismatch {
			f = &d.Findings[i]
		}
	}
	if f == nil || f.Verdict != doc.Supported || !strings.Contains(f.Explanation, "from 2005-01-06") {
		t.Errorf("Powell's title: %+v; want supported at the time the sentence names (from 2005-01-06)", f)
	}
	// present tense ties the title to the time of writing again
	d = analyze(t, "On January 6, 2005, world leaders met in Jakarta. U.S. Secretary of State Colin Powell says he has never seen anything like it.", "")
	if d.DateWindow == nil || d.DateWindow.To != "2005-01-26" {
		t.Errorf("present tense: DateWindow = %+v; want it to end with Powell's term (2005-01-26)", d.DateWindow)
	}
}

// TestFutureDateNoLowerBound: a month-year in a clause that looks ahead
// ("would open talks in June 2019") does not bound an undated article's
// window from below (QA14 V-5).
func TestFutureDateNoLowerBound(t *testing.T) {
	d := analyze(t, "Prime Minister Zoran Zaev met officials. The EU said it would open accession talks in June 2019 if the deal was ratified. President Gjorge Ivanov refused to sign the law.", "")
	if d.DateWindow == nil || d.DateWindow.From >= "2019" {
		t.Errorf("DateWindow = %+v; want it to start before 2019", d.DateWindow)
	}
	for _, f := range d.Findings {
		if f.Verdict == doc.Contradicted {
			t.Errorf("finding %s %s: %s", f.Kind, f.Verdict, f.Explanation)
		}
	}
}

// TestBreakYearsBeforeTheBreak: a break dated years before the KB's only
// one, while the KB has the pair's relations in place since their
// establishment, is contradicted (QA14 V-1).
func TestBreakYearsBeforeTheBreak(t *testing.T) {
	d := analyze(t, "Georgia cut diplomatic ties with Russia in 2004.", "2010-08-09")
	var got []string
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			got = append(got, f.Verdict+": "+f.Explanation)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], doc.Contradicted) || !strings.Contains(got[0], "1992-07-01") {
		t.Errorf("findings %q; want one contradicted naming the 1992 establishment", got)
	}
}

// TestTitleWordedForAnotherCountry: a title worded as one country's
// office ("Defence Secretary" reads British) yields to the person's own
// country's office when the KB has the person there; for a person of
// another country with no such office it is never contradicted by the
// British holder (QA15 R-1).
func TestTitleWordedForAnotherCountry(t *testing.T) {
	for _, tc := range []struct{ text, day, verdict, expl string }{
		{"Defence Secretary Lloyd Austin visited the troops.", "2021-06-01", doc.Supported, "2021-01-22"},
		{"Defence Secretary Ben Wallace visited the troops.", "2021-06-01", doc.Supported, "2019-07-24"},
	} {
		d := analyze(t, tc.text, tc.day)
		var got []string
		for _, f := range d.Findings {
			if f.Kind == doc.FindRoleMismatch {
				got = append(got, f.Verdict+": "+f.Explanation)
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.verdict) || !strings.Contains(got[0], tc.expl) {
			t.Errorf("%q: %q; want one %s naming %q", tc.text, got, tc.verdict, tc.expl)
		}
	}
	d := analyze(t, "Defence Secretary Gotabaya Rajapaksa, the president's brother, rejected the accusations.", "2009-05-19")
	for _, f := range d.Findings {
		if f.Verdict == doc.Contradicted {
			t.Errorf("Gotabaya Rajapaksa: %s %s", f.Kind, f.Explanation)
		}
	}
}
