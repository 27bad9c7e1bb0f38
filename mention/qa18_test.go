package mention

import "testing"

// TestQA18RankPairs checks that a two-word naval or service rank ("Vice
// Admiral", "Rear Admiral", "Warrant Officer", "Staff Sergeant") stays
// out of the name of a person the stage does not know, while "Vice
// President" is no rank (QA18 N-11).
func TestQA18RankPairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", []string{"Hyppolite Ramaroson/person//name"}, []string{"Vice Admiral Hyppolite Ramaroson"}},
		{"Rear Admiral Tavita Olumide said the ships had sailed.", []string{"Tavita Olumide/person//name"}, []string{"Rear Admiral Tavita Olumide"}},
		{"Staff Sergeant Ozren Halilbasic was wounded in the blast.", []string{"Ozren Halilbasic/person//name"}, []string{"Staff Sergeant Ozren Halilbasic"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
