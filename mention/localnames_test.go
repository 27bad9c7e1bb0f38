package mention

import "testing"

// TestNamedBeforeOfBody: two or three words shaped like a person's name
// (the lexicon knows no given name among them), after any role noun,
// before "of" and a body's name with a head word of its own, are the
// person; the body after "of" is a name of its own.
func TestNamedBeforeOfBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Economist Petar Ganev of the Institute for Market Economics said costs rose.", []string{"Petar Ganev/person//name", "Institute for Market Economics/organization//name"}, []string{"Economist Petar Ganev of the Institute for Market Economics"}},
		{"The nun Magdalene Toroansi of the Nazareth Centre for Rehabilitation said mothers walked for hours.", []string{"Magdalene Toroansi/person//name", "Nazareth Centre for Rehabilitation/organization//name"}, nil},
		{"Reporter Hugo Sernaque of Radio Cutivalu said the bridge fell.", []string{"Hugo Sernaque/person//name", "Radio Cutivalu/organization//name"}, nil},
		// a body's or a place's own name with "of" stays whole
		{"The Democratic Republic of the Congo and the Bank of England were named.", []string{"Democratic Republic of the Congo/country/COD/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestIntroPlace: a name a sentence opens with after a locative
// preposition (and perhaps one adjective), before a comma, is a place;
// the phrase after the comma is the subject, not an apposition that
// types it ("the returning officer", "the bakery chain").
func TestIntroPlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"In Chipata, the returning officer, Mutale Chisanga Mwila, said ballot papers arrived late.", []string{"Chipata/place//name", "Mutale Chisanga Mwila/person//name"}, []string{"Chipata/person"}},
		{"In nearby Radomir, the bakery chain Hlebozavod Zlatna Niva said it would cut night shifts.", []string{"Radomir/place//name"}, []string{"Radomir/organization"}},
		{"Near Kanyama, the army said it found weapons.", []string{"Kanyama/place//name"}, nil},
		// a possessive owns what follows
		{"In Zentrova's view, the market is weak.", nil, []string{"Zentrova/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRoleForDescribedBody: a name in commas after a body's descriptor
// that a role noun works for ("a spokesman for the firm, Chidi
// Okonkwo,") holds the role, a person; a descriptor nothing works for
// still types the name ("the Irish airline, Ryanair,").
func TestRoleForDescribedBody(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A spokesman for the firm, Chidi Okonkwo, said the company was negotiating.", []string{"Chidi Okonkwo/person//name"}, []string{"Chidi Okonkwo/organization"}},
		{"The spokesman for the U.N. refugee agency, Babar Rahimi, said 400,000 people had fled.", []string{"Babar Rahimi/person//name"}, []string{"Babar Rahimi/organization"}},
		{"An analyst at the state bank, Jane Roe, said rates would rise.", []string{"Jane Roe/person//name"}, []string{"Jane Roe/organization"}},
		// a possessive determiner opens the body's phrase as "the" does
		{"A spokesman for his Tehreek-e-Insaf party, Fawad Chaudhry, said the arrest was illegal.", []string{"Fawad Chaudhry/person//name"}, []string{"Fawad Chaudhry/organization"}},
		{"A lawyer for their union, Mary Banda, said the strike would go on.", []string{"Mary Banda/person//name"}, []string{"Mary Banda/organization"}},
		{"The deal was signed with the company, Zentrova, on Monday.", []string{"Zentrova/organization//name"}, nil},
		// a firm's unit, a utility, a maker named by its product
		{"Dubai World and its unit Nakheel restructured debt.", []string{"Nakheel/organization//name"}, nil},
		{"The state utility, Zesco, raised tariffs.", []string{"Zesco/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2012-05-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlaceNounAfter: a name the lexicons do not know before a lower-case
// noun of an administrative unit or a landform ("territory", "regency",
// "beach", "airfield", "mine") is a place.
func TestPlaceNounAfter(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The administrator of Nyiragongo territory said schools were full.", []string{"Nyiragongo/place//name"}, nil},
		{"Power returned to half of Donggala regency on Monday.", []string{"Donggala/place//name"}, nil},
		{"He lost both his boats at Talise beach.", []string{"Talise/place//name"}, nil},
		{"Soldiers from Fiji arrived at Henderson airfield.", []string{"Henderson/place//name"}, nil},
		{"Polish miners from the Bogdanka mine went on strike.", []string{"Bogdanka/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestMiddleFamilyName: a word written alone that is the first of two
// family names after a given name ("Ernesto Villacorta Ruiz" …
// "Villacorta") is that person's short form, not an organisation a
// reporting verb after it would make it.
func TestMiddleFamilyName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Mayor Ernesto Villacorta Ruiz opened three shelters. \"We have water,\" Villacorta told reporters.", []string{"Villacorta/person//short-form"}, []string{"Villacorta/organization"}},
		{"Mayor Ernesto Villacorta Ruiz opened shelters. Later Villacorta said they were full.", []string{"Villacorta/person//short-form"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2007-02-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRegionalHeadWords: honorifics of West Africa, Malaysia, Indonesia
// and South Asia and the "Honourable" of parliaments stand before a
// person's name, outside it; organisations' head words of Indonesian, Spanish,
// Romanian, Polish, Tagalog and Swahili open a body's name.
func TestRegionalHeadWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The lawmaker, Hajiya Binta Lawan Gwarzo, received the petition.", []string{"Binta Lawan Gwarzo/person//name"}, []string{"Hajiya Binta Lawan Gwarzo"}},
		{"Alhaji Musa Danjuma said the market would reopen.", []string{"Musa Danjuma/person//name"}, nil},
		{"Honourable Peter Kaiku said the vote was fair.", []string{"Peter Kaiku/person//name"}, nil},
		{"Datuk Seri Najib Razak spoke. Police arrested Tun Tun Oo in Mandalay.", []string{"Najib Razak/person/person.najib-razak/alias", "Tun Tun Oo/person//name"}, nil},
		{"Former President Ratu Sir Kamisese Mara said the army had betrayed Fiji. President Ratu Josefa Iloilo was not seen.", []string{"Kamisese Mara/person/person.kamisese-mara/alias", "Josefa Iloilo/person/person.josefa-iloilo/alias"}, []string{"Ratu/person", "Ratu Josefa Iloilo/person"}},
		// an unknown name before a title held for a province or a city
		// is that place, not a person
		{"Malaita Premier Daniel Suidani defied the government.", []string{"Malaita/place//name", "Daniel Suidani/person//name"}, []string{"Malaita/person", "Malaita Premier Daniel Suidani/person"}},
		// Orthodox and Armenian church titles, and a regnal number after the name
		{"Catholicos Karekin II urged calm, and Patriarch Kirill prayed.", []string{"Karekin II/person//name", "Kirill/person//name"}, []string{"Patriarch Kirill/person", "Catholicos Karekin II/person"}},
		{"Volunteers from Yayasan Tanah Merdeka distributed water.", []string{"Yayasan Tanah Merdeka/organization//name"}, []string{"Yayasan Tanah Merdeka/person"}},
		{"The regional water company, Empresa Hidrosur Norte, said a station stopped.", []string{"Empresa Hidrosur Norte/organization//name"}, nil},
		{"Members of Stowarzyszenie Wiosna Lubelska marched.", []string{"Stowarzyszenie Wiosna Lubelska/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2012-05-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNounBeforeName: a common noun that introduces a name with "known
// as", "called" or "named" types it; "department", "regency" and the
// like before "of" make a place; a livelihood before a name is a role,
// outside the name.
func TestNounBeforeName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A militia known as the Mai-Mai Kifuafua said it had clashed with the rebels.", []string{"Mai-Mai Kifuafua/organization//name"}, []string{"Mai-Mai Kifuafua/person"}},
		{"They lived in a small village called Malingas near the river.", []string{"Malingas/place//name"}, nil},
		// the verbs "named" and "called" after a definite noun type nothing
		{"The company named Kwabena Ofori its new chief executive.", []string{"Kwabena Ofori/person//name"}, []string{"Kwabena Ofori/organization"}},
		{"Police in the department of Cauca said on Saturday that fighters attacked a post.", []string{"Cauca/place//name"}, []string{"Cauca/person"}},
		{"Fisherman Abdul Gafur Lasama said he lost both his boats.", []string{"Abdul Gafur Lasama/person//name"}, []string{"Fisherman Abdul Gafur Lasama"}},
		// a livelihood's trade before it is no employer
		{"Dairy farmer Ramiro Chicaiza said his milk was spoiling.", []string{"Ramiro Chicaiza/person//name"}, []string{"Dairy"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBroadcasterAndDaily: a name ending in "FM" or "TV" is a
// broadcaster's, one opening with "Daily" a newspaper's: organisations,
// not a person's name or nothing.
func TestBroadcasterAndDaily(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A presenter at Capital FM said listeners were calling.", []string{"Capital FM/organization//name"}, nil},
		{"He told Joy FM that the vote was fair.", []string{"Joy FM/organization//name"}, []string{"Joy FM/person"}},
		{"A reporter for Kantipur TV said the road was closed.", []string{"Kantipur TV/organization//name"}, nil},
		{"A reporter for the Daily Janakantha wrote that the building had no permit.", []string{"Daily Janakantha/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2013-11-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlaceHeadWords: "Base", "Towers" and "Memorial" ending a name make
// a place (a base, a building, a monument); a body's head word after
// them still wins.
func TestPlaceHeadWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He was taken to the Century City Towers.", []string{"Century City Towers/place//name"}, nil},
		{"She was kept at Flag Land Base in Clearwater, Florida.", []string{"Flag Land Base/place//name"}, nil},
		{"Thousands crowded onto the Chiang Kai Shek Memorial near Taipei.", []string{"Chiang Kai Shek Memorial/place//name"}, nil},
		{"The Lincoln Memorial Fund gave money.", []string{"Lincoln Memorial Fund/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2010-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNewspaperAndMillHeads: "Sun", "Voice" and "Monitor" ending a name
// make a newspaper's, "Mills" and "Textiles" a firm's; "Sun" opening a
// name is a family name, and a given name before "Sun" or "Mills" makes a
// person.
func TestNewspaperAndMillHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Journalist Georgina Kekea of the Island Sun said the city was calm.", []string{"Island Sun/organization//name"}, []string{"Island Sun/place"}},
		{"Chilufya Tembo, who edits the online paper Lusaka Voice, said access had slowed.", []string{"Lusaka Voice/organization//name"}, nil},
		{"About four hundred former workers of Gaskiya Textile Mills marched.", []string{"Gaskiya Textile Mills/organization//name"}, []string{"Gaskiya Textile Mills/person"}},
		{"Chinese swimmer Sun Yang won gold. The actor John Mills retired.", []string{"Sun Yang/person//name", "John Mills/person//name"}, nil},
		{"Tron founder Justin Sun bought the stake.", []string{"Justin Sun/person//name"}, nil},
		{"Researcher Xiaoming Sun said the data was clear.", []string{"Xiaoming Sun/person//name"}, []string{"Xiaoming Sun/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-11-26")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOpenerAndName: a foreign body's name opened by its head word, then
// "and" and a word of its own, is two bodies; "Org" ends a body's name.
func TestOpenerAndName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Prosecutors have questioned managers of Banca Sociala and Unibank.", []string{"Banca Sociala/organization//name", "Unibank/organization//name"}, []string{"Banca Sociala and Unibank"}},
		{"The Ministerio de Trabajo y Empleo and Banco Central met.", []string{"Ministerio de Trabajo y Empleo/organization//name", "Banco Central/organization//name"}, nil},
		{"He was arrested after leaving the Sea Org.", []string{"Sea Org/organization//name"}, []string{"Sea Org/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2015-04-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNewsCues: "Residents of" opening a sentence makes a place, "the NGO"
// before a name and "sect" or "gang" after it a body, and a titled
// person's "of" ends the name before the place the person serves.
func TestNewsCues(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Residents of Kibera said the water had been cut for a week.", []string{"Kibera/place//name"}, []string{"Kibera/organization"}},
		{"The NGO Justiça Global said police killed 12 people.", []string{"Justiça Global/organization//name"}, nil},
		{"Police arrested three members of the Mungiki sect in Nakuru.", []string{"Mungiki/organization//name"}, nil},
		{"Mayor Kgosientsho Ramokgopa of Tshwane said the city would pay.", []string{"Kgosientsho Ramokgopa/person//name", "Tshwane/place//name"}, []string{"Tshwane/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-05-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNameBeforeLexiconHead: a name word before a one-word paper or body
// the lexicon knows that is also a head word ("Times") makes one longer
// name.
func TestNameBeforeLexiconHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gbenga Adeyemi of Lagos-based Premium Times said the story was true.", []string{"Premium Times/organization//name"}, []string{"Premium/organization", "Times/organization"}},
		{"He told The Times that the plan was dead.", []string{"Times/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRejoinFullName: a person's full name written again, cut in two
// because one of its words is a place's or a country's name, is one
// mention of the whole name.
func TestRejoinFullName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Valeska Paris, an Australian woman, has claimed abuse. Valeska Paris said she was kept there for years.", []string{"Valeska Paris/person//name"}, []string{"Valeska/person", "Paris/person", "Paris/place"}},
		{"Emmanuel Kenya Otieno, a teacher, said the school closed. Later Emmanuel Kenya Otieno said it reopened.", []string{"Emmanuel Kenya Otieno/person//name"}, []string{"Kenya Otieno", "Emmanuel/person"}},
		// a short form alone stays
		{"Valeska Paris, an Australian woman, has claimed abuse. Ms Paris said she was kept there.", []string{"Paris/person//short-form"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2015-05-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestToldReporters: a lone name the KB and the lexicons do not know
// that tells reporters something is a person; a known firm stays one.
func TestToldReporters(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Okonjo told reporters that the project would resume.", []string{"Okonjo/person//name"}, []string{"Okonjo/organization"}},
		{"Boeing told reporters the jet was safe.", []string{"Boeing/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2012-05-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCouncilOf: a name after a lower-case "council of" or "people of"
// is the place the council or the people belong to.
func TestCouncilOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The indigenous council of Toribio, through its spokeswoman Luz Dary Yule, called for calm.", []string{"Toribio/place//name", "Luz Dary Yule/person//name"}, nil},
		{"The people of Kivuye have suffered.", []string{"Kivuye/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBishopsConference: "Conference" after "Bishops'" or "Episcopal", or
// before "of Catholic Bishops", names a church's assembly of bishops, a
// body; other conferences stay events.
func TestBishopsConference(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Catholic Bishops' Conference of Nigeria urged calm.", []string{"Catholic Bishops' Conference of Nigeria/organization//name"}, nil},
		{"The secretary general of the Italian Episcopal Conference, Nunzio Galantino, criticised the sentence.", []string{"Italian Episcopal Conference/organization//name"}, nil},
		{"The Kenya Conference of Catholic Bishops said the vote was fair.", []string{"Kenya Conference of Catholic Bishops/organization//name"}, nil},
		{"Delegates met at the Paris Peace Conference.", nil, []string{"Paris Peace Conference/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestHeadlineDirection: a title-case headline capitalises a direction
// before a country; the country alone is named. In running text the
// capitalised direction opens a place's name, and a known region stays.
func TestHeadlineDirection(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Floods Displace Thousands in Northern Mozambique\nHeavy rain fell on Tuesday.", []string{"Mozambique/country/MOZ/alias"}, []string{"Northern Mozambique"}},
		{"Fighting spread in Southern Iraq on Monday.", []string{"Southern Iraq/place//name"}, nil},
		{"Clashes Erupt in Northern Ireland\nPolice said on Tuesday.", []string{"Northern Ireland/place//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
