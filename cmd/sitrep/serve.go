package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/server"
	"github.com/sitrep-project/sitrep/server/web"
	"github.com/sitrep-project/sitrep/store/backend"
)

const serveAbout = `
Serves the store over HTTP: the dashboard at /, the read API under /api/
(articles, search, events, dyad timelines, the actor network, quotes,
findings; OpenAPI document at /api/openapi.json) and /healthz.

POST /api/analyze (analyse without storing) and POST /api/articles (analyse
and store) need a bearer token: set SITREP_TOKEN (or --token) to turn them
on. Without one they answer 403.

The server logs one structured line per request on stderr and shuts down
gracefully on SIGINT or SIGTERM, finishing the requests in flight.`

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "serve", "serve [flags]", serveAbout)
	storeURL := storeFlag(fs, env)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	token := fs.String("token", env.Getenv("SITREP_TOKEN"), "bearer `token` for the write endpoints (default $SITREP_TOKEN; empty turns them off)")
	maxBody := byteSize(server.DefaultMaxBody)
	fs.Var(&maxBody, "max-body", "largest request body accepted (e.g. 16MB)")
	logFormat := fs.String("log", "text", "log `format`: text or json")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	rest, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return &usageError{cmd: "serve", msg: fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	var h slog.Handler
	switch *logFormat {
	case "text":
		h = slog.NewTextHandler(env.Stderr, nil)
	case "json":
		h = slog.NewJSONHandler(env.Stderr, nil)
	default:
		return &usageError{cmd: "serve", msg: fmt.Sprintf("--log %q: want text or json", *logFormat)}
	}
	log := slog.New(h)

	p, err := openPipeline(kbs)
	if err != nil {
		return err
	}
	// Without a token nothing can be stored through the server, so a
	// missing SQLite file is a mistyped --store, not a store to create.
	if *storeURL == "" {
		*storeURL = backend.Default // what backend.Open uses; the log names it
	}
	open := openExistingStore
	if *token != "" {
		open = backend.Open
	}
	st, err := open(ctx, *storeURL)
	if err != nil {
		return err
	}
	defer st.Close()

	srv := server.New(st, server.Options{
		Token:     *token,
		Analyze:   func(ctx context.Context, d *doc.Doc) error { return p.Run(d, nil) },
		MaxBody:   int64(maxBody),
		Logger:    log,
		Dashboard: web.Handler(),
	})
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	writes := "off (no SITREP_TOKEN)"
	if *token != "" {
		writes = "on"
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "store", *storeURL, "writes", writes)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
