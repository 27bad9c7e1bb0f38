package event

import (
	"testing"
	"time"
)

// qa11Tests are constructions an eleventh QA reading (earthquakes,
// coups, arrest warrants, prisoner swaps, protests; 2022–2024) found
// coded wrongly, in sentences written for sitrep. want: events that must
// be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start
// with.
var qa11Tests = []worldCase{
	// E-1: a natural disaster is no attacker
	{"killed by an earthquake", "2023-02-07", "More than 3,000 people were killed by the earthquake that struck the coast on Monday.", nil, []string{" CVL 19", "  19"}},
	{"killed in a quake", "2023-02-07", "Dozens of villagers were killed in the quake.", nil, []string{" CVL 19", "  19"}},
	{"injured by a typhoon", "2023-02-07", "Hundreds of people were injured by the typhoon in the south.", nil, []string{" CVL 18", "  18"}},
	{"killed by police fire stays an attack", "2023-02-07", "Two protesters were killed by police fire in Lima.", []string{"PERCOP PEROPP 190"}, nil},
	// E-3: the city of a passive arrest is where, not who
	{"arrested in a city", "2022-10-04", "Two journalists were arrested in Isfahan on Sunday.", nil, []string{"IRN "}},
	{"detained in a capital", "2022-10-04", "Two students were detained in Moscow on Sunday.", nil, []string{"RUS "}},
	{"arrested in a country stays the state's", "2022-10-04", "Two journalists were arrested in Lebanon on Sunday.", []string{"LBN MED 173"}, nil},
	// E-4: "placed X under house arrest"
	{"placed a named leader under house arrest", "2023-07-27", "Soldiers said they had placed President Mohamed Bazoum under house arrest.", []string{"NERMIL NERGOV 173"}, []string{"NERGOV  173"}},
	{"put a minister under arrest", "2021-02-01", "The army put Aung San Suu Kyi under house arrest.", []string{"MMRMIL MMRGOV 173"}, nil},
	// E-2: signing a decree or pardon is no agreement
	{"signed a decree", "2022-09-21", "Putin signed a decree on Wednesday raising the number of troops.", nil, []string{"RUSGOV  057", "RUSGOV MIL 057", "RUSGOV RUSMIL 057"}},
	{"signed an executive order", "2021-01-20", "Biden signed an executive order on immigration.", nil, []string{"USAGOV  057"}},
	{"signed pardons", "2024-08-01", "Lukashenko signed pardons for the detained activists.", nil, []string{"BLRGOV  057", "BLRGOV OPP 057", "BLRGOV BLR 057"}},
	{"signing an agreement stays 057", "2022-02-04", "Russia and China signed an agreement on gas supplies.", []string{"RUS CHN 057"}, nil},
	// E-5: arrest warrants; participle adjectives "occupied/besieged"
	{"issued an arrest warrant", "2024-11-21", "The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu.", []string{"IGOJUDICC ISRGOV 173"}, nil},
	{"children from occupied areas", "2023-03-17", "The court accused Russia of deporting children from occupied areas of Ukraine.", nil, []string{"CVL UKR 192", " UKR 192"}},
	{"deported from occupied areas", "2023-03-17", "Ukraine said Russia deported children from occupied areas.", []string{"RUS CVL 174"}, []string{"CVL  192"}},
	{"occupying stays an occupation", "2014-03-18", "Russia occupied Crimea in March.", []string{"RUS UKR 192"}, nil},
	// E-9: "the government" in a story set in one country
	{"the government of the story's country", "2023-02-08", "Rescuers searched the rubble in Ankara and Istanbul on Tuesday. Opposition leaders accused the government of failing to enforce building codes.", []string{"OPP TURGOV 112"}, nil},
	{"no country for a story set in two", "2023-02-08", "Rescuers searched the rubble in Ankara and Aleppo on Tuesday. Opposition leaders accused the government of failing to enforce building codes.", nil, []string{"OPP TURGOV", "OPP SYRGOV"}},
	// E-8: a place in the subject's relative clause is no speaker
	{"a quoted word and a coordinated verb after a relative clause", "2023-02-09", `President Recep Tayyip Erdogan, who toured the devastated province of Hatay on Wednesday, admitted "shortcomings" but said it was impossible to prepare.`, []string{"TURGOV  010"}, []string{"TUR  010"}},
	{"a coordinated verb after a relative clause", "2023-02-09", "Erdogan, who toured the city of Antakya on Wednesday, admitted shortcomings but said the state would rebuild.", []string{"TURGOV  010"}, []string{"TUR  010"}},
	// E-7: a criminal case against X for calling for Y
	{"opened a criminal case for calling for", "2022-03-04", "Russian police opened a criminal case against Alexei Navalny for calling for protests.", []string{"RUSCOP  173"}, []string{"RUSCOP  02"}},
	{"filed charges against", "2023-06-24", "Kenya filed charges against the police chief.", []string{"KEN COP 173"}, nil},
	// E-11: a diplomatic protest and a crackdown on protests are no demonstration
	{"summoned an ambassador to protest", "2022-09-25", "France summoned Russia's ambassador in Paris to protest against the strikes.", []string{"FRA RUSGOV 114"}, []string{"FRA  14"}},
	{"sanctions over a crackdown on protests", "2022-10-17", "Canada imposed sanctions on Iran's morality police over the crackdown on protests.", []string{"CAN IRN 163"}, []string{"IRNCOP  14", "COP  14"}},
	// E-12: aid convoys and refugees crossing a border occupy nothing
	{"an aid convoy crossed into", "2023-02-09", "A Jordanian aid convoy crossed into Syria on Thursday.", []string{"JOR SYR 070"}, []string{"JOR SYR 19"}},
	{"refugees crossed into", "2022-03-01", "Ukrainian refugees crossed into Poland on Tuesday.", nil, []string{"UKRREF POL 19", "UKR POL 19"}},
	{"troops crossing stays an occupation", "2022-02-24", "Russian troops crossed into Ukraine on Thursday.", []string{"RUSMIL UKR 192"}, nil},
	// E-10: rescue teams and field hospitals are humanitarian aid
	{"sent a rescue team", "2023-09-10", "Spain sent a rescue team to Morocco.", []string{"ESP MAR 073"}, nil},
	{"dispatched a field hospital", "2023-09-10", "Qatar dispatched a field hospital to Morocco.", []string{"QAT MAR 073"}, nil},
	{"sent medical teams", "2023-09-10", "Algeria sent search-and-rescue teams and medical teams to Morocco.", []string{"DZA MAR 073"}, nil},
	// E-13: the broker of a swap is not the releaser
	{"freed in a swap brokered by a third state", "2022-12-08", "Brittney Griner was freed in a prisoner swap between Russia and the United States that was brokered by the United Arab Emirates.", nil, []string{"ARE USA 0841", "ARE  0841"}},
	// E-15: the other half of a swap
	{"in exchange for prisoners held by a state", "2023-11-24", "Hamas freed 13 Israeli hostages in exchange for 39 Palestinian prisoners held by Israel.", []string{"PSEREB ISRCVL 0841", "ISR PSECVL 0841"}, nil},
	{"in return for prisoners jailed by a state", "2022-09-21", "Russia released ten foreign fighters in return for 55 Russian soldiers detained by Ukraine.", []string{"UKR RUSMIL 0841"}, nil},
	// E-14: energy supply cuts reduce economic relations
	{"cut gas flows", "2022-06-16", "Russia cut gas flows to Italy on Thursday.", []string{"RUS ITA 160"}, nil},
	{"cut off gas", "2022-04-27", "Russia cut off gas to Bulgaria and Poland.", []string{"RUS BGR 160", "RUS POL 160"}, nil},
	{"accusing him after a warrant", "2024-11-21", "The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu, accusing him of war crimes in Gaza.", []string{"IGOJUDICC ISRGOV 1124"}, []string{"IGOJUDICC PSE 112", "IGOJUDICC  112"}},
	{"a swap between two states brokered by a third", "2022-12-08", "It was a prisoner swap between Russia and the United States that was brokered by the United Arab Emirates.", []string{"ARE RUS 045", "ARE USA 045"}, nil},
}

