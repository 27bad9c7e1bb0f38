// Package event is sitrep's event coder: a pipeline stage that finds
// who-did-what-to-whom in each sentence and codes it in CAMEO and PLOVER
// (see package cameo), with modality flags, a date, a place and a
// confidence.
//
// The coder is pattern based. A dictionary (sitrep's own format, or the
// PETRARCH/TABARI verb, actor and agent dictionaries) lists trigger
// patterns; source and target come from the actor mentions around the
// trigger with light syntax: the subject to the left, the object to the
// right, "by X" in the passive, possessives for nominal events, and
// "X and Y" for compound and reciprocal actors. docs/events.md describes
// the rules and the dictionary format.
package event

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// A Coder is the events stage. It is safe for concurrent use.
type Coder struct {
	kb   *kb.KB
	dict *Dict
	// roles holds KB.RolesOf of every person who holds or held an
	// office, fetched once in New (RolesOf copies and sorts).
	roles map[string][]kb.Role
	// RequireTarget drops events with no target (PETRARCH codes dyadic
	// events only). The default keeps them ("protesters rallied").
	RequireTarget bool
	// NoIntent turns off intent coding: by default an act governed by
	// "will", "plans to", "agreed to", "is ready to" … is coded as the
	// intention (CAMEO 03 for cooperation, 13 threats for conflict), as
	// the CAMEO and PLOVER codebooks do. PETRARCH's dictionaries code the
	// pattern's own code instead.
	NoIntent bool
	// NoGenericAgents turns off actors made of a bare agent noun with no
	// country ("protesters", "police", "rebels"); PETRARCH suites code
	// only actors with a country or group code.
	NoGenericAgents bool
	// KeepSourceless keeps events whose trigger has no source in its
	// clause ("…, and cut ties with Tehran"), coded with an empty source
	// and a low confidence. By default only passives ("was attacked")
	// and nominal attacks ("strikes on Gaza") may lack a source; the
	// PLOVER category scorer, which scores the event type alone, turns
	// this on.
	KeepSourceless bool
	// KeepPrivate keeps events between two parties of which neither has
	// an actor code ("Ruiz stabbed Welch", "Amex is suing Visa"). By
	// default they are dropped: CAMEO codes political actors, and such
	// a triple can never match a coded one. KeepSourceless (category
	// scoring, where actors are not compared) keeps them too.
	KeepPrivate bool
	// UnknownCountry is the country part of the actor code of a generic
	// agent with no country: "" by default ("REB"), "---" for PETRARCH
	// style codes ("---REB").
	UnknownCountry string
	// pet is petrarch(), read once in New: the rules ask it some sixty
	// times per event
	pet bool
}

// New returns an events stage coding with dict (DefaultDict when nil) and
// resolving people and organisations through k (which may be nil). k is
// read-only from here on: the offices people hold are indexed here.
func New(k *kb.KB, dict *Dict) *Coder {
	if dict == nil {
		dict = DefaultDict()
	}
	c := &Coder{kb: k, dict: dict, pet: dict.Actors != nil}
	if k != nil {
		c.roles = map[string][]kb.Role{}
		for _, r := range k.Roles() {
			if _, ok := c.roles[r.Person]; !ok {
				c.roles[r.Person] = k.RolesOf(r.Person)
			}
		}
	}
	return c
}

// Name implements pipeline.Stage.
func (c *Coder) Name() string { return "events" }

// Requires implements pipeline.Stage. Times, places and quotes are used
// when present.
func (c *Coder) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerSentences, doc.LayerMentions}
}

// Provides implements pipeline.Stage.
func (c *Coder) Provides() []doc.Layer { return []doc.Layer{doc.LayerEvents} }

// Process codes every sentence of d and fills doc.LayerEvents.
func (c *Coder) Process(d *doc.Doc) error {
	if err := d.Need(doc.LayerSentences); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	var day kb.Date
	date := ""
	if d.HasDate() {
		day = kb.DateOf(d.Date)
		date = dayString(day)
	}
	s := scratchPool.Get().(*scratch) // holds only the buffers of an earlier document
	s.lastPersonSent, s.low = -10, segment.LowerASCII(d.Text)
	if s.kbOwner != c {
		// the memo holds another Coder's resolutions (another KB)
		clear(s.kbMemo)
		s.kbOwner = c
	}
	defer func() {
		// emptied so that the pool keeps no document's text alive
		clear(s.toks[:cap(s.toks)])
		clear(s.acts[:cap(s.acts)])
		clear(s.ms[:cap(s.ms)])
		*s = scratch{toks: s.toks[:0], acts: s.acts[:0], quoteEnd: s.quoteEnd[:0], actorAt: s.actorAt[:0], ms: s.ms[:0], cands: s.cands[:0], agents: s.agents[:0],
			kbMemo: s.kbMemo, kbOwner: s.kbOwner, compounds: s.compounds[:0], quoteSpans: s.quoteSpans[:0]}
		scratchPool.Put(s)
	}()
	s.sorted = startsSorted(d.Mentions, func(m *doc.Mention) int { return m.Span.Start })
	s.compounds = actorCompounds(d, s.compounds[:0])
	s.timesSorted = startsSorted(d.Times, func(t *doc.Time) int { return t.Span.Start })
	s.quoteEnd = quoteEnds(d.Quotes, s.quoteEnd[:0])
	s.describedSpeakers = describedSpeakers(d.Quotes)
	d.Events = d.Events[:0]
	s.issuer, s.issuerOK = c.issuer(d.Title)
	for si, sent := range d.Sentences {
		if sent.Start < 0 || sent.End > len(d.Text) || sent.Start >= sent.End {
			continue
		}
		c.codeSentence(d, si, sent, day, date, s)
	}
	if !c.petrarch() {
		privateTargets(d.Events, d.Text, d.Sentences, d.Mentions, d.Places) // "Police in Lahore arrested a man": the state acts on its civilians
		d.Events = inferredTargets(d.Events, 0)                             // "He was arrested": the police alone are no event
	}
	if !c.petrarch() && !c.KeepPrivate && !c.KeepSourceless {
		d.Events = privateParties(d.Events)                            // "Ruiz stabbed Welch": no political actor on either side
		d.Events = sportsParties(d.Events, d.Text, s.low, d.Sentences) // "skipper Graeme Smith said": sport, no actor code
	}
	d.Fill(doc.LayerEvents)
	return nil
}

// dayString returns day.String() for a date of day precision, without
// fmt for a four-digit year (every document formats its date).
func dayString(day kb.Date) string {
	y, m, d := day.Year, day.Month, day.Day
	if y < 1 || y > 9999 || m < 1 || m > 99 || d < 1 || d > 99 {
		return day.String()
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// startsSorted reports whether the start offsets of xs never decrease
// (sort.SliceIsSorted by start, without its reflection and closure
// calls).
func startsSorted[T any](xs []T, start func(*T) int) bool {
	for i := 1; i < len(xs); i++ {
		if start(&xs[i]) < start(&xs[i-1]) {
			return false
		}
	}
	return true
}

// parseDay is kb.ParseDate for the "YYYY-MM-DD" dates eventDate
// returns, read without splitting and converting strings; any other
// string, and any impossible day, is left to kb.ParseDate.
func parseDay(v string) (kb.Date, error) {
	if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' {
		return kb.ParseDate(v)
	}
	var n [8]int
	for i, k := range [8]int{0, 1, 2, 3, 5, 6, 8, 9} {
		c := v[k]
		if c < '0' || c > '9' {
			return kb.ParseDate(v)
		}
		n[i] = int(c - '0')
	}
	y, m, d := n[0]*1000+n[1]*100+n[2]*10+n[3], n[4]*10+n[5], n[6]*10+n[7]
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days[2] = 29
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > days[m] {
		return kb.ParseDate(v) // its error
	}
	return kb.Date{Year: y, Month: m, Day: d}, nil
}

// scratchPool holds the buffers of a scratch between documents.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratch holds per-document buffers reused across sentences.
type scratch struct {
	sorted bool // d.Mentions are in text order
	// quoteEnd[k] is the latest end of d.Quotes[:k+1] when the quotes
	// are in text order (quoteSpans reads only those that can reach the
	// sentence), else nil
	quoteEnd []int
	low      string // segment.LowerASCII(d.Text)
	// the person who last opened a sentence as its subject, and in
	// which sentence: a sentence that opens with "He"/"She" means them
	lastPerson actor
	// describedSpeakers: a quote's speaker is a description the quotes
	// stage resolved to a name ("the mayor said")
	describedSpeakers bool
	titleCands        [2]actor // s.recent before this sentence, for titleObjectReferent
	titleN            int
	lastPersonSent    int
	havePerson        bool
	// the last two distinct persons named (oldest first), and the
	// sentence of the latest: what an object "him"/"her" may mean
	recent     [2]actor
	recentN    int
	recentSent int
	toks       []tok
	acts       []actor
	cands      []candidate
	agents     []int32 // the tokens that may open an agent phrase (triggerCandidates')
	words      wordSet // the words of the sentence being coded (codeSentence)
	// the last event date namedActors parsed
	dateText string
	dateDay  kb.Date
	dateErr  error
	// pending lists the sentences skipped since the last one that set
	// lastPerson (no pattern could match them); replayPending does their
	// bookkeeping, in replayToks and replayActs, when a pronoun needs it
	pending    []int
	replayToks []tok
	replayActs []actor
	actorAt    []int
	ms         []match
	kbMemo     []kbResolved // resolveKBMemo's, for the documents kbOwner coded
	kbOwner    *Coder
	bodies     bodies // the state bodies named so far, for "the military said"
	// the two actors of the last two-item list ("Ethiopia and Eritrea"),
	// and its sentence: what "the two countries" may mean (notePair)
	pair     [2]actor
	pairSent int
	havePair bool
	group    stateGroup // the last list of three to six states ("the four countries")
	// main: the states of the article's first event between two states,
	// what "both countries" means when no list named a pair (noteMainPair)
	main     [2]actor
	haveMain bool
	both     stateGroup // the pair an object "both countries" stood for in a sentence (pairObject)
	// bloc: the international body named last, what "the bloc" means
	// (blocReferent; haveBloc when there is one)
	bloc     actor
	haveBloc bool
	// issuer: the body a statement's title names as its author, which a
	// sentence-opening "We" stands for (issuerOK when there is one)
	issuer   actor
	issuerOK bool
	// timesSorted: d.Times are in text order, so sentenceTimes can cut
	// out a sentence's times instead of every event scanning them all
	timesSorted bool
	// compounds: the document's hyphenated pairs of mentions
	// (actorCompounds), which splitActorCompounds splits
	compounds []compound
	// quoteSpans: the buffer of the sentence's quoteSpans
	quoteSpans [][2]int
	// tokNext and mentionNext: the d.Tokens and d.Mentions after the
	// last sentence read (sentenceTokens, mentionActors), from where
	// the next sentence's are looked for
	tokNext, mentionNext int
}

// sentenceTimes returns the part of d.Times that may lie inside sent,
// in their order: when the times are in text order, those starting in
// sent (a sentence's events would otherwise scan every time of a long
// document); else all of them (eventDate tests each).
func (s *scratch) sentenceTimes(d *doc.Doc, sent doc.Span) []doc.Time {
	if !s.timesSorted {
		return d.Times
	}
	lo := sort.Search(len(d.Times), func(i int) bool { return d.Times[i].Span.Start >= sent.Start })
	hi := lo
	for hi < len(d.Times) && d.Times[hi].Span.Start <= sent.End {
		hi++
	}
	return d.Times[lo:hi]
}

// A match is one pattern matched in a sentence.
type match struct {
	p          *Pattern
	start, end int // token range
	head       int // trigger token
	headEnd    int
	anchorEnd  int   // end of the anchor element (usually the verb)
	exact      bool  // the anchor token is a form the dictionary writes out
	src, tgt   []int // actors bound by slots
	score      int
	// words: the sentence's words (triggerCandidates'), nil when not
	// known; emit's scans of the whole sentence for a word skip a
	// sentence that lacks it
	words *wordSet
}

// sentenceTokens returns the coder tokens of sent, appended to out[:0]:
// the tokens layer's, else tokenize's.
func sentenceTokens(d *doc.Doc, sent doc.Span, low string, out []tok, next *int) []tok {
	out = out[:0]
	if d.Has(doc.LayerTokens) && len(d.Tokens) > 0 {
		text := d.Text
		first := 0 // where the sentence before stopped (next, when not nil): this one's tokens start there or soon after
		if next != nil {
			first = *next
		}
		if next == nil || first > len(d.Tokens) || first > 0 && d.Tokens[first-1].Span.Start >= sent.Start {
			first = sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sent.Start })
		} else {
			for first < len(d.Tokens) && d.Tokens[first].Span.Start < sent.Start {
				first++
			}
		}
		dt := d.Tokens[first:]
		for i := 0; ; {
			var past bool
			if i, out, past = plainTokens(dt, i, text, low, sent.End, out); past {
				if next != nil {
					*next = first + i
				}
				break
			}
			if len(out) == cap(out) {
				out = slices.Grow(out, 1) // then token i again
				continue
			}
			out = appendWord(out, text, low, dt[i].Span.Start, dt[i].Span.End)
			i++
		}
		if len(out) > 0 {
			return out
		}
	}
	return tokenize(d.Text, low, sent.Start, sent.End, out)
}

// plainTokens appends to out the coder tokens of dt from i on, up to
// the first that ends past end (past: true, as when dt runs out) or
// the first it cannot append: a word that appendWord must split or
// class (a clitic, a byte beyond ASCII), or any token once out is full
// (its capacity is not grown here). It returns that token's index.
// Most tokens are punctuation or words of ASCII letters and digits: the
// loop has no call, so that its values stay in registers (in
// sentenceTokens, around appendWord and the growth of out, they were
// stored and loaded on every token).
func plainTokens(dt []doc.Token, i int, text, low string, end int, out []tok) (int, []tok, bool) {
	// (text and low cut at end, so that a token's bounds need no check
	// against them past its test against end; out written by index up
	// to its capacity, its length set once on return)
	text, low = text[:end], low[:end]
	n, buf := len(out), out[:cap(out)]
	for ; i < len(dt); i++ {
		t := &dt[i]
		st, en := t.Span.Start, t.Span.End
		if en > end {
			return i, buf[:n], true
		}
		if n >= len(buf) {
			return i, buf[:n], false
		}
		// (The new token is set field by field, every field: the buffer
		// is reused, and a tok literal is built on the stack and copied,
		// twice the stores.)
		o := &buf[n]
		if t.Kind == doc.TokPunct || t.Kind == doc.TokSymbol {
			o.start, o.end, o.low = st, en, text[st:en]
			o.punct, o.upper, o.capsAll = t.Kind == doc.TokPunct, false, false
			o.cls, o.h = 0, 0
			n++
			continue
		}
		if t.Alnum && en > st && text[st]-'a' < 26 { // (a byte: one unsigned test)
			// A word of ASCII letters and digits opening in lower
			// case (most words): not upper, not all capitals, no
			// clitic, and its lower case is its slice of low (the
			// same bytes when it has no capital inside), so its
			// bytes need no classing.
			lw := low[st:en]
			o.start, o.end, o.low = st, en, lw
			o.punct, o.upper, o.capsAll = false, false, false
			o.cls, o.h = 0, filterHash(lw)|hashSet
			n++
			continue
		}
		w := text[st:en]
		var seen byte
		if n := en - st; uint(n-1) < 8 && st+8 <= len(text) {
			seen = wordCase8(load8(text, st), n)
		} else {
			seen = wordCase(w)
		}
		if seen&nonASCII != 0 || len(w) == 0 || asciiClitic(w) {
			return i, buf[:n], false // appendWord's
		}
		// appendWord's common case, inline
		lw := w
		if seen&caseUp != 0 {
			lw = low[st:en]
		}
		o.start, o.end, o.low = st, en, lw
		o.punct, o.upper, o.capsAll = false, 'A' <= w[0] && w[0] <= 'Z', seen == caseUp
		o.cls, o.h = 0, filterHash(lw)|hashSet
		n++
	}
	return i, buf[:n], true
}

