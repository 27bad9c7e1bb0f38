package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// Relation claim kinds, as the article words them.
const (
	claimSevered     = "severed"
	claimRestored    = "restored"
	claimEstablished = "established"
	claimNever       = "never"
	claimNone        = "none"   // "have no relations": a claim about the present
	claimTreaty      = "treaty" // "signed the Abraham Accords in 2019", "signed a peace treaty"
	// "reopened its embassy in Havana": a restoration only where the KB
	// records a break between the two states before the year claimed
	// (embassies also close and reopen for safety: Kyiv 2022)
	claimReopened = "reopened"
	// "have had diplomatic relations since 1985": relations in place
	// without a break from that year to the article's date (checkSince)
	claimSince = "since"
)

// A relationPattern finds one kind of relation claim. Every match holds
// one of verbs (lower case), tested before the expression runs, and
// starts at a word boundary with one of starts (lower case): the
// expression's alternatives begin with these words, so the expression is
// tried only where one begins (see firstAround).
type relationPattern struct {
	kind   string
	verbs  []string
	starts []string
	// first marks the bytes one of starts begins with (every byte when
	// one is empty): firstAround tests it before hasPrefixAny.
	first *[256]bool
	re    *regexp.Regexp
	// at is re anchored at the start of its input: the match of re that
	// begins at a given position, if any.
	at *regexp.Regexp
	// secondary patterns word a claim another pattern of their kind
	// words too ("restore relations and reopen their embassies"): they
	// are tried only when no claim of the kind was found in the sentence.
	secondary bool
	// trailing patterns match "relations, which were severed in …": the
	// claim's span starts after the comma (see trailingPattern)
	trailing bool
}

// trailingClaimRe matches a trailing break clause right after a claim
// (", which were severed in", ", cut in", and without the comma "ties
// severed in", "ties that were cut in"): its year is the break's.
var trailingClaimRe = regexp.MustCompile(`^,?\s+(?:(?:which|that)\s+(?:were|had\s+been|was)\s+)?(?:severed|cut|broken\s+off|suspended)\s+(?:in|on|since)\b`)

// trailingPattern marks p as a claim in the clause after "ties," or
// "relations,".
func trailingPattern(p relationPattern) relationPattern {
	p.trailing = true
	return p
}

func newRelationPattern(kind string, verbs, starts []string, expr string) relationPattern {
	first := new([256]bool)
	for _, st := range starts {
		if st == "" {
			for b := range first {
				first[b] = true
			}
			continue
		}
		first[st[0]] = true
	}
	return relationPattern{kind: kind, verbs: verbs, starts: starts, first: first, re: regexp.MustCompile(expr), at: regexp.MustCompile(`^(?:` + expr + `)`)}
}

// passiveStarts begin the passive alternative (see passive).
var passiveStarts = []string{"diplomatic", "ties", "relations"}

// relationPatterns find relation claims.
var relationPatterns = []relationPattern{
	newRelationPattern(claimNever, []string{"never"}, []string{"never "}, `(?i)\b(never (?:had|have had|established|maintained))\s+(?:any\s+)?(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b`),
	// "have had no relations", and with the negation on the verb: "have
	// not had ties", "hasn't had relations"
	newRelationPattern(claimNone, []string{"have no", "has no", "had no", "not had", "n't had", "n’t had"}, []string{"have no", "has no", "have had no", "has had no", "have not", "has not", "haven", "hasn"}, `(?i)\b(have no|has no|have had no|has had no|ha(?:ve|s)(?: not|n't|n’t) had(?: any)?)\s+(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b`),
	newRelationPattern(claimRestored, []string{"restor", "establish", "resum", "normali", "renew"}, append([]string{"restor", "re-establish", "reestablish", "resum", "normali", "renew"}, passiveStarts...), `(?i)\b(restor(?:ed|e|es|ing)|re-?establish(?:ed|es|ing)?|resum(?:ed|e|es|ing)|normali[sz](?:ed|e|es|ing)|renew(?:ed|s|ing)?)\s+(?:their\s+|its\s+|full\s+)*(?:diplomatic\s+)?(?:ties|relations)\b`+passive(`restored|re-?established|resumed|normali[sz]ed|renewed`)+`|\b(?:restor(?:ed|e|es|ing)|re-?establish(?:ed|es|ing)?|resum(?:ed|e|es|ing))\s+them\b`),
	// "broke (off) relations", "has broken off ties" ("broken
	// relations" without "off" is an adjective), "froze relations",
	// "ended diplomatic relations" (only with "diplomatic": "ended its
	// ties with" a group is no break between states)
	newRelationPattern(claimSevered, []string{"sever", "cut", "broke", "break", "suspend", "froze", "freez", "end"}, append([]string{"sever", "cut", "broke", "break", "suspend", "froze", "freez", "end"}, passiveStarts...), `(?i)\b(sever(?:ed|s|ing)?|cut|cutting|br(?:oke|eaks?|eaking)|broken\s+off|suspend(?:ed|s|ing)?|froze|freez(?:es|ing))\s+(?:off\s+)?(?:all\s+|their\s+|its\s+|formal\s+)*(?:diplomatic\s+)?(?:ties|relations)\b|\b(end(?:ed|s|ing))\s+(?:all\s+|their\s+|its\s+|formal\s+)*diplomatic\s+(?:ties|relations)\b`+passive(`severed|cut|broken\s+off|suspended|frozen`)),
	// "restored relations in 2010 after Quito severed them in 2008":
	// the pronoun is the relations the sentence names (the pattern runs
	// only near "ties" or "relations"); "cut them" is left out, as its
	// object is as often people or aid ("cut them off from supplies")
	newRelationPattern(claimSevered, []string{"sever", "broke", "suspend"}, []string{"sever", "broke", "suspend"}, `(?i)\b(sever(?:ed|s|ing)?|suspend(?:ed|s|ing)?)\s+them\b|\b(broke|broken)\s+them\s+off\b`),
	// "reopened their embassies": two states restoring relations
	// "restore relations with Israel, which Morales had broken off in
	// 2012": the relative clause claims the break
	newRelationPattern(claimSevered, []string{"broke", "sever", "cut", "suspend"}, []string{"with"}, `(?i)\bwith\s+[^,.;]{1,40}?,\s+which\s+(?:[^,.;]{1,40}?\s+)?(?:had|has|have)\s+(?:broken\s+off|severed|cut|suspended)\b`),
	// "agreed to restore relations, which were severed in 2016",
	// "restored ties, cut in 2017", "restored ties severed in 2016": the
	// trailing clause claims the break
	trailingPattern(newRelationPattern(claimSevered, []string{"sever", "cut", "broke", "suspend"}, []string{"ties", "relations"}, `(?i)\b(?:ties|relations),?\s+(?:(?:which|that)\s+(?:were|had\s+been|was)\s+)?(?:severed|cut|broken\s+off|suspended)\s+(?:in|on|since)\b`)),
	secondaryPattern(newRelationPattern(claimRestored, []string{"reopen"}, []string{"reopen"}, `(?i)\b(reopen(?:ed|s|ing)?)\s+(?:their\s+|respective\s+)*embassies\b`)),
	// "The United States reopened its embassy in Havana": one state
	// restoring relations with the state whose capital it names, when
	// the KB has a break between them (claimReopened); a closed embassy
	// is no claim: embassies close for safety too
	secondaryPattern(newRelationPattern(claimReopened, []string{"reopen"}, []string{"reopen"}, `(?i)\b(reopen(?:ed|s|ing)?)\s+(?:its|the|their)\s+(?:(?-i:[A-Z]\w+)\s+)?embassy\s+in\b`)),
	// a named accord or a peace treaty, checked against the KB's treaty
	// and normalisation events only (checkTreaty)
	newRelationPattern(claimTreaty, []string{"sign"}, []string{"sign"}, `(?i)\b(sign(?:ed|s|ing)?)\s+(?:the\s+|a\s+|an\s+)?(?:historic\s+|landmark\s+|formal\s+)*(?:(?-i:[A-Z][\w-]*)\s+)*(?:(?-i:[A-Z][\w-]*)\s+accords?|(?-i:[A-Z][\w-]*)\s+(?-i:Accords?|Treaty)|peace\s+(?:treaty|accords?))\b`),
	newRelationPattern(claimSince, []string{"had", "maintain", "enjoy", "kept"}, []string{"have", "has"}, `(?i)\b(ha(?:ve|s)\s+(?:had|maintained|enjoyed|kept))\s+(?:formal\s+|full\s+|official\s+)*(?:diplomatic\s+)?(?:ties|relations)\b`),
	// "El Salvador, which has recognised Taiwan since 1961": recognition
	// of a state in place from that year, a claim only when a state's
	// name follows the verb (recognisedState); the span ends with the
	// name, so that "since YEAR" follows it as in the claim above
	newRelationPattern(claimSince, []string{"recogni"}, []string{"have", "has"}, `(?i)\b(ha(?:ve|s)\s+(?:formally\s+|officially\s+|diplomatically\s+)?recogni[sz]ed)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}`),
	newRelationPattern(claimEstablished, []string{"establish", "open"}, append([]string{"establish", "open"}, passiveStarts...), `(?i)\b(establish(?:ed|es|ing)?|open(?:ed)?)\s+(?:formal\s+|full\s+)*diplomatic\s+(?:ties|relations)\b|\b(establish(?:ed|es|ing)?)\s+(?:formal\s+|full\s+)*relations\b`+passive(`established`)),
}

