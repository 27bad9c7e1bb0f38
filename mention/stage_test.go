package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// Tests of the mention stage on truncated input.

// TestTruncated runs the stage on every word prefix of the QA13
// phrase shapes: the rules read tokens after a name, a comma or a title
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
