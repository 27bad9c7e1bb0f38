// Package geo finds the places an article names and gives each its
// country and coordinates: a gazetteer of countries (from the KB), their
// capitals, and the cities and regions news names, matched over the
// article's tokens. It knows metonymy: a capital that acts ("Tehran
// denied") is a government, not a place, and is left to the mention stage.
package geo

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// Place kinds.
const (
	KindCountry = "country"
	KindCapital = "capital"
	KindCity    = "city"
	KindRegion  = "region" // provinces, territories, conflict regions, seas
)

// An Entry is one gazetteer place.
type Entry struct {
	ID         string
	Name       string
	Aliases    []string
	Country    string // ISO3
	Kind       string
	Lat, Lon   float64
	Population int // approximate; ranks homonyms ("Tripoli")
}

// A Gazetteer finds places by name. It is read-only after New and safe
// for concurrent use.
type Gazetteer struct {
	entries []Entry
	byName  map[string][]int32 // folded name → entries, most populous first
	prefix  map[string]bool    // every proper word prefix of a folded name
	// names holds byName and prefix in one map, so that the places stage
	// extends a name with one lookup per token.
	names map[string]nameNode
	// table holds the nodes of names again, found by the bloomHash of
	// their keys: the places stage hashes each key for the keys filter
	// and looks up the few that pass without hashing them again.
	table nameTable
	// keys holds every key of names: most capitalised words of an
	// article start no place name, and the filter turns them away
	// without a lookup in the large names map.
	keys bloom
	// firsts holds the firstHash of the first word (up to the first
	// space) of every key of names: a word of ASCII letters and digits
	// whose hash it lacks is no key, and starts no name (see mayOpen).
	firsts bloom
	maxLen int // longest name in tokens
	// cued holds the places taken only after a place cue (cued.tsv, by
	// folded name; see cuedPlaces)
	cued map[string][]Entry
	// namesakes are the North American towns named like a country or a
	// foreign city, by name and state or province (namesakes.tsv; see
	// namesakeAt)
	namesakes map[string]Entry
	// namesakeRegions are the states and provinces of the namesakes'
	// towns, by folded name
	namesakeRegions map[string][]string
	// namesakeNames are the namesakes' names as the table writes them,
	// a cheap first test for a candidate's entry
	namesakeNames map[string]bool
	// cuedShape[c-'A'] has bit n set when a cued name's first word
	// starts with the ASCII capital c and is n bytes long
	cuedShape [26]uint32
}

// A bloom is a Bloom filter over byte strings with two bits a key: has
// is false for every key never added and true for a few percent of them.
type bloom [1 << 16 / 64]uint64

func bloomHash(key []byte) uint64 {
	h := uint64(14695981039346656037) // FNV-1a
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 31
	return h * 0xBF58476D1CE4E5B9
}

// addHash adds the key whose hash (bloomHash or another, the same for
// every key of b) is h.
func (b *bloom) addHash(h uint64) {
	x, y := h>>48, h>>32&0xFFFF
	b[x>>6] |= 1 << (x & 63)
	b[y>>6] |= 1 << (y & 63)
}

// hasHash is has for the key whose hash is h.
func (b *bloom) hasHash(h uint64) bool {
	x, y := h>>48, h>>32&0xFFFF
	return b[x>>6]&(1<<(x&63)) != 0 && b[y>>6]&(1<<(y&63)) != 0
}

func (b *bloom) add(key []byte) {
	h := bloomHash(key)
	x, y := h>>48, h>>32&0xFFFF
	b[x>>6] |= 1 << (x & 63)
	b[y>>6] |= 1 << (y & 63)
}

func (b *bloom) has(key []byte) bool {
	h := bloomHash(key)
	x, y := h>>48, h>>32&0xFFFF
	return b[x>>6]&(1<<(x&63)) != 0 && b[y>>6]&(1<<(y&63)) != 0
}

