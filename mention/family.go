package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// familyFirstCountries are the countries whose people's names the KB
// (like English news) writes family name first: "Xi Jinping" is "Xi"
// after the first mention, "Moon Jae-in" "Moon", "Lee Hsien Loong"
// "Lee". Japanese, Vietnamese and Hungarian names are written in
// English given name first or referred to by a given name, so they are
// not listed.
var familyFirstCountries = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true, "SGP": true}

// westernGiven holds the English and European given names of the
// given-name lexicon (givenNames up to its Arabic part, and
// moreGivenNames): a KB person of a family-first country whose name opens
// with one is written given name first ("Carrie Lam", "Tony Tan").
var westernGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range givenNames {
		if n == "mohammad" {
			break
		}
		m[n] = true
	}
	for _, n := range moreGivenNames {
		m[n] = true
	}
	return m
}()

// addFamilyName learns the family name that opens the full name of a KB
// person of a family-first country as a surname pattern: like a last
// name it types a mention and links it only to the person the article
// names in full (see resolvePersons). It records the family name in
// s.family so that, with no such person named, the word is dropped
// rather than kept as someone unknown ("the Moon", "Xi" alone).
func (s *Stage) addFamilyName(a *kb.Actor, actor int32) {
	if !familyFirstCountries[a.Country] {
		return
	}
	words := strings.Fields(a.Name)
	if len(words) < 2 || len(words[0]) < 2 || strings.ContainsAny(words[0], "-.") {
		return
	}
	first := words[0]
	if r := first[0]; r < 'A' || r > 'Z' || westernGiven[strings.ToLower(first)] {
		return // "Carrie Lam", "John Lee", "Lawrence Wong": given name first
	}
	if strings.EqualFold(first, words[len(words)-1]) {
		return // "Lee Lee": the family name is also the last
	}
	if s.family == nil {
		s.family = map[int32]string{}
	}
	s.family[actor] = first
	s.addName(first, actor, nhSurname)
}

// familyOnly reports whether found f, a surname pattern no person the
// article names in full took, matched only as the family name of
// family-first KB people: it then names none of them ("Moon" with no
// "Moon Jae-in" in the article is the moon or someone else).
func (p *proc) familyOnly(f *found) bool {
	if !f.surname || f.j-f.i != 1 || len(f.persons) == 0 {
		return false
	}
	w := p.word(f.i)
	for _, c := range f.persons {
		if fam, ok := p.s.family[c]; !ok || !strings.EqualFold(fam, w) {
			return false
		}
	}
	return true
}

// reversibleCountries are the countries whose people the KB and most
// English news name given name first while their own press, and wires
// that follow it (Kyodo since 2019), may write the family name first:
// "Kono Taro" for Taro Kono, "Abe Shinzo".
var reversibleCountries = map[string]bool{"JPN": true}

// reversedName returns a person's two-word KB name with the family name
// first ("Kono Taro"), or "" when the person's country is not one of
// reversibleCountries or the name is not two words.
func reversedName(a *kb.Actor) string {
	if a.Kind != kb.KindPerson || !reversibleCountries[a.Country] {
		return ""
	}
	given, family, ok := strings.Cut(a.Name, " ")
	if !ok || strings.Contains(family, " ") {
		return ""
	}
	return family + " " + given
}
