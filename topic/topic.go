// Package topic labels an article with what it is about: regions (UN
// geoscheme labels such as "world/middle-east", from the countries and
// places it names) and themes (diplomacy, armed-conflict, nuclear,
// terrorism, economy, elections, protest, humanitarian, disaster, …),
// each theme mapped to an IPTC Media Topic.
//
// The evidence (see Stage.Score) is:
//   - words of the theme lexicon (lexicon.go), weighted: named-thing cues
//     (companies, products, teams, competitions; cues.go) and each
//     theme's own vocabulary ("shareholders", "troops", "prime minister")
//     count double, ambiguous words ("president", "victory", "rally")
//     half; words in a headline count double; words inside the name of
//     a known place, person or country ("West Bank", "Bill Parcells")
//     count not; a word of war after a word of business, law or sport
//     ("price war", "bid battle") is a figure of speech; capitalised
//     cues ("Giants", "Sun") do not count in a title-case headline;
//     "-maker" compounds ("steelmaker") count for the economy, golf
//     scores in one compound ("six-under-par") for sport; a neighbour
//     may rule a word's sense out (sense.go: "bird flu", "state aid",
//     "carrier rocket", "nuclear fusion", "pay a price"); a team's
//     nickname that begins a sentence of the story ("Islanders
//     scrambled") is no sports cue; sanctions in a story of trade in
//     goods (imports, tariffs, the WTO) count for the economy;
//   - the KB actors the mentions stage linked: people with offices and
//     governments count for politics, armed groups for armed conflict,
//     international organisations for politics or the economy, and each
//     actor for its country;
//   - countries and places, world regions that are no country ("the
//     Middle East", "Latin America", whether the places stage found them
//     or not), and the dateline ("BAGHDAD (Reuters) -");
//   - the source the story is credited to (credit.go): a national
//     news agency ("(AFP)", "Canadian Press - ") for its country, a
//     specialist wire ("(Ticker)", "(CBS.MW)") for its theme;
//   - events between political actors coded by the event stage;
//   - match results ("3-1") for sport.
//
// Classify maps the evidence to the four AG News classes for the
// benchmark (sitrep eval topics).
package topic

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// Stage is the topics pipeline stage. It requires tokens and reads
// mentions, places and events when present. A Stage is read-only after
// New, so one may serve any number of goroutines.
type Stage struct {
	k     *kb.KB // may be nil: no region labels then
	exact map[string][]hit
	caps  map[string][]hit  // case-sensitive cues ("Giants", "AMD")
	stems map[string][]stem // by their first three bytes, longest first
	short []stem            // stems under three bytes
	// shortBy holds the short stems by first byte, in the order of short
	shortBy [256][]stem
	multi   map[string][]multi    // by first word
	areas   map[string][][]string // world regions by first word
	// words indexes exact, multi and areas by word, so that Score looks
	// each word of a document up once; stem3 holds the stems whose
	// first three bytes are lower-case ASCII letters (the others stay
	// in stems), indexed by those letters.
	words map[string]*entry
	// wordBits and capBits are Bloom filters over the keys of words
	// and caps (see entry): about four words in five of a news text are
	// in no entry, and two bit tests turn most of them away before a
	// map lookup.
	wordBits, capBits wordFilter
	// capsLower holds the keys of caps in lower case, for the memo's
	// quiet (see memoSlot), with a Bloom filter asked first.
	capsLower     map[string]bool
	capsLowerBits wordFilter
	// wordTab finds the entries of words by the hash of wordBits.
	wordTab wordTable
	stem3   *[26 * 26 * 26]stemBucket
	// has3 has bit i set when stem3[i] holds a stem: a table small
	// enough to stay in cache, asked before stem3.
	has3 [(26*26*26 + 63) / 64]uint64
	// memos holds the wordMemos of Score (see lookupMemo), per Stage:
	// they hold indices into entryList and stemList.
	memos sync.Pool
	// entryList holds the entries of words by their id, &noEntry first;
	// stemList the hits of the stems by their id, nil first.
	entryList []*entry
	stemList  [][]hit
	// seconds holds the entry.seconds of entryList, for wordMemo.
	seconds []uint32
	// holders are the KB people who hold or held an office (len(RolesOf) > 0),
	// by their actors: a pointer hashes faster than an ID.
	holders map[*kb.Actor]bool
	// countries indexes the names of the KB's countries for headlines
	// (see headlineCountry); nil without a KB.
	countries map[string][]countryName
}

// An entry is what the lexicon knows of one lower-case word.
type entry struct {
	id    uint32     // its index in Stage.entryList
	exact []hit      // its own hits; nil: its stem's, if any
	areas [][]string // world regions it begins
	multi []multi    // lexicon phrases it begins
	sense *sense     // the neighbours that rule out its lexicon sense

	// seconds has the fourthBit of the first byte of each of multi's
	// second words (all bits for a bare "*"): a next word whose first
	// byte's bit is not in it goes on no phrase of multi.
	seconds uint32
}

// A hit is one theme a word counts for, with the word's weight.
type hit struct {
	theme int
	w     float64
	cue   bool // a named-thing cue (company, team, product)
}

type stem struct {
	prefix string
	hits   []hit
	id     uint16 // its index in Stage.stemList
}

type multi struct {
	words []string // lower-case words; the last may end in *
	hits  []hit
}

// Weights of the kinds of evidence.
const (
	// titleWeight multiplies hits in a headline (a short first
	// paragraph): the headline states what the story is about.
	titleWeight = 2
	// phraseWeight is the weight of a multi-word lexicon entry.
	phraseWeight = 1.5
)

// New returns the topics stage. k (which may be nil) must not change
// after New: the people who hold offices are indexed here.
func New(k *kb.KB) *Stage {
	s := &Stage{k: k, exact: map[string][]hit{}, caps: map[string][]hit{}, stems: map[string][]stem{}, multi: map[string][]multi{}, areas: map[string][][]string{}}
	for _, a := range worldAreas {
		ws := strings.Fields(a)
		s.areas[ws[0]] = append(s.areas[ws[0]], ws)
	}
	var stems []stem
	stemIdx := map[string]int{}
	add := func(ti int, w string, weight float64, cue bool) {
		ti = setAsideTheme(ti, w)
		if strings.Contains(w, " ") {
			ws := strings.Fields(w)
			s.multi[ws[0]] = append(s.multi[ws[0]], multi{words: ws, hits: []hit{{ti, weight * phraseWeight, cue}}})
			return
		}
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if i, ok := stemIdx[p]; ok {
				stems[i].hits = append(stems[i].hits, hit{ti, weight, cue})
			} else {
				stemIdx[p] = len(stems)
				stems = append(stems, stem{prefix: p, hits: []hit{{ti, weight, cue}}})
			}
			return
		}
		s.exact[w] = append(s.exact[w], hit{ti, weight, cue})
	}
	for ti, th := range themes {
		isCue := map[string]bool{}
		var cueStems []string
		for _, l := range [][]string{cues[th.label], strongTerms[th.label], weakTerms[th.label]} {
			for _, w := range l {
				isCue[w] = true
				if p, ok := strings.CutSuffix(w, "*"); ok {
					cueStems = append(cueStems, p)
				}
			}
		}
		// A word that a cue's stem matches ("olympics", "olympic*") is
		// that cue: as an exact entry it would shadow the stem.
		coveredByCue := func(w string) bool {
			if strings.HasSuffix(w, "*") {
				return false
			}
			for _, p := range cueStems {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
			return false
		}
		words := th.words
		if ti == thTech {
			words = append(words[:len(words):len(words)], techTerms...)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if !isCue[w] && !seen[w] && !coveredByCue(w) { // a cue's weight replaces the word's
				add(ti, w, 1, false)
			}
			seen[w] = true
		}
		for _, w := range cues[th.label] {
			add(ti, w, cueWeight, true)
		}
		for _, w := range strongTerms[th.label] {
			add(ti, w, cueWeight, false)
		}
		for _, w := range weakTerms[th.label] {
			add(ti, w, weakWeight, false)
		}
		for _, w := range capCues[th.label] {
			s.caps[w] = append(s.caps[w], hit{ti, cueWeight, true})
		}
	}
	for _, w := range notThemeWords {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			stems = append(stems, stem{prefix: p}) // no hits
		} else {
			s.exact[w] = []hit{} // not nil: no stem is asked
		}
	}
	// Longest prefixes first, so "militar" wins over "mil".
	sort.Slice(stems, func(i, j int) bool { return len(stems[i].prefix) > len(stems[j].prefix) })
	if len(stems) >= math.MaxUint16 {
		panic(fmt.Sprintf("topic: %d lexicon stems, more than a memo slot can index", len(stems)))
	}
	s.stemList = make([][]hit, len(stems)+1)
	for i := range stems {
		stems[i].id = uint16(i + 1)
		s.stemList[i+1] = stems[i].hits
	}
	s.stem3 = new([26 * 26 * 26]stemBucket)
	for _, st := range stems {
		if len(st.prefix) < 3 {
			s.short = append(s.short, st)
			s.shortBy[st.prefix[0]] = append(s.shortBy[st.prefix[0]], st)
		} else if i, ok := trigram(st.prefix); ok {
			b := &s.stem3[i]
			b.stems = append(b.stems, st)
			if len(st.prefix) > 3 {
				b.next4 |= fourthBit(st.prefix[3])
			}
			s.has3[i>>6] |= 1 << (i & 63)
		} else {
			s.stems[st.prefix[:3]] = append(s.stems[st.prefix[:3]], st)
		}
	}
	s.words = map[string]*entry{}
	entryOf := func(w string) *entry {
		e := s.words[w]
		if e == nil {
			e = &entry{}
			s.words[w] = e
		}
		return e
	}
	for w, hs := range s.exact {
		entryOf(w).exact = hs
	}
	for w, as := range s.areas {
		entryOf(w).areas = as
	}
	for w, ms := range s.multi {
		e := entryOf(w)
		e.multi = ms
		for _, m := range ms {
			if len(m.words) < 2 {
				e.seconds = ^uint32(0)
			} else if second := strings.TrimSuffix(m.words[1], "*"); second == "" {
				e.seconds = ^uint32(0)
			} else {
				e.seconds |= fourthBit(second[0])
			}
		}
	}
	for w := range senses {
		sn := senses[w]
		entryOf(w).sense = &sn
	}
	s.entryList = []*entry{&noEntry}
	for w, e := range s.words {
		s.wordBits.add(w)
		e.id = uint32(len(s.entryList))
		s.entryList = append(s.entryList, e)
	}
	s.seconds = make([]uint32, len(s.entryList))
	for id, e := range s.entryList {
		s.seconds[id] = e.seconds
	}
	s.wordTab = newWordTable(s.words)
	s.capsLower = map[string]bool{}
	for w := range s.caps {
		s.capBits.add(w)
		s.capsLower[strings.ToLower(w)] = true
		s.capsLowerBits.add(strings.ToLower(w))
	}
	s.memos.New = func() any { return new(wordMemo) }
	if k != nil {
		s.holders = map[*kb.Actor]bool{}
		for _, r := range k.Roles() {
			if a, ok := k.Actor(r.Person); ok {
				s.holders[a] = true
			}
		}
		s.countries = indexCountryNames(k)
	}
	return s
}

