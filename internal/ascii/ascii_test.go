package ascii

import (
	"testing"
	"unicode/utf8"
)

func TestIndex(t *testing.T) {
	for _, tt := range []struct {
		s    string
		from int
		want int
	}{
		{"", 0, 0}, {"abc", 0, 3}, {"abcdefgh", 0, 8}, {"abcdefg\x80", 0, 7}, {"\xc3\xa9", 0, 0},
		{"abcdefgh\xc3\xa9", 0, 8}, {"abcdefghijk\xc3\xa9xyzxyzxyz", 0, 11}, {"ab\xe2\x80\x99s and more text here", 0, 2},
		{"abcdefghijklmno\xff", 0, 15}, {"\x7f\x00", 0, 2},
		// from skips what comes before it
		{"\xc3\xa9abcdefghij\xc3\xa9", 2, 12}, {"\xc3\xa9abc", 1, 1}, {"abc", 3, 3},
	} {
		if got := Index(tt.s, tt.from); got != tt.want {
			t.Errorf("Index(%q, %d) = %d, want %d", tt.s, tt.from, got, tt.want)
		}
	}
}

func FuzzIndex(f *testing.F) {
	f.Add("abcdefghij\xc3\xa9", 0)
	f.Add("\xe2\x80\x99 quoted", 3)
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) {
			return
		}
		want := len(s)
		for i := from; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				want = i
				break
			}
		}
		if got := Index(s, from); got != want {
			t.Fatalf("Index(%q, %d) = %d, want %d", s, from, got, want)
		}
	})
}

func TestLoad64(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want uint64
	}{
		{"\x01\x00\x00\x00\x00\x00\x00\x00", 1},
		{"\x00\x00\x00\x00\x00\x00\x00\x80", 1 << 63},
		{"abcdefgh", 0x6867666564636261},
		{"abcdefghij", 0x6867666564636261}, // only the first eight bytes
	} {
		if got := Load64(tt.s); got != tt.want {
			t.Errorf("Load64(%q) = %#x, want %#x", tt.s, got, tt.want)
		}
	}
}
