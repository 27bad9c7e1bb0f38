// Package store keeps analysed articles and answers questions about them:
// articles by id or full-text search, events by actor, dyad and date, dyad
// timelines, actor networks, quotes by speaker and findings by kind.
//
// [Store] is the interface; store/sqlite (the default, one file) and
// store/postgres implement it, and [Open] picks one from a URL. Both keep
// the same tables: articles (the v1 analysis JSON plus searchable
// columns), entities, quotes, events, findings, stories (near-duplicate
// groups) and merged events (GDELT-style: one row per day, source, target
// and CAMEO code with mention, source and article counts).
//
// Writes are idempotent: an article's id is a hash of its normalised
// content ([doc.Doc.SetID]), and [Store.Put] skips ids already stored, in
// one transaction per call, so a crashed ingest can simply be re-run.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Sentinel errors. Backends wrap them with context; test with errors.Is.
var (
	// ErrNotFound is returned by lookups of an id that is not stored.
	ErrNotFound = errors.New("not found")
	// ErrInvalid is returned for a bad argument: a doc without an id, a
	// filter with From after To, an unknown interval.
	ErrInvalid = errors.New("invalid argument")
	// ErrClosed is returned by calls on a closed store.
	ErrClosed = errors.New("store is closed")
)

// DefaultLimit is the page size used when a Page has Limit 0.
const DefaultLimit = 100

// A Store holds analysed articles. Implementations are safe for concurrent
// use by several goroutines. Every query method takes a context and stops
// when it is cancelled.
type Store interface {
	// Put stores docs in one transaction: either all new docs are stored
	// or, on error, none. Docs whose ID is already stored (or repeats an
	// earlier doc in the same call) are skipped and counted as
	// duplicates. Every doc must have a non-empty ID (doc.Doc.SetID); a
	// doc without one fails the whole call with ErrInvalid. Put assigns
	// each new article to a story (near-duplicates share one) and updates
	// the merged events.
	Put(ctx context.Context, docs []*doc.Doc) (PutResult, error)

	// Article returns one stored article with its full analysis, or an
	// error matching ErrNotFound.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles lists article summaries, newest article date first.
	Articles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, error)
	// Search runs a full-text query over titles and texts and returns the
	// best matches first. The query is words, optionally "quoted phrases";
	// an empty query is ErrInvalid.
	Search(ctx context.Context, q string, p Page) ([]SearchHit, error)

	// Events lists events (one per article mention), newest day first.
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// MergedEvents lists GDELT-style merged events, newest day first.
	MergedEvents(ctx context.Context, f EventFilter) ([]MergedEvent, error)
	// Timeline counts the events between two actors per day or week.
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)
	// Network returns the weighted actor graph of events in a period,
	// heaviest edges first.
	Network(ctx context.Context, q NetworkQuery) ([]Edge, error)

	// Places aggregates geolocated events by place (or by country) for
	// a map, most events first.
	Places(ctx context.Context, q PlaceQuery) ([]PlaceCount, error)

	// Quotes lists quotes, newest article date first.
	Quotes(ctx context.Context, f QuoteFilter) ([]Quote, error)
	// Findings lists findings, newest article date first.
	Findings(ctx context.Context, f FindingFilter) ([]Finding, error)
	// Story returns a story with its member articles, or ErrNotFound.
	Story(ctx context.Context, id string) (*Story, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store. Calls after Close return ErrClosed.
	Close() error
}

// PutResult says what one Put did.
type PutResult struct {
	Stored     []string // ids of newly stored articles, in input order
	Duplicates []string // ids skipped because they were already stored
	// NearDuplicates are the newly stored articles that joined an
	// existing story (a near-duplicate of an earlier article).
	NearDuplicates []string
}

// Page selects a window of results. Limit 0 means DefaultLimit; a
// negative Limit means no limit (exports).
type Page struct {
	Limit  int
	Offset int
}

// Check returns an error matching ErrInvalid for a negative offset.
func (p Page) Check() error {
	if p.Offset < 0 {
		return fmt.Errorf("%w: negative offset %d", ErrInvalid, p.Offset)
	}
	return nil
}

