package timex

import (
	"strconv"
	"time"
)

// Narrative anchoring: when the article date is unknown, relative
// expressions count from the dates the text itself states, as
// HeidelTime's narrative mode does.
//
//   - An explicit date with day precision and a written year ("Wednesday,
//     January 23, 2019", "2019-01-23", "23 January 2019") becomes the
//     anchor: weekdays, "yesterday", "last week", "next month", clock
//     times and months without a year after it resolve against it, by
//     the rules that apply to an article date. Each later explicit day
//     replaces it, so the anchor is the nearest preceding one (for two
//     sentences or so when it is weak, see below); a day resolved from it
//     ("Tuesday", "two days later") is no anchor.
//   - Only a date the text tells of anchors ([parser.toldOf]): a bound or
//     deadline ("since Jan. 1, 1959", "notes due March 1, 2011"), a date
//     in a future clause, or a birth date ("was born on May 26, 1930") is
//     background, not the story's present.
//   - The anchor is a day the story tells of, not the day it was written,
//     so the story runs both ways from it: a weekday in a past or neutral
//     clause is the nearest such day, before or after ([parser.narrWeekday]),
//     a month or a month and day without a year the nearest occurrence
//     ("signed on 2 March 2015 … ratified on April 9": 2015-04-09), and
//     a weekday in a future clause the next one after the anchor day
//     ("Unions will meet on Monday" after a Monday: a week on).
//   - A month or year alone ("in March 2018", "in 2015") is no anchor:
//     in news it is mostly background or a comparison ("up from 2.1% in
//     February 2008", "came to the zoo in 2004"), and a month named after
//     it is this year's far more often than that year's (on 588 local
//     news articles with their dates removed, 26-32% of the months such
//     anchors resolved matched the dated reading, against 59% for day
//     anchors). "that year", "that summer" and "the following month"
//     still count from the year or month mentioned last (see
//     [parser.fromRef]), and a year that opens its sentence ("In 1812,
//     …", "In June 1951 …") frames the months, days and seasons of the
//     next two sentences or so, as histories tell their story
//     ([parser.toldYearOf]): "By December" is 1812-12.
//   - Only a date told with its weekday or in the lead is the story's
//     present for the rest of the text; any other anchors the next two
//     sentences or so ([parser.noteAnchor]): on 588 local news articles
//     with their dates removed, expiring these weak anchors raised the
//     share of values matching the dated reading from 63% (70 of 111)
//     to 75% (64 of 85).
//   - Before the first explicit date nothing is anchored: values stay
//     underspecified (XXXX-WXX-3) as with no date at all.
//
// Values resolved this way carry Anchor "previous" (a date of the text),
// never "article": the article date itself stays unknown.

// narrative is the anchor state of undated text.
type narrative struct {
	undated bool      // no article date: explicit dates of the text anchor
	strong  time.Time // the last present anchor, zero if none yet
	weakEnd int       // token after the weak anchor in force, 0 if none
}

// weakSpan is how many tokens, about two sentences, a weak anchor holds.
const weakSpan = 40

// noteAnchor makes the explicit date m, when it has day precision and is
// a time the text tells of, the anchor of undated text. A date told with
// its weekday ("Wednesday, March 4, 2009") or in the lead (the first
// weakSpan tokens) is the story's present and holds until the next
// anchor; any other is weak, as news writes a year on a date outside the
// current one ("shot on June 1, 2007"): it holds for the next weakSpan
// tokens, a narrative continuation ("On March 3, 2021, the army retook
// the town. On Tuesday, …"), then the present anchor, or none, is back.
func (p *parser) noteAnchor(m match) {
	if !m.hasDay || m.rel != "" || m.val == "" || m.val[0] < '0' || m.val[0] > '9' || !p.toldOf(m) {
		return
	}
	p.anchor, p.known = m.day, true
	if m.start < weakSpan || p.weekdayAt(m.start) {
		p.narr.strong, p.narr.weakEnd = m.day, 0
	} else {
		p.narr.weakEnd = m.end
	}
}

// expireAnchor ends the weak anchor of undated text once token i lies
// beyond its span, restoring the present anchor.
func (p *parser) expireAnchor(i int) {
	if p.narr.weakEnd == 0 || i <= p.narr.weakEnd+weakSpan {
		return
	}
	p.narr.weakEnd = 0
	p.anchor, p.known = p.narr.strong, !p.narr.strong.IsZero()
}