// wordCase returns the byteCase classes of w's bytes, or'd together;
// four bytes a step, the loop being most of sentenceTokens' work.
func wordCase(w string) byte {
	var a, b byte
	for len(w) >= 4 {
		a |= byteCase[w[0]] | byteCase[w[1]]
		b |= byteCase[w[2]] | byteCase[w[3]]
		w = w[4:]
	}
	for k := 0; k < len(w); k++ {
		a |= byteCase[w[k]]
	}
	return a | b
}

// wordCase8 is wordCase(text[i:i+n]) for a word of 1 to 8 bytes with 8
// bytes of text from i, x being those bytes (load8(text, i)): the bytes
// classed together, with the bytes after the word masked off, most words
// of news being short. It answers nonASCII alone for a word with a
// non-ASCII byte: the caller's slow path decides the rest.
func wordCase8(x uint64, n int) byte {
	x &= ^uint64(0) >> (64 - 8*uint(n))
	const ones, high = 0x0101010101010101, 0x8080808080808080
	if x&high != 0 {
		return nonASCII
	}
	// Every byte is below 0x80, so adding at most 0x3F to each carries
	// into no other: a byte's high bit then says it is at least the
	// bound. Masked bytes are 0, no letter. The upper-case bits shifted
	// down to bit 0 (caseUp), the lower-case ones to bit 1 (caseLow).
	upper := (x + 0x3F*ones) &^ (x + 0x25*ones) & high // 'A' (0x41) to 'Z' (0x5A)
	lower := (x + 0x1F*ones) &^ (x + 0x05*ones) & high // 'a' (0x61) to 'z' (0x7A)
	return b2u8(upper != 0)*caseUp | b2u8(lower != 0)*caseLow
}

// b2u8 is 1 for true, 0 for false.
func b2u8(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// load8 returns the 8 bytes of s from i as a little-endian number (one
// load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (c *Coder) codeSentence(d *doc.Doc, si int, sent doc.Span, day kb.Date, date string, s *scratch) {
	toks, ok := c.codedTokens(d, sent, s, s.toks)
	s.toks = toks
	if !ok {
		return
	}
	words := &s.words // the sentence's words, for Pattern.mayMatch
	*words = wordSet{}
	s.agents = s.agents[:0]
	cands, may := c.triggerCandidates(toks, words, s.cands[:0], &s.agents)
	s.cands = cands
	if !may {
		// no pattern can match: no event, and the actors are needed only
		// if a later "He"/"She" looks back here
		s.pending = append(s.pending, si)
		return
	}
	if len(s.pending) > 0 && (opensWithPronoun(toks) || objectPronounIn(toks, words) > 0) {
		// (with nothing pending the replay has nothing to do)
		c.replayPending(d, day, s)
	}
	acts := c.namedActors(d, sent, toks, words, day, s, s.acts[:0])
	acts = currencyActors(toks, acts)      // "2.5 million Australian dollars": money, no actor
	capsFunctionActors(d.Text, toks, acts) // "the WHO said": no relative "who"
	if !c.petrarch() {
		regionOfState(toks, acts) // "in Nigeria's Niger state": a region of Nigeria, no Niger
	}
	if len(d.Places) > 0 && !c.petrarch() {
		acts = placedPersons(d, toks, acts) // "ambushed a convoy near Mao": a town
	}
	if s.recentN > 0 && si-s.recentSent <= 2 && titleAnaphorWords.meets(words) {
		// "Netanyahu thanked the king": the persons named before
		s.titleCands, s.titleN = s.recent, s.recentN
	} else {
		s.titleN = 0
	}
	prevPerson, prevOK := s.lastPerson, s.havePerson && si-s.lastPersonSent <= 2
	acts = s.resolvePronoun(si, toks, words, acts) // before generic agents: "He said his government …"
	if prevOK && !c.petrarch() && len(toks) > 0 && (toks[0].low == "the" || phraseOpeners.Has(toks[0].low)) {
		// "The minister accused Washington …": the official of the
		// sentences before
		var ok bool
		if acts, ok = c.titleSubjectReferent(toks, acts, &prevPerson, day); ok {
			s.lastPerson, s.lastPersonSent = prevPerson, si
		}
	}
	if len(d.Quotes) > 0 && !c.petrarch() {
		acts = c.quotePronounActor(d, sent, toks, words, acts, day, s.describedSpeakers) // '"…," she said': the quote's speaker
	}
	if !c.petrarch() {
		acts = coordObjectReferent(toks, acts, words) // "congratulated Arevalo and invited him"
	}
	if s.titleN > 0 {
		acts = c.titleObjectReferent(s, toks, acts, day) // "Netanyahu thanked the king"
	}
	if !c.petrarch() && groupAnaphorWords.meets(words) {
		acts = groupObjectReferent(toks, acts) // "blamed the group for a car bombing"
	}
	if !c.petrarch() && blocAnaphorWords.meets(words) {
		var prev *actor
		if s.haveBloc {
			prev = &s.bloc
		}
		acts = blocReferent(toks, acts, prev) // "The regional bloc also threatened …": ECOWAS
	}
	if si > 0 && regionNounWords.meets(words) {
		acts = regionReferent(d, sent, toks, acts) // "suspended aid to the Indian Ocean island"
	}
	if !c.petrarch() && ownCountryWords.meets(words) {
		acts = c.ownCountryReferent(toks, acts) // "Erdogan, whose country broke off relations …"
	}
	if s.havePair {
		acts = s.pairSubject(si, toks, acts) // "The two countries agreed …"
		acts = s.pairForces(si, toks, acts)  // "Troops from the two countries fought …"
	}
	if s.group.n > 0 {
		acts = s.group.subject(si, toks, acts) // "The four countries accused …"
	}
	if (s.havePair || s.haveMain) && !c.petrarch() && pairObjectWords.meets(words) {
		acts = s.pairObject(si, toks, acts) // "China urged both countries …"
	}
	if s.issuerOK && len(toks) > 0 && toks[0].low == "we" && (len(acts) == 0 || acts[0].t0 > 0) {
		// "We condemn …" in a statement by a named body: the body
		a := s.issuer
		a.t0, a.t1 = 0, 1
		acts = append(acts, actor{})
		copy(acts[1:], acts)
		acts[0] = a
	}
	if s.lastPersonSent == si {
		s.pending = s.pending[:0] // this sentence decides what a later pronoun means
	}
	if !c.NoGenericAgents {
		acts = c.genericAgents(d, sent, toks, acts, s.bodies, s.agents)
	}
	s.bodies.note(acts)
	s.noteBloc(acts)
	s.acts = acts
	if len(acts) >= 2 {
		s.notePair(si, toks, acts)
		if len(acts) >= 3 {
			s.group.note(si, toks, acts)
		}
	}
	if len(acts) == 0 {
		return
	}
	// actorAt[i] = index of the actor covering token i, or -1
	if cap(s.actorAt) < len(toks) {
		s.actorAt = make([]int, len(toks), len(toks)+len(toks)/2)
	}
	s.actorAt = s.actorAt[:len(toks)]
	actorAt := s.actorAt // (filled through a local: s.actorAt would be loaded again for each token)
	if len(actorAt) <= len(noActors) {
		copy(actorAt, noActors[:]) // (one block copy, not a store a token)
	} else {
		for t := range actorAt {
			actorAt[t] = -1
		}
	}
	for ai := range acts {
		a := &acts[ai] // (an actor is large: not copied)
		for t := a.t0; t < a.t1 && t < len(actorAt); t++ {
			actorAt[t] = ai
		}
	}
	ms := c.findMatches(toks, words, cands, acts, s.actorAt, s.ms[:0])
	s.ms = ms
	quotes := c.quoteSpans(d, sent, toks, s.quoteEnd, s.quoteSpans[:0])
	s.quoteSpans = quotes
	times := s.sentenceTimes(d, sent) // (the sentence's, for every match)
	var prev []int
	first := len(d.Events)
	for k := range ms {
		m := &ms[k] // (read only here: every test below leaves the match as it is)
		if m.p.Code == "" {
			continue // a null pattern: matched to block shorter ones
		}
		if k > 0 && purposeOf(toks, s.actorAt, &ms[k-1], m) {
			continue // "will meet in Zurich to discuss …": one meeting
		}
		if k > 0 && objectNominal(toks, s.actorAt, &ms[k-1], m) {
			continue // "endorsed an association agreement with the EU": one act
		}
		if k+1 < len(ms) && orderedNominal(toks, s.actorAt, m, &ms[k+1]) {
			continue // "ordered an offensive against X": the offensive is the act
		}
		if m.start > 0 && len(ms) > 1 && !c.petrarch() && participleModifier(toks, acts, s.actorAt, ms, k) {
			continue // "fired rubber bullets at students protesting against pension reforms": the students' description
		}
		if m.start > 2 && len(ms) > 1 && !c.petrarch() && causeAdjunct(toks, m) {
			continue // "in retaliation for the U.S. drone strike that killed Soleimani": the earlier act avenged
		}
		if m.start > 2 && perfectRelative(toks, m) && !c.petrarch() {
			continue // "the RSF, which have been fighting in the capital since April, failed to …": background
		}
		if k > 0 && mannerNominal(toks, &ms[k-1], m) && !c.petrarch() {
			continue // "killed 12 militants in clashes": the clashes are that killing
		}
		if k > 0 && !c.petrarch() && agreementContent(toks, &ms[k-1], m) {
			continue // "signed agreements to expand trade and cooperate on research": what was agreed
		}
		if k > 0 && appealObject(toks, s.actorAt, &ms[k-1], m) {
			continue // "clerics urge TV ban on women": the ban is what is urged
		}
		if k > 0 && ultimatumDemand(toks, ms[:k], m) {
			continue // "gave companies 180 days to sign … or leave": demanded, not done
		}
		// The rules below that most matches fail are asked only past
		// their cheapest test, written here, so that the rule's own code
		// stays out of the instruction cache (each rule notes the test
		// beside its own; the two must agree).
		if m.head == m.start && chargedCrime(toks, s.actorAt, m) {
			continue // "charged with murder, incest, statutory rape": the charge is the event
		}
		if m.head == m.start && m.head > 0 && envisagedNominal(toks, m) {
			continue // "future talks": nobody met yet
		}
		if k > 0 && strings.HasPrefix(ms[k-1].p.Code, "124") && m.start > ms[k-1].start && m.start < ms[k-1].end {
			continue // "refused to withdraw its troops": the refusal is the one event
		}
		if len(toks) > 1 && (toks[0].low == "asked" || toks[1].low == "asked") && questionContent(toks, m) {
			continue // "Asked if X would impose sanctions, Y declined to comment": a question
		}
		if cameo.QuadClass(m.p.Code) == 4 && !c.petrarch() && casualtyNominal(toks, m) {
			continue // "people were killed in four months of fighting": the victims fought nobody
		}
		if m.head == m.start && m.head > 1 && cameo.QuadClass(m.p.Code) == 4 && !c.petrarch() && backgroundClash(toks, m) {
			continue // "arrested dozens of protesters after clashes in a mall": the clashes before the act name no side
		}
		if m.head == m.start && m.head > 1 && m.p.Code[0] == '1' && m.p.Code[1] == '4' && !c.petrarch() && backgroundProtest(toks, acts, s.actorAt, m) {
			continue // "detained protesters at protests demanding …": the protest is the act's occasion
		}
		if m.p.Code == "163" && standingSanctions(toks, s.actorAt, m) {
			continue // "said UN sanctions on Eritrea might become obsolete": no new penalty
		}
		if m.p.Code == "030" {
			var next *match
			if k+1 < len(ms) {
				next = &ms[k+1]
			}
			if emptyReadiness(toks, s.actorAt, m, next) {
				continue // "ready to provide aid" codes the aid; "ready to do" nothing
			}
		}
		srcs := c.emit(d, si, sent, toks, acts, s.actorAt, m, quotes, times, date, prev)
		if prev != nil && !c.petrarch() && parentheticalReport(toks, m) {
			continue // "met Gilani, officials said, and urged …": the aside's speaker is no subject to share
		}
		if prev == nil || !nounInfinitive(toks, s.actorAt, m) || c.petrarch() {
			// ("denounced a Philippine plan to take the dispute to court,
			// and urged Manila …": the plan's infinitive is no clause
			// whose subject a coordinated verb shares)
			prev = srcs
		}
	}
	d.Events = dedupeEvents(d.Events, first)
	if s.group.used == si+1 {
		d.Events = s.group.spread(d.Events, first) // one event per state of "the four countries"
	}
	if s.both.used == si+1 {
		d.Events = s.both.spread(d.Events, first) // one event per state of "both countries"
	}
	if len(d.Events) > first && !c.petrarch() && followWords.meets(words) {
		followedSuit(d, first, toks, acts) // "…, and Canada, Brazil and Colombia followed"
	}
	if !s.haveMain && len(d.Events) > first {
		s.noteMainPair(d.Events[first:])
	}
	if len(d.Events) > first+1 && !c.petrarch() {
		d.Events = elaboratedViolence(d.Text, d.Events, first) // "attacked a camp, … beating demonstrators"
		d.Events = resultVictims(d.Text, d.Events, first)      // "bombed rebel camps, killing dozens of militants": one attack
	}
	if len(d.Events) > first && !c.petrarch() {
		d.Events = portfolioHandover(d.Text, d.Events, first, acts) // "took over the foreign ministry": a handover
	}
	if len(d.Events) > first && !c.petrarch() {
		c.recognitionBreak(d, first, toks, acts) // "switch recognition from Taipei to Beijing": a break with Taiwan too
	}
	if c.RequireTarget && !c.petrarch() {
		privateTargets(d.Events[first:], d.Text, d.Sentences, d.Mentions, d.Places) // before the targetless events go
		d.Events = inferredTargets(d.Events, first)
		d.Events = soleStatements(d.Text, sent, d.Events, first)
	}
	if !c.petrarch() && !c.RequireTarget {
		reactionTargets(d, first)
		if len(d.Events) > first {
			callPraise(d, first, toks) // "called X to congratulate her"
			// "forced X to resign": X concedes too
			forcedConcession(d, first, toks)
			sharedRelationsTarget(d, first)            // "cut ties and imposed an embargo on Qatar": Qatar's ties
			sharedAidTarget(d, first)                  // "apologised to Namibia and pledged aid": aid to Namibia
			sharedAppealTarget(d, first)               // "spoke with Pashinyan and urged an end to hostilities": urged Pashinyan
			recallTarget(d, first)                     // "Indonesia executed …, and Australia recalled its ambassador": from Indonesia
			verbalAttacks(d, first, acts)              // "Trump attacked Machado in tweets": criticism, no assault
			d.Events = echoedCasualty(d.Events, first) // "fired tear gas and 125 people were injured": one act
			if percentWords.meets(words) {
				// "44 percent would back Trump": a poll share, no support
				d.Events = pollShares(d.Events, first, toks)
			}
		}
	}
}

