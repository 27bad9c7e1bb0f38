package main

import (
	"context"
	"fmt"
	"sort"
)

// An evalKind is one "sitrep eval KIND" scorer.
type evalKind struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// evalKinds lists the scorers; each lives in its own eval_KIND.go file.
func evalKinds() []evalKind {
	return []evalKind{
		evalTimexKind(),
		evalQuotesKind(),
		evalEventsKind(),
		evalNERKind(),
		evalClaimsKind(),
		evalTopicsKind(),
		evalPlacesKind(),
	}
}

func runEval(ctx context.Context, env *Env, args []string) error {
	kinds := evalKinds()
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].name < kinds[j].name })
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		w := env.Stdout
		if len(args) == 0 {
			w = env.Stderr
		}
		fmt.Fprintln(w, "Usage: sitrep eval KIND [flags] PATH...")
		fmt.Fprintln(w, "\nScores sitrep against public gold data and prints precision, recall and F1.\n\nKinds:")
		for _, k := range kinds {
			fmt.Fprintf(w, "  %-8s %s\n", k.name, k.summary)
		}
		if len(args) == 0 {
			return &usageError{cmd: "eval", msg: "missing KIND"}
		}
		return errHelp
	}
	for _, k := range kinds {
		if k.name == args[0] {
			return inSubcommand("eval "+k.name, k.run(ctx, env, args[1:]))
		}
	}
	return &usageError{cmd: "eval", msg: fmt.Sprintf("unknown kind %q", args[0])}
}
