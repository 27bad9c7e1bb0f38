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
