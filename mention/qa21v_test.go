package mention

import (
	"slices"
	"testing"
)

// TestQA21PartyAndPastTitles checks the role claims of session 11's QA
// rounds: a ruling party's general secretary, written with or without
// the party ("Communist Party General Secretary To Lam", "Party General
// Secretary", "Vietnam's Communist Party chief"), claims the state's
// office where the KB files one and nothing where it does not ("TUC
// General Secretary", "Communist Party leader" in Russia); a bare "Party
// chief" (as often a province's) claims nothing; an apposition "then
// the prime minister" or "both prime minister and president" claims
// each title; a past relative clause "who was (then) prime minister (at
// the time)" claims a title of another time (QA22 V-1, QA21 V-1, V-2);
// "ruler" is the monarch where the state has one and claims nothing
// elsewhere (QA22 V-5).
func TestQA21PartyAndPastTitles(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []officeMod // in text order
	}{
		{"Communist Party General Secretary To Lam welcomed Putin at the Presidential Palace.", "2024-06-20", []officeMod{{"VNM.general_secretary", ""}}},
		{"Party General Secretary Nguyen Phu Trong welcomed Putin in Hanoi.", "2024-06-20", []officeMod{{"VNM.general_secretary", ""}}},
		{"Vietnam's Communist Party chief To Lam welcomed Putin.", "2024-06-20", []officeMod{{"VNM.general_secretary", ""}}},
		{"To Lam, the general secretary of the Communist Party of Vietnam, welcomed Putin.", "2024-06-20", []officeMod{{"VNM.general_secretary", ""}}},
		{"Xi Jinping, general secretary of the Communist Party, spoke.", "2022-04-21", []officeMod{{"CHN.general_secretary", ""}}},
		{"Communist Party chief Raul Castro met Lula in Havana.", "2022-04-21", []officeMod{{"CUB.leader", ""}}},
		{"TUC General Secretary Paul Nowak said the strike would go ahead.", "2024-06-20", nil},
		{"Communist Party leader Gennady Zyuganov spoke in Moscow.", "2024-06-20", nil},
		{"Party chief Li Qiang spoke in Shanghai.", "2022-04-21", nil},
		{"Kuwait's ruler Sheikh Mishal al-Ahmad al-Sabah dissolved parliament on Friday.", "2024-05-11", []officeMod{{"KWT.monarch", ""}}},
		{"Myanmar's military ruler Min Aung Hlaing said the election would be held.", "2022-05-11", nil},
		{"Libya's ruler Muammar Gaddafi said the oil would flow.", "2010-05-11", nil},
		{"In 2019, Luvsannamsrain Oyun-Erdene, then the prime minister, promised reforms.", "2022-12-06", []officeMod{{"MNG.prime_minister", "then"}}},
		{"In 2020, Ukhnaagiin Khurelsukh, then both prime minister and president of Mongolia, promised reforms.", "2022-12-06", []officeMod{{"MNG.prime_minister", "then"}, {"MNG.president", "then"}}},
		{"Succes Masra, who was prime minister at the time, rejected the council.", "2021-04-21", []officeMod{{"TCD.prime_minister", "then"}}},
		{"Succes Masra, who was then prime minister, rejected the council.", "2021-04-21", []officeMod{{"TCD.prime_minister", "then"}}},
		{"Boris Johnson, who was foreign secretary, said the deal was done.", "2021-04-21", []officeMod{{"GBR.foreign_minister", "former"}}},
		{"Succes Masra, who was prime minister from 2024, rejected it.", "2025-04-21", []officeMod{{"TCD.prime_minister", "then"}}},
		{"Taro Kono, who has been foreign minister since 2015, met his counterpart.", "2019-03-16", []officeMod{{"JPN.foreign_minister", ""}}},
		{"Taro Kono, foreign minister from 2017 to 2019, met his counterpart.", "2021-03-16", []officeMod{{"JPN.foreign_minister", "then"}}},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
	}
}

