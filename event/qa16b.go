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

// clashNouns name a fight between two sides.
var clashNouns = wordset.New("clash", "clashes", "fighting", "battle", "battles", "firefight", "gunfight", "gunbattle",
	"skirmish", "skirmishes", "confrontation", "confrontations", "fight", "exchange", "shootout")

// clashOpponent returns the actor the victims of a passive harm verb
// fought: "were killed in a clash with Chinese troops", "died in clashes
// with security forces", "wounded in fighting against the rebels" (QA16
// E-9), or -1. The other side of a clash did the harm; a place ("in
// clashes with police in Gaza") is never that side.
func clashOpponent(toks []tok, acts []actor, actorAt []int, m *match) int {
	i := m.headEnd
	for ; i < len(toks) && i <= m.headEnd+2 && toks[i].low != "in" && toks[i].low != "during"; i++ {
	}
	if i >= len(toks) || i > m.headEnd+2 {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if actorAt[j] >= 0 || toks[j].punct {
			return -1
		}
		if !clashNouns.Has(toks[j].low) {
			continue
		}
		k := j + 1
		if k >= len(toks) || toks[k].low != "with" && toks[k].low != "against" {
			return -1
		}
		for k++; k < len(toks) && k <= j+3 && actorAt[k] < 0 && toks[k].is(wcDeterminer); k++ {
		}
		if k < len(toks) && actorAt[k] >= 0 && !acts[actorAt[k]].place {
			return actorAt[k]
		}
		return -1
	}
	return -1
}

// insideActor reports a token inside an actor's span: a negation word in
// a name, "Doctors Without Borders", "Reporters Without Borders", "No
// Labels", negates nothing (QA16 E-10). Called only for negation words.
func insideActor(acts []actor, i int) bool {
	for k := range acts {
		if acts[k].t0 <= i && i < acts[k].t1 {
			return true
		}
	}
	return false
}
