package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storetest"
)

// queryStore writes a store with known events, quotes and findings.
func queryStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*doc.Doc{
		storetest.NewDoc(storetest.DocSpec{Title: "Talks in Muscat", Text: "Israel and Iran held talks in Muscat. " + storetest.Text(1, 40), Date: "2024-07-01",
			URL: "https://wire.example/a", Entities: [][2]string{{"ISR", "Israel"}, {"IRN", "Iran"}},
			Events: []storetest.EventSpec{{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1}, {Source: "IRN", Target: "ISR", Cameo: "040", Quad: 1, Goldstein: 1}},
			Quotes: [][3]string{{"Danny Ayalon", "", "Our priority is safety"}}, Findings: [][2]string{{doc.FindRoleMismatch, doc.Contradicted}}}),
		storetest.NewDoc(storetest.DocSpec{Title: "Strikes", Text: "Israel struck Syria. " + storetest.Text(2, 40), Date: "2024-07-09",
			Events: []storetest.EventSpec{{Source: "ISR", Target: "SYR", Cameo: "195", Quad: 4, Goldstein: -10}, {Source: "ISR", Target: "IRN", Cameo: "112", Quad: 3, Goldstein: -2}}}),
	}
	if _, err := st.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestQuery(t *testing.T) {
	db := queryStore(t)
	tests := []struct {
		args  []string
		count int    // JSON array length
		want  string // in the table output
	}{
		{[]string{"events", "--actor", "SYR"}, 1, "195"},
		{[]string{"events", "--dyad", "IRN,ISR"}, 3, "112"},
		{[]string{"events", "--code", "19"}, 1, "ISR"},
		{[]string{"events", "--from", "2024-07-05"}, 2, "2024-07-09"},
		{[]string{"events", "--limit", "1", "--offset", "1"}, 1, "DAY"},
		{[]string{"merged", "--source", "ISR"}, 3, "MENTIONS"},
		{[]string{"timeline", "--dyad", "ISR,IRN", "--interval", "week"}, 2, "2024-07-08"},
		{[]string{"network"}, 3, "SYR"},
		{[]string{"places", "--actor", "SYR"}, 1, "Somewhere"},
		{[]string{"quotes", "--speaker", "ayalon"}, 1, "Our priority is safety"},
		{[]string{"findings", "--kind", "role_mismatch"}, 1, "contradicted"},
		{[]string{"articles", "--actor", "IRN"}, 1, "Talks in Muscat"},
		{[]string{"search", "-q", "muscat"}, 1, "«Muscat»"},
	}
	for _, tt := range tests {
		name := strings.Join(tt.args, " ")
		t.Run(name, func(t *testing.T) {
			args := append([]string{"query", "--store", db}, tt.args...)
			out, errOut, code := runSitrep(t, append(args, "--json")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var v []json.RawMessage
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("--json output is not an array: %v\n%s", err, out)
			}
			if len(v) != tt.count {
				t.Errorf("%d results; want %d\n%s", len(v), tt.count, out)
			}
			out, errOut, code = runSitrep(t, args...)
			if code != 0 || !strings.Contains(out, tt.want) {
				t.Errorf("table (exit %d, %s) lacks %q:\n%s", code, errOut, tt.want, out)
			}
		})
	}
	// article and stats print one JSON object.
	out, _, code := runSitrep(t, "query", "--store", db, "stats", "--json")
	var s store.Stats
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil || s.Articles != 2 || s.Events != 4 {
		t.Errorf("stats = %s (exit %d)", out, code)
	}
}

