package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/store"
)

// params reads and validates query parameters; the first problem is
// kept and reported as a 400.
type params struct {
	q   url.Values
	err error
}

// newParams checks that the request names only allowed parameters.
func newParams(r *http.Request, allowed ...string) *params {
	p := &params{q: r.URL.Query()}
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	var unknown []string
	for k := range p.q {
		if !ok[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		sort.Strings(allowed)
		p.err = fmt.Errorf("unknown query parameter %q (this endpoint takes %s)", unknown[0], strings.Join(allowed, ", "))
	}
	return p
}

func (p *params) str(name string) string { return strings.TrimSpace(p.q.Get(name)) }

func (p *params) int(name string, def, min, max int) int {
	v := p.str(name)
	if v == "" || p.err != nil {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.err = fmt.Errorf("query parameter %s=%q: want a whole number from %d to %d", name, v, min, max)
		return def
	}
	return n
}

func (p *params) bool(name string) bool {
	v := p.str(name)
	if v == "" || p.err != nil {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.err = fmt.Errorf("query parameter %s=%q: want true or false", name, v)
	}
	return b
}

func (p *params) day(name string) time.Time {
	v := p.str(name)
	if v == "" || p.err != nil {
		return time.Time{}
	}
	t, err := store.ParseDay(v)
	if err != nil {
		p.err = fmt.Errorf("query parameter %s=%q: want YYYY-MM-DD", name, v)
	}
	return t
}

func (p *params) period() store.Period {
	return store.Period{From: p.day("from"), To: p.day("to")}
}

func (p *params) page() store.Page {
	return store.Page{Limit: p.int("limit", store.DefaultLimit, 1, maxLimit), Offset: p.int("offset", 0, 0, 1<<31-1)}
}

// done writes a 400 and returns true when a parameter was bad.
func (p *params) done(w http.ResponseWriter) bool {
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err)
		return true
	}
	return false
}

