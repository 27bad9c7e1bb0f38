package kb_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// shipped loads the shipped KB or stops the test.
func shipped(t *testing.T) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatalf("shipped KB does not load: %v", err)
	}
	return k
}

// namedBy returns the ids of the actors that the folded form of name
// names (canonical name, alias or demonym; not a capital).
func namedBy(k *kb.KB, name string) []string {
	var ids []string
	for _, n := range k.NamesFolded(kb.Fold(name)) {
		if n.Kind != kb.NameCapital {
			ids = append(ids, n.Actor.ID)
		}
	}
	return ids
}

// TestShippedGovernments checks that the states news reports on most (the
// G20, the Middle East and North Africa, the Security Council's permanent
// members and others) have their government as an organisation actor of
// the shape the mention stage looks for (sector GOV, no parent, a name
// with "government", CAMEO code <ISO3>GOV), and that the phrases news
// uses name it.
func TestShippedGovernments(t *testing.T) {
	k := shipped(t)
	govOf := map[string]*kb.Actor{}
	for _, a := range k.Actors() {
		if a.Kind != kb.KindOrganization || a.Sector != "GOV" || a.Parent != "" || a.Country == "" {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(kb.Fold(n), "government") {
				if old, dup := govOf[a.Country]; dup {
					t.Errorf("%s has two governments: %s and %s", a.Country, old.ID, a.ID)
				}
				govOf[a.Country] = a
				break
			}
		}
	}
	states := []string{
		// G20
		"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
		"RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
		// Middle East and North Africa
		"DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE",
		"QAT", "SYR", "TUN", "ARE", "YEM", "SDN", "MRT",
		// others often in the news
		"UKR", "PAK", "AFG", "PRK", "VEN", "NGA", "ETH", "POL", "ESP", "NLD", "TWN", "MMR", "SOM",
	}
	for _, iso := range states {
		g, ok := govOf[iso]
		if !ok {
			t.Errorf("%s: no government actor", iso)
			continue
		}
		if g.CAMEO != iso+"GOV" {
			t.Errorf("%s: CAMEO %q; want %q", g.ID, g.CAMEO, iso+"GOV")
		}
		c, ok := k.Actor(iso)
		if !ok {
			t.Errorf("%s: no such country", iso)
			continue
		}
		// capitals stand for their government by metonymy, decided in
		// context by the mention stage: never an alias
		for _, al := range g.Aliases {
			if c.Capital != "" && kb.Fold(al) == kb.Fold(c.Capital) {
				t.Errorf("%s: the capital %q is an alias", g.ID, al)
			}
		}
	}
	for _, tc := range []struct{ name, id string }{
		{"the Indian government", "org.india-government"},
		{"Government of India", "org.india-government"},
		{"German government", "org.germany-government"},
		{"German Federal Government", "org.germany-government"},
		{"French government", "org.france-government"},
		{"Japanese Government", "org.japan-government"},
		{"South Korean government", "org.south-korea-government"},
		{"UAE government", "org.uae-government"},
		{"Emirati government", "org.uae-government"},
		{"Philippine government", "org.philippines-government"},
		{"Federal Government of Nigeria", "org.nigeria-government"},
		{"Syrian regime", "org.syria-government"},
		{"American government", "org.us-government"},
		{"Palestinian government", "org.palestinian-authority"},
		{"Russian government", "org.kremlin"},
	} {
		name := strings.TrimPrefix(tc.name, "the ")
		if got := namedBy(k, name); len(got) != 1 || got[0] != tc.id {
			t.Errorf("%q names %v; want [%s]", tc.name, got, tc.id)
		}
	}
	// foreign ministries are part of their government
	for _, id := range []string{"org.quai-dorsay", "org.german-foreign-office", "org.india-mea", "org.uae-mfa", "org.qatar-mfa", "org.turkey-mfa", "org.egypt-mfa"} {
		a, ok := k.Actor(id)
		if !ok {
			t.Errorf("%s: missing", id)
			continue
		}
		if g := govOf[a.Country]; g == nil || a.Parent != g.ID {
			t.Errorf("%s: parent %q; want its country's government", id, a.Parent)
		}
	}
}
