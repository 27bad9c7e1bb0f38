package mention

import (
	"maps"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// A phrase is a title with what is written around it: modifiers, the
// country or organisation it belongs to, and an ambassador's host.
type phrase struct {
	start, end int // token range of the whole phrase
	th         titleHit
	modifier   string
	country    string // ISO3 or organisation code
	how        string // adjective, possessive, explicit
	owner      bool   // country is an organisation or group
	host       string // ambassador's host country or "UN"
	foreign    bool   // the title belongs to something that is no state or known body
	ownerStart int    // first token of the owner's name written before the title, -1
	inName     bool   // the title is written inside the KB person's name ("King Abdullah")
	party      bool   // owned by a party the KB does not link: a ruling party's post (see partyOwner)
	career     bool   // a career's adjective before the title ("longest-serving"): no claim of a time
	unofficial bool   // "de facto" before the title: a power the office's holder list does not record
	glossOpen  int    // one past the token of the "(" before a glossed title ("Bundeskanzler (Federal Chancellor) X"), 0 for none
	// deputy: "deputy" or "vice" before the title, kept apart from the
	// modifier so that "former deputy president" keeps its "former"
	deputy bool
}

// ownerCode returns the code an office of actor a is filed under: a
// country's ISO3, or the organisation's id as the KB names its offices.
func (p *proc) ownerCode(a *kb.Actor, key string) string {
	if a.Kind == kb.KindCountry {
		return countryCode(a)
	}
	cands := []string{a.ID}
	if i := strings.IndexByte(a.ID, '.'); i >= 0 {
		cands = append(cands, strings.ToUpper(a.ID[i+1:]))
	}
	if a.Country != "" && a.Kind != kb.KindArmedGroup && a.Sector != "PTY" {
		// a state body files under its state ("Iran's parliament
		// speaker"); an armed group's or a party's posts are never its
		// state's ("RSF commander" is no President of Sudan, "CDU
		// leader" no President of Germany)
		cands = append(cands, a.Country)
	}
	if p.s.kb != nil {
		for _, k := range []string{key, kb.OfficeSecretaryGeneral, kb.OfficeDirectorGeneral, kb.OfficeLeader, kb.OfficePresident} {
			for _, c := range cands {
				if c == a.Country && k != key && headKey(key) && !p.isGovOf(a) {
					// "Bank of Japan chief", "Pentagon chief": a state
					// body's head is no head of its state; the
					// government's is ("Kremlin chief"), and a body's own
					// post stays its state's ("Duma speaker")
					continue
				}
				if p.s.hasOfficeID(c, k) {
					return c
				}
			}
		}
	}
	return cands[0]
}

// headKey reports whether office key names the head of whatever body
// owns it ("chief", "head", "secretary general").
func headKey(key string) bool {
	return key == kb.OfficeLeader || key == kb.OfficeSecretaryGeneral || key == kb.OfficeDirectorGeneral
}

// isGovOf reports whether organisation a is the government of its
// country (govOf).
func (p *proc) isGovOf(a *kb.Actor) bool {
	g, ok := p.s.govOf[a.Country]
	return ok && p.s.actors[g] == a
}

// isState reports whether found k stands for a state (country, demonym,
// or a capital used for its government).
func (p *proc) isState(k int) bool {
	f := &p.found[k]
	return f.actor >= 0 && f.typ == kCountry
}

func (p *proc) isOrg(k int) bool {
	t := p.found[k].typ
	return t == kOrganization || t == kArmedGroup
}

// ordinalNumber reports whether token i is an ordinal written in digits
// ("44th", "2nd"): "the 44th president of the United States" names the
// office as a plain title does.
func (p *proc) ordinalNumber(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].shape&shDigit == 0 {
		return false
	}
	w := p.lower(i)
	n := len(w) - 2
	if n < 1 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for _, c := range []byte(w[:n]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// stateBefore returns the found state that ends right before token i
// ("Iranian" in "Iranian UN Ambassador"), or -1.
func (p *proc) stateBefore(i int) int {
	if i <= 0 || p.toks[i].gap > gapSpace {
		return -1
	}
	if g := p.foundEnding(i); g >= 0 && p.isState(g) && p.found[g].actor >= 0 {
		return g
	}
	return -1
}

// removalVerb reports whether token k is a participle of removal
// ("ousted", "deposed", …) used as a verb: lower case after a word that
// is no determiner, preposition or possessive ("The military ousted
// President X"). Capitalised ("Ousted President X") or after "the",
// "of", "his" … it is an adjective, and the title's modifier.
func (p *proc) removalVerb(k int) bool {
	switch p.lower(k) {
	case "ousted", "deposed", "toppled", "overthrown", "exiled", "assassinated", "slain":
	default:
		return false
	}
	if p.toks[k].cap() || k == 0 || p.toks[k-1].poss {
		return false
	}
	switch p.lower(k - 1) {
	case "the", "a", "an", "of", "for", "with", "to", "by", "from", "and", "his", "her", "their", "its", "our", "whose", "'s", ",", "(", "—", "–":
		return false
	}
	return true
}

// electedVerb reports whether token k is "elected", "appointed",
// "declared" or "proclaimed" used as the verb of a clause ("Somali
// lawmakers elected former prime minister X", "Parliament appointed
// acting president Y", "Peru declared Mexico's ambassador X persona non
// grata"), not as a title's
// modifier ("the newly elected president", "its elected mayor"): a
// modifier follows a determiner, a possessive or an adverb in -ly.
func (p *proc) electedVerb(k int) bool {
	if w := p.lower(k); w != "elected" && w != "appointed" && w != "declared" && w != "proclaimed" || p.toks[k].cap() || k == 0 || p.toks[k-1].poss {
		return false
	}
	w := p.lower(k - 1)
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "whose", "'s", "just", "recently", "and", "(", "—", "–":
		return false
	case "self", "-": // "self-declared president", "self-proclaimed leader"
		return false
	}
	return !strings.HasSuffix(w, "ly")
}

// stateNoun reports whether token k is a noun for a state the text
// names elsewhere: "country", "nation".
func (p *proc) stateNoun(k int) bool {
	switch p.lower(k) {
	case "country", "nation":
		return true
	}
	return false
}

// interimModifier reports whether a title modifier marks a term of the
// present that a "former" before it puts in the past.
func interimModifier(m string) bool {
	switch m {
	case "acting", "caretaker", "interim", "outgoing":
		return true
	}
	return false
}

// leftOf extends a title hit leftwards over modifiers and the country or
// organisation written before it.
func (p *proc) leftOf(th titleHit) phrase {
	ph := phrase{start: th.i, end: th.j, th: th, ownerStart: -1}
	k := th.i - 1
	skipped := 0
	bodyWord := false  // a skipped qualifier names a body: "bank", "army"
	fieldWord := false // a skipped qualifier before a post that heads a field: "nuclear chief"
	for steps := 0; steps < 5 && k >= 0 && p.toks[k+1].gap <= gapSpace; steps++ {
		if hyphenModifier(p, k) && p.foundEnding(k) >= 0 {
			// "US-backed interim leader Hamid Karzai", "Kuwaiti-born
			// minister", "Saudi-led coalition commander": the name before
			// the hyphen backs, led or bore the holder; it owns no office
			break
		}
		if (p.has(k, fModifier) || p.ordinalNumber(k) || p.titleRank(k)) && p.cover[k] < 0 && !p.toks[k].poss {
			if p.removalVerb(k) || p.electedVerb(k) {
				break // "The military ousted President X": a verb, no modifier
			}
			if p.ordinalNumber(k) || ordinalWords[p.lower(k)] {
				// "Kazakhstan's first president Nursultan Nazarbayev",
				// "Argentina's 51st president": a rank in the office's
				// history, no claim of a time; "first vice president" is
				// an office of its own
				ph.career = ph.career || !deputyTitle(th.e)
			}
			if p.lower(k) == "facto" || p.selfStyled(k) {
				// "Saudi Arabia's de facto leader", "Libya's de facto
				// president": power held without the office, no claim to
				// it; "self-proclaimed interim president Juan Guaidó": a
				// claim the writer does not make
				ph.unofficial = true
			}
			if p.lower(k) == "military" && th.e.group && p.lower(th.j-1) != "leader" {
				// "Pakistan's military chief", "Israel's military
				// commander": the armed forces' post (aliastitle.go reads
				// those the KB names), not the state's leader;
				// "Sudan's military leader" may be
				ph.foreign = true
			}
			if id := p.toks[k].id; id < 0 {
				// an ordinal in digits: no modifier of the claim
			} else if m := normModifier(p.s.v.words[id]); m == "deputy" && th.e.deputy != "" {
				ph.deputy = true // "former deputy president X": deputy's office, former holder
			} else if m != "" && (ph.modifier == "" || m == "late" && ph.modifier == "former" || m == "former" && interimModifier(ph.modifier)) {
				// "the late former president X" is dead: "late" is the
				// claim; "former acting president X" held the office
				// (acting) before: "former" is
				ph.modifier = m
			}
			ph.start, k = k, k-1
			continue
		}
		if ph.country == "" && !ph.party && p.partyPostTitle(th) {
			if st := p.partyOwner(k, th.e.filed); st >= 0 {
				ph.party, ph.start, k = true, st, st-1
				continue
			}
		}
		if skip, career := p.describingAdjective(k); skip && ph.country == "" {
			ph.start, k = k, k-1 // "Japan's longest-serving prime minister"
			ph.career = ph.career || career
			continue
		}
		g := p.foundEnding(k + 1)
		if g < 0 && th.e.group && ph.country == "" && skipped < 2 && p.toks[k].word() && p.toks[k].shape&shLower != 0 && p.cover[k] < 0 && !p.has(k, fStop|fLocPrep|fCue) {
			// "Hamas political bureau chief": a group's post may be qualified
			if nonStateQualifiers[p.lower(k)] {
				ph.foreign = true // "opposition leader": no post of the owner before it
				break
			}
			skipped++
			// a qualifier before "chief", "head", "commander" names the
			// body or field the post heads ("Iran's nuclear chief",
			// "Pakistan's spy chief"); before "leader" it may describe
			// the state's leader ("North Korea's young leader")
			bodyWord = bodyWord || p.has(k, fOrgCue)
			fieldWord = fieldWord || p.lower(th.j-1) != "leader"
			k--
			continue
		}
		if g >= 0 && (bodyWord || fieldWord) && p.isState(g) {
			ph.foreign = true // "US bank chief", "Israeli army chief": a body's post, not the state's leader
			break
		}
		if g < 0 && ph.country == "" && p.toks[k].poss && p.stateNoun(k) {
			ph.start = k // "the country's prime minister": the state the text is about, as a bare title's
			break
		}
		if g < 0 && ph.country == "" && p.toks[k].word() && (p.toks[k].poss || p.has(k, fOrgCue)) {
			ph.foreign = true // "the company's president", "club president": not a state's office
			break
		}
		if g < 0 && ph.country == "" && p.toks[k].word() && p.toks[k].cap() && p.cover[k] < 0 && !p.has(k, fStop|fModifier|fDate) && !p.toks[k].sentStart {
			// "Acme president": an owner the KB does not know; a weekday or
			// month opens the clause ("On Monday President X") and owns nothing
			ph.foreign = true
			break
		}
		if g < 0 && ph.country == "" && p.subNational(k, th.j) {
			ph.foreign = true // "Bavarian state premier", "regional president": a region's post
			break
		}
		if g < 0 || ph.country != "" {
			break
		}
		f := &p.found[g]
		switch {
		case p.isState(g):
			if h := p.foundEnding(f.i); h >= 0 && p.toks[f.i].gap == gapSpace && p.isState(h) && p.found[h].actor != f.actor {
				// "Bosnian Serb Prime Minister", "Turkish Cypriot leader",
				// "Kosovo Serb leader": a people of one state living in
				// another, whose post is its community's or entity's,
				// neither state's
				ph.foreign = true
				return ph
			}
			ph.country = countryCode(p.s.actors[f.actor])
			ph.how = "explicit"
			if f.how == hDemonym {
				ph.how = "adjective"
			}
		case p.isOrg(g) && f.actor >= 0 && th.e.office == kb.OfficeAmbassador && p.stateBefore(f.i) >= 0:
			// "Iranian UN Ambassador X", "Israel's UN ambassador X": the
			// state's ambassador to the body, as "ambassador to the UN"
			s := &p.found[p.stateBefore(f.i)]
			ph.host = p.ownerCode(p.s.actors[f.actor], kb.OfficeSecretaryGeneral)
			ph.country, ph.how = countryCode(p.s.actors[s.actor]), "explicit"
			if s.how == hDemonym {
				ph.how = "adjective"
			}
			if p.toks[s.j-1].poss {
				ph.how = "possessive"
			}
			ph.ownerStart, ph.start = s.i, s.i
			return ph
		case p.isOrg(g) && f.actor >= 0 && th.e.office == kb.OfficeAmbassador:
			// "UN Ambassador X": an ambassador to the body, of a state
			// the title does not name
			ph.host = p.ownerCode(p.s.actors[f.actor], kb.OfficeSecretaryGeneral)
			ph.ownerStart, ph.start = f.i, f.i
			return ph
		case f.typ == kOrganization && skipped > 0 && !bodyWord:
			// "U.N. peacekeeping chief", "U.N. human rights chief": a
			// qualified chief of a body heads one of its departments,
			// not the body (a group's "political bureau chief" is its
			// leader; "party chief" names the body itself)
			ph.foreign = true
			return ph
		case p.isOrg(g) && f.actor >= 0:
			ph.country = p.ownerCode(p.s.actors[f.actor], th.e.office)
			ph.how, ph.owner = "explicit", true
		default:
			if ph.country != "" {
				return ph
			}
			if c := p.leaderOwner(f, th); c != "" && p.toks[f.j-1].poss {
				// "Aliyev's foreign minister X": the sitting leader's
				// government is the title's state
				ph.country, ph.how = c, "possessive"
				ph.ownerStart, ph.start = f.i, f.i
				return ph
			}
			ph.foreign = true // a person's, a place's or an unknown body's post
			return ph
		}
		if p.toks[f.j-1].poss {
			ph.how = "possessive"
		}
		ph.ownerStart = f.i
		ph.start, k = f.i, f.i-1
	}
	return ph
}

// linkBySurname links a surname-only person mention ("Foreign Minister
// Abdollahian", "President Bush") to the one KB person of that surname
// who held the claimed office (on the article date, when it is known;
// of country, when the text gives the title's: "US President Bush");
// with none or several it stays unlinked, even when the article names
// another namesake in full ("President Clinton" in a story about Hillary
// Clinton). A name two KB people share ("Former Latvian President
// Andris Bērziņš", "Jordan's King Abdullah") is resolved the same way
// (see titleHolder). A title the text gives as held in the past (mod
// "former" or "late": "Sargsyan, 63, served two terms as president")
// first asks who had left the office by the date (see formerHolder).
func (p *proc) linkBySurname(f *found, office, country, mod string) {
	p.linkSpelling(f, office, country)
	// a one-word alias several people share ("Asad" for Hafez and
	// Bashar al-Assad) is read like a surname, also when resolvePersons
	// linked it (to the sitting leader): the title decides
	if !f.surname && len(f.persons) < 2 || len(f.persons) == 0 || p.s.kb == nil {
		return
	}
	if mod == "former" || mod == "late" {
		if pick := p.formerHolder(f, office, country); pick >= 0 {
			f.actor, f.how = pick, hShortForm
			return
		}
	}
	switch pick := p.titleHolder(f, office, country); {
	case pick >= 0:
		f.actor, f.how = pick, hShortForm
	case f.actor >= 0:
		f.actor, f.how = -1, hName
		f.key = "person:" + p.fold(f.i, f.j)
	}
}

// everHeld reports whether KB person a ever held an office with key
// office.
func (p *proc) everHeld(a int32, office string) bool {
	if a < 0 || p.s.kb == nil {
		return false
	}
	for _, r := range p.s.kb.RolesOf(p.s.actors[a].ID) {
		if strings.HasSuffix(r.Office, "."+office) {
			return true
		}
	}
	return false
}

// soleHolderCountry returns the one country whose office with key office
// KB person a held at some time, or "" when a held none or several.
func (p *proc) soleHolderCountry(a int32, office string) string {
	if a < 0 || p.s.kb == nil {
		return ""
	}
	c := ""
	for _, r := range p.s.kb.RolesOf(p.s.actors[a].ID) {
		if !strings.HasSuffix(r.Office, "."+office) {
			continue
		}
		rc := r.Office[:len(r.Office)-len(office)-1]
		if c != "" && c != rc {
			return ""
		}
		c = rc
	}
	return c
}

// apostrophe reports whether token k is an apostrophe or an ʻokina.
func (p *proc) apostrophe(k int) bool {
	switch p.word(k) {
	case "'", "‘", "’", "ʻ", "`":
		return true
	}
	return false
}

// heldOffice reports whether KB person a held an office with key office
// (on the article date, when it is known).
func (p *proc) heldOffice(a int32, office string) bool {
	if a < 0 || p.s.kb == nil {
		return false
	}
	id := p.s.actors[a].ID
	var roles []kb.Role
	if p.date.IsZero() {
		roles = p.s.kb.RolesOf(id)
	} else {
		roles = p.s.kb.RolesAt(id, p.date)
	}
	for _, r := range roles {
		if strings.HasSuffix(r.Office, "."+office) {
			return true
		}
	}
	return false
}

// rightOf extends a phrase over "-designate" and an "of X" / "to X"
// complement; it returns the token after the phrase.
func (p *proc) rightOf(ph *phrase) int {
	w := p.s.w
	r := ph.th.j
	if r < len(p.toks) && (p.is(r, w.designate) || p.is(r, w.elect)) && p.toks[r].gap <= gapSpace {
		ph.modifier = "designate"
		r++
	} else if r+1 < len(p.toks) && p.toks[r].gap == gapHyphen && p.toks[r+1].gap == gapHyphen && p.lower(r) == "in" && p.lower(r+1) == "waiting" {
		ph.modifier = "designate" // "Friedrich Merz, the chancellor-in-waiting,"
		r += 2
	}
	if r < len(p.toks) && (p.is(r, w.of) || p.is(r, w.to) || p.is(r, w.forw)) && p.joined(r) {
		k := r + 1
		if p.is(k, w.the) {
			k++
		}
		if g := p.foundAt(k); g >= 0 && ph.country == "" && !p.is(r, w.to) && p.partyPostTitle(ph.th) && p.partyOwner(p.found[g].j-1, ph.th.e.filed) == p.found[g].i {
			ph.party = true // "general secretary of the Communist Party"
			return p.found[g].j
		}
		if g := p.foundAt(k); g >= 0 && p.is(r, w.forw) && p.found[g].typ == kPlace {
			// "the State Department's top diplomat for the Middle East",
			// "Britain's minister for the Middle East": a region's
			// portfolio under the office, not the office itself
			ph.foreign = true
		} else if g < 0 && k < len(p.toks) && p.is(k-1, w.the) && p.toks[k].word() && p.toks[k].shape&shLower != 0 && ph.country == "" && !p.is(r, w.to) {
			ph.foreign = true // "president of the company"
		} else if g < 0 && k < len(p.toks) && p.toks[k].word() && p.toks[k].cap() && ph.country == "" && !p.is(r, w.to) && p.cover[k] < 0 && p.tcover[k] < 0 && !p.has(k, fDate) {
			ph.foreign = true // "president of Acme Corp": a body the stage does not know
		} else if g >= 0 && !p.is(r, w.to) && ph.country == "" && (p.found[g].actor < 0 || p.found[g].typ == kPerson) && !p.isState(g) {
			ph.foreign = true // "president of the United Federation of Teachers"
		} else if g >= 0 {
			f := &p.found[g]
			switch {
			case p.is(r, w.to) && ph.th.e.office == kb.OfficeAmbassador && f.actor >= 0:
				a := p.s.actors[f.actor]
				if p.isState(g) {
					ph.host = countryCode(a)
				} else if p.isOrg(g) {
					ph.host = p.ownerCode(a, kb.OfficeSecretaryGeneral)
				}
				r = f.j
			case p.isState(g) && !p.is(r, w.to) && ph.country == "" && p.toks[f.j-1].poss && f.j < len(p.toks) && p.toks[f.j].word() && p.toks[f.j].shape&shLower != 0:
				ph.foreign = true // "head of Niger's junta": the title is the body's, not the state's
			case p.isState(g) && !p.is(r, w.to) && ph.country == "":
				ph.country, ph.how = countryCode(p.s.actors[f.actor]), "explicit"
				r = f.j
			case p.isOrg(g) && !p.is(r, w.to) && ph.country == "" && p.bodyAfter(f.j):
				ph.foreign = true // "head of the U.N. nuclear agency": the agency's head, not the organisation's
			case p.isOrg(g) && f.actor >= 0 && !p.is(r, w.to) && ph.country == "":
				ph.country, ph.how, ph.owner = p.ownerCode(p.s.actors[f.actor], ph.th.e.office), "explicit", true
				r = f.j
			}
		}
	}
	return r
}

// buildClaims pairs titles with the person they name: "Iranian Foreign
// Minister Hossein Amir Abdollahian" (title before the name) and "Danny
// Ayalon, Israel's ambassador," (apposition after it).
func (p *proc) buildClaims() {
	p.keepStates = true
	defer p.forgetStates()
	p.officeAppositions()
	p.aliasTitleClaims()
	used := map[int]bool{}
	for ti, th := range p.titles {
		ph := p.leftOf(th)
		r := p.rightOf(&ph)
		// skip honorifics between the title and the name, and an
		// apostrophe opening it ("Prime Minister 'Akilisi Pohiva")
		q := r
		if q+1 < len(p.toks) && p.toks[q].gap <= gapSpace && p.apostrophe(q) && p.toks[q+1].gap == 0 && p.foundAt(q+1) >= 0 {
			q++
		}
		for q < len(p.toks) && p.has(q, fHonor) && p.toks[q].cap() && p.joined(q) && (p.cover[q] < 0 || p.found[p.cover[q]].typ == kNone) {
			q++
		}
		if th.e.upper && !p.toks[th.i].upper() {
			continue // "pm" is a time of day; "PM" a prime minister
		}
		if p.distributedTitle(ph, r) {
			used[ti] = true // "The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni"
			continue
		}
		if q == r {
			if open := p.glossOpen(ph.start, r); open >= 0 {
				q++ // "Bundeskanzler (Federal Chancellor) Olaf Scholz"
				ph.glossOpen = open + 1
			}
		}
		g := p.foundAt(q)
		inName := false
		if c := p.cover[th.i]; g < 0 && c >= 0 && p.found[c].i == th.i && p.found[c].j > th.j && p.found[c].typ == kPerson && !p.found[c].dead {
			g, q, inName = int(c), th.i, true // "King Salman": the KB writes the title inside the name
		}
		if g < 0 && p.is(q, p.s.w.comma) && q == r && (ph.country != "" || p.has(ph.start-1, fDet) && (p.toks[th.i].cap() || p.toks[ph.start].poss && p.stateNoun(ph.start))) {
			// "Iran's foreign minister, Hossein Amir-Abdollahian, said",
			// "The Secretary-General, António Guterres, said", "the
			// country's prime minister, Imran Khan, said"
			k := q + 1
			for k < len(p.toks) && p.has(k, fHonor) && p.toks[k].cap() && (p.cover[k] < 0 || p.found[p.cover[k]].typ == kNone) {
				k++ // "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,"
			}
			if h := p.foundAt(k); h >= 0 && p.found[h].typ == kPerson {
				e := p.found[h].j
				if e >= len(p.toks) || p.is(e, p.s.w.comma) || p.is(e, p.s.w.period) {
					g, q = h, k
				}
			}
		}

		if g < 0 || p.found[g].typ != kPerson || (!inName && !p.joined(q) && !p.is(q-1, p.s.w.comma)) || p.found[g].claim >= 0 {
			continue
		}
		// "King Abdullah II of Jordan": the country after the name
		if ph.country == "" {
			if _, c := p.ofState(p.found[g].j); c != "" {
				ph.country, ph.how = c, "explicit"
			}
		}
		if th.e.group && ph.country == "" && !ph.party || ph.foreign {
			continue // "leader", "chief" need their group; "Acme president" is not a state's
		}
		if th.e.office == kb.OfficeSpeaker && ph.country == "" && !p.toks[th.i].cap() {
			continue // "keynote speaker John Smith"
		}
		ph.end = r
		ph.inName = inName
		p.addClaim(ph, g, false)
		used[ti] = true
		p.coordTitlesBefore(g, ph.start, used)
		if th.e.plural && p.found[g].claim >= 0 {
			// "Foreign ministers Sergei Lavrov and Wang Yi": the claims
			// keep the plural title, no one person's mention takes it
			p.found[g].title = doc.Span{}
		}
		// "Presidents Joe Biden and Xi Jinping", "foreign ministers A, B
		// and C"; "Presidents A of Brazil and B of Argentina": each
		// name's own state after it
		start, postposed := p.ofState(p.found[g].j)
		for e := start; th.e.plural && e+1 < len(p.toks) && (p.is(e, p.s.w.and) || p.is(e, p.s.w.comma)); {
			k := e + 1
			if p.is(e, p.s.w.comma) && p.is(k, p.s.w.and) {
				k++
			}
			h := p.foundAt(k)
			if h < 0 || p.found[h].typ != kPerson || p.found[h].claim >= 0 {
				break
			}
			hp := ph
			e = p.found[h].j
			if postposed != "" {
				next, c := p.ofState(e)
				if c == "" {
					break // "Presidents A of Brazil and B": B's state is not written
				}
				hp.country, hp.how, e = c, "explicit", next
			}
			p.addClaim(hp, h, false)
			if p.found[h].claim >= 0 {
				p.found[h].title = doc.Span{}
			}
		}
	}
	// appositions: NAME, [the] [modifiers] [country] TITLE [of X] (,|.|;|end)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || !p.is(f.j, p.s.w.comma) {
			continue
		}
		// a person with a title before the name may have a second one
		// after it: "Defence Minister Taro Kono, a former prime
		// minister," (see addFurtherClaim)
		further := f.claim >= 0
		for ti := p.titleFrom(f.j + 1); ti < len(p.titles) && p.titles[ti].i <= f.j+7; ti++ {
			th := p.titles[ti]
			if used[ti] {
				continue
			}
			ph := p.leftOf(th)
			st, mod := p.appositionStart(f.j + 1)
			if ph.start != st {
				break
			}
			if mod == "" && f.i > 0 && p.lower(f.i-1) == "late" && p.toks[f.i].gap <= gapSpace {
				mod = "late" // "the late Shinzo Abe, Japan's longest-serving prime minister"
			}
			if ph.modifier == "" {
				ph.modifier = mod
			}
			r := p.rightOf(&ph)
			if th.e.group && ph.country == "" && !ph.party || ph.foreign {
				break // "Michael Mulgrew, president of the United Federation of Teachers"
			}
			if e, mod := p.appositionPeriod(r); e > r {
				r = e // "Taro Kono, foreign minister from 2017 to 2019,": the claim's own time
				if ph.modifier == "" {
					ph.modifier = mod
				}
			}
			if r < len(p.toks) {
				if !p.toks[r].word() {
					if p.is(r, p.s.w.lparen) {
						break
					}
				} else if p.toks[r].cap() || p.foundAt(r) >= 0 {
					break // a title before the next name
				}
			}
			ph.end = r
			if further {
				if th.e.office != p.claims[f.claim].Office {
					p.addFurtherClaim(ph, g, true)
				}
				used[ti] = true
				break
			}
			if ph.modifier == "former" && p.appointedLater(f) {
				break // "X, a former central bank governor, was sworn in as prime minister": the sentence claims the new post
			}
			p.addClaim(ph, g, true)
			used[ti] = true
			p.coordTitles(g, r, used)
			break
		}
	}
	p.relativeTitles(used)
	p.appointmentClaims(used)
}