// list is the envelope of every list response.
type list[T any] struct {
	Items  []T `json:"items"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// More is true when the page is full, so another page may follow.
	More bool `json:"more"`
}

func writeList[T any](w http.ResponseWriter, items []T, pg store.Page) {
	if items == nil {
		items = []T{}
	}
	writeJSON(w, http.StatusOK, list[T]{Items: items, Limit: pg.Limit, Offset: pg.Offset, More: len(items) == pg.Limit})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.st.Stats(ctx); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	if newParams(r).done(w) {
		return
	}
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "actor", "story", "limit", "offset")
	f := store.ArticleFilter{Period: p.period(), Actor: p.str("actor"), Story: p.str("story"), Page: p.page()}
	if p.done(w) {
		return
	}
	items, err := s.st.Articles(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, items, f.Page)
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	if newParams(r).done(w) {
		return
	}
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "q", "limit", "offset")
	q := p.str("q")
	pg := p.page()
	if p.err == nil && q == "" {
		p.err = errors.New("query parameter q is required: the words to search for")
	}
	if p.done(w) {
		return
	}
	hits, err := s.st.Search(r.Context(), q, pg)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, hits, pg)
}

// eventFilter reads the event filter parameters.
func eventFilter(p *params) store.EventFilter {
	f := store.EventFilter{
		Period: p.period(), Actor: p.str("actor"), Source: p.str("source"), Target: p.str("target"),
		Code: p.str("code"), QuadClass: p.int("quad", 0, 0, 4), Article: p.str("article"),
		Factual: p.bool("factual"), Page: p.page(),
	}
	if f.Code != "" && strings.Trim(f.Code, "0123456789") != "" {
		p.err = fmt.Errorf("query parameter code=%q: want a CAMEO code such as 19 or 190", f.Code)
	}
	return f
}

var eventParams = []string{"from", "to", "actor", "source", "target", "code", "quad", "article", "factual", "limit", "offset"}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, eventParams...)
	f := eventFilter(p)
	if p.done(w) {
		return
	}
	items, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, items, f.Page)
}

func (s *Server) mergedEvents(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, eventParams...)
	f := eventFilter(p)
	if p.done(w) {
		return
	}
	items, err := s.st.MergedEvents(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, items, f.Page)
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "interval", "directed", "factual")
	q := store.TimelineQuery{
		A: r.PathValue("a"), B: r.PathValue("b"), Period: p.period(),
		Interval: p.str("interval"), Directed: p.bool("directed"), Factual: p.bool("factual"),
	}
	if p.err == nil && q.Interval != "" && q.Interval != store.Daily && q.Interval != store.Weekly {
		p.err = fmt.Errorf("query parameter interval=%q: want day or week", q.Interval)
	}
	if p.done(w) {
		return
	}
	buckets, err := s.st.Timeline(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if buckets == nil {
		buckets = []store.Bucket{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"a": q.A, "b": q.B, "interval": orDefault(q.Interval, store.Daily), "buckets": buckets})
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "actor", "min", "limit", "factual")
	q := store.NetworkQuery{Period: p.period(), Actor: p.str("actor"), MinEvents: p.int("min", 0, 0, 1<<30), Limit: p.int("limit", store.DefaultLimit, 1, maxLimit), Factual: p.bool("factual")}
	if p.done(w) {
		return
	}
	edges, err := s.st.Network(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if edges == nil {
		edges = []store.Edge{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"edges": edges})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "speaker", "article", "limit", "offset")
	f := store.QuoteFilter{Period: p.period(), Speaker: p.str("speaker"), Article: p.str("article"), Page: p.page()}
	if p.done(w) {
		return
	}
	items, err := s.st.Quotes(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, items, f.Page)
}

var findingKinds = map[string]bool{
	doc.FindRoleMismatch: true, doc.FindOfficeNonexistent: true, doc.FindSpeakerDeceased: true,
	doc.FindRelationContradicted: true, doc.FindNoCommonDate: true, doc.FindUnknownPerson: true,
	doc.FindUnnamedSource: true, doc.FindHedgedClaim: true, doc.FindTextIntegrity: true,
}

func (s *Server) findings(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "kind", "verdict", "article", "limit", "offset")
	f := store.FindingFilter{Period: p.period(), Kind: p.str("kind"), Verdict: p.str("verdict"), Article: p.str("article"), Page: p.page()}
	if p.err == nil && f.Kind != "" && !findingKinds[f.Kind] {
		p.err = fmt.Errorf("query parameter kind=%q: not a finding kind", f.Kind)
	}
	if p.err == nil && f.Verdict != "" && f.Verdict != doc.Contradicted && f.Verdict != doc.Supported && f.Verdict != doc.Unverifiable {
		p.err = fmt.Errorf("query parameter verdict=%q: want contradicted, supported or unverifiable", f.Verdict)
	}
	if p.done(w) {
		return
	}
	items, err := s.st.Findings(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeList(w, items, f.Page)
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	if newParams(r).done(w) {
		return
	}
	st, err := s.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// readArticles turns a request body into analysed documents. The body is
// a JSON object {"text"|"html", "title", "url", "date", "id"}, JSON Lines
// of such objects, an HTML page, a feed, or plain text.
func (s *Server) readArticles(w http.ResponseWriter, r *http.Request) ([]*doc.Doc, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body over %d bytes", mbe.Limit))
		} else {
			writeError(w, http.StatusBadRequest, fmt.Errorf("reading body: %v", err))
		}
		return nil, false
	}
	opts := ingest.Options{MaxBytes: s.opts.MaxBody}
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '{' && json.Valid(trimmed) {
		// One JSON object, perhaps pretty-printed: make it one line.
		var buf bytes.Buffer
		json.Compact(&buf, trimmed)
		body = buf.Bytes()
		opts.Format = "jsonl"
	} else if len(trimmed) > 0 && trimmed[0] == '{' && !strings.Contains(string(trimmed), "\n") {
		writeError(w, http.StatusBadRequest, errors.New("malformed JSON body"))
		return nil, false
	}
	var docs []*doc.Doc
	var problems []string
	err = ingest.ReadFrom(r.Context(), "request", bytes.NewReader(body), opts, func(a *ingest.Article) error {
		if len(docs) >= 1000 {
			return errors.New("more than 1000 articles in one request")
		}
		docs = append(docs, a.Doc())
		return nil
	}, func(err error) { problems = append(problems, err.Error()) })
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return nil, false
	}
	if len(docs) == 0 {
		msg := "no article in the request body"
		if len(problems) > 0 {
			msg = problems[0]
		}
		writeError(w, http.StatusBadRequest, errors.New(msg))
		return nil, false
	}
	for _, d := range docs {
		if d.Source == "" || d.Source == "request" {
			d.Source = "api"
		}
		if err := s.opts.Analyze(r.Context(), d); err != nil {
			writeError(w, http.StatusUnprocessableEntity, fmt.Errorf("analysis failed: %v", err))
			return nil, false
		}
		d.SetID()
	}
	return docs, true
}

func (s *Server) analyze(w http.ResponseWriter, r *http.Request) {
	docs, ok := s.readArticles(w, r)
	if !ok {
		return
	}
	out := make([]*doc.Analysis, len(docs))
	for i, d := range docs {
		out[i] = d.Analysis()
	}
	if len(out) == 1 {
		writeJSON(w, http.StatusOK, out[0])
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": out})
}

func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	docs, ok := s.readArticles(w, r)
	if !ok {
		return
	}
	res, err := s.st.Put(r.Context(), docs)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	status := http.StatusOK
	if len(res.Stored) > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, map[string]any{
		"stored":          nonNil(res.Stored),
		"duplicates":      nonNil(res.Duplicates),
		"near_duplicates": nonNil(res.NearDuplicates),
	})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
