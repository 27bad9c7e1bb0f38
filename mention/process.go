package mention

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// A found is one candidate mention over the token range [i,j).
type found struct {
	i, j    int
	typ     kind  // the type: doc.Type… as a kind
	actor   int32 // index into Stage.actors, -1 when unknown
	how     foundHow
	capital int32 // country whose capital this is, -1
	place   int32 // place actor among the candidates, -1
	persons []int32
	surname bool // only a KB person's surname matched: typed, not linked
	orgList bool // a surname match that is also on the organisation list ("Saab")
	// others are the KB persons whose surname this one-word alias match
	// also is ("Zardari": Asif Ali Zardari's alias, Bilawal Bhutto
	// Zardari's surname); resolvePersons prefers one the article names
	// in full over an alias holder it does not
	others   []int32
	metonymy bool
	possEnd  bool   // the name ends in "'s" ("Moody's"): the span takes it in
	country  string // ISO3 for unlinked places and orgs, "" if unknown
	dead     bool   // absorbed into a longer mention
	key      string // grouping key for unlinked mentions
	joinTo   int    // index of the found this short form joins, -1
	claim    int    // index into claims, -1
	title    doc.Span
	canon    string // the name an unlinked entity is given when it is not its text ("Caracas" for "CARACAS")
	// shapeOnly: typed a person only because the words look like a
	// person's name (no cue); oneSense retypes it after a cued mention
	shapeOnly bool
}

type titleHit struct {
	i, j int
	e    *titleEntry
}