// appointVerbs give their object (or passive subject) the title after
// them: "X was named prime minister", "Macron appointed X (as) foreign
// minister", "X became acting president", "X took over as president".
// The value is the claim's modifier when the verb makes the title one
// to come: an elected or nominated person is not in office yet.
var appointVerbs = map[string]string{
	"named": "", "appointed": "", "installed": "", "became": "", "becomes": "",
	"elected": "designate", "nominated": "designate", "chosen": "designate", "picked": "designate",
	// re-elected, re-appointed: the person holds the office already
	"re-elected": "", "reelected": "", "re-appointed": "", "reappointed": "",
}

// appointmentClaims reads a title an appointment verb gives a person as
// the person's role claim, the title written after the name: "Mohammed
// al-Bashir was named caretaker prime minister", "Macron named François
// Bayrou as prime minister", "Han Duck-soo became acting president",
// "X was sworn in as president", "X took over as foreign minister". A
// person with a claim already, or a title of a group with no owner
// ("was named party leader"), gets none.
func (p *proc) appointmentClaims(used map[int]bool) {
	if len(p.titles) == 0 {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.claim >= 0 || f.j+1 >= len(p.toks) {
			continue
		}
		k, mod, ok := p.appointedAt(f)
		if !ok {
			if k, mod, ok = p.appointedAfterAppositive(f); !ok {
				continue
			}
		}
		for ti := p.titleFrom(k); ti < len(p.titles) && p.titles[ti].i <= k+4; ti++ {
			th := p.titles[ti]
			if used[ti] {
				continue
			}
			ph := p.leftOf(th)
			if th.i == f.j && ph.foreign && ph.ownerStart < 0 {
				// "elected Nikol Pashinyan prime minister": the name
				// before the title is its holder, not its owner
				ph = phrase{start: th.i, end: th.j, th: th, ownerStart: -1}
			}
			st := k
			if p.has(st, fDet) {
				st++
			}
			// (the phrase may open with the verb itself when the
			// lexicon reads it as a modifier: "elected president")
			if ph.start < k-1 || ph.start > st || th.e.group && ph.country == "" || ph.foreign {
				break
			}
			ph.end = p.rightOf(&ph)
			if ph.foreign {
				break // "stepped down as president of the network"
			}
			if ph.modifier == "" {
				ph.modifier = mod
			}
			if e, m := p.appositionPeriod(ph.end); e > ph.end && m == "former" && ph.modifier == "former" {
				ph.end = e // "who served as foreign minister until 2018": the claim's own end
			}
			ph.career = false // "sworn in as Australia's 31st prime minister": the verb dates the title
			p.addClaim(ph, g, true)
			used[ti] = true
			break
		}
	}
}

