package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// Tests of the mention stage on truncated input.

// TestTruncated runs the stage on every word prefix of the phrase
// shapes below: the rules read tokens after a name, a comma or a title
// and must stop at the text's end.
func TestTruncated(t *testing.T) {
	for _, text := range []string{
		"ATHENS — Finance Minister Nikos Papadakis, 59, was sworn in as Greece's prime minister",
		"Chrystia Freeland, whose resignation as finance minister",
		"Angela Merkel served four terms as chancellor",
		"Opposition BNP leader Tarique Rahman, Conservative leader Pierre Poilievre",
		"MUNICH — Bavarian state premier Markus Soeder remains premier",
		"KHAO LAK, Thailand — the beaches of Khao Lak",
	} {
		for i := 1; i <= len(text); i++ {
			if i < len(text) && text[i] != ' ' && text[i] != ',' {
				continue
			}
			analyzeShipped(t, text[:i], "2025-03-14")
		}
	}
}

// TestSymbolsInKBNames: a KB name holding a symbol the tokenizer gives
// no id ("★", "!", a zero-width space a file left in) builds a stage,
// which once panicked, and the name's words still match.
func TestSymbolsInKBNames(t *testing.T) {
	s := New(kbOf([]kb.Actor{
		{ID: "org.star", Kind: kb.KindOrganization, Name: "★ Star Alliance"},
		{ID: "org.yahoo", Kind: kb.KindOrganization, Name: "Yahoo!"},
		{ID: "person.f", Kind: kb.KindPerson, Name: "\u200bFahad Al-Jalajel"},
	}), Options{})
	text := "Star Alliance and Yahoo signed a deal, Fahad Al-Jalajel said."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Star Alliance/organization/org.star/alias", "Yahoo/organization/org.yahoo/alias", "Fahad Al-Jalajel/person/person.f/alias"}, nil)
}

// TestGroupWordPaperNames: a listed paper named by a religion or people
// after "The" ("The Hindu") needs the article: "Hindu monarchy" and
// "Hindu nationalists" name no paper.
func TestGroupWordPaperNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The vote ended 240 years of Hindu monarchy in Nepal.", nil, []string{"Hindu"}},
		{"Hindu nationalists marched in Delhi.", nil, []string{"Hindu/organization"}},
		{"He told The Hindu newspaper that he had won.", []string{"Hindu/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2008-06-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGroupWordSurnames: a KB person's surname that is a people's or a
// language's word ("Bill English") is written capitalised in every use,
// so it learns no surname pattern: "English fans" and "learned English"
// are no person, while the full name links and a later "English said"
// joins it. A name with "of" ("Beatrix of the Netherlands") learns no
// surname either.
func TestGroupWordSurnames(t *testing.T) {
	s := New(kbOf([]kb.Actor{
		{ID: "NLD", Kind: kb.KindCountry, Name: "Netherlands", Country: "NLD"},
		{ID: "person.bill-english", Kind: kb.KindPerson, Name: "Bill English", Country: "NZL"},
		{ID: "person.beatrix", Kind: kb.KindPerson, Name: "Beatrix of the Netherlands", Country: "NLD"},
	}), Options{})
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Thousands of English fans travelled to the final.", nil, []string{"English"}},
		{"She soon learned English so she could drive.", nil, []string{"English"}},
		{"Bill English visited Tokyo. English said trade talks would resume.", []string{"Bill English/person/person.bill-english/alias", "English/person/person.bill-english/short-form"}, nil},
	} {
		d := analyze(t, s, tc.text)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
	for i, e := range s.entries {
		if e.how == nhSurname && s.actors[e.actor].ID == "person.beatrix" {
			t.Errorf("entry %d: Beatrix of the Netherlands learnt a surname", i)
		}
	}
}
