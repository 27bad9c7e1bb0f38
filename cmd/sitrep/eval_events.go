package main

import (
	"context"
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
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
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
allow; the strict scores remain the headline.`

func evalEventsKind() evalKind {
	return evalKind{name: "events", summary: "event coding: triple P/R/F1 (petrarch), PLOVER accuracy (plover)", run: runEvalEvents}
}

func runEvalEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval events", "eval events [--format petrarch|plover] [--dict SPEC] [--errors N] FILE...", evalEventsAbout)
	format := fs.String("format", "petrarch", "gold format: petrarch or plover")
	dictSpec := fs.String("dict", "default", "event dictionary: default, petrarch:DIR, or a pattern file")
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
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(file)
		if err != nil {
			return err
		}
		if *format == "petrarch" {
			// PETRARCH gold is dyadic: an event needs a source and a target
			r.coder.RequireTarget = true
			err = r.petrarch(env.Stdout, file, f, *nerr, *lenient)
		} else {
			// category-only scoring: an event whose source the coder
			// cannot find still has a type
			r.coder.KeepSourceless = true
			err = r.plover(env.Stdout, file, f, *nerr)
		}
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
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
		stages = append(stages, mention.New(k, mention.Options{}))
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

func parseRecordDate(s string) time.Time {
	for _, layout := range []string{"20060102", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func (r *eventRunner) petrarch(w io.Writer, name string, f io.Reader, nerr int, lenient bool) error {
	var recs []eval.EventRecord
	var err error
	if strings.HasSuffix(name, ".jsonl") {
		recs, err = eval.ReadPetrarchJSONL(name, f)
	} else {
		recs, err = eval.ReadPetrarchXML(name, f)
	}
	if err != nil {
		return err
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
				p = append(p, eval.Triple{Source: e.SourceCode, Target: e.TargetCode, Code: e.Cameo})
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
	fmt.Fprintf(w, "%s: %d records, %d gold triples\n", name, s.Records, s.GoldTriples)
	fmt.Fprintf(w, "  exact match   %d/%d = %.3f\n", s.Exact, s.Records, s.ExactRate)
	fmt.Fprintf(w, "  triples       P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", s.P, s.R, s.F1, s.TP, s.FP, s.FN)
	fmt.Fprintf(w, "  root codes    P %.3f  R %.3f  F1 %.3f\n", s.RootP, s.RootR, s.RootF1)
	fmt.Fprintf(w, "  crashes       %d\n", s.Crashes)
	if lenient {
		// opt-in: the gold's conventions (USAGOV vs USA, 084 vs 0841)
		// counted as agreement; never the headline
		l := eval.ScoreTriplesLenient(gold, pred)
		fmt.Fprintf(w, "  lenient view  exact %.3f  triples P %.3f  R %.3f  F1 %.3f  (actor and event codes by prefix)\n", l.ExactRate, l.P, l.R, l.F1)
	}
	// calibration: the triples a consumer keeps when it filters on the
	// event confidence
	fmt.Fprintf(w, "  by confidence")
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
		fmt.Fprintf(w, "  ≥%.1f P %.3f R %.3f (%d)", min, ks.P, ks.R, ks.TP+ks.FP)
	}
	fmt.Fprintln(w)
	return nil
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

func (r *eventRunner) plover(w io.Writer, name string, f io.Reader, nerr int) error {
	recs, err := eval.ReadPloverGSR(name, f)
	if err != nil {
		return err
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
	fmt.Fprintf(w, "%s: %d records, %d coded\n", name, s.Records, s.Coded)
	fmt.Fprintf(w, "  PLOVER category accuracy %d/%d = %.3f\n", s.Correct, s.Records, s.Accuracy)
	types := make([]string, 0, len(s.Total))
	for t := range s.Total {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(w, "    %-10s %3d/%3d\n", t, s.PerType[t], s.Total[t])
	}
	return nil
}