// appointedLater reports whether an appointment verb after the
// apposition that follows person f gives f a title ("X, a former
// governor of the Bank of Canada, was sworn in as prime minister"): that
// title, not the former one, is the sentence's claim about f.
func (p *proc) appointedLater(f *found) bool {
	k, _, ok := p.appointedAfterAppositive(f)
	if !ok {
		return false
	}
	ti := p.titleFrom(k)
	return ti < len(p.titles) && p.titles[ti].i <= k+4
}

// appointedAt returns the token a title given to the person found f
// starts at: after "was/has been/had been named|appointed|elected …
// (as)", "became", "was sworn in as", "took over as" following the name,
// or after "named|appointed … (as)" before it ("Macron named X as prime
// minister"). The modifier is "designate" for a title still to come.
func (p *proc) appointedAt(f *found) (int, string, bool) {
	// the verbs are read as written: inside a sentence they are lower
	// case, and lowering every word after a name would cost more than
	// the rare capitalised one is worth
	low := func(k int) string {
		if k < 0 || k >= len(p.toks) || !p.toks[k].word() {
			return ""
		}
		return p.word(k)
	}
	as := func(k int) int {
		if low(k) == "to" {
			// "appointed X to remain as foreign minister", "named X to
			// serve as envoy", "asked X to stay on as minister"
			switch low(k + 1) {
			case "remain", "stay", "continue", "serve":
				j := k + 2
				if low(j) == "on" {
					j++
				}
				if low(j) == "as" {
					return j + 1
				}
			}
		}
		if low(k) == "as" {
			return k + 1
		}
		return k
	}
	k := f.j
	if p.is(k, p.s.w.comma) && p.is(k+1, p.s.w.who) {
		k += 2 // "Elisabeth Borne, who became prime minister in 2020"
	}
	if p.is(k, p.s.w.comma) && low(k+1) == "whose" && low(k+3) == "as" && leavingNoun(low(k+2)) {
		return k + 4, "former", true // "X, whose resignation as finance minister in December …"
	}
	switch low(k) {
	case "became", "becomes":
		return k + 1, "", true
	case "later":
		if low(k+1) == "became" {
			return k + 2, "", true // "X, who later became prime minister": held by now
		}
		return 0, "", false
	case "served", "serves":
		// "Donald Tusk, who served as president of the European
		// Council": a title held before, or now
		if low(k+1) == "as" {
			if low(k) == "served" {
				return k + 2, "former", true
			}
			return k + 2, "", true
		}
		if low(k) == "served" && low(k+3) == "as" && termNoun(low(k+2)) && p.toks[k+1].word() {
			return k + 4, "former", true // "Annan served two terms as secretary-general"
		}
		return 0, "", false
	case "stays", "stayed", "remains", "remained":
		// "Melanie Joly stays foreign minister": a title kept holds on
		// the date, as a plain title does; "remained president until
		// 1998" tells of a term that ended
		for e := k + 1; e < len(p.toks) && e < k+10 && p.toks[e].sent == p.toks[k].sent; e++ {
			if w := low(e); w == "until" || w == "till" {
				return 0, "", false
			}
		}
		if low(k+1) == "on" && low(k+2) == "as" {
			return k + 3, "", true // "Luigi Di Maio stays on as foreign minister"
		}
		return as(k + 1), "", true
	case "continues", "continued":
		if low(k+1) == "as" {
			return k + 2, "", true // "X continues as finance minister"
		}
		return 0, "", false
	case "resigned", "resigns", "quit", "quits", "stepped", "steps":
		return leftAs(low, k)
	case "took", "takes":
		if low(k+1) == "over" && low(k+2) == "as" {
			return k + 3, "", true
		}
		return 0, "", false
	case "was", "is", "has", "had", "will":
		k++
		if low(k) == "been" || low(k) == "be" {
			k++
		}
		if low(k) == "sworn" && low(k+1) == "in" && low(k+2) == "as" {
			return k + 3, "", true
		}
		if low(k) == "re" && k+1 < len(p.toks) && p.toks[k+1].gap == gapHyphen && (low(k+1) == "elected" || low(k+1) == "appointed") {
			return as(k + 2), "", true // "X was re-elected president": in office already
		}
		if mod, ok := appointVerbs[low(k)]; ok && low(k) != "became" && low(k) != "becomes" {
			if low(k-1) == "be" || low(k-2) == "will" {
				mod = "designate"
			}
			return as(k + 1), mod, true
		}
		return 0, "", false
	}
	// "Macron named X (as) prime minister": the object of the verb
	if mod, ok := appointVerbs[low(f.i-1)]; ok && low(f.i-1) != "became" && low(f.i-1) != "becomes" && low(f.i-1) != "elected" {
		return as(k), mod, true
	}
	if mod, ok := p.electedObject(f, low); ok {
		return as(k), mod, true // "Parliament elected (protest leader) X as prime minister"
	}
	return 0, "", false
}

