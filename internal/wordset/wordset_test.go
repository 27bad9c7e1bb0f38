package wordset

import (
	"strings"
	"testing"
)

// TestHas checks that Has and HasBytes answer as a map of the same
// words: every member passes the prefilter whatever its length, and
// non-members sharing a length, a first or a last byte with a member
// are still turned away.
func TestHas(t *testing.T) {
	long31 := strings.Repeat("a", 30) + "z"
	long32 := strings.Repeat("b", 31) + "z"
	s := Of("said a ab " + long31 + " " + long32 + " über")
	tests := []struct {
		w    string
		want bool
	}{
		{"said", true}, {"a", true}, {"ab", true}, {long31, true}, {long32, true}, {"über", true},
		{"", false}, {"b", false}, {"sand", false}, {"sad", false}, {"saids", false}, {"aid", false},
		{strings.Repeat("a", 31), false}, {strings.Repeat("b", 32), false}, {long32 + "z", false}, {"Said", false},
		{"üb", false}, {"\xff", false},
	}
	for _, tt := range tests {
		if got := s.Has(tt.w); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.w, got, tt.want)
		}
		if got := s.HasBytes([]byte(tt.w)); got != tt.want {
			t.Errorf("HasBytes(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	if s.Len() != 6 {
		t.Errorf("Len() = %d, want 6", s.Len())
	}
	n := 0
	for w := range s.All() {
		if !s.Has(w) {
			t.Errorf("All yields %q, which Has denies", w)
		}
		n++
	}
	if n != s.Len() {
		t.Errorf("All yields %d words, want %d", n, s.Len())
	}
	if f := FromMap(map[string]bool{"yes": true, "no": false}); !f.Has("yes") || f.Has("no") || f.Len() != 1 {
		t.Error("FromMap keeps the words mapped to true, and only those")
	}
	if New().Has("") || New("").Has("x") || !New("").Has("") {
		t.Error("the empty word is a member only when added")
	}
}

// FuzzHas checks Has against a plain map on arbitrary word lists.
func FuzzHas(f *testing.F) {
	f.Add("said told warned", "said")
	f.Add("a ab abc", "abd")
	f.Add("ünïcode", "ünïcode")
	f.Fuzz(func(t *testing.T, words, w string) {
		s := Of(words)
		m := map[string]bool{}
		for _, x := range strings.Fields(words) {
			m[x] = true
		}
		if s.Has(w) != m[w] {
			t.Fatalf("Has(%q) = %v, want %v", w, s.Has(w), m[w])
		}
		for x := range m {
			if !s.Has(x) {
				t.Fatalf("Has(%q) = false for a member", x)
			}
		}
	})
}

// HasLower answers as Has(strings.ToLower(w)), for ASCII words, other
// runes and words longer than the filter records.
func TestHasLower(t *testing.T) {
	s := Of("county street de ünïcode istanbul key pike")
	long := New("a-member-of-more-than-thirty-one-bytes")
	for _, c := range []struct {
		s    *Set
		w    string
		want bool
	}{
		{s, "County", true},
		{s, "STREET", true},
		{s, "Minister", false},
		{s, "De", true},
		{s, "D", false},
		{s, "", false},
		{s, "ÜNÏCODE", true},
		{s, "İstanbul", true},  // ToLower makes i, one byte, of İ
		{s, "Pi\u212aE", true}, // a shorter word: the Kelvin sign lowers to k
		{s, "\u212aEY", true},  // the Kelvin sign lowers to k: a shorter word
		{long, "A-Member-Of-More-Than-Thirty-One-Bytes", true},
		{long, "A-Member", false},
	} {
		if got := c.s.HasLower(c.w); got != c.want {
			t.Errorf("HasLower(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// FuzzHasLower checks HasLower against Has of the lowered word.
func FuzzHasLower(f *testing.F) {
	f.Add("county street", "County")
	f.Add("key", "Key")
	f.Add("ünïcode", "ÜNÏCODE")
	f.Fuzz(func(t *testing.T, words, w string) {
		s := Of(words)
		if got, want := s.HasLower(w), s.Has(strings.ToLower(w)); got != want {
			t.Fatalf("HasLower(%q) = %v, want %v", w, got, want)
		}
	})
}

var sink bool

// BenchmarkHas times a lookup of common words, mostly non-members.
func BenchmarkHas(b *testing.B) {
	s := Of("said says told warned added noted stressed")
	words := strings.Fields("the president of the republic said on tuesday that talks would resume")
	b.SetBytes(int64(len(strings.Join(words, ""))))
	for b.Loop() {
		for _, w := range words {
			sink = s.Has(w)
		}
	}
}
