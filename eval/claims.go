package eval

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Claim mutations GenerateClaims applies to true KB facts.
const (
	MutNone      = ""                 // a true fact
	MutDateShift = "date_shift"       // the article date moved outside the person's term
	MutOfficeSwp = "office_swap"      // the person given an office they never held
	MutDead      = "dead_speaker"     // a quote dated after the speaker's death
	MutAbolished = "abolished_office" // a holder of an office after its abolition
	MutRelation  = "relation_reversed"
	MutCountry   = "wrong_country"     // the person's office given another country's adjective
	MutFormer    = "former_in_office"  // "former" while the person still held the office
	MutUnknown   = "unknown_holder"    // an invented person in an office whose holder list is complete
	MutEarly     = "date_before_term"  // the article date moved before the person's term
	MutMisdated  = "relation_misdated" // a relation event told in a year near but not its own
	MutNoTies    = "no_ties_false"     // "have no diplomatic relations" while they had them
	MutLate      = "late_alive"        // "the late" holder on a day the person was alive
)

// A ClaimCase is one generated test article: a true KB fact written as a
// news sentence, or a mutated one that the verifier should contradict.
type ClaimCase struct {
	Text     string
	Date     time.Time
	Mutation string // MutNone for a true fact
	WantKind string // the finding kind a mutation should produce
	Fact     string // the KB fact it was made from
}

// titleWords gives the written title for an office key.
var titleWords = map[string]string{
	kb.OfficePresident: "President", kb.OfficePrimeMinister: "Prime Minister", kb.OfficeChancellor: "Chancellor",
	kb.OfficeForeignMinister: "Foreign Minister", kb.OfficeDefenceMinister: "Defence Minister",
	kb.OfficeSupremeLeader: "Supreme Leader", kb.OfficeVicePresident: "Vice President",
}

// fakeNames are invented people for abolished-office cases; a name the KB
// knows is skipped.
var fakeNames = []string{"Mohammad Bagher Soltani", "Kerem Aydınlı", "Reza Farahmand Tousi", "Selim Karaoğlan", "Farhad Nikbakht", "Okan Demirtaşlı", "Hamid Rostamian", "Levent Özkanlı"}

// GenerateClaims writes up to perKind test articles of each kind from the
// KB's facts: true role claims, dead speakers quoted while alive, true
// relation events, and their mutations. The same seed gives the same
// cases.
func GenerateClaims(k *kb.KB, seed int64, perKind int) []ClaimCase {
	g := &claimGen{k: k, rnd: rand.New(rand.NewSource(seed)), per: perKind}
	g.roles()
	g.harderRoles()
	g.dead()
	g.abolished()
	g.relations()
	g.relationYears()
	return g.out
}

type claimGen struct {
	k   *kb.KB
	rnd *rand.Rand
	per int
	out []ClaimCase
}

func (g *claimGen) asOf(source string) kb.Date {
	if a := g.k.AsOf(source); !a.IsZero() {
		return a
	}
	return kb.Date{Year: 2025, Month: 6, Day: 30}
}

func addDays(d kb.Date, n int) kb.Date { return kb.DateOf(d.Time().AddDate(0, 0, n)) }

func days(a, b kb.Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }

// adjective returns the demonym used before a title ("Iranian").
func (g *claimGen) adjective(country string) string {
	a, ok := g.k.Actor(country)
	if !ok || len(a.Demonyms) == 0 {
		return ""
	}
	return a.Demonyms[0]
}

// personName returns the name a claim writes for the person, or "" when
// it is a single word or another KB person bears it too: the mention
// stage links a name two people share to no one unless the title picks
// one out (docs/kb.md), so a swapped title could not be caught (the two
// Andris Bērziņš, Latvia's prime minister of 2000-2002 and its president
// of 2011-2015, "Latvian Foreign Minister" in 2001).
func (g *claimGen) personName(id string) (string, *kb.Actor) {
	a, ok := g.k.Actor(id)
	if !ok || len(strings.Fields(a.Name)) < 2 {
		return "", nil
	}
	for _, b := range g.k.ByName(kb.Fold(a.Name)) {
		if b != a && b.Kind == kb.KindPerson {
			return "", nil
		}
	}
	return a.Name, a
}

