package verify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestPrefilters checks the cheap tests that stand before the costly
// ones: each must let through everything the costly test can find.
func TestPrefilters(t *testing.T) {
	for _, p := range anonymityPhrases {
		if !strings.Contains(p, "anonym") && !strings.Contains(p, " to be ") {
			t.Errorf("anonymity phrase %q holds neither \"anonym\" nor \" to be \": unnamedIn would skip it", p)
		}
	}
	for _, p := range relationPatterns {
		for _, st := range p.starts {
			if st != "" && !p.first[st[0]] || st == "" && !p.first['x'] {
				t.Errorf("%s pattern: its first-byte table turns away start %q", p.kind, st)
			}
		}
	}
	for w := range triggerKind {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			n := len(form)
			if !trigStart[n][lowerByte(form[0])] || !trigEnd[n][lowerByte(form[n-1])] {
				t.Errorf("trigger %q is turned away by trigStart/trigEnd", form)
			}
		}
	}
	for _, w := range []string{"sago", "table", "zebra"} {
		n := len(w)
		if trigStart[n][w[0]] && trigEnd[n][w[n-1]] {
			t.Errorf("non-trigger %q passes trigStart and trigEnd", w)
		}
	}
}

// TestPeriodText checks the one-buffer writers of terms and role facts.
func TestPeriodText(t *testing.T) {
	tests := []struct {
		start, end kb.Date
		want       string
	}{
		{kb.Date{Year: 2006, Month: 1, Day: 2}, kb.Date{Year: 2010, Month: 12}, "2006-01-02 → 2010-12"},
		{kb.Date{}, kb.Date{Year: 1999}, "? → 1999"},
		{kb.Date{Year: 2020, Month: 5}, kb.Date{}, "2020-05 → present"},
		{kb.Date{Year: 987}, kb.Date{}, "0987 → present"},
	}
	for _, tt := range tests {
		if got := periodText(tt.start, tt.end); got != tt.want {
			t.Errorf("periodText(%v, %v) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
	c := &checker{k: kb.New()}
	r := kb.Role{Person: "per.x", Title: "Prime Minister", Qualifier: "acting", Start: kb.Date{Year: 2001}, EndReason: "resigned", End: kb.Date{Year: 2002, Month: 3}}
	if got, want := c.roleFact(r), "per.x: acting Prime Minister, 2001 → 2002-03 (resigned)"; got != want {
		t.Errorf("roleFact = %q, want %q", got, want)
	}
	r.Qualifier, r.EndReason, r.Title, r.Office = "", "", "", "head_of_state"
	if got, want := c.roleFact(r), "per.x: head_of_state, 2001 → 2002-03"; got != want {
		t.Errorf("roleFact = %q, want %q", got, want)
	}
}

// TestRelationSentences checks the token scan for "ties" and
// "relations" in any case, with the first-byte test before EqualFold,
// against a search of each sentence's text.
func TestRelationSentences(t *testing.T) {
	sentences := []string{
		"The two countries restored Ties in 2016.",
		"RELATIONS WERE CUT.",
		"Public relations matter.",
		"The tier and the rise and the ration.",
		"Tiesto played; correlations rose.",
		"Nothing here.",
		"ties",
	}
	d := &doc.Doc{}
	for _, s := range sentences {
		if d.Text != "" {
			d.Text += " "
		}
		d.Sentences = append(d.Sentences, doc.Span{Start: len(d.Text), End: len(d.Text) + len(s)})
		d.Text += s
	}
	for _, s := range d.Sentences {
		d.Tokens = segment.AppendTokens(d.Tokens, d.Text, s)
	}
	d.Fill(doc.LayerTokens)
	c := &checker{d: d}
	got := c.relationSentences()
	for si, s := range sentences {
		want := false
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == ';' }) {
			if strings.EqualFold(w, "ties") || strings.EqualFold(w, "relations") {
				want = true
			}
		}
		if got[si] != want {
			t.Errorf("relationSentences marks %q %v, want %v", s, got[si], want)
		}
	}
}

// TestLowerHasPrefix checks lowerHasPrefix against the expression it
// replaces, strings.HasPrefix(strings.ToLower(s), prefix), on cases,
// non-ASCII letters that lower to ASCII, short and invalid text.
func TestLowerHasPrefix(t *testing.T) {
	for _, s := range []string{"with Iran", "With Iran", "WITH IRAN", "W\u0130TH them", "without", "with", "with ",
		"wit", "", "\xffwith ", "with\xff", "wİth us", "Wïth us", "\u212Aith", "ẞwith ", "with\u00a0x"} {
		for _, prefix := range []string{"with ", "wi", ""} {
			if got, want := lowerHasPrefix(s, prefix), strings.HasPrefix(strings.ToLower(s), prefix); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, prefix, got, want)
			}
		}
	}
}

// TestPad checks pad's loop-free widths against fmt's zero padding, and
// the loop beyond them.
func TestPad(t *testing.T) {
	for v := 0; v <= 10100; v++ {
		if got, want := string(pad(nil, v, 4)), fmt.Sprintf("%04d", v); got != want {
			t.Fatalf("pad(%d, 4) = %q, want %q", v, got, want)
		}
		if got, want := string(pad(nil, v, 2)), fmt.Sprintf("%02d", v); got != want {
			t.Fatalf("pad(%d, 2) = %q, want %q", v, got, want)
		}
	}
}

// TestPatternVerbs checks that the verbs patternVerbs finds in a
// sentence are those each pattern's containsAny finds.
func TestPatternVerbs(t *testing.T) {
	for _, s := range []string{
		"", "the two countries restored diplomatic relations in 2016",
		"israel and bahrain have had no formal ties; they never established relations",
		"venezuela broke off ties with the us and cut trade; a treaty was signed",
		"they reopened their embassies and opened talks", "nothing here at all",
		"re-establishing ties, resuming talks, normalising relations, renewed hopes, suspended aid, severed",
	} {
		bits := patternVerbs.in(s)
		for pi := range relationPatterns {
			want := containsAny(s, relationPatterns[pi].verbs)
			if got := bits&patternVerbs.masks[pi] != 0; got != want {
				t.Errorf("%q, pattern %d (%v): verbs found %v, containsAny %v", s, pi, relationPatterns[pi].verbs, got, want)
			}
		}
	}
}
