package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// violenceNouns name an act of force a reaction can point back to with
// a definite noun phrase ("Iran condemned the strikes").
var violenceNouns = wordset.Of("strike strikes airstrike airstrikes air-strikes attack attacks bombing bombings raid raids " +
	"shelling assault assaults invasion incursion killing killings arrest arrests detention executions offensive operation")

// reactionTargets gives a target to the untargeted disapprovals and
// rejections (roots 11, 12) among d.Events[first:] whose object is a
// definite act of force ("Iran condemned the strikes", "denounced the
// attack") named by a coded violent event of an earlier sentence: the
// authors of that act (each source of its latest such event, within
// three sentences) are the target ("The United States and Britain
// struck … Iran condemned the strikes": Iran → USA, Iran → GBR).
func reactionTargets(d *doc.Doc, first int) {
	n := len(d.Events)
	for i := first; i < n; i++ {
		e := &d.Events[i]
		if e.Target != "" || e.Source == "" || e.Negated {
			continue
		}
		if r := cameo.Root(e.Cameo); r != "11" && r != "12" {
			continue
		}
		if !definiteForceAfter(d.Text, e.TriggerSpan.End) {
			continue
		}
		authors := priorForce(d, first, e.Sentence)
		k := 0
		for _, a := range authors {
			if interception(d.Text, &a) && a.Target != "" && a.Target != e.Source && (a.TargetCode == "" || a.TargetCode != e.SourceCode) {
				// "Jordan shot down Iranian drones. Guterres condemned the
				// attack": the attack is the drones', Iran's; the
				// interceptor only defended (Iran condemning it is still
				// condemning Jordan)
				a.Source, a.SourceName, a.SourceSector, a.SourceCountry, a.SourceCode = a.Target, a.TargetName, a.TargetSector, a.TargetCountry, a.TargetCode
			}
			if a.Source == e.Source || a.SourceCode != "" && a.SourceCode == e.SourceCode {
				continue // "Israel condemned the attacks" after Israel struck: its own act is no target
			}
			t := e
			if k > 0 {
				d.Events = append(d.Events, *e)
				t = &d.Events[len(d.Events)-1]
				e = &d.Events[i] // the append may move the slice
			}
			t.Target, t.TargetName, t.TargetSector, t.TargetCountry, t.TargetCode = a.Source, a.SourceName, a.SourceSector, a.SourceCountry, a.SourceCode
			k++
		}
	}
}

// projectiles are the weapons whose shooting down or interception
// stops someone else's attack.
var projectiles = wordset.Of("drone drones missile missiles rocket rockets projectile projectiles")

// interception reports whether e (force, root 19) is the shooting down
// or interception of projectiles ("shot down Iranian drones",
// "intercepted rockets"): its trigger is the projectile and "down" or
// "intercept…" stands in the few words before it.
func interception(text string, e *doc.Event) bool {
	s, end := e.TriggerSpan.Start, e.TriggerSpan.End
	if cameo.Root(e.Cameo) != "19" || s < 0 || end > len(text) || s >= end || !projectiles.Has(strings.ToLower(text[s:end])) {
		return false
	}
	before := text[max(0, s-40):s]
	return strings.Contains(before, "down") || strings.Contains(before, "intercept")
}

// definiteForceAfter reports "the|these|those|this|that [adjective] NOUN"
// right after byte offset at, NOUN an act of force.
func definiteForceAfter(text string, at int) bool {
	if at < 0 || at >= len(text) {
		return false
	}
	rest := text[at:]
	if len(rest) > 60 {
		rest = rest[:60]
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "these", "those", "this", "that", "last", "latest":
	default:
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		w = strings.ToLower(strings.TrimRight(w, ".,;:!?\"'”’"))
		if violenceNouns.Has(w) {
			return true
		}
		if strings.HasSuffix(w, ",") || w == "of" || w == "on" || w == "against" || w == "by" || w == "in" {
			return false // "the attack on X", "the strikes by Y": the phrase names its own parties
		}
	}
	return false
}

// priorForce returns the events of the latest earlier sentence (at most
// three back, and before the events from first on) coding violence or
// coercion (roots 17–20), sharing that sentence's first such trigger.
func priorForce(d *doc.Doc, first, sent int) []doc.Event {
	for i := first - 1; i >= 0; i-- {
		e := &d.Events[i]
		if e.Sentence >= sent || e.Sentence < sent-3 {
			if e.Sentence < sent-3 {
				return nil
			}
			continue
		}
		if r := cameo.Root(e.Cameo); r < "17" || r > "20" || e.Negated || e.Hypothetical || e.Source == "" {
			continue
		}
		var out []doc.Event
		for j := i; j >= 0 && d.Events[j].Sentence == e.Sentence; j-- {
			if f := d.Events[j]; f.TriggerSpan == e.TriggerSpan && f.Source != "" && !f.Negated && !hasSource(out, f.Source) {
				out = append(out, f)
			}
		}
		// in text order
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
		return out
	}
	return nil
}

// hasSource reports an event of source src among evs.
func hasSource(evs []doc.Event, src string) bool {
	for i := range evs {
		if evs[i].Source == src { // (read in place: an event is large)
			return true
		}
	}
	return false
}
