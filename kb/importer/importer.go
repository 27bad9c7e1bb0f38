// Package importer converts public tables into KB records: the
// Wikidata-derived office-holder CSVs of the every-politician-scrapers
// project, the PETRARCH/Phoenix actor and agent dictionaries, and country
// code tables. Each importer returns Records, which Write prints as KB
// JSON Lines (see docs/kb.md) to be stacked on the shipped KB with --kb.
package importer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// Records is the result of an import: KB records plus the problems met
// on the way (rows skipped, with file and line).
type Records struct {
	Sources   []kb.Source
	Actors    []kb.Actor
	Offices   []kb.Office
	Roles     []kb.Role
	Relations []kb.Relation
	Agents    []kb.Agent
	// Skipped lists rows that could not be converted, as "file:line: why".
	Skipped []string
}

func (r *Records) skip(file string, line int, format string, args ...any) {
	r.Skipped = append(r.Skipped, fmt.Sprintf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
}

// Write prints the records as KB JSON Lines: sources, actors, offices,
// roles, relations, agents, each in a stable order.
func (r *Records) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	put := func(typ string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		// splice the type in front: {"type":"actor",...}
		bw.WriteString(`{"type":"` + typ + `"`)
		if len(b) > 2 {
			bw.WriteByte(',')
		}
		bw.Write(b[1:])
		return bw.WriteByte('\n')
	}
	_ = enc
	for _, s := range r.Sources {
		if err := put(kb.TypeSource, s); err != nil {
			return err
		}
	}
	for _, a := range r.Actors {
		if err := put(kb.TypeActor, a); err != nil {
			return err
		}
	}
	for _, o := range r.Offices {
		if err := put(kb.TypeOffice, o); err != nil {
			return err
		}
	}
	for _, x := range r.Roles {
		if err := put(kb.TypeRole, x); err != nil {
			return err
		}
	}
	for _, x := range r.Relations {
		if err := put(kb.TypeRelation, x); err != nil {
			return err
		}
	}
	for _, x := range r.Agents {
		if err := put(kb.TypeAgent, x); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Slug returns s folded (kb.Fold) with runs of anything but letters and
// digits turned into one "-": "Hossein Amir-Abdollahian" →
// "hossein-amir-abdollahian".
func Slug(s string) string {
	f := kb.Fold(s)
	var b strings.Builder
	dash := false
	for _, r := range f {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r > 127 {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// mergeActor returns base with the names and empty fields of a added: an
// import extends a shipped actor rather than replacing it.
func mergeActor(base *kb.Actor, a kb.Actor) kb.Actor {
	m := *base
	m.Aliases = append([]string(nil), base.Aliases...)
	m.Demonyms = append([]string(nil), base.Demonyms...)
	have := map[string]bool{}
	for _, n := range base.AllNames() {
		have[n.Folded] = true
	}
	for _, s := range append([]string{a.Name}, a.Aliases...) {
		if f := kb.Fold(s); f != "" && !have[f] {
			have[f] = true
			m.Aliases = append(m.Aliases, s)
		}
	}
	for _, s := range a.Demonyms {
		if f := kb.Fold(s); f != "" && !have[f] {
			have[f] = true
			m.Demonyms = append(m.Demonyms, s)
		}
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&m.ISO2, a.ISO2)
	fill(&m.Capital, a.Capital)
	fill(&m.CAMEO, a.CAMEO)
	fill(&m.Sector, a.Sector)
	fill(&m.Region, a.Region)
	fill(&m.Country, a.Country)
	if m.Born.IsZero() {
		m.Born = a.Born
	}
	if m.Died.IsZero() {
		m.Died = a.Died
	}
	m.File, m.Line = "", 0
	return m
}

// dedupe drops aliases equal (after folding) to the name or an earlier alias.
func dedupe(name string, aliases []string) []string {
	seen := map[string]bool{kb.Fold(name): true}
	var out []string
	for _, s := range aliases {
		f := kb.Fold(s)
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, s)
	}
	return out
}

func sortActors(as []kb.Actor) {
	sort.SliceStable(as, func(i, j int) bool { return as[i].ID < as[j].ID })
}

func sortOffices(os []kb.Office) {
	sort.SliceStable(os, func(i, j int) bool { return os[i].ID < os[j].ID })
}

// countryByName resolves a country name, alias or demonym to its ISO3 id
// in k; ok is false when it is unknown or ambiguous.
func countryByName(k *kb.KB, name string) (string, bool) {
	if k == nil {
		return "", false
	}
	f := kb.Fold(name)
	f = strings.TrimPrefix(f, "the ")
	var found string
	for _, a := range k.ByName(f) {
		if a.Kind != kb.KindCountry {
			continue
		}
		if found != "" && found != a.ID {
			return "", false
		}
		found = a.ID
	}
	return found, found != ""
}
