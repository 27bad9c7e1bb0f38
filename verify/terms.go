// Checks of a title against the terms the KB records: when a term
// starts and ends ("-elect", "outgoing", "since", "until", "acting"), a
// claim's own time, and offices a person could never have held.

package verify

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

const (
	// designateLead is the longest wait, in days, between an election
	// or nomination and taking office that a "-elect", "-designate" or
	// "incoming" title covers: Indonesia's president-elect waits eight
	// months, Mexico's five, the United States' two and a half.
	designateLead = 366
	// designateLag is how many days after the swearing-in a "-elect"
	// title still passes: stories of the inauguration day and the days
	// after it are written and dated loosely.
	designateLag = 7
	// outgoingLag is how many days after the term's end an "outgoing"
	// title still passes: the hand-over ceremonies follow the new
	// holder's oath by a day or two ("Outgoing Prime Minister Draghi
	// handed Meloni the bell" the day after she was sworn in).
	outgoingLag = 7
	// mourningLag is how many days after a death in office the news of
	// the death, the lying in state and the funeral still give the dead
	// holder the title ("President Islam Karimov … was buried on
	// Saturday"): state funerals follow within two weeks.
	mourningLag = 14
	// ritesLag is mourningLag for a sentence of the rites themselves
	// (the funeral, the burial, the last respects): a month.
	ritesLag = 31
)

// daysFrom returns the whole days from a to b (negative when b is
// before a).
func daysFrom(a, b kb.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// designateAtDay judges a "-elect", "-designate" or "incoming" title on
// day: supported when one of the person's terms starts within
// designateLead days after it, or started at most designateLag days
// before it (or the KB cannot tell the day); contradicted when the only
// terms start more than a year later (too early to be chosen) or had
// begun well before it (the holder, no longer designate); unverifiable
// when the KB records no term from the day on.
func (c *checker) designateAtDay(ch *claimCheck, day kb.Date, name string, ev []doc.Evidence) {
	var early, taken *kb.Role
	for i := range ch.roles {
		r := &ch.roles[i]
		if r.Start.IsZero() {
			continue
		}
		switch {
		case r.Start.First().Compare(day) >= 0:
			if daysFrom(day, r.Start.First()) <= designateLead {
				c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s took the office on %s.", name, dateText(r.Start)), ev)
				return
			}
			if early == nil {
				early = r
			}
		case c.roleTruth(*r, day) != kb.False:
			if r.Start.Precision() != "day" || daysFrom(r.Start, day) <= designateLag {
				c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s took the office on %s.", name, dateText(r.Start)), ev)
				return
			}
			taken = r
		}
	}
	switch {
	case taken != nil:
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s had already taken the office on %s, %d days before %s: its holder, no longer designate.", name, dateText(taken.Start), daysFrom(taken.Start, day), dateText(day)), ev)
	case early != nil:
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s took the office only on %s, more than a year after %s: too early to be designate.", name, dateText(early.Start), dateText(day)), ev)
	default:
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable, fmt.Sprintf("%s is not recorded as taking this office after %s.", name, c.dayISO()), ev)
	}
}

// designateAtRefs supports a title an election gives ("X was elected
// president") in a sentence dated before the article ("In 2008, …", "in
// April when …") when one of the person's terms starts in that time or
// within designateLead days after it, and reports whether it did; the
// article's date, after the term began, would find the holder no longer
// designate (e.g. Armenia).
func (c *checker) designateAtRefs(ch *claimCheck, refs []ival, name string) bool {
	if len(refs) == 0 {
		refs = c.whenRefs(ch.rc.Span)
	}
	for _, ref := range refs {
		if ref.lo.IsZero() || ref.hi.IsZero() || ref.hi.Compare(c.day) >= 0 {
			continue
		}
		for i := range ch.roles {
			r := &ch.roles[i]
			if r.Start.IsZero() || r.Start.Last().Compare(ref.lo) < 0 || daysFrom(ref.hi, r.Start.First()) > designateLead {
				continue
			}
			c.finding(ch, doc.FindRoleMismatch, doc.Supported,
				fmt.Sprintf("%s took the office on %s, in or after the time the sentence refers to (%s).", name, dateText(r.Start), refText(ref)), []doc.Evidence{c.evidenceRole(*r)})
			return true
		}
	}
	return false
}

