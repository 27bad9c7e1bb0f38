package mention

import (
	"slices"
	"strings"
)

// findRuns finds capitalised name sequences the KB does not cover and
// classifies them as person, organisation or place from cheap cues.
func (p *proc) findRuns() {
	toks := p.toks
	n := len(toks)
	for i := 0; i < n; {
		// most tokens are neither capitalised nor all capitals, so
		// neither nameWord nor upperLetters can hold: skip them (cCapish)
		i = nextClass(p.cls, i, cCapish)
		if i == n {
			break
		}
		if p.word(i) == "First" { // countryFirst's first test, without a call per word
			if e := p.countryFirst(i); e > i {
				i = e // "Latvia First", "New Zealand First": a party
				continue
			}
		}
		if p.cover[i] >= 0 || !p.nameWord(i) && !(p.toks[i].upperLetters() && p.ampersand(i+1)) || p.has(i, fDate) && !p.dateGiven(i) || p.modifierOfTitle(i) {
			i++
			continue
		}
		j := i + 1
		forPlace := false // "Citizens for Macedonia", "United Farmers of Ontario": a body named for its country
		for j < n && (p.joined(j) || p.possInName(i, j)) {
			// "Kurdistan Regional Government": a capitalised "Government" ends a name
			gov := j > i && p.toks[j].cap() && p.word(j) == "Government" && p.tcover[j] < 0
			// "Night Watch", "Election Watch": a watchdog's or a vigilante
			// group's name ends in a capitalised "Watch" (a web page's
			// "Watch:" is a stop word)
			gov = gov || j > i && p.toks[j].cap() && !p.toks[j].upper() && p.word(j) == "Watch" && p.tcover[j] < 0 && (j+1 >= n || p.word(j+1) != ":")
			if p.cover[j] < 0 && (p.nameWord(j) || gov || p.syllable(j) || p.membersAfterOf(i, j) || (p.toks[j].cap() && p.has(j, fDate) && p.tcover[j] < 0) || p.stopInName(i, j) || p.elidedName(j)) {
				j++
				continue
			}
			if g := p.arabicArticlePlace(i, j); g >= 0 {
				j = p.found[g].j // "Mohamed Naji al-Assam": a family name, not the Indian state
				p.kill(g)
				continue
			}
			// "Premium Times", "New Dawn FM": a lexicon's one-word paper or
			// body that is also a head word ends the name before it
			if g := p.foundAt(j); g >= 0 && j > i && p.joined(j) && p.orgHeadFound(g) && !p.has(j-1, fOrgCue|fPlaceCue|fStop|fConnector) && p.cover[j-1] < 0 && p.nameWord(j-1) && !p.headline(j) {
				j = p.found[g].j
				p.kill(g)
				continue
			}
			// "Basic Court Skopje", "Higher Court Belgrade": a court named
			// by its rank and the town it sits in, written after it
			if g := p.foundAt(j); g >= 0 && j-i >= 2 && p.word(j-1) == "Court" && p.joined(j) && !p.toks[j-1].poss && !p.headline(j) {
				if h := &p.found[g]; (h.typ == kPlace || h.capital >= 0) && h.typ != kCountry && h.how != hDemonym && (h.j >= n || !p.joined(h.j) || !p.toks[h.j].cap()) {
					j = h.j
					p.kill(g)
					break
				}
			}
			// "University of Southern Indiana": a capitalised direction
			// inside a name opens the place after it as part of the name
			if g := p.foundAt(j); g >= 0 && j-1 > i && direction(p.word(j-1)) && p.toks[j-1].cap() && p.joined(j) && !p.toks[j-1].poss && !p.headline(j) {
				if h := &p.found[g]; (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !h.metonymy && p.anyFlag(i, j-1, fOrgCue|fPlaceCue) {
					j = h.j
					p.kill(g)
					continue
				}
			}
			// "University of Texas at Austin", "University of North
			// Carolina at Greensboro": a campus after "at" is part of the
			// university's name
			if j+1 < n && p.word(j) == "at" && p.joined(j+1) && p.toks[j+1].cap() && p.universityOf(i, j) {
				e := j + 1
				if g := p.foundAt(e); g >= 0 {
					if h := &p.found[g]; (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym {
						e = h.j
						p.kill(g)
					}
				} else {
					for e < n && p.cover[e] < 0 && p.nameWord(e) && (e == j+1 || p.joined(e)) {
						e++
					}
				}
				if e > j+1 {
					j = e
					if p.toks[e-1].poss {
						break // "University of Nebraska at Omaha's Center": the possessive ends it
					}
					continue
				}
			}
			// "Tehreek-e-Insaf", "Jamaat-e-Islami", "Lashkar-e-Taiba": the
			// Persian and Urdu linking particle hyphened inside a name
			if j+1 < n && p.toks[j].gap == gapHyphen && p.toks[j+1].gap == gapHyphen && p.toks[j].shape&shLower != 0 && p.cover[j+1] < 0 && p.nameWord(j+1) {
				switch p.word(j) {
				case "e", "i", "ul", "ud", "ur", "us":
					j += 2
					continue
				}
				// "Boulogne-sur-Mer", "Pointe-à-Pitre": a French link word
				if placeLink(p.word(j)) {
					j += 2
					continue
				}
			}
			// ("Châlons-en-Champagne": the part after the link word is a
			// name a pass took alone, a given name or a region)
			if j+1 < n && p.toks[j].gap == gapHyphen && p.toks[j+1].gap == gapHyphen && p.toks[j].shape&shLower != 0 && placeLink(p.word(j)) && p.cover[j] < 0 && p.cover[j+1] >= 0 {
				if g := int(p.cover[j+1]); p.found[g].i == j+1 && p.found[g].actor < 0 && p.found[g].j == j+2 {
					e := p.found[g].j
					p.kill(g)
					j = e
					continue
				}
			}
			// "Union of South American Nations", "Institute of Latin
			// American Studies": a demonym inside the words after an
			// organisation's head word and "of" or "for", before a name
			// word, is part of the name
			if g := p.foundAt(j); g >= 0 && j-i >= 3 && p.found[g].how == hDemonym && p.found[g].j == j+1 && p.joined(j) && j+1 < n && p.joined(j+1) && p.cover[j+1] < 0 && p.nameWord(j+1) && !p.has(j+1, fDate) && p.headOf(i, j) {
				j += 2
				p.absorb(g)
				continue
			}
			// "Alliance of Vojvodina Hungarians": a people's plural ends
			// a body's name after its head word and "of"
			if e := p.peopleTail(i, j); e > j {
				j = e
				continue
			}
			// "Alliance of Albanians in Montenegro": and the place they
			// live in
			if e := p.peopleIn(i, j); e > j {
				j = e
				break
			}
			// "Movement for Oneness and Jihad in West Africa": and the
			// country or part of the world a movement works in
			if e := p.bodyIn(i, j); e > j {
				j = e
				break
			}
			// "International Commission against Impunity", "Committee
			// against Torture": a movement's or commission's head word,
			// "against" and a name word that is no name of its own (not
			// "the Commission against Poland"); title case writes it
			// "Against" after a body named for what it stands for ("United
			// Front for Democracy Against Dictatorship")
			if (p.word(j) == "against" && movementHead(p.lower(j-1)) || p.word(j) == "Against" && !p.headline(j) && p.headOf(i, j)) &&
				j > i && j+1 < n && p.joined(j+1) && p.cover[j+1] < 0 && p.tcover[j+1] < 0 && p.nameWord(j+1) && !p.has(j+1, fDate) {
				j += 2
				continue
			}
			if k := p.nickname(i, j); k > j {
				j = k // 'William "Buckshot" May', 'Joaquín "El Chapo" Guzmán'
				continue
			}
			if p.has(j, fConnector) && p.cover[j] < 0 && p.tcover[j] < 0 && j+1 < n && p.joined(j+1) {
				k := j + 1
				if p.is(k, p.s.w.the) && k+1 < n && p.joined(k+1) {
					k++
				} else if (p.is(k, p.s.w.a) || p.is(k, p.s.w.an)) && p.is(j, p.s.w.forw) && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue) && k+2 < n && p.joined(k+1) && p.toks[k+1].cap() && p.cover[k+1] < 0 && p.joined(k+2) && p.toks[k+2].cap() {
					// "Movement for a Democratic Slovakia", "Cowry Forces for an
					// Emerging Benin": a party named for what it wants, an
					// adjective and a name after "for a"
					k++
				} else if k+1 < n && p.has(k, fConnector|fPlacePrefix) && p.toks[k].shape&shLower != 0 && doubleParticle(p.word(j), p.word(k)) && p.joined(k+1) {
					k++ // "van den Berg", "de la Fuente", "de los Santos" ("los" opens places: "Los Angeles")
				}
				if p.is(j, p.s.w.forw) && p.personFor(i, j) {
					break // "Ahmed al-Rabie for the Forces of Freedom and Change": a person acting for a body
				}
				// "Alliance of Albanians in Montenegro", "Union of Poles"
				if e := p.peopleTail(i, k); k == j+1 && e > k {
					j = e
					continue
				}
				if k == j+1 && p.is(j, p.s.w.of) && p.has(j-1, fOrgCue) && p.personAfterOf(k) {
					break // "the Samajwadi Party of Akhilesh Yadav": the party's leader, not its name
				}
				// ("Council of Ministers": the members' plural rank, a stop
				// word elsewhere, after the head word and "of")
				if p.cover[k] < 0 && (p.nameWord(k) || k == j+1 && p.tcover[k] < 0 && p.membersRank(k, k+1)) && !p.has(k, fDate) {
					j = k + 1 // not "Diyala Province on Monday"
					continue
				}
				// "Bank of Israel", "Gulf of Oman", "Universidad de Chile":
				// absorb a KB country or place
				// ("East Riding of Yorkshire": a place name opening with a
				// compass word)
				// ("L'Express de Madagascar", "Santa Cruz de Bolivia": a
				// Romance "of" between capitalised words joins one foreign
				// name, unless a given name opens a person's)
				// ("United Farmers of Ontario": two or more words ending in
				// a plural noun of people name a body)
				members := p.is(j, p.s.w.of) && j-i >= 2 && (p.peoplePlural(j-1) && !p.has(i, fGiven|fHonor) || p.partyPluralHead(i, j-1))
				if (p.is(j, p.s.w.of) && (p.has(j-1, fOrgCue|fPlaceCue|fMisc|fOrgOpener) || direction(p.word(i)) && j-i >= 2 || p.nominalOf(i, j) || members || j-i >= 3 && causeNoun(p.word(j-1)) && p.is(j-2, p.s.w.the) && (p.peoplePlural(i) || !p.toks[i].sentStart)) || romanceOf(p.word(j)) && (p.has(i, fOrgOpener) || !p.has(i, fGiven|fHonor|fRole))) && p.cover[k] >= 0 {
					g := &p.found[p.cover[k]]
					// "University of Westminster": a one-word body the KB or the
					// lexicon knows after an organisation's head word
					body := g.typ == kOrganization && g.how == hAlias && g.j-g.i == 1 && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue)
					// (not "Fighters of the Rwanda-backed M23": the place
					// modifies the word after its hyphen)
					if g.i == k && (g.typ == kCountry || g.typ == kPlace || body) && g.how != hDemonym && !hyphenModifier(p, g.j) {
						j = g.j
						p.kill(int(p.cover[k]))
						forPlace = forPlace || members
						continue
					}
				}
				// "Democratic Opposition of Serbia (DOS)": a KB country after
				// "of" whose name, with the words before it, the acronym in
				// parentheses after it spells is a body named for its country
				if k == j+1 && p.is(j, p.s.w.of) && p.cover[k] >= 0 && !p.has(i, fGiven|fHonor|fRole) {
					if g := int(p.cover[k]); p.found[g].i == k && p.found[g].typ == kCountry && p.found[g].how != hDemonym && p.initialsInParens(i, p.found[g].j) {
						j = p.found[g].j
						p.kill(g)
						forPlace = true
						continue
					}
				}
				// "Citizens for Macedonia", "Democrats for Ukraine": a plural
				// noun of people and "for" before a KB country name a body
				// (not "Envoy for Syria": a title); so does a body's head
				// word ("Union for Peru", "Alliance for Georgia", "Common
				// Front for Congo": a place too), not a
				// legislature written alone ("approved by Parliament for
				// Britain to leave")
				if k == j+1 && p.is(j, p.s.w.forw) && p.cover[k] >= 0 && (j-i == 1 && p.peoplePlural(i) ||
					j-i <= 2 && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue) && !p.toks[j-1].upper() && !bareLegislature(p.word(j-1)) && !p.has(i, fGiven|fHonor|fRole)) {
					if g := &p.found[p.cover[k]]; g.i == k && (g.typ == kCountry || g.typ == kPlace) && g.how != hDemonym && (g.j == n || !p.joined(g.j) || !p.toks[g.j].cap()) {
						j = g.j
						p.kill(int(p.cover[k]))
						forPlace = true
						continue
					}
				}
				// "Institute for Palestinian Studies", "Ministry of Iraqi
				// Affairs": a demonym and a name word after an organisation's
				// head word and "of" or "for"
				if k == j+1 && (p.is(j, p.s.w.of) || p.is(j, p.s.w.forw)) && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue) && p.cover[k] >= 0 {
					g := &p.found[p.cover[k]]
					if g.i == k && g.how == hDemonym && g.j < n && p.joined(g.j) && p.cover[g.j] < 0 && p.nameWord(g.j) && !p.has(g.j, fDate) {
						j = g.j + 1
						p.absorb(int(p.cover[k]))
						continue
					}
				}
			}
			// "Ministry of Trade, Industry and Fisheries": a ministry's
			// portfolios listed with commas before the last "and"
			if e := p.portfolioList(i, j); e > j {
				j = e
				continue
			}
			break
		}
		// "a United Farmers of Ontario MPP": a member's title in capitals
		// after a body's name is no part of it
		if forPlace && j-i >= 2 && p.toks[j-1].upper() && p.has(j-1, fRole) {
			j--
		}
		// "Queen Salote Wharf", "King Abdulaziz University": a royal title
		// before a name that ends in a place's or a body's head word
		// opens that name (the monarch it honours is no mention)
		if i > 0 && j-i >= 2 && p.tcover[i-1] >= 0 && p.cover[i-1] < 0 && royalTitle(p.word(i-1)) && p.joined(i) && !p.toks[j-1].poss && p.has(j-1, fPlaceCue|fOrgCue) && !p.has(j-1, fRole) {
			i--
		}
		// "Highway 301", "State Route 267": a road's number ends its name
		if j < n && roadHead(p.word(j-1)) && p.joined(j) && p.toks[j].shape&shDigit != 0 && p.cover[j] < 0 && len(p.word(j)) <= 4 {
			j++
		}
		// "the gang Barrio 18", "the channel Canal 13": a body's noun
		// before the name, and a number ends it
		if j < n && p.bodyNounBefore(i) && p.joined(j) && p.toks[j].shape&shDigit != 0 && p.toks[j].shape&shLower == 0 && p.cover[j] < 0 && len(p.word(j)) <= 3 {
			j++
		}
		if j == i+1 && p.functionSurname(i, j, false) {
			j++ // "James To said", "Wilson Or"
		}
		// "burglarized on Elizabeth Road Thursday", "the Miss Greater
		// Butler County Pageant Sunday night": a weekday or month after a
		// name with a head word of its own is a date, no part of the name
		for j-i >= 2 && p.toks[j-1].cap() && p.has(j-1, fDate) && !p.toks[j-1].poss {
			if c := p.hasCue(i, j-1); c != kPlace && c != kOrganization && c != kMisc && !streetSuffix(p.word(j-2)) {
				break
			}
			j--
		}
		// "By Bill Engle Staff Writer": a byline's role ends the name
		for k := i + 1; k+1 < j; k++ {
			if strings.EqualFold(p.word(k), "Staff") && bylineRole(p.word(k+1)) {
				j = k
				break
			}
		}
		// "Chrysler LLC Jim Press", "Daimler AG Chairman Dieter Zetsche":
		// an abbreviated company suffix ends the company's name (not the
		// Tamasheq "Ag" of "Iyad Ag Ghaly")
		for k := i; k+1 < j; k++ {
			if !filiation(p.word(k)) && (k > i || p.foundEnding(i) >= 0 && p.joined(i)) && p.has(k, fOrgSuffix) && len(p.word(k)) <= 4 && p.toks[k].cap() && !p.has(k+1, fOrgSuffix|fConnector) && p.toks[k+1].cap() && p.toks[k+1].gap == gapSpace {
				j = k + 1
				break
			}
		}
		// "iPod Nano", "iTunes Store": capitalised words after a brand
		// written in camel case name its product
		if i > 0 && p.joined(i) && p.camelLower(i-1) {
			i = j
			continue
		}
		// "C.E.O.": a title's initials name nobody
		if p.initialsOfRole(i, j) {
			i = j
			continue
		}
		// "Detik.com", "CBC.ca": a name with a web domain's ending is a
		// website's, an organisation's
		website := false
		if j+1 < n && p.word(j) == "." && p.toks[j].gap == gapNone && p.toks[j+1].gap == gapNone && p.toks[j+1].shape&shLower != 0 && domainEnd(p.word(j+1)) {
			j += 2
			website = true
		}
		// "Adam Air Flight 574": a flight's number after "Flight" makes
		// the name before it an airline's
		airline := false
		if p.word(j-1) == "Flight" && j < n && p.joined(j) && p.toks[j].shape&shDigit != 0 {
			if j--; j == i {
				i++ // "Air France Flight 447": the airline is a name of its own
				continue
			}
			airline = true
		}
		// "From Lansing State Journal Lansing Board of Water & Light": a
		// name with a head word, then its first word again, is two names
		// (a byline's paper before the story's first name)
		for k := i + 2; k < j; k++ {
			if p.toks[k].id == p.toks[i].id && p.word(k) == p.word(i) && p.has(k-1, fOrgCue|fPlaceCue) && p.toks[k-1].cap() && !p.toks[k-1].poss {
				j = k
				break
			}
		}
		// "Henry County Sheriff's Department Deputy Wayne Fuqua", "Officer
		// Dan Brown and Trooper Jim Hall": a rank and a given name inside a
		// run open a person's name of its own
		// (not "Staff Sgt.", "City Commissioner": the words before must
		// be a body's or a place's name with a head word of its own)
		for k := i + 1; k+1 < j; k++ {
			if !p.rankOrRole(k) || !p.toks[k].cap() || p.toks[k].upper() {
				continue
			}
			m := k + 1
			for m < j && p.rankOrRole(m) {
				m++ // "Deputy Sgt. Bob Mulvehill"
			}
			// (a given name, or two or three name-shaped words ending the run)
			if m < j && (p.has(m, fGiven) || j-m >= 2 && j-m <= 3 && p.nameShaped(m, j)) && (p.hasCue(i, k) != kNone && p.hasCue(i, k) != kMisc || p.word(k-1) == "and" && rankWord(p.word(i))) {
				// "Labour Party General Secretary Ana Ruiz": a title's
				// modifier before the rank is the title's, not the body's
				for k-1 > i+1 && titleModifier(p.word(k-1)) && p.hasCue(i, k-1) != kNone && p.hasCue(i, k-1) != kMisc {
					k--
				}
				j = k
				break
			}
		}
		// "Communist Party General Secretary Xi Jinping": title words
		// after a body's name and before a person's the rules found are
		// the title's
		if g := p.foundAt(j); g >= 0 && p.found[g].typ == kPerson && p.joined(j) && j-i >= 2 && p.rankOrRole(j-1) && p.toks[j-1].cap() && !p.toks[j-1].upper() {
			e := j - 1
			for e-1 > i && titleModifier(p.word(e-1)) {
				e--
			}
			if c := p.hasCue(i, e); c == kOrganization && p.has(e-1, fOrgCue) {
				j = e
			}
		}
		// ("Ford Motor Company CEO Alan Mulally": the company's name
		// ends before a role noun, the person's begins after it)
		if g := p.foundEnding(i); g >= 0 && j-i >= 2 && p.joined(i) && p.has(i, fOrgCue|fOrgSuffix) && !p.has(i, fRole|fHonor|fAcronym) && p.tcover[i] < 0 {
			for k := i + 1; k < j; k++ {
				if p.has(k, fRole) && p.toks[k].cap() && !p.anyFlag(i, k, fRole|fHonor|fAcronym|fGiven) && (k+1 == j || p.nameShaped(k+1, j)) {
					j = k
					break
				}
			}
		}
		// Split at "and", "for", "the" unless the run is an organisation or
		// place name; split at "and"/"&" even then when the part before is
		// a whole name ("Aabenraa County and Sønderborg County", "David
		// Christison & Lee Tate"), not "Ministry of Trade and Industry".
		cue := p.hasCue(i, j)
		cause := false // the run names a body for its cause ("… for the Liberation of …")
		for k := i + 1; k < j; k++ {
			if !p.has(k, fConnector) || p.is(k, p.s.w.of) || (p.toks[k].shape&shLower == 0 && p.word(k) != "&") || p.ampersand(k) {
				continue
			}
			w := p.word(k)
			// the part after must be a name of its own, with a head word or
			// two words: not "Department of Natural Resources and Mines"
			// (a head word alone before it is no name: "Securities and
			// Exchange Commission"; "Shanghai Airlines and Xiamen
			// Airlines" is)
			// ("Fairmont State Community and Technical College": "Community"
			// before "and" qualifies the head word after it)
			whole := (w == "and" || w == "&") && ((k-i >= 2 || p.joined(i) && p.foundEnding(i) >= 0) && p.has(k-1, fOrgCue|fPlaceCue|fOrgSuffix) && p.lower(k-1) != "community" && (j-k > 2 || p.has(j-1, fOrgCue|fPlaceCue|fOrgSuffix)) || p.has(i, fGiven))
			// "Hormuud Telecom and Dahabshiil have offered": a body's name
			// with its head word, then one word and a plural verb, is two
			// bodies
			if w == "and" && !whole && k-i >= 2 && j-k == 2 && j < len(p.toks) && p.has(k-1, fOrgCue|fOrgSuffix) && !p.has(j-1, fCommon|fGiven) && p.joined(j) && pluralVerb(p.word(j)) {
				whole = true
			}
			// "branches to Harrison and Bridgton Junction": one name before
			// a place with a head word of its own
			if w == "and" && k-i == 1 && j-k >= 3 && p.has(j-1, fPlaceCue) && !p.has(j-1, fOrgCue) && !p.has(i, fPlaceCue|fPlacePrefix|fOrgCue|fGiven) && p.locBefore(i) {
				whole = true
			}
			// "the Sea of Azov and the Bay of Bengal": "and the" before a
			// name with a head word of its own
			if w == "and" && (p.is(k+1, p.s.w.the) && k+3 < j && p.hasCue(k+2, j) != kNone || k+1 < j && (placeHead(p.word(k+1)) || p.has(k+1, fOrgOpener) || k+2 < j && arabicPlaceWord(p.word(k+1)))) {
				whole = true // "… and Mount Sinjar", "… and Radio Lebanon", "… and Ayn Isa"
			}
			// "North Kivu and Ituri": a place named by a compass word or
			// another prefix, then "and" and a name of its own
			if w == "and" && k-i >= 2 && cue == kPlace && p.has(i, fPlacePrefix) && !p.has(k-1, fPlaceCue|fOrgCue) && k+1 < j && !p.has(k+1, fPlaceCue|fOrgCue) && !p.anyFlag(i+1, k, fCommon|fMisc) {
				whole = true
			}
			// "the Northwest and Southwest regions", "the Northern and
			// Eastern provinces": compass words on both sides of "and"
			// before a plural place noun are two places
			if w == "and" && p.compassPair(i, k, j) {
				whole = true
			}
			// "Banca Sociala and Unibank", "Banco Santander and Bankia": a
			// foreign body's name opened by its head word, then "and" and
			// one or two words that are no common words, is two names
			if w == "and" && k-i >= 2 && p.has(i, fOrgOpener) && p.toks[i].cap() && j-k-1 >= 1 && j-k-1 <= 2 && !p.anyFlag(k+1, j, fCommon|fConnector|fOrgCue|fPlaceCue) {
				whole = true
			}
			// "the Social Democratic Party of Kyrgyzstan and Omurbek
			// Tekebayev of Ata-Meken": a body's name, then "and" and a
			// person's name before "of" and the person's body, two names
			if w == "and" && !whole && k-i >= 2 && p.has(k-1, fOrgCue|fPlaceCue) || w == "and" && !whole && k-i >= 3 && p.hasCue(i, k) == kOrganization {
				whole = p.personOfAfter(k+1, j)
			}
			// "Norman's Welding on West Tyler Street", "Webb Center on
			// Evergreen Street": a body on the street it stands on
			if w == "on" && k+1 < j && p.hasCue(i, k) == kOrganization && p.hasCue(k+1, j) == kPlace {
				whole = true
			}
			// ("Ethiopian Shipping and Logistics Services Enterprise": a
			// head word before "and", two or more words after it that are
			// all head or common words name nothing of their own; the run
			// is one name; not "… Whelan and Radio Free Europe")
			if whole && w == "and" && j-k > 2 && p.has(k-1, fOrgCue) && !p.has(k+1, fOrgOpener) && p.headWordsOnly(k+1, j) {
				whole = false
			}
			// ("Ministry of Energy and Mineral Resources": after a
			// ministry's or department's "of", "and" joins its portfolios
			// when the words after it are common words or head words, not
			// "… and Zentrova Power"; a common head word alone names no
			// body of its own: "Ministry of Public Works and Transport")
			if whole && w == "and" && k-i >= 3 && p.is(i+1, p.s.w.of) && portfolioBody(p.word(i)) && (!p.has(k+1, fOrgOpener|fOrgCue) || k+2 == j && p.has(k+1, fCommon) && !p.has(k+1, fOrgOpener)) && p.portfolioWords(k+1, j) {
				whole = false
			}
			if cue == kNone && w == "for" && p.is(k+1, p.s.w.the) && (p.peoplePlural(i) || !p.toks[i].sentStart) && p.forCause(k, j) {
				k++ // "Volunteers for the Defence of the Homeland": the "the" of its cause
				cause = true
				continue
			}
			if cause && w == "the" && p.is(k-1, p.s.w.of) {
				continue // "… of the Homeland": inside the cause
			}
			if cue == kNone && (w == "and" || w == "for" && !p.forCause(k, j) && !forPlace || w == "the" || w == "on" || w == "upon" || w == "&") || whole {
				j = k
				break
			}
		}
		// "Chittoor District of Andhra Pradesh": a place with its own
		// name before the head word ends at "of" ("District of Columbia"
		// and "Bank of England" stay whole, and so does "Central Bank of
		// the Republic of Turkey": a body's head word before the place's)
		for k := i + 2; k < j-1; k++ {
			if p.is(k, p.s.w.of) && p.has(k-1, fPlaceCue) && !p.has(k-1, fOrgCue) && !p.has(i, fPlaceCue|fPlacePrefix|fOrgCue) && !p.hallOfFame(k-1) && !p.anyFlag(i+1, k-1, fOrgCue) && !p.commonBeforeOfThe(i, k) {
				j = k
				break
			}
		}
		for k := i + 2; k < j-1; k++ {
			if p.toks[k].shape&shLower == 0 || !p.is(k, p.s.w.of) && !p.is(k, p.s.w.forw) {
				continue
			}
			// "Harold Theriault of the Liberal Party": a person's name
			// before "of" ends there ("Catherine of Aragon" stays whole)
			// "Swiss Super League for FC Basel": two names with head
			// words of their own
			after := k + 1
			if p.is(after, p.s.w.the) {
				after++
			}
			// ("Sue Black of the University of Leeds": a short name before
			// a body's name with a head word of its own)
			person := p.is(k, p.s.w.of) && p.has(i, fGiven) && p.hasCue(i, k) == kNone && !p.has(i, fHonor|fPlaceCue|fOrgCue) &&
				(p.personWords(i, k) || k-i <= 3 && !p.anyFlag(i, k, fOrgCue|fPlaceCue|fMisc|fConnector) && after+1 < j && p.hasCue(after, j) != kNone)
			// "Leung Yiu-chung of NWSC": a family name and an East Asian
			// given name before "of"
			person = person || p.is(k, p.s.w.of) && k-i == 3 && p.syllable(k-1) && !p.anyFlag(i, k, fOrgCue|fPlaceCue|fMisc)
			// "Petar Ganev of the Institute for Market Economics",
			// "Economist Magda Toro of Radio Nord": two or three words
			// shaped like a person's name the lexicon does not know, after
			// any role or honorific, before "of" and a body's name with a
			// head word of its own
			person = person || p.is(k, p.s.w.of) && p.nameBeforeOf(i, k) && after+1 < j && p.hasCue(after, j) == kOrganization
			// "Linnea Sandberg of SMHI", "Otieno Ogola of the KNCHR": the
			// same before a body's acronym alone
			person = person || p.is(k, p.s.w.of) && p.nameBeforeOf(i, k) && after+1 == j && p.toks[after].upper() && p.toks[after].shape&shDigit == 0
			// "Gagik Tsarukyan of Prosperous Armenia", "Edmon Marukyan of
			// Ata-Meken": the same before one or two capitalised words
			// naming a body with no head word (a party's slogan name),
			// when no head word or place word stands before "of"
			person = person || p.is(k, p.s.w.of) && !p.is(k+1, p.s.w.the) && j-after <= 2 && p.nameBeforeOf(i, k) && !p.has(i, fHonor|fRole) && p.hasCue(i, k) == kNone && p.hasCue(after, j) != kPerson && p.hasCue(after, j) != kPlace && !p.anyFlag(after, j, fPlaceCue|fPlacePrefix) && p.capWords(after, j)
			// "Mayor Kgosientsho Ramokgopa of Tshwane", "Professor Ama
			// Mensah of Legon": after an honorific or a role, the name
			// before "of" is the person's, the words after the place or
			// body they serve
			person = person || p.is(k, p.s.w.of) && p.has(i, fHonor|fRole) && p.toks[i].cap() && p.nameBeforeOf(i, k) && after < j
			// (not "National Agency for Fiscal Administration": a field
			// after "for" is the body's remit, no body of its own)
			two := p.is(k, p.s.w.forw) && p.hasCue(i, k) == kOrganization && after+1 < j && (p.hasCue(after, j) != kNone || p.has(after, fOrgCue) || p.teamName(after, j)) && !p.forCause(k, j)
			// "the IV Corps of the Army of the Potomac", "Couch's Division
			// of the IV Corps": a unit of a larger body, each with a head
			// word of its own (not "Department of the Army": one word)
			if p.is(k, p.s.w.of) && p.is(k+1, p.s.w.the) && k-i >= 2 && after+1 < j && p.has(k-1, fOrgCue) && p.hasCue(i, k) == kOrganization && p.hasCue(after, j) == kOrganization && p.has(after, fOrgCue) {
				two = true
			}
			if person || two {
				j = k
				break
			}
		}
		for j > i+1 && p.has(j-1, fConnector) && p.toks[j-1].shape&shLower != 0 && !p.syllable(j-1) {
			j-- // "Amos Frumkin of" (not "Hau Lung-bin")
		}
		// A capitalised common word opening a sentence is not a name.
		// "Shares of Ford", "Delegates of the Center for …": a plural or
		// adjective-shaped word before "of" is a common noun too.
		// ("Workers of Kazakhmys struck", "Staff of Kazakhmys": a head
		// word that names people, opening a sentence before "of", is the
		// people of the body named after it)
		commonOf := j-i >= 3 && p.is(i+1, p.s.w.of) && (commonShape(p.word(i)) && !p.has(i, fOrgCue|fPlaceCue|fPlacePrefix|fMisc) || peopleHead(p.word(i)))
		// ("AirTanker Ltd." after "the airtanker contract": a legal
		// suffix or a capital inside the word makes a name)
		// ("International Rivers, a campaign group,": an apposition that
		// types the run keeps its first word)
		// ("Al-Mutairi, 58, said": an Arabic article hyphened to the
		// name stays, though "al-" was written lower case before)
		if j-i == 1 && p.toks[i].sentStart && countryEpithets[p.lower(i)] {
			if g := p.foundAt(j); g >= 0 && p.found[g].typ == kCountry && p.joined(j) {
				// "Neighbouring Kazakhstan closed its border",
				// "Landlocked Armenia depends on Georgia": an epithet
				// opening the sentence, no word of a name
				i = j
				continue
			}
		}
		// ("New Haven is not the only district", "Port Arthur police
		// said", "Grand Prairie police are investigating": a place's
		// name whose first word is a common adjective or a prefix noun
		// keeps it)
		if p.toks[i].sentStart && !p.has(i, fGiven|fHonor) && (!p.headOfName(i, j) || commonOf) && !p.prefixedPlace(i, j) && !(j-i == 2 && p.has(i+1, fOrgSuffix)) && !p.portfolioHead(i, j) && !innerCap(p.word(i)) && !(i+1 < j && p.toks[i+1].gap == gapHyphen && nameParticle(p.lower(i))) && (p.seenLower(i) || p.has(i, fCommon) && j-i > 1 && !p.has(j-1, fOrgCue|fPlaceCue) || commonOf) && !(j-i >= 2 && !commonOf && p.apposHead(j) == kOrganization) && !p.townPolice(i, j) {
			i++
			for i < j && p.has(i, fConnector) {
				i++
			}
			if i >= j {
				continue
			}
		}
		// "Opposition Labour Party leader", "Ruling Workers' Party": a
		// capitalised standing of a party is no word of its name
		if j-i >= 3 && p.toks[i].cap() && partyStanding(p.lower(i)) && p.has(j-1, fOrgCue) && !p.has(i+1, fStop|fConnector) {
			i++
		}
		allHon := true
		for k := i; k < j; k++ {
			allHon = allHon && p.has(k, fHonor)
		}
		if allHon {
			i = j
			continue
		}
		// "Chief of Army Staff Gen M M Naravane", "Chief of General Staff
		// Lt. Gen. Herzi Halevi": a rank after a staff's name opens the
		// person's name
		for k := i + 1; k+1 < j; k++ {
			if p.has(k, fHonor) && p.word(k-1) == "Staff" {
				i = k
				break
			}
		}
		// "Bishop of the Diocese of Sioux City", "Chairman of the Kavari
		// Institute": a title before "of" is not part of the body's name
		// ("Chief Operating Officer of AirTran Airways": several title
		// words before "of")
		for k := i + 1; k+1 < j && k <= i+3; k++ {
			if !p.is(k, p.s.w.of) {
				continue
			}
			if p.has(k-1, fHonor|fRole) && !p.anyFlag(i, k, fOrgCue|fPlaceCue|fGiven) && p.hasCue(k+1, j) == kOrganization {
				i = k + 1
				if p.is(i, p.s.w.the) {
					i++
				}
			}
			break
		}
		// "Analyst Karim Benali": a role noun opening the run is not the name
		// ("Democrat Slater, 42,": nor is a party member's noun)
		// ("the NGO Sauti Moja": nor is the acronym of the kind of body)
		// (not "the student union Student Plenum": after a body's noun the
		// run is the body's name)
		// ("Secretary of Health, Ana Cruz,": nor the "of" after it)
		if j-i >= 2 && (p.has(i, fRole) || partyMember(p.word(i)) || p.word(i) == "NGO") && p.hasCue(i, j) == kNone && !p.bodyNounBefore(i) {
			i++
			for i < j && p.has(i, fConnector) && p.toks[i].shape&shLower != 0 {
				i++
			}
		}
		// "Labour MP Rangi Tamihana": a member's title in capitals inside
		// the run, two or three words shaped like a name after it
		for k := i + 1; k+2 < j+1 && k+1 < j; k++ {
			if p.toks[k].upper() && p.has(k, fRole) && j-k-1 >= 2 && j-k-1 <= 3 && p.nameShaped(k+1, j) {
				i = k + 1
				break
			}
		}
		// "Chief Cabinet Secretary Hirokazu Matsuno", "Chief of Staff
		// Ryo Tanaka": a title of several words ending in a role noun,
		// then one to three name-shaped words, is no part of the name
		// (not "the student union Student Plenum": a role word after a
		// body's noun opens the body's name)
		if k := p.titleEnd(i, j); k > i && !(p.bodyNounBefore(i) && !p.anyFlag(i, j, fGiven|fHonor)) {
			i = k
		} else if k := p.placeOfficeEnd(i, j); k > i {
			if k-1 == i+1 && !p.has(i, fPlaceCue) {
				// "Roselle Mayor Gayle Smolinski": the town the office is of
				p.addFound(found{i: i, j: i + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPlace, key: p.fold(i, i+1)})
			}
			i = k // "Federal District Governor Ibaneis Rocha"
		} else if k := p.acronymOfficeEnd(i, j); k > i {
			p.addOfficeOwner(i, k-1)
			i = k // "BOJ Governor Haruhiko Kuroda"
		}
		// "Engineer John Greiner", "County Coroner William McLaughlin":
		// words before a given name are not the name (when a head word
		// types the run, only if the name after it is a person's)
		if cue := p.hasCue(i, j); j-i >= 3 && (cue == kNone || cue != kMisc && !p.has(j-1, fOrgCue|fPlaceCue|fOrgSuffix)) && !p.has(i, fGiven|fHonor|fPlacePrefix) && !p.initial(i) {
			for k := i + 1; k < j-1; k++ {
				// a particle that is also a given name ("Ben", "Al", "Van")
				// opens the name after a common or demonym word: "Texan Ben
				// Crenshaw", not "Zine El Abidine Ben Ali"
				givenParticle := k == i+1 && p.has(k, fGiven) && p.toks[k].cap() && (p.demonymWord(i) || commonShape(p.word(i)) || p.has(i, fCommon|fRole) || p.seenLower(i))
				if p.has(k, fConnector) && !givenParticle || p.has(k-1, fGiven) {
					break
				}
				if p.has(k, fGiven) && p.toks[k].cap() {
					// "Wu Chi-wai": an East Asian given name opens with a
					// word hyphened to a syllable; the family name before
					// it is part of the name
					if p.syllable(k + 1) {
						break
					}
					// not "Gotthold Ephraim Lessing", "Carter Anthony
					// Beauford": words shaped like names of their own
					// are the person's first names
					// (not "Fatimetou Mint Ahmed Salem": a word of
					// filiation before the given name joins it to the name
					// before)
					if (cue == kNone || p.hasCue(k, j) == kNone && p.personWords(k, j)) && !filiation(p.word(k-1)) && (!p.nameShaped(i, k) || p.toks[i].sentStart && !p.unknownGiven(i, k) && !vietMiddle(p.word(k-1)) || p.anyFlag(i, k, fHonor|fRole|fOrgOpener) || commonShape(p.word(i)) || p.demonymWord(i)) {
						i = k
					}
					break
				}
			}
			// "Queenslander Mitchell Rawlins", "Texan Ben Crenshaw": a
			// demonym of a place before two or more name words the lexicon
			// does not know as given names is no part of the name either
			if j-i >= 3 && !p.has(i+1, fConnector|fGiven) && (cue == kNone || cue == kPerson) && p.demonymWord(i) && p.personWords(i+1, j) {
				i++
			}
		}
		// "Environment Canada", "Statistics Canada", "Statistics Norway": a
		// field before a country's name is a government agency's name
		if g := p.foundAt(j); g >= 0 && j-i == 1 && agencyField(p.word(i)) && p.joined(j) && !p.toks[i].poss {
			if h := &p.found[g]; h.typ == kCountry && h.how == hAlias && h.j-h.i <= 2 && !(h.j < n && p.joined(h.j) && p.toks[h.j].cap()) {
				hj := h.j
				p.kill(g)
				p.addFound(found{i: i, j: hj, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, hj)})
				i = hj
				continue
			}
		}
		// "Southern Iraq", "Western Darfur", "Lake Chad", "Mount Lebanon", "Old Goa":
		// a capitalised direction or landform before a country or place
		// names a part of it or a place of its own
		if g := p.foundAt(j); g >= 0 && j-i == 1 && (direction(p.word(i)) || placeHead(p.word(i)) || p.word(i) == "Old" && !p.toks[i].sentStart || colourPlace(p.word(i))) && p.joined(j) && !p.toks[i].poss {
			h := &p.found[g]
			// (not "Floods Hit Northern Mozambique": a title-case
			// headline capitalises the direction before a country)
			headCase := h.typ == kCountry && direction(p.word(i)) && p.headline(i)
			if (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !h.metonymy && !headCase || colourPlace(p.word(i)) && h.typ == kPlace && h.how != hDemonym && !p.headline(i) {
				hj, country := h.j, h.country
				if h.actor >= 0 {
					country = countryCode(p.s.actors[h.actor]) // "Southern Iraq" lies in Iraq
				}
				p.kill(g)
				p.addFound(found{i: i, j: hj, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPlace, key: p.fold(i, hj), country: country})
				i = hj
				continue
			}
		}
		// "Banco Santander", "Harakat al-Nujaba", "Radio Canada": an
		// organisation's opening head word before a listed or KB body, a
		// country or a place is part of one organisation's name
		if g := p.foundAt(j); g >= 0 && j-i <= 3 && p.has(i, fOrgOpener) && p.joined(j) && !p.toks[j-1].poss && (!p.toks[i].sentStart || !p.seenLower(i)) {
			h := &p.found[g]
			switch {
			case (h.typ == kOrganization || h.typ == kArmedGroup) && h.how == hAlias:
				for t := i; t < j; t++ {
					p.cover[t] = int32(g)
				}
				h.i = i
				i = h.j
				continue
			case (h.typ == kCountry || h.typ == kPlace) && h.how != hDemonym && !h.metonymy:
				hj := h.j
				p.kill(g)
				p.addFound(found{i: i, j: hj, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, hj)})
				i = hj
				continue
			}
		}
		// "John Denver", "Michael Jordan": a given name before a one-word
		// place or country the KB matched is a person's name
		// ("Valeska Paris, an Australian woman,": an apposition that
		// says the name is a person's makes any name word a given name)
		if g := p.foundAt(j); g >= 0 && p.joined(j) && !p.toks[j-1].poss && (p.has(j-1, fGiven) && !p.toks[j-1].sentStart || j-i == 1 && p.apposPerson(i, j)) {
			h := &p.found[g]
			if h.j-h.i == 1 && (h.typ == kPlace || h.typ == kCountry || (h.typ == kOrganization && h.actor < 0)) && h.how != hDemonym && !p.locBefore(j-1) {
				hj := h.j
				// "George Washington University Hospital": the person's
				// name opens an organisation's
				e := hj
				for e < n && p.joined(e) && p.nameWord(e) && p.cover[e] < 0 && !p.has(e, fDate) {
					e++
				}
				if e > hj && p.has(e-1, fOrgCue) && !p.has(e-1, fPlaceCue) {
					p.kill(g)
					p.addFound(found{i: j - 1, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(j-1, e)})
					i = e
					continue
				}
				i = j - 1 // "Fans of John Denver": the name is "John Denver"
				if i-1 >= 0 && p.has(i-1, fGiven) && p.joined(i) && p.cover[i-1] < 0 && p.nameWord(i-1) {
					i-- // "Mary Jane Denver" (not "said Omar Jordan")
				}
				// "Mohamed Aden Ali", "Nasser Jordan Smith": the place is a
				// middle name when one or two plain name words follow
				end := hj
				if e > hj && e-hj <= 2 && !p.anyFlag(hj, e, fOrgCue|fPlaceCue|fPlacePrefix|fMisc|fOrgSuffix|fHonor|fRole|fConnector) && !p.toks[hj-1].poss && !p.headline(hj) {
					end = e
				}
				p.kill(g)
				p.addFound(found{i: i, j: end, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(i, end)})
				i = end
				continue
			}
		}
		// "vocalist Dawn Thompson", "striker Chelsea Morgan": after a role
		// noun, a one-word listed place or body the KB does not hold
		// opens the person's name the role introduces
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && j-i <= 2 && !p.toks[i].sentStart {
			h := &p.found[g]
			if h.j-h.i == 1 && h.actor < 0 && (h.typ == kPlace || h.typ == kOrganization) && h.i > 0 && p.joined(h.i) && p.has(h.i-1, fRole) && p.toks[h.i-1].shape&shLower != 0 &&
				p.hasCue(i, j) == kNone && p.nameShaped(i, j) && !p.gazPlace(i, j) {
				hi := h.i
				p.kill(g)
				p.addFound(found{i: hi, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(hi, j)})
				i = j
				continue
			}
		}
		// "Rafael Ortiz": a listed company's one-word name that is also a
		// given name, before a name with no head word, opens a person's
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && j-i <= 2 && !p.toks[i].sentStart {
			if h := &p.found[g]; h.typ == kOrganization && h.actor < 0 && h.how == hAlias && h.j-h.i == 1 && p.has(h.i, fGiven) &&
				p.hasCue(i, j) == kNone && p.nameShaped(i, j) && !p.gazPlace(i, j) {
				hi := h.i
				p.kill(g)
				p.addFound(found{i: hi, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(hi, j)})
				i = j
				continue
			}
		}
		// "Boeing Commercial Airplanes", "Toyota Motor Corp": a listed
		// company written before a name is part of it
		// (not "Rolls-Royce Trent 900": a product line before a model
		// number)
		// (nor "Intel Core Duo processors", "Apple Macintosh computers":
		// a product line before a noun of goods)
		// ("Apple Computer CEO Steve Jobs": a role's acronym after the
		// name is the title, not the name's last word)
		e := j
		if e-i >= 2 && p.toks[e-1].upper() && p.has(e-1, fRole) {
			e--
		}
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && !p.has(i, fGiven|fHonor) && p.hasCue(i, e) != kMisc && !p.hasDigit(i, e) && !p.model(e) && !p.goodsAfter(e) && !p.anyFlag(i, e, fRole|fAcronym|fHonor) && p.tcover[i] < 0 {
			// "Westminster International University": a KB body's one-word
			// name before a name with an organisation's head word
			kbBody := p.found[g].actor >= 0 && p.found[g].j-p.found[g].i == 1 && e-i >= 2 && p.hasCue(i, e) == kOrganization
			// (not "Photo: AP Walker, who …": a credit line's agency is
			// no part of the name after it)
			if h := &p.found[g]; h.typ == kOrganization && (h.actor < 0 || kbBody) && h.how == hAlias && !p.creditAt(h.i) {
				hi := h.i
				p.kill(g)
				typ := kOrganization
				if p.hasCue(hi, e) == kPlace {
					typ = kPlace // "Times Square": the place's head word wins
				}
				p.addFound(found{i: hi, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, key: p.fold(hi, e)})
				i = e
				continue
			}
		}
		// "Chad Edward Gaudin", "Israel Kavari": a country or place whose
		// name is also a given name, before a person's name
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && j-i <= 2 && !p.toks[i].sentStart {
			h := &p.found[g]
			// ("Rep. Alexandria Ocasio-Cortez": after an honorific or a
			// title any place's name opens the person's)
			titled := h.i > 0 && p.joined(h.i) && (p.has(h.i-1, fHonor) && p.toks[h.i-1].cap() || p.tcover[h.i-1] >= 0 && p.titles[p.tcover[h.i-1]].j == h.i)
			// (not "Melenchon's France Unbowed": a country after a
			// possessive opens what the owner leads)
			owned := h.typ == kCountry && h.i > 0 && p.toks[h.i-1].poss && !p.has(i, fGiven)
			if h.j-h.i == 1 && (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !h.metonymy && (p.has(h.i, fGiven) || titled) && !p.locBefore(h.i) && !owned &&
				(p.has(i, fGiven) || p.hasCue(i, j) == kNone && p.nameShaped(i, j) && !p.gazPlace(i, j) && !menPlural(p.word(j-1)) && !p.headline(i)) {
				hi := h.i
				// "Abdifatah Aden Hassan": a name the run before ended at
				// the place opens the person's name
				if b := p.foundEnding(hi); b >= 0 && p.joined(hi) && !p.toks[hi-1].poss {
					if bf := &p.found[b]; bf.typ == kPerson && bf.how == hName && bf.actor < 0 && !p.anyFlag(bf.i, bf.j, fHonor|fRole) {
						hi = bf.i
						p.absorb(b)
					}
				} else if hi > 0 && p.joined(hi) && p.cover[hi-1] < 0 && p.tcover[hi-1] < 0 && p.toks[hi-1].sentStart && p.nameWord(hi-1) && p.nameShaped(hi-1, hi) &&
					!p.has(hi-1, fCommon|fHonor|fRole|fOrgCue|fPlaceCue|fMisc) && !p.seenLower(hi-1) && !p.toks[hi-1].poss && !p.headline(hi-1) {
					hi-- // at a sentence's start: "Abdifatah Aden Hassan said"
					for b := len(p.found) - 1; b >= 0 && p.found[b].j >= hi; b-- {
						if p.found[b].i == hi && p.found[b].j == hi+1 {
							p.absorb(b) // the word set aside as a sentence's first
						}
					}
				}
				p.kill(g)
				p.addFound(found{i: hi, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(hi, j)})
				i = j
				continue
			}
		}
		// "Atlantic City", "Montreal Canadiens", "Israeli Defense Forces": a
		// place or country written before a name is part of it
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && (!p.has(i, fHonor) || p.honorOpensBody(i, j)) && !(p.rankOrRole(i) && p.has(i+1, fGiven)) && (!p.has(i, fGiven) || p.has(j-1, fOrgCue) && !p.has(j-1, fGiven)) {
			h := &p.found[g]
			// "Punjab Information Minister Azma Bokhari", "Ontario Health
			// Minister Sylvia Jones": a portfolio the title lexicon lacks
			// is the post's, and the place before it its owner, no body
			if p.portfolioRun(i, j) && (h.typ == kPlace || h.typ == kCountry) {
				i = j
				continue
			}
			// "the Beijing Olympics", "the 1972 U.S. Olympic boxing team":
			// the games are named for their host, a place of its own
			// (as CoNLL tags "the Munich Olympics"; not "Glastonbury
			// Festival", "U.S. Olympic Committee")
			if p.hostGames(i, j) && (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !p.toks[h.j-1].poss {
				i = j
				continue
			}
			// "Kenya Airways Cuts Flights": in a title-case headline a
			// place's or a country's name and words up to a head word
			// are a body's or a place's name, and the words after it
			// are the headline's
			// (not "Laos Opens Railway to China": a verb of the headline,
			// a word ending in a bare "s" before the head word, opens the
			// words after a country's name; after a city's it may be a
			// team's, "Seattle Mariners")
			if m := p.headWordAt(i, j); m >= 0 && p.headline(i) && (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !h.metonymy && !p.toks[h.j-1].poss && !(h.typ == kCountry && p.headlineVerbIn(h.j, m)) {
				hi := h.i
				typ := kOrganization
				if p.has(m, fPlaceCue) && !p.has(m, fOrgCue) {
					typ = kPlace
				}
				p.kill(g)
				p.addFound(found{i: hi, j: m + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, key: p.fold(hi, m+1)})
				i = m + 1
				continue
			}
			cue := p.hasCue(i, j)
			// (not "Saudi Energy Minister": a field before "Minister" is
			// the title's)
			if cue == kNone && j-i == 1 && p.has(i, fOrgCue) && !p.has(i, fPlaceCue|fMisc) && !ministerWord(p, j) {
				cue = kOrganization // "Indonesian Navy", "British Council": a head word alone after the country
			}
			if cue == kNone && j-i == 1 && h.how == hDemonym && h.j-h.i == 1 && p.word(i) == "Town" && !p.headline(i) && !p.toks[h.j-1].poss {
				cue = kPlace // "Spanish Town": a town's name, not a Spanish town (that is lower case)
			}
			// "the Nairobi Declaration", "the Tokyo Olympics": one event or
			// document head word after a place names the event (not in a
			// title-case headline, where any word is capitalised)
			one := j-i == 1 && cue == kNone && p.has(i, fMisc) && p.toks[i].cap() && !p.headline(i) && !p.toks[i].sentStart
			if (cue == kMisc && j-i >= 2 || one) && (h.typ == kPlace || h.typ == kCountry) && h.how != hDemonym && !h.metonymy && !p.hasDigit(i, j) && !p.toks[h.j-1].poss && p.has(j-1, fMisc) && !p.has(i, fIndex) {
				p.kill(g) // "the Bangladesh Liberation War", "the Paris Peace Conference": a place inside an event's name
				cue = kMisc
			}
			// (not in a title-case headline without a head word: "Two
			// U.S. Soldiers Killed in Iraq Bombings" capitalises common
			// words after the country's name)
			if (h.typ == kPlace || (h.typ == kCountry && !h.metonymy)) && (cue != kNone || (h.how != hDemonym && h.capital < 0 && !p.headline(i))) && cue != kMisc && !(h.typ == kCountry && p.headline(i) && p.headlineVerbIn(i, j)) {
				hi := h.i
				// "Melenchon's France Unbowed": a country's name after a
				// possessive opens what the owner leads, not a person's name
				owned := h.typ == kCountry && hi > 0 && p.toks[hi-1].poss
				p.kill(g)
				// "Royal Jordanian Air Force", "Royal Thai Navy"
				if (cue == kOrganization || cue == kPlace && j-i >= 2 && venueCenter(p.word(j-1), p.word(j-2))) && hi > 0 && p.joined(hi) && p.cover[hi-1] < 0 && p.tcover[hi-1] < 0 && !p.toks[hi-1].poss {
					// ("Metro Toronto Convention Centre": a name word the
					// rules left alone before the place is the body's too)
					// ("Puea Thai Party", "Chart Thai Party": a party's
					// foreign name may hold a demonym after a name word)
					party := h.how == hDemonym && cue == kOrganization && p.lower(j-1) == "party" && !p.headline(hi-1)
					if w := p.word(hi - 1); w == "Royal" || w == "Imperial" || (h.how != hDemonym || party) && p.nameWord(hi-1) && !p.toks[hi-1].sentStart && !p.has(hi-1, fGiven|fHonor|fRole|fDate|fGroupAdj|fStop) && !p.rankOrRole(hi-1) && !p.toks[hi-1].upper() && !p.demonymWord(hi-1) {
						hi--
					}
				}
				i = hi
				if c := p.classify(i, j); cue == kNone && (c == kNone || (c == kPerson && (!p.has(i, fGiven|fHonor) || owned))) {
					typ := kOrganization
					if p.has(j-1, fPlaceCue) {
						typ = kPlace
					}
					k := p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, key: p.fold(i, j)})
					_ = k
					i = j
					continue
				}
			}
		}
		if m := p.unknownHost(i, j); m > i {
			// "Sochi Winter Olympics": the host a place, the games no mention
			p.addFound(found{i: i, j: m, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPlace, key: p.fold(i, m)})
			i = j
			continue
		}
		j = p.regionAdjOf(i, j)
		typ := p.classify(i, j)
		shapeOnly := p.shapeOnly
		if airline || website || forPlace {
			typ, shapeOnly = kOrganization, false
		}
		if typ == kPlace && p.surnameCue(i, j) && !p.ofTitledPerson(i, j) {
			typ = kPerson // "Marc Lamont Hill", "Rand Paul Field" is not
		}
		if typ != kOrganization && p.tagalogBody(i, j) {
			typ, shapeOnly = kOrganization, false
		}
		// "All Progressives Congress", "All India Trinamool Congress": a
		// capitalised "All" opens an organisation's name
		if typ == kOrganization && i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.tcover[i-1] < 0 && p.word(i-1) == "All" && p.hasCue(i, j) == kOrganization {
			i--
		}
		// "Government Accountability Office": a capitalised "Government"
		// opens an organisation's name
		if typ == kOrganization && i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.tcover[i-1] < 0 && p.word(i-1) == "Government" {
			i--
		}
		// "82nd Airborne Division", "55th New York": an ordinal opens a
		// military unit's or team's name
		if typ == kOrganization && i > 0 && p.joined(i) && p.cover[i-1] < 0 && ordinal(p.word(i-1)) {
			i--
		}
		// "65 Fighter Wing", "3 Air Division", "IV Corps": a cardinal or
		// Roman number opens a military unit's name
		if typ == kOrganization && i > 0 && p.joined(i) && p.cover[i-1] < 0 && unitHead(p.word(j-1)) && (unitNumber(p.word(i-1)) || roman(p.word(i-1))) {
			i--
		}
		// "Second Thomas Shoal", "First Avenue", "Third Army": a capitalised
		// ordinal word inside a sentence
		if (typ == kOrganization || typ == kPlace) && i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.toks[i-1].cap() && !p.toks[i-1].sentStart && !p.headline(i) {
			switch p.word(i - 1) {
			case "First", "Second", "Third":
				i--
			case "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth":
				if typ == kOrganization && unitHead(p.word(j-1)) {
					i-- // "Fourth Air Force", "Seventh Fleet"
				}
			}
		}
		// "First Quantum Minerals said": a sentence's opening "First"
		// before a company name of several words with a company head is
		// its first word, not the adverb (which takes a comma)
		if typ == kOrganization && i > 0 && j-i >= 2 && p.joined(i) && p.cover[i-1] < 0 && p.toks[i-1].sentStart && p.has(j-1, fOrgCue) && p.word(i-1) == "First" {
			i--
		}
		// "the Most-Híd party", "Most-Hid": a capitalised word hyphened
		// to a body's first word opens its name (a lone capitalised word
		// no pass took; a party's or a firm's name is written so)
		if typ == kOrganization && i > 0 && p.toks[i].gap == gapHyphen && p.cover[i-1] < 0 && p.tcover[i-1] < 0 && p.toks[i-1].cap() && !p.toks[i-1].upper() && !p.toks[i-1].sentStart && !p.has(i-1, fGiven|fHonor|fRole) && (i-1 == 0 || p.toks[i-1].gap >= gapSpace) {
			i--
		}
		// "al-Hilla", "el-Sisi": a lower-case article hyphened to the name
		if typ != kNone && i > 0 && p.toks[i].gap == gapHyphen && p.cover[i-1] < 0 && p.toks[i-1].shape&shLower != 0 {
			if w := p.word(i - 1); w == "al" || w == "el" {
				i--
			}
		}
		if e := p.toks[j-1].end; e < len(p.text) && p.text[e] == '$' {
			i = j // "AU$ 52.5 million", "NZ$": a currency's prefix names no entity
			continue
		}
		if j-i == 2 && j < n && p.cover[j] >= 0 && p.joined(j) && p.malaySri(i, j+1) {
			i = j
			continue // "Tan Sri" before a KB name ("Tan Sri Muhyiddin Yassin"): the honorific alone
		}
		// "a Charlotte-Mecklenburg police officer", "the Winston-Salem
		// police chief": hyphened names before a local body's noun are
		// the place it serves, not a person
		if typ == kPerson && p.hyphenPlace(i, j) {
			typ, shapeOnly = kPlace, false
		}
		f := found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, shapeOnly: shapeOnly}
		// strip honorifics in front of a person's name, then any particle
		// left in front ("Mayor of Brampton" → "Brampton")
		for typ != kOrganization && typ != kPlace && f.i+1 < f.j && (p.has(f.i, fHonor) || typ == kPerson && (p.rankOrRole(f.i) && p.toks[f.i].cap() || p.malaySri(f.i, f.j)) || p.rankModifier(f.i, f.j)) {
			if w := p.word(f.i + 1); f.i+2 < f.j && p.toks[f.i+1].shape&shLower != 0 && particle(w) && w != "bin" && w != "ibn" && w != "bint" && w != "al" && w != "el" {
				break // "Madame de Staël": the surname needs its particle, the particle its title
			}
			if w := p.word(f.i); f.j-f.i == 2 && (w == "Lord" || w == "Lady") {
				break // "Lord Stanley": a peer is named by title and one name
			}
			f.i++
			for f.i+1 < f.j && p.has(f.i, fConnector) && p.toks[f.i].shape&shLower != 0 {
				f.i++
			}
		}
		// "Mayor of Brampton" typed a place: the place is "Brampton"
		if typ == kPlace && p.has(f.i, fHonor) {
			k := f.i
			for k < f.j && p.has(k, fHonor) {
				k++
			}
			if p.is(k, p.s.w.of) && k+1 < f.j {
				f.i = k + 1
			}
		}
		if f.j-f.i == 1 && p.has(f.i, fRole) && (f.i > i || f.i > 0 && p.tcover[f.i-1] >= 0 && p.joined(f.i)) {
			i = j
			continue // "Chief Executive Officer": titles only, no name
		}
		if f.j-f.i == 2 && typ == kPerson && p.rankPair(f.i) {
			i = j
			continue // "junta leader Senior General Than Shwe": a rank before a KB name, no name
		}
		if f.j-f.i == 1 && p.toks[f.i].end-p.toks[f.i].start <= 2 && !p.toks[f.i].upper() && !p.endsEarlierName(f.i) {
			i = j
			continue // a lone letter or initial ("C", "D.") names nothing
		}
		f.key = p.fold(f.i, f.j)
		k := p.addFound(f)
		if f.typ == kNone {
			p.kill(k) // kept for propagation only
		}
		i = j
	}
	p.propagate()
}

