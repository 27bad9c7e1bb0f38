package sqlite

import (
	"context"
	"database/sql"

	"github.com/sitrep-project/sitrep/store/internal/sqlstore"
)

// OpenAtVersion opens the SQLite file at path migrated only to schema
// version v, for migration tests.
func OpenAtVersion(ctx context.Context, path string, v int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, CheckpointBytes/4096))
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
