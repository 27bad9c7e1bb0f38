package mention

// tagalogBody reports whether the name run [i,j) joins capitalised words
// with the Tagalog linker "ng" ("Bangko Sentral ng Pilipinas",
// "Komisyon ng Halalan", "Pambansang Pulisya ng Pilipinas"): in news
// such names are institutions, never a person's name.
func (p *proc) tagalogBody(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if p.toks[k].shape&shLower != 0 && p.word(k) == "ng" {
			return true
		}
	}
	return false
}
