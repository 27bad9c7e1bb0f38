package quote

import "testing"

// qa12Ends are reports whose content must end exactly where given.
var qa12Ends = []struct{ input, content string }{
	// a closing quotation mark, a comma, "and", a new capitalised
	// subject and a past-tense verb end the report: what the new
	// subject did is the writer's account
	{`Mensah condemned the "cowardly attack", and Interior Minister Kofi Boateng ordered an inquiry.`, `the "cowardly attack"`},
	{`Okafor said the deal was "dead", and Mali closed its embassy on Friday.`, `the deal was "dead"`},
	// a lower-case subject or no verb after it: the report runs on
	{`Okafor said the deal was "dead", and the talks were over.`, `the deal was "dead", and the talks were over`},
}

func TestFindQA12Ends(t *testing.T) {
	for _, tc := range qa12Ends {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}
