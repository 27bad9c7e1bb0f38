package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Speaker subjects: the named subject before a cue across ages, asides,
// acronyms, descriptors, appositives and former titles, and the
// sentence a direct quote opens.

// ageAppositive reports whether the words [a,k) between commas after a
// name are the person's age, a bare number of one to three digits or
// "aged" and one ("Kemal Kilicdaroglu, 74, told", "Ana Ruiz, aged 31,
// said"): an age is no title.
func (f *finder) ageAppositive(a, k int) bool {
	if k == a+2 && f.isWord(a, "aged") {
		a++
	}
	return k == a+1 && f.t[a].kind == tWord && len(f.t[a].w) <= 3 && isDigits(f.t[a].w)
}

// pastAge returns the token after an age appositive that opens the
// words [a,k) between commas after a name and is followed by a second
// appositive ("X, 74, the opposition leader, said": the title starts
// at "the"), or a.
func (f *finder) pastAge(a, k int) int {
	for c := a + 1; c < k && c <= a+2; c++ {
		if f.t[c].w == "," {
			if f.ageAppositive(a, c) && c+1 < k {
				return c + 1
			}
			break
		}
	}
	return a
}

// quoteOpenSentence returns the sentence of the opening mark of a direct
// quote that closes right before token i ("…," he said), or i's own
// sentence when none does. A pronoun after a quote of several sentences
// looks for its antecedent before the quote opened, not in the quote's
// own earlier sentences ("Ruto thanked his rivals. "There is
// no looking back. We are looking to the future," he said.").
func (f *finder) quoteOpenSentence(i int) int {
	si := f.sent[i]
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if f.t[k].kind == tOpen {
			return si
		}
		if f.t[k].kind != tClose {
			continue
		}
		if f.sent[k] != si {
			return si // "…format." He also …": the quote ended the sentence before
		}
		for o := k - 1; o >= 0 && o >= k-400; o-- {
			switch f.t[o].kind {
			case tOpen:
				if so := f.sent[o]; so >= 0 && so < si {
					return so
				}
				return si
			case tClose:
				return si
			}
		}
		return si
	}
	return si
}

// discourseAside returns the opening comma of a short discourse
// adverbial set off by commas that closes with the comma at token k,
// between a subject and its cue ("The defence minister, for his part,
// warned", "The ministry, however, said", "The envoy, in turn, told"),
// or -1.
func (f *finder) discourseAside(k, lo int) int {
	if k-2 <= lo || f.t[k].w != "," {
		return -1
	}
	for x := k - 2; x > lo && x >= k-4; x-- {
		if f.t[x].w != "," {
			if f.t[x].kind != tWord {
				return -1
			}
			continue
		}
		switch n := k - x - 1; {
		case n == 1 && asideAdverbs.Has(f.t[x+1].w):
			return x
		case n == 2 && f.isWord(x+1, "in") && (f.isWord(x+2, "turn") || f.isWord(x+2, "response")):
			return x
		case n == 3 && (f.isWord(x+1, "for") && f.isWord(x+3, "part") || f.isWord(x+1, "in") && f.isWord(x+3, "turn")) && (f.isWord(x+2, "his") || f.isWord(x+2, "her") || f.isWord(x+2, "its") || f.isWord(x+2, "their")):
			return x
		}
		return -1
	}
	return -1
}

// asideAdverbs are sentence adverbs a writer sets off by commas between
// a subject and its verb.
var asideAdverbs = setOf(`however meanwhile though instead likewise separately nonetheless nevertheless moreover furthermore too also`)

// acronymBefore returns the index of the "(" of a parenthesised acronym
// that ends right before token x ("The Front for Change and Concord
// (FACT), which …"): the name before it is the noun phrase, the acronym
// its alias. Otherwise x.
func (f *finder) acronymBefore(x, lo int) int {
	if x-3 <= lo || f.t[x-1].w != ")" || f.t[x-3].w != "(" || f.t[x-2].kind != tWord || !f.allUpper(x-2, x-1) || !f.t[x-4].upper {
		return x
	}
	return x - 3
}

// descriptorBefore reports whether the lower-case word at token s, after
// a determiner, describes the organisation named from byte offset start
// ("the rebel Front for Change and Concord", "the ruling Justice and
// Development Party"): one or two such words may sit between them.
func (f *finder) descriptorBefore(s, start int) bool {
	t := &f.t[s]
	if t.kind != tWord || t.upper || verbLike(t.w) || cues.Has(t.w) || boundaryWords.Has(t.w) {
		return false
	}
	return s+1 < len(f.t) && (f.t[s+1].s == start || s+2 < len(f.t) && f.t[s+2].s == start && f.t[s+1].kind == tWord && !f.t[s+1].upper)
}

