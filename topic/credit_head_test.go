package topic

import (
	"strings"
	"testing"
)

// leadCreditWhole is leadCredit as it searched the whole text for the
// separators; leadCredit must answer as it does.
func leadCreditWhole(text string) (credit, bool) {
	i := strings.Index(text, " - ")
	if j := strings.Index(text, ": "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > 40 {
		return credit{}, false
	}
	name := text[:i]
	if strings.Count(name, " ") > 3 {
		return credit{}, false
	}
	c, ok := credits[strings.ToLower(name)]
	return c, ok
}

func TestLeadCreditHead(t *testing.T) {
	pad := func(n int) string { return strings.Repeat("x", n) }
	var texts []string
	for name := range credits {
		texts = append(texts, name+" - The story", name+": The story", "By "+name+" - x")
	}
	for n := 0; n < 46; n++ {
		texts = append(texts, pad(n)+" - rest", pad(n)+": rest", pad(n)+" - a: b", pad(n)+": a - b", pad(n)+" -", pad(n)+":")
	}
	texts = append(texts, "", " - ", ": ", "AFP", "AFP -", "AFP:", "Reuters - "+pad(50)+": x")
	for _, text := range texts {
		gc, gok := leadCredit(text)
		wc, wok := leadCreditWhole(text)
		if gc != wc || gok != wok {
			t.Errorf("leadCredit(%q) = %v, %v; want %v, %v", text, gc, gok, wc, wok)
		}
	}
}
