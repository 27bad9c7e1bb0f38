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
			gap := text[toks[k-1].end:t.start]
			if gap == "" {
				return dst[:n], false
			}
			for b := 0; b < len(gap); b++ {
				if foldKind[gap[b]] != foldSpace {
					return dst[:n], false
				}
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
