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
