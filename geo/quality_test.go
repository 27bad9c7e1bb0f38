package geo

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// minRows is the least number of rows the shipped table must have.
const minRows = 2000

// Thresholds of the geonames cross-check (TestAgainstGeonames).
const (
	cityToleranceKm = 25  // a matched city further than this is "off"
	cityHardLimitKm = 100 // any matched city further than this fails the test
	maxOffShare     = 0.02
	// An unmatched city (a name geonames spells otherwise or a town under
	// 15,000 people) must still lie this close to some geonames place of
	// its country: it catches swapped signs, swapped lat/lon and wrong
	// countries. Desert towns (In Amenas, Ghat, Duqm) lie 300–550 km
	// from the nearest geonames place.
	unmatchedNeighbourKm = 600
)

// ambiguousNames are capitalised English words and common first names that
// would be taken for places in ordinary text; the table must not use them
// as names or aliases.
var ambiguousNames = []string{
	"mobile", "nice", "reading", "split", "bath", "orange", "independence", "florence", "jackson",
	"lincoln", "austin", "charlotte", "eugene", "victoria", "hope", "liberty", "union", "march",
	"may", "june", "china town", "dover", "paradise", "chad", "jordan", "page", "troy",
	"eden", "salem", "phoenix", "buffalo", "sale", "battle", "deal", "wells", "york", "van", "batman",
	"hit", "salt", "swat", "of", "the", "said", "bar", "gap", "male", "mary", "sandy", "tours", "nancy",
	"hamilton", "aurora", "providence", "mercedes", "gary", "tyler", "columbus", "derby", "sur", "mus",
	// person names and words that also name towns: Mo Farah, Rosario Murillo, Kobe Bryant,
	// Halle Berry, Sheikh Sabah, Ben Rhodes, hail (Ha'il folds to it), mocha, ABA
	"farah", "aba", "kaya", "salvador", "rosario", "mendoza", "trujillo", "halle", "rhodes", "sabah",
	"aydin", "hail", "mocha", "ariana", "sakai", "kobe", "orel", "borisov", "bender",
	"ray", "rey", "rosetta", "rashid", "kos", "bayern", "mila", "fao", "bahri", "nara",
	// divisions named like people, firms, clubs or words, left out or kept
	// only with their head word (Edo State, Imo State, Delta State): Hermann
	// Hesse, Lazio the club, Meta, Para sport, the IMO, Delta Air Lines,
	// Simón Bolívar, Julius Caesar's Spanish name, José Rizal, Laguna Beach
	"hesse", "lazio", "meta", "para", "edo", "imo", "delta", "bolivar", "cesar", "rizal", "laguna",
	"magdalena", "quezon", "santander",
}

// countryNamesakes are the rows allowed to share a country's name: the
// places stage takes them only when the mention stage reads the name as a
// place of that row's country ("Atlanta, Georgia").
var countryNamesakes = map[string]string{"georgia": "USA"}

func shippedEntries(t *testing.T) []Entry {
	t.Helper()
	es, err := Parse(bytes.NewReader(placesTSV), "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestTableHygiene checks the shipped table on its own: size, known
// countries, no duplicate rows or aliases, no ambiguous English words,
// plausible populations.
func TestTableHygiene(t *testing.T) {
	es := shippedEntries(t)
	if len(es) < minRows {
		t.Errorf("places.tsv has %d rows; want at least %d", len(es), minRows)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]bool{}
	for _, w := range ambiguousNames {
		bad[w] = true
	}
	// A row must not shadow another country's name ("Georgia", "Jordan").
	countryNames := map[string]string{}
	for _, a := range k.Actors() {
		if a.Kind == kb.KindCountry {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				countryNames[kb.Fold(n)] = a.ID
			}
		}
	}
	seen := map[string]int{} // folded name|country|kind → line index
	kinds := map[string]int{}
	for i, e := range es {
		kinds[e.Kind]++
		if e.Country == "" && e.Kind == KindRegion {
			// shared by several countries
		} else if a, ok := k.Actor(e.Country); !ok || a.Kind != kb.KindCountry {
			t.Errorf("row %d %s: country %s is not a KB country", i+1, e.Name, e.Country)
		}
		if e.Lat == 0 && e.Lon == 0 {
			t.Errorf("row %d %s: no coordinates", i+1, e.Name)
		}
		if e.Kind != KindRegion && e.Population <= 0 {
			t.Errorf("row %d %s: city without population", i+1, e.Name)
		}
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			f := kb.Fold(n)
			if bad[f] {
				t.Errorf("row %d %s: %q is an ambiguous English word or first name", i+1, e.Name, n)
			}
			if c, ok := countryNames[f]; ok && c != e.Country && countryNamesakes[f] != e.Country { // city-states name themselves
				t.Errorf("row %d %s: %q is the name of the country %s", i+1, e.Name, n, c)
			}
			key := f + "|" + e.Country + "|" + e.Kind
			if j, ok := seen[key]; ok && j != i {
				t.Errorf("row %d %s: %q in %s already names row %d %s", i+1, e.Name, n, e.Country, j+1, es[j].Name)
			}
			seen[key] = i
		}
	}
	t.Logf("%d rows: %v", len(es), kinds)
}