// headOf reports whether the run [i,j) holds an organisation's head word
// followed by "of" or "for" ("Union of South", "Institute of Latin").
func (p *proc) headOf(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if (p.is(k, p.s.w.of) || p.is(k, p.s.w.forw)) && p.has(k-1, fOrgCue) && !p.has(k-1, fPlaceCue) {
			return true
		}
	}
	return false
}

// elidedName reports whether token j is a French or Italian article or
// "of" elided onto a capitalised word ("d'Haiti", "l'Ouest", "dell'Arte")
// inside a name: "Electricite d'Haiti", "Banque d'Algerie", "Pointe
// d'Esny". The token is written in lower case, so the run would end
// before it.
func (p *proc) elidedName(j int) bool {
	t := p.toks[j]
	w := p.text[t.start:t.end]
	// every elided article below opens with d, l, a or s: test that
	// before IndexAny, which is slow for a set with a rune outside ASCII
	if c := w[0]; c != 'd' && c != 'l' && c != 'a' && c != 's' {
		return false
	}
	// the first apostrophe, looked for among the first five bytes only
	// (strings.IndexAny's answer when it is at most 4)
	k := -1
	for m := 0; m < len(w) && m <= 4; m++ {
		if w[m] == '\'' || strings.HasPrefix(w[m:], "’") {
			k = m
			break
		}
	}
	if k < 1 || t.sentStart || k+1 >= len(w) {
		return false
	}
	switch w[:k] {
	case "d", "l", "dell", "all", "sull":
	default:
		return false
	}
	r := w[k+1:]
	if w[k] != '\'' {
		r = w[k+len("’"):]
	}
	return r != "" && r[0] >= 'A' && r[0] <= 'Z'
}

