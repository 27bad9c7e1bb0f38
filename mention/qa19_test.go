package mention

import (
	"slices"
	"testing"
)

// TestQA19PluralPossessive checks that a plural possessive written with
// a bare apostrophe stays inside the name of the place or body it opens
// (QA19 N-6).
func TestQA19PluralPossessive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Hundreds of students camped in Heroes' Square until dawn.", []string{"Heroes' Square/place//name"}, []string{"Heroes"}},
		{"The Farmers' Union of Tavria called a strike.", nil, []string{"Farmers"}},
		{"Britain's Foreign Office said nothing.", []string{"Britain/country/GBR/alias"}, nil},
		{"Families gathered at Veterans' Park on Sunday.", []string{"Veterans' Park/place//name"}, []string{"Veterans", "Park"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19AcronymLongForm checks that a body's full name before its
// parenthesised KB acronym is one entity with it, linked through the
// acronym, when the full name is the KB entity's name (QA19 N-9).
func TestQA19AcronymLongForm(t *testing.T) {
	for _, tc := range []struct {
		text, long, id string
	}{
		{"The Justice and Development Party (AKP) won most seats.", "Justice and Development Party", "org.akp"},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-28")
		got := ""
		for _, m := range d.Mentions {
			if m.Text == tc.long {
				got = m.KBID
				if m.Entity < 0 {
					got = ""
				} else if e := d.Entities[m.Entity]; e.KBID != "" {
					got = e.KBID
				}
			}
		}
		if got != tc.id {
			t.Errorf("%q: %q links to %q, want %q", tc.text, tc.long, got, tc.id)
		}
	}
}

// TestQA19MinisterOfStateFor checks that the portfolio of a junior
// minister's title before a known given name is no place ("State for
// Foreign Affairs", QA19 N-3).
func TestQA19MinisterOfStateFor(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Minister of State for Energy Yusuf Okonkwo said the grid would recover.", []string{"Yusuf Okonkwo/person//name"}, []string{"State for Energy"}},
		{"Kenyan Minister of State for Foreign Affairs Mohamed Wario said talks would resume.", []string{"Mohamed Wario/person//name"}, []string{"State for Foreign Affairs"}},
		{"Minister of State for Trade and Industry Kyriakos Wario said talks would resume.", []string{"Kyriakos Wario/person//name"}, []string{"State for Trade and Industry Kyriakos Wario"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19BankCountry checks that a central bank named "Bank <Country>"
// is one organisation, not the country, while a bank's name ending in
// "Bank" before a country stays apart from it (QA19 N-4).
func TestQA19BankCountry(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Bank Indonesia cut its policy rate on Wednesday.", []string{"Bank Indonesia/organization//name"}, []string{"Indonesia"}},
		{"Economists expect the Bank Indonesia board to hold rates.", []string{"Bank Indonesia/organization//name"}, []string{"Indonesia"}},
		{"Bank Negara Malaysia kept the overnight rate at 3 percent.", []string{"Bank Negara Malaysia/organization//name"}, []string{"Malaysia"}},
		{"The World Bank Kenya office said growth slowed.", []string{"Kenya/country/KEN/alias"}, []string{"Bank Kenya"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19BareLegislature checks that "Congress" and "Parliament" alone,
// with no article, name the country's legislature (QA19 N-7).
func TestQA19BareLegislature(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Congress will certify the result next week.", []string{"Congress/organization//name"}, nil},
		{"The ministers lobbied Congress for more money.", []string{"Congress/organization//name"}, nil},
		{"Parliament rejected the budget on Tuesday.", []string{"Parliament/organization//name"}, nil},
		{"Leaders of the Nepali Congress met.", []string{"Nepali Congress/organization/org.nepali-congress/alias"}, []string{"Congress"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19GulfModifier checks that "Gulf" modifying a noun for states
// or their rulers is no place, while the Gulf as a noun is (QA19 N-11).
func TestQA19GulfModifier(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gulf Arab states recalled their ambassadors from Doha.", nil, []string{"Gulf Arab", "Gulf"}},
		{"Bahrain accused the Gulf state of meddling.", []string{"Bahrain/country/BHR/alias"}, []string{"Gulf"}},
		{"A tanker was seized in the Gulf on Friday.", []string{"Gulf/place//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19CoordinatedTitles checks that an appositive with coordinated
// titles gives one role claim per title, each with its own office, and
// that the person's mention keeps the first as its role (QA19 V-3).
func TestQA19CoordinatedTitles(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		offices    []string
	}{
		{"Binali Yildirim, the prime minister and speaker of parliament, said the vote was fair.", "2023-05-28", []string{"TUR.prime_minister", "TUR.speaker"}},
		{"Emmanuel Macron, the president and a former foreign minister, said nothing.", "2019-03-01", []string{"FRA.president", "FRA.foreign_minister"}},
		{"Binali Yildirim, the prime minister and his wife, voted in Izmir.", "2017-04-16", []string{"TUR.prime_minister"}},
		{"Prime Minister and Finance Minister Binali Yildirim said the vote was fair.", "2017-04-16", []string{"TUR.finance_minister", "TUR.prime_minister"}},
		{"Deputy Prime Minister and Foreign Minister Ayman Safadi said Jordan would help.", "2023-05-28", []string{"JOR.foreign_minister", "JOR.deputy_prime_minister"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.OfficeID)
		}
		if len(got) < len(tc.offices) || len(tc.offices) == 1 && len(got) != 1 {
			t.Errorf("%q: claims %v, want %v", tc.text, got, tc.offices)
			continue
		}
		for i, o := range tc.offices {
			if got[i] != o {
				t.Errorf("%q: claims %v, want %v", tc.text, got, tc.offices)
				break
			}
		}
		for _, m := range d.Mentions {
			if m.Type == "person" && m.Role >= 0 && d.RoleClaims[m.Role].OfficeID != tc.offices[0] {
				t.Errorf("%q: the person's role is %q, want %q", tc.text, d.RoleClaims[m.Role].OfficeID, tc.offices[0])
			}
		}
	}
}

// TestQA19MissionNames checks that a mission named by its sponsor, its
// kind and its country is one organisation (QA19 N-5).
func TestQA19MissionNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The United Nations Assistance Mission in Iraq reported 40 deaths.", []string{"United Nations Assistance Mission in Iraq/organization//name"}, []string{"United Nations", "Iraq", "Assistance Mission"}},
		{"The United Nations Mission in South Sudan sheltered civilians.", []string{"United Nations Mission in South Sudan/organization/org.unmiss/alias"}, []string{"South Sudan"}},
		{"The European Union Training Mission in Mali was suspended.", []string{"European Union Training Mission in Mali/organization//name"}, []string{"Mali"}},
		{"Troops of a Rapid Reaction Force in Chad left.", []string{"Chad/country/TCD/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19MarketSubjects checks that a name of common words moving by a
// percentage is a company, and that a brand before "chain" or "brand"
// is one; an index stays out (QA19 N-2).
func TestQA19MarketSubjects(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Shares of Swift Trading fell 2.8 percent on Friday.", []string{"Swift Trading/organization//name"}, []string{"Swift Trading/person"}},
		{"Nagoya Electron, the chip-tool maker, rose 4.1% in Tokyo.", []string{"Nagoya Electron/organization//name"}, []string{"Nagoya Electron/person"}},
		{"Smart Retailing fell 3 percent.", []string{"Smart Retailing/organization//name"}, nil},
		{"Shares fell after the owner of the Muji chain said sales slowed.", []string{"Muji/organization//name"}, nil},
		{"The Nikkei dropped 9.62% to a 20-year low.", nil, []string{"The Nikkei", "Nikkei/organization"}},
		{"Prices in Kenya rose 2.1 percent.", []string{"Kenya/country/KEN/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19MalayBodies checks that a body named with the Arabic word for
// Islamic scholars ("Ulama", "Ulema") or opened by a Malay or Indonesian
// word for a council or movement is an organisation, not a person
// (QA19 N-8).
func TestQA19MalayBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Nahdlatul Ulama urged calm after the vote.", []string{"Nahdlatul Ulama/organization//name"}, []string{"Nahdlatul Ulama/person"}},
		{"The Dewan Rakyat approved the budget.", []string{"Dewan Rakyat/organization//name"}, []string{"Dewan Rakyat/person"}},
		{"Majelis Permusyawaratan Rakyat members met.", []string{"Majelis Permusyawaratan Rakyat/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19PartyLabels checks that a party or list name opening with a
// word taken for a surname is one organisation before "banner", "party"
// or "list" (QA19 N-9, "Green Left").
func TestQA19PartyLabels(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The candidates ran under the Green Left banner.", []string{"Green Left/organization//name"}, []string{"Green/person"}},
		{"The Green Left party lost two seats.", []string{"Green Left/organization//name"}, []string{"Green/person", "Left"}},
		{"Mark Green party officials met.", nil, []string{"Mark Green/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19ProStem checks that a body's name glued to "pro-" or "anti-"
// by its first word keeps the rest of its name, and that a full name
// after the stem still joins its KB acronym (QA19 N-9).
func TestQA19ProStem(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Members of the pro-Kurdish Democratic Regions Party were detained.", []string{"Democratic Regions Party/organization//name"}, []string{"Kurdish Democratic Regions Party"}},
		{"The anti-Islam Freedom Party gained seats.", []string{"Freedom Party/organization//name"}, nil},
		{"The pro-Kurdish Peoples' Democratic Party (HDP) boycotted the session.", []string{"Peoples' Democratic Party/organization/org.hdp/name"}, nil},
		{"Pro-Maidan activists marched.", nil, []string{"Maidan"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19KinNamesake checks that a bare surname shared by two KB
// persons goes to the one named in full as herself, not to the alias
// holder named only as her relative (QA19 N-10).
func TestQA19KinNamesake(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"George W. Bush, the son of President George H. W. Bush, met donors in Texas.\n\nBush, 42, said he would decide later.", "1989-06-01",
			[]string{"Bush/person/person.george-w-bush/short-form"}, []string{"Bush/person/person.george-h-w-bush"}},
		{"Sara Duterte, the daughter of President Rodrigo Duterte, voted in Davao.\n\nDuterte, 43, later thanked her supporters.", "2022-05-10",
			[]string{"Duterte/person/person.sara-duterte/short-form"}, []string{"Duterte/person/person.rodrigo-duterte"}},
		{"Sara Duterte, the daughter of outgoing President Rodrigo Duterte, voted in Davao.\n\nDuterte, 43, later thanked her supporters.", "2022-05-10",
			[]string{"Duterte/person/person.sara-duterte/short-form"}, []string{"Duterte/person/person.rodrigo-duterte"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA19CoordinatedModifier checks that a title coordinated under the
// first one's article shares its modifier, and one with an article of
// its own keeps its own (QA19 V-3).
func TestQA19CoordinatedModifier(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		mods       []string
	}{
		{"Binali Yildirim, the former prime minister and speaker of parliament, said the vote was fair.", "2023-05-28", []string{"former", "former"}},
		{"Emmanuel Macron, the president and a former foreign minister, said nothing.", "2019-03-01", []string{"", "former"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.Modifier)
		}
		if !slices.Equal(got, tc.mods) {
			t.Errorf("%q: modifiers %q, want %q", tc.text, got, tc.mods)
		}
	}
}
