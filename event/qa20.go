package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// quotePronounActor puts the quotes stage's speaker over a "he"/"she"
// that the quotes layer resolved as a quote's speaker ('"We cannot
// take ownership of the result," she said'), replacing what the coder's
// own look-back put there (QA20 E-1). The quotes stage resolves such a
// pronoun by gender and by the quote's neighbours; the coder's
// look-back takes the last person subject, which may be a man, or
// nobody when the sentence that named the speaker had no event. One
// resolver then serves both layers: the statement event's source is the
// quote's speaker. Only a pronoun speaker with a name counts; a
// speaker the quotes stage left unresolved changes nothing.
func (c *Coder) quotePronounActor(d *doc.Doc, sent doc.Span, toks []tok, words *wordSet, acts []actor, day kb.Date) []actor {
	if words != nil && !words.hasHash(heHash) && !words.hasHash(sheHash) {
		return acts // (no "he" or "she" in the sentence: the quotes are not read)
	}
	qs := d.QuotesNear(sent.Start, sent.End)
	for i := range qs {
		sp := &qs[i].Speaker
		if sp.Kind != "pronoun" || sp.Name == "" || sp.Span.Start < sent.Start || sp.Span.End > sent.End {
			continue
		}
		k0, k1 := tokRange(toks, sp.Span)
		if k0 < 0 || k1 != k0+1 || (toks[k0].low != "he" && toks[k0].low != "she") {
			continue
		}
		at := -1
		for j := range acts {
			if acts[j].t0 <= k0 && k0 < acts[j].t1 {
				at = j
				break
			}
		}
		if at >= 0 && sameSpeakerActor(&acts[at], sp) {
			continue // the coder's look-back found the same person: keep its actor
		}
		a, ok := c.speakerActor(d, sp, day)
		if !ok {
			continue
		}
		a.t0, a.t1 = k0, k1
		if at >= 0 {
			acts[at] = a
		} else {
			acts = insertPersonAt(acts, a, k0, false)
		}
	}
	return acts
}

var heHash, sheHash = filterHash("he"), filterHash("she") // the pronouns quotePronounActor looks for

// sameSpeakerActor reports whether actor a is the speaker sp: the same
// KB entity, else names ending in the same word.
func sameSpeakerActor(a *actor, sp *doc.Speaker) bool {
	if sp.Entity != "" {
		return a.id == sp.Entity
	}
	t := nameTail(sp.Name)
	return t != "" && (t == nameTail(a.name) || t == nameTail(a.id))
}

// speakerActor returns the person actor of a quote's speaker: its
// mention's KB entity, country and title when the speaker has a
// person's mention, else its KB person. ok is false for a speaker that
// is no person the mentions or the KB know: a "he" is never an
// organisation.
func (c *Coder) speakerActor(d *doc.Doc, sp *doc.Speaker, day kb.Date) (a actor, ok bool) {
	a = actor{id: sp.Name, name: sp.Name, person: true}
	m := &doc.Mention{KBID: sp.Entity}
	if sp.Mention >= 0 && sp.Mention < len(d.Mentions) && d.Mentions[sp.Mention].Type == doc.TypePerson {
		m = &d.Mentions[sp.Mention]
		a.id = m.Text // as mentionActors names an actor the KB does not know
		if m.Entity >= 0 && m.Entity < len(d.Entities) {
			a.name, a.country = d.Entities[m.Entity].Name, d.Entities[m.Entity].Country
		}
		if m.Role >= 0 && m.Role < len(d.RoleClaims) {
			rc := &d.RoleClaims[m.Role]
			if a.country == "" {
				a.country = rc.Country
			}
			if rc.Office != "" {
				a.sector = sectorOfOffice(rc.Office)
			}
		}
	} else if !c.kbPerson(sp.Entity) {
		return a, false
	}
	if m.KBID != "" {
		a.id = m.KBID
		c.resolveKB(&a, m, day)
	}
	if m.Title != "" && a.sector == "" {
		if ag, ok := c.dict.Agents[strings.ToLower(m.Title)]; ok {
			a.sector = ag.Code // "Interior Minister X": the title's sector, as mentionActors gives it
		}
	}
	return a, true
}

// kbPerson reports whether id is a person of the KB.
func (c *Coder) kbPerson(id string) bool {
	if c.kb == nil || id == "" {
		return false
	}
	ka, ok := c.kb.Actor(id)
	return ok && ka.Kind == kb.KindPerson
}

// echoedCasualty drops from the sentence's events (evs[first:]) a
// material-conflict event with no source whose target is the target of
// a material-conflict event of the same sentence that has one: "Security
// forces fired tear gas and at least 125 people were injured" is one
// act, the 175 of the forces; the agentless "were injured" is its
// result, and coding it again (as 190, conventional force) would count
// the act twice and overstate it (QA20 E-12). A casualty event whose
// victims are named otherwise than the act's target ("Israel bombed Gaza
// and many civilians were killed") stays: it says who was harmed.
func echoedCasualty(evs []doc.Event, first int) []doc.Event {
	if len(evs)-first < 2 {
		return evs
	}
	drop := func(e *doc.Event) bool {
		if e.Source != "" || e.QuadClass != 4 || e.Target == "" {
			return false
		}
		for j := first; j < len(evs); j++ {
			if o := &evs[j]; o.Source != "" && o.QuadClass == 4 && o.Target == e.Target {
				return true
			}
		}
		return false
	}
	n := first
	for i := first; i < len(evs); i++ {
		if !drop(&evs[i]) {
			evs[n] = evs[i]
			n++
		}
	}
	return evs[:n]
}

