package geo

import "testing"

// Tests of diplomatic missions named after their country.

// TestMissionOwner: a country's name before "embassy", "consulate"
// or "custody" names the owner, not where it stands ("met dissidents at
// the U.S. embassy" in Havana); the country alone stays a
// location.
func TestMissionOwner(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Kerry met dissidents at the United States embassy.", ""},
		{"Kerry met dissidents at the U.S. Embassy in Havana.", "Havana/CUB"},
		{"Protesters gathered outside the Lebanon consulate in Tripoli.", "Tripoli/LBN"},
		{"He was held in United States custody.", ""},
		{"Cases were found in Lebanon.", "Lebanon/LBN"},
	} {
		if got := names(run(t, tt.text, nil)); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}
