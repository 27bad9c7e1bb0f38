package timex

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Find returns the temporal expressions in text, in text order, with
// TIMEX3 types and values. Relative expressions ("yesterday", "on
// Monday", "last year") are resolved against anchor, the article date;
// a zero anchor means the date is unknown: then such values count from
// the nearest preceding explicit date of the text (narrative anchoring,
// see narrative.go; Anchor "previous"), and before the first one they
// stay underspecified ("XXXX-03", "XXXX-WXX-1", "XXXX-XX-XX") rather than
// guessed. Find never reads the wall clock, so its output depends only
// on its arguments. Spans are byte offsets into text.
//
// Conventions where TIMEX3 leaves a choice:
//   - "last night" is the evening of the day before the anchor, a TIME
//     whose value begins with that date: 2023-06-14TNI. "tonight",
//     "this morning", "Monday night" likewise carry a date and a part of
//     the day (TMO, TAF, TEV, TNI).
//   - A bare weekday is the most recent such day on or before the
//     anchor, unless the verb governing it is future ("will meet",
//     "plans to hold", "until", "as soon as"): then it is the next such
//     day on or after it. A past verb ("met", "had been scheduled",
//     "the strike lasted until Friday") keeps it in the past; the
//     anchor's own weekday is the anchor. "through", "by" and "before"
//     right before a weekday or a month and day are deadlines as "until"
//     is ("Lane closure through Friday", "available through Nov. 30":
//     the next such day). A schedule participle that modifies a noun
//     takes the tense of the clause's verb after the day: "The memorial
//     service planned for Saturday was canceled" is the Saturday before
//     the anchor; "… will go ahead" and "… has been canceled" the next.
//   - A month or day without a year takes the year that puts it closest
//     to the anchor, ties going to the past (the start of a range whose
//     end has a year, "from August to May 1, 2010", is the latest such
//     month before that end); a month just ahead of the anchor is last
//     year's when its own clause is past ("changed to a calendar year in
//     December"; a reporting verb does not count), a day after "ended"
//     is the past one.
//   - A quarter or half without a year is the nearer occurrence: this
//     year's upcoming one or last year's just ended, the past one in a
//     past clause. "a year ago" in an earnings report counts back from
//     the quarter being reported, the one mentioned most often (a
//     sentence opening "Separately," starts another report); right after
//     "the nine months" it is that span's year back; a just-reported
//     quarter named in its own sentence goes first. Bare "the quarter"
//     is the quarter being reported; "the quarter ended July 31" the
//     calendar quarter of its middle month, and after a fiscal quarter
//     the story numbers otherwise ("the fiscal first quarter … the
//     quarter ended Sept. 30") the year with the quarter unknown
//     (1989-QX), which then is the quarter being reported. "this
//     quarter's loss" is the quarter being reported when it has ended;
//     "last year" dating a figure compared with a just-reported
//     quarter's in the same sentence ("compared with earnings of $33
//     million last year", "up from last year's $1.55 billion") is that
//     quarter a year back.
//   - Halves carry into the next unit as TimeML writes them: "2 1/2
//     years" P2Y6M, "5 1/2 hours" PT5H30M.
//   - A clock time with no day of its own is on the day last mentioned
//     in its paragraph when its clause is not future ("On Saturday,
//     police were called … He was shot at 10 p.m.": Saturday, as TimeML
//     anchors it to the day the narrative is about), else on the
//     article's day.
//   - Capitalised time words inside a sentence are titles, not times
//     (ABC's "This Week", "60 Minutes"); a year before a vehicle make is
//     its model year, not a time ("a 2001 Chevrolet Cavalier").
//   - "earlier this year" is the year with Mod START, "later this year"
//     the year with Mod END; "early"/"mid"/"late" give START/MID/END.
//   - "a week ago today", "15 years ago today", "a week ago Friday" are
//     one day: N units back from that day (the last such weekday). "a
//     week ago" and "two weeks ago" alone are a day too, the anchor's
//     weekday that many weeks back; "six weeks ago" is a week.
//   - "last February" naming the month just before the anchor's is a
//     year back (that month is "last month"); "this past February" is
//     the month just ended.
//   - "N units later", "the following day" and their kin count from the
//     previous day-precision date in the text (Anchor "previous"), or
//     from the anchor when there is none.
//   - "in recent years", "recently" and "recent" before a noun ("the
//     recent talks", "blame recent losses") are PAST_REF; "now" and
//     "currently" PRESENT_REF; "soon" and "the future" FUTURE_REF; "the
//     coming weeks", "the weeks ahead" and "in recent weeks" (days,
//     months) are durations (PXW), as TimeBank annotates them.
//   - "the past year", "the last decade" are the previous year or decade
//     (DATE), as TimeBank annotates them; "the past three years" and "the
//     last month" stay durations. "the year ended June 30" is P1Y. As
//     the length of something, after "for" or a verb of spending time,
//     "the last year" is a span too ("has spent the last year making
//     films", "for the past year": P1Y), but not a reporting period
//     ("a profit for the last year of $2.7 billion").
//   - Quantity modifiers belong to the extent and set Mod: "nearly two
//     years" (LESS_THAN), "more than four hours" (MORE_THAN), "about two
//     years ago" (APPROX), "at least 30 days" (EQUAL_OR_MORE), "up to 180
//     days" (EQUAL_OR_LESS).
//   - A range of counts is one duration whose count is unknown, as
//     TimeBank writes "the next 12 to 18 months" (PXM): "two to three
//     weeks" PXW, "three or four days" PXD, "12-18 months" PXM. After
//     "between" each bound is its own expression ("between 60 and 90
//     days": P60D and P90D).
//   - Spans of no stated length or unit are PXX: "for a while", "for
//     quite some time", "a fairly lengthy period"; "for years" and "for
//     decades" are PXY.
//   - "or so" after a span makes it approximate ("the next two years or
//     so": P2Y, Mod APPROX); "or later" and "or earlier" after a date
//     bound it ("1994 or later": 1994, Mod ON_OR_AFTER). "Earlier
//     Sunday", "later yesterday" are that day, as "earlier today" is.
//   - Quarters are their own unit ("two consecutive quarters" P2Q). An
//     amount per unit of time ("$33 million a year", "100 tons per
//     year", "rise 8.5% annually") is a rate, no time, as a speed is
//     not; how often something happens is a SET ("twice a week", "seven
//     days a week", "held annually": P1W, P1Y).
//   - "the same period last year" and kin are the month, quarter or half
//     mentioned last, a year back; "the following month", "that year"
//     count from the month or year mentioned last.
//   - A month and day more than three weeks ahead of the anchor, told of
//     in a past clause ("held her hand on May 14"), is last year's; a
//     date after "was set to", "decided to" goes by its nearness.
//   - Weekly schedules ("open 10 a.m. to 5 p.m. Monday through Friday")
//     name no week: weekdays are SET XXXX-WXX-n, clock times
//     XXXX-XX-XXThh:mm. A range of particular weekdays starts no later
//     than it ends; a clock range's start takes its end's meridiem and
//     day ("from 7:30 to 9:30 p.m. Friday").
//   - A dateline at the head of the text one to three days before the
//     anchor ("KYIV, March 11 (Reuters) - " in a story dated March 12) is
//     the day the text was filed: the expressions after it count from
//     that day ("yesterday" is March 10).
//   - "overnight" alone is the night before the anchor (TIME …TNI), the
//     coming night in a future clause.
//   - In undated text a year that opens its sentence ("In 1812, …", "In
//     June 1951 …") frames the months, days, seasons and "the year" of
//     the next two sentences or so ("By December": 1812-12), as histories
//     are read (narrative.go); against an article date it does not.
//   - "that night", "that morning" are that part of the day last
//     mentioned; "January of the following year", "December of that
//     year" one month of the year named last.
//   - "the first Saturday in June" is one date, the day it names.
//   - An unknown count of centuries is PXC ("for centuries"); years and
//     centuries before the common era carry the BC prefix ("49 BC"
//     BC0049, "the 5th century BC" BC04).
//   - A capitalised season or part of the day that opens a name ("the
//     Summer Olympics", "Monday Night Football") is no time.
func Find(text string, anchor time.Time) []doc.Time {
	p := newParser(text, anchor)
	out := p.run()
	p.release()
	return out
}

// parserPool recycles the parsers of Find with their token slices: one
// parser a document would otherwise be two allocations (the parser and
// its tokens) and a third to put the tokens back.
var parserPool = sync.Pool{New: func() any { return new(parser) }}

// release returns p to parserPool, cleared but for its token slice and
// its out buffer (emptied and cleared), so that the pool pins no text or
// result; p must not be used after.
func (p *parser) release() {
	const keep = 1 << 16 // do not pin the tokens of a huge text
	// tokens and stops hold no pointers: nothing to clear
	t, stops := p.t[:0], p.stops[:0]
	if cap(t) > keep {
		t, stops = nil, nil
	}
	out := p.out
	clear(out) // the expressions' strings point into the text
	if cap(out) > keep/64 {
		out = nil
	}
	*p = parser{t: t, stops: stops, out: out[:0]}
	parserPool.Put(p)
}

type parser struct {
	text, low  string
	t          []token
	stops      []int32 // the tokens after a newline and the double quote marks (see lex)
	anchor     time.Time
	known      bool // anchor is known
	last       time.Time
	lastOK     bool
	lastEnd    int    // token index after the previous day-precision date
	lastBound  bool   // that date bounds a span ("since February 11"), no day told of
	inRange    bool   // reading the end of a clock range (see rangeEndClock)
	lastQ      string // the quarter being reported, for "a year earlier"
	lastQEnd   int
	spanEnd    int    // token after the last span of months of a report ("the nine months")
	fiscalQ    string // the last quarter named as fiscal ("the fiscal first quarter")
	fiscalQEnd int
	qCount     map[string]int // mentions of each quarter so far
	prevQ      string         // the quarter mentioned last, for "that quarter"
	lastP      string         // previous month, quarter or half (2009-02, 2009-Q3, 2009-H1)
	lastPEnd   int
	lastYM     string // previous year or month (2009, 2009-02)
	lastYMEnd  int
	weSat      time.Time // Saturday of the last weekend named (see dayAfterWeekend)
	weEnd      int       // token after it; 0 when none
	wkMonday   time.Time // Monday of the last week named without a day (see fromWeek)
	wkEnd      int       // token after it; 0 when none
	told       toldYear  // the year the text wrote last (narrative.go)
	narr       narrative // anchors of undated text (narrative.go)
	stamps     blogRun   // a live blog's entry stamps so far (blog.go)
	out        []doc.Time

	// the previous day-precision date not after the anchor, and the
	// token index after it (0: none), for "since then"
	lastPast   time.Time
	lastPastAt int

	quote speechQuote // the direct quote being read (quoteday.go)

	south bool // the story is told south of the equator (hemisphere.go)
}

func newParser(text string, anchor time.Time) *parser {
	low := segment.LowerASCII(text) // shared with the stages after this one
	p := parserPool.Get().(*parser) // cleared by release
	p.text, p.low = text, low
	toks := p.t
	if n := len(text)/5 + 1; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	p.stops = p.stops[:0]
	p.t = lex(text, low, toks[:0], &p.stops)
	// out is the pooled buffer release kept (see run for the copy the
	// caller gets)
	p.out = p.out[:0]
	if !anchor.IsZero() {
		p.anchor = day(anchor.Year(), anchor.Month(), anchor.Day())
		p.known = true
	} else {
		p.narr.undated = true
	}
	return p
}

// A match is one recognised expression over tokens [start,end).
type match struct {
	start, end int
	typ, val   string
	mod        string
	rel        string    // "", "article", "previous"
	day        time.Time // the resolved day, when the value has day precision
	hasDay     bool
}

