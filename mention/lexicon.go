package mention

import "strings"

// Word classes the name heuristics use. Every word is written folded
// (lower case, no diacritics). These are closed-class words and cue words
// of English news prose; names themselves come from the KB.

type wordFlag uint32

const (
	fStop        wordFlag = 1 << iota // never starts or ends a name when capitalised
	fCue                              // a verb that follows a speaker or actor: said, told
	fLocPrep                          // a preposition before a place: in, near
	fHonor                            // an honorific before a person: Mr, Ayatollah
	fOrgCue                           // a head word of organisation names: Ministry, Bank
	fPlaceCue                         // a head word of place names: River, Province
	fDate                             // month and weekday names
	fConnector                        // may sit inside a name: of, al, bin, van
	fModifier                         // a title modifier: former, acting
	fGiven                            // a common given name
	fDet                              // the, a, an
	fAux                              // has, will, would: may sit between a subject and its verb
	fPersonPrep                       // by, according (to): before a source
	fOrgSuffix                        // Inc, Ltd, Corp: ends an organisation name
	fPlacePrefix                      // opens a place name: North, San, Lake
	fMisc                             // heads an event or work name: Battle, Award
	fPronoun                          // a personal pronoun
	fAcronym                          // a common all-caps word that is not an organisation
	fRole                             // an occupation written before a name: analyst, spokesman
	fGroupAdj                         // a nationality, faith or language word that is no country's demonym
	fCommon                           // a common English word, seldom part of a person's name
	fIndex                            // opens a stock market index's name: Dow, Nikkei
	fOrgOpener                        // a head word that opens an organisation's name: Partido, Banco, Jaish
	fAddress                          // a verb whose object is addressed or pressed: urged, warned, accused
	fRelNoun                          // a noun of relations between parties, before with/between: ties, talks
	fPressNoun                        // a noun of pressure, before on/against: sanctions, pressure
	fGovHead                          // a noun after a leader's name for the government: administration
	fStateVerb                        // a verb of what states do, after a capital that acts: summoned, expelled
	fVessel                           // a vessel noun or flag participle before a ship's name: tanker, flagged
)

var stopWords = []string{
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
	"i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me",
	"in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "into", "onto", "over",
	"under", "after", "before", "during", "since", "until", "about", "above", "below", "between",
	"among", "against", "across", "through", "throughout", "toward", "towards", "upon", "within",
	"and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "although",
	"though", "while", "whereas", "when", "where", "what", "which", "who", "whom", "whose", "why",
	"how", "however", "meanwhile", "moreover", "furthermore", "nevertheless", "also", "still",
	"elsewhere", "separately", "overnight", "nonetheless", "afterwards", "afterward", "additionally",
	"initially", "eventually", "finally", "currently", // sentence adverbs: "Elsewhere, the army said"
	"there", "here", "now", "today", "yesterday", "tomorrow", "tonight", "not", "no", "yes",
	"all", "some", "many", "most", "more", "much", "few", "several", "both", "each", "every",
	"any", "other", "another", "such", "only", "even", "just", "last", "next", "first", "second",
	"third", "one", "two", "three", "is", "are", "was", "were", "be", "been", "has", "have",
	"had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
	"shall", "according", "despite", "instead", "earlier", "later", "once", "again", "already",
	"perhaps", "indeed", "thus", "therefore", "hence", "otherwise", "unlike", "like", "amid",
	"amidst", "via", "per", "following", "including", "regarding", "concerning", "whether",
	"officials", "official", "sources", "source", "critics", "analysts", "experts",
	"residents", "witnesses", "reports", "report", "government", "minister", "ministers",
	"president", "leader", "leaders", "chief", "head", "spokesman", "spokeswoman", "spokesperson",
	"mr", "mrs", "ms", "dr", "sir", "ok", "oh", "well", "let", "please", "thank", "thanks",
	"breaking", "update", "updated", "exclusive", "analysis", "opinion", "editorial", "comment",
	"photo", "video", "watch", "read", "see", "click", "share", "topic", "section", "chapter",
	"part", "page", "figure", "table", "note", "notes", "source", "related", "more",

	"several", "those", "whose", "everyone", "someone", "nobody",
	"nothing", "something", "anything", "everything", "why", "whoever", "whatever", "either",
	"neither", "around", "near", "behind", "beyond", "along", "inside", "outside", "besides",
	"unless", "whenever", "wherever", "whereby", "except",
	// negated auxiliaries, folded without their apostrophe: a title-case
	// headline's "Gennifer Flowers Won't Be at Debate" ends the name
	"dont", "doesnt", "didnt", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "isnt", "arent",
	"wasnt", "werent", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint",
}

var cueVerbs = []string{
	"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained",
	"noted", "notes", "announced", "announces", "insisted", "insists", "argued", "argues",
	"wrote", "writes", "asked", "asks", "replied", "replies", "warned", "warns", "claimed",
	"claims", "confirmed", "confirms", "denied", "denies", "rejected", "rejects", "accused",
	"accuses", "called", "calls", "urged", "urges", "vowed", "vows", "declared", "declares",
	"condemned", "condemns", "welcomed", "welcomes", "praised", "praises", "criticized",
	"criticised", "criticizes", "criticises", "met", "meets", "visited", "visits", "signed",
	"signs", "agreed", "agrees", "threatened", "threatens", "demanded", "demands", "responded",
	"responds", "admitted", "admits", "acknowledged", "acknowledges", "reported", "reports",
	"believes", "believed", "thinks", "thought", "suggested", "suggests", "described",
	"describes", "spoke", "speaks", "commented", "comments", "revealed", "reveals",
	"launched", "launches", "ordered", "orders", "decided", "decides", "won", "wins", "lost",
	"loses", "died", "dies", "resigned", "resigns", "arrived", "arrives", "left", "leaves",
	"became", "becomes", "played", "plays", "joined", "joins", "married", "founded", "led",
	"leads", "sent", "sends", "sought", "seeks", "wanted", "wants", "hopes", "hoped", "expects",
	"expected", "promised", "promises", "pledged", "pledges", "recalled", "recalls",
	"emphasized", "emphasised", "stressed", "stresses", "appealed", "appeals", "continued",
	"continues", "remarked", "remarks", "predicted", "predicts", "estimated", "estimates",
	"tweeted", "posted", "testified", "recommended", "proposed", "proposes", "offered",
	"offers", "refused", "refuses", "failed", "fails", "began", "begins", "started", "starts",
	// actions of companies, governments and groups in news
	"unveiled", "unveils", "released", "releases", "introduced", "introduces", "bought", "buys",
	"acquired", "acquires", "sold", "sells", "purchased", "purchases", "ordered", "invested",
	"invests", "hired", "hires", "fired", "fires", "cut", "cuts", "raised", "raises", "posted",
	"posts", "filed", "files", "sued", "sues", "settled", "settles", "delivered", "delivers",
	"shipped", "ships", "produced", "produces", "plans", "planned", "intends", "intended",
	"reached", "reaches", "submitted", "submits", "approved", "approves", "awarded", "awards",
	"issued", "issues", "opened", "opens", "closed", "closes", "halted", "halts", "suspended",
	"suspends", "resumed", "resumes", "canceled", "cancelled", "cancels", "delayed", "delays",
	"employs", "employed", "operates", "operated", "owns", "owned", "manufactures", "builds",
	"built", "designed", "designs", "developed", "develops", "merged", "merges", "partnered",
	"attacked", "attacks", "captured", "captures", "seized", "seizes", "killed", "kills",
	"arrested", "arrests", "detained", "detains", "released", "freed", "frees", "claimed",
	"elected", "appointed", "appoints", "named", "nominated", "nominates", "defeated", "defeats",
	"beat", "beats", "scored", "scores", "finished", "finishes", "returned", "returns",
	"recorded", "records", "performed", "performs", "toured", "tours", "signed", "moved", "moves",
	"retired", "retires", "served", "serves", "worked", "works", "studied", "graduated", "lived",
	"lives", "born", "imposed", "imposes", "accepted", "accepts", "blamed", "blames",
	"stated", "hosted", "hosts", "held", "holds", "took", "takes", "gave", "gives", "made",
	"makes", "received", "receives", "lost", "faces", "faced", "remains", "remained",
}

