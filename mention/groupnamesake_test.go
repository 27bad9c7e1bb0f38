package mention

import "testing"

// Tests of armed groups named like other bodies.

// TestGroupNamesake: a KB armed group's name in a story set in the
// country of its KB namesake, and not in its own, names the namesake
// (Mozambique's insurgents "known locally as al-Shabab"); a story that
// names the group's own country, or another one, keeps the group.
func TestGroupNamesake(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The group, known locally as al-Shabab, has attacked towns in Cabo Delgado in Mozambique.", []string{"al-Shabab/armed_group/group.al-shabaab-mozambique/alias"}, []string{"al-Shabab/armed_group/group.al-shabaab/"}},
		{"Al-Shabaab raided a police post in northern Mozambique on Sunday.", []string{"Al-Shabaab/armed_group/group.al-shabaab-mozambique/alias"}, nil},
		{"Al-Shabaab militants attacked a bus in Mandera county, Kenya.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
		{"Al-Shabaab fighters attacked Palma in Mozambique and a base near Mogadishu.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
		{"Al-Shabaab attacked a hotel in Mogadishu.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
