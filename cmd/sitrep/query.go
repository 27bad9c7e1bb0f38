package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/backend"
)

const queryAbout = `
Queries a store filled by "sitrep ingest". WHAT is one of:

  articles   articles, newest first (--actor, --from, --to, --story)
  search     full-text search over titles and texts (-q "words or \"a phrase\"")
  events     events as articles report them (--actor, --source, --target,
             --dyad A,B, --code, --quad, --from, --to, --factual)
  merged     GDELT-style merged events with mention/source/article counts
  timeline   events between two actors per day or week (--dyad A,B, --interval)
  network    weighted actor graph (--from, --to, --actor, --min)
  places     where geolocated events happened (--from, --to, --actor, --code)
  quotes     quotes (--speaker, --from, --to)
  findings   findings (--kind, --verdict, --from, --to)
  article    one article's full analysis (--id): the report, or v1 JSON
  story      the near-duplicate articles of one story (--story)
  stats      what the store holds

Actors are KB ids or names as stored. Dates are YYYY-MM-DD. Output is a
table, or JSON with --json (an array; article prints the v1 analysis).`

// queryFlags are the filters every query kind draws from.
type queryFlags struct {
	store                               *string
	actor, source, target, dyad, code   *string
	from, to, speaker, kind, verdict, q *string
	id, story, interval                 *string
	quad, limit, offset, min            *int
	factual, directed, json             *bool
}

func runQuery(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "query", "query WHAT [flags]", queryAbout)
	var f queryFlags
	f.store = storeFlag(fs, env)
	f.actor = fs.String("actor", "", "events or articles involving `ACTOR` (either side)")
	f.source = fs.String("source", "", "events whose source is `ACTOR`")
	f.target = fs.String("target", "", "events whose target is `ACTOR`")
	f.dyad = fs.String("dyad", "", "events between `A,B` (both directions)")
	f.code = fs.String("code", "", "CAMEO `code` or prefix (19 matches 190–196)")
	f.quad = fs.Int("quad", 0, "quad class 1–4 (verbal/material cooperation, verbal/material conflict)")
	f.from = fs.String("from", "", "first `day` (YYYY-MM-DD)")
	f.to = fs.String("to", "", "last `day` (YYYY-MM-DD)")
	f.speaker = fs.String("speaker", "", "quotes by `SPEAKER` (KB id or part of the name)")
	f.kind = fs.String("kind", "", "findings of this `kind` (role_mismatch, speaker_deceased, …)")
	f.verdict = fs.String("verdict", "", "findings with this `verdict` (contradicted, supported, unverifiable)")
	f.q = fs.String("q", "", "full-text `query` for search")
	f.id = fs.String("id", "", "article `id` for article")
	f.story = fs.String("story", "", "articles of this story `id`")
	f.interval = fs.String("interval", "day", "timeline buckets: day or week")
	f.min = fs.Int("min", 1, "network: drop edges with fewer events")
	f.limit = fs.Int("limit", store.DefaultLimit, "at most `N` results (-1 for all)")
	f.offset = fs.Int("offset", 0, "skip the first `N` results")
	f.factual = fs.Bool("factual", false, "drop negated and hypothetical events")
	f.directed = fs.Bool("directed", false, "timeline: only A→B")
	f.json = fs.Bool("json", false, "print JSON")
	pos, err := fs.parse(args)
	if err != nil {
		return err
	}
	usage := func(format string, a ...any) error {
		return &usageError{cmd: "query", msg: fmt.Sprintf(format, a...)}
	}
	if len(pos) == 0 {
		return usage("want one of articles, search, events, merged, timeline, network, places, quotes, findings, article, story, stats")
	}
	if len(pos) > 1 {
		return usage("unexpected argument %q after %q (filters are flags, e.g. --actor %s)", pos[1], pos[0], pos[1])
	}
	run, ok := queryKinds[pos[0]]
	if !ok {
		return usage("unknown query %q: want one of articles, search, events, merged, timeline, network, places, quotes, findings, article, story, stats", pos[0])
	}
	if *f.limit == 0 || *f.limit < -1 {
		// The store reads 0 as its default page and any negative as all.
		return usage("--limit %d: want a positive number, or -1 for all", *f.limit)
	}
	period, err := f.period()
	if err != nil {
		return usage("%v", err)
	}
	st, err := openExistingStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	v, table, err := run(ctx, st, &f, period)
	if errors.Is(err, store.ErrInvalid) {
		return usage("%v", err)
	}
	if err != nil {
		return err
	}
	if *f.json || table == nil {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	if pos[0] == "article" { // a report, not a table
		table(env.Stdout)
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	table(tw)
	return tw.Flush()
}

func (f *queryFlags) period() (store.Period, error) {
	var p store.Period
	var err error
	if p.From, err = store.ParseDay(*f.from); err != nil {
		return p, fmt.Errorf("--from: %w", err)
	}
	if p.To, err = store.ParseDay(*f.to); err != nil {
		return p, fmt.Errorf("--to: %w", err)
	}
	return p, p.Check()
}

func (f *queryFlags) page() store.Page { return store.Page{Limit: *f.limit, Offset: *f.offset} }

func (f *queryFlags) dyadPair() ([2]string, error) {
	if *f.dyad == "" {
		return [2]string{}, nil
	}
	a, b, ok := strings.Cut(*f.dyad, ",")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !ok || a == "" || b == "" {
		return [2]string{}, fmt.Errorf("%w: --dyad %q: want two actors, A,B", store.ErrInvalid, *f.dyad)
	}
	return [2]string{a, b}, nil
}

func (f *queryFlags) events(p store.Period) (store.EventFilter, error) {
	dyad, err := f.dyadPair()
	return store.EventFilter{Period: p, Actor: *f.actor, Source: *f.source, Target: *f.target, Dyad: dyad,
		Code: *f.code, QuadClass: *f.quad, Factual: *f.factual, Page: f.page()}, err
}

// A queryKind runs one query and returns the value for --json and a
// function writing it as a table (nil: JSON only).
type queryKind func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error)

