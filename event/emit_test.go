package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Regression tables of coded events for sentences written for sitrep.

// leaderChangeTests are constructions (leaders' deaths,
// martial law, juntas leaving a bloc, diplomatic switches; 2018–2024)
// once coded wrongly, in sentences written for sitrep. want: events
// that must be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event
// may start with.
var leaderChangeTests = []worldCase{
	// an accident is no attack
	{"killed when a plane crashed", "2023-02-01", "Malawi's vice president was killed when his plane crashed in a forest.", nil, []string{" "}},
	{"killed when a bus collided", "2023-02-01", "Twelve Nigerian soldiers were killed after their truck collided with a bus.", nil, []string{" "}},
	{"killed when gunmen opened fire stays an attack", "2023-02-01", "Twelve Nigerian soldiers were killed when gunmen opened fire on their convoy.", []string{" NGAMIL 190"}, nil},
	{"killed in a strike stays an attack", "2023-02-01", "Two Syrian soldiers were killed in an airstrike near Homs.", []string{" SYRMIL 190"}, nil},
	// standing sanctions named by a noun are no new penalty
	{"sanctions on X as a reported subject", "2018-07-09", "Guterres said UN sanctions on Eritrea might become obsolete.", nil, []string{"IGOUNO ERI 163"}},
	{"sanctions on X opening a sentence", "2019-05-02", "Sanctions on Venezuela have cut its oil exports.", nil, []string{" VEN 163"}},
	{"sanctions on X after a preposition", "2019-05-02", "Inflation rose because of sanctions on Venezuela.", nil, []string{" VEN 163"}},
	{"new sanctions announced stay a penalty", "2022-03-01", "Washington announced new sanctions on Moscow.", []string{"USA RUS 163"}, nil},
	{"sanctions announced stay a penalty", "2022-03-01", "Britain announced sanctions on Russian banks.", []string{"GBR RUS 163"}, nil},
	{"imposed sanctions", "2022-03-01", "Japan imposed sanctions on Russia.", []string{"JPN RUS 163"}, nil},
	// a passive gerund and an unnamed assailant
	{"died after being shot", "2023-02-01", "Former Ecuadorian President Lenin Moreno died on Friday after being shot at a rally.", []string{" ECUELI 193"}, nil},
	{"hospitalised after being stabbed", "2023-02-01", "The Mexican mayor was hospitalised after being stabbed.", []string{" MEXGOV 182"}, nil},
	{"a man fired at him", "2023-02-01", "Former Ecuadorian President Lenin Moreno was leaving a hotel when a man fired at him.", []string{" ECUELI 190"}, nil},
	{"fired at by a named force keeps its source", "2023-02-01", "Two Israeli soldiers were wounded after being shot by a Palestinian gunman.", []string{"PSEUAF ISRMIL 193"}, nil},
	// the content of a question put to the speaker
	{"asked if X would impose sanctions", "2023-02-01", "Asked if Washington would impose sanctions on Caracas, the Venezuelan minister declined to comment.", []string{"VENGOV  011"}, []string{"USA "}},
	{"when asked whether X would attack", "2023-02-01", "When asked whether Russia would attack Moldova, the Russian foreign minister said no.", nil, []string{"RUS MDA"}},
	{"the answer after the question stays", "2023-02-01", "Asked about the talks, Turkey said it would send troops to Libya.", []string{"TUR  010"}, nil},
	// a verb coordinated after "said it was ADJ and" keeps the subject
	{"said it was disappointed and urged", "2024-01-15", "The US State Department said it was disappointed and urged countries to keep unofficial links with Taiwan.", []string{"USAGOV  020"}, []string{" USAGOV"}},
	// the object of a preposition before "and" is no subject of the verb after it
	{"took the oath before a body and promised", "2018-03-24", "Peruvian President Martin Vizcarra took the oath before Congress and promised to fight corruption.", []string{"PERGOV  030"}, []string{"PERLEG", "LEG"}},
	{"spoke with a state and promised", "2018-03-24", "The Iranian foreign minister spoke with Iraq and promised to release the prisoners.", []string{"IRNGOV  030"}, []string{"IRQ  030"}},
	{"was alarmed and summoned", "2024-01-15", "Germany was alarmed and summoned the Russian ambassador.", []string{"DEU RUSGOV 114"}, []string{" DEU"}},
	{"arrested and charged stays passive", "2024-01-15", "The Kenyan opposition leader was arrested and charged with treason.", []string{"KENCOP KENOPP 173", "KENJUD KENOPP 173"}, nil},
	{"a gapped passive conjunct with a count keeps its patient", "2022-01-06", "Ten Kazakh soldiers were killed and 40 Kazakh protesters arrested.", []string{"KAZCOP KAZOPP 173"}, []string{"KAZOPP  173"}},
	// title words before a named speaker are no separate source
	{"opposition leader NAME said", "2024-12-04", `"We will never accept this," opposition leader Lee Jae-myung said.`, []string{"KOROPP  124"}, []string{"OPP "}},
	// condolences sent
	{"sent condolences to a state", "2024-05-20", "Brazil sent condolences to Chile.", []string{"BRA CHL 018"}, nil},
	{"extended condolences", "2024-05-20", "China, India and Egypt extended their condolences.", []string{"CHN  018", "IND  018"}, nil},
	{"sent a message of condolence", "2016-09-03", "Chinese President Xi Jinping sent a message of condolence.", []string{"CHNGOV  018"}, nil},
	// a state of affairs, a state's own forces moved, a conversation
	{"having an agreement is no signing", "2020-08-16", "Belarus has an agreement with Russia on defence.", nil, []string{"BLR RUS 057"}},
	{"signing an agreement stays a signing", "2020-08-16", "Belarus signed an agreement with Russia on defence.", []string{"BLR RUS 057"}, nil},
	{"sent tanks through a tunnel is a deployment", "2008-08-10", "Russia sent tanks through the Roki tunnel.", []string{"RUS  154"}, []string{"RUS  072", "RUS MIL"}},
	{"spoke twice with a leader", "2020-08-16", "Belarusian President Alexander Lukashenko spoke twice with Russian President Vladimir Putin.", []string{"BLRGOV RUSGOV 040", "RUSGOV BLRGOV 040"}, nil},
	// fighting back tears, fires or for one's life is no combat
	{"fighting back tears", "2022-07-08", `"It was a barbaric act," Prime Minister Fumio Kishida told reporters, fighting back tears.`, nil, []string{"MED ", "JPNGOV  190"}},
	{"fighting wildfires", "2023-08-10", "Greek firefighters were fighting wildfires near Athens.", nil, []string{"GRC"}},
	{"fighting for his life", "2023-08-10", "The Slovak prime minister was fighting for his life in hospital.", nil, []string{"SVKGOV  190"}},
	{"fighting rebels stays combat", "2023-08-10", "Malian troops were fighting rebels near Kidal.", []string{"MLIMIL MLIREB 190"}, nil},
	// lifting martial law
	{"lifted martial law", "2024-12-04", "President Yoon Suk Yeol lifted martial law early on Wednesday.", []string{"KORGOV KOR 0814"}, nil},
	{"ended martial law", "2021-02-01", "The Thai government ended martial law in the south.", []string{"THAGOV THA 0814"}, nil},
	// the name in apposition to an indefinite object
	{"arrested a lawmaker, NAME,", "2023-02-01", "Pakistani police arrested an opposition lawmaker, Imran Khan, in Lahore.", []string{"PAKCOP PAKOPP 173"}, nil}, // the opposition title is the person's sector (TestTitleHolders)
	{"arrested a man, NAME,", "2023-02-01", "Pakistani police arrested a 71-year-old man, Imran Khan, in Lahore.", []string{"PAKCOP PAK 173"}, nil},
	// a since-clause names no party of the meeting before it
	{"summit since the countries broke with a bloc", "2024-07-06", "The leaders of Niger and Mali met on Saturday, their first summit since the two countries broke with ECOWAS.",
		[]string{"NERGOV MLIGOV 040"}, []string{"NERGOV IGOWAFWAS", "IGOWAFWAS NERGOV", "MLIGOV IGOWAFWAS"}},
	// one refusal, and one's own troops are no target
	{"refused to withdraw its troops", "2018-07-09", "Ethiopia refused to withdraw its troops from the town.", []string{"ETH  1246"}, []string{"ETH MIL"}},
	// ", and VERB" after an adjunct with a list shares the main subject
	{"and threatened after a list adjunct", "2024-01-28", "The African Union suspended the two countries after coups in Guinea in 2021 and Gabon in August 2023, and threatened to impose sanctions.",
		[]string{"IGOAFRAFU  1312"}, []string{"GAB ", "GIN "}},
	// a participle hangs on the nearest clause
	{"and NEW SUBJECT VERB, participle", "2024-12-08", "Crowds tore down a statue of the president, and rebels opened the gates of the prison, freeing thousands of detainees.",
		[]string{"REB  0841"}, []string{"CVL "}},
	// troops moving into a zone
	{"troops moved into a zone", "2024-12-10", "Israeli troops moved into the demilitarised buffer zone on the Golan Heights.", []string{"ISRMIL SYR 192"}, nil},
	{"troops entered a region", "2019-10-10", "Turkish troops entered northern Syria on Wednesday.", []string{"TURMIL SYR 192"}, nil},
	{"refugees moving into a country occupy nothing", "2022-03-01", "Thousands of Ukrainian refugees moved into Poland.", nil, []string{"UKRREF POL 192", "REF POL 192"}},
	// a relative clause between the subject and "said it would"
	{"X, which …, said it would reopen its embassy", "2024-12-10", "Qatar, which backed the opposition, said it would reopen its embassy in Damascus.", []string{"QAT SYR 032"}, nil},
	// a country's possessive in the infinitive after an agreement
	{"agreement to raise X's loan", "2024-03-06", "The IMF reached a staff-level agreement to raise Pakistan's loan program to $3 billion.", []string{"IGOBUSIMF PAK 057"}, nil},
	{"one's own country's possessive is no counterpart", "2025-05-06", "Merz has promised to strengthen Germany's armed forces.", nil, []string{"DEUGOV DEU"}},
	{"agreement with X stays", "2024-03-06", "The IMF reached an agreement with Pakistan to raise its loan program.", []string{"IGOBUSIMF PAK 057"}, nil},
	// help given at a state's request
	{"activated a service at X's request", "2023-02-07", "The European Union activated its emergency mapping service at Ankara's request to help with the rescue.", []string{"IGOEUREEC TUR 070"}, nil},
	// a deal in a participle phrase names one party
	{"a deal signed with X", "2024-03-06", "The move follows a $10 billion deal signed last month with Saudi Arabia.", []string{" SAU 057"}, nil},
	{"troops entering a legislature occupy no territory", "2024-12-04", "South Korean troops entered the National Assembly on Tuesday night.", nil, []string{"KORMIL KORLEG", "KORMIL  192"}},
	// military pressure is a show of force by the subject
	{"stepped up military pressure on X", "2024-01-13", "China has stepped up military pressure on the Philippines.", []string{"CHN PHL 150"}, []string{"MIL ", "CHN PHL 100"}},
	// "the two countries" stands for the pair named just before
	{"the two countries agreed", "2018-07-09", "Kenya and Somalia signed a declaration on Monday. The two countries agreed to restore diplomatic relations.", []string{"KEN SOM 037", "SOM KEN 037"}, nil},
	{"the two neighbours are no pair of a longer list", "2018-07-09", "Kenya, Uganda and Somalia signed a declaration on Monday. The two countries agreed to restore diplomatic relations.", nil, []string{"KEN SOM 037", "SOM KEN 037"}},
	// asylum granted in a place, passive
	{"granted asylum in a capital", "2021-08-18", "Former Afghan President Ashraf Ghani has been granted asylum in Abu Dhabi.", []string{"ARE AFGELI 075"}, []string{" AFGGOV"}},
	{"granted asylum in a state", "2021-08-18", "Former Afghan President Ashraf Ghani has been granted asylum in the United Arab Emirates.", []string{"ARE AFGELI 075"}, nil},
	{"the host's own media are no refugee", "2024-12-08", "Russian state media reported that he had been granted asylum in Moscow.", nil, []string{"RUS RUS", " RUS"}},
}

func TestLeaderChangeEvents(t *testing.T) { checkWorld(t, leaderChangeTests) }

// talksTopicTests: a state or person after "talks on" is the talks'
// topic, no party: the parties are the subjects, or the partner after
// "with".
var talksTopicTests = []worldCase{
	{"two states held talks on a third", "2016-03-01", "Russia and Turkey held talks on Syria.", []string{"RUS TUR 046", "TUR RUS 046"}, []string{"RUS SYR", "TUR SYR", "SYR "}},
	{"talks on a state with a partner", "2016-03-01", "Russia held talks on Syria with Turkey on Monday.", nil, []string{"RUS SYR", "SYR "}},
}

func TestTalksTopic(t *testing.T) { checkWorld(t, talksTopicTests) }

// hedgedSharedTests: a verb after "and was believed to have" shares the
// subject of the verb before "and", as a bare coordinated verb does.
var hedgedSharedTests = []worldCase{
	{"and was believed to have", "2016-03-01", "Putin met Erdogan on Monday and was believed to have urged a ceasefire.", []string{"RUSGOV  020"}, []string{"TURGOV  020"}},
	{"and is said to have", "2016-03-01", "Putin met Erdogan on Monday and is said to have urged a ceasefire.", []string{"RUSGOV  020"}, []string{"TURGOV  020"}},
}

func TestHedgedShared(t *testing.T) { checkWorld(t, hedgedSharedTests) }

// TestOneRefusal checks that a refusal to do something is one event,
// not also the refused act coded as a second rejection.
func TestOneRefusal(t *testing.T) {
	for _, text := range []string{
		"Ethiopia refused to withdraw its troops from the town.",
		"Serbia refused to withdraw its police from the border.",
	} {
		if got := worldEvents(t, text, "2018-07-09"); len(got) != 1 {
			t.Errorf("%q: %d events %q, want one refusal", text, len(got), got)
		}
	}
}

// warrantSwapTests are constructions (earthquakes,
// coups, arrest warrants, prisoner swaps, protests; 2022–2024) found
// coded wrongly, in sentences written for sitrep. want: events that must
// be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start
// with.
var warrantSwapTests = []worldCase{
	// a natural disaster is no attacker
	{"killed by an earthquake", "2023-02-07", "More than 3,000 people were killed by the earthquake that struck the coast on Monday.", nil, []string{" CVL 19", "  19"}},
	{"killed in a quake", "2023-02-07", "Dozens of villagers were killed in the quake.", nil, []string{" CVL 19", "  19"}},
	{"injured by a typhoon", "2023-02-07", "Hundreds of people were injured by the typhoon in the south.", nil, []string{" CVL 18", "  18"}},
	{"killed by police fire stays an attack", "2023-02-07", "Two protesters were killed by police fire in Lima.", []string{"PERCOP PEROPP 190"}, nil},
	// the city of a passive arrest is where, not who
	{"arrested in a city", "2022-10-04", "Two journalists were arrested in Isfahan on Sunday.", nil, []string{"IRN "}},
	{"detained in a capital", "2022-10-04", "Two students were detained in Moscow on Sunday.", nil, []string{"RUS "}},
	{"arrested in a country stays the state's", "2022-10-04", "Two journalists were arrested in Lebanon on Sunday.", []string{"LBN LBNMED 173"}, nil},
	// "placed X under house arrest"
	{"placed a named leader under house arrest", "2023-07-27", "Soldiers said they had placed President Mohamed Bazoum under house arrest.", []string{"NERMIL NERGOV 173"}, []string{"NERGOV  173"}},
	{"put a minister under arrest", "2021-02-01", "The army put Aung San Suu Kyi under house arrest.", []string{"MMRMIL MMRGOV 173"}, nil},
	// signing a decree or pardon is no agreement
	{"signed a decree", "2022-09-21", "Putin signed a decree on Wednesday raising the number of troops.", nil, []string{"RUSGOV  057", "RUSGOV MIL 057", "RUSGOV RUSMIL 057"}},
	{"signed an executive order", "2021-01-20", "Biden signed an executive order on immigration.", nil, []string{"USAGOV  057"}},
	{"signed pardons", "2024-08-01", "Lukashenko signed pardons for the detained activists.", nil, []string{"BLRGOV  057", "BLRGOV OPP 057", "BLRGOV BLR 057"}},
	{"signing an agreement stays 057", "2022-02-04", "Russia and China signed an agreement on gas supplies.", []string{"RUS CHN 057"}, nil},
	// arrest warrants; participle adjectives "occupied/besieged"
	{"issued an arrest warrant", "2024-11-21", "The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu.", []string{"IGOJUDICC ISRGOV 173"}, nil},
	{"children from occupied areas", "2023-03-17", "The court accused Russia of deporting children from occupied areas of Ukraine.", nil, []string{"CVL UKR 192", " UKR 192"}},
	{"deported from occupied areas", "2023-03-17", "Ukraine said Russia deported children from occupied areas.", []string{"RUS CVL 174"}, []string{"CVL  192"}},
	{"occupying stays an occupation", "2014-03-18", "Russia occupied Crimea in March.", []string{"RUS UKR 192"}, nil},
	// "the government" in a story set in one country
	{"the government of the story's country", "2023-02-08", "Rescuers searched the rubble in Ankara and Istanbul on Tuesday. Opposition leaders accused the government of failing to enforce building codes.", []string{"OPP TURGOV 112"}, nil},
	{"no country for a story set in two", "2023-02-08", "Rescuers searched the rubble in Ankara and Aleppo on Tuesday. Opposition leaders accused the government of failing to enforce building codes.", nil, []string{"OPP TURGOV", "OPP SYRGOV"}},
	// a place in the subject's relative clause is no speaker
	{"a quoted word and a coordinated verb after a relative clause", "2023-02-09", `President Recep Tayyip Erdogan, who toured the devastated province of Hatay on Wednesday, admitted "shortcomings" but said it was impossible to prepare.`, []string{"TURGOV  010"}, []string{"TUR  010"}},
	{"a coordinated verb after a relative clause", "2023-02-09", "Erdogan, who toured the city of Antakya on Wednesday, admitted shortcomings but said the state would rebuild.", []string{"TURGOV  010"}, []string{"TUR  010"}},
	// a criminal case against X for calling for Y
	{"opened a criminal case for calling for", "2022-03-04", "Russian police opened a criminal case against Alexei Navalny for calling for protests.", []string{"RUSCOP  173"}, []string{"RUSCOP  02"}},
	{"filed charges against", "2023-06-24", "Kenya filed charges against the police chief.", []string{"KEN COP 173"}, nil},
	// a diplomatic protest and a crackdown on protests are no demonstration
	{"summoned an ambassador to protest", "2022-09-25", "France summoned Russia's ambassador in Paris to protest against the strikes.", []string{"FRA RUSGOV 114"}, []string{"FRA  14"}},
	{"sanctions over a crackdown on protests", "2022-10-17", "Canada imposed sanctions on Iran's morality police over the crackdown on protests.", []string{"CAN IRNCOP 163"}, []string{"IRNCOP  14", "COP  14"}},
	// aid convoys and refugees crossing a border occupy nothing
	{"an aid convoy crossed into", "2023-02-09", "A Jordanian aid convoy crossed into Syria on Thursday.", []string{"JOR SYR 070"}, []string{"JOR SYR 19"}},
	{"refugees crossed into", "2022-03-01", "Ukrainian refugees crossed into Poland on Tuesday.", nil, []string{"UKRREF POL 19", "UKR POL 19"}},
	{"troops crossing stays an occupation", "2022-02-24", "Russian troops crossed into Ukraine on Thursday.", []string{"RUSMIL UKR 192"}, nil},
	// rescue teams and field hospitals are humanitarian aid
	{"sent a rescue team", "2023-09-10", "Spain sent a rescue team to Morocco.", []string{"ESP MAR 073"}, nil},
	{"dispatched a field hospital", "2023-09-10", "Qatar dispatched a field hospital to Morocco.", []string{"QAT MAR 073"}, nil},
	{"sent medical teams", "2023-09-10", "Algeria sent search-and-rescue teams and medical teams to Morocco.", []string{"DZA MAR 073"}, nil},
	// the broker of a swap is not the releaser
	{"freed in a swap brokered by a third state", "2022-12-08", "Brittney Griner was freed in a prisoner swap between Russia and the United States that was brokered by the United Arab Emirates.", nil, []string{"ARE USA 0841", "ARE  0841"}},
	// the other half of a swap
	{"in exchange for prisoners held by a state", "2023-11-24", "Hamas freed 13 Israeli hostages in exchange for 39 Palestinian prisoners held by Israel.", []string{"PSEREB ISRCVL 0841", "ISR PSECVL 0841"}, nil},
	{"in return for prisoners jailed by a state", "2022-09-21", "Russia released ten foreign fighters in return for 55 Russian soldiers detained by Ukraine.", []string{"UKR RUSMIL 0841"}, nil},
	// energy supply cuts reduce economic relations
	{"cut gas flows", "2022-06-16", "Russia cut gas flows to Italy on Thursday.", []string{"RUS ITA 160"}, nil},
	{"cut off gas", "2022-04-27", "Russia cut off gas to Bulgaria and Poland.", []string{"RUS BGR 160", "RUS POL 160"}, nil},
	{"accusing him after a warrant", "2024-11-21", "The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu, accusing him of war crimes in Gaza.", []string{"IGOJUDICC ISRGOV 1124"}, []string{"IGOJUDICC PSE 112", "IGOJUDICC  112"}},
	{"a swap between two states brokered by a third", "2022-12-08", "It was a prisoner swap between Russia and the United States that was brokered by the United Arab Emirates.", []string{"ARE RUS 045", "ARE USA 045"}, nil},
}

func TestWarrantSwapEvents(t *testing.T) { checkWorld(t, warrantSwapTests) }

// courtSiegeTests are constructions (elections, court
// orders, riots, sieges; 2019–2025) once coded wrongly, in sentences
// written for sitrep. want: events that must be coded ("SRCCODE TGTCODE
// CAMEO"); not: prefixes no event may start with.
var courtSiegeTests = []worldCase{
	// a participle before a title describes, and "by" reaches past the title
	{"backed by jailed former prime minister", "2022-05-03", "Candidates backed by jailed former prime minister Nawaz Sharif won most seats in Punjab.",
		[]string{"PAKELI  051"}, []string{" PAKGOV 173", " PAK 173"}},
	{"a letter from detained opposition leader", "2022-05-03", "Belarusian activists read a letter from detained opposition leader Sergei Tikhanovsky.",
		nil, []string{"BLROPP "}},
	// a dissent in a vote is no protest
	{"governor dissented", "2022-05-03", "Bank of England policymaker Swati Dhingra dissented, preferring no change.", nil, []string{"GBR  14", "GBRBUS  14", "  14"}},
	{"judges dissenting", "2022-05-03", "In a 5-4 vote, with Israeli judges Esther Hayut and Uzi Vogelman dissenting, the court upheld the law.", nil, []string{"ISRJUD  14", "ISR  14"}},
	{"protesters protested stays a protest", "2022-05-03", "Kenyan students protested against the fee rise.", []string{"KENEDU  140"}, nil},
	// self-defence is no support, and what it is against is the other side's act
	{"will defend itself against any attack", "2022-05-03", "Taiwan will defend itself against any attack, the defence minister said.", nil, []string{"TWN  03", "TWN  18", "TWN  05"}},
	{"defended itself against demonym attacks", "2022-05-03", "Armenia defended itself against Azerbaijani attacks.", []string{"AZE ARM 180"}, []string{"ARM  180", "ARM AZE 05"}},
	{"defended another stays support", "2022-05-03", "China defended North Korea at the UN.", []string{"CHN PRK 052"}, nil},
	// the noun "funds" after a modifying actor gives nothing; freezing funds is a cut
	{"frozen EU funds", "2022-05-03", "Orban wants to unlock billions of euros in frozen EU funds.", nil, []string{"IGOEUREEC  07"}},
	{"access to EU funds", "2022-05-03", "Hungary is seeking access to EU funds.", nil, []string{"HUN  07"}},
	{"froze funds", "2022-05-03", "The EU froze funds for Hungary.", []string{"IGOEUREEC HUN 162"}, []string{"IGOEUREEC HUN 07"}},
	{"the EU funds projects stays funding", "2022-05-03", "The EU funds projects in Ghana.", []string{"IGOEUREEC  071"}, nil},
	// a participle adjunct's subject is the head of a possessive subject
	{"Country's paramilitary group shelled, killing", "2022-05-03", "Ethiopia's paramilitary Fano militia shelled Gondar on Friday, killing at least 15 civilians.",
		[]string{"MIL CVL 190"}, []string{"ETH CVL 190"}},
	{"Country's group attacked, killing", "2022-05-03", "Russia's Wagner group attacked the town, killing 20 civilians.", []string{"RUSUAF CVL 190"}, []string{"RUS CVL 190"}},
	// a person's supporters are not the person
	{"supporters of former President X stormed", "2021-01-07", "Thousands of supporters of former President Donald Trump stormed the US Capitol on Wednesday.",
		nil, []string{"USAGOV ", "USA "}},
	{"NAME supporters attacked", "2021-01-07", "Erdogan supporters attacked the newspaper offices in Istanbul.", []string{"TURCVL TUR 180"}, []string{"TURGOV "}},
	{"supporters of NAME attacked", "2021-01-07", "Supporters of Imran Khan attacked army buildings in Lahore.", []string{"PAKCVL PAK 180"}, []string{"PAK ", "PAKGOV "}},
	{"opponents of NAME attacked", "2013-07-03", "Opponents of Mohamed Mursi attacked the offices of the Brotherhood in Cairo.", []string{"EGYCVL  180"}, []string{"EGYGOV ", "EGY "}},
	{"supporters and opponents of NAME clashed, killing", "2013-07-03", "Clashes between supporters and opponents of Mohamed Mursi killed at least 14 people in Alexandria.", nil, []string{"EGYGOV ", "EGY "}},
	// breaking into a seat of power and setting it on fire
	{"broke into parliament", "2022-05-03", "Sri Lankan protesters broke into the parliament on Wednesday.", []string{"LKAOPP LKALEG 145"}, nil},
	{"broke into Country's parliament", "2022-05-03", "Protesters broke into Sri Lanka's parliament and set part of the building on fire.", []string{"OPP LKALEG 145", "OPP  1712"}, nil},
	{"a burglary is no riot", "2022-05-03", "Thieves broke into a house in Colombo.", nil, []string{" "}},
	// a flight into asylum or exile is no visit
	{"flew to a country that granted asylum", "2022-05-03", "Gotabaya Rajapaksa flew to the Maldives after the government there granted him asylum.", nil, []string{"LKAGOV MDV 04", "LKA MDV 04"}},
	{"fled into exile", "2022-05-03", "Ashraf Ghani flew to the United Arab Emirates and went into exile.", nil, []string{"AFGGOV ARE 04", "AFG ARE 04"}},
	{"flew to a capital for talks stays a visit", "2022-05-03", "Antony Blinken flew to Beijing for talks.", []string{"USAGOV CHN 042"}, nil},
	{"left for a country that granted asylum", "2019-11-12", "Evo Morales left for Mexico, which granted him asylum.", nil, []string{" MEX 04", "BOL MEX 04", "BOLGOV MEX 04"}},
	{"left for a capital stays a visit", "2023-06-17", "Antony Blinken left for Beijing for talks.", []string{"USAGOV CHN 042"}, nil},
	// a first-person passive in a quote makes the speaker the patient
	{"we will not be intimidated", "2022-05-03", `"We will not be intimidated by threats," Zelensky said.`, nil, []string{"UKRGOV  13", "UKR  13"}},
	{"we were threatened by X", "2022-05-03", `"We were threatened by Russia," Zelensky said.`, []string{"RUS UKRGOV 130"}, []string{"UKRGOV  13"}},
	{"we will attack stays a threat", "2022-05-03", `"We will attack Kyiv," the Russian commander said.`, []string{"RUSMIL UKR 138"}, nil},
	// a participle after "a warrant from X" is X's
	{"arrested on a warrant from the ICC accusing him", "2023-03-17", "Former Sudanese President Omar al-Bashir was arrested on a warrant from the International Criminal Court accusing him of genocide.",
		[]string{"IGOJUDICC SDNELI 112"}, []string{"SDNGOV  11"}},
	{"a report by X accusing Y", "2023-03-17", "The minister cited a report by Amnesty International accusing Ethiopia of war crimes.", []string{"NGOHRI ETH 1124"}, nil},
	// "The (new) government" opening a clause in a story set in one country
	{"The new government expelled demonym diplomats", "2022-05-03", "KAMPALA, Uganda — The new government expelled Kenyan diplomats on Friday.", []string{"UGAGOV KENGOV 166"}, nil},
	{"The government expelled, after a dateline", "2022-05-03", "QUITO, Ecuador — The government expelled the Mexican ambassador.", []string{"ECUGOV MEXGOV 166"}, nil},
	{"The government without a setting stays unknown", "2022-05-03", "The government expelled Kenyan diplomats on Friday.", nil, []string{"UGA"}},
	// a second adjunct after a long first one shares the main subject
	{"ending … rule by the X and Y party and promising", "2023-12-13", "Luiz Inacio Lula da Silva took office on Sunday, ending four years of rule by the Liberal Party of Brazil and promising to repair relations with the European Union.",
		[]string{"BRAGOV  030"}, []string{"BRAPTY ", "BRA  030"}},
	{"jailed a former prime minister stays an arrest", "2022-05-03", "Pakistan jailed former prime minister Nawaz Sharif on Tuesday.", []string{"PAK PAKELI 173"}, nil},
}