// whenRefs returns the date right before the "when" that opens the
// clause of the claim at span: "The protests began in April when X was
// elected prime minister" dates the election by April.
func (c *checker) whenRefs(span doc.Span) []ival {
	s, ok := c.sentenceSpan(span)
	if !ok {
		return nil
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" || t.Span.End > span.Start {
			continue
		}
		between := strings.TrimLeft(c.d.Text[t.Span.End:span.Start], ", ")
		if !strings.HasPrefix(between, "when ") || strings.ContainsAny(between, ",;") {
			continue
		}
		if d, err := parseDate(t.Value); err == nil {
			return []ival{{lo: d.First(), hi: d.Last()}}
		}
	}
	return nil
}

// outgoingAfterEnd supports an "outgoing" title on day when one of the
// person's terms ended at most outgoingLag days before it, and reports
// whether it did.
func (c *checker) outgoingAfterEnd(ch *claimCheck, day kb.Date, name string) bool {
	if ch.rc.Modifier != "outgoing" {
		return false
	}
	for _, r := range ch.roles {
		if r.End.IsZero() || r.End.Precision() != "day" || r.End.Compare(day) >= 0 {
			continue
		}
		if n := daysFrom(r.End, day); n <= outgoingLag {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s held this office %s; the term ended %d day(s) before %s, within the hand-over an \"outgoing\" title covers.", name, periodText(r.Start, r.End), n, dateText(day)), []doc.Evidence{c.evidenceRole(r)})
			return true
		}
	}
	return false
}

// diedInOffice supports a plain title on day, in a sentence of the
// death or its mourning, when one of the person's terms ended with the
// person's death at most mourningLag days before it, and reports whether
// it did. The dead said to act then ("President X met reporters on
// Monday") stay judged.
func (c *checker) diedInOffice(ch *claimCheck, day kb.Date, name string) bool {
	a := ch.person
	if ch.rc.Modifier != "" || a == nil || a.Died.IsZero() || a.Died.Precision() != "day" {
		return false
	}
	mourn, rites := c.mourningSentence(ch.rc.Span)
	if !mourn {
		return false
	}
	lag := mourningLag
	if rites {
		lag = ritesLag
	}
	for _, r := range ch.roles {
		if r.End.IsZero() || r.End.Precision() != "day" || r.End.Compare(day) >= 0 {
			continue
		}
		if n := daysFrom(r.End, a.Died); n < -1 || n > 1 {
			continue // a term ended other than by the death
		}
		if n := daysFrom(r.End, day); n <= lag {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s held this office until his or her death on %s, %d day(s) before %s: the news of a death in office still gives the title.", name, dateText(a.Died), n, dateText(day)), []doc.Evidence{c.evidenceRole(r)})
			return true
		}
	}
	return false
}

// mourningWords tell of a death and the rites after it.
var mourningWords = wordset.Of("died dies death dead killed assassinated buried burial funeral funerals mourn mourned mourning mourners cremated cremation coffin casket tributes condolences laid wake obituary respects")

// riteWords, of mourningWords, tell of the rites: a state funeral may
// come weeks after the death (Hage Geingob's three weeks after).
var riteWords = wordset.Of("buried burial funeral funerals mourners cremated cremation coffin casket respects")

// mourningSentence reports whether the sentence holding span has a word
// of mourningWords (mourn), and whether it has one of riteWords (rites).
func (c *checker) mourningSentence(span doc.Span) (mourn, rites bool) {
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return false, false
	}
	var buf [16]byte
	for _, t := range c.sentenceTokens(c.d.Sentences[si]) {
		if t.Kind != doc.TokWord || t.Span.Len() > len(buf) || t.Span.Len() < 4 {
			continue
		}
		w := buf[:0]
		for _, b := range []byte(c.d.Text[t.Span.Start:t.Span.End]) {
			w = append(w, b|0x20)
		}
		if mourningWords.Has(string(w)) {
			mourn = true
			if riteWords.Has(string(w)) {
				return true, true
			}
		}
	}
	return mourn, false
}

