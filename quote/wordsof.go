package quote

import "github.com/sitrep-project/sitrep/doc"

// wordsOfAfter finds the speaker of a quote that is a sentence of its
// own, with no cue, from the sentence right after it when that sentence
// names whose words they were: "Those were the words of Prime Minister
// X", "That was the call of X on Sunday", "X spoke those words in an
// address", "With those words, X announced …". The speaker is the first
// person named after "of", or else in a sentence that refers back to
// "those words"; hi ends the paragraph.
func (f *finder) wordsOfAfter(r *region, hi int) (doc.Speaker, bool) {
	c := r.close + 1
	if r.close < 0 || c >= hi || f.t[r.last].kind != tPunct || !sentenceEnd(f.t[r.last].w) {
		return doc.Speaker{}, false
	}
	a, b := f.sentBounds(c, c, hi)
	if a != c || b-a < 4 || !f.t[a].upper {
		return doc.Speaker{}, false
	}
	// "Those were the words of …": a demonstrative, a form of be, the
	// noun and "of" before the name
	if w := f.t[a].w; (w == "those" || w == "these" || w == "that" || w == "this") && a+4 < b &&
		beForm(f.t[a+1].w) && f.t[a+2].w == "the" && f.t[a+3].kind == tWord && f.t[a+4].w == "of" {
		return f.namedPersonIn(a+5, a+6, b)
	}
	// "X spoke those words", "With these words, X …"
	for i := a; i+1 < b; i++ {
		if (f.t[i].w == "those" || f.t[i].w == "these") && f.t[i+1].w == "words" {
			return f.namedPersonIn(a, b, b)
		}
	}
	return doc.Speaker{}, false
}

// namedPersonIn returns the first person named by a run of capitalised
// words (a title may lead it) that starts in [a,e) and ends before b.
func (f *finder) namedPersonIn(a, e, b int) (doc.Speaker, bool) {
	for i := a; i < e && i < b; i++ {
		if f.t[i].kind != tWord || !f.t[i].upper {
			continue
		}
		j := i
		for j < b && j < i+9 && f.t[j].kind == tWord && (f.t[j].upper || particles.Has(f.t[j].w) && j > i) {
			j++
		}
		if spk, ok := f.classify(i, j, j); ok && spk.Kind == KindNamed && spk.Mention >= 0 && f.d.Mentions[spk.Mention].Type == doc.TypePerson {
			return spk, true
		}
		i = j
	}
	return doc.Speaker{}, false
}

func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" }

func beForm(w string) bool { return w == "was" || w == "were" || w == "is" || w == "are" }
