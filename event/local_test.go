package event

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/pipeline"
)

// localTests are sentences written for sitrep in the style of local US
// news (crime, schools, business, community events), where patterns
// written for international politics fire on everyday words. They run
// through the stages an article goes through, with the shipped KB.
// want: events that must be coded ("SRCCODE TGTCODE CAMEO"); notCodes:
// CAMEO codes no event may have; notSources: source codes no event may
// have. Each case names the phenomenon it guards.
var localTests = []struct {
	name, text string
	want       []string
	notCodes   []string
	notSources []string
}{
	// executing a warrant, order or plan is carrying it out, not killing
	{"executed a search warrant", "Concord police executed two search warrants on Thursday.", nil, []string{"1823"}, nil},
	{"executed a plan", "The city council executed its plan to repave Main Street.", nil, []string{"1823"}, nil},
	{"executed a person stays killing (the men, not the country of their charge)", "Iran executed two men convicted of spying for Israel.", []string{"IRN IRNCVL 1823"}, nil, nil},
	// hosting a fundraiser, tournament or sale is no political hosting
	// or meeting
	{"will host a fundraiser", "The Maple Grove Volunteer Fire Department will host its 12th annual fundraiser on Saturday.", nil, []string{"036", "043"}, nil},
	{"hosts a tournament", "The Rotary Club hosts a golf tournament next month.", nil, []string{"043"}, nil},
	{"hosting a leader stays", "Egypt hosted the Israeli prime minister in Cairo.", []string{"EGY ISRGOV 043"}, nil, nil},
	// examining a thing is no investigation of anyone; examining
	// allegations is
	{"examine a weapon", "Inquiry hires expert Dan Ross to examine the Taser that was fired at Smith.", nil, []string{"090"}, nil},
	{"examine a gun", "Police will examine the Glock found in the car.", nil, []string{"090"}, nil},
	{"examine allegations", "Egypt will examine allegations against Israel.", []string{"EGY ISR 090"}, nil, nil},
	// a person of a nationality is that country's civilian, not the state
	{"a French national", "A Mexican national was charged with smuggling.", []string{" MEXCVL 173"}, nil, nil},
	{"arrested a national", "Police arrested a Canadian national on Friday.", []string{"COP CANCVL 173"}, nil, nil},
	{"national before a noun modifies it", "The Iranian national team thanked Japan.", []string{"IRN JPN 051"}, nil, []string{"IRNCVL"}},
	{"national before a name", "She said national United Way officials have lobbied Congress for help.", nil, nil, []string{"CVL"}},
	// a plural after an adjective or a plural possessive is a noun
	{"manmade objects", "NASA tracks manmade objects in orbit.", nil, []string{"110"}, nil},
	{"numerous objects", "Google tracks numerous objects online.", nil, []string{"110"}, nil},
	{"residents' questions", "Mayor Ann Lee answered residents' questions about the budget.", nil, []string{"110"}, nil},
	// visiting a web site is no visit
	{"visit a web site", "For more on Senator Tom Udall's bill, contact the Senate or visit the agency's Web site at www.example.gov.", nil, []string{"042", "043"}, nil},
	{"visit online", "For a schedule of Senator Tom Udall's meetings, visit http://www.example.org today.", nil, []string{"042", "043"}, nil},
	{"visit a country stays", "Egypt's president visited Jordan.", []string{"EGYGOV JOR 042"}, nil, nil},
	// the agency that reports a quote is not its speaker
	{"quote reported by an agency", "\"I am ready to bear responsibility for my actions,\" he said, Interfax reported.", nil, []string{"030"}, nil},
	{"quote said by an actor stays", "\"We are ready to restore relations,\" Iran said.", []string{"IRN  030"}, nil, nil},
	// an agency that reports an act did not do it (the complement's own
	// subjects are no actors here, so nothing is coded)
	{"agency reported that others agreed", "Reuters reported that a senior official and the deputy minister had spoken and agreed to cooperate.", nil, []string{"030"}, nil},
	// a speaker after the verb ("…, said NAME") said it, not an actor
	// earlier in the sentence
	{"said a name after the comma", "The trip aims to push Chile and Peru to open the border, said Ana Ruiz, a co-founder of the group.", nil, nil, []string{"CHL", "PER"}},
	{"said a spokesman after the comma", "Dublin operates its own sirens, said Tom Kerr, a city spokesman.", nil, nil, []string{"IRL"}},
	// "told" after an appositive takes its addressee after it, never its
	// speaker (e.g. "General Waker-Uz-Zaman, the chief of army staff,
	// told reporters in Dhaka that …" was said by the reporters)
	{"told reporters after an appositive", "John Smith, the army chief, told reporters in Dhaka that the rebels would withdraw.", nil, nil, []string{"MED"}},
	{"told reporters on a day after an appositive", "John Smith, a former minister, told reporters on Monday that he would appeal.", nil, nil, []string{"MED"}},
	{"a name before said", "Peru's budget grew last year, Medea Benjamin said.", nil, nil, []string{"PER"}},
	{"an appositive before said", "Chile's foreign minister, Ana Ruiz, said the bulk of the aid would go to Peru.", []string{"CHLGOV  010"}, nil, nil},
	{"said a name and its verb", "Chile's foreign minister, Ana Ruiz, said Peru closed the border.", []string{"CHLGOV  010"}, nil, nil},
	{"said that after an appositive", "Ana Ruiz, a lobbyist for the city of Lima, said that can't happen soon enough.", []string{"  010"}, nil, nil},
	{"said the subject of a verb in -s", "Ana Ruiz, out for a walk with her two dogs, said the Lima message still resonates today.", []string{"  010"}, nil, nil},
	{"a name ending a longer subject", "Lt. Ana Ruiz of the Lima Highway Patrol said Peru closed the road.", []string{"  010"}, nil, nil},
	{"said an actor after the comma stays", "Peru closed the border, said Chile.", []string{"CHL  010"}, nil, nil},
	// talks still to come did not happen; a readiness codes only the
	// act it names
	{"future talks", "The senator kept her options open on future talks with Chile and Peru.", nil, []string{"040"}, nil},
	{"held further talks stays", "Chile and Peru held further talks on Monday.", []string{"CHL PER 046"}, nil, nil},
	{"ready to do", "At 61, Rep. Jay Moss is ready to do what he enjoys most.", nil, []string{"030"}, nil},
	{"ready to provide aid", "Chile is ready to provide aid to Peru.", []string{"CHL PER 033"}, []string{"030"}, nil},
	// a plural noun before a past verb is its subject, no verb of the
	// pattern
	{"visits totaled", "Mercy Hospital ER visits totaled 81,200 last year.", nil, []string{"042", "043"}, nil},
	{"visits of a count", "That is up from the 2007 ER visits of 79,900.", nil, []string{"042", "043"}, nil},
	{"questions arose", "Chile's auditor said questions arose about the grant.", nil, []string{"110"}, nil},
	{"visits a country stays", "Chile's president visits Peru on Friday.", []string{"CHLGOV PER 042"}, nil, nil},
	// a name that is no actor between a determiner and the trigger
	// makes it a noun; "what X has to say" is no statement
	{"the Monopoly questions", "Chile did well with the Monopoly questions to make good guesses.", nil, []string{"110"}, nil},
	{"has to say", "Chile and Peru should listen to what each other has to say.", nil, []string{"010"}, nil},
	{"March and a day", "Peru screenings will be held March 17 for all students.", nil, []string{"141", "133"}, nil},
	{"march in stays", "Protesters march in Lima against Chile.", []string{"PEROPP CHL 141"}, nil, nil},
	// crimes someone is charged with are alleged, not coded as done
	{"charged with a list", "A Peruvian national has been charged with second-degree murder, incest, statutory rape and child endangerment.", []string{" PERCVL 173"}, []string{"1821", "1823"}, nil},
	{"convicted of a list", "A Peruvian national was convicted of assault and kidnapping.", nil, []string{"180", "181"}, nil},
	{"in charge of", "Ana Ruiz, the official in charge of middle schools, said Chile will reopen them.", []string{"  010"}, nil, nil},
	{"pleaded guilty, saying", "Ana Ruiz pleaded guilty to first-degree murder, saying Chilean soldiers attacked Peru.", []string{"CHLMIL PER 190"}, nil, nil},
	{"a rape stays", "Chilean soldiers raped a Peruvian woman.", []string{"CHLMIL PERCVL 1821"}, nil, nil},
	// a plea in a case and counsel ", defending," are court words
	{"plead in a case", "Peruvian businessmen plead in money laundering case.", nil, []string{"020"}, nil},
	{"plead with stays", "Peru pleads with Chile to reopen the border.", []string{"PER CHL 020"}, nil, nil},
	{"defending between commas", "Ana Ruiz, defending, said the Chilean soldiers had been funding the school.", nil, []string{"052"}, nil},
	// "take part in" is joining in
	{"took part in", "Peruvian students took part in the tournament in Lima.", nil, []string{"190"}, nil},
	{"took part of a city stays", "Chilean troops took part of the city of Tacna.", []string{"CHLMIL PER 190"}, nil, nil},
	// what an appeal asks for has not happened
	{"urge TV ban", "Hardline Peruvian clerics urge TV ban on women.", []string{"PERREL CVL 020"}, []string{"172"}, nil},
	{"urged a country to ban stays", "Peru urged Chile to ban the drills.", []string{"PER CHL 020"}, nil, nil},
	// welcoming a failure praises none of its parties
	{"welcomed the failure", "Peruvian officials welcomed the failure of the talks between Chile and Bolivia.", nil, []string{"051"}, nil},
	{"welcomed a decision stays", "Peru welcomed the decision by Chile.", []string{"PER CHL 051"}, nil, nil},
	// who asked for an order is not ordered
	{"ordered at the request of", "Chile's president said he had ordered the intervention at the request of Peruvian authorities.", nil, []string{"100"}, nil},
	{"ordered a state stays", "Chile ordered Peru to withdraw its troops.", []string{"CHL PER 100"}, nil, nil},
	// one held "under house arrest" in an aside is held, not holding
	{"under house arrest aside", "Peruvian opposition leader Jose Ruiz, still under house arrest in Lima, urged calm.", []string{"PERCOP PEROPP 173"}, nil, nil},
	{"placed under house arrest stays", "Peruvian soldiers placed opposition leader Jose Ruiz under house arrest.", []string{"PERMIL PEROPP 173"}, nil, nil},
	// welcoming what a state did approves of it; welcoming its people hosts them
	{"welcomed an action", "Peru welcomed the Chilean action.", []string{"PER CHL 051"}, []string{"043"}, nil},
	{"welcomed an intervention", "Peru welcomed the Chilean intervention.", []string{"PER CHL 051"}, []string{"043"}, nil},
	{"welcomed a president stays", "Peru welcomed the Chilean president.", []string{"PER CHLGOV 043"}, nil, nil},
	// "jail" after a preposition is the place
	{"sent to jail", "Peru's mayor was sent directly to jail after testing positive for cocaine.", nil, []string{"173"}, nil},
	{"threatened to jail stays", "Chile threatened to jail Peruvian fishermen.", []string{"CHL PERCVL 173"}, nil, nil},
	// "life support" is a machine; "considering the fact" a preposition
	{"life support", "Peru's mayor was taken off life support Tuesday.", nil, []string{"051"}, nil},
	{"considering the fact", "Peru got less money, considering the fact that Chile had a smaller bridge.", nil, []string{"014"}, nil},
	{"considering a proposal stays", "Peru is considering the proposal from Chile.", []string{"PER CHL 014"}, nil, nil},
	// evading or resisting arrest is no arrest
	{"evade arrest", "Police found a gun along the route the Peruvian national took to evade arrest.", nil, []string{"173"}, nil},
	{"resisting arrest", "A Peruvian national was charged with robbery and resisting arrest.", []string{" PERCVL 173"}, nil, nil},
	// "sanction" with a thing for its object approves it
	{"sanctioning developments", "Clare County Council is sanctioning several large developments in Ennis.", nil, []string{"163"}, nil},
	{"sanctioned a project", "The county board sanctioned the housing project on Tuesday.", nil, []string{"163"}, nil},
	{"sanctioned a country stays", "Chile sanctioned Peru over the dispute.", []string{"CHL PER 163"}, nil, nil},
	{"sanctioned a pronoun stays", "The European Union sanctioned him.", []string{"IGOEUREEC  163"}, nil, nil},
	// a coming act by nobody named is no threat: the act stays, as a
	// hypothetical
	{"will be charged", "A Peruvian national was jailed and will be charged with theft.", []string{" PERCVL 173"}, []string{"137"}, nil},
	{"will attack with a source stays a threat", "Peru will be attacked by Chile.", []string{"CHL PER 138"}, nil, nil},
	// traffic accidents and disasters are no attacks; attacks with
	// vehicles by an actor and killings in fire by one stay
	{"hit by a car", "Two Peruvian women were hit by a car when they attempted to cross the road.", nil, []string{"190"}, nil},
	{"struck by an SUV", "A Chilean national was struck by an SUV driven by a neighbor.", nil, []string{"190"}, nil},
	{"killed in the collision", "A Peruvian national was killed in the collision.", nil, []string{"190"}, nil},
	{"killed in a crash", "Two Chilean soldiers were killed in a helicopter crash on Monday.", nil, []string{"190"}, nil},
	{"struck a tree", "Police say the Peruvian driver lost control of his pickup and struck a tree.", nil, []string{"190"}, nil},
	{"killed in fire stays", "Two Peruvian soldiers were killed in Chilean fire.", []string{"CHL PERMIL 190"}, nil, nil},
	{"struck by a missile stays", "A Peruvian vessel was struck by a Chilean missile.", []string{"CHL PER 190"}, nil, nil},
	// support that is paid or a service is no backing
	{"child support", "The Peruvian national had two suspensions on his license for not paying child support.", nil, []string{"051"}, nil},
	{"support stays", "Chile voiced support for Peru.", []string{"CHL PER 051"}, nil, nil},
	// a date or year between a determiner and the trigger makes it a noun
	{"the March 7 fire", "Chile's police investigated the March 7 fire at the Peruvian consulate.", []string{"CHLCOP PER 090"}, []string{"190"}, nil},
	{"the 2019 strike", "The 2019 strike at the Peruvian mine cost millions.", nil, []string{"190", "143"}, nil},
	// a name before Road or Street is a street's; a demonym after a
	// capitalised word is a surname
	{"Monica French said", "Public Information Officer Monica French said the grant was misused.", nil, nil, []string{"FRA"}},
	{"Officer French said", "Police Officer Dan French said the suspect fled.", nil, nil, []string{"FRA", "FRACOP"}},
	{"French officer stays", "A French police officer said the suspect fled.", []string{"FRACOP  010"}, nil, nil},
	{"capitalised adjective before a demonym stays", "Witnesses said Rival Palestinian gunmen opened fire on a Lebanese patrol on Saturday.", []string{"PSEUAF LBN 193"}, nil, nil},
	// "help" before another verb helps do it: no aid to the verb's object
	{"help promote", "Peru's mayor will appear on television to help promote singer Ana Ruiz's album.", nil, []string{"070", "033"}, nil},
	{"helps coach", "Judge Tom Clouse, who helps coach the Peruvian team, said it played well.", nil, []string{"070"}, nil},
	// agreeing with a view is accord (019), no commitment (030)
	{"agreed that", "Peru's commissioners Tom Lee and Ana Ruiz agreed that problems with the assessors had gone on long enough.", nil, []string{"030"}, nil},
	{"agreed with X that", "Chile's president agreed with Peru's president that the border should stay open.", []string{"CHLGOV PERGOV 019"}, []string{"030"}, nil},
	{"agreed to stays", "Chile agreed to restore relations with Peru.", []string{"CHL PER 037"}, nil, nil},
	// a business's offer of services, jobs or prices is no political offer
	{"offers service", "Peru's national airline offers three-class service to Chile.", nil, []string{"030"}, nil},
	{"offer jobs", "Chile's mining agency is able to offer jobs with health insurance.", nil, []string{"030"}, nil},
	{"offered aid stays", "Chile offered aid to Peru.", []string{"CHL PER 033"}, nil, nil},
	// courts strike down laws; editors strike words; officers ram doors;
	// an employer fires a person
	{"struck down the ban", "Peru's Supreme Court struck down the ban on Chilean imports.", nil, []string{"190"}, nil},
	{"motion to strike", "Peru's judge rejected a motion to strike the new charges against the Chilean.", nil, []string{"190"}, nil},
	{"rammed the door", "Chilean police officers rammed the door of the house.", nil, []string{"190"}, nil},
	{"fired a person", "Peru's mayor fired Ana Ruiz at the city hall on Tuesday.", nil, []string{"190"}, nil},
	{"fired a consul", "Lima Mayor Ana Ruiz fired Chilean consul Tom Reams at the city hall.", nil, []string{"190"}, nil},
	{"fired the police chief", "Peru's president fired the police chief on Monday.", nil, []string{"190"}, nil},
	{"fired demonym rockets stays", "Chile fired Peruvian-made rockets at the border post.", []string{"CHL  194"}, nil, nil},
	{"fired at people stays", "Chilean troops fired at Peruvian protesters.", []string{"CHLMIL PEROPP 190"}, nil, nil},
	// signs of something, stop signs; meeting needs or a deadline;
	// insisting that something is so
	{"signs of", "Peru's mayor had signs of heart trouble, his doctor said.", nil, []string{"057"}, nil},
	{"stop signs", "Peruvian drivers are running stop signs.", nil, []string{"057"}, nil},
	{"signed an agreement stays", "Peru signed an agreement with Chile.", []string{"PER CHL 057"}, nil, nil},
	{"meet the needs", "Peru's festival was fashioned to meet the needs of those who attend, its Chilean organiser said.", nil, []string{"040"}, nil},
	{"meet the deadline", "Chile's mayor said the city could not meet the deadline.", nil, []string{"040"}, nil},
	{"met a leader stays", "Chile's president met Peru's president.", []string{"CHLGOV PERGOV 040"}, nil, nil},
	{"insisted that", "The Peruvian national insisted to detectives that she was asleep.", nil, []string{"100"}, nil},
	{"insisted on stays", "Chile insisted on the withdrawal of Peruvian troops.", []string{"CHL PERMIL 100"}, nil, nil},
	// a place after a person's age is where the person lives
	{"name, age, town", "Terry Lee Jolly, 60, Lebanon, was arrested Thursday on a drug charge.", []string{"  173"}, nil, nil},
	{"name, age, of town", "Tom Jolly, 60, of Lebanon, was arrested Thursday on a drug charge.", []string{"  173"}, nil, nil},
	{"arrested in a country stays", "Lebanon arrested a Syrian national on Thursday.", []string{"LBN SYRCVL 173"}, nil, nil},
	// capturing a title or a carbon capture process is no capture
	{"capturing a crown", "Peru's loss to Chile helped Ahli capture their fifth straight league crown.", nil, []string{"173"}, nil},
	{"carbon capture", "The Peruvian plant will test a carbon capture process.", nil, []string{"173"}, nil},
	{"captured a person stays", "Chilean troops captured a Peruvian soldier.", []string{"CHLMIL PERMIL 173"}, nil, nil},
	// answering questions, questioning by police, dismissing officials
	// or a case
	{"answer questions", "Peru's two candidates answered each question in turn.", nil, []string{"110"}, nil},
	{"for questioning", "Two Peruvian nationals were picked up for questioning on Saturday.", nil, []string{"110"}, nil},
	{"dismissed governors", "Peru's president dismissed four governors in February.", nil, []string{"110"}, nil},
	{"dismissed the case", "A Chilean judge dismissed the case against Peru's mayor.", nil, []string{"110"}, nil},
	{"dismissed claims stays", "Chile dismissed Peru's claims.", []string{"CHL PER 120"}, nil, nil},
	{"questioned a decision stays", "Chile questioned Peru's decision.", []string{"CHL PER 110"}, nil, nil},
	// a score split into tokens still makes "beat" a game; declining to
	// detail is no comment
	{"beat 1-0", "Ahli can sleep more comfortably after Petrojet beat Ismaili on Monday 1-0.", nil, []string{"182"}, nil},
	{"declined to detail", "Peru's police chief declined to detail what was taken.", []string{"PERCOP  011"}, []string{"124", "120"}, nil},
	// a private person's violence is assault (18), not military force
	{"a person hits a person", "Tom Warden started a fight with Ann Lee and hit her in the face.", []string{"  182"}, []string{"190"}, nil},
	{"a person kills a person", "Police said Dan Clark shot and killed Ann Gravely in a Taco Bell.", []string{"  1823"}, []string{"190", "193"}, nil},
	{"troops killing stays 190", "Chilean troops killed two Peruvian fishermen.", []string{"CHLMIL PERCVL 190"}, nil, nil},
	{"struck a nerve", "Peru's mayor struck a sensitive nerve with Chile.", nil, []string{"190", "182"}, nil},
	{"struck a balance", "Chile struck a balance between Peru and Bolivia.", nil, []string{"190"}, nil},
	// the addressee of "told" is not the speaker of a quote
	{"he told reporters", "\"I want the people to judge us as soon as possible,\" he told reporters before the vote.", nil, nil, []string{"MED"}},
	// "he" after "police say" is not the police
	{"police say he struck", "Chilean police say he struck a Peruvian border guard.", nil, []string{"190", "182"}, nil},
	{"the minister said he would", "Chile's foreign minister said he would meet Peru's president.", []string{"CHLGOV PERGOV 036"}, nil, nil},
	{"Chile said it would stays", "Chile said it would attack Peru.", []string{"CHL PER 138"}, nil, nil},
	// hosting a rally or forum is no political hosting; private people
	// travelling make no official visit
	{"host a rally", "Officials in a coastal Peruvian town have decided to host an annual biker rally.", nil, []string{"043", "036"}, nil},
	{"host forums", "The Lima PTA Council will host three forums for Chilean parents.", nil, []string{"043", "036"}, nil},
	{"citizens arrived", "The two Kenyan citizens arrived in the U.S. in 1999 and received asylum in 2007.", nil, []string{"042", "043"}, nil},
	{"a minister arrived stays", "Kenya's foreign minister arrived in Washington on Monday.", []string{"KENGOV USA 042"}, nil, nil},
	// asking what, whether or how is a question, no appeal
	{"asked what", "Peru's mayor asked what the Chilean company would do.", nil, []string{"020"}, nil},
	{"asked him if", "Sgt. Dan Cole stopped a Peruvian tenant and asked him if he was the owner.", nil, []string{"020"}, nil},
	{"asked X to stays", "Peru asked Chile to release the fishermen.", []string{"PER CHL 020"}, nil, nil},
	// a quote that names who did it: not the speaker's act
	{"quoted named subject", "\"Dr. Anglin agreed to help work on a plan for Peru,\" Peru's mayor said.", []string{"PERGOV  010"}, []string{"030", "033"}, nil},
	{"quoted we stays the speaker's", "\"We agreed to help Chile,\" Peru's mayor said.", []string{"PERGOV CHL 033"}, nil, nil},
	// "Attorney General" is a civilian title, no military rank
	{"attorney general", "State Attorney General Jerry Brown said he will review the case.", nil, nil, []string{"MIL", "USAMIL"}},
	// relief, money and grants a local government gives to residents
	{"council gives money in a local currency", "The Nairobi county government gave 5,000 shillings each to 300 residents displaced by floods in Mathare on Tuesday.", []string{"KENGOV CVL 071"}, nil, nil},
	{"city provides food and shelter", "Kolkata's municipal council provided food and shelter to 300 families on Sunday.", nil, []string{"075"}, nil},
	{"provided food and shelter is humanitarian aid", "India provided food and shelter to 300 Nepali villagers.", []string{"IND NPLCVL 073"}, []string{"075"}, nil},
	{"city council awards a grant", "Leeds City Council awarded a grant to 40 residents hit by the floods.", []string{"GOV CVL 071"}, nil, nil},
	// a judgement or a plan is no option weighed, criticism or appeal
	{"consider it an insult if", "The senator said he would consider it a personal insult if Kenya cut the funds.", nil, []string{"014", "111"}, nil},
	{"consider it an honour", "Modi said India would consider it an honour to host the summit.", nil, []string{"014"}, nil},
	{"considering a plan stays", "Kenya is considering a plan to cut fuel taxes.", []string{"KEN  014"}, nil, nil},
	{"seek additional charges", "Prosecutors in Ohio will seek additional charges against the former jail guard.", nil, []string{"020"}, nil},
	{"seek aid stays an appeal", "Kenya will seek aid from Japan.", []string{"KEN JPN 023"}, nil, nil},
	// police investigators
	{"detectives charged", "Detectives in Glasgow charged the driver with murder.", []string{"GBRCOP GBRCVL 173"}, nil, nil},
	// "X was wounded when police returned fire": the police fired at X
	// if X had fired first; a bystander was no one's target
	{"gunman wounded by return fire", "A gunman was wounded when police returned fire outside a bar in Dallas.", []string{"USACOP UAF 190"}, nil, []string{""}},
	{"return fire after he shot at officers", "A gunman was wounded when police returned fire after he shot at officers in Johannesburg.", []string{"ZAFCOP UAF 190"}, nil, nil},
	{"bystander wounded by return fire", "A bystander was wounded when police returned fire in Chicago.", []string{"USACOP  190"}, nil, nil},
	{"return fire at robbers", "A 12-year-old girl was wounded when police returned fire at robbers in Accra.", []string{"GHACOP GHACRM 190"}, nil, nil},
	// investigators: the police's, or the body's that sends them
	{"investigators say", "Investigators in Kenya said villagers were beaten in Kisii.", []string{"KENCOP  010", " KENCVL 182"}, nil, nil},
	{"UN investigators are the UN", "UN investigators accused Syria of using chemical weapons.", []string{"IGOUNO SYR 112"}, nil, []string{"IGOUNOCOP"}},
	// prosecutors beside one state's officers are that state's
	{"charged by prosecutors", "A Kenyan police officer was charged with murder by prosecutors on Monday.", []string{"KENJUD KENCOP 173"}, nil, nil},
	{"accused by prosecutors of killing", "A Kenyan police officer is accused by prosecutors of killing a protester in Kisumu.", []string{"KENJUD KENCOP 112"}, nil, nil},
	{"prosecutors beside a foreign civilian stay unknown", "A Mexican national was charged with smuggling by prosecutors.", []string{" MEXCVL 173"}, nil, []string{"MEXJUD"}},
	// bare "officials" after a charity, club or company are its own
	{"officials after a charity", "WASHINGTON -- The Red Cross opened shelters in Texas. Officials said the shelters hold 500 people.", nil, nil, []string{"USAGOV"}},
	{"officials after a charity in the sentence", "WASHINGTON -- The Red Cross opened shelters in Texas, officials said.", nil, nil, []string{"USAGOV"}},
	{"officials after an attack on a UN vehicle stay the state's", "KANDAHAR, Afghanistan -- A man died in a bomb attack on a UN vehicle in Afghanistan, officials said.", []string{"AFGGOV  010"}, nil, nil},
	{"officials after a scouts council", "DALLAS -- The Circle Ten Council of the Boy Scouts of America will close Camp Wisdom. Officials said the camp lost money.", nil, nil, []string{"USAGOV"}},
	{"officials after a city council stay the state's", "WASHINGTON -- The Washington City Council opened shelters in Texas. Officials said the shelters hold 500 people.", []string{"USAGOV  010"}, nil, nil},
	// a coroner closing a long sentence is its speaker
	// an armed group's forces are the group, not an army
	{"rebel forces", "Rebel forces attacked government soldiers in Congo.", []string{"REB MIL 180"}, nil, []string{"MIL"}},
	{"an army fighting rebel forces", "The army fought rebel forces near Goma.", []string{"CODMIL CODREB 190"}, nil, nil},
	// addressing an audience is a statement to it; addressing an issue,
	// someone's words or a passive subject is not
	{"addressed a parliament", "Putin addressed the Indian parliament on Tuesday.", []string{"RUSGOV INDLEG 010"}, nil, nil},
	{"addressed a crowd", "There were seven explosions as leader Sheikh Hasina addressed a crowd.", []string{"BGDGOV CVL 010"}, nil, nil},
	{"addressed someone's concerns", "Kenya addressed Uganda's concerns on Tuesday.", nil, []string{"010"}, nil},
	{"addressed the concerns of", "Kenya addressed the concerns of Ugandan farmers.", nil, []string{"010"}, nil},
	{"must be addressed", "The first front must be addressed with a major increase in our armed forces.", nil, []string{"010"}, nil},
	{"a letter addressed to", "The letter was addressed to President Obama.", nil, []string{"010"}, nil},
	// "invited" and "condemned" before a person noun are adjectives
	{"invited members of the audience", "Police removed Stein and the aide because they were not credentialed media or invited members of the audience.", nil, []string{"020"}, nil},
	{"an invited speaker", "The mayor was an invited speaker at the Rotary Club.", nil, []string{"020"}, nil},
	{"invited a delegation stays", "Russia invited members of the Syrian opposition to Moscow.", []string{"RUS SYROPP 020"}, nil, nil},
	{"condemned killer", "Ohio man set for execution in Columbus, Ohio. The judge in the federal case is taking testimony to determine whether condemned killer Kenneth Biros can prove it.", nil, []string{"111"}, nil},
	{"condemned the killers stays", "Iran condemned killers of the scientist.", []string{"IRN  111"}, nil, nil},
	// prosecutors and judges of no named state in a story whose places
	// are all in one country are that country's courts
	{"prosecutors say in a local story", "Miami man gets 17 years in fraud scheme. Prosecutors say Andres Pimstein created fake documents.", []string{"USAJUD  010"}, nil, nil},
	{"prosecutors beside a named state keep it", "Kenyan prosecutors said the officer lied.", []string{"KENJUD  010"}, nil, []string{"USAJUD"}},
	{"a court as a venue stays unowned", "Miami man gets 17 years in fraud scheme. Mexico should sue in every court to resist the tariffs.", nil, nil, []string{"USAJUD"}},
	{"foreign prosecutors stay unowned", "Miami man gets 17 years in fraud scheme. Foreign prosecutors say Andres Pimstein lied.", nil, nil, []string{"USAJUD"}},
	{"county coroner announced", "LONDON -- A motorcyclist died after his bike collided with a van near Derby late on Friday night, the county coroner announced on Monday.", []string{"GBRGOV  010"}, nil, nil},
	// the crime one is charged with is no object of the charge
	{"charged with fraud", "Police in Glasgow charged the driver with fraud.", []string{"GBRCOP GBRCVL 173"}, nil, nil},
	{"fighting fraud stays no attack", "Police in Glasgow fought fraud for years.", nil, []string{"190", "180"}, nil},
}

