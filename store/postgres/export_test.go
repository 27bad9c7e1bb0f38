package postgres

import (
	"context"
	"database/sql"

	"github.com/sitrep-project/sitrep/store/internal/sqlstore"
)

// OpenAtVersion opens the PostgreSQL database at url migrated only to
// schema version v, for migration tests.
func OpenAtVersion(ctx context.Context, url string, v int) (*sql.DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	d := dialect
	d.Migrations = migrations[:v]
	if _, err := sqlstore.New(ctx, db, d); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
