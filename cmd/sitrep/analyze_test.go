package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var updateAnalyze = flag.Bool("update", false, "rewrite cmd/sitrep/testdata/analyze/*.golden")

// runMain runs sitrep with a fake Env and returns what it printed.
func runMain(t *testing.T, ctx context.Context, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Main(ctx, env, args)
	return out.String(), errb.String(), code
}

// v1Keys are the fields every analysis must carry (DESIGN.md, v1).
var v1Keys = []string{"id", "source", "title", "date", "date_source", "text", "repairs", "sentences",
	"entities", "quotes", "times", "places", "events", "topics", "findings", "date_window"}

// trunkKeys are the fields ingest, normalise and segment fill; the golden
// file holds only these, so that later stages do not churn it.
var trunkKeys = []string{"id", "source", "format", "title", "url", "author", "site", "meta", "date", "date_source", "text", "repairs", "paragraphs", "sentences"}

// decodeLines parses JSON Lines output.
func decodeLines(t *testing.T, out string) []map[string]json.RawMessage {
	t.Helper()
	var objs []map[string]json.RawMessage
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		objs = append(objs, m)
	}
	return objs
}

func TestAnalyzeExamplesGolden(t *testing.T) {
	out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", "../../examples")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	objs := decodeLines(t, out)
	if len(objs) < 12 {
		t.Fatalf("%d analyses; want at least 12", len(objs))
	}
	var golden bytes.Buffer
	for _, m := range objs {
		for _, k := range v1Keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: v1 field %q missing", m["source"], k)
			}
		}
		trunk := map[string]json.RawMessage{}
		for _, k := range trunkKeys {
			if v, ok := m[k]; ok {
				trunk[k] = v
			}
		}
		b, err := json.Marshal(trunk)
		if err != nil {
			t.Fatal(err)
		}
		golden.Write(b)
		golden.WriteByte('\n')
	}
	path := filepath.Join("testdata", "analyze", "examples.golden")
	if *updateAnalyze {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, golden.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/sitrep -run TestAnalyzeExamplesGolden -update)", err)
	}
	if golden.String() != string(want) {
		got := strings.Split(golden.String(), "\n")
		exp := strings.Split(string(want), "\n")
		for i := range min(len(got), len(exp)) {
			if got[i] != exp[i] {
				t.Fatalf("analysis %d differs from %s (review, then rerun with -update):\ngot  %s\nwant %s", i+1, path, got[i], exp[i])
			}
		}
		t.Fatalf("%d analyses; golden has %d (review, then rerun with -update)", len(got)-1, len(exp)-1)
	}
}

