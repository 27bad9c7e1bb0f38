package topic

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// A countryName is one name of a KB country as lower-case words
// ("south", "korea"), with the country's ISO3 code.
type countryName struct {
	words   []string
	country string
}

// indexCountryNames returns the names, aliases and demonyms of the KB's
// countries by their first lower-case word, longest first. Names with a
// word that is not all ASCII letters ("U.S." folds to "u s"; one letter
// is no word) are left out: a headline writes them in forms the words
// of Score do not match, and so are acronyms.
func indexCountryNames(k *kb.KB) map[string][]countryName {
	out := map[string][]countryName{}
	for _, a := range k.Actors() {
		if a.Kind != kb.KindCountry || a.ID == "" {
			continue
		}
		for _, n := range a.AllNames() {
			addCountryName(out, a, n)
		}
	}
	for _, ns := range out {
		// longest first: "south africa" before "south"
		slices.SortStableFunc(ns, func(a, b countryName) int { return len(b.words) - len(a.words) })
	}
	return out
}

// addCountryName adds one name of the country a to the index out, when
// it is a name, an alias or a demonym of letters only, and no acronym.
func addCountryName(out map[string][]countryName, a *kb.Actor, n kb.Name) {
	switch n.Kind {
	case kb.NameCanonical, kb.NameAlias, kb.NameDemonym:
	default:
		return
	}
	ws := strings.Fields(n.Folded)
	if len(ws) == 0 || !allLetterWords(ws) || isAcronym(n.Text) {
		return
	}
	for _, o := range out[ws[0]] {
		if o.country == a.ID && strings.Join(o.words, " ") == n.Folded {
			return
		}
	}
	out[ws[0]] = append(out[ws[0]], countryName{words: ws, country: a.ID})
}

// isAcronym reports whether a name is written in capitals only ("SADR",
// "UAE"): as a word in title case ("Sadr") it is another name.
func isAcronym(name string) bool {
	return strings.ToUpper(name) == name
}

// allLetterWords reports whether every word has two or more bytes, all
// lower-case ASCII letters.
func allLetterWords(ws []string) bool {
	for _, w := range ws {
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; c < 'a' || c > 'z' {
				return false
			}
		}
	}
	return true
}

// headlineCountry returns the country a capitalised headline word begins
// the name of, and the number of words the name takes ("South Korea":
// 2), or "", 0. Score asks it for the headline words outside the names
// the mention and place stages linked: in a headline in title case
// ("Two U.S. Soldiers Killed in Iraq Bombings") every word has a capital,
// so a country name may be read as part of a longer unknown name ("Iraq
// Bombings") and left unlinked, yet it still says where the story
// happens.
func (s *Stage) headlineCountry(wt *wordText, words []word) (string, int) {
	wd := &words[0]
	orig := wt.orig(wd)
	if c := orig[0]; c < 'A' || c > 'Z' || wd.named {
		return "", 0
	}
	for _, cn := range s.countries[trimPossessive(wt.lower(wd))] {
		if len(cn.words) > len(words) {
			continue
		}
		ok := true
		for j := 1; j < len(cn.words); j++ {
			w := &words[j]
			if w.named || !w.title || trimPossessive(wt.lower(w)) != cn.words[j] {
				ok = false
				break
			}
		}
		if ok {
			return cn.country, len(cn.words)
		}
	}
	return "", 0
}
