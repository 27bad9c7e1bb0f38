package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// stateRegionNouns name the regions of a state ("Niger state", "Punjab
// province").
var stateRegionNouns = wordset.New("state", "province", "region", "district", "county", "department", "governorate", "prefecture")

// regionOfState turns a country's name that names a region of another
// state into a place of that state: "in Nigeria's Niger state" is a
// state of Nigeria, no Niger ("kidnapped students from a school in
// Nigeria's Niger state" was aimed at NER). The owner ends right before
// "'s" and the region noun follows the name.
func regionOfState(toks []tok, acts []actor) {
	for k := 1; k < len(acts); k++ {
		b, a := &acts[k], &acts[k-1]
		if b.t0 < 2 || b.t1 >= len(toks) || b.country == "" || b.person || a.country == "" || a.country == b.country ||
			a.t1 != b.t0-1 || toks[b.t0-1].low != "'s" || !stateRegionNouns.Has(toks[b.t1].low) {
			continue
		}
		b.id, b.code, b.country, b.sector, b.place, b.demonym, b.poss = a.country, a.country, a.country, "", true, false, false
	}
}
