// Package ingest reads news articles from files, directories and streams in
// the common formats (plain text, HTML, RSS, Atom, JSON Feed, JSON Lines)
// and turns each into an [Article]: decoded body text plus the title, URL,
// author, site, date and header metadata the input carried.
//
// Formats are recognised from content, never from file names (see
// [Detect]); [Options.Format] overrides detection. [Read] streams: a large
// JSON Lines file or feed is handed to the caller one article at a time.
// Every problem with an input is an [*Error] naming it, reported without
// stopping the other inputs.
//
// The package also finds an article's date in its dateline ([ParseDateline])
// and offers that as a pipeline stage ([DatelineStage]).
package ingest

import (
	"maps"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Format names, as used by [Options.Format] and [Article.Format].
const (
	FormatText     = "txt"
	FormatHTML     = "html"
	FormatRSS      = "rss"
	FormatAtom     = "atom"
	FormatJSONFeed = "jsonfeed"
	FormatJSONL    = "jsonl"
)

// Formats lists the format names [Options.Format] accepts, besides "" and
// "auto" (detect from content).
var Formats = []string{FormatText, FormatHTML, FormatRSS, FormatAtom, FormatJSONFeed, FormatJSONL}

// An Article is one news article as read from its input, before any
// analysis. Only Source, Format and Raw are always set.
type Article struct {
	// Source names where the article came from: the file path, "-" for
	// standard input, a feed item's link, or "path:LINE" for a JSON Lines
	// record without a URL.
	Source string
	Format string // one of the Format… constants
	Title  string
	// Raw is the decoded body text (valid UTF-8), without the title and
	// header lines. Paragraphs are separated by blank lines.
	Raw    string
	URL    string
	Author string
	Site   string // outlet or feed title
	// Date is the publication date the input declared (HTML metadata, a
	// feed's pubDate, a JSONL "date", a "Date:" header line), as a UTC
	// calendar day; zero when the input declared none. Datelines in the
	// text are found later, by DatelineStage.
	Date       time.Time
	DateSource string // doc.DateFromMetadata or doc.DateFromFeed when Date is set, else ""
	// Meta holds header lines and other metadata that is not body text,
	// e.g. "Topic" → "World - Middle East".
	Meta map[string]string
	// Decoding says how the bytes were decoded when it was not plain
	// UTF-8 (e.g. "windows-1252"), for the report; "" otherwise.
	Decoding string
	// Warnings are problems with the input that did not stop it being
	// read (a JSONL date that did not parse, say).
	Warnings []string
}

// Doc returns a new doc.Doc holding the article, ready for the pipeline:
// Raw, Title, Meta, Source, Format, URL, Author, Site, Encoding (from
// Decoding) and, when the input declared one, Date and DateSource. No
// layer is filled.
func (a *Article) Doc() *doc.Doc {
	d := &doc.Doc{
		Source: a.Source,
		Format: a.Format,
		Title:  a.Title,
		URL:    a.URL,
		Author: a.Author,
		Site:   a.Site,
		Raw:    a.Raw,
		Meta:   maps.Clone(a.Meta),
		// Encoding lets the normalise stage record a "decode" repair.
		Encoding: a.Decoding,
	}
	if !a.Date.IsZero() {
		d.Date = day(a.Date)
		d.DateSource = a.DateSource
		if d.DateSource == "" {
			d.DateSource = doc.DateFromMetadata
		}
	}
	d.Warnings = append(d.Warnings, a.Warnings...)
	return d
}

// day truncates t to its calendar day in UTC. The calendar day is the one
// the input wrote down (the day in t's own zone), not the UTC instant's.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, dd := t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}
