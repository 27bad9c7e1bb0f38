package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Subject resolution: which actor is the source of an event (relative
// and appositive clauses, participles, adjuncts, members, protest
// movements).

// modifiedHead returns the actor that a relative or participial clause
// holding the actor at s modifies, or -1: in "Rebels holding the Syrian
// town of Qusair were attacked" and "Kurdish fighters who control the
// Syrian town of Kobani were attacked" the nearest actor before the
// verb sits in the clause; the clause's head is the subject. The clause
// opens right after the head with "who", "that", "which" or a present
// participle, and only words that are no actor or punctuation stand
// between the opener and the actor at s ("holding the eastern
// Ukrainian city"). The actor right after "who" or "that" is the
// clause's own subject ("the fighters that Israel attacked"): no head.
func modifiedHead(toks []tok, acts []actor, actorAt []int, s int) int {
	h, _ := clauseHead(toks, acts, actorAt, s)
	return h
}

// clauseHead is modifiedHead that also reports a relative clause opened
// by "who", "that" or "which" after a noun that is no actor
// ("mercenaries who are suspected of killing President Moise were
// arrested"): the actor at s sits in the clause, the head is unnamed
// (-1, true). The clause may run to relativeClauseMax words before the
// actor ("who are suspected of having killed the president").
func clauseHead(toks []tok, acts []actor, actorAt []int, s int) (int, bool) {
	t0 := acts[s].t0
	for k := 0; k < 4 && t0 > 1 && actorAt[t0-1] < 0 && titleWords.Has(toks[t0-1].low); k++ {
		t0-- // the title of a name ("overthrow President Recep Tayyip Erdogan") is part of the actor
	}
	for j, lim := t0-1, t0-relativeClauseMax; j > 0 && j >= lim; j-- {
		t := &toks[j]
		if t.punct || t.upper || actorAt[j] >= 0 || t.low == "and" || t.low == "or" {
			return -1, false
		}
		opener := t.low == "who" || t.low == "that" || t.low == "which" ||
			len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && t.low != "during" && t.low != "including" && t.low != "following" && t.low != "according"
		if !opener {
			continue
		}
		if t.low[0] == 'w' || t.low == "that" {
			k := j + 1
			for k < t0 && toks[k].is(wcDeterminer) {
				k++
			}
			if k == t0 {
				return -1, false // "the fighters that Israel attacked": the actor is the clause's own subject
			}
		}
		if h := actorAt[j-1]; h >= 0 && acts[h].t1 == j && !acts[h].place {
			return h, true
		}
		if t.low[0] == 'w' || t.low == "that" {
			// "mercenaries who …": a plain noun heads the clause
			return -1, (t.low == "who" || t.low == "which") && plainHeadNoun(toks, j-1)
		}
		// a participle inside another ("protesters demanding a
		// referendum on joining Russia"): the outer clause's head
	}
	return -1, false
}

// plainHeadNoun reports a word at i that may head a relative clause:
// a lower-case noun, or the sentence's first word, no function word or
// verb of saying ("said who", "asked whether").
func plainHeadNoun(toks []tok, i int) bool {
	t := &toks[i]
	if t.punct || t.upper && i > 0 || len(t.low) < 3 || t.is(wcPreposition|wcDeterminer|wcPronoun|wcBeForm|wcReportVerb|wcHypo|wcNegator) {
		return false
	}
	return t.low != "and" && t.low != "or" && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ly")
}

// relativeClauseMax is the most words a relative or participial clause
// runs before the actor in it that clauseHead reads back over.
const relativeClauseMax = 9

// whoseClause reports the actor a followed by "whose" (after an
// optional comma) and a verb at head in that clause, no punctuation
// between: "Uribe, whose father was killed by FARC rebels": the clause's
// subject is the father, not the actor.
func whoseClause(toks []tok, a *actor, head int) bool {
	k := a.t1
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k >= head || toks[k].low != "whose" {
		return false
	}
	for k++; k < head; k++ {
		if toks[k].punct {
			return false
		}
	}
	return true
}

// participleClauseOpen returns the comma opening a participle clause
// that the comma at close ends, between a subject and its verb, or -1:
// "Iranian President Hassan Rouhani, marking a year since Washington
// abandoned the deal, said", "Saudi Arabia, the UAE, Bahrain and Egypt,
// accusing Doha of supporting terrorism and its ally Iran, cut ties".
// The clause starts with a present or past participle right after an
// actor and holds no other comma; the actors in it are no subject. It
// may run to participleClauseMax tokens ("Erdogan, speaking to crowds
// at Istanbul's Ataturk Airport after flying in from the resort of
// Marmaris, accused").
func participleClauseOpen(toks []tok, actorAt []int, close int) int {
	for j := close - 1; j >= 1 && j >= close-participleClauseMax; j-- {
		t := &toks[j]
		if isHardStop(t) {
			return -1
		}
		if t.low != "," {
			continue
		}
		if j+2 >= close || actorAt[j-1] < 0 || actorAt[j+1] >= 0 {
			return -1
		}
		w := &toks[j+1]
		if w.upper || w.punct {
			return -1
		}
		switch {
		case len(w.low) > 5 && strings.HasSuffix(w.low, "ing") && w.low != "including" && w.low != "according" && w.low != "following" && w.low != "during":
			return j
		case strings.HasSuffix(w.low, "ed") || w.is(wcPastParticiple):
			return j
		}
		return -1
	}
	return -1
}

// participleClauseMax is the longest participle clause
// participleClauseOpen looks back over, in tokens.
const participleClauseMax = 24

// reportedRelative returns the subject of a trigger at start that a
// report inside a relative clause introduces: in "The Israeli strike,
// which Syrian state media said killed 12 soldiers" the media said it,
// the strike killed; in "The attack, which the WHO said killed 40
// people" nobody named killed. ok is false when the words before the
// trigger are no "which/that/who <speaker> said".
func reportedRelative(toks []tok, acts []actor, actorAt []int, start int) (subj []int, ok bool) {
	k := start - 1
	if k < 2 || !toks[k].is(wcReportVerb) || actorAt[k] >= 0 {
		return nil, false
	}
	rel := -1
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		t := &toks[j]
		if (t.low == "which" || t.low == "that" || t.low == "who" || t.low == "whom") && actorAt[j] < 0 && !t.upper {
			rel = j
			break
		}
		if t.punct || t.is(wcBeForm) || t.is(wcReportVerb) || actorAt[j] < 0 && pastVerb(t) {
			return nil, false
		}
	}
	if rel < 0 || rel == k-1 {
		return nil, false
	}
	a := rel - 1
	if toks[a].low == "," {
		a--
	}
	for x := a; x >= 0 && x >= a-2; x-- {
		if toks[x].punct {
			break
		}
		if ai := actorAt[x]; ai >= 0 {
			if acts[ai].place {
				break
			}
			return []int{ai}, true
		}
	}
	return nil, true
}

