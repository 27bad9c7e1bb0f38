package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// TestSentenceWordGates checks the scans of a whole sentence that emit
// skips when the sentence's words (match.words) lack the word they look
// for: with the words they answer as without them.
func TestSentenceWordGates(t *testing.T) {
	for _, tc := range []struct {
		text    string
		alleged bool // "according to" marks a report
		place   bool // unknownPlace finds a name
	}{
		{"Troops occupied an airport in the southern city of Andahuaylas on Monday.", false, true},
		{"Troops occupied an airport in the district of Xyzzytown, according to officials.", true, true},
		{"Rebels attacked the town, according to witnesses.", true, false},
		{"Rebels attacked the capital of Foo.", false, false},
		{"Israel and Iran held talks in Oman.", false, false},
	} {
		d := &doc.Doc{Text: tc.text}
		low := segment.LowerASCII(tc.text)
		toks := tokenize(tc.text, low, 0, len(tc.text), nil)
		var words wordSet
		for i := range toks {
			words.addHash(toks[i].hash())
		}
		k0, n0 := unknownPlace(d, toks, nil)
		k1, n1 := unknownPlace(d, toks, &words)
		if k0 != k1 || n0 != n1 || (n1 > 0) != tc.place {
			t.Errorf("%q: unknownPlace = %d,%d with the words, %d,%d without; want a name: %v", tc.text, k1, n1, k0, n0, tc.place)
		}
		c := New(nil, nil)
		for _, ws := range []*wordSet{nil, &words} {
			m := match{head: 1, start: 1, end: 2, headEnd: 2, anchorEnd: 2, words: ws}
			if _, _, alleged := c.modality(toks, nil, &m, nil); alleged != tc.alleged {
				t.Errorf("%q (words %v): alleged = %v, want %v", tc.text, ws != nil, alleged, tc.alleged)
			}
		}
	}
}

// TestParenGate checks namedActors with the sentence's words against
// namedActors without them: the parenthesis scans it skips when the
// words lack "(" change nothing, and a credit in parentheses is still
// dropped.
func TestParenGate(t *testing.T) {
	for _, tc := range []struct {
		text  string
		wantN int // actors found
	}{
		{"Israel (Reuters) struck Syria on Monday.", 2},
		{"Israel (Israel) struck Syria on Monday.", 2}, // one actor over "Israel (Israel)"
		{"Israel struck Syria on Monday.", 2},
	} {
		d := testDoc(tc.text)
		c := New(nil, nil)
		low := segment.LowerASCII(tc.text)
		got := make([][]actor, 2)
		for k, useWords := range []bool{false, true} {
			toks := sentenceTokens(d, d.Sentences[0], low, nil, nil)
			var words wordSet
			for i := range toks {
				words.addHash(toks[i].hash())
			}
			s := &scratch{low: low, sorted: true, lastPersonSent: -10}
			var ws *wordSet
			if useWords {
				ws = &words
			}
			got[k] = c.namedActors(d, d.Sentences[0], toks, ws, kb.DateOf(d.Date), s, nil)
		}
		if len(got[0]) != len(got[1]) || len(got[1]) != tc.wantN {
			t.Errorf("%q: %d actors with the words, %d without; want %d", tc.text, len(got[1]), len(got[0]), tc.wantN)
			continue
		}
		for i := range got[0] {
			if got[0][i].t0 != got[1][i].t0 || got[0][i].t1 != got[1][i].t1 || got[0][i].id != got[1][i].id {
				t.Errorf("%q: actor %d is %+v with the words, %+v without", tc.text, i, got[1][i], got[0][i])
			}
		}
	}
}

