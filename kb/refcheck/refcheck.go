// Package refcheck compares the roles of a KB with reference tables (the
// Wikidata-derived office-holder CSVs and the curated overlay in the
// shared kb folder) and reports where they disagree. It is the quality
// loop of the shipped KB: kb/quality_test.go and "sitrep kb check
// --against DIR" run it.
//
// # What is compared
//
// A fact is one KB role that a reference table also has: the same office
// id and a person whose name (or one of its aliases, such as a "wd.Q…"
// QID) folds to the reference person's name. When a person held the same
// office twice, the reference role with the closest start is taken. The
// start dates agree when the two dates' ranges (2006 covers the whole
// year, 2006-03 the whole month) come within Slack days of each other;
// the end dates likewise, and also when the KB has an end after the
// reference's as-of date while the reference, not knowing it yet, has
// none. Slack absorbs the usual one-to-few-day differences between an
// appointment and a swearing-in.
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

// Slack is how many days two dates may differ beyond their precision and
// still agree.
const Slack = 7

// TargetAgreement is the raw agreement the project aims for. Reviewed
// disagreements (the exceptions file) are mostly differences of dating
// convention — appointment against swearing-in, a cabinet's date against
// its head's — so the raw rate is reported against this target but does
// not fail the check by itself.
const TargetAgreement = 0.98

// MinAgreement is the raw agreement below which the check fails: a floor
// that catches regressions (a data edit that breaks many terms at once)
// while every disagreement above it must still be reviewed and listed.
const MinAgreement = 0.94

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
	Excepted  string  `json:"excepted,omitempty"` // the reason from the exceptions file, if listed
}

func (d Disagreement) String() string {
	s := fmt.Sprintf("%s:%d: %s %s %s: KB %s, %s %s", d.File, d.Line, d.Person, d.Office, d.Field, orOpen(d.KB), d.RefSource, orOpen(d.Reference))
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
	Facts         int            `json:"facts"`  // KB roles a reference also has
	Agreed        int            `json:"agreed"` // facts whose start and end agree
	Rate          float64        `json:"agreement_rate"`
	Disagreements []Disagreement `json:"disagreements"`
	Unlisted      int            `json:"unlisted"` // disagreements not in the exceptions file
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

// Failed reports whether the KB falls short: a disagreement the
// exceptions file does not list, a stale exception, or agreement below
// the MinAgreement floor.
func (r *Report) Failed() bool {
	return r.Facts > 0 && (r.Rate < MinAgreement || r.Unlisted > 0 || len(r.Stale) > 0)
}

// Print writes the report for people.
func (r *Report) Print(w io.Writer) {
	if a := r.Advisory; a != nil && a.Facts > 0 {
		fmt.Fprintf(w, "advisory: %s (conventions differ; for review, not counted below)\n", strings.Join(a.Sources, ", "))
		for _, d := range a.Disagreements {
			fmt.Fprintln(w, "  "+d.String())
		}
		fmt.Fprintf(w, "advisory agreement %.1f%% (%d of %d facts)\n\n", 100*a.Rate, a.Agreed, a.Facts)
	}
	fmt.Fprintf(w, "compared with %s\n", strings.Join(r.Sources, ", "))
	for _, d := range r.Disagreements {
		fmt.Fprintln(w, d)
	}
	for _, e := range r.Stale {
		fmt.Fprintf(w, "stale exception (matches no disagreement): %s\n", e)
	}
	fmt.Fprintf(w, "agreement %.1f%% (%d of %d overlapping facts; target %.0f%%, floor %.0f%%); %d disagreements, %d not in the exceptions file, %d stale exceptions\n",
		100*r.Rate, r.Agreed, r.Facts, 100*TargetAgreement, 100*MinAgreement, len(r.Disagreements), r.Unlisted, len(r.Stale))
}

// refRole is a role from a reference table.
type refRole struct {
	person string // folded person name
	qid    string
	start  kb.Date
	end    kb.Date
	asOf   kb.Date
	source string
}

// Reference is a loaded set of reference roles, keyed by office id.
type Reference struct {
	byOffice    map[string][]refRole
	firstStart  map[string]kb.Date // office+"\x00"+source → earliest start the table lists
	Sources     []string
	reignStates int      // REIGN states mapped to ISO3 (0: no REIGN table)
	advisory    []string // sources compared for review only (see Report.Advisory)
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
			ref.add(r.Office, refRole{person: kb.Fold(p.Name), qid: strings.TrimPrefix(r.Person, "wd."), start: r.Start, end: r.End, asOf: asOf[r.Source], source: "wikidata-ep"})
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
	if len(ref.Sources) == 0 {
		return nil, fmt.Errorf("%s: no reference tables (want officeholders-wikidata-ep/ or curated-overlay/)", dir)
	}
	return ref, nil
}

// mergeTerms joins a person's consecutive rows for one office (the next
// starting within Slack days of the previous end): Wikidata often splits
// one uninterrupted tenure at each new cabinet or re-election.
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
				if last.person == r.person && last.source == r.source && !last.end.IsZero() && !r.start.IsZero() &&
					r.start.First().Compare(last.start.Last()) > 0 && // same start: conflicting rows, keep both
					(r.start.First().Compare(last.end.Last()) <= 0 || dist(last.end, r.start) <= Slack) {
					if r.end.IsZero() || r.end.Last().Compare(last.end.Last()) > 0 {
						last.end = r.end
					}
					continue
				}
			}
			out = append(out, r)
		}
		ref.byOffice[office] = out
	}
}

