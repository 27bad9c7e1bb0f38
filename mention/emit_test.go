package mention

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// Tests of mention emission: capitalised place names, initials and
// appositive titles.

func TestCapsPlaceName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"FRANKFURT", "Frankfurt"}, {"LA PAZ", "La Paz"}, {"Goma", "Goma"}, {"PORT-AU-PRINCE", "Port-Au-Prince"}, {"ISLE OF PALMS", "Isle of Palms"}, {"", ""},
	} {
		if got := capsPlaceName(tc.in); got != tc.want {
			t.Errorf("capsPlaceName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestInitials checks that an acronym after an organisation's full
// name, its initials counting hyphenated parts, joins that organisation.
func TestInitials(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Pakistan Tehreek-e-Insaf called the arrest an abduction. Rana Sanaullah accused PTI leaders of inciting attacks.", "2023-05-09", []string{"PTI/organization/org.pti/name"}, []string{"PTI/organization//name"}},
		{"The Volta Farmers Union held a rally. VFU leaders spoke.", "2023-05-09", []string{"VFU/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if len(d.Entities) > 0 {
			for _, e := range d.Entities {
				if e.Name == "VFU" || e.Name == "PTI" {
					t.Errorf("%q: acronym is an entity of its own", tc.text)
				}
			}
		}
	}
}

// TestPredicateNoApposition: "NAME, resigned as prime minister …"
// closes an apposition before the name and goes on with the predicate:
// no title for the name; a true apposition keeps its post.
func TestPredicateNoApposition(t *testing.T) {
	for _, tc := range []struct{ text, name, title string }{
		{"The president's brother, Mahinda Rajapaksa, resigned as prime minister in May after clashes.", "Mahinda Rajapaksa", ""},
		{"Lolwah Al-Khater, Qatar's minister of state for international cooperation, said talks would resume.", "Lolwah Al-Khater", "minister of state for international cooperation"},
		// a description opening the sentence before the name in
		// apposition gives its post too
		{"The mayor of Concepcion, Jacqueline van Rysselberghe, appealed for calm.", "Jacqueline van Rysselberghe", "mayor of Concepcion"},
		{"LIMA, Sept. 12 - The governor of Junin, Maria Camones, met lawmakers.", "Maria Camones", "governor of Junin"},
		{"The protesters, Ana Silva and Jon Smith, met the envoy.", "Ana Silva", ""},
	} {
		d := analyzeShipped(t, tc.text, "2022-07-13")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.name {
				found = true
				if m.Title != tc.title {
					t.Errorf("%q: %s has title %q; want %q", tc.text, tc.name, m.Title, tc.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.name)
		}
	}
}

// TestSortByStart checks sortByStart against a stable sort, on nearly
// sorted founds and on reversed ones that exhaust its budget of moves.
func TestSortByStart(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 10, 100, 400} {
		for _, reversed := range []bool{false, true} {
			found := make([]found, n)
			for g := range found {
				found[g].i = g / 3 // equal keys keep their order
				if reversed {
					found[g].i = (n - g) / 3
				} else if rng.IntN(4) == 0 {
					found[g].i = rng.IntN(n + 1)
				}
			}
			got, want := make([]int, n), make([]int, n)
			for g := range got {
				got[g], want[g] = g, g
			}
			sortByStart(got, found)
			slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(found[a].i, found[b].i) })
			if !slices.Equal(got, want) {
				t.Errorf("n=%d reversed=%v: got %v, want %v", n, reversed, got, want)
			}
		}
	}
}
