package event

import (
	"os"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
)

// TestDebugSentence dumps the actors and matches of $SITREP_DEBUG (a
// development aid; skipped when unset).
func TestDebugSentence(t *testing.T) {
	text := os.Getenv("SITREP_DEBUG")
	if text == "" {
		t.Skip("SITREP_DEBUG unset")
	}
	p, err := worldStages()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("SITREP_DEBUG_MIN") != "" {
		// the stages sitrep eval events runs: segment and mentions
		k, err := kb.Default()
		if err != nil {
			t.Fatal(err)
		}
		p, err = pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, segment.New(), mention.New(k, mention.Options{}))
		if err != nil {
			t.Fatal(err)
		}
	}
	date := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	if s := os.Getenv("SITREP_DEBUG_DATE"); s != "" { // YYYYMMDD
		if dt, err := time.Parse("20060102", s); err == nil {
			date = dt
		}
	}
	d := &doc.Doc{Text: text, Date: date, Title: os.Getenv("SITREP_DEBUG_TITLE")}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerDate)
	if err := p.Run(d, nil); err != nil {
		t.Fatal(err)
	}
	k, _ := kb.Default()
	c := New(k, nil)
	for _, m := range d.Mentions {
		t.Logf("mention %q type=%s kb=%s how=%s", m.Text, m.Type, m.KBID, m.How)
	}
	low := segment.LowerASCII(d.Text)
	for _, sent := range d.Sentences {
		toks, acts, matches := sentenceMatches(c, d, sent, low)
		for ai, a := range acts {
			t.Logf("actor %d [%d,%d) %q code=%s place=%v generic=%v demonym=%v", ai, a.t0, a.t1, d.Text[toks[a.t0].start:toks[a.t1-1].end], a.actorCode(), a.place, a.generic, a.demonym)
		}
		for _, m := range matches {
			t.Logf("match %s %q [%d,%d) head %d", m.p.Code, d.Text[toks[m.start].start:toks[m.end-1].end], m.start, m.end, m.head)
		}
	}
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		t.Logf("event %s %s %s trigger=%q conf=%.2f neg=%v hypo=%v", e.SourceCode, e.TargetCode, e.Cameo, e.Trigger, e.Confidence, e.Negated, e.Hypothetical)
	}
}

// sentenceMatches runs the coder's first steps on one sentence, as
// codeSentence does, for tests that look inside: the tokens, the actors
// and the pattern matches before any roles are assigned.
func sentenceMatches(c *Coder, d *doc.Doc, sent doc.Span, low string) ([]tok, []actor, []match) {
	toks := sentenceTokens(d, sent, low, nil, nil)
	var words wordSet
	for i := range toks {
		words.add(toks[i].low)
	}
	var agents []int32
	cands, _ := c.triggerCandidates(toks, &words, nil, &agents)
	acts := c.mentionActors(d, sent, toks, kb.Date{}, true, nil, nil, nil)
	acts = dedupeActors(acts)
	acts = dropCredits(toks, acts, true)
	acts = c.attachAgents(d.Text, toks, acts)
	acts = c.genericAgents(d, sent, toks, acts, bodies{}, agents)
	return toks, acts, c.findMatches(toks, &words, cands, acts, actorIndex(toks, acts), nil)
}

// actorIndex maps each token to the actor covering it, -1 for none.
func actorIndex(toks []tok, acts []actor) []int {
	actorAt := make([]int, len(toks))
	for i := range actorAt {
		actorAt[i] = -1
	}
	for ai, a := range acts {
		for i := a.t0; i < a.t1 && i < len(toks); i++ {
			actorAt[i] = ai
		}
	}
	return actorAt
}