func TestQueryErrors(t *testing.T) {
	db := queryStore(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bogus"}, exitUsage, "unknown query"},
		{[]string{}, exitUsage, "want one of"},
		{[]string{"events", "ISR"}, exitUsage, `unexpected argument "ISR" after "events"`},
		{[]string{"events", "--from", "2024-99-01"}, exitUsage, "--from"},
		{[]string{"events", "--from", "2024-08-01", "--to", "2024-07-01"}, exitUsage, "after"},
		{[]string{"events", "--dyad", "ISR"}, exitUsage, "two actors"},
		{[]string{"events", "--quad", "7"}, exitUsage, "quad class"},
		{[]string{"events", "--offset", "-3"}, exitUsage, "negative offset"},
		{[]string{"events", "--limit", "0"}, exitUsage, "--limit 0: want a positive number, or -1 for all"},
		{[]string{"events", "--limit", "-5"}, exitUsage, "--limit -5: want"},
		{[]string{"timeline"}, exitUsage, "--dyad"},
		{[]string{"search"}, exitUsage, "-q"},
		{[]string{"article", "--id", "nope"}, exitFailed, "not found"},
		{[]string{"story", "--story", "nope"}, exitFailed, "not found"},
		{[]string{"story"}, exitUsage, "--story"},
	}
	for _, tt := range tests {
		_, errOut, code := runSitrep(t, append([]string{"query", "--store", db}, tt.args...)...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != tt.code || !strings.Contains(first, tt.want) {
			t.Errorf("query %v: exit %d, %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

// TestMissingStore checks that query, export and serve (without a token,
// when nothing can be stored) report a store that does not exist instead
// of creating an empty one and finding nothing.
func TestMissingStore(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"query", "stats", "--store", filepath.Join(dir, "typo.db")},
		{"query", "events", "--store", "sqlite://" + filepath.Join(dir, "typo.db")},
		{"export", "--format", "csv", "--store", "file:" + filepath.Join(dir, "typo.db")},
		{"serve", "--addr", "127.0.0.1:0", "--token", "", "--store", filepath.Join(dir, "typo.db")},
	} {
		_, errOut, code := runSitrep(t, args...)
		if code != exitFailed || !strings.Contains(errOut, "typo.db does not exist") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q; want exit 1 and one line naming the missing store", args, code, errOut)
		}
		if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
			t.Fatalf("%v created the missing store", args)
		}
	}
}

func TestExportCommand(t *testing.T) {
	db := queryStore(t)
	dir := t.TempDir()
	tests := []struct {
		format string
		lines  int
		prefix string
	}{
		{"gdelt", 4, ""},
		{"gdelt-mentions", 4, ""},
		{"csv", 5, "article_id,"},
		{"jsonl", 2, "{"},
		{"claimreview", 0, "{"},
	}
	for _, tt := range tests {
		out := filepath.Join(dir, tt.format)
		_, errOut, code := runSitrep(t, "export", "--store", db, "--format", tt.format, "--out", out)
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", tt.format, code, errOut)
		}
		b := readExport(t, out)
		if !strings.HasPrefix(b, tt.prefix) {
			t.Errorf("export %s starts %.40q; want %q", tt.format, b, tt.prefix)
		}
		if tt.lines > 0 && strings.Count(b, "\n") != tt.lines {
			t.Errorf("export %s: %d lines; want %d", tt.format, strings.Count(b, "\n"), tt.lines)
		}
	}
	out, _, code := runSitrep(t, "export", "--store", db, "--format", "gdelt", "--dyad", "ISR,SYR")
	if code != 0 || strings.Count(out, "\n") != 1 || len(strings.Split(strings.TrimSpace(out), "\t")) != 61 {
		t.Errorf("filtered gdelt export = %q (exit %d); want one 61-column row", out, code)
	}
	_, errOut, code := runSitrep(t, "export", "--store", db, "--format", "gdelt", "--from", "nope", "--out", filepath.Join(dir, "bad"))
	if code != exitUsage || !strings.Contains(errOut, "--from") {
		t.Errorf("bad --from: exit %d, %q", code, errOut)
	}
	_, errOut, code = runSitrep(t, "export", "--store", db)
	if code != exitUsage || !strings.Contains(errOut, "--format") {
		t.Errorf("no --format: exit %d, %q", code, errOut)
	}
}

func readExport(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestQueryArticleReport checks the human form of "query article": the
// stored analysis prints as the report "sitrep analyze" prints for the
// same article (only the source path differs), and --json is the v1 JSON.
func TestQueryArticleReport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	in := "../../examples/2019-02-28-hanoi-summit.txt"
	if _, errs, code := runSitrep(t, "ingest", "--store", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	js, _, _ := runSitrep(t, "analyze", "--json", in)
	var a struct{ ID string }
	if err := json.Unmarshal([]byte(js), &a); err != nil || a.ID == "" {
		t.Fatalf("analyze --json: %v %q", err, js)
	}
	report, _, _ := runSitrep(t, "analyze", in)
	got, errs, code := runSitrep(t, "query", "--store", db, "article", "--id", a.ID)
	if code != 0 {
		t.Fatalf("query article: exit %d: %s", code, errs)
	}
	dropSource := func(s string) string {
		var keep []string
		for _, l := range strings.Split(s, "\n") {
			if !strings.HasPrefix(l, "source ") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	if dropSource(got) != dropSource(report) || !strings.Contains(got, "FINDINGS") {
		t.Errorf("query article report differs from analyze's:\n%s\n--- analyze:\n%s", got, report)
	}
	out, _, code := runSitrep(t, "query", "--store", db, "article", "--id", a.ID, "--json")
	var v struct{ ID, Text string }
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.ID != a.ID || v.Text == "" {
		t.Errorf("query article --json: exit %d, %.200q", code, out)
	}
}
