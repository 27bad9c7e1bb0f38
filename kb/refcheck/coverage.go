package refcheck

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// Coverage is the other half of the quality loop: Compare judges only the
// facts both sides have, so a holder the KB lacks is invisible to it. A
// missing holder inside an office's complete_from … complete_to range is
// the worst error of a verification desk: the KB then calls a true title
// "contradicted". CheckCoverage lists, for every office the KB models that
// a reference table also covers, the reference terms overlapping a window
// (2000-01-01 to the KB's as-of date) that no KB role of the same person
// in the office overlaps.
//
// Terms are matched as in Compare: the same office id and a person whose
// name, alias or wd.Q… QID matches, with JoinGap days of slack on the
// overlap. Rows of different tables (and conflicting rows of one table)
// for the same person whose periods overlap are one reference term; it is
// covered when any of its rows is. REIGN rows are matched against the
// person's head-of-state and head-of-government roles in the country (by
// surname, as in the advisory comparison) and reported under the office
// "reign:<ISO3>"; since REIGN names the effective leader and not the
// office, its gaps are never counted as inside a complete range.
//
// A reference term that is wrong (a row copied from another post, a
// person who never held the office) is listed in the exceptions file as
//
//	missing <office>@<person slug>@<reference start> <reason>
//
// (the key is Gap.Key); it stays in the report, marked excepted.

// A Gap is one reference term the KB lacks.
type Gap struct {
	Office string `json:"office"` // office id, or reign:<ISO3>
	Person string `json:"person"` // as the reference writes it
	// Key identifies the gap in the exceptions file:
	// <office>@<person slug>@<start> ("?" for an unknown start).
	Key     string   `json:"key"`
	Start   kb.Date  `json:"start"`
	End     kb.Date  `json:"end"` // zero: open at the reference's as-of date
	Sources []string `json:"sources"`
	// InComplete is set when the term overlaps the office's complete
	// range inside the window: a claim of the title on such a day is
	// judged contradicted.
	InComplete bool `json:"in_complete"`
	// KBHolders names the KB's holders of the office during the term
	// (a hint: the same person spelt differently, or a rival reading).
	KBHolders []string `json:"kb_holders,omitempty"`
	Excepted  string   `json:"excepted,omitempty"`
}

func (g Gap) String() string {
	s := fmt.Sprintf("%s  %s  %s – %s  [%s]", g.Office, g.Person, orUnknown(g.Start), orOpen(g.End), strings.Join(g.Sources, ", "))
	if len(g.KBHolders) > 0 {
		s += "  KB: " + strings.Join(g.KBHolders, "; ")
	}
	if g.Excepted != "" {
		s += " (excepted: " + g.Excepted + ")"
	}
	return s
}

func orUnknown(d kb.Date) string {
	if d.IsZero() {
		return "?"
	}
	return d.String()
}

// A SourceCoverage counts one table's terms inside the window.
type SourceCoverage struct {
	Source  string `json:"source"`
	Terms   int    `json:"terms"`
	Covered int    `json:"covered"`
}

// A CoverageReport is the outcome of CheckCoverage.
type CoverageReport struct {
	From    kb.Date `json:"from"`
	To      kb.Date `json:"to"`
	Offices int     `json:"offices"` // offices the KB models that a table covers (REIGN: countries)
	Terms   int     `json:"terms"`   // reference terms inside the window
	Covered int     `json:"covered"`
	// Missing lists the terms no KB role covers: those inside complete
	// ranges first, then by office and start.
	Missing    []Gap `json:"missing"`
	InComplete int   `json:"missing_in_complete"` // of Missing, not excepted
	Excepted   int   `json:"excepted"`
	// OutsideOffice counts the terms (not in Terms) that lie wholly
	// outside the KB office's From … To.
	OutsideOffice int              `json:"outside_office"`
	BySource      []SourceCoverage `json:"by_source"`
	// Stale lists "missing" exceptions that match no gap any more.
	Stale []string `json:"stale_exceptions,omitempty"`
}

// Failed reports whether a "missing" exception has gone stale.
func (c *CoverageReport) Failed() bool { return len(c.Stale) > 0 }

