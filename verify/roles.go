package verify

import (
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// A claimCheck is one role claim with what the KB says about it.
type claimCheck struct {
	idx    int
	rc     doc.RoleClaim
	label  string     // the claim as written
	office *kb.Office // the claimed office, when the KB has it
	roles  []kb.Role  // the person's roles matching the claim
	other  []kb.Role  // the person's roles with the same office key in another country
	person *kb.Actor
	valid  []ival // days on which the claim can hold; nil when the KB cannot say
	// anchored says valid is the days after a time the sentence names
	// (a removal, "in 2010"), not the term itself
	anchored bool
	// departed says the sentence of an undated article reports the
	// end of the term ("President X was killed"): valid is the days
	// after it
	departed bool
	// historical says the title of an undated article's claim may be
	// retrospective ("a chief of staff to President Bill Clinton" in an
	// article of Obama's presidency) and its terms lie before the
	// window the other claims fix: it is judged unverifiable, and no
	// claim is said to share no date with it
	historical bool
}

// pastModifiers make a claim about an earlier time: "former President".
// "Ousted President X" is one too: the claim is that X held the office
// and lost it, which a holder the KB still has in office contradicts
// less surely than "former" does.
var pastModifiers = wordset.FromMap(map[string]bool{"former": true, "late": true, "then": true, ousted: true})

// ousted is the modifier of a title after a participle of losing office
// ("ousted", "deposed", "exiled President X").
const ousted = "ousted"

// roleClaims checks every role claim and the date window they fix.
func (c *checker) roleClaims() {
	checks := make([]*claimCheck, 0, len(c.d.RoleClaims))
	for i, rc := range c.d.RoleClaims {
		if rc.Office == "" {
			continue
		}
		switch q := c.qualifierBefore(rc); {
		case q == under:
			rc.Modifier = q
		case otherOfficeWords.Has(q):
			// "Alternate Prime Minister X" read as "Prime Minister X":
			// the claim is about another office; judge nothing.
			continue
		case rc.Modifier == "deputy" || rc.Modifier == "assistant":
			// "Deputy Secretary of State X", "Deputy Defense Secretary
			// X": the mention stage keeps the principal office when the
			// KB models no deputy post, but a deputy's claim is about
			// a post of its own below it; judge nothing.
			continue
		case rc.Modifier == "" && q != "":
			rc.Modifier = q
		}
		if rc.Modifier == "" && futureStart(c.d.Text[rc.Span.Start:rc.Span.End]) {
			// "Albanese will be sworn in as prime minister on Monday":
			// a term still to begin, judged like "prime minister-elect"
			rc.Modifier = "designate"
		}
		c.resolveTitle(&rc)
		ch := c.prepare(i, rc)
		if c.oneOfCommanders(ch) {
			continue // "Hezbollah commander Fuad Shukr": not the leader the KB lists
		}
		checks = append(checks, ch)
	}
	// A claim that dates the start of its term ("prime minister since
	// 2008", "became prime minister in 2020") is judged by that start
	// first; a start the KB contradicts is the claim's finding.
	checks = slices.DeleteFunc(checks, c.startMismatch)
	checks = slices.DeleteFunc(checks, c.endMismatch)
	if len(checks) == 0 {
		return
	}
	// A dated article's claims are judged at its date first: one judged
	// only unverifiable there (a historical or courtesy title) says
	// nothing about the date and is left out of the window, so the
	// window is never inconsistent without a contradicted claim to show
	// why.
	contradicted := map[*claimCheck]bool{}
	var unsure, paired map[*claimCheck]bool
	if c.dated {
		for _, ch := range checks {
			n := len(c.out)
			c.atDay(ch)
			quoted := c.speakersUsage(ch, n)
			only := len(c.out) > n || quoted
			for k := n; k < len(c.out); k++ {
				switch c.out[k].Verdict {
				case doc.Contradicted:
					contradicted[ch] = true
					only = false
				case doc.Supported:
					only = false
				}
			}
			if only {
				if unsure == nil {
					unsure = map[*claimCheck]bool{}
				}
				unsure[ch] = true
			}
		}
		c.coordinatedThen(checks, contradicted)
		paired = c.coordinatedDisjoint(checks)
	}
	// room for every check and the lower bound below: one allocation
	// each rather than a growth per doubling
	sets := make([][]ival, 0, len(checks)+1)
	weights := make([]float64, 0, len(checks)+1)
	constraining := make([]*claimCheck, 0, len(checks))
	for _, ch := range checks {
		if ch.valid != nil && !unsure[ch] && (c.dated || !c.quotedClaim(ch)) {
			sets = append(sets, ch.valid)
			// An unknown person's title dates the article only by the
			// life of the office, the claim most often wrong: it counts
			// half.
			if ch.rc.PersonKBID == "" {
				weights = append(weights, 0.5)
			} else {
				weights = append(weights, 1)
			}
			constraining = append(constraining, ch)
		}
	}
	// The latest year the article refers to in the past bounds its date
	// from below; it weighs less than a role and only breaks ties.
	// So does the latest day it states ("announced the measure on
	// December 19, 2022").
	if y := c.latestUndated(len(sets)); y > 0 || !c.dated && len(sets) > 0 {
		var lo kb.Date
		if y > 0 {
			lo = kb.Date{Year: y, Month: 1, Day: 1}
		}
		if d, ok := c.latestToldDay(); ok && d.Year >= y {
			lo = d
		}
		if !lo.IsZero() {
			sets = append(sets, []ival{{lo: lo}})
			weights = append(weights, 0.5)
		}
	}
	// A dated article's window is the stretch around its date on which
	// every claim that holds at the date holds; failing that, and for an
	// undated article, the stretch most claims fit.
	var w ival
	var weight float64
	var unique, around bool
	var runs []ival
	if c.dated {
		if w, around = windowAround(constraining, c.day); around {
			weight, unique = 1, true
			runs = []ival{w}
		}
	}
	var count int
	if around {
		count = fitCount(sets[:len(constraining)], runs)
	} else {
		var alts []ival
		w, runs, weight, unique, alts, count = c.fitWindow(sets, weights, len(constraining))
		// Titles outlive terms: a writer names "President Bill Clinton"
		// in an article of Obama's years. When the claims of an undated
		// article conflict, one whose sentence does not place its
		// person at the article's time (no verb of speech or present
		// action, no past main verb, no custody) may be such a
		// retrospective title and dates the article only from its
		// first start; the window is fitted again so, and kept when
		// more claims fit it.
		if !c.dated && count < len(constraining) {
			relaxed := slices.Clone(sets)
			retro := make([]bool, len(constraining))
			n := 0
			for i, ch := range constraining {
				if lo, ok := c.retrospective(ch); ok {
					relaxed[i], retro[i] = []ival{{lo: lo}}, true
					n++
				}
			}
			if n > 0 {
				rw, rruns, rweight, runique, ralts, rcount := c.fitWindow(relaxed, weights, len(constraining))
				if rcount > count {
					w, runs, weight, unique, alts, count = rw, rruns, rweight, runique, ralts, rcount
					for i, ch := range constraining {
						ch.historical = retro[i] && !anyIntersects(ch.valid, w)
					}
				}
			}
		}
		c.alts = alts
	}
	strong := !c.dated && count >= 2 && count < len(constraining) && unique
	// backed says at least two of the article's claims fix the window on
	// one stretch of time.
	backed := !c.dated && count >= 2 && unique
	if !c.dated && unique && weight > 0 {
		// A dateline without a year ("TEHRAN, May 20 (AFP) —") picks
		// the day when the window holds that month and day only once.
		if day, ok := c.datelineDayIn(w); ok {
			w = ival{lo: day, hi: day}
		}
	}
	if weight > 0 {
		c.window, c.hasWindow = w, true
		consistent := count == len(constraining)
		if c.dated {
			consistent = consistent && w.contains(c.day)
		}
		c.d.DateWindow = dateWindow(w, consistent, c.alts)
	}
	// In a dated article a claim is flagged as fitting no common date
	// only when it is contradicted at the date itself: one judged
	// unverifiable there (a historical title) is no conflict.
	for _, ch := range checks {
		if c.dated {
			break // judged above
		}
		n := len(c.out)
		c.againstWindow(ch, w, strong, backed)
		if c.speakersUsage(ch, n) {
			ch.historical = true // the speaker's usage fits no date the article must share
		}
		for k := n; k < len(c.out); k++ {
			if c.out[k].Verdict == doc.Contradicted {
				contradicted[ch] = true
			}
		}
	}
	if weight > 0 && count < len(constraining) {
		c.noCommonDate(constraining, w, func(ch *claimCheck) bool { return !ch.historical && (!c.dated || contradicted[ch]) && !paired[ch] })
	}
}

// datelineDayIn returns the one day of window w whose month and day are
// those of a year-less dateline ("NARA, Japan, July 8 (Reuters) -": a
// time expression XXXX-MM-DD near the start of the text, followed by
// the agency's bracket or a dash). It returns false when there is no
// such dateline, or w is open or holds the month and day more or less
// than once.
func (c *checker) datelineDayIn(w ival) (kb.Date, bool) {
	if w.lo.IsZero() || w.hi.IsZero() || len(c.d.Times) == 0 {
		return kb.Date{}, false
	}
	t := &c.d.Times[0]
	v := t.Value
	if t.Span.Start > 40 || len(v) != 10 || v[:5] != "XXXX-" || t.Span.End > len(c.d.Text) {
		return kb.Date{}, false
	}
	after := strings.TrimLeft(c.d.Text[t.Span.End:min(len(c.d.Text), t.Span.End+8)], " ,")
	if !strings.HasPrefix(after, "(") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") {
		return kb.Date{}, false
	}
	month, err1 := strconv.Atoi(v[5:7])
	day, err2 := strconv.Atoi(v[8:10])
	if err1 != nil || err2 != nil {
		return kb.Date{}, false
	}
	var found kb.Date
	n := 0
	for y := w.lo.Year; y <= w.hi.Year && n < 2; y++ {
		d := kb.Date{Year: y, Month: month, Day: day}
		if time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Day() != day {
			continue // February 29 of a common year
		}
		if w.contains(d) {
			found, n = d, n+1
		}
	}
	return found, n == 1
}

// fitWindow finds the stretch of days most of the claims' sets fit (the
// first n sets are the claims', any after them lower bounds). Several
// stretches fit equally well when a person held the office in several
// terms: a date the text states chooses among them, else the window
// spans them all and names each (alts). It returns the window, its
// stretches, their weight, whether there is one stretch, the
// alternatives and how many of the n claims fit.
func (c *checker) fitWindow(sets [][]ival, weights []float64, n int) (w ival, runs []ival, weight float64, unique bool, alts []ival, count int) {
	runs, weight = bestWindow(sets, weights)
	runs = c.preferStated(runs)
	w, unique = hull(runs), len(runs) == 1
	switch {
	case len(runs) > 1 && sameClaims(sets[:n], runs):
		alts = runs
	case len(runs) > 1:
		// Different claims hold on different stretches: a conflict,
		// not an ambiguity; judge against the first.
		runs = runs[:1]
		w = runs[0]
	}
	return w, runs, weight, unique, alts, fitCount(sets[:n], runs)
}

// fitCount counts the sets that meet one of runs.
func fitCount(sets [][]ival, runs []ival) int {
	count := 0
	for _, set := range sets {
		for _, r := range runs {
			if anyIntersects(set, r) {
				count++
				break
			}
		}
	}
	return count
}

// retrospective returns the first start of a claim's terms when its
// title may be retrospective in an undated article: a plain title of a
// KB person whose sentence names no time of its own and does not place
// the person at the article's time.
func (c *checker) retrospective(ch *claimCheck) (kb.Date, bool) {
	if len(ch.roles) == 0 || ch.anchored || ch.departed || ch.rc.Modifier != "" || len(ch.valid) == 0 || ch.valid[0].lo.IsZero() {
		return kb.Date{}, false
	}
	if len(c.claimRefs(ch.rc.Span)) > 0 || c.actsNow(ch) || c.pastMainVerb(ch) || c.custodyObject(ch.rc.Span) || c.actsInArticle(ch.rc.PersonKBID) {
		return kb.Date{}, false
	}
	lo := ch.valid[0].lo
	for _, v := range ch.valid[1:] {
		if v.lo.Compare(lo) < 0 {
			lo = v.lo
		}
	}
	return lo, true
}

// actsInArticle reports whether the article quotes person id ("Pinera
// said after the talks"): the person is in the news at the article's
// time. (Events are no such sign: "Bush struck back decisively" is told
// in retrospect as often as not.)
func (c *checker) actsInArticle(id string) bool {
	for qix := range c.d.Quotes {
		if c.d.Quotes[qix].Speaker.Entity == id {
			return true
		}
	}
	return false
}

// sameClaims reports whether the same claims hold on each of runs.
func sameClaims(sets [][]ival, runs []ival) bool {
	for _, set := range sets {
		first := anyIntersects(set, runs[0])
		for _, r := range runs[1:] {
			if anyIntersects(set, r) != first {
				return false
			}
		}
	}
	return true
}

// coversAll reports whether valid covers each of runs.
func coversAll(valid, runs []ival) bool {
	for _, r := range runs {
		if !anyCovers(valid, r) {
			return false
		}
	}
	return true
}

// preferStated narrows equally good stretches to those holding the
// latest absolute date the text states ("26 Sept 2023", "the 2024
// election"): an article is written around the latest time it names.
// It returns runs unchanged when there is one, the text states no date,
// or no stretch holds it.
func (c *checker) preferStated(runs []ival) []ival {
	if len(runs) < 2 {
		return runs
	}
	var latest ival
	found := false
	for i := range c.d.Times {
		t := &c.d.Times[i]
		if t.Type != "DATE" || t.Anchor != "" || len(t.Value) < 4 || t.Value[0] < '0' || t.Value[0] > '9' {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil {
			continue
		}
		if v := (ival{lo: d.First(), hi: d.Last()}); !found || v.hi.Compare(latest.hi) > 0 {
			latest, found = v, true
		}
	}
	if !found {
		return runs
	}
	var keep []ival
	for _, r := range runs {
		if _, ok := r.intersect(latest); ok {
			keep = append(keep, r)
		}
	}
	if len(keep) == 0 {
		return runs
	}
	return keep
}

// windowAround returns the widest interval containing day on which every
// claim whose valid days include day holds, and false when none does.
func windowAround(checks []*claimCheck, day kb.Date) (ival, bool) {
	w := ival{}
	found := false
	for _, ch := range checks {
		for _, v := range ch.valid {
			if !v.contains(day) {
				continue
			}
			w, _ = w.intersect(v)
			found = true
		}
	}
	return w, found
}

// pastRefs returns the periods the sentence holding span refers to when
// it is about an earlier time than the article date: the DATE
// expressions in it that end before the article date. It returns nil when
// the sentence also refers to the article's own days (a "Tuesday" within
// a week of it, "now", "today") or the article is undated.
func (c *checker) pastRefs(span doc.Span) []ival {
	if !c.dated {
		return nil
	}
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return nil
	}
	// A sentence's refs are the same for each claim in it and each
	// check that asks (prepare, then atDay): found once per sentence.
	if c.pastBy == nil {
		c.pastBy = make([]sentRefs, len(c.d.Sentences))
	}
	if m := &c.pastBy[si]; m.done {
		return m.refs
	}
	refs := c.sentencePastRefs(c.d.Sentences[si])
	c.pastBy[si] = sentRefs{refs: refs, done: true}
	return refs
}

// claimRefs is pastRefs of the sentence holding a claim's span, less
// the times only said in a relative clause apart from the claim or in
// the content of a quote the claim is not inside:
// "Binali Yildirim, the prime minister, said the system adopted in 2017
// had worked" reports 2017 as the speaker's matter, not the time he was
// prime minister, while "X said Prime Minister Y had visited in 2017"
// dates Y's title by it.
func (c *checker) claimRefs(span doc.Span) []ival {
	refs := c.pastRefs(span)
	if len(refs) == 0 {
		return refs
	}
	si := c.d.SentenceAt(span.Start)
	s := c.d.Sentences[si]
	// a relative clause apart from the claim ("President X, who took
	// office in 2013, opened the railway") dates its own event
	rel := c.relativeClauses(s, span)
	if len(rel) == 0 && len(c.d.Quotes) == 0 {
		return refs
	}
	reported := func(t doc.Span) bool {
		if inAny(t.Start, rel) {
			return true
		}
		for qix := range c.d.Quotes {
			q := &c.d.Quotes[qix]
			if q.Span.Contains(t) && !q.Span.Contains(span) && s.Contains(q.CueSpan) {
				return true
			}
		}
		return false
	}
	var drop, keep []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil {
			continue
		}
		v := ival{lo: d.First(), hi: d.Last()}
		if reported(t.Span) {
			drop = append(drop, v)
		} else {
			keep = append(keep, v)
		}
	}
	if len(drop) == 0 {
		return refs
	}
	var out []ival
	for _, r := range refs {
		if !slices.Contains(drop, r) || slices.Contains(keep, r) {
			out = append(out, r)
		}
	}
	return out
}

// sentRefs is pastRefs of one sentence, once found (done).
type sentRefs struct {
	refs []ival // read-only: callers share it
	done bool
}

// sentencePastRefs is pastRefs of sentence s.
func (c *checker) sentencePastRefs(s doc.Span) []ival {
	var refs []ival
	if !c.weekAgoOK {
		c.weekAgo, c.weekAgoOK = daysBefore(c.day, 7), true
	}
	weekAgo := c.weekAgo
	for v, present := range c.sentenceDatesOutside(s, c.datelineSpan()) {
		if present || v.hi.Compare(weekAgo) >= 0 {
			return nil // the sentence is about the article's days
		}
		refs = append(refs, v)
	}
	return refs
}

// sentenceDates yields the periods of the DATE expressions in sentence
// s, and the days of its TIME expressions, in text order (unparsable and shorter-than-year values skipped);
// PRESENT_REF is yielded as a zero period with present true.
func (c *checker) sentenceDates(s doc.Span) iter.Seq2[ival, bool] {
	return c.sentenceDatesOutside(s, nil)
}

