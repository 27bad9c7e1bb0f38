package mention

// hyphenGiven reports whether the words of an unknown person's name grown
// left from a KB surname down to token i ("Claude Marie Juncker") open
// with the second half of a hyphened given name whose first half is token
// i-1: "Jean-Claude Marie Juncker", "Abdel-Fattah Saeed al-Sisi". One of
// the halves is a given name; both are capitalised name words no other
// mention covers, and only one hyphen is crossed.
func (p *proc) hyphenGiven(i int) bool {
	k := i - 1
	if k < 0 || p.toks[i].gap != gapHyphen || p.cover[k] >= 0 || p.tcover[k] >= 0 || !p.toks[k].cap() || p.toks[k].upper() || p.toks[k].poss {
		return false
	}
	if k > 0 && p.toks[k].gap == gapHyphen {
		return false
	}
	if !p.has(k, fGiven) && !p.has(i, fGiven) || !p.nameWord(k) || !p.nameLike(k) || !p.nameLike(i) || p.has(k, fHonor|fRole|fDate) {
		return false
	}
	return !p.headline(k)
}
