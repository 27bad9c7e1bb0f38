package mention

import "testing"

// Tests of a state's bodies named without the state.

// TestForeignBodies checks that a state's body named without the
// state ("National Security Council") is that of the state its sentence
// names, and that a bare "Security Council" after it is the UN's.
func TestForeignBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"South Korean President Moon Jae-in called a meeting of the National Security Council. Tillerson said Washington would bring the matter to the Security Council.",
			[]string{"National Security Council/organization//name", "Security Council/organization/org.unsc/alias"}, []string{"National Security Council/organization/org.us-nsc"}},
		{"Turkey's National Security Council met on Monday.", []string{"National Security Council/organization//name"}, nil},
		{"The White House said the National Security Council met.", []string{"National Security Council/organization/org.us-nsc/alias"}, nil},
		{"Officials in Seoul said the US National Security Council met.", []string{"US National Security Council/organization/org.us-nsc/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2017-07-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
