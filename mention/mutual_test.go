package mention

import "testing"

// TestMutualHead checks that "Mutual" ending a name makes a firm's name
// (a mutual insurer or savings bank), even when a place opens it.
func TestMutualHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The failures of Lehman Brothers, Washington Mutual and WorldCom were larger.", []string{"Washington Mutual/organization//name"}, []string{"Washington/place"}},
		{"The best performer was Old Mutual, which rose 5%.", []string{"Old Mutual/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
