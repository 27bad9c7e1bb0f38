package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/server"
	"github.com/sitrep-project/sitrep/server/web"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storetest"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fakeAnalyze stands in for the pipeline: it normalises nothing and
// marks the text as the analysis.
func fakeAnalyze(ctx context.Context, d *doc.Doc) error {
	d.Text = d.Raw
	d.Sentences = []doc.Span{{Start: 0, End: len(d.Text)}}
	return nil
}

func newServer(t *testing.T, token string) (*httptest.Server, store.Store) {
	t.Helper()
	st := openStore(t)
	docs := []*doc.Doc{
		storetest.NewDoc(storetest.DocSpec{Title: "Talks in Oman", Text: "Iran and Israel held talks in Muscat on Monday.", Date: "2024-03-04",
			Entities: [][2]string{{"IRN", "Iran"}, {"ISR", "Israel"}},
			Events:   []storetest.EventSpec{{Source: "IRN", Target: "ISR", Cameo: "040", Quad: 1, Goldstein: 1}, {Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}},
			Quotes:   [][3]string{{"Abbas Araghchi", "person.abbas-araghchi", "We are ready."}},
			Findings: [][2]string{{doc.FindRoleMismatch, doc.Contradicted}}}),
		storetest.NewDoc(storetest.DocSpec{Title: "Strikes <script>alert(1)</script>", Text: "Israel struck targets in Syria. <script>alert(1)</script>", Date: "2024-03-10",
			Events: []storetest.EventSpec{{Source: "ISR", Target: "SYR", Cameo: "195", Quad: 4, Goldstein: -10}}}),
	}
	if _, err := st.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	srv := server.New(st, server.Options{Token: token, Analyze: fakeAnalyze, MaxBody: 1 << 10, Dashboard: web.Handler()})
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, st
}

func get(t *testing.T, ts *httptest.Server, path string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &body); err != nil {
		t.Fatalf("GET %s: body is not a JSON object: %s", path, b)
	}
	return resp.StatusCode, body
}

func TestReadEndpoints(t *testing.T) {
	ts, _ := newServer(t, "")
	tests := []struct {
		path   string
		status int
		check  func(map[string]any) bool
	}{
		{"/healthz", 200, func(b map[string]any) bool { return b["status"] == "ok" }},
		{"/api/stats", 200, func(b map[string]any) bool { return b["articles"] == 2.0 }},
		{"/api/articles", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 2 }},
		{"/api/articles?limit=1", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 && b["more"] == true }},
		{"/api/search?q=Muscat", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 }},
		{"/api/events?actor=ISR", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 3 }},
		{"/api/events?code=19", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 }},
		{"/api/events?from=2024-03-05&to=2024-03-31", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 }},
		{"/api/events/merged", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 3 }},
		{"/api/dyads/IRN/ISR/timeline", 200, func(b map[string]any) bool { return len(b["buckets"].([]any)) == 1 }},
		{"/api/dyads/IRN/ISR/timeline?interval=week", 200, func(b map[string]any) bool { return b["interval"] == "week" }},
		{"/api/network", 200, func(b map[string]any) bool { return len(b["edges"].([]any)) == 3 }},
		{"/api/quotes?speaker=araghchi", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 }},
		{"/api/findings?verdict=contradicted", 200, func(b map[string]any) bool { return len(b["items"].([]any)) == 1 }},
		{"/api/openapi.json", 200, func(b map[string]any) bool { return b["openapi"] == "3.0.3" && b["paths"] != nil }},
		// Bad input: clear 4xx with a JSON error body.
		{"/api/articles/nope", 404, nil},
		{"/api/stories/nope", 404, nil},
		{"/api/search", 400, nil},
		{"/api/events?limit=0", 400, nil},
		{"/api/events?limit=abc", 400, nil},
		{"/api/events?from=yesterday", 400, nil},
		{"/api/events?from=2024-03-10&to=2024-03-01", 400, nil},
		{"/api/events?code=abc", 400, nil},
		{"/api/events?colour=red", 400, nil},
		{"/api/findings?kind=lies", 400, nil},
		{"/api/dyads/IRN/ISR/timeline?interval=year", 400, nil},
		{"/api/nothing", 404, nil},
	}
	for _, tt := range tests {
		status, body := get(t, ts, tt.path)
		if status != tt.status {
			t.Errorf("GET %s = %d %v; want %d", tt.path, status, body, tt.status)
			continue
		}
		if tt.status >= 400 {
			if msg, _ := body["error"].(string); msg == "" || body["status"] != float64(tt.status) {
				t.Errorf("GET %s: error body %v lacks error/status", tt.path, body)
			}
			continue
		}
		if tt.check != nil && !tt.check(body) {
			t.Errorf("GET %s: unexpected body %v", tt.path, body)
		}
	}
}

