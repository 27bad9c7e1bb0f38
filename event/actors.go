package event

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// An actor is one actor phrase in a sentence, as token indexes [t0,t1).
type actor struct {
	t0, t1  int
	id      string // KB id, else PETRARCH code, else name
	name    string
	country string // ISO3 or PETRARCH country code
	code    string // CAMEO actor code (country + sectors)
	sector  string
	poss    bool   // followed by "'s"
	prefix  string // PETRARCH prefix agent code ("NGO" in "MSF Arnor")
	// agentBefore: the agent came before the actor ("the government of X")
	agentBefore bool
	agentNoun   bool // the sector comes from an agent noun, not the KB
	generic     bool // a bare agent noun ("protesters")
	place       bool // a place named as such ("strikes on Gaza"): target only
	demonym     bool // an adjective ("Israeli")
	person      bool // a person's mention (a "he"/"she" may refer back to it)
	// homeland: the demonym's country of an ethnic group's rebels
	// ("ethnic Albanian rebels"), theirs only when the sentence puts
	// them in no state
	homeland string
}

// sectorOfOffice maps a KB office key to a CAMEO sector.
func sectorOfOffice(key string) string {
	switch {
	case key == kb.OfficeDefenceMinister:
		return "GOV"
	case strings.HasPrefix(key, kb.OfficeAmbassador):
		return "GOV"
	case key == kb.OfficeSpeaker:
		return "LEG"
	case key == kb.OfficeLeader:
		return ""
	case key == kb.OfficeSecretaryGeneral || key == kb.OfficeDirectorGeneral:
		return ""
	}
	return "GOV"
}

// mentionActors turns the sentence's mentions into actors.
// memo, when not nil, keeps resolveKB's results for the document.
// termInitials reports a one-token name in capitals between brackets
// right after a lower-case word ("female genital mutilation (FGM)", "Tax
// Increment Financing (TIFs)" keeps its capitals before): the initials
// of a common term, which names no body.
func termInitials(toks []tok, t0, t1 int) bool {
	if t1 != t0+1 || t0 < 2 || t1 >= len(toks) || !toks[t0].capsAll || toks[t0-1].low != "(" || toks[t1].low != ")" {
		return false
	}
	p := &toks[t0-2]
	return !p.punct && !p.upper
}

func (c *Coder) mentionActors(d *doc.Doc, sent doc.Span, toks []tok, day kb.Date, sorted bool, memo *[]kbResolved, next *int, out []actor) []actor {
	// mentions in text order: start at the first one in the sentence,
	// found from where the sentence before stopped (next)
	first := 0
	if sorted {
		if next != nil {
			first = *next
		}
		if next == nil || first > len(d.Mentions) || first > 0 && d.Mentions[first-1].Span.Start >= sent.Start {
			first = sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Span.Start >= sent.Start })
		} else {
			for first < len(d.Mentions) && d.Mentions[first].Span.Start < sent.Start {
				first++
			}
		}
		if next != nil {
			*next = first
		}
	}
	// lo: no token before it ends after the start of the mention being
	// read, when the mentions are in text order (tokRangeFrom walks on
	// from it instead of a binary search per mention)
	lo := 0
	for mi := first; mi < len(d.Mentions); mi++ {
		m := &d.Mentions[mi]
		if m.Span.Start >= sent.End && sorted {
			break
		}
		place := false
		if m.Span.Start < sent.Start || m.Span.End > sent.End {
			continue
		}
		switch m.Type {
		case doc.TypeCountry, doc.TypePerson, doc.TypeOrganization, doc.TypeArmedGroup:
		case doc.TypePlace:
			// a place that does not stand for a government can still be
			// where an attack lands or a visit goes: a target, never a source
			place = !m.Metonymy
		default:
			continue
		}
		if weatherName(m.Text) {
			continue // "Typhoon Haiyan killed …": a storm is no actor
		}
		var t0, t1 int
		if sorted {
			t0, t1, lo = tokRangeFrom(toks, m.Span, lo)
		} else {
			t0, t1 = tokRange(toks, m.Span)
		}
		if t0 >= t1 {
			continue
		}
		if t1 < len(toks) && toks[t1].upper && streetWords.Has(toks[t1].low) {
			continue // "6016 Dublin Road", "Lincoln Avenue": a street's name
		}
		if (m.Type == doc.TypePlace || m.Type == doc.TypeCountry) && m.How != "demonym" && residence(toks, t0, t1) {
			continue // "Terry Lee Jolly, 60, Lebanon, was arrested": where he lives, no party
		}
		if m.Type == doc.TypePerson && m.KBID == "" && t0 >= 2 && toks[t0-1].low == "of" && placeNouns[toks[t0-2].low] {
			continue // "near the oil town of Brega": a place the KB does not know, no person
		}
		if m.KBID == "" && termInitials(toks, t0, t1) {
			continue // "subjected to female genital mutilation (FGM)": a term's initials, no body
		}
		if m.Type == doc.TypeOrganization && venueBody(toks, t0, t1) {
			continue // "held talks on the sidelines of a NATO summit", "met during an SCO summit": where, no party
		}
		if m.How == "demonym" && t0 >= 2 && surname(toks, t0, mi > first && d.Mentions[mi-1].Span.End == toks[t0-1].end && d.Mentions[mi-1].Type != doc.TypePerson) {
			continue // "Officer Monica French said": a surname, no France (after a given name found as a person, too)
		}
		a := actor{t0: t0, t1: t1, id: m.KBID, name: m.Text}
		if a.id == "" {
			a.id = m.Text
		}
		if m.Entity >= 0 && m.Entity < len(d.Entities) {
			e := &d.Entities[m.Entity]
			a.country = e.Country
			a.name = e.Name
		}
		c.resolveKBMemo(&a, m, day, memo)
		if m.Role >= 0 && m.Role < len(d.RoleClaims) {
			// the article's own title for the person: "Iranian Foreign Minister X"
			rc := &d.RoleClaims[m.Role]
			if a.country == "" && a.code == "" && !c.holderOrg(&a, rc.Country) {
				a.country = rc.Country
			}
			if a.sector == "" && rc.Office != "" {
				if rc.Modifier == "former" {
					// a "former president" holds no office (the KB at
					// the event's date said so already): an elite, as
					// CAMEO's agents code FORMER_PRESIDENT
					a.sector = "ELI"
				} else {
					a.sector = sectorOfOffice(rc.Office)
				}
			}
		}
		if m.Title != "" && a.sector == "" && formerTitle(m.Title) {
			a.sector = "ELI"
		}
		if m.Title != "" && a.sector == "" {
			if ag, ok := c.dict.Agents[strings.ToLower(m.Title)]; ok {
				a.sector = ag.Code
			} else if i := strings.LastIndexByte(m.Title, ' '); i >= 0 {
				// "Company spokeswoman", "Hospital spokesman": a
				// spokesperson speaks for the body named before the
				// word, which the agent dictionary does not know
				if w := strings.ToLower(m.Title[i+1:]); !ownerAgents.Has(w) && !civilGeneral(m.Title[:i], w) {
					if ag, ok := c.dict.Agents[w]; ok {
						a.sector = ag.Code
					}
				}
			}
		}
		if m.Type == doc.TypeOrganization && m.KBID == "" && a.sector == "" && a.code == "" {
			// "North Las Vegas Police", "Tbilisi City Court": a body the
			// KB does not know, of the kind its name ends with
			if s := bodySector(m.Text); s != "" {
				a.sector = s
				if a.country == "" {
					a.country = c.bodyCountry(m.Text)
				}
			}
		}
		if m.Type == doc.TypePerson && m.KBID == "" && a.sector == "" && a.code == "" && policeTitled(d, m) {
			a.sector = "COP" // "Officer Michael Eggers", and "Eggers" after it
		}
		if m.How == "demonym" {
			a.demonym = true
		}
		a.person = m.Type == doc.TypePerson
		a.place = place
		if a.demonym && a.t1 < len(toks) && (toks[a.t1].low == "border" || toks[a.t1].low == "frontier") {
			a.place = true // "clashed … on the Colombian border": where, no party
		}
		if place && waterBody(m.Text) {
			continue // "a ship in the Red Sea": open water is no country's
		}
		if place && a.country == "" {
			// a place the KB does not know ("Kharkiv", "Alaska"): the
			// gazetteer's country
			a.country = placeCountry(d, m)
		}
		if place && a.country == "" {
			continue // a place we cannot put in a country codes nothing
		}
		out = append(out, a)
	}
	return out
}

// venueBody reports an organisation named as the host of the gathering
// where something happened: "on the sidelines of the UN General
// Assembly", "at a NATO summit", "during an SCO meeting in Samarkand".
func venueBody(toks []tok, t0, t1 int) bool {
	if t0 < 2 {
		return false
	}
	switch toks[t0-1].low {
	case "a", "an", "the", "this", "last":
	default:
		return false
	}
	if toks[t0-2].low == "of" && t0 >= 3 && toks[t0-3].low == "sidelines" {
		return true
	}
	if w := toks[t0-2].low; w != "at" && w != "during" && w != "before" && w != "after" && w != "ahead" {
		return false
	}
	if t1 >= len(toks) {
		return false
	}
	switch toks[t1].low {
	case "summit", "summits", "meeting", "meetings", "conference", "session", "gathering", "forum", "ministerial":
		return true
	}
	return false
}

// residence reports a place in a person's appositive after an age:
// "Terry Lee Jolly, 60, Lebanon, was arrested", "Ann Lee, 45, of
// Lebanon,".
func residence(toks []tok, t0, t1 int) bool {
	k := t0 - 1
	if k >= 0 && toks[k].low == "of" {
		k--
	}
	if k < 2 || toks[k].low != "," || toks[k-2].low != "," {
		return false
	}
	if a := toks[k-1].low; a == "" || a[0] < '0' || a[0] > '9' || len(a) > 3 {
		return false
	}
	return t1 >= len(toks) || toks[t1].punct
}

// aircraftModel reports a word that names a warplane before "fighters":
// a model code with a digit ("F-15E", "MiG-29", "J-20") or a kind of
// aircraft ("jet", "stealth", "supersonic").
func aircraftModel(t *tok) bool {
	switch t.low {
	case "jet", "jets", "stealth", "supersonic", "air", "navy", "carrier-based":
		return true
	}
	for i := 0; i < len(t.low); i++ {
		if t.low[i] >= '0' && t.low[i] <= '9' {
			return t.upper
		}
	}
	return false
}

// streetWords are the capitalised nouns that make the name before them a
// street's or road's ("Dublin Road", "Jordan Street").
var streetWords = wordset.FromMap(map[string]bool{
	"road": true, "rd.": true, "street": true, "st.": true, "avenue": true, "ave.": true, "ave": true,
	"drive": true, "dr.": true, "boulevard": true, "blvd.": true, "blvd": true, "lane": true, "ln.": true,
	"highway": true, "hwy.": true, "pike": true, "parkway": true, "pkwy.": true, "turnpike": true, "trail": true,
})

