package importer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// WikidataEP imports the office-holder tables of the every-politician-
// scrapers project (one folder per country with html_holders21.csv and
// html_positions.csv). path is a holders CSV, one country folder, or a
// folder of country folders. Countries are found from folder names
// ("iran-ministers" → IRN) through names, which should hold the countries
// (the shipped KB does). Position labels become office keys (see
// OfficeKey); persons get the ids "wd.<QID>" and keep the QID as an
// alias. Each folder is its own source, whose as-of date is the snapshot
// date in ../SOURCE.md when listed there, else the latest date in its
// tables.
//
// When base is not nil, persons whose name base already knows (one person
// with that folded name) keep base's id, so imported roles attach to the
// shipped person, and offices base has keep base's record.
func WikidataEP(path string, names, base *kb.KB) (*Records, error) {
	dirs, err := epFolders(path)
	if err != nil {
		return nil, err
	}
	snap := snapshotDates(dirs)
	recs := &Records{}
	persons := map[string]kb.Actor{}
	offices := map[string]kb.Office{}
	for _, dir := range dirs {
		if err := importEPFolder(dir, names, base, snap[filepath.Base(dir)], recs, persons, offices); err != nil {
			return nil, err
		}
	}
	recs.Roles = uniqueRoles(recs.Roles)
	for _, a := range persons {
		recs.Actors = append(recs.Actors, a)
	}
	for _, o := range offices {
		recs.Offices = append(recs.Offices, o)
	}
	sortActors(recs.Actors)
	sortOffices(recs.Offices)
	return recs, nil
}

func epFolders(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{filepath.Dir(path)}, nil
	}
	if _, err := os.Stat(filepath.Join(path, "html_holders21.csv")); err == nil {
		return []string{path}, nil
	}
	m, _ := filepath.Glob(filepath.Join(path, "*", "html_holders21.csv"))
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: no html_holders21.csv in it or its sub-folders", path)
	}
	var dirs []string
	for _, f := range m {
		dirs = append(dirs, filepath.Dir(f))
	}
	sort.Strings(dirs)
	return dirs, nil
}

var snapshotRow = regexp.MustCompile(`^\|\s*([a-z0-9-]+)\s*\|\s*[0-9a-f]{40}\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|`)

// snapshotDates reads the "| folder | commit | date |" table of the
// SOURCE.md beside the folders, if there is one.
func snapshotDates(dirs []string) map[string]kb.Date {
	out := map[string]kb.Date{}
	if len(dirs) == 0 {
		return out
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(dirs[0]), "SOURCE.md"))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		if m := snapshotRow.FindStringSubmatch(line); m != nil {
			if d, err := kb.ParseDate(m[2]); err == nil {
				out[m[1]] = d
			}
		}
	}
	return out
}

var folderSuffix = regexp.MustCompile(`-(ministers|cabinet|cabinets|federal-council|government)$`)

// folderCountry maps a folder name to a country or organisation id.
func folderCountry(folder string, names *kb.KB) (string, bool) {
	switch folder {
	case "world", "world-leaders-2021", "current-governments-enwiki":
		return "", false
	case "eu-cabinets":
		return "EU", true
	}
	n := folderSuffix.ReplaceAllString(folder, "")
	if c, ok := countryByName(names, strings.ReplaceAll(n, "-", " ")); ok {
		return c, true
	}
	// "congo-kinshasa" and the like are written with a hyphen
	return countryByName(names, n)
}

// readCSV reads a whole CSV file with a header row into maps keyed by
// column name, with the line of each row.
func readCSV(path string) ([]map[string]string, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	head, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []map[string]string
	var lines []int
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		m := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(rec) {
				m[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, m)
		lines = append(lines, line)
	}
	return rows, lines, nil
}

