package geo

import (
	"bytes"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
)

// A box is a latitude and longitude range; lonMax may pass 180 for
// regions across the date line (a longitude below lonMin is tried +360).
type box struct{ latMin, latMax, lonMin, lonMax float64 }

func (b box) holds(p Point) bool {
	lon := p.Lon
	if lon < b.lonMin {
		lon += 360
	}
	return p.Lat >= b.latMin && p.Lat <= b.latMax && lon >= b.lonMin && lon <= b.lonMax
}

// regionBoxes are loose boxes around each KB region's countries, keyed by
// the region label's first two parts; centreBoxes overrides them for
// countries that reach beyond their region (Russia, and the Soviet Union
// before it, is in eastern Europe).
var (
	regionBoxes = map[string]box{
		"world/africa":      {-35, 38, -26, 64},
		"world/americas":    {-56, 72, -170, -30},
		"world/asia":        {-11, 56, 25, 150},
		"world/middle-east": {12, 42, 25, 64},
		"world/europe":      {34, 72, -25, 45},
		"world/oceania":     {-48, 20, 110, 190},
	}
	centreBoxes = map[string]box{"RUS": {41, 82, 19, 180}, "SUN": {35, 82, 19, 180}}
)

// TestCentroidsCoverKB checks the shipped centroids table against the KB:
// every country has a row, every row is a KB country under the KB's name,
// and every point lies in a loose box around the country's region.
func TestCentroidsCoverKB(t *testing.T) {
	centres, err := ParseCentroids(bytes.NewReader(centroidsTSV), "centroids.tsv")
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	countries := 0
	for _, a := range k.Actors() {
		if a.Kind != kb.KindCountry {
			continue
		}
		countries++
		p, ok := centres[a.ID]
		if !ok {
			t.Errorf("%s (%s): no row in centroids.tsv", a.ID, a.Name)
			continue
		}
		b, ok := centreBoxes[a.ID]
		if !ok {
			parts := strings.SplitN(a.Region, "/", 3)
			if len(parts) < 2 {
				t.Errorf("%s: region %q has no continent", a.ID, a.Region)
				continue
			}
			b, ok = regionBoxes[parts[0]+"/"+parts[1]]
			if !ok {
				t.Errorf("%s: no box for region %q", a.ID, a.Region)
				continue
			}
		}
		if !b.holds(p) {
			t.Errorf("%s (%s) centre %.2f,%.2f lies outside its region %s %v: a swapped sign or lat/lon?", a.ID, a.Name, p.Lat, p.Lon, a.Region, b)
		}
	}
	for id := range centres {
		if a, ok := k.Actor(id); !ok || a.Kind != kb.KindCountry {
			t.Errorf("centroids.tsv: %s is not a KB country", id)
		}
	}
	// The name column is for the reader; it must still name the country.
	for _, line := range strings.Split(string(centroidsTSV), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		if a, ok := k.Actor(f[0]); ok && kb.Fold(a.Name) != kb.Fold(f[3]) {
			t.Errorf("centroids.tsv: %s is named %q; the KB calls it %q", f[0], f[3], a.Name)
		}
	}
	if len(centres) != countries {
		t.Errorf("centroids.tsv has %d rows; the KB has %d countries", len(centres), countries)
	}
}

// TestCentroidSpots checks a few centres against the reference values
// (CIA World Factbook, degrees).
func TestCentroidSpots(t *testing.T) {
	centres, err := ParseCentroids(bytes.NewReader(centroidsTSV), "centroids.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id       string
		lat, lon float64
	}{
		{"USA", 38, -97},
		{"CAN", 60, -95},
		{"RUS", 60, 100},
		{"CHN", 35, 105},
		{"BRA", -10, -55},
		{"AUS", -27, 133},
		{"IND", 20, 77},
		{"ARG", -34, -64},
		{"ZAF", -29, 24},
		{"FRA", 46, 2},
		{"IRN", 32, 53},
		{"NZL", -41, 174},
	}
	for _, tt := range tests {
		p, ok := centres[tt.id]
		if !ok {
			t.Errorf("%s: no centre", tt.id)
			continue
		}
		if d := DistanceKm(p.Lat, p.Lon, tt.lat, tt.lon); d > 161 {
			t.Errorf("centre(%s) = %.2f,%.2f; want within 161 km of %.0f,%.0f (%.0f km off)", tt.id, p.Lat, p.Lon, tt.lat, tt.lon, d)
		}
	}
}

func TestParseCentroidsErrors(t *testing.T) {
	for _, bad := range []string{
		"USA\t38\t-97",
		"usa\t38\t-97\tUnited States",
		"USA\t98\t-97\tUnited States",
		"USA\t38\t-197\tUnited States",
		"USA\tN\t-97\tUnited States",
		"USA\t38\t-97\tUnited States\nUSA\t39\t-98\tUnited States",
	} {
		if _, err := ParseCentroids(strings.NewReader(bad), "x.tsv"); err == nil || !strings.HasPrefix(err.Error(), "x.tsv:") {
			t.Errorf("ParseCentroids(%q) error = %v; want x.tsv:N: …", bad, err)
		}
	}
}