// representativeNouns are the people who speak for a person: "Odinga's
// spokesman", "the president's lawyer".
var representativeNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true,
	"adviser": true, "advisor": true, "lawyer": true, "lawyers": true, "attorney": true, "representative": true,
	"envoy": true, "secretary": true, "deputy": true, "counsel": true, "assistant": true}

// representativeOf returns the person whose representative the person
// acts[ai] is, named as "<Person>'s spokesman, <Name>," (up to two
// words between the possessive and the comma, the last a
// representativeNoun), else -1 (QA20 E-5). The representative speaks;
// the principal is no second speaker. appositiveOf does the same for a
// country's or a body's agent ("Brazil's ambassador, Maria Viotti,").
func representativeOf(toks []tok, acts []actor, ai int) int {
	a := &acts[ai]
	if ai < 1 || !a.person || a.t0 < 4 || a.t1 >= len(toks) || toks[a.t0-1].low != "," || toks[a.t1].low != "," {
		return -1
	}
	if !representativeNouns[toks[a.t0-2].low] {
		return -1
	}
	b := &acts[ai-1]
	if !b.person || b.t1 > a.t0-1 {
		return -1
	}
	if b.t1 == a.t0-1 {
		// the noun attached to the principal's actor: "Odinga's spokesman"
		for k := b.t0 + 1; k < b.t1-1; k++ {
			if possessiveMark(toks[k].low) {
				return ai - 1
			}
		}
		return -1
	}
	k := b.t1
	if possessiveMark(toks[k].low) {
		k++
	} else if !b.poss {
		return -1
	}
	if n := a.t0 - 1 - k; n < 1 || n > 2 {
		return -1
	}
	return ai - 1
}

// possessiveMark reports a possessive token: "'s", "’s" or a bare
// apostrophe.
func possessiveMark(t string) bool { return t == "'s" || t == "’s" || t == "'" || t == "’" }

// partnerPlace reports a place after "with", across a determiner,
// modifiers and a "<region> of" ("signed a memorandum with the
// breakaway region of Somaliland", "cooperated closely with
// Washington"): "with" names whom the act is with, never where it
// happened (QA20 P-1). The "with" must follow the trigger at head
// closely (up to eight tokens: the act's own phrase), and the place must
// not own what follows it ("charged with violating Georgia's law").
func partnerPlace(toks []tok, p doc.Span, head int) bool {
	t0, t1 := tokRange(toks, p)
	if t0 <= head || t1 < len(toks) && possessiveMark(toks[t1].low) {
		return false
	}
	j := partnerWith(toks, t0)
	return j > head && j <= head+8
}

// partnerBefore reports a "with" before the place at token t0 as
// partnerPlace does (for a place the gazetteer lacks, named as "the
// breakaway region of X").
func partnerBefore(toks []tok, t0 int) bool { return partnerWith(toks, t0) >= 0 }

// partnerWith returns the index of the "with" that opens the phrase of
// the place at token t0, else -1. A preposition other than "of", a
// gerund or punctuation ends the look-back ("met troops in Gaza",
// "charged with violating Georgia's law").
func partnerWith(toks []tok, t0 int) int {
	for j := t0 - 1; j >= 0 && j >= t0-5; j-- {
		w := toks[j].low
		if w == "with" {
			return j
		}
		if toks[j].punct || w != "of" && toks[j].is(wcPreposition) || strings.HasSuffix(w, "ing") {
			return -1
		}
	}
	return -1
}

// coordObjectReferent puts over an object "him"/"her" in the second of
// two coordinated verb phrases the one person named between the
// clause's subject and it ("Giammattei congratulated Arevalo and
// invited him to begin the transition": him is Arevalo), as an actor
// over the pronoun (QA20 E-11). objectReferent leaves such a sentence
// to its own coding; this is that coding. It applies only when exactly
// one person stands between the subject and the pronoun, and the
// pronoun follows "and <verb>" (or "and also <verb>").
func coordObjectReferent(toks []tok, acts []actor, words *wordSet) []actor {
	k := objectPronounIn(toks, words)
	if k == 0 {
		return acts
	}
	subj, obj := -1, -1
	for i := range acts {
		a := &acts[i]
		if a.t0 >= k {
			break
		}
		if a.t0 <= k && k < a.t1 {
			return acts // already resolved
		}
		if !a.person {
			continue
		}
		switch {
		case subj < 0:
			subj = i
		case obj < 0:
			obj = i
		default:
			return acts // two persons before the pronoun: no one referent
		}
	}
	if subj < 0 || obj < 0 || acts[subj].id == acts[obj].id {
		return acts
	}
	for j := acts[obj].t1; j < k; j++ {
		if toks[j].punct && toks[j].low != "," {
			return acts
		}
	}
	// "and invited him", "and also ordered him": the pronoun is the
	// object of the second verb, right after it
	if a := k - 2; a < acts[obj].t1 || toks[a].low != "and" && !(a-1 >= acts[obj].t1 && toks[a-1].low == "and" && (toks[a].low == "also" || strings.HasSuffix(toks[a].low, "ly"))) {
		return acts
	}
	return insertPersonAt(acts, acts[obj], k, false)
}
