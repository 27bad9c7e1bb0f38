package mention

import "testing"

// TestVenueCenter checks that a "Center" named for what one goes there
// for is a place and one named for a field of work stays a body.
func TestVenueCenter(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The shuttle will go on display at the California Science Center next year.", []string{"California Science Center/place//name"}, nil},
		{"The fair took place at the Metro Toronto Convention Centre this weekend.", []string{"Metro Toronto Convention Centre/place//name"}, []string{"Toronto Convention Centre"}},
		{"The race was held at the Green Valley Community Center on Sunday.", []string{"Green Valley Community Center/place//name"}, nil},
		{"A survey by the Pew Research Center found little change.", []string{"Pew Research Center/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