// patternVerbs indexes the verbs of relationPatterns, one of which a
// sentence must hold for a pattern to be tried: a sentence is read once
// for all of them, not once per verb and pattern.
var patternVerbs = newVerbIndex(relationPatterns)

// A verbIndex numbers the verbs of a list of patterns (at most 64).
type verbIndex struct {
	byFirst [256][]verbID // the verbs by their first byte
	masks   []uint64      // per pattern, the bits of its verbs
}

// A verbID is a verb with its bit, and its first eight bytes (fewer
// for a shorter verb) packed as a little-endian number with the mask
// of those bytes, so that in tests a verb of up to eight bytes with one
// load and compare.
type verbID struct {
	verb       string
	bit        uint64
	head, mask uint64
}

func newVerbIndex(ps []relationPattern) *verbIndex {
	x := &verbIndex{masks: make([]uint64, len(ps))}
	ids := map[string]uint64{}
	for pi := range ps {
		for _, v := range ps[pi].verbs {
			bit, ok := ids[v]
			if !ok {
				if len(ids) == 64 {
					panic("verify: more than 64 relation pattern verbs")
				}
				bit = 1 << len(ids)
				ids[v] = bit
				id := verbID{verb: v, bit: bit}
				for k := min(len(v), 8) - 1; k >= 0; k-- {
					id.head = id.head<<8 | uint64(v[k])
					id.mask = id.mask<<8 | 0xff
				}
				x.byFirst[v[0]] = append(x.byFirst[v[0]], id)
			}
			x.masks[pi] |= bit
		}
	}
	return x
}

// in returns the bits of the verbs that lower contains (strings.Contains
// of each): one pass over lower, a verb tried only where its first byte
// is. Where eight bytes of lower are left, a verb of up to eight bytes
// is compared with them as one number (verbID.head), a longer one by
// its first eight bytes before the rest.
func (x *verbIndex) in(lower string) uint64 {
	var bits uint64
	for i := 0; i < len(lower); i++ {
		vs := x.byFirst[lower[i]]
		if len(vs) == 0 {
			continue
		}
		if i+8 > len(lower) {
			for _, v := range vs {
				if bits&v.bit == 0 && strings.HasPrefix(lower[i:], v.verb) {
					bits |= v.bit
				}
			}
			continue
		}
		w := ascii.Load64(lower[i : i+8])
		for _, v := range vs {
			if bits&v.bit == 0 && w&v.mask == v.head && (len(v.verb) <= 8 || strings.HasPrefix(lower[i:], v.verb)) {
				bits |= v.bit
			}
		}
	}
	return bits
}

// secondaryPattern marks p secondary.
func secondaryPattern(p relationPattern) relationPattern {
	p.secondary = true
	return p
}

// passive returns the passive alternative of a relation pattern:
// "relations between A and B were restored", "ties had been severed".
func passive(verbs string) string {
	return `|\b(?:diplomatic\s+)?(?:ties|relations)\s+(?:between\s+[^.;]{1,60}?\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:formally\s+|fully\s+|officially\s+)?(?:` + verbs + `)\b`
}

// relationSentences marks the sentences holding "ties" or "relations"
// in any case: from the tokens when the document has them (see
// scanTokens: a length test fails most words), else by searching each
// sentence.
func (c *checker) relationSentences() []bool {
	if sc := c.tokenScan(); sc != nil {
		return sc.keyed
	}
	keyed := make([]bool, len(c.d.Sentences))
	for si, s := range c.d.Sentences {
		keyed[si] = containsAny(c.d.Slice(s), relationWords)
	}
	return keyed
}

// relationWords are the case forms of relationKeys a sentence must hold
// for the patterns to run.
var relationWords = []string{"ties", "relations", "Ties", "Relations", "TIES", "RELATIONS", "recognised", "recognized", "Recognised", "Recognized", "RECOGNISED", "RECOGNIZED", "embassies", "Embassies", "EMBASSIES", "embassy", "Embassy", "EMBASSY", "accord", "Accord", "ACCORD", "treaty", "Treaty", "TREATY"}

// relationKeys end every relation pattern.
var relationKeys = []string{"ties", "relations", "embassies", "embassy", "accord", "treaty", "recognised", "recognized"}

var yearRe = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)

// relations checks claims about diplomatic relations between two states
// against the KB's dated relation events.
func (c *checker) relations() {
	keyed := c.relationSentences()
	for si, s := range c.d.Sentences {
		if !keyed[si] {
			continue
		}
		text := c.d.Slice(s)
		lower, aligned := c.lowerOf(s)
		// Each kind of claim is checked once per sentence ("severed
		// relations in 1979 and restored them in 2016" holds two); a
		// match inside one already checked is the same claim.
		var done []doc.Span
		var wins [][2]int // the windows around the keys, found once for all patterns
		winsDone := false
		// the kinds of the claims checked (see relationPattern.secondary)
		var doneKinds []string
		verbs := patternVerbs.in(lower) // the patterns' verbs the sentence holds, found in one pass
		for pi := range relationPatterns {
			p := &relationPatterns[pi]
			if verbs&patternVerbs.masks[pi] == 0 || p.secondary && contains(doneKinds, p.kind) {
				continue
			}
			if !winsDone {
				wins, winsDone = windows(text, lower, relationKeys, 80, 90), true
			}
			loc, ok := firstAround(p, text, lower, aligned, wins)
			if !ok {
				continue
			}
			span := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			if p.trailing {
				// the claim is the clause after "relations,", not the
				// noun another claim of the sentence holds
				span.Start += strings.IndexByte(c.d.Text[span.Start:span.End], ' ') + 1
			}
			if overlapsAny(span, done) {
				continue
			}
			if hypotheticalRelation(c.d.Text[s.Start:span.Start], c.d.Text[span.Start:span.End]) || c.negatedClaim(p, s, span) {
				done = append(done, span)
				continue
			}
			pairs := c.pairsFor(si, span)
			if len(pairs) == 0 {
				break
			}
			year := c.yearIn(s, span)
			if !p.trailing && trailingClaimRe.MatchString(c.d.Text[span.End:s.End]) && c.firstYearFrom(s, span.End) == year {
				year = 0 // "restored relations, cut in 2017": the year is the break's
			}
			if w := strings.Index(c.d.Text[span.Start:span.End], ", which "); w >= 0 {
				// the relative clause's claim is dated inside it
				year = c.firstYearFrom(s, span.Start+w)
			} else if p.trailing {
				year = c.firstYearFrom(s, span.Start) // "relations, cut in 2017"
			}
			if p.kind == claimSince {
				if year = sinceIn(c.d.Text[span.End:s.End]); year == 0 || !c.recognisedState(s, span) {
					done = append(done, span)
					continue // "have had close ties": no claim about when
				}
			}
			for _, pr := range pairs {
				if p.kind == claimSince {
					c.checkSince(pr[0], pr[1], year, s, span)
					continue
				}
				if p.kind == claimTreaty {
					c.checkTreaty(pr[0], pr[1], year, s, span)
					continue
				}
				c.checkRelation(p.kind, pr[0], pr[1], year, s, span)
			}
			done = append(done, span)
			doneKinds = append(doneKinds, p.kind)
		}
	}
}