func TestAnalyzeExamplesDates(t *testing.T) {
	out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	bySource := map[string]struct {
		Date       *string           `json:"date"`
		DateSource string            `json:"date_source"`
		Title      string            `json:"title"`
		Repairs    []json.RawMessage `json:"repairs"`
	}{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var a struct {
			Source     string            `json:"source"`
			Date       *string           `json:"date"`
			DateSource string            `json:"date_source"`
			Title      string            `json:"title"`
			Repairs    []json.RawMessage `json:"repairs"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		bySource[filepath.Base(a.Source)] = struct {
			Date       *string           `json:"date"`
			DateSource string            `json:"date_source"`
			Title      string            `json:"title"`
			Repairs    []json.RawMessage `json:"repairs"`
		}{a.Date, a.DateSource, a.Title, a.Repairs}
	}
	tests := []struct{ source, date, from string }{
		{"2023-03-10-beijing-saudi-iran.txt", "2023-03-10", "dateline"},
		{"2022-11-07-sharm-el-sheikh-cop27.txt", "2022-11-07", "dateline"},
		{"2024-08-01-ankara-prisoner-swap-mojibake.txt", "2024-08-01", "dateline"},
		{"2019-02-28-hanoi-summit.txt", "2019-02-28", "dateline"},
		{"2023-09-09-new-delhi-g20.txt", "2023-09-09", "dateline"},
		{"2022-11-02-pretoria-ethiopia-truce.txt", "2022-11-02", "dateline"},
		{"undated-istanbul-grain-deal.txt", "", "none"},
		{"2023-01-01-brasilia-lula.html", "2023-01-01", "metadata"},
		{"2023-04-04-brussels-finland-nato.html", "2023-04-04", "metadata"},
		{"japan-ishiba-elected", "2024-10-01", "feed"},
		{"uk-starmer", "2024-07-05", "feed"},
		{"australia-albanese", "2022-05-23", "feed"},
		{"canada-carney", "2025-03-14", "metadata"},
	}
	for _, tt := range tests {
		a, ok := bySource[tt.source]
		if !ok {
			t.Errorf("%s: not in the output", tt.source)
			continue
		}
		got := ""
		if a.Date != nil {
			got = *a.Date
		}
		if got != tt.date || a.DateSource != tt.from {
			t.Errorf("%s: date %q from %q; want %q from %q", tt.source, got, a.DateSource, tt.date, tt.from)
		}
	}
	if m := bySource["2024-08-01-ankara-prisoner-swap-mojibake.txt"]; len(m.Repairs) < 2 {
		t.Errorf("mojibake example: %d repairs; want the mojibake repaired and recorded", len(m.Repairs))
	}
}

// TestAnalyzeSeedArticle: the seed article gives valid v1 JSON with its
// mojibake repair recorded and its Topic line as metadata.
func TestAnalyzeSeedArticle(t *testing.T) {
	p := shareddata.Path(t, "examples/seed-article.txt")
	out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Title      string            `json:"title"`
		Meta       map[string]string `json:"meta"`
		Date       *string           `json:"date"`
		DateSource string            `json:"date_source"`
		Text       string            `json:"text"`
		Repairs    []struct {
			Kind   string `json:"kind"`
			Span   [2]int `json:"span"`
			Before string `json:"before"`
			After  string `json:"after"`
		} `json:"repairs"`
		Sentences [][2]int `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if a.Meta["Topic"] != "World - Middle East" || strings.Contains(a.Text, "Topic:") {
		t.Errorf("meta %v; the Topic line must be metadata, not text", a.Meta)
	}
	if a.Title != "" || !strings.HasPrefix(a.Text, "In a move that has reverberated") {
		t.Errorf("title %q, text starts %q", a.Title, a.Text[:min(40, len(a.Text))])
	}
	if a.Date != nil || a.DateSource != "none" {
		t.Errorf("date %v from %q; the seed article has no date", a.Date, a.DateSource)
	}
	found := false
	for _, r := range a.Repairs {
		if r.Kind == "mojibake" && r.Before == "â€™" && r.After == "’" && a.Text[r.Span[0]:r.Span[1]] == "’" {
			found = true
		}
	}
	if !found {
		t.Errorf("repairs %+v; want the mojibake â€™ → ’ recorded with its span", a.Repairs)
	}
	if len(a.Sentences) < 10 {
		t.Errorf("%d sentences", len(a.Sentences))
	}
}

// writeInputs creates the bad inputs for TestAnalyzeBadInputs.
func writeInputs(t *testing.T) (dir string) {
	dir = t.TempDir()
	files := map[string][]byte{
		"good.txt":          []byte("Talks Resume in Geneva\n\nGENEVA, May 3, 2022 - Diplomats met on Tuesday."),
		"empty.txt":         nil,
		"nul.bin":           []byte("text\x00with NUL"),
		"prog":              append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 100)...),
		"big.txt":           bytes.Repeat([]byte("word "), 500),
		"garbage.txt":       bytes.Repeat([]byte{0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3}, 40),
		"broken.html":       []byte("<html><body><div><p><b><i></div></html"),
		"cut.rss":           []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>W</title>\n<item><title>One</title><description>First item.</description></item>\n<item><title>Two</title><descrip"),
		"lines.jsonl":       []byte("{\"text\": \"Line one.\"}\n{\"text\": \"broken\n{\"text\": \"Line three.\"}\n"),
		"nothing/x.bin":     []byte("\x00\x01\x02"),
		"nothing/empty.txt": nil,
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestAnalyzeBadInputs(t *testing.T) {
	dir := writeInputs(t)
	in := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name     string
		args     []string
		code     int
		stderr   string // the one line on stderr must contain it
		analyses int    // JSON objects on stdout
	}{
		{"missing path", []string{in("nope.txt"), in("good.txt")}, 1, "nope.txt: no such file or directory", 1},
		{"empty file", []string{in("empty.txt"), in("good.txt")}, 1, "empty.txt: empty file", 1},
		{"binary file", []string{in("nul.bin"), in("good.txt")}, 1, "nul.bin: binary file (NUL bytes), skipped", 1},
		{"executable", []string{in("prog"), in("good.txt")}, 1, "prog: binary file (ELF executable), skipped", 1},
		{"over the limit", []string{"--max-bytes", "1KB", in("big.txt"), in("good.txt")}, 1, "big.txt: too large: over the 1 KB limit", 1},
		{"no sane decoding", []string{in("garbage.txt"), in("good.txt")}, 1, "garbage.txt: not decodable as text", 1},
		{"malformed html", []string{in("broken.html"), in("good.txt")}, 1, "broken.html: not an article", 1},
		{"truncated feed", []string{in("cut.rss"), in("good.txt")}, 1, "cut.rss:4: feed damaged inside item 2", 2},
		{"bad jsonl line", []string{in("lines.jsonl"), in("good.txt")}, 1, "lines.jsonl:2: bad JSON", 3},
		{"dir without articles", []string{in("nothing"), in("good.txt")}, 1, "nothing: no articles found in directory", 1},
		{"all good", []string{in("good.txt")}, 0, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"analyze", "--json"}, tt.args...)
			out, errs, code := runMain(t, context.Background(), "", args...)
			if code != tt.code {
				t.Errorf("exit %d; want %d (stderr %q)", code, tt.code, errs)
			}
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			if tt.stderr == "" {
				if errs != "" {
					t.Errorf("stderr %q; want nothing", errs)
				}
			} else if len(lines) != 1 || !strings.Contains(lines[0], tt.stderr) {
				t.Errorf("stderr %q; want one line containing %q", errs, tt.stderr)
			}
			if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
				t.Errorf("stderr has a stack trace: %s", errs)
			}
			if n := len(decodeLines(t, out)); n != tt.analyses {
				t.Errorf("%d analyses on stdout; want %d", n, tt.analyses)
			}
		})
	}
}

