package mention

import (
	"slices"
	"strings"
	"testing"
)

// Tests of role claims: titles, offices and the country a title takes.

// TestAppointmentClaims checks that a title an appointment verb
// gives a person is the person's role claim: passive and active
// "named/appointed (as)", "became", "was sworn in as", "took over as";
// an election or a future appointment makes the title one to come.
func TestAppointmentClaims(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Mohammed al-Bashir was named caretaker prime minister on Tuesday.", "2024-12-10", "Mohammed al-Bashir", "SYR.prime_minister", "caretaker"},
		{"Macron named François Bayrou as prime minister on Friday.", "2024-12-13", "François Bayrou", "FRA.prime_minister", ""},
		{"Choi Sang-mok became acting president of South Korea on Saturday.", "2024-12-14", "Choi Sang-mok", "KOR.president", "acting"},
		{"Keir Starmer was sworn in as Britain's prime minister on Friday.", "2024-07-05", "Keir Starmer", "GBR.prime_minister", ""},
		{"Kamala Harris took over as president of the United States.", "2024-07-05", "Kamala Harris", "USA.president", ""},
		{"Lai Ching-te was elected president of Taiwan on Saturday.", "2024-01-13", "Lai Ching-te", "TWN.president", "designate"},
		{"Keir Starmer will be appointed prime minister of the United Kingdom.", "2024-07-04", "Keir Starmer", "GBR.prime_minister", "designate"},
		// "who later became": a title taken after the sentence's time
		{"Jens Stoltenberg, who later became NATO secretary general, met Vladimir Putin in 2010.", "2025-03-12", "Jens Stoltenberg", "NATO.secretary_general", ""},
	})
	// a verb with no title after it, or an office of no state, claims nothing
	checkNoClaims(t, "2024-12-13",
		"Bayrou was named in the report on Friday.",
		"Jane Smith was named party leader on Friday.",
	)
}

// TestBodyOfState checks that "the head of Niger's junta" and "the
// head of the U.N. nuclear agency" are titles of a body of the state or
// the organisation, no claim to its own office, while "the president
// of Niger" and "the head of the U.N." are.
func TestBodyOfState(t *testing.T) {
	for _, tc := range []struct {
		text   string
		claims int
	}{
		{"General Abdourahamane Tiani, the head of Niger's junta, told the summit.", 0},
		{"Mohamed Bazoum, the president of Niger, told the summit.", 1},
		// a body an organisation runs ("the U.N. nuclear agency") has a
		// head of its own, not the organisation's
		{"Mohamed ElBaradei, a former head of the U.N. nuclear agency, joined the protest.", 0},
		{"Rafael Grossi, the head of the UN atomic watchdog, visited the plant.", 0},
		{"Martin Griffiths, chief of the U.N. humanitarian office, said aid was blocked.", 0},
		{"Antonio Guterres, the head of the U.N., told the summit.", 1},
	} {
		d := analyzeShipped(t, tc.text, "2024-07-06")
		if len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: claims %+v; want %d", tc.text, d.RoleClaims, tc.claims)
		}
	}
}

// TestPredicativeAndAppositiveClaims checks that a title a person
// keeps ("stays", "remains", "continues as") is the person's role claim
// holding on the date, and that an apposition between the name and an
// appointment verb ("X, 59, was sworn in as", "X, a former banker, was
// named") does not hide the claim.
func TestPredicativeAndAppositiveClaims(t *testing.T) {
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
		{"Luigi Di Maio stays on as foreign minister of Italy.", "2021-02-13", "Luigi Di Maio", "ITA.foreign_minister", ""},
		{"Yudhoyono appointed Hassan Wirajuda to remain as foreign minister.", "2004-10-21", "Hassan Wirajuda", "IDN.foreign_minister", ""},
		{"Yudhoyono named Hassan Wirajuda to serve as foreign minister.", "2004-10-21", "Hassan Wirajuda", "IDN.foreign_minister", ""},
	})
	// a list is no apposition; a term kept "until" a date has ended
	checkNoClaims(t, "2025-03-14",
		"Mark Carney, Melanie Joly, was sworn in as Canada's prime minister.",
		"Jean Chretien remained prime minister of Canada until 2003.",
	)
}

