package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

const petrVerbs = `
&TIES
+RELATIONS
+TIES

--- RESTORE [050] ---
RESTORE
- * &TIES [050]
- * {PEACE PLAN} [037]

--- MEET [040] ---
MEET {MEETS MET MEETING}
- % * [040:040]

--- LEFT [042:043] ---
LEFT [042:043]

--- LEAVE [012] ---
LEAVE

--- DELAY [120] ---
DELAY
DOWNPLAY [014]
- % * [120]
`

const petrActors = `<!-- comment -->
ARNOR_ [ARN]
+ARNORIAN_
GONDOR_ [GON]
MINAS_TIRITH_ [GON]
GOLLUM  # a person with dated codes
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
BAD_DATE_ [XXX 9008223]
`

const petrAgents = `!PERSON! = MAN, MEN
GOVERNMENT [~GOV]
POLICE!PERSON! {} [~COP]
MSF {} [NGO~]
FOREIGN_MINISTER [~GOVFRM]
`

func testPetrarchDict(t *testing.T) *Dict {
	t.Helper()
	d := &Dict{Name: "test", Agents: map[string]Agent{}}
	if err := ReadVerbs(d, "verbs", strings.NewReader(petrVerbs)); err != nil {
		t.Fatal(err)
	}
	a, err := ReadActors(nil, "actors", strings.NewReader(petrActors))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Skipped) != 1 {
		t.Errorf("Skipped = %q, want the one bad date line", a.Skipped)
	}
	d.Actors = a
	if err := ReadAgents(d, "agents", strings.NewReader(petrAgents)); err != nil {
		t.Fatal(err)
	}
	d.index()
	return d
}

func codeWith(d *Dict, text, date string) []string {
	day, _ := time.Parse("20060102", date)
	dd := &doc.Doc{Text: text, Date: day}
	dd.Sentences = []doc.Span{{Start: 0, End: len(text)}}
	dd.Fill(doc.LayerSentences)
	dd.Fill(doc.LayerMentions)
	c := New(nil, d)
	c.RequireTarget, c.NoIntent, c.UnknownCountry = true, true, "---"
	c.Process(dd)
	var out []string
	for _, e := range dd.Events {
		out = append(out, e.SourceCode+" "+e.TargetCode+" "+e.Cameo)
	}
	return out
}

func TestPetrarchDictionaries(t *testing.T) {
	d := testPetrarchDict(t)
	tests := []struct {
		text, date string
		want       string
	}{
		{"Arnor restored ties with Gondor.", "19950101", "ARN GON 050"},
		{"Arnor and Gondor met on Monday.", "19950101", "ARN GON 040|GON ARN 040"},
		{"Arnor left for Minas Tirith.", "19950101", "ARN GON 042|GON ARN 043"},
		{"Arnor and Gondor downplayed their meeting.", "19950101", "ARN GON 120|GON ARN 120"},
		{"Smeagol restored ties with Gondor.", "19940101", "HOB GON 050"},
		{"Smeagol restored ties with Gondor.", "19960101", "HOBGOV GON 050"},
		{"Smeagol restored ties with Gondor.", "20000101", "HOBREB GON 050"},
		{"The Arnor government restored ties with Gondor policemen.", "19950101", "ARNGOV GONCOP 050"},
		{"MSF Arnor restored ties with Gondor.", "19950101", "NGOARN GON 050"},
		{"Arnor's foreign minister restored ties with Gondor.", "19950101", "ARNGOVFRM GON 050"},
	}
	for _, tt := range tests {
		got := strings.Join(codeWith(d, tt.text, tt.date), "|")
		if got != tt.want {
			t.Errorf("%q (%s) = %q; want %q", tt.text, tt.date, got, tt.want)
		}
	}
}

func TestParseDictErrors(t *testing.T) {
	for _, in := range []string{
		"040 - ~meet",                 // outside a section
		"[patterns]\n999 - x",         // unknown code
		"[patterns]\n040 q x",         // unknown flag
		"[patterns]\n040 - *a *b",     // two triggers
		"[patterns]\n040 - x ..3",     // trailing gap
		"[patterns]\n040 - ?x y",      // optional first
		"[patterns]\n040 - x ..9 y",   // gap too long
		"[agents]\ntroops",            // no =
		"[nonsense]",                  // unknown section
		"[patterns]\n040 - SRC *SRC",  // slot as trigger
		"[patterns]\n040:999 - ~meet", // unknown reverse code
	} {
		_, err := ParseDict("in.txt", strings.NewReader(in))
		if err == nil {
			t.Errorf("ParseDict(%q): want error", in)
			continue
		}
		if !strings.HasPrefix(err.Error(), "in.txt:") {
			t.Errorf("ParseDict(%q) error %q does not name the file and line", in, err)
		}
	}
}

func TestDefaultDictCoverage(t *testing.T) {
	d := DefaultDict()
	roots := map[string]bool{}
	types := map[string]bool{}
	for _, p := range d.Patterns {
		if p.Code == "" {
			continue // a null pattern
		}
		roots[p.Code[:2]] = true
		types[p.Plover] = true
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no pattern for CAMEO root %s", root)
		}
	}
	for _, typ := range []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"} {
		if !types[typ] {
			t.Errorf("no pattern for PLOVER %s", typ)
		}
	}
	if d.Len() < 500 || len(d.Agents) < 100 {
		t.Errorf("dictionary has %d patterns, %d agent forms", d.Len(), len(d.Agents))
	}
}

func TestInflect(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"strike", "struck"}, {"strike", "striking"}, {"visit", "visited"}, {"ban", "banned"},
		{"deny", "denied"}, {"deny", "denies"}, {"release", "released"}, {"shoot down", "shot down"},
		{"mobilise", "mobilised"}, {"attack", "attacks"}, {"accuse", "accusing"}, {"hold", "held"},
		{"retake", "retaken"}, {"overrun", "overran"}, {"withhold", "withheld"},
	}
	for _, tt := range tests {
		found := false
		for _, f := range inflect(tt.lemma) {
			if f == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("inflect(%q) = %q; want %q among them", tt.lemma, inflect(tt.lemma), tt.want)
		}
	}
}
