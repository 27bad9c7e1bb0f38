package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// Coordinated actor lists: where a run of actors joined by commas and
// "and" stops at a possessive, a title or a place.

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
// as much as "Kibaki and Odinga".
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

// titledLink reports two named persons acts[i] and acts[i+1] joined by
// an "and" and the second one's title (see titledConjunct).
func titledLink(toks []tok, acts []actor, i int) bool {
	a, b := &acts[i], &acts[i+1]
	return b.t0-a.t1 >= 2 && a.person && b.person && !a.generic && !b.generic && titledConjunct(toks, a.t1, b.t0)
}

// placeBreak reports a ", and"/", or" link between acts[i] and acts[i+1]
// where exactly one of them is a place: "shot protesters in Kisumu and
// Mombasa, and gangs burned a church" ends the list of places and opens
// a new clause; a list joins like with like.
//
// Likewise a ", and" before an actor with a finite verb right after it,
// when a verb other than a reporting verb comes before the list: "shot
// dead protesters in Kisumu and Mombasa, and gangs burned a church" is
// two clauses ("Officials said Britain, France, and Germany condemned it"
// stays one list).
//
// Without the comma, see bareClauseBreak.
func placeBreak(toks []tok, acts []actor, i int) bool {
	a, b := &acts[i], &acts[i+1]
	if !commaConj(toks, a.t1, b.t0) {
		return bareClauseBreak(toks, acts, i)
	}
	if a.place != b.place {
		return true
	}
	if b.t1 >= len(toks) || !(pastVerb(&toks[b.t1]) || irregularPast.Has(toks[b.t1].low)) {
		return false
	}
	for k := a.t0 - 1; k >= 0; k-- {
		t := &toks[k]
		if t.punct && isHardStop(t) || t.is(wcReportVerb) {
			return false
		}
		if !t.upper && (pastVerb(t) || irregularPast.Has(t.low)) {
			return true
		}
	}
	return false
}

// possessedConj extends the coordinated run lo..hi leftwards past a
// possessive state that opens its first conjunct: in "Russian President
// Vladimir Putin and India's Narendra Modi condemned …" and "Putin,
// Orban and Qatar's Emir Tamim congratulated …" the "'s" hides the
// "and" from joined, so the run held only the last person.
// The possessor (acts[lo-1]) is the person's state, not a conjunct: it
// is left out of the run. It returns nil when no such possessor links
// the run to an earlier actor.
func possessedConj(toks []tok, acts []actor, lo, hi int) []int {
	p := lo - 1
	if p < 1 || !possessorOf(toks, acts, p, lo) {
		return nil
	}
	q := p - 1
	if !joined(toks, acts[q].t1, acts[p].t0) || !hasConj(toks, acts[q].t1, acts[p].t0) || commaConj(toks, acts[q].t1, acts[p].t0) ||
		acts[q].place || acts[q].poss || bareClauseBreak(toks, acts, q) {
		return nil // "… in Karabakh, and Armenia's president said": two clauses
	}
	first := q
	for first > 0 && joined(toks, acts[first-1].t1, acts[first].t0) && !acts[first-1].poss && !placeBreak(toks, acts, first-1) {
		first--
	}
	out := make([]int, 0, q-first+1+hi-lo+1)
	for i := first; i <= q; i++ {
		out = append(out, i)
	}
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

// possessorOf reports a state actor acts[p] followed by "'s", at most
// three title words ("Emir", "Prime Minister", which the possessor's
// actor may have taken as its agent) and the named person acts[q].
func possessorOf(toks []tok, acts []actor, p, q int) bool {
	if !acts[p].poss || acts[p].person || !acts[q].person || acts[q].generic {
		return false
	}
	k := acts[p].t0 + 1
	for k < acts[q].t0 && toks[k].low != "'s" && toks[k].low != "'" {
		k++
	}
	if k >= acts[q].t0 || acts[q].t0-k > 4 {
		return false
	}
	for k++; k < acts[q].t0; k++ {
		if !toks[k].upper || !conjunctTitles.Has(toks[k].low) {
			return false
		}
	}
	return true
}

// possessedTail replaces a possessive state that ends the coordinated
// run lo..hi by the person it owns: "met Modi and Britain's Prime
// Minister Rishi Sunak" met Sunak, not Britain. nil when the
// run ends otherwise.
func possessedTail(toks []tok, acts []actor, lo, hi int) []int {
	if hi == lo || hi+1 >= len(acts) || !possessorOf(toks, acts, hi, hi+1) || !hasConj(toks, acts[hi-1].t1, acts[hi].t0) {
		return nil
	}
	out := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return append(out, hi+1)
}

// participleTails are words after a past form that make it a participle
// describing the actor before it ("officials accused of graft",
// "militias backed by Iran"), not the verb of a new clause.
var participleTails = wordset.New("by", "of", "with", "in", "as", "since")

// bareClauseBreak reports an "and" with no comma between acts[i] and
// acts[i+1] that joins two clauses: the second actor (or the person a
// possessive second actor owns: "Venezuela's Hugo Chávez") is followed
// by a past verb, and a past verb other than a reporting verb comes
// before the first in its clause (bareClauseStops): "Georgian forces attacked South
// Ossetia and Russian troops poured across the border", "Correa broke
// off relations with Bogota and Venezuela's Hugo Chávez sent troops" are
// two clauses, not a list of two targets ("Officials said Britain and
// France condemned it" stays one list).
func bareClauseBreak(toks []tok, acts []actor, i int) bool {
	a, b := &acts[i], &acts[i+1]
	if b.t0-a.t1 != 1 || toks[a.t1].low != "and" || a.t0 > 0 && toks[a.t0-1].low == "between" {
		return false // "a rail link between Khokhrapar and Monabao suspended since 1965": one list
	}
	v := b.t1
	if b.poss && i+2 < len(acts) && possessorOf(toks, acts, i+1, i+2) {
		v = acts[i+2].t1
	}
	if v >= len(toks) || toks[v].upper || !(pastVerb(&toks[v]) || irregularPast.Has(toks[v].low)) {
		return false
	}
	if v+1 < len(toks) && participleTails.Has(toks[v+1].low) {
		return false
	}
	// the verb before, in the same clause: no punctuation, clause
	// opener or reporting verb between ("…, Soule and Ahlstrom said",
	// "came on after Ahlstrom and Soule left", "rocked North Korea but
	// U.S. and South Korean officials said", "voted to declare Abkhazia
	// and South Ossetia occupied territories"); a participle ("troops
	// backed by artillery and aircraft attacked") is no verb
	for k := a.t0 - 1; k >= 0; k-- {
		t := &toks[k]
		if t.punct || t.is(wcReportVerb) || bareClauseStops.Has(t.low) {
			return false
		}
		if !t.upper && (pastVerb(t) || irregularPast.Has(t.low)) && !(k+1 < len(toks) && participleTails.Has(toks[k+1].low)) {
			return true
		}
	}
	return false
}

// bareClauseStops are words that open a clause or join two: a verb before
// one of them is not the verb of the clause that holds the actors.
var bareClauseStops = wordset.New("but", "yet", "and", "or", "while", "whereas", "after", "before", "when", "as",
	"because", "since", "until", "if", "although", "though", "that", "which", "who", "whom", "where", "to")