func (p *parser) run() []doc.Time {
	for i := 0; ; {
		if i = p.nextTrigger(i); i >= len(p.t) {
			break
		}
		if p.narr.undated {
			p.expireAnchor(i)
		} else if p.known {
			p.speechAnchor(i)
		}
		m, ok := p.at(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		m = p.withModifier(m)
		m = p.withTail(m)
		if p.titleName(m) || p.nameHead(m) || p.unitCompound(m) || p.houseNumber(m) || p.modelYear(m) || p.rate(m) {
			i = m.end
			continue
		}
		if p.datedName(m) {
			i = m.end // "the May 13 Square"
			continue
		}
		if p.narr.undated && m.rel == "article" {
			// a date of the text, not the unknown article date; nothing
			// when no date of the text was there to resolve against
			m.rel = ""
			if m.val != "" && m.val[0] >= '0' && m.val[0] <= '9' {
				m.rel = "previous"
			}
		}
		s, e := int(p.t[m.start].s), int(p.t[m.end-1].e)
		p.out = append(p.out, doc.Time{
			Span: doc.Span{Start: s, End: e}, Text: p.text[s:e],
			Type: m.typ, Value: m.val, Mod: m.mod, Anchor: m.rel,
		})
		if m.hasDay && (m.rel != "article" || !p.pluperfectBefore(m.start)) && !(m.end == m.start+1 && p.forEvent(m.start)) && !(p.known && m.day.After(p.anchor) && p.scheduledFor(m.start, m.end)) {
			// (a day counted from the article date in a pluperfect
			// clause, "a ceasefire he had announced a day earlier", is
			// background: later expressions do not count from it)
			p.last, p.lastOK, p.lastEnd = m.day, true, m.end
			if p.known && !m.day.After(p.anchor) {
				p.lastPast, p.lastPastAt = m.day, m.end
			}
			p.lastBound = p.isWord(m.start-1, "since", "until", "till", "through", "before", "after")
			if p.dateline(m) {
				// "ASUNCION, Paraguay, July 8 (Reuters) - …" in a story
				// published on July 9: the text's today is the day it
				// was filed
				p.anchor = m.day
				p.lastOK = false
			}
		}
		if p.narr.undated {
			p.noteAnchor(m)
		}
		p.noteYear(m)
		if isQuarterValue(m.val) && m.rel != "previous" {
			p.noteQuarter(m.val, m.end)
			for k := m.start; k < m.end; k++ {
				if p.isWord(k, "fiscal") {
					p.fiscalQ, p.fiscalQEnd = m.val, m.end
				}
			}
		}
		if m.typ == TypeDuration && (m.val == "P6M" || m.val == "P9M") && p.isWord(m.start, "the", "first") {
			p.spanEnd = m.end
		}
		if isPeriodValue(m.val) && m.rel != "previous" {
			p.lastP, p.lastPEnd = m.val, m.end
		}
		if sat, ok := weekendSaturday(m.val); ok && m.typ == TypeDate {
			p.weSat, p.weEnd = sat, m.end
		}
		if mon, ok := weekMonday(m.val); ok && m.typ == TypeDate && !m.hasDay {
			p.wkMonday, p.wkEnd = mon, m.end
		}
		if m.typ == TypeDate && (len(m.val) == 4 || len(m.val) == 7 && m.val[5] <= '1') && m.val[0] != 'X' && !m.hasDay {
			p.lastYM, p.lastYMEnd = m.val, m.end
		}
		i = m.end
	}
	p.endSpeech()
	if len(p.out) == 0 {
		return nil // no expression: nil, as before out was given room
	}
	p.offsetDates(p.out) // "…, a day after troops launched an offensive"
	p.out = eveOfDays(p.text, weeklySchedules(p.text, dayPartsOnDays(p.text, p.out), p.knownAnchor()))
	rangeEnds(p.text, p.out) // "from May 24 to May 26"
	// the caller gets an exact-size copy: p.out is pooled (release), and
	// room to spare in a result is garbage that brings the next
	// collection sooner
	out := make([]doc.Time, len(p.out))
	copy(out, p.out)
	return out
}

// dateline reports whether m is the date of a dateline at the head of
// the text ("KYIV, March 11 (Reuters) - ", "LONDON, 3 May (AFP) – ",
// "March 11, 2019 — ") that lies one to three days before the article
// date: wire copy is often
// dated by its publication the day after it was filed, and the text's
// "today", "yesterday" and weekdays count from the filing day.
func (p *parser) dateline(m match) bool {
	if !p.known || len(p.out) != 1 || !m.hasDay || p.t[m.start].s > 600 {
		return false
	}
	if gap := p.anchor.Sub(m.day); gap < 24*time.Hour || gap > 3*24*time.Hour {
		return false
	}
	// before: a place in capitals, its line's first word, and a comma;
	// or nothing, the date opening its line ("March 12, 2019 — …")
	k := m.start - 1
	if m.start > 0 && !p.t[m.start].nl() {
		if !p.isPunct(k, ",") {
			return false
		}
		for ; k > 0 && !p.t[k].nl(); k-- {
		}
		if t := &p.t[k]; t.kind() != kWord || !t.upper() || t.e-t.s < 2 || strings.ToUpper(p.text[t.s:t.e]) != p.text[t.s:t.e] {
			return false
		}
	}
	// after: an optional agency in brackets, then a dash (or, after the
	// agency, the story's first word: "NEW DELHI, March 12 (PTI) The …")
	e := m.end
	if p.isPunct(e, "(") {
		for e++; e < len(p.t) && e < m.end+6 && !p.isPunct(e, ")"); e++ {
		}
		e++
		if p.isPunct(e-1, ")") && e < len(p.t) && p.t[e].kind() == kWord && p.t[e].upper() && !p.t[e].nl() {
			return true
		}
	}
	return p.isPunct(e, "-") || p.isPunct(e, "\u2013") || p.isPunct(e, "\u2014") || p.isPunct(e, "_")
}

// withModifier extends m over a quantity modifier written before it
// ("nearly two years", "more than four hours", "about two years ago",
// "around 7:15 p.m.") and records it as the TIMEX3 mod, as TimeML
// annotates them. Modifiers never reach back into the previous
// expression.
func (p *parser) withModifier(m match) match {
	s := m.start
	prevEnd := 0
	if n := len(p.out); n > 0 {
		prevEnd = p.out[n-1].Span.End
	}
	if s == 0 || int(p.t[s-1].s) < prevEnd {
		return m
	}
	w1, w2, w3 := p.word(s-1), p.word(s-2), p.word(s-3)
	if w1 == "in" && (w2 == "early" || w2 == "late") && m.typ == TypeDate && m.mod == "" && !m.hasDay && s >= 2 &&
		int(p.t[s-2].s) >= prevEnd && len(m.val) >= 4 && m.val[0] >= '0' && m.val[0] <= '9' && !isQuarterValue(m.val) {
		// "early in 1918", "late in March": a year or month with Mod
		// START or END, as "early 1918" and "late June" are
		m.start, m.mod = s-2, "START"
		if w2 == "late" {
			m.mod = "END"
		}
		return m
	}
	counted := m.typ == TypeDuration || m.typ == TypeDate && p.isWord(m.end-1, "ago")
	mod, n := "", 0
	switch {
	case w3 == "no" && w2 == "more" && w1 == "than":
		mod, n = "EQUAL_OR_LESS", 3
	case w2 == "more" && w1 == "than", w2 == "longer" && w1 == "than":
		mod, n = "MORE_THAN", 2
	case w2 == "less" && w1 == "than", w2 == "fewer" && w1 == "than":
		mod, n = "LESS_THAN", 2
	case w2 == "at" && w1 == "least":
		mod, n = "EQUAL_OR_MORE", 2
	case w2 == "at" && w1 == "most", w2 == "up" && w1 == "to":
		mod, n = "EQUAL_OR_LESS", 2
	case w1 == "nearly" || w1 == "almost":
		mod, n = "LESS_THAN", 1
	case w1 == "about" || w1 == "around" || w1 == "approximately" || w1 == "roughly":
		mod, n = "APPROX", 1
	case w1 == "over" && counted && !p.isWord(s, "the") && m.val != "PXX":
		// not "over a long period": throughout it
		mod, n = "MORE_THAN", 1
	}
	if n == 0 {
		return m
	}
	switch {
	case counted:
		if p.isWord(s, "the") {
			return m // "more than the past year": a comparison
		}
	case mod == "APPROX" && (m.typ == TypeTime && p.t[s].kind() == kNum || m.typ == TypeDate && m.hasDay && p.isMonthWord(s)):
		// "around 7:15 p.m.", "around Nov. 1"; not "get around
		// Wednesday's ruling"
	default:
		return m
	}
	for k := s - n; k < s; k++ {
		if int(p.t[k].s) < prevEnd || p.t[k].kind() != kWord {
			return m
		}
	}
	m.start = s - n
	if m.mod == "" {
		m.mod = mod
	}
	return m
}

// withTail extends m over an approximation or bound written after it, as
// TimeML annotates them: "the next two years or so" (Mod APPROX), "1994
// or later" (ON_OR_AFTER), "June or earlier" (ON_OR_BEFORE).
func (p *parser) withTail(m match) match {
	e := m.end
	if !p.isWord(e, "or") {
		return m
	}
	mod := ""
	switch p.word(e + 1) {
	case "so":
		if m.typ == TypeDuration || m.typ == TypeDate && p.isWord(e-1, "ago") {
			mod = "APPROX"
		}
	case "later":
		if (m.typ == TypeDate || m.typ == TypeTime) && m.val[0] >= '0' && m.val[0] <= '9' {
			mod = "ON_OR_AFTER"
		}
	case "earlier":
		if (m.typ == TypeDate || m.typ == TypeTime) && m.val[0] >= '0' && m.val[0] <= '9' {
			mod = "ON_OR_BEFORE"
		}
	}
	if mod == "" || m.mod != "" && m.mod != mod {
		return m
	}
	if nw := p.word(e + 2); nw == "than" || nw == "that" {
		return m // "two years or so that …", "or later than planned"
	}
	m.end, m.mod = e+2, mod
	return m
}

// titleName reports whether m is part of a title or name rather than a
// time: every word is capitalised, every word is one written in lower
// case when it means a time ("Today", "This Week", "Noon", "Minutes"),
// and it stands inside a sentence, not at its start or in a headline
// written in title case: ABC's "This Week", the film "High Noon", CBS's
// "60 Minutes", "This is VOA Today."
func (p *parser) titleName(m match) bool {
	words := 0
	for k := m.start; k < m.end; k++ {
		t := &p.t[k]
		if t.kind() != kWord {
			continue
		}
		if !t.upper() || !titleWords[p.low[t.s:t.e]] {
			return false
		}
		words++
	}
	if words == 0 {
		return false
	}
	b := m.start - 1
	nl := p.t[m.start].nl()
	for b >= 0 && p.t[b].kind() == kPunct && quoteMarks[p.tok(b)] {
		nl = nl || p.t[b].nl()
		b--
	}
	if b < 0 || nl || p.t[b].kind() == kPunct && p.boundary(b) || p.isPunct(b, ":") || p.isPunct(b, "-") || p.isPunct(b, "_") {
		return false // a sentence start
	}
	// a headline in title case: a short line with most words
	// capitalised and no closing punctuation
	ls, le := m.start, m.end
	for ls > 0 && !p.t[ls].nl() {
		ls--
	}
	for le < len(p.t) && !p.t[le].nl() {
		le++
	}
	all, up := 0, 0
	for k := ls; k < le; k++ {
		if p.t[k].kind() == kWord && p.t[k].e-p.t[k].s > 3 {
			all++
			if p.t[k].upper() {
				up++
			}
		}
	}
	// headlines carry no full stop
	return all > 12 || up*2 <= all || p.t[le-1].kind() == kPunct
}

// nameHead reports whether m ends in a capitalised season or part of the
// day that begins a name with the capitalised word after it: "the Summer
// Olympics", "the Winter Games", "the Spring Festival", "Monday Night
// Football". A season or part of the day written in lower case, or one
// that opens its sentence, is a time as usual.
func (p *parser) nameHead(m match) bool {
	k := m.end - 1
	if k <= m.start && (k == 0 || p.boundary(k-1)) || !p.t[k].upper() || p.t[k].kind() != kWord {
		return false
	}
	if _, ok := seasons[p.tok(k)]; !ok && dayParts[p.tok(k)] == "" {
		return false
	}
	n := m.end
	if n >= len(p.t) || p.t[n].kind() != kWord || !p.t[n].upper() || !p.t[n].gap() || p.t[n].nl() || p.isMonthWord(n) || p.weekdayAt(n) {
		return false
	}
	return true
}

// unitCompound reports whether m ends in a unit that opens a "unit-to-
// unit" compound: "the quarter-to-quarter comparison", "day-to-day
// management", "year-to-year changes" compare periods but name none.
func (p *parser) unitCompound(m match) bool {
	e := m.end
	if !p.isPunct(e, "-") {
		return false // most expressions: no hyphen after them, no lookup of their unit
	}
	if _, ok := units[p.word(e-1)]; !ok {
		return false
	}
	return p.attached(e) && p.isWord(e+1, "to") && p.attached(e+1) && p.isPunct(e+2, "-")
}

// titleWords are time words written in lower case inside a sentence.
var titleWords = map[string]bool{
	"today": true, "tonight": true, "tomorrow": true, "yesterday": true, "now": true,
	"noon": true, "midnight": true, "this": true, "next": true, "last": true,
	"week": true, "weekend": true, "month": true, "year": true, "day": true,
	"minutes": true, "minute": true, "hours": true, "hour": true, "days": true,
	"weeks": true, "months": true, "years": true, "morning": true, "evening": true,
	"night": true, "afternoon": true, "century": true, "decade": true, "present": true,
	"future": true, "past": true, "moment": true, "the": true, "a": true,
}

var quoteMarks = map[string]bool{"\"": true, "'": true, "`": true, "\u201c": true, "\u201d": true, "\u2018": true, "\u2019": true}

// noteQuarter records a mention of quarter v ending at token end. The
// quarter being reported, which "a year earlier" and "the year-ago
// period" count back from, is the one mentioned most often so far; a
// quarter named once in passing ("after a flat second quarter") does not
// displace it, and ties keep the earlier. Quarters more than a year before
// the article are history, not reports.
func (p *parser) noteQuarter(v string, end int) {
	if p.lastQ != "" && p.newStory(p.lastQEnd, end) {
		// "Separately, America West reported third-quarter profit": a
		// new report, whose quarter the next "a year earlier" counts from
		clear(p.qCount)
		p.lastQ, p.fiscalQ = "", ""
	}
	p.prevQ = v
	p.lastQEnd = end
	if p.qCount == nil {
		p.qCount = make(map[string]int, 4)
	}
	p.qCount[v]++
	if v[6] == 'X' && p.fiscalQ != "" && p.lastQ == p.fiscalQ && v[:4] == p.lastQ[:4] {
		// "the quarter ended Sept. 30" told after "the fiscal first
		// quarter": the report's quarter is that one, by the calendar
		// unknown
		p.lastQ = v
		return
	}
	if p.lastQ != "" && p.history(v) && !p.history(p.lastQ) {
		return // "stopped paying a dividend in the third quarter of 1984"
	}
	if p.lastQ == "" || p.qCount[v] > p.qCount[p.lastQ] || p.history(p.lastQ) && !p.history(v) {
		p.lastQ = v
	}
}

// reportReach is how many tokens after the last mention of a quarter
// "a year ago", "the year-earlier period" and kin still count back from
// the quarter being reported: an earnings story keeps its quarter
// throughout.
const reportReach = 400

// newStory reports whether the sentence that ends at token to opens
// with "Separately" after token from, as news briefs begin the report of
// another company ("Separately, America West reported third-quarter
// profit").
func (p *parser) newStory(from, to int) bool {
	for k := to - 1; k >= from && k >= 0; k-- {
		if p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) {
			return false
		}
		if p.isWord(k, "separately") && p.t[k].upper() && (k == 0 || p.t[k].nl() || p.t[k-1].kind() == kPunct && p.boundary(k-1)) {
			return true
		}
		if p.t[k].nl() {
			return false
		}
	}
	return false
}

// history reports whether the period v began more than a year before
// the article's year.
func (p *parser) history(v string) bool {
	y, _ := strconv.Atoi(v[:4])
	return p.known && y < p.anchor.Year()-1
}

// free reports whether token k lies after every expression found so far,
// so that a match may reach back to it.
func (p *parser) free(k int) bool {
	n := len(p.out)
	return k >= 0 && (n == 0 || int(p.t[k].s) >= p.out[n-1].Span.End)
}

func (p *parser) isMonthWord(i int) bool {
	return p.in(i, cMonth)
}

// isPeriodValue reports whether v is a resolved month, quarter or half.
func isPeriodValue(v string) bool {
	if len(v) != 7 || v[4] != '-' || v[0] == 'X' {
		return false
	}
	switch v[5] {
	case 'Q', 'H':
		return true
	}
	return '0' <= v[5] && v[5] <= '1' && '0' <= v[6] && v[6] <= '9'
}

// ordinalDays maps ordinal words to days of the month; "twenty" and
// "thirty" only combine ("twenty-first").
var ordinalDays = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "twenty": 20, "thirty": 30,
}

func isQuarterValue(v string) bool {
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[0] != 'X'
}

// triggers are the words that can begin an expression.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]int{months, weekdays, numberWords, ordinals} {
		for k := range t {
			m[k] = true
		}
	}
	for k := range units {
		m[k] = true
	}
	for k := range sets {
		m[k] = true
	}
	for k := range refWords {
		m[k] = true
	}
	for k := range seasons {
		m[k] = true
	}
	for k := range vagueQuantities {
		m[k] = true
	}
	for k := range decadeWords {
		m[k] = true
	}
	for k := range dayParts {
		m[k] = true
	}
	for k := range longWords {
		m[k] = true
	}
	for _, w := range strings.Fields(`today yesterday tomorrow tonight tonite the this last next past
		coming early late mid earlier later every each once twice noon midnight midday end beginning
		start middle present these that fiscal q half previous following same current couple dozens
		hundreds mondays tuesdays wednesdays thursdays fridays saturdays sundays per latest same corresponding comparable term being half fy
		christmas new valentine halloween thanksgiving easter good election boxing ramadan orthodox nowruz novruz navruz nauryz nooruz norooz
		future moment clock time single then
		while lengthy period date mon tue tues wed weds thu thur thurs fri sat sun midweek dawn daybreak sunrise dusk sunset nightfall`) {
		m[w] = true
	}
	return m
}()

// longWords are one-word durations.
var longWords = map[string]string{
	"yearlong": "P1Y", "weeklong": "P1W", "daylong": "P1D", "monthlong": "P1M",
}

// trigger reports whether an expression may begin at token i: a strong
// trigger, or a weak one with a strong one close behind. run finds the
// triggers with nextTrigger.
func (p *parser) trigger(i int) bool {
	switch p.strength(i) {
	case 2:
		return true
	case 1:
		// a weak trigger ("the", "a", "last") starts an expression only
		// with a strong one close behind: "the past three years"
		for j := i + 1; j < len(p.t) && j <= i+4; j++ {
			if p.strength(j) == 2 {
				return true
			}
		}
	}
	return false
}

// nextTrigger returns the first k >= i with p.trigger(k), len(p.t) when
// there is none. It finds the next strong token s first, in a loop that
// reads one word per token: a weak token before s is a trigger only
// within four tokens of it, and one before s-4 has no strong one close
// enough behind.
func (p *parser) nextTrigger(i int) int {
	t := p.t
	s := max(i, 0)
	// four tokens a step while none of them can be strong: a token of
	// strength 2 has bit 9 of f set (str is f>>8&3), so one test on the
	// four words or-ed together passes over most of the text
	for s+4 <= len(t) {
		q := t[s : s+4]
		if (q[0].f|q[1].f|q[2].f|q[3].f)&(2<<8) != 0 {
			break
		}
		s += 4
	}
	for s < len(t) && t[s].str() != 2 {
		s++
	}
	if s == len(t) {
		return s
	}
	for k := max(i, s-4); k < s; k++ {
		if t[k].str() == 1 {
			return k
		}
	}
	return s
}

// strength classifies token i (lex computes it once per token): 2
// for words and numbers that are time
// expressions or their heads, 1 for words that only open one, 0 else.
func (p *parser) strength(i int) uint8 { return p.t[i].str() }

// strengths maps trigger words to 2 and weak triggers to 1, so that a
// token costs one map lookup.
var strengths = func() map[string]uint8 {
	m := make(map[string]uint8, len(triggers))
	for w := range triggers {
		m[w] = 2
	}
	for w := range weakTriggers {
		m[w] = 1
	}
	return m
}()

// Word classes: the low bits of a wordClasses value are the word's
// trigger strength, the others say which word tables hold it, so that a
// rule tests a bit of the token (parser.in) before it hashes the word
// into a map that does not have it.
const (
	cStrength uint16 = 3 // strengths: 0, 1 or 2
	cMonth    uint16 = 1 << (iota + 1)
	cWeekday
	cUnit
	cNumber
	cOrdinal
	cSeason
	cSet
	cRef
	cLong
	cVague
	cOrdDay  // ordinalDays
	cPastIrr // pastIrregular
	cCue     // cueSwitch, scheduleVerbs, ambiguousPast, pastIrregular: see parser.cue
)

// wordClasses maps a lowered word to its strength and class bits; one
// lookup per word token, in lex.
var wordClasses = newWordSet(func() map[string]uint16 {
	m := map[string]uint16{}
	for w, v := range strengths {
		m[w] |= uint16(v)
	}
	addKeys(m, cMonth, months)
	addKeys(m, cWeekday, weekdays)
	addKeys(m, cUnit, units)
	addKeys(m, cNumber, numberWords)
	addKeys(m, cOrdinal, ordinals)
	addKeys(m, cSeason, seasons)
	addKeys(m, cSet, sets)
	addKeys(m, cRef, refWords)
	addKeys(m, cLong, longWords)
	addKeys(m, cVague, vagueQuantities)
	addKeys(m, cOrdDay, ordinalDays)
	addKeys(m, cPastIrr, pastIrregular)
	addKeys(m, cCue, cueSwitch)
	addKeys(m, cCue, scheduleVerbs)
	addKeys(m, cCue, ambiguousPast)
	addKeys(m, cCue, pastIrregular)
	return m
}())

func addKeys[V any](m map[string]uint16, c uint16, from map[string]V) {
	for w := range from {
		m[w] |= c
	}
}

// in reports whether token i is a word of class c; for the word tables
// above, p.in(i, c) is exactly "p.word(i) is a key of c's table".
func (p *parser) in(i int, c uint16) bool {
	return uint(i) < uint(len(p.t)) && p.t[i].cls()&c != 0
}

// get is m[w] for a w whose class membership in is known: a word not in
// the class is not looked up.
func get[V any](in bool, m map[string]V, w string) (V, bool) {
	if !in {
		var zero V
		return zero, false
	}
	v, ok := m[w]
	return v, ok
}

// weakTriggers open expressions but are never one alone.
var weakTriggers = map[string]bool{
	"the": true, "a": true, "an": true, "that": true, "new": true, "good": true,
	"some": true, "many": true, "few": true, "several": true, "various": true,
	"multiple": true, "numerous": true, "countless": true, "each": true, "every": true,
	"this": true, "last": true, "next": true, "coming": true,
	"early": true, "late": true, "mid": true, "end": true, "beginning": true,
	"start": true, "middle": true, "earlier": true, "later": true, "previous": true,
	"following": true, "first": true, "second": true, "third": true,
	"fourth": true, "final": true, "per": true, "once": true, "twice": true,
	"couple": true, "dozens": true, "hundreds": true, "these": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "fiscal": true, "q": true, "h": true,
	"valentine": true, "election": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true,
	"fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
	"nineteenth": true, "twentieth": true, "thirtieth": true, "fifth": true,
}