// sentenceDatesOutside is sentenceDates less the expressions that start
// inside one of skip.
func (c *checker) sentenceDatesOutside(s doc.Span, skip []doc.Span) iter.Seq2[ival, bool] {
	return func(yield func(ival, bool) bool) {
		for tix := range c.d.Times {
			t := &c.d.Times[tix]
			if !s.Contains(t.Span) || t.Type != "DATE" && t.Type != "TIME" || inAny(t.Span.Start, skip) {
				continue
			}
			if t.Value == "PRESENT_REF" {
				if !yield(ival{}, true) {
					return
				}
				continue
			}
			v := t.Value
			if t.Type == "TIME" {
				// "on Wednesday evening" (2020-09-16TEV) dates the
				// clause by its day; a bare clock time names none
				if len(v) < 11 || v[10] != 'T' {
					continue
				}
				v = v[:10]
			}
			if len(v) < 4 {
				continue
			}
			d, err := parseDate(v)
			if err != nil {
				continue
			}
			if !yield(ival{lo: d.First(), hi: d.Last()}, false) {
				return
			}
		}
	}
}

// datelineSpan returns, as a one-span list to skip, the date of the
// dateline opening the text ("PORT-AU-PRINCE, July 8, 2021 - …",
// "LONDON, 3 May 2022 (AFP) – …"): it dates the filing, not what the lede
// tells ("declared a state of siege on Wednesday after gunmen shot
// President X dead" is about Wednesday). It is nil when the text opens
// with no such dateline.
func (c *checker) datelineSpan() []doc.Span {
	if c.datelineOK {
		return c.dateline
	}
	c.datelineOK = true
	if len(c.d.Times) == 0 || len(c.d.Sentences) == 0 {
		return nil
	}
	t := c.d.Times[0].Span
	s := c.d.Sentences[0]
	if !s.Contains(t) || t.Start-s.Start > 80 {
		return nil
	}
	// before the date: the place, words that open with a capital
	// ("ADDIS ABABA, ", "Nairobi, Kenya, "), each followed by a comma
	// or a space
	head := c.d.Text[s.Start:t.Start]
	if !strings.HasSuffix(strings.TrimRight(head, " "), ",") {
		return nil
	}
	for w := range strings.FieldsSeq(head) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return nil
		}
	}
	// after it: an agency in brackets, then a dash
	rest := strings.TrimLeft(c.d.Text[t.End:min(len(c.d.Text), t.End+60)], " ")
	if strings.HasPrefix(rest, "(") {
		i := strings.IndexByte(rest, ')')
		if i < 0 {
			return nil
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
	}
	for _, dash := range []string{"-", "\u2013", "\u2014"} {
		if strings.HasPrefix(rest, dash) {
			c.dateline = []doc.Span{t}
			return c.dateline
		}
	}
	return nil
}

// refHeld returns the earliest period named in the sentence holding span
// that refers to a time before the article (pastRefs; for an undated
// article, any absolute date) on which one of valid holds.
func (c *checker) refHeld(span doc.Span, valid []ival) (ival, bool) {
	var refs []ival
	if c.dated {
		refs = c.claimRefs(span)
	} else if refs = c.absoluteRefs(span); len(refs) == 0 {
		refs = c.narrativeRefs(span)
	}
	var best ival
	found := false
	for _, ref := range refs {
		if anyIntersects(valid, ref) && (!found || ref.lo.Compare(best.lo) < 0) {
			best, found = ref, true
		}
	}
	return best, found
}

// narrativeRefs returns, for a claim in an undated article whose
// sentence names no time, the dates the sentence before it names when
// the two read as one narrative: the same paragraph, a date to the month
// or day there ("On January 6, 2005, leaders met in Jakarta. Secretary
// of State X, who toured Aceh, said …"), and no present tense in the
// claim's sentence ("X, now retired, says" is about the time of
// writing).
func (c *checker) narrativeRefs(span doc.Span) []ival {
	si := c.d.SentenceAt(span.Start)
	if si <= 0 {
		return nil
	}
	prev, s := c.d.Sentences[si-1], c.d.Sentences[si]
	if prev.End > s.Start || strings.Contains(c.d.Text[prev.End:s.Start], "\n\n") {
		return nil
	}
	// the dates first: most sentences name none, and a pass over the
	// words of two sentences costs more than one over the times
	refs := c.datesIn(prev, len("2005-01"))
	if len(refs) == 0 {
		return nil
	}
	// both sentences narrate: no present or future in either ("Talks
	// will resume on March 3, 2031. X said …" dates nothing)
	for w := range strings.FieldsSeq(c.d.Text[prev.Start:s.End]) {
		if isPresentWord(trimClausePunct(w)) {
			return nil
		}
	}
	return refs
}

// trimClausePunct is strings.Trim(w, ",;:.\"'"), a byte scan: the cut
// set is ASCII.
func trimClausePunct(w string) string {
	cut := func(c byte) bool {
		return c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '\''
	}
	for len(w) > 0 && cut(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && cut(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// isPresentWord reports presentWords.Has(strings.ToLower(w)) without
// lowering an ASCII word that cannot be one: every word of presentWords
// is 2 to 7 ASCII letters (the bounds must follow its words). A word
// with other bytes is lowered as before ("İS": U+0130 lowers to "i").
func isPresentWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return presentWords.Has(strings.ToLower(w))
		}
	}
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	var buf [7]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return presentWords.HasBytes(b)
}

// presentWords are finite verbs of the present or future that tie a
// sentence to the time of writing.
var presentWords = wordset.Of("is are has have says say will remains serves")

// officeAtRefs reports whether office o existed at some time in refs.
func (c *checker) officeAtRefs(o *kb.Office, refs []ival) bool {
	for _, ref := range refs {
		if _, ok := (ival{lo: o.From.First(), hi: o.To.Last()}).intersect(ref); ok {
			return true
		}
	}
	return false
}

// endedBefore reports whether every role ended before day.
func endedBefore(rs []kb.Role, day kb.Date) bool {
	for _, r := range rs {
		if r.End.IsZero() || r.End.Last().Compare(day) >= 0 {
			return false
		}
	}
	return len(rs) > 0
}

// nowVerbs are verbs of speech and present action that place their
// subject at the article's date ("X said", "X met").
var nowVerbs = wordset.FromMap(map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "announced": true, "announces": true,
	"added": true, "warned": true, "warns": true, "urged": true, "urges": true, "stated": true,
	"insisted": true, "argued": true, "claimed": true, "noted": true, "pledged": true, "vowed": true,
	"promised": true, "met": true, "meets": true, "visited": true, "visits": true, "arrived": true,
	"arrives": true, "addressed": true, "welcomed": true, "welcomes": true, "discussed": true,
	"discusses": true, "criticised": true, "criticized": true, "praised": true, "denied": true,
	"rejected": true, "called": true, "calls": true, "wrote": true, "writes": true, "spoke": true,
	"speaks": true, "speaking": true, "saying": true, "attended": true, "attends": true, "chaired": true,
	"chairs": true, "hosted": true, "hosts": true, "opened": true, "opens": true, "asked": true,
	"responded": true, "replied": true, "confirmed": true, "suggested": true, "ordered": true,
	// the present and the future place the title now too ("Foreign
	// Minister X will visit Seoul next week", "X wants stable ties")
	"will": true, "wants": true, "plans": true, "leads": true, "visiting": true, "expected": true,
	"intends": true, "hopes": true, "seeks": true,
	// a photo caption's present of action ("President X shakes hands
	// with …", "X gestures as he speaks")
	"shakes": true, "greets": true, "waves": true, "gestures": true, "signs": true, "delivers": true,
	"inspects": true, "receives": true, "poses": true, "casts": true, "lays": true, "tours": true,
})

// actsNow reports whether the sentence of a claim places its person at
// the article date: a time expression within a week of it, a verb of
// speech or present action, or a quote attributed to the person.
func (c *checker) actsNow(ch *claimCheck) bool {
	si := c.d.SentenceAt(ch.rc.Span.Start)
	if si < 0 {
		return true
	}
	if c.subordinateAt(ch.rc.Span.Start) || c.relativeObjectAt(ch.rc.Span.Start) {
		return false // "after President X broke off relations", "who voted for President X": another time
	}
	s := c.d.Sentences[si]
	if c.archiveCaption(ch.rc.Span) {
		return false // "FILE PHOTO: President X waves …": an archive picture
	}
	if c.recentTimeIn(s) {
		return true
	}
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		if (s.Contains(q.Span) || s.Contains(q.CueSpan)) && q.Speaker.Entity != "" && q.Speaker.Entity == ch.rc.PersonKBID {
			return true
		}
	}
	// The verb must be the claim's: just before it ("said President X")
	// or within a few words after it.
	var buf [16]byte
	toks := c.sentenceTokens(s)
	first, last := -1, -1
	for i, t := range toks {
		if t.Span.Overlaps(ch.rc.Span) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	lo := max(0, first-3)
	for i, t := range toks[lo:min(len(toks), last+11)] {
		if t.Kind != doc.TokWord || t.Span.Len() > len(buf) || t.Span.Len() < 3 {
			continue
		}
		w := buf[:0]
		for _, b := range []byte(c.d.Text[t.Span.Start:t.Span.End]) {
			w = append(w, b|0x20)
		}
		if nowVerbs.Has(string(w)) && !c.afterDeterminer(toks, lo+i) && !(lo+i < first && (c.finiteAfter(toks, last) || objectVerbs.Has(string(w)))) {
			return true
		}
	}
	return false
}

// finiteWords are auxiliaries that, right after a title, make its
// person the subject of a clause of its own.
var finiteWords = wordset.Of("had has have was were is are would will could should must did does may might can")

// finiteAfter reports whether the word after toks[last], the end of a
// claim, is a finite verb of which the claim is the subject: "the
// prosecution said Prime Minister X had received gifts" reports what
// another says of X, not X speaking ("said President X" is X's saying).
func (c *checker) finiteAfter(toks []doc.Token, last int) bool {
	if last+1 >= len(toks) || toks[last+1].Kind != doc.TokWord {
		return false
	}
	w := strings.ToLower(c.d.Slice(toks[last+1].Span))
	return finiteWords.Has(w) || pastIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}

// objectVerbs, of nowVerbs, do not place a title written after them:
// "Bolsonaro praised President X", "criticised President X's policy"
// name X as what is praised, not as present.
var objectVerbs = wordset.Of("praised criticised criticized denied rejected discussed discusses")

// objectOfVerb reports whether the word just before span is a verb of
// objectVerbs, whose object the claim is: the sentence's time is the
// subject's act, not the object's presence ("Bolsonaro praised Chilean
// President Augusto Pinochet on Sunday").
func (c *checker) objectOfVerb(span doc.Span) bool {
	if span.Start <= 0 || span.Start > len(c.d.Text) {
		return false
	}
	before := strings.TrimRight(c.d.Text[max(0, span.Start-24):span.Start], " ")
	w := strings.ToLower(before[lastSpace(before)+1:])
	return objectVerbs.Has(w)
}

// beforeList reports whether the office of ch existed before the KB's
// complete list of its holders begins: a person the KB lacks may have
// held it then.
func (c *checker) beforeList(ch *claimCheck) bool {
	o := ch.office
	return o != nil && !o.CompleteFrom.IsZero() && (o.From.IsZero() || o.From.Compare(o.CompleteFrom) < 0)
}

// nounDeterminers before a word of nowVerbs make it a noun: "for all the
// visits by Secretary of State X", "his calls for calm" tell of no act
// at the article's date.
var nounDeterminers = wordset.Of("the a an his her their its our these those")

// afterDeterminer reports whether toks[i] follows a determiner word.
func (c *checker) afterDeterminer(toks []doc.Token, i int) bool {
	if i == 0 || toks[i-1].Kind != doc.TokWord {
		return false
	}
	return nounDeterminers.HasLower(c.d.Text[toks[i-1].Span.Start:toks[i-1].Span.End])
}

// fileCaption reports whether sentence text is the caption of an
// archive picture ("FILE PHOTO: …", "… (File photo)"), whose people
// hold the titles of the picture's day.
func fileCaption(text string) bool {
	if len(text) >= 4 && strings.EqualFold(text[:4], "file") {
		return true
	}
	if strings.Contains(text, "(File") || strings.Contains(text, "(file") || strings.Contains(text, "(FILE") {
		return true
	}
	// "In this file photo, President X waves", "… in this archive
	// picture": the picture's time, not the article's
	if !strings.Contains(text, "file ") && !strings.Contains(text, "archive ") {
		return false
	}
	low := strings.ToLower(text)
	for _, w := range []string{"file photo", "file picture", "file image", "archive photo", "archive picture", "archive image"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// namesake returns the name of another holder of the claimed office
// (ever) whom a one-word name ("President Clinton") may denote, or "".
func (c *checker) namesake(ch *claimCheck) string {
	words := strings.Fields(kb.Fold(ch.rc.Person))
	if len(words) != 1 || ch.office == nil {
		return ""
	}
	for _, r := range c.k.Holders(ch.office.ID) {
		if r.Person == ch.rc.PersonKBID {
			continue
		}
		a, ok := c.k.Actor(r.Person)
		if !ok {
			continue
		}
		f := strings.Fields(kb.Fold(a.Name))
		if len(f) > 0 && f[len(f)-1] == words[0] {
			return a.Name
		}
	}
	return ""
}

// resolveTitle gives a claim whose office the KB does not hold the KB
// office its written title names, when the title as written before the
// person ("European Council President") is an office's name or alias.
func (c *checker) resolveTitle(rc *doc.RoleClaim) {
	if rc.OfficeID != "" {
		if _, ok := c.office(rc.OfficeID); ok {
			return
		}
	}
	if rc.PersonSpan.Start <= rc.Span.Start || rc.PersonSpan.Start > len(c.d.Text) {
		return
	}
	title := strings.TrimRight(c.d.Text[rc.Span.Start:rc.PersonSpan.Start], " ,")
	f := kb.Fold(title)
	f = strings.TrimPrefix(f, "the ")
	o, ok := c.titles[f]
	if !ok {
		return
	}
	rc.OfficeID, rc.Office, rc.Country, rc.CountryHow = o.ID, o.Key, o.Country, "title"
}

// otherOfficeWords, before a title, name a different office than the
// title alone ("Deputy Prime Minister", "Alternate Prime Minister").
var otherOfficeWords = wordset.FromMap(map[string]bool{
	"alternate": true, "deputy": true, "vice": true, "assistant": true, "under": true, "shadow": true,
	"associate": true, "junior": true, "state": true, "first": true, "second": true, "principal": true,
})

// futureStarts, in a claim's text, put the start of the term after the
// sentence's time ("will be sworn in as", "is set to become"). Each holds
// " will " or " to " (futureStart's prefilter) and ends in a space: the
// title follows inside the claim.
var futureStarts = []string{" will be sworn in as ", " will become ", " will take office as ", " will take over as ", " is to be sworn in as ", " is to become ", " to be sworn in as ", " set to become ", " expected to become ", " will be inaugurated as ", " is due to be sworn in as "}

// futureStart reports whether a claim's text tells of a term still to
// begin.
func futureStart(claim string) bool {
	// every phrase holds " will " or " to ": most claims ("President
	// X") hold neither and cost two short scans
	if !strings.Contains(claim, " will ") && !strings.Contains(claim, " to ") {
		return false
	}
	for _, w := range futureStarts {
		if strings.Contains(claim, w) {
			return true
		}
	}
	return false
}

// timeWords, before a title, say when the claim holds; the values are
// RoleClaim modifiers.
var timeWords = map[string]string{
	// "founding President X" ("the state funeral of founding President
	// X"): a title of the country's first years, of that time
	"former": "former", "ex": "former", "late": "late", "then": "then", "founding": "then",
	"acting": "acting", "interim": "acting", "caretaker": "caretaker", "outgoing": "",
	"incoming": "designate", "designate": "designate", "elect": "designate",
}

// lostWords, as adjectives before a title ("Ousted President X", "the
// deposed president"), make the title one held before: the modifier
// ousted. As verbs ("the army ousted President X") they are removals.
var lostWords = wordset.Of("ousted deposed toppled overthrown exiled jailed imprisoned impeached disgraced dethroned unseated")

// adjectiveSlot are the words after which a participle before a title
// is an adjective ("the ousted president", "of deposed President X"),
// not a verb whose object the title is.
var adjectiveSlot = wordset.Of("the a an of for with by against to from and or former his her their its")

// qualifierBefore returns the qualifier word written just before a
// claim's title that the mention stage left out of the claim: a word of
// otherOfficeWords, or the modifier a word of timeWords stands for. It
// returns "" when there is none.
func (c *checker) qualifierBefore(rc doc.RoleClaim) string {
	// A participle the claim itself begins with ("Ousted President X"
	// as one claim) qualifies the title too.
	if ts := rc.TitleSpan.Start; ts > rc.Span.Start && ts <= len(c.d.Text) && rc.Span.Start >= 0 {
		pre := trimRightSpaceDash(c.d.Text[rc.Span.Start:ts])
		i := lastSpace(pre)
		if isLostWord(pre[i+1:]) && c.adjectival(c.d.Text[max(0, rc.Span.Start-24):rc.Span.Start]+pre[:i+1], pre[i+1:]) {
			return ousted
		}
	}
	start := rc.Span.Start
	if rc.TitleSpan.End > rc.TitleSpan.Start && rc.TitleSpan.Start < start {
		start = rc.TitleSpan.Start
	}
	if start <= 0 || start > len(c.d.Text) {
		return ""
	}
	b0 := max(0, start-24)
	before := c.d.Text[b0:start]
	before = trimRightSpaceDash(before)
	i := lastBreak(before)
	// strings.ToLower of the word, with no copy for an ASCII one
	w, _ := c.lowerOf(doc.Span{Start: b0 + i + 1, End: b0 + i + 1 + len(strings.TrimSuffix(before[i+1:], "-"))})
	if w == "under" && !c.secretaryTitle(rc) {
		// "rule under Chancellor X": the time of X's rule, not an
		// "Under Secretary"
		return under
	}
	if otherOfficeWords.Has(w) {
		return w
	}
	if m, ok := timeWords[w]; ok {
		return m
	}
	if lostWords.Has(w) && c.adjectival(before[:i+1], before[i+1:]) {
		return ousted
	}
	return ""
}

// trimRightSpaceDash is strings.TrimRight(s, " -") as a byte loop.
func trimRightSpaceDash(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '-') {
		s = s[:len(s)-1]
	}
	return s
}

// trimLeftSpaceComma is strings.TrimLeft(s, " ,") as a byte loop.
func trimLeftSpaceComma(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == ',') {
		s = s[1:]
	}
	return s
}

