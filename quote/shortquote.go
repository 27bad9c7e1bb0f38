package quote

// shortSentenceAfter reports whether region ri, of words words, is a
// short quoted sentence that goes on from a direct quote before it in
// its paragraph (`"The time for talk is over," Kenyatta said. "We must
// act."`): at least two words, opening with a capital and closing with
// its own full stop, question or exclamation mark inside the marks. A
// scare quote or a title has neither the stop nor a quote before it.
func (f *finder) shortSentenceAfter(regs []region, ri, words int) bool {
	r := &regs[ri]
	if words < 2 || r.close < 0 || !f.t[r.open+1].upper {
		return false
	}
	if w := f.t[r.last].w; w != "." && w != "!" && w != "?" {
		return false
	}
	for j := ri - 1; j >= 0; j-- {
		if q := regs[j].quote; q >= 0 && f.out[q].Kind == Direct {
			return true
		}
	}
	return false
}