// officeAppositions reads a body's name that is also the name of one of
// its KB offices, written in apposition with a person, as that person's
// title: "The UN High Commissioner for Refugees, Filippo Grandi, visited",
// "UN High Commissioner for Refugees Filippo Grandi visited" and "Filippo
// Grandi, the UN High Commissioner for Refugees, said". The
// name is then the office, not a mention of the body; the person gets
// the title and a role claim for the office.
func (p *proc) officeAppositions() {
	if p.s.kb == nil || len(p.s.officeAlias) == 0 {
		return
	}
	w := p.s.w
	closes := func(e int) bool { return e >= len(p.toks) || p.is(e, w.comma) || p.is(e, w.period) }
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !p.isOrg(g) || f.j-f.i < 2 || p.toks[f.j-1].poss {
			continue
		}
		h := -1
		if p.is(f.j, w.comma) {
			// "The UN High Commissioner for Refugees, Filippo Grandi,"
			if k := p.foundAt(f.j + 1); k >= 0 && p.found[k].typ == kPerson && closes(p.found[k].j) && (f.i == 0 || p.has(f.i-1, fDet) || p.toks[f.i].sentStart) {
				h = k
			}
		}
		if h < 0 && (f.i == 0 || p.has(f.i-1, fDet) || p.toks[f.i].sentStart) {
			// "UN High Commissioner for Refugees Antonio Guterres said":
			// the office's name written straight before the name
			if k := p.foundAt(f.j); k >= 0 && p.found[k].typ == kPerson {
				h = k
			}
		}
		if h < 0 && closes(f.j) && f.i >= 2 {
			// "Filippo Grandi, the UN High Commissioner for Refugees,"
			st := f.i - 1
			if p.has(st, fDet) {
				st--
			}
			if st >= 1 && p.is(st, w.comma) {
				if k := p.foundEnding(st); k >= 0 && p.found[k].typ == kPerson {
					h = k
				}
			}
		}
		if h < 0 || p.found[h].claim >= 0 || p.found[h].dead {
			continue
		}
		var buf [64]byte
		id, ok := p.s.officeAlias[string(p.foldInto(buf[:0], f.i, f.j))]
		if !ok {
			continue
		}
		o, ok := p.s.kb.Office(id)
		if !ok {
			continue
		}
		pf := &p.found[h]
		p.linkBySurname(pf, o.Key, o.Country, "")
		c := doc.RoleClaim{
			TitleSpan:  p.span(f.i, f.j),
			Office:     o.Key,
			Country:    o.Country,
			CountryHow: "explicit",
			PersonSpan: p.span(pf.i, pf.j),
			OfficeID:   o.ID,
			Mention:    -1,
		}
		c.Span = doc.Span{Start: p.toks[min(f.i, pf.i)].start, End: p.toks[max(f.j, pf.j)-1].end}
		c.Title = p.text[c.TitleSpan.Start:c.TitleSpan.End]
		c.Person = p.text[c.PersonSpan.Start:c.PersonSpan.End]
		pf.claim = len(p.claims)
		pf.title = c.TitleSpan
		p.claims = append(p.claims, c)
		p.cfound = append(p.cfound, h)
		f.dead = true
		p.foundChanged(g)
	}
}

