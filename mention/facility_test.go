package mention

import "testing"

// Tests of facilities and firms named after a person or a city.

// TestCityFacility checks that a city's name opening a facility's
// name ("Kigali Genocide Memorial", "Cairo Stadium") is part of that one
// name, and the words after the city are no person.
func TestCityFacility(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Kagame lit a flame at the Kigali Genocide Memorial on Sunday.", []string{"Kigali Genocide Memorial/place//name"}, []string{"Genocide Memorial", "Kigali"}},
		{"The final was played at Cairo Stadium.", []string{"Cairo Stadium/place//name"}, []string{"Cairo"}},
		{"The envoy flew from Kigali to Cairo.", []string{"Kigali/place/place.kigali/alias", "Cairo/place/place.cairo/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFirmNamedAfterPerson checks that a firm named after a person the KB
// knows ("Kissinger Associates") is an organisation, not the person.
func TestFirmNamedAfterPerson(t *testing.T) {
	text := "Henry Kissinger died on Wednesday. His consulting firm, Kissinger Associates, announced the death."
	d := analyzeShipped(t, text, "2023-11-30")
	checkMentions(t, d, text, []string{"Kissinger Associates/organization//name"}, []string{"Kissinger/person/person.henry-kissinger/short-form"})
}

// TestNamedFacilities checks that an airport, street or university
// named after a person is one name, with no mention of the person.
func TestNamedFacilities(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Thousands of people rushed to Hamid Karzai International Airport on Monday.", []string{"Hamid Karzai International Airport/place//name"}, []string{"Hamid Karzai", "International Airport"}},
		{"The plane landed at Imam Khomeini International Airport in Tehran.", []string{"Imam Khomeini International Airport/place//name"}, []string{"Imam Khomeini", "International Airport"}},
		{"Hamid Karzai flew to Washington on Monday.", []string{"Hamid Karzai/person/person.hamid-karzai/alias"}, nil},
		// roads named after a person or a city
		{"Kenyan President William Ruto opened the Nairobi Expressway.", []string{"Nairobi Expressway/place//name"}, []string{"Nairobi/place"}},
		{"Thousands of trucks use the Hamid Karzai Causeway each day.", []string{"Hamid Karzai Causeway/place//name"}, []string{"Hamid Karzai/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTempleNames: a name before a lower-case temple, mosque,
// church or pagoda is the building, also after modifiers between "the"
// and the name ("the 11th-century Preah Vihear temple"; e.g.
// Thailand–Cambodia); a person before another noun stays a person.
func TestTempleNames(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Clashes broke out near the 11th-century Preah Vihear temple.", "2025-07-24", []string{"Preah Vihear/place//name"}, []string{"Preah Vihear/person"}},
		{"Worshippers gathered at the centuries-old Ahmed Shah mosque.", "2019-03-15", []string{"Ahmed Shah/place//name"}, []string{"Ahmed Shah/person"}},
		{"Hun Sen visited the temple.", "2025-07-24", []string{"Hun Sen/person/person.hun-sen/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBodyFacility: a street, stadium, county or museum named after a
// country, a body or a KB person the text does not mention is one name,
// linked to none of them ("Commonwealth Stadium" is no mention of the
// Commonwealth, "Barrow County" none of Adama Barrow); a name that goes
// on with "of" keeps its own reading.
func TestBodyFacility(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Wildcats lost at Commonwealth Stadium on Saturday.", []string{"Commonwealth Stadium/place//name"}, []string{"Commonwealth"}},
		{"Teachers in Barrow County will lose their jobs.", []string{"Barrow County/place//name"}, []string{"Barrow"}},
		{"A gas well near Washington Drive angered neighbours.", []string{"Washington Drive/place//name"}, []string{"Washington"}},
		{"The icons hang in the Russian Museum.", []string{"Russian Museum/place//name"}, []string{"Russian"}},
		{"She joined the Chinese Academy of Sciences in 2001.", []string{"Chinese Academy of Sciences/organization//name"}, nil},
		{"Commonwealth leaders met in London.", []string{"Commonwealth/organization/org.commonwealth/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-04-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