// toldOf reports whether the explicit date m is a time the text tells
// of, which can be the story's present: not a bound or deadline ("since
// Jan. 1, 1959", "after Oct. 19, 1987", "due March 1, 2011", "until the
// restriction expires on Dec. 31, 1990"), not a date in a future clause
// ("will be held on May 5, 2020"), not a birth date ("was born into a
// Jewish family in western Iran's Kermanshah province on May 2, 1923").
func (p *parser) toldOf(m match) bool {
	k := m.start - 1
	if p.isWord(k, "on", "in", "of") {
		k-- // "expires on Dec. 31", "due in 2004"
	}
	if p.isWord(k, "since", "until", "till", "through", "thru", "by", "before", "after", "due", "from", "to",
		"ending", "expires", "expire", "expiring", "matures", "mature", "maturing", "effective", "payable") {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-20 && !p.boundary(k) && !p.isPunct(k, ","); k-- {
		if p.isWord(k, "born") {
			return false
		}
	}
	return p.tense(m.start, m.end) <= 0
}

// narrWeekday resolves a weekday in a past or neutral clause against the
// anchor of undated text: the nearest such day, before or after it.
// The anchor is a day the text tells of, not the day it was written, so
// the story may have moved on from it: after "Wednesday, January 23,
// 2019", "on Thursday" is January 24 and "on Tuesday" January 22 (and
// "Wednesday" the 23rd itself). "last Saturday" stays strictly before
// and a future clause's weekday after, as against an article date.
func (p *parser) narrWeekday(wd int) time.Time {
	t := weekdayOnOrBefore(p.anchor, wd, false)
	if a := weekdayOnOrAfter(p.anchor, wd, false); a.Sub(p.anchor) < p.anchor.Sub(t) {
		return a
	}
	return t
}

// A toldYear is the year of the explicit date the text wrote last.
type toldYear struct {
	year   int  // 0 when none
	start  int  // first token of that date
	end    int  // token after that date
	hasDay bool // the date had a day ("March 3, 2010")
	frame  bool // the date opens its sentence (see frame)
}

// noteYear records the year of m when m is an explicit date with a
// written year ("in 1812", "June 1951", "the spring of 1862", "March 3,
// 2010"); a relative one ("last year", "March" resolved) records
// nothing.
func (p *parser) noteYear(m match) {
	if m.rel == "article" || m.typ != TypeDate || len(m.val) < 4 || m.val[0] < '0' || m.val[0] > '9' {
		return
	}
	y, err := strconv.Atoi(m.val[:4])
	if err != nil || len(m.val) > 4 && m.val[4] != '-' {
		return // a decade ("199") or a century is no year
	}
	if m.rel == "previous" && p.told.frame && !p.told.hasDay && y == p.told.year {
		// a date the frame resolved ("In the spring of 1940 … On 10 May
		// …") carries the frame on: "on 22 June" is 1940's too
		p.told.end = m.end
		return
	}
	p.told = toldYear{year: y, start: m.start, end: m.end, hasDay: m.hasDay, frame: p.frame(m.start)}
}

// frame reports whether the date starting at token i sets the scene of
// its sentence: it opens the sentence, alone or after a preposition
// ("In 1812, …", "In June 1951 talks started", "By 1943 …", "Early in
// 1918 …"), as narrative moves its story on. A year inside a clause is
// mostly background ("the August 1988 cease-fire", "dating to 1994").
func (p *parser) frame(i int) bool {
	k := i - 1
	if p.isWord(k, "in", "by", "during", "on") {
		k--
	}
	if p.isWord(k, "early", "late", "later", "earlier") {
		k--
	}
	return k < 0 || p.t[k+1].nl() || p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k)
}

