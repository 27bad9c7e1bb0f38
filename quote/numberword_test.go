package quote

import "testing"

// TestNumberWord checks numberWord on hyphenated and malformed words: every
// part between hyphens must be a number word.
func TestNumberWord(t *testing.T) {
	for w, want := range map[string]bool{
		"two": true, "twenty-two": true, "twenty-two-hundred": true, "dozens": true,
		"": false, "-": false, "twenty-": false, "-two": false, "twentytwo": false,
		"said": false, "two-thirds": false, "Two": false,
	} {
		if got := numberWord(w); got != want {
			t.Errorf("numberWord(%q) = %v; want %v", w, got, want)
		}
	}
}
