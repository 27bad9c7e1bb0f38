package mention_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
)

// TestNEREval scores the stage on the shared NER gold sets (skipped when
// ../shared is absent) and fails when micro F1 drops below the floor
// measured when the heuristics were last tuned. Run with -v to see the
// scores.
func TestNEREval(t *testing.T) {
	if testing.Short() {
		t.Skip("NER evaluation skipped in -short mode")
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := mention.New(k, mention.Options{})
	for _, tc := range []struct {
		path, format string
		titles       bool // score by the corpus's convention: titles in person spans, for MEANTIME demonyms as LOC, for MEANTIME and GUM "City, State" as one place, for re3d countries that act as ORG (eval.SystemOptions)
		proper       bool // score only gold spans headed by a proper name (eval.ProperOnly; GUM annotates common nouns too)
		floor        float64
	}{
		{"data/eval/ner-wikigold", "conll", false, false, 0.795},
		{"data/eval/ner-re3d/re3d-test.conll", "conll", false, false, 0.53},
		{"data/eval/ner-re3d/re3d-test.conll", "conll", true, false, 0.62},
		{"data/eval/ner-re3d/re3d-test.conll", "conll", true, true, 0.755},
		{"data/eval/ner-gum-wikinews/news", "conll", false, false, 0.365}, // GUM spans "Claudia Mo of the Civic Party" as one person; sitrep splits at "of"
		{"data/eval/ner-gum-wikinews/news", "conll", false, true, 0.585},
		{"data/eval/ner-gum-wikinews/news", "conll", true, true, 0.64},
		{"data/eval/meantime-wikinews/intra-doc_annotation", "meantime", false, false, 0.725},
		{"data/eval/meantime-wikinews/intra-doc_annotation", "meantime", true, false, 0.745},
	} {
		docs, err := eval.ReadNERPath(shareddata.Path(t, tc.path), tc.format)
		if err != nil {
			t.Fatal(err)
		}
		total := eval.NewNERScore()
		for _, nd := range docs {
			if tc.proper {
				eval.ProperOnly(nd)
			}
			d := &doc.Doc{Text: nd.Text, Sentences: nd.Sentences}
			d.Fill(doc.LayerText)
			d.Fill(doc.LayerSentences)
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			sys := eval.SystemNER(d.Text, d.Mentions, eval.SystemOptions{Titles: tc.titles, DemonymsLOC: tc.titles && tc.format == "meantime", JoinPlaces: tc.titles && (tc.format == "meantime" || strings.Contains(tc.path, "gum")), ActorsORG: tc.titles && strings.Contains(tc.path, "re3d")})
			sc, _ := eval.ScoreNER(nd.Text, nd.Gold, sys)
			total.Add(sc)
		}
		line := ""
		for _, typ := range eval.NERTypes {
			_, _, f := total.ByType[typ].PRF()
			line += typ + " " + fmtF(f) + "  "
		}
		p, r, f := total.Micro().PRF()
		name := tc.path
		if tc.titles {
			name += " (corpus convention)"
		}
		if tc.proper {
			name += " (proper names)"
		}
		t.Logf("%-59s %s micro P %s R %s F1 %s", name, line, fmtF(p), fmtF(r), fmtF(f))
		if f < tc.floor {
			t.Errorf("%s: micro F1 %.3f below the floor %.2f", name, f, tc.floor)
		}
	}
}

func fmtF(f float64) string {
	b := []byte("0.000")
	n := int(f*1000 + 0.5)
	if n >= 1000 {
		return "1.000"
	}
	b[2], b[3], b[4] = byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10)
	return string(b)
}
