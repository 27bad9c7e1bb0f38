package mention

import (
	"strings"
	"testing"
)

// Tests of capitalised names the KB does not cover and their types.

// TestDatelineAgency checks that the news agency a wire dateline
// names in brackets before its dash is no entity of the story, and that
// an agency named elsewhere still is.
func TestDatelineAgency(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"DAMASCUS (AFP) - Rebels entered Damascus on Sunday.", nil, []string{"AFP"}},
		{"NARA, Japan, July 8 (Reuters) - Police arrested a man at the scene.", nil, []string{"Reuters"}},
		{"WASHINGTON (AP) — The Pentagon said it would respond.", nil, []string{"AP"}},
		{"The figures were first reported by Reuters on Sunday.", []string{"Reuters/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-12-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCapsDatelineName checks that a place set in capitals in a
// dateline gets its name written as a name, not in capitals.
func TestCapsDatelineName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"FRANKFURT — The central bank cut its deposit rate on Thursday.", "Frankfurt"},
		{"SAN PEDRO SULA, Honduras — The mayor said the roads were closed.", "San Pedro Sula"},
	} {
		d := analyzeShipped(t, tc.text, "2024-06-06")
		found := false
		for _, e := range d.Entities {
			found = found || e.Name == tc.want
		}
		if !found {
			t.Errorf("Process(%q): no entity named %q; got %+v", tc.text, tc.want, d.Entities)
		}
	}
}