func (ref *Reference) add(office string, r refRole) {
	ref.byOffice[office] = append(ref.byOffice[office], r)
	if r.start.IsZero() {
		return
	}
	if ref.firstStart == nil {
		ref.firstStart = map[string]kb.Date{}
	}
	key := office + "\x00" + r.source
	if f, ok := ref.firstStart[key]; !ok || r.start.First().Compare(f.First()) < 0 {
		ref.firstStart[key] = r.start
	}
}

// truncated reports whether a reference row's start is where its table
// for the office begins: the table cannot know an earlier start, as it
// cannot know an end after its as-of date.
func (ref *Reference) truncated(office string, c refRole, kbStart kb.Date) bool {
	f, ok := ref.firstStart[office+"\x00"+c.source]
	return ok && !kbStart.IsZero() && dist(f, c.start) <= Slack && kbStart.Last().Compare(c.start.First()) < 0
}

func (ref *Reference) loadOverlay(path string, names *kb.KB) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := overlayRows(f, path)
	if err != nil {
		return err
	}
	for _, r := range recs {
		label := r["position"]
		qual := ""
		if strings.HasPrefix(strings.ToLower(label), "acting ") {
			qual = "acting"
			label = label[len("acting "):]
		}
		_ = qual
		key := importer.OfficeKey(label, r["country_iso3"], names)
		start, _ := kb.ParseDate(r["start"])
		end, _ := kb.ParseDate(r["end"])
		ref.add(kb.OfficeID(r["country_iso3"], key), refRole{person: kb.Fold(r["person"]), qid: r["wikidata_qid"], start: start, end: end,
			asOf: kb.Date{Year: 2025, Month: 6, Day: 30}, source: "curated-overlay"})
	}
	return nil
}

// Compare compares the roles of k with ref. exceptions maps
// "<role id> <field>" to the reason the disagreement is accepted.
func Compare(k *kb.KB, ref *Reference, exceptions map[string]string) *Report {
	rep := &Report{Sources: ref.Sources, Disagreements: []Disagreement{}}
	adv := &Report{Sources: ref.advisory, Disagreements: []Disagreement{}}
	for _, r := range kbTerms(k) {
		cands := ref.byOffice[r.Office]
		if len(cands) == 0 {
			continue
		}
		p, ok := k.Actor(r.Person)
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
		// pick the matching reference roles per source, closest start first
		bySource := map[string]refRole{}
		for _, c := range cands {
			if !(names[c.person] || (c.qid != "" && qids[c.qid])) {
				continue
			}
			cend := c.end
			if cend.IsZero() {
				cend = c.asOf // an open reference spell is only known up to its as-of date
			}
			if !overlaps(r.Start, r.End, c.start, cend) {
				continue // another term of the same person
			}
			if prev, ok := bySource[c.source]; !ok || closeness(c, r) < closeness(prev, r) {
				bySource[c.source] = c
			}
		}
		srcs := make([]string, 0, len(bySource))
		for s := range bySource {
			srcs = append(srcs, s)
		}
		sort.Strings(srcs)
		for _, s := range srcs {
			c := bySource[s]
			to := rep
			if ref.isAdvisory(s) {
				to = adv
			}
			to.Facts++
			ok := true
			if !agree(r.Start, c.start) && !ref.truncated(r.Office, c, r.Start) {
				ok = false
				to.add(r, p, "start", r.Start, c.start, s, exceptions)
			}
			if !endAgrees(r.End, c.end, c.asOf) {
				ok = false
				to.add(r, p, "end", r.End, c.end, s, exceptions)
			}
			if ok {
				to.Agreed++
			}
		}
	}
	if ref.reignStates > 0 {
		adv.Sources = append(adv.Sources, "reign")
		compareREIGN(k, ref, adv, exceptions)
	}
	if adv.Facts > 0 {
		adv.Rate = float64(adv.Agreed) / float64(adv.Facts)
		rep.Advisory = adv
	}
	used := map[string]bool{}
	for _, d := range append(rep.Disagreements, adv.Disagreements...) {
		used[d.Role+" "+d.Field] = true
	}
	for key := range exceptions {
		if !used[key] {
			rep.Stale = append(rep.Stale, key)
		}
	}
	sort.Strings(rep.Stale)
	if rep.Facts > 0 {
		rep.Rate = float64(rep.Agreed) / float64(rep.Facts)
	}
	return rep
}

