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

// TestHeadlineClosingWord: one word after "in" closing a title-case
// headline is no place when the story never writes it again ("Wins
// Presidency in Upset", "Rams Beat Jets in OT"); a place the story names
// again stays one.
func TestHeadlineClosingWord(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Farmers' Party Wins Lithuanian Run-Off in Upset.  VILNIUS (Reuters) - The Farmers' Party won the run-off on Sunday.", nil, []string{"Upset/place"}},
		{"China Closes 1,600 Internet Cafes in Crackdown.  BEIJING (Reuters) - China shut 1,600 Internet cafes.", nil, []string{"Crackdown/place"}},
		{"Floods Kill 12 in Zentrova.  NAIROBI (Reuters) - Floods killed 12 people in Zentrova on Sunday, police said.", []string{"Zentrova/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2004-11-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