// localPipeline is worldPipeline with a coder that keeps the events
// of private parties (KeepPrivate), whose codes the local cases check.
var localPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) { return newWorldPipeline(true) })

// localEvents codes text as worldEvents does, keeping private parties.
func localEvents(t *testing.T, text, date string) []string {
	t.Helper()
	return eventCodes(analyzeDated(t, localPipeline, text, date))
}

func TestLocalNews(t *testing.T) {
	for _, tc := range localTests {
		t.Run(tc.name, func(t *testing.T) {
			got := localEvents(t, tc.text, "2009-03-20")
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("%q: want %q among %q", tc.text, w, got)
				}
			}
			for _, g := range got {
				f := strings.Split(g, " ")
				for _, n := range tc.notCodes {
					if f[2] == n {
						t.Errorf("%q: coded %q, want no %s", tc.text, g, n)
					}
				}
				for _, n := range tc.notSources {
					if f[0] == n {
						t.Errorf("%q: coded %q, want no source %s", tc.text, g, n)
					}
				}
			}
		})
	}
}

// localPhrasalTests: a particle "back" and a plea in court code no
// support or appeal; the verbs themselves still do.
var localPhrasalTests = []struct {
	name, text string
	want       []string
	notCodes   []string
}{
	{"pushed back", "Police pushed back the crowd outside the arena.", nil, []string{"051"}},
	{"pulled one back", "Sherif Mansour pulled one back before the break.", nil, []string{"051"}},
	{"drove back", "Mayor Ann Lee drove back to Newark on Sunday.", nil, []string{"051"}},
	{"change it back", "Senator Jay Roberts wants to switch it back next session.", nil, []string{"051"}},
	{"back away", "Sgt. Dan Cole ordered the driver to back away from the car.", nil, []string{"051"}},
	{"declined to say", "Police Chief Dan Cole declined to say how the suspect entered the building.", []string{"  011"}, []string{"010", "124", "120"}},
	{"declined to identify", "Police declined to identify the suspect.", []string{"COP  011"}, []string{"124", "120"}},
	{"will back stays", "Egypt will back the Palestinian bid.", []string{"EGY PSE 032"}, nil},
	{"back after the subject stays", "Egypt and Jordan back the Palestinian bid.", []string{"EGY PSE 051", "JOR PSE 051"}, nil},
	{"pleaded not guilty", "Dan Kessler has pleaded not guilty to a murder charge.", nil, []string{"020"}},
	{"pleads guilty", "Diner killer pleads guilty.", nil, []string{"020"}},
	{"pleaded no contest", "Tom Grady pleaded no contest to second-degree murder.", nil, []string{"020"}},
	{"pleaded with stays", "Egypt pleaded with Israel to open the crossing.", []string{"EGY ISR 020"}, nil},
	{"backed away from", "Yemen signed the accord after backing away from the deal three times since April.", nil, []string{"051"}},
	{"backed off", "Egypt backed off its threat to Israel.", nil, []string{"051"}},
	{"backed stays", "Egypt backed Israel's plan.", []string{"EGY ISR 051"}, nil},
	{"sanctions to be lifted", "Inspectors will be able to request access to military sites, and sanctions on Egypt's oil and banking sectors will be lifted once the agency confirms it.", nil, []string{"163"}},
	{"sanctions imposed stays", "Egypt imposed sanctions on Israel.", []string{"EGY ISR 163"}, nil},
	{"met its commitments", "Egypt has met its commitments under the deal.", nil, []string{"040"}},
	{"met a state stays", "Egypt met Israel in Cairo.", []string{"EGY ISR 040"}, nil},
	{"in return for lifting sanctions", "Iran agreed to curb its programme in return for lifting international sanctions.", nil, []string{"085"}},
	{"in exchange for the easing of sanctions", "Iran agreed to curb its programme in exchange for the easing of sanctions.", nil, []string{"085"}},
	{"lifted sanctions stays", "Egypt lifted sanctions on Israel.", []string{"EGY ISR 085"}, nil},
}

