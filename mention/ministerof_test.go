package mention

import (
	"strings"
	"testing"
)

// Tests of "Minister of <Portfolio> <Name>".

// TestMinisterOf: "Minister of <Portfolio> <Name>" with no comma is a
// person with that title, the portfolio no name of its own.
func TestMinisterOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
		title        string
	}{
		{"Muizzu met India's Minister of Earth Sciences Kiren Rijiju on Saturday.", []string{"Kiren Rijiju/person//name"}, []string{"Earth Sciences"}, "Minister of Earth Sciences"},
		{"Minister of Health Ama Boateng said the clinics would reopen.", []string{"Ama Boateng/person//name"}, []string{"Health Ama Boateng"}, "Minister of Health"},
		{"The Minister of Health, Kwame Mensah, spoke.", []string{"Kwame Mensah/person//name"}, nil, ""},
		// a portfolio of two parts joined by "and"; "Vice President for"
		{"Minister for Women and Family Affairs Masoumeh Rahimi said the ban had no basis.", []string{"Masoumeh Rahimi/person//name"}, []string{"Family Affairs"}, "Minister for Women and Family Affairs"},
		{"Vice President for Women and Family Affairs Masoumeh Rahimi said the ban had no basis.", []string{"Masoumeh Rahimi/person//name"}, []string{"Family Affairs"}, "President for Women and Family Affairs"},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if m := mentionAt(d, tc.want[0][:strings.Index(tc.want[0], "/")], 0); tc.title != "" && (m == nil || m.Title != tc.title) {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
	}
}
