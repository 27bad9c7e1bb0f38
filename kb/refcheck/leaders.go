package refcheck

import (
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/kb/importer"
)

// Two more tables of the every-politician folder list every country's
// leaders at one moment; they are read for the coverage check only
// (CheckCoverage), never for the agreement rates, because their dates
// are years or a single start:
//
//   - world-leaders-2021/data_wikidata.csv: heads of state and government
//     of every country in 2021-2022 (country label, position label,
//     holder QID and label, start and end years);
//   - world/sources_foreign_wikidata.csv: the sitting foreign minister of
//     every country (country label, position label, holder QID and label,
//     start day).
//
// A position label is first looked up among the names and aliases of the
// country's KB offices; otherwise its country part ("Prime Minister of
// Thailand") is cut and the rest mapped to an office key with
// importer.OfficeKey. Every row of the foreign-minister list is filed
// under the country's foreign_minister office. Rows whose country or
// office the KB does not know are skipped. Open rows are known up to the tables' snapshot.

// leadersAsOf is when the world-leaders table was taken (its rows reach
// 2022-07-24, Begaj's start); foreignAsOf when the foreign-minister list
// was (the earliest snapshot of the folder).
var (
	leadersAsOf = kb.Date{Year: 2022, Month: 8, Day: 1}
	foreignAsOf = kb.Date{Year: 2022, Month: 7, Day: 19}
)

// addCoverage files a row read for the coverage check only.
func (ref *Reference) addCoverage(office string, r refRole) {
	if ref.covOnly == nil {
		ref.covOnly = map[string][]refRole{}
	}
	ref.covOnly[office] = append(ref.covOnly[office], r)
}

// loadWorldLeaders reads world-leaders-2021/data_wikidata.csv.
func (ref *Reference) loadWorldLeaders(path string, names *kb.KB) error {
	rows, err := csvFile(path)
	if err != nil {
		return err
	}
	ix := newOfficeIndex(names)
	for _, r := range rows {
		iso, ok := countryISO(names, r["country"])
		if !ok {
			continue
		}
		office := ix.office(r["positionLabel"], iso, names)
		start, err1 := yearDate(r["start_year"])
		end, err2 := yearDate(r["end_year"])
		if err1 != nil || err2 != nil || start.IsZero() {
			continue
		}
		ref.addCoverage(office, refRole{person: kb.Fold(r["officeholderLabel"]), name: r["officeholderLabel"],
			qid: r["officeholder"], start: start, end: end, asOf: leadersAsOf, source: "world-leaders-2021"})
	}
	return nil
}

// loadForeignMinisters reads world/sources_foreign_wikidata.csv.
func (ref *Reference) loadForeignMinisters(path string, names *kb.KB) error {
	rows, err := csvFile(path)
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso, ok := countryISO(names, r["countryLabel"])
		if !ok || r["name"] == "" {
			continue
		}
		start, err := kb.ParseDate(r["start"])
		if err != nil || start.IsZero() {
			continue
		}
		// every row is the country's foreign minister, whatever the
		// post's name ("Secretary for Foreign and Political Affairs")
		ref.addCoverage(kb.OfficeID(iso, kb.OfficeForeignMinister), refRole{person: kb.Fold(r["name"]), name: r["name"], qid: r["person"],
			start: start, asOf: foreignAsOf, source: "foreign-ministers-2022"})
	}
	return nil
}

// countryISO resolves a country label to the id of a KB country.
func countryISO(names *kb.KB, label string) (string, bool) {
	if label == "" || names == nil {
		return "", false
	}
	for _, a := range names.ByName(kb.Fold(label)) {
		if a.Kind == kb.KindCountry {
			return a.ID, true
		}
	}
	return "", false
}

// stripCountry cuts " of <country>" from a position label when the rest
// names the row's country ("Prime Minister of Thailand", "monarch of the
// United Kingdom", "President of the People's Republic of China").
func stripCountry(label, iso string, names *kb.KB) string {
	l := strings.ToLower(label)
	for i := strings.Index(l, " of "); i > 0; {
		tail := strings.TrimSpace(label[i+4:])
		if len(tail) > 4 && strings.EqualFold(tail[:4], "the ") {
			tail = tail[4:]
		}
		if c, ok := countryISO(names, tail); ok && c == iso {
			return label[:i]
		}
		j := strings.Index(l[i+4:], " of ")
		if j < 0 {
			break
		}
		i += 4 + j
	}
	return label
}

// officeIndex maps a country's office names and aliases (folded) to the
// office id: a label the KB uses itself ("Chairman of the Council of
// Ministers of Bosnia and Herzegovina", "Taoiseach") needs no mapping.
type officeIndex map[string]string

func newOfficeIndex(k *kb.KB) officeIndex {
	ix := officeIndex{}
	if k == nil {
		return ix
	}
	for _, o := range k.Offices() {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if n != "" {
				ix[o.Country+"\x00"+kb.Fold(n)] = o.ID
			}
		}
	}
	return ix
}

// office returns the office id a position label of country iso names:
// a KB office name or alias of that country, else importer.OfficeKey of
// the label without its country part.
func (ix officeIndex) office(label, iso string, names *kb.KB) string {
	if id, ok := ix[iso+"\x00"+kb.Fold(label)]; ok {
		return id
	}
	short := stripCountry(label, iso, names)
	if id, ok := ix[iso+"\x00"+kb.Fold(short)]; ok {
		return id
	}
	return kb.OfficeID(iso, importer.OfficeKey(short, iso, names))
}

// yearDate parses a year column ("" is the zero date).
func yearDate(s string) (kb.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return kb.Date{}, nil
	}
	if _, err := strconv.Atoi(s); err != nil {
		return kb.Date{}, err
	}
	return kb.ParseDate(s)
}
