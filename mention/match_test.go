package mention

import "testing"

// Tests of KB name matching in context.

// TestHyphenModifierOf checks that a place hyphened to a lower-case
// participle after "<Noun> of the" is no part of a body's name: it
// modifies the word after the hyphen ("Fighters of the Rwanda-backed
// M23"); "Bank of Israel" stays one name.
func TestHyphenModifierOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Fighters of the Rwanda-backed M23 rebel group entered the city.", []string{"Rwanda/country/RWA/alias"}, []string{"Fighters of the Rwanda"}},
		{"Workers of the Kenya-based company went on strike.", []string{"Kenya/country/KEN/alias"}, []string{"Workers of the Kenya"}},
		{"The Bank of Israel raised rates.", []string{"Bank of Israel/organization//name"}, []string{"Israel"}},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCapitalList: a list of capitals before a verb acts as one:
// the reading of the last passes to every one before it ("Riyadh, Abu
// Dhabi and Manama withdrew their ambassadors", where only Manama was
// read as Bahrain's government; e.g. Qatar).
func TestCapitalList(t *testing.T) {
	d := analyzeShipped(t, "In 2014, Riyadh, Abu Dhabi and Manama withdrew their ambassadors from Doha.", "2017-06-05")
	want := map[string]string{"Riyadh": "SAU", "Abu Dhabi": "ARE", "Manama": "BHR", "Doha": "place.doha"}
	for _, m := range d.Mentions {
		if w, ok := want[m.Text]; ok {
			if m.KBID != w {
				t.Errorf("%s linked to %q; want %q", m.Text, m.KBID, w)
			}
			delete(want, m.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("no mentions of %v", want)
	}
}

// TestGivenNameDemonym: with the shipped KB, a given name and a demonym
// with no noun after it are a person's name ("Trump critic Mark Cuban to
// sit in the front row": five of them made Cuba the country of a later
// "President Clinton"); a demonym before its noun stays a country's.
func TestGivenNameDemonym(t *testing.T) {
	s := shippedStage(t)
	text := "Trump critic Mark Cuban to sit in the front row. Mark Cuban's team agreed. In May Iranian officials met; John English, a lawyer, spoke. Will British troops leave?"
	d := analyze(t, s, text)
	checkMentions(t, d, text,
		[]string{"Mark Cuban/person//name", "Iranian/country/IRN/demonym", "John English/person//name", "British/country/GBR/demonym"},
		[]string{"Cuban", "May Iranian", "Will British"})
}

// TestISInCapitals: with the shipped KB, "IS" is Islamic State written
// in capitals in running text ("IS fighters", "the IS group"), never the
// word "is" in lower case, nor the verb in a line set in capitals ("THE
// WAR IS OVER"); a country's acronym in such a line still counts ("US
// AND CHINA AGREE").
func TestISInCapitals(t *testing.T) {
	s := shippedStage(t)
	text := "IS fighters seized the town. The group is strong, and the IS group said so.\n\nTHE WAR IS OVER, SAYS KURDISH COMMANDER\n\nUS AND CHINA AGREE TO TALKS"
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"IS/armed_group/group.isis/alias", "US/country/USA/alias"}, []string{"is"})
	n := 0
	for _, m := range d.Mentions {
		if m.KBID == "group.isis" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of Islamic State; want 2 (not the verb in the capitals line)", n)
	}
}

