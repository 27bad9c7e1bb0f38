package quote

import "github.com/sitrep-project/sitrep/doc"

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
		if t.kind != tWord || t.report && t.cue || boundaryWords.Has(t.w) {
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
// chief John Smith", "Opposition leader Raila Odinga". The body may end
// in one lower-case word, which the run takes too: "Armed forces
// commander General Wiranto", "Security forces chief Ali Hamid". The run
// goes on over it to the name, which speaks; the body alone does not.
func (f *finder) lowerTitle(e, s, k int) bool {
	if e <= s || e+1 >= k || !f.lowerWord(e) {
		return false
	}
	// the lower-case run around e, of two words at most, between a
	// capitalised word and a capitalised name, and ending in a title word
	rs, re := e, e+1
	if f.lowerWord(e - 1) {
		rs--
	}
	if rs == e && f.lowerWord(re) {
		re++
	}
	return rs > s && f.t[rs-1].kind == tWord && f.t[rs-1].upper && re < k && f.t[re].kind == tWord && f.t[re].upper && isTitleWord(f.t[re-1].w)
}

// lowerWord reports whether token i is a lower-case word other than "of".
func (f *finder) lowerWord(i int) bool {
	t := &f.t[i]
	return t.kind == tWord && !t.upper && t.w != "of"
}

// requestedThing reports whether the words at token n, after "asked X
// for", are a noun phrase asked for rather than "for example": "asked
// Russia for a loan of 4 billion euros", "asked the court for more time".
// A request with an object reports no content.
func (f *finder) requestedThing(n int) bool {
	t := &f.t[n]
	return t.kind == tWord && t.w != "example" && t.w != "instance" && pronouns[t.w] == "" && !boundaryWords.Has(t.w)
}

// trailingMedium returns the end of a closing attribution without the
// medium adjunct that ends it at e (", the royal palace said in a
// statement", ", the ministry said during a news conference"): the
// preposition's token, or e when the words before e are no such
// adjunct. a bounds the search.
func (f *finder) trailingMedium(a, e int) int {
	if e-3 <= a || f.t[e-1].kind != tWord || !mediumNouns.Has(f.t[e-1].w) {
		return e
	}
	for p := e - 3; p > a && p >= e-7; p-- {
		if f.isWord(p, "in") || f.isWord(p, "during") || f.isWord(p, "at") {
			if f.mediumEnd(p+1, e) == e {
				return p
			}
			return e
		}
	}
	return e
}

// documentAuthor resolves a document description ("the sermon said",
// "the statement added") whose author no earlier quote's cue names to
// the subject of the sentence that introduced the document with an
// indefinite or possessive determiner after "in" or a verb of issuing: "Ali al-Sistani, in a sermon
// read by his representative, urged lawmakers … . "…," the sermon
// said." → Ali al-Sistani. a is the description's first
// token; the subject is the first person or organisation mention of
// that sentence before the document noun. It needs the mentions layer.
func (f *finder) documentAuthor(head string, a int, sp doc.Span) (doc.Speaker, bool) {
	if !f.mentions {
		return doc.Speaker{}, false
	}
	m := -1
	for i := a - 1; i >= 0 && i >= a-80 && sp.Start-f.t[i].s < 1500; i-- {
		if w := f.t[i].w; f.t[i].kind != tWord || w != head && !isPluralOf(w, head) {
			continue
		}
		j := i - 1
		for j > 0 && i-j <= 3 && f.t[j].kind == tWord && !documentIntro.Has(f.t[j].w) {
			j-- // "a televised sermon", "a joint written statement"
		}
		if j > 0 && f.t[j].kind == tWord && documentIntro.Has(f.t[j].w) && documentFrame.Has(f.t[j-1].w) {
			m = i
		}
		break // the latest mention of the noun decides
	}
	if m < 0 {
		return doc.Speaker{}, false
	}
	start := 0
	for _, s := range f.d.Sentences {
		if s.Start > f.t[m].s {
			break
		}
		start = s.Start
	}
	for k := range f.d.Mentions {
		mm := &f.d.Mentions[k]
		if mm.Span.End > f.t[m].s {
			break
		}
		if mm.Span.Start >= start && (mm.Type == doc.TypePerson || mm.Type == doc.TypeOrganization) {
			return f.mentionSpeaker(k, sp), true
		}
	}
	return doc.Speaker{}, false
}

// documentFrame are the words before documentIntro that make its
// subject the document's author ("in a sermon", "issued a statement");
// "A text message … is circulating" has no author in its sentence.
var documentFrame = setOf(`in issued released published delivered gave read sent wrote posted made`)

// documentIntro are determiners that introduce a document for a later
// "the <document>" to refer to ("in a sermon", "issued its statement").
var documentIntro = setOf(`a an his her its their`)
