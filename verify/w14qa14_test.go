package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW14QA14NormalisedAfterEstablishment: a restoration or normalisation
// claimed in a year after the pair's establishment, with no break recorded
// since, is contradicted (W14 QA14: Japan–South Korea "normalised
// diplomatic relations in 1972", established in 1965); the year of the
// establishment itself is supported.
func TestW14QA14NormalisedAfterEstablishment(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Japan and South Korea, which normalised diplomatic relations in 1972, remain divided over history.", "2023-03-16", doc.Contradicted, "1965-12-18"},
		{"Japan and South Korea, which normalised diplomatic relations in 1965, remain divided over history.", "2023-03-16", doc.Supported, "1965-12-18"},
		{"Pakistan and China, which restored diplomatic relations in 1990, signed a trade deal.", "2015-04-20", doc.Contradicted, "1951-05-21"},
	})
}

// TestW14QA14KBFacts: foreign ministers added for the W14 QA14 articles
// and probes (Niger, Armenia, Azerbaijan, Denmark, Bangladesh, Cambodia,
// Sri Lanka, Mali, Nepal, Thailand, the Netherlands).
func TestW14QA14KBFacts(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Senegalese Foreign Minister Hassoumi Massoudou called on democrats to resist the coup.", "2023-07-28", doc.Contradicted, "Niger"},
		{"Nigerien Foreign Minister Hassoumi Massoudou met the French envoy.", "2023-05-02", doc.Supported, "2023-07-26"},
		{"Armenian Foreign Minister Zohrab Mnatsakanyan met his counterpart in Moscow.", "2020-10-10", doc.Supported, "2018-05-12"},
		{"Azerbaijani Foreign Minister Jeyhun Bayramov met his counterpart in Moscow.", "2020-10-10", doc.Supported, "2020-07-16"},
		{"Danish Foreign Minister Jeppe Kofod said he would call Pompeo.", "2019-08-21", doc.Supported, "2019-06-27"},
		{"Danish Foreign Minister Jeppe Kofod said he would call Blinken.", "2023-08-21", doc.Contradicted, "2022-12-15"},
		{"Danish Foreign Minister Lars Lokke Rasmussen said he would call Blinken.", "2023-08-21", doc.Supported, "2022-12-15"},
		{"Armenian Foreign Minister Ararat Mirzoyan met his counterpart in Moscow.", "2023-06-01", doc.Supported, "2021-08-19"},
		{"Bangladeshi Foreign Minister A.K. Abdul Momen met his counterpart in Delhi.", "2023-06-01", doc.Supported, "2019-01-07"},
		{"Cambodian Foreign Minister Prak Sokhonn met his counterpart in Bangkok.", "2023-06-01", doc.Supported, "2016-04-04"},
		{"Sri Lankan Foreign Minister Ali Sabry met his counterpart in Delhi.", "2023-06-01", doc.Supported, "2022-07-22"},
		{"Malian Foreign Minister Abdoulaye Diop met his counterpart in Niamey.", "2023-06-01", doc.Supported, "2021-06"},
		{"Nepali Foreign Minister Arzu Rana Deuba met her counterpart in Delhi.", "2025-01-10", doc.Supported, "2024-07-15"},
		{"Thai Foreign Minister Kasit Piromya met his counterpart in Phnom Penh.", "2010-05-01", doc.Supported, "2008-12-20"},
		{"Thai Foreign Minister Don Pramudwinai met his counterpart in Phnom Penh.", "2010-05-01", doc.Contradicted, "2015-08"},
		{"Dutch Foreign Minister Maxime Verhagen met his counterpart in Brussels.", "2010-05-01", doc.Supported, "2007-02-22"},
		{"Dutch Foreign Minister Ben Bot met his counterpart in Brussels.", "2010-05-01", doc.Contradicted, "2007-02-22"},
	})
}

// TestW14QA14ActingPastAsOf: an acting title past the KB's as-of date
// is not contradicted by the person's earlier acting term alone (W14
// QA14: Phumtham Wechayachai, acting prime minister of Thailand in
// August 2024 and again from July 2025); inside the KB's time it still is,
// and so is a plain title past the as-of date.
func TestW14QA14ActingPastAsOf(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Acting Prime Minister Phumtham Wechayachai ordered the border closed.", "2025-07-24", doc.Unverifiable, "as-of"},
		{"Acting Prime Minister Phumtham Wechayachai ordered the border closed.", "2025-03-24", doc.Contradicted, "2024-08-16"},
		{"President Joe Biden ordered the border closed.", "2025-07-24", doc.Contradicted, "2025-01-20"},
	})
}

// TestW14QA14ParticiplePartner: a state in a participle clause after a
// relation claim is no party to it (W14 QA14: Gulf, "The four countries
// cut ties … on Qatar in June 2017, accusing it of being too close to
// Iran" was checked as Qatar–Iran); the described subject is looked for
// in the sentences before.
func TestW14QA14ParticiplePartner(t *testing.T) {
	text := "Saudi Arabia and Egypt welcomed the deal with Qatar. The four countries cut ties and imposed an embargo on Qatar in June 2017, accusing it of being too close to Iran."
	d := analyzeQuotes(t, text, "2021-01-05")
	got := findingsOf(d, doc.FindRelationContradicted)
	if len(got) == 0 || strings.Contains(strings.Join(got, "|"), "Iran") || !strings.HasPrefix(got[0], doc.Supported) {
		t.Errorf("%q: %q; want the Qatar break supported, no Qatar–Iran finding", text, got)
	}
	one := "The four countries cut ties and imposed an embargo on Qatar in June 2017, accusing it of being too close to Iran."
	if got := findingsOf(analyzeQuotes(t, one, "2021-01-05"), doc.FindRelationContradicted); len(got) != 0 {
		t.Errorf("%q: %q; want no finding (one party named)", one, got)
	}
}
