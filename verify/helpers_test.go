package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/verify"
)

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// A deceasedCase is a text dated day and the verdict of its
// speaker_deceased finding ("" for none).
type deceasedCase struct{ text, day, want string }

// checkDeceased wants each case's speaker_deceased verdict.
func checkDeceased(t *testing.T, cases []deceasedCase) {
	t.Helper()
	for _, tc := range cases {
		if got := deceasedVerdict(t, tc.text, tc.day); got != tc.want {
			t.Errorf("%q (%s): speaker_deceased %q; want %q", tc.text, tc.day, got, tc.want)
		}
	}
}

// deceasedVerdict runs the full pipeline on text dated day and returns
// the verdict of its speaker_deceased finding, "" when there is none.
func deceasedVerdict(t *testing.T, text, day string) string {
	t.Helper()
	date, err := timeParse(day)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Raw: text, Source: "t", Date: date, DateSource: doc.DateFromFlag}
	if err := fullPipeline(t).Run(d, nil); err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, f := range d.Findings {
		if f.Kind == doc.FindSpeakerDeceased {
			got = f.Verdict
		}
	}
	return got
}

// analyzeQuotes is analyze with the quotes stage, for the checks of
// speakers.
func analyzeQuotes(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil, textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(), mention.New(k, mention.Options{}), quote.New(), verify.New(k))
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

// A verdictCase is a sentence, its article date, and the verdict and a
// part of the explanation its one finding must have.
type verdictCase struct{ text, date, verdict, expl string }

// wantVerdicts runs each case through the full pipeline and wants one
// finding of kind with the case's verdict and explanation.
func wantVerdicts(t *testing.T, kind string, cases []verdictCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, kind, tc.text, tc.verdict, tc.expl)
	}
}

// A findingCase is a sentence analysed with the shipped KB at date ("" for
// an undated article) and the role finding it must (or must not) give.
type findingCase struct {
	text, date string
	kind       string // finding kind; "" for role_mismatch
	who        string // a word of the claim the finding is about
	verdict    string // the finding's verdict; "" for no such finding
	expl       string // a phrase the explanation must hold, when set
}

func checkFindings(t *testing.T, cases []findingCase) {
	t.Helper()
	checkFindingsWith(t, analyze, cases)
}

// checkFindingsFull is checkFindings with the default pipeline (quotes,
// places, events), for rules that look at what the article's people say
// and at the states it names.
func checkFindingsFull(t *testing.T, cases []findingCase) {
	t.Helper()
	checkFindingsWith(t, analyzeFull, cases)
}

// analyzeFull runs the default pipeline up to verify on text dated date
// ("" for an undated article).
func analyzeFull(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Raw: text, Source: "test"}
	if date != "" {
		d.Date, _ = timeParse(date)
		d.DateSource = doc.DateFromFlag
	}
	if err := fullPipeline(t).Run(d, nil); err != nil {
		t.Fatal(err)
	}
	return d
}

func checkFindingsWith(t *testing.T, analyze func(*testing.T, string, string) *doc.Doc, cases []findingCase) {
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