func TestCourtSiegeEvents(t *testing.T) { checkWorld(t, courtSiegeTests) }

// phoneDiplomacyTests are constructions (disasters,
// coups, phone diplomacy, bank failures; 2004–2025) once coded wrongly,
// in sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var phoneDiplomacyTests = []worldCase{
	// a fronted "In <Place>," is where, never who
	{"In Country, waves swept, killing", "2010-02-28", "In Chile, waves swept through the port of Talcahuano, killing about 300 people.", nil, []string{"CHL "}},
	{"In Country, a car bomb exploded, killing", "2010-02-28", "In Pakistan, a car bomb exploded near a mosque, killing 30 people.", nil, []string{"PAK "}},
	{"In the Country, militants attacked, killing", "2010-02-28", "In the Philippines, Abu Sayyaf militants raided a village, killing 11 people.", nil, []string{"PHL "}},
	{"In compass Country, a suicide bomber, killing", "2010-02-28", "In northern Iraq, a suicide bomber blew himself up at a checkpoint, killing 30 people.", []string{"IRQREB CVL 1831"}, []string{"IRQ "}},
	{"In City, a suicide bomber, killing", "2010-02-28", "In Kabul, a suicide bomber blew himself up at a checkpoint, killing 30 people.", []string{"AFGREB CVL 1831"}, []string{"AFG "}},
	{"Country's army attacked, killing stays the army", "2010-02-28", "Sri Lanka's army attacked the rebel town, killing 40 people.", []string{"LKAMIL CVL 190"}, nil},
	// a leader's phone call, and the praise it was made for
	{"called X on weekday to discuss", "2022-05-03", "Olaf Scholz called Volodymyr Zelensky on Tuesday to discuss the grain deal.", []string{"DEUGOV UKRGOV 041", "UKRGOV DEUGOV 041"}, nil},
	{"called X on weekday", "2022-05-03", "Recep Tayyip Erdogan called Vladimir Putin late on Tuesday.", []string{"TURGOV RUSGOV 041", "RUSGOV TURGOV 041"}, nil},
	{"called X to congratulate her", "2023-05-03", "Rishi Sunak called Giorgia Meloni to congratulate her.", []string{"GBRGOV ITAGOV 041", "GBRGOV ITAGOV 051"}, nil},
	{"telephoned X to thank him", "2023-05-03", "Volodymyr Zelensky telephoned Rishi Sunak to thank him.", []string{"UKRGOV GBRGOV 041", "UKRGOV GBRGOV 051"}, []string{"UKRGOV  051"}},
	{"called X a name stays criticism", "2022-05-03", "Volodymyr Zelensky called Vladimir Putin a war criminal.", []string{"UKRGOV RUSGOV 111"}, []string{"UKRGOV RUSGOV 041"}},
	// casualties of an industrial accident are no assault
	{"killed in an explosion at a plant", "2020-08-05", "Three workers were killed in an explosion at a fertiliser plant in Gujarat.", nil, []string{" LAB 19", " CVL 19", "  19"}},
	{"a fire at a factory killed", "2020-08-05", "A fire at a textile factory killed 40 people.", nil, []string{"  19", " CVL 19"}},
	{"miners injured in the blast", "2020-08-05", "Six miners were injured in the blast.", nil, []string{"  19", " LAB 19"}},
	{"killed in an explosion at a market stays an attack", "2020-08-05", "Twelve people were killed in an explosion at a market.", []string{" CVL 190"}, nil},
	{"a bomb at a plant stays an attack", "2020-08-05", "Two workers were killed when a bomb exploded at a gas plant.", []string{" LAB 190"}, nil},
	// the group whose positions are struck is the target, not the state they are in
	{"struck demonym rebel positions in Country", "2014-09-24", "French jets struck Islamist rebel positions in northern Niger.", []string{"FRAMIL NERREB 195"}, []string{"FRAMIL NER 19"}},
	{"bombed militant hideouts in Country", "2014-09-24", "Pakistani jets bombed militant hideouts in Afghanistan.", []string{"PAKMIL AFGREB 195"}, []string{"PAKMIL AFG 19"}},
	{"hit army positions in Country", "2014-09-24", "Russian aircraft hit army positions in Ukraine.", []string{"RUS UKRMIL 195"}, nil},
	{"refugee camps stay a place", "2014-09-24", "Jordanian police raided refugee camps in Jordan.", nil, []string{"JORCOP JORREF", "JORCOP REF"}},
	// "accusing it of …": it is the main clause's object; the charge names no target
	{"cut ties with X, accusing it of ties to Y", "2018-05-01", "Morocco cut diplomatic ties with Iran, accusing it of supporting the Polisario Front through Hezbollah.", []string{"MAR IRN 112"}, []string{"MAR LBN", "MAR  112", "MAR IMGREB 112"}},
	{"accusing it of being close to Country", "2018-05-01", "Bahrain cut ties with Qatar, accusing it of being too close to Iran.", []string{"BHR QAT 112"}, []string{"BHR IRN"}},
	{"accusing it of backing: it acts", "2018-05-01", "The United States imposed sanctions on Venezuela, accusing it of backing armed groups in Colombia.", []string{"USA VEN 112"}, []string{"USA  051", "USA UAF 051", "VEN"}},
	// ", and a team from X arrived" has its own subject; what is discussed is no act
	{", and a team from Org arrived", "2010-05-02", "Greece asked Germany for help, and a delegation from the European Central Bank arrived in Athens.",
		[]string{"IGOEUREEC GRC 042"}, []string{"DEU GRC 042", "DEU  042"}},
	{", and a team of experts arrived", "2010-05-02", "Greece asked Germany for help, and a team of experts arrived in Athens.", nil, []string{"DEU GRC 04", "DEU  04"}},
	{"arrived to discuss support", "2010-05-02", "A delegation from the European Union arrived in Kyiv to discuss budget support.", []string{"IGOEUREEC UKR 042"}, []string{"IGOEUREEC  051", "UKR  051"}},
	// attacks "against it" are aimed at the subject; feared ones are no act
	{"would not tolerate … to launch attacks against it", "2019-02-20", "Narendra Modi said India would not allow any country to use its soil to launch attacks against it.", nil, []string{"IND  18", "INDGOV  18", "IND  19"}},
	{"militants launched attacks against it: it is the speaker", "2019-02-20", "Pakistan said militants launched attacks against it.", []string{"REB PAK 180", "PAK REB 112"}, []string{" REB 18", "PAK  18"}},
	{"X and Y launched attacks on it", "2019-02-20", "Russia said Ukraine and Britain launched attacks on it.", []string{"UKR RUS 180", "GBR RUS 180"}, []string{"RUS  18"}},
	{"will not tolerate attacks against it", "2019-02-20", "Turkey will not tolerate attacks against it.", []string{" TUR 180 neg"}, []string{"TUR  18"}},
	{"would respond to attacks on it stays a threat", "2019-02-20", "Israel said it would respond to any attacks on it.", []string{"ISR  138"}, nil},
	// frozen assets are their owner's; a demonym before "assets" is where they are
	{"froze the demonym assets of demonym bank X", "2022-03-01", "Germany froze the German assets of Russian lender Sberbank.", []string{"DEU RUS 163"}, []string{"DEU DEU"}},
	{"froze demonym assets", "2022-03-01", "Germany froze German assets.", []string{"DEU  163"}, []string{"DEU DEU"}},
	{"froze the assets of Country's bank stays", "2022-03-01", "The United States froze the assets of Afghanistan's central bank.", []string{"USA AFG 163"}, nil},
}

func TestPhoneDiplomacyEvents(t *testing.T) { checkWorld(t, phoneDiplomacyTests) }

// eventCodeTests are event codes once found wrong, in
// sentences written for sitrep ("SRCCODE TGTCODE CAMEO" wanted; prefixes
// no event may start with).
var eventCodeTests = []worldCase{
	// seizing a town is occupying territory, the verb its trigger
	{"rebels seized the town of X", "2014-06-11", "Islamist rebels seized the town of Tal Afar on Wednesday.", []string{"REB IRQ 192"}, []string{"REB IRQ 190"}},
	{"troops captured the northern city", "2014-06-11", "Government troops captured the northern city on Sunday.", []string{"MIL  192"}, []string{"MIL  190"}},
	{"recaptured the town from militants stays fighting", "2015-03-31", "Iraqi troops recaptured the town of Tikrit from Islamic State militants.", []string{"IRQMIL IMGREB 190"}, nil},
	// armed forces take over a broadcaster and block roads: no protest
	{"soldiers took over the state broadcaster", "2021-02-01", "Soldiers took over the state broadcaster and blocked roads to the parliament.", []string{"MIL MED 171", "MIL  191"}, []string{"MIL  14"}},
	{"police blocked roads", "2021-02-01", "Police blocked roads leading to the square.", []string{"COP  191"}, []string{"COP  14"}},
	{"protesters blocking roads stay a protest", "2021-02-01", "Farmers blocked roads leading to the capital.", []string{"AGR  144"}, nil},
	// declaring national mourning is the declarer's sympathy; "national" is no actor
	{"declared days of national mourning", "2019-04-22", "Kenya's president declared three days of national mourning.", []string{"KENGOV  018"}, []string{"KENGOV  010", "CVL", "KEN  010"}},
	// dismissing a government or firing an official is an administrative sanction
	{"dismissed the regional government", "2019-04-22", "Narendra Modi dismissed the state government of Kashmir.", []string{"INDGOV  172"}, nil},
	{"fired the vice president", "2018-03-01", "Omar al-Bashir fired Vice President Bakri Hassan Saleh.", []string{"SDNGOV SDNGOV 172"}, nil},
	{"a court dismissed the case stays no event", "2019-04-22", "A Kenyan court dismissed the case against the minister.", nil, []string{"KENJUD  172", "KENJUD  11"}},
	{"a club fired its coach stays no event", "2019-04-22", "Chelsea fired its coach on Sunday.", nil, []string{"  172"}},
	{"fired on the convoy stays an attack", "2019-04-22", "Sudanese troops fired on the president's convoy.", nil, []string{"SDNMIL  172"}},
	// the pronoun of a ", where they …" clause is the main subject
	{"stormed the hotel, where they took hostages", "2015-11-21", "Gunmen stormed the Radisson Blu hotel in Bamako, where they took 170 people hostage.", []string{"UAF MLICVL 181"}, nil},
	{"attacked, after which they seized the town", "2015-11-21", "Rebels attacked an army post, after which they seized the town.", []string{"REB  192"}, nil},
	// orgs after "served as the <Org> envoy" are principals, not the participle's subject
	{"served as the org's envoy, resigning", "2018-08-18", "Lakhdar Brahimi served as the UN-Arab League envoy for Syria, resigning in 2014.", nil, []string{"IGOUNO  0831", "IGOMEAARL  0831"}},
	// a coordinated verb in a ", but <subject> …" clause is that subject's
	{"but protesters returned and set fire", "2022-07-10", "COLOMBO — Sri Lanka's President Gotabaya Rajapaksa fled on Saturday after months of protests.\n\nThe government imposed a curfew, but protesters returned on Sunday and set fire to the prime minister's house.",
		[]string{"OPP  1712"}, []string{"LKAGOV  1712"}},
	// "the two sides" after a fronted date is the pair named before
	{"On <date>, the two countries signed", "2018-07-10", "Ethiopia and Eritrea fought a border war. On July 9, 2018, the two countries signed a peace agreement in Asmara.",
		[]string{"ETH ERI 057", "ERI ETH 057"}, nil},
	{"an actor before the comma keeps its clause", "2018-07-10", "Ethiopia and Eritrea fought a border war. Egypt said on Monday, the two countries must talk.",
		nil, []string{"ETH ERI 01", "ERI ETH 01"}},
}

func TestEventCodes(t *testing.T) { checkWorld(t, eventCodeTests) }

// referendumTests are constructions (wars, referendums,
// coups and political disputes; 2006–2023) once coded wrongly, in
// sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var referendumTests = []worldCase{
	// politicians and parties clash in words; armed sides and states fight
	{"two leaders clashed with each other over a bill", "2021-03-02", "Opposition leader Raila Odinga clashed with President Uhuru Kenyatta over the tax bill.",
		[]string{"KENOPP KENGOV 111", "KENGOV KENOPP 111"}, []string{"KENOPP KENGOV 19", "KENGOV KENOPP 19"}},
	{"a cleric clashed with a party", "2021-03-02", "Archbishop Desmond Tutu clashed with the African National Congress.", nil, []string{" ZAFPTY 19", "ZAFPTY  19", "ZAF ZAFPTY 19", "ZAFPTY ZAF 19"}},
	{"a leader clashed with an international body", "2021-03-02", "Viktor Orban clashed with the European Union over migrants.", nil, []string{"HUNGOV IGOEUREEC 19", "IGOEUREEC HUNGOV 19"}},
	{"states clashing still fight", "2021-03-02", "Armenia clashed with Azerbaijan on the border.", []string{"ARM AZE 190", "AZE ARM 190"}, nil},
	{"leaders with casualties still fight", "2021-03-02", "Raila Odinga clashed with Uhuru Kenyatta in Kisumu, and two people were killed.", nil, []string{"KEN KENGOV 111"}},
	// a state of war declared at home is emergency rule, no attack
	{"declared a state of war", "2022-02-24", "President Volodymyr Zelensky declared a state of war and called up reservists.", []string{"UKRGOV UKR 1724"}, []string{"UKRGOV  190"}},
	{"declared war on X stays war", "2022-02-24", "Russia declared war on Ukraine.", []string{"RUS UKR 190"}, nil},
	// a march towards a place is a demonstration
	{"marched towards the centre", "2022-01-05", "Thousands of protesters marched towards the centre of Almaty.", []string{"KAZOPP KAZ 141"}, nil},
	// independence from a state is no support of it
	{"backed independence from X", "2019-12-11", "South Sudan's voters overwhelmingly backed independence from Sudan.", nil, []string{"SSD SDN 05"}},
	{"backed the plan stays support", "2019-12-11", "Australia backed the plan of Papua New Guinea.", []string{"AUS PNG 051"}, nil},
	// a passive release names the freed, the releaser stays unknown
	{"was released from detention", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from detention on Monday.", []string{"PAKCOP PAKELI 0841"}, nil},
	{"were freed by X", "2018-03-04", "The hostages were freed by Hamas on Sunday.", []string{"PSEREB CVL 0841"}, nil},
	{"a released report frees nobody", "2018-03-04", "The report was released by the ministry on Monday.", nil, []string{" "}},
}

func TestReferendumEvents(t *testing.T) { checkWorld(t, referendumTests) }

