package topic

// cueWeight is the weight of a named-thing cue: a company, product,
// team, league or event whose name alone says what a story is about.
const cueWeight = 2

// cues are lower-case names (one or more words; a trailing * matches any
// ending) that are strong evidence for a theme, by theme label. They are
// the team's own lists of well-known companies, products, teams and
// competitions that news names; they are matched like the lexicon words
// and weigh cueWeight.
var cues = map[string][]string{
	"technology": {
		// Companies whose business news is technology news.
		"microsoft", "intel", "ibm", "google", "yahoo", "ebay", "cisco", "dell", "hewlett-packard",
		"motorola", "nokia", "ericsson", "qualcomm", "broadcom", "nvidia", "amd", "texas instruments",
		"samsung", "toshiba", "fujitsu", "hitachi", "nec", "matsushita", "panasonic", "lenovo", "acer", "asus",
		"siemens", "philips", "infineon", "stmicroelectronics", "tsmc", "asml", "huawei", "zte", "xiaomi",
		"alibaba", "tencent", "baidu", "bytedance", "tiktok", "facebook", "twitter", "instagram", "whatsapp",
		"linkedin", "myspace", "friendster", "netflix", "tivo", "napster", "realnetworks", "vonage", "skype",
		"verisign", "icann", "symantec", "mcafee", "novell", "red hat", "peoplesoft", "siebel", "sap", "salesforce*",
		"adobe", "macromedia", "computer associates", "bea systems", "emc", "lexmark", "xerox", "kodak",
		"nortel", "lucent", "alcatel", "juniper networks", "ciena", "earthlink", "aol", "lycos", "ask jeeves",
		"overture", "akamai", "palmone", "palmsource", "research in motion", "blackberry", "sun microsystems",
		"gartner", "idc", "forrester", "jupiter research", "comscore", "openai", "anthropic", "deepmind",
		"spacex", "blue origin", "tesla", "uber", "spotify", "zoom", "snowflake", "palantir", "arm holdings",
		"sony ericsson", "vodafone", "t-mobile", "verizon wireless", "cingular", "sprint pcs", "nextel",
		"ntt docomo", "docomo", "atari", "electronic arts", "activision", "ubisoft", "sega", "take-two",
		// How news describes a technology company, and its best-known
		// people.
		"software maker", "software company", "software firm", "software developer", "software giant",
		"software vendor", "chip maker", "computer maker", "pc maker", "handset maker", "phone maker",
		"printer maker", "telecommunications equipment", "networking equipment", "network equipment",
		"information technology", "it services", "technology company", "technology firm", "tech company",
		"tech firm", "tech giant", "security firm", "security company", "internet company", "internet firm",
		"internet search", "search giant", "online retailer", "e-commerce", "dot-com", "silicon valley",
		"bill gates", "steve ballmer", "ballmer", "steve jobs", "larry ellison", "michael dell",
		"sergey brin", "larry page", "linus torvalds", "mark zuckerberg", "elon musk",
		// Products, technologies and standards.
		"ipod*", "itunes", "iphone*", "ipad*", "macintosh", "mac os", "windows xp", "windows vista", "longhorn",
		"linux", "unix", "solaris", "java", "firefox", "mozilla", "internet explorer", "opera browser",
		"android", "chrome", "gmail", "hotmail", "msn", "xbox", "playstation", "psp", "game boy", "nintendo ds",
		"wi-fi", "wifi", "wimax", "bluetooth", "rfid", "voip", "voice over ip", "dsl",
		"3g", "4g", "5g", "lte", "gsm", "cdma", "ethernet", "usb", "dvd*", "blu-ray", "hd-dvd", "lcd", "plasma",
		"microprocessor*", "processor*", "chipmaker*", "chipset*", "semiconductor*", "transistor*", "nanotech*",
		"mainframe*", "supercomputer*", "spyware", "adware", "malware",
		"ransomware", "phishing", "spam*", "hacker*", "botnet*", "open-source", "open source",
		"peer-to-peer", "p2p", "file-sharing", "file sharing", "filesharing", "file-trading", "file trading",
		"file swapp*", "file-swapp*", "bittorrent", "edonkey", "kazaa", "grokster", "morpheus", "streamcast",
		"videogame*", "rss feed*", "rss reader*", "rss aggregator*",

		"ringtone*", "pda", "pdas",
		"notebook pc*", "desktop pc*", "inkjet", "flash memory", "hard drive*", "disk drive*",
		"artificial intelligence", "machine learning", "chatbot*",
		"satellite radio", "chat room*", "chatroom*", "instant messag*", "e-voting", "electronic voting",
		"voting machine*", "electronics maker*", "consumer electronics", "electronics giant", "video game*",
		// Space and science.
		"nasa", "esa", "jaxa", "spacecraft", "space station", "space shuttle", "astronaut*",
		"cosmonaut*", "telescope*", "hubble", "cassini", "asteroid*", "comet*",
		"galax*", "astronom*", "solar system", "black hole*",
		"genome",
		"stem cell*", "cloning", "cloned", "archaeolog*", "paleontolog*",
		"seti",
	},
	"sports": {
		// Leagues, bodies and competitions.
		"nfl", "nba", "mlb", "nhl", "wnba", "mls", "ncaa", "pga", "lpga", "atp", "wta", "fifa", "uefa", "ioc",
		"major league baseball", "national league", "american league", "big ten", "big 12", "big east",
		"acc", "pac-10", "bcs", "super bowl", "world series", "stanley cup", "nba finals", "all-star*",
		"premier league", "premiership", "champions league", "uefa cup", "fa cup", "carling cup", "la liga",
		"serie a", "bundesliga", "ligue 1", "world cup", "euro 2004", "copa america", "ryder cup", "davis cup",
		"fed cup", "wimbledon", "us open", "u.s. open", "australian open", "french open", "roland garros",
		"british open", "the masters", "tour de france", "giro", "vuelta", "formula one", "grand prix",
		"nascar", "indycar", "world rally", "motogp", "olympic*", "paralympic*", "commonwealth games",
		"asian games", "six nations", "tri-nations", "ashes", "test series", "test match", "one-day international",
		"twenty20", "champions trophy", "heisman", "pro bowl", "playoff*", "postseason", "preseason",
		"wild card", "wild-card", "spring training", "free agent*", "trade deadline", "transfer window",
		// Positions, plays and people.
		"quarterback*", "linebacker*", "cornerback*", "running back*", "tailback*", "wide receiver*",
		"tight end", "kicker", "punter", "pitcher*", "shortstop*", "outfielder*", "infielder*", "catcher",
		"slugger", "homer*", "home run*", "rbi*", "inning*", "strikeout*", "no-hitter", "bullpen",
		"point guard", "power forward", "rebound*", "three-pointer*", "slam dunk", "free throw*",
		"goalkeeper*", "goalie*", "striker*", "midfielder*", "defender*", "hat-trick", "hat trick",
		"penalty kick", "own goal", "stoppage time", "extra time", "touchdown*", "field goal*", "interception*",
		"sacks", "rushing", "yards", "halftime", "scoreless", "unbeaten", "undefeated", "winless",
		"birdie*", "bogey*", "eagle putt", "fairway*", "golfer*", "caddie", "tee shot", "seeded",
		"straight sets", "tiebreak*", "break point*", "match point*", "grand slam", "sprinter*", "swimmer*",
		"freestyle", "backstroke", "breaststroke", "medley", "relay", "hurdles", "marathon",
		"decathlon", "heptathlon", "long jump", "high jump", "pole vault", "triple jump", "javelin", "discus",
		"shot put", "gymnast*", "gymnastics", "wrestler*", "boxer*", "heavyweight", "middleweight",
		"welterweight", "featherweight", "knockout", "cyclist*", "peloton", "yellow jersey", "jockey*",
		"racehorse", "pole position", "lap", "laps", "pit stop", "driver's championship", "cricketer*",
		"batsman", "batsmen", "bowler*", "wicket*", "innings", "all-rounder", "rugby", "fly-half", "scrum",
		"coach*", "head coach", "manager arsene", "sir alex", "skipper", "teammate*", "team-mate*",
		"rookie*", "roster", "sidelined", "ligament", "hamstring", "groin", "season-ending",
		"doping", "steroid*", "wada", "gold medal*", "silver medal*", "bronze medal*", "medalist*", "medallist*",
		"world record", "personal best", "title defence", "title defense", "defending champion",
		"squad", "friendly", "friendlies", "qualifier*", "world cup qualifier*", "fitness test", "debut",
		"overs", "first test", "second test", "third test", "fourth test", "fifth test",
		"two-test", "three-test", "four-test", "five-test", "stumps", "wickets", "not out", "declared on", "run chase", "test cricket", "bases", "home plate", "racetrack",
		"speedway", "pit lane", "handicap", "thoroughbred*", "furlong*", "majors", "world number one",
		"world no. 1", "pundit*", "transfer fee", "transfer request", "loan spell", "red card", "yellow card", "sent off",
		"clean sheet", "league title", "series lead", "game 7", "game 6", "game 5",
		"sweep", "swept", "standings", "division title", "pennant", "wild card",
		"semi-final*", "quarter-final*", "pre-season", "post-season", "play-off*", "winger*", "full-back*",
		"centre-back", "left-back", "right-back", "centre-half", "under par", "over par", "under-par", "par-5",
		"par-4", "par-3", "european tour", "major championship", "lbw", "clinch*", "trounce*",
		"thrash*", "routs", "romp*", "outscore*", "three-run", "two-run", "solo homer", "grand slam homer",
		"at-bats", "earned run*", "complete game", "shutout", "shut out", "save opportunit*",
		"passing yards", "rushing yards", "touchdown pass*", "field-goal*", "end zone", "fourth quarter",
		"third quarter", "injury time", "opening round", "final round",
		"second round", "third round", "fourth round", "one-stroke",
		"referee*", "free-kick*", "free kick*", "corner kick*", "offside", "paceman", "pacemen", "spinner*",
		"top order", "top-order", "season opener", "home opener", "buzzer-beater", "jump shot", "mid-major*",
		"athletic director", "real sociedad", "athletic bilbao", "espanyol", "mallorca", "racing santander", "two-stroke", "leaderboard",
		// Clubs and teams whose names are not common words.

		"bengals",

		"arsenal", "chelsea", "manchester united", "man utd", "man united", "manchester city", "liverpool fc",
		"everton", "tottenham", "spurs", "newcastle united", "aston villa", "middlesbrough", "fulham",
		"blackburn rovers", "bolton", "charlton", "portsmouth", "southampton", "west ham", "west brom",
		"crystal palace", "norwich city", "leeds united", "sunderland", "celtic",
		"real madrid", "barcelona", "barca", "valencia", "deportivo", "atletico madrid", "sevilla",
		"villarreal", "juventus", "ac milan", "inter milan", "internazionale", "lazio", "as roma", "fiorentina",
		"bayern munich", "bayern", "borussia dortmund", "werder bremen", "schalke", "hertha", "bayer leverkusen",
		"ajax", "psv eindhoven", "feyenoord", "porto", "benfica", "sporting lisbon", "olympique lyon",
		"olympique marseille", "paris saint-germain", "psg", "galatasaray", "fenerbahce", "besiktas",
		"olympiakos", "panathinaikos", "dynamo kiev", "spartak moscow", "cska moscow",
		"mets", "astros", "cubs", "orioles", "padres", "brewers", "seahawks", "buccaneers", "bucs", "redskins",
		"celtics", "knicks", "raptors", "pistons", "pacers", "cavaliers", "cavs", "hornets", "wizards", "timberwolves",
		"mavericks", "mavs", "grizzlies", "nuggets", "trail blazers", "supersonics", "sonics", "clippers", "canadiens",
		"maple leafs", "bruins", "red wings", "blackhawks", "canucks", "coyotes", "mighty ducks", "thrashers",
		"dodgers", "yankees", "red sox", "phillies", "braves", "white sox", "blue jays", "devil rays", "diamondbacks",
		"49ers", "niners", "lakers", "76ers", "sixers",
	},
	"economy": {
		"exxon*", "chevron*", "conocophillips", "royal dutch", "bp", "total sa", "yukos", "gazprom",
		"rosneft", "halliburton", "citigroup", "citibank", "jpmorgan", "j.p. morgan", "goldman sachs",
		"morgan stanley", "merrill lynch", "bank of america", "wells fargo", "fannie mae", "freddie mac",
		"hsbc", "barclays", "ubs", "credit suisse", "deutsche bank", "aig", "berkshire hathaway",
		"enron", "worldcom", "tyco", "general motors", "gm", "ford motor", "chrysler", "daimlerchrysler",
		"toyota", "honda", "nissan", "volkswagen", "bmw", "renault", "fiat", "peugeot", "hyundai",
		"boeing", "airbus", "eads", "lockheed", "delta air lines", "united airlines", "american airlines",
		"us airways", "northwest airlines", "continental airlines", "british airways", "lufthansa",
		"air france", "klm", "qantas", "alitalia", "virgin atlantic", "virgin blue", "wal-mart", "walmart", "kmart", "sears", "target corp",
		"costco", "home depot", "best buy", "mcdonald*", "coca-cola", "pepsico", "nike", "disney",
		"viacom", "time warner", "news corp", "comcast", "pfizer", "merck", "glaxosmithkline", "novartis",
		"altria", "philip morris", "procter", "unilever", "nestle", "starbucks", "krispy kreme",
		"martha stewart", "greenspan", "dollar", "euro", "yen", "sterling", "stocks",
	},
}

