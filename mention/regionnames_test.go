package mention

import "testing"

// Tests of names of regions, towns, banks and people that the shape of a
// name and the words around it settle.

// TestRegionNameClasses checks region names opened by "Far" or a colour,
// a town placed in a state, a bank's one-word name, a given name before a
// venue word that is also a surname, a party member and a bound prefix
// hyphened to a name.
func TestRegionNameClasses(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		// "Far" before a compass word names a region
		{"Officials reported few problems in the Far North, where rebels still attack.", []string{"Far North/place//alias"}, nil},
		{"Troops were sent to the Deep South after the attack.", []string{"Deep South/place//alias"}, nil},
		// a capitalised colour before a river's name is part of it
		{"The general met protest leaders near the Blue Nile on Sunday.", []string{"Blue Nile/place//name"}, []string{"Nile"}},
		{"The White Nile and the Black Volta rose after the rains.", []string{"White Nile/place//name", "Black Volta/place//name"}, nil},
		// a name placed "in" a state the text names is a town there
		{"Buhari, a former military ruler from Daura in Katsina state, won.", []string{"Daura/place//name"}, nil},
		{"Gunmen killed 12 people near Kaura Namoda in Zamfara state.", []string{"Kaura Namoda/place//name"}, nil},
		// one word closing on "bank" names a bank
		{"Vietcombank shares rose 2 percent on the Ho Chi Minh Stock Exchange.", []string{"Vietcombank/organization//name"}, nil},
		{"Shares in Vietinbank rose 2 percent on Monday.", []string{"Vietinbank/organization//name"}, nil},
		// (not a person's surname: "Luther Burbank" … "Burbank")
		{"Luther Burbank bred plants. Burbank said the potato would spread.", nil, []string{"Burbank/organization//name"}},
		// a given name before "Arena", also a surname, is a person
		{"The observer mission, led by Maria Arena, will publish its report.", []string{"Maria Arena/person//name"}, []string{"Maria Arena/place//name"}},
		// "X Y of the Z party" introduces a party's member
		{"Cabral Libii of the Univers party was third.", []string{"Cabral Libii/person//name"}, nil},
		// a bound prefix hyphened to a name opens it
		{"Vietnam is also a member of the Trans-Pacific Partnership trade pact.", []string{"Trans-Pacific Partnership/organization//name"}, []string{"Trans", "Pacific Partnership"}},
		// a sponsor's "Office in <country>" is one body, as a "Mission" is
		{"The United Nations Integrated Office in Haiti called for calm.", []string{"United Nations Integrated Office in Haiti/organization//name"}, []string{"Haiti", "Integrated Office"}},
		// (not a body's own office: "the Foreign Office in London")
		{"Johnson left the Foreign Office in London on Monday.", []string{"London/place/place.london/alias"}, nil},
		// "Wat" opens a temple's name
		{"Monks from Wat Phnom joined a rally along the river.", []string{"Wat Phnom/place//name"}, []string{"Wat Phnom/person//name"}},
		// a name listed after a person's keeps a person's type before "won seats"
		{"Sam Rainsy and Kem Sokha won 55 seats, their best result.", []string{"Kem Sokha/person//name"}, []string{"Kem Sokha/organization//name"}},
		// a Spanish press word opens a newspaper's name
		{"Prensa Libre reported that soldiers guarded the palace.", []string{"Prensa Libre/organization//name"}, []string{"Prensa Libre/person//name"}},
		// a body with its head word, "and", one word and a plural verb: two bodies
		{"Hormuud Telecom and Dahabshiil have offered to fund drought relief.", []string{"Hormuud Telecom/organization//name", "Dahabshiil/organization//name"}, []string{"Hormuud Telecom and Dahabshiil"}},
		// (not a name whose last word is the head: "Department of Energy and Mines")
		{"The Department of Energy and Mines are reviewing it.", []string{"Department of Energy and Mines/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-04-11")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
