package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// pastReport marks a sentence that reports an earlier statement ("had
// said", "once said", "said in 2019"), cites one ("As President X said,
// …") or has someone quote or invoke another's words ("Ramaphosa quoted
// President Nelson Mandela, who said …"; not "was quoted as saying"), or
// a book's ("In his autobiography, X writes", "In “Long Walk to
// Freedom”, X writes"): a dead person may be quoted so.
var pastReport = regexp.MustCompile(`(?i)(\b(had (said|told|written|warned|declared|stated)|once (said|wrote|told|asked|quipped|remarked|observed|declared|put it)|was once asked|famously|famous (story|quote|quotation|words|line|remark|phrase|quip|saying|speech|question|answer|reply)|(told|recounted|recalled) (a|the|his|her) (story|anecdote)|(story|anecdote) (\S+ ){0,4}(told|recounted)|(said|responded|replied|answered|wrote|declared) then|in (his|her) (lifetime|memoirs?|will|autobiography|book|diary|diaries|letters|writings)|(his|her) (last|final)( (public|televised|recorded|known|major|official))? (speech|interview|address|statement|message|remarks|appearance|public appearance|post|letter|tweet|words)|before (his|her) death|posthumous(ly)?|the late)\b|^["“]?as [^,]{1,60} (said|put it|wrote|observed|noted|remarked),|\bin ["“][^"”]{2,80}["”],? [^,]{1,40} (writes|wrote|recalls|recalled|says)\b|\b(quot|invok)(ed|ing) ([^ab]|a[^s]|b[^y]))`)

// speakers flags quotes and present actions by people who had died
// before the date they are said to happen.
func (c *checker) speakers() {
	seen := map[string]bool{}
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		if q.Speaker.Entity == "" || q.Kind == "" {
			continue
		}
		if !reportCues.HasLower(q.Cue) && !c.datedSentence(q.CueSpan) {
			continue // "bin Laden declared war": told in retrospect
		}
		c.deadActor(q.Speaker.Entity, q.Span, q.CueSpan, "quoted", seen)
	}
	for eix := range c.d.Events {
		e := &c.d.Events[eix]
		if e.Negated || e.Hypothetical {
			continue
		}
		c.deadEvent(e, seen)
	}
	c.deadSubjects(seen)
	c.lateAlive()
}

// lateAlive contradicts "the late X" (no title: the titled form is a
// role claim with the modifier late) for a KB person who died after the
// article's date: "The late Winnie Madikizela-Mandela always said …" in
// an article of February 2018, two months before she died. "Late" is
// the writer's word at the article's date, whatever time the sentence
// tells of. A person the KB knows no death of is not judged alive.
func (c *checker) lateAlive() {
	if !c.dated {
		return
	}
	// A document holds "late " (a scan of its whole text) only when
	// one of its person mentions follows a "late": asked then, once.
	hasLate, asked := false, false
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.KBID == "" || m.Type != doc.TypePerson || m.Title != "" || m.Span.Start < 5 {
			continue
		}
		base := max(0, m.Span.Start-12)
		before := strings.TrimRight(c.d.Text[base:m.Span.Start], " ")
		// the lower case of before ends in "late" only when its last
		// four bytes are those letters in some case (no other rune
		// lowers to them)
		if !endsLate(before) {
			continue
		}
		if !asked {
			hasLate, asked = strings.Contains(c.d.Text, "late "), true
		}
		if !hasLate {
			return
		}
		low := strings.ToLower(before)
		i := strings.LastIndex(low, "late")
		if !strings.HasSuffix(low, "the late") && !strings.HasSuffix(low, "'s late") && !strings.HasSuffix(low, "’s late") {
			continue
		}
		a, ok := c.k.Actor(m.KBID)
		if !ok || a.Died.IsZero() || a.Died.First().Compare(c.day) <= 0 {
			continue
		}
		start := base + i // "late Alberto Fujimori"
		if strings.HasSuffix(low, "the late") {
			start -= len("the ")
		}
		span := doc.Span{Start: start, End: m.Span.End}
		c.add(doc.Finding{
			Kind: doc.FindRoleMismatch, Verdict: doc.Contradicted, Span: span,
			Claim:       c.d.Text[span.Start:span.End] + " (article date " + c.dayISO() + ")",
			Explanation: fmt.Sprintf("%s was alive on %s (died %s), not \"the late\".", a.Name, c.dayISO(), a.Died),
			Evidence:    []doc.Evidence{{KB: a.ID, Fact: fmt.Sprintf("%s: died %s", a.Name, a.Died), Source: a.Source, AsOf: c.k.AsOf(a.Source).String()}},
		})
	}
}

