package ingest

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visibleDate finds the article date that a page without date metadata
// shows in its header: a short element whose text opens with
// "Updated", "Published", "Posted" or "First published" (a colon may
// follow) and is a date with little else ("Updated Dec. 5, 2024, 9:12
// a.m. CET", `<p class="updated">Updated: Dec. 5, 2024</p>`). Only the
// head of the page counts: the search stops at the first paragraph of
// body text (a <p> of more than 150 bytes), after maxVisibleNodes
// elements, and never enters scripts, styles or navigation. ok is false
// when there is no such line.
func visibleDate(root *html.Node) (t time.Time, ok bool) {
	seen := 0
	var walk func(n *html.Node) (done bool)
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			if skipElems[n.DataAtom] {
				return false
			}
			if seen++; seen > maxVisibleNodes {
				return true
			}
		}
		if n.Type == html.TextNode {
			if d, found := publishedText(n); found {
				t, ok = d, true
				return true
			}
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && len(strings.TrimSpace(nodeText(n))) > 150 {
			return true // the body has begun
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return t, ok
}

// maxVisibleNodes bounds the elements visibleDate looks at: a page's
// header comes first.
const maxVisibleNodes = 600

// publishedText reports the date of the text node n when its text opens
// with a publication word and its element (the parent) reads as a short
// date line.
func publishedText(n *html.Node) (time.Time, bool) {
	s := strings.TrimSpace(n.Data)
	if w, _ := word(s, 0); !publishWords[w] || n.Parent == nil {
		return time.Time{}, false
	}
	line := strings.Join(strings.Fields(nodeText(n.Parent)), " ")
	if len(line) > 100 {
		line = strings.Join(strings.Fields(s), " ") // the parent holds more: the text node alone
	}
	k := strings.Index(strings.ToLower(line), strings.ToLower(s[:min(len(s), 4)]))
	if k < 0 {
		return time.Time{}, false
	}
	if d, _, kind := dateInShortLine(line, k); kind == lineDate {
		return d, true
	}
	return time.Time{}, false
}

// paragraphed returns the text of the page's article element (or main,
// or body) with its paragraphs when the extractor returned text as one
// paragraph that is the same text run together: trafilatura's fallback
// for short pages joins the text of headings, divs and paragraphs with
// nothing between them ("Government fallsBy Claire Dumont … CETPARIS —
// The lower house …"), which loses every block boundary and the
// dateline; it may also put one paragraph before the run-together text
// ("MADRID — …\n\nBudget passesBy Ana RuizMADRID — …"). When every line
// of the extracted text is in the element's own text (white space
// aside), with block elements always ending a paragraph (nodeText), and
// one of its paragraphs runs over several of the element's, the
// element's text replaces it. Any other text is returned unchanged: an
// extraction that left out a byline keeps it out.
func paragraphed(root *html.Node, text string) string {
	if len(text) > 4000 {
		return text // not a short page
	}
	n := firstElem(root, atom.Article)
	if n == nil {
		n = firstElem(root, atom.Main)
	}
	if n == nil {
		n = firstElem(root, atom.Body)
	}
	if n == nil {
		return text
	}
	own := strings.TrimSpace(dropBoilerplate(nodeText(n)))
	sqOwn := squeeze(own)
	if !strings.Contains(own, "\n") || sqOwn == "" {
		return text
	}
	for _, p := range strings.Split(text, "\n") {
		if !strings.Contains(sqOwn, squeeze(p)) {
			return text // the extractor found text the element lacks
		}
	}
	ownParas := strings.Split(own, "\n\n")
	for i := range ownParas {
		ownParas[i] = squeeze(ownParas[i])
	}
	for _, p := range strings.Split(text, "\n\n") {
		sp := squeeze(p)
		if !slices.ContainsFunc(ownParas, func(o string) bool { return strings.Contains(o, sp) }) {
			return own // a paragraph runs over several of the element's: run together
		}
	}
	return text
}

// firstElem returns the first element a under n in document order, or
// nil.
func firstElem(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && (n.DataAtom == a || n.DataAtom == 0 && atom.Lookup([]byte(n.Data)) == a) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElem(c, a); f != nil {
			return f
		}
	}
	return nil
}

// squeeze returns s without its white space, to compare two renderings
// of one text.
func squeeze(s string) string {
	// strings.Join(strings.Fields(s), ""), without the slice of words:
	// the runs between white space are copied as they are
	var b strings.Builder
	start := -1 // the start of the run being read, -1 in white space
	for i := 0; i < len(s); {
		c := s[i]
		space, n := false, 1
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			if b.Cap() == 0 {
				b.Grow(len(s) - (i - start)) // one allocation: the result is shorter
			}
			b.WriteString(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start == 0 {
		return s // no white space at all
	}
	if start > 0 {
		b.WriteString(s[start:])
	}
	return b.String()
}

// asciiSpace marks the ASCII white space of strings.Fields.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
