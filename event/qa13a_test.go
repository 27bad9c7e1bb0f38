package event

import (
	"slices"
	"testing"
	"time"
)

// qa13aTests are constructions a thirteenth QA reading (disasters,
// coups, phone diplomacy, bank failures; 2004–2025) found coded wrongly,
// in sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var qa13aTests = []worldCase{
	// E-1: a fronted "In <Place>," is where, never who
	{"In Country, waves swept, killing", "2010-02-28", "In Chile, waves swept through the port of Talcahuano, killing about 300 people.", nil, []string{"CHL "}},
	{"In Country, a car bomb exploded, killing", "2010-02-28", "In Pakistan, a car bomb exploded near a mosque, killing 30 people.", nil, []string{"PAK "}},
	{"In the Country, militants attacked, killing", "2010-02-28", "In the Philippines, Abu Sayyaf militants raided a village, killing 11 people.", nil, []string{"PHL "}},
	{"In compass Country, a suicide bomber, killing", "2010-02-28", "In northern Iraq, a suicide bomber blew himself up at a checkpoint, killing 30 people.", []string{"UAF CVL 180"}, []string{"IRQ "}},
	{"In City, a suicide bomber, killing", "2010-02-28", "In Kabul, a suicide bomber blew himself up at a checkpoint, killing 30 people.", []string{"UAF CVL 180"}, []string{"AFG "}},
	{"Country's army attacked, killing stays the army", "2010-02-28", "Sri Lanka's army attacked the rebel town, killing 40 people.", []string{"LKAMIL CVL 190"}, nil},
	// E-2: a leader's phone call, and the praise it was made for
	{"called X on weekday to discuss", "2022-05-03", "Olaf Scholz called Volodymyr Zelensky on Tuesday to discuss the grain deal.", []string{"DEUGOV UKRGOV 041", "UKRGOV DEUGOV 041"}, nil},
	{"called X on weekday", "2022-05-03", "Recep Tayyip Erdogan called Vladimir Putin late on Tuesday.", []string{"TURGOV RUSGOV 041", "RUSGOV TURGOV 041"}, nil},
	{"called X to congratulate her", "2023-05-03", "Rishi Sunak called Giorgia Meloni to congratulate her.", []string{"GBRGOV ITAGOV 041", "GBRGOV ITAGOV 051"}, nil},
	{"telephoned X to thank him", "2023-05-03", "Volodymyr Zelensky telephoned Rishi Sunak to thank him.", []string{"UKRGOV GBRGOV 041", "UKRGOV GBRGOV 051"}, []string{"UKRGOV  051"}},
	{"called X a name stays criticism", "2022-05-03", "Volodymyr Zelensky called Vladimir Putin a war criminal.", []string{"UKRGOV RUSGOV 111"}, []string{"UKRGOV RUSGOV 041"}},
	// E-3: casualties of an industrial accident are no assault
	{"killed in an explosion at a plant", "2020-08-05", "Three workers were killed in an explosion at a fertiliser plant in Gujarat.", nil, []string{" LAB 19", " CVL 19", "  19"}},
	{"a fire at a factory killed", "2020-08-05", "A fire at a textile factory killed 40 people.", nil, []string{"  19", " CVL 19"}},
	{"miners injured in the blast", "2020-08-05", "Six miners were injured in the blast.", nil, []string{"  19", " LAB 19"}},
	{"killed in an explosion at a market stays an attack", "2020-08-05", "Twelve people were killed in an explosion at a market.", []string{" CVL 190"}, nil},
	{"a bomb at a plant stays an attack", "2020-08-05", "Two workers were killed when a bomb exploded at a gas plant.", []string{" LAB 190"}, nil},
	// E-4: the group whose positions are struck is the target, not the state they are in
	{"struck demonym rebel positions in Country", "2014-09-24", "French jets struck Islamist rebel positions in northern Niger.", []string{"FRAMIL NERREB 195"}, []string{"FRAMIL NER 19"}},
	{"bombed militant hideouts in Country", "2014-09-24", "Pakistani jets bombed militant hideouts in Afghanistan.", []string{"PAKMIL AFGREB 195"}, []string{"PAKMIL AFG 19"}},
	{"hit army positions in Country", "2014-09-24", "Russian aircraft hit army positions in Ukraine.", []string{"RUS UKRMIL 195"}, nil},
	{"refugee camps stay a place", "2014-09-24", "Jordanian police raided refugee camps in Jordan.", nil, []string{"JORCOP JORREF", "JORCOP REF"}},
	// E-5: "accusing it of …": it is the main clause's object; the charge names no target
	{"cut ties with X, accusing it of ties to Y", "2018-05-01", "Morocco cut diplomatic ties with Iran, accusing it of supporting the Polisario Front through Hezbollah.", []string{"MAR IRN 112"}, []string{"MAR LBN", "MAR  112", "MAR IMGREB 112"}},
	{"accusing it of being close to Country", "2018-05-01", "Bahrain cut ties with Qatar, accusing it of being too close to Iran.", []string{"BHR QAT 112"}, []string{"BHR IRN"}},
	{"accusing it of backing: it acts", "2018-05-01", "The United States imposed sanctions on Venezuela, accusing it of backing armed groups in Colombia.", []string{"USA VEN 112"}, []string{"USA  051", "USA UAF 051", "VEN"}},
	// E-6: ", and a team from X arrived" has its own subject; what is discussed is no act
	{", and a team from Org arrived", "2010-05-02", "Greece asked Germany for help, and a delegation from the European Central Bank arrived in Athens.",
		[]string{"IGOEUREEC GRC 042"}, []string{"DEU GRC 042", "DEU  042"}},
	{", and a team of experts arrived", "2010-05-02", "Greece asked Germany for help, and a team of experts arrived in Athens.", nil, []string{"DEU GRC 04", "DEU  04"}},
	{"arrived to discuss support", "2010-05-02", "A delegation from the European Union arrived in Kyiv to discuss budget support.", []string{"IGOEUREEC UKR 042"}, []string{"IGOEUREEC  051", "UKR  051"}},
	// E-7: attacks "against it" are aimed at the subject; feared ones are no act
	{"would not tolerate … to launch attacks against it", "2019-02-20", "Narendra Modi said India would not allow any country to use its soil to launch attacks against it.", nil, []string{"IND  18", "INDGOV  18", "IND  19"}},
	{"militants launched attacks against it: it is the speaker", "2019-02-20", "Pakistan said militants launched attacks against it.", []string{"REB PAK 180", "PAK REB 112"}, []string{" REB 18", "PAK  18"}},
	{"X and Y launched attacks on it", "2019-02-20", "Russia said Ukraine and Britain launched attacks on it.", []string{"UKR RUS 180", "GBR RUS 180"}, []string{"RUS  18"}},
	{"will not tolerate attacks against it", "2019-02-20", "Turkey will not tolerate attacks against it.", []string{" TUR 180 neg"}, []string{"TUR  18"}},
	{"would respond to attacks on it stays a threat", "2019-02-20", "Israel said it would respond to any attacks on it.", []string{"ISR  138"}, nil},
	// E-8: frozen assets are their owner's; a demonym before "assets" is where they are
	{"froze the demonym assets of demonym bank X", "2022-03-01", "Germany froze the German assets of Russian lender Sberbank.", []string{"DEU RUS 1711"}, []string{"DEU DEU"}},
	{"froze demonym assets", "2022-03-01", "Germany froze German assets.", []string{"DEU  1711"}, []string{"DEU DEU"}},
	{"froze the assets of Country's bank stays", "2022-03-01", "The United States froze the assets of Afghanistan's central bank.", []string{"USA AFG 1711"}, nil},
}

