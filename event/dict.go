package event

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// A Dict is an event pattern dictionary: patterns that recognise event
// triggers and the words that name actor sectors (agents). Build one with
// ParseDict, DefaultDict or ReadPetrarch; a Dict is read-only after it is
// built and safe for concurrent use.
type Dict struct {
	Name     string
	Patterns []*Pattern
	// Agents maps a lower-case agent phrase ("troops", "foreign
	// minister") to its sector code ("MIL", "GOV").
	Agents map[string]Agent
	// Actors holds actor phrases from a PETRARCH actor dictionary; nil
	// for the default dictionary, which takes actors from the mentions
	// layer only.
	Actors *ActorDict
	// Discards are phrases (lower-case words) that mark a sentence as not
	// codable: sport, weather, entertainment (PETRARCH discard lists).
	Discards [][]string

	byFirst    map[string][]anchorRef // first element word → patterns
	agentMax   int                    // longest agent phrase, in tokens
	agentFirst map[string]agentHead   // first words of agent phrases
	// firstWords and agentWords hold the keys of byFirst and
	// agentFirst: a cheap test that most words of a sentence fail
	// before the map lookup
	firstWords, agentWords wordFilter
	// agentRest holds the words after the first of the agent phrases
	// of several words: agentAt reads no further than a word it lacks
	agentRest wordFilter
	// firstIndex and agentIndex hold byFirst and agentFirst again,
	// looked up by a token's cached hash (tok.hash)
	firstIndex wordIndex[[]anchorRef]
	agentIndex wordIndex[agentHead]
}

// A wordIndex maps words to values by their filterHash, so that a token
// whose hash is cached (tok.hash) finds its entry without hashing the
// string again. The zero value is empty.
type wordIndex[V any] struct {
	// first holds, by filterHash (16 bits), 1 + the index of the first
	// entry with that hash, 0 for none; next, by entry, 1 + the index of
	// the next entry with the same hash. (One load finds a word's entry,
	// where probing a table of open addressing passed several slots of
	// other words.)
	first *[1 << 16]uint16
	next  []uint16
	keys  []string
	vals  []V
}

// newWordIndex returns the index of m (whose keys are not "").
func newWordIndex[V any](m map[string]V) wordIndex[V] {
	if len(m) >= 1<<16 {
		panic("event: too many words for a wordIndex")
	}
	x := wordIndex[V]{first: new([1 << 16]uint16), next: make([]uint16, 0, len(m)), keys: make([]string, 0, len(m)), vals: make([]V, 0, len(m))}
	for w, v := range m {
		h := filterHash(w)
		x.keys, x.vals = append(x.keys, w), append(x.vals, v)
		x.next = append(x.next, x.first[h])
		x.first[h] = uint16(len(x.keys))
	}
	return x
}

// get returns the value of w, whose filterHash is h.
func (x *wordIndex[V]) get(w string, h uint32) (V, bool) {
	if x.first != nil {
		for e := x.first[h&(1<<16-1)]; e != 0; e = x.next[e-1] {
			if x.keys[e-1] == w {
				return x.vals[e-1], true
			}
		}
	}
	var zero V
	return zero, false
}

// wordBit is a word's bit in an elem's mask: a hash of its length and
// first and last bytes.
func wordBit(w string) uint64 {
	if len(w) == 0 {
		return 1
	}
	return 1 << ((uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])) & 63)
}

// A wordFilter is a Bloom filter of words (one hash of the length and
// three bytes): has is true for every word added and for few others.
type wordFilter [1 << 10]uint64

func filterHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<16 ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])
	return (h * 0x85EBCA6B) >> 16
}

func (f *wordFilter) add(w string) {
	h := filterHash(w)
	f[h>>6] |= 1 << (h & 63)
}

// has reports whether w may have been added; false means it was not.
func (f *wordFilter) has(w string) bool { return f.hasHash(filterHash(w)) }

