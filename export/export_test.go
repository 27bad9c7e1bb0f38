package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/export"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// codebookColumns reads the field names from a GDELT 2.0 schema file of
// the shared data: a CSV whose first column is the name (events) or a TSV
// whose second column is (mentions).
func codebookColumns(t *testing.T, rel string, comma rune, col int) []string {
	t.Helper()
	f, err := os.Open(shareddata.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, rec := range recs[1:] { // skip the header row
		if len(rec) <= col {
			continue
		}
		name := strings.TrimSpace(rec[col])
		if name == "" || strings.Contains(name, " ") { // "Add New Fields"
			continue
		}
		names = append(names, name)
	}
	return names
}

func TestColumnsMatchCodebook(t *testing.T) {
	tests := []struct {
		name  string
		rel   string
		comma rune
		col   int
		got   []string
	}{
		{"events", "data/peers/gdelt2HeaderRows/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", ',', 0, export.EventColumns},
		{"mentions", "data/peers/gdelt2HeaderRows/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv", '\t', 1, export.MentionColumns},
		{"events (format samples)", "data/eval/gdelt-format-samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", ',', 0, export.EventColumns},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := codebookColumns(t, tt.rel, tt.comma, tt.col)
			if strings.Join(tt.got, ",") != strings.Join(want, ",") {
				t.Errorf("columns = %v\nwant (codebook) %v", tt.got, want)
			}
		})
	}
}

// The GDELT mentions sample's header names the same 16 columns.
func TestMentionColumnsMatchSample(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "data/eval/gdelt-format-samples/mentionssamp.csv"))
	if err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(string(b), "\n")
	var got []string
	for _, c := range export.MentionColumns {
		got = append(got, strings.ToLower(c))
	}
	if strings.Join(got, ",") != strings.TrimSpace(header) {
		t.Errorf("mention columns %v; sample header %q", got, header)
	}
	// Every sample row has as many fields as we write.
	r := csv.NewReader(bytes.NewReader(b))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range recs {
		if len(rec) != len(export.MentionColumns) {
			t.Fatalf("sample row %d has %d fields; we write %d", i, len(rec), len(export.MentionColumns))
		}
	}
}

func field(t *testing.T, cols, row []string, name string) string {
	t.Helper()
	for i, c := range cols {
		if c == name {
			return row[i]
		}
	}
	t.Fatalf("no column %s", name)
	return ""
}

func TestGDELTEventRow(t *testing.T) {
	m := store.MergedEvent{
		ID: 42, Day: "2024-07-31", Source: "ISR", Target: "IRN", SourceName: "Israel", TargetName: "Iran\tgov",
		SourceCountry: "ISR", SourceSector: "GOV", TargetCountry: "IRN", Cameo: "0251", QuadClass: 1, Goldstein: 3.4,
		NumMentions: 5, NumSources: 2, NumArticles: 3, Place: "Muscat", PlaceCountry: "OMN", Lat: 23.58, Lon: 58.4, HasGeo: true,
		IsRoot: true, FirstSource: "https://example.org/a", Added: "2024-08-01T10:15:00Z",
	}
	row := export.GDELTEventRow(m)
	if len(row) != len(export.EventColumns) {
		t.Fatalf("row has %d fields; want %d", len(row), len(export.EventColumns))
	}
	tests := map[string]string{
		"GLOBALEVENTID": "42", "SQLDATE": "20240731", "MonthYear": "202407", "Year": "2024", "FractionDate": "2024.6603",
		"Actor1Code": "ISRGOV", "Actor1Name": "ISRAEL", "Actor1CountryCode": "ISR", "Actor1Type1Code": "GOV",
		"Actor2Code": "IRN", "Actor2Name": "IRAN GOV", "IsRootEvent": "1", "EventCode": "0251", "EventBaseCode": "025",
		"EventRootCode": "02", "QuadClass": "1", "GoldsteinScale": "3.4", "NumMentions": "5", "NumSources": "2",
		"NumArticles": "3", "AvgTone": "0", "Actor1Geo_Type": "0", "ActionGeo_Type": "4", "ActionGeo_FullName": "Muscat",
		"ActionGeo_CountryCode": "MU", "ActionGeo_Lat": "23.58", "ActionGeo_Long": "58.4", "DATEADDED": "20240801101500",
		"SOURCEURL": "https://example.org/a",
	}
	for col, want := range tests {
		if got := field(t, export.EventColumns, row, col); got != want {
			t.Errorf("%s = %q; want %q", col, got, want)
		}
	}
	m.Cameo = "19"
	row = export.GDELTEventRow(m)
	if b, r := field(t, export.EventColumns, row, "EventBaseCode"), field(t, export.EventColumns, row, "EventRootCode"); b != "19" || r != "19" {
		t.Errorf("root-level code: base %q root %q; want 19, 19", b, r)
	}
}

