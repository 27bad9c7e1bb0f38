package geo

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// TestLowerFastPaths checks that the allocation-free paths of hasLower
// and startsUpper agree with strings.ToLower and unicode.IsUpper.
func TestLowerFastPaths(t *testing.T) {
	m := map[string]bool{"agreement": true, "são": true, "straße": true}
	tests := []struct {
		w     string
		has   bool
		upper bool
	}{
		{"Agreement", true, true},
		{"AGREEMENT", true, true},
		{"agreement", true, false},
		{"Agreements", false, true},
		{"SÃO", true, true},
		{"Straße", true, true},
		{"Élysée", false, true},
		{"", false, false},
		{"9/11", false, false},
		{strings.Repeat("A", 40), false, true},
		{"\u212Agreement", false, true}, // the Kelvin sign lowers to an ASCII k: "kgreement"
		{"AGREEMEN", false, true},
		{"Tgreement", false, true},
	}
	for _, tt := range tests {
		if got := hasLower(wordset.FromMap(m), tt.w); got != tt.has || got != m[strings.ToLower(tt.w)] {
			t.Errorf("hasLower(%q) = %v, want %v", tt.w, got, tt.has)
		}
		r, _ := utf8.DecodeRuneInString(tt.w)
		if got := startsUpper(tt.w); got != tt.upper || got != unicode.IsUpper(r) {
			t.Errorf("startsUpper(%q) = %v, want %v", tt.w, got, tt.upper)
		}
	}
}
