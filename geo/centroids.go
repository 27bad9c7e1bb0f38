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
	sc := bufio.NewScanner(r)
	out := map[string]Point{}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields (id, lat, lon, name), got %d", name, line, len(f))
		}
		id := strings.TrimSpace(f[0])
		if len(id) != 3 || strings.ToUpper(id) != id {
			return nil, fmt.Errorf("%s:%d: id %q is not an ISO3 code", name, line, id)
		}
		if _, dup := out[id]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, line, id)
		}
		var p Point
		var err error
		if p.Lat, err = strconv.ParseFloat(strings.TrimSpace(f[1]), 64); err != nil || p.Lat < -90 || p.Lat > 90 {
			return nil, fmt.Errorf("%s:%d: latitude %q", name, line, f[1])
		}
		if p.Lon, err = strconv.ParseFloat(strings.TrimSpace(f[2]), 64); err != nil || p.Lon < -180 || p.Lon > 180 {
			return nil, fmt.Errorf("%s:%d: longitude %q", name, line, f[2])
		}
		out[id] = p
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