func statement(adj, title, name string) string {
	return fmt.Sprintf("%s %s %s said on Monday that the talks would continue next month.", adj, title, name)
}

// remembered writes a sentence about a holder that quotes nobody, so a
// "late" claim is judged without the dead-speaker check.
func remembered(adj, title, name string) string {
	return fmt.Sprintf("A street was named on Monday after the late %s %s %s.", adj, title, name)
}

// roles makes true role claims, date shifts and office swaps.
func (g *claimGen) roles() {
	var cands []kb.Role
	for _, r := range g.k.Roles() {
		key := officeKeyOf(r.Office)
		if titleWords[key] == "" || r.Qualifier != "" || r.Start.Precision() != "day" || (!r.End.IsZero() && r.End.Precision() != "day") {
			continue
		}
		if g.adjective(r.Country) == "" {
			continue
		}
		if name, _ := g.personName(r.Person); name == "" {
			continue
		}
		cands = append(cands, r)
	}
	g.rnd.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	nTrue, nShift, nSwap := 0, 0, 0
	for _, r := range cands {
		if nTrue >= g.per && nShift >= g.per && nSwap >= g.per {
			break
		}
		name, _ := g.personName(r.Person)
		adj := g.adjective(r.Country)
		key := officeKeyOf(r.Office)
		title := titleWords[key]
		end := r.End
		if end.IsZero() {
			end = g.asOf(r.Source)
		}
		span := days(r.Start, end)
		if span < 90 {
			continue
		}
		day := addDays(r.Start, 30+g.rnd.Intn(span-60))
		fact := fmt.Sprintf("%s: %s %s", name, r.Title, periodOf(r))
		if nTrue < g.per {
			g.out = append(g.out, ClaimCase{Text: statement(adj, title, name), Date: day.Time(), Fact: fact})
			nTrue++
		}
		if nShift < g.per && !r.End.IsZero() {
			shifted := addDays(r.End, 400+g.rnd.Intn(400))
			if shifted.Compare(g.asOf(r.Source)) < 0 && g.k.Holds(r.Person, r.Office, shifted) == kb.False {
				g.out = append(g.out, ClaimCase{Text: statement(adj, title, name), Date: shifted.Time(), Mutation: MutDateShift, WantKind: doc.FindRoleMismatch, Fact: fact})
				nShift++
			}
		}
		if nSwap < g.per {
			for _, k2 := range []string{kb.OfficePrimeMinister, kb.OfficeForeignMinister, kb.OfficeDefenceMinister, kb.OfficePresident} {
				if k2 == key {
					continue
				}
				oid := kb.OfficeID(r.Country, k2)
				if !g.k.Complete(oid, day) || g.heldEver(r.Person, oid) || len(g.trueHolders(oid, day)) == 0 {
					continue
				}
				g.out = append(g.out, ClaimCase{Text: statement(adj, titleWords[k2], name), Date: day.Time(), Mutation: MutOfficeSwp, WantKind: doc.FindRoleMismatch, Fact: fact + "; never " + oid})
				nSwap++
				break
			}
		}
	}
}

