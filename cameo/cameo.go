// Package cameo holds the two event ontologies sitrep codes into: the
// CAMEO event codebook (codes, names, Goldstein weights, quad classes) and
// PLOVER (16 event types with their modes and contexts), plus the mapping
// from CAMEO codes to PLOVER types and modes.
//
// The tables are written by the sitrep project from the public codebooks
// (CAMEO 1.1b3, the GDELT Goldstein assignments, the PLOVER manual draft
// 0.8); see codes.txt for the CAMEO table and plover.go for PLOVER.
//
// # Quad classes
//
// QuadClass uses GDELT's mapping of CAMEO roots: 1 verbal cooperation
// (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
// 4 material conflict (14–20). The Phoenix data set uses a five-way map
// instead (0 neutral 01–02, 1 verbal cooperation 03–05, 2 material
// cooperation 06–08, 3 verbal conflict 09–13 and 16, 4 material conflict
// 14–15 and 17–20); PhoenixQuadClass returns that one.
package cameo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A Code is one CAMEO event code.
type Code struct {
	Code      string  // "19", "190", "1831"
	Name      string  // "Use conventional military force, not specified below"
	Goldstein float64 // -10 .. +10
	Plover    string  // PLOVER event type, "" for CAMEO 01 statements
	Mode      string  // PLOVER mode, "" when none
}

// Root returns the two-digit root of the code ("1831" → "18").
func (c Code) Root() string { return Root(c.Code) }

// QuadClass returns the code's GDELT quad class (see the package doc).
func (c Code) QuadClass() int { return QuadClass(c.Code) }

//go:embed codes.txt
var codesFile string

var (
	table map[string]*Code
	list  []*Code
)

func init() {
	var err error
	list, err = parseCodes(codesFile)
	if err != nil {
		panic("cameo: embedded codes.txt: " + err.Error()) // programmer error: the embedded table is broken
	}
	table = make(map[string]*Code, len(list))
	for _, c := range list {
		table[c.Code] = c
	}
}

// parseCodes reads the codes.txt format: "code | goldstein | plover | mode | name".
func parseCodes(s string) ([]*Code, error) {
	var out []*Code
	seen := map[string]bool{}
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 fields separated by |, got %d", i+1, len(f))
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if !validCode(f[0]) {
			return nil, fmt.Errorf("line %d: bad code %q", i+1, f[0])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("line %d: duplicate code %q", i+1, f[0])
		}
		seen[f[0]] = true
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("line %d: bad Goldstein value %q", i+1, f[1])
		}
		c := &Code{Code: f[0], Goldstein: g, Name: f[4]}
		if f[2] != "-" {
			if _, ok := ploverIndex[f[2]]; !ok {
				return nil, fmt.Errorf("line %d: unknown PLOVER type %q", i+1, f[2])
			}
			c.Plover = f[2]
		}
		if f[3] != "-" {
			c.Mode = f[3]
		}
		out = append(out, c)
	}
	return out, nil
}

func validCode(s string) bool {
	if len(s) > 4 {
		return false
	}
	for i := 2; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	_, ok := rootNumber(s)
	return ok
}

// rootNumber reads the root (1 to 20) from the first two bytes of code,
// without strconv: the event coder asks for roots and quad classes of
// every pattern it matches.
func rootNumber(code string) (int, bool) {
	if len(code) < 2 {
		return 0, false
	}
	a, b := code[0]-'0', code[1]-'0'
	if a > 9 || b > 9 {
		return 0, false
	}
	n := int(a)*10 + int(b)
	return n, n >= 1 && n <= 20
}

// Lookup returns the code's record. It accepts 2-, 3- and 4-digit codes;
// an unknown 4-digit code falls back to its 3-digit base and an unknown
// 3-digit code to its root, so "0579" finds "057". ok is false when not
// even the root is known.
func Lookup(code string) (Code, bool) {
	code = strings.TrimSpace(code)
	for len(code) >= 2 {
		if c, ok := table[code]; ok {
			return *c, true
		}
		code = code[:len(code)-1]
	}
	return Code{}, false
}

// Codes returns every code in the table, sorted as strings ("01", "010",
// "011", …, "2042").
func Codes() []Code {
	out := make([]Code, len(list))
	for i, c := range list {
		out[i] = *c
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Root returns the two-digit root of a CAMEO code, or "" when code is not
// a CAMEO code.
func Root(code string) string {
	if _, ok := rootNumber(code); !ok {
		return ""
	}
	return code[:2]
}

// QuadClass returns GDELT's quad class of a code: 1 verbal cooperation
// (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4
// material conflict (14–20), 0 when code is not a CAMEO code.
func QuadClass(code string) int {
	n, ok := rootNumber(code)
	if !ok {
		return 0
	}
	switch {
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	}
	return 4
}

// PhoenixQuadClass returns the Phoenix data set's class of a code: 0
// neutral (01–02), 1 verbal cooperation (03–05), 2 material cooperation
// (06–08), 3 verbal conflict (09–13, 16), 4 material conflict (14–15,
// 17–20); -1 when code is not a CAMEO code.
func PhoenixQuadClass(code string) int {
	n, ok := rootNumber(code)
	if !ok {
		return -1
	}
	switch {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13 || n == 16:
		return 3
	}
	return 4
}

// Goldstein returns the Goldstein weight of code (via Lookup's fallback),
// 0 when unknown.
func Goldstein(code string) float64 {
	c, _ := Lookup(code)
	return c.Goldstein
}
