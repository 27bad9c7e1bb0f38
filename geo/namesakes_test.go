package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestNamesakeTowns: a town named like a country or a foreign city is
// the North American town when a comma and its state or province follow
// it, in a dateline too, and so are later mentions of the name in that
// article; without the state, or before a state the table has no such
// town in, the name keeps its usual reading.
func TestNamesakeTowns(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"LEBANON, Tenn. — A deputy arrested a Lebanon man on Friday.", "USA.lebanon-tennessee,USA.lebanon-tennessee"},
		{"Police in Lebanon, Ohio, closed a road.", "USA.lebanon-ohio,USA.ohio"},
		{"Police in Paris, Texas, arrested a man.", "USA.paris-texas,USA.texas"},
		{"ATHENS, Ga. — Students protested on campus.", "USA.athens-georgia"},
		{"The council of Alexandria, La., met on Monday.", "USA.alexandria-louisiana"},
		{"MOSCOW, Idaho — Police in Moscow arrested a man.", "USA.moscow-idaho,USA.idaho,USA.moscow-idaho"},
		{"Police in London, Ontario, charged a driver.", "CAN.london-ontario,CAN.ontario"},
		{"Deputies in Swansea, S.C., seized a meth lab.", "USA.swansea-south-carolina"},
		{"The strike took place in Lebanon.", "LBN"},
		{"Talks in Paris ended on Monday.", "FRA.paris"},
		{"Envoys met in Cairo, Egypt, on Monday.", "EGY.cairo"},
	} {
		var ids []string
		for _, p := range run(t, tc.text, nil).Places {
			ids = append(ids, p.ID)
		}
		if got := strings.Join(ids, ","); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestNamesakesTable: every town of the namesakes table shares its name
// with a place of the main table or a country or capital of the shipped
// KB (else the places stage never meets it).
func TestNamesakesTable(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.namesakes {
		if len(g.byName[strings.ToLower(e.Name)]) == 0 {
			t.Errorf("%s (%s) names no place of the main table", e.Name, e.ID)
		}
	}
}

// TestLocalNamesakeTowns: in local news (a county, township or sheriff)
// that names one state with a namesake town of the name and no foreign
// country, the name alone is that town; with no state, two such states
// or a foreign country named, it keeps its usual reading.
func TestLocalNamesakeTowns(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A Paris man was arrested by Lamar County deputies, the Texas Department of Public Safety said.", "USA.paris-texas,USA.texas"},
		{"An Alexandria woman died, and the Prince William County judge in Virginia ordered treatment.", "USA.alexandria,USA.virginia"},
		{"A Paris man was arrested by Lamar County deputies.", "FRA.paris"},
		{"A Paris man was arrested by Henry County deputies in Tennessee, not in Texas.", "FRA.paris,USA.tennessee,USA.texas"},
		{"A Paris man flew home to Lebanon after Lamar County deputies in Texas released him.", "FRA.paris,LBN,USA.texas"},
		{"A Texas man won a trip to Paris.", "USA.texas,FRA.paris"},
	} {
		var ids []string
		for _, p := range run(t, tc.text, nil).Places {
			ids = append(ids, p.ID)
		}
		if got := strings.Join(ids, ","); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}
