package topic

// A theme is a subject label with the words that signal it and its IPTC
// Media Topic.
type theme struct {
	label    string
	iptc     string // IPTC Media Topic QCode
	iptcName string
	// words are lower-case word forms; a trailing * matches any ending.
	words []string
	// plover event types that signal the theme.
	plover []string
}

// themes is the team's own lexicon. IPTC codes and names are from the
// IPTC Media Topic NewsCodes (CC BY 4.0, IPTC).
var themes = []theme{
	{"diplomacy", "medtop:20000639", "diplomacy",
		[]string{"talks", "diplomat*", "diplomacy", "summit*", "negotiat*", "envoy*", "ambassador*", "embass*", "treaty", "treaties", "accord*", "bilateral", "mediat*", "normaliz*", "normalis*", "foreign minister*", "secretary of state", "international community", "foreign ministry", "foreign policy", "state department", "sovereignty", "territorial", "border dispute*", "peace talks", "peace process", "peace deal", "peace plan", "roadmap", "road map", "delegation*", "consultation*", "détente", "rapprochement", "relations"},
		[]string{"CONSULT", "AGREE", "COOPERATE", "REQUEST", "REJECT", "CONCEDE"}},
	{"armed-conflict", "medtop:20000056", "armed conflict",
		[]string{"war", "wars", "airstrike*", "air strike*", "strikes", "missile*", "rocket*", "drone*", "shelling", "shelled", "bomb*", "troops", "soldier*", "militar*", "army", "armies", "offensive", "clash*", "fighting", "fighter*", "killed", "casualt*", "artillery", "invasion", "invad*", "frontline", "front line", "battle*", "ceasefire", "truce", "militia*", "rebel*", "insurgen*", "warplane*", "gunmen", "combat", "hostilities", "retaliat*", "raid*", "attack*", "sabotage", "bombing*", "ambush*", "gunfire", "shooting", "insurgent*", "peacekeep*", "warlord*", "occupation", "airstrike", "mortar*", "explosive*", "landmine*", "genocide", "massacre*", "atrocit*", "war crime*"},
		[]string{"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}},
	{"nuclear", "medtop:20000635", "nuclear policy",
		[]string{"nuclear", "uranium", "enrichment", "enriched", "centrifuge*", "warhead*", "atomic", "reactor*", "iaea", "non-proliferation", "nonproliferation", "plutonium"}, nil},
	{"terrorism", "medtop:20000103", "terrorism",
		[]string{"terror*", "jihad*", "extremist*", "suicide bomb*", "hostage*", "beheaded", "isis", "isil", "daesh", "al-qaeda", "al qaeda", "qaeda", "taliban", "militant*", "kidnap*", "behead*", "tamil tigers", "ltte", "chechen rebels", "suicide attack*", "car bomb*", "abducted", "abduct*"}, nil},
	{"economy", "medtop:20000344", "economy",
		[]string{"econom*", "inflation", "gdp", "trade", "tariff*", "market*", "stock*", "shares", "investor*", "investment*", "bank*", "currency", "budget*", "debt*", "growth", "export*", "import*", "compan*", "profit*", "revenue*", "earnings", "business*", "oil price*", "prices", "interest rate*", "recession", "billion", "million", "dollar*", "euros", "eurozone", "sales", "quarter", "ceo", "merger*", "acquisition*", "deal", "firm*", "retail*", "economist*", "fund*", "wall street", "nasdaq", "dow", "crude", "airline*", "flights", "insur*", "workforce", "jobs", "layoff*", "shareholder*", "stake", "bid", "acquire*", "corp", "inc", "ltd", "plc", "co", "executive*", "ipo", "federal reserve", "greenspan", "consumer*", "retailer*", "store*", "brand*", "automaker*", "boeing", "airbus", "wal-mart", "walmart", "loan*", "mortgage*", "housing", "yen", "nikkei", "bond*", "treasur*", "percent", "pension*", "wage*", "tax*", "barrel*", "opec", "energy", "payroll*", "factory", "factories", "manufactur*", "earnings", "analyst*", "quarterly", "forecast*", "dividend*", "bankrupt*", "ceo", "cfo", "chairman", "investor", "cents", "sec", "regulator*", "antitrust", "deals", "contract*", "supplier*", "customers", "price"},
		nil},
	{"sanctions", "medtop:20000642", "economic sanction",
		[]string{"sanction*", "embargo*", "blacklist*", "asset freeze*"}, []string{"SANCTION"}},
	{"elections", "medtop:20000574", "election",
		[]string{"election*", "elector*", "vote", "votes", "voted", "voting", "voter*", "ballot*", "poll", "polls", "polling", "campaign*", "candidate*", "referendum*", "turnout", "parliamentary", "re-election", "reelection", "primaries", "inauguration"}, nil},
	{"protest", "medtop:20000066", "demonstration",
		[]string{"protest*", "demonstrat*", "marched", "marchers", "unrest", "riot*", "crackdown", "dissent", "dissident*", "sit-in"}, []string{"PROTEST"}},
	{"humanitarian", "medtop:20000643", "foreign aid",
		[]string{"humanitarian", "aid", "refugee*", "displaced", "famine", "hunger", "starvation", "relief", "unhcr", "unrwa", "wfp", "shelter*", "evacuat*", "civilians", "medical supplies", "food aid", "asylum"}, []string{"AID"}},
	{"health", "medtop:07000000", "health",
		[]string{"health", "disease*", "virus*", "pandemic", "epidemic", "vaccin*", "hospital*", "outbreak*", "patient*", "cancer", "medic*", "drug*", "doctor*", "infection*", "flu", "covid*", "hiv", "aids", "clinical", "cholera", "ebola", "study", "researchers"}, nil},
	{"climate-environment", "medtop:06000000", "environment",
		[]string{"climate", "emission*", "carbon", "warming", "pollution", "environment*", "renewable*", "greenhouse", "deforestation", "species", "wildlife", "endangered", "conservation*", "volcano*", "eruption*", "lava", "magma", "seismic", "glacier*", "ice sheet*", "el nino", "ozone", "biodiversity", "poaching", "poacher*", "ivory", "coral reef*", "rainforest*", "kyoto protocol", "environmentalist*"}, nil},
	{"disaster", "medtop:03000000", "disaster, accident and emergency incident",
		[]string{"hurricane*", "typhoon*", "cyclone*", "tropical storm*", "storm*", "earthquake*", "quake*", "tsunami*", "flood*", "landslide*", "mudslide*", "avalanche*", "wildfire*", "bushfire*", "drought*", "volcano*", "eruption*", "tornado*", "blizzard*", "heatwave*", "heat wave*", "disaster*", "death toll", "rescuer*", "rescue*", "survivor*", "missing", "evacuat*", "crash*", "derail*", "collision", "capsized", "sank", "shipwreck*", "explosion*", "blast*", "blaze*", "fire", "fires", "firefighters", "emergency", "victims", "dead", "killed", "died", "injured", "wounded", "casualt*"}, nil},
	{"technology", "medtop:13000000", "science and technology",
		[]string{"technolog*", "software", "internet", "computer*", "computing", "artificial intelligence", "chip*", "semiconductor*", "cyber*", "smartphone*", "online", "microsoft", "google", "intel", "ibm", "linux", "windows", "web", "website*", "browser*", "e-mail", "email", "spam", "hacker*", "satellite*", "nasa", "space", "spacecraft", "telescope", "scientist*", "science", "digital", "wireless", "broadband", "mobile phone*", "phone*", "video game*", "server*", "network*", "data", "robot*", "genome", "gene", "genes", "genetic*", "planet*", "mars", "moon", "orbit*", "launch*", "pc", "pcs", "ipod", "el nino", "ocean*", "locust*", "volcanolog*", "seismolog*", "meteorolog*", "climatolog*", "ecosystem*", "habitat*", "extinct*", "bird*", "insect*", "mammal*", "whale*", "shark*", "frog*", "primate*", "chimp*", "bacteri*", "microb*", "enzyme*", "protein*", "molecul*", "neuron*", "brain*", "mice", "rats", "study finds", "research suggests", "nokia", "yahoo", "ebay", "sun microsystems", "download*", "users", "search engine*", "processor*", "researcher*", "species", "dinosaur*", "fossil*", "lcd", "display*", "electronics", "open-source", "open source", "developer*", "vendor*", "dell", "hp", "hewlett-packard", "wi-fi", "wifi", "bluetooth", "worm", "worms", "spyware", "patch*", "longhorn", "xp", "firefox", "mozilla", "gmail", "blog*", "itunes", "mp3", "console*", "xbox", "playstation", "nintendo", "astronaut*", "shuttle", "space station", "comet*", "asteroid*", "tech", "techweb", "zdnet", "cnet", "pc world", "infoworld", "e-commerce", "storage", "database*", "silicon", "gadget*", "hardware", "telecom*", "voip", "linux", "unix", "java", "programmer*", "code", "hackers", "virus", "viruses", "security hole*", "vulnerabilit*", "malware", "phishing", "desktop*", "laptop*", "notebook*", "handheld*", "camera*", "digital music", "spacecraft", "scientists", "biolog*", "physic*", "chemist*", "study", "studies"}, nil},
	{"sports", "medtop:15000000", "sport",
		[]string{"championship*", "cup", "league*", "coach*", "player*", "scored", "tournament*", "olympic*", "football", "soccer", "baseball", "basketball", "tennis", "golf", "cricket", "rugby", "hockey", "nfl", "nba", "mlb", "nhl", "fifa", "uefa", "quarterback", "innings", "inning", "touchdown*", "striker", "midfielder", "medal*", "athlete*", "racing", "grand prix", "formula one", "stadium", "playoff*", "semifinal*", "finals", "champion*", "sox", "yankees", "red sox", "lakers", "manchester united", "arsenal", "chelsea", "real madrid", "barcelona", "homer", "homers", "pitcher", "gold medal", "sprint*", "swimm*", "marathon", "cyclist*", "cycling", "tour de france", "boxing", "nascar", "ryder cup", "wimbledon", "seeded", "premiership", "premier league", "serie a", "bundesliga", "champions league", "world cup", "davis cup", "grand slam", "ncaa", "pga", "lpga", "wnba", "quarterfinal*", "standings", "roster", "rookie*", "batting", "wicket*", "test match", "scoring", "rebounds", "yards", "halftime", "overtime", "sidelined", "olympian*", "gymnast*", "hurdles", "decathlon", "judo", "wrestling", "fencing", "rowing", "sailing", "equestrian", "polo", "f1", "motogp", "snooker", "darts", "golfer*", "birdie*", "bogey*", "shortstop", "outfielder", "infielder", "slugger", "goalkeeper", "defender*", "jockey*", "racecourse", "world record", "personal best", "heavyweight", "knockout", "bout", "pole position", "lap", "laps", "qualifying", "semis", "finalist*", "innings", "test series", "one-day", "springboard", "diving", "gymnastics", "swimmer*", "backstroke", "freestyle", "breaststroke", "triathlon", "sprinter*", "steeplechase", "doping", "steroid*", "wada", "ballpark", "straight sets", "tiebreak*", "baseline", "aces", "dunk*", "rebound*", "assists", "touchdowns", "field goal", "interception*", "linebacker", "receiver*", "pitchers", "bullpen", "walk-off", "rbi", "strikeout*", "hat-trick", "equaliser", "equalizer", "stoppage time", "relegation", "clubs", "midfield", "fixture*", "tee", "fairway*", "green jacket", "masters", "open championship", "ferrari", "schumacher", "olympics", "paralympic*"}, nil},
	{"politics", "medtop:11000000", "politics",
		[]string{"government*", "minister*", "politic*", "parliament*", "presidential", "prime minister", "opposition", "lawmaker*", "legislat*", "cabinet", "coalition", "regime", "dictator*", "monarch*", "sovereign*", "independence", "constitution*", "chancellor", "ruling party", "junta", "coup", "separatist*", "communist*", "exile*", "martial law", "state of emergency", "kurd*", "shiite*", "sunni*", "cleric*", "ayatollah", "state media", "u.n.", "united nations", "security council", "nato", "european union", "eu", "senate", "senator*", "congress*", "republican*", "democrat*", "gop", "white house", "cia", "fbi", "pentagon", "governor", "kerry", "bush", "cheney", "clinton", "mp", "mps", "tory", "tories", "labour party", "nominee", "nomination", "impeach*", "veto*", "supreme court", "ministry", "homeland security", "national security", "9/11"},
		nil},
	{"crime-justice", "medtop:02000000", "crime, law and justice",
		[]string{"court*", "trial*", "judge*", "sentenced", "sentence", "police", "arrest*", "prison*", "jail*", "lawsuit*", "prosecut*", "charged", "convicted", "verdict*", "indict*", "murder*", "fraud", "investigation*", "detained", "custody"}, nil},
}

// worldThemes are the themes that make a story international news.
var worldThemes = map[string]bool{
	"diplomacy": true, "armed-conflict": true, "nuclear": true, "terrorism": true, "sanctions": true,
	"elections": true, "protest": true, "humanitarian": true, "politics": true,
}