// addressVerbs are verbs whose object is a party spoken to, asked,
// pressed or judged: a capital right after one ("Brazil urged Caracas to
// publish", "warned Moscow", "accused Kabul of") stands for its
// government, not the city. Verbs of motion or location (visited,
// reached, bombed) are not listed: their object is a place.
var addressVerbs = []string{
	"urge", "urges", "urged", "urging", "press", "presses", "pressed", "pressing",
	"pressure", "pressures", "pressured", "pressuring", "pressurised", "pressurized",
	"push", "pushes", "pushed", "pushing", "warn", "warns", "warned", "warning",
	"accuse", "accuses", "accused", "accusing", "criticise", "criticises", "criticised",
	"criticising", "criticize", "criticizes", "criticized", "criticizing", "tell", "tells",
	"told", "telling", "ask", "asks", "asked", "asking", "condemn", "condemns", "condemned",
	"condemning", "blame", "blames", "blamed", "blaming", "thank", "thanks", "thanked",
	"thanking", "praise", "praises", "praised", "praising", "congratulate", "congratulates",
	"congratulated", "congratulating", "invite", "invites", "invited", "inviting", "lobby",
	"lobbies", "lobbied", "lobbying", "implore", "implores", "implored", "imploring",
	"encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades",
	"persuaded", "persuading", "convince", "convinces", "convinced", "convincing", "force",
	"forces", "forced", "forcing", "compel", "compels", "compelled", "compelling", "remind",
	"reminds", "reminded", "reminding", "caution", "cautions", "cautioned", "cautioning",
	"advise", "advises", "advised", "advising", "inform", "informs", "informed", "informing",
	"notify", "notifies", "notified", "notifying", "assure", "assures", "assured", "assuring",
	"reassure", "reassures", "reassured", "reassuring", "rebuke", "rebukes", "rebuked",
	"rebuking", "slam", "slams", "slammed", "slamming", "denounce", "denounces", "denounced",
	"fined", "fining", // "Brussels fined Warsaw": a penalty addresses the state
	"denouncing", "sanction", "sanctions", "sanctioned", "sanctioning", "threaten",
	"threatens", "threatened", "threatening", "sue", "sues", "sued", "suing", "challenge",
	"challenges", "challenged", "challenging", "defy", "defies", "defied", "defying",
	"backed", "backs", "backing", "support", "supports", "supported", "supporting",
	"recognise", "recognises", "recognised", "recognising", "recognize", "recognizes",
	"recognized", "recognizing", "chide", "chides", "chided", "chiding", "scold", "scolds",
	"scolded", "scolding", "admonish", "admonishes", "admonished", "admonishing", "exhort",
	"exhorts", "exhorted", "exhorting", "censure", "censures", "censured", "censuring",
	"castigate", "castigates", "castigated", "castigating", "lambast", "lambasts",
	"lambasted", "lambasting", "lambaste", "lambastes", "berate", "berates", "berated",
	"berating", "fault", "faults", "faulted", "faulting", "reprimand", "reprimands",
	"reprimanded", "reprimanding", "petition", "petitioned", "petitioning", "entreat",
	"entreated", "beseech", "besought", "beseeched", "demand", "demanded", "demanding",
	"allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting",
	"help", "helps", "helped", "helping", "join", "joins", "joined", "joining", "oppose",
	"opposes", "opposed", "opposing",
	"contact", "contacts", "contacted", "contacting", "engage", "engages", "engaged",
	"engaging", "rebuff", "rebuffs", "rebuffed", "rebuffing", "snub", "snubs", "snubbed",
	"snubbing", "reward", "rewards", "rewarded", "punish", "punishes", "punished",
	"punishing", "isolate", "isolates", "isolated", "isolating", "courted",
	"reassure", "placate", "placated", "appease", "appeased", "appeasing",
}

// stateVerbs are verbs of what governments do ("Rabat summoned the
// envoy", "Ankara expelled diplomats", "Kyiv and Moscow traded
// accusations"): after one a capital is its government. Only past and
// third-person forms are listed; base forms read as nouns too.
var stateVerbs = []string{
	"summoned", "summons", "expelled", "expels", "traded", "trades", "retaliated", "retaliates",
	"protested", "protests", "withdrew", "withdraws", "vetoed", "vetoes", "blocked", "blocks",
	"severed", "severs", "restored", "restores", "normalised", "normalized", "normalises",
	"normalizes", "mediated", "mediates", "brokered", "brokers", "negotiated", "negotiates",
	"deployed", "deploys", "mobilised", "mobilized", "countered", "counters", "retorted",
	"reiterated", "reiterates", "disputed", "disputes", "dismissed", "dismisses", "downplayed",
	"downplays", "hailed", "hails", "lauded", "lauds", "ratified", "ratifies", "granted",
	"grants", "extended", "extends", "lifted", "lifts", "eased", "eases", "tightened",
	"tightens", "froze", "freezes", "banned", "bans", "barred", "bars", "reopened", "reopens",
	"recognised", "recognized", "recognises", "recognizes", "insisted", "objected", "objects",
	"intervened", "intervenes", "retreated", "backtracked", "relented", "conceded", "concedes",
	"endorsed", "endorses", "vowed", "pledged", "sought", "seeks", "struck", "strikes",
	"responded", "snubbed", "boycotted", "boycotts", "joined", "joins", "nominated",
	"stepped", "steps", "escalated", "escalates", "intensified", "intensifies", "ramped", "ratcheted",
	// keeping or breaking what was agreed or demanded ("if Pyongyang
	// complied with U.N. resolutions", "Tehran reneged on the deal")
	"complied", "complies", "defied", "defies", "reneged", "reneges", "abided", "abides",
}

// relNouns are nouns of relations between parties: a capital after one
// and "with" or "between" ("ties with Caracas", "talks between Seoul and
// Pyongyang") stands for its government.
var relNouns = []string{
	"ties", "relations", "relationship", "relationships", "talks", "negotiations", "dialogue",
	"contacts", "contact", "cooperation", "agreement", "agreements", "deal",
	"deals", "dispute", "disputes", "tensions", "tension", "rift", "row", "spat", "feud",
	"rapprochement", "normalisation", "normalization", "treaty", "accord", "accords",
	"alliance", "partnership", "standoff", "confrontation", "conflict", "war",
	"truce", "ceasefire", "pact", "detente", "reconciliation", "friendship",
	"rivalry", "channel", "channels", "meeting", "meetings", "summit", "consultations",
	"disagreement", "disagreements", "quarrel", "clash", "clashes", "diplomacy", "trade",
	"controversy", "friction", "frictions", "differences", "crisis", "showdown", "trust",
	"mistrust", "distrust", "hostility", "animosity", "dealings", "engagement", "relation",
}

// pressNouns are nouns of pressure: a capital after one and "on" or
// "against" ("pressure on Tehran", "sanctions against Moscow") stands for
// its government.
var pressNouns = []string{
	"pressure", "pressures", "sanctions", "sanction", "embargo", "demands", "demand", "calls",
	"call", "ultimatum", "restrictions", "tariffs", "tariff", "measures", "complaint",
	"complaints", "case", "lawsuit", "resolution", "influence", "leverage", "criticism",
}

// govHeads are nouns that, after a head of state's or government's name,
// name that leader's government: "the Bush administration", "the Modi
// government".
var govHeads = []string{"administration", "government", "govt", "regime", "cabinet"}

var auxWords = []string{
	"has", "have", "had", "will", "would", "is", "was", "also", "later", "then", "has", "could",
	"may", "might", "should", "must", "can", "did", "does", "had", "once", "reportedly",
	"allegedly", "repeatedly", "again", "previously", "recently", "never", "not",
}

var locPreps = []string{
	"in", "near", "outside", "across", "throughout", "into", "towards", "toward", "around",
	"inside", "at", "from", "to", "through", "within", "between", "via",
}

var personPreps = []string{"by", "according", "with", "said", "says", "told"}

var honorifics = []string{
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh", "ayatollah",
	"grand", "hojatoleslam", "imam", "mullah", "rabbi", "gen", "general", "lt", "lieutenant",
	"col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral",
	"brig", "brigadier", "cpl", "corporal", "pvt", "private", "sen", "senator", "rep", "sens", "reps",
	"representative", "congressman", "congresswoman", "gov", "governor", "prof", "professor",
	"rev", "reverend", "father", "pope", "cardinal", "bishop", "archbishop", "judge", "justice", "patriarch", "catholicos",
	"mayor", "prince", "princess", "commander", "marshal", "field", "mufti", "mullah", "saint",
	"st", "mme", "herr", "frau", "monsieur", "madame", "jr", "fr", "commodore",
	"constable", "trooper", "patrolman", "deputy", "officer", "detective",
	// West African, Malay, Indonesian and South Asian honorifics ("Alhaji
	// Aliko Dangote", "Hajiya Binta Gwarzo", "Datuk Seri Anwar"), and the
	// "Honourable" of parliaments (not "Hon" and "Tun": "Hon Hai", "Tun
	// Tun Oo" are names), and Fiji's chiefly "Ratu" ("Ratu Sir Kamisese
	// Mara", "Ratu Josefa Iloilo")
	"alhaji", "alhaja", "hajiya", "hajia", "hajji", "mallam", "comrade", "datuk", "dato", "datin",
	"seri", "ustaz", "ustadz", "kiai", "maulana", "mawlana", "pandit", "swami", "honourable",
	"honorable", "sayyid", "ratu",
	"shri", "shrimati", "smt", // Indian: "Shri Rajnath Singh", "Smt. Sushma Swaraj" (not "Sri": Sri Lanka)
	"haji", "bapak", "kyai", // Indonesian: "Bapak Ahmad Sutrisno", "Kyai Haji Ma'ruf Amin" (not "ibu": Mount Ibu)
}