// isLostWord reports lostWords.Has(strings.ToLower(w)) without lowering
// a word that cannot be one: every word of lostWords is 6 to 10 ASCII
// letters ending in d or n, and only ASCII lowers to ASCII (the Kelvin
// sign aside: "k", in none of them).
func isLostWord(w string) bool {
	if n := len(w); n < 6 || n > 10 {
		return false
	}
	if b := w[len(w)-1] | 0x20; b != 'd' && b != 'n' {
		return false
	}
	return lostWords.HasLower(w)
}

// lastSpace is strings.LastIndexAny(s, " \n\t"), a plain byte scan.
func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if b := s[i]; b == ' ' || b == '\n' || b == '\t' {
			return i
		}
	}
	return -1
}

// lastBreak is strings.LastIndexAny(s, " \n\t(\"“") as a backward byte
// scan, without decoding every rune: the ASCII breaks are bytes of
// their own, and “ is the bytes E2 80 9C.
func lastBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\n', '\t', '(', '"':
			return i
		case 0x9c:
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// under is the modifier of a title after the preposition "under" ("16
// years of rule under Chancellor X"): the claim is that X held the
// office at some time up to the article date.
const under = "rule"

// secretaryTitle reports whether a claim's title as written begins with
// "Secretary", the one an "Under" before it makes another office.
func (c *checker) secretaryTitle(rc doc.RoleClaim) bool {
	ts := rc.TitleSpan
	if ts.End <= ts.Start || ts.End > len(c.d.Text) {
		return strings.HasPrefix(strings.ToLower(rc.Title), "secretary")
	}
	return strings.HasPrefix(strings.ToLower(c.d.Text[ts.Start:ts.End]), "secretary")
}

// adjectival reports whether the participle word, written after text
// before, is an adjective: capitalised ("Ousted President X", so the
// first of its sentence or a headline word), or after a determiner, a
// preposition or a possessive ("Sudan's ousted president").
func (c *checker) adjectival(before, word string) bool {
	if word != "" && word[0] >= 'A' && word[0] <= 'Z' {
		return true
	}
	before = strings.TrimRight(before, " \t")
	if before == "" || strings.HasSuffix(before, "\n") {
		return true
	}
	i := lastBreak(before)
	prev := strings.ToLower(before[i+1:])
	return adjectiveSlot.Has(prev) || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")
}

// newCheck returns a zero claimCheck from a block allocated for the
// document's claims: one allocation for them all, not one per claim.
func (c *checker) newCheck() *claimCheck {
	if len(c.checkBuf) == cap(c.checkBuf) {
		c.checkBuf = make([]claimCheck, 0, max(1, len(c.d.RoleClaims)))
	}
	c.checkBuf = c.checkBuf[:len(c.checkBuf)+1]
	return &c.checkBuf[len(c.checkBuf)-1]
}

// roleSlice returns an empty slice with room for n roles, carved from a
// block shared by the document's claims; its capacity is n, so that an
// append past it copies rather than writes into the next claim's roles.
func (c *checker) roleSlice(n int) []kb.Role {
	if cap(c.roleBuf)-len(c.roleBuf) < n {
		c.roleBuf = make([]kb.Role, 0, max(n, 4)) // a Role is large: small blocks
	}
	k := len(c.roleBuf)
	c.roleBuf = c.roleBuf[:k+n]
	return c.roleBuf[k : k : k+n]
}

// ivalSlice returns an empty slice with room for n intervals, carved as
// roleSlice carves roles from a block shared by the document's claims
// (its capacity is n: an append past it copies).
func (c *checker) ivalSlice(n int) []ival {
	if cap(c.ivalBuf)-len(c.ivalBuf) < n {
		c.ivalBuf = make([]ival, 0, max(n, 2*len(c.d.RoleClaims)))
	}
	k := len(c.ivalBuf)
	c.ivalBuf = c.ivalBuf[:k+n]
	return c.ivalBuf[k : k : k+n]
}

// prepare resolves a claim against the KB.
func (c *checker) prepare(i int, rc doc.RoleClaim) *claimCheck {
	ch := c.newCheck()
	*ch = claimCheck{idx: i, rc: rc, label: c.d.Slice(rc.Span)}
	if ch.label == "" {
		ch.label = strings.TrimSpace(rc.Title + " " + rc.Person)
	}
	if rc.OfficeID != "" {
		if o, ok := c.office(rc.OfficeID); ok {
			ch.office = o
		}
	}
	past := pastModifiers.Has(rc.Modifier)
	if rc.PersonKBID != "" {
		if a, ok := c.k.Actor(rc.PersonKBID); ok {
			ch.person = a
		}
		roles := c.rolesOf(rc.PersonKBID)
		// by index: a Role is too big to copy for a test; counted
		// first, so that each list is allocated once
		nRoles, nOther := 0, 0
		// matched keeps the office test of the counting loop for the
		// filling loop, for the first 64 roles (the rest are tested
		// again)
		var matched uint64
		for ri := range roles {
			r := &roles[ri]
			if !keyMatches(rc.Office, officeKey(r.Office)) {
				continue
			}
			if ri < 64 {
				matched |= 1 << ri
			}
			if rc.Country == "" || r.Country == rc.Country {
				nRoles++
			} else {
				nOther++
			}
		}
		if nRoles > 0 {
			ch.roles = c.roleSlice(nRoles)
		}
		if nOther > 0 {
			ch.other = c.roleSlice(nOther)
		}
		for ri := range roles {
			r := &roles[ri]
			if ri < 64 && matched&(1<<ri) == 0 || ri >= 64 && !keyMatches(rc.Office, officeKey(r.Office)) {
				continue
			}
			if rc.Country == "" || r.Country == rc.Country {
				ch.roles = append(ch.roles, *r)
			} else {
				ch.other = append(ch.other, *r)
			}
		}
		// A country guessed from context, implied by how the title is
		// worded ("Defence Secretary" reads British), or named by a
		// word two countries share ("Congolese"), yields to the
		// person's own.
		if len(ch.roles) == 0 && (rc.CountryHow == "context" || rc.CountryHow == "title" || c.namesCountry(rc, ch.other)) {
			ch.roles, ch.other = ch.other, nil
			if len(ch.roles) > 0 {
				ch.office, _ = c.k.Office(ch.roles[0].Office)
			}
		}
		// A country guessed from context that the person has no office
		// in yields to the person's own for the office claimed
		// ("President Clinton" in an article naming Cubans as often as
		// Americans is a claim about the US presidency).
		if len(ch.roles) == 0 && rc.CountryHow == "context" && ch.person != nil && ch.person.Country != "" && ch.person.Country != rc.Country {
			if o, ok := c.k.Office(ch.person.Country + "." + officeKey(rc.OfficeID)); ok {
				ch.office = o
				ch.rc.Country, ch.rc.OfficeID = ch.person.Country, o.ID
			}
		}
		switch {
		case rc.Modifier == "designate":
		case len(ch.roles) > 0 && rc.Modifier == under:
			// the article is from after the rule began
			lo := kb.Date{}
			for _, r := range ch.roles {
				if d := r.Start.First(); lo.IsZero() || d.Compare(lo) < 0 {
					lo = d
				}
			}
			ch.valid = []ival{{lo: lo}}
		case len(ch.roles) > 0 && past:
			lo := kb.Date{}
			for _, r := range ch.roles {
				d := r.Start.First()
				if !r.End.IsZero() {
					d = r.End.First()
				}
				if lo.IsZero() || d.Compare(lo) < 0 {
					lo = d
				}
			}
			ch.valid = []ival{{lo: lo}}
		case len(ch.roles) > 0:
			ch.valid = c.ivalSlice(len(ch.roles))
			for ri := range ch.roles {
				ch.valid = append(ch.valid, c.handover(&ch.roles[ri], loose(ch.roles[ri].Period())))
			}
			// A claim about a time the sentence names ("in 2003, Prime
			// Minister X") dates the article only to after that time.
			if ref, ok := c.refHeld(rc.Span, ch.valid); ok {
				ch.valid, ch.anchored = []ival{{lo: ref.lo}}, true
			} else if !c.dated && (c.removalObject(rc.Span) || c.leavingSubject(rc.Span)) {
				// An undated report of the end of a term ("President X
				// was killed when …", "the army ousted President X")
				// is from after that end, not from within the term.
				if r, ok := lastEnded(ch.roles); ok {
					ch.valid, ch.anchored, ch.departed = []ival{{lo: r.End.First()}}, true, true
				}
			} else if c.dated && !anyContains(ch.valid, c.day) {
				// A title that ended shortly before the date fits a
				// sentence reporting its end or naming a day within it:
				// the article is from after that.
				if (c.removalObject(rc.Span) || c.leavingSubject(rc.Span) && c.departureNews(rc.Span, ch.roles)) && c.endedNearOK(ch.roles) {
					r, _ := c.endedNear(ch.roles)
					ch.valid, ch.anchored = []ival{{lo: r.End.First()}}, true
				} else if ref, _, ok := c.recentRef(rc.Span, ch.roles); ok {
					ch.valid, ch.anchored = []ival{{lo: ref.lo}}, true
				}
			}
		}
		// An undated report of a death the KB dates ("Former Prime
		// Minister X died on Friday") is from after it.
		if !c.dated && ch.person != nil && !ch.person.Died.IsZero() && len(ch.valid) == 1 && ch.valid[0].hi.IsZero() && c.deathSubject(rc.Span) {
			if d := ch.person.Died.First(); d.Compare(ch.valid[0].lo) > 0 {
				ch.valid[0].lo = d
			}
		}
		return ch
	}
	if ch.office != nil && (!ch.office.From.IsZero() || !ch.office.To.IsZero()) && rc.Modifier != "designate" {
		v := ival{lo: ch.office.From.First(), hi: ch.office.To.Last()}
		if past {
			v.hi = kb.Date{}
		}
		ch.valid = []ival{v}
	}
	return ch
}

// namesCountry reports whether the words of a claim before its title
// ("Congolese" in "Congolese Prime Minister X") name the country of one
// of roles as well as the country the mention stage chose: a demonym or
// name shared by two countries.
func (c *checker) namesCountry(rc doc.RoleClaim, roles []kb.Role) bool {
	if len(roles) == 0 || rc.TitleSpan.Start <= rc.Span.Start || rc.TitleSpan.Start > len(c.d.Text) {
		return false
	}
	prefix := " " + kb.Fold(c.d.Text[rc.Span.Start:rc.TitleSpan.Start]) + " "
	for _, r := range roles {
		a, ok := c.k.Actor(r.Country)
		if !ok {
			continue
		}
		for _, n := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
			if f := kb.Fold(n); f != "" && strings.Contains(prefix, " "+f+" ") {
				return true
			}
		}
	}
	return false
}

