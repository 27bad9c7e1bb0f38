package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA13PredicativeAndAppositiveClaims checks that a title a person
// keeps ("stays", "remains", "continues as") is the person's role claim
// holding on the date, and that an apposition between the name and an
// appointment verb ("X, 59, was sworn in as", "X, a former banker, was
// named") does not hide the claim (QA13 R-3, R-5).
func TestQA13PredicativeAndAppositiveClaims(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Mark Carney, a former central banker, was sworn in as Canada's prime minister on Friday.", "2025-03-14", "Mark Carney", "CAN.prime_minister", ""},
		{"Mark Carney, a former governor of the Bank of Canada and the Bank of England, was sworn in as Canada's 24th prime minister on Friday.", "2025-03-14", "Mark Carney", "CAN.prime_minister", ""},
		{"Keir Starmer, 61, was sworn in as Britain's prime minister on Friday.", "2024-07-05", "Keir Starmer", "GBR.prime_minister", ""},
		{"Claudia Sheinbaum, a former mayor of Mexico City, was elected president of Mexico on Sunday.", "2024-06-03", "Claudia Sheinbaum", "MEX.president", "designate"},
		{"Claudia Sheinbaum, who led the capital, was elected president of Mexico on Sunday.", "2024-06-03", "Claudia Sheinbaum", "MEX.president", "designate"},
		{"Melanie Joly stays foreign minister, and the finance minister resigned.", "2025-03-14", "Melanie Joly", "CAN.foreign_minister", ""},
		{"Antony Blinken remains secretary of state.", "2023-05-02", "Antony Blinken", "USA.foreign_minister", ""},
		{"Chrystia Freeland, whose resignation as finance minister in December triggered a crisis, becomes transport minister.", "2025-03-14", "Chrystia Freeland", "CAN.finance_minister", "former"},
		{"Angela Merkel served four terms as chancellor of Germany.", "2022-03-14", "Angela Merkel", "DEU.chancellor", "former"},
		{"Melanie Joly continues as foreign minister of Canada.", "2025-03-14", "Melanie Joly", "CAN.foreign_minister", ""},
	})
	// a list is no apposition; a term kept "until" a date has ended
	checkNoClaims(t, "2025-03-14",
		"Mark Carney, Melanie Joly, was sworn in as Canada's prime minister.",
		"Jean Chretien remained prime minister of Canada until 2003.",
	)
}

// TestQA13BareTitleCountry checks the country a bare title takes: the
// dateline's, never a state written as the owner of another title in a
// later sentence ("He will meet German Finance Minister Y") or of the
// same office in its own sentence (QA13 R-2).
func TestQA13BareTitleCountry(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"ATHENS — Finance Minister Nikos Papadakis said on Monday that banks would reopen. He will meet German Finance Minister Klaus Becker in Brussels.", "Nikos Papadakis", "GRC.finance_minister"},
		{"ATHENS — Finance Minister Nikos Papadakis said on Monday that banks would reopen. He will meet German Finance Minister Klaus Becker in Brussels.", "Klaus Becker", "DEU.finance_minister"},
		{"LIMA, Peru (Reuters) - Interior Minister Jorge Quispe resigned on Tuesday.", "Jorge Quispe", "PER.interior_minister"},
		{"KHAO LAK, Thailand, Dec 27 (Reuters) - Interior Minister Somsak Chai said rescuers were searching.", "Somsak Chai", "THA.interior_minister"},
		{"Finance Minister Nikos Papadakis met French Finance Minister Paul Durand on Monday.", "Nikos Papadakis", ""},
		{"Finance Minister Nikos Papadakis resigned. Chile named a new ambassador.", "Nikos Papadakis", "CHL.finance_minister"},
		{"Finance Minister Nikos Papadakis resigned. He will meet German Chancellor Klaus Becker.", "Nikos Papadakis", ""},
		{"Chilean President Ana Soto and Finance Minister Luis Rojas spoke on Monday.", "Luis Rojas", "CHL.finance_minister"},
	} {
		checkClaimOffice(t, analyzeShipped(t, tc.text, "2015-07-20"), tc.text, tc.person, tc.office)
	}
}

// checkClaimOffice reports when d holds no role claim about person, or
// one about him that is not of office.
func checkClaimOffice(t *testing.T, d *doc.Doc, text, person, office string) {
	t.Helper()
	found := false
	for _, c := range d.RoleClaims {
		if c.Person != person {
			continue
		}
		found = true
		if c.OfficeID != office {
			t.Errorf("%q: %s claim office %q; want %q", text, person, c.OfficeID, office)
		}
	}
	if !found {
		t.Errorf("%q: no claim about %s; claims %+v", text, person, d.RoleClaims)
	}
}

