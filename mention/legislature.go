package mention

// bareLegislature reports whether w names a country's legislature
// alone, with no article: "Congress" (the United States, the
// Philippines, Peru, Colombia, Brazil) and "Parliament" (Westminster
// systems) are written so ("Congress passed the bill", "Parliament
// voted"), while "the Senate" and "the Assembly" take the article (see
// classify).
func bareLegislature(w string) bool {
	return w == "Congress" || w == "Parliament"
}
