package mention

import "testing"

// Tests of settlement nouns before a name.

// TestSettlementOf: "the <settlement noun> of <Name>" is a place
// even before an appositive that would make a person.
func TestSettlementOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police arrested 30 people in Kampala and the central town of Kiboga, a party spokesman said.", []string{"Kiboga/place//name"}, []string{"Kiboga/person"}},
		{"Troops entered the northern city of Madoro, a military source said.", []string{"Madoro/place//name"}, []string{"Madoro/person"}},
		// an enclave, a valley or a capital names a place as a town does
		{"Observers travelled to Baucau and the enclave of Oecusse.", []string{"Oecusse/place//name"}, nil},
		{"Farmers in the valley of Tiraque protested.", []string{"Tiraque/place//name"}, nil},
		{"Troops patrolled the capital of Kanem, the army said.", []string{"Kanem/place//name"}, []string{"Kanem/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