// newBeforeStart supports a title written "new" ("Argentina's new
// president, Javier Milei", the day after his election) on day when one
// of the person's terms starts within designateLead days after it: news
// calls the winner of an election or a vote the new holder before the
// swearing-in, as it does "-elect". It reports whether it did.
func (c *checker) newBeforeStart(ch *claimCheck, day kb.Date, name string) bool {
	if ch.rc.Modifier != "" {
		return false
	}
	for _, r := range ch.roles {
		if r.Start.IsZero() || r.Start.First().Compare(day) <= 0 {
			continue
		}
		// (the text is read for "new" only for a term starting soon
		// after the day: most claims have none)
		if n := daysFrom(day, r.Start.First()); n <= designateLead && c.newTitle(&ch.rc) {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s took the office on %s, %d day(s) after %s: the \"new\" holder chosen, as \"-elect\".", name, dateText(r.Start), n, dateText(day)), []doc.Evidence{c.evidenceRole(r)})
			return true
		}
	}
	return false
}

// newTitle reports whether the word "new" qualifies the title of rc:
// just before the claim, or between its start and the title ("the new
// Argentine President X", "Argentina's new president, X").
func (c *checker) newTitle(rc *doc.RoleClaim) bool {
	start, title := rc.Span.Start, rc.TitleSpan.Start
	if start < 0 || title > len(c.d.Text) {
		return false
	}
	if title > start {
		for f := range strings.FieldsSeq(c.d.Text[start:title]) {
			if strings.EqualFold(f, "new") {
				return true
			}
		}
	}
	before := trimRightSpaceDash(c.d.Text[max(0, start-8):start])
	return strings.EqualFold(before[lastSpace(before)+1:], "new")
}

// handoverDay reports whether day is the last day of role r, given to
// the day: the KB ends a term on the day the successor takes office, so
// on it the holder is "former" and current alike ("Former Chancellor
// Sebastian Kurz" on the day the new government was sworn in).
func handoverDay(r kb.Role, day kb.Date) bool {
	return !r.End.IsZero() && r.End.Precision() == "day" && r.End.Compare(day) == 0
}

// ownRefs returns the periods of the dates written inside a claim's own
// span ("foreign minister from 2017 to 2019", "foreign minister in
// 2018"): years or finer, in text order.
func (c *checker) ownRefs(span doc.Span) []ival {
	var refs []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start >= span.End {
			break
		}
		if !span.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 {
			continue
		}
		if d, err := parseDate(t.Value); err == nil {
			refs = append(refs, ival{lo: d.First(), hi: d.Last()})
		}
	}
	return refs
}

// sinceMismatch contradicts a claim that says since when its holder
// has held the office ("X, who has been foreign minister since 2015"),
// held on the day by role r, when r began after that time: Kono took
// the office in 2017. It reports whether it did.
func (c *checker) sinceMismatch(ch *claimCheck, r kb.Role, name string) bool {
	span := ch.rc.Span
	if r.Start.IsZero() || span.End > len(c.d.Text) {
		return false
	}
	i := strings.Index(c.d.Text[span.Start:span.End], " since ")
	if i < 0 {
		return false
	}
	refs := c.ownRefs(doc.Span{Start: span.Start + i, End: span.End})
	if len(refs) == 0 || r.Start.First().Compare(refs[0].hi) <= 0 {
		return false
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s took this office on %s, after the time \"since\" gives (%s).", name, dateText(r.Start), refs[0]), []doc.Evidence{c.evidenceRole(r)})
	return true
}

// namedInFull reports whether the article names the KB person of claim
// rc in full (two words or more) before the claim: the surname the
// claim is written with then refers to that person, not a namesake.
func (c *checker) namedInFull(rc doc.RoleClaim) bool {
	if rc.PersonKBID == "" {
		return false
	}
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start >= rc.Span.Start {
			break
		}
		if m.KBID == rc.PersonKBID && strings.Contains(strings.TrimSpace(m.Text), " ") {
			return true
		}
	}
	return false
}

