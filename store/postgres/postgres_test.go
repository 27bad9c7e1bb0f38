package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/postgres"
	"github.com/sitrep-project/sitrep/store/storetest"
)

// serverURL returns $SITREP_TEST_POSTGRES or skips the test.
func serverURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("SITREP_TEST_POSTGRES")
	if u == "" {
		t.Skip("SITREP_TEST_POSTGRES is not set: skipping the PostgreSQL store tests (.ci/run starts a throwaway server and sets it)")
	}
	return u
}

var schemaSeq atomic.Int64

// freshURL creates an empty schema for one test, dropped when it ends,
// and returns a URL whose search_path points at it.
func freshURL(t *testing.T, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("sitrep_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemaSeq.Add(1))
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestStore(t *testing.T) {
	base := serverURL(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := postgres.Open(context.Background(), freshURL(t, base))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestOpenServerDown(t *testing.T) {
	// Port 1 on loopback: nothing listens there.
	_, err := postgres.Open(context.Background(), "postgres://sitrep@127.0.0.1:1/sitrep?connect_timeout=2")
	if err == nil {
		t.Fatal("Open of a server that is down succeeded")
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || !strings.Contains(msg, "127.0.0.1:1") || !strings.Contains(msg, "not reachable") {
		t.Errorf("error = %q; want one line naming 127.0.0.1:1 and saying it is not reachable", msg)
	}
}

func TestOpenBadURL(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://host:notaport/db")
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("Open(bad URL) error = %v; want a one-line error", err)
	}
}

func TestMigrateTwice(t *testing.T) {
	u := freshURL(t, serverURL(t))
	for i := 0; i < 2; i++ {
		db, err := postgres.Open(context.Background(), u)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		s, err := db.Stats(context.Background())
		if err != nil || s.SchemaVersion != 8 {
			t.Errorf("open %d: Stats = %+v, %v; want schema version 8", i, s, err)
		}
		// Migration 6 dropped the per-row foreign keys Put never needs.
		var fks int
		if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`).Scan(&fks); err != nil || fks != 0 {
			t.Errorf("open %d: %d foreign keys (err %v); want 0", i, fks, err)
		}
		db.Close()
	}
}

func TestMigrationArticleSeq(t *testing.T) {
	ctx := context.Background()
	u := freshURL(t, serverURL(t))
	old, err := postgres.OpenAtVersion(ctx, u, 7)
	if err != nil {
		t.Fatal(err)
	}
	storetest.ArticleSeqMigration(t, old, func() store.Store {
		old.Close()
		db, err := postgres.Open(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}