// stopInName reports whether token j, a capitalised stop word of two or
// three letters inside a sentence, is a name word between name words
// ("Truong My Lan", "Nguyen An Ninh"): the run before it is one or two
// name-shaped words, the word after it a name word of its own, and no
// word of them common English (not a title's "Take On Me").
func (p *proc) stopInName(i, j int) bool {
	t := p.toks[j]
	if j-i > 2 || j+1 >= len(p.toks) || t.sentStart || !t.cap() || t.upper() || t.end-t.start < 2 || t.end-t.start > 3 || !p.has(j, fStop) || p.tcover[j] >= 0 || p.headline(j) {
		return false
	}
	return p.joined(j+1) && p.cover[j+1] < 0 && p.nameWord(j+1) && p.nameShaped(i, j) && p.nameShaped(j+1, j+2) && !p.toks[j+1].poss
}

// adjectivePair reports whether the run [i,j) is two adjectives of
// groups joined by "and" before a lower-case noun ("Western and Arab
// diplomats", "Sunni and Shiite clerics"): a compass adjective or a
// group's adjective on each side, one of them a group's.
func (p *proc) adjectivePair(i, j int) bool {
	if j-i != 3 || !p.is(i+1, p.s.w.and) || j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || !p.has(i, fGroupAdj) && !p.has(j-1, fGroupAdj) {
		return false
	}
	adj := func(k int) bool {
		switch p.word(k) {
		case "Western", "Eastern", "Northern", "Southern":
			return true
		}
		return p.has(k, fGroupAdj)
	}
	return adj(i) && adj(j-1)
}

// peoplePlural reports whether token k is a capitalised plural noun of
// people that names a body's members ("Citizens", "Democrats",
// "Lawyers", "Women"): shaped like an English plural, no role, title or
// given name, and not written in lower case in the article as a noun
// before "for" might be.
func (p *proc) peoplePlural(k int) bool {
	w := p.word(k)
	if !p.toks[k].cap() || p.toks[k].upper() || p.tcover[k] >= 0 || p.has(k, fRole|fHonor|fGiven|fOrgCue|fPlaceCue) {
		return false
	}
	if w == "Women" || w == "Men" || w == "People" {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ens") || strings.HasSuffix(w, "ats") || strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ans"))
}

// headWordsOnly reports whether every word of [i,j) is an organisation's
// head word or suffix or a common English word ("Logistics Services
// Enterprise"), none a name of its own.
func (p *proc) headWordsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.has(k, fOrgCue|fOrgSuffix|fCommon) || p.cover[k] >= 0 {
			return false
		}
	}
	return true
}

// forCause reports whether the words after "for" at k and up to j name
// a cause a body is named for ("Lawyers for Human Rights", "Women for
// Peace", "Citizens for Democracy"): one to three capitalised words, the
// last an abstract noun or a cause's word.
func (p *proc) forCause(k, j int) bool {
	if c := k + 1; c < j && p.is(c, p.s.w.the) {
		c++ // "Volunteers for the Defence of the Homeland", "Front for the Liberation of Mozambique"
		if c+2 < j && p.toks[c].cap() && causeNoun(p.word(c)) && p.is(c+1, p.s.w.of) && !p.toks[j-1].poss || c+1 == j && causeNoun(p.word(c)) && p.is(j, p.s.w.of) {
			return true
		}
	}
	if j-k < 2 || j-k > 4 || !p.toks[j-1].cap() || p.toks[j-1].poss {
		return false
	}
	switch w := p.word(j - 1); w {
	case "Rights", "Peace", "Justice", "Democracy", "Freedom", "Change", "Reform", "Equality", "Truth", "Life", "Progress", "Accountability":
		return true
	default:
		return fieldWord(w)
	}
}

// causeNoun reports whether w, after "for the" in a body's name, names
// the cause the body serves ("for the Defence of the Homeland", "for the
// Liberation of Angola", "for the Support of Islam and Muslims").
func causeNoun(w string) bool {
	switch w {
	case "Defence", "Defense", "Liberation", "Protection", "Salvation", "Support", "Promotion", "Restoration",
		"Emancipation", "Independence", "Advancement", "Preservation", "Reconstruction", "Unity", "Renewal",
		"Rescue", "Survival", "Recovery", "Rebirth", "Development", "Unification", "Sovereignty":
		return true
	}
	return false
}

// vietMiddle reports whether w is the middle name that marks a
// Vietnamese woman's or man's name ("Le Thi Hong Thuy", "Tran Van
// Thanh"): the family name before it opens the name, even at a
// sentence's start.
func vietMiddle(w string) bool {
	switch w {
	case "Thi", "Thị", "Van", "Văn":
		return true
	}
	return false
}

// unknownGiven reports whether the one word [i,k) that opens a sentence
// before a given name and a surname is a given name the lexicon lacks
// ("Hodan Ismail Farah said", "Fatouma Said Robleh, a trader"): a word
// of eight letters or fewer that is neither a stop word nor shaped like
// an English word (not "Meanwhile John Smith", "Engineer John Greiner"),
// with two or more name words after it.
func (p *proc) unknownGiven(i, k int) bool {
	if k != i+1 || k+1 >= len(p.toks) || !p.joined(k+1) || !p.toks[k+1].cap() || p.cover[k+1] >= 0 && p.found[p.cover[k+1]].typ != kPerson {
		return false
	}
	w := p.word(i)
	return len(w) <= 8 && !p.has(i, fStop|fCue|fAux|fLocPrep) && !p.seenLower(i) && !commonShape(w) && !p.lowerWord(i)
}

// endsEarlierName reports whether token k, a two-letter capitalised word
// ("Ba", "Xi", "Wu"), is the last word of a person's full name found
// earlier in the document ("Amadou Ba … Ba conceded"; a space and a
// word of three letters or more before it, not "W.Va"): a short surname
// names that person, not a lone letter or initial. A two-letter word
// that opens an earlier name of three words with a space after it is a
// family name written first, as Korean and Chinese names are ("Ri Yong
// Ho … Ri said").
func (p *proc) endsEarlierName(k int) bool {
	t := &p.toks[k]
	if t.end-t.start != 2 || !t.cap() || p.text[t.end-1] == '.' {
		return false
	}
	for g := range p.found {
		f := &p.found[g]
		if f.i >= k || f.j-f.i < 2 || f.j > k || f.typ != kPerson {
			continue
		}
		if p.word(f.j-1) == p.word(k) &&
			p.toks[f.j-2].end+1 == p.toks[f.j-1].start && p.text[p.toks[f.j-2].end] == ' ' && p.toks[f.j-2].end-p.toks[f.j-2].start >= 3 {
			return true
		}
		if f.j-f.i == 3 && p.word(f.i) == p.word(k) && p.toks[f.i].end+1 == p.toks[f.i+1].start && p.text[p.toks[f.i].end] == ' ' {
			return true
		}
	}
	return false
}

// possInName reports whether the possessive before token j is inside an
// organisation's name ("Tigray People's Liberation Front", "Nicholson's
// Limited"): an organisation head word or company suffix follows within
// three capitalised words, and the words before it are no body's whole
// name ("the Discovery Institute's Center" is two).
func (p *proc) possInName(i, j int) bool {
	if j <= i || !p.toks[j-1].poss || p.toks[j].gap > gapSpace || !p.nameWord(j) {
		return false
	}
	// "the Discovery Institute's Center for Science": a whole body's name
	// before the possessive owns another's
	if j-i >= 2 && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue) {
		return false
	}
	if p.word(j-1) == "People" && j-i >= 2 {
		return true // "National People's Power", "Korean People's Army"
	}
	if p.pluralPossHead(j) {
		return true // "Martyrs' Square", "Kurdistan Workers' Party"
	}
	// "Cox's Bazar", "Martha's Vineyard", "St John's Wood": a place the
	// gazetteer knows with the possessive inside its name (in capitals
	// only opening a sentence, a dateline: "COX'S BAZAR, Bangladesh")
	for k := j; k < j+2 && k < len(p.toks) && p.nameWord(k) && (k == j || p.joined(k)); k++ {
		if p.gazPlace(i, k+1) || p.toks[i].sentStart && p.allUpper(i, k+1) && p.gazDateline(i, k+1) {
			return true
		}
		if p.toks[k].poss {
			break
		}
	}
	// "the US Treasury Department's Office of Foreign Assets Control":
	// a body's head word that ends a name found before it owns another
	if j-i == 1 && i > 0 && p.joined(i) && p.cover[i-1] >= 0 && p.has(i, fOrgCue) && !p.has(i, fPlaceCue) {
		return false
	}
	// "Nitish Kumar's Janata Dal": a person's name owns the body after it
	// (also opening a sentence with a known given name: "Jean-Pierre
	// Bemba's Movement for the Liberation of Congo")
	if j-i >= 2 && (p.givenLike(i, j) || p.toks[i].sentStart && p.has(i, fGiven)) && !p.anyFlag(i, j, fOrgCue|fPlaceCue|fHonor|fMisc) {
		return false
	}
	for k := j; k < j+3 && k < len(p.toks) && p.nameWord(k); k++ {
		if p.has(k, fOrgCue|fOrgSuffix) {
			return true
		}
		if p.toks[k].poss {
			return false
		}
	}
	return false
}

// personAfterOf reports whether a person's name opens at token k, after
// an organisation's head word and "of": a given name, then one or two
// capitalised words that are no head words of bodies or places, then no
// further name word ("the Samajwadi Party of Akhilesh Yadav", not "the
// Church of Jesus Christ of Latter-day Saints").
func (p *proc) personAfterOf(k int) bool {
	if !p.has(k, fGiven) || p.toks[k].sentStart || p.cover[k] >= 0 || !p.nameWord(k) {
		return false
	}
	const notName = fOrgCue | fPlaceCue | fMisc | fDate | fGroupAdj
	e := k + 1
	for e < len(p.toks) && e <= k+2 && p.joined(e) && p.cover[e] < 0 && p.nameWord(e) && !p.has(e, notName) {
		e++
	}
	if e == k+1 || e < len(p.toks) && p.joined(e) && (p.nameWord(e) || p.has(e, fConnector) && e+1 < len(p.toks) && p.nameWord(e+1)) {
		return false
	}
	return true
}

// givenLike reports whether the words i..j before a possessive are
// shaped like a person's name, not at a sentence's start: a known given
// name first, or two words no lexicon or KB name holds ("Chandrababu
// Naidu's") of which the last is no plural ("Feltham Magistrates'").
func (p *proc) givenLike(i, j int) bool {
	if p.toks[i].sentStart {
		return false
	}
	if p.has(i, fGiven) {
		return true
	}
	return j-i == 2 && p.toks[i].id < 0 && p.toks[i+1].id < 0 && !strings.HasSuffix(p.word(i+1), "s")
}

// partyAdj reports whether w is an adjective that opens political
// parties' names ("National Rally", "Democratic Rally").
func partyAdj(w string) bool {
	switch w {
	case "National", "Democratic", "Popular", "Republican", "Patriotic", "Socialist", "Liberal",
		"Progressive", "Conservative", "Civic", "Revolutionary", "People's", "Social", "Green",
		"United", "Islamic", "Christian", "Constitutional", "Federal", "Nationalist", "Reform", "Unity":
		return true
	}
	return false
}

// absorb kills found k, whose words a longer name took, so that no later
// pass revives it as a name of its own.
func (p *proc) absorb(k int) {
	p.kill(k)
	p.found[k].how = hNone
}

// hasCue returns the type a head word of [i,j) implies, or "". The
// answer depends only on the tokens and the titles matched before
// findRuns, so the last one is remembered: findRuns and classify ask
// about the same run several times.
func (p *proc) hasCue(i, j int) kind {
	if c := &p.cue; c.ok && c.i == i && c.j == j {
		return c.typ
	}
	typ := p.cueOf(i, j)
	p.cue = cueMemo{i: i, j: j, typ: typ, ok: true}
	return typ
}

// cueMemo is hasCue's last answer.
type cueMemo struct {
	i, j int
	typ  kind
	ok   bool
}

// cueOf is hasCue without the memo.
func (p *proc) cueOf(i, j int) kind {
	if j-i >= 2 && p.toks[j-1].shape&shDigit != 0 && roadHead(p.word(j-2)) {
		return kPlace // "Highway 301", "Route 66"
	}
	if j < len(p.toks) && p.toks[j].shape&shDigit != 0 && p.toks[j].gap <= gapHyphen && !p.toks[j-1].poss && p.toks[j].word() {
		return kMisc // "Boeing 737": a product or model
	}
	if p.marketIndex(i, j) {
		return kMisc // "the Dow Jones fell": an index, not a company
	}
	if j-i >= 2 {
		switch p.word(i) {
		case "HMS", "USS", "HMAS", "HMCS", "INS", "USNS", "RFS", "MV", "SS", "RMS":
			return kMisc // "HMS Ocean", "USS Cole": a ship
		case "Typhoon", "Hurricane", "Cyclone", "Storm", "Super", "Tropical":
			if stormWord(p.word(i)) || stormWord(p.word(i+1)) {
				return kMisc // "Typhoon Haiyan", "Tropical Storm Nicole": a named storm, never a person
			}
		}
	}
	if j-i < 2 {
		if p.bankWord(i) {
			return kOrganization // "Vietcombank", "Sberbank": a bank's one-word name
		}
		return kNone // "City", "League" alone name nothing
	}
	if venueOpener(p.word(i)) && j-i >= 2 {
		return kPlace // "Stade de France", "Estadio Nacional de Chile": a venue
	}
	head := j - 1
	for k := i + 1; k < j; k++ {
		if p.is(k, p.s.w.of) || p.is(k, p.s.w.forw) || p.is(k, p.s.w.on) || romanceFor(p.word(k)) {
			head = k - 1
			break
		}
	}
	if head == i && (p.is(i+1, p.s.w.forw) || p.is(i+1, p.s.w.on)) && p.toks[i+1].cap() && p.has(i, fPlaceCue) && !p.has(i, fOrgCue) && !p.has(i, fPlacePrefix) {
		// "Monument For Sale", "Memorial For Sale": a title-case
		// headline; a place's head word closes its name ("Washington
		// Monument") and opens none before a capitalised "For" (the
		// "Museum for East Texas Culture" writes its "for" in lower case)
		return kNone
	}
	switch {
	case p.is(head, p.s.w.rally) && (head > i && partyAdj(p.word(head-1)) || head == i && p.is(head+1, p.s.w.forw)):
		return kOrganization // "National Rally", "Rally for Culture and Democracy": a party
	case p.hallOfFame(head):
		return kOrganization // "Hockey Hall of Fame": a body, not a building
	case head == j-1 && (p.word(head) == "FM" || p.word(head) == "TV"):
		return kOrganization // "Capital FM", "Kantipur TV": a broadcaster
	case head == j-1 && p.word(head) == "Sun" && p.paperSun(i, head):
		// "Edmonton Sun", "Island Sun": a newspaper named for its town or
		// with a common word (not "Sun Yang": the word opening a name is a
		// surname; nor "Xiaoming Sun": a given name before it)
		return kOrganization
	case p.bishopsBody(head):
		return kOrganization // "Italian Episcopal Conference": the bishops' body, no meeting
	case p.has(head, fMisc) && p.toks[head].cap():
		return kMisc
	case p.word(head) == "District" && head > i && p.has(head-1, fOrgCue) && !p.has(head-1, fPlaceCue):
		return kOrganization // "Coronado Unified School District": a body, not an area
	case p.has(head, fOrgCue) && weakHead(p.word(head)) && !p.properBefore(i, head):
		return kNone // "Industrial Design", "Computer Aided Design": a field, not a firm
	case p.has(head, fOrgCue) && head > i && venueCenter(p.word(head), p.word(head-1)):
		return kPlace // "Kennedy Space Center", "Santa Clara Convention Center": a venue
	case head == j-1 && airportHead(p.word(head)):
		return kPlace // "Changi International Airport": a facility, a place one flies to (not "Airport Authority")
	case head == j-1 && p.commodityFirm(i, j):
		return kOrganization // "Impala Platinum", "Tata Steel", "Dangote Cement": a producer
	case head == j-1 && head == i+1 && p.word(head) == "House" && (p.word(i) == "Parliament" || p.word(i) == "Government"):
		return kPlace // "Parliament House", "Government House": a building, not the body that sits in it
	case p.has(head, fOrgCue):
		return kOrganization
	case p.has(i, fOrgOpener) && p.toks[i].cap() && !p.has(i+1, fPlaceCue):
		return kOrganization // "Partido Popular", "Jaish al-Adl", "Radio Cooperativa"
	case p.has(head, fPlaceCue) && head+2 < j-1 && p.has(j-1, fOrgCue) && !p.has(j-1, fPlaceCue) && p.toks[j-1].cap():
		// "Republic of Fiji Military Forces", "District of Columbia
		// Police Department": a place's name opens a body's, whose head
		// word ends the run
		return kOrganization
	case p.has(head, fPlaceCue):
		return kPlace
	case p.has(j-1, fOrgSuffix) && j-i > 1:
		return kOrganization
	case p.dottedSuffix(i, j):
		return kOrganization // "Proastiakos S.A.", "Sunderland A.F.C."
	case p.hasDigit(i, j) || (j < len(p.toks) && p.toks[j].shape&shDigit != 0 && p.toks[j].gap <= gapHyphen && !p.toks[j-1].poss):
		return kMisc // "Airbus A380", "Boeing 737": products and models
	case j-i > 1 && p.has(i, fPlaceCue|fPlacePrefix) && !p.has(i, fOrgCue|fGiven) && !p.comparative(i, j) && !holiday(p.word(j-1)) && !p.innerOrgCue(i, j):
		return kPlace // (not "St Mary's Hospital Lacor": a body's head word inside, below)
	}
	if head > i && movementWord(p.word(i)) {
		return kOrganization // "Liberation Tigers of Tamil Eelam": a movement
	}
	if head+2 < j && romanceFor(p.word(head+1)) && p.toks[head+1].shape&shLower != 0 {
		return kOrganization // "Rassemblement pour la Republique", "Alianza por el Cambio": a body's aim
	}
	// "Major League Baseball", "Football Association Premier": an
	// organisation's head word inside a name with no head word of its own
	if p.innerOrgCue(i, j) {
		return kOrganization
	}
	return kNone
}

// partyPluralHead reports whether the run's head word at k, after a
// party's adjective opening the run at i, is a plural other than a
// state's ("United Regions", "Social Democrats"; not "United States",
// "United Provinces"): before "of" and a country it names a party.
func (p *proc) partyPluralHead(i, k int) bool {
	switch p.word(i) {
	case "National", "Federal", "Islamic", "Christian", "Constitutional", "Reform", "Unity", "People's":
		return false // "the National Heroes of Kenya": not a party's adjective alone
	}
	if k <= i || !partyAdj(p.word(i)) || !p.toks[k].cap() || p.toks[k].upper() || p.has(i, fGiven|fHonor|fRole) {
		return false
	}
	w := p.lower(k)
	if !pluralShape(w) {
		return false
	}
	switch w {
	case "states", "emirates", "provinces", "nations", "islands", "territories", "lands", "kingdoms", "republics":
		return false
	}
	return true
}

// innerOrgCue reports whether an organisation's head word stands inside
// [i,j), neither first nor last ("Major League Baseball").
func (p *proc) innerOrgCue(i, j int) bool {
	for k := j - 2; k > i; k-- {
		if p.has(k, fOrgCue) && !p.has(k, fPlaceCue|fMisc) && p.toks[k].cap() && !p.has(j-1, fGiven) {
			return true
		}
	}
	return false
}

// stormWord reports whether w names a kind of storm that takes a given
// name ("Typhoon Haiyan", "Super Typhoon Goni", "Tropical Storm Nicole").
func stormWord(w string) bool {
	switch w {
	case "Typhoon", "Hurricane", "Cyclone", "Storm", "Supertyphoon", "Depression":
		return true
	}
	return false
}

// stateAbbrev reports whether [i,j) is a state's abbreviation after a
// place and a comma ("CARTHAGE, N.C.", "SOUTH CHARLESTON, W.Va.",
// "Dalton, Ga."): at most two short capitalised words or initials, the
// last written with a full stop.
func (p *proc) stateAbbrev(i, j int) bool {
	if j-i > 2 || i < 2 || !p.is(i-1, p.s.w.comma) {
		return false
	}
	if g := p.foundEnding(i - 1); g < 0 || p.found[g].typ != kPlace && p.found[g].typ != kCountry {
		if !p.allUpper(i-2, i-1) && !p.gazPlace(i-2, i-1) {
			return false
		}
	}
	for k := i; k < j; k++ {
		t := p.toks[k]
		if n := t.end - t.start; !t.cap() || t.upper() || n > 4 {
			return false
		}
	}
	last := p.toks[j-1]
	return p.text[last.end-1] == '.' || last.end < len(p.text) && p.text[last.end] == '.'
}

// dateline reports whether [i,j), written in capitals, opens a
// paragraph or sentence before a dash: a dateline's town ("MONROE -
// Federal and state officials", "SPRINGFIELD — ").
func (p *proc) dateline(i, j int) bool {
	if !p.toks[i].sentStart || j >= len(p.toks) || p.toks[j].sent != p.toks[i].sent || !p.allUpper(i, j) || p.anyFlag(i, j, fAcronym|fOrgCue) || p.toks[i].end-p.toks[i].start < 4 {
		return false
	}
	switch p.word(j) {
	case "-", "—", "–":
		return p.toks[j].gap >= gapSpace && j+1 < len(p.toks) && p.toks[j+1].gap >= gapSpace
	case ",":
		// "YANGON, Feb 1, 2021 (Reuters) -": a month after the comma
		return j+1 < len(p.toks) && p.has(j+1, fDate) && p.toks[j+1].cap() || p.gazDateline(i, j)
	case "(":
		// "YANGON (Reuters) -": an agency in parentheses
		return p.gazDateline(i, j) || j+3 < len(p.toks) && p.toks[j+1].cap() && p.word(j+2) == ")" && isDash(p.word(j+3))
	}
	return false
}

// gazDateline reports whether the capitals [i,j) opening a dateline
// before a comma or parenthesis are a place the gazetteer knows.
func (p *proc) gazDateline(i, j int) bool {
	return p.s.gaz != nil && p.s.gaz.Has(p.text[p.toks[i].start:p.toks[j-1].end])
}

func isDash(w string) bool { return w == "-" || w == "--" || w == "—" || w == "–" }

// ampersand reports whether token k is an "&" written between two
// capital initials or acronyms with no space ("B&SR", "A&M", "AT&T").
func (p *proc) ampersand(k int) bool {
	if k < 1 || k+1 >= len(p.toks) || p.word(k) != "&" || p.toks[k].gap != gapNone || p.toks[k+1].gap != gapNone {
		return false
	}
	return p.toks[k-1].upperLetters() && p.toks[k+1].upperLetters() && p.toks[k-1].end-p.toks[k-1].start <= 4 && p.toks[k+1].end-p.toks[k+1].start <= 4
}

// ampAcronym reports whether [i,j) is capital initials joined by "&"
// ("B&SR", "A&M") and no common abbreviation ("R&D", "Q&A", "M&A").
func (p *proc) ampAcronym(i, j int) bool {
	if j-i < 3 || (j-i)%2 == 0 {
		return false
	}
	for k := i + 1; k < j; k += 2 {
		if !p.ampersand(k) {
			return false
		}
	}
	switch p.text[p.toks[i].start:p.toks[j-1].end] {
	case "R&D", "Q&A", "M&A", "B&B", "R&B", "P&L", "T&C", "T&Cs", "F&B", "D&D", "S&L", "A&E", "E&P", "O&M", "C&W":
		return false
	}
	return true
}

// byline reports whether token i stands in a byline: a sentence that
// opens with "By" and names only people before i ("By JOHN SMITH and
// MARIA GARCIA").
func (p *proc) byline(i int) bool {
	for k := i - 1; k >= 0 && p.toks[k].sent == p.toks[i].sent && k >= i-12; k-- {
		if p.toks[k].sentStart || k == 0 || p.toks[k].gap == gapBreak {
			w := p.word(k)
			return w == "By" || w == "BY"
		}
		if !p.toks[k].cap() && !p.is(k, p.s.w.and) && !p.is(k, p.s.w.comma) {
			return false
		}
	}
	return false
}

// opensEarlierOrg reports whether the one-word name [i,j) opens an
// organisation's longer name found before it ("AirTanker" after
// "AirTanker Ltd."): the firm's short form, whatever follows it.
func (p *proc) opensEarlierOrg(i, j int) bool {
	if j-i != 1 {
		return false
	}
	w := p.word(i)
	for g := range p.found {
		f := &p.found[g]
		if f.i < i && !f.dead && f.typ == kOrganization && f.j-f.i >= 2 && p.word(f.i) == w {
			return true
		}
	}
	return false
}

// innerCap reports whether the capitalised word w has a capital letter
// after a lower-case one ("AirTanker", "PayPal", "McCain"): a name's
// spelling, never a common word's.
func innerCap(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' && 'A' <= w[i+1] && w[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// camelFirm reports whether w, one word, is a firm's name written in
// camel case: words of three letters or more run together, the second
// capitalised ("AsiaUniversalBank", "KazMunayGas", "BlackRock"), not a
// surname or place opened by a particle of two letters or "Mac", "Kwa"
// ("McConnell", "DeSantis", "LeBron", "MacArthur", "KwaMashu").
func camelFirm(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	k := 1
	for k < len(w) && 'a' <= w[k] && w[k] <= 'z' {
		k++
	}
	if k < 3 || k+2 >= len(w) || w[k] < 'A' || w[k] > 'Z' || w[k+1] < 'a' || w[k+1] > 'z' {
		return false
	}
	switch w[:k] {
	case "Mac", "Kwa", "Van", "Von", "Fitz", "Del", "Des", "Dos", "Das", "Los", "Las":
		return false
	}
	return true
}

// camelLower reports whether token k is a brand written in camel case
// with a lower-case first letter ("iPod", "iTunes", "eBay").
func (p *proc) camelLower(k int) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].shape&shLower == 0 {
		return false
	}
	// (one or two lower-case letters first: not "photoJim", two words
	// glued together)
	w := p.word(k)
	for i := 1; i < len(w) && i <= 2; i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return len(w) >= 3
		}
	}
	return false
}

// initialsOfRole reports whether [i,j) is the initials of a role or a
// common acronym written with full stops ("C.E.O.").
func (p *proc) initialsOfRole(i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	var b [4]byte
	for k := i; k < j; k++ {
		t := p.toks[k]
		if t.end-t.start != 2 || p.text[t.end-1] != '.' {
			return false
		}
		c := p.text[t.start]
		if c < 'A' || c > 'Z' {
			return false
		}
		b[k-i] = c + 'a' - 'A'
	}
	id := p.s.v.lookup(b[:j-i])
	return p.s.v.has(id, fRole|fAcronym)
}

// universityOf reports whether the run [i,j) names a university by its
// place ("University of Texas").
func (p *proc) universityOf(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if p.word(k) == "University" && p.is(k+1, p.s.w.of) {
			return true
		}
	}
	return false
}

// domainEnd reports whether w ends a web domain's name ("com" in
// "Detik.com"): a generic ending or any country's two letters
// ("Aktuality.sk", "Delfi.lt").
func domainEnd(w string) bool {
	switch w {
	case "com", "net", "org", "info", "news", "tv", "gov", "edu":
		return true
	}
	return len(w) == 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z'
}

// partyMember reports whether w names a member of a party as a noun
// before a name ("Democrat Slater", "Republican Mike Lee").
func partyMember(w string) bool {
	switch w {
	case "Democrat", "Republican", "Conservative", "Tory", "Liberal", "Socialist", "Communist":
		return true
	}
	return false
}

// bylineRole reports whether w, after "Staff", is a byline's job
// ("Staff Writer", "STAFF REPORTER").
func bylineRole(w string) bool {
	switch strings.ToLower(w) {
	case "writer", "reporter", "correspondent", "photographer", "editor":
		return true
	}
	return false
}

// arabicPlaceWord reports whether w opens an Arabic place name ("Ayn
// Isa", "Deir ez-Zor", "Beit Hanoun", "Jisr al-Shughur"): spring,
// monastery, house, bridge, well, hill, castle, village.
func arabicPlaceWord(w string) bool {
	switch w {
	case "Ayn", "Ain", "Deir", "Dayr", "Beit", "Bayt", "Jisr", "Bir", "Tall", "Tell", "Qasr", "Hammam", "Khirbet", "Kafr", "Kfar", "Ras", "Wadi":
		return true
	}
	return false
}

// holiday reports whether w ends a holiday's or season's name after a
// place-like word ("New Year", "Lunar New Year's", "Chinese New Year"):
// a time, no place.
func holiday(w string) bool {
	switch w {
	case "Year", "Year's", "Year’s", "Years":
		return true
	}
	return false
}

// weakHead reports whether w is an organisation head word that is also
// a field or trade ("Design", "Productions"): it names a firm only after
// a proper name ("Cesaroni Design", not "Industrial Design").
func weakHead(w string) bool {
	switch w {
	case "Design", "Designs", "Productions", "Architects", "Brothers":
		return true
	}
	return false
}

