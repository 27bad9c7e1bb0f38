package eval

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// NER types scored. MISC (CoNLL's miscellaneous names, re3d's
// nationalities, MEANTIME's products and financial entities) is read but
// not scored: a system span that exactly matches a gold MISC span counts
// neither way, so a demonym like "Israeli" is never an error.
const (
	NERPerson = "PER"
	NEROrg    = "ORG"
	NERLoc    = "LOC"
	NERMisc   = "MISC"
	// NERUnscored marks a gold span ProperOnly took out of scoring: it is
	// not counted as missed, and a system span equal to it or inside it
	// counts neither way.
	NERUnscored = "UNSCORED"
)

// NERTypes are the scored types, in report order.
var NERTypes = []string{NERPerson, NEROrg, NERLoc}

// A NERSpan is one named-entity span with its type.
type NERSpan struct {
	Span doc.Span
	Type string // PER, ORG, LOC or MISC
	// Flat marks a gold span of a corpus whose conversion flattened
	// nested mentions (GUM, re3d: only the longest of overlapping spans
	// was kept). A system span strictly inside it with another type is a
	// nested name the conversion dropped ("Civic Party" in "Claudia Mo of
	// the Civic Party") and counts neither way; one of the same type is a
	// boundary error and still counts. ProperOnly sets it.
	Flat bool
}

// A NERDoc is one gold document: the text rebuilt from the gold tokens,
// its sentences, and the gold entity spans into that text.
type NERDoc struct {
	Name      string
	Text      string
	Sentences []doc.Span
	Gold      []NERSpan
	// Other holds the gold spans of types that are not names (GUM's
	// object, event, abstract …; re3d's Weapon, Temporal …). They are not
	// scored; ProperOnly reads them (see there).
	Other []doc.Span
}

// NERType maps a type name used by a gold corpus or by sitrep's mention
// types to PER, ORG, LOC or MISC; "" means the type is not a named entity
// (GUM's time, event, abstract …).
func NERType(t string) string {
	switch strings.ToLower(t) {
	case "per", "person":
		return NERPerson
	case "org", "organisation", "organization", "armed_group":
		return NEROrg
	case "loc", "location", "place", "gpe", "country":
		return NERLoc
	case "misc", "nationality", "pro", "fin", "mix", "product":
		return NERMisc
	}
	return ""
}

// NERCounts are the entity-level counts of one type.
type NERCounts struct {
	TP, FP, FN int
}

// PRF returns precision, recall and F1.
func (c NERCounts) PRF() (p, r, f float64) { return prf(c.TP, c.FP, c.FN) }

// A NERScore holds exact-match counts per type. Untyped counts a system
// span as right when its extent equals a gold span's, whatever the type.
// Overlap is the relaxed score: a system span is right when it overlaps a
// not yet matched gold span of the same type (re3d, GUM and MEANTIME put
// titles inside person names: "Foreign Secretary Boris Johnson").
type NERScore struct {
	Docs    int
	ByType  map[string]*NERCounts
	Untyped NERCounts
	Overlap NERCounts
}

// NewNERScore returns an empty score.
func NewNERScore() *NERScore {
	s := &NERScore{ByType: map[string]*NERCounts{}}
	for _, t := range NERTypes {
		s.ByType[t] = &NERCounts{}
	}
	return s
}

// Micro returns the counts summed over the scored types.
func (s *NERScore) Micro() NERCounts {
	var c NERCounts
	for _, t := range NERTypes {
		c.TP += s.ByType[t].TP
		c.FP += s.ByType[t].FP
		c.FN += s.ByType[t].FN
	}
	return c
}

// Add adds o's counts to s.
func (s *NERScore) Add(o *NERScore) {
	s.Docs += o.Docs
	for _, t := range NERTypes {
		s.ByType[t].TP += o.ByType[t].TP
		s.ByType[t].FP += o.ByType[t].FP
		s.ByType[t].FN += o.ByType[t].FN
	}
	s.Untyped.TP += o.Untyped.TP
	s.Untyped.FP += o.Untyped.FP
	s.Untyped.FN += o.Untyped.FN
	s.Overlap.TP += o.Overlap.TP
	s.Overlap.FP += o.Overlap.FP
	s.Overlap.FN += o.Overlap.FN
}

