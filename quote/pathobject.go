package quote

// pathPreps open a path or a stretch of place, never a report: a cue
// with one right after it is a verb of sound or motion ("explosions
// echoed across the capital", "the chant rang through the square").
var pathPreps = setOf(`across through throughout around along`)

// prepositionalObject reports whether the words [k,cb) after the cue at
// j open with a preposition that makes the cue no report: a path
// ("echoed across the capital for a fourth night") or, after "asked",
// the thing asked for ("The prison service had asked for the change"),
// a request with no content. A "that", a colon or a quotation mark
// later in the clause still reports.
func (f *finder) prepositionalObject(j, k, cb int) bool {
	if k >= cb || f.t[k].kind != tWord {
		return false
	}
	switch w := f.t[k].w; {
	case pathPreps.Has(w):
	case w == "for" && (f.t[j].w == "asked" || f.t[j].w == "asks" || f.t[j].w == "ask"):
	default:
		return false
	}
	for x := k + 1; x < cb; x++ {
		if t := &f.t[x]; t.w == "that" || t.w == ":" || t.kind == tOpen {
			return false
		}
	}
	return true
}
