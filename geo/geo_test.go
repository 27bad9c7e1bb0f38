package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

func testKB() *kb.KB {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "LBN", Kind: kb.KindCountry, Name: "Lebanon", Capital: "Beirut", Lat: 33.89, Lon: 35.5})
	k.AddActor(kb.Actor{ID: "IRN", Kind: kb.KindCountry, Name: "Iran", Capital: "Tehran", Lat: 35.69, Lon: 51.39})
	k.AddActor(kb.Actor{ID: "LBY", Kind: kb.KindCountry, Name: "Libya", Capital: "Tripoli", Lat: 32.89, Lon: 13.19})
	k.AddActor(kb.Actor{ID: "HKG", Kind: kb.KindCountry, Name: "Hong Kong", Lat: 22.32, Lon: 114.17}) // no capital of its own
	return k
}

func run(t *testing.T, text string, mentions []doc.Mention) *doc.Doc {
	t.Helper()
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Text: text}
	if err := segment.New().Process(d); err != nil {
		t.Fatal(err)
	}
	if mentions != nil {
		d.Mentions = mentions
		d.Fill(doc.LayerMentions)
	}
	if err := NewStage(g).Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func names(d *doc.Doc) string {
	var out []string
	for _, p := range d.Places {
		out = append(out, p.Name+"/"+p.Country)
	}
	return strings.Join(out, ",")
}

