package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Rules added after the twelfth QA reading (session 7). They are kept in
// this file, apart from the older rules, so that parallel work on emit.go
// and coder.go merges cleanly.

// titleWords are the lower-case words of a title that may stand between
// a pre-nominal participle and the name it describes ("jailed former
// prime minister Imran Khan", "exiled opposition leader X").
var titleWords = wordset.FromMap(map[string]bool{"former": true, "ex": true, "prime": true, "minister": true,
	"president": true, "vice": true, "leader": true, "opposition": true, "senator": true, "governor": true,
	"mayor": true, "general": true, "activist": true, "journalist": true, "dissident": true, "chief": true,
	"premier": true, "chancellor": true, "lawmaker": true, "politician": true, "candidate": true, "rebel": true,
	"commander": true, "military": true, "army": true, "ruler": true, "strongman": true, "dictator": true,
	"tycoon": true, "businessman": true, "cleric": true, "blogger": true, "rapper": true, "writer": true,
	"party": true, "head": true, "deputy": true, "secretary": true, "defence": true, "defense": true,
	"foreign": true, "interior": true, "finance": true, "justice": true, "human": true, "rights": true,
	"pro-democracy": true, "veteran": true, "exiled": true, "ousted": true, "detained": true, "jailed": true})

// attributiveTitle reports a past participle at h that describes the
// person named after it, behind a preposition and a run of title words
// ("backed by jailed former prime minister Imran Khan", "a letter from
// detained opposition leader X"): a description of a standing state, no
// event of this sentence, and the sentence subject is no jailer (QA12
// E-3). The participle must follow a preposition so that "Pakistan
// jailed former prime minister X" stays an arrest.
func attributiveTitle(toks []tok, actorAt []int, h int) bool {
	if h == 0 || h+1 >= len(toks) {
		return false
	}
	if w := toks[h].low; !strings.HasSuffix(w, "ed") && !pastParticiple.Has(w) {
		return false
	}
	if !prepositions.Has(toks[h-1].low) &&
		// "refused to reinstate ousted President Zelaya": after an
		// infinitive the participle describes the person (QA25 E-15)
		!(h >= 2 && toks[h-2].low == "to" && !toks[h-1].upper && !toks[h-1].punct) {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+5; k++ {
		if actorAt[k] >= 0 {
			return true
		}
		if t := &toks[k]; t.punct || !titleWords.Has(t.low) {
			return false
		}
	}
	return false
}

// orderVerbs give an order whose infinitive says what is to be done.
// (Plurals that are mostly nouns, "orders" and "commands", are left out:
// "gave commands for X to let go".)
var orderVerbs = wordset.FromMap(map[string]bool{"ordered": true, "order": true, "ordering": true,
	"instructed": true, "instructs": true, "instructing": true, "commanded": true, "directed": true, "directs": true})

// orderContent reports a trigger inside the infinitive of an order
// ("the court ordered Israel to halt its offensive", "Israel was ordered
// to halt its offensive"): an order verb before it in the clause and a
// "to" between them and no comma after the "to". What is ordered has
// not happened: the trigger is hypothetical; the order itself is coded
// (QA12 E-7). "In order to" is a purpose, no order.
func orderContent(toks []tok, m *match) bool {
	sawTo := false // (true needs "to" in the window: see infinitiveWords)
	for i := m.start - 1; i >= 0 && i >= m.start-10; i-- {
		if isHardStop(toks[i]) {
			return false
		}
		w := toks[i].low
		if w == "," && !sawTo {
			return false // "…, pressed his weapon": a verb of its own
		}
		if w == "to" {
			sawTo = true
			continue
		}
		if len(w) > 0 && (w[0] == 'o' || w[0] == 'i' || w[0] == 'c' || w[0] == 'd') && orderVerbs.Has(w) { // (first letters of orderVerbs: a cheap prefilter)
			return sawTo && i < m.start-1 && (i == 0 || toks[i-1].low != "in" && !toks[i-1].is(wcDeterminer))
		}
	}
	return false
}

// defendVerbs guard against what comes after "against".
var defendVerbs = wordset.FromMap(map[string]bool{"defend": true, "defends": true, "defended": true, "defending": true,
	"protect": true, "protects": true, "protected": true, "protecting": true, "shield": true, "shields": true,
	"guard": true, "guards": true, "itself": true, "themselves": true, "himself": true, "herself": true, "ourselves": true,
	"safeguard": true, "safeguards": true})

// defendedAgainst reports a nominal attack trigger that is what a
// subject defends itself against ("Israel will defend itself against
// any attack", "Ukraine defended itself against Russian attacks"): the
// other side's act, never the defender's
// (QA12 E-9). owner is the actor between "against" and the trigger that
// makes the attack ("Russian"), or -1 when none is named.
func defendedAgainst(toks []tok, actorAt []int, m *match) (ok bool, owner int) {
	owner = -1
	i := m.start - 1
	for ; i >= 0 && i >= m.start-4; i-- {
		t := &toks[i]
		if t.punct {
			return false, -1
		}
		if t.low == "against" || defendVerbs.Has(t.low) {
			break
		}
		if actorAt[i] >= 0 {
			owner = actorAt[i]
		}
	}
	if i < 0 || i < m.start-4 {
		return false, -1
	}
	if toks[i].low != "against" {
		return false, -1 // "repelled a rebel attack": the attacker is found as before
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].punct {
			return false, -1
		}
		if defendVerbs.Has(toks[k].low) {
			return true, owner
		}
	}
	return false, -1
}