// noActors is an actorAt of a sentence of up to 128 tokens with no
// actor, which codeSentence copies from.
var noActors = func() (a [128]int) {
	for i := range a {
		a[i] = -1
	}
	return a
}()

// codedTokens returns the tokens of sent as the coder reads them (in
// buf), and false for a sentence with no tokens or one the dictionary
// discards.
func (c *Coder) codedTokens(d *doc.Doc, sent doc.Span, s *scratch, buf []tok) ([]tok, bool) {
	toks := sentenceTokens(d, sent, s.low, buf, &s.tokNext)
	if len(s.compounds) > 0 { // (most documents have none)
		toks = splitActorCompounds(d, sent, toks, s.compounds, s.sorted, s.low)
	}
	if len(toks) == 0 || len(c.dict.Discards) > 0 && c.dict.discarded(toks) {
		return toks, false
	}
	return toks, true
}

// namedActors returns the actors the sentence names (mentions, the
// PETRARCH actor dictionary, agents attached to them), appended to out,
// before pronouns and generic agents. People are resolved at the event
// date: a day named in the sentence, else day, the article's. words,
// when not nil, holds the sentence's words (triggerCandidates').
func (c *Coder) namedActors(d *doc.Doc, sent doc.Span, toks []tok, words *wordSet, day kb.Date, s *scratch, out []actor) []actor {
	if v := c.eventDate(s.sentenceTimes(d, sent), sent, nil, -1, sent.Start, ""); len(v) == 10 {
		if v != s.dateText {
			// most sentences fall on the day of the one before
			s.dateText = v
			s.dateDay, s.dateErr = parseDay(v)
		}
		if s.dateErr == nil {
			day = s.dateDay
		}
	}
	acts := c.mentionActors(d, sent, toks, day, s.sorted, &s.kbMemo, &s.mentionNext, out)
	if c.dict.Actors != nil {
		acts = c.dict.Actors.find(toks, d.Date, acts)
	}
	acts = dedupeActors(acts)
	if len(acts) >= 2 {
		acts = dropMembership(toks, acts) // "NATO member Estonia": Estonia
	}
	// (most sentences have no parenthesis: the scans for one are skipped)
	parens := words == nil || words.hasHash(openParenHash)
	acts = dropCredits(toks, acts, parens)
	if parens {
		acts = absorbParenthesised(toks, acts)
	}
	return c.attachAgents(d.Text, toks, acts)
}

// dropMembership drops a body named right before the word "member" (or
// "ally", "member state", "partner") and a state: "airspace of NATO member
// Estonia", "criticised EU member Hungary" name Estonia and Hungary; the
// body only says which club they belong to.
func dropMembership(toks []tok, acts []actor) []actor {
	n := 0
	for i := range acts {
		if i+1 < len(acts) && strings.HasPrefix(acts[i].code, "IGO") && membershipBetween(toks, acts[i].t1, acts[i+1].t0) &&
			acts[i+1].country != "" && !acts[i+1].person && !strings.HasPrefix(acts[i+1].code, "IGO") {
			continue
		}
		if n != i {
			acts[n] = acts[i]
		}
		n++
	}
	return acts[:n]
}

// membershipBetween reports whether the tokens [i, j) are "member",
// "member state/country/nation", "ally" or "partner".
func membershipBetween(toks []tok, i, j int) bool {
	switch j - i {
	case 1:
		switch toks[i].low {
		case "member", "ally", "partner":
			return true
		}
	case 2:
		if toks[i].low == "member" {
			switch toks[i+1].low {
			case "state", "country", "nation":
				return true
			}
		}
	}
	return false
}

// openParenHash is filterHash("("), the token dropCredits and
// absorbParenthesised look for.
var openParenHash = filterHash("(")

// absorbParenthesised makes an actor's name repeated in parentheses
// right after it part of it: "the Rapid Support Forces (RSF) agreed" has
// one subject, which "the army and" can join.
func absorbParenthesised(toks []tok, acts []actor) []actor {
	n := 0 // acts[:n] are kept (an actor is copied only when one before was absorbed)
	for i := 0; i < len(acts); i++ {
		k := i
		if i+1 < len(acts) {
			a, b := &acts[i], &acts[i+1]
			if b.id == a.id && b.t0 == a.t1+1 && toks[a.t1].low == "(" && b.t1 < len(toks) && toks[b.t1].low == ")" {
				a.t1 = b.t1 + 1
				i++
			}
		}
		if n != k {
			acts[n] = acts[k]
		}
		n++
	}
	return acts[:n]
}

// A candidate is a pattern that may match the sentence (its other words
// are all there: anchorRef.mayMatch), at the token whose word opens it
// (dict.byFirst).
type candidate struct {
	r *anchorRef
	i int
}

// triggerCandidates adds every token of toks to words and appends to out
// the patterns that may match the sentence, by the token that opens
// them, in text order and, at one token, in the index's order; it
// reports whether there is one. Actors only take tokens away from
// findMatches, so a sentence with no such pattern has no match. Each
// pattern is tested once, after words is whole: findMatches tries only
// those that passed. The same pass appends to agents the tokens at which
// an agent phrase may start (agentAt's first test), which genericAgents
// reads alone: the words of a sentence are read once for both indexes.
func (c *Coder) triggerCandidates(toks []tok, words *wordSet, out []candidate, agents *[]int32) ([]candidate, bool) {
	first := len(out)
	// One pass over the tokens fills words and notes, in out past
	// first, the tokens whose word may open a pattern (a tenth of
	// them); their patterns are tested after it, words being whole.
	firstWords := &c.dict.firstWords // (asked of every token: the address taken once)
	agentWords := &c.dict.agentWords
	for i := range toks {
		t := &toks[i]
		h := t.hash()
		words.addHash(h)
		if firstWords.hasHash(h) && !t.punct { // (most words fail the filter)
			out = append(out, candidate{i: i})
		}
		if agentWords.hasHash(h) && !t.punct {
			// (appended through the pointer: a slice of its own kept in
			// registers besides out cost more than the pass it saves)
			*agents = append(*agents, int32(i))
		}
	}
	hits := len(out)
	for k := first; k < hits; k++ {
		i := out[k].i
		t := &toks[i]
		refs, _ := c.dict.firstIndex.get(t.low, t.h&^hashSet)
		for k := range refs {
			if r := &refs[k]; r.mayMatch(words) {
				out = append(out, candidate{r: r, i: i})
			}
		}
	}
	out = append(out[:first], out[hits:]...) // the candidates, over the notes
	return out, len(out) > first
}

// opensWithPronoun reports a sentence whose first word is "He" or "She",
// the pronouns resolvePronoun resolves.
func opensWithPronoun(toks []tok) bool {
	return len(toks) > 0 && (toks[0].low == "he" || toks[0].low == "she")
}

// replayPending does the pronoun bookkeeping of the sentences skipped
// since the last sentence that decided it (scratch.pending), in text
// order, so that a "He"/"She" about to be resolved sees the state it
// would have seen had every sentence been coded in full.
func (c *Coder) replayPending(d *doc.Doc, day kb.Date, s *scratch) {
	for _, si := range s.pending {
		sent := d.Sentences[si]
		toks, ok := c.codedTokens(d, sent, s, s.replayToks)
		s.replayToks = toks
		if !ok {
			continue
		}
		s.replayActs = c.namedActors(d, sent, toks, nil, day, s, s.replayActs[:0])
		s.replayActs = s.resolvePronoun(si, toks, nil, s.replayActs)
	}
	clear(s.replayToks[:cap(s.replayToks)])
	clear(s.replayActs[:cap(s.replayActs)])
	s.pending = s.pending[:0]
}

// resolvePronoun gives a sentence that opens with "He" or "She" the
// person who was the subject of one of the two sentences before (its
// first actor, when that is a person or a titled official), as an actor over the pronoun; and records
// this sentence's first person for the sentences after it. Only the
// sentence-opening pronoun is resolved: it is the subject, and the
// nearest person subject before it is its usual referent in news prose.
// words holds the sentence's words (nil when not known).
func (s *scratch) resolvePronoun(si int, toks []tok, words *wordSet, acts []actor) []actor {
	var cands [2]actor
	n := 0
	k := objectPronounIn(toks, words)
	if k > 0 && s.recentN > 0 && si-s.recentSent <= 2 {
		// the persons of the sentences before, as they were before this
		// one: an object pronoun refers back
		cands, n = s.recent, s.recentN
	}
	acts = s.resolveSubjectPronoun(si, toks, acts)
	if k > 0 {
		acts = objectReferent(toks, acts, k, cands, n)
	}
	s.noteRecent(si, acts)
	return acts
}

// objectPronoun returns the index of an object "him" or "her" (a "her"
// that no noun follows: "congratulated her.", "praised her for") after
// the sentence's first word, or 0.
func objectPronoun(toks []tok) int {
	for k := 1; k < len(toks); k++ {
		switch toks[k].low {
		case "him":
			return k
		case "her":
			if k+1 == len(toks) || toks[k+1].punct || toks[k+1].is(wcPreposition) || toks[k+1].low == "and" {
				return k
			}
		}
	}
	return 0
}

// objectPronounIn is objectPronoun for a sentence whose words are in
// words (nil: not known): 0 without a scan when neither "him" nor "her"
// is among them.
func objectPronounIn(toks []tok, words *wordSet) int {
	if words != nil && !words.hasHash(himHash) && !words.hasHash(herHash) {
		return 0
	}
	return objectPronoun(toks)
}

var himHash, herHash = filterHash("him"), filterHash("her") // the words objectPronoun looks for

// objectReferent puts over the object pronoun at k the most recent of
// the persons named before (cands, oldest first) who is not the
// clause's subject (the first person or titled official before k): in
// "Meloni won the election. Draghi congratulated her." her is Meloni.
// A person named in the sentence between its subject and the pronoun
// ("met Scholz and praised him") is left to the sentence's own coding.
// A pronoun inside a relative clause that follows the subject is the
// subject itself ("He said he would ask the G7 leaders, who invited him
// to their summit"), and a state opening the sentence is no person the
// pronoun must differ from ("Mexico granted him asylum": the person
// named before).
func objectReferent(toks []tok, acts []actor, k int, cands [2]actor, n int) []actor {
	subj, state, main := -1, false, -1
	for i := range acts {
		a := &acts[i]
		if a.t0 >= k {
			break
		}
		if a.person || a.agentNoun && !a.generic {
			if subj >= 0 {
				if main < 0 && strings.HasPrefix(acts[subj].id, "person.") && acts[subj].t0 == 0 && a.id != acts[subj].id && subordinatorBetween(toks, acts[subj].t1, a.t0) {
					// "Morales resigned after the army chief urged him
					// to step down": the main clause's subject
					main, subj = subj, i
					continue
				}
				return acts // a second person before the pronoun: the sentence names who
			}
			subj = i
		} else if i == 0 && a.t0 == 0 && !a.person && stateActor(a) {
			state = true
		}
	}
	if subj < 0 {
		if state && n > 0 {
			return insertPersonAt(acts, cands[n-1], k, false)
		}
		return acts // no person does it: "police arrested him" is left as it was
	}
	if main >= 0 {
		return insertPersonAt(acts, acts[main], k, false)
	}
	if strings.HasPrefix(acts[subj].id, "person.") && relativeClauseBetween(toks, acts[subj].t1, k) {
		return insertPersonAt(acts, acts[subj], k, false)
	}
	for c := n - 1; c >= 0; c-- {
		if cands[c].id == acts[subj].id {
			continue
		}
		return insertPersonAt(acts, cands[c], k, false)
	}
	return acts
}

// relativeClauseBetween reports a relative pronoun after a comma ("…, who
// invited him") between the tokens i and k: the pronoun at k is in a
// clause of its own.
func relativeClauseBetween(toks []tok, i, k int) bool {
	for j := i + 1; j < k && j < len(toks); j++ {
		if toks[j-1].low == "," && (toks[j].low == "who" || toks[j].low == "which") {
			return true
		}
	}
	return false
}

// subordinatorBetween reports a temporal or causal subordinator
// ("after", "when", "because") between the tokens i and j.
func subordinatorBetween(toks []tok, i, j int) bool {
	for x := i; x < j && x < len(toks); x++ {
		switch toks[x].low {
		case "after", "when", "before", "because", "until", "once":
			return true
		}
	}
	return false
}

// noteRecent records the KB persons of sentence si (in order) as the
// last two distinct ones named, for a later object pronoun.
func (s *scratch) noteRecent(si int, acts []actor) {
	for i := range acts {
		a := &acts[i]
		if !a.person || a.generic || !strings.HasPrefix(a.id, "person.") {
			continue // only a person the KB knows: "shot her" in a local crime report is too often someone unnamed
		}
		if s.recentN > 0 && s.recent[s.recentN-1].id == a.id {
			s.recentSent = si
			continue
		}
		if s.recentN == 2 {
			s.recent[0] = s.recent[1]
			s.recentN = 1
		}
		s.recent[s.recentN] = *a
		s.recentN++
		s.recentSent = si
	}
}

// resolveSubjectPronoun is resolvePronoun's sentence-opening part.
func (s *scratch) resolveSubjectPronoun(si int, toks []tok, acts []actor) []actor {
	var first *actor
	for i := range acts {
		a := &acts[i]
		if a.generic || a.place {
			continue
		}
		// a person, or an official named by country and title ("U.S.
		// Secretary of State Mike Pompeo" may be one country actor)
		// ("the Yugoslav people" is no "he": personLike's plurals)
		if a.person || a.agentNoun && a.t1-a.t0 > 1 && personLike(toks, a) {
			first = a
			break
		}
	}
	if len(toks) > 0 && (toks[0].low == "he" || toks[0].low == "she") &&
		s.havePerson && si-s.lastPersonSent <= 2 && (len(acts) == 0 || acts[0].t0 > 0) {
		a := s.lastPerson
		a.t0, a.t1, a.poss, a.agentBefore = 0, 1, false, false
		acts = append(acts, actor{})
		copy(acts[1:], acts)
		acts[0] = a
		s.lastPersonSent = si
		return acts
	}
	if first == nil && s.havePerson && si-s.lastPersonSent <= 2 {
		if k := possessedHome(toks); k > 0 {
			// "Hours later, protesters set fire to his private home":
			// whose home is the person of the sentences before
			return insertPersonAt(acts, s.lastPerson, k, true)
		}
		if k := quotePronoun(toks); k > 0 {
			// '"We offer our sincere apologies," he told the crowd': the
			// speaker is the person of the sentences before
			return insertPersonAt(acts, s.lastPerson, k, false)
		}
	}
	if first != nil {
		s.lastPerson, s.lastPersonSent, s.havePerson = *first, si, true
	}
	return acts
}

// homeNouns are what a person owns that an attack or protest targets.
var homeNouns = map[string]bool{"home": true, "house": true, "residence": true, "office": true, "convoy": true,
	"motorcade": true, "car": true, "compound": true, "palace": true}

// possessedHome returns the index of a "his"/"her" before a home noun
// (with up to two modifiers: "his private home", "her official
// residence") that is not the sentence's first word, or 0.
func possessedHome(toks []tok) int {
	for k := 1; k+1 < len(toks); k++ {
		if w := toks[k].low; w != "his" && w != "her" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if homeNouns[toks[j].low] {
				return k
			}
			if toks[j].punct || toks[j].upper {
				break
			}
		}
	}
	return 0
}

