package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/pipeline"
)

func evalClaimsKind() evalKind {
	return evalKind{"claims", "verification precision/recall on true and mutated KB facts (--mutate)", runEvalClaims}
}

const evalClaimsAbout = `
Generates news sentences from true facts in the KB (who held which office
when, who died when, relation events between states) and from mutated ones
(the article date moved outside the term, an office the person never held,
a quote after the speaker's death, a holder of an abolished office, a
relation event that cannot have happened), runs the full analysis on each,
and reports the precision and recall of "contradicted" findings and the
false-flag rate on the true facts.`

func runEvalClaims(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval claims", "eval claims --mutate [flags]", evalClaimsAbout)
	mutate := fs.Bool("mutate", false, "generate true and mutated claims from the KB (the only mode)")
	n := fs.Int("n", 60, "cases of each kind to generate")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same cases")
	asJSON := fs.Bool("json", false, "print the score as JSON")
	misses := fs.Int("misses", 10, "print up to `N` misses (uncaught mutations, flagged true facts)")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	if _, err := fs.parse(args); err != nil {
		return err
	}
	if !*mutate {
		return &usageError{cmd: "eval claims", msg: "give --mutate (claims are generated from the KB)"}
	}
	if *n < 1 {
		return &usageError{cmd: "eval claims", msg: "-n must be at least 1"}
	}
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		return err
	}
	cases := eval.GenerateClaims(k, *seed, *n)
	score, err := eval.ScoreClaims(cases, func(d *doc.Doc) error { return p.Run(d, nil) })
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(score)
	}
	w := env.Stdout
	fmt.Fprintf(w, "true facts      %d   flagged %d (false-flag rate %.3f)\n", score.True, score.FalseFlags, score.FalseFlagRate)
	fmt.Fprintf(w, "mutated facts   %d   caught %d (of the expected kind %d)\n", score.Mutated, score.Caught, score.CaughtKind)
	fmt.Fprintf(w, "precision       %.3f\nrecall          %.3f\n\n", score.Precision, score.Recall)
	var kinds []string
	for k := range score.ByMutation {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintln(w, "mutation            n  caught  recall")
	for _, k := range kinds {
		m := score.ByMutation[k]
		fmt.Fprintf(w, "%-17s %4d %7d %7.3f\n", k, m.N, m.Caught, float64(m.Caught)/float64(m.N))
	}
	for i, m := range score.Misses {
		if i >= *misses {
			fmt.Fprintf(w, "… and %d more misses (--misses N or --json)\n", len(score.Misses)-i)
			break
		}
		what := "MISSED " + m.Case.Mutation
		if m.Case.Mutation == "" {
			what = "FLAGGED true fact"
		}
		fmt.Fprintf(w, "\n%s (%s, article date %s)\n  %s\n", what, m.Case.Fact, m.Case.Date.Format("2006-01-02"), m.Case.Text)
		for _, f := range m.Findings {
			fmt.Fprintf(w, "  - %s\n", f)
		}
	}
	return nil
}