var queryKinds = map[string]queryKind{
	"articles": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		as, err := st.Articles(ctx, store.ArticleFilter{Period: p, Actor: *f.actor, Story: *f.story, Page: f.page()})
		return as, func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tID\tEVENTS\tQUOTES\tFINDINGS\tTITLE")
			for _, a := range as {
				fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%s\n", dash(a.Date), a.ID, a.Events, a.Quotes, a.Findings, clipText(a.Title, 70))
			}
		}, err
	},
	"search": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		if *f.q == "" {
			return nil, nil, fmt.Errorf("%w: search needs -q", store.ErrInvalid)
		}
		hs, err := st.Search(ctx, *f.q, f.page())
		return hs, func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tID\tTITLE\tSNIPPET")
			for _, h := range hs {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", dash(h.Date), h.ID, clipText(h.Title, 40), clipText(oneLine(h.Snippet), 80))
			}
		}, err
	},
	"events": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		ef, err := f.events(p)
		if err != nil {
			return nil, nil, err
		}
		es, err := st.Events(ctx, ef)
		return es, func(w io.Writer) {
			fmt.Fprintln(w, "DAY\tSOURCE\tTARGET\tCAMEO\tQUAD\tGOLDSTEIN\tFLAGS\tARTICLE")
			for _, e := range es {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%+.1f\t%s\t%s\n", dash(e.Day), dash(e.Source), dash(e.Target), e.Cameo, e.QuadClass, e.Goldstein, eventFlags(e), e.ArticleID)
			}
		}, err
	},
	"merged": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		ef, err := f.events(p)
		if err != nil {
			return nil, nil, err
		}
		ms, err := st.MergedEvents(ctx, ef)
		return ms, func(w io.Writer) {
			fmt.Fprintln(w, "ID\tDAY\tSOURCE\tTARGET\tCAMEO\tGOLDSTEIN\tMENTIONS\tSOURCES\tARTICLES")
			for _, m := range ms {
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%+.1f\t%d\t%d\t%d\n", m.ID, m.Day, dash(m.Source), dash(m.Target), m.Cameo, m.Goldstein, m.NumMentions, m.NumSources, m.NumArticles)
			}
		}, err
	},
	"timeline": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		d, err := f.dyadPair()
		if err != nil {
			return nil, nil, err
		}
		if d[0] == "" {
			return nil, nil, fmt.Errorf("%w: timeline needs --dyad A,B", store.ErrInvalid)
		}
		bs, err := st.Timeline(ctx, store.TimelineQuery{A: d[0], B: d[1], Directed: *f.directed, Period: p, Interval: *f.interval, Factual: *f.factual})
		return bs, func(w io.Writer) {
			fmt.Fprintln(w, "START\tEVENTS\tCOOPERATION\tCONFLICT\tGOLDSTEIN SUM\tMEAN")
			for _, b := range bs {
				fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%+.1f\t%+.2f\n", b.Start, b.Events, b.Cooperation, b.Conflict, b.GoldsteinSum, b.GoldsteinMean)
			}
		}, err
	},
	"network": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		es, err := st.Network(ctx, store.NetworkQuery{Period: p, Actor: *f.actor, MinEvents: *f.min, Limit: *f.limit, Factual: *f.factual})
		return es, func(w io.Writer) {
			fmt.Fprintln(w, "SOURCE\tTARGET\tEVENTS\tCOOPERATION\tCONFLICT\tGOLDSTEIN MEAN")
			for _, e := range es {
				fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%+.2f\n", e.Source, e.Target, e.Events, e.Cooperation, e.Conflict, e.GoldsteinMean)
			}
		}, err
	},
	"places": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		ps, err := st.Places(ctx, store.PlaceQuery{Period: p, Actor: *f.actor, Code: *f.code, QuadClass: *f.quad, Limit: *f.limit})
		return ps, func(w io.Writer) {
			fmt.Fprintln(w, "PLACE\tCOUNTRY\tLAT\tLON\tEVENTS\tMENTIONS\tCONFLICT\tGOLDSTEIN MEAN")
			for _, x := range ps {
				fmt.Fprintf(w, "%s\t%s\t%.2f\t%.2f\t%d\t%d\t%d\t%+.2f\n", dash(x.Place), dash(x.Country), x.Lat, x.Lon, x.Events, x.Mentions, x.Conflict, x.GoldsteinMean)
			}
		}, err
	},
	"quotes": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		qs, err := st.Quotes(ctx, store.QuoteFilter{Period: p, Speaker: *f.speaker, Page: f.page()})
		return qs, func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tSPEAKER\tQUOTE\tARTICLE")
			for _, q := range qs {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", dash(q.Date), dash(clipText(q.Speaker.Name, 30)), clipText(oneLine(q.Text), 80), q.ArticleID)
			}
		}, err
	},
	"findings": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		fs, err := st.Findings(ctx, store.FindingFilter{Period: p, Kind: *f.kind, Verdict: *f.verdict, Page: f.page()})
		return fs, func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tKIND\tVERDICT\tCLAIM\tARTICLE")
			for _, x := range fs {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", dash(x.Date), x.Kind, x.Verdict, clipText(oneLine(x.Claim), 70), x.ArticleID)
			}
		}, err
	},
	"article": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		if *f.id == "" {
			return nil, nil, fmt.Errorf("%w: article needs --id", store.ErrInvalid)
		}
		a, err := st.Article(ctx, *f.id)
		if err != nil {
			return nil, nil, err
		}
		return a.Analysis, func(w io.Writer) {
			an, err := a.Decode()
			if err != nil {
				fmt.Fprintf(w, "article %s: stored analysis unreadable: %v\n", *f.id, err)
				return
			}
			writeReport(w, docFromAnalysis(an), false)
		}, nil
	},
	"story": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		id := *f.story
		if id == "" {
			id = *f.id
		}
		if id == "" {
			return nil, nil, fmt.Errorf("%w: story needs --story ID (a story's id is its first article's)", store.ErrInvalid)
		}
		s, err := st.Story(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		return s, func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tID\tSITE\tTITLE")
			for _, a := range s.Articles {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", dash(a.Date), a.ID, dash(a.Site), clipText(a.Title, 70))
			}
		}, nil
	},
	"stats": func(ctx context.Context, st store.Store, f *queryFlags, p store.Period) (any, func(io.Writer), error) {
		s, err := st.Stats(ctx)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "articles\t%d\nstories\t%d\nevents\t%d\nmerged events\t%d\nquotes\t%d\nfindings\t%d\nentities\t%d\nschema version\t%d\n",
				s.Articles, s.Stories, s.Events, s.MergedEvents, s.Quotes, s.Findings, s.Entities, s.SchemaVersion)
		}, err
	},
}