// roleNouns are occupations written before a name ("analyst Karim
// Benali"); like honorifics they mark the name as a person's.
var roleNouns = []string{
	"analyst", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "activist",
	"treasurer", "comptroller", "auditor", // "Treasurer Josh Frydenberg", "Comptroller Scott Stringer"
	"journalist", "reporter", "correspondent", "researcher", "economist", "author", "director",
	"chairman", "chairwoman", "chairperson", "founder", "cofounder", "coach", "striker",
	"midfielder", "defender", "goalkeeper", "singer", "actor", "actress", "writer", "novelist",
	"poet", "photographer", "envoy", "negotiator", "aide", "adviser", "advisor", "candidate",
	"lawmaker", "legislator", "councillor", "councilor", "congressman", "sheriff", "detective",
	"inspector", "engineer", "doctor", "nurse", "surgeon", "student", "teacher", "scholar",
	"historian", "scientist", "physicist", "chemist", "biologist", "artist", "painter",
	"composer", "guitarist", "drummer", "bassist", "rapper", "producer", "filmmaker",
	"entrepreneur", "businessman", "businesswoman", "billionaire", "banker", "investor",
	"blogger", "dissident", "opposition", "cleric", "preacher", "priest", "pastor", "imam",
	"commentator", "columnist", "editor", "publisher", "diplomat", "ambassador", "lieutenant",
	"officer", "soldier", "pilot", "astronaut", "player", "champion", "veteran", "resident",
	"survivor", "victim", "witness", "suspect", "defendant", "prosecutor", "judge",
	"ceo", "chef", "manager", "executive", "president", "minister", "secretary", "senator",
	"vocalist", "keyboardist", "trumpeter", "pianist", "saxophonist", "violinist", "cellist",
	"bandleader", "conductor", "dancer", "comedian", "footballer", "cricketer", "boxer", "wrestler",
	"athlete", "swimmer", "cyclist", "sprinter", "pitcher", "quarterback", "winger", "teammate",
	"countryman", "compatriot", "novelist", "playwright", "screenwriter", "sculptor", "architect",
	"designer", "lecturer", "physician", "psychiatrist", "philosopher",
	// livelihoods of rural and market news ("Fisherman Abdul Lasama", "trader Ama Mensah")
	"fisherman", "fisherwoman", "farmer", "trader", "vendor", "shopkeeper", "herder", "herdsman",
	"villager", "midwife", "headman",
	// sciences and trades a report quotes ("Meteorologist Linnea Sandberg", "seismologist X")
	"meteorologist", "forecaster", "geologist", "seismologist", "volcanologist", "climatologist",
	"hydrologist", "glaciologist", "epidemiologist", "virologist", "sociologist", "psychologist",
	"anthropologist", "archaeologist", "archeologist", "criminologist", "ecologist", "demographer",
	"oceanographer", "geographer", "pollster", "strategist", "campaigner", "pharmacist", "dentist",
	"paramedic", "firefighter", "electrician",
	// members of a legislature in capitals ("MP Rangi Tamihana", "Labour MEP X")
	"mp", "mpp", "mla", "mep", "msp",
	// service members, capitalised in military writing ("300 ANG Airmen", "Soldiers and Airmen")
	"airmen", "soldiers", "sailors", "guardsmen", "servicemen", "servicemembers",
}

var orgCues = []string{
	"ministry", "corps", "university", "party", "council", "bank", "company", "corporation",
	"group", "association", "agency", "committee", "army", "forces", "force", "front",
	"movement", "organization", "organisation", "union", "institute", "institution", "church",
	"club", "court", "department", "commission", "parliament", "assembly", "airlines",
	"airways", "airline", "times", "post", "journal", "herald", "tribune", "gazette",
	"federation", "foundation", "league", "brigade", "brigades", "battalion", "regiment",
	"navy", "guard", "guards", "service", "services", "authority", "board", "bureau", "center",
	"centre", "college", "school", "academy", "hospital", "network", "television", "radio",
	"press", "society", "trust", "fund", "exchange", "motors", "systems", "technologies",
	"industries", "holdings", "partners", "records", "studios", "orchestra", "alliance",
	"coalition", "cabinet", "senate", "congress", "office", "directorate", "administration", "registry",
	"police", "command", "division", "brotherhood", "organisation", "mission", "secretariat",
	"tribunal", "observatory", "channel", "broadcasting", "media", "news", "magazine",
	"newspaper", "enterprises", "entertainment", "pharmaceuticals", "energy", "petroleum",
	"oil", "telecom", "communications", "airport", "railway", "railways", "team", "fc",
	"rovers", "athletic", "band", "cooperation", "council", "caucus", "staff", "electronics", "workers", "refinery", "aircraft", "aerospace", "dynamics", "centers", "centres", "fighters",
	"automotive", "chemicals", "logistics", "semiconductor", "networks", "utilities", "telecoms",
	"forum", "platform", // "Forum for Democratic Change", "Platform for Democratic Renewal"
	"presidency", // "the General Intelligence Presidency", "the Presidency" of a state
	"consortium", "conglomerate", "house", "railroad", "cartel", "faction", "militia", "jihad", "taliban",
	"government", "hotel", "theatre", "theater", "fleet", "casino", "ministries", "squadron", "wing", "corporation", "laboratory",
	"laboratories", "labs", "sentinel", "chronicle", "observer", "telegraph", "inquirer", "examiner",
	"courier", "express", "daily", "weekly", "monthly", "pictures", "films", "publishing", "publishers",
	"confederation", "syndicate", "cooperative", "diocese", "archdiocese", "lines", "works", "associates",
	"recordings", "ventures", "management", "securities", "investments", "insurance", "mutual",
	"solutions", "software", "research", "consulting", "logistics", "shipping", "mining", "resources",
	"brands", "foods", "stores", "chamber", "inspectorate", "gendarmerie", "constabulary", "legion",
	"electric", "pharma", "bancorp", "transport", "telecommunications", "library", "polytechnic",
	"org", // "the Sea Org": an organisation's clipped name
	"star", "mail", "mirror", "voice", "monitor", "mills", "textiles", "guardian", "dispatch", "bulletin", "register", "design", "designs", "mall",
	"brothers", "productions", "architects",
	// an industrial enterprise named by its site: "Minsk Wheeled Tractor Plant" (not "Mill" nor
	// "Factory": "Fort Mill", "Toy Factory Lofts" are places)
	"plant", "shipyard", "smelter", "combine",
	"bloc", "endowment", // "Electoral Bloc of …", "National Endowment for Democracy"
	"gallery", "galleries", // "National Art Gallery": "Art" is also a given name
	"rangers",    // "Paramilitary Rangers", "Pakistan Rangers": a force, not a person named Rangers
	"enterprise", // a state firm: "Ethiopian Electric Power Enterprise"
	// a bank named in a Slavic or Baltic language or in Turkish, its head
	// word last: "Parex Banka", "Tatra Banka", "Ziraat Bankasi"
	"banka", "bankasi",
	// plurals of head words that name a body of bodies: "Council of
	// Christian Churches", "Federation of Trade Unions"
	"churches", "unions", "councils", "federations", "associations", "committees", "societies", "movements",
	"minerals", "metals", // "First Quantum Minerals", "Norsk Metals"
	// bodies of states and towns: "Economic Community of West African States",
	// "East African Community", "Municipality of Livorno"
	"community", "municipality",
	// trades no one bears as a name ("Tirex Petrol", "Dangote Cement",
	// "Nile Breweries", "Japan Tobacco")
	"petrol", "cement", "breweries", "beverages", "fisheries", "plantations", "refineries", "distilleries", "shipyards", "bottlers", "tobacco",
	"ulama", "ulema", // "Nahdlatul Ulama", "Majelis Ulama": a council of Islamic scholars
	// local businesses' head words ("Dunn's Automotive", "Norman's Welding")
	"automotive", "welding", "plumbing", "landscaping", "bakery", "pharmacy", "furniture",
	"hardware", "grocery", "diner", "tavern", "salon", "florist", "jewelers", "cleaners",
}

var orgSuffixes = []string{"inc", "ltd", "corp", "co", "llc", "plc", "ag", "gmbh", "sa", "nv", "spa", "bv", "limited", "international", "incorporated",
	"tbk", "bhd", "pjsc", "jsc", "srl", "sarl"} // Indonesian, Malaysian, Gulf and Russian, Romance listed firms

