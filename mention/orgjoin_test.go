package mention

import "testing"

// Tests of bodies' names joined over connectors.

// TestInnerConnectors checks that a body's name with a lower-case
// connector before its head is one name, and that a name of its own
// before the connector stays apart.
func TestInnerConnectors(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A group calling itself the Peace at Home Council read a statement.", []string{"Peace at Home Council/organization//name"}, []string{"Home Council"}},
		{"The Movement for Rural Renewal won.", []string{"Movement for Rural Renewal/organization//name"}, nil},
		{"Reporters saw Putin at Security Council talks.", []string{"Security Council/organization/org.unsc/alias"}, []string{"Putin at Security Council"}},
		{"Students at Kavari Union met.", []string{"Kavari Union/organization//name"}, []string{"Students at Kavari Union"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-07-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlacePairBodies checks that a body whose name opens with two
// places joined by "and" is one organisation, and that places in a list
// stay apart.
func TestPlacePairBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Beijing's Hong Kong and Macau Affairs Office called the break-in illegal.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office", "Hong Kong"}},
		{"Hong Kong and Macau Affairs Office officials met.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office"}},
		{"The Jammu and Kashmir Liberation Front called a strike.", []string{"Jammu and Kashmir Liberation Front/organization//name"}, []string{"Kashmir Liberation Front", "Jammu"}},
		{"Trade between Hong Kong and Macau Affairs Office staff grew.", nil, []string{"Hong Kong and Macau Affairs Office"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
