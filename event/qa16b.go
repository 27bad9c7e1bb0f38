package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// Rules added after the sixteenth QA reading (session 9, findings
// E-7..E-13), kept apart from the older rules so that parallel work on
// coder.go and emit.go merges cleanly.

// memberNouns head a phrase "<N> <noun> of <actor>" whose members are
// the actor's people: "three staff of the World Food Programme", "two
// members of the Red Cross", "employees of the ministry".
var memberNouns = wordset.New("staff", "staffer", "staffers", "member", "members", "employee", "employees", "worker",
	"workers", "personnel", "official", "officials", "officer", "officers", "soldier", "soldiers", "volunteer",
	"volunteers", "delegate", "delegates", "representative", "representatives", "fighter", "fighters", "crew",
	"contractor", "contractors", "supporter", "supporters", "leader", "leaders", "doctors", "nurses",
	"journalists", "reporters", "peacekeepers", "troops", "guards", "agents", "diplomats")

// memberOf reports an actor starting at token t0 that is the object of
// "of" after a member noun or a count word: "three staff of the World
// Food Programme", "dozens of Red Cross volunteers" (QA16 E-8). The
// phrase names the actor's people, so it can be the subject of a clause
// reported by a speaker before it ("The UN said three staff of the WFP
// were killed").
func memberOf(toks []tok, t0 int) bool {
	k := t0 - 1
	if k >= 0 && toks[k].is(wcDeterminer) {
		k--
	}
	if k < 1 || toks[k].low != "of" {
		return false
	}
	return memberNouns.Has(toks[k-1].low) || countWord(toks[k-1])
}