var placeCues = []string{
	"river", "province", "island", "islands", "mountain", "mountains", "mount", "street",
	"avenue", "square", "county", "district", "valley", "lake", "gulf", "sea", "ocean", "strait",
	"desert", "peninsula", "bay", "region", "governorate", "oblast", "prefecture", "canal", "coast",
	"heights", "plain", "plains", "hills", "hill", "road", "highway", "bridge", "park", "camp",
	"village", "town", "township", "borough", "crossing", "border", "channel", "harbor",
	"harbour", "port", "beach", "falls", "forest", "glacier", "basin", "delta", "cape",
	"archipelago", "territory", "territories", "state", "republic", "kingdom", "emirate",
	"boulevard", "lane", "plaza", "palace", "castle", "tower", "towers", "base", "memorial", "monument", "stadium", "arena", "cathedral",
	"mosque", "temple", "museum", "hall", "city", "county", "oasis", "steppe", "parish", "oval",
	"ave", "estate", "courthouse", "auditorium", "quarter", "neighbourhood", "neighborhood",
	"reservoir", "dam", "brook", "creek", "dock", "docks", "junction", "plateau", "pavilion",
	"pond", "marsh", "swamp", "reef", "ridge", "gorge", "canyon", "wharf", "pier", "quay",
	"fjord", "lagoon", "atoll", "empire", "checkpoint", "playground", "settlement", "outpost", "gate",
	"gym", "gymnasium", "shoal", "barrage", "formation", "playfield", "norte", "sur", "nord", "sud", "oblast", "krai", "raion", "voivodeship", "canton",
	"volcano", "regency", "barangay", // "Taal Volcano", "Bantul Regency", "Barangay San Roque"
	"expressway", "motorway", "freeway", "causeway", "tollway",
}

// placePrefixes open place names: "North Carolina", "San Diego", "Lake Chad".
var placePrefixes = []string{
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "los",
	"las", "san", "santa", "sao", "saint", "st", "port", "fort", "lake", "mount", "mt", "ft", "cape", "upper",
	"lower", "greater", "gulf", "bay", "isle", "mont", "monte", "rio", "puerto", "ciudad", "kafr",
	"tel", "ras", "wadi", "jebel", "jabal", "bandar", "deir", "dayr", "beit", "bayt", "jisr", "qasr", "khirbet", "kfar",
	"colonia", "barrio", "aldea", "kampung", "kampong", // "Colonia Lopez Arellano", "Kampung Baru": a town's quarter or village
	"wat", // "Wat Phnom", "Wat Arun": a Buddhist temple and its grounds
}

// miscCues are head words of names that are neither people, organisations
// nor places: events, works, awards ("Battle of Fredericksburg").
var miscCues = []string{
	"battle", "war", "wars", "campaign", "award", "awards", "prize", "cup", "championship",
	"championships", "games", "olympics", "festival", "album", "song", "single", "act", "treaty",
	"accord", "accords", "agreement", "revolution", "crisis", "summit", "day", "week", "season",
	"series", "tour", "show", "film", "movie", "book", "novel", "operation", "offensive", "plan",
	"initiative", "doctrine", "protocol", "convention", "resolution", "declaration", "bill",
	"law", "index", "report", "strategy", "program", "programme", "project", "spring", "massacre",
	"attack", "attacks", "uprising", "intifada", "election", "elections", "referendum", "trophy",
	"open", "prix", "classic", "marathon", "expo", "exhibition", "conference", "average",
	"process", "pact", "charter", "statute", "communique", "communiqué", "consensus", "talks",
	"pageant", "parade", "fair", "disease", "syndrome", "disorder", "virus", "flu", "fever", "epidemic", "pandemic",
}

var dateWords = []string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "christmas", "easter", "ramadan", "eid",
	"passover", "hanukkah", "chanukah", "thanksgiving", "diwali", "halloween", "purim", "nowruz", "kwanzaa",
}

var connectors = []string{
	"of", "al", "el", "bin", "ibn", "bint", "binti", "de", "van", "von", "der", "den", "del", "della",
	"la", "le", "da", "di", "du", "dos", "das", "y", "ul", "ud", "ben", "ter", "zu", "and",
	"for", "&", "the", "on", "upon", "do", "des", "dei", "degli",
	"ng", // Tagalog: "Bangko Sentral ng Pilipinas", "Komisyon ng Halalan"
	// Filipino family names: "Juan dela Cruz", "Ana delos Santos"
	"dela", "delos",
	"es", // "Dar es Salaam": the Arabic article written apart
	// Spanish, Portuguese and French "for", "by": "Frente Patriotico para la
	// Revolucion", "Alianza por Chile", "Movimento pela Paz", "Union pour la Democratie"
	"para", "por", "pela", "pelo", "pour",
}

var modifiers = []string{
	"former", "ex", "acting", "caretaker", "interim", "then", "outgoing", "late", "designate",
	"incoming", "deputy", "elect", "retired", "ousted", "deposed", "toppled", "overthrown", "exiled", "assassinated",
	"slain", "vice", "new", "current", "sitting", "incumbent", "de", "facto", "future", "previous",
	"political", "military", "spiritual", "top", "senior", "longtime", "long-time", "powerful",
	"transitional", "provisional", "elected", "newly", "self", "declared", "proclaimed", "first", "chief",
	"veteran", "hardline", "moderate", "reformist", "embattled", "popular", "influential",
	"assistant", "associate", "federal",
}

// givenNames is a small list of common given names across the languages
// of world news; a capitalised run starting with one is a person.
var givenNames = []string{
	// English and European
	"john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
	"charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
	"steve", "dave", "mike", "chris", "nick", "rob", "andy", "ben", "sam", "tim", "matt", "greg", "ken",
	"pat", "jeff", "fred", "ray", "phil", "pete", "rick", "ron", "doug", "jon", "kate", "sue", "jen",
	"andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
	"jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
	"larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
	"raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry",
	"nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold",
	"keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur",
	"lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie",
	"gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
	"russell", "elijah", "louis", "bobby", "philip", "johnny", "bill", "tom", "tony", "mike",
	"jim", "bob", "dick", "ted", "ed", "barack", "hillary", "bernie", "nancy", "condoleezza",
	"colin", "rex", "antony", "lloyd", "boris", "theresa", "gordon", "tony", "keir", "rishi",
	"liz", "emmanuel", "nicolas", "francois", "jacques", "angela", "olaf", "gerhard", "helmut",
	"friedrich", "annalena", "heiko", "frank", "silvio", "matteo", "giorgia", "mario", "giuseppe",
	"pedro", "mariano", "jose", "luis", "carlos", "miguel", "javier", "manuel", "antonio",
	"francisco", "jorge", "ricardo", "fernando", "alejandro", "sergio", "andres", "diego",
	"vladimir", "sergei", "sergey", "dmitry", "dmitri", "mikhail", "alexei", "alexey", "ivan",
	"nikolai", "yuri", "igor", "viktor", "volodymyr", "petro", "oleksandr", "andriy", "dmytro",
	"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
	"karen", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
	"michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca",
	"sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "ann", "anne",
	"brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
	"debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth",
	"julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
	"evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria",
	"teresa", "sara", "janice", "marie", "julia", "grace", "judy", "theresa", "madeleine",
	"kamala", "ursula", "federica", "catherine", "kaja", "jens", "anders", "ban", "kofi",
	"antonio", "boutros", "javier", "josep", "charles", "herman", "donald", "jean", "claude",
	"pierre", "marine", "francois", "dominique", "laurent", "michel", "alain", "rene",
	"hans", "klaus", "jurgen", "wolfgang", "karl", "ernst", "otto", "lars", "erik", "nils",
	"sven", "olof", "mette", "jan", "piotr", "andrzej", "lech", "donald", "mateusz", "viktor",
	"recep", "ahmet", "mevlut", "hakan", "binali", "abdullah", "ekmeleddin", "kemal", "mustafa",
	// Arabic, Persian, South Asian
	"mohammad", "mohammed", "muhammad", "mohamed", "mohamad", "ahmad", "ahmed", "ali", "hassan",
	"hasan", "hussein", "hossein", "husain", "mahmoud", "mahmud", "abdul", "abdel", "abd",
	"omar", "umar", "khalid", "khaled", "ibrahim", "ismail", "yusuf", "youssef", "yousef",
	"saeed", "saad", "salman", "faisal", "fahd", "tamim", "hamad", "zayed",
	"khalifa", "mansour", "nasser", "jamal", "kamal", "walid", "waleed", "tariq", "tarek",
	"bashar", "hafez", "rafik", "rafiq", "saad", "nabih", "michel", "najib", "fouad", "tammam",
	"ismail", "yahya", "marwan", "mahmoud", "saleh", "abdullah", "abdulaziz", "abdelaziz",
	"hosni", "anwar", "gamal", "abdel", "fattah", "moammar", "muammar", "ayman", "osama",
	"usama", "qassem", "qasem", "qassim", "esmail", "javad", "mohsen", "mahmoud",
	"akbar", "hashemi", "ebrahim", "masoud", "massoud", "hamid", "reza", "mehdi", "mahdi",
	"abbas", "jafar", "kazem", "mojtaba", "ruhollah", "ali", "hamid", "nouri", "haider",
	"haidar", "adel", "mustafa", "barham", "fuad", "jalal", "nechirvan", "masrour", "moqtada",
	"muqtada", "benjamin", "ehud", "ariel", "shimon", "yitzhak", "naftali", "yair", "avigdor",
	"moshe", "benny", "gideon", "isaac", "eli", "yoav", "itamar", "bezalel", "tzipi",
	"golda", "menachem", "danny", "dan", "ron", "gilad", "yuval", "nir", "yossi",
	"narendra", "manmohan", "rahul", "sonia", "indira", "rajiv", "atal", "amit", "subrahmanyam",
	"sushma", "nawaz", "imran", "shehbaz", "asif", "benazir", "pervez", "zulfikar", "hamid",
	"ashraf", "ashraf", "mullah", "xi", "li", "wang", "hu", "wen", "jiang", "zhou", "deng",
	"shinzo", "fumio", "yoshihide", "junichiro", "taro", "moon", "yoon", "kim", "park",
	"lee", "jae", "jong", "nelson", "jacob", "thabo", "cyril", "goodluck", "muhammadu",
	"bola", "olusegun", "uhuru", "william", "paul", "yoweri", "abiy", "isaias", "salva",
	"riek", "omar", "abdel", "jair", "luiz", "inacio", "dilma", "michel", "mauricio", "javier",
	"alberto", "cristina", "nestor", "hugo", "nicolas", "evo", "rafael", "andres", "manuel",
	"enrique", "felipe", "vicente", "justin", "stephen", "jean", "pierre", "malcolm", "scott",
	"anthony", "kevin", "julia", "jacinda", "chris", "john",
}