// TestQA13RegionalTitles checks that a region's head ("regional
// president", "state premier", "provincial governor", "Bavarian premier"
// opening a sentence) makes no claim about the state's office, while a
// state's own titles still do (QA13 R-4).
func TestQA13RegionalTitles(t *testing.T) {
	for _, tc := range []struct {
		text   string
		claims int
	}{
		{"MUNICH — Bavarian state premier Klaus Huber said Germany would recover.", 0},
		{"MUNICH — Bavarian premier Klaus Huber said Germany would recover.", 0},
		{"Spain dismissed the regional government. Regional president Jordi Puig said Catalonia would resist.", 0},
		{"Canada's provincial premier Anne Roy said Ottawa had failed.", 0},
		{"The state premier Anne Roy met Australian Prime Minister John Smith on Monday.", 1},
		{"Republican President Donald Trump said Germany would recover.", 1},
		{"Korean President Moon Jae-in said talks would resume.", 1},
		{"French President Emmanuel Macron said Germany would recover.", 1},
	} {
		if d := analyzeShipped(t, tc.text, "2019-06-01"); len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: claims %+v; want %d", tc.text, d.RoleClaims, tc.claims)
		}
	}
}

// TestQA13LocativeHeads checks that a name after "the beaches of", "the
// shores of", "the resort of" is a place (QA13 M-2).
func TestQA13LocativeHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Waves swept through the beaches of Khao Lak, killing thousands.", []string{"Khao Lak/place//name"}, []string{"Khao Lak/person//name"}},
		{"Tourists crowded the shores of Lake Tana on Sunday.", []string{"Lake Tana/place//name"}, nil},
		{"The storm hit the resort of Punta Mita overnight.", []string{"Punta Mita/place//name"}, []string{"Punta Mita/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2004-12-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA13PartyAffiliation checks that a party's one-word name before
// "leader", "MP" … and a person's name is the person's affiliation, no
// organisation; without a name after the post it names the party (QA13
// M-1).
func TestQA13PartyAffiliation(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Opposition Conservative leader Pierre Poilievre accused the government of lying.", []string{"Pierre Poilievre/person/person.pierre-poilievre/alias"}, []string{"Conservative"}},
		{"On Monday, Labour MP Jane Smith resigned.", []string{"Jane Smith/person//name"}, []string{"Labour"}},
		{"The Liberal leader said the Labour leader Jane Smith had lied.", []string{"Liberal/organization//name", "Jane Smith/person//name"}, []string{"Labour"}},
		{"The Liberal caucus met on Monday.", []string{"Liberal/organization//name"}, nil},
		{"Opposition BNP leader Tarique Rahman accused the government of rigging the vote.", []string{"BNP/organization//name", "Tarique Rahman/person//name"}, []string{"BNP/person//name"}},
		{"On Monday, opposition PTI chief Omar Ayub called for protests.", []string{"PTI/organization//name", "Omar Ayub/person//name"}, []string{"PTI/person//name"}},
		{"Opposition figure Ilya Yashin was jailed.", []string{"Ilya Yashin/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-03-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA13Truncated runs the stage on every word prefix of the QA13
// phrase shapes: the rules read tokens after a name, a comma or a title
// and must stop at the text's end.
func TestQA13Truncated(t *testing.T) {
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

// TestQA13RegionAdjective checks that a region's or people's adjective
// before a title and a name is no organisation: "Catalan president
// Carles Puigdemont" names one actor, the person (QA13 R-4, M-1).
func TestQA13RegionAdjective(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The government was criticised by Catalan president Jordi Puig.", []string{"Jordi Puig/person//name"}, []string{"Catalan"}},
		{"Carles Puigdemont met Catalan president Quim Torra.", []string{"Quim Torra/person//name"}, []string{"Catalan"}},
		{"Sales rose, said Zentrova spokesman Ali Hamed.", []string{"Zentrova/organization//name", "Ali Hamed/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-03-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// checkLastClaim reports when the last role claim about person is not of
// office ("" wants no claim about him).
func checkLastClaim(t *testing.T, d *doc.Doc, text, person, office string) {
	t.Helper()
	got := ""
	for _, c := range d.RoleClaims {
		if c.Person == person {
			got = c.OfficeID
		}
	}
	if got != office {
		t.Errorf("%q: %s claim office %q; want %q (claims %+v)", text, person, got, office, d.RoleClaims)
	}
}