// titleFrom returns the index of the first title that opens at token k
// or after it (len(p.titles) when none does). The titles are in text
// order and do not overlap, so their ends are in order too: a scan for
// the titles near a token starts here rather than at the first title
// (a long document has thousands, and the scans run per name).
func (p *proc) titleFrom(k int) int {
	lo, hi := 0, len(p.titles)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.titles[m].i < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// proc is the per-document state of one Process call.
type proc struct {
	s      *Stage
	text   string
	sents  []doc.Span
	title  int // the end of the article's title when the text opens with it, else 0
	toks   []token
	found  []found
	cover  []int32 // token → index into found, -1
	tcover []int32 // token → index into titles, -1
	titles []titleHit
	claims []doc.RoleClaim
	cfound []int // claim → index of the person found
	// leaders memoises leader: whether a KB person led a state on the
	// article date (nil until asked; release drops it)
	leaders map[int32]bool
	lowers  lowerIndex    // the words written lower case, built on first use
	counts  []int         // markHeadlines' scratch space
	words   []string      // the arena of fields
	people  []personWords // shortForms' people, kept across documents
	ents    []doc.Entity  // emit's entities before they are copied out
	// emit's scratch space, kept across documents
	actsMemo  []actsMemo // token → countryActsAt's answer (emit empties it)
	live      []int
	mentionOf []int
	keyEnt    map[entKey]int // unlinked type and key → entity index
	date      kb.Date        // the article date when known (doc.LayerDate), else zero
	headl     []bool         // sentence → looks like a headline (title case)
	sloppy    bool           // most sentences open in lower case: capitals mark no names (see caseOK)
	shapeOnly bool           // set by classify when only the name's shape typed it
	cue       cueMemo        // hasCue's last answer; the zero value holds none
	low       string         // segment.LowerASCII(text), "" until lower needs it
	trig      trigger        // the pass triggers the document's words hold (see absent)
	cls       []byte         // token → its class bits (tokclass.go), set with trig
	tflags    []wordFlag     // token → its word's flags (has reads them), set with trig

	// stateCtx is contextCountry's view of the states, kept while
	// keepStates is set (see stateContext)
	stateCtx    *stateContext
	personCtx   *personContext // personCountry's, kept as stateCtx
	keepStates  bool
	keepPersons bool

	// actorEnts maps an actor's Stage.entSlot to its entity index + 1 (0:
	// none yet), the slots set listed in entSlots; emit clears them when
	// done, so the slice is all zeros between documents
	actorEnts, entSlots []int32

	// ids is the arena of founds' person lists (found.persons), so pickFound
	// allocates none once it has grown; persons and surnames are pickFound's
	// scratch space
	ids, persons, surnames []int32

	// cued and orgs are oneSense's and orgSenses' maps, kept across
	// documents and emptied by their users when done
	cued map[string]kind
	orgs map[string]int

	// long documents only (see manyFound): resolvePersons' memo of
	// namesCountry and its persons ordered by end (otherBearerNearer)
	countryNamed map[string]bool
	byEnd        []int32
}

// setTokens makes toks the document's tokens, with what docTriggers
// reads of them once for every pass: their class bits, word flags and
// the triggers they hold.
func (p *proc) setTokens(toks []token) {
	p.toks = toks
	if cap(p.cls) < len(toks) {
		p.cls = make([]byte, len(toks))
	}
	p.cls = p.cls[:len(toks)]
	if cap(p.tflags) < len(toks) {
		p.tflags = make([]wordFlag, len(toks))
	}
	p.tflags = p.tflags[:len(toks)]
	p.trig = p.s.docTriggers(toks, p.cls, p.tflags)
}

// carveIDs returns a copy of s carved from p.ids (read only; valid until
// the document is done). Its capacity ends with it, so an append to it
// cannot write into the next one.
func (p *proc) carveIDs(s []int32) []int32 {
	n := len(p.ids)
	p.ids = append(p.ids, s...)
	return p.ids[n:len(p.ids):len(p.ids)]
}

// Process finds the mentions, entities and role claims of d.
func (s *Stage) Process(d *doc.Doc) error {
	if err := d.Need(doc.LayerText); err != nil {
		return err
	}
	if err := d.Need(doc.LayerSentences); err != nil {
		return err
	}
	p := procPool.Get().(*proc)
	defer p.release()
	p.s, p.text, p.sents = s, d.Text, d.Sentences
	if t := strings.TrimSpace(d.Title); t != "" && strings.HasPrefix(d.Text, t) {
		p.title = len(t)
	}
	if d.Has(doc.LayerDate) && d.HasDate() {
		p.date = kb.DateOf(d.Date)
	}
	p.setTokens(tokenize(d.Text, d.Sentences, s.v, p.toks[:0]))
	p.cover = grow(p.cover, len(p.toks))
	p.tcover = grow(p.tcover, len(p.toks))
	p.markDatelineStarts()
	p.markHeadlines(len(d.Sentences))
	p.grandNames()
	p.matchNames()
	p.sloppySurnames()
	p.royalSurnames()
	p.matchTitles()
	p.cue = cueMemo{} // the titles matched change hasCue's answers
	p.protectUnknown()
	if !s.opts.KBOnly {
		p.nationalBranches()
		p.findRuns()
		p.orgTails()
		p.orgPrefixes()
		p.titleOffices()
		p.stateForTitles()
		p.ministerOfNames()
		p.bankCountries()
		p.gulfModifiers()
		p.airlineCountries()
		p.missionNames()
		p.marketSubjects()
		p.partyLabels()
		p.pluralPossSurnames()
		p.weekdayPapers()
		p.placeJoins()
		p.partyWords()
		p.partyPlurals()
		p.qualifiedParties()
		p.products()
		p.commaSuffix()
		p.namedFacilities()
		p.roadNames()
		p.routePlaces()
		p.shipNames()
		p.orgInnerJoins()
		p.listedPossJoins()
		p.venueJoins()
		p.religionNames()
		p.placePairBodies()
		p.firmDivisions(false)
		p.possessiveFirms()
		p.stateBodies()
		p.americaUS()
	}
	p.foreignPlaces()
	p.usGeorgia()
	p.usNamesakes()
	p.resolveCapitals()
	p.seatMetonyms()
	p.leaderGovernments()
	p.resolvePersons()
	if !s.opts.KBOnly {
		p.givenCountries()
	}
	p.buildClaims()
	p.foreignBodies()
	p.ownedBodies()
	p.nationalCouncils()
	if !s.opts.KBOnly {
		p.functionSurnameJoins()
		p.possessiveParties()
		p.shortForms()
		p.orgShortForms()
		p.orgHeadShortForms()
		p.orgPairShortForms()
		p.knownAs()
		p.guessSingles()
		p.patronymGivens()
		p.patronymTails()
		p.descriptorOrgs()
		p.shapePlaces()
		p.shapeFirms()
		p.makerFirms()
		p.placePersons()
		p.rejoinFullNames()
		p.oneSense()
		p.orgSenses()
		p.coordTypes()
		p.firmDivisions(true)
		p.makerModels()
		p.hyphenFirms()
		p.prefixHyphens()
		p.wordFirmMentions()
		p.families()
		p.clubPlaces()
		p.contextNames()
		p.acronymLongForms()
		p.quotedTitles()
		p.allStars()
		p.datelinePlace()
		p.datelineAgency()
		p.possBusinesses()
		p.signOffs()
	}
	p.usCongress()
	p.commonCompounds()
	p.sharedDemonyms()
	p.sharedCountryNames()
	if p.languageModifiers() {
		p.groupNamesakes()
	}
	p.foreignBuildings()
	p.epithetNames()
	p.subdivisionNames()
	p.personPlaces()
	p.parentPrefixes()
	p.pairBodies()
	p.headlineFirms()
	if !s.opts.KBOnly {
		p.givenBeforeHeads()
		p.factionSuffixes()
		p.slashNames()
	}
	p.partyNominees()
	p.emit(d)
	d.Fill(doc.LayerMentions)
	return nil
}

// procPool recycles the per-document buffers of Process.
var procPool = sync.Pool{New: func() any { return new(proc) }}

// release clears p of references to the document and returns it to the
// pool, keeping its buffers.
func (p *proc) release() {
	const keep = 1 << 16 // do not pin the buffers of a huge document
	if cap(p.toks) > keep {
		p.toks, p.cls, p.tflags = nil, nil, nil
	}
	p.lowers.reset()
	*p = proc{toks: p.toks[:0], cls: p.cls[:0], tflags: p.tflags[:0], cover: p.cover[:0], tcover: p.tcover[:0], found: p.found[:0], lowers: p.lowers,
		actsMemo: p.actsMemo[:0], live: p.live[:0], mentionOf: p.mentionOf[:0], actorEnts: p.actorEnts, entSlots: p.entSlots[:0], keyEnt: p.keyEnt, cued: p.cued, orgs: p.orgs,
		claims: p.claims[:0], cfound: p.cfound[:0], titles: p.titles[:0], headl: p.headl[:0],
		counts: p.counts[:0], words: p.words[:0], ids: p.ids[:0], persons: p.persons[:0], surnames: p.surnames[:0], people: clearPeople(p.people), ents: p.ents[:0]}
	procPool.Put(p)
}

// clearPeople empties people, dropping its references into the last
// document's words.
func clearPeople(people []personWords) []personWords {
	clear(people[:cap(people)])
	return people[:0]
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// growInts returns s resized to n, every element 0.
func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// grow returns s resized to n, every element -1.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	if n == 0 {
		return s
	}
	// fill by doubling copies (memmove) rather than an element a step
	s[0] = -1
	for k := 1; k < n; k *= 2 {
		copy(s[k:], s[:k])
	}
	return s
}

