package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
)

// Code refinements after matching: concessions, praise calls,
// handovers, consented deployments and recognition switches that change
// or add a CAMEO code.

// callPraise completes the purpose of a phone call coded in this
// sentence (events from first on): "Biden called Sheinbaum to
// congratulate her" is a call (041 both ways) and a praise (051) of the
// called party by the caller, whose pronoun object is that party. A 051
// already coded for the infinitive gets the called party as
// its target when it has none; otherwise one is added. Only the
// sentence's own events are read: no per-token work.
func callPraise(d *doc.Doc, first int, toks []tok) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k] // (no copy: most events are no call)
		if e.Cameo != "041" || e.Target == "" || e.Source == "" || !strings.HasPrefix(strings.ToLower(e.Trigger), "call") &&
			!strings.HasPrefix(strings.ToLower(e.Trigger), "telephon") && !strings.HasPrefix(strings.ToLower(e.Trigger), "phon") {
			continue
		}
		// the first event of the call is the caller's; the token after
		// the trigger opens the object
		h := tokStarting(toks, e.TriggerSpan.Start)
		if h < 0 {
			return
		}
		for i := h + 1; i+1 < len(toks) && i <= h+8; i++ {
			if isHardStop(&toks[i]) || toks[i].low == "," {
				return
			}
			if toks[i].low != "to" || !praiseVerb(toks[i+1].low) {
				continue
			}
			v := toks[i+1]
			for j := first; j < len(d.Events); j++ {
				if f := &d.Events[j]; f.TriggerSpan.Start == v.start && f.Cameo == "051" {
					if f.Target == "" && f.Source == e.Source {
						f.Target, f.TargetName, f.TargetCountry, f.TargetSector, f.TargetCode = e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode
					}
					return
				}
			}
			cc, _ := cameo.Lookup("051")
			p := *e
			p.Cameo, p.Plover, p.Mode, p.Goldstein, p.QuadClass = "051", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("051")
			p.Reciprocal = false
			p.Trigger = d.Text[v.start:v.end]
			p.TriggerSpan = doc.Span{Start: v.start, End: v.end}
			d.Events = append(d.Events, p)
			return
		}
		return
	}
}

// praiseVerb reports the infinitives of a call's purpose that praise the
// called party.
func praiseVerb(w string) bool {
	switch w {
	case "congratulate", "thank", "commend", "praise":
		return true
	}
	return false
}

// forcedConcession adds, for each coercion "forced X to resign" or
// "forced X from office" coded from first on, the leader's own
// concession: X → CONCEDE 0831, triggered by the resignation verb or the
// "from office" phrase. A concession already coded for the
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
			case isHardStop(&toks[i]) || w == ",":
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

// portfolioHandover drops from the sentence's events (evs[first:]) a
// seizure (171) of a ministry or portfolio "taken over" by a person who
// is no armed actor: "Tajani took over the foreign ministry on
// Saturday" is a handover of office, no occupation. Soldiers,
// rebels or protesters taking over a ministry ("troops took over the
// defence ministry") seize it and keep their 171.
func portfolioHandover(text string, evs []doc.Event, first int, acts []actor) []doc.Event {
	k := first
	for k < len(evs) && evs[k].Cameo != "171" {
		k++
	}
	if k == len(evs) {
		return evs // no seizure: nothing to drop, nothing copied
	}
	n := k
	for i := k; i < len(evs); i++ {
		if e := &evs[i]; e.Cameo == "171" && ministryTakeover(text, e) && personSource(acts, e) {
			continue
		}
		evs[n] = evs[i]
		n++
	}
	return evs[:n]
}

// ministryTakeover reports a 171 triggered by "ministry" or "portfolio"
// with "over" among the five words before it ("took over the economy
// ministry").
func ministryTakeover(text string, e *doc.Event) bool {
	switch strings.ToLower(e.Trigger) {
	case "ministry", "ministries", "portfolio":
	default:
		return false
	}
	lo := e.TriggerSpan.Start - 40
	if lo < 0 {
		lo = 0
	}
	if e.TriggerSpan.Start > len(text) || lo >= e.TriggerSpan.Start {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[lo:e.TriggerSpan.Start]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		if ws[k] == "over" {
			return true
		}
	}
	return false
}