// referendumMoreTests are further cases of the same kinds.
var referendumMoreTests = []worldCase{
	// "from <place>" after a passive release is where from, not by whom
	{"released from a compound", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from a United Nations compound.", []string{" PAKELI 0841"}, []string{"IGOUNO "}},
	{"released from a city", "2018-03-04", "Imran Khan was released from Lahore.", nil, []string{"PAK PAK 0841"}},
	{"released from a state's prison", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from Pakistan's Adiala jail.", []string{"PAK PAKELI 0841"}, nil},
	{"who was released", "2018-03-04", "Former Pakistani prime minister Nawaz Sharif, who was released in 2018, returned to Lahore.", []string{" PAKELI 0841"}, nil},
	{"freed from a group's captivity", "2018-03-04", "The hostages were freed from Hamas captivity.", []string{"PSEREB CVL 0841"}, nil},
	// an actor inside an appositive's relative clause is no speaker
	{"X, a former officer who heads the special forces, said", "2021-09-05", "Colonel Assimi Goita, a former officer who heads the special forces unit, said the junta would hold elections.",
		[]string{"MLIGOV  010"}, []string{"MIL  010"}},
	// running for office is no appeal
	{"who is seeking a second term", "2022-04-10", "Emmanuel Macron, who is seeking a second term, campaigned in Lille.", nil, []string{"FRAGOV  02"}},
	{"seeking re-election", "2022-04-10", "President Emmanuel Macron is seeking re-election.", nil, []string{"FRAGOV  02"}},
	{"seeking help stays an appeal", "2022-04-10", "Ukraine sought help from the United Nations.", []string{"UKR IGOUNO 023"}, nil},
	// a message of congratulations praises
	{"sent a message of congratulations", "2022-05-10", "Chinese President Xi Jinping sent a message of congratulations to Ferdinand Marcos.", []string{"CHNGOV  051"}, nil},
	// extradition approved or suffered is judicial cooperation with the requesting state
	{"approved the extradition of X to Y", "2022-05-10", "A British court approved the extradition of Julian Assange to the United States.", []string{"GBRJUD USA 063"}, nil},
	{"X was extradited to Y", "2022-05-10", "Former Honduran president Juan Orlando Hernandez was extradited to the United States on Thursday.", []string{" USA 063"}, []string{" HND", " HNDGOV", "HND"}},
	// a travel ban restricts
	{"had been barred from leaving the country", "2019-04-11", "Officials said Omar al-Bashir had been barred from leaving the country.", []string{" SDNGOV 172"}, nil},
	{"barred X from leaving", "2019-04-11", "Sudan barred Omar al-Bashir from leaving the country.", []string{"SDN SDNGOV 172"}, nil},
	// "set it on fire" burns the object stormed before
	{"stormed X and set it on fire", "2014-10-31", "Thousands of Burkinabe protesters stormed the parliament of Burkina Faso and set it on fire.", []string{"BFAOPP BFALEG 1712"}, nil},
	// an attack noun with a passive "planned/carried out by" agent is the agent's attack
	{"the siege, which left N dead, was planned by gunmen", "2013-09-25", "The siege of the Radisson hotel in Bamako, which left 20 people dead, was planned for weeks by a cell of gunmen.", []string{"UAF  180"}, nil},
	{"the attack on X was carried out by Y", "2013-09-25", "The attack on Kenya was carried out by al-Shabaab.", []string{"SOMREB KEN 180"}, nil},
	{"the attack was condemned by X is no attack by X", "2013-09-25", "The attack was condemned by France.", nil, []string{"FRA  18"}},
}

func TestReferendumMoreEvents(t *testing.T) { checkWorld(t, referendumMoreTests) }

// peaceSanctionTests are constructions (peace deals,
// sanctions, disasters, elections; 2005–2018) once coded wrongly, in
// sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var peaceSanctionTests = []worldCase{
	// a trigger word that modifies a noun of equipment is no verb
	{"weapons such as attack helicopters", "2010-06-09", "The embargo bars Syria from buying heavy weapons such as attack helicopters.", nil, []string{"SYR  18"}},
	{"an assault rifle", "2010-06-09", "Police in Chile seized assault rifles and grenades.", nil, []string{"CHLCOP  18"}},
	{"a strike force", "2010-06-09", "Israel sent a strike force of warships to the coast.", nil, []string{"ISR  19", "ISR  18"}},
	{"X attack Y stays an attack", "2010-06-09", "Rebels attack helicopters at the base near Goma.", []string{"REB COD 180"}, nil},
	{"to attack ships stays an attack", "2010-06-09", "Somali pirates threatened to attack ships in the Gulf of Aden.", []string{"SOMCRM  1384"}, nil},
	// "blew themselves up" is a suicide bombing, with no casualty clause
	{"blew themselves up outside a stadium", "2015-11-14", "Two suicide bombers blew themselves up outside a stadium in Lahore on Friday.", []string{"PAKREB  1831"}, nil},
	{"blew himself up at a checkpoint", "2015-11-14", "A bomber blew himself up at a police checkpoint in Kabul.", []string{"UAF  1831"}, nil},
	// a coordinated signer with a title of its own is still a signer
	{"X and opposition leader Y signed", "2008-02-28", "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement on Thursday.",
		[]string{"KENGOV KENOPP 057", "KENOPP KENGOV 057"}, nil},
	{"X and Prime Minister Y signed", "2009-01-19", "Russian President Dmitry Medvedev and Prime Minister Vladimir Putin signed the treaty.",
		[]string{"RUSGOV RUSGOV 057"}, nil},
	{"a title of a plural stays an actor", "2008-02-28", "Police and opposition supporters clashed in Kisumu.", []string{"KENCOP KENOPP 190", "KENOPP KENCOP 190"}, nil},
	// "<Country>'s <title>, <Name>, said" is one statement, by the person
	{"the leader of X, Name, and Y signed keeps both", "2016-09-26", "Juan Manuel Santos and the leader of the FARC, Rodrigo Londono, signed the accord.", []string{"COLGOV COLREB 057"}, nil},
	// states voting against a measure reject it
	{"X and Y voted against", "2010-06-09", "Nine members voted in favour, while Russia and China voted against, and India abstained.", []string{"RUS  120", "CHN  120"}, []string{"IND "}},
	{"voted against the resolution", "2010-06-09", "Venezuela voted against the resolution on Thursday.", []string{"VEN  120"}, nil},
	// gangs burning a building is arson by a generic agent, who owns the
	// killings; seeking shelter is no appeal
	{"gangs burned a church, killing", "2008-01-02", "Gangs burned a mosque near Jos on Tuesday, killing about 20 people who had sought shelter inside.",
		[]string{"CRM NGA 1712", "CRM CVL 190"}, []string{"CVL  02"}},
	{"rioters burned shops", "2008-01-02", "Rioters burned shops in the market of Kaduna.", []string{"NGAOPP NGA 1712"}, nil},
	// "gave X <duration> to <verb> or <verb>" is an ultimatum; the infinitive did not happen
	{"gave companies 90 days to sign or leave", "2007-05-01", "Ecuador's President Rafael Correa gave foreign oil companies 90 days to sign new contracts or leave the country.",
		[]string{"ECUGOV BUS 139"}, []string{"BUS  05"}},
	{"gave the rebels 48 hours to surrender", "2007-05-01", "The army gave the rebels 48 hours to surrender.", []string{"MIL REB 139"}, []string{"REB  08"}},
	// ordering a ship somewhere is a deployment, done, not a demand or a promise
	{"pledged aid and ordered a carrier to", "2010-01-13", "French President Nicolas Sarkozy pledged aid and ordered two warships to the island.", []string{"FRAGOV  154"}, []string{"FRAGOV  10"}},
	// "by <org> <title> <Name>": the person acted, not the organisation
	{"mediated by former U.N. Secretary-General X", "2008-02-28", "The deal followed talks mediated by former U.N. Secretary-General Kofi Annan in Nairobi.", []string{"GHAELI  045"}, []string{"IGOUNO "}},
	{"mediated by the U.N. alone stays the U.N.", "2008-02-28", "The deal followed talks mediated by the United Nations in Nairobi.", []string{"IGOUNO  045"}, nil},
	// ", and <agent> <verb>" after a clause opens a new clause, not a longer list
	{"shot protesters in A and B, and gangs burned", "2008-01-02", "Police shot dead protesters in Jos and Kano, and gangs burned a mosque near Kaduna, killing 12 people.",
		[]string{"CRM NGA 1712", "CRM CVL 190"}, []string{"COP CRM", "NGAOPP NGA 1712", "NGAOPP CVL 190"}},
	{"said A, B, and C condemned stays a list", "2008-01-02", "Officials said Britain, France, and Germany condemned the coup.", []string{"GBR  111", "FRA  111", "DEU  111"}, nil},
	{"ordered troops to occupy … and gave", "2007-05-01", "QUITO (AP) - President Rafael Correa ordered troops to occupy the oil fields on Monday and gave foreign companies 90 days to sign new contracts.",
		[]string{"ECUGOV BUS 139"}, []string{"MIL BUS 139"}},
}

func TestPeaceSanctionEvents(t *testing.T) { checkWorld(t, peaceSanctionTests) }

// wireAttributionTests are constructions (wars, strikes,
// wire attributions; 2018–2023) once coded wrongly, in sentences
// written for sitrep. want: events that must be coded ("SRCCODE TGTCODE
// CAMEO"); not: prefixes no event may start with.
var wireAttributionTests = []worldCase{
	// a weapon subject is an attack by someone unknown
	{"an air strike hit a market, killing", "2019-03-02", "An air strike hit a bazaar in Idlib, killing nine people.", []string{" CVL 195"}, nil},
	{"a drone strike killed", "2019-03-02", "A drone strike killed four people near the border.", []string{" CVL 195"}, nil},
	{"shelling killed", "2019-03-02", "Shelling killed six people in Donetsk.", []string{" UKRCVL 194"}, nil},
	{"a car bomb exploded, killing", "2019-03-02", "A car bomb exploded outside a mosque, killing 20 people.", []string{" CVL 183"}, nil},
	{"air strikes hit a hospital in a city", "2019-03-02", "Air strikes hit a clinic in Aleppo on Monday.", []string{" SYR 195"}, nil},
	// a weapon's attack or fire is the weapon; coordinated weapons are one subject
	{"a mortar attack killed", "2019-03-02", "A mortar attack killed five people near the border.", []string{" CVL 190"}, nil},
	{"a suicide attack killed", "2019-03-02", "A suicide attack killed five people near the border.", []string{" CVL 183"}, nil},
	{"mortar fire killed", "2019-03-02", "Mortar fire killed five people near the border.", []string{" CVL 190"}, nil},
	{"a rocket attack and a car bombing killed", "2019-03-02", "A rocket attack and a car bombing killed five people near the border.", []string{" CVL 190"}, nil},
	{"air strikes and shelling killed", "2019-03-02", "Air strikes and shelling killed five people near the border.", []string{" CVL 195"}, nil},
	{"a car bomb targeted", "2019-03-02", "A car bomb targeted an army checkpoint in Kandahar.", []string{" AFGMIL 183"}, nil},
	{"a state's missiles targeted", "2019-03-02", "Russian missiles targeted a power plant in Kharkiv.", []string{"RUSMIL UKR 190"}, nil},
	{"sanctions that target are no weapon", "2019-03-02", "The new sanctions targeted Iranian banks.", nil, []string{" "}},
	{"a verbal attack is no weapon", "2019-03-02", "A scathing attack killed the bill in the senate.", nil, []string{" "}},
	{"a gas explosion stays an accident", "2019-03-02", "A gas explosion killed 12 workers at a plant.", nil, []string{" "}},
	{"a labour strike is no weapon", "2019-03-02", "The strike hit rail services, stranding thousands of people.", nil, []string{" "}},
	{"a strike by a named attacker keeps it", "2019-03-02", "Israeli air strikes hit a clinic in Gaza.", []string{"ISRMIL PSE 195"}, []string{" "}},
	// the outlet told is the addressee, never the one who demands
	{"X told Reuters that Y must", "2019-03-02", "Sergei Lavrov told Reuters that Ukraine must withdraw its troops.", []string{"RUSGOV UKR 100"}, []string{"MED", "GBRMED"}},
	{"X told the BBC that Y must", "2019-03-02", "Iran told the BBC that inspectors must leave.", []string{"IRN  100"}, []string{"MED", "GBRMED"}},
	// "told reporters" is a statement like "said"; "was told" has no speaker
	{"X told reporters that", "2019-03-02", "Mike Pompeo told reporters in Hanoi that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"quote, X told reporters", "2019-03-02", "\"We will not give up,\" Mike Pompeo told reporters.", []string{"USAGOV  010"}, nil},
	{"X added that", "2019-03-02", "Mike Pompeo added that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"X acknowledged that", "2019-03-02", "Mike Pompeo acknowledged that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"X was told", "2019-03-02", "Mike Pompeo was told that the talks had failed.", nil, []string{" "}},
	// a labour strike is a strike (143), never armed force or a threat of it
	{"workers will strike on a date", "2019-03-02", "Postal workers will strike on March 9.", []string{"LAB  143"}, []string{"LAB  138", "LAB  19"}},
	{"walked out in the largest strike", "2019-03-02", "Thousands of teachers walked out on Monday in the biggest strike in the history of the Ontario Teachers Federation.", []string{"  143"}, []string{"  19"}},
	{"a state's strike stays a threat", "2019-03-02", "Israel will strike Iran if it must.", []string{"ISR IRN 138"}, nil},
	// a conditional sanction is a threat of sanctions (1312), as "will impose sanctions" is; a conditional border closure stays 130
	{"may impose sanctions if", "2021-06-01", "Canada may impose sanctions on Nicaragua if the government does not free opposition leaders.", []string{"CAN NIC 1312"}, []string{"CAN NIC 130"}},
	{"could close its border if", "2021-06-01", "Kazakhstan could close its border with Kyrgyzstan if the fighting spreads.", []string{"KAZ KGZ 130"}, nil},
	// a conditional use of force is a threat of force (138), as "will strike" is
	{"could send troops to X if", "2023-08-10", "ECOWAS said it could send troops to Niger if diplomacy fails.", []string{"IGOWAFWAS NER 138"}, []string{"IGOWAFWAS NER 130"}},
	{"could strike X if", "2023-08-10", "Israel could strike Iran's nuclear sites if talks fail.", []string{"ISR IRN 138"}, []string{"ISR IRN 130"}},
	// cooperation that may happen on a condition is a guess, no act or promise
	{"may sign a deal if", "2021-06-01", "Chile and Peru may sign a fishing agreement next month if the talks in Lima go well, an official said.", nil, []string{"CHL PER", "PER CHL"}},
	{"will sign a deal if stays a promise", "2021-06-01", "Chile will sign a fishing agreement with Peru if the talks in Lima go well.", []string{"CHL PER 030"}, nil},
	// a trailing "…, state television said" is no statement by the content's subject
	{"X died, state television said", "2019-03-02", "Robert Mugabe died on Friday in Singapore, state television said.", nil, []string{"ZWE  010", "ZWEGOV  010"}},
	{"X met Y, state television said", "2019-03-02", "Kim Jong Un met Vladimir Putin in Vladivostok, state television said.", []string{"PRKGOV RUSGOV 040"}, []string{"PRK  010", "PRKGOV  010"}},
	{"X met Y, Syrian state media said", "2019-03-02", "Bashar al-Assad met Vladimir Putin in Sochi, Syrian state media said.", []string{"SYRGOVMED  010"}, []string{"SYRGOV  010"}},
	// "…, a move his opponents denounced": the opponents' act against the
	// mover, not the possessor's
	{"a move his critics condemned", "2019-03-02", "Nicolas Maduro expelled the German ambassador Daniel Kriener, a move his critics condemned.", []string{" VENGOV 111"}, []string{"DEU  111", "DEUGOV  111"}},
	{"a move the United States criticised", "2019-03-02", "Nicolas Maduro expelled the German ambassador, a move the United States criticised.", []string{"USA VENGOV 111"}, nil},
}

func TestWireAttributionEvents(t *testing.T) { checkWorld(t, wireAttributionTests) }

// wireDiplomacyTests are constructions (wire copy on
// diplomacy, wars and elections, 2008–2024) once coded wrongly, in
// sentences written for sitrep. want: events that
// must be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may
// start with.
var wireDiplomacyTests = []worldCase{
	// an irregular past verb before a capitalised title is the verb, the title the object's
	{"met Secretary of State Name", "2015-07-20", "Sergei Lavrov met Secretary of State John Kerry on Monday.", []string{"RUSGOV USAGOV 040"}, nil},
	// "<speaker> said <N> <members> of <org> were killed": the org's people were attacked
	{"said two members of the org were killed", "2023-04-17", "Officials said two members of the Red Cross were killed near Goma on Saturday.", []string{" NGO 190"}, nil},
	{"X said three staff of Y were killed", "2023-04-17", "Kenya said three staff of the World Food Programme were killed in an ambush.", []string{"KEN  010", " IGOUNO 190"}, nil},
	{"said the two sides agreed stays nobody's", "2023-04-17", "Kenya said the two sides agreed to a ceasefire with Ethiopia.", nil, []string{"KEN ETH 03"}},
	// the other side of a clash the victims died in did the harm
	{"killed in a clash with Chinese troops", "2020-06-16", "Twenty Indian soldiers were killed in a clash with Chinese troops on Monday night.", []string{"CHNMIL INDMIL 190"}, nil},
	{"died in clashes with security forces", "2020-06-16", "Five protesters died in clashes with Kenyan police in Kisumu.", []string{"KENCOP KENOPP 190"}, nil},
	{"killed in clashes in a city stays unknown", "2020-06-16", "Five protesters were killed in clashes in Kisumu.", nil, []string{"KEN "}},
	// a negation word inside a name negates nothing
	{"employees of Doctors Without Borders were killed", "2023-04-17", "Two employees of Doctors Without Borders were killed on Saturday.", []string{" NGO 190"}, nil},
	// "gave <someone> <N> hours to leave" expels them
	{"gave Ambassador Name 24 hours to leave", "2018-08-06", "The Saudi foreign ministry gave Canadian Ambassador Dennis Horak 24 hours to leave the kingdom.", []string{"SAUGOV CANGOV 166"}, []string{"SAUGOV CANGOV 139"}},
	{"gave foreign reporters 48 hours to leave", "2018-08-06", "Sudan gave foreign journalists 48 hours to leave the country.", []string{"SDN MED 174"}, []string{"SDN MED 139"}},
	{"ordered the expulsion of an ambassador", "2022-01-31", "Mali's junta ordered the expulsion of the French ambassador.", []string{"MLIMIL FRAGOV 166"}, []string{"MLIMIL FRAGOV 100"}},
	{"announced the expulsion of diplomats", "2021-04-15", "Russia announced the expulsion of 10 U.S. diplomats.", []string{"RUS USAGOV 166"}, nil},
	{"an owner state before a ship is the ship's", "2008-11-17", "Somali pirates hijacked a Greek-owned bulk carrier off the coast of Oman.", []string{"SOMCRM GRC 181"}, []string{"SOMCRM OMN"}},
	{"an owner state before a tanker is the tanker's", "2019-07-19", "Iran seized a Greek-owned tanker in the Gulf.", []string{"IRN GRC 171"}, nil},
	{"an owner state before firms stays a modifier", "2019-07-19", "China sanctioned US-owned firms.", nil, []string{"CHN USA"}},
	{"gave the rebels 48 hours to surrender stays an ultimatum", "2018-08-06", "The army gave the rebels 48 hours to surrender.", []string{"MIL REB 139"}, nil},
	// a statement verb in the passive speaks of its subject, not to it
	{"was declared the winner", "2020-08-10", "Lukashenko was declared the winner of the election.", nil, []string{" BLRGOV 010", " BLR 010"}},
	{"was announced by the ministry", "2020-08-10", "The result was announced by the Belarusian interior ministry on Monday.", []string{"BLR  010"}, nil},
	// a crowd forcing a leader out coerces him, and he concedes
	{"mass protests forced X from office", "2021-09-18", "Mass protests forced Abdelaziz Bouteflika from office in 2019.", []string{" DZA 170", "DZA  0831"}, nil},
	{"protesters forced X to resign", "2018-04-23", "Protesters forced Serzh Sargsyan to resign.", []string{"OPP ARMGOV 170", "ARMGOV  0831"}, nil},
	{"who ruled before mass protests forced him from office", "2021-09-18", "Abdelaziz Bouteflika, who ruled Algeria for two decades before mass protests forced him from office in 2019, died on Friday.",
		[]string{" DZA 170", "DZA  0831"}, nil},
	{"ruled the country for years negates nothing", "2021-09-18", "Bouteflika, who ruled the country for two decades, met Emmanuel Macron in Algiers.", []string{"DZA FRAGOV 040"}, []string{"DZA FRAGOV 040 neg"}},
	{"police forced protesters from the square stays no concession", "2018-04-23", "Police forced protesters from the square.", nil, []string{"OPP  0831"}},
}

func TestWireDiplomacyEvents(t *testing.T) { checkWorld(t, wireDiplomacyTests) }

// speakerBodyTests are statements whose speaker the quotes layer resolved to a
// person while the sentence names a country, body or outlet, and related
// constructions, in sentences written for sitrep. want: events that must be
// coded ("SRCCODE TGTCODE CAMEO");
// not: prefixes no event may start with.
var speakerBodyTests = []worldCase{
	{"published a letter in a newspaper saying: the writer, not the paper", "2019-03-14",
		"Nicolas Maduro published a letter in the state newspaper Correo del Orinoco on Friday saying the sanctions had failed.",
		[]string{"VENGOV  010"}, []string{"  010"}},
	// an own envoy recalled from a capital: relations reduced toward its country
	{"recalled its own envoy from a capital", "2021-04-20", "Kenya recalled its own envoy from Kampala on Tuesday.", []string{"KEN UGA 161"}, []string{"KEN UGAGOV", "KEN GOV"}},
	{"recalled its diplomats from a capital", "2021-04-20", "Kenya recalled its diplomats from Kampala on Tuesday.", []string{"KEN UGA 161"}, []string{"KEN UGAGOV", "KEN GOV"}},
	{"the envoy from a capital stays that capital's", "2021-04-20", "Kenya expelled the envoy from Kampala on Tuesday.", []string{"KEN UGAGOV 166"}, nil},
	// a direct quote closed by "added"/"explained"/"stressed" is a statement like "said"
	{"quote closed by added", "2023-04-17", "\"We will not retreat,\" President William Ruto added.", []string{"KENGOV  010"}, nil},
	{"quote split by added", "2023-04-17", "\"We will not retreat,\" William Ruto stressed, \"whatever it costs.\"", []string{"KENGOV  010"}, nil},
	{"added with an object is no statement", "2023-04-17", "Kenya added 200 soldiers.", nil, []string{"KEN  010"}},
	// an unresolved pronoun speaker of a trailing tag: nobody named said it
	{"content subject is not the speaker of he said", "2023-04-17", "Most of these refugees are women and children, he said.", nil, []string{"REF", "CVL"}},
	{"content subject is not the speaker of they said", "2023-04-17", "Kenyatta, they said, also should pay a fine.", nil, []string{"KEN"}},
	// a plural occupation noun striking or walking out: a labour strike by LAB
	{"nurses went on strike", "2022-12-15", "Nurses went on strike on Thursday.", []string{"LAB  143"}, nil},
	{"doctors walked out over pay", "2023-04-11", "Junior doctors walked out over pay on Tuesday.", []string{"LAB  143"}, nil},
	{"miners struck", "2023-04-11", "Miners struck for a second day.", []string{"LAB  143"}, nil},
	{"the workforce of the story's country", "2022-12-15", "LONDON — Talks in Manchester and Leeds failed on Monday.\n\nNurses went on strike on Thursday.", []string{"GBRLAB  143"}, nil},
	{"a walkout is aimed at nobody named", "2022-12-15", "Thousands of nurses walked out on Thursday in the largest strike in the history of the World Health Organization.", []string{"LAB  143"}, []string{"LAB IGO"}},
	{"walked out the door is no strike", "2022-12-15", "The suspect walked out the back door.", nil, []string{""}},
	{"walked out of the talks is no strike", "2022-12-15", "The Kenyan delegation walked out of the talks.", nil, []string{"KEN  143"}},
}

func TestSpeakerBodyEvents(t *testing.T) { checkWorld(t, speakerBodyTests) }

// TestCandidacyMarchProtestEvents checks electoral withdrawals (no
// retreat), marches and burned flags or effigies (protests) and related
// constructions, in sentences written for sitrep.
func TestCandidacyMarchProtestEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// an electoral withdrawal is no military retreat
		{"withdrew from the race", "2016-05-04", "The governor withdrew from the race on Tuesday.", nil, []string{"0874"}},
		{"pulled out of the presidential election", "2016-05-04", "Senator Cruz pulled out of the presidential election on Tuesday.", nil, []string{"0874"}},
		{"withdrew his candidacy", "2016-05-04", "The mayor withdrew his candidacy on Tuesday.", nil, []string{"0874"}},
		{"a military withdrawal stays one", "2016-05-04", "Russia withdrew from the city on Tuesday.", []string{" 0874"}, nil},
		// a present-perfect march and an intransitive march with a bare time
		{"people have marched", "2019-04-03", "Thousands of people have marched in Oran.", []string{"DZAOPP  141"}, nil},
		{"students marched yesterday", "2019-04-03", "Students marched yesterday.", []string{"EDU  141"}, nil},
		{"students marched last week", "2019-04-03", "Students marched last week.", []string{"EDU  141"}, nil},
		{"students marched the previous day", "2019-04-03", "Students marched the previous day.", []string{"EDU  141"}, nil},
		// burning a state's flags or a leader's effigy is a protest
		{"burned flags", "2012-09-14", "Protesters burned French flags in Karachi on Friday.", []string{"OPP FRA 141"}, nil},
		{"set fire to an effigy", "2012-09-14", "Students set fire to an effigy of the president outside the embassy.", []string{"EDU  141"}, []string{"1712"}},
		{"arson stays arson", "2012-09-14", "Rioters set fire to a police station.", []string{" 1712"}, nil},
		// surrounding a building or town is an encirclement
		{"surrounded the residence", "2011-04-11", "Russian tanks surrounded the presidential palace on Monday.", []string{"RUSMIL  191"}, nil},
		{"surrounded by gardens is no event", "2011-04-11", "The palace is surrounded by gardens.", nil, []string{"191"}},
		// an agent word between "a" and a noun phrase is its adjective
		{"struck a militant training camp", "2019-02-26", "Israeli jets struck a militant training camp near Deir ez-Zor in Syria.", []string{"ISRMIL SYR 195"}, []string{"ISRMIL REB"}},
		{"a rebel weapons depot", "2019-02-26", "Russian jets bombed a rebel weapons depot in Syria.", nil, []string{"RUSMIL REB"}},
		{"a militant as subject stays", "2019-02-26", "A militant opened fire on the crowd.", []string{"REB"}, nil},
		// "forces loyal to X" are of X's country
		{"troops loyal to a president", "2011-04-11", "Troops loyal to Bashar al-Assad shelled Homs on Monday.", []string{"SYRMIL "}, nil},
		{"forces loyal to his rival", "2011-04-11", "Laurent Gbagbo was arrested on Monday by forces loyal to his rival Alassane Ouattara.", []string{"CIVMIL "}, nil},
		// an object "the king" is the king named before
		{"thanked the king", "2021-03-10", "King Abdullah II met Blinken in Amman. Israeli Prime Minister Naftali Bennett thanked the king.", []string{"ISRGOV JORGOV 051"}, nil},
		{"the king of a named country is no anaphor", "2021-03-10", "King Abdullah II met Blinken in Amman. Bennett thanked the king of Morocco.", nil, []string{"JORGOV 051"}},
		// "demanded that he …" is made of the person the main clause names
		{"demanded that he", "2019-04-02", "Omar al-Bashir resigned after the army chief demanded that he step down.", []string{"MIL SDN"}, nil},
		// "about"/"over" before a number is a count, no preposition or intention
		{"about N people were killed", "2011-04-11", "About 400 people were killed on Monday.", []string{" CVL 190"}, nil},
		{"killed in fighting: the victims fought nobody", "2011-04-11", "Three people were killed in clashes.", []string{" CVL 190"}, []string{"CVL  "}},
		{"killed in months of fighting", "2011-04-11", "About 400 people were killed in four months of fighting.", []string{" CVL 190"}, []string{"CVL  "}},
		{"over N protesters were arrested", "2011-04-11", "Over 200 students were arrested.", []string{" EDU 173"}, nil},
	})
}

// TestBorderReleasePrizeEvents checks border closures (191), captives
// released, prizes awarded, membership of a body and resignations, in
// sentences written for sitrep.
func TestBorderReleasePrizeEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// closing a border restricts movement toward the neighbour (CAMEO 191)
		{"closed its border with", "2020-03-16", "Argentina closed its border with Chile on Monday.", []string{"ARG CHL 191"}, nil},
		{"sealed the border crossing", "2020-03-16", "Kenya sealed the border crossing on Monday.", []string{"KEN  191"}, nil},
		{"crossing a border is no closure", "2020-03-16", "Kenyan troops crossed the border on Monday.", nil, []string{"191"}},
		// freeing or handing back a captive is a release
		{"returned the captured pilot", "2020-03-16", "Armenia returned the captured pilot to Azerbaijan.", []string{"ARM AZE 0841"}, nil},
		{"handed the soldiers back", "2020-03-16", "Ukraine handed the soldiers back to Russia on Friday.", []string{"UKR RUS 0841"}, nil},
		// awarding a prize is praise of the laureate
		{"awarded a prize to", "2020-03-16", "Norway awarded the peace prize to Ethiopia's prime minister.", []string{"NOR ETHGOV 051"}, nil},
		// joining an international organisation, not a country
		{"joined the European Union", "2013-07-01", "Croatia joined the European Union on Monday.", []string{"HRV IGO"}, nil},
		{"joined a country in condemning", "2013-07-01", "Croatia joined Slovenia in condemning the vote.", nil, []string{"057"}},
		// announcing or submitting a resignation is the resign event
		{"announced the resignation of his government", "2021-01-15", "Prime Minister Mark Rutte announced the resignation of his government on Friday.", []string{" 0831"}, nil},
		{"submitted his resignation", "2021-01-15", "Italy's prime minister submitted his resignation to the president.", []string{"ITAGOV  0831"}, nil},
		{"signed his resignation is no agreement", "2010-04-09", "Prime Minister Daniyar Usenov signed his resignation on Wednesday night.", []string{" 0831"}, []string{"057"}},
		{"signed his letter of resignation", "2010-04-09", "Kyrgyzstan's prime minister signed his letter of resignation on Wednesday.", []string{"KGZGOV  0831"}, []string{"057"}},
		{"demanding a resignation is no resignation", "2021-01-15", "Protesters demanded the resignation of the government.", nil, []string{"0831"}},
		// the labeller of a free relative is not the target
		{"bombed what X described as", "2020-01-05", "Turkish jets bombed what Ankara described as PKK hideouts in northern Iraq.", []string{"TURMIL TURREB 19"}, []string{"TURMIL TUR 19"}},
		{"struck what X called", "2020-01-05", "Israeli jets struck what Israel called militant sites in Syria.", []string{"ISRMIL SYR 19"}, []string{"ISRMIL ISR 19"}},
		// in "N backing X <verb>", N is the subject, X the participle's object
		{"soldiers backing a leader stormed", "2019-04-11", "Soldiers backing Omar al-Bashir stormed the parliament on Monday.", []string{"MIL  19"}, []string{"SDNGOV  1"}},
		{"troops guarding the embassy fired", "2019-04-11", "Troops guarding the Iraqi embassy fired on protesters.", []string{"MIL OPP 190"}, []string{"IRQ OPP"}},
		// "the <region> island/state" is the country named before
		{"the Pacific island nation", "2019-05-01", "Fiji's prime minister was ousted in a coup. Australia suspended aid to the Pacific island nation.", []string{"AUS FJI 16"}, nil},
		{"the Gulf state", "2017-06-05", "Saudi Arabia cut ties with Qatar. Egypt also cut ties with the Gulf state on Monday.", []string{"EGY QAT 16"}, nil},
		// a retreat that is a meeting is no military retreat
		{"a party caucus retreat", "2023-01-19", "The minister told a Green Party caucus retreat in Nelson that she would stay.", nil, []string{"0874"}},
		{"an annual retreat", "2023-01-19", "The Labor Party held its annual retreat in Canberra.", nil, []string{"0874"}},
		{"troops retreated stays", "2023-01-19", "Russian troops retreated from Kherson.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestConjunctHostAppositiveEvents checks leaders in a list, troops or
// refugees hosted (no visit), coordinated appositives and accusations of
// a state named before, in sentences written for sitrep.
func TestConjunctHostAppositiveEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// a last conjunct "<State>'s [Title] <Name>" keeps the earlier ones
		{"and Brazil's Lula", "2023-01-10", "French President Emmanuel Macron and Brazil's Luiz Inacio Lula da Silva condemned the riots.", []string{"FRAGOV  111", "BRAGOV  111"}, nil},
		{"and Japan's Prime Minister", "2023-01-10", "German Chancellor Olaf Scholz, Canadian Prime Minister Justin Trudeau and Japan's Prime Minister Fumio Kishida congratulated Lula.", []string{"DEUGOV BRAGOV 051", "CANGOV BRAGOV 051", "JPNGOV BRAGOV 051"}, nil},
		// hosting troops, a base or refugees is no visit received
		{"hosts a base", "2019-03-01", "Bahrain hosts the headquarters of the US Fifth Fleet and a naval base.", nil, []string{"043"}},
		{"hosts foreign troops", "2019-03-01", "Japan hosts about 50,000 American troops.", nil, []string{"043"}},
		{"hosts refugees", "2019-03-01", "Uganda hosts more than a million South Sudanese refugees.", nil, []string{"043"}},
		{"hosting a president stays 043", "2019-03-01", "Uganda hosted South Sudan's president on Friday.", []string{"UGA SSDGOV 043"}, nil},
		// a coordinated appositive "the <kin> of X and <title> of Y" describes the subject
		{"the son of X and a former envoy", "2019-03-01", "Ahmed Saleh, the son of former President Ali Abdullah Saleh and a former commander of the Republican Guard, said the talks had failed.", nil, []string{"YEMGOV  010", "MIL  010"}},
		{"a list after a state stays a list", "2019-03-01", "Ukraine, the European Union and the United States said the vote was rigged.", []string{"UKR  010", "USA  010"}, nil},
		// "accusing the Gulf state of …" accuses the state named before, not one in the charge
		{"accusing the kingdom of", "2019-03-01", "Canada recalled its ambassador to Saudi Arabia, accusing the kingdom of jailing activists with links to Iran.", []string{"CAN SAU 112"}, []string{"CAN IRN 11"}},
		{"no state before: the charge names nobody accused", "2019-03-01", "Egypt accused the Gulf state of funding militants in Libya.", []string{"EGY  112"}, []string{"EGY LBY 11", "EGY REB 11"}},
		{"the regime of a named leader is whose", "2019-03-01", "France accused the regime of Bashar al-Assad of using chemical weapons.", nil, []string{"FRA  11"}},
		// an attack elaborated by a participle on a named target is one assault
		{"attacked a camp, beating demonstrators", "2019-03-01", "Supporters of Hezbollah stormed a protest camp in Beirut, tearing down tents and beating demonstrators with sticks.", []string{"OPP 182"}, []string{"LBNREB  18", "LBNREB  19"}},
		{"an attack on nobody named stays", "2019-03-01", "Supporters of Hezbollah attacked a protest camp on Tuesday.", []string{"LBNREB  18"}, nil},
		// "the three/four countries" after a list of that many states is each of them
		{"the three countries", "2019-03-01", "Ethiopia, Kenya and Uganda cut ties with Somalia on Monday. The three countries accused Somalia of harbouring militants.", []string{"ETH SOM 112", "KEN SOM 112", "UGA SOM 112"}, nil},
		{"a count that does not fit is no anaphor", "2019-03-01", "Ethiopia, Kenya and Uganda cut ties with Somalia on Monday. The four countries accused Somalia of harbouring militants.", nil, []string{"ETH SOM 112", "KEN SOM 112"}},
		// "the inauguration was attended by X and Y": each guest visits
		{"attended by two leaders", "2023-01-10", "The inauguration in Brasilia was attended by German President Frank-Walter Steinmeier and Portuguese President Marcelo Rebelo de Sousa.", []string{"DEUGOV  042", "PRTGOV  042"}, nil},
		// "People" opening a name ("People Power") is no agent
		{"the People Power uprising", "2019-03-01", `Estrada was attacked by the "People Power" crowd in Manila on Tuesday.`, nil, []string{"CVL PHL", "CVL  "}},
		{"people stay people", "2019-03-01", "Thousands of people attacked the police station in Manila on Tuesday.", []string{"CVL PHLCOP 180"}, nil},
		{"a comma before and joins clauses", "2023-01-10", "Azerbaijan launched an offensive in Karabakh, and Armenia's Prime Minister Nikol Pashinyan condemned it.", []string{"ARMGOV  111"}, []string{"AZE  111"}},
	})
}

