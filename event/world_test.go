package event

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/eval"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/timex"
)

// worldStages are the stages before events, with the shipped KB.
var worldStages = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, beforeEvents(k, quote.New())...)
})

// beforeEvents lists the stages that run before events over k, with q
// as the quotes stage.
func beforeEvents(k *kb.KB, q pipeline.Stage) []pipeline.Stage {
	return []pipeline.Stage{segment.New(), timex.New(), mention.New(k, mention.Options{}), q, geo.NewStage(geo.MustNew(k))}
}

// runWorld runs p on text dated day and returns the analysed document.
func runWorld(t testing.TB, p *pipeline.Pipeline, text string, day time.Time) *doc.Doc {
	t.Helper()
	d := &doc.Doc{Text: text, Date: day}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerDate)
	if err := p.Run(d, nil); err != nil {
		t.Fatal(err)
	}
	return d
}

// worldPipeline is the analysis an article goes through, with the
// shipped KB, up to and including the events stage.
var worldPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) { return newWorldPipeline(false) })

// newWorldPipeline builds the article analysis up to the events stage;
// keepPrivate keeps the events of private parties (Coder.KeepPrivate).
func newWorldPipeline(keepPrivate bool) (*pipeline.Pipeline, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	c := New(k, DefaultDict())
	c.KeepPrivate = keepPrivate
	return pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, segment.New(), timex.New(), mention.New(k, mention.Options{}), quote.New(),
		geo.NewStage(geo.MustNew(k)), c)
}

// worldEvents analyses text dated date with the shipped KB and returns
// its events as "SRCCODE TGTCODE CAMEO", sorted; negated events end in
// " neg".
func worldEvents(t *testing.T, text, date string) []string {
	t.Helper()
	return eventCodes(worldDoc(t, text, date))
}

// worldDoc analyses text dated date (YYYY-MM-DD) with the shipped KB
// through the stages an article goes through.
func worldDoc(t *testing.T, text, date string) *doc.Doc {
	t.Helper()
	return analyzeDated(t, worldPipeline, text, date)
}

// worldAndDyadic analyses text dated date (worldDoc) and codes the same
// stages' output again with the dyadic coder dyadic (RequireTarget):
// the analysis's events and the dyadic coder's.
func worldAndDyadic(t *testing.T, dyadic *Coder, text, date string) (an, dy *doc.Doc) {
	t.Helper()
	an = worldDoc(t, text, date)
	dy = worldDoc(t, text, date)
	dy.Events = nil
	if err := dyadic.Process(dy); err != nil {
		t.Fatal(err)
	}
	return an, dy
}

// analyzeDated runs the pipeline mk builds over text dated date
// (YYYY-MM-DD).
func analyzeDated(t *testing.T, mk func() (*pipeline.Pipeline, error), text, date string) *doc.Doc {
	t.Helper()
	p, err := mk()
	if err != nil {
		t.Fatal(err)
	}
	day, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	return runWorld(t, p, text, day)
}

