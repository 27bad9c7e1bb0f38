package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a page's <title> into its headline and site
// parts ("Headline | Site", "Headline - Site").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "}

// siteFromTitle corrects a site name the extractor took from the page's
// <title>: it guesses that the title part holding a full stop is a domain,
// so a headline with an abbreviation ("U.S. storm kills five | Daily
// Courier", "Marcos Jr. heads for …") became the site. When site is the
// headline (the metadata title or the page's first h1), it returns the
// one other short part of the <title> (at most six words), or "" when
// there is none. Any other site is returned unchanged.
func siteFromTitle(root *html.Node, headline, site string) string {
	if site == "" || !strings.Contains(site, " ") {
		return site
	}
	if !sameText(site, headline) {
		h1 := firstElem(root, atom.H1)
		if h1 == nil || !sameText(site, nodeText(h1)) {
			return site
		}
	}
	te := firstElem(root, atom.Title)
	if te == nil {
		return ""
	}
	parts := []string{nodeText(te)}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	other := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || sameText(p, site) || sameText(p, headline) {
			continue
		}
		if other != "" || len(p) > 60 || len(strings.Fields(p)) > 6 {
			return ""
		}
		other = p
	}
	return other
}

// sameText reports whether a and b are one text up to white space and
// letter case.
func sameText(a, b string) bool {
	return strings.EqualFold(squeeze(a), squeeze(b))
}
