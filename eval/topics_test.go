package eval

import (
	"fmt"
	"strings"
	"testing"
)

func TestReadAGNews(t *testing.T) {
	tests := []struct {
		name, in string
		want     []AGItem // Class, Title, Desc, Line
		err      string   // substring of the error, "" for none
	}{
		{"two items", "\"3\",\"Stocks rise\",\"Shares rose on Monday.\"\n\"2\",\"Team wins\",\"The team won 3-1.\"\n",
			[]AGItem{{"Business", "Stocks rise", "Shares rose on Monday.", 1}, {"Sports", "Team wins", "The team won 3-1.", 2}}, ""},
		{"doubled quotes and escaped newline", "\"1\",\"A \"\"quoted\"\" title\",\"Line one\\nline two\"\n",
			[]AGItem{{"World", `A "quoted" title`, `Line one\nline two`, 1}}, ""},
		{"empty input", "", nil, ""},
		{"class out of range", "\"5\",\"t\",\"d\"\n", nil, "in.csv:1: class \"5\": want 1–4"},
		{"class not a number", "\"x\",\"t\",\"d\"\n", nil, "class \"x\""},
		{"two fields", "\"1\",\"t\"\n", nil, "in.csv: record on line 1: wrong number of fields"},
		{"broken quote", "\"1\",\"t,\"d\n", nil, "in.csv:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadAGNews(strings.NewReader(tt.in), "in.csv")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v; want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items; want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("item %d = %+v; want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestAGItemText(t *testing.T) {
	tests := []struct{ title, desc, want string }{
		{" Oil hits \\$50 ", "Crude rose.\\nTraders said \\$50 was a barrier.", "Oil hits $50\n\nCrude rose. Traders said $50 was a barrier."},
		{"Britain #39;s  quot;plan quot;", "AT amp;T said.", "Britain's \"plan\"\n\nAT &T said."},
		{"Talks stall &lt;b&gt;...&lt;/b&gt;", "&lt;p&gt;By Jo Bloggs&lt;/p&gt; Text a &lt; b.", "Talks stall ...\n\nBy Jo Bloggs Text a < b."},
		{"Reuters", "Reuters - A top\\judge said.", "Reuters\n\nReuters - A top judge said."},
		{"Virus-Free Macs", "#147;Buy a Mac, #148; writes Walt. Don #146;t wait.", "Virus-Free Macs\n\n\"Buy a Mac,\" writes Walt. Don't wait."},
		{"Singh", "India News gt; The Hague: Netscape #038; Google.", "Singh\n\nIndia News > The Hague: Netscape & Google."},
	}
	for _, tt := range tests {
		if got := (AGItem{Title: tt.title, Desc: tt.desc}).Text(); got != tt.want {
			t.Errorf("Text(%q, %q) = %q; want %q", tt.title, tt.desc, got, tt.want)
		}
	}
}

func TestScoreTopics(t *testing.T) {
	gold := []string{"World", "World", "Sports", "Business", "Sci/Tech", "World"}
	pred := []string{"World", "Business", "Sports", "World", "Sci/Tech", "World"}
	s := ScoreTopics(gold, pred)
	if s.Items != 6 || s.Accuracy != 4.0/6 {
		t.Errorf("items %d accuracy %v; want 6, %v", s.Items, s.Accuracy, 4.0/6)
	}
	w := s.World
	if w.Gold != 3 || w.Predicted != 3 || w.Correct != 2 {
		t.Errorf("World = %+v; want gold 3, predicted 3, correct 2", w)
	}
	if w.Precision != 2.0/3 || w.Recall != 2.0/3 || w.F1 < 0.666 || w.F1 > 0.667 {
		t.Errorf("World P/R/F1 = %v/%v/%v; want 2/3 each", w.Precision, w.Recall, w.F1)
	}
	if b := s.Classes[2]; b.Class != "Business" || b.Correct != 0 || b.F1 != 0 {
		t.Errorf("Business = %+v; want no correct and F1 0", b)
	}
	if e := ScoreTopics(nil, nil); e.Accuracy != 0 || e.World.F1 != 0 {
		t.Errorf("empty = %+v; want zeros", e)
	}
}

func FuzzReadAGNews(f *testing.F) {
	f.Add("\"3\",\"Stocks rise\",\"Shares rose.\"\n")
	f.Add("\"1\",\"a \"\"b\"\"\",\"c\\nd\"\n\"4\",\"x\",\"y\"")
	f.Add("\"9\",\"t\",\"d\"\n")
	f.Add("\"1\",\"t\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		items, err := ReadAGNews(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		for _, it := range items {
			if it.Class == "" || it.Line < 1 {
				t.Errorf("bad item %+v", it)
			}
			_ = it.Text()
		}
	})
}

func TestAGRows(t *testing.T) {
	items := []AGItem{{Line: 1}, {Line: 2}, {Line: 3}, {Line: 4}, {Line: 5}}
	tests := []struct {
		rows  string
		lines []int
		err   bool
	}{
		{"all", []int{1, 2, 3, 4, 5}, false},
		{"", []int{1, 2, 3, 4, 5}, false},
		{"even", []int{1, 3, 5}, false},
		{"odd", []int{2, 4}, false},
		{"half", nil, true},
	}
	for _, tt := range tests {
		got, err := AGRows(items, tt.rows)
		if tt.err {
			if err == nil || !strings.Contains(err.Error(), tt.rows) {
				t.Errorf("AGRows(%q) err = %v; want one naming it", tt.rows, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("AGRows(%q): %v", tt.rows, err)
		}
		var lines []int
		for _, it := range got {
			lines = append(lines, it.Line)
		}
		if fmt.Sprint(lines) != fmt.Sprint(tt.lines) {
			t.Errorf("AGRows(%q) lines %v; want %v", tt.rows, lines, tt.lines)
		}
	}
}
