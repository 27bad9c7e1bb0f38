package mention

import "testing"

// TestFirmTrades checks that a name after a trade noun that names firms
// ("the miner", "the brewer") is a firm's unless a given name opens it.
func TestFirmTrades(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Shares in the miner Kazatomprom rose on Monday.", []string{"Kazatomprom/organization//name"}, nil},
		{"Shares in the brewer Heineken fell on Monday.", []string{"Heineken/organization//name"}, nil},
		{"Shares in the miner Buenaventura dropped 6 percent.", []string{"Buenaventura/organization//name"}, []string{"Buenaventura/place"}},
		{"He spoke to the miner John Smith on Monday.", []string{"John Smith/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-06-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
