package event

// agreementContent reports a cooperation, aid or yielding match m (CAMEO
// 05–08) inside the infinitive of an agreement signed or reached by the
// previous match prev (057): "signed agreements on Friday to expand trade
// and cooperate on research" is the signing, and so is "signed an
// agreement to withdraw troops from the border"; the cooperation or the
// withdrawal is what was agreed, no act of its own (and the actors after
// it are no partners of it).
func agreementContent(toks []tok, prev, m *match) bool {
	if prev.p.Code != "057" || m.start <= prev.end {
		return false
	}
	if c := m.p.Code; len(c) < 2 || c[0] != '0' || c[1] < '5' || c[1] > '8' {
		return false
	}
	to := -1
	for i := m.start - 1; i >= prev.end && i >= m.start-6; i-- {
		if t := &toks[i]; t.low == "to" {
			to = i
			break
		} else if t.punct || t.upper {
			return false
		}
	}
	for i := to - 1; to > 0 && i >= prev.head && i >= to-3; i-- {
		switch toks[i].low {
		case "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "memorandum", "memoranda", "treaty":
			return true
		}
		if toks[i].punct {
			return false
		}
	}
	return false
}
