package geo

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// The stage folds plain ASCII tokens by lower-casing them; that must be
// what kb.Fold does for them.
func TestPlainASCIIFold(t *testing.T) {
	for _, w := range []string{"Baghdad", "GAZA", "x1", "B52", "al_Qaeda", "A&M", "Tel/Aviv", "Haifas", "mosul"} {
		if !plainASCII(w) {
			t.Errorf("plainASCII(%q) = false", w)
			continue
		}
		if got, want := segment.LowerASCII(w), kb.Fold(w); got != want {
			t.Errorf("fast fold of %q = %q, kb.Fold = %q", w, got, want)
		}
	}
	// Process folds a token segment marks Alnum by its slice of the
	// text's LowerASCII
	text := "BAGHDAD (Reuters) - Iraq's B52 strike near Mosul, Tel-Aviv and São Paulo; U.S. x1 G20 iPhone"
	low := segment.LowerASCII(text)
	for _, tk := range segment.Tokens(text) {
		if w := text[tk.Span.Start:tk.Span.End]; tk.Alnum && low[tk.Span.Start:tk.Span.End] != kb.Fold(w) {
			t.Errorf("Alnum token %q: lower case %q, kb.Fold %q", w, low[tk.Span.Start:tk.Span.End], kb.Fold(w))
		}
	}
	for _, w := range []string{"Haifa's", "Tel-Aviv", "U.S.", "São", "a b", "it`s", "x\ty"} {
		if plainASCII(w) {
			t.Errorf("plainASCII(%q) = true, want false (kb.Fold changes more than case)", w)
		}
	}
}

// appendFold appends exactly kb.Fold of every word, plain or not, after
// whatever the key already holds.
func TestAppendFold(t *testing.T) {
	for _, w := range []string{"Baghdad", "GAZA", "x1", "Haifa's", "Tel-Aviv", "U.S.", "São", "Ürümqi", "it`s", "", "A&M",
		"Washington.", "Ramallah’s", "BAGHDAD-X", "nul\x00", "\xff", strings.Repeat("Ab", 50),
		"-U.S.-", "a--b", "'tis", "x\ty", "..", "rock'n'roll", "A.", ".A", "N.Y.-based", "O'Neill", "a\vb", "Tel-Aviv’s", "x-Ü",
		"‘Gaza", "O’Neill’s", "’", "‘’", "Kyiv’", "Zürich’s", "’s-Gravenhage", "a’-b", "x\xe2\x80", "x\xe2\x80\x9a", "X’\xff",
		"Erdoğan", "Niinistö", "António", "Straße", "Łódź", "Ørsted", "ıstanbul", "e\u0301", "a-\u0301b", "-\u0301a", "x\u00a0y",
		"São-Tomé", "Ḩalab", "\xc3", "\xc3(", "\xdf\xbf", "\xc2\x85x", "Dž", "Ελλάδα", "Київ", "x\u02bcy", "a\u0344"} {
		// the key has no room to spare: appendFold grows it
		got := string(appendFold([]byte("gaza ")[:5:5], w))
		if want := "gaza " + kb.Fold(w); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", w, got, want)
		}
	}
}

// names merges byName and prefix: one lookup answers both.
func TestNamesIndex(t *testing.T) {
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	for f, ids := range g.byName {
		if n := g.names[f]; len(n.ids) != len(ids) || n.prefix != g.prefix[f] {
			t.Errorf("names[%q] = %+v; byName %v, prefix %v", f, n, ids, g.prefix[f])
		}
	}
	for f := range g.prefix {
		if !g.names[f].prefix {
			t.Errorf("names[%q] is not a prefix", f)
		}
	}
	if len(g.names) == 0 {
		t.Error("empty names index")
	}
}

func TestCountrySet(t *testing.T) {
	var c countrySet
	for _, code := range []string{"LBN", "SYR", "LBN", "", "USA", "SYR"} {
		c.add(code)
	}
	if len(c) != 3 {
		t.Errorf("set %q holds duplicates or the empty code of a shared region", c)
	}
	for code, want := range map[string]bool{"LBN": true, "SYR": true, "USA": true, "": false, "IRN": false, "LB": false, "LBA": false, "SBN": false} {
		if c.has(code) != want {
			t.Errorf("has(%q) = %v, want %v", code, !want, want)
		}
	}
}

// The keys filter holds every key of names (no false negatives) and
// turns most other words away.
func TestKeysFilter(t *testing.T) {
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	for f := range g.names {
		if !g.keys.has([]byte(f)) {
			t.Errorf("keys filter misses %q", f)
		}
	}
	miss := 0
	words := []string{"president", "said", "monday", "ministry", "reuters", "united nations", "john", "smith", "talks", "army", "january", "minister", "government", "council", "security"}
	for _, w := range words {
		if _, ok := g.names[w]; !ok && g.keys.has([]byte(w)) {
			miss++
		}
	}
	if miss > 3 {
		t.Errorf("keys filter passes %d of %d words that name no place", miss, len(words))
	}
	var b bloom
	b.add([]byte("gaza"))
	if !b.has([]byte("gaza")) || b.has([]byte("")) && b.has([]byte("gazb")) && b.has([]byte("haifa")) {
		t.Error("bloom: added key missing or everything present")
	}
}