// strongTerms are words and phrases that weigh cueWeight but name no
// company or product: the vocabulary of markets, corporate finance and
// labour, which is seldom used outside business news.
var strongTerms = map[string][]string{
	// The words of international and political news that other news
	// seldom uses: offices of state, armed forces and armed groups,
	// diplomacy's people and places.
	"politics": {
		"prime minister", "interior minister*", "defence minister*", "defense minister*", "finance minister*",
		"parliament*", "lawmaker*", "opposition leader*", "ruling party", "head of state", "coup", "junta",
		"regime", "dictator*", "president-elect", "vice president", "presidential",
	},
	"armed-conflict": {
		"troops", "soldier*", "insurgen*", "ceasefire", "cease-fire", "peacekeep*", "airstrike*", "air strike*",
		"rebel*", "militia*", "gunmen", "shelling", "warplane*", "artillery",
	},
	"terrorism": {
		"militant*", "suicide bomb*", "car bomb*", "hostage*", "kidnap*", "terroris*", "al-qaeda", "al qaeda", "qaeda", "taliban",
	},
	"diplomacy": {
		"foreign minister*", "ambassador*", "embass*", "envoy*", "peace talks", "peace process", "diplomat*",
		// a cut in relations is diplomacy
		"downgrade relations", "downgraded relations", "downgrading relations", "downgrade ties", "downgraded ties",
		"downgrading ties",
	},
	"humanitarian": {"refugee*"},
	"elections": {"referendum*", "presidential election*", "parliamentary election*", "general election*", "legislative election*", "snap election*", "seats in parliament", "largest party", "coalition talks",
		"runoff*", "run-off*", "presidential vote*", "presidential poll*", "parliamentary vote*"}, // a parliamentary result
	// A natural hazard that struck: a one-sentence flash of an
	// earthquake or a storm is a disaster story.
	"disaster": {"earthquake struck", "earthquake hit", "earthquake jolted", "earthquake rocked", "earthquake shook",
		"earthquake measuring", "quake struck", "quake hit", "quake jolted", "quake rocked", "quake measuring",
		"tsunami struck", "tsunami hit", "cyclone struck", "cyclone hit", "hurricane struck", "hurricane hit",
		"typhoon struck", "typhoon hit", "tornado struck", "tornado hit", "tornado ripped", "magnitude 5*", "magnitude 6*",
		"magnitude 7*", "magnitude 8*", "magnitude 9*"},
	"economy": {
		"wall street", "nasdaq", "dow jones", "s&p 500", "ftse", "dax", "cac 40", "nikkei", "hang seng",
		"stock market*", "stock exchange", "nyse", "shares", "shareholder*", "stockholder*", "dividend*",
		"earnings", "quarterly", "profit*", "revenue*", "net income", "per share", "analysts", "investor*",
		"ipo", "initial public offering", "takeover*", "merger*", "acquisition*", "buyout*", "hedge fund*",
		"private equity", "venture capital*", "bankrupt*", "chapter 11", "federal reserve", "central bank",
		"interest rate*", "inflation", "recession", "gdp", "unemployment", "jobless", "payroll*",
		"consumer price*", "retail sales", "trade deficit", "crude", "oil price*", "barrel*", "opec",
		"ceo", "chief executive*", "cfo", "chief financial officer", "board of directors",
		"sec", "securities and exchange commission", "antitrust", "treasury*", "bond*", "yields",
		"insurer*", "reinsur*", "underwriter*", "credit rating*", "downgrad*", "fiscal", "futures",
		"foreign direct investment", "fdi", "tax cut*", "labor union*", "labour union*", "trade union*",
		"unions", "union workers", "lockout", "locked out", "walkout", "pay cut*", "job cuts",
		"employer*", "employees", "workers", "retailer*", "wholesale*", "natural gas", "refiner*",
		// a central bank's rate decision in its own terms
		"policy rate*", "benchmark rate*", "key rate*", "repo rate*", "reverse repo", "lending rate*",
		"refinancing rate*", "discount rate*", "overnight rate*", "cash rate*", "prime rate*",
		"basis points", "basis point", "monetary policy", "rate hike*", "rate cut*",
	},
}

