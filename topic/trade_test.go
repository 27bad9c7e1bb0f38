package topic

import (
	"strings"
	"testing"
)

// tradeInGoodsByIndex is the plain statement of tradeInGoods: each of
// tradeWords searched for with strings.Index, kept as an occurrence when
// no letter or digit touches it. tradeInGoods must answer as it does.
func tradeInGoodsByIndex(low string) bool {
	for _, w := range tradeWords {
		for at := 0; ; {
			k := strings.Index(low[at:], w)
			if k < 0 {
				break
			}
			start, end := at+k, at+k+len(w)
			if (start == 0 || !isAlnum(low[start-1])) && (end == len(low) || !isAlnum(low[end])) {
				return true
			}
			at = end
		}
	}
	return false
}

func TestTradeInGoods(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"", false},
		{"goods", true},
		{"u.s. goods.", true},
		{"the goodson family", false},
		{"badgoods", false},
		{"imports of steel", true},
		{"(tariffs)", true},
		{"tariff", true},
		{"tariffe", false},
		{"anti-dumping duties", true},
		{"anti-dumpings", false},
		{"the world trade organization said", true},
		{"the world trade organizations", false},
		{"world trade organization", true},
		{"world trade", false},
		{"the world  trade organization", false}, // two spaces: not the phrase
		{"newworld trade organization", false},
		{"the wto.", true},
		{"wtop radio", false},
		{"café goods", true},      // a non-ASCII byte is no letter here
		{"goods\u00e9", true},     // nor after the word
		{"x2goods 3goods", false}, // digits are
		{"sanctions on oil", false},
	} {
		if got := tradeInGoods(tc.low); got != tc.want {
			t.Errorf("tradeInGoods(%q) = %v, want %v", tc.low, got, tc.want)
		}
		if got := tradeInGoodsByIndex(tc.low); got != tc.want {
			t.Errorf("tradeInGoodsByIndex(%q) = %v, want %v (bad test case)", tc.low, got, tc.want)
		}
	}
}

func FuzzTradeInGoods(f *testing.F) {
	for _, s := range []string{"goods", "anti-dumping", "the world trade organization", "world trade organizations", "wto-goods", "tariffs\u2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, low string) {
		if got, want := tradeInGoods(low), tradeInGoodsByIndex(low); got != want {
			t.Errorf("tradeInGoods(%q) = %v, by Index %v", low, got, want)
		}
	})
}

// BenchmarkTradeInGoods times tradeInGoods on a news-length text that
// names no trade word, the case that reads it all.
func BenchmarkTradeInGoods(b *testing.B) {
	low := strings.Repeat("the minister said on tuesday that the sanctions would stay in force until the talks resume. ", 12)
	b.SetBytes(int64(len(low)))
	for b.Loop() {
		if tradeInGoods(low) {
			b.Fatal("found a trade word")
		}
	}
}

func TestAlnumByte(t *testing.T) {
	for c := range 256 {
		if alnumByte[c] != isAlnum(byte(c)) {
			t.Errorf("alnumByte[%#x] = %v, isAlnum %v", c, alnumByte[c], isAlnum(byte(c)))
		}
	}
}
