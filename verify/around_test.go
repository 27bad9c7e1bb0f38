package verify

import (
	"strings"
	"testing"
)

// firstAroundRegexp is firstAround without the word-start prefilter: the
// relation expression searched over each window, the reference the
// anchored search must agree with.
func firstAroundRegexp(p *relationPattern, text, lower string, wins [][2]int) ([]int, bool) {
	for _, w := range wins {
		if !containsAny(strings.ToLower(text[w[0]:w[1]]), p.verbs) {
			continue
		}
		if loc := p.re.FindStringIndex(text[w[0]:w[1]]); loc != nil {
			return []int{w[0] + loc[0], w[0] + loc[1]}, true
		}
	}
	return nil, false
}

// checkFirstAround compares firstAround with firstAroundRegexp on
// sentence for every relation pattern.
func checkFirstAround(t *testing.T, sentence string) {
	t.Helper()
	lower := strings.ToLower(sentence)
	aligned := len(lower) == len(sentence)
	if !aligned {
		lower = sentence // as lowerOf: the windows are lowered again
	}
	// windows reads the keys' offsets from lower: only an aligned lower
	// case gives text's offsets (a lower case that differs in length,
	// as for invalid UTF-8 or "İ", would index past the text)
	wins := [][2]int{{0, len(sentence)}}
	if aligned {
		wins = windows(sentence, lower, relationKeys, 80, 90)
	}
	for i := range relationPatterns {
		p := &relationPatterns[i]
		got, gok := firstAround(p, sentence, lower, aligned, wins)
		want, wok := firstAroundRegexp(p, sentence, lower, wins)
		if gok != wok || gok && (got[0] != want[0] || got[1] != want[1]) {
			t.Errorf("%s in %q: firstAround = %v %v, the expression finds %v %v", p.kind, sentence, got, gok, want, wok)
		}
	}
}

// TestFirstAroundAnchored checks that trying the relation expressions
// only at word starts that begin like them finds what searching every
// byte finds: every alternative of every pattern, in any case, after
// other words that begin alike, and at a window cut inside a word.
func TestFirstAroundAnchored(t *testing.T) {
	sentences := []string{
		"The two countries never had diplomatic relations.",
		"Iran and Israel have never maintained formal ties, officials said.",
		"Israel has no diplomatic relations with Iran.",
		"Japan has broken off ties; Morocco broke diplomatic relations, Indonesia froze relations and Britain ended its diplomatic relations; ties were frozen.",
		"Ties that ended, friends' ends, the broken relations and a freezer of ties.",
		"Paraguay, which has officially recognized the Republic of China since 1957, HAS RECOGNISED Taiwan.",
		"Israel hasn't had diplomatic relations with Iran since 1979; the US has not had any ties with it since 1980.",
		"They HAVE NO TIES with Tehran.",
		"Saudi Arabia and Iran restored diplomatic relations in 2023.",
		"They re-established ties and later Re-Establishing relations failed; reestablishes relations.",
		"Cuba and the United States resumed full diplomatic relations; normalised ties; normalized relations.",
		"Egypt renewed its ties with Qatar after renewing relations.",
		"They severed relations in 1979 and restored them in 2016.",
		"Morocco cut off all diplomatic ties; cutting ties; broke off relations; breaks off ties; breaking off relations.",
		"Bahrain suspended its diplomatic relations with Qatar.",
		"The two states established formal diplomatic relations; opened diplomatic ties.",
		"Diplomatic relations between Iran and Saudi Arabia were restored in March.",
		"Ties between the two neighbours, long troubled by a border dispute, were formally severed.",
		"Relations were broken off and ties had been suspended; relations have been established.",
		"Reporters said relations remained tense; the region's ties to Russia reached a record.",
		"Restoring them took years, and resumed them later.",
		"Public relations experts renewed their contract; trade ties were cut.",
		"RELATIONS WERE CUT IN 2017 AND RESTORED IN 2021.",
		"ſevered relations: the long s folds to s.",
		"They ſevered ties, then Ｃut relations and restored relations.",
		"establishment of relations, re-establishing ties, unrestored relations, disestablished ties",
		strings.Repeat("x", 70) + "orestored relations with a window that starts inside a word " + strings.Repeat("y", 100) + " ties",
		"dipl_omatic relations were cut; foo_restored ties; 3cut ties",
	}
	for _, s := range sentences {
		checkFirstAround(t, s)
	}
}

// FuzzFirstAround checks firstAround against the expression searched
// over each window on any text.
func FuzzFirstAround(f *testing.F) {
	f.Add("Saudi Arabia and Iran restored diplomatic relations in 2023.")
	f.Add("Relations between Iran and Egypt were severed in 1980.")
	f.Add("They never had ties; they have no relations; they opened diplomatic ties.")
	f.Add("ſevered relations")
	f.Fuzz(func(t *testing.T, s string) {
		checkFirstAround(t, s)
	})
}

func TestClauseBreak(t *testing.T) {
	for _, tc := range []struct {
		text, want string // want: the clause kept
	}{
		{" with Qatar in June 2015, accusing it of being too close to Iran.", " with Qatar in June 2015"},
		{" with Saudi Arabia, the United Arab Emirates, Bahrain and Egypt in 2017.", " with Saudi Arabia, the United Arab Emirates, Bahrain and Egypt in 2017."},
		{" with Israel in 2009, which Morales had called a terrorist state.", " with Israel in 2009"},
		{" with Iran; Bahrain followed.", " with Iran"},
		{" with Cuba in 2015, and Obama visited Havana.", " with Cuba in 2015, and Obama visited Havana."},
	} {
		if got := tc.text[:clauseBreak(tc.text)]; got != tc.want {
			t.Errorf("clauseBreak(%q) keeps %q; want %q", tc.text, got, tc.want)
		}
	}
}
