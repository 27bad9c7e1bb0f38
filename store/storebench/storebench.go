// Package storebench measures a store.Store on generated data: Generate
// fills a store with a deterministic synthetic event stream (skewed like
// news: a few actors and dyads dominate), and Measure times the queries
// the HTTP API and dashboard make (event filters, dyad timelines, actor
// network, merged events), reporting p50/p95/max per query.
package storebench

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/storetest"
)

// Shape of the generated data.
const (
	EventsPerArticle = 10
	Actors           = 200
	Days             = 5 * 365
	batchArticles    = 500
)

// Start is the first day of generated events.
var Start = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// codes are (CAMEO code, quad class, Goldstein) triples events draw from.
var codes = []struct {
	code      string
	quad      int
	goldstein float64
}{
	{"010", 1, 0}, {"020", 1, 3}, {"036", 1, 4}, {"040", 1, 1}, {"043", 1, 2.8}, {"051", 1, 3.4},
	{"057", 1, 8}, {"061", 2, 6.4}, {"070", 2, 7}, {"073", 2, 7.4}, {"111", 3, -2}, {"112", 3, -2},
	{"130", 3, -4.4}, {"138", 3, -7}, {"163", 4, -8}, {"173", 4, -5}, {"180", 4, -9}, {"190", 4, -10},
	{"193", 4, -10}, {"195", 4, -10},
}

// Actor returns the id of generated actor i (0 is the most frequent).
func Actor(i int) string { return fmt.Sprintf("A%03d", i) }

// zipf draws actor indexes with a Zipf-like skew.
type gen struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

func newGen(seed uint64) *gen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &gen{r: r, zipf: rand.NewZipf(r, 1.1, 4, Actors-1)}
}

func (g *gen) actor() string { return Actor(int(g.zipf.Uint64())) }

