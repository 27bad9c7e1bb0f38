package mention

import "testing"

// TestQA18Ranks checks that a word qualifying a military rank ("Vice",
// "Rear", "Air Chief", "Warrant") stays out of the officer's name, as
// the rank does (QA18 N-11).
func TestQA18Ranks(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", "Hyppolite Ramaroson", "Vice Admiral"},
		{"Officials said Rear Admiral Jean Dupont arrived.", "Jean Dupont", "Rear Admiral"},
		{"Air Chief Marshal Sipho Ndlovu arrived.", "Sipho Ndlovu", "Air Chief Marshal"},
		{"Later Warrant Officer Ana Ruiz arrived.", "Ana Ruiz", ""},
	})
}

// TestQA18Bodies checks organisations the QA18 run found lost or cut.
func TestQA18Bodies(t *testing.T) {
	s := stage()
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		// N-7: "Forum" and "Platform" head a body's name before "for"
		{"A statement from the Forum for Democratic Change said it was calm. The Platform for Democratic Renewal agreed.",
			[]string{"Forum for Democratic Change/organization//name", "Platform for Democratic Renewal/organization//name"}, []string{"Democratic Renewal/person", "Forum/organization"}},
		{"The Forum for Democracy won seats.", []string{"Forum for Democracy/organization//name"}, []string{"Democracy/organization"}},
		// N-2: towns listed with a place, after a verb of spreading
		{"Troops recaptured Mahas and Bulo Burde. The fighting spread to Kismayo, Baidoa and Bulo Burde.",
			[]string{"Mahas/place//name", "Bulo Burde/place//name", "Kismayo/place//name", "Baidoa/place//name"}, []string{"Bulo Burde/person", "Baidoa/person"}},
		{"The protests spread to Gaza and Bennett within hours. Officials met Kwame Boateng and Sipho Ndlovu in Gaza.",
			[]string{"Bennett/place//name", "Kwame Boateng/person//name", "Sipho Ndlovu/person//name"}, []string{"Bennett/person"}},
		// N-4: an abstract noun opening a sentence or a quote names nothing
		{"\"Democracy has won today,\" he said. Security is tight. Freedom returned. Freedom House said so.",
			[]string{"Freedom House/organization//name"}, []string{"Democracy", "Security"}},
		// N-5: the maker after "made by", "built by" is a firm
		{"They bought four jets made by Bennett and drones built by Zorblat. Bennett said it would deliver them. A house built by John Smith burned.",
			[]string{"Bennett/organization//name", "Zorblat/organization//name", "John Smith/person//name"}, []string{"Bennett/person", "Zorblat/person"}},
		// N-1: a place, a Romance linking word, an article and a name
		{"The protests began in San Antonio de los Baños and spread to Jerusalem de Syria. They reached Vitoria de Santo Antão. Syria de Jerusalem is no place.",
			[]string{"San Antonio de los Baños/place//name", "Jerusalem de Syria/place//name", "Vitoria de Santo Antão/place//name", "Syria/country/SYR/alias"}, []string{"San Antonio/place", "Syria de Jerusalem"}},
		// N-3: "Presidency" heads a body's name; "General" before it stays in
		{"Deputy intelligence chief Ahmed al-Assiri led the General Intelligence Presidency until Saturday.",
			[]string{"General Intelligence Presidency/organization//name", "Ahmed al-Assiri/person//name"}, []string{"Intelligence Presidency"}},
		// N-14: the Tagalog "ng" inside a name; Tagalog bodies' head words
		{"Bangko Sentral ng Pilipinas cut rates. Maria Ng said so.",
			[]string{"Bangko Sentral ng Pilipinas/organization//name", "Maria Ng/person//name"}, []string{"Bangko Sentral/person", "Pilipinas/organization"}},
		// N-12: one unknown name that votes or testifies is a person
		{"Marcos voted in Batac, while Robredo voted in Naga.",
			[]string{"Robredo/person//name", "Naga/place//name"}, []string{"Robredo/organization"}},
		// a party's acronym hyphened to a name word
		{"His party, the PNDS-Tarayya, said so. US-Iran talks began. Senate Tax Chairman Tom Bakk, DFL-Cook, said so.",
			[]string{"PNDS-Tarayya/organization//name", "US/country/USA/alias", "Iran/country/IRN/alias"}, []string{"US-Iran", "DFL-Cook/organization"}},
		// a name with a particle inside before "leader" and a person's name
		{"The court ruled after Azimio la Umoja leader Raila Odinga challenged the law.",
			[]string{"Azimio la Umoja/organization//name", "Raila Odinga/person//name"}, []string{"Azimio la Umoja/person"}},
		// N-8: a body's aim before "of" takes the place it is for
		{"A statement from the Democratic Forces for the Liberation of Iran said it was calm. The Movement for the Emancipation of the Syria Delta attacked. He spoke of the liberation of Syria.",
			[]string{"Democratic Forces for the Liberation of Iran/organization//name", "Movement for the Emancipation of the Syria Delta/organization//name", "Syria/country/SYR/alias"}, []string{"Democratic Forces for the Liberation/organization", "Movement for the Emancipation/organization"}},
	} {
		d := analyze(t, s, tc.text)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		checkInvariants(t, d)
	}
}

// TestQA18PossessiveFirms checks a firm named with "'s": the entity is
// named with it, and an organisation's name right after it is part of
// the firm's (QA18 N-9).
func TestQA18PossessiveFirms(t *testing.T) {
	s := stage()
	text := "Moody's Investors Service downgraded Syria. Later Moody's cut the rating again."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Moody's Investors Service/organization//name", "Moody's/organization//alias"}, []string{"Investors Service/organization"})
	checkInvariants(t, d)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	if !names["Moody's"] || names["Moody"] {
		t.Errorf("entity names %v; want Moody's, not Moody", names)
	}
}

// TestQA18SpokesTitle checks that a spokesperson's title takes a
// hyphened owner whole (QA18 N-13).
func TestQA18SpokesTitle(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Al-Shabaab spokesman Abdiasis Abu Musab told reporters it was over.", "Abdiasis Abu Musab", "Al-Shabaab spokesman"},
		{"Hamas spokesman Hazem Qassem said so.", "Hazem Qassem", "Hamas spokesman"},
	})
}

// TestPortfolioBeforeMinister checks that a portfolio the title lexicon
// lacks, between a place and "Minister", is the post's, not a body's
// name with the place in it.
func TestPortfolioBeforeMinister(t *testing.T) {
	s := stage()
	text := "Gaza Information Minister Azma Bokhari said so. Later Syria Tourism Minister Ana Ruiz agreed."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Gaza/place/PSE.gaza/alias", "Syria/country/SYR/alias", "Azma Bokhari/person//name", "Ana Ruiz/person//name"},
		[]string{"Gaza Information", "Syria Tourism"})
	checkInvariants(t, d)
}

// TestPersonOwnsBody checks that a person's name with a possessive,
// opening a sentence, owns the body after it rather than opening its
// name.
func TestPersonOwnsBody(t *testing.T) {
	s := stage()
	text := "Jean-Pierre Bemba's Movement for the Liberation of Congo joined the talks."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Jean-Pierre Bemba/person//name", "Movement for the Liberation of Congo/organization//name"}, []string{"Jean-Pierre Bemba's Movement"})
	checkInvariants(t, d)
}
