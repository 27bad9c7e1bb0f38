package mention

import "testing"

// TestOrgSenses checks that a one-word name a preposition made a place
// takes the organisation sense the article gives it elsewhere (a listed
// firm's first word, a defined acronym).
func TestOrgSenses(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Northrop Grumman won the contract. The GAO said the evaluation was skewed towards Northrop.", []string{"Northrop/organization//short-form"}, []string{"Northrop/place"}},
		{"The Royal Air Force (RAF) will get new tankers. They will fly in RAF livery.", []string{"RAF/organization//name"}, []string{"RAF/place"}},
		{"Troops deployed with UNAMID. UNAMID said the camp was calm.", []string{"UNAMID/organization//name"}, []string{"UNAMID/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
