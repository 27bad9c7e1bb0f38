package verify

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/segment"
)

// hedgeRe finds hedging words and phrases: signals that a claim is not
// established, never verdicts of falsehood.
var hedgeRe = regexp.MustCompile(`(?i)\b(alleged(?:ly)?|purported(?:ly)?|reportedly|(?:is|was|are|were|been|being)\s+reported\s+(?:to|that)|(?:the|a|an)\s+reported|supposed(?:ly)?|unconfirmed|unverified|could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|cannot be (?:independently )?verified|not (?:been )?independently (?:verified|confirmed)|believed to(?: be| have)?|said to (?:be|have)|thought to (?:be|have)|understood to (?:be|have)|rumou?red|apparent(?:ly)?|claimed)\b`)

// unnamedKeys and hedgeKeys are words one of which a sentence must hold
// for unnamedRe or hedgeRe to match it.
var (
	unnamedKeys = []string{"official", "source", "diplomat", "people", "person", "insider", "aide", "anonym", "not to be", "declined to be"}
	hedgeKeys   = []string{"alleged", "purport", "reported", "supposed", "unconfirmed", "unverified", "verif", "confirm", "believed", "said to", "thought to", "understood to", "rumo", "apparent", "claimed"}
)

// findAround runs re only on windows of text around the key words
// (before bytes before a key, after bytes after it), merged where they
// overlap: the expressions are slow over whole sentences, and every match
// holds a key word. lower is text in lower case, byte for byte.
func findAround(re *regexp.Regexp, text, lower string, keys []string, before, after int) [][]int {
	var out [][]int
	for _, w := range windows(text, lower, keys, before, after) {
		for _, loc := range re.FindAllStringIndex(text[w[0]:w[1]], -1) {
			out = append(out, []int{w[0] + loc[0], w[0] + loc[1]})
		}
	}
	return out
}

// firstAround returns the first match of p.re in wins, the windows of
// findAround (see windows), skipping the windows whose lower-case text
// holds none of p.verbs, one of which every match holds. aligned says
// that lower's offsets are text's (see checker.lowerOf).
//
// In an ASCII window the expression is tried only at the word starts
// that begin with one of p.starts, in text order, anchored there (p.at):
// the first of these matches is the leftmost match of p.re, found
// without running the expression from every byte of the window (the
// unanchored search cost a fifth of the verify stage). A window with
// other bytes runs p.re itself: case folding reaches beyond ASCII there
// ("ſ" folds to "s").
func firstAround(p *relationPattern, text, lower string, aligned bool, wins [][2]int) ([]int, bool) {
	for _, w := range wins {
		lw := lower[min(w[0], len(lower)):min(w[1], len(lower))]
		if !aligned {
			// lower-casing changed a rune's length: the window is
			// lowered again
			lw = strings.ToLower(text[w[0]:w[1]])
		}
		if !containsAny(lw, p.verbs) {
			continue
		}
		win := text[w[0]:w[1]]
		if !isASCII(win) {
			if loc := p.re.FindStringIndex(win); loc != nil {
				return []int{w[0] + loc[0], w[0] + loc[1]}, true
			}
			continue
		}
		// an ASCII window's lower case is byte for byte its text's
		aux := -1 // whether lw holds a passive auxiliary (see passiveStart), 0 or 1 once known
		for i := 0; i < len(lw); i++ {
			if !p.first[lw[i]] || i > 0 && isWordByte(lw[i-1]) || !hasPrefixAny(lw[i:], p.starts) {
				continue
			}
			if !p.trailing && hasPrefixAny(lw[i:], passiveStarts) {
				// only the passive alternative begins here: it needs
				// "was", "were" or "been" after it
				if aux < 0 {
					aux = b2i(strings.Contains(lw, "was") || strings.Contains(lw, "were") || strings.Contains(lw, "been"))
				}
				if aux == 0 {
					continue
				}
			}
			if loc := p.at.FindStringIndex(win[i:]); loc != nil {
				return []int{w[0] + i, w[0] + i + loc[1]}, true
			}
		}
	}
	return nil, false
}

