package mention

import "testing"

// TestPollsterBranches: a pollster's name and the country of its national
// arm ("Gallup Korea") or its merged name ("Ipsos Mori") is an
// organisation, not a person; a given name before the firm's name is
// still a person ("George Gallup").
func TestPollsterBranches(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A survey by Realmeter Korea showed support for the president fell.", []string{"Realmeter Korea/organization//name"}, []string{"Realmeter Korea/person//name"}},
		{"Ipsos Mori said 40 percent backed the plan.", []string{"Ipsos Mori/organization//alias"}, []string{"Ipsos Mori/person//name"}},
		{"Datafolha said most voters were undecided.", []string{"Datafolha/organization//alias"}, nil},
		{"George Gallup founded the firm in 1935.", []string{"George Gallup/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
