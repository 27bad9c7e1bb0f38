package mention

import "testing"

// Tests of bodies named after their building.

// TestForeignBuildings checks that a body named after its building
// is not linked when the text places the building in another country
// ("the White House, the main government building in Bishkek"), and
// stays linked at home or unplaced.
func TestForeignBuildings(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Clashes broke out near the White House, the main government building in Bishkek. Later the White House was burned.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"Protesters gathered outside the White House in Moscow on Sunday.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"Protesters gathered outside the White House in Washington on Sunday.", []string{"White House/organization/org.white-house/alias"}, nil},
		{"The White House said it would respond.", []string{"White House/organization/org.white-house/alias"}, nil},
		// unplaced, in a story with no US context and another country named twice
		{"MOSCOW — Russian troops surrounded the White House on Sunday. Moscow was tense.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"MOSCOW — Protesters surrounded the White House on Sunday. Moscow and Washington traded barbs.", []string{"White House/organization/org.white-house/alias"}, nil},
		// a local name of a building in a story datelined abroad, or a
		// foreign owner written before it (ownedBodies)
		{"BISHKEK, April 9 (Reuters) - She spoke in the seized building, known locally as the White House. The United States and Washington urged calm.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"MINSK (Reuters) - Officials met in the building called the White House. Washington urged restraint.", []string{"White House/place//name"}, []string{"White House/organization"}},
		{"WASHINGTON (Reuters) - Tourists toured the mansion known as the White House.", []string{"White House/organization/org.white-house/alias"}, nil},
		{"Tanks shelled Moscow's White House in 1993, Washington said.", nil, []string{"White House/organization/org.white-house"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTitleNames checks that a religious title written after the
// word it ranks makes the run a person, after "the" too.
func TestTitleNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Tutu was a close friend of the Dalai Lama.", []string{"Dalai Lama/person//name"}, []string{"Dalai Lama/organization"}},
		{"The Panchen Lama was silent on Sunday.", []string{"Panchen Lama/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-12-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBuildingOfThe checks that a building's name of a common word, a
// place head word and "of the …" stays whole, while a place's own name
// before its head word still ends at "of".
func TestBuildingOfThe(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Xi met the delegates at the Great Hall of the People in Beijing.", []string{"Great Hall of the People/place//name"}, []string{"Great Hall/place"}},
		{"The Great Hall of the People hosted the congress.", []string{"Great Hall of the People/place//name"}, []string{"Great Hall/place"}},
		{"The summit opened at the Grand Palace of the Nation in Dakar.", []string{"Grand Palace of the Nation/place//name"}, nil},
		{"He lived in Chittoor District of Andhra Pradesh.", []string{"Chittoor District/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2012-03-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
