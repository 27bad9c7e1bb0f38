// Package kb is sitrep's knowledge base: actors with aliases, date-bounded
// roles, offices, and dated relations between states, each tagged with the
// source it came from and that source's as-of date.
//
// A KB is built once (see Load) and is read-only afterwards, so it may be
// shared by any number of goroutines.
package kb

import "sort"

// Actor kinds.
const (
	KindCountry      = "country"
	KindOrganization = "organization"
	KindArmedGroup   = "armed_group"
	KindPerson       = "person"
	KindPlace        = "place"
)

// An Actor is anything the news names that can act or be acted upon.
type Actor struct {
	ID       string   `json:"id"`   // stable id, e.g. "IRN", "org.iaea", "person.hossein-amir-abdollahian"
	Kind     string   `json:"kind"` // one of the Kind… constants
	Name     string   `json:"name"` // canonical name
	Aliases  []string `json:"aliases,omitempty"`
	Demonyms []string `json:"demonyms,omitempty"` // adjectives and demonyms: "Iranian"
	Country  string   `json:"country,omitempty"`  // ISO3 of the actor's country (a country's own code for countries)
	ISO2     string   `json:"iso2,omitempty"`
	Capital  string   `json:"capital,omitempty"` // capital city name, for "Tehran said"
	CAMEO    string   `json:"cameo,omitempty"`   // CAMEO actor code, e.g. "IRN", "IGOUNO", "IRNMIL"
	Sector   string   `json:"sector,omitempty"`  // GOV, MIL, REB, IGO, NGO, … for organisations and groups
	Region   string   `json:"region,omitempty"`  // UN geoscheme label, e.g. "world/middle-east"
	Parent   string   `json:"parent,omitempty"`  // id of a parent actor (Quds Force → IRGC)
	// Codes are the CAMEO codes a group carries for a period instead of
	// CAMEO and Sector: the Taliban are AFGGOV while they rule
	// Afghanistan (see CodeAt).
	Codes  []CodePeriod `json:"codes,omitempty"`
	Born   Date         `json:"born,omitzero"`
	Died   Date         `json:"died,omitzero"`
	Lat    float64      `json:"lat,omitempty"`
	Lon    float64      `json:"lon,omitempty"`
	Source string       `json:"source,omitempty"`

	Line int    `json:"-"` // line in the file it was loaded from
	File string `json:"-"`
}

// A CodePeriod is the CAMEO code and sector an actor carries from Start
// to End (both inclusive; a zero End is open): a group that took power
// is its state's government for the years it ruled.
type CodePeriod struct {
	Start  Date   `json:"start"`
	End    Date   `json:"end,omitzero"`
	CAMEO  string `json:"cameo"`
	Sector string `json:"sector"`
}

// CodeAt returns the actor's CAMEO code and sector at day: those of the
// period of Codes that surely holds day, else CAMEO and Sector (also for
// a zero day, and on a day the periods' precision leaves open).
func (a *Actor) CodeAt(day Date) (cameo, sector string) {
	if !day.IsZero() {
		for i := range a.Codes {
			if p := &a.Codes[i]; (Period{p.Start, p.End}).Holds(day) == True {
				return p.CAMEO, p.Sector
			}
		}
	}
	return a.CAMEO, a.Sector
}

// A Role is one person holding one office for a period.
type Role struct {
	ID        string `json:"id"`
	Person    string `json:"person"`         // actor id
	Office    string `json:"office"`         // office id, e.g. "IRN.foreign_minister"
	Title     string `json:"title"`          // display title, e.g. "Foreign Minister of Iran"
	Country   string `json:"country"`        // ISO3 (or org id for posts like UN Secretary-General)
	Start     Date   `json:"start,omitzero"` // zero = unknown start
	End       Date   `json:"end,omitzero"`   // zero = still held at the source's as-of date
	EndReason string `json:"end_reason,omitempty"`
	Qualifier string `json:"qualifier,omitempty"` // acting, caretaker, interim, de_facto
	Source    string `json:"source,omitempty"`

	Line int    `json:"-"`
	File string `json:"-"`
}

// Period returns the role's period.
func (r Role) Period() Period { return Period{r.Start, r.End} }

// An Office is a post that persons hold.
type Office struct {
	ID      string   `json:"id"`      // "<country>.<key>", e.g. "IRN.prime_minister"
	Country string   `json:"country"` // ISO3 or organisation id
	Key     string   `json:"key"`     // normalised office key, e.g. "prime_minister", "ambassador:USA"
	Name    string   `json:"name"`    // "Prime Minister of Iran"
	Aliases []string `json:"aliases,omitempty"`
	From    Date     `json:"from,omitzero"` // when the office came into being; zero = unknown/long ago
	To      Date     `json:"to,omitzero"`   // when it was abolished; zero = exists
	// Never is true for an office the country has never had ("Prime
	// Minister of the United States"): a title claiming it is false on
	// any day. Such an office has no From, To or holders.
	Never bool `json:"never,omitempty"`
	// Single is true when the office has one holder at a time (a head of
	// government) rather than many (ambassadors, members).
	Single bool `json:"single,omitempty"`
	// Complete is the period for which the KB's holder list is complete;
	// only then can an unknown holder be contradicted.
	CompleteFrom Date   `json:"complete_from,omitzero"`
	CompleteTo   Date   `json:"complete_to,omitzero"`
	Note         string `json:"note,omitempty"`
	Source       string `json:"source,omitempty"`

	Line int    `json:"-"`
	File string `json:"-"`
}

