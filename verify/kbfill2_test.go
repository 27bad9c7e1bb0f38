package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestKBFillEarlierTerms: terms before the offices' complete_from and an
// acting holder spelt another way are in the KB, so such claims are
// checked: Alan García's first term (1985–1990), Ferdinand Marcos Sr.
// (1965–1986), Niwattumrong Boonsongpaisan as acting prime minister in
// May 2014.
func TestKBFillEarlierTerms(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Former President Alan Garcia won Peru's runoff on Sunday.", "2006-06-05", doc.Supported, "1985-07-28 → 1990-07-28"},
		{"President Alan Garcia spoke in Lima.", "1988-03-01", doc.Supported, "held this office on 1988-03-01"},
		{"President Ferdinand E. Marcos declared martial law in the Philippines on Thursday.", "1972-09-23", doc.Supported, "1965-12-30 → 1986-02-25"},
		{"Acting Prime Minister Niwattumrong Boonsongpaisan did not attend the talks.", "2014-05-20", doc.Supported, "2014-05-07 → 2014-05-22"},
	})
}
