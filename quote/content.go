package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Reported content: where the content of an indirect report starts and
// ends (date and time adjuncts, infinitives, demanded and claimed
// objects, appeals, a second report).

// reportAfterQuote reports whether the tokens from i, right after the
// closing mark of a mixed quote, coordinate a second report of the same
// speaker (", and said …", "and warned that …"): the mixed quote ends
// at its mark, the second report is its own.
func (f *finder) reportAfterQuote(i int) bool {
	if f.t[i].w == "," {
		i++
	}
	return i < len(f.t) && (f.coordinatedCue(i) || f.bareCoordinatedCue(-1, i))
}

// secondReportCut returns where the content [c,b) of a participle report
// ("…, saying he died in a fight, and announced that it had fired five
// officials") ends before a coordinated second report of the sentence's
// subject (", and announced that …"), or b.
func (f *finder) secondReportCut(c, b int) int {
	for i := c + 1; i < b; i++ {
		if f.t[i].w == "and" && (f.coordinatedCue(i) || f.bareCoordinatedCue(-1, i)) {
			if f.t[i-1].w == "," {
				return i - 1
			}
			return i
		}
	}
	return b
}

// laterCoordinatedReport returns where the tail [c,b) of a mixed quote,
// after its closing mark, ends before a second report of the same
// speaker that "and" or "but" coordinates ("…"mercenaries" paid from
// abroad but acknowledged that …"), or b. A verb with an object ("and
// urged them to return") may go on the reported clause: no cut.
func (f *finder) laterCoordinatedReport(c, b int) int {
	for i := c; i < b; i++ {
		if (f.t[i].w == "and" || f.t[i].w == "but") && f.t[i].kind == tWord && f.coordinatedCue(i) && f.isWord(i+2, "that") {
			if f.t[i-1].w == "," {
				return i - 1
			}
			return i
		}
	}
	return b
}

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
// period is part of the date, not the end of the sentence.
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
// not read as an adjunct before a comma.
//
// A short time adjunct may stand between the cue and "to": "promised on
// Tuesday to govern for all", "vowed last week to resign" (timedCue).
func (f *finder) infinitiveContent(i, hi int) bool {
	if i == 0 || i+1 >= hi || !f.isWord(i, "to") || !infinitiveCues.Has(f.t[i-1].w) && !f.timedCue(i) {
		return false
	}
	n := &f.t[i+1]
	return n.kind == tWord && !n.upper && !toDeterminers.Has(n.w) && (n.w[0] < '0' || n.w[0] > '9')
}

// timedCue reports whether the words before the "to" at token i are a
// commitment cue and a time adjunct of at most three words ("promised on
// Tuesday", "vowed last week", "pledged again").
func (f *finder) timedCue(i int) bool {
	for k := i - 1; k > 0 && k >= i-3; k-- {
		t := &f.t[k]
		if t.kind != tWord || !isTimeWord(t.w) && t.w != "on" && t.w != "last" && t.w != "this" && t.w != "earlier" && t.w != "later" {
			return false
		}
		if infinitiveCues.Has(f.t[k-1].w) {
			return true
		}
	}
	return false
}

// timedInfinitive returns the index of the "to" after a time adjunct of
// at most three words that starts at token i, right after a commitment
// cue, when it opens the report (infinitiveContent): "promised on
// Tuesday to govern for all Peruvians, two days after …" reports the
// pledge, not the adjunct after the comma. It returns -1 otherwise.
func (f *finder) timedInfinitive(i, hi int) int {
	for k := i + 1; k < hi && k <= i+3; k++ {
		if f.isWord(k, "to") {
			if f.timedCue(k) && f.infinitiveContent(k, hi) {
				return k
			}
			return -1
		}
	}
	return -1
}

// appealVerb reports whether token c is a verb of appeal with its
// particle, "called for/on", "appealed for/to": after ", and <Subject>"
// inside a report it opens another speaker's act ("Germany said it was
// concerned, and the European Union called for an investigation"), as
// a cue does.
func (f *finder) appealVerb(c, e int) bool {
	if c+1 >= e || f.t[c].kind != tWord {
		return false
	}
	switch f.t[c].w {
	case "called", "calls":
		return f.isWord(c+1, "for") || f.isWord(c+1, "on")
	case "appealed", "appeals":
		return f.isWord(c+1, "for") || f.isWord(c+1, "to")
	}
	return false
}

// requestCues are cues that take an addressee and an infinitive
// ("urged India to withdraw its troops").
var requestCues = setOf(`urged urges asked asks pressed presses told tells called calls`)

