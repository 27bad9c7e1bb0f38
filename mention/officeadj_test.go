package mention

import "testing"

// TestOfficeAdjective checks that an adjective of an office between the
// role and the "for" of its field is no person's name after the role.
func TestOfficeAdjective(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Minister Responsible for Foreign Affairs said talks would resume.", nil, []string{"Responsible/person"}},
		{"Sarah Jones, Minister Responsible for Housing, said the plan was sound.", []string{"Sarah Jones/person//name"}, []string{"Responsible/person"}},
		{"The Secretary Accountable for Finance resigned on Monday.", nil, []string{"Accountable/person"}},
		{"He thanked Senator Dunstable for his help.", []string{"Dunstable/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2026-11-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
