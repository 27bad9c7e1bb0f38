package topic

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestLookupIndex checks the word index Score uses against a plain scan
// of the lexicon: a word's exact entry, else the longest stem that
// prefixes it (ASCII and non-ASCII first letters, short stems, unknown
// words, and the phrases and regions a word begins).
func TestLookupIndex(t *testing.T) {
	s := New(nil)
	var all []stem
	for _, b := range s.stem3 {
		all = append(all, b.stems...)
	}
	for _, b := range s.stems {
		all = append(all, b...)
	}
	all = append(all, s.short...)
	naive := func(w string) []hit {
		if hs, ok := s.exact[w]; ok {
			return hs
		}
		var best *stem
		for i := range all {
			if strings.HasPrefix(w, all[i].prefix) && (best == nil || len(all[i].prefix) > len(best.prefix)) {
				best = &all[i]
			}
		}
		if best == nil {
			return nil
		}
		return best.hits
	}
	words := []string{"military", "militants", "troops", "the", "of", "x", "ab", "computers", "software",
		"élection", "über", "3-1", "internet", "scientists", "économie", "middle", "latin", "prime", "zzz"}
	for w := range s.exact {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, st := range all {
		words = append(words, st.prefix, st.prefix+"ing", st.prefix[:len(st.prefix)-1])
		if len(st.prefix) >= 3 {
			// a fourth byte no stem of the trigram may have (see
			// stemBucket.next4)
			words = append(words, st.prefix[:3]+"q", st.prefix[:3]+"zz", st.prefix[:3]+"-", st.prefix[:3]+"é")
		}
	}
	for _, w := range words {
		got, want := s.lookup(w), naive(w)
		if len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
			t.Errorf("lookup(%q) = %v, want %v", w, got, want)
		}
		e := s.entry(w)
		if len(e.areas) != len(s.areas[w]) || len(e.multi) != len(s.multi[w]) {
			t.Errorf("words[%q]: %d areas %d phrases, want %d and %d", w, len(e.areas), len(e.multi), len(s.areas[w]), len(s.multi[w]))
		}
	}
	// the Bloom filter before words turns no word of the lexicon away
	for w, want := range s.words {
		if got := s.entry(w); got != want {
			t.Errorf("entry(%q) = %p, want %p", w, got, want)
		}
	}
	for w := range s.caps {
		if !s.capBits.mayHave(w) {
			t.Errorf("capBits turns away the cue %q", w)
		}
	}
	if s.entry("zzz") != &noEntry || s.entry("x") != &noEntry {
		t.Errorf("entry of an unknown word is not noEntry")
	}
	if len(s.stem3) == 0 || len(s.short)+len(s.stems) == len(all) {
		t.Errorf("no stem is in the trigram index")
	}
}

// TestTopicsOneAllocation checks that Process writes d.Topics at its
// size (regions, themes and IPTC topics gathered first), and leaves it
// nil when no topic scores.
func TestTopicsOneAllocation(t *testing.T) {
	d := analyze("Troops shelled the city as the army advanced and rebels fired rockets; the war killed soldiers and civilians in the fighting.", "SYR", "SYR", "LBN")
	if len(d.Topics) == 0 || cap(d.Topics) != len(d.Topics) {
		t.Errorf("topics: len %d cap %d, want equal and > 0: %v", len(d.Topics), cap(d.Topics), d.Topics)
	}
	if d := analyze("The cat sat on the mat."); d.Topics != nil {
		t.Errorf("no topic: d.Topics = %v, want nil", d.Topics)
	}
}

// TestPhrasesBeginWithTheirKey checks what Score's phrase match relies
// on when it skips a phrase's first word: the entry of a word holds only
// phrases whose first word is that word, and the entry found for a word
// is its own.
func TestPhrasesBeginWithTheirKey(t *testing.T) {
	s := New(nil)
	n := 0
	for w, e := range s.words {
		if got := s.entry(w); got != e {
			t.Errorf("entry(%q) is not the entry indexed under it", w)
		}
		for _, m := range e.multi {
			n++
			if m.words[0] != w || !matchWord(w, m.words[0]) {
				t.Errorf("phrase %q is indexed under %q", strings.Join(m.words, " "), w)
			}
		}
	}
	if n == 0 {
		t.Fatal("no phrase in the lexicon")
	}
}

