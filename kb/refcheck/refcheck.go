// Package refcheck compares the roles of a KB with reference tables (the
// Wikidata-derived office-holder CSVs and the curated overlay in the
// shared kb folder) and reports where they disagree. It is the quality
// loop of the shipped KB: kb/quality_test.go and "sitrep kb check
// --against DIR" run it.
//
// # What is compared
//
// A fact is one KB term that a reference table also has: the same office
// id, a person whose name (or one of its aliases, such as a "wd.Q…" QID)
// folds to the reference person's name, and overlapping terms. Before
// comparing, both sides are brought to one shape, never by widening the
// dates:
//
//   - Consecutive terms of one person in one office are joined (the next
//     starting at most JoinGap days after the previous end): Wikidata
//     splits a tenure at every new cabinet. Rows that overlap more deeply
//     (one inside the other) are not joined: they are conflicting
//     readings of one tenure, and the KB fact agrees if it agrees with
//     one of them.
//   - A KB term that opens with acting, interim or caretaker roles has two
//     dated starts, the acting one and the substantive one; a reference
//     that dates either agrees (tables differ on whether an acting period
//     belongs to the tenure).
//   - Ends of one-holder offices are read as the hand-over day: an end the
//     day before the same table's next holder starts (the "last full day"
//     convention) is the day that holder starts. The KB writes the
//     hand-over day; many Wikidata rows write the last day.
//
// Then the comparison is strict: two dates agree when their ranges at
// their precision share a day (2006-03 agrees with 2006-03-17; 2006-03-31
// does not agree with 2006-04-01). An end the reference could not know
// (after its as-of date) agrees with its open end, and a start before the
// first start a table lists for the office agrees with that row (the
// table begins later).
//
// The tolerant figure adds one named convention, reported beside the
// strict one and never used for the target: the dates of different legal
// acts of one transition (nomination, appointment, election by
// parliament, swearing-in, inauguration, a government's formation) lie
// days apart, so dates within Tolerance days count as the same
// transition. Exceptions (kb/data/exceptions.txt) must list every
// disagreement beyond Tolerance, with a reason; disagreements within it
// are counted against the strict rate and listed by "kb check --against
// DIR --all".
package refcheck

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/kb/importer"
)

// JoinGap is how many days may lie between the end of one term and the
// start of the next term of the same person in the same office for the
// two to be joined into one tenure. It shapes terms; it never makes two
// dates agree.
const JoinGap = 7

// Tolerance is the window of the tolerant figure only: how many days
// apart the dates of two legal acts of one transition (appointment and
// swearing-in, election and inauguration) may lie.
const Tolerance = 7

// TargetAgreement is the strict agreement the project aims for.
const TargetAgreement = 0.98

// MinAgreement is the strict agreement below which the check fails: a
// regression floor just under the current figure, so that a data edit
// breaking terms is caught, while every disagreement beyond Tolerance
// must still be reviewed and listed.
const MinAgreement = 0.89

// A Disagreement is one fact on which the KB and a reference differ.
type Disagreement struct {
	Role      string  `json:"role"`   // KB role id
	Person    string  `json:"person"` // KB person name
	Office    string  `json:"office"`
	Field     string  `json:"field"` // start or end
	KB        kb.Date `json:"kb"`
	Reference kb.Date `json:"reference"`
	RefSource string  `json:"reference_source"`
	File      string  `json:"file"`
	Line      int     `json:"line"`
	// Days is the gap between the two dates' ranges (-1: one is open).
	Days int `json:"days"`
	// WithinTolerance is set when the dates lie within Tolerance days:
	// the tolerant figure counts them as agreeing.
	WithinTolerance bool   `json:"within_tolerance"`
	Excepted        string `json:"excepted,omitempty"` // the reason from the exceptions file, if listed
}

func (d Disagreement) String() string {
	s := fmt.Sprintf("%s:%d: %s %s %s: KB %s, %s %s", d.File, d.Line, d.Person, d.Office, d.Field, orOpen(d.KB), d.RefSource, orOpen(d.Reference))
	if d.WithinTolerance {
		s += fmt.Sprintf(" [%d days]", d.Days)
	}
	if d.Excepted != "" {
		s += " (excepted: " + d.Excepted + ")"
	}
	return s
}

