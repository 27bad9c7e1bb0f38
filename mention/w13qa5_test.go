package mention

import "testing"

// TestW13QA5DatelineOverCounts: a bare title in a datelined story is the
// dateline country's even when another state is named more often, up to
// twice as often (W13 QA5: Georgia, Peru); a state named more than twice
// as often still wins.
func TestW13QA5DatelineOverCounts(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"TBILISI, Aug 29, 2008 - Georgia broke off relations with Russia. Foreign Minister Eka Tkeshelashvili said Georgia could not keep an embassy in Russia. Russia has troops near Gori. Russia denied it.",
			"Eka Tkeshelashvili", "GEO.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Peru expelled Mexico's ambassador. Foreign Minister Ana Cecilia Gervasi said Mexico's comments were unacceptable. Mexico granted asylum. Mexico disagreed.",
			"Ana Cecilia Gervasi", "PER.foreign_minister"},
		{"LIMA, Dec 21, 2022 - Foreign Minister Ana Cecilia Gervasi spoke. Mexico granted asylum. Mexico disagreed. Mexico protested. Mexico left.",
			"Ana Cecilia Gervasi", "MEX.foreign_minister"},
	} {
		d := analyzeShipped(t, tc.text, "2015-07-20")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person != tc.person {
				continue
			}
			found = true
			if c.OfficeID != tc.office {
				t.Errorf("%q: %s claim office %q; want %q", tc.text, tc.person, c.OfficeID, tc.office)
			}
		}
		if !found {
			t.Errorf("%q: no claim about %s; claims %+v", tc.text, tc.person, d.RoleClaims)
		}
	}
}
