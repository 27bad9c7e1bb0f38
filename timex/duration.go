package timex

import (
	"strconv"
	"strings"
	"time"
)

// count reads a quantity at token i: digits, number words ("twenty-five",
// "a", "an" when allowA), or vague quantities ("several", "a few") that
// give -1 (X). It returns the value and the index after it.
func (p *parser) count(i int, allowA bool) (int, int, bool) {
	if n, d, ok := p.numTok(i); ok {
		if pc := p.prevChar(i); pc == '$' || pc == '.' && i > 0 && p.attached(i) && i >= 2 && p.t[i-2].kind() == kNum {
			return 0, i, false
		}
		if d > 6 {
			return 0, i, false
		}
		j := i + 1
		// 1,000
		for p.isPunct(j, ",") && p.attached(j) && p.attached(j+1) {
			m, d2, ok := p.numTok(j + 1)
			if !ok || d2 != 3 {
				break
			}
			n = n*1000 + m
			j += 2
		}
		if p.isPunct(j, ".") && p.attached(j) && p.attached(j+1) {
			return 0, i, false // decimals: leave them
		}
		return n, j, true
	}
	w := p.word(i)
	switch {
	case w == "a" || w == "an":
		if p.isWord(i+1, "few") {
			return -1, i + 2, true
		}
		if p.isWord(i+1, "couple") {
			if p.isWord(i+2, "of") {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		}
		if p.isWord(i+1, "dozen") {
			return 12, i + 2, true
		}
		if allowA {
			return 1, i + 1, true
		}
		return 0, i, false
	case p.in(i, cVague) && vagueQuantities[w]:
		return -1, i + 1, true
	case w == "couple" && p.isWord(i+1, "of"):
		return 2, i + 2, true // "the next couple of years"
	case w == "dozens" || w == "hundreds" || w == "thousands":
		if p.isWord(i+1, "of") {
			return -1, i + 2, true
		}
		return 0, i, false
	}
	if n, ok := get(p.in(i, cNumber), numberWords, w); ok && w != "a" && w != "an" {
		j := i + 1
		if n >= 20 && n < 100 && n%10 == 0 {
			// "twenty-four", and the spoken "twenty four"
			if p.isPunct(j, "-") && p.attached(j) && p.attached(j+1) {
				if m, ok := get(p.in(j+1, cNumber), numberWords, p.word(j+1)); ok && m > 0 && m < 10 {
					n += m
					j += 2
				}
			} else if m, ok := get(p.in(j, cNumber), numberWords, p.word(j)); ok && m > 0 && m < 10 && p.word(j) != "a" && p.word(j) != "an" {
				n += m
				j++
			}
		}
		if p.isWord(j, "hundred") && n < 10 {
			n *= 100
			j++
		}
		if p.isWord(j, "thousand") && n < 10 {
			n *= 1000 // "two thousand years"
			j++
		}
		return n, j, true
	}
	return 0, i, false
}

// unitAt reads a unit word at token i.
func (p *parser) unitAt(i int) (unit, string, bool) {
	w := p.word(i)
	u, ok := get(p.in(i, cUnit), units, w)
	if !ok || u.code == "WE" {
		return unit{}, "", false
	}
	return u, w, true
}

// durationPreps are words after which a bare plural unit is a duration
// ("for years", "within hours").
var durationPreps = map[string]bool{
	"for": true, "within": true, "over": true, "after": true, "than": true,
	"took": true, "lasted": true, "spent": true, "take": true, "takes": true,
}

// offsetOpener reports whether token k, before a bare plural unit and
// "after"/"before", leaves the unit an offset from an event: a clause
// or sentence start, a verb in -ed or "came", or an adverb of degree
// ("Days after the vote, …", "died hours after", "just weeks before").
func (p *parser) offsetOpener(k int) bool {
	if k < 0 || p.boundary(k) || p.isPunct(k, ",") {
		return true
	}
	return p.isWord(k, "just", "only", "barely", "mere", "nearly", "almost", "came", "comes", "come", "died") || p.t[k].kind() == kWord && pastEd(p.word(k))
}

// duration: "three years", "48 hours", "seven-year", "hours-long",
// "several days", "N units ago/earlier/later", "for years".
func (p *parser) duration(i int) (match, bool) {
	if p.militaryHours(i) {
		return match{}, false // "at 1400 hours": a clock time (clock)
	}
	if m, ok := p.yearAgoAdj(i); ok {
		return m, true
	}
	if v, ok := get(p.in(i, cLong), longWords, p.word(i)); ok && v != "" {
		return match{start: i, end: i + 1, typ: TypeDuration, val: v}, true
	}
	// bare plural unit: "hours-long", "for years", "years ago"
	if u, w, ok := p.unitAt(i); ok && plural(w) && u.code != "Q" {
		if p.isPunct(i+1, "-") && p.attached(i+1) && p.isWord(i+2, "long", "old") && p.attached(i+2) {
			return match{start: i, end: i + 3, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		if p.isWord(i+1, "ago") {
			return match{start: i, end: i + 2, typ: TypeDate, val: "PAST_REF"}, true
		}
		if durationPreps[p.word(i-1)] || p.inSpan(i) {
			// "for years", "within hours", "losing them in minutes."
			return match{start: i, end: i + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		if p.isWord(i+1, "later", "earlier") && !determiners[p.word(i-1)] || p.isWord(i+1, "after", "before") && p.offsetOpener(i-1) {
			// "Hours later, police arrested two men", "died days after
			// the attack": an unknown span from the event told, whose
			// day the text does not give (not "the weeks before the
			// shooting", see below)
			return match{start: i, end: i + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		// "followed months of protests", "ended years of war": an
		// unknown span of what follows, after a verb (not "the months of
		// heavy snow", "summer months of 2019")
		if p.isWord(i+1, "of") && i+2 < len(p.t) && p.t[i+2].kind() == kWord && !p.t[i+2].upper() && !determiners[p.word(i+2)] &&
			i > 0 && p.t[i-1].kind() == kWord && pastEd(p.word(i-1)) {
			return match{start: i, end: i + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		// "in the weeks ahead": an unknown span ahead
		if p.isWord(i-1, "the") && p.isWord(i+1, "ahead") && !p.isWord(i-2, "of") {
			return match{start: i - 1, end: i + 2, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		// "in the years that followed", "for the first time in years";
		// not "the weeks before the shooting", whose value is a date
		// set by the event
		if p.isWord(i-1, "the") && p.isWord(i+1, "that") && p.isWord(i+2, "followed") ||
			p.isWord(i-1, "in") && p.isWord(i-2, "time") {
			return match{start: i, end: i + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
		return match{}, false
	}
	// "the worst single-day decline": a span of one unit
	if p.isWord(i, "single") && p.isPunct(i+1, "-") && p.attached(i+1) && p.attached(i+2) {
		if u, w, ok := p.unitAt(i + 2); ok && !plural(w) && u.code != "WE" {
			return match{start: i, end: i + 3, typ: TypeDuration, val: durationValue(1, u)}, true
		}
	}
	// "a day-long meeting", "a week-long strike"
	if u, w, ok := p.unitAt(i); ok && !plural(w) && !u.time && p.isPunct(i+1, "-") && p.attached(i+1) && p.isWord(i+2, "long") && p.attached(i+2) {
		return match{start: i, end: i + 3, typ: TypeDuration, val: durationValue(1, u)}, true
	}
	half := false
	n, j, ok := p.count(i, true)
	if !ok {
		return match{}, false
	}
	if p.isWord(i, "one") && p.isWord(j, "day") && (p.isWord(i-1, "will", "would", "could", "may", "might", "can", "should", "shall") ||
		p.isWord(i-1, "to", "he", "she", "they", "we", "i", "you") && j+1 < len(p.t) && p.t[j+1].kind() == kWord && !p.t[j+1].upper() &&
			!p.isWord(j+1, "at", "of", "and", "or", "in", "to", "for", "after", "before", "later", "earlier", "ago", "the", "a")) {
		// "hopes to one day become", "the hope he one day follow" too
		// "Islam will one day be …": some day ahead
		return match{start: i, end: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
	}
	if e, ok := p.rangeEnd(n, j); ok && !p.isWord(i-1, "between", "aged", "ages", "age") {
		if u, w, ok := p.unitAt(e); ok && plural(w) && u.code != "WE" && p.isWord(e+1, "ago") {
			// "two or three days ago": about the farther count back
			n2, _, _ := p.count(j+1, false)
			m := p.ago(i, e+2, n2, u)
			m.mod = "APPROX"
			return m, true
		}
		// "two to three weeks", "12 to 18 months", "three or four days":
		// one duration whose count is a range, underspecified (PXW) as
		// TimeML writes an unknown count
		if u, w, ok := p.unitAt(e); ok && plural(w) && u.code != "WE" && !p.isWord(e+1, "ago", "earlier", "later", "old") && !p.isPunct(e+1, "-") {
			return match{start: i, end: e + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
	}
	if p.isWord(i-1, "between") && n >= 0 && p.isWord(j, "and", "to") {
		// "between 60 and 90 days", "between two to six days": the first
		// bound is a span of the same unit, as the second is
		if n2, k, ok := p.count(j+1, false); ok && n2 > n {
			if u, _, ok := p.unitAt(k); ok && u.code != "WE" {
				return match{start: i, end: j, typ: TypeDuration, val: durationValue(n, u)}, true
			}
		}
	}
	if n < 0 && p.isWord(i, "several", "many", "multi") && p.isPunct(j, "-") && p.attached(j) && p.attached(j+1) {
		// "a several-year decline": a span of some years
		if u, w, ok := p.unitAt(j + 1); ok && !plural(w) && u.code != "WE" && u.code != "Q" {
			return match{start: i, end: j + 2, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
	}
	if n < 0 && p.word(i) != "a" && !plural(p.word(j)) {
		return match{}, false
	}
	hyph := false
	if p.isPunct(j, "-") && p.attached(j) && p.attached(j+1) {
		hyph = true
		j++
	}
	// "six straight days", "two consecutive quarters", "three more
	// weeks", "two full years", "eight trading days"
	if !hyph && p.isWord(j, "straight", "consecutive", "successive", "more", "full", "whole", "additional", "trading", "business", "working", "calendar") {
		if _, _, ok := p.unitAt(j + 1); ok && plural(p.word(j+1)) && n != 1 {
			j++
		}
	}
	// "an additional year", "a full week", "an extra day"
	if !hyph && n == 1 && p.isWord(i, "a", "an", "one") && p.isWord(j, "additional", "full", "whole", "extra", "further", "entire") {
		if u, w, ok := p.unitAt(j + 1); ok && !plural(w) && !u.time && u.code != "Q" && u.code != "WE" {
			return match{start: i, end: j + 2, typ: TypeDuration, val: durationValue(1, u)}, true
		}
	}
	// "two and a half years", "5 1/2 hours"
	if p.isWord(j, "and") && p.isWord(j+1, "a") && p.isWord(j+2, "half") {
		half = true
		j += 3
	} else if n >= 0 && p.t[i].kind() == kNum && p.isPunct(j+1, "/") && p.attached(j+1) && p.attached(j+2) {
		if a, _, ok := p.numTok(j); ok && a == 1 {
			if b, _, ok := p.numTok(j + 2); ok && b == 2 {
				half = true
				j += 3
			}
		}
	}
	u, w, ok := p.unitAt(j)
	if !ok {
		return match{}, false
	}
	if n == 1 && plural(w) && (p.word(i) == "a" || p.word(i) == "an") {
		return match{}, false
	}
	if n == 1 && !half && !hyph && p.isWord(i, "a", "an") && p.isWord(i-1, "half") && !p.isWord(i-2, "and") && (!u.time || u.code == "H") && u.code != "Q" && u.code != "WE" {
		// "half a century" is fifty years, "half an hour" thirty minutes
		//; "two and a half years" is read above
		return match{start: i - 1, end: j + 1, typ: TypeDuration, val: halfValue(0, u)}, true
	}
	if !hyph && p.isPunct(j+1, "-") && p.attached(j+1) && p.isWord(j+2, "earlier", "ago") && p.attached(j+2) {
		return match{}, false // "a year-earlier loss": the year-ago adjective
	}
	if n > 1 && !plural(w) && !hyph {
		// "a two day visit", "a six year term": a compound before a noun;
		// not "10 second" (an ordinal) or a bare "2 year"
		nw := p.word(j + 1)
		if w == "second" || nw == "" || p.t[j+1].upper() || nw == "and" || nw == "or" || nw == "of" || nw == "ago" {
			return match{}, false
		}
	}
	if w == "second" && !hyph && p.word(j+1) != "" && p.word(j+1) != "ago" && p.word(j+1) != "later" && p.word(j+1) != "earlier" {
		return match{}, false // "a second round", "one second thought"
	}
	if w == "second" && !hyph && p.isPunct(j+1, "-") && p.attached(j+1) {
		return match{}, false // "a second-half substitute", "the second-largest"
	}
	if u.code == "Q" && !(plural(w) && n != 1 && !hyph) {
		return match{}, false // "a quarter of the votes", "one-quarter"
	}
	end := j + 1
	// "a year and a half"
	if !half && p.isWord(end, "and") && p.isWord(end+1, "a") && p.isWord(end+2, "half") {
		half = true
		end += 3
	}
	if hyph && p.isPunct(end, "-") && p.attached(end) && p.isWord(end+1, "long") {
		end += 2
	}
	if p.isPunct(end, "-") && p.attached(end) && p.isWord(end+1, "old", "olds") || p.isWord(end, "old") {
		return match{}, false // ages ("6-year-old", "52 years old") are not times
	}
	val := durationValue(n, u)
	if half && n >= 0 {
		val = halfValue(n, u)
	}
	// SET: "once a week", "three times a year", "$5 a day"
	if p.word(i) == "a" && !plural(w) && !hyph {
		if pw := p.word(i - 1); pw == "times" || pw == "once" || pw == "twice" || pw == "thrice" {
			start := i - 1
			if pw == "times" {
				if _, k, ok := p.count(i-2, false); ok && k == i-1 {
					start = i - 2
				}
			}
			return match{start: start, end: end, typ: TypeSet, val: durationValue(1, u)}, true
		}
	}
	// a rate: "$1.76 a year", "358,000 a month", "four flights a week"
	if (p.word(i) == "a" || p.word(i) == "an") && !plural(w) && !hyph && p.rateBefore(i-1) && !p.isWord(end, "ago", "earlier", "later", "before", "after") {
		return match{start: i, end: end, typ: TypeSet, val: durationValue(1, u)}, true
	}
	// "in two weeks' time", "in a month's time": N units from now
	if p.isPunct(end, "'") || p.isPunct(end, "\u2019") {
		k := end + 1
		if p.isWord(k, "s") && p.attached(k) {
			k++
		}
		if p.isWord(k, "time") && p.isWord(i-1, "in", "within") {
			return p.fromNow(i, k+1, n, u), true
		}
	}
	if p.isWord(end, "or") && p.isWord(end+1, "so") && p.isWord(end+2, "ago") {
		// "a week or so ago": about a week ago
		m := p.ago(i, end+3, n, u)
		m.mod = "APPROX"
		return m, true
	}
	if p.isWord(i-1, "in") && n == 1 && !plural(w) && !hyph && p.isWord(end, "or") && p.isWord(end+1, "two") && (end+2 >= len(p.t) || p.t[end+2].kind() == kPunct) {
		// "You may, in a year or two, save more lives": some time ahead
		return match{start: i, end: end + 2, typ: TypeDate, val: "FUTURE_REF"}, true
	}
	// N units ago / earlier / later / before / after
	switch p.word(end) {
	case "ago":
		return p.ago(i, end+1, n, u), true
	case "earlier", "before", "later", "after", "afterwards", "afterward", "on":
		if p.word(end) == "on" && !p.isPunct(end+1, ",") && !p.isPunct(end+1, ".") {
			break
		}
		if p.word(end) == "on" && !(p.lastOK && i-p.lastEnd < 200) {
			// "Three years on, survivors still wait": with no earlier
			// date to count from, the span since the event, written now
			break
		}
		if p.word(end) == "after" || p.word(end) == "before" {
			// "two days after the attack": a duration followed by an event
			if nw := p.word(end + 1); nw != "" && nw != "that" {
				break
			}
		}
		if u.time {
			// "two hours later", "a minute and a half later": with no
			// clock time to count from, the span itself is the
			// expression, and "later" a signal (as TimeML annotates it)
			break
		}
		if p.isWord(end+1, "than") && (p.word(end) == "later" || p.word(end) == "earlier") {
			// "arrives on November 11, three days later than planned":
			// in apposition to a date, that date; else the difference
			if p.isPunct(i-1, ",") && p.lastOK && p.lastEnd == i-1 {
				return match{start: i, end: end + 1, typ: TypeDate, val: fmtDay(p.last), rel: "previous", day: p.last, hasDay: true}, true
			}
			break
		}
		dir := 1
		if p.word(end) == "earlier" || p.word(end) == "before" {
			dir = -1
		}
		return p.later(i, end+1, n, u, dir), true
	case "from":
		if p.isWord(end+1, "now") {
			return p.fromNow(i, end+2, n, u), true
		}
		if m, ok := p.fromDay(i, end+1, n, u); ok {
			return m, true
		}
	}
	return match{start: i, end: end, typ: TypeDuration, val: val}, true
}

// vague: durations of no stated length or unit, PXX as TimeML writes
// them: "for a while", "for quite some time", "a fairly lengthy period
// (of time)". "a while" and "some time" are spans only after "for" ("some
// time next week" is a date, "once in a while" a frequency).
func (p *parser) vague(i int) (match, bool) {
	j := i
	switch {
	case p.isWord(j, "a") && p.isWord(j+1, "while"):
		j += 2
	case p.isWord(j, "a") && p.isWord(j+1, "little") && p.isWord(j+2, "while"):
		j += 3
	case p.isWord(j, "some") && p.isWord(j+1, "time") && !p.isPunct(j+2, "-"):
		j += 2
	case p.isWord(i, "a") && p.isWord(i+1, "later", "future") && p.isWord(i+2, "date"):
		// "will be decided at a later date": some day ahead
		return match{start: i, end: i + 3, typ: TypeDate, val: "FUTURE_REF"}, true
	case p.isWord(i, "a"):
		k := i + 1
		if p.isWord(k, "fairly", "very", "rather", "relatively") {
			k++
		}
		if !p.isWord(k, "lengthy", "long", "extended", "prolonged") || !p.isWord(k+1, "period") {
			return match{}, false
		}
		e := k + 2
		if p.isWord(e, "of") && p.isWord(e+1, "time") {
			e += 2
		}
		return match{start: i, end: e, typ: TypeDuration, val: "PXX"}, true
	default:
		return match{}, false
	}
	start := i
	if p.isWord(i-1, "quite") && p.free(i-1) {
		start = i - 1 // "for quite a while", "for quite some time"
	}
	if !p.isWord(start-1, "for") || p.isWord(j, "ago", "later", "before", "after", "back") {
		return match{}, false
	}
	return match{start: start, end: j, typ: TypeDuration, val: "PXX"}, true
}

// durativeBefore reports whether the expression at i is the length of
// something: the object of "for" or of a verb of spending time ("has
// spent the last year making films", "for the past year"), so that "the
// last year" is a span (P1Y), not the previous calendar year.
func (p *parser) durativeBefore(i int) bool {
	k := i - 1
	if p.isWord(k, "of") && p.isWord(k-1, "most", "much", "all", "part") {
		k -= 2 // "spent most of the past year"
	}
	switch p.word(k) {
	case "for":
		// not a reporting period: "posted a profit for the last year of
		// $2.7 billion" is that year's
		return !resultNouns[p.word(k-1)] && !p.isWord(i+3, "of")
	case "spent", "spend", "spends", "spending", "lasted", "last", "lasts", "lasting", "throughout":
		return true
	}
	return false
}

// resultNouns are the figures a report gives for a period ("profit for
// the year").
var resultNouns = map[string]bool{
	"profit": true, "profits": true, "loss": true, "losses": true, "sales": true,
	"revenue": true, "revenues": true, "earnings": true, "income": true, "results": true,
	"figures": true, "growth": true, "dividend": true, "deficit": true, "surplus": true,
}

// rangeEnd reads the upper bound of a range of counts whose lower bound
// n ends before token j ("two to three", "12 to 18", "three or four",
// "12-18") and returns the index after it.
func (p *parser) rangeEnd(n, j int) (int, bool) {
	if n < 0 {
		return 0, false
	}
	if !p.isWord(j, "to", "or") && !(p.isPunct(j, "-") && p.attached(j) && p.attached(j+1)) {
		return 0, false
	}
	n2, e, ok := p.count(j+1, false)
	if !ok || n2 <= n {
		return 0, false
	}
	return e, true
}

// rate reports whether m is an amount per unit of time ("$1.76 a year",
// "four flights a week", "100 cars per year", "rise 8.5% annually",
// "10,000 units annually"). TimeML leaves such rates unannotated, as it
// does speeds ("60 miles per hour"): TimeBank and AQUAINT tag 6 of 18.
// A frequency of events stays a set ("twice a week", "held annually",
// "three days per week").
func (p *parser) rate(m match) bool {
	if m.typ != TypeSet {
		return false
	}
	k := m.start - 1
	if k < 0 {
		return false
	}
	switch p.word(m.start) {
	case "a", "an", "per":
		if _, _, ok := p.unitAt(k); ok {
			return false // "seven days a week", "24 hours a day": how often
		}
		return p.rateBefore(k)
	case "annually", "yearly", "monthly", "weekly", "daily", "hourly":
		if m.end != m.start+1 {
			return false
		}
		if p.t[k].kind() == kNum || p.isPunct(k, "%") || amountWords[p.word(k)] {
			return true // "by 20% annually", "C$17.9 million annually"
		}
		// "10,000 units annually": a counted plural noun
		w := p.word(k)
		return k > 0 && len(w) > 3 && w[len(w)-1] == 's' && (p.t[k-1].kind() == kNum || amountWords[p.word(k-1)])
	}
	return false
}

// amountWords end a written amount ("$2 million", "20 percent").
var amountWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "thousand": true, "hundred": true,
	"percent": true, "cents": true, "dollars": true,
}

// rateBefore reports whether token k ends a quantity that "a year", "a
// week" turns into a rate: a number, an amount word, or a plural noun.
func (p *parser) rateBefore(k int) bool {
	if k < 0 {
		return false
	}
	if p.t[k].kind() == kNum || p.isPunct(k, "%") {
		return true
	}
	w := p.word(k)
	if amountWords[w] || w == "people" || numberWords[w] > 1 && w != "dozen" {
		return true // "ten a month"
	}
	if _, ok := units[w]; ok && plural(w) && k > 0 && (p.t[k-1].kind() == kNum || numberWords[p.word(k-1)] > 1) {
		return true // "24 hours a day", "seven days a week"
	}
	return len(w) > 3 && w[len(w)-1] == 's' && !notPlural[w] && units[w].code == "" && !durationPreps[w]
}

// halfValue formats n and a half units the way TimeML writes it: carried
// into the next smaller unit where that is exact ("2 1/2 years" P2Y6M,
// "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S, "a day and a
// half" P1DT12H), decades and centuries in years (P15Y), and a decimal
// fraction only where no smaller unit divides evenly (P1.5M, P1.5W).
// inSpan reports whether the bare plural unit at i closes a clause after
// "in" ("losing them in minutes", "in just minutes.", "their highest
// level in years,"): an unknown span, not the start of a phrase ("in
// years past", "in minutes of the meeting").
func (p *parser) inSpan(i int) bool {
	k := i - 1
	if p.isWord(k, "just", "only", "mere", "a", "few") {
		if p.isWord(k, "few") && p.isWord(k-1, "a") {
			return false // "in a few minutes" is counted elsewhere
		}
		k--
	}
	if !p.isWord(k, "in") {
		return false
	}
	return i+1 >= len(p.t) || p.t[i+1].nl() || p.t[i+1].kind() == kPunct && p.tok(i+1) != "-" && p.tok(i+1) != "'" && p.tok(i+1) != "’"
}

func halfValue(n int, u unit) string {
	c := strconv.Itoa(n)
	switch {
	case u.code == "Y":
		if n == 0 {
			return "P6M"
		}
		return "P" + c + "Y6M"
	case u.code == "D":
		if n == 0 {
			return "PT12H"
		}
		return "P" + c + "DT12H"
	case u.code == "H":
		if n == 0 {
			return "PT30M"
		}
		return "PT" + c + "H30M"
	case u.code == "M" && u.time:
		if n == 0 {
			return "PT30S"
		}
		return "PT" + c + "M30S"
	case u.code == "DE":
		return "P" + strconv.Itoa(10*n+5) + "Y"
	case u.code == "CE":
		return "P" + strconv.Itoa(100*n+50) + "Y"
	case u.code == "FN":
		return "P" + strconv.Itoa(2*n+1) + "W"
	case u.code == "WE":
		return "P" + strconv.Itoa(2*n+1) + "D"
	}
	f := c + ".5"
	if u.time {
		return "PT" + f + u.code
	}
	return "P" + f + u.code
}

// ago resolves "N units ago" against the anchor at the unit's precision;
// negative n means "from now".
func (p *parser) ago(i, end, n int, u unit) match {
	m := match{start: i, end: end, typ: TypeDate, rel: "article"}
	if n == -1 {
		m.val = "PAST_REF"
		return m
	}
	if !p.known {
		m.val = unknownAt(u.code)
		return m
	}
	code := u.code
	if u.time {
		code = "D"
	}
	// an "ago" that opens a sentence or a quote ("Two years ago nobody
	// believed us") is a time the story tells of, not the period a
	// reported figure is set against ("from $6 million a year ago")
	opens := i == 0 || p.boundary(i-1)
	if v, ok := p.reportedBack(i, n); ok && code == "Y" && !opens {
		m.val, m.rel = v, "previous"
		return m
	}
	if v, ok := p.monthBack(i, n); ok && code == "Y" {
		m.val, m.rel = v, "previous"
		return m
	}
	if !u.time && n > 0 && end < len(p.t) && !p.t[end].nl() {
		// "a week ago today", "two weeks ago Friday": that day, n units
		// back; not "a week ago Friday's" nor "a week ago Friday night"
		var base time.Time
		switch {
		case p.isWord(end, "today"):
			base = p.anchor
		case p.isWord(end, "yesterday"):
			base = p.anchor.AddDate(0, 0, -1)
		case p.isWord(end, "on") && p.weekdayAt(end+1) && !p.possessive(end+1) && !p.isWord(end+2, "night", "morning", "afternoon", "evening"):
			// "Forty years ago on Monday, students stormed …": the
			// anniversary falls on that day, n units after the event
			end++
			base = weekdayOnOrBefore(p.anchor, p.weekdayNum(end), false)
		case p.weekdayAt(end) && !p.possessive(end) && !p.isWord(end+1, "night", "morning", "afternoon", "evening"):
			base = weekdayOnOrBefore(p.anchor, p.weekdayNum(end), false)
		}
		if !base.IsZero() {
			t := shift(base, -n, code)
			m.end, m.val, m.day, m.hasDay = end+1, fmtDay(t), t, true
			return m
		}
		if code == "Y" && p.isWord(end, "this") && p.isWord(end+1, "month") {
			// "Forty years ago this month": the month of the
			// anniversary, n years back, not this month
			m.end, m.val = end+2, atGranularity(shift(p.anchor, -n, code), "M")
			return m
		}
	}
	t := shift(p.anchor, -n, code)
	if code == "W" && n <= 2 && !p.weekdayAt(end) {
		// "a week ago", "two weeks ago": news points at a day, the same
		// weekday one or two weeks back, as TimeBank and MEANTIME
		// annotate it ("up from $5 a week ago"); "six weeks ago" is a
		// week ("a week ago Friday night" keeps the week: the night is
		// another day's)
		m.val, m.day, m.hasDay = fmtDay(t), t, true
		return m
	}
	m.val = atGranularity(t, code)
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m
}

// fromNow resolves "N units from now" and "in N units' time" forward
// from the anchor at the unit's precision; an unknown count is
// FUTURE_REF.
// fromDay reads "a week from Monday", "two weeks from today", "10 days
// from tomorrow": n units after the day named at token k, the coming
// one for a weekday. It is one day.
func (p *parser) fromDay(i, k, n int, u unit) (match, bool) {
	if n <= 0 || u.time || u.code != "D" && u.code != "W" && u.code != "M" && u.code != "Y" ||
		p.isWord(k+1, "to", "through", "thru", "until", "till") || p.isPunct(k+1, "-") {
		return match{}, false // "three days from Monday to Thursday": a span
	}
	m := match{start: i, end: k + 1, typ: TypeDate, rel: "article"}
	var base time.Time
	switch {
	case p.isWord(k, "today", "tomorrow", "yesterday"):
		base = p.anchor.AddDate(0, 0, map[string]int{"today": 0, "tomorrow": 1, "yesterday": -1}[p.word(k)])
	case p.weekdayAt(k) && !p.possessive(k):
		base = weekdayOnOrAfter(p.anchor, p.weekdayNum(k), false)
	default:
		return match{}, false
	}
	if !p.known {
		m.val = "XXXX-XX-XX"
		return m, true
	}
	t := shift(base, n, u.code)
	m.val, m.day, m.hasDay = fmtDay(t), t, true
	return m, true
}

func (p *parser) fromNow(i, end, n int, u unit) match {
	m := match{start: i, end: end, typ: TypeDate, rel: "article"}
	if n < 0 {
		m.val = "FUTURE_REF"
		return m
	}
	if !p.known {
		m.val = unknownAt(u.code)
		return m
	}
	code := u.code
	if u.time {
		code = "D"
	}
	t := shift(p.anchor, n, code)
	m.val = atGranularity(t, code)
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m
}

// later resolves "N units later/earlier" against the previous date in
// the text (or the anchor).
func (p *parser) later(i, end, n int, u unit, dir int) match {
	m := match{start: i, end: end, typ: TypeDate}
	code := u.code
	if (code == "DE" || code == "CE") && n > 0 {
		// "a decade later": ten years on from the year named before,
		// a year, not the decade it falls in
		if code == "DE" {
			n *= 10
		} else {
			n *= 100
		}
		code = "Y"
	}
	if u.time {
		code = "D"
	}
	if n < 0 {
		if dir > 0 {
			// "A few days later, the company announced …": later than
			// the story's last event, not the future of the article; the
			// span is the expression and "later" a signal
			return match{start: i, end: end - 1, typ: TypeDuration, val: durationValue(-1, u)}
		}
		m.val = "PAST_REF"
		return m
	}
	if v, ok := p.reportedBack(i, n); ok && code == "Y" && dir < 0 {
		m.val, m.rel = v, "previous"
		return m
	}
	if v, ok := p.monthBack(i, n); ok && code == "Y" && dir < 0 {
		m.val, m.rel = v, "previous"
		return m
	}
	if p.appositiveToDay(i) {
		// "On Monday, about three months later, a grand jury …": the
		// day just named is that point, not the one to count from
		m.val, m.rel = atGranularity(p.last, code), "previous"
		if code == "D" {
			m.day, m.hasDay = p.last, true
		}
		return m
	}
	if code == "D" || code == "W" {
		if day, ok := p.eventAfter(end, dir); ok {
			// "two days later, after the March 16 vote": from that vote
			t := shift(day, dir*n, code)
			m.val, m.rel = atGranularity(t, code), "previous"
			if code == "D" {
				m.day, m.hasDay = t, true
			}
			return m
		}
		if v, ok := p.fromWeek(i, dir*n, code); ok {
			// "arrested last week. A day earlier, …": that week
			m.val, m.rel = v, "previous"
			return m
		}
		if v, ok := p.fromCoarse(i, dir*n, code); ok {
			// "In August, … two days later": a day of that August at best
			m.val, m.rel = v, "previous"
			return m
		}
	}
	if code == "Y" || code == "M" {
		// "jailed in 2003 and freed three years later": from the year
		// or month named since the last full date
		return p.fromRef(i, end, dir*n, code)
	}
	ref, rel, ok := p.ref(i)
	if !ok {
		m.val = unknownAt(code)
		return m
	}
	m.rel = rel
	t := shift(ref, dir*n, code)
	m.val = atGranularity(t, code)
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m
}

// appositiveToDay reports whether the expression at i follows the last
// day-precision date with only a comma and a quantity modifier between
// ("On Monday, about three months later"): the two name one moment.
func (p *parser) appositiveToDay(i int) bool {
	if !p.lastOK || p.lastEnd >= i || i-p.lastEnd > 3 || !p.isPunct(p.lastEnd, ",") {
		return false
	}
	for k := p.lastEnd + 1; k < i; k++ {
		if !p.isWord(k, "about", "around", "some", "nearly", "almost", "roughly", "exactly", "just") {
			return false
		}
	}
	return true
}

// setExpr: "every week", "each year", "every Monday", "every two weeks",
// "daily", "per year", "Mondays", "Tuesday nights".
func (p *parser) setExpr(i int) (match, bool) {
	w := p.word(i)
	if v, ok := get(p.in(i, cSet), sets, w); ok {
		if w == "daily" && i+1 < len(p.t) && p.t[i+1].upper() && p.t[i+1].kind() == kWord && !p.t[i+1].nl() {
			return match{}, false // "the Communist Party daily Granma": a newspaper
		}
		if v == "TNI" {
			v = "XXXX-XX-XXTNI"
		}
		return match{start: i, end: i + 1, typ: TypeSet, val: v}, true
	}
	if wd, ok := get(p.in(i, cWeekday), weekdays, w); ok && p.t[i].upper() {
		// "Tuesday nights": a weekday with a plural part of day recurs
		if pw := p.word(i + 1); len(pw) > 5 && pw[len(pw)-1] == 's' && pw != "overnights" {
			if part, ok := dayParts[pw[:len(pw)-1]]; ok {
				return match{start: i, end: i + 2, typ: TypeSet, val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + part}, true
			}
		}
	}
	if len(w) > 6 && w[len(w)-1] == 's' {
		if wd, ok := weekdays[w[:len(w)-1]]; ok && p.t[i].upper() {
			return match{start: i, end: i + 1, typ: TypeSet, val: "XXXX-WXX-" + strconv.Itoa(wd)}, true
		}
	}
	if w != "every" && w != "each" && w != "per" {
		return match{}, false
	}
	j := i + 1
	n := 1
	if p.isWord(j, "other") && w == "every" {
		n, j = 2, j+1
	} else if c, k, ok := p.count(j, false); ok && c > 0 {
		n, j = c, k
	}
	uw := p.word(j)
	if wd, ok := weekdays[uw]; ok {
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		e := j + 1
		if part, ok := dayParts[p.word(e)]; ok && part != "" {
			v += "T" + part
			e++
		}
		return match{start: i, end: e, typ: TypeSet, val: v}, true
	}
	if part, ok := dayParts[uw]; ok && uw != "overnight" {
		return match{start: i, end: j + 1, typ: TypeSet, val: "XXXX-XX-XXT" + part}, true
	}
	if mo, ok := months[uw]; ok && p.t[j].upper() && !monthAbbrev(uw) {
		return match{start: i, end: j + 1, typ: TypeSet, val: "XXXX-" + pad2(mo)}, true
	}
	if code, ok := get(p.in(j, cSeason), seasons, uw); ok && n == 1 && !(uw == "fall" && p.isWord(j+1, "in", "of", "from", "to", "below")) {
		// "every spring", "each summer": the season of every year ("each
		// fall in prices" is no season)
		return match{start: i, end: j + 1, typ: TypeSet, val: "XXXX-" + code}, true
	}
	u, ok := units[uw]
	if !ok {
		return match{}, false
	}
	if u.code == "WE" {
		return match{start: i, end: j + 1, typ: TypeSet, val: "XXXX-WXX-WE"}, true
	}
	return match{start: i, end: j + 1, typ: TypeSet, val: durationValue(n, u)}, true
}

// clock: "4:49 PM", "16:49", "4 p.m.", "noon", "midnight".
func (p *parser) clock(i int) (match, bool) {
	w := p.word(i)
	if w == "noon" || w == "midday" || w == "midnight" {
		if w == "noon" && p.isWord(i-1, "high") {
			return match{}, false // "high noon comes today": a showdown, not a clock time
		}
		if n := i + 1; p.t[i].upper() && n < len(p.t) && p.t[n].kind() == kWord && p.t[n].upper() && !p.t[n].nl() &&
			!p.weekdayAt(n) && !p.in(n, cMonth) && !timeZones[p.word(n)] {
			return match{}, false // "Midnight Mass", "Noon Prayer": a name
		}
		hm := "12:00"
		if w == "midnight" {
			hm = "24:00"
		}
		m := p.timeWithDay(i, i+1, hm)
		if w == "midnight" && (m.rel == "article" || m.rel == "previous" && p.todayDateline()) && m.end == i+1 && p.isWord(i-1, "before", "after", "at", "around", "about", "past", "near", "toward", "towards") && p.tense(i, i+1) < 0 {
			// "Troops entered the compound shortly before midnight" in
			// the day's paper: the midnight that began the article's
			// day, the end of the day before, not the one ahead (a
			// "midnight briefing" is a noun's modifier: left alone)
			m.val = fmtDay(p.anchor.AddDate(0, 0, -1)) + "T" + hm
		}
		return m, true
	}
	if e, h, ok := p.oclock(i); ok {
		if ap := p.ampm(e); ap > 0 {
			h = to24(h, ap)
			e = p.skipAMPM(e)
		}
		return p.timeWithDay(i, e, pad2(h)+":00"), true
	}
	h, dh, ok := p.numTok(i)
	if ok && dh == 4 && h/100 <= 23 && h%100 <= 59 && timeZones[p.word(i+1)] && p.t[i+1].upper() {
		// "0800 UTC", "1430 GMT": military time with a zone
		return p.timeWithDay(i, i+1, pad2(h/100)+":"+pad2(h%100)), true
	}
	if p.militaryHours(i) {
		// "at 1400 hours", "0215 hours": military time
		return p.timeWithDay(i, i+2, pad2(h/100)+":"+pad2(h%100)), true
	}
	if ok && dh == 4 && h/100 <= 23 && h%100 <= 59 && p.attachedNum(i) && p.isWord(i+1, "local") && p.isWord(i+2, "time") {
		// "at 0800 local time (0500 GMT)": military time of the place
		return p.timeWithDay(i, i+1, pad2(h/100)+":"+pad2(h%100)), true
	}
	if !ok || dh > 2 || h > 24 {
		return match{}, false
	}
	if pc := p.prevChar(i); isDigitOrLetter(pc) || pc == ':' || pc == '.' || pc == '$' || pc == '/' {
		return match{}, false
	}
	j := i + 1
	mi := -1
	if p.isPunct(j, ":") && p.attached(j) && p.attached(j+1) {
		if m, dm, ok := p.numTok(j + 1); ok && dm == 2 && m < 60 {
			mi = m
			j += 2
			if p.isPunct(j, ":") && p.attached(j) && p.attached(j+1) {
				if _, ds, ok := p.numTok(j + 1); ok && ds == 2 {
					j += 2
				}
			}
		} else {
			return match{}, false
		}
	} else if p.isPunct(j, ".") && p.attached(j) && p.attached(j+1) {
		// 4.30pm (British)
		if m, dm, ok := p.numTok(j + 1); ok && dm == 2 && m < 60 && p.ampm(j+2) > 0 {
			mi = m
			j += 2
		}
	}
	ap := p.ampm(j)
	if ap == 0 && h >= 1 && h <= 12 && (mi >= 0 || p.isWord(i-1, "from", "between")) {
		// "from 7:30 to 9:30 p.m.", "from 6 to 10 p.m.": the start of a
		// range takes the meridiem of its end when it is no later
		if eh, eap := p.rangeMeridiem(j); eap > 0 && (h%12 <= eh%12) {
			h = to24(h, eap)
			if mi < 0 {
				mi = 0
			}
			hm := pad2(h) + ":" + pad2(mi)
			m := p.timeWithDay(i, j, hm)
			if em, ok := p.rangeEndClock(j + 1); ok && len(em.val) > 11 && em.val[len(em.val)-6] == 'T' {
				// the day of the range is the day of its end ("4:30-7:30
				// p.m. Thursday, April 2")
				m.val, m.rel = em.val[:len(em.val)-5]+hm, em.rel
			}
			return m, true
		}
	}
	if ap == 0 && h >= 1 && h <= 12 && p.isWord(j, "in") && p.isWord(j+1, "the") && p.isWord(j+2, "morning", "afternoon", "evening") && (mi >= 0 || p.isWord(i-1, "at", "by", "until", "from", "around", "about", "before", "after")) {
		// "at 4 in the morning", "at 7:30 in the evening"
		if !p.isWord(j+2, "morning") && h < 12 {
			h += 12
		}
		if p.isWord(j+2, "morning") && h == 12 {
			h = 0
		}
		if mi < 0 {
			mi = 0
		}
		return p.timeWithDay(i, j+3, pad2(h)+":"+pad2(mi)), true
	}
	if ap == 0 && mi < 0 {
		return match{}, false
	}
	if ap == 0 {
		// "16:49" — require a plausible clock (not a score "3:2" or ratio)
		if dh != 2 && !p.isWord(i-1, "at", "by", "until", "from", "before", "after", "around") {
			return match{}, false
		}
		if i > 0 && p.t[i-1].kind() == kWord && p.t[i-1].upper() && !p.boundary(i-1) && !(i == 1 || p.boundary(i-2)) && !p.dayAt(i-1) &&
			!p.isWord(i-1, "at", "by", "until", "from", "before", "after", "around") {
			return match{}, false // "Romans 15:13": a chapter and verse
		}
	}
	end := j
	if ap > 0 {
		if h > 12 || h == 0 {
			return match{}, false
		}
		end = p.skipAMPM(j)
		h = to24(h, ap)
	}
	if mi < 0 {
		mi = 0
	}
	hm := pad2(h) + ":" + pad2(mi)
	m := p.timeWithDay(i, end, hm)
	if m.end == end {
		if d := p.rangeEndDay(end); d != "" {
			// "between 6:50 a.m. and 7:30 a.m. Wednesday": the day of
			// the range's end
			m.val = d + "T" + hm
		}
		p.overnightEnd(i, &m, h) // "from 10 p.m. to 5 a.m."
	}
	return m, true
}

// rangeEndClock reads the clock time that ends a range at token i, once:
// the end of a range is not itself read as the start of another, so
// that a long chain "1 to 2 to 3 p.m. …" costs linear time.
func (p *parser) rangeEndClock(i int) (match, bool) {
	if p.inRange {
		return match{}, false
	}
	p.inRange = true
	m, ok := p.clock(i)
	p.inRange = false
	return m, ok
}

// rangeEndDay returns the date written after the end of a range of clock
// times that starts before token j ("to 7:30 a.m. Wednesday", "and 9
// p.m. on March 3"), "" when the end names no day.
func (p *parser) rangeEndDay(j int) string {
	if !(p.isWord(j, "to", "until", "till", "and") || p.isPunct(j, "-") || p.isPunct(j, "\u2013")) {
		return ""
	}
	if _, _, ok := p.numTok(j + 1); !ok {
		return ""
	}
	em, ok := p.rangeEndClock(j + 1)
	if !ok || em.typ != TypeTime {
		return ""
	}
	for k := j + 2; k < em.end; k++ {
		if p.dayAt(k) || p.isWord(k, "today", "yesterday", "tomorrow") {
			if t := strings.LastIndexByte(em.val, 'T'); t > 0 {
				return em.val[:t]
			}
		}
	}
	// "between 8 a.m. and 6 p.m. on May 25": the day is an expression of
	// its own after the end
	return p.nextDay(em.end)
}

// rangeMeridiem reads the end of a range of clock times at token j ("to
// 9:30 p.m.", "-10 pm", "until 3 p.m.") and returns its hour (1-12) and
// meridiem (1 a.m., 2 p.m.; 0 when there is no such end).
func (p *parser) rangeMeridiem(j int) (int, int) {
	if !(p.isWord(j, "to", "until", "till") || p.isPunct(j, "-") || p.isPunct(j, "–")) {
		return 0, 0
	}
	h, dh, ok := p.numTok(j + 1)
	if !ok || dh > 2 || h < 1 || h > 12 {
		return 0, 0
	}
	k := j + 2
	if p.isPunct(k, ":") && p.attached(k) && p.attached(k+1) {
		if _, dm, ok := p.numTok(k + 1); !ok || dm != 2 {
			return 0, 0
		}
		k += 2
	}
	return h, p.ampm(k)
}

// oclock reads "10 o'clock" or "six o'clock" at token i and returns the
// index after it and the hour (1-12).
func (p *parser) oclock(i int) (int, int, bool) {
	h, dh, ok := p.numTok(i)
	if !ok {
		n, isWord := get(p.in(i, cNumber), numberWords, p.word(i))
		if !isWord || p.word(i) == "a" || p.word(i) == "an" {
			return 0, 0, false
		}
		h, dh, ok = n, 1, true
	}
	if dh > 2 || h < 1 || h > 12 {
		return 0, 0, false
	}
	j := i + 1
	if !p.isWord(j, "o") || !(p.isPunct(j+1, "'") || p.isPunct(j+1, "\u2019")) || !p.attached(j+1) || !p.isWord(j+2, "clock") || !p.attached(j+2) {
		return 0, 0, false
	}
	return j + 3, h, true
}

// timeZones are zone abbreviations written after a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "ist": true, "jst": true, "msk": true, "eet": true, "eest": true,
	"et": true, "pt": true, "ct": true, "aest": true, "aedt": true, "kst": true, "hkt": true,
	"wib": true, "sast": true, "pkt": true, "nzst": true, "nzdt": true,
	"pht": true, "sgt": true, "ict": true, "wat": true, "eat": true, "cat": true, "gst": true, "irst": true, "awst": true,
}

// zoneOffsets are the UTC offsets of the zone abbreviations a clock
// time carries into its value ("10:00 CET" is T10:00+01:00, "0700 GMT"
// T07:00Z). IST is India's (its most frequent use in news); ET, PT and
// CT name no season, so they carry none.
var zoneOffsets = map[string]string{
	"gmt": "Z", "utc": "Z",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
	"mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
	"bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00",
	"eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "pkt": "+05:00",
	"wib": "+07:00", "hkt": "+08:00", "jst": "+09:00", "kst": "+09:00",
	"aest": "+10:00", "aedt": "+11:00", "sast": "+02:00", "nzst": "+12:00",
	"nzdt": "+13:00",
	"pht":  "+08:00", "sgt": "+08:00", "awst": "+08:00", "ict": "+07:00", "wat": "+01:00",
	"cat": "+02:00", "eat": "+03:00", "gst": "+04:00", "irst": "+03:30",
}

// timeWithDay extends a clock time over a zone and a following day
// ("5 p.m. EST Nov. 9", "noon Saturday", "4 p.m. yesterday"), taking its
// date from that day.
func (p *parser) timeWithDay(start, end int, hm string) match {
	if p.isPunct(end, ".") && p.attached(end) && p.dayAfterClock(end+1) {
		end++ // "10 p.m. Wednesday": the stop closes "p.m.", not the sentence
	}
	k := end
	if timeZones[p.word(k)] {
		hm += zoneOffsets[p.word(k)]
		k++
	}
	kk := k
	if p.isPunct(kk, ",") {
		kk++
	}
	if p.isWord(kk, "on") {
		// "4 p.m. on Tuesday": two expressions; the time takes the day
		m := p.timeMatch(start, end, hm)
		if k > end {
			m.end = k
		}
		return m
	}
	var d match
	ok := false
	if _, wd := weekdays[p.word(kk)]; wd {
		d, ok = p.weekdayExpr(kk)
	} else if p.isWord(kk, "yesterday", "today", "tomorrow") {
		d, ok = p.deictic(kk)
	} else if p.isWord(kk, "tonight", "tonite") {
		d, ok = p.deictic(kk) // "8 p.m. tonight": the clock says the hour
		d.typ = TypeDate
	} else if _, mo := months[p.word(kk)]; mo {
		d, ok = p.monthExpr(kk)
	}
	if ok && d.hasDay && d.typ == TypeDate {
		return match{start: start, end: d.end, typ: TypeTime, val: fmtDay(d.day) + "T" + hm, rel: d.rel, day: d.day, hasDay: true}
	}
	m := p.timeMatch(start, end, hm)
	if k > end {
		m.end = k
	}
	return m
}

// dayAfterClock reports whether token k can carry the day of a clock
// time before it: a zone, weekday, month or today/yesterday/tomorrow.
func (p *parser) dayAfterClock(k int) bool {
	w := p.word(k)
	if w == "" {
		return false
	}
	if _, ok := weekdays[w]; ok {
		return true
	}
	if _, ok := months[w]; ok && p.t[k].upper() {
		return true
	}
	return timeZones[w] || w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight"
}

// ampm reports a.m. (1) or p.m. (2) at token j, 0 if neither.
func (p *parser) ampm(j int) int {
	w := p.word(j)
	switch w {
	case "am":
		// "4 am" but not "I am"
		return 1
	case "pm":
		return 2
	case "a", "p":
		if p.isPunct(j+1, ".") && p.attached(j+1) && p.isWord(j+2, "m") && p.attached(j+2) {
			if w == "a" {
				return 1
			}
			return 2
		}
	}
	return 0
}

func (p *parser) skipAMPM(j int) int {
	if p.isWord(j, "am", "pm") {
		return j + 1
	}
	j += 3 // a . m
	if p.isPunct(j, ".") && p.attached(j) {
		// keep the final full stop only when more of the sentence follows
		if j+1 < len(p.t) && !p.t[j+1].nl() && (!p.t[j+1].upper() && p.t[j+1].kind() == kWord || p.t[j+1].kind() == kPunct && strings.Contains(",;:()", p.tok(j+1))) {
			j++ // "at 7:15 p.m., after", "10:35 a.m. (0735 GMT)"
		}
	}
	return j
}

// timeMatch builds a TIME for a clock time hm on the day the context gives:
// a date just mentioned in the clause, else the anchor.
func (p *parser) timeMatch(start, end int, hm string) match {
	m := match{start: start, end: end, typ: TypeTime}
	nd := p.nextDay(end)
	switch {
	case nd != "":
		// the day written after the time wins over one just before it
		// ("… on Sunday. He died at 4:49 PM on Tuesday")
		m.val = nd + "T" + hm
	case p.lastOK && !p.lastBound && start >= p.lastEnd && !p.zonedStamp(start, end) && (start-p.lastEnd <= 8 || p.sameParagraph(p.lastEnd, start) && start-p.lastEnd <= 150 && p.tense(start, end) <= 0):
		// "On Saturday, police were called. He was shot at 10 p.m.": a
		// clock time in a narrative is on the day it tells of
		m.val, m.rel = fmtDay(p.last)+"T"+hm, "previous"
	case p.lastOK && !p.lastBound && start > p.lastEnd && p.leadClock(start, end):
		// "… exploded on Saturday." / "The blasts struck after 2 pm."
		m.val, m.rel = fmtDay(p.last)+"T"+hm, "previous"
	case p.known && p.zonedStamp(start, end):
		// "23:50 GMT — …", then "00:40 GMT — …": past midnight
		m.val, m.rel = fmtDay(p.anchor.AddDate(0, 0, p.stamps.day(start, hm)))+"T"+hm, "article"
	case p.known:
		m.val, m.rel = fmtDay(p.anchor)+"T"+hm, "article"
	default:
		m.val = "XXXX-XX-XXT" + hm
	}
	return m
}

// blogStamp reports whether the clock time [start,end) opens a line and
// a dash or a colon follows it: a live blog's entry stamp ("3:20 p.m. -
// Aid agencies said …", "09:40 GMT: Merkel said …"), on the day of the post, not of the day the entry
// before it looked ahead to.
func (p *parser) blogStamp(start, end int) bool {
	if start >= len(p.t) || !p.t[start].nl() && start > 0 {
		return false
	}
	if p.isPunct(end, ".") {
		end++
	}
	return p.isPunct(end, "-") || p.isPunct(end, "—") || p.isPunct(end, "–") || p.isPunct(end, ":") || p.bareStamp(start, end)
}

// sameParagraph reports whether tokens [from,to] lie in one paragraph:
// no line break between them.
func (p *parser) sameParagraph(from, to int) bool {
	for k := from; k <= to && k < len(p.t); k++ {
		if p.t[k].nl() {
			return false
		}
	}
	return true
}

// nextDay returns the day a clock time is attached to when a date follows
// it ("4 p.m. on Monday", "4 p.m. yesterday", "9 a.m. EST, on March 3").
func (p *parser) nextDay(j int) string {
	if p.isPunct(j, ".") && p.attached(j) && p.isWord(j-1, "m") {
		j++ // the stop of "a.m." left out of the extent
	}
	if timeZones[p.word(j)] {
		j++
	}
	if p.isWord(j, "local") && p.isWord(j+1, "time") {
		j += 2 // "3:30 a.m. local time (0030 GMT) on Sunday"
	}
	if p.isPunct(j, ")") {
		j++ // the end of a bracketed conversion, "(0030 GMT) on Sunday"
	}
	if p.isPunct(j, "(") {
		// skip a short bracketed conversion: "10:35 a.m. (0735 GMT) Friday"
		k := j + 1
		for k < len(p.t) && k <= j+8 && !p.isPunct(k, ")") {
			k++
		}
		if !p.isPunct(k, ")") {
			return ""
		}
		// the conversion may name the day: "at 4 in the morning (4
		// a.m. EDT Thursday)"
		if _, ok := weekdays[p.word(k-1)]; ok && p.known && p.t[k-1].upper() {
			if m, ok := p.weekdayExpr(k - 1); ok && m.hasDay {
				return fmtDay(m.day)
			}
		}
		if k > j+7 {
			return ""
		}
		j = k + 1
	}
	if p.isPunct(j, ",") {
		j++
	}
	if p.isWord(j, "on") {
		j++
	}
	switch w := p.word(j); {
	case !p.known && (w == "yesterday" || w == "today" || w == "tonight" || w == "tonite" || w == "tomorrow"):
		return "" // no day to count from; a written date still names its day
	case w == "yesterday":
		return fmtDay(p.anchor.AddDate(0, 0, -1))
	case w == "today" || w == "tonight" || w == "tonite":
		return fmtDay(p.anchor) // "at 8 p.m. tonight"
	case w == "tomorrow":
		return fmtDay(p.anchor.AddDate(0, 0, 1))
	}
	if _, ok := weekdays[p.word(j)]; ok {
		if m, ok := p.weekdayExpr(j); ok && m.hasDay {
			return fmtDay(m.day)
		}
	}
	if _, ok := months[p.word(j)]; ok {
		if m, ok := p.monthExpr(j); ok && m.hasDay {
			return fmtDay(m.day)
		}
	}
	if _, k, ok := p.dayNum(j); ok && p.isMonthWord(k) {
		// "at 6 p.m. on 25 May", "on 3rd May"
		if m, ok := p.dayMonth(j); ok && m.hasDay {
			return fmtDay(m.day)
		}
	}
	return ""
}

// theExpr: expressions that begin with "the": "the 1990s", "the past
// three years", "the past", "the future", "the following day", "the
// weekend", "the third quarter", "the same day".
func (p *parser) theExpr(i int) (match, bool) {
	if !p.isWord(i, "the") {
		if p.isWord(i, "that") && p.isWord(i+1, "year", "month") && !p.isPunct(i+2, "-") {
			// "that year": the year last mentioned
			return p.fromRef(i, i+2, 0, units[p.word(i+1)].code), true
		}
		if p.isWord(i, "that") && p.isWord(i+1, "week") && !p.isPunct(i+2, "-") && p.lastOK && i-p.lastEnd < 60 && p.lastYMEnd < p.lastEnd {
			// "The bomb exploded on March 4. Later that week, …": the
			// week of the day last told
			return match{start: i, end: i + 2, typ: TypeDate, val: fmtWeek(p.last), rel: "previous"}, true
		}
		if p.isWord(i, "that") && p.isWord(i+1, "quarter") && p.prevQ != "" && i-p.lastQEnd < 150 {
			return match{start: i, end: i + 2, typ: TypeDate, val: p.prevQ, rel: "previous"}, true
		}
		if part := dayParts[p.word(i+1)]; part != "" && p.isWord(i, "that") && p.word(i+1) != "overnight" && !p.isPunct(i+2, "-") &&
			!p.isWord(i-1, "said", "says", "say", "told", "believe", "believes", "believed", "think", "thinks", "thought",
				"know", "knows", "knew", "hope", "hoped", "feared", "fears", "warned", "added", "noted", "claimed", "insisted", "so", "such") {
			// "That night, paratroopers held the bridges", "left that
			// morning": a part of the day last mentioned ("said that
			// night falls" is a clause)
			return p.partOfRefDay(i, i+2, part), true
		}
		if p.isWord(i, "that") {
			if p.isWord(i+1, "day") || p.isWord(i+1, "same") && p.isWord(i+2, "day") {
				e := i + 2
				if p.word(i+1) == "same" {
					e++
				}
				return p.sameDay(i, e), true
			}
			if p.isWord(i+1, "time") && p.isWord(i-1, "by") && p.lastOK && i-p.lastEnd < 30 {
				// "finalized by June 10. If no price is agreed by that
				// time": the deadline just given
				return match{start: i, end: i + 2, typ: TypeDate, val: fmtDay(p.last), rel: "previous", day: p.last, hasDay: true}, true
			}
		}
		return match{}, false
	}
	j := i + 1
	w := p.word(j)
	if m, ok := p.dayOfMonth(i); ok {
		return m, true
	}
	if w == "week" && p.isWord(j+1, "of") {
		// "the week of March 6": the ISO week holding that day
		if m, ok := p.at(j + 2); ok && m.typ == TypeDate {
			if m.hasDay {
				return match{start: i, end: m.end, typ: TypeDate, val: fmtWeek(m.day), rel: m.rel}, true
			}
			if strings.HasPrefix(m.val, "XXXX-") && len(m.val) == len("XXXX-03-06") {
				return match{start: i, end: m.end, typ: TypeDate, val: "XXXX-WXX"}, true
			}
		}
	}
	if m, ok := p.holidayWeekend(i, j); ok {
		return m, true
	}
	if w == "second" || w == "third" || w == "fourth" {
		if m, ok := p.weekOfMonth(i, j); ok {
			return m, true
		}
	}
	switch w {
	case "same", "corresponding", "comparable":
		if m, ok := p.samePeriod(i, j+1); ok {
			return m, true
		}
		if w != "same" {
			break
		}
		fallthrough
	case "past", "last", "next", "coming", "previous", "first", "final", "following", "latest", "current", "near":
		// "the past three years", "the next few days", "the first nine months"
		if w == "near" && p.isWord(j+1, "term") && !p.isPunct(j+2, "-") {
			return match{start: i, end: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true // "in the near term"
		}
		if w == "latest" && p.isWord(j+1, "period") {
			return p.theYear(i, j)
		}
		k := j + 1
		n, k2, ok := p.count(k, false)
		counted := ok
		if ok {
			k = k2
			if e, ok := p.rangeEnd(n, k); ok && plural(p.word(e)) {
				n, k = -1, e // "the next 12 to 18 months"
			}
		} else {
			n = 1
		}
		if counted && p.isWord(k, "trading", "business", "working", "straight", "consecutive") && plural(p.word(k+1)) {
			k++ // "the past five trading days"
		}
		if w == "last" || w == "first" || w == "second" || w == "final" {
			if m, ok := p.weekOfMonth(i, j); ok {
				return m, true
			}
		}
		if !counted && p.isWord(k, "fiscal") && p.isWord(k+1, "year", "quarter") {
			k++ // "the current fiscal year", "the past fiscal year"
		}
		if counted && n == 2 && (w == "first" || w == "last") && p.isWord(k, "quarters") && p.isWord(k+1, "of") {
			// "the first two quarters of 1990" is its first half
			if y, e, ok := p.yearNum(k + 2); ok {
				h := "-H1"
				if w == "last" {
					h = "-H2"
				}
				return match{start: i, end: e, typ: TypeDate, val: fmtYear(y) + h}, true
			}
		}
		if u, uw, ok := p.unitAt(k); ok {
			if plural(uw) && !counted {
				n = -1 // "the past months", "the first hours"
			}
			if (w == "first" || w == "last" || w == "final") && !counted && !plural(uw) {
				if m, ok := p.ordinalUnitOf(i, j, k, w, u, uw); ok {
					return m, true
				}
			}
			// "over the past year", "in the last decade": the unit before
			// the article's, as TimeML annotates them
			if (w == "past" || w == "last") && !counted && !plural(uw) && !p.isWord(k+1, "and", "or") && !p.durativeBefore(i) {
				switch u.code {
				case "DE", "CE":
					if w == "past" {
						// "over the past decade" in 2008 is 1998-2008, the
						// ten years up to the article, which no decade
						// value names: a duration, as TimeML has it
						break
					}
					return p.fromAnchor(i, k+1, -1, u.code), true
				case "Y":
					// not "for the last month", a month-long span as often
					return p.fromAnchor(i, k+1, -1, u.code), true
				}
			}
			if w == "coming" && !counted && !plural(uw) && (u.code == "Y" || u.code == "M" || u.code == "W") && !p.isWord(i-1, "over", "within") && !p.durativeBefore(i) {
				// "exports in the coming year", "elections due in the
				// coming month": the next calendar unit, as "next year";
				// "over the coming year" stays a span
				return p.fromAnchor(i, k+1, 1, u.code), true
			}
			if plural(uw) && n == 1 && w != "past" && w != "coming" && w != "next" && w != "last" && w != "first" {
				return match{}, false
			}
			if !plural(uw) && n != 1 {
				return match{}, false
			}
			switch {
			case u.code == "Q" && !plural(uw):
				if w == "latest" || w == "past" || w == "last" || w == "previous" {
					return p.lastQuarter(i, k+1, w == "previous"), true
				}
				if w == "current" {
					return p.fromAnchor(i, k+1, 0, "Q"), true
				}
				if w == "first" || w == "final" || w == "last" {
					if q, ok := p.quarter(j); ok {
						q.start = i
						return q, true
					}
				}
				if w == "first" || w == "final" || w == "next" || w == "coming" || w == "following" {
					return match{}, false
				}
			case (w == "following" || w == "next") && !plural(uw) && (u.code == "D" || u.code == "W" || u.code == "M" || u.code == "Y"):
				if w == "next" && p.known && u.code != "D" {
					break // "the next year" is a duration as often as a date
				}
				if m, ok := p.dayAfterWeekend(i, k+1, 1, u.code); ok {
					return m, true
				}
				if m, ok := p.followingDayNoDay(i, j, k+1, u.code); ok {
					return m, true // "ruled the following day" with no day named
				}
				if u.code == "D" {
					if v, ok := p.fromCoarse(i, 1, u.code); ok {
						// "deposed him in April but stepped down the next
						// day": a day of that April, not the day after the
						// article's
						return match{start: i, end: k + 1, typ: TypeDate, val: v, rel: "previous"}, true
					}
				}
				return p.fromRef(i, k+1, 1, u.code), true
			case (w == "previous") && !plural(uw) && !u.time:
				if m, ok := p.dayAfterWeekend(i, k+1, -1, u.code); ok {
					return m, true
				}
				return p.fromRef(i, k+1, -1, u.code), true
			case w == "same" && !plural(uw) && u.code == "D" && k == j+1:
				return p.sameDay(i, k+1), true
			case w == "same" && !plural(uw) && !u.time:
				return p.fromRef(i, k+1, 0, u.code), true
			case w == "current" && !plural(uw) && !u.time:
				return p.fromAnchor(i, k+1, 0, u.code), true
			case w == "coming" && plural(uw) && k == j+1:
				// "the coming weeks": an unknown span ahead, as TimeBank
				// annotates it
				return match{start: i, end: k + 1, typ: TypeDuration, val: durationValue(-1, u)}, true
			case w == "near" && plural(uw) && k == j+1:
				return match{start: i, end: k + 1, typ: TypeDate, val: "FUTURE_REF"}, true
			case w == "latest" || w == "near" || w == "same" || w == "current":
				return match{}, false
			}
			if n >= 0 && p.isWord(k+1, "and") && p.isWord(k+2, "a") && p.isWord(k+3, "half") {
				// "the last decade and a half", "the past year and a half"
				v := halfValue(n, u)
				return match{start: i, end: k + 4, typ: TypeDuration, val: v}, true
			}
			return match{start: i, end: k + 1, typ: TypeDuration, val: durationValue(n, u)}, true
		}
		if w == "following" || w == "next" || w == "previous" {
			if part, ok := dayParts[p.word(k)]; ok && k == j+1 {
				ref, rel, ok := p.ref(i)
				if rel == "previous" && p.known && p.lastYMEnd > p.lastEnd {
					// "met in Hanoi in February, where talks collapsed on
					// Feb. 28 … as recently as May. Moon, who met Trump
					// the previous evening": a month or year told since
					// the last day has left it; the article's day is the
					// reference
					ref, rel = p.anchor, "article"
				}
				m := match{start: i, end: k + 1, typ: TypeTime, rel: rel}
				d := 1
				if w == "previous" {
					d = -1
				}
				if !ok {
					m.val = "XXXX-XX-XXT" + part
					return m, true
				}
				t := ref.AddDate(0, 0, d)
				m.val, m.day, m.hasDay = fmtDay(t)+"T"+part, t, true
				return m, true
			}
		}
		if w == "past" && k == j+1 {
			return match{start: i, end: j + 1, typ: TypeDate, val: "PAST_REF"}, true
		}
		if w == "near" && p.isWord(k, "future") {
			return match{start: i, end: k + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "morning", "afternoon", "evening":
		// "placed orders in the morning": that part of the day last
		// mentioned (or of the article's day)
		if p.isWord(i-1, "in", "during", "by", "until", "through", "throughout") && !p.isWord(j+1, "of", "after", "before", "when", "that", "session", "sessions", "news", "paper", "papers", "edition", "show", "prayers", "rush") && !p.isPunct(j+1, "-") {
			return p.partOfRefDay(i, j+1, dayParts[w]), true
		}
	case "short", "long":
		// "over the long term", "in the short run"
		if p.isWord(j+1, "term", "run") && !p.isPunct(j+2, "-") {
			return match{start: i, end: j + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "time":
		if p.isWord(j+1, "being") && p.isWord(i-1, "for") {
			return match{start: i, end: j + 2, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "year", "full", "fiscal", "entire", "whole":
		if m, ok := p.theYear(i, j); ok {
			return m, true
		}
	case "decade":
		if m, ok := p.theDecade(i, j); ok {
			return m, true
		}
	case "future":
		// "in the future", "planned for the future", "worried about the
		// future"; not the prospects of something ("the future of the
		// racetrack"), a subject ("the future looks bleak") or an
		// adjective ("the future development of the island")
		if p.isWord(i-1, "in", "into", "for", "about", "to", "toward", "towards", "from", "until", "till", "near", "on", "at", "over", "through", "beyond", "with") && !p.isWord(j+1, "of") && !p.nounAfter(j+1) {
			return match{start: i, end: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "present":
		if p.isWord(i-1, "at", "until", "to") {
			return match{start: i, end: j + 1, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "moment":
		if p.isWord(i-1, "at", "for") {
			return match{start: i, end: j + 1, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "day":
		if p.isWord(i-1, "in") && p.isWord(i-2, "late", "later", "early", "earlier") && p.free(i-2) {
			// "rebounded late in the day after falling": that part of
			// the day last mentioned (or of the article's day)
			m := p.fromRef(i-2, j+1, 0, "D")
			if m.hasDay && p.known && m.day.After(p.anchor) && p.tense(i-2, j+1) < 0 {
				m = p.pastDayOfNarrative(i-2, j+1)
			}
			if w := p.word(i - 2); w == "late" || w == "later" {
				m.mod = "END"
			} else {
				m.mod = "START"
			}
			return m, true
		}
		if p.isWord(j+1, "before", "after") && p.isWord(j+2, "yesterday", "tomorrow") {
			off := -2
			if p.word(j+2) == "tomorrow" {
				off = 2
			}
			return p.fromAnchor(i, j+3, off, "D"), true
		}
		if p.isWord(j+1, "before", "after") && p.word(j+2) != "" {
			// "He was last seen Nov. 3, the day before authorities
			// issued a warrant": in apposition to the date just given,
			// "the day" is that date; otherwise the day is set by the
			// event that follows
			if p.isPunct(i-1, ",") && p.lastOK && p.lastEnd == i-1 {
				return match{start: i, end: j + 1, typ: TypeDate, val: fmtDay(p.last), rel: "previous", day: p.last, hasDay: true}, true
			}
			// "the day before last Tuesday's hearing": a day from the
			// date that follows
			if m, ok := p.at(j + 2); ok && m.hasDay && m.typ == TypeDate {
				off := -1
				if p.word(j+1) == "after" {
					off = 1
				}
				t := m.day.AddDate(0, 0, off)
				return match{start: i, end: m.end, typ: TypeDate, val: fmtDay(t), rel: m.rel, day: t, hasDay: true}, true
			}
			return match{}, false
		}
		if p.isWord(j+1, "before") {
			// "the day before." : the day before the date just given
			return p.fromRef(i, j+2, -1, "D"), true
		}
		if p.in(j+1, cWeekday) || p.isMonthWord(j+1) {
			return match{}, false // "during the day Friday": the weekday says which
		}
		if p.dayClause(i, j) {
			return match{}, false // "on the day Jammeh's mandate expires": a day the clause sets
		}
		if !p.isWord(j+1, "of", "when", "that", "after", "before") && !p.isPunct(j+1, "-") {
			return p.fromRef(i, j+1, 0, "D"), true
		}
	case "week":
		if p.isWord(j+1, "before", "after") && (j+2 >= len(p.t) || p.t[j+2].kind() == kPunct) && p.lastOK && i-p.lastEnd < 60 && p.lastYMEnd < p.lastEnd {
			// "The bomb exploded on March 4. The week before, …": the
			// week before (or after) the one of the day just told
			off := -7
			if p.word(j+1) == "after" {
				off = 7
			}
			return match{start: i, end: j + 2, typ: TypeDate, val: fmtWeek(p.last.AddDate(0, 0, off)), rel: "previous"}, true
		}
	case "weekend":
		return p.weekend(i, j+1, 0), true
	case "quarter":
		if p.lastQ != "" && i-p.lastQEnd < reportReach && !p.history(p.lastQ) && !p.isWord(j+1, "ended", "ending", "a") {
			// "Delta issued shares during the quarter": the quarter
			// being reported
			return match{start: i, end: j + 1, typ: TypeDate, val: p.lastQ, rel: "previous"}, true
		}
		return p.lastQuarter(i, j+1, false), true
	}
	if m, ok := p.decade(j, i); ok {
		return m, true
	}
	// "the year-earlier quarter", "the year-ago period"
	if m, ok := p.yearAgoAdj(j); ok {
		e := m.end
		if n, k, ok := p.count(e, false); ok && n > 1 {
			// "the year-earlier nine months": the span, as "the nine
			// months" is
			if u, uw, ok := p.unitAt(k); ok && plural(uw) {
				return match{start: i, end: k + 1, typ: TypeDuration, val: durationValue(n, u)}, true
			}
		}
		if _, ok := ordinals[p.word(e)]; ok && p.isWord(e+1, "quarter") {
			e++
		}
		if p.isWord(e, "quarter", "period") {
			m.start, m.end = i, e+1
			if p.isWord(e, "quarter") && p.lastQ != "" && i-p.lastQEnd < reportReach {
				// "the year-ago quarter" is a quarter even right after
				// "the first nine months"
				y, _ := strconv.Atoi(p.lastQ[:4])
				m.val = fmtYear(y-1) + p.lastQ[4:]
			}
			return m, true
		}
		return match{}, false
	}
	// "the 1988 second quarter", "the 1988 quarter", "the 2022 fiscal
	// year", "the 1989 period"
	if y, k, ok := p.yearNum(j); ok {
		if p.isWord(k, "fiscal") && p.isWord(k+1, "year") {
			return match{start: i, end: k + 2, typ: TypeDate, val: fmtYear(y)}, true
		}
		if p.isWord(k, "period") {
			m := match{start: i, end: k + 1, typ: TypeDate, val: fmtYear(y)}
			if p.lastQ != "" && i-p.lastQEnd < reportReach {
				m.val, m.rel = fmtYear(y)+p.lastQ[4:], "previous" // the quarter being reported
			}
			return m, true
		}
		if q, ok := p.quarter(k); ok && q.val[0] != 'X' {
			q.start, q.val = i, fmtYear(y)+q.val[4:]
			return q, true
		}
		if p.isWord(k, "quarter") && p.known {
			lq := p.lastQuarter(i, k+1, false)
			lq.val = fmtYear(y) + lq.val[4:]
			return lq, true
		}
	}
	if n, k, ok := p.count(j, false); ok && n > 1 && p.word(j) != "few" {
		if u, uw, ok := p.unitAt(k); ok && plural(uw) && !p.isWord(k+1, "ago", "earlier", "later") {
			return match{start: i, end: k + 1, typ: TypeDuration, val: durationValue(n, u)}, true
		}
	}
	if m, ok := p.quarter(j); ok && !(p.isPunct(j+1, "-") && p.attached(j+1)) {
		m.start = i
		return m, true
	}
	if m, ok := p.season(j); ok && !p.isWord(j, "this", "last", "next") {
		m.start = i
		return m, true
	}
	return match{}, false
}

// dayOfMonth: "on the 15th" with no month, a day of the article's month
// (the previous month when the day is still ahead and the clause is not
// future; the next when it is past and the clause is future). Token i is
// "the"; the ordinal must end the phrase ("on the 15th floor" is none).
func (p *parser) dayOfMonth(i int) (match, bool) {
	if !p.isWord(i-1, "on", "by", "until", "since") {
		return match{}, false
	}
	d, e, ok := p.dayNum(i + 1)
	if !ok || e == i+2 && p.t[i+1].kind() == kNum {
		return match{}, false // "on the 15" is no day; "15th" is
	}
	if p.known && p.isWord(e, "of") && p.isWord(e+1, "last", "this", "next") && p.isWord(e+2, "month") {
		// "on the 28th of last month": a day of the month named
		mo := int(p.anchor.Month())
		switch p.word(e + 1) {
		case "last":
			mo--
		case "next":
			mo++
		}
		t := day(p.anchor.Year(), time.Month(mo), 1)
		if !validDay(t.Year(), int(t.Month()), d) {
			return match{}, false
		}
		t = day(t.Year(), t.Month(), d)
		return match{start: i, end: e + 3, typ: TypeDate, val: fmtDay(t), day: t, hasDay: true, rel: "article"}, true
	}
	if e < len(p.t) && !p.t[e].nl() && p.t[e].kind() != kPunct && !p.isWord(e, "and", "when", "as", "at", "in", "after", "before") {
		return match{}, false
	}
	if p.isPunct(e, "$") || p.isPunct(e, "£") || p.isPunct(e, "€") {
		return match{}, false // "a tax cut on the first $38,848 of income"
	}
	m := match{start: i, end: e, typ: TypeDate}
	if !p.known {
		m.val = "XXXX-XX-" + pad2(d)
		return m, true
	}
	if len(p.lastYM) == 7 && p.lastYMEnd > p.lastEnd && i-p.lastYMEnd <= 12 && p.lastYM[0] != 'X' {
		// "travel to Paris next month and meet Macron on the 15th": a
		// day of the month just named
		y, _ := strconv.Atoi(p.lastYM[:4])
		mo, _ := strconv.Atoi(p.lastYM[5:])
		if validDay(y, mo, d) {
			t := day(y, time.Month(mo), d)
			m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "previous"
			return m, true
		}
	}
	y, mo := p.anchor.Year(), int(p.anchor.Month())
	tn := p.tense(i, e)
	switch {
	case d > p.anchor.Day() && tn <= 0:
		mo--
	case d < p.anchor.Day() && tn > 0:
		mo++
	}
	t := day(y, time.Month(mo), 1)
	if !validDay(t.Year(), int(t.Month()), d) {
		return match{}, false
	}
	t = day(t.Year(), t.Month(), d)
	m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "article"
	return m, true
}

// weekOfMonth: "the last week of March", "the first week of May 2009":
// the ISO week holding that week's Thursday-like middle (the 4th, 11th,
// …, or the last day minus three). j is the ordinal's index.
func (p *parser) weekOfMonth(i, j int) (match, bool) {
	if !p.isWord(j+1, "week") || !p.isWord(j+2, "of") {
		return match{}, false
	}
	mo, ok := p.isMonth(j + 3)
	if !ok {
		return match{}, false
	}
	end := j + 4
	y := 0
	if yy, e, ok := p.yearNum(end); ok {
		y, end = yy, e
	} else if p.known {
		y = resolveYear(p.anchor, mo, 15, p.future(i))
	}
	m := match{start: i, end: end, typ: TypeDate}
	if y == 0 {
		m.val = "XXXX-WXX"
		return m, true
	}
	var d time.Time
	switch p.word(j) {
	case "first":
		d = day(y, time.Month(mo), 4)
	case "second":
		d = day(y, time.Month(mo), 11)
	case "third":
		d = day(y, time.Month(mo), 18)
	case "fourth":
		d = day(y, time.Month(mo), 25)
	default: // last, final
		d = day(y, time.Month(mo)+1, 1).AddDate(0, 0, -4)
	}
	m.val = fmtWeek(d)
	return m, true
}

// theDecade handles a bare "the decade" that ends its phrase after "in"
// or "of" ("at the fastest pace in the decade", "the worst storm of the
// decade."): the article's decade. Followed by a word ("in the decade
// since the war", "of the decade-long war") it is a span of ten years or
// a modifier, left to the rules of durations.
func (p *parser) theDecade(i, j int) (match, bool) {
	if !p.isWord(i-1, "in", "of") || p.t[j].upper() {
		return match{}, false
	}
	if j+1 < len(p.t) && !p.t[j+1].nl() && (p.t[j+1].kind() != kPunct || p.isPunct(j+1, "-")) {
		return match{}, false
	}
	m := match{start: i, end: j + 1, typ: TypeDate, rel: "article"}
	if !p.known {
		m.val = unknownAt("DE")
		return m, true
	}
	m.val = atGranularity(p.anchor, "DE")
	return m, true
}

// theYear handles the reporting periods of business news: "the year
// ended June 30" and "the fiscal year ending Jan. 31" are a one-year
// DURATION (the end date is its own expression); "the full year", "the
// fiscal year" and "for the year," are the article's year; "the latest
// period" is the quarter just reported.
func (p *parser) theYear(i, j int) (match, bool) {
	if p.isWord(j, "latest") {
		if !p.isWord(j+1, "period") {
			return match{}, false
		}
		if p.lastQ != "" && i-p.lastQEnd < reportReach {
			return match{start: i, end: j + 2, typ: TypeDate, val: p.lastQ, rel: "previous"}, true
		}
		return p.lastQuarter(i, j+2, false), true
	}
	if p.isWord(j, "year") {
		// "the year 2000", "the year two thousand"
		if y, e, ok := p.yearNum(j + 1); ok {
			return match{start: i, end: e, typ: TypeDate, val: fmtYear(y)}, true
		}
	}
	k := j
	qualified := false
	if p.isWord(k, "full", "fiscal", "entire", "whole") {
		k, qualified = k+1, true
	}
	if !p.isWord(k, "year") || p.isPunct(k+1, "-") && p.attached(k+1) {
		return match{}, false
	}
	end := k + 1
	if !qualified && p.isWord(end, "previous", "before") && (end+1 >= len(p.t) || p.t[end+1].kind() == kPunct || p.t[end+1].nl()) {
		// "than the year previous.": the year before the one just
		// mentioned
		return p.fromRef(i, end+1, -1, "Y"), true
	}
	if p.isWord(end, "ended", "ending", "to") || p.isWord(end, "that") && p.isWord(end+1, "ended") {
		if p.isWord(end, "to") {
			if _, ok := months[p.word(end+1)]; !ok || !p.t[end+1].upper() {
				return match{}, false
			}
		}
		return match{start: i, end: end, typ: TypeDuration, val: "P1Y"}, true
	}
	if !qualified {
		// "for the year, volume was flat", "a high for the year of $42",
		// "the first nine months of the year."; not "Playmate of the Year"
		if !p.isWord(i-1, "for", "of", "throughout", "during") || p.t[k].upper() {
			return match{}, false
		}
		if nw := p.word(end); nw != "" && nw != "of" && nw != "and" {
			return match{}, false
		}
		if p.isWord(end, "of") && !p.isPunct(end+1, "$") {
			return match{}, false
		}
	}
	if p.lastP != "" && i-p.lastPEnd < 60 {
		// "a fourth-quarter loss of 2005 and a loss for the entire
		// year": the year of the period just reported
		return match{start: i, end: end, typ: TypeDate, val: p.lastP[:4], rel: "previous"}, true
	}
	return p.fromAnchor(i, end, 0, "Y"), true
}

// samePeriod: "the same period last year", "the corresponding quarter a
// year earlier", "the same month a year ago", "the comparable year-ago
// period": the month, quarter or half just mentioned, a year back (else
// the year before the article's). k is the token after
// "same"/"corresponding"/"comparable".
func (p *parser) samePeriod(i, k int) (match, bool) {
	if p.isWord(k, "year") && p.isPunct(k+1, "-") && p.isWord(k+2, "ago", "earlier") {
		// "the comparable year-ago quarter"
		e := k + 3
		if !p.isWord(e, "period", "quarter", "month", "time") {
			return match{}, false
		}
		if p.isPunct(e+1, ",") {
			// "the comparable year-ago quarter, the second quarter ended
			// Oct. 31": the period in apposition
			if a, ok := p.at(e + 2); ok && a.typ == TypeDate && isPeriodValue(a.val) {
				return match{start: i, end: e + 1, typ: TypeDate, val: a.val, rel: a.rel}, true
			}
		}
		return p.periodBack(i, e+1, p.word(e)), true
	}
	u := p.word(k)
	if u != "period" && u != "quarter" && u != "month" && u != "time" && u != "half" {
		return match{}, false
	}
	e := k + 1
	if p.isWord(e, "of", "in") {
		e++
	}
	switch {
	case p.isWord(e, "last") && p.isWord(e+1, "year"):
		e += 2
	case p.isWord(e, "the") && p.isWord(e+1, "last", "previous", "prior") && p.isWord(e+2, "year"):
		e += 3
	case p.isWord(e, "the") && p.isWord(e+1, "year") && p.isWord(e+2, "before"):
		e += 3
	case p.isWord(e, "a") && p.isWord(e+1, "year") && p.isWord(e+2, "ago", "earlier", "before"):
		e += 3
	case p.isWord(e, "one") && p.isWord(e+1, "year") && p.isWord(e+2, "ago", "earlier", "before"):
		e += 3
	default:
		return match{}, false
	}
	return p.periodBack(i, e, u), true
}

// periodBack is the period of kind u ("period", "month", "quarter", …)
// mentioned last, one year earlier; without one, the year before the
// article's.
func (p *parser) periodBack(i, end int, u string) match {
	m := match{start: i, end: end, typ: TypeDate}
	if p.lastP != "" && i-p.lastPEnd < 200 {
		kind := "month"
		switch p.lastP[5] {
		case 'Q':
			kind = "quarter"
		case 'H':
			kind = "half"
		}
		if u == "period" || u == "time" || u == kind {
			y, _ := strconv.Atoi(p.lastP[:4])
			m.val, m.rel = fmtYear(y-1)+p.lastP[4:], "previous"
			return m
		}
	}
	if u == "quarter" && p.lastQ != "" && i-p.lastQEnd < reportReach {
		// no quarter mentioned last, but one is being reported
		y, _ := strconv.Atoi(p.lastQ[:4])
		m.val, m.rel = fmtYear(y-1)+p.lastQ[4:], "previous"
		return m
	}
	m.rel = "article"
	if !p.known {
		m.val = "XXXX"
		return m
	}
	m.val = fmtYear(p.anchor.Year() - 1)
	return m
}

// reportedBack is the period n years before the one an earnings story
// reports: its quarter ("up from $7.85 billion a year ago" = 1988-Q3),
// or, right after a span of months of that year ("For the nine months,
// losses totaled $212 million, compared with net income of $48.7
// million a year earlier"), that year n years back. ok is false when no
// quarter is being reported, and for more than one year back: a report
// sets its quarter against the same one a year before ("a year ago"),
// while "two years ago" in a story with a quarter in it is a year of
// the story ("a trade group said two years ago that …").
func (p *parser) reportedBack(i, n int) (string, bool) {
	if n != 1 || p.lastQ == "" || i-p.lastQEnd >= reportReach {
		return "", false
	}
	if v, _, ok := p.sentenceQuarter(i); ok && v != p.lastQ {
		// a quarter of the same sentence is the one the figure a year
		// back is set against ("Sales increased in the quarter ended
		// Sept. 30 to $747.8 million from $623.5 million a year ago",
		// of a second company in the story)
		y, _ := strconv.Atoi(v[:4])
		return fmtYear(y-n) + v[4:], true
	}
	y, _ := strconv.Atoi(p.lastQ[:4])
	if p.spanEnd > p.lastQEnd && i-p.spanEnd < 40 {
		return fmtYear(y - n), true
	}
	return fmtYear(y-n) + p.lastQ[4:], true
}

// yearAgoAdj: "year-earlier", "year-ago" (business reports): the same
// period a year before the quarter just mentioned, else the year before
// the article's.
func (p *parser) yearAgoAdj(i int) (match, bool) {
	if !p.isWord(i, "year") || !p.isPunct(i+1, "-") || !p.attached(i+1) || !p.isWord(i+2, "earlier", "ago") || !p.attached(i+2) {
		return match{}, false
	}
	m := match{start: i, end: i + 3, typ: TypeDate, rel: "article"}
	switch {
	case p.lastQ != "" && i-p.lastQEnd < reportReach:
		m.val, _ = p.reportedBack(i, 1)
		m.rel = "previous"
	case p.known:
		m.val = fmtYear(p.anchor.Year() - 1)
	default:
		m.val = "XXXX"
	}
	return m, true
}

// fromCoarse resolves n units (code D or W) from a year or month
// mentioned after the last full date, within 200 tokens ("In August …
// two days later", "in 2019 … three weeks later"). The value is the finest
// of month and year that holds every day the shift can reach: n days from
// some day of August is that August only when the whole month moves
// inside one month, and a shift of under 15 days keeps the month. ok is false when there is no such year or month, or
// when the days reached span more than a year.
func (p *parser) fromCoarse(i, n int, code string) (string, bool) {
	if p.lastYM == "" || p.lastYMEnd <= p.lastEnd && p.lastOK || i-p.lastYMEnd >= 200 {
		return "", false
	}
	y, _ := strconv.Atoi(p.lastYM[:4])
	first, last := day(y, 1, 1), day(y, 12, 31)
	if len(p.lastYM) == 7 {
		mo, _ := strconv.Atoi(p.lastYM[5:])
		first = day(y, time.Month(mo), 1)
		last = first.AddDate(0, 1, -1)
	}
	lo, hi := shift(first, n, code), shift(last, n, code)
	if mid := first.AddDate(0, 0, 14); len(p.lastYM) == 7 && (code == "D" || code == "W") && absDays(shift(mid, n, code).Sub(mid)) < 15 {
		// a shift of under half a month keeps the story in that month
		// (or the next) as most likely: the month of the mid-month day
		t := shift(mid, n, code)
		return fmtMonth(t.Year(), int(t.Month())), true
	}
	if v, ok := p.shortShiftInYear(i, first, n, code); ok {
		return v, true // "freed two years later, and a week later he left": that year
	}
	switch {
	case lo.Year() == hi.Year() && lo.Month() == hi.Month():
		return fmtMonth(lo.Year(), int(lo.Month())), true
	case lo.Year() == hi.Year():
		return fmtYear(lo.Year()), true
	}
	return "", false
}

func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// fromRef resolves a date n units from the previous date in the text.
func (p *parser) fromRef(i, end, n int, code string) match {
	m := match{start: i, end: end, typ: TypeDate}
	// "in March … the following month", "in 1995 … the next year": a
	// year or month mentioned after the last full date is the reference
	if (code == "Y" || code == "M") && p.lastYM != "" && p.lastYMEnd > p.lastEnd && i-p.lastYMEnd < 200 && (code == "Y" || len(p.lastYM) == 7) {
		y, _ := strconv.Atoi(p.lastYM[:4])
		mo := 1
		if len(p.lastYM) == 7 {
			mo, _ = strconv.Atoi(p.lastYM[5:])
		}
		m.val, m.rel = atGranularity(shift(day(y, time.Month(mo), 1), n, code), code), "previous"
		return m
	}
	if code == "M" && len(p.lastYM) == 4 && p.lastYMEnd > p.lastEnd && i-p.lastYMEnd < 200 && n > -12 && n < 12 {
		// "sold in 2015 … two months later": a month of that year at
		// best, not one counted from the article date
		m.val, m.rel = p.lastYM+"-XX", "previous"
		return m
	}
	ref, rel, ok := p.ref(i)
	if !ok {
		m.val = unknownAt(code)
		return m
	}
	m.rel = rel
	t := shift(ref, n, code)
	m.val = atGranularity(t, code)
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m
}

// dayClause reports whether "the day" at tokens i..j opens a contact
// relative clause ("on the day Jammeh's mandate expires", "since the
// day he took office"): a subject follows, a pronoun, a determiner or a
// name. The clause's event sets the day, not the date last told.
// "during the day Smith …" and "all the day the …" keep the time of day.
func (p *parser) dayClause(i, j int) bool {
	if p.isWord(i-1, "during", "throughout", "all", "in", "for", "of", "through") {
		return false
	}
	if p.isWord(j+1, "he", "she", "they", "we", "i", "it", "you", "his", "her", "its", "their", "our", "the", "a", "an") {
		return true
	}
	return uint(j+1) < uint(len(p.t)) && p.t[j+1].kind() == kWord && p.t[j+1].upper()
}

// sameDay is "that day", "that same day", "the same day": the day last
// mentioned. When a month was mentioned after the last full date
// ("most recently last October, when he was shot … crossed out that
// same day"), it is a day of that month.
func (p *parser) sameDay(i, end int) match {
	if len(p.lastYM) == 7 && p.lastYMEnd > p.lastEnd && i-p.lastYMEnd < 60 {
		return match{start: i, end: end, typ: TypeDate, val: p.lastYM + "-XX", rel: "previous"}
	}
	return p.fromRef(i, end, 0, "D")
}

// partOfRefDay is a part of the day (MO, AF, EV, NI) of the day last
// mentioned, else of the article's day, as a TIME.
func (p *parser) partOfRefDay(i, end int, part string) match {
	m := match{start: i, end: end, typ: TypeTime}
	ref, rel, ok := p.ref(i)
	if !ok {
		m.val = "XXXX-XX-XXT" + part
		return m
	}
	m.val, m.rel = fmtDay(ref)+"T"+part, rel
	return m
}

// fromAnchor resolves a date n units from the article date.
func (p *parser) fromAnchor(i, end, n int, code string) match {
	m := match{start: i, end: end, typ: TypeDate, rel: "article"}
	if !p.known {
		m.val = unknownAt(code)
		return m
	}
	t := shift(p.anchor, n, code)
	m.val = atGranularity(t, code)
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m
}

// lastQuarter is "the quarter" / "the latest quarter" of a business
// report: the last quarter that has ended by the article date.
func (p *parser) lastQuarter(i, end int, previous bool) match {
	m := match{start: i, end: end, typ: TypeDate, rel: "article"}
	if y, mo, ok := p.periodEnd(end); ok && !previous {
		// "the quarter ended July 31" is May to July: the calendar
		// quarter holding its middle month
		mid := day(y, time.Month(mo), 1).AddDate(0, -1, 0)
		m.val = fmtQuarter(mid.Year(), quarterOf(mid))
		if p.fiscalQ != "" && p.fiscalQ[:4] == m.val[:4] && i-p.fiscalQEnd < reportReach && p.fiscalQ != m.val {
			// a company that numbers its quarters by its fiscal year
			// ("the fiscal first quarter … for the quarter ended Sept.
			// 30"): the number it gives is not the calendar's, and the
			// calendar's is not the one it gives, so the quarter is
			// left unknown (TIMEX3 has no fiscal quarter); Find makes it
			// the report's quarter from here on
			m.val = m.val[:6] + "X"
		}
		return m
	}
	if !previous && p.isWord(end, "a") && p.isWord(end+1, "year") && p.isWord(end+2, "ago", "earlier") && p.lastQ != "" && i-p.lastQEnd < reportReach {
		// "for the quarter a year ago": the quarter being reported, a
		// year back
		y, _ := strconv.Atoi(p.lastQ[:4])
		m.end, m.val, m.rel = end+3, fmtYear(y-1)+p.lastQ[4:], "previous"
		return m
	}
	if previous && p.lastQ != "" && p.lastQ[6] != 'X' {
		y, _ := strconv.Atoi(p.lastQ[:4])
		q := int(p.lastQ[6] - '0')
		q--
		if q == 0 {
			q, y = 4, y-1
		}
		m.val, m.rel = fmtQuarter(y, q), "previous"
		return m
	}
	if !p.known {
		m.val = "XXXX-QX"
		return m
	}
	t := addMonths(p.anchor, -3)
	m.val = fmtQuarter(t.Year(), quarterOf(t))
	return m
}

// refExpr: now, currently, recently, "recent years", "these days", "at
// present", "in future", "that time".
func (p *parser) refExpr(i int) (match, bool) {
	w := p.word(i)
	if w == "recent" {
		if u, uw, ok := p.unitAt(i + 1); ok && plural(uw) && !u.time {
			if u.code == "D" || u.code == "W" || u.code == "M" || u.code == "Q" {
				// "in recent weeks", "recent months": a span up to the
				// article, as "the coming weeks" is one after it
				return match{start: i, end: i + 2, typ: TypeDuration, val: durationValue(-1, u)}, true
			}
			return match{start: i, end: i + 2, typ: TypeDate, val: "PAST_REF"}, true
		}
	}
	if w == "the" && p.isWord(i-1, "over", "throughout") {
		// "over the years", "throughout the decades": an unknown span
		// up to the article
		if u, uw, ok := p.unitAt(i + 1); ok && plural(uw) && !u.time && (u.code == "Y" || u.code == "DE" || u.code == "CE") && !p.isWord(i+2, "of", "to", "ahead", "before", "after", "since", "that", "when") {
			return match{start: i, end: i + 2, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
	}
	if w == "then" && p.isPunct(i+1, "-") && p.attached(i+1) {
		// a title's modifier, not "by then": "led by then-Defence
		// Minister X", "appointed by then-President Y"
		return match{}, false
	}
	if w == "then" && p.isWord(i-1, "since") && p.lastOK && i-p.lastEnd < 25 && p.known && p.last.After(p.anchor) {
		return p.sinceThenPast(i)
	}
	if w == "then" && p.isWord(i-1, "until", "till", "by", "since") && p.lastOK && i-p.lastEnd < 25 {
		// "terminate on Nov. 30. Until then, …": the date just given
		return match{start: i, end: i + 1, typ: TypeDate, val: fmtDay(p.last), rel: "previous", day: p.last, hasDay: true}, true
	}
	if w == "these" && p.isWord(i+1, "days") {
		return match{start: i, end: i + 2, typ: TypeDate, val: "PRESENT_REF"}, true
	}
	if w == "present" && p.isWord(i-1, "at") {
		return match{start: i, end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
	}
	if w == "coming" {
		if u, uw, ok := p.unitAt(i + 1); ok && plural(uw) {
			return match{start: i, end: i + 2, typ: TypeDuration, val: durationValue(-1, u)}, true
		}
	}
	if v, ok := get(p.in(i, cRef), refWords, w); ok {
		if p.isPunct(i+1, "-") && p.attached(i+1) && p.attached(i+2) && p.word(i+2) != "" {
			// a hyphenated modifier: "the now-cancelled deal", "the
			// soon-to-open terminal"
			return match{}, false
		}
		if w == "current" || w == "recent" {
			if !p.isWord(i-1, "the", "a", "its", "their", "his", "her", "our") && !(w == "recent" && p.bareRecent(i)) {
				return match{}, false
			}
			if nw := p.word(i + 1); nw == "" || nw == "account" || nw == "affairs" || nw == "events" || nw == "of" {
				return match{}, false
			}
		}
		if w == "soon" {
			if p.isWord(i-1, "as") && p.isWord(i+1, "as") {
				if p.isWord(i+2, "possible") {
					return match{start: i - 1, end: i + 3, typ: TypeDate, val: v}, true
				}
				return match{}, false // "as soon as the talks end": a conjunction
			}
			if p.isWord(i+1, "after", "afterwards", "afterward", "thereafter") {
				return match{}, false
			}
			if p.pastAux(i-1) || p.cue(i+1, i) == cuePast && !p.adjectival(i+1) {
				// narrative "soon" is shortly after a past event, not the
				// future: "he was soon released", "a trickle that soon
				// became a flood"
				return match{}, false
			}
		}
		if w == "recently" && p.recentlyFocus(i) {
			return match{}, false
		}
		if w == "now" && p.isWord(i-1, "right") {
			return match{start: i - 1, end: i + 1, typ: TypeDate, val: v}, true
		}
		return match{start: i, end: i + 1, typ: TypeDate, val: v}, true
	}
	return match{}, false
}

// nounAfter reports whether token k is a lower-case word that can only
// continue a noun phrase: the head noun after an adjective ("the future
// development"), not a verb, adverb or function word that can follow a
// complete one ("in the future is", "for the future and", "the future
// that awaits him", "the future, too").
func (p *parser) nounAfter(k int) bool {
	if k >= len(p.t) || p.t[k].kind() != kWord || p.t[k].upper() || p.t[k].nl() {
		return false
	}
	w := p.word(k)
	if len(w) > 2 && w[len(w)-2:] == "ly" {
		return false
	}
	return !npFollowers[w]
}

// npFollowers are words that may follow a complete noun phrase.
var npFollowers = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "will": true, "would": true,
	"may": true, "might": true, "can": true, "could": true, "should": true, "must": true,
	"has": true, "have": true, "had": true, "and": true, "or": true, "but": true, "nor": true,
	"that": true, "which": true, "who": true, "when": true, "where": true, "if": true,
	"as": true, "than": true, "to": true, "with": true, "for": true, "by": true, "at": true,
	"on": true, "in": true, "from": true, "about": true, "because": true, "so": true,
	"too": true, "again": true, "also": true, "now": true, "still": true, "even": true,
	"remains": true, "seems": true, "looks": true, "holds": true, "lies": true, "rather": true,
	"not": true, "he": true, "she": true, "it": true, "we": true, "they": true, "i": true, "you": true,
	"the": true, "a": true, "an": true, "this": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "there": true, "here": true, "without": true, "unless": true, "until": true, "after": true,
	"before": true, "while": true, "though": true, "although": true, "like": true, "through": true,
}

// recentlyFocus reports whether "recently" at i only stresses how late
// the time named after it is, so that the time is that expression and
// not a vague recent past: "as recently as 2019", "as recently as last
// week", "doctors were killed, most recently last October", "most
// recently in March". A "most recently" with no time after it ("Most
// recently, he ran the unit") is the recent past as usual.
func (p *parser) recentlyFocus(i int) bool {
	if p.isWord(i-1, "as") && p.isWord(i+1, "as") {
		return true
	}
	if !p.isWord(i-1, "most", "more") {
		return false
	}
	k := i + 1
	if p.isWord(k, "in", "on", "at", "during") {
		k++
	}
	if k >= len(p.t) || p.t[k].nl() || !p.trigger(k) {
		return false
	}
	m, ok := p.at(k)
	return ok && m.typ == TypeDate && m.val != "" && m.val[0] >= '0' && m.val[0] <= '9'
}

// bareRecent reports whether "recent" at i, with no determiner, dates
// the plural noun after it to the recent past ("analysts blame recent
// losses", "helped by recent advances in prices"): not a degree ("most
// recent", "more recent", "relatively recent") and not a predicate
// ("the change is recent").
func (p *parser) bareRecent(i int) bool {
	if p.isWord(i-1, "most", "more", "less", "very", "fairly", "relatively", "quite", "so", "too", "as", "is", "are", "was", "were", "be", "been", "being") {
		return false
	}
	if pw := p.word(i - 1); len(pw) > 2 && pw[len(pw)-2:] == "ly" {
		return false // "comparatively recent"
	}
	k := i + 1
	if k >= len(p.t) || p.t[k].kind() != kWord || p.t[k].nl() {
		return false
	}
	nw := p.word(k)
	switch nw {
	case "of", "and", "or", "to", "as", "than", "enough":
		return false
	}
	return true
}

// ordinalUnitOf reads "the first/last/final <unit> of …" at token i (w at
// j, the unit at k): one unit of something, not a span. "the last day of
// school", "the last day to vote" are a day whose date is not given
// (XXXX-XX-XX), "the last year of his contract" a year (XXXX); "the last
// day of March" is March 31.
func (p *parser) ordinalUnitOf(i, j, k int, w string, u unit, uw string) (match, bool) {
	unknown := map[string]string{"D": "XXXX-XX-XX", "Y": "XXXX"}[u.code]
	if unknown == "" {
		return match{}, false
	}
	if u.code == "D" && uw == "day" && p.isWord(k+1, "of") && p.isMonthWord(k+2) {
		if mm, ok := p.at(k + 2); ok && mm.typ == TypeDate && len(mm.val) == 7 && mm.val[0] != 'X' {
			y, _ := strconv.Atoi(mm.val[:4])
			mo, _ := strconv.Atoi(mm.val[5:])
			t := day(y, time.Month(mo), 1)
			if w != "first" {
				t = t.AddDate(0, 1, -1)
			}
			return match{start: i, end: mm.end, typ: TypeDate, val: fmtDay(t), rel: mm.rel, day: t, hasDay: true}, true
		}
		return match{}, false
	}
	switch {
	case p.isWord(k+1, "of"):
		// "of school", "of his contract"; not "of the year", "of 2009",
		// "of March", whose ordinal unit other rules read
		if nx := k + 2; nx >= len(p.t) || p.t[nx].kind() != kWord || p.isMonthWord(nx) || p.isWord(nx, "the", "this", "that", "each", "every") && p.unitFollows(nx+1) {
			// "a profit for the last year of $2.7 billion" is that year
			return match{}, false
		}
		for t := k + 2; t < k+5 && t < len(p.t); t++ {
			if p.isPunct(t, "$") || p.t[t].kind() == kNum {
				return match{}, false // "of US$2.7 billion": an amount, not a thing
			}
		}
	case u.code == "D" && p.isWord(k+1, "to") && !p.nounFollows(k+1):
		// "the last day to vote"
	default:
		return match{}, false
	}
	return match{start: i, end: k + 1, typ: TypeDate, val: unknown}, true
}

// unitFollows reports whether token k is a time unit ("the year", "each
// month").
func (p *parser) unitFollows(k int) bool {
	_, _, ok := p.unitAt(k)
	return ok
}

// to24 turns a 12-hour clock hour h into 24-hour time by its meridiem
// ap (0 none, 1 a.m., 2 p.m.): 12 a.m. is 0, 1 p.m. is 13.
func to24(h, ap int) int {
	switch {
	case ap == 2 && h < 12:
		return h + 12
	case ap == 1 && h == 12:
		return 0
	}
	return h
}
