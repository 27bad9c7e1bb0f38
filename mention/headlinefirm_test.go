package mention

import "testing"

// TestHeadlineFirms checks that the first words of a firm's longer name
// in a title-case headline name the firm the story names in full, and
// that a headline whose words open no such name is left alone.
func TestHeadlineFirms(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"America West: Will Not Bid for ATA.  CHICAGO (Reuters) - America West Holdings Corp. on Thursday said it would not bid.",
			[]string{"America West/organization//short-form", "America West Holdings Corp./organization//name"}, []string{"America/place"}},
		{"America Braces for Storms.  CHICAGO (Reuters) - America West Holdings Corp. on Thursday said it would cancel flights.",
			[]string{"America West Holdings Corp./organization//name"}, []string{"America Braces"}},
	} {
		d := analyzeShipped(t, tc.text, "2004-11-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
