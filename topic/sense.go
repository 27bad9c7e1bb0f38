package topic

import "strings"

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
	// the premiership a politician seeks or holds is a prime minister's
	// office, no league ("agreed not to seek the premiership")
	"premiership": {after: set("his", "her", "whose"), afterVia: set("seek", "seeks", "seeking", "sought", "assume", "assumed", "assumes", "relinquish", "relinquished", "renounce", "renounced"), before: set("of")},
	// a disc jockey or a shock jock is a broadcaster, no rider
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
	// public-health news
	"health": {after: set("good", "poor", "failing", "ill", "declining", "deteriorating", "frail", "fragile", "bad", "excellent", "fine", "stable", "his", "her")},
	// treated like a terrorist state, behaved like terrorists: a simile,
	// no terrorism
	"terrorist":  {afterVia: set("like")},
	"terrorists": {afterVia: set("like")},
	"storm":      {after: stormers, before: set("into", "through", "past", "parliament", "congress", "embassy", "palace", "capitol")},

	// the U.N. peacekeeping mission, its headquarters: an institution
	// named in any story (a disaster's too), no fighting
	"peacekeeping": {before: set("mission", "missions", "headquarters", "chief", "budget", "department")},

	// a legislature's or a board's vote is no election;
	// to downgrade relations is diplomacy, no credit rating
	"voted":       {after: legislatureVoters, before: decisionAfterVoted},
	"vote":        {after: motionVote},
	"downgrade":   {before: downgradeRelations},
	"downgrades":  {before: downgradeRelations},
	"downgraded":  {before: downgradeRelations},
	"downgrading": {before: downgradeRelations},

	// a landslide victory, won by a landslide: a vote's result, no
	// disaster; fighting for justice, the fight against corruption: a
	// campaign, no armed conflict
	"landslide":  {before: landslideResults, rule: ruleWonByLandslide},
	"landslides": {before: landslideResults},
	"fight":      {rule: ruleFightForCause},
	"fighting":   {rule: ruleFightForCause},
	"fights":     {rule: ruleFightForCause},
	"fought":     {rule: ruleFightForCause},
	// a military base hit, struck or used by a force is no baseball
	// base; water's runoff is no second ballot
	"bases":   {after: militaryBasesBefore, before: militaryBasesAfter},
	"runoff":  {after: waterRunoff},
	"run-off": {after: waterRunoff},
	// published data, official data, infection data: figures a
	// government or an agency releases, no computing
	"data": {after: releasedData},
}

// stormers are the crowds and forces that storm a place, and the words
// of a verb before it ("tried to storm", "would storm").
var stormers = set("to", "would", "will", "could", "might", "supporters", "protesters", "protestors", "demonstrators", "rioters", "crowds", "mob", "mobs", "troops",
	"police", "soldiers", "rebels", "fighters", "militants", "gunmen", "forces", "students", "loyalists", "activists", "commandos")

// fireAct are the words before "fire" that make it gunfire or arson;
// fireVerbs the verbs that do.
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
// police, the army or a gang, no team ("the anti-terrorism
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
	// (won by a landslide, fighting for justice; see senseRule).
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

// nonSportRounds are the nouns after "round of" that make the round one
// of politics, diplomacy or war: "a fourth round of sanctions", "a new
// round of talks", "the second round of voting". A round of
// golf, of 16 or of matches is still sport's.
var nonSportRounds = set("sanctions", "talks", "negotiations", "negotiation", "voting", "votes", "vote", "elections",
	"election", "fighting", "strikes", "airstrikes", "shelling", "violence", "clashes", "protests",
	"demonstrations", "consultations", "discussions", "diplomacy", "peace", "layoffs", "job", "cuts", "rate",
	"tariffs", "inspections", "bombing", "bombings", "attacks", "arrests", "executions", "reforms", "tests", "testing",
	"stimulus", "easing", "tightening", "hikes", "increases", "meetings", "hearings")

// roundOfNonSport reports whether the phrase ending at words[end-1]
// ("fourth round", "round") goes on with "of" and a noun of
// nonSportRounds: no sports cue then.
func roundOfNonSport(wt *wordText, words []word, end int) bool {
	if end+1 >= len(words) || wt.lower(&words[end]) != "of" {
		return false
	}
	return nonSportRounds[wt.lower(&words[end+1])]
}

