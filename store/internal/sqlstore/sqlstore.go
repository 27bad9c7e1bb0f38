// Package sqlstore implements store.Store over database/sql. The SQLite and
// PostgreSQL backends share it and differ only in their [Dialect]: the
// schema migrations, placeholders, full-text search and write locking.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sitrep-project/sitrep/store"
)

// A Dialect is what one SQL backend does differently.
type Dialect struct {
	// Name names the backend in errors ("sqlite", "postgres").
	Name string
	// Numbered placeholders ($1, $2) instead of "?".
	Numbered bool
	// Migrations are the schema versions in order; Migrations[i] takes
	// the schema to version i+1. Each is one script applied in one
	// transaction, recorded in schema_migrations.
	Migrations []string
	// MigrateLock, if set, runs first in the migration transaction (a
	// PostgreSQL advisory lock, so two processes opening one database do
	// not migrate it twice).
	MigrateLock string
	// WriteLock, if set, runs first in every Put transaction to
	// serialise writers (story assignment reads then writes).
	WriteLock string
	// Insert is the verb of Put's multi-row INSERTs; "" means "INSERT".
	// SQLite uses "INSERT OR ROLLBACK": a failed constraint then ends the
	// whole transaction (which Put abandons on any error anyway), so
	// SQLite need not keep a statement journal — a copy of every page a
	// multi-row statement touches, to undo that statement alone.
	Insert string
	// IndexText, if set, indexes the articles a Put stored for search.
	// It runs once per Put, after every other write, and is given the seq
	// of the Put's first article: every article with that seq or a later
	// one is new in this transaction (seqs only grow, and Puts are
	// serialised).
	IndexText string
	// Search builds the full-text query: it returns SQL selecting
	// (seq, rank, snippet) for the query text bound as one argument,
	// best first, and the argument to bind.
	Search func(q string) (query string, arg any)
}

// DB is a store.Store over a database/sql handle.
type DB struct {
	db     *sql.DB
	d      Dialect
	closed atomic.Bool
	now    func() time.Time
}

var _ store.Store = (*DB)(nil)

// New wraps db, applying any schema migrations not yet applied.
func New(ctx context.Context, db *sql.DB, d Dialect) (*DB, error) {
	s := &DB{db: db, d: d, now: func() time.Time { return time.Now().UTC() }}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// SQL returns the underlying handle (for tests and tools).
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.db.Close()
}

func (s *DB) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// q rewrites "?" placeholders for the dialect.
func (s *DB) q(query string) string {
	if !s.d.Numbered {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func (s *DB) errorf(format string, args ...any) error {
	return fmt.Errorf(s.d.Name+": "+format, args...)
}

// migrate applies pending migrations, each in its own transaction.
func (s *DB) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.errorf("begin migration: %w", err)
	}
	defer tx.Rollback()
	if s.d.MigrateLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.MigrateLock); err != nil {
			return s.errorf("lock for migration: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return s.errorf("create schema_migrations: %w", err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return s.errorf("read schema version: %w", err)
	}
	if have > len(s.d.Migrations) {
		return s.errorf("database schema version %d is newer than this sitrep knows (%d): upgrade sitrep", have, len(s.d.Migrations))
	}
	for v := have + 1; v <= len(s.d.Migrations); v++ {
		if _, err := tx.ExecContext(ctx, s.d.Migrations[v-1]); err != nil {
			return s.errorf("migration %d: %w", v, err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), v, s.now().Format(time.RFC3339)); err != nil {
			return s.errorf("record migration %d: %w", v, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.errorf("commit migrations: %w", err)
	}
	return nil
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	if err := s.check(); err != nil {
		return st, err
	}
	for _, c := range []struct {
		table string
		n     *int
	}{
		{"articles", &st.Articles}, {"stories", &st.Stories}, {"events", &st.Events},
		{"merged_events", &st.MergedEvents}, {"quotes", &st.Quotes},
		{"findings", &st.Findings}, {"entities", &st.Entities},
	} {
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+c.table).Scan(c.n); err != nil {
			return st, s.errorf("count %s: %w", c.table, err)
		}
	}
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&st.SchemaVersion); err != nil {
		return st, s.errorf("schema version: %w", err)
	}
	return st, nil
}

// where accumulates SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// period adds col >= from and col <= to for the set ends.
// Rows with an unknown date ("") never match a bounded period.
func (w *where) period(col string, p store.Period) {
	if !p.From.IsZero() || !p.To.IsZero() {
		w.add(col + " <> ''")
	}
	if !p.From.IsZero() {
		w.add(col+" >= ?", store.Day(p.From))
	}
	if !p.To.IsZero() {
		w.add(col+" <= ?", store.Day(p.To))
	}
}

// limit returns the LIMIT/OFFSET clause for p.
func (s *DB) limit(p store.Page) string {
	l := p.SQLLimit()
	if l < 0 {
		switch {
		case p.Offset <= 0:
			return ""
		case s.d.Numbered:
			return fmt.Sprintf(" OFFSET %d", p.Offset)
		}
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", p.Offset)
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", l, p.Offset)
}

// codeRange returns [lo, hi) bounds matching every code with prefix c.
func codeRange(c string) (string, string) {
	hi := []byte(c)
	hi[len(hi)-1]++
	return c, string(hi)
}

func isNotFound(err error) bool { return errors.Is(err, sql.ErrNoRows) }