// Relation event kinds.
const (
	RelEstablished = "established"
	RelSevered     = "severed"
	RelRestored    = "restored"
	RelNormalized  = "normalized"
	RelTreaty      = "treaty"
	RelSuspended   = "suspended"
	RelDowngraded  = "downgraded"
)

// A Relation is a dated event in the relations between two states.
type Relation struct {
	ID     string `json:"id"`
	A      string `json:"a"` // ISO3; for one-sided events the acting state
	B      string `json:"b"`
	Event  string `json:"event"` // one of the Rel… constants
	Date   Date   `json:"date"`
	Note   string `json:"note,omitempty"`
	Source string `json:"source,omitempty"`

	Line int    `json:"-"`
	File string `json:"-"`
}

// A Source is where a set of KB records came from, and until when it knows
// the world: past AsOf it knows nothing.
type Source struct {
	Name    string `json:"name"`
	AsOf    Date   `json:"as_of"`
	License string `json:"license,omitempty"`
	URL     string `json:"url,omitempty"`
	Note    string `json:"note,omitempty"`
}

// A KB holds actors, roles, offices, relations and sources with the
// indexes sitrep queries. Build one with a Builder or Load; do not modify
// it afterwards.
type KB struct {
	Sources   map[string]*Source
	actors    map[string]*Actor
	order     []string // actor ids in load order
	roles     []Role
	byPerson  map[string][]int // person id → role indexes
	byOffice  map[string][]int // office id → role indexes
	offices   map[string]*Office
	relations []Relation
	roleByID  map[string]int // role id → index into roles
	relByID   map[string]int // relation id → index into relations
	agents    map[string]*Agent
	agentList []string // agent ids in load order

	names  []Name             // every name of every actor, built by index
	byName map[string][]int32 // folded name → indexes into names
}

// New returns an empty KB.
func New() *KB {
	return &KB{
		Sources:  map[string]*Source{},
		actors:   map[string]*Actor{},
		byPerson: map[string][]int{},
		byOffice: map[string][]int{},
		offices:  map[string]*Office{},
		roleByID: map[string]int{},
		relByID:  map[string]int{},
		agents:   map[string]*Agent{},
	}
}

// AddSource adds or replaces a source.
func (k *KB) AddSource(s Source) { k.Sources[s.Name] = &s }

// AddActor adds a, replacing any actor with the same id (later files
// override earlier ones).
func (k *KB) AddActor(a Actor) { k.addActor(&a) }

func (k *KB) addActor(a *Actor) {
	if _, ok := k.actors[a.ID]; !ok {
		k.order = append(k.order, a.ID)
	}
	k.actors[a.ID] = a
}

// AddRole adds r. A role with the same id as an earlier one replaces it.
func (k *KB) AddRole(r Role) {
	if r.ID != "" {
		if i, ok := k.roleByID[r.ID]; ok {
			old := k.roles[i]
			k.roles[i] = r
			if old.Office != r.Office {
				k.byOffice[old.Office] = remove(k.byOffice[old.Office], i)
				k.byOffice[r.Office] = append(k.byOffice[r.Office], i)
			}
			if old.Person != r.Person {
				k.byPerson[old.Person] = remove(k.byPerson[old.Person], i)
				k.byPerson[r.Person] = append(k.byPerson[r.Person], i)
			}
			return
		}
	}
	k.roles = append(k.roles, r)
	i := len(k.roles) - 1
	if r.ID != "" {
		k.roleByID[r.ID] = i
	}
	k.byPerson[r.Person] = append(k.byPerson[r.Person], i)
	k.byOffice[r.Office] = append(k.byOffice[r.Office], i)
}

