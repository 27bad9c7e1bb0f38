package event

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestPetrarchSuite runs the coder with the UniversalPetrarch validation
// dictionaries over the CAMEO-recoded PETRARCH unit-test suite and
// reports triple and root scores.
func TestPetrarchSuite(t *testing.T) {
	dir := shareddata.Path(t, "data/peers/UniversalPetrarch/validate")
	file := shareddata.Path(t, "data/peers/petrarch2/derived/petr2_unittest_ptb__up202_gold.jsonl")
	dict, err := LoadPetrarch(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := eval.ReadPetrarchJSONL(file, f)
	if err != nil {
		t.Fatal(err)
	}
	c := New(nil, dict)
	c.RequireTarget = true
	c.NoIntent = true
	c.UnknownCountry = "---"
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
	t.Logf("%s: %d records; exact %.3f; triples P %.3f R %.3f F1 %.3f; root F1 %.3f", filepath.Base(file), s.Records, s.ExactRate, s.P, s.R, s.F1, s.RootF1)
	if s.F1 < 0.3 {
		t.Errorf("triple F1 %.3f below 0.3", s.F1)
	}
	_ = strings.TrimSpace
}

// TestPetrarchRealNews codes the PETR2 GSR real-news sentences with the
// production Phoenix dictionaries and reports the scores (no threshold:
// the gold began as PETRARCH-2 output).
func TestPetrarchRealNews(t *testing.T) {
	dir := shareddata.Path(t, "data/peers/petrarch2/dictionaries")
	file := shareddata.Path(t, "data/peers/UniversalPetrarch/text/PETR2_GSR_validation.xml")
	dict, err := LoadPetrarch(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := eval.ReadPetrarchXML(file, f)
	if err != nil {
		t.Fatal(err)
	}
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
	t.Logf("%s: %d records; exact %.3f; triples P %.3f R %.3f F1 %.3f; root F1 %.3f", filepath.Base(file), s.Records, s.ExactRate, s.P, s.R, s.F1, s.RootF1)
}
