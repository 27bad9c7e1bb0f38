package ingest

import (
	"strings"
	"time"

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
