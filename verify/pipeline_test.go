package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// TestPipelineClaims runs the full pipeline and the shipped KB over short
// news sentences and checks the verdict of one kind of finding (want ""
// means no finding of that kind).
func TestPipelineClaims(t *testing.T) {
	for _, tc := range []struct {
		text, day, kind, want, explains string
	}{
		// two capitals stand for their states; the KB dates PHL–CHN 1975
		{"Manila and Beijing established diplomatic relations in 1985.", "2024-12-29", doc.FindRelationContradicted, doc.Contradicted, "1975-06-09"},
		{"The Philippines and China established diplomatic relations in 1975.", "2024-12-29", doc.FindRelationContradicted, doc.Supported, "1975-06-09"},
		// a described subject is a state named before; a pronoun is no state
		{"Iran warned Israel on Monday. The Islamic Republic severed diplomatic relations with Israel in 1985.", "2024-12-29", doc.FindRelationContradicted, doc.Contradicted, "1979-02-18"},
		{"Iran warned Israel on Monday. He severed diplomatic relations with Israel in 1985.", "2024-12-29", doc.FindRelationContradicted, "", ""},
		// the dead hold no present office, whatever the KB's role records
		{"Finance Minister Arun Jaitley said the markets would recover.", "2024-06-04", doc.FindRoleMismatch, doc.Contradicted, "died on 2019-08-24"},
		{"In 2017, Finance Minister Arun Jaitley said the markets would recover.", "2024-06-04", doc.FindRoleMismatch, doc.Unverifiable, ""},
		// a title in a speaker's quoted words is the speaker's usage, not
		// the article's claim: noted, never contradicted or undatable
		{`"We will not rest until we carry President Morsi on our shoulders," a Brotherhood spokesman said on Thursday.`, "2013-08-02", doc.FindRoleMismatch, doc.Unverifiable, "quoted words"},
		{"Interim President Adly Mansour swore in the cabinet on Tuesday. A Brotherhood leader told supporters: \u201cWe will stay in the squares until we carry President Morsi back to the palace.\u201d", "2013-08-02", doc.FindNoCommonDate, "", ""},
		{"A Brotherhood leader told supporters on Friday: \u201cWe stay in the squares until we carry President Morsi on our shoulders.\u201d", "2013-08-02", doc.FindRoleMismatch, doc.Unverifiable, "speaker's usage"},
		{"A Brotherhood spokesman said on Thursday that President Morsi was back in the palace.", "2013-08-02", doc.FindRoleMismatch, doc.Contradicted, "2013-07-03"},
		// "Mursi", the transliteration of Reuters and others, is the same KB person
		{"A Brotherhood spokesman said on Thursday that President Mursi was back in the palace.", "2013-08-02", doc.FindRoleMismatch, doc.Contradicted, "2013-07-03"},
	} {
		day, _ := time.Parse("2006-01-02", tc.day)
		d := &doc.Doc{Raw: tc.text, Source: "t", Date: day, DateSource: doc.DateFromFlag}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatal(err)
		}
		got, expl := "", ""
		for _, f := range d.Findings {
			if f.Kind == tc.kind {
				got, expl = f.Verdict, f.Explanation
				break
			}
		}
		if got != tc.want || !strings.Contains(expl, tc.explains) {
			t.Errorf("%q: %s = %q (%s); want %q naming %q", tc.text, tc.kind, got, expl, tc.want, tc.explains)
		}
	}
}
