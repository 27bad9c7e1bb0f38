package mention

import "testing"

// Tests of commodities and firms named after what they make.

// TestCommodities checks that a fuel's acronym is no organisation.
func TestCommodities(t *testing.T) {
	for _, text := range []string{
		"The cap is tied to a global LNG reference price.",
		"Imports of LPG and CNG rose in March.",
	} {
		d := analyzeShipped(t, text, "2022-12-19")
		checkMentions(t, d, text, nil, []string{"LNG", "LPG", "CNG"})
	}
}

// TestCommodityFirm: a name ending in the commodity its maker
// produces ("Impala Platinum", "Tata Steel") is an organisation whatever
// its verb, and a name shaped like a person's listed with such a firm,
// or set in a company's context ("a unit of X", "X shares fell"), is one
// too; a given name still makes a person.
func TestCommodityFirm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Northam Platinum complained that it must surrender part of its export earnings.", []string{"Northam Platinum/organization//name"}, nil},
		{"Kinross Gold and Harmony Gold cut jobs.", []string{"Kinross Gold/organization//name", "Harmony Gold/organization//name"}, []string{"Kinross Gold/person"}},
		{"Kafue Steel said output fell.", []string{"Kafue Steel/organization//name"}, nil},
		{"Ruvuma Uranium and Kagera Tawi cut jobs.", []string{"Ruvuma Uranium/organization//name", "Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"The smelter is a unit of Kagera Tawi.", []string{"Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"Kagera Tawi shares fell in early trade.", []string{"Kagera Tawi/organization//name"}, []string{"Kagera Tawi/person"}},
		{"David Steel said the party would win.", []string{"David Steel/person//name"}, nil},
		{"Kagera Tawi shares a house with his brother.", nil, []string{"Kagera Tawi/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