// TestQA21PastLeaderSurname checks that a bare surname no other KB
// person bears links to the KB person who led, by the article's date, a
// country the article names (QA22 M-7: "Nkurunziza" stayed unlinked, so
// his death went unchecked), and to no one without the country.
func TestQA21PastLeaderSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Nkurunziza returned to Burundi on Friday.", "2022-05-14", []string{"Nkurunziza/person/person.pierre-nkurunziza/short-form"}, nil},
		{"Bizimungu said Rwanda would recover.", "2004-05-14", []string{"Bizimungu/person/person.pasteur-bizimungu/short-form"}, nil},
		{"Bizimungu said the country would recover.", "2004-05-14", []string{"Bizimungu/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA23Titles checks session 11's third QA round's title forms: "the
// late former president" claims "late" (the stronger: the person is
// dead); "top diplomat" is a state's foreign minister, not China's (the
// party's foreign affairs chief) or a body's; "Vice Chancellor" is
// Germany's or Austria's deputy head of government and no claim for a
// university's (QA23 V-1, V-17, V-10).
func TestQA23Titles(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []officeMod
	}{
		{"The late former president Alberto Fujimori still divides the country.", "2020-11-16", []officeMod{{"PER.president", "late"}}},
		{"Taro Kono, Japan's top diplomat, met his Korean counterpart on Tuesday.", "2021-03-16", []officeMod{{"JPN.foreign_minister", ""}}},
		{"Wang Yi, China's top diplomat, met Blinken.", "2021-03-16", nil},
		{"EU top diplomat Josep Borrell met Blinken.", "2024-03-16", nil},
		{"German Vice Chancellor Olaf Scholz said on Monday that the vote was regrettable.", "2019-05-28", []officeMod{{"DEU.vice_chancellor", ""}}},
		{"Vice-Chancellor Louise Richardson said the university would reopen in Oxford.", "2019-05-28", nil},
		// "the late X, <title>" is the late holder; an adjective that
		// describes the holder does not hide the country (QA23 V-1)
		{"The late Shinzo Abe, Japan's longest-serving prime minister, was expected to remain a lawmaker.", "2020-09-16", []officeMod{{"JPN.prime_minister", "late"}}},
		// a career's adjective says neither now nor former: shown, no claim
		{"Shinzo Abe, Japan's longest-serving prime minister, stepped down.", "2020-09-16", nil},
		{"Two-time President Alan Garcia spoke.", "2021-09-16", nil},
		// a second title after the name (QA23 V-9); the same office again makes none
		{"Defence Minister Taro Kono, a former prime minister, visited Guam on Monday.", "2020-06-20", []officeMod{{"JPN.defence_minister", ""}, {"JPN.prime_minister", "former"}}},
		{"Foreign Minister Toshimitsu Motegi, Japan's top diplomat, visited Guam on Monday.", "2020-06-20", []officeMod{{"JPN.foreign_minister", ""}}},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
	}
}

// TestMutateNames checks three name shapes the claims mutation harness
// exposed: a full name two KB people share, resolved by the office the
// title names ("Former Latvian President Andris Bērziņš" is the
// president, not the prime minister); a name opening with an ʻokina or
// apostrophe ("Prime Minister 'Akilisi Pohiva"); a title word that is
// the KB person's given name ("Sultan Hashim Ahmad al-Tai", Iraq's
// defence minister, stays linked, with no monarch's claim).
func TestMutateNames(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []string
		claims     int
	}{
		{"Former Latvian President Andris Bērziņš said on Monday that the talks would continue.", "2013-06-14", []string{"Andris Bērziņš/person/person.andris-berzins-1944/short-form"}, 1},
		{"Tongan Prime Minister 'Akilisi Pohiva said on Monday that the talks would continue.", "2013-01-15", []string{"Akilisi Pohiva/person/person.akilisi-pohiva/alias"}, 1},
		{"\"We will not give up,\" Sultan Hashim Ahmad al-Tai said on Monday.", "2020-10-30", []string{"Sultan Hashim Ahmad al-Tai/person/person.sultan-hashim-ahmad-al-tai/alias"}, 0},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, nil)
		if len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: %d claims %+v; want %d", tc.text, len(d.RoleClaims), d.RoleClaims, tc.claims)
		}
	}
}

// TestAttorneyGeneral checks that "Attorney General", "Solicitor
// General" and "Inspector General" before a name are the mention's
// civilian title, with no role claim (fxn21's QA21 M-6 follow-up).
func TestAttorneyGeneral(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Attorney General Merrick Garland said the department would appeal.", "Merrick Garland", "Attorney General"},
		{"Solicitor General Elizabeth Prelogar argued the case.", "Elizabeth Prelogar", "Solicitor General"},
	})
}

// TestRomanceHead checks that capitalised words the stage typed as
// nothing, a Romance linking word and a KB place name one place
// ("Mocímboa da Praia" is not Cape Verde's capital), while a body's
// name ("Banco de Portugal") and a known place alone are unchanged.
func TestRomanceHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Insurgents attacked Mocimboa da Praia and Palma in northern Mozambique.", []string{"Mocimboa da Praia/place//name"}, []string{"Praia/place/place.praia"}},
		{"He flew from Praia to Lisbon.", []string{"Praia/place/place.praia/alias"}, nil},
		{"The Banco de Portugal raised rates.", []string{"Banco de Portugal/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-28")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// An officeMod is a role claim's office id and modifier, as the tests
// of this file compare them.
type officeMod struct{ office, mod string }

// checkClaimOffices runs the shipped-KB stage on text dated date and
// compares its role claims, in text order, with want.
func checkClaimOffices(t *testing.T, text, date string, want []officeMod) {
	t.Helper()
	d := analyzeShipped(t, text, date)
	var got []officeMod
	for _, c := range d.RoleClaims {
		got = append(got, officeMod{c.OfficeID, c.Modifier})
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q: claims %v; want %v", text, got, want)
	}
}