// moreGivenNames extends givenNames with further common first names.
var moreGivenNames = []string{
	// English short forms and nicknames used as given names
	"abe", "buddy", "bud", "butch", "forrest", "hank", "chet", "lou", "sal", "mickey", "freddie", "archie",
	"paris", // Paris Hilton, Paris Jackson: the place before a surname is a given name
	"aaron", "abigail", "adrian", "agnes", "alan", "albert", "alex", "alexandra", "alfred", "alice",
	"alison", "allen", "alvin", "amber", "amelia", "andre", "andrei", "andrew", "angel", "angelo",
	"anita", "ann", "annie", "antoine", "anton", "arnold", "arturo", "audrey", "barry", "beatrice",
	"becky", "bernard", "beth", "bethany", "betsy", "beverly", "blake", "bonnie", "boyd", "brad",
	"bradley", "brett", "brian", "bridget", "brittany", "brooke", "bruno", "bryce", "byron",
	"caleb", "calvin", "cameron", "camille", "carla", "carlo", "carmen", "caroline", "carrie",
	"cecil", "cecilia", "chad", "charlotte", "chester", "chloe", "chuck", "clara", "clarence",
	"claire", "claudia", "clay", "clifford", "clint", "clyde", "cody", "colin", "connie", "conor",
	"craig", "curtis", "dale", "dallas", "damian", "dana", "danielle", "darren", "darryl", "dean",
	"debbie", "derek", "desmond", "diana", "dolores", "dominic", "don", "doris", "dustin", "dwight",
	"earl", "eddie", "edgar", "edith", "edmund", "eduardo", "edwin", "eileen", "elaine", "eleanor",
	"elena", "elias", "elijah", "elise", "ella", "ellen", "elliot", "elmer", "eloise", "elsa",
	"emil", "emilio", "enrico", "erica", "erin", "ernest", "esther", "ethel", "eva", "evan",
	"felix", "fiona", "florence", "floyd", "francis", "franco", "frederick", "gabriela", "gail",
	"gavin", "gene", "geoffrey", "georgia", "gerard", "gilbert", "gina", "glen", "glenn", "gloria",
	"gordon", "graham", "grant", "gustav", "gwen", "hailey", "harriet", "harry", "harvey", "hayley",
	"hazel", "hector", "heidi", "helena", "herbert", "howard", "hugh", "ian", "ida", "ingrid",
	"irene", "iris", "isabel", "isabella", "jack", "jackie", "jake", "jamie", "jane", "janet",
	"jared", "jasmine", "jay", "jean", "jenna", "jenny", "jerome", "jill", "joan", "joanna", "jody",
	"joel", "johann", "jonah", "josh", "joy", "juan", "judy", "jules", "julian", "julio", "june",
	"karl", "kate", "katie", "kay", "keith", "kelly", "ken", "kenny", "kent", "kerry", "kirk",
	"kristen", "kurt", "kyle", "lance", "laura", "lauren", "leah", "leo", "leon", "leonard",
	"leroy", "leslie", "lester", "lewis", "lillian", "lily", "lincoln", "lionel", "lisa", "liam",
	"lois", "lorenzo", "loretta", "lorraine", "louise", "lucas", "lucia", "lucy", "luke", "lydia",
	"lynn", "mabel", "mack", "madison", "maggie", "malik", "marc", "marcel", "marco", "marcus",
	"margaret", "marguerite", "maria", "marian", "marina", "mario", "marion", "marjorie", "marlon",
	"marshall", "martin", "marvin", "mason", "max", "maxine", "melanie", "melvin", "mia", "miles",
	"milton", "miranda", "molly", "monica", "morgan", "morris", "muriel", "myrtle", "nadia",
	"naomi", "natalie", "nathaniel", "neil", "nelson", "nicola", "nina", "noel", "nora", "norman",
	"oliver", "olga", "oscar", "owen", "pablo", "pamela", "patrice", "paula", "pauline", "pearl",
	"peggy", "penny", "percy", "perry", "philippe", "phyllis", "priscilla", "rachel", "rafael",
	"ralph", "ramon", "randall", "raul", "rebecca", "regina", "reginald", "renee", "rhonda",
	"ricardo", "rita", "roberta", "roberto", "robin", "rodney", "roland", "rosa", "rose",
	"rosemary", "ross", "ruby", "rudolph", "rufus", "russell", "ruth", "sabrina", "sally",
	"salvatore", "sandy", "sarah", "seth", "shane", "shannon", "shaun", "sheila", "shelby",
	"sherry", "shirley", "sidney", "simon", "sofia", "sophia", "sophie", "spencer", "stacy",
	"stanley", "stella", "stuart", "susan", "sylvia", "tamara", "tanya", "terrence", "thelma",
	"theodore", "todd", "tommy", "tracy", "travis", "trevor", "troy", "tyrone", "valerie",
	"vanessa", "vera", "vernon", "veronica", "vivian", "wade", "wallace", "warren", "wendy",
	"wesley", "whitney", "wilbur", "wilma", "winston", "yvonne", "zoe", "kanye", "taylor",
	// other languages
	"abdou", "abdoulaye", "adama", "aisha", "aicha", "amadou", "amina", "aminata", "boubacar",
	"chinedu", "chukwu", "emeka", "fatima", "fatuma", "ibrahima", "kwame", "kofi", "mamadou",
	"moussa", "ngozi", "oumar", "seydou", "sipho", "thabo", "yaw", "zainab", "ahmet", "ayse",
	"burak", "emre", "fatma", "mehmet", "murat", "zeynep", "arjun", "deepak", "ganesh", "kavita",
	"lakshmi", "priya", "rajesh", "ramesh", "ravi", "sanjay", "sunil", "suresh", "vijay",
	"hiroshi", "kenji", "takashi", "yuki", "akira", "haruki", "naoki", "satoshi", "wei", "ming",
	"jun", "hong", "jin", "min", "hyun", "seung", "young", "nguyen", "thanh", "anh", "duc",
	"olena", "oksana", "natalia", "svetlana", "tatiana", "irina", "yulia", "anastasia", "ekaterina",
	"pavel", "andrej", "tomas", "lukas", "jakub", "marek", "katarzyna", "agnieszka", "stanislaw",
	"francesca", "giovanni", "luca", "paolo", "stefano", "alessandro", "giulia", "chiara",
	"joao", "jorge", "paulo", "rui", "tiago", "ana", "beatriz", "ines", "carmen", "lucia",
	"hamza", "yasmin", "layla", "leila", "nour", "rania", "samir", "sami", "ziad", "karim",
	"rami", "hani", "fadi", "nabil", "bassam", "hisham", "majid", "naser", "nasser", "farid",
	"farhad", "babak", "behrouz", "dariush", "kourosh", "maryam", "narges", "parisa", "shirin",
	"amos", "avi", "dov", "eitan", "noam", "omer", "shira", "tamar", "yael", "yehuda", "ze'ev",
}

