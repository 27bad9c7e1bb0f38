package mention

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// A mentionCase lists mentions ("text/type/kbid/how") that must be found
// and texts that must not be a mention.
var mentionTests = []struct {
	name   string
	text   string
	want   []string
	absent []string
}{
	{"demonym links to its country, not Israel inside Israeli", "Israeli officials met Iranian envoys in Israel.",
		[]string{"Israeli/country/ISR/demonym", "Iranian/country/IRN/demonym", "Israel/country/ISR/alias"}, nil},
	{"plural demonym", "Israelis and Iranians protested.",
		[]string{"Israelis/country/ISR/demonym", "Iranians/country/IRN/demonym"}, nil},
	{"possessive", "Iran's proxies and Hezbollah's fighters. The Revolutionary Guards' commanders left.",
		[]string{"Iran/country/IRN/alias", "Hezbollah/armed_group/grp.hezbollah/alias", "Revolutionary Guards/organization/org.irgc/alias"}, nil},
	{"title-case headline", "Iran and Turkey Agree to Reopen Border Crossing\n\nIran and Turkey agreed on Tuesday to reopen a border crossing.",
		[]string{"Iran/country/IRN/alias", "Turkey/country/TUR/alias"}, []string{"Reopen Border Crossing", "Border Crossing", "Agree"}},
	{"curly possessive", "Iran’s envoy and Tehran’s allies met Hezbollah’s men.",
		[]string{"Iran/country/IRN/alias", "Tehran/country/IRN/capital", "Hezbollah/armed_group/grp.hezbollah/alias"}, nil},
	{"acronyms match case-sensitively", "The US said the UN should help us, but un-named officials and IS fighters disagreed.",
		[]string{"US/country/USA/alias", "UN/organization/org.un/alias", "IS/armed_group/grp.is/alias"}, []string{"us", "un"}},
	{"dotted acronym", "U.S. forces left.", []string{"U.S./country/USA/alias"}, nil},
	{"a KB name with a possessive inside, unless a name of its own owns the rest", "The People's Republic of China met Iran's Revolutionary Guards. The People’s Republic of China left.",
		[]string{"People's Republic of China/country/CHN/alias", "People’s Republic of China/country/CHN/alias", "Iran/country/IRN/alias", "Revolutionary Guards/organization/org.irgc/alias"}, []string{"Republic of China", "Iran's Revolutionary Guards"}},
	{"a one-word name with 's and no noun after it is a business", "The mall opened in 1979 with Ivey's and Hudson Belk as anchors. Thalhimer's became Hecht's in 1992. He met a friend of Kessler's.",
		[]string{"Ivey's/organization//name", "Thalhimer's/organization//name", "Hecht's/organization//name"}, []string{"Ivey", "Hecht", "Kessler's"}},
	{"name-shaped words before a given name are first names; a role or honorific before it is not", "See the entries for Moses Mendelssohn, Gotthold Ephraim Lessing and Friedrich Schlegel. The report blamed Engineer John Greiner. A Jesuit priest Fr Francisco Sousa documented it.",
		[]string{"Gotthold Ephraim Lessing/person//name", "John Greiner/person//name", "Francisco Sousa/person//name"}, []string{"Ephraim Lessing", "Fr Francisco Sousa"}},
	{"a number opens a military unit's name; a unit of a larger body is a name of its own", "Established as 4 Air Defense Wing in 1943, redesignated 65 Fighter Wing in 1944, it served under the Seventh Fleet. It joined the IV Corps of the Army of the Potomac and the International Committee of the Red Cross.",
		[]string{"4 Air Defense Wing/organization//name", "65 Fighter Wing/organization//name", "Seventh Fleet/organization//name", "IV Corps/organization//name", "Army of the Potomac/organization//name"}, []string{"Air Defense Wing", "Fighter Wing", "IV Corps of the Army of the Potomac"}},
	{"a name listed with an organisation or a place takes its type; common nouns do not", "The automakers Chrysler, Fordway, and General Motors asked for loans. Sales, Management and Marketing grew. Water is stored behind the Samarra Barrage.",
		[]string{"Fordway/organization//name", "Samarra Barrage/place//name"}, []string{"Sales", "Management", "Marketing"}},
	{"names inside a quoted title-case title are words of a work; a quoted name stays", "Among the demos are \"Buddha for Mary\" and \"Under Pressure\". They were credited as \"The Phantom Horns\". Jane Okafor said \"we will win\".",
		[]string{"Phantom Horns/organization//name", "Jane Okafor/person//name"}, []string{"Mary", "Pressure"}},
	{"a town where a sports club is meant is the club; a country stays a place", "He played with Footscray and North Melbourne in the VFL, and played 26 games for Lausanne. Later he coached Geelong and played for Iran. He lives in Geelong.",
		[]string{"Footscray/organization//name", "North Melbourne/organization//name", "Lausanne/organization//name", "Geelong/place//name", "Iran/country/IRN/alias"}, nil},
	{"a town before a club's post is the club; a country stays a place", "The Lausanne coach was sacked. The Iran coach spoke in Lausanne.",
		[]string{"Lausanne/organization//name", "Iran/country/IRN/alias", "Lausanne/place//name"}, nil},
	{"a club abbreviation opens a club's name", "He played for FC Basel and then for FC Lausanne-Sport.",
		[]string{"FC Basel/organization//name", "FC Lausanne-Sport/organization//name"}, []string{"Basel"}},
	{"a dotted company or club abbreviation ends an organisation's name, not a person's initials", "Proastiakos S.A. belongs to OSE. He met Sunderland A.F.C. footballer Dave Buchanan and John A. B. Smith.",
		[]string{"Proastiakos S.A./organization//name", "Sunderland A.F.C./organization//name", "John A. B. Smith/person//name"}, nil},
	{"a trade head word names a firm only after a proper name", "The firm was founded by William Cesaroni. Cesaroni Design offers Computer Aided Design to clients at Cary Village Mall.",
		[]string{"Cesaroni Design/organization//name", "Cary Village Mall/organization//name"}, []string{"Computer Aided Design"}},
	{"well-known rivers, regions and islands are places; Old and a compass word open a place's name", "The troops crossed the Rhine after the invasion of Java. The island faces Old Goa, in the East Riding of Yorkshire.",
		[]string{"Rhine/place//alias", "Java/place//alias", "Old Goa/place//name", "East Riding of Yorkshire/place//name"}, []string{"Goa", "Yorkshire"}},
	{"a title before a particle and a surname is part of the name", "She translated Corinne by Madame de Staël. Mr Howard spoke.",
		[]string{"Madame de Staël/person//name"}, []string{"Staël", "Mr Howard"}},
	{"a one-word place name that decides and plans is a person; one a preposition places stays a place", "The general Belgrano planned an attack. Belgrano's army was supported by Colonel Baltasar Cárdenas. Troops camped near Kestrelby. Later Kestrelby decided nothing.",
		[]string{"Belgrano/person//name", "Kestrelby/place//name"}, []string{"Belgrano/place//name"}},
	{"a name after a locative preposition and before a comma and a state is a place, given name or not", "The regiment marched from Poolesville to Sandy Hook, Maryland. Sandy Brown stayed.",
		[]string{"Sandy Hook/place//name", "Sandy Brown/person//name"}, nil},
	{"an organisation's head word before District makes the district a body", "The Coronado Unified School District sued. He lives in the Chittoor District.",
		[]string{"Coronado Unified School District/organization//name", "Chittoor District/place//name"}, nil},
	{"a body's whole name before a possessive owns another's; a possessive before a head word is inside one name", "Behe is a fellow of the Discovery Institute's Center for Science and Culture. The Tigray People's Liberation Front met.",
		[]string{"Discovery Institute/organization//name", "Center for Science and Culture/organization//name"}, []string{"Discovery Institute's Center for Science and Culture"}},
	{"a weekday before a newspaper's head word opens its name", "He spoke to The Sunday Times in London. On Sunday the Times reported it.",
		[]string{"Sunday Times/organization//name"}, []string{"Sunday the Times"}},
	{"a title that owns what follows types no name in apposition and is nobody's title", "Protesters stormed Zentrova, the prime minister's official residence, on Monday. He works at the President's Residence in Lome.",
		nil, []string{"Zentrova", "Residence"}},
	{"a faith word before a role noun is no employer", "Saudi Arabia executed Shiite cleric Nimr al-Nimr. Sunni Arab cleric Ahmed Kubaisi spoke.",
		[]string{"Nimr al-Nimr/person//name", "Ahmed Kubaisi/person//name"}, []string{"Shiite", "Sunni Arab"}},
	{"a capitalised word after said that opens the reported clause is no inverted speaker", "He said DNA tests had confirmed it. The report was wrong, said Okonkwo on Monday.",
		[]string{"Okonkwo/person//name"}, []string{"DNA"}},
	{"names listed after a plural noun for companies are companies", "French cognac makers Hennessy and Remy Cointreau fell. Mortgage lenders Fannie Mae and Freddie Mac rose. Three local groups, DAC Marketing and Public Relations Manager Janet Cooper said.",
		[]string{"Hennessy/organization//name", "Remy Cointreau/organization//name", "Fannie Mae/organization//name", "Freddie Mac/organization//name", "Janet Cooper/person//name"}, nil},
	{"a listed company before a place's head word names a place", "Crowds filled Times Square on Sunday.",
		[]string{"Times Square/place//name"}, nil},
	{"after a role noun a listed body's one-word name opens the person's name", "The band had trumpeter John Okoro, vocalist Dawn Okafor and keyboardist Butch Taylor. Dawn reported it.",
		[]string{"John Okoro/person//name", "Dawn Okafor/person//name", "Butch Taylor/person//name"}, []string{"Okafor"}},
	{"an honour hyphened to All and an event after an honorific-like word name no one", "He was second-team All-America and All-MAC. They built a Grand Prix Circuit. General Kofi Mensah came.",
		[]string{"Kofi Mensah/person//name"}, []string{"America", "MAC", "Prix Circuit"}},
	{"a year before a repeated one-word name is a date, not a model number", "The games are licensed by Zentrova, such as these. On July 10, 2007 Zentrova won a suit.",
		[]string{"Zentrova/organization//name"}, nil},
	{"a name after an MP's or member's 'for' is a constituency, a place", "He sat as the MPP for Kenwick and later as an MP for Dunmore. Kenwick voted. Dunmore said no.",
		[]string{"Kenwick/place//name", "Dunmore/place//name"}, []string{"MPP"}},
	{"common city abbreviations and regions are places", "He played clubs in L.A., NYC and the Pacific Northwest.",
		[]string{"L.A./place//alias", "NYC/place//alias", "Pacific Northwest/place//alias"}, nil},
	{"a party's one-word name before a word of party politics is the party", "Wren sat with the Liberal caucus as the Liberal-Labour MPP. The Labor or Liberal parties lost. She holds liberal views and is a Liberal thinker.",
		[]string{"Liberal/organization//name", "Liberal-Labour/organization//name", "Labor/organization//name"}, []string{"liberal", "Liberal thinker"}},
	{"a field's name after 'in' is no place", "She won the prize in Physiology and works in Information Technology near Kestrelby.",
		[]string{"Kestrelby/place//name"}, []string{"Physiology", "Information Technology"}},
	{"a name after a kinship noun is a person", "He has one daughter, Angelina, born in 2004, and lived with her younger son Phillip in town.",
		[]string{"Angelina/person//name", "Phillip/person//name"}, nil},
	{"place nouns in apposition, after 'of' and before a name make places", "It lies in the district Wittenberg, near the hamlet of Skirlington, in the Landes département. Submarines operated out of Fremantle.",
		[]string{"Wittenberg/place//name", "Skirlington/place//name", "Landes/place//name", "Fremantle/place//name"}, nil},
	{"geological formations and playfields are places; a one-word name before a comma and a state is one", "The well reaches the Bakken Formation near the Bobby Morris Playfield. Crowds came from Kestrel and Tamsin, Maryland.",
		[]string{"Bakken Formation/place//name", "Bobby Morris Playfield/place//name", "Tamsin/place//name"}, nil},
	{"a name given after ', known as' takes the type of the name before, and so do its repeats", "Adilson Tavares Varela, commonly known as Kabrou, is a footballer. Kabrou also holds a Swiss passport. Shannon built this thing called Environmentor.",
		[]string{"Kabrou/person//name"}, []string{"Environmentor"}},
	{"a repeated capitalised gerund names an activity, not an organisation", "Scouting was founded in 1920. Scouting has grown, and the government recognized Scouting's value. Zentrova said so and Zentrova left.",
		[]string{"Zentrova/organization//name"}, []string{"Scouting"}},
	{"a name before a role noun and a person is the employer; a given name before a surname-like head word is a person", "The market will recover, said Zentrova analyst Chris Weafer. It is a blow, said Jim Press, the vice chairman.",
		[]string{"Zentrova/organization//name", "Chris Weafer/person//name", "Jim Press/person//name"}, nil},
	{"a capitalised The inside a sentence, outside quotes, opens a band's name", "They toured, supporting The Cult, then Julian Cope. Their single \"The Kill\" sold well.",
		[]string{"Cult/organization//name"}, []string{"Kill"}},
	{"a demonym and a name word after an organisation's head word and for/of stay in its name", "He is named after the Emil Touma Institute for Palestinian Studies. BCSWomen is a Specialist Group of the British Computer Society.",
		[]string{"Emil Touma Institute for Palestinian Studies/organization//name", "British Computer Society/organization//name"}, []string{"Studies", "Emil Touma Institute"}},
	{"a quoted nickname inside a name-shaped name without a known given name", "He finished behind Dave Colclough and Charalambos \"Bambos\" Xanthos.",
		[]string{"Charalambos \"Bambos\" Xanthos/person//name"}, []string{"Charalambos"}},
	{"a demonym made from a known place before a person's name is not part of it", "He defeated Larry Middleton and fellow Minnesotan Scott LeDoux.",
		[]string{"Scott LeDoux/person//name"}, []string{"Minnesotan Scott LeDoux"}},
	{"a peer's title before one name is part of the name; before a full name it is not", "Lord Stanley announced the trophy. Lord Peter Carington agreed.",
		[]string{"Lord Stanley/person//name", "Peter Carington/person//name"}, nil},
	{"linked place names and numbered roads are one place", "He is based in Newcastle upon Tyne and moved to Stratford-upon-Avon, off Highway 301 and State Route 267. Berlin on Friday said no.",
		[]string{"Newcastle upon Tyne/place//name", "Stratford-upon-Avon/place//name", "Highway 301/place//name", "State Route 267/place//name"}, []string{"Newcastle", "Berlin on Friday"}},
	{"after a locative, one name and a place with its own head word are two places", "The line branches to Harrison and Bridgton Junction.",
		[]string{"Harrison/place//name", "Bridgton Junction/place//name"}, []string{"Harrison and Bridgton Junction"}},
	{"common English short given names open people's names", "He worked with Abe Lyman and bought tickets to a Buddy Rich concert.",
		[]string{"Abe Lyman/person//name", "Buddy Rich/person//name"}, nil},
	{"DJ or MC before a name is a performer's stage name", "He worked with DJs like DJ AM, DJ IRIE and DJ Khaled.",
		[]string{"DJ AM/person//name", "DJ IRIE/person//name", "DJ Khaled/person//name"}, nil},
	{"one name, one sense: a cue elsewhere outweighs a name-shaped guess", "Eberhard Faber is a brand of pencils. Currently, Eberhard Faber also produces clay. Buses of the Fairfax Connector run late; Fairfax Connector deployed readers.",
		[]string{"Eberhard Faber/organization//name", "Fairfax Connector/organization//name"}, []string{"Eberhard Faber/person//name"}},
	{"a name before family, clan or dynasty is a person's, even when a firm bears it", "Zentrova Ltd makes bicycles. Zentrova was directed by the Zentrova family until 1999.",
		[]string{"Zentrova Ltd/organization//name", "Zentrova/person//name"}, nil},
	{"a repeated one-word name that recognises or dies is a person, not an organisation", "The troops believed that Pezuelo would not resist. Later Pezuelo recognized he was losing to Zentrova. Zentrova said so and Zentrova left.",
		[]string{"Pezuelo/person//name", "Zentrova/organization//name"}, nil},
	{"an unknown code before $ is a currency's prefix", "The package gives Ford AU$ 52.5 million; later AU$ 40 million more.",
		nil, []string{"AU"}},
	{"a country code before $ is a currency", "A US$40 billion deal was signed.", nil, []string{"US"}},
	{"a negated auxiliary ends a name in a title-case headline", "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Rivals\n\nGennifer Flowers Didn't Attend. Jo Smith Isn’t Running.",
		[]string{"Gennifer Flowers/person//name", "Jo Smith/person//name"}, []string{"Gennifer Flowers Won’t", "Gennifer Flowers Didn't", "Jo Smith Isn’t"}},
	{"a given name before a one-word group is a person", "Richard Wagner composed it; Wagner fighters left.",
		[]string{"Richard Wagner/person//name", "Wagner/armed_group/grp.wagner/alias"}, nil},
	{"mixed-case acronym matches exactly", "Let them go, LeT said.", []string{"LeT/armed_group/grp.let/alias"}, []string{"Let"}},
	{"lower-case common word is not a name", "They had to chad the ballot, then ate turkey.", nil, []string{"chad", "turkey"}},
	{"diacritics", "Erdogan met Erdoğan's ally and Antonio Guterres.",
		[]string{"Erdogan/person/person.recep-tayyip-erdogan/alias", "Erdoğan/person/person.recep-tayyip-erdogan/alias", "Antonio Guterres/person/person.antonio-guterres/alias"}, nil},
	{"hyphens", "Amir Abdollahian and Amir-Abdollahian and Hossein Amir-Abdollahian spoke.",
		[]string{"Amir Abdollahian/person/person.hossein-amir-abdollahian/alias", "Amir-Abdollahian/person/person.hossein-amir-abdollahian/alias", "Hossein Amir-Abdollahian/person/person.hossein-amir-abdollahian/alias"}, nil},
	{"hyphenated compound keeps the name", "Hamas-linked factions in Hezbollah-controlled areas.",
		[]string{"Hamas/armed_group/grp.hamas/alias", "Hezbollah/armed_group/grp.hezbollah/alias"}, nil},
	{"longest match wins", "The Islamic Republic of Iran and the Islamic State.",
		[]string{"Islamic Republic of Iran/country/IRN/alias", "Islamic State/armed_group/grp.is/alias"}, []string{"Iran"}},
	{"capital that acts is the government", "Tehran denied the report. Washington said nothing. Beijing has warned Ankara's allies.",
		[]string{"Tehran/country/IRN/capital", "Washington/country/USA/capital", "Beijing/country/CHN/capital", "Ankara/country/TUR/capital"}, nil},
	{"capital as a location is a place", "Talks were held in Beijing and later near Tehran.",
		[]string{"Beijing/place//alias", "Tehran/place//alias"}, nil},
	{"unknown person is not force-linked", "Prime Minister Mohammad Bagher Soltani met Ali Soltani.",
		[]string{"Mohammad Bagher Soltani/person//name", "Ali Soltani/person/person.ali-soltani/alias"}, []string{"Soltani"}},
	{"surname short form joins the full name", "Naftali Bennett spoke on Monday. Later Bennett left.",
		[]string{"Naftali Bennett/person/person.naftali-bennett/alias", "Bennett/person/person.naftali-bennett/short-form"}, nil},
	{"unknown person's surname joins it", "Police chief Jonas Whitfield told reporters the road was shut. Whitfield said more later.",
		[]string{"Jonas Whitfield/person//name", "Whitfield/person//short-form"}, nil},
	{"the minister is not a mention", "The minister said the president would travel.", nil, []string{"minister", "president"}},
	{"person in apposition with a role noun", "Zora Okonkwo, a veteran political analyst, disagreed.", []string{"Zora Okonkwo/person//name"}, nil},
	{"person before a cue verb", "The decision was criticised, Karim Benali said on Tuesday.", []string{"Karim Benali/person//name"}, nil},
	{"organisation and place cues", "The Ministry of Energy said the Zarqa River flooded near Mafraq Province.",
		[]string{"Ministry of Energy/organization//name", "Zarqa River/place//name", "Mafraq Province/place//name"}, nil},
	{"bank of a country is one organisation", "The Bank of Israel raised rates.", []string{"Bank of Israel/organization//name"}, []string{"Israel"}},
	{"a gazetteer city without a cue is a place", "Floods hit Kisumu and Nakuru last week; Gdansk was spared.",
		[]string{"Kisumu/place//name", "Nakuru/place//name", "Gdansk/place//name"}, nil},
	{"a possessive marks a one-word organisation", "Shares rose after Zentrova's results; Zentrova unveiled a phone.",
		[]string{"Zentrova/organization//name"}, nil},
	{"a given name before a place or country is a person", "Fans of John Denver cheered Nancy Chad. Troops from Chad left.",
		[]string{"John Denver/person//name", "Nancy Chad/person//name", "Chad/country/TCD/alias"}, []string{"Denver"}},
	{"an ordinal opens a unit's name", "The 82nd Airborne Division joined the 3rd Infantry Brigade.",
		[]string{"82nd Airborne Division/organization//name", "3rd Infantry Brigade/organization//name"}, []string{"Airborne Division"}},
	{"common all-caps words are no organisation", "The CD sold well; the CD and the DJ won.", nil, []string{"CD", "DJ"}},
	{"listed companies and agencies are organisations", "Boeing Commercial Airplanes said Gazprom and Reuters agreed. Michael Dell spoke.",
		[]string{"Boeing Commercial Airplanes/organization//name", "Gazprom/organization//alias", "Reuters/organization//alias", "Michael Dell/person//name"}, []string{"Boeing", "Dell"}},
	{"an uncued name shaped like a person's is a person", "The award went to Kory Lichtensteiger and the Best New Artist prize to nobody.",
		[]string{"Kory Lichtensteiger/person//name"}, []string{"Best New Artist", "New Artist"}},
	{"a word written lower case elsewhere is no part of a person's name", "The Silent Watchers played. Watchers of the silent kind came.",
		nil, []string{"Silent Watchers"}},
	{"a place before a name makes no person", "The Perth Glory beat the Montreal Victorias.", nil, []string{"Perth Glory/person", "Montreal Victorias/person"}},
	{"a demonym before an organisation's head word alone names the organisation", "The Indonesian Navy and the Royal Jordanian Air Force rescued them; the British Council paid.",
		[]string{"Indonesian Navy/organization//name", "Royal Jordanian Air Force/organization//name", "British Council/organization//name"}, []string{"Indonesian", "British", "Jordanian Air Force"}},
	{"an apposition or copula says what a name is", "Boultham is a small village near the coast. It was bought by Vantorex, a stationery company founded in 1900. Initially, the firm grew.",
		[]string{"Boultham/place//name", "Vantorex/organization//name"}, []string{"Initially"}},
	{"a plural noun before of opening a sentence is no part of a name", "Shares of Zentrova Motors rose. Delegates of the Kavari Institute left.",
		[]string{"Zentrova Motors/organization//name", "Kavari Institute/organization//name"}, []string{"Shares of Zentrova Motors", "Delegates of the Kavari Institute"}},
	{"', who' after a name that follows 'of' describes the head noun", "He met former members of Vantorix, who helped him leave. Vantorix said it had no comment.",
		[]string{"Vantorix/organization//name"}, nil},
	{"more organisation head words", "It was built by Kavari Locomotive Works and sold by Dremont Recordings to Talbrook Insurance.",
		[]string{"Kavari Locomotive Works/organization//name", "Dremont Recordings/organization//name", "Talbrook Insurance/organization//name"}, nil},
	{"'and' inside a body's name stays unless a name of its own follows", "The Department of Natural Resources and Mines met the Talbrook County and Varno County boards.",
		[]string{"Department of Natural Resources and Mines/organization//name", "Talbrook County/place//name", "Varno County/place//name"}, []string{"Mines"}},
	{"a title before 'of' is no part of the body's name", "She was Professor of the Kavari Institute of Technology until 2001. He was later Bishop of the Diocese of Talbrook.",
		[]string{"Kavari Institute of Technology/organization//name", "Diocese of Talbrook/organization//name"}, []string{"Professor of the Kavari Institute of Technology", "Bishop of the Diocese of Talbrook"}},
	{"time zones, currencies and nouns opening a sentence are no organisations", "The show starts at 8 p.m. EST when a SWAT team arrives. The fare is 40 CAD.\n\nConstruction began in 1882.",
		nil, []string{"EST", "SWAT", "CAD", "Construction"}},
	{"an organisation noun before a name types it", "He joined the band Dremont Vipers, then the airline Kavaro and the retailer Best Talbrook.",
		[]string{"Dremont Vipers/organization//name", "Kavaro/organization//name", "Best Talbrook/organization//name"}, nil},
	{"a service, fund, lobby or regulator before a name types it", "The postal service Kavarnord stopped deliveries, the pension fund Talbrook sold shares, the lobby Dremontia objected and the regulator Vantoria fined them.",
		[]string{"Kavarnord/organization//name", "Talbrook/organization//name", "Dremontia/organization//name", "Vantoria/organization//name"}, nil},
	{"multi-word places: 'Gulf of X', and lists of them", "Ships entered the Gulf of Aden. Troops moved to the Sea of Azov and the Bay of Bengal and Mount Sinjar. Prices in the Gulf rose.",
		[]string{"Gulf of Aden/place//alias", "Sea of Azov/place//name", "Bay of Bengal/place//name", "Mount Sinjar/place//name", "Gulf/place//alias"}, []string{"Aden"}},
	{"a head word opening a name (Romance, Arabic, Radio/Air)", "Officials of the Partido Popular told Radio Cooperativa that Jaish al-Adl and the Universidad de Chile and Radio Lebanon and Harakat al-Hamas had met.",
		[]string{"Partido Popular/organization//name", "Radio Cooperativa/organization//name", "Jaish al-Adl/organization//name", "Universidad de Chile/organization//name", "Radio Lebanon/organization//name", "Harakat al-Hamas/armed_group/grp.hamas/alias"}, []string{"Chile", "Lebanon"}},
	{"a Spanish office of state opens a body's name", "The Defensoría del Pueblo said two students were hurt, and the Fiscalía General de la Nación opened a case.",
		[]string{"Defensoría del Pueblo/organization//name", "Fiscalía General de la Nación/organization//name"}, []string{"Defensoría del Pueblo/person"}},
	{"a Spanish firm named by its trade in the plural", "The president criticised Petróleos Mexicanos. He flew Aerolíneas Argentinas.",
		[]string{"Petróleos Mexicanos/organization//name", "Aerolíneas Argentinas/organization//name"}, []string{"Petróleos Mexicanos/person"}},
	{"Indonesian 'PT' opens a firm's name; 'Tbk', 'Bhd' end one", "The contractor PT Duta Graha Indah won the bid. Shares in Sapura Energy Bhd fell.",
		[]string{"PT Duta Graha Indah/organization//name", "Sapura Energy Bhd/organization//name"}, nil},
	{"a volcano's capitalised head word names a place", "Taal Volcano erupted on Sunday.",
		[]string{"Taal Volcano/place//name"}, []string{"Taal Volcano/person"}},
	{"a causeway's or an expressway's capitalised head word names a place", "Trucks were parked along the Zentro Causeway and the Barlow Expressway.",
		[]string{"Zentro Causeway/place//name", "Barlow Expressway/place//name"}, []string{"Zentro Causeway/organization"}},
	{"an opening head word before a longer name and a Romance 'of'", "He told Radio Free Syria that the Banco Central do Lebanon agreed.",
		[]string{"Radio Free Syria/organization//name", "Banco Central do Lebanon/organization//name"}, []string{"Syria", "Lebanon", "Banco Central"}},
	{"a listed name ending in 's takes it in; with a number it is an index", "Moody's cut the rating. The Standard & Poor's 500 fell.",
		[]string{"Moody's/organization//alias"}, []string{"Moody", "Standard & Poor's", "Standard & Poor"}},
	{"a one-word name coordinated with a place is a place; former states are places", "The line runs east to Talbrook and Gaza. Trains rarely stop at Talbrook, Lebanon or the Soviet Union.",
		[]string{"Talbrook/place//name", "Soviet Union/place//alias"}, nil},
	{"a motion verb and an adverb before 'to' make a place", "She was forced to retreat to Talbrook. Later she fled again to Talbrook, where Talbrook officials met her.",
		[]string{"Talbrook/place//name"}, nil},
	{"a person's name before 'of the' and a body's name; a KB body after 'University of'", "The chair is Dr Sue Black of the University of NATO.",
		[]string{"Sue Black/person//name", "University of NATO/organization//name"}, []string{"NATO", "Sue Black of the University of NATO"}},
	{"a legal-form suffix after a comma belongs to the organisation", "It was sold to Zentrova Motors, Ltd. in 1990; Kavari, Inc. agreed.",
		[]string{"Zentrova Motors, Ltd./organization//name"}, []string{"Zentrova Motors"}},
	{"a country whose name is a given name, before a person's name", "The pitcher Chad Edward Gaudin signed. Coach Chad Kavari spoke. Troops in Chad left.",
		[]string{"Chad Edward Gaudin/person//name", "Chad Kavari/person//name", "Chad/country/TCD/alias"}, []string{"Edward Gaudin", "Kavari"}},
	{"newspaper head words", "He told the Kavari Star and the Talbrook Dispatch that the Daily Mirror erred.",
		[]string{"Kavari Star/organization//name", "Talbrook Dispatch/organization//name", "Daily Mirror/organization//name"}, nil},
	{"a capitalised 'The' inside a sentence before a plural name", "He was the drummer of The Kavaros until 2001; Melodrama is an album by The Talbrook Rovers.",
		[]string{"Kavaros/organization//name", "Talbrook Rovers/organization//name"}, nil},
	{"more place head words; a capitalised ordinal word opens a place", "Ships massed near Second Thomas Shoal off Ilocos Norte; fans met at Kavari Gym in Kherson Oblast.",
		[]string{"Second Thomas Shoal/place//name", "Ilocos Norte/place//name", "Kavari Gym/place//name", "Kherson Oblast/place//name"}, []string{"Thomas Shoal"}},
	{"capitalised descriptors with a head word before a person's name", "Later, County Coroner William McLaughlin arrived, and Tower Man George F. Hauser left.",
		[]string{"William McLaughlin/person//name", "George F. Hauser/person//name"}, []string{"County Coroner William McLaughlin", "Tower Man George F. Hauser"}},
	{"a place inside an event's name is no mention", "During the Syria Liberation War and the Gaza Peace Conference, the Syria war began.",
		[]string{"Syria/country/SYR/alias"}, []string{"Gaza"}},
	{"an organisation noun and a comma before a name", "It was released by American rock band, Kavaros. The Irish airline, Talbrook, agreed.",
		[]string{"Kavaros/organization//name", "Talbrook/organization//name"}, nil},
	{"a name-shaped run after 'the' is no person", "He was traded to the Kavari Dolphins. The Talbrook Connector is a bus service. Later Dorin Talbrook spoke.",
		[]string{"Kavari Dolphins/organization//name", "Talbrook Connector/organization//name", "Dorin Talbrook/person//name"}, nil},
	{"places after a title's 'of', a direction's 'of' and 'the villages of'", "He was Mayor of Talbrook and Professor of Mathematics. It lies northwest of Kavaro, near the villages of Lougou and Tougana.",
		[]string{"Talbrook/place//name", "Kavaro/place//name", "Lougou/place//name", "Tougana/place//name"}, []string{"Mathematics", "Mayor of Talbrook"}},
	{"a capitalised direction before a place names part of it", "Fighting in Southern Iraq spread.",
		[]string{"Southern Iraq/place//name"}, []string{"Iraq"}},
	{"a hyphened lower-case article belongs to the place", "Troops entered al-Hilla and el-Arish.",
		[]string{"al-Hilla/place//name", "el-Arish/place//name"}, nil},
	{"a capitalised Government ends a name", "The Kurdistan Regional Government said it would vote.",
		[]string{"Kurdistan Regional Government/organization//name"}, nil},
	{"a surname joins a full name written twice", "Angela Corder was ill. Angela Stoller came. Angela Corder left. Later Corder died.",
		[]string{"Corder/person//short-form"}, []string{"Corder/organization"}},
	{"a maker's name before a model number is a product", "Boeing 787 Dreamliner orders rose; Airbus A380 flights fell. Later Boeing said so.",
		[]string{"Boeing/organization//alias"}, []string{"Airbus", "Airbus A380", "Dreamliner", "A380"}},
	{"a place's name before a plural noun is a team", "The Kisumu Rangers beat the Gdansk Lions.",
		[]string{"Kisumu Rangers/organization//name", "Gdansk Lions/organization//name"}, nil},
	{"a surname two people share is a person of its own", "Duane Bobick boxed. Rodney Bobick boxed too. Later Bobick won and Bobick lost.",
		[]string{"Bobick/person//name"}, []string{"Bobick/organization"}},
	{"a given name alone joins the person it opens, or is a person before a verb", "Angelo Fusco spoke. Later Angelo left, and Hayley said no.",
		[]string{"Angelo Fusco/person//name", "Angelo/person//short-form", "Hayley/person//name"}, nil},
	{"two KB surnames in a row, or a surname, a particle and a name, are one unknown person", "Officials met Assad Soltani on Monday, then Assad al-Hamdi and Khalid bin Soltani.",
		[]string{"Assad Soltani/person//name", "Assad al-Hamdi/person//name", "Khalid bin Soltani/person//name"}, []string{"Assad/person/person.bashar-al-assad", "Soltani/person/person.ali-soltani"}},
	{"an initial opens a name; double particles stay inside", "The founder L. Ron Hubbard met Hans van den Berg.",
		[]string{"L. Ron Hubbard/person//name", "Hans van den Berg/person//name"}, []string{"Ron Hubbard", "Hans"}},
	{"an organisation's name ending in 's before a verb or punctuation keeps it", "Standard & Poor's said the outlook fell. Analysts at Moody's agreed. Boeing's plans changed.",
		[]string{"Standard & Poor's/organization//alias"}, []string{"Boeing's/organization"}},
	{"a demonym of a place the gazetteer knows opens no person's name, even before a given name that is also a particle", "The match ended. Queenslander Mitchell Rawlins won, and Texan Ben Crenshaw was second. Zine El Abidine Ben Ali fled.",
		[]string{"Mitchell Rawlins/person//name", "Ben Crenshaw/person//name"}, []string{"Queenslander Mitchell Rawlins", "Texan Ben Crenshaw", "Abidine Ben Ali", "Ben Ali/person"}},
	{"a surname spelt like a function word, capitalised mid-sentence after a given name or a person's name, is part of it", "The lawmaker James To of the Democratic Party and councillor Wilson Or spoke. James To said Grace So agreed. He went To Tom. Ask Mary To Stay was sung.",
		[]string{"James To/person//name", "Wilson Or/person//name", "Grace So/person//name"}, []string{"To Tom", "Mary To", "Mary To Stay", "Wilson/person", "Grace/person"}},
	{"a surname spelt like a form of be, capitalised after a given name, is part of the name", "The lawyer Paul Were said the vote was rigged.",
		[]string{"Paul Were/person//name"}, []string{"Paul/person"}},
	{"a firm and the country or region after it name the firm's division; a listed body's does not", "Ford Australia will get aid. GM Europe said it would cut jobs, as did Cancer Research UK. The UN Syria envoy met them. A Boeing China deal fell through.",
		[]string{"GM Europe/organization//name", "Cancer Research UK/organization//name", "UN/organization/org.un/alias", "Syria/country/SYR/alias", "China/country/CHN/alias"}, []string{"GM/organization", "Europe/place", "Boeing China"}},
	{"an organisation's possessive before a quoted title stays out of its name", "It was not on Microsoft's \"Countdown\" site. They lost to Boeing's \u201cDreamliner\u201d plan.",
		[]string{"Microsoft/organization//alias", "Boeing/organization//alias"}, []string{"Microsoft's/organization", "Boeing's/organization"}},
	{"market indices name no organisation; an inner head word types a name", "The Dow Jones rose, the Hang Seng fell and the Nikkei fell again. He played in Major League Baseball.",
		[]string{"Major League Baseball/organization//name"}, []string{"Dow Jones", "Hang Seng", "Nikkei", "League Baseball"}},
	{"an inner head word types a name a place's prefix opens", "The superintendent of St Mary's Hospital Lacor said nurses worked double shifts.",
		[]string{"St Mary's Hospital Lacor/organization//name"}, []string{"St Mary's Hospital Lacor/place"}},
	{"a nickname in quotes stays inside a person's name", "Harold \"Junior\" Theriault said it. He said \"Hamas\" Hezbollah.",
		[]string{"Harold \"Junior\" Theriault/person//name"}, []string{"Harold", "Theriault"}},
	{"a one-word name joined to a person by 'and', or before 'said he', is a person", "This is a story of Angelo Fusco and Sadiq. Later Sadiq said he fled. Boeing said it would.",
		[]string{"Sadiq/person//name", "Boeing/organization//alias"}, []string{"Sadiq/organization"}},
	{"a given name before a head word that is also a family name makes a person", "Marc Lamont Hill said it. Fans met Tom Wood in Stanley Park.",
		[]string{"Marc Lamont Hill/person//name", "Tom Wood/person//name", "Stanley Park/place//name"}, nil},
	{"a person's name ends before 'of' and an organisation; two headed names split at 'for'", "Harold \"Junior\" Theriault of the Liberal Party spoke, and John Smith of the Civic Party. Catherine of Aragon died. He played in the Swiss Super League for FC Basel.",
		[]string{"Harold \"Junior\" Theriault/person//name", "Liberal Party/organization//name", "John Smith/person//name", "Civic Party/organization//name", "Catherine of Aragon/person//name", "Swiss Super League/organization//name"}, nil},
	{"a role word after a title is no name", "Steve Jobs, the Chief Executive Officer, said it. Police Officer Jane Roe said so.",
		[]string{"Steve Jobs/person//name", "Jane Roe/person//name"}, []string{"Officer"}},
	{"a ship's name is no place", "The commander of HMS Ocean said the USS Cole sailed to Aden.",
		nil, []string{"HMS Ocean", "USS Cole", "Ocean", "Cole"}},
	{"a KB body's one-word name before a headed name is part of it", "Officers of the NATO Defence College met.",
		[]string{"NATO Defence College/organization//name"}, []string{"NATO/organization/org.nato"}},
	{"a Hall of Fame is an organisation, whole", "He entered the Hockey Hall of Fame in 2001.",
		[]string{"Hockey Hall of Fame/organization//name"}, []string{"Hockey Hall", "Fame"}},
	{"a person's name that opens an organisation's stays in it", "He died in the George Washington University Hospital. Fans of John Denver sang.",
		[]string{"George Washington University Hospital/organization//name", "John Denver/person//name"}, []string{"George Washington/person"}},
	{"hyphenated East Asian given names", "Lee Cheuk-yan of the Labour Party met Yau Wai-ching; the Saudi-led coalition left.",
		[]string{"Lee Cheuk-yan/person//name", "Yau Wai-ching/person//name"}, []string{"Lee Cheuk", "Saudi-led"}},
	{"a capitalised common word before a surname makes no person", "Apple opened the iTunes Music Store on Monday.",
		[]string{"Apple/organization//alias"}, []string{"Music Store"}},
	{"model codes are no organisations", "The A380 flew and the A380 landed; BEL20 rose and BEL20 fell.", nil, []string{"A380", "BEL20"}},
	{"a landform word before a place names a place", "Fishermen on Lake Chad fled to Port Sudan.",
		[]string{"Lake Chad/place//name", "Port Sudan/place//name"}, []string{"Chad"}},
	{"a place's own name before its head word ends at 'of'", "He lived in Chittoor District of Andhra Pradesh and in the District of Columbia.",
		[]string{"Chittoor District/place//name", "District of Columbia/place//name"}, nil},
	{"a body's head word keeps 'of the Republic of' and the country in the name", "He met officials of the Central Bank of the Republic of Turkey.",
		[]string{"Central Bank of the Republic of Turkey/organization//name"}, []string{"Central Bank of the Republic/organization"}},
	{"a plural head word of a firm's name makes a body", "Juniper Networks said profits rose, and Nairobi Utilities cut water.",
		[]string{"Juniper Networks/organization//name", "Nairobi Utilities/organization//name"}, []string{"Juniper Networks/person", "Nairobi/place"}},
	{"a role noun and 'of' opening a run are no name", "The Secretary of Health, Ana Reyes, spoke. The Secretary of Transport, Ana Reyes, spoke.",
		[]string{"Ana Reyes/person//name"}, []string{"of Health", "of Transport"}},
	{"a title opening a place's name is no title", "He lived near King County, then moved on.",
		[]string{"King County/place//name"}, []string{"King"}},
	{"a royal title opens a place's or a body's name that ends in its head word", "The ship docked at Queen Salote Wharf. She studied at King Abdulaziz University. Queen Margrethe met them.",
		[]string{"Queen Salote Wharf/place//name", "King Abdulaziz University/organization//name"}, []string{"Salote Wharf", "Abdulaziz University", "Queen Margrethe"}},
	{"a given name alone mid-sentence is a person", "The band played with Steve and Roger last May.",
		[]string{"Steve/person//name", "Roger/person//name"}, []string{"May"}},
	{"a capitalised head word after 'the' names a body", "Strikes by the Coalition hit targets, and the Senate voted.",
		[]string{"Coalition/organization//name", "Senate/organization//name"}, nil},
	{"a direction before a demonym is a region's adjective", "The North American market grew. Sales in North American stores rose.",
		nil, []string{"North", "American"}},
	{"motion to or from a name marks a place", "Convoys took the road to Zalbeen. Families fled from Zalbeen and visited Oruzka.",
		[]string{"Zalbeen/place//name", "Oruzka/place//name"}, nil},
	{"a capitalised common word repeated is no organisation", "He spoke at the Symposium on trade, his third symposium. The Symposium said little, and Zentrova said more.",
		[]string{"Zentrova/organization//name"}, []string{"Symposium"}},
	{"an acronym is no place of the same letters", "The Government Accountability Office (GAO) upheld it. The GAO said no. Troops reached Gao.",
		[]string{"Government Accountability Office/organization//name", "GAO/organization//name", "Gao/place//name"}, []string{"GAO/place", "Troops"}},
	{"a name with 'bin' is a person's, even before a country", "He met Musaed bin Mohammed Al-Aiban, Syria's adviser, and the Group of 20.",
		[]string{"Musaed bin Mohammed Al-Aiban/person//name"}, []string{"Group"}},
	{"a hyphened pair of names is two mentions", "The Assad-Khamenei talks ended.",
		nil, []string{"Assad-Khamenei"}},
	{"landform and facility head words make places", "Water from Lincoln Reservoir reached Zarga Junction and the Ottoman Empire.",
		[]string{"Lincoln Reservoir/place//name", "Zarga Junction/place//name", "Ottoman Empire/place//alias"}, nil},
	{"a person in apposition with a demonym and a role", "Kaveh Lotfi, the Iranian minister of roads, said so.",
		[]string{"Kaveh Lotfi/person//name"}, nil},
	{"an office written after a title is no person", "Tim Cook, Apple's Chief Operating Officer, said so.",
		nil, []string{"Operating Officer"}},
	{"joined acronyms are an organisation", "Troops said CJTF-OIR has five centres.",
		[]string{"CJTF-OIR/organization//name"}, nil},
	{"a name-shaped run opening a sentence is a person", "It rained. Duane Bobick (born 1950) was a boxer. Analysts Worried left.",
		[]string{"Duane Bobick/person//name"}, []string{"Analysts Worried"}},
	{"a run does not cross 'on' into a weekday", "Clashes hit Diyala Province on Monday near the Ishtar Gate.",
		[]string{"Diyala Province/place//name", "Ishtar Gate/place//name"}, []string{"Diyala Province on Monday"}},
	{"a lower-case head word after a name types it", "Fighting spread in the Zalbeen region, and the Zentrova company said so.",
		[]string{"Zalbeen/place//name", "Zentrova/organization//name"}, nil},
	{"an all-caps dateline place stays a place", "SHARM EL-SHEIKH, Egypt - Talks began.",
		[]string{"SHARM EL-SHEIKH/place//name"}, nil},
	{"a company before a role word keeps its own name", "Gazprom CEO Alexei Miller spoke.",
		[]string{"Gazprom/organization//alias"}, []string{"Gazprom CEO"}},
	{"International and Limited end organisation names", "Zentrova International and Kolbra Limited said so.",
		[]string{"Zentrova International/organization//name", "Kolbra Limited/organization//name"}, nil},
	{"particles inside an uncued name; the first name alone joins it", "The letters of Dorothea von Schlegel survive. Later Dorothea wrote again, and Dorothea moved.",
		[]string{"Dorothea von Schlegel/person//name", "Dorothea/person//short-form"}, []string{"Dorothea/organization"}},
	{"sentence-initial common word", "Despite the rain, crowds came. Officials said it was calm. Later officials left.", nil, []string{"Despite", "Officials", "Later"}},
}

