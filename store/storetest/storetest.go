package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// Run runs the store suite. open must return a new, empty store each time
// it is called; Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st store.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"Idempotent", testIdempotent},
		{"PutEncoded", testPutEncoded},
		{"Atomic", testAtomic},
		{"NearDuplicates", testNearDuplicates},
		{"Articles", testArticles},
		{"Search", testSearch},
		{"Events", testEvents},
		{"MergedEvents", testMergedEvents},
		{"Timeline", testTimeline},
		{"CountryTimeline", testCountryTimeline},
		{"Network", testNetwork},
		{"Places", testPlaces},
		{"Quotes", testQuotes},
		{"Findings", testFindings},
		{"Invalid", testInvalid},
		{"Concurrent", testConcurrent},
		{"Closed", testClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := open(t)
			defer st.Close()
			tt.fn(t, st)
		})
	}
}

var ctx = context.Background()

func put(t *testing.T, st store.Store, docs ...*doc.Doc) store.PutResult {
	t.Helper()
	res, err := st.Put(ctx, docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func stats(t *testing.T, st store.Store) store.Stats {
	t.Helper()
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// corpus is a small set of articles with known events, quotes and
// findings, used by the query tests.
func corpus() []*doc.Doc {
	return []*doc.Doc{
		NewDoc(DocSpec{Title: "Talks in Oman", Text: "Israel and Iran held talks in Muscat on Monday. " + Text(1, 60),
			Date: "2024-07-01", Site: "wire.example", URL: "https://wire.example/a",
			Entities: [][2]string{{"ISR", "Israel"}, {"IRN", "Iran"}},
			Events: []EventSpec{
				{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1},
				{Source: "IRN", Target: "ISR", Cameo: "040", Quad: 1, Goldstein: 1},
				{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1},
			},
			Quotes:   [][3]string{{"Danny Ayalon", "Q_AYALON", "Our priority is safety"}},
			Findings: [][2]string{{doc.FindRoleMismatch, doc.Contradicted}},
		}),
		NewDoc(DocSpec{Title: "Strikes on Syria", Text: "Israel carried out strikes on targets in Syria. " + Text(2, 60),
			Date: "2024-07-03", Site: "paper.example",
			Entities: [][2]string{{"ISR", "Israel"}, {"SYR", "Syria"}},
			Events: []EventSpec{
				{Source: "ISR", Target: "SYR", Cameo: "195", Quad: 4, Goldstein: -10},
				{Source: "ISR", Target: "IRN", Cameo: "112", Quad: 3, Goldstein: -2, Date: "2024-07-02"},
				{Source: "ISR", Target: "IRN", Cameo: "190", Quad: 4, Goldstein: -10, Negated: true},
			},
			Quotes:   [][3]string{{"Hossein Amir-Abdollahian", "Q_ABDOLLAHIAN", "We will not back down"}},
			Findings: [][2]string{{doc.FindSpeakerDeceased, doc.Contradicted}, {doc.FindHedgedClaim, doc.Unverifiable}},
		}),
		NewDoc(DocSpec{Title: "Talks resume", Text: "Iran and Israel resumed talks a week later. " + Text(3, 60),
			Date: "2024-07-10", Site: "other.example",
			Entities: [][2]string{{"IRN", "Iran"}},
			Events: []EventSpec{
				{Source: "IRN", Target: "ISR", Cameo: "040", Quad: 1, Goldstein: 1},
				{Source: "USA", Target: "IRN", Cameo: "036", Quad: 1, Goldstein: 4},
			},
		}),
		NewDoc(DocSpec{Title: "Undated", Text: "An article without a date about a summit. " + Text(4, 60),
			Events: []EventSpec{{Source: "FRA", Target: "DEU", Cameo: "043", Quad: 1, Goldstein: 2.8}},
		}),
	}
}

func testPutAndGet(t *testing.T, st store.Store) {
	docs := corpus()
	res := put(t, st, docs...)
	if len(res.Stored) != len(docs) || len(res.Duplicates) != 0 {
		t.Fatalf("Put = %d stored, %d duplicates; want %d, 0", len(res.Stored), len(res.Duplicates), len(docs))
	}
	for _, d := range docs {
		a, err := st.Article(ctx, d.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", d.ID, err)
		}
		want, _ := json.Marshal(d)
		if string(a.Analysis) != string(want) {
			t.Errorf("Article(%s).Analysis differs from the doc's v1 JSON", d.ID)
		}
		an, err := a.Decode()
		if err != nil {
			t.Fatal(err)
		}
		if an.Title != d.Title || a.Title != d.Title || a.Events != len(d.Events) || a.Quotes != len(d.Quotes) || a.Findings != len(d.Findings) {
			t.Errorf("Article(%s) = %+v; want title %q and counts %d/%d/%d", d.ID, a.ArticleSummary, d.Title, len(d.Events), len(d.Quotes), len(d.Findings))
		}
		if a.Date != store.Day(d.Date) {
			t.Errorf("Article(%s).Date = %q; want %q", d.ID, a.Date, store.Day(d.Date))
		}
	}
	if _, err := st.Article(ctx, "no-such-id"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(unknown) error = %v; want ErrNotFound", err)
	}
	s := stats(t, st)
	want := store.Stats{Articles: 4, Stories: 4, Events: 9, Quotes: 2, Findings: 3, Entities: 5, SchemaVersion: s.SchemaVersion}
	want.MergedEvents = s.MergedEvents
	if s != want || s.SchemaVersion < 1 {
		t.Errorf("Stats = %+v; want %+v", s, want)
	}
}

func testIdempotent(t *testing.T, st store.Store) {
	docs := corpus()
	put(t, st, docs...)
	before := stats(t, st)
	res := put(t, st, append(docs, docs[0])...)
	if len(res.Stored) != 0 || len(res.Duplicates) != len(docs)+1 {
		t.Errorf("re-Put = %d stored, %d duplicates; want 0, %d", len(res.Stored), len(res.Duplicates), len(docs)+1)
	}
	if after := stats(t, st); after != before {
		t.Errorf("re-Put changed the store: %+v → %+v", before, after)
	}
	// Same doc twice in one new batch: stored once.
	d := NewDoc(DocSpec{Title: "Twice", Text: Text(99, 40)})
	res = put(t, st, d, d)
	if len(res.Stored) != 1 || len(res.Duplicates) != 1 {
		t.Errorf("Put(d, d) = %d stored, %d duplicates; want 1, 1", len(res.Stored), len(res.Duplicates))
	}
	m, err := st.MergedEvents(ctx, store.EventFilter{Page: store.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m {
		if e.Source == "ISR" && e.Target == "IRN" && e.Cameo == "040" && e.NumArticles != 1 {
			t.Errorf("merged event counted a re-put article: %+v", e)
		}
	}
}

// testPutEncoded checks that docs encoded ahead (store.Encode) are stored
// exactly as Put stores them, and that PutEncoded skips duplicates and
// refuses docs without ids the way Put does.
func testPutEncoded(t *testing.T, st store.Store) {
	ep, ok := st.(store.EncodedPutter)
	if !ok {
		t.Skip("store does not implement store.EncodedPutter")
	}
	docs := corpus()
	enc := make([]*store.Encoded, len(docs))
	for i, d := range docs {
		e, err := store.Encode(d)
		if err != nil {
			t.Fatalf("Encode(%s): %v", d.Source, err)
		}
		enc[i] = e
	}
	res, err := ep.PutEncoded(ctx, enc[:2])
	if err != nil {
		t.Fatalf("PutEncoded: %v", err)
	}
	if len(res.Stored) != 2 {
		t.Fatalf("PutEncoded = %d stored; want 2", len(res.Stored))
	}
	// Mixed: two already stored through PutEncoded, two new through Put.
	res = put(t, st, docs...)
	if len(res.Stored) != 2 || len(res.Duplicates) != 2 {
		t.Errorf("Put after PutEncoded = %d stored, %d duplicates; want 2, 2", len(res.Stored), len(res.Duplicates))
	}
	res, err = ep.PutEncoded(ctx, enc)
	if err != nil || len(res.Stored) != 0 || len(res.Duplicates) != len(docs) {
		t.Errorf("re-PutEncoded = %d stored, %d duplicates, err %v; want 0, %d, nil", len(res.Stored), len(res.Duplicates), err, len(docs))
	}
	for _, d := range docs[:2] {
		a, err := st.Article(ctx, d.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", d.ID, err)
		}
		want, _ := json.Marshal(d)
		if string(a.Analysis) != string(want) {
			t.Errorf("Article(%s).Analysis differs from the doc's v1 JSON", d.ID)
		}
	}
	evs, err := st.Events(ctx, store.EventFilter{Article: docs[0].ID, Page: store.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != len(docs[0].Events) {
		t.Errorf("Events of a PutEncoded article = %d; want %d", len(evs), len(docs[0].Events))
	}
	s := stats(t, st)
	want := store.Stats{Articles: 4, Stories: 4, Events: 9, Quotes: 2, Findings: 3, Entities: 5, SchemaVersion: s.SchemaVersion, MergedEvents: s.MergedEvents}
	if s != want {
		t.Errorf("Stats = %+v; want %+v", s, want)
	}
	bad := &store.Encoded{Doc: NewDoc(DocSpec{Title: "No id", Text: Text(7, 40)})}
	bad.Doc.ID = ""
	if _, err := ep.PutEncoded(ctx, []*store.Encoded{bad}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutEncoded of a doc without id: error = %v; want ErrInvalid", err)
	}
	if _, err := ep.PutEncoded(ctx, []*store.Encoded{nil}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutEncoded(nil): error = %v; want ErrInvalid", err)
	}
}

func testAtomic(t *testing.T, st store.Store) {
	docs := corpus()
	put(t, st, docs[0])
	before := stats(t, st)
	bad := NewDoc(DocSpec{Title: "No id", Text: Text(7, 40)})
	bad.ID = ""
	_, err := st.Put(ctx, []*doc.Doc{docs[1], docs[2], bad, docs[3]})
	if !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("Put with a doc without id: error = %v; want ErrInvalid", err)
	}
	if after := stats(t, st); after != before {
		t.Errorf("failed Put left rows behind: %+v → %+v", before, after)
	}
	if _, err := st.Article(ctx, docs[1].ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("article from a failed batch is stored (err %v)", err)
	}
	// A cancelled context fails the Put without storing anything.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := st.Put(cctx, docs[1:]); err == nil {
		t.Errorf("Put with a cancelled context succeeded")
	}
	if after := stats(t, st); after != before {
		t.Errorf("cancelled Put left rows behind: %+v → %+v", before, after)
	}
}

func testNearDuplicates(t *testing.T, st store.Store) {
	body := Text(42, 300)
	orig := NewDoc(DocSpec{Title: "Original", Text: "JERUSALEM (Wire) — " + body, Date: "2024-07-01", Site: "wire.example"})
	copy1 := NewDoc(DocSpec{Title: "Syndicated copy", Text: "JERUSALEM — " + body + " Reporting by staff.", Date: "2024-07-01", Site: "paper.example"})
	other := NewDoc(DocSpec{Title: "Different", Text: Text(43, 300), Date: "2024-07-01"})
	short := NewDoc(DocSpec{Title: "Short", Text: "Too short to compare."})
	res := put(t, st, orig, other)
	if len(res.NearDuplicates) != 0 {
		t.Errorf("unrelated articles flagged as near-duplicates: %v", res.NearDuplicates)
	}
	res = put(t, st, copy1, short)
	if len(res.NearDuplicates) != 1 || res.NearDuplicates[0] != copy1.ID {
		t.Errorf("NearDuplicates = %v; want [%s]", res.NearDuplicates, copy1.ID)
	}
	a, err := st.Article(ctx, copy1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Story != orig.ID {
		t.Errorf("copy story = %s; want the original's %s", a.Story, orig.ID)
	}
	s, err := st.Story(ctx, orig.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Articles) != 2 || s.Articles[0].ID != orig.ID || s.Articles[1].ID != copy1.ID {
		t.Errorf("Story(%s) = %+v; want the original then the copy", orig.ID, s.Articles)
	}
	if _, err := st.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(unknown) error = %v; want ErrNotFound", err)
	}
	if got := stats(t, st).Stories; got != 3 {
		t.Errorf("Stories = %d; want 3", got)
	}
	list, err := st.Articles(ctx, store.ArticleFilter{Story: orig.ID})
	if err != nil || len(list) != 2 {
		t.Errorf("Articles(story) = %d, %v; want 2", len(list), err)
	}
}

func ids[T any](xs []T, id func(T) string) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, id(x))
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func testArticles(t *testing.T, st store.Store) {
	docs := corpus()
	put(t, st, docs...)
	title := func(a store.ArticleSummary) string { return a.Title }
	tests := []struct {
		name string
		f    store.ArticleFilter
		want []string
	}{
		{"all newest first", store.ArticleFilter{}, []string{"Talks resume", "Strikes on Syria", "Talks in Oman", "Undated"}},
		{"from", store.ArticleFilter{Period: store.Period{From: day("2024-07-02")}}, []string{"Talks resume", "Strikes on Syria"}},
		{"to", store.ArticleFilter{Period: store.Period{To: day("2024-07-02")}}, []string{"Talks in Oman"}},
		{"actor", store.ArticleFilter{Actor: "SYR"}, []string{"Strikes on Syria"}},
		{"actor by name", store.ArticleFilter{Actor: "Iran"}, []string{"Talks resume", "Talks in Oman"}},
		{"page", store.ArticleFilter{Page: store.Page{Limit: 2, Offset: 1}}, []string{"Strikes on Syria", "Talks in Oman"}},
	}
	for _, tt := range tests {
		got, err := st.Articles(ctx, tt.f)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if g := ids(got, title); fmt.Sprint(g) != fmt.Sprint(tt.want) {
			t.Errorf("%s: Articles = %q; want %q", tt.name, g, tt.want)
		}
	}
}

func testSearch(t *testing.T, st store.Store) {
	docs := corpus()
	put(t, st, docs...)
	title := func(h store.SearchHit) string { return h.Title }
	tests := []struct {
		q    string
		want []string
	}{
		{"Muscat", []string{"Talks in Oman"}},
		{"muscat israel", []string{"Talks in Oman"}},
		{"strikes", []string{"Strikes on Syria"}},
		{`"resumed talks"`, []string{"Talks resume"}},
		{`"israel resumed"`, []string{"Talks resume"}},
		{`"resumed israel"`, []string{}},
		{"Oman", []string{"Talks in Oman"}}, // title
		{"zanzibar", []string{}},
		{`AND OR NOT ( ) * : "`, nil}, // operators are text, not syntax; result may be empty
	}
	for _, tt := range tests {
		got, err := st.Search(ctx, tt.q, store.Page{})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if tt.want == nil {
			continue
		}
		if g := ids(got, title); !sameSet(g, tt.want) {
			t.Errorf("Search(%q) = %q; want %q", tt.q, g, tt.want)
		}
		for _, h := range got {
			if h.Snippet == "" {
				t.Errorf("Search(%q): hit %s has no snippet", tt.q, h.ID)
			}
		}
	}
	if _, err := st.Search(ctx, "  ", store.Page{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Search(blank) error = %v; want ErrInvalid", err)
	}
}

type evKey struct {
	src, tgt, code string
}

func testEvents(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	key := func(e store.Event) string { return e.Source + ">" + e.Target + ":" + e.Cameo + "@" + e.Day }
	tests := []struct {
		name string
		f    store.EventFilter
		want []string
	}{
		{"actor SYR", store.EventFilter{Actor: "SYR"}, []string{"ISR>SYR:195@2024-07-03"}},
		{"source USA", store.EventFilter{Source: "USA"}, []string{"USA>IRN:036@2024-07-10"}},
		{"target ISR", store.EventFilter{Target: "ISR"}, []string{"IRN>ISR:040@2024-07-10", "IRN>ISR:040@2024-07-01"}},
		{"dyad both ways", store.EventFilter{Dyad: [2]string{"IRN", "ISR"}, Period: store.Period{From: day("2024-07-01"), To: day("2024-07-01")}},
			[]string{"ISR>IRN:040@2024-07-01", "IRN>ISR:040@2024-07-01", "ISR>IRN:040@2024-07-01"}},
		{"code prefix 19", store.EventFilter{Code: "19"}, []string{"ISR>IRN:190@2024-07-03", "ISR>SYR:195@2024-07-03"}},
		{"code exact 112", store.EventFilter{Code: "112"}, []string{"ISR>IRN:112@2024-07-02"}},
		{"factual drops negated", store.EventFilter{Code: "19", Factual: true}, []string{"ISR>SYR:195@2024-07-03"}},
		{"quad 3", store.EventFilter{QuadClass: 3}, []string{"ISR>IRN:112@2024-07-02"}},
		{"event date beats article date", store.EventFilter{Period: store.Period{From: day("2024-07-02"), To: day("2024-07-02")}}, []string{"ISR>IRN:112@2024-07-02"}},
		{"undated article", store.EventFilter{Actor: "FRA"}, []string{"FRA>DEU:043@"}},
		{"no match", store.EventFilter{Actor: "ZZZ"}, []string{}},
	}
	for _, tt := range tests {
		got, err := st.Events(ctx, tt.f)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if g := ids(got, key); !sameSet(g, tt.want) {
			t.Errorf("%s: Events = %q; want %q", tt.name, g, tt.want)
		}
	}
	// Order: newest day first; paging walks the same order.
	all, err := st.Events(ctx, store.EventFilter{Page: store.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 9 {
		t.Fatalf("Events(all) = %d; want 9", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i].Day > all[i-1].Day {
			t.Errorf("Events not newest first: %s after %s", all[i].Day, all[i-1].Day)
		}
	}
	var paged []string
	for off := 0; off < 9; off += 4 {
		p, err := st.Events(ctx, store.EventFilter{Page: store.Page{Limit: 4, Offset: off}})
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, ids(p, key)...)
	}
	if fmt.Sprint(paged) != fmt.Sprint(ids(all, key)) {
		t.Errorf("paged events %q differ from all %q", paged, ids(all, key))
	}
	// Paging an actor's or a dyad's events walks the same order as the
	// whole list.
	for _, f := range []store.EventFilter{{Actor: "ISR"}, {Dyad: [2]string{"IRN", "ISR"}}, {Actor: "IRN", Code: "0"}} {
		f.Limit = -1
		whole, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var paged []string
		for off := 0; off < len(whole)+2; off += 2 {
			f.Page = store.Page{Limit: 2, Offset: off}
			p, err := st.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, ids(p, key)...)
		}
		if len(whole) < 3 || fmt.Sprint(paged) != fmt.Sprint(ids(whole, key)) {
			t.Errorf("paged %+v = %q; whole = %q", f, paged, ids(whole, key))
		}
	}
	e := all[0]
	if e.ArticleID == "" || e.ArticleSource == "" || e.ArticleAdded == "" || e.ArticleChars == 0 || e.SourceName == "" || e.Place != "Somewhere" || e.Lat != 31.5 {
		t.Errorf("event lost fields: %+v", e)
	}
	for _, e := range all {
		if (e.Day == "") != (e.MergedID == 0) {
			t.Errorf("event %s: day %q but merged id %d", key(e), e.Day, e.MergedID)
		}
	}
	one, err := st.Events(ctx, store.EventFilter{Article: corpus()[1].ID})
	if err != nil || len(one) != 3 {
		t.Errorf("Events(article) = %d, %v; want 3", len(one), err)
	}
}

func testMergedEvents(t *testing.T, st store.Store) {
	docs := corpus()
	// A second outlet reports the first article's talks, and a third
	// article from the first outlet again.
	again := NewDoc(DocSpec{Title: "Talks confirmed", Text: Text(11, 80), Date: "2024-07-01", Site: "paper.example",
		Events: []EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}}})
	same := NewDoc(DocSpec{Title: "Talks again", Text: Text(12, 80), Date: "2024-07-01", Site: "wire.example",
		Events: []EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}}})
	put(t, st, docs...)
	put(t, st, again, same)
	m, err := st.MergedEvents(ctx, store.EventFilter{Source: "ISR", Target: "IRN", Code: "040"})
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 1 {
		t.Fatalf("MergedEvents(ISR>IRN 040) = %d rows; want 1: %+v", len(m), m)
	}
	g := m[0]
	if g.NumMentions != 4 || g.NumArticles != 3 || g.NumSources != 2 {
		t.Errorf("merged counts = mentions %d, articles %d, sources %d; want 4, 3, 2", g.NumMentions, g.NumArticles, g.NumSources)
	}
	if g.Day != "2024-07-01" || g.FirstArticle != docs[0].ID || g.FirstSource != "https://wire.example/a" || g.QuadClass != 1 || g.Goldstein != 1 || !g.HasGeo {
		t.Errorf("merged event = %+v", g)
	}
	evs, err := st.Events(ctx, store.EventFilter{Source: "ISR", Target: "IRN", Code: "040"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.MergedID != g.ID {
			t.Errorf("event %s/%d merged id %d; want %d", e.ArticleID, e.Index, e.MergedID, g.ID)
		}
	}
	all, err := st.MergedEvents(ctx, store.EventFilter{Page: store.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	// Distinct (day, source, target, code) with a known day.
	if len(all) != 7 {
		t.Errorf("MergedEvents(all) = %d; want 7", len(all))
	}
	byArticle, err := st.MergedEvents(ctx, store.EventFilter{Article: docs[2].ID})
	if err != nil || len(byArticle) != 2 {
		t.Errorf("MergedEvents(article) = %d, %v; want 2", len(byArticle), err)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func testTimeline(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	got, err := st.Timeline(ctx, store.TimelineQuery{A: "ISR", B: "IRN"})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Bucket{
		{Start: "2024-07-01", Events: 3, GoldsteinSum: 3, GoldsteinMean: 1, Quad: [4]int{3, 0, 0, 0}, Cooperation: 3},
		{Start: "2024-07-02", Events: 1, GoldsteinSum: -2, GoldsteinMean: -2, Quad: [4]int{0, 0, 1, 0}, Conflict: 1},
		{Start: "2024-07-03", Events: 1, GoldsteinSum: -10, GoldsteinMean: -10, Quad: [4]int{0, 0, 0, 1}, Conflict: 1},
		{Start: "2024-07-10", Events: 1, GoldsteinSum: 1, GoldsteinMean: 1, Quad: [4]int{1, 0, 0, 0}, Cooperation: 1},
	}
	checkBuckets(t, "daily", got, want)

	got, err = st.Timeline(ctx, store.TimelineQuery{A: "ISR", B: "IRN", Interval: store.Weekly, Factual: true})
	if err != nil {
		t.Fatal(err)
	}
	// 2024-07-01 is a Monday; the negated 07-03 strike is dropped.
	want = []store.Bucket{
		{Start: "2024-07-01", Events: 4, GoldsteinSum: 1, GoldsteinMean: 0.25, Quad: [4]int{3, 0, 1, 0}, Cooperation: 3, Conflict: 1},
		{Start: "2024-07-08", Events: 1, GoldsteinSum: 1, GoldsteinMean: 1, Quad: [4]int{1, 0, 0, 0}, Cooperation: 1},
	}
	checkBuckets(t, "weekly factual", got, want)

	got, err = st.Timeline(ctx, store.TimelineQuery{A: "IRN", B: "ISR", Directed: true, Period: store.Period{To: day("2024-07-05")}})
	if err != nil {
		t.Fatal(err)
	}
	want = []store.Bucket{{Start: "2024-07-01", Events: 1, GoldsteinSum: 1, GoldsteinMean: 1, Quad: [4]int{1, 0, 0, 0}, Cooperation: 1}}
	checkBuckets(t, "directed to", got, want)

	got, err = st.Timeline(ctx, store.TimelineQuery{A: "ISR", B: "ZZZ"})
	if err != nil || len(got) != 0 {
		t.Errorf("Timeline(no events) = %v, %v; want empty", got, err)
	}
}

func checkBuckets(t *testing.T, name string, got, want []store.Bucket) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d buckets %+v; want %d %+v", name, len(got), got, len(want), want)
		return
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Start != w.Start || g.Events != w.Events || !near(g.GoldsteinSum, w.GoldsteinSum) || !near(g.GoldsteinMean, w.GoldsteinMean) ||
			g.Quad != w.Quad || g.Cooperation != w.Cooperation || g.Conflict != w.Conflict {
			t.Errorf("%s: bucket %d = %+v; want %+v", name, i, g, w)
		}
	}
}

func testNetwork(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	edges, err := st.Network(ctx, store.NetworkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(edges) != 5 {
		t.Fatalf("Network = %d edges; want 5: %+v", len(edges), edges)
	}
	top := edges[0]
	if top.Source != "ISR" || top.Target != "IRN" || top.Events != 4 || !near(top.GoldsteinSum, -10) || top.Cooperation != 2 || top.Conflict != 2 || top.SourceName != "ISR name" {
		t.Errorf("heaviest edge = %+v; want ISR→IRN with 4 events", top)
	}
	edges, err = st.Network(ctx, store.NetworkQuery{Period: store.Period{From: day("2024-07-05")}, Actor: "IRN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(edges) != 2 {
		t.Errorf("Network(IRN, from 07-05) = %+v; want 2 edges", edges)
	}
	edges, err = st.Network(ctx, store.NetworkQuery{MinEvents: 2})
	if err != nil || len(edges) != 2 {
		t.Errorf("Network(min 2) = %+v, %v; want 2 edges", edges, err)
	}
}

func testQuotes(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	tests := []struct {
		speaker string
		want    int
	}{
		{"", 2}, {"Q_AYALON", 1}, {"ayalon", 1}, {"AMIR-ABDOLLAHIAN", 1}, {"nobody", 0}, {"%", 0}, {"_", 0},
	}
	for _, tt := range tests {
		got, err := st.Quotes(ctx, store.QuoteFilter{Speaker: tt.speaker})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("Quotes(speaker %q) = %d; want %d", tt.speaker, len(got), tt.want)
		}
	}
	got, err := st.Quotes(ctx, store.QuoteFilter{Speaker: "ayalon"})
	if err != nil || len(got) != 1 {
		t.Fatalf("Quotes(ayalon) = %v, %v", got, err)
	}
	q := got[0]
	if q.Text != "Our priority is safety" || q.Speaker.Name != "Danny Ayalon" || q.Date != "2024-07-01" || q.Cue != "said" {
		t.Errorf("quote = %+v", q)
	}
	for _, d := range append(corpus(), NewDoc(DocSpec{Title: "Not stored"})) {
		got, err := st.Quotes(ctx, store.QuoteFilter{Article: d.ID})
		if err != nil || len(got) != len(d.Quotes) {
			t.Errorf("Quotes(article %s) = %d, %v; want %d", d.Title, len(got), err, len(d.Quotes))
		}
		for _, q := range got {
			if q.ArticleID != d.ID {
				t.Errorf("Quotes(article %s) returned a quote of %s", d.ID, q.ArticleID)
			}
		}
	}
}

func testFindings(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	tests := []struct {
		f    store.FindingFilter
		want int
	}{
		{store.FindingFilter{}, 3},
		{store.FindingFilter{Kind: doc.FindRoleMismatch}, 1},
		{store.FindingFilter{Verdict: doc.Contradicted}, 2},
		{store.FindingFilter{Verdict: doc.Contradicted, Period: store.Period{From: day("2024-07-02")}}, 1},
		{store.FindingFilter{Kind: doc.FindUnknownPerson}, 0},
	}
	for _, tt := range tests {
		got, err := st.Findings(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("Findings(%+v) = %d; want %d", tt.f, len(got), tt.want)
		}
	}
	got, err := st.Findings(ctx, store.FindingFilter{Kind: doc.FindRoleMismatch})
	if err != nil || len(got) != 1 {
		t.Fatal(err)
	}
	f := got[0]
	if f.ArticleTitle != "Talks in Oman" || f.ArticleURL != "https://wire.example/a" || len(f.Evidence) != 1 || f.Evidence[0].Fact != "a fact" {
		t.Errorf("finding = %+v", f)
	}
	for _, d := range append(corpus(), NewDoc(DocSpec{Title: "Not stored"})) {
		got, err := st.Findings(ctx, store.FindingFilter{Article: d.ID})
		if err != nil || len(got) != len(d.Findings) {
			t.Errorf("Findings(article %s) = %d, %v; want %d", d.Title, len(got), err, len(d.Findings))
		}
		for _, f := range got {
			if f.ArticleID != d.ID {
				t.Errorf("Findings(article %s) returned a finding of %s", d.ID, f.ArticleID)
			}
		}
	}
}

func testInvalid(t *testing.T, st store.Store) {
	bad := []struct {
		name string
		call func() error
	}{
		{"from after to", func() error {
			_, err := st.Events(ctx, store.EventFilter{Period: store.Period{From: day("2024-02-01"), To: day("2024-01-01")}})
			return err
		}},
		{"half dyad", func() error { _, err := st.Events(ctx, store.EventFilter{Dyad: [2]string{"ISR", ""}}); return err }},
		{"quad 5", func() error { _, err := st.Events(ctx, store.EventFilter{QuadClass: 5}); return err }},
		{"negative offset", func() error { _, err := st.Quotes(ctx, store.QuoteFilter{Page: store.Page{Offset: -1}}); return err }},
		{"timeline one actor", func() error { _, err := st.Timeline(ctx, store.TimelineQuery{A: "ISR"}); return err }},
		{"timeline interval", func() error {
			_, err := st.Timeline(ctx, store.TimelineQuery{A: "ISR", B: "IRN", Interval: "month"})
			return err
		}},
	}
	for _, b := range bad {
		if err := b.call(); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: error = %v; want ErrInvalid", b.name, err)
		}
	}
}

func testConcurrent(t *testing.T, st store.Store) {
	const writers, per = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*2)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				// Every writer also re-puts a doc shared by all.
				shared := NewDoc(DocSpec{Title: "Shared", Text: Text(1000, 50), Date: "2024-01-01",
					Events: []EventSpec{{Source: "A", Target: "B", Cameo: "010", Quad: 1}}})
				d := NewDoc(DocSpec{Title: fmt.Sprintf("w%d-%d", w, i), Text: Text(uint64(2000+w*per+i), 50), Date: "2024-01-01",
					Events: []EventSpec{{Source: "A", Target: "B", Cameo: "010", Quad: 1}}})
				if _, err := st.Put(ctx, []*doc.Doc{d, shared}); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				if _, err := st.Events(ctx, store.EventFilter{Actor: "A"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent use: %v", err)
	}
	s := stats(t, st)
	if s.Articles != writers*per+1 || s.Events != writers*per+1 || s.MergedEvents != 1 {
		t.Errorf("after concurrent puts Stats = %+v; want %d articles and events, 1 merged", s, writers*per+1)
	}
	m, err := st.MergedEvents(ctx, store.EventFilter{})
	if err != nil || len(m) != 1 || m[0].NumArticles != writers*per+1 {
		t.Errorf("merged after concurrent puts = %+v, %v", m, err)
	}
}

func testClosed(t *testing.T, st store.Store) {
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Stats(ctx); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Stats after Close: %v; want ErrClosed", err)
	}
	if _, err := st.Put(ctx, corpus()); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Put after Close: %v; want ErrClosed", err)
	}
}

func testPlaces(t *testing.T, st store.Store) {
	put(t, st, corpus()...)
	got, err := st.Places(ctx, store.PlaceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	// Every generated event is at "Somewhere" (ISR); merged events with
	// a known day: 7.
	if len(got) != 1 || got[0].Place != "Somewhere" || got[0].Country != "ISR" || got[0].Events != 7 || got[0].Lat != 31.5 {
		t.Fatalf("Places = %+v; want one place with 7 merged events", got)
	}
	byCountry, err := st.Places(ctx, store.PlaceQuery{ByCountry: true, Actor: "SYR"})
	if err != nil {
		t.Fatal(err)
	}
	if len(byCountry) != 1 || byCountry[0].Place != "" || byCountry[0].Events != 1 || byCountry[0].Conflict != 1 || byCountry[0].GoldsteinMean != -10 {
		t.Errorf("Places(by country, SYR) = %+v", byCountry)
	}
	none, err := st.Places(ctx, store.PlaceQuery{Period: store.Period{From: day("2030-01-01")}})
	if err != nil || len(none) != 0 {
		t.Errorf("Places(future) = %+v, %v", none, err)
	}
	if _, err := st.Places(ctx, store.PlaceQuery{QuadClass: 9}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Places(quad 9): %v; want ErrInvalid", err)
	}
}

// testCountryTimeline: between two countries a timeline counts the events
// of their people and bodies (a prime minister's strike), not only those
// whose actor is the country itself; between other actors it matches ids.
func testCountryTimeline(t *testing.T, st store.Store) {
	d := NewDoc(DocSpec{Title: "Country dyad", Text: Text(41, 60), Date: "2024-05-01", Events: []EventSpec{
		{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1},
		{Source: "person.pm", SourceCountry: "ISR", Target: "IRN", Cameo: "190", Quad: 4, Goldstein: -10},
		{Source: "org.idf", SourceCountry: "ISR", Target: "group.x", TargetCountry: "LBN", Cameo: "190", Quad: 4, Goldstein: -10},
	}})
	put(t, st, d)
	got, err := st.Timeline(context.Background(), store.TimelineQuery{A: "ISR", B: "IRN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Events != 2 || got[0].Conflict != 1 || got[0].Cooperation != 1 {
		t.Errorf("ISR–IRN timeline = %+v; want one day with 2 events (1 cooperation, 1 conflict)", got)
	}
	got, err = st.Timeline(context.Background(), store.TimelineQuery{A: "person.pm", B: "IRN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Events != 1 || got[0].Conflict != 1 {
		t.Errorf("person.pm–IRN timeline = %+v; want the prime minister's one strike (ids matched exactly)", got)
	}
	got, err = st.Timeline(context.Background(), store.TimelineQuery{A: "ISR", B: "LBN"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Events != 1 {
		t.Errorf("ISR–LBN timeline = %+v; want the IDF's strike on a Lebanese group", got)
	}
}
