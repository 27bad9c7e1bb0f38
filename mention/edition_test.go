package mention

import "testing"

// TestBroadcasterEdition: a language or an unknown name right after a KB
// broadcaster is the name of one of its channels ("BBC Persian", "Al
// Jazeera Mubasher Misr"): one organisation, still the broadcaster's. A
// weekday after it or a person named with a cue stays apart.
func TestBroadcasterEdition(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The speech was aired by BBC Persian on Monday.", []string{"BBC Persian/organization/org.bbc/alias"}, []string{"BBC/organization", "Persian"}},
		{"BBC Arabic said the speech was aired.", []string{"BBC Arabic/organization/org.bbc/alias"}, nil},
		{"The BBC Russian service said the speech was aired.", []string{"BBC Russian/organization/org.bbc/alias"}, []string{"Russian/country"}},
		{"Egypt blocked Al Jazeera Mubasher Misr in 2013.", []string{"Al Jazeera Mubasher Misr/organization/org.al-jazeera/alias"}, []string{"Mubasher Misr"}},
		{"The Saudi channel Al Arabiya Al Hadath aired the speech.", []string{"Al Arabiya Al Hadath/organization/org.al-arabiya/alias"}, []string{"Al Hadath"}},
		{"The minister told Al Jazeera Monday that the detainees would be freed.", []string{"Al Jazeera/organization/org.al-jazeera/alias"}, nil},
		{"The UN Syrian envoy said the talks would resume.", []string{"Syrian/country/SYR/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSlashNames: two unknown bodies written with a slash and no space
// are one name; KB and listed bodies and spaced slashes stay apart.
func TestSlashNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"They met in Brussels, where Radio Free Europe/Radio Liberty had asked for an interview.",
			[]string{"Radio Free Europe/Radio Liberty/organization//name"}, []string{"Radio Liberty"}},
		{"He was led by a team from the Paris Observatory/LESIA in Meudon.", []string{"Paris Observatory/organization//name"}, []string{"Paris Observatory/LESIA"}},
		{"An AP/Reuters count showed the lead.", []string{"AP/organization//alias", "Reuters/organization//alias"}, nil},
		{"A Radio Free Europe / Radio Liberty report said so.", []string{"Radio Free Europe/organization//name", "Radio Liberty/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
