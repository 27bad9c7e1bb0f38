package mention

import "testing"

// TestSiteAfterName checks that a name before a site's kind and head
// noun in lower case ("border post", "air base", "border crossing") is
// a place, also when its first word is a given name.
func TestSiteAfterName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Guards at the Dostuk border post turned back trucks on Monday.", []string{"Dostuk/place//name"}, nil},
		{"Fighters seized the Nur-Hayat border crossing overnight.", []string{"Nur-Hayat/place//name"}, []string{"Nur-Hayat/person"}},
		{"Rockets hit the Bilal Nuri air base before dawn.", []string{"Bilal Nuri/place//name"}, []string{"Bilal Nuri/person"}},
		// a person before other words stays a person
		{"Bilal Nuri told the border guards to leave.", []string{"Bilal Nuri/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlaceHeadBeforeFor checks that a place's head word opening a
// title-case run before "For" ("Monument For Sale") names no place: the
// head word closes a place's name ("Washington Monument").
func TestPlaceHeadBeforeFor(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A house near the old church: Monument For Sale", nil, []string{"Monument For Sale", "Monument"}},
		{"Historic home downtown: Memorial For Sale", nil, []string{"Memorial For Sale", "Memorial"}},
		{"The quilts are on show at the Museum for East Texas Culture in Palestine.", []string{"Museum for East Texas Culture/place//name"}, []string{"East Texas Culture"}},
		{"Thousands gathered at the Lincoln Memorial and the Washington Monument on Sunday.", []string{"Lincoln Memorial/place//name", "Washington Monument/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTeleBroadcasters checks that "Tele" opens a broadcaster's name
// ("Tele Liban", "Tele Sahel"), even before a place's name.
func TestTeleBroadcasters(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Tele Liban broadcast the speech live.", []string{"Tele Liban/organization//name"}, []string{"Tele Liban/person"}},
		{"Tele Sahel reported the attack on Tuesday.", []string{"Tele Sahel/organization//name"}, []string{"Sahel/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
