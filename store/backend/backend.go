// Package backend opens a store.Store from a URL, choosing the backend by
// scheme: postgres:// or postgresql:// for PostgreSQL, anything else a
// SQLite file path (sqlite:// and file: prefixes are accepted).
package backend

import (
	"context"
	"strings"

	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/postgres"
	"github.com/sitrep-project/sitrep/store/sqlite"
)

// Default is the store used when no URL is given: ./sitrep.db.
const Default = sqlite.DefaultPath

// Open opens the store at url (Default when ""), migrating its schema.
func Open(ctx context.Context, url string) (store.Store, error) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return postgres.Open(ctx, url)
	case strings.HasPrefix(url, "sqlite://"):
		return sqlite.Open(ctx, strings.TrimPrefix(url, "sqlite://"))
	case strings.HasPrefix(url, "sqlite:"):
		return sqlite.Open(ctx, strings.TrimPrefix(url, "sqlite:"))
	case strings.HasPrefix(url, "file:"):
		return sqlite.Open(ctx, strings.TrimPrefix(url, "file:"))
	}
	return sqlite.Open(ctx, url)
}