// toAfterTimedObject returns the index of the "to" that opens the
// request of a cue at j whose addressee, read from k before b, is
// followed by a time adjunct: "urged India on Saturday to withdraw its
// troops", "asked New Delhi last week to …". The time dates the
// speech act, not the request, so the content opens at "to".
// It returns 0 for any other shape ("urged India to …" keeps its
// addressee).
func (f *finder) toAfterTimedObject(j, k, b int) int {
	if !requestCues.Has(f.t[j].w) {
		return 0
	}
	for x := k + 1; x < b && x <= k+6; x++ {
		t := &f.t[x]
		if t.kind != tWord || t.w == "to" || t.w == "that" || cues.Has(t.w) {
			return 0
		}
		if e := f.timeAdjunctEnd(x, b); e > x {
			if e+1 < b && f.isWord(e, "to") && f.t[e+1].kind == tWord {
				return e
			}
			return 0
		}
	}
	return 0
}

// timeAdjunctEnd returns the end of a short time adjunct at x ("on
// Saturday", "on March 3", "last week", "this month", "yesterday",
// "earlier this week"), or x.
func (f *finder) timeAdjunctEnd(x, b int) int {
	w := f.t[x].w
	switch {
	case w == "yesterday" || w == "today" || w == "tonight":
		return x + 1
	case w == "on" && x+1 < b && weekdays.Has(f.t[x+1].w):
		return x + 2
	case w == "on" && x+2 < b && months.Has(f.t[x+1].w) && isDigits(f.t[x+2].w):
		return x + 3
	case (w == "earlier" || w == "later") && x+2 < b && f.isWord(x+1, "this") && timeAfterUnits.Has(f.t[x+2].w):
		return x + 3
	case (w == "last" || w == "this") && x+1 < b && (timeAfterUnits.Has(f.t[x+1].w) || weekdays.Has(f.t[x+1].w) || months.Has(f.t[x+1].w)):
		return x + 2
	}
	return x
}

// demandCues are cues of demanding: with a bare noun phrase as their
// object they name a thing asked for, no proposition.
var demandCues = setOf(`demanded demands demand`)

// demandedThing reports whether the demand cue at token j has a bare
// noun phrase as its object [k,cb) ("demanded the names of officials
// accused of stealing coal", "demanded the release of its leader"): a
// request the events layer codes, not reported speech.
// "demanded that …", "demanded to know …", "demanded the army to …"
// and a quotation still report.
func (f *finder) demandedThing(j, k, cb int) bool {
	if !demandCues.Has(f.t[j].w) || k >= cb || f.t[k].kind != tWord || f.t[k].w == "that" || pronouns[f.t[k].w] != "" || f.t[k].w == "to" {
		return false
	}
	for x := k; x < cb; x++ {
		switch t := &f.t[x]; {
		case t.kind == tOpen || t.kind == tClose || t.w == ":" || t.w == "that" || t.w == "whether" || t.w == "why":
			return false // a quotation, or a clause reported after all
		case t.w == "of" || t.w == ",":
			return true // "the release of …": a noun's complement
		case t.w == "to" && x+1 < cb && f.t[x+1].kind == tWord && !f.t[x+1].upper && !determiners.Has(f.t[x+1].w):
			return false // "demanded the army to withdraw": an infinitive after the addressee
		case t.kind == tWord && !t.upper && (x > k && (auxVerbs.Has(t.w) || beForms.Has(t.w) || modals.Has(t.w))):
			return false // "demanded they be released", "demanded the vote be annulled"
		}
	}
	return true
}

// claimedObject reports whether the words [k,cb) after a claim cue are
// a thing claimed rather than a claim reported: a passive
// agent ("a remote area claimed by both China and Bhutan", unless a
// "that" clause follows: "it was claimed by the ministry that …"), or
// a bare noun phrase with no clause of its own ("Both countries claim
// the plateau, which …", "Morocco claims the whole territory"): a
// sovereignty or ownership claim, no speech act. "claimed the vote was
// rigged" and "claimed that …" still report.
func (f *finder) claimedObject(k, cb int) bool {
	if k >= cb || f.t[k].kind != tWord {
		return false
	}
	if f.t[k].w == "by" {
		for x := k + 1; x < cb; x++ {
			if f.t[x].w == "that" || f.t[x].w == ":" || f.t[x].kind == tOpen {
				return false
			}
		}
		return true
	}
	if !determiners.Has(f.t[k].w) && !claimedQuantifiers.Has(f.t[k].w) {
		return false // "claimed Russia won": a bare name may open a clause
	}
	for x := k + 1; x < cb && f.t[x].w != ","; x++ {
		if w := f.t[x].w; w == "there" || auxVerbs.Has(w) || beForms.Has(w) {
			return false // "claimed the day before there were attacks": a clause after a time phrase
		}
	}
	return f.nounObject(k, cb)
}

