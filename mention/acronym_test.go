package mention

import "testing"

// TestLongAcronym checks that an all-caps word of seven or eight letters
// before a reporting verb or a possessive names an organisation, and
// that shouted text does not.
func TestLongAcronym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"NAVCENT's mission is to conduct maritime security operations.", []string{"NAVCENT/organization//name"}, nil},
		{"The command was praised. EUROPOL said it would help.", []string{"EUROPOL/organization//name"}, nil},
		{"BREAKING NEWS: UPDATED STORY SAID TO BE WRONG", nil, []string{"UPDATED", "BREAKING"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestServiceMembers checks that the plural nouns military writing
// capitalises ("Airmen", "Soldiers") name nobody.
func TestServiceMembers(t *testing.T) {
	for _, text := range []string{
		"More than 200 Soldiers and Airmen took part in the exercise.",
		"Accompanying the aircraft were 300 ANG Airmen, deployed from the wing. These Airmen provide support.",
	} {
		d := analyzeShipped(t, text, "")
		checkMentions(t, d, text, nil, []string{"Airmen", "ANG Airmen", "Soldiers"})
	}
}
