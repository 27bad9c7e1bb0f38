package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// A tok is one token of a sentence as the coder sees it: its byte span in
// Doc.Text and its lower-cased form. Possessive "'s" and the clitic "n't"
// are tokens of their own.
type tok struct {
	start, end int
	low        string
	punct      bool
	upper      bool   // first letter is upper case
	capsAll    bool   // every letter is upper case ("BAGHDAD", "US")
	cls        uint32 // word classes (wc…), filled on the first is
	h          uint32 // filterHash(low) | hashSet, filled on the first hash
}

// hashSet marks tok.h as filled (filterHash has 16 bits).
const hashSet = 1 << 31

// hash returns filterHash(t.low), computed once per token.
func (t *tok) hash() uint32 {
	if t.h == 0 {
		t.h = filterHash(t.low) | hashSet
	}
	return t.h &^ hashSet
}

// tokenize splits text[start:end] into coder tokens. It is used when the
// segment stage's tokens are absent and is deliberately simple: words are
// runs of letters, digits, hyphens, periods inside abbreviations and
// apostrophes; everything else that is not space is a one-rune
// punctuation token.
func tokenize(text, low string, start, end int, out []tok) []tok {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, tok{start: i, end: i + n, low: text[i : i+n], punct: true})
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				j += n
				continue
			}
			// keep inner hyphens, periods and apostrophes: "al-Qaeda", "U.S.", "O'Brien"
			if (r == '-' || r == '.' || r == '\'' || r == '’') && j+n < end {
				r2, _ := utf8.DecodeRuneInString(text[j+n : end])
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			// "U.S." keeps its final period when it follows a single letter
			if r == '.' && j-i >= 2 && text[j-2] == '.' {
				j += n
			}
			break
		}
		out = appendWord(out, text, low, i, j)
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
}

// appendWord appends text[i:j], splitting off a possessive "'s" / "’s",
// a trailing apostrophe and "n't".
func appendWord(out []tok, text, low string, i, j int) []tok {
	w := text[i:j]
	cut := -1
	if n := len(w); n >= 2 {
		// the last byte first: most words end in none of these
		switch w[n-1] {
		case 's':
			if w[n-2] == '\'' {
				cut = j - 2
			} else if strings.HasSuffix(w, "’s") {
				cut = j - len("’s")
			}
		case 'S':
			if w[n-2] == '\'' {
				cut = j - 2
			}
		case 't':
			if strings.HasSuffix(w, "n't") {
				cut = j - 3
			}
		}
	}
	if cut > i {
		out = append(out, mkTok(text, low, i, cut))
		return append(out, tok{start: cut, end: j, low: lower(text[cut:j], low[cut:j])})
	}
	out = append(out, tok{})
	setTok(&out[len(out)-1], text, low, i, j)
	return out
}

// asciiClitic reports an ASCII word that appendWord splits: one ending
// in a possessive "'s" or in "n't" ("’s" is not ASCII).
func asciiClitic(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-1] {
	case 's', 'S':
		return w[n-2] == '\''
	case 't':
		return n >= 3 && w[n-3:] == "n't"
	}
	return false
}

func mkTok(text, low string, i, j int) tok {
	var t tok
	setTok(&t, text, low, i, j)
	return t
}

// setTok fills t as the word text[i:j]; low is segment.LowerASCII(text).
func setTok(t *tok, text, low string, i, j int) {
	w := text[i:j]
	// one pass for ASCII words: case flags and the lower-case form
	var seen byte // caseUp | caseLow | nonASCII
	for k := 0; k < len(w); k++ {
		seen |= byteCase[w[k]]
	}
	t.start, t.end = i, j
	if seen&nonASCII == 0 {
		t.low = w
		if seen&caseUp != 0 {
			t.low = low[i:j]
		}
		t.upper = len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z'
		t.capsAll = seen == caseUp
		return
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.low, t.upper, t.capsAll = lower(w, low[i:j]), unicode.IsUpper(r), isAllCaps(w)
}

// byteCase classes bytes for setTok.
const (
	caseUp = 1 << iota
	caseLow
	nonASCII
)

var byteCase = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = caseUp
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = caseLow
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = nonASCII
	}
	return t
}()

// lower lower-cases w, cheaply for ASCII, and unifies apostrophes. lw
// is w's slice of segment.LowerASCII: its lower-case form when w is ASCII.
func lower(w, lw string) string {
	ascii := true
	hasUpper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			hasUpper = true
		}
	}
	if ascii {
		if !hasUpper {
			return w
		}
		return lw
	}
	if w == "’s" {
		return "'s"
	}
	return normApos(strings.ToLower(w))
}

