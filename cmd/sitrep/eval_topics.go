package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/event"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/topic"
)

func evalTopicsKind() evalKind {
	return evalKind{"topics", "topic labels on AG News (World vs rest F1, 4-class accuracy)", runEvalTopics}
}

const evalTopicsAbout = `
Classifies AG News items (title and description) into World, Sports,
Business and Sci/Tech from sitrep's topic evidence (themes, and the
countries and places named) and reports accuracy, per-class
precision/recall/F1 and the World-vs-rest F1. --rows even|odd scores
one half of the file (a development half and a held-out half); --errors N
prints misclassified items with their class scores and evidence.`

func runEvalTopics(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval topics", "eval topics [--format agnews] [--rows all|even|odd] [--json] [--errors N] [--kb FILE]... FILE", evalTopicsAbout)
	format := fs.String("format", "agnews", "gold `format`: agnews")
	asJSON := fs.Bool("json", false, "print the score as JSON")
	showErrors := fs.Int("errors", 0, "also print up to `n` misclassified items (line, gold, predicted, class scores, evidence, text)")
	rows := fs.String("rows", "all", "score `rows` all, even or odd (by item position, first item even): a development half and a held-out half")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if *format != "agnews" {
		return &usageError{cmd: "eval topics", msg: fmt.Sprintf("--format %q: want agnews", *format)}
	}
	if len(paths) != 1 {
		return &usageError{cmd: "eval topics", msg: "give one AG News CSV file"}
	}
	if _, err := eval.AGRows(nil, *rows); err != nil {
		return &usageError{cmd: "eval topics", msg: "--" + err.Error()}
	}
	f, err := os.Open(paths[0])
	if err != nil {
		return err
	}
	defer f.Close()
	items, err := eval.ReadAGNews(f, paths[0])
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return fmt.Errorf("%s: no AG News items found (want CSV rows: class,title,description)", paths[0])
	}
	items, _ = eval.AGRows(items, *rows) // checked above
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	top := topic.New(k)
	// The stages topics read, as in the analysis pipeline: mentions,
	// places and events.
	p, err := pipeline.New(nil, textnorm.NewStage(), segment.New(), timex.New(), mention.New(k, mention.Options{}),
		geo.NewStage(geo.MustNew(k)), event.New(k, event.DefaultDict()))
	if err != nil {
		return err
	}
	gold := make([]string, len(items))
	pred := make([]string, len(items))
	cs := make([][4]float64, len(items))
	failed := 0
	why := make([]string, len(items))
	for i, it := range items {
		d := &doc.Doc{Raw: it.Text(), Source: fmt.Sprintf("%s:%d", paths[0], it.Line)}
		if err := p.Run(d, nil); err != nil {
			// One item's failure (a stage's bug) is reported; the item
			// is classified from the layers made before it and the
			// others go on.
			fmt.Fprintf(env.Stderr, "sitrep eval topics: %v\n", err)
			failed++
		}
		cs[i] = top.ClassScores(d)
		if *showErrors > 0 {
			why[i] = top.Score(d).String()
		}
		gold[i], pred[i] = it.Class, topic.Best(cs[i])
	}
	if *showErrors > 0 {
		n := 0
		for i, it := range items {
			if gold[i] == pred[i] {
				continue
			}
			if n++; n > *showErrors {
				break
			}
			c := cs[i]
			fmt.Fprintf(env.Stderr, "%s:%d\tgold %s\tpred %s\tW %.1f S %.1f B %.1f T %.1f\t%s\t%s\n", paths[0], it.Line, gold[i], pred[i], c[0], c[1], c[2], c[3], why[i], strings.Replace(it.Text(), "\n\n", " | ", 1))
		}
	}
	s := eval.ScoreTopics(gold, pred)
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			return err
		}
		return failedErr(failed)
	}
	w := env.Stdout
	fmt.Fprintf(w, "items     %d\naccuracy  %.3f\n\n", s.Items, s.Accuracy)
	fmt.Fprintln(w, "class            gold  pred  correct      P      R     F1")
	for _, c := range append(s.Classes, s.World) {
		fmt.Fprintf(w, "%-15s %5d %5d %8d  %.3f  %.3f  %.3f\n", c.Class, c.Gold, c.Predicted, c.Correct, c.Precision, c.Recall, c.F1)
	}
	return failedErr(failed)
}

// failedErr is the error of an evaluation in which n items failed in the
// pipeline, nil when none did.
func failedErr(n int) error {
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%d item(s) failed in the pipeline (see above); scored from the layers made before the failure", n)
}
