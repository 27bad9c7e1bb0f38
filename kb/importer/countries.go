package importer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// Countries imports a country-codes table: a CSV with a header naming at
// least an ISO 3166 alpha-3 column ("ISO3166-1-Alpha-3", "iso3", "alpha-3"
// or "cca3") and a name column ("CLDR display name", "official_name_en",
// "name", "UNTERM English Short"); alpha-2, capital and official or
// formal names are used when present. Countries base already has are
// extended (new names become aliases), others are added.
func Countries(r io.Reader, name string, asOf kb.Date, base *kb.KB) (*Records, error) {
	source := "countries:" + baseName(name)
	recs := &Records{Sources: []kb.Source{{Name: source, AsOf: asOf, Note: "country table imported by sitrep kb import --format countries"}}}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	pick := func(names ...string) int {
		for _, n := range names {
			if i, ok := col[n]; ok {
				return i
			}
		}
		return -1
	}
	iso3 := pick("iso3166-1-alpha-3", "iso3", "alpha-3", "cca3", "iso_a3")
	nameCol := pick("cldr display name", "name", "unterm english short", "official_name_en", "country")
	if iso3 < 0 || nameCol < 0 {
		return nil, fmt.Errorf("%s: header has no ISO alpha-3 or name column (got %s)", name, strings.Join(head, ","))
	}
	iso2 := pick("iso3166-1-alpha-2", "iso2", "alpha-2", "cca2")
	capital := pick("capital")
	extra := []int{pick("official_name_en"), pick("unterm english short"), pick("unterm english formal")}
	seen := map[string]int{} // alpha-3 code → the line that gave it
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err) // a csv.ParseError carries the line
		}
		line, _ := cr.FieldPos(0)
		get := func(i int) string {
			if i < 0 || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		code := strings.ToUpper(get(iso3))
		n := get(nameCol)
		if len(code) != 3 || n == "" {
			recs.skip(name, line, "no alpha-3 code or name")
			continue
		}
		if first, ok := seen[code]; ok {
			// a second row for one code would make two actors of one id
			recs.skip(name, line, "alpha-3 code %s repeats line %d", code, first)
			continue
		}
		seen[code] = line
		var aliases []string
		for _, i := range extra {
			if v := get(i); v != "" {
				aliases = append(aliases, strings.TrimPrefix(strings.TrimSuffix(v, " (the)"), "the "))
			}
		}
		a := kb.Actor{ID: code, Kind: kb.KindCountry, Name: n, Aliases: dedupe(n, aliases), Country: code,
			ISO2: strings.ToUpper(get(iso2)), Capital: get(capital), CAMEO: code, Source: source}
		if b, ok := actorOf(base, code); ok && b.Kind == kb.KindCountry {
			a = mergeActor(b, a)
		}
		recs.Actors = append(recs.Actors, a)
	}
	return recs, nil
}
