package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/event"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/timex"
)

const evalEventsAbout = `
Scores the events stage against event-coding gold data.

  petrarch  a PETRARCH/TABARI validation suite: records XML (<Sentence>,
            <EventCoding>, <Text>) or its JSON Lines form (.jsonl with id,
            date, text, gold [{source,target,code}]). Reported: exact match
            (the record's triple set equals the gold set), event-triple
            (source, target, CAMEO code) P/R/F1, root-code P/R/F1, crashes.
            Negated events are not counted (they are flagged in analyses).
            The suites use fictional actors: pass their dictionaries with
            --dict petrarch:DIR.
  plover    the PLOVER gold-standard records (JSON array); reported: PLOVER
            category accuracy of the sentence's main coded event (old names
            DEMAND, DISAPPROVE, FIGHT, INVESTIGATE are mapped to the current
            ones).

With the default dictionary, actors come from the KB through the segment
and mention stages; with --dict petrarch:DIR they come from DIR's actor and
agent files. --errors N prints the first N disagreements. --lenient adds an
opt-in petrarch view in which actor codes match by whole three-letter
prefixes (USAGOV ~ USA, ---REB ~ REB) and event codes by parent/child
(084 ~ 0841; "not specified" 190 ~ 194), as PETRARCH's own comparisons
allow; the strict scores remain the headline.

--json prints a JSON array instead: one object per FILE with its path,
its format and the scores the human form prints ("petrarch": exact
match, triple and root-code P/R/F1, counts and crashes, "lenient" with
--lenient, "by_confidence": P, R and the triples kept at each confidence
cut; "plover": accuracy, coded records and per-type correct and total
counts). With --json, --errors and the crash messages go to stderr, so
stdout stays one JSON document.`

func evalEventsKind() evalKind {
	return evalKind{name: "events", summary: "event coding: triple P/R/F1 (petrarch), PLOVER accuracy (plover)", run: runEvalEvents}
}

func runEvalEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval events", "eval events [--format petrarch|plover] [--dict SPEC] [--lenient] [--json] [--errors N] FILE...", evalEventsAbout)
	format := fs.String("format", "petrarch", "gold format: petrarch or plover")
	dictSpec := fs.String("dict", "default", "event dictionary: default, petrarch:DIR, or a pattern file")
	asJSON := fs.Bool("json", false, "print the scores as JSON (with --errors, the disagreements and crash messages go to stderr)")
	nerr := fs.Int("errors", 0, "print the first `N` disagreements")
	lenient := fs.Bool("lenient", false, "petrarch: also print an opt-in lenient view (actor codes and event codes match by prefix, ---REB ~ REB); the strict scores stay the headline")
	files, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return &usageError{cmd: "eval events", msg: "missing FILE"}
	}
	if *format != "petrarch" && *format != "plover" {
		return &usageError{cmd: "eval events", msg: fmt.Sprintf("unknown --format %q (want petrarch or plover)", *format)}
	}
	dict, err := event.OpenDict(*dictSpec)
	if err != nil {
		return err
	}
	r, err := newEventRunner(dict)
	if err != nil {
		return err
	}
	// with --json, stdout carries only the JSON document
	diagw := env.Stdout
	if *asJSON {
		diagw = env.Stderr
	}
	var reports []eventsReport
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		var rep eventsReport
		if *format == "petrarch" {
			// PETRARCH gold is dyadic: an event needs a source and a target
			r.coder.RequireTarget = true
			rep, err = r.petrarch(diagw, file, f, *nerr, *lenient)
		} else {
			// category-only scoring: an event whose source the coder
			// cannot find still has a type
			r.coder.KeepSourceless = true
			rep, err = r.plover(diagw, file, f, *nerr)
		}
		f.Close()
		if err != nil {
			return err
		}
		if *asJSON {
			reports = append(reports, rep)
		} else {
			rep.print(env.Stdout)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(reports)
	}
	return nil
}

// An eventsReport is the score of one gold FILE: Petrarch (with Lenient
// when asked for and ByConfidence) for the petrarch format, Plover for
// the plover format. It is the JSON form; print writes the human form.
type eventsReport struct {
	Path         string             `json:"path"`
	Format       string             `json:"format"`
	Petrarch     *eval.EventScores  `json:"petrarch,omitempty"`
	Lenient      *eval.EventScores  `json:"lenient,omitempty"`
	ByConfidence []confidenceCut    `json:"by_confidence,omitempty"`
	Plover       *eval.PloverScores `json:"plover,omitempty"`
}

// A confidenceCut scores the triples whose event confidence is at least
// Min: what a consumer keeps when it filters on the confidence.
type confidenceCut struct {
	Min  float64 `json:"min"`
	P    float64 `json:"precision"`
	R    float64 `json:"recall"`
	Kept int     `json:"kept"` // predicted triples at or above Min
}

