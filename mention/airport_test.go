package mention

import "testing"

// TestAirportPlace checks that a name headed by "Airport" (or another
// airfield word) is a place, a facility one flies to, while a longer
// name with its own head word stays the body that runs it.
func TestAirportPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The jet was due to fly to Chiang Mai International Airport before the accident.", []string{"Chiang Mai International Airport/place//name"}, nil},
		{"Passengers were stranded at Columbia Metropolitan Airport overnight.", []string{"Columbia Metropolitan Airport/place//name"}, nil},
		{"The troops landed at Bagram Airfield on Tuesday.", []string{"Bagram Airfield/place//name"}, nil},
		{"The Greater Toronto Airports Authority said flights would resume.", nil, []string{"Greater Toronto Airports Authority/place//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