// officeKey returns the key part of an office id ("ISR.ambassador:USA" →
// "ambassador:USA").
func officeKey(id string) string {
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// keyGroups are office keys a title may name interchangeably.
var keyGroups = [][]string{
	{kb.OfficeHeadOfState, kb.OfficePresident, kb.OfficeMonarch, kb.OfficeSupremeLeader},
	{kb.OfficeHeadOfGovernment, kb.OfficePrimeMinister, kb.OfficeChancellor},
}

// keyMatches reports whether a role with office key roleKey answers a
// claim of office key claimKey.
func keyMatches(claimKey, roleKey string) bool {
	if claimKey == roleKey {
		return true
	}
	if claimKey == kb.OfficeAmbassador && strings.HasPrefix(roleKey, kb.OfficeAmbassadorPrefix) {
		return true
	}
	// A generic key matches the specific ones of its group and the
	// other way round; two specific keys never match each other.
	for _, g := range keyGroups {
		if (claimKey == g[0] && contains(g, roleKey)) || (roleKey == g[0] && contains(g, claimKey)) {
			return true
		}
	}
	return false
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// pastAsOf reports whether day falls after the as-of date of the source
// of every one of roles: what the sources know ends before it.
func (c *checker) pastAsOf(roles []kb.Role, day kb.Date) bool {
	for _, r := range roles {
		if asOf := c.k.AsOf(r.Source); asOf.IsZero() || day.Compare(asOf.Last()) <= 0 {
			return false
		}
	}
	return len(roles) > 0
}

// roleTruth says whether role r covers day, respecting precision and the
// as-of date of its source: an open role is Unknown past it.
func (c *checker) roleTruth(r kb.Role, day kb.Date) kb.Truth {
	t := r.Period().Holds(day)
	if t == kb.True && r.End.IsZero() {
		if asOf := c.k.AsOf(r.Source); asOf.IsZero() || day.Compare(asOf.Last()) > 0 {
			return kb.Unknown
		}
	}
	return t
}

func (c *checker) officeEvidence(o *kb.Office) doc.Evidence {
	fact := o.Name + ": "
	switch {
	case o.Never:
		fact += "no such office has ever existed"
	case !o.To.IsZero() && !o.From.IsZero():
		fact += "office existed " + dateString(o.From) + " → " + dateString(o.To)
	case !o.To.IsZero():
		fact += "office abolished " + dateString(o.To)
	case !o.From.IsZero():
		fact += "office created " + dateString(o.From)
	default:
		fact += "office"
	}
	if o.Note != "" {
		fact += " (" + o.Note + ")"
	}
	return doc.Evidence{KB: o.ID, Fact: fact, Source: o.Source, AsOf: dateString(c.k.AsOf(o.Source))}
}

func (c *checker) finding(ch *claimCheck, kind, verdict, expl string, ev []doc.Evidence) {
	claim := ch.label
	if c.dated {
		claim += " (article date " + c.dayISO() + ")"
	}
	c.add(doc.Finding{Kind: kind, Verdict: verdict, Span: ch.rc.Span, Claim: claim, Explanation: expl, Evidence: ev})
}

// office is KB.Office(id), the latest answer kept: resolveTitle and
// then prepare ask it of each claim in turn.
func (c *checker) office(id string) (*kb.Office, bool) {
	if c.lastOffice != nil && c.lastOfficeID == id {
		return c.lastOffice, true
	}
	o, ok := c.k.Office(id)
	if ok {
		c.lastOfficeID, c.lastOffice = id, o
	}
	return o, ok
}

// findingBytes is finding with the explanation written in b: the claim
// is written after it and the two become one string, one allocation
// for both (a dated article's claims are judged once each, most
// supported).
func (c *checker) findingBytes(ch *claimCheck, kind, verdict string, b []byte, ev []doc.Evidence) {
	n := len(b)
	b = append(b, ch.label...)
	if c.dated {
		b = append(append(append(b, " (article date "...), c.dayISO()...), ')')
	}
	s := string(b)
	c.add(doc.Finding{Kind: kind, Verdict: verdict, Span: ch.rc.Span, Claim: s[n:], Explanation: s[:n], Evidence: ev})
}

// oneEvidence returns a slice holding e alone, carved from a block
// shared by the document's findings; its capacity is one, so an append
// copies rather than writes into the next finding's evidence.
func (c *checker) oneEvidence(e doc.Evidence) []doc.Evidence {
	if len(c.evBuf) == cap(c.evBuf) {
		c.evBuf = make([]doc.Evidence, 0, max(8, len(c.d.RoleClaims)))
	}
	c.evBuf = append(c.evBuf, e)
	k := len(c.evBuf)
	return c.evBuf[k-1 : k : k]
}

func (c *checker) personName(ch *claimCheck) string {
	if ch.person != nil {
		return ch.person.Name
	}
	return ch.rc.Person
}

func (c *checker) officeName(ch *claimCheck) string {
	if ch.office != nil {
		return ch.office.Name
	}
	switch ch.rc.Office {
	case kb.OfficeVicePresident, kb.OfficeDeputyPrimeMinister, kb.OfficeDeputyForeignMinister:
		// "Deputy President X" claims the deputy's office, whose title
		// the mention gives without its "Deputy"
		if t := strings.ToLower(ch.rc.Title); !strings.Contains(t, "deputy") && !strings.Contains(t, "vice") {
			return "deputy " + ch.rc.Title
		}
	}
	return ch.rc.Title
}

// atDay judges a claim in a dated article.
func (c *checker) atDay(ch *claimCheck) {
	day := c.day
	rc := ch.rc
	past := pastModifiers.Has(rc.Modifier)
	if c.laterBecame(&rc) {
		c.laterAtDay(ch, day)
		return
	}
	refs := c.claimRefs(rc.Span)
	clauseDated := false
	if len(refs) == 0 && c.dated && (c.subordinateAt(rc.Span.Start) || c.relativeTitle(&rc)) {
		// "…, decades after President Eisenhower broke off relations in
		// January 1961", "Robert Mugabe, who became prime minister in
		// 1980, died on Friday": the clause's own time, whatever the
		// main clause's "on Monday"
		refs = c.clauseTimes(rc.Span)
		clauseDated = len(refs) > 0
	}
	reported := false
	if when := c.whenAfterTime(rc.Span); rc.Modifier == "" && len(when) > 0 && c.actAfterClaim(rc.Span) {
		// "Finland joined NATO in April 2023, when Prime Minister X
		// signed the papers": the clause is of the time it hangs from
		refs, clauseDated, reported = when, true, true
	}
	if len(refs) == 0 && rc.Modifier == "" && c.pastAfterClaim(rc.Span) && c.recentSentence(rc.Span) {
		// "A former soldier told the commission on Monday that President
		// X ordered the killing in 2004": the reported clause's own
		// time, not the telling's
		refs = c.reportedClauseTimes(rc.Span)
		clauseDated = len(refs) > 0
		reported = clauseDated
	}
	if ch.office != nil && !past && rc.Modifier != "designate" && rc.Modifier != under && c.k.OfficeExists(ch.office.ID, day) == kb.False && !c.officeAtRefs(ch.office, refs) &&
		!(len(ch.roles) > 0 && (len(refs) == 0 || c.allLaterThanTold(ch, refs)) && c.retold(ch)) && // a holder of the office, in a sentence of the past: judged as a role
		!(ch.office.Never && rc.CountryHow == "context") { // a country only guessed from context may be the wrong one
		if r, ok := c.lastHolderJustAbolished(ch); ok {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				fmt.Sprintf("%s held this office until it was abolished on %s (%s), just before %s: the news of its end still gives the last holder the title.", c.personName(ch), dateText(r.End), periodText(r.Start, r.End), c.dayISO()),
				[]doc.Evidence{c.evidenceRole(r), c.officeEvidence(ch.office)})
			return
		}

		c.finding(ch, doc.FindOfficeNonexistent, doc.Contradicted,
			fmt.Sprintf("There was no %s on %s: %s.", ch.office.Name, c.dayISO(), officeLife(ch.office)),
			[]doc.Evidence{c.officeEvidence(ch.office)})
		return
	}
	if rc.PersonKBID == "" {
		switch {
		case len(refs) == 0 && c.pastRelativeTitle(&rc):
			c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
				fmt.Sprintf("%s is not in the KB; the title is told of a past act (\"%s\"), not of %s.", rc.Person, c.d.Text[rc.TitleSpan.Start:rc.TitleSpan.End], c.dayISO()), nil)
		case len(refs) == 0 && c.beforeList(ch) && (c.objectOfVerb(rc.Span) || !c.actsNow(ch)):
			// "Bolsonaro praised Chilean President Augusto Pinochet": a
			// holder before the KB's list begins, merely named
			c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
				fmt.Sprintf("%s is not in the KB; the sentence does not place the title at %s, and the KB lists the holders of %s only from %s: %s may have held it before.", rc.Person, c.dayISO(), ch.office.Name, dateText(ch.office.CompleteFrom), rc.Person), nil)
		case len(refs) == 0:
			c.unknownPerson(ch, day)
		case len(refs) == 1 && refs[0].lo.Compare(refs[0].hi) == 0:
			// "On April 6, 1994, … President X": the title is the
			// one of the sentence's own day
			c.unknownPerson(ch, refs[0].lo)
		default:
			c.unknownPersonIn(ch, refs[0])
		}
		return
	}
	name := c.personName(ch)
	if len(ch.roles) == 0 && ch.office != nil && rc.Modifier == "designate" && len(ch.other) == 0 {
		c.noRoleDesignate(ch, name)
		return
	}
	if len(ch.roles) == 0 {
		if len(ch.other) > 0 && rc.CountryHow != "context" {
			var ev []doc.Evidence
			for _, r := range ch.other {
				ev = append(ev, c.evidenceRole(r))
			}
			c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
				fmt.Sprintf("The KB records %s in this office for another country (%s), not as %s.", name, ch.other[0].Title, c.officeName(ch)), ev)
			return
		}
		if a := ch.person; a != nil && rc.CountryHow == "title" && a.Country != "" && rc.Country != "" && a.Country != rc.Country {
			// "Defence Secretary Gotabaya Rajapaksa": the title is
			// written as one country's office, but the person the KB
			// knows is of another, which may have a post so called
			c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
				fmt.Sprintf("The title reads as the %s, but the KB knows %s as a person of %s, which may have a post of that name.", c.officeName(ch), name, c.countryName(a.Country)), nil)
			return
		}
		if ch.office != nil && !past && len(refs) > 0 {
			// "Bouteflika became foreign minister in 1963": the claim is
			// of the time the sentence names, not of the article date
			c.noRoleAtRef(ch, name, refText(refs[0])+", the time the sentence names", refs[0])
			return
		}
		if a := ch.person; ch.office != nil && !past && a != nil && !a.Died.IsZero() && a.Died.Last().Compare(day) <= 0 && startClaim(rc, c.d.Text) {
			// "At 26, Bouteflika became foreign minister", in his
			// obituary: the start of a term in the life of a person
			// dead by the article date is of some time in that life
			lo := a.Born.First()
			if lo.IsZero() {
				lo = ch.office.From.First()
			}
			c.noRoleAtRef(ch, name, "the life of "+a.Name+", who died on "+dateText(a.Died), ival{lo: lo, hi: a.Died.Last()})
			return
		}
		if c.removedFromOther(ch, name) {
			return
		}
		if ch.office != nil && rc.Modifier == "then" {
			// "Lavrov, who was defence minister at the time, visited
			// Damascus in 2016": the title is of the time named
			if refs := c.thenRefs(rc.Span); len(refs) > 0 {
				v := spanOf(refs)
				c.noRoleAtRef(ch, name, refText(v)+", the time the sentence names", v)
				return
			}
		}
		if ch.office != nil && rc.Modifier == "former" {
			// "Former Israeli President X, who left office in 2009,":
			// the term the clause dates
			if refs := c.termClauseAfter(&rc); len(refs) > 0 {
				v := spanOf(refs)
				c.noRoleAtRef(ch, name, refText(v)+", the term a clause about "+name+" dates", v)
				return
			}
		}
		if c.neverHeldInLife(ch, name, day) || c.deputyActing(ch, name, day) {
			return
		}
		if ch.office != nil && !past && c.k.Complete(ch.office.ID, day) {
			if other := c.namesake(ch); other != "" {
				c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
					fmt.Sprintf("%q may name %s, who held the office, rather than %s.", ch.rc.Person, other, name), nil)
				return
			}
			ev, holders := c.holders(ch.office.ID, day)
			if len(holders) > 0 {
				c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
					fmt.Sprintf("%s never held the office in the KB; on %s the %s was %s.", name, c.dayISO(), ch.office.Name, strings.Join(holders, " and ")), ev)
				return
			}
			// "Prime Minister Aung San Suu Kyi" in 2021, when Myanmar
			// had no prime minister: no one held the post, so neither
			// did she (a country only guessed from context may be the
			// wrong one, an acting holder one the KB does not list, and
			// the head who exercised the vacant office's powers may be
			// given its title loosely)
			if g, ok := c.k.Vacancy(ch.office.ID, day); ok && rc.CountryHow != "context" && rc.Modifier != "acting" && rc.Modifier != "caretaker" && rc.Modifier != "interim" &&
				(ch.person == nil || !c.k.HeadOn(ch.person.ID, ch.office.Country, day)) {
				c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
					fmt.Sprintf("%s never held the office in the KB, and on %s no one did: the %s had no holder from %s to %s.", name, c.dayISO(), ch.office.Name, g.From, g.To),
					[]doc.Evidence{{KB: ch.office.ID, Fact: fmt.Sprintf("%s: no holder %s → %s (%s)", ch.office.Name, g.From, g.To, g.Reason), Source: ch.office.Source, AsOf: dateString(c.k.AsOf(ch.office.Source))}})
				return
			}
		}
		// The dead hold no office: a present title on a person the KB
		// knows died before the date is false whoever held it, when the
		// sentence places the person at the date and at no earlier time.
		if a := ch.person; a != nil && !past && !a.Died.IsZero() && a.Died.Last().Compare(day) < 0 && len(refs) == 0 && c.actsNow(ch) {
			ev := []doc.Evidence{{KB: a.ID, Fact: fmt.Sprintf("%s: died %s", a.Name, a.Died), Source: a.Source, AsOf: c.k.AsOf(a.Source).String()}}
			c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
				fmt.Sprintf("%s died on %s and could not be %s on %s.", name, a.Died, c.officeName(ch), c.dayISO()), ev)
			return
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("The KB has no record of %s as %s.", name, c.officeName(ch)), nil)
		return
	}
	// the evidence of all the roles, built only for the findings that
	// cite them all
	allEvidence := func() []doc.Evidence {
		var ev []doc.Evidence
		for _, r := range ch.roles {
			ev = append(ev, c.evidenceRole(r))
		}
		return ev
	}
	switch {
	case past:
		c.pastAtDay(ch, day, allEvidence())
		return
	case rc.Modifier == "designate":
		if c.designateAtRefs(ch, refs, name) {
			return
		}
		c.designateAtDay(ch, day, name, allEvidence())
		return
	case c.outgoingAfterEnd(ch, day, name), c.newBeforeStart(ch, day, name), c.captionAtRefs(ch, name, refs):
		return
	}
	if reported && c.actBeforeTerm(ch, refs, name, allEvidence) {
		return
	}
	best := kb.False
	for _, r := range ch.roles {
		switch c.roleTruth(r, day) {
		case kb.True:
			if c.sinceMismatch(ch, r, name) || c.actingMismatch(ch, r, name) {
				return
			}
			var buf [160]byte // the explanation, built in one string
			b := append(append(append(buf[:0], name...), " held this office on "...), c.dayISO()...)
			b = append(appendPeriod(append(b, " ("...), r.Start, r.End), ")."...)
			c.findingBytes(ch, doc.FindRoleMismatch, doc.Supported, b, c.oneEvidence(c.evidenceRole(r)))
			return
		case kb.Unknown:
			best = kb.Unknown
		}
	}
	// A sentence about an earlier time ("was killed in May along with
	// President X") makes its claim about that time.
	for _, ref := range refs {
		for _, r := range ch.roles {
			if _, ok := loose(r.Period()).intersect(ref); ok {
				c.finding(ch, doc.FindRoleMismatch, doc.Supported,
					fmt.Sprintf("%s held this office in the time the sentence refers to (%s; %s).", name, ref, periodText(r.Start, r.End)), []doc.Evidence{c.evidenceRole(r)})
				return
			}
		}
	}
	// "under President X" is about X's rule, at any time up to the date.
	if rc.Modifier == under {
		c.pastAtDay(ch, day, allEvidence())
		return
	}
	// The object of a removal ("removed President X from office", "the
	// ouster of President X") names the office held until that event:
	// a term the KB ends on or before the date fits it; nothing later
	// contradicts it.
	// A departure ("President X fled") names the office held until then
	// only when the sentence reports it as news: a term the KB ends
	// years before is the same wrong title as any other.
	removal := c.removalObject(rc.Span) && (!c.custodyObject(rc.Span) || c.endedNearOK(ch.roles))
	// A holder held by those who removed him ("President X was in
	// custody", the day after a coup) is news of the removal only while
	// it is fresh: detentions outlast it by years.
	leaving := c.leavingSubject(rc.Span) && c.departureNews(rc.Span, ch.roles) || c.custodySubject(rc.Span) && c.endedWithin(ch.roles, 14)
	if removal || leaving {
		what := "removal"
		if !removal {
			what = "departure"
		}
		if r, ok := c.endedNear(ch.roles); ok {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				fmt.Sprintf("%s held this office until %s (%s); the sentence reports the %s.", name, dateText(r.End), periodText(r.Start, r.End), what), []doc.Evidence{c.evidenceRole(r)})
			return
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("The title names the office %s held until the %s the sentence reports; the KB does not date that %s near %s.", name, what, what, c.dayISO()), allEvidence())
		return
	}
	if c.diedInOffice(ch, day, name) {
		return
	}
	// A sentence about a day of the week before the article ("entered
	// Kabul on Sunday", the day the president left) makes its claim
	// about that day.
	if ref, r, ok := c.recentRef(rc.Span, ch.roles); ok {
		c.finding(ch, doc.FindRoleMismatch, doc.Supported,
			fmt.Sprintf("%s held this office on %s, the time the sentence refers to (%s).", name, refText(ref), periodText(r.Start, r.End)), []doc.Evidence{c.evidenceRole(r)})
		return
	}
	ev := allEvidence()
	if best == kb.Unknown {
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("The KB cannot tell whether %s held this office on %s: its dates are too coarse or the date is past its as-of date.", name, c.dayISO()), ev)
		return
	}
	var periods []string
	for _, r := range ch.roles {
		periods = append(periods, periodText(r.Start, r.End))
	}
	// A former holder merely mentioned ("an affair with President
	// Clinton", "President Bush's troop surge") may carry a courtesy or
	// historical title; the claim is about the article date only when
	// the sentence places the person there.
	// A surname alone ("President Bush" in 1990) may name a namesake
	// the KB does not list, where its list of holders is not complete,
	// unless the article has named that person in full before ("Jacob
	// Zuma appeared in court. President Zuma said").
	if len(strings.Fields(ch.rc.Person)) == 1 && (ch.office == nil || !c.k.Complete(ch.office.ID, day)) && !c.namedInFull(ch.rc) {
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("%s held this office %s; on %s the name %q may denote a namesake the KB's incomplete list of holders lacks.", name, strings.Join(periods, " and "), c.dayISO(), ch.rc.Person), ev)
		return
	}
	// "then-Prime Minister X had told President Y": the sentence is of
	// X's time, and Y's title of it too.
	if peer, then, r, ok := c.thenFrame(ch); ok && endedBefore(ch.roles, day) {
		c.finding(ch, doc.FindRoleMismatch, doc.Supported,
			fmt.Sprintf("%s held this office %s, while %s held the title the sentence gives with \"then\" (%s).", name, periodText(r.Start, r.End), c.d.Slice(peer.Span), periodText(then.Start, then.End)),
			[]doc.Evidence{c.evidenceRole(r), c.evidenceRole(then)})
		return
	}
	// The object of an arrest the sentence reports ("police arrested
	// Prime Minister X") is in the news at the date like a subject.
	if endedBefore(ch.roles, day) && !clauseDated && (c.retold(ch) || c.objectOfVerb(rc.Span) || !c.actsNow(ch) && !(c.pastMainVerb(ch) && !c.endedWithin(ch.roles, 7)) && !c.custodyObject(rc.Span)) {
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("%s held this office %s; the sentence does not place the title at %s (it may be historical or a courtesy title).", name, strings.Join(periods, " and "), c.dayISO()), ev)
		return
	}
	if len(refs) > 0 {
		// "In 2005, President X": the sentence's time was checked
		expl := fmt.Sprintf("%s held this office only %s, not in the time the sentence refers to (%s)", name, strings.Join(periods, " and "), refText(refs[0]))
		if hev, holders := c.holdersIn(ch.roles[0].Office, refs[0]); len(holders) > 0 {
			expl += "; then it was held by " + strings.Join(holders, " and ")
			ev = append(ev, hev...)
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, expl+".", ev)
		return
	}
	// An acting, interim or caretaker holder may be named at any time
	// beside the regular one: past the KB's as-of date its silence says
	// nothing ("Acting Prime Minister Phumtham Wechayachai" in July 2025,
	// acting again after the court suspended the prime minister).
	if m := rc.Modifier; (m == "acting" || m == "interim" || m == "caretaker") && c.pastAsOf(ch.roles, day) {
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("%s held this office %s; the KB cannot tell whether %s was appointed %s again by %s, past its as-of date.", name, strings.Join(periods, " and "), name, m, c.dayISO()), ev)
		return
	}
	if t, ok := c.distantPastRef(rc.Span); ok && endedBefore(ch.roles, day) {
		// "Years ago, Prime Minister X wrote to Brussels": the title is
		// of an undated time years before the article's
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("%s held this office %s; the sentence places the title at an undated earlier time (%q), not at %s.", name, strings.Join(periods, " and "), t, c.dayISO()), ev)
		return
	}
	if r, days, ok := c.removedJustBefore(ch.roles); ok {
		// "President Win Myint" the day after the coup that removed
		// him: the press keeps a removed holder's title for the first
		// days (and a deposed leader may still claim it); the desk is
		// told how recent the removal was, not that the title is false
		how := ""
		if r.EndReason == "coup" {
			how = " in a coup"
		}
		expl := fmt.Sprintf("%s was removed from this office%s on %s, %s before %s; the title is still common in the first days after a removal", name, how, dateText(r.End), daysText(days), c.dayISO())
		if hev, holders := c.holders(ch.roles[0].Office, day); len(holders) > 0 {
			expl += "; on that date it was held by " + strings.Join(holders, " and ")
			ev = append(ev, hev...)
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable, expl+".", ev)
		return
	}
	expl := fmt.Sprintf("%s held this office only %s, not on %s", name, strings.Join(periods, " and "), c.dayISO())
	if hev, holders := c.holders(ch.roles[0].Office, day); len(holders) > 0 {
		expl += "; on that date it was held by " + strings.Join(holders, " and ")
		ev = append(ev, hev...)
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, expl+".", ev)
}

// removalGraceDays is how many days after a removal (a coup, a
// dismissal, an impeachment) a title of the removed holder is not
// called false: news of the first days still gives it.
const removalGraceDays = 2

// removedJustBefore returns the role of roles that a removal ("coup",
// "removed") ended, to the day, one to removalGraceDays days before the
// article date, and how many days before.
func (c *checker) removedJustBefore(roles []kb.Role) (kb.Role, int, bool) {
	from := kb.DateOf(c.day.Time().AddDate(0, 0, -removalGraceDays))
	for _, r := range roles {
		if r.EndReason != "coup" && r.EndReason != "removed" || r.End.Precision() != "day" {
			continue
		}
		if r.End.Compare(c.day) >= 0 || r.End.Compare(from) < 0 {
			continue
		}
		return r, int(c.day.Time().Sub(r.End.Time()).Hours() / 24), true
	}
	return kb.Role{}, 0, false
}

// daysText writes a count of days: "1 day", "2 days".
func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// actBeforeTerm flags a title given to the subject of a reported past
// act dated before the holder's first term of the office, when the KB
// lists every holder of it through the act's time: "a former police
// officer told the commission on Thursday that President Adama Barrow
// ordered the arrest of protesters in April 2000", in 2019, while Barrow
// took office in 2017 and Yahya Jammeh held it in 2000. The reported
// clause is of its own time (reportedClauseTimes), whatever the title
// at the article's date.
func (c *checker) actBeforeTerm(ch *claimCheck, refs []ival, name string, allEvidence func() []doc.Evidence) bool {
	if ch.office == nil || len(ch.roles) == 0 || !c.adverbialTimesAfter(ch.rc.Span) {
		return false
	}
	v := spanOf(refs)
	if v.lo.IsZero() || v.hi.IsZero() || !c.k.Complete(ch.office.ID, v.lo) || !c.k.Complete(ch.office.ID, v.hi) {
		return false
	}
	for _, r := range ch.roles {
		if r.Start.IsZero() || r.Start.First().Compare(v.hi) <= 0 {
			return false // a term by the act's time, or one the KB does not date
		}
	}
	hev, holders := c.holdersIn(ch.office.ID, v)
	if len(holders) == 0 {
		return false
	}
	ev := append(allEvidence(), hev...)
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
		fmt.Sprintf("%s took this office only on %s, after the time of the act the sentence reports (%s); then it was held by %s.", name, dateText(ch.roles[0].Start), refText(v), strings.Join(holders, " and ")), ev)
	return true
}

// timePreps are the prepositions that make a time after a verb the
// time of its act ("ordered the arrest in April 2000").
var timePreps = wordset.Of("in on during since until by from between around")

// adverbialTimesAfter reports whether every date after span in its
// sentence follows a preposition of timePreps: a year that modifies a
// noun ("ordered a review of the 2005 election results") dates no act.
func (c *checker) adverbialTimesAfter(span doc.Span) bool {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return false
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || t.Span.Start < span.End || !s.Contains(t.Span) {
			continue
		}
		head := strings.TrimRight(c.d.Text[span.End:t.Span.Start], " ")
		w := strings.ToLower(head[lastSpace(head)+1:])
		if !timePreps.Has(w) && !timePreps.HasLower(strings.Fields(c.d.Text[t.Span.Start:t.Span.End])[0]) {
			return false
		}
	}
	return true
}