// addClaim records the role claim of phrase ph about the person found g.
func (p *proc) addClaim(ph phrase, g int, appos bool) {
	f := &p.found[g]
	if r := ph.th.j; r < f.i && p.joined(r) && p.lower(r) == "general" && generalOfficer(p.lower(r-1)) {
		// "Belarus's Prosecutor General X": another post than the
		// title's first word names; shown whole, not checked
		f.title = p.span(ph.start, max(ph.end, r+1))
		return
	}
	e := ph.th.e
	office := e.office
	mod := ph.modifier
	if e.peer {
		if office = p.peerOffice(ph); office == "" {
			return
		}
	}
	if e.written && (ph.country == "" || ph.owner) {
		// "Chief Executive Tim Cook": a state's post only after its state,
		// or for a KB person who held that state's post ("Chief Executive
		// Abdullah Abdullah")
		c := ""
		if ph.country == "" && !ph.owner {
			c = p.soleHolderCountry(f.actor, office)
		}
		if c == "" {
			return
		}
		ph.country, ph.how = c, "person"
	}
	if e.only != "" && ph.country != e.only {
		if ph.country != "" && ph.ownerStart >= 0 {
			// "ECOWAS Commission President": another body's post of the
			// same name, shown, not checked
			f.title = p.span(ph.start, ph.end)
		}
		return // "managing director" is the IMF's post only after "IMF"
	}
	named := false
	var buf [64]byte // the keys below are asked on the stack
	if ph.ownerStart >= 0 && (ph.owner || ph.how == "adjective") {
		// "European Council President": the KB names the office with its
		// owner; "Yugoslav President", "Yugoslav Prime Minister": a state
		// whose adjective names an office apart from the title's own (the
		// federal posts of Yugoslavia, filed with Serbia, are not Serbia's)
		if id, ok := p.s.officeAlias[string(p.foldInto(buf[:0], ph.ownerStart, ph.th.j))]; ok {
			if o, ok := p.s.kb.Office(id); ok && (ph.owner || o.Country == ph.country) {
				ph.country, office, named = o.Country, o.Key, true
			}
		}
	} else if ph.owner && ph.end > ph.th.j {
		// "president of the European Council": the office's own name
		if id, ok := p.s.officeName[string(p.foldInto(buf[:0], ph.th.i, ph.end))]; ok {
			if o, ok := p.s.kb.Office(id); ok {
				ph.country, office, named = o.Country, o.Key, true
			}
		}
	}
	if e.named && !named {
		return // "Texas Governor X", "Central Bank of Nigeria Governor X": no post the KB names so
	}
	if (mod == "deputy" || ph.deputy) && e.deputy != "" {
		office = e.deputy
		if mod == "deputy" {
			mod = ""
		}
	}
	if office == kb.OfficeAmbassador && ph.host != "" {
		office = kb.OfficeAmbassadorPrefix + ph.host
	}
	if ph.owner && p.s.kb != nil && ph.country != "" && mod != "deputy" {
		// "Secretary-General of Hezbollah" (a group files its top post as
		// leader), "NATO chief" (the alliance's is secretary_general)
		if !p.s.hasOfficeID(ph.country, office) {
			for _, top := range []string{kb.OfficeSecretaryGeneral, kb.OfficeDirectorGeneral, kb.OfficeLeader, kb.OfficePresident} {
				if p.s.hasOfficeID(ph.country, top) && (e.owned || top == kb.OfficeLeader) {
					office = top
					break
				}
			}
		}
	}
	country, how := ph.country, ph.how
	if ph.owner && p.uncheckedPartyPost(country, office) {
		f.title = p.span(ph.start, ph.end) // "Labour leader": shown, not checked
		return
	}
	if ph.party {
		office = OfficeGeneralSecretary // "Communist Party chief To Lam"
	}
	if office == kb.OfficeLeader && !ph.owner && country != "" {
		// "North Korean leader Kim Jong Un": a state's leader is its
		// leader post where it has one, else its supreme leader or head of state
		office = kb.OfficeHeadOfState
		if p.s.kb != nil {
			for _, k := range []string{kb.OfficeLeader, kb.OfficeSupremeLeader} {
				if p.s.hasOfficeID(country, k) {
					office = k
					break
				}
			}
		}
	}
	p.linkBySurname(f, office, country, mod)
	if p.sharedName(f) {
		return // "King Abdullah" in 2010, both kings reigning: no one's claim
	}
	if e.consort && !p.heldOffice(f.actor, office) {
		return // "Queen Camilla": a consort holds no office
	}
	if country != "" && e.implied != "" && country != e.implied && !p.titleFiled(country, office, ph.th) {
		// "Indian Foreign Secretary Shivshankar Menon": a civil servant
		// where the state's minister is named otherwise; shown, not checked
		f.title = p.span(ph.start, ph.end)
		return
	}
	if country == "" && e.implied != "" {
		if p.impliedElsewhere(f, e.implied) {
			f.title = p.span(ph.start, ph.end) // shown, not checked against another state's office
			return
		}
		if !p.foreignHolder(f, e.implied) {
			country, how = e.implied, "title"
		} else if !p.hasOffice(p.s.actors[f.actor].Country, office) {
			return // "Defence Secretary Gotabaya Rajapaksa": Sri Lanka's post, not in the KB
		}
	}
	if country == "" {
		country, how = p.contextCountry(f, e.owned && !ph.party, office)
	}
	office = p.chancellorOffice(office, country)
	if ph.party && !p.hasOffice(country, office) && p.hasOffice(country, kb.OfficeLeader) && len(country) == 3 {
		office = kb.OfficeLeader // Cuba files its party's first secretary as its leader
	}
	if (e.filed || ph.party) && !p.hasOffice(country, office) || e.except != "" && country == e.except {
		f.title = p.span(ph.start, ph.end) // "TUC General Secretary": shown, not checked
		return
	}
	if ph.career && mod == "" || ph.unofficial {
		// "Ghana's first president Kwame Nkrumah", "Myanmar's de facto
		// leader Aung San Suu Kyi": shown, not checked
		f.title = p.span(ph.start, ph.end)
		return
	}
	if f.actor < 0 && country != "" {
		if id, ok := p.s.office(country, office); ok {
			p.linkNamedHolder(f, id, mod) // "Prime Minister Sharif" in 2014
		}
	}
	if ph.inName && f.actor >= 0 && how == "person" && !p.everHeld(f.actor, office) {
		return // "Sultan Hashim Ahmad al-Tai": the title word is the KB person's given name
	}
	if ph.inName && country != "" && how != "context" {
		p.relinkHolder(f, kb.OfficeID(country, office), ph.th.j)
	}
	c := doc.RoleClaim{
		TitleSpan:  p.span(ph.th.i, ph.end),
		Office:     office,
		Country:    country,
		CountryHow: how,
		Modifier:   mod,
		PersonSpan: p.span(f.i, f.j),
		Mention:    -1,
	}
	if !appos {
		c.Span = doc.Span{Start: p.toks[ph.start].start, End: p.toks[f.j-1].end}
		if ph.glossOpen > 0 {
			c.Span.Start = p.toks[ph.glossOpen-1].start // "(Federal Chancellor) Olaf Scholz"
		}
	} else {
		c.Span = doc.Span{Start: p.toks[f.i].start, End: p.toks[ph.end-1].end}
	}
	c.Title = p.text[c.TitleSpan.Start:c.TitleSpan.End]
	c.Person = p.text[c.PersonSpan.Start:c.PersonSpan.End]
	if country != "" {
		c.OfficeID, _ = p.s.office(country, office) // the KB's string
	}
	f.claim = len(p.claims)
	f.title = p.span(ph.start, ph.end)
	if appos {
		f.title = p.span(ph.th.i, ph.end)
	}
	p.claims = append(p.claims, c)
	p.cfound = append(p.cfound, g)
}

