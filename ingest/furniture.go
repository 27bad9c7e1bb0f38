package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureClassWords are the words of a class or id (split at '-', '_'
// and white space) that name page furniture inside an article: share and
// social buttons, newsletter and subscription promos, photo captions and
// credits.
var furnitureClassWords = map[string]bool{
	"share": true, "sharing": true, "sharebar": true, "sharetools": true, "social": true,
	"newsletter": true, "newsletters": true, "promo": true, "subscribe": true, "subscription": true,
	"signup": true, "caption": true, "captions": true, "credit": true, "credits": true,
}

// furnitureMaxText is the most text (in bytes) a class-named furniture
// block may hold: a container whose class merely mentions "social" but
// holds the story ("story-body has-social-bar") is kept.
const furnitureMaxText = 400

// furnitureElem reports whether element n is page furniture rather than
// article text: a <figcaption> (photo caption and credit), or a short
// block whose class or id names share buttons, a newsletter promo or a
// caption (furnitureClassWords).
func furnitureElem(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	if len(n.Attr) == 0 {
		return false
	}
	named := false
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && furnitureName(a.Val) {
			named = true
			break
		}
	}
	return named && textLen(n, furnitureMaxText+1) <= furnitureMaxText
}

// furnitureName reports whether a class or id value holds one of
// furnitureClassWords as a word.
func furnitureName(v string) bool {
	for _, w := range strings.FieldsFunc(v, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		if furnitureClassWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// textLen returns the bytes of text under n, counting no further than
// limit.
func textLen(n *html.Node, limit int) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil && total < limit; c = c.NextSibling {
		total += textLen(c, limit-total)
	}
	return total
}

// furnitureParaPrefixes open a short paragraph that credits a photo or
// asks the reader to act: "Photo: AFP/Getty Images", "Share on Facebook",
// "Sign up for our daily newsletter".
var furnitureParaPrefixes = []string{
	"photo:", "photos:", "photograph:", "image:", "picture:", "credit:", "photo credit:",
	"share on ", "share this", "sign up for", "subscribe to", "follow us on",
}

// furniturePara reports whether paragraph low (lower case, trimmed) is a
// photo credit, share buttons or a newsletter promo. Only short
// paragraphs qualify, and "sign up"/"subscribe" ones must name a
// newsletter, an alert or the reader's inbox.
func furniturePara(low string) bool {
	if len(low) > 160 {
		return false
	}
	for _, pre := range furnitureParaPrefixes {
		if !strings.HasPrefix(low, pre) || len(low) == len(pre) {
			continue
		}
		if pre == "sign up for" || pre == "subscribe to" {
			return strings.Contains(low, "newsletter") || strings.Contains(low, "alert") || strings.Contains(low, "inbox")
		}
		return true
	}
	return false
}

// stripFurniture removes from the tree under n the elements furnitureElem
// reports, so that the extractor neither keeps their text nor counts it
// when it chooses and paragraphs the article.
func stripFurniture(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && furnitureElem(c) {
			n.RemoveChild(c)
		} else {
			stripFurniture(c)
		}
		c = next
	}
}

// cutEndMark drops from text the press-release trailer: everything from
// a line that holds only an end mark ("ENDS", "-ENDS-", "END", "###",
// "-30-") on, which is where releases put their contact lines, phone
// numbers and "Follow us" links. The mark must follow some text, so a
// text that opens with one is kept whole.
func cutEndMark(text string) string {
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if start > 0 && endMark(text[start:end]) && strings.TrimSpace(text[:start]) != "" {
			return strings.TrimRight(text[:start], " \t\n")
		}
		start = end + 1
	}
	return text
}

// endMark reports whether line is a lone end-of-release mark: "ENDS" or
// "END" in capitals (a story's "End." is prose), "###", or "30" between
// dashes, with any dashes and spaces around it.
func endMark(line string) bool {
	t := strings.TrimSpace(line)
	core := strings.Trim(t, " -–—")
	switch core {
	case "ENDS", "END", "###":
		return true
	case "30":
		return core != t
	}
	return false
}

// correctionPrefixes open an editor's note on the article itself rather
// than on the news: "Correction: An earlier version of this article
// misstated …", "This article was amended on 28 September 2016."
var correctionPrefixes = []string{
	"correction:", "corrections:", "clarification:",
	"an earlier version of this article", "an earlier version of this story", "an earlier version of this report",
	"a previous version of this article", "a previous version of this story",
	"this article was amended", "this article has been amended", "this article was corrected", "this article has been corrected",
	"this article was updated", "this article has been updated", "this story was corrected", "this story has been corrected",
	"this story was updated", "this story has been updated",
}

// mayBeNote reports whether trimmed paragraph t can be a correction
// note, without lower-casing it: when its opening bytes are ASCII, they
// lower-case byte by byte, so unless they spell one of
// correctionPrefixes the paragraph is news. Any other paragraph needs
// the full test.
func mayBeNote(t string) bool {
	for _, pre := range correctionPrefixes {
		n := min(len(pre), len(t))
		ascii := true
		i := 0
		for ; i < n; i++ {
			c := t[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != pre[i] {
				break
			}
		}
		if !ascii || i == len(pre) {
			return true
		}
	}
	return false
}

// maxCorrectionLen is the longest correction note, in bytes of its
// lower-cased text.
const maxCorrectionLen = 300

// correctionPara reports whether paragraph low (lower case, trimmed) is
// a correction or amendment note: its places and dates are the
// article's errata ("It was Cartagena, not Bogota"), not news. Only
// short paragraphs qualify.
func correctionPara(low string) bool {
	if len(low) > maxCorrectionLen {
		return false
	}
	for _, pre := range correctionPrefixes {
		if strings.HasPrefix(low, pre) && len(low) > len(pre) {
			return true
		}
	}
	return false
}

// dropCorrections removes the correction notes (correctionPara) among
// the paragraphs of text, which are separated by blank lines; a text
// that is one note alone is kept.
func dropCorrections(text string) string {
	if !strings.Contains(text, "\n\n") {
		return text
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		t := strings.TrimSpace(p)
		// Lower-casing shrinks a text at most threefold (the Kelvin sign
		// is three bytes, "k" one), so a paragraph this long cannot be a
		// note: skip the copy, which dominated reading long articles.
		if len(t) > 3*maxCorrectionLen || !mayBeNote(t) || !correctionPara(strings.ToLower(t)) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 || len(kept) == len(paras) {
		return text
	}
	return strings.Join(kept, "\n\n")
}
