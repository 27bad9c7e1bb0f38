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

// possessedGroup returns the index in acts of the named organisation
// (a KB group: "group.al-shabaab") that owns the armed agent noun
// starting at t0 through "its" or "their" ("Al-Shabaab said its
// fighters had attacked …", "the Taliban said their fighters …"): the
// nearest named actor before the pronoun, when it is such a group; -1
// otherwise (a country owner is left to the country rule). QA18 E-2.
func possessedGroup(toks []tok, acts []actor, t0 int, code string) int {
	if t0 == 0 || toks[t0-1].low != "its" && toks[t0-1].low != "their" || !armedSector(code) {
		return -1
	}
	for k := len(acts) - 1; k >= 0; k-- {
		b := &acts[k]
		if b.t1 > t0-1 || b.generic || b.place {
			continue
		}
		if strings.HasPrefix(b.id, "group.") {
			return k
		}
		return -1
	}
	return -1
}