// TestDismissalDeploymentVoteEvents checks removals from a post,
// civilians deployed, vote shares and territorial claims, which are no
// disapproval, mobilisation, vote against or option weighed, in
// sentences written for sitrep.
func TestDismissalDeploymentVoteEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// removing someone from a post is no disapproval
		{"dismissed X as chairman of", "2019-03-05", "President Cyril Ramaphosa dismissed Jabu Mabuza as chairman of Eskom.", nil, []string{"110"}},
		{"sacked X as head of", "2019-03-05", "The government sacked the general as head of the army.", nil, []string{"110"}},
		{"dismissed protesters as looters stays", "2019-03-05", "Erdogan dismissed the protesters as looters.", []string{" 110"}, nil},
		// civilians deployed are no military mobilisation
		{"deployed election observers", "2021-06-20", "The church deployed 20,000 election observers across Ethiopia.", nil, []string{"154"}},
		{"deployed troops stays", "2021-06-20", "Russia deployed troops to the border.", []string{"RUS  154"}, nil},
		// vote shares compared are no vote against
		{"percent of the vote against", "2022-08-15", "Lula won 50.9 percent of the vote against 49.1 percent for Jair Bolsonaro.", nil, []string{"120"}},
		{"voted against stays", "2022-08-15", "Brazil and Turkey voted against the resolution.", []string{"BRA  120"}, nil},
		// considering X part of one's territory is no option weighed
		{"considers X part of its territory", "2023-01-02", "China, which considers Taiwan part of its territory, held drills.", nil, []string{"014"}},
		// a prosecutor general is a civilian title, no military general
		{"arrested the prosecutor general", "2023-01-24", "Police arrested the former prosecutor general on Tuesday.", nil, []string{"MIL 173"}},
		{"a prosecutor general backed by", "2024-10-21", "Ivanov, a former prosecutor general backed by the ruling party, said he would run.", nil, []string{"MIL 051"}},
		// the social media a statement is posted on are no party
		{"conceded defeat on social media", "2022-06-20", "Bolsonaro conceded defeat in a video posted on social media.", []string{" 080"}, []string{"MED 080"}},
		// an agentless casualty count is the result of the sourced act beside it
		{"fired tear gas and people were injured", "2022-07-30", "Police fired tear gas and at least 40 people were injured, the ministry said.", []string{" 175"}, []string{" 190"}},
		{"an agentless death alone stays", "2022-07-30", "At least 12 people were killed in the clashes.", []string{" CVL 190"}, nil},
		// "X and Y accused each other" is reciprocal; the gerund's object is no target
		{"accused each other of sheltering", "2023-06-01", "India and Pakistan have accused each other of sheltering militants.", []string{"IND PAK 112", "PAK IND 112"}, []string{"REB 112"}},
		{"blamed each other for", "2023-06-01", "Serbia and Kosovo blamed each other for the violence.", []string{"SRB XKX 112"}, nil},
		// defending one's own territory is self-defence, no cooperation
		{"would defend its territory", "2024-01-02", "President Irfaan Ali told parliament in Georgetown that Guyana would defend its territory \"by every legal means\".", nil, []string{"032", "052"}},
		{"will defend its territory", "2024-01-02", "Guyana will defend its territory.", nil, []string{"032", "052"}},
		{"defended its ally stays", "2024-01-02", "Russia defended Syria at the United Nations.", []string{"RUS SYR 052"}, nil},
		{"considering sanctions stays", "2023-01-02", "The European Union is considering new sanctions against Iran.", []string{" 014"}, nil},
	})
}

// TestBorderSinceClauseEvents checks places near a border, since-clauses,
// pronouns of a noun named before and inclusion lists, in sentences
// written for sitrep.
func TestBorderSinceClauseEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// "near the border with X" says where, X is no target
		{"attacked a post near the border with the X", "2019-03-05", "Militants attacked an army camp near the border with the Central African Republic on Sunday.", []string{"REB MIL 180"}, []string{"REB CAF"}},
		{"shelled villages along its border with X", "2019-03-05", "Rebels shelled villages along the border with Uganda.", nil, []string{"REB UGA"}},
		{"attacked X stays", "2019-03-05", "Rebels attacked Uganda on Sunday.", []string{"REB UGA 1"}, nil},
		// a protest that is the subject of a since-clause is nobody's of the main clause
		{"since protests began", "2019-03-05", "Thousands of Venezuelans have fled to Colombia, Brazil and Peru since protests began in January against Maduro's rule.", []string{" VENGOV 140"}, []string{"COL", "BRA", "PER"}},
		{"protests against X by a subject stay", "2019-03-05", "Students staged protests against the government.", []string{"EDU"}, nil},
		// "and the <noun> said it …": the pronoun is that noun's, no actor named before
		{"the committee said it was considering", "2019-03-05", "Farmers blocked roads, and the committee said it was considering new talks.", nil, []string{"AGR  014"}},
		{"X said it was considering stays", "2019-03-05", "Turkey said it was considering new sanctions.", []string{"TUR  014"}, nil},
		// an actor modifying a member noun in an inclusion is no subject
		{"including air force mechanics", "2019-03-05", "Hundreds of volunteers, including air force mechanics, have said they will stop working.", nil, []string{"MIL  010"}},
		{"students, including coast guard cadets", "2019-03-05", "Many students, including coast guard cadets, have said they will boycott the parade.", []string{"EDU  010"}, []string{"MIL  010"}},
		{"including countries stays", "2019-03-05", "Several states, including France and Germany, condemned the attack.", []string{"FRA"}, nil},
		// a town named like a person, after near/in, is where, no target
		{"near a town named like a person", "2021-04-26", "Rebels ambushed an army convoy near Mao, killing five soldiers.", nil, []string{"REB  180", "REB TCD "}},
		// a court striking down a decision is no attack
		{"strike down decisions", "2021-05-10", "The bill lets the Constitutional Court strike down executive decisions.", nil, []string{"190"}},
		{"struck down the decree", "2021-05-10", "The high court struck down the decree on Monday.", nil, []string{"190"}},
	})
}

// TestRuledOutShellingEvents checks talks ruled out, shelling near a
// place, stated retaliation and deployments a host asked for, in
// sentences written for sitrep.
func TestRuledOutShellingEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// "ruled out talks" rejects them like "rejected talks"
		{"ruled out negotiations", "2019-03-05", "Ethiopia ruled out negotiations with the rebels on Tuesday.", []string{"ETH REB 125"}, nil},
		{"ruled out a truce", "2019-03-05", "Ukraine ruled out a truce with Russia.", []string{"UKR RUS 127"}, nil},
		{"ruled out a rate cut stays no event", "2019-03-05", "The central bank ruled out a rate cut.", nil, []string{"12"}},
		// shelling near a place is an attack
		{"fired shells near", "2019-03-05", "Houthi rebels fired shells near the airport in Aden.", []string{" 194"}, nil},
		{"fired rockets at stays", "2019-03-05", "Hamas fired rockets at Israel.", []string{" ISR 194"}, nil},
		// a stated retaliation is a threat
		{"take countermeasures against", "2019-03-05", "Beijing said it would take countermeasures against Lithuania.", []string{"CHN LTU 130"}, nil},
		{"take counter-measures against", "2019-03-05", "Iran will take counter-measures against Britain.", []string{"IRN GBR 130"}, nil},
		// a deployment the host asked for is protection, no mobilisation against it
		{"troops at the request of", "2019-03-05", "Chad deployed 500 troops to Niger at the request of its government.", []string{"TCD NER 074"}, []string{"154", "138"}},
		{"soldiers to help", "2019-03-05", "Kenya sent soldiers to Somalia to help fight al-Shabaab.", []string{"KEN SOM 074"}, []string{"KEN SOM 154"}},
		{"agreed to send soldiers", "2019-03-05", "Rwanda agreed to send 1,000 soldiers to the Central African Republic.", []string{"RWA CAF 0334"}, []string{"138"}},
		{"sent troops stays a mobilisation", "2019-03-05", "Russia sent troops to Ukraine.", []string{"RUS UKR 154"}, nil},
		{"will send troops stays a threat", "2019-03-05", "Russia will send troops to Ukraine.", []string{"RUS UKR 138"}, nil},
		// a company evacuating its staff is no military retreat
		{"company withdrew staff", "2019-03-05", "The Italian company withdrew all staff from the gas field.", nil, []string{"0874"}},
		{"evacuated its employees", "2019-03-05", "The Chinese firm evacuated its employees from Niger.", nil, []string{"0874"}},
		{"embassy staff is diplomatic", "2019-03-05", "Canada withdrew its embassy staff from Sudan.", []string{"CAN SDN 161"}, []string{"0874"}},
		{"troops withdrawn stay a retreat", "2019-03-05", "Russia withdrew its troops from Kherson.", []string{"RUS UKR 0874"}, nil},
		// a switch of recognition recognises the new partner
		{"switch recognition from X to Y", "2019-09-16", "Kiribati's government voted to switch diplomatic recognition from Taipei to Beijing.", []string{"KIRGOV CHN 054"}, nil},
		{"switch recognition breaks with the old partner", "2019-09-16", "Kiribati's government voted to switch diplomatic recognition from Taipei to Beijing.", []string{"KIRGOV TWN 161"}, nil},
		{"switched ties from X to Y", "2019-09-16", "Nicaragua switched diplomatic ties from Taiwan to China.", []string{"NIC CHN 054", "NIC TWN 161"}, nil},
		{"switched recognition to Y", "2019-09-16", "Nauru switched recognition to Beijing on Monday.", []string{"NRU CHN 054"}, nil},
		// a relative clause on a noun inside a quote is the antecedent's act
		{"quoted who-clause is no threat by the speaker", "2019-03-05", "Opposition leader Kizza Besigye rejected the vote. \"We will not accept a leader who sends soldiers to attack our villages,\" he said.", nil, []string{"138", " 190", " 154"}},
		{"quoted which-clause", "2019-03-05", "\"We reject a regime which has bombed our towns,\" Besigye said.", nil, []string{" 19"}},
		// "Troops from the two countries" are the pair's forces
		{"troops from the two countries", "2019-03-05", "Eritrea and Ethiopia signed a peace agreement on Monday. The deal ends two decades of hostility. Troops from the two countries fought a border war in 1998.", []string{"ERIMIL ETHMIL 190", "ETHMIL ERIMIL 190"}, []string{"MIL  190"}},
		{"troops from the two countries without a pair stay unresolved", "2019-03-05", "Troops from the two countries fought a border war in 1998.", nil, []string{"ERI", "ETH"}},
		// a currency named after a country is money, no actor
		{"Canadian dollars to X", "2019-03-05", "Canada pledged 5 million Canadian dollars to Haiti.", []string{"CAN HTI 0331"}, []string{"CAN CAN"}},
		{"Swiss francs, no target", "2019-03-05", "Switzerland pledged 10 million Swiss francs on Monday.", nil, []string{"CHE CHE"}},
		{"Singapore dollars", "2019-03-05", "Singapore pledged 3 million Singapore dollars to Laos.", []string{"SGP LAO 0331"}, []string{"SGP SGP"}},
		{"Egyptian pounds are no shelling", "2019-03-05", "Egypt received 3 billion Egyptian pounds from Qatar.", nil, []string{"194"}},
		{"a country that pounds a city stays", "2019-03-05", "Russia pounds Kharkiv with missiles.", []string{"RUS UKR 194"}, nil},
	})
}

// TestVerbFrameLocalAgentEvents checks verb frames and local agents of
// no named state, in sentences written for sitrep.
func TestVerbFrameLocalAgentEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// missing verb frames
		{"traded fire", "2019-08-13", "India and Pakistan traded fire along the Line of Control.", []string{"IND PAK 190", "PAK IND 190"}, nil},
		{"approved martial law", "2018-11-26", "Ukraine's parliament approved martial law on Monday.", []string{"UKRLEG UKR 1724"}, nil},
		{"threatened to fire missiles", "2017-08-09", "North Korea threatened to fire missiles toward Japan.", []string{"PRK JPN 1384"}, []string{"194"}},
		{"fired missiles stays", "2017-08-09", "North Korea fired missiles toward Japan.", []string{"PRK JPN 195"}, nil},
		{"dropped a bomb on", "2017-04-14", "The U.S. military dropped a huge bomb on Islamic State fighters in Afghanistan.", []string{"USAMIL IMG"}, nil},
		{"air defence systems to", "2024-10-18", "Germany delivered air defence systems to Ukraine.", []string{"DEU UKR 072"}, nil},
		// local agents of no named state take the country of the event's place
		{"students demonstrated in a city", "2007-08-27", "Hundreds of students demonstrated in Yangon against fuel price rises.", []string{"MMREDU  141"}, nil},
		{"protesters stormed an embassy in a city", "2012-09-14", "Protesters stormed the U.S. embassy in Tunis on Friday.", []string{"TUNOPP USAGOV 145"}, nil},
		{"police in a town", "2010-04-05", "Kyrgyz opposition supporters clashed with police in the northern town of Talas.", []string{"KGZOPP KGZCOP 145"}, nil},
		{"civilians keep no country", "2012-07-16", "Insurgents shelled a village near Aleppo, killing civilians.", nil, []string{"SYRCVL"}},
		{"troops keep no country", "2012-07-16", "Troops withdrew from the town of Talas.", nil, []string{"KGZMIL"}},
		// "government troops/forces" are armed forces, not the government
		{"state government troops", "2012-07-16", "Syrian government troops attacked the rebels near Aleppo.", []string{"SYRMIL SYRREB"}, []string{"SYRGOV"}},
		{"state regime forces", "2012-07-16", "Syrian regime forces shelled Homs.", []string{"SYRMIL SYR 194"}, []string{"SYRGOV"}},
		{"bare government forces", "2012-07-16", "Syrian rebels clashed with government forces near Aleppo.", []string{"SYRREB SYRMIL 190"}, []string{"SYRGOV"}},
		{"the government stays GOV", "2012-07-16", "The Syrian government condemned the attack.", []string{"SYRGOV  111"}, nil},
		// a demonym before coordinated state agents owns both
		{"police and soldiers", "2014-04-29", "Iraqi police and soldiers fired on protesters.", []string{"IRQCOP IRQOPP 175", "IRQMIL IRQOPP 175"}, nil},
		{"officials and companies", "2014-04-29", "Washington imposed sanctions on Russian officials and companies.", []string{"USA RUSBUS 163"}, nil},
		{"the other side keeps its own", "2004-04-29", "US troops and insurgents clashed in Fallujah.", []string{"USAMIL REB 190"}, []string{"USAREB"}},
		{"militias are no state's body", "2004-04-29", "US troops and militias clashed in Basra.", []string{"USAMIL MIL 190"}, []string{"USAMIL USAMIL"}},
		{"forces from a region name their origin", "2022-11-02", "Ethiopia's federal government and forces from the northern region of Tigray agreed to a truce.", nil, []string{"ETHMIL"}},
		// saying another actor is responsible for a deed accuses it
		{"said X was responsible for", "2018-03-12", "Prime Minister Theresa May said Russia was highly likely responsible for poisoning a former spy.", []string{"GBRGOV RUS 112"}, nil},
		{"said a group was responsible", "2013-09-22", "Kenya said al-Shabaab was responsible for the attack on the mall.", []string{"KEN SOMREB 112"}, nil},
		{"not responsible itself is no accusation", "2018-03-12", "Turkey said it was not responsible for the attack.", nil, []string{" 112"}},
		// military and party agent nouns
		{"sailors are military", "2016-01-13", "Iran released ten American sailors on Wednesday.", []string{"IRN USAMIL 0841"}, nil},
		{"a fighter jet is military", "2019-02-27", "Pakistan shot down an Indian fighter jet over Kashmir.", []string{"PAK INDMIL"}, nil},
		{"special forces", "2004-09-03", "Russian special forces stormed the school.", []string{"RUSMIL"}, nil},
		{"ruling party", "2015-06-21", "Burundi's ruling party rejected calls by the African Union to postpone the elections.", []string{"BDIPTY IGOAFRAFU"}, nil},
		// a person of no KB office is coded by a descriptive title's sector
		{"activist title", "2008-12-28", "Zimbabwean police arrested human rights activist Jestina Mukoko.", []string{"ZWECOP ZWEOPP 173"}, nil},
		{"journalist title", "2002-02-01", "Gunmen killed journalist Daniel Pearl.", []string{"UAF MED 180"}, nil},
		// two sides exchanging captives release them to each other
		{"exchanged prisoners", "2025-01-17", "Russia and Ukraine exchanged prisoners on Friday.", []string{"RUS UKR 0841", "UKR RUS 0841"}, []string{"CVL"}},
		{"exchanged hostages and prisoners", "2025-01-18", "Israel and Hamas exchanged hostages and prisoners.", []string{"ISR PSEREB 0841", "PSEREB ISR 0841"}, []string{"CVL"}},
		{"one named side: the prisoners release nobody", "2024-08-01", "Russia and several Western countries exchanged 24 prisoners in Ankara.", []string{"RUS CVL 0841"}, []string{"CVL RUS"}},
		// allies who fight a generic enemy fight it, not each other
		{"allies fought a generic enemy", "2015-10-20", "Iraqi and Turkish troops fought militants west of the city.", []string{"IRQMIL REB 190", "REB TURMIL 190"}, []string{"IRQMIL TURMIL", "TURMIL IRQMIL"}},
		{"allies clashed with a generic enemy", "2013-02-10", "Chadian and Malian soldiers clashed with jihadists near the town.", []string{"TCDMIL REB 190"}, []string{"TCDMIL MLIMIL", "MLIMIL TCDMIL"}},
		{"two sides clashing stay each other's", "2013-02-10", "Chadian and Malian soldiers clashed near the town.", []string{"TCDMIL MLIMIL 190"}, nil},
		// an emergency measure with no named target is imposed on a state
		{"state of emergency on one's own state", "2021-10-25", "Sudan's army chief declared a state of emergency.", []string{"SDNMIL SDN 1724"}, nil},
		{"curfew in a town", "2016-03-14", "Turkish authorities imposed a curfew in the town of Cizre.", []string{"TURGOV TUR 1723"}, nil},
		{"the state itself names no target", "2021-10-25", "Sudan declared a state of emergency.", []string{"SDN  1724"}, []string{"SDN SDN"}},
		// a state's armed forces attacking use military force
		{"forces attacked", "2008-08-08", "Russian forces attacked Georgian troops.", []string{"RUSMIL GEOMIL 190"}, []string{"RUSMIL GEOMIL 180"}},
		{"passive attacked by forces", "2008-08-08", "Georgian troops were attacked by Russian forces in South Ossetia.", []string{"RUSMIL GEOMIL 190"}, nil},
		{"militants keep 180", "2008-08-08", "Taliban militants attacked a police station in Kandahar.", []string{"AFGREB"}, []string{"AFGREB AFGCOP 190"}},
		// the country a force fought in fights nobody back
		{"fighting in a country", "2016-02-26", "African Union troops are fighting in Somalia.", []string{"IGOAFRAFUMIL SOM 190"}, []string{"SOM IGOAFRAFUMIL"}},
		{"fought in a country", "2016-02-26", "US troops fought in Afghanistan for two decades.", nil, []string{"AFG USAMIL"}},
		{"clashed with troops in a country stays both ways", "2016-02-26", "Rebels clashed with troops in Somalia.", []string{"SOMMIL SOMREB 190"}, nil},
		// no self-hosting; exiled/outgoing titles; rulings against a party; spies
		{"hosted leaders in the capital", "2023-06-03", "Brazil's President Lula hosted South American leaders in Brasilia.", nil, []string{"BRAGOV BRAGOV"}},
		{"hosted foreign officials stays", "2023-06-03", "Lula hosted Chinese officials in Brasilia.", []string{"BRAGOV CHNGOV 043"}, nil},
		{"exiled president", "2015-04-08", "Yemen's exiled president asked the Arab League to intervene militarily.", []string{"YEMGOV IGOMEAARL"}, nil},
		{"ruled against a party", "2018-10-01", "The International Court of Justice ruled against Bolivia in its sea access case with Chile.", []string{"IGOUNO BOL 116"}, nil},
		{"ruled against a gerund is no finding", "2018-10-01", "Brazil ruled against sending troops.", nil, []string{" 116"}},
		{"intelligence officers", "2018-10-04", "The Netherlands expelled four Russian intelligence officers.", []string{"NLD RUSSPY"}, nil},
		// what people "trying to" do is their act
		{"demonstrators trying to break in", "2020-08-08", "Lebanese police fired tear gas at demonstrators trying to break into parliament.", []string{"OPP LBNLEG 145"}, []string{"LBNCOP LBNLEG"}},
		// the seat of a head of state stands for the government
		{"stormed the president's residence", "2022-07-10", "Sri Lankan protesters stormed the president's residence in Colombo.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"stormed the presidential palace", "2022-07-10", "Protesters stormed the presidential palace in Colombo.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"a house is no seat", "2022-07-10", "Protesters stormed a house in Colombo.", nil, []string{"LKAOPP LKAGOV"}},
		{"stormed government buildings", "2010-04-07", "Kyrgyz opposition supporters stormed government buildings in Bishkek on Wednesday.", []string{"KGZOPP KGZGOV 145"}, nil},
		{"stormed the government headquarters", "2010-04-07", "Protesters stormed the government headquarters in Bishkek.", []string{"KGZOPP KGZGOV 145"}, nil},
		{"a school building is no seat", "2010-04-07", "Protesters stormed a school building in Bishkek.", nil, []string{"KGZOPP KGZGOV"}},
		{"foreign tanks stay unaimed", "2022-07-10", "Russian tanks surrounded the presidential palace on Monday.", []string{"RUSMIL  191"}, []string{"RUSGOV"}},
		// a participle before a titled person after an infinitive describes them
		{"to reinstate ousted President", "2009-07-04", "Honduras's interim government refused to reinstate ousted President Manuel Zelaya.", []string{"HNDGOV HNDGOV 124"}, []string{"HNDGOV HNDGOV 170"}},
		{"ousted President as a verb stays", "2013-07-03", "The army ousted President Mohamed Morsi.", []string{"EGYGOV 170"}, nil},
		// announced drills are a show of force; guards are military
		{"announced drills around", "2022-08-02", "China announced military drills around Taiwan after Pelosi's visit.", []string{"CHN TWN 150"}, nil},
		{"presidential guard", "2023-07-26", "Niger's presidential guard detained President Mohamed Bazoum.", []string{"NERMIL NERGOV 173"}, nil},
		// a launched offensive is conventional force
		{"launched a military offensive", "2019-10-09", "Turkey launched a military offensive against Kurdish forces in northeastern Syria.", []string{"TUR MIL 190"}, []string{"180"}},
		{"launched an attack stays 180", "2019-10-09", "Militants launched an attack on the base.", []string{"REB  180"}, nil},
		// called-off strikes; a state blowing up a building at home
		{"called off retaliatory strikes", "2019-06-20", "Iran shot down a U.S. drone, but Trump called off retaliatory strikes.", []string{"USAGOV  087"}, []string{"USAGOV  190"}},
		{"called off a labour strike stays", "2019-06-20", "The Kenyan nurses' union called off the strike.", nil, []string{"087"}},
		{"blew up an office at home", "2020-06-17", "North Korea blew up the inter-Korean liaison office in Kaesong.", []string{"PRK  1712"}, []string{"PRK PRK"}},
		{"will send air defence systems", "2024-10-18", "Germany will send more air defense systems to Ukraine.", []string{"DEU UKR 0332"}, nil},
	})
}

// flaggedEvents codes text like worldEvents and marks each event's
// modality: "SRC TGT CAMEO" then " neg", " hypo" when set.
func flaggedEvents(t *testing.T, text, date string) []string {
	t.Helper()
	return modalLines(worldDoc(t, text, date).Events, true)
}

