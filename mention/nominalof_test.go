package mention

import "testing"

// Tests of names ending in a nominal with "of".

// TestLiberationOf checks that an organisation's name ending in an
// abstract nominalisation keeps the "of (the) <Place>" it needs, without
// a separate country or place mention, while an event name without an
// organisation word stays split.
func TestLiberationOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gunmen from the Patriotic Front for the Liberation of Mozambique crossed the border.", []string{"Patriotic Front for the Liberation of Mozambique/organization//name"}, []string{"Mozambique"}},
		{"The Movement for the Restoration of the Volta Region issued a statement.", []string{"Movement for the Restoration of the Volta Region/organization//name"}, []string{"Volta Region"}},
		{"The Liberation of Kuwait followed in 1991.", []string{"Kuwait/country/KWT/alias"}, nil},
		// a head word and "of" open the name: the members' place after a second "of"
		{"The Federation of Trade Unions of Bolivia called a strike.", []string{"Federation of Trade Unions of Bolivia/organization//name"}, []string{"Bolivia"}},
		{"The Confederation of Mining Cooperatives of Peru backed the strike.", []string{"Confederation of Mining Cooperatives of Peru/organization//name"}, []string{"Peru"}},
		{"The Department of Trade Statistics of Kenya said so.", []string{"Department of Trade Statistics of Kenya/organization//name"}, []string{"Kenya"}},
		// one capitalised word before the head word
		{"The Permanent Assembly of Human Rights of Bolivia said twenty people had died.", []string{"Permanent Assembly of Human Rights of Bolivia/organization//name"}, []string{"Bolivia"}},
		{"The National Federation of Coffee Growers of Colombia said prices fell.", []string{"National Federation of Coffee Growers of Colombia/organization//name"}, []string{"Colombia"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
