package mention

import "testing"

// TestShippedGroups checks names of groups the shipped KB holds whole,
// so their place words are no places of their own: al-Qaeda in Iraq
// (AQI) and the Global Coalition to Defeat ISIS under its earlier name.
func TestShippedGroups(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The operation was designed to prevent al Qaeda in Iraq from operating.", []string{"al Qaeda in Iraq/armed_group/group.aqi/alias"}, []string{"Iraq"}},
		{"Ministers of the Global Coalition to Counter ISIL met in Washington.", []string{"Global Coalition to Counter ISIL/organization/org.global-coalition-isis/alias"}, []string{"ISIL"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
