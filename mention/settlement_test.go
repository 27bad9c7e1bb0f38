package mention

import "testing"

// Tests of settlement nouns before a name.

// TestSettlementOf: "the <settlement noun> of <Name>" is a place
// even before an appositive that would make a person (QA22 M-3).
func TestSettlementOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police arrested 30 people in Kampala and the central town of Kiboga, a party spokesman said.", []string{"Kiboga/place//name"}, []string{"Kiboga/person"}},
		{"Troops entered the northern city of Madoro, a military source said.", []string{"Madoro/place//name"}, []string{"Madoro/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
