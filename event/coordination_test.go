package event

import (
	"slices"
	"testing"
	"time"
)

// Tests of coordinated actor lists.

// TestPossessedObject: "met X and Japan's Prime Minister Y" met Y,
// not Japan (object side).
func TestPossessedObject(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Lula met Scholz and Japan's Prime Minister Fumio Kishida in Brasilia.", time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, e := range d.Events {
		got = append(got, e.TargetName)
	}
	if !slices.Contains(got, "Fumio Kishida") || slices.Contains(got, "Japan") {
		t.Errorf("targets %q, want Fumio Kishida and not Japan", got)
	}
}

// TestBareClauseBreak: "A attacked B and C poured across" joins two
// clauses, not two targets, when the actor after "and" has a past verb
// and a verb comes before the first in its clause; a list after a
// reporting verb, "between", a participle or a clause opener stays one
// list.
func TestBareClauseBreak(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2008, 8, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text      string
		want, not []string // "source>target" pairs
	}{
		{"Georgian forces attacked the breakaway region of South Ossetia and Russian troops poured across the border.",
			[]string{"Georgia>South Ossetia"}, []string{"Georgia>Russia"}},
		{"Ecuador's President Rafael Correa broke off diplomatic relations with Bogota and Venezuela's Hugo Chávez sent troops to the border.",
			[]string{"Rafael Correa>Colombia", "Hugo Chávez>"}, []string{"Rafael Correa>Hugo Chávez", "Colombia>"}},
		{"Israeli jets bombed Gaza and Hamas fired rockets at Sderot.",
			[]string{"Hamas>Israel"}, []string{"Israel>Hamas", "Gaza Strip>Israel"}},
		{"Officials said Britain and France condemned the attack.",
			[]string{"United Kingdom>", "France>"}, nil},
		{"Israel attacked Hamas and Hezbollah.",
			[]string{"Israel>Hamas", "Israel>Hezbollah"}, nil},
	} {
		d := runWorld(t, p, tc.text, day)
		var got []string
		for _, e := range d.Events {
			got = append(got, e.SourceName+">"+e.TargetName)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: events %q, want %q", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: events %q, want no %q", tc.text, got, w)
			}
		}
	}
}

// TestWorkplaceList: the workplaces after "workers at" are where the
// workers work, also a list of two; the workers act.
func TestWorkplaceList(t *testing.T) {
	checkEvents(t, []eventCase{
		{"two workplaces", "2022-08-09", "Workers at the Hyundai Motor plant and the Kia company walked out on Tuesday.", []string{"LAB  143"}, []string{"BUS  143"}},
		{"one workplace", "2022-08-09", "Workers at the Hyundai Motor plant walked out on Tuesday.", []string{"LAB  143"}, []string{"BUS  143"}},
	})
}

// andClauseTests: a bare "and" after a non-actor object, then an actor
// and a past verb, opens a new clause whose subject is no target.
var andClauseTests = []eventCase{
	{"a new clause after the object", "2010-06-20", "Ban Ki-moon called for an independent investigation into the killings and the U.N. refugee agency flew tents to the border.",
		[]string{"IGOUNO  020"}, []string{"IGOUNO IGOUNO 020"}},
	{"a state as the new subject", "2014-03-01", "Merkel called for an end to the violence and Russia sent troops into Crimea.",
		[]string{"DEUGOV  020"}, []string{"DEUGOV RUS"}},
}

func TestAndClauseSubject(t *testing.T) { checkEvents(t, andClauseTests) }
