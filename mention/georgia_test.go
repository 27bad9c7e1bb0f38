package mention

import (
	"strings"
	"testing"
)

// TestGeorgia checks that "Georgia" is the US state, an unlinked place in
// the USA, in American contexts, and the country GEO otherwise.
func TestGeorgia(t *testing.T) {
	for _, tc := range []struct{ text, typ, kbid, country string }{
		{"The storm hit Atlanta, Georgia on Monday.", "place", "", "USA"},
		{"Georgia Gov. Brian Kemp signed the bill on Monday.", "place", "", "USA"},
		{"Georgia lawmakers passed the bill last week.", "place", "", "USA"},
		{"ATLANTA, Ga. (AP) - Police in Georgia said the man fled.", "place", "", "USA"},
		{"Snow closed roads in north Georgia overnight.", "place", "", "USA"},
		{"Heavy rain fell in Georgia and Alabama this week.", "place", "", "USA"},
		{"Farmers in Alabama, Georgia and Florida lost crops.", "place", "", "USA"},
		{"Fans of the University of Georgia cheered, and Georgia won.", "place", "", "USA"},
		{"Taxes in the state of Georgia went up.", "place", "", "USA"},
		{"Police in Atlanta said the man fled. He was caught in Georgia two days later.", "place", "", "USA"},
		{"The fire burned up to the Georgia state line.", "place", "", "USA"},
		{"Volunteers from Camden and Charlton counties in Georgia helped.", "place", "", "USA"},
		{"He lived in Hall County, Georgia for years.", "place", "", "USA"},
		{"The civil rights hero, a Democratic congressman from Georgia, spoke first.", "place", "", "USA"},
		{"A Georgia school district was sued over its textbook labels.", "place", "", "USA"},
		{"Ohio State forced 20 turnovers against 9th-ranked Georgia, winning 70-61.", "place", "", "USA"},
		{"An opposition deputy from Georgia addressed the Council of Europe.", "country", "GEO", ""},
		{"Georgia state television showed the parade.", "country", "GEO", ""},
		{"Georgia Tech beat Clemson, and Georgia celebrated.", "place", "", "USA"},
		{"Georgia's President Mikheil Saakashvili spoke in Tbilisi on Monday.", "country", "GEO", ""},
		{"Russia and Georgia fought a war over South Ossetia.", "country", "GEO", ""},
		{"Troops entered Georgia on Friday, Moscow said.", "country", "GEO", ""},
		{"Georgia applied to join the European Union.", "country", "GEO", ""},
		{"Georgia and Alabama officials met in Tbilisi about trade with the Caucasus.", "place", "", "USA"},
		// a direction before it is the state's part only outside the Caucasus
		{"Russian forces hold Gori, on the road linking east and west Georgia, Tbilisi said.", "country", "GEO", ""},
		{"Russian troops advanced into west Georgia from Abkhazia.", "country", "GEO", ""},
		{"Storms near Atlanta and in north Georgia cut power, as Russian hackers hit the grid.", "place", "", "USA"},
	} {
		d := analyzeShipped(t, tc.text, "2024-07-30")
		m := mentionAt(d, "Georgia", 0)
		if strings.HasPrefix(tc.text, "Fans") || strings.HasPrefix(tc.text, "Georgia Tech") {
			m = mentionAt(d, "Georgia", 1) // the first is in the body's name
		}
		if m == nil {
			t.Errorf("%q: no mention of Georgia; got %v", tc.text, mentionList(d))
			continue
		}
		if e := d.Entities[m.Entity]; m.Type != tc.typ || m.KBID != tc.kbid || tc.country != "" && e.Country != tc.country || m.Metonymy {
			t.Errorf("%q: Georgia is %s %q in %q (metonymy %v), want %s %q in %q", tc.text, m.Type, m.KBID, e.Country, m.Metonymy, tc.typ, tc.kbid, tc.country)
		}
	}
}

// TestDatelineOverCounts: a bare title in a datelined story is the
// dateline country's even when another state is named more often, up to
// twice as often (e.g. Georgia, Peru); a state named more than twice
// as often still wins.
func TestDatelineOverCounts(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"TBILISI, Aug 29, 2008 - Georgia broke off relations with Russia. Foreign Minister Eka Tkeshelashvili said Georgia could not keep an embassy in Russia. Russia has troops near Gori. Russia denied it.",
			"Eka Tkeshelashvili", "GEO.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Peru expelled Mexico's ambassador. Foreign Minister Ana Cecilia Gervasi said Mexico's comments were unacceptable. Mexico granted asylum. Mexico disagreed.",
			"Ana Cecilia Gervasi", "PER.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Foreign Minister Ana Cecilia Gervasi spoke. Mexico granted asylum. Mexico disagreed. Mexico protested. Mexico left.",
			"Ana Cecilia Gervasi", "MEX.foreign_minister"},
	} {
		checkClaimOffice(t, analyzeShipped(t, tc.text, "2015-07-20"), tc.text, tc.person, tc.office)
	}
}

// TestUSNamesakes: a one-word KB city or country is the American town
// named after it, unlinked, in a local article with a local cue and no
// foreign place; without a cue, or with a foreign place named, the KB's
// reading stays.
func TestUSNamesakes(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A Lebanon woman was charged Friday, the Boone County sheriff said.",
			[]string{"Lebanon/place//name"}, []string{"Lebanon/country/LBN/alias"}},
		{"Mark Hill, 41, of Paris, appeared in Lamar County court. Paris police found the car.",
			[]string{"Paris/place//name"}, []string{"Paris/place/place.paris/capital"}},
		{"The festival put Palestine, Texas on the map for fiddlers.",
			[]string{"Palestine/place//name"}, nil},
		{"A Paris man was stabbed near the Louvre, French police said.",
			[]string{"Paris/place/place.paris/alias"}, nil},
		{"He studied in Paris before moving to Boone County.",
			[]string{"Paris/place/place.paris/alias"}, nil},
		// two foreign places, each with a cue: neither is the town
		{"A Paris man and a Lebanon woman were charged, the Boone County sheriff said.",
			[]string{"Paris/place/place.paris/alias", "Lebanon/country/LBN/alias"}, []string{"Paris/place//name", "Lebanon/place//name"}},
		{"A Lebanon woman was charged, the Boone County sheriff said. She had flown in from Paris.",
			[]string{"Lebanon/country/LBN/alias"}, []string{"Lebanon/place//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2009-04-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
