package quote

import "github.com/sitrep-project/sitrep/doc"

// trailingMedium returns the end of a closing attribution without the
// medium adjunct that ends it at e (", the royal palace said in a
// statement", ", the ministry said during a news conference"): the
// preposition's token, or e when the words before e are no such
// adjunct. a bounds the search (QA17 Q-1).
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
// said." → Ali al-Sistani (QA17 Q-2). a is the description's first
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
