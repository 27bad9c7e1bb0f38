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

// TestSharedCountryName checks that a bare "Congo" is the Congo the
// article places itself in, and stays an unlinked place without evidence
// or before a capitalised head ("Congo Basin").
func TestSharedCountryName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"KINSHASA - Congo's army said it had retaken the town from M23 rebels.", []string{"Congo/country/COD/alias"}, nil},
		{"BRAZZAVILLE - Congo's president Denis Sassou Nguesso won another term.", []string{"Congo/country/COG/alias"}, nil},
		{"Congo's army said it had retaken the town.", []string{"Congo/place//alias"}, []string{"Congo/country/COD/alias", "Congo/country/COG/alias"}},
		{"KINSHASA - Loggers cleared more of the Congo Basin this year.", nil, []string{"Congo/country/COD/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTitleNameNoSurname checks that a KB person named by a title of a
// country ("Henri, Grand Duke of Luxembourg") teaches no surname: "the
// province of Luxembourg" is a place, not a person "of Luxembourg".
func TestTitleNameNoSurname(t *testing.T) {
	text := "Floods hit the province of Luxembourg on Monday."
	d := analyzeShipped(t, text, "2021-07-15")
	checkMentions(t, d, text, []string{"Luxembourg/place//name"}, []string{"of Luxembourg/person//surname", "of Luxembourg/person//name"})
}
