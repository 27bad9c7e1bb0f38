package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// agSample is a small hand-made AG News file: one clear item per class,
// twice.
const agSample = `"1","Troops clash with rebels","BAGHDAD (Reuters) - Iraqi troops clashed with insurgents as the prime minister called for a ceasefire."
"2","Yankees beat Red Sox 5-3","The Yankees won again as the pitcher struck out nine and the shortstop hit a home run."
"3","Stocks fall on Wall Street","Shares fell as investors worried about quarterly earnings and interest rates."
"4","New chip from Intel","The chip maker unveiled a processor for laptops and servers, the software company said."
"1","Peace talks resume","Diplomats and the foreign minister held peace talks as militants released a hostage."
"2","Striker scores twice","The striker scored twice as the team won the Premier League match 2-0 in front of fans."
"3","Bank profit rises","The bank said net income and revenue rose; its shares gained and the dividend was raised."
"4","Astronauts reach space station","NASA astronauts docked with the space station after the spacecraft launch."
`

func TestEvalTopics(t *testing.T) {
	in := filepath.Join(t.TempDir(), "ag.csv")
	if err := os.WriteFile(in, []byte(agSample), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		rows  string
		items int
	}{{"all", 8}, {"even", 4}, {"odd", 4}} {
		out, errs, code := runSitrep(t, "eval", "topics", "--json", "--rows", tt.rows, in)
		if code != 0 {
			t.Fatalf("eval topics --rows %s: exit %d, stderr %s", tt.rows, code, errs)
		}
		var s struct {
			Items    int     `json:"items"`
			Accuracy float64 `json:"accuracy"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("eval topics --json: %v\n%s", err, out)
		}
		if s.Items != tt.items || s.Accuracy != 1 {
			t.Errorf("eval topics --rows %s: items %d accuracy %v; want %d, 1", tt.rows, s.Items, s.Accuracy, tt.items)
		}
	}
	out, errs, code := runSitrep(t, "eval", "topics", "--errors", "5", in)
	if code != 0 || !strings.Contains(out, "World vs rest") || errs != "" {
		t.Errorf("eval topics --errors: exit %d, stdout %q, stderr %q; want a table and no errors", code, out, errs)
	}
}

func TestEvalTopicsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "topics"},
		{"eval", "topics", "--format", "csv", "x"},
		{"eval", "topics", "--rows", "half", "x"},
	} {
		if _, _, code := runSitrep(t, args...); code != exitUsage {
			t.Errorf("sitrep %v: exit %d, want %d", args, code, exitUsage)
		}
	}
}
