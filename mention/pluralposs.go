package mention

import "unicode/utf8"

// pluralPoss reports whether token k is a capitalised plural possessive
// written with a bare apostrophe: "Martyrs'", "Workers'", "Peoples'"
// (not "Britain's", which carries an 's).
func (p *proc) pluralPoss(k int) bool {
	t := &p.toks[k]
	if !t.poss || t.end-t.start < 3 || p.text[t.end-1] != 's' || t.end >= len(p.text) {
		return false
	}
	r, n := utf8.DecodeRuneInString(p.text[t.end:])
	if !isApos(r) {
		return false
	}
	e := t.end + n
	return e >= len(p.text) || p.text[e] != 's' && p.text[e] != 'S'
}

// pluralPossHead reports whether the plural possessive before j
// ("Martyrs' Square", "Veterans' Park", "Kurdistan Workers' Party",
// "Peoples' Democratic Party") opens a name: within three name words
// after it comes the head word of a place or a body. A plural
// possessive names a group the place or body is named after, which a
// singular possessive ("Britain's Foreign Office") does not.
func (p *proc) pluralPossHead(j int) bool {
	if !p.pluralPoss(j - 1) {
		return false
	}
	for k := j; k < j+3 && k < len(p.toks) && p.nameWord(k) && (k == j || p.joined(k)); k++ {
		if p.has(k, fOrgCue|fOrgSuffix|fPlaceCue) {
			return true
		}
		if p.toks[k].poss {
			return false
		}
	}
	return false
}
