package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/geo"
)

// AccuracyKm is the usual geocoding tolerance: a resolved toponym within
// 161 km (100 miles) of the gold point counts as correct.
const AccuracyKm = 161

// A GeoToponym is one gold toponym: its span in the article text and,
// when the corpus resolves it, its coordinates.
type GeoToponym struct {
	Span     doc.Span
	Name     string
	Lat, Lon float64
	HasCoord bool
}

// A GeoArticle is one gold article of a geoparsing corpus.
type GeoArticle struct {
	ID       string // source URL (GeoVirus) or docid (LGL)
	Text     string
	Toponyms []GeoToponym
	// Realigned counts gold spans whose character offsets did not point at
	// the toponym and were moved to the nearest occurrence of its name.
	Realigned int
}

// geoVirusXML and lglXML are the two corpora's XML shapes.
type geoVirusXML struct {
	Articles []struct {
		Source    string `xml:"source"`
		Text      string `xml:"text"`
		Locations []struct {
			Name  string `xml:"name"`
			Start string `xml:"start"`
			End   string `xml:"end"`
			Lat   string `xml:"lat"`
			Lon   string `xml:"lon"`
		} `xml:"locations>location"`
	} `xml:"article"`
}

type lglXML struct {
	Articles []struct {
		DocID    string `xml:"docid,attr"`
		Text     string `xml:"text"`
		Toponyms []struct {
			Start  string `xml:"start"`
			End    string `xml:"end"`
			Phrase string `xml:"phrase"`
			Gaztag *struct {
				Lat string `xml:"lat"`
				Lon string `xml:"lon"`
			} `xml:"gaztag"`
		} `xml:"toponyms>toponym"`
	} `xml:"article"`
}

// ReadGeoVirus reads the GeoVirus corpus (Gritta et al. 2018): articles
// with <text> and <locations> holding name, character start/end, lat and
// lon. Errors name the file and the article.
func ReadGeoVirus(r io.Reader, name string) ([]GeoArticle, error) {
	var x geoVirusXML
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(x.Articles) == 0 {
		return nil, fmt.Errorf("%s: no <article> elements: not a GeoVirus file", name)
	}
	out := make([]GeoArticle, 0, len(x.Articles))
	for i, a := range x.Articles {
		ga := GeoArticle{ID: a.Source, Text: a.Text}
		rt := newRuneIndex(a.Text)
		for _, l := range a.Locations {
			t, err := goldToponym(rt, &ga, l.Name, l.Start, l.End)
			if err != nil {
				return nil, fmt.Errorf("%s: article %d: %w", name, i+1, err)
			}
			if t == nil {
				continue
			}
			if t.Lat, t.Lon, t.HasCoord, err = parseLatLon(l.Lat, l.Lon); err != nil {
				return nil, fmt.Errorf("%s: article %d: %s: %w", name, i+1, l.Name, err)
			}
			ga.Toponyms = append(ga.Toponyms, *t)
		}
		out = append(out, ga)
	}
	if err := noGold(out, name, "<locations><location>", "GeoVirus", "lgl"); err != nil {
		return nil, err
	}
	return out, nil
}

// noGold reports a file whose articles hold no gold toponym in the
// expected shape: most likely the other corpus (a GeoVirus reader sees
// an LGL file's articles but none of its <toponyms>), which would
// otherwise score 0 without a word.
func noGold(as []GeoArticle, name, shape, corpus, other string) error {
	for _, a := range as {
		if len(a.Toponyms) > 0 {
			return nil
		}
	}
	return fmt.Errorf("%s: %d articles but no gold toponyms in %s: not a %s file (for the other corpus use --format %s)", name, len(as), shape, corpus, other)
}

