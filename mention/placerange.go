package mention

import "github.com/sitrep-project/sitrep/geo"

// fromTo reports whether the name [i,j) is one end of a range of places,
// "from X to Y", the other end capitalised too ("fires burning from
// Dalarna to Jamtland", "the road from Osh to Jalal-Abad"): neither end
// a date ("from March to May") and no possessive.
func (p *proc) fromTo(i, j int) bool {
	n := len(p.toks)
	if i == 0 || !p.joined(i) || p.toks[i-1].shape&shLower == 0 || p.toks[j-1].poss || p.has(i, fDate) {
		return false
	}
	switch p.word(i - 1) {
	case "from":
		// "from X to Y": the name is X
		return j+1 < n && p.joined(j) && p.joined(j+1) && p.toks[j].shape&shLower != 0 && p.word(j) == "to" && p.toks[j+1].cap() && !p.has(j+1, fDate)
	case "to":
		// the name is Y: one to three capitalised words before "to",
		// "from" before them
		k := i - 2
		for k >= 0 && k > i-5 && p.toks[k].cap() && p.joined(k+1) && !p.has(k, fDate) {
			k--
		}
		return k >= 0 && k < i-2 && p.joined(k+1) && p.toks[k].shape&shLower != 0 && p.word(k) == "from" && !p.toks[i-2].poss
	}
	return false
}

// facilityAt reports whether the name opening at i follows a facility's
// noun and "at": the place the facility stands in ("the command post at
// Sveg", "the rail station at Shetpe", "a camp at Dadaab"), a verb
// of arriving or being somewhere and "at", or people and "from"
// (personFrom).
func (p *proc) facilityAt(i int) bool {
	if p.personFrom(i) {
		return true
	}
	if i < 2 || !p.joined(i) || !p.joined(i-1) || p.toks[i-1].shape&shLower == 0 || p.word(i-1) != "at" || p.toks[i-2].shape&shLower == 0 {
		return false
	}
	switch p.word(i - 2) {
	case "post", "station", "base", "camp", "checkpoint", "crossing", "port", "airport", "airfield", "terminal",
		"depot", "garrison", "outpost", "plant", "refinery", "dam", "bridge", "mine", "border",
		// a verb of arriving or of being somewhere: "docked at Lautoka",
		// "killed at Marikana", "buried at Qunu"
		"arrived", "landed", "docked", "stationed", "gathered", "killed", "died", "born", "buried", "encamped", "camped",
		// a fight where it happened: "a skirmish at Williamsport", "clashes at Kok-Tash"
		"skirmish", "battle", "clashes", "fighting", "massacre", "ambush", "siege":
		return true
	}
	return false
}

// standingBefore reports whether the name [i,j) follows "the" and a
// party's standing ("the ruling", "the governing", "the opposition"):
// the party's name, not a person's, though "opposition" is a role noun
// before a person ("opposition leader X" has the leader's title between).
func (p *proc) standingBefore(i, j int) bool {
	if i < 2 || !p.joined(i) || !p.joined(i-1) || p.toks[i-1].shape&shLower == 0 || !partyStanding(p.word(i-1)) || p.toks[j-1].poss {
		return false
	}
	return p.is(i-2, p.s.w.the)
}

// sectorOpening reports whether the one word [i,j) opens its sentence,
// is a common word, and stands before a body's noun that a capitalised
// name follows ("Energy company Sasol said", "Mining firm Tsodilo
// Resources"): the word is the sector of the body named after the noun.
func (p *proc) sectorOpening(i, j int) bool {
	if j != i+1 || !p.toks[i].sentStart || !p.has(i, fCommon) || j+1 >= len(p.toks) || !p.joined(j) || !p.joined(j+1) {
		return false
	}
	return p.toks[j].shape&shLower != 0 && orgDescriptor(p.word(j)) && p.toks[j+1].cap()
}