// fields returns strings.Fields(s), its slice carved from p.words (read
// only; valid until the document is done) so splitting allocates nothing
// once the arena has grown.
func (p *proc) fields(s string) []string {
	n := len(p.words)
	if isASCII(s) {
		// the usual case (folded names): split at ASCII white space
		// bytes, the only white space an ASCII string holds, without
		// decoding runes
		for i := 0; i < len(s); {
			for i < len(s) && asciiSpace[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
			j := i + 1
			for j < len(s) && !asciiSpace[s[j]] {
				j++
			}
			p.words = append(p.words, s[i:j])
			i = j
		}
	} else {
		p.unicodeFields(s)
	}
	if len(p.words) == n {
		return nil
	}
	return p.words[n:len(p.words):len(p.words)]
}

// unicodeFields appends the fields of s to p.words, for any text.
func (p *proc) unicodeFields(s string) {
	for i := 0; i < len(s); {
		for i < len(s) {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += sz
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += sz
		}
		p.words = append(p.words, s[i:j])
		i = j
	}
}

func (p *proc) word(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// lower returns strings.ToLower(p.word(i)). An ASCII word is a slice of
// the document's lower-case copy (segment.LowerASCII: made once for the
// document, on first use, and shared with the stages after this one), so
// it allocates nothing; any other word is lowered by strings.ToLower.
func (p *proc) lower(i int) string {
	t := &p.toks[i]
	if !t.ascii() { // shASCII: no scan of the word for a byte outside ASCII
		// (the word is sliced here only: its bounds checks cost the
		// usual ASCII word a third of the call)
		return strings.ToLower(p.text[t.start:t.end])
	}
	if p.low == "" {
		p.low = segment.LowerASCII(p.text)
	}
	return p.low[t.start:t.end]
}

// has reports whether token i's word has a flag of f. It reads the
// token's flags docTriggers copied (one load, not the token's id and
// the vocabulary's table): the rules ask it most of all.
func (p *proc) has(i int, f wordFlag) bool {
	return uint(i) < uint(len(p.tflags)) && p.tflags[i]&f != 0
}

func (p *proc) is(i int, id int32) bool { return uint(i) < uint(len(p.toks)) && p.toks[i].id == id }

// joined reports whether token i follows token i-1 closely enough to be
// in the same name or phrase: i > 0, a gap of one space at most, no
// possessive before it, the same sentence (cJoined, set by docTriggers).
func (p *proc) joined(i int) bool {
	return uint(i) < uint(len(p.cls)) && p.cls[i]&cJoined != 0
}

// markDatelineStarts marks the first word after a dateline ("CARACAS,
// Venezuela (Reuters) — Protesters said", "Kabul (AP) - Witnesses
// said") as a sentence start: the story's first sentence opens there, so
// its first word is read as a capitalised common word may be.
func (p *proc) markDatelineStarts() {
	toks := p.toks // read once: the loop only writes tokens' fields
	for i := 0; i < len(toks); i++ {
		// only a sentence's first word can open a dateline: jump to the
		// next (cSent; markSentStart marks the words this loop makes
		// first words, all after i)
		if i = nextClass(p.cls, i, cSent); i == len(toks) {
			break
		}
		t := &toks[i]
		if t.sentStart && t.shape&shDigit != 0 && !t.cap() {
			p.markStampStart(i)
			continue
		}
		if !t.sentStart || !t.cap() {
			continue
		}
		for k := i + 1; ; k++ {
			// only a mark can be the dash: jump over the words to the
			// next one (cMark). A sentence's tokens are contiguous, so a
			// mark in t's sentence has only t's sentence before it; a
			// token in no sentence (-1) steps one at a time.
			if t.sent >= 0 {
				k = nextClass(p.cls, k, cMark)
			}
			if k >= len(toks) || k >= i+14 || toks[k].sent != t.sent {
				break
			}
			if toks[k].word() || toks[k].gap < gapSpace {
				continue
			}
			if w := p.word(k); w != "—" && w != "–" && w != "-" {
				continue
			}
			if !t.upper() && !p.is(k-1, p.s.w.rparen) {
				break // "Tehran - the capital": no dateline
			}
			e := k + 1
			for e < len(toks) && !toks[e].word() && e < k+3 {
				e++ // "--"
			}
			if e < len(toks) && toks[e].sent == t.sent && toks[e].cap() {
				p.markSentStart(e)
			}
			break
		}
	}
}

// markStampStart marks the first word after a live blog's time stamp
// ("09:30 - Power has been cut", "3:20 p.m. GMT — Aid agencies said") as
// a sentence start: the entry opens there. Token i opens the sentence
// with a digit.
func (p *proc) markStampStart(i int) {
	toks := p.toks
	for k := i + 1; k < len(toks) && k < i+8 && toks[k].sent == toks[i].sent; k++ {
		w := p.word(k)
		if w != "—" && w != "–" && w != "-" {
			continue
		}
		if toks[k].gap < gapSpace || !clockStamp(p.text[toks[i].start:toks[k-1].end]) {
			return
		}
		if e := k + 1; e < len(toks) && toks[e].sent == toks[i].sent && toks[e].cap() {
			p.markSentStart(e)
		}
		return
	}
}

// clockStamp reports whether s is a clock time: "09:30", "3.20 p.m.",
// "14:20 GMT", "11:05 am local".
func clockStamp(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 1 || n > 2 || n+3 > len(s) || s[n] != ':' && s[n] != '.' || s[n+1] < '0' || s[n+1] > '5' || s[n+2] < '0' || s[n+2] > '9' {
		return false
	}
	rest := strings.Fields(s[n+3:])
	if len(rest) > 2 {
		return false
	}
	for _, f := range rest {
		if len(f) > 5 {
			return false
		}
		for j := 0; j < len(f); j++ {
			if c := f[j]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
				return false
			}
		}
	}
	return true
}

func (p *proc) markHeadlines(nsent int) {
	p.sloppy = false
	if nsent == 0 {
		return
	}
	// sentences' first words, also where the segmenter joined two
	// sentences because the second opens in lower case ("… home. obama")
	starts, lowStarts, open := 0, 0, true
	toks, text := p.toks, p.text
	for k := 0; k < len(toks); k++ {
		// with no sentence mark before it, only a first word (cSent) or
		// a mark (cMark) changes the counts: jump to the next
		if !open {
			if k = nextClass(p.cls, k, cSent|cMark); k == len(toks) {
				break
			}
		}
		t := &toks[k] // not a range value: that copies each token
		if !t.word() {
			if w := text[t.start:t.end]; w == "." || w == "!" || w == "?" {
				open = true
			}
			continue
		}
		if open || t.sentStart {
			open = false
			if t.shape&(shCap|shLower) != 0 {
				starts++
			}
			if t.shape&shLower != 0 {
				lowStarts++
			}
		}
	}
	// "lol obama went to israel. tunisian fans cheered.": sloppy text
	// writes every sentence, and every name, in lower case
	p.sloppy = lowStarts >= 2 && lowStarts*2 > starts
	if cap(p.headl) < nsent {
		p.headl = make([]bool, nsent)
	}
	p.headl = p.headl[:nsent]
	flags := p.s.v.flags
	for i := range p.headl {
		p.headl[i] = false
		// a sentence that ends with sentence punctuation is no headline,
		// but for the title's own ("Saakashvili Greater Threat than
		// Russia."): only the others' words are counted
		// A text that opens with no title line may open with its
		// headline joined to the story by a full stop ("Chinese
		// President Meets With Castro (AP). AP - …"): a first sentence
		// whose every word but those title case leaves in lower case is
		// capitalised is one.
		s := p.sents[i]
		ended := p.endsSentence(i) && s.End > p.title+1
		if ended && i > 0 {
			continue
		}
		// the sentence's tokens start within its span: the first at or
		// after its start, by binary search
		lo, hi := 0, len(toks)
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); toks[m].start < s.Start {
				lo = m + 1
			} else {
				hi = m
			}
		}
		words, caps, lower := 0, 0, 0
		for k := lo; k < len(toks) && toks[k].start < s.End; k++ {
			t := &toks[k]
			if !t.word() || t.sent != int32(i) || t.shape&shDigit != 0 {
				continue
			}
			words++
			if t.cap() && (t.id < 0 || flags[t.id]&fConnector == 0) { // !p.s.v.has(t.id, fConnector)
				caps++
			} else if !t.cap() && !titleCaseLower(p.text[t.start:t.end]) {
				lower++
			}
		}
		if ended {
			// (not "By Bill Engle Staff Writer.": a byline)
			p.headl[i] = words >= 4 && lower == 0 && lo < len(toks) && !strings.EqualFold(p.text[toks[lo].start:toks[lo].end], "by")
			continue
		}
		p.headl[i] = words >= 4 && caps*10 >= words*7
	}
}

