package event

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// codeAll codes text with the default dictionary and returns every event
// (statements too) as "SRC TGT CAMEO flags", sorted.
func codeAll(t *testing.T, c *Coder, text string) []string {
	t.Helper()
	d := testDoc(text)
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	return modalLines(d.Events, false)
}

// modalLines writes events as "SRC TGT CAMEO", then " neg" and " hypo"
// when set, sorted; with codes, the actors' CAMEO codes stand for them.
func modalLines(evs []doc.Event, codes bool) []string {
	var out []string
	for _, e := range evs {
		src, tgt := e.Source, e.Target
		if codes {
			src, tgt = e.SourceCode, e.TargetCode
		}
		s := src + " " + tgt + " " + e.Cameo
		if e.Negated {
			s += " neg"
		}
		if e.Hypothetical {
			s += " hypo"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// scopeTests are the precision fixes for realistic news: clause scope,
// reporting verbs, passing mentions, generic agents, sourceless events.
var scopeTests = []struct {
	name, text string
	want       []string // each must be among the coded events
	not        []string // no coded event may start with one of these
}{
	// a statement's target is its addressee ("said to X"), never the
	// subject of what was said
	{"said: content subject is no target", "Egypt said Israel had struck Syria.", []string{"ISR SYR 190"}, []string{"EGY ISR"}},
	{"said to: addressee", "Egypt said to Israel that the crossing would open.", []string{"EGY ISR 010"}, nil},
	// an active verb with no subject in its clause codes nothing
	{"no subject, active", "The decision cut ties with Iran.", nil, []string{" IRN"}},
	{"no subject, passive kept", "Syria was attacked on Tuesday.", []string{" SYR 180"}, nil},
	// a reporting verb's complement is coded when factual; what the
	// speaker says someone else would do did not happen
	{"said: factual complement", "Egypt said Israel struck Syria.", []string{"ISR SYR 190"}, nil},
	{"said: someone else's future", "Egypt said Israel would strike Syria.", nil, []string{"ISR SYR"}},
	{"said: someone else's wish", "Egypt said Israel wanted to strike Syria.", nil, []string{"ISR SYR"}},
	{"said: speaker's own intent", "Iran said it would strike Israel.", []string{"IRN ISR 138"}, []string{"IRN ISR 138 hypo"}},
	{"claimed: alleged", "Iran claimed Israel struck Syria.", []string{"ISR SYR 190"}, nil},
	// relative clauses: skipped between subject and verb, the
	// antecedent is the subject inside them
	{"relative clause skipped", "Turkey, which hosted the talks, condemned Israel.", []string{"TUR ISR 111"}, nil},
	// generic state agents: no state, no actor, unless the context says
	// whose ("his government", "officials in Tehran")
	{"generic officials dropped", "Officials met Israel on Monday.", nil, []string{"GOV "}},
	{"generic leaders dropped", "The leaders met in Egypt.", nil, []string{"GOV ", "EGY GOV"}},
	{"officials in a capital", "Officials in Tehran condemned Israel.", []string{"IRN ISR 111"}, nil},
	{"possessive resolves the state", "Egypt said on Monday that its government had cut ties with Iran.", []string{"EGYGOV IRN 160"}, nil},
	// passing mentions and words that only look like triggers
	{"meeting place is no party", "Israel and Egypt met in Turkey.", []string{"ISR EGY 040"}, []string{"ISR TUR", "TUR ", "EGY TUR"}},
	{"protest place is its target", "Protesters staged a protest in Egypt.", []string{"OPP EGY 141"}, nil},
	{"title modifier", "Egypt named a new finance minister.", nil, []string{"EGY  071"}},
	{"in charge of", "Egypt put a general in charge of talks with Israel.", nil, []string{"EGY ISR 173"}},
	{"be + non-participle", "Egypt is back on track with Israel.", nil, []string{"EGY ISR 051"}},
	{"coordinated participle ends the object", "Egypt signed decrees tightening controls and reviving ties with Israel.", nil, []string{"EGY ISR 057"}},
	{"receive needs an actor", "Egypt received 300 votes.", nil, []string{"EGY  040"}},
	{"received an envoy", "Egypt received Israel's envoy.", []string{"EGY ISR 043", "ISR EGY 042"}, nil},
	{"reduced passive", "Egypt freed Israel's prisoners convicted of spying.", nil, []string{"ISR  116"}},
	{"abstract object", "Egypt vowed to fight corruption.", nil, []string{"EGY  190", "EGY  138"}},
	{"appeal content", "Egypt urged Israel to halt attacks on Syria.", nil, []string{"ISR SYR"}},
	{"travel is no hosting", "Israel flew to Egypt.", []string{"ISR EGY 042"}, []string{"EGY ISR 043"}},
	// headlines and first sentences: nominal events and compact lists
	{"hyphen pair talks", "Russia-Ukraine talks stall in Egypt.", []string{"RUS UKR 046", "UKR RUS 046"}, nil},
	{"hosting hyphen pair talks", "Egypt hosts Russia-Ukraine talks.", []string{"EGY RUS 043", "EGY UKR 043", "RUS UKR 046"}, nil},
	{"talks with no pair", "Iran said talks resumed.", nil, []string{"IRN  040"}},
	{"headline comma list", "Syria, Iran agree to restore ties.", []string{"SYR IRN 037", "IRN SYR 037"}, nil},
	{"headline passive on a nominal", "Iran's attack on Israel condemned by Egypt.", []string{"EGY IRN 111", "IRN ISR 180"}, []string{"EGY ISR"}},
	{"summoned envoy inside the actor", "Egypt summons Israeli envoy over border firing.", []string{"EGY ISR 114"}, nil},
	// the subject of a complement stays in the complement
	{"complement subject is no actor", "Egypt said the two sides had agreed to a ceasefire.", nil, []string{"EGY  03", "EGY  0356"}},
	{"own NP object of announced", "Egypt announced a suspension of flights to Israel.", []string{"EGY ISR 160"}, nil},
	{"own NP object: new sanctions", "Egypt announced new sanctions on Israel.", []string{"EGY ISR 163"}, nil},
	{"law and order", "Egypt said it would restore law and order.", nil, []string{"EGY  100", "EGY  10"}},
	{"called for: content", "Egypt called for a pact between Israel and Syria.", []string{"EGY ISR 020"}, []string{"EGY ISR 057", "ISR SYR", "EGY  057"}},
	// purpose clauses, titled prepositional objects, home ground, nouns
	{"purpose infinitive is the same meeting", "Israel and Egypt will meet in Turkey to discuss Syria.", []string{"ISR EGY 036"}, []string{"ISR SYR", "EGY SYR", "ISR EGY 040"}},
	{"titled prepositional object is no subject", "Israel held talks with President Erdogan of Turkey during a visit to Egypt.", []string{"ISR EGY 042"}, []string{"TUR EGY 042"}},
	{"visit to one's own country", "Egypt's president made a visit to Egypt.", nil, []string{"EGY EGY 042"}},
	{"determiner + modifier + bare verb form is a noun", "Egypt said an air strike killed Syrian soldiers.", nil, []string{"EGY SYR 190", "EGY  190"}},
	{"determiner + noun + inflected verb is a verb", "Egypt said the army demanded that Israel withdraw from Syria.", []string{"MIL ISR 1056"}, nil},
	{"victims of a reduced passive with in", "Israeli soldiers killed in Syria were buried.", nil, []string{"ISR SYR 18"}},
	{"light verb welcome", "Egypt gave a warm welcome to Turkey on Monday.", []string{"EGY TUR 043"}, nil},
	{"verb form after of is a noun", "Egypt put a general in charge of trade with Israel.", nil, []string{"EGY ISR 06"}},
	{"word inside a name", "Egypt praised Radio Free Europe journalist Hamas.", []string{"EGY org.hamas 051"}, []string{"EGY org.hamas 0841"}},
	{"number before a place name", "Egypt spoke outside 10 Syria Street, promising aid to Lebanon.", []string{"EGY LBN 033"}, []string{"SYR"}},
	{"wants someone else to act", "Egypt wants Israel to attack Syria.", nil, []string{"ISR SYR"}},
	{"imprisoned for: reduced passive", "Syrian soldiers imprisoned for spying were freed by Egypt.", nil, []string{"SYR EGY 173", "SYR  173"}},
	{"adjective agent before a noun", "Russia is conducting military exercises in Egypt.", nil, []string{"RUS MIL"}},
	{"adjective agent before a group noun", "Military commanders in Egypt condemned Israel.", []string{"EGYMIL ISR 111"}, nil},
	{"pronoun after a titled official", "The Iranian foreign minister met reporters. He condemned Israel.", []string{"IRN ISR 111"}, nil},
	{"pronoun with a person later in its sentence", "The Iranian foreign minister met reporters. He said he was ready to meet Egypt's president.", []string{"IRN EGY 036"}, nil},
	// participle adjuncts, agentless passives, noun complements
	{"adjunct takes the clause subject", "Hamas ambushed a bus carrying Syrian soldiers, killing 17 civilians.", []string{"org.hamas CVL 190"}, []string{"SYR  1823"}},
	{"an adjunct with no victim named is the attack's result", "Hamas ambushed a bus carrying Syrian soldiers, killing 17.", nil, []string{"org.hamas  190", "SYR  1823"}},
	{"adjunct of a non-actor subject", "An earthquake rocked Egypt's capital, killing one person.", nil, []string{"EGY  18", "EGY CVL"}},
	{"after + participle", "Egypt approved the law one day after ratifying a Syria-backed plan with Turkey.", []string{"EGY TUR 057"}, []string{"SYR"}},
	{"agentless passive: no source from after", "Hamas was executed after it ventured into Syria.", nil, []string{"SYR org.hamas", "org.hamas SYR"}},
	{"arrested in a country: its state", "A journalist was arrested in Iran for spying.", []string{"IRN IRNMED 173"}, nil},
	{"stative participle", "Israel is opposed to talks with Syria.", nil, []string{"SYR ISR 1"}},
	{"stative with by is passive", "Israel was opposed by Syria.", []string{"SYR ISR 110"}, nil},
	{"far passive agent", "Egypt has been accused of misusing up to 50 million dollars in public funds, much of it believed to have been embezzled, by Israel.", []string{"ISR EGY 112"}, nil},
	{"noun complement that", "Israel rejected an Egyptian report that it had agreed with Syria.", nil, []string{"EGY SYR"}},
	{"press conference", "Egypt will hold a press conference.", nil, []string{"EGY  02"}},
	{"bare form after in", "A Hamas official was killed in blast.", nil, []string{"org.hamas  111"}},
	{"a thing released by an actor", "Wang spoke, according to a readout released by the Syrian side.", nil, []string{" SYR 0841", "SYR  0841"}},
	{"a deal brokered by an actor", "Israel and Syria signed a deal brokered by Egypt.", []string{"EGY ISR 045"}, nil},
	{"pronoun that after a far complement noun", "Egypt said in a statement that peace remained its goal and that it was ready to work with Israel.", []string{"EGY ISR 030"}, nil},
	{"coordinated adjunct", "Bombs exploded near Hamas positions, killing 37 people and wounding 50.", nil, []string{"CVL ", "org.hamas "}},
	{"adjunct hangs on the subordinate clause", "Egypt sent aid after Syria was flooded, killing 700 people.", nil, []string{"EGY CVL", "SYR CVL"}},
	{"speaker noun before said", "Israel struck Syria, officials said.", []string{"ISR SYR 190"}, []string{"SYR  010", "ISR  010"}},
	{"attorney general", "Egypt named an attorney general, sources say.", nil, []string{"MIL"}},
	{"barred from", "Egypt barred Israel from attacking Syria.", []string{"ISR SYR 180 neg"}, nil},
	{"conflict noun owned by nobody", "Egypt eroded the embargo on Syria.", nil, []string{"EGY SYR 16"}},
	{"light verb owns the noun", "Israel carried out a series of strikes on Syria.", []string{"ISR SYR 190"}, nil},
	{"hyphen modifier is no subject", "An Egypt-backed tribunal will prosecute Syria.", nil, []string{"EGY SYR"}},
	{"bare form after modifiers and a possessive", "Hamas eroded the world's toughest economic embargo on Syria.", nil, []string{"org.hamas SYR 163", "org.hamas  163"}},
	{"irregular past after a noun phrase", "Israel's new envoy left for Egypt.", []string{"ISR EGY 042"}, nil},
	// datelines, credits, self-events
	{"agency credit prefix", "AFP - Russia is seeking talks with Egypt.", nil, []string{"org.afp", "RUS org.afp"}},
	{"parenthesised credit", "Israel strikes Syria (Canadian Press).", []string{"ISR SYR 190"}, []string{"ISR  02", "CAN "}},
	{"dateline dash", "Cairo - Israel struck Syria on Monday.", []string{"ISR SYR 190"}, nil},
	{"hyphen pair is no dateline", "Russia-Ukraine talks stall.", []string{"RUS UKR 046"}, nil},
	{"no self-event", "Egypt protested to Egypt.", nil, []string{"EGY EGY"}},
	{"relative pronoun subject", "Hamas, which attacked Israel on Monday, said nothing.", []string{"org.hamas ISR 180"}, nil},
	{"relative pronoun before a day", "Turkey, which on Monday condemned Israel, hosted the talks.", []string{"TUR ISR 111"}, nil},
	{"relative pronoun before a month", "Egypt, which in May sanctioned Syria, hosted the talks.", []string{"EGY SYR 163"}, nil},
	{"relative pronoun before last week", "Egypt, which last week condemned Israel, hosted the talks.", []string{"EGY ISR 111"}, nil},
}

func runScopeTests(t *testing.T, c *Coder) {
	for _, tt := range scopeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeAll(t, c, tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: want %q among %q", tt.text, w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("%q: coded %q, want nothing starting %q", tt.text, g, n)
					}
				}
			}
		})
	}
}

