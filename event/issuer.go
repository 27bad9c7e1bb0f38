package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// statementHeads open the title of a statement whose author follows
// ("Statement by the Ministry of Foreign Affairs of the Republic of
// Kenya"). A joint statement has several authors and none is "we" alone.
var statementHeads = []string{"statement by ", "statement from ", "statement of ", "press statement by ", "press release by ",
	"press release from ", "communique by ", "communiqué by ", "communique of ", "communiqué of ", "declaration by "}

// issuer returns the body a statement's title names as its author, as
// an actor with no tokens: the title's longest run of words, from the
// end, that names a KB country or organisation ("… of the Republic of
// Kenya" → KEN); a ministry, government, presidency, office, embassy or
// mission of a country is its government (sector GOV). A title of any
// other kind names no issuer.
func (c *Coder) issuer(title string) (actor, bool) {
	if c.kb == nil || len(title) < len("statement by x") {
		return actor{}, false
	}
	t := strings.TrimSpace(title)
	if t == "" || !headFirst(t[0]) {
		return actor{}, false // nearly every title: not lowered
	}
	low := strings.ToLower(t)
	rest := ""
	for _, h := range statementHeads {
		if strings.HasPrefix(low, h) {
			rest = strings.TrimSpace(title[len(h):])
			break
		}
	}
	if rest == "" {
		return actor{}, false
	}
	words := strings.Fields(rest)
	for i := 0; i < len(words); i++ {
		name := strings.Join(words[i:], " ")
		for _, ka := range c.kb.ByName(kb.Fold(name)) {
			if ka.Kind != kb.KindCountry && ka.Kind != kb.KindOrganization {
				continue
			}
			a := actor{id: ka.ID, name: rest, country: ka.Country, code: ka.CAMEO}
			if ka.Kind == kb.KindCountry {
				a.country, a.code = ka.ID, ""
				if i > 0 && govWords(strings.ToLower(strings.Join(words[:i], " "))) {
					a.sector = "GOV"
				}
			}
			return a, true
		}
	}
	return actor{}, false
}

// headFirst reports whether c, a title's first byte, may open one of
// statementHeads, all of which begin with s, p, c or d in either case:
// the prefilter that spares issuer lowering an ordinary headline.
func headFirst(c byte) bool {
	c |= 0x20
	return c == 's' || c == 'p' || c == 'c' || c == 'd'
}

// govWords reports a phrase naming a state body: a ministry,
// government, presidency, office, embassy or mission.
func govWords(s string) bool {
	for _, w := range []string{"ministry", "government", "president", "prime minister", "office", "embassy", "mission", "cabinet", "department", "foreign"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