// TestThreatCondemnedForceEvents checks stated threats, condemned force
// "on X by Y" and a state's attacks at home, in sentences written for
// sitrep. Each
// event string is "SRC TGT CAMEO" with " neg"/" hypo" when flagged;
// want must be among the events (as a substring), none in none of them.
func TestThreatCondemnedForceEvents(t *testing.T) {
	for _, tc := range []eventCase{
		// a stated threat or promise is an act of its own, not hypothetical
		{"vowed to strike", "2024-04-14", "Iran vowed to strike Israel.", []string{"IRN ISR 138"}, []string{"hypo"}},
		{"will attack", "2024-04-14", "Iran will attack Israel.", []string{"IRN ISR 138"}, []string{"hypo"}},
		{"threatened to strike", "2024-04-14", "Iran threatened to strike Israel.", []string{"IRN ISR 1384"}, []string{"hypo"}},
		{"a mobilisation aimed at nobody stays hypothetical", "2024-04-14", "Russia would reinforce its mission.", []string{"RUS  154 hypo"}, nil},
		// a condemned act of force "on X by Y" is Y's
		{"strikes on X by Y", "2018-04-14", "Russia condemned the strikes on Syria by the US.", []string{"RUS USA 111", "USA SYR 190"}, []string{"RUS SYR"}},
		{"attacks against X by Y", "2018-04-14", "Russia condemned the attacks against Kurdish fighters by Turkey.", []string{"RUS TUR 111"}, nil},
		{"no author keeps the victim", "2018-04-14", "Russia condemned the strikes on Syria.", []string{"RUS SYR 111"}, nil},
		// a state's attack at home on a named non-state group, or on nobody named; never a panic
		{"rebel towns in a place of one's own", "2019-05-10", "Syria bombed rebel towns in Idlib.", []string{"SYR SYRREB 195"}, []string{"SYR SYR 195"}},
		{"militant villages", "2019-05-10", "Syrian troops shelled militant villages near Hama.", []string{"SYRMIL SYRREB 194"}, nil},
		{"militants", "2019-05-10", "Syria bombed militants in Idlib.", []string{"SYR SYRREB 195"}, nil},
		{"a place of one's own is where", "2019-05-10", "Syria bombed Idlib.", []string{"SYR  195"}, []string{"SYR SYR 195"}},
		{"towns of one's own are where", "2019-05-10", "Syria bombed towns in Idlib.", []string{"SYR  195"}, []string{"SYR SYR 195"}},
		{"another state's attack keeps the place's state", "2019-05-10", "Russia bombed rebel towns in Idlib.", []string{"RUS SYRREB 195"}, nil},
		// a passive accusation in a quote is nobody's, least of all the speaker's
		{"to be accused in one's own quote", "2016-07-20", "\"It is especially insulting to be accused of having any link to the coup,\" Gülen said.", nil, []string{"112"}},
		{"to be accused by a named accuser", "2016-07-20", "\"It is insulting to be accused by Ankara of plotting the coup,\" Gülen said.", []string{"TUR  112"}, nil},
		{"was accused in another's quote", "2016-07-20", "\"Gülen was accused of plotting the coup,\" Erdogan said.", nil, []string{"TURGOV  112"}},
		{"an active accusation keeps the speaker", "2016-07-20", "\"We accuse Gülen of plotting the coup,\" Erdogan said.", []string{"TURGOV  112"}, nil},
		// the possessor of a role noun is not the actor
		{"X's predecessor", "2023-06-01", "Sunak's predecessor negotiated the deal with the EU.", []string{"GBR IGOEUREEC 046"}, []string{"GBRGOV"}},
		{"X's spokesman acts for X's office", "2023-06-01", "Putin's spokesman met Chinese officials.", []string{"RUSGOV CHNGOV 040"}, nil},
		{"the apposed name acts", "2019-03-01", "Boris Johnson's predecessor, former Prime Minister Theresa May, negotiated the deal with the EU.", []string{"GBRGOV IGOEUREEC 046"}, nil},
		{"spokesman and name", "2023-06-01", "Putin's spokesman Dmitry Peskov met Chinese officials.", []string{"RUS CHNGOV 040"}, nil},
		// missing frames
		{"drew condemnation from", "2022-02-24", "Russia's move drew condemnation from France.", []string{"FRA RUS 111"}, []string{"RUS FRA"}},
		{"drew condemnation from, no actor subject", "2022-02-24", "The decision drew condemnation from France.", []string{"FRA  111"}, nil},
		{"pressure from an actor presses the subject", "2019-05-02", "Italy gave in to economic pressure from Germany on Tuesday.", []string{"DEU ITA 100"}, []string{"ITA DEU"}},
		{"praise from an actor praises the subject", "2019-05-02", "Kenya said praise from Ethiopia's prime minister would not change its plans.", []string{"ETHGOV KEN 051"}, []string{"KEN ETH"}},
		{"support from an actor backs the subject", "2019-05-02", "Chile counts on support from Argentina in the dispute.", []string{"ARG CHL 051"}, []string{"CHL ARG"}},
		{"support from no actor backs nobody", "2019-05-02", "Chile has little support from voters in the north.", nil, []string{"051"}},
		{"arrived from a city is no visit of it", "2019-05-02", "Kenya's president arrived in Addis Ababa from Nairobi late on Sunday.", []string{"KENGOV ETH 042"}, []string{"KENGOV KEN"}},
		{"flew to a capital from another", "2019-05-02", "Chile's foreign minister flew to Lima from Buenos Aires on Monday.", []string{"CHLGOV PER 042"}, []string{"CHLGOV ARG"}},
		{"advanced on a city", "2019-04-05", "Haftar's forces advanced on Tripoli.", []string{"LBYMIL LBY 190"}, nil},
		{"closed in on a city", "2022-03-01", "Russian troops closed in on Kyiv.", []string{"RUSMIL UKR 190"}, nil},
		{"protesters advancing attack nobody", "2019-04-05", "Protesters advanced on the parliament in Nairobi.", nil, []string{"190"}},
		{"a march on a city stays a protest", "2019-04-05", "Opposition supporters marched on Kampala.", []string{"UGAOPP UGA 141"}, []string{"190"}},
		{"staged a coup attempt", "2016-07-15", "The Turkish army staged a coup attempt.", []string{"TURMIL TURGOV 170"}, nil},
		{"staged a coup, local soldiers", "2023-07-26", "Soldiers in Niger staged a coup.", []string{"NERMIL NERGOV 170"}, nil},
		{"handed power to", "2024-08-05", "Hasina handed power to the army.", []string{"BGDGOV BGDMIL 0831"}, nil},
		{"handed over power to", "2024-08-05", "Hasina handed over power to the army.", []string{"BGDGOV BGDMIL 0831"}, nil},
		// hosted talks are the named parties' talks and the hosts' mediation, never host ↔ host
		{"hosted talks between the rivals, apposed", "2023-03-10", "Iraq and Oman had hosted several rounds of talks between the rivals, Saudi Arabia and Iran.", []string{"SAU IRN 046", "IRN SAU 046", "IRQ SAU 045", "OMN IRN 045"}, []string{"IRQ OMN", "OMN IRQ"}},
		{"hosted talks between named parties", "2023-03-10", "Iraq and Oman had hosted several rounds of talks between Saudi Arabia and Iran.", []string{"SAU IRN 046", "IRQ IRN 045"}, []string{"IRQ OMN", "OMN IRQ"}},
		{"hosted talks between unnamed rivals", "2023-03-10", "Iraq and Oman had hosted several rounds of talks between the rivals.", []string{"IRQ  043", "OMN  043"}, []string{"IRQ OMN", "OMN IRQ"}},
		{"co-brokers", "2016-06-23", "Norway and Cuba brokered talks between Colombia and the FARC.", []string{"COL COLREB 046", "NOR COLREB 045"}, []string{"NOR CUB", "CUB NOR"}},
		{"a brokered swap is no talks", "2023-09-18", "Qatar helped arrange a prisoner swap between the United States and Iran.", []string{"QAT USA 045"}, []string{"USA IRN 040"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// coupWarTests are constructions (coups, civil wars,
// peace deals; 2011–2022) once coded wrongly, in sentences written for
// sitrep. want: events that must be coded ("SRCCODE TGTCODE CAMEO");
// not: prefixes no event may start with ("" before a space: any
// source).
var coupWarTests = []worldCase{
	// taking a place
	{"a named place captured is occupied, nobody arrested", "2020-11-28",
		"Ethiopian forces captured Mekelle, the capital of Tigray, on Saturday.", []string{"ETHMIL ETH 192"}, []string{"ETHMIL ETH 173"}},
	{"a named place seized is occupied", "2021-08-16", "The Taliban seized Kabul on Sunday.", []string{"AFGREB AFG 192"}, []string{"AFGREB AFG 171"}},
	{"people captured by rebels are abducted", "2020-11-28", "Rebels captured three soldiers.", []string{"REB MIL 181"}, nil}, // an armed group arrests nobody
	// the source of what a quote says
	{"the crowd told is no speaker", "2016-09-27",
		`Rodrigo Londono asked for forgiveness. "We offer our sincere apologies," he told the crowd.`, nil, []string{"CVL "}},
	{"the rebels addressed are no speaker", "2016-09-26",
		`Santos signed the text with a pen made from a bullet. "Welcome to democracy," the president said, addressing the rebels.`, nil, []string{"REB "}},
	{"an unnamed speaker after a comma is not the gunmen of the report", "2021-07-07",
		"Haitian President Jovenel Moise was shot dead early Wednesday when gunmen stormed his private residence, the interim prime minister said.",
		nil, []string{"UAF  010"}},
	{"an appositive before the verb keeps the subject", "2021-07-07",
		"Iran, the region's largest Shiite power, said the talks had failed.", []string{"IRN  010"}, nil},
	// people crossing a border
	{"refugees crossing occupy nothing", "2020-11-28", "Nearly 44,000 refugees have crossed into Sudan since early November.", nil, []string{"REF SDN 19"}},
	{"troops crossing occupy", "2022-02-24", "Russian troops crossed into Ukraine.", []string{"RUSMIL UKR 192"}, nil},
	// a place is where, not whom
	{"the sites fired at are the owner's", "2011-03-20",
		"US and British warships launched more than 110 Tomahawk cruise missiles at Libyan air defence sites around Tripoli and Misrata.",
		[]string{"USAMIL LBY 195", "GBRMIL LBY 195"}, nil},
	{"civilians beside troops use no military force", "2016-07-16",
		"Loyalist troops and crowds of civilians retook key positions in Istanbul and Ankara.", []string{"MIL TUR 190"}, []string{"CVL "}},
	{"local protesters in a city protest against nobody named", "2016-07-16",
		"Protesters rallied in the Kurdish city of Diyarbakir.", []string{"TUROPP  141"}, []string{"OPP TUR"}},
	{"a compass word before the city is still where", "2023-03-20",
		"Several thousand Serbs protested in central Belgrade on Friday against the plan.", []string{"SRB  140"}, []string{"SRB SRB 140"}},
	{"a demonym before a place noun after in the is where", "2023-03-18",
		"Serbia and Kosovo agreed in the North Macedonian lakeside town of Ohrid on a plan.", []string{"SRB XKX 030"}, []string{"SRB MKD 030"}},
	{"a demonym before an actor noun after in the stays", "2023-03-18",
		"Protesters clashed with police in the Serbian capital.", nil, []string{"SRB SRB"}},
	{"the agent of a participle after the object is no object", "2023-07-11",
		"Lithuania has deployed air defence systems lent by Germany and Spain.", []string{"LTU  154"}, []string{"LTU DEU 154", "LTU ESP 154"}},
	{"supplied by after the object", "2023-07-11",
		"Poland deployed tanks supplied by the United States near the border.", []string{"POL  154"}, []string{"POL USA 154"}},
	{"two states severing relations sever them with each other", "2021-07-08",
		"The United States and Cuba severed diplomatic relations in 1961.", []string{"USA CUB 161", "CUB USA 161"}, nil},
	{"two states severing ties with a third", "2017-06-05",
		"Saudi Arabia and Bahrain severed ties with Qatar.", []string{"SAU QAT 161", "BHR QAT 161"}, []string{"SAU BHR 161"}},
	{"in eastern X is where a foreign state's army struck", "2023-03-20",
		"Russian troops set fire to houses in eastern Kharkiv.", []string{"RUSMIL UKR 1712"}, nil},
	// a two-city dateline
	{"a two-city dateline opens no clause", "2011-03-20",
		"PARIS/TRIPOLI — French jets fired the first shots of an intervention in Libya on Saturday, destroying four tanks.",
		[]string{"FRAMIL MIL 195", "FRAMIL LBY 195"}, nil},
	// martial law and emergencies
	{"martial law declared is coercion", "2014-05-22", "Thailand's army declared martial law on Tuesday.", []string{"THAMIL THA 1724"}, []string{"THAMIL  010"}},
	{"a state of emergency declared is coercion", "2022-07-13", "Sri Lanka declared a state of emergency.", []string{"LKA  1724"}, []string{"LKA  010"}},
	// nominal events with an owner
	{"X's crackdown on Y", "2021-08-16", "Egypt's crackdown on the Muslim Brotherhood intensified.", []string{"EGY  175"}, nil},
	{"X's capture of a place", "2021-08-16", "The Taliban's capture of Kabul on Sunday stunned Washington.", []string{"AFGREB AFG 192"}, nil},
	{"a purge of the army", "2016-07-20", "Turkey's purge of the army continued.", []string{"TUR MIL 172"}, nil},
	{"purged the army", "2016-07-20", "Erdogan purged the army.", []string{"TURGOV TURMIL 172"}, nil},
	// phone lines are no phone call
	{"cutting phone lines is a blackout, no consultation", "2020-11-04", "Ethiopia cut internet and phone lines to Tigray.",
		[]string{"ETH  1721"}, []string{"ETH  04", "ETH ETH"}},
	{"a phone call stays a consultation", "2020-11-04", "Biden spoke by phone with Putin.", []string{"USA RUSGOV 041"}, nil},
	// one's own embassy is no target
	{"its own embassy is no party", "2016-09-27", "Germany closed its embassy this week.", []string{"DEU  161"}, []string{"DEU DEU"}},
	// passive transport, gunmen
	{"a person flown somewhere is on no visit", "2021-07-07",
		"First Lady Martine Moise was wounded and flown to Miami for treatment.", nil, []string{" HTI 04", "  04"}},
	{"gunmen use unconventional violence", "2021-07-07",
		"Gunmen stormed the residence of Haitian President Jovenel Moise and shot him dead.", []string{"UAF HTIGOV 180", "UAF HTIGOV 186"}, []string{"UAF  19", "UAF HTIGOV 19"}},
	// signing parties
	{"a long appositive conjunct keeps the first party", "2016-09-27",
		"Colombian President Juan Manuel Santos and the leader of the Revolutionary Armed Forces of Colombia, Rodrigo Londono, signed a peace agreement on Monday.",
		[]string{"COLGOV COLREB 057", "COLREB COLGOV 057"}, nil},
	{"a state and its rebels sign with each other", "2016-09-27", "Colombia and the FARC signed a peace agreement on Monday.",
		[]string{"COL COLREB 057", "COLREB COL 057"}, nil},
	// evaluations and joint statements
	{"calling an act unacceptable is criticism", "2013-07-04",
		"Turkish Prime Minister Recep Tayyip Erdogan called the overthrow unacceptable.", []string{"TURGOV  111"}, nil},
	{"calling reports a provocation by X accuses X", "2013-08-22",
		"Russia called the reports a provocation by the rebels.", []string{"RUS REB 112"}, nil},
	{"a quoted provocation is an accusation", "2013-08-22",
		`Russia called the reports "a provocation planned in advance" by the rebels.`, []string{"RUS  112"}, nil},
	{"a joint statement calling on X is each issuer's appeal", "2017-07-04",
		"China and Russia issued a joint statement calling on Pyongyang to freeze its missile tests.", []string{"CHN PRK 020", "RUS PRK 020"}, nil},
	{"an apology offered is an apology", "2016-09-27",
		`Rodrigo Londono asked for forgiveness. "We offer our sincere apologies," he told the crowd.`, nil, []string{" CVL", "  030"}},
	{"the federal government is the state's government named before", "2020-11-04",
		"Ethiopia's prime minister ordered troops into Tigray. The federal government declared a six-month state of emergency in Tigray.",
		[]string{"ETHGOV ETH 1724"}, nil},
	// wounded as an adjective
	{"the wounded treated are no attack", "2014-07-09", "Jordan treated wounded Syrians at a field hospital.", nil, []string{"JOR SYR 19"}},
	{"the wounded let through are no attack", "2014-07-09",
		"Egypt opened the Rafah crossing to let wounded Palestinians through.", nil, []string{"EGY PSE 19"}},
	{"a subject's wounding stays", "2014-07-09", "Israel wounded three Palestinians.", []string{"ISR PSE 190"}, nil},
	{"a coordinated wounding stays", "2014-07-09", "Gunmen killed two and wounded five soldiers.", []string{"UAF MIL 180"}, nil}, // gunmen are armed actors, their attack 180
}

func TestCoupWarEvents(t *testing.T) { checkWorld(t, coupWarTests) }

// coalitionEconomyTests are constructions (coups, economy news,
// coalition talks; 2001–2023) once coded wrongly, in sentences written
// for sitrep. want: events that must be coded ("SRCCODE TGTCODE CAMEO");
// not: prefixes no event may start with ("" before a space: any source).
var coalitionEconomyTests = []worldCase{
	// removing a head of state
	{"the military removed the president", "2019-04-11", "Sudan's military removed President Omar al-Bashir on Thursday.", []string{"SDNMIL SDNGOV 170"}, nil},
	{"the army deposed the president", "2019-04-11", "The army deposed President Omar al-Bashir on Thursday.", []string{"SDNMIL SDNGOV 170"}, nil},
	// currencies and market lows
	{"the pound hitting a low is no attack", "2022-09-26", "Sterling fell and the British pound hit a 37-year low.", nil, []string{"GBR  19"}},
	{"the pound losing value is no attack", "2020-08-05", "The Lebanese pound has lost around 80 percent of its value since October.", nil, []string{"LBN  19"}},
	{"a removal from a post that is no head's is nothing", "2019-04-11", "Workers removed the debris on Thursday.", nil, []string{" 170", "  170"}},
	{"forced out of power", "2019-04-11", "The army forced President Omar al-Bashir out of power.", []string{"SDNMIL SDNGOV 170"}, nil},
	{"ten pounds is weight", "2019-04-11", "Police seized 10 pounds of cocaine.", nil, []string{"COP  194"}},
	{"forces pound a town", "2022-03-01", "Russian forces pound Kharkiv.", []string{"RUSMIL UKR 194"}, nil},
	{"artillery pounding stays an attack", "2022-03-01", "Russian artillery pounded the town of Izium.", []string{"RUSMIL UKR 194"}, nil},
	// an appositive with a relative clause
	{"one of the states that recognised X is no subject", "2001-10-08",
		"Pakistan, one of only three countries that recognised the Taliban government, said it had not been consulted.",
		[]string{"PAK  010", " PAK 040 neg"}, []string{"AFGREB ", " AFGREB"}},
	// talks a third party opens between two others
	{"an envoy opening talks between two sides mediates", "2015-06-15",
		"UN envoy Ismail Ould Cheikh Ahmed opened talks between Yemen's exiled government and the Houthis on Monday.",
		[]string{"IGOUNO YEMGOV 045", "IGOUNO YEMREB 045"}, nil},
	{"a state hosting talks between two others mediates", "2021-03-18",
		"Qatar hosted talks between the Taliban and the Afghan government.", []string{"QAT AFGREB 045"}, nil},
	// lending is economic aid
	{"a bailout approved for X", "2023-03-20", "The IMF approved a $3 billion bailout for Sri Lanka on Monday.", []string{"IGOBUSIMF LKA 071"}, nil},
	{"money disbursed to X", "2018-06-22", "The IMF disbursed $15 billion to Argentina.", []string{"IGOBUSIMF ARG 071"}, nil},
	{"a tranche received from the lender", "2023-03-20", "Sri Lanka received the first tranche of $330 million from the IMF.", []string{"IGOBUSIMF LKA 071"}, nil},
	// stopping the money is a sanction
	{"lending suspended", "2021-08-27", "The World Bank suspended lending to Afghanistan.", []string{"IGOUNODEVWBK AFG 1621"}, []string{"IGOUNODEVWBK AFG 06"}},
	{"disbursements halted", "2018-06-22", "The IMF halted disbursements to Argentina.", []string{"IGOBUSIMF ARG 1621"}, nil},
	// a relative clause's negation is its own
	{"no relations in a relative clause", "2020-08-05",
		"Israel, which has no diplomatic relations with Lebanon, offered humanitarian aid.", []string{"ISR  0333"}, []string{"ISR  0333 neg"}},
	{"a refusal in a relative clause", "2019-07-09",
		`Lam, who has refused to resign, said the bill was "dead".`, []string{"  010"}, []string{"  010 neg"}},
	// taking part
	{"taking part is no threat", "2015-03-26", "Egypt, Jordan, Sudan and Morocco said they would take part.", []string{"EGY  010"}, []string{"EGY  13", "EGY  19"}},
	{"taking part of a city is a seizure", "2015-03-26", "The rebels took part of the city of Aden.", []string{"REB YEM 190"}, nil},
	// ending strikes is de-escalation
	{"ending a phase of air strikes", "2015-04-21", "The Saudi-led coalition said on Tuesday it had ended its first phase of air strikes in Yemen.",
		[]string{"SAUMIL  087"}, []string{" YEM 19", "SAUMIL YEM 19"}},
	{"halting a bombing", "2014-08-05", "Israel halted its bombing of Gaza.", []string{"ISR  087"}, []string{"ISR PSE 19"}},
	{"a labour strike ended is nothing", "2014-08-05", "Workers ended their strike on Monday.", nil, []string{" ", "  087"}},
	// a coordinated verb keeps the sentence subject; a building captured is property
	{"a consulate captured after freeing prisoners from jails", "2014-06-10",
		"The militants freed more than 1,000 prisoners from jails in Mosul and captured the Turkish consulate, abducting 49 staff including the consul general.",
		[]string{"REB CVL 0841", "REB TUR 171"}, []string{"CVL ", "REB TUR 173"}},
	// taking a city
	{"seized control of a city", "2014-06-10", "Islamic State fighters seized control of Mosul on Tuesday.", []string{"IMGREB IRQ 192"}, []string{"IMGREB IRQ 171"}},
	{"took over the city of X", "2014-06-13", "Kurdish forces took over the city of Kirkuk on Thursday.", []string{"MIL IRQ 192"}, []string{"MIL IRQ 190"}},
	{"armed forces entering a capital", "2001-11-14", "Northern Alliance forces entered Kabul on Tuesday.", []string{"MIL AFG 192"}, nil},
	{"a president entering a capital occupies nothing", "2001-11-14", "The Afghan president entered Kabul on Tuesday.", nil, []string{"AFGGOV AFG 192"}},
	// backed by bombing
	{"backed by bombing is military aid, no praise", "2001-11-14", "Northern Alliance forces, backed by US bombing, entered Kabul on Tuesday.",
		[]string{"USA MIL 072", "MIL AFG 192"}, []string{"USA MIL 051", "USA  195"}},
	// protest leaders are the opposition
	{"protest leaders rejecting", "2019-04-11", "Protest leaders rejected the military council and called on demonstrators to stay in the streets.",
		[]string{"OPP MIL 120", "OPP OPP 020"}, []string{"MIL "}},
	// a ruling military council and the main opposition sign
	{"a military council and the main opposition sign with each other", "2019-08-17",
		"Sudan's ruling military council and the main opposition coalition signed a power-sharing agreement on Saturday.",
		[]string{"SDNMIL SDNOPP 057", "SDNOPP SDNMIL 057"}, nil}, // the opposition is Sudan's (homeOpposition)
	// a capitalised verb form inside a name
	{"Free Democrat leader is a party, no release", "2021-11-24",
		"The Greens' co-leader Annalena Baerbock will become foreign minister, and Free Democrat leader Christian Lindner will take the finance ministry, the parties said.",
		nil, []string{"DEUGOV  0841", "DEU  0841", "DEUGOV DEU 0841"}},
	{"a lower-case free stays a release", "2021-11-24", "The rebels freed three hostages.", []string{"REB CVL 0841"}, nil},
	// dismissing an official
	{"dismissing a predecessor is no disapproval", "2021-12-16",
		"Governor Sahap Kavcioglu was appointed in March after Erdogan dismissed his predecessor, Naci Agbal.", nil, []string{"TURGOV  110", "TURGOV TUR 110"}},
	{"dismissing someone as something disparages", "2021-12-16", "Erdogan dismissed the protesters as looters.", []string{"TURGOV OPP 110"}, nil},
	// the object of a purpose clause
	{"tear gas fired to clear protesters", "2019-07-02", "Police fired tear gas early on Tuesday to clear hundreds of protesters from the legislature.", []string{"COP OPP 175"}, nil},
	{"water cannon used to disperse demonstrators", "2019-07-02", "Police used water cannon to disperse demonstrators.", []string{"COP OPP 175"}, nil},
	// the speaker's own government's stated readiness
	{"his government ready to receive him", "2022-12-07",
		"Peruvian President Pedro Castillo was arrested on Wednesday. Mexican President Andres Manuel Lopez Obrador later said his government had been ready to receive him.",
		[]string{"MEXGOV PERGOV 036"}, nil},
}

func TestCoalitionEconomyEvents(t *testing.T) { checkWorld(t, coalitionEconomyTests) }

// proxyWarTests are constructions (proxy wars, regional
// alliances, sovereign debt, prison raids; 2022–2024) once coded
// wrongly, in sentences written for sitrep. want: events that must be
// coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var proxyWarTests = []worldCase{
	// a backer is no agent
	{"attacks by a backed group", "2024-01-12", "The strikes followed weeks of attacks by the Iran-backed group on commercial shipping in the Red Sea.", nil, []string{"IRN "}},
	{"a backed group launching attacks", "2024-01-12", "The Iran-backed group launched attacks on commercial shipping.", nil, []string{"IRN "}},
	{"raids by backed separatists", "2022-02-20", "The town was hit by raids by Russian-backed separatists.", nil, []string{"RUS "}},
	{"an attack by a state stays its", "2017-08-10", "Japan condemned the attack by North Korea.", []string{"JPN PRK 111"}, nil},
	// a raid at home has no state as target
	{"troops raiding a prison at home", "2024-01-13", "Ecuadorian troops raided a prison in Guayaquil on Friday.", []string{"ECUMIL  173"}, []string{"ECUMIL ECU"}},
	{"soldiers raiding a prison", "2024-01-13", "Soldiers raided a prison in Guayaquil on Friday.", nil, []string{"MIL ECU"}},
	{"foreign troops raiding a house keep the target", "2023-07-03", "Israeli troops raided a house in Jenin.", []string{"ISRMIL PSE 173"}, nil},
	// an emergency on one's own border
	{"an emergency along the border with a neighbour", "2024-01-11", "Peru declared a state of emergency along its northern border with Ecuador on Wednesday.", []string{"PER  1724"}, []string{"PER ECU"}},
	// an order is no demand on its object
	{"ordering a release", "2024-08-05", "President Mohammed Shahabuddin ordered the release of jailed opposition leader Khaleda Zia on Monday night.", []string{"BGDGOV BGDOPP 0841"}, []string{"BGDGOV BGD 100", "BGDGOV OPP 100"}},
	{"ordering one's army", "2024-01-10", `President Daniel Noboa ordered the military to "neutralise" 22 criminal gangs.`, nil, []string{"ECUGOV MIL 100", "ECUGOV ECUMIL 100"}},
	{"ordering troops into a country stays a deployment", "2022-02-22", "Putin ordered troops into eastern Ukraine.", []string{"RUSGOV UKR 154"}, nil},
	// troops arriving are deployed, no visitors
	{"troops from an alliance arriving", "2022-01-07", "Troops from a Russian-led military alliance arrived in Kazakhstan on Thursday.", []string{"RUSMIL KAZ 154"}, []string{"MIL KAZ", "RUSMIL KAZ 042"}},
	{"a led military coalition is the leader's forces", "2015-04-21", "The Saudi-led military coalition struck Sanaa.", []string{"SAUMIL YEM 190"}, []string{"MIL "}},
	{"a state's troops arriving", "2022-01-07", "Russian troops arrived in Kazakhstan on Thursday.", []string{"RUSMIL KAZ 154"}, []string{"RUSMIL KAZ 042"}},
	{"a general arriving still visits", "2022-01-07", "Russian army chief Valery Gerasimov arrived in Kazakhstan.", []string{"RUSMIL KAZ 042"}, nil},
	// members in a relative clause are no subjects
	{"an unnamed alliance with members", "2022-01-07", "The alliance, which includes Russia, Belarus and Armenia, said it would send about 2,500 peacekeepers.", nil, []string{"RUS ", "BLR ", "ARM "}},
	{"a named organisation with members", "2022-01-07", "The Collective Security Treaty Organization, which includes Russia, Belarus and Armenia, said it would send peacekeepers.", []string{"IGO  010"}, []string{"RUS ", "BLR ", "ARM "}},
	{"an inclusion list still acts", "2022-01-07", "Several governments, including Argentina, Chile and Peru, rejected the plan.", []string{"ARG  127"}, nil},
	// a call readout
	{"called X and urged restraint", "2022-01-07", "US Secretary of State Antony Blinken called Kazakh Foreign Minister Mukhtar Tileuberdi and urged restraint.",
		[]string{"USAGOV KAZGOV 041", "KAZGOV USAGOV 041", "USAGOV KAZGOV 0256"}, nil},
	{"called X to discuss", "2023-10-20", "Biden called Netanyahu to discuss the hostage deal.", []string{"USAGOV ISRGOV 041"}, nil},
	{"calling a name stays an insult", "2017-09-22", "Trump called Kim Jong Un a madman and threatened war.", []string{"USAGOV PRKGOV 111"}, []string{"USAGOV PRKGOV 041"}},
	// a reaction to an act named before
	{"condemning the strikes of the sentence before", "2024-01-12",
		"The United States and Britain struck Houthi targets in Yemen on Friday. Iran condemned the strikes as a violation of Yemen's sovereignty.",
		[]string{"IRN USA 111", "IRN GBR 111"}, nil},
	{"no violence before, no target", "2024-01-12",
		"The United States and Britain met in London on Friday. Iran condemned the strikes.", nil, []string{"IRN USA", "IRN GBR"}},
	// an armed raid and hostage taking
	{"gunmen burst in and hold staff at gunpoint", "2024-01-10", "Masked gunmen burst into a television studio in Guayaquil and held staff at gunpoint on Tuesday.", []string{"UAF ECUMED 180", "UAF  181"}, nil},
	{"bare gunmen are an actor", "2024-01-10", "Gunmen burst into a church in Kaduna.", []string{"UAF NGAREL 180"}, nil},
	{"bursting into flames is no raid", "2024-01-10", "Police said the car burst into flames.", nil, []string{"COP  1", "COP  145"}},
	{"held captive", "2024-01-10", "Militants held three aid workers captive.", []string{"REB NGO 181"}, nil},
	// a debtor stopping payments is no sanction
	{"payments suspended on debt", "2022-12-20", "Ghana suspended payments on most of its external debt on Monday.", nil, []string{"GHA  16", "GHA  1621"}},
	{"debt service halted", "2020-05-22", "Argentina halted payments on its foreign bonds.", nil, []string{"ARG  16"}},
	{"payments to a state stopped stay a cut", "2018-08-31", "The United States halted payments to the Palestinian Authority.", []string{"USA PSEGOV 1621"}, nil},
	// frozen aid
	{"military aid frozen", "2024-07-09", "The European Union froze military aid to Georgia.", []string{"IGOEUREEC GEO 1622"}, nil},
	{"an amount of military aid frozen", "2024-07-09", "The European Union froze 30 million euros in military aid to Georgia.", []string{"IGOEUREEC GEO 1622"}, nil},
	{"aid withheld", "2019-07-18", "The United States withheld military aid to Ukraine.", []string{"USA UKR 1622"}, nil},
	{"economic aid frozen", "2021-08-18", "Germany froze development aid to Afghanistan.", []string{"DEU AFG 162"}, nil},
}

func TestProxyWarEvents(t *testing.T) { checkWorld(t, proxyWarTests) }

// TestHomeCivilians checks that civilians acted on by a state's own
// forces at a place of that state are its civilians; civilians acted on
// by others, or beside a place named for its state, keep no country.
func TestHomeCivilians(t *testing.T) {
	checkWorld(t, []worldCase{
		{"troops and civilians at home", "2022-06-01", "Malian troops allegedly executed dozens of civilians in the central region of Mopti.", []string{"MLIMIL MLICVL 1823"}, nil},
		{"civilians after a foreign force keep their own", "2022-04-03", "Russian troops killed civilians in Bucha.", []string{"RUSMIL UKRCVL 190"}, []string{"RUSMIL RUSCVL"}},
		{"insurgents of no state", "2012-07-16", "Insurgents shelled a village near Aleppo, killing civilians.", nil, []string{"REB SYRCVL"}},
		{"a place used for its state", "2015-01-01", "The civilians imprisoned for acting against Moscow were released by Putin.", []string{"RUSGOV CVL 0841"}, []string{"RUSGOV RUSCVL"}},
	})
}

// TestDomesticDissent checks that the opposition, students, workers
// or farmers a state coerces, releases or pardons are its own, and that
// farmers are local people of the event's place, as workers are.
func TestDomesticDissent(t *testing.T) {
	checkWorld(t, []worldCase{
		{"banned opposition rallies", "2016-06-01", "Zambia's government banned opposition rallies ahead of the election.", []string{"ZMBGOV ZMBOPP 1722"}, nil},
		{"pardoned an opposition leader", "2018-09-15", "Rwanda's President Paul Kagame pardoned opposition leader Victoire Ingabire.", []string{"RWAGOV RWAOPP 056"}, nil},
		{"farmers at a place", "2020-11-26", "Indian police fired tear gas and used batons to disperse thousands of farmers marching on New Delhi.", []string{"INDCOP INDAGR 175"}, nil},
		{"executed activists", "2022-07-25", "Myanmar's junta executed four pro-democracy activists, including a former lawmaker.", []string{"MMRMIL MMROPP 1823"}, nil},
		{"gunmen of no state", "2022-07-25", "Gunmen killed opposition activists.", []string{"UAF OPP 180"}, nil},
		{"a sanction stays aimed at nobody's", "2016-06-01", "The United States imposed sanctions on opposition groups.", nil, []string{"USA USAOPP"}},
	})
}

// TestRefusedAct checks that a refusal to do something is one
// rejection, not also a bare refusal to yield (124).
func TestRefusedAct(t *testing.T) {
	checkWorld(t, []worldCase{
		{"refused to sign a pact with", "2013-11-25", "Afghan President Hamid Karzai refused to sign a security pact with the United States.", []string{"AFGGOV USA 120"}, []string{"AFGGOV USA 124"}},
		{"refused to release", "2013-11-25", "Israel refused to release Palestinian prisoners.", []string{"ISR PSECVL 1243"}, nil},
	})
}

// TestNounModifierEvents: an adverb and a participle between an owner or a
// determiner and a noun modify the noun ("Yemen's internationally
// recognised government" is no recognition), and an agent word before
// "and" and another adjective is an adjective too ("military and
// diplomatic pressure" is the state's, not the military's).
func TestNounModifierEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		{"internationally recognised government", "2017-06-05", "Yemen's internationally recognised government and the Maldives later joined the boycott.", nil, []string{"054"}},
		{"the newly recognised state", "2017-06-05", "The newly recognised state opened an embassy.", nil, []string{"054"}},
		{"formally recognised stays", "2017-06-05", "Sweden formally recognised Palestine on Monday.", []string{"SWE PSE 054"}, nil},
		{"military and diplomatic pressure", "2023-03-26", "China has stepped up military and diplomatic pressure on Taiwan.", []string{"CHN TWN"}, []string{"MIL TWN"}},
		{"ending decades of fighting", "2005-08-15", "The Indonesian government and the Free Aceh Movement signed a peace agreement on Monday, ending nearly three decades of fighting in the province.", []string{"057"}, []string{"190"}},
		{"resumed fighting stays", "2005-08-15", "The Indonesian government and the Free Aceh Movement resumed fighting in the province on Monday.", []string{"190"}, nil},
		{"declare X occupied territories", "2008-08-29", "The parliament voted to declare Abkhazia and South Ossetia occupied territories.", nil, []string{"192"}},
		{"troops occupied stays", "2008-08-29", "Russian troops occupied South Ossetia on Friday.", []string{"RUSMIL XSO 192"}, nil},
		{"military and police stay actors", "2023-03-26", "The military and police attacked protesters on Monday.", []string{"MIL OPP 18"}, nil},
	})
}