func TestLocalPhrasal(t *testing.T) {
	for _, tc := range localPhrasalTests {
		got := worldEvents(t, tc.text, "2009-03-20")
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: %q: want %q among %q", tc.name, tc.text, w, got)
			}
		}
		for _, g := range got {
			for _, n := range tc.notCodes {
				if strings.Split(g, " ")[2] == n {
					t.Errorf("%s: %q: coded %q, want no %s", tc.name, tc.text, g, n)
				}
			}
		}
	}
}

// TestCoordinatedSubjectTitle: a verb coordinated with an earlier one
// shares the clause subject even when capitalised title words stand
// before it ("Laurel County Judge-Executive Lawrence Kuhl fired Reams …
// and asked him to leave"); the object of the first verb is no subject.
func TestCoordinatedSubjectTitle(t *testing.T) {
	p, err := localPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "Laurel County Judge-Executive Lawrence Kuhl fired Tom Reams at the center and asked him to leave the building."
	d := runWorld(t, p, text, time.Date(2009, 3, 20, 0, 0, 0, 0, time.UTC))
	found := false
	for _, e := range d.Events {
		if e.Cameo != "020" {
			continue
		}
		found = true
		if !strings.Contains(e.Source, "Kuhl") {
			t.Errorf("%q: appeal source %q, want Lawrence Kuhl", text, e.Source)
		}
	}
	if !found {
		t.Errorf("%q: no appeal (020) among %+v", text, d.Events)
	}
}

