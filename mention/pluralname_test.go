package mention

import "testing"

// TestPluralShapedNames checks that names ending like English plurals
// (Latvian and Lithuanian names in -s) open a sentence as a person's name
// and name the town before "Mayor", while plural nouns stay no names.
func TestPluralShapedNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Aivars Lembergs would run for the post again, officials said.",
			[]string{"Aivars Lembergs/person//name"}, nil},
		{"Rimantas Sinkevicius would meet the minister on Friday.",
			[]string{"Rimantas Sinkevicius/person//name"}, nil},
		{"Officials met on Monday. Ventspils Mayor Aivars Lembergs denied wrongdoing.",
			[]string{"Ventspils/place//name", "Aivars Lembergs/person//name"}, []string{"Ventspils Mayor Aivars Lembergs"}},
		{"Kaunas Mayor Visvaldas Matijosaitis backed the result.",
			[]string{"Kaunas/place//name", "Visvaldas Matijosaitis/person//name"}, []string{"Kaunas Mayor Visvaldas Matijosaitis"}},
		{"Troops Fired on the crowd, witnesses said.", nil, []string{"Troops Fired"}},
		{"Bonds Takes Stock. The distraction is gone, and Bonds is ready.", nil, []string{"Bonds Takes Stock"}},
		{"Dickens Departs. Tony Dickens resigns as head coach.", nil, []string{"Dickens Departs"}},
		{"Cowboys Defeat Redskins 21-18. Bill Parcells smiled.", nil, []string{"Cowboys Defeat Redskins"}},
		{"Kaneohes Wilson comes up short. Dean Wilson missed the cut.", nil, []string{"Kaneohes Wilson"}},
		{"Residents Mayor Tom Hale met were angry.", nil, []string{"Residents"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-10-24")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