// worldGivenNames are further given names of people in world news, by
// region (surnames and words that are also common nouns or places are left
// out).
var worldGivenNames = []string{
	// more English and European
	"britney", "ricky", "corey", "cory", "kory", "shannon", "jared", "shane",
	"dwayne", "duane", "jeremiah", "kristin", "kirsten", "courtney", "lindsay",
	"lindsey", "chelsea", "tiffany", "brandy", "ashlee", "kayla", "jordyn",
	"connor", "declan", "seamus", "siobhan", "niamh", "aoife", "ciaran",
	"eamon", "fergus", "angus", "hamish", "alistair", "alasdair", "callum", "rhys",
	"gareth", "owain", "dafydd", "nigel", "clive", "rupert", "giles", "jeremy",
	"boris", "priti", "sajid", "rishi", "kemi", "yvette", "harriet", "penelope",
	"emmanuelle", "ségolène", "segolene", "edouard", "gérald", "gerald", "thierry",
	"olivier", "benoit", "benoît", "yves", "jean-luc", "jean-marie", "jean-claude",
	"jean-yves", "jean-pierre", "marie-france", "anne-marie", "hans-dietrich", "karl-heinz",
	"franz", "horst", "dieter", "uwe", "jörg", "jorg", "sigmar", "armin", "markus", "christoph",
	"ursula", "sahra", "alice", "wolfram", "matthias", "florian",
	"mattia", "enrico", "romano", "massimo", "gianni", "beppe", "sergio", "luigi", "roberta",
	"mariano", "santiago", "pablo", "inigo", "iñigo", "jordi", "carles", "oriol", "xavier",
	"rodrigo", "gonzalo", "ignacio", "álvaro", "alvaro", "raúl", "mateo", "valentina",
	"camila", "isabela", "leonardo", "rafaela", "gustavo", "marcelo", "fabio",
	"geraldo", "sebastián", "andrés", "ivan", "iván",
	"lars", "leif", "magnus", "henrik", "jonas", "mikael", "stefan", "sanna",
	"jacinda", "erna", "jonas", "ingrid", "sauli", "geert",
	"ruud", "wim", "wopke", "sigrid", "viktor", "péter", "janos", "zoltan", "laszlo",
	"miroslav", "milos", "milorad", "slobodan", "aleksandar", "zoran", "goran",
	"dragan", "andrej", "janez", "bojan", "nikola", "hashim", "albin",
	"kyriakos", "alexis", "andreas", "nikos", "giorgos", "yannis", "dimitris", "kostas",
	"recep", "ekrem", "kemal", "devlet", "meral", "selahattin", "ilham", "nikol", "serzh",
	"levan", "mikheil", "irakli", "salome", "giorgi", "nursultan", "kassym-jomart", "shavkat",
	"emomali", "gurbanguly", "serdar", "sadyr", "almazbek", "aleksandr",
	"svyatoslav", "sviatlana", "maia", "igor", "vadim", "anatoly", "gennady",
	"valentina", "valery", "boris", "yevgeny", "yevgeniy", "evgeny", "ramzan", "alexei",
	"maria", "elvira", "arkady", "dmitro", "vitali", "vitaliy", "yulia", "arseniy", "petro",
	"denys", "olha", "iryna", "kyrylo", "valeriy", "oleksiy", "mykhailo", "andrii", "ruslan",
	// African
	"abiy", "isaias", "hailemariam", "meles", "debretsion", "jawar", "abebe", "tedros",
	"uhuru", "raila", "william", "mwai", "daniel", "musalia", "yoweri", "bobi", "kizza",
	"paul", "pierre", "felix", "félix", "joseph", "laurent", "moise", "moïse", "denis",
	"faustin", "evariste", "ali", "omar", "idriss", "mahamat", "mohamed",
	"mahamadou", "roch", "ibrahim", "assimi", "goodluck", "olusegun", "umaru",
	"bola", "atiku", "yemi", "nnamdi", "ngozi", "chimamanda", "wole", "fela",
	"nana", "john", "jerry", "macky", "ousmane", "bassirou", "alassane", "laurent", "henri",
	"ellen", "george", "julius", "jakaya", "samia", "hakainde", "edgar", "emmerson",
	"robert", "morgan", "nelson", "thabo", "jacob", "cyril", "julius", "mmusi", "helen",
	"kgalema", "mokgweetsi", "filipe", "armando", "joao", "joão", "jose", "eduardo",
	"salva", "riek", "abdalla", "abdel", "fattah", "mohamed", "kais", "beji",
	"rached", "moncef", "abdelmadjid", "abdelaziz", "abdelilah", "aziz", "saad-eddine",
	"fayez", "khalifa", "aguila", "abdulhamid", "hassan", "hassan",
	// Middle East and Central / South Asia
	"recep", "benjamin", "yitzhak", "isaac", "reuven", "mahmoud", "ismail", "yahya", "khaled",
	"marwan", "saeb", "hanan", "rashida", "mohammad-javad", "hassan", "ebrahim",
	"mohammad-bagher", "ali-akbar", "mohammad-reza", "ahmad-reza", "esmail", "hossein-ali",
	"amir", "abbas", "ghassem", "rouhollah", "sadegh", "gholam", "gholamhossein", "alireza",
	"hamidreza", "mohammadreza", "abdolrahim", "abdolnaser", "wafiq",
	"michel", "gebran", "samir", "walid", "najib", "saad", "rafic", "fouad", "nabih",
	"hassan", "tammam", "emile", "amine", "bashir", "faisal", "mohammed", "abdulmalik",
	"abdrabbuh", "rashad", "aidarous", "ahmed", "ali", "tareq", "nuri", "iyad", "haider",
	"mustafa", "mohammed-shia", "fuad", "barham", "masoud", "qubad", "bafel",
	"qaboos", "haitham", "tamim", "jassim", "nayef",
	"bandar", "turki", "mishal", "adel", "ibrahim", "hamza", "ashraf", "amrullah", "zalmay",
	"hekmatullah", "haibatullah", "sirajuddin", "zabihullah", "gulbuddin", "anas",
	"mohammad-ali", "mahmood", "shehbaz", "bilawal", "maryam", "asim", "qamar",
	"raheel", "ishaq", "shah-mahmood", "hina", "khaleda", "tarique", "muhammad",
	"gotabaya", "mahinda", "ranil", "anura", "maithripala", "pushpa", "kamal",
	"khadga", "lotay", "tshering", "jigme", "ibrahim", "mohamed",
	"abdulla", "narendra", "subrahmanyam", "rajnath", "nirmala",
	"amit", "arvind", "mamata", "yogi", "nitish", "sharad", "uddhav", "shashi", "pranab",
	// East and Southeast Asia

	"shigeru", "yoshimasa", "taro",
	"toshimitsu", "sanae", "nobuo", "yukio", "naoto", "yoshihiko", "jae-in", "suk-yeol",
	"geun-hye", "myung-bak", "moo-hyun", "dae-jung", "jae-myung", "kyung-wha", "eui-yong",
	"jong-un", "yo-jong", "jong-il", "il-sung", "rodrigo", "ferdinand",
	"bongbong", "leni", "sara", "benigno", "gloria", "joseph", "joko", "prabowo", "jusuf",
	"megawati", "susilo", "retno", "anwar", "mahathir", "najib", "muhyiddin", "ismail",
	"lawrence", "vivian", "prayut", "srettha", "paetongtarn",
	"thaksin", "yingluck",
	"nguyen", "phuc",
	"minh", "chinh", "thuong", "tsai", "ing-wen",
	"ching-te", "ying-jeou",
	// Latin America
	"andrés", "manuel", "claudia", "felipe", "enrique", "vicente", "ernesto", "marcelo",
	"nayib", "daniel", "rosario", "juan", "orlando", "nicolás", "nicolas", "diosdado",
	"delcy", "leopoldo", "henrique", "maría", "corina", "edmundo", "gustavo",
	"ivan", "iván", "álvaro", "alvaro", "juan", "manuel", "rafael", "lenin", "lenín",
	"guillermo", "daniel", "dina", "pedro", "martín", "martin", "ollanta", "alan",
	"alejandro", "evo", "luis", "sebastián", "michelle",
	"mauricio", "alberto", "javier", "cristina", "sergio", "patricia", "tabaré",
	"tabare", "luis", "jose", "josé", "pepe", "santiago", "mario", "horacio",
	"fernando", "jair", "dilma", "michel", "fernando", "ciro",
	"miguel", "díaz-canel", "raúl", "fidel", "ariel", "jovenel", "ralph", "mia", "keith",
	// short English forms, Central and Eastern European, more Arabic
	"stan", "toby", "curt", "gus", "cindy", "mindy", "sebastian", "francesco", "sandro",
	"ilona", "andras", "istvan", "laszlo", "zoltan", "janos", "gabor", "tamas", "attila",
	"ferenc", "katalin", "zsuzsa", "agnes", "pawel", "krzysztof", "tomasz", "malgorzata",
	"magdalena", "ewa", "marta", "oleg", "konstantinos", "ayse", "elif", "rashid", "amr",
	"mariam", "noor", "hana", "lucia", "sofia", "pilar", "jurgen", "thorsten", "astrid",
	"birgit", "bjorn", "francois", "edouard", "elisabeth", "kwasi", "hasina",
}

