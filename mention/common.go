package mention

// commonWords are frequent English nouns, adjectives and verbs that are
// capitalised in titles and names of things ("Best New Artist", "Special
// Events", "Wake Up") but seldom form a person's name. A run of
// capitalised words with one of them is not guessed to be a person
// without a cue. Words written lower case elsewhere in the article count
// the same way (proc.seenLower).
var commonWords = []string{
	"about", "above", "access", "act", "action", "active", "address", "advanced", "affairs",
	"age", "air", "alive", "all", "alone", "always", "american", "angel", "animal", "annual",
	"answer", "apple", "area", "arms", "art", "arts", "auto", "award", "away", "baby", "back",
	"bad", "ball", "band", "bar", "base", "basic", "battle", "beach", "bear", "beat", "beautiful",
	"bed", "best", "better", "big", "bird", "black", "blood", "blue", "board", "body", "bold",
	"bone", "book", "born", "boy", "boys", "brand", "bread", "break", "bright", "broken",
	"brother", "brothers", "building", "burning", "business", "call", "camp", "capital", "car",
	"care", "case", "cash", "cat", "cats", "central", "century", "chain", "chair", "champion",
	"change", "chart", "check", "child", "children", "choice", "circle", "city", "civil",
	"class", "classic", "clean", "clear", "climate", "close", "cloud", "club", "coast", "code",
	"cold", "college", "color", "colour", "come", "comedy", "common", "community", "company",
	"complete", "computer", "control", "cool", "core", "corner", "country", "court", "cover",
	"crazy", "cream", "creek", "crime", "cross", "crown", "cruise", "cry", "culture", "cup",
	"dance", "dark", "data", "daughter", "day", "days", "dead", "deal", "dear", "death", "deep",
	"defense", "defence", "design", "development", "digital", "direct", "dirty", "dog", "dogs",
	"door", "double", "down", "dragon", "dream", "dreams", "drive", "drug", "dust", "early",
	"earth", "east", "easy", "economic", "edge", "edition", "education", "effect", "electric",
	"empire", "end", "energy", "engine", "english", "entertainment", "environment", "equal",
	"event", "events", "every", "evil", "executive", "express", "eye", "eyes", "face", "fact",
	"faith", "fall", "false", "family", "famous", "fan", "fans", "fast", "father", "fear",
	"feature", "federal", "feel", "fellow", "field", "fight", "fighter", "fighting", "final",
	"financial", "fine", "fire", "first", "fish", "fly", "flying", "food", "football", "foreign",
	"forever", "form", "fortune", "free", "freedom", "fresh", "friend", "friends", "front",
	"full", "fun", "future", "game", "games", "garden", "general", "gentle", "giant", "girl",
	"girls", "give", "glass", "global", "god", "gold", "golden", "good", "grand", "great",
	"green", "ground", "growth", "guide", "gun", "half", "hall", "hand", "happy", "hard",
	"head", "health", "heart", "heat", "heaven", "heavy", "hell", "help", "heritage", "hero",
	"high", "history", "hit", "hold", "holy", "home", "honor", "honour", "hope", "horse", "hot",
	"hour", "house", "housing", "human", "ice", "idea", "image", "independent", "industrial", "industry", "infrastructure",
	"information", "inner", "inside", "international", "iron", "island", "joint", "joy", "judge",
	"junior", "just", "key", "kid", "kids", "kill", "killer", "killing", "kind", "king", "kiss",
	"land", "language", "last", "late", "law", "lead", "league", "learning", "left", "legal",
	"legend", "letter", "liberty", "life", "light", "lights", "like", "line", "lion", "little",
	"live", "living", "local", "lock", "lone", "long", "lord", "lost", "love", "low", "lucky",
	"machine", "mad", "magic", "main", "major", "make", "man", "management", "map", "market",
	"master", "media", "medical", "memory", "men", "metal", "metro", "middle", "mighty",
	"military", "million", "mind", "minor", "miss", "mission", "mix", "modern", "money",
	"monster", "moon", "morning", "mother", "motor", "mountain", "move", "movement", "murder",
	"museum", "music", "mystery", "name", "nation", "national", "native", "natural", "nature",
	"naval", "network", "never", "new", "news", "next", "nice", "night", "noble", "normal",
	"north", "nothing", "number", "ocean", "office", "official", "old", "one", "only", "open",
	"order", "original", "outside", "over", "pacific", "pain", "paper", "paradise", "park",
	"part", "party", "pass", "past", "patrol", "peace", "people", "perfect", "personal", "phone",
	"picture", "piece", "pilot", "pink", "place", "plan", "planning", "planet", "plant", "play", "player",
	"players", "pocket", "point", "police", "policy", "political", "pop", "popular", "power",
	"premier", "press", "pretty", "price", "pride", "prime", "private", "pro", "program",
	"project", "public", "pure", "queen", "quest", "quick", "race", "radio", "rain", "rainbow",
	"rapid", "raw", "ray", "real", "reality", "record", "records", "red", "regional", "remote",
	"research", "reserve", "rest", "return", "revolution", "rich", "ride", "right", "rights",
	"ring", "rise", "river", "road", "rock", "rocket", "rose", "round", "royal", "rule", "run",
	"running", "safe", "safety", "sale", "salt", "school", "science", "sea", "season", "second",
	"secret", "security", "senior", "sense", "service", "set", "seven", "shadow", "share",
	"shop", "short", "show", "side", "sign", "silent", "silver", "simple", "single", "sister",
	"sky", "small", "smart", "snow", "social", "soft", "solar", "solid", "son", "song", "songs",
	"soul", "sound", "south", "space", "special", "speed", "spirit", "sport", "sports", "spring",
	"square", "star", "stars", "start", "state", "station", "steel", "step", "stone", "stop",
	"storm", "story", "street", "strong", "student", "studio", "style", "summer", "sun",
	"super", "support", "supreme", "sweet", "system", "table", "talk", "team", "tech",
	"technology", "television", "ten", "theatre", "theater", "thing", "things", "third",
	"three", "thunder", "time", "times", "today", "top", "total", "touch", "tour", "tower",
	"town", "track", "tracks", "trade", "train", "training", "transport", "travel", "tree",
	"trial", "tribe", "true", "trust", "truth", "turn", "two", "ultimate", "under", "union",
	"unit", "united", "universal", "up", "urban", "valley", "victory", "view", "village",
	"vision", "voice", "wake", "walk", "wall", "war", "warrior", "watch", "water", "wave",
	"way", "weather", "week", "welcome", "welfare", "west", "wheel", "white", "wild", "wind", "wing",
	"winter", "wire", "woman", "women", "wonder", "wood", "word", "words", "work", "world",
	"year", "years", "yellow", "young", "youth", "zone", "seconds", "minutes", "hours", "thirty",
	"twenty", "forty", "fifty", "hundred", "thousand", "players",
	"places", "registered", "historic", "historical", "estate", "app", "apps", "store", "stores",
	"online", "web", "mobile", "internet", "software", "factory", "flight", "airport", "delivery",
	"operating", "officer", "chief", "aircraft", "airplanes", "center", "centre",
	// a politician's leaning opening a sentence ("Leftist Andres Manuel
	// Lopez Obrador won")
	"leftist", "rightist", "centrist", "populist", "hardline", "hard-line", "left-wing", "right-wing",
	"far-left", "far-right", "ultranationalist",
	// sectors, goods and hardships opening a news sentence ("Aid arrived in
	// Lautoka", "Relief flights resumed", "Mining firm X")
	"aid", "relief", "rescue", "mining", "farming", "fishing", "tourism", "oil", "gas", "fuel",
	"violence", "flooding", "floods", "drought", "hunger", "poverty", "unemployment", "inflation",
	"exports", "imports", "prices", "shares", "troops", "electricity", "shipping", "construction",
	"banking", "insurance", "agriculture", "livestock", "forestry", "fisheries", "cement", "cocoa",
	// groups of people a report opens a sentence with ("Miners died", "Climbers died")
	"miners", "climbers", "protesters", "rescuers", "villagers", "herders", "farmers", "traders",
	"fishermen", "gunmen", "officers", "voters", "students", "teachers", "nurses", "doctors",
	"passengers", "pilgrims", "refugees", "migrants", "militants", "rebels", "insurgents", "hikers",
	"divers", "smugglers", "looters", "rioters", "demonstrators", "mourners", "worshippers",
	"shoppers", "drivers", "pupils", "policemen", "firefighters",
	// and the members, agents and professions of public life ("Lawmakers
	// voted", "Mediators arrived", "Investigators found")
	"lawmakers", "legislators", "senators", "deputies", "parliamentarians", "councillors",
	"congressmen", "delegates", "diplomats", "envoys", "negotiators", "mediators", "monitors",
	"observers", "inspectors", "investigators", "prosecutors", "judges", "peacekeepers",
	"activists", "journalists", "reporters", "citizens", "survivors", "opponents", "supporters",
	"donors", "lenders", "creditors", "investors", "bankers", "economists", "scientists",
	"researchers",
	// adjectives an office names before its field ("Minister Responsible
	// for Housing")
	"responsible", "accountable",
}

// countryEpithets are the adjectives a story opens a sentence with
// before a country's name ("Neighbouring Kazakhstan", "Landlocked
// Armenia"): written capitalised there, they are no word of a name.
var countryEpithets = map[string]bool{
	"neighbouring": true, "neighboring": true, "landlocked": true, "mountainous": true,
	"impoverished": true, "tiny": true, "neutral": true,
}
