package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/kb/refcheck"
)

// kbPaths is a repeatable --kb flag: KB files stacked on the shipped one.
type kbPaths []string

func (p *kbPaths) String() string     { return strings.Join(*p, ",") }
func (p *kbPaths) Set(s string) error { *p = append(*p, s); return nil }

// openKB returns the shipped KB, or the shipped KB with the files stacked
// on top (later files override earlier ones).
func openKB(paths []string) (*kb.KB, error) {
	if len(paths) == 0 {
		return kb.Default()
	}
	if err := notBinary(paths); err != nil {
		return nil, err
	}
	return kb.Open(paths...)
}

// notBinary reports the first of paths that starts like a binary file
// (a NUL byte in its first 8 KB): KB files are JSON Lines text, and a
// binary file would otherwise be reported as hundreds of malformed lines.
// Missing and unreadable files are left to the KB loader to report.
func notBinary(paths []string) error {
	buf := make([]byte, 8<<10)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		n, _ := io.ReadFull(f, buf)
		f.Close()
		if bytes.IndexByte(buf[:n], 0) >= 0 {
			return fmt.Errorf("%s: binary file, not a KB file (JSON Lines text)", p)
		}
	}
	return nil
}

// A kbCommand is one "sitrep kb SUB" subcommand.
type kbCommand struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

func kbCommands() []kbCommand {
	return []kbCommand{
		{"stats", "count what the KB holds", runKBStats},
		{"lookup", "show an actor, its names and roles (on a date)", runKBLookup},
		{"check", "validate KB files, or compare roles with reference tables", runKBCheck},
		{"import", "convert a public table to KB JSONL", runKBImport},
	}
}

func runKB(ctx context.Context, env *Env, args []string) error {
	subs := kbCommands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := env.Stdout
		if len(args) == 0 {
			w = env.Stderr
		}
		fmt.Fprintln(w, "Usage: sitrep kb SUBCOMMAND [flags] [args]")
		fmt.Fprintln(w, "\nInspects, checks and extends the knowledge base (see docs/kb.md).\n\nSubcommands:")
		for _, s := range subs {
			fmt.Fprintf(w, "  %-7s %s\n", s.name, s.summary)
		}
		if len(args) == 0 {
			return &usageError{cmd: "kb", msg: "missing subcommand"}
		}
		return errHelp
	}
	for _, s := range subs {
		if s.name == args[0] {
			return inSubcommand("kb "+s.name, s.run(ctx, env, args[1:]))
		}
	}
	return &usageError{cmd: "kb", msg: fmt.Sprintf("unknown subcommand %q (want stats, lookup, check or import)", args[0])}
}

func kbWriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func runKBStats(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "kb stats", "kb stats [--kb FILE]... [--json]", "Counts the actors (by kind), names, roles, offices, relations and sources of the KB.")
	var paths kbPaths
	fs.Var(&paths, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := fs.parse(args); err != nil {
		return err
	}
	k, err := openKB(paths)
	if err != nil {
		return err
	}
	st := k.Stats()
	type sourceOut struct {
		Name string  `json:"name"`
		AsOf kb.Date `json:"as_of"`
	}
	var srcs []sourceOut
	for _, s := range k.Sources {
		srcs = append(srcs, sourceOut{s.Name, s.AsOf})
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Name < srcs[j].Name })
	if *asJSON {
		return kbWriteJSON(env.Stdout, struct {
			kb.Stats
			Names       int         `json:"names"`
			SourceAsOfs []sourceOut `json:"source_as_of"`
		}{st, len(k.Names()), srcs})
	}
	w := env.Stdout
	kinds := make([]string, 0, len(st.Actors))
	total := 0
	for kind, n := range st.Actors {
		kinds = append(kinds, kind)
		total += n
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "actors     %7d\n", total)
	for _, kind := range kinds {
		fmt.Fprintf(w, "  %-12s %6d\n", kind, st.Actors[kind])
	}
	fmt.Fprintf(w, "names      %7d (folded, incl. aliases, demonyms, capitals)\n", len(k.Names()))
	fmt.Fprintf(w, "roles      %7d\n", st.Roles)
	fmt.Fprintf(w, "offices    %7d\n", st.Offices)
	fmt.Fprintf(w, "relations  %7d\n", st.Relations)
	fmt.Fprintf(w, "agents     %7d\n", st.Agents)
	fmt.Fprintf(w, "sources    %7d\n", st.Sources)
	for _, s := range srcs {
		fmt.Fprintf(w, "  %-20s as of %s\n", s.Name, s.AsOf)
	}
	return nil
}

// lookupRole is a role in "kb lookup" output.
type lookupRole struct {
	kb.Role
	OfficeName string `json:"office_name,omitempty"`
	Holds      string `json:"holds,omitempty"` // true|unknown on --date
}

