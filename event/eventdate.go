package event

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Event dates: which time of the sentence governs an event (clauses,
// participles, datelines, tallies, reported speech, live-blog stamps).

// appositiveParticiple reports, between the trigger at token head and
// the byte offset end, an appositive with a reduced relative clause
// about the object: ", a|an|the <up to 4 words> <participle> <preposition>"
// ("released Vadim Krasikov, a Russian agent convicted of murdering an
// exile in a Berlin park in 2019"). A time or place after it is the
// participle's, not the event's, unless punctuation closes the
// appositive before it.
func appositiveParticiple(toks []tok, head, end int) bool {
	for i := head + 1; i+2 < len(toks) && toks[i].start < end; i++ {
		if toks[i].low != "," {
			continue
		}
		if d := toks[i+1].low; d != "a" && d != "an" && d != "the" {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+6 && toks[k].start < end; k++ {
			t := &toks[k]
			if t.punct || t.is(wcBeForm) {
				break
			}
			if k > i+2 && k+1 < len(toks) && isParticiple(t.low) && toks[k+1].is(wcPreposition) {
				// the appositive runs on to end unless a comma closes
				// it first ("X, a teacher accused of spying, in Cairo")
				for j := k + 1; j < len(toks) && toks[j].start < end; j++ {
					if toks[j].punct {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// reportedIrregular reports, between the report verb at token head and
// the byte offset end, the content clause's own verb in an irregular
// form right after its named subject ("said Russia withdrew its
// signature in 2016", "said he took office in 2019"): a time after it
// dates the content, not the statement. reportedContent
// covers regular "-ed" verbs, modals and "be".
func reportedIrregular(toks []tok, head, end int) bool {
	if !toks[head].is(wcReportVerb) {
		return false
	}
	for i := head + 2; i < len(toks) && toks[i].start < end; i++ {
		t := &toks[i]
		if t.punct {
			return false
		}
		if !t.upper && t.is(wcIrregular) && (toks[i-1].upper && !toks[i-1].punct || toks[i-1].is(wcPronoun)) {
			return true
		}
	}
	return false
}

// timeClauseOpeners open an adverbial clause whose event has a time of its
// own: "…, after Johnson was forced out in July".
var timeClauseOpeners = wordset.New("after", "before", "since", "until", "when", "once", "because", "although", "though", "while", "whereas")

// subordinateClause returns the span of the adverbial clause the trigger
// at token head lies in: from a subordinator ("after", "when", …) with
// no comma, semicolon or colon between it and the trigger, to the next
// such mark or the end of the sentence. ok is false when the trigger
// is in no such clause. eventDate prefers a time inside this clause to
// the nearer time of the main clause: "Truss had replaced
// Johnson in September, after Johnson was forced out in July" dates
// the forcing out in July.
func subordinateClause(toks []tok, head int) (sp doc.Span, ok bool) {
	k := head - 1
	for ; k >= 0 && k >= head-12; k-- {
		t := &toks[k]
		if t.punct && (t.low == "," || t.low == ";" || t.low == ":") {
			return sp, false
		}
		if timeClauseOpeners.Has(t.low) {
			break
		}
	}
	if k < 0 || k < head-12 {
		return sp, false
	}
	e := head
	for e+1 < len(toks) && !(toks[e+1].punct && (toks[e+1].low == "," || toks[e+1].low == ";" || toks[e+1].low == ":")) {
		e++
	}
	return doc.Span{Start: toks[k].start, End: toks[e].end}, true
}

// occasionParticiples open a fronted participle clause that tells when
// and where the main clause's act itself happened ("Asked on Monday
// about the talks, Lavrov said …"), unlike other fronted participles.
var occasionParticiples = wordset.New("asked", "questioned", "pressed", "interviewed", "quoted", "contacted", "reached", "speaking")

// frontParticiples are irregular past participles that open a fronted
// participle clause ("Born in 1937, …", "Sworn in on Monday, …").
var frontParticiples = wordset.New("born", "sworn", "chosen", "known", "taken", "given", "driven", "beaten", "held",
	"built", "made", "brought", "sent", "led", "kept", "left", "won", "lost", "shown", "seen", "grown", "thrown",
	"struck", "hit", "caught", "sold", "bought", "set", "put", "cut", "shot", "fled", "stricken")

// frontedParticiple reports a time or place span before the trigger at
// token head that lies in a past-participle clause opening the sentence
// and closed by a comma before the trigger: "Born on March 2, 1937, in
// Oujda, Bouteflika fought against France", "Elected in 2019, Tebboune
// promised …". The clause's date and place are the participle's (the
// birth, the election), not the main event's. The
// participle is a past form (-ed or one of frontParticiples)
// followed by a lower-case word ("Born on", "Founded in"), so "United
// Nations officials …" opens no such clause.
func frontedParticiple(toks []tok, sp doc.Span, head int) bool {
	if len(toks) < 4 || head < 3 {
		return false
	}
	w := toks[0].low
	if !(strings.HasSuffix(w, "ed") || frontParticiples.Has(w)) ||
		occasionParticiples.Has(w) || toks[1].upper || toks[1].punct || toks[0].punct {
		return false
	}
	_, t1 := tokRange(toks, sp)
	if t1 <= 0 || t1 > head {
		return false
	}
	// the clause ends at the first comma not followed by a year, a
	// preposition or a capitalised appositive closed by another comma
	// ("Born on March 2, 1937, in Oujda, Morocco, Bouteflika …")
	for k := 1; k+1 < head; k++ {
		if toks[k].low != "," {
			continue
		}
		if n := &toks[k+1]; n.low != "" && n.low[0] >= '0' && n.low[0] <= '9' || n.is(wcPreposition) {
			continue
		}
		if toks[k+1].upper && (k+2 < head && toks[k+2].low == "," || k+3 < head && toks[k+2].upper && toks[k+3].low == ",") {
			continue // "in Oujda, Morocco, Bouteflika …": a place's country in apposition
		}
		return t1 <= k
	}
	return false
}

// datelineTime reports whether the time starting at byte offset start
// lies in a dateline that dropCredits blanked ("NEW DELHI, June 17,
// 2020 —"): its first token was made punctuation. A dateline's date is
// the publication date, never the date of an event the sentence reports;
// the article date stands in for it when the sentence has
// no other time. Only the first dozen tokens can be a dateline.
func datelineTime(toks []tok, start int) bool {
	for i := 0; i < len(toks) && i < 14; i++ {
		if toks[i].start >= start {
			return toks[i].start == start && toks[i].punct && toks[i].low != "\"" && toks[i].low != "“"
		}
	}
	return false
}

// futureOfPast reports whether the time value v, after a trigger in the
// past tense (head), lies after the article date: "Albanese promised to
// cut emissions by 43 percent by 2030" — a promise made cannot happen in
// a year still to come, so 2030 is the content's deadline, not the
// promise's date. Values compare on their common prefix
// ("2030" against "2022-05-22" compares years); only plain calendar
// values (digits and dashes) are compared.
func futureOfPast(toks []tok, head int, v, date string) bool {
	if date == "" || len(v) < 4 || !pastVerb(&toks[head]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if (v[i] < '0' || v[i] > '9') && v[i] != '-' {
			return false // a week, quarter or season ("2009-W12") compares not by its characters
		}
	}
	n := min(len(v), len(date))
	return v[:n] > date[:n]
}

// pastBeforeFuture reports whether the time value v, before a trigger in
// the past tense (head), lies after the article date: "set an election
// for May 25 after three months of protests in which dozens of people
// were killed" — a past act cannot happen on a day still to come, so the
// day is the other clause's. A trigger after "be", "to" or a modal is no
// past act ("On Friday the treaty will be signed").
func pastBeforeFuture(toks []tok, head int, v, date string) bool {
	if head > 0 {
		if p := toks[head-1]; p.low == "be" || p.low == "to" || p.is(wcHypo) {
			return false
		}
	}
	return futureOfPast(toks, head, v, date)
}

// unquotedDate re-dates an event whose trigger stands outside every
// quotation when the date eventDate chose came from a time inside one:
// the words a speaker said never date the act of saying them
// ("\"We see a higher chance of a programme before the end of the
// year,\" said Daly" is dated by the article). The quoted
// times are dropped and the date chosen again; an event inside the
// quotation keeps its own time.
func (c *Coder) unquotedDate(times []doc.Time, sent doc.Span, toks []tok, head int, quotes [][2]int, date, evDate string) string {
	if _, in := inQuote(quotes, head); in || evDate == date {
		return evDate
	}
	var keep []doc.Time
	dropped := false
	for i := range times {
		if t := &times[i]; sent.Contains(t.Span) && quotedSpan(toks, quotes, t.Span) {
			dropped = true
			continue
		}
		keep = append(keep, times[i])
	}
	if !dropped {
		return evDate
	}
	return c.eventDate(keep, sent, toks, head, toks[head].start, date)
}

// quotedSpan reports whether the byte span sp starts inside one of the
// token ranges quotes.
func quotedSpan(toks []tok, quotes [][2]int, sp doc.Span) bool {
	for i := range toks {
		if toks[i].start >= sp.Start {
			_, in := inQuote(quotes, i)
			return in
		}
	}
	return false
}

// backgroundNominal returns the token index of the "after", "before",
// "since" or "following" that opens the time adjunct a nominal trigger
// at head heads, past its owner and modifiers ("after Russia's
// invasion of Ukraine", "three months after the invasion"), or -1. Such
// an event is background: it happened at its own place and time, not
// at the main clause's.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func backgroundNominal(toks []tok, head int) int {
	for k := head - 1; k >= 0 && k >= head-6; k-- {
		t := &toks[k]
		if t.punct && t.low != "'s" && t.low != "-" {
			return -1
		}
		switch t.low {
		case "after", "before", "since", "following":
			return k
		}
	}
	return -1
}

// backgroundPlaceDate returns the place and date of a background
// nominal event whose adjunct opens at token k: a place named before
// the adjunct is the main clause's and is dropped; the date is the one
// named inside the adjunct (to the next comma, semicolon or colon),
// else none.
func (c *Coder) backgroundPlaceDate(times []doc.Time, sent doc.Span, toks []tok, head, k int, place *doc.Place) (*doc.Place, string) {
	if place != nil && place.Span.End <= toks[k].start {
		place = nil
	}
	e := head
	for e+1 < len(toks) && !(toks[e+1].punct && (toks[e+1].low == "," || toks[e+1].low == ";" || toks[e+1].low == ":")) {
		e++
	}
	cl := doc.Span{Start: toks[k].start, End: toks[e].end}
	if !sent.Contains(cl) {
		return place, ""
	}
	return place, c.eventDate(times, cl, toks, head, toks[head].start, "")
}

// conjunctPenalty is the extra distance eventDate gives a time that
// ends before the "and" opening the trigger's verb phrase: "fought a
// war in 1962 and clashed at Nathu La in 1967" — 1962 is the first
// conjunct's, so a time after the trigger wins; with none ("attacked
// Kyiv in 2022 and shelled Kharkiv") the earlier time still dates it.
// The "and" is right before the verb or before one adverb
// ("and later clashed"); a subject between them makes a new clause
// whose time is its own anyway.
func conjunctPenalty(toks []tok, end, head int) int {
	k := head - 1
	if toks[k].low != "and" {
		switch toks[k].low {
		case "then", "later", "again", "also", "subsequently", "twice", "briefly", "repeatedly":
			k--
		default:
			return 0
		}
	}
	if toks[k].low != "and" || toks[k].start < end {
		return 0
	}
	return 1 << 20
}

// sinceTally reports whether the time starting at byte offset start is
// the bound of a tally counted since then ("Separatists have killed 17
// soldiers since July", "more than 300 people have died since the war
// began in 2023"): "since" opens the phrase or clause of the time, a
// count stands before it in the sentence, and the trigger at token head
// is not inside the since-clause. The tally ran from that date up to
// the report, so its start does not date the event. Without
// a count ("has been under arrest since Friday") the bound is the
// start of the state and still dates it.
func sinceTally(toks []tok, start, head int) bool {
	ti := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if ti < 1 || ti >= len(toks) {
		return false
	}
	sk := -1
	for k := ti - 1; k >= 0 && k >= ti-6; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].low == "since" {
			sk = k
			break
		}
	}
	if sk < 0 || sk < head && head < ti {
		return false
	}
	for k := sk - 1; k >= 0 && k >= sk-20; k-- {
		if toks[k].low == ";" {
			break
		}
		if tallyCount(toks, k) {
			return true
		}
	}
	for k := ti + 1; k < len(toks) && k <= ti+20; k++ {
		if toks[k].low == ";" {
			break
		}
		if tallyCount(toks, k) {
			return true // "Since January, militants have killed dozens"
		}
	}
	return false
}

// tallyCount reports whether token k is a count of things: digits that
// are not a year before a lower-case word ("17 soldiers", "1,200
// people", "the 28th person"), or a number word ("dozens", "twice"). An
// age or a house number ("Moore, 19, told", "1 Carrowclough") is none.
func tallyCount(toks []tok, k int) bool {
	w := toks[k].low
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20")) && k+1 < len(toks) && !toks[k+1].punct && !toks[k+1].upper
	}
	return tallyWords.Has(w)
}

// tallyWords are number words that count casualties or displaced people.
var tallyWords = wordset.Of(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
	dozens scores hundreds thousands millions tens twice times`)

// saidContentTime reports whether the time starting at byte offset start
// lies in the clause reported by the saying verb at token head, which
// the clause follows at once ("Aid workers said tribal fighting between
// May 24 and May 26 slowed …", "said that …"): the time is the reported
// event's, and the saying is dated by the article. A time or
// an adjunct right after the verb ("said Monday", "said on Monday",
// "said in a statement …", "said yesterday") is the saying's.
func saidContentTime(toks []tok, head, start int) bool {
	if head+1 >= len(toks) || !sayForms.Has(toks[head].low) {
		return false
	}
	n := &toks[head+1]
	if n.start >= start || n.punct {
		return false
	}
	if n.low == "that" {
		return true
	}
	if n.upper {
		// "said Schiff on March 6": a speaker after the verb, then
		// the saying's adjunct; "said Russia withdrew in 2016" reports
		k := head + 1
		for k < len(toks) && toks[k].upper && !toks[k].punct {
			k++
		}
		if k >= len(toks) || toks[k].punct || toks[k].is(wcPreposition) || sayTimeWords.Has(toks[k].low) {
			return false
		}
	}
	// "said separately on Monday", "said late on Monday": an adverb
	// before the saying's own time
	return !n.is(wcPreposition) && !sayTimeWords.Has(n.low) && !strings.HasSuffix(n.low, "ly")
}

// sayForms are the forms of "say" whose clause follows without an
// addressee.
var sayForms = wordset.Of("said says say")

// sayTimeWords open a time adjunct of the saying ("said Monday", "said
// yesterday", "said last week", "said this month").
var sayTimeWords = wordset.Of(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later
	late early last this next week month year weekend morning afternoon evening night
	following during after before amid at in on`)

// appositionAside reports whether the time starting at byte offset start,
// before the trigger at token head, lies in an apposition set off by
// commas after a name ("Obama, the first sitting U.S. president to visit
// the island since Calvin Coolidge in 1928, said …"): the aside describes
// the name and its time dates no later trigger.
func appositionAside(toks []tok, start, head int) bool {
	ti := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	if ti < 2 || ti >= head {
		return false
	}
	closed := false
	for i := ti + 1; i < head; i++ {
		if toks[i].low == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := ti - 1; k >= 1 && k >= ti-16; k-- {
		if toks[k].low == "," {
			n := toks[k+1].low
			return (n == "the" || n == "a" || n == "an") && toks[k-1].upper && !toks[k-1].punct
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// laterReport reports whether a report verb joined by "and" stands
// between the trigger at token head and the time starting at byte offset
// start ("welcomed the agreement and said the sanctions imposed on Eritrea
// in 2009 …"): the time is the later report's or its content's, not the
// trigger's (e.g. Ethiopia–Eritrea).
func laterReport(toks []tok, head, start int) bool {
	for i := head + 1; i+1 < len(toks) && toks[i+1].start < start; i++ {
		if toks[i].low == "and" && toks[i+1].is(wcReportVerb) {
			return true
		}
	}
	return false
}

// entryStampDate returns the day of the live-blog entry stamp that opens
// the paragraph of sentence sent ("08:15 GMT — Putin told journalists
// … \"We have managed to agree,\" he said."), or "" when no stamp
// opens it. The stamp looks like a dateline, so eventDate passes it
// over; the caller takes its day for an event the sentence dates no
// other way.
func entryStampDate(d *doc.Doc, sent doc.Span) string {
	ps := d.Paragraphs
	lo, hi := 0, len(ps)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); ps[mid].End < sent.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(ps) || !ps[lo].Contains(sent) {
		return ""
	}
	para := ps[lo]
	lo, hi = 0, len(d.Times)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); d.Times[mid].Span.Start < para.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(d.Times) {
		return ""
	}
	stamp := &d.Times[lo]
	if stamp.Type != "TIME" || stamp.Span.Start-para.Start > len("Updated ") || stamp.Span.End > sent.End || !stampEnd(d.Text[stamp.Span.End:min(sent.End, stamp.Span.End+24)]) {
		return ""
	}
	if v := datePrefix(stamp.Value); len(v) == 10 {
		return v
	}
	return ""
}

// stampEnd reports whether rest, the text after a clock time, opens
// with the dash or colon that ends a live blog's entry stamp (after a
// time zone the time's extent left out).
func stampEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, z := range [...]string{"GMT", "UTC", "BST", "CET", "EST", "local time"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, z), " ")
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":")
}

// priorClauseTime reports whether the time at span, before the trigger
// at token head, lies in an earlier clause that ", and" or ", but"
// closes, the trigger's clause naming a subject of its own ("The uprising
// began in mid-February, and NATO jets have bombed …", "Pupils return
// next week, and the unions said …"): that time is the earlier clause's.
// A time fronted at the sentence's start ("On Monday, police arrested
// …, and protesters burned …") may govern both clauses and is kept.
func priorClauseTime(toks []tok, span doc.Span, head int) bool {
	ti := 0
	for ti < head && toks[ti].start < span.Start {
		ti++
	}
	if ti == 0 || ti == 1 && toks[0].is(wcPreposition) {
		return false
	}
	for k := ti; k+2 < head; k++ {
		if toks[k].start < span.End || toks[k].low != "," || toks[k+1].low != "and" && toks[k+1].low != "but" {
			continue
		}
		// the next clause's subject: a name, a determiner or a pronoun
		// ("and then fled", "and later said" share the first subject)
		n := &toks[k+2]
		return !n.punct && (n.upper || n.is(wcDeterminer) && n.low != "that" || n.is(wcPronoun))
	}
	return false
}

// presentSaying reports whether the trigger at token head is a report
// verb in the simple present ("which Doha says was fabricated", "Qatar
// says the claims are false"): the saying goes on as the article is
// written, so the article's day dates it, not another time of the
// sentence.
func presentSaying(toks []tok, head int) bool {
	switch toks[head].low {
	case "says":
		return true
	case "say":
		// "officials say", "Qatar and Turkey say"; not "to say", "would say", "did not say"
		return head > 0 && !toks[head-1].punct && !sayBeforeInfinitive.Has(toks[head-1].low)
	}
	return false
}

// sayClauseOpeners open a clause of its own before a present saying.
var sayClauseOpeners = wordset.Of(`which that who whom whose what where when after before because while as since but and or though although`)

// sayBeforeInfinitive are the words after which "say" is no present
// tense: an infinitive marker, a modal or an auxiliary of "do".
var sayBeforeInfinitive = wordset.Of(`to will would could can may might should must shall did does do not never n't 'll 'd let`)

// sayingTime reports whether the time at span is the present saying's
// own: right after the verb at token head ("says on Monday", "says
// today"), or before it in its own clause ("I hope in 2017 America
// says …", "on Monday says"). A time before a relative pronoun, a
// conjunction or a comma that opens the saying's clause ("published on
// May 24 a statement which Doha says …") is another clause's.
func sayingTime(toks []tok, head int, span doc.Span) bool {
	if span.End <= toks[head].start {
		for k := head - 1; k >= 0 && toks[k].start >= span.End; k-- {
			if toks[k].punct || sayClauseOpeners.Has(toks[k].low) {
				return false
			}
		}
		return true
	}
	for k := head + 1; k < len(toks) && k <= head+2; k++ {
		if toks[k].start == span.Start {
			return true
		}
		if !toks[k].is(wcPreposition) && toks[k].low != "this" && toks[k].low != "last" {
			break
		}
	}
	return false
}