// TestPrivateParties checks that the default coder drops an act between
// two parties of which neither has an actor code (people and firms the
// KB does not know), and keeps it when one side is coded.
func TestPrivateParties(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a person stabs a person", "2009-03-20", "Court papers say Dan Ortiz stabbed Ed Walsh twice behind a bar.", nil, []string{"182"}},
		{"a person stabbed by nobody named", "2009-03-20", "Tom Birch, 52, of Dayton, was stabbed on Friday outside a bar.", nil, []string{"18"}},
		{"a firm sues a firm", "2009-03-20", "Acme Freight is suing Lakeview Logistics over an unpaid bill.", nil, []string{"115"}},
		{"a coded side stays", "2009-03-20", "Peru sued Ed Walsh over the unpaid bill.", []string{"PER  115"}, nil},
		{"police arrest stays", "2009-03-20", "Police arrested Tom Birch on Friday.", []string{"COP  173"}, nil},
	})
}

// TestSportsParties checks that the default coder drops the events of
// uncoded parties in a sentence about sport (a captain's statement, a
// club's criticism of its fans), and keeps a coded party's act there and
// an uncoded party's statement elsewhere.
func TestSportsParties(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a skipper's statement", "2009-03-20", "New Zealand skipper Dan Walsh said his side must bat better in the Test series.", nil, []string{"010"}},
		{"a club criticises its fans", "2009-03-20", "Lakeview Rovers criticized fans who invaded the pitch after the soccer game.", nil, []string{"111"}},
		{"a coach accepts a contract", "2009-03-20", "Lakeview head coach Ed Birch agreed to a contract extension after the playoffs.", nil, []string{"030"}},
		{"a name is no sport", "2009-03-20", "Engineer Tom Bowlers said the bridge will reopen in May.", []string{"  010"}, nil},
		{"an uncoded statement elsewhere stays", "2009-03-20", "Dan Walsh said the bridge will reopen in May.", []string{"  010"}, nil},
		{"a coded party stays", "2009-03-20", "Peru criticized Chile over the World Cup qualifier.", []string{"PER CHL 111"}, nil},
	})
}

