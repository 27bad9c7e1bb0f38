package mention

import "testing"

// Tests of companies as subjects of market moves.

// TestMarketSubjects checks that a name of common words moving by a
// percentage is a company, and that a brand before "chain" or "brand"
// is one; an index stays out.
func TestMarketSubjects(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Shares of Swift Trading fell 2.8 percent on Friday.", []string{"Swift Trading/organization//name"}, []string{"Swift Trading/person"}},
		{"Nagoya Electron, the chip-tool maker, rose 4.1% in Tokyo.", []string{"Nagoya Electron/organization//name"}, []string{"Nagoya Electron/person"}},
		{"Smart Retailing fell 3 percent.", []string{"Smart Retailing/organization//name"}, nil},
		{"Shares fell after the owner of the Muji chain said sales slowed.", []string{"Muji/organization//name"}, nil},
		{"The Nikkei dropped 9.62% to a 20-year low.", nil, []string{"The Nikkei", "Nikkei/organization"}},
		{"Prices in Kenya rose 2.1 percent.", []string{"Kenya/country/KEN/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
