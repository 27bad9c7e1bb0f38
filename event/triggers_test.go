package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/segment"
)

// Tests of trigger filtering.

// TestInitialParticiple checks that a sentence-initial participle
// before a noun ("Ousted president X") is the noun's adjective, no act,
// as the PLOVER eval codes (segment and mentions, sourceless events kept).
func TestInitialParticiple(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(k, nil)
	c.KeepSourceless = true
	p, err := pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, segment.New(), mention.New(k, mention.Options{}), c)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million in public funds by Haitian government officials.",
		"Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.",
	} {
		d := runWorld(t, p, text, time.Date(2005, 4, 2, 0, 0, 0, 0, time.UTC))
		for _, e := range d.Events {
			if strings.HasPrefix(e.Cameo, "17") {
				t.Errorf("%q: coded %s by %q, want no coercion (the participle is an adjective)", text, e.Cameo, e.Trigger)
			}
		}
	}
}

// TestEvacuatePeople checks that evacuating nationals or citizens is
// no military retreat, while evacuating a place stays one.
func TestEvacuatePeople(t *testing.T) {
	checkWorld(t, []worldCase{
		{"evacuate foreign nationals", "2000-05-08", "British paratroopers arrived in Freetown to evacuate foreign nationals.", nil, []string{"GBRMIL CVL 0874", "GBRMIL  0874"}},
		{"evacuated its citizens", "2022-03-01", "India evacuated its citizens from Ukraine.", nil, []string{"IND UKR 0874"}},
		{"evacuated a city", "2022-11-11", "Russian troops evacuated Kherson.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestMannerNominal: a conflict noun in an "in"/"during" phrase
// after the object of a conflict verb ("killed 12 militants in
// clashes") says how that act was done; the victims do not clash with
// the place.
func TestMannerNominal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"killed in clashes", "2015-08-10", "Pakistani security forces killed 12 militants in clashes in the northwestern tribal region of North Waziristan.", []string{"PAKCOP PAKREB 190"}, []string{"REB PAK"}},
		{"clashed in fighting", "2012-11-20", "Rebels clashed with troops in fighting near Goma.", []string{"CODREB CODMIL 190"}, []string{"REB COD "}},
		{"a clash as the main verb stays", "2012-11-20", "Rebels clashed with troops near Goma.", []string{"CODREB CODMIL 190", "CODMIL CODREB 190"}, nil},
	})
}

// TestPerfectRelative: a perfect-tense relative clause ("which have
// been fighting since April", "who had crossed into the country") tells
// an actor's history, no event the sentence reports; a past-tense one
// is left as it was.
func TestPerfectRelative(t *testing.T) {
	checkEvents(t, []eventCase{
		{"which have been fighting", "2023-05-02", "Sudan's army and the Rapid Support Forces, which have been fighting in the capital since mid-April, failed to observe a seven-day truce.", nil, []string{"190"}},
		{"who had crossed", "2021-04-20", "Chad's army said its forces had killed more than 300 rebels who had crossed into the country from Libya.", []string{"TCDMIL REB 190"}, []string{"192"}},
		{"a past relative stays", "2022-03-01", "Russian troops, who attacked Kharkiv on Monday, shelled Kyiv.", []string{"RUSMIL UKR 194", "RUSMIL UKR 190"}, nil},
	})
}

// TestParticipleModifier: an -ing participle right after an actor
// in a sentence with a finite event verb describes that actor
// ("students protesting against pension reforms"), no event of its own;
// alone it stays.
func TestParticipleModifier(t *testing.T) {
	checkEvents(t, []eventCase{
		{"students protesting", "2018-04-20", "Nicaraguan riot police fired rubber bullets at students protesting against pension reforms in Managua.", []string{"NICCOP NICEDU 175"}, []string{"140"}},
		{"people marching", "2019-02-12", "Thousands of people marching in Caracas clashed with police.", []string{"VENCOP"}, []string{"141"}},
		{"a headline participle stays", "2019-02-12", "Students protesting against pension reforms in Managua.", []string{"140"}, nil},
	})
}

// TestReachedByTelephone: sources "reached by telephone" tell how a
// reporter spoke to them, no call between actors.
func TestReachedByTelephone(t *testing.T) {
	checkEvents(t, []eventCase{
		{"reached by telephone", "2012-03-05", "Syrian government forces shelled the district of Baba Amr on Monday, according to activists and residents reached by telephone.", nil, []string{"OPP CVL 041", "CVL OPP 041"}},
		{"spoke by telephone stays a call", "2012-03-05", "Putin spoke by telephone with Erdogan.", []string{"RUSGOV TURGOV 041"}, nil},
	})
}

// TestCauseAdjunct: the earlier act a phrase "in retaliation for" or
// "in response to" names is what the event answers, no new event.
func TestCauseAdjunct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"in retaliation for a strike that killed", "2020-01-08", "Iran fired ballistic missiles at two Iraqi air bases housing U.S. troops in retaliation for the U.S. drone strike that killed Iranian commander Qassem Soleimani.", []string{"IRN USAMIL"}, []string{"USAMIL IRNMIL", "USA IRNMIL"}},
		{"in retaliation for strikes", "2024-01-08", "Hezbollah fired rockets at Israel in retaliation for Israeli strikes on Lebanon.", []string{"LBNREB ISR 194"}, []string{"ISR LBN"}},
	})
}

