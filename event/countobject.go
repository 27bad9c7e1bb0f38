package event

import "slices"

// countObjectReferent returns, for a coordinated verb of force,
// coercion or release whose object is a bare count or "them" ("fired
// tear gas at protesters and arrested dozens", "shelled the rebels'
// positions and killed 14", "released 222 opposition figures and
// deported them"), the actor the first clause acted on: the count names
// some of them, the pronoun all. It
// returns -1 when the verb does not follow "and", the count is a
// partitive or names its own people ("dozens of students", "dozens
// more"), or the clause before names no one but the source and places.
// The caller asks only for a match with no target.
func countObjectReferent(toks []tok, acts []actor, m *match, srcs []int) int {
	e := m.end
	if m.start < 3 || e >= len(toks) || toks[m.start-1].low != "and" {
		return -1
	}
	if toks[e].low == "at" && e+2 < len(toks) && (toks[e+1].low == "least" || toks[e+1].low == "most") {
		e += 2 // "and arrested at least 20"
	}
	if toks[e].low == "them" {
		return clauseObjectBefore(acts, m.start-1, srcs)
	}
	if !countWord(&toks[e]) || toks[e].low == "at" || toks[e].low == "more" {
		return -1
	}
	if e+1 < len(toks) {
		switch n := toks[e+1].low; {
		case n == "of" || n == "more" || n == "others" || n == "people" || n == "percent" || n == "per":
			return -1
		case !toks[e+1].punct && !toks[e+1].is(wcPreposition) && n != "on" && n != "in" && n != "and":
			return -1 // "arrested 20 students": the count's own noun names them
		}
	}
	return clauseObjectBefore(acts, m.start-1, srcs)
}

// clauseObjectBefore returns the last actor that ends before the token
// and, when it is no source, place, demonym or owner; else -1.
func clauseObjectBefore(acts []actor, and int, srcs []int) int {
	for i := len(acts) - 1; i >= 0; i-- {
		a := &acts[i]
		if a.t1 > and {
			continue
		}
		if slices.Contains(srcs, i) {
			return -1 // the source itself is the actor named last: no object before
		}
		if a.place || a.demonym || a.poss {
			continue
		}
		return i
	}
	return -1
}