func TestQA11Events(t *testing.T) { checkWorld(t, qa11Tests) }

// TestCityActor checks which actors after "was arrested in" are places
// rather than states (QA11 E-3; the test pipeline has no gazetteer
// linking of cities to actors, so the rule is checked directly).
func TestCityActor(t *testing.T) {
	for _, tc := range []struct {
		a    actor
		want bool
	}{
		{actor{id: "place.tehran", name: "Tehran", country: "IRN", code: "IRN"}, true},
		{actor{id: "Istanbul", name: "Istanbul", country: "TUR", code: "TUR"}, true},
		{actor{id: "LBN", name: "Lebanon", country: "LBN", code: "LBN"}, false},
		{actor{id: "XKX", name: "Kosovo", country: "XKX", code: "XKX"}, false},
		{actor{id: "person.x", name: "X", country: "IRN", code: "IRNGOV", sector: "GOV", person: true}, false},
	} {
		if got := cityActor(tc.a); got != tc.want {
			t.Errorf("cityActor(%s) = %v, want %v", tc.a.name, got, tc.want)
		}
	}
}

// TestQA11AppositiveDate checks that a time or place inside an appositive
// about the object ("X, a Russian agent convicted of … in 2019") dates
// and places the participle's event, not the main one (QA11 E-6).
func TestQA11AppositiveDate(t *testing.T) {
	for _, tc := range []struct {
		text  string
		trig  string
		date  string
		place string
	}{
		{"France released Ali Karimi, an Iranian diplomat convicted of plotting a bombing in Paris in 2018.", "released", "2023-05-09", ""},
		{"Police arrested Ahmed Ali, a teacher accused of spying, in Cairo on Monday.", "arrested", "2023-05-08", "Cairo"},
		{"Police arrested the teacher in Cairo on Monday.", "arrested", "2023-05-08", "Cairo"},
		{"Lavrov said Russia withdrew its signature from the treaty in 2016.", "said", "2023-05-09", ""},
		{"Lavrov said on Monday that Russia would respond.", "said", "2023-05-08", ""},
		// the clause "a day after" introduces happened a day earlier (QA14 T-1)
		{"Protesters stormed parliament on Monday, a day after Lavrov said the army would stay.", "said", "2023-05-07", ""},
		{"Protesters stormed parliament on Monday, a day after Lavrov said the army would stay.", "stormed", "2023-05-08", ""},
	} {
		p, err := worldPipeline()
		if err != nil {
			t.Fatal(err)
		}
		d := runWorld(t, p, tc.text, time.Date(2023, 5, 9, 0, 0, 0, 0, time.UTC))
		found := false
		for _, e := range d.Events {
			if e.Trigger != tc.trig {
				continue
			}
			found = true
			if e.Date != tc.date || e.Place != tc.place {
				t.Errorf("%q: event %q on %q in %q, want %q in %q", tc.text, tc.trig, e.Date, e.Place, tc.date, tc.place)
			}
		}
		if !found {
			t.Errorf("%q: no event %q", tc.text, tc.trig)
		}
	}
}
