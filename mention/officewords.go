package mention

// Bits of Stage.officeWords, by vocabulary id: the word is in
// Stage.aliasFirst, stateFirst or aliasLast. aliasTitleClaims asks them
// of the words before nearly every person; a plain word (ASCII letters
// and digits) folds to its lower case, the vocabulary's word of its id,
// so the id answers without lowering the word and hashing it again.
const (
	owAliasFirst byte = 1 << iota
	owStateFirst
	owAliasLast
)

// indexOfficeWords fills s.officeWords from the frozen vocabulary (call
// it after indexAliasTitles).
func (s *Stage) indexOfficeWords() {
	s.officeWords = make([]byte, len(s.v.words))
	for id, w := range s.v.words {
		var b byte
		if s.aliasFirst[w] {
			b |= owAliasFirst
		}
		if s.stateFirst[w] {
			b |= owStateFirst
		}
		if s.aliasLast[w] {
			b |= owAliasLast
		}
		s.officeWords[id] = b
	}
}

// officeWord reports whether m, whose words bit marks in s.officeWords,
// holds p.lower(i): by the token's id when its word is plain, else by
// the map.
func (p *proc) officeWord(i int, m map[string]bool, bit byte) bool {
	t := &p.toks[i]
	if uint32(t.id) < uint32(len(p.s.officeWords)) && plainWord(p.text[t.start:t.end]) {
		return p.s.officeWords[t.id]&bit != 0
	}
	return m[p.lower(i)]
}