// harderRoles makes the mutations the planted-error corpus found in real
// reporting: an office given the wrong country, "former" for a sitting
// holder, an invented holder of an office whose holder list is complete,
// a date before the term; and true "former" claims after the term.
func (g *claimGen) harderRoles() {
	var cands []kb.Role
	for _, r := range g.k.Roles() {
		key := officeKeyOf(r.Office)
		if titleWords[key] == "" || r.Qualifier != "" || r.Start.Precision() != "day" || (!r.End.IsZero() && r.End.Precision() != "day") {
			continue
		}
		if name, _ := g.personName(r.Person); name == "" || g.adjective(r.Country) == "" {
			continue
		}
		cands = append(cands, r)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].ID < cands[j].ID })
	g.rnd.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	countries := map[string]bool{}
	for _, r := range cands {
		countries[r.Country] = true
	}
	var others []string
	for c := range countries {
		others = append(others, c)
	}
	sort.Strings(others)
	nCountry, nFormer, nUnknown, nEarly, nTrueFormer, nLate := 0, 0, 0, 0, 0, 0
	for _, r := range cands {
		name, _ := g.personName(r.Person)
		key := officeKeyOf(r.Office)
		title := titleWords[key]
		end := r.End
		if end.IsZero() {
			end = g.asOf(r.Source)
		}
		span := days(r.Start, end)
		if span < 90 {
			continue
		}
		day := addDays(r.Start, 30+g.rnd.Intn(span-60))
		fact := fmt.Sprintf("%s: %s %s", name, r.Title, periodOf(r))
		if nCountry < g.per {
			c2 := others[g.rnd.Intn(len(others))]
			oid := kb.OfficeID(c2, key)
			if c2 != r.Country && g.adjective(c2) != g.adjective(r.Country) && g.k.Complete(oid, day) && !g.heldEver(r.Person, oid) && len(g.trueHolders(oid, day)) > 0 {
				g.out = append(g.out, ClaimCase{Text: statement(g.adjective(c2), title, name), Date: day.Time(), Mutation: MutCountry, WantKind: doc.FindRoleMismatch, Fact: fact + "; never " + oid})
				nCountry++
			}
		}
		if nFormer < g.per && g.k.Holds(r.Person, r.Office, day) == kb.True && days(r.Start, day) > 60 {
			g.out = append(g.out, ClaimCase{Text: statement("Former "+g.adjective(r.Country), title, name), Date: day.Time(), Mutation: MutFormer, WantKind: doc.FindRoleMismatch, Fact: fact})
			nFormer++
		}
		if _, a := g.personName(r.Person); nLate < g.per && a != nil && a.Died.Precision() == "day" && r.EndReason == "died" && r.End == a.Died && days(r.Start, a.Died) > 90 {
			// "the late" holder while alive, and the same words after the death
			alive := addDays(r.Start, 30+g.rnd.Intn(days(r.Start, a.Died)-60))
			g.out = append(g.out, ClaimCase{Text: remembered(g.adjective(r.Country), title, name), Date: alive.Time(), Mutation: MutLate, WantKind: doc.FindRoleMismatch, Fact: fact + "; died " + a.Died.String()})
			if after := addDays(a.Died, 60+g.rnd.Intn(300)); after.Compare(g.asOf(r.Source)) < 0 {
				g.out = append(g.out, ClaimCase{Text: remembered(g.adjective(r.Country), title, name), Date: after.Time(), Fact: fact + "; died " + a.Died.String()})
			}
			nLate++
		}
		if nTrueFormer < g.per && !r.End.IsZero() {
			after := addDays(r.End, 200+g.rnd.Intn(400))
			if _, a := g.personName(r.Person); after.Compare(g.asOf(r.Source)) < 0 && (a.Died.IsZero() || a.Died.Compare(after) > 0) && g.k.Holds(r.Person, r.Office, after) == kb.False {
				g.out = append(g.out, ClaimCase{Text: statement("Former "+g.adjective(r.Country), title, name), Date: after.Time(), Fact: fact})
				nTrueFormer++
			}
		}
		if nEarly < g.per {
			early := addDays(r.Start, -(400 + g.rnd.Intn(400)))
			if early.Year >= 2001 && g.k.Holds(r.Person, r.Office, early) == kb.False && g.k.Complete(r.Office, early) && len(g.trueHolders(r.Office, early)) > 0 {
				g.out = append(g.out, ClaimCase{Text: statement(g.adjective(r.Country), title, name), Date: early.Time(), Mutation: MutEarly, WantKind: doc.FindRoleMismatch, Fact: fact})
				nEarly++
			}
		}
		if nUnknown < g.per && g.k.Complete(r.Office, day) {
			fake := fakeNames[g.rnd.Intn(len(fakeNames))]
			if len(g.k.Lookup(fake)) == 0 && len(g.trueHolders(r.Office, day)) > 0 {
				g.out = append(g.out, ClaimCase{Text: statement(g.adjective(r.Country), title, fake), Date: day.Time(), Mutation: MutUnknown, WantKind: doc.FindUnknownPerson, Fact: fact + "; no " + fake})
				nUnknown++
			}
		}
	}
}