// A NERDiff is one disagreement: a missed gold span, a spurious system
// span, or a span with the wrong type.
type NERDiff struct {
	Span   doc.Span
	Gold   string // gold type, "" when spurious
	System string // system type, "" when missed
	Text   string
}

// ScoreNER scores sys against gold entity by entity (exact span and
// type). MISC gold spans are not scored, and system spans equal to one are
// ignored; system MISC spans are ignored too.
func ScoreNER(text string, gold, sys []NERSpan) (*NERScore, []NERDiff) {
	s := NewNERScore()
	s.Docs = 1
	goldAt := map[doc.Span]string{}
	misc := map[doc.Span]bool{}
	var unscored []doc.Span
	for _, g := range gold {
		switch g.Type {
		case NERMisc:
			misc[g.Span] = true
			continue
		case NERUnscored:
			unscored = append(unscored, g.Span)
			continue
		}
		goldAt[g.Span] = g.Type
	}
	var diffs []NERDiff
	matched := map[doc.Span]bool{}
	for _, p := range sys {
		if p.Type == NERMisc || s.ByType[p.Type] == nil || matched[p.Span] {
			continue
		}
		gt, ok := goldAt[p.Span]
		if !ok && (misc[p.Span] || within(p.Span, unscored) || nestedOther(gold, p)) {
			continue
		}
		if ok {
			s.Untyped.TP++
		} else {
			s.Untyped.FP++
		}
		if ok && gt == p.Type {
			s.ByType[p.Type].TP++
			matched[p.Span] = true
			continue
		}
		s.ByType[p.Type].FP++
		diffs = append(diffs, NERDiff{Span: p.Span, Gold: gt, System: p.Type})
		if ok {
			matched[p.Span] = true
			s.ByType[gt].FN++
		}
	}
	for sp, gt := range goldAt {
		if !matched[sp] {
			s.ByType[gt].FN++
			s.Untyped.FN++
			diffs = append(diffs, NERDiff{Span: sp, Gold: gt})
		}
	}
	s.Overlap = overlapCounts(gold, sys, misc, unscored)
	sort.Slice(diffs, func(i, j int) bool { return diffs[i].Span.Start < diffs[j].Span.Start })
	for i := range diffs {
		diffs[i].Text = text[diffs[i].Span.Start:diffs[i].Span.End]
	}
	return s, diffs
}

// overlapCounts matches each system span to the first unmatched gold span
// of the same type it overlaps.
func overlapCounts(gold, sys []NERSpan, misc map[doc.Span]bool, unscored []doc.Span) NERCounts {
	var c NERCounts
	used := make([]bool, len(gold))
	for _, p := range sys {
		if p.Type == NERMisc || NERType(p.Type) == "" || misc[p.Span] {
			continue
		}
		if within(p.Span, unscored) && !overlapsGold(gold, p) || nestedOther(gold, p) && !overlapsGold(gold, p) {
			continue
		}
		hit := false
		for i, g := range gold {
			if !used[i] && g.Type == p.Type && g.Span.Overlaps(p.Span) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			c.TP++
		} else {
			c.FP++
		}
	}
	for i, g := range gold {
		if !used[i] && g.Type != NERMisc && g.Type != NERUnscored {
			c.FN++
		}
	}
	return c
}

// within reports whether sp lies inside one of the spans in.
func within(sp doc.Span, in []doc.Span) bool {
	for _, u := range in {
		if u.Start <= sp.Start && sp.End <= u.End {
			return true
		}
	}
	return false
}

// nestedOther reports whether p lies strictly inside a Flat gold span of
// another type: a nested name the gold conversion dropped.
func nestedOther(gold []NERSpan, p NERSpan) bool {
	for _, g := range gold {
		if g.Flat && g.Type != p.Type && g.Span != p.Span && g.Span.Start <= p.Span.Start && p.Span.End <= g.Span.End {
			return true
		}
	}
	return false
}