// geonamesGaps are rows whose place is missing from the geonames table in
// the shared data while a smaller namesake is there; they are not compared.
var geonamesGaps = map[string]string{
	"Sao Goncalo|BRA": "São Gonçalo (Rio de Janeiro, ~1M people) is missing; its names match São Gonçalo do Sapucaí (MG)",
}

// territories maps the geonames (ISO 3166) codes of dependent territories
// and special areas to the ISO3 of the country the table files them under.
var territories = map[string]string{
	"NC": "FRA", "PF": "FRA", "RE": "FRA", "YT": "FRA", "GP": "FRA", "MQ": "FRA", "GF": "FRA",
	"PM": "FRA", "WF": "FRA", "BL": "FRA", "MF": "FRA",
	"PR": "USA", "GU": "USA", "VI": "USA", "AS": "USA", "MP": "USA",
	"GL": "DNK", "FO": "DNK",
	"GI": "GBR", "BM": "GBR", "KY": "GBR", "FK": "GBR", "IO": "GBR", "VG": "GBR", "TC": "GBR",
	"MS": "GBR", "AI": "GBR", "JE": "GBR", "GG": "GBR", "IM": "GBR", "SH": "GBR",
	"AW": "NLD", "CW": "NLD", "SX": "NLD", "BQ": "NLD",
	"HK": "CHN", "MO": "CHN", "SJ": "NOR", "AX": "FIN", "CK": "NZL", "NU": "NZL",
	"NF": "AUS", "CX": "AUS", "CC": "AUS",
}

// geoname is one row of the geonames cities table.
type geoname struct {
	name     string
	lat, lon float64
	iso2     string
	pop      int
}

