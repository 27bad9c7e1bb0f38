// Package postgres is the store.Store for shared, multi-user use: the same
// tables as store/sqlite in a PostgreSQL database reached through pgx,
// with tsvector full-text search. The schema is versioned and migrated on
// Open (under an advisory lock, so concurrent opens are safe); writers are
// serialised with a transaction-scoped advisory lock so that near-duplicate
// story assignment sees every earlier article.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/internal/sqlstore"
)

// ConnectTimeout bounds how long Open waits for the server.
const ConnectTimeout = 10 * time.Second

// DB is a PostgreSQL store.
type DB struct {
	*sqlstore.DB
}

var _ store.Store = (*DB)(nil)

// Open connects to the database at url (postgres://user:pass@host:port/db?…)
// and applies pending migrations. A server that is down gives a one-line
// error naming host and port.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgconn.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: bad URL: %w", unwrapAll(err))
	}
	where := fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)
	if strings.HasPrefix(cfg.Host, "/") {
		where = fmt.Sprintf("%s/.s.PGSQL.%d", cfg.Host, cfg.Port)
	}
	fail := func(err error) (*DB, error) {
		return nil, fmt.Errorf("open postgres %s/%s: %w", where, cfg.Database, err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		return fail(err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	pctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return fail(connectErr(err))
	}
	s, err := sqlstore.New(ctx, db, dialect)
	if err != nil {
		db.Close()
		return fail(err)
	}
	return &DB{DB: s}, nil
}

// connectErr turns a failed connection into a short reason.
func connectErr(err error) error {
	var ne *net.OpError
	if errors.As(err, &ne) {
		return fmt.Errorf("server not reachable: %w", unwrapAll(ne.Err))
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s (SQLSTATE %s)", pe.Message, pe.Code)
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg, "failed to connect") {
		return errors.New("server not reachable: " + msg[i+2:])
	}
	return err
}

// unwrapAll returns the innermost error of a chain.
func unwrapAll(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// lockKey is the advisory lock id sitrep uses ("sitrep" in ASCII, folded).
const lockKey = 0x7369747265

var dialect = sqlstore.Dialect{
	Name:        "postgres",
	Numbered:    true,
	Migrations:  migrations,
	MigrateLock: fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", lockKey),
	WriteLock:   fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", lockKey+1),
	Search:      search,
}

// search uses websearch_to_tsquery, which accepts any user text (words,
// "quoted phrases", -exclusions) without syntax errors.
func search(q string) (string, any) {
	return `SELECT seq, ts_rank(tsv, query) AS rank,
		ts_headline('english', text, query, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1') AS snippet
		FROM articles, websearch_to_tsquery('english', ?) AS query WHERE tsv @@ query`, q
}