// titleCaseLower reports whether w is a word title case leaves in lower
// case: an article, a conjunction or a short preposition ("Minister
// Quits as Protests Grow"), not a verb ("Elias Howell was a …").
func titleCaseLower(w string) bool {
	switch w {
	case "a", "an", "the", "and", "but", "or", "nor", "for", "as", "at", "by", "in", "of", "on", "to", "up", "via", "vs", "with", "from", "over", "into", "onto", "amid", "after", "off", "out":
		return true
	}
	return false
}

// endsSentence reports whether sentence si ends with sentence punctuation
// (before closing quotes, brackets and white space); headlines do not.
// It is strings.TrimRight(text, " \n\t\"'”’)") and a look at the last
// byte, without TrimRight's cutset set-up.
func (p *proc) endsSentence(si int) bool {
	s := p.sents[si]
	t := p.text[s.Start:s.End]
	for len(t) > 0 {
		c := t[len(t)-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == ')' {
			t = t[:len(t)-1]
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(t)
		if r != '”' && r != '’' {
			break
		}
		t = t[:len(t)-n]
	}
	if len(t) == 0 {
		return false
	}
	c := t[len(t)-1]
	return c == '.' || c == '?' || c == '!'
}

func (p *proc) headline(i int) bool {
	s := p.toks[i].sent
	return s >= 0 && int(s) < len(p.headl) && p.headl[s]
}

func (p *proc) addFound(f found) int {
	return p.appendFound(&f)
}

// appendFound is addFound for a found the caller built in place (see
// pickFound): *f is copied once, into p.found.
func (p *proc) appendFound(f *found) int {
	p.found = append(p.found, *f)
	return p.foundAdded()
}

// foundAdded completes the last found of p.found, which its caller built
// there (matchNames: no copy of some 200 bytes per match), as
// appendFound does, and returns its index.
func (p *proc) foundAdded() int {
	k := len(p.found) - 1
	f := &p.found[k]
	if f.joinTo == 0 && f.claim == 0 {
		f.joinTo, f.claim = -1, -1
	}
	for t := f.i; t < f.j; t++ {
		p.cover[t] = int32(k)
	}
	p.foundChanged(k)
	return k
}

func (p *proc) kill(k int) {
	f := &p.found[k]
	f.dead = true
	for t := f.i; t < f.j; t++ {
		if p.cover[t] == int32(k) {
			p.cover[t] = -1
		}
	}
	p.foundChanged(k)
}

// signOffs drops a press release's or wire story's closing mark, "END"
// or "-ENDS-" alone on its line: it names nothing.
func (p *proc) signOffs() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i != 1 {
			continue
		}
		switch p.word(f.i) {
		case "END", "ENDS", "ENDIT":
		default:
			continue
		}
		if aloneOnLine(p.text, p.toks[f.i].start, p.toks[f.i].end) {
			p.kill(g)
		}
	}
}