func TestScope(t *testing.T) { runScopeTests(t, New(nil, nil)) }

// TestConfidenceEvidence checks that confidence orders events by the
// evidence tying actors to the trigger.
func TestConfidenceEvidence(t *testing.T) {
	conf := func(text, code string) float64 {
		d := testDoc(text)
		if err := New(nil, nil).Process(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if e.Cameo == code {
				return e.Confidence
			}
		}
		t.Fatalf("%q: no %s event among %v", text, code, d.Events)
		return 0
	}
	near := conf("Israel struck Syria.", "190")
	far := conf("Israel on Tuesday and again early on Wednesday morning struck Syria.", "190")
	passive := conf("Syria was struck on Tuesday.", "190")
	reported := conf("Egypt said Israel struck Syria.", "190")
	said := conf("Egypt said the crossing would open.", "010")
	for _, c := range []struct {
		name   string
		hi, lo float64
	}{
		{"near source over far source", near, far},
		{"named source over unknown source", near, passive},
		{"the article's own report over reported speech", near, reported},
	} {
		if !(c.hi > c.lo) {
			t.Errorf("%s: %.2f is not above %.2f", c.name, c.hi, c.lo)
		}
	}
	if said > 0.35 {
		t.Errorf("a statement to nobody has confidence %.2f, want ≤ 0.35", said)
	}
}