// TestBareTitleCountry checks the country a bare title takes: the
// dateline's, never a state written as the owner of another title in a
// later sentence ("He will meet German Finance Minister Y") or of the
// same office in its own sentence.
func TestBareTitleCountry(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"ATHENS — Finance Minister Nikos Papadakis said on Monday that banks would reopen. He will meet German Finance Minister Klaus Becker in Brussels.", "Nikos Papadakis", "GRC.finance_minister"},
		{"ATHENS — Finance Minister Nikos Papadakis said on Monday that banks would reopen. He will meet German Finance Minister Klaus Becker in Brussels.", "Klaus Becker", "DEU.finance_minister"},
		{"LIMA, Peru (Reuters) - Interior Minister Jorge Quispe resigned on Tuesday.", "Jorge Quispe", "PER.interior_minister"},
		{"KHAO LAK, Thailand, Dec 27 (Reuters) - Interior Minister Somsak Chai said rescuers were searching.", "Somsak Chai", "THA.interior_minister"},
		{"Finance Minister Nikos Papadakis met French Finance Minister Paul Durand on Monday.", "Nikos Papadakis", ""},
		{"Finance Minister Nikos Papadakis resigned. Chile named a new ambassador.", "Nikos Papadakis", "CHL.finance_minister"},
		{"Finance Minister Nikos Papadakis resigned. He will meet German Chancellor Klaus Becker.", "Nikos Papadakis", ""},
		{"Chilean President Ana Soto and Finance Minister Luis Rojas spoke on Monday.", "Luis Rojas", "CHL.finance_minister"},
		// a Latin American state's chancellor is its foreign minister
		{"Mexican Chancellor Marcelo Ebrard met Chilean President Ana Soto on Monday.", "Marcelo Ebrard", "MEX.foreign_minister"},
		{"MEXICO CITY (EFE) - Chancellor Marcelo Ebrard said on Monday that talks would go on.", "Marcelo Ebrard", "MEX.foreign_minister"},
		{"German Chancellor Angela Merkel met Mexican President Enrique Peña Nieto on Monday.", "Angela Merkel", "DEU.chancellor"},
		// a dateline's town the KB does not hold: the gazetteer's
		// country when every place of that name lies in it
		{"KHUJAND — Prime Minister Ali Karimovich said the border was open.", "Ali Karimovich", "TJK.prime_minister"},
		{"TRIPOLI — Prime Minister Ali Karimovich said the border was open.", "Ali Karimovich", ""},
	} {
		checkClaimOffice(t, analyzeShipped(t, tc.text, "2015-07-20"), tc.text, tc.person, tc.office)
	}
}

// TestRegionalTitles checks that a region's head ("regional
// president", "state premier", "provincial governor", "Bavarian premier"
// opening a sentence) makes no claim about the state's office, nor does a
// post "for" a region ("top diplomat for the Middle East"), while a
// state's own titles still do.
func TestRegionalTitles(t *testing.T) {
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
		// a region's portfolio under a state's post ("top diplomat for
		// the Middle East" is an assistant secretary, not the Secretary
		// of State); the post without it still claims
		{"Barbara Leaf, the State Department's top diplomat for the Middle East, met al-Sharaa in Damascus.", 0},
		{"Britain's foreign minister for the Middle East, Tariq Ahmad, met Israeli officials.", 0},
		{"Antony Blinken, the State Department's top diplomat, met al-Sharaa in Damascus.", 1},
	} {
		if d := analyzeShipped(t, tc.text, "2019-06-01"); len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: claims %+v; want %d", tc.text, d.RoleClaims, tc.claims)
		}
	}
}