// aloneOnLine reports whether text[start:end] stands alone on its line
// but for dashes, hashes and spaces around it ("-ENDS-", "## END ##").
func aloneOnLine(text string, start, end int) bool {
	blank := func(c byte) bool { return c == ' ' || c == '\t' || c == '-' || c == '#' || c == '\r' }
	for k := start - 1; k >= 0 && text[k] != '\n'; k-- {
		if !blank(text[k]) {
			return false
		}
	}
	for k := end; k < len(text) && text[k] != '\n'; k++ {
		if !blank(text[k]) {
			return false
		}
	}
	return true
}

// nameWord reports whether token i can be part of a capitalised name.
func (p *proc) nameWord(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	initial := t.end-t.start == 2 && p.text[t.end-1] == '.' // "A." in "John A. Corder"
	return t.word() && t.cap() && t.shape&shDigit == 0 && p.tcover[i] < 0 && (initial || !p.s.v.has(t.id, fStop)) && !p.pronounI(i)
}

// pronounI reports whether token i is the pronoun "I" with a contraction
// ("I'm", "I'll", "I've", "I'd"), which names nothing.
func (p *proc) pronounI(i int) bool {
	t := p.toks[i]
	if t.end-t.start < 3 || t.end-t.start > 6 || p.text[t.start] != 'I' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text[t.start+1:])
	return isApos(r)
}