// relationModals make the relation verb after them in the same clause
// a possibility, not a claim ("could restore ties", "may be nearing a
// deal to normalise relations").
var relationModals = wordset.FromMap(map[string]bool{"could": true, "may": true, "might": true, "would": true, "should": true, "can": true, "will": true, "shall": true})

// relationAppeals are verbs of an appeal or a wish whose infinitive
// ("urged X to cut ties", "called on X to restore relations") states no
// event.
var relationAppeals = wordset.New("urged", "urges", "urge", "urging", "asked", "asks", "called", "calls", "demanded", "demands",
	"pressed", "presses", "appealed", "appeals", "wants", "wanted", "threatened", "threatens", "encouraged", "encourages")

// hypotheticalRelation reports whether the relation phrase claim, after
// the sentence text before it, states no event: a modal earlier in its
// clause, or a gerund after a preposition ("edging toward normalizing
// relations", "talks on restoring ties").
func hypotheticalRelation(before, claim string) bool {
	if strings.Contains(claim, ", which ") {
		return false // the relative clause's own perfect verb states it
	}
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(strings.ToLower(before))
	for _, w := range words {
		if relationModals.Has(strings.Trim(w, `"'“”‘’()`)) {
			return true
		}
	}
	if n := len(words); n >= 2 && words[n-1] == "to" {
		// "urged President Putin to cut diplomatic ties with Tallinn":
		// an appeal's infinitive states no break
		for _, w := range words[:n-1] {
			if relationAppeals.Has(w) {
				return true
			}
		}
	}
	first, _, _ := strings.Cut(strings.ToLower(claim), " ")
	if strings.HasSuffix(first, "ing") && len(words) > 0 {
		switch words[len(words)-1] {
		case "for", "toward", "towards", "on", "about", "of", "at", "into", "over":
			return true
		}
	}
	return false
}

// pairsFor returns the pairs of states a relation claim at span in
// sentence si is about. A list of states coordinated as the subject
// before the claim and one state after "with" make one pair each ("Saudi
// Arabia, the United Arab Emirates, Bahrain and Egypt severed ties with
// Qatar"); otherwise the pair is statesFor's.
func (c *checker) pairsFor(si int, span doc.Span) [][2]string {
	s := c.d.Sentences[si]
	var before []stateMention
	var after []string
	var afterEnd, nextStart int // the end of the first state after the claim, the start of the next
	clauseEnd := span.End + clauseBreak(c.d.Text[span.End:s.End])
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if !s.Contains(m.Span) {
			continue
		}
		id := c.stateIn(s, m)
		if id == "" {
			continue
		}
		switch {
		case m.Span.End <= span.Start:
			before = append(before, stateMention{m.Span, id})
		case m.Span.Start >= span.End && m.Span.Start < clauseEnd && !contains(after, id):
			if len(after) == 0 {
				afterEnd = m.Span.End
			} else if len(after) == 1 {
				nextStart = m.Span.Start
			}
			after = append(after, id)
		}
	}
	// One partner after "with", or the first of states the rest of the
	// clause names as subjects of its own ("… with Iran on Monday and the
	// United Arab Emirates downgraded its ties"), not as a list of
	// partners ("with Iran and Iraq").
	onePartner := len(after) == 1 || len(after) > 1 && !coordGap(c.d.Text[afterEnd:nextStart])
	if onePartner && len(before) >= 2 && lowerHasPrefix(strings.TrimSpace(c.d.Text[span.End:]), "with ") {
		// the coordinated subject: the states joined by commas and
		// "and" that end just before the claim, or that "the four
		// countries" right before it counts
		last := before[len(before)-1]
		n := listAnaphor(c.d.Text[s.Start:span.Start])
		if gap := c.d.Text[last.Span.End:span.Start]; n > 0 || len(gap) <= 24 && !strings.ContainsAny(gap, ",;") {
			subj := []string{last.KBID}
			for k := len(before) - 2; k >= 0 && coordGap(c.d.Text[before[k].Span.End:before[k+1].Span.Start]) && !(afterPreposition(c.d.Text[s.Start:before[k].Span.Start]) && !afterConjunction(c.d.Text[s.Start:before[k].Span.Start])); k-- {
				if !contains(subj, before[k].KBID) {
					subj = append(subj, before[k].KBID)
				}
			}
			if len(subj) >= 2 && (n == 0 || n == len(subj)) {
				var pairs [][2]string
				for k := len(subj) - 1; k >= 0; k-- {
					if subj[k] != after[0] {
						pairs = append(pairs, [2]string{subj[k], after[0]})
					}
				}
				return pairs
			}
		}
	}
	a, b := c.statesFor(si, clauseEnd)
	if a == "" || b == "" {
		return nil
	}
	if len(after) == 1 && a != after[0] && b != after[0] && lowerHasPrefix(strings.TrimSpace(c.d.Text[span.End:]), "with ") {
		// "… brokered accords between Egypt's Sadat and Israel's Begin
		// and established relations with China": the sentence's first
		// two states are another clause's. The partner is the state
		// after "with"; the other party is the clause's subject, a state
		// right before the claim, or the claim names none.
		if len(before) == 0 {
			return nil
		}
		last := before[len(before)-1]
		if afterPreposition(c.d.Text[s.Start:last.Span.Start]) && gerundAfterSubordinator(c.d.Text[s.Start:span.Start], c.d.Text[span.Start:span.End]) {
			// "The Gambia restored relations with China last year after
			// cutting ties with Taiwan": the gerund's subject is the main
			// clause's, the state opening the sentence, not the object
			// before it
			for _, b := range before {
				if !afterPreposition(c.d.Text[s.Start:b.Span.Start]) {
					if b.KBID == after[0] {
						return nil
					}
					return [][2]string{{b.KBID, after[0]}}
				}
			}
			return nil
		}
		gap := c.d.Text[last.Span.End:span.Start]
		if len(gap) > 40 || strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s") || strings.ContainsAny(gap, ",;") || strings.Contains(" "+gap+" ", " and ") || last.KBID == after[0] {
			return nil
		}
		return [][2]string{{last.KBID, after[0]}}
	}
	return [][2]string{{a, b}}
}

