package cameo

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

func TestTable(t *testing.T) {
	roots := map[string]bool{}
	for _, c := range Codes() {
		roots[c.Root()] = true
		if c.Root()[0] != '0' || c.Root() > "01" {
			if c.Plover == "" {
				t.Errorf("%s: no PLOVER type", c.Code)
			}
		}
		if len(c.Code) > 2 {
			if _, ok := table[c.Code[:len(c.Code)-1]]; !ok {
				t.Errorf("%s: parent code missing", c.Code)
			}
		}
	}
	if len(roots) != 20 {
		t.Errorf("roots = %d, want 20", len(roots))
	}
	if n := len(Codes()); n < 290 {
		t.Errorf("codes = %d, want ~300", n)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"190", "190", true}, {"1831", "1831", true}, {"0579", "057", true}, {"1999", "19", true},
		{"99", "", false}, {"", "", false}, {"x", "", false},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.in)
		if ok != tt.ok || c.Code != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.in, c.Code, ok, tt.want, tt.ok)
		}
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		code          string
		gdelt, phoenx int
	}{
		{"010", 1, 0}, {"020", 1, 0}, {"036", 1, 1}, {"057", 1, 1}, {"061", 2, 2}, {"0874", 2, 2},
		{"090", 3, 3}, {"112", 3, 3}, {"138", 3, 3}, {"141", 4, 4}, {"154", 4, 4}, {"163", 4, 3},
		{"173", 4, 4}, {"190", 4, 4}, {"2042", 4, 4}, {"", 0, -1}, {"25", 0, -1},
	}
	for _, tt := range tests {
		if g := QuadClass(tt.code); g != tt.gdelt {
			t.Errorf("QuadClass(%q) = %d; want %d", tt.code, g, tt.gdelt)
		}
		if p := PhoenixQuadClass(tt.code); p != tt.phoenx {
			t.Errorf("PhoenixQuadClass(%q) = %d; want %d", tt.code, p, tt.phoenx)
		}
	}
}

func TestPlover(t *testing.T) {
	if len(PloverTypes) != 16 {
		t.Fatalf("PLOVER types = %d, want 16", len(PloverTypes))
	}
	used := map[string]bool{}
	for _, c := range Codes() {
		used[c.Plover] = true
	}
	for _, p := range PloverTypes {
		if !used[p.Name] {
			t.Errorf("PLOVER %s: no CAMEO code maps to it", p.Name)
		}
		if q := QuadClass(p.Cameo); q != p.Quad {
			t.Errorf("PLOVER %s: Quad %d but default code %s is in quad %d", p.Name, p.Quad, p.Cameo, q)
		}
		if typ, _ := ToPlover(p.Cameo); typ != p.Name {
			t.Errorf("PLOVER %s: default code %s maps back to %s", p.Name, p.Cameo, typ)
		}
	}
	for old, want := range map[string]string{"demand": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "agree": "AGREE"} {
		if got := NormalizePlover(old); got != want {
			t.Errorf("NormalizePlover(%q) = %q; want %q", old, got, want)
		}
	}
	if got := FromPlover("CONSULT", "visit"); got != "042" {
		t.Errorf("FromPlover(CONSULT, visit) = %q; want 042", got)
	}
	if got := FromPlover("ASSAULT", ""); got != "190" {
		t.Errorf("FromPlover(ASSAULT) = %q; want 190", got)
	}
}

func TestParseCodesErrors(t *testing.T) {
	for _, in := range []string{"01 | x | - | - | a", "01 | 0 | - | a", "99 | 0 | - | - | a", "01 | 0 | NOPE | - | a", "01|0|-|-|a\n01|0|-|-|a", "01 | 11 | - | - | a"} {
		if _, err := parseCodes(in); err == nil {
			t.Errorf("parseCodes(%q): want error", in)
		}
	}
}

// words returns the lower-case content words of a name.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if len(w) > 3 {
			m[w] = true
		}
	}
	return m
}

func nameAgrees(a, b string) bool {
	wa, wb := words(a), words(b)
	for w := range wa {
		if wb[w] {
			return true
		}
	}
	return len(wa) == 0 || len(wb) == 0
}

// readRefTable reads a tab-separated reference table: code column, name
// column and Goldstein column indexes.
func readRefTable(t *testing.T, path string, code, name, gold int) map[string][2]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][2]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		max := code
		if name > max {
			max = name
		}
		if gold > max {
			max = gold
		}
		if len(fs) <= max {
			continue
		}
		c := strings.TrimSpace(fs[code])
		if !validCode(c) {
			continue
		}
		var r [2]string
		if name >= 0 {
			r[0] = fs[name]
		}
		if gold >= 0 {
			r[1] = strings.TrimSpace(fs[gold])
		}
		out[c] = r
	}
	return out
}