// fold returns the folded text of tokens [i,j).
func (p *proc) fold(i, j int) string {
	if j == i+1 {
		// one ASCII word the vocabulary knows: its folded form is the
		// vocabulary's word (tokenize looked the word up folded), so
		// no new string is needed
		if t := &p.toks[i]; t.id >= 0 && t.shape&shWord != 0 && t.ascii() {
			return p.s.v.words[t.id]
		}
	}
	var arr [64]byte // most names fit: the result is built on the stack
	if b, ok := p.appendFoldWords(arr[:0], i, j); ok {
		return string(b)
	}
	return fold(p.text[p.toks[i].start:p.toks[j-1].end])
}

// foldInto appends the folded text of tokens [i,j), p.fold(i, j), to
// dst. A map keyed on folded names is asked with string(p.foldInto(…)),
// which builds no string: most names asked are no key.
func (p *proc) foldInto(dst []byte, i, j int) []byte {
	if b, ok := p.appendFoldWords(dst, i, j); ok {
		return b
	}
	return appendFold(dst, p.text[p.toks[i].start:p.toks[j-1].end])
}

// foldWords returns p.fields(p.fold(i, j)), the folded words of tokens
// [i,j), without building the folded text when every token is a word
// the vocabulary knows and the text is ASCII: then only white space,
// hyphens and abbreviation dots (which fold reads as spaces) lie between
// the words, unless a possessive does ("Trump's Tower" folds to
// "trumps tower"), and each word folds to its vocabulary form.
//
// A word the vocabulary lacks (an unknown person's name, the usual case
// here) takes the same path when it is plain letters and digits: it
// folds to itself in lower case, which p.lower reads without building a
// string.
func (p *proc) foldWords(i, j int) []string {
	if !isASCII(p.text[p.toks[i].start:p.toks[j-1].end]) {
		return p.fields(p.fold(i, j))
	}
	n := len(p.words)
	for k := i; k < j; k++ {
		t := &p.toks[k]
		if t.shape&shWord == 0 || k < j-1 && t.poss || t.id < 0 && !plainWord(p.text[t.start:t.end]) {
			p.words = p.words[:n]
			return p.fields(p.fold(i, j))
		}
		if t.id < 0 {
			p.words = append(p.words, p.lower(k))
			continue
		}
		p.words = append(p.words, p.s.v.words[t.id])
	}
	return p.words[n:len(p.words):len(p.words)]
}

