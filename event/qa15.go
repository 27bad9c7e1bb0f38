package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Rules added after the fifteenth QA reading (session 8), kept apart
// from the older rules so that parallel work on coder.go merges cleanly.

// modifierTriggers are the trigger words that also modify a noun of
// equipment or units: an attack helicopter, a strike force, an assault
// rifle, a fire engine.
var modifierTriggers = wordset.New("attack", "strike", "assault", "fire", "raid", "bomb", "combat", "patrol", "rescue")

// equipmentNouns are the nouns those words modify (QA15 E-2).
var equipmentNouns = wordset.New("helicopter", "helicopters", "submarine", "submarines", "aircraft", "jet", "jets",
	"plane", "planes", "drone", "drones", "dog", "dogs", "boat", "boats", "craft", "ship", "ships", "vessel", "vessels",
	"force", "forces", "fighter", "fighters", "bomber", "bombers", "rifle", "rifles", "weapon", "weapons", "vehicle",
	"vehicles", "engine", "engines", "truck", "trucks", "brigade", "brigades", "group", "groups", "capability",
	"capabilities", "package", "squadron", "squadrons", "unit", "units", "team", "teams", "missile", "missiles",
	"shelter", "shelters", "tank", "tanks")

// modalWords before a trigger make it a verb: "to attack aircraft", "will
// strike ships".
var modalWords = wordset.New("to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
	"did", "does", "do", "not", "never")

// modifierTrigger reports a trigger word used as a noun modifier, "heavy
// weapons such as attack helicopters", "a strike force", "assault
// rifles": not the verb of an event (QA15 E-2). The word must stand
// alone as the match's head, be followed by a noun of equipmentNouns, and
// not follow an actor (its subject: "rebels attack vehicles") or a modal
// or "to" ("plans to attack ships").
func modifierTrigger(toks []tok, actorAt []int, m *match) bool {
	h := m.head
	if h != m.start || h+1 >= len(toks) || !modifierTriggers.Has(toks[h].low) || !equipmentNouns.Has(toks[h+1].low) {
		return false
	}
	if h > 0 && (actorAt[h-1] >= 0 || modalWords.Has(toks[h-1].low)) {
		return false
	}
	return true
}

// conjunctTitles are the words of a title before a coordinated name:
// "and opposition leader Raila Odinga", "and Prime Minister X", "and
// Maoist chairman Prachanda".
var conjunctTitles = wordset.New("president", "vice", "prime", "minister", "premier", "chancellor", "leader",
	"opposition", "chairman", "chairwoman", "chair", "foreign", "defence", "defense", "finance", "interior",
	"secretary", "general", "secretary-general", "king", "queen", "crown", "prince", "emir", "sheikh", "deputy",
	"former", "rebel", "party", "head", "chief", "ambassador", "envoy", "governor", "mayor", "senator",
	"commander", "counterpart", "speaker", "spokesman", "colonel", "general", "pope", "archbishop")

// titledConjunct reports whether tokens [from,to) between two actors
// are an "and"/"or" (after an optional comma) and one to four title
// words, the title of the second conjunct: "Kenyan President Mwai Kibaki
// and opposition leader Raila Odinga signed …" is a coordinated subject
// as much as "Kibaki and Odinga" (QA15 E-1).
func titledConjunct(toks []tok, from, to int) bool {
	if from < len(toks) && toks[from].low == "," {
		from++
	}
	if to-from < 2 || to-from > 5 || to > len(toks) || toks[from].low != "and" && toks[from].low != "or" {
		return false
	}
	for i := from + 1; i < to; i++ {
		if !conjunctTitles.Has(toks[i].low) {
			return false
		}
	}
	return true
}

// titleOfName reports a singular agent phrase ending before token end
// that a named person's actor follows at once: "opposition leader Raila
// Odinga", "rebel commander X". The phrase is the person's title, no
// second actor beside them, so "Kibaki and opposition leader Raila
// Odinga signed" keeps its two conjoined signers (QA15 E-1).
func titleOfName(toks []tok, acts []actor, end int) bool {
	if end >= len(toks) || !toks[end].upper || strings.HasSuffix(toks[end-1].low, "s") {
		return false
	}
	for i := range acts {
		if acts[i].t0 == end {
			return acts[i].person && !acts[i].generic
		}
	}
	return false
}