// pastAtDay judges "former", "late" and "then-" claims on day.
func (c *checker) pastAtDay(ch *claimCheck, day kb.Date, ev []doc.Evidence) {
	name := c.personName(ch)
	// "the late President" of someone who died only after the article
	if a := ch.person; ch.rc.Modifier == "late" && a != nil && !a.Died.IsZero() && a.Died.First().Compare(day.Last()) > 0 {
		ev = append(ev, doc.Evidence{KB: a.ID, Fact: fmt.Sprintf("%s: died %s", a.Name, a.Died), Source: a.Source, AsOf: c.k.AsOf(a.Source).String()})
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s was alive on %s (died %s), not the late holder.", name, dateText(day), a.Died), ev)
		return
	}
	// "then-" with a time the sentence names is about that time; a time
	// inside the claim ("X, foreign minister from 2017 to 2019,") is
	// the claim's own, whatever else the sentence dates.
	if ch.rc.Modifier == "then" {
		if refs := c.thenRefs(ch.rc.Span); len(refs) > 0 {
			c.thenAtRefs(ch, refs, ev)
			return
		}
	}
	if c.untilMismatch(ch, name, ev) {
		return
	}
	// A sitting holder is not a former one, whatever earlier terms he
	// served, nor dead ("the late President X" while the KB has X in the
	// office that day: a holder's term ends at death).
	if ch.rc.Modifier == "former" || ch.rc.Modifier == "late" {
		for _, r := range ch.roles {
			if c.roleTruth(r, day) == kb.True && r.Start.Last().Compare(day) < 0 && !handoverDay(r, day) {
				what := "not a former holder"
				if ch.rc.Modifier == "late" {
					what = "alive, not the late holder"
				}
				c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s was still in this office on %s (%s), %s.", name, dateText(day), periodText(r.Start, r.End), what), ev)
				return
			}
		}
	}
	// the explanation names a full term before an acting one
	// ("Former President Goodluck Jonathan" held it 2010-05-06 →
	// 2015-05-29, not only as acting president in 2010), and of several
	// the last to end before the date ("then-President Mikheil
	// Saakashvili" in 2024: 2008–2013, not his first term)
	var ended *kb.Role
	for i := range ch.roles {
		r := &ch.roles[i]
		if !r.End.IsZero() && r.End.Last().Compare(day) <= 0 && (ended == nil || ended.Qualifier != "" && r.Qualifier == "" || (ended.Qualifier == "") == (r.Qualifier == "") && r.End.Last().Compare(ended.End.Last()) > 0) {
			ended = r
		}
	}
	if ended != nil {
		c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s held this office %s.", name, periodText(ended.Start, ended.End)), []doc.Evidence{c.evidenceRole(*ended)})
		return
	}
	allLater := true
	for _, r := range ch.roles {
		if r.Start.IsZero() || r.Start.First().Compare(day) <= 0 {
			allLater = false
		}
	}
	if allLater {
		if from, ok := c.knownBefore(ch); !ok {
			// "former prime minister Nawaz Sharif" in 2008: the KB's
			// list of holders starts after his first terms.
			c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable, fmt.Sprintf("The KB records %s in this office only from %s, after %s, and knows every holder only from %s: an earlier term cannot be ruled out.", name, dateText(ch.roles[0].Start), dateText(day), dateText(from)), ev)
			return
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s took this office only on %s, after %s.", name, dateText(ch.roles[0].Start), dateText(day)), ev)
		return
	}
	if ch.rc.Modifier == "former" {
		for _, r := range ch.roles {
			if c.roleTruth(r, day) == kb.True && r.Start.Last().Compare(day) < 0 {
				c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s was still in this office on %s (%s), not a former holder.", name, dateText(day), periodText(r.Start, r.End)), ev)
				return
			}
		}
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable, fmt.Sprintf("The KB cannot confirm that %s had left this office by %s.", name, dateText(day)), ev)
}

// knownBefore reports whether the KB knows every term the person could
// have served in the claim's office before the claim. It does when the
// office's holder list is complete from the office's creation, or from
// the person's eighteenth birthday when that is later; or when the KB
// records a term of the person that starts before the complete list
// does: a person's record that reaches back before the list was written
// out in full. Only then do terms that all start after the claim's date
// contradict a "former" holder. from is where the office's complete
// list begins (zero when it has none).
func (c *checker) knownBefore(ch *claimCheck) (from kb.Date, ok bool) {
	o, found := c.k.Office(ch.roles[0].Office)
	if !found || o.CompleteFrom.IsZero() {
		return kb.Date{}, false
	}
	for _, r := range ch.roles {
		if !r.Start.IsZero() && r.Start.First().Compare(o.CompleteFrom.First()) < 0 {
			return o.CompleteFrom, true
		}
	}
	earliest := o.From
	if a := ch.person; a != nil && !a.Born.IsZero() {
		b := a.Born.First()
		adult := kb.Date{Year: b.Year + 18, Month: b.Month, Day: b.Day}
		if earliest.IsZero() || adult.First().Compare(earliest.First()) > 0 {
			earliest = adult
		}
	}
	if earliest.IsZero() {
		return o.CompleteFrom, false
	}
	return o.CompleteFrom, c.k.Complete(o.ID, earliest)
}

// unknownPerson judges a claim whose person is not in the KB.
func (c *checker) unknownPerson(ch *claimCheck, day kb.Date) {
	if ch.office == nil || pastModifiers.Has(ch.rc.Modifier) || ch.rc.Modifier == "designate" {
		return
	}
	// A country inferred from context ("Michael Mulgrew, president of the
	// teachers' union") is too weak to call a stranger an impostor.
	weak := ch.rc.CountryHow == "" || ch.rc.CountryHow == "context"
	if !weak && c.k.Complete(ch.office.ID, day) {
		ev, holders := c.holders(ch.office.ID, day)
		if len(holders) > 0 {
			if c.resembles(ch.rc.Person, holders) {
				c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
					fmt.Sprintf("%s is not in the KB; the name resembles %s, who held the office on %s.", ch.rc.Person, strings.Join(holders, " and "), dateText(day)), ev)
				return
			}
			if named, nev := c.holdersNamed(ch); len(named) > 0 {
				// "Kenyan President Kenyatta" in 2023: a surname of
				// holders at other times, not a stranger's
				c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
					fmt.Sprintf("On %s the %s was %s; the holders named %s held it only at other times (%s).", dateText(day), ch.office.Name, strings.Join(holders, " and "), ch.rc.Person, strings.Join(named, "; ")), append(ev, nev...))
				return
			}
			c.finding(ch, doc.FindUnknownPerson, doc.Contradicted,
				fmt.Sprintf("On %s the %s was %s; the KB's list of holders is complete for that date and has no %s.", dateText(day), ch.office.Name, strings.Join(holders, " and "), ch.rc.Person), ev)
			return
		}
		// no role can cover the day: a vacancy the complete list records
		// (kb/data/gaps.txt reviews each); an acting or caretaker claimant
		// may be one the KB does not list
		if ch.rc.Modifier != "acting" && ch.rc.Modifier != "caretaker" && len(c.k.HoldersAt(ch.office.ID, day)) == 0 {
			c.finding(ch, doc.FindUnknownPerson, doc.Contradicted,
				fmt.Sprintf("On %s the %s was vacant; the KB's list of holders is complete for that date and has no %s.", dateText(day), ch.office.Name, ch.rc.Person), nil)
			return
		}
	}
	if weak {
		c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
			fmt.Sprintf("%s is not in the KB; the title's country (%s) is only inferred from context, too weak to call the claim false.", ch.rc.Person, ch.office.Name), nil)
		return
	}
	c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
		fmt.Sprintf("%s is not in the KB, and its list of holders of %s is not complete for %s.", ch.rc.Person, ch.office.Name, dateText(day)), nil)
}

// unknownPersonIn judges the title of a person the KB lacks in a
// sentence about a stretch of the past ("In 1994, President X"): it is
// false only when one holder the KB lists completely held the office
// all through the stretch.
func (c *checker) unknownPersonIn(ch *claimCheck, v ival) {
	if ch.office == nil || pastModifiers.Has(ch.rc.Modifier) || ch.rc.Modifier == "designate" {
		return
	}
	weak := ch.rc.CountryHow == "" || ch.rc.CountryHow == "context"
	if !weak && c.k.Complete(ch.office.ID, v.lo) && c.k.Complete(ch.office.ID, v.hi) {
		var held []kb.Role
		for _, rt := range c.k.HolderOn(ch.office.ID, v.lo) {
			if rt.Truth == kb.True && rt.Role.Period().Holds(v.hi) == kb.True {
				held = append(held, rt.Role)
			}
		}
		if len(held) == 1 {
			name := held[0].Person
			if a, ok := c.k.Actor(held[0].Person); ok {
				name = a.Name
			}
			ev := []doc.Evidence{c.evidenceRole(held[0])}
			if c.resembles(ch.rc.Person, []string{name}) {
				c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
					fmt.Sprintf("%s is not in the KB; the name resembles %s, who held the office all through %s.", ch.rc.Person, name, v), ev)
				return
			}
			c.finding(ch, doc.FindUnknownPerson, doc.Contradicted,
				fmt.Sprintf("All through %s, the time the sentence names, the %s was %s; the KB's list of holders is complete then and has no %s.", v, ch.office.Name, name, ch.rc.Person), ev)
			return
		}
	}
	c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
		fmt.Sprintf("%s is not in the KB; the sentence is about %s, and the KB's list of holders of %s does not settle that time.", ch.rc.Person, v, ch.office.Name), nil)
}

// noRoleAtRef judges the claim of a KB person the KB never records in the
// office, made of an earlier time v the sentence names: contradicted
// when the KB's list of holders is complete all through v, else
// unverifiable (the KB's lists begin at different times; an old office
// before them says nothing about the person).
func (c *checker) noRoleAtRef(ch *claimCheck, name, when string, v ival) {
	if !v.lo.IsZero() && c.k.Complete(ch.office.ID, v.lo) && c.k.Complete(ch.office.ID, v.hi) && c.namesake(ch) == "" {
		if ev, holders := c.holdersIn(ch.office.ID, v); len(holders) > 0 {
			c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
				fmt.Sprintf("%s never held the office in the KB; in %s, the %s was %s.", name, when, ch.office.Name, strings.Join(holders, " and ")), ev)
			return
		}
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
		fmt.Sprintf("The KB has no record of %s as %s; its list of holders does not settle %s.", name, c.officeName(ch), when), nil)
}

// startClaim reports whether a claim's text tells of the start of a term
// in the past ("Bouteflika became foreign minister").
func startClaim(rc doc.RoleClaim, text string) bool {
	claim := " " + text[rc.Span.Start:rc.Span.End] + " "
	for _, v := range startVerbs {
		if v != " becomes " && strings.Contains(claim, v) {
			return true
		}
	}
	return false
}

// holders returns evidence and names of whoever certainly held an office
// on day.
func (c *checker) holders(officeID string, day kb.Date) ([]doc.Evidence, []string) {
	var ev []doc.Evidence
	var names []string
	for _, rt := range c.k.HolderOn(officeID, day) {
		if rt.Truth != kb.True {
			continue
		}
		ev = append(ev, c.evidenceRole(rt.Role))
		name := rt.Role.Person
		if a, ok := c.k.Actor(rt.Role.Person); ok {
			name = a.Name
		}
		if rt.Role.Qualifier != "" {
			name += " (" + rt.Role.Qualifier + ")"
		}
		names = append(names, name)
	}
	return ev, names
}

// resembles reports whether an unknown name shares a distinctive word
// (four letters or more) with one of names: a likely variant spelling
// that alias matching missed, which must not be called an impostor. A
// name of one word is the surname of whoever bears it, however short
// ("Kim" for Kim Jong Un, "Xi", "Lee"). A given name that opens many KB
// people's names (c.given: "Mohammad", "John") is not distinctive in a
// longer name: Mohammad Bagher Soltani is no variant of Mohammad-Reza
// Gharaei Ashtiani.
func (c *checker) resembles(name string, names []string) bool {
	words := map[string]bool{}
	fields := strings.Fields(kb.Fold(name))
	for i, w := range fields {
		if len(fields) > 1 && i == 0 && c.given[w] {
			continue
		}
		if len(w) >= 4 || len(fields) == 1 {
			words[w] = true
		}
	}
	for _, n := range names {
		for w := range strings.FieldsSeq(kb.Fold(n)) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// holdersNamed returns the holders of the claim's office, ever, whose
// name holds the claim's one-word name ("Kenyatta": "Uhuru Kenyatta
// 2013-04-09 → 2022-09-13"), each with the period of that role, and
// the roles' evidence.
func (c *checker) holdersNamed(ch *claimCheck) ([]string, []doc.Evidence) {
	words := strings.Fields(kb.Fold(ch.rc.Person))
	if len(words) != 1 || len(words[0]) < 4 {
		return nil, nil
	}
	var named []string
	var ev []doc.Evidence
	for _, r := range c.k.Holders(ch.office.ID) {
		a, ok := c.k.Actor(r.Person)
		if !ok || !slices.Contains(strings.Fields(kb.Fold(a.Name)), words[0]) {
			continue
		}
		named = append(named, a.Name+" "+periodText(r.Start, r.End))
		ev = append(ev, c.evidenceRole(r))
	}
	return named, ev
}

func officeLife(o *kb.Office) string {
	switch {
	case o.Never:
		return "there has never been such an office"
	case !o.To.IsZero() && !o.From.IsZero():
		return "the office existed only " + dateString(o.From) + " → " + dateString(o.To)
	case !o.To.IsZero():
		return "the office was abolished on " + dateString(o.To)
	case !o.From.IsZero():
		return "the office was created only on " + dateString(o.From)
	}
	return "the office did not exist then"
}

// againstWindow judges a claim in an undated article against the window
// the other claims fix. strong says the window is backed by at least two
// claims on one stretch of time, so a claim outside it is contradicted.
//
// Its frequent explanations are concatenated, not written by
// fmt.Sprintf: their arguments are strings or an ival, whose String is
// what %s writes.
func (c *checker) againstWindow(ch *claimCheck, w ival, strong, backed bool) {
	rc := ch.rc
	if ch.valid == nil {
		if rc.PersonKBID == "" && backed {
			c.unknownInWindow(ch, w)
		}
		if rc.PersonKBID != "" && len(ch.roles) == 0 {
			c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
				fmt.Sprintf("The KB has no record of %s as %s.", c.personName(ch), c.officeName(ch)), nil)
		}
		return
	}
	if ch.historical {
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			c.personName(ch)+" held this office "+describeRoles(ch.roles)+", before the period the article's other claims fix ("+w.String()+"); the sentence does not place the title then (it may be historical or a courtesy title).", c.claimEvidence(ch))
		return
	}
	in := anyIntersects(ch.valid, w)
	if rc.PersonKBID == "" {
		if ch.office != nil && strong && !in {
			c.finding(ch, doc.FindOfficeNonexistent, doc.Contradicted,
				fmt.Sprintf("There was no %s in the period the article's other claims fix (%s): %s.", ch.office.Name, w, officeLife(ch.office)),
				[]doc.Evidence{c.officeEvidence(ch.office)})
			return
		}
		if in && backed {
			c.unknownInWindow(ch, w)
		}
		return
	}
	var ev []doc.Evidence
	for _, r := range ch.roles {
		ev = append(ev, c.evidenceRole(r))
	}
	if rc.Modifier == "then" && len(ch.roles) > 0 {
		if refs := c.clauseRefs(rc.Span, c.absoluteRefs(rc.Span)); len(refs) > 0 {
			c.thenAtRefs(ch, refs, ev)
			return
		}
	}
	name := c.personName(ch)
	switch {
	case strong && !in:
		var periods []string
		for _, r := range ch.roles {
			periods = append(periods, periodText(r.Start, r.End))
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
			name+" held this office only "+strings.Join(periods, " and ")+", outside the period the article's other claims fix ("+w.String()+").", ev)
	case len(c.alts) > 1 && coversAll(ch.valid, c.alts):
		c.finding(ch, doc.FindRoleMismatch, doc.Supported,
			name+" held this office "+describeRoles(ch.roles)+"; the article is undated and its claims fit each of these periods equally ("+altsText(c.alts)+").", ev)
	case anyCovers(ch.valid, w) && c.hasWindow && (backed || c.d.DateWindow == nil || c.d.DateWindow.Consistent):
		// (a window the claim alone fixes, against another claim,
		// supports nothing: the article's claims conflict)
		if ch.anchored && !ch.departed && len(ch.valid) == 1 && ch.valid[0].hi.IsZero() {
			// "When the court disqualified Prime Minister X on July 28,
			// 2017": the title is dated by the sentence, not the window
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				fmt.Sprintf("%s held this office %s, at the time the sentence names (from %s); the article is from then or later.", name, describeRoles(ch.roles), ch.valid[0].lo), ev)
			break
		}
		if ch.departed {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				name+" held this office "+describeRoles(ch.roles)+"; the sentence reports the departure, so the article is from after it (window "+w.String()+").", ev)
			break
		}
		if rc.Modifier == under {
			// "under President X" tells of the rule, at any time from
			// its start: the term need not cover the window
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				name+" held this office "+describeRoles(ch.roles)+"; the sentence tells of that rule (\"under\"), which began before the article's estimated date window ("+w.String()+").", ev)
			break
		}
		if pastModifiers.Has(rc.Modifier) {
			// "Former President X": held before the window, not in it
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				name+" held this office "+describeRoles(ch.roles)+", before the article's estimated date window ("+w.String()+"), as the title says.", ev)
			break
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Supported,
			name+" held this office throughout the article's estimated date window ("+w.String()+").", ev)
	default:
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			"The article is undated; "+name+" held this office "+describeRoles(ch.roles)+".", ev)
	}
}