// hasHash is has for the word whose filterHash is h.
func (f *wordFilter) hasHash(h uint32) bool { return f[h>>6&(1<<10-1)]&(1<<(h&63)) != 0 }

// An Agent is a generic actor word: "troops" is MIL, "government" GOV.
type Agent struct {
	Phrase string
	Code   string // sector code, e.g. "GOV", "MIL", "COP"
	Prefix bool   // PETRARCH "NGO~" agents go before the country code
}

// An agentHead describes the agent phrases a word begins: the one-word
// agent it is, if any, and whether longer phrases begin with it.
type agentHead struct {
	ag     Agent
	single bool // the word alone is an agent (ag)
	multi  bool // some agent phrase of several words begins with it
}

// Pattern flags.
const (
	FlagNominal    = 1 << iota // a nominalisation: "Israel's strikes on Syria"
	FlagReciprocal             // "X and Y held talks": one event per direction
	FlagVisit                  // "X visited Y": also Y hosted X (043)
	FlagNoTarget               // the event has no target ("protesters rallied")
	FlagPassive                // the pattern is itself passive ("came under attack from X")
	// FlagDirected makes a reciprocal pattern directed when it has an
	// object: "X met (with) Y" is X→Y alone; "X and Y met" still codes
	// both directions
	FlagDirected
)

// A Pattern is one event pattern: a sequence of elements, one of them the
// trigger, with the CAMEO code it codes and the PLOVER type and mode the
// code maps to.
type Pattern struct {
	Code string
	// Reverse is the code of the event in the other direction, target
	// to source ("visit" 042 gives host 043), "" for none. Reciprocal
	// patterns code both directions with Code.
	Reverse string
	Plover  string
	Mode    string
	Flags   int
	Text    string // the pattern as written
	Line    int    // line in the dictionary file
	elems   []elem
	head    int // index of the trigger element
	ai      int // index of the anchor element (anchorIndex), set by Dict.index
	// written holds the anchor forms the dictionary writes out (lemmas,
	// literal words, listed forms), as opposed to generated inflections:
	// "left" written in a LEFT block beats "left" inflected from LEAVE.
	written map[string]bool
	// need holds, for each required word element other than the
	// anchor, the first words of its alternatives: a sentence whose
	// words miss one of them cannot match (set by Dict.index)
	need []needSet
	// cc and quad are cameo.Lookup and cameo.QuadClass of ccCode, the
	// Code the pattern had when indexed (Dict.index), for eventFor
	ccCode string
	cc     cameo.Code
	quad   int
	root   string // cameo.Root of ccCode, for emit
}

// A wordSet is a 4096-bit hash set of words: the low twelve bits of the
// word's filterHash, so that a token's one hash (tok.hash) serves the
// word filters and the sentence's wordSet. It is this large so that a
// sentence of some thirty words sets few of its bits, and mayMatch
// rules out more sentences no pattern matches (on the sample articles
// 96 of 152 sentences pass, against 108 with a 256-bit set; each that
// passes costs the full actor and match passes).
type wordSet [64]uint64

func (s *wordSet) add(w string) { s.addHash(filterHash(w)) }

// addHash adds the word whose filterHash is h.
func (s *wordSet) addHash(h uint32) { s[h>>6&63] |= 1 << (h & 63) }

// hasHash reports whether the word whose filterHash is h may have been
// added; false means it was not.
func (s *wordSet) hasHash(h uint32) bool { return s[h>>6&63]&(1<<(h&63)) != 0 }

// A needSet is a few words as the bits they set in a wordSet, by word
// of the set: testing a sentence against it costs one AND per word of
// the set it touches, not a pass over all 64.
type needSet []needBits

type needBits struct {
	i uint8  // index of the uint64 in the wordSet
	m uint64 // the bits set there
}

// addHash adds the word whose filterHash is h.
func (n *needSet) addHash(h uint32) {
	i, m := uint8(h>>6&63), uint64(1)<<(h&63)
	for k := range *n {
		if (*n)[k].i == i {
			(*n)[k].m |= m
			return
		}
	}
	*n = append(*n, needBits{i, m})
}

