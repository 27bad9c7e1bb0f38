package mention

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/sampletext"
)

// TestOfficeWordAgrees checks that officeWord, which answers a plain
// word by its id, agrees with the lookup of the word's lower case in
// each map, for every word of the example articles and for the words of
// the maps themselves, written in any case.
func TestOfficeWordAgrees(t *testing.T) {
	s := shippedStage(t)
	var sb strings.Builder
	for _, m := range []map[string]bool{s.aliasFirst, s.stateFirst, s.aliasLast} {
		for w := range m {
			sb.WriteString(w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
		}
	}
	sb.WriteString("Gen. Chief-of-Staff O'Brien's army chief, Commander X9 zzqx Gerasimov. ")
	if len(s.aliasFirst) == 0 || len(s.stateFirst) == 0 || len(s.aliasLast) == 0 {
		t.Fatal("the shipped KB gives aliasTitleClaims no office words")
	}
	texts := append([]string{sb.String()}, sampletext.Texts(t, filepath.Join("..", "examples"))...)
	checked := 0
	for _, text := range texts {
		p := &proc{s: s, text: text}
		p.setTokens(tokenize(text, nil, s.v, nil))
		for i := range p.toks {
			if !p.toks[i].word() {
				continue
			}
			for _, c := range []struct {
				m   map[string]bool
				bit byte
			}{{s.aliasFirst, owAliasFirst}, {s.stateFirst, owStateFirst}, {s.aliasLast, owAliasLast}} {
				checked++
				if got, want := p.officeWord(i, c.m, c.bit), c.m[p.lower(i)]; got != want {
					t.Errorf("%q (bit %d): officeWord %v, map %v", p.word(i), c.bit, got, want)
				}
			}
		}
	}
	t.Logf("%d words checked", checked)
}
