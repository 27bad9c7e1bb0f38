package geo

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

//go:embed data/namesakes.tsv
var namesakesTSV []byte

// parseNamesakes reads the shipped table of US and Canadian towns named
// like a country or a foreign city ("Lebanon", Tennessee), by namesakeKey.
func parseNamesakes() (map[string]Entry, error) {
	m := map[string]Entry{}
	err := eachRow(bytes.NewReader(namesakesTSV), "namesakes.tsv", "name, region, iso3, lat, lon, population", func(f []string) error {
		e := Entry{Name: strings.TrimSpace(f[0]), Country: strings.TrimSpace(f[2]), Kind: KindCity}
		region := strings.TrimSpace(f[1])
		if e.Name == "" || region == "" {
			return fmt.Errorf("empty name or region")
		}
		if !knownRegion(region) {
			return fmt.Errorf("region %q is no US state or Canadian province", region)
		}
		var err error
		if e.Lat, e.Lon, err = parseLatLon(f[3], f[4]); err != nil {
			return err
		}
		if _, err = fmt.Sscan(strings.TrimSpace(f[5]), &e.Population); err != nil {
			return fmt.Errorf("population %q", f[5])
		}
		e.ID = e.Country + "." + strings.ReplaceAll(kb.Fold(e.Name+" "+region), " ", "-")
		k := namesakeKey(kb.Fold(e.Name), region)
		if _, dup := m[k]; dup {
			return fmt.Errorf("%s, %s twice", e.Name, region)
		}
		m[k] = e
		return nil
	})
	return m, err
}

// namesakeKey is the key of a town's folded name and its region.
func namesakeKey(folded, region string) string { return folded + "\x00" + region }

// regionForms are the US states and Canadian provinces as a town's
// comma writes them (AP abbreviations and full names), each with its
// full name. "Georgia" is here: after a town the namesakes table holds,
// it is the state ("Athens, Georgia").
var regionForms = func() [][2]string {
	pairs := []string{"Ala.", "Alabama", "Ariz.", "Arizona", "Ark.", "Arkansas", "Calif.", "California",
		"Colo.", "Colorado", "Conn.", "Connecticut", "Del.", "Delaware", "Fla.", "Florida", "Ga.", "Georgia",
		"Ill.", "Illinois", "Ind.", "Indiana", "Kan.", "Kansas", "Ky.", "Kentucky", "La.", "Louisiana",
		"Md.", "Maryland", "Mass.", "Massachusetts", "Mich.", "Michigan", "Minn.", "Minnesota",
		"Miss.", "Mississippi", "Mo.", "Missouri", "Mont.", "Montana", "Neb.", "Nebraska", "Nev.", "Nevada",
		"N.H.", "New Hampshire", "N.J.", "New Jersey", "N.M.", "New Mexico", "N.Y.", "New York",
		"N.C.", "North Carolina", "N.D.", "North Dakota", "Okla.", "Oklahoma", "Ore.", "Oregon",
		"Pa.", "Pennsylvania", "R.I.", "Rhode Island", "S.C.", "South Carolina", "S.D.", "South Dakota",
		"Tenn.", "Tennessee", "Vt.", "Vermont", "Va.", "Virginia", "Wash.", "Washington",
		"W.Va.", "West Virginia", "Wis.", "Wisconsin", "Wyo.", "Wyoming",
		"Ont.", "Ontario", "Que.", "Quebec", "B.C.", "British Columbia", "Alta.", "Alberta",
		"Man.", "Manitoba", "Sask.", "Saskatchewan", "N.S.", "Nova Scotia", "N.B.", "New Brunswick"}
	var out [][2]string
	for k := 0; k < len(pairs); k += 2 {
		out = append(out, [2]string{pairs[k], pairs[k+1]}, [2]string{pairs[k+1], pairs[k+1]})
	}
	// states written in full only
	for _, st := range []string{"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"} {
		out = append(out, [2]string{st, st})
	}
	return out
}()

// regionsByFirst indexes regionForms by the first byte of the written
// form, so regionAfter tries only the forms that can match.
var regionsByFirst = func() (idx [256][]int) {
	for k, f := range regionForms {
		idx[f[0][0]] = append(idx[f[0][0]], k)
	}
	return idx
}()

// knownRegion reports whether region is the full name of a region of
// regionForms.
func knownRegion(region string) bool {
	for _, f := range regionForms {
		if f[1] == region {
			return true
		}
	}
	return false
}

