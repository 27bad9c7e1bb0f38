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