// Token accessors. All are safe for out-of-range indexes.

func (p *parser) word(i int) string {
	if uint(i) < uint(len(p.t)) {
		if t := p.t[i]; t.kind() == kWord {
			return p.low[t.s:t.e]
		}
	}
	return ""
}

// tok returns the lowered text of token i.
func (p *parser) tok(i int) string {
	t := p.t[i]
	return p.low[t.s:t.e]
}

func (p *parser) isWord(i int, ws ...string) bool {
	w := p.word(i)
	if w == "" {
		return false
	}
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func (p *parser) isPunct(i int, s string) bool {
	if uint(i) >= uint(len(p.t)) {
		return false
	}
	t := p.t[i]
	return t.kind() == kPunct && p.low[t.s:t.e] == s
}

// attached reports whether token i directly follows token i-1.
func (p *parser) attached(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].gap() }

func (p *parser) numTok(i int) (n, digits int, ok bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind() != kNum || p.t[i].n < 0 {
		return 0, 0, false
	}
	return int(p.t[i].n), int(p.t[i].e - p.t[i].s), true
}

// prevChar and nextChar return the bytes around token i, 0 at the text
// edges.
func (p *parser) prevChar(i int) byte {
	if s := int(p.t[i].s); s > 0 {
		return p.text[s-1]
	}
	return 0
}

func (p *parser) nextChar(i int) byte {
	if e := int(p.t[i].e); e < len(p.text) {
		return p.text[e]
	}
	return 0
}

// skipDot skips an abbreviation's full stop after token i-1.
func (p *parser) skipDot(i int) int {
	if p.isPunct(i, ".") && p.attached(i) {
		return i + 1
	}
	return i
}

// boundary reports whether token i ends a clause for the purposes of
// tense detection.
func (p *parser) boundary(i int) bool {
	t := &p.t[i]
	if t.nl() {
		return true
	}
	if t.kind() == kPunct {
		if p.tok(i) == "." && p.attached(i) && p.attached(i+1) && i > 0 && p.t[i-1].kind() == kNum && p.t[i+1].kind() == kNum {
			return false // a decimal point: "9.5 million"
		}
		switch p.tok(i) {
		case ".", "!", "?", ";", "\"", "\u201c", "\u201d":
			return true
		}
	}
	return false
}

// future reports whether the expression at token i is in a future
// clause (see [parser.tense]).
func (p *parser) future(i int) bool { return p.tense(i, i+1) > 0 }

// ref returns the date relative expressions count from: the previous
// day-precision date in the text, else the anchor.
func (p *parser) ref(i int) (time.Time, string, bool) {
	if p.lastOK && i-p.lastEnd < 200 {
		return p.last, "previous", true
	}
	if p.known {
		return p.anchor, "article", true
	}
	return time.Time{}, "", false
}

// at returns the longest expression starting at token i.
func (p *parser) at(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	// Parsers whose first test is on token i itself are called only for
	// tokens that pass it: each call returns a large match, and most
	// tokens here start no expression.
	w, kind := p.word(i), uint8(255)
	if i >= 0 && i < len(p.t) {
		kind = p.t[i].kind()
	}
	the := w == "the"
	switch w { // modified's first words
	case "the", "early", "late", "mid", "end", "beginning", "start", "middle", "turn", "earlier", "later":
		try(p.modified(i))
	}
	try(p.core(i))
	if the {
		try(p.copulaDay(i))
	}
	if the || w == "a" {
		try(p.runOfUnits(i))
	}
	try(p.duration(i))
	if p.in(i, cSet|cWeekday) || w == "every" || w == "each" || w == "per" || len(w) > 6 && w[len(w)-1] == 's' { // setExpr's
		try(p.setExpr(i))
	}
	if kind == kNum || p.in(i, cNumber) || w == "noon" || w == "midday" || w == "midnight" { // clock's
		try(p.clock(i))
	}
	if the || w == "that" {
		try(p.theExpr(i))
	}
	if the && p.in(i+2, cWeekday) {
		try(p.nthWeekday(i))
	}
	if p.in(i, cRef) || the || w == "then" || w == "these" || w == "present" || w == "coming" { // refExpr's
		try(p.refExpr(i))
	}
	if kind == kPunct {
		try(p.shortYear(i))
	}
	if w == "year" {
		try(p.yearEnd(i))
	}
	if kind == kNum {
		try(p.conjoinedDay(i))
	}
	if w == "a" || w == "some" { // vague's
		try(p.vague(i))
	}
	if kind == kNum || len(w) >= len("twentieth") && centuryOrdinals[w] > 0 {
		// "the fabled 11th century temple", "a 20th century democrat"
		if m, ok := p.century(i, i); ok && p.isWord(m.end-1, "century") {
			try(m, true)
		}
	}
	return best, found
}

// nthWeekday: "the first Saturday in June", "the fourth Thursday of
// November 2024", "the last Sunday in October": the day that weekday
// falls on that often in that month, whose year is the month's own
// (written, or resolved as a month alone is).
func (p *parser) nthWeekday(i int) (match, bool) {
	n := 0
	switch p.word(i + 1) {
	case "first":
		n = 1
	case "second":
		n = 2
	case "third":
		n = 3
	case "fourth":
		n = 4
	case "fifth":
		n = 5
	case "last", "final":
		n = -1
	}
	wd, ok := weekdays[p.word(i+2)]
	if n == 0 || !ok || !p.t[i+2].upper() || !p.isWord(i+3, "in", "of") || !p.isMonthWord(i+4) {
		return match{}, false
	}
	mm, ok := p.monthExpr(i + 4)
	if !ok || len(mm.val) != 7 || mm.end > i+7 {
		return match{}, false // "the first Monday in June 5" is no such day
	}
	m := match{start: i, end: mm.end, typ: TypeDate, rel: mm.rel}
	y, err1 := strconv.Atoi(mm.val[:4])
	mo, err2 := strconv.Atoi(mm.val[5:])
	if err1 != nil || err2 != nil {
		m.val = mm.val + "-XX" // "XXXX-06": no year to count in
		return m, true
	}
	var t time.Time
	if n > 0 {
		first := day(y, time.Month(mo), 1)
		t = first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7+7*(n-1))
	} else {
		last := day(y, time.Month(mo)+1, 1).AddDate(0, 0, -1)
		t = last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7))
	}
	if int(t.Month()) != mo {
		return match{}, false // no fifth Monday this month
	}
	m.val, m.day, m.hasDay = fmtDay(t), t, true
	return m, true
}

// copulaDay: "today is the eighth day of the blockade", "It's the second
// day of an offensive", "Tuesday was the third day of talks": a day
// counted within an event, said of a day just named (or of the article's
// day by "today", or "it"/"this" in the present), is that day.
func (p *parser) copulaDay(i int) (match, bool) {
	if !p.isWord(i, "the") || !p.isWord(i+2, "day") || !p.isWord(i+3, "of") {
		return match{}, false
	}
	if _, ok := ordinalDays[p.word(i+1)]; !ok || p.isWord(i+1, "twenty", "thirty") {
		return match{}, false
	}
	c := i - 1
	present := p.isWord(c, "is", "marks")
	if p.isWord(c, "s") && (p.isPunct(c-1, "'") || p.isPunct(c-1, "\u2019")) && p.attached(c-1) && p.attached(c) {
		present, c = true, c-1 // "It's"
	} else if !present && !p.isWord(c, "was", "marked") {
		return match{}, false
	}
	m := match{start: i, end: i + 3, typ: TypeDate}
	switch {
	case p.lastOK && p.lastEnd == c:
		m.val, m.rel, m.day, m.hasDay = fmtDay(p.last), "previous", p.last, true
	case present && (p.isWord(c-1, "today") || p.isWord(c-1, "it", "this") && (c-1 == 0 || p.boundary(c-2) || p.t[c-1].upper())):
		if !p.known {
			m.val = "XXXX-XX-XX"
			return m, true
		}
		m.val, m.rel, m.day, m.hasDay = fmtDay(p.anchor), "article", p.anchor, true
	default:
		return match{}, false
	}
	return m, true
}

// runOfUnits: "for a second consecutive day", "the third straight
// week", "for the fourth day in a row": the latest day or week of a run,
// the one the clause tells of: the day just named in the sentence, else
// the article's.
func (p *parser) runOfUnits(i int) (match, bool) {
	if !p.isWord(i, "a", "the") {
		return match{}, false
	}
	j := i + 1
	if _, ok := ordinalDays[p.word(j)]; !ok || p.isWord(j, "twenty", "thirty", "first") {
		return match{}, false
	}
	j++
	row := p.isWord(j, "consecutive", "straight", "successive")
	if row {
		j++
	}
	// days and weeks only: a run of months or quarters ends at the
	// period a report covers ("the third consecutive month that jobs
	// grew"), which the article date does not give
	code := map[string]string{"day": "D", "week": "W"}[p.word(j)]
	if code == "" {
		return match{}, false
	}
	end := j + 1
	if !row {
		if !p.isWord(end, "in") || !p.isWord(end+1, "a") || !p.isWord(end+2, "row") {
			return match{}, false
		}
	}
	m := match{start: i, end: end, typ: TypeDate}
	t, rel := p.anchor, "article"
	if p.lastOK && p.lastEnd <= i && i-p.lastEnd <= 12 && p.sameSentence(p.lastEnd, i) {
		t, rel = p.last, "previous"
	} else if !p.known {
		m.val = unknownAt(code)
		return m, true
	}
	m.val, m.rel = atGranularity(t, code), rel
	if code == "D" {
		m.day, m.hasDay = t, true
	}
	return m, true
}

// sameSentence reports whether no sentence boundary lies between tokens
// from and to.
func (p *parser) sameSentence(from, to int) bool {
	for k := from; k < to && k < len(p.t); k++ {
		if p.boundary(k) && !p.abbrevStop(k) {
			return false
		}
	}
	return true
}

// conjoinedDay: the second day of "April 24 and 25", "March 10-12",
// "May 3 to 5": a day number right after a month-day date, in its month.
func (p *parser) conjoinedDay(i int) (match, bool) {
	n := len(p.out)
	if n == 0 || i < 2 || p.t[i].kind() != kNum {
		return match{}, false
	}
	prev := p.out[n-1]
	if len(prev.Value) != 10 || prev.Type != TypeDate || prev.Span.End != int(p.t[i-2].e) {
		return match{}, false
	}
	if !p.isWord(i-1, "and", "or", "to", "through", "until") && !((p.isPunct(i-1, "-") || p.isPunct(i-1, "\u2013")) && p.attached(i-1) && p.attached(i)) {
		return match{}, false
	}
	d, e, ok := p.dayNum(i)
	if !ok || d < 1 || d > 31 {
		return match{}, false
	}
	if nw := p.word(e); nw != "" && (months[nw] > 0 || units[nw].code != "" || countNoun(nw) || nw == "percent") {
		return match{}, false
	}
	if _, _, num := p.numTok(e + 1); p.isPunct(e, "%") || p.isPunct(e, ",") && p.attached(e) && num {
		return match{}, false
	}
	v := prev.Value[:8] + pad2(d)
	if v[0] != 'X' {
		y, _ := strconv.Atoi(v[:4])
		mo, _ := strconv.Atoi(v[5:7])
		if !validDay(y, mo, d) {
			return match{}, false
		}
		t := day(y, time.Month(mo), d)
		return match{start: i, end: e, typ: TypeDate, val: v, rel: prev.Anchor, day: t, hasDay: true}, true
	}
	return match{start: i, end: e, typ: TypeDate, val: v}, true
}

// yearEnd: "year-end", "year end", "year's end": the end of the
// article's year.
func (p *parser) yearEnd(i int) (match, bool) {
	if !p.isWord(i, "year") {
		return match{}, false
	}
	e := 0
	switch {
	case p.isPunct(i+1, "-") && p.attached(i+1) && p.isWord(i+2, "end") && p.attached(i+2):
		e = i + 3
	case p.isWord(i+1, "end") && !p.isPunct(i+2, "-"):
		e = i + 2
	case (p.isPunct(i+1, "'") || p.isPunct(i+1, "\u2019")) && p.isWord(i+2, "s") && p.isWord(i+3, "end"):
		e = i + 4
	default:
		return match{}, false
	}
	if p.isWord(i-1, "fiscal", "financial", "the") {
		return match{}, false // "the fiscal year-end", "the year end" of a company
	}
	off := 0
	if p.isWord(i-1, "since") || p.known && p.anchor.Month() <= 3 && p.tense(i, e) < 0 {
		// "the change is since year-end", "at year-end, reserves stood
		// at …" in February: the last year's end, not this one's
		off = -1
	}
	m := p.fromAnchor(i, e, off, "Y")
	m.mod = "END"
	return m, true
}

// shortYear: "since '82", "in '99": an apostrophe and two digits where a
// year is expected. Years below 30 are 20xx.
func (p *parser) shortYear(i int) (match, bool) {
	if !p.isPunct(i, "'") && !p.isPunct(i, "\u2019") || !yearContext[p.word(i-1)] || !p.attached(i+1) {
		return match{}, false
	}
	n, d, ok := p.numTok(i + 1)
	if !ok || d != 2 || p.isWord(i+2, "s") && p.attached(i+2) {
		return match{}, false
	}
	if c := p.nextChar(i + 1); isDigitOrLetter(c) || c == '\'' || c == '%' {
		return match{}, false
	}
	y := 1900 + n
	if n < 30 {
		y = 2000 + n
	}
	return match{start: i, end: i + 2, typ: TypeDate, val: fmtYear(y)}, true
}

// --- dates ---

// core recognises date expressions that modifiers can wrap.
func (p *parser) core(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if p.in(i, cMonth) { // monthExpr's first test, as at's guards
		try(p.monthExpr(i))
	}
	num := uint(i) < uint(len(p.t)) && p.t[i].kind() == kNum
	if num || p.in(i, cOrdDay) { // dayNum's
		try(p.dayMonth(i))
	}
	w := p.word(i)
	// a determiner of weekdays and seasons, relative's
	det := w == "last" || w == "past" || w == "previous" || w == "next" || w == "coming" || w == "this"
	if det || p.in(i, cWeekday) || p.isPunct(i+1, ".") && i >= 0 && p.t[i].upper() { // "Tues."
		try(p.weekdayExpr(i))
	}
	if num || w == "fiscal" || w == "fy" || w == "nineteen" || w == "two" { // yearExpr's, spokenYear's
		try(p.yearExpr(i))
	}
	if det && w != "past" || w == "current" || w == "following" {
		try(p.relative(i))
	}
	switch w { // deictic's
	case "today", "yesterday", "tomorrow", "overnight", "tonight", "tonite":
		try(p.deictic(i))
	}
	if det || p.in(i, cSeason) {
		try(p.season(i))
	}
	if num || p.in(i, cOrdinal) || w == "fiscal" || w == "q" || w == "h" {
		try(p.quarter(i))
	}
	if i >= 0 && i < len(p.t) && p.t[i].upper() {
		try(p.holidayExpr(i))
	}
	if w == "new" {
		try(p.newYear(i))
	}
	if w == "midweek" || w == "mid" {
		try(p.midweek(i))
	}
	if w == "dawn" || w == "daybreak" || w == "sunrise" || w == "dusk" || w == "sunset" || w == "nightfall" {
		try(p.dawnOn(i))
	}
	return best, found
}

