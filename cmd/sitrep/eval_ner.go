package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/mention"
)

const evalNERAbout = `
Scores the mentions stage against named-entity gold data, entity by entity
(exact span and type), for PER, ORG and LOC. Each PATH (a file or a
directory) is read in the given format and scored on its own, then all
together:

  conll     token and tag columns: IOB1 (wikigold), IOB2 (re3d) or bare
            types (GUM); -DOCSTART- separates documents
  meantime  NewsReader MEANTIME CAT XML: named entity mentions (NAM, and
            PRE.NAM: a name as a premodifier, "US" in "the US automaker")

The text is rebuilt from the gold tokens and the gold sentences are used.
sitrep's types map as person → PER, organization and armed_group → ORG,
country and place → LOC; demonyms ("Israeli") are MISC. Not scored: MISC
(gold MISC spans, and system spans equal to one), gold spans without a
capitalised word (GUM and re3d annotate common nouns such as "the hospital
lab"), lone pronouns, and leading "the"/"a" in gold spans.

Rows: per type and micro (exact span and type); untyped (exact span, any
type); overlap (same type, spans overlap: a relaxed score for corpora that
put titles inside names, "Foreign Secretary Boris Johnson").

--titles scores person spans by the convention of corpora that put titles
and honorifics inside person names (re3d, MEANTIME): each person mention is
widened over the title the stage recorded for it when the title stands
right before the name, over honorifics, ranks and capitalised occupations
right before it ("Mr", "Lt Gen", "Spokeswoman"; not acronyms such as "CEO")
and over a country word right before the title ("Russian Foreign Minister
Lavrov"). The stage's output is the same; only the span
convention changes. Wikigold (CoNLL) leaves titles out: score it without.

--demonyms-loc scores demonyms and country adjectives ("American",
"Canadian") as LOC mentions of the country, as MEANTIME annotates them;
by default (CoNLL) they are MISC and not scored.

--actors-org scores a country that stands for its state acting (the
subject of a verb of saying or doing, "Iraq faces", "the United States
and Iraq signed"; the party a verb addresses; a possessive) and a capital
read as its government ("Tehran denied") as ORG, as re3d annotates them;
the country as a place ("in Iraq") stays LOC. CoNLL and MEANTIME keep
every country a LOC: score them without. GUM is inconsistent ("North
Korea fired" is an organisation, "South Korea had started" a place).

--join-places scores "City, State" and "City, Country" ("Mobile, Alabama")
as one LOC span, as MEANTIME annotates them (not in lists: "Paris, London
and Rome").

--proper-only scores only gold spans that are proper names, for corpora
that annotate every nominal mention and flatten nested ones (GUM: "the
Chinese government", "fishermen"; re3d: "Syrian refugees", "the people
of Syria"). A gold span's head is its last word, or the last word before
its first post-modifier (of, for, in, at, on, from, with, to, by, under,
near, who, which, that, whose, a comma, a parenthesis, a dash). The span is
kept when the head begins with a capital letter, unless the head is the
first word of its sentence and the document never writes it capitalised
elsewhere ("Fishermen said"); an all-caps head ("NASA") is always kept.
Other gold spans are not scored, and a system span equal to one or inside
one counts neither way (GUM flattens nested names: "Aceh" in "the coast of
Aceh, Indonesia" has no gold span of its own); nor does a system span of
another type strictly inside a scored one ("Civic Party" in "Claudia Mo of
the Civic Party": the conversion dropped the nested name). A system span
of the same type inside one is a boundary error and counts. Without the
flag every gold span with a capitalised word is scored.

--descriptors scores person and organisation spans with the descriptive
noun phrase written right before the name, as MEANTIME and GUM annotate
the whole noun phrase: an occupation or a kind of firm ("musician
Tiziano Lugli", "automaker GM"), the lowercase modifiers before it ("car
manufacturer") and a name before those ("US car manufacturer General
Motors", "Facebook creator Mark Zuckerberg"; that name stays a mention of
its own). A determiner, preposition, verb or comma ends the phrase.
CoNLL and re3d leave such phrases out.

Each corpus's own convention: wikigold (CoNLL) no flags; MEANTIME
--titles --demonyms-loc --join-places --descriptors; re3d --proper-only
--titles --actors-org; GUM --proper-only --titles --join-places
--descriptors.`

func evalNERKind() evalKind {
	return evalKind{name: "ner", summary: "named entities: exact-match P/R/F1 for PER, ORG, LOC", run: runEvalNER}
}

type nerRow struct {
	Path     string                        `json:"path"`
	Docs     int                           `json:"docs"`
	Types    map[string]map[string]float64 `json:"types"`
	Micro    map[string]float64            `json:"micro"`
	Untyped  map[string]float64            `json:"untyped"`
	Overlap  map[string]float64            `json:"overlap"`
	Seconds  float64                       `json:"seconds"`
	Patterns int                           `json:"-"`
}