// A stemBucket holds the stems that begin with one trigram.
type stemBucket struct {
	stems []stem // longest first: a stem of the trigram alone is last
	// next4 is the union of the fourthBit of the stems of four bytes
	// or more: a word whose fourth byte is in none of them, or that has
	// none, can begin with no stem but the trigram alone.
	next4 uint32
}

// fourthBit returns the bit of stemBucket.next4 for the byte c: c-'a'
// for a lower-case letter, 26 for any other byte.
func fourthBit(c byte) uint32 {
	if c -= 'a'; c < 26 {
		return 1 << c
	}
	return 1 << 26
}

// trigram returns the index in Stage.stem3 of w's first three bytes
// when they are lower-case ASCII letters.
func trigram(w string) (int, bool) {
	a, b, c := w[0]-'a', w[1]-'a', w[2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return (int(a)*26+int(b))*26 + int(c), true
}

func (*Stage) Name() string          { return "topics" }
func (*Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText, doc.LayerTokens} }
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerTopics} }

// Scores are the raw evidence for an article's topics.
type Scores struct {
	Themes []float64 // per theme in lexicon order: weighted hits
	// (Themes and Cues end with three working slots, thCasualty,
	// thPosture and thToll, that score folds into their themes and
	// leaves zero.)
	// Cues is the part of Themes that comes from named-thing cues:
	// companies, products, teams, competitions.
	Cues    []float64
	Regions map[string]float64 // region label → weighted country signals
	// Countries maps ISO3 codes to weighted signals: country mentions,
	// places, and the countries of the actors named.
	Countries map[string]float64
	// Abroad weighs the world regions named that are no country ("the
	// Middle East", "Latin America", "the Caribbean"): like a foreign
	// country, they say where the story happens.
	Abroad float64
	Words  int
	// Scores counts match results such as "6-2" or "3-1" (a sports cue).
	Scores int
	// Dateline is the ISO3 country of the dateline place ("BAGHDAD
	// (Reuters) -", "SPRINGFIELD, Mass. -"), "" when there is none or
	// its place is unknown.
	Dateline string
	// Agency is the ISO3 country of the national news agency the story
	// is credited to ("(AFP)", "Canadian Press - "), "" when none is.
	Agency string
	// Headline is true when the first paragraph was read as a headline
	// and its hits weighted titleWeight.
	Headline bool
	// nick weighs the sports hits of team nicknames (capHits),
	// nickName is the first of them and nickMany records a second,
	// different one (see nicknameAlone).
	nick     float64
	nickName string
	nickMany bool
}

// ThemeScore returns the raw score of the named theme.
func (sc *Scores) ThemeScore(label string) float64 {
	for i, th := range themes {
		if th.label == label {
			return sc.Themes[i]
		}
	}
	return 0
}