// Print writes the report for people, grouped by office: the missing
// terms no exception explains, or with all the excepted ones too.
func (c *CoverageReport) Print(w io.Writer, all bool) {
	fmt.Fprintf(w, "coverage: reference terms overlapping %s – %s on %d modelled offices\n", c.From, c.To, c.Offices)
	for _, part := range []struct {
		in    bool
		title string
	}{{true, "missing inside complete ranges (each a false \"contradicted\" waiting to happen)"}, {false, "missing outside complete ranges (claims judged unknown), or of an unknown office (REIGN)"}} {
		office := ""
		n := 0
		for _, g := range c.Missing {
			if g.InComplete != part.in || (g.Excepted != "" && !all) {
				continue
			}
			if n == 0 {
				fmt.Fprintln(w, part.title+":")
			}
			n++
			if g.Office != office {
				office = g.Office
				fmt.Fprintf(w, "  %s\n", office)
			}
			fmt.Fprintf(w, "    %s\n", strings.TrimPrefix(g.String(), g.Office+"  "))
		}
	}
	for _, e := range c.Stale {
		fmt.Fprintf(w, "stale exception (matches no missing term): missing %s\n", e)
	}
	for _, s := range c.BySource {
		fmt.Fprintf(w, "  %-26s %5d terms, %5d covered\n", s.Source, s.Terms, s.Covered)
	}
	rate := 0.0
	if c.Terms > 0 {
		rate = 100 * float64(c.Covered) / float64(c.Terms)
	}
	fmt.Fprintf(w, "coverage %.1f%%: %d of %d reference terms covered, %d missing (%d inside complete ranges, %d excepted); %d more lie outside the office's existence\n",
		rate, c.Covered, c.Terms, len(c.Missing), c.InComplete, c.Excepted, c.OutsideOffice)
}

// MissingKey returns the exceptions-file key of a reference term: office,
// the person's folded name with anything but letters and digits turned
// into "-", and the reference's start ("?" when unknown), joined by "@".
// CheckCoverage passes the row's QID for a name with no Latin letters.
func MissingKey(office, person string, start kb.Date) string {
	return office + "@" + slug(person) + "@" + orUnknown(start)
}