func orOpen(d kb.Date) string {
	if d.IsZero() {
		return "open"
	}
	return d.String()
}

// A Report is the outcome of a comparison.
type Report struct {
	Facts  int     `json:"facts"`          // KB terms a reference also has
	Agreed int     `json:"agreed"`         // facts whose start and end agree strictly
	Rate   float64 `json:"agreement_rate"` // Agreed / Facts: the figure held to TargetAgreement
	// TolerantAgreed and TolerantRate count the facts whose dates agree
	// within Tolerance days (see the package comment).
	TolerantAgreed int            `json:"tolerant_agreed"`
	TolerantRate   float64        `json:"tolerant_agreement_rate"`
	Disagreements  []Disagreement `json:"disagreements"` // every strict disagreement
	// Unlisted counts the disagreements beyond Tolerance that the
	// exceptions file does not list.
	Unlisted int `json:"unlisted"`
	// Stale lists exceptions that match no disagreement any more (the data
	// or the comparison changed); they can be removed.
	Stale   []string `json:"stale_exceptions,omitempty"`
	Sources []string `json:"sources"` // reference tables read
	// Advisory is the comparison with CountryInfo's leader lists and
	// REIGN, whose conventions differ from office tenure by design
	// (election rather than inauguration dates, pre-independence
	// presidencies, REIGN's "effective leader"): it is reported for review
	// but does not count in Rate or fail the check.
	Advisory *Report `json:"advisory,omitempty"`
}

// Failed reports whether the KB falls short: a disagreement beyond
// Tolerance that the exceptions file does not list, a stale exception, or
// strict agreement below the MinAgreement floor.
func (r *Report) Failed() bool {
	return r.Facts > 0 && (r.Rate < MinAgreement || r.Unlisted > 0 || len(r.Stale) > 0)
}

// Beyond counts the disagreements beyond Tolerance.
func (r *Report) Beyond() int {
	n := 0
	for _, d := range r.Disagreements {
		if !d.WithinTolerance {
			n++
		}
	}
	return n
}

// Print writes the report for people: the disagreements beyond
// Tolerance and the reviewed ones within it, or with all every one.
func (r *Report) Print(w io.Writer, all bool) {
	if a := r.Advisory; a != nil && a.Facts > 0 {
		fmt.Fprintf(w, "advisory: %s (conventions differ; for review, not counted below)\n", strings.Join(a.Sources, ", "))
		for _, d := range a.Disagreements {
			if all || !d.WithinTolerance {
				fmt.Fprintln(w, "  "+d.String())
			}
		}
		fmt.Fprintf(w, "advisory agreement %.1f%% strict, %.1f%% within %d days (%d facts)\n\n", 100*a.Rate, 100*a.TolerantRate, Tolerance, a.Facts)
	}
	fmt.Fprintf(w, "compared with %s\n", strings.Join(r.Sources, ", "))
	for _, d := range r.Disagreements {
		if all || !d.WithinTolerance || d.Excepted != "" {
			fmt.Fprintln(w, d)
		}
	}
	for _, e := range r.Stale {
		fmt.Fprintf(w, "stale exception (matches no disagreement): %s\n", e)
	}
	fmt.Fprintf(w, "strict agreement %.1f%% (%d of %d overlapping facts; target %.0f%%, floor %.0f%%)\n",
		100*r.Rate, r.Agreed, r.Facts, 100*TargetAgreement, 100*MinAgreement)
	fmt.Fprintf(w, "tolerant agreement %.1f%% (%d of %d; dates of one transition up to %d days apart agree)\n",
		100*r.TolerantRate, r.TolerantAgreed, r.Facts, Tolerance)
	fmt.Fprintf(w, "%d disagreements (%d within %d days), %d beyond it not in the exceptions file, %d stale exceptions\n",
		len(r.Disagreements), len(r.Disagreements)-r.Beyond(), Tolerance, r.Unlisted, len(r.Stale))
}

// refRole is a role from a reference table.
type refRole struct {
	person string // folded person name
	name   string // the name as the table writes it (for reports)
	qid    string
	start  kb.Date
	end    kb.Date
	asOf   kb.Date
	source string
}

