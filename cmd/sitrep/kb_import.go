package main

import (
	"bytes"
	"context"
	"fmt"

	"os"
	"time"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/kb/importer"
	"github.com/sitrep-project/sitrep/kb/refcheck"
)

// refReport is the result of "kb check --against".
type refReport = refcheck.Report

// compareAgainst compares k's roles with the reference tables in dir,
// and with coverage also lists the reference terms from since to the KB's
// as-of date that k lacks (refcheck.CheckCoverage).
func compareAgainst(k *kb.KB, dir string, coverage bool, since kb.Date) (*refReport, *refcheck.CoverageReport, error) {
	names, err := kb.Default()
	if err != nil {
		return nil, nil, err
	}
	ref, err := refcheck.LoadReference(dir, names)
	if err != nil {
		return nil, nil, err
	}
	exc, err := refcheck.ParseExceptions(bytes.NewReader(kb.ShippedExceptions()), "kb/data/exceptions.txt")
	if err != nil {
		return nil, nil, err
	}
	var cov *refcheck.CoverageReport
	if coverage {
		cov = refcheck.CheckCoverage(k, ref, since, kbAsOf(k), exc)
	}
	return refcheck.Compare(k, ref, exc), cov, nil
}

// kbAsOf returns the latest as-of date of the sources of k's roles: the
// last day the KB speaks for.
func kbAsOf(k *kb.KB) kb.Date {
	var out kb.Date
	seen := map[string]bool{}
	for _, r := range k.Roles() {
		if seen[r.Source] {
			continue
		}
		seen[r.Source] = true
		if d := k.AsOf(r.Source); !d.IsZero() && d.Compare(out) > 0 {
			out = d
		}
	}
	return out
}

func runKBImport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "kb import", "kb import --format FORMAT FILE [--out FILE] [--as-of DATE]",
		`Converts a public table into KB JSON Lines (docs/kb.md), to stack on the shipped KB with --kb.
Formats:
  wikidata-ep     every-politician-scrapers office-holder folders (html_holders21.csv,
                  html_positions.csv); FILE is a CSV, a country folder or a folder of them
  phoenix         PETRARCH/Phoenix actor dictionary (*.actors.txt)
  phoenix-agents  PETRARCH/Phoenix agents dictionary (Phoenix.agents.txt)
  countries       country-codes CSV (ISO alpha-3 and name columns; alpha-2, capital optional)
Actors the shipped KB already has are extended, not replaced. Rows that cannot be converted
are reported on stderr and skipped.`)
	format := fs.String("format", "", "input `format` (wikidata-ep, phoenix, phoenix-agents, countries)")
	out := fs.String("out", "", "write to `file` instead of stdout")
	asOfFlag := fs.String("as-of", "", "as-of `date` of the source (default: from the data, or today)")
	pos, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return &usageError{cmd: "kb import", msg: "want exactly one FILE"}
	}
	asOf := kb.DateOf(time.Now().UTC())
	if *asOfFlag != "" {
		if asOf, err = kb.ParseDate(*asOfFlag); err != nil {
			return &usageError{cmd: "kb import", msg: fmt.Sprintf("--as-of: %v", err)}
		}
	}
	base, err := kb.Default()
	if err != nil {
		return err
	}
	path := pos[0]
	var recs *importer.Records
	switch *format {
	case "wikidata-ep":
		recs, err = importer.WikidataEP(path, base, base)
		if err == nil && *asOfFlag != "" {
			for i := range recs.Sources {
				recs.Sources[i].AsOf = asOf
			}
		}
	case "phoenix", "phoenix-agents", "countries":
		f, ferr := os.Open(path)
		if ferr != nil {
			return ferr
		}
		defer f.Close()
		if fi, serr := f.Stat(); serr == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
			return fmt.Errorf("%s: empty file", path)
		}
		switch *format {
		case "phoenix":
			recs, err = importer.Phoenix(f, path, asOf, base)
		case "phoenix-agents":
			recs, err = importer.PhoenixAgents(f, path, asOf)
		default:
			recs, err = importer.Countries(f, path, asOf, base)
		}
	case "":
		return &usageError{cmd: "kb import", msg: "missing --format"}
	default:
		return &usageError{cmd: "kb import", msg: fmt.Sprintf("unknown format %q (want wikidata-ep, phoenix, phoenix-agents or countries)", *format)}
	}
	if err != nil {
		return err
	}
	for i, s := range recs.Skipped {
		if i == 20 {
			fmt.Fprintf(env.Stderr, "… and %d more skipped rows\n", len(recs.Skipped)-20)
			break
		}
		fmt.Fprintln(env.Stderr, "skipped:", s)
	}
	if len(recs.Actors)+len(recs.Offices)+len(recs.Roles)+len(recs.Relations)+len(recs.Agents) == 0 {
		return fmt.Errorf("%s: nothing imported: no row could be read as %s (%d rows skipped)", path, *format, len(recs.Skipped))
	}
	sink, err := openSink(env, *out)
	if err != nil {
		return err
	}
	if err := sink.finish(recs.Write(sink)); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "imported %d actors, %d offices, %d roles, %d agents (%d rows skipped)\n",
		len(recs.Actors), len(recs.Offices), len(recs.Roles), len(recs.Agents), len(recs.Skipped))
	return nil
}