// TestLocativeHeads checks that a name after "the beaches of", "the
// shores of", "the resort of" is a place.
func TestLocativeHeads(t *testing.T) {
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

// TestLocativeWho checks that a gazetteer place after a locative
// preposition stays a place when ", who" follows it: the relative
// clause is the noun's before it ("a 24-year-old accountant in Enugu,
// who voted for Obi"); a name after "in" the gazetteer does not know
// is still a person there.
func TestLocativeWho(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The voters waited for hours, said Chidinma Eze, a 24-year-old accountant in Enugu, who voted for Obi.", []string{"Enugu/place//name"}, []string{"Enugu/person//name"}},
		{"She is a nurse in Kaduna, who voted for the opposition.", []string{"Kaduna/place//name"}, []string{"Kaduna/person//name"}},
		{"Investors expressed confidence in Mukuka, who took power in a coup.", []string{"Mukuka/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFirstCompany checks that a company named "First <Name> <Head>"
// keeps its "First", also opening a sentence, and that a minerals or
// metals head makes an organisation, not a person.
func TestFirstCompany(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Copper producers including First Lithium Minerals welcomed the result.", []string{"First Lithium Minerals/organization//name"}, []string{"Lithium Minerals"}},
		{"First Lithium Minerals said output rose.", []string{"First Lithium Minerals/organization//name"}, []string{"Lithium Minerals"}},
		{"Zinc producers such as Kabwe Metals cut jobs.", []string{"Kabwe Metals/organization//name"}, []string{"Kabwe Metals/person"}},
		// the adverb takes a comma
		{"First, Lithium Minerals said output rose.", nil, []string{"First Lithium Minerals"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPersonOwnsBody checks that a person's name with a possessive,
// opening a sentence, owns the body after it rather than opening its
// name.
func TestPersonOwnsBody(t *testing.T) {
	s := stage()
	text := "Jean-Pierre Bemba's Movement for the Liberation of Congo joined the talks."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Jean-Pierre Bemba/person//name", "Movement for the Liberation of Congo/organization//name"}, []string{"Jean-Pierre Bemba's Movement"})
	checkInvariants(t, d)
}

// TestMalayBodies checks that a body named with the Arabic word for
// Islamic scholars ("Ulama", "Ulema") or opened by a Malay or Indonesian
// word for a council or movement is an organisation, not a person.
func TestMalayBodies(t *testing.T) {
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

// TestBlocEndowmentHeads checks that "Bloc" and "Endowment" are
// organisations' head words: an electoral bloc is no person, and an
// endowment's name runs on over "for".
func TestBlocEndowmentHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Electoral Bloc of Communists and Socialists came second.", []string{"Electoral Bloc of Communists and Socialists/organization//name"}, []string{"Socialists"}},
		{"Officials of the Rockefeller Endowment said so.", []string{"Rockefeller Endowment/organization//name"}, []string{"Rockefeller Endowment/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCommunityMunicipalityHeads checks that "Community" and
// "Municipality" head organisations' names that run on over "of", and
// that "Community" before "and" qualifies the head word after it.
func TestCommunityMunicipalityHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Economic Community of Central African States suspended the country.", []string{"Economic Community of Central African States/organization//name"}, []string{"Economic Community/person", "States"}},
		{"Observers from the Community of Portuguese Language Countries called the vote peaceful.", []string{"Community of Portuguese Language Countries/organization//name"}, []string{"Community/person"}},
		{"The request was made by the Municipality of Livorno in 2010.", []string{"Municipality of Livorno/organization//name"}, nil},
		{"It became the Fairmont State Community and Technical College in 2003.", []string{"Fairmont State Community and Technical College/organization//name"}, []string{"Technical College"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestEmployerOf checks that one unknown word after the "of" of a person
// whose role is work done for a body is that body, and after a title
// held for a place or a livelihood the place; and that one after
// "workers at" is their employer.
func TestEmployerOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Activist Siti Kasim of Bersih said the result showed voters were tired.", []string{"Bersih/organization//name"}, []string{"Bersih/place"}},
		{"Lawyer Ana Ruiz of Dejusticia said the law was unfair.", []string{"Dejusticia/organization//name"}, []string{"Dejusticia/place"}},
		{"Young candidate Cabral Libii of Univers came third.", []string{"Univers/organization//name"}, []string{"Univers/place"}},
		{"Mayor John Tembo of Kalomo said the road was closed.", []string{"Kalomo/place//name"}, []string{"Kalomo/organization"}},
		{"Farmer John Tembo of Kalomo said the road was closed.", []string{"Kalomo/place//name"}, []string{"Kalomo/organization"}},
		// the one word after "workers at", "analysts at" is their employer,
		// unless a noun follows that it qualifies
		{"Oil workers at Tengizchevroil stopped work for two days.", []string{"Tengizchevroil/organization//name"}, nil},
		{"Workers at Mombasa port stopped work.", nil, []string{"Mombasa/organization"}},
		// a name ending in "-ing" after "of" and before a reporting verb
		{"Union leader Sólveig Anna Jónsdóttir of Efling said housing came first.", []string{"Efling/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-11-24")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCamelFirms checks that one unknown word written in camel case is a
// firm's name with no other cue, and that surnames and places opened by
// a short particle are not.
func TestCamelFirms(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The talks went on. His son had moved millions through AsiaUniversalBank.", []string{"AsiaUniversalBank/organization//name"}, nil},
		{"The talks went on. He worked for TelAvivCorp until 2010.", []string{"TelAvivCorp/organization//name"}, nil},
		{"The talks went on. Protests spread to KwaMashu on Monday.", nil, []string{"KwaMashu/organization"}},
		{"The talks went on. Gen MacArthur landed.", nil, []string{"MacArthur/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestUnitAppositive: "X, a unit/affiliate/arm of Y," makes X an
// organisation ("Zimplats", a one-word company, was no
// mention).
func TestUnitAppositive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Output at Mimosa, a unit of Northam Platinum, fell in the quarter.", []string{"Mimosa/organization//name"}, nil},
		{"Lawyers for Brantel, an affiliate of the group, filed the appeal.", []string{"Brantel/organization//name"}, nil},
		// after "<person> of (the)", the apposition is the person's
		// ("NSC" was typed a person and given the title)
		{"Caspar Veldkamp of the NSC, a former ambassador to Israel, becomes foreign minister.", nil, []string{"NSC/person"}},
		{"Jan Smit of the BBB, a lawmaker, met officials.", nil, []string{"BBB/person"}},
		{"Officials met Ali Hassan, a former minister, on Monday.", []string{"Ali Hassan/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCompoundAppositive: a hyphenated modifier in an appositive
// ("the state-controlled oil company") is not the appositive's head: the
// head noun after it types the name.
func TestCompoundAppositive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Shares of KLMB, the state-controlled oil company, rose 9%.", []string{"KLMB/organization//name"}, []string{"KLMB/place"}},
		{"Shares of Zentrix, a state-owned bank, fell.", []string{"Zentrix/organization//name"}, []string{"Zentrix/place"}},
		{"Kiboga, a rebel-held border town, fell on Monday.", []string{"Kiboga/place//name"}, []string{"Kiboga/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-12-13")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestLegislatureAppositive: an appositive whose head is a legislature
// or a body ("the lower house of parliament", "the lower chamber", "the
// electoral commission") makes the name before it an organisation; a
// house that is no chamber ("the house where he was born") does not.
func TestLegislatureAppositive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Sunday's election to the Kuvendi, the lower house of parliament, was calm.", []string{"Kuvendi/organization//name"}, nil},
		{"Deputies in the Skupstina, the lower chamber, voted on Friday.", []string{"Skupstina/organization//name"}, nil},
		// a legislature the KB knows keeps its link
		{"Deputies in the Sejm, the lower chamber, voted on Friday.", []string{"Sejm/organization/org.sejm/alias"}, nil},
		{"Visitors came to Brantwood, the house where he was born.", nil, []string{"Brantwood/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPossessiveOwners checks that no organisation's name takes in a
// person or body that owns or leads it: "X's Party", "Party of X".
func TestPossessiveOwners(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He will rely on Chandrababu Naidu's Telugu Desam Party.", []string{"Chandrababu Naidu/person//name", "Telugu Desam Party/organization//name"}, []string{"Chandrababu Naidu's Telugu Desam Party"}},
		{"The Samajwadi Party of Amit Yadav won 37 seats.", []string{"Samajwadi Party/organization//name", "Amit Yadav/person//name"}, []string{"Samajwadi Party of Amit Yadav"}},
		{"The Department of Environmental Protection said so.", []string{"Department of Environmental Protection/organization//name"}, nil},
		{"She appeared at Feltham Magistrates’ Court on Monday.", []string{"Feltham Magistrates’ Court/organization//name"}, nil},
		{"The Labour Party of John Smith won 37 seats.", []string{"Labour Party/organization//name", "John Smith/person//name"}, nil},
		{"The US Treasury Department's Office of Foreign Assets Control designated two firms.", []string{"Office of Foreign Assets Control/organization//name"}, []string{"Department's Office of Foreign Assets Control"}},
		{"Members of the Party of European Socialists met.", []string{"Party of European Socialists/organization//name"}, nil},
		{"The Tigray People's Liberation Front said so.", nil, []string{"Liberation Front"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPossessivePlace checks that a place the gazetteer knows with a
// possessive inside its name ("Cox's Bazar") is one place, not a place
// and an organisation; a possessive owner stays apart.
func TestPossessivePlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police in Cox's Bazar arrested two men.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"Cox's Bazar is crowded.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"COX'S BAZAR, Bangladesh, Sept 14, 2017 - Aid arrived.", []string{"COX'S BAZAR/place//name"}, []string{"COX", "BAZAR"}},
		{"Iran's Foreign Ministry said so.", []string{"Iran/country/IRN/alias"}, []string{"Iran's Foreign Ministry"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-09-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestShortSurname checks that a two-letter surname ("Ba", "Wu") after
// the person's full name joins that person, while a lone two-letter
// capitalised word no full name ends with names nothing.
func TestShortSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Faye took 54 percent against 35 percent for Amadou Ba. Ba conceded on Monday.", "2024-03-26", []string{"Ba/person/person.amadou-ba/short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Wu said talks went well.", "2024-03-26", []string{"Wu/person//short-form"}, nil},
		{"Officials met Jennifer Wu on Monday. Ng said talks went well.", "2024-03-26", nil, []string{"Ng"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGangName checks that a name before or after "gang" or "cartel" is
// an armed group, not a place, and so is the same name alone elsewhere in
// the article.
func TestGangName(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The violence erupted after the escape of the leader of the Los Choneros gang from a prison.", "2024-01-10", []string{"Los Choneros/armed_group//name"}, []string{"Los Choneros/place"}},
		{"Soldiers fought the Los Lobos gang in Quito.", "2024-01-10", []string{"Los Lobos/armed_group//name"}, []string{"Los Lobos/place"}},
		{"Police said the cartel Los Rastrojos ran the port.", "2024-01-10", []string{"Los Rastrojos/armed_group//name"}, []string{"Los Rastrojos/place"}},
		{"Troops hunted the Las Palomas cartel. Las Palomas denied the charge.", "2024-01-10", []string{"Las Palomas/armed_group//name"}, []string{"Las Palomas/place"}},
		{"Members of Los Tiguerones attacked the jail.", "2024-01-10", []string{"Los Tiguerones/organization//name"}, []string{"Los Tiguerones/place"}},
		{"Police arrested a founder of Las Hormigas in Lima.", "2024-01-10", []string{"Las Hormigas/organization//name"}, []string{"Las Hormigas/place"}},
		{"Residents of Los Palacios fled the floods.", "2024-01-10", []string{"Los Palacios/place//name"}, nil},
		{"Police raided the San Isidro gang. Its members live in San Isidro.", "2024-01-10", []string{"San Isidro/armed_group//name", "San Isidro/place//name"}, nil},
		{"The gang leader fled to Los Angeles.", "2024-01-10", []string{"Los Angeles/place//alias"}, []string{"Los Angeles/armed_group"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGivenNamePlace: a place the gazetteer knows whole, after a
// locative preposition or a settlement noun, is a place though its first
// word is a given name (e.g. Tunisia, Kyrgyzstan).
func TestGivenNamePlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Mohamed Bouazizi, a fruit seller in Sidi Bouzid, set himself on fire.",
			nil, []string{"Sidi Bouzid/person"}},
		{"Bakiyev spoke from his home region of Jalal-Abad on Thursday.",
			nil, []string{"Jalal-Abad/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2011-01-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		found := false
		for _, m := range d.Mentions {
			found = found || m.Type == "place" && (m.Text == "Sidi Bouzid" || m.Text == "Jalal-Abad")
		}
		if !found {
			t.Errorf("%q: no place mention; got %v", tc.text, mentionList(d))
		}
	}
}

// TestOvalOffice: the Oval Office is a room, a place, not a
// government office; other offices stay bodies (e.g. United States).
func TestOvalOffice(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Trump met the prime minister in the Oval Office on Tuesday.", []string{"Oval Office/place//name"}, []string{"Oval Office/organization"}},
		{"The Foreign Office said on Tuesday it had summoned the ambassador.", []string{"Foreign Office/organization/org.fcdo/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestDateOpener: a weekday or month that opens the clause without
// a comma ("On Monday President X") is no owner of the title after it;
// the claim is the one the comma gives. A capitalised word that is no
// date still marks an owner the KB does not know.
func TestDateOpener(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"On Monday President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"On Monday, President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"In March Prime Minister Narendra Modi visited Paris.", "Narendra Modi", "IND.prime_minister"},
		{"Last week Foreign Minister Sergei Lavrov met officials in Ankara.", "Sergei Lavrov", "RUS.foreign_minister"},
		{"Officials said Acme President Joe Biden spoke.", "Joe Biden", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-05-01"), tc.text, tc.person, tc.office)
	}
}

// TestTheatreHead: "Theatre" (and "Theater") heads the name of a
// venue like "Hotel" ("the Grand Theatre of Havana" left "Theatre" a
// person; e.g. Cuba).
func TestTheatreHead(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Obama will address the Cuban people at the Grand Theatre of Havana on Tuesday.", "Grand Theatre of Havana"},
		{"The gala was held at the National Theater on Friday.", "National Theater"},
	} {
		d := analyzeShipped(t, tc.text, "2016-03-21")
		found := false
		for _, m := range d.Mentions {
			if m.Type == "person" && strings.Contains(m.Text, "The") {
				t.Errorf("%q: person %q", tc.text, m.Text)
			}
			if m.Text == tc.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.name)
		}
	}
}

// TestCurrencyNames checks that a name before a currency's noun is the
// currency's, neither a place after "in" nor a body, while a KB place
// before it stays the place it is.
func TestCurrencyNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Cotton prices are set in CFA francs this year.", nil, []string{"CFA"}},
		{"A bag of rice costs 500 CFA francs in the market.", nil, []string{"CFA"}},
		{"Prices rose in Lusaka on Monday.", []string{"Lusaka/place/place.lusaka/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRomanceOfPlace checks that a Romance "of" between a capitalised
// name and a KB country or place joins one foreign name, whatever its
// first word, while a given name opens a person's name instead.
func TestRomanceOfPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The newspaper L'Express de Madagascar reported fuel shortages.", []string{"L'Express de Madagascar/organization//name"}, []string{"Madagascar", "L'Express"}},
		{"Le Journal de Montreal said the strike would go on.", []string{"Le Journal de Montreal/organization//name"}, []string{"Montreal"}},
		{"The Universidad de Chile protested.", []string{"Universidad de Chile/organization//name"}, []string{"Chile"}},
		// a given name, "de" and a country make a person's name ("Pierre
		// de France", a French royal's), no country
		{"He met Pierre de France in Paris.", []string{"Pierre de France/person//name"}, []string{"France/country/FRA/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestDemonymInsideBody checks that a demonym inside the words after an
// organisation's head word and "of" or "for", before a name word, is part
// of the body's name, while one before a lower-case noun stays apart.
func TestDemonymInsideBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Institute of Latin American Studies held a seminar.", []string{"Institute of Latin American Studies/organization//name"}, []string{"American"}},
		{"The Council of West African Churches urged calm.", []string{"Council of West African Churches/organization//name"}, nil},
		{"The Bank of Canada raised rates, and Canadian officials said so.", []string{"Canadian/country/CAN/demonym"}, nil},
		// a region's adjective after "of" before a lower-case noun ends the body at "of"
		{"The Rio Group of Latin American nations met in Santiago.", []string{"Rio Group/organization//name"}, []string{"Rio Group of Latin", "American"}},
		{"Leaders of the Contadora Group of Latin American states met in Panama.", []string{"Contadora Group/organization//name"}, []string{"Contadora Group of Latin", "American"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPluralHeadWords checks that a gallery and the plural of a body's
// head word ("Churches", "Unions") end an organisation's name, not a
// person's whose first word is also a given name ("Art", "Christian").
func TestPluralHeadWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The fire spread to the National Art Gallery, which shared the building.", []string{"National Art Gallery/organization//name"}, []string{"Art Gallery"}},
		{"The Council of Christian Churches urged calm.", []string{"Council of Christian Churches/organization//name"}, []string{"Christian Churches"}},
		{"The Federation of Trade Unions called a strike.", []string{"Federation of Trade Unions/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestUnknownGivenOpensSentence checks that a short word the lexicon
// does not know, opening a sentence before a given name and a surname,
// is the person's first given name, while an English word there is not.
func TestUnknownGivenOpensSentence(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Traders left early. Hodan Ismail Farah said the market would reopen.", []string{"Hodan Ismail Farah/person//name"}, []string{"Ismail Farah"}},
		{"Police came. Kadra Ali Warsame said she had seen them.", []string{"Kadra Ali Warsame/person//name"}, nil},
		{"Lorries were stuck. Fatouma Ali Robleh, a trader, said prices rose.", []string{"Fatouma Ali Robleh/person//name"}, []string{"Ali Robleh"}},
		{"Rain fell. Meanwhile John Smith said the road was closed.", []string{"John Smith/person//name"}, []string{"Meanwhile John Smith"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestVietnameseNameWords checks Vietnamese names whose words are also
// English stop words or date words, or that open a sentence with the
// family name before the middle name "Thi" or "Van".
func TestVietnameseNameWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Property tycoon Truong My Lan was sentenced to death.", []string{"Truong My Lan/person//name"}, []string{"Truong", "Lan"}},
		{"Le Thi Thu Thuy, chairwoman of the bank, resigned.", []string{"Le Thi Thu Thuy/person//name"}, nil},
		{"Le Thi Hong Thuy, chairwoman of the bank, resigned.", []string{"Le Thi Hong Thuy/person//name"}, []string{"Hong Thuy"}},
		{"Tran Van Thanh said the port was closed.", []string{"Tran Van Thanh/person//name"}, nil},
		{"Take On Me was a hit in 1985.", nil, []string{"Take On Me"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBodyNameFirstWords checks that a run keeps a first word the rules
// would strip when the context says the run names a body: a role word
// after a body's noun ("the student union Student Plenum"), a common
// word opening a sentence before an apposition that types the run an
// organisation ("International Rivers, a campaign group,").
func TestBodyNameFirstWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The coalition, backed by the student union Student Plenum, set up tents.", []string{"Student Plenum/organization//name"}, []string{"Plenum"}},
		{"Floods came. International Rivers, a campaign group, said it had warned the builders.", []string{"International Rivers/organization//name"}, []string{"Rivers"}},
		{"He met the party Chairman John Smith on Monday.", []string{"John Smith/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCourtTown checks that a court named by its rank and the town it
// sits in, written after it, is one name ("Basic Court Skopje" was "Basic
// Court" and Skopje for North Macedonia), while "in" keeps them apart.
func TestCourtTown(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Basic Court Skopje should open an inquiry.", []string{"Basic Court Skopje/organization//name"}, []string{"Skopje"}},
		{"The Higher Court Belgrade ruled on Monday.", []string{"Higher Court Belgrade/organization//name"}, nil},
		{"The case went to the Supreme Court in Skopje.", []string{"Supreme Court/organization//name", "Skopje/place/place.skopje/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBodyForCause checks that a name with "for" and the cause a body is
// named for is one organisation ("Zimbabwe Lawyers for Human Rights" was
// cut at "for"), while "for" before a person's name still splits.
func TestBodyForCause(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police came. Zimbabwe Lawyers for Human Rights said he was held.", []string{"Zimbabwe Lawyers for Human Rights/organization//name"}, []string{"Zimbabwe Lawyers"}},
		{"Physicians for Human Rights said the clinic was shelled.", []string{"Physicians for Human Rights/organization//name"}, nil},
		{"The group Women for Peace marched on Sunday.", []string{"Women for Peace/organization//name"}, nil},
		{"Crowds waved Smith for Congress signs.", nil, []string{"Smith for Congress"}},
		// "for the" and a cause noun ("Defence", "Liberation") before "of"
		{"A spokesman for the militia Volunteers for the Defence of the Homeland said it.", []string{"Volunteers for the Defence of the Homeland/organization//name"}, []string{"Volunteers/organization"}},
		{"He joined the Volunteers for the Liberation of Angola last year.", []string{"Volunteers for the Liberation of Angola/organization//name"}, []string{"Angola"}},
		{"Sales for the Development of Iraq rose.", []string{"Iraq/country/IRQ/alias"}, []string{"Sales for the Development"}},
		// a field after "for" is the body's remit, no second body
		{"The National Agency for Fiscal Administration opened an inquiry.", []string{"National Agency for Fiscal Administration/organization//name"}, []string{"Fiscal Administration"}},
		{"He played in the Swiss Super League for FC Basel.", nil, []string{"Swiss Super League for FC Basel"}},
		// portfolio words joined by "and" stay in a ministry's name
		{"The Ministry of Public Works and Public Housing promised money.", []string{"Ministry of Public Works and Public Housing/organization//name"}, []string{"Public Housing"}},
		{"The Ministry of Energy and Mineral Resources issued permits.", []string{"Ministry of Energy and Mineral Resources/organization//name"}, []string{"Mineral Resources"}},
		{"The Ministry of Energy and Zentrova Power signed a deal.", []string{"Ministry of Energy/organization//name", "Zentrova Power/organization//name"}, nil},
		// a capitalised word hyphened to a body's first word opens its name
		{"The Most-Hid party threatened to leave the coalition.", []string{"Most-Hid/organization//name"}, []string{"Hid"}},
		// a body's head word, "for a" and capitalised words: a party named for what it wants
		{"The Movement for a Democratic Slovakia won the vote.", []string{"Movement for a Democratic Slovakia/organization//name"}, []string{"Democratic Slovakia"}},
		{"The ruling Cowry Forces for an Emerging Benin lost.", []string{"Cowry Forces for an Emerging Benin/organization//name"}, []string{"Emerging Benin"}},
		{"The party pushed for a Democratic Senate.", nil, []string{"party pushed for a Democratic Senate"}},
		// a common head word alone after "and" is a portfolio too
		{"The Ministry of Public Works and Transport said so.", []string{"Ministry of Public Works and Transport/organization//name"}, nil},
		{"The Ministry of Agriculture and Fisheries said so.", []string{"Ministry of Agriculture and Fisheries/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFalseNames checks capitalised words that name no person, place or
// body the way the rules read them: two group adjectives joined by "and"
// before a noun, a possessive word after a month (a day's name), and a
// force named "Rangers" (no person's surname).
func TestFalseNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Western and Arab diplomats met in Geneva.", nil, []string{"Western and Arab"}},
		{"Sunni and Shiite clerics prayed together.", nil, []string{"Sunni and Shiite"}},
		{"It was an April Fool's joke, he said.", nil, []string{"Fool"}},
		{"Tension rose on the Korean peninsula.", nil, []string{"Korean"}},
		{"Police came. Paramilitary Rangers arrested him.", []string{"Paramilitary Rangers/organization//name"}, []string{"Paramilitary Rangers/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlacePairs checks that two one-word names joined by "and" after
// "from", or after a road's noun and "between", are places, and so is a
// name right after "fled", while people's names there stay people.
func TestPlacePairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Volunteers from Sullana and Paita loaded trucks with rice.", []string{"Sullana/place//name", "Paita/place//name"}, nil},
		{"Herders blocked the highway between Olgiy and Tsengel on Monday.", []string{"Olgiy/place//name", "Tsengel/place//name"}, nil},
		{"Nura Adan, who fled Dolow with her children, said she would not return.", []string{"Dolow/place//name"}, nil},
		{"The fight between Smith and Jones ended in a draw.", nil, []string{"Smith/place", "Jones/place"}},
		{"Snow closed the roads to Tsetserleg and Erdenet for a week.", []string{"Tsetserleg/place//name"}, nil},
		{"Aziza Noor, a farmer from Baligubadle, said her goats had died.", []string{"Baligubadle/place//name"}, nil},
		{"Miners from Llallagua marched on the capital.", []string{"Llallagua/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestElidedNameWords checks that a French or Italian article or "of"
// elided onto a capitalised word inside a name keeps the name whole.
func TestElidedNameWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Banque d'Algerie raised its rates.", []string{"Banque d'Algerie/organization//name"}, nil},
		{"Boats were moored in Anse d'Hainault at dawn.", []string{"Anse d'Hainault/place//name"}, []string{"Anse/place"}},
		{"He flew to Cote d'Ivoire on Monday.", []string{"Cote d'Ivoire/country/CIV/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPeopleForCountry checks that a plural noun of people or a body's
// head word, "for" and a KB country name one body ("Democrats for
// Ukraine", "Union for Peru"), while a title or a bare legislature
// before "for" stays apart and the country a country.
func TestPeopleForCountry(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Democrats for Ukraine marched on Sunday.", []string{"Democrats for Ukraine/organization//name"}, []string{"Ukraine"}},
		{"The Citizens for Georgia coalition set up tents.", []string{"Citizens for Georgia/organization//name"}, nil},
		{"The Special Envoy for Syria spoke on Monday.", []string{"Syria/country/SYR/alias"}, nil},
		{"Legislators from Union for Peru joined the vote.", []string{"Union for Peru/organization//name"}, []string{"Peru"}},
		{"The National Alliance for Georgia won two seats.", []string{"National Alliance for Georgia/organization//name"}, []string{"Georgia"}},
		{"It was approved by Parliament for Britain to leave.", []string{"Britain/country/GBR/alias"}, []string{"Parliament for Britain"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPeopleOfPlace checks that two or more words ending in a plural
// noun of people, "of" and a KB place name one body, without a member's
// title after it, while a sentence's opening plural stays a common noun.
func TestPeopleOfPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He was a former United Farmers of Ontario MPP.", []string{"United Farmers of Ontario/organization//name"}, []string{"Ontario"}},
		{"The Rural Workers of Bolivia called a strike.", []string{"Rural Workers of Bolivia/organization//name"}, []string{"Bolivia"}},
		{"Voters of Ohio backed him.", []string{"Ohio/place//alias"}, []string{"Voters of Ohio"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestAndHeadWordsOnly checks that "and" before words that are all head
// or common words joins one body's name ("… Shipping and Logistics
// Services Enterprise"), while "and" before a name of its own still
// splits two bodies' names.
func TestAndHeadWordsOnly(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Officials of the Kenyan Shipping and Logistics Services Enterprise flew in.", []string{"Kenyan Shipping and Logistics Services Enterprise/organization//name"}, []string{"Logistics Services Enterprise"}},
		{"Shanghai Airlines and Xiamen Airlines merged.", []string{"Shanghai Airlines/organization//name", "Xiamen Airlines/organization//name"}, nil},
		{"They swapped Marine Paul Whelan and Radio Free Europe reporter Alsu Kurmasheva.", []string{"Radio Free Europe/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestWatchdogNames checks that a capitalised "Watch" ends a watchdog's or
// a group's name, though a web page's "Watch:" is no name word.
func TestWatchdogNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Kuznetsov, a leader of the group Night Watch, was detained.", []string{"Night Watch/organization//name"}, []string{"Night/organization"}},
		{"Kenya Election Watch said the poll was fair.", []string{"Kenya Election Watch/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestParticleNames checks person names the KB does not hold that join
// their words by particles and words of filiation: a second particle
// that also opens places ("de los"), a Dutch particle before a family
// name that is also a place's head word ("van Dam"), Malay "binti",
// Hassaniya "Mint" before a known given name at a sentence's start, and
// "Jan", a given name that is also a month's short form ("Jan-Willem",
// "Jan Smet", "Pieter-Jan Smet").
func TestParticleNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The rally was big. María de los Ángeles Chiquín, a student, said young people had lost their fear.",
			[]string{"María de los Ángeles Chiquín/person//name"}, []string{"Ángeles Chiquín/person//name"}},
		// Filipino "dela", "delos" before a family name the KB holds as
		// someone's surname, alone or hyphened to another
		{"The storm passed. A resident, Maria Luz dela Cruz, said her house had gone.", []string{"Maria Luz dela Cruz/person//name"}, []string{"Maria Luz/person//name"}},
		{"The storm passed. A resident, Maria Luz dela Cruz-Tabao, said her house had gone.", []string{"Maria Luz dela Cruz-Tabao/person//name"}, []string{"Maria Luz/person//name"}},
		{"The storm passed. A nurse, Ana delos Santos, said the ward was full.", []string{"Ana delos Santos/person//name"}, nil},
		// a hyphened Arabic compound counts as one word of a name
		{"The accountant Hany Abdel-Rahman Fawzy was acquitted.", []string{"Hany Abdel-Rahman Fawzy/person//name"}, nil},
		// an Arabic article hyphened to a name opening a sentence stays,
		// though written lower case earlier
		{"Fahad al-Mutairi was jailed. Al-Mutairi, 58, showed no emotion.", []string{"Al-Mutairi/person//short-form"}, []string{"Mutairi/person//short-form"}},
		// Indonesian bodies opened by their head word, before a word
		// that is also a capital's name
		{"The traders' association Paguyuban Pedagang Kaki Lima protested.", []string{"Paguyuban Pedagang Kaki Lima/organization//name"}, []string{"Lima"}},
		{"The rally was big. Chris van Dam, the lawmaker who led the inquiry, said the law had been broken.",
			[]string{"Chris van Dam/person//name"}, []string{"Chris van Dam/place//name"}},
		{"The rally was big. Nur Aisyah binti Kamaruddin, a voter, said she had queued for hours.",
			[]string{"Nur Aisyah binti Kamaruddin/person//name"}, []string{"Nur Aisyah/person//name"}},
		{"The rally was big. Fatimetou Mint Ahmed Salem, a trader, said she feared the worst.",
			[]string{"Fatimetou Mint Ahmed Salem/person//name"}, []string{"Ahmed Salem/person//name"}},
		// Tamasheq "Ag" (son of) is no company's suffix "AG"
		{"The rebels were split. Fighters led by Iyad Ag Ghaly took the town.",
			[]string{"Iyad Ag Ghaly/person//name"}, []string{"Iyad Ag/organization//name"}},
		{"The rally was big. Jan-Willem van der Wiel, a lawyer, said his clients wanted compensation.",
			[]string{"Jan-Willem van der Wiel/person//name"}, []string{"Willem van der Wiel/person//name"}},
		// "Jan", a given name and a month's short form
		{"The rally was big. Jan Smet said the council had lied.", []string{"Jan Smet/person//name"}, []string{"Smet/organization//name"}},
		{"The rally was big. Jan Kowalski, a farmer, said prices had fallen.", []string{"Jan Kowalski/person//name"}, []string{"Kowalski/person//name"}},
		{"The rally was big. Pieter-Jan Smet said the council had lied.", []string{"Pieter-Jan Smet/person//name"}, nil},
		{"In Jan Parliament voted on the budget.", nil, []string{"Jan Parliament/organization//name"}},
		{"Water levels at the Hoover Dam fell again in June.", []string{"Hoover Dam/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-01-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSiteNouns checks that one unknown name before the noun of a site
// named for its place ("airport", "depot", "bazaar", "barracks",
// "constituency", "prison", "harbour", "police station", "industrial
// estate") is a place, and that a known firm before such a noun, or the
// last field listed before "constituency", is not.
func TestSiteNouns(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gunmen seized the armoury at the Rove police headquarters on Monday.", []string{"Rove/place//name"}, nil},
		{"Soldiers escorting fuel trucks from the Senkata depot fired on crowds.", []string{"Senkata/place//name"}, nil},
		{"Police detained two supervisors at Bhulta bazaar on Friday.", []string{"Bhulta/place//name"}, nil},
		{"Troops were posted at Toncontín airport on Sunday.", []string{"Toncontín/place//name"}, nil},
		{"The factory in the Bompai industrial estate shut its gates.", []string{"Bompai/place//name"}, nil},
		{"Hundreds gathered outside the Pushkinskaya metro station on Monday.", []string{"Pushkinskaya/place//name"}, nil},
		{"A bomb exploded at the Lubyanka subway station.", []string{"Lubyanka/place//name"}, nil},
		{"The lawmaker for Nassarawa constituency asked for help.", []string{"Nassarawa/place//name"}, nil},
		{"He had been held at Sulaibiya prison since 2010.", []string{"Sulaibiya/place//name"}, nil},
		{"Gunfire was heard near the Baba Sy military camp.", []string{"Baba Sy/place//name"}, []string{"Baba Sy/organization"}},
		{"Drones struck the Kamina air base on Friday.", []string{"Kamina/place//name"}, nil},
		{"Fishermen said Nkobe harbour was silting up.", []string{"Nkobe/place//name"}, nil},
		{"Miners at the Kolubara coal field went on strike.", []string{"Kolubara/place//name"}, nil},
		{"Output from the Zohr gas field rose.", []string{"Zohr/place//name"}, nil},
		{"Output from the Kashagan field fell.", []string{"Kashagan/place//name"}, nil},
		{"The Chevron gas field was shut.", []string{"Chevron/organization//alias"}, []string{"Chevron/place//name"}},
		{"Workers at the Tesco depot went on strike.", []string{"Tesco/organization//alias"}, []string{"Tesco/place//name"}},
		{"Edward Yiu of the Architectural, Surveying, Planning and Landscape constituency won.", nil, []string{"Landscape/place//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2015-04-28")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRoleOfApposition checks that an apposition with no article, a
// person's post and "of" ("general secretary of the union") makes the
// unknown name before it a person's, even at a sentence's start with a
// first word shaped like a plural noun, and that a title ending the run
// keeps it no person ("Labor MP, founder of …").
func TestRoleOfApposition(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The ship left. Joses Tuhanuku Sade, general secretary of the union, told workers to stay home.", []string{"Joses Tuhanuku Sade/person//name"}, nil},
		{"The ship left. Joses Tuhanuku Sade, secretary of the union, told workers to stay home.", []string{"Joses Tuhanuku Sade/person//name"}, nil},
		// a title's word before a name ("Governor X") is a post too
		{"The talks went on. Nandalal Weerasinghe, governor of the central bank, said so.", []string{"Nandalal Weerasinghe/person//name"}, nil},
		{"Former Western Australian Labor MP, founder of the Australia First Party, spoke.", nil, []string{"Labor MP/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2000-06-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestMalaySri checks that the Malay honorifics "Tan Sri" and "Puan
// Sri" stay out of the person's name, before a KB name (which keeps its
// link) and before an unknown one, while "Tan" the family name and
// "Sri" the Indonesian given name open names.
func TestMalaySri(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The rally was big. Tan Sri Muhyiddin Yassin said the coalition would hold.", []string{"Muhyiddin Yassin/person/person.muhyiddin-yassin/alias"}, []string{"Tan Sri/person//name", "Tan Sri Muhyiddin Yassin/person//name"}},
		{"The rally was big. Puan Sri Noraini Ahmad said the coalition would hold.", []string{"Noraini Ahmad/person//name"}, []string{"Puan Sri Noraini Ahmad/person//name"}},
		{"The rally was big. Sri Mulyani Indrawati said the budget would hold.", []string{"Sri Mulyani Indrawati/person//name"}, nil},
		// Indonesian honorifics stay out of the name
		{"The rally was big. Haji Abdul Somad spoke at the mosque.", []string{"Abdul Somad/person//name"}, []string{"Haji Abdul Somad/person//name"}},
		{"The flood was big. Bapak Ahmad Sutrisno, a farmer, lost his crop.", []string{"Ahmad Sutrisno/person//name"}, []string{"Bapak Ahmad Sutrisno/person//name"}},
		// Indian honorifics stay out of the name and leave the KB link
		{"The flood was big. Defence Minister Shri Rajnath Singh visited Leh.", []string{"Rajnath Singh/person/person.rajnath-singh/alias"}, []string{"Shri Rajnath Singh/person//name"}},
		{"The flood was big. Smt. Sushma Swaraj visited Leh.", []string{"Sushma Swaraj/person/person.sushma-swaraj/alias"}, []string{"Smt/person//name"}},
		{"The flood was big. Ash from Ibu volcano fell on the villages.", []string{"Ibu/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-03-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestStaffRank checks that a rank after the name of a staff ("Chief of
// Army Staff Gen M M Naravane") opens the person's name rather than
// running the staff and the person into one organisation.
func TestStaffRank(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The talks ended. Singh met Chief of Army Staff Gen M M Naravane on Monday.", []string{"M M Naravane/person//name"}, []string{"Army Staff Gen M M Naravane/organization//name"}},
		{"The talks ended. Singh met Chief of Army Staff General Bipin Rawat on Monday.", []string{"Bipin Rawat/person//name"}, []string{"Army Staff General Bipin Rawat/organization//name"}},
		{"The talks ended. Staff Sergeant John Smith died.", []string{"John Smith/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-06-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestMembersRank checks that a body named for its members' plural rank
// after its head word and "of" is one organisation's name, though the
// rank is a title or a stop word elsewhere ("Council of Ministers",
// "Great Council of Chiefs", "Council of Foreign Ministers"), while the
// rank alone opening a sentence names nothing.
func TestMembersRank(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Council of Ministers approved the budget on Monday.", []string{"Council of Ministers/organization//name"}, nil},
		{"Epeli Ganilau of the Great Council of Chiefs said the coup was illegal.", []string{"Great Council of Chiefs/organization//name"}, []string{"Great Council/organization//name"}},
		{"The Council of Foreign Ministers met in Brussels.", []string{"Council of Foreign Ministers/organization//name"}, []string{"Council of Foreign/organization//name"}},
		{"Ministers said the budget would pass.", nil, []string{"Ministers/organization//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2006-12-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPairedAffiliations checks that "and" between a body's name and a
// person's name followed by "of" and the person's own body ends the first
// body's name ("Atambayev of the Social Democratic Party of Kyrgyzstan
// and Omurbek Tekebayev of Ata-Meken"), that one hyphened word after a
// person's "of" is the person's body, not another person, and that a
// body's portfolios joined by "and" stay one name.
func TestPairedAffiliations(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Almazbek Atambayev of the Social Democratic Party of Kyrgyzstan and Omurbek Tekebayev of Ata-Meken joined the cabinet.",
			[]string{"Social Democratic Party of Kyrgyzstan/organization//name", "Omurbek Tekebayev/person//name", "Ata-Meken/organization//name"},
			[]string{"Social Democratic Party of Kyrgyzstan and Omurbek Tekebayev of Ata-Meken/organization//name", "Ata-Meken/person//name"}},
		{"The Ministry of Agriculture and Rural Development of Vietnam said the harvest was late.",
			[]string{"Ministry of Agriculture and Rural Development of Vietnam/organization//name"}, nil},
		{"The Federation of Chambers of Commerce and Industry of Nepal asked for calm.",
			[]string{"Federation of Chambers of Commerce and Industry of Nepal/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2010-04-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFrenchLinkedPlaces checks that a place's name whose capitalised
// parts a French preposition or article joins with hyphens
// ("Boulogne-sur-Mer", "Pointe-à-Pierre", "Aix-les-Bains") is one
// place, not a place and a person.
func TestFrenchLinkedPlaces(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The state oil firm said its refinery at Pointe-à-Pierre was still working.", []string{"Pointe-à-Pierre/place//name"}, []string{"Pierre/person//name", "Pointe/place//name"}},
		{"Ferries left Boulogne-sur-Mer on Monday.", []string{"Boulogne-sur-Mer/place//name"}, nil},
		{"Floods hit Châlons-en-Champagne and Aix-les-Bains.", []string{"Châlons-en-Champagne/place//name", "Aix-les-Bains/place//name"}, []string{"Champagne/person//name", "Aix/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "1990-07-28")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCountryBodyAcronym checks that a body named for its country with
// no head word ("Democratic Opposition of Serbia") is one organisation
// when the acronym in parentheses after it spells its words, and that
// the country stays a country where no acronym confirms the name.
func TestCountryBodyAcronym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Vojislav Koštunica of the Democratic Opposition of Serbia (DOS) had won the vote.", []string{"Democratic Opposition of Serbia/organization//name", "DOS/organization//name"}, []string{"Serbia/country/SRB/alias"}},
		{"The United Opposition of Georgia (UOG) protested outside parliament.", []string{"United Opposition of Georgia/organization//name"}, nil},
		{"Leaders of the opposition of Serbia met on Monday.", []string{"Serbia/country/SRB/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2000-10-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOneWordBodyBeforeHead checks that one unknown word inside a
// sentence before "leader", "chairman" or "chief" and a person's name is
// the body the person heads, while a capitalised common word opening the
// sentence names no body.
func TestOneWordBodyBeforeHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He said Isamaa leader Helir-Valdor Seeder was open to talks.", []string{"Isamaa/organization//name", "Helir-Valdor Seeder/person//name"}, nil},
		{"Rebel commander Ali Musa said the town had fallen.", []string{"Ali Musa/person//name"}, []string{"Rebel/organization//name"}},
		{"Opposition leader Ana Cruz called for calm.", []string{"Ana Cruz/person//name"}, []string{"Opposition/organization//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestParticleNameBeforeOf checks that a person's name with lower-case
// particles ("Pedro de la Vega", "Anouk van der Berg") before "of" and a
// body is a person's name of its own, and that a place with "de" inside
// stays a place.
func TestParticleNameBeforeOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Pedro de la Vega of Petroperú said the refinery would close.", []string{"Pedro de la Vega/person//name", "Petroperú/organization//name"}, []string{"Pedro de la Vega of Petroperú/person//name"}},
		{"He met Anouk van der Berg of the Australian National University.", []string{"Anouk van der Berg/person//name", "Australian National University/organization//name"}, nil},
		{"Ships docked at the ports of Puerto Quetzal and Santo Tomás de Castilla.", []string{"Santo Tomás de Castilla/place//name"}, []string{"Santo Tomás de Castilla/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-12-11")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTradeHeadWords checks that two words ending in the name of a trade
// no one bears as a surname ("Petrol", "Cement", "Breweries") name a
// company, not a person.
func TestTradeHeadWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The fuel importer Tirex Petrol raised prices at its stations.", []string{"Tirex Petrol/organization//name"}, []string{"Tirex Petrol/person//name"}},
		{"Kaza Petrol, founded by Ali Demir, went bust.", []string{"Kaza Petrol/organization//name", "Ali Demir/person//name"}, nil},
		{"Nile Breweries cut 200 jobs on Monday.", []string{"Nile Breweries/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestLedByBody checks that a name no person's shape claims, followed by
// ", led by" or ", founded by", is a body, while a person's name or a
// people's plural before the same words is not.
func TestLedByBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Six parties passed, including the newcomer Respublica, led by Aidarbek Khodzhanazarov.", []string{"Respublica/organization//name", "Aidarbek Khodzhanazarov/person//name"}, nil},
		{"He joined Otan, founded by a group of governors in 1999.", []string{"Otan/organization//name"}, nil},
		{"The rebels were defeated by the Realists, led by a Spanish general.", nil, []string{"Realists/organization//name"}},
		{"Maria Lopez, led by her lawyer, left the court.", []string{"Maria Lopez/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestStaffAfterName checks that two unknown capitalised words before a
// noun for a body's staff or members ("officials", "spokesman",
// "members") name the body, not a person, while a person's name before
// "supporters" stays a person.
func TestStaffAfterName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The plywood maker cut its birch, and Rail Baltica officials in Jelgava said the line was late.", []string{"Rail Baltica/organization//name"}, []string{"Rail Baltica/person//name"}},
		{"A Kaza Medya spokesman declined to comment.", []string{"Kaza Medya/organization//name"}, nil},
		{"Police said Shower Posse members fled to the hills.", []string{"Shower Posse/organization//name"}, []string{"Shower Posse/person//name"}},
		{"John Smith supporters rallied outside.", []string{"John Smith/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlaceOpensBody checks that a place's name with "of" opening a
// longer name that ends in a body's head word ("Republic of Fiji
// Military Forces") is the body's, while the place alone stays a place.
func TestPlaceOpensBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Frank Bainimarama, head of the Republic of Fiji Military Forces, spoke on Monday.", []string{"Republic of Fiji Military Forces/organization//name"}, []string{"Republic of Fiji Military Forces/place//name"}},
		{"The District of Columbia Police Department said two men were held.", []string{"District of Columbia Police Department/organization//name"}, nil},
		{"He flew home through the Isle of Man Airport.", []string{"Isle of Man Airport/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2006-12-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPortfolioList checks that a ministry's portfolios listed with
// commas before the last "and" stay in its name ("Ministry of Trade,
// Industry and Fisheries"), while a list of bodies after a ministry's
// name does not join it.
func TestPortfolioList(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Fishermen protested against the Ministry of Trade, Industry and Fisheries on Monday.", []string{"Ministry of Trade, Industry and Fisheries/organization//name"}, []string{"Ministry of Trade/organization//name"}},
		{"The Ministry of Economy, Trade and Industry said exports fell.", []string{"Ministry of Economy, Trade and Industry/organization//name"}, nil},
		{"The Ministry of Health, the police and the army met.", []string{"Ministry of Health/organization//name"}, nil},
		{"The Ministry of Finance, Goldman Sachs and Citigroup met.", []string{"Ministry of Finance/organization//name", "Goldman Sachs/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-09-13")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCountryFirstParty checks that a KB country and a capitalised
// "First" inside a sentence name a party ("Latvia First", "New Zealand
// First", "the Australia First Party"), while "First" before another
// capitalised word is a title's or a league's.
func TestCountryFirstParty(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Voters moved to the newcomer Latvia First on Saturday.", []string{"Latvia First/organization//name"}, []string{"Latvia/country/LVA/alias"}},
		{"Winston Peters of New Zealand First said he would not join.", []string{"New Zealand First/organization//name"}, nil},
		{"He founded the Australia First Party in 1996.", []string{"Australia First Party/organization//name"}, nil},
		{"Latvia First Lady Anna Ozola spoke.", []string{"Latvia/country/LVA/alias"}, []string{"Latvia First/organization//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestMiscHeadBodyApposition checks that a name with an event's head word
// ("Campaign") is a body when an apposition says it is one ("The Cotton
// Campaign, a coalition of rights groups,"), and stays no body otherwise.
func TestMiscHeadBodyApposition(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Cotton Campaign, a coalition of rights groups, ended its boycott.", []string{"Cotton Campaign/organization//name"}, nil},
		{"The Clean Clothes Campaign, a network of unions, said wages were low.", []string{"Clean Clothes Campaign/organization//name"}, nil},
		{"The Clean Clothes Campaign ended in May.", nil, []string{"Clean Clothes Campaign/organization//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-03-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGivenNameHeads checks that a given name opening a place's or a
// body's name is no person's: a county's head word inside the run, a
// lower-case head noun after a lone given name; and that a country's
// name that is also a given name joins the KB surname after it into a
// person's name.
func TestGivenNameHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Douglas County Sheriff said the man was arrested.", []string{"Douglas County Sheriff/organization//name"}, []string{"Douglas County Sheriff/person//name"}},
		{"The Henry County Rescue Squad responded to the crash.", []string{"Henry County Rescue Squad/organization//name"}, []string{"Henry County Rescue Squad/person//name"}},
		{"He served at a U.S. Marine base in Okinawa.", nil, []string{"Marine/person//name"}},
		{"The Army and Marine base was closed.", nil, []string{"Marine/person//name"}},
		{"Marine Le Pen said the vote was rigged.", []string{"Marine Le Pen/person//name"}, nil},
		{"Police said Jordan Smith was hurt in the crash.", []string{"Jordan Smith/person//name"}, []string{"Jordan/country/JOR/alias"}},
		{"Chad Johnson caught the ball.", []string{"Chad Johnson/person//name"}, []string{"Chad/country/TCD/alias"}},
		{"Thousands fled Jalal-Abad on Monday after the clashes.", []string{"Jalal-Abad/place//name"}, []string{"Jalal-Abad/person//name"}},
		{"Protesters gathered outside Parliament House in Canberra.", []string{"Parliament House/place//name"}, []string{"Parliament House/organization//name"}},
		{"The shooting happened in Spanish Town, police said.", []string{"Spanish Town/place//name"}, []string{"Spanish/country/ESP/demonym"}},
		{"Jordan, Smith said, would not attend.", []string{"Jordan/country/JOR/alias"}, []string{"Jordan Smith/person//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-06-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPersonOfHeadlessBody checks that two name-shaped words the lexicon
// does not know, before "of" and one or two capitalised words naming a
// body with no head word ("Gagik Tsarukyan of Prosperous Armenia"), are
// a person and the person's body, not one run that types nothing, and
// that a place with a head word after "of" keeps the run a place.
func TestPersonOfHeadlessBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gagik Tsarukyan of Prosperous Armenia backed the protesters.",
			[]string{"Gagik Tsarukyan/person//name", "Prosperous Armenia/organization//name"}, []string{"Armenia/country//name"}},
		{"He met Edmon Marukyan of Bright Armenia on Monday.",
			[]string{"Edmon Marukyan/person//name", "Bright Armenia/organization//name"}, nil},
		{"Gagik Tsarukyan of Ata-Meken backed the protesters.",
			[]string{"Gagik Tsarukyan/person//name", "Ata-Meken/organization//name"}, nil},
		// two words after a person's "of" are the person's body, not
		// another person; a titled person's place stays a place
		{"Goran Rakić of Srpska Lista condemned the raid.",
			[]string{"Goran Rakić/person//name", "Srpska Lista/organization//name"}, []string{"Srpska Lista/person//name"}},
		{"Mayor Jane Doe of Palm Springs spoke.",
			[]string{"Palm Springs/place//name"}, []string{"Palm Springs/organization//name"}},
		{"Bandarlapalle is a small village in the Palmaner Taluk of Chittoor District of Andhra Pradesh.",
			nil, []string{"Palmaner Taluk/person//name", "Palmaner Taluk/organization//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-04-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestUnknownOlympicHost: a host no list knows before the name of
// Olympic games is a place of its own and the games no mention, as for a
// known city ("the Beijing Olympics"); games named for a region are not
// read so.
func TestUnknownOlympicHost(t *testing.T) {
	checkNER(t, []nerCase{
		{"Russia spent billions on the Sochi Winter Olympics before the war.", []string{"Sochi/place"}, []string{"Sochi Winter Olympics"}},
		{"Officials said the Pyeongchang Olympic Games would open on Friday.", []string{"Pyeongchang/place"}, []string{"Pyeongchang Olympic Games"}},
		{"He visited the Sochi Olympic Park on Monday.", []string{"Sochi Olympic Park/place"}, nil},
		{"He competed in the Special Olympics last year.", nil, []string{"Special"}},
	})
}

// TestSectorConstituency: the trade a functional constituency is named
// for, in common words, is no body ("the Social Welfare constituency");
// one named for its place stays a place.
func TestSectorConstituency(t *testing.T) {
	checkNER(t, []nerCase{
		{"Shiu Ka-chun of the Social Welfare constituency was jailed.", []string{"Shiu Ka-chun/person"}, []string{"Social Welfare"}},
		{"He represents the Financial Services functional constituency.", nil, []string{"Financial Services"}},
		{"He was the lawmaker for Nassarawa constituency.", []string{"Nassarawa/place"}, nil},
		{"He visited the Labour Party constituency office.", []string{"Labour Party/organization"}, nil},
	})
}

// TestCountryEpithet checks that an adjective opening a sentence before a
// country's name ("Neighbouring Kazakhstan", "Landlocked Armenia") is no
// word of a name: the country is the mention.
func TestCountryEpithet(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Neighbouring Kazakhstan closed its border with Kyrgyzstan on Thursday.", []string{"Kazakhstan/country/KAZ/alias"}, []string{"Neighbouring Kazakhstan"}},
		{"Neighboring Turkey said it would shut the crossing.", []string{"Turkey/country/TUR/alias"}, []string{"Neighboring Turkey"}},
		{"Landlocked Armenia depends on Georgia for its trade.", []string{"Armenia/country/ARM/alias"}, []string{"Landlocked Armenia"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-04-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