func (rep eventsReport) print(w io.Writer) {
	if s := rep.Petrarch; s != nil {
		fmt.Fprintf(w, "%s: %d records, %d gold triples\n", rep.Path, s.Records, s.GoldTriples)
		fmt.Fprintf(w, "  exact match   %d/%d = %.3f\n", s.Exact, s.Records, s.ExactRate)
		fmt.Fprintf(w, "  triples       P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", s.P, s.R, s.F1, s.TP, s.FP, s.FN)
		fmt.Fprintf(w, "  root codes    P %.3f  R %.3f  F1 %.3f\n", s.RootP, s.RootR, s.RootF1)
		fmt.Fprintf(w, "  crashes       %d\n", s.Crashes)
		if l := rep.Lenient; l != nil {
			fmt.Fprintf(w, "  lenient view  exact %.3f  triples P %.3f  R %.3f  F1 %.3f  (actor and event codes by prefix)\n", l.ExactRate, l.P, l.R, l.F1)
		}
		fmt.Fprintf(w, "  by confidence")
		for _, c := range rep.ByConfidence {
			fmt.Fprintf(w, "  ≥%.1f P %.3f R %.3f (%d)", c.Min, c.P, c.R, c.Kept)
		}
		fmt.Fprintln(w)
	}
	if s := rep.Plover; s != nil {
		fmt.Fprintf(w, "%s: %d records, %d coded\n", rep.Path, s.Records, s.Coded)
		fmt.Fprintf(w, "  PLOVER category accuracy %d/%d = %.3f\n", s.Correct, s.Records, s.Accuracy)
		types := make([]string, 0, len(s.Total))
		for t := range s.Total {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			fmt.Fprintf(w, "    %-10s %3d/%3d\n", t, s.PerType[t], s.Total[t])
		}
	}
}

// eventRunner codes single sentences: segment (+ mentions from the KB
// unless the dictionary brings its own actors) then the coder.
type eventRunner struct {
	dict   *event.Dict
	coder  *event.Coder
	stages []pipeline.Stage
}

func newEventRunner(dict *event.Dict) (*eventRunner, error) {
	r := &eventRunner{dict: dict}
	var k *kb.KB
	stages := []pipeline.Stage{segment.New()}
	if dict.Actors == nil {
		var err error
		if k, err = kb.Default(); err != nil {
			return nil, err
		}
		// as in the analysis: times and places give the events their
		// date and place, and a place's country to local agents
		stages = append(stages, timex.New(), mention.New(k, mention.Options{}), geo.NewStage(geo.MustNew(k)))
	}
	r.coder = event.New(k, dict)
	r.coder.RequireTarget = dict.Actors != nil
	r.coder.NoIntent = dict.Actors != nil
	if dict.Actors != nil {
		r.coder.UnknownCountry = "---" // PETRARCH codes agents of unknown country as ---GOV
	}
	r.stages = append(stages, r.coder)
	return r, nil
}

// code runs the stages over one sentence; a panic is reported as an error.
func (r *eventRunner) code(text string, date time.Time) (d *doc.Doc, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	d = &doc.Doc{Text: text, Date: date}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerDate)
	if r.dict.Actors != nil {
		// the suite's records are single sentences; the mentions come from the dictionary
		d.Sentences = []doc.Span{{Start: 0, End: len(text)}}
		d.Fill(doc.LayerSentences)
		d.Fill(doc.LayerMentions)
		return d, r.coder.Process(d)
	}
	for _, s := range r.stages {
		if err := s.Process(d); err != nil {
			return d, err
		}
	}
	return d, nil
}

// petrarchActor writes an actor code as PETRARCH gold does: an agent of
// no known country ("rebels", "government forces"), which sitrep codes
// by its sector alone (REB, MIL), is ---REB, ---MIL there. Codes with a
// country or group part are kept, and so is a bare IGO or NGO: in the
// CAMEO actor codebook they stand where a country does ("an
// international court" is IGO, never ---IGO).
func petrarchActor(code, sector, country string) string {
	if code != "" && code == sector && country == "" && code != "IGO" && code != "NGO" {
		return "---" + code
	}
	return code
}

