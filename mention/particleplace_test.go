package mention

import "testing"

// TestParticlePlaceNames: a given name (or a name after a title), a
// family particle and a word that is also a place, country or listed
// firm make one person's name ("Senator Leila de Lima" was a person
// "Leila" and the city of Lima); a KB place before the particle
// ("Santiago de Cuba") and a place's head word ("Ciudad del Este") stay
// places.
func TestParticlePlaceNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Senator Leila de Lima was arrested on drug charges.", []string{"Leila de Lima/person//name"}, []string{"Lima/place/place.lima/alias", "Leila/person//name"}},
		{"Fernando de Lima said the vote was rigged.", []string{"Fernando de Lima/person//name"}, []string{"Lima/place/place.lima/alias"}},
		{"Jan van Breda, the mayor, resigned on Monday.", []string{"Jan van Breda/person//name"}, []string{"Breda"}},
		{"Anna van Holland spoke to reporters.", []string{"Anna van Holland/person//name"}, []string{"Holland/country/NLD/alias"}},
		{"Juan del Peru said the talks had failed.", []string{"Juan del Peru/person//name"}, []string{"Peru/country/PER/alias"}},
		{"Rafael del Valle spoke to reporters.", []string{"Rafael del Valle/person//name"}, []string{"Rafael", "Valle"}},
		{"The ship docked at Santiago de Cuba on Monday.", []string{"Santiago de Cuba/place//name"}, []string{"Santiago de Cuba/person//name"}},
		{"Smugglers operate in Ciudad del Este.", nil, []string{"Ciudad del Este/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-02-24")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
