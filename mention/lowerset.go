package mention

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/ascii"
)

// lowerIndex is a per-document hash index of the words written with a
// lower-case first letter, keyed by their exact text. It answers "does
// the article write strings.ToLower(w) somewhere" with no allocation for
// ASCII words; its buffers are kept across documents by the proc pool.
//
// The table is open-addressed with linear probing; a slot packs the low
// 32 bits of the token's hash (token.lh) and the token index + 1 (0 is empty), so a
// probe reads one word, and every hit is checked against the text, so a
// hash collision cannot change an answer.
type lowerIndex struct {
	built bool
	tab   []uint64
	mask  uint64
	// scans counts the queries find answered by reading the tokens:
	// a document asks a few (two or three on news text), and scanning
	// the lower-case tokens for a few costs less than building the
	// table; after scanMax the table is built
	scans int
}

// scanMax is how many queries find answers by scanning the tokens before
// it builds the table.
const scanMax = 6

// reset empties the index for the next document.
func (x *lowerIndex) reset() { x.built, x.scans = false, 0 }

// Word hashes. hashBytes reads its text eight bytes at a time, so that
// tokenize can hash a word in the same pass that finds its end and lower
// cases it, a chunk at a step (scanASCIIWord); every table keyed on a
// word's hash (the vocabulary, lowerIndex) uses it.
const (
	hashSeed = 0x9e3779b97f4a7c15
	hashMul  = 0xbf58476d1ce4e5b9
	hashFin  = 0x94d049bb133111eb
)

// mixChunk folds c, up to eight bytes of a text read little-endian and
// zero-padded, into the hash h.
func mixChunk(h, c uint64) uint64 {
	h = (h ^ c) * hashMul
	return h ^ h>>32
}

// hashEnd finishes the hash h of a text of n bytes.
func hashEnd(h uint64, n int) uint64 {
	h = (h ^ uint64(n)) * hashFin
	return h ^ h>>29
}

// hashBytes returns the hash of s: each whole chunk of eight bytes, then
// the rest (zero to seven bytes, zero-padded), mixed in by mixChunk, and
// the length by hashEnd.
func hashBytes[T string | []byte](s T) uint64 {
	h := uint64(hashSeed)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		h = mixChunk(h, ascii.Load64(string(s[i:i+8])))
	}
	var c uint64
	for k := len(s) - 1; k >= i; k-- {
		c = c<<8 | uint64(s[k])
	}
	return hashEnd(mixChunk(h, c), len(s))
}

// hashLowerASCII is hashBytes(strings.ToLower(s)) for an ASCII s.
func hashLowerASCII(s string) uint64 {
	h := uint64(hashSeed)
	var c uint64
	n := 0 // bytes in c
	for i := 0; i < len(s); i++ {
		b := s[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		c |= uint64(b) << (8 * n)
		if n++; n == 8 {
			h, c, n = mixChunk(h, c), 0, 0
		}
	}
	return hashEnd(mixChunk(h, c), len(s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// equalLowerASCII reports whether t == strings.ToLower(w) for an ASCII w.
func equalLowerASCII(t, w string) bool {
	if len(t) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if t[i] != c {
			return false
		}
	}
	return true
}

// build indexes every word token of p whose first letter is lower case,
// one slot per spelling. It reads each token's hash from the token (lh,
// computed by tokenize) instead of hashing the text again.
func (x *lowerIndex) build(p *proc) {
	x.built = true
	toks := p.toks
	// room for every token, though only some are indexed: counting
	// them costs more than clearing the larger table
	size := 16
	for size < 2*len(toks) {
		size <<= 1
	}
	if cap(x.tab) < size {
		x.tab = make([]uint64, size)
	}
	x.tab = x.tab[:size]
	clear(x.tab)
	x.mask = uint64(size - 1)
	tab, mask, text := x.tab, x.mask, p.text
	for k := 0; k < len(toks); k++ {
		// skip the other tokens in a loop of their own (shLower
		// implies a word token)
		for k < len(toks) && toks[k].shape&shLower == 0 {
			k++
		}
		if k == len(toks) {
			break
		}
		t := &toks[k]
		tag := uint64(t.lh) << 32
		s := uint64(t.lh) & mask
		for ; tab[s] != 0; s = (s + 1) & mask {
			// one slot per spelling keeps a frequent word ("the") from
			// growing a probe chain: a token not after a hyphen answers
			// every query one after a hyphen does, so it takes the slot
			if e := tab[s]; e&^0xffffffff == tag {
				if o := &toks[uint32(e)-1]; text[o.start:o.end] == text[t.start:t.end] {
					if o.gap == gapHyphen && t.gap != gapHyphen {
						tab[s] = tag | uint64(k+1)
					}
					break
				}
			}
		}
		if tab[s] == 0 {
			tab[s] = tag | uint64(k+1)
		}
	}
}

// find reports whether some indexed token is written strings.ToLower(w);
// with afterHyphen false, tokens right after a hyphen ("Saudi-led") do
// not count.
func (x *lowerIndex) find(p *proc, w string, afterHyphen bool) bool {
	if !x.built && x.scans == scanMax {
		x.build(p)
	}
	ascii := isASCII(w)
	var lw string
	var h uint64
	if ascii {
		h = hashLowerASCII(w)
	} else {
		lw = strings.ToLower(w)
		h = hashBytes(lw)
	}
	h = uint64(uint32(h)) // the index keys on token.lh, the low 32 bits
	if !x.built {
		// the same question of every indexed token in turn
		x.scans++
		toks := p.toks
		for k := range toks {
			t := &toks[k]
			// the hash first: it fails for almost every token (lh is 0
			// for a token that is not lower case)
			if uint64(t.lh) != h || t.shape&shLower == 0 {
				continue
			}
			s := p.text[t.start:t.end]
			if (ascii && equalLowerASCII(s, w) || !ascii && s == lw) && (afterHyphen || t.gap != gapHyphen) {
				return true
			}
		}
		return false
	}
	tag := h << 32
	for s := h & x.mask; x.tab[s] != 0; s = (s + 1) & x.mask {
		e := x.tab[s]
		if e&^0xffffffff != tag {
			continue
		}
		k := int(uint32(e) - 1)
		t := p.text[p.toks[k].start:p.toks[k].end]
		if (ascii && equalLowerASCII(t, w) || !ascii && t == lw) && (afterHyphen || p.toks[k].gap != gapHyphen) {
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(w) to dst. An ASCII word is lowered
// byte by byte, so a lookup written
//
//	var buf [32]byte
//	switch string(appendLower(buf[:0], w)) {
//
// reads the word in lower case without allocating: strings.ToLower builds
// a new string for every word with a capital, and capitalised words are
// the ones the name rules look at.
func appendLower(dst []byte, w string) []byte {
	if !isASCII(w) {
		return append(dst, strings.ToLower(w)...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerOutsideASCII returns strings.ToLower(w) when w holds a byte outside
// ASCII and w itself otherwise: the suffix tests of lowerSuffix then read
// it as strings.ToLower(w) without building the lower-case copy of an
// ASCII word.
func lowerOutsideASCII(w string) string {
	if isASCII(w) {
		return w
	}
	return strings.ToLower(w)
}

// lowerSuffix reports whether strings.ToLower(w) ends with suf, a
// lower-case suffix, for a w that is ASCII or already lower case (see
// lowerOutsideASCII): only w's ASCII capitals need lowering then.
func lowerSuffix(w, suf string) bool {
	return len(w) >= len(suf) && equalLowerASCII(suf, w[len(w)-len(suf):])
}