// Reference is a loaded set of reference roles, keyed by office id.
type Reference struct {
	byOffice    map[string][]refRole
	firstStart  map[string]kb.Date         // office+"\x00"+source → earliest start the table lists
	startsOn    map[string]map[string]bool // office+"\x00"+source+"\x00"+day → persons starting then
	Sources     []string
	reignStates int      // REIGN states mapped to ISO3 (0: no REIGN table)
	advisory    []string // sources compared for review only (see Report.Advisory)
	// covOnly holds rows read for the coverage check only (see
	// leaders.go), keyed by office id; CoverageSources names their tables.
	covOnly         map[string][]refRole
	CoverageSources []string
}

func (ref *Reference) isAdvisory(source string) bool {
	for _, s := range ref.advisory {
		if s == source {
			return true
		}
	}
	return false
}

// LoadReference reads the reference tables under dir (the shared data's
// kb folder): officeholders-wikidata-ep/*/html_holders21.csv and
// curated-overlay/officeholding_overlay.csv, whichever exist. names
// resolves country names (pass the shipped KB).
func LoadReference(dir string, names *kb.KB) (*Reference, error) {
	ref := &Reference{byOffice: map[string][]refRole{}}
	ep := filepath.Join(dir, "officeholders-wikidata-ep")
	if _, err := os.Stat(ep); err == nil {
		recs, err := importer.WikidataEP(ep, names, nil)
		if err != nil {
			return nil, err
		}
		asOf := map[string]kb.Date{}
		for _, s := range recs.Sources {
			asOf[s.Name] = s.AsOf
		}
		pname := map[string]kb.Actor{}
		for _, a := range recs.Actors {
			pname[a.ID] = a
		}
		for _, r := range recs.Roles {
			p := pname[r.Person]
			ref.add(r.Office, refRole{person: kb.Fold(p.Name), name: p.Name, qid: strings.TrimPrefix(r.Person, "wd."), start: r.Start, end: r.End, asOf: asOf[r.Source], source: "wikidata-ep"})
		}
		ref.mergeTerms()
		ref.Sources = append(ref.Sources, "officeholders-wikidata-ep")
	}
	ov := filepath.Join(dir, "curated-overlay", "officeholding_overlay.csv")
	if _, err := os.Stat(ov); err == nil {
		if err := ref.loadOverlay(ov, names); err != nil {
			return nil, err
		}
		ref.Sources = append(ref.Sources, "curated-overlay")
	}
	ci := filepath.Join(dir, "countryinfo", "CountryInfo.120116.txt")
	if _, err := os.Stat(ci); err == nil {
		if err := ref.loadCountryInfo(ci); err != nil {
			return nil, err
		}
		ref.advisory = append(ref.advisory, "countryinfo")
	}
	rg := filepath.Join(dir, "reign", "leaderlist_3_21.csv")
	if _, err := os.Stat(rg); err == nil {
		if err := ref.loadREIGN(rg, names); err != nil {
			return nil, err
		}
	}
	for _, t := range []struct {
		file, name string
		load       func(string, *kb.KB) error
	}{
		{filepath.Join(ep, "world-leaders-2021", "data_wikidata.csv"), "world-leaders-2021", ref.loadWorldLeaders},
		{filepath.Join(ep, "world", "sources_foreign_wikidata.csv"), "foreign-ministers-2022", ref.loadForeignMinisters},
	} {
		if _, err := os.Stat(t.file); err == nil {
			if err := t.load(t.file, names); err != nil {
				return nil, err
			}
			ref.CoverageSources = append(ref.CoverageSources, t.name)
		}
	}
	if len(ref.Sources) == 0 {
		return nil, fmt.Errorf("%s: no reference tables (want officeholders-wikidata-ep/ or curated-overlay/)", dir)
	}
	return ref, nil
}