// hatamiEvents codes text, in which "Amir Hatami" is a person of Iran
// the KB knows as p.hatami, and returns its events as "source target
// cameo".
func hatamiEvents(t *testing.T, text string) []string {
	t.Helper()
	d := testDoc(text)
	at := strings.Index(text, "Amir Hatami")
	d.Entities = append(d.Entities, doc.Entity{KBID: "p.hatami", Name: "Amir Hatami", Type: doc.TypePerson, Country: "IRN"})
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: at, End: at + len("Amir Hatami")}, Text: "Amir Hatami", Type: doc.TypePerson, KBID: "p.hatami", Entity: len(d.Entities) - 1, Role: -1})
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Span.Start < d.Mentions[j].Span.Start })
	if err := New(nil, nil).Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Source+" "+e.Target+" "+e.Cameo)
	}
	return got
}

// TestPronounSubject checks that a sentence opening with "He"/"She" takes
// the person who opened one of the two sentences before.
func TestPronounSubject(t *testing.T) {
	got := hatamiEvents(t, "Amir Hatami met reporters in Tehran. He condemned Israel. The weather was fine. Nothing happened. She condemned Syria.")
	want, stale := "p.hatami ISR 111", "p.hatami SYR"
	found := false
	for _, g := range got {
		if g == want {
			found = true
		}
		if strings.HasPrefix(g, stale) {
			t.Errorf("a pronoun four sentences on took the person: %q", g)
		}
	}
	if !found {
		t.Errorf("want %q among %q", want, got)
	}
}