// quotePronoun returns the index of a "he"/"she" that attributes a quote
// before it ('"…," he said', '"…" she told reporters'): after a closing
// quotation mark (and a comma) and before a reporting verb; 0 when there
// is none.
func quotePronoun(toks []tok) int {
	for k := 2; k+1 < len(toks); k++ {
		if w := toks[k].low; w != "he" && w != "she" {
			continue
		}
		if !toks[k+1].is(wcReportVerb) && toks[k+1].low != "told" && toks[k+1].low != "added" {
			continue
		}
		p := toks[k-1].low
		if p == "," {
			p = toks[k-2].low
		}
		if p == "\"" || p == "”" || p == "’" {
			return k
		}
	}
	return 0
}

// dropCredits removes datelines and agency credits from the sentence:
// a capitalised prefix ending in a dash or colon ("AP -", "JAKARTA
// (Reuters) -", "WASHINGTON -", "FALLUJAH:"), a parenthesised credit
// ("(AFP)", "(Canadian Press)") and an all-capitals place opening the
// sentence ("BAGHDAD US warplanes fired …"). Their words become
// punctuation (no trigger) and their actors are dropped: the agency did
// not act, and the dateline city is no target. parens false says the
// sentence has no "(" (the credits in parentheses are not looked for).
func dropCredits(toks []tok, acts []actor, parens bool) []actor {
	end := -1 // tokens [0,end) are a dateline/credit prefix
	for i := 0; i < len(toks) && i < 12; i++ {
		t := &toks[i]
		if t.punct && (t.low == "-" || t.low == "—" || t.low == "–" || t.low == "--" || t.low == ":" || t.low == "_") {
			if i > 0 && (t.low == ":" || t.start > toks[i-1].end) { // a spaced dash, not "Russia-Ukraine"
				end = i + 1
			}
			break
		}
		if !t.punct && !t.upper && !(t.low[0] >= '0' && t.low[0] <= '9') {
			break
		}
	}
	if end > 1 && toks[end-1].low != ":" && asideAfter(toks, end) && !capsPrefix(toks, end-1) {
		// "Kenyan President William Ruto — a rival of Museveni — said":
		// a title-case subject before a dash that another dash closes
		// is no dateline ("WASHINGTON —", "Washington (AP) —" are)
		end = -1
	}
	mark := func(from, to int) {
		for i := from; i < to; i++ {
			toks[i].punct = true
		}
		out := acts[:0]
		for _, a := range acts {
			if a.t0 >= from && a.t1 <= to {
				continue
			}
			out = append(out, a)
		}
		acts = out
	}
	if end > 0 {
		mark(0, end)
	} else if len(acts) > 0 && acts[0].t0 == 0 && acts[0].place && allCaps(toks[0].low, toks[0]) {
		mark(0, acts[0].t1)
	}
	for i := 0; parens && i < len(toks); i++ {
		if toks[i].low != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+4 && !toks[j].punct && toks[j].upper {
			j++
		}
		if j < len(toks) && toks[j].low == ")" && j > i+1 && creditAt(toks, i+1, j) {
			mark(i, j+1)
		}
	}
	return acts
}

// asideAfter reports a spaced dash at or after token i: the closing
// dash of an aside that a dash before i opened.
func asideAfter(toks []tok, i int) bool {
	for j := max(i, 1); j < len(toks); j++ {
		if t := &toks[j]; t.punct && (t.low == "—" || t.low == "–" || t.low == "--" || t.low == "-") && t.start > toks[j-1].end {
			return true
		}
	}
	return false
}

// capsPrefix reports whether tokens [0,end) hold a word in capitals
// ("BAGHDAD", "AP") or a parenthesis ("Washington (CNN)"): a dateline
// or an agency credit.
func capsPrefix(toks []tok, end int) bool {
	for i := 0; i < end; i++ {
		if t := &toks[i]; t.low == "(" || t.upper && t.capsAll && (t.end-t.start >= 2 || end == 1) {
			return true
		}
	}
	return false
}

// allCaps reports a word written in capitals ("BAGHDAD"); t.low is its
// lower-case form, so the test is on the original length and the upper
// flag of a word of four letters or more.
func allCaps(low string, t tok) bool { return t.upper && t.end-t.start >= 4 && t.capsAll }

// creditAt reports whether tokens [i,j) name a news agency.
func creditAt(toks []tok, i, j int) bool {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return newsAgencies.Has(b.String())
}

// newsAgencies are credits in parentheses after a headline or dateline.
var newsAgencies = wordset.FromMap(map[string]bool{"ap": true, "afp": true, "reuters": true, "cp": true, "canadian press": true,
	"associated press": true, "upi": true, "xinhua": true, "dpa": true, "ansa": true, "efe": true, "kyodo": true,
	"yonhap": true, "bernama": true, "tass": true, "interfax": true, "irna": true, "pti": true, "ani": true, "apa": true,
	"sitrep wire": true, "bloomberg": true, "bbc": true, "cnn": true, "aa": true, "wafa": true, "sana": true, "mena": true,
	"ians": true, "pa": true, "aap": true, "nna": true, "spa": true, "wam": true, "kuna": true, "qna": true, "ria novosti": true,
	"spacecom": true, "space.com": true, "ap photo": true})

// purposeOf reports whether match m is the purpose infinitive of the
// consultation before it ("met … to discuss", "will meet … to talk",
// "visited Moscow for talks with Putin"): the same meeting, whose topic
// is no party to it; so is "to protest/demonstrate" after a strike,
// march or rally with no actor between them ("began a strike on Monday
// to protest against the government"; "marched through Santiago to
// protest against the government" keeps both), and so is "to demand"
// after one ("began an indefinite strike to demand better pay from the
// government": the strike, no second 100).
func purposeOf(toks []tok, actorAt []int, prev, m *match) bool {
	if m.start == 0 || toks[m.start-1].low != "to" && toks[m.start-1].low != "for" || m.start-prev.end > 8 {
		return false
	}
	r0, r1 := cameo.Root(prev.p.Code), cameo.Root(m.p.Code)
	if r0 == "04" && r1 == "04" {
		return true
	}
	if r0 != "14" || r1 != "14" && r1 != "10" || toks[m.start-1].low != "to" || prev.end > m.start {
		return false
	}
	for i := prev.end; i < m.start; i++ {
		if actorAt[i] >= 0 {
			return false // the first protest has a target of its own
		}
	}
	return true // one protest; its object runs through its purpose
}

// objectNominal reports whether match m is a cooperative nominal
// ("agreement", "talks", "aid") that is the direct object of the verb
// matched just before it ("endorsed an association agreement with the
// EU", "rejected the peace talks"): the verb is the act; the noun names
// what it was about and no second event of the subject. A noun with an
// owner of its own ("welcomed Iran's agreement with …") is kept.
func objectNominal(toks []tok, actorAt []int, prev, m *match) bool {
	if m.p.Flags&FlagNominal == 0 || prev.p.Flags&FlagNominal != 0 || prev.p.Code == "" || len(m.src) > 0 || len(m.tgt) > 0 {
		return false
	}
	if cameo.QuadClass(m.p.Code) > 2 || prev.end > m.start || m.start-prev.end > 4 {
		return false
	}
	for i := prev.end; i < m.start; i++ {
		if actorAt[i] >= 0 || toks[i].punct || toks[i].is(wcPreposition) || toks[i].low == "and" || toks[i].low == "or" {
			return false
		}
	}
	return true
}

// mannerNominal reports whether match m is a conflict noun (a verb
// form such as "clashes" read as one) in an "in"/"during" phrase right
// after the object of the conflict verb
// matched before it ("killed 12 militants in clashes", "captured two
// soldiers in a cross-border raid"): the phrase says how the verb's act
// was done, no second event with the victims as its source.
func mannerNominal(toks []tok, prev, m *match) bool {
	if prev.p.Flags&FlagNominal != 0 || prev.p.Code == "" || !violentRoot(prev.p.Code) || !violentRoot(m.p.Code) {
		return false
	}
	if m.end < len(toks) && toks[m.end].low == "of" {
		return false // "killed him in the bombing of the embassy": an event of its own
	}
	if prev.end > m.start || m.start-prev.end > 10 {
		return false
	}
	in := -1
	for i := m.start - 1; i >= prev.end && i >= m.start-3; i-- {
		if toks[i].low == "in" || toks[i].low == "during" {
			in = i
			break
		}
		if w := toks[i].low; toks[i].punct || toks[i].upper && !toks[i].is(wcDeterminer) || w == "and" || w == "or" || w == "to" || w[0] >= '0' && w[0] <= '9' {
			return false // "in 1998 and clashed", "in order to arrest"
		}
	}
	if in <= prev.end {
		return false // "attacked in clashes": nothing between, no object
	}
	for i := prev.end; i < in; i++ {
		if toks[i].punct || toks[i].low == "and" || toks[i].low == "or" || toks[i].is(wcPreposition) {
			return false
		}
	}
	return true
}

// nounInfinitive reports whether match m is an infinitive completing a
// noun with a determiner: "a Philippine plan to take …", "the decision to
// send …", "its bid to join …".
func nounInfinitive(toks []tok, actorAt []int, m *match) bool {
	i := m.start
	if i < 3 || toks[i-1].low != "to" || toks[i-2].punct || toks[i-2].upper || actorAt[i-2] >= 0 {
		return false
	}
	d := i - 3
	if actorAt[d] >= 0 && d > 0 {
		d-- // "a Philippine plan"
	}
	return toks[d].is(wcDeterminer) || toks[d].is(wcPossPronoun)
}

// participleModifier reports whether match k is an -ing participle of
// demand, protest or fighting right after an actor ("students protesting against pension reforms",
// "protesters demanding a referendum", "monks marching through Yangon")
// in a sentence whose other trigger is a finite verb: the participle
// describes the actor the sentence reports about, no event of its own.
func participleModifier(toks []tok, acts []actor, actorAt []int, ms []match, k int) bool {
	m := &ms[k]
	if m.p.Flags&FlagNominal != 0 || !strings.HasSuffix(toks[m.start].low, "ing") {
		return false
	}
	if r := cameo.Root(m.p.Code); r != "10" && r != "14" && r != "19" {
		return false // "a warrant from the ICC accusing him of genocide": the court's accusation stays
	}
	ai := actorAt[m.start-1]
	if ai < 0 || acts[ai].place {
		return false
	}
	for j := range ms {
		if j != k && ms[j].p.Code != "" && ms[j].p.Flags&FlagNominal == 0 && !strings.HasSuffix(toks[ms[j].start].low, "ing") {
			return true
		}
	}
	return false
}

// causeAdjunct reports whether match m lies in a phrase naming the
// earlier act the sentence's event retaliates for: "in retaliation for
// the U.S. drone strike that killed Soleimani", "to avenge the killing
// of …". ("In response to alleged attacks" may report the attacks
// themselves: the seed article's.)
func causeAdjunct(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 1 && i >= m.start-15; i-- {
		t := &toks[i]
		if t.punct {
			return false
		}
		switch t.low {
		case "for":
			if p := toks[i-1].low; p == "retaliation" || p == "revenge" || p == "reprisal" {
				return true
			}
		case "avenge", "avenging":
			return true
		}
	}
	return false
}

// perfectRelative reports whether match m is the verb of a
// non-restrictive relative clause in the perfect ("X, which have been
// fighting since April,", "commanders who have long demanded …"): the
// clause tells the actor's history, no event the sentence reports.
func perfectRelative(toks []tok, m *match) bool {
	perfect := false
	for i := m.start - 1; i >= 1 && i >= m.start-4; i-- {
		switch w := toks[i].low; {
		case w == "have" || w == "has" || w == "had":
			perfect = true
		case w == "been" || w == "long" || w == "also" || w == "repeatedly" || w == "previously" || w == "already":
		case w == "which" || w == "who":
			return perfect && (toks[i-1].low == "," || w == "who")
		default:
			return false
		}
	}
	return false
}

// violentRoot reports a code of assault, fighting or mass violence
// (roots 18, 19, 20).
func violentRoot(code string) bool {
	r := cameo.Root(code)
	return r == "18" || r == "19" || r == "20"
}

// orderedNominal reports whether match m is a verb of ordering
// ("ordered", "authorised") whose direct object is the conflict nominal
// matched next ("ordered a military offensive against the TPLF",
// "authorised air strikes on"): the order is no demand made of the
// nominal's target; the nominal, owned by the clause subject, is coded.
func orderedNominal(toks []tok, actorAt []int, m, next *match) bool {
	if m.p.Flags&FlagNominal != 0 || next.p.Flags&FlagNominal == 0 || next.p.Code == "" || cameo.QuadClass(next.p.Code) < 3 {
		return false
	}
	w := toks[m.head].low
	if !strings.HasPrefix(w, "order") && !strings.HasPrefix(w, "authori") || m.end > next.start || next.start-m.end > 4 {
		return false
	}
	for i := m.end; i < next.start; i++ {
		if actorAt[i] >= 0 || toks[i].punct || toks[i].is(wcPreposition) || toks[i].low == "and" || toks[i].low == "to" {
			return false
		}
	}
	return true
}

// splitActorCompounds splits a hyphenated token whose two halves are
// both mentions ("Russia-Ukraine talks", "the Trump-Kim summit") into the
// two names around a "-" token, which joins them as "and" does.
// compounds are the pairs of mentions of d (of d.Mentions, one after
// the other there) written with a hyphen between them, appended to
// out[:0] in their order in d.Mentions: the hyphen's offset (a's end)
// and the span the two cover.
func actorCompounds(d *doc.Doc, out []compound) []compound {
	out = out[:0]
	for i := 0; i+1 < len(d.Mentions); i++ {
		a, b := d.Mentions[i].Span, d.Mentions[i+1].Span
		if b.Start != a.End+1 || a.End < 0 || a.End >= len(d.Text) || d.Text[a.End] != '-' {
			continue
		}
		out = append(out, compound{start: a.Start, hyphen: a.End, end: b.End})
	}
	return out
}

// A compound is a pair of mentions joined by a hyphen (actorCompounds).
type compound struct{ start, hyphen, end int }

func splitActorCompounds(d *doc.Doc, sent doc.Span, toks []tok, compounds []compound, sorted bool, low string) []tok {
	var cuts []int // byte offsets of hyphens between two mentions
	for _, c := range compounds {
		if sorted && c.start >= sent.End {
			break // (the mentions after it start later still)
		}
		if c.start < sent.Start || c.end > sent.End {
			continue
		}
		cuts = append(cuts, c.hyphen)
	}
	if len(cuts) == 0 {
		return toks
	}
	out := make([]tok, 0, len(toks)+2*len(cuts))
	for _, t := range toks {
		for _, h := range cuts {
			if h > t.start && h+1 < t.end {
				out = append(out, mkTok(d.Text, low, t.start, h), tok{start: h, end: h + 1, low: "-", punct: true})
				t = mkTok(d.Text, low, h+1, t.end)
			}
		}
		out = append(out, t)
	}
	return out
}

