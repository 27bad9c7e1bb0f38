package segment

import (
	"strings"
	"testing"
)

func TestLowerASCII(t *testing.T) {
	for _, in := range []string{"", "abc", "ABC", "Israel and Iran", "São Paulo’s MAYOR", "x\nY\tZ", "İSTANBUL ist",
		strings.Repeat("aB", 600), strings.Repeat("x", 700) + "Y" + strings.Repeat("Zz", 300), strings.Repeat("Q", 512) + "R", strings.Repeat("ab", 256) + "C"} {
		got := LowerASCII(in)
		if len(got) != len(in) {
			t.Errorf("LowerASCII(%q) = %q: length %d, want %d", in, got, len(got), len(in))
		}
		for i := 0; i < len(in); i++ {
			want := in[i]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got[i] != want {
				t.Errorf("LowerASCII(%q)[%d] = %q, want %q", in, i, got[i], want)
			}
		}
		// an ASCII word's slice is its strings.ToLower form
		for _, w := range strings.Fields(in) {
			if i := strings.Index(in, w); isASCII(w) && got[i:i+len(w)] != strings.ToLower(w) {
				t.Errorf("LowerASCII(%q): word %q lowered to %q", in, w, got[i:i+len(w)])
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func BenchmarkLowerASCII(b *testing.B) {
	text := strings.Repeat("In a move that has reverberated through diplomatic circles, Israel and Iran have conducted their first direct talks since Sept. 14. The U.S. State Department said 2,000 troops remained. ", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		LowerASCII(text)
	}
}