// unknownInWindow judges a person the KB does not know against the
// holders of the claimed office throughout an undated article's window,
// when the window is bounded, the holder list complete over it and the
// office's source knows the whole window.
func (c *checker) unknownInWindow(ch *claimCheck, w ival) {
	o := ch.office
	if o == nil || pastModifiers.Has(ch.rc.Modifier) || ch.rc.Modifier == "designate" || w.lo.IsZero() || w.hi.IsZero() {
		return
	}
	if ch.rc.CountryHow == "" || ch.rc.CountryHow == "context" || !c.k.Complete(o.ID, w.lo) {
		return
	}
	if asOf := c.k.AsOf(o.Source); asOf.IsZero() || w.hi.Compare(asOf.First()) > 0 {
		return
	}
	var names []string
	var ev []doc.Evidence
	for _, r := range c.k.Holders(o.ID) {
		if _, ok := loose(r.Period()).intersect(w); !ok {
			continue
		}
		name := r.Person
		if a, ok := c.k.Actor(r.Person); ok {
			name = a.Name
		}
		names = append(names, name)
		ev = append(ev, c.evidenceRole(r))
	}
	if len(names) == 0 {
		return
	}
	if c.resembles(ch.rc.Person, names) {
		c.finding(ch, doc.FindUnknownPerson, doc.Unverifiable,
			fmt.Sprintf("%s is not in the KB; the name resembles %s, who held the office in the article's date window (%s).", ch.rc.Person, strings.Join(names, " and "), w), ev)
		return
	}
	c.finding(ch, doc.FindUnknownPerson, doc.Contradicted,
		fmt.Sprintf("Throughout the period the article's other claims fix (%s) the %s was %s; the KB's list of holders is complete and has no %s.", w, o.Name, strings.Join(names, " or "), ch.rc.Person), ev)
}

func describeRoles(rs []kb.Role) string {
	var ps []string
	for _, r := range rs {
		ps = append(ps, periodText(r.Start, r.End))
	}
	return strings.Join(ps, " and ")
}

// noCommonDate reports each claim that fits none of the window's days,
// paired with a claim the window rests on that it cannot share a date
// with; a pair already reported (a title repeated later in the article,
// "King Abdullah … King Abdullah", also written another way: "Saudi King
// Abdullah … King Abdullah") is reported once.
func (c *checker) noCommonDate(checks []*claimCheck, w ival, flag func(*claimCheck) bool) {
	var told map[[2]string]bool
	for _, ch := range checks {
		if anyIntersects(ch.valid, w) || !flag(ch) {
			continue
		}
		// the partner named is one whose days are its term, when
		// there is one: "holds only 2021-08-15 → present" of a title
		// dated by its sentence would read as a term
		others := checks
		if k := slices.IndexFunc(checks, func(o *claimCheck) bool {
			return o != ch && !o.anchored && anyIntersects(o.valid, w) && disjointSets(ch.valid, o.valid)
		}); k >= 0 {
			others = checks[k:]
		}
		for _, other := range others {
			if other == ch || !anyIntersects(other.valid, w) || disjointSets(ch.valid, other.valid) == false {
				continue
			}
			pair := [2]string{ch.sameClaim(), other.sameClaim()}
			if told[pair] {
				break
			}
			if told == nil {
				told = map[[2]string]bool{}
			}
			told[pair] = true
			ev := c.claimEvidence(ch)
			ev = append(ev, c.claimEvidence(other)...)
			span := ch.rc.Span
			c.add(doc.Finding{
				Kind:    doc.FindNoCommonDate,
				Verdict: doc.Contradicted,
				Span:    span,
				Claim:   fmt.Sprintf("%q and %q", ch.label, other.label),
				Explanation: fmt.Sprintf("No single date fits both: %s holds only %s, %s only %s.",
					ch.label, onlySetText(ch.valid), other.label, onlySetText(other.valid)),
				Evidence: ev,
			})
			break
		}
	}
}

// sameClaim returns what two claims share when they say the same of
// one person: the KB person, office and modifier, else the claim as
// written.
func (ch *claimCheck) sameClaim() string {
	if ch.person == nil || ch.office == nil {
		return ch.label
	}
	return ch.person.ID + "|" + ch.office.ID + "|" + ch.rc.Modifier
}

func disjointSets(a, b []ival) bool {
	for _, x := range a {
		for _, y := range b {
			if _, ok := x.intersect(y); ok {
				return false
			}
		}
	}
	return true
}

// onlyPeriod writes a period after "only": an open one as "from START
// on" ("held this office only from 2017-11-24 on"), since "only
// 2017-11-24 → present" reads as a closed span ending today, which the
// KB cannot vouch for.
func onlyPeriod(start, end kb.Date) string {
	if end.IsZero() && !start.IsZero() {
		return "from " + strings.TrimSuffix(periodText(start, end), " → present") + " on"
	}
	return periodText(start, end)
}

// onlyRolesText is describeRoles after "only" (see onlyPeriod).
func onlyRolesText(rs []kb.Role) string {
	var ps []string
	for _, r := range rs {
		ps = append(ps, onlyPeriod(r.Start, r.End))
	}
	return strings.Join(ps, " and ")
}

// onlySetText is setText after "only" (see onlyPeriod).
func onlySetText(vs []ival) string {
	var ps []string
	for _, v := range vs {
		ps = append(ps, onlyPeriod(v.lo, v.hi))
	}
	return strings.Join(ps, " and ")
}

func setText(vs []ival) string {
	var ps []string
	for _, v := range vs {
		ps = append(ps, v.String())
	}
	return strings.Join(ps, " and ")
}

func (c *checker) claimEvidence(ch *claimCheck) []doc.Evidence {
	var ev []doc.Evidence
	for _, r := range ch.roles {
		ev = append(ev, c.evidenceRole(r))
	}
	if len(ev) == 0 && ch.office != nil {
		ev = append(ev, c.officeEvidence(ch.office))
	}
	return ev
}

// pastYearCues are words after which a year is one the article refers to
// as past or present: "since 2017", "in 2019", "from 2020", "late 2018".
var pastYearCues = wordset.FromMap(map[string]bool{"since": true, "in": true, "from": true, "after": true, "during": true,
	"of": true, "last": true, "early": true, "late": true, "mid": true,
	// "In June 2006 a warning system began operating"
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true})

// futureCues mark a sentence that looks ahead ("will", "by 2030").
var futureCues = wordset.FromMap(map[string]bool{"will": true, "plan": true, "plans": true, "planned": true, "target": true,
	"goal": true, "aim": true, "aims": true, "expected": true, "forecast": true, "projected": true, "by": true, "until": true})

// latestPastYear returns the latest year (1950–2099) the article refers
// to, after a cue word, in a sentence that does not look ahead; or 0.
func (c *checker) latestPastYear() int {
	best := 0
	for _, s := range c.d.Sentences {
		text := c.d.Slice(s)
		if !hasYear(text) {
			continue
		}
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		})
		future := false
		for _, w := range words {
			// "would open talks in June 2019": a date ahead of the
			// sentence's time, whatever its tense
			if futureCues.Has(w) || scheduleCues.Has(w) {
				future = true
				break
			}
		}
		if future {
			continue
		}
		for k := 1; k < len(words); k++ {
			w := words[k]
			if len(w) != 4 || !pastYearCues.Has(words[k-1]) {
				continue
			}
			y, err := strconv.Atoi(w)
			if err == nil && y >= 1950 && y <= 2099 && y > best {
				best = y
			}
		}
	}
	return best
}

// hasYear reports whether s holds four digits in a row, the cheap test
// before the year expressions.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// latestToldDay returns the latest explicit day ("on December 19,
// 2022", "2022-12-19") the article states, with its year written, in a
// sentence that does not look ahead: an event the article reports on
// that day dates it to that day or later. Relative days resolved from
// another date of the text do not count.
func (c *checker) latestToldDay() (kb.Date, bool) {
	var best kb.Date
	found := false
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || t.Anchor != "" || len(t.Value) != 10 || t.Value[0] < '1' || t.Value[0] > '2' {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil || d.Year < 1950 || found && d.Compare(best) <= 0 {
			continue
		}
		si := c.d.SentenceAt(t.Span.Start)
		if si < 0 || lookAhead(c.d.Slice(c.d.Sentences[si])) {
			continue
		}
		best, found = d, true
	}
	return best, found
}

// scheduleCues mark a day as one set for later ("is scheduled for
// March 3, 2031", "due on", "the upcoming vote").
var scheduleCues = wordset.Of("scheduled slated set due upcoming next shall would could may might")

// lookAhead reports whether a sentence holds one of futureCues or
// scheduleCues.
func lookAhead(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if futureCues.Has(w) || scheduleCues.Has(w) {
			return true
		}
	}
	return false
}

// latestUndated returns latestPastYear for an undated article with n > 0
// role claims that constrain its date, else 0 without scanning the text.
func (c *checker) latestUndated(n int) int {
	if c.dated || n == 0 {
		return 0
	}
	return c.latestPastYear()
}

// removalWords end a person's tenure: a title right after one of them
// ("ousted President X", "succeeding President X") or after one of them
// and "of" ("the overthrow of President X") is the office held until
// that event.
var removalWords = wordset.FromMap(map[string]bool{
	"removed": true, "removing": true, "remove": true, "removal": true,
	"ousted": true, "ousting": true, "oust": true, "ouster": true,
	"deposed": true, "deposing": true, "depose": true,
	"toppled": true, "toppling": true, "topple": true,
	"overthrew": true, "overthrown": true, "overthrowing": true, "overthrow": true,
	"unseated": true, "unseating": true, "unseat": true,
	"detained": true, "detaining": true, "detain": true, "detention": true,
	"arrested": true, "arresting": true, "arrest": true,
	"impeached": true, "impeaching": true, "impeach": true, "impeachment": true,
	"disqualified": true, "disqualifying": true, "disqualify": true, "disqualification": true,
	"dismissed": true, "dismissing": true, "dismiss": true, "dismissal": true,
	"sacked": true, "sacking": true,
	"assassinated": true, "assassination": true,
	// undoing a removal: "gave the junta a week to reinstate President
	// X", "demanded the release of President X" (a coup's detention)
	"reinstate": true, "reinstated": true, "reinstating": true, "reinstatement": true, "release": true,
	// leaving office: "accepted the resignation of President X"
	"resignation": true, "departure": true, "death": true, "killing": true, "murder": true,
	// a successor's taking over: "sworn in on Wednesday, succeeding
	// President X", "replacing caretaker Prime Minister Y"
	"succeeding": true, "succeeded": true, "succeeds": true, "replacing": true, "replaced": true, "replaces": true,
	// "was nominated on Wednesday to succeed Prime Minister X", "chosen
	// to replace Y" (e.g. Pakistan, the day after Gilani's removal)
	"succeed": true, "replace": true,
})

// removalObject reports whether the role claim at span is the object of
// a removal: the word before it (skipping "of" and a determiner) is one
// of removalWords.
func (c *checker) removalObject(span doc.Span) bool {
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return false
	}
	words := strings.Fields(c.d.Text[c.d.Sentences[si].Start:span.Start])
	n := len(words)
	last := func() string {
		return strings.ToLower(strings.Trim(words[n-1], `"'“”‘’(),`))
	}
	if n > 0 && (last() == "the" || last() == "then") {
		n--
	}
	if n > 0 && last() == "of" {
		n--
	}
	return n > 0 && removalWords.Has(last()) || seizureObject(words[:n]) || c.custodyPhraseObject(span) || c.forcedOutObject(span)
}

// custodyWords are the removalWords that take a person into custody
// without ending a term by themselves: "arrested Prime Minister X" is
// the removal only when the KB ends X's term near the article date (a
// coup's detention); years after X left office it is the old title.
var custodyWords = wordset.Of("detained detaining detain detention arrested arresting arrest")

// custodySubject reports whether the role claim at span is the subject
// of a state of custody: "was in custody", "is under house arrest",
// "remained under arrest".
func (c *checker) custodySubject(span doc.Span) bool {
	end := c.sentenceEndAfter(span)
	if end < 0 {
		return false
	}
	rest := c.d.Text[span.End:end]
	rest = strings.TrimLeft(rest[:min(len(rest), 40)], " ")
	verb, rest, _ := strings.Cut(rest, " ")
	switch verb {
	case "was", "were", "is", "are", "remained", "remains":
	default:
		return false
	}
	rest = strings.TrimPrefix(rest, "still ")
	return strings.HasPrefix(rest, "in custody") || strings.HasPrefix(rest, "under arrest") || strings.HasPrefix(rest, "under house arrest")
}

// custodyObject reports whether the role claim at span is the object of
// one of custodyWords, as removalObject reads it.
func (c *checker) custodyObject(span doc.Span) bool {
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return false
	}
	if c.custodyPhraseObject(span) {
		return true
	}
	words := strings.Fields(c.d.Text[c.d.Sentences[si].Start:span.Start])
	n := len(words)
	for k := 0; n > 0 && k < 3; k++ {
		w := strings.ToLower(strings.Trim(words[n-1], `"'“”‘’(),`))
		if custodyWords.Has(w) {
			return true
		}
		if w != "the" && w != "then" && w != "of" {
			return false
		}
		n--
	}
	return false
}

// leaveSkip are the words that may stand between a role claim and the
// verb of its leaving: "President X, who then fled", "President X has
// formally resigned".
var leaveSkip = map[string]bool{
	"who": true, "has": true, "had": true, "have": true, "then": true, "formally": true,
	"officially": true, "abruptly": true, "finally": true, "eventually": true, "reportedly": true,
	"later": true, "suddenly": true, "himself": true, "herself": true, "also": true,
	"subsequently": true, "promptly": true,
}

// leaveVerbs end their subject's tenure ("President X resigned", "…
// fled", "… stepped down"); a value names the word that must follow
// ("left the country", "left office").
var leaveVerbs = map[string]map[string]bool{
	"resigned": nil, "resigns": nil, "quit": nil, "quits": nil, "fled": nil, "flees": nil,
	"abdicated": nil, "abdicates": nil, "died": nil, "dies": nil,
	"stepped": {"down": true, "aside": true}, "steps": {"down": true, "aside": true},
	"stood": {"down": true, "aside": true}, "stands": {"down": true, "aside": true},
	"left":   {"the": true, "office": true, "power": true, "his": true, "her": true},
	"leaves": {"the": true, "office": true, "power": true, "his": true, "her": true},
}

// leftObjects are what "left the …" must leave to end a tenure ("left
// the country", not "left the room").
var leftObjects = map[string]bool{"country": true, "presidency": true, "post": true, "office": true, "palace": true, "capital": true}

// leavingSubject reports whether the role claim at span is the subject
// of a verb that ends a tenure: "President X left the country", "President
// X, who fled", "President X was ousted", "President X resigned". Like a
// removal object, such a title names the office held until that event.
func (c *checker) leavingSubject(span doc.Span) bool {
	end := c.sentenceEndAfter(span)
	if end < 0 {
		return false
	}
	if next, ok := c.conjunctAfter(span, end); ok {
		// "President X and Foreign Minister Y were killed": the verb
		// after the last conjunct is every conjunct's.
		return c.leavingSubject(next)
	}
	rest := c.d.Text[span.End:end]
	if len(rest) > 80 {
		rest = rest[:80]
	}
	words := strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	i := 0
	for i < len(words) && i < 3 && leaveSkip[words[i]] {
		i++
	}
	if i >= len(words) {
		return false
	}
	w := words[i]
	if w == "was" || w == "were" || w == "been" {
		// "was ousted", "has been removed", "was forced out"
		i++
		if i < len(words) && words[i] == "been" {
			i++
		}
		if i >= len(words) {
			return false
		}
		return removalWords.Has(words[i]) || words[i] == "forced" || words[i] == "killed"
	}
	next, ok := leaveVerbs[w]
	if !ok {
		return false
	}
	if next == nil {
		return true
	}
	if i+1 >= len(words) || !next[words[i+1]] {
		return false
	}
	if w == "left" || w == "leaves" {
		// "left office", "left power", but "left the country", "left his post"
		if words[i+1] == "office" || words[i+1] == "power" {
			return true
		}
		return i+2 < len(words) && leftObjects[words[i+2]]
	}
	return true
}

// conjunctAfter returns the span of the name or title-and-name joined
// to the one at span by "and" ("President X and Foreign Minister Y"):
// a role claim or mention starting right after "and", the longest
// there. It returns false when "and" does not follow span.
func (c *checker) conjunctAfter(span doc.Span, end int) (doc.Span, bool) {
	rest := c.d.Text[span.End:end]
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if !strings.HasPrefix(rest[i:], "and ") {
		return doc.Span{}, false
	}
	i += len("and ")
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	at := span.End + i
	var best doc.Span
	for _, k := range c.claimStarts().between(at, at) {
		if rc := &c.d.RoleClaims[k]; rc.Span.End > best.End {
			best = rc.Span
		}
	}
	for _, k := range c.mentionStarts().between(at, at) {
		if m := &c.d.Mentions[k]; m.Span.End > best.End {
			best = m.Span
		}
	}
	// "and Senate President Adriana Salvatierra": a body and a title in
	// capitals before the person, who is the conjunct (the first such
	// mention of the document's list)
	from := max(best.End, at)
	first := -1
	for _, k := range c.mentionStarts().between(from+1, from+40) {
		m := &c.d.Mentions[k]
		if (first < 0 || int(k) < first) && m.Type == doc.TypePerson && m.Span.End <= end && capitalisedWords(c.d.Text[from:m.Span.Start]) {
			first = int(k)
		}
	}
	if first >= 0 {
		best = doc.Span{Start: at, End: c.d.Mentions[first].Span.End}
	}
	return best, best.End > at && best.End <= end
}

// capitalisedWords reports whether s is only words that open with a
// capital letter, between spaces (" President ").
func capitalisedWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
				return false
			}
		}
	}
	return true
}

// deathVerb matches a verb of dying at the start of the text after a
// name: "died", "has died", "was killed", ", who was assassinated".
var deathVerb = regexp.MustCompile(`^(,? who)? (has |had |have )?(died|dies|passed away|(was|were|has been|had been) (killed|assassinated|shot dead))\b`)

// deathSubject reports whether the claim at span, or the last of the
// conjuncts it begins, is the subject of a verb of dying.
func (c *checker) deathSubject(span doc.Span) bool {
	end := c.sentenceEndAfter(span)
	if end < 0 {
		return false
	}
	for k := 0; k < 4; k++ {
		next, ok := c.conjunctAfter(span, end)
		if !ok {
			break
		}
		span = next
	}
	return deathVerb.MatchString(c.d.Text[span.End:min(end, span.End+40)])
}

// startVerbs, in a claim's text, say the sentence is about the day the
// term began ("X became prime minister in 2020").
var startVerbs = []string{" became ", " becomes ", " was named ", " was appointed ", " was sworn in as ", " took over as ", " took office as ", " was elected "}