// lookupActor is an actor in "kb lookup" output.
type lookupActor struct {
	*kb.Actor
	Roles []lookupRole `json:"roles"`
}

func runKBLookup(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "kb lookup", "kb lookup NAME [--date YYYY-MM-DD] [--kb FILE]... [--json]",
		"Finds actors by id or name (case-, diacritic- and hyphen-insensitive; then last names and prefixes)\nand prints each with its names and roles: all roles, or with --date those held on that day.")
	var paths kbPaths
	fs.Var(&paths, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	dateFlag := fs.String("date", "", "show only roles held on this `day` (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return &usageError{cmd: "kb lookup", msg: "missing NAME"}
	}
	name := strings.Join(pos, " ")
	var day kb.Date
	if *dateFlag != "" {
		day, err = kb.ParseDate(*dateFlag)
		if err != nil || day.Precision() != "day" {
			return &usageError{cmd: "kb lookup", msg: fmt.Sprintf("--date %q: want YYYY-MM-DD", *dateFlag)}
		}
	}
	k, err := openKB(paths)
	if err != nil {
		return err
	}
	found := k.Lookup(name)
	out := make([]lookupActor, 0, len(found))
	for _, a := range found {
		la := lookupActor{Actor: a, Roles: []lookupRole{}}
		for _, r := range k.RolesOf(a.ID) {
			lr := lookupRole{Role: r}
			if o, ok := k.Office(r.Office); ok {
				lr.OfficeName = o.Name
			}
			if !day.IsZero() {
				t := k.Holds(a.ID, r.Office, day)
				if r.Period().Holds(day) == kb.False || t == kb.False {
					continue
				}
				lr.Holds = t.String()
			}
			la.Roles = append(la.Roles, lr)
		}
		out = append(out, la)
	}
	if *asJSON {
		var d *kb.Date
		if !day.IsZero() {
			d = &day
		}
		return kbWriteJSON(env.Stdout, struct {
			Query  string        `json:"query"`
			Date   *kb.Date      `json:"date"`
			Actors []lookupActor `json:"actors"`
		}{name, d, out})
	}
	w := env.Stdout
	if len(out) == 0 {
		fmt.Fprintf(w, "no actor matches %q\n", name)
		return nil
	}
	for i, a := range out {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  %s (%s)\n", a.ID, a.Name, a.Kind)
		if len(a.Aliases) > 0 {
			fmt.Fprintf(w, "  aliases:  %s\n", strings.Join(a.Aliases, "; "))
		}
		if len(a.Demonyms) > 0 {
			fmt.Fprintf(w, "  demonyms: %s\n", strings.Join(a.Demonyms, "; "))
		}
		var facts []string
		add := func(label, v string) {
			if v != "" {
				facts = append(facts, label+" "+v)
			}
		}
		if a.Kind != kb.KindCountry {
			add("country", a.Country)
		}
		add("capital", a.Capital)
		add("cameo", a.CAMEO)
		add("sector", a.Sector)
		add("region", a.Region)
		add("parent", a.Parent)
		add("born", a.Born.String())
		add("died", a.Died.String())
		add("source", a.Source)
		if len(facts) > 0 {
			fmt.Fprintf(w, "  %s\n", strings.Join(facts, ", "))
		}
		switch {
		case len(a.Roles) == 0 && !day.IsZero():
			fmt.Fprintf(w, "  no role on %s\n", day)
		case len(a.Roles) > 0 && !day.IsZero():
			fmt.Fprintf(w, "  roles on %s:\n", day)
		case len(a.Roles) > 0:
			fmt.Fprintln(w, "  roles:")
		}
		for _, r := range a.Roles {
			title := r.Title
			if title == "" {
				title = r.OfficeName
			}
			if title == "" {
				title = r.Office
			}
			line := fmt.Sprintf("    %s  %s", periodText(r.Period()), title)
			var extra []string
			if r.Qualifier != "" {
				extra = append(extra, r.Qualifier)
			}
			if r.EndReason != "" {
				extra = append(extra, "ended: "+r.EndReason)
			}
			if r.Holds == kb.Unknown.String() {
				extra = append(extra, "holds: unknown")
			}
			if len(extra) > 0 {
				line += " (" + strings.Join(extra, "; ") + ")"
			}
			fmt.Fprintln(w, line)
		}
	}
	return nil
}

func periodText(p kb.Period) string {
	s, e := p.Start.String(), p.End.String()
	if s == "" {
		s = "?"
	}
	if e == "" {
		e = "…"
	}
	return s + " – " + e
}