func normApos(s string) string {
	if strings.Contains(s, "’") {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// isAllCaps reports whether w has letters and all of them are upper case.
func isAllCaps(w string) bool {
	letters := false
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			return false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			letters = true
		case r >= utf8.RuneSelf && unicode.IsLower(r):
			return false
		case r >= utf8.RuneSelf && unicode.IsUpper(r):
			letters = true
		}
	}
	return letters
}

// Word classes: the small word lists the coder tests tokens against,
// looked up once per token (tok.is) instead of once per test.
const (
	wcKnown uint32 = 1 << iota // tok.cls is filled
	wcDeterminer
	wcPreposition
	wcPossPronoun
	wcPronoun
	wcNegator
	wcDeny
	wcHypo
	wcAllege
	wcIntent
	wcBeForm
	wcReportVerb
	wcRightStop
	wcLeftStop
	wcAppeal
	// the lists below are asked of the tokens around a trigger or an
	// agent, one lookup per test before they became classes
	wcTitleNoun
	wcOccurVerb
	wcNounPrep
	wcMonthPrep
	wcGroupNoun
	wcAdjectiveAgent
	wcActorModifier
	wcTitleBeforeGeneral
	wcIngNext
	wcIrregular
	wcPastParticiple
	wcLightVerb
	wcProspective
)

// wordClasses maps each word of the lists to its classes, indexed by
// filterHash so that tok.is, asked of nearly every token, reuses the
// token's cached hash instead of hashing the string in a map lookup.
var wordClasses = newWordIndex(func() map[string]uint32 {
	m := map[string]uint32{}
	for _, c := range []struct {
		bit uint32
		set *wordset.Set
	}{
		{wcDeterminer, determiners}, {wcPreposition, prepositions}, {wcPossPronoun, possPronouns},
		{wcPronoun, pronouns}, {wcNegator, negators}, {wcDeny, denyWords}, {wcHypo, hypoWords},
		{wcAllege, allegeWords}, {wcIntent, intentWords}, {wcBeForm, beForms}, {wcReportVerb, reportVerbs},
		{wcRightStop, rightStop}, {wcLeftStop, leftStop}, {wcAppeal, appealVerbs},
		{wcTitleNoun, titleNouns}, {wcOccurVerb, occurVerbs}, {wcNounPrep, nounPreps}, {wcMonthPrep, monthPreps},
		{wcGroupNoun, groupNouns}, {wcAdjectiveAgent, adjectiveAgents}, {wcActorModifier, actorModifiers},
		{wcTitleBeforeGeneral, titleBeforeGeneral}, {wcIngNext, ingNext}, {wcIrregular, irregularForms},
		{wcPastParticiple, pastParticiple}, {wcLightVerb, lightVerbs}, {wcProspective, prospective},
	} {
		for w := range c.set.All() {
			m[w] |= c.bit
		}
	}
	return m
}())

// is reports whether the token's word is in the list of class bit (one
// of the wc… constants): set[t.low] for that list's set, with the
// lookup done once per token.
func (t *tok) is(bit uint32) bool {
	if t.cls == 0 {
		t.fillClasses() // apart, so that is inlines: most asks find cls filled
	}
	return t.cls&bit != 0
}

// fillClasses looks t's word up in wordClasses and caches its classes.
func (t *tok) fillClasses() {
	cls, _ := wordClasses.get(t.low, t.hash())
	if cls&wcHypo != 0 && t.upper && t.low == "may" {
		cls &^= wcHypo // "struck the convoy in May and has been shelling": the month, no modal
	}
	t.cls = cls | wcKnown
}

// tokStarting returns the index of the token of toks that starts at
// start (an event's trigger), or -1.
func tokStarting(toks []tok, start int) int {
	for i := range toks {
		if toks[i].start == start {
			return i
		}
	}
	return -1
}

// approximator reports whether the preposition at j is the
// approximating adverb of a number right after it ("about 3,000
// people", "around 40 soldiers", "over 200 protesters"), not a
// preposition governing the phrase.
func approximator(toks []tok, j int) bool {
	switch toks[j].low {
	case "about", "around", "over", "nearly", "roughly", "almost", "under":
	default:
		return false
	}
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1].low
	return n != "" && n[0] >= '0' && n[0] <= '9' || countWord(&toks[j+1]) && n != "at" && n != "some" && n != "more"
}

// possessiveMark reports a possessive token: "'s", "’s" or a bare
// apostrophe.
func possessiveMark(t string) bool { return t == "'s" || t == "’s" || t == "'" || t == "’" }

// stringSet returns the set of the words ws.
func stringSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