// titledLink reports two named persons acts[i] and acts[i+1] joined by
// an "and" and the second one's title (see titledConjunct).
func titledLink(toks []tok, acts []actor, i int) bool {
	a, b := &acts[i], &acts[i+1]
	return b.t0-a.t1 >= 2 && a.person && b.person && !a.generic && !b.generic && titledConjunct(toks, a.t1, b.t0)
}

// resultParticiples open a clause of the consequence of the main verb:
// "signed a deal, ending a dispute that left the Balkans without heat".
var resultParticiples = wordset.New("ending", "leaving", "prompting", "sparking", "triggering", "causing",
	"bringing", "forcing", "raising", "halting", "averting", "paving", "capping", "closing", "securing")

// resultClause reports a ", <result participle>" between the trigger at
// head and byte offset end: a place after it is where the consequence
// happened, not where the main event did (QA15 P-1). The participle's
// own events have their trigger after the comma and are not affected.
func resultClause(toks []tok, head, end int) bool {
	for i := head + 1; i+1 < len(toks) && toks[i+1].start < end; i++ {
		if toks[i].low == "," && resultParticiples.Has(toks[i+1].low) {
			return true
		}
	}
	return false
}

// ultimatumDemand reports a match m in the infinitive of an ultimatum
// coded before it in the sentence (ms): "gave foreign companies 180 days
// to sign new contracts or leave the country" demands the signing and
// the leaving; neither happened (QA15 E-6). The infinitive runs from the
// ultimatum's end up to eight tokens with no punctuation.
func ultimatumDemand(toks []tok, ms []match, m *match) bool {
	for j := range ms {
		u := &ms[j]
		if u.p.Code != "139" || u.end > m.head || m.head-u.end > 8 {
			continue
		}
		clean := true
		for i := u.end; i < m.head; i++ {
			if toks[i].punct {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// orgTitleHolder returns the named person that the organisation actor
// acts[ai] and a title introduce ("by former U.N. Secretary-General Kofi
// Annan", "by U.N. envoy Lakhdar Brahimi"): the person acted, with the
// organisation as their title's (QA15 E-8). Else -1.
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

// placeBreak reports a ", and"/", or" link between acts[i] and acts[i+1]
// where exactly one of them is a place: "shot protesters in Kisumu and
// Mombasa, and gangs burned a church" ends the list of places and opens
// a new clause; a list joins like with like (QA15 E-3).
//
// Likewise a ", and" before an actor with a finite verb right after it,
// when a verb other than a reporting verb comes before the list: "shot
// dead protesters in Kisumu and Mombasa, and gangs burned a church" is
// two clauses ("Officials said Britain, France, and Germany condemned it"
// stays one list).
func placeBreak(toks []tok, acts []actor, i int) bool {
	a, b := &acts[i], &acts[i+1]
	if !commaConj(toks, a.t1, b.t0) {
		return false
	}
	if a.place != b.place {
		return true
	}
	if b.t1 >= len(toks) || !(pastVerb(toks[b.t1]) || irregularPast.Has(toks[b.t1].low)) {
		return false
	}
	for k := a.t0 - 1; k >= 0; k-- {
		t := &toks[k]
		if t.punct && isHardStop(*t) || t.is(wcReportVerb) {
			return false
		}
		if !t.upper && (pastVerb(*t) || irregularPast.Has(t.low)) {
			return true
		}
	}
	return false
}

// orderThenDid returns the subject of a control verb ("ordered",
// "forced", "told") when the trigger m is a past verb coordinated by
// "and" after that verb's object and infinitive: "Morales ordered troops
// to occupy the gas fields and gave foreign companies 180 days …" — the
// troops occupy, Morales gives (QA15 E-6). The subject is the actor that
// ends right before the control verb. Else -1.
func orderThenDid(toks []tok, actorAt []int, m *match) int {
	i := m.start - 1
	if i < 3 || toks[i].low != "and" || !(pastVerb(toks[m.start]) || irregularPast.Has(toks[m.start].low)) {
		return -1
	}
	for k := i - 1; k >= 1 && k >= i-14; k-- {
		t := &toks[k]
		if t.punct && isHardStop(*t) || t.low == "," {
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