// String summarises the evidence for people reading it: the themes and
// countries with their weights, and the dateline's country, e.g.
// "politics 3 diplomacy 1.5 | IRQ 2 USA 1 | dateline IRQ".
func (sc *Scores) String() string {
	var b strings.Builder
	for i, th := range themes {
		if sc.Themes[i] != 0 {
			fmt.Fprintf(&b, "%s %.3g ", th.label, sc.Themes[i])
		}
	}
	b.WriteString("|")
	cs := make([]string, 0, len(sc.Countries))
	for c := range sc.Countries {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	for _, c := range cs {
		fmt.Fprintf(&b, " %s %.3g", c, sc.Countries[c])
	}
	if sc.Scores > 0 {
		fmt.Fprintf(&b, " | results %d", sc.Scores)
	}
	if sc.Dateline != "" {
		fmt.Fprintf(&b, " | dateline %s", sc.Dateline)
	}
	if sc.Agency != "" {
		fmt.Fprintf(&b, " | agency %s", sc.Agency)
	}
	return b.String()
}

// themeIndex returns the index of the named theme; it panics on a name
// not in the lexicon (a programming error).
func themeIndex(label string) int {
	for i, th := range themes {
		if th.label == label {
			return i
		}
	}
	panic("topic: no theme " + label)
}

var (
	thPolitics = themeIndex("politics")
	thConflict = themeIndex("armed-conflict")
	thTerror   = themeIndex("terrorism")
	thEconomy  = themeIndex("economy")
	thTech     = themeIndex("technology")
	thSports   = themeIndex("sports")
	thSanction = themeIndex("sanctions")
	thDisaster = themeIndex("disaster")
	thNuclear  = themeIndex("nuclear")
	// three working slots after the themes in Scores.Themes and Cues:
	// the weight of words that only support a theme (setAsideTheme)
	thCasualty = len(themes)
	thPosture  = len(themes) + 1
	thToll     = len(themes) + 2
)

// headlineEnd returns the end of d's headline: the first paragraph when
// the text has more than one and the first is short (at most 200 bytes,
// one sentence), else 0.
func headlineEnd(d *doc.Doc) int {
	if len(d.Paragraphs) < 2 {
		return 0
	}
	p := d.Paragraphs[0]
	if p.Len() > 200 {
		return 0
	}
	n := 0
	for _, s := range d.Sentences {
		if p.Contains(s) {
			n++
		}
	}
	if n > 1 {
		return 0
	}
	return p.End
}

// Score computes the evidence for d's topics without writing to d.
func (s *Stage) Score(d *doc.Doc) *Scores {
	sc := newScores()
	s.score(d, sc)
	return sc
}

// newScores returns empty Scores, ready for Stage.score.
func newScores() *Scores {
	return &Scores{Themes: make([]float64, len(themes)+3), Cues: make([]float64, len(themes)+3), Regions: map[string]float64{}, Countries: map[string]float64{}}
}

// scoresPool holds the Scores of Process between documents: Process
// reads them only to fill d.Topics, and five allocations a document
// (the Scores, two slices, two maps, and the maps' growth) are saved.
var scoresPool = sync.Pool{New: func() any { return newScores() }}

// reset empties sc for another document, keeping its slices and its
// maps while they are small (a map cleared keeps its size, and ranging
// over it costs as much as over a full one).
func (sc *Scores) reset() {
	clear(sc.Themes)
	clear(sc.Cues)
	regions, countries := sc.Regions, sc.Countries
	if len(regions) > 8 {
		regions = map[string]float64{}
	}
	if len(countries) > 8 {
		countries = map[string]float64{}
	}
	clear(regions)
	clear(countries)
	*sc = Scores{Themes: sc.Themes, Cues: sc.Cues, Regions: regions, Countries: countries}
}

// score computes the evidence for d's topics into sc, which must be
// empty (newScores, or reset).
func (s *Stage) score(d *doc.Doc, sc *Scores) {
	hl := headlineEnd(d)
	sc.Headline = hl > 0
	np := spanPool.Get().(*[]doc.Span)
	named := namedSpansInto(*np, d)
	defer func() {
		if cap(named) >= cap(*np) {
			*np = named[:0] // spans hold no pointers: nothing to clear
		}
		spanPool.Put(np)
	}()
	low := segment.LowerASCII(d.Text) // one lower-case copy, sliced per ASCII word
	wp := wordPool.Get().(*[]word)
	words := (*wp)[:0]
	memo := s.memos.Get().(*wordMemo)
	defer s.memos.Put(memo)
	defer func() {
		*wp = words[:0] // words hold no pointers: nothing to clear
		wordPool.Put(wp)
	}()
	wt := wordText{text: d.Text, low: low}
	// room for every token, made once: each word is written in place,
	// with no append's test of room per word
	if cap(words) < len(d.Tokens) {
		words = make([]word, 0, len(d.Tokens))
	}
	// (the tokens from a local: d.Tokens[tix] would be read through d
	// with a bounds check each time)
	toks := d.Tokens
	all, nw := words[:len(toks)], 0
	for tix := range toks {
		if t := &toks[tix]; t.Kind == doc.TokWord { // (read in place, not copied)
			wd := &all[nw]
			nw++
			*wd = word{start: t.Span.Start, end: t.Span.End}
			if t.Span.End <= hl {
				wd.title = true
			}
		}
	}
	words = all[:nw]
	wt.markAlts(words)
	markNamed(words, named)
	sc.Words = len(words)
	sc.Scores = countResults(d.Text)
	if n := countRanks(d.Text); n > 0 {
		sc.Themes[thSports] += float64(min(n, maxRanks))
	}
	// In a headline in title case ("Caribbean Braces for Another
	// Hurricane") every word has a capital: a capital says nothing.
	titleCase := hl > 0 && wt.isTitleCase(words)
	headNext := 0 // the first headline word after a country name found there
	politicalLeague := s.politicalLeague(d)
	// The loop keeps to what every word needs (its lower case, the memo,
	// a few tests); the evidence of the few words that have any is
	// weighed in the methods it calls.
	// (ws, not words, which the deferred func captures: a local that
	// is not captured stays in a register, and ws[i] needs no bounds
	// check)
	ws := words
	// the end of the last lexicon phrase of a theme other than sports:
	// a team's nickname inside it is the phrase's word ("Tamil Tigers")
	otherPhraseEnd := 0
	for i := loudFrom(ws, 0, &wt, memo); i < len(ws); i = loudFrom(ws, i+1, &wt, memo) {
		wd := &ws[i]
		lower := wt.lower(wd)
		if politicalLeague && (lower == "league" || lower == "leagues" || strings.HasPrefix(lower, "league-")) {
			continue // "the National League for Democracy … the league", "Pakistan Muslim League-Nawaz": no sport
		}
		if wd.title && i >= headNext && s.countries != nil {
			if c, n := s.headlineCountry(&wt, words[i:]); n > 0 {
				sc.Countries[c] += titleWeight
				headNext = i + n
			}
		}
		w := trimPossessive(lower)
		if w == "intel" && i+1 < len(words) && intelNoun[wt.lower(&words[i+1])] {
			// "Intel officials", "intel chief": intelligence, not the
			// chip maker.
			sc.addHits(s.lookup("intelligence"), wd.weight())
			continue
		}
		if c := d.Text[wd.start]; 'A' <= c && c <= 'Z' && !(titleCase && wd.title) {
			s.capHits(sc, &wt, wd, i < otherPhraseEnd)
		}
		var e *entry
		var stemHs []hit
		if n := len(w); n > 16 {
			e, stemHs = s.remember(memo, w, 0) // no key: not remembered
		} else if n > 8 {
			// a long word is known by its first and last eight bytes
			head, tail := ascii.Load64(w), ascii.Load64(w[n-8:])
			var ok bool
			if e, stemHs, ok = s.longGet(memo, head, tail, n); !ok {
				e, stemHs = s.rememberLong(memo, w, head, tail)
			}
		} else {
			// The memo's key: the word's bytes packed into a number,
			// the first lowest (packWord). A word read from the
			// lower-case copy of the text with eight bytes of it left
			// from its start (nearly every word) is packed with one
			// load and a mask, not byte by byte.
			var x uint64
			if wd.alt == 0 && wd.start+8 <= len(low) {
				x = ascii.Load64(low[wd.start:]) & keyMask[len(w)]
			} else {
				x = packWord(w)
			}
			var inert, ok bool
			if e, stemHs, inert, ok = s.memoGet(memo, x, len(w)); !ok {
				e, stemHs = s.remember(memo, w, x)
			} else if inert {
				continue // no evidence: what follows would find none
			}
		}
		// "West Bank", "Bill Parcells", "Gaza Strip": a word in the name
		// of a place or person is no theme word, but a cue still counts
		// ("Manchester City").
		if !wd.named {
			hs := e.exact
			if hs == nil {
				hs = stemHs
			}
			if len(hs) == 0 && len(w) >= minShape && mayBeShape(w) {
				hs = shapeHits(d.Text, wd, w)
			}
			if len(hs) > 0 {
				s.wordHits(sc, &wt, words, i, e, hs)
			}
		}
		if len(e.areas) > 0 || len(e.multi) > 0 {
			if end := s.phraseHits(sc, &wt, words, i, e, politicalLeague); end > otherPhraseEnd {
				otherPhraseEnd = end
			}
		}
	}
	if d.Has(doc.LayerEvents) {
		for evix := range d.Events {
			ev := &d.Events[evix]
			if terrorEvent(ev) {
				sc.Themes[thTerror] += 2 * ev.Confidence
			}
			if !politicalEvent(ev) {
				continue
			}
			for _, ti := range ploverThemes[ev.Plover] {
				if ti != thSanction || economicSanction(ev.Cameo) {
					sc.Themes[ti] += 2 * ev.Confidence
				}
			}
		}
	}
	weight := func(sp doc.Span) float64 {
		if sp.End <= hl {
			return titleWeight
		}
		return 1
	}
	dl, dlSpan := datelineOf(d)
	sc.Dateline = dl
	home := homeNames(d, dl, dlSpan) // nil but after a US dateline: its tests below are skipped
	// The countries of the mentions and places are summed in a tally
	// and put in sc.Countries once each (see tally).
	var countries tally
	armedGroup := false // an armed group is named
	if s.k != nil && d.Has(doc.LayerMentions) {
		for mix := range d.Mentions {
			m := &d.Mentions[mix]
			if m.KBID == "" || len(home) > 0 && isHomeName(d, home, m.Span) {
				continue
			}
			a, ok := s.k.Actor(m.KBID)
			if !ok {
				continue
			}
			w := weight(m.Span)
			switch {
			case m.Type == doc.TypeCountry:
				countries.add(sc.Countries, m.KBID, w)
			case a.Kind == kb.KindPerson:
				// A person the KB knows is, for news, almost always a
				// political figure: a head of state or government, a
				// minister, a leader of a group or organisation.
				if a.Country != "" {
					countries.add(sc.Countries, a.Country, 0.5*w)
				}
				if s.holders[a] {
					sc.Themes[thPolitics] += w
				}
			case a.Kind == kb.KindArmedGroup || a.Sector == "REB" || a.Sector == "SEP":
				if a.Country != "" {
					countries.add(sc.Countries, a.Country, 0.5*w)
				}
				sc.Themes[thConflict] += w
				sc.Themes[thTerror] += 0.5 * w
				armedGroup = true
			default:
				if a.Country != "" {
					countries.add(sc.Countries, a.Country, 0.5*w)
				}
				switch a.Sector {
				case "IGO":
					if economicIGO[a.ID] {
						sc.Themes[thEconomy] += w
					} else {
						sc.Themes[thPolitics] += w
					}
				case "GOV", "MIL", "SPY", "LEG", "JUD", "PTY", "OPP":
					sc.Themes[thPolitics] += w
				}
			}
		}
	}
	if d.Has(doc.LayerPlaces) {
		for pix := range d.Places {
			p := &d.Places[pix]
			if diplomaticPost(d.Text, p.Span.Start) {
				continue // "summoned Iran's ambassador in Berlin": a posting, not where the story is
			}
			if p.Country != "" && !waterBody(p.Name) && !(len(home) > 0 && isHomeName(d, home, p.Span)) {
				countries.add(sc.Countries, p.Country, weight(p.Span))
			} else if r := placeRegions[p.Name]; p.Country == "" && r != "" {
				// "Southeast Asia", "the Sahel": a region of several
				// countries is evidence of its world region, of no country
				sc.Regions[r] += weight(p.Span)
				if s.isWorldArea(p.Name) {
					// its words are in a named span, which the
					// word loop's worldAreas match skips
					sc.Abroad += weight(p.Span)
				}
			}
		}
	}
	countries.flush(sc.Countries)
	if t := sc.Themes[thToll]; t > 0 && (sc.Themes[thConflict] > 0 || sc.Themes[thDisaster] == 0 || blastStory(low)) {
		// the dead count for armed conflict beside a word of fighting,
		// or where no hazard or accident killed them: "at least four
		// people were killed" in a hurricane story or a car crash is
		// the toll of the storm or the road. A blast may be an attack:
		// its dead still count.
		sc.Themes[thConflict] += t
		sc.Cues[thConflict] += sc.Cues[thToll]
	}
	if p := sc.Themes[thPosture]; p > 0 && (sc.Themes[thConflict] > 0 || sc.Themes[thTerror] > 0 || !domesticEmergency(low) && !civicForces(sc, p)) {
		sc.Themes[thConflict] += p // troops beside fighting, weapons, war or armed groups
	}
	if c := sc.Themes[thCasualty]; c > 0 && sc.Themes[thDisaster] > 0 {
		// casualties support a disaster that other words name; alone
		// ("shot dead … pronounced dead at a hospital") they are as
		// much crime's or war's
		sc.Themes[thDisaster] += c
	}
	if armedGroup && sc.Themes[thConflict] > 0 && claimedAttack(low) {
		sc.Themes[thTerror] += sc.Themes[thConflict] // "al-Shabaab claimed the attack": its fighting words are terror's
	}
	sc.Themes[thPosture], sc.Themes[thCasualty], sc.Themes[thToll] = 0, 0, 0
	sc.Cues[thPosture], sc.Cues[thCasualty], sc.Cues[thToll] = 0, 0, 0
	if sc.Themes[thSanction] > 0 && sc.Themes[thConflict] == 0 && sc.Themes[thNuclear] == 0 && sc.Themes[thTerror] == 0 && tradeInGoods(low) {
		// "lift sanctions on $4 billion worth of U.S. goods", "an
		// embargo on Chinese imports": sanctions on trade in goods
		// are a trade dispute, economic news. Sanctions over a war, a
		// nuclear programme or terrorism stay sanctions, whatever goods
		// they ban ("banning imports of Russian steel" over the
		// invasion of Ukraine).
		sc.Themes[thEconomy] += sc.Themes[thSanction]
		sc.Themes[thSanction] = 0
	}
	creditsOf(d, func(c credit) {
		if c.country != "" {
			sc.Agency = c.country
		}
		if c.theme != "" {
			ti := themeIndex(c.theme)
			sc.Themes[ti] += cueWeight
			sc.Cues[ti] += cueWeight
		}
	})
	if s.k != nil {
		for c, w := range sc.Countries {
			if a, ok := s.k.Actor(c); ok && a.Region != "" {
				sc.Regions[a.Region] += w
			}
		}
	}
}

// A tally sums the weights of a document's countries before they go
// into a map: most of its mentions name one of a few countries, and a
// look along a short array costs less than a map assignment. The weights
// are halves and whole numbers, whose sums are exact in any order, so
// the map ends as if each weight had been added to it in turn.
type tally struct {
	n    int
	keys [8]string
	ws   [8]float64
}

// add adds w to key's weight; when the tally is full, a key it does not
// hold goes to m at once.
func (t *tally) add(m map[string]float64, key string, w float64) {
	for i := range t.n {
		if t.keys[i] == key {
			t.ws[i] += w
			return
		}
	}
	if t.n == len(t.keys) {
		m[key] += w
		return
	}
	t.keys[t.n], t.ws[t.n] = key, w
	t.n++
}

// flush adds the tallied weights to m.
func (t *tally) flush(m map[string]float64) {
	for i := range t.n {
		m[t.keys[i]] += t.ws[i]
	}
}

// addHits adds the hits hs of a word of weight w.
func (sc *Scores) addHits(hs []hit, w float64) {
	for _, h := range hs {
		sc.addHit(h, w)
	}
}

// addHit adds the hit h of a word of weight w.
func (sc *Scores) addHit(h hit, w float64) {
	sc.Themes[h.theme] += h.w * w
	if h.cue {
		sc.Cues[h.theme] += h.w * w
	}
}

// capHits adds the hits of wd, a word with a capital, as a
// case-sensitive cue ("Giants", "AMD"). inPhrase: wd is a word of a
// lexicon phrase of another theme than sports, and no team's nickname
// ("the war against the Tamil Tigers").
func (s *Stage) capHits(sc *Scores, wt *wordText, wd *word, inPhrase bool) {
	w := trimPossessive(wt.orig(wd))
	if len(w) >= 2 && !s.capBits.hasHash(wordHash(w)) { // capBits.mayHave, inlined
		return
	}
	hs, ok := s.caps[w]
	if !ok {
		return
	}
	// "AP - Islanders scrambled to put up storm shutters": a team's
	// nickname that begins a sentence of the story is as likely a
	// common noun; a company's name is still a name.
	nickname := !wd.title && sentenceStart(wt.text, wd.start) || inPhrase
	for _, h := range hs {
		if !nickname || h.theme != thSports {
			sc.addHit(h, wd.weight())
			if h.theme == thSports {
				sc.noteNickname(w, h.w*wd.weight())
			}
		}
	}
}

// minShape is the length of the shortest word shapeHits can find.
const minShape = min(minMaker, minWebAddress, len("-over-par")+1)

// mayBeShape reports whether w, of minShape bytes or more, can have a
// shape shapeHits knows: a "-maker(s)" compound and a golf score end in
// r or s, a web address has a dot before its last three bytes. Most
// words have none of these, and skip the call.
func mayBeShape(w string) bool {
	c := w[len(w)-1]
	return c == 'r' || c == 's' || w[len(w)-4] == '.'
}

// shapeHits returns the hits of the lower-case word w (wd, of text)
// that the lexicon does not know by its shape: a "-maker" compound, a
// web address that credits no source, a golf score; nil for none.
func shapeHits(text string, wd *word, w string) []hit {
	if len(w) >= minMaker && isMaker(w) {
		return makerHits
	}
	if len(w) >= minWebAddress && isWebAddress(w) && !isCredit(text, wd.start, wd.end) {
		return webHits
	}
	if len(w) > len("-over-par") && w[len(w)-1] == 'r' && isGolfScore(w) {
		return golfHits
	}
	return nil
}

// wordHits adds the hits hs of words[i], whose entry is e, unless a
// neighbour rules their sense out.
func (s *Stage) wordHits(sc *Scores, wt *wordText, words []word, i int, e *entry, hs []hit) {
	wd := &words[i]
	if e.sense != nil && e.sense.rulesOut(wt, words, i) {
		return
	}
	if i > 0 && isFigurative(trimPossessive(wt.lower(&words[i-1]))) {
		// "price war", "bid battle", "legal fight": a word of war
		// after a word of business, law or sport is a figure of
		// speech, no evidence of armed conflict.
		for _, h := range hs {
			if h.theme != thConflict && h.theme != thTerror {
				sc.addHit(h, wd.weight())
			}
		}
		return
	}
	sc.addHits(hs, wd.weight())
}

// phraseHits adds the world regions and lexicon phrases that begin with
// words[i], whose entry is e. It returns the end (a word index) of the
// longest phrase it added with no sports hit, or 0.
func (s *Stage) phraseHits(sc *Scores, wt *wordText, words []word, i int, e *entry, politicalLeague bool) int {
	wd := &words[i]
	if !wd.named {
		for _, a := range e.areas {
			if wt.matchWords(words[i:], a) {
				sc.Abroad += wd.weight()
				break
			}
		}
	}
	if len(e.multi) == 0 {
		return 0
	}
	// the second word of every phrase is compared with next, read once
	var next string
	if i+1 < len(words) {
		next = trimPossessive(wt.lower(&words[i+1]))
	}
	if next != "" && e.seconds&fourthBit(next[0]) == 0 {
		return 0 // no phrase of e goes on with next's first byte
	}
	end := 0
	for _, m := range e.multi {
		if i+len(m.words) > len(words) {
			continue
		}
		// the first word is words[i] itself: e is its entry, and
		// e.multi holds the phrases that begin with it
		if len(m.words) > 1 && !matchWord(next, m.words[1]) {
			continue
		}
		ok := true
		for j := 2; j < len(m.words); j++ {
			if !matchWord(trimPossessive(wt.lower(&words[i+j])), m.words[j]) {
				ok = false
				break
			}
		}
		if ok && politicalLeague && slices.Contains(m.words, "league") {
			ok = false // "National League for Democracy" is no baseball league
		}
		if ok && m.words[0] == "chief" && titleBeforeName(wt, words, i, len(m.words)) {
			ok = false // "Chief Executive Carrie Lam": Hong Kong's head of government, no company's
		}
		if ok && i+len(m.words) < len(words) && publicationNoun(wt.lower(&words[i+len(m.words)])) {
			ok = false // "Wall Street Journal reporter": a newspaper's name, no market
		}
		if ok && m.words[len(m.words)-1] == "round" && (roundOfNonSport(wt, words, i+len(m.words)) || electoralRound(wt, words, i, i+len(m.words))) {
			ok = false // "a fourth round of sanctions": no sports round
		}
		if ok && m.words[len(m.words)-1] == "quarter" && fiscalQuarter(wt, words, i, i+len(m.words)) {
			ok = false // "output rose 12% in the third quarter": a fiscal quarter, no game's
		}
		if ok && (!wd.named || m.hits[0].cue) {
			sc.addHits(m.hits, wd.weight())
			if m.hits[0].theme != thSports && i+len(m.words) > end {
				end = i + len(m.words)
			}
		}
	}
	return end
}

// tradeWords are the words of trade in goods: a story that names
// them and sanctions is about trade sanctions (see tradeInGoods).
var tradeWords = []string{"goods", "imports", "exports", "tariff", "tariffs", "duties", "dumping", "anti-dumping", "wto", "world trade organization"}

// tradeInGoods reports whether the lower-case text low names trade in
// goods: one of tradeWords as a whole word (no letter or digit, see
// isAlnum, on either side).
//
// It reads low once, by its maximal runs of letters and digits: a trade
// word occurs as a whole word exactly where a run equals its head (its
// bytes up to the first that is no letter or digit, tradeHeads) and the
// text after the run goes on with the rest of it and then a non-alnum
// byte or the end.
func tradeInGoods(low string) bool {
	for i := 0; i < len(low); {
		if !alnumByte[low[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && alnumByte[low[j]] {
			j++
		}
		if n := j - i; n >= tradeHeadMin && n <= tradeHeadMax && tradeHeadBits.mayHave(low[i:j]) {
			for _, tail := range tradeHeads[low[i:j]] {
				if end := j + len(tail); strings.HasPrefix(low[j:], tail) && (end == len(low) || !isAlnum(low[end])) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// tradeHeads maps the head of each of tradeWords (its bytes up to the
// first that isAlnum rejects) to the rests of the words with that head
// ("" for a word that is all head); tradeHeadMin and tradeHeadMax are
// the lengths of the shortest and longest head, and tradeHeadBits a
// Bloom filter over the heads, which turns most words of a text away
// before the map.
var (
	tradeHeads                 = map[string][]string{}
	tradeHeadMin, tradeHeadMax = len(tradeWords[0]), 0
	tradeHeadBits              = func() *wordFilter {
		f := new(wordFilter)
		for _, w := range tradeWords {
			k := 0
			for k < len(w) && isAlnum(w[k]) {
				k++
			}
			tradeHeads[w[:k]] = append(tradeHeads[w[:k]], w[k:])
			tradeHeadMin, tradeHeadMax = min(tradeHeadMin, k), max(tradeHeadMax, k)
			f.add(w[:k])
		}
		return f
	}()
)

// placeRegions maps the gazetteer's places of several countries (see
// package geo) to the world region they lie in.
var placeRegions = map[string]string{
	"Africa": "world/africa", "Sub-Saharan Africa": "world/africa", "North Africa": "world/africa/northern",
	"Maghreb": "world/africa/northern", "West Africa": "world/africa/western", "Sahel": "world/africa/western",
	"East Africa": "world/africa/eastern", "Horn of Africa": "world/africa/eastern", "Central Africa": "world/africa/middle",
	"Southern Africa": "world/africa/southern",
	"Asia":            "world/asia", "Central Asia": "world/asia/central", "East Asia": "world/asia/eastern",
	"South Asia": "world/asia/southern", "Kashmir": "world/asia/southern", "Line of Control": "world/asia/southern",
	"Southeast Asia": "world/asia/south-eastern", "South Caucasus": "world/asia/western",
	"Middle East": "world/middle-east", "Levant": "world/middle-east", "Arabian Peninsula": "world/middle-east",
	"Europe": "world/europe", "Central Europe": "world/europe", "Western Europe": "world/europe/western",
	"Eastern Europe": "world/europe/eastern", "Northern Europe": "world/europe/northern", "Scandinavia": "world/europe/northern",
	"Southern Europe": "world/europe/southern", "Balkans": "world/europe/southern",
	"North America": "world/americas/northern", "Central America": "world/americas/central",
	"South America": "world/americas/south", "Latin America": "world/americas", "Americas": "world/americas",
	"Caribbean": "world/americas/caribbean", "Oceania": "world/oceania",
}

// waterBody reports whether a place's name is a sea, an ocean, a gulf or
// a strait: the gazetteer files a shared body of water under one of its
// coastal states, but "the Indian Ocean" is no evidence about India.
func waterBody(name string) bool {
	for _, w := range waterWords {
		if strings.HasSuffix(name, w.suffix) || strings.HasPrefix(name, w.prefix) {
			return true
		}
	}
	return false
}

// waterWords are the words of waterBody as the last word of a name
// (" Sea") and as its first ("Sea of "), joined once.
var waterWords = func() []struct{ suffix, prefix string } {
	var out []struct{ suffix, prefix string }
	for _, w := range []string{"Ocean", "Sea", "Gulf", "Strait", "Straits", "Channel"} {
		out = append(out, struct{ suffix, prefix string }{" " + w, w + " of "})
	}
	return out
}()

// politicalEvent reports whether an event is between political actors:
// economicSanction reports whether a SANCTION event's CAMEO code is an
// economic one, the IPTC topic's: reducing aid (162) or an embargo or
// sanctions (163). Breaking relations, recalling an ambassador (161),
// halting talks or mediation (164, 165) and expelling (166) are
// diplomacy.
func economicSanction(code string) bool {
	return strings.HasPrefix(code, "162") || strings.HasPrefix(code, "163")
}

// both sides resolved to a CAMEO actor code (a state, a government body,
// an armed group, an international organisation). "Arsenal beat
// Chelsea" or "Oracle attacked PeopleSoft's bid" are coded too, but are
// no evidence of politics.
func politicalEvent(ev *doc.Event) bool {
	return ev.SourceCode != "" && ev.TargetCode != "" && !ev.Negated && !ev.Hypothetical
}

// ploverThemes holds, by PLOVER event type, the themes whose plover
// lists it, once for each time listed, in the order of themes: one
// lookup an event instead of a walk along every theme's list.
var ploverThemes = func() map[string][]int {
	m := map[string][]int{}
	for ti, th := range themes {
		for _, p := range th.plover {
			m[p] = append(m[p], ti)
		}
	}
	return m
}()

// namedSpans returns the spans of the places and KB-linked people and
// places d names, sorted by start, overlapping spans merged.
//
// The places and mentions stages write their spans in text order, so
// the two lists are merged in one pass; lists out of order, or holding
// an empty span (whose merging would depend on how ties are ordered),
// are gathered and sorted instead.
func namedSpans(d *doc.Doc) []doc.Span { return namedSpansInto(nil, d) }

// namedSpansInto is namedSpans in the room of buf when it is large
// enough (score passes a pooled buffer: spanPool).
func namedSpansInto(buf []doc.Span, d *doc.Doc) []doc.Span {
	var places []doc.Place
	if d.Has(doc.LayerPlaces) {
		places = d.Places
	}
	var ms []doc.Mention
	if d.Has(doc.LayerMentions) {
		ms = d.Mentions
	}
	n := len(places) + len(ms)
	if n == 0 {
		return nil
	}
	out := buf[:0]
	if cap(out) < n {
		out = make([]doc.Span, 0, n) // one allocation, not one per doubling
	}
	if !namedInOrder(places, ms) {
		for pix := range places {
			out = append(out, places[pix].Span)
		}
		for mix := range ms {
			if m := &ms[mix]; namedMention(m) {
				out = append(out, m.Span)
			}
		}
		if len(out) < 2 {
			return out
		}
		// (the algorithm of sort.Slice, without reflection: only < 0 is read)
		slices.SortFunc(out, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
		merged := out[:1]
		for _, sp := range out[1:] {
			merged = appendMerged(merged, sp)
		}
		return merged
	}
	pi, mi := 0, 0
	for {
		for mi < len(ms) && !namedMention(&ms[mi]) {
			mi++
		}
		var sp doc.Span
		switch {
		case pi < len(places) && (mi == len(ms) || places[pi].Span.Start <= ms[mi].Span.Start):
			sp = places[pi].Span
			pi++
		case mi < len(ms):
			sp = ms[mi].Span
			mi++
		default:
			return out
		}
		out = appendMerged(out, sp)
	}
}

// markAlts gives each of words (in text order) with a byte outside
// ASCII its lower case, in t.alts (word.alt). It goes from one such byte
// of the text to the next (ascii.Index), so that most words, all ASCII,
// cost it nothing, and the loop that makes the words calls nothing.
func (t *wordText) markAlts(words []word) {
	text := t.text
	k := 0
	for p := ascii.Index(text, 0); p < len(text); {
		for k < len(words) && words[k].end <= p {
			k++
		}
		if k == len(words) {
			return
		}
		wd := &words[k]
		if wd.start > p {
			p = ascii.Index(text, wd.start) // the byte is outside the words
			continue
		}
		t.alts = append(t.alts, strings.ToLower(text[wd.start:wd.end]))
		wd.alt = int32(len(t.alts))
		k++
		p = ascii.Index(text, wd.end)
	}
}

// markNamed sets the named flag of the words that start inside one of
// named, which is sorted and merged (namedSpans): one walk along both,
// so that the loop that makes the words has no spans to look at.
func markNamed(words []word, named []doc.Span) {
	k := 0
	for _, sp := range named {
		// (the words before the span one by one: a test a word costs
		// less than halving with a function call a step)
		for k < len(words) && words[k].start < sp.Start {
			k++
		}
		for k < len(words) && words[k].start < sp.End {
			words[k].named = true
			k++
		}
	}
}

// namedMention reports whether m is one of namedSpans' mentions: a
// KB-linked person, place or country.
func namedMention(m *doc.Mention) bool {
	return m.KBID != "" && (m.Type == doc.TypePerson || m.Type == doc.TypePlace || m.Type == doc.TypeCountry)
}

// namedInOrder reports whether the places and namedSpans' mentions are
// each sorted by start, with no empty span.
func namedInOrder(places []doc.Place, ms []doc.Mention) bool {
	last := -1
	for pix := range places {
		sp := places[pix].Span
		if sp.Start < last || sp.End <= sp.Start {
			return false
		}
		last = sp.Start
	}
	last = -1
	for mix := range ms {
		if m := &ms[mix]; namedMention(m) {
			if m.Span.Start < last || m.Span.End <= m.Span.Start {
				return false
			}
			last = m.Span.Start
		}
	}
	return true
}

// appendMerged appends sp, which starts at or after the last span of
// out, to out, merged into that span when they overlap.
func appendMerged(out []doc.Span, sp doc.Span) []doc.Span {
	if k := len(out); k > 0 && sp.Start < out[k-1].End {
		out[k-1].End = max(out[k-1].End, sp.End)
		return out
	}
	return append(out, sp)
}

// worldAreas are the names of world regions that are no country, lower
// case, as words.
var worldAreas = []string{
	"middle east", "mideast", "mid-east", "near east", "far east", "persian gulf", "gulf states", "arab world",
	"caribbean", "latin america", "south america", "central america", "andes",
	"western europe", "eastern europe", "central europe", "southern europe", "northern europe", "balkans",
	"baltics", "baltic states", "scandinavia", "caucasus", "central asia", "south asia", "southeast asia",
	"south-east asia", "east asia", "asia-pacific", "indian subcontinent", "korean peninsula",
	"africa", "west africa", "east africa", "north africa", "southern africa", "central africa",
	"horn of africa", "sub-saharan", "sahel", "maghreb", "indochina", "oceania", "pacific islands",
}

// isWorldArea reports whether a place's name begins with the words of
// one of the worldAreas ("Caribbean", "Western Europe", "Sub-Saharan
// Africa").
func (s *Stage) isWorldArea(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	for _, a := range s.areas[ws[0]] {
		if len(a) <= len(ws) && slices.Equal(a, ws[:len(a)]) {
			return true
		}
	}
	return false
}

// wordPool holds Score's word buffers between documents.
var wordPool = sync.Pool{New: func() any { return new([]word) }}

// spanPool holds score's buffers of named spans (namedSpansInto)
// between documents.
var spanPool = sync.Pool{New: func() any { return new([]doc.Span) }}

// A word is one word of a document as Score reads it, its text read
// through a wordText. It holds no pointer, so a slice of words costs
// the garbage collector nothing (no write barriers, nothing to clear).
type word struct {
	start, end int   // the word's span in the text
	alt        int32 // 1 + the index of its lower case in wordText.alts; 0: low[start:end]
	title      bool  // in a headline: weighted titleWeight (see weight)
	named      bool  // inside the name of a known place or actor
}

// weight returns the weight of wd's evidence: titleWeight in a
// headline, else 1.
func (wd *word) weight() float64 {
	if wd.title {
		return titleWeight
	}
	return 1
}

// A wordText is the text of a document's words: the text, its
// segment.LowerASCII copy, and the lower case of the non-ASCII words
// (strings.ToLower), which the copy does not hold.
type wordText struct {
	text, low string
	alts      []string
}

// lower returns the lower-case form of wd.
func (t *wordText) lower(wd *word) string {
	if wd.alt > 0 {
		return t.alts[wd.alt-1]
	}
	return t.low[wd.start:wd.end]
}

// orig returns wd as written.
func (t *wordText) orig(wd *word) string { return t.text[wd.start:wd.end] }

// isTitleCase reports whether the headline words (those weighted
// titleWeight, at the start of words) are in title case: at least three
// words of four letters or more, all capitalised.
func (t *wordText) isTitleCase(words []word) bool {
	n := 0
	for i := range words {
		w := &words[i]
		if !w.title {
			break
		}
		orig := t.orig(w)
		if len(orig) < 4 {
			continue
		}
		if c := orig[0]; c < 'A' || c > 'Z' {
			return false
		}
		n++
	}
	return n >= 3
}

// matchWords reports whether words begin with the lower-case words want.
func (t *wordText) matchWords(words []word, want []string) bool {
	if len(words) < len(want) {
		return false
	}
	for j, w := range want {
		if t.lower(&words[j]) != w {
			return false
		}
	}
	return true
}

// figurative are the words that make a following word of war ("war",
// "battle", "fight", "attack", "assault", "offensive") a figure of speech:
// a price war, a bid battle, a takeover fight, a legal battle, a title
// fight, a charm offensive.
var figurative = map[string]bool{
	"price": true, "prices": true, "pricing": true, "fare": true, "fares": true, "bid": true, "bidding": true,
	"takeover": true, "boardroom": true, "proxy": true, "shareholder": true, "patent": true, "legal": true,
	"court": true, "courtroom": true, "custody": true, "copyright": true, "licensing": true, "format": true,
	"standards": true, "browser": true, "ratings": true, "tv": true, "television": true, "talent": true,
	"marketing": true, "advertising": true, "ad": true, "subscriber": true, "tariff": true, "turf": true,
	"title": true, "charm": true, "media": true, "pr": true, "public-relations": true, "cola": true,
	"console": true, "spam": true, "virus": true, "denial-of-service": true, "phishing": true, "cyber": true,
	// a heart attack, a panic attack, an asthma attack
	"heart": true, "panic": true, "asthma": true, "anxiety": true,
}

// figurativeBits is a Bloom filter over the keys of figurative.
var figurativeBits = func() *wordFilter {
	f := new(wordFilter)
	for w := range figurative {
		f.add(w)
	}
	return f
}()

// isFigurative reports whether figurative holds w; the Bloom filter
// turns most words away before the map.
func isFigurative(w string) bool {
	return (len(w) < 2 || figurativeBits.hasHash(wordHash(w))) && figurative[w] // mayHave, inlined
}

// makerHits are the hits of a maker of goods ("steelmaker", "drugmaker",
// "carmakers"): one economy word.
var makerHits = []hit{{theme: thEconomy, w: 1}}

// webHits are the hits of a web address named in a story
// ("Rushlimbaugh.com"): one technology word.
var webHits = []hit{{theme: thTech, w: 1}}

// minMaker and minWebAddress are the lengths of the shortest words
// isMaker ("xyzmaker") and isWebAddress ("xyz.com") accept: Score asks
// them about no shorter word.
const minMaker, minWebAddress = len("xyzmaker"), len("xyz.com")

// isWebAddress reports whether the lower-case word w is a web address: a
// name of three or more bytes before .com, .net or .org.
func isWebAddress(w string) bool {
	if n := len(w); n < 7 || w[n-4] != '.' {
		return false
	}
	for _, tld := range [...]string{".com", ".net", ".org"} {
		if name, ok := strings.CutSuffix(w, tld); ok {
			return len(name) >= 3 && !strings.ContainsAny(name, "@/")
		}
	}
	return false
}

// golfHits are the hits of a golf score ("six-under-par"): one sports
// cue.
var golfHits = []hit{{theme: thSports, w: cueWeight, cue: true}}

// isGolfScore reports whether the lower-case word w is a golf score
// written as one compound: a number word or numeral, then "-under-par"
// or "-over-par" ("six-under-par", "2-over-par").
func isGolfScore(w string) bool {
	n, ok := strings.CutSuffix(w, "-under-par")
	if !ok {
		if n, ok = strings.CutSuffix(w, "-over-par"); !ok {
			return false
		}
	}
	return n != "" && !strings.ContainsAny(n, "- ")
}

// sentenceStart reports whether the word at start begins a sentence:
// the text before it, spaces skipped, is empty or ends a sentence,
// a line, or a credit ("AP - Islanders scrambled").
func sentenceStart(text string, start int) bool {
	i := start - 1
	for i >= 0 && text[i] == ' ' {
		i--
	}
	if i < 0 {
		return true
	}
	switch text[i] {
	case '.', '!', '?', '\n', ':':
		return true
	case '-':
		return i < start-1 // a dash with a space after it
	}
	return false
}

// isCredit reports whether the word text[start:end] is credited as the
// story's source: in parentheses ("(washingtonpost.com)") or before a
// dash ("USATODAY.com - ").
func isCredit(text string, start, end int) bool {
	return start > 0 && text[start-1] == '(' || strings.HasPrefix(text[end:], " - ") || strings.HasPrefix(text[end:], " -- ")
}

// isMaker reports whether w names a maker of goods: a compound ending in
// "maker" or "makers" that the lexicon does not know, other than the
// makers of laws, policy, peace, plays, films and trouble.
func isMaker(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok {
		stem = w
	}
	head, ok := strings.CutSuffix(stem, "maker")
	if !ok || len(head) < 3 {
		return false
	}
	head = strings.TrimSuffix(head, "-")
	switch head {
	case "law", "policy", "peace", "play", "film", "movie", "trouble", "king", "match", "home", "rain", "decision", "pace", "merry":
		return false
	}
	return true
}

// intelNoun are the words after which "intel" is short for intelligence.
var intelNoun = map[string]bool{
	"officials": true, "official": true, "chief": true, "chiefs": true, "agency": true, "agencies": true,
	"report": true, "reports": true, "failure": true, "failures": true, "overhaul": true, "reform": true,
	"czar": true, "bill": true, "community": true, "panel": true, "committee": true, "services": true,
	"sources": true, "officers": true, "operatives": true, "gathering": true, "estimate": true,
}

// economicIGO are the international organisations whose news is
// economic news.
var economicIGO = map[string]bool{
	"org.world-bank": true, "org.imf": true, "org.wto": true, "org.ecb": true,
	"org.opec": true, "org.oecd": true, "org.iea": true, "org.apec": true,
}

// trimPossessive drops a possessive 's or ’s. It is small enough to be
// inlined: most words do not end in s, and cost a test or two.
func trimPossessive(w string) string {
	if len(w) > 2 && w[len(w)-1] == 's' {
		w = trimPossessiveS(w)
	}
	return w
}

// trimPossessiveS is trimPossessive for a word of three bytes or more
// that ends in s. It is not inlined, so that trimPossessive is.
//
//go:noinline
func trimPossessiveS(w string) string {
	if c := w[len(w)-2]; c == '\'' || c == 0x99 {
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return w
}

// A wordFilter is a Bloom filter over a set of words, two bits a word,
// asked before a map lookup: with the lexicon's 1,300 or so words in
// 16,384 bits, about 2% of the words not in the set pass it.
type wordFilter [1 << 14 / 64]uint64

// wordHash mixes a word's length and its first two and last two bytes
// (len(w) >= 2); a wordFilter reads two 14-bit positions from it.
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[1])<<16 | uint64(w[n-2])<<24 | uint64(w[n-1])<<32
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h * 0xBF58476D1CE4E5B9
}

// add puts w in the filter. Words under two bytes are not hashed:
// mayHave lets them all through.
func (f *wordFilter) add(w string) {
	if len(w) >= 2 {
		h := wordHash(w)
		f[h>>56] |= 1 << (h >> 50 & 63)
		f[h>>42&0xff] |= 1 << (h >> 36 & 63)
	}
}

// mayHave reports false when w was never added, and true for every word
// added (and a few others).
func (f *wordFilter) mayHave(w string) bool {
	if len(w) < 2 {
		return true
	}
	return f.hasHash(wordHash(w))
}

// hasHash is mayHave for a word of two bytes or more with wordHash h.
func (f *wordFilter) hasHash(h uint64) bool {
	return f[h>>56]&(1<<(h>>50&63)) != 0 && f[h>>42&0xff]&(1<<(h>>36&63)) != 0
}

// A wordTable maps the words of two bytes or more of Stage.words to
// their entries by the wordHash the Bloom filter has already computed:
// open addressing with linear probing, one slot in four full, so that a
// lookup costs a string comparison or two and no second hash.
type wordTable struct {
	slots []wordSlot
	mask  uint64
}

type wordSlot struct {
	key string
	e   *entry // nil: an empty slot
}

// newWordTable indexes the words of m of two bytes or more.
func newWordTable(m map[string]*entry) wordTable {
	n := 16
	for n < 4*len(m) {
		n <<= 1
	}
	t := wordTable{slots: make([]wordSlot, n), mask: uint64(n - 1)}
	for w, e := range m {
		if len(w) < 2 {
			continue
		}
		i := wordHash(w) & t.mask
		for t.slots[i].e != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{key: w, e: e}
	}
	return t
}

// find returns the entry of w, whose wordHash is h, or nil.
func (t *wordTable) find(w string, h uint64) *entry {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.e == nil || sl.key == w {
			return sl.e
		}
	}
}

// entry returns what the lexicon knows of the lower-case word w:
// s.words[w], or &noEntry.
func (s *Stage) entry(w string) *entry {
	if len(w) < 2 {
		if e := s.words[w]; e != nil {
			return e
		}
		return &noEntry
	}
	h := wordHash(w)
	if !s.wordBits.hasHash(h) {
		return &noEntry // no word of the lexicon has this hash
	}
	if e := s.wordTab.find(w, h); e != nil {
		return e
	}
	return &noEntry
}

// A wordMemo remembers what entry and stemHits answered for the words
// of up to eight bytes Score read last, across documents: a few thousand
// words make most of any news text, and a hit costs one number compared
// instead of two table lookups. It is direct-mapped by the word's bytes
// packed into a number (with its length: a key is exact), and holds no
// text, so that it pins no document. A slot of 16 bytes keeps the key
// with the answers, as indices into the Stage's entryList and stemList:
// a lookup reads one cache line, and the memo's 256 KiB stay in the
// second-level cache. (With 4,096 slots, a quarter of this, the sample
// corpus's words pushed each other out: one word in twelve missed and
// was looked up again.) Words of 9 to 16 bytes (one word in nine) have a
// memo of their own of 48 KiB (see longSlot); longer ones are looked up
// each time.
type wordMemo struct {
	slots [memoSize]memoSlot
	long  [longSize]longSlot // words of 9 to 16 bytes
	// seconds holds the entry.seconds of the Stage's entries by their
	// id, for loudFrom; remember sets it.
	seconds []uint32
}

// A longSlot is one word of 9 to 16 bytes of a wordMemo, known exactly
// by its first and last eight bytes (which overlap) and its length.
type longSlot struct {
	head, tail uint64 // ascii.Load64 of its first and its last eight bytes
	e          uint32 // as in memoSlot
	st         uint16
	n          uint8 // its length; 0: an empty slot
	quiet      uint8 // as in memoSlot
}

// longBits is log2 of the number of a wordMemo's longSlots.
const longBits = 11

const longSize = 1 << longBits

// longIndex returns the longSlot of a word of n bytes with the given
// head and tail.
func longIndex(head, tail uint64, n int) uint64 {
	return ((head^tail*0xBF58476D1CE4E5B9)*0x9E3779B97F4A7C15 + uint64(n)) >> (64 - longBits)
}

// longGet is memoGet for a word of 9 to 16 bytes of n bytes whose first
// and last eight bytes are head and tail.
func (s *Stage) longGet(m *wordMemo, head, tail uint64, n int) (e *entry, hs []hit, ok bool) {
	sl := &m.long[longIndex(head, tail, n)]
	if sl.head != head || sl.tail != tail || int(sl.n) != n {
		return nil, nil, false
	}
	return s.entryList[sl.e], s.stemList[sl.st], true
}

// rememberLong is remember for a word of 9 to 16 bytes whose first and
// last eight bytes are head and tail.
func (s *Stage) rememberLong(m *wordMemo, w string, head, tail uint64) (*entry, []hit) {
	m.seconds = s.seconds
	e := s.entry(w)
	var st uint16
	if e.exact == nil {
		st = s.stemID(w)
	}
	m.long[longIndex(head, tail, len(w))] = longSlot{head: head, tail: tail, e: e.id, st: st, n: uint8(len(w)), quiet: s.quietOf(e, st, w)}
	return e, s.stemList[st]
}

// A memoSlot is one word of a wordMemo.
type memoSlot struct {
	key uint64 // the word's bytes, the first lowest
	e   uint32 // its entry's id
	st  uint16 // the id of its stem when its entry has no exact hits, else 0
	n   uint8  // its length; 0: an empty slot
	// quiet is not 0 for an inert word, one that adds nothing to a
	// score: no hits of its entry or stem, no shape it may have, and
	// no phrase or region that begins with it. It is quietAnyCase when,
	// besides, no case-sensitive cue (Stage.caps) is written with the
	// word's letters in any case, else quietLower: capHits may still
	// find it when it has a capital. A word that is inert but for the
	// lexicon phrases it begins ("the" of "the masters", "prime" of
	// "prime rate") is phraseAnyCase or phraseLower: quiet when the next
	// word's first byte goes on none of them (entry.seconds).
	quiet uint8
}

// Values of memoSlot.quiet above 0 (see loudFrom).
const (
	quietLower = 1 + iota
	quietAnyCase
	phraseLower
	phraseAnyCase
)

// loudFrom returns the index of the first of words from i on that score
// must read, len(words) if none: it passes over the quiet words m knows
// (memoSlot.quiet), most words of a text, in a loop of its own that
// keeps its few values in registers. A word of up to sixteen bytes with
// no alt is keyed as score keys it; its possessive is not trimmed, but
// a word with one to trim has no key of its own in m (remember keys the
// trimmed word), so it is read. One with a capital is quiet only if no
// case-sensitive cue has its letters (quietAnyCase); one that begins
// lexicon phrases only if the next word, read as score reads it (its
// lower case, whose first byte is that of low unless it has an alt),
// goes on none of them (phraseAnyCase, phraseLower); headline words and
// "intel" are always read (quietOf never calls "intel" quiet). words
// are those of t.
func loudFrom(words []word, i int, t *wordText, m *wordMemo) int {
	text, low := t.text, t.low
	for ; i < len(words); i++ {
		wd := &words[i]
		start, n := wd.start, wd.end-wd.start
		if wd.title || wd.alt != 0 {
			return i
		}
		var quiet uint8
		var e uint32
		if uint(n) <= 8 {
			if start+8 > len(low) {
				return i
			}
			x := ascii.Load64(low[start:]) & keyMask[n]
			sl := &m.slots[(x*0x9E3779B97F4A7C15)>>(64-memoBits)]
			if sl.key != x || int(sl.n) != n {
				return i
			}
			quiet, e = sl.quiet, sl.e
		} else if n <= 16 {
			// a word of 9 to 16 bytes, keyed as score keys it
			head, tail := ascii.Load64(low[start:]), ascii.Load64(low[wd.end-8:])
			sl := &m.long[longIndex(head, tail, n)]
			if sl.head != head || sl.tail != tail || int(sl.n) != n {
				return i
			}
			quiet, e = sl.quiet, sl.e
		} else {
			return i
		}
		switch quiet {
		case quietAnyCase:
		case quietLower:
			if text[start]-'A' < 26 {
				return i // quiet in lower case only, and capitalised
			}
		case phraseAnyCase, phraseLower:
			if quiet == phraseLower && text[start]-'A' < 26 {
				return i
			}
			// the last word begins no phrase: each has two words or more
			if i+1 < len(words) {
				if next := &words[i+1]; next.alt != 0 || m.seconds[e]&fourthBit(low[next.start]) != 0 {
					return i // a phrase may go on with the next word
				}
			}
		default:
			return i // not quiet
		}
	}
	return i
}

// memoBits is log2 of the number of wordMemo slots.
const memoBits = 14

const memoSize = 1 << memoBits

// memoGet returns what m remembers of the word of n bytes whose key
// (packWord) is x; ok is false when it remembers nothing of it. For an
// inert word (see memoSlot) it answers inert alone, e and hs nil: the
// caller has nothing to do with the word.
func (s *Stage) memoGet(m *wordMemo, x uint64, n int) (e *entry, hs []hit, inert, ok bool) {
	sl := &m.slots[(x*0x9E3779B97F4A7C15)>>(64-memoBits)]
	if sl.key != x || int(sl.n) != n || n == 0 {
		return nil, nil, false, false
	}
	if sl.quiet == quietLower || sl.quiet == quietAnyCase {
		return nil, nil, true, true
	}
	return s.entryList[sl.e], s.stemList[sl.st], false, true
}

// keyMask[n] keeps the first n bytes of an ascii.Load64.
var keyMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// packWord returns the bytes of w packed into a number, the first
// lowest, for a word of one to eight bytes; 0 for any other length.
func packWord(w string) uint64 {
	n := len(w)
	if n == 0 || n > 8 {
		return 0
	}
	var x uint64
	for k := n - 1; k >= 0; k-- {
		x = x<<8 | uint64(w[k])
	}
	return x
}

// lookupMemo returns s.entry(w) and, when that entry has no exact hits
// (e.exact == nil), s.stemHits(w), else nil; m remembers the answers.
// x is packWord(w).
func (s *Stage) lookupMemo(m *wordMemo, w string, x uint64) (*entry, []hit) {
	if e, hs, inert, ok := s.memoGet(m, x, len(w)); ok {
		if inert {
			sl := &m.slots[(x*0x9E3779B97F4A7C15)>>(64-memoBits)]
			return s.entryList[sl.e], s.stemList[sl.st]
		}
		return e, hs
	}
	return s.remember(m, w, x)
}

// remember looks the word w, whose key (packWord) is x, up in the lexicon, and
// puts the answers in m when w is of one to eight bytes (see
// lookupMemo).
func (s *Stage) remember(m *wordMemo, w string, x uint64) (*entry, []hit) {
	m.seconds = s.seconds
	e := s.entry(w)
	var st uint16
	if e.exact == nil {
		st = s.stemID(w)
	}
	if n := len(w); n >= 1 && n <= 8 {
		m.slots[(x*0x9E3779B97F4A7C15)>>(64-memoBits)] = memoSlot{key: x, e: e.id, st: st, n: uint8(n), quiet: s.quietOf(e, st, w)}
	}
	return e, s.stemList[st]
}

// quietOf returns the memoSlot.quiet of the word w, whose entry is e
// and the id of whose stem is st. "intel" is never quiet: score reads
// it whatever the lexicon holds ("intel chief": intelligence).
func (s *Stage) quietOf(e *entry, st uint16, w string) uint8 {
	if w == "intel" || len(e.exact) > 0 || len(s.stemList[st]) > 0 || len(e.areas) > 0 || mayHaveShape(w) {
		return 0
	}
	capital := s.capsLowerBits.mayHave(w) && s.capsLower[w]
	switch {
	case len(e.multi) > 0 && capital:
		return phraseLower
	case len(e.multi) > 0:
		return phraseAnyCase
	case capital:
		return quietLower
	}
	return quietAnyCase
}

// mayHaveShape reports whether shapeHits may find a shape in the
// lower-case word w, in some text: whether w is a "-maker" compound, a
// web address (which shapeHits turns away when the text credits it) or
// a golf score.
func mayHaveShape(w string) bool {
	return len(w) >= minShape && mayBeShape(w) &&
		(len(w) >= minMaker && isMaker(w) || len(w) >= minWebAddress && isWebAddress(w) ||
			len(w) > len("-over-par") && w[len(w)-1] == 'r' && isGolfScore(w))
}

// noEntry stands for a word the lexicon does not know.
var noEntry entry

// lookup returns the hits of the lower-case word w: its exact entry,
// else its longest matching stem.
func (s *Stage) lookup(w string) []hit {
	if hs, ok := s.exact[w]; ok {
		return hs
	}
	return s.stemHits(w)
}

// stemHits returns the hits of the longest stem that prefixes the
// lower-case word w, nil when none does.
func (s *Stage) stemHits(w string) []hit {
	return s.stemList[s.stemID(w)]
}

// stemID returns the id of the longest stem that prefixes the
// lower-case word w, 0 when none does.
func (s *Stage) stemID(w string) uint16 {
	if len(w) >= 3 {
		if i, ok := trigram(w); ok {
			// most words begin with no stem's letters: one bit says so
			if s.has3[i>>6]&(1<<(i&63)) != 0 {
				b := &s.stem3[i]
				if len(w) > 3 && b.next4&fourthBit(w[3]) != 0 {
					if st, ok := matchStem(w, b.stems); ok {
						return st.id
					}
				} else if n := len(b.stems); n > 0 && len(b.stems[n-1].prefix) == 3 {
					return b.stems[n-1].id // the trigram alone, which w begins with
				}
			}
		} else if st, ok := matchStem(w, s.stems[w[:3]]); ok {
			return st.id
		}
	}
	if len(s.short) == 0 {
		return 0
	}
	if len(w) == 0 {
		if st, ok := matchStem(w, s.short); ok {
			return st.id
		}
		return 0
	}
	// a short stem that prefixes w begins with w's first byte
	if st, ok := matchStem(w, s.shortBy[w[0]]); ok {
		return st.id
	}
	return 0
}

// matchStem returns the first (longest) stem that prefixes w.
func matchStem(w string, stems []stem) (stem, bool) {
	for _, st := range stems {
		if strings.HasPrefix(w, st.prefix) {
			return st, true
		}
	}
	return stem{}, false
}

// matchWord reports whether the lower-case word got matches the lexicon
// word want (a trailing * matches any ending).
func matchWord(got, want string) bool {
	if n := len(want); n > 0 && want[n-1] == '*' {
		return strings.HasPrefix(got, want[:n-1])
	}
	return got == want
}

// minScore is the lowest score a label needs to be reported.
const minScore = 0.3

// Process fills d.Topics: regions, themes and their IPTC topics, each with
// a score in [0,1], best first within each kind.
func (s *Stage) Process(d *doc.Doc) error {
	sc := scoresPool.Get().(*Scores)
	defer func() {
		sc.reset()
		scoresPool.Put(sc)
	}()
	s.score(d, sc)
	// the three kinds are gathered on the stack and copied once into
	// d.Topics, allocated at its size
	var regionBuf, themeBuf, iptcBuf [16]doc.Topic
	// Regions: each region's share of the country signals, with its
	// parent ("world/africa" for "world/africa/eastern") summed.
	// The regions and their parents are gathered in slices on the stack
	// with one pass over the map: an article has a few (sortTopics
	// orders them by score and label, whatever order they come in).
	total := 0.0
	var directBuf, parentBuf [16]regionSum
	direct, parents := directBuf[:0], parentBuf[:0]
	for r, w := range sc.Regions {
		total += w
		direct = append(direct, regionSum{r, w})
		if i := strings.LastIndexByte(r, '/'); i > len("world") {
			parents = addRegion(parents, r[:i], w)
		}
	}
	regions := regionBuf[:0]
	if total > 0 {
		for _, d := range direct {
			// a region named directly ("Africa") also has its
			// sub-regions' signals ("Kenya")
			if share := (d.w + regionWeight(parents, d.label)) / total; share >= minScore {
				regions = append(regions, doc.Topic{Label: d.label, Score: round(share), Kind: "region"})
			}
		}
		for _, p := range parents {
			if _, direct := sc.Regions[p.label]; direct {
				continue
			}
			if share := p.w / total; share >= minScore {
				regions = append(regions, doc.Topic{Label: p.label, Score: round(share), Kind: "region"})
			}
		}
	}
	sortTopics(regions)
	// Themes: hits per 100 words, squashed to [0,1], so that a short
	// story with three conflict words scores like a long one with ten.
	ths, iptc := themeBuf[:0], iptcBuf[:0]
	per := math.Max(float64(sc.Words), 40) / 100
	top := -1.0 // the largest theme score, found when a lone cue needs it
	for i, th := range themes {
		if sc.Themes[i] < 2 {
			continue // (before the score: most themes have no hits)
		}
		x := sc.Themes[i] / per
		score := 1 - math.Exp(-x/2)
		if score < minScore {
			continue
		}
		if sc.Themes[i] <= cueWeight {
			if top < 0 {
				top = topTheme(sc)
			}
			if loneCue(sc, i, top) {
				continue // "…, who flew in from the Beijing Olympics, …": a passing cue
			}
		}
		if i == thSports && nicknameAlone(sc) {
			continue // "The Tigers had fought since 1983": a nickname alone
		}
		if i == thSports && electionResults(sc) {
			continue // "Labor defeated the coalition … won a string of seats": an election's result, no sport
		}
		if i == thSports && battleResults(sc) {
			continue // "This is not a victory, but there is no defeat", said of a lost war: no sport
		}
		ths = append(ths, doc.Topic{Label: th.label, Score: round(score), Kind: "theme"})
		iptc = append(iptc, doc.Topic{Label: th.iptcName, Score: round(score), Kind: "iptc", Code: th.iptc})
	}
	sortTopics(ths)
	sortTopics(iptc)
	var out []doc.Topic // nil when there is no topic
	if n := len(regions) + len(ths) + len(iptc); n > 0 {
		out = make([]doc.Topic, 0, n)
		out = append(append(append(out, regions...), ths...), iptc...)
	}
	d.Topics = out
	d.Fill(doc.LayerTopics)
	return nil
}

// A regionSum is a region label with the weight of its signals.
type regionSum struct {
	label string
	w     float64
}

// addRegion adds w to label's sum in rs, appending it when new.
func addRegion(rs []regionSum, label string, w float64) []regionSum {
	for i := range rs {
		if rs[i].label == label {
			rs[i].w += w
			return rs
		}
	}
	return append(rs, regionSum{label, w})
}

// regionWeight returns label's sum in rs, 0 when it has none.
func regionWeight(rs []regionSum, label string) float64 {
	for i := range rs {
		if rs[i].label == label {
			return rs[i].w
		}
	}
	return 0
}

func sortTopics(ts []doc.Topic) {
	// (the algorithm of sort.SliceStable, without reflection: only < 0
	// is read)
	slices.SortStableFunc(ts, func(a, b doc.Topic) int {
		if topicBefore(&a, &b) {
			return -1
		}
		return 1
	})
}

// topicBefore orders topics: the higher score, then the longer (more
// specific) label, then the label.
func topicBefore(a, b *doc.Topic) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if len(a.Label) != len(b.Label) {
		return len(a.Label) > len(b.Label) // the more specific region first
	}
	return a.Label < b.Label
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// countResults counts match results written "6-2", "3-1" or "2–0": two
// small numbers joined by a hyphen or dash, not part of a date or a range
// of years.
func countResults(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '-') // the next dash
		if k < 0 {
			break
		}
		i += k
		a, b := i, i+1
		for a > 0 && text[a-1] >= '0' && text[a-1] <= '9' {
			a--
		}
		for b < len(text) && text[b] >= '0' && text[b] <= '9' {
			b++
		}
		la, lb := i-a, b-i-1
		if la < 1 || la > 2 || lb < 1 || lb > 2 {
			continue
		}
		if a > 0 && (isAlnum(text[a-1]) || text[a-1] == '-' || text[a-1] == '/') {
			continue
		}
		if b < len(text) && (isAlnum(text[b]) || text[b] == '-' || text[b] == '/') {
			continue
		}
		n++
	}
	return n
}

// maxRanks is the most ranked teams countRanks' count adds to the
// sports evidence.
const maxRanks = 2

// countRanks counts the ranked teams and players of sports copy: "No."
// and a rank of one or two digits before a capitalised name ("No. 6
// Wake Forest", "world No. 1 Roger Federer"). A rank before the name of
// the home country ("No. 2 U.S. retailer") is a company's, and "No. 10
// Downing Street" an address.
func countRanks(text string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(text[i:], "No. ")
		if k < 0 {
			return n
		}
		i += k + len("No. ")
		if i-len("No. ") > 0 && isAlnum(text[i-len("No. ")-1]) {
			continue
		}
		j := i
		for j < len(text) && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 || j+2 > len(text) || text[j] != ' ' {
			continue
		}
		name := text[j+1:]
		if c := name[0]; c < 'A' || c > 'Z' {
			continue
		}
		if strings.HasPrefix(name, "U.S") || strings.HasPrefix(name, "US ") || strings.HasPrefix(name, "Downing") {
			continue
		}
		n++
	}
}

// alnumByte is isAlnum as a table, for the loops that ask it of every
// byte of a text.
var alnumByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isAlnum(byte(c))
	}
	return t
}()

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || (c|0x20) >= 'a' && (c|0x20) <= 'z'
}

