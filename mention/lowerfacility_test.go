package mention

import "testing"

// Tests of names before a lower-case facility noun.

// TestRoadNames: a person's name between "the" and a lower-case road
// or facility head is the place, not the person.
func TestRoadNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Demonstrators blocked the Ayalon highway in Tel Aviv.", []string{"Ayalon/place//name"}, []string{"Ayalon/person"}},
		{"Police closed the Ben Gurion airport on Monday.", []string{"Ben Gurion/place//name"}, []string{"Ben Gurion/person"}},
		{"Danny Ayalon said the road would reopen.", []string{"Danny Ayalon/person/person.danny-ayalon/alias"}, nil},
		{"George W. Bush met Abbas. Abbas accepted the Bush road map in 2003.", nil, []string{"Bush/place"}},
		// before "airport" without "the" too (e.g. Thailand)
		{"Protesters occupied Don Muang airport on Tuesday.", []string{"Don Muang/place//name"}, []string{"Don Muang/person"}},
		{"He flew into Benazir Bhutto airport in Islamabad.", []string{"Benazir Bhutto/place//name"}, []string{"Benazir Bhutto/person"}},
		{"Police met Ayalon at the highway.", nil, []string{"Ayalon/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-07-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