// TestNounSenses checks trigger words that are a modifier or a noun in
// their sentence: a participle after a count ("five armed
// Palestinians") and a plural right after "amid" ("amid signs").
func TestNounSenses(t *testing.T) {
	checkEvents(t, []eventCase{
		{"count and participle", "2009-03-20", "Israeli troops killed five armed Palestinians in the Gaza Strip today as it pressed on with an offensive.", []string{"ISRMIL PSE 190"}, []string{"072"}},
		{"armed a group stays", "2009-03-20", "Iran armed the rebels in Yemen.", []string{"IRN YEMREB 072"}, nil},
		{"amid a plural", "2009-03-20", "The Peruvian cabinet is to meet amid signs it will ban smoking.", nil, []string{"057"}},
		{"signs stays", "2009-03-20", "Peru signs a trade deal with Chile.", []string{"PER CHL 057"}, nil},
	})
}

// TestCampaignRallies checks that a rally a person holds, or a campaign
// rally, is no demonstration (141) unless a word of protest follows it.
func TestCampaignRallies(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a candidate's rallies", "2016-10-01", "Since Labor Day, Hillary Clinton has held rallies in Cleveland and Charlotte.", nil, []string{"141"}},
		{"a campaign rally", "2016-10-01", "The Republican Party held a campaign rally in Tampa.", nil, []string{"141"}},
		{"a rally against stays", "2016-10-01", "Thousands rallied in Yerevan against the government.", []string{"ARMOPP ARMGOV 141"}, nil},
	})
}

