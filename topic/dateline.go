package topic

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// datelineWindow is how far into a paragraph a dateline may end.
const datelineWindow = 90

// dateline returns the ISO3 country of d's dateline: the place that opens
// a paragraph of news copy, in capitals or followed by a US state
// abbreviation, before an optional agency in parentheses and a dash or
// colon ("BAGHDAD (Reuters) - ", "FORT PIERCE, Fla. - ", "JAKARTA : ").
// Only the first two paragraphs are looked at (headline and lead). The
// place comes from the places layer; a US state abbreviation or name
// after a comma makes it "USA". It returns "" when there is no dateline
// or its place is unknown.
func dateline(d *doc.Doc) string {
	c, _ := datelineOf(d)
	return c
}

// datelineOf returns dateline's country and the span of the dateline in
// d's text (empty when there is none).
func datelineOf(d *doc.Doc) (string, doc.Span) {
	for i, p := range d.Paragraphs {
		if i >= 2 {
			break
		}
		text := d.Text[p.Start:p.End]
		start, end := datelineSpan(text)
		if end < 0 {
			continue
		}
		head := text[start:end]
		span := doc.Span{Start: p.Start + start, End: p.Start + end}
		if usState(head) {
			return "USA", span
		}
		// The last place inside the dateline names it.
		country := ""
		for plix := range d.Places {
			pl := &d.Places[plix]
			if pl.Span.Start >= p.Start+start && pl.Span.End <= p.Start+end && pl.Country != "" {
				country = pl.Country
			}
		}
		if country != "" {
			return country, span
		}
	}
	return "", doc.Span{}
}

// homeNames returns the lower-case names of the places abroad that a
// dateline naming a US state gives to towns of its own ("ATHENS, Ga.",
// "PARIS, Texas"): the places layer may resolve them to the famous
// place abroad, but in this story the name is the American town's,
// wherever it is repeated. It returns nil for any other dateline.
func homeNames(d *doc.Doc, country string, span doc.Span) []string {
	if country != "USA" || !d.Has(doc.LayerPlaces) {
		return nil
	}
	var out []string
	for plix := range d.Places {
		pl := &d.Places[plix]
		if pl.Country != "" && pl.Country != "USA" && span.Contains(pl.Span) {
			out = append(out, strings.ToLower(d.Text[pl.Span.Start:pl.Span.End]))
		}
	}
	return out
}

// isHomeName reports whether the text of sp is one of names (see
// homeNames).
func isHomeName(d *doc.Doc, names []string, sp doc.Span) bool {
	for _, n := range names {
		if len(n) == sp.Len() && strings.EqualFold(n, d.Text[sp.Start:sp.End]) {
			return true
		}
	}
	return false
}

// datelineSpan returns the span of the dateline at the start of a
// paragraph, after a source credit that may precede it ("Canadian Press -
// VANCOUVER (CP) - "); end is -1 when there is none.
func datelineSpan(text string) (start, end int) {
	if e := datelineEnd(text); e >= 0 {
		return 0, e
	}
	// A credit: a few words, not in capitals, then " - ", within
	// creditEnd bytes.
	i := strings.Index(text[:min(len(text), creditEnd+len(" - "))], " - ")
	if i < 0 || strings.Count(text[:i], " ") > 3 {
		return 0, -1
	}
	start = i + len(" - ")
	if e := datelineEnd(text[start:]); e >= 0 {
		return start, start + e
	}
	return 0, -1
}

// datelineEnd returns the end of the dateline at the start of a
// paragraph (before its dash or colon), or -1. The dateline's first word
// after an optional byline ("By NAME NAME") must be in capitals: news
// copy writes datelines so, and headlines rarely are.
func datelineEnd(text string) int {
	if len(text) > datelineWindow {
		text = text[:datelineWindow]
	}
	end := firstSep(text)
	if end < 0 {
		return -1
	}
	head := strings.TrimSpace(text[:end])
	// Drop a trailing agency: "(Reuters)", "(AP)", "(Xinhuanet)".
	if strings.HasSuffix(head, ")") {
		if i := strings.LastIndexByte(head, '('); i > 0 {
			head = strings.TrimSpace(head[:i])
		}
	}
	// Nine words at most, one of them all capitals of at least three
	// letters (the words read in place: no slice of them is made).
	n, caps := 0, false
	for w := range strings.FieldsSeq(head) {
		if n++; n > 9 {
			return -1
		}
		caps = caps || isCapsWord(strings.TrimRight(w, ",."))
	}
	if !caps {
		return -1
	}
	return end
}

// creditEnd is the furthest into a paragraph the dash after a credit
// that precedes a dateline may be.
const creditEnd = 40

// datelineSeps are the marks that end a dateline.
var datelineSeps = [...]string{" - ", " -- ", " — ", " – ", " : ", ": ", "--"}

// firstSep returns the least of the indexes > 0 at which each of
// datelineSeps first occurs in text, -1 when there is none: a mark whose
// first occurrence opens the text does not count. One pass over text,
// which asks about the marks only at the bytes they begin with.
func firstSep(text string) int {
	var opening uint8 // bit k: datelineSeps[k] first occurs at 0
	for i := 0; i+1 < len(text); i++ {
		// every mark is two bytes or more: ' ' then '-', ':' or the
		// lead byte of a dash (U+2013, U+2014); ": "; "--"
		switch c, next := text[i], text[i+1]; c {
		case ' ':
			if next != '-' && next != ':' && next != 0xE2 {
				continue
			}
		case ':':
			if next != ' ' {
				continue
			}
		case '-':
			if next != '-' {
				continue
			}
		default:
			continue
		}
		for k, sep := range datelineSeps {
			if opening&(1<<k) == 0 && strings.HasPrefix(text[i:], sep) {
				if i > 0 {
					return i
				}
				opening |= 1 << k
			}
		}
	}
	return -1
}

// isCapsWord reports whether w is an all-capitals word of at least three
// letters.
func isCapsWord(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			n++
		case c == '-' || c == '.' || c == '\'':
		default:
			return false
		}
	}
	return n >= 3
}

// usState reports whether a dateline names a US state after a comma, by
// its AP abbreviation ("Calif.", "N.Y.") or name ("Texas").
func usState(head string) bool {
	for {
		i := strings.IndexByte(head, ',')
		if i < 0 {
			return false
		}
		head = head[i+1:]
		w := strings.TrimSpace(head)
		if j := strings.IndexAny(w, ",("); j >= 0 {
			w = strings.TrimSpace(w[:j])
		}
		if usStates[w] {
			return true
		}
	}
}

// usStates are US state abbreviations in AP style and the names AP
// writes in full.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields("Ala. Ariz. Ark. Calif. Colo. Conn. Del. D.C. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah") {
		m[s] = true
	}
	return m
}()
