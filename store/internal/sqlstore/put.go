package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// putStmts are the statements Put runs, prepared once per transaction.
type putStmts struct {
	exists, near, insArticle, insStory, growStory, insBand, indexText,
	upMerged, insMergedSrc, bumpSources *sql.Stmt

	// Rows of the per-article layers, inserted many per statement when
	// the transaction ends (nothing in Put reads them back).
	entities, quotes, findings, events rowBuf
}

func (s *DB) prepare(ctx context.Context, tx *sql.Tx) (*putStmts, error) {
	var p putStmts
	for _, x := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&p.exists, `SELECT 1 FROM articles WHERE id = ?`},
		{&p.near, `SELECT DISTINCT a.seq, a.minhash, a.story FROM minhash_bands b JOIN articles a ON a.seq = b.article_seq WHERE b.band_key IN (?` + strings.Repeat(", ?", store.Bands-1) + `) ORDER BY a.seq LIMIT 64`},
		{&p.insArticle, `INSERT INTO articles (id, source, title, url, site, date, date_source, story, minhash, text, analysis, n_events, n_quotes, n_findings, added, n_chars)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`},
		{&p.insStory, `INSERT INTO stories (id, first_date, size, added) VALUES (?, ?, 1, ?)`},
		{&p.growStory, `UPDATE stories SET size = size + 1 WHERE id = ?`},
		{&p.insBand, `INSERT INTO minhash_bands (band_key, article_seq) VALUES (?, ?)`},
		{&p.upMerged, `INSERT INTO merged_events (day, source, target, cameo, source_name, target_name, source_country, target_country, source_sector, target_sector,
			plover, quad_class, goldstein, num_mentions, num_sources, num_articles, place, place_country, lat, lon, has_geo, is_root, first_article, first_source, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (day, source, target, cameo) DO UPDATE SET
				num_mentions = merged_events.num_mentions + excluded.num_mentions,
				num_articles = merged_events.num_articles + 1
			RETURNING id`},
		{&p.insMergedSrc, `INSERT INTO merged_event_sources (merged_id, outlet) VALUES (?, ?) ON CONFLICT DO NOTHING`},
		{&p.bumpSources, `UPDATE merged_events SET num_sources = num_sources + 1 WHERE id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, s.q(x.sql))
		if err != nil {
			return nil, s.errorf("prepare: %w", err)
		}
		*x.st = st
	}
	if s.d.IndexText != "" {
		st, err := tx.PrepareContext(ctx, s.q(s.d.IndexText))
		if err != nil {
			return nil, s.errorf("prepare: %w", err)
		}
		p.indexText = st
	}
	p.entities = rowBuf{table: "entities", cols: []string{"article_id", "idx", "kb_id", "name", "type", "country", "mentions", "date"}}
	p.quotes = rowBuf{table: "quotes", cols: []string{"article_id", "idx", "date", "speaker_entity", "speaker_name", "speaker_lc", "kind", "data"}}
	p.findings = rowBuf{table: "findings", cols: []string{"article_id", "idx", "date", "kind", "verdict", "data"}}
	p.events = rowBuf{table: "events", cols: []string{"article_id", "idx", "day", "source", "target", "source_name", "target_name",
		"cameo", "quad_class", "goldstein", "factual", "merged_id", "data"}}
	return &p, nil
}

// A rowBuf collects rows for one table.
type rowBuf struct {
	table string
	cols  []string
	args  []any // len(cols) per row
}

func (b *rowBuf) add(vals ...any) { b.args = append(b.args, vals...) }

// maxRowArgs bounds the arguments of one INSERT, well under SQLite's
// 32766 and PostgreSQL's 65535 bind parameters.
const maxRowArgs = 8000

// flush inserts the buffered rows, many per statement.
func (s *DB) flush(ctx context.Context, tx *sql.Tx, b *rowBuf) error {
	n := len(b.cols)
	row := "(?" + strings.Repeat(", ?", n-1) + ")"
	head := "INSERT INTO " + b.table + " (" + strings.Join(b.cols, ", ") + ") VALUES "
	for len(b.args) > 0 {
		k := min(len(b.args), maxRowArgs/n*n)
		q := head + row + strings.Repeat(", "+row, k/n-1)
		if _, err := tx.ExecContext(ctx, s.q(q), b.args[:k]...); err != nil {
			return fmt.Errorf("insert %s: %w", b.table, err)
		}
		b.args = b.args[k:]
	}
	return nil
}

// Put stores docs in one transaction.
func (s *DB) Put(ctx context.Context, docs []*doc.Doc) (store.PutResult, error) {
	var res store.PutResult
	if err := s.check(); err != nil {
		return res, err
	}
	if len(docs) == 0 {
		return res, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, s.errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if s.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.WriteLock); err != nil {
			return res, s.errorf("lock: %w", err)
		}
	}
	st, err := s.prepare(ctx, tx)
	if err != nil {
		return res, err
	}
	added := s.now().Format(time.RFC3339)
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		if d == nil || d.ID == "" {
			return store.PutResult{}, fmt.Errorf("%w: doc %d (%s) has no id: call SetID first", store.ErrInvalid, i, sourceOf(d))
		}
		if seen[d.ID] {
			res.Duplicates = append(res.Duplicates, d.ID)
			continue
		}
		seen[d.ID] = true
		var one int
		switch err := st.exists.QueryRowContext(ctx, d.ID).Scan(&one); {
		case err == nil:
			res.Duplicates = append(res.Duplicates, d.ID)
			continue
		case !isNotFound(err):
			return store.PutResult{}, s.errorf("look up %s: %w", d.ID, err)
		}
		near, err := s.putOne(ctx, st, d, added)
		if err != nil {
			return store.PutResult{}, s.errorf("store %s (%s): %w", d.ID, d.Source, err)
		}
		res.Stored = append(res.Stored, d.ID)
		if near {
			res.NearDuplicates = append(res.NearDuplicates, d.ID)
		}
	}
	for _, b := range []*rowBuf{&st.entities, &st.quotes, &st.findings, &st.events} {
		if err := s.flush(ctx, tx, b); err != nil {
			return store.PutResult{}, s.errorf("%w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return store.PutResult{}, s.errorf("commit: %w", err)
	}
	return res, nil
}

func sourceOf(d *doc.Doc) string {
	if d == nil {
		return "nil"
	}
	return d.Source
}

// putOne stores one new article and reports whether it joined an
// existing story.
func (s *DB) putOne(ctx context.Context, st *putStmts, d *doc.Doc, added string) (near bool, err error) {
	analysis, err := json.Marshal(d)
	if err != nil {
		return false, fmt.Errorf("encode analysis: %w", err)
	}
	date := store.Day(d.Date)
	dateSource := d.DateSource
	if dateSource == "" {
		dateSource = doc.DateFromNone
	}

	// Story: join the story of the first near-duplicate among the stories'
	// first articles, else start one.
	story := d.ID
	sig, usable := store.MinHash(d.Text)
	keys := sig.BandKeys()
	if usable {
		args := make([]any, len(keys))
		for i, k := range keys {
			args[i] = k
		}
		rows, err := st.near.QueryContext(ctx, args...)
		if err != nil {
			return false, fmt.Errorf("near-duplicate lookup: %w", err)
		}
		for rows.Next() {
			var seq int64
			var b []byte
			var sid string
			var other store.Signature
			if err := rows.Scan(&seq, &b, &sid); err != nil {
				rows.Close()
				return false, err
			}
			if other.UnmarshalBinary(b) == nil && sig.Similarity(&other) >= store.NearSimilarity {
				story, near = sid, true
				break
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return false, err
		}
	}
	if near {
		if _, err := st.growStory.ExecContext(ctx, story); err != nil {
			return false, fmt.Errorf("story: %w", err)
		}
	} else if _, err := st.insStory.ExecContext(ctx, story, date, added); err != nil {
		return false, fmt.Errorf("story: %w", err)
	}

	sigBytes, _ := sig.MarshalBinary()
	var seq int64
	if err := st.insArticle.QueryRowContext(ctx, d.ID, d.Source, d.Title, d.URL, d.Site, date, dateSource, story,
		sigBytes, d.Text, string(analysis), len(d.Events), len(d.Quotes), len(d.Findings), added, utf8.RuneCountInString(d.Text)).Scan(&seq); err != nil {
		return false, fmt.Errorf("article: %w", err)
	}
	if st.indexText != nil {
		if _, err := st.indexText.ExecContext(ctx, seq, d.Title, d.Text); err != nil {
			return false, fmt.Errorf("search index: %w", err)
		}
	}
	// Only the first article of a story is indexed by band: later copies
	// are compared with it, so a flood of copies of one wire story keeps
	// the candidate lists short.
	if usable && !near {
		for _, k := range keys {
			if _, err := st.insBand.ExecContext(ctx, k, seq); err != nil {
				return false, fmt.Errorf("minhash band: %w", err)
			}
		}
	}

	for i, e := range d.Entities {
		st.entities.add(d.ID, i, e.KBID, e.Name, e.Type, e.Country, len(e.Mentions), date)
	}
	for i, q := range d.Quotes {
		data, err := json.Marshal(q)
		if err != nil {
			return false, fmt.Errorf("quote %d: %w", i, err)
		}
		st.quotes.add(d.ID, i, date, q.Speaker.Entity, q.Speaker.Name, strings.ToLower(q.Speaker.Name), q.Kind, string(data))
	}
	for i, f := range d.Findings {
		if f.Evidence == nil {
			f.Evidence = []doc.Evidence{}
		}
		data, err := json.Marshal(f)
		if err != nil {
			return false, fmt.Errorf("finding %d: %w", i, err)
		}
		st.findings.add(d.ID, i, date, f.Kind, f.Verdict, string(data))
	}
	if err := s.putEvents(ctx, st, d, date, added); err != nil {
		return false, err
	}
	return near, nil
}

// putEvents stores d's events and merges them into merged_events: one row
// per (day, source, target, cameo), counting mentions (events), articles
// and distinct outlets.
func (s *DB) putEvents(ctx context.Context, st *putStmts, d *doc.Doc, articleDate, added string) error {
	type key struct{ day, src, tgt, code string }
	merged := map[key]int64{}
	outlet := outletOf(d)
	// Count mentions per key first so each article adds 1 to
	// num_articles and its mention count to num_mentions.
	mentions := map[key]int{}
	days := make([]string, len(d.Events))
	for i, e := range d.Events {
		days[i] = eventDay(e.Date, articleDate)
		if days[i] != "" {
			mentions[key{days[i], e.Source, e.Target, e.Cameo}]++
		}
	}
	for i, e := range d.Events {
		k := key{days[i], e.Source, e.Target, e.Cameo}
		var mid int64
		if k.day != "" {
			var ok bool
			if mid, ok = merged[k]; !ok {
				hasGeo := e.Lat != 0 || e.Lon != 0
				if err := st.upMerged.QueryRowContext(ctx, k.day, k.src, k.tgt, k.code, e.SourceName, e.TargetName,
					e.SourceCountry, e.TargetCountry, e.SourceSector, e.TargetSector, e.Plover, e.QuadClass, e.Goldstein,
					mentions[k], e.Place, e.PlaceCountry, e.Lat, e.Lon, boolInt(hasGeo), boolInt(e.Sentence < 3),
					d.ID, firstNonEmpty(d.URL, d.Source), added).Scan(&mid); err != nil {
					return fmt.Errorf("merged event: %w", err)
				}
				merged[k] = mid
				r, err := st.insMergedSrc.ExecContext(ctx, mid, outlet)
				if err != nil {
					return fmt.Errorf("merged event source: %w", err)
				}
				if n, _ := r.RowsAffected(); n > 0 {
					if _, err := st.bumpSources.ExecContext(ctx, mid); err != nil {
						return fmt.Errorf("merged event source: %w", err)
					}
				}
			}
		}
		data, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		factual := !e.Negated && !e.Hypothetical
		st.events.add(d.ID, i, k.day, e.Source, e.Target, e.SourceName, e.TargetName,
			e.Cameo, e.QuadClass, e.Goldstein, boolInt(factual), mid, string(data))
	}
	return nil
}

// eventDay returns the calendar day of an event: its own date when that
// is a full day (2006-01-02…), else the article date.
func eventDay(date, articleDate string) string {
	if len(date) >= 10 {
		if _, err := time.Parse(time.DateOnly, date[:10]); err == nil {
			return date[:10]
		}
	}
	return articleDate
}

// outletOf names the outlet an article came from, for NumSources: the
// site, else the URL's host, else the source.
func outletOf(d *doc.Doc) string {
	if d.Site != "" {
		return strings.ToLower(d.Site)
	}
	if d.URL != "" {
		if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		}
	}
	return d.Source
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