// mergeTerms joins a person's consecutive rows for one office (the next
// starting no earlier than JoinGap days before, and at most JoinGap days
// after, the previous end): Wikidata often splits one uninterrupted
// tenure at each new cabinet or re-election. Rows that overlap more (the
// same start with different ends, or one row inside another) are
// conflicting readings of one tenure and are kept apart; Compare takes
// the one that agrees.
func (ref *Reference) mergeTerms() {
	for office, rows := range ref.byOffice {
		sort.SliceStable(rows, func(i, j int) bool {
			if rows[i].person != rows[j].person {
				return rows[i].person < rows[j].person
			}
			return rows[i].start.First().Compare(rows[j].start.First()) < 0
		})
		out := rows[:0]
		for _, r := range rows {
			if n := len(out); n > 0 {
				last := &out[n-1]
				if last.person == r.person && last.source == r.source && consecutive(last.end, r.start) {
					last.end = r.end
					continue
				}
			}
			out = append(out, r)
		}
		ref.byOffice[office] = out
	}
}

// consecutive reports whether a term starting at start continues one
// ending at end: it starts within JoinGap days of that end (of its range,
// at its precision), on either side.
func consecutive(end, start kb.Date) bool {
	return !end.IsZero() && !start.IsZero() && gap(end, start) <= JoinGap
}

func (ref *Reference) add(office string, r refRole) {
	ref.byOffice[office] = append(ref.byOffice[office], r)
	if r.start.IsZero() {
		return
	}
	if ref.firstStart == nil {
		ref.firstStart = map[string]kb.Date{}
		ref.startsOn = map[string]map[string]bool{}
	}
	key := office + "\x00" + r.source
	if f, ok := ref.firstStart[key]; !ok || r.start.First().Compare(f.First()) < 0 {
		ref.firstStart[key] = r.start
	}
	if r.start.Precision() == "day" {
		k := key + "\x00" + r.start.String()
		if ref.startsOn[k] == nil {
			ref.startsOn[k] = map[string]bool{}
		}
		ref.startsOn[k][r.person] = true
	}
}

// handoverEnd returns the end of reference row c read as the hand-over
// day: when another person's row for the office in the same table starts
// the day after c's end, that day.
func (ref *Reference) handoverEnd(office string, c refRole) kb.Date {
	if c.end.Precision() != "day" {
		return c.end
	}
	next := nextDay(c.end)
	for p := range ref.startsOn[office+"\x00"+c.source+"\x00"+next.String()] {
		if p != c.person {
			return next
		}
	}
	return c.end
}

func nextDay(d kb.Date) kb.Date { return kb.DateOf(d.Time().AddDate(0, 0, 1)) }

// truncated reports whether a reference row's start is where its table
// for the office begins: the table cannot know an earlier start, as it
// cannot know an end after its as-of date.
func (ref *Reference) truncated(office string, c refRole, kbStart kb.Date) bool {
	f, ok := ref.firstStart[office+"\x00"+c.source]
	return ok && !kbStart.IsZero() && dist(f, c.start) <= JoinGap && kbStart.Last().Compare(c.start.First()) < 0
}

func (ref *Reference) loadOverlay(path string, names *kb.KB) error {
	recs, err := csvFile(path)
	if err != nil {
		return err
	}
	for _, r := range recs {
		label := r["position"]
		if strings.HasPrefix(strings.ToLower(label), "acting ") {
			label = label[len("acting "):]
		}
		key := importer.OfficeKey(label, r["country_iso3"], names)
		start, _ := kb.ParseDate(r["start"])
		end, _ := kb.ParseDate(r["end"])
		ref.add(kb.OfficeID(r["country_iso3"], key), refRole{person: kb.Fold(r["person"]), name: r["person"], qid: r["wikidata_qid"], start: start, end: end,
			asOf: kb.Date{Year: 2025, Month: 6, Day: 30}, source: "curated-overlay"})
	}
	return nil
}

// A term is a KB tenure: a person's consecutive roles in one office
// joined. It keeps the id, file and line of its first role.
type term struct {
	kb.Role
	// substantive is the start of the first role without an acting,
	// interim, caretaker or de facto qualifier when the term opens with
	// such roles (zero otherwise): the term's second dated start.
	substantive kb.Date
}

// a verdict is how one KB term compares with one reference row.
type verdict struct {
	c                      refRole
	refEnd                 kb.Date // the row's end as compared (raw or read as the hand-over day)
	kbEnd                  kb.Date // the term's end likewise
	startGap, endGap       int     // gaps in days (-1: agree for a structural reason or one side open)
	startStrict, endStrict bool
	startTol, endTol       bool
}

