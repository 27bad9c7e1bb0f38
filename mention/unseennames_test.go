package mention

import "testing"

// TestUnseenCountryNames checks names of the kind wire stories about
// smaller countries carry and the KB does not list: a town before its
// mayor's title and name is a place, the title in lower case or, for a
// one-word town, capitalised ("Roselle Mayor Gayle Smolinski"), and such
// a town gives no type to the list member before it; a bank named in a Slavic
// or Baltic language or in Turkish ends in its head word ("Banka",
// "Bankasi"); a demonym before a body whose name opens with a word that
// is also a rank ("General") is part of the body's name, while the same
// rank before a person's name stays a title.
func TestUnseenCountryNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The party is backed by Ventspils mayor Aivars Lembergs.", []string{"Ventspils/place//name", "Aivars Lembergs/person//name"}, nil},
		{"He met Deputy mayor John Smith on Monday.", []string{"John Smith/person//name"}, []string{"Deputy"}},
		{"The plan was backed by Roselle Mayor Gayle Smolinski on Monday.", []string{"Roselle/place//name", "Gayle Smolinski/person//name"}, []string{"Roselle Mayor Gayle Smolinski"}},
		{"The crowd included Burlington Selectman Richard Miller and Stamford Mayor Dan Malloy.", []string{"Stamford/place//name", "Dan Malloy/person//name"}, []string{"Burlington Selectman Richard Miller/place"}},
		{"He met Deputy Mayor John Smith and Lord Mayor Sally Capp.", []string{"John Smith/person//name", "Sally Capp/person//name"}, []string{"Deputy", "Lord"}},
		{"The collapse of Parex Banka hurt the economy.", []string{"Parex Banka/organization//name"}, []string{"Parex Banka/person"}},
		{"Shares of Ziraat Bankasi fell on Monday.", []string{"Ziraat Bankasi/organization//name"}, nil},
		{"The powerful Tunisian General Labour Union called a strike.", []string{"Tunisian General Labour Union/organization//name"}, []string{"General Labour Union"}},
		{"Tunisian General Rashid Ammar said the army would stay neutral.", []string{"Rashid Ammar/person//name"}, []string{"Tunisian General Rashid Ammar"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