func (g *claimGen) heldEver(person, office string) bool {
	for _, r := range g.k.RolesOf(person) {
		if r.Office == office {
			return true
		}
	}
	return false
}

func (g *claimGen) trueHolders(office string, day kb.Date) []kb.RoleTruth {
	var out []kb.RoleTruth
	for _, rt := range g.k.HolderOn(office, day) {
		if rt.Truth == kb.True {
			out = append(out, rt)
		}
	}
	return out
}

func officeKeyOf(id string) string {
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		return id[i+1:]
	}
	return id
}

func periodOf(r kb.Role) string {
	end := r.End.String()
	if end == "" {
		end = "present"
	}
	return r.Start.String() + " → " + end
}

// dead quotes people before and after their death, with no title so the
// dead-speaker check is tested alone.
func (g *claimGen) dead() {
	var people []*kb.Actor
	for _, a := range g.k.Actors() {
		if a.Kind == kb.KindPerson && a.Died.Precision() == "day" && len(strings.Fields(a.Name)) >= 2 {
			people = append(people, a)
		}
	}
	g.rnd.Shuffle(len(people), func(i, j int) { people[i], people[j] = people[j], people[i] })
	n := 0
	for _, a := range people {
		if n >= g.per {
			break
		}
		after := addDays(a.Died, 30+g.rnd.Intn(300))
		if after.Compare(g.asOf(a.Source)) > 0 {
			continue
		}
		text := fmt.Sprintf("\"We will not give up,\" %s said on Monday.", a.Name)
		fact := fmt.Sprintf("%s died %s", a.Name, a.Died)
		g.out = append(g.out, ClaimCase{Text: text, Date: after.Time(), Mutation: MutDead, WantKind: doc.FindSpeakerDeceased, Fact: fact})
		g.out = append(g.out, ClaimCase{Text: text, Date: addDays(a.Died, -(30 + g.rnd.Intn(300))).Time(), Fact: fact})
		n++
	}
}

// abolished gives offices a holder after their abolition.
func (g *claimGen) abolished() {
	var offices []*kb.Office
	for _, o := range g.k.Offices() {
		if !o.To.IsZero() && titleWords[o.Key] != "" && g.adjective(o.Country) != "" {
			offices = append(offices, o)
		}
	}
	sort.Slice(offices, func(i, j int) bool { return offices[i].ID < offices[j].ID })
	n := 0
	for i := 0; n < g.per && i < 4*g.per && len(offices) > 0; i++ {
		o := offices[i%len(offices)]
		name := fakeNames[g.rnd.Intn(len(fakeNames))]
		if len(g.k.Lookup(name)) > 0 {
			continue
		}
		day := addDays(o.To.Last(), 200+g.rnd.Intn(2000))
		if day.Compare(g.asOf(o.Source)) > 0 {
			continue
		}
		// Only where the office was not re-created after.
		if g.k.OfficeExists(o.ID, day) != kb.False {
			continue
		}
		g.out = append(g.out, ClaimCase{Text: statement(g.adjective(o.Country), titleWords[o.Key], name), Date: day.Time(), Mutation: MutAbolished, WantKind: doc.FindOfficeNonexistent, Fact: o.Name + " abolished " + o.To.String()})
		n++
	}
}