func TestGDELTMentionRow(t *testing.T) {
	e := store.Event{ArticleID: "a1", MergedID: 7, ArticleSource: "https://www.example.org/x", ArticleAdded: "2024-08-01T10:15:00Z", ArticleChars: 2579,
		Event: doc.Event{Sentence: 3, Span: doc.Span{Start: 100, End: 140}, TriggerSpan: doc.Span{Start: 110, End: 116}, Confidence: 0.8}}
	row := export.GDELTMentionRow(e, "2024-07-31T09:00:00Z")
	want := []string{"7", "20240731090000", "20240801101500", "1", "example.org", "https://www.example.org/x", "4", "-1", "-1", "110", "1", "80", "2579", "0", "", ""}
	if strings.Join(row, "|") != strings.Join(want, "|") {
		t.Errorf("mention row = %q\nwant %q", row, want)
	}
	e.ArticleSource, e.ArticleSite = "corpus/a.txt", "Wire"
	row = export.GDELTMentionRow(e, "")
	if row[3] != "2" || row[4] != "Wire" {
		t.Errorf("file source: type %q name %q; want 2 (citation), Wire", row[3], row[4])
	}
}

// testStore is a SQLite store holding a few articles with events and
// findings.
func testStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := []*doc.Doc{
		storetest.NewDoc(storetest.DocSpec{Title: "Talks", Text: "Israel and Iran held talks. " + storetest.Text(1, 40), Date: "2024-07-01",
			URL: "https://wire.example/talks", Site: "wire.example",
			Events:   []storetest.EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}, {Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}},
			Findings: [][2]string{{doc.FindRoleMismatch, doc.Contradicted}, {doc.FindHedgedClaim, doc.Unverifiable}}}),
		storetest.NewDoc(storetest.DocSpec{Title: "Talks, again", Text: "Talks went on. " + storetest.Text(2, 40), Date: "2024-07-01", Site: "paper.example",
			Events: []storetest.EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}, {Source: "USA", Target: "IRN", Cameo: "1951", Quad: 4, Goldstein: -10, Negated: true}}}),
	}
	if _, err := st.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return st
}

// stamps are the times of storing, which change every run.
var stamps = regexp.MustCompile(`20\d{12}|20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ`)

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	got = stamps.ReplaceAll(got, []byte("TIME"))
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s:\n%s", name, path, got)
	}
}

func TestExports(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	var all store.EventFilter
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"gdelt.tsv", func(b *bytes.Buffer) error { return export.GDELTEvents(ctx, st, all, false, b) }},
		{"gdelt-header.tsv", func(b *bytes.Buffer) error {
			return export.GDELTEvents(ctx, st, store.EventFilter{Code: "19"}, true, b)
		}},
		{"gdelt-mentions.tsv", func(b *bytes.Buffer) error { return export.GDELTMentions(ctx, st, all, false, b) }},
		{"events.csv", func(b *bytes.Buffer) error { return export.EventsCSV(ctx, st, all, b) }},
		{"claimreview.jsonld", func(b *bytes.Buffer) error {
			return export.ClaimReviews(ctx, st, store.FindingFilter{}, "sitrep", "2024-08-01", b)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}

func TestGDELTShape(t *testing.T) {
	st := testStore(t)
	var ev, mn bytes.Buffer
	if err := export.GDELTEvents(context.Background(), st, store.EventFilter{}, false, &ev); err != nil {
		t.Fatal(err)
	}
	if err := export.GDELTMentions(context.Background(), st, store.EventFilter{}, false, &mn); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d event lines; want 2 (ISR>IRN 040 merged across articles, USA>IRN 1951)", len(lines))
	}
	ids := map[string]bool{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != len(export.EventColumns) {
			t.Errorf("event line has %d fields; want %d", len(f), len(export.EventColumns))
		}
		ids[f[0]] = true
	}
	mlines := strings.Split(strings.TrimSuffix(mn.String(), "\n"), "\n")
	if len(mlines) != 4 {
		t.Errorf("%d mention lines; want 4", len(mlines))
	}
	for _, l := range mlines {
		f := strings.Split(l, "\t")
		if len(f) != len(export.MentionColumns) {
			t.Errorf("mention line has %d fields; want %d", len(f), len(export.MentionColumns))
		}
		if !ids[f[0]] {
			t.Errorf("mention of event %s, which is not exported", f[0])
		}
	}
}

func TestJSONL(t *testing.T) {
	st := testStore(t)
	var b bytes.Buffer
	if err := export.JSONL(context.Background(), st, store.ArticleFilter{}, &b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines; want 2", len(lines))
	}
	for _, l := range lines {
		var a doc.Analysis
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.ID == "" || len(a.Events) != 2 {
			t.Errorf("line is not a v1 analysis with 2 events: %v %.80s", err, l)
		}
	}
}

func TestClaimReviewJSONLD(t *testing.T) {
	st := testStore(t)
	var b bytes.Buffer
	if err := export.ClaimReviews(context.Background(), st, store.FindingFilter{}, "sitrep", "2024-08-01", &b); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context string           `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 1 {
		t.Fatalf("@context %q, %d reviews; want schema.org and 1 (only the contradicted finding)", doc.Context, len(doc.Graph))
	}
	r := doc.Graph[0]
	item := r["itemReviewed"].(map[string]any)
	app := item["appearance"].(map[string]any)
	rating := r["reviewRating"].(map[string]any)
	if r["@type"] != "ClaimReview" || r["claimReviewed"] != "claim in Talks" || item["@type"] != "Claim" ||
		app["url"] != "https://wire.example/talks" || rating["ratingValue"] != 1.0 || len(r["citation"].([]any)) != 1 {
		t.Errorf("review = %v", r)
	}
}