func TestMentions(t *testing.T) {
	s := stage()
	for _, tc := range mentionTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, s, tc.text)
			checkMentions(t, d, tc.text, tc.want, tc.absent)
			checkInvariants(t, d)
		})
	}
}

// checkInvariants checks what every analysis must satisfy: spans in
// range and ordered, Text equal to the span, entities and claims pointing
// at the right mentions.
func checkInvariants(t *testing.T, d *doc.Doc) {
	t.Helper()
	prev := -1
	for i, m := range d.Mentions {
		if m.Span.Start < 0 || m.Span.End > len(d.Text) || m.Span.Start >= m.Span.End {
			t.Fatalf("mention %d: bad span %v", i, m.Span)
		}
		if m.Span.Start < prev {
			t.Errorf("mention %d: not in text order or overlapping (%v after end %d)", i, m.Span, prev)
		}
		prev = m.Span.End
		if d.Text[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("mention %d: Text %q != span text %q", i, m.Text, d.Text[m.Span.Start:m.Span.End])
		}
		if m.Entity < 0 || m.Entity >= len(d.Entities) || !slices.Contains(d.Entities[m.Entity].Mentions, i) {
			t.Errorf("mention %d (%q): entity %d does not list it", i, m.Text, m.Entity)
		}
		if m.Role >= 0 && (m.Role >= len(d.RoleClaims) || d.RoleClaims[m.Role].Mention != i) {
			t.Errorf("mention %d (%q): role %d does not point back", i, m.Text, m.Role)
		}
	}
	for i, e := range d.Entities {
		if len(e.Mentions) == 0 {
			t.Errorf("entity %d (%s) has no mentions", i, e.Name)
		}
		for _, mi := range e.Mentions {
			if d.Mentions[mi].KBID != e.KBID {
				t.Errorf("entity %d (%s, %q) holds mention %q linked to %q", i, e.Name, e.KBID, d.Mentions[mi].Text, d.Mentions[mi].KBID)
			}
		}
	}
	for i, c := range d.RoleClaims {
		if !c.Span.Contains(c.TitleSpan) || !c.Span.Contains(c.PersonSpan) {
			t.Errorf("claim %d: span %v does not hold title %v and person %v", i, c.Span, c.TitleSpan, c.PersonSpan)
		}
		if d.Text[c.PersonSpan.Start:c.PersonSpan.End] != c.Person {
			t.Errorf("claim %d: Person %q != span text", i, c.Person)
		}
		if c.Mention >= 0 && d.Mentions[c.Mention].KBID != c.PersonKBID {
			t.Errorf("claim %d: PersonKBID %q != mention's %q", i, c.PersonKBID, d.Mentions[c.Mention].KBID)
		}
	}
}