// TestTitleCountryNotFromContent checks that a bare title does not
// take its country from a state named in the person's own reported
// words: the story's other states decide, and the reported one only
// when it is the article's sole state.
func TestTitleCountryNotFromContent(t *testing.T) {
	checkClaims(t, []claimCase{
		{"NAIROBI — Kenyan officials met on Monday. Foreign Minister Wanjiru Kamau told PBS that two Americans may have been among the attackers.", "2013-09-25", "Wanjiru Kamau", "KEN.foreign_minister", ""},
		{"Peruvian police made arrests. Interior Minister Rosa Quispe said Bolivian smugglers had crossed the border.", "2013-09-25", "Rosa Quispe", "PER.interior_minister", ""},
		{"Interior Minister Rosa Quispe said Bolivian smugglers had crossed the border.", "2013-09-25", "Rosa Quispe", "BOL.interior_minister", ""},
	})
}

// TestDepartureClaims checks that "resigned/quit/stepped down as
// <title>" gives the person an "outgoing" role claim, and
// that "stepped as" gives none.
func TestDepartureClaims(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Ahmed Nazif resigned as prime minister of Egypt on Saturday.", "2011-01-29", "Ahmed Nazif", "EGY.prime_minister", "outgoing"},
		{"Shinzo Abe stepped down as Japan's prime minister on Wednesday.", "2020-09-16", "Shinzo Abe", "JPN.prime_minister", "outgoing"},
		{"Boris Johnson, who quit as foreign minister of Britain, spoke.", "2018-07-10", "Boris Johnson", "GBR.foreign_minister", "outgoing"},
	})
	// no departure, or a body's post, not a state's
	checkNoClaims(t, "2020-01-01",
		"Jane Smith stepped as president of the club.",
		"In London, Jane Smith, who stepped down as president of the network after her arrest, spoke.",
		"In London, Jane Smith was named president of the network on Monday.",
	)
}

// TestReElected checks that "was re-elected (as) <title>" gives the
// person a claim to the office held now (no "designate": a re-elected
// holder is in office), the country from the KB person when the
// sentence names none.
func TestReElected(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Mahinda Rajapaksa was re-elected president with 57.8 percent of the vote.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
		{"Mahinda Rajapaksa was re-elected as president on Tuesday.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
		{"Mahinda Rajapaksa was reelected president on Tuesday.", "2010-01-28", "Mahinda Rajapaksa", "LKA.president", ""},
	})
}

// TestElectedVerb checks that "elected"/"appointed" used as a verb
// before a title ("lawmakers elected former prime minister X") is no part
// of the title, while a modifier after a determiner or an adverb ("the
// newly elected president") still is.
func TestElectedVerb(t *testing.T) {
	for _, tc := range []struct{ text, name, title string }{
		{"Somali lawmakers elected former prime minister Mohamed Abdullahi Farmajo as president on Wednesday.", "Mohamed Abdullahi Farmajo", "former prime minister"},
		{"Deputies appointed former president Mohamed Abdullahi Farmajo as envoy.", "Mohamed Abdullahi Farmajo", "former president"},
		{"The newly elected President Mohamed Abdullahi Farmajo spoke.", "Mohamed Abdullahi Farmajo", "newly elected President"},
	} {
		d := analyzeShipped(t, tc.text, "2017-02-08")
		if m := mentionAt(d, tc.name, 0); m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
	}
}

// TestPartyAndPastTitles checks the role claims of party and past
// titles: a ruling party's general secretary, written with or without
// the party ("Communist Party General Secretary To Lam", "Party General
// Secretary", "Vietnam's Communist Party chief"), claims the state's
// office where the KB files one and nothing where it does not ("TUC
// General Secretary", "Communist Party leader" in Russia); a bare "Party
// chief" (as often a province's) claims nothing; an apposition "then
// the prime minister" or "both prime minister and president" claims
// each title; a past relative clause "who was (then) prime minister (at
// the time)" claims a title of another time;
// "ruler" is the monarch where the state has one and claims nothing
// elsewhere.
func TestPartyAndPastTitles(t *testing.T) {
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

// TestTitleQualifiers checks titles with a qualifier or a
// descriptive form: "the late former president" claims "late" (the stronger:
// the person is
// dead); "top diplomat" is a state's foreign minister, not China's (the
// party's foreign affairs chief) or a body's; "Vice Chancellor" is
// Germany's or Austria's deputy head of government and no claim for a
// university's.
func TestTitleQualifiers(t *testing.T) {
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
		// describes the holder does not hide the country
		{"The late Shinzo Abe, Japan's longest-serving prime minister, was expected to remain a lawmaker.", "2020-09-16", []officeMod{{"JPN.prime_minister", "late"}}},
		// a career's adjective says neither now nor former: shown, no claim
		{"Shinzo Abe, Japan's longest-serving prime minister, stepped down.", "2020-09-16", nil},
		{"Two-time President Alan Garcia spoke.", "2021-09-16", nil},
		// a second title after the name; the same office again makes none
		{"Defence Minister Taro Kono, a former prime minister, visited Guam on Monday.", "2020-06-20", []officeMod{{"JPN.defence_minister", ""}, {"JPN.prime_minister", "former"}}},
		{"Foreign Minister Toshimitsu Motegi, Japan's top diplomat, visited Guam on Monday.", "2020-06-20", []officeMod{{"JPN.foreign_minister", ""}}},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
	}
}