func eventFlags(e store.Event) string {
	var f []string
	if e.Negated {
		f = append(f, "negated")
	}
	if e.Hypothetical {
		f = append(f, "hypothetical")
	}
	if e.Alleged {
		f = append(f, "alleged")
	}
	return dash(strings.Join(f, ","))
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clipText shortens s to at most n runes, marking the cut with "…".
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// openExistingStore opens the store at url for reading. Unlike
// backend.Open it does not create a missing SQLite file: a mistyped
// --store would otherwise leave an empty database behind and answer
// "nothing found".
func openExistingStore(ctx context.Context, url string) (store.Store, error) {
	if path, ok := sqlitePath(url); ok && path != ":memory:" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("store %s does not exist (fill it with: sitrep ingest --store %s PATH...)", path, path)
		}
	}
	return backend.Open(ctx, url)
}

// sqlitePath returns the file path of a SQLite store URL as backend.Open
// reads it; ok is false for PostgreSQL URLs.
func sqlitePath(url string) (path string, ok bool) {
	if strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://") {
		return "", false
	}
	if url == "" {
		return backend.Default, true
	}
	for _, prefix := range []string{"sqlite://", "sqlite:", "file:"} {
		if rest, found := strings.CutPrefix(url, prefix); found {
			return rest, true
		}
	}
	return url, true
}