// weakTerms are words that weigh weakWeight: they signal the theme but
// often name something else ("president" of a company, "premier"
// league, a "bill" to pay, market "leader", a "deal" of peace, a
// "billion" of aid, a "battle" of bids, formats or lawyers). A weak term's weight replaces the weight it has as
// a lexicon word.
var weakTerms = map[string][]string{
	"sports":         {"century", "centuries", "transfer", "win", "wins", "won", "victory", "defeat*", "beat", "team*", "signing*", "final", "title", "titles", "round", "captain", "points", "upset", "serve", "gold", "silver", "bronze", "race", "match*", "game", "games", "season*", "score", "goal*", "fans", "seed", "seeds", "ace", "era", "closer", "starter", "draft", "veteran*", "injur*", "penalty", "penalties", "promoted", "keeper", "slam", "derby", "bowl", "runs", "sets", "relay", "champ", "manager", "skipper"},
	"protest":        {"rally", "rallies"},
	"armed-conflict": {"battle", "battles", "battled", "battling"},
	"economy":        {"million", "billion", "percent", "deal", "deals", "growth", "trade", "energy", "budget*", "tax*", "fund*", "bid", "stake", "debt*"},
	"politics":       {"official*", "leader*", "president", "spokesman", "spokeswoman", "bill", "law", "laws", "prime", "premier", "king", "intelligence", "gov", "rep", "un", "911"},
}

