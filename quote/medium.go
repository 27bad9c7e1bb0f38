package quote

// mediumPreps open a short adjunct between a medium and "saying": where
// or when it was made ("a statement on television", "a message on
// Twitter", "a statement late on Friday", "a letter to parliament").
var mediumPreps = setOf(`on in at via to from over during late early earlier later`)

// mediumAdjunctBefore reports whether the participle at token j
// ("saying") follows a medium noun and a short adjunct of place or time,
// at most nine words after a preposition and no punctuation ("read a
// statement on television saying …", "issued a statement on Friday
// saying …", "posted a message on Twitter saying …", "published a letter
// in the party newspaper on Thursday saying …"): the participle
// reports the medium's content, spoken by the clause's subject. The
// medium must come after a, the start of the clause.
func (f *finder) mediumAdjunctBefore(j, a int) bool {
	for m := j - 2; m > a && m >= j-10; m-- {
		t := &f.t[m]
		if t.kind != tWord || t.report && cues.Has(t.w) || boundaryWords.Has(t.w) {
			return false
		}
		if mediumNouns.Has(t.w) {
			return mediumPreps.Has(f.t[m+1].w)
		}
	}
	return false
}

// lowerTitle reports whether token e, inside the capitalised run that
// opens at s and ends before k, is a lower-case title word between a
// capitalised body and a name: "Army chief Ashok Raj Sigdel", "Police
// chief John Smith", "Opposition leader Raila Odinga". The run goes on
// over it to the name, which speaks; the body alone does not.
func (f *finder) lowerTitle(e, s, k int) bool {
	if e <= s || e+1 >= k {
		return false
	}
	t := &f.t[e]
	return t.kind == tWord && !t.upper && t.w != "of" && isTitleWord(t.w) && f.t[e-1].kind == tWord && f.t[e-1].upper && f.t[e+1].kind == tWord && f.t[e+1].upper
}

// requestedThing reports whether the words at token n, after "asked X
// for", are a noun phrase asked for rather than "for example": "asked
// Russia for a loan of 4 billion euros", "asked the court for more time".
// A request with an object reports no content (QA13 Q-5).
func (f *finder) requestedThing(n int) bool {
	t := &f.t[n]
	return t.kind == tWord && t.w != "example" && t.w != "instance" && pronouns[t.w] == "" && !boundaryWords.Has(t.w)
}
