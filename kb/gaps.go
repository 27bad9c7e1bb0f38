package kb

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Office groups of a Gap: which promise of the KB the office falls under
// (docs/kb.md, Completeness).
const (
	GapHeads     = "heads"     // head of state or government of a country
	GapMinisters = "ministers" // foreign or defence minister of the G20, MENA or P5
	GapIntl      = "intl"      // top posts of the UN, NATO and EU
	GapSupreme   = "supreme"   // supreme leaders
	GapGroups    = "groups"    // leaders of armed groups with a leader office
	GapComplete  = "complete"  // any other one-holder office inside its complete range
)

// PromisedSince is the first day from which the KB promises every holder
// of the offices of GapHeads … GapGroups.
var PromisedSince = Date{2000, 1, 1}

// maxGap is the longest stretch without a holder a one-holder office may
// have before Gaps reports it: hand-overs, investitures and a government's
// formation take days or weeks.
const maxGap = 30

// headKeys are the office keys of heads of state and government.
var headKeys = map[string]bool{
	OfficePresident: true, OfficeMonarch: true, OfficeHeadOfState: true,
	OfficePrimeMinister: true, OfficeChancellor: true, OfficeHeadOfGovernment: true,
}

// ministerStates are the states whose foreign and defence ministers the KB
// promises: the G20, the Middle East and North Africa (with Sudan and
// Mauritania) and the Security Council's permanent members (all in the
// G20).
var ministerStates = []string{
	// G20
	"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
	"RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
	// Middle East and North Africa
	"DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE",
	"QAT", "SYR", "TUN", "ARE", "YEM", "SDN", "MRT",
}

// intlOffices are the top posts of the UN, NATO and EU.
var intlOffices = []string{
	"UN.secretary_general", "NATO.secretary_general", "EU.commission_president",
	"EU.council_president", "EU.high_representative", "EU.speaker",
}

// A Gap is a stretch of more than 30 days in which no role, acting ones
// included, covers a one-holder office the KB promises to list every
// holder of, or a promised office the KB lacks altogether (Missing). From
// is the last day of the previous holder (or the window's first day) and
// To the first day of the next (or the window's last day).
type Gap struct {
	Office  string `json:"office"`
	Group   string `json:"group"` // one of the Gap… constants
	From    Date   `json:"from"`
	To      Date   `json:"to"`
	Days    int    `json:"days"`
	Missing bool   `json:"missing,omitempty"` // no office record at all
	// Complete is true when the gap overlaps the office's complete range:
	// there a verifier contradicts a true title of the missing holder,
	// elsewhere it answers unknown.
	Complete bool `json:"complete,omitempty"`
	// Review is the reviewed entry that explains the gap (a vacancy, a
	// holder the team could not confirm, no one-holder office of the
	// kind), nil when the gap is unexplained.
	Review *GapReview `json:"review,omitempty"`

	File string `json:"file"` // where the office (or the country) is defined
	Line int    `json:"line"`
}

func (g Gap) String() string {
	var s string
	if g.Missing {
		s = fmt.Sprintf("office %s (%s): no such office, no holder from %s to %s", g.Office, g.Group, g.From, g.To)
	} else {
		s = fmt.Sprintf("office %s (%s): no holder from %s to %s (%d days)", g.Office, g.Group, g.From, g.To, g.Days)
	}
	if g.File != "" {
		s = fmt.Sprintf("%s:%d: %s", g.File, g.Line, s)
	}
	if g.Complete {
		s += " inside the complete range"
	}
	if g.Review != nil {
		s += " [" + g.Review.Kind + ": " + g.Review.Reason + "]"
	}
	return s
}