// overlapsGold reports whether p overlaps a scored gold span of its type.
func overlapsGold(gold []NERSpan, p NERSpan) bool {
	for _, g := range gold {
		if g.Type == p.Type && g.Span.Overlaps(p.Span) {
			return true
		}
	}
	return false
}

// ProperOnly keeps scored only the gold spans of d that are proper names,
// for corpora that annotate every nominal mention (GUM: "the Chinese
// government", "the coast of Aceh, Indonesia", "fishermen"); the others
// get type NERUnscored. The rule, on the span's words (split at spaces):
//
//   - the head is the span's last word, or the last word before the first
//     post-modifier: a preposition (of, for, in, at, on, from, with, to,
//     by, under, near), a relative pronoun (who, which, that, whose), a
//     comma, a parenthesis or a dash;
//   - the span is a proper name when its head begins with an upper-case
//     letter ("the Indonesian Navy", "Claudia Mo of the Civic Party",
//     "Ministry of Defence"), except when the head is the first word of
//     its sentence and the document never writes that word capitalised
//     elsewhere: "Fishermen said" is a common noun, "Obama said" is not
//     when "Obama" recurs mid-sentence. An all-caps head of two or more
//     letters ("NASA") always counts.
//
// MISC spans are left alone. A system span equal to an unscored span or
// inside one counts neither way: GUM flattens nested mentions, so the
// names inside a common-noun mention ("Aceh" in "the coast of Aceh,
// Indonesia") have no gold span of their own; likewise a system span of
// another type strictly inside a scored span ("Civic Party" in "Claudia
// Mo of the Civic Party": NERSpan.Flat). For the same reason the
// spans of d.Other (mentions of objects, events, abstractions: "the
// Twitter attention", "the Tom Cruise video") become unscored spans too.
func ProperOnly(d *NERDoc) {
	for _, o := range d.Other {
		d.Gold = append(d.Gold, NERSpan{Span: o, Type: NERUnscored})
	}
	d.Other = nil
	midCap := map[string]bool{} // words written capitalised past a sentence's first word
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			continue
		}
		for k, w := range strings.Fields(d.Text[s.Start:s.End]) {
			if w = strings.Trim(w, nerPunct); k > 0 && w != "" && startsUpper(w) {
				midCap[w] = true
			}
		}
	}
	for i, g := range d.Gold {
		if g.Type == NERMisc || g.Span.Start < 0 || g.Span.End > len(d.Text) || g.Span.Start >= g.Span.End {
			continue
		}
		head, initial := properHead(d, g.Span)
		proper := head != "" && startsUpper(head) && (!initial || midCap[head] || allUpper(head))
		if !proper {
			d.Gold[i].Type = NERUnscored
		}
		d.Gold[i].Flat = true
	}
}

// nerPunct is the punctuation trimmed off the words ProperOnly reads.
const nerPunct = ".,;:!?\"'()[]{}“”‘’"

// properHead returns the head word of span sp (see ProperOnly) and
// whether it is the first word of its sentence.
func properHead(d *NERDoc, sp doc.Span) (string, bool) {
	words := strings.Fields(d.Text[sp.Start:sp.End])
	head := -1
	for k, w := range words {
		lw := strings.ToLower(w)
		if k > 0 && postModifier(lw) {
			break
		}
		if w = strings.Trim(w, nerPunct); w != "" && w != "'s" && w != "s" {
			head = k
		}
		if strings.HasSuffix(lw, ",") || strings.HasSuffix(lw, "(") {
			break
		}
	}
	if head < 0 {
		return "", false
	}
	// the sentence's first word: only punctuation between its start and the head
	start := sp.Start
	for _, s := range d.Sentences {
		if s.Start <= sp.Start && sp.Start < s.End {
			start = s.Start
			break
		}
	}
	before := d.Text[start:sp.Start]
	if head > 0 {
		before += strings.Join(words[:head], " ")
	}
	initial := strings.Trim(before, nerPunct+" \n\t") == ""
	return strings.Trim(words[head], nerPunct), initial
}