// weakWeight is the weight of weakTerms.
const weakWeight = 0.5

// techTerms are technology and science words that count like lexicon
// words (weight 1): they name the field, not a company or product.
var techTerms = []string{
	"software", "hardware", "internet", "online", "digital", "download*", "web site*", "website*", "e-mail", "email*", "broadband", "server*", "telecom*", "cyber*", "robot*", "search engine*", "web browser*", "blog*", "podcast*", "encryption", "firewall*", "laptop*", "printer*", "handset*", "smartphone*", "cellphone*", "cell phone*", "mobile phone*", "telephony", "gigabit", "megabit", "terabyte*", "gigabyte*", "megapixel*", "researchers", "laboratory", "species", "scientist*", "physicist*", "planet*", "orbit*", "lunar", "mars", "saturn", "jupiter", "evolution*", "gene*", "dna", "fossil*", "dinosaur*", "ecolog*", "biolog*", "climatolog*",
}

// capCues are case-sensitive cues: names that are common words when
// written in lower case ("apple", "giants", "sun").
var capCues = map[string][]string{
	"politics":   {"PM"},
	"technology": {"Apple", "Oracle", "Sun", "Palm", "Amazon", "Amazon.com", "Sony", "Orange", "HP", "AMD", "Intel", "IBM", "Linux"},
	"sports": {"Bills", "Stars", "Blues", "Bears", "Lions", "Eagles", "Hawks", "Suns", "Angels", "Twins",
		"Tigers", "Indians", "Reds", "Rams", "Chiefs", "Saints", "Panthers", "Jets", "Flames", "Sharks", "Ducks",
		"Avalanche", "Hurricanes", "Capitals", "Senators", "Islanders", "Predators", "Rockets", "Spurs", "Nets",
		"Cardinals", "Browns", "Titans", "Bulls", "Bucks", "Jazz", "Blazers", "Dolphins", "Falcons", "Ravens",
		"Chargers", "Raiders", "Colts", "Patriots", "Sabres", "Penguins", "Flyers", "Oilers", "Rangers", "Hearts",
		"Athletics", "Nationals", "Royals", "Mariners", "Marlins", "Rockies", "Expos", "Cowboys", "Vikings", "Texans",
		"Jaguars", "Broncos", "Packers", "Steelers", "Giants", "Heat", "Magic", "Kings", "Wild", "Lightning", "Devils",
		"Pirates", "Pats", "Gunners", "Hibs", "Leafs", "Wolves"},
	"economy": {"Shell", "Fed", "Target", "Gap", "Ford"},
}
