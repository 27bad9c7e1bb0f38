package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// A qa7Case is a sentence analysed with the shipped KB at date ("" for
// an undated article) and the role finding it must (or must not) give.
type qa7Case struct {
	text, date string
	kind       string // finding kind; "" for role_mismatch
	who        string // a word of the claim the finding is about
	verdict    string // the finding's verdict; "" for no such finding
	expl       string // a phrase the explanation must hold, when set
}

func checkQA7(t *testing.T, cases []qa7Case) {
	t.Helper()
	for _, tc := range cases {
		d := analyze(t, tc.text, tc.date)
		kind := tc.kind
		if kind == "" {
			kind = doc.FindRoleMismatch
		}
		var got *doc.Finding
		for i := range d.Findings {
			f := &d.Findings[i]
			if f.Kind == kind && strings.Contains(f.Claim, tc.who) {
				got = f
				break
			}
		}
		switch {
		case got == nil && tc.verdict != "":
			t.Errorf("%q (%s): no %s finding about %q; findings %+v", tc.text, tc.date, kind, tc.who, d.Findings)
		case got != nil && tc.verdict == "":
			t.Errorf("%q (%s): unwanted %s finding %s: %s", tc.text, tc.date, kind, got.Verdict, got.Explanation)
		case got != nil && got.Verdict != tc.verdict:
			t.Errorf("%q (%s): %s %s, want %s: %s", tc.text, tc.date, kind, got.Verdict, tc.verdict, got.Explanation)
		case got != nil && tc.expl != "" && !strings.Contains(got.Explanation, tc.expl):
			t.Errorf("%q (%s): explanation %q lacks %q", tc.text, tc.date, got.Explanation, tc.expl)
		}
	}
}

// windowConsistent reports the article's date window consistency.
func windowConsistent(t *testing.T, text, date string) bool {
	t.Helper()
	d := analyze(t, text, date)
	return d.DateWindow != nil && d.DateWindow.Consistent
}

// TestLeavingOffice: the subject of a verb ending a tenure ("left the
// country", "resigned", "fled") and the object of "the resignation of"
// name the office held until then, like a removal; a day of the week
// before the article date named in the sentence dates the claim.
func TestLeavingOffice(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country.", date: "2021-08-16", who: "Ghani", verdict: doc.Supported, expl: "departure"},
		{text: "Sri Lanka's parliament speaker on Friday formally accepted the resignation of President Gotabaya Rajapaksa, who fled to the Maldives on Wednesday.", date: "2022-07-15", who: "Rajapaksa", verdict: doc.Supported},
		{text: "The crowd cheered after President Gotabaya Rajapaksa resigned.", date: "2022-07-16", who: "Rajapaksa", verdict: doc.Supported},
		{text: "Officials said President Ashraf Ghani, who fled, was in the Gulf.", date: "2021-08-17", who: "Ghani", verdict: doc.Supported},
		{text: "On Sunday, President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Supported, expl: "2021-08-15"},
		// controls: the title at the article's own day stays false
		{text: "On Monday, President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Contradicted},
		{text: "President Ashraf Ghani met the envoys.", date: "2021-08-16", who: "Ghani", verdict: doc.Contradicted},
		{text: "President Ashraf Ghani met the envoys on Sunday.", date: "2021-08-24", who: "Ghani", verdict: doc.Contradicted},
		{text: "President Ashraf Ghani left the room.", date: "2021-08-16", who: "Ghani", verdict: doc.Unverifiable},
	})
	if !windowConsistent(t, "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country.", "2021-08-16") {
		t.Errorf("the departure's window is not consistent")
	}
}

// TestHandoverDay: in an undated article two holders of a one-holder
// office never both hold on the handover day, so their claims fix no
// common date and neither is supported by a window the other denies.
func TestHandoverDay(t *testing.T) {
	text := `Prime Minister Ahmet Davutoglu told reporters in Ankara that 2,839 soldiers had been detained. Prime Minister Binali Yildirim described the night as "a black stain on Turkish democracy."`
	checkQA7(t, []qa7Case{
		{text: text, kind: doc.FindNoCommonDate, who: "Davutoglu", verdict: doc.Contradicted},
		{text: text, who: "Davutoglu", verdict: doc.Unverifiable},
		{text: text, who: "Yildirim", verdict: doc.Unverifiable},
		// dated on the handover day, both are still named in office
		{text: text, date: "2016-05-24", who: "Davutoglu", verdict: doc.Supported},
		{text: text, date: "2016-05-24", who: "Yildirim", verdict: doc.Supported},
	})
	if windowConsistent(t, text, "") {
		t.Errorf("the window of two holders' claims is consistent")
	}
}

// TestThenTitleAtClauseDate: "then-TITLE" in a sentence naming the time
// it is about is checked at that time (not "held at some time before"),
// and a plain title's explanation cites the time it was checked at.
func TestThenTitleAtClauseDate(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "In 2017, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", date: "2021-08-16", who: "Davutoglu", verdict: doc.Contradicted, expl: "(2017); then it was held by"},
		{text: "In 2017, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", who: "Davutoglu", verdict: doc.Contradicted, expl: "(2017)"},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington in 2018.", date: "2021-08-16", who: "Karzai", verdict: doc.Contradicted, expl: "(2018)"},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington in 2010.", date: "2021-08-16", who: "Karzai", verdict: doc.Supported, expl: "2010"},
		{text: "In 2015, then-Prime Minister Ahmet Davutoglu met Merkel in Berlin.", who: "Davutoglu", verdict: doc.Supported},
		// a time of a relative clause is not the title's
		{text: "Then-Secretary of State Hillary Clinton, who ran for president in 2016, met Karzai.", date: "2021-08-16", who: "Clinton", verdict: doc.Supported},
		{text: "Then-President Hamid Karzai met Barack Obama in Washington.", date: "2021-08-16", who: "Karzai", verdict: doc.Supported},
		{text: "In 2005, President Ashraf Ghani visited Kabul.", date: "2021-08-16", who: "Ghani", verdict: doc.Contradicted, expl: "(2005); then it was held by Hamid Karzai"},
	})
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