func TestAnalyzeUsage(t *testing.T) {
	good := filepath.Join(writeInputs(t), "good.txt")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no paths", []string{"analyze"}, "no input"},
		{"unknown flag", []string{"analyze", "--frobnicate", good}, "flag provided but not defined: -frobnicate"},
		{"unknown format", []string{"analyze", "--format", "docx", good}, `unknown format "docx"`},
		{"bad date", []string{"analyze", "--date", "10/03/2023", good}, "--date"},
		{"bad size", []string{"analyze", "--max-bytes", "lots", good}, "bad size"},
		{"bad workers", []string{"analyze", "--workers", "0", good}, "--workers"},
		{"too many workers", []string{"analyze", "--workers", "100000", good}, "--workers 100000: want 1 to 1024"},
		{"bad color", []string{"analyze", "--color", "pink", good}, "--color"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runMain(t, context.Background(), "", tt.args...)
			if code != 2 || out != "" || !strings.Contains(errs, tt.stderr) || !strings.Contains(errs, "Try: sitrep analyze -h") {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and a usage line containing %q", code, out, errs, tt.stderr)
			}
		})
	}
	out, _, code := runMain(t, context.Background(), "", "analyze", "-h")
	if code != 0 || !strings.Contains(out, "Usage: sitrep analyze") || !strings.Contains(out, "-max-bytes") {
		t.Errorf("analyze -h: exit %d, %q", code, out)
	}
}