// worldTests are news sentences written for sitrep (not taken from any
// corpus) from regions and years no eval file covers, coded with the
// shipped KB and dictionary through the stages an article goes
// through. want: events that must be coded ("SRCCODE TGTCODE CAMEO",
// " neg" when negated); not: prefixes no event may start with. Each
// case names the phenomenon it guards.
var worldTests = []worldCase{
	// Labour, boycotts, riots at embassies, eased embargoes, cyberattacks
	{"trade unions and a general strike", "2019-01-16", "Ghana's trade unions began an indefinite general strike on Wednesday over the government's pension reform.",
		[]string{"GHALAB GHAGOV 143"}, []string{"GHALAB GHAGOV 19"}},
	{"a union is labour", "2019-01-14", "Kenya's main union went on strike against the government on Monday.", []string{"KENLAB KENGOV 143"}, nil},
	{"joined a boycott of a host", "2014-01-13", "New Zealand joined a diplomatic boycott of the Moscow games on Monday.", []string{"NZL RUS 143"}, nil},
	{"stones at an embassy are a riot", "2019-01-15", "Bolivian demonstrators threw stones at the Peruvian embassy in La Paz on Tuesday.", []string{"BOLOPP PERGOV 145"}, nil},
	{"gathered outside parliament", "2019-01-17", "Hundreds of Armenian protesters gathered outside parliament in Yerevan on Thursday.", []string{"ARMOPP ARMLEG 141"}, nil},
	{"a lifted import ban eases an embargo", "2019-01-17", "Russia lifted its ban on wine imports from Georgia on Thursday.", []string{"RUS GEO 085"}, []string{"RUS GEO 163"}},
	{"behind a cyberattack", "2022-09-07", "Albania said Iran was behind a cyberattack on its government websites.", []string{"ALB IRN 112"}, nil},
	{"an academic is education", "2019-01-13", "Egyptian police detained a British academic in Cairo on Sunday.", []string{"EGYCOP GBREDU 173"}, nil},
	{"a tourist is a civilian of the demonym's state", "2016-07-04", "Iran arrested a British tourist in Tehran on Monday.", []string{"IRN GBRCVL 173"}, []string{"IRN GBR "}},
	{"a mediated exchange of detainees", "2023-04-14", "Oman brokered an exchange of detainees between Yemen's government and the Houthis.", []string{"OMN YEMGOV 045", "OMN YEMREB 045"}, []string{"OMN YEMGOV 0841", "YEMGOV OMN"}},
	{"pirates are criminals", "2011-02-08", "Eritrean pirates seized a Yemeni fishing boat in the Red Sea.", []string{"ERICRM YEM 171"}, nil},
	{"a cartel is criminal", "2014-03-05", "Guatemalan police arrested the leader of a cartel in Huehuetenango.", []string{"GTMCOP GTMCRM 173"}, nil},
	{"a naval vessel is military", "2014-03-05", "The Philippines accused a Chinese naval vessel of ramming its supply boat.", []string{"PHL CHNMIL 112"}, nil},
	{"intelligence services are spies", "2024-05-02", "Germany accused Russia's intelligence services of planning sabotage.", []string{"DEU RUSSPY 112"}, nil},
	{"military intelligence is a spy agency", "2018-02-15", "Britain said on Thursday that Russia's military intelligence was behind the NotPetya cyberattack.", []string{"GBR RUSSPY 112"}, []string{"RUSMIL"}},
	// Sahel
	{"expelled envoy", "2022-01-31", "Mali's military junta expelled the French ambassador on Monday, giving him 72 hours to leave the country.",
		[]string{"MLIMIL FRAGOV 166"}, nil},
	{"at least is a count, not a place; a place after a compass word is where", "2023-08-10",
		"Jihadist fighters killed at least 40 soldiers in an attack on an army post in northern Burkina Faso on Thursday, the government said.",
		[]string{"BFAREB BFAMIL 190"}, []string{" REB", "REB BFA", "MIL  010"}},
	{"soldiers seize a president", "2023-07-26", "Soldiers detained Niger's President Mohamed Bazoum in the presidential palace in Niamey.",
		[]string{"NERMIL NERGOV 173"}, nil},
	// Myanmar
	{"security forces fire on protesters, killing", "2021-03-03", "Myanmar security forces opened fire on protesters in Mandalay, killing two people, witnesses said.",
		[]string{"MMRCOP MMROPP 175", "MMRCOP MMRCVL 190"}, nil},
	{"plural after a preposition and modifiers is a noun", "2021-02-01",
		"The military detained Aung San Suu Kyi and other leaders of the National League for Democracy in early morning raids.",
		[]string{"MMRMIL MMRGOV 173"}, []string{"MMR  173", "GOV  173"}},
	{"armed group seizes a base", "2024-02-06", "The Arakan Army seized a military headquarters in Rakhine state after weeks of fighting with junta troops.",
		[]string{"MMRREB MMR 171"}, nil},
	// Colombia
	{"joint ceasefire at talks", "2023-06-09", "Colombia's government and the ELN rebels agreed to a six-month ceasefire at talks in Havana.",
		[]string{"COLGOV COLREB 0356", "COLREB COLGOV 0356"}, nil},
	{"suspended talks are halted negotiations, not a meeting", "2024-09-18",
		"President Gustavo Petro suspended peace talks with the ELN after the rebels attacked a military base in Arauca.",
		[]string{"COLGOV COLREB 164", "COLREB COLMIL 180"}, []string{"COLGOV COLREB 040", "COLREB COLGOV 040"}},
	{"suspending talks is 164", "2024-09-18", "Colombia suspended peace talks.", []string{"COL  164"}, []string{"COL  160"}},
	// Ukraine
	{"shelling, killing civilians", "2022-05-10", "Russian forces shelled the city of Kharkiv overnight, killing at least five civilians, Ukrainian officials said.",
		[]string{"RUSMIL UKR 194", "RUSMIL CVL 190"}, nil},
	{"leaders meet", "2023-05-14", "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin and asked for more air defence systems.",
		[]string{"UKRGOV DEUGOV 040"}, []string{"DEUGOV UKRGOV"}},
	{"reported speech: the event is the reported one", "2023-08-20", "Ukraine's military said Russian troops had attacked the village of Robotyne.",
		[]string{"RUSMIL UKR 190"}, nil},
	// Korea
	{"reciprocal talks", "2018-04-27", "Kim Jong Un and Moon Jae-in held talks at the border village of Panmunjom.",
		[]string{"KORGOV PRKGOV 046", "PRKGOV KORGOV 046"}, nil},
	// Ethiopia
	{"ordering an offensive is the offensive, not a demand", "2020-11-04",
		"Ethiopian Prime Minister Abiy Ahmed ordered a military offensive against the Tigray People's Liberation Front after it attacked a federal army base.",
		[]string{"ETHGOV ETHREB 190"}, []string{"ETHGOV ETHREB 100", "MIL "}},
	// South China Sea
	{"accused of using water cannon", "2023-08-06", "The Philippines accused the Chinese coast guard of using a water cannon against its supply vessels near Second Thomas Shoal.",
		[]string{"PHL CHNCOP 112"}, nil},
	{"ramming a vessel", "2024-06-17", "China's coast guard rammed a Philippine vessel near Scarborough Shoal, Manila said.",
		[]string{"CHNCOP PHL 190"}, nil},
	// Sudan, DR Congo, Venezuela, Haiti
	{"armed group attacks", "2023-04-15", "The Rapid Support Forces attacked the army headquarters in Khartoum.", []string{"SDNREB SDN 180"}, nil},
	{"sanctions on a state company", "2019-01-28", "The United States imposed new sanctions on Venezuela's state oil company PDVSA.", []string{"USA VENBUS 163"}, nil},
	{"pledge to send police is an intent", "2023-10-02", "Kenya pledged to send 1,000 police officers to Haiti to lead a multinational security mission.",
		[]string{"KEN HTI 033"}, []string{"KEN HTI 07"}},
	// Yemen, Iran, South Asia, Caucasus
	{"a sea is no country's", "2024-01-10", "Houthi rebels fired missiles at a commercial ship in the Red Sea, the US military said.",
		[]string{"YEMREB  195"}, []string{"YEMREB YEM"}},
	{"drone and missile attack", "2024-04-14", "Iran launched hundreds of drones and missiles at Israel on Saturday night.", []string{"IRN ISR 195"}, nil},
	{"shot down jets", "2019-02-27", "Pakistan's army said it shot down two Indian military jets over Kashmir and captured a pilot.",
		[]string{"PAKMIL INDMIL 190"}, nil},
	{"a military offensive is the subject's; ', and' joins clauses", "2023-09-19",
		"Azerbaijan launched a military offensive in Nagorno-Karabakh, and Armenia condemned the attack.",
		[]string{"ARM  111"}, []string{"AZE MIL", "AZE  111", "AZE ARM"}},
	{"passive with by", "2020-06-16", "Three Indian soldiers were killed by Chinese troops in a border clash in the Galwan Valley.",
		[]string{"CHNMIL INDMIL 190"}, nil},
	{"wanting to do it oneself is an intent, no appeal", "2017-04-07", "Russia wants to help Syria rebuild its army.", []string{"RUS SYR 033"}, []string{"RUS SYR 02"}},
	{"joint aim", "2023-06-20", "India and the United States are seeking to deepen their defence partnership.",
		[]string{"IND USA 031", "USA IND 031"}, nil},
	{"a victim's report of an attack accuses the attacker", "2022-10-10", "Ukraine said missiles were fired at it from Belarus.",
		[]string{"UKR BLR 112"}, nil},
	{"claiming one's own attack is claiming responsibility", "2019-06-03", "Boko Haram claimed it attacked a Nigerian army base in Borno.",
		[]string{"NGAREB NGAMIL 015"}, []string{"NGAREB NGAMIL 18", "NGAREB NGAMIL 19"}},
	{"alleged that X: disapproval", "2008-01-15", "Venezuela alleged that Colombia had sent spies across the border.", []string{"VEN COL 110"}, nil},
	{"presented evidence against", "2018-03-14", "Britain presented evidence against Russia at the United Nations.", []string{"GBR RUS 112"}, nil},
	{"refusing support is rejecting material cooperation", "2014-03-03", "Germany said it would not provide support to Russia.",
		[]string{"DEU RUS 121"}, []string{"DEU RUS 120"}},
	{"a participle after the object starts a modifier", "2016-07-15",
		"Turkish soldiers arrested dozens of officers accused of plotting a coup against President Recep Tayyip Erdogan.",
		[]string{"TURMIL MIL 173"}, []string{"TURMIL TURGOV"}},
	{"launched an operation against", "2019-10-09", "Turkey launched a military operation against Kurdish fighters in northern Syria.",
		[]string{"TUR SYRREB 190"}, nil},
	{"ordered troops into is a deployment", "2022-02-24", "Vladimir Putin ordered troops into eastern Ukraine after recognising two separatist regions.",
		[]string{"RUSGOV UKR 154"}, []string{"RUSGOV UKR 100"}},
	{"the agent of a participle in a later phrase is no object", "2023-03-10",
		"Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.",
		[]string{"SAU IRN 037", "IRN SAU 037", "CHN SAU 045"}, []string{"SAU CHN", "IRN CHN"}},
	{"mediated by is no object of the release", "2023-11-24", "Hamas released 24 hostages under a truce agreement mediated by Qatar and Egypt.",
		[]string{"PSEREB CVL 0841"}, []string{"PSEREB QAT", "PSEREB EGY", "QAT EGY", "EGY QAT"}},
	{"two sides clashing act on each other, not on the place", "2020-09-27",
		"Armenian and Azerbaijani forces clashed along the line of contact in Nagorno-Karabakh.",
		[]string{"ARMMIL AZEMIL 190", "AZEMIL ARMMIL 190"}, []string{"ARMMIL AZE ", "AZEMIL AZE "}},
	{"responded with air strikes", "2021-05-10", "Hamas fired rockets at Jerusalem, and Israel responded with air strikes on Gaza.",
		[]string{"ISR PSE 195", "PSEREB ISR 194"}, nil},
	{"refused to is a rejection", "2023-07-17", "Russia refused to renew the grain deal with Ukraine.", []string{"RUS UKR 120"}, []string{"RUS UKR 057"}},
	{"a second agent noun is the same actor; a modifier joins a generic to a list", "2023-04-20",
		"Sudanese army troops and paramilitary fighters fought in the streets of Khartoum for a sixth day.",
		[]string{"SDNMIL SDNREB 190", "SDNREB SDNMIL 190"}, []string{"SDN REB", "REB SDN "}},
	{"a participle adjective before a prepositional object", "2024-05-26",
		"An Israeli strike on a camp for displaced people in Rafah killed at least 45 people, Gaza health officials said.",
		[]string{"ISR PSECVL 190"}, []string{"PSECVL CVL"}},
	{"an intended visit hosts nobody yet", "2024-07-05", "Brazilian President Luiz Inacio Lula da Silva will visit Bolivia next week to meet President Luis Arce.",
		[]string{"BRAGOV BOL 036"}, []string{"BOL BRAGOV 043"}},
	{"blocked an aid package", "2024-02-18", "Hungarian Prime Minister Viktor Orban blocked a European Union aid package for Ukraine.",
		[]string{"HUNGOV IGOEUREEC 129"}, nil},
	{"sports are no political event", "2016-09-19", "Manchester United defeated Leicester City 4-1 on Saturday.", nil, []string{""}},
	{"a plural after a preposition and a plural modifier is a noun", "2021-03-22",
		"The European Union imposed sanctions on Chinese officials over human rights abuses in Xinjiang.",
		[]string{"IGOEUREEC CHNGOV 163"}, []string{"IGOEUREEC CHN 182"}},
	{"a junta is the military; suspended a member", "2023-07-28", "The junta in Niger ordered French troops to leave the country. The African Union suspended Niger after the coup.",
		[]string{"NERMIL FRAMIL 100", "IGOAFRAFU NER 160"}, nil},
	{"a counterpart is a government official", "2023-04-06",
		"Iranian Foreign Minister Hossein Amir-Abdollahian met his Saudi counterpart Prince Faisal bin Farhan in Beijing.",
		[]string{"IRNGOV SAUGOV 040"}, []string{"IRNGOV SAU 040"}},
	{"capitals stand for governments", "2023-02-10", "Beijing condemned Washington's decision to shoot down the balloon.", []string{"CHN USA 111"}, nil},
	{"a government protests officially, at the other party", "2024-04-06", "Mexico's foreign ministry protested the arrest of a Mexican diplomat in Ecuador.",
		[]string{"MEXGOV ECU 114"}, []string{"MEXGOV MEXGOV", "MEXGOV ECU 14"}},
	{"people who protest demonstrate", "2024-04-06", "Thousands of Kenyans took to the streets to protest against the finance bill.", nil, []string{"KEN  114"}},
	{"retaken from", "2015-03-31", "Iraqi troops recaptured the town of Tikrit from Islamic State militants.", []string{"IRQMIL IMGREB 190"}, []string{"IRQMIL IRQ"}},
	{"retaken from the group", "2025-05-20", "The army retook the capital Khartoum from the paramilitary Rapid Support Forces in March.", []string{"MIL SDNREB 190"}, []string{"MIL SDN "}},
	{"youths are civilians", "2016-07-10", "Police fired tear gas at stone-throwing youths in Srinagar.", []string{"INDCOP INDCVL 175"}, nil},
	{"withdrawing an ambassador reduces relations", "2023-08-01", "The French government said it would withdraw its ambassador from Niger.",
		[]string{"FRAGOV NER 1313"}, []string{"FRAGOV NER 0356"}},
	{"exchanged fire", "2025-07-24", "Thailand and Cambodia exchanged fire along their disputed border.", []string{"THA KHM 190", "KHM THA 190"}, nil},
	{"an infinitive of purpose is the subject's", "2024-04-06", "Ecuadorian police stormed the Mexican embassy in Quito to arrest former vice president Jorge Glas.",
		[]string{"ECUCOP MEXGOV 190"}, []string{"MEXGOV MEXGOV"}},
	{"the addressee of 'told' is accused of nothing", "2004-08-14",
		"Panama's security chief told Defense Secretary Donald Rumsfeld on Saturday the nation was working to prevent any terror attack on the canal.",
		nil, []string{"PAN USAGOV 112", "PANGOV USAGOV 112"}},
	{"a place after a locative preposition is no side of a clash", "2004-11-04", "Insurgents and American forces clashed briefly Thursday near the Iraqi city.",
		[]string{"REB USAMIL 190", "USAMIL REB 190"}, []string{"USAMIL IRQ", "IRQ "}},
	{"a rejection is not redirected past one's own people", "2004-08-18",
		"Foreign Minister Alexander Downer dismissed claims the Australian government was warned its support for the Iraq war would hurt the fight against terrorism.",
		nil, []string{"AUSGOV IRQ"}},
	{"by a hyphen-modified agent: the agent did it", "2024-02-01", "A Jordanian base housing US troops was attacked by Iran-backed militants.",
		[]string{"REB USAMIL 180"}, []string{"IRN "}},
	{"a weapon's maker inside the pattern is no target", "2024-11-20", "Ukraine fired US-made ATACMS missiles at a Russian arms depot in the Bryansk region.",
		[]string{"UKR RUS 195"}, []string{"UKR USA", "UKR  "}},
	{"deployed troops are the source's own", "2019-08-24", "Brazil deployed troops to fight fires in the Amazon.", nil, []string{"BRA MIL"}},
	{"gas is mostly fuel", "2022-02-22", "Germany halted the certification of the Nord Stream 2 gas pipeline from Russia.", nil, []string{"DEU RUS 2041"}},
	{"withdrew its own country from a deal", "2018-05-08", "Donald Trump withdrew the United States from the Iran nuclear deal.",
		[]string{"USAGOV IRN 161"}, []string{"USAGOV USA"}},
	{"a coordinated verb shares the clause subject", "2021-05-24",
		"Belarus forced a Ryanair flight to land in Minsk and arrested a dissident journalist on board.", []string{"BLR BLRMED 173"}, nil},
	{"a reduced passive after a plain noun: the by-agent acts, the place is where", "2021-02-26",
		"Nigerian troops rescued 50 schoolgirls kidnapped by bandits in Zamfara state.", []string{"NGACRM NGAEDU 181"}, []string{"NGA NGAMIL", "NGA  181"}},
	{"hostages rescued are released, their captors no object", "2015-04-28",
		"Nigerian troops rescued 20 hostages held by Boko Haram.", []string{"NGAMIL NGACVL 0841"}, []string{"NGAMIL NGAREB"}},
	{"the captors after the pattern's own captive noun are no object", "2015-04-28",
		"Nigerian troops freed 20 hostages held by Boko Haram.", []string{"NGAMIL NGACVL 0841"}, []string{"NGAMIL NGAREB"}},
	{"a patient that is no actor: the by-agent acts on nobody named", "2021-02-26",
		"Nigerian troops freed 30 travellers kidnapped by bandits in Kaduna state.", []string{"NGACRM  181"}, []string{"NGA NGAMIL", "NGA  181", "CRM NGAMIL"}},
	{"a country before the patient noun names whose", "2004-09-20", "Two days later a US hostage killed by Iraqi captors was found.", []string{"IRQ USA 190"}, nil},
	{"what negotiations seek did not happen", "2004-09-20", "Police are in negotiations to free the remaining hostages in Athens.", nil, []string{"COP CVL 0841", "GRCCOP CVL 0841"}},
	{"downed drones are their owner's", "2024-05-05", "Ukraine says it downed 30 Russian drones overnight.", []string{"UKR RUS 190"}, nil},
	{"a headline's 'X to' is an intent", "2023-10-16", "Biden to visit Israel next week", []string{"USAGOV ISR 036"}, []string{"USAGOV ISR 042", "ISR USAGOV 043"}},
	{"a loan approved for", "2024-02-01", "The World Bank approved a $500 million loan for Kenya.", []string{"IGOUNODEVWBK KEN 071"}, nil},
	{"a hyphenated participle after 'to' is no infinitive", "2023-02-08", "India sent humanitarian aid to earthquake-hit Turkey.", []string{"IND TUR 073"}, nil},
	{"the owner of 'role in V-ing' does it", "2023-05-20", "South Africa praised China's role in mediating the Ukraine conflict.",
		[]string{"ZAF CHN 051", "CHN UKR 045"}, []string{"ZAF UKR"}},
	{"what a threat threatens did not happen", "2004-09-27", "Nigerian oil flows despite a rebel threat to attack foreign oil workers.", nil, []string{"REB CVL 180", "REB LAB 180"}},
	{"anti-X and pro-X modify a noun", "2004-08-24", "The Cuban government threatened to break off relations over four anti-Castro exiles jailed in Panama.",
		nil, []string{"CUBGOV CUB"}},
	{"a government's minister does not act on it", "2004-08-18",
		"Foreign Minister Alexander Downer rejected claims the Australian government ignored warnings.", nil, []string{"AUSGOV AUSGOV"}},
	{"what a speaker says another must do is a demand", "2024-08-20", "Russia said Ukraine must withdraw its troops from the Kursk region.",
		[]string{"RUS UKR 100"}, []string{"UKR RUS", "UKRMIL RUS"}},
	{"what a speaker says another would do codes nothing", "2024-08-20", "Egypt said Israel would withdraw from Gaza.", nil, []string{"EGY ISR", "ISR "}},
	{"export controls are sanctions", "2022-10-07", "The Biden administration imposed new export controls on Chinese chip makers.", []string{"USAGOV CHN 163"}, nil},
	{"insulted", "2024-06-10", "Colombia expelled Argentina's diplomats after President Javier Milei insulted Gustavo Petro.",
		[]string{"COL ARGGOV 166", "ARGGOV COLGOV 111"}, nil},
	// modality and noise
	{"an adjunct in reported speech hangs on the reported clause", "2024-01-15",
		"Ukrainian officials said Russian missiles hit an apartment building in Dnipro, killing at least 40 people.",
		[]string{"RUSMIL UKR 190", "RUSMIL CVL 190"}, []string{"UKRGOV CVL"}},
	{"a refused meeting is the refuser's", "2019-03-15", "North Korea will not hold talks with the United States, its foreign ministry said.",
		[]string{"PRK USA 120"}, []string{"USA PRK"}},
	{"pupils are education", "2024-03-07", "Gunmen kidnapped more than 280 pupils from a school in northern Nigeria.", []string{"UAF NGAEDU 181"}, []string{"UAF NGA "}},
	{"a game is no assault", "2023-11-19", "India beat Australia by six wickets in the cricket World Cup.", nil, []string{"IND AUS"}},
	{"police beating protesters is repression", "2020-08-12", "Belarusian police beat protesters in Minsk.", []string{"BLRCOP BLROPP 175"}, nil},
	{"job cuts are no sanction", "2024-02-01", "German carmakers warned of job cuts as exports to China fell.", nil, []string{"DEU CHN 16"}},
	{"a storm is no actor", "2013-11-10", "Typhoon Haiyan killed more than 6,000 people in the Philippines.", nil, []string{""}},
	{"markets are no actors", "2024-03-19", "Shares in Tokyo fell sharply after the Bank of Japan raised interest rates.", nil, []string{""}},
	{"a prevented attack did not happen", "2004-11-21", "Police in Kenya thwarted an attack on the Israeli embassy in Nairobi.",
		[]string{" ISRGOV 180 neg"}, []string{"KENCOP ISRGOV 180"}},
	{"denied that: negated", "2022-12-26", "Serbia denied that its troops had crossed into Kosovo.", []string{"SRBMIL XKX 192 neg"}, nil},
	{"no political actor", "2023-07-09", "Heavy rains killed at least 30 people in Nepal.", nil, []string{""}},
	{"participle after a people noun describes them", "2024-05-20", "Police in Nairobi arrested dozens of demonstrators protesting against a new finance bill.",
		[]string{"KENCOP KENOPP 173"}, []string{"KENCOP  140", "KENOPP  140"}}, // the protest describes whom police arrested, no second event
	{"participle adjunct shares the subject", "2023-10-07", "Hamas fighters attacked Israeli towns near the Gaza border, killing hundreds of people.",
		[]string{"PSEREB ISR 180", "PSEREB CVL 190"}, []string{" CVL"}},
	{"a name before Road is a street's", "2009-03-20", "Police arrested two men at 6016 Dublin Road.", nil, []string{"COP IRL"}},
	{"a city before a colon is a dateline, not a speaker", "2008-03-15", "BEIRUT: Palestinian gunmen opened fire on a Lebanese army patrol on Saturday.",
		[]string{"PSEUAF LBNMIL 193"}, nil},
	{"wants X to is an appeal to X", "2015-03-02", "Germany wants Greece to carry out the reforms it agreed to.", []string{"DEU GRC 020"}, nil},
	{"wants X to: the content is not coded", "2015-03-02", "Turkey wants the United States to stop arming Kurdish fighters.", []string{"TUR USA 020"}, []string{"USA KUR", "USA REB"}},
	{"helped with modifiers before the object", "2001-11-20", "Pakistan helped the two exiled dissidents from Afghanistan.", []string{"PAK AFGOPP 070"}, nil},
	{"attending a summit abroad is a visit to the host", "2021-10-31", "Indian Prime Minister Narendra Modi attended the G20 summit in Italy.", []string{"INDGOV ITA 042"}, nil},
	{"will attend is an intent to meet", "2021-10-29", "Indian Prime Minister Narendra Modi will attend the G20 summit in Italy.", []string{"INDGOV ITA 036"}, nil},
	{"attending a city's summit is a visit to its country", "2008-08-02", "The Kenyan president attended the Moscow summit.", []string{"KENGOV RUS 042"}, nil},
	{"attending a summit on a topic visits no topic", "2021-10-29", "Modi attended a summit on the unrest in Iran.", nil, []string{"INDGOV IRN 042"}},
	{"civilians harmed in a place are its civilians", "2022-05-08", "Five civilians were killed in Russian shelling in Kharkiv on Sunday.", []string{"RUS UKRCVL 190"}, []string{"RUS CVL"}},
	{"civilians harmed in the east of a region", "2014-07-25", "Four children were killed in Israeli tank shelling in the east of the Gaza Strip on Friday.", []string{"ISR PSECVL 190"}, nil},
	{"a place after a comma is the speaker's", "2022-05-08", "Russian troops killed five civilians, officials in Kyiv said.", []string{"RUSMIL CVL 190"}, []string{"RUSMIL UKRCVL"}},
	{"a war against terrorism attacks no one", "2003-11-02", "Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in Iraq.", []string{"PAK  121"}, []string{"USA  190", "PAK  190"}},
	{"fighting terrorism attacks no one", "2015-06-02", "Egypt vowed to fight terrorism in Sinai.", nil, []string{"EGY  190", "EGY  138", "EGY EGY"}},
	{"committed to is an intent to cooperate", "2019-03-02", "Ethiopia is fully committed to the peace deal with Eritrea.", []string{"ETH ERI 030"}, nil},
	{"committed a crime is no commitment", "2019-03-02", "Police said the Eritrean man committed the crime in Addis Ababa.", nil, []string{"ERI"}},
	{"attacks by X are X's", "2004-09-20", "Japan's army prepared for large-scale terror attacks by North Korea.", nil, []string{"JPNMIL PRK"}},
	{"hit a new low is no attack", "2004-10-20", "The US presidential race hit a new low with images of Osama bin Laden.", nil, []string{"USA IMGREB 190"}},
	{"combat tours are no visits", "2004-10-20", "The US Army may shorten yearlong combat tours in Iraq and Afghanistan.", nil, []string{"USAMIL IRQ 042", "IRQ USAMIL 043"}},
	{"floods kill: a disaster, no attack", "2004-08-15", "China's worst floods in a century killed at least 172 people.", nil, []string{"CHN CVL 190", "CHN  190"}},
	{"fire by an actor stays", "2004-08-15", "Israeli fire killed two Palestinians.", []string{"ISR PSE 190"}, nil},
	{"headline X shot dead: X is the victim", "2004-08-20", "Two Britons shot dead near the bridge.", []string{" GBR 190"}, []string{"GBR  190"}},
	{"charged X with conspiring to commit murder", "2004-08-18", "British police charged eight terror suspects yesterday with conspiring to commit murder.", []string{"GBRCOP GBRCVL 173"}, []string{"GBRCOP  1823", "GBRCOP GBRCVL 1823"}},
	{"in March is the month", "2004-09-01", "The French parliament passed the law in March to ban religious symbols.", nil, []string{"FRALEG  141"}},
	{"marching to stays", "2004-09-01", "Thousands of protesters march to the parliament in Paris.", []string{"FRAOPP FRALEG 141"}, nil},
	{"face attacks: what may befall the subject", "2004-09-01", "Displaced villagers in Darfur still face attacks every night.", nil, []string{"SDNCVL  180", "CVL  180"}},
	{"troops storming is force, no riot", "2021-01-10", "Peruvian troops stormed the parliament in Lima.", []string{"PERMIL PERLEG 190"}, []string{"PERMIL PERLEG 145"}},
	{"protesters storming is a riot", "2021-01-10", "Peruvian protesters stormed the parliament in Lima.", []string{"PEROPP PERLEG 145"}, nil},
	{"meeting demands is yielding, not meeting", "2004-09-22", "The United States said it would not meet the kidnappers' demands to release prisoners in Iraq.", []string{"USA CRM 124"}, []string{"USA CRM 120", "USA CRM 040"}},
	{"a list after a locative preposition is no subject", "2004-09-22", "Last year, 94 troops stationed in Iraq, Afghanistan or other Central Command countries sought medical treatment.", nil, []string{"IRQ  020", "AFG  020"}},
	{"an appositive 'victims of …' names no subject", "2004-08-20", "Some 30,000 Sudanese, victims of fresh attacks by Arab militia inside Darfur, have threatened to cross into Chad.", nil, []string{"SDN MIL 180", "MIL TCD", "MIL  130"}},
	{"F-15E fighters are aircraft", "2004-08-20", "A squadron of US Air Force F-15E fighters will fly to South Korea next month.", nil, []string{"REB "}},
	{"fighters stay militants", "2014-08-20", "Kurdish fighters attacked Islamic State positions near Mosul.", []string{"REB IMGREB 180"}, nil},
	{"the pronoun subject after an opening if-clause", "2009-03-01", "If the southern Sudanese people decide to secede, we are ready to accept and respect their choice.", nil, []string{"SDN", "SDNCVL"}},
	{"a third-person pronoun after an opening clause is its subject", "2009-03-01", "While the Sudanese president was in Cairo, he criticised Chad's government.", []string{"SDNGOV TCDGOV 111"}, nil},
	{"an opening if-clause keeps a named subject", "2009-03-01", "If the talks fail, Sudan will expel the Chadian envoy.", []string{"SDN TCDGOV 1313"}, nil},
	{"people arrested over the past week are acted on", "2009-03-16", "Gilani ordered all lawyers and political activists arrested over the past week to be freed.", nil, []string{"OPP  173", "OPP CVL"}},
	{"a dash and 'and' end the object", "2004-09-20", "The Russian president puts some blame on his international critics -- and supports president Bush.", []string{"RUSGOV USAGOV 051"}, []string{"RUSGOV USAGOV 112"}},
	{"hostages seized in a place by militants", "2004-09-02", "Al-Jazeera showed video of 10 new hostages seized in Iraq by militants.", []string{"IRQREB IRQCVL 171"}, []string{"QATMED"}},
	{"a by-agent of the main verb is not the participle's", "2012-03-02", "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.", nil, []string{"RUSGOV CVL 173"}},
	{"civilians killed in a country are its civilians", "2013-05-02", "Government troops killed 12 civilians in Syria on Tuesday.", []string{"SYRMIL SYRCVL 190"}, nil},
	{"talks between X and the Y", "2004-08-25", "Peace talks between Darfur rebels and the Sudanese government have resumed.", []string{"SDNREB SDNGOV 046", "SDNGOV SDNREB 046"}, nil},
	{"a verb coordinated inside a relative clause has its antecedent as subject", "2004-09-22", "Officials denied the decision was linked to demands by militants who killed two American hostages and threatened to kill a Briton.", []string{"REB USACVL 190", "REB GBR 138"}, []string{"USACVL GBR", "USACVL  130"}},
	{"threatened to wage war", "2017-09-20", "North Korea threatened to wage war against the United States.", []string{"PRK USA 138"}, nil},
	{"threatened to use force", "2017-09-20", "China threatened to use force against Taiwan.", []string{"CHN TWN 138"}, nil},
	{"said X must …: a demand of X", "2003-04-10", "The Red Cross said US and British forces must ensure security in Baghdad.", []string{"NGO USAMIL 100", "NGO GBRMIL 100"}, nil},
	{"said it must …: no demand of itself", "2003-04-10", "Britain said it must ensure security in Basra.", nil, []string{"GBR GBR 100"}},
	{"a denial does not negate a coordinated finite verb", "2024-01-10", "The ELN denied responsibility in a statement and accused the army of violating the truce.",
		[]string{"COLREB MIL 112", "COLREB  016"}, []string{"COLREB MIL 1123 neg", "COLREB MIL 016"}},
	{"a denial does not negate a coordinated irregular past", "2024-01-10", "Russia denied the claims and said Ukraine had shelled the plant.",
		[]string{"RUS  010"}, []string{"RUS  010 neg"}},
	{"a capitalised 'Needs' is a name, no need", "2009-03-22", "The Department of Special Needs cut funding for Ukraine.",
		[]string{" UKR 162"}, nil},
	{"a denial does not negate a coordinated verb whose trigger is its object noun", "2024-03-10", "Pakistan denied the charges and summoned the Afghan envoy.",
		[]string{"PAK AFGGOV 114"}, []string{"PAK AFGGOV 114 neg"}},
	{"a bare verb after 'and' shares the negation", "2024-01-10", "The rebels did not attack and kill the villagers.",
		[]string{"REB CVL 190 neg"}, nil},
	{"no actor attacks itself from a participle adjunct", "2025-05-08", "Indian and Pakistani troops exchanged heavy fire along the Line of Control, killing two Indian soldiers.",
		[]string{"INDMIL PAKMIL 190", "PAKMIL INDMIL 190"}, []string{"INDMIL INDMIL"}},
	{"'had' before a participle is an auxiliary, no talks held", "2024-01-10", "Colombia had broken off talks with the ELN in 2019.",
		[]string{"COL COLREB 164"}, []string{"COL COLREB 040", "COLREB COL 040"}},
	{"talks after 'broke off' are a noun", "2024-01-10", "Colombia broke off talks with the ELN.",
		[]string{"COL COLREB 164"}, []string{"COL COLREB 040", "COLREB COL 040"}},
	{"talks held after an auxiliary stay", "2024-01-10", "Colombia has held talks with the ELN.",
		[]string{"COL COLREB 046"}, nil},
	{"co-hosts 'along with' are no targets", "2024-01-10", "Venezuela, which hosts the negotiations along with Cuba and Norway, urged both sides to return to the table.",
		nil, []string{"VEN CUB", "VEN NOR"}},
	{"fighting alongside an ally attacks the ally's foe", "2023-01-10", "North Korean troops fought alongside Russian forces against Ukraine.",
		nil, []string{"PRKMIL RUSMIL"}},
	{"who reports a strike does not strike", "2023-05-21", "Residents of Omdurman reported heavy air strikes on Sunday morning.",
		nil, []string{"SDNCVL ", "CVL "}},
	{"the named owner of a reported strike stays", "2023-05-21", "Ukraine reported Russian missile strikes on Kyiv.",
		[]string{"RUSMIL UKR 195"}, []string{"UKR  19"}},
	{"an -ing subject of 'erupted' is nobody's act", "2023-06-01", "Sudan's army chief has agreed to several truces since fighting erupted on April 15.",
		nil, []string{"SDNMIL  190", "SDNMIL  18", "SDNGOV  190"}},
	{"weapons needed or bought are no attack", "2024-02-01", "Kyiv also needed more artillery shells. Poland bought new attack drones.",
		nil, []string{"MIL  19", "UKR  19", "POL  1", "MIL  18"}},
	{"wanting to attack is an intent", "2024-02-01", "Russia wants to attack Moldova.", []string{"RUS MDA 138"}, nil},
	{"calling someone a quoted insult is criticism", "2023-11-20", `Argentine President Javier Milei called Lula "a corrupt communist" during the campaign.`,
		[]string{"ARGGOV BRAGOV 111"}, nil},
	{"summoning a high commissioner is a protest to their state", "2019-02-15",
		"India's Ministry of External Affairs summoned Pakistan's deputy high commissioner to lodge a strong protest.", []string{"INDGOV PAK 114"}, nil},
	{"revoking a status coerces; it yields nothing", "2019-08-05", "The Indian government revoked the special status of Kashmir.",
		[]string{"INDGOV  172"}, []string{"INDGOV  0832"}},
	{"a plural after 'against' and a modifier is a noun", "2024-03-10", "The Kremlin warned Kyiv against further strikes.",
		nil, []string{"UKR  19", "UKR  18"}},
	{"'along with' after the subject names co-sources", "2024-03-10", "The United States, together with Britain, imposed new sanctions on Russia.",
		[]string{"USA RUS 163", "GBR RUS 163"}, []string{"USA GBR"}},
	{"reimposed blockades", "2002-04-12", "Israel reimposed blockades on Palestinian towns after the shooting.", []string{"ISR PSE 191"}, nil},
	// courts against states, long objects, shelling both ways
	{"came under attack from X: X attacks the subject", "2019-11-02", "Malian soldiers came under attack from jihadist fighters near Menaka on Friday.",
		[]string{"MLIREB MLIMIL 190"}, []string{"MLIMIL "}},
	{"drove X out of a place", "2016-08-12", "Iraqi troops drove Islamic State militants out of the town of Qayyara.",
		[]string{"IRQMIL IMGREB 190"}, nil},
	{"export restrictions on a partner are a trade sanction", "2023-07-03", "China tightened controls on exports of gallium and germanium to the United States.",
		[]string{"CHN USA 163"}, nil},
	{"prisoners freed by X in a swap, past a long count", "2008-07-16", "Hezbollah released two soldiers in exchange for more than 200 Lebanese prisoners freed by Israel.",
		[]string{"ISR LBNCVL 0841"}, nil},
	{"a unilateral ceasefire has no reverse", "2021-06-28", "Ethiopia's government declared a unilateral ceasefire with the TPLF on Monday.",
		[]string{"ETHGOV ETHREB 0871"}, []string{"ETHREB ETHGOV"}},
	{"the talks an act came after are background", "2000-12-12", "Ethiopia and Eritrea signed a peace deal in Algiers after two years of negotiations mediated by the OAU.",
		[]string{"ETH ERI 057", "ERI ETH 057"}, []string{"ETH ERI 046", "ERI ETH 046"}},
	{"a sentence's object may carry several modifiers", "2011-05-09", "A Syrian court sentenced a veteran human rights activist to three years in jail.",
		[]string{"SYRJUD SYROPP 116"}, nil},
	{"a court's finding that a state broke the law is against the state", "2019-07-02", "The European Court of Justice ruled that Hungary had violated EU law.",
		[]string{" HUN 116"}, nil},
	{"a court ordering a state to pay damages finds it liable", "2016-03-15", "A Kenyan court ordered the government to pay damages to three activists.",
		[]string{"KENJUD KENGOV 116"}, nil},
	{"exchanged artillery fire is shelling both ways", "2016-04-02", "Azerbaijani and Armenian troops exchanged intense artillery fire near the line of contact.",
		[]string{"AZEMIL ARMMIL 194", "ARMMIL AZEMIL 194"}, []string{"AZEMIL  194", "ARMMIL  194"}},
}

