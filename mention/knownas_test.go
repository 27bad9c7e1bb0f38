package mention

import "testing"

// Tests of aliases given as another name.

// TestAliasLeads checks that a name given as another name of the
// person before it ("better known by his nom de guerre", "alias")
// joins that person's entity. The nicknames are invented: a KB alias of
// another person (Marulanda's "Tirofijo") names that person instead.
func TestAliasLeads(t *testing.T) {
	for _, tc := range []struct{ text, full, alias string }{
		{"Manuel Ortega, better known by his nom de guerre Tiroloco, asked for forgiveness.", "Manuel Ortega", "Tiroloco"},
		{"Manuel Ortega, known by the alias Tiroloco, asked for forgiveness.", "Manuel Ortega", "Tiroloco"},
		{"Ahmed Hussein, alias Abu Ali, was arrested.", "Ahmed Hussein", "Abu Ali"},
		{"Manuel Ortega (alias Tiroloco) was arrested.", "Manuel Ortega", "Tiroloco"},
		{"Adilson Varela, commonly known as Cabral, scored.", "Adilson Varela", "Cabral"},
	} {
		d := analyzeShipped(t, tc.text, "2016-09-27")
		f, a := mentionAt(d, tc.full, 0), mentionAt(d, tc.alias, 0)
		if f == nil || a == nil || f.Entity != a.Entity {
			t.Errorf("%q: mentions %v and %v; want one entity", tc.text, f, a)
		}
	}
}
