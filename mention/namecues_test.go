package mention

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleOpeningAlias: a KB alias that opens with the person's title
// ("King Mohammed VI", "King Felipe VI") is a mention of the name after
// the title, as "President X" is; the role claim keeps the title.
func TestTitleOpeningAlias(t *testing.T) {
	for _, tc := range []struct {
		text, date, name, title string
	}{
		{"King Mohammed VI has not spoken about the unrest.", "2017-05-29", "Mohammed VI", "King"},
		{"The visit was welcomed by King Felipe VI of Spain.", "2023-01-01", "Felipe VI", "King"},
		{"On Tuesday King Charles III asked Keir Starmer to form a government.", "2024-07-05", "Charles III", "King"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		m := mentionAt(d, tc.name, 0)
		if m == nil || m.Text != tc.name || m.Title != tc.title {
			t.Errorf("%q: want mention %q titled %q; all %v", tc.text, tc.name, tc.title, mentionList(d))
		}
		if len(d.RoleClaims) != 1 || d.RoleClaims[0].Title != tc.title {
			t.Errorf("%q: want one claim titled %q; got %+v", tc.text, tc.title, d.RoleClaims)
		}
	}
}

// nerCase is a text and the mentions it must have ("text/type", a
// leading part of a mentionList entry) and must not have.
type nerCase struct {
	text         string
	want, absent []string
}

// checkNER runs each case through the stage over the shipped KB.
func checkNER(t *testing.T, cases []nerCase) {
	t.Helper()
	for _, tc := range cases {
		d := analyzeShipped(t, tc.text, "2020-06-01")
		got := mentionList(d)
		for _, w := range tc.want {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w+"/") }) {
				t.Errorf("%q: missing %s; got %v", tc.text, w, got)
			}
		}
		checkMentions(t, d, tc.text, nil, tc.absent)
	}
}

// TestPersonOfAcronym: two words shaped like a person's name before "of"
// and a body's acronym are the person, the acronym the body ("Linnea
// Sandberg of SMHI" was one name and typed nothing).
func TestPersonOfAcronym(t *testing.T) {
	checkNER(t, []nerCase{
		{"Linnea Sandberg of SMHI said no heavy rain was expected.", []string{"Linnea Sandberg/person", "SMHI/organization"}, []string{"Linnea Sandberg of SMHI"}},
		{"Reporters spoke to Linnea Sandberg of SMHI on Monday.", []string{"Linnea Sandberg/person", "SMHI/organization"}, nil},
		{"The Bank of NSW raised its rates.", []string{"Bank of NSW/organization"}, nil},
	})
}

// TestScienceRoleNouns: an occupation of the sciences opening a sentence
// before a name is no part of it ("Meteorologist Linnea Sandberg").
func TestScienceRoleNouns(t *testing.T) {
	checkNER(t, []nerCase{
		{"Meteorologist Linnea Sandberg said no heavy rain was expected.", []string{"Linnea Sandberg/person"}, []string{"Meteorologist Linnea Sandberg"}},
		{"Volcanologist Linnea Sandberg said the eruption was over.", []string{"Linnea Sandberg/person"}, []string{"Volcanologist Linnea Sandberg"}},
		{"Epidemiologist Nomvula Dlamini warned of a second wave.", []string{"Nomvula Dlamini/person"}, []string{"Epidemiologist Nomvula Dlamini"}},
	})
}

// TestPlaceRangeAndFacilityAt: an unknown name at either end of "from X
// to Y" or after a facility's noun and "at" is a place; dates and
// organisations the text names so stay what they are.
func TestPlaceRangeAndFacilityAt(t *testing.T) {
	checkNER(t, []nerCase{
		{"Fires burned from Dalarna to Jamtland on Friday.", []string{"Dalarna/place", "Jamtland/place"}, nil},
		{"The road from Kelvara to Mostin was closed by soldiers.", []string{"Kelvara/place", "Mostin/place"}, nil},
		{"The minister visited the command post at Sveg and promised money.", []string{"Sveg/place"}, nil},
		{"Unrest spread to the rail station at Shetpe, where a crowd stopped a train.", []string{"Shetpe/place"}, nil},
		{"Prices rose from March to May.", nil, []string{"March", "May"}},
		{"A statement from Ericsson said sales fell.", []string{"Ericsson/organization"}, nil},
	})
}