// politicalLeague reports whether d names a league that is a political
// body, not a sports league: a League "for" or "of" something ("the
// National League for Democracy", "the League of Nations") or a KB
// organisation of a political sector whose name has "League" (the Arab
// League). In such an article "league" is no evidence of sport.
func (s *Stage) politicalLeague(d *doc.Doc) bool {
	at := strings.Index(d.Text, "League")
	if at < 0 {
		return false
	}
	for {
		rest := d.Text[at+len("League"):]
		if strings.HasPrefix(rest, " for ") || strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " party") {
			return true
		}
		if partyLeagueBefore(d.Text[:at]) {
			return true // "Matteo Salvini's right-wing League"
		}
		k := strings.Index(rest, "League")
		if k < 0 {
			break
		}
		at += len("League") + k
	}
	if s.k == nil || !d.Has(doc.LayerMentions) {
		return false
	}
	for mix := range d.Mentions {
		m := &d.Mentions[mix]
		if m.KBID == "" || !strings.Contains(m.Text, "League") {
			continue
		}
		if a, ok := s.k.Actor(m.KBID); ok && (a.Sector == "IGO" || a.Sector == "GOV" || a.Sector == "PTY" || a.Sector == "OPP") {
			return true
		}
	}
	return false
}

// partyLeagueBefore reports whether text, which ends right before a
// "League", ends in a word of political leaning ("the right-wing League",
// "the far-right League"): a party, no sports league.
func partyLeagueBefore(text string) bool {
	text = strings.TrimRight(text, " ")
	i := strings.LastIndexByte(text, ' ')
	w := strings.ToLower(text[i+1:])
	switch w {
	case "right-wing", "left-wing", "far-right", "far-left", "populist", "nationalist", "anti-immigrant", "anti-immigration", "separatist", "eurosceptic":
		return true
	}
	return false
}