// endsLate reports whether s ends in "late" in any ASCII case.
func endsLate(s string) bool {
	n := len(s)
	return n >= 4 && s[n-4]|0x20 == 'l' && s[n-3]|0x20 == 'a' && s[n-2]|0x20 == 't' && s[n-1]|0x20 == 'e'
}

// deathWords are past verbs a dead person is the subject of without
// acting: "Mandela died on Thursday".
var deathWords = wordset.Of("died passed perished succumbed drowned expired")

// deadSubjects flags a person the KB knows died who is the subject of a
// simple-past verb in a sentence dated after the death ("Former
// President Jiang Zemin sent a message of condolence on Thursday"),
// whether or not the events stage coded the verb.
func (c *checker) deadSubjects(seen map[string]bool) {
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Type != doc.TypePerson || m.KBID == "" || seen[m.KBID] {
			continue
		}
		a, ok := c.k.Actor(m.KBID)
		if !ok || a.Died.IsZero() {
			continue
		}
		rest := strings.TrimLeft(c.d.Text[m.Span.End:min(len(c.d.Text), m.Span.End+24)], " ")
		end := 0
		for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
			end++
		}
		w := rest[:end]
		if end < 3 || deathWords.Has(w) || !(pastIrregular.Has(w) || strings.HasSuffix(w, "ed") && !notPast.Has(w)) {
			continue
		}
		if c.subordinateAt(m.Span.Start) {
			continue // "decades after President X broke off relations"
		}
		at := m.Span.End + len(c.d.Text[m.Span.End:min(len(c.d.Text), m.Span.End+24)]) - len(rest)
		verb := doc.Span{Start: at, End: at + end}
		if c.datedSentence(verb) && !c.quotedUndated(verb) {
			c.deadActor(m.KBID, m.Span, verb, "acting", seen)
		}
	}
}

// objectBefore reports whether the last mention of person id before cue
// in sentence s is the object of a preposition (prepositionObject): the
// verb's subject is another.
func (c *checker) objectBefore(id string, s, cue doc.Span) bool {
	if cue.End <= cue.Start {
		return false
	}
	at := -1
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start >= cue.Start {
			break
		}
		if m.KBID == id && s.Contains(m.Span) {
			at = m.Span.Start
		}
	}
	return at >= 0 && c.prepositionObject(at)
}

// relativeBefore reports whether the last mention of person id before
// cue in sentence s lies in a relative clause set off by commas that
// closes before the cue (inRelative): in "John Mahama, who became
// president when John Atta Mills died in 2012, was sworn in on Tuesday"
// the verb's subject is the clause's head, not the name inside it.
func (c *checker) relativeBefore(id string, s, cue doc.Span) bool {
	if cue.End <= cue.Start {
		return false
	}
	var last doc.Span
	found := false
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start >= cue.Start {
			break
		}
		if m.KBID == id && s.Contains(m.Span) {
			last, found = m.Span, true
		}
	}
	return found && c.inRelative(s, last, cue)
}

// subjectPreps are prepositions whose object is no subject of the verb
// after it ("the family of Shinzo Abe said").
var subjectPreps = wordset.Of("of from for to with about by against on at in toward towards under over behind near")

// prepositionObject reports whether the name starting at start, after a
// title's capitalised words and "the"/"late"/"former" before it, is the
// object of a preposition: "a statement from the family of former Prime
// Minister Shinzo Abe said" is the statement's saying, not his.
func (c *checker) prepositionObject(start int) bool {
	si := c.d.SentenceAt(start)
	if si < 0 {
		return false
	}
	base := c.d.Sentences[si].Start
	head := c.d.Text[base:start]
	for n := 0; n < 6; n++ {
		head = strings.TrimRight(head, " ")
		i := lastSpace(head)
		w := head[i+1:]
		if w == "" || c.inTime(base+i+1) {
			return false // "On Tuesday Shinzo Abe visited": a time, no title
		}
		lw := strings.ToLower(w)
		switch {
		case subjectPreps.Has(lw):
			return true
		case lw == "the" || lw == "late" || lw == "former" || w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, ",;:"):
			head = head[:i+1]
		default:
			return false
		}
	}
	return false
}

// inTime reports whether text offset off lies in a time expression.
func (c *checker) inTime(off int) bool {
	for tix := range c.d.Times {
		if sp := c.d.Times[tix].Span; sp.Start <= off && off < sp.End {
			return true
		}
	}
	return false
}

// reportCues are the cues of statements reported as news; a quote with
// another cue ("declared", "vowed") counts only in a dated sentence.
var reportCues = wordset.FromMap(map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true, "stated": true,
	"states": true, "wrote": true, "writes": true, "warned": true, "warns": true, "insisted": true,
	"argued": true, "asked": true, "replied": true, "noted": true, "announced": true, "according to": true,
	"": true,
})