func compareRef(t *testing.T, label string, ref map[string][2]string, strict bool) {
	var gOK, gN, nOK, nN, missing int
	for c, r := range ref {
		mine, ok := table[c]
		if !ok {
			missing++
			t.Logf("%s: code %s (%s) not in our table", label, c, strings.TrimSpace(r[0]))
			continue
		}
		if r[1] != "" {
			g, err := strconv.ParseFloat(r[1], 64)
			if err == nil {
				gN++
				if g == mine.Goldstein {
					gOK++
				} else if strict {
					t.Errorf("%s: %s Goldstein %v, reference %v", label, c, mine.Goldstein, g)
				} else {
					t.Logf("%s: %s Goldstein %v, reference %v", label, c, mine.Goldstein, g)
				}
			}
		}
		if r[0] != "" {
			nN++
			if nameAgrees(mine.Name, r[0]) {
				nOK++
			} else {
				t.Logf("%s: %s name %q, reference %q", label, c, mine.Name, strings.TrimSpace(r[0]))
			}
		}
	}
	t.Logf("%s: %d reference codes, %d missing here; Goldstein agree %d/%d; names share a word %d/%d", label, len(ref), missing, gOK, gN, nOK, nN)
	if gN > 0 && float64(gOK)/float64(gN) < 0.95 {
		t.Errorf("%s: only %d/%d Goldstein values agree", label, gOK, gN)
	}
	if nN > 0 && float64(nOK)/float64(nN) < 0.9 {
		t.Errorf("%s: only %d/%d names agree", label, nOK, nN)
	}
	if missing > len(ref)/20 {
		t.Errorf("%s: %d reference codes missing", label, missing)
	}
}

func TestAgainstGDELTCodeTable(t *testing.T) {
	p := shareddata.Path(t, "data/eval/gdelt-format-samples/cameoCodeTable.tsv")
	// gdeltPyR's table is an older variant (016–019 and 124–166 shifted
	// by one against the GDELT lookups), so differences are logged.
	compareRef(t, "cameoCodeTable.tsv", readRefTable(t, p, 0, 1, 2), false)
}

func TestAgainstGDELTLookups(t *testing.T) {
	g := readRefTable(t, shareddata.Path(t, "data/peers/UNDP-BCPR-Project/CAMEO.goldsteinscale.txt"), 0, -1, 1)
	n := readRefTable(t, shareddata.Path(t, "data/peers/UNDP-BCPR-Project/CAMEO.eventcodes.txt"), 0, 1, -1)
	for c, r := range n {
		r[1] = g[c][1]
		n[c] = r
	}
	compareRef(t, "UNDP CAMEO lookups", n, true)
}

// TestAgainstCAMEO2PLOVER reports how often our CAMEO→PLOVER mapping
// agrees with the PLOVER project's 2021 conversion table.
func TestAgainstCAMEO2PLOVER(t *testing.T) {
	f, err := os.Open(shareddata.Path(t, "data/eval/plover-gsr/CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n, typeOK, modeOK int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || len(code) < 3 || !validCode(code) {
			continue
		}
		fs := strings.Split(rest, ",")
		typ := strings.TrimSpace(fs[0])
		mode := ""
		if len(fs) > 1 {
			mode = strings.TrimSpace(fs[1])
		}
		n++
		gt, gm := ToPlover(code)
		if gt == typ {
			typeOK++
			if mode == "" || gm == mode {
				modeOK++
			}
		} else {
			t.Logf("CAMEO2PLOVER: %s → %s, ours %s", code, typ, gt)
		}
	}
	t.Logf("CAMEO2PLOVER-2021: %d codes; type agrees %d (%.1f%%); type+mode agrees %d (%.1f%%)", n, typeOK, 100*float64(typeOK)/float64(n), modeOK, 100*float64(modeOK)/float64(n))
	if float64(typeOK) < 0.9*float64(n) {
		t.Errorf("type agreement %d/%d below 90%%", typeOK, n)
	}
}

// TestRootOfNonCodes checks Root and QuadClass on strings that are no
// code or only start like one.
func TestRootOfNonCodes(t *testing.T) {
	for _, tt := range []struct {
		code, root string
		quad       int
	}{
		{"", "", 0}, {"0", "", 0}, {"00", "", 0}, {"000", "", 0}, {"21", "", 0}, {"2", "", 0},
		{"x1", "", 0}, {"1x", "", 0}, {"-1", "", 0}, {"99", "", 0},
		{"010", "01", 1}, {"20", "20", 4}, {"200", "20", 4}, {"2042", "20", 4}, {"0579", "05", 1},
		{"13a", "13", 3}, {"064", "06", 2}, {"0874", "08", 2}, {"09", "09", 3},
	} {
		if got := Root(tt.code); got != tt.root {
			t.Errorf("Root(%q) = %q; want %q", tt.code, got, tt.root)
		}
		if got := QuadClass(tt.code); got != tt.quad {
			t.Errorf("QuadClass(%q) = %d; want %d", tt.code, got, tt.quad)
		}
	}
}