// startPeriod returns the time a claim says its term began: a date after
// "since" right after the claim ("Mark Rutte, the Dutch prime minister
// since 2008"), or after "in"/"on" right after a claim of becoming
// ("Elisabeth Borne, who became prime minister in 2020").
func (c *checker) startPeriod(rc *doc.RoleClaim) (ival, string, bool) {
	if !startWordAfter(c.d.Text, rc.Span.End) {
		return ival{}, "", false
	}
	si := c.d.SentenceAt(rc.Span.Start)
	if si < 0 || rc.Span.End > c.d.Sentences[si].End {
		return ival{}, "", false
	}
	end := c.d.Sentences[si].End
	rest := c.d.Text[rc.Span.End:min(end, rc.Span.End+12)]
	at := rc.Span.End + len(rest) - len(trimLeftSpaceComma(rest))
	rest = c.d.Text[at:min(end, at+12)]
	var word string
	switch {
	case strings.HasPrefix(rest, "since "):
		word = "since"
	case strings.HasPrefix(rest, "in ") || strings.HasPrefix(rest, "on "):
		claim := " " + c.d.Text[max(0, rc.Span.Start-12):rc.Span.End] + " "
		found := false
		for _, v := range startVerbs {
			if strings.Contains(claim, v) {
				found = true
				break
			}
		}
		if !found {
			return ival{}, "", false
		}
		word = rest[:2]
	case strings.HasPrefix(rest, "from ") && strings.Contains(c.d.Text[rc.Span.Start:rc.Span.End], " served as "):
		// "X, who served as president of the European Council from
		// 2010 to 2019": the term's first year
		word = "from"
	default:
		return ival{}, "", false
	}
	at += len(word) + 1
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start != at || t.Type != "DATE" {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil || d.Year < 1000 {
			return ival{}, "", false
		}
		return ival{lo: d.First(), hi: d.Last()}, word + " " + t.Text, true
	}
	return ival{}, "", false
}

// startWordAfter reports whether one of the words startPeriod reads
// ("since", "in", "on", "from", each with its space) opens the text at
// at, after up to twelve spaces and commas: a prefilter, true whenever
// startPeriod's own test (which also stops at the sentence's end) can
// pass, and for an offset past the text (startPeriod decides). It must
// follow the words startPeriod tests.
func startWordAfter(text string, at int) bool {
	if at < 0 || at > len(text) {
		return true
	}
	for n := 0; n < 12 && at < len(text) && (text[at] == ' ' || text[at] == ','); n++ {
		at++
	}
	r := text[at:]
	return strings.HasPrefix(r, "since ") || strings.HasPrefix(r, "in ") || strings.HasPrefix(r, "on ") || strings.HasPrefix(r, "from ")
}

// startSlack is how far a term's recorded start may lie from the period
// a claim gives for it: the acts of one transition are days apart, and
// a writer's year may be the one the term was won in.
const startSlack = 31

// startMismatch reports (and records) a claim about a person the KB
// knows in an office it holds for them whose stated start no recorded
// term of that office fits.
func (c *checker) startMismatch(ch *claimCheck) bool {
	if ch.person == nil || len(ch.roles) == 0 || ch.rc.Modifier == "designate" {
		return false
	}
	v, said, ok := c.startPeriod(&ch.rc)
	if !ok {
		return false
	}
	lo := kb.DateOf(v.lo.Time().AddDate(0, 0, -startSlack))
	hi := kb.DateOf(v.hi.Time().AddDate(0, 0, startSlack))
	var ev []doc.Evidence
	var starts []string
	for _, r := range ch.roles {
		if r.Start.IsZero() {
			return false
		}
		if r.Start.Last().Compare(lo) >= 0 && r.Start.First().Compare(hi) <= 0 {
			return false
		}
		ev = append(ev, c.evidenceRole(r))
		starts = append(starts, r.Start.String())
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
		fmt.Sprintf("%s took this office on %s, not %s as the text says.", c.personName(ch), strings.Join(starts, " and "), said), ev)
	return true
}

// departureVerbs are the verbs of an "outgoing" claim that reports the
// departure itself ("X resigned as prime minister").
var departureVerbs = []string{" resigned as ", " resigns as ", " quit as ", " quits as ", " stepped down as ", " steps down as "}

// endMismatch judges a claim that reports its holder's departure ("Najib
// Razak resigned as prime minister on Friday") by the end of the term:
// one of the person's terms must end within startSlack days of the day
// the sentence gives (else the article's), which supports it. A term
// that runs on well past that day, or ended long before it, contradicts
// it. Either way the claim is then judged no further.
func (c *checker) endMismatch(ch *claimCheck) bool {
	if ch.person == nil || len(ch.roles) == 0 || ch.rc.Modifier != "outgoing" || ch.rc.Span.End > len(c.d.Text) {
		return false
	}
	claim := " " + c.d.Text[ch.rc.Span.Start:ch.rc.Span.End] + " "
	verb := ""
	for _, v := range departureVerbs {
		if strings.Contains(claim, v) {
			verb = strings.TrimSpace(v)
			break
		}
	}
	if verb == "" {
		return false
	}
	v, said, ok := c.departureDay(ch.rc.Span)
	if !ok {
		return false
	}
	lo := kb.DateOf(v.lo.Time().AddDate(0, 0, -startSlack))
	hi := kb.DateOf(v.hi.Time().AddDate(0, 0, startSlack))
	var ev []doc.Evidence
	var terms []string
	for _, r := range ch.roles {
		if !r.End.IsZero() && r.End.Last().Compare(lo) >= 0 && r.End.First().Compare(hi) <= 0 {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				fmt.Sprintf("%s held this office %s; the term ended around %s, when the text says he %s.", c.personName(ch), periodText(r.Start, r.End), said, verb), []doc.Evidence{c.evidenceRole(r)})
			return true
		}
		if r.End.IsZero() && r.Start.First().Compare(v.hi) > 0 {
			return false // a later, open term: another departure is not the KB's to judge
		}
		ev = append(ev, c.evidenceRole(r))
		terms = append(terms, periodText(r.Start, r.End))
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
		fmt.Sprintf("%s held this office %s: the KB records no departure around %s, when the text says he %s.", c.personName(ch), strings.Join(terms, " and "), said, verb), ev)
	return true
}

// departureDay returns the day a departure claim's sentence names (its
// first date to the day, month or year), else the article's date, with
// the words that say it.
func (c *checker) departureDay(span doc.Span) (ival, string, bool) {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return ival{}, "", false
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" || t.Span.Start < span.End {
			continue
		}
		if d, err := parseDate(t.Value); err == nil && d.Year >= 1000 {
			said := t.Text
			if said != t.Value {
				said += " (" + t.Value + ")"
			}
			return ival{lo: d.First(), hi: d.Last()}, said, true
		}
	}
	if c.dated {
		return ival{lo: c.day, hi: c.day}, c.dayISO(), true
	}
	return ival{}, "", false
}

// lastEnded returns the one of roles that ended last, if any ended.
func lastEnded(roles []kb.Role) (kb.Role, bool) {
	var best kb.Role
	ok := false
	for _, r := range roles {
		if !r.End.IsZero() && (!ok || r.End.First().Compare(best.End.First()) > 0) {
			best, ok = r, true
		}
	}
	return best, ok
}

// endedNear returns the first of roles whose term ended on or within a
// year before the article date: the office a removal or departure the
// sentence reports ends.
func (c *checker) endedNear(roles []kb.Role) (kb.Role, bool) {
	yearAgo := kb.DateOf(c.day.Time().AddDate(-1, 0, 0))
	for _, r := range roles {
		if !r.End.IsZero() && r.End.First().Compare(c.day) <= 0 && r.End.Last().Compare(yearAgo) >= 0 {
			return r, true
		}
	}
	return kb.Role{}, false
}

// lastHolderJustAbolished reports whether the claim's person held the
// office until it was abolished, two days or less before the article
// date: the news of the abolition still calls the last holder by the
// title ("The assembly gave King Gyanendra 15 days to leave the
// palace", the day after the monarchy ended). It returns that role. An
// article from before the office was created is no news of its end
// ("Myanmar's state counsellor" in 2012, four years before the post).
func (c *checker) lastHolderJustAbolished(ch *claimCheck) (kb.Role, bool) {
	o := ch.office
	if o.To.IsZero() || o.To.First().Compare(c.day) > 0 || o.To.Last().Compare(kb.DateOf(c.day.Time().AddDate(0, 0, -2))) < 0 {
		return kb.Role{}, false
	}
	for _, r := range ch.roles {
		if r.Office == o.ID && !r.End.IsZero() && r.End.Last().Compare(o.To.First()) >= 0 {
			return r, true
		}
	}
	return kb.Role{}, false
}

// endedWithin reports whether one of roles ended on or within days
// before the article date.
func (c *checker) endedWithin(roles []kb.Role, days int) bool {
	from := kb.DateOf(c.day.Time().AddDate(0, 0, -days))
	for _, r := range roles {
		if !r.End.IsZero() && r.End.First().Compare(c.day) <= 0 && r.End.Last().Compare(from) >= 0 {
			return true
		}
	}
	return false
}

// departureNews reports whether a departure whose subject is the claim
// at span is news at the article date: the KB ends one of roles within
// a fortnight before it, or the sentence names a day of the week
// before it or the present.
func (c *checker) departureNews(span doc.Span, roles []kb.Role) bool {
	if c.endedWithin(roles, 14) {
		return true
	}
	s, ok := c.sentenceSpan(span)
	if !ok {
		return false
	}
	if c.recentTimeIn(s) {
		return true
	}
	return false
}

// pastIrregular are irregular simple-past verbs a title's subject may
// take ("President X fled", "… took", "… flew"); regular ones end in -ed.
var pastIrregular = wordset.Of("fled flew met said told took left made gave went came spoke wrote sent held led won lost sought brought began broke chose fought kept paid ran saw set stood struck swore threw thought withdrew cut put hit quit shut became froze oversaw rose sold upheld undertook drew bought dealt felt heard knew meant read rang shook sang slept spent stole stuck taught tore woke wore")

// notPast are words ending in -ed that are no simple past.
var notPast = wordset.Of("need needed indeed seed speed shed red bed feed breed based aged married")

// subordinators open a clause about another time than the main clause's
// ("decades after President X broke off relations", "when Prime Minister
// X took office").
var subordinators = wordset.Of("after before since when until once while")

// subordinateAt reports whether the name or title starting at start
// opens a clause after one of subordinators, over a title's capitalised
// words and "the"/"then" between them ("after President Dwight
// Eisenhower", "when the late Prime Minister X").
func (c *checker) subordinateAt(start int) bool {
	si := c.d.SentenceAt(start)
	if si < 0 {
		return false
	}
	ss := c.d.Sentences[si].Start
	head := c.d.Text[ss:start]
	for n := 0; n < 6; n++ {
		head = strings.TrimRight(head, " ")
		i := lastSpace(head)
		w := head[i+1:]
		if w == "" {
			return false
		}
		lw, _ := c.lowerOf(doc.Span{Start: ss + i + 1, End: ss + len(head)}) // strings.ToLower(w), with no copy for an ASCII word
		// the runes of the cut set begin with these bytes (“ and ‘ with
		// 0xE2): most words begin otherwise and need no trimming
		if b := lw[0]; b == '"' || b == '\'' || b == '(' || b == 0xE2 {
			if q := strings.TrimLeft(lw, "\"'“‘("); q != lw {
				// a quote opens the clause: "\"When President X ruled, …\""
				return subordinators.Has(q)
			}
		}
		switch {
		case subordinators.Has(lw):
			return true
		case lw == "the" || lw == "then" || lw == "late" || w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, ",;:"):
			head = head[:i+1]
		default:
			return false
		}
	}
	return false
}

// relativeTitle reports whether a claim's title follows its person in a
// relative clause ("Robert Mugabe, who became prime minister in 1980,"):
// the clause tells of its own time.
func (c *checker) relativeTitle(rc *doc.RoleClaim) bool {
	if rc.PersonSpan.End > rc.TitleSpan.Start || rc.TitleSpan.Start > len(c.d.Text) {
		return false
	}
	gap := c.d.Text[rc.PersonSpan.End:rc.TitleSpan.Start]
	return strings.HasPrefix(gap, ", who ") || strings.HasPrefix(gap, ", which ")
}

// pastRelativeTitle reports whether a title after its person is
// defined by a past act in a relative clause ("Aung San, the Burmese
// leader who secured independence before being assassinated"): it names
// whoever did that, at that time, not the holder at the article's date.
func (c *checker) pastRelativeTitle(rc *doc.RoleClaim) bool {
	if rc.TitleSpan.Start < rc.PersonSpan.End || rc.TitleSpan.End > len(c.d.Text) {
		return false
	}
	rest, ok := strings.CutPrefix(c.d.Text[rc.TitleSpan.End:min(len(c.d.Text), rc.TitleSpan.End+40)], " who ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	if w == "was" || w == "had" {
		return true // "who was assassinated", "who had led the junta"
	}
	if nowVerbs.Has(w) {
		return false // "the foreign minister who met Blinken": today's news
	}
	return pastIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}

// clauseTimes returns the periods of the DATE expressions after span in
// its sentence, up to the clause's end (a comma, semicolon or colon).
func (c *checker) clauseTimes(span doc.Span) []ival {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return nil
	}
	var refs []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || t.Span.Start < span.End || !s.Contains(t.Span) || strings.ContainsAny(c.d.Text[span.End:t.Span.Start], ",;:") {
			continue
		}
		if d, err := parseDate(t.Value); err == nil && len(t.Value) >= 4 {
			refs = append(refs, ival{lo: d.First(), hi: d.Last()})
		}
	}
	return refs
}

// whenAfterTime returns the time a "when" clause holding the claim at
// span hangs from: "Finland joined NATO in April 2023, when Prime
// Minister X signed the papers" is of April 2023. The clause opens with
// ", when" right after a date and the title and name follow it, with
// nothing but "the" or "then" between; nil otherwise.
func (c *checker) whenAfterTime(span doc.Span) []ival {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return nil
	}
	head := strings.TrimRight(c.d.Text[s.Start:span.Start], " ")
	for _, w := range []string{" the", " then", " The"} {
		head = strings.TrimRight(strings.TrimSuffix(head, w), " ")
	}
	head, ok = strings.CutSuffix(head, ", when")
	if !ok {
		return nil
	}
	end := s.Start + len(head)
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.End != end || t.Type != "DATE" || len(t.Value) < 4 {
			continue
		}
		if d, err := parseDate(t.Value); err == nil {
			return []ival{{lo: d.First(), hi: d.Last()}}
		}
	}
	return nil
}

// actAfterClaim reports whether the claim at span is the subject of a
// simple-past verb of an act (pastAfterClaim), not of "was", "were",
// "had" or "became": "when President X was a security guard" tells of
// the person before the office, not of an act under the title.
func (c *checker) actAfterClaim(span doc.Span) bool {
	if !c.pastAfterClaim(span) {
		return false
	}
	rest := strings.TrimLeft(c.d.Text[span.End:min(len(c.d.Text), span.End+12)], " ")
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "was", "were", "had", "became":
		return false
	}
	return true
}

// historySlot are the words before a title that make its sentence
// historical or subordinate ("when President X signed", "under President
// X"): the title's verb is not the article's news.
var historySlot = wordset.Of("when after before since while as until under during with by of for to from once whereas although though because if than")

// pastMainVerb reports whether the claim is the subject of a simple-past
// verb right after it ("President X dissolved the legislature", "… fled
// to Riyadh"), with nothing before it that makes the sentence about
// another time: a past year or date (handled by the caller's references),
// a subordinator or preposition just before the title, "first term" or
// "second term". Like "said" or "visited", such a verb reports the news
// of the article's date; pluperfect "had dissolved" does not count.
func (c *checker) pastMainVerb(ch *claimCheck) bool {
	si := c.d.SentenceAt(ch.rc.Span.Start)
	if si < 0 {
		return false
	}
	s := c.d.Sentences[si]
	if ch.rc.Span.End > s.End || ch.rc.Span.Start < s.Start {
		return false
	}
	head := strings.TrimRight(c.d.Text[s.Start:ch.rc.Span.Start], " ")
	if i := lastSpace(head); head != "" {
		prev := strings.ToLower(strings.Trim(head[i+1:], `"'“”‘’(`))
		if historySlot.Has(prev) || c.reportedBefore(prev) {
			return false // "Prosecutors said President X steered contracts": another's account
		}
	}
	rest := strings.TrimLeft(c.d.Text[ch.rc.Span.End:s.End], " ")
	end := 0
	for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
		end++
	}
	if end < 3 || end > 20 {
		return false
	}
	w := rest[:end]
	if !pastIrregular.Has(w) && !(len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)) {
		return false
	}
	// a past verb follows: the sentence is lowered for its term cue
	// only now
	low := strings.ToLower(c.d.Text[s.Start:s.End])
	return !termCue(low)
}