func parseRecordDate(s string) time.Time {
	for _, layout := range []string{"20060102", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// petrarch scores a PETRARCH suite; crash messages and the first nerr
// disagreements go to w as they are met.
func (r *eventRunner) petrarch(w io.Writer, name string, f io.Reader, nerr int, lenient bool) (eventsReport, error) {
	var recs []eval.EventRecord
	var err error
	if strings.HasSuffix(name, ".jsonl") {
		recs, err = eval.ReadPetrarchJSONL(name, f)
	} else {
		recs, err = eval.ReadPetrarchXML(name, f)
	}
	if err != nil {
		return eventsReport{}, err
	}
	var gold, pred [][]eval.Triple
	var confs [][]float64 // confidence of each predicted triple
	crashes, shown := 0, 0
	for _, rec := range recs {
		if !rec.Evaluate {
			continue
		}
		d, err := r.code(rec.Text, parseRecordDate(rec.Date))
		var p []eval.Triple
		var pc []float64
		if err != nil {
			crashes++
			fmt.Fprintf(w, "%s: error: %v\n", rec.ID, err)
		} else {
			for _, e := range d.Events {
				if e.Negated {
					continue // kept (flagged) in analyses, but it did not happen
				}
				p = append(p, eval.Triple{Source: petrarchActor(e.SourceCode, e.SourceSector, e.SourceCountry), Target: petrarchActor(e.TargetCode, e.TargetSector, e.TargetCountry), Code: e.Cameo})
				pc = append(pc, e.Confidence)
			}
		}
		gold = append(gold, rec.Gold)
		pred = append(pred, p)
		confs = append(confs, pc)
		if shown < nerr {
			s := eval.ScoreTriples([][]eval.Triple{rec.Gold}, [][]eval.Triple{p})
			if s.Exact == 0 {
				shown++
				eval.SortTriples(p)
				fmt.Fprintf(w, "%s %s\n  text: %s\n  gold: %v\n  sys:  %v\n", rec.ID, rec.Category, rec.Text, rec.Gold, p)
			}
		}
	}
	s := eval.ScoreTriples(gold, pred)
	s.Crashes = crashes
	rep := eventsReport{Path: name, Format: "petrarch", Petrarch: &s}
	if lenient {
		// opt-in: the gold's conventions (USAGOV vs USA, 084 vs 0841)
		// counted as agreement; never the headline
		l := eval.ScoreTriplesLenient(gold, pred)
		rep.Lenient = &l
	}
	// calibration: the triples a consumer keeps when it filters on the
	// event confidence
	for _, min := range []float64{0.4, 0.5, 0.6, 0.7} {
		kept := make([][]eval.Triple, len(pred))
		for i, p := range pred {
			for j, t := range p {
				if confs[i][j] >= min {
					kept[i] = append(kept[i], t)
				}
			}
		}
		ks := eval.ScoreTriples(gold, kept)
		rep.ByConfidence = append(rep.ByConfidence, confidenceCut{Min: min, P: ks.P, R: ks.R, Kept: ks.TP + ks.FP})
	}
	return rep, nil
}

// mainPlover picks the sentence's main event for PLOVER scoring: the
// earliest event that has a PLOVER type (CAMEO 01 statements have none),
// preferring events with a source and a confident reading (a nominal
// event owned only by the clause subject, "…, an ally in the war
// against terrorism, refused …", yields to the verb).
func mainPlover(evs []doc.Event) string {
	best, bestScore, at := "", -1, 0
	for _, e := range evs {
		if e.Plover == "" || e.Negated {
			continue
		}
		score := 0
		if e.Source != "" || e.Target != "" && !e.Reciprocal {
			// an agentless passive ("was accused of …") has an unknown
			// source and a named target; it can be the main event
			score += 2
		}
		if e.Confidence >= 0.3 {
			score++
		}
		if score > bestScore || score == bestScore && e.TriggerSpan.Start < at {
			best, bestScore, at = e.Plover, score, e.TriggerSpan.Start
		}
	}
	return best
}

// plover scores PLOVER gold records; the first nerr disagreements go to
// w as they are met.
func (r *eventRunner) plover(w io.Writer, name string, f io.Reader, nerr int) (eventsReport, error) {
	recs, err := eval.ReadPloverGSR(name, f)
	if err != nil {
		return eventsReport{}, err
	}
	s := eval.PloverScores{PerType: map[string]int{}, Total: map[string]int{}}
	shown := 0
	for _, rec := range recs {
		want := cameo.NormalizePlover(rec.Event)
		d, err := r.code(rec.Text, parseRecordDate(rec.Date))
		got := ""
		if err == nil {
			got = mainPlover(d.Events)
		}
		s.Records++
		s.Total[want]++
		if got != "" {
			s.Coded++
		}
		if got == want {
			s.Correct++
			s.PerType[want]++
		} else if shown < nerr {
			shown++
			fmt.Fprintf(w, "%s want %s got %q\n  %s\n", rec.ID, want, got, rec.Text)
		}
	}
	if s.Records > 0 {
		s.Accuracy = float64(s.Correct) / float64(s.Records)
	}
	for t := range s.Total {
		if _, ok := s.PerType[t]; !ok {
			s.PerType[t] = 0 // the JSON form lists every gold type's correct count
		}
	}
	return eventsReport{Path: name, Format: "plover", Plover: &s}, nil
}
