package event

import "testing"

// TestVoteCountNoRejection: "votes against" after a count is a tally
// ("received 15.4 million votes against 12.8 million"), no rejection;
// voting against a measure still is.
func TestVoteCountNoRejection(t *testing.T) {
	checkEvents(t, []eventCase{
		{"million votes against", "2015-03-31", "Nigeria's Buhari received 15.4 million votes against 12.8 million for Jonathan.", nil, []string{"120"}},
		{"percent of the votes against", "2015-03-31", "Nigeria's Buhari won 54 percent of the votes against 45 percent for Jonathan.", nil, []string{"120"}},
		{"voted against stays", "2015-03-31", "Brazil voted against the resolution.", []string{"BRA  120"}, nil},
	})
}
