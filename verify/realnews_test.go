package verify_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

// polnearDate finds the publication date in a PolNeAR file name
// ("breitbart_2016-09-12_stealth-….txt").
var polnearDate = regexp.MustCompile(`_(\d{4}-\d{2}-\d{2})_`)

// TestRealNewsFalseFlags runs the full pipeline over real, published
// political news (the PolNeAR dev set, 2016, from ../shared) at each
// article's publication date. Such articles are overwhelmingly true
// about who held which office, so each contradicted role, office,
// speaker or relation finding is logged for review, and the test fails
// when they exceed one per ten articles.
func TestRealNewsFalseFlags(t *testing.T) {
	dir := shareddata.Path(t, "data/eval/polnear-dev/dev/text")
	glob := filepath.Join(dir, "*.txt")
	if g := os.Getenv("SITREP_REALNEWS_GLOB"); g != "" {
		glob = g // e.g. the PolNeAR train set, for a longer review
	}
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Skip("no PolNeAR dev texts")
	}
	flagged := 0
	for _, f := range files {
		m := polnearDate.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		day, err := time.Parse("2006-01-02", m[1])
		if err != nil {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Doc{Raw: string(b), Source: filepath.Base(f), Date: day, DateSource: doc.DateFromFlag}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, fd := range d.Findings {
			if fd.Verdict == doc.Contradicted {
				flagged++
				t.Logf("%s: %s | %s | %s", filepath.Base(f), fd.Kind, fd.Claim, fd.Explanation)
			}
		}
	}
	t.Logf("real news: %d articles, %d contradicted findings", len(files), flagged)
	if flagged*10 > len(files) {
		t.Errorf("%d contradicted findings on %d real articles; want at most one per ten", flagged, len(files))
	}
}

// TestRealNewsMEANTIME does the same over the MEANTIME Wikinews articles
// (2004-2011, business and politics) and the TimeBank and AQUAINT wire
// stories (1989-2000) at their creation dates.
func TestRealNewsMEANTIME(t *testing.T) {
	dir := shareddata.Path(t, "data/eval/meantime-wikinews/intra-doc_annotation")
	docs, err := eval.ReadTimexDir(dir, "meantime")
	if err != nil {
		t.Fatal(err)
	}
	tb := shareddata.Path(t, "data/eval/timebank-tbaq-cleaned")
	more, err := eval.ReadTimexDir(tb, "timeml")
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, more...)
	flagged := 0
	for _, td := range docs {
		d := &doc.Doc{Raw: td.Text, Source: td.Name}
		if !td.DCT.IsZero() {
			d.Date, d.DateSource = td.DCT, doc.DateFromFlag
		}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatalf("%s: %v", td.Name, err)
		}
		for _, fd := range d.Findings {
			if fd.Verdict == doc.Contradicted {
				flagged++
				t.Logf("%s: %s | %s | %s", td.Name, fd.Kind, fd.Claim, fd.Explanation)
			}
		}
	}
	t.Logf("MEANTIME: %d articles, %d contradicted findings", len(docs), flagged)
	if flagged*10 > len(docs) {
		t.Errorf("%d contradicted findings on %d real articles; want at most one per ten", flagged, len(docs))
	}
}

// TestRealNewsUndated runs the pipeline over the AG News dev items (short
// 2004-2005 wire stories with no date): an undated article is judged
// against the window its own claims fix, so only a set of claims that
// cannot share a date may be contradicted.
func TestRealNewsUndated(t *testing.T) {
	path := shareddata.Path(t, "data/eval/ag-news-dev/dev.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	flagged := 0
	for i, row := range rows {
		if len(row) < 3 {
			continue
		}
		d := &doc.Doc{Raw: row[1] + "\n\n" + strings.ReplaceAll(row[2], "\\\\", "\n"), Source: fmt.Sprintf("ag-news:%d", i+1)}
		if err := fullPipeline(t).Run(d, nil); err != nil {
			t.Fatalf("%s: %v", d.Source, err)
		}
		for _, fd := range d.Findings {
			if fd.Verdict == doc.Contradicted {
				flagged++
				t.Logf("%s: %s | %s | %s", d.Source, fd.Kind, fd.Claim, fd.Explanation)
			}
		}
	}
	t.Logf("AG News: %d undated items, %d contradicted findings", len(rows), flagged)
	if flagged*50 > len(rows) {
		t.Errorf("%d contradicted findings on %d real items; want at most one per fifty", flagged, len(rows))
	}
}
