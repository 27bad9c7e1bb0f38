package mention

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-project/sitrep/internal/sampletext"
	"github.com/sitrep-project/sitrep/kb"
)

// TestLowOpenSkipsNoMatch checks that matchNames' skip of lower-case
// words that open no name in lower case (lowClosed) changes nothing: the
// mentions equal those of a stage that walks the trie from every word.
func TestLowOpenSkipsNoMatch(t *testing.T) {
	fast := shippedStage(t)
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	slow := New(k, Options{})
	slow.lowOpen = nil // lowClosed answers false: every word walks
	texts := []string{
		"al-Shabaab fighters attacked the base, said to lam's aides.",
		// KB names that open with a lower-case word
		"Ursula von der Leyen spoke; von der Leyen left. He met de Hoop Scheffer and the occupied East Jerusalem mayor.",
		"the iSrael army said the us would act.",
		// sloppy text: names written in lower case are still read
		"lol obama went to israel. tunisian fans cheered. vladimir putin met to lam. china said no.",
		"Officials said to reporters that a security deal with the government was near.",
	}
	texts = append(texts, sampletext.Texts(t, filepath.Join("..", "examples"))...)
	for _, text := range texts {
		got := segmented(t, fast, text).Mentions
		want := segmented(t, slow, text).Mentions
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q: mentions differ with the lower-case skip:\n got %v\nwant %v", text, got, want)
		}
	}
	n := 0
	for id, h := range fast.lowOpen {
		if h == lowShut && fast.names.root[id] != 0 {
			n++
		}
	}
	if n == 0 {
		t.Error("no id that opens a name is lowShut: the skip never applies")
	}
}
