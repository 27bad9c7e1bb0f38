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
