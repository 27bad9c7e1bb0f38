package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection. Two articles are near-duplicates (one story)
// when the word shingles of their texts overlap strongly: their
// estimated Jaccard similarity is at least NearSimilarity. The estimate
// comes from a MinHash signature (Broder 1997): for each of SigSize hash
// functions, the smallest hash over the text's shingles; two texts agree
// on a position with probability equal to their Jaccard similarity.
// Shingles are overlapping three-word windows of the lower-cased words,
// so a changed headline, a dateline or an added credit line changes few
// of them, while different articles on one topic share almost none.
//
// Lookup uses locality-sensitive hashing: the signature is cut into
// Bands bands of BandRows values, each band hashed to one key; articles
// sharing any key are candidates, then compared on the full signature.
// A pair with similarity s becomes a candidate with probability
// 1-(1-s^BandRows)^Bands: 0.998 at s=0.8, 0.87 at s=0.6, under 0.002 at
// s=0.1, so the store never compares an article against all others.
const (
	SigSize        = 64
	BandRows       = 4
	Bands          = SigSize / BandRows
	NearSimilarity = 0.6
	// MinShingles is the fewest shingles a text needs for its signature
	// to mean anything; shorter texts are never near-duplicates.
	MinShingles = 8
)

const shingleWords = 3

// A Signature is the MinHash signature of a text.
type Signature [SigSize]uint32

// mulA (odd) and mulB are the fixed parameters of the SigSize
// multiply-shift hash functions h_i(x) = (A_i·x + B_i) >> 32, so
// signatures are comparable across runs and machines.
var mulA, mulB = func() (a, b [SigSize]uint64) {
	x := uint64(0x5eed5eed5eed5eed)
	for i := range a {
		x = splitmix(x + uint64(i) + 1)
		a[i] = x | 1
		x = splitmix(x)
		b[i] = x
	}
	return a, b
}()

// splitmix is the SplitMix64 finaliser, a fast bijective 64-bit mixer.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// MinHash returns the signature of text and whether the text had enough
// shingles (MinShingles) for the signature to be used.
func MinHash(text string) (Signature, bool) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var ring [shingleWords]uint64 // hashes of the last words
	n := 0
	// A shingle seen twice leaves the minima as they were, so repeats
	// need no set: only the first MinShingles distinct shingles are
	// remembered, to tell whether the text has enough.
	var first [MinShingles]uint64
	distinct := 0
	forEachWord(text, func(w uint64) {
		ring[n%shingleWords] = w
		n++
		if n < shingleWords {
			return
		}
		x := uint64(shingleWords)
		for i := 0; i < shingleWords; i++ {
			x = splitmix(x ^ ring[(n+i)%shingleWords])
		}
		if distinct < MinShingles && !slices.Contains(first[:distinct], x) {
			first[distinct] = x
			distinct++
		}
		for i := range sig {
			if v := uint32((mulA[i]*x + mulB[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	})
	return sig, distinct >= MinShingles
}

// forEachWord calls fn with the FNV-1a hash of each run of letters and
// digits in text, lower-cased, without allocating.
func forEachWord(text string, fn func(uint64)) {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h, in := uint64(offset), false
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(text); {
		// ASCII, most of most texts, without the Unicode tables: the
		// same letters, digits and lower-casing as below.
		if c := text[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				in = true
				h = (h ^ uint64(c)) * prime
			case 'A' <= c && c <= 'Z':
				in = true
				h = (h ^ uint64(c+'a'-'A')) * prime
			case in:
				fn(h)
				h, in = offset, false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			in = true
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, c := range buf[:n] {
				h = (h ^ uint64(c)) * prime
			}
			continue
		}
		if in {
			fn(h)
			h, in = offset, false
		}
	}
	if in {
		fn(h)
	}
}

// Similarity estimates the Jaccard similarity of the shingle sets of the
// texts behind s and o: the fraction of positions where they agree.
func (s *Signature) Similarity(o *Signature) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / SigSize
}

// BandKeys returns the signature's LSH keys, one per band. Articles that
// share a key are near-duplicate candidates.
func (s *Signature) BandKeys() [Bands]int64 {
	var k [Bands]int64
	var b [4 * BandRows]byte
	for i := 0; i < Bands; i++ {
		for r := 0; r < BandRows; r++ {
			binary.LittleEndian.PutUint32(b[4*r:], s[i*BandRows+r])
		}
		h := fnv.New64a()
		h.Write([]byte{byte(i)})
		h.Write(b[:])
		k[i] = int64(h.Sum64())
	}
	return k
}

// MarshalBinary encodes the signature as SigSize little-endian uint32s.
func (s *Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*SigSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*SigSize {
		return fmt.Errorf("minhash signature: %d bytes, want %d", len(b), 4*SigSize)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}