// properBefore reports whether a word of [i,head) is a proper name: not
// a common word or shaped like one ("Aided"), not one the article
// writes in lower case.
func (p *proc) properBefore(i, head int) bool {
	for k := i; k < head; k++ {
		if p.nameWord(k) && !p.has(k, fCommon|fOrgCue|fPlaceCue|fMisc|fConnector) && !p.lowerWord(k) && !commonShape(p.word(k)) {
			return true
		}
	}
	return false
}

// dottedSuffixes are company and club abbreviations written with dots,
// as their letters ("S.A.", "A.F.C.", "N.V.").
var dottedSuffixes = map[string]bool{
	"SA": true, "AG": true, "NV": true, "BV": true, "AB": true, "AS": true, "SPA": true, "SRL": true, "PLC": true,
	"LLC": true, "LP": true, "LLP": true, "AFC": true, "FC": true, "CF": true, "SC": true, "PTY": true,
}

// dottedSuffix reports whether the run [i,j) ends in a dotted company or
// club abbreviation after a name ("Proastiakos S.A."): the tokenizer
// reads "S.A." as two initials, which would otherwise make a person's
// middle initials.
func (p *proc) dottedSuffix(i, j int) bool {
	var b []byte
	k := j - 1
	for ; k > i && k-i >= 1; k-- {
		t := p.toks[k]
		if t.end-t.start != 2 || p.text[t.end-1] != '.' || !t.cap() {
			break
		}
		b = append(b, p.text[t.start])
		if t.gap != gapNone {
			k--
			break
		}
	}
	if len(b) < 2 || k < i {
		return false
	}
	slices.Reverse(b)
	return dottedSuffixes[string(b)]
}

// marketIndices are stock market indices news reports rise and fall
// ("the Dow Jones", "the Hang Seng"); they name no organisation.
var marketIndices = map[string]bool{
	"dow jones": true, "dow": true, "hang seng": true, "nikkei": true, "ftse": true, "nasdaq composite": true,
	"dax": true, "cac": true, "sensex": true, "nifty": true, "kospi": true, "topix": true, "stoxx": true,
	"euro stoxx": true, "ibovespa": true, "merval": true, "s&p": true, "tsx": true, "asx": true,
}

// marketIndex reports whether [i,j) names a stock market index.
func (p *proc) marketIndex(i, j int) bool {
	return j-i <= 2 && p.has(i, fIndex) && marketIndices[p.fold(i, j)]
}

func (p *proc) hasDigit(i, j int) bool {
	for k := i; k < j; k++ {
		if p.toks[k].shape&shDigit != 0 || containsDigit(p.word(k)) {
			return true
		}
	}
	return false
}

// containsDigit reports whether s holds an ASCII digit; it is
// strings.ContainsAny(s, "0123456789") without building the set of
// characters on every call (no byte of a multi-byte UTF-8 sequence is
// ASCII).
func containsDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// guessSingles types one-word names no cue classified: a word written
// capitalised mid-sentence at least twice, or followed by a reporting
// verb or a possessive, names an organisation ("Boeing said", "Apple's").
// Surnames were joined to their person by shortForms before.
func (p *proc) guessSingles() {
	count := map[string]int{}
	cue := map[string]bool{}
	// ("April Fool's joke": a possessive word after a capitalised month
	// names a day, no body)
	single := func(f *found) bool {
		return f.how == hName && f.typ == kNone && f.joinTo < 0 && f.j-f.i == 1 && !p.marketIndex(f.i, f.j) && (!p.model(f.i-1) || year(p.word(f.i-1))) && !p.model(f.j) && !p.modelNickname(f.i) && !p.hasDigit(f.i, f.j) && !p.firmBased(f.i) && !p.has(f.i, fGiven|fHonor|fRole|fPlacePrefix|fOrgCue|fPlaceCue|fMisc|fGroupAdj|fConnector|fAcronym) &&
			!(p.toks[f.i].poss && f.i > 0 && p.joined(f.i) && p.toks[f.i-1].cap() && p.has(f.i-1, fDate))
	}
	place := map[string]bool{}
	person := map[string]bool{}
	product := map[string]bool{}
	division := map[string]bool{}
	alone := map[string]bool{}
	singles := false
	for g := range p.found {
		f := &p.found[g]
		// single's first tests, inline: most founds fail them, spared the call
		if f.how != hName || f.typ != kNone || f.j-f.i != 1 || !single(f) {
			continue
		}
		singles = true
		alone[f.key] = true
		if !p.toks[f.i].sentStart && !p.headline(f.i) {
			count[f.key]++
		}
		if p.placeContext(f.i, f.j) || placeSuffix(p.word(f.i)) || p.placeCoord(f.i, f.j) && !p.has(f.i, fCommon) && !p.lowerWord(f.i) && !commonShape(p.word(f.i)) {
			place[f.key] = true
		}
		if (p.cueAfter(f.j) || p.toks[f.j-1].poss) && (!p.toks[f.i].sentStart || !commonShape(p.word(f.i))) {
			cue[f.key] = true // "Boeing said", not "Recent reports" or "Negotiators said"
		}
		if p.personCue(f.i, f.j) || p.mindVerb(f.j) || p.coordGiven(f.i, f.j) {
			person[f.key] = true // "Pezuela recognized he was losing", "Anderson had died", "Karim and Sadiq"
		}
		if p.apposHead(f.j) == kMisc {
			product[f.key] = true // "Tiger, the newest version of Mac OS X"
		}
		if p.beforeDivision(g) {
			division[f.key] = true // "Ford Australia"
		}
	}
	if !singles {
		// the passes below type single words only, and no found is
		// one (none turns into one before they run)
		p.givenAlone()
		return
	}
	// A word repeated alone that ends a two- or three-word name is that
	// name's surname: the name is a person ("Dewa Budjana" … "Budjana").
	// A word that opens a typed name is its short form ("Northrop").
	last := map[string]int{}
	first := map[string]int{}
	middle := map[string]int{}
	for g := range p.found {
		f := &p.found[g]
		if f.how != hName || f.joinTo >= 0 || f.j-f.i < 2 || f.j-f.i > 3 || (f.typ != kNone && f.typ != kPerson) {
			if f.how == hName && f.typ != kNone && !f.dead && f.j-f.i >= 2 && f.joinTo < 0 {
				first[p.fields(f.key)[0]] = g + 1
			}
			continue
		}
		w := p.fields(f.key)
		if len(w) == 0 || f.typ == kNone && p.someUpper(f.i, f.j) && !p.allUpper(f.i, f.j) {
			continue // "OS X Tiger" … "Tiger": an acronym inside makes no person's name
		}
		if f.typ == kNone && f.j-f.i == 2 && p.toks[f.i+1].gap == gapHyphen && !p.has(f.i, fGiven) && len(w) == 2 && alone[w[0]] && alone[w[1]] {
			continue // "the Sears-Kmart deal" … "Sears and Kmart will merge": a pair, each half named alone
		}
		if k, ok := last[w[len(w)-1]]; ok && k != g {
			last[w[len(w)-1]] = -1 // two names end with it: ambiguous
		} else {
			last[w[len(w)-1]] = g
		}
		// "Ernesto Villacorta Ruiz" … "Villacorta": a given name and two
		// family names, the first of which is the short form
		if len(w) == 3 && p.has(f.i, fGiven) {
			if k, ok := middle[w[1]]; ok && k != g {
				middle[w[1]] = -1
			} else {
				middle[w[1]] = g
			}
		}
		if f.typ != kNone && !f.dead {
			first[w[0]] = g + 1
		}
	}
	revive := func(g int, typ kind) {
		f := &p.found[g]
		for t := f.i; t < f.j; t++ {
			if p.cover[t] >= 0 && int(p.cover[t]) != g {
				return
			}
		}
		f.typ, f.dead = typ, false
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
	for g := range p.found {
		f := &p.found[g]
		if p.cover[f.i] >= 0 || !single(f) || product[f.key] { // the cover first: it spares most founds the call
			continue
		}
		if division[f.key] {
			revive(g, kOrganization) // not the short form of "the Ford Falcon", a person by its shape
			continue
		}
		if r, ok := last[f.key]; ok && r >= 0 && count[f.key]+btoi(cue[f.key]) >= 1 {
			revive(r, kPerson)
			if !p.found[r].dead {
				f.joinTo, f.how = r, hShortForm
				revive(g, kPerson)
				continue
			}
		}
		if r, ok := middle[f.key]; ok && r >= 0 && !p.found[r].dead && p.found[r].typ == kPerson && count[f.key]+btoi(cue[f.key]) >= 1 {
			if _, isLast := last[f.key]; !isLast { // no other name ends with it
				f.joinTo, f.how = r, hShortForm
				revive(g, kPerson)
				continue
			}
		}
		if r := first[f.key] - 1; r >= 0 && !p.found[r].dead {
			f.joinTo, f.how = r, hShortForm // "Northrop" after "Northrop Grumman"
			revive(g, p.found[r].typ)
			continue
		}
		switch {
		case person[f.key] && !place[f.key] && p.nameLike(f.i) && !p.toks[f.i].upper():
			revive(g, kPerson) // "Karim and Sadiq", "Sadiq said he"
		case camelFirm(p.word(f.i)):
			revive(g, kOrganization) // "through AsiaUniversalBank"
		case place[f.key]:
			revive(g, kPlace)
		case (count[f.key] >= 2 || cue[f.key]) && (p.toks[f.i].upper() || p.nameLike(f.i) && (!strings.HasSuffix(p.word(f.i), "ing") || cue[f.key] && p.is(f.i-1, p.s.w.of) && p.joined(f.i))):
			// not "Symposium", "Nation": common words; a word ending in
			// "-ing" only after "of" and before a reporting verb ("Sólveig
			// Anna Jónsdóttir of Efling said")
			revive(g, kOrganization)
		}
	}
	p.givenAlone()
}

// givenAlone types a given name written alone ("Angelo", "Hayley"): it
// joins the one person of the article whose name it opens ("Angelo
// Fusco"), else it is a person of its own when a reporting verb follows
// it or it recurs mid-sentence.
func (p *proc) givenAlone() {
	// the last loop reads one-word names only, and changes no other
	// found: without one there is nothing to count for it
	single := false
	for g := range p.found {
		if f := &p.found[g]; f.how == hName && f.joinTo < 0 && f.j-f.i == 1 {
			single = true
			break
		}
	}
	if !single {
		return
	}
	firstOf := map[string]int{} // first word → person found, -1 when two people share it
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j-f.i < 2 || f.joinTo >= 0 || p.has(f.i, fHonor|fConnector) {
			continue
		}
		w := p.lower(f.i)
		if r, ok := firstOf[w]; ok && r != g && (r < 0 || p.fold(p.found[r].i, p.found[r].j) != p.fold(f.i, f.j)) {
			firstOf[w] = -1
		} else if !ok {
			firstOf[w] = g
		}
	}
	count := map[string]int{}
	for g := range p.found {
		f := &p.found[g]
		if f.how == hName && f.typ == kNone && f.j-f.i == 1 && !p.toks[f.i].sentStart {
			count[f.key]++
		}
	}
	// A long document asks both of the same few words again and again;
	// the answers cannot change in this loop, which retypes one-word
	// names only (divisionName's own key answers true before any of its
	// names is retyped; orgNameWord reads longer names)
	var division map[string]bool
	var orgWord map[string]int
	if manyFound(p.found) {
		division, orgWord = map[string]bool{}, map[string]int{}
	}
	divisionName := func(key string) bool {
		if division == nil {
			return p.divisionName(key)
		}
		v, ok := division[key]
		if !ok {
			v = p.divisionName(key)
			division[key] = v
		}
		return v
	}
	orgNameWord := func(g int) int {
		if orgWord == nil {
			return p.orgNameWord(g)
		}
		w := p.word(p.found[g].i)
		o, ok := orgWord[w]
		if !ok {
			o = p.orgNameWord(g)
			orgWord[w] = o
		}
		return o
	}
	for g := range p.found {
		f := &p.found[g]
		if f.how != hName || f.joinTo >= 0 || f.j-f.i != 1 || p.has(f.i, fPlacePrefix|fOrgCue|fPlaceCue|fCommon) || p.combiningForm(f.j) {
			continue
		}
		r, ok := firstOf[f.key]
		if !ok || r < 0 || !p.nameLike(f.i) || p.toks[f.i].upper() {
			if f.typ != kNone || !p.has(f.i, fGiven) || p.cover[f.i] >= 0 {
				continue
			}
		} else if f.typ != kNone && f.typ != kOrganization && f.typ != kPerson {
			continue // "Dorothea" typed an organisation by repetition is the person
		}
		switch {
		case (f.typ == kNone || f.typ == kOrganization) && divisionName(f.key):
			// "Ford Australia" … "Ford's operations" … "the Ford
			// Falcon": a name written before a country as a firm's
			// division is the firm, not a person's given name
			f.typ, f.dead = kOrganization, false
			p.cover[f.i] = int32(g)
			continue
		case ok && r >= 0 && !p.givenOwn(g, r):
			f.joinTo, f.how = r, hShortForm
		case f.typ == kNone && orgNameWord(g) >= 0:
			// "ending Douglas era" after "McDonnell Douglas" and
			// "Douglas Aircraft": the firm's word, no person's
			o := orgNameWord(g)
			f.typ, f.dead, f.joinTo, f.how = kOrganization, false, o, hShortForm
			p.cover[f.i] = int32(g)
			continue
		case p.cueAfter(f.j) || count[f.key] >= 2:
		case !p.toks[f.i].sentStart && !p.headline(f.i) && p.nameLike(f.i) && !p.has(f.i, fDate|fStop|fHonor|fRole|fGroupAdj):
			// a given name alone mid-sentence ("with Steve and Roger")
		default:
			continue
		}
		f.typ, f.dead = kPerson, false
		p.cover[f.i] = int32(g)
	}
}

// combiningForm reports whether the word ending before token k is the
// combining form of a people hyphened to a demonym ("Franco" in
// "Franco-German", "Indo" in "Indo-Pakistani"): an adjective's first
// half, not a name, though "Franco" is a given name too.
func (p *proc) combiningForm(k int) bool {
	if k <= 0 || k >= len(p.toks) || p.toks[k].gap != gapHyphen || !p.toks[k].cap() {
		return false
	}
	w := p.word(k - 1)
	if len(w) < 4 || w[len(w)-1] != 'o' {
		return false
	}
	if g := p.cover[k]; g >= 0 && p.found[g].how == hDemonym {
		return true
	}
	return p.demonymWord(k)
}

// divisionName reports whether the one-word name key is written, once at
// least, right before a country's name as a firm's division is ("Ford
// Australia with", "Ford Australia secure"; see firmDivisions).
func (p *proc) divisionName(key string) bool {
	for g := range p.found {
		if p.found[g].key == key && p.beforeDivision(g) {
			return true
		}
	}
	return false
}

// beforeDivision reports whether the one-word unlisted name found g
// stands right before a country's name as a firm's name before its
// division does ("Ford Australia with"; not "Apple China sales").
func (p *proc) beforeDivision(g int) bool {
	f := &p.found[g]
	if f.how != hName || f.j-f.i != 1 || p.toks[f.i].poss || f.j >= len(p.toks) || p.toks[f.j].gap != gapSpace || p.headline(f.i) {
		return false // (not "Leader Urges China to Begin Talks": a title-case headline's verb)
	}
	h := p.foundAt(f.j)
	if h < 0 {
		return false
	}
	e := &p.found[h]
	return e.typ == kCountry && e.actor >= 0 && e.how != hDemonym && e.j-e.i <= 2 && !p.toks[e.j-1].poss &&
		(e.j == len(p.toks) || !p.joined(e.j) || !divisionNotAfter[p.lower(e.j)] && !p.toks[e.j].cap())
}

// orgNameWord returns a live organisation of two words or more, named
// by the article with no person of that name, whose first or last word
// is the one-word name found g ("Douglas" in "McDonnell Douglas" or
// "Douglas Aircraft"), or -1.
func (p *proc) orgNameWord(g int) int {
	w := p.word(p.found[g].i)
	org := -1
	for o := range p.found {
		f := &p.found[o]
		if f.dead || f.j-f.i < 2 || f.joinTo >= 0 || p.word(f.i) != w && p.word(f.j-1) != w {
			continue
		}
		if f.typ != kOrganization {
			return -1 // "Douglas Hurd" named too: it may be his
		}
		org = o
	}
	return org
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// placeContext reports whether the name over [i,j) sits where places do:
// after "in", "near", "at", "from", "to" …, or before ", <state or place>"
// ("Reading, Pennsylvania").
func (p *proc) placeContext(i, j int) bool {
	if i > 0 && p.toks[i-1].shape&shLower != 0 && p.joined(i) {
		switch p.word(i - 1) { // not "at", "from", "to": "a statement from Apple"
		case "in", "near", "outside", "inside", "across", "throughout", "around", "towards", "toward":
			// (nor "paid in CFA francs": a currency's name; nor "Wins
			// Run-Off in Upset": a word closing a title-case headline
			// that the story never writes again)
			return !fieldWord(p.word(j-1)) && !p.toks[j-1].poss && !p.inNameTail(i, j) && !p.currencyAfter(j) && !p.headlineOnlyEnd(i, j) // not "in Jobs' last two absences"
		}
	}
	// "the way to Raqqah", "fled from Aleppo", "visited Kisumu": motion
	if i >= 2 && p.joined(i) && p.toks[i-1].shape&shLower != 0 {
		switch p.word(i - 1) {
		case "to", "from", "towards", "toward":
			if motion(p.word(i-2)) || i >= 3 && backAdverb(p.word(i-2)) && motion(p.word(i-3)) {
				return true // "fled to Abra", "fled again to Abra"
			}
		case "visited", "visiting", "visit", "toured", "entered", "reached", "recaptured", "shelled", "bombed", "besieged",
			"patrolled", "raided", "evacuated", "overran", "captured", "fled":
			return true
		}
	}
	if p.placePair(i, j) {
		return true
	}
	// "a ruler from Daura in Katsina state", "Kaura Namoda in Zamfara
	// state": a name placed "in" a state or province the text names is a
	// town there
	if j-i <= 2 && j < len(p.toks) && !p.toks[i].sentStart && p.word(j) == "in" && p.joined(j) && !p.toks[j-1].poss && !p.anyFlag(i, j, fHonor|fRole|fOrgCue|fCommon) && p.inSubdivision(j+1) {
		return true
	}
	// "the MP for Hartlepool", "MPP for Kenora", "the seat of Batman":
	// a constituency
	if i >= 2 && p.joined(i) && (p.is(i-1, p.s.w.forw) || p.is(i-1, p.s.w.of) && p.word(i-2) == "seat") {
		switch p.word(i - 2) {
		case "MP", "MPs", "MPP", "MLA", "MEP", "MSP", "MHA", "TD", "seat", "constituency", "riding", "Member", "member", "Parliament":
			return true
		}
	}
	// "the Baba Sy military camp", "the Kamina air base": a site named
	// for its place, its kind written before its head
	if p.siteAfter(j) {
		return true
	}
	// "the Kolubara coal field", "the Rumaila oil field", "the Kumtor
	// gold mine": a field or mine named for its place, its resource
	// written before its head
	if j+1 < len(p.toks) && p.joined(j) && p.joined(j+1) && p.toks[j].shape&shLower != 0 && p.toks[j+1].shape&shLower != 0 && !p.toks[j-1].poss && resourceWord(p.word(j)) {
		switch p.word(j + 1) {
		case "field", "fields", "mine", "mines", "deposit", "basin":
			return !p.anyFlag(i, j, fCommon|fOrgCue|fOrgSuffix)
		}
	}
	// "the Northwest and Southwest regions": each side of the pair
	if direction(p.word(i)) && p.compassPairSide(i, j) {
		return true
	}
	// "the Tigray region", "Kherson province", "the Azaz border crossing"
	if j < len(p.toks) && p.joined(j) && p.toks[j].shape&shLower != 0 && !p.toks[j-1].poss {
		switch p.word(j) {
		case "region", "province", "district", "governorate", "city", "town", "village", "valley",
			"river", "mountains", "county", "neighbourhood", "neighborhood", "refugee", "camp", "suburb",
			"département", "commune", "municipality", "parish", "canton", "prefecture", "island", "peninsula":
			return true
		// "Nyiragongo territory", "Donggala regency", "Talise beach",
		// "Henderson airfield", "the Bogdanka mine", when no word of the
		// name is a common English word
		case "territory", "regency", "subdistrict", "township", "ward", "barangay", "upazila", "tehsil",
			"woreda", "raion", "beach", "airfield", "airstrip", "atoll", "lagoon", "plateau", "mine", "oilfield", "field", "gasfield",
			"delta", "basin", "estuary", "gorge", "highlands", "hills", "wetlands", "floodplain", "oasis", "archipelago", "islands",
			"canal", "reservoir", "volcano", "crater", "lake", "creek", "glacier", "swamp", "marsh", "forest", "reserve",
			// "at Toncontín airport", "the Senkata depot", "Bhulta bazaar",
			// "the Mariscal Zavala barracks", "the lawmaker for Nassarawa
			// constituency": a site named for its place (not the last
			// field in "the Architectural, Surveying, Planning and
			// Landscape constituency")
			"airport", "depot", "bazaar", "barracks", "constituency",
			// "held at Sulaibiya prison", "Kilindini harbour"
			"prison", "jail", "harbour", "harbor", "stadium":
			return !p.anyFlag(i, j, fCommon) && !p.is(i-1, p.s.w.and) && !p.is(i-1, p.s.w.comma)
		case "police", "industrial", "metro", "subway", "railway", "rail", "train", "bus":
			// "the Rove police headquarters", "Kamwenge police station",
			// "the Bompai industrial estate", "outside the Pushkinskaya
			// metro station", "the Shuhada bus station"
			if j+1 < len(p.toks) && p.joined(j+1) {
				switch p.word(j + 1) {
				case "station", "post", "headquarters", "barracks", "estate", "zone", "area":
					return !p.anyFlag(i, j, fCommon)
				}
				// "Grand Prairie police are investigating", "Fort Worth
				// police said": the police of the town named
				if p.townPolice(i, j) {
					return true
				}
			}
		}
	}
	// "the district Wittenberg", "the river Drava", "operated out of
	// Fremantle": a place noun in apposition, "out of"
	if i >= 2 && j-i == 1 && p.joined(i) && p.toks[i-1].shape&shLower != 0 {
		switch p.word(i - 1) {
		case "district", "village", "town", "city", "river", "province", "region", "hamlet", "municipality", "island":
			if p.is(i-2, p.s.w.the) {
				return true
			}
		case "of":
			if p.word(i-2) == "out" {
				return true
			}
		}
	}
	// "Doha-based", "London-based"
	if j < len(p.toks) && p.toks[j].gap == gapHyphen && p.word(j) == "based" {
		return true
	}
	// "backed by Ventspils mayor Aivars Lembergs": a town's name before
	// its mayor's lower-case title and the mayor's name
	if j+1 < len(p.toks) && p.joined(j) && p.joined(j+1) && p.word(j) == "mayor" && !p.toks[j-1].poss &&
		p.toks[j+1].cap() && !p.has(j+1, fHonor|fRole|fCommon) && !p.anyFlag(i, j, fCommon) {
		return true
	}
	// "the region of Tigray", "the town of Safina", "northwest of Orlando",
	// "the outskirts of Goma"
	if i >= 2 && p.is(i-1, p.s.w.of) && p.toks[i-2].shape&shLower != 0 && (p.has(i-2, fPlaceCue) || direction(p.word(i-2)) || placeOf(p.word(i-2))) {
		return true
	}
	// ("Residents of Kibera said": the noun capitalised as the sentence's
	// first word)
	if i >= 2 && p.is(i-1, p.s.w.of) && p.toks[i-2].sentStart && p.toks[i-2].cap() && !p.toks[i-2].upper() && placeOf(p.lower(i-2)) {
		return true
	}
	if p.fromTo(i, j) || p.facilityAt(i) {
		return true
	}
	return p.placeAfterComma(j)
}

// placeAfterComma reports whether a comma at token j is followed by a
// place or country the name before it lies in ("Reading, Pennsylvania",
// not "Al-Aiban, Saudi Arabia's adviser").
func (p *proc) placeAfterComma(j int) bool {
	if !p.is(j, p.s.w.comma) {
		return false
	}
	g := p.foundAt(j + 1)
	return g >= 0 && p.found[g].how != hDemonym && (p.found[g].typ == kPlace || p.found[g].typ == kCountry) && !p.toks[p.found[g].j-1].poss
}

// placePair reports whether the one word [i,j) is one of two one-word
// names joined by "and" after "from" ("volunteers from Sullana and
// Paita") or after a road's noun and "between" or "to" ("the highway
// between Olgiy and Tsengel", "roads to Budva and Cetinje"): the two
// ends of a stretch of land. Neither word is a given name, a common word
// or one the article writes in lower case, and no capitalised word
// follows the pair.
func (p *proc) placePair(i, j int) bool {
	if j != i+1 || i < 1 {
		return false
	}
	a := i // the first of the pair
	if p.is(i-1, p.s.w.and) {
		a = i - 2
	} else if !p.is(j, p.s.w.and) {
		return false
	}
	b := a + 2
	if a < 1 || b+1 > len(p.toks) || !p.is(a+1, p.s.w.and) || !p.joined(a) || !p.joined(a+1) || !p.joined(b) {
		return false
	}
	for _, k := range [2]int{a, b} {
		if p.cover[k] >= 0 && p.found[p.cover[k]].typ != kNone || !p.nameWord(k) || p.toks[k].upper() || p.toks[k].poss || p.has(k, fGiven|fCommon|fHonor|fRole|fOrgCue|fDate) || p.seenLower(k) || commonShape(p.word(k)) {
			return false
		}
	}
	if b+1 < len(p.toks) && p.joined(b+1) && p.toks[b+1].cap() {
		return false // "from Sullana and Paita Holdings"
	}
	switch p.word(a - 1) {
	case "from":
		return true
	case "between", "to":
		// "the road between X and Y", "roads to X and Y"
		if a < 2 {
			return false
		}
		w := strings.TrimSuffix(p.word(a-2), "s")
		return roadHeads[w] || w == "border" || w == "route"
	}
	return false
}

// commonShape reports whether a word ends like an English adjective or a
// plural common noun ("Recent", "Negotiators", "Officials"), so that,
// capitalised at a sentence start, it is probably not a name.
func commonShape(w string) bool {
	w = lowerOutsideASCII(w)
	if len(w) < 5 {
		return false
	}
	return commonSuffix(w) || pluralShape(w)
}

// pluralShape reports whether the lower-cased w ends like a plain plural
// noun: "Troops", "Rebels" (not "Airbus", "Congress", "Tunis"). Many
// Baltic names end so too ("Aivars", "Ventspils", "Kaunas").
func pluralShape(w string) bool {
	return lowerSuffix(w, "s") && !lowerSuffix(w, "ss") && !lowerSuffix(w, "us") && !lowerSuffix(w, "is")
}

// commonSuffix reports whether the lower-cased w ends in a suffix of
// English common nouns and adjectives ("Protesters", "Regional",
// "Security"), or is a compound of "men" ("Gunmen").
func commonSuffix(w string) bool {
	for _, s := range []string{"ers", "ors", "ists", "ants", "ents", "ians", "als", "ics", "ives", "ees", "ies",
		"ent", "ant", "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ed", "ly",
		"tion", "sion", "ment", "ness", "ism", "ance", "ence", "ship",
		"acy", "ity", "dom", "hood"} { // abstract nouns: "Democracy has won", "Security is tight", "Freedom"
		if lowerSuffix(w, s) {
			return true
		}
	}
	return menCompound(w) // "Gunmen", "Tribesmen"
}

// crimeGroupAfter reports whether a lower-case "gang", "cartel" or
// "mafia" (or a plural) follows the name ending at token j with no
// possessive between ("the Los Choneros gang", not "Ecuador's gangs").
func crimeGroupAfter(p *proc, j int) bool {
	if j <= 0 || j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[j-1].poss {
		return false
	}
	switch p.word(j) {
	case "gang", "gangs", "cartel", "cartels", "mafia":
		return true
	}
	return false
}

// crimeGroupBefore reports whether a lower-case "gang" or "cartel" (or a
// plural) stands right before the name opening at i, in apposition ("the
// gang Los Lobos", "rival cartel Los Zetas").
func (p *proc) crimeGroupBefore(i int) bool {
	if i == 0 || !p.joined(i) || p.toks[i-1].shape&shLower == 0 || p.cover[i-1] >= 0 {
		return false
	}
	switch p.word(i - 1) {
	case "gang", "gangs", "cartel", "cartels":
		return true
	}
	return false
}

// membersOfBefore reports whether "of" after a noun of a body's members
// or founders stands right before the name opening at i ("members of",
// "a founder of", "the bosses of").
func (p *proc) membersOfBefore(i int) bool {
	if i < 2 || !p.is(i-1, p.s.w.of) || p.toks[i-2].shape&shLower == 0 && !p.toks[i-2].sentStart {
		return false
	}
	switch p.lower(i - 2) {
	case "member", "members", "founder", "founders", "boss", "bosses", "ringleader", "ringleaders", "cofounder", "co-founder":
		return true
	}
	return false
}

// surnameHead reports whether w, a head word of organisations' names, is
// also a common surname ("Press", "Post", "Church", "Arena").
func surnameHead(w string) bool {
	switch w {
	case "Press", "Post", "Church", "Court", "House", "Bank", "Hall", "Guard", "Mail", "Star", "Mills", "Sun", "Voice", "Arena":
		return true
	}
	return false
}

// comparative reports whether the run [i,j) opens with a comparative
// that also opens place names ("Greater", "Upper", "Lower") before a
// word the article writes in lower case: a title-case phrase ("Greater
// Threat than Russia"), not "Greater Manchester".
func (p *proc) comparative(i, j int) bool {
	switch p.word(i) {
	case "Greater", "Upper", "Lower":
		if p.anyFlag(i+1, j, fPlaceCue) {
			return false // "Upper Richmond Road West": a place's head word
		}
		return p.lowerWord(i+1) || p.has(i+1, fCommon) // not "Greater Butler County"
	}
	return false
}

// pluralDemonyms reports whether every part of the run [i,j) between
// "and"s is a plural demonym.
func (p *proc) pluralDemonyms(i, j int) bool {
	start := i
	for k := i; k <= j; k++ {
		if k < j && !p.is(k, p.s.w.and) {
			continue
		}
		if k == start || !p.pluralDemonym(start, k) {
			return false
		}
		start = k + 1
	}
	return true
}

// pluralDemonym reports whether the run [i,j) is the plural of a
// demonym made from a place the gazetteer knows ("West Virginians",
// "New Yorkers", "South Dakotans").
func (p *proc) pluralDemonym(i, j int) bool {
	w := p.word(j - 1)
	if p.s.gaz == nil || len(w) < 5 || !strings.HasSuffix(w, "ns") && !strings.HasSuffix(w, "ers") && !strings.HasSuffix(w, "ites") || p.toks[j-1].poss || p.toks[j-1].upper() {
		return false
	}
	w = w[:len(w)-1]
	head := p.text[p.toks[i].start:p.toks[j-1].start]
	for _, suf := range []string{"n", "an", "ian", "er", "ite"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			if base := w[:len(w)-len(suf)]; p.s.gaz.Has(head+base) || p.s.gaz.Has(head+base+"a") {
				return true
			}
		}
	}
	return false
}

