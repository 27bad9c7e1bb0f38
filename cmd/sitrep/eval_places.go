package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
)

func evalPlacesKind() evalKind {
	return evalKind{"places", "toponyms on GeoVirus or LGL (span P/R/F1, accuracy@161km, median error km)", runEvalPlaces}
}

const evalPlacesAbout = `
Runs segmentation, mentions and the places stage over the articles of a
geoparsing corpus (GeoVirus or LGL XML) and scores the places found:
toponym recognition by span overlap (precision, recall, F1) and, over the
gold toponyms found that have gold coordinates, resolution accuracy
within 161 km and the median and mean error in km.`

func runEvalPlaces(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval places", "eval places --format geovirus|lgl [--json] [--errors N [--context N]] [--kb FILE]... FILE", evalPlacesAbout)
	format := fs.String("format", "geovirus", "gold `format`: geovirus or lgl")
	asJSON := fs.Bool("json", false, "print the score as JSON")
	showErrors := fs.Int("errors", 0, "also print up to `n` missed, spurious and far-off toponyms")
	ctxw := fs.Int("context", 0, "with --errors, show `N` bytes of text on each side of each")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	var read func(io.Reader, string) ([]eval.GeoArticle, error)
	switch *format {
	case "geovirus":
		read = eval.ReadGeoVirus
	case "lgl":
		read = eval.ReadLGL
	default:
		return &usageError{cmd: "eval places", msg: fmt.Sprintf("--format %q: want geovirus or lgl", *format)}
	}
	if len(paths) != 1 {
		return &usageError{cmd: "eval places", msg: "give one corpus XML file"}
	}
	f, err := os.Open(paths[0])
	if err != nil {
		return err
	}
	defer f.Close()
	articles, err := read(f, paths[0])
	if errors.Is(err, io.EOF) {
		// The decoder met no element at all: an empty or non-XML file.
		return fmt.Errorf("%s: no XML element: empty or not %s XML", paths[0], *format)
	}
	if err != nil {
		return err
	}
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	g, err := geo.New(k)
	if err != nil {
		return err
	}
	p, err := pipeline.New([]doc.Layer{doc.LayerText}, segment.New(), mention.New(k, mention.Options{}), geo.NewStage(g))
	if err != nil {
		return err
	}
	var s eval.GeoScore
	shown := 0
	for i := range articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		a := &articles[i]
		// The gold offsets point into the corpus text, so it is the
		// document text as is (no normalisation).
		d := &doc.Doc{Text: a.Text, Source: fmt.Sprintf("%s#%d", paths[0], i+1)}
		d.Fill(doc.LayerText)
		if err := p.Run(d, nil); err != nil {
			return fmt.Errorf("%s: article %d: %w", paths[0], i+1, err)
		}
		diff := s.Add(a, d.Places)
		for _, m := range diff.Missed {
			if shown < *showErrors {
				fmt.Fprintf(env.Stderr, "%s\tmissed\t%s\n", d.Source, m.Name)
				printContext(env.Stderr, d.Text, m.Span, *ctxw)
				shown++
			}
		}
		for _, sp := range diff.Spurious {
			if shown < *showErrors {
				fmt.Fprintf(env.Stderr, "%s\tspurious\t%s\t%s\n", d.Source, d.Slice(sp.Span), sp.Country)
				printContext(env.Stderr, d.Text, sp.Span, *ctxw)
				shown++
			}
		}
		for _, far := range diff.Far {
			if shown < *showErrors {
				fmt.Fprintf(env.Stderr, "%s\tfar\t%s\t%s %s\t%.0f km\n", d.Source, far.Gold.Name, far.Place.Kind, far.Place.ID, far.Km)
				printContext(env.Stderr, d.Text, far.Gold.Span, *ctxw)
				shown++
			}
		}
	}
	s.Finish()
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := env.Stdout
	fmt.Fprintf(w, "articles          %d\n", s.Articles)
	fmt.Fprintf(w, "gold toponyms     %d (%d without coordinates, %d realigned)\n", s.Gold, s.Unresolved, s.Realigned)
	fmt.Fprintf(w, "system places     %d\n", s.System)
	fmt.Fprintf(w, "found             %d (%d exact spans)\n", s.Found, s.Exact)
	fmt.Fprintf(w, "precision         %.3f\nrecall            %.3f\nF1                %.3f\n", s.Precision, s.Recall, s.F1)
	fmt.Fprintf(w, "resolved          %d\naccuracy@161km    %.3f\nmedian error km   %.1f\nmean error km     %.1f\n", s.Resolved, s.AccuracyAt, s.MedianKm, s.MeanKm)
	fmt.Fprintf(w, "not countries     %d resolved, accuracy@161km %.3f\n", s.ResolvedNonCountry, s.AccuracyNonCountry)
	return nil
}
