package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Speech: reports, quotes and speakers, who said what and when, and the
// events a quote reports rather than its speaker does.

// reportParticiple reports a participle clause on a reporting verb at
// i whose trigger opens at start: "Erdogan said on Tuesday, accusing
// Israel of genocide", "Kerry told senators on Tuesday, accusing Assad
// of …". The speaker accuses; the participle is in no complement. Only
// an addressee and adverbials (no verb, no other actor, no "that")
// stand between the verb and the comma before the participle; in "said
// the rebels had attacked the town, killing 12" the killing is the
// rebels'.
func reportParticiple(toks []tok, actorAt []int, i, start int) bool {
	if start-i > 10 || start < 2 || toks[start-1].low != "," {
		return false
	}
	if w := &toks[start]; w.upper || len(w.low) <= 5 || !strings.HasSuffix(w.low, "ing") {
		return false
	}
	tell := toks[i].low == "told" || toks[i].low == "tells" || toks[i].low == "tell"
	for k := i + 1; k < start-1; k++ {
		t := &toks[k]
		if t.punct || t.low == "that" || t.is(wcBeForm) || t.is(wcHypo) || t.is(wcReportVerb) || haveWord(t.low) || !t.upper && pastVerb(t) {
			return false
		}
		if actorAt[k] >= 0 && !(tell && actorAt[k] == actorAt[i+1]) {
			return false
		}
	}
	return true
}

// firstPersonPassive reports a trigger in a passive with a first-person
// subject inside a quote ("We will not be intimidated", "we were
// threatened by Rwanda"): the speaker's side suffers the act, so the
// speaker is no source.
func firstPersonPassive(toks []tok, m *match) bool {
	h := m.start
	if h < 2 || !isParticiple(toks[h].low) || !toks[h-1].is(wcBeForm) {
		return false
	}
	for i := h - 2; i >= 0 && i >= h-5; i-- {
		switch toks[i].low {
		case "we", "i":
			return true
		}
		if toks[i].punct {
			return false
		}
	}
	return false
}

// tellAddressee reports whether actor s is the addressee of a tell verb
// right before it ("told Al Jazeera that …", "told the BBC", "telling
// Reuters"), and returns the verb's token, or -1. The addressee of an
// attribution is never the subject of what was told: "Burhan told Al
// Jazeera that the RSF must be dissolved" is Burhan's demand.
func tellAddressee(toks []tok, acts []actor, s int) int {
	k := acts[s].t0 - 1
	if k >= 1 && toks[k].low == "the" {
		k--
	}
	if k < 0 {
		return -1
	}
	switch toks[k].low {
	case "told", "tells", "telling", "tell":
		return k
	}
	return -1
}

// trailingPlainSpeaker reports whether the statement verb of match m
// closes the sentence's content after a comma with a speaker of plain
// lower-case nouns that is no actor: "Bouteflika died on Friday, state
// television said", "…, hospital officials said". The speaker
// is not the content's subject; nobody we can name said it. Up to three
// nouns may stand between the comma and the verb.
func trailingPlainSpeaker(toks []tok, actorAt []int, m *match) bool {
	for n, k := 0, m.start-1; k >= 1 && n <= 3; k, n = k-1, n+1 {
		if toks[k].low == "," {
			return n > 0
		}
		if actorAt[k] >= 0 || !plainNoun(&toks[k]) {
			return false
		}
	}
	return false
}

