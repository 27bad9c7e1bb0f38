// Package wordset provides a set of words whose lookup turns most
// non-members away without hashing them.
//
// The stages ask many small word lists about every word they read
// ("is this a reporting verb? a title? a determiner?"), and most words
// are in none of them. A Go map hashes the whole word and probes a group
// for every question; a [Set] first tests two bits indexed by the word's
// length and its first and last bytes, and consults its map only for
// the few words that pass.
package wordset

import (
	"iter"
	"maps"
	"strings"
	"unicode/utf8"
)

// A Set is a set of words. Has answers exactly as a map[string]bool of
// the same words would. The zero value is not ready: build a Set with
// [Of] or [New]. A Set is safe for concurrent reads once built.
type Set struct {
	// starts[b] has bit n set when a member of n bytes (1 <= n <= 31)
	// starts with byte b, ends[b] when one ends with it. Members of
	// other lengths are only in m. For HasLower, an ASCII byte b also
	// sets its bits at b|0x20 (b's lower case when b is a letter), and
	// bit 0 of every entry is set once a member of more than 31 bytes
	// is added (Has never reads bit 0).
	starts, ends [256]uint32
	m            map[string]bool
}

// Of returns the set of the white-space-separated words of s.
func Of(s string) *Set {
	return New(strings.Fields(s)...)
}

// New returns the set of words.
func New(words ...string) *Set {
	s := &Set{m: make(map[string]bool, len(words))}
	for _, w := range words {
		s.Add(w)
	}
	return s
}

// FromMap returns the set of the words m maps to true, so that a word
// list written as a map literal keeps its form.
func FromMap(m map[string]bool) *Set {
	s := &Set{m: make(map[string]bool, len(m))}
	for w, ok := range m {
		if ok {
			s.Add(w)
		}
	}
	return s
}

// Add puts w in s.
func (s *Set) Add(w string) {
	s.m[w] = true
	if n := len(w); n >= 1 && n <= 31 {
		s.starts[w[0]] |= 1 << n
		s.ends[w[n-1]] |= 1 << n
		if c := w[0]; c < utf8.RuneSelf {
			s.starts[c|0x20] |= 1 << n
		}
		if c := w[n-1]; c < utf8.RuneSelf {
			s.ends[c|0x20] |= 1 << n
		}
	} else if n > 31 {
		for c := range s.starts {
			s.starts[c] |= 1
			s.ends[c] |= 1
		}
	}
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	n := uint(len(w))
	if n-1 < 31 && (s.starts[w[0]]&s.ends[w[n-1]])>>n&1 == 0 {
		return false
	}
	return s.m[w]
}

// HasBytes reports whether the word b is in s, without converting b to
// a string.
func (s *Set) HasBytes(b []byte) bool {
	n := uint(len(b))
	if n-1 < 31 && (s.starts[b[0]]&s.ends[b[n-1]])>>n&1 == 0 {
		return false
	}
	return s.m[string(b)]
}

// HasLower reports whether s holds strings.ToLower(w). A word whose
// first and last bytes, lowered (b|0x20), start and end no member of
// any length is turned away before it is lowered: capitalised words
// asked about ("Minister" of a list of "county", "street", ...) mostly
// are. Only a word with ASCII first and last bytes is tested so:
// ToLower lowers those as ASCII, though other runes may change the
// word's length, so the test is of every length at once (and passes
// every word once s has a member too long for the bits). A short ASCII
// word is lowered into a buffer on the stack, without allocating.
func (s *Set) HasLower(w string) bool {
	// the filter apart, so that it inlines into the callers
	if n := len(w); n > 0 && (w[0]|w[n-1]) < utf8.RuneSelf && s.starts[w[0]|0x20]&s.ends[w[n-1]|0x20] == 0 {
		return false
	}
	return s.hasLower(w)
}

// hasLower is HasLower past its filter.
func (s *Set) hasLower(w string) bool {
	n := len(w)
	if n == 0 {
		return s.m[""]
	}
	var buf [32]byte
	if n > len(buf) {
		return s.Has(strings.ToLower(w))
	}
	b := buf[:n]
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.Has(strings.ToLower(w))
		}
		b[i] = asciiLower(c)
	}
	return s.HasBytes(b)
}

// asciiLower returns the lower case of an ASCII letter, any other byte
// as it is.
func asciiLower(c byte) byte {
	if c-'A' < 26 {
		c += 'a' - 'A'
	}
	return c
}

// Len returns the number of words in s.
func (s *Set) Len() int { return len(s.m) }

// All returns the words of s, in no particular order.
func (s *Set) All() iter.Seq[string] { return maps.Keys(s.m) }
