package main

import "testing"

var petrarchActorTests = []struct {
	code, sector, country, want string
}{
	{"REB", "REB", "", "---REB"}, // "insurgents": an agent of no known country
	{"CVL", "CVL", "", "---CVL"},
	{"SYRREB", "REB", "SYR", "SYRREB"},
	{"SYR", "", "SYR", "SYR"},
	{"IGOUNO", "IGO", "", "IGOUNO"}, // an organisation's own code
	{"IGO", "IGO", "", "IGO"},       // an organisation the KB knows by no code of its own: IGO stands where a country does
	{"NGO", "NGO", "", "NGO"},
	{"---GOV", "GOV", "", "---GOV"}, // PETRARCH dictionaries write it already
	{"", "", "", ""},
}

func TestPetrarchActor(t *testing.T) {
	for _, tt := range petrarchActorTests {
		if got := petrarchActor(tt.code, tt.sector, tt.country); got != tt.want {
			t.Errorf("petrarchActor(%q, %q, %q) = %q; want %q", tt.code, tt.sector, tt.country, got, tt.want)
		}
	}
}
