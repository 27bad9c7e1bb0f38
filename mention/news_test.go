package mention

import "testing"

// newsTests are phenomena of news prose found by sorting the NER
// evaluation's errors into kinds: words that look like names and are
// not, and names whose span the rules cut or stretched.
var newsTests = []struct {
	name   string
	text   string
	want   []string // "text/type/kbid/how"
	absent []string // mention texts
}{
	{"the pronoun I with a contraction names nothing", `He paused. "I'm told two things," he said. "I'll go," she said.`,
		nil, []string{"I'm", "I'll"}},
	{"a function word in capitals is emphasis, no acronym", "They will stay UNLESS the court acts, and the court said so.",
		nil, []string{"UNLESS"}},
	{"an East Asian given name keeps its syllable and its family name", "City mayor Hau Lung-bin spoke. Leung Yiu-chung of NWSC won. In the district, Leung Che-cheung lost.",
		[]string{"Hau Lung-bin/person//name", "Leung Yiu-chung/person//name", "Leung Che-cheung/person//name"}, []string{"Hau Lung", "Leung Che"}},
	{"an English compound after a hyphen is no syllable", "The Hong Kong-listed firm grew.", []string{"Hong Kong/place//alias"}, nil},
	{"a direction inside a body's name takes the place after it in", "He studied at the University of Southern Indiana last year.",
		[]string{"University of Southern Indiana/organization//name"}, []string{"Indiana", "University of Southern"}},
	{"a company suffix ends the company's name", "The vice chairman of Chrysler LLC Jim Press said so. Daimler AG Chairman Dieter Zetsche agreed.",
		[]string{"Jim Press/person//name", "Dieter Zetsche/person//name", "Daimler AG/organization//name"}, []string{"Chrysler LLC Jim Press", "Daimler AG Chairman Dieter Zetsche"}},
	{"a name before 'Flight' and a number is an airline", "The crash of Adam Air Flight 574 killed many. Air France Flight 447 fell.",
		[]string{"Adam Air/organization//name"}, []string{"Adam Air Flight", "Air France Flight"}},
	{"a name word before a place the apposition calls a person is a person's name", "Valeska Damascus, a local woman and former nurse, has claimed abuse. Damascus said she was held. She flew to Damascus.",
		[]string{"Valeska Damascus/person//name", "Damascus/person//short-form", "Damascus/place//alias"}, nil},
	{"name words before a listed paper's head word are the paper's", "The Straits Times reported it, and the Jakarta Globe Times did too.",
		[]string{"Straits Times/organization//name", "Jakarta Globe Times/organization//name"}, []string{"Times"}},
	{"New Year is a time, no place", "Sales rose during the Christmas and New Year sales period. The Lunar New Year holiday began.",
		nil, []string{"New Year", "Lunar New Year"}},
	{"a role noun ends a listed company's name and opens a person's", "said Ford Motor Company CEO Alan Mulally on Monday.",
		[]string{"Ford Motor Company/organization//name", "Alan Mulally/person//name"}, []string{"Ford Motor"}},
	{"initials joined by '&' are one name", "The B&SR ran trains. He studied at Texas A&M. Spending on R&D rose.",
		[]string{"B&SR/organization//name"}, []string{"SR", "R&D", "M"}},
	{"an age between commas makes a person", "Police made arrests. Okafor, 54, was detained. Bennett, 61, was freed.",
		[]string{"Okafor/person//name", "Bennett/person//name"}, nil},
	{"a common word opening a sentence before a role noun is the field, no employer", "Police made arrests. Defence analyst Justin Bronk said so. Economist Mohamed El-Erian agreed.",
		[]string{"Justin Bronk/person//name", "Mohamed El-Erian/person//name"}, []string{"Defence", "Economist"}},
	{"a paper named by a role noun needs its article", "He told the Economist so.", []string{"Economist/organization//alias"}, nil},
	{"a name after 'X-based' or 'X-listed' is an organisation", "Berlin-based Zalando and Stockholm-listed Klarna reported losses.",
		[]string{"Zalando/organization//name", "Klarna/organization//name"}, nil},
	{"a general staff is a body, no person", "Ukrainian forces pushed back, the General Staff said.",
		[]string{"General Staff/organization//name"}, []string{"Staff"}},
	{"the linking particle of Urdu and Persian names stays inside", "Pakistan Tehreek-e-Insaf and Jamaat-e-Islami protested.",
		[]string{"Pakistan Tehreek-e-Insaf/organization//name", "Jamaat-e-Islami/organization//name"}, []string{"Insaf", "Islami"}},
	{"a byline's role and a party member's noun are no part of the name", "By Bill Engle Staff Writer. Police made arrests. Democrat Slater, 42, took 71,445 votes. Luminous Electronics closed.",
		[]string{"Bill Engle/person//name", "Slater/person//name", "Luminous Electronics/organization//name"}, []string{"Bill Engle Staff Writer", "Democrat Slater"}},
	{"several title words before 'of' are no part of the body's name", "said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.",
		[]string{"AirTran Airways/organization//name"}, nil},
	{"a union's name ends with Workers", "The plant is owned by the United Auto Workers, eight percent by the state.",
		[]string{"United Auto Workers/organization//name"}, nil},
	{"central banks and rating agencies are listed", "The Federal Reserve raised rates. Standard and Poor's cut its rating. The Standard and Poor's 500 index fell.",
		[]string{"Federal Reserve/organization//alias", "Standard and Poor's/organization//alias"}, []string{"Poor"}},
	{"a name with a web domain's ending is a website's", "Police made arrests, Detik.com said. Other sites such as Gawker.com kept it.",
		[]string{"Detik.com/organization//name", "Gawker.com/organization//name"}, nil},
	{"a name with a country's two-letter web domain is a website's", "Reporters at Aktuality.sk found the documents. The portal Delfi.lt reported it.",
		[]string{"Aktuality.sk/organization//name", "Delfi.lt/organization//name"}, []string{"Delfi"}},
	{"a capitalised particle inside a name keeps it a person's", "It is needed. Claudio De Vincenti, undersecretary to the prime minister, said so.",
		[]string{"Claudio De Vincenti/person//name"}, nil},
	{"a campus after 'at' is part of a university's name", "He studied at the University of North Carolina at Greensboro and the University of Texas at Austin.",
		[]string{"University of North Carolina at Greensboro/organization//name", "University of Texas at Austin/organization//name"}, []string{"Austin", "Greensboro"}},
	{"a campus's possessive ends the university's name", "An analysis from the University of Nebraska at Omaha's Center for Public Affairs Research shows it.",
		[]string{"University of Nebraska at Omaha/organization//name", "Center for Public Affairs Research/organization//name"}, nil},
	{"a byline's names are people's, in capitals too", "Israel struck Gaza.\nBy JOHN SMITH and MARIA GARCIA, Associated Press\nThe talks failed. JOHN SMITH said so. SCOTT WEST won.",
		[]string{"JOHN SMITH/person//name", "MARIA GARCIA/person//name"}, nil},
	{"a given name and a surname in capitals are a person's", "Israel struck Gaza. AHMED KHALIL said the talks failed. Fans of SCOTT WEST cheered the SCOTT WEST team.",
		[]string{"AHMED KHALIL/person//name"}, []string{"SCOTT WEST/person"}},
	{"an Arabic place word opens a place's name", "Strikes hit units near Dayr Az Zawr and Ayn Isa on Tuesday. Fighters took Deir Hafer and Jisr Shughur. Police made arrests. Near Ayn Issa, two strikes hit.",
		[]string{"Dayr Az Zawr/place//name", "Ayn Isa/place//name", "Deir Hafer/place//name", "Jisr Shughur/place//name", "Ayn Issa/place//name"}, []string{"Dayr Az Zawr and Ayn Isa"}},
	{"words after a camel-case brand name its product; a title's initials name nobody", "The iPod Nano comes in two colors. It works with the iPod Nano and the Video version. He was Apple's C.E.O. until then. John F. Kennedy spoke. Elliot Ferguson photoJim Harrison, 54, said it is likely.",
		[]string{"John F. Kennedy/person//name", "Harrison/person//name"}, []string{"Nano", "C.E.O."}},
	{"a name after a point of the compass and 'of' is a place", "It lies 50 miles northwest of Orlando and south of Salem.",
		[]string{"Orlando/place//name", "Salem/place//name"}, nil},
	{"a coalition noun after a name, 'All' before a party, a refinery", "Protesters gathered. The Azimio coalition called for action. The All Progressives Congress won. Dangote Refinery began exports.",
		[]string{"Azimio/organization//name", "All Progressives Congress/organization//name", "Dangote Refinery/organization//name"}, nil},
	{"People's inside a name makes a party or an army", "Officials said. The National People's Power won a two-thirds majority.",
		[]string{"National People's Power/organization//name"}, []string{"Power"}},
	{"a bloc's noun after an event-like name and a legislature after a country's possessive are bodies", "Officials said. The Historic Pact coalition lost. Syria's Parliament voted.",
		[]string{"Historic Pact/organization//name", "Parliament/organization//name"}, nil},
	{"a lone name a passive befalls, a widow's, or one shaped like a family name is a person's", "Officials said. Kovacs was detained on Wednesday, and Kovacs was jailed. The Navalny widow spoke; Navalny's widow spoke again. Tikhanovskaya called it a sham, and Tikhanovskaya left. John Doe, 24, of Elkhart was indicted by Elkhart police.",
		[]string{"Kovacs/person//name", "Navalny/person//name", "Tikhanovskaya/person//name"}, []string{"Elkhart/person"}},
	{"a capitalised family-name particle opens a person's name", "Officials said. Le Pen's party topped the first round. He flew to La Paz.",
		[]string{"Le Pen/person//name"}, []string{"La Paz/person"}},
	{"a plural name after 'for the' or 'joined the' is a team", "He played defensive end for the Patriots in 1971 and joined the Jets. He fought for the Kurds.",
		[]string{"Patriots/organization//name", "Jets/organization//name"}, []string{"Kurds"}},
	{"industry head words make companies", "The plant was the home of Douglas Aircraft. Hawker Aerospace bid. Taiwan Semiconductor grew.",
		[]string{"Douglas Aircraft/organization//name", "Hawker Aerospace/organization//name", "Taiwan Semiconductor/organization//name"}, nil},
	{"a name in capitals before a date or an agency in parentheses is a dateline's town", "Army seizes power.\nZALINDA, Feb 1, 2021 (Reuters) - The army seized power.\nMOUNT GILEAD (AP) -- A court shut.",
		[]string{"ZALINDA/place//name", "MOUNT GILEAD/place//name"}, []string{"ZALINDA/organization", "MOUNT GILEAD/organization"}},
	{"a name in capitals before a dash opening a paragraph is a dateline's town", "New call for help in lynch case.\nMONROE - Federal officials are nearly certain. They made a plea in Monroe.\nNATO - the alliance said so.",
		[]string{"MONROE/place//name"}, []string{"MONROE/organization"}},
	{"a lone name whose verb leads to 'his' or 'her' is a person's", "The budget is short. Pawlenty figures the money into his budget. Pawlenty said so. A Rochester man was asleep when burglars entered his home.",
		[]string{"Pawlenty/person//name"}, []string{"Rochester/person", "Pawlenty/organization"}},
	{"a state's abbreviation after a place and a comma is a place; holidays are times; D.C. is a place", "Police: Gunman worked at home.\nCARTHAGE, N.C. (AP) - Investigators are looking. He moved from Dothan, Ala., to D.C. in May. Bread may be eaten during Passover. Jews prepare for Passover.",
		[]string{"N.C./place//name", "Ala/place//name", "D.C./place//alias"}, []string{"Passover", "N.C./person"}},
	{"weapons' acronyms name nothing; an area in apposition makes a place", "Officials said. Jets struck Sabboura, an area outside Damascus. One strike destroyed a VBIED and a UAV launch site.",
		[]string{"Sabboura/place//name"}, []string{"VBIED", "UAV"}},
	{"plural centers head a body's name; 'and' after a prefixed place opens another", "Officials said. The Centers for Disease Control and Prevention reported cases. Clinics operate in North Kivu and Ituri.",
		[]string{"Centers for Disease Control and Prevention/organization//name", "North Kivu/place//name", "Ituri/place//name"}, []string{"Prevention", "North Kivu and Ituri"}},
	{"a lone name that told someone 'he' or 'she' is a person's", "The talks failed. Okonkwo told reporters he would resign. Assessment records show he owns it.",
		[]string{"Okonkwo/person//name"}, []string{"Okonkwo/organization", "Assessment"}},
	{"a lone name someone arrests or quotes is a person's", "The talks failed. Police arrested Achieng on Monday, and Achieng said so. The paper quoted Djamal as saying it.",
		[]string{"Achieng/person//name", "Djamal/person//name"}, []string{"Achieng/organization"}},
	{"a lone letter hyphened into a name makes no person", "Officials said. Germany pledged another IRIS-T system, said Sen. Frank Lautenberg, D-N.J., on Monday.",
		[]string{"Frank Lautenberg/person//name"}, []string{"IRIS-T", "D-N.J."}},
	{"a name word before a place heading a body is the body's", "Police said. It opened at the Metro Toronto Convention Centre. He leads the New London Police Department.",
		[]string{"Metro Toronto Convention Centre/place//name", "New London Police Department/organization//name"}, []string{"Toronto Convention Centre", "London Police Department"}},
	{"a listed company's name that is also a given name opens a person's before a surname", "Police said. Rafael Ortiz was wounded. Rafael Advanced Defense Systems sold missiles.",
		[]string{"Rafael Ortiz/person//name", "Rafael Advanced Defense Systems/organization//name"}, []string{"Rafael Ortiz/organization"}},
	{"'Fighters' heads a movement's name", `"We will not back down," said Nkosana Dlamini, a spokesman for the Economic Freedom Fighters.`,
		[]string{"Economic Freedom Fighters/organization//name", "Nkosana Dlamini/person//name"}, nil},
	{"a title of several words ending in a role noun is no part of the name", "Officials said. Chief Cabinet Secretary Hirokazu Matsuno told a news conference so. Chief of Staff Ryo Tanaka agreed. Lamar County Victim Witness Coordinator posts opened.",
		[]string{"Hirokazu Matsuno/person//name", "Ryo Tanaka/person//name"}, []string{"Coordinator/person"}},
	{"games named for their host keep the host a place; a festival's or a declaration's name takes its place in", "Officials said. He won gold at the Beijing Olympics and joined the 1972 U.S. Olympic boxing team. The U.S. Olympic Committee met. The Nairobi Declaration passed.",
		[]string{"Beijing/place//alias", "U.S./country/USA/alias", "U.S. Olympic Committee/organization//name"}, []string{"U.S. Olympic", "Nairobi"}},
	{"the side a game's verb names before a score is a team", "Officials said. Clemson beat Wofford 35-3 on Saturday, and Auburn edged Tulane 17-14.",
		[]string{"Wofford/organization//name", "Tulane/organization//name"}, nil},
	{"a title's words between a body's name and a person's are the title's", "Officials said. Minister of State for Trade Kyriakos Tanaka said so. Labour Party General Secretary Ana Kovacs agreed.",
		[]string{"Kyriakos Tanaka/person//name", "Labour Party/organization//name", "Ana Kovacs/person//name"}, []string{"Labour Party General"}},
}