// TestBodyBeforeName: a body's noun right before an unknown name
// ("the fishermen's cooperative X", "the union X") and a party's
// standing after "the" ("the governing X", "the opposition X party")
// make the name an organisation's, not a person's.
func TestBodyBeforeName(t *testing.T) {
	checkNER(t, []nerCase{
		{"The fishermen's cooperative Badis Marine said boats had not left the harbour.", []string{"Badis Marine/organization"}, []string{"Badis Marine/person"}},
		{"The union Solidarnosc Walbrzych called a strike.", []string{"Solidarnosc Walbrzych/organization"}, nil},
		{"The governing Inuit Ataqatigiit of Premier Mute Egede came second.", []string{"Inuit Ataqatigiit/organization", "Mute Egede/person"}, nil},
		{"The opposition Moana Rua party won four seats.", []string{"Moana Rua/organization"}, []string{"Moana Rua/person"}},
		{"Opposition leader Kizza Besigye was arrested.", []string{"Kizza Besigye/person"}, nil},
	})
}

// TestSectorWordOpening: a sector or hardship noun opening a sentence
// is no organisation ("Aid arrived", "Relief flights"), nor the sector
// before a body's noun and its name ("Energy company Sasol").
func TestSectorWordOpening(t *testing.T) {
	checkNER(t, []nerCase{
		{"Aid arrived in Lautoka on Tuesday.", []string{"Lautoka/place"}, []string{"Aid"}},
		{"Relief arrived on the island on Friday.", nil, []string{"Relief"}},
		{"Mining firm Tsodilo Resources said it found diamonds.", []string{"Tsodilo Resources/organization"}, []string{"Mining"}},
		{"Energy company Sasol said profits fell.", []string{"Sasol/organization"}, []string{"Energy"}},
		{"The Zentrova company said sales fell.", []string{"Zentrova/organization"}, nil},
	})
}

// TestRomanceForNames: Spanish, Portuguese and French "for" inside a
// body's name keeps the name whole and makes it an organisation's
// ("para la", "por", "pour la", "pela").
func TestRomanceForNames(t *testing.T) {
	checkNER(t, []nerCase{
		{"The Frente Patriotico para la Revolucion called a strike in Matagalpa.", []string{"Frente Patriotico para la Revolucion/organization", "Matagalpa/place"}, []string{"Revolucion"}},
		{"The Union pour la Democratie Nationale won the vote in Kinshasa.", []string{"Union pour la Democratie Nationale/organization"}, []string{"Democratie Nationale"}},
		{"The Rassemblement pour la Republique won.", []string{"Rassemblement pour la Republique/organization"}, nil},
		{"The Movimento pela Paz marched on Sunday.", []string{"Movimento pela Paz/organization"}, nil},
	})
}

// TestPlaceWordsAroundName: a quarter's or village's word opening a name
// ("Colonia", "Barrio", "Kampung") and a landform's noun after one ("the
// Amu Darya delta", "the Okavango basin") make a place, not a person or
// an organisation.
func TestPlaceWordsAroundName(t *testing.T) {
	checkNER(t, []nerCase{
		{"In the market of Colonia Lopez Arellano, a shoe seller said business was slow.", []string{"Colonia Lopez Arellano/place"}, []string{"Colonia Lopez Arellano/person"}},
		{"Police raided Barrio Santa Ana on Monday.", []string{"Barrio Santa Ana/place"}, nil},
		{"Residents of Kampung Baru protested.", []string{"Kampung Baru/place"}, nil},
		{"The internet was cut from the Amu Darya delta to the shore.", []string{"Amu Darya/place"}, []string{"Amu Darya/organization"}},
		{"Farmers in the Okavango basin lost cattle.", []string{"Okavango/place"}, nil},
	})
}