// claim is the part of a doc.RoleClaim the table checks.
type claim struct {
	Person, Office, Country, How, Modifier, KBID string
}

var claimTests = []struct {
	name string
	text string
	want []claim
}{
	{"adjective", "Iranian Foreign Minister Hossein Amir Abdollahian arrived.",
		[]claim{{"Hossein Amir Abdollahian", "foreign_minister", "IRN", "adjective", "", "person.hossein-amir-abdollahian"}}},
	{"possessive", "Israel's ambassador Danny Ayalon left.",
		[]claim{{"Danny Ayalon", "ambassador", "ISR", "possessive", "", "person.danny-ayalon"}}},
	{"country name before the title", "U.S. Secretary of State Jane Roe and UK Foreign Secretary John Doe met.",
		[]claim{{"Jane Roe", "foreign_minister", "USA", "explicit", "", ""}, {"John Doe", "foreign_minister", "GBR", "explicit", "", ""}}},
	{"title implies the country", "Secretary of State Jane Roe spoke.",
		[]claim{{"Jane Roe", "foreign_minister", "USA", "title", "", ""}}},
	{"of-phrase", "The Minister of Foreign Affairs of Iran Hossein Amir Abdollahian spoke.",
		[]claim{{"Hossein Amir Abdollahian", "foreign_minister", "IRN", "explicit", "", "person.hossein-amir-abdollahian"}}},
	{"ambassador to a country", "Israeli ambassador to the United States Danny Ayalon spoke.",
		[]claim{{"Danny Ayalon", "ambassador:USA", "ISR", "adjective", "", "person.danny-ayalon"}}},
	{"ambassador to the UN", "Israel's Ambassador to the UN Danny Ayalon spoke.",
		[]claim{{"Danny Ayalon", "ambassador:UN", "ISR", "possessive", "", "person.danny-ayalon"}}},
	{"an ousted president is a former one", "Ousted President Ahmad Nourani appeared in court.",
		[]claim{{"Ahmad Nourani", "president", "", "", "former", ""}}},
	{"ousted as a verb is no modifier", "The army ousted President Ahmad Nourani on Thursday.",
		[]claim{{"Ahmad Nourani", "president", "", "", "", ""}}},
	{"a state's UN ambassador", "Iranian UN Ambassador Mohammad Javad Zarif spoke.",
		[]claim{{"Mohammad Javad Zarif", "ambassador:UN", "IRN", "adjective", "", ""}}},
	{"a possessive state's UN ambassador", "Israel's UN ambassador Danny Danon spoke.",
		[]claim{{"Danny Danon", "ambassador:UN", "ISR", "possessive", "", ""}}},
	{"a UN ambassador of a state not named", "UN Ambassador Vassily Nebenzia spoke.",
		[]claim{{"Vassily Nebenzia", "ambassador:UN", "", "", "", ""}}},
	{"appositive after the name", "Hossein Amir Abdollahian, the Iranian foreign minister, said no.",
		[]claim{{"Hossein Amir Abdollahian", "foreign_minister", "IRN", "adjective", "", "person.hossein-amir-abdollahian"}}},
	{"appositive with possessive", "Danny Ayalon, Israel's ambassador, said no.",
		[]claim{{"Danny Ayalon", "ambassador", "ISR", "possessive", "", "person.danny-ayalon"}}},
	{"former", "Former Syrian President Bashar al-Assad fled.",
		[]claim{{"Bashar al-Assad", "president", "SYR", "adjective", "former", "person.bashar-al-assad"}}},
	{"ex-", "Ex-President Bashar al-Assad of Syria fled.",
		[]claim{{"Bashar al-Assad", "president", "SYR", "explicit", "former", "person.bashar-al-assad"}}},
	{"then-", "Then-Syrian President Bashar al-Assad spoke.",
		[]claim{{"Bashar al-Assad", "president", "SYR", "adjective", "then", "person.bashar-al-assad"}}},
	{"caretaker and acting", "Lebanon's caretaker Prime Minister Najib Mikati met acting Defence Minister Maurice Slim.",
		[]claim{{"Najib Mikati", "prime_minister", "LBN", "possessive", "caretaker", ""}, {"Maurice Slim", "defence_minister", "LBN", "context", "acting", ""}}},
	{"designate", "Prime Minister-designate Nawaf Salam of Lebanon spoke.",
		[]claim{{"Nawaf Salam", "prime_minister", "LBN", "explicit", "designate", ""}}},
	{"deputy with its own office", "Iranian Deputy Foreign Minister Ali Bagheri spoke.",
		[]claim{{"Ali Bagheri", "deputy_foreign_minister", "IRN", "adjective", "", ""}}},
	{"deputy of another office", "Israeli Deputy Defense Minister Eli Dayan spoke.",
		[]claim{{"Eli Dayan", "defence_minister", "ISR", "adjective", "deputy", ""}}},
	{"organisation's post", "UN Secretary-General Antonio Guterres spoke.",
		[]claim{{"Antonio Guterres", "secretary_general", "UN", "explicit", "", "person.antonio-guterres"}}},
	{"group leader", "Hezbollah leader Hassan Nasrallah spoke, but the leader of the crowd was silent.",
		[]claim{{"Hassan Nasrallah", "leader", "grp.hezbollah", "explicit", "", ""}}},
	{"country from the sentence", "In Iran, Prime Minister Mohammad Bagher Soltani met officials.",
		[]claim{{"Mohammad Bagher Soltani", "prime_minister", "IRN", "context", "", ""}}},
	{"honorific between title and name", "Supreme Leader Ayatollah Ali Khamenei spoke in Iran.",
		[]claim{{"Ali Khamenei", "supreme_leader", "IRN", "person", "", "person.ali-khamenei"}}},
	{"a company's president is no state office", "The company's president John Smith, Acme president Jane Roe and the president of the club, Ali Rahimi, spoke in Iran.", nil},
	{"generic speaker is no office", "The keynote speaker John Smith and the speaker, Jane Roe, left.", nil},
	{"no name, no claim", "The foreign minister said the president of Iran would come.", nil},
}