func slug(name string) string {
	var sb strings.Builder
	dash := false
	for _, r := range kb.Fold(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
			dash = false
		} else if !dash && sb.Len() > 0 {
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

// refTerm is a group of reference rows for one person in one office whose
// periods overlap.
type refTerm struct {
	rows       []refRole
	start, end kb.Date // the first row's dates (the highest-ranked table)
	hi         kb.Date // the latest end of the rows (open: far future)
}

// sourceRank orders the tables: the office tables first.
func sourceRank(s string) int {
	switch s {
	case "wikidata-ep":
		return 0
	case "curated-overlay":
		return 1
	case "countryinfo":
		return 2
	case "world-leaders-2021", "foreign-ministers-2022":
		return 3 // years, or a start only
	}
	return 4
}

// CheckCoverage lists the reference terms overlapping from … to on offices
// the KB models that no KB role covers (see Coverage above). exceptions
// is the parsed exceptions file; its "missing" entries mark gaps excepted.
func CheckCoverage(k *kb.KB, ref *Reference, from, to kb.Date, exceptions map[string]string) *CoverageReport {
	rep := &CoverageReport{From: from, To: to, Missing: []Gap{}}
	bySource := map[string]*SourceCoverage{}
	names := personNames(k)
	offices := make([]string, 0, len(ref.byOffice))
	for id := range ref.byOffice {
		offices = append(offices, id)
	}
	for id := range ref.covOnly {
		if _, ok := ref.byOffice[id]; !ok {
			offices = append(offices, id)
		}
	}
	sort.Strings(offices)
	used := map[string]bool{}
	for _, id := range offices {
		var holders []kb.Role
		var complete []kb.Period
		var exists kb.Period // when the office existed (zero bounds: open)
		modelled := false
		if iso, ok := strings.CutPrefix(id, "reign:"); ok {
			// REIGN names the effective leader, not the office: its
			// gaps are never placed inside a complete range
			for _, o := range k.Offices() {
				if o.Country == iso && reignHead(o.Key) {
					modelled = true
					holders = append(holders, k.Holders(o.ID)...)
				}
			}
		} else if o, ok := k.Office(id); ok {
			modelled = true
			exists = kb.Period{Start: o.From, End: o.To}
			holders = k.Holders(id)
			if p := completeRange(o, to); !p.Start.IsZero() {
				complete = append(complete, p)
			}
		}
		if !modelled {
			continue
		}
		rows := ref.byOffice[id]
		if extra := ref.covOnly[id]; len(extra) > 0 {
			rows = append(append([]refRole(nil), rows...), extra...)
		}
		terms := groupTerms(rows, from, to)
		if len(terms) == 0 {
			continue
		}
		rep.Offices++
		reign := strings.HasPrefix(id, "reign:")
		for _, t := range terms {
			if !spans(t.start, handedOver(t.start, t.hi), exists.Start, exists.End) {
				// the table's row is for a post the KB's office replaced
				// or was replaced by (Bhutan's rotating chairmen before
				// the premiership of 2008)
				rep.OutsideOffice++
				continue
			}
			covered := false
			for _, r := range t.rows {
				if coveredBy(r, holders, names, reign) {
					covered = true
					break
				}
			}
			rep.Terms++
			seen := map[string]bool{}
			for _, r := range t.rows {
				if seen[r.source] {
					continue
				}
				seen[r.source] = true
				sc := bySource[r.source]
				if sc == nil {
					sc = &SourceCoverage{Source: r.source}
					bySource[r.source] = sc
				}
				sc.Terms++
				if covered {
					sc.Covered++
				}
			}
			if covered {
				rep.Covered++
				continue
			}
			first := t.rows[0]
			keyName := first.name
			if slug(keyName) == "" && first.qid != "" {
				keyName = first.qid // a name in a script Fold keeps no letters of
			}
			g := Gap{Office: id, Person: first.name, Start: t.start, End: t.end, Key: MissingKey(id, keyName, t.start)}
			if g.Person == "" {
				g.Person = first.person
			}
			for _, r := range t.rows {
				if !contains(g.Sources, r.source) {
					g.Sources = append(g.Sources, r.source)
				}
			}
			// the end day is the successor's (hand-over day)
			lo, hi := clip(t.start, handedOver(t.start, t.hi), from, to)
			for _, p := range complete {
				if spans(lo, hi, p.Start, p.End) {
					g.InComplete = true
				}
			}
			for _, h := range holders {
				if spans(t.start, t.hi, h.Start.First(), openEnd(h.End)) {
					if a, ok := k.Actor(h.Person); ok && !contains(g.KBHolders, a.Name) {
						g.KBHolders = append(g.KBHolders, a.Name)
					}
				}
			}
			if why, ok := exceptions["missing "+g.Key]; ok {
				g.Excepted = why
				used[g.Key] = true
				rep.Excepted++
			} else if g.InComplete {
				rep.InComplete++
			}
			rep.Missing = append(rep.Missing, g)
		}
	}
	for key := range exceptions {
		if m, ok := strings.CutPrefix(key, "missing "); ok && !used[m] {
			rep.Stale = append(rep.Stale, m)
		}
	}
	sort.Strings(rep.Stale)
	sort.SliceStable(rep.Missing, func(i, j int) bool {
		a, b := rep.Missing[i], rep.Missing[j]
		if a.InComplete != b.InComplete {
			return a.InComplete
		}
		if a.Office != b.Office {
			return a.Office < b.Office
		}
		return lowDate(a.Start).Compare(lowDate(b.Start)) < 0
	})
	for _, s := range bySource {
		rep.BySource = append(rep.BySource, *s)
	}
	sort.Slice(rep.BySource, func(i, j int) bool {
		a, b := rep.BySource[i].Source, rep.BySource[j].Source
		if ra, rb := sourceRank(a), sourceRank(b); ra != rb {
			return ra < rb
		}
		return a < b // sources of one rank by name, not in map order
	})
	return rep
}

// reignHead reports whether a country office can be REIGN's effective
// leader: a head of state or government (headKey), a revolutionary
// "leader" (Libya's Guide, 1969-2011) or a caretaker government's chief
// adviser (Bangladesh).
func reignHead(key string) bool {
	return headKey(key) || key == "leader" || key == "chief_adviser"
}

// completeRange returns the days on which the office's holder list is
// complete, as kb.KB.Complete reads it: a bound of month or year precision
// leaves its month or year unknown, an open end runs to to (the KB's
// as-of date), and days the office did not exist (From, To) are not
// complete. A zero Start when there are none.
func completeRange(o *kb.Office, to kb.Date) kb.Period {
	if o.CompleteFrom.IsZero() {
		return kb.Period{}
	}
	lo := o.CompleteFrom
	if lo.Precision() != "day" {
		lo = nextDay(lo.Last())
	}
	hi := to
	if !o.CompleteTo.IsZero() {
		hi = o.CompleteTo
		if hi.Precision() != "day" {
			hi = kb.DateOf(hi.First().Time().AddDate(0, 0, -1))
		}
	}
	if !o.From.IsZero() && o.From.Last().Compare(lo) > 0 {
		lo = o.From.Last()
	}
	if !o.To.IsZero() && o.To.First().Compare(hi) < 0 {
		hi = o.To.First()
	}
	if hi.Compare(lo) < 0 {
		return kb.Period{}
	}
	return kb.Period{Start: lo, End: hi}
}

// personNames caches, per KB person, the folded names and QIDs.
type nameSet struct{ names, qids map[string]bool }

func personNames(k *kb.KB) func(id string) nameSet {
	cache := map[string]nameSet{}
	return func(id string) nameSet {
		if s, ok := cache[id]; ok {
			return s
		}
		s := nameSet{names: map[string]bool{}, qids: map[string]bool{}}
		if p, ok := k.Actor(id); ok {
			for _, n := range p.AllNames() {
				s.names[n.Folded] = true
				if q, ok := strings.CutPrefix(n.Text, "wd."); ok && strings.HasPrefix(q, "Q") {
					s.qids[q] = true
				}
			}
		}
		cache[id] = s
		return s
	}
}

// coveredBy reports whether one of holders is the row's person in a role
// overlapping the row (JoinGap days of slack): a name, alias or QID
// matches, or (tables transliterate and abbreviate names differently:
// "Glafkos Kliridis", "Ricardo Lagos Escobar", REIGN's "Rajoy Brey") the
// names are alike (see alike). A REIGN row is also covered by a head
// holder whose name ends with the row's last word (its surname).
func coveredBy(r refRole, holders []kb.Role, names func(string) nameSet, reign bool) bool {
	end := rowEnd(r)
	words := nameWords(r.person)
	for _, h := range holders {
		if !overlaps(h.Start, h.End, r.start, end) {
			continue
		}
		ns := names(h.Person)
		if !reign && (ns.names[r.person] || (r.qid != "" && ns.qids[r.qid])) {
			return true
		}
		near := !r.start.IsZero() && dist(r.start, h.Start) <= reignWindow
		for n := range ns.names {
			if reign && len(words) > 0 && (n == words[len(words)-1] || strings.HasSuffix(n, " "+words[len(words)-1])) {
				return true // REIGN's leader is the head holder with that surname
			}
			if alike(words, n, near) {
				return true
			}
		}
	}
	return false
}

// particles are the words of names that name no one: articles,
// patronymic links, numerals, honorifics.
var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "ben": true, "de": true, "da": true,
	"do": true, "dos": true, "das": true, "del": true, "la": true, "le": true, "van": true, "von": true, "der": true, "y": true, "i": true,
	"ii": true, "iii": true, "iv": true, "v": true, "vi": true, "jr": true, "sr": true, "of": true, "acting": true, "sheikh": true, "shaikh": true,
	"sir": true, "dr": true, "ratu": true, "lyonpo": true, "samdech": true, "crown": true, "prince": true, "baron": true,
	"emir": true, "sultan": true, "general": true, "gen": true, "hojatolislam": true}

// translit folds spellings that romanisations of one name differ in
// (Burdzhanadze, Burjanadze; Khodzhaev, Hodjaev) before words are compared.
var translit = strings.NewReplacer("dzh", "j", "dj", "j", "zh", "j", "kh", "h", "ou", "u", "ee", "i", "y", "i", "ph", "f", "w", "v", "q", "k", "ck", "k")

// nameWords returns the words of a folded name that are no particle.
func nameWords(folded string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == '"' || r == '.' }) {
		if !particles[w] {
			out = append(out, w)
		}
	}
	return out
}