func TestWorldNews(t *testing.T) { checkWorld(t, slices.Concat(worldTests, unseenArticleTests)) }

// A worldCase is a sentence, its article date, events it must code
// ("SRC TGT CAMEO" strings, as worldEvents gives them) and prefixes no
// event may start with.
type worldCase struct {
	name, date, text string
	want, not        []string
}

// checkWorld codes each case's sentence and checks its wants and nots.
func checkWorld(t *testing.T, cases []worldCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := worldEvents(t, tc.text, tc.date)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: want %q among %q", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("%q: coded %q, want nothing starting %q", tc.text, g, n)
					}
				}
			}
		})
	}
}

// TestDefaultDictRealNews codes the PETR2 GSR real-news sentences as
// sitrep eval events does with the default dictionary (segment and
// mention stages with the shipped KB, dyadic coding) and fails below a
// regression floor under the measured triple F1 (0.425, leaving room for mention-stage changes; 0.394
// before the second real-news pass, 0.311 before the realistic-news work).
func TestDefaultDictRealNews(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, segment.New(), mention.New(k, mention.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	file, f := openShared(t, "data/peers/UniversalPetrarch/text/PETR2_GSR_validation.xml")
	recs, err := eval.ReadPetrarchXML(file, f)
	if err != nil {
		t.Fatal(err)
	}
	c := New(k, nil)
	c.RequireTarget = true
	var gold, pred [][]eval.Triple
	for _, r := range recs {
		if !r.Evaluate {
			continue
		}
		day, _ := time.Parse("20060102", r.Date)
		d := runWorld(t, p, r.Text, day)
		if err := c.Process(d); err != nil {
			t.Fatal(err)
		}
		var ts []eval.Triple
		for _, e := range d.Events {
			if !e.Negated {
				ts = append(ts, eval.Triple{Source: e.SourceCode, Target: e.TargetCode, Code: e.Cameo})
			}
		}
		gold, pred = append(gold, r.Gold), append(pred, ts)
	}
	s := eval.ScoreTriples(gold, pred)
	t.Logf("default dictionary: triples P %.3f R %.3f F1 %.3f; root F1 %.3f", s.P, s.R, s.F1, s.RootF1)
	if s.F1 < 0.40 {
		t.Errorf("triple F1 %.3f below the 0.40 regression floor", s.F1)
	}
}

// triggered runs p over text dated date and returns its first event
// whose trigger is trigger, or reports an error and returns nil.
func triggered(t *testing.T, p *pipeline.Pipeline, date, text, trigger string) *doc.Event {
	t.Helper()
	day, _ := time.Parse("2006-01-02", date)
	d := runWorld(t, p, text, day)
	for i := range d.Events {
		if d.Events[i].Trigger == trigger {
			return &d.Events[i]
		}
	}
	t.Errorf("%q: no event triggered by %q", text, trigger)
	return nil
}

// TestWorldEventDates checks which time of the sentence dates an event
// (the trigger "trigger" of the first event so triggered).
func TestWorldEventDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a time inside a later participle or relative clause is that clause's", "2018-07-09",
			"Abiy and Isaias agreed to reopen embassies, ending a conflict that killed tens of thousands between 1998 and 2000.", "agreed", "2018-07-09"},
		{"a time inside a non-restrictive relative clause", "2024-03-02",
			"Rebels attacked the town, which fell to the army on 12 January.", "attacked", "2024-03-02"},
		{"a time inside a relative clause before the trigger", "2018-07-09",
			"The rebels, who seized the town in 2019, attacked an army post on Tuesday.", "attacked", "2018-07-03"},
		{"a time inside a relative clause before the trigger, no other time", "2018-07-09",
			"Abiy, who took office in April, agreed to reopen the border with Eritrea.", "agreed", "2018-07-09"},
		{"a time inside a relative clause holding an amount", "2022-07-14",
			"India, which has provided almost $4 billion in credit lines this year, said it would continue to stand by Sri Lanka.", "said", "2022-07-14"},
		{"a time inside a since-clause is that clause's", "2024-03-10",
			"Israel has carried out air strikes in Syria since the war began in 2011.", "air", "2024-03-10"},
		{"a time after the object stays the event's", "2024-03-02", "Rebels attacked that town on Thursday.", "attacked", "2024-02-29"},
		{"a time in the clause stays", "2024-03-02", "Abiy and Isaias agreed on Thursday to reopen embassies.", "agreed", "2024-02-29"},
		{"a time inside the report before an inverted cue is the report's", "2023-05-20",
			"The truce will take effect on Monday evening, Saudi Arabia and the United States said in a joint statement.", "said", "2023-05-20"},
		{"a time opening the sentence dates the statement", "2023-05-20", "On Monday, Saudi Arabia said the truce was holding.", "said", "2023-05-15"},
		{"a time in an adverbial before a cue with its own report dates the statement", "2023-05-20",
			"Despite showers on Monday, Mayor Dennis Walaker said the city had a good day.", "said", "2023-05-15"},
		{"a year modifying a noun dates the noun, not the event", "2025-09-11",
			"The Supreme Federal Court on Thursday found former President Jair Bolsonaro guilty of plotting to overturn his 2022 election defeat.", "guilty", "2025-09-11"},
		{"a year modifying a noun, no other time: the article date", "2025-09-11",
			"Brazil's Supreme Court found Jair Bolsonaro guilty of plotting to overturn the 2022 election result.", "guilty", "2025-09-11"},
		{"a day modifying the noun of an adjunct phrase dates the event", "2024-03-20",
			"Police detained the driver after a Tuesday traffic stop.", "detained", "2024-03-19"},
		{"a date modifying the subject before the trigger stays", "2024-03-20",
			"The March 5 attack by rebels on the army base killed ten soldiers.", "killed", "2024-03-05"},
		{"a time closing \"the <noun> of <Name>\" in an object's phrase is that noun's", "2021-08-15",
			"Blinken rejected comparisons with the fall of Saigon in 1975.", "rejected", "2021-08-15"},
		{"a time closing \"the <noun> of <Name>\" after a temporal preposition dates the event", "2021-08-20",
			"Biden criticised Ghani after the fall of Kabul on Sunday.", "criticised", "2021-08-15"},
	})
}