// modified handles early/mid/late X, the end/beginning/middle of X,
// earlier/later this X.
func (p *parser) modified(i int) (match, bool) {
	j := i
	the := false
	if p.isWord(j, "the") {
		j++
		the = true
	}
	mod := ""
	switch p.word(j) {
	case "early", "late":
		mod, j = "START", j+1
		if p.word(j-1) == "late" {
			mod = "END"
		}
		if p.isPunct(j, "-") && p.attached(j) && p.attached(j+1) {
			j++ // "late-November", "early-2019"
		}
	case "mid":
		mod, j = "MID", j+1
		if p.isPunct(j, "-") && p.attached(j) {
			j++
		}
	case "end", "beginning", "start", "middle", "turn":
		mod = map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}[p.word(j)]
		if p.word(j) == "end" && !the && p.isPunct(j+1, "-") && p.attached(j+1) && p.attached(j+2) {
			j += 2 // "end-March", "end-2019" (wire style)
			break
		}
		if !p.isWord(j+1, "of") {
			return match{}, false
		}
		j += 2
		if p.isWord(j-2, "turn") && p.isWord(j, "the") && p.isWord(j+1, "century") && !p.isPunct(j+2, "-") && p.known {
			// "since the turn of the century": the start of the century
			// whose first year is nearest the article ("the turn of the
			// 20th century" is 19, START, below)
			return match{start: i, end: j + 2, typ: TypeDate, val: strconv.Itoa((p.anchor.Year() + 50) / 100), mod: mod, rel: "article"}, true
		}
		if m, ok := p.turnOfYear(i, j); ok {
			return m, true
		}
		if k, ok := p.theUnit(j, i); ok {
			k.start, k.mod = i, mod
			return k, true
		}
	case "earlier", "later":
		if the {
			return match{}, false
		}
		mod = "START"
		if p.word(j) == "later" {
			mod = "END"
		}
		j++
		if p.isWord(j, "today", "yesterday", "tomorrow") {
			m, ok := p.deictic(j)
			m.start = i
			return m, ok
		}
		if p.weekdayAt(j) && !p.isWord(j+1, "night", "nights", "morning", "evening", "afternoon") {
			// "Earlier Sunday, police and protesters clashed": that day
			m, ok := p.weekdayExpr(j)
			m.start = i
			return m, ok && m.end == j+1
		}
		if p.isWord(j, "in") && p.isWord(j+1, "the") && p.isWord(j+2, "year", "month", "week") && !p.isWord(j+3, "of", "before", "after") {
			// "earlier in the year", "later in the day"
			if m, ok := p.theUnit(j+1, i); ok && m.rel == "previous" {
				m.mod = mod // the year of an undated narrative's frame
				return m, true
			}
			m := p.fromAnchor(i, j+3, 0, units[p.word(j+2)].code)
			m.mod = mod
			return m, true
		}
		if !p.isWord(j, "this", "last", "next", "that") {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if the && mod != "" && p.isWord(j, "1990s") {
		return match{}, false
	}
	if mod == "MID" && !the || mod != "" && (p.isWord(j-1, "early", "late") || p.isPunct(j-1, "-") && p.isWord(j-2, "early", "late")) {
		if part, ok := dayParts[p.word(j)]; ok && part != "NI" {
			// "by mid-afternoon", "mid morning", "by late afternoon",
			// "in the early morning"
			m := p.partOfRefDay(i, j+1, part)
			m.mod = mod
			// "mid-afternoon yesterday", "mid-morning Tuesday"
			var d match
			var ok bool
			if p.isWord(j+1, "yesterday", "today", "tomorrow") {
				d, ok = p.deictic(j + 1)
			} else if _, wd := weekdays[p.word(j+1)]; wd {
				d, ok = p.weekdayExpr(j + 1)
			} else if k := j + 1 + b2i(p.isWord(j+1, "hours")); p.isWord(k, "of") && p.dayAt(k+1) {
				// "during the late afternoon hours of June 1, 2007",
				// "in the early morning of May 28"
				d, ok = p.core(k + 1)
			}
			if ok && d.hasDay && d.typ == TypeDate {
				m.end, m.val, m.rel, m.day, m.hasDay = d.end, fmtDay(d.day)+"T"+part, d.rel, d.day, true
			} else if ok && !p.known {
				m.end = d.end
			}
			return m, true
		}
	}
	var m match
	var ok bool
	if p.isWord(j, "the", "that") {
		m, ok = p.theExpr(j)
		if ok && m.typ != TypeDate {
			ok = false
		}
	} else {
		m, ok = p.core(j)
		if !ok {
			m, ok = p.decade(j, j)
		}
	}
	if !ok || m.typ == TypeDuration || m.typ == TypeSet || strings.HasSuffix(m.val, "_REF") {
		return match{}, false
	}
	m.start, m.mod = i, mod
	if the && p.isPunct(i+2, "-") && m.end < len(p.t) && p.t[m.end].kind() == kWord && !p.t[m.end].upper() && !p.isWord(m.end, "of", "and", "or", "to", "when", "that") {
		// "the late-November trip": the date modifies the noun; the
		// determiner is the noun's
		m.start = i + 1
	}
	return m, true
}

// theUnit handles "the year", "the month", "the week" after "the end
// of": the article's year, month or week.
func (p *parser) theUnit(j, start int) (match, bool) {
	if !p.isWord(j, "the") {
		return match{}, false
	}
	u := p.word(j + 1)
	if u != "year" && u != "month" && u != "week" && u != "decade" && u != "day" {
		return match{}, false
	}
	m := match{start: start, end: j + 2, typ: TypeDate, rel: "article"}
	if y, ok := p.toldYearOf(start, j+2, 0, 0); ok && (u == "year" || u == "month" && len(p.lastYM) == 7 && p.lastYM[:4] == fmtYear(y)) {
		// undated narrative: "In July 1943 … By the end of the year" is
		// the year its frame set (narrative.go), "the end of the month"
		// the month it named last in that year
		m.val, m.rel = fmtYear(y), "previous"
		if u == "month" {
			m.val = p.lastYM
		}
		return m, true
	}
	if y, ok := p.namedYearOf(start, j+2); ok && u == "year" {
		m.val, m.rel = fmtYear(y), "previous" // "grew 1.4 percent in 2009, below the forecast at the start of the year"
		return m, true
	}
	if !p.known {
		m.val = unknownAt(units[u].code)
		return m, true
	}
	if u == "week" && p.weekAhead(start, false) {
		m.val = atGranularity(p.anchor.AddDate(0, 0, 7), "W") // "a deal by the end of the week", said on a Sunday
		return m, true
	}
	m.val = atGranularity(p.anchor, units[u].code)
	return m, true
}

// weekAhead reports whether "this week" or "the week" at token i means
// the week after the anchor's: said on a Sunday, the last day of its ISO
// week, a future clause ("talks will resume this week", "a deal by the
// end of the week") or a "later" (later) looks at the week ahead.
func (p *parser) weekAhead(i int, later bool) bool {
	if !p.known || p.anchor.Weekday() != time.Sunday {
		return false
	}
	if later {
		return true
	}
	if p.isWord(i, "this") && p.isWord(i+1, "week") {
		return p.tense(i, i+2) > 0 // "This week, talks resume …": the comma after it
	}
	return p.future(i)
}

// isMonth reports whether token i is a month name in a date context and
// returns its number.
func (p *parser) isMonth(i int) (int, bool) {
	w := p.word(i)
	mo, ok := get(p.in(i, cMonth), months, w)
	if !ok || !p.t[i].upper() {
		return 0, false
	}
	next := p.skipDot(i + 1)
	_, _, numNext := p.numTok(next)
	if !numNext {
		if _, ord := ordinalDays[p.word(i+1)]; ord {
			// "March eighth", "May twenty-first"
			_, _, numNext = p.dayNum(i + 1)
		}
	}
	if ambiguousMonths[w] {
		if p.isPunct(i-1, "-") && p.attached(i) && p.isWord(i-2, "mid", "end") {
			return mo, true // "mid-March", "end-March"
		}
		if numNext || monthContext[p.word(i-1)] && !p.isPunct(i+1, "'") {
			if w == "may" && p.word(i-1) == "" && !numNext {
				return 0, false
			}
			return mo, true
		}
		if p.isWord(i+1, "last", "this", "next") && p.isWord(i+2, "year") {
			return mo, true
		}
		if p.isWord(i-1, "as") && p.isWord(i-2, "recently", "early", "late", "soon") && p.isWord(i-3, "as") {
			return mo, true // "as recently as May", "as early as March"
		}
		if p.isWord(i-1, "the") && i+1 < len(p.t) && p.t[i+1].kind() == kWord && !p.t[i+1].upper() && !p.t[i+1].nl() && !p.isWord(i+1, "of", "on", "to", "for", "from", "in", "and", "against", "through", "across") {
			return mo, true // "the March accession", "the May elections"
		}
		return 0, false
	}
	if monthAbbrev(w) {
		if !numNext {
			return 0, false
		}
		return mo, true
	}
	return mo, true
}

// dayNum reads a day of month at token i ("14", "14th") and returns it
// with the index after it.
func (p *parser) dayNum(i int) (int, int, bool) {
	if d, ok := get(p.in(i, cOrdDay), ordinalDays, p.word(i)); ok {
		// "March eighth", "the fifth of March", "March twenty-first"
		if (d == 20 || d == 30) && p.isPunct(i+1, "-") && p.attached(i+1) {
			if u, ok := get(p.in(i+2, cOrdDay), ordinalDays, p.word(i+2)); ok && u < 10 {
				return d + u, i + 3, true
			}
		}
		if d == 20 || d == 30 {
			return 0, i, false // "twenty", "thirty" are cardinals here
		}
		if nw := p.word(i + 1); units[nw].code != "" || nw == "half" || nw == "time" || nw == "round" {
			return 0, i, false // "its September first quarter"
		}
		return d, i + 1, true
	}
	n, digits, ok := p.numTok(i)
	if !ok || digits > 2 || n < 1 || n > 31 {
		return 0, i, false
	}
	if c := p.nextChar(i); c == ':' && p.attached(i+2) && i+2 < len(p.t) && p.t[i+2].kind() == kNum || c == '.' && i+2 < len(p.t) && p.t[i+2].kind() == kNum && p.attached(i+2) || c == ',' && p.attached(i+2) && p.t[i+2].kind() == kNum {
		return 0, i, false
	}
	j := i + 1
	if p.isWord(j, "st", "nd", "rd", "th") && p.attached(j) {
		j++
	}
	return n, j, true
}

// yearNum reads a four-digit year at token i.
func (p *parser) yearNum(i int) (int, int, bool) {
	n, digits, ok := p.numTok(i)
	if !ok {
		return p.spokenYear(i)
	}
	if digits != 4 || n < 1000 || n > 2099 {
		return 0, i, false
	}
	if c := p.nextChar(i); isDigitOrLetter(c) || c == '%' || c == '/' && p.splitYearEnd(i+1, n) == i+1 || (c == ',' || c == '.' || c == ':') && i+1 < len(p.t) && i+2 < len(p.t) && p.attached(i+2) && p.t[i+2].kind() == kNum {
		return 0, i, false
	}
	return n, i + 1, true
}

// spokenYear reads a year written in words, as broadcast transcripts do:
// "nineteen ninety-four", "nineteen eighty", "two thousand", "two
// thousand and one". "two thousand" alone is a year only where a year is
// expected (after "year", a month, "of", "in", "since", "until", "by").
func (p *parser) spokenYear(i int) (int, int, bool) {
	switch p.word(i) {
	case "nineteen":
		j := i + 1
		tens, ok := numberWords[p.word(j)]
		if !ok || tens < 10 || tens > 90 || (tens >= 20 && tens%10 != 0) {
			if p.isWord(j, "hundred") {
				return 1900, j + 1, true
			}
			return 0, i, false
		}
		y := 1900 + tens
		j++
		if tens >= 20 {
			k := j
			if p.isPunct(k, "-") && p.attached(k) {
				k++
			}
			if u, ok := numberWords[p.word(k)]; ok && u >= 1 && u <= 9 && p.word(k) != "a" && p.word(k) != "an" {
				y += u
				j = k + 1
			}
		}
		return y, j, true
	case "two":
		if !p.isWord(i+1, "thousand") {
			return 0, i, false
		}
		pw := p.word(i - 1)
		if _, month := months[pw]; !month && pw != "year" && pw != "of" && pw != "in" && pw != "since" && pw != "until" && pw != "by" {
			return 0, i, false
		}
		j := i + 2
		k := j
		if p.isWord(k, "and") {
			k++
		}
		if u, ok := numberWords[p.word(k)]; ok && u >= 1 && u <= 19 && p.word(k) != "a" && p.word(k) != "an" {
			return 2000 + u, k + 1, true
		}
		if nw := p.word(j); nw != "" && countNoun(nw) {
			return 0, i, false // "in two thousand troops"
		}
		return 2000, j, true
	}
	return 0, i, false
}

func isDigitOrLetter(c byte) bool {
	return '0' <= c && c <= '9' || isASCIILetter(c)
}

// monthExpr: "March 10, 2023", "Sept. 14", "March 2023", "March of
// 2023", "April last", "April last year", "March".
func (p *parser) monthExpr(i int) (match, bool) {
	mo, ok := p.isMonth(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	if monthAbbrev(p.word(i)) {
		j = p.skipDot(j)
	}
	if d, k, ok := p.dayNum(j); ok && validDay(0, mo, d) {
		// Month Day [,] Year
		y := 0
		e := k
		kk := k
		if p.isPunct(kk, ",") {
			kk++
		}
		if yy, k2, ok := p.yearNum(kk); ok && validDay(yy, mo, d) {
			y, e = yy, k2
		} else if mo == 9 && d == 11 && p.isWord(k, "attacks", "attack", "hijackings", "hijackers", "terror", "terrorist", "commission", "victims") {
			// "the September 11 attacks": the day of 2001 the name
			// stands for, not this year's
			return p.dayMatch(i, k, 2001, 9, 11), true
		} else if p.known && p.isWord(k, "last", "this", "next") && p.isWord(k+1, "year") && !p.isPunct(k+2, "-") {
			// "March 3 last year": the day in that year
			if yy := p.anchor.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[p.word(k)]; validDay(yy, mo, d) {
				m := p.dayMatch(i, k+2, yy, mo, d)
				m.rel = "article"
				return m, true
			}
		} else if p.known && p.isWord(k, "last") && (k+1 >= len(p.t) || p.t[k+1].kind() == kPunct) {
			// "born on April 7 last": the latest such day before the
			// article, as "April last" is the latest April
			yy := p.anchor.Year()
			if !validDay(yy, mo, d) || !day(yy, time.Month(mo), d).Before(p.anchor) {
				yy--
			}
			if validDay(yy, mo, d) {
				m := p.dayMatch(i, k+1, yy, mo, d)
				m.rel = "article"
				return m, true
			}
		}
		return p.dayMatch(i, e, y, mo, d), true
	}
	k := j
	if p.isPunct(k, ",") {
		k++
	}
	if p.isWord(k, "of") {
		k++
	}
	if y, e, ok := p.yearNum(k); ok {
		return match{start: i, end: e, typ: TypeDate, val: fmtMonth(y, mo)}, true
	}
	if p.isWord(j, "of") && p.isWord(j+1, "last", "this", "next") && p.isWord(j+2, "year") {
		// "October of next year": the month takes that year; "next year"
		// stays an expression of its own
		m := match{start: i, end: j, typ: TypeDate, rel: "article"}
		if !p.known {
			m.val = "XXXX-" + pad2(mo)
			return m, true
		}
		m.val = fmtMonth(p.anchor.Year()+map[string]int{"last": -1, "this": 0, "next": 1}[p.word(j+1)], mo)
		return m, true
	}
	if m, ok := p.monthOfRefYear(i, j, mo); ok {
		return m, true
	}
	if p.isWord(j, "last", "this", "next") && p.isWord(j+1, "year") {
		m := match{start: i, end: j + 2, typ: TypeDate, rel: "article"}
		if !p.known {
			m.val = "XXXX-" + pad2(mo)
			return m, true
		}
		y := p.anchor.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[p.word(j)]
		m.val = fmtMonth(y, mo)
		return m, true
	}
	if p.isWord(j, "last") && !p.isWord(j+1, "week", "month", "year", "night", "weekend") {
		return p.monthRel(i, j+1, mo, -1), true
	}
	if y, ok := p.thatYear(i, j); ok {
		// "His presidency ended in 1981. … that November's election": the
		// month of the year the text named last
		return match{start: i - 1, end: j, typ: TypeDate, val: fmtMonth(y, mo), rel: "previous"}, true
	}
	if m, ok := p.monthsQuarter(i, j, mo); ok {
		return m, true
	}
	return p.monthRel(i, j, mo, 0), true
}

// monthsQuarter reads a calendar quarter written as its months, "the
// April-June quarter", "the July-September period" (the first month at
// i, the hyphen at j): the quarter of the year the first month takes.
func (p *parser) monthsQuarter(i, j, mo int) (match, bool) {
	if mo%3 != 1 || !p.isPunct(j, "-") || !p.attached(j) || !p.attached(j+1) || !p.isWord(j+2, "quarter", "period") {
		return match{}, false
	}
	// the second month needs no date context of its own: "January-March"
	if mo2, ok := get(p.in(j+1, cMonth), months, p.word(j+1)); !ok || mo2 != mo+2 || !p.t[j+1].upper() {
		return match{}, false
	}
	m := p.monthRel(i, j+3, mo, 0)
	if len(m.val) != 7 {
		return match{}, false
	}
	m.val = m.val[:5] + "Q" + string(rune('1'+mo/3))
	if p.isWord(i-1, "the") {
		m.start = i - 1
	}
	return m, true
}

// monthOfRefYear reads "January of the following year", "December of
// that year", "May of the previous year" (the month at i, "of" at j): one
// expression, the month of the year the text named last (or of the day
// it told last, or the article's), shifted as the words say.
func (p *parser) monthOfRefYear(i, j, mo int) (match, bool) {
	if !p.isWord(j, "of") {
		return match{}, false
	}
	n, end := 0, 0
	switch {
	case p.isWord(j+1, "that") && p.isWord(j+2, "year"):
		end = j + 3
	case p.isWord(j+1, "the") && p.isWord(j+3, "year"):
		switch p.word(j + 2) {
		case "following", "next":
			n = 1
		case "previous", "preceding", "prior":
			n = -1
		case "same":
		default:
			return match{}, false
		}
		end = j + 4
	default:
		return match{}, false
	}
	y, rel := 0, "previous"
	switch {
	case p.lastYM != "" && p.lastYMEnd > p.lastEnd && i-p.lastYMEnd < 200:
		y, _ = strconv.Atoi(p.lastYM[:4])
	default:
		ref, r, ok := p.ref(i)
		if !ok {
			return match{start: i, end: end, typ: TypeDate, val: "XXXX-" + pad2(mo)}, true
		}
		y, rel = ref.Year(), r
	}
	return match{start: i, end: end, typ: TypeDate, val: fmtMonth(y+n, mo), rel: rel}, true
}

// thatYear returns the year the text named last when "that" before the
// month at i (ending before j) is a demonstrative: it opens the sentence or follows a
// preposition or a verb's object slot ("That March, …", "in that
// November", "lost that November's election"), and the month is not the
// subject of a clause "that" opens ("said that March was the worst").
// A month that ends its clause is an adverbial too, whatever precedes
// "that" ("imposed emergency rule that November.").
func (p *parser) thatYear(i, j int) (int, bool) {
	if !p.isWord(i-1, "that") || len(p.lastYM) < 4 || p.lastYMEnd >= i {
		return 0, false
	}
	if p.isPunct(j, "'") || p.isPunct(j, "’") || p.isWord(j, "'s", "s") || p.isPunct(j, ",") || p.clauseEnds(j) {
	} else if !(i-2 < 0 || p.isPunct(i-2, ".") || p.isWord(i-2, "in", "of", "by", "until", "since", "during", "through")) {
		return 0, false
	}
	y, err := strconv.Atoi(p.lastYM[:4])
	return y, err == nil
}

// clauseEnds reports whether token j ends a clause: the text's end or a
// full stop, semicolon, colon, question or exclamation mark.
func (p *parser) clauseEnds(j int) bool {
	return j >= len(p.t) || p.isPunct(j, ".") || p.isPunct(j, ";") || p.isPunct(j, ":") || p.isPunct(j, "?") || p.isPunct(j, "!")
}

// monthRel resolves a month without a year: dir -1 is the most recent
// such month before the anchor month, +1 the next after it, 0 the
// nearest (or the next when the clause is future).
func (p *parser) monthRel(start, end, mo, dir int) match {
	m := match{start: start, end: end, typ: TypeDate, rel: "article"}
	if !p.known {
		m.val = "XXXX-" + pad2(mo)
		if ty, ok := p.toldYearOf(start, end, mo, 0); ok && dir == 0 {
			m.val, m.rel = fmtMonth(ty, mo), "previous"
		}
		return m
	}
	am := int(p.anchor.Month())
	y := p.anchor.Year()
	if ty, ok := p.toldYearOf(start, end, mo, 0); ok && dir == 0 {
		m.val, m.rel = fmtMonth(ty, mo), "previous"
		return m
	}
	if ty, ok := p.sentenceYearOf(start, end, mo, 0); ok && dir == 0 {
		m.val, m.rel = fmtMonth(ty, mo), "previous"
		return m
	}
	if ty, ok := p.possessiveYearOf(start); ok && dir == 0 {
		m.val, m.rel = fmtMonth(ty, mo), "previous" // "next year's summit, which was moved from October"
		return m
	}
	if ty, ok := p.nextSentenceYearOf(start, end, mo); ok && dir == 0 {
		m.val, m.rel = fmtMonth(ty, mo), "previous" // "… in April 2019. In December, …"
		return m
	}
	switch {
	case p.narr.undated && dir == 0 && p.tense(start, end) <= 0:
		// against a date of the text: the nearest such month
		// (narrative.go); in a past clause the latest one on or before
		// it ("… on Dec. 16, 2021. X was appointed in March": 2021-03)
		y = nearestYear(p.anchor, mo, 15)
		if y*12+mo > p.anchor.Year()*12+int(p.anchor.Month()) && p.tense(start, end) < 0 && p.pastClause(start, end) {
			y--
		} else if y*12+mo > p.anchor.Year()*12+int(p.anchor.Month()) && p.pastNamedEvent(start, end) {
			y-- // "follows the April protests that forced …"
		}
		if p.rangeEndAfter(start) && y*12+mo < p.last.Year()*12+int(p.last.Month()) {
			y++ // "fighting began on 3 November 1942 and went on until January"
		}
	case dir == 0 && p.isWord(start-1, "since"):
		// "has lost 80 percent since October": a start in the past,
		// this month's at the latest
		if mo > am {
			y--
		}
	case dir < 0:
		if mo >= am || mo == am-1 && p.isWord(start, "last") {
			// "last February" written in March is a year back: the
			// month just ended is "last month" or "in February" ("this
			// past February" is that one)
			y--
		}
	case dir > 0:
		if mo <= am {
			y++
		}
	default:
		switch t := p.tense(start, end); {
		case t > 0:
			if mo < am {
				y++
			}
		case t < 0 && p.pastClause(start, end):
			// a past verb: the latest such month ("changed to a
			// calendar year in December", "In January, the company
			// brought in …")
			if mo > am {
				y--
			}
		case t == 0 && p.deadlineBefore(start):
			// "a program to pay down the loan by February": a deadline
			// with no past verb is ahead
			if mo < am {
				y++
			}
		case t >= 0 && mo > am && p.isWord(start-1, "through", "thru"):
			// "gives the staff through August", "the season runs from
			// April through July": the end of a span still ahead is this
			// year's ("sales through February" in March stays the
			// nearest, a report's period)
		default:
			y = resolveYear(p.anchor, mo, 0, false)
		}
		if ey, em, ok := p.rangeEndYear(start, end); ok {
			// "from August to May 1, 2010": the start of a range whose
			// end has a year is the latest such month not after it
			y = ey
			if mo > em {
				y--
			}
		}
		if sy, sm, ok := p.rangeStartMonth(start); ok {
			// "runs from May to September": the end of a range of
			// months is the first such month at or after its start
			y = sy
			if mo < sm {
				y++
			}
		}
	}
	m.val = fmtMonth(y, mo)
	return m
}

// rangeEndAfter reports whether the date at token start ends a span that
// a day told earlier in its sentence began ("began on 21 February 1916
// and lasted until 18 December", "from 3 May 1940 to 22 June"): in
// undated text it lies after that day, not merely near it.
func (p *parser) rangeEndAfter(start int) bool {
	if !p.lastOK || !p.isWord(start-1, "until", "till", "through", "thru", "to") || p.lastEnd > start || start-p.lastEnd > 20 || !p.sameSentence(p.lastEnd, start) {
		return false
	}
	// the span's start is told as one: "from" that day, or a verb of
	// beginning or lasting between them ("he had lived there until
	// March" after a date names no span from it)
	for k := start - 2; k >= p.lastEnd-8 && k >= 0; k-- {
		if p.isWord(k, "from", "began", "begun", "started", "opened", "commenced", "lasted", "ran", "continued", "went", "raged", "held") {
			return true
		}
	}
	return false
}

// rangeEndYear returns the year and month of the end of a range that
// a bare month at [start,end) opens, when that end has its own year:
// "from August to May 1, 2010", "between November and March 2024".
func (p *parser) rangeEndYear(start, end int) (y, mo int, ok bool) {
	if !p.isWord(start-1, "from", "between") || !p.isWord(end, "to", "through", "thru", "until", "till", "and") && !p.isPunct(end, "-") {
		return 0, 0, false
	}
	k := end + 1
	mo = months[p.word(k)]
	if mo == 0 || !p.t[k].upper() {
		return 0, 0, false
	}
	k++
	if p.isPunct(k, ".") && p.attached(k) {
		k++ // "Jan."
	}
	if d, digits, ok := p.numTok(k); ok && digits <= 2 && d >= 1 && d <= 31 {
		k++ // "May 1, 2010"
	}
	if p.isPunct(k, ",") {
		k++
	}
	y, _, ok = p.yearNum(k)
	return y, mo, ok
}

// rangeStartMonth returns the month written just before "to", "through"
// or a dash before token start ("from May to September", "May-June"),
// when it was read as a month of a known year.
func (p *parser) rangeStartMonth(start int) (y, mo int, ok bool) {
	if !p.isWord(start-1, "to", "through", "thru", "until", "till") && !p.isPunct(start-1, "-") || p.lastYMEnd != start-1 || len(p.lastYM) != 7 {
		return 0, 0, false
	}
	y, err1 := strconv.Atoi(p.lastYM[:4])
	mo, err2 := strconv.Atoi(p.lastYM[5:])
	return y, mo, err1 == nil && err2 == nil
}

// pastAhead reports whether the day mo/d of year y, more than three weeks
// ahead of the anchor, is told of in a past clause ("held her hand for
// two hours on May 14", "the unit responded April 20"): then it is last
// year's. Days a few weeks ahead stay ahead whatever the verb, as news
// announces them ("declared a dividend payable Dec. 15").
func (p *parser) pastAhead(start, end, y, mo, d int) bool {
	if day(y, time.Month(mo), d).Sub(p.anchor) <= 21*24*time.Hour || determiners[p.word(start-1)] {
		// near, or a day named before a noun ("cancelled a May 9
		// election"), where the verb need not be the day's
		return false
	}
	return p.tense(start, end) < 0 && p.pastClause(start, end)
}

// dayMatch builds the match of a month and day with year y (0: resolve).
func (p *parser) dayMatch(start, end, y, mo, d int) match {
	m := match{start: start, end: end, typ: TypeDate}
	if ty, ok := p.toldYearOf(start, end, mo, d); ok && y == 0 {
		t := day(ty, time.Month(mo), d)
		m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "previous"
		return m
	}
	if ty, ok := p.sentenceYearOf(start, end, mo, d); ok && y == 0 {
		t := day(ty, time.Month(mo), d)
		m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "previous"
		return m
	}
	if ty, ok := p.storyYearOf(start, end, mo, d); ok && y == 0 {
		t := day(ty, time.Month(mo), d)
		m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "previous"
		return m
	}
	if y == 0 {
		if !p.known && p.narr.undated && p.rangeEndAfter(start) && validDay(p.last.Year(), mo, d) {
			// "The siege ran from 3 May 1940 to 22 June": the first such
			// day after the span's start
			y = p.last.Year()
			if day(y, time.Month(mo), d).Before(p.last) && validDay(y+1, mo, d) {
				y++
			}
			t := day(y, time.Month(mo), d)
			m.val, m.day, m.hasDay, m.rel = fmtDay(t), t, true, "previous"
			return m
		}
		if !p.known {
			m.val = "XXXX-" + pad2(mo) + "-" + pad2(d)
			return m
		}
		m.rel = "article"
		t := p.tense(start, end)
		// "departing each Thursday from August 6", "fares apply from
		// Sept. 1": the start of something, told with no past verb, lies
		// ahead
		y = resolveYear(p.anchor, mo, d, t > 0 || t == 0 && p.isWord(start-1, "from"))
		if t == 0 && p.isWord(start-1, "is", "are") {
			// "the finals are July 17-23", "the deadline is Sept. 15": a
			// day a present copula names is the nearest one
			y = nearestYear(p.anchor, mo, d)
		}
		if t <= 0 && p.isWord(start-1, "a", "an") {
			// "announced Tuesday a July 26 exhibition match", "a
			// February 28 incident": a day that names an event, whose
			// verb may be its announcement, is the nearest one
			y = nearestYear(p.anchor, mo, d)
		}
		if p.narr.undated && t <= 0 {
			// against a date of the text, not the day of writing, the
			// story runs both ways: the nearest such day (narrative.go)
			y = nearestYear(p.anchor, mo, d)
			if p.pastFarAhead(start, end, y, mo, d) {
				y-- // "restore parliament on April 24" after "November 21, 2006"
			}
			if p.rangeEndAfter(start) && day(y, time.Month(mo), d).Before(p.last) && validDay(y+1, mo, d) {
				y++ // "began on 21 February 1916 and lasted until 18 December"
			}
		} else if validDay(y, mo, d) && day(y, time.Month(mo), d).After(p.anchor) && (p.isWord(start-1, "ended") ||
			p.isWord(start-1, "to") && p.isWord(start-2, "months", "weeks", "year", "quarter", "half") && p.tense(start, end) < 0 ||
			p.pastAhead(start, end, y, mo, d)) {
			// "the fiscal year ended Jan. 31", "posted a loss for the
			// six months to June 30": a period that has ended ended
			// before the article
			y--
		}
	}
	t := day(y, time.Month(mo), d)
	m.val, m.day, m.hasDay = fmtDay(t), t, true
	return m
}

// dayMonth: "10 March 2023", "10th of March", "10 March".
func (p *parser) dayMonth(i int) (match, bool) {
	d, j, ok := p.dayNum(i)
	if !ok || p.prevChar(i) == '$' {
		return match{}, false
	}
	if p.isWord(j, "of") {
		j++
	}
	w := p.word(j)
	mo, ok := get(p.in(j, cMonth), months, w)
	if !ok {
		return p.dayRangeStart(i, j, d)
	}
	if !p.t[j].upper() || !validDay(0, mo, d) {
		return match{}, false
	}
	if ambiguousMonths[w] && p.isWord(j+1, "be", "have", "not", "also", "well", "never") {
		return match{}, false
	}
	k := j + 1
	if monthAbbrev(w) {
		k = p.skipDot(k) // "10 Sept. 2023", not the stop of "on 10 March."
	}
	if p.isPunct(k, ",") {
		if y, e, ok := p.yearNum(k + 1); ok && validDay(y, mo, d) {
			return p.dayMatch(i, e, y, mo, d), true
		}
	}
	if y, e, ok := p.yearNum(k); ok && validDay(y, mo, d) {
		return p.dayMatch(i, e, y, mo, d), true
	}
	return p.dayMatch(i, k, 0, mo, d), true
}

// dayRangeStart reads the first day of a range of days written day
// first, the day d at token i ending at j: "10-12 April", "from 10 to
// 12 April", "between 3 and 5 March". It is a day of the month, and
// the year, of the range's end.
func (p *parser) dayRangeStart(i, j, d int) (match, bool) {
	if !((p.isPunct(j, "-") || p.isPunct(j, "\u2013")) && p.attached(j) && p.attached(j+1)) && !(p.isWord(j, "to", "through", "until") && p.isWord(i-1, "from")) && !(p.isWord(j, "and") && p.isWord(i-1, "between")) {
		return match{}, false
	}
	d2, _, ok := p.dayNum(j + 1)
	if !ok || d2 <= d {
		return match{}, false
	}
	e, ok := p.dayMonth(j + 1)
	if !ok || !e.hasDay || !validDay(e.day.Year(), int(e.day.Month()), d) {
		return match{}, false
	}
	t := day(e.day.Year(), e.day.Month(), d)
	return match{start: i, end: j, typ: TypeDate, val: fmtDay(t), day: t, hasDay: true, rel: e.rel}, true
}

// newspapers are names that start with a weekday ("Sunday Times").
var newspapers = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "herald": true,
	"post": true, "mail": true, "independent": true, "star": true, "tribune": true,
	"school": true, "service": true, "league": true, "bloody": true, "world": true,
	"people": true, "sport": true,
}

// namedDays are words that make a weekday part of a name.
var namedDays = map[string]bool{
	"black": true, "bloody": true, "super": true, "good": true, "holy": true,
	"ash": true, "easter": true, "cyber": true, "palm": true, "shrove": true, "maundy": true,
}

// weekdayExpr: "[last|this|next] Monday [morning]", "Friday, March 10,
// 2023", "Mondays".
func (p *parser) weekdayExpr(i int) (match, bool) {
	j := i
	dir := 0
	switch p.word(i) {
	case "last", "past", "previous":
		dir = -1
		j++
	case "next", "coming":
		dir = 1
		j++
	case "this":
		j++
		if p.isWord(j, "past") {
			dir = -1
			j++
		} else if p.isWord(j, "coming") {
			dir = 1
			j++
		}
	}
	w := p.word(j)
	wd, ok := get(p.in(j, cWeekday), weekdays, w)
	n := j + 1 // the token after the weekday
	if !ok {
		if wd, ok = p.weekdayAbbrevAt(j); !ok {
			return match{}, false
		}
		n++ // "Tues.": the period is part of the expression
	}
	if n < len(p.t) && p.t[n].upper() && newspapers[p.word(n)] {
		return match{}, false
	}
	if j == i && i > 0 && p.t[i-1].upper() && namedDays[p.word(i-1)] {
		return match{}, false // Black Monday, Super Tuesday, Good Friday
	}
	// "Friday, March 10, 2023" / "Friday, 10 March 2023"
	k := n
	if p.isPunct(k, ",") {
		k++
	}
	if k < len(p.t) && !p.t[k].nl() {
		// not across a line break: a headline ending in a weekday above
		// the date line
		if m, ok := p.monthExpr(k); ok && m.hasDay {
			m.start = i
			return m, true
		}
		if m, ok := p.dayMonth(k); ok && m.hasDay {
			m.start = i
			return m, true
		}
	}
	if m, ok := p.bracketedDay(n, wd); ok {
		// "lost a confidence vote on Mon. (Dec. 16)": the date in
		// brackets says which one; it is an expression of its own
		m.start, m.end = i, n
		return m, true
	}
	m := match{start: i, end: n, typ: TypeDate, rel: "article"}
	if dir == 0 && j == i && p.isWord(n, "last", "next") && p.postposedEnd(n+1) {
		// "on Friday last", "Tuesday next": British and South Asian news
		dir = 1
		if p.isWord(n, "last") {
			dir = -1
		}
		m.end = n + 1
	}
	if dir == 0 && j == i && p.known && p.isWord(n, "last", "this", "next") && p.isWord(n+1, "week") && p.postposedEnd(n+2) {
		// "on Tuesday last week", "Friday next week": that day of the
		// week named, one expression (not "said Friday last week was
		// calm", where the week is a subject)
		base := p.anchor
		switch p.word(n) {
		case "last":
			base = base.AddDate(0, 0, -7)
		case "next":
			base = base.AddDate(0, 0, 7)
		}
		t := base.AddDate(0, 0, wd-isoWeekday(base))
		m.end, m.val, m.day, m.hasDay = n+2, fmtDay(t), t, true
		return m, true
	}
	var t time.Time
	if !p.known {
		m.val = "XXXX-WXX-" + strconv.Itoa(wd)
		m.rel = ""
	} else {
		switch {
		case dir < 0 && p.isWord(i, "previous"):
			// "closed lower Friday, down 4.5% from the previous Friday":
			// the one before the day last mentioned
			ref, rel, _ := p.ref(i)
			t, m.rel = weekdayOnOrBefore(ref, wd, true), rel
			if p.isWord(i-1, "the") && p.free(i-1) {
				m.start = i - 1
			}
		case dir < 0:
			t = weekdayOnOrBefore(p.anchor, wd, true)
		case dir > 0:
			t = weekdayOnOrAfter(p.anchor, wd, true)
		case j == i && !p.narr.undated && p.forEvent(i):
			// "campaigning for Sunday's upper house election": the
			// event a campaign or preparation is for lies ahead
			t = weekdayOnOrAfter(p.anchor, wd, false)
		case j == i && !p.narr.undated && p.happenedEvent(i):
			// "the toll from Friday's earthquake has risen",
			// "investigators will examine Monday's blast": a happening
			// the text reports is past
			t = weekdayOnOrBefore(p.anchor, wd, false)
		case j == i && !p.narr.undated && p.wouldAfterSaid(i) && p.tense(i, n) > 0:
			// "said on Monday that talks would resume on Thursday", in a
			// story of the Saturday after: the Thursday after the saying
			t = weekdayOnOrAfter(p.last, wd, true)
		case p.tense(i, n) > 0:
			// the article's own weekday is today, in either tense; a
			// date of the text is past when a future clause is written
			t = weekdayOnOrAfter(p.anchor, wd, p.narr.undated)
		case j == i && !p.narr.undated && p.coordFutureWeekday(i) && p.tense(i, n) == 0:
			// "will face votes in the Senate on Wednesday and in the
			// lower house on Thursday": a weekday joined to a coming one
			// comes too
			t = weekdayOnOrAfter(p.anchor, wd, false)
		case j > i && p.isWord(i, "this") && p.tense(i, n) >= 0:
			// "this Saturday": the coming one, unless the verb is past
			t = weekdayOnOrAfter(p.anchor, wd, false)
		case j == i && p.isWord(i-1, "from") && !p.isWord(n, "to", "through", "thru", "until", "till", "and") && !p.isPunct(n, "-") && !p.possessive(j) && p.tense(i, n) == 0:
			// "new curfew hours from Friday": the start of something,
			// told with no past verb, lies ahead (not "from Monday to
			// Friday", a range the week has seen, nor "the toll from
			// Friday's violence", what happened then)
			t = weekdayOnOrAfter(p.anchor, wd, false)
		case p.narr.undated && p.staleAnchor():
			// "On April 6, 1994, … Kagame, who has been president since
			// 2000, lit a flame on Sunday": the story has moved past the
			// anchor's year; the weekday is in an unknown week
			m.val, m.rel = "XXXX-WXX-"+strconv.Itoa(wd), ""
			if part, ok := dayParts[p.word(n)]; ok && p.word(n) != "overnight" {
				m.end, m.typ = n+1, TypeTime
				m.val += "T" + part
			}
			return m, true
		case p.narr.undated:
			t = p.narrWeekday(wd)
		default:
			t = weekdayOnOrBefore(p.anchor, wd, false)
		}
		m.val, m.day, m.hasDay = fmtDay(t), t, true
	}
	if part, ok := dayParts[p.word(n)]; ok && p.word(n) != "overnight" {
		m.end = n + 1
		m.typ = TypeTime
		m.val += "T" + part
	}
	return m, true
}

// wouldAfterSaid reports whether the weekday at i is in a clause of
// "would" reported on the day told last, a day before the anchor, in the
// same sentence ("said on Monday that talks would resume on Thursday").
func (p *parser) wouldAfterSaid(i int) bool {
	if !p.lastOK || !p.last.Before(p.anchor) || i-p.lastEnd > 30 || !p.saidOn(p.lastEnd) || !p.sameSentence(p.lastEnd, i) {
		return false
	}
	for k := p.lastEnd; k < i; k++ {
		if p.isWord(k, "would") {
			return true
		}
	}
	return false
}

// postposedEnd reports whether token k can follow a postposed "last" or
// "next" ("on Friday last, …"): the end of the clause or a function word,
// not a noun that "last" modifies ("Friday last week").
func (p *parser) postposedEnd(k int) bool {
	if k >= len(p.t) || p.t[k].kind() == kPunct || p.t[k].nl() {
		return true
	}
	switch p.word(k) {
	case "and", "or", "but", "when", "in", "at", "to", "by", "as", "after", "before", "that", "the", "with", "for", "from", "on", "he", "she", "it", "they", "we":
		return true
	}
	return false
}

// yearExpr: "2019", "2023-03-10", "2023/03/10", "3/10/2023", "1990s",
// "fiscal 1989".
func (p *parser) yearExpr(i int) (match, bool) {
	if p.isWord(i, "fiscal") {
		k := i + 1
		if p.isWord(k, "year") {
			k++ // "fiscal year 2023"
		}
		if y, e, ok := p.yearNum(k); ok {
			return p.fiscalQuarter(i, e, y), true
		}
		return match{}, false
	}
	if p.isWord(i, "fy") && p.t[i].upper() && i+1 < len(p.t) && p.attached(i+1) {
		// "FY2024", "FY24"
		if n, d, ok := p.numTok(i + 1); ok && (d == 4 && n >= 1900 && n <= 2099 || d == 2) && !isDigitOrLetter(p.nextChar(i+1)) {
			if d == 2 {
				n += 2000
				if n >= 2070 {
					n -= 100
				}
			}
			return p.fiscalQuarter(i, i+2, n), true
		}
		return match{}, false
	}
	n, digits, ok := p.numTok(i)
	if !ok {
		if y, e, ok := p.spokenYear(i); ok {
			return match{start: i, end: e, typ: TypeDate, val: fmtYear(y)}, true
		}
		return match{}, false
	}
	if m, ok := p.eraYear(i, n, digits); ok {
		return m, true
	}
	// Numeric dates first: ISO and slashed.
	if m, ok := p.numericDate(i); ok {
		return m, true
	}
	if digits == 2 && n%10 == 0 && p.isWord(i+1, "s") && p.attached(i+1) && (p.isWord(i-1, "the", "early", "late", "mid", "and", "or", "to") || p.isPunct(i-1, "-")) {
		// "the 70s and 80s", "mid-80s"; but "in his late 20s", "in
		// their mid-30s" is an age
		j := i - 1
		if p.isPunct(j, "-") && p.isWord(j-1, "mid") {
			j--
		}
		if p.isWord(j, "early", "late", "mid") && p.isWord(j-1, "his", "her", "their", "my", "your", "our") {
			return match{}, false
		}
		c := 19
		if n < 30 {
			c = 20
		}
		return match{start: i, end: i + 2, typ: TypeDate, val: strconv.Itoa(c*10 + n/10)}, true
	}
	if digits == 2 {
		return p.shortRangeEnd(i, n)
	}
	if digits != 4 {
		return match{}, false
	}
	pc := p.prevChar(i)
	if isDigitOrLetter(pc) || strings.IndexByte("$€£#@/\\_=+&.:,", pc) >= 0 || pc >= 0x80 && p.prevRune(i) != "\u2019" && p.prevRune(i) != "\u2018" && p.prevRune(i) != "\u201c" && p.prevRune(i) != "\u2014" && p.prevRune(i) != "\u2013" {
		return match{}, false
	}
	if pc == '-' && i >= 2 && p.t[i-2].kind() == kNum && p.attached(i-1) {
		// phone numbers, ranges of counts; but the end of a range of
		// years ("2019-2021") is a year
		if a, da, _ := p.numTok(i - 2); da != 4 || a < 1900 || a > 2099 || n <= a || n-a > 50 || i >= 3 && p.t[i-3].kind() == kPunct && p.attached(i-2) {
			return match{}, false
		}
	}
	if i > 0 && p.t[i-1].kind() == kNum {
		return match{}, false
	}
	// Decades: 1990s, 1990's.
	if n%10 == 0 && n >= 1000 && n <= 2090 {
		k := i + 1
		if (p.isPunct(k, "'") || p.isPunct(k, "\u2019")) && p.attached(k) {
			k++
		}
		if p.isWord(k, "s") && p.attached(k) {
			v := strconv.Itoa(n / 10)
			if n%100 == 0 && n != 2000 {
				v = strconv.Itoa(n / 100) // "the 1900s": the century
			}
			return match{start: i, end: k + 1, typ: TypeDate, val: v}, true
		}
	}
	y, e, ok := p.yearNum(i)
	if !ok {
		return match{}, false
	}
	if y < 1900 && !yearContext[p.word(i-1)] {
		return match{}, false
	}
	if nonYearBefore[p.word(i-1)] || p.isWord(i-1, "local", "post", "lodge", "troop", "chapter", "gate", "suite", "fm") && p.t[i-1].upper() {
		// "Teamsters Local 2010", "American Legion Post 1941", "Elks
		// Lodge 1928", "FM 2071": a numbered body or road, not a year
		return match{}, false
	}
	if p.isWord(e, "index") && i > 0 && p.t[i-1].upper() {
		return match{}, false // "the Russell 2000 index": a name
	}
	if i >= 2 && p.isPunct(i-1, "-") && p.attached(i) && p.attached(i-1) && p.isWord(i-2, "post", "pre") {
		// "the post-1959 politics", "pre-1990 rules"
		mod := "AFTER"
		if p.isWord(i-2, "pre") {
			mod = "BEFORE"
		}
		return match{start: i - 2, end: e, typ: TypeDate, val: fmtYear(y), mod: mod}, true
	}
	if nw := p.word(e); nw != "" && !p.t[e].upper() && p.t[e].gap() && countNoun(nw) && !p.yearRangeEnd(i) && !npFollowers[nw] && !(p.isWord(i-1, "the") && yearEventNouns[nw]) {
		// "2000 troops" is a count; "the embargo imposed in 1962
		// remains" ends a noun phrase at the year: a verb follows
		return match{}, false
	}
	if p.isPunct(e, "-") && p.attached(e) && e+1 < len(p.t) && p.t[e+1].kind() == kNum && p.attached(e+1) {
		if d := p.t[e+1].e - p.t[e+1].s; d != 2 && d != 4 {
			return match{}, false
		}
	}
	e = p.splitYearEnd(e, y) // "the 2022/23 season"
	return match{start: i, end: e, typ: TypeDate, val: fmtYear(y)}, true
}

// yearRangeEnd reports whether the number at token i ends a range of
// years opened by "between" or "from" ("Between 2013 and 2017 teachers
// struck", "from 2003 to 2011 soldiers"): a year, though a plural noun
// follows it as after a count.
func (p *parser) yearRangeEnd(i int) bool {
	if i < 3 || !p.isWord(i-1, "and", "to", "through", "until", "till") || !p.isWord(i-3, "between", "from") {
		return false
	}
	a, da, ok := p.numTok(i - 2)
	b, _, _ := p.numTok(i)
	return ok && da == 4 && a >= 1000 && a < b && b-a <= 100 // not "between 1500 and 2017 soldiers"
}

// eraYear reads a year with its era, the number n (of digits digits) at
// token i: "49 BC", "264 B.C.", "410 BCE" are BC0049, BC0264, BC0410,
// as TIMEX3 writes years before the common era; "AD 79", "79 AD", "79
// CE" are 0079, "1000 AD" 1000.
func (p *parser) eraYear(i, n, digits int) (match, bool) {
	if n < 1 || digits > 4 || !p.attachedNum(i) {
		return match{}, false
	}
	if e, bc, ok := p.era(i + 1); ok && (p.postposedEnd(e) || p.t[e].upper()) {
		// not before a noun: "24 BC games" (British Columbia), "12 AD
		// points"
		v := fmtYear(n)
		if bc {
			v = "BC" + v
		}
		return match{start: i, end: e, typ: TypeDate, val: v}, true
	}
	if digits < 4 && p.isWord(i-1, "ad") && p.t[i-1].upper() && p.free(i-1) {
		return match{start: i - 1, end: i + 1, typ: TypeDate, val: fmtYear(n)}, true
	}
	if p.isWord(i-1, "between", "from") && p.isWord(i+1, "and", "to") {
		// "between 250 and 100 B.C.": the start of a range takes the era
		// of its end
		if n2, d2, ok := p.numTok(i + 2); ok && n2 < n && d2 <= 4 && p.attachedNum(i+2) {
			if e, bc, ok := p.era(i + 3); ok && bc && (p.postposedEnd(e) || p.t[e].upper()) {
				return match{start: i, end: i + 1, typ: TypeDate, val: "BC" + fmtYear(n)}, true
			}
		}
	}
	return match{}, false
}

// attachedNum reports whether the number at token i stands alone: no
// letter, digit or decimal point written against it ("$49", "4.9", "A49").
func (p *parser) attachedNum(i int) bool {
	pc, nc := p.prevChar(i), p.nextChar(i)
	return !isDigitOrLetter(pc) && pc != '$' && pc != '.' && !isDigitOrLetter(nc) && nc != '.'
}

// era reads an era written after a year at token k: "BC", "BCE", "B.C.",
// "B.C.E." (bc) or "AD", "A.D.", "CE" (not bc), in capitals, and returns
// the token after it.
func (p *parser) era(k int) (end int, bc, ok bool) {
	if k >= len(p.t) || !p.t[k].upper() || !p.t[k].gap() {
		return 0, false, false
	}
	switch p.tok(k) {
	case "bc", "bce":
		return k + 1, true, true
	case "ad", "ce":
		return k + 1, false, true
	}
	// "B.C.", "B.C.E.", "A.D.": letters and stops written together
	letters := ""
	j := k
	for j+1 < len(p.t) && len(letters) < 3 && p.t[j].kind() == kWord && p.t[j].e-p.t[j].s == 1 && p.isPunct(j+1, ".") && p.attached(j+1) && (j == k || p.attached(j)) {
		letters += p.tok(j)
		j += 2
	}
	switch letters {
	case "bc", "bce":
		return j, true, true
	case "ad":
		return j, false, true
	}
	return 0, false, false
}

// fiscalQuarter is a fiscal year [start,end) of year y, extended over a
// possessive quarter or half after it ("fiscal 2022's first quarter").
func (p *parser) fiscalQuarter(start, end, y int) match {
	m := match{start: start, end: end, typ: TypeDate, val: fmtYear(y)}
	if (p.isPunct(end, "'") || p.isPunct(end, "\u2019")) && p.isWord(end+1, "s") {
		if q, ok := p.quarter(end + 2); ok && q.val[0] == 'X' || ok && q.val[4] == '-' {
			m.end, m.val = q.end, fmtYear(y)+q.val[4:]
		}
	}
	return m
}

func (p *parser) prevRune(i int) string {
	s := int(p.t[i].s)
	for k := 1; k <= 4 && s-k >= 0; k++ {
		if c := p.text[s-k]; c < 0x80 || c >= 0xC0 {
			return p.text[s-k : s]
		}
	}
	return ""
}

// yearContext are words before a year earlier than 1900 that make it a
// year ("in 1848").
var yearContext = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "until": true, "from": true,
	"before": true, "after": true, "during": true, "between": true, "year": true,
	"around": true, "circa": true, "early": true, "late": true, "mid": true, "and": true,
}

// nonYearBefore are words after which a four-digit number is a count.
var nonYearBefore = map[string]bool{
	"about": true, "nearly": true, "than": true, "approximately": true, "roughly": true,
	"some": true, "almost": true, "least": true, "flight": true, "route": true,
	"resolution": true, "resolutions": true, "res": true, "room": true, "page": true, "number": true, "no": true, "model": true,
	"highway": true, "interstate": true, "over": true, "additional": true, "another": true,
	"only": true, "just": true, "total": true, "estimated": true, "were": true,
	"are": true, "had": true, "has": true, "have": true,
}

// countNoun reports whether w, right after a four-digit number, makes the
// number a count ("2000 troops").
func countNoun(w string) bool {
	switch w {
	case "people", "men", "women", "children", "police", "staff", "personnel", "feet",
		"foot", "km", "miles", "mph", "kg", "tons", "tonnes", "euros", "dollars", "yuan",
		"yen", "rupees", "barrels", "acres", "meters", "metres", "votes", "mw", "units":
		return true
	}
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !notPlural[w] && units[w].code == "" {
		// not "mass", "class", "press": a word in -ss is no plural
		return true
	}
	return false
}

// yearEventNouns are plural nouns for events that a year after "the"
// dates rather than counts: "the 1915 killings", "the 1994 attacks",
// "the 2011 uprisings" (a count of them would read "the 1,915 killings").
var yearEventNouns = map[string]bool{
	"killings": true, "massacres": true, "attacks": true, "bombings": true, "shootings": true,
	"uprisings": true, "clashes": true, "purges": true, "pogroms": true, "deportations": true,
	"assassinations": true, "invasions": true, "wars": true, "revolutions": true, "coups": true,
	"demonstrations": true, "floods": true, "earthquakes": true, "famines": true, "droughts": true,
	"tests": true, "strikes": true, "airstrikes": true, "negotiations": true, "reforms": true,
	"hostilities": true, "events": true,
}

// notPlural are words ending in s that are not plural nouns.
var notPlural = map[string]bool{
	"was": true, "has": true, "is": true, "this": true, "its": true, "his": true,
	"as": true, "us": true, "plus": true, "does": true, "goes": true, "makes": true,
	"sees": true, "marks": true, "saw": true, "less": true, "across": true, "thus": true,
	"always": true, "perhaps": true, "unless": true, "whereas": true, "besides": true,
	"onwards": true, "towards": true, "afterwards": true, "levels": true, "figures": true,
	"elections": true, "games": true, "olympics": true, "protests": true, "talks": true,
	"polls": true, "results": true, "statistics": true, "accords": true, "riots": true,
}

// numericDate: 2023-03-10, 2023/03/10, 3/10/2023 and 3/10/23 (month
// first).
func (p *parser) numericDate(i int) (match, bool) {
	a, da, _ := p.numTok(i)
	sep := ""
	if i+4 < len(p.t) && p.attached(i+1) && p.attached(i+2) && p.attached(i+3) && p.attached(i+4) {
		if p.isPunct(i+1, "-") && p.isPunct(i+3, "-") {
			sep = "-"
		} else if p.isPunct(i+1, "/") && p.isPunct(i+3, "/") {
			sep = "/"
		} else if p.isPunct(i+1, ".") && p.isPunct(i+3, ".") {
			sep = "."
		}
	}
	if sep == "" {
		return match{}, false
	}
	b, db, ok1 := p.numTok(i + 2)
	c, dc, ok2 := p.numTok(i + 4)
	if !ok1 || !ok2 {
		return match{}, false
	}
	if pc := p.prevChar(i); isDigitOrLetter(pc) || pc == '/' || pc == '-' || pc == '.' {
		return match{}, false
	}
	if da == 4 && sep == "-" && p.isWord(i+5, "t") && p.attached(i+5) {
		return p.isoDateTime(i, a, b, c)
	}
	if c := p.nextChar(i + 4); isDigitOrLetter(c) || c == '/' || c == '-' {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case da == 4 && db <= 2 && dc <= 2 && sep != ".":
		y, mo, d = a, b, c
	case da <= 2 && db <= 2 && dc == 4 && sep == "/":
		y, mo, d = c, a, b // US order
		if mo > 12 && d <= 12 || p.dayFirstSlash(i, y, mo, d) {
			mo, d = d, mo
		}
	case da <= 2 && db <= 2 && dc == 4 && sep == ".":
		y, mo, d = c, b, a // European order
	case da <= 2 && db <= 2 && dc == 2 && sep == "/" && a <= 12:
		// US order with a two-digit year ("7/8/07"): the century that
		// puts the year at most 20 years after the article date, or the
		// POSIX pivot (69-99 the 1900s) without one
		y, mo, d = 2000+c, a, b
		if p.known && y > p.anchor.Year()+20 || !p.known && c >= 69 {
			y -= 100
		}
	default:
		return match{}, false
	}
	if y < 1900 || y > 2099 || !validDay(y, mo, d) {
		return match{}, false
	}
	t := day(y, time.Month(mo), d)
	return match{start: i, end: i + 5, typ: TypeDate, val: fmtDay(t), day: t, hasDay: true}, true
}