// soleStatements applies dyadic coding (RequireTarget) to the events
// from index first on (one sentence, sent): a statement with a source
// and no target is kept only when the sentence has no event with a
// target that happened and it denies something ("Putin said Russia had
// not supplied weapons", "Nepal's government did not grant permission …,
// police said"): the denial is the sentence's one act. Otherwise every
// targetless event goes.
func soleStatements(text string, sent doc.Span, evs []doc.Event, first int) []doc.Event {
	keep := false
	for k := first; k < len(evs); k++ {
		if evs[k].TargetCode == "" && evs[k].SourceCode != "" && strings.HasPrefix(evs[k].Cameo, "01") && !evs[k].Negated {
			keep = true
		}
	}
	for k := first; k < len(evs) && keep; k++ {
		if evs[k].TargetCode != "" && !evs[k].Negated {
			keep = false
		}
	}
	keep = keep && denial(text[sent.Start:sent.End])
	out := evs[:first]
	for k := first; k < len(evs); k++ {
		if evs[k].TargetCode == "" && !(keep && evs[k].SourceCode != "" && strings.HasPrefix(evs[k].Cameo, "01")) {
			continue
		}
		out = append(out, evs[k])
	}
	return out
}

// denial reports whether a sentence says something did not or will not
// happen: "not", "never" or "n't" as a word.
func denial(s string) bool {
	for _, w := range []string{" not ", " never ", "n't "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// countModifier reports words that count the noun after them ("several
// other detained leaders").
func countModifier(w string) bool {
	return w == "other" || w == "several" || w == "many" || w == "some"
}

// countedNoun reports a lower-case word that may be the counted noun
// after a participle ("20 detained protesters"): no determiner, number or
// preposition ("loans of up to 5,000 funded by the council" is a reduced
// passive).
func countedNoun(t *tok) bool {
	w := t.low
	return w != "" && !t.punct && !t.upper && w[0] >= 'a' && w[0] <= 'z' && !t.is(wcDeterminer) && !t.is(wcPreposition)
}

// dedupeEvents drops, among the events from index first on (one
// sentence), repeats of the same source, target and code, keeping the
// most confident. Copies of one trigger's event in other places of a
// list ("marched in Paris, Lyon and Marseille") are no repeats.
func dedupeEvents(evs []doc.Event, first int) []doc.Event {
	n := first // evs[:n] are kept; an event is copied only when one before it was dropped
	for k := first; k < len(evs); k++ {
		e := &evs[k]
		dup := false
		for i := first; i < n; i++ {
			o := &evs[i]
			if o.Source == e.Source && o.Target == e.Target && o.Cameo == e.Cameo && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode && (o.Place == e.Place || o.TriggerSpan != e.TriggerSpan) && !distinctDates(o, e) {
				if e.Confidence > o.Confidence {
					*o = *e
				}
				dup = true
				break
			}
			if o.Source == e.Source && o.Target == e.Target && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode && o.Cameo != e.Cameo &&
				(o.Cameo == "124" && cameo.Root(e.Cameo) == "12" || e.Cameo == "124" && cameo.Root(o.Cameo) == "12") && !distinctDates(o, e) {
				// "refused to sign a security pact with the United
				// States": the refused act's rejection (120) is the one
				// act, not also a bare refusal to yield (124)
				if o.Cameo == "124" {
					*o = *e
				}
				dup = true
				break
			}
			if o.Source == e.Source && o.Target == e.Target && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode &&
				(o.Cameo == "190" && meansOfFight(e.Cameo) || e.Cameo == "190" && meansOfFight(o.Cameo)) && o.Negated == e.Negated && !distinctDates(o, e) &&
				adjacentTriggers(o.TriggerSpan, e.TriggerSpan) {
				// "a tank shell hit a school": the shelling (194) is the
				// one attack, not also a bare use of force (190) by the
				// verb right after it; "shot and killed" are two
				if o.Cameo == "190" {
					*o = *e
				}
				dup = true
				break
			}
			if o.Source == e.Source && o.SourceCode == e.SourceCode && o.Negated == e.Negated && !distinctDates(o, e) &&
				(o.Cameo == "041" && e.Cameo == "040" && (e.Target == "" || o.Target == e.Target && o.TargetCode == e.TargetCode) ||
					e.Cameo == "041" && o.Cameo == "040" && (o.Target == "" || o.Target == e.Target && o.TargetCode == e.TargetCode) ||
					o.Cameo == "040" && e.Cameo == "040" && o.Target != "" && e.Target == "") {
				// "spoke by phone with Putin and discussed Syria": the
				// discussion is the call (041), not a second meeting
				// (040); "met Putin and discussed Syria" is one meeting
				if o.Cameo == "040" && e.Cameo == "041" {
					*o = *e
				}
				dup = true
				break
			}
			if o.Source == e.Source && o.SourceCode == e.SourceCode && o.Negated == e.Negated && !distinctDates(o, e) &&
				(o.Cameo == "130" && e.Cameo != "130" && cameo.Root(e.Cameo) == "13" && (o.Target == e.Target && o.TargetCode == e.TargetCode || o.Target == "") ||
					e.Cameo == "130" && o.Cameo != "130" && cameo.Root(o.Cameo) == "13" && (o.Target == e.Target && o.TargetCode == e.TargetCode || e.Target == "")) {
				// "warned it would respond with force": the threat of
				// force (138) is the one threat, not also a bare warning
				// (130)
				if o.Cameo == "130" {
					*o = *e
				}
				dup = true
				break
			}
			if o.Source == e.Source && o.Target == e.Target && o.SourceCode == e.SourceCode && o.TargetCode == e.TargetCode &&
				(o.Cameo == "040" && e.Cameo == "046" || o.Cameo == "046" && e.Cameo == "040") && o.Negated == e.Negated && !distinctDates(o, e) {
				// "negotiators, meeting face to face …, held peace talks":
				// the meeting is the talks (046), not also a bare
				// consultation (040)
				if o.Cameo == "040" {
					*o = *e
				}
				dup = true
				break
			}
		}
		if !dup {
			if n != k {
				evs[n] = *e
			}
			n++
		}
	}
	return evs[:n]
}

// meansOfFight reports the CAMEO codes of a fight by its means (small
// arms 193, artillery and tanks 194, aerial weapons 195 and below): the
// same attack as a bare 190 on the same target.
func meansOfFight(code string) bool {
	return len(code) >= 3 && code[:2] == "19" && (code[2] == '3' || code[2] == '4' || code[2] == '5')
}

// adjacentTriggers reports triggers one space apart at most, the means
// named right before the verb ("shell hit", "strike hit").
func adjacentTriggers(a, b doc.Span) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	return b.Start >= a.End && b.Start-a.End <= 1
}

func dedupeActors(acts []actor) []actor {
	// by start, the longer first; stable (only < 0 is read, as the
	// less function of sort.SliceStable). The actors mostly come in that
	// order already (mentions in text order): a stable sort leaves them
	// as they are, so the sort, with its copies of whole actors, is
	// skipped then.
	ordered := true
	for i := 1; i < len(acts); i++ {
		if a, b := &acts[i-1], &acts[i]; a.t0 > b.t0 || a.t0 == b.t0 && a.t1 < b.t1 {
			ordered = false
			break
		}
	}
	if !ordered {
		slices.SortStableFunc(acts, func(a, b actor) int {
			if a.t0 != b.t0 {
				return cmp.Compare(a.t0, b.t0)
			}
			return cmp.Compare(b.t1, a.t1)
		})
	}
	n := 0 // acts[:n] are kept
	for i := range acts {
		if n > 0 && acts[i].t0 < acts[n-1].t1 {
			continue // overlaps a longer or earlier actor
		}
		if n != i {
			acts[n] = acts[i]
		}
		n++
	}
	return acts[:n]
}

// findMatches runs the dictionary's patterns that open at the
// candidates (triggerCandidates) over the tokens and keeps the best
// non-conflicting matches: a match whose trigger lies inside a longer
// match is dropped ("threatened to strike" codes THREATEN, not the strike).
func (c *Coder) findMatches(toks []tok, words *wordSet, cands []candidate, acts []actor, actorAt []int, ms []match) []match {
	var m match // matchAt's, filled in place (a returned match was copied twice)
	for k := range cands {
		cd := &cands[k]
		if ai := actorAt[cd.i]; ai >= 0 && !acts[ai].generic {
			continue
		}
		if c.matchAt(cd.r, toks, acts, actorAt, cd.i, &m) {
			m.words = words
			ms = append(ms, m)
		}
	}
	if len(ms) < 2 {
		return ms
	}
	sortBest(ms)
	keep := ms[:0]
	// heads of null patterns that lost to an overlapping better match:
	// they still block the worse matches at their head ("pledged 25
	// million pounds": the pledge keeps "million", the null pattern
	// "million … pounds" still keeps "pounds" from being shelling)
	var blockedBuf [4]int
	blocked := blockedBuf[:0]
	for i := range ms {
		m := &ms[i] // (a match is large: read in place; keep writes at or before i)
		ok := !slices.Contains(blocked, m.head)
		for k := range keep {
			if !ok {
				break
			}
			if kp := &keep[k]; m.head >= kp.start && m.head < kp.end || kp.head >= m.start && kp.head < m.end {
				ok = false
			}
		}
		if ok {
			keep = append(keep, *m)
		} else if m.p.Code == "" && !slices.Contains(blocked, m.head) {
			blocked = append(blocked, m.head)
		}
	}
	// kept matches have distinct heads: any sort gives one order (an
	// insertion sort, the matches being few, moves them in place)
	for i := 1; i < len(keep); i++ {
		for j := i; j > 0 && keep[j].head < keep[j-1].head; j-- {
			keep[j], keep[j-1] = keep[j-1], keep[j]
		}
	}
	return keep
}

// sortBest sorts ms best first (better), stably. Up to the block size of
// slices.SortStableFunc (20) it sorts as that function does, by
// insertion, but on the matches in place: the comparison function of
// SortStableFunc takes two matches by value, copied on every test.
func sortBest(ms []match) {
	if len(ms) > 20 {
		slices.SortStableFunc(ms, func(a, b match) int {
			if better(&a, &b) {
				return -1
			}
			return 1 // the stable sort reads only < 0
		})
		return
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && better(&ms[j], &ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// better orders matches, best first: the higher score, then for the same
// anchor word a written form before an inflection, then the more
// specific code, then the longer match.
func better(a, b *match) bool {
	if an := a.p.Flags&FlagNominal != 0; a.head == b.head && an != (b.p.Flags&FlagNominal != 0) && a.score>>1 == b.score>>1 {
		// as many words, the same noun as a verb's object and as a
		// bare nominal: the verb's act, though the nominal is
		// reciprocal ("halted talks with Hamas on Monday" is no
		// negotiation "talks … on")
		return !an
	}
	if a.score != b.score {
		return a.score > b.score
	}
	if a.exact != b.exact && a.anchorEnd == b.anchorEnd {
		return a.exact // same anchor word: a written form beats an inflection
	}
	if an := a.p.Flags&FlagNominal != 0; a.head == b.head && an != (b.p.Flags&FlagNominal != 0) {
		// the same noun as a verb's object and as a bare nominal: "held
		// talks with Syria on Monday" is the verb's act, however far the
		// nominal pattern ("talks … on") reaches
		return !an
	}
	if len(a.p.Code) != len(b.p.Code) {
		return len(a.p.Code) > len(b.p.Code) // the more specific code
	}
	return a.end-a.start > b.end-b.start
}

// matchAt tries the pattern of r, indexed by token i's word, with its
// anchor element at token i, in m (set whole; what it holds when
// matchAt is false is not to be read).
func (c *Coder) matchAt(r *anchorRef, toks []tok, acts []actor, actorAt []int, i int, m *match) bool {
	p := r.p
	ai := p.ai
	*m = match{p: p, head: -1}
	n := 1 // the index word is a one-word alternative of the anchor
	if !r.one {
		var ok bool
		if n, ok = p.elems[ai].matchWords(toks, i); !ok {
			return false
		}
	}
	m.score = 0
	var posBuf, endBuf [12]int
	pos, ends := posBuf[:0], endBuf[:0] // start and end token of each element; pos -1 if skipped
	if len(p.elems) <= len(posBuf) {
		pos, ends = posBuf[:len(p.elems)], endBuf[:len(p.elems)]
	} else {
		pos, ends = make([]int, len(p.elems)), make([]int, len(p.elems))
	}
	pos[ai], ends[ai] = i, i+n
	m.anchorEnd = i + n
	m.exact = r.exact
	// forward
	if !c.matchForward(p, toks, acts, actorAt, ai+1, i+n, pos, ends) {
		return false
	}
	// backward
	if !c.matchBackward(p, toks, acts, actorAt, ai-1, i, pos, ends) {
		return false
	}
	m.start, m.end = len(toks), 0
	for k := range p.elems {
		e := &p.elems[k]
		if pos[k] < 0 {
			continue
		}
		if pos[k] < m.start {
			m.start = pos[k]
		}
		if ends[k] > m.end {
			m.end = ends[k]
		}
		switch e.slot {
		case slotSrc:
			if a := &acts[actorAt[pos[k]]]; a.t1 < len(toks) && !toks[a.t1].punct && hyphenModified(toks, a) {
				return false // "attacks by the Iran-backed group": the group did it, not its backer
			}
			m.src = append(m.src, actorAt[pos[k]])
		case slotTgt:
			if pos[k] > 0 && toks[pos[k]-1].low == "by" {
				return false // "released by Israel": the agent, not the target
			}
			m.tgt = append(m.tgt, actorAt[pos[k]])
		case slotAny:
			m.src = append(m.src, actorAt[pos[k]])
		default:
			m.score += 2
		}
		if p.Flags&FlagReciprocal != 0 {
			m.score |= 1
		}
		if k == p.head {
			m.head, m.headEnd = pos[k], ends[k]
		}
	}
	if m.head < 0 {
		return false
	}
	// "their meeting", "the bombing": a verb form after a determiner is a
	// noun; only nominal patterns code it.
	// ", killing hundreds of people", "after killing dozens of": an -ing
	// form with no determiner or owner before it and a count after it
	// is the verb, not the noun of "the killing of"
	if p.Flags&FlagNominal != 0 && m.head == m.start && m.head > 0 && strings.HasSuffix(toks[m.head].low, "ing") &&
		(toks[m.head-1].punct || toks[m.head-1].is(wcPreposition) || toks[m.head-1].is(wcRightStop)) &&
		m.headEnd < len(toks) && countWord(&toks[m.headEnd]) {
		return false
	}
	if p.Flags&FlagNominal == 0 && m.head > 0 && m.head == m.start && (toks[m.head-1].is(wcDeterminer) || pluralPossessive(toks, m.head-1) || toks[m.head-1].low == "no") {
		return false // "the attack", "residents' questions", "no veto by a permanent member"
	}
	if p.Flags&FlagNominal == 0 && m.head == 0 && m.start == 0 && strings.HasSuffix(toks[0].low, "ed") &&
		len(toks) > 2 && !toks[1].punct && !toks[1].is(wcPreposition|wcDeterminer) && !toks[2].punct {
		// "Ousted President Askar Akayev has agreed to resign", "Ousted
		// president Aristide has been accused": a sentence-initial
		// participle before a noun is its adjective, no act (it has no
		// subject to do it)
		return false
	}
	if h := m.head; p.Flags&FlagNominal == 0 && h == m.start && h >= 2 && h+1 < len(toks) && adverbParticiple(toks, h) {
		// "Yemen's internationally recognised government", "a newly
		// formed council": an adverb and a participle between an owner
		// or determiner and a noun modify the noun, no act
		return false
	}
	// "an air strike", "the new talks": a determiner and a modifier
	// before the verb form make it a noun too
	if h := m.head; p.Flags&FlagNominal == 0 && h == m.start && m.end == m.headEnd && h > 1 &&
		!strings.HasSuffix(toks[h].low, "ed") && !strings.HasSuffix(toks[h].low, "s") && !strings.HasSuffix(toks[h].low, "ing") && !toks[h].is(wcPastParticiple) &&
		!toks[h].is(wcIrregular) {
		// only a bare form ("its allies demanded", "the mayor left" are
		// verbs), after up to
		// three modifiers and a determiner or possessive ("the world's
		// toughest economic embargo")
		for k := 2; k <= 4 && h-k >= 0; k++ {
			w := &toks[h-k+1]
			if actorAt[h-k+1] >= 0 || w.punct || w.upper || w.is(wcPronoun) || strings.HasSuffix(w.low, "ly") || w.is(wcHypo) || w.is(wcNegator) || w.is(wcBeForm) || w.is(wcPreposition) {
				break
			}
			if toks[h-k].is(wcDeterminer) && toks[h-k].low != "that" {
				return false
			}
		}
	}
	if p.Flags&FlagNominal == 0 && m.head == m.start && harmAdjective(toks, actorAt, m.head) {
		return false // "Jordan treated wounded Syrians": the wounded are the treated, nobody wounded them here
	}
	if p.Flags&FlagNominal == 0 && verbGuard(toks, actorAt, m) {
		return false
	}
	if h := m.head; h+1 < len(toks) && strings.HasPrefix(toks[h].low, "fir") && (toks[h].low == "fired" || toks[h].low == "fires" || toks[h].low == "fire" || toks[h].low == "firing") {
		if dismissed(toks, acts, actorAt, h+1) || passiveDismissal(toks, acts, actorAt, h) {
			return false // "fired Reams at the operations centre": dismissed from a job, no shots
		}
	}
	// "the cabinet meeting attended by …": an -ing form with no verb
	// context is a noun
	if p.Flags&FlagNominal == 0 && m.head == m.start && strings.HasSuffix(toks[m.head].low, "ing") && m.head > 0 {
		prev := &toks[m.head-1]
		verbal := m.headEnd < len(toks) && (toks[m.headEnd].is(wcIngNext) || actorAt[m.headEnd] >= 0)
		if !verbal && !prev.punct && actorAt[m.head-1] < 0 && !ingContext.Has(prev.low) {
			return false
		}
	}
	return true
}

// harmAdjective reports a "wounded"/"injured" at h that modifies the
// noun after it: it follows a verb that takes the wounded as object
// (treated, evacuated; "let", "help"), a reporting verb, a preposition
// ("hundreds of wounded soldiers") or a count ("30 injured civilians"),
// and a word (no preposition or punctuation) follows it. A subject's
// verb ("Israel wounded three", "gunmen wounded", "were wounded")
// stays.
func harmAdjective(toks []tok, actorAt []int, h int) bool {
	if w := toks[h].low; w != "wounded" && w != "injured" || h == 0 || h+1 >= len(toks) {
		return false
	}
	if n := &toks[h+1]; n.punct || n.is(wcPreposition) || n.is(wcDeterminer) || n.low == "and" || n.low == "or" {
		return false
	}
	p := &toks[h-1]
	if p.punct || p.upper || actorAt[h-1] >= 0 || p.is(wcBeForm) {
		return false
	}
	switch p.low {
	case "let", "lets", "help", "helps", "helping", "treat", "treats", "treating", "carry", "carries", "carrying",
		"evacuate", "evacuates", "evacuating", "rescue", "rescues", "rescuing", "visit", "visits", "visiting",
		"receive", "receives", "receiving", "transport", "transporting", "airlift", "airlifting", "bring", "brought", "took", "take":
		return true
	}
	if p.low == "had" || p.low == "has" || p.low == "have" || p.low == "and" || p.low == "or" || p.low == "who" || p.low == "which" || p.low == "that" {
		return false
	}
	return strings.HasSuffix(p.low, "ed") || p.is(wcReportVerb) || p.is(wcPreposition) || countWord(p)
}

// countWord reports a number or a word of quantity ("40", "hundreds",
// "dozens", "scores", "several", "at").
func countWord(t *tok) bool {
	if w := t.low; w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch t.low {
	case "hundreds", "thousands", "dozens", "scores", "several", "many", "at", "some", "more", "two", "three", "four",
		"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "millions", "tens":
		return true
	}
	return false
}

// diplomatNouns may be pattern words inside the actor phrase they end:
// "summoned the Israeli ambassador", "expelled Russia's diplomats".
var diplomatNouns = wordset.FromMap(map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"diplomat": true, "diplomats": true, "consul": true, "charge": true, "chargé": true, "attaché": true, "attache": true,
	"commissioner": true, "representative": true})

// civilianNouns are the people an actor names by an agent noun that a
// pattern may still name as its object: "expelled Egyptian activists"
// deports people (174) as "expelled activists" does.
var civilianNouns = wordset.FromMap(map[string]bool{"citizens": true, "nationals": true, "journalists": true, "workers": true,
	"activists": true, "dissidents": true, "students": true, "clerics": true, "migrants": true, "refugees": true})

// titleNouns after a trigger word make it a modifier: "finance
// minister", "defence ministry", "aid official".
var titleNouns = wordset.FromMap(map[string]bool{"minister": true, "ministry": true, "secretary": true,
	"official": true, "spokesman": true, "spokeswoman": true, "department": true, "committee": true,
	"agency": true, "chief": true, "director": true, "portfolio": true, "conference": true, "briefing": true,
	"release": true, "office": true, "freedom": true})

// acquiredThing reports a word at i that is the object of a verb of
// needing, acquiring or supplying a few words before it ("needed more
// artillery shells", "bought new drones", "asked for air defence
// missiles"): a thing, no act.
func acquiredThing(toks []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.punct || t.low == "to" {
			return false // ("wants to attack": an infinitive)
		}
		if acquireVerbs.Has(t.low) && !t.upper {
			return true
		}
		if t.low == "for" && j > 0 && (toks[j-1].low == "asked" || toks[j-1].low == "asks" || toks[j-1].low == "ask" || toks[j-1].low == "appealed") {
			return true
		}
	}
	return false
}

// acquireVerbs need, want, buy, receive or supply a thing.
var acquireVerbs = wordset.FromMap(map[string]bool{"need": true, "needs": true, "needed": true, "want": true, "wants": true, "wanted": true,
	"buy": true, "buys": true, "bought": true, "buying": true, "purchase": true, "purchased": true, "purchases": true,
	"supply": true, "supplied": true, "supplies": true,
	"deliver": true, "delivered": true, "delivers": true, "acquire": true, "acquired": true, "acquires": true,
	"obtain": true, "obtained": true, "import": true, "imported": true, "stockpiled": true, "lack": true, "lacked": true,
	"lacks": true, "requested": true, "request": true, "requests": true, "manufacture": true, "manufactured": true,
	"produce": true, "produced": true, "produces": true, "sell": true, "sold": true, "sells": true})

// occurVerbs say that something happened, began or went on: after an
// -ing form they make it a noun subject ("fighting erupted", "shelling
// continued").
var occurVerbs = wordset.FromMap(map[string]bool{"erupted": true, "erupts": true, "broke": true, "breaks": true, "began": true, "begins": true,
	"started": true, "starts": true, "flared": true, "flares": true, "raged": true, "rages": true, "continued": true,
	"continues": true, "escalated": true, "escalates": true, "intensified": true, "resumed": true, "resumes": true,
	"spread": true, "spreads": true, "ended": true, "ends": true, "subsided": true, "eased": true, "persisted": true})

// haveWord reports a form of "have", the first test of haveAux: cheap
// enough to inline, so that verbGuard asks haveAux only past it.
func haveWord(w string) bool {
	switch w {
	case "have", "has", "had", "having", "'ve", "'d":
		return true
	}
	return false
}

// haveAux reports a form of "have" at i that is an auxiliary: a past
// participle follows before the trigger head, maybe after one adverb
// ("had broken off talks", "has already suspended negotiations").
func haveAux(toks []tok, i, head int) bool {
	if !haveWord(toks[i].low) {
		return false
	}
	j := i + 1
	if j < head {
		switch toks[j].low {
		case "already", "also", "not", "never", "just", "since", "recently", "now", "n't":
			j++
		}
	}
	return j < head && !toks[j].punct && isParticiple(toks[j].low)
}

// verbGuard reports a trigger word that the words around it show is no
// verb of the pattern: a modifier of a title ("finance minister"), a
// predicate after a form of "be" that is no participle ("Germany is back
// on track"), or "in charge of".
func verbGuard(toks []tok, actorAt []int, m *match) bool {
	h := m.head
	if a := m.start; a > 1 && toks[a].upper && toks[a-1].upper && !toks[a-1].punct && actorAt[a-1] < 0 {
		return true // "Radio Free Europe journalist": a word inside a name
	}
	if a := m.start; a > 0 && toks[a].upper && !toks[a].capsAll && openQuote(&toks[a-1]) && a+1 < len(toks) && actorAt[a+1] >= 0 {
		return true // "Free Tibet" banners, a "Save Darfur" rally: a slogan, not a verb
	}
	if a := m.start; a > 0 && toks[a].upper && !toks[a].capsAll && a+1 < len(toks) && toks[a+1].upper && !toks[a+1].punct && actorAt[a+1] < 0 && !toks[a-1].upper {
		return true // "and Free Democrat leader Christian Lindner": a capitalised word before another inside a sentence is a name
	}
	if m.headEnd < len(toks) && m.headEnd == h+1 && !strings.HasSuffix(toks[h].low, "ed") && toks[m.headEnd].is(wcTitleNoun) && !irregularPast.Has(toks[h].low) {
		return true
	}
	if strings.HasPrefix(toks[h].low, "sanction") && approvedThing(toks, actorAt, h) {
		return true // "is sanctioning several major developments": approving, no penalty
	}
	if h == m.start && h > 0 && m.headEnd < len(toks) && toks[h-1].low == "," && toks[m.headEnd].low == "," && strings.HasSuffix(toks[h].low, "ing") {
		return true // "Stephen Parker, defending, said": counsel for the defence, no act
	}
	if h == m.start && h > 0 && m.end == m.headEnd && jailWord(toks[h].low) && placeNoun(toks, h) {
		return true // "was sent directly to jail after …", "released from jail": the place
	}
	if monthDay(toks, m.start) || monthDay(toks, h) {
		return true // "will be held March 17": the month
	}
	if toks[h].low == "questioning" && h > 0 && (toks[h-1].low == "for" || toks[h-1].low == "under" || toks[h-1].low == "of" || toks[h-1].low == "after" || toks[h-1].low == "during") {
		return true // "picked up for questioning", "line of questioning": police interviews, no doubt cast
	}
	if st := m.start; toks[st].low == "march" && toks[st].upper && st > 0 && toks[st-1].is(wcMonthPrep) {
		return true // "passed the law in March", "since March": the month
	}
	if h == m.start && datedNoun(toks, h) {
		return true // "the March 7 fire at …", "the 1994 genocide": a noun
	}
	if h == m.start && h >= 2 && actorAt[h-1] < 0 && toks[h-1].upper && !toks[h-1].punct && toks[h-2].is(wcDeterminer) && toks[h-2].low != "that" {
		return true // "with the SEC questions": a name that is no actor modifies the noun after it
	}
	if h == m.start && m.end == h+1 && h > 0 && toks[h-1].low == "without" && (h+1 == len(toks) || toks[h+1].punct) {
		return true // "attacked the town without warning": a manner, no warning withheld
	}
	if h >= 3 && toks[h-1].low == "to" && (toks[h-2].low == "has" || toks[h-2].low == "have" || toks[h-2].low == "had") && whatBefore(toks, h-3) {
		return true // "listen to what each other has to say": no statement
	}
	if h == m.start && m.end == m.headEnd && h+1 < len(toks) && strings.HasSuffix(toks[h].low, "ing") && toks[h+1].is(wcOccurVerb) {
		return true // "since fighting erupted on April 15": a noun, the subject of its own verb
	}
	if cameo.QuadClass(m.p.Code) == 4 && acquiredThing(toks, m.start) {
		return true // "Kyiv needed more artillery shells", "bought missiles": weapons wanted or bought, no attack
	}
	if haveWord(toks[m.start].low) && haveAux(toks, m.start, m.head) {
		return true // "had broken off talks with": an auxiliary, no talks held
	}
	if h == m.start && m.end == m.headEnd && pluralWord(toks[h].low) && pluralSubject(toks, h) {
		return true // "ER visits totaled 87,600", "questions arose": a noun, the subject of the verb after it
	}
	if w := toks[h].low; h > 0 && h == m.start && (strings.HasSuffix(w, "ed") || toks[h].is(wcPastParticiple)) && h+1 < len(toks) && actorAt[h+1] >= 0 &&
		(toks[h-1].is(wcDeterminer) && toks[h-1].low != "that" || toks[h-1].low == "if" || toks[h-1].low == "unless" || toks[h-1].low == "of" || toks[h-1].low == "for" ||
			countWord(&toks[h-1])) {
		// "if jailed activists are pardoned", "the detained protesters",
		// "killed five armed Palestinians": an attributive participle
		return true
	}
	if w := toks[h].low; h > 0 && h == m.start && m.end == m.headEnd && strings.HasSuffix(w, "ed") && countWord(&toks[h-1]) && !toks[h-1].upper &&
		(h+1 == len(toks) || toks[h+1].punct || toks[h+1].is(wcPreposition) && toks[h+1].low != "by") {
		// "dead at ten, with 50 wounded": a count of the wounded,
		// nobody's act ("loans up to 5,000 funded by the council" names
		// its doer)
		return true
	}
	if w := toks[h].low; h > 0 && h == m.start && (strings.HasSuffix(w, "ed") || toks[h].is(wcPastParticiple)) && h+1 < len(toks) && countedNoun(&toks[h+1]) &&
		(countModifier(toks[h-1].low) || tallyCount(toks, h-1) && toks[h-1].low != "twice" && toks[h-1].low != "times" && (h < 2 || !toks[h-2].upper)) {
		return true // "the release of 20 detained protesters", "freed X and several other detained leaders": a count before the participle makes it a modifier
	}
	if h == m.start && fundsWord(toks[h].low) && fundsNoun(toks, actorAt, h) {
		return true // "frozen EU funds": a noun, no funding given
	}
	if h == m.start && attributiveTitle(toks, actorAt, h) {
		return true // "backed by jailed former prime minister X": a description
	}
	// (tested on the pattern's first word: "warned of job cuts as
	// exports fell" is no cut of exports)
	if h, w := m.start, toks[m.start].low; h > 0 && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && actorAt[h-1] < 0 {
		// "suspended talks with", "suspended peace talks with", "the
		// peace talks with": a plural after a past verb, or after a
		// noun modifier that follows one or a determiner, is a noun
		if pastVerb(&toks[h-1]) || toks[h-1].low == "off" {
			return true // ("broke off talks with", "called off strikes")
		}
		if adjectiveWord(&toks[h-1]) {
			return true // "tracks manmade objects", "the first green shoots": a plural after an adjective is a noun
		}
		if h > 1 && plainNoun(&toks[h-1]) && !strings.HasSuffix(toks[h-1].low, "s") && actorAt[h-2] < 0 &&
			(pastVerb(&toks[h-2]) || toks[h-2].is(wcDeterminer) && toks[h-2].low != "that") {
			return true
		}
		// "in early morning raids", "over human rights abuses": a
		// plural after a preposition or determiner and its modifiers
		for k := h - 1; k >= 0 && k >= h-3 && actorAt[k] < 0 && !toks[k].punct; k-- {
			if toks[k].is(wcNounPrep) || toks[k].low == "of" || toks[k].low == "against" || toks[k].low == "for" || toks[k].low == "on" {
				if k < h-1 || toks[k].low == "amid" { // ("warned Kyiv against further strikes", "amid signs it will")
					return true
				}
				break
			}
			if t := &toks[k]; t.upper || t.is(wcPronoun|wcBeForm|wcHypo|wcNegator|wcReportVerb|wcRightStop) || t.low == "and" || t.low == "or" {
				break
			}
			if toks[k].is(wcDeterminer) && toks[k].low != "that" {
				return true // "over the rights abuses"
			}
		}
	}
	if h == m.start && poundWord(toks[h].low) && currencyPound(toks, h) {
		return true // "the Lebanese pound has lost 80 percent": the currency, no shelling
	}
	if toks[h].low == "back" && h == m.start && !supportBack(toks, actorAt, h) {
		return true // "pulled one back", "drove back", "were pushed back": a particle, no backing
	}
	if h > 0 && toks[h-1].low == "in" && toks[h].low == "charge" {
		return true
	}
	if h > 0 && h == m.start && toks[h-1].low == "of" && !strings.HasSuffix(toks[h].low, "ed") && !strings.HasSuffix(toks[h].low, "ing") &&
		cameo.QuadClass(m.p.Code) <= 2 {
		return true // "in charge of trade with", "a show of support": a noun ("of torture" stays an act)
	}
	if w := toks[h].low; h > 1 && h == m.start && strings.HasSuffix(w, "s") &&
		(toks[h-1].low == "of" || toks[h-2].low == "of" && actorAt[h-1] < 0 && !toks[h-1].upper && !toks[h-1].punct && !toks[h-1].is(wcPronoun)) {
		return true // "a wave of insurgent attacks", "a series of strikes": a plural noun
	}
	if w := toks[h].low; h > 0 && h == m.start && toks[h-1].is(wcNounPrep) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") && !isParticiple(w) {
		return true // "killed in blast", "after talks": a noun
	}
	if h > 0 && toks[h].low == "order" {
		switch toks[h-1].low {
		case "in", "and", "public", "world", "international", "constitutional", "new",
			"restore", "restores", "restored", "restoring", "maintain", "maintains", "maintained", "maintaining", "keep", "keeping":
			return true // "in order to", "law and order", "the world order", "restore order"
		}
	}
	if h > 0 && h == m.start && toks[h-1].is(wcBeForm) && toks[h-1].low != "get" && toks[h-1].low != "got" {
		w := toks[h].low
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "wn") && !toks[h].is(wcPastParticiple) {
			return true
		}
	}
	if modifierTrigger(toks, actorAt, m) {
		return true // "heavy weapons such as attack helicopters": a noun modifier
	}
	return false
}

