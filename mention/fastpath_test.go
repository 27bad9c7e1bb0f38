package mention

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/kb"
)

// The fast paths of the stage (ASCII tables, the frozen vocabulary table,
// the lower-case word index) must answer exactly as the plain
// definitions they replace. Each test checks one against its definition.

// fastPathTexts exercise ASCII and non-ASCII words, internal apostrophes,
// abbreviation dots, hyphens and sentence starts.
var fastPathTexts = []string{
	"Protesters said the protesters in Kabul met. Kabul said no.",
	"Saudi-led forces. Led by Saudi officials, the group left.",
	"O'Brien didn’t say. Didn’t O’Brien? o'brien was there. Sana’a and Sanaʼa.",
	"Mr. Smith and mr. Jones; MR. Brown. Gen. X, gen. y.",
	"Erdoğan met erdoğan. ÉLYSÉE Élysée élysée. İstanbul istanbul ıstanbul.",
	"iPhone sales. IPhone Iphone iphone. The NATO nato Nato.",
	"Cheuk-yan and Yan met. Lee Cheuk-yan said.",
	"\u212Aabul kabul Kabul. Straße strasse STRASSE.",
	"The US-led and Saudi-led raids. Led by the led and the led-in: the end.",
}

func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestWordShape(t *testing.T) {
	for _, w := range []string{"", "a", "A", "Ab", "AB", "A1", "1a", "NATO's", "O'Brien", "U.S.", "x-Y", "Élysée", "ÉLYSÉE", "iPhone", "9/11"} {
		if got, want := wordShape(w), unicodeShape(w); got != want {
			t.Errorf("wordShape(%q) = %b, want %b", w, got, want)
		}
	}
}

func FuzzWordShape(f *testing.F) {
	for _, w := range []string{"Ab", "AB", "a'B", "Élysée", "1st"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := wordShape(w), unicodeShape(w); got != want {
			t.Errorf("wordShape(%q) = %b, want %b", w, got, want)
		}
	})
}

// TestTokenizeFold checks that every word token is looked up in its
// kb.Fold form, the apostrophe fast path included ("didn’t" → "didnt"),
// and punctuation as written.
func TestTokenizeFold(t *testing.T) {
	for _, text := range append(fastPathTexts, "O'Brien", "didn’t", "Sanaʼa", "rock'n'roll") {
		v := newVocab()
		for _, tk := range internTokens(text, v) {
			w := text[tk.start:tk.end]
			if !tk.word() {
				if tk.id >= 0 && v.words[tk.id] != w {
					t.Errorf("%q: punctuation %q looked up as %q", text, w, v.words[tk.id])
				}
				continue
			}
			w = strings.TrimSuffix(w, ".")
			if tk.id < 0 {
				t.Fatalf("%q: no lookup for %q", text, w)
			}
			if want := kb.Fold(w); v.words[tk.id] != want {
				t.Errorf("%q: word %q looked up as %q, want %q", text, w, v.words[tk.id], want)
			}
		}
	}
}