// ballotWords near an ordinal round make it a round of an election:
// "received 325 votes in the second round".
var ballotWords = set("votes", "vote", "voting", "voted", "ballot", "ballots", "election", "elections", "runoff",
	"run-off", "electoral", "candidate", "candidates", "polls", "turnout", "lawmakers", "parliament", "presidential")

// electoralRound reports a ballot word within eight words either side of
// the phrase words[i:end] ("second round").
func electoralRound(wt *wordText, words []word, i, end int) bool {
	for j := max(0, i-8); j < len(words) && j < end+8; j++ {
		if (j < i || j >= end) && ballotWords[wt.lower(&words[j])] {
			return true
		}
	}
	return false
}

// legislatureVoters are the bodies whose vote is a decision of a
// legislature, a council or a board, not an election: "Lawmakers voted
// to approve the budget", "the senate voted", "parliament voted to
// downgrade relations". Elections are named by their own
// words (election, ballot, poll, candidate, turnout).
var legislatureVoters = set("lawmakers", "legislators", "parliament", "parliamentarians", "senate", "senators",
	"congress", "house", "assembly", "council", "mps", "deputies", "representatives", "committee", "board",
	"cabinet", "legislature", "duma", "knesset", "bundestag", "majlis", "shareholders", "members", "justices",
	"judges", "jury", "directors", "commission")

// decisionAfterVoted are the words after "voted" that make it a body's
// decision: "voted to approve", "voted unanimously".
var decisionAfterVoted = set("to", "unanimously")

// motionVote are the words before "vote" that make it a vote on a
// motion, no election: "a confidence vote", "the Senate vote".
var motionVote = set("confidence", "no-confidence", "senate", "congressional", "council", "committee", "procedural",
	"unanimous", "cloture", "impeachment", "budget", "parliament", "house", "board", "shareholder")

// downgradeRelations are the words after "downgrade" that make it a cut
// in diplomatic relations, no credit rating or forecast: "downgraded
// relations with Iran", "downgrade its ties". A rating or a
// forecast after "its" is economy news by its own words.
var downgradeRelations = set("relations", "ties", "diplomatic", "its", "their", "bilateral")

// The rules a sense may name (sense.rule).
const (
	ruleWonByLandslide = 1 + iota
	ruleFightForCause
)

// senseRule runs the rule r of a sense on words[i].
func senseRule(r uint8, wt *wordText, words []word, i int) bool {
	switch r {
	case ruleWonByLandslide:
		return wonByLandslide(wt, words, i)
	case ruleFightForCause:
		return fightForCause(wt, words, i)
	}
	return false
}

// landslideResults are the words after "landslide" that make it a
// vote's result, no disaster: "a landslide victory", "a landslide
// win/defeat/majority", "the landslide election".
var landslideResults = set("victory", "victories", "win", "wins", "winner", "defeat", "defeats", "loss", "majority",
	"majorities", "election", "elections", "re-election", "reelection", "mandate", "vote", "result", "triumph")

// landslideWinners are the verbs of winning before "in/by a landslide".
var landslideWinners = set("won", "win", "wins", "winning", "elected", "re-elected", "reelected", "lost", "lose",
	"loses", "losing", "defeated", "beat", "beaten", "carried", "swept", "returned")

// wonByLandslide reports "won by a landslide", "was elected in a
// landslide": the electoral sense of "landslide".
func wonByLandslide(wt *wordText, words []word, i int) bool {
	if i < 3 || wt.lower(&words[i-1]) != "a" {
		return false
	}
	if p := wt.lower(&words[i-2]); p != "by" && p != "in" {
		return false
	}
	return landslideWinners[wt.lower(&words[i-3])]
}

// causeNouns are the abstract nouns after "fight for/against" that make
// the fight a campaign: "fighting for the truth", "the fight against
// corruption", "fought for democracy". "Fighting for
// control of the town" stays a battle.
var causeNouns = set("truth", "justice", "rights", "right", "democracy", "freedom", "freedoms", "change", "equality",
	"dignity", "independence", "reform", "reforms", "transparency", "accountability", "recognition", "survival",
	"compensation", "votes", "women", "workers", "children", "fairness", "peace", "corruption", "inflation",
	"poverty", "climate", "cancer", "disease", "hunger", "discrimination", "racism", "impunity", "unemployment",
	"crime", "smoking", "obesity", "fraud", "graft", "pollution", "malaria", "aids", "covid", "covid-19", "poaching")