// ReadLGL reads the Local-Global Lexicon corpus (Lieberman et al. 2010):
// articles with <text> and <toponyms> holding character start/end, the
// phrase and, for resolved toponyms, a <gaztag> with lat and lon.
func ReadLGL(r io.Reader, name string) ([]GeoArticle, error) {
	var x lglXML
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(x.Articles) == 0 {
		return nil, fmt.Errorf("%s: no <article> elements: not an LGL file", name)
	}
	out := make([]GeoArticle, 0, len(x.Articles))
	for i, a := range x.Articles {
		ga := GeoArticle{ID: a.DocID, Text: a.Text}
		rt := newRuneIndex(a.Text)
		for _, tp := range a.Toponyms {
			t, err := goldToponym(rt, &ga, tp.Phrase, tp.Start, tp.End)
			if err != nil {
				return nil, fmt.Errorf("%s: article %d (%s): %w", name, i+1, a.DocID, err)
			}
			if t == nil {
				continue
			}
			if tp.Gaztag != nil {
				if t.Lat, t.Lon, t.HasCoord, err = parseLatLon(tp.Gaztag.Lat, tp.Gaztag.Lon); err != nil {
					return nil, fmt.Errorf("%s: article %d (%s): %s: %w", name, i+1, a.DocID, tp.Phrase, err)
				}
			}
			ga.Toponyms = append(ga.Toponyms, *t)
		}
		out = append(out, ga)
	}
	if err := noGold(out, name, "<toponyms><toponym>", "LGL", "geovirus"); err != nil {
		return nil, err
	}
	return out, nil
}

// runeIndex maps character (rune) offsets, which both corpora use, to
// byte offsets.
type runeIndex struct {
	text  string
	bytes []int // byte offset of each rune, plus len(text)
}

func newRuneIndex(s string) *runeIndex {
	ri := &runeIndex{text: s, bytes: make([]int, 0, len(s)+1)}
	for i := range s {
		ri.bytes = append(ri.bytes, i)
	}
	ri.bytes = append(ri.bytes, len(s))
	return ri
}

// geoMaxShift is how far (in characters) a gold offset may be off before the
// toponym is dropped: GeoVirus's offsets are one character late.
const geoMaxShift = 8

// goldToponym turns character offsets into a byte span over the text,
// moving it to the nearest occurrence of name within geoMaxShift characters
// when the offsets do not point at it. It returns nil (and no error) for
// a toponym whose name is not found near its offsets.
func goldToponym(ri *runeIndex, ga *GeoArticle, name, start, end string) (*GeoToponym, error) {
	s, err1 := strconv.Atoi(strings.TrimSpace(start))
	e, err2 := strconv.Atoi(strings.TrimSpace(end))
	if err1 != nil || err2 != nil || s < 0 || e < s {
		return nil, fmt.Errorf("toponym %q: bad offsets %q..%q", name, start, end)
	}
	name = strings.TrimSpace(name)
	n := utf8.RuneCountInString(name)
	if n == 0 {
		return nil, fmt.Errorf("toponym at %d: empty name", s)
	}
	last := len(ri.bytes) - 1 // number of runes
	for d := 0; d <= geoMaxShift; d++ {
		for _, st := range []int{s - d, s + d} {
			if st < 0 || st+n > last {
				continue
			}
			b, be := ri.bytes[st], ri.bytes[st+n]
			if ri.text[b:be] == name {
				if d != 0 {
					ga.Realigned++
				}
				return &GeoToponym{Span: doc.Span{Start: b, End: be}, Name: name}, nil
			}
			if d == 0 {
				break
			}
		}
	}
	return nil, nil
}

func parseLatLon(lat, lon string) (float64, float64, bool, error) {
	lat, lon = strings.TrimSpace(lat), strings.TrimSpace(lon)
	if lat == "" && lon == "" {
		return 0, 0, false, nil
	}
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err1 != nil || err2 != nil || la < -90 || la > 90 || lo < -180 || lo > 180 {
		return 0, 0, false, fmt.Errorf("bad coordinates %q, %q", lat, lon)
	}
	return la, lo, true, nil
}

