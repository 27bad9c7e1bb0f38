package event

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// newsActors are extra mentions for the real-news phenomena: people
// without a KB office, an organisation with its own CAMEO code.
var newsActors = []struct{ name, id, typ, country string }{
	{"David Petraeus", "person.dp", doc.TypePerson, "USA"},
	{"Ana Ruiz", "person.ar", doc.TypePerson, "PER"},
	{"United Nations", "org.un", doc.TypeOrganization, ""},
	{"Myanmar", "MMR", doc.TypeCountry, "MMR"},
	{"West Bank", "PSE", doc.TypePlace, "PSE"},
	{"Omar Haddad", "person.oh", doc.TypePerson, ""},
	{"Nour Front", "group.nf", doc.TypeArmedGroup, ""},
	{"Palestinians", "PSE", doc.TypeCountry, "PSE"},
}

// newsKB knows the organisation codes the phenomena need.
func newsKB() *kb.KB {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "org.un", Kind: kb.KindOrganization, Name: "United Nations", CAMEO: "IGOUNO", Sector: "IGO"})
	k.AddActor(kb.Actor{ID: "person.dp", Kind: kb.KindPerson, Name: "David Petraeus", Country: "USA"})
	k.AddActor(kb.Actor{ID: "person.ar", Kind: kb.KindPerson, Name: "Ana Ruiz", Country: "PER"})
	k.AddActor(kb.Actor{ID: "group.nf", Kind: kb.KindArmedGroup, Name: "Nour Front", CAMEO: "IMG", Sector: "REB"})
	k.AddActor(kb.Actor{ID: "person.oh", Kind: kb.KindPerson, Name: "Omar Haddad", Country: "EGY"})
	k.AddRole(kb.Role{ID: "r.oh", Person: "person.oh", Office: "group.nf.leader", Country: "group.nf", Start: kb.Date{Year: 2010}})
	return k
}

