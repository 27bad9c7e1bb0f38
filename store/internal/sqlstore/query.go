package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/store"
)

// articleSeq completes a condition on a layer table's article_seq
// column: the rows of the article whose id is the argument (indexed by
// seq, see migration 7 of SQLite and 8 of PostgreSQL). An unknown id
// matches nothing.
const articleSeq = " = (SELECT seq FROM articles WHERE id = ?)"

const summaryCols = `a.id, a.source, a.title, a.url, a.site, a.date, a.story, a.n_events, a.n_quotes, a.n_findings, a.added`

func scanSummary(sc interface{ Scan(...any) error }, extra ...any) (store.ArticleSummary, error) {
	var a store.ArticleSummary
	dest := append([]any{&a.ID, &a.Source, &a.Title, &a.URL, &a.Site, &a.Date, &a.Story, &a.Events, &a.Quotes, &a.Findings, &a.Added}, extra...)
	err := sc.Scan(dest...)
	return a, err
}

// Article returns one stored article.
func (s *DB) Article(ctx context.Context, id string) (*store.Article, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var a store.Article
	var analysis string
	row := s.db.QueryRowContext(ctx, s.q(`SELECT `+summaryCols+`, a.analysis FROM articles a WHERE a.id = ?`), id)
	sum, err := scanSummary(row, &analysis)
	switch {
	case isNotFound(err):
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	case err != nil:
		return nil, s.errorf("article %q: %w", id, err)
	}
	a.ArticleSummary, a.Analysis = sum, json.RawMessage(analysis)
	return &a, nil
}

// Articles lists article summaries, newest first.
func (s *DB) Articles(ctx context.Context, f store.ArticleFilter) ([]store.ArticleSummary, error) {
	if err := s.checkList(f.Period, f.Page); err != nil {
		return nil, err
	}
	var w where
	w.period("a.date", f.Period)
	if f.Story != "" {
		w.add("a.story = ?", f.Story)
	}
	if f.Actor != "" {
		w.add("a.id IN (SELECT article_id FROM entities WHERE kb_id = ? UNION SELECT article_id FROM entities WHERE name = ?)", f.Actor, f.Actor)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryCols+` FROM articles a`+w.String()+` ORDER BY a.date DESC, a.seq DESC`+s.limit(f.Page)), w.args...)
	if err != nil {
		return nil, s.errorf("articles: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.ArticleSummary, error) { return scanSummary(r) })
}

// Story returns a story and its articles, oldest first.
func (s *DB) Story(ctx context.Context, id string) (*store.Story, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var one int
	switch err := s.db.QueryRowContext(ctx, s.q(`SELECT 1 FROM stories WHERE id = ?`), id).Scan(&one); {
	case isNotFound(err):
		return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	case err != nil:
		return nil, s.errorf("story %q: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryCols+` FROM articles a WHERE a.story = ? ORDER BY a.seq`), id)
	if err != nil {
		return nil, s.errorf("story %q: %w", id, err)
	}
	arts, err := collect(rows, func(r *sql.Rows) (store.ArticleSummary, error) { return scanSummary(r) })
	if err != nil {
		return nil, err
	}
	return &store.Story{ID: id, Articles: arts}, nil
}

// Search runs a full-text query.
func (s *DB) Search(ctx context.Context, q string, p store.Page) ([]store.SearchHit, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := p.Check(); err != nil {
		return nil, err
	}
	if strings.TrimSpace(q) == "" {
		return nil, fmt.Errorf("%w: empty search query", store.ErrInvalid)
	}
	sub, arg := s.d.Search(q)
	if arg == nil {
		return []store.SearchHit{}, nil // nothing searchable in q
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+summaryCols+`, m.rank, m.snippet FROM (`+sub+`) m JOIN articles a ON a.seq = m.seq ORDER BY m.rank DESC, a.seq DESC`+s.limit(p)), arg)
	if err != nil {
		return nil, s.errorf("search %q: %w", q, err)
	}
	return collect(rows, func(r *sql.Rows) (store.SearchHit, error) {
		var h store.SearchHit
		var err error
		h.ArticleSummary, err = scanSummary(r, &h.Rank, &h.Snippet)
		return h, err
	})
}

// Quotes lists quotes, newest article first.
func (s *DB) Quotes(ctx context.Context, f store.QuoteFilter) ([]store.Quote, error) {
	if err := s.checkList(f.Period, f.Page); err != nil {
		return nil, err
	}
	var w where
	w.period("q.date", f.Period)
	if f.Speaker != "" {
		w.add(`(q.speaker_entity = ? OR q.speaker_lc LIKE ? ESCAPE '\')`, f.Speaker, "%"+likeEscape(strings.ToLower(f.Speaker))+"%")
	}
	if f.Article != "" {
		w.add("q.article_seq"+articleSeq, f.Article)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT q.article_id, q.idx, q.date, q.data FROM quotes q`+w.String()+` ORDER BY q.date DESC, q.id DESC`+s.limit(f.Page)), w.args...)
	if err != nil {
		return nil, s.errorf("quotes: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.Quote, error) {
		var q store.Quote
		var data string
		if err := r.Scan(&q.ArticleID, &q.Index, &q.Date, &data); err != nil {
			return q, err
		}
		return q, json.Unmarshal([]byte(data), &q.Quote)
	})
}

// Findings lists findings, newest article first.
func (s *DB) Findings(ctx context.Context, f store.FindingFilter) ([]store.Finding, error) {
	if err := s.checkList(f.Period, f.Page); err != nil {
		return nil, err
	}
	var w where
	w.period("f.date", f.Period)
	if f.Kind != "" {
		w.add("f.kind = ?", f.Kind)
	}
	if f.Verdict != "" {
		w.add("f.verdict = ?", f.Verdict)
	}
	if f.Article != "" {
		w.add("f.article_seq"+articleSeq, f.Article)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT f.article_id, f.idx, f.date, a.title, a.url, f.data FROM findings f JOIN articles a ON a.id = f.article_id`+w.String()+` ORDER BY f.date DESC, f.id DESC`+s.limit(f.Page)), w.args...)
	if err != nil {
		return nil, s.errorf("findings: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.Finding, error) {
		var f store.Finding
		var data string
		if err := r.Scan(&f.ArticleID, &f.Index, &f.Date, &f.ArticleTitle, &f.ArticleURL, &data); err != nil {
			return f, err
		}
		return f, json.Unmarshal([]byte(data), &f.Finding)
	})
}

// collect scans every row with scan and closes rows.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// likeEscape escapes LIKE wildcards in s (escape character '\').
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// checkList validates a list query: the store is open, the period is in
// order and the page is valid.
func (s *DB) checkList(p store.Period, pg store.Page) error {
	if err := s.check(); err != nil {
		return err
	}
	if err := p.Check(); err != nil {
		return err
	}
	return pg.Check()
}