// relations states true severances and restorations, and reversed ones.
func (g *claimGen) relations() {
	n := 0
	rels := append([]kb.Relation(nil), g.k.AllRelations()...)
	g.rnd.Shuffle(len(rels), func(i, j int) { rels[i], rels[j] = rels[j], rels[i] })
	for _, r := range rels {
		if n >= g.per {
			break
		}
		a, b := g.countryName(r.A), g.countryName(r.B)
		if a == "" || b == "" || r.Date.IsZero() {
			continue
		}
		asOf := g.asOf(r.Source)
		article := kb.Date{Year: asOf.Year - 1, Month: 3, Day: 15}
		if r.Date.Last().Compare(article) >= 0 {
			continue // an event after the article's date is no fact it can report
		}
		fact := fmt.Sprintf("%s–%s relations %s %s", r.A, r.B, r.Event, r.Date)
		switch r.Event {
		case kb.RelSevered:
			g.out = append(g.out, ClaimCase{Text: fmt.Sprintf("%s and %s severed diplomatic ties in %d.", a, b, r.Date.Year), Date: article.Time(), Fact: fact})
			// Severed again while still severed.
			y := r.Date.Year + 3 + g.rnd.Intn(5)
			if st := g.stateAt(r.A, r.B, kb.Date{Year: y, Month: 12, Day: 31}); st == kb.RelSevered && y < asOf.Year {
				g.out = append(g.out, ClaimCase{Text: fmt.Sprintf("%s and %s severed diplomatic ties in %d.", a, b, y), Date: article.Time(), Mutation: MutRelation, WantKind: doc.FindRelationContradicted, Fact: fact})
			}
			n++
		case kb.RelRestored:
			g.out = append(g.out, ClaimCase{Text: fmt.Sprintf("%s and %s restored diplomatic ties in %d.", a, b, r.Date.Year), Date: article.Time(), Fact: fact})
			y := r.Date.Year - 1 - g.rnd.Intn(2)
			if st := g.stateAt(r.A, r.B, kb.Date{Year: y, Month: 12, Day: 31}); st == kb.RelSevered {
				g.out = append(g.out, ClaimCase{Text: fmt.Sprintf("%s and %s restored diplomatic ties in %d.", a, b, y), Date: article.Time(), Mutation: MutRelation, WantKind: doc.FindRelationContradicted, Fact: fact})
			}
			n++
		}
	}
}

// relationYears states relation events in a year one or two off their
// own (when the pair had no event of that kind then), and the present
// state of relations as "have no diplomatic relations", true where they
// stood severed at the article date and false where they stood normal.
func (g *claimGen) relationYears() {
	verbs := map[string]string{kb.RelSevered: "severed", kb.RelRestored: "restored", kb.RelEstablished: "established"}
	rels := append([]kb.Relation(nil), g.k.AllRelations()...)
	sort.Slice(rels, func(i, j int) bool { return rels[i].ID < rels[j].ID })
	g.rnd.Shuffle(len(rels), func(i, j int) { rels[i], rels[j] = rels[j], rels[i] })
	nMis, nNo := 0, 0
	for _, r := range rels {
		a, b := g.countryName(r.A), g.countryName(r.B)
		if a == "" || b == "" || r.Date.IsZero() {
			continue
		}
		asOf := g.asOf(r.Source)
		article := kb.Date{Year: asOf.Year - 1, Month: 3, Day: 15}
		fact := fmt.Sprintf("%s–%s relations %s %s", r.A, r.B, r.Event, r.Date)
		if verb := verbs[r.Event]; verb != "" && nMis < g.per {
			y := r.Date.Year + []int{-2, -1, 1, 2}[g.rnd.Intn(4)]
			clash := false
			for _, o := range g.k.Relations(r.A, r.B) {
				if o.Date.Year == y || (o.Date.Year-y)*(o.Date.Year-y) < (r.Date.Year-y)*(r.Date.Year-y) {
					clash = true // another event in or nearer that year
				}
			}
			if !clash && y < article.Year {
				g.out = append(g.out, ClaimCase{Text: fmt.Sprintf("%s and %s %s diplomatic ties in %d.", a, b, verb, y), Date: article.Time(), Mutation: MutMisdated, WantKind: doc.FindRelationContradicted, Fact: fact})
				nMis++
			}
		}
		if nNo < g.per {
			day := addDays(r.Date.Last(), 200+g.rnd.Intn(400))
			if day.Compare(asOf) >= 0 {
				continue
			}
			text := fmt.Sprintf("%s and %s have no diplomatic relations, officials said.", a, b)
			switch g.stateAt(r.A, r.B, day) {
			case kb.RelSevered:
				g.out = append(g.out, ClaimCase{Text: text, Date: day.Time(), Fact: fact})
				nNo++
			case kb.RelRestored:
				g.out = append(g.out, ClaimCase{Text: text, Date: day.Time(), Mutation: MutNoTies, WantKind: doc.FindRelationContradicted, Fact: fact})
				nNo++
			}
		}
	}
}

