package mention

import "testing"

// Tests of a bare "Congress" or "Parliament".

// TestBareLegislature checks that "Congress" and "Parliament" alone,
// with no article, name the country's legislature (QA19 N-7).
func TestBareLegislature(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Congress will certify the result next week.", []string{"Congress/organization//name"}, nil},
		{"The ministers lobbied Congress for more money.", []string{"Congress/organization//name"}, nil},
		{"Parliament rejected the budget on Tuesday.", []string{"Parliament/organization//name"}, nil},
		{"Leaders of the Nepali Congress met.", []string{"Nepali Congress/organization/org.nepali-congress/alias"}, []string{"Congress"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
