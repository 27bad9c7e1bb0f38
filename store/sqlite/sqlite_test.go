package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, []byte(strings.Repeat("garbage ", 1000)), 0o644)
	file := filepath.Join(dir, "f")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		path, want string
	}{
		{corrupt, "not a SQLite database"},
		{filepath.Join(dir, "missing", "x.db"), "does not exist"},
		{filepath.Join(file, "x.db"), "not a directory"},
		{dir, "is a directory"},
	}
	for _, tt := range tests {
		_, err := sqlite.Open(context.Background(), tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.path) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Open(%s) error = %v; want one line naming the path and %q", tt.path, err, tt.want)
		}
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ {
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		var versions string
		if err := db.SQL().QueryRow(`SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)`).Scan(&versions); err != nil {
			t.Fatal(err)
		}
		if versions != "1,2,3,4,5,6,7" {
			t.Errorf("open %d: applied migrations %q; want 1,2,3,4,5,6,7 once each", i, versions)
		}
		db.Close()
	}
	// A database from a newer sitrep is refused, not damaged.
	db, _ := sqlite.Open(ctx, path)
	db.SQL().Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'future')`)
	db.Close()
	if _, err := sqlite.Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: %v; want an error saying it is newer", err)
	}
}

func TestMigrationArticleSeq(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sqlite.OpenAtVersion(ctx, path, 6)
	if err != nil {
		t.Fatal(err)
	}
	storetest.ArticleSeqMigration(t, old, func() store.Store {
		old.Close()
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// TestPageSize checks that a new store gets PageSize pages and that a
// store created with SQLite's default keeps its own.
func TestPageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pageSize := func(db *sqlite.DB) int {
		var n int
		if err := db.SQL().QueryRow("PRAGMA page_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, tt := range []struct {
		name   string
		create func(path string)
		want   int
	}{
		{"new", func(string) {}, sqlite.PageSize},
		{"empty file", func(p string) { os.WriteFile(p, nil, 0o644) }, sqlite.PageSize},
		{"old store", func(p string) {
			old, err := sqlite.OpenAtVersion(ctx, p, 1) // the driver's defaults: 4096-byte pages
			if err != nil {
				t.Fatal(err)
			}
			old.Close()
		}, 4096},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".db")
		tt.create(path)
		for i := 0; i < 2; i++ {
			db, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if got := pageSize(db); got != tt.want {
				t.Errorf("%s, open %d: page size %d; want %d", tt.name, i, got, tt.want)
			}
			var mode string
			db.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
			if mode != "wal" {
				t.Errorf("%s: journal mode %q; want wal", tt.name, mode)
			}
			d := storetest.NewDoc(storetest.DocSpec{Title: "T", Text: storetest.Text(1, 50)})
			if _, err := db.Put(ctx, []*doc.Doc{d}); err != nil {
				t.Errorf("%s: Put: %v", tt.name, err)
			}
			if err := db.IntegrityCheck(ctx); err != nil {
				t.Error(err)
			}
			db.Close()
		}
	}
}

func TestIntegrityCheck(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("fresh store: %v", err)
	}
}

// FuzzSearch: any user text is a valid search (operators, quotes and
// punctuation are taken as text), never an SQL or FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	db, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "fz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	d := storetest.NewDoc(storetest.DocSpec{Title: "Talks", Text: "Israel and Iran held talks in Muscat. " + storetest.Text(1, 30)})
	if _, err := db.Put(context.Background(), []*doc.Doc{d}); err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"muscat", `"held talks"`, `AND OR NOT`, `a* -b "c`, `NEAR(a b)`, `title:x`, "'; DROP TABLE articles; --", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), q, store.Page{})
		if err != nil && !(errors.Is(err, store.ErrInvalid) && strings.TrimSpace(q) == "") {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

func BenchmarkPut(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 200
	var size int64
	i := 0
	next := func() []*doc.Doc {
		docs := make([]*doc.Doc, batch)
		for j := range docs {
			i++
			docs[j] = storetest.NewDoc(storetest.DocSpec{Title: "b", Text: storetest.Text(uint64(i), 400), Date: "2024-07-01",
				Events: []storetest.EventSpec{{Source: "A", Target: "B", Cameo: "040", Quad: 1}, {Source: "B", Target: "C", Cameo: "190", Quad: 4}}})
		}
		return docs
	}
	for _, d := range next() {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	for b.Loop() {
		b.StopTimer()
		docs := next()
		b.StartTimer()
		if _, err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(batch*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "sitrep-example")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "sitrep.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	d := storetest.NewDoc(storetest.DocSpec{Title: "Talks", Text: "Israel and Iran held talks.", Date: "2024-07-01",
		Events: []storetest.EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}}})
	res, _ := db.Put(ctx, []*doc.Doc{d, d})
	fmt.Println("stored", len(res.Stored), "duplicates", len(res.Duplicates))
	tl, _ := db.Timeline(ctx, store.TimelineQuery{A: "IRN", B: "ISR"})
	fmt.Printf("%s: %d event(s), Goldstein %+.1f\n", tl[0].Start, tl[0].Events, tl[0].GoldsteinSum)
	// Output:
	// stored 1 duplicates 1
	// 2024-07-01: 1 event(s), Goldstein +1.0
}