// worldPosts maps position labels of the "world" folder to office ids.
var worldPosts = map[string]string{
	"secretary-general of the united nations":                                  "UN.secretary_general",
	"deputy secretary-general of the united nations":                           "UN.deputy_secretary_general",
	"director-general of the world trade organization":                         "WTO.director_general",
	"secretary general of nato":                                                "NATO.secretary_general",
	"secretary general of the north atlantic treaty organization":              "NATO.secretary_general",
	"director general of the international atomic energy agency":               "IAEA.director_general",
	"president of the european commission":                                     "EU.commission_president",
	"president of the european council":                                        "EU.council_president",
	"high representative of the union for foreign affairs and security policy": "EU.high_representative",
	"president of the united nations general assembly":                         "UN.general_assembly_president",
	"united nations high commissioner for refugees":                            "UNHCR.high_commissioner",
	"director-general of the world health organization":                        "WHO.director_general",
	"secretary-general of the arab league":                                     "ARABLEAGUE.secretary_general",
	"president of the international court of justice":                          "ICJ.president",
}

func importEPFolder(dir string, names, base *kb.KB, asOf kb.Date, recs *Records, persons map[string]kb.Actor, offices map[string]kb.Office) error {
	folder := filepath.Base(dir)
	country, hasCountry := folderCountry(folder, names)
	holdersPath := filepath.Join(dir, "html_holders21.csv")
	rows, lines, err := readCSV(holdersPath)
	if err != nil {
		return err
	}
	source := "wikidata-ep:" + folder
	latest := kb.Date{}
	note := func(d kb.Date) {
		if !d.IsZero() && d.Last().Compare(latest) > 0 {
			latest = d.Last()
		}
	}
	// office existence dates from html_positions.csv
	existence := map[string][2]kb.Date{}
	if hasCountry {
		prows, _, err := readCSV(filepath.Join(dir, "html_positions.csv"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		cname := ""
		if a, ok := actorOf(names, country); ok {
			cname = a.Name
		}
		for _, p := range prows {
			label := stripCountry(p["position"], cname, names, country)
			key := OfficeKey(label, country, names)
			from, _ := kb.ParseDate(p["start"])
			to, _ := kb.ParseDate(p["end"])
			if _, dup := existence[key]; !dup {
				existence[key] = [2]kb.Date{from, to}
			}
		}
	}
	for i, row := range rows {
		line := lines[i]
		label, name, qid := row["position"], row["person"], row["personID"]
		if name == "" || label == "" {
			recs.skip(holdersPath, line, "no person or position")
			continue
		}
		var officeID string
		switch {
		case hasCountry:
			officeID = kb.OfficeID(country, OfficeKey(label, country, names))
		default:
			officeID = worldPosts[strings.ToLower(label)]
			if officeID == "" {
				recs.skip(holdersPath, line, "position %q names no known country or organisation", label)
				continue
			}
		}
		start, err1 := kb.ParseDate(row["start"])
		end, err2 := kb.ParseDate(row["end"])
		if err1 != nil || err2 != nil {
			recs.skip(holdersPath, line, "bad date in %q..%q", row["start"], row["end"])
			continue
		}
		if !start.IsZero() && !end.IsZero() && end.Last().Compare(start.First()) < 0 {
			recs.skip(holdersPath, line, "end %s before start %s", end, start)
			continue
		}
		note(start)
		note(end)
		pid := personID(qid, name, base)
		p, ok := persons[pid]
		if !ok {
			p = kb.Actor{ID: pid, Kind: kb.KindPerson, Name: name, Source: source}
			if base != nil {
				if b, ok := base.Actor(pid); ok {
					p = mergeActor(b, kb.Actor{Name: name})
				}
			}
			if qid != "" {
				p.Aliases = appendNew(p.Aliases, "wd."+qid)
			}
		}
		if d, err := kb.ParseDate(row["DOB"]); err == nil && p.Born.IsZero() {
			p.Born = d
		}
		if d, err := kb.ParseDate(row["DOD"]); err == nil && p.Died.IsZero() {
			p.Died = d
		}
		persons[pid] = p
		if _, ok := offices[officeID]; !ok {
			o := kb.Office{ID: officeID, Name: officeName(label, officeID, names), Source: source}
			o.Country, o.Key = splitOffice(officeID)
			if e, ok := existence[o.Key]; ok {
				o.From, o.To = e[0], e[1]
			}
			o.Single = singleKey(o.Key)
			if base != nil {
				if b, ok := base.Office(officeID); ok {
					o = *b
					o.File, o.Line = "", 0
				}
			}
			offices[officeID] = o
		}
		r := kb.Role{Person: pid, Office: officeID, Title: label, Country: country, Start: start, End: end, Source: source}
		if !hasCountry {
			r.Country, _ = splitOffice(officeID)
		}
		r.ID = kb.RoleID(r)
		recs.Roles = append(recs.Roles, r)
	}
	if asOf.IsZero() {
		asOf = latest
	}
	if asOf.IsZero() {
		asOf = kb.Date{Year: 1}
	}
	recs.Sources = append(recs.Sources, kb.Source{Name: source, AsOf: asOf, License: "CC0-1.0",
		URL: "https://github.com/every-politician-scrapers/" + folder, Note: "Wikidata office-holders (P39), imported by sitrep kb import --format wikidata-ep"})
	return nil
}

func appendNew(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func actorOf(k *kb.KB, id string) (*kb.Actor, bool) {
	if k == nil {
		return nil, false
	}
	return k.Actor(id)
}

// personID picks the id of an imported person: base's id when base has
// exactly one person with that name or QID alias, else "wd.<QID>", else
// "wd.<slug>".
func personID(qid, name string, base *kb.KB) string {
	if base != nil {
		var found []*kb.Actor
		if qid != "" {
			for _, a := range base.ByName(kb.Fold("wd." + qid)) {
				if a.Kind == kb.KindPerson {
					found = append(found, a)
				}
			}
		}
		if len(found) == 0 {
			for _, a := range base.ByName(kb.Fold(name)) {
				if a.Kind == kb.KindPerson {
					found = append(found, a)
				}
			}
		}
		if len(found) == 1 {
			return found[0].ID
		}
	}
	if qid != "" {
		return "wd." + qid
	}
	return "wd." + Slug(name)
}

func splitOffice(id string) (country, key string) {
	i := strings.LastIndexByte(id, '.')
	return id[:i], id[i+1:]
}

// stripCountry removes " of <country>" from a full position label
// ("Prime Minister of Iran" → "Prime Minister").
func stripCountry(label, cname string, names *kb.KB, country string) string {
	i := strings.LastIndex(label, " of ")
	if i < 0 {
		return label
	}
	tail := label[i+4:]
	if c, ok := countryByName(names, tail); ok && c == country {
		return label[:i]
	}
	if cname != "" && kb.Fold(tail) == kb.Fold(cname) {
		return label[:i]
	}
	return label
}

func officeName(label, officeID string, names *kb.KB) string {
	c, _ := splitOffice(officeID)
	if a, ok := actorOf(names, c); ok {
		return label + " of " + a.Name
	}
	return label + " (" + c + ")"
}

// singleKey reports whether offices with this key have one holder at a time.
func singleKey(key string) bool {
	switch key {
	case kb.OfficePresident, kb.OfficePrimeMinister, kb.OfficeChancellor, kb.OfficeMonarch, kb.OfficeSupremeLeader,
		kb.OfficeForeignMinister, kb.OfficeDefenceMinister, kb.OfficeInteriorMinister, kb.OfficeFinanceMinister,
		kb.OfficeSecretaryGeneral, kb.OfficeDirectorGeneral, kb.OfficeCrownPrince, kb.OfficeVicePresident:
		return true
	}
	return false
}

// uniqueRoles drops exact repeats (same id and end) and renames other
// roles whose ids collide ("id#2"), since a KB file may not repeat an id.
func uniqueRoles(rs []kb.Role) []kb.Role {
	seen := map[string]kb.Role{}
	n := map[string]int{}
	out := rs[:0]
	for _, r := range rs {
		if prev, ok := seen[r.ID]; ok {
			if prev.End == r.End {
				continue
			}
			n[r.ID]++
			r.ID = fmt.Sprintf("%s#%d", r.ID, n[r.ID]+1)
		}
		seen[r.ID] = r
		out = append(out, r)
	}
	return out
}