// contextCountry finds the country a title without one refers to: the
// linked person's own country, else the nearest state named in the same
// sentence, else the state the article names most.
func (p *proc) contextCountry(f *found, owned bool, office string) (string, string) {
	if !owned && f.actor >= 0 {
		if a := p.s.actors[f.actor]; a.Country != "" {
			return a.Country, "person"
		}
	}
	want := func(g int) bool {
		if owned {
			return p.isOrg(g) && p.found[g].actor >= 0
		}
		return p.isState(g)
	}
	code := func(g int) string {
		a := p.s.actors[p.found[g].actor]
		if owned {
			return p.ownerCode(a, office)
		}
		return countryCode(a)
	}
	sent := p.toks[f.i].sent
	best, bestD := -1, 1<<30
	count, inContent := map[string]int{}, map[string]int{}
	c := p.stateContext()
	if owned {
		c = nil
	}
	if c != nil {
		// the states of other sentences count when they qualify no
		// title; those of this sentence are read one by one below
		maps.Copy(count, c.count)
		for _, k := range c.sentence(int32(sent)) {
			if st := &c.states[k]; !st.owns {
				if count[st.code]--; count[st.code] == 0 {
					delete(count, st.code)
				}
			}
		}
	}
	for g := range p.found {
		if c != nil {
			break
		}
		h := &p.found[g]
		if h.dead || !want(g) {
			continue
		}
		if !owned {
			if q, ok := p.qualifiesTitle(g); ok && (q == office || p.toks[h.i].sent != sent) {
				// "He will meet German Finance Minister Y": the state
				// owns another title (in this sentence: a second holder
				// of the same office), not this one
				continue
			}
		}
		if !owned && p.toks[h.i].sent == sent && sent >= 0 && p.holderTarget(f, h) {
			continue // "President X ordered a blockade of Cuba": the target is not his state
		}
		if p.toks[h.i].sent == sent && sent >= 0 && p.reportedAfter(f, h) {
			inContent[code(g)]++ // "Foreign Minister X told PBS that two Americans …"
			continue
		}
		count[code(g)]++
		if p.toks[h.i].sent != sent || sent < 0 {
			continue
		}
		d := h.i - f.i
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = g, d
		}
	}
	if c != nil {
		for _, k := range c.sentence(int32(sent)) {
			st := &c.states[k]
			h := &p.found[st.g]
			if st.owns && st.title == office {
				continue // as in the loop above
			}
			if sent >= 0 && p.holderTarget(f, h) {
				continue
			}
			if sent >= 0 && p.reportedAfter(f, h) {
				inContent[st.code]++
				continue
			}
			count[st.code]++
			if sent < 0 {
				continue
			}
			d := h.i - f.i
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = int(st.g), d
			}
		}
	}
	if best >= 0 && !owned {
		if dl := p.bilateralDateline(f, code(best)); dl != "" {
			return dl, "context" // "WASHINGTON — The US and Cuba …, since President X"
		}
	}
	if best >= 0 {
		return code(best), "context"
	}
	if len(count) == 0 {
		count = inContent // the only states named are in the person's own words
	}
	dl := ""
	if !owned {
		dl = p.datelineCountry()
	}
	if dl != "" {
		count[dl]++ // "ATHENS — Finance Minister X": the story's home
	}
	if dl != "" && count[dl] > 0 {
		// the dateline's country is the story's home, whose officials
		// need no nationality ("TBILISI — … Foreign Minister X said",
		// with Russia named more often): it wins unless another state
		// is named more than twice as often
		for c, k := range count {
			if k > 2*count[dl] && c != dl {
				dl = ""
				break
			}
		}
		if dl != "" {
			return dl, "context"
		}
	}
	top, n := "", 0
	for c, k := range count {
		if k > n || (k == n && c < top) {
			top, n = c, k
		}
	}
	if top != "" {
		return top, "context"
	}
	return "", ""
}