// TestRelationPhrasings: "have had no relations since YEAR" is a claim
// about the present and about the year of the break; "reopened their
// embassies in YEAR" claims a restoration.
func TestRelationPhrasings(t *testing.T) {
	k := doc.FindRelationContradicted
	checkQA7(t, []qa7Case{
		{text: "Iran and Saudi Arabia, which have had no relations since 2015, met in Baghdad.", date: "2023-06-01", kind: k, who: "no relations", verdict: doc.Contradicted, expl: "restored on 2023-03-10"},
		{text: "Iran and Saudi Arabia, which have had no relations since 2015, met in Baghdad.", date: "2019-06-01", kind: k, who: "no relations", verdict: doc.Contradicted, expl: "on 2016-01-03, not in 2015"},
		{text: "Iran and Saudi Arabia, which have had no relations since 2016, met in Baghdad.", date: "2019-06-01", kind: k, who: "no relations", verdict: doc.Supported},
		{text: "Saudi Arabia and Iran reopened their embassies in 2021 after a seven-year rupture.", date: "2023-06-01", kind: k, who: "embassies", verdict: doc.Contradicted},
		{text: "Saudi Arabia and Iran reopened their embassies in 2023.", date: "2023-06-01", kind: k, who: "embassies", verdict: doc.Supported},
		// one state reopening its own embassy claims no restoration
		{text: "Britain reopened its embassy in Kyiv in 2022.", date: "2023-06-01", kind: k, who: "embassy"},
	})
}

// TestOneRestorationPerSentence: "restore relations and reopen their
// embassies" is one claim, judged once.
func TestOneRestorationPerSentence(t *testing.T) {
	d := analyze(t, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months.", "2023-03-10")
	n := 0
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d relation findings, want 1: %+v", n, d.Findings)
	}
}

// TestNoCommonDatePartnerByTerm: the claim a conflicting one is paired
// with is one whose days are its term, not a title dated by its
// sentence (a departure), whose "only" days would read as a term.
func TestNoCommonDatePartnerByTerm(t *testing.T) {
	text := "Taliban fighters entered Kabul on Sunday hours after President Ashraf Ghani left the country. President Hamid Karzai called on the Taliban to protect civilians. Secretary of State Antony Blinken said the embassy was safe."
	d := analyze(t, text, "2021-08-16")
	f := findKind(d.Findings, doc.FindNoCommonDate)
	if f == nil || !strings.Contains(f.Claim, "Karzai") || !strings.Contains(f.Claim, "Blinken") {
		t.Errorf("no_common_date = %+v; want Karzai paired with Blinken", f)
	}
}

// TestTreatyClaims: a named accord or a peace treaty signed in a year
// is checked against the KB's treaty and normalisation events; a named
// accord only against the event its note names, and a treaty the KB
// lacks gives no finding.
func TestTreatyClaims(t *testing.T) {
	k := doc.FindRelationContradicted
	checkQA7(t, []qa7Case{
		{text: "Israel and the United Arab Emirates signed the Abraham Accords in 2019.", date: "2023-06-01", kind: k, who: "Abraham", verdict: doc.Contradicted, expl: "2020-09-15"},
		{text: "Israel and Bahrain signed the Abraham Accords in 2020.", date: "2023-06-01", kind: k, who: "Abraham", verdict: doc.Supported},
		{text: "Egypt and Israel signed a peace treaty in 1978.", date: "2023-06-01", kind: k, who: "peace treaty", verdict: doc.Contradicted},
		{text: "Egypt and Israel signed a peace treaty in 1979.", date: "2023-06-01", kind: k, who: "peace treaty", verdict: doc.Supported},
		{text: "Egypt and Israel signed the Camp David Accords in 1978.", date: "2023-06-01", kind: k, who: "Camp David"},
		{text: "Israel and the United Arab Emirates signed an aviation accord in 2021.", date: "2023-06-01", kind: k, who: "aviation"},
		{text: "Egypt and Israel signed a peace treaty.", date: "2023-06-01", kind: k, who: "peace treaty"},
	})
}

// TestCompletedHolderLists: offices whose holder lists the KB completes
// contradict a wrong person in them (president and prime minister
// swapped), naming the real holder.
func TestCompletedHolderLists(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Haitian President Joseph Jouthe was killed.", date: "2020-11-04", who: "Jouthe", verdict: doc.Contradicted, expl: "Jovenel Mo"},
		{text: "Haitian Prime Minister Jovenel Moise spoke.", date: "2021-05-15", who: "Moise", verdict: doc.Contradicted, expl: "Claude Joseph"},
		{text: "Serbian President Ana Brnabic spoke.", date: "2019-05-15", who: "Brnabic", verdict: doc.Contradicted},
		{text: "Ukrainian Prime Minister Volodymyr Zelensky spoke.", date: "2021-05-15", who: "Zelensky", verdict: doc.Contradicted},
		{text: "South Korean Prime Minister Moon Jae-in spoke.", date: "2019-05-15", who: "Moon", verdict: doc.Contradicted},
		// a vacancy names no holder: nothing to contradict with
		{text: "Haitian President Ariel Henry spoke.", date: "2022-05-15", who: "Henry", verdict: doc.Unverifiable},
	})
}
