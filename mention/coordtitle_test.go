package mention

import (
	"slices"
	"testing"
)

// Tests of coordinated titles and modifiers.

// TestCoordinatedTitles checks that an appositive with coordinated
// titles gives one role claim per title, each with its own office, and
// that the person's mention keeps the first as its role.
func TestCoordinatedTitles(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		offices    []string
	}{
		{"Binali Yildirim, the prime minister and speaker of parliament, said the vote was fair.", "2023-05-28", []string{"TUR.prime_minister", "TUR.speaker"}},
		{"Emmanuel Macron, the president and a former foreign minister, said nothing.", "2019-03-01", []string{"FRA.president", "FRA.foreign_minister"}},
		{"Binali Yildirim, the prime minister and his wife, voted in Izmir.", "2017-04-16", []string{"TUR.prime_minister"}},
		{"Prime Minister and Finance Minister Binali Yildirim said the vote was fair.", "2017-04-16", []string{"TUR.finance_minister", "TUR.prime_minister"}},
		{"Deputy Prime Minister and Foreign Minister Ayman Safadi said Jordan would help.", "2023-05-28", []string{"JOR.foreign_minister", "JOR.deputy_prime_minister"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.OfficeID)
		}
		if len(got) < len(tc.offices) || len(tc.offices) == 1 && len(got) != 1 {
			t.Errorf("%q: claims %v, want %v", tc.text, got, tc.offices)
			continue
		}
		for i, o := range tc.offices {
			if got[i] != o {
				t.Errorf("%q: claims %v, want %v", tc.text, got, tc.offices)
				break
			}
		}
		for _, m := range d.Mentions {
			if m.Type == "person" && m.Role >= 0 && d.RoleClaims[m.Role].OfficeID != tc.offices[0] {
				t.Errorf("%q: the person's role is %q, want %q", tc.text, d.RoleClaims[m.Role].OfficeID, tc.offices[0])
			}
		}
	}
}

// TestCoordinatedModifier checks that a title coordinated under the
// first one's article shares its modifier, and one with an article of
// its own keeps its own.
func TestCoordinatedModifier(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		mods       []string
	}{
		{"Binali Yildirim, the former prime minister and speaker of parliament, said the vote was fair.", "2023-05-28", []string{"former", "former"}},
		{"Emmanuel Macron, the president and a former foreign minister, said nothing.", "2019-03-01", []string{"", "former"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.Modifier)
		}
		if !slices.Equal(got, tc.mods) {
			t.Errorf("%q: modifiers %q, want %q", tc.text, got, tc.mods)
		}
	}
}
