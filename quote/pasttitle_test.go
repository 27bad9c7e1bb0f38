package quote

import (
	"strings"
	"testing"
)

// TestPastTitleLowering checks pastTitle and honorific, which lower an
// ASCII title on the stack, against the same tests on strings.ToLower
// of the title, for ASCII titles and for titles whose lower case has
// another length or other bytes.
func TestPastTitleLowering(t *testing.T) {
	slowPast := func(t string) bool {
		l := strings.ToLower(t)
		return strings.Contains(l, "former") || strings.HasPrefix(l, "ex-") || hasWordIn(l, pastTitleWords)
	}
	slowHonorific := func(t string) bool {
		switch strings.ToLower(strings.TrimSuffix(t, ".")) {
		case "mr", "mrs", "ms", "miss":
			return true
		}
		return false
	}
	for _, title := range []string{
		"", "President", "Former President", "FORMER prime minister", "ex-Minister", "Ex-minister",
		"Ousted President", "the then\tforeign minister", "late king", "Deputy Prime Minister",
		"one-time ally", "Lateral thinker", "former", "ex", "Mr.", "MR", "Mrs", "Ms.", "Miss", "Mister",
		"M\u017f", "M\u0130SS", "\u0130x-Minister", "Pr\u00e9sident", "ousted\u00a0President",
		strings.Repeat("Deputy ", 12) + "Minister", strings.Repeat("Deputy ", 12) + "Ousted Minister",
	} {
		if got, want := pastTitle(title), slowPast(title); got != want {
			t.Errorf("pastTitle(%q) = %v; want %v", title, got, want)
		}
		if got, want := honorific(title), slowHonorific(title); got != want {
			t.Errorf("honorific(%q) = %v; want %v", title, got, want)
		}
	}
}
