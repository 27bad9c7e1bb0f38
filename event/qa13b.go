package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Rules added after the thirteenth QA reading (session 8, event places
// and event codes). They are kept in this file, apart from the older
// rules, so that parallel work on emit.go and coder.go merges cleanly.

// otherSideOfQuote reports a place at sp that lies on the other side of
// a reported-speech boundary from an event trigger at byte offset at
// (QA13 P-1, P-2):
//
//   - the trigger is inside a quote's content and the place is in its
//     attribution tag ("A soldier was killed near X, the minister told
//     reporters in Paris"; "Officials in Gao said rebels attacked Y"):
//     where the statement was made is not where the fighting was;
//   - the trigger is outside a quote's content (the speech verb) and the
//     place is inside it ("the minister said the killings were an attack
//     on all of South Asia"): what a statement is about is not where it
//     was made.
//
// The attribution tag runs from the speaker (or the cue when the speaker
// is elsewhere) to the content's start for a leading tag and from the
// content's end on for a trailing one, so a dateline opening the
// sentence before a trailing tag ("BAMAKO, Jan 12 (Reuters) - Rebels
// shelled …, the army said") still places the content event.
func otherSideOfQuote(d *doc.Doc, at int, sp doc.Span) bool {
	qs := d.QuotesNear(min(at, sp.Start), max(at+1, sp.End))
	for i := range qs {
		q := &qs[i]
		if q.Span.End <= q.Span.Start || q.CueSpan.End <= q.CueSpan.Start {
			continue
		}
		in := q.Span.Start <= at && at < q.Span.End
		if !in {
			if q.Span.Start <= sp.Start && sp.End <= q.Span.End && q.CueSpan.Start <= at && at < q.CueSpan.End {
				return true // the speech event and a place in what was said
			}
			continue
		}
		if q.CueSpan.Start >= q.Span.End {
			// trailing tag: "…, the army said in a statement in Bamako";
			// a comma after the cue closes the tag ("arrested X, a
			// teacher accused of spying, in Cairo": the quote layer's
			// misreading of an appositive must not move the arrest)
			if sp.Start >= q.Span.End && (sp.Start < q.CueSpan.End || !strings.Contains(d.Text[q.CueSpan.End:sp.Start], ",")) {
				return true
			}
			continue
		}
		if q.CueSpan.End <= q.Span.Start {
			// leading tag: "Officials in Gao said (that) …"
			tag := q.CueSpan.Start
			if s := q.Speaker.Span; s.End > s.Start && s.Start < tag && s.End <= q.Span.Start {
				tag = s.Start
			}
			if sp.Start >= tag && sp.End <= q.Span.Start {
				return true
			}
		}
	}
	return false
}

// armedGroup reports an actor sector of a state's armed forces or
// police: their road blocks restrict movement (191), they do not
// demonstrate (QA13 E-10). Rebels and militias that block roads stay a
// protest's blockade (PLOVER codes "rebels blocked transport into the
// city" as PROTEST).
func armedGroup(sector string) bool {
	return sector == "MIL" || sector == "COP"
}

// nationalIngNouns are the nouns in -ing that "national" modifies as an
// adjective ("a week of national mourning", "national spending"): no
// citizen "national" acts there (QA13 E-11).
var nationalIngNouns = wordset.FromMap(map[string]bool{"mourning": true, "spending": true, "funding": true, "housing": true,
	"healing": true, "rebuilding": true, "reckoning": true, "bargaining": true, "planning": true, "polling": true,
	"screening": true, "testing": true, "training": true, "broadcasting": true, "soul-searching": true, "grieving": true,
	"lockdown": true, "uprising": true, "gathering": true, "meeting": true, "hearing": true, "ranking": true, "rankings": true})

// notEventPlace reports a place of the sentence that is no place of the
// event whose trigger is token h (QA13 P-3):
//
//   - a capital standing for its government (Mention.Metonymy: "a remark
//     that angered Washington") is an actor, not where anything happened;
//   - the destination of a journey ("to"/"for" before the place) is not
//     where an event the sentence dates before the departure happened:
//     "boarded a plane to Equatorial Guinea after talks with X" (the talks
//     were where he boarded; "flew to Paris for talks" keeps Paris).
func notEventPlace(d *doc.Doc, toks []tok, h int, sp doc.Span) bool {
	t0, t1 := tokRange(toks, sp) // t1: the token after the place
	if t0 > 0 {
		if w := toks[t0-1].low; len(w) >= 5 && !toks[t0-1].punct && affectVerb(w) {
			return true // "a remark that angered Washington": the capital is the government angered
		}
	}
	// the mention at the place's start (mentions are in text order)
	lo, hi := 0, len(d.Mentions)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); d.Mentions[mid].Span.Start < sp.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Mentions) && d.Mentions[lo].Span.Start == sp.Start && d.Mentions[lo].Metonymy {
		return true
	}
	if t0 <= 0 || t1 > h || toks[t0-1].low != "to" && toks[t0-1].low != "for" {
		return false
	}
	for j := t1; j < h; j++ {
		if toks[j].low == "after" {
			return true
		}
	}
	return false
}

