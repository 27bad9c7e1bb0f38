package mention

import "testing"

// TestEventAcronym checks that the acronym of an event or an agreement
// written in parentheses after its name, and its repeats, are no
// organisation, while an organisation's acronym still joins it.
func TestEventAcronym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Jobs spoke at the World Wide Developers Conference (WWDC) in San Francisco. At WWDC, Apple showed more.", nil, []string{"WWDC"}},
		{"Both states signed the Strategic Arms Reduction Treaty (START) in 1991.", nil, []string{"START"}},
		{"The Government Accountability Office (GAO) upheld the protest. The GAO said it was skewed.", []string{"GAO/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
