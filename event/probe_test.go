package event

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// A probeMention is a name the probe tests mark as a mention: its KB id
// (or "" for a name the KB does not know), type and entity country.
type probeMention struct{ name, id, typ, country string }

// probeDoc is testDoc with only the given mentions marked (every
// occurrence, on word boundaries), and the places layer filled from
// places when it is not nil.
func probeDoc(text string, ms []probeMention, places []doc.Place) *doc.Doc {
	d := testDoc(text)
	d.Mentions, d.Entities = nil, nil
	for _, pm := range ms {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(pm.name) + `\b`)
		for _, at := range re.FindAllStringIndex(text, -1) {
			d.Entities = append(d.Entities, doc.Entity{KBID: pm.id, Name: pm.name, Type: pm.typ, Country: pm.country})
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: at[0], End: at[1]}, Text: pm.name, Type: pm.typ,
				KBID: pm.id, Entity: len(d.Entities) - 1, Role: -1})
		}
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Span.Start < d.Mentions[j].Span.Start })
	if places != nil {
		for i := range places {
			p := &places[i]
			at := strings.Index(text, p.Name)
			p.Span = doc.Span{Start: at, End: at + len(p.Name)}
		}
		d.Places = places
		d.Fill(doc.LayerPlaces)
	}
	return d
}