// fundsWord reports "funds" or "finances", the first test of fundsNoun:
// cheap enough to inline, so that verbGuard asks fundsNoun only past it.
func fundsWord(w string) bool { return w == "funds" || w == "finances" }

// fundsNoun reports "funds" or "finances" at h as a noun after a
// modifying actor: "frozen EU funds", "billions in EU funds", "access to
// US funds" — the word before the actor is a preposition or a
// participle, not a determiner or the clause start ("The EU funds
// projects" stays a verb). A bare noun gives nothing: no giving verb
// (QA12 E-16).
func fundsNoun(toks []tok, actorAt []int, h int) bool {
	if !fundsWord(toks[h].low) || h == 0 || actorAt[h-1] < 0 {
		return false
	}
	k := h - 1
	for k >= 0 && actorAt[k] == actorAt[h-1] {
		k--
	}
	if k < 0 {
		return false
	}
	w := toks[k].low
	return prepositions.Has(w) || !toks[k].is(wcDeterminer) && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ed"))
}

// possessedHead returns the actor that a possessive actor at ai owns
// when it opens the clause, before the trigger at h: in "Sudan's
// paramilitary Rapid Support Forces shelled El Fasher, killing 15" the
// force is the head of the subject and does the killing, not Sudan
// (QA12 E-5). Up to three modifiers may stand between; else -1.
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
		if toks[j].punct || !isModifier(toks[j].low) && !actorModifiers.Has(toks[j].low) {
			return -1
		}
	}
	return -1
}

// partisanNouns name the followers or the opponents of a person, who
// are not the person ("supporters and opponents of Mursi clashed").
var partisanNouns = wordset.FromMap(map[string]bool{"supporters": true, "loyalists": true, "followers": true,
	"opponents": true, "critics": true, "detractors": true, "foes": true})

// partisansOf turns a person actor named with a partisan noun
// ("Bolsonaro supporters", "supporters of former President Jair
// Bolsonaro") into the followers: civilians (CVL) of the person's
// country, named by the whole phrase, never the person (QA12 E-2).
func partisansOf(a *actor, name string) {
	a.person, a.generic, a.agentNoun = false, true, true
	a.sector = "CVL"
	a.name = name
	a.id = a.actorCode()
}

// partisanBefore returns the index of a partisan noun before "of" and a
// title in front of the person starting at t0 ("supporters of former
// President Jair Bolsonaro"), or -1. Tokens before lo belong to another
// actor.
func partisanBefore(toks []tok, t0, lo int) int {
	for i := t0 - 1; i >= lo && i >= 1 && i >= t0-5; i-- {
		t := &toks[i]
		if t.low == "of" {
			if i-1 >= lo && partisanNouns.Has(toks[i-1].low) {
				return i - 1
			}
			return -1
		}
		if t.punct || !t.upper && !titleWords.Has(t.low) {
			return -1
		}
	}
	return -1
}