func TestRoleClaims(t *testing.T) {
	s := stage()
	for _, tc := range claimTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, s, tc.text)
			var got []claim
			for _, c := range d.RoleClaims {
				got = append(got, claim{c.Person, c.Office, c.Country, c.CountryHow, c.Modifier, c.PersonKBID})
				if c.Country != "" && c.OfficeID != kb.OfficeID(c.Country, c.Office) {
					t.Errorf("claim %q: OfficeID %q, want %q", c.Person, c.OfficeID, kb.OfficeID(c.Country, c.Office))
				}
				if c.Mention < 0 || d.Mentions[c.Mention].Title == "" {
					t.Errorf("claim %q: person mention %d has no title", c.Person, c.Mention)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) claims:\n got %+v\nwant %+v", tc.text, got, tc.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestEntitiesGroupMentions(t *testing.T) {
	d := analyze(t, stage(), "Iran said no. Iranian officials met in Tehran. Tehran denied it. Iran's envoy left.")
	var iran *doc.Entity
	for i := range d.Entities {
		if d.Entities[i].KBID == "IRN" {
			if iran != nil {
				t.Fatalf("Iran has two entities")
			}
			iran = &d.Entities[i]
		}
	}
	if iran == nil {
		t.Fatalf("no entity for Iran: %v", mentionList(d))
	}
	var texts []string
	for _, mi := range iran.Mentions {
		texts = append(texts, d.Mentions[mi].Text)
	}
	if want := []string{"Iran", "Iranian", "Tehran", "Iran"}; !slices.Equal(texts, want) {
		t.Errorf("Iran's mentions = %v; want %v", texts, want)
	}
	if iran.Name != "Iran" || iran.Type != doc.TypeCountry || iran.Country != "IRN" {
		t.Errorf("Iran entity = %+v", *iran)
	}
	checkInvariants(t, d)
}

