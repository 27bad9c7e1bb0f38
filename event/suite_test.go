package event

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

// codePetrarch codes one suite sentence with a PETRARCH dictionary.
func codePetrarch(c *Coder, text, date string) []eval.Triple {
	t, _ := time.Parse("20060102", date)
	d := &doc.Doc{Text: text, Date: t}
	d.Sentences = []doc.Span{{Start: 0, End: len(text)}}
	d.Fill(doc.LayerSentences)
	d.Fill(doc.LayerMentions)
	if err := c.Process(d); err != nil {
		return nil
	}
	var out []eval.Triple
	for _, e := range d.Events {
		if e.Negated {
			continue // flagged in the output, but it did not happen
		}
		out = append(out, eval.Triple{Source: e.SourceCode, Target: e.TargetCode, Code: e.Cameo})
	}
	return out
}

var showErrors = os.Getenv("EVENT_SUITE_ERRORS") != ""

// scoreSuite codes every evaluated record with a PETRARCH dictionary, as
// PETRARCH suites are scored (dyadic events, country codes "---" for
// unknown countries, no intents), and logs the scores.
// EVENT_SUITE_ERRORS=1 prints the records not coded exactly.
func scoreSuite(t *testing.T, dict *Dict, name string, recs []eval.EventRecord) eval.EventScores {
	t.Helper()
	c := New(nil, dict)
	c.RequireTarget, c.NoIntent, c.UnknownCountry = true, true, "---"
	var gold, pred [][]eval.Triple
	for _, r := range recs {
		if !r.Evaluate {
			continue
		}
		p := codePetrarch(c, r.Text, r.Date)
		gold, pred = append(gold, r.Gold), append(pred, p)
		if showErrors {
			if s := eval.ScoreTriples([][]eval.Triple{r.Gold}, [][]eval.Triple{p}); s.Exact == 0 {
				fmt.Printf("%s\n  %s\n  gold %v\n  sys  %v\n", r.ID, r.Text, r.Gold, p)
			}
		}
	}
	s := eval.ScoreTriples(gold, pred)
	t.Logf("%s: %d records; exact %.3f; triples P %.3f R %.3f F1 %.3f; root F1 %.3f", name, s.Records, s.ExactRate, s.P, s.R, s.F1, s.RootF1)
	return s
}

// openShared opens a file of the shared data for a reader.
func openShared(t *testing.T, rel string) (string, *os.File) {
	t.Helper()
	file := shareddata.Path(t, rel)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return file, f
}

// TestPetrarchSuite runs the coder with the UniversalPetrarch validation
// dictionaries over the CAMEO-recoded PETRARCH unit-test suite. The issue
// asks for triple F1 >= 0.75 and no crashes (PETRARCH-2 scores 0.547);
// the test fails below that.
func TestPetrarchSuite(t *testing.T) {
	dict, err := LoadPetrarch(shareddata.Path(t, "data/peers/UniversalPetrarch/validate"))
	if err != nil {
		t.Fatal(err)
	}
	file, f := openShared(t, "data/peers/petrarch2/derived/petr2_unittest_ptb__up202_gold.jsonl")
	recs, err := eval.ReadPetrarchJSONL(file, f)
	if err != nil {
		t.Fatal(err)
	}
	if s := scoreSuite(t, dict, filepath.Base(file), recs); s.F1 < 0.75 {
		t.Errorf("triple F1 %.3f below the 0.75 target", s.F1)
	}
}

// TestPetrarchRealNews codes the PETR2 GSR real-news sentences with the
// production Phoenix dictionaries; the floor guards against regressions
// (measured 0.355; the gold began as PETRARCH-2 output).
func TestPetrarchRealNews(t *testing.T) {
	dict, err := LoadPetrarch(shareddata.Path(t, "data/peers/petrarch2/dictionaries"))
	if err != nil {
		t.Fatal(err)
	}
	file, f := openShared(t, "data/peers/UniversalPetrarch/text/PETR2_GSR_validation.xml")
	recs, err := eval.ReadPetrarchXML(file, f)
	if err != nil {
		t.Fatal(err)
	}
	if s := scoreSuite(t, dict, filepath.Base(file), recs); s.F1 < 0.33 {
		t.Errorf("triple F1 %.3f below the 0.33 regression floor", s.F1)
	}
}
