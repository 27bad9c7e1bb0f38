package verify

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// TestTokenScan checks the one pass over the tokens against the checks
// it stands for, each made on its own: triggers on each sentence, a
// word-by-word test for switchWords and a count of the word tokens; and
// that sentences out of order leave triggers to read each sentence.
func TestTokenScan(t *testing.T) {
	texts := []string{
		"Officials said to be close to the talks spoke on condition of anonymity. Nothing here. The minister said it was over.",
		"Sources say the deal is near; reportedly, it may be signed. Kiribati SWITCHED recognition to Beijing.",
		"He said to. To be said. According to a spokesman, ties were restored.",
		"Dropped. Abandoned plans. The dumped cargo, the ditched car and the switching yard.",
		"No triggers at all in this one.",
		"",
		"A senior official, who was not authorised to speak, allegedly said so",
		// a last rune that folds to an ASCII letter: scanLast lets it through
		"Kiribati switcheſ recognition. SAID to be near.",
	}
	for _, text := range texts {
		d := &doc.Doc{Text: text}
		if err := segment.New().Process(d); err != nil {
			t.Fatal(err)
		}
		c := &checker{d: d}
		sc := c.tokenScan()
		if sc == nil || sc.trig == nil {
			t.Fatalf("%q: no scan, or its triggers left to each sentence", text)
		}
		for si, s := range d.Sentences {
			wu, wh := c.triggers(s)
			gu, gh := c.sentenceTriggers(si, s)
			if gu != wu || gh != wh {
				t.Errorf("%q: sentence %d triggers %v %v from the scan, %v %v on its own", text, si, gu, gh, wu, wh)
			}
		}
		switchWord, words := false, 0
		for _, tok := range d.Tokens {
			if tok.Kind != doc.TokWord {
				continue
			}
			words++
			for _, sw := range switchWords {
				switchWord = switchWord || strings.EqualFold(d.Slice(tok.Span), sw)
			}
		}
		if sc.switchWord != switchWord || sc.words != words {
			t.Errorf("%q: scan finds switch word %v and %d words, want %v and %d", text, sc.switchWord, sc.words, switchWord, words)
		}
	}
	// overlapping sentences: triggers reads each
	d := &doc.Doc{Text: "Sources said so. Officials agreed."}
	if err := segment.New().Process(d); err != nil {
		t.Fatal(err)
	}
	d.Sentences = append(d.Sentences, doc.Span{Start: 0, End: len(d.Text)})
	c := &checker{d: d}
	if c.tokenScan().trig != nil {
		t.Errorf("overlapping sentences: the scan's triggers are used")
	}
	if u, _ := c.sentenceTriggers(len(d.Sentences)-1, d.Sentences[len(d.Sentences)-1]); !u {
		t.Errorf("overlapping sentences: the whole text has no unnamed trigger")
	}
}

// TestScanFilters checks that the tables of scanTokens let every key,
// switch word and trigger through, in lower, title and upper case.
func TestScanFilters(t *testing.T) {
	pass := func(w string, bit uint8) {
		for _, f := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if len(f) >= len(scanFirst) || scanFirst[len(f)][f[0]]&bit == 0 {
				t.Errorf("scanFirst turns %q away from check %d", f, bit)
			}
			if scanLens&(1<<len(f)) == 0 {
				t.Errorf("scanLens turns %q away by its length", f)
			}
		}
		for _, f := range []string{w, strings.ToUpper(w)} {
			if len(f) >= len(scanLast) || scanLast[len(f)][f[len(f)-1]]&bit == 0 {
				t.Errorf("scanLast turns %q away from check %d", f, bit)
			}
		}
	}
	for _, k := range append(relationKeys, "accords") {
		pass(k, scanRelation)
		if !isRelationKey(k, relationKeyOf(len(k), k[0])) || !isRelationKey(k, relationKeyOf(len(k), k[0]-'a'+'A')) {
			t.Errorf("relationKeyOf does not pick %q", k)
		}
	}
	for _, w := range switchWords {
		pass(w, scanSwitch)
	}
	for w := range triggerKind {
		pass(w, scanTrigger)
	}
	// scanLens turns away exactly the lengths scanFirst has nothing for
	for n := range scanFirst {
		some := false
		for _, bits := range scanFirst[n] {
			some = some || bits != 0
		}
		if got := scanLens&(1<<n) != 0; got != some {
			t.Errorf("scanLens bit %d = %v; scanFirst[%d] has bits: %v", n, got, n, some)
		}
	}
	if scanLens&0b1111 != 0 {
		t.Errorf("scanLens = %b: tokens of three bytes or fewer are not turned away", scanLens)
	}
}