func TestStageWithoutKB(t *testing.T) {
	d := analyze(t, New(nil, Options{}), "Prime Minister Jane Roe said the Ministry of Energy would act.")
	if len(d.RoleClaims) != 1 || d.RoleClaims[0].Person != "Jane Roe" || d.RoleClaims[0].PersonKBID != "" {
		t.Errorf("claims = %+v", d.RoleClaims)
	}
	checkInvariants(t, d)
}

func TestKBOnly(t *testing.T) {
	d := analyze(t, New(testKB(), Options{KBOnly: true}), "Jonas Whitfield said Iran and the Ministry of Energy agreed.")
	if got := mentionList(d); !slices.Equal(got, []string{"Iran/country/IRN/alias"}) {
		t.Errorf("KBOnly mentions = %v", got)
	}
}

func TestNeedsLayers(t *testing.T) {
	d := &doc.Doc{Text: "Iran."}
	d.Fill(doc.LayerText)
	if err := stage().Process(d); err == nil || !strings.Contains(err.Error(), "sentences") {
		t.Errorf("Process without sentences: err = %v; want a missing-sentences error", err)
	}
}

var moreClaimTests = []struct {
	name string
	text string
	want []claim
}{
	{"title, comma, name", "Iran's foreign minister, Hossein Amir Abdollahian, said no.",
		[]claim{{"Hossein Amir Abdollahian", "foreign_minister", "IRN", "possessive", "", "person.hossein-amir-abdollahian"}}},
	{"country after the name", "King Abdullah II of Jordan met Iranian envoys.",
		[]claim{{"Abdullah II", "monarch", "JOR", "explicit", "", ""}}},
	{"adjectives between owner and title", "Hezbollah's political leader Hassan Nasrallah spoke.",
		[]claim{{"Hassan Nasrallah", "leader", "grp.hezbollah", "possessive", "", ""}}},
	{"organisation chief is its top post", "UN chief Antonio Guterres spoke.",
		[]claim{{"Antonio Guterres", "secretary_general", "UN", "explicit", "", "person.antonio-guterres"}}},
	{"initial in the name", "Indian External Affairs Minister S. Jaishankar spoke.",
		[]claim{{"S. Jaishankar", "foreign_minister", "IND", "adjective", "", ""}}},
	{"surname linked through the office held", "Israeli Prime Minister Bennett spoke.",
		[]claim{{"Bennett", "prime_minister", "ISR", "adjective", "", "person.naftali-bennett"}}},
	{"surname not linked when no namesake held the office", "Israeli Foreign Minister Bennett spoke.",
		[]claim{{"Bennett", "foreign_minister", "ISR", "adjective", "", ""}}},
	{"qualified group post", "Hamas political bureau chief Ismail Haniyeh spoke.",
		[]claim{{"Ismail Haniyeh", "leader", "grp.hamas", "explicit", "", ""}}},
	{"plural title", "Presidents Joe Biden and Xi Jinping met, and foreign ministers Jane Roe, John Doe and Ali Rahimi spoke.",
		[]claim{{"Joe Biden", "president", "USA", "person", "", "person.joe-biden"}, {"Xi Jinping", "president", "CHN", "person", "", "person.xi-jinping"},
			{"Jane Roe", "foreign_minister", "", "", "", ""}, {"John Doe", "foreign_minister", "", "", "", ""}, {"Ali Rahimi", "foreign_minister", "", "", "", ""}}},
	{"a state's leader", "North Korean leader Kim Jong Un and Iranian leader Ali Khamenei spoke.",
		[]claim{{"Kim Jong Un", "head_of_state", "PRK", "adjective", "", ""}, {"Ali Khamenei", "supreme_leader", "IRN", "adjective", "", "person.ali-khamenei"}}},
	{"crown prince with bin", "Saudi Crown Prince Mohammed bin Salman spoke.",
		[]claim{{"Mohammed bin Salman", "crown_prince", "SAU", "adjective", "", ""}}},
}

