package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var updateKB = flag.Bool("update-kb", false, "rewrite testdata/kb/*.golden")

func runSitrep(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Main(context.Background(), env, args)
	return out.String(), errb.String(), code
}

func TestKBLookupGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"capital", []string{"kb", "lookup", "Tehran", "--json"}},
		{"stacked-all-roles", []string{"kb", "lookup", "quill orsted", "--kb", "testdata/kb/extra.jsonl", "--json"}},
		{"stacked-on-date", []string{"kb", "lookup", "Quill", "--date", "2014-01-01", "--kb", "testdata/kb/extra.jsonl", "--json"}},
		{"stacked-human", []string{"kb", "lookup", "Xavier Quill", "--kb", "testdata/kb/extra.jsonl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runSitrep(t, tt.args...)
			if code != 0 {
				t.Fatalf("sitrep %v: exit %d, stderr %s", tt.args, code, errs)
			}
			golden := filepath.Join("testdata", "kb", tt.name+".golden")
			if *updateKB {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/sitrep -run TestKB -update-kb)", err)
			}
			if out != string(want) {
				t.Errorf("sitrep %v =\n%s\nwant\n%s", tt.args, out, want)
			}
		})
	}
}

func TestKBCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"type\":\"source\",\"name\":\"s\",\"as_of\":\"2020\"}\n{\"type\":\"role\",\"person\":\"person.nobody\",\"office\":\"IRN.president\",\"source\":\"s\"}\n"), 0o644)
	empty := filepath.Join(dir, "empty.csv")
	os.WriteFile(empty, nil, 0o644)
	prose := filepath.Join(dir, "prose.txt")
	os.WriteFile(prose, []byte("not a dictionary\nat all\n"), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	binary := filepath.Join(dir, "kb.bin")
	os.WriteFile(binary, append([]byte("\x7fELF\x02\x01\x01\x00\x00"), bytes.Repeat([]byte("x\x00\n"), 500)...), 0o644)
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"kb"}, exitUsage, "missing subcommand"},
		{[]string{"kb", "frob"}, exitUsage, `unknown subcommand "frob"`},
		{[]string{"kb", "lookup"}, exitUsage, "missing NAME"},
		{[]string{"kb", "lookup", "Iran", "--date", "2020-13-01"}, exitUsage, "--date"},
		{[]string{"kb", "import", "x"}, exitUsage, "missing --format"},
		{[]string{"kb", "import", "--format", "xml", "x"}, exitUsage, `unknown format "xml"`},
		{[]string{"kb", "check", bad}, exitFailed, "bad.jsonl:2: role"},
		{[]string{"kb", "stats", "--kb", bad}, exitFailed, `unknown person "person.nobody"`},
		{[]string{"kb", "check", binary}, exitFailed, "kb.bin: binary file, not a KB file"},
		{[]string{"kb", "stats", "--kb", binary}, exitFailed, "kb.bin: binary file, not a KB file"},
		{[]string{"kb", "import", "--format", "countries", empty, "--out", out}, exitFailed, "empty.csv: empty file"},
		{[]string{"kb", "import", "--format", "phoenix-agents", empty, "--out", out}, exitFailed, "empty.csv: empty file"},
		{[]string{"kb", "import", "--format", "phoenix", prose, "--out", out}, exitFailed, "prose.txt: nothing imported"},
	}
	for _, tt := range tests {
		_, errs, code := runSitrep(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.inStderr) {
			t.Errorf("sitrep %v = exit %d, stderr %q; want exit %d and %q", tt.args, code, errs, tt.code, tt.inStderr)
		}
		if strings.HasSuffix(tt.inStderr, "binary file, not a KB file") && strings.Count(errs, "\n") != 1 {
			t.Errorf("sitrep %v: stderr %q; want one line", tt.args, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("sitrep %v wrote %s", tt.args, out)
		}
	}
}

