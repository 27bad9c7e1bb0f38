package mention

import "testing"

// Tests of unknown words before an identity role.

// TestPeopleBeforeRole: an unknown word before an identity role
// noun and a person's name is a people's name, not an organisation
// ("Karakalpak activist X"); before an occupation it is still the
// employer ("Zentrova spokesman X").
func TestPeopleBeforeRole(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Karakalpak activist Dauletmurat Tazhimuratov was detained.", []string{"Dauletmurat Tazhimuratov/person//name"}, []string{"Karakalpak/organization", "Karakalpak/person"}},
		{"Police detained Ogoni activist Ledum Mitee on Friday.", []string{"Ledum Mitee/person//name"}, []string{"Ogoni/organization", "Ogoni/person"}},
		{"Zentrova spokesman Ali Hamed said the plant would close.", []string{"Zentrova/organization//name"}, nil},
		// a common word opening the sentence is the cause, not a people
		{"Rights activist Saidjahon Zainabitdinov was arrested in Andijan.", []string{"Saidjahon Zainabitdinov/person//name"}, []string{"Rights"}},
		{"Democracy activist Saidjahon Zainabitdinov was arrested.", []string{"Saidjahon Zainabitdinov/person//name"}, []string{"Democracy"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-07-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