// alike reports whether a reference name (its words) and the folded KB
// name n are one person's: two words alike, one of at least 5 letters
// ("lagos") or every word of both names ("hun sen"), or, when the terms start within reignWindow days (near), one
// word of at least 4 letters ("Banzer Suarez" for Hugo Banzer). Words are
// alike when equal or, both of at least 5 letters, one a prefix of the
// other or at most one edit apart (two for words of 8 letters or more).
func alike(words []string, n string, near bool) bool {
	kw := nameWords(n)
	matched, long := 0, false
	for _, w := range words {
		for _, k := range kw {
			if wordsAlike(w, k) {
				matched++
				if len(w) >= 5 {
					long = true
				}
				if near && len(w) >= 4 {
					return true
				}
				break
			}
		}
	}
	// every word of both names alike ("Hun Sen"): short words suffice
	return matched >= 2 && (long || matched == len(words) && matched == len(kw))
}

func wordsAlike(a, b string) bool {
	if a == b {
		return true
	}
	a, b = translit.Replace(a), translit.Replace(b)
	if len(a) < 5 || len(b) < 5 {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	max := 1
	if len(a) >= 8 && len(b) >= 8 {
		max = 2
	}
	return editDistance(a, b) <= max
}

// editDistance is the Levenshtein distance between two strings, by rune.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = 1 + min(c, prev[j], cur[j-1])
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// groupTerms returns the rows overlapping from … to grouped into terms:
// rows for one person whose periods overlap (JoinGap days of slack), the
// highest-ranked table's row first.
func groupTerms(rows []refRole, from, to kb.Date) []refTerm {
	var in []refRole
	for _, r := range rows {
		if r.start.IsZero() && r.end.IsZero() {
			continue // an undated row places the person nowhere
		}
		if spans(lowDate(r.start), rowEnd(r), from, to) {
			in = append(in, r)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].person != in[j].person {
			return in[i].person < in[j].person
		}
		return lowDate(in[i].start).Compare(lowDate(in[j].start)) < 0
	})
	var out []refTerm
	for _, r := range in {
		if n := len(out); n > 0 {
			t := &out[n-1]
			if t.rows[0].person == r.person && overlaps(t.rows[0].start, t.hi, r.start, rowEnd(r)) {
				t.rows = append(t.rows, r)
				if e := rowEnd(r); e.Compare(t.hi) > 0 {
					t.hi = e
				}
				continue
			}
		}
		out = append(out, refTerm{rows: []refRole{r}, hi: rowEnd(r)})
	}
	for i := range out {
		t := &out[i]
		sort.SliceStable(t.rows, func(a, b int) bool { return sourceRank(t.rows[a].source) < sourceRank(t.rows[b].source) })
		t.start, t.end = t.rows[0].start, t.rows[0].end
	}
	return out
}

