package topic

// publicationNoun reports a word that, right after a lexicon phrase,
// makes the phrase part of a newspaper's or magazine's name: "Wall
// Street Journal", "Financial Times"-style titles name a publication,
// not the market or field the phrase means (QA11 TP-2).
func publicationNoun(w string) bool {
	switch w {
	case "journal", "times", "post", "herald", "gazette", "tribune", "magazine", "daily", "weekly", "chronicle":
		return true
	}
	return false
}
