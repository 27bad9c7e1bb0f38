package topic

import "strings"

// publicationNoun reports a word that, right after a lexicon phrase,
// makes the phrase part of a newspaper's or magazine's name: "Wall
// Street Journal", "Financial Times"-style titles name a publication,
// not the market or field the phrase means.
func publicationNoun(w string) bool {
	switch w {
	case "journal", "times", "post", "herald", "gazette", "tribune", "magazine", "daily", "weekly", "chronicle":
		return true
	}
	return false
}

// diplomaticPost reports a place named right after "<diplomat> in"
// ("Iran's ambassador in Berlin", "the US envoy in Kabul"), at byte
// offset start of text: where a diplomat is posted,
// which says nothing about where the story happens.
func diplomaticPost(text string, start int) bool {
	// most places follow no "in": an inlined test turns them away
	return start >= 4 && text[start-2] == 'n' && text[start-3] == 'i' && diplomatAfterIn(text, start)
}

// diplomatAfterIn is diplomaticPost past its prefilter.
func diplomatAfterIn(text string, start int) bool {
	if start < 5 {
		return false
	}
	// every diplomat noun ends in r, y, l or s ("ambassador", "envoy",
	// "consul", "diplomats"): most "<word> in <Place>" stop here
	switch text[start-5] | 0x20 {
	case 'r', 'y', 'l', 's':
	default:
		return false
	}
	b := text[max(0, start-20):start]
	before, ok := strings.CutSuffix(b, " in ")
	if !ok {
		return false
	}
	for _, n := range diplomatNouns {
		if len(before) >= len(n) && strings.EqualFold(before[len(before)-len(n):], n) {
			return true
		}
	}
	return false
}

// diplomatNouns name a diplomat. A mission ("the embassy in Tehran") is
// left out: it is where embassies are stormed and besieged.
var diplomatNouns = []string{"ambassador", "ambassadors", "envoy", "envoys", "consul", "chargé d'affaires", "charge d'affaires", "diplomats"}
