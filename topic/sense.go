package topic

// senses are the words whose lexicon sense the word before or after
// them can rule out: a hurricane season is no sports season, a key
// player in a market no sports player, a storm that churns closer to
// the coast no baseball closer, and to wage war is no wage.
var senses = map[string]sense{
	"season":  {after: notSportSeason},
	"seasons": {after: notSportSeason},
	"player":  {after: notSportPlayer},
	"players": {after: notSportPlayer},
	"closer":  {before: set("to", "than")},
	// a disc jockey or a shock jock is a broadcaster, no rider (QA18 TP-1)
	"jockey":  {after: set("disc", "radio", "video", "desk", "shock")},
	"jockeys": {after: set("disc", "radio", "video", "desk", "shock")},
	"arsenal": {after: set("nuclear", "military", "weapons", "chemical", "missile", "atomic", "high-tech", "growing", "vast", "huge", "entire", "conventional", "ballistic", "legal", "its")},
	"wage":    {before: set("war", "wars", "battle", "battles", "campaign", "campaigns", "jihad")},
	"waged":   {before: set("war", "wars", "battle", "battles", "campaign", "campaigns", "jihad")},
	"stock":   {before: set("up")},
	// a death squad, a bomb squad; a public defender; serious injuries;
	// wrestling with a problem; office space; the penal code
	"squad":     {after: notSportSquad},
	"squads":    {after: notSportSquad},
	"defender":  {after: set("public", "rights")},
	"defenders": {after: set("public", "rights")},
	"injuries":  {after: notSportInjury},
	"injury":    {after: notSportInjury},
	"wrestling": {before: set("with")},
	"wrestled":  {before: set("with")},
	"space":     {after: set("office", "parking", "retail", "storage", "open", "green", "public", "living", "floor", "breathing", "commercial", "personal", "shelf", "ad", "advertising", "disk", "exhibition", "political", "safe")},
	"code":      {after: set("penal", "building", "zip", "area", "dress", "criminal", "tax", "fire", "health", "civil", "legal", "ethics", "honor", "morse", "postal", "traffic", "municipal", "labor", "labour", "family", "electoral")},
	// swept away, swept through a town: a flood's or a fire's, no
	// series sweep
	"swept": {before: set("away", "through", "into", "across", "aside", "over", "along", "up", "down", "off", "out", "from", "by")},
	"sweep": {before: set("away", "through", "into", "across", "aside", "over", "along", "up", "down", "off", "out", "from", "by")},
	// bird flu, bird influenza: a disease, not a bird
	"bird":  {before: set("flu", "influenza")},
	"birds": {before: set("flu", "influenza")},
	// nuclear fusion, a fusion reactor: physics, not nuclear policy
	"nuclear":  {before: set("fusion")},
	"reactor":  {after: set("fusion")},
	"reactors": {after: set("fusion")},
	// a carrier rocket, a rocket plane, a rocket launch: spaceflight,
	// not a weapon
	"rocket":  {after: spaceRocket, before: spaceRocketNext},
	"rockets": {after: spaceRocket, before: spaceRocketNext},
	// the Salvation Army: a charity, not an army
	"army": {after: set("salvation")},
	// state aid: a government's subsidy to its industry, not relief
	"aid": {after: set("state")},
	// the business climate, the political climate: a mood, no weather
	"climate": {after: set("business", "investment", "economic", "political", "investor", "uncertain", "regulatory",
		"social", "financial", "market", "trading", "lending", "credit", "fiscal", "current", "security", "corporate")},
	// to pay a price, to pay the heavy price: to suffer for
	// something, no price of goods
	"price": {afterVia: payPrice},
	// to demonstrate that, how, its worth: to show, not to protest
	"demonstrate":   {before: notProtestDemonstrate},
	"demonstrates":  {before: notProtestDemonstrate},
	"demonstrated":  {before: notProtestDemonstrate},
	"demonstrating": {before: notProtestDemonstrate},
	// Christian Lindner, the Christian Democrats, the Christian Social
	// Union: a given name or a party's, no faith
	"christian": {beforeName: true},
	// Chief Executive Carrie Lam: a head of government's title before
	// her name (the phrase "chief executive" is ruled out in Score)
	"executive": {beforeName: true},
	// a state of emergency is declared for gangs, protests and coups as
	// for floods: alone it is no disaster (a hazard word still counts)
	"emergency": {afterVia: set("state", "states")},
	// the Galaxy Leader (a ship), the LA Galaxy (a team): a capitalised
	// name, no galaxy of astronomy ("Samsung Galaxy" counts by its maker)
	"galaxy": {beforeName: true, after: set("la")},
	// said on Twitter, wrote on Facebook, in a post on Telegram: the
	// platform is the channel of a statement, not technology news
	"facebook":  {afterVia: statementVia},
	"twitter":   {afterVia: statementVia},
	"instagram": {afterVia: statementVia},
	"telegram":  {afterVia: statementVia},
	"whatsapp":  {afterVia: statementVia},
	"tiktok":    {afterVia: statementVia},
	"youtube":   {afterVia: statementVia},
	"weibo":     {afterVia: statementVia},
	// opened fire, set fire to, set the building on fire, under fire,
	// exchanged heavy fire, setting fires: gunfire or arson by people,
	// no disaster ("caught fire", "a fire broke out" still count)
	"fire":  {after: fireAct, afterVia: fireVerbs},
	"fires": {afterVia: fireVerbs},
	// supporters storm the parliament, police storm into a building: a
	// crowd's or a force's assault, no weather ("stormed" is no theme word)
	// ("the" after it may open the next sentence: "… blamed on the storm. The storm …")
	// in good health, his failing health: one person's condition, no
	// public-health news (QA12 TP-3)
	"health": {after: set("good", "poor", "failing", "ill", "declining", "deteriorating", "frail", "fragile", "bad", "excellent", "fine", "stable", "his", "her")},
	// treated like a terrorist state, behaved like terrorists: a simile,
	// no terrorism (QA13 TP-3)
	"terrorist":  {afterVia: set("like")},
	"terrorists": {afterVia: set("like")},
	"storm":      {after: stormers, before: set("into", "through", "past", "parliament", "congress", "embassy", "palace", "capitol")},

	// the U.N. peacekeeping mission, its headquarters: an institution
	// named in any story (a disaster's too), no fighting (QA15 TP-4)
	"peacekeeping": {before: set("mission", "missions", "headquarters", "chief", "budget", "department")},

	// a legislature's or a board's vote is no election (QA16 TP-1);
	// to downgrade relations is diplomacy, no credit rating (QA16 TP-2)
	"voted":       {after: legislatureVoters, before: decisionAfterVoted},
	"vote":        {after: motionVote},
	"downgrade":   {before: downgradeRelations},
	"downgrades":  {before: downgradeRelations},
	"downgraded":  {before: downgradeRelations},
	"downgrading": {before: downgradeRelations},

	// a landslide victory, won by a landslide: a vote's result, no
	// disaster; fighting for justice, the fight against corruption: a
	// campaign, no armed conflict (QA19 TP-1, TP-2)
	"landslide":  {before: landslideResults, rule: ruleWonByLandslide},
	"landslides": {before: landslideResults},
	"fight":      {rule: ruleFightForCause},
	"fighting":   {rule: ruleFightForCause},
	"fights":     {rule: ruleFightForCause},
	"fought":     {rule: ruleFightForCause},
	// a military base hit, struck or used by a force is no baseball
	// base; water's runoff is no second ballot (QA20 TP-2, TP-3)
	"bases":   {after: militaryBasesBefore, before: militaryBasesAfter},
	"runoff":  {after: waterRunoff},
	"run-off": {after: waterRunoff},
	// published data, official data, infection data: figures a
	// government or an agency releases, no computing (QA21 TP-2)
	"data": {after: releasedData},
}

