// Package storetest is the behaviour every store.Store must have, as a test
// suite ([Run]) that each backend runs against a real database, plus
// builders for the analysed documents the suite stores ([NewDoc]).
package storetest

import (
	"fmt"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// EventSpec describes one event for NewDoc.
type EventSpec struct {
	Source, Target string
	// SourceCountry and TargetCountry are the actors' countries, for
	// actors that are people or bodies ("" for a country actor).
	SourceCountry, TargetCountry string
	Cameo                        string
	Quad                         int
	Goldstein                    float64
	Date                         string // "" for the article date
	Negated                      bool
}

// DocSpec describes an analysed article for NewDoc.
type DocSpec struct {
	Title, Text string
	Source      string
	URL, Site   string
	Date        string // 2006-01-02 or ""
	Events      []EventSpec
	// Quotes are (speaker name, speaker entity id, quote text).
	Quotes [][3]string
	// Findings are (kind, verdict).
	Findings [][2]string
	// Entities are (kb id, name).
	Entities [][2]string
}

// NewDoc builds a doc.Doc as the pipeline would leave it: Text set, the
// layers filled with spans into Text, and its ID set.
func NewDoc(s DocSpec) *doc.Doc {
	d := &doc.Doc{Source: s.Source, Title: s.Title, URL: s.URL, Site: s.Site, Text: s.Text, Format: "txt"}
	if d.Source == "" {
		d.Source = "test/" + s.Title + ".txt"
	}
	if s.Date != "" {
		t, err := time.Parse(time.DateOnly, s.Date)
		if err != nil {
			panic(fmt.Sprintf("storetest.NewDoc: bad date %q", s.Date)) // a bug in the test
		}
		d.Date, d.DateSource = t, doc.DateFromMetadata
	}
	span := doc.Span{Start: 0, End: min(len(d.Text), 10)}
	for _, e := range s.Entities {
		d.Mentions = append(d.Mentions, doc.Mention{Span: span, Text: d.Slice(span), KBID: e[0], Entity: len(d.Entities), Role: -1})
		d.Entities = append(d.Entities, doc.Entity{KBID: e[0], Name: e[1], Type: doc.TypeCountry, Mentions: []int{len(d.Mentions) - 1}})
	}
	for i, e := range s.Events {
		d.Events = append(d.Events, doc.Event{
			Span: span, Sentence: i, Source: e.Source, Target: e.Target,
			SourceCountry: e.SourceCountry, TargetCountry: e.TargetCountry,
			SourceName: e.Source + " name", TargetName: e.Target + " name",
			Cameo: e.Cameo, QuadClass: e.Quad, Goldstein: e.Goldstein, Date: e.Date,
			Negated: e.Negated, Place: "Somewhere", Lat: 31.5, Lon: 34.75, PlaceCountry: "ISR",
			Confidence: 0.8,
		})
	}
	for _, q := range s.Quotes {
		d.Quotes = append(d.Quotes, doc.Quote{Span: span, Text: q[2], Kind: "direct",
			Speaker: doc.Speaker{Name: q[0], Entity: q[1], Mention: -1}, Cue: "said"})
	}
	for _, f := range s.Findings {
		d.Findings = append(d.Findings, doc.Finding{Kind: f[0], Verdict: f[1], Span: span,
			Claim: "claim in " + s.Title, Explanation: "because",
			Evidence: []doc.Evidence{{KB: "kb1", Fact: "a fact", Source: "test", AsOf: "2025-01-01"}}})
	}
	for _, l := range []doc.Layer{doc.LayerText, doc.LayerDate, doc.LayerMentions, doc.LayerEvents, doc.LayerQuotes, doc.LayerFindings} {
		d.Fill(l)
	}
	d.SetID()
	return d
}

// words is a vocabulary for generated texts.
var words = []string{
	"government", "minister", "talks", "border", "forces", "agreement", "officials", "security",
	"crisis", "ceasefire", "sanctions", "parliament", "election", "protest", "economy", "troops",
	"embassy", "summit", "negotiations", "refugees", "attack", "aid", "oil", "nuclear", "drone",
	"president", "statement", "capital", "region", "village", "council", "delegation", "trade",
	"report", "week", "spokesman", "military", "coalition", "opposition", "court",
}

// Text returns a deterministic pseudo-random text of n words seeded by
// seed: different seeds give texts that are not near-duplicates.
func Text(seed uint64, n int) string {
	x := seed*0x9E3779B97F4A7C15 + 1
	b := make([]byte, 0, n*8)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, words[x%uint64(len(words))]...)
		if i%12 == 11 {
			b = append(b, '.')
		}
	}
	return string(b) + "."
}