// readGeonames reads cities15000.txt from the zip at path and indexes the
// places by folded name and ASCII name (primary) and by alternate names,
// per ISO2 country.
func readGeonames(t *testing.T, path string) (all []geoname, primary, alternate map[string][]int) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer zr.Close()
	var f *zip.File
	for _, zf := range zr.File {
		if strings.HasSuffix(zf.Name, ".txt") {
			f = zf
		}
	}
	if f == nil {
		t.Fatalf("%s: no .txt file inside", path)
	}
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	primary, alternate = map[string][]int{}, map[string][]int{}
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			t.Fatalf("%s:%d: %d columns; want 19", f.Name, line, len(c))
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s:%d: bad coordinates %q %q", f.Name, line, c[4], c[5])
		}
		pop, _ := strconv.Atoi(c[14])
		all = append(all, geoname{name: c[1], lat: lat, lon: lon, iso2: c[8], pop: pop})
		i := len(all) - 1
		add := func(m map[string][]int, n string) {
			key := c[8] + "|" + kb.Fold(n)
			for _, j := range m[key] {
				if j == i {
					return
				}
			}
			m[key] = append(m[key], i)
		}
		add(primary, c[1])
		add(primary, c[2])
		for _, a := range strings.Split(c[3], ",") {
			if a != "" {
				add(alternate, a)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return all, primary, alternate
}

// TestAgainstGeonames cross-checks every city and capital of the shipped
// table with the GeoNames cities table in the shared data: a row whose
// name or an alias names a GeoNames place of the same country (by its
// name, ASCII name or one of its alternate names) must lie within 25 km of
// the nearest such place (homonyms in one country are common). It fails when more than 2 % of the
// matched rows are off or any is off by more than 100 km, and when an
// unmatched city lies far from every GeoNames place of its country.
func TestAgainstGeonames(t *testing.T) {
	path := shareddata.Path(t, "data/kb/geonames/cities15000.zip")
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	iso2 := map[string]string{}
	for _, a := range k.Actors() {
		if a.Kind == kb.KindCountry && a.ISO2 != "" {
			iso2[a.ID] = a.ISO2
		}
	}
	all, primary, alternate := readGeonames(t, path)
	byCountry := map[string][]int{}
	for i, g := range all {
		byCountry[g.iso2] = append(byCountry[g.iso2], i)
	}
	// The table files a dependent territory's places under the
	// sovereign's ISO3 (Noumea under FRA); geonames has codes of their own.
	codes := func(iso3 string) []string {
		out := []string{iso2[iso3]}
		for cc, sov := range territories {
			if sov == iso3 {
				out = append(out, cc)
			}
		}
		return out
	}
	var dists []float64
	var off []string
	cities, unmatched, lonely := 0, 0, 0
	for _, e := range shippedEntries(t) {
		if e.Kind == KindRegion {
			continue
		}
		cities++
		if _, gap := geonamesGaps[e.Name+"|"+e.Country]; gap {
			continue
		}
		cc := iso2[e.Country]
		if cc == "" {
			continue
		}
		ccs := codes(e.Country)
		names := append([]string{e.Name}, e.Aliases...)
		best, bestName := math.Inf(1), ""
		for _, idx := range []map[string][]int{primary, alternate} {
			for _, c := range ccs {
				for _, n := range names {
					for _, i := range idx[c+"|"+kb.Fold(n)] {
						if d := DistanceKm(e.Lat, e.Lon, all[i].lat, all[i].lon); d < best {
							best, bestName = d, all[i].name
						}
					}
				}
			}
		}
		if math.IsInf(best, 1) {
			unmatched++
			near := math.Inf(1)
			for _, c := range ccs {
				for _, i := range byCountry[c] {
					near = math.Min(near, DistanceKm(e.Lat, e.Lon, all[i].lat, all[i].lon))
				}
			}
			t.Logf("unmatched: %s (%s), %.0f km from the nearest geonames place of %s", e.Name, e.Country, near, cc)
			if near > unmatchedNeighbourKm {
				lonely++
				t.Errorf("%s (%s, unmatched): %.0f km from every geonames place of %s; check the coordinates", e.Name, e.Country, near, cc)
			}
			continue
		}
		dists = append(dists, best)
		if best > cityToleranceKm {
			msg := fmt.Sprintf("%s (%s) at %.2f,%.2f is %.0f km from geonames %q", e.Name, e.Country, e.Lat, e.Lon, best, bestName)
			off = append(off, msg)
			if best > cityHardLimitKm {
				t.Errorf("%s: more than %d km", msg, cityHardLimitKm)
			} else {
				t.Logf("off: %s", msg)
			}
		}
	}
	if len(dists) == 0 {
		t.Fatal("no city matched geonames: the comparison matched nothing")
	}
	sort.Float64s(dists)
	mean := 0.0
	for _, d := range dists {
		mean += d
	}
	mean /= float64(len(dists))
	share := float64(len(off)) / float64(len(dists))
	t.Logf("cities and capitals %d: matched %d (%.1f%%), unmatched %d (%d far from any place); distance km: median %.1f, mean %.1f, p95 %.1f, max %.1f; off by >%d km: %d (%.1f%%)",
		cities, len(dists), 100*float64(len(dists))/float64(cities), unmatched, lonely,
		dists[len(dists)/2], mean, dists[len(dists)*95/100], dists[len(dists)-1], cityToleranceKm, len(off), 100*share)
	// Coverage of the Middle East and North Africa: the share of geonames
	// places over 100,000 people in those countries that a table row (or a
	// KB capital) names by one of the place's geonames names. Only the
	// count is reported.
	named := map[int]bool{}
	mark := func(cc, n string) {
		for _, idx := range []map[string][]int{primary, alternate} {
			for _, i := range idx[cc+"|"+kb.Fold(n)] {
				named[i] = true
			}
		}
	}
	for _, e := range shippedEntries(t) {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			mark(iso2[e.Country], n)
		}
	}
	for _, a := range k.Actors() {
		if a.Kind == kb.KindCountry && a.Capital != "" {
			mark(a.ISO2, a.Capital)
		}
	}
	mena := map[string]bool{}
	for _, c := range strings.Fields("IR IQ SY TR SA EG DZ MA IL PS JO LB YE AE QA BH KW OM LY TN SD") {
		mena[c] = true
	}
	big, covered := 0, 0
	missing := map[string]int{}
	for i, g := range all {
		if mena[g.iso2] && g.pop >= 100000 {
			big++
			if named[i] {
				covered++
			} else {
				missing[g.iso2]++
			}
		}
	}
	t.Logf("Middle East and North Africa: the table names %d of the %d geonames places over 100,000 people (%.0f%%); not named, by country: %v", covered, big, 100*float64(covered)/float64(max(big, 1)), missing)
	if share > maxOffShare {
		t.Errorf("%d of %d matched cities (%.1f%%) are more than %d km from geonames; want at most %.0f%%", len(off), len(dists), 100*share, cityToleranceKm, 100*maxOffShare)
	}
}