// TestCapitalSourceOfPressure: a capital after "from" and a noun of
// pressure or criticism is its government ("drew criticism from
// Beijing"); after "from" and any other word it stays the city.
func TestCapitalSourceOfPressure(t *testing.T) {
	for _, tc := range []struct{ text, capital, want string }{
		{"Honduras also drew criticism from Beijing over the ouster.", "Beijing", "CHN"},
		{"The plan faced pressure from Washington.", "Washington", "USA"},
		{"Flights from Beijing resumed on Monday.", "Beijing", "place.beijing"},
		{"He returned from Beijing on Monday.", "Beijing", "place.beijing"},
	} {
		d := analyzeShipped(t, tc.text, "2009-06-29")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.capital {
				found = true
				if m.KBID != tc.want {
					t.Errorf("%q: %s linked to %q; want %q", tc.text, m.Text, m.KBID, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %s", tc.text, tc.capital)
		}
	}
}

// TestMiddleInitial: a KB person written with a middle initial the KB
// does not spell is still that person, and so is the surname after it
// ("Colin L. Powell", then "Powell"); a KB name that spells its own
// initials tells namesakes apart, so another initial links no one
// ("George P. Bush" is not George H. W. Bush).
func TestMiddleInitial(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Secretary of State Colin L. Powell flew to Cairo on Monday. Powell met the foreign minister.",
			[]string{"Colin L. Powell/person/person.colin-powell/alias", "Powell/person/person.colin-powell/short-form"}, nil},
		{"Attorney General Loretta E. Lynch told reporters the inquiry would go on.",
			[]string{"Loretta E. Lynch/person/person.loretta-lynch/alias"}, nil},
		{"Land commissioner George P. Bush spoke in Austin on Friday.",
			[]string{"George P. Bush/person//name"}, nil},
		{"George W. Bush and George H. W. Bush attended the ceremony.",
			[]string{"George W. Bush/person/person.george-w-bush/alias", "George H. W. Bush/person/person.george-h-w-bush/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2015-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestUSRoute: "US" before a hyphen and a route number is a federal
// highway, no mention of the country; "US-led" and "US-China" stay the
// country.
func TestUSRoute(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Widening US-36 near the county line will cost $40 million.", nil, []string{"US/country/USA/alias"}},
		{"The US-led coalition struck again.", []string{"US/country/USA/alias"}, nil},
		{"Talks on US-China trade resumed.", []string{"US/country/USA/alias", "China/country/CHN/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-04-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPatronymic checks that a Russian patronymic between a KB person's
// given name and surname keeps the link ("Sergei Viktorovich Lavrov"),
// while a word of the same shape that is no patronymic, or one before a
// name the KB does not know, links no one.
func TestPatronymic(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The talks ended. Foreign Minister Sergei Viktorovich Lavrov said Moscow was ready.", []string{"Sergei Viktorovich Lavrov/person/person.sergey-lavrov/alias"}, nil},
		{"The talks ended. Spokeswoman Maria Vladimirovna Zakharova criticised the aid.", []string{"Maria Vladimirovna Zakharova/person/person.maria-zakharova/alias"}, nil},
		{"The talks ended. Mikhail Vladimirovich Mishustin chaired a meeting.", []string{"Mikhail Vladimirovich Mishustin/person/person.mikhail-mishustin/alias"}, nil},
		{"The talks ended. Ivan Petrovich Sidorov chaired a meeting.", []string{"Ivan Petrovich Sidorov/person//name"}, nil},
		// a Kazakh patronymic after a hyphened given name, and an
		// Azerbaijani father's name with "oglu"
		{"The talks ended. He met Kassym-Jomart Kemeluly Tokayev in Astana.", []string{"Kassym-Jomart Kemeluly Tokayev/person/person.kassym-jomart-tokayev/alias"}, []string{"Kassym/person"}},
		{"The talks ended. He met Ilham Heydar oglu Aliyev in Baku.", []string{"Ilham Heydar oglu Aliyev/person/person.ilham-aliyev/alias"}, []string{"Ilham Heydar/person"}},
		// a hyphened given name before a middle name and a KB surname
		// opens the same unknown person's name
		{"The talks ended. Jean-Claude Marie Juncker said the budget would grow.", []string{"Jean-Claude Marie Juncker/person//name"}, []string{"Claude Marie Juncker/person", "Jean/person"}},
		{"The talks ended. The president, Abdel-Fattah Saeed al-Sisi, met them.", []string{"Abdel-Fattah Saeed al-Sisi/person//name"}, []string{"Fattah Saeed al-Sisi/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSecondSurname checks that the mother's surname a Spanish-speaking
// KB person's full name is written with joins the name ("Juan Manuel
// Santos Calderón" is not Santos and Felipe Calderón), while a place, a
// weekday or a second capitalised word after the name stays out, and a
// person of another country takes none.
func TestSecondSurname(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The deal was signed. President Juan Manuel Santos Calderón said the war was over.", []string{"Juan Manuel Santos Calderón/person/person.juan-manuel-santos/alias"}, []string{"Calderón/person/person.felipe-calderon/alias"}},
		{"The deal was signed. Nicolás Maduro Moros, who was also present, spoke.", []string{"Nicolás Maduro Moros/person/person.nicolas-maduro/alias"}, []string{"Moros/person//name"}},
		{"The deal was signed. Juan Manuel Santos Monday said the war was over.", []string{"Juan Manuel Santos/person/person.juan-manuel-santos/alias"}, nil},
		{"The deal was signed in Bogota by Juan Manuel Santos Colombia style.", []string{"Juan Manuel Santos/person/person.juan-manuel-santos/alias"}, nil},
		{"The deal was signed. John Kerry Smith said the war was over.", nil, []string{"John Kerry Smith/person/person.john-kerry/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-09-26")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestAliasDoubleSurname checks that a one-word KB alias between a given
// name and a hyphened family name is another person's double surname
// ("Dragana Marković-Ilić" is not Duško Marković and an organisation
// "Ilić"), while a KB person hyphened to another ("the Biden-Harris
// campaign") and an alias after a title keep their links.
func TestAliasDoubleSurname(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Analyst Dragana Marković-Ilić said the crisis was the worst.", []string{"Dragana Marković-Ilić/person//name"}, []string{"Marković", "Ilić", "Dragana Marković"}},
		{"Analyst Dragana Markovic-Popescu said it.", []string{"Dragana Markovic-Popescu/person//name"}, []string{"Popescu"}},
		{"The Biden-Harris campaign said it would win.", []string{"Biden/person/person.joe-biden/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-02-26")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSurnameAfterPlacePrep checks that a KB person's surname alone after
// "in" or "near" that the gazetteer knows as a town is the town when the
// article never names the person in full ("fighters in Djibo"), and the
// person when it does.
func TestSurnameAfterPlacePrep(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Its fighters in Djibo backed the new leaders.", []string{"Djibo/place//name"}, []string{"Djibo/person"}},
		{"Troops near Djibo were attacked on Monday.", []string{"Djibo/place//name"}, []string{"Djibo/person"}},
		{"Salou Djibo took power. Faith in Djibo was strong.", []string{"Djibo/person/person.salou-djibo/short-form"}, []string{"Djibo/place"}},
		// after a settlement noun or a compass word and "of"
		{"Fighting resumed around the oil port of Brega in eastern Libya.", nil, []string{"Brega/person"}},
		{"Swanton is about 20 miles west of Toledo in Ohio.", nil, []string{"Toledo/person"}},
		{"Alejandro Toledo was arrested. The son of Toledo spoke.", []string{"Toledo/person/person.alejandro-toledo/short-form"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOrgListSurname checks that a name on the organisation list that is
// also a KB person's surname ("Saab", Elias Bou Saab's; "Suzuki",
// Shunichi Suzuki's) is the firm unless a person's cue goes with it
// (an honorific, a title, a role apposition, "said he").
func TestOrgListSurname(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Saab won a contract to supply fighter jets to the air force.", []string{"Saab/organization//alias"}, []string{"Saab/person"}},
		{"Suzuki cars sold well in India last year.", []string{"Suzuki/organization//alias"}, []string{"Suzuki/person"}},
		{"Shares of Suzuki rose 3 percent on Tuesday.", []string{"Suzuki/organization//alias"}, []string{"Suzuki/person"}},
		{"Toyota and Suzuki announced a partnership.", []string{"Suzuki/organization//alias"}, []string{"Suzuki/person"}},
		{"Mr. Suzuki told reporters the plan was final.", []string{"Suzuki/person//name"}, []string{"Suzuki/organization"}},
		{"Suzuki, the minister, said the budget would be cut.", []string{"Suzuki/person//name"}, []string{"Suzuki/organization"}},
		{"The budget was cut and Suzuki said he would resign.", nil, []string{"Suzuki/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSurnameInName checks that a KB surname that is a common word
// ("Power", Samantha Power's) closing a longer capitalised name is no
// person: findRuns reads the whole name ("Illinois Power"); a title, a
// given name or a sentence of its own keeps the person.
func TestSurnameInName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Illinois Power raised its rates in the spring.", []string{"Illinois Power/organization//name"}, []string{"Power/person"}},
		{"The Department of Water and Power said the outage lasted six hours.", []string{"Department of Water and Power/organization//name"}, []string{"Power/person"}},
		{"Tower of Power played a concert in Oakland.", nil, []string{"Power/person"}},
		{"Florida Power said crews were working.", []string{"Florida Power/organization//name"}, []string{"Power/person"}},
		{"Power said on Monday that the sanctions would continue.", []string{"Power/person//name"}, nil},
		{"Ambassador Samantha Power visited the camp.", []string{"Samantha Power/person/person.samantha-power/alias"}, nil},
		{"The envoy met Ambassador Power in New York.", nil, []string{"Power/organization"}},
		{"Markets were closed in honor of Martin Luther King on Monday.", []string{"Martin Luther King/person//name"}, nil},
		{"Obama Power Plant Rules Face Key Test In U.S. Court.", []string{"Obama/person/person.barack-obama/alias"}, []string{"Obama Power", "Power/person"}},
		{"Suleiman Hamdi said on Monday.", []string{"Suleiman Hamdi/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestVerbSurname checks that a capitalised word that is also an
// auxiliary verb ("Were", "May") after a one-word KB alias inside a
// sentence is the family name of another person, not a verb after the
// KB person; a title-case headline and a full KB name keep their reading.
func TestVerbSurname(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Mugabe Were, a newly elected lawmaker, was shot dead on Tuesday.", []string{"Mugabe Were/person//name"}, []string{"Mugabe/person/person.robert-mugabe"}},
		{"The lawmaker Mugabe Were was shot dead on Tuesday.", []string{"Mugabe Were/person//name"}, []string{"Mugabe/person/person.robert-mugabe"}},
		{"Police said Obama May, a student, was hurt.", []string{"Obama May/person//name"}, []string{"Obama/person/person.barack-obama"}},
		{"British Prime Minister Theresa May, who arrived on Monday, spoke.", []string{"Theresa May/person/person.theresa-may/alias"}, nil},
		{"Mugabe Will Step Down, Party Says.", nil, []string{"Mugabe Will"}},
		{"Talks with Mugabe may resume in May, officials said.", []string{"Mugabe/person/person.robert-mugabe/alias"}, []string{"Mugabe May"}},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestArabicArticleFamilyName checks that an Arabic article hyphened to a
// word the gazetteer knows as a place, right after a given name, is the
// person's family name ("Mohamed Naji al-Assam", not Assam), while the
// same form after a preposition stays a place.
func TestArabicArticleFamilyName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Mohamed Naji al-Assam said the deal was good.", []string{"Mohamed Naji al-Assam/person//name"}, []string{"al-Assam/place"}},
		{"\"We will not forget,\" said Mohamed Naji al-Assam of the association.", []string{"Mohamed Naji al-Assam/person//name"}, []string{"al-Assam/place"}},
		{"Floods hit al-Assam on Monday.", nil, []string{"al-Assam/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-08-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPersonForBody checks that a person's name before "for" ends there
// ("Ahmed al-Rabie for the Forces of Freedom and Change": a person who
// signs for a body), while a body's name built on "for" stays whole.
func TestPersonForBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The deal was signed by Ahmed al-Rabie for the Forces of Freedom and Change alliance.", []string{"Ahmed al-Rabie/person//name", "Forces of Freedom and Change/organization//name"}, []string{"Ahmed al-Rabie for"}},
		{"Physicians for Human Rights said the clinic was shelled.", []string{"Physicians for Human Rights/organization//name"}, nil},
		{"The Committee for the Protection of Journalists said two reporters were held.", []string{"Committee for the Protection of Journalists/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-08-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