// TestStatedIntentPetrolBombEvents checks a leader's "said <his state>
// would …" as stated intent, aid amounts, petrol bombs and a passive
// shared across "and" (e.g. Fiji 2006), in sentences written for sitrep.
func TestStatedIntentPetrolBombEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		// a leader's "said <his state> would …" is his government's stated intent
		{"leader said Canberra would", "2006-12-06", "Australian Prime Minister John Howard said Canberra would suspend military ties with Fiji.", []string{"AUS FJI 13"}, nil},
		{"minister said Australia would", "2006-12-06", "Foreign Minister Alexander Downer said Australia would suspend military ties with Fiji.", []string{"AUS FJI 13"}, nil},
		{"another state's intent stays uncoded", "2006-12-06", "Foreign Minister Alexander Downer said Fiji would suspend military ties with Tonga.", nil, []string{"FJI TON"}},
		{"a denied intent stays uncoded", "2006-12-06", "Foreign Minister Alexander Downer said Australia would not suspend military ties with Fiji.", nil, []string{"AUS FJI"}},
		// an amount with "about" before "in military aid"
		{"cut about $2.5 million in military aid", "2006-12-06", "The United States cut about $2.5 million in military aid to Fiji.", []string{"USA FJI 1622"}, nil},
		// thrown petrol bombs are a riot's, no air strike; the noun alone bombs nothing
		{"threw petrol bombs at soldiers", "2023-05-30", "Protesters threw rocks, bottles and petrol bombs at NATO soldiers in Zvecan.", []string{"145"}, []string{"195"}},
		{"threw petrol bombs outside", "2023-05-30", "The soldiers were hurt when protesters threw rocks and petrol bombs outside the town hall in Zvecan.", []string{"145"}, []string{"195"}},
		{"petrol bombs found", "2023-05-30", "Serbian police found petrol bombs in a car near Kosovo.", nil, []string{"195"}},
		// a participle after "and" shares the passive of the conjunct before it, across an adverbial
		{"arrested on a day and charged", "2008-06-23", "Morgan Tsvangirai was arrested on June 12 and charged with treason.", []string{" ZWE 173"}, []string{"ZWE  173"}},
		{"an active verb stays active", "2008-06-23", "Police arrested Morgan Tsvangirai on June 12 and charged him with treason.", []string{"173"}, []string{"ZWE  173"}},
		// "at the U.S. embassy" is where a meeting is held, not whom it is with
		{"met dissidents at the embassy", "2016-03-21", "Secretary of State John Kerry met dissidents at the U.S. embassy.", []string{"OPP 040"}, []string{"USAGOV USAGOV"}},
		{"met a minister at the embassy", "2016-03-21", "Secretary of State John Kerry met the Cuban foreign minister at the U.S. embassy.", []string{"USAGOV CUBGOV 040"}, []string{"USAGOV USAGOV"}},
		// the victim of the crime an arrest is "in" is no one arrested
		{"arrested in the assassination of", "2021-07-09", "Haitian police arrested 17 others in the assassination of President Jovenel Moise.", []string{"HTICOP  173", " HTIGOV 186"}, []string{"HTICOP HTIGOV 173"}},
		{"arrested a named person stays", "2021-07-09", "Haitian police arrested Claude Joseph in the capital.", []string{"HTICOP HTIGOV 173"}, nil},
		// a travel ban on a state's officers is a sanction
		{"imposed a travel ban", "2006-12-06", "Australia imposed a travel ban on Fiji military officers.", []string{"AUS FJIMIL 163"}, nil},
	})
}

// TestHosted: a leader hosted by another visited the host (042),
// as one received does; a government hosting its own region's leaders
// visits nobody.
func TestHosted(t *testing.T) {
	checkEvents(t, []eventCase{
		{"hosted a president", "2023-04-05", "Polish President Andrzej Duda hosted Ukrainian President Volodymyr Zelensky in Warsaw on Wednesday.", []string{"POLGOV UKRGOV 043", "UKRGOV POLGOV 042"}, nil},
		{"hosted talks stays mediation", "2020-02-29", "Qatar hosted talks between the United States and the Taliban.", []string{"QAT USA 045"}, []string{"042"}},
		{"no visit to oneself", "2023-05-30", "Brazil's President Lula hosted South American leaders in Brasilia.", nil, []string{"BRAGOV BRAGOV 042"}},
	})
}

// TestReducedPassiveBacking: "X backed by Y's troops <verb>": the troops
// give X military aid (072, no praise) and the verb is X's, not the
// agent's.
func TestReducedPassiveBacking(t *testing.T) {
	checkEvents(t, []eventCase{
		{"backed by troops", "2022-06-13", "M23 rebels backed by Rwandan troops seized the town of Bunagana in eastern Congo.",
			[]string{"RWAMIL CODREB 072", "CODREB COD 192"}, []string{"RWAMIL CODREB 051", "RWAMIL COD 192"}},
		{"backed by a state stays support", "2022-06-13", "Rebels backed by Rwanda seized the town of Bunagana in eastern Congo.",
			[]string{"RWA REB 051"}, []string{"RWA COD 192"}},
	})
}

// TestReceivedNominal: an act named as the object of a verb of
// receiving ("received support from", "enjoyed support among") is done
// to the clause subject by the giver, not by the subject.
func TestReceivedNominal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"won support from a state", "2016-05-10", "The Colombian government's peace plan won strong support from Venezuela.", []string{"VEN COLGOV 03"}, []string{"COLGOV VEN"}},
		{"enjoyed support from an unnamed giver", "2016-05-10", "Kenya's president enjoyed broad support from opposition lawmakers.", []string{"OPP KENGOV 051"}, []string{"KENGOV OPP", "KENGOV  051"}},
		{"enjoyed support among voters", "2016-05-10", "Kenya's president enjoyed broad support among young voters.", []string{" KENGOV 051"}, []string{"KENGOV  051"}},
		{"pledged support stays the subject's", "2016-05-10", "Kenya pledged support for Uganda.", []string{"KEN UGA 03"}, nil},
	})
}

// TestCitedNominal: a nominal act cited as evidence ("citing the
// release of political prisoners") has its own, unnamed agent, not the
// one who cites it.
func TestCitedNominal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"citing the release", "2016-05-10", "Kenya's foreign minister said the country had changed, citing the release of political prisoners.", []string{" CVL 0841"}, []string{"KENGOV CVL"}},
		{"pointing to the release", "2016-05-10", "Kenya's foreign minister, pointing to the release of political prisoners, said the country had changed.", nil, []string{"KENGOV CVL"}},
		{"a release by the subject stays", "2016-05-10", "Kenya released political prisoners.", []string{"KEN CVL 0841"}, nil},
	})
}

// TestRecipientPassive: the subject of a passive with a second object
// ("was awarded a medal") receives it; a "to" phrase after the object
// ("during a visit to Uganda") names where, not to whom.
func TestRecipientPassive(t *testing.T) {
	checkEvents(t, []eventCase{
		{"was awarded a medal during a visit to", "2012-09-19", "Kenya's president was awarded a medal during a visit to Uganda.", []string{" KENGOV 051"}, []string{" UGA 051", "KENGOV UGA"}},
		{"awarded a medal to stays", "2012-09-19", "Uganda awarded a medal to Kenya's president.", []string{"UGA KENGOV 051"}, nil},
	})
}

// TestQuotedOtherSubject: inside a direct quote, an act whose subject
// is "they", "you" or an unresolved "he"/"she" is not the speaker's;
// "we" stays the speaker's.
func TestQuotedOtherSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"they are putting pressure", "2016-09-26", "\"They’re putting all kinds of pressure on Uganda,\" Kenya's president said.", []string{"KENGOV  010"}, []string{"KENGOV UGA 100"}},
		{"will you pledge", "2016-09-26", "\"Will you pledge to help Uganda?\" Kenya's president asked.", nil, []string{"KENGOV UGA 03", "KENGOV  03"}},
		{"we will put pressure stays", "2016-09-26", "\"We will put pressure on Uganda,\" Kenya's president said.", []string{"KENGOV UGA 100"}, nil},
		{"forced him to sign", "2020-11-10", "\"We forced him to sign the document,\" Azerbaijan's president said.", []string{"AZEGOV  010"}, []string{"AZEGOV  057"}},
		{"we will sign stays", "2020-11-10", "\"We will sign the document,\" Azerbaijan's president said.", []string{"AZEGOV  03"}, nil},
	})
}

// TestQuotedNamedSubject: inside a direct quote, a verbal act whose
// subject the quote names ('"Uganda has rejected the offer," Kenya's
// president said') is that subject's, not the speaker's; "we" stays the
// speaker's.
func TestQuotedNamedSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a state named", "2016-09-26", "\"Uganda has rejected the offer,\" Kenya's president said.", []string{"UGA  12"}, []string{"KENGOV  12"}},
		{"a people named", "2016-09-26", "\"The Ugandan people have rejected the offer,\" Kenya's president said.", []string{"UGACVL  12"}, []string{"KENGOV  12"}},
		{"the people of a state", "2016-09-26", "\"The people of Uganda have rejected the offer,\" Kenya's president said.", []string{"UGA"}, []string{"KENGOV  12"}},
		{"our government stays the speaker's", "2016-09-26", "\"Our government has rejected the offer,\" Kenya's president said.", []string{"KENGOV  12"}, nil},
		{"we stays the speaker's", "2016-09-26", "\"We have rejected the offer,\" Kenya's president said.", []string{"KENGOV  12"}, nil},
	})
}

// TestStandingSanctionsKind: a reference to standing sanctions is no
// new penalty when a kind stands before the noun ("the U.S. economic
// sanctions got results"), nor when the verb pattern "~sanction" reads
// the noun; "imposed economic sanctions" and "the EU sanctions Russia"
// stay penalties.
func TestStandingSanctionsKind(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the X economic sanctions got results", "2016-09-16", "Ministers said that the Kenyan economic sanctions got results in pushing Uganda toward reforms.", nil, []string{"163"}},
		{"after a preposition with a kind", "2019-05-02", "Inflation rose because of trade sanctions on Venezuela.", nil, []string{" VEN 163"}},
		{"imposed economic sanctions stays", "2019-05-02", "Kenya imposed economic sanctions on Uganda.", []string{"KEN UGA 163"}, nil},
		{"the verb stays", "2022-03-01", "The European Union sanctions Russia over the war.", []string{" RUS 163"}, nil},
	})
}

// TestReportingComplement: the passive in the complement of "reporting"
// ("a call reporting the girl had been assaulted") has that clause's
// subject, no actor, as its patient, not the one who got the call.
func TestReportingComplement(t *testing.T) {
	checkEvents(t, []eventCase{
		{"reporting X had been assaulted", "2023-06-01", "Kenyan police received a call from a neighbour reporting the girl had been assaulted.", nil, []string{"KENCOP 18", " KENCOP 18"}},
		{"reporting Kenya had been attacked", "2023-06-01", "Ugandan radio was reporting Kenya had been attacked by rebels.", []string{"REB KEN 1"}, nil},
	})
}

// TestFirstPersonWriter: outside a quote, an "I" subject is the writer,
// no actor named before it; a quote's "I" stays its speaker's.
func TestFirstPersonWriter(t *testing.T) {
	checkEvents(t, []eventCase{
		{"I should say after a list of names", "2016-10-03", "Lest you assume that Kenya and Uganda were poor, I should say that both grew fast.", nil, []string{"KEN  010", "UGA  010"}},
		{"a quote's I stays the speaker's", "2016-10-03", "\"I will visit Uganda,\" Kenya's president said.", []string{"KENGOV  010"}, nil},
	})
}

// TestSentToJail: "sent X to jail" jails X, by the subject, not by an
// actor inside the object.
func TestSentToJail(t *testing.T) {
	checkEvents(t, []eventCase{
		{"sent an opposition leader to prison", "2023-06-01", "A Kenyan court sent opposition leader Raila Odinga to prison.", []string{"KENJUD KENOPP 173"}, []string{"KENOPP  173"}},
	})
}

// TestQuestionsNoun: questions raised, faced or "about" something are
// the noun, no disapproval; "X questioned Y" stays one.
func TestQuestionsNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"raising questions about", "2016-09-26", "Kenya's president is raising questions about the vote count in Uganda.", nil, []string{"110"}},
		{"more questions than answers", "2016-09-26", "Kenya's foreign minister said he came away with more questions than answers from Uganda.", nil, []string{"110"}},
		{"questions the verb stays", "2016-09-26", "Kenya's president questions Uganda's commitment to the ceasefire.", []string{"KENGOV UGA 110"}, nil},
	})
}

