package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/verify"
)

// analyzeQuotes is analyze with the quotes stage, for the checks of
// speakers.
func analyzeQuotes(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil, textnorm.NewStage(), segment.New(), timex.New(), mention.New(k, mention.Options{}), quote.New(), verify.New(k))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Raw: text, Source: "test"}
	d.Date, _ = timeParse(date)
	d.DateSource = doc.DateFromFlag
	if err := p.Run(d, nil); err != nil {
		t.Fatal(err)
	}
	return d
}

// findingsOf returns "verdict: explanation" for each finding of kind.
func findingsOf(d *doc.Doc, kind string) []string {
	var got []string
	for _, f := range d.Findings {
		if f.Kind == kind {
			got = append(got, f.Verdict+": "+f.Explanation)
		}
	}
	return got
}

// wantOne fails t unless d has exactly one finding of kind, with the
// verdict and an explanation naming expl.
func wantOne(t *testing.T, d *doc.Doc, kind, text, verdict, expl string) {
	t.Helper()
	got := findingsOf(d, kind)
	if len(got) != 1 || !strings.HasPrefix(got[0], verdict) || !strings.Contains(got[0], expl) {
		t.Errorf("%q: %q; want one %s naming %q", text, got, verdict, expl)
	}
}

// TestSpeechNotDatedByRelativeClause: the years of a relative clause
// about the speaker ("who led Japan from 2012 to 2020") date his past,
// not the statement, so a dead speaker is still flagged (QA16 V-1).
func TestSpeechNotDatedByRelativeClause(t *testing.T) {
	for _, text := range []string{
		"Shinzo Abe, who led Japan from 2012 to 2020, said on Tuesday the economy had escaped deflation.",
		"Shinzo Abe, who led Japan from 2012 to 2020, said the economy had escaped deflation.",
	} {
		d := analyzeQuotes(t, text, "2024-03-19")
		got := findingsOf(d, doc.FindSpeakerDeceased)
		if len(got) != 1 || !strings.HasPrefix(got[0], doc.Contradicted) {
			t.Errorf("%q: %q; want one contradicted speaker_deceased", text, got)
		}
	}
	// a year of the statement itself still dates it
	d := analyzeQuotes(t, "Shinzo Abe, who led Japan, said in 2019 the economy had escaped deflation.", "2024-03-19")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 0 {
		t.Errorf("said in 2019: %q; want none", got)
	}
}

// TestNoRoleAtPastTime: a KB person the KB never records in an office,
// claimed for a past time the sentence names or for the life of a person
// dead by the article date, is judged at that time: unverifiable where
// the KB's list of holders does not reach it, contradicted where it does
// (QA16 V-2).
func TestNoRoleAtPastTime(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"Tebboune became foreign minister of Algeria in 1990.", doc.Unverifiable, "does not settle 1990"},
		{"At 40, Nelson Mandela became foreign minister of South Africa.", doc.Unverifiable, "the life of Nelson Mandela"},
		{"Bouteflika became foreign minister in 1963.", doc.Supported, "1963 → 1979"},
		{"Tebboune became foreign minister of Algeria in 2015.", doc.Contradicted, "in 2015, the time the sentence names"},
		{"Lamamra became president of Algeria in 2005.", doc.Contradicted, "Abdelaziz Bouteflika"},
	} {
		d := analyze(t, tc.text, "2021-09-18")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestRelationAfterArticleDate: a relation event told in the past tense
// and dated after the article's date is contradicted; one still ahead
// ("agreed to restore") is not judged so (QA16 V-3).
func TestRelationAfterArticleDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		late bool
	}{
		{"Saudi Arabia and Canada had restored full relations in 2023.", true},
		{"Saudi Arabia severed ties with Canada in 2019.", true},
		{"Saudi Arabia and Canada agreed to restore full relations in 2023.", false},
		{"Saudi Arabia and Canada will restore full relations in 2023.", false},
	} {
		d := analyze(t, tc.text, "2018-08-06")
		late := false
		for _, g := range findingsOf(d, doc.FindRelationContradicted) {
			if strings.HasPrefix(g, doc.Contradicted) && strings.Contains(g, "after the article's date") {
				late = true
			}
		}
		if late != tc.late {
			t.Errorf("%q: after-the-date finding %v; want %v (%q)", tc.text, late, tc.late, findingsOf(d, doc.FindRelationContradicted))
		}
	}
}

