package mention

import "testing"

// Tests of the Tagalog linker "ng".

// TestTagalogLinker checks that the Tagalog linker "ng" joins a
// Philippine institution's name into one organisation.
func TestTagalogLinker(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Bangko Sentral ng Pilipinas raised its policy rate on Thursday.", []string{"Bangko Sentral ng Pilipinas/organization//name"}, []string{"Bangko Sentral", "Pilipinas"}},
		{"Officers of the Pambansang Pulisya ng Pilipinas guarded the polls.", []string{"Pambansang Pulisya ng Pilipinas/organization//name"}, []string{"Pambansang Pulisya"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
