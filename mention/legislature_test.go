package mention

import (
	"slices"
	"testing"
)

// Tests of a bare "Congress" or "Parliament".

// TestBareLegislature checks that "Congress" and "Parliament" alone,
// with no article, name the country's legislature.
func TestBareLegislature(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Congress will certify the result next week.", []string{"Congress/organization//name"}, nil},
		{"The ministers lobbied Congress for more money.", []string{"Congress/organization//name"}, nil},
		{"Parliament rejected the budget on Tuesday.", []string{"Parliament/organization//name"}, nil},
		{"Leaders of the Nepali Congress met.", []string{"Nepali Congress/organization/org.nepali-congress/alias"}, []string{"Congress"}},
		// legislatures by their own names, and "<demonym> parliament"
		{"The Saeima and the Riigikogu backed the Sejm's bill; Mongolia's State Great Khural and the Lok Sabha met.", []string{"Saeima/organization/org.saeima/alias", "Riigikogu/organization/org.riigikogu/alias", "Sejm/organization/org.sejm/alias", "State Great Khural/organization/org.state-great-khural/alias", "Lok Sabha/organization/org.lok-sabha/alias"}, nil},
		{"The Norwegian parliament voted.", []string{"Norwegian parliament/organization/org.storting/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestUSCongress checks that a bare "Congress" links to the United
// States Congress only in an article about the United States: by its
// dateline or by the linked names it holds. India's Congress party,
// Peru's legislature and an article with no context stay unlinked.
func TestUSCongress(t *testing.T) {
	const us = "Congress/organization/org.us-congress/alias"
	for _, tc := range []struct {
		name, text string
		linked     bool
	}{
		{"US names", "Joe Biden urged Republicans in Congress to pass the bill. Nancy Pelosi said the House would vote.", true},
		{"US dateline", "WASHINGTON, March 3 (Reuters) - Congress passed a spending bill on Friday.", true},
		{"India", "Rahul Gandhi said Congress would fight the election in Uttar Pradesh. Narendra Modi dismissed the challenge.", false},
		{"Peru", "LIMA, Nov 10 - Congress removed President Martín Vizcarra on Monday, and protesters marched in Lima.", false},
		{"Peru names", "Congress removed President Martín Vizcarra, and Peru's army stayed in barracks. Pedro Castillo and Keiko Fujimori spoke in Lima.", false},
		{"no context", "Congress will certify the result next week.", false},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-03")
		got := slices.Contains(mentionList(d), us)
		if got != tc.linked {
			t.Errorf("%s: %q: linked to the US Congress %v, want %v; got %v", tc.name, tc.text, got, tc.linked, mentionList(d))
		}
	}
}
