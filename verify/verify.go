// Package verify checks an article's checkable claims against the KB as
// of the article's date and turns them into findings with evidence:
// titles people did not hold at that date, offices that did not exist,
// people unknown to an office whose holder list is complete, speakers who
// had died, relation histories the KB contradicts, sets of roles that fit
// no single date, and the sourcing and text-integrity signals a
// verification desk weighs.
//
// A verdict of "contradicted" is given only on positive evidence; a gap
// in the KB, a date past a source's as-of date, or a date finer than the
// KB's precision gives "unverifiable", never "supported" or
// "contradicted".
//
// A title is judged at the time its sentence is about: the article date,
// unless the sentence names only an earlier time ("in 2003, Prime
// Minister X"). A former holder merely mentioned, without a verb of
// speech or action or a date that places him at the article's time,
// keeps a courtesy or historical title ("an affair with President
// Clinton"); a surname alone is not contradicted where another holder
// of the office bore it or the KB's list of holders is incomplete; and a
// country guessed from context never makes a stranger an impostor. The
// planted-error corpus in testdata/planted and the real-news tests
// measure both sides of that trade.
package verify

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Stage is the verification pipeline stage. It requires mentions (role
// claims) and reads quotes, times and events when present.
type Stage struct {
	k *kb.KB
	// titles maps the folded name and aliases of every KB office
	// ("european council president") to it, for titles the mention
	// stage could not resolve to an office.
	titles map[string]*kb.Office
	// roles holds KB.RolesOf of every person who holds or held an
	// office, fetched once in New (RolesOf copies and sorts).
	roles map[string][]kb.Role
	// relations holds KB.Relations of every pair of states with relation
	// events, by pairOf, gathered once in New (Relations reads every
	// event and sorts).
	relations map[[2]string][]kb.Relation
	// roleEv holds the evidence of every role in roles, by role id,
	// written once in New (see evidenceRole).
	roleEv map[string]*roleEvidence
	// given holds the folded words that open the names of many KB people
	// ("mohammad", "john"): given names too common for a shared one to
	// make two names alike (see resembles).
	given map[string]bool
}

// A roleEvidence is a role with its evidence (evidenceRole).
type roleEvidence struct {
	role kb.Role
	ev   doc.Evidence
}

// New returns the verify stage over a read-only KB: k must not change
// after New.
func New(k *kb.KB) *Stage {
	s := &Stage{k: k, titles: map[string]*kb.Office{}, roles: map[string][]kb.Role{}}
	for _, r := range k.Roles() {
		if _, ok := s.roles[r.Person]; !ok {
			s.roles[r.Person] = k.RolesOf(r.Person)
		}
	}
	s.relations = map[[2]string][]kb.Relation{}
	for _, r := range k.AllRelations() {
		if key := pairOf(r.A, r.B); s.relations[key] == nil {
			s.relations[key] = k.Relations(r.A, r.B)
		}
	}
	s.roleEv = map[string]*roleEvidence{}
	w := &checker{k: k} // writes the evidence as a document's checker does
	for _, rs := range s.roles {
		for _, r := range rs {
			s.roleEv[r.ID] = &roleEvidence{r, w.evidenceRole(r)}
		}
	}
	ambiguous := map[string]bool{}
	for _, o := range k.Offices() {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			f := kb.Fold(n)
			if prev, ok := s.titles[f]; ok && prev.ID != o.ID {
				ambiguous[f] = true
			}
			s.titles[f] = o
		}
	}
	for f := range ambiguous {
		delete(s.titles, f)
	}
	s.given = commonGivenNames(k)
	return s
}

// commonGiven is how many KB people's names a word must open to be a
// common given name.
const commonGiven = 8

// commonGivenNames returns the first words of the names of at least
// commonGiven KB people whose names have more than one word.
func commonGivenNames(k *kb.KB) map[string]bool {
	n := map[string]int{}
	for _, a := range k.Actors() {
		if a.Kind != kb.KindPerson {
			continue
		}
		if w := strings.Fields(kb.Fold(a.Name)); len(w) > 1 {
			n[w[0]]++
		}
	}
	given := map[string]bool{}
	for w, c := range n {
		if c >= commonGiven {
			given[w] = true
		}
	}
	return given
}

func (*Stage) Name() string          { return "verify" }
func (*Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerMentions} }
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerFindings} }