// TestCountryAtCentre checks that New puts a country at its centre and
// its capital at the KB's point, and falls back on the KB's point for a
// country the table does not list.
func TestCountryAtCentre(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "CAN", Kind: kb.KindCountry, Name: "Canada", Capital: "Ottawa", Lat: 45.42, Lon: -75.7})
	k.AddActor(kb.Actor{ID: "XZZ", Kind: kb.KindCountry, Name: "Zedland", Capital: "Zed City", Lat: 10, Lon: 20})
	g, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, kind string
		lat, lon   float64
	}{
		{"Canada", KindCountry, 60, -95},
		{"Ottawa", KindCapital, 45.42, -75.7},
		{"Zedland", KindCountry, 10, 20},
		{"Zed City", KindCapital, 10, 20},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.name)
		if len(es) == 0 {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		e := es[0]
		if e.Kind != tt.kind || math.Abs(e.Lat-tt.lat) > 0.1 || math.Abs(e.Lon-tt.lon) > 0.1 {
			t.Errorf("Lookup(%q) = %s at %.2f,%.2f; want %s at %.2f,%.2f", tt.name, e.Kind, e.Lat, e.Lon, tt.kind, tt.lat, tt.lon)
		}
	}
}

// Thresholds of TestCentroidsAgainstGeonames: geonames' country table
// has no bounding boxes, so a centre is checked against the country's
// capital, scaled by the country's size.
const (
	// centreHardLimitKm fails a centre further than this from its capital,
	// or than the side of a square of the country's area when that is
	// longer (Russia's centre lies 3,600 km from Moscow).
	centreHardLimitKm = 2500
	// centreNearKm is the least distance reported as an outlier: a centre
	// further from its capital than this and than the square's side is
	// logged, for a long or scattered country (Malaysia, the Bahamas) or a
	// slip.
	centreNearKm = 150
)

// TestCentroidsAgainstGeonames cross-checks each centre with the
// country's capital and its area from GeoNames' countryInfo table in the
// shared data. It fails on a centre further than 2,500 km (or the side of
// a square of the country's area) from the capital and logs the centres
// far from their capital for the country's size.
func TestCentroidsAgainstGeonames(t *testing.T) {
	path := shareddata.Path(t, "data/kb/geonames/countryInfo.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	area := map[string]float64{} // ISO3 → km²
	col := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if strings.HasPrefix(line, "#ISO\t") {
			for j, h := range f {
				col[h] = j
			}
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c3, ok1 := col["ISO3"]
		ca, ok2 := col["Area(in sq km)"]
		if !ok1 || !ok2 {
			t.Fatalf("%s: no header with ISO3 and Area(in sq km) columns before line %d", path, i+1)
		}
		if len(f) <= max(c3, ca) {
			t.Fatalf("%s:%d: %d columns", path, i+1, len(f))
		}
		if a, err := strconv.ParseFloat(f[ca], 64); err == nil && a > 0 {
			area[f[c3]] = a
		}
	}
	if len(area) < 200 {
		t.Fatalf("%s: %d countries with an area; want at least 200", path, len(area))
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	centres, err := ParseCentroids(bytes.NewReader(centroidsTSV), "centroids.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g := MustNew(k)
	type outlier struct {
		id       string
		km, side float64
	}
	var far []outlier
	var noArea []string
	checked := 0
	for _, a := range k.Actors() {
		p, ok := centres[a.ID]
		if a.Kind != kb.KindCountry || !ok || a.Capital == "" || (a.Lat == 0 && a.Lon == 0) {
			continue
		}
		capLat, capLon := a.Lat, a.Lon
		for _, e := range g.Lookup(a.Capital) {
			if e.Kind == KindCapital && e.Country == a.ID {
				capLat, capLon = e.Lat, e.Lon
				break
			}
		}
		side := 0.0
		if ar, ok := area[a.ID]; ok {
			side = math.Sqrt(ar)
		} else {
			noArea = append(noArea, a.ID)
		}
		checked++
		d := DistanceKm(p.Lat, p.Lon, capLat, capLon)
		if d > math.Max(centreHardLimitKm, side) {
			t.Errorf("%s (%s): centre %.2f,%.2f is %.0f km from %s; check the coordinates", a.ID, a.Name, p.Lat, p.Lon, d, a.Capital)
		}
		if d > math.Max(centreNearKm, side) {
			far = append(far, outlier{a.ID, d, side})
		}
	}
	sort.Slice(far, func(i, j int) bool { return far[i].km > far[j].km })
	for _, o := range far {
		t.Logf("outlier: %s centre %.0f km from its capital; a square of its area has a %.0f km side", o.id, o.km, o.side)
	}
	t.Logf("%d centres checked; %d outliers; not in countryInfo (no area): %v", checked, len(far), noArea)
	if checked < 190 {
		t.Errorf("only %d centres checked; want at least 190", checked)
	}
}
