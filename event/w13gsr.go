package event

// Rules added from the session-13 fresh news sets (helper gsr), kept
// apart like the QA files.

// inClosedRelative reports whether tokens [t0,t1) lie inside a relative
// clause opened by ", which/who/whose" before them and closed by a comma
// before upto: "The Nigerian army, which has been fighting Boko Haram
// for years, said its troops …" — Boko Haram is inside, so "its" is not
// its. The scan stops at a sentence's other commas.
func inClosedRelative(toks []tok, t0, t1, upto int) bool {
	open := false
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		if toks[k].punct {
			return false
		}
		switch toks[k].low {
		case "which", "who", "whose", "that":
			open = toks[k-1].low == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for k := t1; k < upto && k < len(toks); k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}