// titleBeforeName reports whether the n words from words[i] are a
// capitalised title right before a capitalised name ("Chief Executive
// Carrie Lam"), not "Chief Executive Officer" or "the chief executive
// of Acme".
func titleBeforeName(wt *wordText, words []word, i, n int) bool {
	if i+n >= len(words) || !capWord(wt, &words[i]) || !capWord(wt, &words[i+n-1]) || !capWord(wt, &words[i+n]) {
		return false
	}
	if words[i+n].start-words[i+n-1].end != 1 || wt.text[words[i+n-1].end] != ' ' {
		return false
	}
	switch wt.lower(&words[i+n]) {
	case "officer", "officers", "of":
		return false
	}
	return true
}

// capWord reports whether wd begins with an ASCII capital.
func capWord(wt *wordText, wd *word) bool {
	c := wt.text[wd.start]
	return 'A' <= c && c <= 'Z'
}

// setAsideTheme returns the working slot of Scores.Themes that the
// lexicon word w (a trailing * marks a stem) of theme ti counts into
// (see New): thCasualty for a casualty word of disaster, thPosture for
// a word of armed forces in armed conflict, thToll for a casualty word
// of armed conflict (see casualtyWord, postureWord); else ti. score folds the slots into their themes.
func setAsideTheme(ti int, w string) int {
	w = strings.TrimSuffix(w, "*")
	switch {
	case ti == thDisaster && casualtyWord(w):
		return thCasualty
	case ti == thConflict && (postureWord(w) || w == "soldier" || w == "militar" || forcesPresent(w)):
		return thPosture
	case ti == thConflict && casualtyWord(w):
		return thToll
	}
	return ti
}

