package mention

import "testing"

// Tests of an organisation's short form "the <Head>".

// TestOrgHeadShortForm checks that "the <Head>" after an
// organisation named in full joins it ("the Tigers", "the Front"), and
// that a head before "of" or a number, or a head that is no plural nor
// an organisation's head word, does not.
func TestOrgHeadShortForm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The army fought the Liberation Tigers of Tamil Eelam. He said the Tigers had fought since 1983.",
			[]string{"Tigers/armed_group/group.ltte/short-form"}, nil},
		{"Troops fought the Moro Islamic Liberation Front. He said the Front had fought since 1983.",
			[]string{"Front/organization//short-form"}, nil},
		{"He joined the Ohio National Guard in 2001. Later the Office of the Attorney General called.",
			nil, []string{"Office/organization//short-form"}},
	} {
		d := analyzeShipped(t, tc.text, "2009-05-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
