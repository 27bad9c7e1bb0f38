package event

// apposedCoordinate returns the subject of a trigger at token start
// when the person actor ai closes, with a comma right before the
// trigger, an apposition coordinated with an actor before it: "Santos
// and the leader of the FARC rebel group, Rodrigo Londono, signed",
// "Santos and Londono, better known as Timochenko, signed" are Santos
// and Londono, not Londono alone. The actor before "and" (and a list it
// closes) and ai are returned; nil when the words do not have that
// shape (a possessive, another comma or a stop between them).
func apposedCoordinate(toks []tok, acts []actor, actorAt []int, ai, start int) []int {
	a := &acts[ai]
	if !a.person || a.t1 >= len(toks) || a.t1+1 != start || toks[a.t1].low != "," {
		return nil
	}
	open := -1
	for j := a.t0 - 1; j >= 1 && j >= a.t0-8; j-- {
		if isHardStop(toks[j]) {
			return nil
		}
		if toks[j].low == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return nil
	}
	for q := open - 1; q >= 1 && q >= open-10; q-- {
		t := &toks[q]
		if isHardStop(*t) || t.low == "," || t.low == "'s" || t.low == "or" {
			return nil
		}
		if t.low != "and" {
			continue
		}
		y := actorAt[q-1]
		if y < 0 || y == ai || acts[y].place || acts[y].demonym || acts[y].id == a.id {
			return nil
		}
		list := conj(toks, acts, actorAt, y)
		out := make([]int, 0, len(list)+1)
		for _, k := range list {
			// not "the FARC" of "the leader of the FARC rebel group":
			// the apposed name is that description
			if acts[k].id != a.id && acts[k].t1 <= q {
				out = append(out, k)
			}
		}
		return append(out, ai)
	}
	return nil
}
