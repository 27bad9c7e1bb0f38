package verify

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// laterBecame reports whether a claim's title follows its name as "X,
// who later became prime minister": a title taken after the time the
// sentence tells of, by the article's date.
func (c *checker) laterBecame(rc *doc.RoleClaim) bool {
	ps, ts := rc.PersonSpan, rc.TitleSpan
	if ps.End <= ps.Start || ts.Start <= ps.End || ts.Start > len(c.d.Text) {
		return false
	}
	between := c.d.Text[ps.End:ts.Start]
	return strings.HasPrefix(between, ", who later became ")
}

// laterAtDay judges a "who later became" claim: the person held the
// office at some time up to the article's date, whatever earlier time
// the sentence names. A person the KB does not know, or one with no term
// of the office where the KB's list of holders is incomplete, is
// unverifiable; terms that all begin after the date contradict it.
func (c *checker) laterAtDay(ch *claimCheck, day kb.Date) {
	if ch.office == nil || ch.rc.PersonKBID == "" {
		return
	}
	name := c.personName(ch)
	var ev []doc.Evidence
	for _, r := range ch.roles {
		ev = append(ev, c.evidenceRole(r))
		if !r.Start.IsZero() && r.Start.First().Compare(day) <= 0 {
			c.finding(ch, doc.FindRoleMismatch, doc.Supported, fmt.Sprintf("%s took this office on %s, by %s.", name, dateText(r.Start), c.dayISO()), []doc.Evidence{c.evidenceRole(r)})
			return
		}
	}
	// "later" is after the earliest time the sentence names, of a year
	// before the article's (a time of its own days is the news, not
	// the past "later" counts from): the KB's holders from then to the
	// date, where it lists them all, must include the person
	var from kb.Date
	for _, v := range c.claimRefs(ch.rc.Span) {
		if !v.lo.IsZero() && v.lo.Year < day.Year && (from.IsZero() || v.lo.Compare(from) < 0) {
			from = v.lo
		}
	}
	if !from.IsZero() && c.k.Complete(ch.office.ID, from) && c.k.Complete(ch.office.ID, day) && len(ch.other) == 0 && c.namesake(ch) == "" {
		span := ival{lo: from, hi: day}
		if hev, holders := c.holdersIn(ch.office.ID, span); len(holders) > 0 {
			c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s held this office at no time from %s, the time the sentence names, to %s: it was held by %s.", name, dateText(from), c.dayISO(), strings.Join(holders, " and ")), append(ev, hev...))
			return
		}
	}
	if len(ch.roles) > 0 {
		c.pastAtDay(ch, day, ev) // every term after the date: contradicted where the KB knows all before
		return
	}
	if c.neverHeldSince(ch, name, day) {
		return
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Unverifiable, fmt.Sprintf("The KB has no record of %s as %s.", name, c.officeName(ch)), nil)
}

// neverHeldSince flags a person the KB records in no term of a claim's
// office, when it lists every holder of the office from its creation, or
// from before the person came of age, up to day.
func (c *checker) neverHeldSince(ch *claimCheck, name string, day kb.Date) bool {
	a, o := ch.person, ch.office
	if a == nil || o == nil || o.CompleteFrom.IsZero() || len(ch.other) > 0 || c.namesake(ch) != "" || !c.k.Complete(o.ID, day) {
		return false
	}
	from := o.CompleteFrom.First()
	earliest := o.From
	if !a.Born.IsZero() {
		adult := kb.DateOf(a.Born.Last().Time().AddDate(minHolderAge, 0, 0))
		if earliest.IsZero() || adult.Compare(earliest.First()) > 0 {
			earliest = adult
		}
	}
	if earliest.IsZero() || earliest.First().Compare(from) < 0 || !c.k.Complete(o.ID, from) {
		return false
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, fmt.Sprintf("%s never held the office: the KB lists every %s from %s to %s.", name, o.Name, dateText(o.CompleteFrom), c.dayISO()), []doc.Evidence{c.officeEvidence(o)})
	return true
}
