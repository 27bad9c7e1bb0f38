package geo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Point is a latitude and longitude in decimal degrees.
type Point struct{ Lat, Lon float64 }

//go:embed data/centroids.tsv
var centroidsTSV []byte

// ParseCentroids reads a country-centre table: tab-separated lines of KB
// country id (ISO3 or an X code), latitude, longitude and a name for the
// reader. Blank lines and lines starting with '#' are ignored. An id may
// appear once. Errors name the file and line.
func ParseCentroids(r io.Reader, name string) (map[string]Point, error) {
	out := map[string]Point{}
	err := eachRow(r, name, "id, lat, lon, name", func(f []string) error {
		id := strings.TrimSpace(f[0])
		if len(id) != 3 || strings.ToUpper(id) != id {
			return fmt.Errorf("id %q is not an ISO3 code", id)
		}
		if _, dup := out[id]; dup {
			return fmt.Errorf("%s listed twice", id)
		}
		lat, lon, err := parseLatLon(f[1], f[2])
		if err != nil {
			return err
		}
		out[id] = Point{Lat: lat, Lon: lon}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachRow calls fn with the fields of each tab-separated row of a table
// that has one field for each comma-separated name in fields (blank lines
// and lines starting with '#' are skipped) and stops at the first error,
// which it returns prefixed with the file name and line.
func eachRow(r io.Reader, name, fields string, fn func(f []string) error) error {
	want := strings.Count(fields, ",") + 1
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != want {
			return fmt.Errorf("%s:%d: want %d tab-separated fields (%s), got %d", name, line, want, fields, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// parseLatLon reads a latitude and a longitude in decimal degrees and
// checks their ranges.
func parseLatLon(latText, lonText string) (lat, lon float64, err error) {
	if lat, err = strconv.ParseFloat(strings.TrimSpace(latText), 64); err != nil || lat < -90 || lat > 90 {
		return 0, 0, fmt.Errorf("latitude %q", latText)
	}
	if lon, err = strconv.ParseFloat(strings.TrimSpace(lonText), 64); err != nil || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("longitude %q", lonText)
	}
	return lat, lon, nil
}
