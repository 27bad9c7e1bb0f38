package storetest

import (
	"context"
	"database/sql"
	"testing"

	"github.com/sitrep-project/sitrep/store"
)

// ArticleSeqMigration checks the migration that indexes quotes, findings
// and events by their article's seq (SQLite 7, PostgreSQL 8): rows
// written before it must be found by article after it. old is a database
// at the schema version just before that migration; migrate closes it,
// reopens it with every migration and returns the store.
func ArticleSeqMigration(t *testing.T, old *sql.DB, migrate func() store.Store) {
	t.Helper()
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO articles (id, source, title, url, site, date, date_source, story, minhash, text, analysis, n_events, n_quotes, n_findings, added)
			VALUES ('a1', 's1', 'One', '', '', '2024-07-01', 'metadata', 'a1', '', 'one', '{}', 0, 0, 0, '2024-07-01T00:00:00Z')`,
		`INSERT INTO articles (id, source, title, url, site, date, date_source, story, minhash, text, analysis, n_events, n_quotes, n_findings, added)
			VALUES ('a2', 's2', 'Two', '', '', '2024-07-02', 'metadata', 'a2', '', 'two', '{}', 1, 1, 1, '2024-07-02T00:00:00Z')`,
		`INSERT INTO quotes (article_id, idx, date, speaker_entity, speaker_name, speaker_lc, kind, data)
			VALUES ('a2', 0, '2024-07-02', '', 'X', 'x', 'direct', '{"text": "q"}')`,
		`INSERT INTO findings (article_id, idx, date, kind, verdict, data)
			VALUES ('a2', 0, '2024-07-02', 'role_mismatch', 'supported', '{"kind": "role_mismatch"}')`,
		`INSERT INTO events (article_id, idx, day, source, target, source_name, target_name, cameo, quad_class, goldstein, factual, merged_id, data)
			VALUES ('a2', 0, '2024-07-02', 'ISR', 'IRN', 'Israel', 'Iran', '040', 1, 1, 1, 0, '{"source": "ISR"}')`,
	} {
		if _, err := old.ExecContext(ctx, q); err != nil {
			t.Fatalf("fill the old schema: %v\n%s", err, q)
		}
	}
	st := migrate()
	defer st.Close()
	for _, c := range []struct {
		id   string
		want int
	}{{"a1", 0}, {"a2", 1}, {"missing", 0}} {
		qs, err := st.Quotes(ctx, store.QuoteFilter{Article: c.id})
		if err != nil || len(qs) != c.want {
			t.Errorf("after migration, Quotes of %s = %d, %v; want %d", c.id, len(qs), err, c.want)
		}
		fs, err := st.Findings(ctx, store.FindingFilter{Article: c.id})
		if err != nil || len(fs) != c.want {
			t.Errorf("after migration, Findings of %s = %d, %v; want %d", c.id, len(fs), err, c.want)
		}
		es, err := st.Events(ctx, store.EventFilter{Article: c.id})
		if err != nil || len(es) != c.want {
			t.Errorf("after migration, Events of %s = %d, %v; want %d", c.id, len(es), err, c.want)
		}
		if c.want == 1 && len(es) == 1 && (es[0].ArticleID != c.id || es[0].Source != "ISR") {
			t.Errorf("after migration, event of %s = %+v", c.id, es[0])
		}
	}
}