// objectRelativeHead returns the actor that heads a reduced object
// relative before the trigger at m.start, or -1: in "officials they
// blamed for the crisis" the officials are blamed, and "they" (the
// clause's subject before) blames them.
func objectRelativeHead(toks []tok, acts []actor, actorAt []int, m *match) int {
	k := m.start - 1
	if k < 1 || actorAt[k] >= 0 {
		return -1
	}
	switch toks[k].low {
	case "they", "it", "he", "she", "we":
	default:
		return -1
	}
	if h := actorAt[k-1]; h >= 0 && acts[h].t1 == k && !acts[h].place && !acts[h].poss {
		return h
	}
	return -1
}

// cityActor reports an actor that is a city or other sub-national place
// rather than a state (a KB place id, or a gazetteer name whose id is not
// its country's code): in "was arrested in Tehran" the city is where the
// arrest happened, not who made it.
func cityActor(a actor) bool {
	return strings.HasPrefix(a.id, "place.") || a.country != "" && a.id != a.country && !a.person && a.sector == ""
}

// relativeBe reports a relative clause opening at token i with a form of
// "be" ("that was brokered by Turkey", "which were seized by"): a "by"
// agent after it belongs to that clause, not to the passive before it.
func relativeBe(toks []tok, i int) bool {
	switch toks[i].low {
	case "that", "which", "who":
		return i+1 < len(toks) && toks[i+1].is(wcBeForm)
	}
	return false
}

