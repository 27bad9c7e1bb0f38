package mention

import "testing"

// Tests of short forms of two-word organisations.

// TestPairShortForm: "the <Head>" after a two-word organisation
// ending in that head word is the same body.
func TestPairShortForm(t *testing.T) {
	checkCoref(t, "2022-10-14", []corefCase{
		{"The European Commission froze the funds. Analysts said the Commission would not release them.", "European Commission", "Commission", 1, true, "org.european-commission"},
		{"The World Bank cut its forecast. The Bank said growth would slow.", "World Bank", "Bank", 1, true, "org.world-bank"},
		{"The Constitutional Court met on Monday. The Court said it would rule in May.", "Constitutional Court", "Court", 1, true, ""},
		// two bodies share the head: no guess
		{"The European Commission and the Electoral Commission met. The Commission said nothing.", "European Commission", "Commission", 2, false, ""},
		// the White House is no House
		{"The White House sent the bill. The House passed it on Friday.", "White House", "House", 1, false, ""},
	})
}