// rowEnd is the last day a row can speak for: its end, else its table's
// as-of date, else the far future.
func rowEnd(r refRole) kb.Date {
	switch {
	case !r.end.IsZero():
		return r.end.Last()
	case !r.asOf.IsZero() && (r.start.IsZero() || r.asOf.Compare(r.start.Last()) >= 0):
		return r.asOf.Last()
	case !r.asOf.IsZero():
		return r.start.Last() // a spell opened after the table's as-of date
	}
	return kb.Date{Year: 9999, Month: 12, Day: 31}
}

func lowDate(d kb.Date) kb.Date {
	if d.IsZero() {
		return kb.Date{Year: 1, Month: 1, Day: 1}
	}
	return d.First()
}

func openEnd(d kb.Date) kb.Date {
	if d.IsZero() {
		return kb.Date{Year: 9999, Month: 12, Day: 31}
	}
	return d.Last()
}

// spans reports whether the day ranges lo1 … hi1 and lo2 … hi2 share a
// day, without slack (the bounds are read at their precision).
func spans(lo1, hi1, lo2, hi2 kb.Date) bool {
	return lowDate(lo1).Compare(openEnd(hi2)) <= 0 && lowDate(lo2).Compare(openEnd(hi1)) <= 0
}

// handedOver returns the last day a term ending on day end (of day
// precision) is held alone: the day before, when the term lasts longer
// than that day.
func handedOver(start, end kb.Date) kb.Date {
	if end.Precision() != "day" || end.Year == 9999 {
		return end
	}
	prev := kb.DateOf(end.Time().AddDate(0, 0, -1))
	if !start.IsZero() && prev.Compare(start.Last()) < 0 {
		return end
	}
	return prev
}

// clip narrows lo … hi to from … to.
func clip(lo, hi, from, to kb.Date) (kb.Date, kb.Date) {
	if lowDate(lo).Compare(from.First()) < 0 {
		lo = from
	}
	if openEnd(hi).Compare(to.Last()) > 0 {
		hi = to
	}
	return lo, hi
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
