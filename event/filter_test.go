package event

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/segment"
)

// TestWordFilters checks the Bloom filters in front of the dictionary's
// first-word and agent indexes: every indexed word passes (a word that
// failed would never trigger), and they keep out most function words.
func TestWordFilters(t *testing.T) {
	d := DefaultDict()
	for w := range d.byFirst {
		if !d.firstWords.has(w) {
			t.Errorf("firstWords drops pattern word %q", w)
		}
	}
	for w := range d.agentFirst {
		if !d.agentWords.has(w) {
			t.Errorf("agentWords drops agent word %q", w)
		}
	}
	common := []string{"the", "of", "and", "a", "in", "to", "is", "was", "for", "on", "that", "with", "by", "as", "at",
		"from", "his", "her", "it", "an", "were", "are", "which", "this", "be", "has", "had", "have", "but", "not"}
	pass := 0
	for _, w := range common {
		if len(d.byFirst[w]) == 0 && d.firstWords.has(w) {
			pass++
		}
	}
	if pass > len(common)/4 {
		t.Errorf("firstWords lets %d of %d unindexed function words through", pass, len(common))
	}
	var empty wordFilter
	if empty.has("attack") {
		t.Error("an empty filter has a word")
	}
}

// TestElemMasks checks that every alternative of every pattern element
// passes its element's mask, for the default dictionary and one parsed
// with multi-word alternatives.
func TestElemMasks(t *testing.T) {
	d2, err := ParseDict("t", strings.NewReader("[patterns]\n173 - SRC ~fire ..2 tear_gas|water_cannon|rubber_bullets at TGT\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Dict{DefaultDict(), d2} {
		for _, p := range d.Patterns {
			for _, e := range p.elems {
				for _, w := range e.words {
					first, _, _ := strings.Cut(w, " ")
					if e.mask&wordBit(first) == 0 {
						t.Errorf("%s:%d %q: mask drops %q", d.Name, p.Line, p.Text, w)
					}
				}
			}
		}
	}
	var e elem
	e.words = []string{"attack", "strike"}
	e.prepare()
	toks := []tok{{low: "attack"}, {low: "the"}}
	if n, ok := (&Coder{}).matchElem(&e, toks, nil, []int{-1, -1}, 0); !ok || n != 1 {
		t.Errorf("matchElem(attack) = %d, %v", n, ok)
	}
	if _, ok := (&Coder{}).matchElem(&e, toks, nil, []int{-1, -1}, 1); ok {
		t.Errorf("matchElem(the) matched")
	}
}

// TestAppendWord pins the coder's word tokens: possessive and "n't"
// splits, the lower-case form, and the case flags, for ASCII and other
// words.
func TestAppendWord(t *testing.T) {
	type want struct {
		low            string
		upper, capsAll bool
	}
	for _, tc := range []struct {
		word string
		toks []want
	}{
		{"talks", []want{{"talks", false, false}}},
		{"Israel's", []want{{"israel", true, false}, {"'s", false, false}}},
		{"IRAN'S", []want{{"iran", true, true}, {"'s", false, false}}},
		{"Israel’s", []want{{"israel", true, false}, {"'s", false, false}}},
		{"didn't", []want{{"did", false, false}, {"n't", false, false}}},
		{"BAGHDAD", []want{{"baghdad", true, true}}},
		{"U.S.", []want{{"u.s.", true, true}}},
		{"Zürich", []want{{"zürich", true, false}}},
		{"ÉTATS", []want{{"états", true, true}}},
		{"al-Qaeda", []want{{"al-qaeda", false, false}}},
		{"2024", []want{{"2024", false, false}}},
		{"s", []want{{"s", false, false}}},
		{"'s", []want{{"'s", false, false}}},
		{"CAN'T", []want{{"can't", true, true}}},
		{"Don't", []want{{"do", true, false}, {"n't", false, false}}},
		{"nt", []want{{"nt", false, false}}},
		{"IS", []want{{"is", true, true}}},
	} {
		text := "x " + tc.word
		got := appendWord(nil, text, segment.LowerASCII(text), 2, len(text))
		// sentenceTokens reads the tokens layer with appendWord's common
		// case inline: the same tokens
		d := &doc.Doc{Text: text, Tokens: []doc.Token{{Span: doc.Span{Start: 0, End: 1}}, {Span: doc.Span{Start: 2, End: len(text)}}}}
		d.Fill(doc.LayerTokens)
		st := sentenceTokens(d, doc.Span{Start: 0, End: len(text)}, segment.LowerASCII(text), nil, nil)
		for i := range st {
			st[i].h = 0 // the inline path fills the hash ahead
		}
		if !slices.Equal(st[1:], got) {
			t.Errorf("%q: sentenceTokens = %+v, appendWord = %+v", tc.word, st[1:], got)
		}
		if len(got) != len(tc.toks) {
			t.Errorf("%q: %d tokens, want %d", tc.word, len(got), len(tc.toks))
			continue
		}
		for i, w := range tc.toks {
			if g := got[i]; g.low != w.low || g.upper != w.upper || g.capsAll != w.capsAll || g.punct {
				t.Errorf("%q token %d = %+v, want %+v", tc.word, i, g, w)
			}
		}
		if got[0].start != 2 || got[len(got)-1].end != len(text) {
			t.Errorf("%q: tokens span %d-%d", tc.word, got[0].start, got[len(got)-1].end)
		}
	}
}

// TestWordClasses checks tok.is against the word lists it stands for:
// every listed word is in its class, unlisted words in none, and the
// answer does not change once cached.
func TestWordClasses(t *testing.T) {
	lists := map[uint32]*wordset.Set{
		wcDeterminer: determiners, wcPreposition: prepositions, wcPossPronoun: possPronouns, wcPronoun: pronouns,
		wcNegator: negators, wcDeny: denyWords, wcHypo: hypoWords, wcAllege: allegeWords, wcIntent: intentWords,
		wcBeForm: beForms, wcReportVerb: reportVerbs, wcRightStop: rightStop, wcLeftStop: leftStop, wcAppeal: appealVerbs,
	}
	words := []string{"attack", "Israel", "", ",", "'s"}
	for _, set := range lists {
		for w := range set.All() {
			words = append(words, w)
		}
	}
	for _, w := range words {
		tk := tok{low: w}
		for bit, set := range lists {
			for range 2 { // computed, then cached
				if got := tk.is(bit); got != set.Has(w) {
					t.Errorf("tok %q is(%b) = %v, want %v", w, bit, got, set.Has(w))
				}
			}
		}
	}
}

// TestDatePrefix checks datePrefix against the expression it replaces,
// ^\d{4}(-\d{2}(-\d{2})?)?, extended by ISO weeks (-W\d{2}) and whole
// decade and century values ("199", "19"), on TIMEX3 values and
// malformed ones.
func TestDatePrefix(t *testing.T) {
	re := regexp.MustCompile(`^(\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?|\d{2,3}$)`)
	for _, v := range []string{"2024-07-31", "2024-07", "2024", "2024-W31", "2024-W31-WE", "2024-W3", "2024-07-3", "2024-7-31", "XXXX-03", "PAST_REF",
		"P7Y", "", "202", "19", "1", "199X", "2024-07-31T10:00", "2024-07-31-01", "1999-12-31TNI", "2024SU", "20240731", "2024-", "2024-07-",
		"٢٠٢٤-07-31", "2024-0a-31", "2024-07-3b", "0000-00-00"} {
		if got, want := datePrefix(v), re.FindString(v); got != want {
			t.Errorf("datePrefix(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestMayMatch checks the sentence-level test in front of the pattern
// matcher: a pattern whose required words are in the sentence may match
// (whatever their case in the dictionary or their inflection), one that
// misses a required word may not, and optional words and actor slots
// require nothing.
func TestMayMatch(t *testing.T) {
	d, err := ParseDict("t", strings.NewReader("[patterns]\n"+
		"040 - SRC ~meet ..2 with TGT\n"+
		"040 - SRC ~hold ?direct ..2 talks|negotiations\n"+
		"173 - SRC ~fire ..2 tear_gas|water_cannon at TGT\n"))
	if err != nil {
		t.Fatal(err)
	}
	words := func(s string) *wordSet {
		var ws wordSet
		for _, w := range strings.Fields(s) {
			ws.add(w)
		}
		return &ws
	}
	for _, tc := range []struct {
		pattern  int
		sentence string
		want     bool
	}{
		{0, "israel met with iran", true},
		{0, "israel met iran", false},
		{1, "israel and iran held talks", true},
		{1, "israel and iran held direct negotiations", true},
		{1, "israel and iran held a rally", false},
		{2, "police fired tear gas at protesters", true},
		{2, "police fired water cannon at protesters", true},
		{2, "police fired at protesters", false},
		{2, "police fired tear gas on protesters", false},
	} {
		if got := d.Patterns[tc.pattern].mayMatch(words(tc.sentence)); got != tc.want {
			t.Errorf("%q on %q: mayMatch = %v, want %v", d.Patterns[tc.pattern].Text, tc.sentence, got, tc.want)
		}
	}
	for _, p := range DefaultDict().Patterns {
		// a sentence of all the pattern's words passes
		var ws wordSet
		for _, e := range p.elems {
			for _, w := range e.words {
				for _, part := range strings.Fields(w) {
					ws.add(part)
				}
			}
		}
		if !p.mayMatch(&ws) {
			t.Errorf("%d %q: its own words fail mayMatch", p.Line, p.Text)
		}
	}
}

// TestTriggerCandidates checks the tokens findMatches tries: every
// word that opens a pattern, in text order, and whether a pattern may
// match at all (a sentence where none may is not coded further).
func TestTriggerCandidates(t *testing.T) {
	d, err := ParseDict("t", strings.NewReader("[patterns]\n"+
		"040 - SRC ~meet ..2 with TGT\n"+
		"040 - SRC ~hold ?direct ..2 talks|negotiations\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := New(nil, d)
	for _, tc := range []struct {
		sentence string
		want     []int // candidate token indexes
		may      bool
	}{
		{"israel met with iran", []int{1}, true},
		{"israel met iran and held a rally", nil, false},
		{"israel held talks and met with iran", []int{1, 4}, true},
		{"the weather was fine", nil, false},
	} {
		toks := tokenize(tc.sentence, tc.sentence, 0, len(tc.sentence), nil)
		var words wordSet // filled by triggerCandidates, words after a candidate too
		cands, may := c.triggerCandidates(toks, &words, nil, new([]int32))
		var got []int
		for _, cd := range cands {
			got = append(got, cd.i)
		}
		if !slices.Equal(got, tc.want) || may != tc.may {
			t.Errorf("triggerCandidates(%q) = %v, %v; want %v, %v", tc.sentence, got, may, tc.want, tc.may)
		}
		// the candidates are exactly the patterns of the index words
		// that may match, in order: findMatches tries no other
		var want []candidate
		for i := range toks {
			refs := c.dict.byFirst[toks[i].low]
			for k := range refs {
				if refs[k].p.mayMatch(&words) {
					want = append(want, candidate{r: &refs[k], i: i})
				}
			}
		}
		if !slices.Equal(cands, want) {
			t.Errorf("%q: candidates %v, want the patterns that may match, %v", tc.sentence, cands, want)
		}
	}
}

// TestTriggerCandidatesSample checks triggerCandidates on real text:
// on the sample articles' sentences (as written and lower-cased), with
// sitrep's dictionary and PETRARCH's, the candidates are exactly the
// patterns of the first-word index, in its order, that may match.
func TestTriggerCandidatesSample(t *testing.T) {
	dicts := []*Dict{DefaultDict()}
	if sd := shareddata.Dir(); sd != "" {
		d, err := LoadPetrarch(filepath.Join(sd, "data/peers/petrarch2/dictionaries"))
		if err != nil {
			t.Fatal(err)
		}
		dicts = append(dicts, d)
	}
	files, _ := filepath.Glob("../examples/*.txt")
	if len(files) == 0 {
		t.Skip("no sample articles")
	}
	var sentences []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range regexp.MustCompile(`[.?!]\s+`).Split(string(b), -1) {
			sentences = append(sentences, s, strings.ToLower(s))
		}
	}
	for _, d := range dicts {
		c := New(nil, d)
		n := 0
		for _, s := range sentences {
			low := segment.LowerASCII(s)
			toks := tokenize(s, low, 0, len(s), nil)
			var words wordSet
			cands, may := c.triggerCandidates(toks, &words, nil, new([]int32))
			var want []candidate
			for i := range toks {
				if toks[i].punct {
					continue
				}
				refs := d.byFirst[toks[i].low]
				for k := range refs {
					if refs[k].mayMatch(&words) {
						want = append(want, candidate{r: &refs[k], i: i})
					}
				}
			}
			if !slices.Equal(cands, want) || may != (len(want) > 0) {
				t.Errorf("%s: %q: %d candidates, want %d", d.Name, s, len(cands), len(want))
			}
			n += len(want)
		}
		if n == 0 {
			t.Errorf("%s: no candidate in %d sentences", d.Name, len(sentences))
		}
	}
}

// TestPreventStem checks the verbs of preventing that mark what they
// govern as not done.
func TestPreventStem(t *testing.T) {
	for w, want := range map[string]bool{"prevented": true, "thwarting": true, "foil": true, "foiled": true, "averts": true,
		"forestalled": true, "forest": false, "pre": false, "avenue": false, "attack": false, "": false} {
		if got := preventStem(w); got != want {
			t.Errorf("preventStem(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestNoCode checks that noCode agrees with an empty actorCode.
func TestNoCode(t *testing.T) {
	for _, a := range []actor{{}, {sector: "GOV"}, {country: "IRN"}, {code: "IGOUNO"}, {prefix: "NGO"}, {country: "IRN", sector: "GOV"}, {sector: "X"}} {
		if got, want := a.noCode(), a.actorCode() == ""; got != want {
			t.Errorf("%+v: noCode() = %v; want %v", a, got, want)
		}
	}
}

// TestTokHash checks that a token's cached hash is its word's
// filterHash, so the filters and the sentence's wordSet read it.
func TestTokHash(t *testing.T) {
	for _, w := range []string{"", "a", "said", "talks", "al-qaeda", "zürich"} {
		tk := tok{low: w}
		var a, b wordSet
		a.add(w)
		b.addHash(tk.hash())
		if tk.hash() != filterHash(w) || a != b || tk.hash() != filterHash(w) {
			t.Errorf("%q: hash() = %d, filterHash = %d", w, tk.hash(), filterHash(w))
		}
	}
}

// TestWordIndex checks the hash-addressed copies of the first-word and
// agent indexes against the maps they copy.
func TestWordIndex(t *testing.T) {
	d := DefaultDict()
	for w, refs := range d.byFirst {
		if got, ok := d.firstIndex.get(w, filterHash(w)); !ok || len(got) != len(refs) || len(refs) > 0 && &got[0] != &refs[0] {
			t.Errorf("firstIndex.get(%q) = %d refs, %v; want %d", w, len(got), ok, len(refs))
		}
	}
	for w, h := range d.agentFirst {
		if got, ok := d.agentIndex.get(w, filterHash(w)); !ok || got != h {
			t.Errorf("agentIndex.get(%q) = %+v, %v; want %+v", w, got, ok, h)
		}
	}
	for _, w := range []string{"the", "weather", "zzz", "xylophone"} {
		_, inMap := d.byFirst[w]
		if _, ok := d.firstIndex.get(w, filterHash(w)); ok != inMap {
			t.Errorf("firstIndex.get(%q) found = %v; the map says %v", w, ok, inMap)
		}
	}
	var empty wordIndex[int]
	if _, ok := empty.get("a", filterHash("a")); ok {
		t.Error("the zero wordIndex finds a word")
	}
}

// TestTokRange checks the binary search of tokRange against a plain
// scan: the tokens a span covers.
func TestTokRange(t *testing.T) {
	text := "Israel's strikes on Syrian targets killed dozens, officials said."
	toks := tokenize(text, segment.LowerASCII(text), 0, len(text), nil)
	for s := 0; s <= len(text); s++ {
		for e := s; e <= len(text); e++ {
			w0, w1 := -1, -1
			for i := range toks {
				if toks[i].end > s && toks[i].start < e {
					if w0 < 0 {
						w0 = i
					}
					w1 = i + 1
				}
			}
			if w0 < 0 {
				w0, w1 = 0, 0
			}
			if g0, g1 := tokRange(toks, doc.Span{Start: s, End: e}); g0 != w0 || g1 != w1 {
				t.Fatalf("tokRange(%d, %d) = %d, %d; want %d, %d", s, e, g0, g1, w0, w1)
			}
		}
	}
}

// wantCase8 is what wordCase8 must answer for w: wordCase, or nonASCII
// alone for a word with a non-ASCII byte.
func wantCase8(w string) byte {
	if c := wordCase(w); c&nonASCII == 0 {
		return c
	}
	return nonASCII
}

// TestWordCase8 checks the one-load classing of short words against
// wordCase: every byte value at every position of words of 1 to 8
// bytes, whatever bytes follow the word.
func TestWordCase8(t *testing.T) {
	for n := 1; n <= 8; n++ {
		for pos := 0; pos < n; pos++ {
			for b := 0; b < 256; b++ {
				for _, fill := range []byte{'a', 'Z', 0xFF, '@'} {
					word := []byte("mMxX0-'q"[:n])
					word[pos] = byte(b)
					text := string(word) + strings.Repeat(string(rune(fill))[:1], 8)
					if got, want := wordCase8(load8(text, 0), n), wantCase8(text[:n]); got != want {
						t.Fatalf("wordCase8(%q, %d) = %b, want %b", text, n, got, want)
					}
				}
			}
		}
	}
}

// FuzzWordCase8 checks wordCase8 against wordCase on any bytes.
func FuzzWordCase8(f *testing.F) {
	f.Add("Baghdad said", 7)
	f.Add("US troops", 2)
	f.Add("Zürich police", 6)
	f.Fuzz(func(t *testing.T, text string, n int) {
		if n < 1 || n > 8 || len(text) < 8 {
			return
		}
		if got, want := wordCase8(load8(text, 0), n), wantCase8(text[:n]); got != want {
			t.Errorf("wordCase8(%q, %d) = %b, want %b", text, n, got, want)
		}
	})
}

// TestWordClassLists checks that each word list turned into a class
// answers through tok.is exactly as the list does, for its own words
// and for words it lacks.
func TestWordClassLists(t *testing.T) {
	lists := []struct {
		bit uint32
		set *wordset.Set
	}{
		{wcTitleNoun, titleNouns}, {wcOccurVerb, occurVerbs}, {wcNounPrep, nounPreps}, {wcMonthPrep, monthPreps},
		{wcGroupNoun, groupNouns}, {wcAdjectiveAgent, adjectiveAgents}, {wcActorModifier, actorModifiers},
		{wcTitleBeforeGeneral, titleBeforeGeneral}, {wcIngNext, ingNext}, {wcIrregular, irregularForms},
		{wcPastParticiple, pastParticiple}, {wcLightVerb, lightVerbs}, {wcProspective, prospective},
	}
	var words []string
	for _, l := range lists {
		if l.set.Len() == 0 {
			t.Fatalf("class %b has an empty list", l.bit)
		}
		for w := range l.set.All() {
			words = append(words, w)
		}
	}
	words = append(words, "xyzzy", "the", "minister", "erupted", "in", "leaders", "military", "left", "future", "")
	for _, w := range words {
		for _, l := range lists {
			tk := tok{low: w}
			if got, want := tk.is(l.bit), l.set.Has(w); got != want {
				t.Errorf("tok %q is(%b) = %v, the list says %v", w, l.bit, got, want)
			}
		}
	}
}

// TestOtherSenses checks words that are nouns or another sense here, no
// trigger: a blast after "of"/"in", a back injury, a patient who
// complained of pain, police seeking a missing person.
func TestOtherSenses(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the blast of a bomb", "2004-09-10", "Indonesian police release video tape of embassy blast.", nil, []string{"111"}},
		{"back injuries", "2009-05-01", "The officers complained of neck and back injuries and were being evaluated.", nil, []string{"051", "114"}},
		{"seeking a missing woman", "2009-05-01", "Henrico police seek missing Glen Allen woman.", nil, []string{"020"}},
		{"a headline blast stays criticism", "2016-05-01", "Trump blasts Clinton over emails.", []string{"USA  111"}, nil},
		{"a complaint of prices stays", "2009-05-01", "Farmers complained of high prices set by the government.", []string{"AGR  114"}, nil},
	})
}