// demonymWord reports whether token k is a demonym the KB does not list,
// made from a place the gazetteer knows ("Minnesotan", "Queenslander").
func (p *proc) demonymWord(k int) bool {
	if p.s.gaz == nil {
		return false
	}
	w := p.word(k)
	for _, suf := range []string{"n", "an", "ian", "er", "ite"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) && p.s.gaz.Has(w[:len(w)-len(suf)]) {
			return true
		}
	}
	// "Texan", "Kansan": a place ending in "s" makes its demonym in "n"
	if len(w) > 4 && strings.HasSuffix(w, "an") && p.s.gaz.Has(w[:len(w)-1]+"s") {
		return true
	}
	return false
}

// kinNoun reports whether w names a relative ("daughter", "wife").
func kinNoun(w string) bool {
	switch w {
	case "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers", "sister", "sisters",
		"father", "mother", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
		"grandfather", "grandmother", "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower", "stepson",
		"stepdaughter", "stepfather", "stepmother", "twin", "sibling", "siblings", "spouse", "child", "children":
		return true
	}
	return false
}

// fieldWord reports whether w ends like the name of a field, trade or
// pursuit rather than a place ("a career in Marketing", "the prize in
// Physiology", "a degree in Information Technology").
func fieldWord(w string) bool {
	w = lowerOutsideASCII(w)
	if len(w) < 6 {
		return false
	}
	for _, s := range []string{"logy", "graphy", "nomy", "sophy", "ics", "ism", "ment", "tion", "sion", "ship", "ity", "ence", "ance"} {
		if lowerSuffix(w, s) {
			return true
		}
	}
	return false
}

// venueCenter reports whether head, a "Center" or "Centre" after the
// word before, names a venue one goes to ("Kennedy Space Center", "Metro
// Toronto Convention Centre", "World Trade Center") rather than a body
// ("Pew Research Center", "National Hurricane Center"). An "Office"
// named by its room's shape is a room one meets in ("the Oval Office"),
// not a government office.
func venueCenter(head, before string) bool {
	if head == "Office" {
		return before == "Oval"
	}
	if head != "Center" && head != "Centre" {
		return false
	}
	switch before {
	case "Convention", "Space", "Science", "Learning", "Visitor", "Visitors", "Shopping", "Trade",
		"Community", "Cultural", "Conference", "Exhibition", "Sports", "Aquatic", "Civic", "City",
		"Arts", "Events", "Leisure", "Recreation", "Heritage", "Nature", "Town", "Performing", "Congress":
		return true
	}
	return false
}

// airportHead reports whether w, the last word of a name, makes the
// name an airport's or an air base's: a facility, typed as a place (the
// convention of MEANTIME, GUM and CoNLL's guidelines), so that "landed at
// Chiang Mai International Airport" is where, not who. A longer name
// with its own head ("Airport Authority") is the body that runs it.
func airportHead(w string) bool {
	switch w {
	case "Airport", "Airfield", "Airbase", "Aerodrome", "Airstrip":
		return true
	}
	return false
}

// placeSuffixes are the endings placeSuffix looks for.
var placeSuffixes = []string{"shire", "ville", "burg", "bourg", "borough", "abad", "grad", "polis", "stan", "istan"}

// placeSuffix reports whether a word ends like a place name
// ("Lincolnshire", "Jacksonville", "Hyderabad").
func placeSuffix(w string) bool {
	w = lowerOutsideASCII(w)
	for _, s := range placeSuffixes {
		if len(w) > len(s)+2 && lowerSuffix(w, s) {
			return true
		}
	}
	return false
}

// firmBased reports whether the name at token i follows an
// organisation's name hyphened to "based" ("Intel-based Mac"): a product
// built on the firm's parts, not a firm placed somewhere ("Berlin-based
// Zalando").
func (p *proc) firmBased(i int) bool {
	if i < 2 || p.toks[i-1].gap != gapHyphen || p.word(i-1) != "based" {
		return false
	}
	g := p.foundEnding(i - 1)
	return g >= 0 && p.found[g].typ == kOrganization
}

// modelNickname reports whether the name at token i is quoted right
// after a model number: the product's nickname ("the 787 "Dreamliner""),
// not a firm's name.
func (p *proc) modelNickname(i int) bool {
	k := i - 1
	for k > i-3 && k > 0 && (isQuote(p.word(k)) || p.word(k) == "`" || p.word(k) == "``" || p.word(k) == "\u2018") {
		k-- // '"', "“", and "``" as one token or two
	}
	return k < i-1 && p.model(k)
}

// termAcronym reports whether the all-caps word at token i stands in
// parentheses right after the capitalised words it abbreviates, and no
// name found covers them: the initials of a term ("Maintenance, Repair
// and Overhaul (MRO)", "Foreign Direct Investment (FDI)"), not of a body
// ("the Justice and Development Party (AKP)").
func (p *proc) termAcronym(i int) bool {
	if i < 3 || !p.is(i-1, p.s.w.lparen) || !p.is(i+1, p.s.w.rparen) {
		return false
	}
	w := p.word(i)
	m := len(w) - 1
	k := i - 2
	if p.cover[k] >= 0 && !p.found[p.cover[k]].dead && p.found[p.cover[k]].typ != kNone {
		return false
	}
	for ; k >= 0 && m >= 0 && k >= i-2-2*len(w); k-- {
		t := p.toks[k]
		switch {
		case p.is(k, p.s.w.and) || p.is(k, p.s.w.of) || p.is(k, p.s.w.comma) || p.word(k) == "&":
			continue
		case !t.word() || !t.cap() || t.upper() || p.text[t.start] != w[m]:
			return false
		}
		m--
	}
	return m < 0
}

// cueAfter reports whether a reporting or action verb follows token j
// (after up to two auxiliaries).
func (p *proc) cueAfter(k int) bool {
	for m := 0; m < 2 && k < len(p.toks) && p.has(k, fAux) && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	return k < len(p.toks) && p.has(k, fCue) && p.toks[k].shape&shLower != 0
}

// classify guesses the type of an unknown capitalised run [i,j), or "".
func (p *proc) classify(i, j int) kind {
	t := p.classifyRun(i, j)
	if (t == kNone || t == kPerson && p.shapeOnly) && p.elidedBody(i, j) {
		p.shapeOnly = false
		return kOrganization // "the Mossos d'Esquadra", "the Candidatura d'Unitat Popular"
	}
	return t
}

// elidedBody reports whether the run [i,j), after "the", holds a French,
// Catalan or Italian "of" or article elided onto a capitalised word
// ("the Mossos d'Esquadra", "the Candidatura d'Unitat Popular"): with
// "the" before it and no given name, place word or place the gazetteer
// knows, such a name is a body's, not a person's ("Giscard d'Estaing"
// takes no article).
func (p *proc) elidedBody(i, j int) bool {
	if j-i < 2 || i == 0 || !p.is(i-1, p.s.w.the) || p.anyFlag(i, j, fGiven|fHonor|fRole|fPlaceCue|fPlacePrefix) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if p.toks[k].shape&shLower != 0 && p.elidedName(k) {
			return !p.gazPlace(i, j)
		}
	}
	return false
}

// classifyRun guesses the type of an unknown capitalised run [i,j) from
// its words and the words around it.
func (p *proc) classifyRun(i, j int) kind {
	p.shapeOnly = false
	w := p.s.w
	if j-i >= 2 && j-i <= 4 && p.has(i, fGiven) && p.byline(i) && !p.anyFlag(i, j, fOrgCue|fPlaceCue|fMisc) {
		return kPerson // "By JOHN SMITH and MARIA GARCIA, Associated Press"
	}
	if p.headline(i) {
		return kNone // Title Case Headlines capitalise every word: only names seen elsewhere count
	}
	if p.placeList(i) && !p.anyFlag(i, j, fHonor|fRole|fOrgCue) {
		return kPlace // "towns including Itaguaí, Seropédica and Paracambi"
	}
	if j-i == 1 && !p.has(i, fHonor|fRole|fOrgCue) && p.givenPlace(i) {
		return kPlace // "arrests in Rosario and Mendoza": a town the gazetteer knows, no person the article names
	}
	if j-i == 1 && j < len(p.toks) && p.toks[j].gap == gapHyphen && boundPrefix(p.word(i)) {
		return kNone // "Trans-Pacific Partnership": a prefix hyphened to the name it opens, no name alone
	}
	if p.sectorConstituency(i, j) {
		return kNone // "the Social Welfare constituency": a trade's seat, no body
	}
	if j-i <= 3 && p.commodityProducer(i-1) && !p.has(i, fGiven|fHonor) {
		return kOrganization // "the potash producer Belaruskali": no film producer's name
	}
	if j-i <= 2 && j < len(p.toks) && p.joined(j) && p.tcover[j] >= 0 && placeTitle(p.word(j)) && !p.anyFlag(i, j, fGiven|fHonor|fRole|fOrgCue) {
		return kPlace // "Malaita Premier Daniel Suidani", "Gombe Mayor Ana Lusamba": the title's province or city
	}
	for k := i + 1; k+1 < j; k++ {
		if p.toks[k].gap == gapHyphen && p.toks[k+1].gap == gapHyphen && p.toks[k].shape&shLower != 0 && placeLink(p.word(k)) {
			return kPlace // "Châlons-en-Champagne", "Aix-les-Bains": no person's or body's name
		}
	}
	if j-i >= 3 && ministerWord(p, j) && p.anyFlag(i+1, j-1, fConnector) && !p.anyFlag(i, j, fGiven|fHonor) && p.word(i+1) == "and" {
		return kNone // "Mines and Energy Minister X": the portfolio of the title after it
	}
	if p.adjectivePair(i, j) {
		return kNone // "Western and Arab diplomats": adjectives of groups before a noun, no place
	}
	if j-i >= 3 && p.anyFlag(i+1, j-1, fConnector) && !p.has(i, fGiven|fHonor) {
		for k := i + 1; k < j-1; k++ {
			if p.is(k, w.forw) && p.toks[k].shape&shLower != 0 && p.forCause(k, j) {
				return kOrganization // "Lawyers for Human Rights", "Physicians for Peace": a body named for its cause
			}
		}
	}
	if p.bodyNounBefore(i) && p.hasDigit(i, j) {
		return kOrganization // "the gang Barrio 18", "radio station P4 Gavleborg": no product's model
	}
	// "jets made by Saab", "drones built by Baykar": one name after
	// goods, a verb of making or selling and "by" is the maker, a firm
	if j-i == 1 && i >= 3 && p.is(i-1, w.by) && makerVerb(p.word(i-2)) && goodsNoun(p.lower(i-3)) && !p.has(i, fGiven|fHonor|fRole) {
		return kOrganization
	}
	if j-i == 1 && p.clockZone(i) {
		return kNone // "10:00 CET": a zone of the clock time, no name
	}
	if j-i <= 2 && p.currencyAfter(j) && !p.has(i, fGiven|fHonor) {
		return kNone // "500 CFA francs": a currency's name, no body's or place's
	}
	if j-i >= 3 && j-i <= 5 && vietMiddle(p.word(i+1)) && p.toks[i+1].cap() && !p.anyFlag(i, j, fOrgCue|fPlaceCue|fMisc|fOrgSuffix) {
		return kPerson // "Le Thi Thu Thuy", "Tran Van Thanh": a Vietnamese name's middle name
	}
	if j-i >= 2 && j-i <= 3 && titleTail(p.word(j-1)) {
		return kPerson // "the Dalai Lama", "the Panchen Lama": a title held as a name
	}
	if crimeGroupAfter(p, j) || j-i >= 2 && p.crimeGroupBefore(i) && !p.has(i, fGiven|fHonor) && !p.gazPlace(i, j) {
		return kArmedGroup // "the Los Choneros gang", "the Gulf cartel", "the gang Los Lobos": the head noun wins over a place-like first word
	}
	if j-i >= 2 && p.has(i, fPlacePrefix) && p.membersOfBefore(i) && !p.anyFlag(i, j, fPlaceCue|fGiven) && !p.gazPlace(i, j) {
		return kOrganization // "members of Los Lobos", "the founder of San Patrignano": a body has members, a town residents
	}
	if j-i == 2 && stateCountry[p.fold(i, i+1)] != "" && stateOrgTails[p.fold(j-1, j)] {
		return kOrganization // "Georgia Legislature", "Georgia Tech": not "Georgia" a given name
	}
	if g := p.foundAt(j); g >= 0 && p.found[g].typ == kPerson && p.joined(j) && j-i == 1 {
		return kNone // "Secretary Antony Blinken", "Gang leader": a descriptor before a name
	}
	if g := p.foundAt(j); g >= 0 && p.found[g].how == hDemonym && p.joined(j) && j-i == 1 && (direction(p.word(i)) || p.has(i, fPlacePrefix) || p.word(i) == "Latin") {
		// "North American", "Latin American": an adjective of a region the
		// KB does not hold, not of the country (dead, but still covering
		// its token, so it becomes no name of its own)
		p.found[g].dead = true
		return kNone
	}
	if j-i == 1 && p.has(i, fOrgCue) && !p.has(i, fMisc|fPlaceCue) && p.is(i-1, w.the) && !p.toks[i].sentStart && !p.toks[i].upper() && !p.is(j, w.of) {
		return kOrganization // "the Coalition", "the Senate": a body named by its head word
	}
	if j-i == 1 && bareLegislature(p.word(i)) && !p.is(j, w.of) && !(i > 0 && p.joined(i) && p.toks[i-1].cap() && !p.toks[i-1].sentStart) {
		return kOrganization // "Congress is expected to proclaim", "Parliament voted": the country's legislature
	}
	if j-i >= 2 && p.pluralDemonyms(i, j) {
		return kNone // "West Virginians", "New Yorkers and South Dakotans": groups of people, no place
	}
	e := j
	for e-i >= 3 && quadrant(p.word(e-1)) {
		e-- // "Seventh Street N.W."
	}
	if e-i >= 2 && streetSuffix(p.word(e-1)) && !p.toks[j-1].poss {
		return kPlace // "Ackroyd Rd", "Bucknell Drive": a street, never a person
	}
	if j-i >= 2 && j-i <= 4 && rankWord(p.word(i)) && p.has(i+1, fGiven) && !p.toks[i].upper() && !p.anyFlag(i, j, fConnector|fOrgCue) {
		return kPerson // "Detective Sam Hill", "Deputy Wayne Fuqua": the rank is stripped
	}
	if j-i >= 2 && p.generation(i, j) {
		return kPerson // "Marsh Sr.", "Robert McDonald Jr.", "John Smith III"
	}
	if j-i >= 2 && j-i <= 3 && (p.word(i) == "DJ" || p.word(i) == "MC") && !p.hasDigit(i, j) {
		return kPerson // "DJ Khaled", "DJ AM", "MC Hammer": a performer's stage name
	}
	if p.stateAbbrev(i, j) {
		return kPlace // "CARTHAGE, N.C. (AP)", "SOUTH CHARLESTON, W.Va.": a US state's abbreviation
	}
	if p.dateline(i, j) {
		return kPlace // "MONROE - Federal officials said": a dateline's town
	}
	for k := i; k < j; k++ {
		// "IRIS-T", "M-Pesa", "X-Men": a lone letter hyphened into a name
		// makes a product's or a work's, never a person's
		if t := p.toks[k]; t.end-t.start == 1 && t.cap() && (t.gap == gapHyphen && k > i || k+1 < j && p.toks[k+1].gap == gapHyphen) {
			return kNone
		}
	}
	if p.ampAcronym(i, j) {
		return kOrganization // "B&SR", "Texas A&M": initials joined by "&"
	}
	if j-i >= 2 && j-i <= 3 && p.allUpper(i, j) && p.has(i, fGiven) && !p.anyFlag(i, j, fAcronym|fOrgCue|fPlaceCue|fMisc|fOrgSuffix|fCommon|fDate) && !p.hasDigit(i, j) && (p.s.gaz == nil || !p.s.gaz.Has(p.text[p.toks[i].start:p.toks[j-1].end])) {
		return kPerson // "JOHN SMITH said": a given name in capitals
	}
	if j-i >= 2 && j-i <= 3 && p.allUpper(i, j) && !p.anyFlag(i, j, fAcronym) && !p.hasDigit(i, j) {
		if p.s.gaz != nil && p.s.gaz.Has(p.text[p.toks[i].start:p.toks[j-1].end]) {
			return kPlace // a dateline: "SHARM EL-SHEIKH, Egypt"
		}
		return kOrganization // "CJTF-OIR": acronyms joined
	}
	if j-i >= 2 && j-i <= 4 && p.teamName(i, j) {
		return kOrganization // "St. Louis Cardinals", "Chicago Bulls": a place's team
	}
	// "said Jim Press", "Emily Post wrote": a given name and a head word
	// that is also a common surname is a person's name when the given
	// name is no place's and no article stands before it
	if j-i == 2 && p.has(i, fGiven) && surnameHead(p.word(j-1)) && !p.has(i, fPlacePrefix|fOrgOpener|fOrgCue|fPlaceCue) && !p.gazPlace(i, i+1) &&
		!p.is(i-1, w.the) && !p.toks[i].upper() && !p.toks[j-1].upper() && p.joined(j-1) {
		return kPerson
	}
	if p.particleSurname(i, j) {
		return kPerson // "Chris van Dam", "Ursula von der Leyen": not a dam or a place
	}
	if j-i == 2 && p.partyMember(i, j) {
		return kPerson // "Cabral Libii of the Univers party was third": a party's candidate or member
	}
	if j-i == 1 && j < len(p.toks) && p.tcover[j] >= 0 && p.titles[p.tcover[j]].i == j && regionAdjective(p.word(i)) && !p.has(i, fGiven) {
		return kNone // "Catalan president Carles Puigdemont", "Flemish premier": a region's adjective, no body
	}
	if p.peopleBeforeRole(i, j) {
		if p.causeBeforeRole(i) {
			return kNone // "Rights activist X": the cause of the activism, no people
		}
		return kMisc // "Karakalpak activist Dauletmurat Tazhimuratov": a people's name (NORP), no body
	}
	// "said Uralsib analyst Chris Weafer", "Zentrova spokesman Ali Hamed":
	// a name before a role noun and a person's name is the person's
	// employer
	// (not "Defence analyst Justin Bronk": a common word opening the
	// sentence is the field)
	// (nor "Dairy farmer Ramiro Chicaiza": a livelihood's word before it is
	// its trade, never an employer; nor "Copper producer Antofagasta": the
	// commodity a firm produces)
	if j < len(p.toks) && j+1 < len(p.toks) && p.joined(j) && p.toks[j].shape&shLower != 0 && p.has(j, fRole) && !livelihood(p.word(j)) && p.joined(j+1) && p.nameWord(j+1) && !p.has(i, fGiven|fHonor|fRole) && !p.allGroupAdj(i, j) && // not "Shiite cleric Nimr al-Nimr"
		!(j-i == 1 && p.commodityProducer(j)) &&
		!(j-i == 1 && p.toks[i].sentStart && (p.has(i, fCommon) || p.seenLower(i) || commonShape(p.word(i)))) {
		return kOrganization
	}
	if c := p.hasCue(i, j); c != kNone {
		if c == kMisc {
			if p.orgNounAfter(j) && !p.hasDigit(i, j) {
				return kOrganization // "the Historic Pact coalition": not the pact but the bloc
			}
			if !p.hasDigit(i, j) && p.apposHead(j) == kOrganization {
				return kOrganization // "The Cotton Campaign, a coalition of rights groups,": a body, no campaign
			}
			return kNone
		}
		return c
	}
	// "Peru's Congress", "Georgia's Parliament": a legislature after a
	// country's possessive is the body
	if j-i == 1 && legislature(p.word(i)) && i > 0 && p.toks[i-1].poss && p.toks[i].gap == gapSpace {
		if g := p.foundEnding(i); g >= 0 && (p.found[g].typ == kCountry || p.found[g].typ == kPlace) {
			return kOrganization
		}
	}
	if p.allGroupAdj(i, j) {
		return kNone // "Kurdish", "Sunni Arab": no entity
	}
	for k := i + 1; k < j-1; k++ {
		if t := p.toks[k]; t.end-t.start == 2 && p.text[t.end-1] == '.' {
			return kPerson // a middle initial: "George F. Hauser"
		}
		if isQuote(p.word(k)) {
			return kPerson // a nickname (nickname took it in): 'Charalambos "Bambos" Xanthos'
		}
	}
	hon := i
	for hon < j && p.has(hon, fHonor) {
		hon++
	}
	if hon > i && hon < j {
		if p.is(hon, w.of) && p.toks[hon].shape&shLower != 0 {
			// "Mayor of Brampton", "Governor of Kavari": a title's place;
			// not "Professor of Mathematics", "Our Lady of Compassion"
			if hon+1 < j && !p.has(hon+1, fCommon) && !commonShape(p.word(hon+1)) && !p.lowerWord(hon+1) {
				return kPlace
			}
			return kNone
		}
		if p.anyFlag(hon, j, fMisc) {
			return kNone // "Grand Prix Circuit", "General Election": an event's name, no person's
		}
		return kPerson
	}
	n := j - i
	// (not "Kalena Horhn of Grand Prairie, Texas,": a place before its
	// state is where the person lives)
	if n >= 2 && n-p.hyphens(i, j) == 1 && p.afterPersonOf(i) && !p.gazPlace(i, j) && !p.ofTitledPerson(i, j) && !p.placeAfterComma(j) {
		return kOrganization // "Omurbek Tekebayev of Ata-Meken": one hyphened word is the person's body
	}
	if n-p.hyphens(i, j) == 2 && p.afterPersonOf(i) && !p.has(i, fGiven|fHonor|fRole) && !p.gazPlace(i, j) && !p.ofTitledPerson(i, j) && !p.placeAfterComma(j) {
		return kOrganization // "Goran Rakić of Srpska Lista": two words after a person's "of" are the person's body
	}
	// after a title (and honorifics), or after "said" in inversion
	k := i - 1
	for k >= 0 && (p.has(k, fHonor) && p.cover[k] < 0 || p.is(k, w.designate) || p.is(k, w.elect)) {
		k--
	}
	if k >= 0 && p.tcover[k] >= 0 && p.titles[p.tcover[k]].j == k+1 && !p.anyFlag(i, j, fRole|fOrgCue) && p.toks[k].sent == p.toks[i].sent { // not a title ending the sentence before
		return kPerson
	}
	if (p.is(i-1, w.said) || p.is(i-1, w.says)) && !p.clauseAfterSaid(j) {
		return kPerson
	}
	if p.companyList(i) {
		return kOrganization // "cognac makers Hennessy and Remy Cointreau", "lenders HSBC and Barclays"
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.has(i-1, fRole) && !p.has(i, fGiven) && p.ownerBeforeHead(j) {
		return kOrganization // "opposition BNP leader Tarique Rahman": the party the leader heads
	}
	// "Azimio la Umoja leader Raila Odinga": a name of several words
	// with a lower-case particle inside, before a head's role and a
	// person's name, is the body the person heads
	if n >= 3 && !p.has(i, fGiven) && p.ownerBeforeHead(j) && p.anyFlag(i+1, j-1, fConnector) {
		return kOrganization
	}
	// "said Isamaa leader Helir-Valdor Seeder": one word no lexicon
	// holds, inside a sentence ("Rebel commander", "Squad leader" open
	// one), shaped like no common noun or adjective of a people or creed,
	// before a head's role and a person's name is the body the person
	// heads
	if n == 1 && !p.toks[i].sentStart && p.ownerBeforeHead(j) && !p.toks[i].upper() && !p.has(i, fGiven|fHonor|fRole|fCommon|fGroupAdj|fMisc|fDate|fOrgCue|fPlaceCue|fPlacePrefix) && !commonShape(p.word(i)) && !creedShape(p.lower(i)) && !p.demonymWord(i) && !p.seenLower(i) && !p.lowerWord(i) && !p.gazPlace(i, j) {
		return kOrganization
	}
	if p.standingBefore(i, j) {
		return kOrganization // "the governing Inuit Ataqatigiit", "the opposition Moana Rua party"
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.has(i-1, fRole) && n == 1 && p.officeAdjective(i) {
		return kNone // "Minister Responsible for Foreign Affairs": the word belongs to the office
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.has(i-1, fHonor|fRole) && !p.has(i, fPlacePrefix|fOrgCue|fPlaceCue) && !(n == 1 && p.has(i, fRole)) {
		return kPerson // "analyst Karim Benali", "Sheikh Tamim"
	}
	// "beat Auburn 24-6", "edged Wofford 35-3": the side a game's verb
	// names before a score is a team
	if n <= 3 && i > 0 && p.joined(i) && p.toks[i-1].shape&shLower != 0 && gameVerbs[p.word(i-1)] && p.gameScore(j) && !p.has(i, fGiven|fCommon|fDate) {
		return kOrganization
	}
	// "played for the Patriots", "signed by the Jets", "lost to the
	// Lakers": a plural name after "the" that a team plays for or with
	if n == 1 && i >= 2 && p.is(i-1, w.the) && !p.toks[i].sentStart && !p.headline(i) && !p.toks[i].poss && strings.HasSuffix(p.word(i), "s") && !strings.HasSuffix(p.word(i), "ss") &&
		!p.has(i, fGiven|fGroupAdj|fCommon|fPlaceCue|fMisc|fDate) && !p.demonymWord(i) && !p.gazPlace(i, j) && !p.lowerWord(i) {
		switch p.word(i - 2) {
		case "for", "against", "beat", "beats", "defeated", "joined", "signed", "drafted", "traded", "coached", "coaches":
			return kOrganization
		}
	}
	// "the drummer of The Zutons", "a compilation by The Triffids": a
	// capitalised "The" inside a sentence before a plural name
	if i > 0 && p.joined(i) && p.word(i-1) == "The" && !p.toks[i-1].sentStart && !p.headline(i) && strings.HasSuffix(p.word(j-1), "s") && !strings.HasSuffix(p.word(j-1), "ss") && !p.toks[j-1].poss && !p.anyFlag(i, j, fGiven|fPlaceCue|fMisc|fGroupAdj) {
		return kOrganization
	}
	// "supporting The Cult, then Julian Cope": a capitalised "The" inside
	// a sentence, outside quotation marks (titles of works), opens a
	// band's or a body's name
	if i > 1 && p.joined(i) && p.word(i-1) == "The" && !p.toks[i-1].sentStart && !p.headline(i) && !isQuote(p.word(i-2)) && p.toks[i-2].word() && p.toks[i-2].shape&shLower != 0 &&
		!p.toks[j-1].poss && !p.anyFlag(i, j, fGiven|fPlaceCue|fMisc|fGroupAdj|fHonor|fRole|fDate) && (j == len(p.toks) || !isQuote(p.word(j))) {
		return kOrganization
	}
	if t := p.knownAsNoun(i); t != kNone {
		return t // "a militia known as the Mai-Mai Kifuafua", "a village called Malingas"
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.tcover[i-1] < 0 && !p.toks[i-1].poss && (p.toks[i-1].shape&shLower != 0 && orgDescriptor(p.word(i-1)) || p.word(i-1) == "NGO") {
		return kOrganization // "the band Deadsy", "retailer Best Buy", "told the newspaper Haaretz"
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.tcover[i-1] < 0 && !p.toks[i-1].poss && p.toks[i-1].shape&shLower != 0 && firmTrade(p.word(i-1)) && !p.has(i, fGiven|fHonor|fRole) {
		return kOrganization // "the miner Kazatomprom", "the publisher Ringier Axel Springer" (not "the publisher Rupert Murdoch")
	}
	if i > 1 && p.is(i-1, w.comma) && p.toks[i-2].shape&shLower != 0 && p.cover[i-2] < 0 && !p.toks[i-2].poss && orgDescriptor(p.word(i-2)) && (p.is(j, w.comma) || p.is(j, w.period) || j == len(p.toks)) && !p.roleOfDescribed(i-2) {
		return kOrganization // "American rock band, Eels." "the Irish airline, Ryanair,"
	}
	if p.roleOfBody(i, j) {
		return kOrganization // "chairman of Cementos Andinos", "a spokesman for Kalahari Gold"
	}
	if p.employeesAt(i, j) {
		return kOrganization // "Oil workers at Tengizchevroil stopped work"
	}
	if p.bodyApposition(i, j) {
		return kOrganization // "the new parliament, the Inatsisartut,", "the news site Badil"
	}
	if p.facilityAfter(i, j) {
		return kPlace // "the Dong Ba market", "the Sayyida Zeinab mosque"
	}
	if n == 3 && p.syllable(j-1) {
		return kPerson // "Lee Cheuk-yan", "Yau Wai-ching"
	}
	// "his daughter, Angelina,", "her younger son Phillip": a kinship
	// noun names a person
	if k := i - 1; n <= 3 && k > 0 && !p.has(i, fPlaceCue|fOrgCue|fMisc) {
		if p.is(k, w.comma) {
			k--
		}
		if k >= 0 && p.toks[k].shape&shLower != 0 && kinNoun(p.word(k)) && p.toks[k].sent == p.toks[i].sent {
			return kPerson
		}
	}
	// "to Sandy Hook, Maryland", "and Salem, New Jersey": a place's state
	// or country after a comma types a one-word name, or a run after a
	// locative preposition, a place even when it is a given name
	if (p.locBefore(i) || n == 1 && !p.toks[i].sentStart) && p.is(j, w.comma) && !p.toks[j-1].poss {
		if g := p.foundAt(j + 1); g >= 0 && p.found[g].how != hDemonym && (p.found[g].typ == kPlace || p.found[g].typ == kCountry) && !p.toks[p.found[g].j-1].poss {
			return kPlace
		}
	}
	// "Eberhard Faber is a brand of pencils", "Herman Miller, a furniture
	// company,": what the text says the name is beats its shape
	if n >= 2 && p.has(i, fGiven) && (p.locBefore(i) || p.settlementOf(i) || n == 2 && p.toks[i+1].gap == gapHyphen && !p.has(i+1, fGiven|fCommon)) && !p.toks[j-1].poss && p.gazPlace(i, j) {
		// "a fruit seller in Sidi Bouzid", "his home region of
		// Jalal-Abad": a place the gazetteer knows whole, after a
		// locative or a settlement noun, or hyphened ("fled Jalal-Abad"),
		// though it opens with a given name
		return kPlace
	}
	if n >= 3 && p.has(i, fGiven) && p.innerPlaceHead(i, j) {
		// "the Douglas County Sheriff", "Henry County Rescue Squad": a
		// place's head word inside the run makes the given name a
		// place's, and the words after it the body's (or the
		// building's: "Titus County Jail")
		if p.has(j-1, fPlaceCue) && !p.has(j-1, fOrgCue) {
			return kPlace
		}
		return kOrganization
	}
	if n >= 2 && p.has(i, fGiven) && !menPlural(p.word(j-1)) {
		if t := p.apposHead(j); t == kOrganization || t == kPlace {
			return t
		}
		if p.siteAfter(j) {
			return kPlace // "the Nur-Hayat border crossing": a site, not a person
		}
		p.shapeOnly = true // a given name and a word: a guess oneSense may revise
		return kPerson
	}
	if p.is(j, w.comma) && p.is(j+1, w.who) && !p.is(i-1, w.of) && !p.opensEarlierOrg(i, j) && !(p.locBefore(i) && p.gazPlace(i, j)) {
		// not "members of Scientology, who", nor "an accountant in
		// Enugu, who voted for Obi": there "who" is the noun's before
		// the place
		return kPerson
	}
	if i > 1 && p.toks[i-1].gap == gapHyphen && p.toks[i-1].shape&shLower != 0 && p.joined(i) && !p.has(i, fGiven|fHonor|fRole) {
		switch p.word(i - 1) {
		case "based", "headquartered", "listed", "registered":
			if p.firmBased(i) {
				return kNone
			}
			return kOrganization // "Berlin-based Zalando", "Stockholm-listed Spotify"
		}
	}
	if i >= 2 && p.is(i-1, w.of) && p.joined(i) && p.toks[i-2].shape&shLower != 0 && compass(p.word(i-2)) {
		return kPlace // "50 miles northwest of Orlando", "south of Salem"
	}
	for k := i + 1; k < j-1; k++ {
		if p.toks[k].poss && p.word(k) == "People" {
			return kOrganization // "National People's Power": a party or an army
		}
	}
	if p.ageAfter(j) && !p.gazPlace(i, j) {
		return kPerson // "Fernandes, 54, was detained": an age in commas
	}
	if p.settlementOf(i) {
		return kPlace // "the central town of Masaka, a party spokesman said"
	}
	// "In Chipata, the returning officer said", "In nearby Radomir, the
	// bakery chain": the comma closes a place the sentence opens with, and
	// the phrase after it is the subject, no apposition
	if p.introPlace(i, j) {
		return kPlace
	}
	// "Karim Benali, a political analyst," / "Jane Roe, the group's spokeswoman"
	// (not "Caspar Veldkamp of the NSC, a former ambassador,": there the
	// apposition says what the person before "of" is)
	ofPerson := p.afterPersonOf(i)
	if p.is(j, w.comma) && p.has(j+1, fDet) && !ofPerson {
		// "Kaoru Yosano, the Japanese minister": a demonym may stand before the role
		for k := j + 2; k < j+6 && k < len(p.toks) && p.toks[k].word() && (p.toks[k].shape&shLower != 0 || p.cover[k] >= 0 && p.found[p.cover[k]].how == hDemonym); k++ {
			if (p.has(k, fRole) || p.tcover[k] >= 0) && !p.toks[k].poss { // not "the prime minister's residence"
				if p.has(k+1, fCue) && p.toks[k+1].shape&shLower != 0 {
					break // "to repeal Dodd-Frank, the senator said": the role is the speaker of a clause, no apposition
				}
				return kPerson
			}
		}
	}
	if t := p.apposHead(j); t != kNone && t != kMisc && !(p.toks[i].sentStart && j-i == 1 && commonShape(p.word(i))) && !(ofPerson && t == kPerson) {
		return t // "Aisby is a village", "Zentrova, a Swiss company,"
	}
	if p.headline(i) {
		return kNone
	}
	if p.gazPlace(i, j) {
		return kPlace
	}
	if p.ledBy(i, j) {
		return kOrganization // "the newcomer Respublica, led by the entrepreneur …"
	}
	// "near Dayr Az Zawr and Ayn Isa": an Arabic place word opening a
	// name listed after a place
	if n >= 2 && arabicPlaceWord(p.word(i)) && i > 1 && (p.is(i-1, w.and) || p.is(i-1, w.comma) || p.is(i-1, w.or)) {
		if g := p.foundEnding(i - 1); g >= 0 && (p.found[g].typ == kPlace || p.found[g].typ == kCountry) && p.found[g].how != hDemonym {
			return kPlace
		}
	}
	// ("Near Dayr Az Zawr, one strike …": a preposition opening the
	// sentence)
	if i > 0 && (p.toks[i-1].shape&shLower != 0 || p.toks[i-1].sentStart && p.toks[i-1].cap() && !p.toks[i-1].upper()) && p.joined(i) {
		switch p.lower(i - 1) {
		case "in", "near", "outside", "across", "throughout", "inside", "into", "towards", "toward", "around":
			if legislature(p.word(i)) && n == 1 && !p.toks[i].sentStart {
				return kOrganization // "echoed now in Congress", "the oath in Parliament": the body
			}
			// (not "in Jobs' last two absences": a possessive owns what
			// follows)
			if !p.has(i, fGiven) && !fieldWord(p.word(j-1)) && !p.toks[j-1].poss && !p.inNameTail(i, j) {
				return kPlace
			}
		}
	}
	for k := i + 1; k < j-1; k++ {
		switch p.word(k) {
		case "bin", "ibn", "bint", "binti", "ould", "Ould", "Mint":
			return kPerson // "Musaed bin Mohammed Al-Aiban", "Fatimetou Mint Ahmed Salem"
		}
	}
	if p.sectorOpening(i, j) {
		return kNone // "Energy company Sasol", "Mining firm Tsodilo Resources": the sector, no name
	}
	if j < len(p.toks) && p.joined(j) && p.toks[j].shape&shLower != 0 && !p.toks[j-1].poss && !p.has(i, fGiven|fGroupAdj) {
		switch p.word(j) {
		case "militia", "party", "movement", "company", "firm", "faction", "airline", "carrier", "sect", "gang",
			"newspaper", "agency", "conglomerate", "automaker", "bank", "brigade", "brigades", "insurgents",
			"coalition", "alliance", "bloc", "chain", "brand", "retailer":
			return kOrganization // "the Zentrova company", "the Kata'ib militia", "the Uniqlo chain"
		case "television", "radio", "channel", "magazine", "tabloid", "broadcaster":
			// "told Imedi television", "on B92 television", "El Shinta
			// radio reported" (not "AM radio", "a satellite TV channel":
			// a waveband or a medium's initials)
			if !(j-i == 1 && mediumBand(p.word(i))) {
				return kOrganization
			}
		case "news":
			// "its Amaq news agency", "the Tasnim news agency"
			if j+1 < len(p.toks) && p.joined(j+1) {
				switch p.word(j + 1) {
				case "agency", "channel", "network", "service", "website", "outlet":
					return kOrganization
				}
			}
		}
	}
	if p.descriptorAfter(i, j) {
		return kOrganization // "the Mercosur trade bloc", "the Histadrut labour federation"
	}
	if (!p.has(i, fGiven) || p.siteAfter(j)) && p.placeContext(i, j) {
		return kPlace // "the road to Deir Hafer", "Reading, Pennsylvania"
	}
	// "Mayor Kgosientsho Ramokgopa of Tshwane said": one or two words
	// after a titled person's "of" are where the person serves, no person
	if p.ofTitledPerson(i, j) {
		if p.ofEmployer(i) {
			return kOrganization // "Activist Siti Kasim of Bersih": the body the person works for
		}
		return kPlace
	}
	cue := false
	k = j
	for m := 0; m < 2 && k < len(p.toks) && p.has(k, fAux) && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	if k < len(p.toks) && p.has(k, fCue) && p.toks[k].shape&shLower != 0 {
		cue = true
	}
	if p.is(i-1, w.by) || (p.is(i-1, w.to) && p.is(i-2, w.according)) {
		cue = true
	}
	if n == 1 && p.toks[i].upper() && p.toks[i].end-p.toks[i].start >= 3 && p.toks[i].end-p.toks[i].start <= 6 && !p.has(i, fAcronym) && !p.hasDigit(i, j) && !p.model(j) {
		if p.termAcronym(i) {
			return kNone // "Maintenance, Repair and Overhaul (MRO)": a term's initials
		}
		return kOrganization
	}
	// "PNDS-Tarayya", "SPLM-IO", "PDP-Laban": a party's acronym hyphened
	// to a name word names the party (not a legislator's party and
	// district after the name: "Tom Bakk, DFL-Cook,", "(R-Texas)")
	if n == 2 && p.toks[i].upper() && p.toks[i].end-p.toks[i].start >= 2 && p.toks[i].end-p.toks[i].start <= 6 && p.toks[i+1].gap == gapHyphen && p.toks[i+1].cap() && !p.anyFlag(i, j, fAcronym|fDate|fGiven) && !p.hasDigit(i, j) && !p.partyDistrict(i) {
		return kOrganization
	}
	if n == 1 && p.longAcronym(i, cue) {
		return kOrganization // "CENTCOM said", "NAVCENT's mission"
	}
	// "Dodd-Frank", "Kmart-Sears", "Astros-Braves", "Wi-Fi": two
	// capitalised words hyphened into one, the first no given name, pair
	// two sponsors, firms or teams (or spell a product word); alone they
	// are no person's name ("Jean-Pierre" opens with a given name)
	pair := n == 2 && p.toks[i+1].gap == gapHyphen && !p.has(i, fGiven)
	if cue && n >= 2 && p.nameShaped(i, j) {
		p.shapeOnly = true // a verb follows companies too: a guess oneSense may revise
		return kPerson
	}
	if placeSuffix(p.word(j - 1)) {
		return kPlace
	}
	// ("Hany Abdel-Rahman Fawzy": a hyphened name counts as one word)
	// ("Anouk van der Berg of the …": before "of", where the run was
	// split from the body, a name's particles count as no words)
	if n >= 2 && (n <= 3 || n <= 5 && (n-p.hyphens(i, j) <= 3 || p.is(j, w.of) && n-p.hyphens(i, j)-p.particles(i, j) <= 3)) && (!p.toks[i].sentStart || !commonShape(p.word(i)) || p.pluralOpensName(i, j)) && p.nameShaped(i, j) {
		if p.is(i-1, w.the) {
			return kOrganization // "the Fairfax Connector", "the Devil Rays": people take no article
		}
		if p.staffAfter(j) && !p.has(i, fGiven) {
			return kOrganization // "Rail Baltica officials said": a person's name has no officials
		}
		if pair {
			return kNone
		}
		p.shapeOnly = true
		return kPerson // "Kory Lichtensteiger": no cue, but shaped like a person's name
	}
	return p.gazGivenType(i, j) // "Samar Badawi": a town's name as the given name
}

// pluralOpensName reports whether the run [i, j), opening a sentence of
// running text with a word shaped like a plain plural, is still a name:
// a Baltic name's shape, the last word ending in "s" too, a lower-case
// word or a comma after it, and no word of the run common, written in
// lower case or ending like a common noun ("Aivars Lembergs would run",
// "Rimantas Sinkevičius said"; not "Rebels Loyal to …", a title's
// "Bonds Takes Stock." or "Cowboys Defeat Redskins 21-18").
func (p *proc) pluralOpensName(i, j int) bool {
	if p.headline(i) || !pluralShape(lowerOutsideASCII(p.word(i))) || j >= len(p.toks) || p.toks[j].shape&shLower == 0 && !p.is(j, p.s.w.comma) {
		return false
	}
	if last := p.word(j - 1); !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "š") {
		return false
	}
	for k := i; k < j; k++ {
		if p.toks[k].upper() || p.has(k, fCommon|fRole|fHonor|fOrgCue|fPlaceCue|fMisc) || p.seenLower(k) || p.lowerWord(k) ||
			len(p.word(k)) >= 5 && commonSuffix(lowerOutsideASCII(p.word(k))) {
			return false
		}
	}
	return true
}

// propagate gives unclassified runs the type the same name has elsewhere
// in the article.
func (p *proc) propagate() {
	// most documents have no untyped name left: then there is nothing
	// to propagate to, and no map to fill
	untyped := false
	for k := range p.found {
		if f := &p.found[k]; f.how == hName && f.typ == kNone {
			untyped = true
			break
		}
	}
	if !untyped {
		return
	}
	typeOf := map[string]kind{}
	for k := range p.found {
		f := &p.found[k] // not a range value: a found is large
		if f.actor < 0 && f.how == hName && f.typ != kNone && !f.dead {
			if _, ok := typeOf[f.key]; !ok {
				typeOf[f.key] = f.typ
			}
		}
	}
	for k := range p.found {
		f := &p.found[k]
		if f.how != hName || f.typ != kNone {
			continue
		}
		if t, ok := typeOf[f.key]; ok {
			f.typ, f.dead = t, false
			for t := f.i; t < f.j; t++ {
				p.cover[t] = int32(k)
			}
		}
	}
}

// gazPlace reports whether [i,j) is a place the gazetteer knows (a city or
// region the KB does not hold as an actor).
func (p *proc) gazPlace(i, j int) bool {
	g := p.s.gaz
	if g == nil {
		return false
	}
	for k := i; k < j; k++ {
		if p.toks[k].upper() {
			return false // "GAO" is an acronym, not Gao in Mali
		}
	}
	return g.Has(p.text[p.toks[i].start:p.toks[j-1].end])
}

// locBefore reports whether a locative preposition stands right before
// token i ("in John Denver" is odd, "in Jordan" is not; used to keep a
// place after a given-name-like word a place).
func (p *proc) locBefore(i int) bool {
	return i > 0 && p.toks[i-1].shape&shLower != 0 && p.has(i-1, fLocPrep)
}

// ordinal reports whether w is a numeric ordinal ("1st", "82nd", "3rd",
// "55th", "62d").
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th", "d":
		return true
	}
	return false
}

// year reports whether w is a year of four digits from 1000 to 2999 ("In
// 2007 Konami won": a date before a name, no model number).
func year(w string) bool {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// inNameTail reports whether the one common word over [i,j) after "in"
// ends a name the capitalised word before "in" opens ("the Ladies in
// White", "Men in Black"): no place, though "in" stands before it.
func (p *proc) inNameTail(i, j int) bool {
	return j-i == 1 && i >= 2 && p.lower(i-1) == "in" && p.has(i, fCommon) && p.toks[i-2].cap() && !p.toks[i-2].sentStart && p.joined(i-1)
}

// menPlural reports whether w is a plural noun in "-men" ("Policemen",
// "Firemen"): the people of a place, no surname ("four Paris Policemen").
func menPlural(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "men")
}

// rankOrRole reports whether token k is a capitalised rank or
// occupation written before a name ("Sgt.", "Attorney", "Manager"),
// whether or not the title lexicon claimed it.
func (p *proc) rankOrRole(k int) bool {
	return rankWord(p.word(k)) || p.toks[k].cap() && p.s.v.has(p.toks[k].id, fRole)
}

// legislature reports whether w names a legislature by its head word
// alone ("Congress", "Parliament").
func legislature(w string) bool {
	switch w {
	case "Congress", "Parliament", "Senate", "Assembly", "Legislature":
		return true
	}
	return false
}

// quadrant reports whether w is a city quadrant written after a street's
// name ("Seventh Street N.W.").
func quadrant(w string) bool {
	switch w {
	case "NW", "NE", "SW", "SE", "N.", "S.", "E.", "W.", "North", "South", "East", "West":
		return true
	}
	return false
}

// rankWord reports whether w is a police, military or service rank
// written before a person's name ("Deputy", "Sgt.", "Chief").
func rankWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Constable", "Trooper", "Patrolman", "Deputy", "Officer", "Detective", "Sgt", "Sergeant", "Lt", "Lieutenant",
		"Capt", "Captain", "Cpl", "Corporal", "Chief", "Director", "Sheriff", "Inspector", "Superintendent", "Commissioner":
		return true
	}
	return false
}

