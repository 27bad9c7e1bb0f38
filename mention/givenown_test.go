package mention

import "testing"

// Tests of a common given name written alone.

// TestGivenNameAlone checks that a common first name written alone is
// a person of its own, not the full name it opens, when that name carries
// an honorific or a title and the first name comes before it or has an
// appositive of its own; other first names keep joining.
func TestGivenNameAlone(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{`Grand Ayatollah Hussein al-Najafi urged restraint. "We want them all to go," said Hussein, a 24-year-old graduate.`, []string{"Hussein/person//name"}, []string{"Hussein/person//short-form"}},
		{`"We want them all to go," said Omar, who sells tea. Imam Omar Haddad urged restraint.`, []string{"Omar/person//name"}, []string{"Omar/person//short-form"}},
		{`President Mahmoud Kareem met the protesters. Later Mahmoud, 31, said the square was calm.`, []string{"Mahmoud/person//name"}, []string{"Mahmoud/person//short-form"}},
		{`Sheikh Ahmed Qureshi led the prayers. "It was full," said Ahmed, a shopkeeper.`, []string{"Ahmed/person//name"}, []string{"Ahmed/person//short-form"}},
		// an untitled full name keeps its first-name mentions, also
		// before it and with an appositive ("her husband Roger")
		{`Angelo Fusco won the spelling bee. Angelo, a pupil at the school, said he practised daily.`, []string{"Angelo/person//short-form"}, nil},
		{`The Rev. Roy Jones leads the church. "I talked to Roy today," Lewis said.`, []string{"Roy/person//short-form"}, nil},
		{`Her husband Roger had not come home. Roger Whipps was found on Friday.`, []string{"Roger/person//short-form"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-11-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