// TestDeFactoTitles: "de facto" before a title is power held without
// the office; the title is shown, and no office is claimed ("Myanmar's
// de facto leader Aung San Suu Kyi" was checked against the junta's
// chairmanship).
func TestDeFactoTitles(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []officeMod
	}{
		{"Saudi Arabia's de facto leader Mohammed bin Salman said the kingdom would invest.", "2023-06-14", nil},
		{"Mohammed bin Salman, Saudi Arabia's de facto leader, said the kingdom would invest.", "2023-06-14", nil},
		{"Myanmar's de facto leader Aung San Suu Kyi said the vote was fair.", "2019-06-14", nil},
		{"Libya's de facto president Khalifa Haftar said the vote was fair.", "2023-06-14", nil},
		// the office beside it is still claimed
		{"The de facto leader of Saudi Arabia, Crown Prince Mohammed bin Salman, said the kingdom would invest.", "2023-06-14", []officeMod{{"SAU.crown_prince", ""}}},
		{"Saudi Arabia's leader Mohammed bin Salman said the kingdom would invest.", "2023-06-14", []officeMod{{"SAU.head_of_state", ""}}},
		// a self-proclaimed holder is one in the writer's report only
		{"Self-proclaimed interim President Juan Guaidó said he would return to Caracas.", "2019-03-01", nil},
		{"Venezuela's self-declared president Juan Guaidó said he would return.", "2019-03-01", nil},
		{"The self proclaimed president Juan Guaidó said he would return.", "2019-03-01", nil},
		{"Parliament declared President Juan Guaidó the winner.", "2019-03-01", []officeMod{{"VEN.president", ""}}},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
		d := analyzeShipped(t, tc.text, tc.date)
		if m := mentionCovering(d, "Salman", 0); m != nil && tc.want == nil && m.Title == "" {
			t.Errorf("%q: the title is not shown", tc.text)
		}
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

// TestOfficeClaims checks the role claims of offices written in
// apposition with a person: a KB office's name before or after the
// name, a capitalised title after "The" before it (an ordinal before
// the office: TestOrdinalCareer).
func TestOfficeClaims(t *testing.T) {
	for _, tc := range []struct {
		text, person, title, office string
		absent                      string // a mention that must not be
	}{
		{"The UN High Commissioner for Refugees, Filippo Grandi, visited the border.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"Aid fell. Filippo Grandi, the UN High Commissioner for Refugees, said more was needed.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"The Secretary-General, António Guterres, said the talks failed.", "António Guterres", "Secretary-General", "", ""},
		{"UN High Commissioner for Refugees Filippo Grandi visited the border.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"Aid fell. The UN High Commissioner for Refugees Filippo Grandi said more was needed.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"The UN High Commissioner for Refugees visited the border.", "", "", "", ""},
		// an ordinal before the office: TestOrdinalCareer
	} {
		d := analyzeShipped(t, tc.text, "2024-02-13")
		if tc.absent != "" && mentionAt(d, tc.absent, 0) != nil {
			t.Errorf("%q: %q is a mention; it is the person's title", tc.text, tc.absent)
		}
		if tc.person == "" {
			if len(d.RoleClaims) != 0 {
				t.Errorf("%q: claims %+v; want none", tc.text, d.RoleClaims)
			}
			continue
		}
		m := mentionAt(d, tc.person, 0)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.person)
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.person, m.Title, tc.title)
		}
		var got []string
		ok := false
		for _, c := range d.RoleClaims {
			got = append(got, c.Person+"="+c.OfficeID)
			ok = ok || c.Person == tc.person && c.OfficeID == tc.office && strings.HasSuffix(tc.title, c.Title)
		}
		if !ok {
			t.Errorf("%q: claims %s; want %s=%s", tc.text, strings.Join(got, ", "), tc.person, tc.office)
		}
	}
}

