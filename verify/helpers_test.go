package verify_test

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

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
