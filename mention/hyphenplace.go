package mention

// localBodyNouns are the lower-case nouns of a town's or county's
// services and areas that a place's name modifies: "the Winston-Salem
// police chief", "the Dallas-Fort Worth area".
var localBodyNouns = map[string]bool{
	"police": true, "sheriff": true, "schools": true, "school": true, "county": true, "fire": true,
	"transit": true, "area": true, "region": true, "metro": true, "airport": true, "council": true,
	"district": true, "mayor": true, "city": true, "suburbs": true, "officials": true, "authorities": true,
}

// hyphenPlace reports whether the run [i,j) is hyphened names ("Charlotte-
// Mecklenburg", "Dallas-Fort Worth") written after "the" or "a" and
// before a local body's noun: a joint city and county or a metropolitan
// area, whose names a person's double surname does not share the place
// of ("Mr. Holtz-Eakin said").
func (p *proc) hyphenPlace(i, j int) bool {
	if j-i < 2 || j-i > 4 || i == 0 || j >= len(p.toks) || !p.joined(j) || !p.joined(i) {
		return false
	}
	switch p.word(i - 1) {
	case "the", "a", "an", "The", "A", "An":
	default:
		return false
	}
	if p.toks[j].shape&shLower == 0 || !localBodyNouns[p.word(j)] {
		return false
	}
	hyphen := false
	for k := i; k < j; k++ {
		if !p.toks[k].cap() || p.toks[k].poss || p.has(k, fHonor|fRole) {
			return false
		}
		hyphen = hyphen || k > i && p.toks[k].gap == gapHyphen
	}
	return hyphen
}