// relinkHolder checks a person whose KB name holds the title ("King
// Abdullah" is the Saudi king's alias) against the office the text gives
// it ("Jordan's King Abdullah"): when the linked person never held that
// office, the mention links to the one holder whose name contains the
// words after the title, else to nobody.
func (p *proc) relinkHolder(f *found, officeID string, nameStart int) {
	if p.s.kb == nil || f.actor < 0 {
		return
	}
	for _, r := range p.s.kb.RolesOf(p.s.actors[f.actor].ID) {
		if r.Office == officeID {
			return
		}
	}
	f.actor = p.holderNamed(p.s.kb.Holders(officeID), p.fold(nameStart, f.j))
	if f.actor < 0 {
		f.how, f.key = hName, "person:"+p.fold(f.i, f.j)
	}
}

// appointedAfterAppositive is appointedAt past an apposition between
// the name and its verb: "Mark Carney, 59, was sworn in as prime
// minister", "X, a former central banker, was named …", "X, who led the
// central bank, became …". The apposition is an age, or opens with a
// determiner, "former" or a relative pronoun, holds no person's name and
// closes with a comma within 16 tokens of the sentence.
func (p *proc) appointedAfterAppositive(f *found) (int, string, bool) {
	if !p.is(f.j, p.s.w.comma) || f.j+2 >= len(p.toks) {
		return 0, "", false
	}
	k := f.j + 1
	switch w := p.word(k); {
	case p.toks[k].shape&shDigit != 0, p.has(k, fDet), w == "former", w == "who", w == "whose":
	default:
		return 0, "", false
	}
	sent := p.toks[f.i].sent
	for e := k + 1; e < len(p.toks) && e < k+16 && p.toks[e].sent == sent; e++ {
		if c := p.cover[e]; c >= 0 && p.found[c].typ == kPerson {
			return 0, "", false // "X, Y and Z were named": a list, no apposition
		}
		if !p.is(e, p.s.w.comma) {
			continue
		}
		ff := *f
		ff.j = e + 1 // read the verb after the closing comma as if it followed the name
		if p.is(ff.j, p.s.w.who) || p.is(ff.j, p.s.w.comma) {
			return 0, "", false
		}
		return p.appointedAt(&ff)
	}
	return 0, "", false
}

// qualifiesTitle reports the office of the title state found g owns as
// its written owner ("German" in "German Finance Minister Y", "Iran's"
// in "Iran's foreign minister").
func (p *proc) qualifiesTitle(g int) (string, bool) {
	f := &p.found[g]
	for ti := p.titleFrom(f.j); ti < len(p.titles) && p.titles[ti].i <= f.j+3; ti++ {
		th := p.titles[ti]
		if ph := p.leftOf(th); ph.ownerStart == f.i {
			return th.e.office, true
		}
	}
	return "", false
}

// datelineFound returns the index of the earliest live found that
// reads as a dateline: all capitals at the start of a sentence, followed
// by a comma, a bracket or a dash ("TEHRAN —", "SAN PEDRO SULA,"), and
// accepted by ok; -1 when there is none.
func (p *proc) datelineFound(ok func(f *found) bool) int {
	dl := -1
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j >= len(p.toks) || !p.toks[f.i].sentStart || !p.allUpper(f.i, f.j) || !ok(f) {
			continue
		}
		switch p.word(f.j) {
		case ",", "(", "-", "–", "—":
			if dl < 0 || f.i < p.found[dl].i {
				dl = g
			}
		}
	}
	return dl
}

