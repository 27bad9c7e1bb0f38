package mention

import "testing"

// TestShortFormNamedInFull checks that a one-word KB alias joins the
// person of that surname the article names in full, not the alias holder
// it never names: "Zardari" after "Bilawal Bhutto Zardari" is Bilawal,
// after "Asif Ali Zardari" (or alone) Asif.
func TestShortFormNamedInFull(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Foreign Minister Bilawal Bhutto Zardari met his Chinese counterpart. Zardari later flew to Beijing.",
			[]string{"Zardari/person/person.bilawal-bhutto-zardari/short-form"}, []string{"Zardari/person/person.asif-ali-zardari/alias"}},
		{"President Asif Ali Zardari met his Chinese counterpart. Zardari later flew to Beijing.",
			[]string{"Zardari/person/person.asif-ali-zardari/alias"}, nil},
		{"Zardari flew to Beijing on Monday.",
			[]string{"Zardari/person/person.asif-ali-zardari/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-02-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
