package mention

import (
	"strings"
	"testing"
)

// corefCase is a text whose mention at occurrence n of short must be
// the entity of the mention at the first occurrence of full (same == true)
// or another entity or none (same == false); kbid, when set, is the KB id
// the short form must carry.
type corefCase struct {
	text, full, short string
	n                 int
	same              bool
	kbid              string
}

func checkCoref(t *testing.T, date string, cases []corefCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, date)
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, tc.n)
		if f == nil {
			t.Errorf("%q: no mention at %q; all %v", tc.text, tc.full, mentionList(d))
			continue
		}
		if !tc.same {
			if s != nil && s.Entity == f.Entity {
				t.Errorf("%q: %q joins %q; want apart; all %v", tc.text, tc.short, tc.full, mentionList(d))
			}
			continue
		}
		if s == nil || s.Entity != f.Entity {
			t.Errorf("%q: %q is not %q's entity; all %v", tc.text, tc.short, tc.full, mentionList(d))
			continue
		}
		if tc.kbid != "" && s.KBID != tc.kbid {
			t.Errorf("%q: %q KB id %q; want %q", tc.text, tc.short, s.KBID, tc.kbid)
		}
	}
}

// TestQA21PairShortForm: "the <Head>" after a two-word organisation
// ending in that head word is the same body (QA22 M-4).
func TestQA21PairShortForm(t *testing.T) {
	checkCoref(t, "2022-10-14", []corefCase{
		{"The European Commission froze the funds. Analysts said the Commission would not release them.", "European Commission", "Commission", 1, true, "org.european-commission"},
		{"The World Bank cut its forecast. The Bank said growth would slow.", "World Bank", "Bank", 1, true, "org.world-bank"},
		{"The Constitutional Court met on Monday. The Court said it would rule in May.", "Constitutional Court", "Court", 1, true, ""},
		// two bodies share the head: no guess
		{"The European Commission and the Electoral Commission met. The Commission said nothing.", "European Commission", "Commission", 2, false, ""},
		// the White House is no House
		{"The White House sent the bill. The House passed it on Friday.", "White House", "House", 1, false, ""},
	})
}

// TestQA21SeatMetonymy: "Brussels" acting is the European Union, not
// Belgium's government; as a location it stays the city, and in a story
// of Belgium's regions it stays Belgium (QA22 M-1).
func TestQA21SeatMetonymy(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		n          int
	}{
		{"Brussels wants Budapest to set up an anti-corruption authority.", "Brussels/organization/org.eu/capital", 0},
		{"Warsaw and Brussels clashed again. Brussels froze funds for Poland.", "Brussels/organization/org.eu/capital", 1},
		{"Ministers met in Brussels on Monday.", "Brussels/place/place.brussels/alias", 0},
		{"Brussels fined Poland on Wednesday.", "Brussels/organization/org.eu/capital", 0},
		{"The EU fined Warsaw a million euros a day.", "Warsaw/country/POL/capital", 0},
		{"Flanders and Wallonia are at odds. Brussels rejected the Flemish plan.", "Brussels/country/BEL/capital", 0},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-14")
		checkMentions(t, d, tc.text, []string{tc.want}, nil)
	}
}

// TestQA21PatronymGiven: after "<Given> bin <Father> …" a bare given name
// is that person; a second person opening with the word, or one
// introduced afresh, stays apart (QA21 M-2).
func TestQA21PatronymGiven(t *testing.T) {
	checkCoref(t, "2020-01-11", []corefCase{
		{"Sultan Qaboos bin Said had no children. Qaboos had ruled since 1970.", "Qaboos bin", "Qaboos", 1, true, "person.qaboos-bin-said"},
		{"Sultan Qaboos bin Said had no children. Qaboos, who died on Friday, had ruled since 1970.", "Qaboos bin", "Qaboos", 1, true, "person.qaboos-bin-said"},
		{"Sheikh Faisal bin Rashid Al Nuaimi opened the port. Officials said Faisal wanted a second one.", "Faisal bin", "Faisal", 1, true, ""},
		{"Sheikh Khaldoon bin Rashid Al Nuaimi opened the port. Khaldoon told reporters it would grow.", "Khaldoon bin", "Khaldoon", 1, true, ""},
		{"Sheikh Faisal bin Rashid Al Nuaimi opened the port. Faisal Karim, a trader, welcomed it. Faisal said prices would fall.", "Faisal bin", "Faisal", 2, false, ""},
	})
}