// stormers are the crowds and forces that storm a place, and the words
// of a verb before it ("tried to storm", "would storm").
var stormers = set("to", "would", "will", "could", "might", "supporters", "protesters", "protestors", "demonstrators", "rioters", "crowds", "mob", "mobs", "troops",
	"police", "soldiers", "rebels", "fighters", "militants", "gunmen", "forces", "students", "loyalists", "activists", "commandos")

// fireAct are the words before "fire" that make it gunfire or arson;
// fireVerbs the verbs that do (QA12 TP-1).
var (
	fireAct   = set("on", "under", "cross", "live", "sniper", "gun", "machine-gun", "artillery", "mortar", "tank", "friendly", "hostile", "enemy", "return")
	fireVerbs = set("open", "opens", "opened", "opening", "set", "sets", "setting", "returned", "returning", "exchanged",
		"exchanging", "trade", "traded", "trading", "lit", "lighting", "hold", "held", "holding", "ceased")
)

// spaceRocket are words before "rocket" that make it a launch vehicle;
// spaceRocketNext words after it.
var (
	spaceRocket = set("space", "carrier", "manned", "unmanned", "private", "privately", "heavy-lift", "booster",
		"launch", "multistage", "two-stage", "three-stage", "ariane", "soyuz", "proton", "atlas", "delta", "titan",
		"saturn", "falcon", "model", "sounding", "suborbital", "orbital")
	spaceRocketNext = set("plane", "planes", "ship", "ships", "launch", "launches", "launched", "engine", "engines",
		"scientist", "scientists", "science", "stage", "stages", "carrying", "lifted", "blasted", "blasts",
		"designer", "designers", "builder", "builders", "company", "maker", "motor", "motors", "belt")
)