// TestFacilityNounAfterName: a name after "the" and before the lower-case
// noun of a place one goes to is the place ("the Dong Ba market", "the
// Sayyida Zeinab mosque"), one word before a place of worship stays the
// deity's; a verb of arriving or being somewhere before "at" makes the
// name after it a place ("docked at Lautoka").
func TestFacilityNounAfterName(t *testing.T) {
	checkNER(t, []nerCase{
		{"She sells fish at the Dong Ba market in Hue.", []string{"Dong Ba/place"}, []string{"Dong Ba/person"}},
		{"A bomb exploded near the Sayyida Zeinab mosque.", []string{"Sayyida Zeinab/place"}, []string{"Sayyida Zeinab/organization"}},
		{"Soldiers searched the Shwe Yin Myaw monastery.", []string{"Shwe Yin Myaw/place"}, nil},
		{"The Ram temple was opened.", nil, []string{"Ram"}},
		{"Vendors at the old Kariakoo market closed their stalls.", []string{"Kariakoo/place"}, nil},
		{"The ship docked at Lautoka.", []string{"Lautoka/place"}, nil},
		{"Thirty-four miners were killed at Marikana.", []string{"Marikana/place"}, nil},
		// sites one travels through or is posted at
		{"Officers led a mutiny at the Kasese barracks on Monday.", []string{"Kasese/place"}, nil},
		{"Landslides closed the Tanggula pass for a week.", []string{"Tanggula/place"}, []string{"Tanggula/organization"}},
		{"Trucks queued on the Karakoram highway.", []string{"Karakoram/place"}, nil},
	})
}

// TestMemberTitleAndAdverbs: a legislator's title in capitals before a
// name the lexicon does not know is no part of it, also after a party
// ("MP Rangi Tamihana", "Labour MP Rangi Tamihana" named nobody); a
// sentence adverb before a comma names nothing ("Elsewhere, the …").
func TestMemberTitleAndAdverbs(t *testing.T) {
	checkNER(t, []nerCase{
		{"MP Rangi Tamihana said the bill was rushed.", []string{"Rangi Tamihana/person"}, []string{"MP Rangi Tamihana"}},
		{"Labour MP Rangi Tamihana said the bill was rushed.", []string{"Rangi Tamihana/person"}, nil},
		{"The bill was opposed by MEP Aino Kallas.", []string{"Aino Kallas/person"}, nil},
		{"Apple Computer CEO Steve Jobs said it.", []string{"Steve Jobs/person"}, nil},
		{"Elsewhere, the Kyrgyz Border Service said two guards were wounded.", []string{"Kyrgyz Border Service/organization"}, []string{"Elsewhere"}},
	})
}

// TestTitleOffice: an office holder's title in the possessive before
// "Office" or "Department" is one organisation's name ("the Prime
// Minister's Office" named nothing, "the Prosecutor General's Office"
// lost its first word); a named person's office stays the person's.
func TestTitleOffice(t *testing.T) {
	checkNER(t, []nerCase{
		{"The Prime Minister's Office said the visit was postponed.", []string{"Prime Minister's Office/organization"}, nil},
		{"The Prosecutor General's Office in Tashkent opened a criminal case.", []string{"Prosecutor General's Office/organization", "Tashkent/place"}, []string{"General's Office"}},
		{"The Chief Minister's Department issued a statement.", []string{"Chief Minister's Department/organization"}, nil},
		{"Ruto's Office said it.", []string{"Ruto/person"}, nil},
	})
}

// TestAdminUnitAfterCity: a city the KB knows before the capitalised
// head of an administrative unit is the unit's name, one place ("Kabul
// Province" was the city Kabul); a longer body's name stays whole.
func TestAdminUnitAfterCity(t *testing.T) {
	checkNER(t, []nerCase{
		{"Floods hit homes in Vientiane Province on Monday.", []string{"Vientiane Province/place/"}, []string{"Vientiane/place"}},
		{"He lives in Kabul Province.", []string{"Kabul Province/place"}, nil},
		{"Police in Lagos State arrested him.", []string{"Lagos State/place"}, nil},
		{"The Kabul Province Council met on Sunday.", []string{"Kabul Province Council/organization"}, nil},
	})
}

// TestWaterAndFightPlaces: a water body's or landform's noun after an
// unknown name ("the Golovnoi canal", "the Tavurvur volcano") and a
// fight's noun or a camp's verb before "at" ("clashes at Kok-Tash",
// "encamped at Dolo") make the name a place.
func TestWaterAndFightPlaces(t *testing.T) {
	checkNER(t, []nerCase{
		{"Farmers near the Golovnoi canal said the water had stopped.", []string{"Golovnoi/place"}, nil},
		{"The Tavurvur volcano erupted on Sunday.", []string{"Tavurvur/place"}, nil},
		{"Four guards died in clashes at Kok-Tash on Thursday.", []string{"Kok-Tash/place"}, nil},
		{"The rebels were encamped at Dolo for a week.", []string{"Dolo/place"}, nil},
	})
}