// Generate adds about nEvents events (EventsPerArticle per article) to
// st, in batches, and returns the number of articles stored. Articles are
// numbered from the number already in st, so the data is the same on
// every run and calling Generate again grows the store: to reach N
// events, call Generate(ctx, st, N-stats.Events).
func Generate(ctx context.Context, st store.Store, nEvents int) (int, error) {
	stats, err := st.Stats(ctx)
	if err != nil {
		return 0, err
	}
	first := stats.Articles
	g := newGen(uint64(first) + 1)
	nArticles := (nEvents + EventsPerArticle - 1) / EventsPerArticle
	batch := make([]*doc.Doc, 0, batchArticles)
	stored := 0
	flush := func() error {
		res, err := st.Put(ctx, batch)
		stored += len(res.Stored)
		batch = batch[:0]
		return err
	}
	for i := first; i < first+nArticles; i++ {
		day := Start.AddDate(0, 0, g.r.IntN(Days))
		spec := storetest.DocSpec{
			Title:  fmt.Sprintf("Generated article %d", i),
			Text:   storetest.Text(uint64(i)+1, 30),
			Date:   day.Format(time.DateOnly),
			Site:   fmt.Sprintf("outlet%d.example", g.r.IntN(50)),
			Source: fmt.Sprintf("gen/%d", i),
		}
		for e := 0; e < EventsPerArticle; e++ {
			src, tgt := g.actor(), g.actor()
			for tgt == src {
				tgt = g.actor()
			}
			c := codes[g.r.IntN(len(codes))]
			ev := storetest.EventSpec{Source: src, Target: tgt, Cameo: c.code, Quad: c.quad, Goldstein: c.goldstein,
				Negated: g.r.IntN(20) == 0}
			if g.r.IntN(4) == 0 { // a quarter of events happened a few days before the article
				ev.Date = day.AddDate(0, 0, -1-g.r.IntN(5)).Format(time.DateOnly)
			}
			spec.Events = append(spec.Events, ev)
		}
		batch = append(batch, storetest.NewDoc(spec))
		if len(batch) == batchArticles {
			if err := flush(); err != nil {
				return stored, err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return stored, err
		}
	}
	return stored, nil
}

// A Query is one named query against a store; Run draws its parameters
// from r so that repeated runs hit different actors and periods.
type Query struct {
	Name string
	Run  func(ctx context.Context, st store.Store, r *rand.Rand) error
}

func period(r *rand.Rand, days int) store.Period {
	from := Start.AddDate(0, 0, r.IntN(Days-days))
	return store.Period{From: from, To: from.AddDate(0, 0, days-1)}
}

// popular draws an actor among the 10 most frequent; any among all.
func popular(r *rand.Rand) string  { return Actor(r.IntN(10)) }
func anyActor(r *rand.Rand) string { return Actor(r.IntN(Actors)) }

func dyad(r *rand.Rand) (string, string) {
	a := popular(r)
	b := popular(r)
	for b == a {
		b = popular(r)
	}
	return a, b
}

// Queries are the API's read paths, as the dashboard calls them.
var Queries = []Query{
	{"events actor (page 1)", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Events(ctx, store.EventFilter{Actor: popular(r), Page: store.Page{Limit: 50}})
		return err
	}},
	{"events actor rare", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Events(ctx, store.EventFilter{Actor: anyActor(r), Page: store.Page{Limit: 50}})
		return err
	}},
	{"events source+target+period", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		a, b := dyad(r)
		_, err := st.Events(ctx, store.EventFilter{Source: a, Target: b, Period: period(r, 365), Page: store.Page{Limit: 50}})
		return err
	}},
	{"events dyad", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		a, b := dyad(r)
		_, err := st.Events(ctx, store.EventFilter{Dyad: [2]string{a, b}, Page: store.Page{Limit: 50}})
		return err
	}},
	{"events code+period", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Events(ctx, store.EventFilter{Code: "19", Period: period(r, 30), Page: store.Page{Limit: 50}})
		return err
	}},
	{"events period page 10", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Events(ctx, store.EventFilter{Period: period(r, 90), Page: store.Page{Limit: 50, Offset: 450}})
		return err
	}},
	{"timeline dyad daily", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		a, b := dyad(r)
		_, err := st.Timeline(ctx, store.TimelineQuery{A: a, B: b})
		return err
	}},
	{"timeline dyad weekly 1y factual", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		a, b := dyad(r)
		_, err := st.Timeline(ctx, store.TimelineQuery{A: a, B: b, Interval: store.Weekly, Period: period(r, 365), Factual: true})
		return err
	}},
	{"merged actor", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.MergedEvents(ctx, store.EventFilter{Actor: popular(r), Page: store.Page{Limit: 50}})
		return err
	}},
	{"network 1 week", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Network(ctx, store.NetworkQuery{Period: period(r, 7), Limit: 100})
		return err
	}},
	{"network actor 1 month", func(ctx context.Context, st store.Store, r *rand.Rand) error {
		_, err := st.Network(ctx, store.NetworkQuery{Period: period(r, 30), Actor: popular(r), Limit: 100})
		return err
	}},
}

// A Result is the latency of one query over several runs.
type Result struct {
	Name          string
	Runs          int
	P50, P95, Max time.Duration
}

// Measure runs each query rounds times and returns the latencies.
func Measure(ctx context.Context, st store.Store, rounds int) ([]Result, error) {
	r := rand.New(rand.NewPCG(7, 11))
	var out []Result
	for _, q := range Queries {
		ds := make([]time.Duration, 0, rounds)
		for i := 0; i < rounds; i++ {
			start := time.Now()
			if err := q.Run(ctx, st, r); err != nil {
				return out, fmt.Errorf("%s: %w", q.Name, err)
			}
			ds = append(ds, time.Since(start))
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		out = append(out, Result{Name: q.Name, Runs: rounds, P50: pct(ds, 0.50), P95: pct(ds, 0.95), Max: ds[len(ds)-1]})
	}
	return out, nil
}

// pct returns the p-th quantile (nearest rank) of sorted durations.
func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(ds)))) - 1
	return ds[max(i, 0)]
}
