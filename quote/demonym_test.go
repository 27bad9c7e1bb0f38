package quote

import (
	"strings"
	"testing"
)

// demonymRef is demonym's definition: the endings tried in turn.
func demonymRef(w string) bool {
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "i", "ic", "ch", "ine"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// TestDemonym checks the last-byte switch of demonym against the list of
// endings, around each ending's length bound.
func TestDemonym(t *testing.T) {
	words := []string{"", "i", "ai", "iai", "Iraqi", "Thai", "Iran", "Oman", "Cuban", "Syrian", "Korean", "Asian",
		"ian", "xian", "xxian", "Arabic", "Baltic", "tic", "xtic", "Czech", "tech", "xech", "Dutch", "British", "fish", "xfish",
		"Chinese", "these", "xxese", "Palestine", "wine", "xwine", "Philippine", "said", "minister", "Beijing", "an", "xan", "xxan"}
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "i", "ic", "ch", "ine", "n", "h", "e", "c"} {
		for pre := 0; pre <= 4; pre++ {
			words = append(words, strings.Repeat("x", pre)+suf)
		}
	}
	for _, w := range words {
		if got, want := demonym(w), demonymRef(w); got != want {
			t.Errorf("demonym(%q) = %v; want %v", w, got, want)
		}
	}
}

func FuzzDemonym(f *testing.F) {
	for _, w := range []string{"Syrian", "Iraqi", "British", "Czech", "Chinese", "Argentine", "tech"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := demonym(w), demonymRef(w); got != want {
			t.Errorf("demonym(%q) = %v; want %v", w, got, want)
		}
	})
}
