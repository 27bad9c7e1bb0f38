package event

// Rules added after the seventeenth QA reading (session 9), kept apart
// from the older rules so that parallel work on coder.go and emit.go
// merges cleanly.

// accusedContent reports whether the match is the content of a charge:
// its first word follows "of" or "for" (past a negator) after a verb of
// accusing or blaming and its object, with no clause boundary between:
// "China accused Indian troops of crossing the border", "blamed the
// rebels for shelling the town". The act is the accuser's claim, so the
// event is alleged (QA17 E-2).
func accusedContent(toks []tok, m *match) bool {
	i := m.start - 1
	if i >= 0 && (toks[i].low == "not" || toks[i].low == "illegally" || toks[i].low == "deliberately") {
		i--
	}
	if i < 2 || toks[i].low != "of" && toks[i].low != "for" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &toks[k]
		if t.punct && t.low != "'s" && t.low != "-" {
			return false
		}
		switch t.low {
		case "accused", "accusing", "accuses", "accuse", "blamed", "blaming", "blames", "blame", "condemned", "condemning", "condemns",
			"denounced", "denouncing", "denounces", "criticised", "criticized", "criticising", "criticizing", "suspected", "suspects",
			"suspecting", "charged", "charging", "charges":
			return k < i-1
		}
	}
	return false
}
