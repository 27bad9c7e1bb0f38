package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// Rules added after the sixteenth QA reading (session 9, part C: the
// leftovers T-2, T-3, Q-1/Q-4 and others), kept apart from the older
// rules so that parallel work on coder.go and emit.go merges cleanly.

// timeClauseOpeners open an adverbial clause whose event has a time of its
// own: "…, after Johnson was forced out in July".
var timeClauseOpeners = wordset.New("after", "before", "since", "until", "when", "once", "because", "although", "though", "while", "whereas")

// subordinateClause returns the span of the adverbial clause the trigger
// at token head lies in: from a subordinator ("after", "when", …) with
// no comma, semicolon or colon between it and the trigger, to the next
// such mark or the end of the sentence. ok is false when the trigger
// is in no such clause. eventDate prefers a time inside this clause to
// the nearer time of the main clause (QA16 T-2): "Truss had replaced
// Johnson in September, after Johnson was forced out in July" dates
// the forcing out in July.
func subordinateClause(toks []tok, head int) (sp doc.Span, ok bool) {
	k := head - 1
	for ; k >= 0 && k >= head-12; k-- {
		t := &toks[k]
		if t.punct && (t.low == "," || t.low == ";" || t.low == ":") {
			return sp, false
		}
		if timeClauseOpeners.Has(t.low) {
			break
		}
	}
	if k < 0 || k < head-12 {
		return sp, false
	}
	e := head
	for e+1 < len(toks) && !(toks[e+1].punct && (toks[e+1].low == "," || toks[e+1].low == ";" || toks[e+1].low == ":")) {
		e++
	}
	return doc.Span{Start: toks[k].start, End: toks[e].end}, true
}

// occasionParticiples open a fronted participle clause that tells when
// and where the main clause's act itself happened ("Asked on Monday
// about the talks, Lavrov said …"), unlike other fronted participles.
var occasionParticiples = wordset.New("asked", "questioned", "pressed", "interviewed", "quoted", "contacted", "reached", "speaking")

// frontParticiples are irregular past participles that open a fronted
// participle clause ("Born in 1937, …", "Sworn in on Monday, …").
var frontParticiples = wordset.New("born", "sworn", "chosen", "known", "taken", "given", "driven", "beaten", "held",
	"built", "made", "brought", "sent", "led", "kept", "left", "won", "lost", "shown", "seen", "grown", "thrown",
	"struck", "hit", "caught", "sold", "bought", "set", "put", "cut", "shot", "fled", "stricken")

// frontedParticiple reports a time or place span before the trigger at
// token head that lies in a past-participle clause opening the sentence
// and closed by a comma before the trigger: "Born on March 2, 1937, in
// Oujda, Bouteflika fought against France", "Elected in 2019, Tebboune
// promised …". The clause's date and place are the participle's (the
// birth, the election), not the main event's (QA16 T-3). The
// participle is a past form (-ed or one of frontParticiples)
// followed by a lower-case word ("Born on", "Founded in"), so "United
// Nations officials …" opens no such clause.
func frontedParticiple(toks []tok, sp doc.Span, head int) bool {
	if len(toks) < 4 || head < 3 {
		return false
	}
	w := toks[0].low
	if !(strings.HasSuffix(w, "ed") || frontParticiples.Has(w)) ||
		occasionParticiples.Has(w) || toks[1].upper || toks[1].punct || toks[0].punct {
		return false
	}
	_, t1 := tokRange(toks, sp)
	if t1 <= 0 || t1 > head {
		return false
	}
	// the clause ends at the first comma not followed by a year, a
	// preposition or a capitalised appositive closed by another comma
	// ("Born on March 2, 1937, in Oujda, Morocco, Bouteflika …")
	for k := 1; k+1 < head; k++ {
		if toks[k].low != "," {
			continue
		}
		if n := &toks[k+1]; n.low != "" && n.low[0] >= '0' && n.low[0] <= '9' || n.is(wcPreposition) {
			continue
		}
		if toks[k+1].upper && (k+2 < head && toks[k+2].low == "," || k+3 < head && toks[k+2].upper && toks[k+3].low == ",") {
			continue // "in Oujda, Morocco, Bouteflika …": a place's country in apposition
		}
		return t1 <= k
	}
	return false
}