// TestQA21DescriptorOrg: an unknown name after "the" followed by a
// lower-case descriptor (modifiers and a head like federation, agency,
// party) is an organisation; the descriptor stays out of the span
// (QA22 M-5).
func TestQA21DescriptorOrg(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Doctors struck on Monday, and the Histadrut labour federation said it was considering a general strike.", []string{"Histadrut/organization//name"}, nil},
		{"The Cosatu trade union federation said it would join the strike.", []string{"Cosatu/organization//name"}, nil},
		{"The Tass news agency reported the move.", []string{"Tass/organization//name"}, nil},
		{"Soldiers fired on the Mandera border town.", nil, []string{"Mandera/organization"}},
		{"The Kremlin has a group of advisers.", nil, []string{"Kremlin/organization//name"}},
		{"Fighters from the Islamist militant group attacked.", nil, []string{"Islamist"}},
		{"The Maoist rebel group said it would talk.", nil, []string{"Maoist"}},
		{"The Kurdish militia said it would fight.", nil, []string{"Kurdish"}},
		{"The Tuesday group met again.", nil, []string{"Tuesday/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-07-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21PossessiveParty: a party named by the last word of its KB name
// after a person's possessive or before "party" is that party when it is
// the one such party of a country the article names; the possessor is
// split off a run that took it in (QA22 M-2).
func TestQA21PossessiveParty(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Her coalition includes Matteo Salvini's League and Silvio Berlusconi's Forza Italia.", []string{"League/organization/org.lega-nord/alias", "Matteo Salvini/person/person.matteo-salvini/alias"}, nil},
		{"Silvio Berlusconi backed her. Salvini's League won 9 percent.", []string{"League/organization/org.lega-nord/alias", "Salvini/person/person.matteo-salvini/alias"}, []string{"Salvini's League"}},
		{"Silvio Berlusconi backed her, and the League party won 9 percent.", []string{"League/organization/org.lega-nord/alias"}, nil},
		{"Silvio Berlusconi backed Matteo Salvini's League. Giancarlo Giorgetti, a moderate from the League, takes over.", []string{"League/organization/org.lega-nord/alias"}, []string{"League/organization//name"}},
		// no Italian actor named: no guess
		{"Giancarlo Giorgetti's League won 9 percent.", nil, []string{"League/organization/org.lega-nord"}},
		// a plural party family is no one party
		{"Keir Starmer spoke in London as Biden's Democrats met.", nil, []string{"Democrats/organization/org.liberal-democrats"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21RoadNames: a person's name between "the" and a lower-case road
// or facility head is the place, not the person (QA22 M-9).
func TestQA21RoadNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Demonstrators blocked the Ayalon highway in Tel Aviv.", []string{"Ayalon/place//name"}, []string{"Ayalon/person"}},
		{"Police closed the Ben Gurion airport on Monday.", []string{"Ben Gurion/place//name"}, []string{"Ben Gurion/person"}},
		{"Danny Ayalon said the road would reopen.", []string{"Danny Ayalon/person/person.danny-ayalon/alias"}, nil},
		{"George W. Bush met Abbas. Abbas accepted the Bush road map in 2003.", nil, []string{"Bush/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-07-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA21MinisterOf: "Minister of <Portfolio> <Name>" with no comma is a
// person with that title, the portfolio no name of its own (QA22 M-6).
func TestQA21MinisterOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
		title        string
	}{
		{"Muizzu met India's Minister of Earth Sciences Kiren Rijiju on Saturday.", []string{"Kiren Rijiju/person//name"}, []string{"Earth Sciences"}, "Minister of Earth Sciences"},
		{"Minister of Health Ama Boateng said the clinics would reopen.", []string{"Ama Boateng/person//name"}, []string{"Health Ama Boateng"}, "Minister of Health"},
		{"The Minister of Health, Kwame Mensah, spoke.", []string{"Kwame Mensah/person//name"}, nil, ""},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if m := mentionAt(d, tc.want[0][:strings.Index(tc.want[0], "/")], 0); tc.title != "" && (m == nil || m.Title != tc.title) {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
	}
}