// isWordByte reports an ASCII word character of \b in a regular
// expression: a letter, a digit or '_'.
func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	return ascii.Index(s, 0) == len(s)
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hasPrefixAny reports whether s begins with one of prefixes (their
// first bytes compared before the rest).
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if p == "" || s != "" && s[0] == p[0] && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// windows returns the windows of findAround in text order, widened to
// character boundaries.
func windows(text, lower string, keys []string, before, after int) [][2]int {
	var wins [][2]int
	for _, k := range keys {
		for from := 0; ; {
			i := strings.Index(lower[from:], k)
			if i < 0 {
				break
			}
			i += from
			wins = append(wins, [2]int{max(0, i-before), min(len(text), i+len(k)+after)})
			from = i + len(k)
		}
	}
	if len(wins) == 0 {
		return nil
	}
	// (slices.SortFunc: no reflection, no closure; windows with one start
	// merge alike in either order)
	slices.SortFunc(wins, func(a, b [2]int) int { return a[0] - b[0] })
	merged := wins[:1]
	for _, w := range wins[1:] {
		last := &merged[len(merged)-1]
		if w[0] <= last[1] {
			last[1] = max(last[1], w[1])
		} else {
			merged = append(merged, w)
		}
	}
	for i, w := range merged {
		// Widen to character boundaries.
		lo, hi := w[0], w[1]
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		merged[i] = [2]int{lo, hi}
	}
	return merged
}

// lowerOf returns strings.ToLower(c.d.Slice(s)) and whether it is
// byte for byte the slice's lower case (an ASCII slice): then it is cut
// from the document's shared lower-case copy (segment.LowerASCII), with
// no copy of its own.
func (c *checker) lowerOf(s doc.Span) (string, bool) {
	text := c.d.Slice(s)
	if text == "" {
		return "", true
	}
	if ascii.Index(text, 0) < len(text) { // (eight bytes a step)
		return strings.ToLower(text), false
	}
	if c.low == "" {
		c.low = segment.LowerASCII(c.d.Text)
	}
	return c.low[s.Start:s.End], true
}

// unnamedTriggers and hedgeTriggers are words one of which a sentence
// must hold for unnamed attribution or a hedge to be looked for.
var (
	unnamedTriggers = map[string]bool{"anonymity": true, "anonymously": true, "named": true, "identified": true}
	hedgeTriggers   = map[string]bool{"alleged": true, "allegedly": true, "purported": true, "purportedly": true,
		"reported": true, "reportedly": true, "supposed": true, "supposedly": true, "unconfirmed": true,
		"unverified": true, "verified": true, "verify": true, "confirm": true, "confirmed": true, "believed": true,
		"thought": true, "understood": true, "rumored": true, "rumoured": true, "apparent": true, "apparently": true, "claimed": true}
)

// Trigger kinds of triggerKind.
const (
	trigNone = iota
	trigUnnamed
	trigHedge
	trigSaid
)

// triggerKind merges the trigger word lists into one lookup table;
// minTrigger and maxTrigger bound the lengths of its words.
var triggerKind, minTrigger, maxTrigger = func() (map[string]uint8, int, int) {
	m := map[string]uint8{"said": trigSaid}
	for w := range hedgeTriggers {
		m[w] = trigHedge
	}
	for w := range sourceNouns.All() {
		m[w] = trigUnnamed
	}
	for w := range unnamedTriggers {
		m[w] = trigUnnamed
	}
	lo, hi := 1<<30, 0
	for w := range m {
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	return m, lo, hi
}()

// saidKind is triggerKind["said"].
var saidKind = triggerKind["said"]

// trigStart[n][b] says whether a trigger word of length n starts with
// byte b, and trigEnd[n][b] whether one ends with it: tests cheaper than
// the map lookup that most words fail.
var trigStart, trigEnd = func() (s, e [64][256]bool) {
	for w := range triggerKind {
		s[len(w)][w[0]] = true
		e[len(w)][w[len(w)-1]] = true
	}
	return s, e
}()

// sentenceTriggers is triggers(s) for sentence si, s, read from the
// document's tokenScan when it has one.
func (c *checker) sentenceTriggers(si int, s doc.Span) (unnamed, hedge bool) {
	if sc := c.tokenScan(); sc != nil && sc.trig != nil {
		return sc.trig[si]&trigUnnamedBit != 0, sc.trig[si]&trigHedgeBit != 0
	}
	return c.triggers(s)
}

// triggers reports whether sentence s holds a word that can start unnamed
// attribution or a hedge ("said to be" counts through "said").
func (c *checker) triggers(s doc.Span) (unnamed, hedge bool) {
	toks := c.d.Tokens
	if !c.d.Has(doc.LayerTokens) {
		toks = segment.AppendTokens(nil, c.d.Text, s)
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Span.Start >= s.Start })
	var buf [32]byte
	text := c.d.Text
	for ; i < len(toks); i++ {
		t := &toks[i] // not a copy
		st, en := t.Span.Start, t.Span.End
		if en > s.End {
			break
		}
		// length and first letter first: most words are no trigger and
		// are never copied
		n := en - st
		if n < minTrigger || n > maxTrigger || n > len(buf) || t.Kind != doc.TokWord {
			continue
		}
		if !trigStart[n][lowerByte(text[st])] || !trigEnd[n][lowerByte(text[en-1])] {
			continue
		}
		w := buf[:0]
		for _, b := range []byte(text[st:en]) {
			w = append(w, lowerByte(b))
		}
		switch tokenTrigger(w, text, toks, i) {
		case trigUnnamedBit:
			unnamed = true
		case trigHedgeBit:
			hedge = true
		}
		if unnamed && hedge {
			return
		}
	}
	return
}

// claimedNoHedge reports whether "claimed", followed by after, reports
// an act rather than hedging a claim: a party's claim named by a noun
// ("the rights claimed by South Africa"), or a claim of responsibility,
// victory or credit, which is the news itself.
func claimedNoHedge(after string) bool {
	words := strings.Fields(after)
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[0], ".,;:")) {
	case "by", "responsibility", "victory", "credit":
		return true
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "both":
	default:
		if !strings.HasSuffix(words[0], "'s") && !strings.HasSuffix(words[0], "’s") {
			return false
		}
	}
	// "Al-Shabaab claimed the attack", "claimed Saturday's bombing",
	// "the blast claimed the lives of 20": an act, not a hedge
	for k, w := range words[1:min(len(words), 4)] {
		w = strings.ToLower(strings.TrimRight(w, ".,;:"))
		if claimedActs.Has(w) {
			// "claimed the attack was staged": the noun opens a clause
			return k+2 >= len(words) || !clauseVerbs.HasLower(words[k+2])
		}
		if w == "" || !isLowerWord(w) {
			break
		}
	}
	return false
}