// SQLLimit returns the LIMIT to use: DefaultLimit for 0, -1 (none) for a
// negative limit.
func (p Page) SQLLimit() int {
	switch {
	case p.Limit == 0:
		return DefaultLimit
	case p.Limit < 0:
		return -1
	}
	return p.Limit
}

// Period is a closed range of calendar days; a zero From or To leaves
// that end open.
type Period struct {
	From, To time.Time
}

// Check returns ErrInvalid when From is after To.
func (p Period) Check() error {
	if !p.From.IsZero() && !p.To.IsZero() && p.From.After(p.To) {
		return fmt.Errorf("%w: from %s is after to %s", ErrInvalid, Day(p.From), Day(p.To))
	}
	return nil
}

// Day formats t as a calendar day, "2006-01-02"; "" for the zero time.
func Day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// ParseDay parses a day written 2006-01-02, 2006-01 (the first of the
// month) or 2006 (January 1st). "" gives the zero time.
func ParseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.IsZero() {
				// 0001-01-01 is the zero time, which means "no date":
				// a filter from it would silently filter nothing
				return time.Time{}, fmt.Errorf("%w: date %q: out of range", ErrInvalid, s)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: date %q: want YYYY-MM-DD", ErrInvalid, s)
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Period        // article date
	Actor  string // articles with an entity of this KB id or name
	Story  string // articles of this story
	Page
}

// EventFilter selects events or merged events. Empty fields match
// everything. Actor matches either side; Source and Target one side;
// Dyad (both set) matches A→B and B→A.
type EventFilter struct {
	Period        // event day
	Actor  string // source or target (KB id or name as stored)
	Source string
	Target string
	Dyad   [2]string
	// Code matches a CAMEO code or any code below it: "19" matches
	// "190" and "193".
	Code      string
	QuadClass int    // 1–4, 0 for any
	Article   string // events of one article
	// Factual drops negated and hypothetical events.
	Factual bool
	Page
}

// Check validates the filter.
func (f EventFilter) Check() error {
	if err := f.Period.Check(); err != nil {
		return err
	}
	if err := f.Page.Check(); err != nil {
		return err
	}
	if f.QuadClass < 0 || f.QuadClass > 4 {
		return fmt.Errorf("%w: quad class %d (want 1–4)", ErrInvalid, f.QuadClass)
	}
	if (f.Dyad[0] == "") != (f.Dyad[1] == "") {
		return fmt.Errorf("%w: dyad needs two actors", ErrInvalid)
	}
	return nil
}

// Intervals for TimelineQuery.Interval.
const (
	Daily  = "day"
	Weekly = "week" // weeks start on Monday
)

// IsCountryCode reports whether an actor id is a country's: three upper
// case letters (ISO 3166 alpha-3, or an X code for a partly recognised
// state).
func IsCountryCode(id string) bool {
	if len(id) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if id[i] < 'A' || id[i] > 'Z' {
			return false
		}
	}
	return true
}

// TimelineQuery asks for the events between A and B over time. When A
// and B are both country codes, an event counts when its actors belong to
// those countries (a prime minister's events count for the country).
type TimelineQuery struct {
	A, B     string
	Directed bool // only A→B; otherwise both directions
	Period
	Interval string // Daily (default) or Weekly
	Factual  bool   // drop negated and hypothetical events
}

// Check validates the query.
func (q TimelineQuery) Check() error {
	if q.A == "" || q.B == "" {
		return fmt.Errorf("%w: timeline needs two actors", ErrInvalid)
	}
	switch q.Interval {
	case "", Daily, Weekly:
	default:
		return fmt.Errorf("%w: interval %q (want %s or %s)", ErrInvalid, q.Interval, Daily, Weekly)
	}
	return q.Period.Check()
}

// A Bucket is one day or week of a timeline. Buckets with no events are
// left out.
type Bucket struct {
	Start         string  `json:"start"` // first day, 2006-01-02
	Events        int     `json:"events"`
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	// Quad counts events per quad class: [0] verbal cooperation,
	// [1] material cooperation, [2] verbal conflict, [3] material conflict.
	Quad        [4]int `json:"quad"`
	Cooperation int    `json:"cooperation"` // quad classes 1 and 2
	Conflict    int    `json:"conflict"`    // quad classes 3 and 4
}