func runEvalNER(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval ner", "eval ner [--format conll|meantime] [--titles] [--demonyms-loc] [--join-places] [--actors-org] [--descriptors] [--proper-only] [--json] [--errors N] [--kb FILE]... PATH...", evalNERAbout)
	format := fs.String("format", "conll", "gold format: conll or meantime")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	titles := fs.Bool("titles", false, "widen person spans over their title, honorifics and country word (the convention of re3d and MEANTIME)")
	demLOC := fs.Bool("demonyms-loc", false, "score demonyms (\"American\") as LOC mentions of their country, as MEANTIME annotates them (default: MISC, as CoNLL)")
	actors := fs.Bool("actors-org", false, "score a country or capital that acts as a state (\"The UK stands by Iraq\") as ORG, as re3d and GUM annotate it (default: LOC, as CoNLL and MEANTIME)")
	descr := fs.Bool("descriptors", false, "widen person and organisation spans over the descriptive noun phrase before the name (\"US automaker GM\", \"musician Tiziano Lugli\"), as MEANTIME and GUM annotate them")
	join := fs.Bool("join-places", false, "score \"City, State\" as one LOC span, as MEANTIME annotates it")
	proper := fs.Bool("proper-only", false, "score only gold spans headed by a proper name (for GUM and re3d, which annotate common-noun mentions too and flatten nested ones)")
	nerr := fs.Int("errors", 0, "print the first `N` disagreements of each PATH, with the text around each")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "stack a KB `FILE` on the shipped KB (repeatable)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return &usageError{cmd: "eval ner", msg: "missing PATH"}
	}
	if *format != "conll" && *format != "meantime" {
		return &usageError{cmd: "eval ner", msg: fmt.Sprintf("unknown --format %q (want conll or meantime)", *format)}
	}
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	st := mention.New(k, mention.Options{})
	total := eval.NewNERScore()
	var rows []nerRow
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.ReadNERPath(path, *format)
		if err != nil {
			return err
		}
		if len(docs) == 0 {
			return fmt.Errorf("%s: no %s documents found", path, *format)
		}
		t0 := time.Now()
		score := eval.NewNERScore()
		shown := 0
		for _, nd := range docs {
			if *proper {
				eval.ProperOnly(nd)
			}
			d := &doc.Doc{Text: nd.Text, Sentences: nd.Sentences}
			d.Fill(doc.LayerText)
			d.Fill(doc.LayerSentences)
			if err := st.Process(d); err != nil {
				return fmt.Errorf("%s: %w", nd.Name, err)
			}
			s, diffs := eval.ScoreNER(nd.Text, nd.Gold, eval.SystemNER(d.Text, d.Mentions, eval.SystemOptions{Titles: *titles, DemonymsLOC: *demLOC, JoinPlaces: *join, ActorsORG: *actors, Descriptors: *descr}))
			score.Add(s)
			for _, df := range diffs {
				if shown >= *nerr {
					break
				}
				shown++
				fmt.Fprintf(env.Stdout, "%s\t%d\tgold=%-4s sys=%-4s %q\t%s\n", nd.Name, df.Span.Start, df.Gold, df.System, df.Text, errorContext(nd.Text, df.Span))
			}
		}
		rows = append(rows, nerRowOf(path, score, time.Since(t0)))
		total.Add(score)
	}
	if len(paths) > 1 {
		rows = append(rows, nerRowOf("total", total, 0))
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	for i, r := range rows {
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		printNERRow(env.Stdout, r)
	}
	return nil
}

// errorContext returns the text around sp on one line, the span in
// brackets: up to 40 bytes either side, cut at rune boundaries.
func errorContext(text string, sp doc.Span) string {
	lo, hi := max(sp.Start-40, 0), min(sp.End+40, len(text))
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	s := text[lo:sp.Start] + "[" + text[sp.Start:sp.End] + "]" + text[sp.End:hi]
	return strings.Join(strings.Fields(s), " ")
}

func prfMap(c eval.NERCounts) map[string]float64 {
	p, r, f := c.PRF()
	return map[string]float64{"p": p, "r": r, "f1": f, "tp": float64(c.TP), "fp": float64(c.FP), "fn": float64(c.FN)}
}

func nerRowOf(path string, s *eval.NERScore, dur time.Duration) nerRow {
	r := nerRow{Path: path, Docs: s.Docs, Types: map[string]map[string]float64{}, Micro: prfMap(s.Micro()), Untyped: prfMap(s.Untyped), Overlap: prfMap(s.Overlap), Seconds: dur.Seconds()}
	for _, t := range eval.NERTypes {
		r.Types[t] = prfMap(*s.ByType[t])
	}
	return r
}

func printNERRow(w io.Writer, r nerRow) {
	fmt.Fprintf(w, "%s: %d docs\n", r.Path, r.Docs)
	fmt.Fprintf(w, "  %-8s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	line := func(name string, m map[string]float64) {
		fmt.Fprintf(w, "  %-8s %6.3f %6.3f %6.3f %6.0f %6.0f %6.0f\n", name, m["p"], m["r"], m["f1"], m["tp"], m["fp"], m["fn"])
	}
	for _, t := range eval.NERTypes {
		line(t, r.Types[t])
	}
	line("micro", r.Micro)
	line("untyped", r.Untyped)
	line("overlap", r.Overlap)
}