// closingSpeakerPhrase reads the speaker of a statement verb at m that
// closes what was said after a comma when the speaker is a common noun
// phrase: a determiner, lower-case words and the head noun, then
// prepositional phrases ("…, an international rights group warns",
// "…, a spokesman for the Iraqi army said", "…, the spokesman for the
// northeastern state of Borno said"). It returns the first actor in a
// prepositional phrase that is no bare place (the army), or -1 when the
// phrase names none: nobody we can name said it, and never an actor of
// the content before the comma. ok is false for other speakers (an
// actor before any preposition, a name, a pronoun, a clause).
func closingSpeakerPhrase(toks []tok, acts []actor, actorAt []int, m *match) ([]int, bool) {
	if m.start < 2 || actorAt[m.start-1] < 0 && !plainNoun(&toks[m.start-1]) && !toks[m.start-1].upper {
		return nil, false
	}
	comma := -1
	for k, n := m.start-1, 0; k >= 1 && n < 14; k, n = k-1, n+1 {
		if toks[k].low == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+1 >= m.start {
		return nil, false
	}
	first := comma + 1
	if toks[first].is(wcDeterminer) && toks[first].low != "that" {
		first++
	}
	found, prep := -1, false
	for k := first; k < m.start; k++ {
		w := &toks[k]
		switch {
		case speakerPreposition(w.low):
			if k == first || toks[k-1].is(wcPreposition) {
				return nil, false // "…, in Kabul, officials said"
			}
			prep = true
		case actorAt[k] >= 0:
			if !prep {
				return nil, false // "…, the Iraqi army spokesman said": the actor's own
			}
			if found < 0 && !acts[actorAt[k]].place {
				found = actorAt[k]
			}
		case prep && (w.is(wcDeterminer) || w.upper && !w.punct):
			// "for the state of Borno": a place or name the KB does not know
		case !plainNoun(w):
			return nil, false
		case !prep && k == first && w.upper:
			return nil, false
		}
	}
	if !prep && m.start-first > 4 {
		return nil, false
	}
	if found < 0 {
		return nil, true
	}
	return conj(toks, acts, actorAt, found), true
}

// speakerPreposition reports a preposition that may tie a speaker's
// noun to its organisation or place: "a spokesman for", "an aide to",
// "officials in", "a source close to".
func speakerPreposition(w string) bool {
	switch w {
	case "for", "of", "in", "at", "from", "with", "to":
		return true
	}
	return false
}

// quoteSpeaker finds, for a statement event triggered by a quote's cue,
// the speaker the quotes layer resolved to a person of the KB when the
// event's source src is another actor in the speaker's phrase or
// elsewhere: "The Japanese prime minister said …" after
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

// speechFrames open the adjunct that places a report in one earlier
// speech or interview: "had said in a speech last Friday".
var speechFrames = []string{" in a speech", " in an interview", " in a televised", " in an address", " in a sermon", " in a statement", " in a video"}

// continuedSpeech returns the date of the speech a direct quote in the
// sentence si continues, else evDate. The article sets an
// earlier speech as its frame ("Nasrallah had said in a speech last
// Friday that …"); a quote of the same speaker in the next sentence with
// no time of its own ("\"We do not accept early elections,\" Nasrallah
// said.") is more of that speech, not words said on the article's day.
// It applies only when the previous sentence's report is pluperfect
// ("had said") or placed in a speech, interview or statement, and its
// statement event (CAMEO 01) was dated on another day; speakers compare
// by entity, else by the last word of the name.
func continuedSpeech(d *doc.Doc, si int, sent doc.Span, evDate string) string {
	if si == 0 || si-1 >= len(d.Sentences) {
		return evDate
	}
	// the previous sentence's dated statement first: most sentences
	// have none, and the quotes are not read
	prevDate := ""
	for i := len(d.Events) - 1; i >= 0; i-- {
		e := &d.Events[i]
		if e.Sentence < si-1 {
			break
		}
		if e.Sentence == si-1 && len(e.Cameo) >= 2 && e.Cameo[:2] == "01" && e.Date != "" && e.Date != evDate {
			prevDate = e.Date
			break
		}
	}
	if prevDate == "" {
		return evDate
	}
	prevSent := d.Sentences[si-1]
	var cur, prev *doc.Quote
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue == "" {
			continue
		}
		if q.Kind == "direct" && sent.Contains(q.CueSpan) && cur == nil {
			cur = q
		}
		if prevSent.Contains(q.CueSpan) {
			prev = q
		}
	}
	if cur == nil || prev == nil || !sameQuoteSpeaker(cur.Speaker, prev.Speaker) {
		return evDate
	}
	before := strings.TrimRight(d.Text[prevSent.Start:prev.CueSpan.Start], " ")
	after := d.Text[prev.CueSpan.End:prevSent.End]
	framed := strings.HasSuffix(before, " had")
	for _, f := range speechFrames {
		framed = framed || strings.HasPrefix(after, f)
	}
	if framed {
		return prevDate
	}
	return evDate
}

// sameQuoteSpeaker reports whether two quote speakers are one person or
// body: the same entity, else names ending in the same word.
func sameQuoteSpeaker(a, b doc.Speaker) bool {
	if a.Entity != "" || b.Entity != "" {
		return a.Entity == b.Entity
	}
	la, lb := nameTail(a.Name), nameTail(b.Name)
	return la != "" && la == lb
}