// gerundAfterSubordinator reports whether a claim opens with a gerund
// after a subordinating word ("after cutting ties", "before restoring
// relations"): the clause has no subject of its own.
func gerundAfterSubordinator(before, claim string) bool {
	verb, _, _ := strings.Cut(claim, " ")
	if !strings.HasSuffix(strings.ToLower(verb), "ing") {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "after", "before", "since", "while", "when", "by", "without", "upon":
		return true
	}
	return false
}

// clauseBreak returns where the clause that follows a relation claim
// ends in text: at a comma or semicolon followed by a word that starts
// another clause or an aside (", accusing it of …", ", which …", ", a
// move …"), not by the next item of a list (", the United Arab
// Emirates", ", and Egypt", ", Bahrain"). A state in a participle
// clause after the claim is no party to it. len(text) when there is
// none.
func clauseBreak(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] != ',' && text[i] != ';' {
			continue
		}
		rest := strings.TrimLeft(text[i+1:], " ")
		if rest == "" {
			return i
		}
		if text[i] == ';' {
			return i
		}
		if c := rest[0]; 'A' <= c && c <= 'Z' {
			continue // the next name of a list
		}
		w, _, _ := strings.Cut(rest, " ")
		if w != "and" && w != "the" {
			return i
		}
	}
	return len(text)
}

// A stateMention is a mention of a state: its span and the state's id.
type stateMention struct {
	Span doc.Span
	KBID string
}

// listAnaphorRe matches "the four countries" (and "the two states have")
// at the end of the text before a claim.
var listAnaphorRe = regexp.MustCompile(`(?i)\bthe (two|three|four|five|six|seven|eight|nine|ten|[2-9]) (?:countries|states|nations|governments)(?: have| had| has)?\s*$`)

// listAnaphor returns how many states "the N countries" ending text
// counts, or 0.
func listAnaphor(text string) int {
	m := listAnaphorRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	for i, w := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if strings.EqualFold(m[1], w) {
			return i + 2
		}
	}
	return int(m[1][0] - '0')
}

// afterPreposition reports whether text ends with a preposition: a name
// after it ("talks in Turkey, Saudi Arabia …") is no subject.
func afterPreposition(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "in", "at", "from", "to", "with", "of", "by", "after", "before", "for", "on", "between", "among", "like":
		return true
	}
	return false
}

// afterConjunction reports whether text ends with a word that opens a
// clause as well as a phrase ("after", "before", "since", "until"): in
// "a day after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt
// severed relations with Doha" the list after it is the clause's
// subject, its first state included.
func afterConjunction(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "after", "before", "since", "until":
		return true
	}
	return false
}

// coordGap reports whether the text between two names joins them in a
// list: a comma, "and", "the" ("Saudi Arabia, the United Arab Emirates,
// Bahrain and Egypt").
func coordGap(gap string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(strings.ReplaceAll(gap, ",", " , "))) {
		switch w {
		case ",", "and", "the":
		default:
			return false
		}
	}
	return true
}

// statesFor returns the two states a relation claim in sentence si is
// about: the first two distinct states named in the sentence before
// offset end, where the claim's clause ends (capitals count as their
// states, see stateOf); when it names none, the most recent two named
// in the three sentences before it. A sentence naming one state yields
// no pair: its other party is not named. A state in a participle clause
// after the claim ("…, accusing it of being too close to Iran") is no
// party to it.
func (c *checker) statesFor(si, end int) (string, string) {
	var found []string
	add := func(id string) {
		for _, f := range found {
			if f == id {
				return
			}
		}
		found = append(found, id)
	}
	s := c.d.Sentences[si]
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if s.Contains(m.Span) && m.Span.Start < end {
			if id := c.stateIn(s, m); id != "" {
				add(id)
			}
		}
	}
	if len(found) >= 2 {
		return found[0], found[1]
	}
	if len(found) == 1 && !c.describedSubject(s) {
		// one party named here: the other is one the sentence does not
		// name ("he established relations with China"), never a state
		// borrowed from another sentence
		return "", ""
	}
	// No state named ("the two countries restored ties"), or the subject
	// is a description of one named before ("The Islamic Republic
	// severed relations with Israel"): look back, nearest first, up to
	// three sentences.
	for back := si - 1; back >= 0 && back >= si-3 && len(found) < 2; back-- {
		bs := c.d.Sentences[back]
		for i := len(c.d.Mentions) - 1; i >= 0 && len(found) < 2; i-- {
			m := &c.d.Mentions[i]
			if bs.Contains(m.Span) {
				if id := c.stateIn(bs, m); id != "" {
					add(id)
				}
			}
		}
	}
	if len(found) >= 2 {
		return found[0], found[1]
	}
	return "", ""
}

// describedSubject reports whether sentence s opens with a definite
// description that names no state ("The Islamic Republic", "The
// kingdom", "The two countries"): a state the article named before, not
// a pronoun or a person.
func (c *checker) describedSubject(s doc.Span) bool {
	t := strings.TrimLeft(c.d.Text[s.Start:s.End], " \n")
	if !strings.HasPrefix(t, "The ") {
		return false
	}
	start := s.End - len(t)
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start >= start && m.Span.Start <= start+4 && (m.Type == doc.TypeCountry || m.Type == doc.TypePerson) {
			return false // "The United States …", "The Netherlands …"
		}
	}
	return true
}

// stateIn is stateOf for mention m in sentence s, except that a place
// opening the sentence before a comma, parenthesis or dash is a
// dateline ("BEIJING, March 10 -", "Tehran (AP) —"), where the story was
// filed, not a party.
func (c *checker) stateIn(s doc.Span, m *doc.Mention) string {
	if m.Type == doc.TypePlace && strings.TrimSpace(c.d.Text[s.Start:m.Span.Start]) == "" {
		rest := strings.TrimLeft(c.d.Text[m.Span.End:s.End], " ")
		if rest == "" || strings.ContainsRune(",(-—–", []rune(rest)[0]) {
			return ""
		}
	}
	if datelineCountry(c.d.Text[s.Start:m.Span.Start], c.d.Text[m.Span.End:s.End]) {
		return ""
	}
	return stateOf(c.k, m)
}

// datelineCountry reports whether the name between before and after, the
// sentence's text around it, is the country of a dateline's city
// ("RIYADH, Saudi Arabia, Jan. 4, 2016 (AP) —"): only the city and a
// comma before it, a comma or bracket after it and the dateline's dash
// soon after. The story was filed there; the country is no party to the
// claim ("Bahrain and Sudan severed relations with Iran").
func datelineCountry(before, after string) bool {
	city, ok := strings.CutSuffix(strings.TrimSpace(before), ",")
	if !ok || city == "" || len(city) > 30 || strings.ContainsAny(city, ",.;:()") {
		return false
	}
	for w := range strings.FieldsSeq(city) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	after = strings.TrimLeft(after, " ")
	if after == "" || after[0] != ',' && after[0] != '(' {
		return false
	}
	after = after[:min(len(after), 40)]
	return strings.Contains(after, " —") || strings.Contains(after, " –") || strings.Contains(after, " - ")
}

// stateOf returns the KB id of the state mention m names in a relation
// claim, or "": a country, or a country's capital standing for its
// government by metonymy ("Washington broke off relations with Tehran").
// A place counts only when it is the capital its country's record names.
func stateOf(k *kb.KB, m *doc.Mention) string {
	if m.KBID == "" {
		return ""
	}
	switch m.Type {
	case doc.TypeCountry:
		if a, ok := k.Actor(m.KBID); ok && a.Kind == kb.KindCountry {
			return a.ID
		}
	case doc.TypePerson:
		// "Morales broke off relations with Israel": a head of state or
		// government, or a foreign minister, acts for the state
		for _, r := range k.RolesOf(m.KBID) {
			if statesmanOffices[r.Office[strings.IndexByte(r.Office, '.')+1:]] && r.Country != "" {
				return r.Country
			}
		}
	case doc.TypePlace:
		p, ok := k.Actor(m.KBID)
		if !ok || p.Country == "" {
			return ""
		}
		if a, ok := k.Actor(p.Country); ok && a.Kind == kb.KindCountry && a.Capital != "" && kb.Fold(a.Capital) == kb.Fold(p.Name) {
			return a.ID
		}
	}
	return ""
}