// streetSuffix reports whether w ends a street's name ("Ackroyd Rd",
// "Orchard St.", "Bucknell Drive"). "Lane" counts too, but a given name
// before it makes a person ("Diane Lane"), which generation-free callers
// check through the run's first word.
func streetSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Rd", "St", "Ave", "Blvd", "Hwy", "Road", "Street", "Avenue", "Drive", "Boulevard", "Pkwy", "Parkway":
		return true
	}
	return false
}

// generation reports whether the run [i,j) ends with a generational
// suffix after a person's name: "Sr." or "Jr." after any name word,
// a Roman "II" to "IV" after a name that opens with a given name ("John
// Smith III", not "World War II" or "Phase II").
func (p *proc) generation(i, j int) bool {
	switch strings.TrimSuffix(p.word(j-1), ".") {
	case "Jr", "Sr":
		return !p.has(j-2, fOrgCue|fOrgSuffix|fMisc|fDate) && p.toks[j-2].cap() && !p.toks[j-2].upper()
	case "II", "III", "IV":
		return j-i >= 3 && p.has(i, fGiven) && !p.anyFlag(i, j-1, fOrgCue|fPlaceCue|fMisc|fDate)
	}
	return false
}

// roadHead reports whether w names a numbered road ("Highway 301").
func roadHead(w string) bool {
	switch w {
	case "Route", "Highway", "Interstate", "Motorway", "Freeway", "Expressway":
		return true
	}
	return false
}

// unitHead reports whether w is the head word of a military unit's name
// ("Wing", "Division", "Fleet"), which may open with a number.
func unitHead(w string) bool {
	switch w {
	case "Wing", "Division", "Corps", "Army", "Fleet", "Squadron", "Brigade", "Regiment", "Battalion", "Force", "Command", "Group", "Flotilla":
		return true
	}
	return false
}

// unitNumber reports whether w is a unit's number: one to three digits,
// not a year ("65 Fighter Wing", not "2007 Bowling Green Falcons").
func unitNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// roman reports whether w is a Roman numeral of two to four letters ("IV",
// "XVIII" is not: units run to about forty).
func roman(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXL", rune(w[i])) {
			return false
		}
	}
	return true
}

// nameShaped reports whether the run [i,j) is shaped like a person's
// name: capitalised words (or initials) of letters only, none a common
// English word nor written lower case elsewhere in the article, no
// connector, no all-caps word, no place-name ending.
func (p *proc) nameShaped(i, j int) bool {
	for k := i; k < j; k++ {
		t := p.toks[k]
		w := p.word(k)
		if k > i && k < j-1 && (t.shape&shLower != 0 && particle(w) || t.cap() && len(w) <= 3 && particle(strings.ToLower(w))) {
			continue // "Dorothea von Schlegel", "Vasco da Gama", "Claudio De Vincenti"
		}
		if k == i && j-i >= 2 && surnameParticle(w) && !p.gazPlace(i, j) {
			continue // "Le Pen", "Van Rompuy", "Di Maio"
		}
		if !t.word() || t.upper() || t.shape&shDigit != 0 || p.has(k, fConnector|fCommon|fOrgCue|fPlaceCue|fPlacePrefix|fMisc|fGroupAdj|fRole) || len(w) < 2 {
			return false
		}
		if p.has(k, fDate) && !(p.has(k, fGiven) && (k > i && t.gap == gapHyphen || p.dateGiven(k))) {
			return false // a month, not "Pieter-Jan Smet", "Jan Smet"
		}
		if p.lowerWord(k) || placeSuffix(w) || p.gazPlace(k, k+1) {
			return false
		}
	}
	return !productSuffix(p.word(j - 1))
}

// hyphens returns how many tokens of [i,j) after the first are hyphened
// to the token before ("Abdel-Rahman" has one).
func (p *proc) hyphens(i, j int) int {
	h := 0
	for k := i + 1; k < j; k++ {
		if p.toks[k].gap == gapHyphen {
			h++
		}
	}
	return h
}

// productSuffix reports whether w, ending a name, marks a product's
// model ("Macbook Pro", "Galaxy Ultra", "iPad Mini"), never a surname.
func productSuffix(w string) bool {
	switch w {
	case "Pro", "Plus", "Mini", "Ultra", "Lite":
		return true
	}
	return false
}

// lowerWord reports whether the article writes the word of token k in
// lower case anywhere but after a hyphen ("Saudi-led", "Cheuk-yan").
func (p *proc) lowerWord(k int) bool { return p.lowers.find(p, p.word(k), false) }

// direction reports whether w is a compass word that opens the name of a
// part of a country or region ("Southern", "North-East", "Central").
func direction(w string) bool {
	var buf [32]byte
	switch string(appendLower(buf[:0], w)) {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
		"southeastern", "southwestern", "upper", "lower":
		return true
	}
	return false
}

// ownPronounAfter reports whether the clause that the name ending at
// token j-1 opens goes on, with a lower-case verb right after the name
// and no other name or comma between, to "his" or "her" ("Pawlenty
// figures the money into his budget").
func (p *proc) ownPronounAfter(j int) bool {
	if j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[j-1].poss || p.has(j, fStop|fConnector) {
		return false
	}
	// the word after the name is a verb: an auxiliary, or a present or
	// past form ("figures", "told"; not "Rochester man", "Likud chairman")
	if v := p.word(j); !p.has(j, fAux|fCue) && !strings.HasSuffix(v, "ed") && !(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "ics")) {
		return false
	}
	for k := j + 1; k < len(p.toks) && k <= j+6 && p.toks[k].sent == p.toks[j].sent; k++ {
		t := p.toks[k]
		if !t.word() || t.cap() {
			return false
		}
		switch p.word(k) {
		case "his", "her", "himself", "herself":
			return true
		}
	}
	return false
}

// personPassive reports whether a passive that befalls people follows
// token j-1 ("was detained", "has been arrested", "were killed").
func (p *proc) personPassive(j int) bool {
	k := j
	for m := 0; m < 3 && k < len(p.toks) && p.toks[k].shape&shLower != 0 && (beForm(p.word(k)) || p.word(k) == "has" || p.word(k) == "had" || p.word(k) == "reportedly"); m++ {
		k++
	}
	if k == j || k >= len(p.toks) || p.toks[k].shape&shLower == 0 {
		return false
	}
	switch p.word(k) {
	case "detained", "arrested", "jailed", "imprisoned", "sentenced", "convicted", "indicted", "acquitted",
		"elected", "sworn", "born", "killed", "wounded", "injured", "kidnapped", "abducted", "executed",
		"hanged", "hospitalized", "hospitalised", "interrogated", "assassinated", "poisoned", "exiled", "buried":
		return true
	}
	return false
}

// surnameShape reports whether w ends the way only family names end
// ("Imamoglu", "Tikhanovskaya", "Tymoshenko", "Vucic", "Ceausescu",
// "Saakashvili").
func surnameShape(w string) bool {
	if len(w) < 6 {
		return false
	}
	lw := lowerOutsideASCII(w)
	for _, suf := range [...]string{"oglu", "oğlu", "skaya", "skiy", "enko", "chuk", "ovich", "evich", "ović", "ovic", "escu", "poulos", "akis", "shvili", "ová"} {
		if lowerSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// patronymic reports whether w is an East Slavic or Kazakh patronymic,
// the middle name Russian, Ukrainian, Belarusian and Kazakh writers put
// between a given name and a surname ("Sergei Viktorovich Lavrov",
// "Maria Vladimirovna Zakharova", "Volodymyr Oleksandrovych Zelensky",
// "Kassym-Jomart Kemeluly Tokayev").
func patronymic(w string) bool {
	// most words end in a letter no suffix ends in: one table read
	// turns them away
	if len(w) < 7 || !patronymEnd[w[len(w)-1]] {
		return false
	}
	for _, suf := range patronymSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// patronymSuffixes are the endings of the patronymics patronymic reads.
var patronymSuffixes = [...]string{"ovich", "evich", "ovna", "evna", "ichna", "ovych", "ivna", "ovychem", "uly", "kyzy", "qyzy"}

// patronymEnd marks the last bytes of patronymSuffixes.
var patronymEnd = func() (t [256]bool) {
	for _, s := range patronymSuffixes {
		t[s[len(s)-1]] = true
	}
	return t
}()

// orgNounAfter reports whether a lower-case noun of a political body
// follows token j-1 ("the Historic Pact coalition", "the Semilla
// movement").
func (p *proc) orgNounAfter(j int) bool {
	if j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[j-1].poss {
		return false
	}
	switch p.word(j) {
	case "coalition", "alliance", "bloc", "party", "movement":
		return true
	}
	return false
}

// surnameParticle reports whether w, capitalised, opens a family name
// ("Le Pen", "Van Rompuy", "Di Maio"); not "La", "El", "Al", which
// open places and teams as often ("La Paz", "El Nino", "Al-Ahly").
func surnameParticle(w string) bool {
	switch w {
	case "Le", "De", "Van", "Von", "Di", "Da", "Du", "Del", "Della", "Dos", "Der", "Ter":
		return true
	}
	return false
}

// agencyField reports whether w names the field of a government agency
// named after its country ("Environment Canada", "Statistics Norway").
func agencyField(w string) bool {
	switch w {
	case "Environment", "Statistics", "Health", "Transport", "Parks", "Elections", "Fisheries", "Sport", "Heritage", "Infrastructure":
		return true
	}
	return false
}

// portfolioBody reports whether w heads a body named for its portfolios
// ("Ministry of Energy and Mineral Resources").
func portfolioBody(w string) bool {
	switch w {
	case "Ministry", "Department", "Secretariat", "Secretaría", "Secretaria", "Ministère", "Ministerio":
		return true
	}
	return false
}

// portfolioWords reports whether every word of [i,j) is a common word,
// a head word or shaped like a common noun or adjective ("Mineral
// Resources", "Public Housing"): a portfolio, no name of its own.
func (p *proc) portfolioWords(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.toks[k].cap() || p.toks[k].upper() || p.cover[k] >= 0 || !p.has(k, fCommon|fOrgCue) && !commonShape(p.word(k)) {
			return false
		}
	}
	return true
}

// ministerWord reports whether token j is a minister's or secretary's
// title word written right after the word before it ("Energy Minister",
// "Trade Secretary").
func ministerWord(p *proc, j int) bool {
	if j >= len(p.toks) || !p.joined(j) || !p.toks[j].cap() {
		return false
	}
	switch p.word(j) {
	case "Minister", "Secretary", "Commissioner", "Czar", "Tsar":
		return true
	}
	return false
}

// compass reports whether w is a point of the compass written as a
// relation ("north of", "southwest of").
func compass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// model reports whether token k is a product's model number written after
// a maker's name: it holds a digit and is joined to the token before it
// ("Boeing 787", "Airbus A380", "FTSE 100", "737-800").
func (p *proc) model(k int) bool {
	if k <= 0 || k >= len(p.toks) || !p.joined(k) || p.toks[k].gap > gapSpace {
		return false
	}
	w := p.word(k)
	if !p.toks[k].word() || len(w) > 8 {
		return false
	}
	// "beat Real Madrid 4-0", "won 2-1": a score, no model number
	if k+1 < len(p.toks) && p.toks[k+1].gap == gapHyphen && p.toks[k].shape&shDigit != 0 && p.toks[k+1].shape&shDigit != 0 && len(w) <= 2 && len(p.word(k+1)) <= 2 {
		return false
	}
	return containsDigit(w)
}

// products drops organisation names the KB or the lexicon matched that
// are a maker's name before a model number: "Boeing 787" names an
// aircraft, not Boeing.
func (p *proc) products() {
	for g := range p.found {
		f := &p.found[g]
		// "the Standard & Poor's 500": an index
		index := f.possEnd && f.j < len(p.toks) && p.toks[f.j].shape&shDigit != 0 && p.toks[f.j].gap == gapSpace
		if !f.dead && (f.typ == kOrganization || f.typ == kPerson) && p.inOperation(f.i) {
			p.kill(g) // "Operation Red Dawn" names a military operation, not the newspaper Dawn
			continue
		}
		if f.dead || f.typ != kOrganization || f.how != hAlias || !p.model(f.j) && !index && !p.seriesModel(f.j) {
			continue
		}
		p.kill(g)
	}
}

// seriesModel reports whether a product line's name and a model number
// follow at token k: one capitalised word no other name covers, then the
// number ("Rolls-Royce Trent 900", "Boeing Dreamliner 787"), so the
// maker's name before them names an engine or a vehicle, not the firm.
func (p *proc) seriesModel(k int) bool {
	return k+1 < len(p.toks) && p.joined(k) && p.toks[k].gap == gapSpace && p.toks[k].cap() && !p.toks[k].upper() &&
		!p.toks[k].poss && p.cover[k] < 0 && !p.has(k, fDate|fMisc|fCommon) && p.model(k+1) // not "Associated Press March 23", "Security Council Resolution 2328", "Air France Flight 447"
}

// inOperation reports whether the name starting at token i stands inside
// the name of a military operation or exercise: capitalised words joined
// before it back to "Operation" or "Exercise" ("Operation Red Dawn",
// "Operation Desert Storm").
func (p *proc) inOperation(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && p.joined(k+1) && p.toks[k].cap(); k-- {
		if w := p.word(k); w == "Operation" || w == "Exercise" {
			return true
		}
		if p.cover[k] >= 0 && p.found[p.cover[k]].typ == kCountry {
			return false
		}
	}
	return false
}

// commaSuffix widens an organisation's mention over a legal-form suffix
// written after a comma ("CBS, Inc.", "Alphabet, Inc.", "Acme, Ltd.") or
// after "&" ("JPMorgan Chase & Co.").
func (p *proc) commaSuffix() {
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		k := f.j
		// (also "JPMorgan Chase & Co.": "&" and the suffix alone)
		amp := k+1 < n && p.word(k) == "&" && p.toks[k].gap == gapSpace && (k+2 == n || !p.joined(k+2) || !p.toks[k+2].cap())
		if f.dead || f.typ != kOrganization || k+1 >= n || !amp && (!p.is(k, p.s.w.comma) || p.toks[k].gap != gapNone) || p.toks[f.j-1].poss {
			continue
		}
		if amp && p.cover[k+1] >= 0 {
			if h := p.foundAt(k + 1); h >= 0 && p.found[h].j == k+2 && p.found[h].how == hName {
				p.kill(h) // the suffix alone, typed by its shape
			}
		}
		if t := p.toks[k+1]; !t.cap() || !p.has(k+1, fOrgSuffix) || p.cover[k+1] >= 0 || t.gap != gapSpace || p.word(k+1) == "International" {
			continue
		}
		f.j = k + 2
		p.cover[k], p.cover[k+1] = int32(g), int32(g)
	}
}

// teamName reports whether [i,j) is a place's name followed by a plural
// noun, the way sports teams are named ("Chicago Bulls", "Montreal
// Canadiens", "Orlando Rays").
func (p *proc) teamName(i, j int) bool {
	w := p.word(j - 1)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || p.toks[j-1].poss || p.has(j-1, fOrgCue|fPlaceCue|fCommon) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if p.gazPlace(i, k) {
			return true
		}
	}
	return false
}