func TestArticleFullAnalysisEscaped(t *testing.T) {
	ts, st := newServer(t, "")
	arts, _ := st.Articles(context.Background(), store.ArticleFilter{})
	var id string
	for _, a := range arts {
		if strings.Contains(a.Title, "Strikes") {
			id = a.ID
		}
	}
	resp, err := http.Get(ts.URL + "/api/articles/" + id)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(b), "<script>") {
		t.Errorf("article JSON carries a raw <script> tag: %s", b)
	}
	if resp.Header.Get("Content-Security-Policy") == "" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("security headers missing: %v", resp.Header)
	}
}

func post(t *testing.T, ts *httptest.Server, path, token, ctype, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", ts.URL+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", ctype)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestWriteEndpoints(t *testing.T) {
	ts, _ := newServer(t, "s3cret")
	article := `{"title": "Summit", "text": "Leaders met in Cairo on Monday to discuss the truce.", "date": "2024-05-01"}`
	tests := []struct {
		name, path, token, ctype, body string
		status                         int
	}{
		{"no token", "/api/analyze", "", "application/json", article, 401},
		{"wrong token", "/api/analyze", "nope", "application/json", article, 401},
		{"analyze", "/api/analyze", "s3cret", "application/json", article, 200},
		{"analyze text", "/api/analyze", "s3cret", "text/plain", "Leaders met in Cairo.", 200},
		{"malformed json", "/api/analyze", "s3cret", "application/json", `{"text": "unterminated`, 400},
		{"empty", "/api/analyze", "s3cret", "application/json", ``, 400},
		{"too big", "/api/analyze", "s3cret", "text/plain", strings.Repeat("word ", 400), 413},
		{"ingest", "/api/articles", "s3cret", "application/json", article, 201},
		{"ingest again", "/api/articles", "s3cret", "application/json", article, 200},
	}
	for _, tt := range tests {
		status, body := post(t, ts, tt.path, tt.token, tt.ctype, tt.body)
		if status != tt.status {
			t.Errorf("%s: POST %s = %d %v; want %d", tt.name, tt.path, status, body, tt.status)
		}
	}
	_, body := post(t, ts, "/api/articles", "s3cret", "application/json", article)
	if d, _ := body["duplicates"].([]any); len(d) != 1 {
		t.Errorf("re-ingest: %v; want one duplicate", body)
	}
}

func TestWritesOffWithoutToken(t *testing.T) {
	ts, _ := newServer(t, "")
	if status, _ := post(t, ts, "/api/articles", "x", "text/plain", "Some text here."); status != http.StatusForbidden {
		t.Errorf("write without configured token = %d; want 403", status)
	}
}

func TestDashboardServed(t *testing.T) {
	ts, _ := newServer(t, "")
	for path, want := range map[string]string{"/": "<title>sitrep</title>", "/app.js": "renderText", "/vendor/echarts.min.js": "echarts"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d, body without %q", path, resp.StatusCode, want)
		}
	}
	resp, _ := http.Post(ts.URL+"/", "text/plain", strings.NewReader("x"))
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d; want 405", resp.StatusCode)
	}
}