// groupAdjectives are nationality, ethnic, religious and language words
// that are not a country's demonym: alone they name no entity ("Kurdish",
// "Sunni"); CoNLL counts them as MISC.
var groupAdjectives = []string{
	"arab", "arabs", "arabic", "kurd", "kurds", "kurdish", "sunni", "sunnis", "shia", "shiite",
	"shiites", "shi'ite", "muslim", "muslims", "christian", "christians", "jewish", "jews", "jew",
	"islamic", "islamist", "islamists", "persian", "pashtun", "baloch", "hindu", "hindus",
	"buddhist", "catholic", "catholics", "orthodox", "protestant", "alawite", "alawites", "druze",
	"yazidi", "yazidis", "turkmen", "tamil", "tamils", "sikh", "sikhs", "hispanic", "latino",
	"asian", "african", "european", "europeans", "western", "soviet", "ottoman", "roman",
	"zionist", "bedouin", "berber", "amazigh", "tatar", "uighur", "uyghur", "uighurs", "uyghurs",
	"rohingya", "tutsi", "hutu", "arabian", "slavic", "latin", "nordic", "baltic", "balkan",
	"korean", "koreans", "iberian", "scandinavian", "andean", // of a region or people two states share: "the Korean peninsula"
	"caucasian", "pakistani", "english", "scottish", "welsh", "irish", "anglo", "coptic", "copts",
	"maronite", "salafi", "salafist", "wahhabi", "jihadist", "jihadists", "communist",
	"communists", "socialist", "socialists", "conservative", "conservatives", "liberal",
	"liberals", "democrat", "democrats", "republican", "republicans", "labour", "tory", "tories",
	// languages no country's demonym names: "spoke in Pashto", "in Sinhala and Tamil" is no place
	"pashto", "dari", "urdu", "hindi", "sinhala", "sinhalese", "swahili", "kiswahili", "amharic",
	"tigrinya", "oromo", "hausa", "yoruba", "igbo", "bengali", "punjabi", "gujarati", "telugu",
	"malayalam", "farsi", "mandarin", "cantonese", "tagalog", "wolof", "lingala", "kinyarwanda",
	"quechua", "aymara", "yiddish",
}

// commonAcronyms are all-caps words that are not organisations.
var commonAcronyms = []string{
	"cd", "dj", "fm", "am", "pm", "tv", "ep", "lp", "ko", "era", "gdp", "ceo", "cfo", "coo", "cto",
	"mp", "mps", "mpp", "mpps", "mla", "mlas", "mep", "meps", "msp", "msps", "phd", "bc", "ad", "ok", "id", "it", "ai", "dna", "rna", "hiv", "aids", "atm",
	"suv", "rpg", "ied", "ieds", "vip", "pr", "hq", "ngo", "ngos", "usd", "eur", "gmt", "utc",
	"vbied", "vbieds", "uav", "uavs", "rpgs", "atgm", "atgms", "icbm", "icbms", "apc", "apcs", "manpads",
	"mw", "km", "mm", "kg", "cm", "mph", "ufo", "faq", "pdf", "usb", "gps", "sms", "url", "www",
	"iq", "ceo", "svp", "vp", "dvd", "mvp", "rip", "bbq", "diy", "asap", "tba", "i", "ii", "iii",
	"iv", "vi", "vii", "viii", "ix", "xi", "xii", "covid", "sars", "mers", "ebola", "lgbt",
	"lgbtq", "ap", "afp", "upi", "am", "st", "mr", "dr", "nb", "ps", "uk", "us",
	// time zones, currencies, units and other common abbreviations
	"est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "cet", "cest", "bst", "ist", "jst", "aest",
	"gbp", "jpy", "cad", "aud", "chf", "cny", "rmb", "inr", "rub", "kph", "bmx", "swat", "pos", "lcd",
	"gif", "html", "sdk", "api", "cpu", "gpu", "pc", "mba", "ipo", "vat",
	// commodities: "a global LNG reference price"
	"lng", "lpg", "cng",
}

// placeNames are well-known places that are not countries (the KB holds
// countries and capitals): continents and regions, states and provinces of
// federal countries, the UK's nations and large cities often in the news.
// A KB actor with the same name wins ("Georgia" the country).
var placeNames = []string{
	// continents, regions, seas
	"Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America",
	"Oceania", "Antarctica", "Middle East", "Near East", "Far East", "Far North", "Far West", "Deep South", "Gulf", "Persian Gulf",
	"Arabian Peninsula", "Balkans", "Caucasus", "Central Asia", "South Asia", "Southeast Asia",
	"East Asia", "West Africa", "East Africa", "North Africa", "Horn of Africa", "Sahel",
	"Scandinavia", "Mediterranean", "Levant", "Maghreb", "Caribbean", "Pacific", "Atlantic",
	"Indo-Pacific", "Asia-Pacific",
	"Congo",     // either Congo: a place, never an organisation ("Congo said")
	"The Hague", // the seat of the ICC and ICJ; "Hague" alone is also a surname
	"Red Sea", "Black Sea", "Baltic", "Arctic", "Sinai", "Golan Heights", "West Bank", "Kurdistan",
	"Crimea", "Donbas", "Kashmir", "Tibet", "Xinjiang", "Darfur", "Siberia", "Patagonia",
	// former states, named in history and obituaries
	"Soviet Union", "USSR", "U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
	"Ottoman Empire", "Russian Empire", "Austria-Hungary", "Prussia", "Rhodesia", "Zaire", "Persia",
	"Dutch East Indies", "Netherlands East Indies", "British India", "Mandatory Palestine", "Nazi Germany",
	// US states
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
	"Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
	"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
	"Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
	"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
	"West Virginia", "Wisconsin", "Wyoming", "Washington, D.C.", "D.C.", "Puerto Rico",
	// other federal units and nations
	"England", "Scotland", "Wales", "Northern Ireland", "Ontario", "Quebec", "British Columbia",
	"Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New South Wales", "Queensland",
	"Victoria", "Tasmania", "Western Australia", "Bavaria", "Catalonia", "Andalusia", "Lombardy",
	"Sicily", "Sardinia", "Corsica", "Brittany", "Normandy", "Flanders", "Wallonia", "Punjab",
	"Sindh", "Balochistan", "Bengal", "Kerala", "Gujarat", "Tamil Nadu", "Maharashtra", "Bihar",
	"Uttar Pradesh", "Chechnya", "Dagestan", "Tatarstan", "Anbar", "Nineveh", "Idlib", "Aleppo",
	"Homs", "Hama", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa", "Kirkuk", "Basra", "Mosul",
	"Fallujah", "Ramadi", "Tikrit", "Erbil", "Najaf", "Karbala", "Benghazi", "Misrata", "Sirte",
	"Aden", "Hodeidah", "Marib", "Taiz", "Rafah", "Khan Younis", "Jenin", "Nablus", "Hebron",
	"Ramallah", "Bethlehem", "Haifa", "Tel Aviv", "Eilat", "Isfahan", "Mashhad", "Shiraz", "Tabriz",
	"Qom", "Natanz", "Fordow", "Bushehr", "Kandahar", "Helmand", "Herat", "Mazar-i-Sharif",
	"Peshawar", "Karachi", "Lahore", "Quetta", "Mumbai", "Kolkata", "Chennai", "Bangalore",
	"Hyderabad", "Shanghai", "Hong Kong", "Macau", "Guangzhou", "Shenzhen", "Wuhan", "Chongqing",
	"Osaka", "Kyoto", "Hiroshima", "Busan", "Istanbul", "Izmir", "Gaziantep", "Diyarbakir",
	"Alexandria", "Giza", "Casablanca", "Marrakesh", "Lagos", "Kano", "Johannesburg", "Cape Town",
	"Durban", "Mombasa", "Goma", "Timbuktu", "Dubai", "Abu Dhabi", "Jeddah", "Mecca", "Medina",
	"Geneva", "Zurich", "Davos", "Munich", "Hamburg", "Frankfurt", "Cologne", "Milan", "Naples",
	"Venice", "Florence", "Barcelona", "Seville", "Marseille", "Lyon", "Strasbourg", "Nice",
	"Manchester", "Liverpool", "Birmingham", "Glasgow", "Edinburgh", "Belfast", "Cardiff",
	"St. Petersburg", "Saint Petersburg", "Kharkiv", "Odesa", "Odessa", "Mariupol", "Lviv",
	"Donetsk", "Luhansk", "Sevastopol", "Bakhmut", "Kherson", "Zaporizhzhia", "Novosibirsk",
	"Vladivostok", "New York City", "Los Angeles", "Chicago", "Houston", "Philadelphia", "Phoenix",
	"San Francisco", "San Diego", "Seattle", "Boston", "Miami", "Atlanta", "Dallas", "Denver",
	"Detroit", "Las Vegas", "New Orleans", "Baltimore", "Pittsburgh", "Toronto", "Montreal",
	"Vancouver", "Sydney", "Melbourne", "Brisbane", "Perth", "Auckland", "Rio de Janeiro",
	"Sao Paulo", "São Paulo", "Buenos Aires", "Mexico City", "Guadalajara", "Monterrey", "Bogota",
	"Medellin", "Caracas", "Lima", "Santiago", "Havana", "Guantanamo", "Guantanamo Bay",
	// rivers, straits and canals
	"Nile", "Euphrates", "Tigris", "Jordan River", "Rhine", "Danube", "Volga", "Dnieper", "Dniester",
	"Thames", "Seine", "Loire", "Elbe", "Oder", "Vistula", "Potomac", "Rio Grande", "Yangtze",
	"Yellow River", "Mekong", "Ganges", "Indus", "Brahmaputra", "Irrawaddy", "Zambezi", "Limpopo",
	"Orinoco", "Suez Canal", "Panama Canal", "Bosphorus", "Dardanelles", "Strait of Hormuz",
	"Bab el-Mandeb", "Strait of Malacca", "English Channel", "Caspian Sea", "Aral Sea", "Dead Sea",
	"Sea of Galilee", "Adriatic", "Aegean", "South China Sea", "East China Sea", "Sea of Japan",
	"Arabian Sea", "Gulf of Aden", "Gulf of Oman", "Indian Ocean",
	// mountains and deserts
	"Alps", "Pyrenees", "Himalayas", "Andes", "Rockies", "Urals", "Carpathians", "Apennines",
	"Hindu Kush", "Zagros", "Mount Everest", "Kilimanjaro", "Sahara", "Kalahari", "Gobi", "Negev",
	// islands and historical or cultural regions
	"Java", "Sumatra", "Borneo", "Sulawesi", "Bali", "Mindanao", "Luzon", "Hokkaido", "Okinawa",
	"Crete", "Rhodes", "Gascony", "Provence", "Tuscany", "Saxony", "Silesia", "Transylvania",
	"Anatolia", "Mesopotamia", "Galilee", "Deccan", "Goa", "Assam", "Rajasthan", "Karnataka",
	"Andhra Pradesh", "Madhya Pradesh", "Himachal Pradesh", "Odisha", "Jharkhand", "Uttarakhand",
	"Haryana", "Telangana", "Newfoundland", "Yukon", "New England", "Midwest", "Pacific Northwest", "Cornwall",
	"NYC", "L.A.", "America",
	"Yorkshire", "Lancashire", "Ulster", "Nagorno-Karabakh", "Abkhazia", "South Ossetia",
	"Transnistria", "Ingushetia", "Baluchistan", "Khyber Pakhtunkhwa", "Waziristan",
}

