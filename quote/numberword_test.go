package quote

import (
	"strings"
	"testing"
)

// TestNumberWord checks numberWord on hyphenated and malformed words: every
// part between hyphens must be a number word.
func TestNumberWord(t *testing.T) {
	for w, want := range map[string]bool{
		"two": true, "twenty-two": true, "twenty-two-hundred": true, "dozens": true,
		"": false, "-": false, "twenty-": false, "-two": false, "twentytwo": false,
		"said": false, "two-thirds": false, "Two": false,
	} {
		if got := numberWord(w); got != want {
			t.Errorf("numberWord(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestSpaceOrHyphen checks spaceOrHyphen against strings.IndexAny.
func TestSpaceOrHyphen(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "al-Sisi", "-x", "x ", "Erdoğan’s ally", "naïve-ish", "—"} {
		if got, want := spaceOrHyphen(s), strings.IndexAny(s, " -"); got != want {
			t.Errorf("spaceOrHyphen(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestIsTitleWordHyphens checks isTitleWord on hyphenated words against
// its definition: every part between hyphens a title word or "in", "of",
// "at", and at least one a title word other than "of".
func TestIsTitleWordHyphens(t *testing.T) {
	def := func(w string) bool {
		if titleWords.Has(w) {
			return true
		}
		if !strings.Contains(w, "-") {
			return false
		}
		n := 0
		for _, p := range strings.Split(w, "-") {
			switch {
			case titleWords.Has(p) && p != "of":
				n++
			case p == "in" || p == "of" || p == "at":
			default:
				return false
			}
		}
		return n > 0
	}
	for _, w := range []string{"president", "president-elect", "commander-in-chief", "of-of", "in-at", "-", "minister-", "-minister", "vice-president", "ex-minister", "said", ""} {
		if got, want := isTitleWord(w), def(w); got != want {
			t.Errorf("isTitleWord(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestIsPluralOf checks isPluralOf against its definition, w == head+"s".
func TestIsPluralOf(t *testing.T) {
	for _, c := range [][2]string{{"officials", "official"}, {"official", "official"}, {"officialx", "official"}, {"s", ""}, {"", ""}, {"ss", "s"}, {"sources", "source"}, {"source", "sources"}} {
		if got, want := isPluralOf(c[0], c[1]), c[0] == c[1]+"s"; got != want {
			t.Errorf("isPluralOf(%q, %q) = %v; want %v", c[0], c[1], got, want)
		}
	}
}
