// Package server serves sitrep's store over HTTP: a read API under /api/,
// two token-protected write endpoints (analyse, ingest), an OpenAPI 3
// document, a health check and the dashboard, all from the standard
// library's net/http.
//
// Errors are JSON: {"error": "what went wrong", "status": 400}. Lists are
// paginated with limit (default 100, at most 1000) and offset.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// DefaultMaxBody is the largest request body a write endpoint accepts.
const DefaultMaxBody = 16 << 20

// maxLimit caps the page size a client may ask for.
const maxLimit = 1000

// An Analyzer runs the analysis pipeline on one document.
type Analyzer func(ctx context.Context, d *doc.Doc) error

// Options configure a Server. The zero value serves the read API only.
type Options struct {
	// Token enables POST /api/analyze and POST /api/articles for requests
	// bearing "Authorization: Bearer <Token>". Empty disables them.
	Token string
	// Analyze runs the pipeline for the write endpoints; nil disables
	// them too.
	Analyze Analyzer
	// MaxBody limits request bodies (DefaultMaxBody when 0).
	MaxBody int64
	// Logger receives one structured line per request; nil discards.
	Logger *slog.Logger
	// Dashboard serves the web dashboard at /; nil serves none.
	Dashboard http.Handler
}

// A Server answers HTTP requests from a Store. Create one with New.
type Server struct {
	st   store.Store
	opts Options
	mux  *http.ServeMux
	log  *slog.Logger
}

// New returns a server over st.
func New(st store.Store, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), log: log}
	s.routes()
	return s
}

// Handler returns the server's handler with logging, panic recovery and
// security headers around the routes.
func (s *Server) Handler() http.Handler {
	return s.logged(s.recovered(secured(s.mux)))
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /api/openapi.json", s.openapi)
	m.HandleFunc("GET /api/stats", s.stats)
	m.HandleFunc("GET /api/articles", s.articles)
	m.HandleFunc("GET /api/articles/{id}", s.article)
	m.HandleFunc("GET /api/search", s.search)
	m.HandleFunc("GET /api/events", s.events)
	m.HandleFunc("GET /api/events/merged", s.mergedEvents)
	m.HandleFunc("GET /api/dyads/{a}/{b}/timeline", s.timeline)
	m.HandleFunc("GET /api/network", s.network)
	m.HandleFunc("GET /api/quotes", s.quotes)
	m.HandleFunc("GET /api/findings", s.findings)
	m.HandleFunc("GET /api/stories/{id}", s.story)
	m.HandleFunc("POST /api/analyze", s.authorized(s.analyze))
	m.HandleFunc("POST /api/articles", s.authorized(s.ingest))
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
	})
	if s.opts.Dashboard != nil {
		dash := s.opts.Dashboard
		m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed", r.Method))
				return
			}
			dash.ServeHTTP(w, r)
		})
	}
}

// apiError is the JSON body of every error response.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // article text may hold markup; keep it inert
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, apiError{Error: err.Error(), Status: status})
}

// storeError maps a store error to a response.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, err)
	case errors.Is(err, store.ErrInvalid):
		writeError(w, http.StatusBadRequest, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, errors.New("request cancelled or timed out"))
	default:
		s.log.Error("store", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, errors.New("store unavailable: "+err.Error()))
	}
}

// authorized guards a write endpoint with the bearer token.
func (s *Server) authorized(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.opts.Token == "" || s.opts.Analyze == nil {
			writeError(w, http.StatusForbidden, errors.New("write endpoints are off: start the server with SITREP_TOKEN set"))
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
			writeError(w, http.StatusUnauthorized, errors.New("missing or wrong bearer token"))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		h(w, r)
	}
}

// secured sets headers that keep the dashboard and API inert in a
// browser: no sniffing, no framing, scripts only from this origin.
func secured(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) recovered(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(w, http.StatusInternalServerError, errors.New("internal error"))
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// statusWriter records the status code for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000)
	})
}