func (g *claimGen) countryName(id string) string {
	a, ok := g.k.Actor(id)
	if !ok || a.Kind != kb.KindCountry {
		return ""
	}
	return a.Name
}

func (g *claimGen) stateAt(a, b string, day kb.Date) string {
	state := ""
	for _, r := range g.k.RelationsAt(a, b, day) {
		switch r.Event {
		case kb.RelSevered, kb.RelSuspended:
			state = kb.RelSevered
		case kb.RelRestored, kb.RelEstablished, kb.RelNormalized:
			state = kb.RelRestored
		}
	}
	return state
}

// ClaimScore is the outcome of verifying generated claims.
type ClaimScore struct {
	True          int                   `json:"true_cases"`
	Mutated       int                   `json:"mutated_cases"`
	Caught        int                   `json:"caught"`          // mutated cases with a contradicted finding
	CaughtKind    int                   `json:"caught_kind"`     // … of the expected kind
	FalseFlags    int                   `json:"false_flags"`     // true cases with a contradicted finding
	Precision     float64               `json:"precision"`       // Caught / (Caught + FalseFlags)
	Recall        float64               `json:"recall"`          // Caught / Mutated
	FalseFlagRate float64               `json:"false_flag_rate"` // FalseFlags / True
	ByMutation    map[string]*MutationN `json:"by_mutation"`
	Misses        []ClaimMiss           `json:"misses,omitempty"`
}

// MutationN counts cases of one mutation.
type MutationN struct {
	N      int `json:"n"`
	Caught int `json:"caught"`
}

// A ClaimMiss is a mutated case not caught or a true case flagged.
type ClaimMiss struct {
	Case     ClaimCase `json:"case"`
	Findings []string  `json:"findings"`
}

// ScoreClaims runs analyze on each case and scores the contradicted
// findings.
func ScoreClaims(cases []ClaimCase, analyze func(*doc.Doc) error) (*ClaimScore, error) {
	s := &ClaimScore{ByMutation: map[string]*MutationN{}}
	for _, c := range cases {
		d := &doc.Doc{Raw: c.Text, Source: "generated", Date: c.Date, DateSource: doc.DateFromFlag}
		if err := analyze(d); err != nil {
			return nil, fmt.Errorf("claims: %q: %w", c.Text, err)
		}
		var contra []string
		kindHit := false
		for _, f := range d.Findings {
			if f.Verdict == doc.Contradicted {
				contra = append(contra, f.Kind+": "+f.Explanation)
				if f.Kind == c.WantKind {
					kindHit = true
				}
			}
		}
		if c.Mutation == MutNone {
			s.True++
			if len(contra) > 0 {
				s.FalseFlags++
				s.Misses = append(s.Misses, ClaimMiss{Case: c, Findings: contra})
			}
			continue
		}
		s.Mutated++
		m := s.ByMutation[c.Mutation]
		if m == nil {
			m = &MutationN{}
			s.ByMutation[c.Mutation] = m
		}
		m.N++
		if len(contra) > 0 {
			s.Caught++
			m.Caught++
			if kindHit {
				s.CaughtKind++
			}
		} else {
			var all []string
			for _, f := range d.Findings {
				all = append(all, f.Verdict+" "+f.Kind+": "+f.Explanation)
			}
			s.Misses = append(s.Misses, ClaimMiss{Case: c, Findings: all})
		}
	}
	if s.Caught+s.FalseFlags > 0 {
		s.Precision = float64(s.Caught) / float64(s.Caught+s.FalseFlags)
	}
	if s.Mutated > 0 {
		s.Recall = float64(s.Caught) / float64(s.Mutated)
	}
	if s.True > 0 {
		s.FalseFlagRate = float64(s.FalseFlags) / float64(s.True)
	}
	return s, nil
}