// regionAfter returns the full name of the US state or Canadian province
// that the text at end names after a comma ("LEBANON, Tenn.", "Paris,
// Texas", "London, Ontario"), the name a whole word; ok is false when
// none does.
func regionAfter(text string, end int) (region string, ok bool) {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return "", false
	}
	rest = rest[2:]
	if rest == "" {
		return "", false
	}
	best := ""
	for _, k := range regionsByFirst[rest[0]] {
		f := regionForms[k]
		if len(f[0]) <= len(best) || !strings.HasPrefix(rest, f[0]) {
			continue
		}
		if after := rest[len(f[0]):]; after != "" && !strings.HasSuffix(f[0], ".") {
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		best, region = f[0], f[1]
	}
	return region, best != ""
}

// A namedTown is a name an article has put in a US state or Canadian
// province ("LEBANON, Tenn."): later mentions of it are that town.
type namedTown struct {
	name string // folded
	e    Entry
}

// namesakeAt returns the North American town that the name at
// [start,end) of text is: the namesakes table's town of the state or
// province named after a comma ("Paris, Texas"), or the town an earlier
// mention put there (named). later is true for the second kind.
func (g *Gazetteer) namesakeAt(text string, start, end int, named []namedTown) (e Entry, later, ok bool) {
	if region, ok := regionAfter(text, end); ok {
		e, ok = g.namesakes[namesakeKey(kb.Fold(text[start:end]), region)]
		return e, false, ok
	}
	if len(named) == 0 {
		return Entry{}, false, false
	}
	f := kb.Fold(text[start:end])
	for _, n := range named {
		if n.name == f {
			return n.e, true, true
		}
	}
	return Entry{}, false, false
}

// localTown returns the North American town that a name of the
// namesakes table is in US or Canadian local news when no state follows
// it ("A Paris man was arrested", in an article on Lamar County, Texas):
// the article has a local cue (a county, township or sheriff), names no
// country but the town's (by a country mention or a place of one other
// country), and names exactly one state or province that
// has a town of that name in the table. ok is false otherwise, and the
// name keeps its usual reading.
func (s *Stage) localTown(d *doc.Doc, cands []candidate, ci int, cue *localNews) (Entry, bool) {
	g, text, c := s.g, d.Text, cands[ci]
	folded := kb.Fold(text[c.span.Start:c.span.End])
	regions := g.namesakeRegions[folded]
	if len(regions) == 0 || !cue.in(text) {
		return Entry{}, false
	}
	var found Entry
	n := 0
	for _, r := range regions {
		if namesRegion(text, r) {
			found, n = g.namesakes[namesakeKey(folded, r)], n+1
		}
	}
	if n != 1 {
		return Entry{}, false
	}
	// another country named, by a country mention or a place name of one
	// country other than this name ("flew home to Lebanon")
	for k := range d.Mentions {
		if m := &d.Mentions[k]; m.Type == doc.TypeCountry && m.KBID != "" && m.KBID != found.Country {
			return Entry{}, false
		}
	}
	for k, o := range cands {
		if k == ci || len(o.ids) != 1 || g.entries[o.ids[0]].Country == found.Country || g.entries[o.ids[0]].Country == "" {
			continue
		}
		if !strings.EqualFold(text[o.span.Start:o.span.End], text[c.span.Start:c.span.End]) {
			return Entry{}, false
		}
	}
	return found, true
}

// localNews remembers, for one document, whether its text has a mark of
// local news (localCue), which is looked for once, on first need.
type localNews struct{ known, cue bool }

func (l *localNews) in(text string) bool {
	if !l.known {
		l.known, l.cue = true, localCue(text)
	}
	return l.cue
}

// localCue reports whether text has a mark of local news: a county
// ("Lamar County"), a township or a sheriff.
func localCue(text string) bool {
	for _, w := range []string{" County", " Township", "sheriff", "Sheriff"} {
		for k := 0; ; {
			i := strings.Index(text[k:], w)
			if i < 0 {
				break
			}
			i += k
			if w[0] != ' ' {
				return true
			}
			// "Lamar County": a capitalised word before
			if i > 0 && unicode.IsLetter(rune(text[i-1])) {
				j := strings.LastIndexAny(text[:i], " \n\t(\"") + 1
				if j < i && text[j] >= 'A' && text[j] <= 'Z' {
					return true
				}
			}
			k = i + len(w)
		}
	}
	return false
}

// namesRegion reports whether text names the state or province region
// (its full name or an abbreviation of regionForms) as a whole word.
func namesRegion(text, region string) bool {
	for _, f := range regionForms {
		if f[1] != region {
			continue
		}
		for k := 0; ; {
			i := strings.Index(text[k:], f[0])
			if i < 0 {
				break
			}
			i += k
			k = i + len(f[0])
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			if after := text[k:]; after != "" && !strings.HasSuffix(f[0], ".") {
				if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			return true
		}
	}
	return false
}
