package mention

import "testing"

// TestHyphenPlace checks that hyphened names before a local body's noun
// are a place, while a hyphened surname stays a person.
func TestHyphenPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Kerr Putney, the Charlotte-Mecklenburg police chief, said officers would act.", []string{"Charlotte-Mecklenburg/place//name"}, []string{"Charlotte-Mecklenburg/person"}},
		{"He was the fourth person shot by a Winston-Salem police officer this year.", []string{"Winston-Salem/place//name"}, []string{"Winston-Salem/person"}},
		{"Storms hit the Dallas-Fort Worth area on Monday.", []string{"Dallas-Fort Worth/place//name"}, nil},
		{"The plan is costly, Ms. Uriss-Spehar said on Monday.", []string{"Uriss-Spehar/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-09-22")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