// TestPronounPastSentencesWithoutTrigger checks that sentences no
// pattern can match, which the coder does not code in full, still count
// for what a later "He"/"She" means: the person who opens one of them,
// and a pronoun there that carries the person on.
func TestPronounPastSentencesWithoutTrigger(t *testing.T) {
	people := map[string]string{"Amir Hatami": "p.hatami", "Ali Larijani": "p.larijani"}
	for _, c := range []struct{ name, text, want, not string }{
		{"a person opens a sentence with no trigger",
			"Amir Hatami met reporters in Tehran. Ali Larijani was in the room. He condemned Israel.",
			"p.larijani ISR 111", "p.hatami ISR"},
		{"a pronoun with no trigger carries the person on",
			"Amir Hatami met reporters in Tehran. He was tired. The room was cold. He condemned Israel.",
			"p.hatami ISR 111", ""},
	} {
		d := testDoc(c.text)
		for name, id := range people {
			at := strings.Index(c.text, name)
			if at < 0 {
				continue
			}
			d.Entities = append(d.Entities, doc.Entity{KBID: id, Name: name, Type: doc.TypePerson, Country: "IRN"})
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: at, End: at + len(name)}, Text: name, Type: doc.TypePerson, KBID: id, Entity: len(d.Entities) - 1, Role: -1})
		}
		sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Span.Start < d.Mentions[j].Span.Start })
		if err := New(nil, nil).Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, e := range d.Events {
			g := e.Source + " " + e.Target + " " + e.Cameo
			got = append(got, g)
			found = found || g == c.want
			if c.not != "" && strings.HasPrefix(g, c.not) {
				t.Errorf("%s: the pronoun took the wrong person: %q", c.name, g)
			}
		}
		if !found {
			t.Errorf("%s: want %q among %q", c.name, c.want, got)
		}
	}
}