// Gaps returns the stretches since PromisedSince (or an earlier
// complete_from) up to the as-of date of each office's source in which a
// promised one-holder office has no holder, and the stretches inside the
// complete range of any other one-holder office with none, ordered by
// office and date. Promised are the heads of state and government of
// every country, the foreign and defence ministers of the G20, the Middle
// East and North Africa and the P5, the UN, NATO and EU top posts,
// supreme leaders and the leaders of armed groups that have a leader
// office. An office outside its existence (from … to) has no gap then.
func (k *KB) Gaps() []Gap {
	asOf := k.latestAsOf()
	var gaps []Gap
	promised := map[string]string{} // office id → group
	heads := map[string]bool{}      // countries with a head office
	for id, o := range k.offices {
		if o.Never {
			continue
		}
		a, isActor := k.actors[o.Country]
		switch {
		case headKeys[o.Key] && isActor && a.Kind == KindCountry:
			// a collective or co-held head office (Nicaragua's
			// co-presidency) has a gap only where it has no holder at all
			promised[id] = GapHeads
			heads[o.Country] = true
		case !o.Single:
		case o.Key == OfficeSupremeLeader:
			promised[id] = GapSupreme
		case o.Key == OfficeLeader && isActor && a.Kind == KindArmedGroup:
			promised[id] = GapGroups
		}
	}
	missing := func(id, group string, file string, line int) {
		if o, ok := k.offices[id]; ok {
			if !o.Never {
				promised[id] = group
			}
			return
		}
		gaps = append(gaps, Gap{Office: id, Group: group, From: PromisedSince, To: asOf,
			Days: daysBetween(PromisedSince, asOf), Missing: true, File: file, Line: line})
	}
	for _, c := range ministerStates {
		if a, ok := k.actors[c]; ok { // a KB without the state promises nothing of it
			missing(OfficeID(c, OfficeForeignMinister), GapMinisters, a.File, a.Line)
			missing(OfficeID(c, OfficeDefenceMinister), GapMinisters, a.File, a.Line)
		}
	}
	orgs := map[string]bool{} // organisations with an office
	for _, o := range k.offices {
		orgs[o.Country] = true
	}
	for _, id := range intlOffices {
		if c, _, _ := splitOfficeID(id); orgs[c] {
			missing(id, GapIntl, "", 0)
		}
	}
	for _, id := range k.order {
		if a := k.actors[id]; a.Kind == KindCountry && !heads[id] {
			gaps = append(gaps, Gap{Office: OfficeID(id, OfficeHeadOfState), Group: GapHeads, From: PromisedSince, To: asOf,
				Days: daysBetween(PromisedSince, asOf), Missing: true, File: a.File, Line: a.Line})
		}
	}
	ids := make([]string, 0, len(k.offices))
	for id, o := range k.offices {
		if promised[id] != "" || (o.Single && !o.Never && !o.CompleteFrom.IsZero()) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		o := k.offices[id]
		group := promised[id]
		var from, to Date
		if group != "" {
			from = PromisedSince
			if !o.CompleteFrom.IsZero() && o.CompleteFrom.First().Compare(from) < 0 {
				from = o.CompleteFrom.First()
			}
			to = k.AsOf(o.Source)
			if to.IsZero() {
				to = asOf
			}
		} else {
			group = GapComplete
			from = o.CompleteFrom.First()
			to = o.CompleteTo
			if to.IsZero() {
				to = k.AsOf(o.Source)
			}
		}
		if !o.From.IsZero() && o.From.First().Compare(from) > 0 {
			from = o.From.First()
		}
		if !o.To.IsZero() && (to.IsZero() || o.To.Last().Compare(to.Last()) < 0) {
			to = o.To
		}
		if to.IsZero() {
			continue
		}
		gaps = append(gaps, k.officeGaps(o, group, from, to.Last())...)
	}
	sort.SliceStable(gaps, func(i, j int) bool {
		if gaps[i].Office != gaps[j].Office {
			return gaps[i].Office < gaps[j].Office
		}
		return gaps[i].From.Compare(gaps[j].From) < 0
	})
	return gaps
}

// officeGaps returns the stretches of more than maxGap days between from
// and end (days) that no role of o covers. A role's dates are read at
// their widest (a start "2006" from 2006-01-01, an end "2006" to
// 2006-12-31); a role without a start covers nothing.
func (k *KB) officeGaps(o *Office, group string, from, end Date) []Gap {
	var gaps []Gap
	add := func(a, b Date) {
		if d := daysBetween(a, b); d > maxGap {
			gaps = append(gaps, Gap{Office: o.ID, Group: group, From: a, To: b, Days: d, Complete: k.completeOver(o, a, b), File: o.File, Line: o.Line})
		}
	}
	covered := from // every day before covered has a holder
	for _, r := range k.Holders(o.ID) {
		if r.Start.IsZero() {
			continue
		}
		start := r.Start.First()
		if start.Compare(end) > 0 {
			break
		}
		add(covered, start)
		rend := end
		if !r.End.IsZero() {
			rend = r.End.Last()
		}
		if rend.Compare(covered) > 0 {
			covered = rend
		}
	}
	add(covered, end)
	return gaps
}