// TestToldWindow: an undated article no role claim dates gets the window
// its own written dates allow, open-ended (QA16 V-5).
func TestToldWindow(t *testing.T) {
	d := analyze(t, "Lukashenko was declared the winner of the August 9, 2020 election. European Union leaders agreed on August 19 that they did not recognise the results.", "")
	if d.DateWindow == nil || d.DateWindow.From != "2020-08-09" || d.DateWindow.To != "" {
		t.Errorf("DateWindow = %+v; want from 2020-08-09, open", d.DateWindow)
	}
	d = analyze(t, "The talks will resume on March 3, 2031, officials said.", "")
	if d.DateWindow != nil {
		t.Errorf("a date ahead: DateWindow = %+v; want none", d.DateWindow)
	}
}

// TestReopenedEmbassy: "reopened its embassy in <capital>" is a
// restoration of relations with the capital's state, checked like
// "restored relations" (QA16 V-4).
func TestReopenedEmbassy(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"The United States reopened its embassy in Havana in 2013.", doc.Contradicted, "stayed severed"},
		{"The United States reopened its embassy in Havana in 2015.", doc.Supported, "2015-07-20"},
	} {
		d := analyze(t, tc.text, "2016-01-10")
		wantOne(t, d, doc.FindRelationContradicted, tc.text, tc.verdict, tc.expl)
	}
}

// TestTitleInSubordinateClause: a title in a clause after "after",
// "when" or "since" is of that clause's time, not of the main clause's
// "on Monday": judged at the clause's own date, else left historical;
// and its holder, long dead, is no dead man acting (QA16 follow-up,
// found when Eisenhower joined the KB).
func TestTitleInSubordinateClause(t *testing.T) {
	for _, tc := range []struct{ text, verdict, expl string }{
		{"The United States and Cuba on Monday formally restored diplomatic relations, more than five decades after President Dwight Eisenhower broke off relations in January 1961.", doc.Supported, "1953-01-20"},
		{"The embassy reopened on Monday, decades after President Dwight Eisenhower broke off relations in January 1971.", doc.Contradicted, "Richard Nixon"},
		{"Relations were restored on Monday, decades after President Eisenhower cut them.", doc.Unverifiable, "historical"},
		{"On Monday, President Dwight Eisenhower cut relations.", doc.Contradicted, "Barack Obama"},
	} {
		d := analyze(t, tc.text, "2015-07-20")
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
	d := analyze(t, "Relations were restored on Monday, decades after President Eisenhower cut them.", "2015-07-20")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 0 {
		t.Errorf("dead man acting in a subordinate clause: %q", got)
	}
}

// TestFutureTermAndAgreements: a term still to begin ("will be sworn in
// as … on Monday") is judged like "-elect" and leaves the window alone;
// an agreement to normalise ties is supported by the KB's later act
// within a year, never contradicted by its date (QA17 V-1, V-3); a
// dead former president quoted is flagged (QA17 V-2, KB).
func TestFutureTermAndAgreements(t *testing.T) {
	for _, tc := range []struct{ text, day, kind, verdict, expl string }{
		{"Anthony Albanese will be sworn in as Australia's 31st prime minister on Monday.", "2022-05-22", doc.FindRoleMismatch, doc.Supported, "took the office on 2022-05-23"},
		{"Peter Dutton will be sworn in as Australia's 31st prime minister on Monday.", "2022-05-22", doc.FindRoleMismatch, doc.Contradicted, "Anthony Albanese"},
		{"Sudan agreed on Friday to normalise ties with Israel.", "2020-10-24", doc.FindRelationContradicted, doc.Supported, "2021-01-06"},
	} {
		d := analyze(t, tc.text, tc.day)
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
		if d.DateWindow != nil && !d.DateWindow.Consistent {
			t.Errorf("%q: window %+v; want none or consistent", tc.text, d.DateWindow)
		}
	}
	d := analyzeQuotes(t, `"We must unite," Kaunda said in a statement on Monday.`, "2021-08-16")
	if got := findingsOf(d, doc.FindSpeakerDeceased); len(got) != 1 {
		t.Errorf("Kaunda: %q; want one speaker_deceased", got)
	}
}
