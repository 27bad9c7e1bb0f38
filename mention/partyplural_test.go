package mention

import "testing"

// Tests of parties named by their members' plural.

// TestPartyShortNames checks that a party named by its members'
// plural or its bare adjective ("the Conservatives", "the Tories",
// "Labour took 232 seats") links to the party of the country the story
// is about, or, with no state named, of the KB persons it names; and
// that "labour" as the economists' word and "Labour Day" stay unlinked.
func TestPartyShortNames(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       map[string]string
	}{
		{"Theresa May's Conservatives won 318 seats. Labour took 262 seats.", "2017-06-09",
			map[string]string{"Conservatives": "organization/org.uk-conservative-party", "Labour": "organization/org.uk-labour-party"}},
		{"In Britain, the Tories lost ground as the Labour Party gained.", "2017-06-09",
			map[string]string{"Tories": "organization/org.uk-conservative-party", "Labour Party": "organization/org.uk-labour-party"}},
		{"Donald Trump attacked the Democrats, and the Republicans cheered.", "2018-03-01",
			map[string]string{"Democrats": "organization/org.us-democratic-party", "Republicans": "organization/org.us-republican-party"}},
		{"In Britain, Labour costs rose on Labour Day.", "2017-06-09",
			map[string]string{"Labour": ""}},
		{"Republicans and Democrats argued. Labour gained while the Tories lost.", "2017-06-09",
			map[string]string{"Republicans": "", "Democrats": "", "Labour": "", "Tories": ""}},
	} {
		checkLinks(t, tc.text, tc.date, tc.want)
	}
}

// TestPartyPlurals checks that a party named by its members' plural
// links to the KB party of the country in context, and to none without
// one.
func TestPartyPlurals(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // mention text → "type/kbid"; "" kbid: unlinked or absent
	}{
		{"Germany's Social Democrats, Greens and Free Democrats agreed on Wednesday to form a coalition government.",
			map[string]string{"Social Democrats": "organization/org.spd", "Greens": "organization/org.german-greens", "Free Democrats": "organization/org.fdp"}},
		{"Olaf Scholz spoke in Germany. The Social Democrats narrowly beat the Christian Democrats.",
			map[string]string{"Social Democrats": "organization/org.spd", "Christian Democrats": "organization/org.cdu"}},
		{"Sweden's Social Democrats won the election.",
			map[string]string{"Social Democrats": "organization/org.swedish-social-democrats"}},
		{"Spain's Socialists won the vote.",
			map[string]string{"Socialists": "organization/org.psoe"}},
		{"The Social Democrats narrowly beat the Christian Democrats.",
			map[string]string{"Social Democrats": "", "Christian Democrats": ""}},
		{"Japan's Social Democrats met in Tokyo.",
			map[string]string{"Social Democrats": ""}},
	} {
		checkLinks(t, tc.text, "2021-11-24", tc.want)
	}
}