// TestWorldEventTargets checks the target id and name of the event a
// trigger codes.
func TestWorldEventTargets(t *testing.T) {
	checkTriggered(t, "targets", func(e *doc.Event) string { return e.Target + " " + e.TargetName }, []triggerCase{
		{"a visited city stands for its country", "2023-06-01", "Defence Minister Boris Pistorius visited Odesa.", "visited", "UKR Ukraine"},
		{"a visited country stays", "2023-06-01", "German Chancellor Olaf Scholz visited India.", "visited", "IND India"},
	})
}

// TestWorldParenthesisedAcronym checks that an actor's acronym repeated
// in parentheses after it does not cut a compound subject.
func TestWorldParenthesisedAcronym(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "Sudan's warring army and paramilitary Rapid Support Forces (RSF) agreed on Saturday to a ceasefire."
	day, _ := time.Parse("2006-01-02", "2023-05-20")
	d := runWorld(t, p, text, day)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Source+">"+e.Target+" "+e.Cameo)
	}
	for _, want := range []string{"SDNMIL>group.rsf 0356", "group.rsf>SDNMIL 0356"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q: events %v; want %s among them", text, got, want)
		}
	}
}

// TestWorldDefiniteBodies checks that a definite state body ("the
// military") is the one of that sector the article named before, and
// that a titled person does not make "the government" theirs.
func TestWorldDefiniteBodies(t *testing.T) {
	checkTriggered(t, "has source", func(e *doc.Event) string { return e.Source }, []triggerCase{
		{"the military named before", "2021-02-01", "Myanmar's military seized power on Monday. The military said it would hold an election.", "said", "MMRMIL"},
		{"a titled person sets no state body", "2021-02-01", "U.S. Secretary of State Antony Blinken criticised Myanmar on Monday. Myanmar's government rejected the criticism. The government said it would hold an election.", "said", "MMRGOV"},
	})
}