// plainWord reports whether w is ASCII letters and digits only (no
// apostrophe or abbreviation dot, which fold drops or splits at).
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !byteWord[w[i]] {
			return false
		}
	}
	return w != ""
}

// fold is kb.Fold with a fast path for ASCII text (no Unicode
// normalisation needed); the result is the same.
func fold(s string) string {
	var arr [64]byte // most names fit: the result is built on the stack
	return string(appendFold(arr[:0], s))
}

// appendFold appends kb.Fold(s) to dst: a map keyed on a folded text
// can be asked with string(appendFold(buf[:0], s)), which builds no
// string.
func appendFold(dst []byte, s string) []byte {
	b, n := dst, len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch foldKind[c] {
		case foldDrop:
			continue
		case foldSpace:
			space = true
			continue
		case foldOther:
			if b, ok := appendFoldLatin(dst, s); ok {
				return b
			}
			return append(dst, kb.Fold(s)...)
		}
		if space && len(b) > n {
			b = append(b, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// What fold does with a byte: keep it (lower-cased), drop it (an
// apostrophe), read it as a space between words (hyphens, dots, white
// space), or hand the whole text to kb.Fold (a byte outside ASCII).
const (
	foldKeep = iota
	foldDrop
	foldSpace
	foldOther
)

var foldKind = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = foldOther
		case c == '\'' || c == '`':
			t[c] = foldDrop
		case c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = foldSpace
		}
	}
	return t
}()

func (p *proc) span(i, j int) doc.Span { return doc.Span{Start: p.toks[i].start, End: p.toks[j-1].end} }

// possEnd returns the end of the possessive "'s" written after token k.
func (p *proc) possEnd(k int) int {
	e := p.toks[k].end
	if !p.toks[k].poss {
		return e
	}
	r, n := utf8.DecodeRuneInString(p.text[e:])
	if isApos(r) && e+n < len(p.text) && (p.text[e+n] == 's' || p.text[e+n] == 'S') {
		return e + n + 1
	}
	return e
}

// seenLower reports whether the article also writes the word of token
// i in lower case, which makes a capitalised word at a sentence start a
// common word. Only a lower-case form of some sentence-initial
// capitalised word counts.
func (p *proc) seenLower(i int) bool {
	w := p.word(i)
	if !p.lowers.find(p, w, true) {
		return false
	}
	if t := p.toks[i]; t.sentStart && t.cap() {
		return true
	}
	lw := strings.ToLower(w)
	for k := 0; k < len(p.toks); k++ {
		// only a sentence's first word counts: jump to the next (cSent)
		if k = nextClass(p.cls, k, cSent); k == len(p.toks) {
			break
		}
		t := &p.toks[k]
		if !t.sentStart || !t.cap() {
			continue
		}
		// compare in place: lowering every sentence-initial word would
		// allocate on each call
		if x := p.text[t.start:t.end]; isASCII(x) && equalLowerASCII(lw, x) || !isASCII(x) && strings.ToLower(x) == lw {
			return true
		}
	}
	return false
}

// foundAt returns the live found starting at token i, or -1.
func (p *proc) foundAt(i int) int {
	if i < 0 || i >= len(p.toks) || p.cover[i] < 0 {
		return -1
	}
	k := int(p.cover[i])
	if p.found[k].i != i || p.found[k].dead {
		return -1
	}
	return k
}

// foundEnding returns the live found ending at token j-1, or -1.
func (p *proc) foundEnding(j int) int {
	if j <= 0 || j > len(p.toks) || p.cover[j-1] < 0 {
		return -1
	}
	k := int(p.cover[j-1])
	if p.found[k].j != j || p.found[k].dead {
		return -1
	}
	return k
}
