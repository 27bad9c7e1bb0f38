package topic

import "strings"

// Rules added after the twenty-first and twenty-second QA readings
// (session 11).

// fiscalWords near "third/fourth quarter" make it a quarter of a
// company's or an economy's year, no period of a game: "output rose 12%
// in the third quarter", "revenue fell in the fourth quarter" (QA21
// TP-1).
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
// data", "infection data" (QA21 TP-2). Data of computing has other
// neighbours ("data center", "user data", "data breach").
var releasedData = set("published", "publish", "publishes", "publishing", "released", "release", "releases",
	"releasing", "official", "government", "economic", "census", "trade", "statistical", "statistics", "survey",
	"poll", "polling", "health", "infection", "infections", "vaccination", "casualty", "mortality", "death",
	"testing", "case", "hospital", "weather", "climate", "inflation", "employment", "jobs", "gdp", "customs",
	"price", "sales", "provisional", "preliminary", "latest")

// forcesPresent reports an armed-conflict lexicon word that says forces
// are there, not that they fight: "siege" ("we are under military
// siege"), "air force", "security forces" (QA22 TP-1). Like the posture
// words (see postureWord) they count for armed conflict beside a word
// of fighting, and alone only in a story that is not about civic life.
func forcesPresent(w string) bool {
	switch w {
	case "siege", "air force", "security forces":
		return true
	}
	return false
}

// civicForces reports whether a story's words of armed forces with no
// word of fighting (p, the posture weight) are outweighed by its
// politics, elections and protest words, one and a half times or more:
// "soldiers and police surrounded the home of the opposition leader, a
// day after the presidential election", "military reservists said they
// would stop volunteering for duty over the judicial overhaul" (QA22
// TP-1). Soldiers posted to a political standoff fight no war; the
// story is the politics.
func civicForces(sc *Scores, p float64) bool {
	return sc.Themes[thPolitics]+sc.Themes[thElections]+sc.Themes[thProtest] >= 1.5*p
}

// thProtest is the index of the protest theme.
var thProtest = themeIndex("protest")