// toldYearOf returns the year that a month, a month and day (d > 0) or
// a season without a year at [start,end) belongs to in undated text,
// when it follows closely a date with a written year that sets the scene
// of its sentence ([parser.frame]): "In 1812 Napoleon invaded Russia. By
// December, …" is 1812-12, "In June 1951, talks started; … an armistice
// was signed on July 27" 1951-07-27, as TimeML reads a narrative. It
// holds within the next two sentences or so (weakSpan tokens) of the
// same paragraph, in a clause that is not future. After a date with a
// day, which anchors on its own ([parser.noteAnchor]), the nearest
// occurrence rules instead.
//
// Only frames count, and only in undated text: in news a year inside a
// clause is mostly background ("the August 1988 cease-fire", "dating to
// 1994. In January, …"), and on 588 local news articles with their dates
// removed a month read against any year written in the two sentences
// before it matched the dated reading 5 times in 25; with frames only,
// none of those months changed. Against an article date the nearness
// to it wins: there frames moved two months of TimeBank and the local
// news, both wrongly ("On May 22, 1995, … the following year … in
// December" is the December before the article).
func (p *parser) toldYearOf(start, end, mo, d int) (int, bool) {
	ty := p.told
	if !p.narr.undated || ty.year == 0 || !ty.frame || ty.hasDay || start < ty.end || start-ty.end > weakSpan ||
		p.paragraphBreak(ty.end, start) || p.tense(start, end) > 0 || d > 0 && !validDay(ty.year, mo, d) {
		return 0, false
	}
	return ty.year, true
}

// paragraphBreak reports whether a line break lies between tokens from
// and to.
func (p *parser) paragraphBreak(from, to int) bool {
	for k := from; k <= to && k < len(p.t); k++ {
		if p.t[k].nl() {
			return true
		}
	}
	return false
}

// storyYearOf returns the year of a month and day without a year at
// [start,end) in dated text that goes on telling a story of an earlier
// year: "On the evening of April 6, 1994, a plane … was shot down. The
// prime minister was murdered on April 7." in an anniversary piece
// published on 2024-04-07 is 1994-04-07, not the article's day. It holds
// when the last explicit date had a day and a year before the article's
// (or was itself carried on this way), lies at most 2*weakSpan tokens
// back with at most one paragraph break between (the paragraph after),
// the clause is past ("was murdered", "cut its force"), and the day in
// that year is on or after that date and less than a year on, as a
// narrative moves forward. A present or future clause, a day before the
// story's date or a story date of the article's year keep the reading
// against the article date.
func (p *parser) storyYearOf(start, end, mo, d int) (int, bool) {
	ty := p.told
	if !p.known || p.narr.undated || ty.year == 0 || !ty.hasDay || ty.year >= p.anchor.Year() || start < ty.end ||
		start-ty.end > 2*weakSpan || !validDay(ty.year, mo, d) || !p.last.IsZero() && p.last.Year() != ty.year {
		return 0, false
	}
	t := day(ty.year, time.Month(mo), d)
	if t.Before(p.last) || t.Sub(p.last) >= 365*24*time.Hour {
		return 0, false
	}
	breaks := 0
	for k := ty.end; k <= start && k < len(p.t); k++ {
		if p.t[k].nl() {
			if breaks++; breaks > 1 {
				return 0, false
			}
		}
	}
	if p.tense(start, end) >= 0 || !p.pastClause(start, end) {
		return 0, false
	}
	return ty.year, true
}

// staleAnchor reports whether, in undated text, a year later than the
// anchor's was written after the anchor ("On April 6, 1994, … Kagame,
// who has been president since 2000, …"): the story has left the
// anchor's days, so a weekday counted from it would fall years before
// what the text has reached.
func (p *parser) staleAnchor() bool {
	return p.known && p.told.year > p.anchor.Year() && !p.told.hasDay
}

// sentenceYearOf returns the year that a month, or a month and day
// (d > 0), without a year at [start,end) belongs to in dated text when
// its own past clause follows closely, in the same clause chain, a year
// written at least two years before the article's: "won the first round
// of the 2008 presidential election but withdrew from the run-off in
// June" is 2008-06 in an obituary of 2018, as TimeML takes the year
// just written as the temporal focus. It does not hold across a comma
// (the year may end an aside: "X, founded in 2008, cut jobs in June"),
// a sentence end, a comparison ("than", "compared", "since", "versus",
// a percentage) or after a year that is itself a bound ("since 2008",
// "until 2008"); a year of the article's or the year before keeps the
// reading against the article date, whose nearness then rules.
func (p *parser) sentenceYearOf(start, end, mo, d int) (int, bool) {
	ty := p.told
	if !p.known || p.narr.undated || ty.year == 0 || ty.year > p.anchor.Year()-2 || start < ty.end || start-ty.end > 16 ||
		d > 0 && !validDay(ty.year, mo, d) {
		return 0, false
	}
	if p.isWord(ty.start-1, "since", "until", "till", "from", "through", "before", "after", "by", "than", "to") {
		return 0, false
	}
	for k := ty.end; k < start; k++ {
		if p.boundary(k) || p.isPunct(k, ",") || p.isWord(k, "than", "compared", "since", "versus", "vs", "while", "whereas", "who", "which", "now", "today", "percent") || p.isPunct(k, "%") {
			return 0, false
		}
	}
	if p.tense(start, end) >= 0 || !p.pastClause(start, end) {
		return 0, false
	}
	return ty.year, true
}

