package mention

import (
	"strings"
	"unicode/utf8"
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
}

// reset empties the index for the next document.
func (x *lowerIndex) reset() { x.built = false }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes returns the FNV-1a hash of s.
func hashBytes[T string | []byte](s T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLowerASCII is hashBytes(strings.ToLower(s)) for an ASCII s.
func hashLowerASCII(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
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
	n := 0
	for k := range toks { // by index: a range value would copy each token
		if toks[k].shape&shLower != 0 {
			n++
		}
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(x.tab) < size {
		x.tab = make([]uint64, size)
	}
	x.tab = x.tab[:size]
	clear(x.tab)
	x.mask = uint64(size - 1)
	tab, mask, text := x.tab, x.mask, p.text
	for k := range toks {
		t := &toks[k]
		if t.shape&shLower == 0 { // shLower implies a word token
			continue
		}
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
	if !x.built {
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