// docFromAnalysis rebuilds, from a stored v1 analysis, the Doc fields the
// report reads, so that a stored article prints as "sitrep analyze" does.
func docFromAnalysis(a *doc.Analysis) *doc.Doc {
	d := &doc.Doc{
		ID: a.ID, Source: a.Source, Format: a.Format, Title: a.Title, URL: a.URL,
		Author: a.Author, Site: a.Site, Meta: a.Meta, DateSource: a.DateSource, Text: a.Text,
		Repairs: a.Repairs, Paragraphs: a.Paragraphs, Sentences: a.Sentences,
		Quotes: a.Quotes, Times: a.Times, Places: a.Places, Events: a.Events, Topics: a.Topics,
		Findings: a.Findings, DateWindow: a.DateWindow, Sourcing: a.Sourcing, Warnings: a.Warnings,
	}
	if a.Date != nil {
		if t, err := time.Parse(time.DateOnly, *a.Date); err == nil {
			d.Date = t
		}
	}
	for i, e := range a.Entities {
		ent := doc.Entity{Name: e.Name, Type: e.Type, Country: e.Country}
		if e.ID != nil {
			ent.KBID = *e.ID
		}
		for _, m := range e.Mentions {
			ent.Mentions = append(ent.Mentions, len(d.Mentions))
			d.Mentions = append(d.Mentions, doc.Mention{Span: m.Span, Text: m.Text, Type: e.Type, KBID: ent.KBID,
				Entity: i, Title: m.Title, How: m.How, Role: -1})
		}
		d.Entities = append(d.Entities, ent)
	}
	for _, l := range []doc.Layer{doc.LayerText, doc.LayerRepairs, doc.LayerDate, doc.LayerParagraphs, doc.LayerSentences,
		doc.LayerMentions, doc.LayerQuotes, doc.LayerTimes, doc.LayerPlaces, doc.LayerEvents, doc.LayerTopics, doc.LayerFindings} {
		d.Fill(l)
	}
	return d
}
