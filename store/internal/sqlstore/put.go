package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// putStmts are the statements Put runs, prepared once per transaction.
type putStmts struct {
	insArticle, growStory *sql.Stmt
	tx                    *sql.Tx

	// firstSeq is the seq of the first article this Put stored (0 for
	// none yet); every later seq in the transaction is this Put's too.
	firstSeq int64

	// Merged events this Put adds to, written once per key at the end.
	merges     map[mergeKey]*pendingMerge
	mergeOrder []mergeKey

	// Rows of the per-article layers, inserted many per statement when
	// the transaction ends (nothing in Put reads them back).
	entities, quotes, findings, events rowBuf

	// Stories are written when the transaction ends too (the lookup of
	// near-duplicates reads articles.story, never stories): new ones as
	// rows, whose size argument grows with each copy in this Put
	// (newStory: story id → index of that argument), and the growth of
	// stored ones summed per story.
	stories  rowBuf
	newStory map[string]int

	// bands are the articles indexed for near-duplicate lookup by band
	// key: those stored before this Put that share a key with one of its
	// docs (loaded once, loadBands) and those this Put adds, whose band
	// rows wait in bandRows.
	bands      map[int64][]*candidate
	bandRows   rowBuf
	grown      map[string]int
	grownOrder []string

	// inserts caches the multi-row INSERTs prepared in this transaction
	// by table and row count, so each is parsed once, not per use.
	inserts map[insertKey]*sql.Stmt
}

type insertKey struct {
	table string
	rows  int
}