// claimedActs are the nouns a claim of responsibility takes ("claimed
// the attack") and what a disaster claims ("claimed the lives of").
var claimedActs = wordset.Of("attack attacks bombing bombings killing killings assault assaults assassination kidnapping kidnappings abduction blast blasts explosion explosions shooting shootings raid raids strike strikes ambush massacre hijacking beheading beheadings operation lives life seat seats title win")

// clauseVerbs are finite verbs that make the noun before them the
// subject of a clause.
var clauseVerbs = wordset.Of("was were is are had has have would will did could")

// isLowerWord reports whether w is written in lower-case letters (and
// hyphens), a word that may stand between a determiner and its noun.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// tokenTrigger returns the trigger bit of the lower-cased word w of
// token i: an unnamed source's word, a hedge, or "said" before "to"
// ("said to be"), a hedge too; 0 for none.
func tokenTrigger(w []byte, text string, toks []doc.Token, i int) uint8 {
	kind := saidKind // "said", most of the words that get here, needs no map lookup
	if string(w) != "said" {
		kind = triggerKind[string(w)] // no allocation for the lookup
	}
	switch kind {
	case trigUnnamed:
		return trigUnnamedBit
	case trigHedge:
		return trigHedgeBit
	case trigSaid:
		if i+1 < len(toks) && text[toks[i+1].Span.Start:toks[i+1].Span.End] == "to" {
			return trigHedgeBit
		}
	}
	return 0
}

// lowerByte lower-cases an ASCII capital letter.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// containsAny reports whether s contains one of the substrings.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sourceNouns are the nouns of unnamed attribution; modifiers may come
// before them ("senior Israeli officials").
var sourceNouns = wordset.FromMap(map[string]bool{
	"official": true, "officials": true, "source": true, "sources": true, "diplomat": true, "diplomats": true,
	"people": true, "persons": true, "insider": true, "insiders": true, "aide": true, "aides": true,
})

