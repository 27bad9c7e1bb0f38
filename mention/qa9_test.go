package mention

import "testing"

// TestQA9ShortSurname checks that a two-letter surname ("Ba", "Wu") after
// the person's full name joins that person, while a lone two-letter
// capitalised word no full name ends with names nothing.
func TestQA9ShortSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Faye took 54 percent against 35 percent for Amadou Ba. Ba conceded on Monday.", "2024-03-26", []string{"Ba/person/person.amadou-ba/short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Wu said talks went well.", "2024-03-26", []string{"Wu/person//short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Ng said talks went well.", "2024-03-26", nil, []string{"Ng"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