// syllable reports whether token k is the lower-case second half of a
// hyphenated East Asian given name ("yan" in "Lee Cheuk-yan", "ching" in
// "Yau Wai-ching"): two to six letters hyphened to a short capitalised
// word that follows another capitalised word.
func (p *proc) syllable(k int) bool {
	if k < 2 || k >= len(p.toks) || p.toks[k].gap != gapHyphen || p.toks[k].shape&shLower == 0 {
		return false
	}
	w, prev := p.word(k), p.word(k-1)
	if len(w) < 2 || len(w) > 6 || len(prev) < 2 || len(prev) > 6 || !p.toks[k-1].cap() || p.toks[k-1].upper() || p.toks[k-1].gap > gapSpace || !p.toks[k-2].cap() {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	if p.has(k, fStop|fCommon|fCue) || p.has(k, fConnector) && w != "bin" || p.lowerWord(k) {
		return false // ("Hau Lung-bin": "bin" is a syllable after a hyphen)
	}
	if len(w) == 6 {
		// "Leung Che-cheung", "Hsu Kuo-hsiung"; not English compounds
		// ("Hong Kong-listed", "Trump-loving", "Sino-Soviet")
		for _, suf := range [...]string{"ed", "ing", "er", "ly", "al", "ic", "ist", "ism", "ers", "es"} {
			if strings.HasSuffix(w, suf) {
				return false
			}
		}
	}
	switch w {
	case "led", "run", "based", "born", "held", "owned", "style", "era", "type", "old", "like", "wide", "free", "made", "bound", "plus", "shaped":
		return false
	}
	return true
}

// colourPlace reports whether w is a capitalised colour that opens the
// name of a river, sea or region before a place's own name ("Blue Nile",
// "White Nile", "Black Volta"; not "Orange": the telecom firm's name goes
// before a country's).
func colourPlace(w string) bool {
	switch w {
	case "Blue", "White", "Black", "Red", "Yellow":
		return true
	}
	return false
}

// placeHead reports whether w is a landform or settlement word written
// before a place's name ("Lake Chad", "Mount Lebanon", "Port Sudan",
// "Greater Poland").
func placeHead(w string) bool {
	var buf [32]byte
	switch string(appendLower(buf[:0], w)) {
	case "lake", "mount", "cape", "gulf", "bay", "isle", "port", "fort", "greater", "wadi", "jebel", "jabal", "ras":
		return true
	}
	return false
}

// townPolice reports whether the two or more words [i,j) name a town
// whose police come next, reporting or about to act ("Grand Prairie
// police are investigating"): no common word but a town's opening
// "Grand" (see grandNames), and no word of a service that runs a force
// of its own ("Metro Transit police", "Capitol Park police").
func (p *proc) townPolice(i, j int) bool {
	if j-i < 2 || j+1 >= len(p.toks) || !p.joined(j) || !p.joined(j+1) || p.word(j) != "police" || p.toks[j-1].poss ||
		p.toks[j+1].shape&shLower == 0 || !p.has(j+1, fAux|fCue) && !beHave(p.word(j+1)) || p.anyFlag(i, j, fOrgCue|fOrgSuffix|fHonor|fRole) {
		return false
	}
	for k := i; k < j; k++ {
		if p.has(k, fCommon) && !(k == i && p.word(k) == "Grand") {
			return false
		}
		switch p.lower(k) {
		case "transit", "transport", "transportation", "housing", "airport", "port", "harbor", "harbour",
			"railroad", "railway", "campus", "capitol", "parks", "school", "schools", "college":
			return false
		}
	}
	return true
}

// beHave reports whether w is a form of "be" or "have" that may follow
// a subject ("police are investigating", "police have arrested").
func beHave(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// honorOpensBody reports whether the run [i,j), which opens with a word
// that is also a rank ("General"), is a body's name all the same: two
// words or more after it, none a given name, a title or a role, and the
// last an organisation's head word ("the Tunisian General Labour Union",
// not "the Tunisian General Rashid Ammar").
func (p *proc) honorOpensBody(i, j int) bool {
	return j-i >= 3 && p.has(j-1, fOrgCue) && !p.anyFlag(i+1, j, fGiven|fHonor|fRole)
}

// motion reports whether w, before "to" or "from", moves someone or
// something between places ("fled from", "the road to").
func motion(w string) bool {
	var buf [32]byte
	switch string(appendLower(buf[:0], w)) {
	case "way", "road", "route", "highway", "trip", "journey", "flight", "flights", "moved", "move",
		"fled", "flee", "fleeing", "travelled", "traveled", "travel", "travelling", "traveling",
		"returned", "return", "returning", "headed", "heading", "went", "go", "going", "came", "come",
		"flew", "fly", "flying", "driven", "drove", "deported", "sent", "evacuated", "relocated",
		"withdrew", "withdrawn", "withdrawal", "expelled", "arrived", "advanced", "advancing",
		"marched", "retreated", "escaped", "transferred", "moving", "shipped", "exported", "imported",
		"retreat", "march", "sailed", "deployed", "redeployed", "flown", "rushed", "airlifted", "trekked",
		"spread", "spreading", "spreads", "extended", "extending", "expanded", "expanding", "spilled", "spilling":
		return true
	}
	return false
}

// placeOf reports whether w, before "of", names a part or the
// surroundings of a place ("the outskirts of Goma", "villages of Lougou").
func placeOf(w string) bool {
	switch w {
	case "outskirts", "suburbs", "suburb", "heart", "centre", "center", "downtown", "villages", "towns",
		"cities", "provinces", "regions", "districts", "streets", "residents", "mayor", "governor",
		"northeast", "northwest", "southeast", "southwest", "outside", "capital", "port",
		"hamlet", "hamlets", "villagers", "inhabitants", "townspeople", "municipality", "commune",
		"beaches", "shores", "resort", "resorts", "slopes",
		"department", "departments", "regency", "barangay", "subdistrict", "upazila", // "the department of Cauca"
		"council", "people": // "the indigenous council of Toribio", "the people of Tigray"
		return true
	}
	return false
}

// backAdverb reports whether w is an adverb that may stand between a
// motion verb and its "to" ("fled again to", "moved back to").
func backAdverb(w string) bool {
	switch w {
	case "back", "again", "away", "then", "later", "quickly", "south", "north", "east", "west", "home", "out":
		return true
	}
	return false
}

// anyFlag reports whether a token of [i,j) has one of the flags f.
func (p *proc) anyFlag(i, j int, f wordFlag) bool {
	for k := i; k < j; k++ {
		if p.has(k, f) {
			return true
		}
	}
	return false
}

// allUpper reports whether every token of [i,j) is written in capitals.
func (p *proc) allUpper(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.toks[k].upper() {
			return false
		}
	}
	return true
}

// someUpper reports whether a word of [i,j) is written in capitals (two
// letters or more).
func (p *proc) someUpper(i, j int) bool {
	for k := i; k < j; k++ {
		if p.toks[k].upper() {
			return true
		}
	}
	return false
}

// particle reports whether w is a lower-case particle inside a person's
// name ("von", "da", "bin").
func particle(w string) bool {
	switch w {
	case "von", "van", "de", "da", "di", "du", "del", "della", "der", "den", "do", "dos", "das", "bin", "ibn", "bint", "binti", "al", "el", "le", "la", "ter", "zu", "y",
		"dela", "delos":
		return true
	}
	return false
}

// initial reports whether token k is an initial: one capital letter and
// a full stop ("L." in "L. Ron Hubbard").
func (p *proc) initial(k int) bool {
	t := p.toks[k]
	return t.end-t.start == 2 && p.text[t.end-1] == '.' && t.cap()
}

// doubleParticle reports whether the lower-case name particles a then b
// open a family name together ("van den Berg", "de la Cruz", "von der
// Leyen", "de los Santos").
func doubleParticle(a, b string) bool {
	switch a {
	case "van":
		return b == "den" || b == "der" || b == "de"
	case "von":
		return b == "der" || b == "dem" || b == "den"
	case "de", "para", "por":
		return b == "la" || b == "los" || b == "las" || b == "le" || a != "de" && b == "el"
	case "pour":
		return b == "la" || b == "le" || b == "les"
	}
	return false
}

// nickname returns the end of a nickname in quotes at token j inside a
// person's name that opens with a given name at i, and the family name
// after it ('William "Buckshot" May', 'Joaquín "El Chapo" Guzmán'), or j
// when there is none.
func (p *proc) nickname(i, j int) int {
	n := len(p.toks)
	if j >= n || !isQuote(p.word(j)) || p.cover[j] >= 0 || !p.has(i, fGiven) && !p.nameShaped(i, j) {
		return j
	}
	k := j + 1
	for k < n && k < j+4 && p.toks[k].gap == gapNone == (k == j+1) && p.cover[k] < 0 && (p.nameWord(k) || p.has(k, fConnector) && p.toks[k].cap()) {
		k++
	}
	if k == j+1 || k+1 >= n || !isQuote(p.word(k)) || p.toks[k].gap != gapNone || !p.joined(k+1) || p.cover[k+1] >= 0 || !p.nameWord(k+1) || !p.nameLike(k+1) {
		return j
	}
	return k + 1
}

func isQuote(w string) bool {
	return w == "\"" || w == "\u201c" || w == "\u201d" || w == "'"
}

// personCue reports whether the one-word name [i,j) stands where only
// people do: joined by "and" to a person ("Karim and Sadiq"), or before
// a reporting verb and "he"/"she" ("Sadiq said he fled").
func (p *proc) personCue(i, j int) bool {
	isPerson := func(k int) bool {
		if k < 0 || k >= len(p.toks) || p.cover[k] < 0 {
			return false
		}
		return p.found[p.cover[k]].typ == kPerson
	}
	if i >= 2 && p.is(i-1, p.s.w.and) && isPerson(i-2) || j+1 < len(p.toks) && p.is(j, p.s.w.and) && isPerson(j+1) {
		return true
	}
	if j+1 < len(p.toks) && p.has(j, fCue) && p.toks[j].shape&shLower != 0 {
		// "said he", "told reporters he would resign"
		far := 1
		switch p.word(j) {
		case "said", "says", "told", "tells", "insisted", "insists", "added", "argued", "claimed", "warned", "vowed", "promised", "admitted", "denied":
			far = 3
		}
		for k := j + 1; k <= j+far && k < len(p.toks) && p.toks[k].sent == p.toks[j].sent && p.toks[k].word() && p.toks[k].shape&shLower != 0; k++ {
			switch p.word(k) {
			case "he", "she":
				return true
			}
		}
	}
	if p.ageAfter(j) {
		return true // "Fernandes, 54, was detained"
	}
	if j < len(p.toks) && p.toks[j-1].poss && p.toks[j].shape&shLower != 0 && kinNoun(p.word(j)) {
		return true // "Navalny's widow"
	}
	if i > 0 && p.joined(i) && p.toks[i-1].shape&shLower != 0 && !p.toks[i].sentStart {
		switch p.word(i - 1) {
		case "arrested", "detained", "jailed", "kidnapped", "abducted", "sentenced", "executed", "interviewed", "quoted", "assassinated":
			return true // "Police arrested Achieng on Monday"
		}
	}
	if p.personPassive(j) && !p.locBefore(i) && !p.is(i-1, p.s.w.of) {
		return true // "Imamoglu was detained" (not "John Doe, 24, of Elkhart was indicted")
	}
	if j-i == 1 && surnameShape(p.word(i)) && !p.gazPlace(i, j) {
		return true // "Tikhanovskaya called it a sham"
	}
	if p.ownPronounAfter(j) && !p.locBefore(i) {
		return true // "Pawlenty figures the money into his budget"
	}
	// ", Bradshaw said." closing a sentence of reported speech: a
	// speaker, whom local news names alone after naming once
	if i > 0 && j+1 < len(p.toks) && p.is(i-1, p.s.w.comma) && (p.is(j, p.s.w.said) || p.is(j, p.s.w.says)) && p.is(j+1, p.s.w.period) {
		return true
	}
	return false
}

// ageAfter reports whether a person's age follows token j-1 between
// commas (", 54,"), as news gives it after a name.
func (p *proc) ageAfter(j int) bool {
	if j+2 >= len(p.toks) || !p.is(j, p.s.w.comma) || !p.is(j+2, p.s.w.comma) {
		return false
	}
	w := p.word(j + 1)
	if len(w) > 3 || p.toks[j+1].shape&shDigit == 0 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n >= 1 && n <= 115
}

// surnameCue reports whether [i,j), typed a place by its head word, is
// rather a person's name: a given name, then at most one more name, then
// a head word that is also a common family name ("Marc Lamont Hill",
// "Tom Wood"), not after a locative preposition ("in Victoria Park").
func (p *proc) surnameCue(i, j int) bool {
	if j-i < 2 || j-i > 3 || !p.has(i, fGiven) || p.has(i, fPlacePrefix|fPlaceCue) || p.toks[i].sentStart && j-i == 2 || p.locBefore(i) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if !p.nameLike(k) {
			return false
		}
	}
	switch p.lower(j - 1) {
	case "hill", "hills", "field", "fields", "wood", "woods", "green", "brook", "brooks", "banks", "ford", "lake", "rivers", "forest", "marsh", "moor", "dale", "vale", "heath", "bridges":
		return true
	}
	return false
}

// personWords reports whether every token of [i,j) is a name-like word
// or an initial or a quotation mark (a person's name, nickname included).
func (p *proc) personWords(i, j int) bool {
	quoted := false
	for k := i; k < j; k++ {
		if isQuote(p.word(k)) {
			quoted = !quoted
			continue
		}
		if k > i && k < j-1 && p.toks[k].shape&shLower != 0 && particle(p.word(k)) {
			continue // "Pedro de la Vega", "Anouk van der Berg"
		}
		if !(quoted && p.toks[k].cap() || p.nameLike(k) && p.nameWord(k) || p.initial(k)) {
			return false
		}
	}
	return true
}

// hallOfFame reports whether token k opens "Hall of Fame" (or "of Honor").
func (p *proc) hallOfFame(k int) bool {
	if k+2 >= len(p.toks) || p.word(k) != "Hall" || !p.is(k+1, p.s.w.of) {
		return false
	}
	w := p.word(k + 2)
	return w == "Fame" || w == "Honor" || w == "Honour"
}

// apposHead returns the type the noun phrase after a name ending at
// token j gives it when it says what the name is: an apposition (",
// a Swiss company,") or a copula ("is a small village in", "was the
// capital of"). The phrase is a determiner and at most five words, lower
// case or a demonym or place ("a French village"); its head is its last
// word before a preposition, a conjunction, a participle ("a kitplane
// manufacturer founded by") or punctuation. It returns "" when there is
// no such phrase or its head is not a place, organisation or occupation
// noun.
func (p *proc) apposHead(j int) kind {
	n := len(p.toks)
	k := j
	switch {
	case p.is(k, p.s.w.comma):
	case k < n && p.toks[k].shape&shLower != 0 && p.joined(k) && !p.toks[k-1].poss:
		switch p.word(k) {
		case "is", "was", "are", "were":
		default:
			return kNone
		}
	default:
		return kNone
	}
	k++
	if p.roleOfAfter(k) && !p.has(j-1, fRole|fHonor) {
		// "Joses Tuhanuku Sade, general secretary of the union," (not
		// "Labor MP, founder of the party": a title ends the run)
		return kPerson
	}
	if !p.has(k, fDet) || p.toks[k].shape&shLower == 0 {
		return kNone
	}
	k++
	head := -1
	for m := 0; m < 5 && k < n && p.toks[k].word() && p.toks[k].gap <= gapSpace; m, k = m+1, k+1 {
		t := p.toks[k]
		if p.cover[k] >= 0 {
			f := &p.found[p.cover[k]]
			if f.how == hDemonym || f.typ == kPlace || f.typ == kCountry {
				k = f.j - 1
				head = -1
				continue // "a French village", "a Texas company"
			}
			break
		}
		if t.shape&shLower == 0 {
			break
		}
		if t.gap == gapHyphen && head >= 0 {
			head = k // "the state-controlled oil company": a compound modifier, not a participle after the head
			continue
		}
		w := p.word(k)
		if p.has(k, fStop|fConnector) || head >= 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break
		}
		head = k
	}
	if head < 0 {
		return kNone
	}
	if p.has(head, fRole) || personNoun(p.word(head)) {
		return kPerson
	}
	switch p.word(head) {
	case "village", "town", "city", "hamlet", "suburb", "municipality", "commune", "parish", "county",
		"district", "province", "region", "river", "lake", "mountain", "island", "peninsula", "capital",
		"neighbourhood", "neighborhood", "settlement", "township", "borough", "locality", "oasis",
		"country", "state", "valley", "desert", "port", "resort", "archipelago", "governorate",
		"area", "territory", "enclave", "outpost",
		"residence", "palace", "mansion", "castle", "fortress", "compound", "airport", "airbase",
		"stadium", "square", "bridge", "prison", "jail", "hospital", "mosque", "church", "cathedral",
		"temple", "shrine", "monastery", "embassy", "consulate":
		return kPlace
	case "company", "firm", "corporation", "manufacturer", "maker", "retailer", "airline", "carrier",
		"bank", "band", "party", "organisation", "organization", "agency", "newspaper", "magazine",
		"broadcaster", "network", "club", "team", "university", "college", "charity", "foundation",
		"movement", "militia", "union", "association", "ministry", "brand", "label", "conglomerate",
		"startup", "subsidiary", "automaker", "carmaker", "insurer", "lender", "consortium", "institute",
		"daily", "tabloid", "outlet", "faction", "coalition", "alliance", "franchise",
		"chain", "group", "giant", "supplier", "operator", "exchange", "regulator", "watchdog",
		"unit", "affiliate", "arm", "refiner", "venture", "cooperative", "co-operative": // "Zimplats, a unit of Impala Platinum,"
		return kOrganization
	case "parliament", "legislature", "chamber", "senate", "tribunal", "council", "commission", "committee", "bureau":
		return kOrganization // "the Sejm, the lower chamber", "the Rada, Ukraine's parliament"
	case "house":
		if w := p.word(head - 1); w == "lower" || w == "upper" {
			return kOrganization // "the Mazhilis, the lower house of parliament"
		}
	case "version", "release", "edition", "codename":
		return kMisc // "Tiger, the newest version of Mac OS X": a product
	}
	return kNone
}

// afterPersonOf reports whether the name at token i follows "of" or "of
// the" written straight after a person's name ("Caspar Veldkamp of the
// NSC"): an apposition after it then describes that person.
func (p *proc) afterPersonOf(i int) bool {
	k := i - 1
	if k > 0 && p.is(k, p.s.w.the) {
		k--
	}
	if k < 1 || !p.is(k, p.s.w.of) {
		return false
	}
	g := p.foundEnding(k)
	return g >= 0 && p.found[g].typ == kPerson
}

// personNoun reports whether w is a noun that only a person can be ("an
// Australian woman", "a local resident", "a former student").
func personNoun(w string) bool {
	switch w {
	case "man", "woman", "boy", "girl", "men", "women", "mother", "father", "son", "daughter", "wife",
		"husband", "widow", "widower", "teenager", "teen", "resident", "native", "citizen", "student",
		"veteran", "survivor", "grandmother", "grandfather", "mom", "dad", "brother", "sister", "nephew", "niece":
		return true
	}
	return false
}

// apposPerson reports whether the one capitalised word [i,j) before a
// one-word KB place opens a person's name the apposition after the
// place says is a person's ("Valeska Paris, an Australian woman,"):
// the word is shaped like a name and no common or head word.
func (p *proc) apposPerson(i, j int) bool {
	g := p.foundAt(j)
	if g < 0 || p.found[g].j-p.found[g].i != 1 || !p.nameShaped(i, j) || p.seenLower(i) || p.locBefore(i) ||
		p.has(i, fCommon|fHonor|fRole|fOrgCue|fPlaceCue|fPlacePrefix|fMisc|fGroupAdj|fDate) || p.toks[i].upper() {
		return false
	}
	return p.apposHead(p.found[g].j) == kPerson
}

// mediumBand reports whether w, written before "radio", "television" or
// "channel", names a kind of broadcast rather than a broadcaster.
func mediumBand(w string) bool {
	switch w {
	case "AM", "FM", "TV", "HD", "DAB", "VHF", "UHF", "Satellite", "Cable", "Digital", "Internet", "Public", "State":
		return true
	}
	return false
}

// orgDescriptor reports whether w, written in lower case right before a
// name, says the name is an organisation's ("the band Deadsy", "the
// airline Ryanair", "rebel group M23").
func orgDescriptor(w string) bool {
	switch w {
	case "band", "company", "firm", "airline", "carrier", "retailer", "maker", "manufacturer", "automaker",
		"carmaker", "newspaper", "magazine", "tabloid", "broadcaster", "label", "insurer", "lender",
		"group", "club", "party", "militia", "agency", "conglomerate", "chain", "startup", "outlet",
		"operator", "supermarket", "brewery", "studio", "franchise", "subsidiary", "watchdog", "charity",
		"bank", "daily", "weekly", "network", "website", "portal", "consultancy", "developer", "giant",
		"cooperative", "co-operative", "union", "federation", "association", "movement", "alliance", "coalition",
		"unit", "affiliate", "steelmaker", "drugmaker", "smelter", "utility", "refiner", "exporter", "shipbuilder", "telco",
		"service", "fund", "lobby", "regulator":
		return true
	}
	return false
}

// firmTrade reports whether w, in lower case right before a name, is a
// trade that names a firm unless a person's given name opens the name:
// "the miner Kazatomprom", "the brewer Heineken", but "the publisher
// Rupert Murdoch".
func firmTrade(w string) bool {
	switch w {
	case "miner", "brewer", "publisher", "distiller", "jeweller", "jeweler", "grocer", "shipper",
		"trader", "builder", "homebuilder", "chipmaker", "toymaker", "winemaker", "planemaker", "printer":
		return true
	}
	return false
}

// commodityProducer reports whether token k is "producer" after a
// commodity ("the potash producer Belaruskali", "oil producer Rosneft"):
// a company, where a film or music producer is a person. The commodity
// may open the sentence ("Copper producer Codelco said").
func (p *proc) commodityProducer(k int) bool {
	if k < 1 || p.word(k) != "producer" || !p.toks[k-1].word() || p.toks[k-1].shape&shLower == 0 && !(p.toks[k-1].sentStart && !p.toks[k-1].upper()) {
		return false
	}
	switch p.lower(k - 1) {
	case "oil", "gas", "potash", "steel", "aluminium", "aluminum", "copper", "gold", "silver", "coal",
		"nickel", "uranium", "iron", "zinc", "diamond", "fertiliser", "fertilizer", "cement", "sugar",
		"grain", "cotton", "chemicals", "chemical", "crude", "lng", "palladium", "platinum", "lithium",
		"cobalt", "titanium", "timber", "paper", "pulp", "tobacco", "cocoa", "coffee", "poultry", "dairy":
		return true
	}
	return false
}

// romanceFor reports whether w is "for" or "by" in a Romance language,
// lower case ("Union pour la Democratie", "Alianza por Chile"): the head
// word of a body's name stands before it, as before "for".
func romanceFor(w string) bool {
	switch w {
	case "para", "por", "pela", "pelo", "pour":
		return true
	}
	return false
}

// romanceOf reports whether w is "of" in a Romance language ("de", "del",
// "da", "do", "di", "des", "du").
func romanceOf(w string) bool {
	switch w {
	case "de", "del", "da", "do", "di", "des", "du", "della", "dos", "das":
		return true
	}
	return false
}

// placeCoord reports whether the one-word name [i,j) is coordinated with
// a place or country the stage found ("to Bedhampton and Havant",
// "Cosham and Bedhampton", "Aringay, Pangasinan"): by "and", "or" or a
// comma, on either side.
func (p *proc) placeCoord(i, j int) bool {
	isPlace := func(g int) bool {
		if g < 0 {
			return false
		}
		f := &p.found[g]
		return (f.typ == kPlace || f.typ == kCountry) && f.how != hDemonym && !f.metonymy && !p.toks[f.j-1].poss
	}
	coord := func(k int) bool {
		return k >= 0 && k < len(p.toks) && (p.is(k, p.s.w.and) || p.is(k, p.s.w.comma) || p.word(k) == "or")
	}
	if coord(i-1) && i >= 2 && isPlace(p.foundEnding(i-1)) {
		return true
	}
	return !p.toks[j-1].poss && coord(j) && isPlace(p.foundAt(j+1))
}

// titleEnd returns the first token of the name after a title of
// several capitalised words that opens the run i..j and ends in a role
// noun or a rank ("Chief Cabinet Secretary Hirokazu Matsuno", "Interior
// Minister Gerald Darmanin", "Chief of Staff Ryo Tanaka"), or i when the
// run opens with no such title. The name must be one to three
// name-shaped words with no head word of a body or a place.
func (p *proc) titleEnd(i, j int) int {
	for k := i + 1; k < j && k <= i+4; k++ {
		h := k - 1
		// "Minister of State for Trade Ana Ruiz": the field after "of
		// State for" ends the title
		stateFor := h >= 3 && h-2 >= i && p.toks[h].cap() && p.is(h-1, p.s.w.forw) && p.word(h-2) == "State" && p.is(h-3, p.s.w.of)
		head := stateFor || p.toks[h].cap() && !p.toks[h].upper() && p.rankOrRole(h) ||
			p.word(h) == "Staff" && h >= 2 && p.is(h-1, p.s.w.of) && p.word(h-2) == "Chief"
		if !head || j-k > 3 || p.has(i, fGiven) {
			continue
		}
		ok := true
		for t := i; t < h && ok; t++ {
			ok = p.toks[t].cap() || p.is(t, p.s.w.of) || stateFor && p.is(t, p.s.w.forw)
		}
		// (not "Lamar County Victim Witness Coordinator", "Plant
		// Architect Inc.": a place's or a company's words make it a body)
		if ok && p.nameShaped(k, j) && p.hasCue(k, j) == kNone && (stateFor || !p.anyFlag(i, j, fPlaceCue)) && !p.anyFlag(i, j, fOrgSuffix) &&
			(j-k >= 2 || !p.seenLower(k) && !commonShape(p.word(k))) {
			return k
		}
	}
	return i
}

// headlineOnlyEnd reports whether the one word [i, j) closes a title-case
// headline and the article writes it nowhere else: a headline's place
// comes back in the story.
func (p *proc) headlineOnlyEnd(i, j int) bool {
	if j-i != 1 || !p.headline(i) || j < len(p.toks) && p.toks[j].sent == p.toks[i].sent && p.toks[j].word() {
		return false
	}
	w := p.word(i)
	for k := range p.toks {
		if k != i && p.toks[k].sent != p.toks[i].sent && strings.EqualFold(p.word(k), w) {
			return false
		}
	}
	return true
}

// headlineVerbIn reports whether a word of [i, j) is shaped like a verb
// of a title-case headline in the present tense ("Opens", "Cuts",
// "Wins"): a word of four letters or more ending in a bare "s" (not
// "Congress", "Campus", "Genesis").
func (p *proc) headlineVerbIn(i, j int) bool {
	for k := i; k < j; k++ {
		if w := p.word(k); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !p.toks[k].poss {
			return true
		}
	}
	return false
}

// headWordAt returns the first capitalised head word of a body's or a
// place's name in [i, j) ("Airways" in "Airways Cuts Flights"), or -1.
func (p *proc) headWordAt(i, j int) int {
	for m := i; m < j; m++ {
		if p.has(m, fOrgCue|fPlaceCue|fOrgSuffix) && p.toks[m].cap() && !p.toks[m].upper() {
			return m
		}
	}
	return -1
}

// titleModifier reports whether w, capitalised, modifies a title word
// after it ("General Secretary", "Deputy Director", "Vice Chairman").
func titleModifier(w string) bool {
	switch w {
	case "General", "Deputy", "Vice", "Senior", "Chief", "Assistant", "Executive", "Principal", "Permanent", "Acting", "Associate":
		return true
	}
	return false
}

// hostGames reports whether the run [i, j) after a place's name is the
// name of games held there ("Olympics", "Winter Olympics", "Olympic
// Games", "Olympic" before a lower-case word), with no head word of a
// body or a place ("Olympic Committee", "Olympic Stadium").
func (p *proc) hostGames(i, j int) bool {
	games := false
	for k := i; k < j; k++ {
		switch p.word(k) {
		case "Olympics", "Olympic", "Paralympics", "Paralympic", "Games":
			games = true
		case "Summer", "Winter", "Youth":
		default:
			return false
		}
	}
	return games && p.hasCue(i, j) != kOrganization && p.hasCue(i, j) != kPlace
}

// gameScore reports whether a game's score starts at token k ("24-6",
// "102-98").
func (p *proc) gameScore(k int) bool {
	return k+1 < len(p.toks) && p.toks[k].shape&shDigit != 0 && p.toks[k+1].gap == gapHyphen && p.toks[k+1].shape&shDigit != 0 &&
		len(p.word(k)) <= 3 && len(p.word(k+1)) <= 3
}

// allGroupAdj reports whether [i,j) is only nationality, faith or
// language words ("Kurdish", "Sunni Arab"): they name no entity, nor an
// employer before a role noun ("Shiite cleric Nimr al-Nimr").
func (p *proc) allGroupAdj(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.has(k, fGroupAdj|fConnector) {
			return false
		}
	}
	return true
}

// clauseAfterSaid reports whether the word at j, after a capitalised run
// that follows "said", makes the run the subject of the report rather
// than the speaker in inversion: a lower-case word that no speaker takes
// after the name ("said DNA tests had confirmed", not "said Smith on
// Monday" or "said Smith, who …").
func (p *proc) clauseAfterSaid(j int) bool {
	if j >= len(p.toks) || !p.toks[j].word() || p.toks[j].shape&shLower == 0 || !p.joined(j) {
		return false
	}
	switch p.word(j) {
	case "on", "in", "at", "during", "after", "before", "while", "when", "who", "whose", "and", "as", "of",
		"from", "to", "via", "by", "for", "with", "earlier", "later", "last", "yesterday", "today",
		"tonight", "recently", "this", "late", "early", "told", "adding", "according", "said", "says":
		return false
	}
	return true
}

