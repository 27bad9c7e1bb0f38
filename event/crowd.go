package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// crowdProtesters returns a copy of a, a crowd of no known country
// ("people", "crowds", "residents": civilians, CVL) that is the source
// of a protest (14), as protesters (OPP): people who rally, march or
// riot act as the opposition, as the event sets' gold codes
// "Thousands of people marched …" (KGZOPP), and like protesters they
// take the country of the place where they demonstrate (localAgent).
func crowdProtesters(a *actor) *actor {
	v := *a
	v.sector, v.id = "OPP", "OPP"
	return &v
}

// crowdNumbers are the bare numbers that name a crowd ("Thousands
// rallied in Yerevan"); they are agents (OPP) only as the subject of a
// demonstration (crowdSubject).
var crowdNumbers = wordset.New("thousands", "hundreds", "dozens")

// crowdVerbs are the forms of the verbs of a crowd demonstrating that
// make a bare number before them its subject.
var crowdVerbs = wordset.New("rallied", "marched", "protested", "demonstrated", "gathered", "rioted", "poured",
	"massed", "took", "staged", "stormed", "thronged", "converged", "assembled", "blocked",
	"rally", "march", "protest", "demonstrate", "gather", "riot", "pour", "take", "stage", "storm")

// crowdSubject reports whether the crowd number at i (the agent phrase
// ends at end) is the subject of a demonstration: no "of" after it
// ("thousands of people" are people; "killed thousands" is no
// subject), a clause start before it (past "tens of", "hundreds of")
// and a demonstration verb after it, auxiliaries and "more" between:
// "Thousands rallied in Bishkek", "tens of thousands have marched",
// "as hundreds more protested".
func crowdSubject(toks []tok, i, end int) bool {
	k := i - 1
	if k >= 1 && toks[k].low == "of" && (toks[k-1].low == "tens" || toks[k-1].low == "hundreds") {
		k -= 2
	}
	if k >= 0 && !toks[k].punct && !clauseOpeners.Has(toks[k].low) {
		return false
	}
	for j := end; j < len(toks) && j < end+3; j++ {
		switch w := toks[j].low; {
		case w == "more" || w == "have" || w == "had" || w == "also" || w == "again":
		case crowdVerbs.Has(w):
			return true
		default:
			return false
		}
	}
	return false
}

// authorVerbs are the participles that name who made a policy a
// protest is against ("tax increases proposed by the government").
var authorVerbs = wordset.New("proposed", "planned", "imposed", "introduced", "announced", "pushed", "passed", "approved",
	"adopted", "ordered", "backed", "sponsored", "drafted", "decreed", "enacted")

// policyAuthor returns the actor that made the policy a protest at m is
// against: "marched … against tax increases proposed by President
// William Ruto's government" is against the government (the plan is
// no actor, its author the target); -1 when the words after "against"
// are no such noun phrase. The protest's place and date may sit between
// the verb and "against".
func policyAuthor(toks []tok, acts []actor, actorAt []int, m *match) int {
	i := m.end
	for ; i < len(toks) && i < m.end+8 && toks[i].low != "against"; i++ {
		if toks[i].punct || toks[i].is(wcRightStop) {
			return -1
		}
	}
	if i >= len(toks) || toks[i].low != "against" {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		t := &toks[j]
		if actorAt[j] >= 0 || t.punct || isHardStop(t) {
			return -1
		}
		if !authorVerbs.Has(t.low) {
			continue
		}
		if j == i+1 || j+2 >= len(toks) || toks[j+1].low != "by" {
			return -1
		}
		b := j + 2
		if toks[b].low == "the" && b+1 < len(toks) {
			b++
		}
		if actorAt[b] < 0 && toks[b].upper && b+1 < len(toks) && actorAt[b+1] >= 0 {
			b++ // "by President William Ruto": a title before the name
		}
		if ai := actorAt[b]; ai >= 0 && !acts[ai].place {
			return ai
		}
		return -1
	}
	return -1
}

// onlyPlaces reports whether every actor of tgts (none too) is a place.
func onlyPlaces(acts []actor, tgts []int) bool {
	for _, t := range tgts {
		if t < 0 || !acts[t].place {
			return false
		}
	}
	return true
}