var sourceModifiers = wordset.FromMap(map[string]bool{
	"senior": true, "western": true, "government": true, "security": true, "intelligence": true, "military": true,
	"administration": true, "diplomatic": true, "regional": true, "some": true, "several": true, "two": true,
	"three": true, "four": true, "other": true, "local": true, "unnamed": true, "anonymous": true, "top": true,
	"high-ranking": true, "ranking": true, "former": true, "current": true, "police": true, "defence": true,
	"defense": true, "ministry": true, "party": true, "palace": true, "european": true, "arab": true, "u.s.": true,
	"informed": true, "knowledgeable": true, "well-placed": true, "credible": true, "reliable": true,
})

// sourceVerbs follow an unnamed source that speaks; sourceLinks follow
// one described by its access ("people familiar with").
var (
	sourceVerbs = map[string]bool{"said": true, "say": true, "says": true, "told": true, "confirmed": true, "added": true,
		"noted": true, "warned": true, "believe": true, "believed": true, "suggested": true, "indicated": true, "claimed": true, "insisted": true}
	sourceLinks = map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledgeable": true, "privy": true, "involved": true}
)

// anonymityPhrases mark unnamed attribution on their own.
var anonymityPhrases = []string{"condition of anonymity", "not to be named", "not to be identified", "speaking anonymously", "declined to be named", "declined to be identified"}

// anonymityOf reports whether phrase is one of anonymityPhrases.
func anonymityOf(phrase string) bool {
	return slices.Contains(anonymityPhrases, phrase)
}

// sentenceTokens returns the tokens of sentence s: a slice of the
// document's tokens when it has them, else s tokenised afresh.
func (c *checker) sentenceTokens(s doc.Span) []doc.Token {
	if !c.d.Has(doc.LayerTokens) {
		return segment.AppendTokens(nil, c.d.Text, s)
	}
	toks := c.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Span.Start >= s.Start })
	j := i
	for j < len(toks) && toks[j].Span.End <= s.End {
		j++
	}
	return toks[i:j:j]
}

// unnamedIn finds attribution to unnamed sources in sentence s ("senior
// officials said", "people familiar with the talks", "according to
// diplomats", "on condition of anonymity"). Modifiers may be words from
// a list or demonyms the mention stage found ("Israeli officials").
func (c *checker) unnamedIn(s doc.Span, lower string) [][]int {
	var out [][]int
	toks := c.sentenceTokens(s)
	lo := 0
	word := func(i int) string {
		t := toks[i].Span
		return lower[t.Start-s.Start : t.End-s.Start]
	}
	demonym := func(i int) bool {
		for _, mix := range c.mentionStarts().around(toks[i].Span) {
			m := &c.d.Mentions[mix]
			if m.How == "demonym" && m.Span.Contains(toks[i].Span) {
				return true
			}
		}
		return false
	}
	for i := lo; i < len(toks) && toks[i].Span.End <= s.End; i++ {
		w := word(i)
		if !sourceNouns.Has(w) {
			continue
		}
		start := i
		for start > lo && (sourceModifiers.Has(word(start-1)) || demonym(start-1)) {
			start--
		}
		according := start-2 >= lo && word(start-2) == "according" && word(start-1) == "to"
		end := i + 1
		ok := false
		switch {
		case according:
			ok = w != "people" && w != "persons" || (i+1 < len(toks) && sourceLinks[word(i+1)])
			start -= 2
		case i+1 < len(toks) && toks[i+1].Span.End <= s.End && sourceLinks[word(i+1)]:
			ok, end = true, i+2
		case citedAt(start, lo, word):
			// "Bloomberg reported, citing two sources", "citing a
			// senior official", "quoting diplomats": the report's own
			// sources, unnamed
			ok = w != "people" && w != "persons" || (i+1 < len(toks) && sourceLinks[word(i+1)])
		case i+1 < len(toks) && toks[i+1].Span.End <= s.End && sourceVerbs[word(i+1)]:
			// "officials said" speaks for an unnamed source; "people
			// said" alone is too common to count.
			ok, end = w != "people" && w != "persons", i+2
		}
		if ok {
			out = append(out, []int{toks[start].Span.Start - s.Start, toks[end-1].Span.End - s.Start})
		}
	}
	// An anonymity phrase describes the unnamed source beside it ("a
	// senior diplomat, who spoke on condition of anonymity, said"); it
	// counts as a source of its own only when the sentence names none.
	if len(out) > 0 {
		return out
	}
	// every phrase holds "anonym" or " to be ": most sentences hold
	// neither, and one or two scans replace six
	if !strings.Contains(lower, "anonym") && !strings.Contains(lower, " to be ") {
		return out
	}
	for _, p := range anonymityPhrases {
		if k := strings.Index(lower, p); k >= 0 {
			return append(out, []int{k, k + len(p)})
		}
	}
	return out
}