// TestNumberedBody: after a body's noun a name with a number is the
// body's ("the gang Barrio 18", "radio station P4 Gavleborg"), not a
// product's model like "Boeing 737".
func TestNumberedBody(t *testing.T) {
	checkNER(t, []nerCase{
		{"Members of the gang Calle 13 were arrested.", []string{"Calle 13/organization"}, nil},
		{"Local radio station P4 Gavleborg broadcast evacuation routes.", []string{"P4 Gavleborg/organization"}, nil},
		{"The channel Canal 13 showed the debate.", []string{"Canal 13/organization"}, nil},
	})
}

// TestBodyApposition: a name after a legislature's or body's noun, a
// comma and "the", closed by a comma, renames the body ("the new
// parliament, the Inatsisartut,", "the army, known as the Tatmadaw,"); a
// news site's name is a body's.
func TestBodyApposition(t *testing.T) {
	checkNER(t, []nerCase{
		{"The new parliament, the Storting, will meet next month.", []string{"Storting/organization"}, nil},
		{"Hamid El Mahdaoui, editor of the news site Badil, was detained.", []string{"Badil/organization"}, nil},
		{"He joined the party, the Ennahda, in 1990.", []string{"Ennahda/organization"}, nil},
		// the name given as what the body is known as; an army's too
		{"The army, known as the Tatmadaw, has also been fighting in the north.", []string{"Tatmadaw/organization"}, nil},
		{"Officers of the police, known as the Zentrova, arrived.", []string{"Zentrova/organization"}, nil},
		{"The new parliament, also known as the Zentrova, will meet next month.", []string{"Zentrova/organization"}, nil},
	})
}

// TestPortugueseDoAndPatrolVerbs: Portuguese "do" inside a person's name
// is a particle like "da" ("Basilio do Nascimento" named nobody); a
// name patrolled, raided or overrun is a place.
func TestPortugueseDoAndPatrolVerbs(t *testing.T) {
	checkNER(t, []nerCase{
		{"Basilio do Nascimento urged calm.", []string{"Basilio do Nascimento/person"}, nil},
		{"Australian troops patrolled Comoro and Becora after houses were burned.", []string{"Comoro/place", "Becora/place"}, nil},
		{"Rebels overran Kalehe on Friday.", []string{"Kalehe/place"}, nil},
		{"Why do Kenyans vote?", nil, []string{"do Kenyans"}},
	})
}

// TestVentureApposition: "X, a joint venture of …" and "X, a cooperative
// …" make X an organisation, as "a unit of" does.
func TestVentureApposition(t *testing.T) {
	checkNER(t, []nerCase{
		{"Diamond miner Debswana, a joint venture of the government and a mining house, employs 4,000 people.", []string{"Debswana/organization"}, nil},
		{"Kalahari Gold, a cooperative based in Francistown, said output rose.", []string{"Kalahari Gold/organization"}, nil},
		{"John Banda, a miner from Kitwe, said the shaft flooded.", []string{"John Banda/person"}, nil},
	})
}

// TestPlaceHeadBeforeAndGroupNouns: a place's head word before a place
// the KB knows names another place ("Colonia Montreal", "Port Sudan");
// a group of people opening a sentence is nobody ("Miners died").
func TestPlaceHeadBeforeAndGroupNouns(t *testing.T) {
	checkNER(t, []nerCase{
		{"Families in Colonia Montreal reported arrests without warrants.", []string{"Colonia Montreal/place/"}, []string{"Montreal/"}},
		{"Ships docked at Port Sudan on Monday.", []string{"Port Sudan/place/"}, nil},
		{"Miners died in the blast.", nil, []string{"Miners"}},
		{"Climbers died on the mountain.", nil, []string{"Climbers"}},
		{"Sanders died in 2020.", []string{"Sanders/person"}, nil},
		{"Lawmakers voted 62 to 9 to remove him.", nil, []string{"Lawmakers"}},
		{"Mediators arrived in the capital on Monday.", nil, []string{"Mediators"}},
		{"Investigators found the wreckage.", nil, []string{"Investigators"}},
		{"Reporters Without Borders condemned the arrest.", []string{"Reporters Without Borders/organization"}, nil},
	})
}