// notSportSquad are words before "squad" that make it a unit of the
// police, the army or a gang, no team (QA13 TP-1: "the anti-terrorism
// squad", "a bomb squad", "a firing squad", "a hit squad").
var notSportSquad = set("death", "bomb", "firing", "hit", "police", "swat", "vice", "drug", "riot", "suicide", "assassination", "murder",
	"anti-terrorism", "anti-terrorist", "counter-terrorism", "counterterrorism", "anti-terror", "counter-terror", "terrorism", "terror",
	"anti-narcotics", "narcotics", "anti-drug", "anti-riot", "anti-gang", "gang", "homicide", "robbery", "crime", "fraud", "tactical",
	"commando", "assault", "sniper", "special", "security", "intelligence", "rescue", "demining", "mine-clearing", "vigilante",
	"execution", "kill", "flying", "hazmat", "anti-corruption", "raiding")

// notSportInjury are words before "injury" that make it an accident's
// or an attack's.
var notSportInjury = set("minor", "serious", "critical", "life-threatening", "non-life-threatening", "severe",
	"fatal", "multiple", "internal", "burn", "bodily", "head", "spinal", "brain", "personal", "workplace")

// notProtestDemonstrate are words after "demonstrate" that make it "show".
var notProtestDemonstrate = set("that", "how", "what", "why", "its", "his", "her", "their", "our", "your", "my",
	"the", "a", "an", "this", "these", "those", "it", "to", "them", "him", "strong", "great", "clear", "real",
	"some", "no", "such", "ability", "again", "once", "both", "remarkable", "significant")

// A sense lists the words that, next to a word, give it a sense the
// lexicon does not mean.
type sense struct {
	after  map[string]bool // words before it
	before map[string]bool // words after it
	// afterVia holds the verbs that rule the word out before it,
	// directly or across up to two words of afterFiller ("pay a
	// price", "paid the heavy price").
	afterVia map[string]bool
	// beforeName: the word capitalised and a capitalised word right
	// after it make it part of a name or a title before a name
	beforeName bool
	// rule, when not 0, is one more test of the words around the word
	// (QA19: won by a landslide, fighting for justice; see senseRule).
	// A number, not a func value: a func value would move wt to the heap.
	rule uint8
}

// afterFiller are the words a sense's afterVia verb may be separated
// from the word by: an article, an adjective of degree, or the "on" of
// a channel ("wrote on Facebook"), or the "of" of "state of emergency".
var afterFiller = set("a", "an", "the", "heavy", "high", "steep", "terrible", "big", "hefty", "political", "on", "of")

// statementVia are the verbs and nouns of a statement that make a
// following "on <platform>" its channel.
var statementVia = set("said", "says", "say", "wrote", "writes", "write", "posted", "posts", "post", "tweeted",
	"announced", "announces", "statement", "message", "video", "speech", "address", "declared", "added",
	"warned", "vowed", "claimed", "insisted", "denied", "appealed", "called", "urged", "thanked", "congratulated")

// payPrice are the forms of "pay" that make a following "price" a
// figure of speech.
var payPrice = set("pay", "pays", "paid", "paying")

// notSportSeason are words before "season" that make it a season of
// weather, nature, trade or politics.
var notSportSeason = set("hurricane", "storm", "typhoon", "cyclone", "tornado", "monsoon", "rainy", "wet", "dry",
	"fire", "wildfire", "bushfire", "flu", "allergy", "holiday", "holidays", "shopping", "christmas", "festive",
	"tourist", "tourism", "travel", "vacation", "election", "campaign", "campaigning", "primary", "earnings",
	"reporting", "filing", "tax", "budget", "breeding", "mating", "nesting", "planting", "harvest", "growing",
	"spawning", "migration", "fishing", "hunting", "ramadan", "pilgrimage", "hajj", "lean", "fighting")

// notSportPlayer are words before "player" that make it a player in a
// market, an industry or politics.
var notSportPlayer = set("key", "major", "big", "bigger", "biggest", "global", "minor", "bit", "dominant",
	"leading", "main", "important", "regional", "market", "industry", "political", "powerful", "significant",
	"strategic", "niche", "dvd", "cd", "mp3", "media", "music", "video", "record", "piano", "guitar")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// rulesOut reports whether the word before or after words[i] rules out
// the lexicon sense of words[i], the word of sn.
func (sn *sense) rulesOut(wt *wordText, words []word, i int) bool {
	if sn.after != nil && i > 0 && sn.after[trimPossessive(wt.lower(&words[i-1]))] {
		return true
	}
	// the verb, directly before the word or across up to two fillers
	for j := i - 1; sn.afterVia != nil && j >= 0 && j >= i-3; j-- {
		w := wt.lower(&words[j])
		if sn.afterVia[w] {
			return true
		}
		if !afterFiller[w] {
			break
		}
	}
	if sn.beforeName && i+1 < len(words) && words[i+1].start-words[i].end == 1 && wt.text[words[i].end] == ' ' {
		if c, d := wt.text[words[i].start], wt.text[words[i+1].start]; c >= 'A' && c <= 'Z' && d >= 'A' && d <= 'Z' {
			return true
		}
	}
	if sn.rule != 0 && senseRule(sn.rule, wt, words, i) {
		return true
	}
	return sn.before != nil && i+1 < len(words) && sn.before[wt.lower(&words[i+1])]
}
