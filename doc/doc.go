// Package doc defines the Doc that flows through sitrep's pipeline: one
// article's normalised text plus the annotation layers that stages add.
//
// Every annotation is a [Span]: a half-open [start,end) pair of byte offsets
// into [Doc.Text]. Stages never copy text into annotations as the source of
// truth; the Text fields on layer records are conveniences for output and
// always equal Text[Span.Start:Span.End].
package doc

import (
	"fmt"
	"sort"
	"time"
)

// A Span is a half-open [Start,End) range of byte offsets into Doc.Text.
// It encodes to JSON as a two-element array.
type Span struct {
	Start, End int
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Lookback is how far back, in bytes of text, the stages look for what
// a later word refers to (a pronoun, "the minister", a bare surname).
// News articles are far shorter, so they are unaffected; the bound keeps
// a concatenated file or a book-length text linear in its length.
const Lookback = 64 << 10

// A Layer names one kind of annotation a stage can provide or require.
type Layer string

// The layers of a Doc, in the order the default pipeline fills them.
const (
	LayerText       Layer = "text"       // Text, after normalisation
	LayerRepairs    Layer = "repairs"    // Repairs
	LayerDate       Layer = "date"       // Date and DateSource (possibly unknown)
	LayerParagraphs Layer = "paragraphs" // Paragraphs
	LayerSentences  Layer = "sentences"  // Sentences
	LayerTokens     Layer = "tokens"     // Tokens
	LayerMentions   Layer = "mentions"   // Mentions, Entities, RoleClaims
	LayerQuotes     Layer = "quotes"     // Quotes
	LayerTimes      Layer = "times"      // Times
	LayerPlaces     Layer = "places"     // Places
	LayerEvents     Layer = "events"     // Events
	LayerTopics     Layer = "topics"     // Topics
	LayerFindings   Layer = "findings"   // Findings and DateWindow
)

// Date source values for Doc.DateSource.
const (
	DateFromDateline = "dateline"
	DateFromMetadata = "metadata"
	DateFromFeed     = "feed"
	DateFromFlag     = "flag"
	DateFromNone     = "none"
)

// A Doc is one article and everything the pipeline has learnt about it.
// The zero value is an empty document with no layers filled.
type Doc struct {
	ID     string // stable hash of source and normalised text; set by SetID
	Source string // path, URL or feed item link
	Format string // input format: txt, html, rss, atom, jsonfeed, jsonl
	Title  string
	URL    string
	Author string
	Site   string
	// Meta holds header lines and metadata that are not body text,
	// e.g. "Topic" → "World - Middle East".
	Meta map[string]string

	// Encoding is how the input bytes were decoded ("utf-8",
	// "windows-1252", …); "" when the input was already text.
	Encoding string

	// Raw is the decoded article body before normalisation. The normalise
	// stage turns it into Text and may clear it.
	Raw string

	// Date is the article date used to resolve relative expressions; the
	// zero time means unknown. It is a calendar day in UTC.
	Date       time.Time
	DateSource string // one of the DateFrom… constants

	Text string // normalised text; all spans point into it

	Repairs    []Repair
	Paragraphs []Span
	Sentences  []Span
	Tokens     []Token
	Mentions   []Mention
	Entities   []Entity
	RoleClaims []RoleClaim
	Quotes     []Quote
	Times      []Time
	Places     []Place
	Events     []Event
	Topics     []Topic
	Findings   []Finding
	DateWindow *DateWindow
	Sourcing   *Sourcing

	// Warnings are non-fatal problems stages met (e.g. encoding damage
	// that could not be repaired). They are reported, not fatal.
	Warnings []string

	filled      uint32         // bits of the standard layers (layerBit)
	filledOther map[Layer]bool // layers of stages outside this module
}

// layerBit returns the bit of a standard layer in Doc.filled, or 0 for a
// layer of some other stage. Stages ask Has in their loops, so the
// standard layers are a bit test, not a map lookup.
func layerBit(l Layer) uint32 {
	switch l {
	case LayerText:
		return 1 << 0
	case LayerRepairs:
		return 1 << 1
	case LayerDate:
		return 1 << 2
	case LayerParagraphs:
		return 1 << 3
	case LayerSentences:
		return 1 << 4
	case LayerTokens:
		return 1 << 5
	case LayerMentions:
		return 1 << 6
	case LayerQuotes:
		return 1 << 7
	case LayerTimes:
		return 1 << 8
	case LayerPlaces:
		return 1 << 9
	case LayerEvents:
		return 1 << 10
	case LayerTopics:
		return 1 << 11
	case LayerFindings:
		return 1 << 12
	}
	return 0
}

// Fill records that layer l has been computed (possibly as empty).
func (d *Doc) Fill(l Layer) {
	if b := layerBit(l); b != 0 {
		d.filled |= b
		return
	}
	if d.filledOther == nil {
		d.filledOther = make(map[Layer]bool)
	}
	d.filledOther[l] = true
}

// Has reports whether layer l has been computed.
func (d *Doc) Has(l Layer) bool {
	if b := layerBit(l); b != 0 {
		return d.filled&b != 0
	}
	return d.filledOther[l]
}

// Need returns an error naming the layer if it has not been computed yet,
// e.g. "no sentences: run segment first".
func (d *Doc) Need(l Layer) error {
	if d.Has(l) {
		return nil
	}
	return &MissingLayerError{Layer: l}
}

// A MissingLayerError reports that a stage read a layer no earlier stage
// filled.
type MissingLayerError struct {
	Layer Layer
}

func (e *MissingLayerError) Error() string {
	return fmt.Sprintf("no %s: run the stage that provides it first", e.Layer)
}

// Slice returns the text a span covers. Out-of-range spans return "".
func (d *Doc) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// TimesIn returns a run of d.Times holding every time that starts inside
// s; it may hold others too (a short list is returned whole), so callers
// check each. d.Times is in text order, as the times stage writes it.
func (d *Doc) TimesIn(s Span) []Time {
	if len(d.Times) <= shortList {
		return d.Times
	}
	lo := sort.Search(len(d.Times), func(i int) bool { return d.Times[i].Span.Start >= s.Start })
	hi := lo + sort.Search(len(d.Times)-lo, func(i int) bool { return d.Times[lo+i].Span.Start >= s.End })
	return d.Times[lo:hi]
}

// PlacesIn is TimesIn for d.Places.
func (d *Doc) PlacesIn(s Span) []Place {
	if len(d.Places) <= shortList {
		return d.Places
	}
	lo := sort.Search(len(d.Places), func(i int) bool { return d.Places[i].Span.Start >= s.Start })
	hi := lo + sort.Search(len(d.Places)-lo, func(i int) bool { return d.Places[lo+i].Span.Start >= s.End })
	return d.Places[lo:hi]
}

// QuotesNear returns a run of d.Quotes holding every quote that starts
// from Lookback bytes before lo to Lookback bytes after hi, those whose
// cue or speaker can lie in [lo, hi); it may hold others too, so callers
// check each. d.Quotes is in text order, as the quotes stage writes it.
func (d *Doc) QuotesNear(lo, hi int) []Quote {
	if len(d.Quotes) <= shortList {
		return d.Quotes
	}
	a := sort.Search(len(d.Quotes), func(i int) bool { return d.Quotes[i].Span.Start >= lo-Lookback })
	b := a + sort.Search(len(d.Quotes)-a, func(i int) bool { return d.Quotes[a+i].Span.Start >= hi+Lookback })
	return d.Quotes[a:b]
}

// shortList is the length up to which TimesIn, PlacesIn and QuotesNear
// return the whole list: scanning it costs less than searching it.
const shortList = 32

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < d.Sentences[m].Start:
			hi = m
		case off >= d.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// HasDate reports whether the article date is known.
func (d *Doc) HasDate() bool { return !d.Date.IsZero() }