// TestVocabTable checks the frozen table against the map it stands for,
// for every vocabulary word and for words not in it.
func TestVocabTable(t *testing.T) {
	v := shippedStage(t).v
	if v.tab == nil {
		t.Fatal("vocabulary not frozen")
	}
	for id, w := range v.words {
		if got := v.lookup([]byte(w)); got != int32(id) {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	others := []string{"", "zzqx", "kabulx", "the ", "The", "xyzzy", "a\x00", "\x00", "abcdefgh", "abcdefghi", "abcdefghijklmnop"}
	for _, w := range v.words {
		if w != "" {
			others = append(others, w+"x", w[:len(w)-1], w+"\x00")
		}
	}
	for _, w := range others {
		want := int32(-1)
		if id, ok := v.ids[w]; ok {
			want = id
		}
		if got := v.lookup([]byte(w)); got != want {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLowerIndex checks lowerWord and seenLower against their
// definitions: lowerWord(k) — some word token with a lower-case first
// letter, not right after a hyphen, is written strings.ToLower of token
// k; seenLower(k) — some word token with a lower-case first letter is so
// written, and some sentence-initial capitalised token lowers to the same.
func TestLowerIndex(t *testing.T) {
	for _, text := range fastPathTexts {
		checkLowerIndex(t, text)
	}
}

func FuzzLowerIndex(f *testing.F) {
	for _, text := range fastPathTexts {
		f.Add(text)
	}
	f.Fuzz(checkLowerIndex)
}

func checkLowerIndex(t *testing.T, text string) {
	s := stage()
	p := new(proc)
	p.s, p.text = s, text
	p.setTokens(tokenize(text, sentences(text), s.v, nil))
	for k, tk := range p.toks {
		if !tk.word() {
			continue
		}
		lw := strings.ToLower(p.word(k))
		wantLower, wantSeen, wantStart := false, false, false
		for _, u := range p.toks {
			if u.word() && u.shape&shLower != 0 && text[u.start:u.end] == lw {
				wantSeen = true
				if u.gap != gapHyphen {
					wantLower = true
				}
			}
			if u.sentStart && u.cap() && strings.ToLower(text[u.start:u.end]) == lw {
				wantStart = true
			}
		}
		if got := p.lowerWord(k); got != wantLower {
			t.Errorf("%q: lowerWord(%q) = %v, want %v", text, p.word(k), got, wantLower)
		}
		if got := p.seenLower(k); got != (wantSeen && wantStart) {
			t.Errorf("%q: seenLower(%q) = %v, want %v", text, p.word(k), got, wantSeen && wantStart)
		}
	}
}

// TestLowerIndexOneSlotPerSpelling checks that a word written many times
// fills one slot of the index, so a frequent word grows no probe chain.
func TestLowerIndexOneSlotPerSpelling(t *testing.T) {
	s := stage()
	text := strings.Repeat("the cat and the-dog met the ", 50) + "The end."
	p := new(proc)
	p.s, p.text = s, text
	p.setTokens(tokenize(text, sentences(text), s.v, nil))
	p.lowers.build(p)
	used := 0
	for _, v := range p.lowers.tab {
		if v != 0 {
			used++
		}
	}
	if want := 6; used != want { // the, cat, and, dog, met, end
		t.Errorf("lowerIndex over %d tokens uses %d slots, want %d", len(p.toks), used, want)
	}
}

// TestNameWords checks the precomputed words of each actor's folded name.
func TestNameWords(t *testing.T) {
	s := shippedStage(t)
	if len(s.nameWords) != len(s.actors) {
		t.Fatalf("%d name word lists for %d actors", len(s.nameWords), len(s.actors))
	}
	for i, a := range s.actors {
		if want := strings.Fields(kb.Fold(a.Name)); !slices.Equal(s.nameWords[i], want) {
			t.Errorf("nameWords[%d] (%s) = %q, want %q", i, a.ID, s.nameWords[i], want)
		}
	}
}

// TestEmitEmpty checks that a text without mentions leaves the layers
// nil, as before the buffers were pooled (the JSON writes null, not []).
func TestEmitEmpty(t *testing.T) {
	d := analyze(t, stage(), "nothing here at all.")
	if d.Mentions != nil || d.Entities != nil || d.RoleClaims != nil {
		t.Errorf("got non-nil empty layers: %#v %#v %#v", d.Mentions, d.Entities, d.RoleClaims)
	}
}

// checkFields compares proc.fields with strings.Fields, twice in a row
// on one arena so an earlier result must survive a later call.
func checkFields(t *testing.T, s string) {
	p := new(proc)
	a := p.fields(s)
	b := p.fields(s + " x\u00a0y")
	if want := strings.Fields(s); !slices.Equal(a, want) {
		t.Errorf("fields(%q) = %q, want %q", s, a, want)
	}
	if want := strings.Fields(s + " x\u00a0y"); !slices.Equal(b, want) {
		t.Errorf("fields(%q) = %q, want %q", s+" x\u00a0y", b, want)
	}
	if want := strings.Fields(s); !slices.Equal(a, want) {
		t.Errorf("fields(%q) changed by a later call: %q, want %q", s, a, want)
	}
}

func TestFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b ", "amir abdollahian", "x\u2003y\u0085z", "\xff \xfe", "\t\n", "a\vb\fc\rd\x1ce f\x00g "} {
		checkFields(t, s)
	}
}

func FuzzFields(f *testing.F) {
	f.Add(" a  b ")
	f.Fuzz(checkFields)
}

// TestTrieFrozen checks the frozen edges of the shipped stage's tries
// against the edge map they are built from: every edge is found, and
// labels next to a real one are not.
func TestTrieFrozen(t *testing.T) {
	s := shippedStage(t)
	for name, tr := range map[string]*trie{"names": s.names, "titles": s.titles} {
		if tr.first == nil || tr.ends == nil {
			t.Fatalf("%s trie not frozen", name)
		}
		for n := range tr.outs {
			if got, want := tr.hasOuts(int32(n)), len(tr.outs[n]) > 0; got != want {
				t.Errorf("%s: hasOuts(%d) = %v, want %v", name, n, got, want)
			}
		}
		for k, c := range tr.edges {
			node, id := int32(k>>32), int32(uint32(k))
			if id < 0 {
				continue // a label of an unknown token (-1): step never follows it
			}
			if got, ok := tr.step(node, id); !ok || got != c {
				t.Errorf("%s: step(%d, %d) = %d, %v; want %d", name, node, id, got, ok, c)
			}
			for _, other := range []int32{id - 1, id + 1} {
				want, wantOK := tr.edges[edgeKey(node, other)]
				if other < 0 {
					want, wantOK = 0, false
				}
				if got, ok := tr.step(node, other); ok != wantOK || got != want {
					t.Errorf("%s: step(%d, %d) = %d, %v; want %d, %v", name, node, other, got, ok, want, wantOK)
				}
			}
		}
	}
}

// TestEntityMentions checks the entity → mentions lists emit carves from
// one array: each lists, in text order, exactly the mentions that name
// it, and appending to one list leaves the next entity's alone.
func TestEntityMentions(t *testing.T) {
	d := analyze(t, stage(), "Israeli Ambassador Danny Ayalon met Hossein Amir Abdollahian in Tehran. Ayalon said Tehran and Israel disagree. Abdollahian left.")
	if len(d.Entities) < 2 {
		t.Fatalf("want several entities, got %d", len(d.Entities))
	}
	for ei, e := range d.Entities {
		var want []int
		for mi, m := range d.Mentions {
			if m.Entity == ei {
				want = append(want, mi)
			}
		}
		if !slices.Equal(e.Mentions, want) {
			t.Errorf("entity %d (%s) mentions %v, want %v", ei, e.Name, e.Mentions, want)
		}
	}
	next := slices.Clone(d.Entities[1].Mentions)
	d.Entities[0].Mentions = append(d.Entities[0].Mentions, -7)
	if !slices.Equal(d.Entities[1].Mentions, next) {
		t.Errorf("appending to entity 0's mentions changed entity 1's: %v, was %v", d.Entities[1].Mentions, next)
	}
}

// TestActorKinds checks what pick reads of each actor's kind.
func TestActorKinds(t *testing.T) {
	s := shippedStage(t)
	for i, a := range s.actors {
		want := actorKind{person: a.Kind == kb.KindPerson, place: a.Kind == kb.KindPlace, rank: kindRank[a.Kind], typ: kindType[a.Kind]}
		if s.kinds[i] != want {
			t.Errorf("kinds[%d] (%s) = %+v, want %+v", i, a.ID, s.kinds[i], want)
		}
	}
}

// TestHasCueMemo checks that hasCue's memo answers as cueOf does, for
// every run of every sample text asked in an order that both hits and
// misses the memo.
func TestHasCueMemo(t *testing.T) {
	s := stage()
	for _, text := range fastPathTexts {
		p := new(proc)
		p.s, p.text = s, text
		p.setTokens(tokenize(text, sentences(text), s.v, nil))
		p.cover = grow(p.cover, len(p.toks))
		p.tcover = grow(p.tcover, len(p.toks))
		for i := range p.toks {
			for j := i + 1; j <= len(p.toks) && j <= i+5; j++ {
				for range 2 {
					if got, want := p.hasCue(i, j), p.cueOf(i, j); got != want {
						t.Errorf("%q: hasCue(%d, %d) = %q, want %q", text, i, j, got, want)
					}
				}
			}
		}
	}
}

// TestScanASCIIWord checks the chunked scan against its byte-at-a-time
// definition: words ending inside, at and past a chunk's end, at the
// text's end, before bytes outside ASCII and at wordMax.
func TestScanASCIIWord(t *testing.T) {
	long := strings.Repeat("Ab1", 30)
	for _, text := range []string{
		"a", "A", "7", "ab cd", "Abcdefg", "Abcdefgh", "ABCDEFGHI", "abcdefgh-ij", "Tehran's", "x9Y z",
		"naïve", "MOSCOW,", "z@[`{/:", "AZaz09", "0123456789abcdefXYZ.", "Ab\x80", "\x7fA",
		long[:63], long[:64], long[:65], long[:63] + " x",
	} {
		for i := 0; i < len(text); i++ {
			if !asciiWord[text[i]&0x7f] || text[i] >= 0x80 {
				continue
			}
			var buf [wordMax + 8]byte
			j, h, uppers, lower := scanASCIIWord(text, i, &buf)
			wj := i
			for wj < len(text) && text[wj] < 0x80 && asciiWord[text[wj]] && wj-i < wordMax {
				wj++
			}
			w := text[i:wj]
			if j != wj {
				t.Errorf("scanASCIIWord(%q, %d) ends at %d, want %d", text, i, j, wj)
				continue
			}
			if j-i >= wordMax {
				continue // the caller folds it again; hash and buffer are incomplete
			}
			lw := strings.ToLower(w)
			wantUp := 0
			for _, c := range []byte(w) {
				if 'A' <= c && c <= 'Z' {
					wantUp++
				}
			}
			if string(buf[:j-i]) != lw || h != hashBytes(lw) || uppers != wantUp || lower != (strings.ToUpper(w) != w) {
				t.Errorf("scanASCIIWord(%q, %d) = %q %x %d %v, want %q %x %d %v", text, i, buf[:j-i], h, uppers, lower, lw, hashBytes(lw), wantUp, strings.ToUpper(w) != w)
			}
		}
	}
}

// TestGrow checks that grow fills every element with -1, whatever the
// length and the old contents.
func TestGrow(t *testing.T) {
	old := []int32{5, 6, 7, 8, 9, 10, 11, 12, 13}
	for _, n := range []int{0, 1, 2, 3, 7, 8, 9, 100} {
		s := grow(append([]int32(nil), old...), n)
		if len(s) != n {
			t.Fatalf("grow(_, %d) has length %d", n, len(s))
		}
		for i, v := range s {
			if v != -1 {
				t.Errorf("grow(_, %d)[%d] = %d, want -1", n, i, v)
			}
		}
	}
}

// lowerWords exercise the lower-case helpers: ASCII capitals, letters
// whose lower case is ASCII (the Kelvin sign) or changes length (İ), and
// suffixes that end inside a multi-byte letter.
var lowerWords = []string{"", "s", "S", "Troops", "TROOPS", "Congress", "Lincolnshire", "HYDERABAD", "Imamoglu",
	"IMAMOĞLU", "Erdoğan", "Vučić", "VUČIĆ", "Novák", "NOVÁ", "\u212Aabul", "Ists\u212A", "İstanbul", "Physiology", "North",
	"NORTH-EAST", "Straße", "ÉLYSÉE", "Ras", "ras", "a very long word well beyond the thirty-two bytes of the buffer"}

// lowerSuffixes are the suffixes the shape tests ask about, ASCII and not.
var lowerSuffixes = []string{"", "s", "ss", "ers", "ists", "shire", "abad", "oglu", "oğlu", "ović", "ová", "ić", "logy", "k", "stan"}

func TestAppendLower(t *testing.T) {
	for _, w := range lowerWords {
		if got, want := string(appendLower([]byte("x"), w)), "x"+strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestLowerSuffix(t *testing.T) {
	for _, w := range lowerWords {
		for _, suf := range lowerSuffixes {
			if got, want := lowerSuffix(lowerOutsideASCII(w), suf), strings.HasSuffix(strings.ToLower(w), suf); got != want {
				t.Errorf("lowerSuffix(lowerOutsideASCII(%q), %q) = %v, want %v", w, suf, got, want)
			}
		}
	}
}

func FuzzLowerSuffix(f *testing.F) {
	for _, w := range lowerWords {
		f.Add(w, "s")
	}
	f.Fuzz(func(t *testing.T, w, suf string) {
		suf = strings.ToLower(suf)
		if got, want := lowerSuffix(lowerOutsideASCII(w), suf), strings.HasSuffix(strings.ToLower(w), suf); got != want {
			t.Errorf("lowerSuffix(lowerOutsideASCII(%q), %q) = %v, want %v", w, suf, got, want)
		}
		if got, want := string(appendLower(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	})
}

// foldTexts add possessives, hyphens, abbreviation dots, a no-break
// space and backticks between and inside words to fastPathTexts.
var foldTexts = append([]string{
	"Trump's Tower and the students' union met Mr. Smith-Jones, J.R. Ewing and U.S. officials.",
	"Lee\u00a0Cheuk-yan, O'Brien's aides, `Kabul` and NATO's chief; Gen. Mark Milley.",
	"Mohammad Bagher Soltani said Soltani's office. MAY 5th, the 2nd Brigade",
	// words no vocabulary holds: foldWords lowers them itself
	"Zxqvor Blatnik-Urquhart met QWZRT Kwambuzi's aide Xqj. Vrelk2 and Pyrz O'Xandle Jr. in Yvvka",
}, fastPathTexts...)

// TestFoldFastPaths checks proc.fold and proc.foldWords, which read the
// vocabulary instead of folding when they can, against fold and fields
// of the text of every span of up to five tokens.
func TestFoldFastPaths(t *testing.T) {
	s := shippedStage(t)
	for _, text := range foldTexts {
		p := &proc{s: s, text: text}
		p.setTokens(tokenize(text, sentences(text), s.v, nil))
		for i := range p.toks {
			for j := i + 1; j <= len(p.toks) && j <= i+5; j++ {
				span := text[p.toks[i].start:p.toks[j-1].end]
				if got, want := p.fold(i, j), fold(span); got != want {
					t.Errorf("fold of %q = %q, want %q", span, got, want)
				}
				if got, want := p.foldWords(i, j), strings.Fields(fold(span)); !slices.Equal(got, want) {
					t.Errorf("foldWords of %q = %q, want %q", span, got, want)
				}
			}
		}
	}
}

func TestContainsDigit(t *testing.T) {
	for _, s := range []string{"", "A320", "Boeing", "4-0", "٣", "x\xff9", "\xe2\x82", "F-16s", "１２"} {
		if got, want := containsDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("containsDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