func TestPlaces(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"city", "Talks were held in Muscat on Monday.", "Muscat/OMN"},
		{"multiword", "Fighting resumed in the Gaza Strip and in Khan Younis.", "Gaza Strip/PSE,Khan Younis/PSE"},
		{"alias", "Shelling hit Kiev overnight.", "Kyiv/UKR"},
		{"transliteration", "Connections in the capital Naypyitaw were cut.", "Naypyidaw/MMR"},
		{"islands of a country", "Power was cut across Leyte and Samar.", "Leyte/PHL,Samar/PHL"},
		{"country after locative", "The strike took place in Lebanon.", "Lebanon/LBN"},
		{"country a border runs with", "Troops massed on the border with Iran.", "Iran/IRN"},
		{"countries a frontier runs between", "Troops guarded the frontier between Libya and Lebanon.", "Libya/LBY,Lebanon/LBN"},
		{"country traded with", "Traders with Iran complained.", ""},
		{"country after a compass locative", "Floods hit southwestern Iran.", "Iran/IRN"},
		{"country after region of", "Shelling hit the border region of Lebanon.", "Lebanon/LBN"},
		{"country as actor", "Lebanon said it would respond.", ""},
		{"capital acting", "Tehran denied the report.", ""},
		{"capital as place", "Talks in Tehran ended.", "Tehran/IRN"},
		{"possessive", "Israel's airspace was breached over Haifa.", "Haifa/ISR"},
		{"possessive city", "Gaza City's hospitals are full.", "Gaza City/PSE"},
		{"possessive territory with no capital", "Hong Kong's health secretary said cases rose in Kowloon.", "Hong Kong/HKG,Kowloon/HKG"},
		{"lowercase word", "The nice weather in nice places.", ""},
		{"homonym default", "Clashes erupted in Tripoli.", "Tripoli/LBY"},
		{"diacritics", "Protests in Diyarbakır and Sao Paulo.", "Diyarbakir/TUR,Sao Paulo/BRA"},
		{"non-ASCII capital first", "Protests in Łódź and Ürümqi.", "Lodz/POL,Urumqi/CHN"},
		{"non-ASCII lower case first", "Protests in łódź and ürümqi.", ""},
		{"coordinated countries", "Cases were found in Lebanon, Libya and Iran.", "Lebanon/LBN,Libya/LBY,Iran/IRN"},
		{"coordinated after the", "Prices rose in the Lebanon and Iran.", "Lebanon/LBN,Iran/IRN"},
		{"coordinated actors", "Lebanon and Iran said they would respond.", ""},
		{"coordination after a non-place", "Talks in earnest and Iran said yes.", ""},
		{"outside of", "No deaths were reported outside of Iran.", "Iran/IRN"},
		{"north of", "The convoy stopped north of Lebanon.", "Lebanon/LBN"},
		{"of as actor", "The president of Iran spoke.", ""},
		{"part of is membership", "Lebanon would never be part of Iran.", ""},
		{"parts of", "Snow fell in parts of Iran.", "Iran/IRN"},
		{"city", "The show opened in New York on Friday.", "New York/USA"},
		{"city, state", "A girl from Buffalo, New York, died.", "New York State/USA"},
		{"city, state at the end", "He lives in Seattle, Washington.", "Seattle/USA,Washington State/USA"},
		{"state of", "A case was found in the state of Washington.", "Washington State/USA"},
		{"X state", "The cow came from a Washington state farm.", "Washington State/USA"},
		{"governor", "New York Governor Andrew Cuomo spoke.", "New York State/USA"},
		{"upstate", "Snow fell in upstate New York.", "New York State/USA"},
		{"list of cities", "Flights to Paris, New York and London resumed.", "Paris/FRA,New York/USA,London/GBR"},
		{"list of US cities", "Rallies in Seattle, New York, Chicago and Boston.", "Seattle/USA,New York/USA,Chicago/USA,Boston/USA"},
		{"capital", "Talks in Washington ended.", "Washington/USA"},
		{"treaty statute", "Ukraine joined the Rome Statute in 2024.", ""},
		{"lower-case treaty", "Talks on the Minsk agreements failed in Paris.", "Paris/FRA"},
		{"country dateline", "LEBANON — Ministers met on Monday.", "Lebanon/LBN"},
		{"country dateline with agency", "SINGAPORE (Reuters) - Shares fell on Monday.", "Singapore/SGP"},
		{"country opening a sentence", "Lebanon said it would respond.", ""},
		// towns seen in the news that the gazetteer lacked
		{"port and towns", "Jets struck the port of Poti; protesters gathered in Talas, Arawa, Buka and Klerksdorp.",
			"Poti/GEO,Talas/KGZ,Arawa/PNG,Buka/PNG,Klerksdorp/ZAF"},
		// a place's name before a currency noun names the currency
		{"currency after a country", "The rand fell to 18 to the U.S. dollar in Harare.", "Harare/ZWE"},
		{"currency after a capital", "Prices in Singapore are set in Singapore dollars.", "Singapore/SGP"},
		// towns of conflict and election news the gazetteer lacked
		{"Burundian and Ugandan towns", "Gunmen struck in Cibitoke and Kinama; soldiers went to Magere, Hoima and Luuka district.",
			"Cibitoke/BDI,Kinama/BDI,Magere/UGA,Hoima/UGA,Luuka/UGA"},
		// Papua New Guinea's provinces and highland towns
		{"PNG provinces and towns", "A landslide struck Enga province; aid went from Mount Hagen, Wabag and Mendi to Hela.",
			"Enga/PNG,Mount Hagen/PNG,Wabag/PNG,Mendi/PNG,Hela/PNG"},
		// a place after "in" or "at" is where the speakers
		// are, though a reporting verb follows it
		{"officials in a capital said", "Officials in Tehran said the talks would resume.", "Tehran/IRN"},
		{"doctors in a town said", "Doctors in Cap-Haitien said they were short of antibiotics.", "Cap-Haitien/HTI"},
		{"capital still acting", "Officials said Tehran denied the report.", ""},
		{"Himalayan border passes", "Troops clashed at Nathu La in 1967 and near Tawang in 2022.", "Nathu La/IND,Tawang/IND"},
		// an Argentine province the table lacked, against its Bolivian namesake city
		{"Patagonian province", "Oil workers struck in Santa Cruz province and in Chubut.", "Santa Cruz Province/ARG,Chubut/ARG"},
		{"Bolivian city", "Protesters marched in Santa Cruz and Cochabamba.", "Santa Cruz de la Sierra/BOL,Cochabamba/BOL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(run(t, tt.text, nil)); got != tt.want {
				t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestHomonymByContext(t *testing.T) {
	text := "Lebanon mourned. Clashes erupted in Tripoli."
	d := run(t, text, []doc.Mention{{Span: doc.Span{Start: 0, End: 7}, Type: doc.TypeCountry, KBID: "LBN"}})
	if got := names(d); got != "Tripoli/LBN" {
		t.Errorf("places = %q; want Tripoli/LBN", got)
	}
}

func TestMetonymyFromMentions(t *testing.T) {
	text := "In a statement, Beirut rejected the plan."
	i := strings.Index(text, "Beirut")
	d := run(t, text, []doc.Mention{{Span: doc.Span{Start: i, End: i + 6}, Type: doc.TypeCountry, KBID: "LBN", Metonymy: true}})
	if got := names(d); got != "" {
		t.Errorf("metonymic capital taken as a place: %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"Name\t\tIRN\tcity\t1\t2",
		"Name\t\tiran\tcity\t1\t2\t3",
		"Name\t\tIRN\ttown\t1\t2\t3",
		"Name\t\tIRN\tcity\t100\t2\t3",
		"Name\t\tIRN\tcity\t1\t200\t3",
		"\t\tIRN\tcity\t1\t2\t3",
	} {
		if _, err := Parse(strings.NewReader(bad), "x.tsv"); err == nil || !strings.HasPrefix(err.Error(), "x.tsv:1:") {
			t.Errorf("Parse(%q) error = %v; want x.tsv:1: …", bad, err)
		}
	}
}

func TestShippedTable(t *testing.T) {
	g, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 300 {
		t.Errorf("gazetteer has %d places; want at least 300", g.Len())
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Gaza City\t\tPSE\tcity\t31.52\t34.45\t600000\n")
	f.Add("# comment\n\nA\tB;C\tIRN\tregion\t0\t0\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := Parse(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Name == "" || e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 {
				t.Fatalf("bad entry accepted: %+v", e)
			}
		}
	})
}