// possessedHead returns the actor that a possessive actor at ai owns
// when it opens the clause, before the trigger at h: in "Sudan's
// paramilitary Rapid Support Forces shelled El Fasher, killing 15" the
// force is the head of the subject and does the killing, not Sudan.
// Up to three modifiers may stand between; else -1.
func possessedHead(toks []tok, acts []actor, actorAt []int, ai, h int) int {
	j := acts[ai].t1
	for j < h && (toks[j].low == "'s" || toks[j].low == "'") {
		j++
	}
	for n := 0; j < h && n <= 3; j, n = j+1, n+1 {
		if bi := actorAt[j]; bi >= 0 && bi != ai {
			if acts[bi].place {
				return -1
			}
			return bi
		}
		if toks[j].punct || !isModifier(toks[j].low) && !toks[j].is(wcActorModifier) {
			return -1
		}
	}
	return -1
}

// documentNouns are the documents whose issuer a participle after them
// speaks through: "a warrant from the ICC accusing him of …".
var documentNouns = wordset.FromMap(map[string]bool{"warrant": true, "warrants": true, "indictment": true,
	"resolution": true, "report": true, "letter": true, "statement": true, "complaint": true, "ruling": true,
	"order": true, "decree": true, "summons": true, "notice": true, "motion": true, "lawsuit": true, "petition": true})

// documentIssuer returns the actor ending right before the participle
// at h when it is the issuer of a document named just before it ("a
// warrant from the International Criminal Court accusing him", "a
// resolution by the council calling for …"): the issuer accuses, not
// the clause subject; else -1.
func documentIssuer(toks []tok, acts []actor, actorAt []int, h int) int {
	ai := actorAt[h-1]
	if ai < 0 || acts[ai].place {
		return -1
	}
	k := acts[ai].t0 - 1
	for k >= 0 && toks[k].is(wcDeterminer) {
		k--
	}
	if k < 1 || toks[k].low != "from" && toks[k].low != "by" && toks[k].low != "of" {
		return -1
	}
	if !documentNouns.Has(toks[k-1].low) {
		return -1
	}
	return ai
}

// priorAdjunctFar reports a ", X-ing" adjunct 9 to 16 tokens before the
// "and" at and, with no clause break between: "…, ending eight years of
// rule by the nationalist Law and Justice party and promising to …"
// coordinates two adjuncts of the main clause, whose subject promises.
// priorAdjunct looks only 8 tokens back.
func priorAdjunctFar(toks []tok, and int) bool {
	for i := and - 1; i > 0 && i >= and-16; i-- {
		if isHardStop(&toks[i]) || toks[i].is(wcReportVerb) || toks[i].low == "that" || toks[i].low == "which" || toks[i].low == "who" {
			return false
		}
		if i < and-8 && strings.HasSuffix(toks[i].low, "ing") && toks[i-1].low == "," {
			return true
		}
	}
	return false
}

// frontedLocative returns the token after the comma that closes a
// fronted locative phrase "In <Place>," opening the clause at cs, or -1
// ("In Thailand, waves swept through Phuket, killing 5,400": Thailand is
// where; the clause subject comes after the comma). "the" and
// compass adjectives may stand before the place ("In the Philippines,",
// "In northern Nigeria,"). "Police in Kenya, …" opens with no
// preposition and keeps its subject.
func frontedLocative(toks []tok, acts []actor, actorAt []int, cs int) int {
	if cs+2 >= len(toks) || !locPreps.Has(toks[cs].low) {
		return -1
	}
	k := cs + 1
	for k < len(toks) && (toks[k].low == "the" || compassWord(toks[k].low)) {
		k++
	}
	if k >= len(toks) || actorAt[k] < 0 {
		return -1
	}
	a := &acts[actorAt[k]]
	if a.t0 != k || a.t1 >= len(toks) || toks[a.t1].low != "," || a.person {
		return -1
	}
	return a.t1 + 1
}