// TestProcessReusesScores checks that Process, which recycles its
// Scores between documents, labels each document as a fresh stage does,
// whatever came before: a story naming many countries (its maps are
// replaced, not cleared), then few, then none, and the first again.
func TestProcessReusesScores(t *testing.T) {
	k := kb.New()
	var many []string
	for i, r := range []string{"world/africa/eastern", "world/middle-east", "world/europe/western", "world/asia/eastern", "world/americas/south"} {
		for j := range 2 {
			id := fmt.Sprintf("C%d%d", i, j)
			k.AddActor(kb.Actor{ID: id, Kind: kb.KindCountry, Name: id, Region: r})
			many = append(many, id)
		}
	}
	docs := []struct {
		text      string
		countries []string
	}{
		{"Troops shelled the city as rebels fired rockets at the army.", many},
		{"The central bank raised interest rates as inflation and the stock market fell.", many[:2]},
		{"The cat sat on the mat.", nil},
		{"Troops shelled the city as rebels fired rockets at the army.", many},
		{"The minister met the president for talks on the treaty and the election.", many[4:5]},
	}
	mk := func(text string, countries []string) *doc.Doc {
		d := &doc.Doc{Text: text}
		segment.New().Process(d)
		for _, c := range countries {
			d.Mentions = append(d.Mentions, doc.Mention{Type: doc.TypeCountry, KBID: c})
		}
		d.Fill(doc.LayerMentions)
		return d
	}
	reused := New(k)
	for i, tc := range docs {
		got, want := mk(tc.text, tc.countries), mk(tc.text, tc.countries)
		if err := reused.Process(got); err != nil {
			t.Fatal(err)
		}
		if err := New(k).Process(want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Topics, want.Topics) {
			t.Errorf("doc %d: topics after other documents %v, fresh %v", i, got.Topics, want.Topics)
		}
	}
}

func TestScoresReset(t *testing.T) {
	sc := newScores()
	for i := range sc.Themes {
		sc.Themes[i], sc.Cues[i] = 1, 2
	}
	for i := range 12 {
		sc.Countries[fmt.Sprint("C", i)] = 1
	}
	sc.Regions["world/africa"] = 3
	sc.Abroad, sc.Words, sc.Scores, sc.Dateline, sc.Agency, sc.Headline = 1, 2, 3, "KEN", "FRA", true
	sc.reset()
	if want := newScores(); !reflect.DeepEqual(sc, want) {
		t.Errorf("reset: %+v, want %+v", sc, want)
	}
}

// TestLookupMemo checks that lookupMemo answers as entry and stemHits
// do, for words seen for the first time and again, words that share a
// slot, words of more than eight bytes and words that differ only in
// length ("a" and "a\x00" pack alike).
func TestLookupMemo(t *testing.T) {
	s := New(nil)
	words := []string{"", "a", "a\x00", "the", "troops", "militants", "military", "militarily", "economy",
		"économie", "zzz", "olympics", "olympic", "war", "wars", "abcdefgh", "abcdefghi", "3-1", "x"}
	for w := range s.exact {
		words = append(words, w, w+"s")
	}
	m := new(wordMemo)
	for round := range 3 {
		for _, w := range words {
			// Score packs a word with text after it with one load
			// and a mask: the same key
			x := packWord(w)
			if n := len(w); n <= 8 {
				if y := ascii.Load64(w+" and the rest") & keyMask[n]; y != x {
					t.Fatalf("load64 & keyMask of %q = %#x, packWord %#x", w, y, x)
				}
			}
			e, hs := s.lookupMemo(m, w, x)
			wantE := s.entry(w)
			var wantHs []hit
			if wantE.exact == nil {
				wantHs = s.stemHits(w)
			}
			if e != wantE || !reflect.DeepEqual(hs, wantHs) {
				t.Fatalf("round %d: lookupMemo(%q) = %p %v, want %p %v", round, w, e, hs, wantE, wantHs)
			}
		}
	}
}

