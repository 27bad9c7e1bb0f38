package mention

import "testing"

// Tests of places joined over a linking word.

// TestBodies checks that organisations named over a linking word are
// neither lost nor cut.
func TestBodies(t *testing.T) {
	s := stage()
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		// "Forum" and "Platform" head a body's name before "for"
		{"A statement from the Forum for Democratic Change said it was calm. The Platform for Democratic Renewal agreed.",
			[]string{"Forum for Democratic Change/organization//name", "Platform for Democratic Renewal/organization//name"}, []string{"Democratic Renewal/person", "Forum/organization"}},
		{"The Forum for Democracy won seats.", []string{"Forum for Democracy/organization//name"}, []string{"Democracy/organization"}},
		// towns listed with a place, after a verb of spreading
		{"Troops recaptured Mahas and Bulo Burde. The fighting spread to Kismayo, Baidoa and Bulo Burde.",
			[]string{"Mahas/place//name", "Bulo Burde/place//name", "Kismayo/place//name", "Baidoa/place//name"}, []string{"Bulo Burde/person", "Baidoa/person"}},
		{"The protests spread to Gaza and Bennett within hours. Officials met Kwame Boateng and Sipho Ndlovu in Gaza.",
			[]string{"Bennett/place//name", "Kwame Boateng/person//name", "Sipho Ndlovu/person//name"}, []string{"Bennett/person"}},
		// an abstract noun opening a sentence or a quote names nothing
		{"\"Democracy has won today,\" he said. Security is tight. Freedom returned. Freedom House said so.",
			[]string{"Freedom House/organization//name"}, []string{"Democracy", "Security"}},
		// the maker after "made by", "built by" is a firm
		{"They bought four jets made by Bennett and drones built by Zorblat. Bennett said it would deliver them. A house built by John Smith burned.",
			[]string{"Bennett/organization//name", "Zorblat/organization//name", "John Smith/person//name"}, []string{"Bennett/person", "Zorblat/person"}},
		// a place, a Romance linking word, an article and a name
		{"The protests began in San Antonio de los Baños and spread to Jerusalem de Syria. They reached Vitoria de Santo Antão. Syria de Jerusalem is no place.",
			[]string{"San Antonio de los Baños/place//name", "Jerusalem de Syria/place//name", "Vitoria de Santo Antão/place//name", "Syria/country/SYR/alias"}, []string{"San Antonio/place", "Syria de Jerusalem"}},
		// "Presidency" heads a body's name; "General" before it stays in
		{"Deputy intelligence chief Ahmed al-Assiri led the General Intelligence Presidency until Saturday.",
			[]string{"General Intelligence Presidency/organization//name", "Ahmed al-Assiri/person//name"}, []string{"Intelligence Presidency"}},
		// the Tagalog "ng" inside a name; Tagalog bodies' head words
		{"Bangko Sentral ng Pilipinas cut rates. Maria Ng said so.",
			[]string{"Bangko Sentral ng Pilipinas/organization//name", "Maria Ng/person//name"}, []string{"Bangko Sentral/person", "Pilipinas/organization"}},
		// one unknown name that votes or testifies is a person
		{"Marcos voted in Batac, while Robredo voted in Naga.",
			[]string{"Robredo/person//name", "Naga/place//name"}, []string{"Robredo/organization"}},
		// a party's acronym hyphened to a name word
		{"His party, the PNDS-Tarayya, said so. US-Iran talks began. Senate Tax Chairman Tom Bakk, DFL-Cook, said so.",
			[]string{"PNDS-Tarayya/organization//name", "US/country/USA/alias", "Iran/country/IRN/alias"}, []string{"US-Iran", "DFL-Cook/organization"}},
		// a name with a particle inside before "leader" and a person's name
		{"The court ruled after Azimio la Umoja leader Raila Odinga challenged the law.",
			[]string{"Azimio la Umoja/organization//name", "Raila Odinga/person//name"}, []string{"Azimio la Umoja/person"}},
		// a body's aim before "of" takes the place it is for
		{"A statement from the Democratic Forces for the Liberation of Iran said it was calm. The Movement for the Emancipation of the Syria Delta attacked. He spoke of the liberation of Syria.",
			[]string{"Democratic Forces for the Liberation of Iran/organization//name", "Movement for the Emancipation of the Syria Delta/organization//name", "Syria/country/SYR/alias"}, []string{"Democratic Forces for the Liberation/organization", "Movement for the Emancipation/organization"}},
	} {
		d := analyze(t, s, tc.text)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		checkInvariants(t, d)
	}
}

// TestRomanceHead checks that capitalised words the stage typed as
// nothing, a Romance linking word and a KB place name one place
// ("Mocímboa da Praia" is not Cape Verde's capital), while a body's
// name ("Banco de Portugal") and a known place alone are unchanged.
func TestRomanceHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Insurgents attacked Mocimboa da Praia and Palma in northern Mozambique.", []string{"Mocimboa da Praia/place//name"}, []string{"Praia/place/place.praia"}},
		{"He flew from Praia to Lisbon.", []string{"Praia/place/place.praia/alias"}, nil},
		{"The Banco de Portugal raised rates.", []string{"Banco de Portugal/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-28")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNewPlace: "New" before a KB place names another place, unlinked
// ("New London" is no mention of London, "New Guinea" none of Guinea);
// a line's first word or a headline's capitalised "New" is left alone.
func TestNewPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The mayor of New London resigned on Monday.", []string{"New London/place//name"}, []string{"London/place/place.london/alias"}},
		{"Troops landed on New Guinea in 1942.", []string{"New Guinea/place//name"}, []string{"Guinea/country/GIN/alias"}},
		{"Officials Announce New Iran Talks.", nil, []string{"New Iran/place//name"}},
		{"New Iran talks open today.", nil, []string{"New Iran/place//name"}},
		{"New Delhi and New Zealand signed the deal.", []string{"New Delhi/place/place.new-delhi/alias", "New Zealand/country/NZL/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-04-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPrefixedPlaceOpensSentence checks that a sentence's first word that
// is a place prefix stays in the place's name it opens.
func TestPrefixedPlaceOpensSentence(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The board may ask voters for money. New Haven is not the only district to consider it.", []string{"New Haven/place//name"}, []string{"Haven"}},
		{"Crews worked overnight. Port Arthur police said the road was closed.", []string{"Port Arthur/place//name"}, []string{"Arthur"}},
		{"New Poll Shows Bump For Clinton.", nil, []string{"New Poll Shows Bump"}},
	} {
		d := analyzeShipped(t, tc.text, "2008-05-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
