package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestLeaderGovernment checks that "<leader> administration/government"
// is the government of the country the KB knows that leader led.
func TestLeaderGovernment(t *testing.T) {
	for _, tc := range []struct {
		text, date, span string
		want             string // ISO3 of the government's country, "" for no such mention
	}{
		{"The Bush administration imposed sanctions.", "2006-05-01", "Bush administration", "USA"},
		{"Officials in the Biden administration disagreed.", "2022-05-01", "Biden administration", "USA"},
		{"The Obama administration told Damascus to stop.", "2013-08-01", "Obama administration", "USA"},
		{"The Netanyahu government fell.", "2021-06-01", "Netanyahu government", "ISR"},
		{"Critics of the Modi government marched.", "2020-01-10", "Modi government", "IND"},
		{"Putin's regime jailed him.", "2021-02-01", "Putin's regime", "RUS"},
		{"The Merkel government agreed.", "2015-09-01", "Merkel government", "DEU"},
		{"The Erdogan government protested.", "2016-07-20", "Erdogan government", "TUR"},
		{"The Ramaphosa administration replied.", "2023-03-01", "Ramaphosa administration", "ZAF"},
		{"The Sharif government fell.", "2023-03-01", "Sharif government", "PAK"}, // two Sharifs, one country
		{"The Smith government fell.", "2023-03-01", "Smith government", ""},      // no such leader in the KB
		{"Joe Biden spoke to reporters.", "2023-03-01", "Joe Biden", ""},
		{"Prime Minister Tony Blair's government fell.", "2004-03-01", "Tony Blair", ""},  // the person keeps the title's claim
		{"President Macron's government resigned.", "2024-01-08", "Macron", ""},           // after a title
		{"Officials of Joe Biden's administration spoke.", "2023-03-01", "Joe Biden", ""}, // a full name is the person
	} {
		t.Run(tc.span, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, tc.date)
			m := mentionAt(d, tc.span, 0)
			if tc.want == "" {
				if m != nil && m.How == HowLeader {
					t.Errorf("%q: unwanted government mention %+v", tc.text, m)
				}
				return
			}
			if m == nil || m.Text != tc.span || m.How != HowLeader {
				t.Fatalf("%q: no government mention %q; got %v", tc.text, tc.span, mentionList(d))
			}
			e := d.Entities[m.Entity]
			if e.Country != tc.want || m.KBID == "" || (m.Type != doc.TypeOrganization && m.Type != doc.TypeCountry) {
				t.Errorf("%q: %s is %s %s (country %s), want the government of %s", tc.text, tc.span, m.Type, m.KBID, e.Country, tc.want)
			}
		})
	}
}