// fightForCause reports a fight "for" or "against" an abstract cause,
// after at most one article or possessive.
func fightForCause(wt *wordText, words []word, i int) bool {
	j := i + 1
	if j >= len(words) {
		return false
	}
	if p := wt.lower(&words[j]); p != "for" && p != "against" {
		return false
	}
	j++
	if j < len(words) {
		switch wt.lower(&words[j]) {
		case "the", "a", "their", "his", "her", "our", "its", "my", "your", "more", "greater", "social", "political", "human", "civil", "equal":
			j++
		}
	}
	return j < len(words) && causeNouns[wt.lower(&words[j])]
}

// militaryBasesBefore are the words before "bases" that make them the
// bases of an army, a rebel group or a foreign power: "hit bases",
// "military bases", "its bases", "militant bases". A
// baseball story loads, steals or runs the bases.
var militaryBasesBefore = set("hit", "hits", "struck", "strike", "strikes", "attack", "attacked", "attacks", "targeted",
	"targeting", "bombed", "bombing", "shelled", "shelling", "raided", "overran", "overrun", "seized", "captured",
	"destroyed", "military", "air", "naval", "navy", "army", "rebel", "militant", "insurgent", "terrorist",
	"enemy", "foreign", "american", "russian", "israeli", "iranian", "u.s.", "us", "nato", "its", "their",
	"training", "supply", "logistics", "operating", "forward", "missile", "drone", "rocket", "troop",
	"guerrilla", "jihadist", "militia", "submarine", "airforce", "strategic")

// militaryBasesAfter are the words after "bases" that make them places
// of a force: "bases of the group", "bases inside Pakistan".
var militaryBasesAfter = set("of", "inside", "near", "along", "across", "belonging", "housing", "used", "abroad",
	"overseas", "operated")

// waterRunoff are the words before "runoff" that make it water running
// off land, no second ballot.
var waterRunoff = set("agricultural", "storm", "stormwater", "surface", "fertilizer", "fertiliser", "farm", "urban",
	"rain", "rainwater", "snowmelt", "water", "nutrient", "polluted", "toxic", "chemical", "sewage", "spring")

// fiscalWords near "third/fourth quarter" make it a quarter of a
// company's or an economy's year, no period of a game: "output rose 12%
// in the third quarter", "revenue fell in the fourth quarter".
var fiscalWords = set("output", "revenue", "revenues", "profit", "profits", "loss", "losses", "sales", "growth",
	"gdp", "economy", "economic", "earnings", "income", "inflation", "exports", "imports", "production",
	"percent", "per", "cent", "year-on-year", "quarter-on-quarter", "annualised", "annualized", "forecast",
	"fiscal", "financial", "prices", "unemployment", "deficit", "surplus", "shares", "investment", "demand",
	"spending", "consumption", "margin", "margins", "turnover", "orders", "shipments", "deliveries", "sold",
	"contracted", "expanded", "shrank", "grew", "recession", "billion", "million", "tonnes", "barrels")

// fiscalQuarter reports whether the phrase words[i:end] ("third
// quarter") is a fiscal quarter: a fiscal word or a percentage within
// eight words either side, or "of" and a year or "the year" after it
// ("in the third quarter of 2023"). A game's quarter has none of these.
func fiscalQuarter(wt *wordText, words []word, i, end int) bool {
	if end+1 < len(words) && wt.lower(&words[end]) == "of" {
		if w := wt.lower(&words[end+1]); w == "the" || w == "this" || w == "last" || w == "fiscal" || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && w[3] >= '0' && w[3] <= '9' {
			return true
		}
	}
	for j := max(0, i-8); j < len(words) && j < end+8; j++ {
		if j >= i && j < end {
			continue
		}
		w := wt.lower(&words[j])
		if fiscalWords[w] || strings.HasSuffix(w, "%") {
			return true
		}
	}
	return false
}

// releasedData are the words before "data" that make it figures an
// authority or a survey releases: "has not published data", "official
// data", "infection data". Data of computing has other
// neighbours ("data center", "user data", "data breach").
var releasedData = set("published", "publish", "publishes", "publishing", "released", "release", "releases",
	"releasing", "official", "government", "economic", "census", "trade", "statistical", "statistics", "survey",
	"poll", "polling", "health", "infection", "infections", "vaccination", "casualty", "mortality", "death",
	"testing", "case", "hospital", "weather", "climate", "inflation", "employment", "jobs", "gdp", "customs",
	"price", "sales", "provisional", "preliminary", "latest")
