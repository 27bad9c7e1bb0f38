package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW14VerBeforeCreated: an office claimed before it was created is
// contradicted as nonexistent even when the claim's person later held
// it to its abolition; only the news of an abolition just past keeps
// the last holder's title.
func TestW14VerBeforeCreated(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2016-04-06"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "2012-05-01", doc.Contradicted, "existed only 2014-09-29"},
	})
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-05-29", doc.Supported, "until it was abolished on 2008-05-28"},
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks with the generals on Monday.", "2017-05-01", doc.Supported, "2016-04-06"},
	})
}