func runKBCheck(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "kb check", "kb check [FILE]... [--gaps] [--against DIR [--coverage [--since DATE]]] [--all] [--json]",
		`Loads the shipped KB with FILEs stacked on top and reports problems with file and line:
load errors (malformed lines, unknown types, duplicate ids, impossible dates, end before
start, unknown persons, offices or sources), then consistency problems (overlapping holders
of a one-holder office, roles outside the holder's life, unknown countries or parents).
With --against DIR (the kb folder of the shared data), it also compares the KB's roles with
the reference tables there and prints the strict and tolerant agreement rates and each
disagreement beyond the tolerance (--all: every disagreement; see docs/kb.md, Quality).
With --coverage it also lists the reference terms since --since (default 2000-01-01) up to
the KB's as-of date on offices the KB models that no KB role covers, those inside an office's
complete range first (each would make a true title "contradicted").
With --gaps it also lists the stretches of more than 30 days since 2000 (up to the as-of date)
that no role covers in the offices the KB promises to list every holder of (heads of state and
government, foreign and defence ministers of the G20, MENA and P5, UN/NATO/EU top posts,
supreme leaders, armed groups' leaders) and inside the complete range of any other one-holder
office; gaps explained in kb/data/gaps.txt are counted, not listed (--all lists them too).
Exits 1 when there is any problem (with --gaps: an unexplained gap or a stale explanation).`)
	against := fs.String("against", "", "compare roles with the reference tables in `dir`")
	all := fs.Bool("all", false, "with --against, also list the disagreements within the transition-act tolerance (with --coverage the excepted missing terms, with --gaps the explained gaps)")
	coverage := fs.Bool("coverage", false, "with --against, also list the reference holders the KB lacks")
	sinceFlag := fs.String("since", "2000-01-01", "with --coverage, the first `day` of the window")
	gaps := fs.Bool("gaps", false, "also list the stretches without a holder in promised and complete one-holder offices; unexplained ones and stale explanations are problems")
	asJSON := fs.Bool("json", false, "print JSON")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if *coverage && *against == "" {
		return &usageError{cmd: "kb check", msg: "--coverage needs --against DIR"}
	}
	since, err := kb.ParseDate(*sinceFlag)
	if err != nil || since.Precision() != "day" {
		return &usageError{cmd: "kb check", msg: fmt.Sprintf("--since %q: want YYYY-MM-DD", *sinceFlag)}
	}
	if err := notBinary(files); err != nil {
		return err
	}
	k, err := kb.Open(files...)
	if err != nil {
		if el, ok := err.(kb.ErrorList); ok {
			if *asJSON {
				return checkJSON(env, el, nil, nil, nil)
			}
			for _, e := range el {
				fmt.Fprintln(env.Stderr, e)
			}
			fmt.Fprintf(env.Stderr, "%d load errors\n", len(el))
			return errSomeFailed
		}
		return err
	}
	problems := k.Check()
	var gapRep *gapReport
	if *gaps {
		if gapRep, err = checkGaps(k); err != nil {
			return err
		}
	}
	var cmp *refReport
	var cov *refcheck.CoverageReport
	if *against != "" {
		cmp, cov, err = compareAgainst(k, *against, *coverage, since)
		if err != nil {
			return err
		}
	}
	if *asJSON {
		if err := checkJSON(env, problems, gapRep, cmp, cov); err != nil {
			return err
		}
	} else {
		for _, e := range problems {
			fmt.Fprintln(env.Stdout, e)
		}
		fmt.Fprintf(env.Stdout, "%d problems\n", len(problems))
		if gapRep != nil {
			gapRep.Print(env.Stdout, *all)
		}
		if cmp != nil {
			cmp.Print(env.Stdout, *all)
		}
		if cov != nil {
			fmt.Fprintln(env.Stdout)
			cov.Print(env.Stdout, *all)
		}
	}
	if len(problems) > 0 || (gapRep != nil && gapRep.Failed()) || (cmp != nil && cmp.Failed()) || (cov != nil && cov.Failed()) {
		return errSomeFailed
	}
	return nil
}

func checkJSON(env *Env, el kb.ErrorList, gaps *gapReport, cmp *refReport, cov *refcheck.CoverageReport) error {
	type problem struct {
		File string `json:"file"`
		Line int    `json:"line"`
		Msg  string `json:"message"`
	}
	ps := make([]problem, 0, len(el))
	for _, e := range el {
		ps = append(ps, problem{e.File, e.Line, e.Msg})
	}
	return kbWriteJSON(env.Stdout, struct {
		Problems   []problem                `json:"problems"`
		Gaps       *gapReport               `json:"gaps,omitempty"`
		Comparison *refReport               `json:"comparison,omitempty"`
		Coverage   *refcheck.CoverageReport `json:"coverage,omitempty"`
	}{ps, gaps, cmp, cov})
}