func TestQA13aEvents(t *testing.T) { checkWorld(t, qa13aTests) }

// TestQA13aPlaces checks where events of the QA13 constructions are
// placed ("trigger|place" pairs; place "" = none).
func TestQA13aPlaces(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string
	}{
		// E-5: a country inside the charge is not where the sentence's acts happened
		{"accusing it of being close to Country", "2018-05-01", "Bahrain cut ties with Qatar, accusing it of being too close to Iran.",
			[]string{"ties|", "accusing|"}},
		{"the charged act is no event of its own", "2018-05-01", "The United States imposed sanctions on Venezuela, accusing it of backing armed groups in Colombia.",
			[]string{"sanctions|", "accusing|"}}, // the charged act is no event (w13: the accusation alone)
		{"a discussed topic is not where", "2018-05-01", "Emmanuel Macron called Vladimir Putin to discuss the fighting in Syria.",
			[]string{"called|"}},
		{"met in a city to discuss stays there", "2018-05-01", "Emmanuel Macron met Vladimir Putin in Paris to discuss the fighting in Syria.",
			[]string{"met|Paris"}},
	}
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			day, _ := time.Parse(time.DateOnly, tc.date)
			d := runWorld(t, p, tc.text, day)
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Trigger+"|"+e.Place)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: want %q among %q", tc.text, w, got)
				}
			}
		})
	}
}
