package mention

// settlementOf reports whether the name at token i follows a settlement
// or an administrative area's noun and "of" ("the town of Masaka", "the
// central city of Kananga", "the province of Cibitoke"). The head noun
// decides the type whatever follows, even an appositive that would make
// a person ("the central town of Masaka, a party spokesman said": the
// spokesman speaks, he is not Masaka).
func (p *proc) settlementOf(i int) bool {
	if i < 2 || !p.is(i-1, p.s.w.of) || !p.joined(i) || p.toks[i-2].shape&shLower == 0 || p.toks[i-2].poss {
		return false
	}
	switch p.word(i - 2) {
	case "town", "towns", "city", "cities", "village", "villages", "township", "borough", "district", "province",
		"region", "county", "governorate", "prefecture", "oblast", "island", "port", "settlement", "parish",
		"municipality", "commune", "hamlet", "suburb", "neighbourhood", "neighborhood", "emirate",
		"department", "departments", "regency", "territory", "canton", "barangay", "subdistrict", "upazila",
		"enclave", "exclave", "atoll", "archipelago", "oasis", "valley", "kingdom", "islands", "capital":
		return !p.has(i, fHonor|fRole)
	}
	return false
}

// compassOf reports whether the name at token i follows a lower-case
// compass word and "of" ("20 miles west of Toledo", "north of Brega"):
// a place's position, which no person has.
func (p *proc) compassOf(i int) bool {
	if i < 2 || !p.is(i-1, p.s.w.of) || p.toks[i-2].shape&shLower == 0 {
		return false
	}
	switch p.word(i - 2) {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}