func (s *DB) prepare(ctx context.Context, tx *sql.Tx) (*putStmts, error) {
	var p putStmts
	for _, x := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&p.insArticle, s.insert() + ` INTO articles (id, source, title, url, site, date, date_source, story, minhash, text, analysis, n_events, n_quotes, n_findings, added, n_chars)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`},
		{&p.growStory, `UPDATE stories SET size = size + ? WHERE id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, s.q(x.sql))
		if err != nil {
			return nil, s.errorf("prepare: %w", err)
		}
		*x.st = st
	}
	p.bandRows = rowBuf{table: "minhash_bands", cols: []string{"band_key", "article_seq"}}
	p.stories = rowBuf{table: "stories", cols: []string{"id", "first_date", "size", "added"}}
	p.newStory, p.grown = map[string]int{}, map[string]int{}
	p.entities = rowBuf{table: "entities", cols: []string{"article_id", "idx", "kb_id", "name", "type", "country", "mentions", "date"}}
	// Quotes, findings and events name their article by id and by seq:
	// an index on the seq, which only grows, takes each new row at its
	// end, where an index on the id (a hash) took it on a random page
	// (a page written per article per index at every commit).
	p.quotes = rowBuf{table: "quotes", cols: []string{"article_id", "article_seq", "idx", "date", "speaker_entity", "speaker_name", "speaker_lc", "kind", "data"}}
	p.findings = rowBuf{table: "findings", cols: []string{"article_id", "article_seq", "idx", "date", "kind", "verdict", "data"}}
	p.events = rowBuf{table: "events", cols: []string{"article_id", "article_seq", "idx", "day", "source", "target", "source_name", "target_name",
		"cameo", "quad_class", "goldstein", "factual", "merged_id", "data", "source_country", "target_country"}}
	return &p, nil
}

// A rowBuf collects rows for one table.
type rowBuf struct {
	table string
	cols  []string
	args  []any // len(cols) per row
}

func (b *rowBuf) add(vals ...any) { b.args = append(b.args, vals...) }

// chunkRows is how many rows one INSERT carries: enough to amortise a
// statement's execution over many rows, few enough that its argument
// count stays far under SQLite's 32766 and PostgreSQL's 65535 bind
// parameters. Every full chunk of a table reuses one prepared statement;
// parsing an INSERT of thousands of rows per call cost a fifth of the
// insert time.
const chunkRows = 64

// flush inserts the buffered rows, chunkRows per statement, and empties
// the buffer.
func (s *DB) flush(ctx context.Context, st *putStmts, b *rowBuf) error {
	n := len(b.cols)
	for len(b.args) > 0 {
		rows := min(len(b.args)/n, chunkRows)
		stmt, err := s.insertStmt(ctx, st, b, rows)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, b.args[:rows*n]...); err != nil {
			return fmt.Errorf("insert %s: %w", b.table, err)
		}
		b.args = b.args[rows*n:]
	}
	b.args = nil
	return nil
}

// insertStmt returns the transaction's INSERT of rows rows into b's
// table, preparing it on first use.
func (s *DB) insertStmt(ctx context.Context, st *putStmts, b *rowBuf, rows int) (*sql.Stmt, error) {
	row := "(?" + strings.Repeat(", ?", len(b.cols)-1) + ")"
	return s.multiRow(ctx, st, insertKey{b.table, rows}, s.insert()+" INTO "+b.table+" ("+strings.Join(b.cols, ", ")+") VALUES ", row, "")
}

// insert returns the dialect's INSERT verb (Dialect.Insert).
func (s *DB) insert() string {
	if s.d.Insert == "" {
		return "INSERT"
	}
	return s.d.Insert
}

// multiRow returns the transaction's statement head + rows copies of row
// + tail, cached under key (rows is key.rows), preparing it on first use.
func (s *DB) multiRow(ctx context.Context, st *putStmts, key insertKey, head, row, tail string) (*sql.Stmt, error) {
	if stmt := st.inserts[key]; stmt != nil {
		return stmt, nil
	}
	q := head + row + strings.Repeat(", "+row, key.rows-1) + tail
	stmt, err := st.tx.PrepareContext(ctx, s.q(q))
	if err != nil {
		return nil, fmt.Errorf("%s: prepare: %w", key.table, err)
	}
	if st.inserts == nil {
		st.inserts = map[insertKey]*sql.Stmt{}
	}
	st.inserts[key] = stmt
	return stmt, nil
}

// Put stores docs in one transaction, encoding them first on several
// goroutines (store.Encode).
func (s *DB) Put(ctx context.Context, docs []*doc.Doc) (store.PutResult, error) {
	if err := s.check(); err != nil {
		return store.PutResult{}, err
	}
	for i, d := range docs {
		if d == nil || d.ID == "" {
			return store.PutResult{}, fmt.Errorf("%w: doc %d (%s) has no id: call SetID first", store.ErrInvalid, i, sourceOf(d))
		}
	}
	enc, errs := encodeAll(docs)
	return s.put(ctx, enc, errs)
}

// PutEncoded stores docs encoded ahead (store.Encode) in one transaction.
func (s *DB) PutEncoded(ctx context.Context, docs []*store.Encoded) (store.PutResult, error) {
	if err := s.check(); err != nil {
		return store.PutResult{}, err
	}
	for i, e := range docs {
		if e == nil || e.Doc == nil || e.Doc.ID == "" {
			var d *doc.Doc
			if e != nil {
				d = e.Doc
			}
			return store.PutResult{}, fmt.Errorf("%w: doc %d (%s) has no id: call SetID first", store.ErrInvalid, i, sourceOf(d))
		}
	}
	return s.put(ctx, docs, nil)
}

// put stores the encoded docs; errs, when not nil, holds the error of
// each doc that failed to encode (its enc is nil), which fails the call
// only if the doc is not a duplicate.
func (s *DB) put(ctx context.Context, enc []*store.Encoded, errs []encodeErr) (store.PutResult, error) {
	var res store.PutResult
	if len(enc) == 0 {
		return res, nil
	}
	docs := make([]*doc.Doc, len(enc))
	for i, e := range enc {
		if e != nil {
			docs[i] = e.Doc
		} else {
			docs[i] = errs[i].doc
		}
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
	st.tx, st.merges = tx, map[mergeKey]*pendingMerge{}
	stored, err := s.storedIDs(ctx, tx, docs)
	if err != nil {
		return res, err
	}
	if err := s.loadBands(ctx, st, enc, stored); err != nil {
		return res, err
	}
	added := s.now().Format(time.RFC3339)
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		if seen[d.ID] {
			res.Duplicates = append(res.Duplicates, d.ID)
			continue
		}
		seen[d.ID] = true
		if stored[d.ID] {
			res.Duplicates = append(res.Duplicates, d.ID)
			continue
		}
		if enc[i] == nil {
			return store.PutResult{}, s.errorf("store %s (%s): %w", d.ID, d.Source, errs[i].err)
		}
		near, err := s.putOne(ctx, st, enc[i], added)
		if err != nil {
			return store.PutResult{}, s.errorf("store %s (%s): %w", d.ID, d.Source, err)
		}
		res.Stored = append(res.Stored, d.ID)
		if near {
			res.NearDuplicates = append(res.NearDuplicates, d.ID)
		}
	}
	if err := s.mergeAll(ctx, st); err != nil {
		return store.PutResult{}, s.errorf("%w", err)
	}
	for _, id := range st.grownOrder {
		if _, err := st.growStory.ExecContext(ctx, st.grown[id], id); err != nil {
			return store.PutResult{}, s.errorf("story: %w", err)
		}
	}
	for _, b := range []*rowBuf{&st.bandRows, &st.stories, &st.entities, &st.quotes, &st.findings, &st.events} {
		if err := s.flush(ctx, st, b); err != nil {
			return store.PutResult{}, s.errorf("%w", err)
		}
	}
	// The search index comes last, in one statement: SQLite's FTS5 writes
	// its pending terms to disk as a new segment whenever a later
	// statement opens a savepoint, so indexing article by article between
	// other inserts made one segment per article (and merged them again).
	if s.d.IndexText != "" && st.firstSeq > 0 {
		if _, err := tx.ExecContext(ctx, s.q(s.d.IndexText), st.firstSeq); err != nil {
			return store.PutResult{}, s.errorf("search index: %w", err)
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

// storedIDs returns which of the docs' ids are already stored, asking
// for many at a time.
func (s *DB) storedIDs(ctx context.Context, tx *sql.Tx, docs []*doc.Doc) (map[string]bool, error) {
	have := map[string]bool{}
	const chunk = 500
	for lo := 0; lo < len(docs); lo += chunk {
		var args []any
		for _, d := range docs[lo:min(lo+chunk, len(docs))] {
			if d != nil && d.ID != "" {
				args = append(args, d.ID)
			}
		}
		if len(args) == 0 {
			continue
		}
		rows, err := tx.QueryContext(ctx, s.q(`SELECT id FROM articles WHERE id IN (?`+strings.Repeat(", ?", len(args)-1)+`)`), args...)
		if err != nil {
			return nil, s.errorf("look up ids: %w", err)
		}
		ids, err := collect(rows, func(r *sql.Rows) (string, error) {
			var id string
			return id, r.Scan(&id)
		})
		if err != nil {
			return nil, s.errorf("look up ids: %w", err)
		}
		for _, id := range ids {
			have[id] = true
		}
	}
	return have, nil
}

// encodeErr is why one doc could not be encoded.
type encodeErr struct {
	doc *doc.Doc
	err error
}

// encodeAll encodes docs on several goroutines, before the write
// transaction begins, so that the one writer only runs SQL. A doc that
// fails leaves a nil in enc and its error in errs.
func encodeAll(docs []*doc.Doc) (enc []*store.Encoded, errs []encodeErr) {
	enc = make([]*store.Encoded, len(docs))
	errs = make([]encodeErr, len(docs))
	workers := min(runtime.GOMAXPROCS(0), 4, len(docs))
	var wg sync.WaitGroup
	next := make(chan int, len(docs))
	for i := range docs {
		next <- i
	}
	close(next)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				e, err := store.Encode(docs[i])
				enc[i], errs[i] = e, encodeErr{docs[i], err}
			}
		}()
	}
	wg.Wait()
	return enc, errs
}

// putOne stores one new article and reports whether it joined an
// existing story.
func (s *DB) putOne(ctx context.Context, st *putStmts, e *store.Encoded, added string) (near bool, err error) {
	d := e.Doc
	analysis := e.Analysis
	date := store.Day(d.Date)
	dateSource := d.DateSource
	if dateSource == "" {
		dateSource = doc.DateFromNone
	}

	// Story: join the story of the first near-duplicate among the stories'
	// first articles, else start one.
	story := d.ID
	sig, usable := e.Sig, e.Usable
	keys := sig.BandKeys()
	if usable {
		if c := st.nearest(&sig, keys); c != nil {
			story, near = c.story, true
		}
	}
	if near {
		if i, ok := st.newStory[story]; ok {
			st.stories.args[i] = st.stories.args[i].(int) + 1
		} else {
			if st.grown[story] == 0 {
				st.grownOrder = append(st.grownOrder, story)
			}
			st.grown[story]++
		}
	} else {
		st.stories.add(story, date, 1, added)
		st.newStory[story] = len(st.stories.args) - 2 // size is the second-last column
	}

	sigBytes, _ := sig.MarshalBinary()
	var seq int64
	if err := st.insArticle.QueryRowContext(ctx, d.ID, d.Source, d.Title, d.URL, d.Site, date, dateSource, story,
		sigBytes, d.Text, analysis, len(d.Events), len(d.Quotes), len(d.Findings), added, utf8.RuneCountInString(d.Text)).Scan(&seq); err != nil {
		return false, fmt.Errorf("article: %w", err)
	}
	if st.firstSeq == 0 {
		st.firstSeq = seq
	}
	// Only the first article of a story is indexed by band: later copies
	// are compared with it, so a flood of copies of one wire story keeps
	// the candidate lists short.
	if usable && !near {
		c := &candidate{seq: seq, sig: sig, story: story}
		for _, k := range keys {
			st.bands[k] = append(st.bands[k], c)
			st.bandRows.add(k, seq)
		}
	}

	for i, e := range d.Entities {
		st.entities.add(d.ID, i, e.KBID, e.Name, e.Type, e.Country, len(e.Mentions), date)
	}
	for i, q := range d.Quotes {
		data := e.Quotes[i]
		st.quotes.add(d.ID, seq, i, date, q.Speaker.Entity, q.Speaker.Name, strings.ToLower(q.Speaker.Name), q.Kind, data)
	}
	for i, f := range d.Findings {
		data := e.Findings[i]
		st.findings.add(d.ID, seq, i, date, f.Kind, f.Verdict, data)
	}
	if err := s.putEvents(ctx, st, d, seq, e.Events, date, added); err != nil {
		return false, err
	}
	return near, nil
}

// A candidate is an article indexed by band (the first of its story),
// compared in full with a new article that shares a band key.
type candidate struct {
	seq   int64
	sig   store.Signature
	story string
}

// maxCandidates bounds the candidates one article is compared with, the
// earliest stored first.
const maxCandidates = 64

// loadBands loads, in a few queries for the whole Put, the indexed
// articles sharing a band key with any new doc of enc.
func (s *DB) loadBands(ctx context.Context, st *putStmts, enc []*store.Encoded, stored map[string]bool) error {
	st.bands = map[int64][]*candidate{}
	var keys []any
	seenKey := map[int64]bool{}
	for _, e := range enc {
		if e == nil || !e.Usable || stored[e.Doc.ID] {
			continue
		}
		for _, k := range e.Sig.BandKeys() {
			if !seenKey[k] {
				seenKey[k] = true
				keys = append(keys, k)
			}
		}
	}
	bySeq := map[int64]*candidate{}
	const chunk = 500
	for len(keys) > 0 {
		n := min(len(keys), chunk)
		rows, err := st.tx.QueryContext(ctx, s.q(`SELECT b.band_key, a.seq, a.minhash, a.story FROM minhash_bands b JOIN articles a ON a.seq = b.article_seq
			WHERE b.band_key IN (?`+strings.Repeat(", ?", n-1)+`)`), keys[:n]...)
		if err != nil {
			return s.errorf("near-duplicate lookup: %w", err)
		}
		for rows.Next() {
			var key, seq int64
			var b []byte
			var story string
			if err := rows.Scan(&key, &seq, &b, &story); err != nil {
				rows.Close()
				return s.errorf("near-duplicate lookup: %w", err)
			}
			c := bySeq[seq]
			if c == nil {
				c = &candidate{seq: seq, story: story}
				if c.sig.UnmarshalBinary(b) != nil {
					continue // an unreadable signature matches nothing
				}
				bySeq[seq] = c
			}
			st.bands[key] = append(st.bands[key], c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return s.errorf("near-duplicate lookup: %w", err)
		}
		keys = keys[n:]
	}
	return nil
}

// nearest returns the earliest of the first maxCandidates articles (by
// seq) sharing a band key with sig that is a near-duplicate of it, or nil.
func (st *putStmts) nearest(sig *store.Signature, keys [store.Bands]int64) *candidate {
	var cs []*candidate
	seen := map[int64]bool{}
	for _, k := range keys {
		for _, c := range st.bands[k] {
			if !seen[c.seq] {
				seen[c.seq] = true
				cs = append(cs, c)
			}
		}
	}
	slices.SortFunc(cs, func(a, b *candidate) int { return cmp.Compare(a.seq, b.seq) })
	for _, c := range cs[:min(len(cs), maxCandidates)] {
		if sig.Similarity(&c.sig) >= store.NearSimilarity {
			return c
		}
	}
	return nil
}

// A mergeKey identifies a merged event.
type mergeKey struct{ day, src, tgt, code string }

// pendingMerge is what one Put adds to one merged event: counts, the
// outlets reporting it, the first mention (used only if the merged event
// is new) and the buffered event rows to patch with its id.
type pendingMerge struct {
	mentions, articles int
	outlets            []string
	first              []any // the upsert's arguments
	rows               []int // indexes into st.events.args of merged_id
}

// putEvents buffers d's events and what they add to merged events; the
// merged events are written once per key when Put ends (mergeAll).
func (s *DB) putEvents(ctx context.Context, st *putStmts, d *doc.Doc, seq int64, encEvents []string, articleDate, added string) error {
	outlet := outletOf(d)
	inArticle := map[mergeKey]bool{}
	for i, e := range d.Events {
		k := mergeKey{eventDay(e.Date, articleDate), e.Source, e.Target, e.Cameo}
		factual := !e.Negated && !e.Hypothetical
		st.events.add(d.ID, seq, i, k.day, e.Source, e.Target, e.SourceName, e.TargetName,
			e.Cameo, e.QuadClass, e.Goldstein, boolInt(factual), int64(0), encEvents[i],
			actorCountry(e.Source, e.SourceCountry), actorCountry(e.Target, e.TargetCountry))
		if k.day == "" {
			continue // no day, no merged event
		}
		pm := st.merges[k]
		if pm == nil {
			hasGeo := e.Lat != 0 || e.Lon != 0
			pm = &pendingMerge{first: []any{k.day, k.src, k.tgt, k.code, e.SourceName, e.TargetName,
				e.SourceCountry, e.TargetCountry, e.SourceSector, e.TargetSector, e.Plover, e.QuadClass, e.Goldstein,
				e.Place, e.PlaceCountry, e.Lat, e.Lon, boolInt(hasGeo), boolInt(e.Sentence < 3),
				d.ID, firstNonEmpty(d.URL, d.Source), added}}
			st.merges[k] = pm
			st.mergeOrder = append(st.mergeOrder, k)
		}
		pm.mentions++
		if !inArticle[k] {
			inArticle[k] = true
			pm.articles++
			pm.outlets = append(pm.outlets, outlet)
		}
		pm.rows = append(pm.rows, len(st.events.args)-4) // merged_id comes before data, source_country, target_country
	}
	return nil
}

// Statements of mergeAll, run chunkRows keys at a time: upsert the merged
// events (returning each key's id), add their outlets (returning the ids
// that gained one), then recount the outlets of those.
const (
	upMergedHead = ` INTO merged_events (day, source, target, cameo, source_name, target_name, source_country, target_country, source_sector, target_sector,
			plover, quad_class, goldstein, num_mentions, num_sources, num_articles, place, place_country, lat, lon, has_geo, is_root, first_article, first_source, added) VALUES `
	upMergedRow  = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	upMergedTail = ` ON CONFLICT (day, source, target, cameo) DO UPDATE SET
				num_mentions = merged_events.num_mentions + excluded.num_mentions,
				num_articles = merged_events.num_articles + excluded.num_articles
			RETURNING id, day, source, target, cameo`
	mergedSrcHead = ` INTO merged_event_sources (merged_id, outlet) VALUES `
	mergedSrcTail = ` ON CONFLICT DO NOTHING RETURNING merged_id`
	recountHead   = `UPDATE merged_events SET num_sources = (SELECT COUNT(*) FROM merged_event_sources s WHERE s.merged_id = merged_events.id) WHERE id IN (`
)

// mergeAll writes the merged events Put collected, one upsert row per
// key (in the order first seen, so ids are assigned in that order), adds
// their outlets, recounts the outlets of those that gained one, and
// patches the buffered event rows with the merged ids.
func (s *DB) mergeAll(ctx context.Context, st *putStmts) error {
	ids := make(map[mergeKey]int64, len(st.mergeOrder))
	for keys := st.mergeOrder; len(keys) > 0; {
		n := min(len(keys), chunkRows)
		args := make([]any, 0, n*24)
		for _, k := range keys[:n] {
			pm := st.merges[k]
			args = append(append(args, pm.first[:13]...), pm.mentions, pm.articles)
			args = append(args, pm.first[13:]...)
		}
		stmt, err := s.multiRow(ctx, st, insertKey{"merged_events", n}, s.insert()+upMergedHead, upMergedRow, upMergedTail)
		if err != nil {
			return err
		}
		rows, err := stmt.QueryContext(ctx, args...)
		if err != nil {
			return fmt.Errorf("merged event: %w", err)
		}
		for rows.Next() {
			var id int64
			var k mergeKey
			if err := rows.Scan(&id, &k.day, &k.src, &k.tgt, &k.code); err != nil {
				rows.Close()
				return fmt.Errorf("merged event: %w", err)
			}
			ids[k] = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("merged event: %w", err)
		}
		keys = keys[n:]
	}
	var src []any // merged_id, outlet pairs
	for _, k := range st.mergeOrder {
		mid, ok := ids[k]
		if !ok {
			return fmt.Errorf("merged event %v: no id returned", k)
		}
		pm := st.merges[k]
		seen := map[string]bool{}
		for _, o := range pm.outlets {
			if !seen[o] {
				seen[o] = true
				src = append(src, mid, o)
			}
		}
		for _, i := range pm.rows {
			st.events.args[i] = mid
		}
	}
	gained := map[int64]bool{}
	var gainedOrder []any
	for len(src) > 0 {
		n := min(len(src)/2, chunkRows)
		stmt, err := s.multiRow(ctx, st, insertKey{"merged_event_sources", n}, s.insert()+mergedSrcHead, "(?, ?)", mergedSrcTail)
		if err != nil {
			return err
		}
		rows, err := stmt.QueryContext(ctx, src[:2*n]...)
		if err != nil {
			return fmt.Errorf("merged event source: %w", err)
		}
		for rows.Next() {
			var mid int64
			if err := rows.Scan(&mid); err != nil {
				rows.Close()
				return fmt.Errorf("merged event source: %w", err)
			}
			if !gained[mid] {
				gained[mid] = true
				gainedOrder = append(gainedOrder, mid)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("merged event source: %w", err)
		}
		src = src[2*n:]
	}
	// The merged events that gained an outlet recount theirs, chunkRows
	// a statement (one UPDATE per merged event was a statement per key).
	for len(gainedOrder) > 0 {
		n := min(len(gainedOrder), chunkRows)
		stmt, err := s.multiRow(ctx, st, insertKey{"num_sources", n}, recountHead, "?", ")")
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, gainedOrder[:n]...); err != nil {
			return fmt.Errorf("merged event sources: %w", err)
		}
		gainedOrder = gainedOrder[n:]
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

// actorCountry is the country an event actor belongs to: the one the
// coder gave, else the actor itself when it is a country.
func actorCountry(actor, country string) string {
	if country == "" && store.IsCountryCode(actor) {
		return actor
	}
	return country
}
