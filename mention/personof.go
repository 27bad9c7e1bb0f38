package mention

// capWords reports whether every token of [i,j) is a capitalised word
// ("Prosperous Armenia", "Ata-Meken"), with no digit in it.
func (p *proc) capWords(i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if !p.toks[k].word() || !p.toks[k].cap() || p.toks[k].shape&shDigit != 0 {
			return false
		}
	}
	return true
}
