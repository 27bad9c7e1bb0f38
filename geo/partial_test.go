package geo

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestPartialStateTowns checks that the towns of a partial state the KB
// knows are filed under it as its capital is, so that one article's
// towns of Somaliland or Northern Cyprus agree.
func TestPartialStateTowns(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "SOM", Kind: kb.KindCountry, Name: "Somalia", Capital: "Mogadishu", Lat: 2.05, Lon: 45.32})
	k.AddActor(kb.Actor{ID: "XSL", Kind: kb.KindCountry, Name: "Somaliland", Capital: "Hargeisa", Lat: 9.56, Lon: 44.06})
	k.AddActor(kb.Actor{ID: "XNC", Kind: kb.KindCountry, Name: "Northern Cyprus", Capital: "North Nicosia", Lat: 35.18, Lon: 33.36})
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{
		{"Hargeisa", "XSL"}, {"Berbera", "XSL"}, {"Burao", "XSL"}, {"Kyrenia", "XNC"}, {"Mogadishu", "SOM"}, {"Bosaso", "SOM"},
	} {
		es := g.Lookup(tc.name)
		if len(es) == 0 {
			t.Errorf("%s: not in the gazetteer", tc.name)
			continue
		}
		if es[0].Country != tc.want {
			t.Errorf("%s: country %s, want %s", tc.name, es[0].Country, tc.want)
		}
	}
}
