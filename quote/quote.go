// Package quote finds quotes in article text — direct ("…," X said),
// indirect (X said that …) and mixed (X vowed "severe revenge") — and
// attributes each to a speaker with the cue that reports it.
//
// Quote marks are read in the house styles of English and European
// outlets: “…”, "…", ‘…’, German „…“ and ‚…‘, guillemets «…», »…«, ‹…›
// (spaced or not), and two apostrophes as a double mark. A mark whose
// direction differs between styles takes it from the space around it.
// A quote left open at a paragraph end goes on in the next paragraph
// that opens with a mark.
//
// Coordinated names before a cue ("Israel and the United States said",
// "said Britain, France and Germany") are one speaker, named as
// written with no entity; "they" and "the two leaders" may refer to it.
//
// Speakers keep the title as written ("Israeli Ambassador" for "Israeli
// Ambassador Danny Ayalon", "Philippine coast guard spokesman", "Kenya's
// President") and the KB entity when the mentions layer linked one.
//
// Pronouns and descriptions ("he said", "the ministry said", "the
// official added") resolve, once all quotes are found and in text
// order, to the most recent compatible speaker: one whose title or name
// holds the description's head (or a word of its kind: army ~ military,
// judge ~ justice, official ~ a titled person) and all its modifiers
// ("the health ministry" is not "the Foreign Ministry"), unless a person
// written with that title comes after it ("the president" is the
// president named last); failing that, to an institution or titled
// person named earlier. A description that
// names an institution on its own ("According to the interior ministry",
// "South Africa's health department", "Thailand's army chief") is kept
// as written with Kind "description", linked when a mention in it has a
// KB id. When nothing fits, the speaker's Kind is "unresolved" and no
// entity is guessed; a description of a body ("the ministry said", "the
// agencies said") or one with a modifier ("the British ambassador")
// keeps its words as the name. "He" inside a sentence is the person opening it;
// "it" is the institution opening its sentence or the one before.
//
// Unnamed sources ("officials said", "a source familiar with the talks",
// "diplomats who spoke on condition of anonymity", "a senior official,
// speaking on condition of anonymity,") keep Kind "unnamed" with the
// description as the name; a pronoun or description that refers to one
// ("They added", "The official said") stays unnamed.
package quote

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Speaker kinds.
const (
	KindNamed       = "named"
	KindPronoun     = "pronoun"
	KindDescription = "description"
	KindUnnamed     = "unnamed"
	KindUnresolved  = "unresolved"
)

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
)

// Stage is the quotes stage. The zero value is ready to use and it is
// safe for concurrent use.
type Stage struct{ kb *kb.KB }

// New returns the quotes stage.
func New() *Stage { return &Stage{} }

// NewKB returns the quotes stage reading the KB k (read-only, may be
// shared; nil for none) to resolve title descriptions ("the prime
// minister said") to the office holder named before (see FindKB).
func NewKB(k *kb.KB) *Stage { return &Stage{kb: k} }

// Name returns "quotes".
func (*Stage) Name() string { return "quotes" }

// Requires reports the layers the stage needs: paragraphs and sentences.
// The mentions layer is used when present (speaker entities and titles)
// but not required; without it speakers come from capitalised names.
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerParagraphs, doc.LayerSentences}
}

// Provides reports doc.LayerQuotes.
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerQuotes} }

// Process fills d.Quotes, in text order.
func (s *Stage) Process(d *doc.Doc) error {
	if err := d.Need(doc.LayerParagraphs); err != nil {
		return err
	}
	if err := d.Need(doc.LayerSentences); err != nil {
		return err
	}
	d.Quotes = FindKB(d, s.kb)
	d.Fill(doc.LayerQuotes)
	return nil
}