// personSource reports whether e's source is a person among acts with no
// armed sector.
func personSource(acts []actor, e *doc.Event) bool {
	switch e.SourceSector {
	case "MIL", "REB", "INS", "COP", "SPY":
		return false
	}
	for i := range acts {
		if a := &acts[i]; a.person && (a.id == e.Source || a.name == e.SourceName) {
			return true
		}
	}
	return false
}

// consentedDeployment turns the threat of force (138) that a coming
// deployment (154) codes as into a promise of military protection
// (0334) when the subject agreed, offered or promised to send the
// troops: "Rwanda agreed to send 1,000 soldiers to Mozambique" is help
// the host accepted, not a threat against it. A threatened
// or announced deployment ("will send troops to the border") stays 138.
func consentedDeployment(toks []tok, m *match, act, code string) string {
	if code != "138" || act != "154" {
		return code
	}
	for i := m.start - 1; i >= 1 && i >= m.start-4; i-- {
		if toks[i].low != "to" {
			if toks[i].punct {
				return code
			}
			continue
		}
		switch toks[i-1].low {
		case "agreed", "agree", "agrees", "agreeing", "offered", "offer", "offers", "offering",
			"promised", "promise", "promises", "pledged", "pledge", "pledges", "volunteered":
			return "0334"
		}
		return code
	}
	return code
}

// recognitionBreak adds, for a switch of recognition coded as 054 on
// "to" ("voted to switch diplomatic recognition from Taipei to
// Beijing"), the break with the partner after "from": the same source
// severs relations (161) with it. A capital after "from"
// stands for its state. The 054 match spans the "from" phrase, so no
// pattern of its own can code the break.
func (c *Coder) recognitionBreak(d *doc.Doc, first int, toks []tok, acts []actor) {
	for i := first; i < len(d.Events); i++ {
		e := &d.Events[i]
		if e.Cameo != "054" || e.Trigger != "to" {
			continue
		}
		h := -1
		for k := range toks {
			if toks[k].start == e.TriggerSpan.Start {
				h = k
				break
			}
		}
		from := -1
		for k := h - 1; k >= 1 && k >= h-6; k-- {
			if toks[k].low == "from" {
				from = k
				break
			}
		}
		if from < 0 {
			continue
		}
		var old *actor
		for ai := range acts {
			if a := &acts[ai]; a.t0 == from+1 || a.t0 == from+2 && toks[from+1].low == "the" {
				old = a
				break
			}
		}
		if old == nil {
			continue
		}
		id, name, country := old.id, old.name, old.country
		if old.place && old.country != "" && c.kb != nil {
			if ka, ok := c.kb.Actor(old.country); ok {
				id, name = ka.ID, ka.Name
			}
		}
		if id == e.Source || id == e.Target {
			continue
		}
		cc, _ := cameo.Lookup("161")
		b := *e
		b.Cameo, b.Plover, b.Mode, b.Goldstein, b.QuadClass = "161", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("161")
		b.Target, b.TargetName, b.TargetCountry, b.TargetSector, b.TargetCode = id, name, country, "", country
		b.Place = "" // (the new partner's capital is no place of the break)
		d.Events = append(d.Events, b)
		return // (one switch per sentence)
	}
}

// sharedRelationsTarget gives a reduction of relations (CAMEO 16) that
// names no target the target of the next act of the same source joined
// to it by "and" alone: "Saudi Arabia cut ties and imposed an embargo on
// Qatar" cuts ties with Qatar (one event, not a targetless 160 beside
// the embargo).
func sharedRelationsTarget(d *doc.Doc, first int) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k]
		if e.Target != "" || e.SourceCode == "" || !strings.HasPrefix(e.Cameo, "16") {
			continue
		}
		for j := first; j < len(d.Events); j++ {
			f := &d.Events[j]
			if j == k || f.Target == "" || f.SourceCode != e.SourceCode || f.TriggerSpan.Start <= e.TriggerSpan.End || f.Sentence != e.Sentence {
				continue
			}
			gap := d.Text[e.TriggerSpan.End:f.TriggerSpan.Start]
			if len(gap) > 40 || !strings.Contains(gap, " and ") || strings.ContainsAny(gap, ",;.:") {
				continue
			}
			e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = f.Target, f.TargetName, f.TargetCountry, f.TargetSector, f.TargetCode
			break
		}
	}
}