// statesmanOffices are the offices whose holders act for their state in
// its relations.
var statesmanOffices = map[string]bool{
	kb.OfficeHeadOfState: true, kb.OfficeHeadOfGovernment: true, kb.OfficePresident: true,
	kb.OfficePrimeMinister: true, kb.OfficeChancellor: true, kb.OfficeMonarch: true,
	kb.OfficeSupremeLeader: true, kb.OfficeForeignMinister: true,
}

// yearIn returns the year the claim at span refers to: a time expression
// in the sentence (the one nearest the claim), else a bare year; 0 when
// none.
func (c *checker) yearIn(s, span doc.Span) int {
	if y := c.yearRightAfter(s, span); y != 0 {
		// "broke off relations in 1967 and restored them in 1974": the
		// date that follows a claim dates it, however near the one
		// before it is
		return y
	}
	best, bestDist := 0, 1<<30
	rel := c.relativeClauses(s, span)
	if sub := subordinateOpen(c.d.Text[s.Start:span.Start]); sub >= 0 {
		// "reopened its embassy on Tuesday, seven years after Saudi
		// Arabia cut ties": the main clause's time is not the claim's
		rel = append(rel, doc.Span{Start: s.Start, End: s.Start + sub})
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if !s.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 || inAny(t.Span.Start, rel) {
			continue
		}
		y, err := strconv.Atoi(t.Value[:4])
		if err != nil {
			continue
		}
		dist := abs(t.Span.Start - span.Start)
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if best != 0 {
		return best
	}
	text := c.d.Slice(s)
	for _, loc := range yearRe.FindAllStringIndex(text, -1) {
		if inAny(s.Start+loc[0], rel) {
			continue
		}
		y, _ := strconv.Atoi(text[loc[0]:loc[1]])
		dist := abs(s.Start + loc[0] - span.Start)
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// rightAfterRe matches the words between a relation claim and a date
// of its own: "in", "on", "with STATE in", "between A and B in".
var rightAfterRe = regexp.MustCompile(`^(?:\s+(?:with|between)\s+[^,;]{1,40}?)?\s+(?:in|on)\s+$`)

// yearRightAfter returns the year of a date expression of sentence s
// that follows the claim at span within its clause, after "in" or "on"
// ("restored them in 1974", "cut ties with Iran on January 4, 2016"); 0
// when there is none.
func (c *checker) yearRightAfter(s, span doc.Span) int {
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start < span.End || t.Span.Start-span.End > 60 || !s.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 {
			continue
		}
		y, err := strconv.Atoi(t.Value[:4])
		if err != nil || !rightAfterRe.MatchString(c.d.Text[span.End:t.Span.Start]) {
			continue
		}
		return y
	}
	return 0
}

// subordinateOpen returns the offset in head, the sentence before a
// claim, of an "after" or "before" that opens the claim's clause ("…,
// seven years after Saudi Arabia cut ties"), -1 when there is none.
func subordinateOpen(head string) int {
	from := strings.LastIndexAny(head, ",;:") + 1
	for _, w := range []string{" after ", " before "} {
		if i := strings.LastIndex(strings.ToLower(head[from:]), w); i >= 0 {
			return from + i
		}
	}
	return -1
}

// firstYearFrom returns the year of the first date expression of
// sentence s at or after off, 0 when there is none.
func (c *checker) firstYearFrom(s doc.Span, off int) int {
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start < off || !s.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 {
			continue
		}
		if y, err := strconv.Atoi(t.Value[:4]); err == nil {
			return y
		}
	}
	return 0
}

// relativeClauses returns the relative clauses of sentence s set off by
// commas (", which severed ties in 2014,") that do not hold the claim at
// span: a year in one dates another event than the claim.
func (c *checker) relativeClauses(s, span doc.Span) []doc.Span {
	text := c.d.Slice(s)
	var out []doc.Span
	for from := 0; ; {
		i := strings.Index(text[from:], ", ")
		if i < 0 {
			break
		}
		i += from
		from = i + 2
		rest := text[i+2:]
		if !strings.HasPrefix(rest, "which ") && !strings.HasPrefix(rest, "who ") {
			continue
		}
		end := strings.IndexAny(rest, ",;")
		if end < 0 {
			end = len(rest) // the clause runs to the end of the sentence
		}
		cl := doc.Span{Start: s.Start + i, End: s.Start + i + 2 + end}
		if cl.End <= span.Start || cl.Start >= span.End {
			out = append(out, cl) // a clause apart from the claim's
		}
	}
	out = append(out, breakClauses(text, s.Start, span)...)
	return append(out, c.sinceClauses(s, span)...)
}

// breakClauses returns the trailing break clauses of a sentence, text
// at offset off, that follow another relation noun than the one ending
// the claim at span ("reopened its embassy in Caracas after the two
// countries restored ties cut in 2019"): their year dates the break, not
// the claim. A clause runs to the next comma or semicolon.
func breakClauses(text string, off int, span doc.Span) []doc.Span {
	var out []doc.Span
	for _, key := range [...]string{"ties", "relations"} {
		for from := 0; ; {
			i := strings.Index(text[from:], key)
			if i < 0 {
				break
			}
			at := from + i + len(key)
			from = at
			if off+at == span.End || off+at > span.Start && off+at < span.End {
				continue // the claim's own noun: its clause is read with the claim
			}
			loc := trailingClaimRe.FindStringIndex(text[at:])
			if loc == nil {
				continue
			}
			end := len(text)
			if j := strings.IndexAny(text[at+loc[1]:], ",;"); j >= 0 {
				end = at + loc[1] + j
			}
			if cl := (doc.Span{Start: off + at, End: off + end}); cl.End <= span.Start || cl.Start >= span.End {
				out = append(out, cl)
			}
		}
	}
	return out
}

// sinceClauses returns the clauses opened by "since" after the claim at
// span in sentence s that start with something other than a date ("the
// ninth country to switch recognition since Tsai took office in 2016"):
// their year dates the start of a count, not the claim. "since 2016" and
// "since March 2016", which the since and trailing claims read, stay.
func (c *checker) sinceClauses(s, span doc.Span) []doc.Span {
	var out []doc.Span
	if span.End >= s.End {
		return nil // the claim runs to or past the sentence's end ("President Guðni Th. Jóhannesson" split after "Th.")
	}
	text := c.d.Text[span.End:s.End]
	for from := 0; ; {
		i := strings.Index(text[from:], "since ")
		if i < 0 {
			return out
		}
		i += from
		from = i + len("since ")
		if i > 0 && text[i-1] != ' ' {
			continue // "convinced since", "Ever since"
		}
		rest := text[from:]
		if rest == "" || rest[0] >= '0' && rest[0] <= '9' || startsWithMonth(rest) {
			continue
		}
		end := strings.IndexAny(rest, ",;")
		if end < 0 {
			end = len(rest)
		}
		out = append(out, doc.Span{Start: span.End + i, End: span.End + from + end})
	}
}

// startsWithMonth reports whether text begins with a month's name or
// abbreviation (monthNames), in any case.
func startsWithMonth(text string) bool {
	for _, m := range monthNames {
		if len(text) >= len(m) && strings.EqualFold(text[:len(m)], m) && (len(text) == len(m) || !unicode.IsLetter(rune(text[len(m)]))) {
			return true
		}
	}
	return false
}

func inAny(off int, spans []doc.Span) bool {
	for _, sp := range spans {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// state reports the state of relations after the KB's events up to and
// including the end of year y (or day, when y is 0): "severed",
// "normal" or "" when the KB records nothing before then.
func relState(evs []kb.Relation, upto kb.Date) (string, *kb.Relation) {
	state := ""
	var last *kb.Relation
	for i := range evs {
		e := &evs[i]
		if e.Date.First().Compare(upto) > 0 {
			break
		}
		switch e.Event {
		case kb.RelSevered, kb.RelSuspended:
			state, last = "severed", e
		case kb.RelEstablished, kb.RelRestored, kb.RelNormalized:
			state, last = "normal", e
		}
	}
	return state, last
}

func (c *checker) relEvidence(r kb.Relation) doc.Evidence {
	// "A–B: relations event date (note)", built in one buffer
	var buf [128]byte
	b := append(append(append(buf[:0], r.A...), "–"...), r.B...)
	b = append(append(append(b, ": relations "...), r.Event...), ' ')
	if r.Date.Year > 0 {
		b = appendDate(b, r.Date)
	} else {
		b = append(b, r.Date.String()...)
	}
	if r.Note != "" {
		b = append(append(append(b, " ("...), r.Note...), ')')
	}
	return doc.Evidence{KB: r.ID, Fact: string(b), Source: r.Source, AsOf: dateString(c.k.AsOf(r.Source))}
}

func (c *checker) countryName(id string) string {
	if a, ok := c.k.Actor(id); ok {
		return a.Name
	}
	return id
}

// checkRelation judges one relation claim. It contradicts only what the
// KB's own history rules out: severing ties that were already severed,
// restoring ties that stayed severed, never having had relations the KB
// records.
func (c *checker) checkRelation(kind, a, b string, year int, s, span doc.Span) {
	evs := c.relationsOf(a, b)
	claim := strings.TrimSpace(c.d.Slice(s))
	// the frequent explanations below are concatenated: pair and an
	// event are strings, and a kb.Date's String is what %s writes
	pair := c.countryName(a) + " and " + c.countryName(b)
	f := doc.Finding{Kind: doc.FindRelationContradicted, Span: span, Claim: claim, Evidence: []doc.Evidence{}}
	for _, e := range evs {
		f.Evidence = append(f.Evidence, c.relEvidence(e))
	}
	if kind == claimReopened {
		if !brokenBefore(evs, year) {
			return // a reopening after a closure for safety claims nothing
		}
		kind = claimRestored
	}
	if len(evs) == 0 {
		f.Verdict = doc.Unverifiable
		f.Explanation = fmt.Sprintf("The KB records no relation events between %s.", pair)
		c.add(f)
		return
	}
	// Past the KB's knowledge nothing can be said.
	asOf := c.k.AsOf(evs[len(evs)-1].Source)
	if year > 0 && !asOf.IsZero() && year > asOf.Year {
		f.Verdict = doc.Unverifiable
		f.Explanation = fmt.Sprintf("The claim is about %d, after the KB's as-of date %s.", year, asOf)
		c.add(f)
		return
	}
	if c.dated && year > c.day.Year && (kind == claimSevered || kind == claimRestored || kind == claimEstablished) && c.pastClaim(s, span) {
		// "Saudi Arabia and Canada had restored full relations in
		// 2023", in an article of 2018: no article tells as past what
		// happens after its date
		f.Verdict = doc.Contradicted
		f.Explanation = fmt.Sprintf("The claim dates this to %d, after the article's date %s: an article of that date cannot report it as past.", year, c.dayISO())
		c.add(f)
		return
	}
	if year > 0 && (kind == claimRestored || kind == claimEstablished || kind == claimSevered) && c.agreedTo(s, span) {
		// "Sudan agreed on Friday to normalise ties with Israel" (October
		// 2020): an agreement, which the act itself may follow months
		// later (the signing, 2021-01-06)
		kinds := []string{kb.RelRestored, kb.RelNormalized, kb.RelEstablished}
		if kind == claimSevered {
			kinds = []string{kb.RelSevered, kb.RelSuspended}
		}
		for i := range evs {
			if e := &evs[i]; contains(kinds, e.Event) && e.Date.Year >= year && e.Date.Year <= year+1 {
				f.Verdict, f.Explanation = doc.Supported, "The KB records relations between "+pair+" "+e.Event+" on "+e.Date.String()+"; the sentence reports the agreement to it."
				c.add(f)
				return
			}
		}
		f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The sentence reports an agreement in %d; the KB records no such change in relations between %s in that year or the next.", year, pair)
		c.add(f)
		return
	}
	inYear := func(kinds ...string) *kb.Relation {
		for i := range evs {
			if evs[i].Date.Year == year && contains(kinds, evs[i].Event) {
				return &evs[i]
			}
		}
		return nil
	}
	switch kind {
	case claimSevered:
		if year == 0 {
			if st, last := relState(evs, c.refDay()); st == "severed" {
				f.Verdict, f.Explanation = doc.Supported, "Relations between "+pair+" were severed on "+last.Date.String()+"."
			} else {
				f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no severance of relations between %s that fits.", pair)
			}
			break
		}
		if e := inYear(kb.RelSevered, kb.RelSuspended); e != nil {
			f.Verdict, f.Explanation = doc.Supported, "Relations between "+pair+" were severed on "+e.Date.String()+"."
			if m, said := c.monthAfter(s, span, year); m > 0 && e.Date.Month > 0 && e.Date.Month != m {
				f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were severed on %s, not at the time the text gives (%s).", pair, e.Date, said)
			}
			break
		}
		st, last := relState(evs, kb.Date{Year: year - 1, Month: 12, Day: 31})
		if st == "severed" {
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s could not be severed in %d: they had been severed since %s and not restored.", pair, year, last.Date)
		} else if e := nearYear(evs, year, kb.RelSevered, kb.RelSuspended); e != nil {
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("The KB records the break in relations between %s on %s, not in %d.", pair, e.Date, year)
		} else if from, until, ok := continuousOver(evs, year); ok {
			f.Verdict = doc.Contradicted
			if until != nil {
				f.Explanation = fmt.Sprintf("Relations between %s were in place from %s (relations %s) until the %s on %s; the KB records no break in %d.", pair, from.Date, from.Event, endNoun(until.Event), until.Date, year)
			} else {
				f.Explanation = fmt.Sprintf("Relations between %s have been in place since they were %s on %s; the KB records no break since, none in %d.", pair, from.Event, from.Date, year)
			}
		} else {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no severance of relations between %s in %d.", pair, year)
		}
	case claimRestored:
		if year == 0 {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("No year is given for the restoration of relations between %s.", pair)
			st, last := relState(evs, c.refDay())
			switch {
			case st == "normal" && last.Event != kb.RelEstablished:
				f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("Relations between %s were restored on %s.", pair, last.Date)
			case st == "severed" && c.dated && (asOf.IsZero() || c.day.Compare(asOf) <= 0) && c.pastClaim(s, span):
				// "Saudi Arabia and Iran restored ties severed in 2016",
				// in 2019: told as done by the article's date, while the
				// KB, which knows that date, has them still severed
				f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were severed on %s and not restored by %s.", pair, last.Date, c.dayISO())
			}
			break
		}
		if e := inYear(kb.RelRestored, kb.RelNormalized, kb.RelEstablished); e != nil {
			f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("Relations between %s were restored on %s.", pair, e.Date)
			if m, said := c.monthAfter(s, span, year); m > 0 && e.Date.Month > 0 && e.Date.Month != m {
				f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were restored on %s, not at the time the text gives (%s).", pair, e.Date, said)
			}
			break
		}
		if st, last := relState(evs, kb.Date{Year: year, Month: 12, Day: 31}); st == "severed" {
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s were not restored in %d: they stayed severed from %s.", pair, year, last.Date)
		} else if e := nearYear(evs, year, kb.RelRestored, kb.RelNormalized); e != nil {
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("The KB records the restoration of relations between %s on %s, not in %d.", pair, e.Date, year)
		} else if st, last := relState(evs, kb.Date{Year: year - 1, Month: 12, Day: 31}); st == "normal" && (last.Event == kb.RelRestored || last.Event == kb.RelNormalized) {
			// "restored relations in 2005", restored in 1990 and
			// unbroken since: nothing to restore in 2005
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s were restored on %s and not broken again before %d: nothing was restored in %d.", pair, last.Date, year, year)
		} else if from, until, ok := continuousOver(evs, year); ok && until == nil {
			// "Japan and South Korea, which normalised relations in 1972":
			// established in 1965 and never broken since, so nothing was
			// restored or normalised in any later year
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s have been in place since they were %s on %s, with no break recorded: nothing was restored in %d.", pair, from.Event, from.Date, year)
		} else if down, next, ok := downgradedOver(evs, year); ok {
			// "Turkey and Israel resumed full relations in 2012":
			// downgraded in 2011-09, and the pair's very next event is
			// the restoration of 2016-06
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s were downgraded on %s and next %s on %s: nothing was restored in %d.", pair, down.Date, next.Event, next.Date, year)
		} else {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no restoration of relations between %s in %d.", pair, year)
		}
	case claimNever:
		for i := range evs {
			if evs[i].Date.First().Compare(c.refDay()) <= 0 {
				f.Verdict = doc.Contradicted
				f.Explanation = fmt.Sprintf("%s have had diplomatic relations: the KB records relations %s on %s.", pair, evs[i].Event, evs[i].Date)
				c.add(f)
				return
			}
		}
		f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no relations between %s before the article's date.", pair)
	case claimNone:
		st, last := relState(evs, c.refDay())
		since := sinceYear(c.d.Text[span.End:s.End])
		switch st {
		case "severed":
			// "have had no relations since 2015": the break's year
			if e := nearYear(evs, since, kb.RelSevered, kb.RelSuspended); since > 0 && last.Date.Year != since && e != nil {
				f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("The KB records the break in relations between %s on %s, not in %d.", pair, e.Date, since)
				break
			}
			f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("Relations between %s have been severed since %s.", pair, last.Date)
		case "normal":
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("%s have diplomatic relations: the KB records relations %s on %s and no break since.", pair, last.Event, last.Date)
		default:
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no relation events between %s before the article's date.", pair)
		}
	case claimEstablished:
		if year == 0 {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("No year is given for relations between %s.", pair)
			break
		}
		if e := inYear(kb.RelEstablished, kb.RelNormalized, kb.RelRestored); e != nil {
			f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("Relations between %s were established on %s.", pair, e.Date)
			break
		}
		if st, last := relState(evs, kb.Date{Year: year - 1, Month: 12, Day: 31}); st == "normal" {
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("Relations between %s already existed before %d (relations %s %s).", pair, year, last.Event, last.Date)
		} else if e := nearYear(evs, year, kb.RelEstablished, kb.RelNormalized, kb.RelRestored); e != nil {
			// a restoration near the year misdates the claim too: a
			// switch back to Beijing (Kiribati, 2019) is worded as
			// establishing relations
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("The KB records the %s of relations between %s on %s, not in %d.", openingNoun(e.Event), pair, e.Date, year)
		} else if first := firstState(evs); first != nil && first.Event == kb.RelEstablished && first.Date.Year > year {
			// a pair's relations are established once: the first
			// event of its history, however many years after the claim
			// (a peace treaty recorded before it says nothing of
			// relations: Egypt–Israel, treaty 1979, relations 1980)
			f.Verdict = doc.Contradicted
			f.Explanation = fmt.Sprintf("The KB records the establishment of relations between %s on %s, not in %d: there were none before.", pair, first.Date, year)
		} else {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no establishment of relations between %s in %d.", pair, year)
		}
	}
	c.add(f)
}

// endNoun names the event that ends a period of relations in place: a
// "break", or a "downgrade", which leaves relations in place but lower.
func endNoun(event string) string {
	if event == kb.RelDowngraded {
		return "downgrade"
	}
	return "break"
}

// openingNoun names an event that opens relations: "establishment",
// "restoration" or "normalisation".
func openingNoun(event string) string {
	switch event {
	case kb.RelRestored:
		return "restoration"
	case kb.RelNormalized:
		return "normalisation"
	}
	return "establishment"
}

// firstState returns the first event of a pair's history that says
// whether the pair had relations, skipping treaties (a peace treaty
// may precede the relations it opens); nil when there is none.
func firstState(evs []kb.Relation) *kb.Relation {
	for i := range evs {
		if evs[i].Event != kb.RelTreaty {
			return &evs[i]
		}
	}
	return nil
}

// misdateYears is how far from a claimed year a recorded event of the
// same kind is taken to be the event the claim misdates.
const misdateYears = 3

// nearYear returns the event of one of kinds nearest to year within
// misdateYears, when none falls in year itself; nil otherwise. The KB's
// dated history of a pair is taken as complete for such events.
func nearYear(evs []kb.Relation, year int, kinds ...string) *kb.Relation {
	var best *kb.Relation
	for i := range evs {
		e := &evs[i]
		if !contains(kinds, e.Event) {
			continue
		}
		d := abs(e.Date.Year - year)
		if d == 0 {
			return nil
		}
		if d <= misdateYears && (best == nil || d < abs(best.Date.Year-year)) {
			best = e
		}
	}
	return best
}

// continuousOver reports whether the KB knows relations between a pair
// were continuously in place throughout year, so that a severance
// claimed in it is false however far from any recorded break. That is
// so when the year falls after a restoration or establishment and
// before the severance or downgrade that is the very next event the KB
// records for the pair (it records the period's both ends); or after the pair's
// establishment, the first event it records, with nothing recorded
// since (the pair's whole history). Any event in the year itself (a
// downgrade a writer may call a break) leaves the claim to the other
// rules. from is the event that began the period, until the break that
// ended it, nil when none is recorded.
func continuousOver(evs []kb.Relation, year int) (from, until *kb.Relation, ok bool) {
	if len(evs) == 0 {
		return nil, nil, false
	}
	for i := range evs {
		if evs[i].Date.Year == year {
			return nil, nil, false
		}
	}
	st, last := relState(evs, kb.Date{Year: year - 1, Month: 12, Day: 31})
	if st != "normal" || last.Date.Year >= year {
		return nil, nil, false
	}
	i := 0
	for &evs[i] != last {
		i++
	}
	if i+1 < len(evs) {
		next := &evs[i+1]
		if (next.Event == kb.RelSevered || next.Event == kb.RelSuspended || next.Event == kb.RelDowngraded) && next.Date.Year > year {
			// a downgrade ends the period too: there were relations
			// to downgrade
			return last, next, true
		}
		return nil, nil, false
	}
	if evs[0].Event == kb.RelEstablished {
		return last, nil, true
	}
	return nil, nil, false
}

// downgradedOver reports whether year falls after a downgrade of a
// pair's relations and before the restoration or normalisation that is
// the very next event the KB records for the pair, with no event in the
// year itself: the KB records the period's both ends, so nothing was
// restored in between.
func downgradedOver(evs []kb.Relation, year int) (down, next *kb.Relation, ok bool) {
	i := -1
	for j := range evs {
		if evs[j].Date.Year == year {
			return nil, nil, false
		}
		if evs[j].Date.Year < year {
			i = j
		}
	}
	if i < 0 || i+1 >= len(evs) || evs[i].Event != kb.RelDowngraded {
		return nil, nil, false
	}
	if n := &evs[i+1]; n.Event == kb.RelRestored || n.Event == kb.RelNormalized {
		return &evs[i], n, true
	}
	return nil, nil, false
}

// refDay is the day a present-tense claim is judged at: the article date,
// else the end of the estimated window, else the far future.
// brokenBefore reports whether evs hold a break (severed or suspended)
// before the end of year (any year when year is 0).
func brokenBefore(evs []kb.Relation, year int) bool {
	for i := range evs {
		if (evs[i].Event == kb.RelSevered || evs[i].Event == kb.RelSuspended) && (year == 0 || evs[i].Date.Year <= year) {
			return true
		}
	}
	return false
}

// agreedTo reports whether the relation claim at span is the object of
// an agreement or a decision ("agreed to normalise ties", "agreed on
// Friday to restore relations", "decided to cut ties"): "to" before it,
// after one of agreeVerbs within a few words.
func (c *checker) agreedTo(s, span doc.Span) bool {
	before := strings.Fields(strings.ToLower(c.d.Text[max(s.Start, span.Start-40):span.Start]))
	n := len(before)
	if n == 0 || before[n-1] != "to" {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-5; i-- {
		if agreeVerbs.Has(strings.Trim(before[i], ",;:")) {
			return true
		}
	}
	return false
}

// agreeVerbs take a relation change as their object ("agreed to
// restore").
var agreeVerbs = wordset.Of("agreed agree agrees decided decide decides pledged pledge vowed promised announced moved voted")

// pastClaim reports whether a relation claim at span is told in the
// past tense: a simple past or perfect verb among its first words ("had
// restored", "severed", "cut", "broke off", "were restored"), not an
// infinitive ("agreed to restore").
func (c *checker) pastClaim(s, span doc.Span) bool {
	before := strings.Fields(strings.ToLower(c.d.Text[max(s.Start, span.Start-24):span.Start]))
	if n := len(before); n > 0 && before[n-1] == "to" {
		return false
	}
	words := strings.Fields(strings.ToLower(c.d.Text[span.Start:span.End]))
	if n := len(before); n > 0 {
		words = append([]string{before[n-1]}, words...)
	}
	for i, w := range words {
		if i > 4 {
			break
		}
		w = strings.Trim(w, ",;:\"'“”‘’()")
		if w == "to" || relationModals.Has(w) {
			return false
		}
		if len(w) > 3 && strings.HasSuffix(w, "ed") && !notPast.Has(w) || pastIrregular.Has(w) || w == "had" {
			return true
		}
	}
	return false
}

// changeKind reports whether a claim kind tells of a change in relations
// that a negation before it denies ("has not restored them"); "never"
// and "none" claims are negative themselves.
func changeKind(kind string) bool {
	switch kind {
	case claimSevered, claimRestored, claimEstablished, claimReopened:
		return true
	}
	return false
}

// negatedClaim reports whether the change a claim of pattern p at span
// tells of is denied by a negation before its verb ("has not restored
// them"); a trailing break clause ("never restored ties severed in
// 2016") or a relative clause after "with" has its own verb.
func (c *checker) negatedClaim(p *relationPattern, s, span doc.Span) bool {
	if !changeKind(p.kind) || p.trailing || lowerHasPrefix(c.d.Text[span.Start:span.End], "with ") {
		return false
	}
	return negatedBefore(c.d.Text[s.Start:span.Start])
}

// negatedBefore reports whether the clause that ends text, the sentence
// before a claim, negates it: "has not restored them", "never
// restored", "hasn't restored", "has yet to restore".
func negatedBefore(text string) bool {
	if i := strings.LastIndexAny(text, ",;:"); i >= 0 {
		text = text[i+1:]
	}
	f := strings.Fields(strings.ToLower(text))
	for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
		switch w := f[i]; {
		case w == "not" || w == "never" || w == "yet" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		}
	}
	return false
}

func (c *checker) refDay() kb.Date {
	switch {
	case c.dated:
		return c.day
	case c.hasWindow && !c.window.hi.IsZero():
		return c.window.hi
	}
	return maxDay
}

// sinceRe matches "since 2015" opening the text after a claim.
var sinceRe = regexp.MustCompile(`^\s+since\s+(1[89]\d\d|20\d\d)\b`)

// sinceYear returns the year of "since YEAR" right after a claim ("have
// had no relations since 2015"), or 0.
func sinceYear(after string) int {
	m := sinceRe.FindStringSubmatch(after)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// treatyName returns the folded name of the accord a treaty claim
// names ("signed the Abraham Accords" → "abraham"), or "" for a generic
// "peace treaty".
func treatyName(claim string) string {
	f := strings.Fields(claim)
	if len(f) < 2 {
		return ""
	}
	var name []string
	for _, w := range f[1 : len(f)-1] {
		switch strings.ToLower(w) {
		case "the", "a", "an", "historic", "landmark", "formal", "peace":
			continue
		}
		name = append(name, w)
	}
	return kb.Fold(strings.Join(name, " "))
}

// checkTreaty judges "A and B signed the X Accords / a peace treaty in
// YEAR" against the KB's treaty and normalisation events of the pair:
// one in that year supports it, one within misdateYears of it
// contradicts it. Without a year, or with no such event near it (most
// treaties are not in the KB), it says nothing.
func (c *checker) checkTreaty(a, b string, year int, s, span doc.Span) {
	if year == 0 {
		return
	}
	evs := c.relationsOf(a, b)
	name := treatyName(c.d.Text[span.Start:span.End])
	var hit, near *kb.Relation
	for i := range evs {
		e := &evs[i]
		if e.Event != kb.RelTreaty && e.Event != kb.RelNormalized {
			continue
		}
		// a named accord is the event whose note names it: the Camp
		// David Accords (1978) are not the peace treaty (1979)
		if name != "" && !strings.Contains(kb.Fold(e.Note), name) {
			continue
		}
		if e.Date.Year == year {
			hit = e
			break
		}
		if d := abs(e.Date.Year - year); d <= misdateYears && (near == nil || d < abs(near.Date.Year-year)) {
			near = e
		}
	}
	if hit == nil && near == nil {
		return
	}
	pair := c.countryName(a) + " and " + c.countryName(b)
	f := doc.Finding{Kind: doc.FindRelationContradicted, Span: span, Claim: strings.TrimSpace(c.d.Slice(s))}
	for _, e := range evs {
		f.Evidence = append(f.Evidence, c.relEvidence(e))
	}
	if hit != nil {
		f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("The KB records the agreement between %s on %s (%s).", pair, hit.Date, hit.Note)
	} else {
		f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("The KB records the agreement between %s on %s (%s), not in %d.", pair, near.Date, near.Note, year)
	}
	c.add(f)
}

// lowerHasPrefix reports whether strings.ToLower(s) begins with the
// lower-case prefix, lowering only as many runes of s as prefix has:
// ToLower maps rune by rune, one rune to one, so no later rune can
// change the answer (s may be the rest of the document).
func lowerHasPrefix(s, prefix string) bool {
	n := utf8.RuneCountInString(prefix)
	for i := range s {
		if n == 0 {
			s = s[:i]
			break
		}
		n--
	}
	return strings.HasPrefix(strings.ToLower(s), prefix)
}