// needSetOf returns the needSet of the words of ws.
func needSetOf(ws *wordset.Set) needSet {
	var n needSet
	for w := range ws.All() {
		n.addHash(filterHash(w))
	}
	return n
}

// meets reports whether words holds one of n's words (or a word that
// shares its hash bit).
func (n needSet) meets(words *wordSet) bool {
	for _, b := range n {
		if words[b.i&63]&b.m != 0 { // (&63: no bounds check)
			return true
		}
	}
	return false
}

// mayMatch reports whether a sentence whose words are in words may
// match p: false when one of p's required word elements has no
// alternative whose first word is there.
func (p *Pattern) mayMatch(words *wordSet) bool {
	for i := range p.need {
		if !p.need[i].meets(words) {
			return false
		}
	}
	return true
}

func (p *Pattern) setWritten(ws []string) {
	p.written = make(map[string]bool, len(ws))
	for _, w := range ws {
		p.written[w] = true
	}
}

type elem struct {
	// the fields the matcher reads first, together in one cache line
	slot  byte
	opt   bool
	multi bool // some alternative has several words
	gap   int  // tokens that may be skipped before this element
	// mask has wordBit set for every single word and first word of a
	// multi-word alternative: a word whose bit is clear matches no
	// alternative
	mask uint64
	set  map[string]bool // single-word alternatives, when there are many
	// single and multis are words split for matching: the one-word
	// alternatives (singleSet when there are many) and the words of
	// each multi-word alternative
	single    []string
	singleSet map[string]bool
	multis    [][]string

	words  []string // alternatives, lower case, inflections expanded
	lemmas []string // the alternatives as written
}

// Slot kinds.
const (
	slotNone = 0
	slotSrc  = 'S'
	slotTgt  = 'T'
	slotAny  = 'A'
)

//go:embed patterns.txt
var defaultDictFile string

var defaultDict = func() *Dict {
	d, err := ParseDict("patterns.txt", strings.NewReader(defaultDictFile))
	if err != nil {
		panic("event: embedded patterns.txt: " + err.Error()) // programmer error
	}
	return d
}()

// DefaultDict returns sitrep's own embedded pattern dictionary
// (event/patterns.txt; the format is described in docs/events.md).
func DefaultDict() *Dict { return defaultDict }

// A DictError is a bad line in a dictionary file.
type DictError struct {
	File string
	Line int
	Msg  string
}