// actingMismatch contradicts an "acting" or "interim" title for a
// person who, on the day, holds the office in full (role r has no
// qualifier) after an acting term of his own that the KB records:
// "Acting President Michel Temer" after he was sworn in as president on
// 2016-08-31. Without such an earlier acting term the KB cannot tell a
// title of courtesy or a caretaker period it does not record, and the
// claim passes. It reports whether it contradicted.
func (c *checker) actingMismatch(ch *claimCheck, r kb.Role, name string) bool {
	if ch.rc.Modifier != "acting" && ch.rc.Modifier != "interim" || r.Qualifier != "" || r.Start.IsZero() {
		return false
	}
	for _, a := range ch.roles {
		if a.Office != r.Office || a.Qualifier != "acting" && a.Qualifier != "interim" || a.End.IsZero() || a.End.Compare(r.Start) > 0 {
			continue
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s was the acting holder only %s and held the office in full from %s: no longer acting on %s.", name, periodText(a.Start, a.End), dateText(r.Start), c.dayISO()), []doc.Evidence{c.evidenceRole(a), c.evidenceRole(r)})
		return true
	}
	return false
}

// untilMismatch contradicts a former holder's claim that says when the
// term ended ("who served as foreign minister until 2018") when none of
// the person's terms ended in that time: Kono left in 2019. It reports
// whether it did.
func (c *checker) untilMismatch(ch *claimCheck, name string, ev []doc.Evidence) bool {
	span := ch.rc.Span
	if ch.rc.Modifier != "former" || len(ch.roles) == 0 || span.End > len(c.d.Text) {
		return false
	}
	i := strings.Index(c.d.Text[span.Start:span.End], " until ")
	if i < 0 {
		return false
	}
	refs := c.ownRefs(doc.Span{Start: span.Start + i, End: span.End})
	if len(refs) == 0 {
		return false
	}
	var ends []string
	for _, r := range ch.roles {
		if r.End.IsZero() {
			return false // a term the KB has not seen end: no judgement
		}
		if r.End.Last().Compare(refs[0].lo) >= 0 && r.End.First().Compare(refs[0].hi) <= 0 {
			return false
		}
		ends = append(ends, dateText(r.End))
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s left this office on %s, not in the time \"until\" gives (%s).", name, strings.Join(ends, " and "), c.d.Text[span.Start+i+len(" until "):span.End]), ev)
	return true
}

// minHolderAge is the youngest age, in years, at which the verifier
// takes a person to have held a national office: no head of state,
// government or ministry in the KB was younger.
const minHolderAge = 25

// neverHeldInLife contradicts a past claim ("Former President Ronald
// Lamola") whose KB person holds no term of the claimed office, when
// the KB lists every holder of that one-holder office from its
// complete_from date on and the person was younger than minHolderAge
// then: the list covers every day the person could have held it. It
// reports whether it did.
func (c *checker) neverHeldInLife(ch *claimCheck, name string, day kb.Date) bool {
	a, o := ch.person, ch.office
	if !pastModifiers.Has(ch.rc.Modifier) || a == nil || o == nil || !o.Single || o.CompleteFrom.IsZero() || a.Born.IsZero() || len(ch.roles) > 0 || len(ch.other) > 0 || c.namesake(ch) != "" {
		return false
	}
	from := o.CompleteFrom.First()
	adult := kb.DateOf(a.Born.Last().Time().AddDate(minHolderAge, 0, 0))
	if adult.Compare(from) < 0 || !c.k.Complete(o.ID, from) || !c.k.Complete(o.ID, day) {
		return false
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s never held the office: the KB lists every %s since %s, when %s (born %s) was not yet %d.", name, o.Name, dateText(o.CompleteFrom), name, dateText(a.Born), minHolderAge), []doc.Evidence{c.officeEvidence(o)})
	return true
}

// termVerbs are the words of a relative clause that tell of a term of
// office ("who left office in 2009", "who served from 2006 to 2009").
var termVerbs = []string{"left office", "served", "stepped down", "resigned", "ruled", "governed", "was in office", "held the post", "held office", "was ousted", "was removed", "quit", "presided"}

// termClauseAfter returns the times of a relative clause set off right
// after a claim that tells of a term ("Former Israeli President X, who
// left office in 2009, was sentenced"), or else right after a later
// mention of the claim's person (an obituary or court report that dates
// the term in another sentence: "Former Israeli President X was
// sentenced on Wednesday. X, who left office in 2009, said he would
// appeal"): the term of the title, up to the clause's closing comma. It
// returns nil when no such clause follows or it names no time.
func (c *checker) termClauseAfter(rc *doc.RoleClaim) []ival {
	if refs := c.termClauseAt(rc.Span.End); len(refs) > 0 || rc.PersonKBID == "" {
		return refs
	}
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start < rc.Span.End || m.KBID != rc.PersonKBID {
			continue
		}
		if refs := c.termClauseAt(m.Span.End); len(refs) > 0 {
			return refs
		}
	}
	return nil
}