// hasPlain reports, for a plain ASCII word w (plainASCII: its fold is
// its ASCII lower case), whether b may hold the fold of w: has(fold(w))
// in one pass over w, with no key written. plain is false, has
// meaningless, for any other word.
func (b *bloom) hasPlain(w string) (has, plain bool) {
	h := uint64(14695981039346656037) // bloomHash's FNV-1a, over the lowered bytes
	for i := 0; i < len(w); i++ {
		c := plainLower[w[i]]
		if c == notPlain {
			return false, false
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	x, y := h>>48, h>>32&0xFFFF
	return b[x>>6]&(1<<(x&63)) != 0 && b[y>>6]&(1<<(y&63)) != 0, true
}

// A nameTable maps the keys of Gazetteer.names to their nodes by a hash
// its caller has computed (bloomHash): open addressing, linear probing,
// over an index at most half full.
type nameTable struct {
	mask    uint64
	index   []int32 // 1 + an entry's position, 0 for none
	entries []nameEntry
}

type nameEntry struct {
	h    uint64
	key  string
	node nameNode
}

// newNameTable returns the table of names.
func newNameTable(names map[string]nameNode) nameTable {
	size := 1
	for size < 2*len(names) {
		size *= 2
	}
	t := nameTable{mask: uint64(size - 1), index: make([]int32, size), entries: make([]nameEntry, 0, len(names))}
	for f, n := range names {
		h := bloomHash([]byte(f))
		i := h & t.mask
		for t.index[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, nameEntry{h: h, key: f, node: n})
		t.index[i] = int32(len(t.entries))
	}
	return t
}

// get returns the node of key, whose bloomHash is h: the zero node when
// key is no key of the table.
func (t *nameTable) get(h uint64, key []byte) nameNode {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.index[i]
		if k == 0 {
			return nameNode{}
		}
		if e := &t.entries[k-1]; e.h == h && e.key == string(key) {
			return e.node
		}
	}
}

// A nameNode is what the gazetteer knows of a folded word sequence: the
// entries it names (byName) and whether it is a proper word prefix of a
// longer name (prefix).
type nameNode struct {
	ids    []int32
	prefix bool
}

//go:embed data/places.tsv
var placesTSV []byte

// New builds the gazetteer from the shipped places table and, when k is
// not nil, the KB's countries and their capitals. A country's entry lies
// at its centre from the shipped centroids table (data/centroids.tsv),
// or at the KB's point (its capital) when the table does not list it; a
// capital's entry lies at the KB's point, refined by the places table.
func New(k *kb.KB) (*Gazetteer, error) {
	g := &Gazetteer{byName: map[string][]int32{}, prefix: map[string]bool{}}
	entries, err := Parse(bytes.NewReader(placesTSV), "places.tsv")
	if err != nil {
		return nil, err
	}
	if k != nil {
		centres, err := ParseCentroids(bytes.NewReader(centroidsTSV), "centroids.tsv")
		if err != nil {
			return nil, err
		}
		for _, a := range k.Actors() {
			if a.Kind != kb.KindCountry {
				continue
			}
			// A country as a place is its centre; the KB's point is the capital's.
			c, ok := centres[a.ID]
			if !ok {
				c = Point{a.Lat, a.Lon}
			}
			if c.Lat == 0 && c.Lon == 0 {
				continue
			}
			names := append([]string{a.Name}, a.Aliases...)
			kind := KindCountry
			if a.Capital == "" {
				// a territory with no capital of its own (Hong Kong,
				// Macau) is a city region: "Hong Kong's health
				// secretary" still names the place, as a country's
				// possessive does not
				kind = KindRegion
			}
			g.add(Entry{ID: a.ID, Name: a.Name, Aliases: names[1:], Country: a.ID, Kind: kind, Lat: c.Lat, Lon: c.Lon, Population: 1 << 40})
			if a.Capital != "" && (a.Lat != 0 || a.Lon != 0) && !g.has(a.Capital, a.ID) {
				g.add(Entry{ID: a.ID + ".capital", Name: a.Capital, Country: a.ID, Kind: KindCapital, Lat: a.Lat, Lon: a.Lon, Population: 1 << 30})
			}
		}
	}
	for _, e := range entries {
		g.add(e)
	}
	for _, ids := range g.byName {
		g.rank(ids)
	}
	g.names = make(map[string]nameNode, len(g.byName)+len(g.prefix))
	for f, ids := range g.byName {
		g.names[f] = nameNode{ids: ids, prefix: g.prefix[f]}
	}
	for f := range g.prefix {
		if _, ok := g.byName[f]; !ok {
			g.names[f] = nameNode{prefix: true}
		}
	}
	if g.cued, err = parseCued(); err != nil {
		return nil, err
	}
	if g.namesakes, err = parseNamesakes(); err != nil {
		return nil, err
	}
	g.namesakeRegions, g.namesakeNames = map[string][]string{}, map[string]bool{}
	for k, e := range g.namesakes {
		// a town the main table holds too (Alexandria, Virginia) keeps
		// the main table's id
		for _, id := range g.byName[kb.Fold(e.Name)] {
			if o := g.entries[id]; o.Country == e.Country && DistanceKm(o.Lat, o.Lon, e.Lat, e.Lon) < 50 {
				e.ID = o.ID
				g.namesakes[k] = e
			}
		}
		g.namesakeNames[e.Name] = true
		name, region, _ := strings.Cut(k, "\x00")
		g.namesakeRegions[name] = append(g.namesakeRegions[name], region)
	}
	for _, l := range g.namesakeRegions {
		sort.Strings(l) // map order is random
	}
	for _, l := range g.cued {
		for _, e := range l {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if w, _, _ := strings.Cut(n, " "); len(w) > 0 && len(w) < 32 && w[0] >= 'A' && w[0] <= 'Z' {
					g.cuedShape[w[0]-'A'] |= 1 << uint(len(w))
				}
			}
		}
	}
	g.table = newNameTable(g.names)
	for f := range g.names {
		g.keys.add([]byte(f))
		first, _, _ := strings.Cut(f, " ")
		if first != "" {
			g.firsts.addHash(firstHash(first))
		}
	}
	return g, nil
}