// add counts n events with Goldstein sum g in quad class qc.
func (b *Bucket) add(n int, g float64, qc int) {
	b.Events += n
	b.GoldsteinSum += g
	if qc >= 1 && qc <= 4 {
		b.Quad[qc-1] += n
	}
	b.Cooperation = b.Quad[0] + b.Quad[1]
	b.Conflict = b.Quad[2] + b.Quad[3]
	if b.Events > 0 {
		b.GoldsteinMean = b.GoldsteinSum / float64(b.Events)
	}
}

// A DayCount is one aggregate row a backend computes for a timeline: the
// events of one day and quad class.
type DayCount struct {
	Day          string
	QuadClass    int
	Events       int
	GoldsteinSum float64
}

// Buckets folds per-day counts (in any order) into timeline buckets of
// the given interval, oldest first. Backends compute DayCounts in SQL and
// share this folding.
func Buckets(rows []DayCount, interval string) []Bucket {
	var out []Bucket
	index := map[string]int{}
	for _, r := range rows {
		start := r.Day
		if interval == Weekly {
			if t, err := time.Parse(time.DateOnly, r.Day); err == nil {
				wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
				start = Day(t.AddDate(0, 0, -wd))
			}
		}
		i, ok := index[start]
		if !ok {
			i = len(out)
			index[start] = i
			out = append(out, Bucket{Start: start})
		}
		out[i].add(r.Events, r.GoldsteinSum, r.QuadClass)
	}
	sortBuckets(out)
	return out
}

func sortBuckets(b []Bucket) {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j].Start < b[j-1].Start; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
}

// NetworkQuery asks for the actor graph of a period.
type NetworkQuery struct {
	Period
	Actor     string // only edges touching this actor ("" for all)
	MinEvents int    // drop edges with fewer events
	Limit     int    // heaviest edges kept; 0 means DefaultLimit, <0 all
	Factual   bool
}

// Check validates the query.
func (q NetworkQuery) Check() error { return q.Period.Check() }

// An Edge is the directed events from Source to Target in a period.
type Edge struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	SourceName    string  `json:"source_name"`
	TargetName    string  `json:"target_name"`
	Events        int     `json:"events"`
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	Cooperation   int     `json:"cooperation"`
	Conflict      int     `json:"conflict"`
}

// PlaceQuery asks where events happened in a period.
type PlaceQuery struct {
	Period
	Actor     string // only events with this actor on either side
	Code      string // CAMEO code or prefix
	QuadClass int    // 1–4, 0 for any
	// ByCountry groups by the place's country (ISO3) instead of by place.
	ByCountry bool
	Limit     int // 0 means DefaultLimit, <0 all
}

// Check validates the query.
func (q PlaceQuery) Check() error {
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return fmt.Errorf("%w: quad class %d (want 1–4)", ErrInvalid, q.QuadClass)
	}
	return q.Period.Check()
}

// A PlaceCount is the merged events at one place (or in one country).
// Lat and Lon are the place's coordinates (for a country, the mean of its
// places'). Events counts merged events, Mentions their mentions.
type PlaceCount struct {
	Place         string  `json:"place,omitempty"` // "" when grouped by country
	Country       string  `json:"country"`         // ISO3
	Lat           float64 `json:"lat"`
	Lon           float64 `json:"lon"`
	Events        int     `json:"events"`
	Mentions      int     `json:"mentions"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	Cooperation   int     `json:"cooperation"`
	Conflict      int     `json:"conflict"`
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Period         // article date
	Speaker string // KB id, or a case-insensitive part of the speaker's name
	Article string
	Page
}

// FindingFilter selects findings.
type FindingFilter struct {
	Period         // article date
	Kind    string // doc.Find… constant, "" for any
	Verdict string // doc.Contradicted, doc.Supported, doc.Unverifiable, "" for any
	Article string
	Page
}

// ArticleSummary is an article without its text and analysis.
type ArticleSummary struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Site   string `json:"site,omitempty"`
	Date   string `json:"date"` // 2006-01-02, "" when unknown
	Story  string `json:"story"`
	// Counts of the article's layers.
	Events   int `json:"events"`
	Quotes   int `json:"quotes"`
	Findings int `json:"findings"`
	// Added is when the article was stored (RFC 3339, UTC).
	Added string `json:"added"`
}

// An Article is a stored article with its full analysis.
type Article struct {
	ArticleSummary
	// Analysis is the v1 JSON of doc.Doc.Analysis, exactly as stored.
	Analysis json.RawMessage `json:"analysis"`
}

// Decode decodes the analysis.
func (a *Article) Decode() (*doc.Analysis, error) {
	var an doc.Analysis
	if err := json.Unmarshal(a.Analysis, &an); err != nil {
		return nil, fmt.Errorf("article %s: analysis: %w", a.ID, err)
	}
	return &an, nil
}

// A SearchHit is one full-text match.
type SearchHit struct {
	ArticleSummary
	// Snippet is a short excerpt around the match with matched words
	// between « and ».
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"` // higher is better; comparable within one result
}