// TestDistanceKm checks the haversine distance on known pairs.
func TestDistanceKm(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 33.89, 35.50, 33.89, 35.50, 0, 0.001},
		{"Beirut-Damascus", 33.89, 35.50, 33.51, 36.29, 84, 3},
		{"London-Paris", 51.51, -0.13, 48.86, 2.35, 344, 3},
		{"antipodes", 0, 0, 0, 180, 20015, 1},
		{"across the date line", 0, 179.5, 0, -179.5, 111, 1},
	}
	for _, tt := range tests {
		if got := DistanceKm(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > tt.tol {
			t.Errorf("%s: DistanceKm = %.1f; want %.0f ± %.0f", tt.name, got, tt.want, tt.tol)
		}
	}
}

// TestCountryAfterDeterminer checks that a country after "locative the"
// ("in the United States") is a place, and after a bare "the" is not.
func TestCountryAfterDeterminer(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "USA", Kind: kb.KindCountry, Name: "United States", Capital: "Washington", Lat: 38.9, Lon: -77.04})
	k.AddActor(kb.Actor{ID: "PHL", Kind: kb.KindCountry, Name: "Philippines", Capital: "Manila", Lat: 14.6, Lon: 120.98})
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Cases rose in the United States.", "United States/USA"},
		{"The outbreak spread across the Philippines.", "Philippines/PHL"},
		{"The United States said it would help.", ""},
		{"Aid from the Philippines and Manila arrived.", "Philippines/PHL,Manila/PHL"},
		{"Prices are set in United States dollars.", ""}, // a currency, no place
		{"The peso fell to 20 to the United States dollar in Manila.", "Manila/PHL"},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		if err := segment.New().Process(d); err != nil {
			t.Fatal(err)
		}
		if err := NewStage(g).Process(d); err != nil {
			t.Fatal(err)
		}
		if got := names(d); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestLongerNames checks that a gazetteer name inside a longer place name