// TestBrokersHoldNoTalks: the agents after "talks mediated by" mediate
// between the parties; the co-mediators negotiate with no one, each
// other least of all (the nominal's owner is never its broker).
func TestBrokersHoldNoTalks(t *testing.T) {
	for _, tc := range []eventCase{
		{"talks mediated by a list", "2004-11-26", "Kuchma met Yushchenko on Friday at talks mediated by Poland, Lithuania and the European Union.",
			[]string{"POL UKR 045"}, []string{"POL LTU", "LTU POL", "POL IGOEUREEC", "IGOEUREEC LTU"}},
		{"talks brokered by two states", "2014-08-26", "Israel and Hamas agreed to a ceasefire after talks brokered by Egypt and Qatar.",
			[]string{"EGY  045"}, []string{"EGY QAT", "QAT EGY"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestRelativeClauseList: a relative clause after the subject that ends
// with a list ("Ouattara, who was recognised by France, the United
// Nations and the African Union, appealed") keeps all of the list inside
// it; its last members are no subject of the main verb.
func TestRelativeClauseList(t *testing.T) {
	for _, tc := range []eventCase{
		{"passive agent list", "2011-04-11", "Ouattara, who was recognised as the winner by France, the United Nations and the African Union, appealed for calm.",
			[]string{"CIVGOV  0256", "IGOUNO CIVGOV 054"}, []string{"IGOUNO  0256", "IGOAFRAFU  0256", "FRA  0256"}},
		{"object list", "2011-04-11", "Ouattara, who met France, Britain and Germany, appealed for calm.",
			[]string{"CIVGOV  0256"}, []string{"GBR  0256", "DEU  0256"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestOwnDemonymNoTarget: a bare demonym of a person's own country that
// qualifies the object ("share French security know-how") says whose
// the thing is; the country is no target of its own official's act.
func TestOwnDemonymNoTarget(t *testing.T) {
	for _, tc := range []eventCase{
		{"own demonym in the object", "2011-01-14", "French Foreign Minister Michele Alliot-Marie offered on Tuesday to share French security know-how with the Tunisian police.",
			nil, []string{"FRAGOV FRA"}},
		{"another country's demonym stays", "2022-03-01", "Joe Biden froze Russian assets.", []string{"USAGOV RUS"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestBackedByWeapons: weapons after "backed by" name no backer, even
// when they are no actor ("soldiers backed by armoured vehicles"), while a
// state's weapons still back ("backed by Rwandan tanks").
func TestBackedByWeapons(t *testing.T) {
	for _, tc := range []eventCase{
		{"unnamed vehicles back nobody", "2010-05-19", "Thai soldiers backed by armoured vehicles stormed the camp on Wednesday.", nil, []string{" THA 051", " THAMIL 051"}},
		{"a state's tanks still back", "2012-11-20", "Rebels backed by Rwandan tanks seized Goma.", []string{"RWA"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestCondemnedHarmVictims: the people after "violence against" or "the
// crackdown on" are harmed, not the ones a condemnation addresses; the
// people condemned by name still are.
func TestCondemnedHarmVictims(t *testing.T) {
	for _, tc := range []eventCase{
		{"violence against citizens", "2011-01-14", "U.S. President Barack Obama condemned the use of violence against citizens.", []string{"USAGOV  111"}, []string{"USAGOV CVL"}},
		{"the protesters condemned", "2011-01-14", "Barack Obama condemned the protesters.", []string{"USAGOV "}, []string{"USAGOV  111"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestReducedPassiveAgentModified: the agent of a reduced passive after
// the subject noun is no subject of the main verb also when a determiner
// or a modifier opens it ("Rebels backed by the army attacked").
func TestReducedPassiveAgentModified(t *testing.T) {
	for _, tc := range []eventCase{
		{"by the army", "2012-11-20", "Rebels backed by the army attacked the town.", []string{"REB  180"}, []string{"MIL  180"}},
		{"by the army, a state's rebels", "2012-11-20", "Rebels backed by the Rwandan army attacked the town.", []string{"REB  180"}, []string{"RWAMIL  180"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestDoubledApostropheQuote: a quote closed by two apostrophes (the New
// York Times's quote mark) is closed as by '"': the speaker after the
// verb said it, not an actor inside the quote.
func TestDoubledApostropheQuote(t *testing.T) {
	checkEvents(t, []eventCase{
		{"doubled apostrophes, speaker after the verb", "2016-09-19", "''That's Egypt's vulnerability,'' said Luis Rubio, who heads a research center.", []string{" 010"}, []string{"EGY"}},
		{"doubled apostrophes, named speaker before the verb", "2016-09-19", "''Egypt is our ally,'' Luis Rubio said.", []string{" 010"}, []string{"EGY"}},
		{"double quotes stay", "2016-09-19", "\"That's Egypt's vulnerability,\" said Luis Rubio, who heads a research center.", []string{" 010"}, []string{"EGY"}},
	})
}

// TestRequestedContent: the infinitive after a noun of asking or
// offering says what is asked for, not done (e.g. "Mexico accepted the
// administration's request to cooperate").
func TestRequestedContent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a request to cooperate", "2016-09-19", "Egypt accepted Libya's request to cooperate in a pilot program.", []string{"EGY LBY 030"}, []string{"060"}},
		{"an invitation to visit", "2016-09-19", "Egypt rejected Libya's invitation to visit Tripoli.", nil, []string{"042"}},
		{"an offer to fund", "2016-09-19", "Egypt approved Libya's offer to fund a new bridge.", nil, []string{"071"}},
		{"a verb after its subject stays", "2016-09-19", "Egypt offers to mediate between Libya and Sudan.", []string{"EGY LBY 039"}, nil},
	})
}

// TestListedDonorsAidNoOne: co-subjects who pledge aid give it to a
// recipient, not to each other (e.g. "Nine countries — Australia,
// Brazil, France … — have promised to send …").
func TestListedDonorsAidNoOne(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a list pledging aid", "2016-09-19", "Australia, Brazil and France have promised aid.", []string{"AUS  033"}, []string{"AUS BRA", "BRA AUS", "FRA AUS"}},
		{"a dash-set list pledging aid", "2016-09-19", "Nine countries — Australia, Brazil and France — have promised aid to Haiti.", []string{"AUS HTI 033"}, []string{"AUS BRA", "BRA AUS"}},
		{"a joint agreement stays mutual", "2016-09-19", "Australia and Brazil agreed to restore relations.", []string{"AUS BRA", "BRA AUS"}, nil},
	})
}

// TestThingVisited: a visit to a common noun naming no actor and no
// land ("visited an out of hours GP clinic", "toured the museum") has no
// host and is no event; a land or people visited stays.
func TestThingVisited(t *testing.T) {
	checkEvents(t, []eventCase{
		{"visited a clinic", "2015-10-20", "Cafferkey visited an out of hours GP clinic on October 5.", nil, []string{"042"}},
		{"toured the museum", "2016-09-19", "Putin toured the museum last week.", nil, []string{"042"}},
		{"visited the country", "2016-09-19", "Putin visited the country in May.", []string{"RUSGOV  042"}, nil},
		{"visited soldiers", "2016-09-19", "Putin visited wounded soldiers in a Moscow hospital.", []string{"RUSGOV RUSMIL 042"}, nil},
		{"visited a state", "2016-09-19", "Putin visited Egypt on Monday.", []string{"RUSGOV EGY 042"}, nil},
	})
}

// TestCommaVerbListObject: the object of the first verb of a comma list
// of past verbs is no subject of the next ("Rebels seized tanks, bombed
// the parliament": the rebels bombed it, not the tanks).
func TestCommaVerbListObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an object before the comma", "2016-07-17", "Rebels seized tanks, bombed the parliament in Ankara.", []string{"REB TURLEG 195"}, []string{"MIL TURLEG 195"}},
		{"an object list and a time before the comma", "2016-07-17", "Rebels seized tanks and helicopters late on Friday, bombed the parliament in Ankara.", []string{"REB TURLEG 195"}, []string{"MIL TURLEG 195"}},
		{"a subject after an opening clause stays", "2016-07-17", "After the police arrested protesters, rebels bombed the parliament in Ankara.", []string{"REB TURLEG 195"}, nil},
	})
}

// TestAddresseeBeforeQuote: the one a speaker tells something before a
// quoted word is no speaker of the quote ("Al Thani told Al Jazeera that
// his country would not accept 'guardianship'": his country, Qatar, not
// Al Jazeera, rejects).
func TestAddresseeBeforeQuote(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an addressee before a scare quote", "2017-06-06", "Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani told Al Jazeera that his country would not accept \"guardianship\" from its neighbours.", []string{"QAT  124"}, []string{"QATMED  124"}},
	})
}

// TestReducedPassiveDone: a participle after the noun it modifies and
// before its agent tells a done act; the modal of the verb that governs
// the noun is no hypothesis of it ("will raise the fate of citizens
// abducted by North Korea").
func TestReducedPassiveDone(t *testing.T) {
	for _, tc := range []eventCase{
		{"under a modal", "2018-06-12", "Japan will raise the fate of Japanese citizens abducted by North Korea.", []string{"PRK JPN 181"}, []string{"181 hypo"}},
		{"a modal of the act itself stays", "2018-06-12", "Japanese citizens would be abducted by North Korea.", []string{"PRK JPNCVL 138"}, []string{"PRK JPNCVL 181"}},
		// "forced from office by": the noun before is acted on, not the clause's subject acting
		{"forced from office after a noun", "2011-11-23", "Yemen's president became the fourth leader forced from office by the protests.", nil, []string{"YEMGOV  170"}},
		{"forced out after a noun", "2011-11-23", "Yemen's president became the fourth leader forced out by the protests.", nil, []string{"YEMGOV  170"}},
		{"an active force from office stays", "2011-11-23", "Yemeni protesters forced the president from office.", []string{"YEMOPP  170"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantEvents(t, tc.text, flaggedEvents(t, tc.text, tc.date), tc.want, tc.none)
		})
	}
}

// TestCoordinatedClauseDates: a time in a clause that ", but" or ", and"
// with its own verb opens after the trigger is that clause's: "jailed
// politicians, but was forced to restore parliament in April 2006" dates
// the jailing by the main clause's February 2005.
func TestCoordinatedClauseDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"but and a verb", "Gyanendra took absolute power in February 2005 and jailed politicians, but was forced to restore parliament in April 2006.", "jailed", "2005-02"},
		{"and a subject with have", "Gunmen attacked a student hostel in Dili in August 1999, and several local staff have been missing since September 2.", "attacked", "1999-08"},
		{"and a second object stays one clause", "Gunmen attacked the hostel, and the clinic nearby, in August 1999.", "attacked", "1999-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2008, 6, 12, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestSubordinateCoordinatedSubject: a verb coordinated by "and" inside
// an adverbial clause with its own subject shares that subject, not the
// previous trigger's ("ordered the media to support them, a day after
// tanks rolled through Bangkok and toppled Thaksin": the tanks).
func TestSubordinateCoordinatedSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"after a subject, and a verb", "2006-09-20", "The Thai junta ordered the media to support it, a day after rebel soldiers rolled through Bangkok and toppled Prime Minister Thaksin Shinawatra.", []string{"MIL THAELI 170"}, []string{"MED THAELI"}},
		{"shared subject stays", "2006-09-20", "The Thai junta ordered the media to support it and detained Prime Minister Thaksin Shinawatra.", []string{"THAMIL THAGOV 173"}, nil},
	})
}

// TestCauseNominal: an act named by a noun after "over" or "in
// protest at / response to / retaliation for" is the reason of the
// clause's act, told as background; it is not coded, and never with the
// clause subject as its source.
func TestCauseNominal(t *testing.T) {
	checkWorld(t, []worldCase{
		{"over a raid", "2024-04-06", "Mexico broke off diplomatic relations with Ecuador on Friday over a police raid on its embassy in Quito.", []string{"MEX ECU 161"}, []string{"MEX ECU 173", "COP ECU 173"}},
		{"in protest at a raid", "2008-03-03", "Ecuador expelled Colombia's ambassador on Monday in protest at a Colombian raid on a rebel camp.", []string{"ECU COLGOV 166"}, []string{"COLGOV ECU 173", "COL "}},
		{"over the supply of arms", "2022-10-20", "The European Union imposed sanctions on three Iranian military officials over the supply of drones to Russia.", []string{"IGOEUREEC IRNMIL 163"}, []string{"IGOEUREEC RUS 072"}},
		{"in retaliation for attacks", "2024-01-12", "Britain struck Houthi targets in Yemen in retaliation for attacks on shipping in the Red Sea.", []string{"GBR YEMREB 190"}, []string{"GBR  190", "GBR YEM 190"}},
		{"a participle after 'over' tells a done act", "2004-11-14", "Japan and North Korea held talks on a dispute over Japanese nationals abducted by North Korea.", []string{"PRK JPN 181"}, nil},
		{"'over' before a count is no cause", "2024-04-06", "Israeli troops conducted over 100 raids in the West Bank this year.", []string{"ISRMIL PSE 195"}, nil},
		{"an act after the clause stays", "2024-04-06", "Ecuadorean police raided the Mexican embassy in Quito on Friday.", []string{"ECUCOP MEXGOV 173"}, nil},
		{"an alleged act given as the reason is the story's claim", "2023-06-01", "Israel held talks with Iran in response to alleged attacks on Israeli territory.", []string{" ISR 180"}, []string{"ISR ISR", "IRN ISR 18"}},
		{"an act under inquiry is not the orderer's", "2013-09-23", "Kenyan President Uhuru Kenyatta ordered a probe into the bombing of the mall.", nil, []string{"KENGOV  195", "KENGOV  19"}},
		{"an investigation of killings", "2019-07-22", "President Adama Barrow ordered an investigation of the killings of 2004.", nil, []string{"GMBGOV  18"}},
		{"an inquiry into killings", "2019-07-22", "The government launched an inquiry into the killings of protesters.", nil, []string{"GOV CVL 18", " OPP 18"}},
		{"a probe into an attack is no attack launched", "2019-07-22", "Kenyan police launched a probe into the attack on the embassy.", nil, []string{"KENCOP  180"}},
		{"an act under inquiry with its own agent stays", "2019-07-22", "The UN opened an investigation into the massacre of villagers by soldiers.", []string{"MIL CVL 202"}, nil},
	})
}

// TestSeatWithModifier: a word telling which of the holder's buildings
// it is ("official", "private") may stand between the holder and the
// seat noun: "stormed the president's official residence in Colombo"
// is aimed at the government, as "the president's residence" is.
func TestSeatWithModifier(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the president's official residence", "2022-07-09", "Thousands of protesters stormed the president's official residence in Colombo on Saturday.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"the prime minister's private home", "2022-07-09", "Protesters stormed the prime minister's private home in Colombo.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"an official building is no seat", "2022-07-09", "Protesters stormed an official building in Colombo.", nil, []string{"LKAOPP LKAGOV"}},
	})
}

// TestLongChargeReason: the "for <gerund>" of a punishment is its
// charge also after a long object and its adjuncts ("sentenced a
// Malaysian man to ten years in prison on Tuesday for supporting
// Islamic State": no 051 by the man).
func TestLongChargeReason(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the charge after a long object", "2016-01-12", "A Malaysian court sentenced a Malaysian man to ten years in prison on Tuesday for supporting Islamic State.", []string{"MYSJUD MYSCVL 116"}, []string{"MYSCVL IMGREB 051", "MYS IMGREB 051"}},
	})
}

// TestRebuffedOwnOpposition: the opposition of no named country that a
// state body (not a leader) rebukes or rebuffs (11, 12) is that state's,
// as the opposition it bans or jails is.
func TestRebuffedOwnOpposition(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a commission rejected an opposition request", "2018-12-26", "Bangladesh's election commission rejected an opposition request to deploy the army.", []string{"BGDGOV BGDOPP 120"}, nil},
		{"a government accused the opposition", "2007-11-08", "The Georgian government accused opposition leaders of plotting a coup.", []string{"GEOGOV GEOOPP 112"}, nil},
		{"a leader keeps the opposition unowned", "2013-06-01", "Erdogan dismissed the protesters as looters.", []string{"TURGOV OPP 110"}, nil},
	})
}

// TestMeetingInPartnersPlace: a meeting with one side of a list of
// places is in that side's place ("visited Paris and Warsaw and met
// Macron and Tusk": Macron in Paris, Tusk in Warsaw); with one
// place only, it stays there.
func TestMeetingInPartnersPlace(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string // target name|place
	}{
		{"Merz visited Paris and Warsaw on May 7 and met French President Emmanuel Macron and Polish Prime Minister Donald Tusk.",
			[]string{"France|Paris", "Poland|Warsaw", "Emmanuel Macron|Paris", "Donald Tusk|Warsaw"}},
		{"Merz met Polish Prime Minister Donald Tusk in Paris.", []string{"Donald Tusk|Paris"}},
	} {
		d := runWorld(t, p, tc.text, day)
		got := map[string]bool{}
		for _, e := range d.Events {
			got[e.TargetName+"|"+e.Place] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: want %q among %v", tc.text, w, got)
			}
		}
	}
}

// TestMixedQuoteReported: the words of a mixed quote outside its
// quotation marks are reported speech, whose acts happened ("He said
// he had declared martial law on December 3 to protect the country from
// \"anti-state forces\"": the declaration is coded and dated December
// 3); inside the marks the speaker only says them.
func TestMixedQuoteReported(t *testing.T) {
	checkEvents(t, []eventCase{
		{"reported part of a mixed quote", "2024-12-14", `Yoon Suk Yeol spoke on television. He said he had declared martial law on December 3 to protect the country from "anti-state forces" in the parliament.`, []string{"KORGOV KOR 1724"}, nil},
		{"quoted words stay said", "2024-12-14", `Yoon Suk Yeol said the country "will impose martial law on the capital" if needed.`, nil, []string{"1724"}},
	})
}

// diseaseObjectTests: the coronavirus, COVID-19 and a pandemic are no
// armed adversary: "fighting the coronavirus" is no attack and "vowed to
// fight Covid-19" no threat; rebels still are.
var diseaseObjectTests = []worldCase{
	{"fighting the coronavirus", "2020-09-14", "Japan said fighting the coronavirus and reviving the economy would be its first tasks.", nil, []string{"JPN  19"}},
	{"vowed to fight Covid-19", "2020-09-14", "Japan vowed to fight Covid-19.", nil, []string{"JPN  138"}},
	{"to fight the pandemic", "2020-09-14", "Japan vowed to fight the pandemic.", nil, []string{"JPN  138"}},
	{"fought the rebels", "2020-09-14", "Japan said it fought the rebels.", []string{"JPN REB 190"}, nil},
}

func TestDiseaseObject(t *testing.T) { checkWorld(t, diseaseObjectTests) }

// setFiresTests: fires set at a place are no shots fired at it ("setting
// fires at its entrance" made the embassy's state an attacker, 190); "fired
// at" and "set fire to" keep their codes.
var setFiresTests = []worldCase{
	{"setting fires at", "2022-10-01", "Protesters attacked the French embassy in Ouagadougou on Saturday, setting fires at its entrance.", []string{"BFAOPP FRAGOV 180"}, []string{"FRAGOV  19"}},
	{"set fires at", "2022-10-01", "Protesters set fires at the entrance of the French embassy.", nil, []string{"OPP FRAGOV 19"}},
	{"fired at", "2022-10-01", "Soldiers fired at protesters outside the embassy.", []string{"MIL OPP 190"}, nil},
	{"set fire to", "2022-10-01", "Protesters set fire to the French embassy.", []string{"OPP FRAGOV 1712"}, nil},
}

func TestSetFires(t *testing.T) { checkWorld(t, setFiresTests) }

// kindOfFundTests: a noun naming a kind of fund ("recovery funds", "hedge
// funds") is no verb of funding (e.g. Italy, "euros of European
// Union recovery funds" coded the EU as giving aid); "Qatar funds Hamas"
// still is.
var kindOfFundTests = []worldCase{
	{"recovery funds", "2021-02-13", "Renzi pulled his small party out of the coalition in a dispute over how to spend some 200 billion euros of European Union recovery funds.", nil, []string{"IGOEUREEC  0", "ITA  071", "  071"}},
	{"hedge funds", "2021-02-13", "Hedge funds in Italy lost money.", nil, []string{"ITA  071", "  071"}},
	{"funds as a verb", "2021-02-13", "Qatar funds Hamas.", []string{"QAT PSEREB 071"}, nil},
}

func TestKindOfFund(t *testing.T) { checkWorld(t, kindOfFundTests) }

// ownBaseTests: troops a state sends to a base of its own make no force
// posture against itself (e.g. Al Jazeera Gulf story, "Turkey →
// Turkey 154"); troops sent to another state's border keep their target.
var ownBaseTests = []worldCase{
	{"own base abroad", "2017-06-10", "Turkey sent more troops to a Turkish base in Qatar.", nil, []string{"TUR TUR 15"}},
	{"own base abroad, parliament", "2017-06-10", "Turkey's parliament this week approved sending more troops to a Turkish base in Qatar.", nil, []string{"TUR TUR 15", "TURLEG TUR 15"}},
}

func TestOwnBase(t *testing.T) { checkWorld(t, ownBaseTests) }

// TestScheduledNounTime: a time a schedule participle after a noun dates
// ("elections scheduled for April 11") is that noun's, not the event's;
// "talks were scheduled for April 11" keeps it.
func TestScheduledNounTime(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a reduced relative's time is its noun's", "2020-11-16",
			"The United States said it was ready to work with the new government ahead of general elections scheduled for April 11.", "ready", "2020-11-16"},
		{"a scheduled event keeps its time", "2020-11-16",
			"Peru said talks with Chile were scheduled for April 11.", "talks", "2021-04-11"},
	})
}

// TestReducedPassiveCaptives: a participle after a noun is passive when
// a second participle joined by "and" carries the "by" ("people shot
// and killed by police"), and "held/taken hostage" with no object after
// it makes the noun before the captive, not the captor.
func TestReducedPassiveCaptives(t *testing.T) {
	checkEvents(t, []eventCase{
		{"shot and wounded by", "2004-11-01", "Police said two protesters shot and wounded by soldiers were taken to hospital.", []string{"MIL OPP 193", "MIL OPP 190"}, []string{"OPP  193"}},
		{"shot and killed stays active", "2004-11-01", "Rebels shot and killed two soldiers.", []string{"REB MIL 193", "REB MIL 190"}, nil},
		{"held hostage in a country", "2004-11-01", "Iraq said two French reporters held hostage in Iraq were still alive.", []string{" FRAMED 181"}, []string{"FRAMED IRQ", "IRQ FRAMED 112"}},
		{"taken hostage with a driver", "2004-11-01", "France said two French journalists taken hostage with their Syrian driver had been freed.", []string{" FRAMED 181"}, []string{"FRAMED SYR"}},
		{"held hostage by an agent", "2004-11-01", "Iraq said two French reporters held hostage by militants were still alive.", []string{"REB FRAMED 181"}, []string{"FRAMED REB"}},
		{"held hostage with an object stays active", "2004-11-01", "Militants held hostage two French reporters.", []string{"REB FRAMED 181"}, nil},
	})
}

// TestShePluralNoun: "he"/"she" never stands for a plural agent noun
// without a final s (women, men, people, children): the clause's
// subject is nobody named.
func TestShePluralNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"she is not the women", "2016-09-22", "Lynch said the work erases barriers that women face in business, though she noted clients now demand diverse teams.", []string{"010"}, []string{"CVL  010"}},
		{"she is not the people", "2016-09-22", "Some people had suggested that she should apologise to Iran.", nil, []string{"CVL"}},
		{"he is the minister", "2016-09-22", "Egypt's foreign minister said he condemned the attack.", []string{"EGYGOV"}, nil},
	})
}

// pollWinTests: "won … votes, beating X" is a win at the polls, no
// assault; a beating of voters after a vote stays one.
var pollWinTests = []worldCase{
	{"won votes, beating a rival", "2018-03-28", "Win Myint won 403 of 636 votes in parliament on Wednesday, beating Vice President Myint Swe.", nil, []string{"MMR MMRGOV 18", "MMRGOV MMRGOV 18"}},
	{"won the election, beating", "2015-01-09", "Maithripala Sirisena won the election, beating Mahinda Rajapaksa.", nil, []string{"LKA 18", "LKAGOV 18"}},
	{"police beat voters after a vote", "2018-04-02", "Police beat voters outside a polling station after the opposition won the vote.", []string{"COP  182"}, nil},
}

func TestPollWin(t *testing.T) { checkWorld(t, pollWinTests) }

// peopleCrossingTests: a country's people named by a plural demonym who
// cross a border flee; they occupy nothing. Troops still do (e.g.
// Gambia).
var peopleCrossingTests = []worldCase{
	{"demonym people crossed the border", "2017-01-10", "Hundreds of Gambians have crossed the border since the weekend.", nil, []string{"GMB  192", "GMB"}},
	{"demonym people crossed the border into", "2015-09-10", "Thousands of Syrians crossed the border into Turkey.", nil, []string{"SYR TUR 192"}},
	{"troops crossed the border", "2022-02-24", "Russian troops crossed the border into Ukraine.", []string{"RUSMIL UKR 192"}, nil},
}

func TestPeopleCrossing(t *testing.T) { checkWorld(t, peopleCrossingTests) }

// withAbsoluteTests: the noun after ", with" is the subject of the -ing
// verb that follows it, not the main clause's subject.
var withAbsoluteTests = []worldCase{
	{"with a state warning", "2017-01-10", "Jammeh faced pressure on Tuesday, with Nigeria warning that it could use force.", []string{"NGA  130"}, []string{"GMB"}},
	{"with an unnamed noun warning", "2017-01-10", "Yahya Jammeh faced pressure on Tuesday, with leaders of the region warning that they could use force.", nil, []string{"GMB"}},
	{"an instrument with no comma", "2017-01-10", "Rebels attacked the town with rockets, killing 20 people.", []string{"REB CVL 190"}, nil},
}

func TestWithAbsolute(t *testing.T) { checkWorld(t, withAbsoluteTests) }

// TestWithdrawFromBody: a state leaving an international body reduces
// relations with it (160); armed forces withdrawing stay a military
// retreat (0874).
func TestWithdrawFromBody(t *testing.T) {
	checkEvents(t, []eventCase{
		{"withdrew from the ICC", "2017-10-27", "Burundi withdrew from the International Criminal Court on Friday.", []string{"BDI IGOJUDICC 160"}, []string{"BDI IGOJUDICC 0874"}},
		{"voted to withdraw from a body", "2013-09-05", "Kenya's parliament voted on Thursday to withdraw from the International Criminal Court.", []string{"KENLEG IGOJUDICC 160"}, nil},
		{"troops withdrawing retreat", "2022-11-11", "Russian troops withdrew from Kherson on Friday.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestWeaponOwnerSector: a state's weapon as the subject of an attack is
// its armed forces' ("A U.S. drone strike killed …" USAMIL), as its
// warplanes are; the state after the act stays the state.
func TestWeaponOwnerSector(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a state's drone strike killed", "2019-05-13", "A U.S. drone strike killed three al-Shabaab fighters near Jilib on Monday.", []string{"USAMIL SOMREB 195"}, []string{"USA SOMREB"}},
		{"a state's airstrikes on a place", "2019-05-13", "Israeli airstrikes on Gaza killed 12 people.", []string{"ISRMIL PSE 195"}, nil},
		{"killed in a state's shelling", "2014-07-18", "Four children were killed in Israeli tank shelling in Gaza on Friday.", []string{"ISR "}, []string{"ISRMIL"}},
	})
}

// TestAidDestination: aid sent to or into a city or region is aid to its
// state's people; aid given in a place names no recipient, and aid sent
// to a place of one's own is no event between states.
func TestAidDestination(t *testing.T) {
	checkEvents(t, []eventCase{
		{"trucks of aid into a region", "2023-10-29", "Jordan sent 30 trucks of food aid into Gaza on Sunday.", []string{"JOR PSE 073"}, nil},
		{"aid to a city", "2016-12-20", "Jordan sent aid to Aleppo.", []string{"JOR SYR 070"}, nil},
		{"aid given in a city", "2016-12-20", "The UN delivered aid in Aleppo.", nil, []string{"IGOUNO SYR"}},
		{"aid to a city of one's own", "2023-02-08", "Turkey sent aid to Hatay.", nil, []string{"TUR TUR"}},
	})
}

// TestCoupForces: unnamed soldiers or police that depose or detain a
// state's leaders are that state's, and "removed him from power" deposes
// the person named before.
func TestCoupForces(t *testing.T) {
	checkEvents(t, []eventCase{
		{"soldiers removed him from power", "2023-07-27", "Niger's presidential guard detained President Mohamed Bazoum on Wednesday, and soldiers later announced that they had removed him from power.",
			[]string{"NERMIL NERGOV 173", "NERMIL NERGOV 170"}, nil},
		{"soldiers detained the president", "2021-09-05", "Soldiers detained President Alpha Conde on Sunday.", []string{"GINMIL GINGOV 173"}, nil},
		{"police and foreign tourists keep no state", "2021-09-05", "Police arrested three French tourists.", []string{"COP FRACVL 173"}, []string{"FRACOP"}},
	})
}

// TestDecadeDate: a decade or century governing the clause dates its
// event at that precision, never at a year borrowed from another time
// of the sentence nor at the article's day.
func TestDecadeDate(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, trigger, want string }{
		{"decade before a later year", "Sudan, which backed the militants in the 1990s, expelled them in 1996.", "backed", "199"},
		{"decade alone", "Syria occupied Lebanon in the 1980s.", "occupied", "198"},
		{"the later year stays", "Sudan, which backed the militants in the 1990s, expelled them in 1996.", "expelled", "1996"},
		// the century the article is written in frames, and dates nothing
		{"the present century", "Obama said Russia's actions were unacceptable in the 21st century.", "unacceptable", "2016-03-21"},
		{"a past century", "Britain fought Russia in Crimea in the 19th century.", "fought", "18"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2016, 3, 21, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestPurposeOfCaller: the caller offers what the infinitive of purpose
// says, with a day between the callee and "to" too, in one event.
func TestPurposeOfCaller(t *testing.T) {
	checkEvents(t, []eventCase{
		{"telephoned X on a day to offer support", "2003-11-24", "Colin Powell telephoned Nino Burjanadze on Monday to offer support.", []string{"USAGOV  030"}, []string{"GEOGOV  030", "051"}},
		{"telephoned X to offer support", "2011-07-20", "Obama telephoned Karzai on Tuesday to offer support.", []string{"USAGOV  030"}, []string{"AFGGOV  030", "AFGGOV  051"}},
		{"called X on a day to offer help", "2012-03-01", "Russian President Vladimir Putin called Syrian President Bashar al-Assad on Tuesday to offer help.", []string{"RUSGOV SYRGOV 041", "RUSGOV  033"}, []string{"SYRGOV  033"}},
		{"called X to offer support", "2011-07-20", "Obama called Karzai to offer support.", []string{"USAGOV AFGGOV 041", "USAGOV  030"}, []string{"AFGGOV  030"}},
		{"phoned X to offer help", "2012-03-01", "Putin phoned Assad on Tuesday to offer help.", []string{"RUSGOV  033"}, nil},
		{"called on X to is an appeal", "2012-03-01", "Obama called on Putin to withdraw his troops.", []string{"USAGOV RUSGOV 020"}, []string{"041", "USAGOV  0"}},
		{"called for X to is an appeal", "2012-03-01", "Obama called for Putin to withdraw his troops.", []string{"USAGOV "}, []string{"041", "RUSGOV  0"}},
	})
	// the purpose of a call is told as done, as after "telephoned"
	for _, text := range []string{"Putin called Assad to offer help.", "Putin telephoned Assad to offer help."} {
		d := worldDoc(t, text, "2012-03-01")
		for _, e := range eventsOn(t, d, text, "help") {
			if e.Hypothetical {
				t.Errorf("%q: the offer is hypothetical", text)
			}
		}
	}
}

// TestAndAfterAdverbialClause: a verb after ", and" that follows a clause
// opened by "after" (or before, when, since) shares the main clause's
// subject, also when that is a relative's antecedent.
func TestAndAfterAdverbialClause(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a relative's antecedent past a passive clause", "2011-11-01", "Libya's new leaders, who took power after Gaddafi was captured and killed, and promised elections, met in Tripoli.", []string{"LBYGOV  034"}, []string{"LBY  034"}},
		{"a main subject past an active clause", "2011-11-01", "Libya's new leaders took power after rebels killed Gaddafi, and promised elections.", []string{"LBYGOV  034"}, []string{"REB  034"}},
		{"sanctions after an annexation", "2014-03-20", "Obama criticised Putin after Russia annexed Crimea, and imposed sanctions on Moscow.", []string{"USAGOV RUS 163"}, []string{"RUS RUS 163"}},
		{"plain coordination keeps the subject", "2012-03-01", "Putin condemned the attack and promised aid to Syria.", []string{"RUSGOV SYR 033"}, nil},
	})
}

// TestReducedPassiveUnder: a custody or casualty participle after a
// noun and before "under", "without" or "amid" ("demonstrators detained
// under the emergency laws", "detained without trial") acts on the noun, as
// before "in" or "on" ("ordered the release of all
// demonstrators detained under the emergency laws" had the demonstrators
// arresting).
func TestReducedPassiveUnder(t *testing.T) {
	checkEvents(t, []eventCase{
		{"detained under a law", "2019-04-13", "The army freed all students detained under the emergency law.", []string{" EDU 173"}, []string{"EDU  173"}},
		{"detained without trial", "2019-04-13", "The army freed all students detained without trial.", []string{" EDU 173"}, []string{"EDU  173"}},
		{"detained on a day stays", "2019-04-13", "The army freed all students detained on Monday.", []string{" EDU 173"}, []string{"EDU  173"}},
	})
}

// TestThenAfterOwnSubject: "then" right after a clause's own subject
// ("but General X then urged him to step down") joins no verb to the
// clause before, whose subject is no source (in "Evo Morales offered a
// new vote, but General X then urged him", Morales was the one urging
// himself to resign); ", then" and "and then" still share the subject.
func TestThenAfterOwnSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a subject then a verb", "2019-11-13", "Evo Morales offered a new vote, but General Williams Kaliman then urged him to step down.", []string{"MIL  0241"}, []string{"BOL  0241"}},
		{"comma then shares", "2012-03-01", "Putin condemned the attack, then promised aid to Syria.", []string{"RUSGOV SYR 033"}, nil},
		{"and then shares", "2012-03-01", "Putin condemned the attack and then promised aid to Syria.", []string{"RUSGOV SYR 033"}, nil},
	})
}