// refugeWords make a journey flight from danger, not a visit.
var refugeWords = wordset.FromMap(map[string]bool{"asylum": true, "exile": true, "refuge": true, "fled": true,
	"fleeing": true, "flee": true, "flees": true, "escaped": true, "escape": true, "escaping": true, "sanctuary": true})

// refugeJourney reports a visit code (04x) on a travel verb in a
// sentence about asylum, exile or flight ("Morales flew to Mexico after
// the government there granted him asylum"): the traveller seeks
// refuge and meets no host (QA12 E-13).
func refugeJourney(toks []tok, m *match) bool {
	switch w := toks[m.head].low; {
	case strings.HasPrefix(w, "fl"), strings.HasPrefix(w, "travel"), strings.HasPrefix(w, "arriv"), strings.HasPrefix(w, "went"):
	default:
		return false
	}
	for i := range toks {
		if refugeWords.Has(toks[i].low) {
			return true
		}
	}
	return false
}

// firstPersonPassive reports a trigger in a passive with a first-person
// subject inside a quote ("We will not be intimidated", "we were
// threatened by Rwanda"): the speaker's side suffers the act, so the
// speaker is no source (QA12 E-14).
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

// documentNouns are the documents whose issuer a participle after them
// speaks through: "a warrant from the ICC accusing him of …".
var documentNouns = wordset.FromMap(map[string]bool{"warrant": true, "warrants": true, "indictment": true,
	"resolution": true, "report": true, "letter": true, "statement": true, "complaint": true, "ruling": true,
	"order": true, "decree": true, "summons": true, "notice": true, "motion": true, "lawsuit": true, "petition": true})

// documentIssuer returns the actor ending right before the participle
// at h when it is the issuer of a document named just before it ("a
// warrant from the International Criminal Court accusing him", "a
// resolution by the council calling for …"): the issuer accuses, not
// the clause subject (QA12 E-6); else -1.
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

// documentPatient returns the person a "him"/"her" after a document's
// participle repeats ("Duterte was arrested on a warrant from the ICC
// accusing him of …"): the last person named before the issuer, or -1.
func documentPatient(toks []tok, acts []actor, actorAt []int, m *match) int {
	if m.start == 0 {
		return -1
	}
	is := documentIssuer(toks, acts, actorAt, m.start)
	if is < 0 {
		return -1
	}
	for ai := is - 1; ai >= 0; ai-- {
		if acts[ai].person && acts[ai].t1 <= acts[is].t0 {
			return ai
		}
	}
	return -1
}

// clauseSubjectGovernment reports a bare "the government" or "the
// new|interim|transitional government" at i opening a clause (the
// sentence start, or after punctuation such as a dateline's dash): in
// a story set in one country it is that country's government (QA12 E-4;
// QA11 E-9 took only the object).
func clauseSubjectGovernment(toks []tok, i int) bool {
	if toks[i].low != "government" || i == 0 {
		return false
	}
	k := i - 1
	switch toks[k].low {
	case "new", "interim", "transitional", "caretaker":
		k--
	}
	if k < 0 || toks[k].low != "the" {
		return false
	}
	return k == 0 || toks[k-1].punct
}

// priorAdjunctFar reports a ", X-ing" adjunct 9 to 16 tokens before the
// "and" at and, with no clause break between: "…, ending eight years of
// rule by the nationalist Law and Justice party and promising to …"
// coordinates two adjuncts of the main clause, whose subject promises
// (QA12 E-12). priorAdjunct looks only 8 tokens back.
func priorAdjunctFar(toks []tok, and int) bool {
	for i := and - 1; i > 0 && i >= and-16; i-- {
		if isHardStop(toks[i]) || toks[i].is(wcReportVerb) || toks[i].low == "that" || toks[i].low == "which" || toks[i].low == "who" {
			return false
		}
		if i < and-8 && strings.HasSuffix(toks[i].low, "ing") && toks[i-1].low == "," {
			return true
		}
	}
	return false
}
