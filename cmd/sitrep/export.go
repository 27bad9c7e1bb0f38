package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/sitrep-project/sitrep/export"
	"github.com/sitrep-project/sitrep/store"
)

const exportAbout = `
Writes what a store holds in a format other tools read:

  gdelt           GDELT 2.0 event records (TSV, the 61 codebook columns;
                  one row per merged event: day, source, target, CAMEO code)
  gdelt-mentions  GDELT 2.0 mention records (TSV, 16 columns; one row per
                  event as an article reports it)
  csv             events as CSV with a header
  jsonl           the v1 analysis of each article, one per line
  claimreview     schema.org ClaimReview JSON-LD of contradicted findings

Filters narrow the export: events by --actor, --source, --target, --dyad,
--code, --quad, --from, --to; articles by --actor, --from, --to; findings
by --kind, --from, --to (--verdict to export other verdicts). With --out
the file is written atomically: complete, or not at all.`

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "export --format FORMAT [flags]", exportAbout)
	storeURL := storeFlag(fs, env)
	format := fs.String("format", "", "gdelt, gdelt-mentions, csv, jsonl or claimreview")
	out := fs.String("out", "", "write to `FILE` (atomically) instead of stdout")
	header := fs.Bool("header", false, "gdelt, gdelt-mentions: write a header row of codebook column names")
	author := fs.String("author", "sitrep", "claimreview: the `organisation` publishing the reviews")
	actor := fs.String("actor", "", "events or articles involving `ACTOR`")
	source := fs.String("source", "", "events whose source is `ACTOR`")
	target := fs.String("target", "", "events whose target is `ACTOR`")
	dyad := fs.String("dyad", "", "events between `A,B` (both directions)")
	code := fs.String("code", "", "CAMEO `code` or prefix")
	quad := fs.Int("quad", 0, "quad class 1–4")
	from := fs.String("from", "", "first `day` (YYYY-MM-DD)")
	to := fs.String("to", "", "last `day` (YYYY-MM-DD)")
	factual := fs.Bool("factual", false, "drop negated and hypothetical events")
	kind := fs.String("kind", "", "claimreview: findings of this `kind`")
	verdict := fs.String("verdict", "contradicted", "claimreview: findings with this `verdict`")
	pos, err := fs.parse(args)
	if err != nil {
		return err
	}
	usage := func(format string, a ...any) error {
		return &usageError{cmd: "export", msg: fmt.Sprintf(format, a...)}
	}
	if len(pos) > 0 {
		return usage("unexpected argument %q (the format is --format)", pos[0])
	}
	qf := queryFlags{from: from, to: to, dyad: dyad}
	period, err := qf.period()
	if err != nil {
		return usage("%v", err)
	}
	pair, err := qf.dyadPair()
	if err != nil {
		return usage("%v", err)
	}
	ef := store.EventFilter{Period: period, Actor: *actor, Source: *source, Target: *target, Dyad: pair,
		Code: *code, QuadClass: *quad, Factual: *factual}
	if err := ef.Check(); err != nil {
		return usage("%v", err)
	}
	var write func(st store.Store, w io.Writer) error
	switch *format {
	case "gdelt":
		write = func(st store.Store, w io.Writer) error { return export.GDELTEvents(ctx, st, ef, *header, w) }
	case "gdelt-mentions":
		write = func(st store.Store, w io.Writer) error { return export.GDELTMentions(ctx, st, ef, *header, w) }
	case "csv":
		write = func(st store.Store, w io.Writer) error { return export.EventsCSV(ctx, st, ef, w) }
	case "jsonl":
		af := store.ArticleFilter{Period: period, Actor: *actor}
		write = func(st store.Store, w io.Writer) error { return export.JSONL(ctx, st, af, w) }
	case "claimreview":
		ff := store.FindingFilter{Period: period, Kind: *kind, Verdict: *verdict}
		today := time.Now().UTC().Format(time.DateOnly)
		write = func(st store.Store, w io.Writer) error { return export.ClaimReviews(ctx, st, ff, *author, today, w) }
	case "":
		return usage("missing --format (gdelt, gdelt-mentions, csv, jsonl or claimreview)")
	default:
		return usage("unknown --format %q (want gdelt, gdelt-mentions, csv, jsonl or claimreview)", *format)
	}
	st, err := openExistingStore(ctx, *storeURL)
	if err != nil {
		return err
	}
	defer st.Close()
	sink, err := openSink(env, *out)
	if err != nil {
		return err
	}
	err = write(st, sink)
	if errors.Is(err, store.ErrInvalid) {
		sink.finish(err)
		return usage("%v", err)
	}
	return sink.finish(err)
}
