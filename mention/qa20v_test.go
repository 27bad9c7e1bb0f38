package mention

import (
	"slices"
	"testing"
)

// TestQA20RelativeTitles checks that a title in a present-tense relative
// clause after a name ("who is also deputy prime minister") is a role
// claim, beside the title before the name, and that "who is expected
// to …" or "who was also …" makes none (QA20 V-1: the clause's title gave no
// claim, so two roles that never overlapped went unchecked).
func TestQA20RelativeTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // office ids claimed, in text order
	}{
		{"President Uhuru Kenyatta, who is also deputy prime minister, did not comment.", []string{"KEN.president", "KEN.deputy_prime_minister"}},
		{"Uhuru Kenyatta, who is also the finance minister, did not comment.", []string{"KEN.finance_minister"}},
		{"Binali Yildirim, the prime minister, who is also speaker of parliament, said the result was clear.", []string{"TUR.prime_minister", "TUR.speaker"}},
		{"Uhuru Kenyatta, who is now foreign minister, spoke.", []string{"KEN.foreign_minister"}},
		{"Uhuru Kenyatta, who is expected to retire, did not comment.", nil},
		{"Uhuru Kenyatta, who was also finance minister, did not comment.", nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-08-15")
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.OfficeID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: claims %q; want %q", tc.text, got, tc.want)
		}
	}
}