// surname reports whether the demonym at t0 is a surname: it follows a
// capitalised word that is neither the sentence's first word, nor part of
// a mention (prevMention), nor a political or compass adjective, and
// comes before a verb or an age ("Officer Monica French said"; not
// "Free French forces", "Communist Chinese troops", "Rival Palestinian
// families", "to Protect Abkhaz, S.Ossetian Borders").
func surname(toks []tok, t0 int, prevMention bool) bool {
	if t0 < 2 || prevMention {
		return false
	}
	p := &toks[t0-1]
	if !p.upper || p.capsAll || p.punct || len(p.low) < 2 || p.is(wcDeterminer) || demonymModifiers.Has(p.low) || compassWord(p.low) {
		return false
	}
	// a name is followed by its verb ("Monica French said", "Dan French
	// was") or by an age ("Dan French, 45,"), a demonym by its noun
	// ("Rival Palestinian families")
	if t0+1 >= len(toks) {
		return false
	}
	n := &toks[t0+1]
	return n.is(wcReportVerb|wcBeForm|wcHypo) || n.low == "has" || n.low == "had" ||
		n.low == "," && t0+2 < len(toks) && toks[t0+2].low != "" && toks[t0+2].low[0] >= '0' && toks[t0+2].low[0] <= '9'
}

// demonymModifiers are capitalised adjectives that stand before a demonym
// without making it a name.
var demonymModifiers = wordset.FromMap(map[string]bool{
	"communist": true, "nazi": true, "imperial": true, "free": true, "nationalist": true, "royal": true,
	"vichy": true, "soviet": true, "islamic": true, "catholic": true, "orthodox": true, "christian": true,
	"muslim": true, "jewish": true, "arab": true, "anglo": true, "upper": true, "lower": true, "greater": true,
	"ancient": true, "old": true, "new": true, "modern": true, "native": true, "ethnic": true, "black": true,
	"white": true, "central": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true, "sunni": true, "shiite": true, "shia": true,
	"kurdish": true, "pro": true, "anti": true, "former": true, "the": true,
})

