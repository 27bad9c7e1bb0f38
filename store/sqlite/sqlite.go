// Package sqlite is the default store.Store: one SQLite file (through the
// pure-Go modernc.org/sqlite driver), in WAL mode so readers never block
// the writer, with FTS5 full-text search over titles and texts. The
// schema is versioned and migrated on Open.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/internal/sqlstore"
)

// DefaultPath is the store file used when none is given.
const DefaultPath = "sitrep.db"

// BusyTimeout is how long a writer waits for another to finish, in
// milliseconds, before failing with "database is locked".
const BusyTimeout = 30000

// Page cache per connection (KiB) and memory-mapped I/O size: a larger
// cache and mmap save the page reads (system calls) that dominate writes
// to a store of a few hundred MB.
// The WAL is checkpointed into the database every CheckpointBytes
// (32 MB) rather than SQLite's 1000 pages: a page rewritten by several
// batches is copied once.
// A new store has pages of PageSize bytes, not SQLite's 4096: an
// article's analysis JSON (about 10 KB) fits in one page instead of a
// chain of overflow pages, and committing writes a quarter of the WAL
// frames (two write calls each) for the same bytes. A store created with
// another page size keeps it.
const (
	CacheKB         = 32 << 10
	MmapBytes       = 256 << 20
	CheckpointBytes = 32 << 20
	PageSize        = 16384
)

// DB is a SQLite store.
type DB struct {
	*sqlstore.DB
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite store at path and applies
// pending migrations. Errors name the path and say what is wrong in one
// line: a missing directory, a directory given as the file, a file that
// is not a SQLite database.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		path = DefaultPath
	}
	fail := func(err error) (*DB, error) {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fail(errors.New("is a directory, not a database file"))
	} else if err == nil {
		// Found now rather than at the first write, mid-ingest.
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			if errors.Is(err, os.ErrPermission) {
				return fail(errors.New("database file is read-only (no write permission)"))
			}
			return fail(err)
		}
		f.Close()
	}
	if dir := filepath.Dir(path); dir != "" {
		if fi, err := os.Stat(dir); err != nil {
			return fail(fmt.Errorf("directory %s does not exist", dir))
		} else if !fi.IsDir() {
			return fail(fmt.Errorf("%s is not a directory", dir))
		}
	}
	pageSize, err := prepareFile(ctx, path)
	if err != nil {
		return fail(cleanErr(err))
	}
	db, err := sql.Open("sqlite", dsn(path, CheckpointBytes/pageSize))
	if err != nil {
		return fail(err)
	}
	// A few connections: readers run beside the one writer under WAL.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return fail(cleanErr(err))
	}
	s, err := sqlstore.New(ctx, db, dialect)
	if err != nil {
		db.Close()
		return fail(cleanErr(err))
	}
	return &DB{DB: s, path: path}, nil
}

// Path returns the file the store lives in.
func (db *DB) Path() string { return db.path }

// IntegrityCheck runs PRAGMA integrity_check and returns nil when SQLite
// reports "ok", else an error listing the problems.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := db.SQL().QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("integrity check %s: %w", db.path, err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return err
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return fmt.Errorf("integrity check %s: %s", db.path, strings.Join(msgs, "; "))
}

// prepareFile creates the database file at path with PageSize pages (in
// WAL mode) when it does not exist or is empty, and returns the page size
// of the file. The page size has to be set before anything else touches
// a new file, which the driver's connection string cannot order (it runs
// its pragmas sorted by name).
func prepareFile(ctx context.Context, path string) (int, error) {
	if n, ok := headerPageSize(path); ok {
		return n, nil
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return 4096, nil // not a database: Open reports it
	}
	db, err := sql.Open("sqlite", fileURI(path)+fmt.Sprintf("?_pragma=busy_timeout(%d)", BusyTimeout))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	for _, q := range []string{fmt.Sprintf("PRAGMA page_size = %d", PageSize), "PRAGMA journal_mode = WAL"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return 0, err
		}
	}
	var n int
	if err := conn.QueryRowContext(ctx, "PRAGMA page_size").Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// headerPageSize reads the page size from the header of the SQLite file
// at path; ok is false when the file is missing, empty or not SQLite's.
func headerPageSize(path string) (n int, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var h [18]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return 0, false
	}
	n = int(h[16])<<8 | int(h[17])
	if n == 1 {
		n = 65536
	}
	if n < 512 || n&(n-1) != 0 {
		return 0, false
	}
	return n, true
}

// fileURI is path as a file: URI, with ?, # and % escaped.
func fileURI(path string) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// dsn builds the driver's connection string: a file: URI (so ?, # and %
// in the path are escaped) with the pragmas every connection needs.
// Transactions begin IMMEDIATE so two writers queue on the busy timeout
// instead of failing on a lock upgrade. synchronous=NORMAL in WAL mode
// never corrupts the file and loses no committed transaction when the
// process dies (kill -9); only a power cut may drop the last commits.
func dsn(path string, checkpointPages int) string {
	return fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"+
		"&_pragma=cache_size(-%d)&_pragma=mmap_size(%d)&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(%d)&_txlock=immediate",
		fileURI(path), BusyTimeout, CacheKB, MmapBytes, checkpointPages)
}

// cleanErr shortens the driver's errors for one-line reports.
func cleanErr(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "file is not a database"), strings.Contains(msg, "SQLITE_NOTADB"):
		return errors.New("not a SQLite database (or the file is corrupt)")
	case strings.Contains(msg, "database disk image is malformed"), strings.Contains(msg, "SQLITE_CORRUPT"):
		return errors.New("database file is corrupt")
	case strings.Contains(msg, "unable to open database file"), strings.Contains(msg, "SQLITE_CANTOPEN"):
		return errors.New("cannot open or create the database file (check permissions)")
	case strings.Contains(msg, "attempt to write a readonly database"), strings.Contains(msg, "SQLITE_READONLY"):
		return errors.New("database file is read-only")
	}
	return err
}

var dialect = sqlstore.Dialect{
	Name:       "sqlite",
	Migrations: migrations,
	Insert:     "INSERT OR ROLLBACK",
	IndexText:  `INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq >= ?`,
	Search:     search,
}

// search builds an FTS5 query from user text: each word or "quoted
// phrase" becomes a quoted FTS5 string, so operators and punctuation in
// the input cannot break the query; all must match.
func search(q string) (string, any) {
	terms := ftsTerms(q)
	if len(terms) == 0 {
		return "", nil
	}
	return `SELECT rowid AS seq, -bm25(articles_fts) AS rank, snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet
		FROM articles_fts WHERE articles_fts MATCH ?`, strings.Join(terms, " ")
}

// ftsTerms splits q into quoted FTS5 strings: "quoted phrases" stay
// phrases; other text is split into words of letters and digits.
func ftsTerms(q string) []string {
	var terms []string
	quote := func(words []string) {
		if len(words) > 0 {
			terms = append(terms, `"`+strings.Join(words, " ")+`"`)
		}
	}
	parts := strings.Split(q, `"`)
	for i, p := range parts {
		words := strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i%2 == 1 {
			quote(words) // inside quotes: one phrase
			continue
		}
		for _, w := range words {
			quote([]string{w})
		}
	}
	return terms
}
