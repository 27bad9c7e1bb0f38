package topic

import "github.com/sitrep-project/sitrep/doc"

// Classes of the AG News benchmark.
const (
	ClassWorld    = "World"
	ClassSports   = "Sports"
	ClassBusiness = "Business"
	ClassSciTech  = "Sci/Tech"
)

// classes in the order of ClassScores.
var classes = [...]string{ClassWorld, ClassSports, ClassBusiness, ClassSciTech}

// Home is the country whose news is not World news: the AG News
// benchmark is a US news collection.
const Home = "USA"

// Classify maps an article's topic evidence to one of the four AG News
// classes; see ClassScores.
func (s *Stage) Classify(d *doc.Doc) string {
	return Best(s.ClassScores(d))
}

// ClassScores returns the evidence for each AG News class, in the order
// World, Sports, Business, Sci/Tech: the themes that signal each class
// (international and political themes for World, the economy for
// Business, technology, science and health for Sci/Tech, sport for
// Sports), match results for Sports, and for World the signals of
// countries other than Home and a foreign dateline. A story that names
// no place abroad needs some World evidence (classWeights.minHome): a
// word or two of crime, disaster or politics at home count as none.
func (s *Stage) ClassScores(d *doc.Doc) [4]float64 {
	return agWeights.classScores(s.Score(d))
}

// classWeights are the hand-set weights that turn Scores into class
// evidence.
type classWeights struct {
	// themes says how much each theme counts for each class.
	themes [4]map[string]float64
	// foreign is what one signal of a country other than the home
	// country counts for World.
	foreign float64
	// foreignFree is the country signal that counts only foreignFirst
	// per unit: one passing mention of a country is weak evidence (a
	// company's market, an athlete's nationality), but with no other
	// evidence at all it still says where the story happens.
	foreignFree, foreignFirst float64
	// dateline is what a foreign dateline counts for World, and a home
	// dateline against it.
	dateline float64
	// agency is what the credit of a foreign national news agency
	// ("(AFP)", "Canadian Press - ") counts for World in a story
	// without a dateline.
	agency float64
	// result is what one match result ("3-1") counts for Sports, up to
	// maxResults of them.
	result     float64
	maxResults int
	// whereDiscount is the other-class evidence that halves the weight
	// of country signals for World.
	whereDiscount float64
	// worldScale scales World's evidence against the other classes'.
	worldScale float64
	// techBusinessShare is the share of economy evidence that counts
	// for Sci/Tech in a story about a technology company.
	techBusinessShare float64
	// minHome is the least World evidence a story that names no
	// place abroad (no foreign country, region, dateline or agency)
	// needs: less is a word or two of crime, disaster or politics at
	// home ("a judge cleared the way", "the storm"), which is no
	// evidence of world news, and counts as none.
	minHome float64
}

// agWeights are the weights Classify uses.
//
// Disasters (storms, crashes, fires) and crime are reported in every
// section (a hurricane's cost to insurers, a quake's science): alone they
// are weak evidence of world news.
var agWeights = classWeights{
	themes: [4]map[string]float64{
		{"diplomacy": 1, "armed-conflict": 1.5, "nuclear": 2, "terrorism": 2, "sanctions": 1.5, "elections": 1,
			"protest": 0.7, "humanitarian": 1.5, "politics": 1, "religion": 1, "disaster": 0.5, "crime-justice": 0.5},
		{"sports": 1},
		{"economy": 1},
		{"technology": 1, "health": 0.6, "climate-environment": 0.6},
	},
	foreign:           0.9,
	foreignFree:       1,
	foreignFirst:      0.1,
	dateline:          1.5,
	agency:            1.5,
	result:            1.5,
	maxResults:        3,
	whereDiscount:     4,
	worldScale:        0.55,
	techBusinessShare: 0.25,
	minHome:           2,
}

// classScores weighs the evidence sc for each class.
func (cw *classWeights) classScores(sc *Scores) [4]float64 {
	var out [4]float64
	for ci, ws := range cw.themes {
		for i, th := range themes {
			out[ci] += ws[th.label] * sc.Themes[i]
		}
	}
	// Countries say where a story happens, not what it is about: with
	// evidence that the story is sport, business or technology (national
	// teams, markets, companies abroad), they count for less.
	// One passing mention of a country is weak evidence (a company's
	// market, an athlete's nationality): up to foreignFree it counts
	// only foreignFirst, enough to decide an item with no other
	// evidence.
	foreign := 0.0
	for c, w := range sc.Countries {
		if c != Home {
			foreign += w
		}
	}
	foreign += sc.Abroad
	abroad := foreign > 0 || sc.Dateline != "" && sc.Dateline != Home || sc.Agency != "" && sc.Agency != Home
	foreign = cw.foreign*max(0, foreign-cw.foreignFree) + cw.foreignFirst*min(foreign, cw.foreignFree)
	switch sc.Dateline {
	case "":
		if sc.Agency != "" && sc.Agency != Home {
			foreign += cw.agency
		}
	case Home:
		foreign -= cw.dateline
	default:
		foreign += cw.dateline
	}
	out[1] += cw.result * float64(min(sc.Scores, cw.maxResults))
	other := max(out[1], out[2], out[3])
	out[0] += foreign / (1 + other/cw.whereDiscount)
	if !abroad && out[0] < cw.minHome {
		out[0] = min(out[0], 0)
	}
	// World's evidence is broad (any politics, any country, any
	// crime or disaster); the other classes' is specific. World must
	// outweigh them clearly to win.
	out[0] *= cw.worldScale
	// Business news of a technology company (results, deals, prices)
	// is technology news: its economy words count for Sci/Tech too when
	// technology names outweigh the business names.
	if tc, ec := sc.Cues[thTech], sc.Cues[thEconomy]; tc > 0 && tc >= ec {
		out[3] += cw.techBusinessShare * sc.Themes[thEconomy]
	}
	return out
}

// Best returns the class with the highest of the scores ClassScores
// returns; a tie goes to the class first in the order World, Sports,
// Business, Sci/Tech. With no evidence at all it returns Business: on
// AG News an item that names no place, person, team or technology is
// most often a business brief (measured on the development set: 22 of 58
// such items Business, 17 Sports, 12 Sci/Tech, 7 World). An item that
// names only a foreign country is World (see classWeights.foreignFirst).
func Best(sc [4]float64) string {
	bi := 0
	for i := range sc {
		if sc[i] > sc[bi] {
			bi = i
		}
	}
	if sc[bi] == 0 {
		return ClassBusiness
	}
	return classes[bi]
}
