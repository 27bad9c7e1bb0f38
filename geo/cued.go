package geo

import (
	"bytes"
	_ "embed"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

//go:embed data/cued.tsv
var cuedTSV []byte

// parseCued reads the shipped cued table: places whose names are also
// first names, surnames or common words ("Mendoza", "Rosario", "Mao"),
// by folded name, most populous first. The main table leaves them out
// (ambiguousNames); cuedPlaces takes them only after a place cue.
func parseCued() (map[string][]Entry, error) {
	es, err := Parse(bytes.NewReader(cuedTSV), "cued.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string][]Entry, len(es))
	for _, e := range es {
		e.ID = e.Country + "." + strings.ReplaceAll(kb.Fold(e.Name), " ", "-")
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := kb.Fold(n)
			m[f] = append(m[f], e)
		}
	}
	for _, l := range m {
		sort.SliceStable(l, func(i, j int) bool { return l[i].Population > l[j].Population })
	}
	return m, nil
}

// Cued reports whether name is a place of the cued table (a town or an
// area named like a person or a common word: "Rosario", "Meta"), which
// only a place cue makes a place.
func (g *Gazetteer) Cued(name string) bool { return len(g.cued[kb.Fold(name)]) > 0 }

// cuedShaped reports whether the word at sp opens with an ASCII capital
// and has the length of a cued name that starts with it (most names
// are turned away by this mask).
func (g *Gazetteer) cuedShaped(text string, sp doc.Span) bool {
	c, n := text[sp.Start], sp.End-sp.Start
	return c-'A' < 26 && n < 32 && g.cuedShape[c-'A']&(1<<uint(n)) != 0
}

// cuedPlaces adds to d.Places the names of the cued table that a place
// cue introduces: "the (Argentine) city|town|port|village of
// Mendoza", "in|near|at Rosario" with no capitalised word after the
// name ("in Rosario Murillo's office" is the person), or a comma and a
// US state after it ("Columbus, Ohio"), which takes the US town. The mention stage
// reads such a name as a one-word mention (a person, or a place the KB
// lacks), so only one-word mentions are asked, not every word. A
// person's name alone is never taken: "Mao said" has no cue. The places
// stay in text order.
func (s *Stage) cuedPlaces(d *doc.Doc) {
	toks, text := d.Tokens, d.Text
	added := false
	for k := range d.Mentions {
		sp := d.Mentions[k].Span
		if sp.Start < 0 || sp.End > len(text) || sp.End <= sp.Start || !s.g.cuedShaped(text, sp) {
			continue
		}
		i := sort.Search(len(toks), func(j int) bool { return toks[j].Span.Start >= sp.Start })
		if i >= len(toks) || toks[i].Span != sp {
			continue // not one word
		}
		t := &toks[i]
		p := ""
		if i >= 1 {
			p = strings.ToLower(text[toks[i-1].Span.Start:toks[i-1].Span.End])
		}
		cue := false
		switch p {
		case "of":
			if i >= 2 {
				switch strings.ToLower(text[toks[i-2].Span.Start:toks[i-2].Span.End]) {
				case "city", "town", "port", "village":
					cue = true
				}
			}
		case "in", "near", "at":
			cue = i+1 >= len(toks) || toks[i+1].Kind != doc.TokWord || !startsUpper(text[toks[i+1].Span.Start:toks[i+1].Span.End])
		}
		// "COLUMBUS, Ohio", "Jackson, Miss.": a US state after a comma
		// names the town, its US namesake only
		american := !cue && usStateAfter(text, t.Span.End)
		if !cue && !american {
			continue
		}
		es, ok := s.g.cued[kb.Fold(text[t.Span.Start:t.Span.End])]
		if !ok || placeAtSpan(d.Places, t.Span) {
			continue
		}
		e := es[0]
		if american {
			k := 0
			for k < len(es) && es[k].Country != "USA" {
				k++
			}
			if k == len(es) {
				continue
			}
			e = es[k]
		}
		d.Places = append(d.Places, doc.Place{Span: t.Span, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, ID: e.ID})
		added = true
	}
	if added {
		sort.SliceStable(d.Places, func(i, j int) bool { return d.Places[i].Span.Start < d.Places[j].Span.Start })
	}
}

// placeAtSpan reports a place of ps overlapping sp.
func placeAtSpan(ps []doc.Place, sp doc.Span) bool {
	for i := range ps {
		if ps[i].Span.Overlaps(sp) {
			return true
		}
	}
	return false
}
