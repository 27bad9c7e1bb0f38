package mention

import "testing"

// TestFacilityAcronym checks that the acronym in parentheses after a
// facility's name, and its repeats, name the same place.
func TestFacilityAcronym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Columbia lifted off from the Kennedy Space Center (KSC) in Florida.", []string{"KSC/place//name"}, []string{"KSC/organization"}},
		{"Officials criticised the rejection of Johnson Space Center (JSC) in Houston. However, the JSC will receive pilot seats.", []string{"JSC/place//name"}, []string{"JSC/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