// An Event is one coded event as one article reports it.
type Event struct {
	ArticleID string `json:"article_id"`
	Index     int    `json:"index"` // position in the article's events
	// Day is the event date, else the article date (2006-01-02); "" when
	// both are unknown.
	Day string `json:"day"`
	// MergedID is the id of the merged event this mention belongs to
	// (GDELT's GLOBALEVENTID); 0 when Day is unknown.
	MergedID int64 `json:"merged_id"`
	// The article's URL (else its source path), site, when it was
	// stored (RFC 3339) and its length in characters, for exports.
	ArticleSource string `json:"article_source"`
	ArticleSite   string `json:"article_site,omitempty"`
	ArticleAdded  string `json:"article_added"`
	ArticleChars  int    `json:"article_chars"`
	doc.Event
}

// A MergedEvent is one GDELT-style event: every event with the same day,
// source, target and CAMEO code, across articles.
type MergedEvent struct {
	ID            int64   `json:"id"` // GLOBALEVENTID
	Day           string  `json:"day"`
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	SourceName    string  `json:"source_name"`
	TargetName    string  `json:"target_name"`
	SourceCountry string  `json:"source_country"`
	TargetCountry string  `json:"target_country"`
	SourceSector  string  `json:"source_sector"`
	TargetSector  string  `json:"target_sector"`
	Cameo         string  `json:"cameo"`
	Plover        string  `json:"plover"`
	QuadClass     int     `json:"quad_class"`
	Goldstein     float64 `json:"goldstein"`
	NumMentions   int     `json:"num_mentions"`
	NumSources    int     `json:"num_sources"`
	NumArticles   int     `json:"num_articles"`
	// Place of the first mention.
	Place        string  `json:"place"`
	PlaceCountry string  `json:"place_country"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	HasGeo       bool    `json:"has_geo"`
	// IsRoot is true when the first mention was in the article's first
	// paragraph-sized lead (its first three sentences).
	IsRoot bool `json:"is_root"`
	// FirstArticle and FirstSource are the article that first reported
	// the event and its URL or path; Added is when (RFC 3339, UTC).
	FirstArticle string `json:"first_article"`
	FirstSource  string `json:"first_source"`
	Added        string `json:"added"`
}

// A Quote is a quote with its article.
type Quote struct {
	ArticleID string `json:"article_id"`
	Index     int    `json:"index"`
	Date      string `json:"date"` // article date
	doc.Quote
}

// A Finding is a finding with its article.
type Finding struct {
	ArticleID    string `json:"article_id"`
	Index        int    `json:"index"`
	Date         string `json:"date"` // article date
	ArticleTitle string `json:"article_title"`
	ArticleURL   string `json:"article_url,omitempty"`
	doc.Finding
}

// A Story groups near-duplicate articles (wire copies, light edits).
// Its id is the id of its first article.
type Story struct {
	ID       string           `json:"id"`
	Articles []ArticleSummary `json:"articles"`
}

// Stats counts what is stored.
type Stats struct {
	Articles     int `json:"articles"`
	Stories      int `json:"stories"`
	Events       int `json:"events"`
	MergedEvents int `json:"merged_events"`
	Quotes       int `json:"quotes"`
	Findings     int `json:"findings"`
	Entities     int `json:"entities"`
	// SchemaVersion is the highest migration applied.
	SchemaVersion int `json:"schema_version"`
}
