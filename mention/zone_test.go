package mention

import "testing"

// TestClockZone checks that a zone abbreviation after a clock time is no
// name, while an all-capitals name after a year still is.
func TestClockZone(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"At 10:00 CET, the rebel leader said his fighters had taken the airport.", nil, []string{"CET"}},
		{"By 08:15 MSK the column had reached the city.", nil, []string{"MSK"}},
		{"At 9 a.m. IST, the count began.", nil, []string{"IST"}},
		{"The eruption began at 0730 WIB on Monday.", nil, []string{"WIB"}},
		{"By 2023 NATO had grown.", []string{"NATO/organization/org.nato/alias"}, nil},
	} {
		d := analyze(t, stage(), tc.text)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestZoneAfterMeridiem checks that a zone after "a.m."/"p.m." is
// part of the time, no organisation, also when the stop of "p.m." ends
// the sentence for the splitter ("10:05 p.m. PHT").
func TestZoneAfterMeridiem(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Updated March 11, 2025, 10:05 p.m. PHT", nil, []string{"PHT"}},
		{"The blast was at 10:05 p.m. WIB on Monday.", nil, []string{"WIB"}},
		{"The plant closed at 5 p.m. IBM said it was fine.", []string{"IBM/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-03-11")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