// claimedQuantifiers open a noun phrase of territory claimed ("claims
// most of the sea", "claim all of Kashmir", "claims parts of the
// region").
var claimedQuantifiers = setOf(`most all parts part much sovereignty`)

// pastSameVerbs are verbs whose simple past is their plain form: after
// a singular subject ("the central bank cut its key rate") they are past.
var pastSameVerbs = setOf(`cut put set hit shut quit let cast spread`)

// narratorCut returns where the content [k,e) of a report ends before
// the writer's own coordinated clause: after reported words with a
// modal ("warned that the dispute could hurt growth"), ", and", a
// definite subject ("the central bank", "its army", or a capitalised
// name of up to four words) and a verb in the simple past ("…, and the
// central bank cut its key interest rate on July 18"). Reported words
// shift to "would" and "could"; the writer's narration stays in the
// past. ", but he" or ", but she" and a verb in the simple past that
// reports nothing ("said he would not run again, but he refused to step
// down") is the writer's too, modal or not, and so is ", according to X"
// (the source that carried the report). Else e.
func (f *finder) narratorCut(k, e int) int {
	modal := false
	for i := k; i+3 < e; i++ {
		// by length first: most words are neither a modal nor a comma
		switch w := f.t[i].w; len(w) {
		case 5, 6:
			if w == "would" || w == "could" || w == "might" || w == "should" {
				modal = true
			}
			continue
		case 1:
			if w == "," && f.isWord(i+1, "according") && f.isWord(i+2, "to") {
				return i // "said Israel was destroying any chance of peace, according to WAFA": the writer's source of the report
			}
			if w == "," && f.isWord(i+1, "but") && (f.isWord(i+2, "he") || f.isWord(i+2, "she")) && f.narratedPast(i+3) {
				return i // "said he would not run again, but he refused to step down": the narrator's
			}
			if w == ";" && f.narratedAfterSemicolon(i+1, e) {
				return i // "says she won the vote; official results gave Lukashenko 80 percent": the writer's fact
			}
			if !modal || w != "," || !f.isWord(i+1, "and") {
				continue
			}
		default:
			continue
		}
		s := i + 2
		n := 0
		switch d := f.t[s].w; {
		case d == "the" || d == "its" || d == "his" || d == "her" || d == "their":
			s++
			for s < e && n < 4 && f.t[s].kind == tWord && !f.narratedPast(s) {
				s, n = s+1, n+1
			}
		case f.t[s].kind == tWord && f.t[s].upper:
			for s < e && n < 4 && f.t[s].kind == tWord && f.t[s].upper {
				s, n = s+1, n+1
			}
		}
		if n > 0 && s < e && f.narratedPast(s) {
			return i
		}
	}
	return e
}

// narratedAfterSemicolon reports whether the clause from token s, after
// a semicolon inside a report's content, is the writer's narration: a
// subject of one to four words of its own, a noun phrase and no pronoun
// (a pronoun goes on with the speaker's words: "she won; they stole
// it"), then a simple past that reports no speech ("official results
// gave Lukashenko 80 percent", "the commission declared …" is a cue and
// stays).
func (f *finder) narratedAfterSemicolon(s, e int) bool {
	if f.isWord(s, "the") || f.isWord(s, "a") || f.isWord(s, "an") {
		s++
	}
	n := 0
	for s < e && n < 4 && f.t[s].kind == tWord && pronouns[f.t[s].w] == "" && !boundaryWords.Has(f.t[s].w) && !auxVerbs.Has(f.t[s].w) && !beForms.Has(f.t[s].w) && !f.narratedPast(s) {
		s, n = s+1, n+1
	}
	return n > 0 && s < e && f.narratedPast(s)
}

// narratedPast reports whether token i is a verb in the simple past that
// reports no speech.
func (f *finder) narratedPast(i int) bool {
	t := &f.t[i]
	if t.kind != tWord || t.upper || t.report || cues.Has(t.w) {
		return false
	}
	w := t.w
	return finiteIrregular.Has(w) || pastSameVerbs.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// reportInside reports whether a quote found already lies inside span
// sp: the content of an "according to" is then a report of its own
// ("Abbas said Israel was …, according to WAFA": Abbas's words, which
// the agency carried), not the source's.
func (f *finder) reportInside(sp doc.Span) bool {
	for k := len(f.out) - 1; k >= 0 && k >= len(f.out)-4; k-- {
		if q := f.out[k].Span; q.Start >= sp.Start && q.End <= sp.End {
			return true
		}
	}
	return false
}