func TestMoreRoleClaims(t *testing.T) {
	k := testKB()
	k.AddActor(kb.Actor{ID: "person.ali-bennett", Kind: kb.KindPerson, Name: "Ali Bennett", Country: "IRN"})
	k.AddActor(kb.Actor{ID: "person.joe-biden", Kind: kb.KindPerson, Name: "Joe Biden", Country: "USA"})
	k.AddActor(kb.Actor{ID: "person.xi-jinping", Kind: kb.KindPerson, Name: "Xi Jinping", Country: "CHN"})
	k.AddRole(kb.Role{ID: "r1", Person: "person.naftali-bennett", Office: "ISR.prime_minister", Country: "ISR"})
	k.AddActor(kb.Actor{ID: "JOR", Kind: kb.KindCountry, Name: "Jordan", Demonyms: []string{"Jordanian"}, Capital: "Amman", Country: "JOR"})
	k.AddActor(kb.Actor{ID: "IND", Kind: kb.KindCountry, Name: "India", Demonyms: []string{"Indian"}, Capital: "New Delhi", Country: "IND"})
	k.AddActor(kb.Actor{ID: "SAU", Kind: kb.KindCountry, Name: "Saudi Arabia", Demonyms: []string{"Saudi"}, Capital: "Riyadh", Country: "SAU"})
	k.AddOffice(kb.Office{ID: "grp.hezbollah.leader", Country: "grp.hezbollah", Key: kb.OfficeLeader})
	k.AddOffice(kb.Office{ID: "IRN.supreme_leader", Country: "IRN", Key: kb.OfficeSupremeLeader})
	k.AddActor(kb.Actor{ID: "PRK", Kind: kb.KindCountry, Name: "North Korea", Demonyms: []string{"North Korean"}, Capital: "Pyongyang", Country: "PRK"})
	s := New(k, Options{})
	for _, tc := range moreClaimTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, s, tc.text)
			var got []claim
			for _, c := range d.RoleClaims {
				got = append(got, claim{c.Person, c.Office, c.Country, c.CountryHow, c.Modifier, c.PersonKBID})
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) claims:\n got %+v\nwant %+v", tc.text, got, tc.want)
			}
			checkInvariants(t, d)
		})
	}
}

