package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/segment"
)

// TestLexASCIIPunct checks the lexer's ASCII fast path for bytes that
// are neither word bytes nor the common white space: \v and \f are white
// space (no token), other ASCII punctuation one token each, and white
// space outside ASCII is still skipped.
func TestLexASCIIPunct(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"a\vb", []string{"a", "b"}},
		{"a\fb", []string{"a", "b"}},
		{"a;b!", []string{"a", ";", "b", "!"}},
		{"a\u00a0b\u2003c", []string{"a", "b", "c"}},
		{"(x)", []string{"(", "x", ")"}},
	} {
		toks := lexSpan(nil, tc.text, segment.LowerASCII(tc.text), 0, len(tc.text))
		var got []string
		for _, k := range toks {
			got = append(got, tc.text[k.s:k.e])
		}
		if len(got) != len(tc.want) {
			t.Errorf("lex(%q) = %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("lex(%q) = %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
}
