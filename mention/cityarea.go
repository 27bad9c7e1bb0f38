package mention

// cityAreaWords name a part of a city before its name ("in central
// Bogota", "in downtown Nairobi", "across northern Kabul").
var cityAreaWords = map[string]bool{
	"central": true, "downtown": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"greater": true, "old": true, "inner": true, "suburban": true, "uptown": true, "midtown": true,
}

// inCityArea reports whether the capital at token i follows a locative
// preposition and a word naming a part of the city ("gathered in
// central Bogota to celebrate", "clashes in downtown Nairobi"): it is
// then the city, never the government a to-infinitive after it would
// otherwise make it.
func (p *proc) inCityArea(i int) bool {
	if i < 2 || p.toks[i-1].sent != p.toks[i].sent || p.toks[i-2].sent != p.toks[i].sent {
		return false
	}
	// the preposition's flag first: it turns most words away before the
	// map is asked
	if p.toks[i-2].shape&shLower == 0 || !p.has(i-2, fLocPrep) || p.toks[i-1].shape&shLower == 0 {
		return false
	}
	return cityAreaWords[p.word(i-1)]
}
