package quote

// appealVerb reports whether token c is a verb of appeal with its
// particle, "called for/on", "appealed for/to": after ", and <Subject>"
// inside a report it opens another speaker's act ("Germany said it was
// concerned, and the European Union called for an investigation"), as
// a cue does (QA22 Q-1).
func (f *finder) appealVerb(c, e int) bool {
	if c+1 >= e || f.t[c].kind != tWord {
		return false
	}
	switch f.t[c].w {
	case "called", "calls":
		return f.isWord(c+1, "for") || f.isWord(c+1, "on")
	case "appealed", "appeals":
		return f.isWord(c+1, "for") || f.isWord(c+1, "to")
	}
	return false
}