func remove(s []int, v int) []int {
	out := s[:0]
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// AddOffice adds or replaces an office.
func (k *KB) AddOffice(o Office) { k.addOffice(&o) }

func (k *KB) addOffice(o *Office) { k.offices[o.ID] = o }

// AddRelation adds a relation event. A relation with the same id as an
// earlier one replaces it.
func (k *KB) AddRelation(r Relation) {
	if r.ID != "" {
		if i, ok := k.relByID[r.ID]; ok {
			k.relations[i] = r
			return
		}
		k.relByID[r.ID] = len(k.relations)
	}
	k.relations = append(k.relations, r)
}

// Actor returns the actor with the given id.
func (k *KB) Actor(id string) (*Actor, bool) {
	a, ok := k.actors[id]
	return a, ok
}

// Actors returns all actors in load order.
func (k *KB) Actors() []*Actor {
	out := make([]*Actor, 0, len(k.order))
	for _, id := range k.order {
		out = append(out, k.actors[id])
	}
	return out
}

// Office returns the office with the given id.
func (k *KB) Office(id string) (*Office, bool) {
	o, ok := k.offices[id]
	return o, ok
}

// Offices returns all offices sorted by id.
func (k *KB) Offices() []*Office {
	out := make([]*Office, 0, len(k.offices))
	for _, o := range k.offices {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// OfficeID returns the id of the office with the given country and key.
func OfficeID(country, key string) string { return country + "." + key }

// Roles returns all roles, in load order.
func (k *KB) Roles() []Role { return k.roles }

// RolesOf returns the roles held by a person, sorted by start date.
func (k *KB) RolesOf(person string) []Role {
	idx := k.byPerson[person]
	out := make([]Role, 0, len(idx))
	for _, i := range idx {
		out = append(out, k.roles[i])
	}
	sortRoles(out)
	return out
}

// Holders returns the roles of an office, sorted by start date.
func (k *KB) Holders(office string) []Role {
	idx := k.byOffice[office]
	out := make([]Role, 0, len(idx))
	for _, i := range idx {
		out = append(out, k.roles[i])
	}
	sortRoles(out)
	return out
}

// HoldersAt returns the roles of an office that (possibly) cover day,
// with the truth of each.
func (k *KB) HoldersAt(office string, day Date) []Role {
	var out []Role
	for _, r := range k.Holders(office) {
		if r.Period().Holds(day) != False {
			out = append(out, r)
		}
	}
	return out
}

// RolesAt returns the person's roles that (possibly) cover day.
func (k *KB) RolesAt(person string, day Date) []Role {
	var out []Role
	for _, r := range k.RolesOf(person) {
		if r.Period().Holds(day) != False {
			out = append(out, r)
		}
	}
	return out
}

func sortRoles(rs []Role) {
	if sortedRoles(rs) {
		return // most people's roles are loaded in order: no closure, no allocation
	}
	sort.SliceStable(rs, func(i, j int) bool {
		return rs[i].Start.First().Compare(rs[j].Start.First()) < 0
	})
}

// sortedRoles reports whether rs is sorted by start date.
func sortedRoles(rs []Role) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i].Start.First().Compare(rs[i-1].Start.First()) < 0 {
			return false
		}
	}
	return true
}

// Relations returns the relation events between two states (in either
// direction), sorted by date.
func (k *KB) Relations(a, b string) []Relation {
	var out []Relation
	for _, r := range k.relations {
		if (r.A == a && r.B == b) || (r.A == b && r.B == a) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.First().Compare(out[j].Date.First()) < 0 })
	return out
}

// AllRelations returns every relation event in load order.
func (k *KB) AllRelations() []Relation { return k.relations }

// AsOf returns the as-of date of the named source, or the zero Date when
// the source is unknown.
func (k *KB) AsOf(source string) Date {
	if s, ok := k.Sources[source]; ok {
		return s.AsOf
	}
	return Date{}
}

// Fold returns s case-folded with diacritics, hyphens and apostrophes
// removed and runs of spaces collapsed, the form alias matching uses:
// Fold("Amir-Abdollahian") == Fold("amir abdollahian").
func Fold(s string) string {
	return foldString(s)
}

// Stats counts the records in the KB.
type Stats struct {
	Actors    map[string]int `json:"actors"` // by kind
	Aliases   int            `json:"aliases"`
	Roles     int            `json:"roles"`
	Offices   int            `json:"offices"`
	Relations int            `json:"relations"`
	Sources   int            `json:"sources"`
	Agents    int            `json:"agents"`
}

// Stats returns counts of what the KB holds.
func (k *KB) Stats() Stats {
	s := Stats{Actors: map[string]int{}, Roles: len(k.roles), Offices: len(k.offices), Relations: len(k.relations), Sources: len(k.Sources), Agents: len(k.agents)}
	for _, a := range k.actors {
		s.Actors[a.Kind]++
		s.Aliases += 1 + len(a.Aliases) + len(a.Demonyms)
	}
	return s
}

// Names returns every name an actor can be written as: its canonical
// name, aliases and (for countries) demonyms.
func (a *Actor) Names() []string {
	out := append([]string{a.Name}, a.Aliases...)
	return append(out, a.Demonyms...)
}

// IsAlive reports whether a person actor is (possibly) alive on day.
func (a *Actor) IsAlive(day Date) Truth {
	if a.Died.IsZero() {
		return True
	}
	if day.Compare(a.Died.First()) <= 0 {
		return True
	}
	if day.Compare(a.Died.Last()) > 0 {
		return False
	}
	return Unknown
}