// A triggerCase is a sentence dated date, a trigger word of it, and the
// value a field of the event that trigger codes should have.
type triggerCase struct{ name, date, text, trigger, want string }

// checkTriggered runs each case through the world pipeline and compares
// field of the event its trigger codes with the case's want; what names
// the field in failures ("dated", "targets").
func checkTriggered(t *testing.T, what string, field func(*doc.Event) string, cases []triggerCase) {
	t.Helper()
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := field(e); got != tc.want {
					t.Errorf("%q: %s %s %q, want %q", tc.text, tc.trigger, what, got, tc.want)
				}
			}
		})
	}
}

// TestWorldAppositiveTitle checks that a possessive title in apposition
// ("Sergei Lavrov, Russia's foreign minister, said") is no second
// speaker: one statement, by the person.
func TestWorldAppositiveTitle(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "Sergei Lavrov, Russia's foreign minister, said the talks had stalled."
	d := runWorld(t, p, text, time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC))
	var sources []string
	for _, e := range d.Events {
		if e.Trigger == "said" {
			sources = append(sources, e.Source)
		}
	}
	if len(sources) != 1 || sources[0] != "person.sergey-lavrov" {
		t.Errorf("%q: statements by %v; want one, by person.sergey-lavrov", text, sources)
	}
}