// andNewSubject reports a ", and" at i whose next tokens up to the
// trigger at end form a noun phrase opened by an article: "Iceland asked
// Russia for a loan, and a team from the IMF arrived" — the coordinated
// clause has a subject of its own, so no actor of the first clause is
// its subject. Within the phrase only nouns, modifiers,
// actors and "of"/"from" may stand.
func andNewSubject(toks []tok, actorAt []int, i, end int) bool {
	if i < 1 || toks[i].low != "and" || toks[i-1].low != "," || i+2 >= end || end-i > 9 {
		return false
	}
	switch toks[i+1].low {
	case "a", "an", "the", "another":
	default:
		return false
	}
	for k := i + 2; k < end; k++ {
		if actorAt[k] >= 0 || toks[k].low == "of" || toks[k].low == "from" || toks[k].is(wcDeterminer) || plainNoun(&toks[k]) || isModifier(toks[k].low) || unknownName(toks, k) {
			continue
		}
		return false
	}
	return actorAt[end-1] >= 0 || plainNoun(&toks[end-1]) // the phrase ends in its head noun
}

// relativePronounSubject returns prev, the sources of the sentence's
// previous event, when the verb of m follows ", where|when <pronoun>" or
// ", after which <pronoun>" ("The gunmen stormed the hotel, where they
// took guests hostage"): the pronoun of a clause hung on the main
// clause's place or time is its subject. Else nil.
func relativePronounSubject(toks []tok, m *match, prev []int) []int {
	k := m.start - 1
	if len(prev) == 0 || prev[0] < 0 || k < 2 || !toks[k].is(wcPronoun) || toks[k].low == "we" {
		return nil
	}
	switch toks[k-1].low {
	case "where", "when":
		if toks[k-2].low == "," {
			return prev
		}
	case "which":
		if k >= 3 && (toks[k-2].low == "after" || toks[k-2].low == "in") && toks[k-3].low == "," {
			return prev
		}
	}
	return nil
}

// roleAs reports the "as" at i that names a role after a verb of holding
// one ("served briefly as the UN-Arab League envoy", "was appointed as
// head of …"): a preposition, not a clause's subordinator, so the actors
// after it are the role's principals and a participle adjunct after the
// role ("…, resigning after six months") is the holder's.
func roleAs(toks []tok, i int) bool {
	j := i - 1
	if j > 0 && strings.HasSuffix(toks[j].low, "ly") {
		j-- // "served briefly as"
	}
	return j >= 0 && roleVerbs.Has(toks[j].low)
}

// roleVerbs are the verb forms a role "as …" follows.
var roleVerbs = wordset.FromMap(map[string]bool{"served": true, "serves": true, "serving": true, "serve": true,
	"acted": true, "acting": true, "worked": true, "working": true, "appointed": true, "named": true, "elected": true,
	"installed": true, "reappointed": true, "re-elected": true, "confirmed": true, "remained": true, "stayed": true,
	"continued": true, "sworn": true, "nominated": true, "designated": true, "chosen": true, "selected": true})

// butSubject returns the subject of a contrastive clause that a verb
// after "and" continues: "The government lifted the ban, but protesters
// returned on Tuesday and set fire to …" (the arson is the protesters',
// not the first clause's subject carried over). The nearest actor left
// of the "and" must open the "but" clause ("but [the] protesters");
// else nil.
func butSubject(toks []tok, acts []actor, actorAt []int, m *match) []int {
	k := m.start - 1
	if k < 3 || toks[k].low != "and" {
		return nil
	}
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		if isHardStop(&toks[j]) || toks[j].low == "and" {
			return nil
		}
		ai := actorAt[j]
		if ai < 0 {
			continue
		}
		a := &acts[ai]
		if a.place || a.poss || a.t0 < 1 {
			return nil
		}
		b := a.t0 - 1
		if toks[b].low == "the" && b > 0 {
			b--
		}
		if toks[b].low == "but" {
			return conj(toks, acts, actorAt, ai)
		}
		return nil
	}
	return nil
}