// completeOver reports whether the days a … b overlap o's complete range.
func (k *KB) completeOver(o *Office, a, b Date) bool {
	if o.CompleteFrom.IsZero() || b.Compare(o.CompleteFrom.First()) <= 0 {
		return false
	}
	to := o.CompleteTo
	if to.IsZero() {
		to = k.AsOf(o.Source)
	}
	return to.IsZero() || a.Compare(to.Last()) < 0
}

// latestAsOf returns the latest as-of date of the KB's sources.
func (k *KB) latestAsOf() Date {
	var d Date
	for _, s := range k.Sources {
		if s.AsOf.Last().Compare(d) > 0 {
			d = s.AsOf.Last()
		}
	}
	return d
}

// daysBetween returns the days from a to b (negative when b is earlier).
func daysBetween(a, b Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// Kinds of a GapReview.
const (
	ReviewVacant = "vacant"   // the office really had no holder (or was suspended)
	ReviewUnsure = "unsure"   // a holder the team could not confirm is left out
	ReviewNone   = "none"     // the state has no one-holder office of the kind
	ReviewLeft   = "left_out" // a known holder left out on purpose (a name that would mislead the mention stage, docs/kb.md)
)

// A GapReview explains the gaps of one office inside From … To (both
// inclusive, at their precision): a line of the reviewed gaps file
// (kb/data/gaps.txt).
type GapReview struct {
	Office string `json:"office"`
	From   Date   `json:"from"`
	To     Date   `json:"to"`
	Kind   string `json:"kind"` // one of the Review… constants
	Reason string `json:"reason"`
	Line   int    `json:"line"`
	used   bool
}

// ParseGapReviews reads reviewed gaps: lines "<office> <from> <to> <kind>
// <reason>", kind one of vacant, unsure, none, left_out; '#' starts a comment line.
func ParseGapReviews(r io.Reader, name string) ([]*GapReview, error) {
	var out []*GapReview
	var errs ErrorList
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 5 {
			errs.Add(name, n, "want <office> <from> <to> <kind> <reason>")
			continue
		}
		from, err1 := ParseDate(f[1])
		to, err2 := ParseDate(f[2])
		if err1 != nil || err2 != nil || from.IsZero() || to.IsZero() || to.Last().Compare(from.First()) < 0 {
			errs.Add(name, n, "bad period %s … %s", f[1], f[2])
			continue
		}
		switch f[3] {
		case ReviewVacant, ReviewUnsure, ReviewNone, ReviewLeft:
		default:
			errs.Add(name, n, "kind %q: want vacant, unsure, none or left_out", f[3])
			continue
		}
		out = append(out, &GapReview{Office: f[0], From: from, To: to, Kind: f[3], Reason: strings.Join(f[4:], " "), Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, errs.Err()
}

// ReviewGaps sets the Review of every gap that a review of its office
// covers (the gap's From … To inside the review's period) and returns
// the reviews that explain no gap (stale: the gap was filled or moved).
func ReviewGaps(gaps []Gap, reviews []*GapReview) (stale []*GapReview) {
	by := map[string][]*GapReview{}
	for _, r := range reviews {
		r.used = false
		by[r.Office] = append(by[r.Office], r)
	}
	for i := range gaps {
		g := &gaps[i]
		for _, r := range by[g.Office] {
			if r.From.First().Compare(g.From) <= 0 && g.To.Compare(r.To.Last()) <= 0 {
				g.Review, r.used = r, true
				break
			}
		}
	}
	for _, r := range reviews {
		if !r.used {
			stale = append(stale, r)
		}
	}
	return stale
}

// ShippedGapReviews returns the reviewed gaps of the shipped KB.
func ShippedGapReviews() ([]*GapReview, error) {
	return ParseGapReviews(bytes.NewReader(gapReviews), ShippedPrefix+"gaps.txt")
}