// datedSentence reports whether the sentence holding span has a time
// expression of day precision.
func (c *checker) datedSentence(span doc.Span) bool {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return false
	}
	ts := c.d.TimesIn(s)
	for tix := range ts {
		t := &ts[tix]
		if s.Contains(t.Span) && (t.Type == "DATE" || t.Type == "TIME") && len(t.Value) >= 10 {
			return true
		}
	}
	return false
}

// deadEvent flags an event whose source had died, when its sentence
// dates it (a time expression) after the death: events are often told in
// retrospect ("bin Laden declared war on the United States"), so the
// article date alone does not date them.
func (c *checker) deadEvent(e *doc.Event, seen map[string]bool) {
	if c.datedSentence(e.TriggerSpan) && !c.quotedUndated(e.TriggerSpan) {
		c.deadActor(e.Source, e.Span, e.TriggerSpan, "acting", seen)
	}
}

// quotedUndated reports whether span lies in the content of a quote that
// holds no full date of its own: the sentence's date outside it ("…, a
// protester said on Monday") dates the saying, not what the quote tells
// ("\"When President Hosni Mubarak ruled, we had no voice\"").
func (c *checker) quotedUndated(span doc.Span) bool {
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		if !q.Span.Contains(span) {
			continue
		}
		for tix := range c.d.Times {
			t := &c.d.Times[tix]
			if q.Span.Contains(t.Span) && (t.Type == "DATE" || t.Type == "TIME") && len(t.Value) >= 10 {
				return false
			}
		}
		return true
	}
	return false
}

func (c *checker) deadActor(id string, span, cue doc.Span, what string, seen map[string]bool) {
	a, ok := c.k.Actor(id)
	if !ok || a.Kind != kb.KindPerson || a.Died.IsZero() {
		return
	}
	si := c.d.SentenceAt(span.Start)
	if cue.End > cue.Start {
		if s := c.d.SentenceAt(cue.Start); s >= 0 {
			si = s
		}
	}
	// A sentence dated, even coarsely, to the death or before it ("in
	// May", "in 2019") reports what was said or done then.
	if si >= 0 {
		s := c.d.Sentences[si]
		ts := c.d.TimesIn(s)
		for tix := range ts {
			t := &ts[tix]
			if !s.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 || c.inRelative(s, t.Span, cue) {
				continue
			}
			if d, err := parseDate(t.Value); err == nil && d.First().Compare(a.Died.Last()) <= 0 {
				return
			}
			if d, ok := isoWeekStart(t.Value); ok && d.Compare(a.Died.Last()) <= 0 {
				// "said last week": a week that began by the death
				return
			}
		}
	}
	skip := doc.Span{}
	if what == "quoted" {
		// the quoted words' own time tells what they say, not when:
		// "\"We should have done this many years ago,\" X said on Monday"
		skip = span
	}
	if _, ok := c.distantPastRefOutside(span, skip); ok {
		return // "Decades ago, President X visited Rome": an undated earlier time
	}
	if si >= 0 && c.objectBefore(id, c.d.Sentences[si], cue) {
		return // "a statement from the family of X said": not X's saying
	}
	if si >= 0 && c.relativeBefore(id, c.d.Sentences[si], cue) {
		return // "Y, who took over when X died in 2012, was sworn in": Y's act
	}
	day, how, ok := c.statementDay(si, cue)
	if !ok {
		return
	}
	if what == "acting" && !strings.HasPrefix(how, "dated") {
		// "Queen Elizabeth II, who died on Thursday, met every prime
		// minister": the sentence's only day is the relative clause's,
		// and an act dated by nothing else is told in retrospect
		return
	}
	if a.IsAlive(day) != kb.False {
		return
	}
	if what == "quoted" && !strings.HasPrefix(how, "dated") && si >= 0 {
		// the sentence before the quote's first, which may open
		// sentences before the cue's
		first := si
		if s0 := c.d.SentenceAt(span.Start); s0 >= 0 && s0 < first {
			first = s0
		}
		if c.framedBefore(id, first, a.Died) {
			return // "Twenty years ago today, X resigned. \"I am leaving,\" X said."
		}
	}
	if c.dated && day.Compare(c.day) > 0 && c.pastCue(cue) {
		return // an act told as past but dated after the article: a misread time
	}
	if si >= 0 && c.pastReported(si) && !c.lateSaidOn(si, cue, a.Died) {
		return
	}
	// One finding per person: the first statement after the death.
	if seen[id] {
		return
	}
	seen[id] = true
	c.add(doc.Finding{
		Kind:        doc.FindSpeakerDeceased,
		Verdict:     doc.Contradicted,
		Span:        span,
		Claim:       fmt.Sprintf("%s %s on %s (%s)", a.Name, what, day, how),
		Explanation: fmt.Sprintf("%s died on %s, before %s.", a.Name, a.Died, day),
		Evidence:    []doc.Evidence{{KB: a.ID, Fact: fmt.Sprintf("%s: died %s", a.Name, a.Died), Source: a.Source, AsOf: c.k.AsOf(a.Source).String()}},
	})
}

