package event

// borderLocation reports an actor at token i that names the far side of
// a border given as a location: "near|along|on|at|across|close to the
// border with (the) X" (QA21 E-1: "gunmen attacked a police post near
// the border with the Democratic Republic of Congo"). The neighbour
// only says where the act happened; it is no party to it. A border
// that is itself the object ("reopened its border with Eritrea") is
// left to the other rules.
func borderLocation(toks []tok, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 3 || toks[j].low != "with" {
		return false
	}
	switch toks[j-1].low {
	case "border", "borders", "frontier", "frontiers", "boundary":
	default:
		return false
	}
	k := j - 2 // "the"/"its" before the border noun
	switch toks[k].low {
	case "the", "its", "their", "his", "her":
	default:
		return false
	}
	switch toks[k-1].low {
	case "near", "along", "on", "at", "across", "by":
		// (troops sent "to the border with Ukraine" threaten Ukraine)
		return true
	}
	return false
}