// termCue reports whether a lower-cased sentence names an earlier term
// of office ("in his first term", "during her previous term", "for the
// rest of his presidency").
func termCue(low string) bool {
	if !strings.Contains(low, " term") && !strings.Contains(low, "presidency") && !strings.Contains(low, "premiership") && !strings.Contains(low, "tenure") {
		return false
	}
	for _, w := range []string{"first term", "second term", "third term", "previous term", "earlier term", "last term", "former term", "his term", "her term",
		"his presidency", "her presidency", "his premiership", "her premiership", "his tenure", "her tenure"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func (c *checker) endedNearOK(roles []kb.Role) bool {
	_, ok := c.endedNear(roles)
	return ok
}

// recentRef returns the earliest DATE the sentence holding span names
// before the article date on which one of roles held, when the sentence
// names no time at or after the article date ("now", "on Monday" for a
// Monday article): "entered Kabul on Sunday hours after President X
// left" in a Monday article is about Sunday. Unlike pastRefs it counts
// the days of the week before the article.
func (c *checker) recentRef(span doc.Span, roles []kb.Role) (ival, kb.Role, bool) {
	si := c.d.SentenceAt(span.Start)
	if si < 0 || !c.dated {
		return ival{}, kb.Role{}, false
	}
	s := c.d.Sentences[si]
	var best ival
	var role kb.Role
	found := false
	for v, present := range c.sentenceDatesOutside(s, c.spokenBy(append(c.relativeClauses(s, span), c.datelineSpan()...), s, span)) {
		if present || v.hi.Compare(c.day) >= 0 {
			return ival{}, kb.Role{}, false // the sentence is about the article's day
		}
		if found && v.lo.Compare(best.lo) >= 0 {
			continue
		}
		for _, r := range roles {
			if _, ok := loose(r.Period()).intersect(v); ok {
				best, role, found = v, r, true
				break
			}
		}
	}
	return best, role, found
}

// noRoleDesignate judges a term still to begin ("X will be sworn in as
// prime minister", "President-elect X") of a KB person the KB never
// records in the office: contradicted when the KB's complete list of
// holders has someone else take the office within 120 days after the
// article date, else unverifiable (the term may lie past the KB's
// knowledge).
func (c *checker) noRoleDesignate(ch *claimCheck, name string) {
	limit := kb.DateOf(c.day.Time().AddDate(0, 0, 120))
	for _, r := range c.k.Holders(ch.office.ID) {
		st := r.Start.First()
		if st.Compare(c.day) <= 0 || st.Compare(limit) > 0 || !c.k.Complete(ch.office.ID, st) {
			continue
		}
		holder := r.Person
		if a, ok := c.k.Actor(r.Person); ok {
			holder = a.Name
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
			fmt.Sprintf("%s never held the office in the KB; the next %s, from %s, was %s.", name, ch.office.Name, dateText(r.Start), holder), []doc.Evidence{c.evidenceRole(r)})
		return
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
		fmt.Sprintf("The KB has no record of %s as %s; the claim is of a term still to begin.", name, c.officeName(ch)), nil)
}

// refText writes a period a sentence refers to: one day, month or year
// as that day, month or year ("2017"), else as a period.
func refText(v ival) string {
	lo, hi := v.lo, v.hi
	switch {
	case lo.IsZero() || hi.IsZero() || lo.Year != hi.Year:
	case lo == hi:
		return dateText(lo)
	case lo.Month == 1 && lo.Day == 1 && hi.Month == 12 && hi.Day == 31:
		return dateText(kb.Date{Year: lo.Year})
	case lo.Month == hi.Month && lo.Day == 1 && nextDay(hi).Month != hi.Month:
		return dateText(kb.Date{Year: lo.Year, Month: lo.Month})
	}
	return v.String()
}

// thenAtRefs judges a "then-" claim in a sentence naming the earlier
// time it is about ("In 2017, then-Prime Minister X"): the title must
// have been held then, not merely at some time before the article.
func (c *checker) thenAtRefs(ch *claimCheck, refs []ival, ev []doc.Evidence) {
	name := c.personName(ch)
	for _, ref := range refs {
		for _, r := range ch.roles {
			if _, ok := loose(r.Period()).intersect(ref); ok {
				c.finding(ch, doc.FindRoleMismatch, doc.Supported,
					fmt.Sprintf("%s held this office in the time the sentence refers to (%s; %s).", name, refText(ref), periodText(r.Start, r.End)), []doc.Evidence{c.evidenceRole(r)})
				return
			}
		}
	}
	ref := refs[0]
	expl := fmt.Sprintf("%s held this office only %s, not in the time the sentence refers to (%s)", name, describeRoles(ch.roles), refText(ref))
	if hev, holders := c.holdersIn(ch.roles[0].Office, ref); len(holders) > 0 {
		expl += "; then it was held by " + strings.Join(holders, " and ")
		ev = append(ev, hev...)
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, expl+".", ev)
}

// thenRefs returns the times a "then-" claim in a dated article is of:
// the dates inside the claim ("X, then foreign minister in 2018,"), else
// the earlier times of its clause. A "then-" title is of a time before
// the article, so a sentence that also names the article's own days
// ("In 2016, then-Foreign Minister X hosted …, the ministry said on
// Friday") is still about the past times it names.
func (c *checker) thenRefs(span doc.Span) []ival {
	if refs := c.ownRefs(span); len(refs) > 0 {
		return refs
	}
	if refs := c.whenAfterTime(span); len(refs) > 0 {
		return refs // "in April 2023, when then-Prime Minister X signed"
	}
	if refs := c.clauseRefs(span, c.claimRefs(span)); len(refs) > 0 {
		return refs
	}
	var past []ival
	for _, v := range c.absoluteRefs(span) {
		if v.lo.Compare(c.day) < 0 {
			past = append(past, v)
		}
	}
	if refs := c.clauseRefs(span, past); len(refs) > 0 || len(past) > 0 {
		return refs
	}
	return c.previousSentenceRef(span)
}

// previousSentenceRef returns the one absolute past date of the
// sentence before the one holding span, when the claim's own sentence
// names no date: "Montenegro joined NATO in June 2017. Anders Fogh
// Rasmussen, who was then NATO secretary general, welcomed it": "then"
// is the time the story has just named. A sentence before with no date,
// or several, gives nil.
func (c *checker) previousSentenceRef(span doc.Span) []ival {
	si := c.d.SentenceAt(span.Start)
	if si <= 0 || len(c.datesIn(c.d.Sentences[si], 1)) > 0 {
		return nil
	}
	refs := c.datesIn(c.d.Sentences[si-1], len("2005"))
	if len(refs) != 1 || refs[0].hi.IsZero() || refs[0].hi.Compare(c.day) >= 0 {
		return nil
	}
	return refs
}

// spanOf returns the smallest interval holding every one of refs, in
// any order.
func spanOf(refs []ival) ival {
	v := refs[0]
	for _, r := range refs[1:] {
		if r.lo.Compare(v.lo) < 0 {
			v.lo = r.lo
		}
		if r.hi.Compare(v.hi) > 0 {
			v.hi = r.hi
		}
	}
	return v
}

// holdersIn returns evidence and names of the KB's holders of an office
// at some time in v, in the order they took it.
func (c *checker) holdersIn(officeID string, v ival) ([]doc.Evidence, []string) {
	var ev []doc.Evidence
	var names []string
	for _, r := range c.k.Holders(officeID) {
		if _, ok := loose(r.Period()).intersect(v); !ok {
			continue
		}
		name := r.Person
		if a, ok := c.k.Actor(r.Person); ok {
			name = a.Name
		}
		ev = append(ev, c.evidenceRole(r))
		names = append(names, name)
	}
	return ev, names
}

// handover returns v, the days role r may cover, with the last day
// dropped when r's office has one holder at a time and a successor the
// article also names in it took it that day: in an undated article two
// holders of such an office never both hold on one day, so their claims
// fix no common date. A dated article keeps the day (an article of the
// handover day names both), and so does an article naming no successor.
func (c *checker) handover(r *kb.Role, v ival) ival {
	if c.dated || r.End.Day == 0 || v.hi.IsZero() {
		return v
	}
	o, ok := c.k.Office(r.Office)
	if !ok || !o.Single {
		return v
	}
	for _, h := range c.k.Holders(r.Office) {
		if h.ID != r.ID && h.Person != r.Person && h.Start == r.End && c.claimsPerson(h.Person) {
			v.hi = kb.DateOf(r.End.Time().AddDate(0, 0, -1))
			return v
		}
	}
	return v
}

// claimsPerson reports whether one of the article's role claims is about
// the KB person id.
func (c *checker) claimsPerson(id string) bool {
	for i := range c.d.RoleClaims {
		if c.d.RoleClaims[i].PersonKBID == id {
			return true
		}
	}
	return false
}

// absoluteRefs returns the absolute DATE expressions ("2017", "March
// 2015") in the sentence holding span: the times an undated article's
// sentence names.
func (c *checker) absoluteRefs(span doc.Span) []ival {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return nil
	}
	return c.datesIn(s, len("2005"))
}

// sentenceSpan returns the sentence holding span's start; ok is false when
// no sentence does.
func (c *checker) sentenceSpan(span doc.Span) (s doc.Span, ok bool) {
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return doc.Span{}, false
	}
	return c.d.Sentences[si], true
}

// datesIn returns the absolute dates (no anchor, a value of at least
// minLen bytes: "2005" a year, "2005-01" a month) that sentence s names.
func (c *checker) datesIn(s doc.Span, minLen int) []ival {
	var refs []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" || t.Anchor != "" || len(t.Value) < minLen {
			continue
		}
		if d, err := parseDate(t.Value); err == nil {
			refs = append(refs, ival{lo: d.First(), hi: d.Last()})
		}
	}
	return refs
}

// clauseRefs keeps the refs of the sentence holding span that are times
// of the claim's own clause: no relative clause ("who", "which") stands
// between the claim and the time expression ("then-Secretary X, who ran
// for president in 2016" is not about 2016).
func (c *checker) clauseRefs(span doc.Span, refs []ival) []ival {
	if len(refs) == 0 {
		return nil
	}
	s, ok := c.sentenceSpan(span)
	if !ok {
		return nil
	}
	var keep []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" {
			continue
		}
		lo, hi := span.End, t.Span.Start
		if t.Span.End <= span.Start {
			lo, hi = t.Span.End, span.Start
		}
		if span.Contains(t.Span) {
			lo, hi = span.Start, span.Start // the claim's own time: "X, foreign minister from 2017 to 2019,"
		}
		if lo > hi || relativeBetween(strings.ToLower(c.d.Text[lo:hi])) {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil {
			continue
		}
		v := ival{lo: d.First(), hi: d.Last()}
		for _, r := range refs {
			if r == v {
				keep = append(keep, v)
				break
			}
		}
	}
	return keep
}

// distantPastRef returns the text of an undated time years back that the
// clause of the claim at span names ("Years ago", "Decades ago", "Many
// years ago", "in the past"), not "recently", which is near the date.
func (c *checker) distantPastRef(span doc.Span) (string, bool) {
	return c.distantPastRefOutside(span, doc.Span{})
}

// distantPastRefOutside is distantPastRef ignoring the times inside skip
// (a quote's words).
func (c *checker) distantPastRefOutside(span, skip doc.Span) (string, bool) {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return "", false
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Value != "PAST_REF" || !s.Contains(t.Span) || skip.End > skip.Start && skip.Contains(t.Span) {
			continue
		}
		text := c.d.Slice(t.Span)
		low := strings.ToLower(text)
		if !strings.Contains(low, "years") && !strings.Contains(low, "decades") && low != "the past" {
			continue
		}
		if span.Contains(t.Span) {
			return text, true // an event's span: "Decades ago, X visited Rome"
		}
		lo, hi := t.Span.End, span.Start
		if t.Span.Start >= span.End {
			lo, hi = span.End, t.Span.Start
		}
		if lo <= hi && !relativeBetween(strings.ToLower(c.d.Text[lo:hi])) {
			return text, true
		}
	}
	return "", false
}

// relativeBetween reports whether text opens a relative or subordinate
// clause: " who ", " which ", " whose ", " when ", " after ", " before ".
func relativeBetween(text string) bool {
	for _, w := range []string{" who ", " which ", " whose ", " whom ", " when ", " after ", " before ", " until ", " since "} {
		if strings.Contains(" "+text+" ", w) {
			return true
		}
	}
	return false
}

// recentTimeIn reports whether sentence s holds a date within the week
// before the article date, or PRESENT_REF.
func (c *checker) recentTimeIn(s doc.Span) bool {
	weekAgo := kb.DateOf(c.day.Time().AddDate(0, 0, -7))
	for v, present := range c.sentenceDates(s) {
		if present || v.hi.Compare(weekAgo) >= 0 && v.lo.Compare(c.day) <= 0 {
			return true
		}
	}
	return false
}

// sentenceEndAfter returns the end of the sentence that holds span
// whole, or -1 (a span across a sentence break): the checks that read
// the words after a claim stop there.
func (c *checker) sentenceEndAfter(span doc.Span) int {
	si := c.d.SentenceAt(span.Start)
	if si < 0 || span.End > c.d.Sentences[si].End {
		return -1
	}
	return c.d.Sentences[si].End
}

// custodyPhraseVerbs put their object into custody with a phrase after
// it: "placed President X under house arrest", "took President X into
// custody".
var custodyPhraseVerbs = wordset.Of("placed placing place put puts putting kept keeping held holding took taking taken")

// custodyPhrases follow the object of custodyPhraseVerbs.
var custodyPhrases = []string{"under arrest", "under house arrest", "into custody", "in custody"}

// custodyPhraseObject reports whether the role claim at span is the
// object of a custody phrase: one of custodyPhraseVerbs right before it
// (skipping a determiner) and "under (house) arrest" or "into/in
// custody" right after it. Like the custodyWords, it names the office
// held until a removal only when the KB ends the term near the date.
func (c *checker) custodyPhraseObject(span doc.Span) bool {
	return c.phraseObject(span, custodyPhraseVerbs, custodyPhrases, 30)
}

// phraseObject reports whether the role claim at span is the object of
// a verb of verbs (right before it, skipping "the") that one of phrases
// follows: a whole word or words starting within max bytes after the
// claim, in its sentence ("placed President X under house arrest",
// "forced President X to flee").
func (c *checker) phraseObject(span doc.Span, verbs *wordset.Set, phrases []string, max int) bool {
	end := c.sentenceEndAfter(span)
	if end < 0 {
		return false
	}
	rest := c.d.Text[span.End:end]
	if len(rest) > max {
		rest = rest[:max]
	}
	rest = strings.ToLower(strings.TrimLeft(rest, " "))
	ok := false
	for _, p := range phrases {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isLetter(rest[len(p)])) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	words := strings.Fields(c.d.Text[c.d.Sentences[c.d.SentenceAt(span.Start)].Start:span.Start])
	n := len(words)
	if n > 0 && strings.EqualFold(words[n-1], "the") {
		n--
	}
	return n > 0 && verbs.HasLower(strings.Trim(words[n-1], `"'“”‘’(),`))
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// coordinatedThen judges titles joined by "and" in a sentence about an
// earlier time together: "Chancellor Olaf Scholz and Foreign Minister
// Johann Wadephul had discussed the target in February" names two
// holders at that time. When one title holds then and not at the article
// date, and the other at the date and not then, the pair fits no single
// day: the second's finding of the date is replaced by a contradiction
// at the time the sentence names (e.g. Germany).
func (c *checker) coordinatedThen(checks []*claimCheck, contradicted map[*claimCheck]bool) {
	for i := 0; i+1 < len(checks); i++ {
		a, b := checks[i], checks[i+1]
		if a.rc.Span.End > b.rc.Span.Start || b.rc.Span.Start-a.rc.Span.End > 6 || strings.TrimSpace(c.d.Text[a.rc.Span.End:b.rc.Span.Start]) != "and" {
			continue
		}
		if a.rc.Modifier != "" || b.rc.Modifier != "" || len(a.roles) == 0 || len(b.roles) == 0 {
			continue // "former", "acting", "then-": titles of their own time
		}
		refs := c.claimRefs(a.rc.Span)
		if len(refs) == 0 {
			continue
		}
		for _, pair := range [2][2]*claimCheck{{a, b}, {b, a}} {
			now, then := pair[0], pair[1]
			if !c.heldAt(now, c.day) || c.heldInRefs(now, refs) || c.heldAt(then, c.day) || !c.heldInRefs(then, refs) {
				continue
			}
			k := slices.IndexFunc(c.out, func(f doc.Finding) bool {
				return f.Kind == doc.FindRoleMismatch && f.Span == now.rc.Span && f.Verdict == doc.Supported
			})
			if k < 0 {
				continue
			}
			ev := c.claimEvidence(now)
			ev = append(ev, c.claimEvidence(then)...)
			c.out[k].Verdict = doc.Contradicted
			c.out[k].Explanation = fmt.Sprintf("%s held this office only %s, not in the time the sentence refers to (%s), when %s held the title it is joined with; the two titles fit no single date.",
				c.personName(now), onlyRolesText(now.roles), refText(refs[0]), c.personName(then))
			c.out[k].Evidence = ev
			contradicted[now] = true
		}
	}
}

// coordinatedDisjoint reports titles joined by "and" whose holders' terms
// share no day: "Prime Minister Matteo Renzi and Interior Minister Matteo
// Salvini jointly wrote to Brussels" names two people in office together,
// which they never were (e.g. Italy). The pair is the finding, and
// the claims it returns are not paired again with the article's window.
func (c *checker) coordinatedDisjoint(checks []*claimCheck) map[*claimCheck]bool {
	var paired map[*claimCheck]bool
	for i := 0; i+1 < len(checks); i++ {
		a, b := checks[i], checks[i+1]
		if a.rc.Span.End > b.rc.Span.Start || b.rc.Span.Start-a.rc.Span.End > 6 || strings.TrimSpace(c.d.Text[a.rc.Span.End:b.rc.Span.Start]) != "and" {
			continue
		}
		if a.rc.Modifier != "" || b.rc.Modifier != "" || len(a.roles) == 0 || len(b.roles) == 0 || a.person == b.person {
			continue // "former", "then-": titles of their own times
		}
		if !rolesDisjoint(a.roles, b.roles) {
			continue
		}
		ev := c.claimEvidence(a)
		ev = append(ev, c.claimEvidence(b)...)
		c.add(doc.Finding{
			Kind:    doc.FindNoCommonDate,
			Verdict: doc.Contradicted,
			Span:    a.rc.Span,
			Claim:   fmt.Sprintf("%q and %q", a.label, b.label),
			Explanation: fmt.Sprintf("No single date fits both titles the sentence joins: %s held this office only %s, %s only %s.",
				c.personName(a), onlyRolesText(a.roles), c.personName(b), onlyRolesText(b.roles)),
			Evidence: ev,
		})
		if paired == nil {
			paired = map[*claimCheck]bool{}
		}
		paired[a], paired[b] = true, true
	}
	return paired
}

// rolesDisjoint reports whether no term in a shares a day with a term in b.
func rolesDisjoint(a, b []kb.Role) bool {
	for _, x := range a {
		for _, y := range b {
			if _, ok := loose(x.Period()).intersect(loose(y.Period())); ok {
				return false
			}
		}
	}
	return true
}

// heldAt reports whether a role of ch holds on day.
func (c *checker) heldAt(ch *claimCheck, day kb.Date) bool {
	for _, r := range ch.roles {
		if c.roleTruth(r, day) == kb.True {
			return true
		}
	}
	return false
}

// heldInRefs reports whether a role of ch meets one of the times refs.
func (c *checker) heldInRefs(ch *claimCheck, refs []ival) bool {
	for _, r := range ch.roles {
		for _, ref := range refs {
			if _, ok := loose(r.Period()).intersect(ref); ok {
				return true
			}
		}
	}
	return false
}
