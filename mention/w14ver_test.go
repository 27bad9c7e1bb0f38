package mention

import "testing"

// TestW14VerStateOfficeTitles: a state post with a title of its own,
// named "TITLE of STATE" in the KB (Myanmar's State Counsellor,
// Bangladesh's Chief Adviser, Afghanistan's and Pakistan's Chief
// Executive), is a title after its state, written as an adjective, a
// possessive or a name; without its state, or after a company's name,
// it claims no office.
func TestW14VerStateOfficeTitles(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Myanmar State Counsellor Aung San Suu Kyi called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Bangladesh's chief adviser, Muhammad Yunus, called for talks on Tuesday.", "Muhammad Yunus", "BGD.chief_adviser"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", "AFG.chief_executive"},
		{"Pakistan's Chief Executive Pervez Musharraf called for talks on Tuesday.", "Pervez Musharraf", "PAK.chief_executive"},
		{"Apple Chief Executive Tim Cook called for talks on Tuesday.", "Tim Cook", ""},
		{"Kenya Airways chief executive Allan Kilavuka called for talks on Tuesday.", "Allan Kilavuka", ""},
		{"Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2017-05-02"), tc.text, tc.person, tc.office)
	}
}
