package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/textnorm"
)

// charsetRE finds a declared charset in the head of an HTML or XML page:
// <meta charset="…">, <meta http-equiv="Content-Type" content="…;
// charset=…"> or <?xml … encoding="…"?>.
var charsetRE = regexp.MustCompile(`(?i)(?:<meta[^>]*?charset\s*=\s*["']?\s*|<\?xml[^>]*?encoding\s*=\s*["'])([a-z0-9_\-:.]+)`)

// declaredCharset returns the charset the page declares in its first 4 KB,
// or "".
func declaredCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	m := charsetRE.FindSubmatch(b)
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// decodeHTML decodes a page, honouring its declared charset.
func decodeHTML(b []byte) (string, string, error) {
	cs := declaredCharset(b)
	if cs == "" {
		return decodeText(b)
	}
	return decoded(textnorm.DecodeCharset(b, cs))
}

// parseHTML extracts the main article of an HTML page with go-trafilatura.
func parseHTML(b []byte) (*Article, error) {
	s, enc, err := decodeHTML(b)
	if err != nil {
		return nil, err
	}
	a, err := articleFromHTML(s)
	if err != nil {
		return nil, err
	}
	a.Decoding = enc
	return a, nil
}

// articleFromHTML extracts the article from a decoded HTML page: main text
// (paragraphs separated by blank lines), title, author, site, URL and the
// publication date (DateSource "metadata").
func articleFromHTML(s string) (a *Article, err error) {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("malformed HTML: %w", err)
	}
	stripFurniture(root)
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("malformed HTML: extractor failed: %v", r)
		}
	}()
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil || res == nil {
		return nil, fmt.Errorf("%w: HTML page without article text", ErrNotArticle)
	}
	text := strings.TrimSpace(dropBoilerplate(nodeText(res.ContentNode)))
	if text == "" {
		text = strings.TrimSpace(res.ContentText)
	}
	text = paragraphed(root, text)
	md := res.Metadata
	title := strings.TrimSpace(md.Title)
	// Extractors often keep the headline as the first paragraph.
	if title != "" {
		if first, rest, ok := strings.Cut(text, "\n"); ok && headlineFirst(first, title) {
			text = strings.TrimSpace(rest)
		}
	}
	if text == "" {
		return nil, fmt.Errorf("%w: HTML page without article text", ErrNotArticle)
	}
	a = &Article{
		Format: FormatHTML,
		Title:  title,
		Raw:    text,
		URL:    md.URL,
		Author: cleanAuthor(htmlBylineAuthor(md.Author, s)),
		Site:   md.Sitename,
	}
	a.Site = siteFromTitle(root, title, a.Site)
	if a.Site == "" {
		a.Site = md.Hostname
	}
	if !md.Date.IsZero() && md.Date.Year() >= 1900 {
		a.Date, a.DateSource = day(md.Date), doc.DateFromMetadata
	} else if t, ok := visibleDate(root); ok {
		// no metadata: the "Updated Dec. 5, 2024" line of the page's
		// header, which the extractor leaves out of the text
		a.Date, a.DateSource = t, doc.DateFromDateline
	}
	meta := map[string]string{}
	if md.Description != "" {
		meta["description"] = md.Description
	}
	if len(md.Categories) > 0 {
		meta["categories"] = strings.Join(md.Categories, ", ")
	}
	if len(md.Tags) > 0 {
		meta["tags"] = strings.Join(md.Tags, ", ")
	}
	if md.Language != "" {
		meta["language"] = md.Language
	}
	if len(meta) > 0 {
		a.Meta = meta
	}
	return a, nil
}

// looksLikePage reports whether s is a whole HTML page rather than a
// fragment (for JSON Lines "html" fields).
func looksLikePage(s string) bool {
	head := s
	if len(head) > 2048 {
		head = head[:2048]
	}
	low := bytes.ToLower([]byte(head))
	return bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) || bytes.Contains(low, []byte("<!doctype"))
}