// probeEvents codes d and renders each event as "SRC>TGT CAMEO target-name"
// with the CAMEO actor codes; negated events end in " neg".
func probeEvents(t *testing.T, c *Coder, d *doc.Doc) []string {
	t.Helper()
	if err := c.Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		s := e.SourceCode + ">" + e.TargetCode + " " + e.Cameo + " " + e.TargetName
		if e.Negated {
			s += " neg"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func country(name, iso3 string) probeMention {
	return probeMention{name, iso3, doc.TypeCountry, iso3}
}

func place(name, iso3 string) probeMention { return probeMention{name, "", doc.TypePlace, iso3} }

// probeTests are constructions found on hand-written probe articles and
// the KB gaps of real news, with other countries and names than the
// probe's.
var probeTests = []struct {
	name, text string
	ms         []probeMention
	places     []doc.Place // nil: no places layer
	want       []string    // each must be among the events (prefix match)
	not        []string    // no event may start with one of these
}{
	{"an unknown person titled by a state's body speaks for the state", "China's foreign ministry spokeswoman Mao Ning urged Egypt to correct its practices.",
		[]probeMention{country("China", "CHN"), {"Mao Ning", "", doc.TypePerson, ""}, country("Egypt", "EGY")}, nil, []string{"CHNGOV>EGY 020"}, []string{">EGY 020"}},
	// a spokesperson speaks for the owner named before the word: a
	// company's is no government's, a state's is its government's
	{"a company's spokeswoman is no government", "Acme spokeswoman Jane Doe condemned the ruling.",
		[]probeMention{{"Acme", "", doc.TypeOrganization, ""}, {"Jane Doe", "", doc.TypePerson, ""}}, nil, nil, []string{"GOV>", "Acme"}},
	{"a state's spokesman is its government", "Iran's spokesman condemned the attack on Syria.",
		[]probeMention{country("Iran", "IRN"), country("Syria", "SYR")}, nil, []string{"IRNGOV>SYR 111"}, nil},
	// E1: an actor noun before "in PLACE" is the actor; the place is where
	{"agent before a place is the target", "Security forces fired tear gas at protesters in Caracas on Monday.",
		[]probeMention{place("Caracas", "VEN")}, nil, []string{"COP>VENOPP 175 protesters"}, []string{"COP>VENOPP 175 Caracas"}},
	{"agent before a place is the target, other country", "Riot police fired water cannon at students in Dhaka.",
		[]probeMention{place("Dhaka", "BGD")}, nil, []string{"COP>BGDEDU 175 students"}, []string{"COP>BGDEDU 175 Dhaka"}},
	{"agent before a place is a source", "Demonstrators in Minsk attacked the police.",
		[]probeMention{place("Minsk", "BLR")}, nil, []string{"BLROPP>COP 180"}, nil},
	{"mayor of a place is the mayor", "Jordan released the mayor of Nablus.",
		[]probeMention{country("Jordan", "JOR"), place("Nablus", "PSE")}, nil, []string{"JOR>PSEGOV 0841 mayor"}, nil},
	{"a place after at-agent and near is no target", "Police fired rubber bullets at demonstrators near the parliament in Nairobi.",
		[]probeMention{place("Nairobi", "KEN")}, nil, []string{"KENCOP>KENOPP 175 demonstrators"}, []string{"COP>KENLEG"}},
	{"a place after a victim noun is no target", "Soldiers shot dead three villagers at a market in Timbuktu.",
		[]probeMention{place("Timbuktu", "MLI")}, nil, []string{"MIL>MLICVL 190"}, []string{"MIL>MLI 19"}},
	{"mobilisation keeps the place", "Russia massed troops near Kharkiv.",
		[]probeMention{country("Russia", "RUS"), place("Kharkiv", "UKR")}, nil, []string{"RUS>UKR 15"}, nil},
	{"place before an agent is people of its country", "The Sudanese government accused Darfur rebels of violating the truce.",
		[]probeMention{country("Sudanese", "SDN"), place("Darfur", "SDN")}, nil, []string{"SDNGOV>SDNREB 112"}, nil},
	{"people who are only located in a place", "Armenia and Azerbaijan exchanged prisoners in Tbilisi on Friday.",
		[]probeMention{country("Armenia", "ARM"), country("Azerbaijan", "AZE"), place("Tbilisi", "GEO")}, nil, nil, []string{"ARM>GEO", "AZE>GEO"}},
	{"an agent before a list of places", "Security forces opened fire on protesters in Tehran and Isfahan.",
		[]probeMention{place("Tehran", "IRN"), place("Isfahan", "IRN")}, nil, []string{"COP>IRNOPP 19"}, []string{"COP>IRNOPP 193 Isfahan"}},
	{"riot control is repression", "Riot police used water cannon against marchers.",
		nil, nil, []string{"COP>OPP 175"}, nil},
	{"mourners are civilians, the funeral's place no target", "Soldiers fired live rounds at mourners at a funeral in Bamako.",
		[]probeMention{place("Bamako", "MLI")}, nil, []string{"MIL>MLICVL 190 mourners"}, []string{"MIL>MLI 190", "MIL>MLI 19"}},
	// a place the KB does not know takes the gazetteer's country
	{"unknown place: gazetteer country", "Russian forces shelled Kharkiv.",
		[]probeMention{country("Russian", "RUS"), place("Kharkiv", "")}, nil, []string{"RUSMIL>UKR 194"}, nil},
	{"unknown region: gazetteer country", "Russia is conducting military exercises in Alaska.",
		[]probeMention{country("Russia", "RUS"), place("Alaska", "")}, nil, []string{"RUS>USA 15"}, nil},
	{"unknown place: the places layer decides", "Gunmen attacked Tripoli on Monday.",
		[]probeMention{place("Tripoli", "")}, []doc.Place{{Name: "Tripoli", Country: "LBN"}}, []string{"UAF>LBN 180"}, []string{"UAF>LBY"}},
	{"a slogan is no verb", `British activists staged a protest in Beijing, unfurling giant ‘Free Tibet’ banners.`,
		[]probeMention{country("British", "GBR"), place("Tibet", "CHN"), place("Beijing", "CHN")}, nil, []string{"GBROPP>CHN 14"}, []string{"GBROPP>CHN 084"}},
	// E2: name-calling is criticism; a neutral or friendly name is not
	{"called X a quoted insult", `Brazil's president called Venezuela a "dictatorship".`,
		[]probeMention{country("Brazil", "BRA"), country("Venezuela", "VEN")}, nil, []string{"BRAGOV>VEN 111"}, nil},
	{"called X an insult, adjective between", "Colombia called Ecuador a corrupt criminal regime.",
		[]probeMention{country("Colombia", "COL"), country("Ecuador", "ECU")}, nil, []string{"COL>ECU 111"}, nil},
	{"called X with the article inside the quote", `Kenya called Sudan "a rogue state" on Monday.`,
		[]probeMention{country("Kenya", "KEN"), country("Sudan", "SDN")}, nil, []string{"KEN>SDN 111"}, nil},
	{"called the X a quoted insult", `Nicaragua called the bishops "terrorists".`,
		[]probeMention{country("Nicaragua", "NIC")}, nil, []string{"NIC>REL 111"}, nil},
	{"a multi-word insult", "Biden called the Russian leader a war criminal.",
		[]probeMention{{"Biden", "person.jb", doc.TypePerson, "USA"}, country("Russian", "RUS")}, nil, []string{"USA>RUSGOV 111"}, nil},
	{"branded X", "Ukraine branded Belarus a terrorist state.",
		[]probeMention{country("Ukraine", "UKR"), country("Belarus", "BLR")}, nil, []string{"UKR>BLR 111"}, nil},
	{"described X as", "Lithuania described Belarus as a puppet of the Kremlin.",
		[]probeMention{country("Lithuania", "LTU"), country("Belarus", "BLR")}, nil, []string{"LTU>BLR 111"}, nil},
	{"called X a partner is no criticism", `France called Germany a "key partner".`,
		[]probeMention{country("France", "FRA"), country("Germany", "DEU")}, nil, nil, []string{"FRA>DEU"}},
	{"called X a friend is no criticism", "Japan called India a trusted friend.",
		[]probeMention{country("Japan", "JPN"), country("India", "IND")}, nil, nil, []string{"JPN>IND"}},
	{"called on is an appeal", "Senegal called on Mali to free the hostages.",
		[]probeMention{country("Senegal", "SEN"), country("Mali", "MLI")}, nil, []string{"SEN>MLI 02"}, []string{"SEN>MLI 111"}},
	// what an effort seeks did not happen; welcoming it is approval
	{"content of an effort", "Peru backed efforts to release the prisoners.",
		[]probeMention{country("Peru", "PER")}, nil, []string{"PER> 051"}, []string{"PER>CVL 084"}},
	{"content of an effort, coordinated", "Kenya welcomed any effort to help end the war in Sudan and de-escalate tensions.",
		[]probeMention{country("Kenya", "KEN"), country("Sudan", "SDN")}, nil, []string{"KEN> 051"}, []string{"KEN> 087", "KEN> 043"}},
	{"plans to after a subject is an intent", "Greece, like other members, plans to impose restrictions on Turkey.",
		[]probeMention{country("Greece", "GRC"), country("Turkey", "TUR")}, nil, []string{"GRC>TUR 13"}, nil},
	{"welcomed a bid is approval, no hosting", "Iran welcomed Oman's bid to mediate.",
		[]probeMention{country("Iran", "IRN"), country("Oman", "OMN")}, nil, []string{"IRN>OMN 051"}, []string{"IRN>OMN 043"}},
	{"passive welcome is approval", "Chile's plan to free the prisoners was welcomed by Peru.",
		[]probeMention{country("Chile", "CHL"), country("Peru", "PER")}, nil, []string{"PER>CHL 051"}, nil},
	{"restoring order is no demand", "Kenya vowed to restore order in Somalia.",
		[]probeMention{country("Kenya", "KEN"), country("Somalia", "SOM")}, nil, nil, []string{"KEN> 10", "KEN>SOM 10"}},
	{"a place is no party to an appeal", "Egypt urged its supporters converging on Najaf to go home.",
		[]probeMention{country("Egypt", "EGY"), place("Najaf", "IRQ")}, nil, nil, []string{"EGY>IRQ"}},
	{"a place after an actor noun is no target, past other words", "Government troops attacked civilians in the western province of Darfur.",
		[]probeMention{place("Darfur", "SDN")}, nil, []string{"MIL>CVL 18"}, []string{"MIL>SDN"}},
	{"only the first place after in is the event's", "Three Indian drivers held hostage in Iraq arrive back in Delhi.",
		[]probeMention{country("Indian", "IND"), country("Iraq", "IRQ"), place("Delhi", "IND")}, nil, nil, []string{"IND>IND"}},
	{"a place hosts no visitor", "Putin made an unannounced visit to Chechnya on Sunday.",
		[]probeMention{{"Putin", "person.vp", doc.TypePerson, "RUS"}, place("Chechnya", "RUS")}, nil, nil, []string{"RUS>"}},
	// E3: an inclusion list names members of the subject; the subject's
	// own actors act too
	{"including list keeps the first conjunct", "The United States and several Latin American governments, including Argentina, Chile and Peru, rejected the result.",
		[]probeMention{country("United States", "USA"), country("Argentina", "ARG"), country("Chile", "CHL"), country("Peru", "PER")}, nil,
		[]string{"USA> 120", "ARG> 120", "CHL> 120", "PER> 120"}, nil},
	{"notably list keeps the first conjunct", "Nigeria and other West African states, notably Ghana and Senegal, condemned the coup in Niger.",
		[]probeMention{country("Nigeria", "NGA"), country("Ghana", "GHA"), country("Senegal", "SEN"), country("Niger", "NER")}, nil,
		[]string{"NGA>", "GHA>", "SEN>"}, nil},
	{"X and other Y, including Z", "Britain and other NATO allies, including Poland, condemned the attack.",
		[]probeMention{country("Britain", "GBR"), {"NATO", "org.nato", doc.TypeOrganization, ""}, country("Poland", "POL")}, nil,
		[]string{"GBR> 111", "POL> 111"}, nil},
	{"such as list without a named head", "Several Gulf states, such as Qatar and Oman, welcomed the truce.",
		[]probeMention{country("Qatar", "QAT"), country("Oman", "OMN")}, nil, []string{"QAT> 05", "OMN> 05"}, []string{"QAT>OMN", "OMN>QAT"}},
	// a joint act of two actors is between them only for intents,
	// consultation and cooperation
	{"two actors' statement is no act between them", "Ghana and Togo expressed concern about the fighting.",
		[]probeMention{country("Ghana", "GHA"), country("Togo", "TGO")}, nil, []string{"GHA> 012", "TGO> 012"}, []string{"GHA>TGO", "TGO>GHA"}},
	{"two actors' appeal is no act between them", "Ghana and Togo appealed for calm.",
		[]probeMention{country("Ghana", "GHA"), country("Togo", "TGO")}, nil, []string{"GHA> 02"}, []string{"GHA>TGO", "TGO>GHA"}},
	{"two actors' agreement is between them", "Ghana and Togo agreed to restore relations.",
		[]probeMention{country("Ghana", "GHA"), country("Togo", "TGO")}, nil, []string{"GHA>TGO 03", "TGO>GHA 03"}, nil},
	// the organisation a country owns is the object; expelling people is 174, so the pledge threatens repression (137)
	{"organisation owned by a country is the object", "Jordan pledged to expel leaders of Syria's Islamic Brotherhood.",
		[]probeMention{country("Jordan", "JOR"), country("Syria", "SYR"), {"Islamic Brotherhood", "", doc.TypeOrganization, ""}}, nil,
		[]string{"JOR>SYR 137 Islamic Brotherhood"}, []string{"JOR>SYR 137 Syria"}},
}

func TestProbeConstructions(t *testing.T) {
	c := New(newsKB(), nil)
	for _, tc := range probeTests {
		t.Run(tc.name, func(t *testing.T) {
			got := probeEvents(t, c, probeDoc(tc.text, tc.ms, tc.places))
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: want an event starting %q among %q", tc.text, w, got)
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

// TestShippedKBCodes: organisations of the shipped KB carry the codes
// the CAMEO/Phoenix convention gives them, and the coder uses them.
func TestShippedKBCodes(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(k, nil)
	for _, tc := range []struct {
		text string
		ms   []probeMention
		want string
	}{
		{"The African Union condemned the coup in Gabon.", []probeMention{{"African Union", "org.au", doc.TypeOrganization, ""}}, "IGOAFRAFU> 111"},
		{"Interpol arrested the suspect in Brazil.", []probeMention{{"Interpol", "org.interpol", doc.TypeOrganization, ""}, place("Brazil", "BRA")}, "IGOCOPITP>"},
		{"Egypt banned the Muslim Brotherhood.", []probeMention{country("Egypt", "EGY"), {"Muslim Brotherhood", "org.muslim-brotherhood", doc.TypeOrganization, ""}}, "EGY> 172 Muslim Brotherhood"},
	} {
		got := probeEvents(t, c, probeDoc(tc.text, tc.ms, nil))
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, tc.want)
		}
		if !found {
			t.Errorf("%q: want an event starting %q among %q", tc.text, tc.want, got)
		}
	}
	if a, ok := k.Actor("org.muslim-brotherhood"); !ok || a.Kind != kb.KindOrganization || a.Name != "Muslim Brotherhood" {
		t.Errorf("org.muslim-brotherhood: got %+v, %v", a, ok)
	}
	// "al-Shabab" as news writes it, lower-case article included, is a
	// name of al-Shabaab (the mention stage matches a lower-case alias
	// word case-insensitively, a capitalised one only capitalised)
	found := false
	for _, n := range k.NamesFolded(kb.Fold("al-Shabab")) {
		found = found || n.Actor.ID == "group.al-shabaab" && strings.HasPrefix(n.Text, "al")
	}
	if !found {
		t.Errorf("al-Shabab: no name of group.al-shabaab written with a lower-case article")
	}
}
