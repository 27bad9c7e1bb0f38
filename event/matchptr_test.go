package event

import (
	"reflect"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestRolesKeepMatch checks that the role finders, which take the match
// by pointer (a match is too large to copy into each), leave it as it
// was: one that needs a changed match ("including …" moves its start)
// must change a copy.
func TestRolesKeepMatch(t *testing.T) {
	p, err := worldStages()
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(k, nil)
	for _, text := range []string{
		"The United States and several Latin American governments, including Argentina, Chile and Peru, rejected the plan.",
		"The alliance, which includes Russia, Belarus and Armenia, condemned the strikes.",
		"Israel and Iran held direct talks in Oman on Monday.",
		"Iran was attacked by Israel, officials said.",
	} {
		d := &doc.Doc{Text: text, Date: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)}
		d.Fill(doc.LayerText)
		d.Fill(doc.LayerDate)
		if err := p.Run(d, nil); err != nil {
			t.Fatal(err)
		}
		low := segment.LowerASCII(d.Text)
		n := 0
		for _, sent := range d.Sentences {
			toks, acts, matches := sentenceMatches(c, d, sent, low)
			actorAt := actorIndex(toks, acts)
			for _, m := range matches {
				n++
				was := m
				was.src, was.tgt = append([]int(nil), m.src...), append([]int(nil), m.tgt...)
				c.subject(toks, acts, actorAt, &m)
				c.object(toks, acts, actorAt, &m, false)
				c.object(toks, acts, actorAt, &m, true)
				if !reflect.DeepEqual(m, was) {
					t.Errorf("%q: match %s changed: %+v, was %+v", text, m.p.Code, m, was)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no match to test", text)
		}
	}
}