// firstHash hashes a word of one byte or more by its length and its
// first two and last two bytes, each with bit 0x20 set: a few loads
// whatever the word's length. For a word of ASCII letters and digits
// the bit makes no difference between the word and its lower case.
func firstHash(w string) uint64 {
	n := len(w)
	var x uint64
	if n >= 2 {
		// two 16-bit loads (the compiler joins each pair of bytes)
		first := uint64(w[0]) | uint64(w[1])<<8
		last := uint64(w[n-2]) | uint64(w[n-1])<<8
		x = uint64(n) | (first|0x2020)<<8 | (last|0x2020)<<24
	} else {
		c := uint64(w[0] | 0x20)
		x = uint64(n) | c<<8 | c<<16 | c<<24 | c<<32
	}
	x *= 0x9E3779B97F4A7C15
	x ^= x >> 29
	return x * 0xBF58476D1CE4E5B9
}

// mayOpen reports whether w, a word of ASCII letters and digits (its
// fold is its lower case, one word), may be a key of the names map: false
// means no place name begins with it. It reads four bytes of w.
func (g *Gazetteer) mayOpen(w string) bool {
	return len(w) > 0 && g.firsts.hasHash(firstHash(w))
}

// rank orders the entries of one name for pick: most populous first,
// except that a region sharing its name with a city or capital of the
// same country ranks after every city ("New York" is the city; "Buffalo,
// New York" or "Washington state" picks the state, see regionReading).
func (g *Gazetteer) rank(ids []int32) {
	weight := make(map[int32]int, len(ids))
	for _, i := range ids {
		e := g.entries[i]
		weight[i] = e.Population
		if e.Kind != KindRegion {
			continue
		}
		for _, j := range ids {
			if o := g.entries[j]; o.Country == e.Country && (o.Kind == KindCity || o.Kind == KindCapital) {
				weight[i] = -1
				break
			}
		}
	}
	sort.SliceStable(ids, func(a, b int) bool { return weight[ids[a]] > weight[ids[b]] })
}

// has reports whether the gazetteer already holds name in country.
func (g *Gazetteer) has(name, country string) bool {
	for _, i := range g.byName[kb.Fold(name)] {
		if g.entries[i].Country == country {
			return true
		}
	}
	return false
}