// TestConcurrent runs one stage on many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	s := stage()
	texts := []string{claimTests[0].text, mentionTests[0].text, mentionTests[12].text, claimTests[7].text}
	want := make([][]string, len(texts))
	for i, tx := range texts {
		want[i] = mentionList(analyze(t, s, tx))
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for n := 0; n < 50; n++ {
				i := (g + n) % len(texts)
				if got := mentionList(analyze(t, s, texts[i])); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Process(%q) = %v; want %v", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

// TestKnownAsJoins checks that a name given after ", known as" joins the
// entity of the name before it, with its repeats, and that a name typed
// otherwise or linked to the KB keeps its own entity.
func TestKnownAsJoins(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string][]string // entity name → its mention texts
	}{
		{"Commander Mohamed Hamdan Dagalo, known as Hemedti, said so. Hemedti left on Monday.",
			map[string][]string{"Mohamed Hamdan Dagalo": {"Mohamed Hamdan Dagalo", "Hemedti", "Hemedti"}}},
		{"Mr Beesley, widely known as Digger, said his car was damaged.",
			map[string][]string{"Beesley": {"Beesley", "Digger"}}},
		{"The group's leader, Abu Bakr al-Baghdadi, known as Iran, spoke.",
			map[string][]string{"Iran": {"Iran"}}},
	} {
		d := analyze(t, stage(), tc.text)
		for name, want := range tc.want {
			var got []string
			for _, e := range d.Entities {
				if e.Name == name {
					for _, mi := range e.Mentions {
						got = append(got, d.Mentions[mi].Text)
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q: entity %q mentions = %v; want %v (all: %v)", tc.text, name, got, want, mentionList(d))
			}
		}
		checkInvariants(t, d)
	}
}

// TestOperationNames checks that a listed name inside a military
// operation's name makes no mention, while the same name alone does.
func TestOperationNames(t *testing.T) {
	text := "The raid, code-named Operation Red Dawn, began. Dawn reported it."
	d := analyze(t, stage(), text)
	var spans []int
	for _, m := range d.Mentions {
		if m.Text == "Dawn" {
			spans = append(spans, m.Span.Start)
		}
	}
	if want := []int{strings.LastIndex(text, "Dawn")}; !slices.Equal(spans, want) {
		t.Errorf("mentions of Dawn start at %v; want %v (%v)", spans, want, mentionList(d))
	}
	checkInvariants(t, d)
}

// TestAcronymRepeats checks that an acronym defined in parentheses after
// an organisation's name and its later repeats are all that organisation.
func TestAcronymRepeats(t *testing.T) {
	d := analyze(t, stage(), "The Zentrova Unionist Party (ZUP), whose lawmakers prop up the government, said no. ZUP leader Arlene Foster spoke. The ZUP voted against it.")
	var got []string
	for _, e := range d.Entities {
		if e.Name == "Zentrova Unionist Party" {
			for _, mi := range e.Mentions {
				got = append(got, d.Mentions[mi].Text)
			}
		}
	}
	if want := []string{"Zentrova Unionist Party", "ZUP", "ZUP", "ZUP"}; !slices.Equal(got, want) {
		t.Errorf("mentions of the party = %v; want %v (all: %v)", got, want, mentionList(d))
	}
	checkInvariants(t, d)
}

// TestAliasAfterAnotherNamedInFull: a one-word alias of a KB person the
// article never names in full, after another KB person's full name that
// ends with it, is the person named ("Abdullah Abdullah … with
// Abdullah"); a title before it keeps the alias ("King Abdullah"), and
// so does its own bearer named in full.
func TestAliasAfterAnotherNamedInFull(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Abdullah Abdullah said the president had left. Karzai formed a council with Abdullah and Hekmatyar.", "2021-08-15",
			[]string{"Abdullah/person/person.abdullah-abdullah/short-form"}, []string{"Abdullah/person/person.abdullah-of-pahang"}},
		{"Abdullah Abdullah said the president had left. King Abdullah said he would stay.", "2021-08-15",
			nil, []string{"Abdullah/person/person.abdullah-abdullah/short-form"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// newsFormNameTests are name phenomena of particular news forms:
// disaster news, live blogs, press releases, honorifics before long names.
var newsFormNameTests = []struct {
	name   string
	text   string
	want   []string // "text/type/kbid/how"
	absent []string // mention texts, or "text/type"
}{
	{"a named storm is no person", "Typhoon Haiyan made landfall on Friday. Hurricane Ian hit Florida, and Super Typhoon Goni and Cyclone Freddy followed.",
		nil, []string{"Typhoon Haiyan/person", "Hurricane Ian/person", "Super Typhoon Goni/person", "Cyclone Freddy/person", "Haiyan/person", "Ian/person"}},
	{"a live blog's time stamp opens the entry's sentence", "Storm news.\n\n09:30 - Power has been cut across the city.\n\n3:20 p.m. GMT — Rain is falling.",
		nil, []string{"Power", "Rain"}},
	{"a release's closing mark alone on its line names nothing", "Statement\n\nWe thank the commission for its work.\n\nEND",
		nil, []string{"END"}},
	{"a wire story's closing mark between dashes names nothing", "Statement\n\nWe thank the commission for its work.\n\n-ENDS-",
		nil, []string{"ENDS"}},
	{"an acronym END inside a sentence still names", "The END party won. The END said it would govern.",
		[]string{"END/organization//name"}, nil},
	{"a KB person's full name after an honorific beats an alias opening with the honorific", "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah said the Gulf states were ready to help. Sheikh Sabah left.",
		[]string{"Sabah Al-Ahmad Al-Jaber Al-Sabah/person/person.sabah-al-ahmad-al-jaber-al-sabah/alias", "Sheikh Sabah/person/person.sabah-al-ahmad-al-jaber-al-sabah/alias"}, []string{"Al-Sabah", "Sheikh Sabah Al-Ahmad Al-Jaber"}},
	{"a UN body's name without the UN prefix, after the UN's possessive, is the body", "The UN's Office for the Coordination of Humanitarian Affairs (OCHA) said it was sending a team.",
		[]string{"Office for the Coordination of Humanitarian Affairs/organization/org.ocha/alias", "OCHA/organization/org.ocha/alias"}, nil},
	{"an African Union mission is one body", "African Union Transition Mission in Somalia (ATMIS) troops left. ATMIS replaced AMISOM.",
		[]string{"African Union Transition Mission in Somalia/organization/org.atmis/alias", "AMISOM/organization/org.amisom/alias"}, []string{"Transition Mission"}},
}

func TestNames(t *testing.T) {
	for _, tc := range newsFormNameTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, "")
			checkMentions(t, d, tc.text, tc.want, tc.absent)
		})
	}
}

// TestClubDerby checks that a KB place after "the derby between" is a
// club (Persepolis, the Tehran side, not the ruins).
func TestClubDerby(t *testing.T) {
	text := "Police stopped women who tried to watch the derby between Persepolis and Esteghlal. The Persepolis coach declined to comment."
	d := analyzeShipped(t, text, "2018-03-02")
	checkMentions(t, d, text, []string{"Persepolis/organization//name"}, []string{"Persepolis/place"})
}
