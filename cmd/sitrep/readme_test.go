package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommands returns the sitrep command lines of the README's sh
// blocks, without "go run ./cmd/sitrep" or "sitrep", comments and
// redirections.
func readmeCommands(t *testing.T) [][]string {
	t.Helper()
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds [][]string
	inSh := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```sh"):
			inSh = true
			continue
		case strings.HasPrefix(line, "```"):
			inSh = false
			continue
		}
		if !inSh {
			continue
		}
		line, _, _ = strings.Cut(line, "#")
		line, _, _ = strings.Cut(line, ">")
		line = strings.TrimPrefix(strings.TrimSpace(line), "go run ./cmd/sitrep ")
		rest, ok := strings.CutPrefix(line, "sitrep ")
		if !ok {
			continue
		}
		cmds = append(cmds, strings.Fields(rest))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cmds
}

// TestReadmeExamples runs the README's example commands on the sample
// corpus, in order, against a temporary store: each must succeed, and each
// query or export must find something, so that a newcomer who copies them
// sees what the README promises rather than an empty table.
func TestReadmeExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the sample corpus")
	}
	db := filepath.Join(t.TempDir(), "readme.db")
	ran := map[string]bool{}
	for _, args := range readmeCommands(t) {
		name := args[0]
		if name == "serve" || name == "analyze" {
			continue // a server; analyze is covered by the analyze tests
		}
		for i, a := range args {
			if a == "examples/" {
				args[i] = "../../examples/"
			}
		}
		args = append(args, "--store", db)
		out, errs, code := runSitrep(t, args...)
		if code != 0 {
			t.Errorf("sitrep %s: exit %d: %s", strings.Join(args, " "), code, errs)
			continue
		}
		ran[name] = true
		if name == "ingest" {
			continue
		}
		rows := 0
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l != "" && !strings.HasPrefix(l, "DAY ") && !strings.HasPrefix(l, "DATE ") {
				rows++
			}
		}
		if rows == 0 {
			t.Errorf("sitrep %s found nothing on the sample corpus:\n%s", strings.Join(args, " "), out)
		}
	}
	for _, name := range []string{"ingest", "query", "export"} {
		if !ran[name] {
			t.Errorf("the README shows no %q example that ran", name)
		}
	}
}

// helpFlags returns the flags that "sitrep ARGS... -h" lists.
func helpFlags(t *testing.T, args ...string) map[string]bool {
	t.Helper()
	out, errs, code := runSitrep(t, append(args, "-h")...)
	if code != 0 {
		t.Fatalf("sitrep %v -h: exit %d: %s", args, code, errs)
	}
	flags := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`).FindAllStringSubmatch(out, -1) {
		flags[m[1]] = true
	}
	return flags
}

// TestReadmeFlags checks the README against the commands' help: every
// --flag the README names exists on some command, and the analyze flag
// table lists exactly the flags analyze has.
func TestReadmeFlags(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	all := map[string]bool{}
	var cmds [][]string
	for _, c := range commands() {
		switch c.name {
		case "help", "kb", "eval":
		default:
			cmds = append(cmds, []string{c.name})
		}
	}
	for _, s := range kbCommands() {
		cmds = append(cmds, []string{"kb", s.name})
	}
	for _, k := range evalKinds() {
		cmds = append(cmds, []string{"eval", k.name})
	}
	for _, c := range cmds {
		for f := range helpFlags(t, c...) {
			all[f] = true
		}
	}
	for _, m := range regexp.MustCompile("`[^`]*?--([a-z][a-z0-9-]*)").FindAllStringSubmatch(readme, -1) {
		if !all[m[1]] {
			t.Errorf("README names --%s, which no command has", m[1])
		}
	}

	_, table, ok := strings.Cut(readme, "### `sitrep analyze")
	if !ok {
		t.Fatal("README has no analyze section")
	}
	table, _, _ = strings.Cut(table, "\n## ")
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `--([a-z0-9-]+)").FindAllStringSubmatch(table, -1) {
		documented[m[1]] = true
	}
	for f := range helpFlags(t, "analyze") {
		if !documented[f] {
			t.Errorf("analyze has --%s, which the README's analyze table does not list", f)
		}
		delete(documented, f)
	}
	for f := range documented {
		t.Errorf("the README's analyze table lists --%s, which analyze does not have", f)
	}
}