// facilityAfter reports whether the name [i,j), after "the" (and up to
// two lower-case modifiers), is followed
// by the lower-case noun of a place one goes to ("the Dong Ba market",
// "the Sayyida Zeinab mosque", "the Wat Phnom pagoda", "the Soanierana
// barracks"): the name is the
// place's, not a person's or a body's. No word of the name is a common
// word ("the Central market") and no possessive ends it; one word before
// a place of worship is its deity's (worshipHeads).
func (p *proc) facilityAfter(i, j int) bool {
	d := i - 1 // "the", perhaps with a lower-case modifier or two ("the historic Tinmel mosque")
	for d > 0 && d > i-3 && p.toks[d].shape&shLower != 0 && p.toks[d].word() && !p.has(d, fStop|fDet) {
		d--
	}
	if i == 0 || d < 0 || j >= len(p.toks) || !p.is(d, p.s.w.the) && !(d == i-1 && p.lower(d) == "its") || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[j-1].poss || p.anyFlag(i, j, fCommon|fOrgCue|fMisc) {
		return false
	}
	if j-i == 1 && worshipHeads.Has(p.word(j)) {
		return false // "the Ram temple": the deity's name (commonCompounds)
	}
	h := j
	if h+1 < len(p.toks) && p.joined(h+1) && p.toks[h+1].shape&shLower != 0 && !p.toks[h].poss {
		switch p.word(h) {
		case "presidential", "royal", "government", "war", "main", "old":
			h++ // "the Koulouba presidential palace", "the Chaeng Wattana government complex"
		}
	}
	switch p.word(h) {
	case "market", "bazaar", "monastery", "pagoda", "temple", "mosque", "church", "cathedral", "shrine",
		"stadium", "prison", "jail", "dam", "bridge", "palace", "square", "mall",
		// sites one travels through or is posted at: "the Soanierana
		// barracks", "the Khyber pass", "the Pamir highway"
		"barracks", "highway", "airport", "airfield", "pass", "crossing", "checkpoint",
		// a crossroads, a quarter or a walled site of a town: "the
		// Ratchaprasong intersection", "the Mar Mikhael district", "the
		// Tal Afar citadel"
		"intersection", "junction", "roundabout", "quarter", "district", "neighbourhood", "neighborhood",
		"citadel", "fort", "fortress", "complex", "memorial", "port":
		return h+1 >= len(p.toks) || !p.joined(h+1) || !p.toks[h+1].cap()
	}
	return false
}

// bodyNounBefore reports whether a lower-case noun right before the name
// opening at i says it is a body's ("the gang Barrio 18", "radio station
// P4 Gavleborg", "the party Podemos"): a name with a number is then the
// body's, not a product's model.
func (p *proc) bodyNounBefore(i int) bool {
	if i == 0 || !p.joined(i) || p.toks[i-1].shape&shLower == 0 || p.cover[i-1] >= 0 || p.toks[i-1].poss {
		return false
	}
	switch w := p.word(i - 1); w {
	case "gang", "station", "channel":
		return true
	default:
		return orgDescriptor(w)
	}
}

// bodyApposition reports whether the name [i,j) renames a body the
// words before it describe: "the new parliament, the Inatsisartut,"
// (a legislature's or an organisation's noun, a comma and "the" before
// the name, a comma or the sentence's end after it), or "the news site
// Badil" (a news or web site).
func (p *proc) bodyApposition(i, j int) bool {
	if i >= 2 && p.joined(i) && p.toks[i-1].shape&shLower != 0 && p.word(i-1) == "site" && (p.word(i-2) == "news" || p.word(i-2) == "web") {
		return true
	}
	// "The army, known as the Tatmadaw,": the same with the words that
	// give the name as what the body is known as
	c := i - 2
	if c >= 3 && p.word(c) == "as" && p.word(c-1) == "known" && p.joined(c) {
		c -= 2
		switch p.word(c) {
		case "also", "commonly", "better", "locally", "popularly", "widely":
			c--
		}
	}
	if c < 2 || !p.joined(i) || !p.is(i-1, p.s.w.the) || !p.is(c, p.s.w.comma) || p.toks[c-1].shape&shLower == 0 || p.toks[j-1].poss {
		return false
	}
	if j < len(p.toks) && p.toks[j].sent == p.toks[i].sent && !p.is(j, p.s.w.comma) && !p.is(j, p.s.w.period) {
		return false
	}
	switch w := p.word(c - 1); w {
	case "parliament", "legislature", "assembly", "council", "senate", "congress":
		return true
	case "army", "military", "militia", "police":
		return c < i-2 // ("the army, the country's biggest employer,": only as a name it is known by)
	default:
		return orgDescriptor(w) && !p.roleOfDescribed(c-1)
	}
}