// passiveRelease checks the passive release frame ("X was released from
// detention"): it needs a freed actor as its subject (else "the
// report was released" would be coded), and a place after "from" ("from
// the Central Women's Facility") is where the freed left, not who freed
// them. It returns the sources to use, or ok false when nothing is coded.
func passiveRelease(toks []tok, acts []actor, srcs, tgts []int) (out []int, ok bool) {
	if len(tgts) == 0 || tgts[0] < 0 || acts[tgts[0]].place {
		return nil, false
	}
	if len(srcs) == 0 || srcs[0] < 0 {
		return srcs, true
	}
	k := acts[srcs[0]].t0 - 1
	for k >= 0 && toks[k].is(wcDeterminer) {
		k--
	}
	if k >= 0 && toks[k].low == "from" && !custodian(toks, &acts[srcs[0]]) {
		return []int{-1}, true
	}
	return srcs, true
}

// custodyNouns name the hold a releaser kept someone in.
var custodyNouns = wordset.FromMap(map[string]bool{"custody": true, "captivity": true, "detention": true,
	"prison": true, "prisons": true, "jail": true, "jails": true, "hands": true})

// custodian reports an actor after "from" that held the freed: a state
// or its adjective ("from Pakistani custody", "from Britain's Belmarsh
// prison"), or any actor before a custody noun ("from Hamas captivity").
// A named building or institution ("from the Central Women's Facility",
// "from the Institute of Medical Sciences") released nobody.
func custodian(toks []tok, a *actor) bool {
	if a.demonym || a.country != "" && a.id == a.country && a.sector == "" {
		return true
	}
	return a.t1 < len(toks) && custodyNouns.Has(toks[a.t1].low)
}

// appositiveWhoOpen returns the comma opening an appositive with a
// relative "who" clause that the comma at close ends ("Colonel Mamady
// Doumbouya, a former legionnaire who heads the special forces unit,
// said"): the phrase starts with a/an/the right after a capitalised
// actor and holds "who"; an actor inside the clause ("forces") is no
// subject of the main verb. appositiveOpen leaves appositives
// with relative clauses alone; else -1.
func appositiveWhoOpen(toks []tok, actorAt []int, close int) int {
	who := false
	for j := close - 1; j >= 1 && j >= close-18; j-- {
		t := &toks[j]
		if isHardStop(t) {
			return -1
		}
		switch t.low {
		case "and", "or", "said", "says", "which", "that":
			return -1
		case "who":
			who = true
			continue
		case ",":
			if who && j+2 < close && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the") &&
				actorAt[j-1] >= 0 && toks[j-1].upper && toks[j+2].low != "who" {
				return j
			}
			return -1
		}
	}
	return -1
}

// orgTitleHolder returns the named person that the organisation actor
// acts[ai] and a title introduce ("by former U.N. Secretary-General Kofi
// Annan", "by U.N. envoy Lakhdar Brahimi"): the person acted, with the
// organisation as their title's. Else -1.
func orgTitleHolder(toks []tok, acts []actor, actorAt []int, ai int) int {
	if acts[ai].person || acts[ai].place {
		return -1
	}
	t1 := acts[ai].t1
	for j := t1; j < len(toks) && j <= t1+3; j++ {
		if bi := actorAt[j]; bi >= 0 {
			if j > t1 && bi != ai && acts[bi].person && !acts[bi].generic {
				return bi
			}
			return -1
		}
		if w := toks[j].low; !titleWords.Has(w) && !conjunctTitles.Has(w) && w != "envoy" && w != "mediator" {
			return -1
		}
	}
	return -1
}