// TestOustedModifiers checks that a holder put out of office is
// claimed as a former holder, and a killed one as the late holder.
func TestOustedModifiers(t *testing.T) {
	for _, tc := range []struct{ text, person, modifier string }{
		{"Ousted President Omar al-Bashir appeared in court on Monday.", "Omar al-Bashir", "former"},
		{"Deposed president Evo Morales flew to Mexico.", "Evo Morales", "former"},
		{"Supporters of toppled president Evo Morales marched.", "Evo Morales", "former"},
		{"Exiled former president Evo Morales spoke.", "Evo Morales", "former"},
		{"Slain President Jovenel Moise was buried.", "Jovenel Moise", "late"},
		{"President Evo Morales flew to Mexico.", "Evo Morales", ""},
	} {
		d := analyzeShipped(t, tc.text, "2019-11-12")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				found = true
				if c.Modifier != tc.modifier {
					t.Errorf("%q: claim modifier %q; want %q", tc.text, c.Modifier, tc.modifier)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim for %q", tc.text, tc.person)
		}
	}
}

// TestRepublicTitle: "President of the Republic", glossing a
// foreign title in brackets or written alone, is the president of the
// state the article is about (the person's KB country, else the
// dateline's); "of the Republic of Korea" still names its state (e.g. France).
func TestRepublicTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"PARIS (AFP) - Président de la République (President of the Republic) Emmanuel Macron spoke on Monday.", "Emmanuel Macron", "FRA.president"},
		{"President of the Republic Emmanuel Macron spoke in Paris on Monday.", "Emmanuel Macron", "FRA.president"},
		{"Emmanuel Macron, President of the Republic, spoke in Paris on Monday.", "Emmanuel Macron", "FRA.president"},
		{"President of the Republic of Korea Yoon Suk Yeol spoke in Seoul on Monday.", "Yoon Suk Yeol", "KOR.president"},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-05-01"), tc.text, tc.person, tc.office)
	}
}

// TestPluralTitle: a plural title before coordinated names
// ("Foreign ministers Sergei Lavrov and Wang Yi") gives each a claim but
// is no one person's title on the mention; a singular title stays the
// mention's.
func TestPluralTitle(t *testing.T) {
	for _, tc := range []struct {
		text, person, title string
		claims              int
	}{
		{"Foreign ministers Sergei Lavrov and Wang Yi met in Beijing on Monday.", "Sergei Lavrov", "", 2},
		{"Foreign ministers Sergei Lavrov and Wang Yi met in Beijing on Monday.", "Wang Yi", "", 2},
		{"Presidents Joe Biden and Xi Jinping met in Bali on Monday.", "Joe Biden", "", 2},
		{"Foreign Minister Sergei Lavrov met officials in Beijing on Monday.", "Sergei Lavrov", "Foreign Minister", 1},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got, found := "", false
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				got, found = m.Title, true
			}
		}
		if !found || got != tc.title || len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: %s title %q (found %v), %d claims; want %q, %d (claims %+v)", tc.text, tc.person, got, found, len(d.RoleClaims), tc.title, tc.claims, d.RoleClaims)
		}
	}
}

