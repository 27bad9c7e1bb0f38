package mention

import "testing"

// TestW14VerStateOfficeTitles: a state post with a title of its own,
// named "TITLE of STATE" in the KB (Myanmar's State Counsellor,
// Bangladesh's Chief Adviser, Afghanistan's and Pakistan's Chief
// Executive), is a title after its state, written as an adjective, a
// possessive or a name; without its state, or after a company's name,
// it claims no office.
func TestW14VerStateOfficeTitles(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Myanmar's state counsellor, Aung San Suu Kyi, called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Myanmar State Counsellor Aung San Suu Kyi called for talks on Tuesday.", "Aung San Suu Kyi", "MMR.state_counsellor"},
		{"Bangladesh's chief adviser, Muhammad Yunus, called for talks on Tuesday.", "Muhammad Yunus", "BGD.chief_adviser"},
		{"Afghan Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", "AFG.chief_executive"},
		{"Pakistan's Chief Executive Pervez Musharraf called for talks on Tuesday.", "Pervez Musharraf", "PAK.chief_executive"},
		{"Apple Chief Executive Tim Cook called for talks on Tuesday.", "Tim Cook", ""},
		{"Kenya Airways chief executive Allan Kilavuka called for talks on Tuesday.", "Allan Kilavuka", ""},
		{"Chief Executive Abdullah Abdullah called for talks on Tuesday.", "Abdullah Abdullah", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2017-05-02"), tc.text, tc.person, tc.office)
	}
}

// TestW14VerOrdinalCareer: an ordinal before a title ranks the holder in
// the office's history ("Kazakhstan's first president", "the 44th
// president of the United States"), true at any later date: the title
// is shown but claims no office at the article's date, unless a verb
// dates it ("sworn in as Argentina's 51st president"). An ordinal
// before a deputy's title is part of the office ("first vice
// president").
func TestW14VerOrdinalCareer(t *testing.T) {
	for _, tc := range []struct{ text, date, person, title, office string }{
		{"Kazakhstan's first president Nursultan Nazarbayev visited Moscow on Tuesday.", "2023-03-10", "Nursultan Nazarbayev", "Kazakhstan's first president", ""},
		{"Kazakhstan's first president, Nursultan Nazarbayev, visited Moscow on Tuesday.", "2023-03-10", "Nursultan Nazarbayev", "", ""},
		{"Barack Obama, the 44th president of the United States, said the deal was good.", "2024-02-13", "Barack Obama", "", ""},
		{"The 44th President Barack Obama said the deal was good.", "2024-02-13", "Barack Obama", "44th President", ""},
		{"Alberto Fernandez was sworn in as Argentina's 51st president on Tuesday.", "2019-12-10", "Alberto Fernandez", "", "ARG.president"},
		{"Iran's first vice president Mohammad Mokhber visited Moscow on Tuesday.", "2024-05-30", "Mohammad Mokhber", "", "IRN.vice_president"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkLastClaim(t, d, tc.text, tc.person, tc.office)
		if m := mentionAt(d, tc.person, 0); tc.title != "" && (m == nil || m.Title != tc.title) {
			t.Errorf("%q: %s mention %+v; want title %q", tc.text, tc.person, m, tc.title)
		}
	}
}

// TestW14VerCounterpart: "his Kenyan counterpart Y" after a minister's
// title claims that minister's office in the state written; a leader's
// counterpart claims nothing (news calls a prime minister a
// president's counterpart), nor one with no state written, the same
// state, or a sentence break between.
func TestW14VerCounterpart(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Chinese Foreign Minister Wang Yi met his Indian counterpart Sushma Swaraj in Beijing on Tuesday.", "Sushma Swaraj", "IND.foreign_minister"},
		{"Chinese Foreign Minister Wang Yi met his Indian counterpart, Sushma Swaraj, in Beijing on Tuesday.", "Sushma Swaraj", "IND.foreign_minister"},
		{"Turkish Defence Minister Hulusi Akar met his Russian counterpart Sergei Shoigu in Ankara.", "Sergei Shoigu", "RUS.defence_minister"},
		{"Indian Prime Minister Narendra Modi met his Chinese counterpart Xi Jinping on Tuesday.", "Xi Jinping", ""},
		{"Chinese Foreign Minister Wang Yi spoke. His Indian counterpart Sushma Swaraj replied.", "Sushma Swaraj", ""},
		{"Chinese Foreign Minister Wang Yi met his counterpart Sushma Swaraj on Tuesday.", "Sushma Swaraj", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2018-03-10"), tc.text, tc.person, tc.office)
	}
}

// TestW14VerPluralPostposedStates: a plural title over names each
// followed by its own state ("Presidents A of Brazil and B of
// Argentina") claims each name's office in its own state; a later name
// without its state claims nothing.
func TestW14VerPluralPostposedStates(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Presidents Jair Bolsonaro of Brazil and Javier Milei of Argentina met on Tuesday.", "Javier Milei", "ARG.president"},
		{"Presidents Lula of Brazil, Gabriel Boric of Chile and Javier Milei of Argentina met on Tuesday.", "Gabriel Boric", "CHL.president"},
		{"Foreign ministers Ernesto Araújo of Brazil and Diana Mondino of Argentina met on Tuesday.", "Diana Mondino", "ARG.foreign_minister"},
		{"Presidents Jair Bolsonaro of Brazil and Javier Milei met on Tuesday.", "Javier Milei", ""},
		{"Presidents Jair Bolsonaro and Alberto Fernández met on Tuesday.", "Alberto Fernández", "ARG.president"},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2021-06-01"), tc.text, tc.person, tc.office)
	}
}