// pastReported reports whether sentence si tells of an earlier
// statement (pastReport), or opens with a pronoun that goes on from a
// sentence that does ("Reagan was once asked how the Cold War would end.
// He responded then: …").
func (c *checker) pastReported(si int) bool {
	text := c.d.Slice(c.d.Sentences[si])
	if pastReport.MatchString(text) {
		return true
	}
	if si == 0 {
		return false
	}
	first := text
	if i := strings.IndexByte(text, ' '); i >= 0 {
		first = text[:i]
	}
	switch first {
	case "He", "She", "They":
		return pastReport.MatchString(c.d.Slice(c.d.Sentences[si-1]))
	}
	return false
}

// lateSaidOn reports whether sentence si calls its speaker "the late"
// and nothing else marks it a past report, while its cue is dated by the
// day right after it, after the death: "the late President Ebrahim
// Raisi said on Wednesday" in August 2024 says he spoke months after he
// died, whatever "the late" concedes.
func (c *checker) lateSaidOn(si int, cue doc.Span, died kb.Date) bool {
	s := c.d.Sentences[si]
	for _, m := range pastReport.FindAllString(c.d.Slice(s), -1) {
		if !strings.EqualFold(m, "the late") {
			return false
		}
	}
	if cue.End <= cue.Start {
		return false
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start < cue.End || !s.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 10 {
			continue
		}
		if gap := strings.TrimSpace(c.d.Text[cue.End:t.Span.Start]); gap != "" && gap != "on" {
			return false
		}
		d, err := parseDate(t.Value[:10])
		return err == nil && d.Precision() == "day" && d.Compare(died.Last()) > 0
	}
	return false
}

// inRelative reports whether time span t of sentence s lies in a
// relative clause set off by commas that closes before the cue ("Shinzo
// Abe, who led Japan from 2012 to 2020, said on Tuesday …"): the clause
// tells of the speaker's past, not of the statement.
func (c *checker) inRelative(s, t, cue doc.Span) bool {
	if cue.End <= cue.Start || t.End > cue.Start || t.Start < s.Start {
		return false
	}
	head := c.d.Text[s.Start:t.Start]
	i := strings.LastIndexByte(head, ',')
	if i < 0 {
		return false
	}
	opener, _, _ := strings.Cut(strings.TrimLeft(head[i+1:], " "), " ")
	if opener != "who" && opener != "whose" && opener != "which" {
		return false
	}
	return strings.IndexByte(c.d.Text[t.End:cue.Start], ',') >= 0
}

// statementDay returns the day a statement in sentence si is dated to: a
// full-date time expression in the sentence (nearest the cue), else the
// article date. Undated articles use the start of the estimated window,
// the earliest date the article can bear.
func (c *checker) statementDay(si int, cue doc.Span) (kb.Date, string, bool) {
	if si >= 0 {
		s := c.d.Sentences[si]
		best, bestDist := kb.Date{}, 1<<30
		for tix := range c.d.Times {
			t := &c.d.Times[tix]
			if !s.Contains(t.Span) || (t.Type != "DATE" && t.Type != "TIME") || len(t.Value) < 10 || c.inRelative(s, t.Span, cue) {
				continue
			}
			d, err := parseDate(t.Value[:10])
			if err != nil || d.Precision() != "day" {
				continue
			}
			if dist := abs(t.Span.Start - cue.Start); dist < bestDist {
				best, bestDist = d, dist
			}
		}
		if !best.IsZero() {
			return best, "dated by “" + c.timeText(best, s) + "” in the text", true
		}
	}
	if c.dated {
		return c.day, "the article date", true
	}
	if c.hasWindow && !c.window.lo.IsZero() {
		return c.window.lo, "the earliest date the article's roles allow", true
	}
	return kb.Date{}, "", false
}

func (c *checker) timeText(day kb.Date, s doc.Span) string {
	dayText := dateString(day)
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if s.Contains(t.Span) && len(t.Value) >= 10 && t.Value[:10] == dayText {
			return t.Text
		}
	}
	return strconv.Itoa(day.Year)
}

// isoWeekStart returns the Monday of an ISO week value ("2024-W20"),
// the first day a statement dated to that week can have been made.
func isoWeekStart(v string) (kb.Date, bool) {
	if len(v) != 8 || v[4:6] != "-W" {
		return kb.Date{}, false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return kb.Date{}, false
	}
	// ISO week 1 holds January 4th; its Monday is the week's first day.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	return kb.DateOf(monday), true
}