// TestDeclaredVerb: "declared" and "proclaimed" after a subject are
// the clause's verb, no modifier of the title after them ("Peru declared
// Mexico's ambassador X persona non grata"); after "self-" they are
// (e.g. Peru).
func TestDeclaredVerb(t *testing.T) {
	for _, tc := range []struct{ text, person, title string }{
		{"Peru declared Mexico's ambassador Pablo Monroy persona non grata on Tuesday.", "Pablo Monroy", "Mexico's ambassador"},
		{"The junta proclaimed Colonel Juan Perez leader on Tuesday.", "Juan Perez", "Colonel"},
		{"The self-declared president Juan Perez spoke.", "Juan Perez", "self-declared president"},
	} {
		d := analyzeShipped(t, tc.text, "2022-12-21")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				found = true
				if m.Title != tc.title {
					t.Errorf("%q: %s title %q; want %q", tc.text, tc.person, m.Title, tc.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %s", tc.text, tc.person)
		}
	}
}

// TestGlossedTitle: a translated piece glosses a foreign title in
// brackets before the name ("Bundeskanzler (Federal Chancellor) Olaf
// Scholz"): the gloss is the person's title. "Federal" before a title
// is a modifier ("Federal Chancellor", "Federal President"), no unknown
// owner of it (e.g. Germany).
func TestGlossedTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Bundeskanzler (Federal Chancellor) Olaf Scholz met the French president in Paris.", "Olaf Scholz", "DEU.chancellor"},
		{"Bundeskanzler (Chancellor) Olaf Scholz met the French president in Paris.", "Olaf Scholz", "DEU.chancellor"},
		{"Germany is governed by Federal Chancellor Olaf Scholz, officials said.", "Olaf Scholz", "DEU.chancellor"},
		{"The law was signed by Federal President Frank-Walter Steinmeier on Monday.", "Frank-Walter Steinmeier", "DEU.president"},
		// a bracket that holds no title is no gloss
		{"The Bundestag (parliament) Olaf Scholz addressed on Monday voted.", "Olaf Scholz", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-01-22"), tc.text, tc.person, tc.office)
	}
}

// TestCountryNounTitle: "the country's" or "the nation's" before a
// title is the state the text is about, as a bare title's "the" ("Imran
// Khan, the country's prime minister,"); another owner's possessive
// ("the company's president") still makes no state's office.
func TestCountryNounTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"In Islamabad, Imran Khan, the country's prime minister, chaired a cabinet meeting on Wednesday.", "Imran Khan", "PAK.prime_minister"},
		{"Kenya voted on Tuesday. William Ruto, the nation's president, said the count was fair.", "William Ruto", "KEN.president"},
		{"Pakistan's economy is in crisis. The country's prime minister, Imran Khan, chaired a cabinet meeting on Wednesday.", "Imran Khan", "PAK.prime_minister"},
		{"Imran Khan, the company's president, chaired a meeting on Wednesday.", "Imran Khan", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-01-11"), tc.text, tc.person, tc.office)
	}
}

// TestStackedModifiers: a "deputy" or "vice" before a title keeps
// the deputy's office and leaves the claim's modifier to the word
// before it ("former deputy president X" was a sitting deputy's claim);
// capitalised modifiers in a row before a title name nobody ("Former
// Deputy President William Ruto" made a person "Former Deputy"); and
// "former" before "acting" puts the acting term in the past.
func TestStackedModifiers(t *testing.T) {
	for _, tc := range []struct{ text, person, office, mod string }{
		{"Kenya's former deputy president William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", "former"},
		{"Former Deputy President William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", "former"},
		{"Deputy President William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", ""},
		{"Former acting president Goodluck Jonathan spoke in Abuja on Tuesday.", "Goodluck Jonathan", "NGA.president", "former"},
		{"Former Acting President Goodluck Jonathan spoke in Abuja on Tuesday.", "Goodluck Jonathan", "NGA.president", "former"},
	} {
		d := analyzeShipped(t, tc.text, "2018-03-06")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person != tc.person {
				continue
			}
			found = true
			if c.OfficeID != tc.office || c.Modifier != tc.mod {
				t.Errorf("%q: claim %q %q; want %q %q", tc.text, c.OfficeID, c.Modifier, tc.office, tc.mod)
			}
		}
		if !found {
			t.Errorf("%q: no claim about %s; claims %+v", tc.text, tc.person, d.RoleClaims)
		}
		for _, e := range d.Entities {
			if e.Name == "Former Deputy" || e.Name == "Former Acting" {
				t.Errorf("%q: entity %q", tc.text, e.Name)
			}
		}
	}
}