// citedAt reports whether the source phrase starting at token start
// (after lo) is the object of "citing" or "quoting", an article between
// them allowed ("citing a senior official").
func citedAt(start, lo int, word func(int) string) bool {
	p := start - 1
	if p >= lo && (word(p) == "a" || word(p) == "an") {
		p--
	}
	return p >= lo && (word(p) == "citing" || word(p) == "quoting")
}

// bodyNouns name a mission that speaks for the bodies that sent it.
var bodyNouns = wordset.FromMap(map[string]bool{"observers": true, "monitors": true, "inspectors": true, "delegation": true, "delegations": true, "mission": true, "missions": true})

// namedBody reports whether an unnamed speaker is a mission of named
// bodies ("Observers from the European Union and the African Union"):
// the statement is the bodies', attributed by name. sourcing asks only
// when kbBodyIn holds for the speaker's span.
func (c *checker) namedBody(sp doc.Speaker) bool {
	if sp.Span.End <= sp.Span.Start || sp.Span.End > len(c.d.Text) {
		return false
	}
	text := strings.ToLower(c.d.Text[sp.Span.Start:sp.Span.End])
	head := -1
	for w := range strings.FieldsSeq(text) {
		if bodyNouns.Has(w) {
			head = strings.Index(text, w)
			break
		}
	}
	if head < 0 || !strings.HasPrefix(text[head:], strings.Fields(text[head:])[0]+" from ") && !strings.HasPrefix(text[head:], strings.Fields(text[head:])[0]+" of ") {
		return false
	}
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.KBID != "" && (m.Type == doc.TypeOrganization || m.Type == doc.TypeCountry) && sp.Span.Contains(m.Span) && m.Span.Start > sp.Span.Start+head {
			return true
		}
	}
	return false
}

// kbBodyIn reports whether span contains a mention of an organisation or
// country the KB knows: what namedBody and namedDocument both require
// before they return true, so a speaker without one is neither (a
// prefilter; it must follow the mention test of both).
func (c *checker) kbBodyIn(span doc.Span) bool {
	for _, mix := range c.mentionStarts().between(span.Start, span.End) {
		m := &c.d.Mentions[mix]
		if m.KBID != "" && (m.Type == doc.TypeOrganization || m.Type == doc.TypeCountry) && span.Contains(m.Span) {
			return true
		}
	}
	return false
}

// documentNouns are outputs of a body that speak for it: "a UN report",
// "a Pentagon statement", "an IAEA assessment".
var documentNouns = map[string]bool{
	"report": true, "reports": true, "statement": true, "statements": true, "assessment": true,
	"assessments": true, "study": true, "survey": true, "analysis": true, "document": true,
	"documents": true, "communique": true, "communiqué": true, "release": true, "bulletin": true,
	"estimate": true, "estimates": true, "figures": true, "data": true, "tally": true, "audit": true,
	"review": true, "inquiry": true, "investigation": true, "resolution": true, "filing": true,
	"letter": true, "memo": true, "cable": true, "update": true, "briefing": true, "count": true,
}

// personSourceNouns are people who speak for a body without a name ("a
// UN official"): with them a named body stays an unnamed source.
var personSourceNouns = map[string]bool{
	"official": true, "officials": true, "source": true, "sources": true, "diplomat": true,
	"diplomats": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true,
	"aides": true, "insider": true, "insiders": true, "officer": true, "officers": true,
	"employee": true, "employees": true, "staffer": true, "staffers": true, "member": true, "members": true,
}

