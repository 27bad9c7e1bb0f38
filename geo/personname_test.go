package geo

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestKBPersonNotPlace: a name the mentions layer links to a KB person,
// even a short form exactly the place's name ("Toledo" after "President
// Alejandro Toledo"), is the person, not the town; an unlinked person
// mention of the same span leaves the place to the gazetteer.
func TestKBPersonNotPlace(t *testing.T) {
	text := "Toledo congratulated Garcia in Lima."
	i := strings.Index(text, "Lima")
	for _, tc := range []struct {
		kbid, want string
	}{
		{"person.alejandro-toledo", "Lima/PER"},
		{"", "Toledo/USA,Lima/PER"},
	} {
		d := run(t, text, []doc.Mention{
			{Span: doc.Span{Start: 0, End: 6}, Type: doc.TypePerson, KBID: tc.kbid},
			{Span: doc.Span{Start: i, End: i + 4}, Type: doc.TypePlace},
		})
		if got := names(d); got != tc.want {
			t.Errorf("kbid %q: places = %q; want %q", tc.kbid, got, tc.want)
		}
	}
}

// TestSurnameNotDivision: a region named like a surname (Guerrero,
// Hidalgo, Morelos) is not read in an unlinked person's surname after
// the full name ("Guerrero, 40," after "Paolo Guerrero"); the region
// itself, with no such person before it, still is one.
func TestSurnameNotDivision(t *testing.T) {
	person := func(text, name string, from int) doc.Mention {
		i := from + strings.Index(text[from:], name)
		return doc.Mention{Span: doc.Span{Start: i, End: i + len(name)}, Type: doc.TypePerson, Entity: -1}
	}
	for _, tc := range []struct {
		text, full, short, want string
	}{
		{"Striker Paolo Guerrero scored in Lima. Guerrero, 40, celebrated.", "Paolo Guerrero", "Guerrero", "Lima/PER"},
		{"Mayor Anne Hidalgo spoke in Paris. Hidalgo, smiling, left.", "Anne Hidalgo", "Hidalgo", "Paris/FRA"},
		{"Mayor Ana Rios spoke in Lima. Violence hit Guerrero, officials said.", "Ana Rios", "Guerrero", "Lima/PER,Guerrero/MEX"},
	} {
		full := person(tc.text, tc.full, 0)
		short := person(tc.text, tc.short, full.Span.End)
		d := run(t, tc.text, []doc.Mention{full, short})
		if got := names(d); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}
