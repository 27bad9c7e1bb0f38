package mention

import "testing"

// TestShippedGroups checks names of groups the shipped KB holds whole,
// so their place words are no places of their own: al-Qaeda in Iraq
// (AQI), the Global Coalition to Defeat ISIS under its earlier name and
// the self-proclaimed republics of eastern Ukraine, whose names hold a
// possessive.
func TestShippedGroups(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The operation was designed to prevent al Qaeda in Iraq from operating.", []string{"al Qaeda in Iraq/armed_group/group.aqi/alias"}, []string{"Iraq"}},
		{"Ministers of the Global Coalition to Counter ISIL met in Washington.", []string{"Global Coalition to Counter ISIL/organization/org.global-coalition-isis/alias"}, []string{"ISIL"}},
		{"Alexander Borodai, prime minister of the self-proclaimed Donetsk People's Republic, spoke.", []string{"Donetsk People's Republic/armed_group/group.donetsk-peoples-republic/alias"}, []string{"Donetsk People", "Donetsk"}},
		{"The U.N. refugee agency flew tents into Osh.", []string{"U.N. refugee agency/organization/org.unhcr/alias"}, []string{"U.N."}},
		{"The Collective Security Treaty Organisation agreed to send helicopters.", []string{"Collective Security Treaty Organisation/organization/org.csto/alias"}, nil},
		{"Fighters of the Lugansk People's Republic shelled the airport.", []string{"Lugansk People's Republic/armed_group/group.luhansk-peoples-republic/alias"}, []string{"Lugansk"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