func (e *DictError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ParseDict reads a dictionary in sitrep's pattern format:
//
//	[patterns]
//	CODE FLAGS ELEMENT...     e.g.  040 r ~hold ..3 *~talk
//	[agents]
//	phrase = SECTOR           e.g.  foreign minister = GOV
//
// See docs/events.md for the element syntax. name labels errors.
func ParseDict(name string, r io.Reader) (*Dict, error) {
	d := &Dict{Name: name, Agents: map[string]Agent{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	section := ""
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			section = line[1 : len(line)-1]
			if section != "patterns" && section != "agents" {
				return nil, &DictError{name, n, fmt.Sprintf("unknown section %q", line)}
			}
			continue
		}
		switch section {
		case "patterns":
			f := strings.Fields(line)
			if len(f) < 3 {
				return nil, &DictError{name, n, "want CODE FLAGS ELEMENT..."}
			}
			p, err := newPattern(f[0], f[1], f[2:])
			if err != nil {
				return nil, &DictError{name, n, err.Error()}
			}
			p.Line = n
			d.Patterns = append(d.Patterns, p)
		case "agents":
			phrase, code, ok := strings.Cut(line, "=")
			phrase, code = strings.ToLower(strings.Join(strings.Fields(phrase), " ")), strings.TrimSpace(code)
			if !ok || phrase == "" || code == "" {
				return nil, &DictError{name, n, "want: phrase = SECTOR"}
			}
			d.addAgent(Agent{Phrase: phrase, Code: code})
		default:
			return nil, &DictError{name, n, "line outside a [patterns] or [agents] section"}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.index()
	return d, nil
}

func (d *Dict) addAgent(a Agent) {
	for _, form := range nounForms(a.Phrase) {
		if _, ok := d.Agents[form]; !ok {
			d.Agents[form] = Agent{Phrase: form, Code: a.Code, Prefix: a.Prefix}
		}
	}
}

// nounForms returns the phrase and its plural (last word pluralised).
func nounForms(p string) []string {
	i := strings.LastIndexByte(p, ' ')
	last := p[i+1:]
	out := []string{p}
	for _, f := range []string{plural(last)} {
		if f != last {
			out = append(out, p[:i+1]+f)
		}
	}
	return out
}

func plural(w string) string {
	switch {
	case w == "":
		return w
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func newPattern(code, flags string, els []string) (*Pattern, error) {
	code, rev, _ := strings.Cut(code, ":")
	if rev != "" {
		if _, ok := cameo.Lookup(rev); !ok {
			return nil, fmt.Errorf("unknown CAMEO code %q", rev)
		}
	}
	var c cameo.Code
	if code == "---" {
		// a null pattern: it codes nothing and blocks the shorter
		// patterns it covers ("seek to" is no appeal)
		code = ""
	} else {
		var ok bool
		c, ok = cameo.Lookup(code)
		if !ok || c.Code != code && len(code) != 4 {
			return nil, fmt.Errorf("unknown CAMEO code %q", code)
		}
	}
	p := &Pattern{Code: code, Reverse: rev, Plover: c.Plover, Mode: c.Mode, Text: strings.Join(els, " "), head: -1}
	if flags != "-" {
		for _, f := range flags {
			switch f {
			case 'n':
				p.Flags |= FlagNominal
			case 'r':
				p.Flags |= FlagReciprocal
			case 'v':
				p.Flags |= FlagVisit
				if p.Reverse == "" {
					p.Reverse = "043"
				}
			case 'x':
				p.Flags |= FlagNoTarget
			case 'p':
				p.Flags |= FlagPassive
			case 'd':
				p.Flags |= FlagDirected
			default:
				return nil, fmt.Errorf("unknown flag %q in %q (want n r v x p d or -)", f, flags)
			}
		}
	}
	gap := 0
	for _, s := range els {
		if strings.HasPrefix(s, "..") {
			g, err := strconv.Atoi(s[2:])
			if err != nil || g < 1 || g > 8 {
				return nil, fmt.Errorf("bad gap %q: want ..1 to ..8", s)
			}
			gap = g
			continue
		}
		var e elem
		e.gap = gap
		gap = 0
		head := false
		for len(s) > 0 && (s[0] == '?' || s[0] == '*') {
			if s[0] == '?' {
				e.opt = true
			} else {
				head = true
			}
			s = s[1:]
		}
		switch s {
		case "SRC":
			e.slot = slotSrc
		case "TGT":
			e.slot = slotTgt
		case "ACTOR":
			e.slot = slotAny
		default:
			if s == "" {
				return nil, fmt.Errorf("empty element in %q", p.Text)
			}
			for _, alt := range strings.Split(s, "|") {
				if alt == "" {
					return nil, fmt.Errorf("empty alternative in %q", s)
				}
				e.lemmas = append(e.lemmas, strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(alt, "~"), "_", " ")))
				if alt[0] == '~' {
					e.words = append(e.words, inflect(strings.ToLower(alt[1:]))...)
				} else {
					// "tear_gas": a multi-word alternative
					e.words = append(e.words, strings.ToLower(strings.ReplaceAll(alt, "_", " ")))
				}
			}
			e.words = dedupe(e.words)
			e.prepare()
		}
		if head {
			if p.head >= 0 {
				return nil, fmt.Errorf("two trigger elements (*) in %q", p.Text)
			}
			if e.slot != slotNone {
				return nil, fmt.Errorf("an actor slot cannot be the trigger in %q", p.Text)
			}
			p.head = len(p.elems)
		}
		p.elems = append(p.elems, e)
	}
	if gap != 0 {
		return nil, fmt.Errorf("gap at the end of %q", p.Text)
	}
	if len(p.elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	p.setWritten(p.elems[p.anchorIndex()].lemmas)
	if p.elems[0].opt || p.elems[0].slot == slotAny {
		return nil, fmt.Errorf("pattern %q must start with a required word or slot", p.Text)
	}
	if p.head < 0 {
		for i, e := range p.elems {
			if e.slot == slotNone && !e.opt {
				p.head = i
				break
			}
		}
		if p.head < 0 {
			return nil, fmt.Errorf("pattern %q has no word", p.Text)
		}
	}
	return p, nil
}

func dedupe(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// index builds the first-word index of the patterns. Patterns that start
// with an actor slot are indexed by the first word element after it.
func (d *Dict) index() {
	d.byFirst = map[string][]anchorRef{}
	for _, p := range d.Patterns {
		p.ai = p.anchorIndex()
		p.ccCode = p.Code
		p.cc, _ = cameo.Lookup(p.Code)
		p.quad = cameo.QuadClass(p.Code)
		p.root = cameo.Root(p.Code)
		p.need = nil
		for k := range p.elems {
			if e := &p.elems[k]; k != p.ai && e.slot == slotNone && !e.opt {
				var ns needSet
				for _, w := range e.words {
					first, _, _ := strings.Cut(w, " ")
					ns.addHash(filterHash(first))
				}
				p.need = append(p.need, ns)
			}
		}
		// mayMatch stops at the first set the sentence misses: the
		// smaller sets, cheaper to test and likelier to miss, first
		slices.SortStableFunc(p.need, func(a, b needSet) int { return cmp.Compare(len(a), len(b)) })
		seen := map[string]bool{}
		multiFirst := map[string]bool{} // first words of multi-word alternatives
		for _, parts := range p.anchor().multis {
			multiFirst[parts[0]] = true
		}
		for _, w := range p.anchor().words {
			// a multi-word alternative ("handed over") is found by its first word
			if i := strings.IndexByte(w, ' '); i >= 0 {
				w = w[:i]
			}
			if !seen[w] {
				seen[w] = true
				d.byFirst[w] = append(d.byFirst[w], newAnchorRef(p, p.written[w], !multiFirst[w]))
			}
		}
	}
	d.firstWords = wordFilter{}
	for w, ps := range d.byFirst {
		// longer patterns first, so the first full match is the most specific
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].p.elems) > len(ps[j].p.elems) })
		d.firstWords.add(w)
	}
	d.agentMax = 0
	d.agentFirst = map[string]agentHead{}
	for a, ag := range d.Agents {
		n := strings.Count(a, " ") + 1
		if n > d.agentMax {
			d.agentMax = n
		}
		w, _, _ := strings.Cut(a, " ")
		h := d.agentFirst[w]
		if n > 1 {
			h.multi = true
		} else {
			h.single, h.ag = true, ag
		}
		d.agentFirst[w] = h
	}
	d.agentWords = wordFilter{}
	for w := range d.agentFirst {
		d.agentWords.add(w)
	}
	d.agentRest = wordFilter{}
	for a := range d.Agents {
		for _, w := range strings.Fields(a)[1:] {
			d.agentRest.add(w)
		}
	}
	d.firstIndex = newWordIndex(d.byFirst)
	d.agentIndex = newWordIndex(d.agentFirst)
}

// An anchorRef is a pattern in the first-word index, with what the
// index word tells about its anchor: whether it is a written form
// (Pattern.written) and whether it matches as one token (no multi-word
// alternative begins with it).
type anchorRef struct {
	p     *Pattern
	exact bool
	one   bool
	// The pattern's needs, copied here so that mayMatch, asked of every
	// pattern of every candidate word, reads no Pattern: p.need[0] as
	// its one needBits (ni, nm) when it touches one word of the wordSet
	// (nm 0 when not), and need the sets left to test after it, one
	// after another in one slice (a slice of slices cost a load of each
	// set's header and a call per set).
	ni   uint8
	nm   uint64
	need []needWord
}

// A needWord is one needBits of a needSet written out in a list of
// sets: end is the index in that list right after its set.
type needWord struct {
	m   uint64
	i   uint8
	end uint16
}

// newAnchorRef returns the index entry of p for a word.
func newAnchorRef(p *Pattern, exact, one bool) anchorRef {
	r := anchorRef{p: p, exact: exact, one: one}
	need := p.need
	if len(need) > 0 && len(need[0]) == 1 {
		r.ni, r.nm, need = need[0][0].i, need[0][0].m, need[1:]
	}
	for _, ns := range need {
		end := len(r.need) + len(ns)
		if end > 1<<16-1 {
			panic("event: a pattern needs too many words")
		}
		for _, b := range ns {
			r.need = append(r.need, needWord{m: b.m, i: b.i, end: uint16(end)})
		}
	}
	return r
}

// mayMatch is r.p.mayMatch(words).
func (r *anchorRef) mayMatch(words *wordSet) bool {
	if r.nm != 0 && words[r.ni&63]&r.nm == 0 { // (&63: no bounds check)
		return false
	}
	need := r.need
	for k := 0; k < len(need); {
		b := &need[k]
		if words[b.i&63]&b.m != 0 {
			k = int(b.end) // the set is met: on to the next
			continue
		}
		if k++; k == int(b.end) {
			return false // no word of the set is there
		}
	}
	return true
}

// anchorIndex is the index of the first required word element.
func (p *Pattern) anchorIndex() int {
	for i, e := range p.elems {
		if e.slot == slotNone && !e.opt {
			return i
		}
	}
	return 0
}

func (p *Pattern) anchor() elem { return p.elems[p.anchorIndex()] }

// Len reports the number of patterns.
func (d *Dict) Len() int { return len(d.Patterns) }

// OpenDict opens a dictionary by spec: "" or "default" for DefaultDict,
// "petrarch:DIR" for the PETRARCH dictionaries in DIR (see LoadPetrarch),
// or the path of a file in sitrep's pattern format.
func OpenDict(spec string) (*Dict, error) {
	switch {
	case spec == "" || spec == "default":
		return DefaultDict(), nil
	case strings.HasPrefix(spec, "petrarch:"):
		return LoadPetrarch(strings.TrimPrefix(spec, "petrarch:"))
	}
	f, err := os.Open(spec)
	if err != nil {
		return nil, fmt.Errorf("event dictionary: %w", err)
	}
	defer f.Close()
	return ParseDict(spec, f)
}

// prepare builds the lookup set of an element with many alternatives.
// splitWords splits a multi-word alternative at its spaces as the
// matcher reads it (a trailing space adds no empty word).
func splitWords(w string) []string {
	var parts []string
	for rest := w; rest != ""; {
		part, r, _ := strings.Cut(rest, " ")
		parts = append(parts, part)
		rest = r
	}
	return parts
}

func (e *elem) prepare() {
	e.multi = false
	e.single, e.singleSet, e.multis = nil, nil, nil
	for _, w := range e.words {
		if strings.IndexByte(w, ' ') >= 0 {
			e.multi = true
			e.multis = append(e.multis, splitWords(w))
		} else {
			e.single = append(e.single, w)
		}
	}
	e.mask = 0
	for _, w := range e.single {
		e.mask |= wordBit(w)
	}
	for _, parts := range e.multis {
		e.mask |= wordBit(parts[0])
	}
	if len(e.single) > 6 {
		e.singleSet = make(map[string]bool, len(e.single))
		for _, w := range e.single {
			e.singleSet[w] = true
		}
	}
	if len(e.words) > 6 {
		e.set = make(map[string]bool, len(e.words))
		for _, w := range e.words {
			e.set[w] = true
		}
	}
}