// TestHostedStay: hosting a person for years (a decade, "for five years",
// "from 1991 to 1996") is shelter, no visit; a dated visit stays.
func TestHostedStay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a decade", "2011-05-02", "The Taliban hosted bin Laden in the 1990s.", nil, []string{"043", "042"}},
		{"the early 1990s", "2011-05-02", "Sudan hosted Osama bin Laden in the early 1990s.", nil, []string{"043", "042"}},
		{"for years", "2011-05-02", "Sudan hosted bin Laden for five years.", nil, []string{"043", "042"}},
		{"a range of years", "2011-05-02", "Sudan hosted bin Laden from 1991 to 1996.", nil, []string{"043", "042"}},
		{"a dated visit stays", "2012-03-01", "Merkel hosted Obama in Berlin on Friday.", []string{"DEUGOV USAGOV 043", "USAGOV DEUGOV 042"}, nil},
		{"a visit of days stays", "2012-03-01", "Merkel hosted Obama in Berlin for three days.", []string{"DEUGOV USAGOV 043"}, nil},
		{"a visit in a year stays", "2014-03-01", "Merkel hosted Obama in Berlin in 2013.", []string{"DEUGOV USAGOV 043"}, nil},
	})
}

// TestNamedInvestigation: an investigation whose category names itself
// before the noun ("a corruption investigation", "a war crimes
// probe") takes that sub-code, as "investigated corruption" does.
func TestNamedInvestigation(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a corruption investigation", "2021-06-01", "Peruvian prosecutors opened a corruption investigation into former President Martin Vizcarra on Tuesday.", []string{"PERJUD PERELI 091"}, []string{"PERJUD PERELI 090"}},
		{"a war crimes probe", "2022-03-03", "The International Criminal Court launched a war crimes probe into Russia on Thursday.", []string{"IGOJUDICC RUS 094"}, []string{"IGOJUDICC RUS 090"}},
		{"a plain investigation stays", "2022-03-03", "The International Criminal Court opened an investigation into Russia on Thursday.", []string{"IGOJUDICC RUS 090"}, nil},
	})
}

// TestOrderedToLeave: ordering a state's envoy or a peacekeeping
// mission to leave is an expulsion (166, 1661), not a bare demand.
func TestOrderedToLeave(t *testing.T) {
	checkWorld(t, []worldCase{
		{"ordered the ambassador to leave", "2023-08-25", "Niger ordered the French ambassador to leave the country.", []string{"NER FRAGOV 166"}, []string{"NER FRAGOV 100"}},
		{"ordered peacekeepers to leave", "2023-06-16", "Mali ordered the United Nations peacekeeping mission to leave the country.", []string{"MLI IGOUNO 1661"}, []string{"MLI IGOUNO 100"}},
	})
}

// TestAgreedOnDeal: "agreed on a deal" is a deal reached (057), as
// "reached a deal" is, both ways for a pair.
// TestPoliceAbroad: police sent to another state serve a mission there
// (074, no 154 mobilisation); a ship detained is property seized (171);
// "after more than a year of talks" names no negotiation; a conditional
// expulsion of an envoy threatens to cut relations (1313).
func TestPoliceAbroad(t *testing.T) {
	checkEvents(t, []eventCase{
		{"police sent abroad", "2024-06-25", "Kenya sent 400 police officers to Haiti on Tuesday as the first contingent of a UN-backed mission.", []string{"KEN HTI 074"}, []string{"154"}},
		{"a tanker detained", "2019-07-04", "British marines helped detain an Iranian tanker off Gibraltar on Thursday.", []string{"GBRMIL IRN 171"}, []string{"173"}},
		{"talks of a year before", "2018-08-27", "The United States and Mexico reached a trade deal on Monday after more than a year of talks.", []string{"USA MEX 057"}, []string{"046"}},
		{"a conditional expulsion", "2023-11-20", "South Africa could expel Israel's ambassador if the war in Gaza continues.", []string{"ZAF ISRGOV 1313"}, []string{"ISRGOV 131 "}},
	})
}

// TestAbuseOfOffice: "abuse of office/power" is the charge, no assault;
// a result noun after it still reacts to the court, not the convicted.
func TestAbuseOfOffice(t *testing.T) {
	checkEvents(t, []eventCase{
		{"jailed for abuse of office", "2011-10-11", "A court in Kiev sentenced former Prime Minister Yulia Tymoshenko to seven years in prison for abuse of office, a ruling the European Union condemned.",
			[]string{"UKRJUD UKRELI 116", "IGOEUREEC UKRJUD 111"}, []string{"182", "IGOEUREEC UKRELI 111"}},
		{"abuse of power", "2019-05-02", "Prosecutors charged the mayor with abuse of power.", nil, []string{"182"}},
	})
}

// TestSignedWith: "X signed a deal (agreement, pact …) with Y" is signed
// by both (057 both ways), as "X and Y signed a deal" is.
func TestSignedWith(t *testing.T) {
	checkEvents(t, []eventCase{
		{"signed a deal with", "2008-08-30", "Italy signed a compensation deal with Libya in Benghazi on Saturday.", []string{"ITA LBY 057", "LBY ITA 057"}, nil},
	})
}

func TestAgreedOnDeal(t *testing.T) {
	checkWorld(t, []worldCase{
		{"agreed on a deal", "2019-07-05", "Ethiopia and Eritrea agreed on a peace deal on Monday.", []string{"ETH ERI 057", "ERI ETH 057"}, []string{"ETH ERI 030"}},
	})
}