// placeTail reports whether the tokens from byte offset end up to token
// b are "in <Place>" or "of <Place>", a capitalised place that ends an
// organisation's name as written ("the Front for Change and Concord in
// Chad"): the mention before it is the name.
func (f *finder) placeTail(end, b int) bool {
	i := f.tokAt(end, 0)
	if i+1 >= b || f.t[i].s < end || !f.isWord(i, "in") && !f.isWord(i, "of") {
		return false
	}
	for x := i + 1; x < b; x++ {
		if f.t[x].kind != tWord || !f.t[x].upper {
			return false
		}
	}
	return b-i-1 <= 3 && f.placeMention(i+1, b)
}

// formerTitle returns the title of the person mention m, taken for a
// speaker, with "former" before it when the mention's role claim says
// the title is a past one ("Moussa Faki Mahamat, a former Chadian prime
// minister, urged" is no prime minister speaking).
func (f *finder) formerTitle(m *doc.Mention, title string) string {
	if m.Role < 0 || m.Role >= len(f.d.RoleClaims) || f.d.RoleClaims[m.Role].Modifier != "former" {
		return title
	}
	l := strings.ToLower(title)
	if strings.Contains(l, "former") || strings.HasPrefix(l, "ex-") || hasWordIn(l, pastTitleWords) {
		return title // "Ukraine's ousted president" says it already
	}
	return "former " + title
}

// pastTitleWords say in a title itself that it is past.
var pastTitleWords = setOf(`ousted deposed toppled overthrown exiled late erstwhile one-time onetime then`)

// apposedSubject finds a named subject with an appositive that opens
// the clause [s,j) before a non-speech verb and ", saying":
//
//   - "General Prayut Chan-o-cha, the army chief, seized power …,
//     saying …": the name before the appositive;
//   - "Thailand's army chief, General Prayut Chan-o-cha, seized power
//     …, saying …": the name after a possessive description, not the
//     possessor.
//
// The appositive is a short run of words set off by commas and a lower
// case word (the verb) follows it. It reports false for anything else.
func (f *finder) apposedSubject(s, j int) (doc.Speaker, bool) {
	if s+4 >= j || f.t[s].kind != tWord || !f.t[s].upper {
		return doc.Speaker{}, false
	}
	// the first comma-set run [s,c), then the second [c+1,c2)
	c := s
	for c < j && c < s+8 && f.t[c].kind == tWord {
		c++
	}
	if c == s || c >= j || f.t[c].w != "," {
		return doc.Speaker{}, false
	}
	c2 := c + 1
	for c2 < j && c2 < c+10 && f.t[c2].kind == tWord && !(f.t[c2].report && f.t[c2].cue) {
		c2++
	}
	if c2 == c+1 || c2+1 >= j || f.t[c2].w != "," || f.t[c2+1].kind != tWord || f.t[c2+1].upper {
		return doc.Speaker{}, false
	}
	if p := f.possessiveAt(s, c); p >= 0 {
		// "Thailand's army chief, General Prayut Chan-o-cha,": a title
		// after the possessor, then the name
		if p+1 == c || !f.nameRun(c+1, c2) {
			return doc.Speaker{}, false
		}
		spk, ok := f.classify(c+1, c2, j)
		if !ok || spk.Kind != KindNamed {
			return doc.Speaker{}, false
		}
		return spk, true
	}
	if !f.nameRun(s, c) {
		return doc.Speaker{}, false
	}
	if w := f.t[c+1].w; !determiners.Has(w) && !f.t[c+1].upper && !possessiveWord(w) {
		return doc.Speaker{}, false // "Okafor, 54, …" and other asides
	}
	spk, ok := f.classify(s, c, j)
	if !ok || spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	return spk, true
}

// possessiveAt returns the index of the first possessive word ("Thailand's")
// among the capitalised words opening [s,c), or -1.
func (f *finder) possessiveAt(s, c int) int {
	for x := s; x < c && x < s+4 && f.t[x].upper; x++ {
		if possessiveWord(f.t[x].w) {
			return x
		}
	}
	return -1
}

// nameRun reports whether the tokens [a,b) are all capitalised words
// (particles inside: "Abdel Fattah al-Sisi"), with no possessive.
func (f *finder) nameRun(a, b int) bool {
	if a >= b {
		return false
	}
	for x := a; x < b; x++ {
		t := &f.t[x]
		if t.kind != tWord || !(t.upper || x > a && particles.Has(t.w)) || possessiveWord(t.w) {
			return false
		}
	}
	return true
}