// Has and Lookup agree with the folded-name index for names of every
// shape (one ASCII word, several words, accents, possessives).
func TestHasLookup(t *testing.T) {
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Damascus", "DAMASCUS", "damascus", "Gaza City", "gaza city", "Tel Aviv", "Tel-Aviv", "São Paulo", "Sao Paulo", "Nowhere", "", "Haifa's", "Washington", "a-very-long-name-beyond-the-buffer-size"} {
		want := g.byName[kb.Fold(name)]
		if got := g.Has(name); got != (len(want) > 0) {
			t.Errorf("Has(%q) = %v, want %v", name, got, len(want) > 0)
		}
		if got := g.Lookup(name); len(got) != len(want) {
			t.Errorf("Lookup(%q) = %d entries, want %d", name, len(got), len(want))
		}
	}
	if !g.Has("Damascus") || g.Has("Nowhere") {
		t.Error("Has: Damascus should be a place and Nowhere not")
	}
}

// usStateAfter finds a state after a comma whatever its first letter,
// as a whole word or an abbreviation.
func TestUSStateAfter(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Athens, Ga. (AP)", true},
		{"Paris, Texas", true},
		{"Paris, Texas-based", true},
		{"Paris, Texasville", false},
		{"Springfield, Ill.", true},
		{"Portland, Maine, said", true},
		{"Charleston, West Virginia", true},
		{"Kansas City, Mo., police", true},
		{"Albany, N.Y.", true},
		{"Paris, France", false},
		{"Paris, ", false},
		{"Paris,", false},
		{"Paris, and", false},
		{"Athens, Georgia", false},
	}
	for _, tt := range tests {
		end := strings.IndexByte(tt.text, ',')
		if got := usStateAfter(tt.text, end); got != tt.want {
			t.Errorf("usStateAfter(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzAppendFold checks appendFold against kb.Fold on any word.
func FuzzAppendFold(f *testing.F) {
	for _, w := range []string{"Baghdad", "U.S.", "Haifa's", "São", "a--b", "x\ty", "Erdoğan’s", "e\u0301-\u0323b", "Ørsted", "\xc3("} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := string(appendFold([]byte("k "), w)), "k "+kb.Fold(w); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestAppendFoldTwoByte checks appendFold against kb.Fold for every
// two-byte rune, alone and beside letters, hyphens and marks: the runes
// latinFolds folds without kb.Fold.
func TestAppendFoldTwoByte(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		for _, w := range []string{string(r), "X" + string(r) + "y", "a-" + string(r), string(r) + "-B", "e\u0301" + string(r) + "\u0323"} {
			if got, want := string(appendFold([]byte("k "), w)), "k "+kb.Fold(w); got != want {
				t.Errorf("appendFold(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// TestMentionIndex checks that mentionIndex.around keeps, in order,
// every mention that overlaps a span, for sorted and unsorted mentions.
func TestMentionIndex(t *testing.T) {
	for _, spans := range [][]doc.Span{
		{{Start: 0, End: 5}, {Start: 2, End: 30}, {Start: 10, End: 12}, {Start: 12, End: 14}, {Start: 40, End: 41}},
		{{Start: 0, End: 3}, {Start: 4, End: 6}, {Start: 6, End: 9}, {Start: 20, End: 22}, {Start: 30, End: 31}, {Start: 31, End: 34}},
		{{Start: 10, End: 12}, {Start: 0, End: 5}, {Start: 2, End: 30}},
		{},
	} {
		ms := make([]doc.Mention, len(spans))
		x := &mentionIndex{sorted: true}
		for k, sp := range spans {
			ms[k].Span = sp
			x.note(ms, k)
		}
		// every span, then spans walking forward as Process asks
		var spansAsked []doc.Span
		for start := 0; start < 45; start++ {
			for end := start + 1; end < 46; end++ {
				spansAsked = append(spansAsked, doc.Span{Start: start, End: end})
			}
		}
		for start := 0; start < 44; start += 3 {
			spansAsked = append(spansAsked, doc.Span{Start: start, End: start + 1 + start%4})
		}
		for _, span := range spansAsked {
			var want []doc.Span
			for _, m := range ms {
				if m.Span.Overlaps(span) {
					want = append(want, m.Span)
				}
			}
			var got []doc.Span
			part := x.around(ms, span)
			if x.sorted {
				// the part of the two searches, cursor or not
				lo := firstStartAtLeast(ms, 0, span.Start-x.maxLen+1)
				hi := firstStartAtLeast(ms, lo, span.End)
				if len(part) != hi-lo || len(part) > 0 && &part[0] != &ms[lo] {
					t.Fatalf("around(%v) of %v = %v, want ms[%d:%d]", span, spans, part, lo, hi)
				}
			}
			for _, m := range part {
				if m.Span.Overlaps(span) {
					got = append(got, m.Span)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("around(%v) of %v keeps %v overlapping, want %v", span, spans, got, want)
			}
		}
	}
}

// TestHasPlain checks that hasPlain answers has(fold(w)) for plain ASCII
// words, those of the keys and others, and turns away the words whose
// fold is not their lower case.
func TestHasPlain(t *testing.T) {
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Damascus", "DAMASCUS", "Gaza", "Tel", "Haifa", "President", "Monday", "x", "", "Reuters2024", "New", "Sao"} {
		has, plain := g.keys.hasPlain(w)
		if !plain {
			t.Errorf("hasPlain(%q): not plain", w)
			continue
		}
		if want := g.keys.has([]byte(kb.Fold(w))); has != want {
			t.Errorf("hasPlain(%q) = %v, has(fold) = %v", w, has, want)
		}
	}
	for _, w := range []string{"Haifa's", "Tel-Aviv", "U.S.", "São", "Gaza’s", "a b"} {
		if _, plain := g.keys.hasPlain(w); plain {
			t.Errorf("hasPlain(%q): plain, want not", w)
		}
	}
}

// TestMayOpen checks that the first words' filter passes the first word
// of every name, in any case, and turns most other words away.
func TestMayOpen(t *testing.T) {
	g, err := New(testKB())
	if err != nil {
		t.Fatal(err)
	}
	alnum := func(w string) bool {
		for i := 0; i < len(w); i++ {
			if c := w[i] | 0x20; !('a' <= c && c <= 'z') && !('0' <= w[i] && w[i] <= '9') {
				return false
			}
		}
		return w != ""
	}
	n := 0
	for f := range g.names {
		first, _, _ := strings.Cut(f, " ")
		if !alnum(first) {
			continue
		}
		n++
		for _, w := range []string{first, strings.ToUpper(first), strings.ToUpper(first[:1]) + first[1:]} {
			if !g.mayOpen(w) {
				t.Errorf("mayOpen(%q) = false, but %q is a key", w, f)
			}
		}
	}
	if n == 0 {
		t.Fatal("no key opens with a word of letters and digits")
	}
	pass := 0
	words := []string{"President", "Said", "Monday", "Ministry", "Reuters", "John", "Smith", "Talks", "Army", "January", "Minister", "Government", "Council", "Security", "The", "But"}
	for _, w := range words {
		if _, ok := g.names[strings.ToLower(w)]; !ok && g.mayOpen(w) {
			pass++
		}
	}
	if pass > 4 {
		t.Errorf("mayOpen passes %d of %d words that open no name", pass, len(words))
	}
	if g.mayOpen("") {
		t.Error(`mayOpen("") = true`)
	}
}

// The name table finds every key of names with its node, and no other
// word.
func TestNameTable(t *testing.T) {
	g := MustNew(nil)
	for f, n := range g.names {
		k := []byte(f)
		if got := g.table.get(bloomHash(k), k); !slices.Equal(got.ids, n.ids) || got.prefix != n.prefix {
			t.Errorf("table.get(%q) = %+v, want %+v", f, got, n)
		}
	}
	for _, w := range []string{"", "paris x", "zzzz", "new yorkk"} {
		k := []byte(w)
		if _, ok := g.names[w]; !ok {
			if got := g.table.get(bloomHash(k), k); got.ids != nil || got.prefix {
				t.Errorf("table.get(%q) = %+v, want none", w, got)
			}
		}
	}
}

// firstHash hashes the length and the first two and last two bytes,
// each with bit 0x20 set, of words of every length.
func TestFirstHash(t *testing.T) {
	ref := func(w string) uint64 {
		n := len(w)
		x := uint64(n) | uint64(w[0]|0x20)<<8 | uint64(w[min(1, n-1)]|0x20)<<16 |
			uint64(w[max(n-2, 0)]|0x20)<<24 | uint64(w[n-1]|0x20)<<32
		x *= 0x9E3779B97F4A7C15
		x ^= x >> 29
		return x * 0xBF58476D1CE4E5B9
	}
	for _, w := range []string{"a", "Z", "ab", "AB", "abc", "Paris", "NEW", "São", "\xff\x80", "x1"} {
		if got, want := firstHash(w), ref(w); got != want {
			t.Errorf("firstHash(%q) = %x, want %x", w, got, want)
		}
	}
}
