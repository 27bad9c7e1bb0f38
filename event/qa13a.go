package event

// Rules added after the thirteenth QA reading (session 8, events part
// a). They are kept in this file, apart from the older rules, so that
// parallel work on emit.go and coder.go merges cleanly.

// frontedLocative returns the token after the comma that closes a
// fronted locative phrase "In <Place>," whose place is actor a, or -1
// ("In Thailand, waves swept through Phuket, killing 5,400": Thailand is
// where, the clause subject comes after the comma; QA13 E-1). The
// preposition must open the clause at cs, so that "Police in Kenya,
// …" keeps its subject.
func frontedLocative(toks []tok, a actor, cs int) int {
	if a.t0 < 1 || a.t1 >= len(toks) || toks[a.t1].low != "," {
		return -1
	}
	p := a.t0 - 1
	if toks[p].low == "the" && p > 0 {
		p-- // "In the Philippines,"
	}
	if p != cs || !locPreps.Has(toks[p].low) {
		return -1
	}
	return a.t1 + 1
}