func (v verdict) strict() bool   { return v.startStrict && v.endStrict }
func (v verdict) tolerant() bool { return v.startTol && v.endTol }

// Compare compares the roles of k with ref. exceptions maps
// "<role id> <field>" to the reason the disagreement is accepted.
func Compare(k *kb.KB, ref *Reference, exceptions map[string]string) *Report {
	rep := &Report{Sources: ref.Sources, Disagreements: []Disagreement{}}
	adv := &Report{Sources: ref.advisory, Disagreements: []Disagreement{}}
	for _, t := range kbTerms(k) {
		cands := ref.byOffice[t.Office]
		if len(cands) == 0 {
			continue
		}
		p, ok := k.Actor(t.Person)
		if !ok {
			continue
		}
		names := map[string]bool{}
		qids := map[string]bool{}
		for _, n := range p.AllNames() {
			names[n.Folded] = true
			if strings.HasPrefix(n.Text, "wd.Q") {
				qids[strings.TrimPrefix(n.Text, "wd.")] = true
			}
		}
		single := false
		if o, ok := k.Office(t.Office); ok {
			single = o.Single
		}
		kbEnd := t.End
		if single {
			kbEnd = kbHandoverEnd(k, t.Role)
		}
		// per source, the matching row that agrees best: strictly, then
		// within Tolerance, then the closest in start and end
		best := map[string]verdict{}
		for _, c := range cands {
			if !(names[c.person] || (c.qid != "" && qids[c.qid])) {
				continue
			}
			cend := c.end
			if cend.IsZero() {
				cend = c.asOf // an open reference spell is only known up to its as-of date
			}
			if !overlaps(t.Start, t.End, c.start, cend) {
				continue // another term of the same person
			}
			v := ref.judge(t, kbEnd, c, single)
			if prev, ok := best[c.source]; !ok || better(v, prev, t.Role) {
				best[c.source] = v
			}
		}
		srcs := make([]string, 0, len(best))
		for s := range best {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		for _, s := range srcs {
			v := best[s]
			to := rep
			if ref.isAdvisory(s) {
				to = adv
			}
			to.Facts++
			if v.strict() {
				to.Agreed++
			}
			if v.tolerant() {
				to.TolerantAgreed++
			}
			if !v.startStrict {
				to.add(t.Role, p, "start", t.Start, v.c.start, v.startGap, v.startTol, s, exceptions)
			}
			if !v.endStrict {
				to.add(t.Role, p, "end", v.kbEnd, v.refEnd, v.endGap, v.endTol, s, exceptions)
			}
		}
	}
	if ref.reignStates > 0 {
		adv.Sources = append(adv.Sources, "reign")
		compareREIGN(k, ref, adv, exceptions)
	}
	if adv.Facts > 0 {
		adv.rates()
		rep.Advisory = adv
	}
	used := map[string]bool{}
	for _, d := range append(rep.Disagreements, adv.Disagreements...) {
		used[d.Role+" "+d.Field] = true
	}
	for key := range exceptions {
		if !used[key] && !strings.HasPrefix(key, "missing ") {
			rep.Stale = append(rep.Stale, key)
		}
	}
	sort.Strings(rep.Stale)
	rep.rates()
	return rep
}

func (rep *Report) rates() {
	if rep.Facts > 0 {
		rep.Rate = float64(rep.Agreed) / float64(rep.Facts)
		rep.TolerantRate = float64(rep.TolerantAgreed) / float64(rep.Facts)
	}
}

// judge compares term t (whose end read as the hand-over day is kbEnd)
// with reference row c.
func (ref *Reference) judge(t term, kbEnd kb.Date, c refRole, single bool) verdict {
	v := verdict{c: c, refEnd: c.end, kbEnd: t.End}
	switch {
	case ref.truncated(t.Office, c, t.Start):
		v.startStrict, v.startTol, v.startGap = true, true, -1
	default:
		v.startGap = gap(t.Start, c.start)
		if !t.substantive.IsZero() {
			v.startGap = min(v.startGap, gap(t.substantive, c.start))
		}
		v.startStrict = v.startGap == 0
		v.startTol = v.startGap <= Tolerance
	}
	v.endGap = endGap(t.End, c.end, c.asOf)
	if single && v.endGap != 0 {
		// either side may write its last full day instead of the
		// hand-over day; the ends agree when some reading of each is
		// the same day
		refEnd := ref.handoverEnd(t.Office, c)
		for _, e := range [][2]kb.Date{{kbEnd, refEnd}, {t.End, refEnd}, {kbEnd, c.end}} {
			if g := endGap(e[0], e[1], c.asOf); g < v.endGap {
				v.endGap, v.kbEnd, v.refEnd = g, e[0], e[1]
			}
		}
	}
	v.endStrict = v.endGap == 0
	v.endTol = v.endGap <= Tolerance
	return v
}

// better reports whether verdict a is a better reading of a KB term than
// b: it agrees strictly, or else within Tolerance, where b does not; at
// equal standing the row closer in start, then end, wins.
func better(a, b verdict, r kb.Role) bool {
	rank := func(v verdict) int {
		switch {
		case v.strict():
			return 0
		case v.tolerant():
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return closeness(a.c, r) < closeness(b.c, r)
}

// kbHandoverEnd returns the end of KB role r read as the hand-over day:
// when another person's role in the office starts the day after r's end
// (r's end is its last full day), that day.
func kbHandoverEnd(k *kb.KB, r kb.Role) kb.Date {
	if r.End.Precision() != "day" {
		return r.End
	}
	next := nextDay(r.End)
	for _, h := range k.Holders(r.Office) {
		if h.Person != r.Person && h.Start == next {
			return next
		}
	}
	return r.End
}

func (rep *Report) add(r kb.Role, p *kb.Actor, field string, kbd, refd kb.Date, days int, within bool, src string, exceptions map[string]string) {
	if days >= 1<<29 {
		days = -1
	}
	d := Disagreement{Role: r.ID, Person: p.Name, Office: r.Office, Field: field, KB: kbd, Reference: refd, RefSource: src,
		File: r.File, Line: r.Line, Days: days, WithinTolerance: within}
	if why, ok := exceptions[r.ID+" "+field]; ok {
		d.Excepted = why
	} else if !within {
		rep.Unlisted++
	}
	rep.Disagreements = append(rep.Disagreements, d)
}

// kbTerms returns the KB's roles with each person's consecutive roles in
// one office joined (see consecutive; e.g. an acting term followed by the
// full one), as mergeTerms does for the references. A joined term keeps
// the id and position of its first role; when it opens with qualified
// (acting, interim, caretaker, de facto) roles, the start of the first
// unqualified one is kept as its substantive start.
func kbTerms(k *kb.KB) []term {
	var out []term
	seen := map[string]bool{}
	for _, r := range k.Roles() {
		key := r.Person + "\x00" + r.Office
		if seen[key] {
			continue
		}
		seen[key] = true
		var rs []kb.Role
		for _, x := range k.RolesOf(r.Person) {
			if x.Office == r.Office {
				rs = append(rs, x)
			}
		}
		qualified := false // the term being built has only qualified roles so far
		for _, x := range rs {
			if n := len(out); n > 0 {
				last := &out[n-1]
				if last.Person == x.Person && last.Office == x.Office && consecutive(last.End, x.Start) &&
					x.Start.First().Compare(last.Start.Last()) > 0 {
					if qualified && x.Qualifier == "" {
						last.substantive = x.Start
						qualified = false
					}
					if x.End.IsZero() || x.End.Last().Compare(last.End.Last()) > 0 {
						last.End = x.End
					}
					continue
				}
			}
			out = append(out, term{Role: x})
			qualified = x.Qualifier != ""
		}
	}
	return out
}

// closeness ranks reference rows for a KB role: start distance first,
// then end distance (a reference with conflicting rows for one start is
// given the benefit of the doubt).
func closeness(c refRole, r kb.Role) int {
	d := dist(c.start, r.Start) * 4
	switch {
	case c.end.IsZero() && r.End.IsZero():
	case c.end.IsZero() || r.End.IsZero():
		d += 2000
	default:
		d += min(dist(c.end, r.End), 2000)
	}
	return d
}

// overlaps reports whether two periods share a day, give or take JoinGap
// days; an open end runs to the far future, an open start from the far
// past.
func overlaps(s1, e1, s2, e2 kb.Date) bool {
	lo := func(d kb.Date) kb.Date {
		if d.IsZero() {
			return kb.Date{Year: 1, Month: 1, Day: 1}
		}
		return d.First()
	}
	hi := func(d kb.Date) kb.Date {
		if d.IsZero() {
			return kb.Date{Year: 9999, Month: 12, Day: 31}
		}
		return d.Last()
	}
	slack := func(d kb.Date) kb.Date { return kb.DateOf(d.Time().AddDate(0, 0, JoinGap)) }
	return lo(s1).Compare(slack(hi(e2))) <= 0 && lo(s2).Compare(slack(hi(e1))) <= 0
}

// dist is the distance in days between the first days of two dates; a
// zero date is far from everything.
func dist(a, b kb.Date) int {
	if a.IsZero() || b.IsZero() {
		return 1 << 30
	}
	d := int(a.First().Time().Sub(b.First().Time()).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// gap is the number of days between the ranges of two dates at their
// precision: 0 when they share a day (2006-03 and 2006-03-17), 1 for
// neighbouring days. Two unknown dates are 0 apart; an unknown and a
// known one are far apart.
func gap(a, b kb.Date) int {
	if a.IsZero() || b.IsZero() {
		if a.IsZero() == b.IsZero() {
			return 0
		}
		return 1 << 30
	}
	switch {
	case a.Last().Compare(b.First()) < 0:
		return int(b.First().Time().Sub(a.Last().Time()).Hours() / 24)
	case b.Last().Compare(a.First()) < 0:
		return int(a.First().Time().Sub(b.Last().Time()).Hours() / 24)
	}
	return 0
}

// agree reports whether two dates agree strictly: their ranges share a
// day. Two unknown dates agree; an unknown and a known one do not.
func agree(a, b kb.Date) bool { return gap(a, b) == 0 }

// endGap is the gap between a KB end and a reference end: 0 when they
// agree or when the KB end lies after the reference's as-of date while
// the reference, not knowing it yet, has none; otherwise the gap (for an
// open reference end, the gap to its as-of date).
func endGap(kbEnd, refEnd, refAsOf kb.Date) int {
	if refEnd.IsZero() && !kbEnd.IsZero() && !refAsOf.IsZero() {
		if kbEnd.Last().Compare(refAsOf.First()) > 0 {
			return 0
		}
		return gap(kbEnd, refAsOf)
	}
	return gap(kbEnd, refEnd)
}

// endAgrees reports whether two ends agree strictly (see endGap).
func endAgrees(kbEnd, refEnd, refAsOf kb.Date) bool { return endGap(kbEnd, refEnd, refAsOf) == 0 }

// ReadExceptions reads an exceptions file (see ParseExceptions). A
// missing file is no exceptions.
func ReadExceptions(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseExceptions(f, path)
}

// ParseExceptions reads exceptions: lines "<role id> <start|end>
// <reason…>", each accepting one disagreement, and lines "missing
// <office>@<person slug>@<start> <reason…>", each accepting one reference
// term the KB lacks (see CheckCoverage; keyed "missing " + the Gap key);
// blank lines and "#" comments are skipped.
func ParseExceptions(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || t[0] == '#' {
			continue
		}
		fs := strings.SplitN(t, " ", 3)
		if fs[0] == "missing" {
			// a reference term the KB rightly lacks (see CheckCoverage)
			if len(fs) < 3 || strings.Count(fs[1], "@") != 2 || strings.TrimSpace(fs[2]) == "" {
				return nil, fmt.Errorf("%s:%d: want \"missing <office>@<person slug>@<start> <reason>\"", name, line)
			}
			out["missing "+fs[1]] = strings.TrimSpace(fs[2])
			continue
		}
		if len(fs) < 3 || (fs[1] != "start" && fs[1] != "end") || strings.TrimSpace(fs[2]) == "" {
			return nil, fmt.Errorf("%s:%d: want \"<role id> start|end <reason>\" or \"missing <office>@<person slug>@<start> <reason>\"", name, line)
		}
		out[fs[0]+" "+fs[1]] = strings.TrimSpace(fs[2])
	}
	return out, sc.Err()
}