// TestMemoSlotSize checks that a wordMemo slot is 16 bytes, so that the
// memo stays small enough for the cache (see wordMemo).
func TestMemoSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(memoSlot{}); n != 16 {
		t.Errorf("memoSlot is %d bytes, want 16", n)
	}
}

// TestTally checks that a tally ends its map as adding each weight to
// the map would, with more keys than it holds and keys the map holds
// already.
func TestTally(t *testing.T) {
	keys := []string{"IRN", "USA", "IRN", "ISR", "a", "b", "c", "d", "e", "f", "g", "USA", "h", "IRN", "g"}
	want := map[string]float64{"IRN": 2}
	got := map[string]float64{"IRN": 2}
	var ct tally
	for i, k := range keys {
		w := 0.5 * float64(1+i%4)
		want[k] += w
		ct.add(got, k, w)
	}
	ct.flush(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tally: %v, want %v", got, want)
	}
}

// TestLongMemo checks that the memo of words of 9 to 16 bytes answers as
// entry and stemHits do, for words seen again, words whose first and
// last eight bytes are alike and differ only in length, and the
// lexicon's long words.
func TestLongMemo(t *testing.T) {
	s := New(nil)
	words := []string{"aaaaaaaaa", "aaaaaaaaaa", "aaaaaaaaaaaaaaaa", "abcdefghabcdefgh", "abcdefgh-bcdefgh",
		"militarily", "international", "internationals", "peacekeepers", "shareholders", "steelmaker", "économiques"}
	for w := range s.exact {
		words = append(words, w, w+"s")
	}
	m := new(wordMemo)
	for round := range 3 {
		for _, w := range words {
			n := len(w)
			if n < 9 || n > 16 {
				continue
			}
			head, tail := ascii.Load64(w), ascii.Load64(w[n-8:])
			e, hs, ok := s.longGet(m, head, tail, n)
			if !ok {
				e, hs = s.rememberLong(m, w, head, tail)
			}
			wantE := s.entry(w)
			var wantHs []hit
			if wantE.exact == nil {
				wantHs = s.stemHits(w)
			}
			if e != wantE || !reflect.DeepEqual(hs, wantHs) {
				t.Fatalf("round %d: %q = %p %v, want %p %v", round, w, e, hs, wantE, wantHs)
			}
		}
	}
}

// TestMayBeShape checks that mayBeShape lets through every word
// shapeHits finds a shape in, and turns away a word with none.
func TestMayBeShape(t *testing.T) {
	for _, w := range []string{"steelmaker", "steelmakers", "car-maker", "automakers", "six-under-par", "two-over-par",
		"google.com", "amazon.net", "unicef.org", "abc.com"} {
		if len(w) < minShape || !mayBeShape(w) {
			t.Errorf("mayBeShape(%q) = false", w)
		}
		if shapeHits("", &word{}, w) == nil {
			t.Errorf("shapeHits(%q) = nil: not a shape", w)
		}
	}
	if mayBeShape("elections") == false || mayBeShape("hundred") || mayBeShape("overall") {
		t.Errorf("mayBeShape: wrong answer for a plain word")
	}
}

// TestMemoInert checks that the memo calls a word inert exactly when it
// adds nothing to a score: no hits of its entry or stem, no shape, no
// phrase or region it begins.
func TestMemoInert(t *testing.T) {
	s := New(nil)
	words := []string{"a", "the", "said", "troops", "war", "wars", "zzz", "abc.com", "carmaker", "hundred", "olympic", "x",
		"countries", "leaders", "lawmaker", "prime", "middle", "taxis"}
	for w := range s.words {
		words = append(words, w)
	}
	memoEach(t, s, new(wordMemo), words, func(w string, _ uint64, inert bool) {
		if inert != isInert(s, w) {
			t.Errorf("%q: inert %v, want %v", w, inert, !inert)
		}
	})
}

// isInert reports whether the lower-case word w adds nothing to a score
// by itself, from the lexicon's tables: no hits of its entry or of its
// stem, no shape, no region or phrase it begins.
func isInert(s *Stage, w string) bool {
	e := s.entry(w)
	hs := e.exact
	if hs == nil {
		hs = s.stemHits(w)
	}
	return len(hs) == 0 && shapeHits("", &word{}, w) == nil && len(e.areas) == 0 && len(e.multi) == 0
}

