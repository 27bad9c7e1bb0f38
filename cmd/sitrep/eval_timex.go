package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/timex"
)

const evalTimexAbout = `
Scores the times stage (timex.Find) against temporal gold corpora. Each DIR
is read in the given format and scored on its own, then all together:

  timeml    TimeML .tml files (TimeBank, AQUAINT, TempEval-3); the article
            date is the TIMEX3 with functionInDocument="CREATION_TIME"
  meantime  NewsReader MEANTIME CAT XML files; the article date is the
            document's CREATION_TIME TIMEX3

Reported: strict extent P/R/F1 (same span), relaxed extent P/R/F1
(overlapping spans), value accuracy (share of relaxed matches with the
gold TIMEX3 value) and value P/R/F1 (a hit needs an overlapping extent and
the same value; only equivalent notations are equated: 199X = 199,
2000-W7 = 2000-W07, P2.5Y = P2Y6M). --errors N prints the first N
disagreements per DIR; --context N adds N bytes of text around each and
the article date.

--json prints a JSON array instead: one object per DIR (and one named
"total" when there are several) with the counts, each measure's P/R/F1,
value accuracy and type accuracy. With --json, --errors writes the
disagreements to stderr, so stdout stays one JSON document.`

func evalTimexKind() evalKind {
	return evalKind{name: "timex", summary: "temporal expressions: extent F1 and TIMEX3 value F1", run: runEvalTimex}
}

func runEvalTimex(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval timex", "eval timex [--format timeml|meantime] [--json] [--errors N [--context N]] DIR...", evalTimexAbout)
	format := fs.String("format", "timeml", "gold format: timeml or meantime")
	asJSON := fs.Bool("json", false, "print the scores as JSON (with --errors, the disagreements go to stderr)")
	nerr := fs.Int("errors", 0, "print the first `N` disagreements of each DIR")
	ctxw := fs.Int("context", 0, "with --errors, show `N` bytes of text on each side and the article date")
	dirs, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return &usageError{cmd: "eval timex", msg: "missing DIR"}
	}
	if *format != "timeml" && *format != "meantime" {
		return &usageError{cmd: "eval timex", msg: fmt.Sprintf("unknown --format %q (want timeml or meantime)", *format)}
	}
	// with --json, stdout carries only the JSON document
	diffw := env.Stdout
	if *asJSON {
		diffw = env.Stderr
	}
	var total eval.TimexScore
	var rows []timexRow
	// seasons are read where the dateline is, as the times stage of the
	// pipeline reads them
	k, err := kb.Default()
	if err != nil {
		return err
	}
	south := geo.MustNew(k).DatelineSouth
	for _, dir := range dirs {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.ReadTimexDir(dir, *format)
		if err != nil {
			return err
		}
		var s eval.TimexScore
		shown := 0
		for _, td := range docs {
			find := timex.Find
			if south(td.Text) {
				find = timex.FindSouth
			}
			sys := find(td.Text, td.DCT)
			ds, diffs := eval.ScoreTimexes(td.Gold, sys, td.Ignore)
			s.Add(ds)
			for _, d := range diffs {
				if shown >= *nerr {
					break
				}
				shown++
				printTimexDiff(diffw, td, d, *ctxw)
			}
		}
		if *asJSON {
			rows = append(rows, timexRowOf(dir, s))
		} else {
			printTimexScore(env.Stdout, dir, s)
		}
		total.Add(s)
	}
	if len(dirs) > 1 {
		if *asJSON {
			rows = append(rows, timexRowOf("total", total))
		} else {
			printTimexScore(env.Stdout, "total", total)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	return nil
}

// A scorePRF is one measure's precision, recall and F1 in the JSON form
// of the eval commands.
type scorePRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func newScorePRF(p, r, f float64) scorePRF { return scorePRF{P: p, R: r, F1: f} }

// A timexRow is the JSON form of one DIR's (or the total's) timex score:
// every number printTimexScore prints, and the match counts behind them.
type timexRow struct {
	Path           string   `json:"path"`
	Docs           int      `json:"docs"`
	Gold           int      `json:"gold"`
	System         int      `json:"system"`
	StrictMatches  int      `json:"strict_matches"`
	RelaxedMatches int      `json:"relaxed_matches"`
	ValueMatches   int      `json:"value_matches"`
	TypeMatches    int      `json:"type_matches"`
	Strict         scorePRF `json:"strict_extent"`
	Relaxed        scorePRF `json:"relaxed_extent"`
	Value          scorePRF `json:"value"`
	ValueAccuracy  float64  `json:"value_accuracy"`
	TypeAccuracy   float64  `json:"type_accuracy"`
}

func timexRowOf(path string, s eval.TimexScore) timexRow {
	return timexRow{
		Path: path, Docs: s.Docs, Gold: s.Gold, System: s.System,
		StrictMatches: s.Strict, RelaxedMatches: s.Relaxed, ValueMatches: s.Value, TypeMatches: s.Type,
		Strict:        newScorePRF(s.StrictPRF()),
		Relaxed:       newScorePRF(s.RelaxedPRF()),
		Value:         newScorePRF(s.ValuePRF()),
		ValueAccuracy: s.ValueAccuracy(),
		TypeAccuracy:  s.TypeAccuracy(),
	}
}

func printTimexScore(w io.Writer, name string, s eval.TimexScore) {
	sp, sr, sf := s.StrictPRF()
	rp, rr, rf := s.RelaxedPRF()
	vp, vr, vf := s.ValuePRF()
	fmt.Fprintf(w, "%s: %d docs, %d gold, %d system\n", name, s.Docs, s.Gold, s.System)
	fmt.Fprintf(w, "  strict extent   P %.3f  R %.3f  F1 %.3f\n", sp, sr, sf)
	fmt.Fprintf(w, "  relaxed extent  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(w, "  value           P %.3f  R %.3f  F1 %.3f  accuracy %.3f  (type accuracy %.3f)\n", vp, vr, vf, s.ValueAccuracy(), s.TypeAccuracy())
}

func printTimexDiff(w io.Writer, td *eval.TimexDoc, d eval.TimexDiff, ctxw int) {
	name := td.Name
	switch {
	case d.System == nil:
		fmt.Fprintf(w, "%s\tmissed\t%q\t%s %s\n", name, d.Gold.Text, d.Gold.Type, d.Gold.Value)
	case d.Gold == nil:
		fmt.Fprintf(w, "%s\tspurious\t%q\t%s %s\n", name, d.System.Text, d.System.Type, d.System.Value)
	default:
		fmt.Fprintf(w, "%s\tdiffers\t%q\t%s %s\t→ %q\t%s %s\n", name, d.Gold.Text, d.Gold.Type, d.Gold.Value, d.System.Text, d.System.Type, d.System.Value)
	}
	if ctxw <= 0 {
		return
	}
	sp := d.System
	if d.Gold != nil {
		sp = d.Gold
	}
	dct := "unknown"
	if !td.DCT.IsZero() {
		dct = td.DCT.Format("2006-01-02 Mon")
	}
	fmt.Fprintf(w, "\t[%s] %q\n", dct, around(td.Text, sp.Span, ctxw))
}

// around returns sp's text with up to n bytes of text on each side.
func around(text string, sp doc.Span, n int) string {
	return text[max(sp.Start-n, 0):min(sp.End+n, len(text))]
}

// printContext prints, when n > 0, an indented line with sp's text and up
// to n bytes on each side: the context of an --errors line.
func printContext(w io.Writer, text string, sp doc.Span, n int) {
	if n > 0 {
		fmt.Fprintf(w, "\t%q\n", around(text, sp, n))
	}
}