func (g *Gazetteer) add(e Entry) {
	// A table city that is a KB capital updates the capital's coordinates.
	if e.Kind == KindCity || e.Kind == KindCapital {
		for _, i := range g.byName[kb.Fold(e.Name)] {
			if old := &g.entries[i]; old.Kind == KindCapital && old.Country == e.Country {
				old.Lat, old.Lon = e.Lat, e.Lon
				old.Aliases = append(old.Aliases, e.Aliases...)
				for _, a := range e.Aliases {
					g.index(a, i)
				}
				return
			}
		}
	}
	if e.ID == "" {
		e.ID = e.Country + "." + strings.ReplaceAll(kb.Fold(e.Name), " ", "-")
	}
	g.entries = append(g.entries, e)
	i := int32(len(g.entries) - 1)
	g.index(e.Name, i)
	for _, a := range e.Aliases {
		g.index(a, i)
	}
}

func (g *Gazetteer) index(name string, i int32) {
	f := kb.Fold(name)
	if f == "" {
		return
	}
	for _, j := range g.byName[f] {
		if j == i {
			return
		}
	}
	g.byName[f] = append(g.byName[f], i)
	if n := strings.Count(f, " ") + 1; n > g.maxLen {
		g.maxLen = n
	}
	for j := 0; j < len(f); j++ {
		if f[j] == ' ' {
			g.prefix[f[:j]] = true
		}
	}
}

// Lookup returns the places called name, most populous first.
func (g *Gazetteer) Lookup(name string) []Entry {
	var out []Entry
	for _, i := range g.ids(name) {
		out = append(out, g.entries[i])
	}
	return out
}

// Has reports whether some place is called name: len(g.Lookup(name)) > 0
// without building the entries.
func (g *Gazetteer) Has(name string) bool { return len(g.ids(name)) > 0 }

// ids returns the entries called name. The name is folded by appendFold
// into a stack buffer, words, spaces, apostrophes and accented Latin
// letters alike ("New York", "Gaza’s", "São Paulo"), and the keys'
// filter turns most names that no place has away before the map: the
// lookup allocates only for a name longer than the buffer.
func (g *Gazetteer) ids(name string) []int32 {
	var buf [64]byte
	key := appendFold(buf[:0], name)
	if !g.keys.has(key) {
		return nil
	}
	return g.byName[string(key)]
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Counts returns the number of places of each kind.
func (g *Gazetteer) Counts() map[string]int {
	m := map[string]int{}
	for _, e := range g.entries {
		m[e.Kind]++
	}
	return m
}

// Parse reads a places table: tab-separated lines of name, aliases
// (separated by ';'), ISO3 country ("-" for a region or sea shared by
// several countries), kind (city, capital, region),
// latitude, longitude and approximate population. Blank lines and lines
// starting with '#' are ignored. Errors name the file and line.
func Parse(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	err := eachRow(r, name, "name, aliases, iso3, kind, lat, lon, population", func(f []string) error {
		e := Entry{Name: strings.TrimSpace(f[0]), Country: strings.TrimSpace(f[2]), Kind: strings.TrimSpace(f[3])}
		if e.Name == "" {
			return fmt.Errorf("empty name")
		}
		switch e.Kind {
		case KindCity, KindCapital, KindRegion:
		default:
			return fmt.Errorf("kind %q (want city, capital or region)", e.Kind)
		}
		if e.Country == "-" && e.Kind == KindRegion {
			e.Country = "" // a sea or region shared by several countries
		} else if len(e.Country) != 3 || strings.ToUpper(e.Country) != e.Country {
			return fmt.Errorf("country %q is not an ISO3 code (or - for a region of several countries)", e.Country)
		}
		for _, a := range strings.Split(f[1], ";") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
		var err error
		if e.Lat, e.Lon, err = parseLatLon(f[4], f[5]); err != nil {
			return err
		}
		if p := strings.TrimSpace(f[6]); p != "" {
			if e.Population, err = strconv.Atoi(p); err != nil || e.Population < 0 {
				return fmt.Errorf("population %q", f[6])
			}
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// MustNew is New for the shipped table, which tests keep valid: it panics
// only on a programming error in the embedded data.
func MustNew(k *kb.KB) *Gazetteer {
	g, err := New(k)
	if err != nil {
		panic("geo: shipped gazetteer: " + err.Error())
	}
	return g
}
