package kb_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// partiesFile is the shipped file of political parties.
const partiesFile = kb.ShippedPrefix + "parties.jsonl"

// oneParty lists the ruling parties of one-party states: they are coded
// as their country's government (<ISO3>GOV), like the Chinese Communist
// Party in orgs.jsonl; every other party is <ISO3>PTY.
var oneParty = map[string]bool{
	"org.workers-party-of-korea":     true,
	"org.communist-party-of-vietnam": true,
	"org.communist-party-of-cuba":    true,
}

// TestShippedPartiesShape checks the conventions of parties.jsonl: an
// organisation per party with a known country, sector PTY and CAMEO code
// <ISO3>PTY (GOV for a one-party state's ruling party), and names no other
// actor of the shipped KB shares, so that a party name links to one party.
func TestShippedPartiesShape(t *testing.T) {
	k := shipped(t)
	n := 0
	for _, a := range k.Actors() {
		if a.File != partiesFile {
			continue
		}
		n++
		sector := "PTY"
		if oneParty[a.ID] {
			sector = "GOV"
		}
		if a.Kind != kb.KindOrganization || !strings.HasPrefix(a.ID, "org.") {
			t.Errorf("%s: kind %q; want an organisation with an org. id", a.ID, a.Kind)
		}
		if c, ok := k.Actor(a.Country); !ok || c.Kind != kb.KindCountry {
			t.Errorf("%s: country %q is no KB country", a.ID, a.Country)
		}
		if a.Sector != sector || a.CAMEO != a.Country+sector {
			t.Errorf("%s: sector %q, CAMEO %q; want %s, %s", a.ID, a.Sector, a.CAMEO, sector, a.Country+sector)
		}
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			for _, nm := range k.NamesFolded(kb.Fold(name)) {
				if nm.Actor.ID != a.ID && nm.Actor.Parent != a.ID && a.Parent != nm.Actor.ID {
					t.Errorf("%s: name %q also names %s", a.ID, name, nm.Actor.ID)
				}
			}
		}
	}
	if n < 200 {
		t.Errorf("parties.jsonl has %d parties; want the major parties of 60-odd states (200 or more)", n)
	}
}

// TestShippedPartyNames checks names news writes for parties, and that
// names several countries' parties share, or everyday words for party
// members, name no party.
func TestShippedPartyNames(t *testing.T) {
	k := shipped(t)
	for _, tc := range []struct {
		name string
		ids  []string
	}{
		{"ANC", []string{"org.anc"}},
		{"African National Congress", []string{"org.anc"}},
		{"Zanu-PF", []string{"org.zanu-pf"}},
		{"Sinn Fein", []string{"org.sinn-fein"}},
		{"Likud", []string{"org.likud"}},
		{"BJP", []string{"org.bjp"}},
		{"AKP", []string{"org.akp"}},
		{"Fidesz", []string{"org.fidesz"}},
		{"GOP", []string{"org.us-republican-party"}},
		{"Freedom and Justice Party", []string{"org.freedom-and-justice-party"}},
		{"Syrian Baath Party", []string{"org.syrian-baath-party"}},
		{"Iraqi Ba'ath Party", []string{"org.iraqi-baath-party"}},
		{"PiS", []string{"org.law-and-justice"}},
		{"Partido Revolucionario Institucional", []string{"org.pri"}},
		// shared by several countries' parties: qualified forms only
		{"Labour Party", nil},
		{"Conservative Party", nil},
		{"Democratic Party", nil},
		{"Socialist Party", nil},
		{"Justice and Development Party", nil},
		{"Peoples Democratic Party", nil},
		{"Baath Party", nil},
		{"Workers' Party", nil},
		{"Liberal Party", nil},
		{"Moderate Party", nil}, // Sweden's, and Rhode Island's
		// members of a party, or a phrase of law: no alias
		{"Democrats", nil},
		{"Republicans", nil},
		{"Tories", nil},
		{"Labour", nil},
		{"Law and Justice", nil},
	} {
		got := namedBy(k, tc.name)
		slices.Sort(got)
		if !slices.Equal(got, tc.ids) {
			t.Errorf("%q names %v; want %v", tc.name, got, tc.ids)
		}
	}
}