// newsDoc is testDoc plus the newsActors marked as mentions.
func newsDoc(text string) *doc.Doc {
	d := testDoc(text)
	var alts []string
	for _, a := range newsActors {
		alts = append(alts, regexp.QuoteMeta(a.name))
	}
	re := regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)\b`)
	for _, m := range re.FindAllStringIndex(text, -1) {
		name := text[m[0]:m[1]]
		for _, a := range newsActors {
			if a.name != name {
				continue
			}
			d.Entities = append(d.Entities, doc.Entity{KBID: a.id, Name: a.name, Type: a.typ, Country: a.country})
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: m[0], End: m[1]}, Text: name, Type: a.typ, KBID: a.id, Entity: len(d.Entities) - 1, Role: -1})
		}
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; strings.HasSuffix(m.Text, "i") || strings.HasSuffix(m.Text, "ian") {
			m.How = "demonym" // "Israeli", "Syrian", "Iranian"
		}
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Span.Start < d.Mentions[j].Span.Start })
	return d
}

// codeCodes codes text and returns every event as "SRCCODE TGTCODE CAMEO"
// (the CAMEO actor codes), sorted; negated events end in " neg".
// codedAs returns d's events with CAMEO code, failing the test (naming
// text and d's events) when there is none.
func codedAs(t *testing.T, d *doc.Doc, text, code string) []doc.Event {
	t.Helper()
	var out []doc.Event
	for _, e := range d.Events {
		if e.Cameo == code {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no %s event among %q", text, code, eventCodes(d))
	}
	return out
}

// eventCodes lists d's events as sorted "SRCCODE TGTCODE CAMEO" strings,
// with " neg" after a negated one.
func eventCodes(d *doc.Doc) []string {
	var out []string
	for _, e := range d.Events {
		s := e.SourceCode + " " + e.TargetCode + " " + e.Cameo
		if e.Negated {
			s += " neg"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func codeCodes(t *testing.T, c *Coder, text string) []string {
	t.Helper()
	d := newsDoc(text)
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	return eventCodes(d)
}

// realNewsTests are the phenomena found in real news (the PETR2 GSR
// AFP sentences), each general: agent nouns and titles that give the
// sector, directed meetings, missed triggers, over-generation.
var realNewsTests = []struct {
	name, text string
	want       []string // each must be among the coded events
	not        []string // no coded event may start with one of these
}{
	// actor codes: who the gold codes as GOV, MIL, OPP, EDU …
	{"singular agent noun", "A Syrian court jailed an Israeli student for two years.", []string{"SYRJUD ISREDU 173"}, nil},
	{"title before a person", "General David Petraeus condemned Iran on Monday.", []string{"USAMIL IRN 111"}, nil},
	{"title before a person, lower case is no title", "The visit of general interest to David Petraeus ended.", nil, []string{"USAMIL"}},
	{"organisation code takes its people's sector", "United Nations troops withdrew from Syria on Monday.", []string{"IGOUNOMIL SYR 0874"}, nil},
	{"agent of a modified place", "Israel released the mayor of the northern West Bank city of Nablus.", []string{"ISR PSEGOV 0841"}, nil},
	{"agent from a modified country", "Egypt met with exiled dissidents from military-ruled Myanmar.", []string{"EGY MMROPP 040"}, nil},
	{"singular agent noun before a noun modifies it", "Israel condemned the prisoner abuse in Syria.", nil, []string{"CVL "}},
	{"rebel before a group noun stays an actor", "Rebel groups agreed to hold talks with Syria.", []string{"REB SYR 036"}, nil},
	{"rebel before a plural noun after of is an adjective", "Egypt condemned a wave of rebel attacks on Syria.", nil, []string{"REB SYR 180"}},
	{"leaders of X's organisation are the organisation's", "Israel arrested leaders of Egypt's Nour Front.", []string{"ISR EGY 173"}, []string{"ISR EGYGOV"}},
	{"hyphen modifier takes no agent", "An Egypt-backed tribunal will prosecute Syria.", nil, []string{"EGYJUD"}},
	{"leader of an armed group is the group", "Omar Haddad condemned Israel.", []string{"IMGREB ISR 111"}, nil},
	{"group title before its leader", "Nour Front leader Omar Haddad condemned Israel.", []string{"IMGREB ISR 111"}, []string{"IMGGOV", "group."}},
	// direction: "X met with Y" is X's act; "X and Y met" both
	{"met with is directed", "Egypt met with Syria on Monday.", []string{"EGY SYR 040"}, []string{"SYR EGY"}},
	{"X and Y met is reciprocal", "Egypt and Syria met on Monday.", []string{"EGY SYR 040", "SYR EGY 040"}, nil},
	// missed triggers
	{"engaged X in a firefight", "Syrian rebels engaged Israeli soldiers in a firefight on Saturday.", []string{"SYRREB ISRMIL 193"}, nil},
	{"engaged X in clashes", "Syrian rebels engaged Israeli soldiers in fierce clashes on Saturday.", []string{"SYRREB ISRMIL 190"}, nil},
	{"expressed sorrow", "Egypt expressed sorrow for the victims in Syria.", []string{"EGY  018"}, nil},
	{"expressed gratitude", "Egypt expressed gratitude to Syria for its help.", []string{"EGY SYR 051"}, nil},
	{"fired at: unspecified fire", "Israel fired anti-aircraft batteries at Syria.", []string{"ISR SYR 190"}, []string{"ISR SYR 193"}},
	{"received weapons from", "Syrian rebels received weapons from Iran.", []string{"IRN SYRREB 072"}, nil},
	{"received assurances from", "Syrian rebels received assurances from Turkey.", []string{"TUR SYRREB 030"}, nil},
	{"received a visitor", "Egypt received a delegation from Syria.", []string{"EGY SYRGOV 043", "SYRGOV EGY 042"}, nil},
	// victims of a passive harm verb: the owner of the attack did it
	{"killed in a demonym's air strike", "Five Syrian soldiers were killed in an Israeli air strike on Monday.", []string{"ISR SYRMIL 195"}, nil},
	{"reduced passive killed in strikes", "Syrian soldiers killed in Israeli strikes were buried.", []string{"ISR SYRMIL 190"}, nil},
	{"children killed in shelling", "Four children were killed in Israeli tank shelling.", []string{"ISR CVL 190"}, nil},
	{"a country's name before the attack is its place", "Syrian soldiers were killed in an Israel attack.", nil, []string{"ISR SYR"}},
	{"killed in a country is no attack owner", "Five Syrian soldiers were killed in Israel on Monday.", nil, []string{"ISR SYRMIL"}},
	{"shot dead by: passive with a trigger after the participle", "Two women were shot dead by Syrian troops on Saturday.", []string{"SYRMIL CVL 190"}, []string{"CVL SYR"}},
	// attachment: the visit during a meeting is the subject's
	{"nominal visit takes the clause subject", "Egypt met Syria during a visit to Turkey.", []string{"EGY TUR 042"}, []string{"SYR TUR"}},
	{"participle after a plain noun", "Egypt vetoed a resolution demanding an end to attacks on Israel.", nil, []string{"EGY ISR 10"}},
	{"withdrawal of X: X withdraws", "Egypt demanded the withdrawal of Israeli forces from Syria.", nil, []string{"EGY ISRMIL 087", "EGY SYR 087"}},
	{"own country is no target of a rebuke", "The Palestinians oppose all settlement in the West Bank.", nil, []string{"PSE PSE"}},
	{"object of an infinitive is no passive subject", "Four men accused of planning to kill Syria's president have been pardoned by Egypt.", nil, []string{"EGY SYR"}},
	{"attributive participle", "Egypt threatened to cut ties if jailed Syrian activists are pardoned.", nil, []string{"EGY SYROPP 173"}},
	{"labour strike needs a labour cause", "Syrian rebels continued to strike against Israeli targets.", []string{"SYRREB ISR 190"}, []string{"SYRREB ISR 143"}},
	{"the government beside one state's domestic actors", "Israeli lawmakers accused the government of lying.", []string{"ISRLEG ISRGOV 112"}, nil},
	{"the government beside a foreign state stays unknown", "Israel accused the government of lying.", nil, []string{"ISR ISRGOV"}},
	// "X claimed Y attacked Z": X accuses Y; the attack is coded as alleged
	{"claimed attack is an accusation", "Egypt claimed that Hamas had attacked Israel.", []string{"EGY PSE 112", "PSE ISR 180"}, nil},
	{"said attack is no accusation", "Egypt said that Hamas had attacked Israel.", []string{"PSE ISR 180"}, []string{"EGY PSE 112"}},
	{"alleged as an adjective is no claim", "Egypt condemned the alleged attacks on Israel by Hamas.", nil, []string{"EGY PSE 112"}},
	{"claimed own attack is no accusation", "Hamas claimed that it had attacked Israel.", nil, []string{"PSE PSE", "PSE  112"}},
	// attachment: a relative clause after a plain noun has that noun as subject
	{"relative clause after a noun", "Egypt criticised Syria over a wave of attacks that killed 56 people.", []string{"EGY SYR 111"}, []string{"SYR CVL", "EGY CVL"}},
	{"coordinated verb inside a noun's relative clause", "Egypt criticised neighbour Syria over a recent wave of insurgent attacks that shook the capital and killed 56 people.", []string{"EGY SYR 111"}, []string{"SYR CVL", "EGY CVL", "SYR  180", "SYR CVL 180"}},
	{"relative clause after an actor", "Egypt, which criticised Syria, condemned Israel.", []string{"EGY SYR 111", "EGY ISR 111"}, nil},
	{"appositive names no subject", "Egypt, a key Syrian ally in the war against terrorism, has condemned Israel.", []string{"EGY ISR 111"}, []string{"SYR ISR"}},
	{"resume + -ing is a verb", "Syrian troops resumed shelling Israeli positions.", []string{"SYRMIL ISR 194"}, nil},
	{"general before a noun is an adjective", "Syrian workers held a general strike against Israel.", nil, []string{"MIL "}},
	{"a generic agent owns the attack", "Ten Syrian soldiers were killed in an insurgent attack.", []string{"REB SYRMIL 190"}, nil},
	{"broadening ties after a determiner is no act", "Egypt met with Syria for talks on the broadening ties between Turkey and Israel.", nil, []string{"EGY TUR 050", "EGY ISR 050"}},
	{"opposition before a group noun stays an actor", "Syrian opposition parties condemned Israel.", []string{"SYROPP ISR 111"}, nil},
	// over-generation: the object of a verb is no second event
	{"nominal object of a verb", "Ukraine endorsed an association agreement with Egypt.", []string{"UKR EGY 051"}, []string{"UKR EGY 057"}},
	{"owned nominal object is kept", "Ukraine praised Egypt's agreement with Syria.", []string{"UKR EGY 051", "EGY SYR 057"}, nil},
	{"travel ban to one's own country", "The Canadian government announced bans on travel to Canada against Russia.", nil, []string{"CANGOV CAN"}},
	{"deepen ties", "Egypt moved to deepen ties with Syria.", []string{"EGY SYR 050"}, nil},
	{"seeking to is an intent, no appeal", "Egypt is seeking to improve ties with Syria.", []string{"EGY SYR 032"}, []string{"EGY SYR 020", "EGY SYR 050"}},
	{"sought help is an appeal", "Egypt sought help from Syria.", []string{"EGY SYR 023"}, nil},
	{"upgraded ties", "Egypt and Syria upgraded their diplomatic ties.", []string{"EGY SYR 050", "SYR EGY 050"}, nil},
	{"content of a demand that", "Egypt reiterated its demand today that Israel ease restrictions on Syria.", nil, []string{"ISR SYR 08"}},
	{"helped X", "Russia helped Syria rebuild its army.", []string{"RUS SYR 070"}, nil},
	{"the charge of a punishment is no act", "A Syrian court jailed an Israeli student for helping Hamas.", []string{"SYRJUD ISREDU 173"}, []string{"ISREDU PSE 070", "ISREDU org.hamas"}},
	{"content of pressure is no act", "Syria is being pressured by Israel to help Hamas.", nil, []string{"SYR PSE 070"}},
	// over-generation: a participle after a plain noun is a reduced passive
	{"reduced passive second in its sentence", "16 killed in Syria. Syrian rebels killed 16 people on Saturday.", []string{"SYRREB CVL 190"}, nil},
	{"reduced passive after a noun", "Syria issued warrants for two Israeli men sought in the slaying of Iranian missionaries.", nil, []string{"ISR IRN"}},
	// CAMEO's own verb-dictionary codes
	{"held talks is a negotiation", "Egypt held talks with Syria on Monday.", []string{"EGY SYR 046"}, []string{"EGY SYR 040"}},
	{"held a meeting stays a consultation", "Egypt held a meeting with Syria on Monday.", []string{"EGY SYR 040"}, nil},
	{"travel advisory is no visit", "Egypt advised against all travel to Syria.", []string{"EGY SYR 160"}, []string{"EGY SYR 042"}},
	{"warned citizens against travel", "Egypt warned its citizens against travel to Syria.", []string{"EGY SYR 160"}, []string{"EGY SYR 042"}},
	{"expelled people are deported", "Egypt expelled leaders and members of a banned party.", []string{"EGY  174"}, []string{"EGY  166"}},
	{"expelled people named with a demonym", "Egypt expelled Syrian activists.", []string{"EGY SYROPP 174"}, []string{"EGY SYROPP 166"}},
	{"expelled diplomats stay 166", "Egypt expelled the Syrian ambassador.", []string{"EGY SYRGOV 166"}, []string{"EGY SYRGOV 174"}},
	{"a separatist's positions are the rebels'", "Egypt shelled Syrian separatist positions.", []string{"EGY SYRREB 194"}, []string{"EGY SYR 194"}},
	{"separatists are rebels (REB), as PETRARCH's agent dictionary codes them", "Syrian separatists attacked Egypt.", []string{"SYRREB EGY 180"}, []string{"SYRSEP"}},
	{"the charge after a plain object is no target", "A Syrian court jailed a man for two years for helping Israeli soldiers.", nil, []string{"SYRJUD ISR"}},
	{"the charge of a sentence is no target", "Egypt sentenced a man to death for spying for Israel.", nil, []string{"EGY ISR"}},
	{"a negated appeal's content did not happen", "Egypt did not ask Syria to help Israel.", nil, []string{"SYR ISR"}},
	{"an appeal after will: its content is asked for", "Egypt will ask Syria to help Israel.", []string{"EGY SYR 020"}, []string{"SYR ISR"}},
	{"inspecting a state's installations", "United Nations inspectors inspected nuclear sites in Syria.", []string{"IGOUNO SYR 090"}, nil},
	{"inspecting a state's own installations", "United Nations inspectors will re-examine Syria's refineries.", []string{"IGOUNO SYR 090"}, nil},
	{"a rebel leader in a country is no government", "Israeli troops killed a rebel leader in Syria.", []string{"ISRMIL SYRREB 190"}, []string{"ISRMIL SYRGOV"}},
	{"a militant commander is no army", "Israeli troops killed a militant commander in Syria.", []string{"ISRMIL SYRREB 190"}, []string{"ISRMIL SYRMIL"}},
	{"denied accusations by a claimant: the content is the denier's, denied", "Iran denied accusations by Egypt that it had supplied weapons to Syrian rebels.", []string{"IRN SYRREB 072 neg"}, []string{"EGY SYRREB"}},
	{"armed men are unidentified attackers", "Armed men abducted 30 students in Syria.", []string{"UAF SYREDU 181"}, nil},
	{"began joint exercises", "Egypt and Syria began joint military exercises on Monday.", []string{"EGY SYR 062", "SYR EGY 062"}, nil},
	{"launched drills around a state", "Egypt launched military drills around Syria.", []string{"EGY SYR 150"}, nil},
	{"a flagged ship is its flag state's", "Iran seized an Israeli-flagged tanker in the Gulf.", []string{"IRN ISR 171"}, nil},
	{"claimed an attack in a country", "Hamas claimed responsibility for a deadly attack at a mall in Egypt's capital.", []string{"PSE EGY 015"}, nil},
	{"faces pressure from X: X presses the subject", "Egypt faces mounting pressure from Syria to release activists.", []string{"SYR EGY 100"}, []string{"EGY SYR"}},
	{"under pressure from X", "Egypt came under pressure from Syria to release activists.", []string{"SYR EGY 100"}, []string{"EGY SYR"}},
	{"ordered an investigation is no demand", "Egypt ordered an investigation into Syria.", []string{"EGY SYR 090"}, []string{"EGY SYR 100"}},
}

// TestDyadicCodes: dyadic (PETRARCH-style) coding names both actors by
// code; a person of no known state is no coded actor.
func TestDyadicCodes(t *testing.T) {
	c := New(newsKB(), nil)
	c.RequireTarget = true
	newsActors = append(newsActors, struct{ name, id, typ, country string }{"Lee Moss", "Lee Moss", doc.TypePerson, ""})
	defer func() { newsActors = newsActors[:len(newsActors)-1] }()
	for _, text := range []string{"Lee Moss condemned Israel.", "Israel condemned Lee Moss."} {
		for _, g := range codeCodes(t, c, text) {
			if strings.HasPrefix(g, " ") || strings.Contains(g, "  ") {
				t.Errorf("%q: coded %q with an uncoded actor", text, g)
			}
		}
	}
	if got := codeCodes(t, c, "Egypt condemned Israel."); len(got) != 1 || got[0] != "EGY ISR 111" {
		t.Errorf("coded actors: got %q", got)
	}
	// a joint act of two actors is dyadic too: between the partners
	if got := codeCodes(t, c, "Egypt and Syria are seeking to deepen ties."); !slices.Equal(got, []string{"EGY SYR 032", "SYR EGY 032"}) {
		t.Errorf("joint intent: got %q", got)
	}
}

// TestNullPattern: a "---" pattern codes nothing and blocks the shorter
// patterns it covers.
func TestNullPattern(t *testing.T) {
	d, err := ParseDict("null.txt", strings.NewReader("[patterns]\n020 - ~seek\n--- - ~seek to\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := New(nil, d)
	if got := codeCodes(t, c, "Egypt is seeking to help Syria."); len(got) != 0 {
		t.Errorf("seeking to: coded %q", got)
	}
	if got := codeCodes(t, c, "Egypt sought Syria."); len(got) != 1 || got[0] != "EGY SYR 020" {
		t.Errorf("sought: coded %q", got)
	}
}

func TestRealNews(t *testing.T) {
	c := New(newsKB(), nil)
	for _, tc := range realNewsTests {
		t.Run(tc.name, func(t *testing.T) {
			got := codeCodes(t, c, tc.text)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: want %q among %q", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("%q: coded %q, want nothing starting %q", tc.text, g, n)
					}
				}
			}
		})
	}
}