// supportBack reports a bare "back" at h that can be the verb of
// support: after its subject (an actor), "to", a modal, a negation,
// "and"/"or", "did" or an adverb of degree ("will back the plan",
// "Greens back the bill", "strongly back"). After any other verb or an
// object it is the particle of a phrasal verb.
func supportBack(toks []tok, actorAt []int, h int) bool {
	if h == 0 {
		return false
	}
	if h+1 < len(toks) {
		switch toks[h+1].low {
		case "away", "off", "down", "out", "up", "into", "in", "from", "to", "home", "on", "and", "through", "onto":
			return false // "to back away", "should back off", "go back to"
		}
	}
	p := &toks[h-1]
	if actorAt[h-1] >= 0 || p.is(wcHypo|wcNegator) {
		return true
	}
	switch p.low {
	case "i", "we", "you", "they", "he", "she", "to", "and", "or", "did", "do", "does", "also", "strongly", "firmly", "fully", "publicly", "openly", "unanimously", "both", "all":
		return true
	}
	return false
}

// pluralPossessive reports an apostrophe token right after a plural
// ("residents' questions"): the possessive of a plural owner.
func pluralPossessive(toks []tok, i int) bool {
	if i < 1 || !toks[i].punct || toks[i].low != "'" && toks[i].low != "’" || toks[i].start != toks[i-1].end {
		return false
	}
	w := toks[i-1].low
	return !toks[i-1].punct && len(w) > 2 && strings.HasSuffix(w, "s")
}

