package mention

import "strings"

// sectorConstituency reports whether the run [i,j) names the trade or
// field of a functional constituency, written only in common words before
// a lower-case "constituency" ("the Social Welfare constituency", "the
// Financial Services functional constituency"): a seat's electorate, no
// body and no place. A constituency named for its place ("Nassarawa
// constituency") has a word no common one.
func (p *proc) sectorConstituency(i, j int) bool {
	n := len(p.toks)
	if j >= n || !p.joined(j) || j-i > 4 {
		return false
	}
	k := j
	if p.word(k) == "functional" && k+1 < n && p.joined(k+1) {
		k++
	}
	if w := p.word(k); w != "constituency" && w != "constituencies" {
		return false
	}
	for t := i; t < j; t++ {
		if p.toks[t].upper() || p.has(t, fGiven|fPlaceCue) {
			return false
		}
		// (a plural head word may end it: "Financial Services")
		if !p.has(t, fCommon) && !(t == j-1 && t > i && p.has(t, fOrgCue) && strings.HasSuffix(p.word(t), "s")) {
			return false
		}
	}
	return !p.gazPlace(i, j)
}
