package event

import "strings"

// Rules added after the eighteenth QA reading (session 10), kept apart
// from the older rules so that parallel work on coder.go and emit.go
// merges cleanly.

// joinNonMember reports whether the match is a "join"/"accede" of CAMEO
// 057 (membership of an international organisation: "Sweden joined
// NATO", "acceded to the WTO") whose targets are not all international
// or regional organisations (CAMEO IGO codes): "Sweden joined France in
// condemning the attack" is no accession (QA18 E-7).
func joinNonMember(p *Pattern, toks []tok, acts []actor, m *match, tgts []int) bool {
	if p.Code != "057" {
		return false
	}
	h := toks[m.head].low
	if !strings.HasPrefix(h, "join") && !strings.HasPrefix(h, "acced") {
		return false
	}
	if len(tgts) == 0 {
		return true
	}
	for _, t := range tgts {
		if t < 0 || t >= len(acts) || !strings.HasPrefix(acts[t].code, "IGO") {
			return true
		}
	}
	return false
}