// the table does not hold is left out, and the names around it still work.
func TestLongerNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"He moved to New London last year.", ""},
		{"Police closed Paris Avenue overnight.", ""},
		{"Officials in Washington County said little.", ""},
		{"Residents of St. Paris, Ohio were evacuated.", "Ohio/USA"},
		{"Climbers on Mount Washington were rescued.", ""},
		{"Talks in Paris ended. New York hosted the next round.", "Paris/FRA,New York/USA"},
		{"Talks were held in Paris\nNew rounds are planned.", "Paris/FRA"},
		{"Cases were reported in Ceamurlia de Jos.", ""},
		{"Mosquitoes carry the West Nile virus.", ""},
		{"An outbreak of Rift Valley fever hit Kenya.", ""},
		{"Talks in Paris de facto ended.", "Paris/FRA"},
	}
	for _, tt := range tests {
		if got := names(run(t, tt.text, nil)); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestDemonymInsidePlace checks that a demonym mention inside a longer
// place name does not hide the place, while one covering it does.
func TestDemonymInsidePlace(t *testing.T) {
	text := "The ship sank in the Indian Ocean."
	i := strings.Index(text, "Indian")
	d := run(t, text, []doc.Mention{{Span: doc.Span{Start: i, End: i + 6}, Type: doc.TypeCountry, KBID: "IND", How: "demonym"}})
	if got := names(d); got != "Indian Ocean/" {
		t.Errorf("places = %q; want Indian Ocean/ (an ocean of no one country)", got)
	}
	text = "Clashes in Tripoli."
	i = strings.Index(text, "Tripoli")
	d = run(t, text, []doc.Mention{{Span: doc.Span{Start: i, End: i + 7}, Type: doc.TypeCountry, KBID: "LBY", Metonymy: true}})
	if got := names(d); got != "" {
		t.Errorf("metonymic mention covering the place: places = %q; want none", got)
	}
}

// TestHomonymByPlaceContext checks that an unambiguous place elsewhere in
// the article picks the homonym in its country, before or after it.
func TestHomonymByPlaceContext(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Clashes erupted in Tripoli. Sidon was calm.", "Tripoli/LBN,Sidon/LBN"},
		{"Sidon was calm. Clashes erupted in Tripoli.", "Sidon/LBN,Tripoli/LBN"},
		{"Clashes erupted in Tripoli and Misrata.", "Tripoli/LBY,Misrata/LBY"},
		{"Clashes erupted in Tripoli.", "Tripoli/LBY"},
	}
	for _, tt := range tests {
		if got := names(run(t, tt.text, nil)); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestSharedRegionsNameNoCountry checks that a sea or region shared by
// several countries gives no country to its place, so events and
// topics do not file "the Red Sea" under Yemen or "the Sahel" under
// Mali, and that a shared region does not sway homonyms as a named
// country would.
func TestSharedRegionsNameNoCountry(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Houthi forces attacked a cargo ship in the Red Sea.", "Red Sea/"},
		{"Jihadist groups have spread across the Sahel.", "Sahel/"},
		{"Troops clashed again in Kashmir.", "Kashmir/"},
		{"Ships crossed the Strait of Hormuz.", "Strait of Hormuz/"},
		{"Shots were fired across the Line of Control.", "Line of Control/"},
		{"The virus spread from Asia to Europe and Africa.", "Asia/,Europe/,Africa/"},
		{"Ruto hosted the Africa Climate Summit in Nairobi.", "Nairobi/KEN"},
		{"Fans packed the Nashville Film Festival.", "Nashville/USA"},
		{"Protesters marched during the Summit of the Americas in Lima.", "Lima/PER"},
		{"Ministers met at the Forum of Asia.", ""},
		{"He left the Summit for Asia.", "Asia/"},
		{"Both sides cited the Oslo Accords and the Paris Agreement.", ""},
		{"Leaders from Southeast Asia and Latin America met.", "Southeast Asia/,Latin America/"},
		{"Protests spread in Jammu and Kashmir.", "Jammu and Kashmir/IND"},
	} {
		if got := names(run(t, tt.text, nil)); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestUSTownsAfterState checks that a town written with a US state after
// it ("ATHENS, Ga.", "Paris, Texas") is the US town: the town of that
// state in the namesakes table, else a US homonym when the main table has
// one, else no place (and not the foreign city), also for later mentions
// of the name in the article.
func TestUSTownsAfterState(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"ATHENS, Ga. (AP) - The team won on Saturday in Athens.", "Athens/USA,Athens/USA"},
		{"WARSAW, Mo. (AP) - The team won on Saturday in Warsaw.", ""},
		{"SAN JOSE, Calif. - Apple opened a store in San Jose.", "San Jose/USA,San Jose/USA"},
		{"PARIS, Texas - The mayor of Paris said the road would reopen.", "Paris/USA,Texas/USA"},
		{"Officials in Athens, Greece, said the ferry sank.", "Athens/GRC"},
		{"The minister flew to Athens, the Greek capital.", "Athens/GRC"},
	} {
		if got := names(run(t, tt.text, nil)); got != tt.want {
			t.Errorf("places(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}