func TestAnalyzeStdinAndDateFlag(t *testing.T) {
	out, errs, code := runMain(t, context.Background(), "BEIJING, March 10, 2023 - China said.", "analyze", "--json", "--date", "2020-01-02", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Source     string `json:"source"`
		Date       string `json:"date"`
		DateSource string `json:"date_source"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Source != "-" || a.Date != "2020-01-02" || a.DateSource != "flag" {
		t.Errorf("got %+v; want source -, date 2020-01-02 from the flag", a)
	}
}

func TestAnalyzeWorkersKeepOrder(t *testing.T) {
	one, _, _ := runMain(t, context.Background(), "", "analyze", "--json", "--workers", "1", "../../examples")
	four, _, _ := runMain(t, context.Background(), "", "analyze", "--json", "--workers", "4", "../../examples")
	if one == "" || one != four {
		t.Errorf("output with 4 workers differs from 1 worker")
	}
}

func TestAnalyzeOut(t *testing.T) {
	dir := writeInputs(t)
	target := filepath.Join(dir, "out", "result.jsonl")
	os.MkdirAll(filepath.Dir(target), 0o755)

	// A run that fails part-way leaves nothing behind.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, errs, code := runMain(t, ctx, "", "analyze", "--json", "--out", target, filepath.Join(dir, "good.txt"))
	if want := "sitrep analyze: --out " + target + ": interrupted (nothing written)\n"; code != 1 || errs != want {
		t.Errorf("cancelled run: exit %d, stderr %q; want %q", code, errs, want)
	}
	if ents, _ := os.ReadDir(filepath.Dir(target)); len(ents) != 0 {
		t.Errorf("cancelled run left %v behind", ents)
	}

	// A good run writes the file and nothing on stdout.
	out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", "--out", target, filepath.Join(dir, "good.txt"))
	if code != 0 || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, err := os.ReadFile(target)
	if err != nil || len(decodeLines(t, string(data))) != 1 {
		t.Fatalf("--out file: %v, %q", err, data)
	}
	if ents, _ := os.ReadDir(filepath.Dir(target)); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}

	// An unwritable place is one clear error naming the file asked for
	// (not the temporary file), and so is a directory.
	for _, bad := range []string{filepath.Join(dir, "no", "such", "dir", "x"), dir} {
		_, errs, code = runMain(t, context.Background(), "", "analyze", "--out", bad, filepath.Join(dir, "good.txt"))
		if code != 1 || !strings.Contains(errs, "--out "+bad+": ") || strings.Contains(errs, ".tmp-") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("--out %s: exit %d, stderr %q", bad, code, errs)
		}
	}
}

func TestAnalyzeReport(t *testing.T) {
	out, errs, code := runMain(t, context.Background(), "", "analyze", "../../examples/2024-08-01-ankara-prisoner-swap-mojibake.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Russia and the West complete largest prisoner swap since Cold War",
		"Thursday, 1 August 2024  (from dateline)",
		`mojibake "ÄŸ" → "ğ"`,
		"TEXT",
		"[1]",
		"Erdoğan",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("report has colour codes although stdout is not a terminal")
	}
	_, text, _ := strings.Cut(out, "\nTEXT\n")
	for _, line := range strings.Split(text, "\n") {
		if n := len([]rune(line)); n > reportWidth+2 {
			t.Errorf("line of %d characters: %q", n, line)
		}
	}
	colored, _, _ := runMain(t, context.Background(), "", "analyze", "--color", "always", "../../examples/2024-08-01-ankara-prisoner-swap-mojibake.txt")
	if !strings.Contains(colored, "\x1b[1m") {
		t.Errorf("--color always gave no colour")
	}
}

// TestAnalyzeReportQuotes: the report writes an "according to" quote as
// "according to SPEAKER", an interview's answer as "answered", and a
// direct quote in single marks keeps its own marks with no double marks
// added around them.
func TestAnalyzeReportQuotes(t *testing.T) {
	for _, tt := range []struct{ in, date, want string }{
		{"At least 12 people were killed in the floods, according to the interior ministry.", "2023-05-01", "according to the interior ministry (indirect):"},
		{"'This is a breakthrough,' Starmer told reporters in London.", "2025-07-10", "(direct): 'This is a breakthrough,'"},
		{"Troops captured the town, the top American commander in Iraq announced.", "2003-12-14", "the top American commander in Iraq (unresolved) announced (indirect):"},
		// an interview's "A:" turn reads as an answer, not "A:"
		{"Finnish President Sauli Niinisto spoke to us in Helsinki.\n\nQ: Why now?\n\nA: \u201cThe security environment has changed fundamentally.\u201d", "2022-05-15", "Sauli Niinistö answered (direct):"},
	} {
		out, errs, code := runMain(t, context.Background(), tt.in, "analyze", "--date", tt.date, "-")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("report of %q lacks %q:\n%s", tt.in, tt.want, out)
		}
	}
}

func TestParseByteSize(t *testing.T) {
	for in, want := range map[string]int64{"16MB": 16 << 20, "16M": 16 << 20, "500k": 500 << 10, "1GiB": 1 << 30, "1024": 1024} {
		if got, err := parseByteSize(in); err != nil || got != want {
			t.Errorf("parseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "0", "-5", "lots", "5TB"} {
		if _, err := parseByteSize(bad); err == nil {
			t.Errorf("parseByteSize(%q) = nil error", bad)
		}
	}
}

func TestSpeakerLabel(t *testing.T) {
	for _, tt := range []struct{ name, title, want string }{
		{"Denys Shmyhal", "Ukrainian Prime Minister", "Ukrainian Prime Minister Denys Shmyhal"},
		{"Luis Lacalle Pou", "Uruguay's", "Uruguay's Luis Lacalle Pou"},
		{"Volker Perthes", "U.N. special envoy for Sudan", "Volker Perthes, U.N. special envoy for Sudan"},
		{"Dennis Evans", "of the Ohio Department of Job and Family Services", "Dennis Evans of the Ohio Department of Job and Family Services"},
		{"Adorni", "", "Adorni"},
		{"", "", ""},
	} {
		if got := speakerLabel(tt.name, tt.title); got != tt.want {
			t.Errorf("speakerLabel(%q, %q) = %q; want %q", tt.name, tt.title, got, tt.want)
		}
	}
}

// TestAnalyzeReportWindow checks how the report says an estimated date
// window with an open end: in words, never a bare "…" for a date.
func TestAnalyzeReportWindow(t *testing.T) {
	for _, tt := range []struct {
		window doc.DateWindow
		date   string // the article's, "" for none
		want   string
	}{
		{doc.DateWindow{From: "2018-10-23", To: "2021-01-20", Consistent: true}, "", "window    2018-10-23 … 2021-01-20\n"},
		{doc.DateWindow{From: "2024-10-23", Consistent: true}, "", "window    2024-10-23 or later\n"},
		{doc.DateWindow{To: "1989-08-03", Consistent: true}, "", "window    1989-08-03 or earlier\n"},
		{doc.DateWindow{From: "2018-10-23", To: "2021-01-20"}, "", "(role claims disagree: no date fits them all)"},
		// a dated article whose one claim fits another time
		{doc.DateWindow{From: "2022-11-24"}, "2018-05-11", "2022-11-24 or later  (the role claims fit this period, not the article's date)"},
		{doc.DateWindow{From: "2018-01-01", To: "2019-01-01"}, "2018-05-11", "(role claims disagree: no date fits them all)"},
	} {
		d := &doc.Doc{Source: "undated.txt", Text: "An undated article."}
		if tt.date != "" {
			day, err := time.Parse("2006-01-02", tt.date)
			if err != nil {
				t.Fatal(err)
			}
			d.Date = day
		}
		d.DateWindow = &tt.window
		var b strings.Builder
		if err := writeReport(&b, d, false); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("window %+v: report lacks %q:\n%s", tt.window, tt.want, b.String())
		}
	}
}

// TestAnalyzeBadLinesCapped checks that an input with many bad lines (a
// text file read as --format jsonl) prints maxLineErrors of them and one
// line with the rest, while each bad line still counts as a failure.
func TestAnalyzeBadLinesCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"text":"Officials met in Geneva on Monday to discuss the ceasefire, a spokesman said."}` + "\n")
	for i := 0; i < maxLineErrors+10; i++ {
		b.WriteString("not json\n")
	}
	path := filepath.Join(t.TempDir(), "many.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{
		{"analyze", "--json", "--format", "jsonl", path},
		{"ingest", "--store", filepath.Join(t.TempDir(), "s.db"), "--format", "jsonl", path},
	} {
		_, errs, code := runMain(t, context.Background(), "", cmd...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		want := "ingest: " + path + ": 10 more bad lines not shown (30 in all)"
		if code != exitFailed || len(lines) != maxLineErrors+1 || lines[len(lines)-1] != want {
			t.Errorf("%s: exit %d, %d stderr lines ending %q; want exit 1, %d lines ending %q", cmd[0], code, len(lines), lines[len(lines)-1], maxLineErrors+1, want)
		}
	}
}
