package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13MN5DateOpener: a weekday or month that opens the clause without
// a comma ("On Monday President X") is no owner of the title after it;
// the claim is the one the comma gives. A capitalised word that is no
// date still marks an owner the KB does not know (W13 MN5).
func TestW13MN5DateOpener(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"On Monday President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"On Monday, President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"In March Prime Minister Narendra Modi visited Paris.", "Narendra Modi", "IND.prime_minister"},
		{"Last week Foreign Minister Sergei Lavrov met officials in Ankara.", "Sergei Lavrov", "RUS.foreign_minister"},
		{"Officials said Acme President Joe Biden spoke.", "Joe Biden", ""},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got := ""
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				got = c.OfficeID
			}
		}
		if got != tc.office {
			t.Errorf("%q: %s claim office %q; want %q (claims %+v)", tc.text, tc.person, got, tc.office, d.RoleClaims)
		}
	}
}

var _ = doc.TypePerson
