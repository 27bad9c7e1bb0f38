package mention

import "testing"

// Tests of Vietnamese names.

// TestVietnameseNames checks that a Vietnamese "Le" opens the
// person's name and that "of North/South <Country>" stays the place's.
func TestVietnameseNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He shared the 1973 Nobel Peace Prize with Le Duc Tho of North Vietnam.", []string{"Le Duc Tho/person//name", "North Vietnam/country/VNM/alias"}, []string{"Duc Tho of North"}},
		{"Deputy Prime Minister Le Hong Anh visited Laos.", []string{"Le Hong Anh/person//name"}, []string{"Hong Anh"}},
		{"He met Nguyen Van Thieu of South Vietnam.", []string{"Nguyen Van Thieu/person//name"}, []string{"Nguyen Van Thieu of South"}},
		{"Marine Le Pen spoke in Paris.", []string{"Marine Le Pen/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-30")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