// roleOfBody reports whether the name [i,j) follows a role held in
// a body and "of" or "for" ("chairman of Cementos Andinos", "a spokesman
// for Kalahari Gold", "shareholders of X"): the body's name, not a
// person's, unless a given name opens it ("a spokesman for Juan Perez")
// or a kin noun follows it ("a member of the Kenyatta family").
func (p *proc) roleOfBody(i, j int) bool {
	if i < 2 || !p.joined(i) || p.has(i, fGiven|fHonor) || j < len(p.toks) && (p.kinAfter(j) || p.is(j, p.s.w.of)) {
		return false
	}
	k := i - 1 // "of" or "for", perhaps "the" after it ("a member of the Folketing")
	if p.is(k, p.s.w.the) && k >= 2 {
		if j < len(p.toks) && p.joined(j) && p.toks[j].shape&shLower != 0 && !p.has(j, fStop|fAux) {
			return false // "director of the Burghölzli asylum": the name modifies a noun of its own
		}
		k--
	}
	if p.toks[k].shape&shLower == 0 || p.toks[k-1].shape&shLower == 0 && !p.toks[k-1].sentStart || !p.joined(k) || !p.joined(k+1) {
		return false
	}
	if w := p.word(k); w != "of" && w != "for" {
		return false
	}
	switch p.lower(k - 1) {
	case "member", "members":
		// "a member of the Folketing", "members of Ata-Meken" (not "a
		// member of Smith's staff")
		return k < i-1 || j-i-p.hyphens(i, j) == 1
	case "chairman", "chairwoman", "chairperson", "director", "directors", "founder", "co-founder", "cofounder",
		"executive", "executives", "spokesman", "spokeswoman", "spokesperson", "manager", "owner", "owners",
		"shareholder", "shareholders", "employee", "employees", "staff", "workers", "board", "chief", "head", "boss",
		"shares", "stock", "subsidiary": // "Shares of Vingroup fell"
		return true
	}
	return false
}

// personFrom reports whether the name opening at i follows a noun of
// people by where they live or were born and "from" ("a man from
// Tafeghaghte", "villagers from Kolonga"): their home, a place. Nouns of
// office ("officials from X", "leaders from X") may name a body and do
// not count.
func (p *proc) personFrom(i int) bool {
	if i < 2 || !p.joined(i) || !p.joined(i-1) || p.toks[i-1].shape&shLower == 0 || p.word(i-1) != "from" || p.toks[i-2].shape&shLower == 0 && !p.toks[i-2].sentStart {
		return false
	}
	switch w := p.lower(i - 2); w {
	case "people", "families", "villagers", "residents", "farmers", "fishermen", "herders", "migrants", "refugees",
		"pilgrims", "children", "men", "women", "youths", "family", "settlers",
		// one of them, or people by a trade that ties them to a town:
		// "a farmer from Sorochuco", "miners from Huanuni"
		"farmer", "fisherman", "herder", "villager", "migrant", "refugee", "pilgrim", "miners", "traders", "vendors":
		return true
	default:
		return personNoun(w)
	}
}

// kinAfter reports whether token j is a lower-case noun of kin or lineage
// ("family", "clan"): the name before it is a family's.
func (p *proc) kinAfter(j int) bool {
	if !p.joined(j) || p.toks[j].shape&shLower == 0 {
		return false
	}
	switch p.word(j) {
	case "family", "families", "clan", "tribe", "dynasty", "household":
		return true
	}
	return false
}

// currencyAfter reports whether token j is a lower-case currency noun
// right after the name before it ("CFA francs", "Hong Kong dollars"):
// the name is the currency's, no place.
func (p *proc) currencyAfter(j int) bool {
	return j < len(p.toks) && p.joined(j) && p.toks[j].shape&shLower != 0 && geo.CurrencyNoun(p.word(j))
}
