package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/store"
)

// eventWhere turns an EventFilter into conditions on table alias t: the
// conditions every row must meet, and alternatives (either side for
// Actor, both directions for Dyad) of which a row must meet one.
func eventWhere(t string, f store.EventFilter, merged bool) (common *where, alts []*where) {
	var w where
	w.period(t+".day", f.Period)
	side := func(src, tgt string) *where {
		var b where
		if src != "" {
			b.add(t+".source = ?", src)
		}
		if tgt != "" {
			b.add(t+".target = ?", tgt)
		}
		return &b
	}
	switch {
	case f.Dyad[0] != "":
		a, b := f.Dyad[0], f.Dyad[1]
		alts = []*where{side(a, b), side(b, a)}
		if f.Actor != "" {
			w.add("("+t+".source = ? OR "+t+".target = ?)", f.Actor, f.Actor)
		}
	case f.Actor != "":
		alts = []*where{side(f.Actor, ""), side("", f.Actor)}
	}
	if f.Source != "" {
		w.add(t+".source = ?", f.Source)
	}
	if f.Target != "" {
		w.add(t+".target = ?", f.Target)
	}
	if f.Code != "" {
		lo, hi := codeRange(f.Code)
		w.add(t+".cameo >= ? AND "+t+".cameo < ?", lo, hi)
	}
	if f.QuadClass != 0 {
		w.add(t+".quad_class = ?", f.QuadClass)
	}
	if merged {
		if f.Article != "" {
			w.add(t+".id IN (SELECT merged_id FROM events WHERE article_seq"+articleSeq+")", f.Article)
		}
		return &w, alts
	}
	if f.Article != "" {
		w.add(t+".article_seq"+articleSeq, f.Article)
	}
	if f.Factual {
		w.add(t + ".factual = 1")
	}
	return &w, alts
}

// newestFirst returns the WHERE … ORDER BY … LIMIT tail selecting rows of
// table (alias t) that meet common and one of alts, newest day first.
//
// Alternatives are not written as one OR: "source = X OR target = X
// ORDER BY day DESC LIMIT 50" makes a database collect and sort every
// event of a frequent actor. Each alternative instead takes its own
// newest rows from its own (source, day) or (target, day) index, at most
// offset+limit of them, and only those are merged and sorted.
func (s *DB) newestFirst(table, t string, common *where, alts []*where, p store.Page) (string, []any) {
	order := " ORDER BY " + t + ".day DESC, " + t + ".id DESC"
	if len(alts) == 0 {
		return common.String() + order + s.limit(p), common.args
	}
	inner := ""
	if n := p.SQLLimit(); n >= 0 {
		inner = fmt.Sprintf(" LIMIT %d", n+p.Offset)
	}
	var parts []string
	var args []any
	for i, alt := range alts {
		var w where
		w.conds = append(append(w.conds, common.conds...), alt.conds...)
		w.args = append(append(w.args, common.args...), alt.args...)
		parts = append(parts, fmt.Sprintf("SELECT id FROM (SELECT %s.id FROM %s %s%s%s%s) AS alt%d", t, table, t, w.String(), order, inner, i))
		args = append(args, w.args...)
	}
	return " WHERE " + t + ".id IN (" + strings.Join(parts, " UNION ALL ") + ")" + order + s.limit(p), args
}

// Events lists events, newest day first.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]store.Event, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := f.Check(); err != nil {
		return nil, err
	}
	common, alts := eventWhere("e", f, false)
	tail, args := s.newestFirst("events", "e", common, alts, f.Page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.article_id, e.idx, e.day, e.merged_id, CASE WHEN a.url <> '' THEN a.url ELSE a.source END,
		a.site, a.added, a.n_chars, e.data
		FROM events e JOIN articles a ON a.id = e.article_id`+tail), args...)
	if err != nil {
		return nil, s.errorf("events: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.Event, error) {
		var e store.Event
		var data string
		if err := r.Scan(&e.ArticleID, &e.Index, &e.Day, &e.MergedID, &e.ArticleSource, &e.ArticleSite, &e.ArticleAdded, &e.ArticleChars, &data); err != nil {
			return e, err
		}
		return e, json.Unmarshal([]byte(data), &e.Event)
	})
}

// MergedEvents lists merged events, newest day first.
func (s *DB) MergedEvents(ctx context.Context, f store.EventFilter) ([]store.MergedEvent, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := f.Check(); err != nil {
		return nil, err
	}
	common, alts := eventWhere("m", f, true)
	tail, args := s.newestFirst("merged_events", "m", common, alts, f.Page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT m.id, m.day, m.source, m.target, m.source_name, m.target_name, m.source_country, m.target_country,
		m.source_sector, m.target_sector, m.cameo, m.plover, m.quad_class, m.goldstein, m.num_mentions, m.num_sources, m.num_articles,
		m.place, m.place_country, m.lat, m.lon, m.has_geo, m.is_root, m.first_article, m.first_source, m.added
		FROM merged_events m`+tail), args...)
	if err != nil {
		return nil, s.errorf("merged events: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.MergedEvent, error) {
		var m store.MergedEvent
		var geo, root int
		err := r.Scan(&m.ID, &m.Day, &m.Source, &m.Target, &m.SourceName, &m.TargetName, &m.SourceCountry, &m.TargetCountry,
			&m.SourceSector, &m.TargetSector, &m.Cameo, &m.Plover, &m.QuadClass, &m.Goldstein, &m.NumMentions, &m.NumSources, &m.NumArticles,
			&m.Place, &m.PlaceCountry, &m.Lat, &m.Lon, &geo, &root, &m.FirstArticle, &m.FirstSource, &m.Added)
		m.HasGeo, m.IsRoot = geo != 0, root != 0
		return m, err
	})
}

