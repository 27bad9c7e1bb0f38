package mention

import "testing"

// TestPlaceList: the names of a list a plural place noun opens are
// places, though one reads as a given name or a surname.
func TestPlaceList(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Queues formed outside towns including Tirelli, Marquena and Osvaldo Cruz, police said.", []string{"Tirelli/place//name", "Marquena/place//name", "Osvaldo Cruz/place//name"}, []string{"Osvaldo Cruz/person"}},
		{"Troops cleared the villages of Kafr Hamra, Abu Salma and Tell Daman on Friday.", []string{"Abu Salma/place//name", "Tell Daman/place//name"}, []string{"Abu Salma/person"}},
		{"Farmers from provinces such as Sakon Chai and Lam Phan said they were owed money.", []string{"Sakon Chai/place//name", "Lam Phan/place//name"}, []string{"Lam Phan/person"}},
		// a list of people after a plural noun of persons stays people
		{"Leaders including Maria Osorio and Carlos Mendez attended the talks.", []string{"Maria Osorio/person//name", "Carlos Mendez/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGivenPlace: a town named like a person is a place after a place
// cue, alone or joined to a place by "and", unless the article names a
// person who holds the word.
func TestGivenPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police made arrests in Rosario and Mendoza on Sunday.", []string{"Rosario/place//name", "Mendoza/place//name"}, []string{"Rosario/person"}},
		{"Police made arrests in Salta and Rosario on Sunday.", []string{"Rosario/place//name"}, []string{"Rosario/person"}},
		{"Rallies were held in cities like Philadelphia and Charlotte.", []string{"Charlotte/place//name"}, []string{"Charlotte/person"}},
		// a person the article names keeps the word
		{"Rosario Ortega spoke in Managua. Crowds later gathered in Rosario.", []string{"Rosario Ortega/person//name"}, []string{"Rosario/place"}},
		{"Yesterday Rosario said the vote was fair.", nil, []string{"Rosario/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestElidedBody: a name after "the" that holds an elided "of" or
// article ("d'", "l'") and no given name is a body's.
func TestElidedBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Officers of the Agents d'Esquadra closed the border road.", []string{"Agents d'Esquadra/organization//name"}, []string{"Agents d'Esquadra/person"}},
		{"The deputies of the Bloc d'Unitat Obrera abstained.", []string{"Bloc d'Unitat Obrera/organization//name"}, nil},
		{"Lawyers for the Cassa d'Arte said the sale was legal.", []string{"Cassa d'Arte/organization//name"}, nil},
		// a person's name with a particle takes no article
		{"Former president Valéry Giscard d'Estaing died.", []string{"Valéry Giscard d'Estaing/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFacilityHeads: a name before a crossroads', quarter's or walled
// site's noun, perhaps after a modifier ("presidential palace",
// "government complex"), or after "its", is a place.
func TestFacilityHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Protesters gathered at the Sukhumvat intersection on Sunday.", []string{"Sukhumvat/place//name"}, nil},
		{"The president received envoys at the Sebenikoro presidential palace.", []string{"Sebenikoro/place//name"}, nil},
		{"Protesters camped near the Lak Si government complex.", []string{"Lak Si/place//name"}, []string{"Lak Si/organization"}},
		{"The miner said shipments from its Pecém port were delayed.", []string{"Pecém/place//name"}, nil},
		{"Troops raised the flag over the Tal Ruma citadel.", []string{"Tal Ruma/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
