package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
)

const evalQuotesAbout = `
Scores the quotes stage against attribution gold in brat standoff format
(PolNeAR, PARC-style): each .ann file under DIR with its .txt (the same
name, or the PolNeAR layout of text/ beside attributions/; files of two
annotators are scored one by one, which averages them).

Each text is segmented, run through the mentions stage over the shipped
KB (as the analysis pipeline does) and then the quotes stage;
--mentions=false leaves the mentions layer out, so speakers come from
the text alone.
Reported: content-span overlap P/R/F1 over all quotes and over direct
quotes (gold content starting with a quote mark), and speaker accuracy
over the found gold attributions that have a source. --errors N prints
the first N disagreements.

--json prints a JSON array instead: one object per DIR (and one named
"total" when there are several) with the counts, the content P/R/F1 (all
and direct), speaker accuracy and the unresolved and unnamed speaker
counts. With --json, --errors writes the disagreements to stderr, so
stdout stays one JSON document.`

func evalQuotesKind() evalKind {
	return evalKind{name: "quotes", summary: "quotes: content overlap F1 (all, direct) and speaker accuracy", run: runEvalQuotes}
}

func runEvalQuotes(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval quotes", "eval quotes [--format brat] [--mentions=false] [--json] [--errors N] DIR...", evalQuotesAbout)
	format := fs.String("format", "brat", "gold format: brat")
	asJSON := fs.Bool("json", false, "print the scores as JSON (with --errors, the disagreements go to stderr)")
	nerr := fs.Int("errors", 0, "print the first `N` disagreements of each DIR")
	withMentions := fs.Bool("mentions", true, "run the mentions stage (shipped KB) before quotes, as the pipeline does")
	dirs, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return &usageError{cmd: "eval quotes", msg: "missing DIR"}
	}
	if *format != "brat" {
		return &usageError{cmd: "eval quotes", msg: fmt.Sprintf("unknown --format %q (want brat)", *format)}
	}
	stage := quote.New()
	var ment pipeline.Stage
	if *withMentions {
		k, err := kb.Default()
		if err != nil {
			return fmt.Errorf("eval quotes: shipped KB: %w", err)
		}
		ment = mention.New(k, mention.Options{})
	}
	// with --json, stdout carries only the JSON document
	diffw := env.Stdout
	if *asJSON {
		diffw = env.Stderr
	}
	var total eval.QuoteScore
	var rows []quoteRow
	for _, dir := range dirs {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.ReadBratDir(dir)
		if err != nil {
			return err
		}
		var s eval.QuoteScore
		shown := 0
		for _, bd := range docs {
			d := &doc.Doc{Source: bd.Name, Text: bd.Text}
			d.Fill(doc.LayerText)
			if err := segment.New().Process(d); err != nil {
				return fmt.Errorf("%s: %w", bd.Name, err)
			}
			if ment != nil {
				if err := ment.Process(d); err != nil {
					return fmt.Errorf("%s: %w", bd.Name, err)
				}
			}
			if err := stage.Process(d); err != nil {
				return fmt.Errorf("%s: %w", bd.Name, err)
			}
			ds, diffs := eval.ScoreQuotes(bd.Text, bd.Attributions, d.Quotes)
			s.Add(ds)
			for _, df := range diffs {
				if shown >= *nerr {
					break
				}
				shown++
				printQuoteDiff(diffw, bd, df)
			}
		}
		if *asJSON {
			rows = append(rows, quoteRowOf(dir, s))
		} else {
			printQuoteScore(env.Stdout, dir, s)
		}
		total.Add(s)
	}
	if len(dirs) > 1 {
		if *asJSON {
			rows = append(rows, quoteRowOf("total", total))
		} else {
			printQuoteScore(env.Stdout, "total", total)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	return nil
}

// A quoteRow is the JSON form of one DIR's (or the total's) quote score:
// every number printQuoteScore prints, and the match counts behind them.
type quoteRow struct {
	Path              string   `json:"path"`
	Docs              int      `json:"docs"`
	Gold              int      `json:"gold"`
	GoldFound         int      `json:"gold_found"`
	GoldDirect        int      `json:"gold_direct"`
	GoldDirectFound   int      `json:"gold_direct_found"`
	System            int      `json:"system"`
	SystemRight       int      `json:"system_right"`
	SystemDirect      int      `json:"system_direct"`
	SystemDirectRight int      `json:"system_direct_right"`
	Content           scorePRF `json:"content"`
	Direct            scorePRF `json:"content_direct"`
	SpeakerAccuracy   float64  `json:"speaker_accuracy"`
	SpeakersRight     int      `json:"speakers_right"`
	Speakers          int      `json:"speakers"` // found gold attributions with a source
	Unresolved        int      `json:"unresolved"`
	Unnamed           int      `json:"unnamed"`
}

func quoteRowOf(path string, s eval.QuoteScore) quoteRow {
	return quoteRow{
		Path: path, Docs: s.Docs,
		Gold: s.Gold, GoldFound: s.GoldFound, GoldDirect: s.GoldDirect, GoldDirectFound: s.GoldDirFound,
		System: s.System, SystemRight: s.SystemRight, SystemDirect: s.SysDirect, SystemDirectRight: s.SysDirectRight,
		Content:         newScorePRF(s.ContentPRF()),
		Direct:          newScorePRF(s.DirectPRF()),
		SpeakerAccuracy: s.SpeakerAccuracy(),
		SpeakersRight:   s.SpeakersRight,
		Speakers:        s.Speakers,
		Unresolved:      s.Unresolved,
		Unnamed:         s.Unnamed,
	}
}

func printQuoteScore(w io.Writer, name string, s eval.QuoteScore) {
	cp, cr, cf := s.ContentPRF()
	dp, dr, df := s.DirectPRF()
	fmt.Fprintf(w, "%s: %d docs, %d gold attributions (%d direct), %d system quotes (%d direct)\n", name, s.Docs, s.Gold, s.GoldDirect, s.System, s.SysDirect)
	fmt.Fprintf(w, "  content (all)     P %.3f  R %.3f  F1 %.3f\n", cp, cr, cf)
	fmt.Fprintf(w, "  content (direct)  P %.3f  R %.3f  F1 %.3f\n", dp, dr, df)
	fmt.Fprintf(w, "  speaker accuracy  %.3f  (%d of %d found attributions with a source)\n", s.SpeakerAccuracy(), s.SpeakersRight, s.Speakers)
	fmt.Fprintf(w, "  system speakers   %d unresolved, %d unnamed sources\n", s.Unresolved, s.Unnamed)
}

func printQuoteDiff(w io.Writer, bd *eval.BratDoc, d eval.QuoteDiff) {
	clip := func(s string) string {
		s = strings.ReplaceAll(s, "\n", " ")
		if len(s) > 90 {
			s = s[:90] + "…"
		}
		return s
	}
	span := func(sp []doc.Span) string {
		var b []string
		for _, x := range sp {
			b = append(b, bd.Text[x.Start:x.End])
		}
		return strings.Join(b, " … ")
	}
	switch {
	case d.System == nil:
		fmt.Fprintf(w, "%s\tmissed\t%q\tsource %q\n", bd.Name, clip(span(d.Gold.Content)), span(d.Gold.Source))
	case d.Gold == nil:
		fmt.Fprintf(w, "%s\tspurious\t%s\t%q\tspeaker %q (%s)\n", bd.Name, d.System.Kind, clip(d.System.Text), d.System.Speaker.Name, d.System.Speaker.Kind)
	default:
		fmt.Fprintf(w, "%s\tspeaker\t%q\tgold %q\tsystem %q (%s, %q)\n", bd.Name, clip(span(d.Gold.Content)), span(d.Gold.Source), d.System.Speaker.Name, d.System.Speaker.Kind, bd.Text[d.System.Speaker.Span.Start:d.System.Speaker.Span.End])
	}
}