// quoteSpeaker finds, for a statement event triggered by a quote's cue,
// the speaker the quotes layer resolved to a person of the KB when the
// event's source src is another actor in the speaker's phrase or
// elsewhere (QA16 ): "The Japanese prime minister said …" after
// Kishida was named (the source was Japan), "the new Kremlin leader
// said" (the Kremlin), "Fidel Castro published a letter in the state
// newspaper Granma … saying …" (Granma). It returns the index of the
// person among acts when the sentence names him, else (-1, the person
// as an actor at the source's tokens, resolved to his country and
// sector at the event's date, true) when the source lies in a description of the
// speaker; ok is false when the event keeps its source.
func (c *Coder) quoteSpeaker(d *doc.Doc, toks []tok, acts []actor, m *match, src int, date string) (idx int, a actor, ok bool) {
	if c.kb == nil || src < 0 {
		return -1, a, false
	}
	at := toks[m.head].start
	qs := d.QuotesNear(at, at+1)
	for i := range qs {
		q := &qs[i]
		if at < q.CueSpan.Start || at >= q.CueSpan.End {
			continue
		}
		id := q.Speaker.Entity
		if id == "" || acts[src].id == id {
			return -1, a, false
		}
		ka, found := c.kb.Actor(id)
		if !found || ka.Kind != kb.KindPerson {
			return -1, a, false
		}
		sp := q.Speaker.Span
		for j := range acts {
			if acts[j].id == id && acts[j].person && toks[acts[j].t0].start >= sp.Start && toks[acts[j].t1-1].end <= sp.End {
				return j, a, true // "Fidel Castro published a letter in Granma … saying"
			}
		}
		s := &acts[src]
		if q.Speaker.Kind != "description" || toks[s.t0].start < sp.Start || toks[s.t1-1].end > sp.End {
			return -1, a, false
		}
		a = actor{t0: s.t0, t1: s.t1, id: id, name: ka.Name, person: true}
		day, _ := kb.ParseDate(date)
		c.resolveKB(&a, &doc.Mention{KBID: id}, day)
		return -1, a, true // "the Japanese prime minister said": the person, not Japan
	}
	return -1, a, false
}

// ownSentFrom reports a state agent phrase toks[t0:end] owned by the
// clause's subject and followed by "from" ("recalled its own envoy from
// Ottawa", "withdrew their troops from Mali"): the subject's own people
// are no party, and the place after "from" is not their country but the
// one the act is aimed at (QA16 part C). genericAgents drops such an
// agent, so the place becomes the target.
func ownSentFrom(toks []tok, t0, end int, code string) bool {
	if end+1 >= len(toks) || toks[end].low != "from" || !ownedBySubject(toks, t0) {
		return false
	}
	return strings.HasPrefix(code, "GOV") || strings.HasPrefix(code, "MIL")
}

// unresolvedPronounSpeaker reports a personal pronoun right before a
// statement cue at token start that names no actor ("…, he added" where
// the coder resolved no "he"): the speaker is someone unknown, never an
// actor inside what was said ("these children are victimized …, he
// added" is no statement by the children). Only a trailing or
// parenthetical tag counts: the cue is followed by a full stop, comma
// or semicolon.
func unresolvedPronounSpeaker(toks []tok, actorAt []int, start int) bool {
	if start < 2 || actorAt[start-1] >= 0 || toks[start-2].low != "," {
		return false
	}
	if n := start + 1; n < len(toks) && !(toks[n].punct && (toks[n].low == "." || toks[n].low == "," || toks[n].low == ";")) {
		return false // "…, she said she was impressed": the cue opens its own report
	}
	switch w := toks[start-1].low; w {
	case "he", "she", "they":
		// "He waved a holster, he said": the same pronoun opening the
		// sentence may be the speaker himself; the coder's choice stays
		return toks[0].low != w
	}
	return false
}
