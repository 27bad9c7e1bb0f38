package mention

import "testing"

// Tests of languages after a verb of speaking or a hyphen.

// TestLanguageModifier: a language joined by a hyphen to "speaking",
// "speakers" or "language" names no actor: not the country whose
// demonym it shares, not a person.
func TestLanguageModifier(t *testing.T) {
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

// TestSpokeLanguage: a demonym after a verb of speaking is the
// language, no mention of the country (e.g. Haiti).
func TestSpokeLanguage(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A group of men, some of whom spoke Spanish, attacked the home.", nil, []string{"Spanish"}},
		{"The minister speaks French and Arabic fluently.", nil, []string{"French"}},
		// every member of a list of languages spoken (e.g. Haiti)
		{"The attackers were foreigners who spoke English and Spanish, he said.", nil, []string{"English", "Spanish"}},
		{"The guides speak Arabic, French or English.", nil, []string{"Arabic", "French", "English"}},
		{"Officials who spoke to Spanish and French diplomats said the talks failed.", []string{"Spanish/country/ESP/demonym", "French/country/FRA/demonym"}, nil},
		{"The Spanish prime minister spoke on Monday.", []string{"Spanish/country/ESP/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestLanguageNoPlace: a language no country's demonym names, after
// "in" or a verb of speaking, is no place; a body named after it stays.
func TestLanguageNoPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The statement was read in Sinhala and Tamil on state radio.", nil, []string{"Sinhala", "Tamil"}},
		{"The commander spoke in Pashto to the crowd in Kandahar.", []string{"Kandahar/place//alias"}, []string{"Pashto"}},
		{"Leaflets printed in Amharic and Tigrinya were found in Mekelle.", []string{"Mekelle/place//name"}, []string{"Amharic", "Tigrinya"}},
		{"She answered in Swahili before the court in Arusha.", nil, []string{"Swahili"}},
		{"The Oromo Liberation Front rejected the talks.", []string{"Oromo Liberation Front/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-06-11")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