// termClauseAt returns the times of a relative clause of a term that
// opens at text offset at (", who left office in 2009,"), up to its
// closing comma, within at's sentence.
func (c *checker) termClauseAt(at int) []ival {
	si := c.d.SentenceAt(at)
	if si < 0 || at > len(c.d.Text) {
		return nil
	}
	s := c.d.Sentences[si]
	if at > s.End {
		return nil
	}
	rest := c.d.Text[at:s.End]
	if !strings.HasPrefix(rest, ", who ") {
		return nil
	}
	end := at + len(rest)
	if i := strings.IndexAny(rest[2:], ",;"); i >= 0 {
		end = at + 2 + i
	}
	clause := strings.ToLower(c.d.Text[at:end])
	term := false
	for _, w := range termVerbs {
		if strings.Contains(clause, w) {
			term = true
			break
		}
	}
	if !term {
		return nil
	}
	var refs []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || t.Span.Start < at || t.Span.End > end || len(t.Value) < 4 {
			continue
		}
		if d, err := parseDate(t.Value); err == nil {
			refs = append(refs, ival{lo: d.First(), hi: d.Last()})
		}
	}
	return refs
}

// deputyKeys maps the key of a deputy's office to that of the office
// its holder stands in for.
var deputyKeys = map[string]string{
	"vice_president":        "president",
	"first_vice_president":  "president",
	"deputy_prime_minister": "prime_minister",
	"vice_chancellor":       "chancellor",
}

// deputyActing makes unverifiable an "acting" or "interim" title of an
// office its person never held in the KB, when on the day the person
// is the deputy of that office in the same country: a vice-president
// acts as president while the president is abroad or ill ("Acting
// President Yemi Osinbajo" in February 2017, Buhari on medical leave),
// for spells the KB does not record. It reports whether it did.
func (c *checker) deputyActing(ch *claimCheck, name string, day kb.Date) bool {
	if m := ch.rc.Modifier; m != "acting" && m != "interim" || ch.office == nil || ch.person == nil {
		return false
	}
	key := officeKey(ch.office.ID)
	for _, r := range c.k.RolesAt(ch.person.ID, day) {
		o, ok := c.office(r.Office)
		if !ok || o.Country != ch.office.Country || deputyKeys[officeKey(r.Office)] != key {
			continue
		}
		c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable,
			fmt.Sprintf("%s was %s on %s (%s): a deputy may act for the holder for a spell the KB does not record.", name, o.Name, c.dayISO(), periodText(r.Start, r.End)), []doc.Evidence{c.evidenceRole(r)})
		return true
	}
	return false
}

// headKeys are the keys of the offices of head of state and of
// government, the titles a writer may swap.
var headKeys = wordset.Of("president prime_minister")

// removedFromOther contradicts a plain or "then-" title of a head's
// office its person never held in the KB, on the object of a removal
// ("He overthrew then-President Nawaz Sharif in a bloodless coup"),
// when the KB ends a term of the person as the other head of the same
// country by a removal or coup at a time the sentence allows: the office
// the person was removed from is that one (Sharif was prime minister).
// It reports whether it did.
func (c *checker) removedFromOther(ch *claimCheck, name string) bool {
	if m := ch.rc.Modifier; m != "" && m != "then" || ch.office == nil || ch.person == nil || !headKeys.Has(officeKey(ch.office.ID)) || !c.removalObject(ch.rc.Span) {
		return false
	}
	refs := c.thenRefs(ch.rc.Span)
	var office *kb.Office
	var ev []doc.Evidence
	var ends []string
	for _, r := range c.k.RolesOf(ch.person.ID) {
		if r.EndReason != "removed" && r.EndReason != "coup" || r.End.IsZero() || r.Office == ch.office.ID || office != nil && r.Office != office.ID {
			continue
		}
		o, ok := c.office(r.Office)
		if !ok || o.Country != ch.office.Country || !headKeys.Has(officeKey(r.Office)) {
			continue
		}
		if len(refs) > 0 && !anyIntersects(refs, ival{lo: r.End.First(), hi: r.End.Last()}) {
			continue
		}
		office = o
		ev = append(ev, c.evidenceRole(r))
		ends = append(ends, dateText(r.End))
	}
	if office == nil {
		return false
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted,
		fmt.Sprintf("%s was removed as %s (on %s); the KB records no term as %s.", name, office.Name, strings.Join(ends, ", "), c.officeName(ch)), ev)
	return true
}