func TestNewsNames(t *testing.T) {
	s := stage()
	for _, tc := range newsTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, s, tc.text)
			checkMentions(t, d, tc.text, tc.want, tc.absent)
		})
	}
}

// shippedNewsTests are newsTests that need the shipped KB (its people's
// surnames, its places) and the segment stage.
var shippedNewsTests = []struct {
	name   string
	text   string
	want   []string // "text/type/kbid/how"
	absent []string // mention texts
}{
	{"after an honorific a place's name opens the person's", "The bill passed the House. Rep. Alexandria Ocasio-Cortez voted against it.",
		[]string{"Alexandria Ocasio-Cortez/person//name"}, nil},
	{"The Hague is a place; Hague alone is William Hague's surname", "Activists were detained in The Hague. William Hague spoke. Hague said he was tired.",
		[]string{"The Hague/place/place.the-hague/alias", "Hague/person/person.william-hague/short-form"}, nil},
	{"a KB surname with a possessive opening a sentence is the person", "Protesters gathered. Odinga's coalition called for mass action.",
		[]string{"Odinga/person//name"}, nil},
	{"plural honorifics before people", "Officials said. U.S. Sens. Robert C. Byrd and Jay Rockefeller each called.",
		[]string{"Robert C. Byrd/person//name", "Jay Rockefeller/person//name"}, []string{"U.S. Sens"}},
	{"a KB surname after People's is part of the name", "Officials said. The National People's Power won a two-thirds majority.",
		[]string{"National People's Power/organization//name"}, []string{"Power"}},
	{"a country's name after a possessive opens what the owner leads", "Officials said. Melenchon's France Unbowed rejected any deal.",
		[]string{"France Unbowed/organization/org.la-france-insoumise/alias"}, []string{"France Unbowed/person"}},
	{"a score is no model number; a field before 'Minister' is the title's", "Manchester City beat Real Madrid 4-0 at home. OPEC agreed, Saudi Energy Minister Prince Abdulaziz bin Salman said.",
		[]string{"Real Madrid/organization//alias", "Saudi/country/SAU/demonym"}, []string{"Saudi Energy"}},
	{"a field before a country names its agency", "Police said. Environment Canada issued a warning, and Statistics Norway agreed. Education in Canada is free.",
		[]string{"Environment Canada/organization//name", "Statistics Norway/organization//name", "Canada/country/CAN/alias"}, nil},
	{"a KB surname hyphened into a name is part of it", "Police said. He works at Wright-Patterson Air Force Base in Ohio. Incumbent Pat Hugley-Green won, coach Hossam El-Badri said.",
		[]string{"Wright-Patterson Air Force Base/place//name", "Pat Hugley-Green/person//name", "Hossam El-Badri/person//name"}, []string{"Patterson", "Green", "Badri"}},
	{"a KB surname after a camel-case brand is no person", "The store was renamed to iTunes Store in 2006.", nil, []string{"Store"}},
	{"a title-case headline's KB names stand alone before capitalised common words", "Chirac Sees Opportunity in Crisis\nTwo U.S. Soldiers Killed in Iraq Bombings\nOfficials said so on Monday.",
		[]string{"Chirac/person/person.jacques-chirac/alias", "U.S./country/USA/alias", "Iraq/country/IRQ/alias"}, []string{"Chirac Sees", "Iraq Bombings", "U.S. Soldiers Killed"}},
	{"a title-case headline's country that is also a given name is no person's; a body's name ends at its head word", "Israel Strikes Gaza After Rocket Fire\nKenya Airways Cuts Flights to Europe\nOfficials said so on Monday.",
		[]string{"Israel/country/ISR/alias", "Kenya Airways/organization//name"}, []string{"Israel Strikes", "Kenya Airways Cuts Flights"}},
	{"Georgia in a game's result against an American side is the US state's", "Georgia beat Auburn 24-6 on Saturday.",
		[]string{"Georgia/place//alias"}, []string{"Georgia/country"}},
	{"Georgia after a game's verb and a score is the US state's", "No. 7 LSU edged Georgia 27-24 on Saturday.",
		[]string{"Georgia/place//alias"}, []string{"Georgia/country"}},
	{"sloppy lower-case text names countries, demonyms and people's full names that are no English words, and the surname of a full name", "lol barack obama went to tunisia and met tunisian fans. turkey was eaten. china broke. obama went home.",
		[]string{"barack obama/person/person.barack-obama/alias", "obama/person/person.barack-obama/alias", "tunisia/country/TUN/alias", "tunisian/country/TUN/demonym"}, []string{"turkey", "china"}},
	{"a country's name with a capital inside is the country; lower case in careful text is no name", "Officials met in iSrael on Monday. The iPhone sold well in tunisia.",
		[]string{"iSrael/country/ISR/alias"}, []string{"tunisia", "iPhone"}},
	{"a title's words after a body's name and before a KB person are the title's", "Officials said. Communist Party General Secretary Xi Jinping spoke.",
		[]string{"Communist Party/organization//name"}, []string{"Communist Party General Secretary"}},
	{"Georgia after a poll's ranking or before a season's record is the US state's", "No. 5 Georgia rallied in the fourth quarter. Georgia (7-1, 5-1 SEC) has won six straight.",
		[]string{"Georgia/place//alias"}, []string{"Georgia/country"}},
	{"Georgia against another country's side is the country", "Georgia beat Romania 24-6 on Saturday.",
		[]string{"Georgia/country/GEO/alias"}, nil},
}

func TestShippedNewsNames(t *testing.T) {
	for _, tc := range shippedNewsTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyzeShipped(t, tc.text, "")
			checkMentions(t, d, tc.text, tc.want, tc.absent)
		})
	}
}
