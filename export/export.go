package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// all asks a store for every matching record.
var all = store.Page{Limit: -1}

// GDELTEvents writes the merged events matching f as GDELT 2.0 event
// records (TSV, no header unless header is set). f's Page is honoured
// when set; a zero Page exports everything.
func GDELTEvents(ctx context.Context, st store.Store, f store.EventFilter, header bool, w io.Writer) error {
	if f.Page == (store.Page{}) {
		f.Page = all
	}
	ms, err := st.MergedEvents(ctx, f)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if header {
		bw.WriteString(tsvLine(EventColumns))
	}
	for _, m := range ms {
		if _, err := bw.WriteString(tsvLine(GDELTEventRow(m))); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// GDELTMentions writes one GDELT 2.0 mention record per event mention
// matching f (events with an unknown day, which have no merged event, are
// left out).
func GDELTMentions(ctx context.Context, st store.Store, f store.EventFilter, header bool, w io.Writer) error {
	if f.Page == (store.Page{}) {
		f.Page = all
	}
	es, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	// EventTimeDate is the merged event's DATEADDED.
	added := map[int64]string{}
	mf := f
	mf.Article, mf.Factual = "", false
	ms, err := st.MergedEvents(ctx, mf)
	if err != nil {
		return err
	}
	for _, m := range ms {
		added[m.ID] = m.Added
	}
	bw := bufio.NewWriter(w)
	if header {
		bw.WriteString(tsvLine(MentionColumns))
	}
	for _, e := range es {
		if e.MergedID == 0 {
			continue
		}
		if _, err := bw.WriteString(tsvLine(GDELTMentionRow(e, added[e.MergedID]))); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// CSVColumns are the header of EventsCSV.
var CSVColumns = []string{
	"article_id", "index", "day", "source", "source_name", "source_country", "source_sector",
	"target", "target_name", "target_country", "target_sector", "plover", "mode", "cameo", "quad_class",
	"goldstein", "negated", "hypothetical", "alleged", "confidence", "place", "place_country", "lat", "lon",
	"sentence", "span_start", "span_end", "trigger", "merged_id", "article_source",
}

// EventsCSV writes the events matching f as CSV (RFC 4180) with a header.
func EventsCSV(ctx context.Context, st store.Store, f store.EventFilter, w io.Writer) error {
	if f.Page == (store.Page{}) {
		f.Page = all
	}
	es, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(CSVColumns)
	b := strconv.FormatBool
	fl := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	for _, e := range es {
		cw.Write([]string{
			e.ArticleID, strconv.Itoa(e.Index), e.Day, e.Source, e.SourceName, e.SourceCountry, e.SourceSector,
			e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.Plover, e.Mode, e.Cameo, strconv.Itoa(e.QuadClass),
			fl(e.Goldstein), b(e.Negated), b(e.Hypothetical), b(e.Alleged), fl(e.Confidence), e.Place, e.PlaceCountry, fl(e.Lat), fl(e.Lon),
			strconv.Itoa(e.Sentence), strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Trigger,
			strconv.FormatInt(e.MergedID, 10), e.ArticleSource,
		})
	}
	cw.Flush()
	return cw.Error()
}

// JSONL writes the v1 analysis of every article matching f, one per line,
// newest first, exactly as stored.
func JSONL(ctx context.Context, st store.Store, f store.ArticleFilter, w io.Writer) error {
	if f.Page == (store.Page{}) {
		f.Page = all
	}
	as, err := st.Articles(ctx, f)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, s := range as {
		a, err := st.Article(ctx, s.ID)
		if err != nil {
			return err
		}
		bw.Write(a.Analysis)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ClaimReviews writes the findings matching f as one JSON-LD document: a
// schema.org @graph of ClaimReview objects. f.Verdict defaults to
// contradicted: a fact-check feed publishes what the record contradicts.
func ClaimReviews(ctx context.Context, st store.Store, f store.FindingFilter, author, published string, w io.Writer) error {
	if f.Page == (store.Page{}) {
		f.Page = all
	}
	if f.Verdict == "" {
		f.Verdict = doc.Contradicted
	}
	fs, err := st.Findings(ctx, f)
	if err != nil {
		return err
	}
	graph := make([]ClaimReview, 0, len(fs))
	for _, x := range fs {
		graph = append(graph, ClaimReviewOf(x, author, published))
	}
	out := struct {
		Context string        `json:"@context"`
		Graph   []ClaimReview `json:"@graph"`
	}{"https://schema.org", graph}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("claimreview: %w", err)
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }
