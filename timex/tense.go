package timex

// Tense of the clause around an expression, for weekdays and other dates
// written without a year or direction ("on Monday", "in March").

// tense reports the tense that governs the expression at tokens [i,end):
// +1 future, -1 past, 0 unknown. The nearest verb cue before it in the
// clause decides ("will meet on Monday", "met on Monday", "had been due to
// expire Friday"); when there is none, the nearest after it ("On Monday,
// the league plans to …"). A deadline preposition ("until Friday", "as
// soon as Tuesday") is future unless a past verb governs the clause.
func (p *parser) tense(i, end int) int {
	if p.setFor(i) {
		return 1 // "called an election for Nov. 1" (setfor.go)
	}
	if p.perfectCallFor(i) {
		return 1 // "have called for a summit of euro zone leaders on Tuesday"
	}
	weakFuture, until := false, -1
	inForce := false  // "was suspended until Monday" (see below)
	relative := false // inside ", which …," or ", who …,"
	aside := false    // inside a verbless ", at 9.9 percent in August,"
	lim := i - 14
	for j := i - 1; j >= 0 && j >= lim; j-- {
		// the tests before cue find nothing at a word of three letters
		// or more, most of the window: only punctuation, numbers and
		// "a", "p", "am", "pm" can be part of a clock, a quote or a
		// clause boundary
		if t := p.t[j]; t.kind() != kWord || t.e-t.s <= 2 {
			if p.isPunct(j, ",") && p.isWord(j+1, "which", "who") {
				relative = true
			}
			if p.isPunct(j, ",") && p.figureAside(j+1, i) {
				aside = true
			}
			if p.clockTok(j) && lim > i-40 {
				// "will be held from 8:30 a.m. to 12:30 p.m. Saturday": a
				// clock time is one word (up to a bound, so that a run of
				// clock times costs no more than a sentence)
				lim--
			}
			if k := p.quotedTitle(j); k >= 0 {
				j = k // "will host \"Stars Over Springfield\" on Friday"
				continue
			}
			if p.t[j].kind() == kPunct && p.boundary(j) && !p.abbrevStop(j) {
				break
			}
			if p.clauseAfterComma(j) && ingWord(p.word(j+1)) {
				break // "Ford cut output, resulting in closures during the fourth quarter"
			}
		}
		switch c := p.cue(j, i); c {
		case cueFuture:
			if p.plannedFor(j, i) && p.pastAfter(end) {
				// "The memorial service planned for Saturday was
				// canceled": the plan is past, and so is its day
				return -1
			}
			return 1
		case cuePast:
			if j == until-1 && stateParticiples[p.word(j)] {
				continue // "stay closed until Friday": a complement
			}
			if j == until-2 && (stateParticiples[p.word(j+1)] || postponeVerbs[p.word(j+1)]) && p.isWord(j, "was", "were") && p.isWord(until, "until", "till") {
				// "trading was suspended until Monday", "the curfew was
				// extended until Monday": a state still in force ends
				// ahead ("was closed through Friday" stays past)
				inForce = true
				continue
			}
			if until > j && until-j <= 5 && postponeVerbs[p.word(j)] {
				continue // "extended its deadline until Tuesday": ahead of the verb
			}
			if until > j && reportingVerbs[p.word(j)] {
				continue // "he said, is the tax credit available through Nov. 30"
			}
			if until > j && deadlineGivers[p.word(j)] && p.isWord(end, "to") {
				return 1 // "gave the government until Saturday to reinstate him": a deadline ahead
			}
			if reportingVerbs[p.word(j)] && p.reportedSubjectTime(j, i, end) {
				return 1 // "said the vote on Friday would go ahead"
			}
			return -1
		case cueDeadline:
			weakFuture, until = true, j
			if presentDurative[p.word(j-1)] || presentDurative[p.word(j-2)] && p.t[j-1].kind() == kWord {
				// "was launched on March 15 and continues through
				// Sunday", "the show runs until Friday": a present
				// verb of lasting; an earlier past verb is another
				// clause's
				return 1
			}
		}
		if p.t[j].nl() {
			break
		}
	}
	if p.isWord(end, "through", "thru", "until", "till", "to") && p.dayAt(end+1) {
		// "The festival runs Thursday through Sunday": the start of a
		// range of days goes where its end does
		weakFuture = true
	}
	limit := end + 12
	if p.fronted(i, end) {
		limit = end + 40 // "In January, a week after …, a bombing killed …"
	}
	for j := end; j < len(p.t) && j < limit; j++ {
		if j == end && p.thatClause(end) {
			// "said in an audio message broadcast by a channel on
			// Saturday that his followers would keep resisting": the
			// reported clause's tense is not the saying's
			break
		}
		if p.boundary(j) && !p.abbrevStop(j) || p.clauseAfterComma(j) || (relative || aside) && p.isPunct(j, ",") {
			// "Oil prices, which hit a high on Friday, are expected to
			// rise": the main clause is not the relative clause's
			break
		}
		if p.frontedSchedule(i, end, j) {
			return 1 // "On Friday, talks resume in Geneva"
		}
		switch p.cue(j, i) {
		case cueFuture:
			return 1
		case cuePast:
			if inForce && reportingVerbs[p.word(j)] {
				continue // "Trading was suspended until Monday, the exchange said"
			}
			if weakFuture && j > end+6 && !p.fronted(i, end) {
				return 1
			}
			return -1 // "Until Thursday, they had not called …"
		}
	}
	if weakFuture {
		return 1
	}
	return 0
}

// clockTok reports whether token j is a piece of a clock time other than
// its first: the minutes and colon of "8:30", the letters and stops of
// "a.m.".
func (p *parser) clockTok(j int) bool {
	t := &p.t[j]
	switch t.kind() {
	case kNum:
		return p.isPunct(j-1, ":") && p.attached(j)
	case kPunct:
		if t.e-t.s != 1 {
			return false
		}
		switch p.text[t.s] {
		case ':':
			return p.attached(j) && j > 0 && p.t[j-1].kind() == kNum
		case '.':
			return p.attached(j) && p.isWord(j-1, "a", "p", "m")
		}
	case kWord:
		return t.e-t.s <= 2 && p.isWord(j, "a", "p", "m", "am", "pm") && j > 0 && (p.t[j-1].kind() == kNum || p.isPunct(j-1, ".") && p.attached(j))
	}
	return false
}

// plannedFor reports whether the schedule participle at j modifies the
// noun before it and governs the expression at i directly or through
// "for"/"on" ("the service planned for Saturday", "the vote, scheduled
// for Monday,"), rather than being the clause's verb ("Protesters planned
// a rally on Saturday").
func (p *parser) plannedFor(j, i int) bool {
	switch p.word(j) {
	case "planned", "scheduled", "slated", "set", "due":
	default:
		return false
	}
	if j+1 != i && !(j+2 == i && p.isWord(j+1, "for", "on")) && !p.placeBetween(j, i) {
		return false
	}
	if p.isPunct(j-1, ",") {
		return true
	}
	w := p.word(j - 1)
	return w != "" && !subjectPronouns[w] && !p.pastAux(j-1) && !futureBeforeTo[w] && !stativeAdverbs[w] && !p.isWord(j-1, "be", "been", "being", "has", "have", "had", "will", "would")
}

// placeBetween reports whether a place phrase stands between the schedule
// participle at j and "for"/"on" before the expression at i ("planned at
// the University of Rochester for Saturday").
func (p *parser) placeBetween(j, i int) bool {
	if i-j > 10 || i-j < 4 || !p.isWord(i-1, "for", "on") || !p.isWord(j+1, "at", "in") {
		return false
	}
	for k := j + 2; k < i-1; k++ {
		if p.t[k].kind() != kWord || p.cue(k, i) != cueNone {
			return false
		}
	}
	return true
}

var subjectPronouns = map[string]bool{
	"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true, "who": true, "which": true, "that": true,
}

// pastAfter reports whether the clause goes on after token end with a
// past verb before any future one ("… planned for Saturday was
// canceled").
func (p *parser) pastAfter(end int) bool {
	for j := end; j < len(p.t) && j < end+12; j++ {
		if p.boundary(j) && !p.abbrevStop(j) {
			return false
		}
		switch p.cue(j, end-1) {
		case cueFuture:
			return false
		case cuePast:
			return true
		}
	}
	return false
}

// fronted reports whether the expression at [i,end), with a preposition
// before it, opens its sentence and a comma closes it ("In January, …",
// "On Monday, …"): its clause is the whole sentence that follows.
func (p *parser) fronted(i, end int) bool {
	k := i - 1
	if p.isWord(k, "in", "on", "during", "by", "since", "until", "from") && !p.t[i].nl() {
		k--
	}
	if !p.isPunct(end, ",") {
		return false
	}
	return k < 0 || p.t[k+1].nl() || p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k)
}

const (
	cueNone = iota
	cueFuture
	cuePast
	cueDeadline
)

// cue classifies token j as a tense cue for an expression at token at.
func (p *parser) cue(j, at int) int {
	w := p.word(j)
	if w == "" || !p.in(j, cCue) && !pastEd(w) {
		// the tense window asks about every word of a clause, and most
		// are no cue: only the words of cueSwitch and the tables below,
		// and words in "-ed", can be one
		return cueNone
	}
	switch w {
	case "will", "shall":
		return cueFuture
	case "should", "might", "may", "must":
		// "should be completed in October"; not "may have met"
		if w == "may" && p.t[j].upper() && j > 0 && !p.boundary(j-1) {
			return cueNone // the month
		}
		if at-j <= 6 && !p.isWord(j+1, "have") && (j+1 >= len(p.t) || !p.t[j+1].upper()) {
			return cueFuture
		}
		if at-j <= 12 && p.modalPassive(j) {
			// "must still be approved by voters in a referendum on
			// Sunday": a passive after the modal carries it further
			return cueFuture
		}
		return cueNone
	case "could":
		return p.couldCue(j, at)
	case "would":
		if p.isWord(j+1, "not") && refusalVerbs[p.word(j+2)] {
			// "In an interview Friday, he would not specify": a past
			// refusal, not a future
			return cuePast
		}
		// future in the past ("said they would meet Monday",
		// "would be traveling to the United States Thursday"); further
		// off not for a possessive, the date of an event ("would look
		// for ways to get around Wednesday's ruling")
		if n := at - j - p.clitics(j, at); n <= 4 || n <= 9 && !p.possessive(at) {
			return cueFuture
		}
		if p.verbThenPlaces(j, at) {
			return cueFuture // "would be raised at the alliance headquarters in Brussels on Monday"
		}
		return cueNone
	case "ll":
		if p.isPunct(j-1, "'") || p.isPunct(j-1, "\u2019") {
			return cueFuture
		}
		return cueNone
	case "won":
		if p.isPunct(j+1, "'") || p.isPunct(j+1, "\u2019") {
			return cueFuture // won't
		}
		return cuePast
	case "effective":
		return p.effectiveCue(j, at)
	case "upcoming", "tomorrow", "payable":
		return cueFuture
	case "starting", "beginning":
		// "a ceasefire starting Monday evening", "beginning on Tuesday",
		// "starting from Friday": the start of what comes
		if k := j + 1; (k == at || k+1 == at && p.isWord(k, "on", "from")) && p.dayAt(at) {
			return cueFuture
		}
		return cueNone
	case "ahead":
		// "security was tightened ahead of Sunday's vote": the event it
		// leads up to lies ahead, whatever the verb
		if p.isWord(j+1, "of") && j+2 == at && p.weekdayAt(at) {
			return cueFuture
		}
		return cueNone
	case "forecast", "forecasts":
		// "rain is forecast into Wednesday", "the agency forecasts
		// storms on Friday"; not "had forecast"
		if w == "forecasts" || p.isWord(j-1, "is", "are") {
			return cueFuture
		}
		return cueNone
	case "being":
		// "the fair is being held Saturday", "talks are being hosted
		// on Monday": a present progressive passive arranges a coming
		// day (not "was being held")
		if p.isWord(j-1, "is", "are") && p.weekdayAt(at) && !p.possessive(at) {
			// not "a third is being sought in Saturday's shooting"
			if v := p.word(j + 1); p.in(j+1, cPastIrr) || len(v) > 4 && v[len(v)-2:] == "ed" {
				return cueFuture
			}
		}
		return cueNone
	case "effect":
		if p.isWord(j-1, "take", "takes") {
			return cueFuture // "the law takes effect Jan. 1"
		}
		if p.isWord(j-1, "taking") {
			// a gerund has no tense of its own: it leans ahead ("the law,
			// taking effect on Monday, …") as "until" does, but a finite
			// past verb decides ("attacked within minutes of the truce
			// taking effect on Saturday")
			return cueDeadline
		}
		if p.isWord(j-1, "with") && p.isWord(j+1, "from") && j+2 == at {
			return cueFuture // "with effect from Monday"
		}
		return cueNone
	case "office", "power":
		// "Sheinbaum takes office on Oct. 1", "leaves office Sept. 30":
		// the present simple of a handover is a schedule, like "takes
		// effect"; "took office", "to take office" are decided by their
		// own cue further back
		if p.isWord(j-1, "takes", "leaves", "assumes") {
			return cueFuture
		}
		return cueNone
	case "is", "are", "am":
		// a present progressive arranges what is coming: "Kalla, who is
		// stepping down in October", "he is meeting Putin on Friday"
		// (not "is being", "is going": their own cues)
		if v := p.word(j + 1); len(v) > 5 && v[len(v)-3:] == "ing" && v != "being" && v != "going" && at > j+1 && at-j <= 5 && !p.possessive(at) &&
			(p.weekdayAt(at) || p.isMonthWord(at) && p.t[at].upper() && (p.isWord(at-1, "in") && !p.dayAt(at) || p.isWord(at-1, "on"))) {
			return cueFuture
		}
		if at > j && at-j <= 2 && p.weekdayAt(at) && !p.possessive(at) && (at == j+1 || p.isWord(j+1, "on")) {
			// "The vote is on Friday", "the hearings are Monday": a
			// copula dates the subject's event, which news gives
			// only when it is still ahead
			return cueFuture
		}
		if v := p.word(j + 1); at > j+1 && at-j <= 5 && p.weekdayAt(at) && (pastEd(v) || p.in(j+1, cPastIrr)) && p.timeClauseBefore(j) {
			// "until the president-elect is sworn in on Saturday", "once
			// the deal is signed on Monday": a present passive in a
			// clause of time is the coming day
			return cueFuture
		}
		return cueNone
	case "place":
		// "the ceremony takes place on Friday": the present simple of
		// a schedule, like "takes effect"; "took place" is past by its
		// own cue
		if p.isWord(j-1, "takes") && at > j && p.weekdayAt(at) {
			return cueFuture
		}
		return cueNone
	case "want", "wants":
		// "commanders want a review in December": a present wish for a
		// month is of one still ahead (not "did not want", whose "did"
		// is past)
		if at-j <= 6 && p.isMonthWord(at) && p.t[at].upper() && p.isWord(at-1, "in") && !p.isWord(j-1, "not", "t") {
			return cueFuture
		}
		return cueNone
	case "expires", "expire":
		if p.isWord(j-1, "to") {
			return cueNone // "had been due to expire": "to" decides
		}
		return cueFuture
	case "going", "heading", "head", "heads":
		if p.isWord(j+1, "into") {
			return cueFuture // "going into Sunday's singles"
		}
		if w == "going" || w == "heading" {
			return cueNone
		}
		// "voters head to the polls on Sunday": a schedule verb below
	case "planning", "preparing", "bracing", "gearing", "readying":
		// "is gearing up for the start of its year on September 8",
		// "bracing for a storm on Sunday"
		if p.isWord(j+1, "for", "to") || p.isWord(j+1, "up") && p.isWord(j+2, "for", "to") {
			return cueFuture
		}
		return cueNone
	case "next", "coming":
		if p.isWord(j+1, "to", "from", "in", "out", "up", "back", "under", "into") {
			return cueNone // "next to the embassy", "coming from Gaza"
		}
		if w == "next" && p.isWord(j-1, "the") && p.isWord(j+1, "day", "morning", "afternoon", "evening", "night") {
			// "sent tanks the next day, and by Sunday its troops had
			// pushed …": the day after another, told in the narrative's
			// own tense, is no cue of the future
			return cueNone
		}
		if j+1 < at && p.possessive(at) && !p.dayAt(j+1) {
			// "to form the next government after winning the most seats
			// in Wednesday's election": the adjective of another noun
			// says nothing of the day of an event named by its day
			return cueNone
		}
		return cueFuture
	case "through", "thru", "by", "before":
		// "Lane closure through Friday", "available through Nov. 30",
		// "must be paid by Friday": a deadline right before a day (not
		// "through March", often a past period of a report)
		if j+1 != at && !(j+2 == at && p.isWord(j+1, "next", "this")) || !p.dayAt(at) || p.possessive(at) {
			// "before Friday's purchases": the event's day, not a deadline
			return cueNone
		}
		return cueDeadline
	case "until", "till", "til":
		// "until Friday", "until the weekend", "until 9 a.m. Tuesday"
		for k := j + 1; k < at; k++ {
			if k > j+1 && !p.clockPart(k) {
				return cueNone
			}
		}
		if at-j <= 8 {
			return cueDeadline
		}
		return cueNone
	case "as":
		// "as soon as Tuesday", "as early as Monday"
		if j == at-1 && p.isWord(j-1, "soon", "early") && p.isWord(j-2, "as") {
			return cueFuture
		}
		return cueNone
	case "to":
		// "is to meet", "plans to hold", "due to expire"; "had been due
		// to expire" is past
		if p.nounFollows(j) && !p.weekdayAt(j+1) {
			return cueNone // "a message of hope to the congregation": a preposition
		}
		if j+1 < len(p.t) && p.t[j+1].kind() == kWord && !p.t[j+1].upper() && p.headlineStart(j) {
			// a headline's infinitive is what comes: "Pastor to be
			// buried Saturday", "Chelsea, Club America to play at
			// Cowboys stadium in July"
			return cueFuture
		}
		if p.weekdayAt(at) && p.directiveBefore(j) {
			// "the tribunal told him to return on Monday", "urged the
			// two sides to meet on Friday": what was ordered is ahead
			return cueFuture
		}
		if p.isWord(j-1, "was", "were") && j+1 < len(p.t) && p.t[j+1].kind() == kWord && !p.t[j+1].upper() {
			// "the council was to meet on Thursday": a plan of the
			// past for a weekday still ahead; other dates go by their
			// nearness ("was to become president in 1990")
			if p.weekdayAt(at) {
				return cueFuture
			}
			return cueNone
		}
		if futureBeforeTo[p.word(j-1)] {
			if p.isWord(j-2, "had") || p.isWord(j-2, "been") && p.isWord(j-3, "had") {
				return cuePast // "had been due to expire"
			}
			if p.isWord(j-2, "originally", "initially", "previously") {
				return cuePast // "was originally scheduled to appear Thursday": a plan given up
			}
			if pastToVerbs[p.word(j-1)] && !p.weekdayAt(at) && !p.pastAux(j-2) {
				// "decided to stop funding the program in January": ahead
				// of a past decision, not of the article; the month goes
				// by its nearness (the verb before is no cue either)
				return cueNone
			}
			if p.isWord(j-2, "was", "were") && (p.isWord(j-1, "set", "expected", "due", "scheduled", "slated", "supposed", "poised", "likely", "going", "about") || pastToVerbs[p.word(j-1)]) && (!p.weekdayAt(at) || p.isWord(j-1, "supposed")) {
				// "was set to die Feb. 26", "was expected to attend a
				// gathering Dec. 27": ahead of a past moment, not of
				// the article; the date goes by its nearness. A weekday
				// stays ahead: "was expected to vote Thursday" is news
				// of the coming days
				return cueNone
			}
			return cueFuture
		}
		return cueNone
	case "scheduled", "slated", "set", "due", "expected", "planned", "proposed", "proposes", "propose":
		if p.isPunct(j-1, "-") || p.adjectival(j) {
			return cueNone // "lower-than-expected", "the hastily planned trip"
		}
		if p.pastAux(j-1) || p.isWord(j-1, "previously", "originally", "initially") {
			return cuePast // "had been scheduled", "as previously planned"
		}
		if w == "set" || w == "due" {
			if p.isWord(j+1, "for", "to") || w == "due" && (j+1 == at || p.isWord(j+1, "on", "in")) {
				return cueFuture
			}
			return cueNone
		}
		// "planned a rally on Saturday", "has scheduled a news
		// conference Thursday", "proposed a meeting in November"
		return cueFuture
	case "ago", "previously", "earlier":
		return cuePast
	}
	if at > j && scheduleVerbs[w] && (p.span(j, at) <= 6 || p.motionForEvent(j, at)) && !p.isWord(j-1, "to", "the", "a", "an", "will", "would", "could", "did", "didn't", "not") && !p.isWord(j+1, "of") && !p.adjNoun(j) && !p.inCompound(j) &&
		(p.weekdayAt(at) || p.isMonthWord(at) && p.t[at].upper() && p.isWord(at-1, "in") && !p.dayAt(at) || p.isWord(at, "this") && p.isWord(at+1, "week")) {
		// news present for what is scheduled: "Arafat and Netanyahu
		// meet separately Monday", "the talks resume on Tuesday",
		// "talks resume in Geneva this week"; before "of" the word is
		// a noun ("declared herself head of state on Tuesday", "the
		// end of the talks on Monday")
		return cueFuture
	}
	if ambiguousPast[w] {
		// "prices hit a high on Friday", "the army cut the road
		// Tuesday": past in news prose, but not after a modal, "to" or
		// a form of "be"/"have", nor as a noun ("a hit", "the cut")
		if p.isWord(j-1, "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
			"do", "does", "did", "not", "ll", "be", "been", "being", "is", "are", "am", "has", "have",
			"get", "gets", "getting", "got", "gotten") || p.adjectival(j) {
			return cueNone
		}
		return cuePast
	}
	if p.in(j, cPastIrr) { // pastIrregular[w]
		if p.adjectival(j) {
			return cueNone // "his left knee", "the lost city"
		}
		if p.isWord(j+1, "by") && !p.byAmount(j+1) && w != "was" && w != "were" && w != "had" && w != "did" {
			return cueNone // "a play written by …": a passive participle
		}
		b := j - 1
		if lw := p.word(b); len(lw) > 4 && lw[len(lw)-2:] == "ly" {
			b-- // "is largely meant to"
		}
		switch p.word(b) {
		case "be", "been", "being", "is", "are", "am", "has", "have":
			// a participle: passive or present perfect, as for -ed
			// below ("the vote will be held on Sunday")
			if w != "was" && w != "were" && w != "had" && w != "did" {
				return cueNone
			}
		}
		return cuePast
	}
	if pastToVerbs[w] && p.isWord(j+1, "to") && !p.weekdayAt(at) && at > j {
		return cueNone // see "to": ahead of the decision, by nearness
	}
	if len(w) > 4 && w[len(w)-2:] == "ed" && !notPastEd[w] {
		// a participle after a form of "be" is passive, not a tense,
		// also with an adverb between ("will be formally sentenced")
		b := j - 1
		if lw := p.word(b); len(lw) > 4 && lw[len(lw)-2:] == "ly" {
			b--
		}
		switch p.word(b) {
		case "be", "been", "being", "is", "are", "am", "has", "have":
			// passive, or a present perfect, which takes no past date
			// ("has continued to hold the markets closed until Friday")
			return cueNone
		case "stay", "stays", "staying", "remain", "remains", "remaining":
			// a state the present or infinitive of "stay" holds:
			// "centres would stay closed for the vote on Sept. 18" is
			// governed by "would", not by "closed"
			return cueNone
		}
		if p.adjectival(j) || p.isPunct(j-1, "-") && p.attached(j-1) || p.isWord(j+1, "by") && !p.byAmount(j+1) {
			// "an Asian-themed casino": a compound adjective; "a play
			// written and directed by …": a passive participle, which
			// a form of "be" before it makes past if anything
			return cueNone
		}
		return cuePast
	}
	return cueNone
}

// modalPassive reports whether the modal at j governs a passive: "be"
// and a participle in "-ed" or an irregular one, after at most one
// adverb ("must still be approved", "should be held").
func (p *parser) modalPassive(j int) bool {
	k := j + 1
	if w := p.word(k); w == "still" || w == "also" || w == "first" || len(w) > 4 && w[len(w)-2:] == "ly" {
		k++
	}
	if !p.isWord(k, "be") {
		return false
	}
	return pastEd(p.word(k+1)) || k+1 < len(p.t) && p.in(k+1, cPastIrr)
}

// pastEd reports whether w has the form of a past or participle in
// "-ed" that cue tests.
func pastEd(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ed" }

// cueSwitch lists the words cue's switch tests by name; with
// scheduleVerbs, ambiguousPast and pastIrregular they make the class
// cCue, the words that may be a cue other than by their "-ed".
var cueSwitch = map[string]bool{
	"will": true, "shall": true, "should": true, "might": true, "may": true, "must": true,
	"would": true, "ll": true, "won": true, "upcoming": true, "tomorrow": true, "effective": true,
	"payable": true, "starting": true, "beginning": true, "ahead": true, "forecast": true,
	"forecasts": true, "being": true, "effect": true, "expires": true, "expire": true,
	"going": true, "heading": true, "head": true, "heads": true, "planning": true,
	"preparing": true, "bracing": true, "gearing": true, "readying": true, "next": true,
	"coming": true, "through": true, "thru": true, "by": true, "before": true, "until": true,
	"till": true, "til": true, "as": true, "to": true, "scheduled": true, "slated": true,
	"set": true, "due": true, "expected": true, "planned": true, "proposed": true,
	"proposes": true, "propose": true, "ago": true, "previously": true, "earlier": true,
	"office": true, "power": true, "is": true, "are": true, "am": true, "place": true,
	"want": true, "wants": true, "could": true,
}

// frontedSchedule reports whether the expression at [i,end), a weekday
// or "this week" opening its sentence before a comma, is followed in
// the main clause by a present verb of schedule at j after a short
// subject: "On Friday, talks resume in Geneva", "This week, the
// council meets". News gives a fronted day the present only when it is
// ahead.
func (p *parser) frontedSchedule(i, end, j int) bool {
	if j-end < 2 || j-end > 5 || !scheduleVerbs[p.word(j)] || !p.fronted(i, end) {
		return false
	}
	if !p.weekdayAt(i) && !(p.isWord(i, "this") && p.isWord(i+1, "week")) {
		return false
	}
	for k := end + 1; k < j; k++ {
		if p.t[k].kind() != kWord {
			return false // "On Friday, the minister's visit …"
		}
	}
	return !p.isWord(j-1, "to", "the", "a", "an", "did", "not") && !p.adjNoun(j) && !p.inCompound(j)
}

// directiveBefore reports whether "to" at j follows a past verb of
// ordering and its object of at most three words ("told him to", "urged
// the two sides to", "asked factories to"): the infinitive is what was
// asked for.
func (p *parser) directiveBefore(j int) bool {
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if p.t[k+1].kind() != kWord {
			return false
		}
		if directiveVerbs[p.word(k)] {
			// not "had told him to", nor a second act of a narrated
			// series ("fired him and asked him to leave the building
			// Tuesday morning"): the asking's own day
			return !p.isWord(k-1, "had", "and")
		}
	}
	return false
}

// directiveVerbs are past verbs of ordering or asking whose object's
// infinitive lies ahead ("ordered the troops to withdraw", "asked
// factories to close", "called on residents to stay home"); not those
// of a result ("forced him to resign").
var directiveVerbs = map[string]bool{
	"ordered": true, "told": true, "urged": true, "invited": true, "summoned": true,
	"instructed": true, "directed": true, "requested": true, "asked": true,
	"advised": true, "encouraged": true, "called": true, "appealed": true,
}

// timeClauseBefore reports whether a subordinator of time opens the
// clause within five words before token j ("until the president-elect
// is sworn in", "once the deal is signed").
func (p *parser) timeClauseBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if p.t[k].kind() == kPunct && p.boundary(k) {
			return false
		}
		if p.isWord(k, "until", "till", "when", "once", "before", "after") {
			return true
		}
	}
	return false
}

// clauseAfterComma reports whether a comma at j opens another clause: a
// participle or a relative or concessive word ("…in January, saying that
// governments might not …", ", which will …").
func (p *parser) clauseAfterComma(j int) bool {
	if !p.isPunct(j, ",") {
		return false
	}
	w := p.word(j + 1)
	if len(w) > 5 && w[len(w)-3:] == "ing" && !p.t[j+1].upper() {
		return true
	}
	switch w {
	case "which", "who", "whose", "while", "although", "though", "but", "whereas":
		return true
	}
	return false
}

// pastToVerbs are past verbs whose "to" complement lies ahead of them,
// not necessarily of the article ("agreed to sell", "decided to stop",
// "was ordered to report").
var pastToVerbs = map[string]bool{
	"agreed": true, "promised": true, "vowed": true, "pledged": true, "threatened": true,
	"decided": true, "ordered": true, "summoned": true, "told": true, "instructed": true,
	"invited": true,
}

// refusalVerbs after "would not" make a past refusal to tell ("would not
// say", "would not comment").
var refusalVerbs = map[string]bool{
	"say": true, "comment": true, "specify": true, "disclose": true, "elaborate": true,
	"discuss": true, "confirm": true, "identify": true, "reveal": true, "speculate": true,
	"name": true, "release": true, "provide": true, "answer": true, "respond": true,
}

// headlineStart reports whether token j stands within the first six
// words of its line and no verb cue comes before it there: the subject
// of a headline ("Scandal-plagued pastor to be buried Saturday").
func (p *parser) headlineStart(j int) bool {
	if futureBeforeTo[p.word(j-1)] || pastToVerbs[p.word(j-1)] {
		return false // "The department decided to stop …": a verb's complement
	}
	if ingWord(p.word(j - 1)) {
		// "Saakashvili, speaking to lawmakers on Thursday, accused …": a
		// participle's preposition, not a headline's infinitive
		return false
	}
	for k := j - 1; k >= 0 && k >= j-7; k-- {
		if p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) {
			return false
		}
		if c := p.cue(k, j); c == cuePast || c == cueFuture {
			return false
		}
		if p.t[k].nl() || k == 0 {
			return true
		}
	}
	return false
}

// quotedTitle reports whether the quote mark at j closes a title inside
// the sentence: up to six capitalised words back to an opening mark, on
// one line ("will host \"Stars Over Springfield\" on Friday"). It
// returns the index of the opening mark, else -1.
func (p *parser) quotedTitle(j int) int {
	if !p.isPunct(j, "\"") && !p.isPunct(j, "\u201d") || p.t[j].nl() {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-7; k-- {
		if p.isPunct(k, "\"") || p.isPunct(k, "\u201c") {
			if k == j-1 || p.t[k+1].nl() {
				return -1
			}
			return k
		}
		if p.t[k].kind() != kWord || !p.t[k].upper() || p.t[k].nl() {
			return -1
		}
	}
	return -1
}

// inCompound reports whether the word at j is joined by a hyphen to the
// word before or after it ("a face-to-face meeting", "a visit-by-visit
// account"): part of a compound modifier, no verb.
func (p *parser) inCompound(j int) bool {
	return p.isPunct(j-1, "-") && p.attached(j) && p.attached(j-1) ||
		p.isPunct(j+1, "-") && p.attached(j+1) && p.attached(j+2)
}

// adjNoun reports whether the word at j is a noun after a determiner and
// an adjective ("an official visit", "the final vote"), not a verb after
// its subject ("the leaders meet").
func (p *parser) adjNoun(j int) bool {
	if v := p.word(j); v == "" || v[len(v)-1] == 's' {
		return false // "the trial resumes Monday": a verb after its subject
	}
	// a hyphenated adjective is one word: "a run-off vote", "the
	// second-round vote"
	k := j - 1
	for p.isPunct(k-1, "-") && p.attached(k) && p.attached(k-1) {
		k -= 2
	}
	if p.isWord(k-1, "a", "an") {
		return true
	}
	w := p.word(j - 1)
	if determiners[p.word(k-1)] && w != "" && w[len(w)-1] != 's' {
		return true
	}
	// two or three modifiers before the noun: "a first impeachment
	// vote", "the final parliamentary vote"; each a lower-case word of
	// no plural's shape (not a subject: "the opposition parties vote")
	for n := 0; n < 2 && k-1 > 0; n++ {
		m := p.word(k - 1)
		if m == "" || p.t[k-1].upper() || m[len(m)-1] == 's' || pastEd(m) {
			return false
		}
		k--
		if p.isWord(k-1, "a", "an") || determiners[p.word(k-1)] && w != "" && w[len(w)-1] != 's' {
			return true
		}
	}
	return false
}

// abbrevStop reports whether the full stop at j closes an abbreviation
// inside the clause ("9 a.m. EDT Friday", "Nov. 9") rather than a
// sentence.
func (p *parser) abbrevStop(j int) bool {
	if !p.isPunct(j, ".") || !p.attached(j) || j+1 >= len(p.t) {
		return false
	}
	w := p.word(j - 1)
	if len(w) == 1 || titleAbbrevs[w] {
		return true
	}
	if p.isPunct(j+1, ",") || p.t[j+1].kind() == kWord && !p.t[j+1].upper() && !p.t[j+1].nl() {
		return true // "Birmingham, Ala., killed", "the Corp. unit"
	}
	_, month := months[w]
	return month && monthAbbrev(w)
}

// titleAbbrevs are abbreviations written before a name, never at the end
// of a sentence: "Roe vs. Wade", "Gen. Schwarzkopf".
var titleAbbrevs = map[string]bool{
	"vs": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "prof": true,
	"rev": true, "adm": true, "maj": true, "cmdr": true, "st": true,
}

// byAmount reports whether "by" at k gives an amount of change ("rose by
// 15 percent", "increased by half", "fell by about a third"), after
// which the verb before is a past tense, not a passive participle ("a
// play written by …").
func (p *parser) byAmount(k int) bool {
	return k+1 < len(p.t) && (p.t[k+1].kind() == kNum || p.in(k+1, cNumber) && !p.isWord(k+1, "a", "an") ||
		p.isWord(k+1, "half", "about", "around", "nearly", "almost", "roughly", "some", "more", "less", "over", "up", "as", "much", "another"))
}

// adjectival reports whether the participle at j modifies a noun: it
// follows a determiner, possessive or -ly adverb ("the planned talks",
// "a hastily arranged meeting").
func (p *parser) adjectival(j int) bool {
	w := p.word(j - 1)
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "newly",
		"my", "your", "these", "those", "on", "in", "of", "for", "with", "from", "at", "into", "about":
		// a determiner, or a preposition: verbs do not follow them
		// ("on rented videos")
		return true
	}
	// "a still unspecified date", "the long delayed vote"
	if stativeAdverbs[w] && determiners[p.word(j-2)] {
		return true
	}
	// "the hastily planned trip"; not "Maradona finally departed"
	return len(w) > 4 && w[len(w)-2:] == "ly" && w != "only" && w != "early" &&
		p.isWord(j-2, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that")
}

// stativeAdverbs are adverbs that sit between a determiner and an
// adjectival participle.
var stativeAdverbs = map[string]bool{
	"still": true, "yet": true, "not": true, "long": true, "much": true, "well": true,
	"once": true, "already": true, "very": true, "most": true, "more": true, "less": true,
	"so": true, "now": true, "previously": true, "recently": true,
}

// clockPart reports whether token k belongs to a clock time ("9", ":",
// "a", ".", "m", "EST", "noon").
func (p *parser) clockPart(k int) bool {
	t := &p.t[k]
	if t.kind() == kNum || t.kind() == kPunct {
		return true
	}
	w := p.low[t.s:t.e]
	return len(w) == 1 || w == "am" || w == "pm" || w == "noon" || w == "midnight" || timeZones[w]
}

// pastAux reports whether token j is an auxiliary of a past form: "had",
// "was", "were", or "been" after "had".
func (p *parser) pastAux(j int) bool {
	switch p.word(j) {
	case "had", "was", "were":
		return true
	case "been":
		return p.isWord(j-1, "had")
	}
	return false
}

// presentDurative are present-tense verbs of lasting that, right before
// a deadline preposition ("continues through Sunday", "stays open until
// Friday"), put its day ahead.
var presentDurative = map[string]bool{
	"continues": true, "continue": true, "runs": true, "run": true, "lasts": true,
	"remains": true, "remain": true, "stays": true, "stay": true, "extends": true,
	"goes": true,
}

// futureBeforeTo are words that make a following "to" + verb future.
// scheduleVerbs are present-tense verbs that, right before a weekday,
// schedule it: news writes coming events in the present ("the leaders
// meet Monday").
var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "resume": true, "resumes": true, "begin": true, "begins": true,
	"convene": true, "convenes": true, "vote": true, "votes": true, "visit": true, "visits": true,
	"arrive": true, "arrives": true, "depart": true, "departs": true, "reopen": true, "reopens": true,
	"travel": true, "travels": true, "face": true, "faces": true,
	"head": true, "heads": true, "go": true, "goes": true, "return": true, "returns": true,
	"start": true, "starts": true, "open": true, "opens": true, "close": true, "closes": true,
	"gather": true, "gathers": true, "host": true, "hosts": true, "hear": true, "hears": true,
	"play": true, "plays": true, "kick": true, "kicks": true, "launch": true, "launches": true,
	"testify": true, "testifies": true, "appear": true, "appears": true, "hold": true, "holds": true,
	"end": true, "ends": true, "conclude": true, "concludes": true,
}

// span counts the tokens from j to at, a clock time ("8:30 a.m.") as
// one.
func (p *parser) span(j, at int) int {
	n := 0
	for k := j + 1; k <= at && k < len(p.t); k++ {
		if !p.clockTok(k) {
			n++
		}
	}
	return n
}

// stateParticiples are participles that, right before "until", name the
// state something is kept in ("markets stay closed until Friday",
// "has continued to hold all markets closed until Friday"), not a past
// verb of the clause ("the strike lasted until Friday").
var stateParticiples = map[string]bool{
	"closed": true, "shut": true, "suspended": true, "halted": true, "banned": true,
	"barred": true, "sealed": true, "locked": true, "blocked": true, "frozen": true,
	"detained": true, "jailed": true, "grounded": true, "cancelled": true, "canceled": true,
	"restricted": true, "delayed": true,
}

// dayAt reports whether token i opens an expression of a day: a
// capitalised weekday or a month followed by a day number.
func (p *parser) dayAt(i int) bool {
	if p.weekdayAt(i) {
		return true
	}
	if !p.isMonthWord(i) || !p.t[i].upper() {
		return false
	}
	_, _, ok := p.dayNum(p.skipDot(i + 1))
	return ok
}

// deadlineGivers set a time limit: "until" a day after them and "to"
// and a verb after the day ("gave Iran until Friday to respond") name a
// deadline ahead of the verb.
var deadlineGivers = map[string]bool{
	"gave": true, "given": true, "granted": true, "allowed": true, "extended": true,
}

// postponeVerbs move something to a later time: the "until" date after
// them lies ahead of the verb, in news ahead of the article.
var postponeVerbs = map[string]bool{
	"extended": true, "postponed": true, "delayed": true, "deferred": true, "adjourned": true,
	"recessed": true, "suspended": true, "rescheduled": true, "pushed": true,
}

// weekdayAt reports whether token i is a capitalised weekday.
func (p *parser) weekdayAt(i int) bool {
	if p.in(i, cWeekday) {
		return p.t[i].upper()
	}
	if p.isPunct(i+1, ".") {
		_, ok := p.weekdayAbbrevAt(i) // "Thurs."
		return ok
	}
	return false
}

var futureBeforeTo = map[string]bool{
	"is": true, "are": true, "am": true, "due": true, "set": true, "expected": true,
	"scheduled": true, "slated": true, "plans": true, "plan": true, "planned": true,
	"planning": true, "going": true, "intends": true, "intend": true, "hopes": true,
	"hope": true, "aims": true, "ready": true, "likely": true, "poised": true,
	"prepared": true, "preparing": true, "wants": true, "want": true, "agreed": true,
	"promised": true, "vowed": true, "pledged": true, "threatened": true, "decided": true,
	"about": true, "supposed": true, "ordered": true, "summoned": true, "told": true,
	"instructed": true, "invited": true,
}

// pastIrregular are common irregular past-tense verbs and past
// auxiliaries of news prose.
var pastIrregular = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true,
	"met": true, "went": true, "came": true, "took": true, "made": true, "held": true,
	"gave": true, "left": true, "began": true, "fell": true, "rose": true, "lost": true,
	"saw": true, "sent": true, "spent": true, "struck": true, "got": true, "led": true,
	"fled": true, "sold": true, "bought": true, "brought": true, "thought": true,
	"found": true, "kept": true, "paid": true, "ran": true, "shot": true, "spoke": true,
	"stood": true, "wrote": true, "became": true, "broke": true, "chose": true,
	"drew": true, "drove": true, "flew": true, "grew": true, "knew": true, "sought": true,
	"threw": true, "wore": true, "killed": true, "won": true, "felt": true,
	"heard": true, "meant": true, "swore": true, "withdrew": true, "overthrew": true,
	"forgave": true, "underwent": true, "undertook": true, "oversaw": true, "slid": true,
	"sank": true, "rang": true, "sang": true, "used": true, "sworn": true,
}

// ingWord reports whether w ends in "ing".
func ingWord(w string) bool { return len(w) > 5 && w[len(w)-3:] == "ing" }

// ambiguousPast are irregular verbs whose past form is their present:
// read as past unless a modal, "to" or an auxiliary comes before.
var ambiguousPast = map[string]bool{
	"hit": true, "cut": true, "shut": true, "spread": true, "beat": true, "quit": true,
}

// notPastEd are words ending in -ed that are not past forms.
var notPastEd = map[string]bool{
	"need": true, "speed": true, "feed": true, "seed": true, "breed": true,
	"proceed": true, "succeed": true, "exceed": true, "indeed": true, "embed": true,
	"hundred": true, "hundreds": true, "united": true, "based": true, "related": true,
	"armed": true, "alleged": true, "allegedly": true, "detailed": true, "limited": true,
	"advanced": true, "concerned": true, "unexpected": true, "unprecedented": true,
	"expected": true, "scheduled": true, "planned": true, "red": true, "shed": true,
	"bed": true, "creed": true, "greed": true, "weed": true, "deed": true, "heed": true,
	"reed": true, "tweed": true, "steed": true,
}

// pastClause reports whether the expression at [i,end) is governed by a
// past verb of its own clause, not only by a verb that reports it: "in
// January, the company brought in …", "changed to a calendar year in
// December" are past; "said guidelines to be published in early
// November", "expects to release results in mid-November", "was planned
// for early March" and deadlines ("repaid by February", "extended until
// mid-November") are not. The end of a span a past verb of lasting
// governs is past ("led the government until February").
func (p *parser) pastClause(i, end int) bool {
	k := i - 1
	for k >= 0 && (p.t[k].kind() == kPunct && p.tok(k) == "-" || p.isWord(k, "early", "late", "mid", "the", "of", "beginning", "end", "middle", "start")) {
		k--
	}
	if p.isWord(k, "until", "till") {
		return p.pastUntil(k)
	}
	if p.isWord(k, "by", "before", "for", "through", "ahead", "to", "within") {
		return false
	}
	// decide reads the word at j: a future marker or a tense cue settles
	// the clause (done); a reporting verb ("said") does not count
	decide := func(j int) (past, done, reporting bool) {
		w := p.word(j)
		if futureMarkers[w] && !(w == "to" && p.nounFollows(j)) {
			return false, true, false
		}
		if reportingVerbs[w] {
			return false, false, true
		}
		switch p.cue(j, i) {
		case cuePast:
			return true, true, false
		case cueFuture, cueDeadline:
			return false, true, false
		}
		return false, false, false
	}
	for j := k; j >= 0 && j >= i-14; j-- {
		if p.t[j].kind() == kPunct && p.boundary(j) && !p.abbrevStop(j) {
			break
		}
		past, done, reporting := decide(j)
		if done {
			return past
		}
		if !reporting && p.t[j].nl() {
			break
		}
	}
	limit := end + 12
	if p.fronted(i, end) {
		limit = end + 40
	}
	for j := end; j < len(p.t) && j < limit; j++ {
		if p.boundary(j) && !p.abbrevStop(j) {
			break
		}
		if past, done, _ := decide(j); done {
			return past
		}
	}
	return false
}

// pastUntil reports whether the "until" at k ends a span that a past verb
// of its clause governs: "served as minister until January", "the
// strike lasted until March" ended before the article. A verb that moves
// or sets a time ("extended the deadline until March", "gave them until
// March"), a state participle ("was closed until March") or a reporting
// verb ("said … until March") does not make the end past; callers also
// require [parser.tense] to be past, which weighs those cases for
// weekdays the same way.
func (p *parser) pastUntil(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if p.t[j].kind() == kPunct && p.boundary(j) && !p.abbrevStop(j) {
			return false
		}
		w := p.word(j)
		if postponeVerbs[w] || deadlineGivers[w] || reportingVerbs[w] || j == k-1 && stateParticiples[w] {
			return false
		}
		switch p.cue(j, k+1) {
		case cuePast:
			return true
		case cueFuture, cueDeadline:
			return false
		}
		if p.t[j].nl() {
			return false
		}
	}
	return false
}

// nounFollows reports whether the word after j opens a noun phrase (a
// determiner, possessive, number or name), so that a "to" at j is a
// preposition ("to a calendar year"), not an infinitive marker.
func (p *parser) nounFollows(j int) bool {
	if j+1 >= len(p.t) {
		return false
	}
	if t := &p.t[j+1]; t.kind() == kNum || t.upper() {
		return true
	}
	return determiners[p.word(j+1)]
}

var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}

// reportingVerbs report a clause without setting its tense: the month in
// "said the guidelines will be published in November" takes the tense of
// the reported clause.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "added": true, "announced": true, "reported": true,
	"stated": true, "noted": true, "explained": true, "predicted": true, "indicated": true,
	"disclosed": true, "confirmed": true, "warned": true, "claimed": true, "argued": true,
	"wrote": true, "estimated": true, "projected": true, "forecast": true, "insisted": true,
}

// futureMarkers are words that put the rest of a clause ahead of its
// verb: an infinitive, a modal, an expectation ("to be published", "would
// be paid", "expects to release").
var futureMarkers = map[string]bool{
	"to": true, "be": true, "will": true, "would": true, "could": true, "may": true,
	"might": true, "should": true, "expects": true, "expect": true, "plans": true,
	"plan": true, "hopes": true, "intends": true, "shall": true,
}

// clitics counts the possessive endings ("'s", two tokens each) between
// tokens j and at: "would be raised outside the alliance's headquarters
// on Monday" is as near its verb as "… outside the headquarters".
func (p *parser) clitics(j, at int) int {
	n := 0
	for k := j + 1; k < at-1; k++ {
		if p.possessive(k) {
			n += 2
		}
	}
	return n
}

// possessive reports whether the word at i is followed by "'s".
func (p *parser) possessive(i int) bool {
	return (p.isPunct(i+1, "'") || p.isPunct(i+1, "\u2019")) && p.isWord(i+2, "s") && p.attached(i+1)
}

// deadlineBefore reports whether the expression at i follows "by",
// "until" or "before", past its modifiers ("by early February").
func (p *parser) deadlineBefore(i int) bool {
	k := i - 1
	for k >= 0 && (p.t[k].kind() == kPunct && p.tok(k) == "-" || p.isWord(k, "early", "late", "mid", "the", "end", "of", "beginning", "middle", "start")) {
		k--
	}
	return p.isWord(k, "by", "until", "till", "before")
}

// forEvent reports whether the weekday at i names, as a possessive after
// "for", an event still ahead ("a candidate for Sunday's upper house
// election", "preparations for Saturday's summit"): what is done for an
// event precedes it, whatever the verb's tense. Its day is no day of
// the narrative either: "in the afternoon" after it is the afternoon of
// the day told of, not of the event.
func (p *parser) forEvent(i int) bool {
	if !p.isWord(i-1, "for") || !p.possessive(i) || !p.weekdayAt(i) {
		return false
	}
	for k := i + 3; k < len(p.t) && k <= i+6; k++ {
		if p.t[k].kind() != kWord {
			return false
		}
		if upcomingEvents[p.word(k)] {
			return true
		}
	}
	return false
}

// scheduledFor reports whether the date at [i,end) after "for" is the
// day set for an event still ahead ("set an early presidential election
// for May 25", "talks scheduled for Friday"): it is the event's, no day
// of the narrative, and "earlier in the day" after it is the day told of.
func (p *parser) scheduledFor(i, end int) bool {
	if !p.isWord(i-1, "for") || end > i+1 && p.isWord(end, "'s") {
		return false
	}
	if p.isWord(i-2, "scheduled", "set", "planned", "slated", "called", "due") {
		return true
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if p.t[k].kind() != kWord {
			return false
		}
		if upcomingEvents[p.word(k)] {
			return true
		}
	}
	return false
}

// perfectCallFor reports a weekday at i that dates an upcoming event
// asked for in the present perfect: "have called for a summit of euro
// zone leaders on Tuesday", "has pushed for talks on Friday". A present
// perfect takes no past day of its own, so the day is the event's, ahead.
func (p *parser) perfectCallFor(i int) bool {
	if !p.weekdayAt(i) || !p.isWord(i-1, "on") {
		return false
	}
	ev := -1
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if p.t[k].kind() != kWord {
			return false
		}
		if upcomingEvents[p.word(k)] {
			ev = k
			break
		}
	}
	for k := ev - 1; ev > 0 && k >= 2 && k >= ev-3; k-- {
		if p.isWord(k, "for") {
			return pastEd(p.word(k-1)) && p.isWord(k-2, "has", "have")
		}
	}
	return false
}

// upcomingEvents are nouns of scheduled events that forEvent reads.
var upcomingEvents = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true,
	"referendum": true, "runoff": true, "ballot": true, "primary": true, "caucus": true,
	"caucuses": true, "summit": true, "debate": true, "match": true, "game": true,
	"final": true, "race": true, "parade": true, "rally": true, "march": true,
	"ceremony": true, "inauguration": true, "meeting": true, "talks": true,
}

// reportedSubjectTime reports whether the expression at [i,end) sits in
// the subject of the clause that the reporting verb at j reports, and a
// modal opens that clause's verb: "said (that) the vote on Friday would
// go ahead", "said the summit on Monday will …". The reported clause's
// tense governs the day, not the report's past.
func (p *parser) reportedSubjectTime(j, i, end int) bool {
	k := j + 1
	if p.isWord(k, "that") {
		k++
	}
	if !p.isWord(k, "the", "a", "an", "its", "their", "his", "her", "this") {
		return false
	}
	k++
	n := 0
	for k < i-1 && n < 3 && p.t[k].kind() == kWord && !p.t[k].upper() {
		k, n = k+1, n+1
	}
	if n == 0 || k != i-1 || !p.isWord(k, "on", "for") {
		return false
	}
	return p.isWord(end, "would", "will", "could", "might", "may", "should", "shall", "can") || p.judgedPlan(i, end)
}

// judgedPlan reports whether a plan's day at [i,end), after a schedule
// participle and "for"/"on", is followed by a reported judgement of the
// plan, its copula shifted back by the reporting verb and its predicate
// no participle nor noun phrase: "said the rally planned for Thursday was
// illegal" judges a rally to come, where "said the march planned for
// Saturday was canceled" and "… was a success" tell what became of it.
func (p *parser) judgedPlan(i, end int) bool {
	if !p.isWord(i-2, "planned", "scheduled", "slated", "set", "due") || !p.isWord(end, "was", "were") {
		return false
	}
	w := p.word(end + 1)
	if p.isWord(end+1, "not", "still") {
		w = p.word(end + 2)
	}
	return w != "" && !pastEd(w) && !pastIrregular[w] && !determiners[w] && !participleEnd(w)
}

// participleEnd reports whether w ends like an irregular past participle
// ("taken", "shown", "broken", "held" is in pastIrregular).
func participleEnd(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 'n' && (w[len(w)-2] == 'e' || w[len(w)-2] == 'w')
}

// verbThenPlaces reports whether the words between "would" at j and the
// weekday at at are only its verb group and a chain of place phrases
// ending in "on": "would be raised at the alliance headquarters in
// Brussels on Monday", "would resume at the talks venue outside Geneva
// on Friday", "would meet with the ministers of the Baltic states on
// Friday". The verb is one word (or "take place") or "be" and a
// participle, a preposition follows it, and every token after that is a
// word, none
// of them a relative, a conjunction or a preposition of another time
// (the tense loop has already found no cue among them). The future of
// "would" then reaches the weekday however long the chain;
// the caller's window still bounds it.
func (p *parser) verbThenPlaces(j, at int) bool {
	if !p.weekdayAt(at) || !p.isWord(at-1, "on") || p.possessive(at) {
		return false
	}
	k := j + 1
	if p.isWord(k, "be") {
		k++
	}
	if p.isWord(k, "take") && p.isWord(k+1, "place") {
		k++ // "would take place in the main hall … on Friday"
	}
	if k >= at || p.t[k].kind() != kWord || p.t[k].upper() || !placePreps[p.word(k+1)] && !objectDets[p.word(k+1)] {
		return false
	}
	for k += 2; k < at-1; k++ {
		if p.t[k].kind() != kWord || chainStops[p.word(k)] && !p.namesJoined(k) {
			return false
		}
	}
	return true
}

// namesJoined reports whether the conjunction at k joins two capitalised
// names inside a noun phrase ("the airports of Suvarnabhumi and Don
// Muang"), not two clauses.
func (p *parser) namesJoined(k int) bool {
	return p.isWord(k, "and", "or") && k > 0 && k+1 < len(p.t) &&
		p.t[k-1].kind() == kWord && p.t[k-1].upper() && p.t[k+1].kind() == kWord && p.t[k+1].upper()
}

// objectDets open a direct object verbThenPlaces also walks over: "said he
// would deliver the delayed state of the nation address on Friday".
var objectDets = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
}

// placePreps open the place phrases verbThenPlaces walks over.
var placePreps = map[string]bool{
	"at": true, "in": true, "on": true, "near": true, "outside": true, "inside": true,
	"of": true, "from": true, "to": true, "across": true, "along": true, "with": true,
}

// chainStops end a chain of place phrases: a relative or a conjunction
// opens another clause, "after"/"before"/"since" another event's time.
var chainStops = map[string]bool{
	"who": true, "which": true, "that": true, "where": true, "when": true, "whose": true,
	"and": true, "or": true, "but": true, "while": true, "as": true,
	"after": true, "before": true, "since": true, "until": true, "than": true,
}

// effectiveCue classifies "effective" at j for an expression at token
// at: a start ahead only when it governs the expression directly
// ("effective Friday", "effective from Monday", "effective on Jan. 1",
// "effective as of Monday"); the adjective of a noun elsewhere in the
// clause ("has been under effective house arrest since Friday") sets no
// tense.
func (p *parser) effectiveCue(j, at int) int {
	switch {
	case j+1 == at:
		return cueFuture
	case j+2 == at && p.isWord(j+1, "from", "on"):
		return cueFuture
	case j+3 == at && p.isWord(j+1, "as") && p.isWord(j+2, "of"):
		return cueFuture
	}
	return cueNone
}

// coordFutureWeekday reports whether the weekday at i is joined by "and"
// or "or" to an earlier weekday of its clause that lies ahead: "will face
// confidence votes in the Senate on Wednesday and in the Chamber of
// Deputies on Thursday", where the verb is out of the second
// weekday's tense window.
func (p *parser) coordFutureWeekday(i int) bool {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		if p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) {
			return false
		}
		if p.isWord(k, "and", "or") {
			w := k - 1
			if p.isPunct(w, ",") {
				w--
			}
			return w >= 0 && p.weekdayAt(w) && p.tense(w, w+1) > 0
		}
	}
	return false
}

// thatClause reports whether token k is a "that" opening a clause with
// its own subject ("on Saturday that his followers would …"), not a
// relative "that" whose verb follows at once ("a referendum on Sunday
// that would give the region autonomy").
func (p *parser) thatClause(k int) bool {
	if !p.isWord(k, "that") || k+1 >= len(p.t) || p.t[k+1].kind() != kWord {
		return false
	}
	return !offsetModals[p.word(k+1)] && !futureMarkers[p.word(k+1)]
}