// Process fills d.Findings, d.DateWindow and d.Sourcing.
func (s *Stage) Process(d *doc.Doc) error {
	c := &checker{k: s.k, d: d, titles: s.titles, roles: s.roles, rels: s.relations, roleEv: s.roleEv, given: s.given}
	if d.HasDate() {
		c.day, c.dated = kb.DateOf(d.Date), true
	}
	// about a finding per role claim, and a few of sourcing and
	// integrity: sized once, not grown a doubling at a time
	c.out = make([]doc.Finding, 0, len(d.RoleClaims)+4)
	c.roleClaims()
	if !c.dated && c.d.DateWindow == nil {
		c.toldWindow()
	}
	c.relations()
	c.switches()
	c.speakers()
	c.sourcing()
	c.integrity()
	sortFindings(c.out)
	if len(c.out) == 0 {
		c.out = nil // as before the sizing: no findings is a nil layer
	}
	d.Findings = c.out
	d.Fill(doc.LayerFindings)
	return nil
}

// checker is the state of one document's verification.
type checker struct {
	k       *kb.KB
	d       *doc.Doc
	day     kb.Date // article date, when dated
	dayText string  // day.String(), once a finding needs it (dayISO)
	low     string  // segment.LowerASCII(d.Text), once lowerOf needs it
	// weekAgo is a week before day, once pastRefs needs it
	weekAgo   kb.Date
	weekAgoOK bool
	dated     bool
	// window is the estimated date window for an undated article (or
	// the window every claim fits, for a dated one); zero when none.
	window    ival
	hasWindow bool
	out       []doc.Finding
	asOf      []sourceDate // as-of date texts of the sources met (a document cites few)
	titles    map[string]*kb.Office
	roles     map[string][]kb.Role        // Stage.roles
	rels      map[[2]string][]kb.Relation // Stage.relations
	roleEv    map[string]*roleEvidence    // Stage.roleEv
	given     map[string]bool             // Stage.given
	// alts are the disjoint stretches an ambiguous window spans (nil
	// when it is one stretch).
	alts []ival
	scan *tokenScan // see tokenScan; nil until it is asked for
	// mentionIx and claimIx index the mentions and role claims by start
	// (see startIndex); nil until asked for
	mentionIx, claimIx *startIndex
	// checkBuf and roleBuf are the blocks newCheck and roleSlice carve
	// the claims' checks and roles from
	checkBuf []claimCheck
	roleBuf  []kb.Role
	ivalBuf  []ival         // the block ivalSlice carves from
	evBuf    []doc.Evidence // the block oneEvidence carves from
	// lastOfficeID and lastOffice are the latest office found (office)
	lastOfficeID string
	lastOffice   *kb.Office
	// pastBy holds pastRefs by sentence index; nil until it is asked for
	pastBy []sentRefs
	// dateline is the span of the dateline's date (datelineSpan), once
	// asked for (datelineOK)
	dateline   []doc.Span
	datelineOK bool
}

// rolesOf returns KB.RolesOf(person), read-only.
func (c *checker) rolesOf(person string) []kb.Role {
	if rs, ok := c.roles[person]; ok {
		return rs
	}
	return c.k.RolesOf(person)
}

// relationsOf returns KB.Relations(a, b), read-only.
func (c *checker) relationsOf(a, b string) []kb.Relation {
	if c.rels != nil {
		return c.rels[pairOf(a, b)] // nil for a pair with no events, as Relations
	}
	return c.k.Relations(a, b)
}

// pairOf is the key of the pair of states a and b in either order.
func pairOf(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func (c *checker) add(f doc.Finding) {
	if f.Evidence == nil {
		f.Evidence = []doc.Evidence{}
	}
	c.out = append(c.out, f)
}

// verdictRank orders verdicts: contradicted, unverifiable, supported
// (any other 0).
func verdictRank(v string) int {
	switch v {
	case doc.Unverifiable:
		return 1
	case doc.Supported:
		return 2
	}
	return 0
}

// kindRank orders kinds: checked claims (and any other kind) 0, text
// integrity 1, sourcing signals 2.
func kindRank(k string) int {
	switch k {
	case doc.FindTextIntegrity:
		return 1
	case doc.FindUnnamedSource, doc.FindHedgedClaim:
		return 2
	}
	return 0
}

// sortFindings orders findings as a reader acts on them: contradicted
// first, then checked claims before signals, then by position.
func sortFindings(fs []doc.Finding) {
	if len(fs) < 2 {
		return
	}
	// the ranks once per finding, not twice per comparison
	ranks := make([]findingRank, len(fs))
	for i := range fs {
		ranks[i] = findingRank{verdictRank(fs[i].Verdict), kindRank(fs[i].Kind)}
	}
	b := byRank{fs, ranks}
	if len(fs) > maxInsertion {
		sort.Stable(b)
		return
	}
	// the few findings of most documents: an insertion sort in place,
	// stable as sort.Stable is (so the same order), without boxing b
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && b.Less(j, j-1); j-- {
			b.Swap(j, j-1)
		}
	}
}

// maxInsertion is the most findings sortFindings sorts by insertion.
const maxInsertion = 24