// adverbParticiple reports whether the participle at h (in -ed or an
// irregular participle) stands after an adverb in -ly that follows a
// determiner or a possessive "'s", and before a lower-case noun:
// "the internationally recognised government", "Yemen's newly elected
// parliament". "He formally recognised the state" has a subject before
// the adverb and a determiner after the verb.
func adverbParticiple(toks []tok, h int) bool {
	t, adv, own, n := &toks[h], &toks[h-1], &toks[h-2], &toks[h+1]
	if !(strings.HasSuffix(t.low, "ed") || t.is(wcPastParticiple)) || adv.punct || adv.upper || len(adv.low) < 5 || !strings.HasSuffix(adv.low, "ly") {
		return false
	}
	if !own.is(wcDeterminer) && own.low != "'s" && own.low != "’s" {
		return false
	}
	return !n.punct && !n.upper && !n.is(wcPreposition|wcDeterminer|wcBeForm|wcNegator|wcHypo) && !strings.HasSuffix(n.low, "ly")
}

// adjectiveWord reports a lower-case word that is an adjective by its
// shape (-ous, -ful, -less, -able, -ible, -made: "numerous", "manmade")
// or a common adjective of colour, age or size: no verb form follows one
// directly.
func adjectiveWord(t *tok) bool {
	w := t.low
	if t.punct || t.upper || len(w) < 3 {
		return false
	}
	switch w {
	case "green", "red", "black", "white", "blue", "yellow", "brown", "grey", "gray", "new", "old", "young", "big", "small",
		"large", "annual", "weekly", "daily", "monthly", "yearly", "recent", "several", "numerous", "various":
		return true
	case "unless", "regardless", "nevertheless":
		return false
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"ous", "ful", "less", "able", "ible", "made"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pastVerb reports a lower-case -ed form that is no form of "be".
func pastVerb(t *tok) bool {
	return !t.punct && !t.upper && strings.HasSuffix(t.low, "ed") && !t.is(wcBeForm)
}

// openQuote reports a token that opens a quotation: a quotation mark or
// the first of a TeX/PTB-style pair of backquotes.
func openQuote(t *tok) bool {
	if !t.punct {
		return false
	}
	switch t.low {
	case "\"", "“", "`", "‘", "'":
		return true
	}
	return false
}

// nounPreps are prepositions after which a bare verb form is a noun.
var nounPreps = wordset.FromMap(map[string]bool{"in": true, "after": true, "before": true, "during": true, "following": true, "amid": true,
	"despite": true, "at": true, "into": true, "over": true, "under": true, "about": true, "from": true, "with": true})

// ingContext are words after which an -ing form is a verb: "were
// meeting", "after striking", "Israel, meeting …".
var ingContext = wordset.FromMap(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true, "'s": true, "'re": true,
	"after": true, "before": true, "while": true, "by": true, "since": true, "without": true, "from": true, "of": true,
	"on": true, "in": true, "for": true, "and": true, "when": true, "also": true, "reportedly": true, "allegedly": true,
	"not": true, "n't": true, "continue": true, "continued": true, "continues": true, "keep": true, "kept": true,
	"began": true, "begun": true, "started": true, "stop": true, "stopped": true, "deny": true, "denied": true, "denies": true,
	"admitted": true, "about": true, "against": true, "avoid": true, "avoided": true, "risk": true, "still": true, "now": true,
	"then": true, "again": true, "jointly": true, "publicly": true, "secretly": true, "repeatedly": true, "directly": true,
	"who": true, "which": true, "that": true, "purportedly": true, "apparently": true, "considering": true, "consider": true,
	"resume": true, "resumed": true, "resumes": true, "intensified": true, "escalated": true, "halted": true, "halt": true,
	"longer": true, // "is no longer attacking"
})

// ingNext are words after which an -ing form is read as a verb: "a
// declaration demanding that …", "forces attacking the town".
var ingNext = wordset.FromMap(map[string]bool{"that": true, "to": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true})

var determiners = wordset.FromMap(map[string]bool{"the": true, "a": true, "an": true, "their": true, "its": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "this": true, "that": true, "these": true, "those": true, "'s": true})

func (c *Coder) matchForward(p *Pattern, toks []tok, acts []actor, actorAt []int, k, at int, pos, ends []int) bool {
	if k >= len(p.elems) {
		return true
	}
	e := &p.elems[k]
	for skip := 0; skip <= e.gap && at+skip < len(toks); skip++ {
		t := at + skip
		if skip > 0 && isHardStop(&toks[t-1]) && !scareQuoteOpen(toks, t-1) {
			break
		}
		if skip > 1 && relativeWord(toks[t-1].low) {
			break // "extradited two men who had fled to Bolivia": the relative clause's "to" is not the verb's
		}
		if skip > 0 && p.Flags&FlagNominal != 0 && pastVerb(&toks[t]) {
			if w := toks[t-1].low; w == "and" || w == "but" || w == "or" {
				break // "condemned the attack and called on Belgrade": a coordinated verb ends the noun phrase
			}
		}
		if n, ok := c.matchElem(e, toks, acts, actorAt, t); ok {
			pos[k], ends[k] = t, t+n
			if c.matchForward(p, toks, acts, actorAt, k+1, t+n, pos, ends) {
				return true
			}
		}
	}
	if e.opt {
		pos[k] = -1
		return c.matchForward(p, toks, acts, actorAt, k+1, at, pos, ends)
	}
	return false
}

// relativeWord reports a relative pronoun that opens a clause a
// pattern's gap does not run into.
func relativeWord(w string) bool {
	return len(w) >= 3 && w[0] == 'w' && (w == "who" || w == "whom" || w == "which")
}

// matchBackward matches elements before the anchor, right to left; the
// gap of element k+1 limits the tokens between element k and k+1.
func (c *Coder) matchBackward(p *Pattern, toks []tok, acts []actor, actorAt []int, k, before int, pos, ends []int) bool {
	if k < 0 {
		return true
	}
	gap := p.elems[k+1].gap
	e := &p.elems[k]
	for skip := 0; skip <= gap; skip++ {
		end := before - skip
		if end <= 0 {
			break
		}
		if skip > 0 && isHardStop(&toks[end]) {
			break
		}
		// find an element match ending at end
		for start := end - 1; start >= 0 && start >= end-6; start-- {
			if n, ok := c.matchElem(e, toks, acts, actorAt, start); ok && start+n == end {
				pos[k], ends[k] = start, end
				if c.matchBackward(p, toks, acts, actorAt, k-1, start, pos, ends) {
					return true
				}
			}
		}
	}
	if e.opt {
		pos[k] = -1
		return c.matchBackward(p, toks, acts, actorAt, k-1, before, pos, ends)
	}
	return false
}

// scareQuoteOpen reports whether the quotation mark at q opens a short
// quotation inside a noun phrase (`declared a two-week "state of
// siege"`): a lower-case word on each side and the closing mark within
// five words. A pattern's gap runs on over it, as over the words.
func scareQuoteOpen(toks []tok, q int) bool {
	if q == 0 || q+2 >= len(toks) || toks[q].low != "\"" && toks[q].low != "\u201c" {
		return false
	}
	if p, n := &toks[q-1], &toks[q+1]; p.punct || p.upper || n.punct || n.upper {
		return false
	}
	for k := q + 2; k < len(toks) && k <= q+6; k++ {
		if toks[k].punct {
			return toks[k].low == "\"" || toks[k].low == "\u201d"
		}
	}
	return false
}

func isHardStop(t *tok) bool {
	if !t.punct || len(t.low) > len("“") {
		return false
	}
	switch t.low {
	case ";", ".", "!", "?", ":", "(", ")", "\"", "“", "”":
		return true
	}
	return false
}

// matchElem matches element e at token t and returns the tokens it spans.
func (c *Coder) matchElem(e *elem, toks []tok, acts []actor, actorAt []int, t int) (int, bool) {
	if e.slot != slotNone {
		ai := actorAt[t]
		if ai < 0 || acts[ai].t0 != t {
			return 0, false
		}
		return acts[ai].t1 - t, true
	}
	if ai := actorAt[t]; ai >= 0 && !acts[ai].generic {
		// a named actor is never a pattern word; "troops" may be, and so
		// may a diplomat noun an actor took on ("summoned the Israeli
		// ambassador")
		if a := &acts[ai]; !a.agentNoun || t == a.t0 || !diplomatNouns.Has(toks[t].low) && !(t == a.t1-1 && civilianNouns.Has(toks[t].low)) {
			return 0, false
		}
	}
	if e.mask&wordBit(toks[t].low) == 0 {
		return 0, false // no alternative begins with this word
	}
	if e.set != nil && !e.multi {
		if e.set[toks[t].low] {
			return 1, true
		}
		return 0, false
	}
	return e.matchWords(toks, t)
}

// matchWords matches one of e's alternatives at token t and returns the
// length of the longest that matches.
func (e *elem) matchWords(toks []tok, t int) (int, bool) {
	best := 0
	w := toks[t].low
	if e.singleSet != nil {
		if e.singleSet[w] {
			best = 1
		}
	} else {
		for _, s := range e.single {
			if s == w {
				best = 1
				break
			}
		}
	}
outer:
	for _, parts := range e.multis {
		if len(parts) <= best || t+len(parts) > len(toks) {
			continue
		}
		for k, part := range parts {
			if toks[t+k].low != part {
				continue outer
			}
		}
		best = len(parts)
	}
	return best, best > 0
}

// quoteEnds appends to buf the running latest end of quotes, when they
// are in text order; else it returns buf as it is.
func quoteEnds(quotes []doc.Quote, buf []int) []int {
	if !startsSorted(quotes, func(q *doc.Quote) int { return q.Span.Start }) {
		return buf
	}
	for k := range quotes {
		e := quotes[k].Span.End
		if k > 0 {
			e = max(e, buf[len(buf)-1])
		}
		buf = append(buf, e)
	}
	return buf
}

// quoteSpans returns the token ranges inside direct quotes: from the
// quotes layer when filled, else from quotation marks in the sentence.
// With the quotes in text order, quoteEnd holds their running latest
// end (see scratch): only the quotes from the first that may reach the
// sentence to the last starting before its end are read. The ranges are
// appended to out (the caller's buffer, reused from sentence to sentence).
func (c *Coder) quoteSpans(d *doc.Doc, sent doc.Span, toks []tok, quoteEnd []int, out [][2]int) [][2]int {
	if d.Has(doc.LayerQuotes) {
		lo, hi := 0, len(d.Quotes)
		if len(quoteEnd) == len(d.Quotes) {
			lo = sort.SearchInts(quoteEnd, sent.Start+1) // quoteEnd[lo] > sent.Start
			hi = sort.Search(len(d.Quotes), func(k int) bool { return d.Quotes[k].Span.Start >= sent.End })
		}
		for qix := lo; qix < hi; qix++ {
			q := &d.Quotes[qix]
			if q.Kind == "indirect" || !q.Span.Overlaps(sent) {
				continue
			}
			if q.Cue == ":" && strings.HasPrefix(q.Speaker.Entity, "place.") {
				continue // "BEIRUT: Palestinian gunmen opened fire …": a dateline, no speaker
			}
			t0, t1 := tokRange(toks, q.Span)
			if t0 < t1 {
				out = append(out, [2]int{t0, t1})
			}
		}
		return out
	}
	open := -1
	for i, t := range toks {
		if !t.punct {
			continue
		}
		switch t.low {
		case "“":
			open = i
		case "”":
			if open >= 0 {
				out = append(out, [2]int{open, i + 1})
				open = -1
			}
		case "\"":
			if open >= 0 {
				out = append(out, [2]int{open, i + 1})
				open = -1
			} else {
				open = i
			}
		}
	}
	return out
}

func inQuote(qs [][2]int, t int) (int, bool) {
	for i, q := range qs {
		if t > q[0] && t < q[1] {
			return i, true
		}
	}
	return -1, false
}

// eventFor builds in e (set whole) the doc.Event for one source/target pair.
func (c *Coder) eventFor(e *doc.Event, d *doc.Doc, si int, sent doc.Span, toks []tok, code string, src, tgt *actor, m *match, date string) {
	cc, quad := &m.p.cc, m.p.quad // most events have their pattern's code
	if code != m.p.ccCode {
		lc, _ := cameo.Lookup(code)
		cc, quad = &lc, cameo.QuadClass(code)
	}
	*e = doc.Event{}
	e.Span, e.Sentence = sent, si
	e.Cameo, e.Plover, e.Mode, e.Goldstein, e.QuadClass = code, cc.Plover, cc.Mode, cc.Goldstein, quad
	e.Date = date
	e.Trigger = d.Text[toks[m.head].start:toks[m.headEnd-1].end]
	e.TriggerSpan = doc.Span{Start: toks[m.head].start, End: toks[m.headEnd-1].end}
	if src != nil {
		e.Source, e.SourceName, e.SourceCountry, e.SourceSector, e.SourceCode = src.id, src.name, src.country, src.sector, src.actorCode()
	}
	if tgt != nil {
		e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = tgt.id, tgt.name, tgt.country, tgt.sector, tgt.actorCode()
	}
}

// nounPastVerbs are past verbs that follow a plural noun subject with
// no object of their own ("visits rose", "questions arose").
var nounPastVerbs = wordset.FromMap(map[string]bool{"rose": true, "fell": true, "grew": true, "arose": true, "were": true, "soared": true})

// pluralWord reports a word that may be a plural noun (four letters or
// more, ending in "s" but not "ss"), the first test of pluralSubject:
// cheap enough to inline, so that verbGuard asks pluralSubject only
// past it.
func pluralWord(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// pluralSubject reports whether the -s word at h is a plural noun: one
// counted by "of N" ("ER visits of 84,500"), or the subject of a past
// verb right after it ("visits totaled 87,600", "visits dropped by 20
// percent", "questions arose"). A past
// form that goes on to a noun is a modifier of the object ("visits
// injured soldiers") and leaves h a verb.
func pluralSubject(toks []tok, h int) bool {
	if !pluralWord(toks[h].low) || h+1 >= len(toks) {
		return false
	}
	n := toks[h+1].low
	if nounPastVerbs.Has(n) {
		return true
	}
	if n == "of" && h+2 < len(toks) && countWord(&toks[h+2]) {
		return true // "the 2007 ER visits of 84,500": a noun with its count
	}
	if !strings.HasSuffix(n, "ed") || toks[h+1].upper {
		return false
	}
	if h+2 >= len(toks) {
		return true
	}
	a := &toks[h+2]
	return a.punct || countWord(a) || a.is(wcPreposition) || a.is(wcDeterminer) || strings.HasSuffix(a.low, "ly")
}

// sanctionedParties are object nouns of "sanction" that name those
// penalised even when they are no actor ("sanctioned 12 individuals").
var sanctionedParties = wordset.FromMap(map[string]bool{"individuals": true, "entities": true, "companies": true, "firms": true,
	"people": true, "officials": true, "banks": true, "members": true, "persons": true, "leaders": true,
	"vessels": true, "ships": true, "tankers": true, "oligarchs": true, "players": true, "coaches": true})

// approvedThing reports whether the verb "sanction" at h has a thing
// for its object ("sanctioning several major developments", "sanctioned
// the race"): in that sense it approves or permits. An actor or a noun
// of penalised parties after it, or no object (a passive "was
// sanctioned by"), keeps the penalty.
func approvedThing(toks []tok, actorAt []int, h int) bool {
	if h+1 >= len(toks) || toks[h].low == "sanctions" && h > 0 && toks[h-1].is(wcDeterminer) {
		return false
	}
	last := -1
	for i := h + 1; i < len(toks) && i <= h+5; i++ {
		t := &toks[i]
		if actorAt[i] >= 0 {
			return false
		}
		if t.punct || t.is(wcPreposition) || t.is(wcBeForm) || t.low == "and" || t.low == "or" || t.low == "that" {
			break
		}
		last = i
	}
	if last < 0 || toks[last].is(wcDeterminer) || toks[last].upper {
		return false
	}
	switch toks[last].low {
	case "him", "her", "them", "it", "us", "me", "himself", "themselves":
		return false // a person or party we cannot name
	}
	return !sanctionedParties.Has(toks[last].low)
}

// whatBefore reports "what" among the few words up to i, within the
// clause ("what each other has to say").
func whatBefore(toks []tok, i int) bool {
	for k := i; k >= 0 && k >= i-4; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].low == "what" {
			return true
		}
	}
	return false
}