// TestRoleOfBody: a name after a role held in a body and "of" or "for"
// is the body's ("chairman of Cementos Andinos" was a person), unless a
// given name opens it.
func TestRoleOfBody(t *testing.T) {
	checkNER(t, []nerCase{
		{"Juan Perez, director of Cementos Andinos, said prices would rise.", []string{"Juan Perez/person", "Cementos Andinos/organization"}, []string{"Cementos Andinos/person"}},
		{"A spokesman for Kalahari Gold said the mine was closed.", []string{"Kalahari Gold/organization"}, nil},
		{"Juan Perez, director of VinFast, said it.", []string{"VinFast/organization"}, nil},
		{"A spokesman for Juan Perez said he was ill.", []string{"Juan Perez/person"}, nil},
		{"Shares of Vingroup fell 2 percent.", []string{"Vingroup/organization"}, nil},
		{"Sjurdur Skaale, a member of the Folketing, called for talks.", []string{"Folketing/organization"}, nil},
		{"He is a member of the Kenyatta family.", nil, []string{"Kenyatta/organization"}},
		// a head word naming people, opening the sentence before "of",
		// is no part of the body's name
		{"Workers of ArcelorMittal Temirtau struck on Monday.", []string{"ArcelorMittal Temirtau/organization"}, []string{"Workers of ArcelorMittal Temirtau", "ArcelorMittal Temirtau/person"}},
		{"Staff of Kazakhmys walked out.", []string{"Kazakhmys/organization"}, []string{"Staff of Kazakhmys"}},
		{"Hundreds of workers of Kazakhmys struck.", []string{"Kazakhmys/organization"}, nil},
		// one word after "members of" is the body they belong to
		{"Members of Ata-Meken rallied on Monday.", []string{"Ata-Meken/organization"}, []string{"Ata-Meken/person"}},
		{"A court jailed members of Akramiya.", []string{"Akramiya/organization"}, nil},
		{"He is a member of Smith's staff.", nil, []string{"Smith/organization"}},
	})
}

// TestAndPortfolioBeforeMinister: a portfolio of two fields joined by "and"
// before "Minister" is no body ("Mines and Energy Minister X").
func TestAndPortfolioBeforeMinister(t *testing.T) {
	checkNER(t, []nerCase{
		{"Mines and Energy Minister Tom Alweendo said exports could begin by 2030.", []string{"Tom Alweendo/person"}, []string{"Mines and Energy"}},
		{"The Mines and Energy Ministry said exports could begin by 2030.", []string{"Mines and Energy Ministry/organization"}, nil},
	})
}

// TestPeopleFrom: people by home and "from" make the name after a place
// ("a man from Tafeghaghte" was an organisation); officials from a name
// may be a body's.
func TestPeopleFrom(t *testing.T) {
	checkNER(t, []nerCase{
		{"A man from Tafeghaghte said his house had collapsed.", []string{"Tafeghaghte/place"}, nil},
		{"Villagers from Kolonga said the church was damaged.", []string{"Kolonga/place"}, nil},
		{"Officials from Ozenmunaigas said the strike was illegal.", []string{"Ozenmunaigas/organization"}, nil},
		// settlers by their home, though a body named for it opens with the name
		{"Gunmen from the Malaita Eagle Force seized the armoury. The group said the government had failed to protect settlers from Malaita.",
			[]string{"Malaita Eagle Force/organization", "Malaita/place"}, []string{"Malaita/organization"}},
	})
}

// TestPersonNamedProvince: a person's name before "province" or
// "district" after a locative word is the subdivision named for the
// person ("in Sihanouk province" linked Norodom Sihanouk).
func TestPersonNamedProvince(t *testing.T) {
	checkNER(t, []nerCase{
		{"Authorities in Preah Sihanouk province demolished a casino.", []string{"Preah Sihanouk/place/"}, []string{"Preah Sihanouk/person"}},
		{"Authorities in Sihanouk province demolished a casino.", []string{"Sihanouk/place/"}, []string{"Sihanouk/person"}},
		{"Norodom Sihanouk died in 2012.", []string{"Norodom Sihanouk/person/person.norodom-sihanouk"}, nil},
	})
}

// TestPlacePaper: a listed one-word paper ("Times") after the place or
// country it is named for is one organisation's name, as "the Phnom
// Penh Post" is ("the Lusaka Times" was Lusaka and Times).
func TestPlacePaper(t *testing.T) {
	checkNER(t, []nerCase{
		{"He told the Lusaka Times that the mine would reopen.", []string{"Lusaka Times/organization"}, []string{"Lusaka/place"}},
		{"The Fiji Times said the road was closed.", []string{"Fiji Times/organization"}, []string{"Fiji/country"}},
		{"In Lusaka, Times are hard.", []string{"Lusaka/place"}, nil},
	})
}
