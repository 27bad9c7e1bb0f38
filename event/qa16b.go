package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

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

// protestNouns name a mass movement that can be the subject of a
// coercive verb: "Mass protests forced Bouteflika from office".
var protestNouns = wordset.New("protests", "demonstrations", "uprising", "uprisings", "riots", "unrest", "revolt",
	"revolts", "revolution", "strikes", "marches", "rallies")

// protestSubject reports a coercion whose subject is a mass movement
// that no actor names, right before the trigger at the start of its
// clause ("Mass protests forced Bouteflika from office", "…, who ruled
// for two decades before mass protests forced him from office"): the
// protesters, unnamed, did it (QA16 E-13). Up to three modifiers
// ("mass", "weeks of") may precede the noun after the clause's opening
// (the sentence's start, a punctuation mark or a subordinating word).
// Only coercion (17) qualifies: the crowd is its agent.
func protestSubject(toks []tok, actorAt []int, m *match) bool {
	k := m.start - 1
	if k < 0 || !strings.HasPrefix(m.p.Code, "17") || !protestNouns.Has(toks[k].low) {
		return false
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if toks[i].punct || clauseOpeners.Has(toks[i].low) {
			return true
		}
		if actorAt[i] >= 0 || toks[i].upper && i > 0 || toks[i].is(wcReportVerb) {
			return false
		}
	}
	return k <= 3
}

// clauseOpeners open the clause whose subject a protestSubject noun is.
var clauseOpeners = wordset.New("before", "after", "when", "until", "till", "as", "since", "and", "but", "once",
	"because", "while", "where", "that")

// protestPronounTarget returns, for a protestSubject coercion whose
// object is "him" or "her" right after the trigger, the person named
// last before the mass-movement noun ("Bouteflika, who ruled … before
// mass protests forced him from office": Bouteflika), or -1.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func protestPronounTarget(toks []tok, acts []actor, m *match) int {
	if m.head+1 >= len(toks) || toks[m.head+1].low != "him" && toks[m.head+1].low != "her" {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		if acts[ai].t1 <= m.start && acts[ai].person {
			return ai
		}
	}
	return -1
}

// forcedConcession adds, for each coercion "forced X to resign" or
// "forced X from office" coded from first on, the leader's own
// concession: X → CONCEDE 0831, triggered by the resignation verb or the
// "from office" phrase (QA16 E-13). A concession already coded for the
// same trigger is not repeated.
func forcedConcession(d *doc.Doc, first int, toks []tok) {
	n := len(d.Events)
	for k := first; k < n; k++ {
		e := &d.Events[k]
		if e.Cameo != "170" || e.Target == "" || !strings.HasPrefix(strings.ToLower(e.Trigger), "forc") {
			continue
		}
		h := tokStarting(toks, e.TriggerSpan.Start)
		if h < 0 {
			continue
		}
		at, end := -1, -1
		for i := h + 1; i < len(toks) && i <= h+9 && at < 0; i++ {
			switch w := toks[i].low; {
			case isHardStop(toks[i]) || w == ",":
				i = len(toks)
			case w == "to" && i+1 < len(toks) && (toks[i+1].low == "resign" || toks[i+1].low == "step" || toks[i+1].low == "quit"):
				at, end = i+1, i+2
				if toks[i+1].low == "step" && end < len(toks) && toks[end].low == "down" {
					end++
				}
			case (w == "from" || w == "of") && i+1 < len(toks) && (toks[i+1].low == "office" || toks[i+1].low == "power"):
				at, end = i, i+2
			}
		}
		if at < 0 || conceded(d.Events[first:], toks[at].start) {
			continue
		}
		cc, _ := cameo.Lookup("0831")
		p := *e
		p.Cameo, p.Plover, p.Mode, p.Goldstein, p.QuadClass = "0831", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("0831")
		p.Source, p.SourceName, p.SourceCountry, p.SourceSector, p.SourceCode = e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode
		p.Target, p.TargetName, p.TargetCountry, p.TargetSector, p.TargetCode = "", "", "", "", ""
		p.Reciprocal = false
		p.Trigger = d.Text[toks[at].start:toks[end-1].end]
		p.TriggerSpan = doc.Span{Start: toks[at].start, End: toks[end-1].end}
		d.Events = append(d.Events, p)
	}
}

// conceded reports a concession event among evs triggered at byte start.
func conceded(evs []doc.Event, start int) bool {
	for k := range evs {
		if evs[k].Cameo == "0831" && evs[k].TriggerSpan.Start == start {
			return true
		}
	}
	return false
}

// governed reports a deny word at i that is "ruled"/"rules" in the sense
// of governing, not of ruling something out: "Bouteflika, who ruled
// Algeria for two decades before protests forced him from office"
// negates nothing (QA16 E-13). Governing "ruled" goes on with a
// capitalised name, "over", "for", "since", "until" or "the
// country/nation/kingdom"; "ruled out", "ruled that" and "ruled the ban
// illegal" stay as before.
func governed(toks []tok, i int) bool {
	if w := toks[i].low; w != "ruled" && w != "rules" || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.upper && !n.punct || ruledOver.Has(n.low) {
		return true
	}
	return n.low == "the" && i+2 < len(toks) && ruledLands.Has(toks[i+2].low)
}

var (
	ruledOver  = wordset.New("over", "for", "since", "until", "from")
	ruledLands = wordset.New("country", "nation", "kingdom", "state", "island", "region", "empire", "emirate", "territory", "province")
)

// tokStarting returns the index of the token of toks that starts at
// start (an event's trigger), or -1.
func tokStarting(toks []tok, start int) int {
	for i := range toks {
		if toks[i].start == start {
			return i
		}
	}
	return -1
}