// A GeoScore accumulates toponym recognition and resolution over
// articles. Recognition is by span overlap: a gold toponym is found when
// a system place overlaps it; a system place is correct when it overlaps
// some gold toponym. Resolution is scored over the found gold toponyms
// that have gold coordinates: the error is the distance from the system
// place's point to the gold point.
type GeoScore struct {
	Articles  int `json:"articles"`
	Gold      int `json:"gold"`      // gold toponyms
	System    int `json:"system"`    // system places
	Found     int `json:"found"`     // gold toponyms overlapped by a system place
	Exact     int `json:"exact"`     // ... with exactly the gold span
	Correct   int `json:"correct"`   // system places overlapping a gold toponym
	Resolved  int `json:"resolved"`  // found gold toponyms with gold coordinates
	Within    int `json:"within161"` // ... resolved within AccuracyKm
	Realigned int `json:"realigned"` // gold spans moved to match their names
	// Countries resolve to the KB's point for the country (its capital)
	// while corpora put them at a centroid, so resolution is also scored
	// without them.
	ResolvedNonCountry int `json:"resolved_non_country"`
	WithinNonCountry   int `json:"within161_non_country"`

	Precision  float64 `json:"precision"`
	Recall     float64 `json:"recall"`
	F1         float64 `json:"f1"`
	AccuracyAt float64 `json:"accuracy_at_161km"`
	// AccuracyNonCountry is AccuracyAt over places that are not countries.
	AccuracyNonCountry float64 `json:"accuracy_at_161km_non_country"`
	MedianKm           float64 `json:"median_error_km"`
	MeanKm             float64 `json:"mean_error_km"`
	Unresolved         int     `json:"unresolved_gold"` // gold toponyms without coordinates

	errors []float64
}

// A GeoFar is a found toponym resolved further than AccuracyKm from the
// gold point.
type GeoFar struct {
	Gold  GeoToponym
	Place doc.Place
	Km    float64
}

// GeoDiff lists one article's errors: gold toponyms the system missed,
// system places that match no gold toponym, and far-off resolutions.
type GeoDiff struct {
	Missed   []GeoToponym
	Spurious []doc.Place
	Far      []GeoFar
}

// Add scores one article's system places against its gold toponyms and
// returns its errors.
func (s *GeoScore) Add(a *GeoArticle, sys []doc.Place) GeoDiff {
	var diff GeoDiff
	s.Articles++
	s.Gold += len(a.Toponyms)
	s.System += len(sys)
	s.Realigned += a.Realigned
	used := make([]bool, len(sys))
	for _, g := range a.Toponyms {
		if !g.HasCoord {
			s.Unresolved++
		}
		best := -1
		for j, p := range sys {
			if p.Span.Overlaps(g.Span) {
				used[j] = true
				if best < 0 || p.Span == g.Span {
					best = j
				}
			}
		}
		if best < 0 {
			diff.Missed = append(diff.Missed, g)
			continue
		}
		s.Found++
		p := sys[best]
		if p.Span == g.Span {
			s.Exact++
		}
		if g.HasCoord {
			s.Resolved++
			km := geo.DistanceKm(p.Lat, p.Lon, g.Lat, g.Lon)
			s.errors = append(s.errors, km)
			if p.Kind != geo.KindCountry {
				s.ResolvedNonCountry++
				if km <= AccuracyKm {
					s.WithinNonCountry++
				}
			}
			if km <= AccuracyKm {
				s.Within++
			} else {
				diff.Far = append(diff.Far, GeoFar{Gold: g, Place: p, Km: km})
			}
		}
	}
	for j, p := range sys {
		if used[j] {
			s.Correct++
		} else {
			diff.Spurious = append(diff.Spurious, p)
		}
	}
	return diff
}

// Finish computes the rates from the counts.
func (s *GeoScore) Finish() {
	s.Precision = geoRatio(s.Correct, s.System)
	s.Recall = geoRatio(s.Found, s.Gold)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.AccuracyAt = geoRatio(s.Within, s.Resolved)
	s.AccuracyNonCountry = geoRatio(s.WithinNonCountry, s.ResolvedNonCountry)
	s.MedianKm, s.MeanKm = 0, 0
	if n := len(s.errors); n > 0 {
		e := append([]float64(nil), s.errors...)
		sort.Float64s(e)
		if n%2 == 1 {
			s.MedianKm = e[n/2]
		} else {
			s.MedianKm = (e[n/2-1] + e[n/2]) / 2
		}
		sum := 0.0
		for _, x := range e {
			sum += x
		}
		s.MeanKm = math.Round(sum/float64(n)*10) / 10
	}
}

func geoRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