// nameTail returns the last space-separated word of s.
func nameTail(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// quotePronounActor puts the quotes stage's speaker over a "he"/"she"
// that the quotes layer resolved as a quote's speaker ('"We cannot
// take ownership of the result," she said'), replacing what the coder's
// own look-back put there. The quotes stage resolves such a
// pronoun by gender and by the quote's neighbours; the coder's
// look-back takes the last person subject, which may be a man, or
// nobody when the sentence that named the speaker had no event. One
// resolver then serves both layers: the statement event's source is the
// quote's speaker. Only a pronoun speaker with a name counts; a
// speaker the quotes stage left unresolved changes nothing. So is a
// description the quotes stage resolved to a person named before ("the
// mayor said" after "Mayor Bill de Blasio") when no actor covers it
// (described: the document has such a speaker).
func (c *Coder) quotePronounActor(d *doc.Doc, sent doc.Span, toks []tok, words *wordSet, acts []actor, day kb.Date, described bool) []actor {
	if !described && words != nil && !words.hasHash(heHash) && !words.hasHash(sheHash) {
		return acts // (no "he" or "she" in the sentence: the quotes are not read)
	}
	qs := d.QuotesNear(sent.Start, sent.End)
	for i := range qs {
		sp := &qs[i].Speaker
		if sp.Name == "" || sp.Span.Start < sent.Start || sp.Span.End > sent.End {
			continue
		}
		k0, k1 := tokRange(toks, sp.Span)
		if sp.Kind == "description" {
			if plainDescription(toks, acts, k0, k1) && c.titleHead(sp.Title, toks[k1-1].low) {
				if a, ok := c.speakerActor(d, sp, day); ok {
					acts = insertPersonAt(acts, a, k1-1, false) // at the head noun
				}
			}
			continue
		}
		if sp.Kind != "pronoun" || k0 < 0 || k1 != k0+1 || (toks[k0].low != "he" && toks[k0].low != "she") {
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

var heHash, sheHash = filterHash("he"), filterHash("she")

// describedSpeakers reports a quote whose speaker is a description
// resolved to a name.
func describedSpeakers(qs []doc.Quote) bool {
	for i := range qs {
		if qs[i].Speaker.Kind == "description" && qs[i].Speaker.Name != "" {
			return true
		}
	}
	return false
}

// titleHead reports whether head, the last word of a speaker's
// description, names a person's office: the last word of the speaker's
// title ("the sheriff" for "Anderson County Sheriff"), else an agent
// noun ("the mayor"); "the report" names no person.
func (c *Coder) titleHead(title, head string) bool {
	if t := strings.ToLower(title); t != "" && (t == head || strings.HasSuffix(t, " "+head)) {
		return true
	}
	_, ok := c.dict.Agents[head]
	return ok
}

// plainDescription reports tokens [k0,k1) that are "the" and one or two
// lower-case words no actor covers: "the mayor", "the police chief".
func plainDescription(toks []tok, acts []actor, k0, k1 int) bool {
	if k0 < 0 || k1-k0 < 2 || k1-k0 > 3 || toks[k0].low != "the" {
		return false
	}
	for k := k0 + 1; k < k1; k++ {
		if toks[k].upper || toks[k].punct {
			return false
		}
	}
	for j := range acts {
		if acts[j].t0 < k1 && k0 < acts[j].t1 {
			return false
		}
	}
	return true
}

// the pronouns quotePronounActor looks for

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

// pronounOfPlainSpeaker reports a reporting verb at i whose subject is a
// noun phrase that is no actor ("the union said it was considering a
// strike"), with the pronoun subject of the trigger after it: "it" is
// that noun, not an actor further left ("Doctors called a strike, and
// the union said it …": not the doctors).
func pronounOfPlainSpeaker(toks []tok, actorAt []int, i, pronounAt int) bool {
	if i < 2 || pronounAt != i+1 || actorAt[i-1] >= 0 || actorAt[i-2] >= 0 || !toks[i-2].is(wcDeterminer) || toks[i-2].low == "that" {
		return false
	}
	switch toks[pronounAt].low {
	case "it", "they":
	default:
		return false // "he"/"she" stand for a person named before
	}
	return plainNoun(&toks[i-1])
}

// quotedRelativeAct reports a trigger inside a quote that opens a
// relative clause on a noun no actor names: '"We will not vote for a
// president who sends soldiers to burn our villages," he said' — the
// sending is the president's, so the speaker neither does, threatens
// nor refuses it. The clause's verb may follow the pronoun
// after one auxiliary or adverb ("who has sent", "who also sends").
func quotedRelativeAct(toks []tok, actorAt []int, m *match) bool {
	k := m.start - 1
	if k >= 2 {
		switch toks[k].low {
		case "has", "have", "had", "also", "still", "will", "would", "keeps", "kept", "continues", "then", "now":
			k--
		}
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "who", "which", "that":
	default:
		return false
	}
	a := k - 1
	if toks[a].low == "," && a > 0 {
		a--
	}
	return !toks[a].punct && actorAt[a] < 0 && !toks[a].is(wcPronoun)
}

// passiveInfinitive reports a trigger participle after "to be" or "to
// have been" ("it is insulting to be accused of …", "refused to be
// intimidated"): the infinitive names no subject, and inside a quote the
// one it befalls is the speaker, not the doer.
func passiveInfinitive(toks []tok, m *match) bool {
	h := m.start
	if h < 2 || !isParticiple(toks[h].low) {
		return false
	}
	switch toks[h-1].low {
	case "be":
		return toks[h-2].low == "to"
	case "been":
		return h >= 3 && toks[h-2].low == "have" && toks[h-3].low == "to"
	}
	return false
}

// quotedPassive reports a passive trigger right after a form of "be"
// ("was accused", "is condemned"): inside a quote the speaker reports
// the act, done by the agent the clause names or by nobody named, never
// by the speaker ('"Gülen was accused of …," Erdogan said').
func quotedPassive(toks []tok, m *match, passive bool) bool {
	return passive && m.start > 0 && toks[m.start-1].is(wcBeForm)
}

// byPhone reports a trigger that is the noun "phone" or "telephone"
// after "by" or "over" ("told Reuters by telephone", "spoke over the
// phone"): how someone spoke, a call only when the other party is an
// actor.
func byPhone(toks []tok, m *match) bool {
	h := m.head
	if w := toks[h].low; w != "phone" && w != "telephone" {
		return false
	}
	k := h - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && (toks[k].low == "by" || toks[k].low == "over")
}

// bareDevice reports the noun form of a telephone word ("phone",
// "phones"), which calls nobody unless a pattern names the call or its
// partner: "a maker of CDMA phones" and "a phone fraud crackdown" are
// about the device; "phoned", "telephoned" stay verbs.
func bareDevice(w string) bool {
	return w == "phone" || w == "phones" || w == "telephone" || w == "telephones"
}

// phoneCallAfter reports a consultation whose clause goes on to say it
// was a telephone call ("discussed Syria in a phone call on Friday",
// "talked during a telephone conversation"): "in/during" and "phone" or
// "telephone" before "call", "conversation" or "talks", within eight
// words of the match and before a comma.
func phoneCallAfter(toks []tok, m *match) bool {
	for i := m.end; i < len(toks) && i < m.end+8; i++ {
		if toks[i].punct {
			return false
		}
		if toks[i].low != "in" && toks[i].low != "during" {
			continue
		}
		k := i + 1
		if k < len(toks) && (toks[k].low == "a" || toks[k].low == "the" || toks[k].low == "their" || toks[k].low == "his" || toks[k].low == "her") {
			k++
		}
		if k+1 < len(toks) && (toks[k].low == "phone" || toks[k].low == "telephone") {
			switch toks[k+1].low {
			case "call", "conversation", "talks", "exchange":
				return true
			}
		}
	}
	return false
}

// parentheticalReport reports a reporting verb set off by commas inside
// a clause: "Kayani met Gilani twice, officials said, and urged a
// compromise", "…, the Kremlin said, and urged". The aside is no clause
// of its own: a verb after its ", and" shares the subject of the clause
// around it, not the speaker's. At most five words stand between the
// opening comma and the verb, and a comma follows it.
func parentheticalReport(toks []tok, m *match) bool {
	if m.p.Flags&FlagNoTarget == 0 || m.end >= len(toks) || toks[m.end].low != "," || m.end+1 >= len(toks) || toks[m.end+1].low != "and" {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		if toks[k].low == "," {
			return k < m.start-1
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// warningTag reports a bare "warned"/"warns" that tags what was said
// before it: after a comma or a closing quote, up to six words of
// speaker before the verb, and after it no actor but places and at most
// eight words of time or place to the end ('"Bad, bad things are going
// to happen," Trump warned in Everett, Wash., recently.', "…, the U.N.
// refugee agency warned on Friday."). Such a warning is a statement, no
// threat.
func warningTag(toks []tok, acts []actor, actorAt []int, m *match) bool {
	if w := toks[m.head].low; w != "warned" && w != "warns" || m.end != m.head+1 {
		return false
	}
	if len(toks)-m.end > 9 || m.head > 0 && toks[m.head-1].is(wcBeForm) {
		return false // ("the United Nations has been warned": told, no speaker)
	}
	for k := m.end; k < len(toks); k++ {
		if ai := actorAt[k]; ai >= 0 && !acts[ai].place {
			return false // "warned Japan": an addressee
		}
		if w := toks[k].low; w == "that" || w == "of" || w == "about" || w == "against" || w == "to" || w == "it" || w == "they" {
			return false
		}
	}
	for n, k := 0, m.start-1; k >= 0 && n <= 6; k, n = k-1, n+1 {
		switch toks[k].low {
		case ",", "\"", "”", "'", "’":
			return n > 0
		}
		if isHardStop(&toks[k]) {
			return false
		}
	}
	return false
}