// datelineCountry returns the country of the article's dateline: the
// capitals place or state opening one of the first sentences before a
// comma, bracket or dash ("ATHENS —", "SHARM EL-SHEIKH, Egypt (Reuters)
// -"), by its KB entry or the state written after its comma; "" when
// there is none.
func (p *proc) datelineCountry() string {
	if p.stateCtx != nil {
		return p.stateCtx.dl
	}
	dl := p.datelineFound(func(f *found) bool {
		return p.toks[f.i].sent <= 2 && (f.typ == kPlace || f.typ == kCountry)
	})
	if dl < 0 {
		return ""
	}
	f := &p.found[dl]
	if f.actor >= 0 {
		if p.isState(dl) {
			return countryCode(p.s.actors[f.actor])
		}
		if c := p.s.actors[f.actor].Country; len(c) == 3 {
			return c
		}
	}
	if p.is(f.j, p.s.w.comma) {
		if h := p.foundAt(f.j + 1); h >= 0 && p.isState(h) {
			return countryCode(p.s.actors[p.found[h].actor])
		}
	}
	if f.actor < 0 && f.typ == kPlace && p.s.gaz != nil {
		// "KHUJAND —", "GOMA —": a town the KB does not hold, whose
		// every gazetteer entry lies in one country
		return oneCountry(p.s.gaz.Lookup(p.text[p.toks[f.i].start:p.toks[f.j-1].end]))
	}
	return ""
}

// oneCountry returns the country all of the gazetteer's entries lie in,
// or "" when there are none or they lie in several ("Tripoli").
func oneCountry(es []geo.Entry) string {
	c := ""
	for _, e := range es {
		if len(e.Country) != 3 || c != "" && e.Country != c {
			return ""
		}
		c = e.Country
	}
	return c
}

// subNational reports whether token k, written right before a title,
// makes it a region's post, not the state's: "regional president",
// "state premier", "provincial governor", or an adjective of a region the
// KB does not know opening the sentence ("Bavarian premier" after a
// dateline; inside a sentence leftOf reads such a word as an unknown
// owner already), unless the name after the title at token name is a KB
// person's ("Korean President Moon Jae-in": the person's state).
func (p *proc) subNational(k, name int) bool {
	if !p.toks[k].word() || p.cover[k] >= 0 {
		return false
	}
	w := p.word(k)
	if len(w) < 5 {
		return false
	}
	switch w {
	case "regional", "provincial", "municipal", "territorial", "cantonal", "county", "district", "local",
		"Regional", "Provincial", "Municipal", "Territorial", "Cantonal", "County", "District", "Local":
		return true
	case "state":
		return true // not "State President", South Africa's old head of state
	}
	if !p.toks[k].sentStart || !p.toks[k].cap() || len(w) < 6 || p.has(k, fStop|fModifier) || partyName(w) {
		return false
	}
	if g := p.foundAt(name); g >= 0 && p.found[g].actor >= 0 && p.found[g].typ == kPerson {
		return false
	}
	for _, suf := range []string{"ian", "an", "ese", "ish"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// leavingNoun reports whether w names a holder's leaving office
// ("resignation", "ouster"): "X, whose resignation as finance minister
// …" tells that X held the post before.
func leavingNoun(w string) bool {
	switch w {
	case "resignation", "departure", "ouster", "removal", "dismissal", "sacking", "firing", "exit", "impeachment":
		return true
	}
	return false
}

// termNoun reports whether w counts the time a post was held ("served
// two terms as", "served six years as").
func termNoun(w string) bool {
	switch w {
	case "terms", "term", "years", "months", "stints", "stint":
		return true
	}
	return false
}

// glossOpen returns the token of the bracket that opens a few words
// before token start when the title phrase from start up to token r is
// written in brackets that close at r: a translation glossing the
// foreign title before it ("Bundeskanzler (Federal Chancellor) Olaf
// Scholz"), which names the person after the bracket as the title
// itself would. Else -1.
func (p *proc) glossOpen(start, r int) int {
	if r+1 >= len(p.toks) || p.word(r) != ")" || p.toks[r].gap != gapNone || p.toks[r+1].gap != gapSpace || !p.toks[r+1].cap() {
		return -1
	}
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if p.word(k) == "(" {
			if p.toks[k+1].gap == gapNone {
				return k
			}
			return -1
		}
		if !p.toks[k].word() || p.toks[k].gap > gapSpace {
			return -1
		}
	}
	return -1
}

// deputyTitle reports whether title e names a deputy's post ("vice
// president", "deputy prime minister"): an ordinal before it ("first
// vice president") is part of the office, not a rank in its history.
func deputyTitle(e *titleEntry) bool {
	return strings.HasPrefix(e.words, "vice ") || strings.HasPrefix(e.words, "deputy ")
}

// peerOffice returns the office a "counterpart" title phrase ph names:
// that of the last role claim before it in its sentence ("Chinese
// Foreign Minister X met his Indian counterpart Y"), when ph writes a
// state other than that claim's; "" otherwise (no claim before it, no
// state written, the same state, or a sentence or clause break
// between). A leader's counterpart is no office: news calls a prime
// minister the counterpart of a president ("Modi and his Chinese
// counterpart Xi Jinping"), and an ambassador's is posted elsewhere.
func (p *proc) peerOffice(ph phrase) string {
	if ph.country == "" || ph.owner || len(p.claims) == 0 {
		return ""
	}
	at := p.toks[ph.start].start
	for i := len(p.claims) - 1; i >= 0; i-- {
		c := &p.claims[i]
		if c.Span.End > at {
			continue
		}
		if c.Country == "" || c.Country == ph.country || c.Modifier != "" || leaderOffices[c.Office] || strings.HasPrefix(c.Office, kb.OfficeAmbassador) || strings.ContainsAny(p.text[c.Span.End:at], ".;!?") {
			return ""
		}
		return c.Office
	}
	return ""
}

// leaderOffices are the top posts of a state or body, whose
// "counterpart" in another may hold another of them (peerOffice).
var leaderOffices = map[string]bool{
	kb.OfficePresident: true, kb.OfficePrimeMinister: true, kb.OfficeChancellor: true, kb.OfficeMonarch: true,
	kb.OfficeHeadOfState: true, kb.OfficeHeadOfGovernment: true, kb.OfficeLeader: true, kb.OfficeSupremeLeader: true,
	OfficeGeneralSecretary: true, kb.OfficeSecretaryGeneral: true, kb.OfficeDirectorGeneral: true, kb.OfficeCrownPrince: true,
}

// ofState returns, when token e opens "of [the] STATE" ("of Brazil"),
// the token after the state and its code; else e and "". A possessive
// state owns the noun after it, not the title before ("assured
// President X of Italy's support").
func (p *proc) ofState(e int) (int, string) {
	if !p.is(e, p.s.w.of) {
		return e, ""
	}
	k := e + 1
	if p.is(k, p.s.w.the) {
		k++
	}
	if h := p.foundAt(k); h >= 0 && p.isState(h) && !p.toks[p.found[h].j-1].poss {
		return p.found[h].j, countryCode(p.s.actors[p.found[h].actor])
	}
	return e, ""
}

// orgBodyHeads are the nouns of a body an organisation runs, written
// after its name and a lower-case word or two ("the U.N. nuclear
// agency", "the U.N. refugee agency", "the African Union peace and
// security council").
var orgBodyHeads = wordset.Of("agency watchdog body office programme program mission commission fund court tribunal panel council committee force operation department")

// bodyAfter reports whether the words from token j, right after an
// organisation's name, name one of its bodies: up to three lower-case
// words ending in a body noun (orgBodyHeads). A title of that body
// ("head of the U.N. nuclear agency") is the body's, not the
// organisation's.
func (p *proc) bodyAfter(j int) bool {
	for k := j; k < len(p.toks) && k < j+3 && p.joined(k) && p.toks[k].word() && p.toks[k].shape&shLower != 0 && !p.toks[k].cap(); k++ {
		if orgBodyHeads.Has(p.lower(k)) {
			return true
		}
	}
	return false
}
