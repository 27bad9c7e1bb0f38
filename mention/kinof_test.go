package mention

import "testing"

// Tests of kin sharing a KB person's surname.

// TestKinNamesake checks that a bare surname shared by two KB
// persons goes to the one named in full as herself, not to the alias
// holder named only as her relative.
func TestKinNamesake(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"George W. Bush, the son of President George H. W. Bush, met donors in Texas.\n\nBush, 42, said he would decide later.", "1989-06-01",
			[]string{"Bush/person/person.george-w-bush/short-form"}, []string{"Bush/person/person.george-h-w-bush"}},
		{"Sara Duterte, the daughter of President Rodrigo Duterte, voted in Davao.\n\nDuterte, 43, later thanked her supporters.", "2022-05-10",
			[]string{"Duterte/person/person.sara-duterte/short-form"}, []string{"Duterte/person/person.rodrigo-duterte"}},
		{"Sara Duterte, the daughter of outgoing President Rodrigo Duterte, voted in Davao.\n\nDuterte, 43, later thanked her supporters.", "2022-05-10",
			[]string{"Duterte/person/person.sara-duterte/short-form"}, []string{"Duterte/person/person.rodrigo-duterte"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
