package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

func FuzzParseDict(f *testing.F) {
	f.Add("[patterns]\n040 r ~hold ..3 *talks\n[agents]\ntroops = MIL\n")
	f.Add("[patterns]\n042:043 v ~visit\n190 n *strikes ..2 on TGT\n")
	f.Add("[patterns]\n999 - x\n")
	f.Add("[bad]\n")
	f.Add("[patterns]\n040 - ..3\n040 - ?a b\n040 - *SRC\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDict("fuzz", strings.NewReader(s))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		// a parsed dictionary must code without panicking
		doc := testDoc("Israel and Iran held talks; Israel struck Syria.")
		New(nil, d).Process(doc)
	})
}

func FuzzReadPetrarch(f *testing.F) {
	f.Add("--- MEET [040] ---\nMEET {MEETS MET}\n- % * [040:040]\n- * (WITH +) [046]\n", "ARNOR_ [ARN]\n+ARNORIAN\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV 19950601 - 19990815]\n", "!P! = MAN, MEN\nPOLICE!P! {} [~COP]\nMSF [NGO~]\n")
	f.Add("&SET\n+A\n+B_C\n\n--- X [---] ---\nX\n- * &SET [120]\n- &NOPE * [120]\n", "A [B >x]\n", "X {Y [~Z]\n")
	f.Fuzz(func(t *testing.T, verbs, actors, agents string) {
		d := &Dict{Name: "fuzz", Agents: map[string]Agent{}}
		_ = ReadVerbs(d, "verbs", strings.NewReader(verbs))
		a, _ := ReadActors(nil, "actors", strings.NewReader(actors))
		d.Actors = a
		_ = ReadAgents(d, "agents", strings.NewReader(agents))
		d.index()
		text := "Arnor met Gondor. Gollum and the police men of MSF Arnor rejected B C."
		dd := &doc.Doc{Text: text}
		dd.Sentences = []doc.Span{{Start: 0, End: 17}, {Start: 18, End: len(text)}}
		dd.Fill(doc.LayerSentences)
		dd.Fill(doc.LayerMentions)
		if err := New(nil, d).Process(dd); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzCoder(f *testing.F) {
	f.Add("Israel's strikes on Syrian targets, \"we will strike Iran,\" Iran said; talks between Israel and Iran.")
	f.Add("was by by by Israel Iran and and , , “ ” \" '")
	f.Add("Israel n't 's ’s Iran")
	f.Add("16 killed in Syria. killed in. men sought in Iran. Egypt claimed that Hamas attacked Israel.")
	f.Add("attacks that killed and struck. of insurgent attacks. General Iran")
	f.Add("In northern Iran, a bomber struck, killing. Israel called Iran on Monday to congratulate it. In Iran,") // phone diplomacy and charge shapes
	f.Add("Israel froze the Israeli assets of. Iran cut ties with Israel, accusing it of. attacks against it, and a team from Iran arrived to discuss aid")
	f.Fuzz(func(t *testing.T, s string) {
		d := testDoc(s)
		if err := New(nil, nil).Process(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if !e.Span.Contains(e.TriggerSpan) || e.Confidence <= 0 || e.Confidence > 1 {
				t.Errorf("bad event %+v", e)
			}
		}
	})
}