// honorificSet is honorifics as a set, for IsHonorific.
var honorificSet = func() map[string]bool {
	m := make(map[string]bool, len(honorifics))
	for _, h := range honorifics {
		m[h] = true
	}
	return m
}()

// roleSet is roleNouns as a set, for IsRole.
var roleSet = func() map[string]bool {
	m := make(map[string]bool, len(roleNouns))
	for _, h := range roleNouns {
		m[h] = true
	}
	return m
}()

// IsRole reports whether w ("Spokeswoman", "analyst") is an occupation
// the stage reads before a person's name. Case is ignored.
func IsRole(w string) bool {
	return roleSet[strings.ToLower(w)]
}

// IsHonorific reports whether w ("Mr", "Mr.", "Lt", "Gen.", "Sheikh") is
// an honorific or rank the stage strips from the front of a person's
// name. Case and a trailing period are ignored.
func IsHonorific(w string) bool {
	return honorificSet[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// orgOpeners are head words written first in organisations' names: those
// of Romance languages ("Partido Popular", "Banco Santander", "Universidad
// de Chile"), of Arabic, Persian and Urdu ("Jaish al-Adl", "Harakat
// al-Nujaba", "Lashkar-e-Taiba"), a few English ones ("Radio Free
// Europe", "Air Canada") and the French broadcasters' "Tele" ("Tele
// Liban", "Tele Sahel").
var orgOpeners = []string{
	"radio", "tele", "air", "banco", "banca", "banque", "grupo", "groupe", "gruppo", "partido", "parti", "partito",
	"universidad", "universidade", "universite", "universita", "universitat", "instituto", "institut",
	"istituto", "fundacion", "fundacao", "fondation", "fondazione", "stiftung", "ministerio", "ministere",
	"ministero", "compania", "companhia", "compagnie", "sociedad", "societe", "societa", "asociacion",
	"associacao", "federacion", "confederacion", "frente", "movimiento", "movimento", "mouvement",
	"ejercito", "exercito", "armee", "policia", "guardia", "fuerzas", "forcas", "comision", "comissao",
	"consejo", "conselho", "conseil", "consiglio", "corte", "congreso", "congresso", "senado", "camara",
	"asamblea", "assemblee", "secretaria", "agence", "agencia", "agenzia", "deutsche",
	// Spanish and Portuguese newspapers: "Prensa Libre", "Diario Libre", "Jornal do Brasil"
	"prensa", "diario", "jornal", "gaceta", "gazeta",
	// Spanish and Portuguese firms named by their trade: "Petróleos Mexicanos", "Aerolíneas Argentinas"
	"petroleos", "ferrocarriles", "aerolineas", "aeropuertos", "servicios", "industrias", "laboratorios",
	"cementos", "aceros", "transportes", "almacenes", "inversiones", "construcciones", "constructora",
	"hizb", "hezb", "harakat", "jabhat", "jaish", "jaysh", "ansar", "liwa", "kataib", "asaib",
	"saraya", "tehreek", "tehrik", "lashkar", "jamaat", "jamiat", "majlis", "sipah", "hayat",
	"partai", "majelis", "dewan", "gerakan", "persatuan", "pertubuhan", "angkatan", "barisan", // Malay and Indonesian
	"paguyuban", "perkumpulan", "himpunan", "ikatan", "serikat", "yayasan", "lembaga", "badan", "komisi", "kementerian",
	"pt", // Indonesian "Perseroan Terbatas", a limited company: "PT Freeport Indonesia"
	"fc", "afc", "cf", "fk", "ac", "sv",
	"bangko", "komisyon", "kagawaran", "samahan", "kapisanan", // Tagalog: bank, commission, department, association
	"daily",             // "Daily Janakantha", "Daily Trust": a newspaper
	"radyo", "kilusang", // Tagalog: radio, movement
	"yayasan", "lembaga", "badan", "perusahaan", // Indonesian and Malay: foundation, institute, agency, company
	"empresa", "empresas", "sindicato", "cooperativa", "corporacion", "comite", "coordinadora", // Spanish and Portuguese
	// Spanish and Portuguese parties and bodies: "Cabildo Abierto", "Alianza Lima", "Fuerza Popular",
	// "Acción Nacional", "Izquierda Unida"
	"cabildo", "alianza", "alianca", "coalicion", "convergencia", "bloque", "accion", "renovacion",
	"fuerza", "forca", "izquierda", "encuentro", "concertacion", "unidad", "uniao",
	"defensoria", "fiscalia", "contraloria", "procuraduria", "procuradoria", "registraduria", "superintendencia", // Spanish and Portuguese offices of state: "Defensoría del Pueblo", "Fiscalía General"
	"alcaldia", "gobernacion", "municipalidad", "ayuntamiento", "prefeitura",
	"asociatia", "fundatia", "partidul", "uniunea", "centrul", // Romanian
	"fundacja", "stowarzyszenie", "zwiazek", // Polish: foundation, association, union
	"chama", "jumuiya", // Swahili: party, association
	// Catalan, Italian and French bodies and parties: "Òmnium Cultural", "Assemblea Nacional
	// Catalana", "Esquerra Republicana", "Lega Nord", "Rassemblement National"
	"omnium", "assemblea", "esquerra", "junts", "candidatura", "lega", "alleanza", "sinistra",
	"unione", "rassemblement", "ligue", "confederazione", "confederacio",
}