func (rep *Report) add(r kb.Role, p *kb.Actor, field string, kbd, refd kb.Date, src string, exceptions map[string]string) {
	d := Disagreement{Role: r.ID, Person: p.Name, Office: r.Office, Field: field, KB: kbd, Reference: refd, RefSource: src, File: r.File, Line: r.Line}
	if why, ok := exceptions[r.ID+" "+field]; ok {
		d.Excepted = why
	} else {
		rep.Unlisted++
	}
	rep.Disagreements = append(rep.Disagreements, d)
}

// kbTerms returns the KB's roles with each person's consecutive roles in
// one office joined (the next starting within Slack days of the previous
// end, e.g. an acting term followed by the full one), as mergeTerms does
// for the references. A joined term keeps the id and position of its
// first role.
func kbTerms(k *kb.KB) []kb.Role {
	var out []kb.Role
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
		for _, x := range rs {
			if n := len(out); n > 0 {
				last := &out[n-1]
				if last.Person == x.Person && last.Office == x.Office && !last.End.IsZero() && !x.Start.IsZero() &&
					x.Start.First().Compare(last.Start.Last()) > 0 &&
					(x.Start.First().Compare(last.End.Last()) <= 0 || dist(last.End, x.Start) <= Slack) {
					if x.End.IsZero() || x.End.Last().Compare(last.End.Last()) > 0 {
						last.End = x.End
					}
					continue
				}
			}
			out = append(out, x)
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

// overlaps reports whether two periods share a day, give or take Slack
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
	slack := func(d kb.Date) kb.Date { return kb.DateOf(d.Time().AddDate(0, 0, Slack)) }
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

// agree reports whether two dates agree within their precision plus
// Slack. Two unknown dates agree; an unknown and a known one do not.
func agree(a, b kb.Date) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() == b.IsZero()
	}
	// gap between the ranges [a.First, a.Last] and [b.First, b.Last]
	gap := 0
	if a.Last().Compare(b.First()) < 0 {
		gap = int(b.First().Time().Sub(a.Last().Time()).Hours() / 24)
	} else if b.Last().Compare(a.First()) < 0 {
		gap = int(a.First().Time().Sub(b.Last().Time()).Hours() / 24)
	}
	return gap <= Slack
}

// endAgrees compares end dates: a KB end after the reference's as-of date
// agrees with an open reference end (the reference could not know it).
func endAgrees(kbEnd, refEnd, refAsOf kb.Date) bool {
	if refEnd.IsZero() && !kbEnd.IsZero() && !refAsOf.IsZero() && kbEnd.Last().Compare(refAsOf.First()) > 0 {
		return true
	}
	if refEnd.IsZero() && !kbEnd.IsZero() && !refAsOf.IsZero() && agree(kbEnd, refAsOf) {
		return true
	}
	return agree(kbEnd, refEnd)
}

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
// <reason…>", each accepting one disagreement; blank lines and "#"
// comments are skipped.
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
		if len(fs) < 3 || (fs[1] != "start" && fs[1] != "end") || strings.TrimSpace(fs[2]) == "" {
			return nil, fmt.Errorf("%s:%d: want \"<role id> start|end <reason>\"", name, line)
		}
		out[fs[0]+" "+fs[1]] = strings.TrimSpace(fs[2])
	}
	return out, sc.Err()
}