// isoDateTime: an ISO 8601 date and time, "2024-07-01T10:00",
// "2024-07-01T10:00:30Z", "2024-07-01T10:00+02:00" (token i is the year;
// the T follows the day at i+5). The value keeps the minute and a Z for
// UTC; other offsets are read past but not applied.
func (p *parser) isoDateTime(i, y, mo, d int) (match, bool) {
	h, dh, ok := p.numTok(i + 6)
	if !ok || dh != 2 || h > 24 || !p.attached(i+6) || !p.isPunct(i+7, ":") || !p.attached(i+7) || !p.attached(i+8) {
		return match{}, false
	}
	mi, dm, ok := p.numTok(i + 8)
	if !ok || dm != 2 || mi > 59 || !validDay(y, mo, d) {
		return match{}, false
	}
	e := i + 9
	if p.isPunct(e, ":") && p.attached(e) && p.attached(e+1) {
		if _, ds, ok := p.numTok(e + 1); ok && ds == 2 {
			e += 2
			if p.isPunct(e, ".") && p.attached(e) && p.attached(e+1) && p.t[e+1].kind() == kNum {
				e += 2 // fractions of a second
			}
		}
	}
	hm := pad2(h) + ":" + pad2(mi)
	switch {
	case p.isWord(e, "z") && p.attached(e):
		hm += "Z"
		e++
	case (p.isPunct(e, "+") || p.isPunct(e, "-")) && p.attached(e) && p.attached(e+1) && p.t[e+1].kind() == kNum:
		e += 2
		if p.isPunct(e, ":") && p.attached(e) && p.attached(e+1) && p.t[e+1].kind() == kNum {
			e += 2
		}
	}
	if isDigitOrLetter(p.nextChar(e - 1)) {
		return match{}, false
	}
	t := day(y, time.Month(mo), d)
	return match{start: i, end: e, typ: TypeTime, val: fmtDay(t) + "T" + hm, day: t, hasDay: true}, true
}

// decade: "1990s" (via yearExpr), "'90s", "nineties", "the 21st
// century", "the twentieth century".
func (p *parser) decade(i, start int) (match, bool) {
	if (p.isPunct(i, "'") || p.isPunct(i, "\u2019")) && i+1 < len(p.t) && p.attached(i+1) {
		if n, d, ok := p.numTok(i + 1); ok && d == 2 && n%10 == 0 && p.isWord(i+2, "s") && p.attached(i+2) {
			c := 19
			if n < 30 {
				c = 20
			}
			return match{start: start, end: i + 3, typ: TypeDate, val: strconv.Itoa(c*10 + n/10)}, true
		}
		return match{}, false
	}
	// (the length tests spare the numbers, most callers, a lookup)
	if w := p.word(i); len(w) >= len("fifties") {
		if d, ok := decadeWords[w]; ok {
			return match{start: start, end: i + 1, typ: TypeDate, val: "19" + strconv.Itoa(d)}, true
		}
	}
	if m, ok := p.yearExpr(i); ok && len(m.val) <= 3 {
		m.start = start
		return m, true
	}
	return p.century(i, start)
}

// century is decade's reading of a century ("the 11th century", "the
// fifth century BC") at token i, the expression starting at token start.
// Where decade reads a decade instead (yearExpr's "1990s", "the '70s"),
// the token after the number is "s" or an apostrophe, which no century
// has: so at, which wants only centuries of decade, asks century alone.
func (p *parser) century(i, start int) (match, bool) {
	c := 0
	e := i
	if n, d, ok := p.numTok(i); ok && d <= 2 && p.isWord(i+1, "st", "nd", "rd", "th") && p.attached(i+1) {
		c, e = n, i+2
	} else if w := p.word(i); len(w) >= len("twentieth") && centuryOrdinals[w] > 0 {
		c, e = centuryOrdinals[w], i+1
	} else if p.isWord(i, "twenty") && p.isPunct(i+1, "-") && p.isWord(i+2, "first") {
		c, e = 21, i+3
	} else if d, ok := get(p.in(i, cOrdDay), ordinalDays, p.word(i)); ok && p.isWord(i+1, "century") && !p.isWord(i, "twenty", "thirty") {
		c, e = d, i+1 // "the third century", "the eleventh century"
	}
	if c > 0 && c < 30 && p.isWord(e, "century") && !p.isWord(e+1, "of") {
		// not "the second century of the republic": a count of its own
		m := match{start: start, end: e + 1, typ: TypeDate, val: pad2(c - 1)}
		if ee, bc, ok := p.era(e + 1); ok && (p.postposedEnd(ee) || p.t[ee].upper()) {
			// "the 5th century BC" (BC04), "the 1st century AD"
			m.end = ee
			if bc {
				m.val = "BC" + m.val
			}
		}
		return m, true
	}
	return match{}, false
}

// season: "[this|last|next] summer [of] [2019]", "summer 2019".
func (p *parser) season(i int) (match, bool) {
	j := i
	dir, hasDet := 0, false
	switch p.word(i) {
	case "last", "past", "previous":
		dir, hasDet, j = -1, true, i+1
	case "next", "coming":
		dir, hasDet, j = 1, true, i+1
	case "this":
		hasDet, j = true, i+1
		if p.isWord(j, "past") {
			dir, j = -1, j+1 // "this past spring"
		}
	}
	code, ok := get(p.in(j, cSeason), seasons, p.word(j))
	if !ok {
		return match{}, false
	}
	k := j + 1
	if p.isWord(k, "of") {
		k++
	}
	if y, e, ok := p.yearNum(k); ok {
		return match{start: i, end: e, typ: TypeDate, val: fmtYear(y) + "-" + code}, true
	}
	if k > j+1 && code == "FA" && p.word(j) == "fall" {
		// "the fall of Saigon", "the fall of the Berlin Wall": a
		// collapse, no autumn ("the fall of 1975" is the season, above)
		return match{}, false
	}
	if y, ok := p.thatYear(j, j+1); ok && j == i {
		// "That summer, …", "in that spring": the season of the year the
		// text named last, as "that March" is
		return match{start: i - 1, end: j + 1, typ: TypeDate, val: fmtYear(y) + "-" + code, rel: "previous"}, true
	}
	if !hasDet && !seasonContext[p.word(i-1)] && !p.superlativeSeason(i) {
		return match{}, false
	}
	m := match{start: i, end: j + 1, typ: TypeDate, rel: "article"}
	if y, ok := p.toldYearOf(i, j+1, 0, 0); ok && dir == 0 && !hasDet {
		// "In January 1943 the Sixth Army surrendered. In the summer, …"
		// in undated text: the season of that year (narrative.go)
		m.val, m.rel = fmtYear(y)+"-"+code, "previous"
		return m, true
	}
	if !p.known {
		m.val = "XXXX-" + code
		return m, true
	}
	// the season of the anchor year, or the one before
	y := p.anchor.Year()
	cal := p.calendarSeason(code) // the months it spans there
	startM := seasonStart[cal]
	started := int(p.anchor.Month()) >= startM
	if cal == "WI" {
		// winter spans the new year: it belongs to the year it starts in
		started = int(p.anchor.Month()) == 12
		if int(p.anchor.Month()) <= 2 {
			y--
			started = true
		}
	}
	inSeason := int(p.anchor.Month()) >= startM && int(p.anchor.Month()) < startM+3
	if cal == "WI" {
		inSeason = int(p.anchor.Month()) == 12 || int(p.anchor.Month()) <= 2
	}
	switch {
	case p.narr.undated && dir == 0 && !p.future(i):
		// against a date of the text the story runs both ways: the
		// nearest such season ("On 22 June 1941 … By the autumn, …" is
		// 1941's), as for a month (narrative.go); winter belongs to the
		// year it starts in
		mid := startM + 1
		if cal == "WI" {
			mid = 1
		}
		y = nearestYear(p.anchor, mid, 15)
		if cal == "WI" {
			y--
		}
	case dir < 0:
		if !started || inSeason {
			y--
		}
	case dir > 0:
		if started || cal == "WI" && int(p.anchor.Month()) <= 2 {
			y++
		}
	case hasDet:
		// this summer: the anchor year's
	case p.future(i):
		// "will be built in the spring", told in October: the coming
		// one, once this year's is over
		if started && !inSeason && cal != "WI" {
			y++
		}
	default:
		if !started && startM-int(p.anchor.Month()) > 3 {
			// the latest such season, unless this year's begins within
			// three months, as for a month ("possibly in the spring",
			// written on Jan. 1, is the coming one)
			y--
		}
	}
	m.val = fmtYear(y) + "-" + code
	return m, true
}

// toldYM returns the year and month (0 when the text gave none) that the
// text told last before token i, if it lies within 200 tokens: an explicit
// year or month ("in June 2018"), else the last resolved date.
func (p *parser) toldYM(i int) (year, month int, ok bool) {
	switch {
	case p.lastYM != "" && i-p.lastYMEnd < 200 && (!p.lastOK || p.lastYMEnd > p.lastEnd):
		year, _ = strconv.Atoi(p.lastYM[:4])
		if len(p.lastYM) == 7 {
			month, _ = strconv.Atoi(p.lastYM[5:])
		}
		return year, month, true
	case p.lastOK && i-p.lastEnd < 200:
		return p.last.Year(), int(p.last.Month()), true
	}
	return 0, 0, false
}

// followingSeason reads "the following spring" (the determiner at i):
// the season after the year or month the text told last ("The vote was
// held in 2016. The following summer, …" is 2017's; after March 2016,
// 2016's).
func (p *parser) followingSeason(i int) (match, bool) {
	code, ok := get(p.in(i+1, cSeason), seasons, p.word(i+1))
	if !ok || !p.isWord(i, "following") || !p.isWord(i-1, "the") {
		return match{}, false
	}
	ry, rm, told := p.toldYM(i)
	if !told {
		return match{}, false
	}
	y := ry + 1
	cal := p.calendarSeason(code)
	if rm != 0 && seasonStart[cal] > rm && cal != "WI" || cal == "WI" && rm != 0 && rm < 12 {
		y = ry
	}
	return match{start: i - 1, end: i + 2, typ: TypeDate, val: fmtYear(y) + "-" + code, rel: "previous"}, true
}

// superlativeSeason reports whether the season at i follows a
// superlative after a determiner or possessive ("the state's driest
// autumn since 1902", "its wettest winter"): the one season the story is
// about. "Fall" there is the noun ("the sharpest fall since 2008").
func (p *parser) superlativeSeason(i int) bool {
	w := p.word(i - 1)
	if p.word(i) == "fall" || len(w) < 6 || !strings.HasSuffix(w, "est") {
		return false
	}
	return p.isWord(i-2, "the", "its", "their", "his", "her", "our") || p.possessive(i-4)
}

var seasonContext = map[string]bool{
	"the": true, "in": true, "early": true, "late": true, "mid": true, "during": true,
	"until": true, "since": true, "by": true, "of": true, "this": true, "last": true,
	"next": true, "through": true, "over": true,
	// possessives before a season used as a modifier: "their Autumn
	// meetings", "its spring session"
	"their": true, "its": true, "his": true, "her": true, "our": true,
}

// quarter: "the third quarter [of 2019]", "third-quarter", "Q3 2019",
// "the first half", "H2 2018".
func (p *parser) quarter(i int) (match, bool) {
	q, j := 0, i
	half := false
	if p.isWord(i, "fiscal") && p.in(i+1, cOrdinal) {
		// "the fiscal first quarter", "fiscal second-quarter"
		m, ok := p.quarter(i + 1)
		m.start = i
		return m, ok
	}
	if p.isWord(i, "q") {
		if n, d, ok := p.numTok(i + 1); ok && d == 1 && n >= 1 && n <= 4 && p.attached(i+1) {
			q, j = n, i+2
		}
	} else if p.isWord(i, "h") {
		// "H2 2018", "H1 2019": a half in a market report, only with its
		// year (not "H1N1", "an H1 visa")
		if n, d, ok := p.numTok(i + 1); ok && d == 1 && (n == 1 || n == 2) && p.t[i].upper() && p.attached(i+1) && !isDigitOrLetter(p.nextChar(i+1)) {
			if y, e, ok := p.yearNum(i + 2); ok && p.t[i+2].gap() {
				return match{start: i, end: e, typ: TypeDate, val: fmtYear(y) + "-H" + strconv.Itoa(n)}, true
			}
		}
		return match{}, false
	} else if n, ok := get(p.in(i, cOrdinal), ordinals, p.word(i)); ok {
		k := i + 1
		if p.isPunct(k, "-") && p.attached(k) {
			k++
		}
		if p.isWord(k, "fiscal") {
			k++
		}
		switch {
		case p.isWord(k, "quarter"):
			q, j = n, k+1
		case p.isWord(k, "half") && (n <= 2 || p.isWord(i, "last", "final")):
			q, j, half = n, k+1, true
		}
		if q > 0 && (p.word(i) == "final" || p.word(i) == "last") {
			q = 4
			if half {
				q = 2
			}
		}
	} else if n, d, ok := p.numTok(i); ok && d == 1 && n >= 1 && n <= 4 && p.isWord(i+1, "st", "nd", "rd", "th") && p.attached(i+1) && p.isWord(i+2, "quarter") {
		q, j = n, i+3
	}
	if q == 0 {
		return match{}, false
	}
	code := "Q"
	if half {
		code = "H"
	}
	k := j
	if p.isWord(k, "of") {
		k++
	}
	if y, e, ok := p.yearNum(k); ok {
		return match{start: i, end: e, typ: TypeDate, val: fmtYear(y) + "-" + code + strconv.Itoa(q)}, true
	}
	if p.isWord(k, "this", "last", "next", "the") && p.isWord(k+1, "year") && (k > j || !p.isWord(k, "the")) && p.known && !p.isPunct(k+2, "-") {
		// "the second half of the year" is the article's year, as "of
		// this year" is
		y := p.anchor.Year() + map[string]int{"last": -1, "this": 0, "next": 1, "the": 0}[p.word(k)]
		return match{start: i, end: k + 2, typ: TypeDate, val: fmtYear(y) + "-" + code + strconv.Itoa(q), rel: "article"}, true
	}
	if half && !p.isWord(i-1, "the", "this", "its", "their", "his", "her") {
		return match{}, false // "10 second half points"
	}
	if p.isWord(j, "of") && p.isWord(j+1, "fiscal") {
		k := j + 2
		if p.isWord(k, "year") {
			k++
		}
		if y, e, ok := p.yearNum(k); ok {
			return match{start: i, end: e, typ: TypeDate, val: fmtYear(y) + "-" + code + strconv.Itoa(q)}, true
		}
	}
	if p.isWord(j, "of") && (p.word(j+1) != "" || p.isPunct(j+1, "'")) {
		return match{}, false // "the last half of the '80s", "the second quarter of the game"; not "of $8.6 million"
	}
	m := match{start: i, end: j, typ: TypeDate, rel: "article"}
	if y, _, ok := p.periodEnd(j); ok && !half {
		// "the second quarter ended Oct. 31": a fiscal quarter keeps its
		// number and takes the year of the day it ended
		m.val = fmtYear(y) + "-Q" + strconv.Itoa(q)
		return m, true
	}
	if !p.known {
		m.val = "XXXX-" + code + strconv.Itoa(q)
		return m, true
	}
	y := p.anchor.Year()
	startMonth := (q-1)*3 + 1
	if half {
		startMonth = (q-1)*6 + 1
	}
	if am := int(p.anchor.Month()); startMonth > am && !p.future(i) {
		// a period still ahead this year: the nearer of this year's
		// (months until it starts) and last year's (months since it
		// ended), the past one when its own clause is past. "closures
		// during the fourth quarter" in August are this year's; "profits
		// for the fourth quarter" in January, last year's.
		length := 3
		if half {
			length = 6
		}
		ahead, since := startMonth-am, am-(startMonth+length-1)+12
		if since <= ahead || p.tense(i, j) < 0 && p.pastClause(i, j) {
			y--
		}
	} else if endMonth := startMonth + 2 + 3*b2i(half); endMonth < am && p.isWord(i-1, "the") && p.isWord(i-2, "in", "by", "during", "until", "before") && p.modalBefore(i-2) {
		// a period over this year in a future clause: next year's ("it
		// would complete its easing cycle in the first quarter", said in
		// December)
		y++
	}
	m.val = fmtYear(y) + "-" + code + strconv.Itoa(q)
	return m, true
}

