package mention

import "testing"

// Tests of bodies typed by their context.

// TestBodyByContext checks that a name typed by its shape is an
// organisation when it wins seats or heads a unit, and that a person or
// a known place there keeps its type.
func TestBodyByContext(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Pieter Omtzigt, whose New Social Contract won 20 seats, said he was ready to talk.", []string{"New Social Contract/organization//name"}, []string{"New Social Contract/place"}},
		{"He was a member of the FSB's Alpha unit.", []string{"Alpha/organization//name"}, []string{"Alpha/person"}},
		{"Geert Wilders won 37 seats in the election.", []string{"Geert Wilders/person//name"}, nil},
		{"Fighting in Donetsk took 20 seats of the council.", nil, []string{"Donetsk/organization"}},
		{"Councilwoman Nury Martinez wins school board seat.", nil, []string{"Nury Martinez/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