// Timeline counts the events between two actors per day or week.
func (s *DB) Timeline(ctx context.Context, q store.TimelineQuery) ([]store.Bucket, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := q.Check(); err != nil {
		return nil, err
	}
	// One index-only scan of events_dyad per direction: an OR of the two
	// directions lets a planner pick a bitmap over the narrower index and
	// read every event row instead.
	dirs := [][2]string{{q.A, q.B}}
	if !q.Directed && q.A != q.B {
		dirs = append(dirs, [2]string{q.B, q.A})
	}
	// Between two countries, count the events of their people and
	// bodies too: match the actors' countries (events_cdyad).
	pair := "e.source = ? AND e.target = ?"
	if store.IsCountryCode(q.A) && store.IsCountryCode(q.B) {
		pair = "e.source_country = ? AND e.target_country = ?"
	}
	var parts []string
	var args []any
	for _, d := range dirs {
		var w where
		w.add(pair, d[0], d[1])
		w.add("e.day <> ''")
		w.period("e.day", q.Period)
		if q.Factual {
			w.add("e.factual = 1")
		}
		parts = append(parts, "SELECT e.day, e.quad_class, e.goldstein FROM events e"+w.String())
		args = append(args, w.args...)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT t.day, t.quad_class, COUNT(*), COALESCE(SUM(t.goldstein), 0) FROM (`+
		strings.Join(parts, " UNION ALL ")+`) AS t GROUP BY t.day, t.quad_class`), args...)
	if err != nil {
		return nil, s.errorf("timeline: %w", err)
	}
	counts, err := collect(rows, func(r *sql.Rows) (store.DayCount, error) {
		var c store.DayCount
		return c, r.Scan(&c.Day, &c.QuadClass, &c.Events, &c.GoldsteinSum)
	})
	if err != nil {
		return nil, s.errorf("timeline: %w", err)
	}
	interval := q.Interval
	if interval == "" {
		interval = store.Daily
	}
	return store.Buckets(counts, interval), nil
}

// Network returns the weighted actor graph of a period.
func (s *DB) Network(ctx context.Context, q store.NetworkQuery) ([]store.Edge, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := q.Check(); err != nil {
		return nil, err
	}
	var w where
	w.add("e.source <> '' AND e.target <> ''")
	w.period("e.day", q.Period)
	if q.Actor != "" {
		w.add("(e.source = ? OR e.target = ?)", q.Actor, q.Actor)
	}
	if q.Factual {
		w.add("e.factual = 1")
	}
	min := q.MinEvents
	if min < 1 {
		min = 1
	}
	args := append(w.args, min)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.source, e.target, MAX(e.source_name), MAX(e.target_name), COUNT(*), COALESCE(SUM(e.goldstein), 0),
		SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END)
		FROM events e`+w.String()+` GROUP BY e.source, e.target HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, e.source, e.target`+s.limit(store.Page{Limit: q.Limit})), args...)
	if err != nil {
		return nil, s.errorf("network: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.Edge, error) {
		var e store.Edge
		err := r.Scan(&e.Source, &e.Target, &e.SourceName, &e.TargetName, &e.Events, &e.GoldsteinSum, &e.Cooperation, &e.Conflict)
		if e.Events > 0 {
			e.GoldsteinMean = e.GoldsteinSum / float64(e.Events)
		}
		return e, err
	})
}

// Places aggregates geolocated merged events by place or country.
func (s *DB) Places(ctx context.Context, q store.PlaceQuery) ([]store.PlaceCount, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := q.Check(); err != nil {
		return nil, err
	}
	common, alts := eventWhere("m", store.EventFilter{Period: q.Period, Actor: q.Actor, Code: q.Code, QuadClass: q.QuadClass}, true)
	if len(alts) > 0 {
		common.add("(m.source = ? OR m.target = ?)", q.Actor, q.Actor)
	}
	common.add("m.has_geo = 1")
	group, place := "m.place, m.place_country, m.lat, m.lon", "m.place"
	if q.ByCountry {
		common.add("m.place_country <> ''")
		group, place = "m.place_country", "''"
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+place+`, m.place_country, AVG(m.lat), AVG(m.lon), COUNT(*), SUM(m.num_mentions),
		COALESCE(AVG(m.goldstein), 0), SUM(CASE WHEN m.quad_class IN (1, 2) THEN 1 ELSE 0 END), SUM(CASE WHEN m.quad_class IN (3, 4) THEN 1 ELSE 0 END)
		FROM merged_events m`+common.String()+` GROUP BY `+group+` ORDER BY COUNT(*) DESC, m.place_country`+s.limit(store.Page{Limit: q.Limit})), common.args...)
	if err != nil {
		return nil, s.errorf("places: %w", err)
	}
	return collect(rows, func(r *sql.Rows) (store.PlaceCount, error) {
		var p store.PlaceCount
		return p, r.Scan(&p.Place, &p.Country, &p.Lat, &p.Lon, &p.Events, &p.Mentions, &p.GoldsteinMean, &p.Cooperation, &p.Conflict)
	})
}