// TestDatedDenial: the day of a denial may stand between the verb and
// its "that" ("denied on Saturday that its forces had …"); the content
// stays denied.
func TestDatedDenial(t *testing.T) {
	checkWorld(t, []worldCase{
		{"denied on a day that", "2022-12-26", "Serbia denied on Monday that its troops had crossed into Kosovo.", []string{"SRBMIL XKX 192 neg"}, nil},
		{"denied yesterday that", "2021-11-06", "Ethiopia denied yesterday that Eritrean troops had attacked civilians in Tigray.", []string{"ERIMIL ETHCVL 190 neg"}, nil},
	})
}

// TestUnderPressureFrom: "under (amid, after) pressure from X" is X's
// demand on the clause's subject, and X is no object of the subject's
// act.
func TestUnderPressureFrom(t *testing.T) {
	checkWorld(t, []worldCase{
		{"withdrew under pressure from", "2005-04-26", "Syria withdrew its troops from Lebanon under pressure from the United States and France.",
			[]string{"SYR LBN 0874", "USA SYR 100", "FRA SYR 100"}, []string{"SYR USA", "SYR FRA"}},
		{"agreed under pressure from", "2019-07-05", "Sudan's generals agreed to talks under pressure from the African Union.",
			[]string{"IGOAFRAFU SDNMIL 100"}, []string{"SDNMIL IGOAFRAFU"}},
		{"responded to pressure stays", "2019-07-05", "Syria responded to pressure from the United States.", []string{"USA SYR 100"}, nil},
	})
}

// TestCrowdProtesters checks that a crowd of people that demonstrates
// is protesters of the place where it marches, and that "through" a
// city says where, as "in" does.
func TestCrowdProtesters(t *testing.T) {
	checkEvents(t, []eventCase{
		{"people rallied in a capital", "2020-10-06", "Thousands of people rallied in Bishkek on Tuesday against the government.", []string{"KGZOPP KGZGOV 141"}, []string{"CVL"}},
		{"crowds stormed a parliament", "2000-10-05", "Crowds stormed the parliament in Belgrade.", []string{"SRBOPP SRBLEG 145"}, []string{"CVL"}},
		{"marched through a capital", "2020-08-18", "Hundreds of people marched through Port Moresby on Tuesday against the government.", []string{"PNGOPP PNGGOV 141"}, []string{"PNG 141"}},
		{"civilians acted on stay civilians", "2012-07-16", "Troops fired on people in the town of Talas.", nil, []string{"OPP"}},
		{"a bare crowd number rallied", "2020-10-06", "Thousands rallied in Bishkek on Tuesday against the government.", []string{"KGZOPP KGZGOV 141"}, nil},
		{"tens of thousands took to the streets", "2020-08-16", "Tens of thousands took to the streets of Minsk against the government.", []string{"BLROPP"}, nil},
		{"a crowd's purpose is its own", "2021-03-17", "Thousands demonstrated in Yerevan to demand the resignation of Prime Minister Nikol Pashinyan.", []string{"ARMOPP ARMGOV 1411"}, []string{"CVL"}},
		{"a count killed is no crowd", "2012-07-16", "The army killed hundreds in Homs.", nil, []string{"OPP"}},
		{"a count before of is no crowd", "2012-07-16", "Police detained hundreds of protesters in Minsk.", []string{"BLRCOP BLROPP 173"}, nil},
		{"against a policy proposed by the government", "2024-06-25", "Thousands of protesters marched in Nairobi on Tuesday against tax increases proposed by President William Ruto's government.", []string{"KENOPP KENGOV 141"}, nil},
		{"against rules imposed by a body", "2024-01-26", "Farmers protested in Paris against rules imposed by the European Union.", []string{"FRAAGR IGOEUREEC 140"}, nil},
		{"a policy of no named author", "2024-06-25", "Protesters marched in Nairobi against tax increases proposed last week.", nil, []string{"KENGOV"}},
	})
}

// TestSeparatistsOfTheirState checks that bare separatists are the
// rebels of the state on the other side of a conflict, not of a backer.
func TestSeparatistsOfTheirState(t *testing.T) {
	checkEvents(t, []eventCase{
		{"accused backed separatists", "2015-01-18", "Ukraine accused Russian-backed separatists on Sunday of violating the ceasefire.", []string{"UKR UKRREB 112"}, []string{"RUSREB"}},
		{"attacked by a state's troops", "2014-05-05", "Pro-Russian separatists holding the city of Slaviansk were attacked by Ukrainian troops on Monday.", []string{"UKRMIL UKRREB 190"}, nil},
		{"shelled a state's town", "2017-01-30", "Russian-backed separatists shelled the town of Avdiivka.", []string{"UKRREB UKR 194"}, nil},
		{"a backer's aid makes them no backer's", "2015-01-18", "Russia armed the separatists.", nil, []string{"RUSREB"}},
	})
}

// TestDemandedActs checks that an act named right after a word of
// demanding is what is demanded, no act that happened.
func TestDemandedActs(t *testing.T) {
	checkEvents(t, []eventCase{
		{"protests demanding a release", "2021-01-31", "Police in Moscow detained more than 4,000 protesters on Sunday at protests demanding the release of the jailed opposition leader Alexei Navalny.", []string{"RUSCOP RUSOPP 173"}, []string{"0841"}},
		{"demanded the release", "2021-01-31", "Russia demanded the release of the jailed journalists.", nil, []string{"0841"}},
		{"a release stays a release", "2021-01-31", "Russia released the jailed journalists.", []string{"0841"}, nil},
	})
}

// TestSeatOfGovernment checks that a government's seat named with its
// city is the state's government, not the city.
func TestSeatOfGovernment(t *testing.T) {
	checkEvents(t, []eventCase{
		{"attacked the government palace in a capital", "2022-02-01", "Mutinous soldiers attacked the government palace in Bissau on Tuesday.", []string{"GNBGOV 18"}, []string{"GNB 18"}},
		{"stormed the presidential palace", "2022-02-01", "Soldiers attacked the presidential palace in Bissau on Tuesday.", []string{"GNBGOV"}, nil},
		{"a market stays the city's", "2022-02-01", "Soldiers attacked a market in Bissau.", nil, []string{"GNBGOV"}},
	})
}

// TestHomeOpposition checks that a bare opposition that talks or agrees
// with a state's rulers is that state's, also in talks abroad.
func TestHomeOpposition(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreed with a military council", "2019-07-05", "Sudan's military council and the main opposition coalition agreed on a power-sharing deal early on Friday.", []string{"SDNMIL SDNOPP 057", "SDNOPP SDNMIL 057"}, nil},
		{"talks abroad", "2021-08-13", "The Venezuelan government and the opposition resumed talks in Mexico City.", []string{"VENGOV VENOPP 046"}, []string{"MEXOPP"}},
		{"a clash is no bargain", "2004-04-29", "US troops and protesters clashed in Baghdad.", nil, []string{"USAOPP"}},
	})
}

// TestApposedParticiplePatient: a participle opening an apposition to
// the person before the comma ("Castillo, jailed since …") is said of
// that person, who is acted on, not the one acting.
func TestApposedParticiplePatient(t *testing.T) {
	checkEvents(t, []eventCase{
		{"jailed since, in an apposition", "2024-08-20", "Former President Pedro Castillo, jailed since December 2022, remains on trial.", []string{" PERELI 173"}, []string{"PERELI  173"}},
		{"convicted of, in an apposition", "2024-08-20", "Imran Khan, convicted of corruption last year, remains in prison.", []string{" PAK 116"}, []string{"PAK  116"}},
	})
}

// "visiting" as the adjective of the one met names the visitor: the
// subject hosts (043) and the visitor visits (042), never the reverse.
func TestMetVisitingVisitor(t *testing.T) {
	checkEvents(t, []eventCase{
		{"met visiting officials", "2024-12-25", "Prime Minister Shigeru Ishiba met visiting Chinese officials in Tokyo on Wednesday.", []string{"CHNGOV JPNGOV 042", "JPNGOV CHNGOV 043"}, []string{"JPNGOV CHNGOV 042", "CHNGOV JPNGOV 043", "JPNGOV CHNGOV 040"}},
		{"two hosts met visiting officials", "2023-06-12", "Kenyan President William Ruto and his deputy met visiting French officials in Nairobi on Monday.", []string{"FRAGOV KENGOV 042", "KENGOV FRAGOV 043"}, []string{"KENGOV FRAGOV 042", "FRAGOV KENGOV 043"}},
		{"a visit as the verb stays the subject's", "2023-06-12", "Ruto was visiting France when he met Macron.", []string{"KENGOV FRA 042"}, []string{"FRA KENGOV 042"}},
	})
}

// A passive's agents after "not by" did not act; a "by" phrase of no
// actor ("by about 100 countries") takes the one it names after
// "including".
func TestPassiveAgentNotBy(t *testing.T) {
	checkEvents(t, []eventCase{
		{"but not by", "2020-03-01", "Kosovo has been recognised by more than 100 countries since 2008, but not by Serbia, Russia or China.", nil, []string{"SRB XKX", "RUS XKX", "CHN XKX"}},
		{"including, then not by", "2020-03-01", "Kosovo has been recognised by more than 100 countries, including the United States, but not by Serbia, Russia or China.", []string{"USA XKX 054"}, []string{"SRB XKX", "RUS XKX", "CHN XKX"}},
		{"named agents, then not by", "2019-08-05", "Taiwan is recognised by Paraguay and Guatemala, but not by Brazil.", []string{"PRY TWN 054", "GTM TWN 054"}, []string{"BRA TWN"}},
	})
}

// The forces a peacekeeping pattern sends are no target of it.
func TestSentForcesNoTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"would send peacekeeping forces", "2022-01-06", "Armenian Prime Minister Nikol Pashinyan said the alliance would send peacekeeping forces to stabilise the situation.", nil, []string{"MIL 0334", "MIL 138", "MIL 074"}},
		{"sent peacekeeping troops", "2022-01-06", "Kenya sent peacekeeping troops on Monday.", nil, []string{"KEN KENMIL", "KEN ---MIL", "KEN MIL"}},
	})
}

// Partners acting jointly in their own places ("their embassies in
// Havana and Washington") act on each other; the places are no party.
func TestJointActInOwnPlaces(t *testing.T) {
	checkEvents(t, []eventCase{
		{"reopened their embassies in their capitals", "2015-07-20", "Cuba and the United States formally reopened their embassies in Havana and Washington on Monday.", []string{"CUB USA 050", "USA CUB 050"}, nil},
		{"signed a deal in one partner's capital", "2023-03-10", "Qatar and Turkey signed a deal in Ankara.", []string{"QAT TUR 057", "TUR QAT 057"}, nil},
	})
}

// A verb after "and" and a perfect auxiliary ("and has agreed") is the
// main clause's, not that of the object of "allowed X to …".
func TestAndPerfectMainSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"allowed X to use …, and has agreed", "2023-06-01", "Lukashenko, who has ruled Belarus since 1994, allowed Russian forces to use Belarusian territory for the invasion of Ukraine and has agreed to host Russian tactical nuclear weapons.", []string{"BLRGOV  030"}, []string{"RUSMIL  030"}},
		{"without the relative clause", "2023-06-01", "Lukashenko allowed Russian forces to use Belarusian territory and has agreed to host Russian tactical nuclear weapons.", []string{"BLRGOV  030"}, []string{"RUSMIL  030"}},
	})
}

// TestListedVerbSharesSubject: a past verb after a comma in a list of
// verb phrases closed by "and" and another past verb shares the first
// verb's subject, not the noun before the comma.
func TestListedVerbSharesSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"released, lifted and pledged", "2018-07-09", "Abiy Ahmed has also released thousands of political prisoners, lifted a state of emergency and pledged to open up the economy.", []string{"ETHGOV ETH 0814", "ETHGOV  030"}, []string{"CVL  0814", "CVL  030"}},
		{"arrested, seized and detained", "2018-07-09", "Police arrested protesters, seized weapons and detained two journalists.", []string{"COP  171"}, []string{"CVL  171"}},
		{"after a relative clause", "2023-01-01", "South African President Cyril Ramaphosa, whose police arrested the suspects, welcomed the verdict and urged calm.", []string{"ZAFGOV  051", "ZAFGOV  02"}, []string{"COP  051", "COP  02"}},
		{"listed participles", "2004-10-01", "The U.S. Army has struck a deal with Britain to create a system that ends the need for forms to be printed out, signed and delivered.", nil, []string{"USAMIL  057"}},
		{"after an appositive", "2009-01-01", "Police said Baskerville and another man, 19-year-old Lutchman Chandler, abducted Bosworth from a mall in September and drove her to a store.", nil, []string{"COP  181"}},
	})
}

// TestAppositiveWithTwoNouns: an appositive opened by "a" may join two
// nouns with "and" ("a former journalist and member of parliament"):
// the name before it is still the subject; a list of actors is not an
// appositive.
func TestAppositiveWithTwoNouns(t *testing.T) {
	checkEvents(t, []eventCase{
		{"passive", "2018-04-23", "Nikol Pashinyan, a former journalist and member of parliament, was detained on Sunday.", []string{" ARM 173"}, []string{"MED 173"}},
		{"active", "2018-04-23", "Nikol Pashinyan, a former journalist and member of parliament, criticized the government.", []string{"ARM"}, []string{"MED"}},
		{"ally of two states", "2018-04-23", "Iran, a key ally of Syria and Russia, condemned the strike.", []string{"IRN  111"}, []string{"SYR  111", "RUS  111"}},
		{"a list stays", "2018-04-23", "Iran, the United States and Russia condemned the strike.", []string{"IRN  111", "USA  111", "RUS  111"}, nil},
	})
}

// TestLearnedOfNominal: who learns, hears or knows of a meeting or an
// attack is no party to it ("they found out about a summit of four
// leaders" pairs neither of them with the leaders).
func TestLearnedOfNominal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"learned of a meeting of leaders", "2016-09-05", "Obama and Clinton learned of a meeting of the leaders of Brazil, China and India.", nil, []string{"USA"}},
		{"heard of the summit", "2016-09-05", "Angela Merkel heard of the summit of the leaders of Russia and Turkey.", nil, []string{"DEU"}},
		{"held a meeting stays", "2016-09-05", "Angela Merkel held a meeting with Vladimir Putin.", []string{"DEUGOV RUSGOV 040"}, nil},
	})
}

// TestOpeningClauseActors: after a sentence-opening clause ("As …,",
// "When …,", "After …,") the main clause's subject that is no actor
// ("her pastor", "a local official") is not replaced by an actor of the
// opening clause.
func TestOpeningClauseActors(t *testing.T) {
	checkEvents(t, []eventCase{
		{"as-clause, unnamed subject", "2023-06-01", "As thousands of Kenyan protesters gathered, his cousin denounced the police.", nil, []string{"KENOPP"}},
		{"after-clause, unnamed subject", "2023-06-01", "After the rebels pulled back, his neighbour praised the army.", nil, []string{"REB MIL 051"}},
		{"main-clause actor stays", "2023-06-01", "When the talks collapsed, Russia accused Ukraine of sabotage.", []string{"RUS UKR 112"}, nil},
		{"pronoun subject stays", "2023-06-01", "When Russia invaded, it shelled Kyiv.", []string{"RUS"}, nil},
	})
}

// TestAccusedLabel: "accused of" right after a noun with nobody named
// as the accuser says who a person is ("a gunman accused of killing
// eight people"), no accusation (112); a finite passive or a named
// accuser stays one.
func TestAccusedLabel(t *testing.T) {
	checkEvents(t, []eventCase{
		{"reduced relative, no accuser", "2023-06-01", "The lawyer defended three Kenyan soldiers accused of torture.", nil, []string{"112"}},
		{"finite passive stays", "2023-06-01", "Three Kenyan soldiers were accused on Monday of torture.", []string{"KENMIL 112"}, nil},
		{"named accuser stays", "2023-06-01", "Ukrainian soldiers accused by Russia of shelling the plant were captured.", []string{"RUS UKRMIL 112"}, nil},
	})
}

// TestAbbreviationBeforeSpeakerComma: a period that ends an abbreviation
// before a comma ("of Salem, Ore., said", "R-Ky., said") ends no
// sentence; the speaker before it still said it.
func TestAbbreviationBeforeSpeakerComma(t *testing.T) {
	checkEvents(t, []eventCase{
		{"state abbreviation", "2016-09-05", "Mary Otieno, 44, of Salem, Ore., said the water had risen overnight.", []string{"010"}, nil},
		{"party and state", "2016-09-05", "Senator Mitch McConnell, R-Ky., said the vote would go ahead.", []string{"010"}, nil},
		{"company suffix", "2016-09-05", "Walgreen Co., the drugstore chain, said its profit rose.", []string{"010"}, nil},
	})
}

// TestTemporalNounAgent: the "by" of a peaceful act in a time phrase
// ("since a visit by the president") names no agent of the clause's
// killing; an attack "by" someone still does.
func TestTemporalNounAgent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"since a visit by", "2023-06-01", "Ten people have been killed in Tigray since a visit by the Kenyan president.", nil, []string{"KEN"}},
		{"an earlier by-agent stays", "2023-06-01", "Two soldiers were killed by al-Shabaab fighters after a visit by the Kenyan president.", []string{"SOMREB MIL 190"}, []string{"KEN"}},
	})
}

// TestQuotedRestraint: a quoted negated act of force or protest
// ("we will not obstruct") states restraint: the act stays negated and
// is no threat (138), whereas the quoted act itself is one.
func TestQuotedRestraint(t *testing.T) {
	checkEvents(t, []eventCase{
		{"will not obstruct", "2015-05-01", `"We will not obstruct the inquiry," Russia said.`, nil, []string{"RUS  138"}},
		{"will not attack", "2015-05-01", `"We will not attack Ukraine," Russia said on Monday.`, nil, []string{"RUS UKR 138"}},
		{"would never block", "2019-06-20", `"Iran would never block the Strait of Hormuz," Iran's foreign minister said.`, nil, []string{"IRNGOV  138"}},
		{"will attack stays a threat", "2015-05-01", `"We will attack Ukraine," Russia said on Monday.`, []string{"RUS UKR 138"}, nil},
	})
}

// TestDemandedOnDay: a that-clause demanded past the demand's own time
// ("demanded on Friday that Russia withdraw") is what is asked for, not
// an act; the demand is coded.
func TestDemandedOnDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a weekday between", "2014-03-07", "Georgia demanded on Monday that Russia withdraw its troops from South Ossetia.", []string{"GEO RUS 10"}, []string{"0874"}},
		{"this week between", "2014-03-07", "Georgia demanded this week that Russia withdraw its troops from South Ossetia.", []string{"GEO RUS 10"}, []string{"0874"}},
		{"no time between", "2014-03-07", "Georgia demanded that Russia withdraw its troops from South Ossetia.", []string{"GEO RUS 10"}, []string{"0874"}},
	})
}

// TestLessCoveredPatterns: requests for a foreign force, bans of parties
// and politicians, investigations of allegations against a named actor
// and invited deployments to a region of the host.
func TestLessCoveredPatterns(t *testing.T) {
	checkEvents(t, []eventCase{
		{"asked to send an international force", "2004-02-26", "Haiti's president asked the United Nations on Wednesday to send an international force to restore order.", []string{"HTIGOV IGOUNO 0234"}, []string{"HTIGOV IGOUNO 020"}},
		{"dissolved the main opposition", "2023-08-10", "Thailand's Constitutional Court dissolved the main opposition Move Forward Party on Wednesday.", []string{"THAJUD", "1722"}, nil},
		{"banned from politics", "2023-08-10", "Thailand's Constitutional Court banned 11 of the party's leaders from politics for ten years.", []string{"THAJUD", "1722"}, nil},
		{"barred from standing", "2023-08-10", "Thailand's Constitutional Court barred opposition leader Pita Limjaroenrat from standing in the election.", []string{"THAJUD THAOPP 1722"}, nil},
		{"investigation into allegations that X", "2012-05-02", "Ukrainian prosecutors opened an investigation on Monday into allegations that President Viktor Yanukovych took bribes.", []string{"UKRJUD UKRGOV 091"}, nil},
		{"asked for a bailout", "2010-04-23", "Greece asked the International Monetary Fund on Friday for an emergency loan.", []string{"GRC IGOBUSIMF 0231"}, []string{"GRC IGOBUSIMF 020"}},
		{"sought a loan from", "2022-04-13", "Sri Lanka has sought a $3 billion loan from the International Monetary Fund.", []string{"LKA IGOBUSIMF 0231"}, nil},
		{"appealed for financial help", "2019-01-10", "Pakistan appealed to Saudi Arabia for financial help.", []string{"PAK SAU 0231"}, nil},
		{"reversed sanctions", "2021-04-02", "The United States reversed sanctions on Russia's largest bank on Friday.", []string{"085"}, []string{"163"}},
		{"relaxed an embargo", "2015-12-01", "The European Union relaxed its arms embargo on Somalia.", []string{"IGOEUREEC SOM 085"}, []string{"163"}},
		{"provided money to a state", "2019-04-08", "The European Union provided 50 million euros to Mozambique after the cyclone.", []string{"IGOEUREEC MOZ 071"}, nil},
		{"put troops along a border on alert", "2015-10-15", "Turkey put its troops along the Syrian border on high alert.", []string{"TUR SYR 152"}, nil},
		{"deployed to a region of the host to help", "2017-01-20", "Senegal deployed 7,000 troops to Gambia's Casamance border region to help the new government secure the capital.", []string{"SEN GMB 074"}, []string{"SEN GMB 154"}},
	})
}

// TestInsistedOnDayThreat: "insisted on Thursday that it would attack"
// is a claim of what the speaker will do (a threat), no demand content.
func TestInsistedOnDayThreat(t *testing.T) {
	checkEvents(t, []eventCase{
		{"insisted that it would attack", "2004-12-02", "Rwanda insisted on Thursday that it would soon attack rebels inside Congo.", []string{"138"}, nil},
	})
}

// TestBoatOwner: "seized their boats" after a crew named before is a
// seizure of the crew's property (the crew's state is the target).
func TestBoatOwner(t *testing.T) {
	checkEvents(t, []eventCase{
		{"after seizing their boats", "2016-01-13", "Iran released 10 U.S. Navy sailors on Wednesday, a day after seizing their two patrol boats.", []string{"IRN USAMIL 171"}, nil},
		{"arrested fishermen and seized their boats", "2019-06-20", "Indonesia arrested 20 Vietnamese fishermen and seized their boats.", []string{"IDN VNMCVL 171"}, nil},
		{"no crew before", "2019-06-20", "Indonesia seized their boats.", nil, []string{"IDN VNM"}},
	})
}

// TestSummonPerson: summoning a person is a demand that they come to
// meet (106); summoning a diplomat stays the official protest (114),
// and summoning police or help asks no one to meet.
func TestSummonPerson(t *testing.T) {
	checkEvents(t, []eventCase{
		{"summoned a leader", "2014-05-22", "Thai army chief Prayuth Chan-ocha summoned Yingluck Shinawatra on Thursday.", []string{"THA 106"}, nil},
		{"summoned a minister", "2018-04-02", "Ethiopian Prime Minister Abiy Ahmed summoned the Eritrean foreign minister to Addis Ababa for talks.", []string{"ETHGOV ERIGOV 106"}, nil},
		{"summoned the opposition leader", "2018-04-25", "Armenia's acting prime minister Karen Karapetyan summoned opposition leader Nikol Pashinyan for talks.", []string{"ARMGOV ARMOPP 106"}, nil},
		{"summoned an ambassador", "2017-06-07", "Qatar summoned the Saudi ambassador over the blockade.", []string{"QAT SAUGOV 114"}, []string{" 106"}},
		{"summoned a former premier", "2014-05-23", "The Thai military summoned former prime minister Yingluck Shinawatra on Friday.", []string{"THAMIL THAELI 106"}, nil},
		{"summoned the courage", "2014-05-23", "The Thai military summoned the courage to confront Cambodia.", nil, []string{" 106"}},
		{"summoned police", "2019-03-10", "Kenyan villagers summoned police after the attack.", nil, []string{" 106"}},
	})
}

// TestReliefGoodsSent: food, medicine or aid sent, flown or shipped to
// someone is aid to the recipient (070, 073), no visit by the sender;
// flying to a place stays a visit.
func TestReliefGoodsSent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"flew food", "2017-06-12", "Morocco flew food to Qatar on Monday.", []string{"MAR QAT 073"}, []string{" 042"}},
		{"shipped vegetables", "2017-06-12", "Iran shipped vegetables to Qatar.", []string{"IRN QAT 073"}, nil},
		{"flew medical supplies", "2015-04-10", "Germany flew medical supplies to Yemen last week.", []string{"DEU YEM 073"}, []string{" 042"}},
		{"sent vaccines", "2021-03-07", "India sent vaccines to Nepal.", []string{"IND NPL 073"}, nil},
		{"flew aid", "2015-04-28", "China flew aid to Nepal after the earthquake.", []string{"CHN NPL 070"}, []string{" 042"}},
		{"flew to a capital", "2015-04-28", "The Chinese foreign minister flew to Nepal on Tuesday.", []string{"CHNGOV NPL 042"}, nil},
	})
}
