package mention

import "testing"

// TestGrandNames checks that a capitalised "Grand" is an honorific only
// before a title it ranks, and otherwise the first word of a name.
func TestGrandNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The plant will not be relocated to Grand Rapids until at least 2007.", []string{"Grand Rapids/place//name"}, []string{"Rapids"}},
		{"She was the first woman to win a Grand Slam event on clay.", nil, []string{"Slam"}},
		{"The shooting happened at Forum Drive and Mayfield Road in Grand Prairie on Sunday.", nil, []string{"Prairie"}},
		{"Grand Ayatollah Ali al-Sistani called for calm.", []string{"Grand Ayatollah Ali al-Sistani/person/person.ali-al-sistani/alias"}, nil},
		{"Grand Mufti Shawki Allam said the fatwa stood.", []string{"Shawki Allam/person//name"}, []string{"Grand Mufti Shawki Allam"}},
	} {
		d := analyzeShipped(t, tc.text, "2008-05-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