func BenchmarkPlaces(b *testing.B) {
	g, _ := New(testKB())
	text := strings.Repeat("Israel carried out strikes near Damascus and in southern Lebanon, while talks continued in Muscat and Doha. Officials in Tehran said little. ", 200)
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	s := NewStage(g)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Process(d)
	}
}

// TestCountryNamesake checks that "Georgia" is the US state's row when
// the mention stage read it as an unlinked place, and the country
// otherwise, even in an article that names the USA.
func TestCountryNamesake(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "GEO", Kind: kb.KindCountry, Name: "Georgia", Capital: "Tbilisi", Lat: 41.72, Lon: 44.79})
	k.AddActor(kb.Actor{ID: "USA", Kind: kb.KindCountry, Name: "United States", Capital: "Washington", Lat: 38.9, Lon: -77.04})
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	mention := func(text, name, typ, kbid string) doc.Mention {
		i := strings.Index(text, name)
		return doc.Mention{Span: doc.Span{Start: i, End: i + len(name)}, Text: name, Type: typ, KBID: kbid}
	}
	for _, tc := range []struct {
		text     string
		mentions func(text string) []doc.Mention
		want     string
	}{
		{"The storm hit Atlanta, Georgia on Monday.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "Atlanta", doc.TypePlace, ""), mention(s, "Georgia", doc.TypePlace, "")}
		}, "Atlanta/USA,Georgia/USA"},
		{"The United States said troops moved into Georgia.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "United States", doc.TypeCountry, "USA"), mention(s, "Georgia", doc.TypeCountry, "GEO")}
		}, "Georgia/GEO"},
		{"Troops moved into Georgia.", nil, "Georgia/GEO"},
		{"Georgia lawmakers met on Monday.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "Georgia", doc.TypePlace, "")}
		}, "Georgia/USA"},
		{"Volunteers from Atlanta moved into Georgia.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "Atlanta", doc.TypePlace, ""), mention(s, "Georgia", doc.TypeCountry, "GEO")}
		}, "Atlanta/USA,Georgia/GEO"},
		{"Schools in Northeast Georgia closed.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "Northeast Georgia", doc.TypePlace, "")}
		}, "Georgia/USA"},
		{"Georgia voted. Snow fell in Northern Georgia.", func(s string) []doc.Mention {
			return []doc.Mention{mention(s, "Georgia", doc.TypeCountry, "GEO"), mention(s, "Northern Georgia", doc.TypePlace, "")}
		}, "Georgia/GEO"},
	} {
		d := &doc.Doc{Text: tc.text}
		if err := segment.New().Process(d); err != nil {
			t.Fatal(err)
		}
		if tc.mentions != nil {
			d.Mentions = tc.mentions(tc.text)
			d.Fill(doc.LayerMentions)
		}
		if err := NewStage(g).Process(d); err != nil {
			t.Fatal(err)
		}
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestCuedPlaces checks the towns named like people (cued.tsv): taken
// after a place cue only, from the one-word mentions the mention stage
// gives them.
func TestCuedPlaces(t *testing.T) {
	tests := []struct{ name, text, mention, want string }{
		{"city of a cued name", "The summit was held in the Argentine city of Mendoza.", "Mendoza", "Mendoza/ARG"},
		{"in a cued name", "Police arrested him in Rosario.", "Rosario", "Rosario/ARG"},
		{"near a cued name", "Rebels ambushed a convoy near Mao, killing five soldiers.", "Mao", "Mao/TCD"},
		{"a cued name as a person", "Yesterday Rosario said the vote was fair.", "Rosario", ""},
		{"a cued name in a full name after in", "The letter was found in Rosario Murillo's office.", "Rosario Murillo", ""},
		{"no mention, no cued place", "Police arrested him in Rosario.", "", ""},
		{"town of a cued name", "Guerrillas bombed a police post in the town of Florencia.", "Florencia", "Florencia/COL"},
		{"a cued name as a first name", "Florencia said she would vote.", "Florencia", ""},
		{"in a cued conflict town", "Boko Haram fighters killed dozens in Baga.", "Baga", "Baga/NGA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			if tt.mention != "" {
				i := strings.Index(tt.text, tt.mention)
				ms = []doc.Mention{{Span: doc.Span{Start: i, End: i + len(tt.mention)}, Type: doc.TypePerson}}
			}
			if got := names(run(t, tt.text, ms)); got != tt.want {
				t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDivisions: first-level divisions resolve to their country; a
// state named like its capital city is the city unless the text names
// the state; a county or a lake of the name is no bare division.
func TestDivisions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Gunmen attacked villages in Zamfara and Taraba.", "Zamfara/NGA,Taraba/NGA"},
		{"A hurricane made landfall in Baja California Sur.", "Baja California Sur/MEX"},
		{"Violence flared in Guerrero and Michoacán.", "Guerrero/MEX,Michoacan/MEX"},
		{"Protests spread from Occitanie to Bavaria and Lower Silesia.", "Occitanie/FRA,Bavaria/DEU,Lower Silesia/POL"},
		{"Typhoon winds battered Bulacan and Nueva Ecija.", "Bulacan/PHL,Nueva Ecija/PHL"},
		{"Floods hit East Java and Central Java.", "East Java/IDN,Central Java/IDN"},
		{"Raiders struck in Turkana County.", "Turkana/KEN"},
		{"He is a former governor of São Paulo state.", "Sao Paulo State/BRA"},
		{"Protests in São Paulo grew.", "Sao Paulo/BRA"},
		{"Police in Oaxaca said.", "Oaxaca/MEX"},
		{"Fishermen on Lake Tanganyika were rescued.", "Lake Tanganyika/"},
		{"Rebels seized towns in Tanganyika.", "Tanganyika/COD"},
	} {
		d := run(t, tc.text, nil)
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
	d := run(t, "Police in Oaxaca said.", nil)
	if len(d.Places) != 1 || d.Places[0].Kind != KindCity {
		t.Errorf("Oaxaca alone: %+v; want the city", d.Places)
	}
}

// TestCountryAfterComma: a place name followed by a comma and a country
// ("LA PAZ, Mexico") is a homonym in that country, whatever other
// countries the article names; with none in the table it is no place,
// there or later in the article, rather than a namesake abroad (the
// country after its comma still is one, as after a name the table
// lacks: "in Ohrid, North Macedonia"). In a
// list ("Paris, Germany and Italy") the country may be the next item: it
// picks a homonym but rules none out.
func TestCountryAfterComma(t *testing.T) {
	k, err := kb.Default() // the countries of the shipped KB
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"LA PAZ, Mexico — Storms hit the port. La Paz was dark.", "La Paz/MEX,Mexico/MEX,La Paz/MEX"},
		{"Argentina's minister met. Rain fell in Córdoba, Spain.", "Cordoba/ESP,Spain/ESP"},
		{"Rain fell in Córdoba, Mexico, on Monday. Roads in Córdoba were cut.", "Mexico/MEX"},
		{"Floods hit Tripoli, Lebanon.", "Tripoli/LBN,Lebanon/LBN"},
		{"He toured London, Paris, Germany and Italy.", "London/GBR,Paris/FRA,Germany/DEU,Italy/ITA"},
		{"He toured Córdoba, Chile and Peru.", "Cordoba/ARG,Chile/CHL,Peru/PER"},
		// a state or province after the comma puts the name in its country
		{"Rain fell in Córdoba, Veracruz.", "Veracruz State/MEX"},
		{"He will appear in a Bradford, Ontario court.", "Ontario/CAN"},
		{"Snow fell in Bavaria, Lombardy.", "Bavaria/DEU,Lombardy/ITA"},
		// a place the table lacks, in a dateline or after "in", is still
		// in the country after its comma
		{"OHRID, North Macedonia, March 19 (Reuters) - Talks ended.", "North Macedonia/MKD"},
		{"Talks were held in Ohrid, North Macedonia, on Saturday.", "North Macedonia/MKD"},
		{"Ohrid Kerimov, Georgia's envoy, said it.", ""},
	} {
		d := &doc.Doc{Text: tc.text}
		if err := segment.New().Process(d); err != nil {
			t.Fatal(err)
		}
		if err := NewStage(g).Process(d); err != nil {
			t.Fatal(err)
		}
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestDatelineSouth: the dateline's place, or the place after its comma
// that qualifies it, decides the hemisphere; a text with no dateline, or
// a headline above a northern one, is not south.
func TestDatelineSouth(t *testing.T) {
	k, err := kb.Default() // the capitals and countries of the shipped KB
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"BUENOS AIRES, July 9 (Reuters) - The winter has been harsh.", true},
		{"SYDNEY (AAP) - Farmers said on Sunday.", true},
		{"Drought deepens\nJOHANNESBURG — Dams are low.", true},
		{"MONTEVIDEO, Uruguay, Aug. 2 - x", true},
		{"LONDON, July 9 (Reuters) - The winter has been harsh.", false},
		{"PERTH, Scotland - Snow fell.", false},
		{"The winter has been harsh, officials said - again.", false},
		{"", false},
	} {
		if got := g.DatelineSouth(tc.text); got != tc.want {
			t.Errorf("DatelineSouth(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestWorldDivisionsAndTowns: provinces, governorates, counties and towns
// that conflict, disaster and outbreak news names outside the big
// countries resolve to their country, under their usual spellings; a
// longer division wins over the shorter one inside it, and a division
// left out under its bare name (a surname, a homonym abroad) is found
// only with its head word. The administrative regions of the Philippines
// are places of their own, not the island group they share a word with;
// districts of Baghdad and Syrian towns answer to their usual transliterations.
func TestWorldDivisionsAndTowns(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Floods swept through Mahra and Al Mahwit.", "Al Mahrah/YEM,Al Mahwit/YEM"},
		{"Ebola reached Équateur and Tshuapa, and a case was reported in Kindu.", "Equateur/COD,Tshuapa/COD,Kindu/COD"},
		{"Refugees crossed into Ouaddai and Wadi Fira.", "Ouaddai/TCD,Wadi Fira/TCD"},
		{"Fighting spread from Ouham-Pendé to Kaga-Bandoro and Birao.", "Ouham-Pende/CAF,Kaga-Bandoro/CAF,Birao/CAF"},
		{"Cattle raids hit Northern Bahr el Ghazal and Lakes State.", "Northern Bahr el Ghazal/SSD,Lakes State/SSD"},
		{"Cholera spread in Manicaland and Masvingo.", "Manicaland/ZWE,Masvingo/ZWE"},
		{"Bird flu was found on farms in Menoufia and Daqahliya.", "Menoufia/EGY,Dakahlia/EGY"},
		{"Ebola cases rose in Lofa County, Kailahun and Guéckédou.", "Lofa/LBR,Kailahun/SLE,Gueckedou/GIN"},
		{"Gangs took over roads near Croix-des-Bouquets and Saint-Marc.", "Croix-des-Bouquets/HTI,Saint-Marc/HTI"},
		{"Fires burned in Kakheti and Kvemo-Kartli.", "Kakheti/GEO,Kvemo Kartli/GEO"},
		{"Shelling was reported in Tavush and Gegharkunik.", "Tavush/ARM,Gegharkunik/ARM"},
		{"Floods hit Sughd and Khatlon.", "Sughd/TJK,Khatlon/TJK"},
		{"The army shelled Vavuniya and Kilinochchi.", "Vavuniya/LKA,Kilinochchi/LKA"},
		{"An earthquake struck Nias and the Mentawai Islands.", "Nias/IDN,Mentawai Islands/IDN"},
		{"Police in Heze and Fuyang reported cases.", "Heze/CHN,Fuyang/CHN"},
		{"Gunmen attacked a church in Owo.", "Owo/NGA"},
		{"Floods submerged Dadu and Khairpur.", "Dadu/PAK,Khairpur/PAK"},
		{"Clashes erupted in Kalay and Myeik.", "Kalay/MMR,Myeik/MMR"},
		{"Refugees reached Kasulu.", "Kasulu/TZA"},
		{"The ferry sank off Pemba Island.", "Pemba Island/TZA"},
		{"Insurgents attacked Pemba.", "Pemba/MOZ"},
		{"Typhoon winds lashed Eastern Visayas and the Bicol region.", "Eastern Visayas/PHL,Bicol Region/PHL"},
		{"Rain fell across the Cagayan Valley and in Cagayan.", "Cagayan Valley/PHL,Cagayan/PHL"},
		{"A car bomb exploded in Karrada, and mortars hit Adhamiya and Kadhimiyah.", "Karrada/IRQ,Adhamiyah/IRQ,Kadhimiya/IRQ"},
		{"Rebels held Jarablus, Daraya and Jisr al-Shughour.", "Jarablus/SYR,Daraya/SYR,Jisr al-Shughur/SYR"},
		{"Harari said the region was calm.", ""},
		{"Clashes broke out in the Harari Region.", "Harari Region/ETH"},
	} {
		d := run(t, tc.text, nil)
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestConflictTownsAndFeatures checks towns that conflict and disaster
// news names, rivers and other features, and provinces named like their
// capitals: "X province" is the province, "X" alone the city.
func TestConflictTownsAndFeatures(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Boko Haram attacked Dikwa, Monguno and Damboa.", "Dikwa/NGA,Monguno/NGA,Damboa/NGA"},
		{"Government forces recaptured Saraqeb and Maaret al-Numan.", "Saraqib/SYR,Maarat al-Numan/SYR"},
		{"Troops entered Qayyara.", "Qayyarah/IRQ"},
		{"Marines crossed the Dnipro river near Krynky.", "Dnipro River/UKR,Krynky/UKR"},
		{"Missiles struck Dnipro overnight.", "Dnipro/UKR"},
		{"Cyclone winds lashed the Sundarbans.", "Sundarbans/"},
		{"Boats capsized in the Naf River.", "Naf River/"},
		{"Airstrikes hit Kandahar province and Idlib province.", "Kandahar Province/AFG,Idlib Province/SYR"},
		{"A bomb exploded in Kandahar.", "Kandahar/AFG"},
		{"Relief reached Balakot, Guiuan and Patuakhali.", "Balakot/PAK,Guiuan/PHL,Patuakhali/BGD"},
		{"The offensive on Marjah began.", "Marjah/AFG"},
		{"Rebels were driven out of Slaviansk and Slovyansk fell quiet.", "Sloviansk/UKR,Sloviansk/UKR"},
	} {
		d := run(t, tc.text, nil)
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestAbbreviatedSaint checks names written with "St.": the period is
// read as the names' fold reads it, unless a capitalised word follows
// (a church, hospital or river of the saint).
func TestAbbreviatedSaint(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Roads near St. Marc were cut.", "Saint-Marc/HTI"},
		{"The case was moved to St. Louis.", "St. Louis/USA"},
		{"The case was moved to St Louis.", "St. Louis/USA"},
		{"Kim Day runs St. John's Health System.", ""},
		{"They fished along the St. Johns River.", ""},
	} {
		d := run(t, tc.text, nil)
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestIntroducedPlaces checks names the table lacks that the text
// introduces beside a known city or region: they take its country and
// its point; beside a country, or too far from the anchor, they are left
// out.
func TestIntroducedPlaces(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Survivors in Hernani, a town in Eastern Samar, had no food.", "Hernani/PHL,Eastern Samar/PHL"},
		{"Fighters seized the small village of Kafr Nabudah in Hama province.", "Kafr Nabudah/SYR,Hama Province/SYR"},
		{"Residents fled Kara-Suu, about 20 miles from Osh.", "Kara-Suu/KGZ,Osh/KGZ"},
		{"Troops reached Tokmok, 300 km north of Osh.", "Osh/KGZ"},
		{"Shells hit the village of Aita al-Shaab in Lebanon.", "Lebanon/LBN"},
		{"John Smith, a resident in Kano, said the market was closed.", "Kano/NGA"},
	} {
		d := run(t, tc.text, nil)
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
		for i, p := range d.Places {
			if p.ID == "" && i+1 < len(d.Places) && (p.Lat != d.Places[i+1].Lat || p.Lon != d.Places[i+1].Lon) {
				t.Errorf("%q: %s at %v,%v; want its anchor's point", tc.text, p.Name, p.Lat, p.Lon)
			}
		}
	}
}