// weatherName reports the name of a storm ("Typhoon Haiyan", "Hurricane
// Maria", "Cyclone Idai", "Tropical Storm Alberto").
func weatherName(name string) bool {
	if len(name) < 6 || name[0] != 'T' && name[0] != 'H' && name[0] != 'C' && name[0] != 'S' {
		return false
	}
	for _, p := range []string{"Typhoon ", "Hurricane ", "Cyclone ", "Tropical Storm ", "Storm ", "Super Typhoon "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// waterBody reports the name of a sea, ocean, strait, gulf or bay ("Red
// Sea", "Strait of Hormuz", "Gulf of Aden"): water that borders several
// states and stands for none of them.
func waterBody(name string) bool {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	switch last {
	case "Sea", "Ocean", "Strait", "Straits", "Channel":
		return true
	}
	for _, p := range []string{"Strait of ", "Straits of ", "Gulf of ", "Bay of ", "Sea of "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// placeCountry returns the ISO3 country of a place mention the KB does
// not put in a country: the places layer's place over the mention when
// that layer is filled (the geo stage chose among homonyms in context),
// else the shipped gazetteer's most populous place of that name; "" when
// neither knows it.
func placeCountry(d *doc.Doc, m *doc.Mention) string {
	if d.Has(doc.LayerPlaces) {
		for i := range d.Places {
			if p := &d.Places[i]; p.Span.Start < m.Span.End && m.Span.Start < p.Span.End {
				return p.Country
			}
		}
		return ""
	}
	if g := shippedGazetteer(); g != nil {
		if es := g.Lookup(m.Text); len(es) > 0 {
			return es[0].Country
		}
	}
	return ""
}

// shippedGazetteer is the shipped places table (without the KB's
// countries: a KB place already has its country), built on first use.
var shippedGazetteer = sync.OnceValue(func() *geo.Gazetteer {
	g, err := geo.New(nil)
	if err != nil {
		return nil // the shipped table is kept valid by geo's tests
	}
	return g
})

// A kbResolved is what resolveKB made of one KB id at one day for an
// actor that came with country in: a document names the same few people
// and countries sentence after sentence, and the news of a day names the
// same ones document after document; each resolution costs lookups in
// the KB's large maps (actor, roles, office holder). Only KB ids, KB
// names and codes are kept (an unknown id keeps nothing but its key), so
// a memo holds no document's text.
type kbResolved struct {
	id, in                      string
	day                         kb.Date
	found                       bool
	name, country, code, sector string
}

// kbMemoSlots is the size of a memo (resolveKBMemo): a table of this
// many resolutions, each in the slot its key hashes to, kept across the
// documents one Coder codes (the KB is read-only, see kb.KB).
const kbMemoSlots = 512

// kbMemoSlot returns the slot of the key (id, day, in) in a memo.
func kbMemoSlot(id string, day kb.Date, in string) int {
	h := filterHash(id) ^ uint32(day.Year)*0x9E37 ^ uint32(day.Month)*0x3B ^ uint32(day.Day)*0x65 ^ uint32(len(in))*0xA7
	if in != "" {
		h ^= uint32(in[0]) * 0x1D
	}
	return int((h ^ h>>7) % kbMemoSlots)
}

// resolveKBMemo is resolveKB remembered in memo (nil: not remembered),
// a table of kbMemoSlots resolutions (allocated when empty) that the
// caller keeps for one Coder: a later key hashing to the same slot
// replaces the earlier. It gives the same actor: resolveKB reads only
// m.KBID, day and the actor's country, code and sector, and neither the
// KB nor the Coder changes.
func (c *Coder) resolveKBMemo(a *actor, m *doc.Mention, day kb.Date, memo *[]kbResolved) {
	if memo == nil || c.kb == nil || m.KBID == "" || a.code != "" || a.sector != "" {
		c.resolveKB(a, m, day)
		return
	}
	if len(*memo) != kbMemoSlots {
		*memo = make([]kbResolved, kbMemoSlots)
	}
	r := &(*memo)[kbMemoSlot(m.KBID, day, a.country)]
	if r.id == m.KBID && r.day == day && r.in == a.country {
		if r.found {
			a.name, a.country, a.code, a.sector = r.name, r.country, r.code, r.sector
		}
		return
	}
	in := a.country
	if !c.resolveKB(a, m, day) {
		*r = kbResolved{id: m.KBID, in: in, day: day}
		return
	}
	*r = kbResolved{id: m.KBID, in: in, day: day, found: true,
		name: a.name, country: a.country, code: a.code, sector: a.sector}
}

// resolveKB fills an actor's country, code and sector from the KB: a
// country's own code, an organisation's CAMEO code and sector, a person's
// office (at day) mapped to its country and sector. It reports whether
// the KB knows m's actor.
func (c *Coder) resolveKB(a *actor, m *doc.Mention, day kb.Date) bool {
	if c.kb == nil || m.KBID == "" {
		return false
	}
	ka, ok := c.kb.Actor(m.KBID)
	if !ok {
		return false
	}
	a.name = ka.Name
	if a.country == "" {
		a.country = ka.Country
	}
	switch ka.Kind {
	case kb.KindCountry:
		if a.country == "" {
			a.country = ka.ID
		}
		a.code = ka.CAMEO
	case kb.KindPerson:
		if r := c.firstRole(ka.ID, day); r != nil {
			key := r.Office // "IRN.foreign_minister", "group.al-qaeda.leader"
			if i := strings.LastIndexByte(key, '.'); i >= 0 {
				key = key[i+1:]
			}
			if c.holderOrg(a, r.Country) {
				break // the leader of al-Qaeda is coded as al-Qaeda (IMGREB)
			}
			if r.Country != "" {
				a.country = r.Country
			}
			a.sector = sectorOfOffice(key)
		}
	default:
		// a group's code at the event's day: the Taliban rule
		// Afghanistan (AFGGOV) after 2021-08-15, are rebels (AFGREB)
		// before it
		code, sector := ka.CodeAt(day)
		a.code = code
		if a.sector == "" {
			a.sector = sector
		}
	}
	return true
}

// firstRole returns the person's first role (by start) that possibly
// covers day (KB.RolesAt), or when day is zero the first the person
// still holds; of several such, one in the person's own country; nil
// when there is none.
func (c *Coder) firstRole(person string, day kb.Date) *kb.Role {
	rs, ok := c.roles[person]
	if !ok {
		rs = c.kb.RolesOf(person)
	}
	holds := func(r *kb.Role) bool {
		return day.IsZero() && r.End.IsZero() || !day.IsZero() && r.Period().Holds(day) != kb.False
	}
	var first *kb.Role
	for i := range rs {
		r := &rs[i]
		if !holds(r) {
			continue
		}
		if first == nil {
			first = r
			continue
		}
		// Several offices at once (a Commonwealth realm's monarch is
		// Queen of Canada too): the one of the person's own country
		if a, ok := c.kb.Actor(person); ok && a.Country != "" {
			if first.Country == a.Country {
				return first
			}
			for j := i; j < len(rs); j++ {
				if r := &rs[j]; r.Country == a.Country && holds(r) {
					return r
				}
			}
		}
		return first
	}
	return first
}

// holderOrg codes a as the organisation whose office it holds when id
// names a KB organisation or armed group rather than a country: the
// organisation's CAMEO code, country and sector ("group.al-qaeda" →
// IMG, REB; "org.un" → IGOUNO). It reports whether id was one.
func (c *Coder) holderOrg(a *actor, id string) bool {
	if c.kb == nil || id == "" {
		return false
	}
	org, ok := c.kb.Actor(id)
	if !ok && strings.IndexByte(id, '.') < 0 {
		// an international office's holder: the KB writes its
		// "country" as the body's short name ("UN.secretary_general",
		// "EU.high_representative"); the body is org.<name>
		org, ok = c.kb.Actor(officeBody(id))
	}
	if !ok || org.Kind == kb.KindCountry {
		return false
	}
	a.country, a.code, a.sector = org.Country, org.CAMEO, org.Sector
	if a.code == "" {
		a.code = org.Country
	}
	return true
}

// officeBody returns the KB id of the international body whose short
// name an office key opens with: "UN" → org.un, "NATO" → org.nato; the
// two the KB spells otherwise are written out.
func officeBody(short string) string {
	switch short {
	case "ARABLEAGUE":
		return "org.arab-league"
	case "WB":
		return "org.world-bank"
	}
	return "org." + strings.ToLower(short)
}

// tokRange returns the tokens covering span s.
func tokRange(toks []tok, s doc.Span) (int, int) {
	t0, t1 := -1, -1
	// the first token ending after s.Start (tokens are in text order)
	lo, hi := 0, len(toks)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); toks[mid].end <= s.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for i := lo; i < len(toks); i++ {
		if toks[i].end <= s.Start {
			continue
		}
		if toks[i].start >= s.End {
			break
		}
		if t0 < 0 {
			t0 = i
		}
		t1 = i + 1
	}
	if t0 < 0 {
		return 0, 0
	}
	return t0, t1
}

// tokRangeFrom is tokRange for a span that starts at or after the
// start of every span asked before it with the same lo: the tokens
// before lo end at or before the span's start. It returns the first
// token ending after the start as the next lo.
func tokRangeFrom(toks []tok, s doc.Span, lo int) (int, int, int) {
	for lo < len(toks) && toks[lo].end <= s.Start {
		lo++
	}
	t0, t1 := -1, -1
	for i := lo; i < len(toks) && toks[i].start < s.End; i++ {
		if t0 < 0 {
			t0 = i
		}
		t1 = i + 1
	}
	if t0 < 0 {
		return 0, 0, lo
	}
	return t0, t1, lo
}

// agentAt returns the longest agent phrase starting at token i and its
// length in tokens.
func (c *Coder) agentAt(toks []tok, i int) (Agent, int) {
	var best Agent
	n := 0
	if !c.dict.agentWords.hasHash(toks[i].hash()) {
		return best, 0
	}
	h, ok := c.dict.agentIndex.get(toks[i].low, toks[i].hash())
	if !ok {
		return best, 0
	}
	if h.single {
		best, n = h.ag, 1
	}
	if c.dict.agentMax == 1 || !h.multi || toks[i].punct {
		return best, n
	}
	var arr [64]byte
	buf := arr[:0] // the phrase so far; m[string(buf)] does not allocate
	buf = append(buf, toks[i].low...)
	// (the word alone was looked up in agentIndex: h.single)
	for k := 1; k < c.dict.agentMax && i+k < len(toks); k++ {
		if toks[i+k].punct || !c.dict.agentRest.hasHash(toks[i+k].hash()) {
			break // (no phrase goes on with this word: none longer matches)
		}
		buf = append(buf, ' ')
		buf = append(buf, toks[i+k].low...)
		if ag, ok := c.dict.Agents[string(buf)]; ok {
			best, n = ag, k+1
		}
	}
	return best, n
}

// attachAgents extends actors with the agent words around them: "Israeli
// troops" (agent after), "the government of Gondor" (agent before "of"),
// and skips modifiers such as "security" in "Arnor security officials".
// An agent before a place ("protesters in Caracas") makes the actor that
// agent, of the place's country, named by the agent words of text.
func (c *Coder) attachAgents(text string, toks []tok, acts []actor) []actor {
	if len(c.dict.Agents) == 0 {
		return acts
	}
	agentWords := &c.dict.agentWords
	for ai := range acts {
		a := &acts[ai]
		j := a.t1
		if j < len(toks) && (toks[j].low == "'s" || toks[j].low == "'") {
			a.poss = true
			j++
		}
		limit := len(toks)
		if ai+1 < len(acts) {
			limit = acts[ai+1].t0
			if a.poss && limit == j && hyphenModified(toks, &acts[ai+1]) {
				// "Libya's UN-recognised government", "Yemen's
				// Saudi-backed government": the compound modifies the
				// owner's agent, it is no owner of its own
				limit = len(toks)
				if ai+2 < len(acts) {
					limit = acts[ai+2].t0
				}
			}
		}
		// look up to three words ahead for an agent ("Arnor security officials", "Iran's foreign minister");
		// an "Egypt-backed tribunal" is not Egypt's
		// (a does not change while the loop goes on: hyphenModified,
		// false once, stays false)
		for k := j; k < limit && k < j+3 && (k > j || !hyphenModified(toks, a)); k++ {
			if toks[k].punct {
				break
			}
			if k+2 < limit && menAndWomen(toks, k) {
				k++ // "Kenyan men and women": the demonym's people, both
				continue
			}
			if a.demonym && k == j && demonymPeople.Has(toks[k].low) && (k+1 >= len(toks) || toks[k+1].low != "'s" && !toks[k+1].upper) {
				// "a Malaysian man", "two Chinese boys": people of the
				// demonym's country, its civilians (MYSCVL), not the state;
				// a name after it is the actor ("Nigerian woman Pamela X")
				c.addSector(a, Agent{Code: "CVL"})
				a.t1 = k + 1
				break
			}
			if toks[k].low == "national" && k+1 < limit && bareNoun(&toks[k+1]) {
				continue // "the Iranian national team", "Israeli national security adviser": a modifier
			}
			if k > j && (toks[k].low == "forces" || toks[k].low == "force") && !toks[k].upper && unarmedForceAdjectives.Has(toks[k-1].low) {
				break // "Thailand's political forces", "Thai political forces": its parties, no army
			}
			if ag, n := c.agentAt(toks, k); n > 0 && k+n <= limit {
				// "Sudanese army troops", "Israeli police officers": a
				// second agent noun of the same sector is the same people
				if k+n < limit && !toks[k+n].punct {
					if ag2, n2 := c.agentAt(toks, k+n); n2 > 0 && ag2.Code == ag.Code && !ag2.Prefix && k+n+n2 <= limit {
						n += n2
					}
				}
				ethnic := a.demonym && a.t0 > 0 && toks[a.t0-1].low == "ethnic"
				if k == j && ag.Code == "MIL" && !ag.Prefix && a.sector == "GOV" && !a.person && !a.agentNoun && a.country != "" &&
					(toks[a.t1-1].low == "government" || toks[a.t1-1].low == "regime") {
					// "Syrian government troops", "Afghan government
					// forces": the state's armed forces, as PETRARCH's
					// "government troops" agent is MIL
					a.sector, a.code, a.agentNoun = "MIL", a.country, true
				} else if !ownerAgents.Has(toks[k].low) || a.country != "" && a.id == a.country {
					// "Amazon spokeswoman" speaks for Amazon, "Iran's
					// spokesman" for Iran's government
					c.addSector(a, ag)
				}
				if ethnic && a.sector == "MIL" {
					// "the ethnic Armenian forces" of Nagorno-Karabakh,
					// "ethnic Albanian fighters": a people's armed men
					// are no state's army but rebels (REB)
					a.sector = "REB"
				}
				if ethnic && a.sector == "REB" {
					// "ethnic Albanian rebels in southern Serbia": the
					// people's name is no state; the country is where
					// they fight, as for bare "rebels", else the
					// demonym's (homeland)
					a.homeland, a.country, a.code, a.generic = a.country, "", "", true
				}
				if a.place && !(n == 1 && !strings.HasSuffix(toks[k].low, "s") && k+1 < len(toks) && bareNoun(&toks[k+1])) {
					// "Darfur rebels", "Caracas residents": people of the
					// place's country, not the place ("a Gaza refugee
					// camp" stays a place)
					a.place, a.generic = false, true
					a.name = text[toks[a.t0].start:toks[k+n-1].end]
					a.id = a.actorCode()
				}
				a.t1 = k + n
				break
			}
			if !isModifier(toks[k].low) && !(a.poss && (possModifier(toks[k].low) || bareNoun(&toks[k]))) && !(a.demonym && k == j && ethnicWord(toks, k)) {
				break // (an owner's agent may follow a plain noun: "South Korea's largest umbrella union", "Iran's war cabinet")
			}
		}
		prevEnd := 0
		if ai > 0 {
			prevEnd = acts[ai-1].t1
		}
		// "the government of X", "human rights activists in X": the longest agent
		// ("the mayor of the northern city of X", "dissidents from
		// military-ruled X": a determiner and modifiers may sit between)
		if ai > 0 && a.country == "" && a.code == "" && !a.person && !a.place && acts[ai-1].poss && acts[ai-1].country != "" &&
			acts[ai-1].t1+1 == a.t0 && toks[acts[ai-1].t1].low == "'s" {
			// "Egypt's Muslim Brotherhood", "Russia's Wagner Group": an
			// organisation of no known country is its owner's
			a.country = acts[ai-1].country
			if ag, ok := c.dict.Agents[toks[a.t1-1].low]; ok && a.sector == "" && stateSector(ag.Code) {
				// "Brazil's Supreme Court", "Kenya's High Court": a state
				// body the KB does not know, of its last word's sector
				a.sector = ag.Code
			}
		}
		if a.person {
			if s := partisanBefore(toks, a.t0, prevEnd); s >= 0 {
				partisansOf(a, text[toks[s].start:toks[a.t1-1].end]) // "supporters of X"
			} else if a.t1 < len(toks) && partisanNouns.Has(toks[a.t1].low) {
				a.t1++
				partisansOf(a, text[toks[a.t0].start:toks[a.t1-1].end]) // "X supporters"
			} else if a.t1+1 < len(toks) && toks[a.t1].low == "'s" && partisanNouns.Has(toks[a.t1+1].low) {
				a.t1 += 2
				a.poss = false
				partisansOf(a, text[toks[a.t0].start:toks[a.t1-1].end]) // "Guaido's supporters"
			}
		}
		if pr := prepBeforeActor(toks, a.t0, prevEnd); pr >= 1 && !(a.poss && ai+1 < len(acts) && acts[ai+1].t0 == a.t1+1) {
			// ("leaders of Egypt's Muslim Brotherhood" are the
			// Brotherhood's, not Egypt's)
			for s := pr - 4; s <= pr-1; s++ {
				if s < prevEnd || s < 0 || !agentWords.hasHash(toks[s].hash()) {
					continue // (agentAt's first test, inlined)
				}
				if ag, n := c.agentAt(toks, s); n > 0 && s+n == pr {
					if crowdNumbers.Has(toks[s].low) {
						break // "killed hundreds in Homs": a count, no crowd of the place
					}
					if toks[pr].low == "in" && (ag.Code == "MIL" || ag.Code == "COP" || a.place && mobileAgent(toks, s, s+n)) {
						break // "troops in Ukraine", "prisoners in Ankara" are located there, not Ukraine's
					}
					if s > 0 && toks[s-1].is(wcPossPronoun) {
						break // "its forces in Lebanon" belong to the subject
					}
					if ownedBySubject(toks, s) {
						break // "recalled its own envoy from Ottawa": the subject's
					}
					if s > 0 && toks[s-1].low == "international" {
						break // "an international tribunal in The Hague" sits there; it is no Dutch court
					}
					if stateSector(ag.Code) {
						if sec := titleHolderSector(toks, s); sec != "" {
							ag.Code = sec // "an opposition mayor in Caracas": the opposition's, not the state's
						}
					}
					c.addSector(a, ag)
					if a.place && !a.person {
						// "protesters in Caracas", "the mayor of Nablus":
						// the agent is the actor, of the place's country;
						// the place is only where it is
						a.place, a.generic = false, true
						a.name = text[toks[s].start:toks[s+n-1].end]
						a.id = a.actorCode()
					}
					a.t0 = s
					a.agentBefore = true
					break
				}
			}
		}
		// "MSF Arnor": a prefix agent right before the actor; "General
		// David Petraeus", "Judge Ana Ruiz": a title right before a
		// person gives the person's sector
		for s := a.t0 - 3; s < a.t0; s++ {
			if s < prevEnd || s < 0 || !agentWords.hasHash(toks[s].hash()) {
				continue // (agentAt's first test, inlined: most words start no agent)
			}
			if ag, n := c.agentAt(toks, s); n > 0 && s+n == a.t0 {
				if ag.Prefix {
					a.prefix = ag.Code
					a.t0 = s
					break
				}
				if a.person && a.sector == "" && titleCase(toks, s, a.t0) &&
					!(toks[s].low == "general" && s > 0 && toks[s-1].is(wcTitleBeforeGeneral)) { // "Attorney General Jerry Brown" is no officer
					a.sector = ag.Code
					a.t0 = s
					break
				}
				if a.person && a.sector != "" && a.sector == ag.Code && titleCase(toks, s, a.t0) && ministerialTitle(toks[a.t0-1].low) {
					// "called Foreign Secretary Enrique Manalo": a
					// minister's title of the office the KB gives the
					// person is part of the person (a head's title stays
					// a pattern word: "removed President Bashir")
					a.t0 = s
					break
				}
			}
		}
	}
	// "Bree Prime Minister Romendacil", "Iranian Foreign Minister Araghchi":
	// a titled actor followed directly by a name is one actor.
	for ai := 0; ai+1 < len(acts); ai++ {
		a, b := &acts[ai], &acts[ai+1]
		if a.sector != "" && b.t0 == a.t1 && !a.poss {
			a.t1 = b.t1
			if b.person && !a.person && b.id != "" && b.id != b.name {
				// "Haitian President Jovenel Moise" is the KB person
				// (their id and name), coded by the title's state
				// and sector
				a.id, a.name, a.person = b.id, b.name, true
			} else if b.person && a.person && !toks[b.t0-1].upper {
				// "Obama adviser David Axelrod": the role noun after a
				// person makes the name after it someone who serves
				// them, coded by their state and sector
				a.id, a.name = b.id, b.name
				if a.id == "" {
					a.id = b.name
				}
			} else if b.person && !a.person && a.generic {
				titledPerson(a, b) // "Bougainville President John Momis"
			} else if unknownTitled(a, b) {
				titledPerson(a, b) // "Reserve Bank of India Governor Shaktikanta Das"
			}
			if b.person && a.t0 > 0 && formerWord(toks[a.t0-1].low) && a.agentNoun && (b.country == "" || b.country == a.country) {
				// "former Pakistani Prime Minister Imran Khan": the title
				// is no office; what the KB says the person held at the
				// event's date is, else an elite (CAMEO's FORMER_PRIME_MINISTER)
				a.sector, a.agentNoun = b.sector, false
				if b.code != "" && b.code != b.country {
					a.code = b.code
				} else {
					a.code = ""
				}
				if a.sector == "" {
					a.sector = "ELI"
				}
			}
			copy(acts[ai+1:], acts[ai+2:])
			acts = acts[:len(acts)-1]
			ai--
		}
	}
	// "China's foreign ministry spokeswoman Mao Ning", "French Trade
	// Minister Sophie Primas": a person the KB does not know, titled by a
	// state's body or written after its adjective, speaks for that state.
	for ai := 0; ai+1 < len(acts); ai++ {
		a, b := &acts[ai], &acts[ai+1]
		if !b.person || a.country == "" || a.place || a.person || a.generic {
			continue
		}
		if b.country != "" && (b.country != a.country || b.sector != "" || b.code != "" && b.code != b.country || !a.poss || b.t0 != a.t1 || a.sector == "" || formerBetween(toks, a.t0, b.t0)) {
			// (a person the KB knows keeps what it says, unless it
			// gives no office at the date and the state's own title
			// says what the person is: "Zimbabwe's opposition leader
			// Morgan Tsvangirai" → ZWEOPP)
			continue
		}
		if a.demonym && (b.t0 == a.t1 || b.t0-a.t1 <= 2 && titleCase(toks, a.t1, b.t0)) || a.sector != "" && a.poss && (b.t0 == a.t1 || lowerWords(toks, a.t1, b.t0, 2)) {
			b.country = a.country
			if b.sector == "" {
				b.sector = a.sector
			}
			b.code = b.actorCode()
		}
	}
	// "the ambassadors of Arnor, Osgiliath and Gondor", "Eriadori and
	// Calenardhon leaders": the agent applies to every actor of the list.
	for ai := range acts {
		a := &acts[ai] // (read only: the loops below set the others)
		if a.sector == "" {
			continue
		}
		// "Indian and Chinese military commanders": a KB body named by
		// a demonym and agent words ("Chinese military") lends its
		// sector back to a bare demonym listed before it, as an agent
		// noun does ("Indian and Chinese troops")
		adjBody := !a.agentNoun && demonymBody(c, toks, a)
		if !a.agentNoun && !adjBody {
			continue
		}
		for bi := ai + 1; bi < len(acts) && listed(toks, acts[bi-1].t1, acts[bi].t0, bi+1 < len(acts) && joined(toks, acts[bi].t1, acts[bi+1].t0)); bi++ {
			if acts[bi].sector == "" && a.agentBefore {
				acts[bi].sector = a.sector
				if b := &acts[bi]; a.generic && b.place {
					// "protesters in Tehran and Isfahan": protesters too
					b.place, b.generic, b.name = false, true, a.name
					b.id = b.actorCode()
				}
			}
		}
		// (going back, a comma is a list's when the members after it
		// were joined: "French, British and American forces")
		for bi := ai - 1; bi >= 0 && listed(toks, acts[bi].t1, acts[bi+1].t0, bi+1 < ai || bi > 0 && joined(toks, acts[bi-1].t1, acts[bi].t0)); bi-- {
			if acts[bi].sector == "" && !a.agentBefore && (!adjBody || acts[bi].demonym && acts[bi].t1-acts[bi].t0 == 1) {
				acts[bi].sector = a.sector
			}
		}
	}
	kinPossessives(text, toks, acts)  // "Marcos's father" is not Marcos
	rolePossessives(text, toks, acts) // "Sunak's predecessor" is not Sunak
	for ai := range acts {
		sectorActorID(&acts[ai])
	}
	return acts
}

// demonymBody reports whether actor a is a state body written as a
// capitalised adjective and agent words ("Chinese military", "Israeli
// army"), so that a bare demonym listed before it shares its agent.
func demonymBody(c *Coder, toks []tok, a *actor) bool {
	if a.person || a.place || a.generic || !establishmentSector(a.sector) || a.t1-a.t0 < 2 || !toks[a.t0].upper {
		return false
	}
	_, n := c.agentAt(toks, a.t0+1)
	return n > 0
}

// sectorActorID names a state's people by their sector: "Syrian rebels",
// "Egypt's military", "Turkish police" are not the state (the country's
// KB id) but its REB, MIL, COP sector, so the actor's id becomes its
// CAMEO code (SYRREB); its name stays the state's (source_name "Syria",
// source_sector REB). The state's own sectors
// (stateSector: "the Syrian government", "Iranian officials") stay the
// state.
// ministerialTitle reports the last word of a minister's title:
// "Foreign Minister", "Foreign Secretary", "Secretary of State".
func ministerialTitle(w string) bool {
	return w == "minister" || w == "secretary" || w == "state"
}

func sectorActorID(a *actor) {
	if !a.agentNoun || a.person || a.place || a.generic || a.sector == "" || stateSector(a.sector) ||
		a.country == "" || a.id != a.country || a.t1 <= a.t0 {
		return
	}
	a.id = a.actorCode()
}

func (c *Coder) addSector(a *actor, ag Agent) {
	if a.sector == "IGO" && !a.person && !a.agentNoun && a.code != "" && (ag.Code == "MIL" || ag.Code == "COP") && !hasChunk(a.code, ag.Code) && !ag.Prefix &&
		!strings.HasPrefix(ag.Phrase, "investigator") {
		// "UN troops", "NATO forces": an international organisation's
		// own code (IGOUNO) takes the sector of its armed personnel
		// (IGOUNOMIL); its leaders, officials and investigators are the
		// organisation
		a.code += ag.Code
		a.sector = ag.Code
		a.agentNoun = true
		return
	}
	if a.sector == "PTY" && ag.Code == "REB" && !a.person && !ag.Prefix && a.country != "" {
		// "the UNITA rebels", "Renamo rebels": a party the text calls
		// rebels is an armed rebellion here
		// (its own name's sector: a list before it keeps theirs,
		// "Angola and the UNITA rebels")
		a.sector, a.code = "REB", a.country+"REB"
		return
	}
	if a.sector == "PTY" && ag.Code == "LEG" && !a.person && !ag.Prefix && a.country != "" {
		// "a GOP senator", "an Awami League lawmaker": a legislator of
		// the party, who acts as a member of the state's legislature,
		// not for the party
		a.sector, a.code, a.agentNoun = "LEG", a.country+"LEG", true
		return
	}
	if a.sector == "" {
		a.sector = ag.Code
		a.agentNoun = true
		a.demonym = false
		if ag.Prefix {
			a.code = ag.Code + a.codeOrCountry()
			a.sector = ""
		}
	}
}

func (a *actor) codeOrCountry() string {
	if a.code != "" {
		return a.code
	}
	return a.country
}

// actorCode returns the CAMEO actor code: the actor's code (or country)
// followed by its sector unless the code already ends with it.
func (a *actor) actorCode() string {
	base := a.codeOrCountry()
	if a.prefix != "" {
		base = a.prefix + base
	}
	if a.sector == "" || hasChunk(base, a.sector) {
		return base
	}
	return joinCode(base, a.sector)
}

// A joinedCode is a CAMEO actor code built of a base and a sector.
type joinedCode struct{ base, sector, code string }

// joinedCodes keeps recently joined codes, one per slot of a small hash
// table, shared by all Coders (a plain pointer load to read). Events
// name the same few actors again and again ("USAGOV", "IRNMIL"), and
// each event's source and target codes would otherwise be concatenated
// anew: most calls find their code here.
var joinedCodes [256]atomic.Pointer[joinedCode]

// joinCode returns base + sector, sharing the string with earlier calls
// for the same parts when it can.
func joinCode(base, sector string) string {
	if base == "" || sector == "" {
		return base + sector // no allocation
	}
	h := uint(len(base))*0x9E ^ uint(base[0])*0x3B ^ uint(base[len(base)-1])*0x65 ^
		uint(sector[0])*0x1D ^ uint(sector[len(sector)-1])*0xA7 ^ uint(len(sector))*0x45
	slot := &joinedCodes[(h^h>>8)%uint(len(joinedCodes))]
	if e := slot.Load(); e != nil && e.base == base && e.sector == sector {
		return e.code
	}
	code := base + sector
	slot.Store(&joinedCode{base: base, sector: sector, code: code})
	return code
}

// noCode reports whether a.actorCode() is "", without building it.
func (a *actor) noCode() bool {
	return a.prefix == "" && a.code == "" && a.country == "" && a.sector == ""
}

// hasChunk reports whether the CAMEO actor code (three-letter chunks)
// already holds sector: "IGOEUREEC" holds "IGO".
func hasChunk(code, sector string) bool {
	if len(sector) != 3 {
		return strings.HasSuffix(code, sector)
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == sector {
			return true
		}
	}
	return false
}

// prepBeforeActor returns the index of the of/in/from before the actor
// starting at t0, skipping a determiner and up to two lower-case
// modifiers ("of the northern", "from military-ruled"), or -1. Tokens
// before lo belong to another actor.
func prepBeforeActor(toks []tok, t0, lo int) int {
	for i, mods := t0-1, 0; i >= lo && i >= 1 && mods <= 3; i, mods = i-1, mods+1 {
		t := &toks[i]
		switch t.low {
		case "of", "in", "from":
			return i
		}
		if t.punct || t.upper && !t.is(wcDeterminer) || t.is(wcPreposition) || t.is(wcPossPronoun) || t.low == "and" || t.low == "or" {
			return -1
		}
		if t.is(wcDeterminer) {
			// "the" opens the phrase: only the preposition may precede it
			if p := toks[i-1].low; i-1 >= lo && (p == "of" || p == "in" || p == "from") {
				return i - 1
			}
			return -1
		}
		if !t.is(wcDeterminer) && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly")) {
			return -1
		}
		if strings.HasSuffix(t.low, "ed") && i-1 >= lo && pluralNounVerb(&toks[i-1]) {
			return -1 // "a union of flight attendants endorsed Hillary Clinton": the verb ends the phrase
		}
	}
	return -1
}

// pluralNounVerb reports a lower-case plural noun, which a past verb
// after it follows as its predicate ("attendants endorsed"), unlike a
// preposition or determiner before a participle ("of occupied East
// Jerusalem").
func pluralNounVerb(t *tok) bool {
	return !t.punct && !t.upper && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") &&
		!t.is(wcDeterminer|wcPreposition|wcPossPronoun)
}

// titleCase reports whether tokens [from,to) are written as a title
// before a name ("General", "Defence Minister"): each word capitalised.
func titleCase(toks []tok, from, to int) bool {
	for i := from; i < to; i++ {
		if !toks[i].upper {
			return false
		}
	}
	return to > from
}

// isModifier reports words that may sit between an actor and its agent
// noun: "Arnor security officials", "Iran's top diplomat".
func isModifier(w string) bool {
	switch w {
	case "security", "senior", "top", "former", "new", "top-level", "high-ranking", "ranking", "chief",
		"deputy", "first", "acting", "main", "largest", "border", "special", "leading", "elite", "local",
		"federal", "national", "regional", "state", "interim", "transitional", "military", "foreign",
		"defense", "defence", "riot", "ground", "naval", "government", "rebel", "opposition", "human", "rights",
		"warring", "rival", "paramilitary", "ruling", "exiled", "embattled", "outgoing", "incoming", "veteran":
		return true
	}
	return false
}

// listed reports whether tokens [from,to) join two members of one list:
// "and"/"or", or a comma when more members follow ("A, B and C").
func listed(toks []tok, from, to int, more bool) bool {
	if !joined(toks, from, to) {
		return false
	}
	for i := from; i < to; i++ {
		switch toks[i].low {
		case "and", "or", "nor", "&":
			return true
		}
	}
	return more && to-from == 1
}

// policeStory reports a text that names the police and no armed forces:
// its bare "officers" are police officers, not military ones. Asked only
// for a bare "officers", so the scan costs nothing on other sentences.
func policeStory(text string) bool {
	police := false
	for _, w := range [...]string{"police", "Police", "sheriff", "Sheriff", "policemen", "troopers", "Troopers"} {
		if strings.Contains(text, w) {
			police = true
			break
		}
	}
	if !police {
		return false
	}
	for _, w := range [...]string{"soldier", "Soldier", "troops", "Troops", "army", "Army", "military", "Military", "armed forces", "marines", "Marines", "navy", "Navy"} {
		if strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// demonymPeople are person nouns that are no agent of their own ("a
// man fired at him") but after a demonym name its civilians: people,
// and occupations and roles no sector codes ("a Japanese engineer", "a
// German hostage").
var demonymPeople = wordset.New("man", "woman", "men", "boy", "girl", "boys", "girls", "couple", "teenager", "teenagers",
	"engineer", "engineers", "filmmaker", "filmmakers", "hostage", "hostages", "fisherman", "fishermen", "researcher", "researchers",
	"architect", "architects", "climber", "climbers", "hiker", "hikers", "backpacker", "backpackers")

// originDemonym reports a demonym that a hyphen joins to American,
// Canadian or Australian before a person noun: "a Chinese-American
// scholar", "an Iranian-Canadian academic". The person is of the second
// (the first names an origin), where "Israeli-Palestinian talks" are the
// two parties'.
func originDemonym(toks []tok, actorAt []int, acts []actor, a int) bool {
	k := acts[a].t1
	if k+1 >= len(toks) || toks[k].low != "-" || actorAt[k+1] < 0 {
		return false
	}
	b := &acts[actorAt[k+1]]
	if !b.demonym || b.t1 >= len(toks) || b.country != "USA" && b.country != "CAN" && b.country != "AUS" {
		return false // ("a British-Iranian aid worker" is often both)
	}
	for j := b.t0 + 1; j < len(toks) && j <= b.t1+1; j++ { // ("Canadian academic" may be one actor, CANEDU)
		if originPeople.Has(toks[j].low) {
			return true
		}
	}
	return false
}

// originPeople are nouns of a person whose origin a hyphenated demonym
// may give ("a Chinese-American scholar").
var originPeople = wordset.New("scholar", "scholars", "academic", "academics", "researcher", "researchers", "journalist", "journalists",
	"reporter", "businessman", "businesswoman", "businessmen", "citizen", "citizens", "national", "nationals", "man", "woman", "men", "women",
	"student", "students", "writer", "author", "activist", "activists", "artist", "engineer", "professor", "doctor", "worker", "workers",
	"teacher", "tourist", "tourists", "blogger", "lawyer", "executive", "billionaire", "dissident", "pastor", "priest")

// menAndWomen reports "men and women" at toks[i:]: one group of people,
// named by the agent noun "women" ("Kenyan men and women protested").
func menAndWomen(toks []tok, i int) bool {
	return i+2 < len(toks) && toks[i].low == "men" && toks[i+1].low == "and" && toks[i+2].low == "women"
}

// genericAgents adds actors for agent nouns that no actor claims:
// "protesters", "the police", "rebels in the north". An agent followed by
// in/of/from and a place takes the place's country ("demonstrators in
// Baghdad").
// machineAgent reports whether an agent word names a machine of war that
// stands for a state's armed forces only when the state is named right
// before it ("French helicopters", "Russia's warships"); bare, the word is
// an object or a weapon.
func machineAgent(low string) bool {
	switch low {
	case "helicopters", "helicopter", "gunships", "gunship", "bombers", "warships", "warship":
		return true
	}
	return false
}

// unarmedForceAdjectives are the adjectives before "forces" that make
// the forces no army: the political, social or economic forces of a
// country are its parties, movements or markets.
var unarmedForceAdjectives = wordset.New("political", "social", "market", "economic", "progressive", "conservative",
	"liberal", "reformist", "civic", "democratic")

func (c *Coder) genericAgents(d *doc.Doc, sent doc.Span, toks []tok, acts []actor, prior bodies, opens []int32) []actor {
	if len(c.dict.Agents) == 0 || len(opens) == 0 {
		return acts // (no token can open an agent phrase)
	}
	// cov[i]: token i lies inside an actor
	var covBuf [128]bool
	cov := covBuf[:0]
	if len(toks) <= len(covBuf) {
		cov = covBuf[:len(toks)]
	} else {
		cov = make([]bool, len(toks))
	}
	for ai := range acts {
		a := &acts[ai] // (an actor is large: not copied)
		for i := max(a.t0, 0); i < a.t1 && i < len(toks); i++ {
			cov[i] = true
		}
	}
	covered := func(i int) bool { return cov[i] }
	var addBuf [4]actor // most sentences add few generic agents: no allocation
	add := addBuf[:0]
	agentWords := &c.dict.agentWords
	// Only the tokens of opens can open an agent phrase: the loop goes
	// from one to the next, from past the last agent read (i = end - 1
	// below moves on to end). (A token's word may have changed since
	// opens was made, "A and B" from a slash: the test is asked again.)
	i, from := 0, 0
	for k := 0; k < len(opens); k, from = k+1, max(from, i+1) {
		if i = int(opens[k]); i < from {
			continue
		}
		if t := &toks[i]; !agentWords.hasHash(t.hash()) || t.punct || cov[i] {
			continue // (no agent phrase starts with the word: agentAt's first test, inlined, first: most words fail it)
		}
		ag, n := c.agentAt(toks, i)
		if n == 1 && ag.Code == "MIL" && !c.petrarch() && (toks[i].low == "officers" || toks[i].low == "officer") &&
			(i == 0 || !toks[i-1].upper && toks[i-1].low != "'s") && policeStory(d.Text) {
			ag.Code = "COP" // "Officers shot a man who fired at them" in a story about the police: police officers
		}
		if n > 0 && ag.Code == "PTY" && !c.petrarch() && !cov[i+n-1] {
			if a, ok := c.rulingParty(d, sent, toks, acts, i, n); ok {
				add = append(add, a) // "accused the ruling party of rigging the vote": the party of the sentence's state
				i += n - 1
			}
			continue
		}
		if n == 0 || !genericOK(ag.Code) {
			continue
		}
		end := i + n
		skip := false
		for k := i; k < end; k++ {
			if covered(k) {
				skip = true
			}
		}
		if skip {
			continue
		}
		if crowdNumbers.Has(toks[i].low) && !crowdSubject(toks, i, end) {
			i = end - 1
			continue // "thousands of people", "killed hundreds": no crowd as subject of a demonstration
		}
		if machineAgent(toks[i].low) && !(i > 0 && cov[i-1] || i > 1 && toks[i-1].low == "'s" && cov[i-2]) {
			i = end - 1
			continue // "seized tanks and helicopters", "sent two warships": machines act only as an owner's forces ("Israeli helicopters")
		}
		if toks[i].low == "general" && !toks[i].upper && end < len(toks) && bareNoun(&toks[end]) && !toks[end].is(wcGroupNoun) {
			i = end - 1
			continue // "a general strike", "the general election": an adjective
		}
		if toks[i].low == "national" && (toks[i].upper || end < len(toks) && !toks[end].punct && (toks[end].upper || bareNoun(&toks[end]) || nationalIngNouns.Has(toks[end].low))) {
			i = end - 1
			continue // "national United Way officials", "the National Duals": an adjective or a name's word
		}
		if (toks[i].low == "fighters" || toks[i].low == "fighter") && i > 0 && aircraftModel(&toks[i-1]) {
			i = end - 1
			continue // "F-15E fighters", "MiG-29 fighters", "stealth fighters": aircraft, no militants
		}
		if toks[i].low == "women" && i >= 2 && (cov[i-2] || len(add) > 0 && add[len(add)-1].t1 == i-1) && toks[i-1].low == "and" && len(toks[i-2].low) > len("women") && strings.HasSuffix(toks[i-2].low, "men") {
			continue // "businessmen and women", "congressmen and women": one group, the compound's head shared
		}
		if (toks[i].low == "forces" || toks[i].low == "force") && !toks[i].upper && i > 0 && !toks[i-1].upper && unarmedForceAdjectives.Has(toks[i-1].low) {
			i = end - 1
			continue // "urged all political forces to talk", "market forces": parties, movements or economics, no army
		}
		if toks[i].low == "media" && i > 0 && toks[i-1].low == "social" {
			i = end - 1
			continue // "in a video posted on social media": a channel, no party
		}
		if toks[i].low == "general" && i > 0 && toks[i-1].is(wcTitleBeforeGeneral) {
			i = end - 1
			continue // "attorney general", "secretary general": no general
		}
		if n == 1 && toks[i].low == "general" && end < len(toks) && !toks[end].upper && (strings.HasSuffix(toks[end].low, "ing") && len(toks[end].low) > 5 || c.nounAfter(toks, end) || toks[end].low == "assembly") {
			i = end - 1
			continue // "a general meeting", "the general secretary", "the general assembly": an adjective, no officer
		}
		if n == 1 && toks[i].upper && nameWordAgent(toks, i) {
			continue // "the "People Power" uprising": a name's word, no people
		}
		if n == 1 && end < len(toks) && (toks[i].is(wcAdjectiveAgent) || !strings.HasSuffix(toks[i].low, "s") && !strings.HasSuffix(toks[i].low, "men")) &&
			!toks[end].is(wcGroupNoun) && !(armedPositions(toks, end) && armedSector(ag.Code)) && !securityPost(toks, end, ag.Code) && (c.nounAfter(toks, end) ||
			// "prisoner abuse", "refugee crisis": a victim noun before a
			// trigger noun names whom it concerns ("rebel threat" keeps
			// its owner)
			!strings.HasSuffix(toks[i].low, "s") && (ag.Code == "CVL" || ag.Code == "REF") && bareNoun(&toks[end])) {
			// "prisoner abuse", "refugee camp", "student protest": a
			// singular agent noun before a noun modifies it
			i = end - 1
			continue
		}
		if n == 1 && toks[i].is(wcAdjectiveAgent) && end < len(toks) && !(armedPositions(toks, end) && armedSector(ag.Code)) && !securityPost(toks, end, ag.Code) && (c.nounAfter(toks, end) || coordinatedAdjective(toks, end) ||
			// "launched a military offensive", "ordered an army
			// operation": after a light verb and an indefinite article
			// the word is an adjective; the subject owns the noun
			i > 0 && (toks[i-1].low == "a" || toks[i-1].low == "an") && lightVerbBefore(toks, i) && !toks[end].punct && !toks[end].upper && !toks[end].is(wcGroupNoun) ||
			i > 0 && (toks[i-1].low == "of" || toks[i-1].low == "the" || toks[i-1].low == "recent") && strings.HasSuffix(toks[end].low, "s") && !toks[end].punct && !toks[end].is(wcGroupNoun)) {
			// ("a wave of insurgent attacks", "the rebel attacks": a
			// plural noun after "of"/"the", not a verb; "hundreds of
			// opposition supporters" are people of the group)
			// "military exercises", "security forces", "police
			// custody": the agent word modifies a noun
			i = end - 1
			continue
		}
		if n == 1 && end < len(toks) && toks[end].low == "fire" && ag.Code == "MIL" && !toks[i].upper {
			i = end - 1
			continue // "exchanged heavy artillery fire", "under tank fire": the weapon names the fire; who fires is the subject
		}
		if n == 1 && indefiniteModifier(toks, i, end) {
			i = end - 1
			continue // "struck a militant training camp": an adjective of the camp
		}
		owner := ""
		if i > 0 && (toks[i-1].low == "his" || toks[i-1].low == "her" || toks[i-1].low == "its" || toks[i-1].low == "whose" && i > 1 && toks[i-2].low == ",") &&
			end < len(toks) && !toks[end].punct && !toks[end].is(wcPreposition) {
			// "Carney said his government would …": the owner of a
			// clause subject is the nearest named actor before it in the
			// sentence; so is a relative's ("Netanyahu, whose forces
			// attacked Gaza": Israel's forces)
			for k := len(acts) - 1; k >= 0; k-- {
				// (a bare demonym is an adjective, no owner: "did not
				// fire on South Korean ships, a day after its artillery
				// shelled …" is the North's artillery)
				if b := acts[k]; b.t1 <= i && b.country != "" && !b.generic && !b.place && !b.demonym && !inClosedRelative(toks, b.t0, b.t1, i) {
					owner = b.country
					break
				}
			}
		}
		pi := i // the agent's first word, or a title modifier before it: "the country's interim president"
		if i > 3 && isModifier(toks[i-1].low) && toks[i-2].low == "'s" {
			pi = i - 1
		}
		if owner == "" && pi > 2 && toks[pi-1].low == "'s" && (toks[pi-2].low == "country" || toks[pi-2].low == "nation") && toks[pi-3].low == "the" {
			// "seized power … and detained the country's president": the
			// state named before in the sentence
			for k := len(acts) - 1; k >= 0; k-- {
				if b := acts[k]; b.t1 <= pi-3 && b.country != "" && !b.generic && !b.person && b.sector != "IGO" {
					owner = b.country
					break
				}
			}
		}
		if owner == "" && stateSector(ag.Code) && (toks[end-1].low == "government" || toks[end-1].low == "authorities" || toks[end-1].low == "parliament" || toks[end-1].low == "regime") {
			// "Dutch lawmakers accused the government": beside domestic
			// actors of one state (lawmakers, opposition, police,
			// protesters of a country) the bare state body is theirs,
			// also abroad ("Iranian exiles protested in Paris against
			// the regime": Iran's)
			owner = domesticCountry(toks, acts)
		}
		if owner == "" && ag.Code == "MIL" && end-i == 2 && toks[i].low == "government" {
			// "Syrian rebels and government troops clashed": the
			// government's forces beside the rebels, opposition or
			// civilians of one state are that state's
			owner = insurgentsCountry(toks, acts, end)
		}
		if owner == "" && ag.Code == "GOV" && end-i == 1 && toks[i].low == "government" && i >= 2 && toks[i-1].low == "the" && toks[i-2].low == "and" {
			owner = challengerCountry(acts, i-2) // "Guatemalan guerrillas and the government signed": their state's
		}
		if owner == "" && ag.Code == "REB" && i > 0 && toks[i-1].low == "the" {
			// "bombed a FARC camp …, killing the rebel group's
			// commander": the definite rebels are the ones named before
			// in the sentence
			for k := len(acts) - 1; k >= 0; k-- {
				if b := &acts[k]; b.t1 <= i && b.sector == "REB" && b.country != "" && !b.place {
					owner = b.country
					break
				}
			}
		}
		if owner == "" && i > 0 && toks[i-1].low == "the" && stateBody(toks[end-1].low) {
			// "Myanmar's military seized power … The military said": a
			// definite state body is the one of that sector named before
			owner = prior.country(ag.Code)
		}
		if owner == "" && i > 1 && toks[i-2].low == "the" && stateBodyModifier(toks[i-1].low) && stateBody(toks[end-1].low) {
			owner = prior.country(ag.Code) // "the federal government", "the central government": the same body
		}
		if owner == "" && ag.Code == "GOV" && i > 1 && toks[i-1].low == "the" && toks[end-1].low == "government" && end-i == 1 && objectOfVerbOrPrep(&toks[i-2]) {
			owner = homeCountry(d, sent) // "accused the government of …" in a story set in one country
		}
		if owner == "" && ag.Code == "LAB" {
			owner = homeCountry(d, sent) // "LONDON — Nurses went on strike": the story's country's workforce
		}
		if owner == "" && ag.Code == "GOV" && end-i == 1 && toks[i].low == "officials" && end < len(toks) && toks[end].is(wcReportVerb) &&
			(i == 0 || toks[i-1].punct || officialsModifiers.Has(toks[i-1].low)) {
			owner = homeCountry(d, sent) // "KANDAHAR, Afghanistan — …, provincial officials said": the story's country's
			if owner != "" && (i == 0 || toks[i-1].punct) && nonStateBodyNear(d, sent, toks, acts, i) {
				owner = "" // "The Boy Scouts council will close the camp. Officials said …": the council's
			}
			for k := range acts {
				if b := &acts[k]; b.country != "" && b.country != owner && !b.place && b.sector != "IGO" {
					owner = "" // "Washington will ask NATO … in Afghanistan, officials said": maybe another state's
					break
				}
			}
		}
		if owner == "" && ag.Code == "GOV" && end-i == 1 && clauseSubjectGovernment(toks, i) {
			owner = homeCountry(d, sent) // "LA PAZ, Bolivia — The new government expelled …"
		}
		if owner == "" && ag.Code == "GOV" && end-i == 1 && i > 0 && stateBody(toks[i].low) &&
			(toks[i-1].low == "the" || i > 1 && toks[i-1].low == "military" && toks[i-2].low == "the") {
			// "protesters marched in Nairobi … against the government":
			// Kenya's; so is "the military government" in Yangon
			owner = c.whereCountry(d, sent, toks, acts)
		}
		if owner == "" && ag.Code == "MIL" && end-i == 1 && i > 0 && (toks[i].low == "junta" || toks[i].low == "military" || toks[i].low == "army") &&
			(toks[i-1].low == "the" || i > 1 && toks[i-1].low == "military" && toks[i-2].low == "the") {
			owner = c.whereCountry(d, sent, toks, acts) // "protesters in Yangon rallied against the military junta": Myanmar's, as the government where the sentence is
		}
		if epithetOfName(toks, acts, i, end) {
			i = end - 1 // "Indonesia and the separatist Free Aceh Movement signed": the name's epithet
			continue
		}
		if titleOfName(toks, acts, end) {
			for pi := range acts {
				if p := &acts[pi]; p.t0 == end && p.sector == "" && p.code == "" && ag.Code != "GOV" && !ag.Prefix && !stateSector(ag.Code) {
					// "arrested human rights activist Jestina Mukoko",
					// "opposition leader Kizza Besigye": a person the KB
					// gives no office is coded by the title's sector
					// (OPP, MED …)
					p.sector = ag.Code
				}
			}
			i = end - 1 // "opposition leader Raila Odinga": the title of the name after it
			continue
		}
		heldOffice := false // "a former regional governor", "an opposition mayor": no office of a state
		if owner == "" && stateSector(ag.Code) {
			if sec := titleHolderSector(toks, i); sec != "" {
				ag.Code, heldOffice = sec, true
			}
		}
		if owner == "" && ag.Code == "GOV" && (toks[end-1].low == "coroner" || toks[end-1].low == "examiner") {
			// "…, the county coroner announced": a local official of the
			// story's country, or of the sentence's place or dateline
			if owner = homeCountry(d, sent); owner == "" {
				owner = c.whereCountry(d, sent, toks, acts)
			}
		}
		// a singular title ("minister", "president") names one person
		// whose country is unknown; leave those to the mention stage
		if !strings.HasSuffix(toks[end-1].low, "s") && ag.Code == "GOV" && owner == "" {
			i = end - 1
			continue
		}
		t0 := i
		for t0 > 0 && !covered(t0-1) && toks[t0-1].is(wcActorModifier) && (!toks[t0-1].upper || t0-1 == 0) {
			t0-- // "paramilitary fighters", "armed men": the modifier is part of the actor
		}
		if t0 >= 2 && !covered(t0-2) && menAndWomen(toks, t0-2) {
			t0 -= 2 // "men and women protested": one group, "men" no agent of its own
		}
		if t0 > 0 && cov[t0-1] && stanceWord(toks[t0-1].low) {
			// "the Ukrainian government and pro-Russian separatists": the
			// stance is the agent's modifier, no actor between the two
			// sides of a list (nor the agent's country)
			for k := range acts {
				if acts[k].t0 == t0-1 && acts[k].t1 == t0 && acts[k].demonym {
					acts = slices.Delete(acts, k, k+1)
					break
				}
			}
		}
		a := actor{t0: t0, t1: end, id: ag.Code, name: d.Text[toks[t0].start:toks[end-1].end], sector: ag.Code, generic: true, code: c.UnknownCountry}
		skipAgent := false
		if end+1 < len(toks) && (toks[end].low == "in" || toks[end].low == "of" || toks[end].low == "from") && (i == 0 || toks[i-1].low != "international") {
			// ("an international tribunal in The Hague" sits there; it is
			// no Dutch court)
			for mi := range d.Mentions {
				m := &d.Mentions[mi]
				if m.Type == doc.TypePlace && m.Span.Start == toks[end+1].start && m.Entity >= 0 && m.Entity < len(d.Entities) &&
					!(toks[end].low == "in" && mobileAgent(toks, i, end)) {
					ctry := d.Entities[m.Entity].Country
					if ctry == "" {
						ctry = placeCountry(d, m)
					}
					if ctry != "" {
						a.country, a.id, a.code = ctry, ctry+ag.Code, ""
					}
				}
			}
			if a.country == "" && !(toks[end].low == "in" && mobileAgent(toks, i, end)) {
				// "officials in Washington", "the government in Kabul": a
				// capital standing for its government
				for bi, b := range acts {
					if b.t0 == end+1 && b.country != "" && !b.generic {
						if b.poss && bi+1 < len(acts) && acts[bi+1].t0 == b.t1+1 && !acts[bi+1].place {
							// "leaders of Egypt's Muslim Brotherhood" lead
							// the Brotherhood: it is the actor ("security
							// forces in Nigeria's Zamfara state" are
							// Nigeria's: a place is no body)
							skipAgent = true
							break
						}
						a.country, a.id, a.code = b.country, b.country+ag.Code, ""
					}
				}
			}
		}
		if !skipAgent && ownSentFrom(toks, t0, end, ag.Code) {
			skipAgent = true // "recalled its own envoy from Ottawa": no party; Ottawa is
		}
		if skipAgent {
			i = end - 1
			continue
		}
		if owner == "" && (!stateSector(ag.Code) || ag.Code == "JUD") && ag.Code != "CVL" && ag.Code != "UAF" && !mobileAgent(toks, i, end) &&
			!(end < len(toks) && (toks[end].low == "from" || toks[end].low == "of" && !accuserBefore(toks, i))) && !foreignBefore(toks, t0, i) && !boundForState(toks, acts, end) {
			// "Kenyan police arrested protesters", "the army ousted
			// President Kabore": beside one state's bodies or officials,
			// with no other country named, the agent may be that state's
			// (so are prosecutors and judges: "a Kenyan officer is accused
			// by prosecutors of killing a protester")
			owner = stateCountry(toks, acts, ag.Code)
		}
		if owner == "" && ag.Code == "JUD" && !c.petrarch() && courtOfficers.Has(toks[end-1].low) && !(end < len(toks) && courtOfficerOwnerAfter.Has(toks[end].low)) && !foreignBefore(toks, t0, i) {
			// "prosecutors say he created fake documents", "a federal
			// judge dismissed the claims": with no state beside them,
			// the court officers of the story's country, or of the
			// sentence's place or dateline (as a county coroner is); a
			// possessive ("a state prosecutor's killing") is no party,
			// and "at/of/in X" names its own court
			if owner = homeCountry(d, sent); owner == "" {
				owner = c.whereCountry(d, sent, toks, acts)
			}
			if owner == "" {
				owner = onlyPlaceCountry(d, sent) // "Miami man gets 17 years … Prosecutors say": the one country of the story's places
			}
		}
		if a.country == "" && owner != "" {
			a.country, a.id, a.code = owner, owner+ag.Code, ""
		}
		if a.country == "" && end < len(toks) && (armedPositions(toks, end) && armedSector(ag.Code) || securityPost(toks, end, ag.Code)) {
			if ctry := positionsCountry(toks, acts, end+1); ctry != "" {
				a.country, a.id, a.code = ctry, ctry+ag.Code, "" // "rebel positions in central Mali": Malian rebels; "an army checkpoint in Sinai": Egypt's army
			}
		}
		if a.country == "" && end+2 < len(toks) && toks[end].low == "loyal" && toks[end+1].low == "to" {
			if ctry := loyalCountry(toks, acts, end+2); ctry != "" {
				a.country, a.id, a.code = ctry, ctry+ag.Code, "" // "forces loyal to Alassane Ouattara": his country's
			}
		}
		if a.country == "" && t0 > 1 && toks[t0-1].low == "and" && establishmentSector(ag.Code) && !strings.HasPrefix(toks[end-1].low, "militia") &&
			!(end < len(toks) && (toks[end].low == "from" || toks[end].low == "of" || toks[end].low == "loyal")) {
			// ("the federal government and forces from Tigray" name
			// their own origin)
			for _, b := range acts {
				if b.t1 == t0-1 && b.country != "" && !b.person && !b.place && establishmentSector(b.sector) {
					// "Iraqi police and soldiers", "Russian officials and
					// companies": the adjective owns both nouns
					a.country, a.id, a.code = b.country, b.country+ag.Code, ""
				}
			}
		}
		if a.country == "" && t0 > 0 && strings.HasSuffix(toks[t0-1].low, "-led") {
			// "a Russian-led military alliance", "the Saudi-led military
			// coalition": the leader's forces
			for _, b := range acts {
				if b.t1 == t0 && b.country != "" && !b.place {
					a.country, a.id, a.code = b.country, b.country+ag.Code, ""
				}
			}
		}
		if g := possessedGroup(toks, acts, t0, ag.Code); g >= 0 {
			b := acts[g]
			a.id, a.name, a.code, a.country, a.sector, a.prefix = b.id, b.name, b.code, b.country, b.sector, b.prefix // "Al-Shabaab said its fighters attacked"
		}

		if a.country == "" && c.UnknownCountry == "" && stateSector(ag.Code) {
			// "officials said", "leaders met", "the government announced":
			// a state body of no known state is no actor to code events
			// for (PETRARCH style coding, UnknownCountry "---", keeps it)
			i = end - 1
			continue
		}
		if heldOffice && a.country == "" {
			i = end - 1
			continue // a former official or opposition member of no known state stays no actor, as the title did
		}
		add = append(add, a)
		i = end - 1
	}
	if len(add) == 0 {
		return acts
	}
	acts = append(acts, add...)
	sortByStart(acts)
	return acts
}

// courtOfficers are the people of a court who act in a case (not the
// court itself, often a venue: "sue in every court", "a court of law").
var courtOfficers = wordset.New("prosecutor", "prosecutors", "judge", "judges")

// courtOfficerOwnerAfter are the words after a court officer that name
// whose officer it is ("judges at the ICC", "prosecutors in Kenya") or
// make it an owner ("a state prosecutor's killing"): no story country.
var courtOfficerOwnerAfter = wordset.New("'s", "at", "of", "from", "in", "for")

// sortByStart sorts acts by their first token, stably. A sentence has
// few actors: up to the block size of slices.SortStableFunc (20) they
// are sorted by insertion in place, where the comparison function of
// SortStableFunc takes two actors by value, copied on every test (a
// stable sort by a key has one result, whichever sort makes it).
func sortByStart(acts []actor) {
	if len(acts) > 20 {
		slices.SortStableFunc(acts, func(a, b actor) int { return cmp.Compare(a.t0, b.t0) })
		return
	}
	for i := 1; i < len(acts); i++ {
		for j := i; j > 0 && acts[j].t0 < acts[j-1].t0; j-- {
			acts[j], acts[j-1] = acts[j-1], acts[j]
		}
	}
}

// actorModifiers before a generic agent noun belong to it, so that a
// list joins it ("army troops and paramilitary fighters").
var actorModifiers = wordset.FromMap(map[string]bool{"paramilitary": true, "armed": true, "islamist": true, "jihadist": true,
	"unidentified": true, "masked": true, "suspected": true, "rival": true, "pro-government": true, "anti-government": true,
	"separatist": true, "allied": true, "unknown": true, "militant": true, "insurgent": true, "rebel": true})

// mobileAgents are people whose being in a place says nothing of their
// country: "exchanged prisoners in Ankara", "journalists in Gaza",
// "settlers in the West Bank".
var mobileAgents = wordset.FromMap(map[string]bool{"prisoner": true, "prisoners": true, "inmates": true, "hostages": true, "detainees": true,
	"refugee": true, "refugees": true, "pilgrims": true, "passengers": true, "journalist": true, "journalists": true,
	"reporters": true, "diplomat": true, "diplomats": true, "envoy": true, "envoys": true, "ambassador": true,
	"ambassadors": true, "delegation": true, "negotiator": true, "negotiators": true, "businessmen": true,
	"settlers": true, "tourists": true, "migrants": true})

// mobileAgent reports whether the agent phrase [i,j) ends in a mobile
// agent noun.
func mobileAgent(toks []tok, i, j int) bool { return j > i && mobileAgents.Has(toks[j-1].low) }

// adjectiveAgents are agent words that also work as adjectives.
var adjectiveAgents = wordset.FromMap(map[string]bool{"military": true, "army": true, "police": true, "navy": true, "media": true, "general": true, "national": true,
	"insurgent": true, "rebel": true, "militant": true, "opposition": true})

// civilGeneral reports whether a title ending in last, "general", is a
// civilian officer's: "Attorney General", "Inspector General" (the word
// before is one of titleBeforeGeneral), not a general's rank.
func civilGeneral(before, last string) bool {
	if last != "general" {
		return false
	}
	if j := strings.LastIndexByte(before, ' '); j >= 0 {
		before = before[j+1:]
	}
	return titleBeforeGeneral.Has(strings.ToLower(before))
}

// titleBeforeGeneral make "general" part of a civilian title.
var titleBeforeGeneral = wordset.FromMap(map[string]bool{"attorney": true, "surgeon": true, "secretary": true, "inspector": true,
	"consul": true, "governor": true, "solicitor": true, "auditor": true, "postmaster": true, "accountant": true, "director": true,
	"prosecutor": true, "procurator": true, "comptroller": true, "registrar": true}) // prosecutor general

// officialsModifiers before "officials" keep them a state's: "provincial
// officials said" (not "hospital officials").
var officialsModifiers = wordset.Of("the provincial local regional district federal state city county senior top government")

// groupNouns after an adjective agent keep it an actor: "military
// commanders", "police officers", "army units".
var groupNouns = wordset.FromMap(map[string]bool{"leader": true, "leaders": true, "commander": true, "commanders": true, "chief": true,
	"chiefs": true, "officials": true, "official": true, "officers": true, "officer": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "forces": true, "units": true, "troops": true, "personnel": true,
	"group": true, "coalition": true, "party": true, "alliance": true, "junta": true, "council": true, "command": true,
	"groups": true, "fighters": true, "movement": true, "militias": true, "faction": true, "factions": true, "parties": true,
	"members": true, "supporters": true, "figures": true, "activists": true, "politicians": true, "lawmakers": true})

// nounAfter reports whether token i looks like a noun the agent word
// before it modifies: lower case, no function word, no verb the
// dictionary or the modal lists know.
func (c *Coder) nounAfter(toks []tok, i int) bool {
	t := &toks[i]
	w := t.low
	if t.punct || t.upper || t.is(wcPreposition|wcDeterminer|wcHypo|wcBeForm|wcReportVerb|wcNegator) {
		return false
	}
	switch w {
	case "and", "or", "has", "have", "had", "also", "then", "which", "who", "that", "to":
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || c.dict.firstWords.has(w) && len(c.dict.byFirst[w]) > 0 || groupNouns.Has(w) {
		return false
	}
	return true
}

// coordinatedAdjective reports whether the words from token i, after an
// agent word that also works as an adjective, are "and" or "or", an
// adjective by its ending (-ic, -al, -ary, -ive) and a noun that names
// no group: "military and diplomatic pressure", "military or economic
// aid" (not "military and political leaders", who are actors).
func coordinatedAdjective(toks []tok, i int) bool {
	if i+2 >= len(toks) || toks[i].low != "and" && toks[i].low != "or" {
		return false
	}
	a := &toks[i+1]
	if a.punct || a.upper || a.is(wcAdjectiveAgent) || !(strings.HasSuffix(a.low, "ic") || strings.HasSuffix(a.low, "al") || strings.HasSuffix(a.low, "ary") || strings.HasSuffix(a.low, "ive")) {
		return false
	}
	// the noun may be a trigger ("pressure", "aid"), which nounAfter
	// refuses
	n := &toks[i+2]
	return !n.punct && !n.upper && !n.is(wcPreposition|wcDeterminer|wcHypo|wcBeForm|wcReportVerb|wcNegator|wcGroupNoun) &&
		!groupNouns.Has(n.low) && !strings.HasSuffix(n.low, "ed") && !strings.HasSuffix(n.low, "ly")
}

// bareNoun reports a lower-case word with no verb ending ("abuse",
// "protest", "camp") that a singular noun before it modifies: a
// singular subject's verb would end in -s or -ed.
func bareNoun(t *tok) bool {
	w := t.low
	if t.punct || t.upper || len(w) < 3 || t.is(wcPreposition|wcDeterminer|wcHypo|wcBeForm|wcNegator|wcPastParticiple|wcIrregular) {
		return false
	}
	switch w {
	case "and", "or", "who", "which", "that", "has", "had", "also", "then", "to", "said", "says":
		return false
	case "have", "did": // "people have marched": an auxiliary, no noun
		return false
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// domesticCountry returns the one country of the sentence's actors when
// they are all that country's domestic sectors (ISRLEG, EGYOPP, TURCOP
// …; no government, no bare state, no foreign actor), else "".
func domesticCountry(toks []tok, acts []actor) string {
	ctry := ""
	for _, b := range acts {
		if b.place || b.generic && b.country == "" {
			continue
		}
		if b.sector == "" && b.demonym && b.t1-b.t0 == 1 && !b.poss && (strings.HasSuffix(toks[b.t0].low, "s") || strings.HasSuffix(toks[b.t0].low, "ese")) && b.country != "" && (ctry == "" || b.country == ctry) {
			ctry = b.country // "Thousands of Iraqis protested against the government": a people's own government
			continue
		}
		if b.country == "" || b.sector == "" || b.sector == "GOV" || !b.agentNoun || ctry != "" && b.country != ctry {
			return ""
		}
		ctry = b.country
	}
	return ctry
}

// stateCountry returns the country of the sentence's state actors for a
// country-less agent of sector: police or courts of one state
// ("Kenyan police fired at demonstrators") make any agent beside them
// theirs; a government, legislature, army or official makes only the
// state's own forces and bodies theirs ("the army ousted President
// Kabore", "Hasina handed power to the army"), as rebels, protesters or
// militants beside a state's army or leader may be another country's
// ("US troops killed 20 insurgents"). Another country named in the
// sentence, place or actor, or an actor of the agent's own sector ("Turkish
// soldiers arrested officers": no body acts on itself) gives "".
// Country-less agents and international bodies are left out.
func stateCountry(toks []tok, acts []actor, sector string) string {
	ctry, state := "", false
	own := establishmentSector(sector) && sector != "BUS"
	for _, b := range acts {
		if b.country == "" || b.sector == "IGO" {
			continue
		}
		if ctry != "" && b.country != ctry || b.sector == sector || abroadBody(toks, b) {
			return ""
		}
		ctry = b.country
		if b.place {
			continue
		}
		switch b.sector {
		case "COP", "JUD":
			state = true
		case "GOV", "LEG", "MIL", "SPY":
			state = state || own
		}
	}
	if !state {
		return ""
	}
	return ctry
}

// abroadBody reports a state body that stands in another state
// ("Troops guarding the Iraqi embassy fired on protesters"): its country
// is not the country of those around it.
func abroadBody(toks []tok, b actor) bool {
	for k := b.t1 - 1; k <= b.t1 && k >= 0 && k < len(toks); k++ {
		switch toks[k].low {
		case "embassy", "embassies", "consulate", "consulates":
			return true
		}
	}
	return false
}

// foreignBefore reports whether one of up to three words before an agent
// phrase [t0 …, or inside it before its head i, says it comes from
// abroad ("foreign oil companies", "international monitors").
func foreignBefore(toks []tok, t0, i int) bool {
	for k := max(t0-3, 0); k <= i && k < len(toks); k++ {
		switch toks[k].low {
		case "foreign", "overseas", "international", "multinational", "western":
			return true
		}
	}
	return false
}

// challengerCountry returns the country of the rebels, separatists or
// opposition named right before the "and" at and ("Guatemalan guerrillas
// and the government", "Sudanese rebels and the government"): the
// government beside them is the one they fight or talk with, of their
// state. "" when no such actor ends there.
func challengerCountry(acts []actor, and int) string {
	for k := len(acts) - 1; k >= 0; k-- {
		b := &acts[k]
		if b.t1 > and {
			continue
		}
		if b.t1 < and || b.place || b.person {
			return ""
		}
		switch b.sector {
		case "REB", "SEP", "OPP":
			return b.country
		}
		return ""
	}
	return ""
}

// insurgentsCountry returns the one country of the named actors when all
// are its rebels, separatists, opposition or civilians ("Syrian rebels"),
// else "". Actors past a comma after the agent ending at end are another
// clause's ("…, a United Nations spokesman said", "…, Turkish officials
// said"), no side, and so are international bodies and the press.
func insurgentsCountry(toks []tok, acts []actor, end int) string {
	comma := len(toks)
	for k := end; k < len(toks); k++ {
		if toks[k].punct {
			comma = k
			break
		}
	}
	ctry := ""
	for _, b := range acts {
		if b.place || b.generic && b.country == "" || b.t0 > comma {
			continue
		}
		switch b.sector {
		case "IGO", "NGO", "MED":
			continue
		case "REB", "SEP", "OPP", "CVL":
		default:
			return ""
		}
		if b.country == "" || ctry != "" && b.country != ctry {
			return ""
		}
		ctry = b.country
	}
	return ctry
}

// stateSector reports sectors that only mean something with their state:
// government, legislature, judiciary.
func stateSector(code string) bool { return code == "GOV" || code == "LEG" || code == "JUD" }

// stanceWord reports a hyphenated stance adjective, "pro-Russian",
// "anti-Western".
func stanceWord(w string) bool {
	return len(w) > 4 && (w[0] == 'p' && strings.HasPrefix(w, "pro-") || w[0] == 'a' && strings.HasPrefix(w, "anti-"))
}

// titleHolderSector returns the sector of a state title at i that
// "former" (up to one lower-case modifier before it) or "opposition"
// right before it takes out of the state: an elite ("a former regional
// governor", "two former chief ministers", CAMEO's FORMER_ agents: ELI)
// or the opposition ("an opposition mayor", "an opposition lawmaker":
// OPP). "" otherwise.
func titleHolderSector(toks []tok, i int) string {
	if i == 0 {
		return ""
	}
	switch p := &toks[i-1]; {
	case p.low == "opposition":
		return "OPP"
	case p.low == "former":
		return "ELI"
	case i > 1 && toks[i-2].low == "former" && !p.upper && !p.punct && !p.is(wcDeterminer|wcPreposition):
		return "ELI"
	}
	return ""
}

// genericOK reports sectors that make sense as actors on their own.
func genericOK(code string) bool {
	switch code {
	case "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "MED", "LAB", "CVL", "REF", "BUS", "EDU", "REL", "AGR", "UAF", "RAD", "SEP", "CRM", "NGO":
		return true
	}
	return false
}

var possPronouns = wordset.FromMap(map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "your": true, "my": true})

// lowerWords reports whether tokens [from,to) are at least one and at
// most max lower-case words ("spokeswoman" in "China's foreign ministry
// spokeswoman Mao Ning").
func lowerWords(toks []tok, from, to, max int) bool {
	if to <= from || to-from > max {
		return false
	}
	for i := from; i < to; i++ {
		if toks[i].punct || toks[i].upper {
			return false
		}
	}
	return true
}

// bodies remembers, for the state sectors a definite description may
// refer back to ("the military", "the government", "the police"), the
// country of the last actor of that sector an article named.
type bodies struct{ gov, mil, cop string }

// country returns the remembered country of sector, or "".
func (b bodies) country(sector string) string {
	switch sector {
	case "GOV":
		return b.gov
	case "MIL":
		return b.mil
	case "COP":
		return b.cop
	}
	return ""
}

// note remembers the countries of the sentence's actors by sector;
// people are left out ("Secretary of State Blinken" makes "the
// government" no American body).
func (b *bodies) note(acts []actor) {
	for ai := range acts {
		a := &acts[ai] // (an actor is large: not copied)
		if a.country == "" || a.place || a.person || len(a.country) != 3 {
			continue
		}
		switch a.sector {
		case "GOV":
			b.gov = a.country
		case "MIL":
			b.mil = a.country
		case "COP":
			b.cop = a.country
		}
	}
}

// stateBodyModifier reports an adjective that may stand between "the"
// and a state body without changing whose it is ("the federal
// government", "the central authorities").
func stateBodyModifier(w string) bool {
	switch w {
	case "federal", "central", "national", "interim", "transitional", "caretaker", "new", "current", "ruling":
		return true
	}
	return false
}

// stateBody reports whether w, heading a definite agent, names a body of
// a state ("the government", "the military", "the police"), not a person
// ("the minister").
func stateBody(w string) bool {
	switch w {
	case "government", "military", "army", "police", "authorities", "junta", "regime", "administration", "forces", "troops", "officials":
		return true
	}
	return false
}

// ownerAgents are agent nouns whose sector is their owner's: a
// spokesperson of a company is no government's.
var ownerAgents = wordset.Of("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople")

// establishmentSector reports whether a sector is one of a state's own
// bodies or its businesses, which a demonym before a coordination
// covers together ("Iraqi police and soldiers"); rebels, protesters and
// civilians after "and" may be the other side ("US troops and
// insurgents clashed").
func establishmentSector(s string) bool {
	switch s {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "BUS":
		return true
	}
	return false
}

// securityPost reports a police or army post at k after the agent word
// of sector code ("attacked a police station", "an army checkpoint",
// "stormed police posts"): the post stands for the force that holds it,
// as "army bases" do, so the agent word is the target, not a modifier;
// so do a patrol and a convoy, the force's own men on the move ("ambushed
// an army patrol", "a police convoy"). A post retaken or recaptured is
// held by others.
func securityPost(toks []tok, k int, code string) bool {
	if code != "COP" && code != "MIL" || k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "station", "stations", "post", "posts", "checkpoint", "checkpoints", "barracks", "patrol", "patrols", "convoy", "convoys":
	default:
		return false
	}
	for i := k - 2; i >= 0 && i >= k-4; i-- {
		if strings.HasPrefix(toks[i].low, "retak") || strings.HasPrefix(toks[i].low, "recaptur") || strings.HasPrefix(toks[i].low, "retook") || strings.HasPrefix(toks[i].low, "reclaim") || strings.HasPrefix(toks[i].low, "regain") {
			return false // "launched an offensive to retake a police station": held by others, not the police
		}
	}
	return true
}

// accuserBefore reports an agent at i after "accused by" or "charged by":
// an "of" after it gives the charge ("accused by prosecutors of killing
// a protester"), not the agent's origin.
func accuserBefore(toks []tok, i int) bool {
	return i > 1 && toks[i-1].low == "by" && chargeWords.Has(toks[i-2].low)
}