// namedDocument reports whether an unnamed speaker is a document of a
// body the phrase names ("a UN report released in July", "a Pentagon
// statement"): the source is named, though no person is.
// sourcing asks only when kbBodyIn holds for the speaker's span.
func (c *checker) namedDocument(sp doc.Speaker) bool {
	if sp.Span.End <= sp.Span.Start || sp.Span.End > len(c.d.Text) {
		return false
	}
	doc_, person := false, false
	for w := range strings.FieldsSeq(strings.ToLower(c.d.Text[sp.Span.Start:sp.Span.End])) {
		w = strings.Trim(w, `,.;:"'“”()`)
		doc_ = doc_ || documentNouns[w]
		person = person || personSourceNouns[w]
	}
	if !doc_ || person {
		return false
	}
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.KBID != "" && (m.Type == doc.TypeOrganization || m.Type == doc.TypeCountry) && sp.Span.Contains(m.Span) {
			return true
		}
	}
	return false
}

// sourcing counts and locates unnamed sources and hedges and fills the
// sourcing profile.
func (c *checker) sourcing() {
	prof := &doc.Sourcing{}
	quoted := make([]doc.Span, 0, len(c.d.Quotes))
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		prof.Quotes++
		kind := q.Speaker.Kind
		// kbBodyIn first: both tests need such a mention, and it is
		// cheaper than the lowering and splitting they start with
		if kind == "unnamed" && c.kbBodyIn(q.Speaker.Span) && (c.namedBody(q.Speaker) || c.namedDocument(q.Speaker)) {
			kind = "description"
		}
		switch kind {
		case "unnamed":
			prof.Unnamed++
			sp := q.Speaker.Span
			if sp.End <= sp.Start {
				sp = q.Span
			}
			if slices.Contains(quoted, sp) {
				// one finding per source: "…," one official said,
				// adding that …
				continue
			}
			quoted = append(quoted, sp)
			// strconv.Quote is what %q writes, without fmt's
			// formatting machinery (one finding per unnamed quote)
			c.add(doc.Finding{
				Kind: doc.FindUnnamedSource, Verdict: doc.Unverifiable, Span: sp,
				Claim:       c.sentenceOf(sp),
				Explanation: "Attributed to an unnamed source (" + strconv.Quote(q.Speaker.Name) + ").",
			})
		case "unresolved":
			prof.Unresolved++
		default:
			if q.Speaker.Name != "" {
				prof.Named++
			} else {
				prof.Unresolved++
			}
		}
	}
	for si, s := range c.d.Sentences {
		// The regular expressions are slow; most sentences hold none of
		// their trigger words and skip them.
		hasUnnamed, hasHedge := c.sentenceTriggers(si, s)
		if !hasUnnamed && !hasHedge {
			continue
		}
		text := c.d.Slice(s)
		lower, _ := c.lowerOf(s)
		var unnamedLocs, hedgeLocs [][]int
		if hasUnnamed {
			unnamedLocs = c.unnamedIn(s, lower)
		}
		if hasHedge {
			hedgeLocs = findAround(hedgeRe, text, lower, hedgeKeys, 60, 60)
		}
		for _, loc := range unnamedLocs {
			sp := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			if overlapsAny(sp, quoted) || anonymityOf(lower[loc[0]:loc[1]]) && overlapsAny(s, quoted) {
				// The quote's unnamed speaker is this source, or the
				// anonymity phrase describes a source already counted
				// in this sentence.
				continue
			}
			quoted = append(quoted, sp)
			prof.Unnamed++
			c.add(doc.Finding{
				Kind: doc.FindUnnamedSource, Verdict: doc.Unverifiable, Span: sp,
				Claim:       strings.TrimSpace(text),
				Explanation: "Attributed to unnamed sources (" + strconv.Quote(strings.TrimSpace(text[loc[0]:loc[1]])) + ").",
			})
		}
		for _, loc := range hedgeLocs {
			sp := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			word := strings.TrimSpace(text[loc[0]:loc[1]])
			if strings.EqualFold(word, "claimed") && claimedNoHedge(text[loc[1]:]) {
				continue
			}
			prof.Hedges++
			c.add(doc.Finding{
				Kind: doc.FindHedgedClaim, Verdict: doc.Unverifiable, Span: sp,
				Claim:       strings.TrimSpace(text),
				Explanation: "The article hedges this claim (" + strconv.Quote(word) + "): it is reported, not established.",
			})
		}
	}
	if prof.Quotes > 0 {
		prof.NamedShare = float64(prof.Named) / float64(prof.Quotes)
	}
	if words := c.wordCount(); words > 0 {
		prof.HedgesPer1000w = float64(prof.Hedges) * 1000 / float64(words)
	}
	c.d.Sourcing = prof
}