func TestKBImportStacks(t *testing.T) {
	dir := t.TempDir()
	agents := filepath.Join(dir, "agents.txt")
	os.WriteFile(agents, []byte("!PERSON! = MAN, MEN\nPOLICE [~COP]\nFISHER!PERSON! [~AGR]\n"), 0o644)
	out := filepath.Join(dir, "agents.jsonl")
	if _, errs, code := runSitrep(t, "kb", "import", "--format", "phoenix-agents", agents, "--out", out, "--as-of", "2014-01-30"); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	stdout, errs, code := runSitrep(t, "kb", "stats", "--kb", out, "--json")
	if code != 0 || !strings.Contains(stdout, `"agents": 2`) {
		t.Errorf("kb stats --kb imported = exit %d, %s %s; want 2 agents", code, stdout, errs)
	}
}

func TestKBCheckAgainst(t *testing.T) {
	dir := shareddata.Path(t, "data/kb")
	out, errs, code := runSitrep(t, "kb", "check", "--against", dir, "--json")
	if code != exitOK && code != exitFailed {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Problems   []any `json:"problems"`
		Comparison struct {
			Facts    int     `json:"facts"`
			Rate     float64 `json:"agreement_rate"`
			Tolerant float64 `json:"tolerant_agreement_rate"`
			Advice   *struct {
				Facts int `json:"facts"`
			} `json:"advisory"`
		} `json:"comparison"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Comparison.Facts < 100 || got.Comparison.Rate <= 0 {
		t.Errorf("comparison = %+v; want ≥ 100 overlapping facts", got.Comparison)
	}
	if got.Comparison.Tolerant < got.Comparison.Rate {
		t.Errorf("tolerant agreement %.3f below strict %.3f", got.Comparison.Tolerant, got.Comparison.Rate)
	}
	t.Logf("strict agreement %.1f%%, tolerant %.1f%% over %d facts", 100*got.Comparison.Rate, 100*got.Comparison.Tolerant, got.Comparison.Facts)

	// text: the disagreements beyond the tolerance; --all adds those within it
	brief, _, _ := runSitrep(t, "kb", "check", "--against", dir)
	all, _, _ := runSitrep(t, "kb", "check", "--against", dir, "--all")
	for _, want := range []string{"strict agreement ", "tolerant agreement "} {
		if !strings.Contains(brief, want) {
			t.Errorf("kb check --against output lacks %q:\n%s", want, brief)
		}
	}
	if strings.Count(all, "\n") <= strings.Count(brief, "\n") || !strings.Contains(all, " days]") {
		t.Errorf("kb check --against --all printed %d lines, without --all %d; want more, with the day gaps", strings.Count(all, "\n"), strings.Count(brief, "\n"))
	}
}

// TestKBCheckGaps: --gaps reports the shipped KB's gaps, all reviewed,
// in text and JSON; a stacked file that opens a gap makes it fail.
func TestKBCheckGaps(t *testing.T) {
	out, errs, code := runSitrep(t, "kb", "check", "--gaps")
	if code != exitOK || !strings.Contains(out, " 0 unreviewed, ") || !strings.Contains(out, "; 0 stale reviews") {
		t.Errorf("kb check --gaps = exit %d\n%s%s; want a clean summary", code, out, errs)
	}
	if strings.Contains(out, "gap: ") {
		t.Errorf("kb check --gaps listed reviewed gaps without --all:\n%s", out)
	}
	all, _, _ := runSitrep(t, "kb", "check", "--gaps", "--all")
	if !strings.Contains(all, "gap: <shipped>/people-mena.jsonl:") || !strings.Contains(all, "LBN.president (heads): no holder from 2014-05-24 to 2016-10-31 (891 days) inside the complete range [vacant: ") {
		t.Errorf("kb check --gaps --all does not list the reviewed Lebanese vacancy:\n%.2000s", all)
	}
	js, _, _ := runSitrep(t, "kb", "check", "--gaps", "--json")
	var got struct {
		Gaps struct {
			Gaps []struct {
				Office string `json:"office"`
				Group  string `json:"group"`
				Days   int    `json:"days"`
				Review *struct {
					Kind string `json:"kind"`
				} `json:"review"`
			} `json:"gaps"`
			Unreviewed int `json:"unreviewed"`
		} `json:"gaps"`
	}
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%.500s", err, js)
	}
	if len(got.Gaps.Gaps) == 0 || got.Gaps.Unreviewed != 0 || got.Gaps.Gaps[0].Review == nil || got.Gaps.Gaps[0].Group == "" {
		t.Errorf("kb check --gaps --json = %+v; want reviewed gaps with their group", got.Gaps)
	}

	// a vacancy a stacked file opens is unreviewed: the command fails
	dir := t.TempDir()
	extra := filepath.Join(dir, "extra.jsonl")
	os.WriteFile(extra, []byte(`{"type":"actor","id":"person.zz-test","kind":"person","name":"Zz Test","source":"sitrep-people"}
{"type":"office","id":"NZL.speaker","country":"NZL","key":"speaker","name":"Speaker","single":true,"complete_from":"2020-01-01","source":"sitrep-people"}
{"type":"role","person":"person.zz-test","office":"NZL.speaker","start":"2020-01-01","end":"2021-01-01","source":"sitrep-people"}
`), 0o644)
	out, _, code = runSitrep(t, "kb", "check", "--gaps", extra)
	if code != exitFailed || !strings.Contains(out, "gap: ") || !strings.Contains(out, "NZL.speaker (complete): no holder from 2021-01-01 to 2025-06-30") {
		t.Errorf("kb check --gaps with an open vacancy = exit %d\n%s; want it listed and exit %d", code, out, exitFailed)
	}
}

// TestUsageErrorNamesSubcommand checks that a subcommand's usage error
// names the subcommand and points at its own -h (which lists its flags),
// not the parent's.
func TestUsageErrorNamesSubcommand(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"kb", "lookup"}, "sitrep kb lookup: missing NAME\nTry: sitrep kb lookup -h\n"},
		{[]string{"eval", "ner", "--format", "nope", "x"}, "sitrep eval ner: unknown --format \"nope\" (want conll or meantime)\nTry: sitrep eval ner -h\n"},
		{[]string{"eval", "topics", "--bogus"}, "sitrep eval topics: flag provided but not defined: -bogus\nTry: sitrep eval topics -h\n"},
		{[]string{"kb", "frob"}, "sitrep kb: unknown subcommand \"frob\" (want stats, lookup, check or import)\nTry: sitrep kb -h\n"},
	} {
		_, errs, code := runSitrep(t, tt.args...)
		if code != exitUsage || errs != tt.want {
			t.Errorf("sitrep %v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

// TestVersion checks both forms of the version and that stray arguments
// are usage errors.
func TestVersion(t *testing.T) {
	out, errs, code := runSitrep(t, "version")
	if code != 0 || !strings.HasPrefix(out, "sitrep "+version+" (go") {
		t.Errorf("version: exit %d, %q %q", code, out, errs)
	}
	out, _, code = runSitrep(t, "version", "--json")
	var v struct{ Version, Go string }
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.Version != version || !strings.HasPrefix(v.Go, "go") {
		t.Errorf("version --json: exit %d, %q", code, out)
	}
	if _, _, code = runSitrep(t, "version", "extra"); code != exitUsage {
		t.Errorf("version extra: exit %d; want %d", code, exitUsage)
	}
}

// TestHelpSubcommand checks that "help kb import" and "help eval ner" show
// the subcommand's own help, like "kb import -h".
func TestHelpSubcommand(t *testing.T) {
	for _, args := range [][]string{{"kb", "import"}, {"eval", "ner"}, {"kb", "lookup"}, {"eval", "timex"}} {
		want, _, _ := runSitrep(t, append(args, "-h")...)
		got, errs, code := runSitrep(t, append([]string{"help"}, args...)...)
		if code != 0 || got != want || !strings.HasPrefix(got, "Usage: sitrep "+strings.Join(args, " ")) {
			t.Errorf("help %v: exit %d, %.80q (stderr %q); want %.80q", args, code, got, errs, want)
		}
	}
}