// TestHyphenModifier checks the hyphenated participles that make an
// actor a modifier, each participle of hyphenModified's list among them
// (hyphenTail must let their last two bytes through).
func TestHyphenModifier(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"us-made", true}, {"soviet-built", true}, {"state-run", true}, {"hamas-held", true},
		{"state-owned", true}, {"us-funded", true}, {"us-armed", true}, {"us-trained", true},
		{"qatar-brokered", true}, {"iran-sponsored", true}, {"iran-backed", true}, {"saudi-led", true},
		{"anti-war", true}, {"pro-russia", true},
		{"russia-ukraine", false}, {"al-qaeda", false}, {"israel", false}, {"-ed", false}, {"d", false}, {"us-ed", true},
	} {
		toks := []tok{{low: tc.word}}
		if got := hyphenModified(toks, &actor{t0: 0, t1: 1}); got != tc.want {
			t.Errorf("hyphenModified(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestObjectPronounGate checks objectPronounIn, which skips the scan
// when the sentence's words lack "him" and "her", against objectPronoun.
func TestObjectPronounGate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Draghi congratulated her.", 2},
		{"Police arrested him on Monday.", 2},
		{"Draghi met Meloni on Monday.", 0},
		{"Her government fell.", 0},
	} {
		toks := tokenize(tc.text, segment.LowerASCII(tc.text), 0, len(tc.text), nil)
		var words wordSet
		for i := range toks {
			words.addHash(toks[i].hash())
		}
		if got, all := objectPronounIn(toks, &words), objectPronoun(toks); got != tc.want || all != tc.want {
			t.Errorf("%q: objectPronounIn = %d, objectPronoun = %d, want %d", tc.text, got, all, tc.want)
		}
	}
}

// TestChargeWordGate checks chargedCrime with the sentence's words
// against chargedCrime without them.
func TestChargeWordGate(t *testing.T) {
	for _, tc := range []struct {
		text string
		head int // the crime noun
		want bool
	}{
		{"He was charged with murder and arson.", 6, true},
		{"He has been convicted of murder.", 5, true},
		{"Rebels committed murder and arson.", 4, false},
	} {
		toks := tokenize(tc.text, segment.LowerASCII(tc.text), 0, len(tc.text), nil)
		var words wordSet
		for i := range toks {
			words.addHash(toks[i].hash())
		}
		actorAt := make([]int, len(toks))
		for i := range actorAt {
			actorAt[i] = -1
		}
		for _, ws := range []*wordSet{nil, &words} {
			m := match{start: tc.head, head: tc.head, end: tc.head + 1, headEnd: tc.head + 1, words: ws}
			if got := chargedCrime(toks, actorAt, &m); got != tc.want {
				t.Errorf("%q (words %v): chargedCrime = %v, want %v", tc.text, ws != nil, got, tc.want)
			}
		}
	}
}

// TestSentenceTokensReusedBuffer checks that sentenceTokens gives the
// same tokens in a buffer left dirty by another sentence as in a new
// one: the tokens it sets field by field (growTok) must set every field.
func TestSentenceTokensReusedBuffer(t *testing.T) {
	text := "Israel and Iran held direct talks in Oman on Monday, officials said."
	d := testDoc(text)
	d.Tokens = nil
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != ',' && text[j] != '.' {
			j++
		}
		if j > i {
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokWord, Alnum: true})
			i = j
			continue
		}
		if text[i] != ' ' {
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + 1}, Kind: doc.TokPunct})
		}
		i++
	}
	d.Fill(doc.LayerTokens)
	low := segment.LowerASCII(text)
	sent := doc.Span{Start: 0, End: len(text)}
	fresh := sentenceTokens(d, sent, low, nil, nil)
	dirty := make([]tok, 0, 64)
	for i := 0; i < 64; i++ {
		dirty = append(dirty, tok{start: -1, end: -1, low: "x", punct: true, upper: true, capsAll: true, cls: 7, h: 9})
	}
	for i := range fresh {
		fresh[i].is(wcPreposition) // fills cls, as coding does
	}
	reused := sentenceTokens(d, sent, low, dirty[:0], nil)
	for i := range reused {
		reused[i].is(wcPreposition)
	}
	if len(reused) != len(fresh) {
		t.Fatalf("%d tokens in a reused buffer, %d in a new one", len(reused), len(fresh))
	}
	for i := range fresh {
		if reused[i] != fresh[i] {
			t.Errorf("token %d: %+v in a reused buffer, %+v in a new one", i, reused[i], fresh[i])
		}
	}
}