func overlapsAny(s doc.Span, ss []doc.Span) bool {
	for _, o := range ss {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func (c *checker) sentenceOf(sp doc.Span) string {
	if i := c.d.SentenceAt(sp.Start); i >= 0 {
		return strings.TrimSpace(c.d.Slice(c.d.Sentences[i]))
	}
	return c.d.Slice(sp)
}

// leftoverMojibake finds typical mojibake pairs the normaliser could not
// repair unambiguously.
var leftoverMojibake = regexp.MustCompile(`Ã[\x{0080}-\x{00BF}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ\x{009D}“”˜¦]|Â[\x{00A0}-\x{00BF}]`)

// integrity reports repairs the normaliser made and encoding damage left
// in the text.
func (c *checker) integrity() {
	var moj, dec []doc.Repair
	for _, r := range c.d.Repairs {
		switch r.Kind {
		case "mojibake":
			moj = append(moj, r)
		case "decode":
			dec = append(dec, r)
		}
	}
	if len(moj) > 0 {
		ex := moj[0]
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: ex.Span,
			Claim: fmt.Sprintf("%d mojibake sequence(s) in the input", len(moj)),
			Explanation: fmt.Sprintf("The text was damaged by an encoding error (UTF-8 read as windows-1252) and repaired: %d sequence(s), e.g. %q → %q.",
				len(moj), ex.Before, ex.After),
		})
	}
	if len(dec) > 0 {
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: doc.Span{Start: 0, End: 0},
			Claim:       "input was not UTF-8",
			Explanation: fmt.Sprintf("The input was decoded as %s and converted to UTF-8.", dec[0].Before),
		})
	}
	bad := 0
	first := -1
	clean := utf8.ValidString(c.d.Text) && !strings.Contains(c.d.Text, "\uFFFD")
	for i, r := range c.d.Text {
		if clean {
			break
		}
		if r == utf8.RuneError {
			bad++
			if first < 0 {
				first = i
			}
		}
	}
	var locs [][]int
	// the three leads of leftover mojibake ("Ã", "â", "Â") each open
	// with the byte 0xC3: one scan for it spares the three when it is
	// absent (a prefilter: it must follow the leads tested)
	if strings.IndexByte(c.d.Text, 0xC3) >= 0 && (strings.Contains(c.d.Text, "Ã") || strings.Contains(c.d.Text, "â") || strings.Contains(c.d.Text, "Â")) {
		locs = leftoverMojibake.FindAllStringIndex(c.d.Text, -1)
	}
	if len(locs) > 0 && (first < 0 || locs[0][0] < first) {
		first = locs[0][0]
	}
	if n := bad + len(locs); n > 0 {
		c.add(doc.Finding{
			Kind: doc.FindTextIntegrity, Verdict: doc.Unverifiable, Span: doc.Span{Start: first, End: first},
			Claim:       fmt.Sprintf("%d damaged character(s) left in the text", n),
			Explanation: fmt.Sprintf("The text still holds encoding damage that could not be repaired unambiguously: %d replacement character(s) and %d likely mojibake sequence(s).", bad, len(locs)),
		})
	}
}

// wordCount counts the document's words: its word tokens when tokens are
// there, else runs of non-space bytes.
func (c *checker) wordCount() int {
	if sc := c.tokenScan(); sc != nil {
		return sc.words
	}
	return countWords(c.d.Text)
}

// countWords counts runs of non-space bytes in s, as strings.Fields
// would, without building the slice.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
