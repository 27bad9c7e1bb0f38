package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElems start and end a paragraph in the text of an HTML tree.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Table: true,
	atom.Tr: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true,
	atom.Main: true, atom.Aside: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Address: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// skipElems hold no article text.
var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Head: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Button: true, atom.Select: true, atom.Nav: true,
}

// textBuilder collects the text of an HTML tree as paragraphs separated by
// blank lines, with runs of white space collapsed.
type textBuilder struct {
	sb    strings.Builder
	brk   int  // pending break: 0 none, 1 line, 2 paragraph
	space bool // a space is pending
}

func (b *textBuilder) text(s string, pre bool) {
	for _, r := range s {
		if !pre && (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f') {
			b.space = true
			continue
		}
		if pre && r == '\n' {
			b.lineBreak(1)
			continue
		}
		if b.sb.Len() > 0 {
			switch {
			case b.brk == 2:
				b.sb.WriteString("\n\n")
			case b.brk == 1:
				b.sb.WriteByte('\n')
			case b.space:
				b.sb.WriteByte(' ')
			}
		}
		b.brk, b.space = 0, false
		b.sb.WriteRune(r)
	}
}

func (b *textBuilder) lineBreak(n int) {
	if n > b.brk {
		b.brk = n
	}
	b.space = false
}

func (b *textBuilder) walk(n *html.Node, pre bool) {
	if n.Type == html.ElementNode && n.DataAtom == 0 {
		// Nodes an extractor builds itself (trafilatura's fallback
		// paragraphs) carry their tag name only.
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	switch n.Type {
	case html.TextNode:
		b.text(n.Data, pre)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipElems[n.DataAtom] || furnitureElem(n) {
			return
		}
		if n.DataAtom == atom.Br {
			b.lineBreak(1)
			return
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			b.space = true
		}
	}
	block := n.Type == html.ElementNode && blockElems[n.DataAtom]
	if block {
		b.lineBreak(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, pre)
	}
	if block {
		b.lineBreak(2)
	}
}

// nodeText returns the readable text under n: paragraphs (p, div,
// headings, list items…) separated by blank lines, <br> as a line break,
// scripts, styles and navigation left out.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b textBuilder
	b.walk(n, false)
	return b.sb.String()
}

// htmlFragmentText returns the text of an HTML fragment such as a feed
// item's content. Text that holds no markup is returned with its blank
// lines kept.
func htmlFragmentText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(s)
	}
	var b textBuilder
	for _, n := range nodes {
		b.walk(n, false)
	}
	return strings.TrimSpace(dropBoilerplate(b.sb.String()))
}

// boilerParas are whole paragraphs, lower case, that pages put between
// the paragraphs of an article: ad slots and "story continues" markers.
var boilerParas = map[string]bool{
	"advertisement": true, "advertisements": true, "sponsored": true, "ad": true,
	"story continues below": true, "story continues below advertisement": true,
	"article continues below": true, "article continues below advertisement": true,
	"continue reading below": true, "continue reading the main story": true,
	"advertisement - scroll to continue": true, "scroll to continue with content": true,
}

// boilerPrefixes open a short paragraph that links to another story:
// "Read more: Court removes Yingluck as prime minister".
var boilerPrefixes = []string{"read more:", "read also:", "also read:", "related:", "see also:", "more:", "watch:", "read:", "recommended:"}

// dropBoilerplate removes from text (paragraphs separated by blank
// lines) the paragraphs that are page furniture rather than article:
// ad markers ("Advertisement", "Story continues below") and short
// "Read more: …", "Related: …", "See also: …" link lines.
func dropBoilerplate(text string) string {
	text = cutEndMark(text)
	if !strings.Contains(text, "\n\n") {
		return text
	}
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if !boilerplate(p) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 || len(kept) == len(paras) {
		return text
	}
	return strings.Join(kept, "\n\n")
}

// boilerplate reports whether paragraph p is page furniture.
func boilerplate(p string) bool {
	t := strings.TrimSpace(p)
	if len(t) > 300 || t == "" {
		return false
	}
	if !hasLetterOrDigit(t) {
		return true // a lone "—" or "|" left between a byline's parts
	}
	// one lower-case copy: lowering maps no rune to one of the trimmed
	// marks, nor any of them to another rune, so trimming after it cuts
	// what trimming before it would
	low := strings.ToLower(t)
	if boilerParas[strings.TrimRight(low, " .:…")] {
		return true
	}
	if furniturePara(low) || correctionPara(low) {
		return true
	}
	for _, pre := range boilerPrefixes {
		if strings.HasPrefix(low, pre) && len(low) > len(pre) {
			return true
		}
	}
	return false
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// headlineFirst reports whether the first paragraph first is the page's
// display headline for the metadata title: the title itself, or a longer
// headline opening with it ("… storm Brazil's Congress" and "… storm
// Brazil's Congress, Supreme Court and presidential palace") that ends
// with no full stop, as a sentence of the story would.
func headlineFirst(first, title string) bool {
	first = strings.TrimSpace(first)
	if first == title {
		return true
	}
	rest, ok := strings.CutPrefix(first, title)
	if !ok || len(first) > 300 || len(title) < 20 || strings.HasSuffix(first, ".") {
		return false
	}
	return rest[0] == ',' || rest[0] == ' ' || rest[0] == ':' || rest[0] == ';'
}