// beginsPhraseOnly reports whether the lower-case word w would be inert
// but for the lexicon phrases it begins.
func beginsPhraseOnly(s *Stage, w string) bool {
	e := s.entry(w)
	hs := e.exact
	if hs == nil {
		hs = s.stemHits(w)
	}
	return len(hs) == 0 && shapeHits("", &word{}, w) == nil && len(e.areas) == 0 && len(e.multi) > 0
}

// memoEach remembers each word of up to 8 bytes in m and calls f with
// the word, its packed form and whether the memo calls it inert.
func memoEach(t *testing.T, s *Stage, m *wordMemo, words []string, f func(w string, x uint64, inert bool)) {
	t.Helper()
	for _, w := range words {
		if len(w) > 8 {
			continue
		}
		x := packWord(w)
		s.remember(m, w, x)
		_, _, inert, ok := s.memoGet(m, x, len(w))
		if !ok {
			t.Fatalf("memoGet(%q): not remembered", w)
		}
		f(w, x, inert)
	}
}

// TestMemoQuiet checks the memo's quiet mark: 0 for a word with evidence,
// quietLower for an inert word that a case-sensitive cue spells in
// other case ("sun", "heat"), quietAnyCase for any other inert word.
func TestMemoQuiet(t *testing.T) {
	s := New(nil)
	words := []string{"a", "the", "said", "troops", "zzz", "hundred", "x", "intel"}
	for w := range s.caps {
		words = append(words, strings.ToLower(w))
	}
	m := new(wordMemo)
	memoEach(t, s, m, words, func(w string, x uint64, inert bool) {
		capsHas := false
		for k := range s.caps {
			capsHas = capsHas || strings.ToLower(k) == w
		}
		want := uint8(0)
		phrase := beginsPhraseOnly(s, w)
		switch {
		case inert && capsHas:
			want = quietLower
		case inert:
			want = quietAnyCase
		case phrase && capsHas:
			want = phraseLower
		case phrase:
			want = phraseAnyCase
		}
		if got := m.slots[(x*0x9E3779B97F4A7C15)>>(64-memoBits)].quiet; got != want {
			t.Errorf("%q: quiet %d, want %d", w, got, want)
		}
	})
	// words of 9 to 16 bytes, in the long memo
	for _, w := range []string{"yesterday", "announced", "government", "governments", "steelmaker", "olympics", "microsoft", "apple.com.au",
		"countries", "international", "commitments", "secretary-general"} {
		if len(w) <= 8 {
			continue
		}
		head, tail := ascii.Load64(w), ascii.Load64(w[len(w)-8:])
		s.rememberLong(m, w, head, tail)
		e, hs, _ := s.longGet(m, head, tail, len(w))
		if e != s.entry(w) || !reflect.DeepEqual(hs, s.stemHits(w)) && e.exact == nil {
			t.Fatalf("%q: long memo answers %p %v", w, e, hs)
		}
		capsHas := false
		for k := range s.caps {
			capsHas = capsHas || strings.ToLower(k) == w
		}
		want := uint8(0)
		switch inert, phrase := isInert(s, w), beginsPhraseOnly(s, w); {
		case inert && capsHas:
			want = quietLower
		case inert:
			want = quietAnyCase
		case phrase && capsHas:
			want = phraseLower
		case phrase:
			want = phraseAnyCase
		}
		if got := m.long[longIndex(head, tail, len(w))].quiet; got != want {
			t.Errorf("%q: long quiet %d, want %d", w, got, want)
		}
	}
}

