package mention

// appendFoldWords appends the folded text of tokens [i,j) to dst, as
// appendFold would, a word at a time: each token an ASCII word, folded
// to its vocabulary word (the single-word fold's answer) or, unknown, to
// its lower case when it is plain letters and digits, and the tokens
// apart by bytes fold reads as one space (white space, hyphens, dots).
// It returns false, with dst unchanged, for any other span (a mark, a
// possessive's "s", a letter outside ASCII), which appendFold reads.
// Copying the words costs less than folding the text byte by byte.
func (p *proc) appendFoldWords(dst []byte, i, j int) ([]byte, bool) {
	n := len(dst)
	toks, text := p.toks, p.text
	for k := i; k < j; k++ {
		t := &toks[k]
		if t.shape&shWord == 0 || !t.ascii() {
			return dst[:n], false
		}
		if k > i {
			if !p.spaceBefore(k) {
				return dst[:n], false
			}
			dst = append(dst, ' ')
		}
		switch {
		case t.id >= 0:
			dst = append(dst, p.s.v.words[t.id]...)
		case plainWord(text[t.start:t.end]):
			dst = append(dst, p.lower(k)...)
		default:
			return dst[:n], false
		}
	}
	return dst, true
}

// spaceBefore reports whether the bytes between tokens k-1 and k are
// ones fold reads as one space (white space, hyphens, dots), one at
// least.
func (p *proc) spaceBefore(k int) bool {
	gap := p.text[p.toks[k-1].end:p.toks[k].start]
	if gap == "" {
		return false
	}
	for b := 0; b < len(gap); b++ {
		if foldKind[gap[b]] != foldSpace {
			return false
		}
	}
	return true
}

// foldKey returns the key of token k's folded word for a wordSeqFilter,
// when appendFoldWords can fold the token (an ASCII word, known to the
// vocabulary or plain letters and digits): its vocabulary id, or for a
// word the vocabulary lacks the hash of its lower case (which is its
// folded form). wordKey gives a folded word the same key.
func (p *proc) foldKey(k int) (uint64, bool) {
	t := &p.toks[k]
	if t.shape&shWord == 0 || !t.ascii() {
		return 0, false
	}
	if t.id >= 0 {
		return uint64(t.id), true
	}
	if w := p.text[t.start:t.end]; plainWord(w) {
		return hashLowerASCII(w) | 1<<63, true
	}
	return 0, false
}

// wordKey returns the key of the folded word w: foldKey's for a token
// whose folded word is w.
func (v *vocab) wordKey(w string) uint64 {
	if id := v.lookup([]byte(w)); id >= 0 {
		return uint64(id)
	}
	return hashBytes(w) | 1<<63
}

// A wordSeqFilter is a Bloom filter (one hash, 2^16 bits) of sequences
// of folded words, each sequence hashed from its last word to its first
// (seqStep), so that a loop that extends a span to the left hashes one
// word a step. A sequence it lacks is in no set the filter was built
// from; one it holds may be (ask the set).
type wordSeqFilter [1 << 10]uint64

// seqStep returns the hash of a sequence whose words after the first
// hash to h, and whose first word has key k (foldKey, wordKey). The
// empty sequence hashes to hashSeed.
func seqStep(h, k uint64) uint64 { return mixChunk(h, k) }

// add adds the sequence of words w.
func (f *wordSeqFilter) add(v *vocab, w []string) {
	h := uint64(hashSeed)
	for i := len(w) - 1; i >= 0; i-- {
		h = seqStep(h, v.wordKey(w[i]))
	}
	f[h>>54] |= 1 << (h >> 48 & 63)
}

// has reports whether the filter may hold the sequence that hashes to h.
func (f *wordSeqFilter) has(h uint64) bool { return f[h>>54]&(1<<(h>>48&63)) != 0 }
