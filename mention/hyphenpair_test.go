package mention

import "testing"

// TestHyphenPair checks that two capitalised words hyphened into one, the
// first no given name, are no person on their shape alone: a law named for
// two sponsors, a pair of firms or teams, a product word; nor when the
// article names each half alone ("the Sears-Kmart deal … Sears and Kmart
// will merge").
func TestHyphenPair(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The hotel offers free Wi-Fi to guests.", nil, []string{"Wi-Fi/person"}},
		{"Shoppers at Kmart-Sears outlets were told on Monday.", nil, []string{"Kmart-Sears/person"}},
		{"Fans watched Astros-Braves on Sunday.", nil, []string{"Astros-Braves/person"}},
		{"Vornado shares rise on Sears-Kmart deal. Shares rose after news that Sears and Kmart will merge.", nil, []string{"Sears-Kmart/person", "Sears/person", "Kmart/person"}},
		{"Justine Henin-Hardenne won in Paris. Henin-Hardenne said she was tired.", []string{"Henin-Hardenne/person//short-form"}, nil},
		{"Lawmakers want to repeal Dodd-Frank, the senator said.", nil, []string{"Dodd-Frank/person"}},
		{"Jean-Pierre said he would stay.", []string{"Jean-Pierre/person//name"}, nil},
		{"Karim Benali, the analyst, said the vote was close.", []string{"Karim Benali/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2026-11-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
