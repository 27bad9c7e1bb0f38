package mention

import "testing"

// TestQA24LanguageModifier: a language joined by a hyphen to "speaking",
// "speakers" or "language" names no actor: not the country whose
// demonym it shares, not a person (QA24 M-1).
func TestQA24LanguageModifier(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Violence has spread in Cameroon's two English-speaking regions.", []string{"Cameroon/country/CMR/alias"}, []string{"English"}},
		{"Ukraine's Russian-speaking regions voted.", []string{"Ukraine/country/UKR/alias"}, []string{"Russian"}},
		{"The French-speaking majority protested in Yaounde.", nil, []string{"French"}},
		{"A Portuguese-language daily in Maputo and Arabic-speakers in Chad were polled.", []string{"Chad/country/TCD/alias"}, []string{"Portuguese", "Arabic"}},
		// a country's people or a capitalised name stay
		{"Russian troops and Spanish voters went to Cameroon.", []string{"Russian/country/RUS/demonym", "Spanish/country/ESP/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA24CompoundAppositive: a hyphenated modifier in an appositive
// ("the state-controlled oil company") is not the appositive's head: the
// head noun after it types the name (QA24 M-2).
func TestQA24CompoundAppositive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Shares of KLMB, the state-controlled oil company, rose 9%.", []string{"KLMB/organization//name"}, []string{"KLMB/place"}},
		{"Shares of Zentrix, a state-owned bank, fell.", []string{"Zentrix/organization//name"}, []string{"Zentrix/place"}},
		{"Kiboga, a rebel-held border town, fell on Monday.", []string{"Kiboga/place//name"}, []string{"Kiboga/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-12-13")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA24GroupNamesake: a KB armed group's name in a story set in the
// country of its KB namesake, and not in its own, names the namesake
// (Mozambique's insurgents "known locally as al-Shabab"); a story that
// names the group's own country, or another one, keeps the group (QA24
// M-3).
func TestQA24GroupNamesake(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The group, known locally as al-Shabab, has attacked towns in Cabo Delgado in Mozambique.", []string{"al-Shabab/armed_group/group.al-shabaab-mozambique/alias"}, []string{"al-Shabab/armed_group/group.al-shabaab/"}},
		{"Al-Shabaab raided a police post in northern Mozambique on Sunday.", []string{"Al-Shabaab/armed_group/group.al-shabaab-mozambique/alias"}, nil},
		{"Al-Shabaab militants attacked a bus in Mandera county, Kenya.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
		{"Al-Shabaab fighters attacked Palma in Mozambique and a base near Mogadishu.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
		{"Al-Shabaab attacked a hotel in Mogadishu.", []string{"Al-Shabaab/armed_group/group.al-shabaab/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
