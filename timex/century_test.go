package timex

import (
	"reflect"
	"testing"
)

// TestCenturyAsDecadeReadsIt checks what at relies on when it asks
// century, not decade, for a century: at every token at asks, decade's
// match ends in "century" exactly when century's does, and they are the
// same match.
func TestCenturyAsDecadeReadsIt(t *testing.T) {
	for _, text := range []string{
		"the 11th century temple, a 20th century democrat, the 5th century BC and the 1st century AD",
		"the 1990s, the 1990's, the 1900s, the '70s, the 70s and 80s, mid-80s, in 1812 and 2019-2021",
		"the twentieth century, the twenty-first century, the eleventh century, the third century of the republic",
		"49 BC, AD 79, 24 BC games, FY2024, fiscal year 2023, 10/12/2009, 2009-10-12",
		"15 people, $3 million, 3 p.m., 10:30, the 19th, 21st century Fox, 2000s century, 1900 century",
		"the seventeenth-century church, the 1700s’ wars, nineteen ninety-nine, 3rd century",
	} {
		p := newParser(text, thu)
		asked := 0
		for i := range p.t {
			if w := p.word(i); !(p.t[i].kind() == kNum || len(w) >= len("twentieth") && centuryOrdinals[w] > 0) {
				continue // at asks about no other token
			}
			asked++
			dm, dok := p.decade(i, i)
			cm, cok := p.century(i, i)
			dc := dok && p.isWord(dm.end-1, "century")
			cc := cok && p.isWord(cm.end-1, "century")
			if dc != cc || dc && !reflect.DeepEqual(dm, cm) {
				t.Errorf("%q at %q: decade %+v (%v), century %+v (%v)", text, p.tok(i), dm, dc, cm, cc)
			}
		}
		if asked == 0 {
			t.Errorf("%q: no token asked", text)
		}
		p.release()
	}
}
