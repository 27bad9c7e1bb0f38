package mention

import (
	"slices"
	"testing"
)

// TestDistributedTitle checks a plural title over a list of states and
// a list of as many names after it: each name takes its state's office,
// in order, or each KB person their own state when the names are in
// another order; lists of different lengths claim nothing.
func TestDistributedTitle(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "person|office id|KB id"
	}{
		{"The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met in Nairobi on Tuesday.",
			[]string{"William Ruto|KEN.president|person.william-ruto", "Yoweri Museveni|UGA.president|person.yoweri-museveni"}},
		{"The presidents of Kenya and Uganda, Yoweri Museveni and William Ruto, met in Nairobi on Tuesday.",
			[]string{"Yoweri Museveni|UGA.president|person.yoweri-museveni", "William Ruto|KEN.president|person.william-ruto"}},
		{"The foreign ministers of France and Germany, Catherine Colonna and Annalena Baerbock, met in Paris.",
			[]string{"Catherine Colonna|FRA.foreign_minister|person.catherine-colonna", "Annalena Baerbock|DEU.foreign_minister|person.annalena-baerbock"}},
		{"The presidents of Kenya, Uganda and Tanzania, William Ruto, Yoweri Museveni and Samia Suluhu Hassan, met in Arusha.",
			[]string{"William Ruto|KEN.president|person.william-ruto", "Yoweri Museveni|UGA.president|person.yoweri-museveni", "Samia Suluhu Hassan|TZA.president|person.samia-suluhu-hassan"}},
		// a stranger keeps the order: the KB cannot say it is wrong
		{"The presidents of Kenya and Uganda, William Ruto and John Okello, met in Nairobi.",
			[]string{"William Ruto|KEN.president|person.william-ruto", "John Okello|UGA.president|"}},
		{"The presidents of Kenya and Uganda, William Ruto, Yoweri Museveni and Samia Suluhu Hassan, met in Arusha.", nil},
		{"The presidents of Kenya and Uganda met in Nairobi on Tuesday. William Ruto and Yoweri Museveni signed a deal.", nil},
		{"The presidents of Kenya and Uganda, and their ministers, met in Nairobi.", nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-06-14")
		var got []string
		for _, c := range d.RoleClaims {
			id := ""
			if c.Mention >= 0 {
				id = d.Mentions[c.Mention].KBID
			}
			got = append(got, c.Person+"|"+c.OfficeID+"|"+id)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: claims %q; want %q", tc.text, got, tc.want)
		}
	}
}
