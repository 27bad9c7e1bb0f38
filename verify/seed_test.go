package verify_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/verify"
)

// analyze runs the analysis stages verification depends on and the
// verifier over text, with the shipped KB.
func analyze(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil, textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(), mention.New(k, mention.Options{}), verify.New(k))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Raw: text, Source: "test"}
	if date != "" {
		d.Date, _ = timeParse(date)
		d.DateSource = doc.DateFromFlag
	}
	if err := p.Run(d, nil); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if i := strings.Index(text, "\n"); strings.HasPrefix(text, "Topic:") && i > 0 {
		text = text[i+1:]
	}
	d := analyze(t, text, "")
	type want struct{ kind, verdict, in string }
	for _, w := range []want{
		{doc.FindRelationContradicted, doc.Contradicted, "severed ties"},
		{doc.FindRoleMismatch, doc.Contradicted, "Danny Ayalon"},
		{doc.FindOfficeNonexistent, doc.Contradicted, "Soltani"},
		{doc.FindNoCommonDate, doc.Contradicted, "Danny Ayalon"},
		{doc.FindRoleMismatch, doc.Supported, "Khamenei"},
		{doc.FindRoleMismatch, doc.Supported, "Amir Abdollahian"},
		{doc.FindTextIntegrity, doc.Unverifiable, "mojibake"},
		{doc.FindUnnamedSource, doc.Unverifiable, "officials"},
		{doc.FindHedgedClaim, doc.Unverifiable, "alleged"},
	} {
		found := false
		for _, f := range d.Findings {
			if f.Kind == w.kind && f.Verdict == w.verdict && (strings.Contains(f.Claim, w.in) || strings.Contains(f.Explanation, w.in)) {
				found = true
			}
		}
		if !found {
			t.Errorf("seed article: no %s %s finding about %q", w.verdict, w.kind, w.in)
		}
	}
	for _, f := range d.Findings {
		if f.Verdict != doc.Contradicted {
			continue
		}
		for _, truth := range []string{"Khamenei", "al-Assad"} {
			if strings.Contains(f.Claim, truth) {
				t.Errorf("seed article: true claim flagged: %+v", f)
			}
		}
		if len(f.Evidence) == 0 {
			t.Errorf("contradicted finding without evidence: %+v", f)
		}
	}
	if d.DateWindow == nil || d.DateWindow.From != "2021-08-25" || d.DateWindow.To != "2024-05-19" || d.DateWindow.Consistent {
		t.Errorf("seed article: DateWindow = %+v; want the Amir-Abdollahian window, inconsistent", d.DateWindow)
	}
}