// TestOrderedOut checks "ordered out": foreign diplomats ordered out are
// expelled (166); a state's own non-emergency staff ordered out is no
// demand on anyone.
func TestOrderedOut(t *testing.T) {
	checkEvents(t, []eventCase{
		{"diplomats ordered out", "2022-02-01", "Britain ordered out 23 Russian diplomats.", []string{"GBR RUSGOV 166"}, []string{"100"}},
		{"own staff ordered out", "2022-02-01", "The State Department ordered out non-emergency staff from its embassy in Kyiv.", nil, []string{"100"}},
		{"own staff's departure", "2022-02-01", "The United States ordered the departure of non-essential staff from Kyiv.", nil, []string{"100"}},
	})
}

// TestQuotedNegatedOthers checks that a quote's negated cooperative
// verb whose subject the quote names ("the American people do not
// agree") codes nothing, while the speaker's own ("we do not agree")
// stays negated.
func TestQuotedNegatedOthers(t *testing.T) {
	checkEvents(t, []eventCase{
		{"others do not agree", "2016-10-01", "\"The American people do not agree with Trump,\" Sanders said.", nil, []string{"030"}},
		{"the speaker's own stays", "2016-10-01", "\"We do not agree with Israel,\" Erdogan said.", []string{"TURGOV ISR 030 neg"}, nil},
	})
}

// TestAvoidedSpeech checks that an act named after a verb of speaking
// that was avoided ("avoids condemning Russia's invasion") is no
// prevented act: the invasion stands, not negated.
func TestAvoidedSpeech(t *testing.T) {
	checkEvents(t, []eventCase{
		{"avoided condemning", "2016-10-01", "Peru avoids condemning Russia's invasion of Ukraine.", []string{"RUS UKR 190"}, []string{"190 neg"}},
		{"prevented attacks stay negated", "2016-10-01", "Peru thwarted several attacks on Chile.", []string{"PER CHL 180 neg"}, nil},
	})
}

// TestCountedWounded checks that a participle after a count and before
// nothing ("with 50 wounded") is a casualty count with no doer, while a
// verb of wounding after "and" stays the subject's act.
func TestCountedWounded(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a count of wounded", "2008-08-10", "Reports put the number of Georgian dead at ten, with 50 wounded.", nil, []string{"GEO  190"}},
		{"wounded after and stays", "2008-08-10", "Russian troops killed ten Georgians and wounded 50.", []string{"RUSMIL  190"}, nil},
		{"funded by stays", "2008-08-10", "Peru offers loans of up to 5,000 funded by Chile.", []string{"CHL PER 071"}, nil},
	})
}