// affectVerb reports a form of a verb whose object is a party's feelings
// ("angered Washington", "irritating Beijing", "alarmed Seoul"): a place
// name after it stands for its government.
func affectVerb(w string) bool {
	switch w[len(w)-1] {
	case 'd', 'e', 'g', 's', 't', 'r', 'y', 'm':
	default:
		return false // (no form of these verbs ends otherwise)
	}
	for _, stem := range affectStems {
		if strings.HasPrefix(w, stem) {
			switch w[len(stem):] {
			case "", "e", "s", "es", "ed", "d", "ing", "ering", "ered", "ers", "y", "ied", "ies", "ying":
				return true
			}
		}
	}
	return false
}

// affectStems are the stems affectVerb reads ("anger" + "ed", "irritat" +
// "ed"/"ing", "upset").
var affectStems = []string{"anger", "irritat", "upset", "alarm", "infuriat", "enrag", "annoy", "embarrass", "worr",
	"frustrat", "rattl", "antagoniz", "antagonis", "offend", "provok", "displeas", "delight", "reassur", "unnerv", "outrag"}

// relativePronounSubject returns prev, the sources of the sentence's
// previous event, when the verb of m follows ", where|when <pronoun>" or
// ", after which <pronoun>" ("The gunmen stormed the hotel, where they
// took guests hostage"): the pronoun of a clause hung on the main
// clause's place or time is its subject (QA13 E-16). Else nil.
func relativePronounSubject(toks []tok, m *match, prev []int) []int {
	k := m.start - 1
	if len(prev) == 0 || prev[0] < 0 || k < 2 || !pronouns.Has(toks[k].low) || toks[k].low == "we" {
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
// role ("…, resigning after six months") is the holder's (QA13 E-12).
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
// else nil (QA13 E-15).
func butSubject(toks []tok, acts []actor, actorAt []int, m *match) []int {
	k := m.start - 1
	if k < 3 || toks[k].low != "and" {
		return nil
	}
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		if isHardStop(toks[j]) || toks[j].low == "and" {
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

// pairStart returns the token where "the two <noun>" opens a sentence's
// main clause: 0, or right after the comma closing a fronted phrase of
// up to ten tokens ("On August 15, 2005, the two sides signed …"); -1
// when there is none. (pairSubject checks that no actor stands before.)
func pairStart(toks []tok) int {
	if toks[0].low == "the" && toks[1].low == "two" {
		return 0
	}
	for i := 1; i <= 10 && i+3 < len(toks); i++ {
		if isHardStop(toks[i]) {
			return -1
		}
		if toks[i].low == "," && toks[i+1].low == "the" && toks[i+2].low == "two" {
			return i + 1
		}
	}
	return -1
}
