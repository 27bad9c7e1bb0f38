package mention

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/sampletext"
)

// TestAliasKeysFilter checks that aliasTitleClaims' filter never turns a
// span away that an office alias or name folds to: every key of
// officeAlias and officeName, written as text in its own case, in title
// case and in capitals, with hyphens and abbreviation dots, hashes
// (foldKey, seqStep) to a sequence the filter holds whenever every token
// is one appendFoldWords folds; and that for the spans of the example
// articles, the filter's "plain" answer agrees with appendFoldWords.
func TestAliasKeysFilter(t *testing.T) {
	s := shippedStage(t)
	var texts []string
	for _, m := range []map[string]string{s.officeAlias, s.officeName} {
		for key := range m {
			texts = append(texts, key, strings.ToUpper(key), capitalised(key), strings.ReplaceAll(capitalised(key), " ", "-"))
		}
	}
	if len(texts) == 0 {
		t.Fatal("the shipped KB has no office aliases")
	}
	checked := 0
	for _, text := range texts {
		p := &proc{s: s, text: text}
		p.setTokens(tokenize(text, nil, s.v, nil))
		n := len(p.toks)
		seq, plain := uint64(hashSeed), true
		for k := n - 1; k >= 0 && plain; k-- {
			key, ok := p.foldKey(k)
			plain = ok && (k == n-1 || p.spaceBefore(k+1))
			seq = seqStep(seq, key)
		}
		if !plain || p.fold(0, n) != fold(text) {
			continue
		}
		checked++
		if _, ok := s.officeAlias[fold(text)]; !ok {
			if _, ok := s.officeName[fold(text)]; !ok {
				continue // a spelling that folds to no key ("COMMANDER-IN-CHIEF" does; others may not)
			}
		}
		if !s.aliasKeys.has(seq) {
			t.Errorf("%q: the filter lacks its words", text)
		}
	}
	if checked == 0 {
		t.Fatal("no key checked")
	}
	// the spans of the examples: plain exactly when appendFoldWords folds
	// the span word by word
	for _, text := range sampletext.Texts(t, filepath.Join("..", "examples")) {
		p := &proc{s: s, text: text}
		p.setTokens(tokenize(text, nil, s.v, nil))
		for e := 1; e <= len(p.toks); e++ {
			plain := true
			for k := e - 1; k >= 0 && k >= e-6; k-- {
				_, ok := p.foldKey(k)
				plain = plain && ok && (k == e-1 || p.spaceBefore(k+1))
				var arr [64]byte
				if _, want := p.appendFoldWords(arr[:0], k, e); plain != want {
					t.Errorf("%q: plain %v, appendFoldWords %v", text[p.toks[k].start:p.toks[e-1].end], plain, want)
				}
			}
		}
	}
	t.Logf("%d keys checked", checked)
}

// capitalised capitalises the first letter of every word of s.
func capitalised(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if x != "" {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}