// postModifier reports whether w (lower case) opens a post-modifier of a
// noun phrase's head: a preposition, a relative pronoun, a parenthesis or
// a dash.
func postModifier(w string) bool {
	switch w {
	case "of", "for", "in", "at", "on", "from", "with", "to", "by", "under", "near",
		"who", "which", "that", "whose", "(", "-", "–", "—", "--":
		return true
	}
	return false
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func allUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// nerTrimGold applies the proper-name policy to a gold span over tokens
// toks[i:j]: leading determiners are dropped ("the United States" →
// "United States", as CoNLL marks it), and a span with no capitalised
// word is a common-noun mention (GUM, re3d annotate "the hospital lab"),
// not a name, and is dropped (ok false), as is a lone pronoun (re3d
// marks "We" and "She"). An all-capitals word of two or more letters is
// an abbreviation, not a pronoun: "US" is the country, "us" and "Us"
// the pronoun.
func nerTrimGold(toks []string, i, j int) (int, int, bool) {
	for i < j {
		switch strings.ToLower(toks[i]) {
		case "the", "a", "an":
			i++
			continue
		}
		break
	}
	if j-i == 1 && !allUpper(toks[i]) {
		switch strings.ToLower(toks[i]) {
		case "i", "we", "he", "she", "it", "they", "you", "us", "them", "him", "her":
			return i, j, false // a pronoun is not a name
		}
	}
	for k := i; k < j; k++ {
		if capWord(toks[k]) {
			return i, j, true
		}
	}
	return i, j, false
}

// capWord reports whether w is capitalised, or its part after a
// lower-case name particle and a hyphen or an apostrophe is: "al-Qaeda",
// "al-Shabaab" and "d'Ivoire" are names, while "pro-Beijing" and
// "anti-American" are not.
func capWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
		break
	}
	k := strings.IndexAny(w, "-'")
	if k < 0 || k+1 >= len(w) {
		return false
	}
	switch w[:k] {
	case "al", "el", "ad", "ar", "as", "ash", "at", "an", "az", "ud", "ul", "bin", "ibn", "abu", "d", "l", "de", "di", "du":
		r, _ := utf8.DecodeRuneInString(w[k+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// A nerText rebuilds text from tokens with ordinary English spacing and
// records each token's byte span.
type nerText struct {
	b        strings.Builder
	spans    []doc.Span
	inDouble bool
	prev     string
	dash     bool // the previous token is a dash standing between spaces
}

// newline starts a new line (a sentence or paragraph break).
func (t *nerText) newline() {
	if t.b.Len() > 0 {
		t.b.WriteByte('\n')
	}
	t.prev = ""
	t.inDouble = false
	t.dash = false
}

func (t *nerText) add(tok string) doc.Span {
	// "( Reuters ) - Japan": a hyphen token after a closing bracket is a
	// wire dateline's dash, spaced on both sides, not a hyphen inside a
	// word ("al - Assad")
	dash := tok == "-" && t.prev == ")"
	if t.prev != "" && (dash || t.dash || !nerNoSpaceBefore(tok, t.prev, t.inDouble) && !nerNoSpaceAfter(t.prev, t.inDouble)) {
		t.b.WriteByte(' ')
	}
	t.dash = dash
	if tok == `"` {
		t.inDouble = !t.inDouble
	}
	s := doc.Span{Start: t.b.Len()}
	t.b.WriteString(tok)
	s.End = t.b.Len()
	t.spans = append(t.spans, s)
	t.prev = tok
	return s
}

func nerNoSpaceBefore(tok, prev string, inDouble bool) bool {
	switch tok {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'", "’":
		return true
	case `"`:
		return inDouble
	case "s":
		return prev == "'" || prev == "’"
	case "-":
		return true // "al - Assad" was "al-Assad" before tokenisation
	}
	return false
}

func nerNoSpaceAfter(prev string, inDouble bool) bool {
	switch prev {
	case "(", "[", "{", "$", "#", "-":
		return true
	case `"`:
		return inDouble
	}
	return false
}