// companyList reports whether the name at token i is listed after a
// plural noun for companies: right after it ("carmakers Volkswagen"), or
// after earlier members joined by commas and "and" ("makers Hennessy and
// Remy Cointreau"). A first member must not open like a person's name.
func (p *proc) companyList(i int) bool {
	k := i - 1
	first := true
	for n := 0; k >= 0 && n < 12; n, k = n+1, k-1 {
		t := &p.toks[k]
		if t.word() && t.cap() && !t.sentStart && !p.has(k, fRole|fHonor) {
			first = false
			continue
		}
		if w := p.word(k); w == "," || w == "and" || w == "&" {
			continue
		}
		break
	}
	if k < 0 || !p.toks[k].word() || p.toks[k].shape&shLower == 0 || !companyPlural(p.word(k)) || p.toks[k+1].gap > gapSpace {
		return false
	}
	return !first || !p.has(i, fGiven|fHonor)
}

// companyPlural reports whether w is a plural noun for companies that
// lists their names after it ("carmakers Volkswagen and BMW", "cognac
// makers Hennessy and Remy Cointreau").
func companyPlural(w string) bool {
	switch w {
	case "makers", "carmakers", "automakers", "companies", "firms", "manufacturers", "producers",
		"retailers", "airlines", "carriers", "lenders", "banks", "insurers", "brands",
		"giants", "suppliers", "operators", "conglomerates", "startups", "chipmakers",
		"drugmakers", "miners", "refiners", "exporters", "distributors", "broadcasters":
		return true
	}
	return false
}

// modifierOfTitle reports whether token i is a capitalised title
// modifier right before a title the lexicon found ("Former president
// Evo Morales", "Ex-president", "Acting prime minister" opening a
// sentence), or before another modifier of it ("Former Deputy
// President William Ruto"): the modifier belongs to the title, it names
// nobody.
func (p *proc) modifierOfTitle(i int) bool {
	if !p.has(i, fModifier) {
		return false
	}
	j := i + 1
	if j+1 < len(p.toks) && p.has(j, fModifier) && p.toks[j].gap <= gapSpace {
		j++
	}
	if j >= len(p.toks) || p.toks[j].gap > gapSpace || p.tcover[j] < 0 {
		return false
	}
	return p.titles[p.tcover[j]].i == j
}

// hyphenModifier reports whether token j is a lower-case word joined by
// a hyphen to the word before it ("Rwanda-backed", "Saudi-led"): the
// capitalised word before it is a modifier, not the end of a name.
func hyphenModifier(p *proc, j int) bool {
	return j < len(p.toks) && p.toks[j].gap == gapHyphen && p.toks[j].shape&shLower != 0
}

// placeOffice reports whether the title ending in the word at h, before
// the name [k, j), is the office of the place named before it: a
// governor's, mayor's or sheriff's title after a place's head word and
// a name of two words or more with no head word ("Federal District
// Governor Ibaneis Rocha", "Harris County Sheriff Ed Gonzalez").
func (p *proc) placeOffice(h, k, j int) bool {
	switch p.word(h) { // the cheap test first: most runs hold no office word
	case "Governor", "Mayor", "Sheriff", "Premier", "Prefect", "Administrator":
	default:
		return false
	}
	if h+1 != k || j-k > 3 || j-k < 2 || p.anyFlag(h, j, fPlaceCue) {
		return false
	}
	return p.nameShaped(k, j) && p.hasCue(k, j) == kNone
}

// placeOfficeEnd returns where the person's name starts in the run
// [i, j) when the run opens with a place's name and the title of its
// office ("Federal District Governor Ibaneis Rocha": the place's head
// word, then the office, then the name), or i.
func (p *proc) placeOfficeEnd(i, j int) int {
	for h := i + 1; h < j-1 && h <= i+4; h++ {
		if p.placeOffice(h, h+1, j) && (p.anyFlag(i, h, fPlaceCue) || h == i+1 && p.townOfOffice(i, h)) {
			return h + 1
		}
	}
	return i
}

// townOfOffice reports whether the one word at i, before the mayor's or
// sheriff's title at h, names the town or county the office is of
// ("Roselle Mayor Gayle Smolinski", "DuPage Sheriff John Zaruba"): no
// acronym (a body's: "BOJ Governor"), no common, given or rank word
// ("Deputy Mayor", "Lord Mayor"), no word the article writes in lower
// case, and no capitalised word before it.
func (p *proc) townOfOffice(i, h int) bool {
	switch p.word(h) {
	case "Mayor", "Sheriff":
	default:
		return false
	}
	if p.toks[i].upper() || p.toks[i].poss || p.has(i, fCommon|fGiven|fHonor|fRole|fOrgCue|fPlacePrefix|fDate|fMisc|fGroupAdj|fConnector|fStop) ||
		p.seenLower(i) || p.lowerWord(i) || p.demonymWord(i) || len(p.word(i)) >= 5 && commonSuffix(lowerOutsideASCII(p.word(i))) {
		return false // (a plural's shape is a town's too: "Ventspils Mayor Aivars Lembergs")
	}
	return i == 0 || !p.joined(i) || p.toks[i].sentStart || !p.toks[i-1].cap()
}

// ownerBeforeHead reports whether the name ending before token j is
// followed by the lower-case head of a body ("leader", "chief") and a
// person's name: the name is the body the person heads ("opposition BNP
// leader Tarique Rahman"), not a person the role word before it
// introduces.
func (p *proc) ownerBeforeHead(j int) bool {
	if j+1 >= len(p.toks) || !p.joined(j) || !p.joined(j+1) || p.toks[j].shape&shLower == 0 || !p.toks[j+1].cap() || !p.nameWord(j+1) {
		return false
	}
	switch p.word(j) {
	case "leader", "chief", "head", "commander", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "secretary-general":
		return true
	}
	return false
}

// regionAdjective reports whether the capitalised word w is shaped like
// the adjective of a people or region ("Catalan", "Bavarian", "Flemish",
// "Sichuanese"): before a title it qualifies the post, naming no body.
func regionAdjective(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// functionSurnames are surnames spelt like an English function word:
// Chinese, Korean and Vietnamese ones ("James To", "Wilson Or", "Ahn An")
// and the Kenyan "Were" ("John Were"). After a one-word KB name the
// auxiliaries among them join by verbSurname instead.
var functionSurnames = map[string]bool{"To": true, "Or": true, "So": true, "On": true, "Do": true, "An": true, "Were": true}

// functionSurnameJoins extends a one-word person's name over a surname
// spelt like a function word right after it ("councillor Wilson Or
// spoke"): the name's run stopped at the function word. A name the KB
// links keeps its span.
func (p *proc) functionSurnameJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i != 1 || f.actor >= 0 || f.typ != kPerson || !p.functionSurname(f.i, f.j, true) {
			continue
		}
		f.j++
		f.key = p.fold(f.i, f.j)
		p.cover[f.j-1] = int32(g)
	}
}

// functionSurname reports whether token j is a surname spelt like a
// function word after the name at i, a given name unless typed (a
// person's name by its cues): capitalised in the middle of
// a sentence that is no headline, right after the given name, and not
// followed by another capitalised word (a title in title case, "Wilson
// To Lead Team", capitalises every word).
func (p *proc) functionSurname(i, j int, titled bool) bool {
	// every such surname is two to four letters: test the length before the map
	if j >= len(p.toks) || p.toks[j].end-p.toks[j].start < 2 || p.toks[j].end-p.toks[j].start > 4 || !functionSurnames[p.word(j)] || !titled && !p.has(i, fGiven) || !p.joined(j) || p.toks[j].sentStart || p.headline(j) || p.cover[j] >= 0 || p.tcover[j] >= 0 {
		return false
	}
	return j+1 >= len(p.toks) || !p.joined(j+1) || !p.toks[j+1].cap()
}

// goodsAfter reports whether a lower-case noun of goods stands right
// after the name that ends before token j ("Core Duo processors").
func (p *proc) goodsAfter(j int) bool {
	return j < len(p.toks) && p.joined(j) && p.toks[j].gap == gapSpace && p.toks[j].shape&shLower != 0 && goodsNoun(p.word(j))
}

// goodsNoun reports whether w (lower case) names goods a firm makes:
// "jets made by Saab", not "the motion made by Stuber".
func goodsNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "jet", "aircraft", "plane", "airplane", "airliner", "helicopter", "drone", "missile", "rocket",
		"vehicle", "car", "truck", "bus", "tank", "ship", "boat", "submarine", "train", "locomotive",
		"vaccine", "drug", "medicine", "chip", "processor", "semiconductor", "phone", "smartphone", "device", "computer",
		"weapon", "rifle", "gun", "engine", "turbine", "satellite", "battery", "batterie", "component",
		"part", "product", "equipment", "system", "software", "radar", "munition", "ammunition", "shell", "fighter":
		return true
	}
	return false
}

// portfolioRun reports whether the run [i, j) stands right before a
// minister's or secretary's title and a person's name ("Punjab
// Information Minister Azma Bokhari"), ending in a portfolio: a field
// of government no body's head word names (Information, Health).
func (p *proc) portfolioRun(i, j int) bool {
	n := len(p.toks)
	if j+1 >= n || !p.joined(j) || !p.joined(j+1) || !p.nameWord(j+1) || p.toks[j-1].poss {
		return false
	}
	if w := p.word(j); w != "Minister" && w != "Secretary" {
		return false
	}
	return !p.has(j-1, fOrgCue|fPlaceCue|fGiven) && !p.toks[j-1].upper() && p.cover[j-1] < 0
}

// partyDistrict reports whether the hyphened tag at token i follows a
// person's name after a comma or a parenthesis: a legislator's party
// and district ("Tom Bakk, DFL-Cook, said", "John Cornyn (R-Texas)").
func (p *proc) partyDistrict(i int) bool {
	if i < 2 || (p.word(i-1) != "," && p.word(i-1) != "(") {
		return false
	}
	g := p.foundEnding(i - 1)
	return g >= 0 && p.found[g].typ == kPerson
}

// makerVerb reports whether w is a verb of making or selling goods
// whose agent after "by" is a firm: "made by Saab", "supplied by Rafael"
// (not "designed", "produced", "owned": people design, produce and own).
func makerVerb(w string) bool {
	switch w {
	case "made", "built", "manufactured", "supplied", "sold", "marketed", "distributed", "assembled":
		return true
	}
	return false
}

// partyStanding reports whether lower-case word w tells a party's place
// in politics, not its name ("Opposition", "Ruling", "Governing").
func partyStanding(w string) bool {
	switch w {
	case "opposition", "ruling", "governing", "once-ruling":
		return true
	}
	return false
}

// nameBeforeOf reports whether the run [i,k) before "of" is a person's
// name: after honorifics and role nouns, two or three words shaped like
// a name ("Economist Petar Ganev", "Magdalene Toroansi").
func (p *proc) nameBeforeOf(i, k int) bool {
	s := i
	for s < k && p.has(s, fHonor|fRole) && p.toks[s].cap() {
		s++
	}
	n := k - s - p.particles(s, k)
	return n >= 2 && n <= 3 && p.nameShaped(s, k)
}

// particles returns how many tokens of [i,j), neither the first nor the
// last, are lower-case particles of a person's name ("Anouk van der
// Berg" has two).
func (p *proc) particles(i, j int) int {
	n := 0
	for k := i + 1; k < j-1; k++ {
		if p.toks[k].shape&shLower != 0 && particle(p.word(k)) {
			n++
		}
	}
	return n
}

// introPlace reports whether the name [i,j) is the object of a locative
// preposition opening its sentence, perhaps after one adjective, and a
// comma follows it ("In Chipata, the returning officer said", "In
// nearby Radomir, the bakery chain"): a place, not a name the phrase
// after the comma describes. A given name or a possessive ("In Apple's
// view,") keeps it from counting.
func (p *proc) introPlace(i, j int) bool {
	if !p.is(j, p.s.w.comma) || p.toks[j-1].poss || p.has(i, fGiven|fHonor|fRole) || i == 0 || !p.joined(i) {
		return false
	}
	k := i - 1
	if !p.toks[k].sentStart && p.toks[k].shape&shLower != 0 && !p.has(k, fStop|fConnector|fDet|fLocPrep) && k > 0 && p.joined(k) {
		k-- // "In nearby Radomir", "In neighbouring Katete"
	}
	if !p.toks[k].sentStart || !p.toks[k].cap() {
		return false
	}
	switch p.lower(k) {
	case "in", "near", "outside", "inside", "across", "throughout", "around":
		return true
	}
	return false
}

// roleOfDescribed reports whether the noun phrase ending in the
// descriptor at k ("the firm") is what a role noun before it works for
// ("A spokesman for the firm, Chidi Okonkwo,", "an analyst at the bank,
// Jane Roe,"): the name after the comma is then the role's holder, a
// person, not the descriptor's body. A possessive determiner opens the
// phrase as "the" does ("A spokesman for his Tehreek-e-Insaf party,
// Fawad Chaudhry,").
func (p *proc) roleOfDescribed(k int) bool {
	m := k - 1
	for n := 0; n < 4 && m > 0 && p.toks[m].word() && !p.has(m, fDet|fStop|fConnector); n++ {
		m-- // "the state-owned firm", "the regional water company", "the U.N. refugee agency"
	}
	if m < 2 || !p.has(m, fDet) && !possDeterminer(p.lower(m)) {
		return false
	}
	switch p.lower(m - 1) {
	case "for", "of", "at", "with", "from":
	default:
		return false
	}
	return p.has(m-2, fRole) || personNoun(p.lower(m-2))
}

// possDeterminer reports whether the lower-case word w is a possessive
// determiner ("his", "their").
func possDeterminer(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// knownAsNoun returns the type a common noun gives the name at token i
// that it introduces with "known as", "called" or "named" ("a militia
// known as the Mai-Mai Kifuafua", "a small village called Malingas",
// "a farmer named Juma"), or "" when no such noun comes before it.
func (p *proc) knownAsNoun(i int) kind {
	k := i - 1
	if k > 0 && p.is(k, p.s.w.the) {
		k--
	}
	if k < 1 || p.toks[k].shape&shLower == 0 {
		return kNone
	}
	m := k - 1
	switch p.word(k) {
	case "as":
		if p.word(m) != "known" {
			return kNone
		}
		m--
		for m > 0 && p.toks[m].shape&shLower != 0 && strings.HasSuffix(p.word(m), "ly") {
			m-- // "locally known as", "widely known as"
		}
		if m > 0 && p.is(m, p.s.w.comma) {
			m--
		}
	case "called", "named":
		// only after a noun an indefinite article opens ("a village
		// called Malingas"), not the verbs of "the company named John
		// Smith its chief", "the party called Ruto a traitor"
		if a := m - 1; a < 0 || p.word(a) != "a" && p.word(a) != "an" && (a < 1 || p.word(a-1) != "a" && p.word(a-1) != "an") {
			return kNone
		}
	default:
		return kNone
	}
	if m < 0 || !p.toks[m].word() || p.toks[m].shape&shLower == 0 || p.cover[m] >= 0 {
		return kNone
	}
	w := p.word(m)
	switch {
	case orgDescriptor(w) || bodyHead(w):
		return kOrganization
	case personNoun(w) || p.has(m, fRole):
		return kPerson
	}
	switch w {
	case "town", "village", "city", "hamlet", "district", "region", "province", "area", "island",
		"neighbourhood", "neighborhood", "river", "camp", "settlement", "suburb":
		return kPlace
	}
	return kNone
}

// livelihood reports whether w is a trade of rural and market life
// ("farmer", "fisherman", "trader"): a role noun, but the capitalised
// word before it names the trade's goods or place ("Dairy farmer",
// "Rice trader"), not an employer.
func livelihood(w string) bool {
	switch w {
	case "fisherman", "fisherwoman", "farmer", "trader", "vendor", "shopkeeper", "herder", "herdsman",
		"villager", "midwife", "headman":
		return true
	}
	return false
}

// ofTitledPerson reports whether the one or two words [i,j) follow "of"
// after a person's name that an honorific or a role opens ("Mayor
// Kgosientsho Ramokgopa of Tshwane said"): the place or body the person
// serves, never a person of its own.
func (p *proc) ofTitledPerson(i, j int) bool {
	if j-i > 2 || i < 2 || !p.is(i-1, p.s.w.of) || p.has(i, fGiven) || p.toks[i].upper() {
		return false
	}
	g := p.foundEnding(i - 1)
	if g < 0 {
		return false
	}
	f := &p.found[g]
	return f.typ == kPerson && f.how == hName && f.i > 0 && p.has(f.i-1, fHonor|fRole)
}

// orgHeadFound reports whether found g is one capitalised word the
// lexicon types an organisation, unlinked, that is also an
// organisation's head word ("Times", "Post", "Guardian"): the last word
// of a longer name when a name word stands right before it.
func (p *proc) orgHeadFound(g int) bool {
	f := &p.found[g]
	return f.j-f.i == 1 && f.typ == kOrganization && f.actor < 0 && !f.dead && p.has(f.i, fOrgCue) && p.toks[f.i].cap() && !p.toks[f.i].upper()
}

// paperSun reports whether the words [i,head) before a final "Sun" name
// a newspaper's town or are common words ("Edmonton Sun", "Island Sun",
// "Sunday Morning Sun"), not a given name ("Xiaoming Sun"); honorifics
// and role nouns before them do not count.
func (p *proc) paperSun(i, head int) bool {
	for i < head && p.has(i, fHonor|fRole) {
		i++
	}
	return head-i >= 2 || head > i && (p.gazPlace(i, head) || p.anyFlag(i, head, fCommon|fPlaceCue))
}

// siteAfter reports whether the name ending before j is followed by a
// site's kind and its head noun in lower case: "the Kamina air base",
// "the Dostuk border post", "the Nur-Hayat border crossing" name a site
// for its place, even one whose first word is a given name.
func (p *proc) siteAfter(j int) bool {
	if j+1 >= len(p.toks) || !p.joined(j) || !p.joined(j+1) || p.toks[j].shape&shLower == 0 || p.toks[j+1].shape&shLower == 0 || p.toks[j-1].poss || !siteKind(p.word(j)) {
		return false
	}
	switch p.word(j + 1) {
	case "camp", "base", "barracks", "garrison", "airbase", "airfield", "prison", "checkpoint", "crossing", "post", "outpost":
		return true
	}
	return false
}

// siteKind reports whether w, between a place's name and a site's head
// noun, says what kind of site it is ("military camp", "air base").
func siteKind(w string) bool {
	switch w {
	case "military", "army", "air", "naval", "navy", "police", "border", "refugee", "detention", "transit":
		return true
	}
	return false
}

// resourceWord reports whether w names what a field or mine yields
// ("oil", "coal", "gold").
func resourceWord(w string) bool {
	switch w {
	case "oil", "gas", "coal", "gold", "copper", "diamond", "uranium", "lithium", "iron", "nickel", "cobalt", "bauxite", "phosphate":
		return true
	}
	return false
}

// personOfAfter reports whether the run's words from k on, before j,
// open with two or three words shaped like a person's name, perhaps
// after an honorific or a role, then "of" and at least one more word
// ("… and Omurbek Tekebayev of Ata-Meken"): a person and the body they
// belong to, no part of the name before.
func (p *proc) personOfAfter(k, j int) bool {
	for m := k + 2; m+1 < j && m <= k+5; m++ {
		if p.is(m, p.s.w.of) {
			return p.nameBeforeOf(k, m)
		}
	}
	return false
}

// placeLink reports whether w, in lower case and hyphened between two
// capitalised parts of one name, is a French preposition or article
// that joins the parts of a place's name ("Boulogne-sur-Mer",
// "Châlons-en-Champagne", "Pointe-à-Pitre", "Aix-les-Bains").
func placeLink(w string) bool {
	switch w {
	case "sur", "sous", "en", "à", "a", "au", "aux", "lès", "les", "le", "la":
		return true
	}
	return false
}

// initialsInParens reports whether tokens e, e+1 and e+2 are "(", an
// all-capitals word and ")", and the word's letters are the initials of
// the capitalised words of [i,e), "of", "for", "and" and "the" skipped
// ("Democratic Opposition of Serbia (DOS)").
func (p *proc) initialsInParens(i, e int) bool {
	if e+2 >= len(p.toks) || !p.is(e, p.s.w.lparen) || !p.is(e+2, p.s.w.rparen) || !p.toks[e+1].upper() {
		return false
	}
	w := p.word(e + 1)
	if len(w) < 3 || len(w) > 6 {
		return false
	}
	m := len(w) - 1
	for k := e - 1; k >= i; k-- {
		t := p.toks[k]
		if t.shape&shLower != 0 && p.has(k, fConnector) || p.is(k, p.s.w.the) {
			continue
		}
		if m < 0 || !t.word() || !t.cap() || t.upper() || p.text[t.start] != w[m] {
			return false
		}
		m--
	}
	return m < 0
}

// ledBy reports whether the name [i,j), no person's by its shape (no
// given name, honorific or role), is followed by a comma and "led by",
// "headed by", "founded by" or "chaired by": a body someone leads or
// founded ("the newcomer Respublica, led by the entrepreneur …"), not
// one plural word (the people of "the Realists, led by"). "run by" and
// "held by" are left out: they follow places too ("Gaza, run by Hamas").
func (p *proc) ledBy(i, j int) bool {
	if j+2 >= len(p.toks) || !p.is(j, p.s.w.comma) || !p.is(j+2, p.s.w.by) || p.toks[j-1].poss || p.has(i, fGiven|fHonor|fRole) || j-i == 1 && commonShape(p.word(i)) {
		return false
	}
	switch p.word(j + 1) {
	case "led", "headed", "founded", "chaired":
		return true
	}
	return false
}

// staffAfter reports whether a lower-case noun for a body's staff,
// owners or members follows token j-1 ("Rail Baltica officials", "Tirex
// Petrol employees", "a Kaza Petrol spokesman", "Shower Posse members"):
// the name before it is the body's. Supporters, aides and lawyers are left out: people have
// them too ("Trump supporters").
func (p *proc) staffAfter(j int) bool {
	if j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[j-1].poss {
		return false
	}
	switch p.word(j) {
	case "officials", "executives", "employees", "shareholders", "staff", "workers", "spokesman",
		"spokeswoman", "spokesperson", "engineers", "managers", "directors", "subsidiary", "headquarters",
		"members", "militants":
		return true
	}
	return false
}

// portfolioList returns the end of the portfolios a comma at token j
// goes on listing after a ministry's or department's "of" and its first
// portfolio [i,j) ("Ministry of Trade, Industry and Fisheries",
// "Ministry of Economy, Trade and Industry"): capitalised common words
// between commas, then "and" and the last portfolio. It returns j when
// no such list follows.
func (p *proc) portfolioList(i, j int) int {
	n := len(p.toks)
	if j-i < 3 || j >= n || !p.is(j, p.s.w.comma) || !p.is(i+1, p.s.w.of) || !portfolioBody(p.word(i)) {
		return j
	}
	k := j + 1
	for parts := 0; parts < 4; parts++ {
		e := k
		for e < n && e < k+3 && p.joined(e) && p.portfolioWords(e, e+1) {
			e++
		}
		if e == k || e >= n {
			return j
		}
		switch {
		case p.is(e, p.s.w.comma) && e+1 < n && p.joined(e+1):
			k = e + 1
		case p.is(e, p.s.w.and) && e+1 < n && p.joined(e+1):
			m := e + 1
			for m < n && m < e+4 && p.joined(m) && p.portfolioWords(m, m+1) {
				m++
			}
			if m == e+1 {
				return j
			}
			return m
		default:
			return j
		}
	}
	return j
}

// countryFirst adds the party named by a KB country and a capitalised
// "First" inside a sentence ("the newcomer Latvia First", "New Zealand
// First", "the Australia First Party") when token i is that "First", and
// returns the end of the party's name; it returns i otherwise. A
// capitalised word after "First" makes it a title or a league's ("First
// Lady", "First Division").
func (p *proc) countryFirst(i int) int {
	if p.word(i) != "First" || p.toks[i].sentStart || p.cover[i] >= 0 || p.tcover[i] >= 0 || !p.joined(i) || p.headline(i) {
		return i
	}
	g := p.foundEnding(i)
	if g < 0 || p.found[g].typ != kCountry || p.found[g].how == hDemonym || p.toks[i-1].poss {
		return i
	}
	j := i + 1
	if j < len(p.toks) && p.joined(j) && p.toks[j].cap() {
		if p.word(j) != "Party" || p.cover[j] >= 0 {
			return i
		}
		j++
	}
	s := p.found[g].i
	p.kill(g)
	p.addFound(found{i: s, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(s, j)})
	return j
}

// officeAdjective reports whether token i, right after a role, is an
// adjective of the office before the "for" of its field ("Minister
// Responsible for Housing", "Secretary Accountable for Finance"): a
// common word or one the article writes in lower case, in -able or
// -ible, no given name ("Senator Dunstable for his help" is a person).
func (p *proc) officeAdjective(i int) bool {
	w := lowerOutsideASCII(p.word(i))
	if !(strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ible")) || p.has(i, fGiven) || !(p.has(i, fCommon) || p.seenLower(i)) {
		return false
	}
	return i+1 < len(p.toks) && p.word(i+1) == "for"
}

// arabicArticlePlace returns the found of a place read as an Arabic
// article hyphened to a word the gazetteer knows ("al-Assam") at j,
// right after a run [i,j) that opens with a given name: the two are the
// person's family name ("Mohamed Naji al-Assam"), not the place (Assam).
// It returns -1 otherwise.
func (p *proc) arabicArticlePlace(i, j int) int {
	if j+1 >= len(p.toks) || p.cover[j] < 0 || p.toks[j+1].gap != gapHyphen || !p.joined(j) || !p.has(i, fGiven) || p.headline(j) {
		return -1
	}
	if w := p.lower(j); w != "al" && w != "el" {
		return -1
	}
	g := int(p.cover[j])
	if f := &p.found[g]; f.i != j || f.j != j+2 || f.typ != kPlace {
		return -1
	}
	return g
}

// personFor reports whether the run [i,j) before "for" at j is a
// person's name (a given name first, two to four words, none a head
// word of a body's or a place's name, no all-capital word): "Ahmed
// al-Rabie for the Forces of Freedom and Change" names a person who acts
// for a body, not a body of its own as "Physicians for Human Rights" or
// "Citizens for Macedonia".
func (p *proc) personFor(i, j int) bool {
	if j-i < 2 || j-i > 4 || !p.has(i, fGiven) {
		return false
	}
	for k := i; k < j; k++ {
		if p.has(k, fOrgCue|fOrgOpener|fPlaceCue|fOrgSuffix) || p.toks[k].upper() || p.toks[k].poss {
			return false
		}
	}
	return true
}

// bankWord reports whether token k is one capitalised word that closes on
// a lower-case "bank" after a stem of its own ("Vietcombank", "Sberbank",
// "Halkbank", "Rabobank"): a bank's name, never a common word
// ("Riverbank", "Sandbank" open a sentence but are written lower case).
func (p *proc) bankWord(k int) bool {
	w := p.word(k)
	if len(w) < 8 || !strings.HasSuffix(w, "bank") || !p.toks[k].cap() || p.toks[k].upper() || p.has(k, fCommon|fGiven) || p.lowerWord(k) {
		return false // (nor "Burbank", "Eubank": a short stem, a surname's or a town's)
	}
	for g := range p.found {
		if f := &p.found[g]; !f.dead && f.typ == kPerson && f.j-f.i >= 2 && p.word(f.j-1) == w {
			return false // "Luther Burbank" … "Burbank": a person's surname
		}
	}
	switch strings.ToLower(w[:len(w)-4]) {
	case "river", "sand", "snow", "data", "blood", "food", "seed", "land", "west", "gene", "piggy", "sperm", "memory", "fair":
		return false // a common compound ("Databank", "Foodbank", "West Bank" run together)
	}
	return true
}

// inSubdivision reports whether a place's name at token k, after an
// optional "the", is followed by the lower-case noun of a country's
// subdivision ("Katsina state", "the Far North region"): the place a
// town before "in" lies in.
func (p *proc) inSubdivision(k int) bool {
	if p.is(k, p.s.w.the) {
		k++
	}
	g := p.foundAt(k)
	if g < 0 {
		return false
	}
	f := &p.found[g]
	if f.dead || f.how == hDemonym || f.typ != kPlace && f.typ != kCountry || f.j >= len(p.toks) || !p.joined(f.j) || p.toks[f.j].shape&shLower == 0 || p.toks[f.j-1].poss {
		return false
	}
	switch p.word(f.j) {
	case "state", "province", "region", "district", "county", "governorate", "prefecture", "department":
		return true
	}
	return false
}

// partyMember reports whether the two words [i,j), no common word, no
// word the article writes in lower case and no head word of a body or a
// place, stand before "of the" and a party's name: "X Y of the Z party",
// "X Y of the opposition Z Party" introduce a party's member.
func (p *proc) partyMember(i, j int) bool {
	if !p.is(j, p.s.w.of) || !p.is(j+1, p.s.w.the) || p.toks[j-1].poss || p.anyFlag(i, j, fCommon|fOrgCue|fPlaceCue|fPlacePrefix|fMisc|fDate|fHonor|fRole|fConnector) || p.seenLower(i) || p.seenLower(i+1) || p.toks[i].upper() || p.toks[i+1].upper() {
		return false
	}
	k := j + 2
	for m := 0; m < 2 && k < len(p.toks) && p.toks[k].shape&shLower != 0 && p.toks[k].word() && !p.has(k, fStop); m++ {
		k++ // "of the ruling", "of the main opposition"
	}
	e := k
	for e < len(p.toks) && e-k < 4 && p.toks[e].cap() && p.joined(e) {
		e++ // the party's name, found or not yet
	}
	if e == k {
		return false
	}
	return p.word(e-1) == "Party" || e < len(p.toks) && p.word(e) == "party" && p.joined(e)
}

// boundPrefix reports whether w is a capitalised prefix that is no word
// alone and opens a compound name with a hyphen ("Trans-Pacific",
// "Pan-African", "Sub-Saharan", "Inter-American").
func boundPrefix(w string) bool {
	switch w {
	case "Trans", "Pan", "Sub", "Inter", "Intra", "Afro", "Euro", "Indo", "Sino", "Anglo", "Franco", "Russo", "Austro", "Judeo":
		return true
	}
	return false
}

// pluralVerb reports whether w is a verb form that agrees only with a
// plural subject ("have", "are", "were").
func pluralVerb(w string) bool {
	switch w {
	case "have", "are", "were":
		return true
	}
	return false
}
