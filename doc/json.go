package doc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// MarshalJSON encodes a span as [start,end].
func (s Span) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", s.Start, s.End)), nil
}

// UnmarshalJSON decodes a span from [start,end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// SetID sets d.ID to a stable hash of the normalised text. The source is
// deliberately left out so the same article reached by two paths (a file
// and a feed item) is stored once.
func (d *Doc) SetID() {
	h := sha256.New()
	h.Write([]byte(d.Title))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	d.ID = hex.EncodeToString(h.Sum(nil))[:32]
}

// Analysis is the v1 JSON contract of one analysed article (see DESIGN.md).
// Field names are a contract: extend, don't rename.
type Analysis struct {
	ID         string            `json:"id"`
	Source     string            `json:"source"`
	Format     string            `json:"format,omitempty"`
	Title      string            `json:"title"`
	URL        string            `json:"url,omitempty"`
	Author     string            `json:"author,omitempty"`
	Site       string            `json:"site,omitempty"`
	Meta       map[string]string `json:"meta,omitempty"`
	Date       *string           `json:"date"`
	DateSource string            `json:"date_source"`
	Text       string            `json:"text"`
	Repairs    []Repair          `json:"repairs"`
	Paragraphs []Span            `json:"paragraphs"`
	Sentences  []Span            `json:"sentences"`
	Entities   []EntityJSON      `json:"entities"`
	RoleClaims []RoleClaimJSON   `json:"role_claims"`
	Quotes     []Quote           `json:"quotes"`
	Times      []Time            `json:"times"`
	Places     []Place           `json:"places"`
	Events     []Event           `json:"events"`
	Topics     []Topic           `json:"topics"`
	Findings   []Finding         `json:"findings"`
	DateWindow *DateWindow       `json:"date_window"`
	Sourcing   *Sourcing         `json:"sourcing,omitempty"`
	Warnings   []string          `json:"warnings,omitempty"`
}

// EntityJSON is an entity as the v1 contract encodes it.
type EntityJSON struct {
	ID       *string       `json:"id"`
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Country  string        `json:"country,omitempty"`
	Mentions []MentionJSON `json:"mentions"`
}

// MentionJSON is one mention inside an EntityJSON.
type MentionJSON struct {
	Span  Span   `json:"span"`
	Text  string `json:"text"`
	Title string `json:"title,omitempty"`
	How   string `json:"how,omitempty"`
}

// RoleClaimJSON is a role claim as encoded in the analysis.
type RoleClaimJSON struct {
	Span     Span    `json:"span"`
	Title    string  `json:"title"`
	Office   string  `json:"office"`
	OfficeID string  `json:"office_id,omitempty"`
	Country  string  `json:"country,omitempty"`
	Modifier string  `json:"modifier,omitempty"`
	Person   string  `json:"person"`
	Entity   *string `json:"entity"`
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Analysis returns the v1 contract view of d. Slices are never nil, so
// layers whose stage did not run encode as [].
func (d *Doc) Analysis() *Analysis {
	a := &Analysis{
		ID: d.ID, Source: d.Source, Format: d.Format, Title: d.Title,
		URL: d.URL, Author: d.Author, Site: d.Site, Meta: d.Meta,
		DateSource: d.DateSource, Text: d.Text,
		Repairs:    nonNil(d.Repairs),
		Paragraphs: nonNil(d.Paragraphs),
		Sentences:  nonNil(d.Sentences),
		Entities:   []EntityJSON{},
		RoleClaims: []RoleClaimJSON{},
		Quotes:     nonNil(d.Quotes),
		Times:      nonNil(d.Times),
		Places:     nonNil(d.Places),
		Events:     nonNil(d.Events),
		Topics:     nonNil(d.Topics),
		Findings:   nonNil(d.Findings),
		DateWindow: d.DateWindow,
		Sourcing:   d.Sourcing,
		Warnings:   d.Warnings,
	}
	if a.DateSource == "" {
		a.DateSource = DateFromNone
	}
	if d.HasDate() {
		s := d.Date.Format("2006-01-02")
		a.Date = &s
	}
	for i := range a.Findings {
		if a.Findings[i].Evidence == nil {
			a.Findings[i].Evidence = []Evidence{}
		}
	}
	for _, e := range d.Entities {
		ej := EntityJSON{ID: strOrNil(e.KBID), Name: e.Name, Type: e.Type, Country: e.Country, Mentions: []MentionJSON{}}
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(d.Mentions) {
				continue
			}
			m := d.Mentions[mi]
			ej.Mentions = append(ej.Mentions, MentionJSON{Span: m.Span, Text: m.Text, Title: m.Title, How: m.How})
		}
		a.Entities = append(a.Entities, ej)
	}
	for _, r := range d.RoleClaims {
		a.RoleClaims = append(a.RoleClaims, RoleClaimJSON{
			Span: r.Span, Title: r.Title, Office: r.Office, OfficeID: r.OfficeID,
			Country: r.Country, Modifier: r.Modifier, Person: r.Person, Entity: strOrNil(r.PersonKBID),
		})
	}
	return a
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON encodes d as its v1 Analysis.
func (d *Doc) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d.Analysis()); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