// TestLoudFromScores checks that the words loudFrom passes over add
// nothing: each text scores the same with a cold memo (nothing passed
// over) and with the memo its first scoring filled, and the warm memo
// does pass over words.
func TestLoudFromScores(t *testing.T) {
	texts := []string{
		"Giants beat the Jets\n\nThe Giants won 3-1 on Sunday. Heat and Magic fans said the sun was hot.",
		"Intel officials said the intel chief quit. Intel's shares fell as the chip maker's profit dropped.",
		"Iran's troops and Israel's army fought in the West Bank. The Sun said the heat wave hit Apple and IBM.",
		"The National League for Democracy won. The league said HEAT and SUN and apple were only words.",
		"Über-fans of Bayern München cheered. The carmaker's steelmaker rivals, at www.example.com, said so.",
		"Yesterday the government's negotiators announced governments' agreements; Microsoft and Microsoft's rivals, yesterday.",
		"Woods won the Masters. The masters of war met the prime minister at the prime rate; the Ürümqi envoy and the Élysée saw the",
		"The countries' carmakers and lawmakers met at the Middle East summit, the international commitments of the World Trade Organization.",
	}
	for _, text := range texts {
		s := New(nil)
		// one memo for every Score below, so the one read here is the
		// one they warmed (a sync.Pool may drop an item at a collection
		// or hold it on another P)
		m := new(wordMemo)
		s.memos.New = func() any { return m }
		d := &doc.Doc{Text: text}
		segment.New().Process(d)
		cold := s.Score(d)
		warm := s.Score(d)
		if !reflect.DeepEqual(cold, warm) {
			t.Errorf("%q: scores with a warm memo\n%+v\nwant, as with a cold one,\n%+v", text, warm, cold)
		}
		wt := wordText{text: d.Text, low: segment.LowerASCII(d.Text)}
		var ws []word
		for _, tk := range d.Tokens {
			if tk.Kind == doc.TokWord {
				ws = append(ws, word{start: tk.Span.Start, end: tk.Span.End})
			}
		}
		wt.markAlts(ws)
		if loudFrom(ws, 0, &wt, m) == 0 && loudFrom(ws, 1, &wt, m) == 1 && loudFrom(ws, 2, &wt, m) == 2 {
			passed := false
			for i := range ws {
				passed = passed || loudFrom(ws, i, &wt, m) > i
			}
			if !passed {
				t.Errorf("%q: loudFrom passes over no word with a warm memo", text)
			}
		}
	}
}

// TestPhraseSeconds checks that an entry's seconds filter lets through
// every next word that goes on one of its phrases (matchWord), for the
// words of every phrase and a few others.
func TestPhraseSeconds(t *testing.T) {
	s := New(nil)
	nexts := []string{"", "x", "1", "über", "-", "'s", "zzz"}
	for _, ms := range s.multi {
		for _, m := range ms {
			for _, w := range m.words {
				nexts = append(nexts, w, strings.TrimSuffix(w, "*"), strings.TrimSuffix(w, "*")+"s")
			}
		}
	}
	for w, e := range s.words {
		for _, next := range nexts {
			goesOn := false
			for _, m := range e.multi {
				goesOn = goesOn || len(m.words) < 2 || matchWord(next, m.words[1])
			}
			if goesOn && next != "" && e.seconds&fourthBit(next[0]) == 0 {
				t.Errorf("%q then %q: a phrase goes on, but seconds turns it away", w, next)
			}
		}
	}
}

// TestIntelRead checks that loudFrom stops at "intel" with a warm memo,
// whatever the lexicon holds of the word: score reads it for "intel
// chief" (intelligence).
func TestIntelRead(t *testing.T) {
	s := New(nil)
	m := new(wordMemo)
	s.memos.New = func() any { return m }
	d := &doc.Doc{Text: "the said the intel was of the and the of the and the of the"}
	segment.New().Process(d)
	s.Score(d)
	s.Score(d) // warm
	wt := wordText{text: d.Text, low: segment.LowerASCII(d.Text)}
	var ws []word
	for _, tk := range d.Tokens {
		if tk.Kind == doc.TokWord {
			ws = append(ws, word{start: tk.Span.Start, end: tk.Span.End})
		}
	}
	if got := loudFrom(ws, 3, &wt, m); got != 3 {
		t.Errorf("loudFrom at \"intel\" = %d, want 3", got)
	}
	e := s.entry("intel")
	var st uint16
	if e.exact == nil {
		st = s.stemID("intel")
	}
	if q := s.quietOf(e, st, "intel"); q != 0 {
		t.Errorf("quietOf(intel) = %d, want 0", q)
	}
}
