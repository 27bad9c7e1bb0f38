// Package ascii finds the bytes of a text that are not ASCII, eight
// bytes at a step: most news text is ASCII, and the stages that treat
// the rest apart (Unicode normalisation, lower-casing) skip the ASCII
// runs with it. Load64 reads eight bytes as one number, for the stages
// that compare and hash words eight bytes at a time.
package ascii

import "unicode/utf8"

// Index returns the index of the first byte of s at or after from that
// is not ASCII, len(s) when there is none.
func Index(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// Load64 returns the first eight bytes of s (which must have eight) as a
// little-endian number, the first byte lowest: one load on amd64 and
// arm64, for comparing or hashing eight bytes at a time.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
