package mention

import "testing"

// TestNameClasses covers name classes the capitalised-run rules missed:
// a monument is a place, "Mar" opens a place's name when no number
// follows it, a two-letter family name written first is the short form
// of a Korean or Chinese name, Catalan, Italian and French bodies open
// with their head word, "Group of 20" is the G20, and "group" after
// "Islamic State" is no part of the name (CoNLL and OntoNotes mark the
// proper name only).
func TestNameClasses(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Protesters gathered at the Democracy Monument in Bangkok on Sunday.", []string{"Democracy Monument/place//name"}, []string{"Democracy Monument/organization"}},
		{"The monument to democracy was damaged, police said.", nil, []string{"monument"}},
		{"A smaller crowd met in Beirut's Mar Mikhael district.", []string{"Mar Mikhael/place//name"}, []string{"Mikhael/"}},
		{"The match was played in Mar del Plata on Sunday.", []string{"Mar del Plata/place//name"}, nil},
		{"Sales fell in Mar 2019, the firm said.", nil, []string{"Mar"}},
		{"North Korean Foreign Minister Ri Yong Ho arrived in Manila on Saturday. Ri said Pyongyang would not negotiate.",
			[]string{"Ri Yong Ho/person//name", "Ri/person//short-form"}, nil},
		{"The motion was filed by Òmnium Cultural and the Assemblea Nacional Catalana.",
			[]string{"Òmnium Cultural/organization//name", "Assemblea Nacional Catalana/organization//name"}, []string{"Òmnium Cultural/person"}},
		{"Leaders will meet before the Group of 20 summit, while a group of 20 protesters gathered outside.",
			[]string{"Group of 20/organization/org.g20/alias"}, []string{"group of 20"}},
		{"The Islamic State group claimed the attack, the group said.", []string{"Islamic State/armed_group/group.isis/alias"}, []string{"Islamic State group"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNewsOutletAfterName: an unknown name before "news agency" (or
// channel, network, service, website, outlet) is the outlet, an
// organisation.
func TestNewsOutletAfterName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The group said in a statement carried by its Amaq news agency.", []string{"Amaq/organization//name"}, nil},
		{"The Zentrova news website reported the arrests.", []string{"Zentrova/organization//name"}, nil},
		{"The group said in a statement carried by its news agency.", nil, []string{"news"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
