package mention

import "testing"

// Tests of common noun compounds opened by a name.

// TestFedUp checks that "the Fed" is the Federal Reserve and that "Fed up"
// opening a sentence is no body.
func TestFedUp(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Fed raised rates on Wednesday.", []string{"Fed/organization/org.fed/alias"}, nil},
		{"Fed up with the delays, residents protested on Monday.", nil, []string{"Fed/organization/org.fed/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCompounds checks that the first word of a common noun compound
// is no name: a place before a disease noun, a deity between "the" and a
// place of worship.
func TestCompounds(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Carter Center nearly eradicated Guinea worm disease.", nil, []string{"Guinea"}},
		{"Marburg virus has killed nine people.", nil, []string{"Marburg"}},
		{"Guinea troops arrived in Conakry.", []string{"Guinea/country/GIN/alias"}, nil},
		{"Modi opened the Ram temple in Ayodhya in January.", nil, []string{"Ram"}},
		{"Officials said Ram opened the temple in January.", []string{"Ram/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