// A findingRank is the verdict and kind rank of a finding.
type findingRank struct{ verdict, kind int }

// byRank sorts findings with their ranks (see sortFindings).
type byRank struct {
	fs    []doc.Finding
	ranks []findingRank
}

func (b byRank) Len() int { return len(b.fs) }

func (b byRank) Less(i, j int) bool {
	x, y := b.ranks[i], b.ranks[j]
	if x.verdict != y.verdict {
		return x.verdict < y.verdict
	}
	if x.kind != y.kind {
		return x.kind < y.kind
	}
	return b.fs[i].Span.Start < b.fs[j].Span.Start
}

func (b byRank) Swap(i, j int) {
	b.fs[i], b.fs[j] = b.fs[j], b.fs[i]
	b.ranks[i], b.ranks[j] = b.ranks[j], b.ranks[i]
}

// evidenceRole describes a role as evidence.
func (c *checker) evidenceRole(r kb.Role) doc.Evidence {
	// A role the KB holds has its evidence written once, in New: the
	// same role as the one cached (every field equal, most by pointer)
	// takes it from there.
	if e, ok := c.roleEv[r.ID]; ok && e.role == r {
		return e.ev
	}
	return doc.Evidence{KB: r.ID, Fact: c.roleFact(r), Source: r.Source, AsOf: c.asOfText(r.Source)}
}

// asOfText returns a source's as-of date as text, computed once per
// source and document.
func (c *checker) asOfText(source string) string {
	for _, sd := range c.asOf {
		if sd.source == source {
			return sd.text
		}
	}
	t := dateText(c.k.AsOf(source))
	c.asOf = append(c.asOf, sourceDate{source, t})
	return t
}

// A sourceDate is a KB source with its as-of date as text.
type sourceDate struct{ source, text string }

// dayISO returns the article date as text (kb.Date.String), computed
// once per document.
func (c *checker) dayISO() string {
	if c.dayText == "" {
		c.dayText = dateString(c.day)
	}
	return c.dayText
}

// dateString is kb.Date.String, without fmt for the years dateText
// writes (positive ones).
func dateString(d kb.Date) string {
	if d.Year > 0 {
		return dateText(d)
	}
	return d.String()
}

// dateText is kb.Date.String without fmt: "2006", "2006-01", "2006-01-02".
func dateText(d kb.Date) string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(appendDate(b[:0], d))
}

// appendDate appends dateText(d) to b.
func appendDate(b []byte, d kb.Date) []byte {
	if d.IsZero() {
		return b
	}
	b = pad(b, d.Year, 4)
	if d.Month != 0 {
		b = pad(append(b, '-'), d.Month, 2)
		if d.Day != 0 {
			b = pad(append(b, '-'), d.Day, 2)
		}
	}
	return b
}

// pad appends v in decimal, with zeros before it up to width digits.
func pad(b []byte, v, width int) []byte {
	// the widths dates have, without a loop
	switch {
	case width == 4 && v >= 0 && v < 10000:
		return append(b, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
	case width == 2 && v >= 0 && v < 100:
		return append(b, byte('0'+v/10), byte('0'+v%10))
	}
	var digits [8]byte
	n := 0
	for v > 0 || n == 0 {
		digits[n] = byte('0' + v%10)
		v /= 10
		n++
	}
	for ; n < width; width-- {
		b = append(b, '0')
	}
	for n > 0 {
		n--
		b = append(b, digits[n])
	}
	return b
}

// roleFact writes a role as "Name: Title, start → end (reason)".
func (c *checker) roleFact(r kb.Role) string {
	name := r.Person
	if a, ok := c.k.Actor(r.Person); ok {
		name = a.Name
	}
	title := r.Title
	if title == "" {
		title = r.Office
	}
	// one buffer, one string: findings write a fact for each role
	var buf [128]byte
	b := append(buf[:0], name...)
	b = append(b, ": "...)
	if r.Qualifier != "" {
		b = append(append(b, r.Qualifier...), ' ')
	}
	b = append(append(b, title...), ", "...)
	b = appendPeriod(b, r.Start, r.End)
	if r.EndReason != "" {
		b = append(append(append(b, " ("...), r.EndReason...), ')')
	}
	return string(b)
}

// periodText writes a term as "start → end", "?" for an unknown start
// and "present" for an open end.
func periodText(start, end kb.Date) string {
	var buf [40]byte
	return string(appendPeriod(buf[:0], start, end))
}

// appendPeriod appends periodText(start, end) to b.
func appendPeriod(b []byte, start, end kb.Date) []byte {
	if start.IsZero() {
		b = append(b, '?')
	} else {
		b = appendDate(b, start)
	}
	b = append(b, " → "...)
	if end.IsZero() {
		return append(b, "present"...)
	}
	return appendDate(b, end)
}