// casualtyWord reports a word of the disaster lexicon that only counts
// people dead, hurt or lost ("killed", "died", "dead", "injured",
// "wounded", "victims", "casualties"): every shooting, stabbing and
// battle report has them, so they count for disaster only beside a word
// of a hazard or accident (see score).
func casualtyWord(w string) bool {
	switch w {
	case "dead", "killed", "died", "injured", "injuring", "injures", "wounded", "victims":
		return true
	}
	return strings.HasPrefix(w, "casualt") // ("casualt*")
}

// postureWord reports a word of the armed-conflict lexicon that names
// armed forces, not fighting ("troops", "soldiers", "army",
// "military"). In a story of a domestic emergency (see
// domesticEmergency) they count for armed conflict only beside another
// word or event of it, or of terrorism (see score): troops sent to
// parliament under martial law fight no war. Elsewhere they count.
func postureWord(w string) bool {
	switch w {
	case "troops", "soldier", "soldiers", "army", "armies", "military", "militarily", "navy", "naval", "marines":
		return true
	}
	return false
}

// blastStory reports whether the lower-case text low tells of an
// explosion or a blast, which may as well be a bombing as an accident.
func blastStory(low string) bool {
	return strings.Contains(low, "explosion") || strings.Contains(low, "blast")
}

// domesticEmergency reports whether the lower-case text low tells of a
// declared emergency at home: martial law, a state of emergency or
// siege, or a coup.
func domesticEmergency(low string) bool {
	return strings.Contains(low, "martial law") || strings.Contains(low, "state of emergency") ||
		strings.Contains(low, "state of siege") || strings.Contains(low, " coup")
}