// unseenArticleTests are constructions of unseen articles (disasters,
// elections, diplomacy; 2013–2023) found coded wrongly, in sentences
// written for sitrep. Each names the phenomenon; want: events that must
// be coded ("SRCCODE TGTCODE CAMEO", " neg" when negated); not:
// prefixes no event may start with ("" before a space: any source).
// unseenArticleTests run in TestWorldNews with the world tests.
var unseenArticleTests = []worldCase{
	// warnings
	{"a warning about a state of affairs is a statement", "2022-08-30",
		"Finance Minister Ahmad Karimi warned that food prices would rise sharply.", []string{"GOV  010"}, []string{"GOV  13"}},
	{"a warning about what others' acts would mean is a statement", "2022-09-29",
		"The UN chief warned on Thursday that any annexation would have no legal value.", nil, []string{"IGOUNO  13"}},
	{"the speaker's own conditional act is a threat", "2024-04-10",
		"Iran warned that it would retaliate if it was attacked.", []string{"IRN  138"}, []string{"IRN  130"}},
	{"a warning to an addressee about what will befall it is a threat", "2022-02-10",
		"Germany warned Russia that sanctions would follow.", []string{"DEU RUS 130"}, nil},
	{"a warning of a response is a threat", "2022-02-10",
		"Russia warned that any attack on its territory would meet a response.", []string{"RUS  130"}, nil},
	{"what the state's forces will do is a threat", "2005-05-10",
		"Egypt's interior minister warned that police will no longer tolerate the rallies.", []string{"EGYGOV EGYCOP 130"}, nil},
	{"what a warning says another will do did not happen", "2024-04-10",
		"The UN warned that Israel would strike Gaza.", nil, []string{"ISR ", "IGOUNO ISR"}},
	// disasters
	{"a thing destroyed in a clause of its own is no attack on the people before", "2022-08-30",
		"The disaster authority said some 33 million people were affected and nearly a million homes had been damaged or destroyed.",
		nil, []string{" CVL 17", " CVL 18", " CVL 19"}},
	{"a place attacked in a clause of its own is no attack on the protesters before", "2022-08-30",
		"Protesters marched through the city, and the embassy was attacked.", nil, []string{" CVL", " OPP"}},
	{"a passive with an actor for subject keeps it", "2022-08-30",
		"Israel bombed Gaza and many civilians were killed.", []string{" CVL 190"}, nil},
	{"a list subject of a passive stays acted on", "2023-06-01",
		"Three Malian soldiers and one local resident were killed on Sunday.", []string{" MLIMIL 190"}, nil},
	// condemnations and appeals
	{"a coordinated verb ends a nominal attack; the appeal after it is coded", "2023-09-25",
		"The EU's foreign policy chief condemned the attack and called on Belgrade to cooperate with the investigation.",
		[]string{"IGOEUREEC SRB 020"}, []string{" SRB 18", " SRB 19"}},
	// aid
	{"sending relief goods is humanitarian aid", "2022-09-01",
		"Qatar and Turkey sent planes carrying tents and food to Pakistan.", []string{"QAT PAK 073", "TUR PAK 073"}, nil},
	{"dispatching rescuers is humanitarian aid", "2015-04-27", "China dispatched rescuers to Nepal.", []string{"CHN NPL 073"}, nil},
	{"delivering relief supplies is humanitarian aid", "2004-12-31", "India delivered relief supplies to Sri Lanka.", []string{"IND LKA 073"}, []string{"IND LKA 070"}},
	{"delivering food and medicine is humanitarian aid", "2020-03-01", "Jordan delivered food and medicine to Egypt.", []string{"JOR EGY 073"}, nil},
	{"food and water dropped to people is humanitarian aid", "2014-08-07", "The United States dropped food and water to Iraqi civilians.", []string{"USA IRQCVL 073"}, nil},
	// where, not whom
	{"a seat of government after 'in the' is where a treaty is signed", "2022-09-30",
		"President Vladimir Putin signed treaties in the Kremlin formally absorbing the regions.", []string{"RUSGOV  057"}, []string{"RUSGOV RUSGOV"}},
	{"a protest outside a seat of government targets it", "2022-09-30",
		"Protesters rallied outside the Kremlin.", []string{"OPP RUSGOV 141"}, nil},
	{"rallying against a government, even after a time or place, is a demonstration, no 113", "2019-10-20",
		"Protesters in Beirut rallied for a fourth day against the government.", []string{"LBNOPP LBNGOV 141"}, []string{" 113"}},
	{"a rally in a capital on a day against the government is a demonstration", "2019-03-12",
		"Thousands of protesters rallied in Nairobi on Tuesday against the government.", []string{"KENOPP KENGOV 141"}, []string{" 113"}},
	// votes
	{"a verb form after 'no' is a noun", "2022-09-30",
		"The draft, put forward by the United States and Albania, needed nine votes and no veto by a permanent member to pass.",
		nil, []string{"USA  129", "ALB  129"}},
	{"a veto cast stays", "2022-09-30", "Russia vetoed the draft resolution.", []string{"RUS  129"}, nil},
	// flights
	{"a leader flying over a disaster area shows no force", "2022-08-29",
		"Prime Minister Shehbaz Sharif flew over the worst-hit districts of Sindh and Balochistan.", nil, []string{"PAKGOV PAK 15"}},
	{"warplanes flying over a city show force", "2023-06-01", "Israeli jets flew over Beirut.", []string{"ISRMIL LBN 150"}, nil},
	{"armed forces flying over an island show force", "2023-06-01", "Russian military aircraft flew over Sweden's island of Gotland.", []string{"RUSMIL SWE 150"}, nil},
	// mobilisation
	{"reinforcing one's own mission is a mobilisation, aimed at nobody", "2023-09-29",
		"NATO said it would reinforce its KFOR peacekeeping mission in Kosovo.", []string{"IGOWSTNAT  154"}, []string{"IGOWSTNAT  13", "IGOWSTNAT IGO"}},
	{"forces deployed against another are a threat", "2022-01-20",
		"Russia will deploy troops to the border with Ukraine.", []string{"RUS UKR 138"}, nil},
	// embassies
	{"an embassy reopened in a capital is relations with its state", "2018-12-27",
		"In December 2018 the United Arab Emirates reopened its embassy in Damascus.", []string{"ARE SYR 050"}, []string{"ARE  050"}},
	{"an embassy closed in a capital breaks relations with its state", "2021-08-15",
		"Britain closed its embassy in Kabul.", []string{"GBR AFG 161"}, nil},
	// membership, mediation, arming, concern
	{"readmitting a member restores relations", "2023-05-07", "On May 7 the Arab League voted to readmit Syria.", []string{"IGOMEAARL SYR 050"}, nil},
	{"arranging a swap between two states mediates between them", "2023-09-18",
		"Last month Qatar helped arrange a prisoner swap between the United States and Iran.", []string{"QAT USA 045", "QAT IRN 045"}, nil},
	{"arming fighters is military aid; saying another did accuses it", "2023-09-29",
		"Kosovo's prime minister said Serbia had armed and trained the attackers.", []string{"SRB UAF 072", "XKXGOV SRB 112"}, nil},
	{"raising concerns about another's build-up is a pessimistic comment on it", "2023-09-29",
		"Washington raised concerns about a Serbian military build-up.", []string{"USA SRBMIL 012"}, nil},
	// appositions
	{"a name in apposition to the object is the target", "2023-03-01",
		"Buhari congratulated his successor, Bola Tinubu, on his victory.", []string{"NGAGOV NGA 051"}, nil},
	{"a name after the object's comma that says something is the speaker", "2023-03-01",
		"Russia criticised the decision, Sergei Lavrov, the foreign minister, said.", nil, []string{"RUS RUSGOV"}},
	// object relative clauses
	{"what an object relative clause's antecedent is for is the target", "2023-12-15",
		"Leaders failed, however, to agree on a €50 billion aid package for Kyiv, which Budapest vetoed.", []string{"HUN UKR 129"}, nil},
	{"a relative clause verb with an object of its own keeps it", "2023-12-15",
		"The EU approved an aid package for Kyiv, which Hungary criticised Brussels over.", nil, []string{"HUN UKR"}},
	// states of captivity
	{"a state of arrest holds its subject", "2025-09-11",
		"Former Brazilian president Jair Bolsonaro has been under house arrest since August.", []string{"BRACOP BRAELI 173"}, []string{"BRAGOV"}},
	{"remaining in custody is being held", "2025-09-11", "Pakistan's former prime minister remains in custody.", []string{" PAKGOV 173"}, nil},
	// sanctions listings
	{"designating a firm is a sanctions listing", "2025-01-10", "The US Treasury designated Gazprom Neft.", []string{"USAGOV RUSBUS 163"}, nil},
	{"designating a group as terrorist is a sanctions listing", "2025-01-10",
		"The United States designated Hamas as a terrorist organisation.", []string{"USA PSEREB 163"}, nil},
	{"designating a person as envoy is an appointment", "2021-01-20", "Biden designated John Kerry as special envoy for climate.", nil, []string{"USAGOV USA 163"}},
	{"designating a person, however long the apposition, to form a government is an appointment", "2025-01-13",
		"Lebanese President Joseph Aoun on Monday designated Nawaf Salam, the head of the International Court of Justice, to form a new government.", nil, []string{"LBNGOV LBN"}},
	{"designating a person, after an apposition, as prime minister is an appointment", "2024-09-05",
		"President Emmanuel Macron designated Michel Barnier, the European Union's former chief Brexit negotiator, as prime minister.", nil, []string{"FRAGOV FRA"}},
	{"adding firms to a sanctions list sanctions them", "2025-01-10",
		"The European Union added two Iranian banks to its sanctions list.", []string{"IGOEUREEC IRN 163"}, nil},
	// rejections
	{"dismissing measures rejects them", "2025-01-10", "The Kremlin dismissed the measures.", []string{"RUSGOV  120"}, []string{"RUSGOV  11"}},
	{"dismissing a warning rejects it", "2025-01-10", "Moscow dismissed the warning from NATO.", []string{"RUS IGOWSTNAT 120"}, []string{"RUS IGOWSTNAT 11"}},
	// coups
	{"removing a president from office coerces him", "2023-07-27",
		"Soldiers removed President Mohamed Bazoum from office on Wednesday.", []string{"NERMIL NERGOV 170"}, nil},
	{"toppling a president coerces him", "2019-04-12", "The army ousted President Omar al-Bashir in April 2019.", []string{"SDNMIL SDNGOV 170"}, nil},
	{"a team ousted from a tournament is eliminated", "2009-03-21", "Japan was ousted from the World Cup by Croatia.", nil, []string{"HRV JPN 17", "SYR "}},
	{"a team ousted from a tournament, headline", "2009-03-21", "Syria ousted from the Asian Cup qualifying tournament.", nil, []string{"SYR "}},
	{"seizing power is a coup", "2023-07-27", "Mutinous soldiers seized power in Niger.", []string{"MIL NER 170"}, nil},
	// at sea
	{"blocking a vessel's path restricts its movement", "2024-12-05",
		"Two Chinese ships blocked the path of the Philippine vessel.", []string{"CHN PHL 191"}, nil},
	{"ramming a vessel is force", "2024-12-05", "A Chinese coast guard ship rammed a Philippine supply vessel.", []string{"CHNCOP PHL 190"}, nil},
	// coordinated verbs
	{"a pair after 'between' is no subject of the next verb", "2024-12-29",
		"In 1978 he brokered the Camp David Accords between Egypt's Anwar Sadat and Israel's Menachem Begin and established full diplomatic relations with China in 1979.",
		nil, []string{" CHN 05", "ISR CHN", "EGY CHN"}},
	// quotes
	{"a place where the speaker speaks is no speaker of the quote", "2023-07-27",
		`US Secretary of State Antony Blinken, speaking in Wellington, said Washington "strongly condemns any effort to detain or subvert the functioning of Niger's democratically elected government."`,
		[]string{"USAGOV  111"}, []string{"NZL "}},
	// agents
	{"aid workers are a humanitarian agent, no labour", "2023-07-27",
		"Aid workers said 2,000 people were arriving each day.", []string{"NGO  010"}, []string{"LAB"}},
	// complaints about what befell one's own people
	{"condemning an attack on one's own nationals is a condemnation, aimed at nobody named", "2022-08-09",
		"Kenya condemned the attack on Kenyan peacekeepers in Somalia.", []string{"KEN  111"}, []string{"KEN KEN"}},
}