// pastFarAhead reports whether, in undated text, the day mo/d of year y,
// the nearest such day to the anchor, lies more than three months ahead
// of it in a past clause: then the story tells of the one before ("signed
// a peace agreement on November 21, 2006. … forced the king to restore
// parliament on April 24" is 2006-04-24). A story moves forward from its
// anchor by days and weeks ("signed on 2 March 2015 … ratified on April
// 9" stays 2015-04-09); a past verb half a year ahead is mostly the
// background that led to it.
func (p *parser) pastFarAhead(start, end, y, mo, d int) bool {
	if !validDay(y-1, mo, d) || day(y, time.Month(mo), d).Sub(p.anchor) <= 92*24*time.Hour {
		return false
	}
	t := p.tense(start, end)
	return t < 0 && p.pastClause(start, end) || t <= 0 && p.implicativeTo(start)
}

// implicativeVerbs, in the past, make the infinitive after their object
// a thing done: "forced the king to restore parliament on April 24" tells
// when parliament was restored ("planned to", "agreed to" do not).
var implicativeVerbs = map[string]bool{"forced": true, "compelled": true, "obliged": true, "managed": true}

// implicativeTo reports whether the expression at token start is in an
// infinitive clause ("to" at most eight words back) whose "to" follows
// an implicative past verb at most four words before it.
func (p *parser) implicativeTo(start int) bool {
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		if p.t[k].kind() == kPunct {
			return false
		}
		if p.isWord(k, "to") {
			for v := k - 1; v >= 0 && v >= k-4; v-- {
				if p.t[v].kind() == kPunct {
					return false
				}
				if implicativeVerbs[p.word(v)] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// pastNamedEvent reports whether the month at [start,end) names an
// event after "the" whose relative clause is past: "the April protests
// that forced the king to …", "the March election which brought …". The
// verb of the sentence ("follows", "recalls") need not date it; the
// clause that tells what the event did does.
func (p *parser) pastNamedEvent(start, end int) bool {
	if !p.isWord(start-1, "the") {
		return false
	}
	for k := end; k < end+4 && k+1 < len(p.t); k++ {
		if p.t[k].kind() != kWord {
			return false
		}
		if p.isWord(k, "that", "which", "who") {
			// the relative's verb right after the pronoun: "that"
			// reads as a determiner to cue ("that forced"), so the
			// verb's own form decides
			w := p.word(k + 1)
			return k > end && (pastEd(w) && !notPastEd[w] || p.in(k+1, cPastIrr))
		}
	}
	return false
}

// followingDayNoDay reads "the following day", "the next day" (one day
// after; the expression's tokens are [i,end), its adjective at j and
// the unit's code code) when the text has named no day
// to count from: after a month ("filed a challenge in mid-January. The
// court ruled the following day") it is a day of that month, given at
// the month's precision; in a past-tense clause with only the article's
// date to count from it is no day after the article (that day is still
// ahead of the writer), so it stays an unresolved day. It reports false
// when a day was named (fromRef counts from it) or when the clause is
// not in the past ("will respond the following day" counts from the
// article date, as before).
func (p *parser) followingDayNoDay(i, j, end int, code string) (match, bool) {
	if code != "D" || end != j+2 || p.lastOK && i-p.lastEnd < 200 {
		return match{}, false // a day to count from
	}
	if len(p.lastYM) == 7 && p.lastYMEnd <= i && i-p.lastYMEnd < 200 {
		return match{start: i, end: end, typ: TypeDate, val: p.lastYM, rel: "previous"}, true
	}
	if p.known && p.tense(i, end) < 0 {
		return match{start: i, end: end, typ: TypeDate, val: "XXXX-XX-XX"}, true
	}
	return match{}, false
}