// monthDay reports a capitalised "March" at i followed by a number: the
// month of a date, no march.
func monthDay(toks []tok, i int) bool {
	return toks[i].upper && toks[i].low == "march" && i+1 < len(toks) && toks[i+1].low != "" && toks[i+1].low[0] >= '0' && toks[i+1].low[0] <= '9'
}

// dismissed reports whether the words from j, right after a form of
// "fire", name a person as its direct object (past a determiner or
// possessive and a demonym with a title): "fired Reams", "fired Chilean
// consul Tom Reams", "fired the police chief". A demonym before a
// weapon ("fired Iranian-made rockets") and people after a preposition
// ("fired at protesters") are no dismissal.
func dismissed(toks []tok, acts []actor, actorAt []int, j int) bool {
	if j < len(toks) && actorAt[j] < 0 && (toks[j].low == "the" || toks[j].low == "its" || toks[j].low == "his" || toks[j].low == "her" || toks[j].low == "their") {
		j++ // "fired the …", "fired its …", "fired his …"
	}
	if j < len(toks) && actorAt[j] >= 0 && acts[actorAt[j]].demonym && acts[actorAt[j]].t1 == j+1 {
		j++ // "fired Chilean consul Tom Reams"
		if j < len(toks) && actorAt[j] < 0 && !toks[j].punct {
			j++
		}
	}
	if j >= len(toks) || actorAt[j] < 0 {
		return false
	}
	a := &acts[actorAt[j]]
	return a.person || a.generic && !a.demonym
}

// passiveDismissal reports a passive "fired" at h whose subject is a
// person, with no target after it ("Torres, the security chief, was
// fired on Sunday"): dismissed from a job. Shots fired ("rockets were
// fired", "shots were fired at the crowd", "was fired on protesters")
// have no person subject or name a target after "at", "on" or "into".
func passiveDismissal(toks []tok, acts []actor, actorAt []int, h int) bool {
	if toks[h].low != "fired" || h < 2 || !toks[h-1].is(wcBeForm) {
		return false
	}
	if j := h + 1; j < len(toks) {
		switch toks[j].low {
		case "at", "upon", "into", "toward", "towards", "against", "from":
			return false
		case "on":
			if j+1 >= len(toks) || !weekdays.Has(toks[j+1].low) && !monthWords.Has(toks[j+1].low) {
				return false // "was fired on the convoy"
			}
		}
	}
	for k := h - 2; k >= 0 && k >= h-20; k-- {
		if toks[k].low == "." || toks[k].low == ";" {
			break
		}
		if a := actorAt[k]; a >= 0 {
			return acts[a].person
		}
	}
	return false
}

// datedNoun reports whether the word at h follows a determiner (or a
// possessive) and a date or year ("the March 7 fire", "the 2006 war",
// "Sunday's 3-0 win"): a noun, never a verb.
func datedNoun(toks []tok, h int) bool {
	k := h - 1
	if k < 1 || toks[k].low == "" || toks[k].low[0] < '0' || toks[k].low[0] > '9' {
		return false
	}
	k--
	if k >= 1 && toks[k].upper && monthWords.Has(toks[k].low) {
		k--
	}
	return toks[k].is(wcDeterminer) && toks[k].low != "that" || toks[k].low == "'s" || toks[k].low == "’s"
}

// monthPreps come before a bare month name ("in March", "since March",
// "early March").
var monthPreps = wordset.FromMap(map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"during": true, "through": true, "early": true, "late": true, "mid": true, "last": true, "next": true,
	"this": true, "of": true, "before": true, "after": true, "throughout": true, "between": true, "to": true})

// monthWords are the month names and their abbreviations.
var monthWords = wordset.FromMap(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
})

// chargeWords come before the crimes someone is charged with, convicted
// of or pleaded guilty to.
var chargeWords = wordset.FromMap(map[string]bool{"charged": true, "charges": true, "charge": true, "convicted": true, "accused": true,
	"indicted": true, "guilty": true, "acquitted": true, "suspected": true, "arrested": true, "jailed": true,
	"sentenced": true, "counts": true, "count": true, "conviction": true, "convictions": true, "suspicion": true})

// chargeWordSet is chargeWords as a needSet, for chargedCrime's test of
// the sentence's words.
var chargeWordSet = needSetOf(chargeWords)

// chargedCrime reports a nominal crime in the list after a charge
// ("has been charged with second-degree murder, incest, statutory
// rape"): what someone is charged with is alleged, not coded as done.
func chargedCrime(toks []tok, actorAt []int, m *match) bool {
	if m.head != m.start || toks[m.head].is(wcReportVerb) { // (codeSentence asks only when head == start: keep the test so)
		return false
	}
	if m.words != nil && !chargeWordSet.meets(m.words) {
		return false // (no charge word in the sentence: nothing to scan for)
	}
	for i := m.start - 1; i >= 1 && i >= m.start-14; i-- {
		t := &toks[i]
		if actorAt[i] >= 0 || t.punct && t.low != "," && t.low != "-" || t.low == "who" || t.low == "which" || t.low == "that" || t.is(wcReportVerb) {
			return false // ("pleaded guilty to murder, saying he shot X": the admission stays)
		}
		switch t.low {
		case "with", "of", "to", "for":
			if chargeWords.Has(toks[i-1].low) && (i < 2 || toks[i-2].low != "in") {
				return true // (not "in charge of")
			}
			if t.low != "to" {
				// "charged eight terrorist suspects yesterday with
				// conspiring to commit murder": the accused and a time
				// between the charge and its crime
				for k := i - 2; k >= 0 && k >= i-7; k-- {
					if toks[k].punct {
						break
					}
					if strings.HasSuffix(toks[k].low, "ed") && chargeWords.Has(toks[k].low) {
						return true
					}
				}
			}
		}
	}
	return false
}

// appealObject reports whether match m is the noun right after an
// appeal verb matched just before it, with only modifiers between
// ("urge TV ban on women", "demand pay rise"): the noun names what is
// asked for, which has not happened. An actor, a preposition or "to"
// between ("urged Iran to ban") leaves m its own event.
func appealObject(toks []tok, actorAt []int, prev, m *match) bool {
	if cameo.Root(prev.p.Code) != "02" || prev.p.Flags&FlagNominal != 0 || m.head != m.start || prev.end > m.start || m.start-prev.end > 2 {
		return false
	}
	for i := prev.end; i < m.start; i++ {
		t := &toks[i]
		if actorAt[i] >= 0 || t.punct || t.is(wcPreposition) || t.low == "to" || t.low == "and" || t.is(wcDeterminer) {
			return false
		}
	}
	return true
}

// jailWord reports "jail" or "prison" (or their plurals), the first
// test of placeNoun: cheap enough to inline, so that verbGuard asks
// placeNoun only past it.
func jailWord(w string) bool {
	return w == "jail" || w == "prison" || w == "jails" || w == "prisons"
}

// placeNoun reports "jail" or "prison" at h as the place after a
// preposition: "in jail", "released from prison", "sent directly to jail
// after …". After "to" with an object it stays a verb ("threatened to
// jail opponents").
func placeNoun(toks []tok, h int) bool {
	if !jailWord(toks[h].low) {
		return false
	}
	switch toks[h-1].low {
	case "in", "from", "into", "of", "out":
		return true
	case "to":
		if h+1 >= len(toks) {
			return true
		}
		n := &toks[h+1]
		switch n.low {
		case "after", "before", "until", "for", "on", "in", "without", "when", "while", "since":
			return true
		}
		return n.punct || n.is(wcPreposition) && n.low != "to"
	}
	return false
}

// poundWord reports "pound" or "pounds", the first test of
// currencyPound: cheap enough to inline, so that verbGuard asks
// currencyPound only past it.
func poundWord(w string) bool { return w == "pound" || w == "pounds" }

// currencyPound reports a "pound"/"pounds" at h that is the currency: a
// number or determiner before it, or a determiner (or the sentence start)
// before the demonyms and "sterling" that qualify it ("10 pounds", "the
// Lebanese pound", "Egyptian pound falls"). The shelling verb has its
// subject before it ("Russian artillery pounded", "forces pound the
// town").
func currencyPound(toks []tok, h int) bool {
	if !poundWord(toks[h].low) {
		return false
	}
	k := h - 1
	for k >= 0 && toks[k].upper && !toks[k].punct && demonymLike(toks[k].low) {
		k--
	}
	if k < 0 {
		return k < h-1 // "Egyptian pound falls"
	}
	t := &toks[k]
	return t.is(wcDeterminer) && t.low != "that" || countWord(t) || t.low == "sterling"
}

// demonymLike reports a lower-cased word with a demonym's ending
// ("lebanese", "british", "egyptian", "iraqi").
func demonymLike(w string) bool {
	for _, suf := range [...]string{"an", "ese", "ish", "i", "ic", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// insertPersonAt inserts person a, standing at token k (a pronoun or
// possessive that refers back to it), into acts in token order.
func insertPersonAt(acts []actor, a actor, k int, poss bool) []actor {
	a.t0, a.t1, a.poss, a.agentBefore = k, k+1, poss, false
	at := len(acts)
	for i := range acts {
		if acts[i].t0 > k {
			at = i
			break
		}
	}
	acts = append(acts, actor{})
	copy(acts[at+1:], acts[at:])
	acts[at] = a
	return acts
}

// distinctDates reports two events of different triggers dated to
// different years: "Vietnam and the United States, which established
// relations in 1995, upgraded their ties in September" are two acts of
// the same pair, decades apart, and neither is the other's duplicate.
// Statements (01) are left to dedupe as before: a
// statement inside a quote dated by its own clause is no second one.
func distinctDates(o, e *doc.Event) bool {
	return o.TriggerSpan != e.TriggerSpan && !strings.HasPrefix(e.Cameo, "01") && len(o.Date) >= 4 && len(e.Date) >= 4 && o.Date[:4] != e.Date[:4]
}