// sharedAidTarget gives aid or a promise of aid (07, 033) that names no
// recipient the state its source acted on just before, when the aid's
// verb is coordinated to that act by "and": "Germany apologised to
// Namibia for the genocide of the Herero and Nama peoples and pledged
// 1.1 billion euros in development aid" pledges it to Namibia.
func sharedAidTarget(d *doc.Doc, first int) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k]
		if e.Target != "" || e.SourceCode == "" || !strings.HasPrefix(e.Cameo, "07") && !strings.HasPrefix(e.Cameo, "033") {
			continue
		}
		j := latestActBefore(d, k, first, len(d.Events), func(f *doc.Event) bool {
			return f.Target != "" && f.TargetCountry != "" && f.TargetCountry != e.SourceCountry && f.SourceCode == e.SourceCode
		})
		if j < 0 || !joinedByAnd(d.Text, &d.Events[j], e, 60, ";:") {
			continue
		}
		f := &d.Events[j]
		e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = f.Target, f.TargetName, f.TargetCountry, f.TargetSector, f.TargetCountry
	}
}

// sharedAppealTarget gives an appeal (02) that names no addressee the
// one its source just met or spoke with, when the appeal's verb is
// coordinated to that meeting by "and": "Macron spoke by telephone with
// Pashinyan and urged an end to hostilities" urges Pashinyan, "Blinken
// met Netanyahu in Jerusalem and called for a pause" calls on Netanyahu.
func sharedAppealTarget(d *doc.Doc, first int) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k]
		if e.Target != "" || e.Source == "" || !strings.HasPrefix(e.Cameo, "02") {
			continue
		}
		j := latestActBefore(d, k, first, k, func(f *doc.Event) bool {
			return f.Target != "" && f.Source == e.Source && strings.HasPrefix(f.Cameo, "04") && f.Target != e.Source
		})
		// the appeal's verb must follow "and" closely: "and urged", "and also called on"
		if j < 0 || !joinedByAnd(d.Text, &d.Events[j], e, 20, ",;:") {
			continue
		}
		f := &d.Events[j]
		e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = f.Target, f.TargetName, f.TargetCountry, f.TargetSector, f.TargetCode
	}
}

// latestActBefore returns the index among d.Events[from:to] of the event
// other than k, in k's sentence and with its trigger ending before k's
// begins, that fits and whose trigger ends last; -1 when none does.
func latestActBefore(d *doc.Doc, k, from, to int, fits func(*doc.Event) bool) int {
	e, best := &d.Events[k], -1
	for j := from; j < to; j++ {
		f := &d.Events[j]
		if j == k || f.Sentence != e.Sentence || f.TriggerSpan.End > e.TriggerSpan.Start || !fits(f) {
			continue
		}
		if best < 0 || f.TriggerSpan.End > d.Events[best].TriggerSpan.End {
			best = j
		}
	}
	return best
}

// joinedByAnd reports whether e's trigger is coordinated to f's by an
// "and" between them: the text between the triggers is at most 120
// bytes, has no comma, semicolon or colon before its last "and", at most
// tail bytes from that "and" on, and none of stops there.
func joinedByAnd(text string, f, e *doc.Event, tail int, stops string) bool {
	gap := text[f.TriggerSpan.End:e.TriggerSpan.Start]
	and := strings.LastIndex(gap, " and ")
	return and >= 0 && len(gap) <= 120 && !strings.ContainsAny(gap[:and], ",;:") && len(gap)-and <= tail && !strings.ContainsAny(gap[and:], stops)
}

// recallTarget gives an envoy recalled (161) with no state named the
// state whose act the sentence reported before it: "Indonesia executed
// eight convicts, including two Australians, and Australia recalled its
// ambassador in protest" recalls it from Indonesia, "Russia expelled two
// British diplomats, and Britain recalled its ambassador" from Russia.
// The earlier act's source must be a state or its government
// of another country than the recaller.
func recallTarget(d *doc.Doc, first int) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k]
		if e.Cameo != "161" || e.Target != "" || e.SourceCountry == "" {
			continue
		}
		switch strings.ToLower(e.Trigger) {
		case "ambassador", "ambassadors", "envoy", "envoys", "diplomats":
		default:
			continue
		}
		for j := first; j < k; j++ {
			f := &d.Events[j]
			if f.Sentence != e.Sentence || f.TriggerSpan.Start >= e.TriggerSpan.Start || f.SourceCountry == "" || f.SourceCountry == e.SourceCountry ||
				f.SourceCode != f.SourceCountry && f.SourceCode != f.SourceCountry+"GOV" {
				continue
			}
			e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = f.Source, f.SourceName, f.SourceCountry, f.SourceSector, f.SourceCode
			break
		}
	}
}