// TestCounterpart: "his Kenyan counterpart Y" after a minister's
// title claims that minister's office in the state written; a leader's
// counterpart claims nothing (news calls a prime minister a
// president's counterpart), nor one with no state written, the same
// state, or a sentence break between.
func TestCounterpart(t *testing.T) {
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

// TestPluralPostposedStates: a plural title over names each
// followed by its own state ("Presidents A of Brazil and B of
// Argentina") claims each name's office in its own state; a later name
// without its state claims nothing.
func TestPluralPostposedStates(t *testing.T) {
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

// TestOfStateNotPossessive checks that "of STATE" after a titled name
// gives the title its country ("King Abdullah II of Jordan"), but not
// "of STATE's" noun, which the state owns ("assured President George W.
// Bush of Italy's support": Bush's own country, not Italy's presidency).
func TestOfStateNotPossessive(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Berlusconi assured President George W. Bush of Italy's support on Tuesday.", "2008-05-04", "George W. Bush", "USA.president", ""},
		{"Berlusconi met President Giorgio Napolitano of Italy on Tuesday.", "2008-05-04", "Giorgio Napolitano", "ITA.president", ""},
	})
}

// TestInWaiting: "-in-waiting" after a title marks a holder still to
// take office, as "-designate" does ("Friedrich Merz, the
// chancellor-in-waiting," was checked as the sitting chancellor).
func TestInWaiting(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []officeMod
	}{
		{"Friedrich Merz, the chancellor-in-waiting, said Germany would lead in Europe.", "2025-04-10", []officeMod{{"DEU.chancellor", "designate"}}},
		{"Chancellor-in-waiting Friedrich Merz said Germany would lead in Europe.", "2025-04-10", []officeMod{{"DEU.chancellor", "designate"}}},
		{"Chancellor Friedrich Merz said Germany would lead in Europe.", "2025-06-10", []officeMod{{"DEU.chancellor", ""}}},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
	}
}

// TestOwnerNotOfHolder checks that a state named before a title in a
// way that makes it no owner of the office claims nothing: the backer,
// leader or birthplace joined by a hyphen ("US-backed interim leader"),
// or a people of one state living in another ("Bosnian Serb Prime
// Minister" heads Republika Srpska, neither Bosnia's nor Serbia's
// government). A plain demonym still claims its state's office, and a
// bare title the holder's own.
func TestOwnerNotOfHolder(t *testing.T) {
	checkNoClaims(t, "2004-11-02",
		"KABUL, Afghanistan (Reuters) - US-backed interim leader Hamid Karzai said on Tuesday he would form a cabinet.",
	)
	checkNoClaims(t, "2004-10-05",
		"Bosnian Serb Prime Minister Dragan Mikerevic said on Tuesday the government would cooperate.",
	)
	checkClaims(t, []claimCase{
		// a bare title after the compound: the holder's own state's
		{"US-backed President Hamid Karzai said on Tuesday he would form a cabinet.", "2005-11-02", "Hamid Karzai", "AFG.president", ""},
		{"Afghan President Hamid Karzai said on Tuesday he would form a cabinet.", "2005-11-02", "Hamid Karzai", "AFG.president", ""},
		{"Serbian Prime Minister Vojislav Kostunica said on Tuesday the government would cooperate.", "2004-10-05", "Vojislav Kostunica", "SRB.prime_minister", ""},
		// the Greek Cypriots' state is the Republic of Cyprus (a KB demonym), the Turkish Cypriots' the north
		{"Greek Cypriot President Tassos Papadopoulos said on Thursday the plan was dead.", "2005-03-03", "Tassos Papadopoulos", "CYP.president", ""},
		{"Turkish Cypriot leader Mehmet Ali Talat said on Thursday the plan was alive.", "2005-03-03", "Mehmet Ali Talat", "XNC.president", ""},
	})
}