// orderThenDid returns the subject of a control verb ("ordered",
// "forced", "told") when the trigger m is a past verb coordinated by
// "and" after that verb's object and infinitive: "Morales ordered troops
// to occupy the gas fields and gave foreign companies 180 days …" — the
// troops occupy, Morales gives. The subject is the actor that
// ends right before the control verb. Else -1.
func orderThenDid(toks []tok, actorAt []int, m *match) int {
	i := m.start - 1
	if i < 3 || toks[i].low != "and" || !(pastVerb(&toks[m.start]) || irregularPast.Has(toks[m.start].low)) {
		return -1
	}
	for k := i - 1; k >= 1 && k >= i-14; k-- {
		t := &toks[k]
		if t.punct && isHardStop(t) || t.low == "," {
			return -1
		}
		if t.low != "to" || k < 2 {
			continue
		}
		// "<verb> <object …> to <infinitive>": the control verb is a
		// few words before "to", after the subject's actor
		for v := k - 1; v >= 1 && v >= k-5; v-- {
			if w := toks[v].low; !toks[v].upper && controlVerb(w) && (strings.HasSuffix(w, "ed") || w == "told" || w == "made") {
				if ai := actorAt[v-1]; ai >= 0 {
					return ai
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// resultRelative reports whether the trigger of match m is the verb of a
// reduced relative on a result noun in apposition to the clause before:
// "Saied dismissed the prime minister, a move his opponents denounced as
// a coup", and returns the relative's subject actor, or -1
// when its subject ("his opponents", "critics") is no actor: then the
// act is someone unnamed's. Either way it is aimed at the main clause's
// subject, and a possessor is never the actor.
func resultRelative(toks []tok, actorAt []int, m *match) (bool, int) {
	k := m.start - 1
	subj := -1
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if toks[k].punct {
			return false, -1
		}
		if actorAt[k] >= 0 {
			subj = actorAt[k]
			continue
		}
		if resultNoun(toks[k].low) {
			break
		}
	}
	if k < 1 || k == m.start-1 || !resultNoun(toks[k].low) {
		return false, -1
	}
	if toks[k-1].low == "a" || toks[k-1].low == "an" || toks[k-1].low == "the" || toks[k-1].low == "one" {
		k--
	}
	return k >= 1 && toks[k-1].low == ",", subj
}

// resultNoun reports the nouns that sum up the act of a clause before
// them: "…, a move (step, decision) critics called …".
func resultNoun(w string) bool {
	switch w {
	case "move", "step", "decision", "action", "measure", "act", "decree", "order", "ruling", "announcement":
		return true
	}
	return false
}

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
// Food Programme", "dozens of Red Cross volunteers". The
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
	return memberNouns.Has(toks[k-1].low) || countWord(&toks[k-1])
}

// protestNouns name a mass movement that can be the subject of a
// coercive verb: "Mass protests forced Bouteflika from office".
var protestNouns = wordset.New("protests", "demonstrations", "uprising", "uprisings", "riots", "unrest", "revolt",
	"revolts", "revolution", "strikes", "marches", "rallies")

// protestSubject reports a coercion whose subject is a mass movement
// that no actor names, right before the trigger at the start of its
// clause ("Mass protests forced Bouteflika from office", "…, who ruled
// for two decades before mass protests forced him from office"): the
// protesters, unnamed, did it. Up to three modifiers
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

// participleObjects are the present participles of a reduced relative
// clause after a group noun ("soldiers backing X", "protesters
// supporting X"); the name after them is their object.
var participleObjects = map[string]bool{"backing": true, "supporting": true, "opposing": true, "guarding": true,
	"protecting": true, "defending": true, "escorting": true, "accompanying": true, "representing": true}

// participleHead returns the actor that a reduced relative clause
// ("Soldiers backing Rajoelina stormed the palace") modifies, when the
// actor at s is that clause's object: the clause's head noun is the
// main verb's subject, not the participle's object; -1 otherwise.
func participleHead(toks []tok, acts []actor, s int) int {
	j := acts[s].t0 - 1
	if j > 0 && toks[j].is(wcDeterminer) {
		j-- // "troops guarding the Iraqi embassy"
	}
	if j < 1 || !strings.HasSuffix(toks[j].low, "ing") || !participleObjects[toks[j].low] {
		return -1
	}
	for k := s - 1; k >= 0; k-- {
		if acts[k].t1 == j {
			return k
		}
		if acts[k].t1 < j {
			break
		}
	}
	return -1
}

// coordAppositiveOpen returns the comma that opens an appositive closed
// by the comma at close when the appositive is a relation or a title
// "of" someone, coordinated with another: "Maria Santos, the daughter of
// President X and mayor of Davao City, said …", "Y, the son of X and a
// former minister, said …". The actor before the opening comma must be
// a person; the appositive must start "the|a|an <noun> of" (so "Ukraine,
// the EU and the United States said" stays a list). appositiveOpen stops
// at the "and". It returns -1 for none.
func coordAppositiveOpen(toks []tok, acts []actor, actorAt []int, close int) int {
	and := false
	for j := close - 1; j >= 1 && j >= close-20; j-- {
		t := &toks[j]
		if isHardStop(t) || t.is(wcReportVerb) {
			return -1
		}
		switch t.low {
		case "who", "which", "that", "whose":
			return -1
		case "and":
			and = true
		case ",":
			if !and || j+3 >= close || actorAt[j-1] < 0 || !acts[actorAt[j-1]].person {
				return -1
			}
			if d := toks[j+1].low; d != "the" && d != "a" && d != "an" {
				return -1
			}
			if n := &toks[j+2]; n.upper || n.punct || actorAt[j+2] >= 0 || toks[j+3].low != "of" {
				return -1
			}
			return j
		}
	}
	return -1
}

// relativeAntecedent returns the subject of a relative clause opened
// right after actor ai ("…, which established relations"): the actor
// and, when it closes a coordination ("Vietnam and the United States,
// which established diplomatic relations in 1995"), the actors joined to
// it, which the clause is about together. Places in the list
// are left out; a list of one is ai alone.
func relativeAntecedent(toks []tok, acts []actor, actorAt []int, ai int) []int {
	if ai == 0 || !joined(toks, acts[ai-1].t1, acts[ai].t0) {
		return []int{ai}
	}
	l := conj(toks, acts, actorAt, ai)
	if len(l) < 2 || l[len(l)-1] != ai {
		return []int{ai}
	}
	for _, k := range l {
		if acts[k].place {
			return []int{ai}
		}
	}
	return l
}

// subordinateNominal reports a trigger noun that is itself the subject
// of a clause opened by a subordinator right before it: "since protests
// began against X's bid", "after clashes erupted": nobody in the main
// clause ("Burundians have fled to Rwanda, Tanzania and Congo") did it,
// and whoever did is not named. The noun must be followed by
// a verb of its clause (a past form, or began/broke/spread/were/have).
func subordinateNominal(toks []tok, m *match) bool {
	switch toks[m.start-1].low {
	case "since", "after", "before", "until", "when", "while", "as", "amid":
	default:
		return false
	}
	if m.head != m.start || m.head+1 >= len(toks) || !strings.HasSuffix(toks[m.head].low, "s") && !strings.HasSuffix(toks[m.head].low, "ing") {
		return false
	}
	switch w := toks[m.head+1].low; w {
	case "began", "begun", "broke", "spread", "were", "have", "had", "continue", "continued":
		return true
	default:
		return strings.HasSuffix(w, "ed") && !toks[m.head+1].upper
	}
}

// inclusionModifier reports an inclusion list ("…, including air force
// pilots, have said") whose last actor modifies a plain noun after it:
// the members are the pilots, people of the actor, not the actor, and
// the subject ("reservists") is no actor either. "Countries,
// including France and Germany, condemned" names members that act.
func inclusionModifier(toks []tok, acts []actor, list []int) bool {
	last := list[len(list)-1]
	if last < 0 {
		return false
	}
	k := acts[last].t1
	return k+1 < len(toks) && !toks[k].upper && strings.HasSuffix(toks[k].low, "s") && plainNoun(&toks[k]) && toks[k+1].punct
}

// unknownName reports a capitalised word inside a sentence that is no
// actor's ("the Mercosur trade bloc", "the Wagner group"): in a noun
// phrase after ", and the" it is part of a name the mentions missed,
// so the phrase is a new subject all the same.
func unknownName(toks []tok, k int) bool {
	return k > 0 && toks[k].upper && !toks[k].punct
}

// apposedCoordinate returns the subject of a trigger at token start
// when the person actor ai closes, with a comma right before the
// trigger, an apposition coordinated with an actor before it: "Santos
// and the leader of the FARC rebel group, Rodrigo Londono, signed",
// "Santos and Londono, better known as Timochenko, signed" are Santos
// and Londono, not Londono alone. The actor before "and" (and a list it
// closes) and ai are returned; nil when the words do not have that
// shape (a possessive, another comma or a stop between them).
func apposedCoordinate(toks []tok, acts []actor, actorAt []int, ai, start int) []int {
	a := &acts[ai]
	if !a.person || a.t1 >= len(toks) || a.t1+1 != start || toks[a.t1].low != "," {
		return nil
	}
	open := -1
	for j := a.t0 - 1; j >= 1 && j >= a.t0-8; j-- {
		if isHardStop(&toks[j]) {
			return nil
		}
		if toks[j].low == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return nil
	}
	for q := open - 1; q >= 1 && q >= open-10; q-- {
		t := &toks[q]
		if isHardStop(t) || t.low == "," || t.low == "'s" || t.low == "or" {
			return nil
		}
		if t.low != "and" {
			continue
		}
		y := actorAt[q-1]
		if y < 0 || y == ai || acts[y].place || acts[y].demonym || acts[y].id == a.id {
			return nil
		}
		list := conj(toks, acts, actorAt, y)
		out := make([]int, 0, len(list)+1)
		for _, k := range list {
			// not "the FARC" of "the leader of the FARC rebel group":
			// the apposed name is that description
			if acts[k].id != a.id && acts[k].t1 <= q {
				out = append(out, k)
			}
		}
		return append(out, ai)
	}
	return nil
}

// passiveReasonSubject returns the subject of a passive clause whose
// reason is the gerund trigger of m after "for": "Vasquez had been fired
// by Zelaya for refusing to organise the poll" — Vasquez refused, not the
// agent after "by". ok is false unless m is such a reason; the subject
// is -1 when it is no actor ("the general was dismissed by X for …").
func passiveReasonSubject(toks []tok, actorAt []int, m *match) (subj int, ok bool) {
	s := m.start
	if s < 4 || toks[s-1].low != "for" || !strings.HasSuffix(toks[s].low, "ing") {
		return -1, false
	}
	for b := s - 2; b >= 2 && b >= s-10; b-- {
		if toks[b].punct || isHardStop(&toks[b]) {
			return -1, false
		}
		if toks[b].low != "by" || !isParticiple(toks[b-1].low) || !toks[b-2].is(wcBeForm) {
			continue
		}
		// the subject before the auxiliaries: "had been", "was", "has been"
		j := b - 3
		for j >= 0 && j >= b-5 && actorAt[j] < 0 && (toks[j].is(wcBeForm) || toks[j].low == "had" || toks[j].low == "has" || toks[j].low == "have") {
			j--
		}
		if j > 0 && actorAt[j] < 0 && toks[j].is(wcTitleNoun) {
			j-- // "the Honduran army chief": the army's
		}
		if j >= 0 && actorAt[j] >= 0 {
			return actorAt[j], true
		}
		return -1, true
	}
	return -1, false
}

// classedSubject returns the subject of "became/is the first (latest,
// only …) <actor> country (member, state, nation) to …" when the actor
// at s only names that class: "Sweden on Thursday became the first major
// European Union country to recognise Palestine" is Sweden's act, not
// the EU's; "Finland became the latest NATO member to expel Russian
// diplomats" Finland's. Else -1.
func classedSubject(toks []tok, acts []actor, actorAt []int, s int) int {
	e := acts[s].t1
	if e >= len(toks) || !classNouns.Has(toks[e].low) {
		return -1
	}
	j := acts[s].t0 - 1
	if j > 0 && !toks[j].punct && !toks[j].upper && !rankWords.Has(toks[j].low) {
		j-- // "the first major EU country"
	}
	if j < 2 || !rankWords.Has(toks[j].low) || toks[j-1].low != "the" || !becameWords.Has(toks[j-2].low) {
		return -1
	}
	for k := j - 3; k >= 0 && k >= j-9; k-- {
		if toks[k].punct {
			return -1
		}
		if a := actorAt[k]; a >= 0 && a != s {
			return a
		}
	}
	return -1
}

var (
	classNouns  = wordset.New("country", "countries", "member", "members", "state", "states", "nation", "nations", "government", "governments", "ally", "allies")
	rankWords   = wordset.New("first", "second", "third", "fourth", "fifth", "latest", "last", "only", "newest", "next", "sole")
	becameWords = wordset.New("became", "becomes", "become", "becoming", "is", "was", "are", "were")
)
