package quote

import "strings"

// monthAbbrevs are the month names and their wire-copy abbreviations
// (AP: "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."), lower case.
var monthAbbrevs = setOf(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// dayNumber reports whether w is a day of the month written in digits
// (1 to 31, with an optional ordinal suffix: "3", "15th").
func dayNumber(w string) bool {
	n := len(w)
	if n > 2 && (w[n-2:] == "st" || w[n-2:] == "nd" || w[n-2:] == "rd" || w[n-2:] == "th") {
		w = w[:n-2]
	}
	switch len(w) {
	case 1:
		return '1' <= w[0] && w[0] <= '9'
	case 2:
		return '0' <= w[0] && w[0] <= '3' && '0' <= w[1] && w[1] <= '9' && (w[0] < '3' || w[1] <= '1')
	}
	return false
}

// dateAdjunctEnd returns the token after a calendar date that sits
// between a cue and its report, with or without "on" ("said on Jan. 15
// that …", "said Sept. 3 that …", "told reporters on 3 Aug. that …",
// "said on January 15, 2019, that …"), or 0. A month must be
// capitalised and a day number must go with it; the abbreviation's
// period is part of the date, not the end of the sentence (QA20 Q-1).
// Without "on" a clause must open after the date ("said March 3 was the
// deadline" reports the date itself).
func (f *finder) dateAdjunctEnd(i, hi int) int {
	on := f.isWord(i, "on")
	if on {
		i++
	}
	k := i
	switch {
	case k+1 < hi && f.t[k].upper && monthAbbrevs.Has(f.t[k].w):
		// "Jan. 15", "January 15"
		k++
		if f.t[k].w == "." {
			k++
		}
		if k >= hi || f.t[k].kind != tWord || !dayNumber(f.t[k].w) {
			return 0
		}
		k++
	case k+1 < hi && f.t[k].kind == tWord && dayNumber(f.t[k].w) && f.t[k+1].upper && monthAbbrevs.Has(f.t[k+1].w):
		// "3 Aug.", "15 January"
		k += 2
		if k < hi && f.t[k].w == "." {
			k++
		}
	default:
		return 0
	}
	// an optional year: ", 2019" or "2019"
	y := k
	if y < hi && f.t[y].w == "," {
		y++
	}
	if y < hi && f.t[y].kind == tWord && len(f.t[y].w) == 4 && f.t[y].w[0] >= '1' && f.t[y].w[0] <= '2' {
		k = y + 1
	}
	if k >= hi {
		return 0
	}
	if !on && !f.clauseAfterDate(k) {
		return 0 // "said March 3 was the deadline": the date is the report's subject
	}
	return k
}

// clauseAfterDate reports whether token k, after a date with no "on"
// after a cue, opens the report rather than continuing a clause whose
// subject is the date: "that", a comma, a subject pronoun, a determiner
// or a capitalised word ("said Sept. 3 that …", "said Sept. 3 the
// rebels had fled").
func (f *finder) clauseAfterDate(k int) bool {
	t := &f.t[k]
	if t.kind != tWord {
		return t.w == ","
	}
	if t.upper {
		return true
	}
	switch t.w {
	case "that", "there", "it", "the", "a", "an", "his", "her", "its", "their", "this", "these", "those":
		return true
	}
	return nominatives.Has(t.w)
}

// quoteOpenSentence returns the sentence of the opening mark of a direct
// quote that closes right before token i ("…," he said), or i's own
// sentence when none does. A pronoun after a quote of several sentences
// looks for its antecedent before the quote opened, not in the quote's
// own earlier sentences (QA20 Q-2: "Ruto thanked his rivals. "There is
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

// infinitiveCues report a commitment or a threat whose content may be a
// to-infinitive ("promised to halt exploration, raise taxes and resume
// talks").
var infinitiveCues = setOf(`promised promises promise pledged pledges pledge vowed vows vow
	threatened threatens threaten`)

// toDeterminers open a noun phrase after "to", not an infinitive.
var toDeterminers = setOf(`the a an his her its their our my your this that these those him them us me
	all both each every some any no`)

// infinitiveContent reports whether the "to" at token i, right after a
// commitment cue, opens a to-infinitive that is the report itself: the
// content then starts at "to" and runs on over a list of conjoined
// infinitives, so that the first pledge of "promised to A, B and C" is
// not read as an adjunct before a comma (QA20 Q-3).
func (f *finder) infinitiveContent(i, hi int) bool {
	if i == 0 || i+1 >= hi || !f.isWord(i, "to") || !infinitiveCues.Has(f.t[i-1].w) {
		return false
	}
	n := &f.t[i+1]
	return n.kind == tWord && !n.upper && !toDeterminers.Has(n.w) && (n.w[0] < '0' || n.w[0] > '9')
}

// stateAdjectives describe how someone feels, after "felt": "felt
// unwell", "felt safe", "felt like a stranger".
var stateAdjectives = setOf(`unwell ill sick better worse well good bad fine great happy unhappy sad angry
	tired exhausted safe unsafe comfortable uncomfortable uneasy like as confident proud sorry free
	able unable alone lonely helpless powerless nervous afraid ashamed guilty responsible hopeful
	optimistic pessimistic relieved weak strong dizzy faint anxious upset numb cold hot sure unsure
	welcome unwelcome abandoned compelled obliged hurt shaken broken torn lost overwhelmed`)

// degreeWords may stand between "felt" and the state it names ("felt
// very unwell", "felt so betrayed").
var degreeWords = setOf(`very so too more less much quite rather somewhat increasingly deeply
	slightly extremely really utterly completely particularly`)

// feltState reports whether the "felt"/"feels"/"feel" at token i names
// a state ("felt unwell halfway through his speech", "felt betrayed by
// the result", "felt deeply hurt"), not a belief with a clause ("felt
// that the vote was stolen", "felt the vote was stolen", "feels strongly
// that …"): it is then no reporting cue (QA20 Q-4).
func (f *finder) feltState(i int) bool {
	k := i + 1
	if k < len(f.t) && f.t[k].kind == tWord && (degreeWords.Has(f.t[k].w) || len(f.t[k].w) > 4 && strings.HasSuffix(f.t[k].w, "ly")) {
		if f.isWord(k+1, "that") {
			return false // "felt strongly that …"
		}
		k++
	}
	if k >= len(f.t) || f.t[k].kind != tWord || f.t[k].upper {
		return false
	}
	w := f.t[k].w
	return stateAdjectives.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}