// periodEnd reads "ended Oct. 31" / "ending Sept. 30, 1989" at token
// k, the last day of a period just named, and returns that day's year
// and month. The day must resolve to a known year.
func (p *parser) periodEnd(k int) (y, mo int, ok bool) {
	if !p.isWord(k, "ended", "ending") || !p.isMonthWord(k+1) {
		return 0, 0, false
	}
	m, ok := p.at(k + 1)
	if !ok || m.typ != TypeDate || !m.hasDay {
		return 0, 0, false
	}
	d := m.day
	if d.Day() < 15 {
		// "the quarter ended Oct. 1" is July to September
		d = d.AddDate(0, 0, -d.Day())
	}
	return d.Year(), int(d.Month()), true
}

// monthOfTold reads "the following January", "the previous December"
// (the determiner at i, the month before end; dir 1 or -1): the first
// such month after, or the last before, the month or year the text told
// last ("arrested in June 2018 and released the following January" is
// January 2019), not the article date's.
func (p *parser) monthOfTold(i, end, mo, dir int) (match, bool) {
	if !p.isWord(i, "following", "previous") {
		return match{}, false
	}
	ry, rm, ok := p.toldYM(i)
	if !ok {
		return match{}, false
	}
	y := ry + dir
	if dir > 0 && rm != 0 && mo > rm || dir < 0 && rm != 0 && mo < rm {
		y = ry
	}
	m := match{start: i, end: end, typ: TypeDate, val: fmtMonth(y, mo), rel: "previous"}
	if p.isWord(i-1, "the") {
		m.start = i - 1
	}
	return m, true
}

// relative: "this|last|next|past|coming week/month/year/weekend/decade",
// "earlier this year" is handled by modified.
func (p *parser) relative(i int) (match, bool) {
	det := p.word(i)
	j := i + 1
	if det == "this" && p.isWord(j, "past", "coming") {
		det = "this " + p.word(j)
		j++
	}
	switch det {
	case "this", "last", "next", "coming", "current", "this past", "this coming", "previous", "following":
	default:
		return match{}, false
	}
	if m, ok := p.weekdayExpr(i); ok {
		return m, true
	}
	if m, ok := p.season(i); ok {
		return m, true
	}
	if m, ok := p.followingSeason(i); ok {
		return m, true
	}
	uw := p.word(j)
	if det == "this" && uw == "week" && p.t[i].upper() && p.t[j].upper() && i > 0 && !p.boundary(i-1) && !p.t[i].nl() {
		return match{}, false // ABC's "This Week": a programme
	}
	if mo, ok := months[uw]; ok && p.t[j].upper() && (!monthAbbrev(uw) || uw == "may") {
		dir := map[string]int{"last": -1, "next": 1, "coming": 1, "this past": -1, "this coming": 1, "previous": -1, "following": 1}[det]
		if det == "this" {
			m := match{start: i, end: j + 1, typ: TypeDate, rel: "article"}
			if !p.known {
				m.val = "XXXX-" + pad2(mo)
			} else {
				m.val = fmtMonth(p.anchor.Year(), mo)
			}
			return m, true
		}
		if m, ok := p.monthOfTold(i, j+1, mo, dir); ok {
			return m, true
		}
		return p.monthRel(i, j+1, mo, dir), true
	}
	if det == "previous" || det == "following" {
		return match{}, false // "the previous day" is theExpr's
	}
	if m, ok := p.thisTimeYear(i, j); ok {
		return m, true
	}
	u, ok := units[uw]
	if !ok || plural(uw) || u.time || uw == "second" {
		if uw == "night" && det == "last" {
			return p.nightBefore(i, j+1)
		}
		if part, ok := dayParts[uw]; ok && det == "this" {
			m := match{start: i, end: j + 1, typ: TypeTime, rel: "article"}
			if !p.known {
				m.val = "XXXX-XX-XXT" + part
				return m, true
			}
			m.val, m.day, m.hasDay = fmtDay(p.anchor)+"T"+part, p.anchor, true
			return m, true
		}
		return match{}, false
	}
	// "this year's third quarter", "last year's first half"
	if uw == "year" && (p.isPunct(j+1, "'") || p.isPunct(j+1, "\u2019")) && p.isWord(j+2, "s") && p.known {
		if q, ok := p.quarter(j + 3); ok && q.val[0] != 'X' {
			y := p.anchor.Year() + map[string]int{"last": -1, "next": 1, "coming": 1}[det]
			q.start, q.val = i, fmtYear(y)+q.val[4:]
			return q, true
		}
		if p.isWord(j+3, "quarter", "period") && p.lastQ != "" && i-p.lastQEnd < reportReach {
			// "sales for last year's quarter": the quarter being
			// reported, in that year
			y := p.anchor.Year() + map[string]int{"last": -1, "next": 1, "coming": 1}[det]
			return match{start: i, end: j + 4, typ: TypeDate, val: fmtYear(y) + p.lastQ[4:], rel: "previous"}, true
		}
	}
	if det == "last" && uw == "year" {
		if v, ok := p.comparedQuarter(i, j); ok {
			return match{start: i, end: j + 1, typ: TypeDate, val: v, rel: "previous"}, true
		}
	}
	if det == "this" && uw == "quarter" {
		if v, ok := p.reportedThisQuarter(i, j); ok {
			return match{start: i, end: j + 1, typ: TypeDate, val: v, rel: "previous"}, true
		}
	}
	n := 0
	switch det {
	case "last", "this past":
		n = -1
	case "next", "coming", "this coming":
		n = 1
	case "this":
		if u.code == "W" && !p.isWord(i-1, "earlier") && p.weekAhead(i, p.isWord(i-1, "later")) {
			n = 1 // "talks will resume later this week", said on a Sunday
		}
	}
	m := match{start: i, end: j + 1, typ: TypeDate, rel: "article"}
	if u.code == "WE" {
		return p.weekend(i, j+1, n), true
	}
	if !p.known {
		m.val = unknownAt(u.code)
		return m, true
	}
	m.val = atGranularity(shift(p.anchor, n, u.code), u.code)
	if u.code == "D" {
		return match{}, false // "this day", "next day": theExpr
	}
	return m, true
}

// comparedQuarter reads "last year" as the quarter a year back when it
// dates the figure a quarter's figure is compared with in the same
// sentence: "In the latest quarter, Aetna had a $23 million loss,
// compared with earnings of $33 million last year", "Sales in the latest
// period were $1.76 billion, up from last year's $1.55 billion". A figure
// the sentence does not set against a quarter ("had sales of $154
// million last year"), or a report told last year ("the 16 cents a share
// it reported last year"), stays the year. j is the token "year".
func (p *parser) comparedQuarter(i, j int) (string, bool) {
	v, qEnd, ok := p.sentenceQuarter(i)
	if !ok {
		return "", false
	}
	cmp := false
	for k := i - 1; k >= 0 && k > i-14 && int(p.t[k].s) >= qEnd; k-- {
		if p.isWord(k, "from", "with", "than", "versus", "vs") {
			cmp = true
		}
	}
	if p.possessive(j) {
		// "from last year's $1.55 billion"
		if !p.isWord(i-1, "from", "with", "than", "over") || !p.figureAt(j+3) {
			return "", false
		}
	} else if !cmp || !p.figureEnd(i-1) {
		// "compared with a loss of $3 million last year"
		return "", false
	}
	y, _ := strconv.Atoi(v[:4])
	return fmtYear(y-1) + v[4:], true
}

// sentenceQuarter returns the quarter named last in the sentence of token
// i, at most three expressions back and with no span of months after it
// ("In the latest quarter, … last year"), when it is one just reported
// (ended at most half a year before the article), not a year-ago one;
// qEnd is the byte offset where its expression ends.
func (p *parser) sentenceQuarter(i int) (v string, qEnd int, ok bool) {
	if !p.known {
		return "", 0, false
	}
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-3; k-- {
		w := p.out[k].Value
		if isQuarterValue(w) {
			v, qEnd = w, p.out[k].Span.End
			break
		}
		if p.out[k].Type == TypeDuration {
			return "", 0, false // "For the nine months, … a year earlier"
		}
	}
	if v == "" {
		return "", 0, false
	}
	y, _ := strconv.Atoi(v[:4])
	q := 4 // QX: the year's last quarter at the latest
	if v[6] >= '1' && v[6] <= '4' {
		q = int(v[6] - '0')
	}
	if p.anchor.Year()*12+int(p.anchor.Month())-(y*12+3*q) > 6 {
		return "", 0, false
	}
	for k := i - 1; k >= 0 && int(p.t[k].s) >= qEnd; k-- {
		if p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) || p.t[k].nl() {
			return "", 0, false // the quarter was another sentence's
		}
	}
	return v, qEnd, true
}

// figureAt reports whether a figure starts at token k: "$1.55", "#722",
// "4.6".
func (p *parser) figureAt(k int) bool {
	if k < 0 || k >= len(p.t) {
		return false
	}
	return p.t[k].kind() == kNum || p.isPunct(k, "$") || p.isPunct(k, "#") || p.isPunct(k, "£") || p.isPunct(k, "€")
}

// figureEnd reports whether token k ends a figure: "$33 million", "4.10
// guilders a share", "16 cents", "20%".
func (p *parser) figureEnd(k int) bool {
	if k < 0 || k >= len(p.t) {
		return false
	}
	return p.t[k].kind() == kNum || p.isPunct(k, "%") || p.isWord(k, "million", "billion", "trillion", "cents", "share", "percent", "pence")
}

// reportedThisQuarter reads "this quarter's loss" in a business report
// as the quarter being reported, when that quarter has ended by the
// article date: "net sales for the third quarter ended Sept. 30 fell …
// This quarter's loss includes charges" in a November story is the third
// quarter, set against "the corresponding period last year". A clause in
// the future ("this quarter's results will show") is the current one.
// j is the token "quarter".
func (p *parser) reportedThisQuarter(i, j int) (string, bool) {
	if !p.known || p.lastQ == "" || p.lastQ[6] < '1' || p.lastQ[6] > '4' || i-p.lastQEnd >= reportReach || !p.possessive(j) || !resultNouns[p.word(j+3)] {
		return "", false
	}
	y, _ := strconv.Atoi(p.lastQ[:4])
	q := int(p.lastQ[6] - '0')
	if y*12+3*q >= p.anchor.Year()*12+int(p.anchor.Month()) || p.tense(i, j+4) > 0 {
		return "", false
	}
	return p.lastQ, true
}

// nightBefore: "last night" is the evening of the day before the anchor.
func (p *parser) nightBefore(i, end int) (match, bool) {
	m := match{start: i, end: end, typ: TypeTime, rel: "article"}
	if !p.known {
		m.val = "XXXX-XX-XXTNI"
		return m, true
	}
	t := p.anchor.AddDate(0, 0, -1)
	m.val, m.day, m.hasDay = fmtDay(t)+"TNI", t, true
	return m, true
}

// weekend resolves "the weekend" (n 0: the most recent one, or the next
// in a future clause), "last weekend" (n -1), "next weekend" (n 1).
func (p *parser) weekend(i, end, n int) match {
	m := match{start: i, end: end, typ: TypeDate, rel: "article"}
	if !p.known {
		m.val = "XXXX-WXX-WE"
		return m
	}
	wd := isoWeekday(p.anchor)
	var sat time.Time
	switch {
	case wd >= 6 && n == 0, wd == 7 && p.isWord(i, "this") && p.isWord(i+1, "past"):
		// "this past weekend" written on a Sunday: the one ending today
		// ("last weekend" is the one before)
		sat = weekdayOnOrBefore(p.anchor, 6, false)
	case n > 0 || n == 0 && (p.future(i) || p.word(i) == "this"):
		sat = weekdayOnOrAfter(p.anchor, 6, false)
	default:
		sat = weekdayOnOrBefore(p.anchor, 6, true)
		if wd == 7 && n < 0 {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	m.val = fmtWeek(sat) + "-WE"
	return m
}

// deictic: today, yesterday, tomorrow, tonight (+ part of day).
func (p *parser) deictic(i int) (match, bool) {
	w := p.word(i)
	off := 0
	switch w {
	case "today":
		if (p.isPunct(i+1, "'") || p.isPunct(i+1, "\u2019")) && p.isWord(i+2, "s") && (genericNow[p.word(i+3)] ||
			p.word(i+3) != "" && p.t[i+3].upper() && (i+4 >= len(p.t) || p.t[i+4].kind() == kPunct || p.t[i+4].nl())) {
			// "an exciting time at today's GM.": the present-day
			// company or country, not the article's day
			// "today's world", "today's youth": the present age, not the
			// article's day (PRESENT_REF, as the TIMEX guidelines have it)
			return match{start: i, end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
		}
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
		if p.isWord(i-1, "of") && p.isWord(i-2, "people", "world", "cars", "jobs", "city", "cities", "leaders", "technology", "technologies", "workers", "schools", "world's") ||
			(p.isPunct(i+1, "'") || p.isPunct(i+1, "\u2019")) && p.isWord(i+2, "s") && genericNow[p.word(i+3)] {
			// "the people of tomorrow", "tomorrow's world": the age to
			// come, not the day after the article
			return match{start: i, end: i + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case "overnight":
		// "troops exchanged fire overnight", "overnight, rockets hit
		// the city": the night before the article's day, or the
		// coming night in a future clause; not a modifier of a noun
		// ("an overnight bag", "the overnight shift")
		if p.word(i+1) != "" && !p.t[i+1].nl() && !p.postposedEnd(i+1) && !p.weekdayAt(i+1) && !p.isWord(i+1, "into", "until", "through") && !placePreps[p.word(i+1)] ||
			determiners[p.word(i-1)] || p.isPunct(i-1, "-") {
			return match{}, false
		}
		if p.weekdayAt(i + 1) {
			// "heavy shootouts overnight Wednesday": that day's night
			m, ok := p.weekdayExpr(i + 1)
			if !ok || m.end != i+2 || m.typ != TypeDate {
				return match{}, false
			}
			m.start, m.typ, m.val = i, TypeTime, m.val+"TNI"
			return m, true
		}
		m := match{start: i, end: i + 1, typ: TypeTime, rel: "article"}
		if !p.known {
			m.val = "XXXX-XX-XXTNI"
			return m, true
		}
		t := p.anchor
		if !p.future(i) {
			t = t.AddDate(0, 0, -1)
		}
		if p.lastOK && p.last.Before(p.anchor) && i-p.lastEnd < 25 && p.sameSentence(p.lastEnd, i) && !p.future(i) {
			// "On Tuesday night, students marched … and stayed
			// overnight": the night of the day the sentence told; after
			// "said on Tuesday" the night before the saying
			t = p.last
			if p.saidOn(p.lastEnd) {
				t = t.AddDate(0, 0, -1)
			}
			m.rel = "previous"
		}
		// no day for the clock times after it: "struck overnight … at
		// 2:44 a.m." is the article's morning
		m.val = fmtDay(t) + "TNI"
		return m, true
	case "tonight", "tonite":
		m := match{start: i, end: i + 1, typ: TypeTime, rel: "article"}
		if !p.known {
			m.val = "XXXX-XX-XXTNI"
			return m, true
		}
		m.val, m.day, m.hasDay = fmtDay(p.anchor)+"TNI", p.anchor, true
		return m, true
	default:
		return match{}, false
	}
	m := match{start: i, end: i + 1, typ: TypeDate, rel: "article"}
	part := ""
	if pp, ok := dayParts[p.word(i+1)]; ok && p.word(i+1) != "overnight" {
		part = "T" + pp
		m.end, m.typ = i+2, TypeTime
	}
	if !p.known {
		m.val = "XXXX-XX-XX" + part
		return m, true
	}
	t := p.anchor.AddDate(0, 0, off)
	m.val, m.day, m.hasDay = fmtDay(t)+part, t, true
	return m, true
}

// pluperfectBefore reports whether "had" stands within six words
// before token i in its clause ("he had announced a day earlier").
func (p *parser) pluperfectBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if p.t[j].kind() == kPunct {
			return false
		}
		if p.isWord(j, "had") {
			return true
		}
	}
	return false
}

// modalBefore reports whether a future modal or a verb of plans stands
// within eight words before token i in its clause ("it would complete
// its easing cycle in …", "expects to finish by …").
func (p *parser) modalBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if p.t[j].kind() == kPunct {
			return false
		}
		if p.isWord(j, "will", "would", "shall", "'ll", "expects", "plans", "aims", "intends", "hopes", "forecasts") {
			return true
		}
		if p.isWord(j, "could", "might", "may", "should") && !p.t[j].upper() && !p.isWord(j+1, "have", "not", "never") {
			return true // "could slow in the first quarter", not "could have", "may not"
		}
	}
	return false
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
