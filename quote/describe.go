package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Descriptions ("the ministry", "the official", "the Nigerian army")
// name a speaker by what it is. resolveDescription links one to the most
// recent compatible speaker (or, with the mentions layer, mention); a
// description that names an institution on its own ("the interior
// ministry", "South Africa's health department") and matches no one
// earlier is kept as written, linked to a KB entity when a mention
// inside it has one; anything else is unresolved rather than guessed.

// genericModifiers say nothing about which speaker a description means
// ("the same official", "the country's foreign ministry").
var genericModifiers = setOf(`the a an this that these those its his her their our same
	new top senior current incumbent sitting veteran longtime long-time powerful influential embattled
	outspoken country's nation's state's government's country’s nation’s`)

// institutionHeads are heads of descriptions that name an institution
// when they carry a modifier of their own ("the interior ministry",
// "the Colombian army", "the central bank").
var institutionHeads = setOf(`ministry agency department office government administration
	embassy army military navy police forces network party council committee commission
	court union alliance movement militia authority authorities bank parliament senate
	assembly service services company firm group organisation organization regulator
	board bureau secretariat presidency cabinet junta coalition campaign newspaper
	broadcaster paramilitary force guard corps command palace`)

// headSynonyms are heads that describe the same kind of speaker.
var headSynonyms = map[string][]string{
	"army":         {"military", "forces", "army"},
	"military":     {"army", "forces", "military"},
	"spokesman":    {"spokeswoman", "spokesperson", "spokesman"},
	"spokeswoman":  {"spokesman", "spokesperson", "spokeswoman"},
	"spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
	"group":        {"group", "movement", "front", "militia", "brigades", "organisation", "organization"},
	"militia":      {"militia", "group"},
	"organisation": {"organisation", "organization"},
	// "the agency" after "the World Health Organization", "the Food
	// and Drug Administration", "the National Weather Service"
	"agency":         {"agency", "organisation", "organization", "administration", "service", "commission", "bureau"},
	"organization":   {"organisation", "organization"},
	"administration": {"administration", "government"},
	"judge":          {"judge", "justice"},
	"justice":        {"judge", "justice"},
	// "the Ukrainian leader" after "Ukrainian Prime Minister Denys
	// Shmyhal": a head of state, government or movement
	"leader":  {"leader", "president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "chairman", "ayatollah"},
	"premier": {"premier", "prime"},
}

// groupHeads are plural heads of descriptions that may refer to
// coordinated speakers ("the two leaders", "both countries").
var groupHeads = setOf(`leaders sides countries nations governments allies partners
	neighbours neighbors men women officials ministers presidents senators lawmakers
	juntas regimes states`)

// companyHeads are heads of descriptions of a company ("the company
// said", "the carmaker added").
var companyHeads = setOf(`company firm airline carrier automaker carmaker lender insurer
	retailer manufacturer maker giant conglomerate operator producer supplier`)

// companySuffixes end the names of companies ("Boeing Co", "China
// Eastern Airlines", "General Motors").
var companySuffixes = setOf(`inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa nv
	se gmbh holdings group airlines airways motors industries technologies systems
	petroleum energy pharmaceuticals telecom communications`)

// companyName reports whether a name ends like a company's.
func companyName(name string) bool {
	return companySuffixes.Has(lastWord(name))
}

// officialTitles are title words of people a description "the official"
// may refer to.
var officialTitles = setOf(`minister secretary spokesman spokeswoman spokesperson commissioner
	director ambassador envoy governor chief head officer official adviser advisor mayor
	general commander deputy president premier chancellor senator administrator
	coordinator representative negotiator prosecutor attorney`)

// resolveDescription resolves the description [a,b) with head noun at
// token h ("the minister", "the interior ministry") to the most recent
// compatible speaker: one whose title or name holds the head (or a word
// of its kind) and every modifier of the description. A description
// resolved to an unnamed source stays unnamed.
func (f *finder) resolveDescription(a, b, h int) doc.Speaker {
	sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
	f.noteRef(sp, ref{a: a, b: b, h: h})
	head := f.t[h].w
	if mediumNouns.Has(head) || documentNouns.Has(head) {
		// "…, X said in a joint statement. … the statement said": the
		// author of the statement reported before
		if spk, ok := f.authorOf(head, sp.Start); ok {
			spk.Span = sp
			return spk
		}
		if spk, ok := f.documentAuthor(head, a, sp); ok {
			return spk // "X, in a sermon, urged … . the sermon said"
		}
		if spk, ok := f.adjacentAuthor(h, sp); ok && h == b-1 {
			return spk // "X said … . "…," the statement read"
		}
	}
	if g := possessivePronounGender[f.t[a].w]; g != "" && representativeHeads.Has(head) && f.possessor(a, g).Name != "" {
		// "Guterres condemned the detentions, his spokesman said": the
		// spokesman of the person the sentence names, not an earlier
		// speaker who was someone else's spokesman
		if spk, ok := f.possessedBody(a, b, h, sp); ok {
			return spk
		}
	}
	if titleWords.Has(head) {
		if spk, ok := f.newHolder(a, h, sp); ok {
			return spk // "the new president": who was just sworn in
		}
	}
	if blocHeads.Has(head) && h == b-1 {
		if k, ok := f.lastBody(sp.Start); ok {
			return f.mentionSpeaker(k, sp) // "… leave ECOWAS. The bloc said"
		}
	}
	var modBuf [6]string
	mods := f.modifiers(a, h, modBuf[:0])
	for k := len(f.history) - 1; k >= 0; k-- {
		c := f.history[k]
		if c.Span.Start < sp.Start-doc.Lookback {
			break
		}
		if f.isGroup(c) {
			// "Merz and Macron said … the two leaders added": a plural
			// description is the group; "the chancellor" is one of
			// them, not both
			if stem, plural := strings.CutSuffix(head, "s"); plural && (groupHeads.Has(head) || containsWord(c.Name, stem)) {
				return doc.Speaker{Kind: KindDescription, Name: c.Name, Span: sp, Mention: -1}
			}
			continue
		}
		if head == "source" && a+1 == h && f.t[a].w == "the" && c.Kind == KindUnnamed && onePerson(c.Name, "") {
			// "A senior member of the party told Reuters … . "…," the
			// source said": the one person who spoke unnamed
			return doc.Speaker{Kind: KindUnnamed, Name: c.Name, Span: sp, Mention: c.Mention}
		}
		if f.compatible(c.Title, c.Name, c.Mention, head, mods) {
			kind := KindDescription
			if c.Kind == KindUnnamed {
				kind = KindUnnamed
			}
			spk := doc.Speaker{Kind: kind, Name: c.Name, Entity: c.Entity, Title: c.Title, Span: sp, Mention: c.Mention}
			if kind == KindUnnamed || head == "official" {
				return spk // "the official" goes back to the source that spoke
			}
			// a person with the title named after this speaker and
			// before the description is nearer: "President Biden said
			// … French President Emmanuel Macron arrived … the
			// president said" is Macron
			if n, ok := f.nearerTitled(a, c, head, mods); ok {
				n.Kind, n.Span = KindDescription, sp
				return n
			}
			return spk
		}
	}
	if c, ok := f.listedSpeaker(h); ok {
		// "The military governments of Mali, Burkina Faso and Niger
		// said … the three juntas said": the speakers listed before
		return doc.Speaker{Kind: KindDescription, Name: c.Name, Entity: c.Entity, Span: sp, Mention: -1}
	}
	if f.mentions {
		// the mentions are in text order: those starting after the
		// description end after its start
		last := sort.Search(len(f.d.Mentions), func(k int) bool { return f.d.Mentions[k].Span.Start > sp.Start })
		for k := last - 1; k >= 0; k-- {
			m := &f.d.Mentions[k]
			if m.Span.Start < sp.Start-doc.Lookback {
				break
			}
			if m.Span.End > sp.Start {
				continue
			}
			if f.compatible(m.Title, m.Text, k, head, mods) {
				return f.mentionSpeaker(k, sp)
			}
			if t := f.asTitle(m); t != "" && f.compatible(t, "", k, head, mods) {
				// "appointed Prime Minister X as acting president
				// … The acting president asked"
				return f.mentionSpeaker(k, sp)
			}
			if m.Type == doc.TypePerson && f.appositiveHolds(m.Span.End, sp.Start, head, mods) {
				// "Jorge Ramos, an opposition lawmaker from Arequipa,
				// disagreed. … the lawmaker told reporters"
				return f.mentionSpeaker(k, sp)
			}
		}
	} else if spk, ok := f.titledName(a, head, mods); ok {
		spk.Kind, spk.Span, spk.Mention = KindDescription, sp, -1
		return spk
	}
	if spk, ok := f.officeHolder(head, mods, sp); ok {
		return spk // "Rishi Sunak met … The prime minister said"
	}
	if spk, ok := f.soleHolder(a, b, sp); ok {
		return spk // "the French president told reporters": the KB's holder that day
	}
	if companyHeads.Has(head) && len(mods) == 0 && !f.mentions {
		// "China Eastern Airlines signed … The company said"
		if spk, ok := f.earlierCompany(a); ok {
			spk.Span = sp
			return spk
		}
	}
	if institutionHeads.Has(head) {
		// "The Philippine foreign ministry summoned the ambassador. …
		// the ministry said": an institution named before, not as a
		// speaker
		if spk, ok := f.earlierInstitution(a, h, head, mods); ok {
			spk.Span = sp
			return spk
		}
	}
	ofTail := h+1 < b && f.isWord(h+1, "of")
	selfNamed := institutionHeads.Has(head) && (len(mods) > 0 || f.properPossessive(a, h)) ||
		possessedGroups.Has(head) && f.properPossessive(a, h) || // "Clinton's team"
		titleWords.Has(head) && !unnamedHeads.Has(head) && f.properPossessive(a, h) // "Thailand's army chief"
	if selfNamed && (h == b-1 || ofTail) {
		// "the interior ministry", "South Africa's health department":
		// kept as written
		spk := doc.Speaker{Kind: KindDescription, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}
		f.linkHead(&spk)
		return spk
	}
	if h == b-1 && pluralPeople(head) {
		// "the rebels", "the protesters": a group of people no one
		// names, like "rebels said"
		return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}
	}
	if head == "government" && len(mods) == 0 && h == b-1 {
		// "the government said" in an article that names one country
		// only: that country's government (or, naming several, the
		// country its opening words name: "BUCHAREST - Romania's court
		// …")
		k, ok := f.soleCountry()
		if !ok {
			k, ok = f.leadCountry()
		}
		if ok {
			m := &f.d.Mentions[k]
			name := m.Text
			if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
				name = f.d.Entities[m.Entity].Name
			}
			return doc.Speaker{Kind: KindDescription, Name: "Government of " + name, Entity: m.KBID, Span: sp, Mention: -1}
		}
	}
	if (head == "military" || head == "army") && len(mods) == 0 && h == b-1 {
		// "the military said in a statement" in an article that names
		// one country only, or that its opening words name ("BANGKOK -
		// Thailand's army chief …"): that country's armed forces
		k, ok := f.soleCountry()
		if !ok {
			k, ok = f.leadCountry()
		}
		if ok {
			m := &f.d.Mentions[k]
			name := m.Text
			if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
				name = f.d.Entities[m.Entity].Name
			}
			return doc.Speaker{Kind: KindDescription, Name: "Armed forces of " + name, Entity: m.KBID, Span: sp, Mention: -1}
		}
	}
	if spk, ok := f.possessedBody(a, b, h, sp); ok {
		return spk // "his foundation said": Kofi Annan's foundation
	}
	spk := doc.Speaker{Kind: KindUnresolved, Span: sp, Mention: -1}
	if len(mods) > 0 && !mediumNouns.Has(head) && !documentNouns.Has(head) && (descHeads.Has(head) || isTitleWord(head) || personNoun(head)) && (f.opensClause(a, a) || a > 0 && f.t[a-1].report) {
		// "The British ambassador": no one it refers to, but the words
		// say who speaks; the name is the description as written and
		// the speaker stays unresolved (and is no antecedent). Only a
		// whole noun phrase, opening its clause or after its cue, not
		// a piece of a longer name.
		spk.Name = f.text[sp.Start:sp.End]
	}
	if h == b-1 && (pluralInstitution(head) || institutionHeads.Has(head)) && (f.opensClause(a, a) || a > 0 && f.t[a-1].report) {
		// "The agencies said", "the ministry said" with no body named
		// before: none resolved; the words say who speaks
		spk.Name = f.text[sp.Start:sp.End]
	}
	return spk
}

// representativeHeads are nouns of a person who speaks or acts for
// another: "his spokesman" is the spokesman of the person its sentence
// names (see possessor).
var representativeHeads = setOf(`spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney`)

// pluralInstitution reports whether head is the plural of an
// institution's head ("agencies", "ministries", "unions").
func pluralInstitution(head string) bool {
	if stem, ok := strings.CutSuffix(head, "ies"); ok {
		return institutionHeads.Has(stem + "y")
	}
	stem, ok := strings.CutSuffix(head, "s")
	return ok && institutionHeads.Has(stem)
}

// soleCountry returns a mention of the one country the article names
// (by name or demonym, linked to the KB), or false when it names none
// or several. It is worked out once per document.
func (f *finder) soleCountry() (int, bool) {
	if !f.mentions {
		return -1, false
	}
	if !f.countryDone {
		f.countryDone, f.country = true, -1
		for i := range f.d.Mentions {
			m := &f.d.Mentions[i]
			if m.Type != doc.TypeCountry || m.KBID == "" {
				continue
			}
			if f.country < 0 {
				f.country = i
			} else if f.d.Mentions[f.country].KBID != m.KBID {
				f.country = -1 // several
				break
			}
		}
	}
	return f.country, f.country >= 0
}

// leadWindow is how far into the text, in bytes, the lead country's
// first mention may start: the dateline and the opening clause.
const leadWindow = 200

// leadCountry returns the first mention of a KB country when it starts
// in the article's opening words (leadWindow bytes) and no other country
// does: the country a
// report opening "LA PAZ, Bolivia —" or "BUCHAREST - Romania's court"
// is about, whose government "the government" names when the article
// names other countries later.
func (f *finder) leadCountry() (int, bool) {
	if !f.mentions {
		return -1, false
	}
	lead := -1
	for i := range f.d.Mentions {
		m := &f.d.Mentions[i]
		if m.Span.Start >= leadWindow {
			break
		}
		if m.Type != doc.TypeCountry || m.KBID == "" {
			continue
		}
		if lead < 0 {
			lead = i
		} else if f.d.Mentions[lead].KBID != m.KBID {
			return -1, false // "Chile and Peru signed a deal": no one country
		}
	}
	return lead, lead >= 0
}

// authorOf finds the speaker of the latest quote before offset at whose
// cue is followed, within a few words, by the medium or document noun
// head ("said in a joint statement", "wrote in a letter"), and returns
// that speaker as a description.
func (f *finder) authorOf(head string, at int) (doc.Speaker, bool) {
	for k := len(f.out) - 1; k >= 0; k-- {
		q := &f.out[k]
		if q.CueSpan.End > at || q.Speaker.Kind == KindUnresolved || q.Speaker.Name == "" {
			continue
		}
		i := f.tokAt(q.CueSpan.End, 0)
		for n := 0; i < len(f.t) && n < 6 && f.t[i].s < at; i, n = i+1, n+1 {
			if w := f.t[i].w; f.t[i].kind == tWord && (w == head || isPluralOf(w, head)) {
				spk := q.Speaker
				if spk.Kind == KindNamed || spk.Kind == KindPronoun {
					spk.Kind = KindDescription
				}
				return spk, true
			}
		}
		if at-q.CueSpan.End > 2000 {
			break
		}
	}
	return doc.Speaker{}, false
}

// isPluralOf reports whether w == head+"s", without building head+"s".
func isPluralOf(w, head string) bool {
	return len(w) == len(head)+1 && w[len(head)] == 's' && w[:len(head)] == head
}

// mentionSpeaker returns mention k as the speaker of a description
// written at sp.
func (f *finder) mentionSpeaker(k int, sp doc.Span) doc.Speaker {
	m := &f.d.Mentions[k]
	name := m.Text
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		name = f.d.Entities[m.Entity].Name
	}
	return doc.Speaker{Kind: KindDescription, Name: name, Entity: m.KBID, Title: m.Title, Span: sp, Mention: k}
}

// appositiveHolds reports whether the text at end, right after a
// person's name, is an appositive opened by "a" or "an" that holds head
// and every modifier in mods as words before its closing comma or full
// stop, all before limit, where the description being resolved starts
// ("…, an opposition lawmaker from Arequipa, …"): a description that
// does not become a title (its head is no office noun) still names the
// person for a later "the lawmaker said". The description itself right
// after a name ("led by X, the companies announced") is no appositive.
func (f *finder) appositiveHolds(end, limit int, head string, mods []string) bool {
	if end >= limit {
		return false
	}
	rest, ok := strings.CutPrefix(f.text[end:limit], ", ")
	if !ok {
		return false
	}
	// "a"/"an" only: ", the ministry said" after a name opens a clause
	// of its own far more often than it describes the name
	art, rest, _ := strings.Cut(rest, " ")
	if art != "a" && art != "an" {
		return false
	}
	found, seen := false, 0
	for n := 0; n < 10 && rest != ""; n++ {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		stop := strings.IndexAny(w, ",.;:")
		if stop >= 0 {
			w = w[:stop]
		}
		if strings.EqualFold(w, head) {
			found = true
		}
		for _, m := range mods {
			if strings.EqualFold(w, m) {
				seen++
			}
		}
		if stop >= 0 {
			return found && seen >= len(mods)
		}
	}
	return false
}

// nearerTitled finds a person written with a title that fits the
// description (head and mods) after speaker c was referred to and before
// token a: a person mention, or without the mentions layer a titled
// name. The same person as c is not nearer.
func (f *finder) nearerTitled(a int, c doc.Speaker, head string, mods []string) (doc.Speaker, bool) {
	if !titleWords.Has(head) || c.Span.End <= c.Span.Start {
		return doc.Speaker{}, false
	}
	from := c.Span.End
	if !f.mentions {
		n, ok := f.titledName(a, head, mods)
		if !ok || n.Span.Start < from || n.Name == c.Name {
			return doc.Speaker{}, false
		}
		return n, true
	}
	for k := f.mentionsFrom(f.t[a].s) - 1; k >= 0; k-- {
		m := &f.d.Mentions[k]
		if m.Span.Start < from {
			break
		}
		if m.Span.End > f.t[a].s || m.Type != doc.TypePerson || f.inQuote(m.Span.Start) || !f.compatible(m.Title, m.Text, k, head, mods) {
			continue // not a person the speaker's report names ("she had discussed it with U.S. President Donald Trump")
		}
		if m.KBID != "" && m.KBID == c.Entity || c.Mention >= 0 && c.Mention < len(f.d.Mentions) && m.Entity >= 0 && f.d.Mentions[c.Mention].Entity == m.Entity {
			return doc.Speaker{}, false
		}
		return f.mentionSpeaker(k, doc.Span{}), true
	}
	return doc.Speaker{}, false
}

// yearsOld reports whether w is an age used as a noun ("72-year-old").
func yearsOld(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && isDigits(n)
}

// peoplePlurals are plural nouns for groups of people that do not end
// like a person noun ("rebels", "troops").
var peoplePlurals = setOf(`rebels militants insurgents fighters troops soldiers residents
	villagers witnesses survivors demonstrators protesters protestors students farmers
	guerrillas gunmen youths mps
	traders families relatives parents victims refugees migrants locals citizens voters
	police`)

// pluralPeople reports whether head is a plural noun for people.
func pluralPeople(head string) bool {
	if peoplePlurals.Has(head) {
		return true
	}
	stem, ok := strings.CutSuffix(head, "s")
	return ok && !strings.HasSuffix(stem, "s") && personNoun(stem) && !institutionHeads.Has(head)
}

// modifiers appends the words of a description between its start a and
// its head h that say which speaker it means, lower-cased and without a
// possessive ending ("interior" in "the interior ministry", "kenya" in
// "Kenya's health ministry").
func (f *finder) modifiers(a, h int, out []string) []string {
	end := h
	if f.isWord(h+1, "of") {
		// "the ministry of health": the words after "of" too
		end = h + 1
		for end < len(f.t) && end < h+5 && f.t[end].kind == tWord && f.sent[end] == f.sent[h] && !cues.Has(f.t[end].w) && !auxVerbs.Has(f.t[end].w) {
			end++
		}
	}
	for i := a; i < end; i++ {
		t := &f.t[i]
		if i == h || t.kind != tWord || genericModifiers.Has(t.w) || t.w == "of" {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.w, "'s"), "\u2019s")
		if len(out) < cap(out) {
			out = append(out, w)
		}
	}
	return out
}

// properPossessive reports whether a capitalised possessive sits in the
// description [a,h) ("Kenya's", "South Africa's").
func (f *finder) properPossessive(a, h int) bool {
	for i := a; i < h; i++ {
		if t := f.t[i]; t.kind == tWord && t.upper && (strings.HasSuffix(t.w, "'s") || strings.HasSuffix(t.w, "\u2019s")) {
			return true
		}
	}
	return false
}

// compatible reports whether a speaker or mention with this title and
// name (mention index mi, or -1) can be what a description with head and
// modifiers mods refers to.
func (f *finder) compatible(title, name string, mi int, head string, mods []string) bool {
	if (head == "army" || head == "military") && mi >= 0 && mi < len(f.d.Mentions) && f.d.Mentions[mi].Type == doc.TypeArmedGroup {
		// "The army said" after "the paramilitary Rapid Support Forces":
		// a state's army, not an armed group whose name holds "Forces"
		return false
	}
	if mi < 0 && institutionHeads.Has(head) && !strings.HasSuffix(head, "s") && head != "police" {
		// "Two senior military officers said … The army also said": a
		// body speaking is not the people who spoke for it unnamed
		if last := lastWord(name); last != head && pluralPeople(last) {
			return false
		}
	}
	ok := containsWord(title, head) || containsWord(name, head)
	if stem, plural := strings.CutSuffix(head, "s"); !ok && plural && len(stem) > 3 {
		ok = containsWord(title, stem) || containsWord(name, stem) // "the rebels": "ELN rebel group"
	}
	hf := f.headFacts(head)
	if !ok && hf.yearsOld {
		// "the 72-year-old": a person
		ok = mi < 0 && title+name != "" && !orgHeads.Has(lastWord(name)) || mi >= 0 && mi < len(f.d.Mentions) && f.d.Mentions[mi].Type == doc.TypePerson
	}
	if !ok {
		for _, syn := range hf.synonyms {
			if containsWord(title, syn) || containsWord(name, syn) {
				ok = true
				break
			}
		}
	}
	if !ok && hf.title {
		ok = f.titledBefore(mi, head) // "Venezuelan President Nicolas Maduro … Maduro said … the president said"
	}
	if !ok && hf.title {
		ok = f.holdsOffice(mi, head) // "Sheinbaum said … \"…,\" the president said": the KB has her president that day
	}
	if !ok && mi >= 0 && mi < len(f.d.Mentions) {
		switch m := &f.d.Mentions[mi]; {
		case head == "group":
			// "Amnesty International said … The group said": an armed
			// group, or an organisation named as no public body
			ok = m.Type == doc.TypeArmedGroup || m.Type == doc.TypeOrganization && !hasWordIn(name, institutionHeads)
		case head == "militia" || head == "movement":
			ok = m.Type == doc.TypeArmedGroup
		case head == "official":
			ok = m.Type == doc.TypePerson && hasWordIn(title, officialTitles)
		case hf.company:
			// "the company", "the airline": an organisation the KB does
			// not hold (its organisations are public bodies) or one
			// named like a company
			ok = m.Type == doc.TypeOrganization && (m.KBID == "" && !hasWordIn(name, institutionHeads) || companyName(name))
		}
	} else if !ok && head == "official" && title != "" {
		ok = hasWordIn(title, officialTitles) && !orgHeads.Has(lastWord(name))
	} else if !ok && hf.company {
		ok = companyName(name)
	}
	if !ok || f.collectiveInTitle(title, name, mi, head) {
		return false
	}
	for _, m := range mods {
		if !containsStem(title, m) && !containsStem(name, m) && !f.armedTrait(m, mi) {
			return false
		}
	}
	return true
}

// headFacts are what compatible asks of a description's head word, each
// a function of the head alone: resolveDescription and the searches it
// makes try one head against many candidates, so the lookups are made
// once per head (f.head keeps the facts of the latest).
type headFacts struct {
	head     string
	known    bool     // the facts are head's
	synonyms []string // headSynonyms[head]
	title    bool     // titleWords.Has(head)
	company  bool     // companyHeads.Has(head)
	yearsOld bool     // yearsOld(head)
}

// headFacts returns the facts of head, looked up once for a run of
// calls with the same head.
func (f *finder) headFacts(head string) *headFacts {
	if h := &f.head; !h.known || h.head != head {
		*h = headFacts{head: head, known: true, synonyms: headSynonyms[head], title: titleWords.Has(head), company: companyHeads.Has(head), yearsOld: yearsOld(head)}
	}
	return &f.head
}

// titledBefore reports whether the person of mention mi was written
// earlier with a title holding head: a speaker named "Maduro" after
// "Venezuelan President Nicolas Maduro" is "the president" that follows.
func (f *finder) titledBefore(mi int, head string) bool {
	if mi < 0 || mi >= len(f.d.Mentions) {
		return false
	}
	m := &f.d.Mentions[mi]
	if m.Type != doc.TypePerson || m.Entity < 0 || m.Entity >= len(f.d.Entities) {
		return false
	}
	for _, x := range f.d.Entities[m.Entity].Mentions {
		if x >= 0 && x < len(f.d.Mentions) && x != mi && f.d.Mentions[x].Span.Start < m.Span.Start && containsWord(f.d.Mentions[x].Title, head) {
			return true
		}
	}
	return false
}

// armedTraits are modifiers that describe an armed group without naming
// it ("the militant group", "the Islamist movement").
var armedTraits = setOf(`militant armed rebel insurgent islamist jihadist extremist
	paramilitary shiite shia sunni radical outlawed banned proscribed hardline`)

// armedTrait reports whether modifier m of a description only
// characterises an armed group and mention mi is one: "the militant
// group", "the Iran-backed group" (a sponsor's "-backed", "-aligned",
// "-allied", "-linked") may be Hezbollah although neither word is in
// its name.
func (f *finder) armedTrait(m string, mi int) bool {
	if mi < 0 || mi >= len(f.d.Mentions) || f.d.Mentions[mi].Type != doc.TypeArmedGroup {
		return false
	}
	if armedTraits.Has(m) {
		return true
	}
	for _, suf := range [...]string{"-backed", "-aligned", "-allied", "-linked", "-affiliated", "-supported"} {
		if len(m) > len(suf) && strings.HasSuffix(m, suf) {
			return true
		}
	}
	return false
}

// earlierInstitution finds the nearest institution written before token
// a with head noun head and every modifier in mods, whether or not it
// spoke: "the Philippine foreign ministry", "the Foreign Ministry". It
// returns it as written (a capitalised name as a named speaker, linked
// when a mention covers it), or false.
func (f *finder) earlierInstitution(a, h int, head string, mods []string) (doc.Speaker, bool) {
	for k := a - 1; k >= 0 && k >= a-400; k-- {
		if f.t[k].w != head || f.t[k].kind != tWord {
			continue
		}
		if n := k + 1; n < len(f.t) && f.t[n].kind == tWord && !f.t[n].upper && (isTitleWord(f.t[n].w) || unnamedHeads.Has(f.t[n].w) || personNoun(f.t[n].w)) {
			continue // "pits army chief General X against …": a modifier of a title, no institution
		}
		s := k
		for s-1 >= 0 && s > k-6 && f.t[s-1].kind == tWord && !titleStop.Has(f.t[s-1].w) && !verbLike(f.t[s-1].w) && !cues.Has(f.t[s-1].w) && f.sent[s-1] == f.sent[k] {
			s--
		}
		if s == k && !f.t[k].upper {
			continue // a bare "the ministry" names nothing
		}
		if f.inReport(f.t[k].s) {
			continue // "to make way for an all-party government": words a speaker used
		}
		sp := doc.Span{Start: f.t[s].s, End: f.t[k].e}
		name := f.text[sp.Start:sp.End]
		if !f.compatible("", name, -1, head, mods) {
			continue
		}
		spk := doc.Speaker{Kind: KindDescription, Name: name, Span: sp, Mention: -1}
		f.linkHead(&spk)
		return spk, true
	}
	return doc.Speaker{}, false
}

// earlierCompany finds, without the mentions layer, the nearest name
// before token a that ends like a company's ("China Eastern Airlines",
// "Boeing Co").
func (f *finder) earlierCompany(a int) (doc.Speaker, bool) {
	for k := a - 1; k >= 0 && k >= a-300; k-- {
		t := &f.t[k]
		if t.kind != tWord || !t.upper || !companySuffixes.Has(t.w) {
			continue
		}
		s := k
		for s-1 >= 0 && s > k-5 && f.t[s-1].kind == tWord && f.t[s-1].upper && !titleStop.Has(f.t[s-1].w) {
			s--
		}
		if s == k {
			continue // "Group" alone names no company
		}
		sp := doc.Span{Start: f.t[s].s, End: t.e}
		return doc.Speaker{Kind: KindDescription, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	return doc.Speaker{}, false
}

// linkHead links a description kept as written to the KB entity of a
// mention that ends with it, so covers its head ("the Israeli army" →
// the IDF; not "Sudan's army" → Sudan); otherwise the description stays
// as written with no entity.
func (f *finder) linkHead(spk *doc.Speaker) {
	written := *spk
	f.link(spk)
	if spk.Mention < 0 {
		return
	}
	if m := &f.d.Mentions[spk.Mention]; spk.Entity == "" || m.Span.End != written.Span.End {
		*spk = written
	}
}

// asTitle returns the lower-case title that "as" gives the person
// mention m right after it ("appointed X as acting president", "sworn
// in as prime minister"): up to four lower-case words, or "".
func (f *finder) asTitle(m *doc.Mention) string {
	if m.Type != doc.TypePerson {
		return ""
	}
	i := f.tokAt(m.Span.End, 0)
	if i+1 >= len(f.t) || !f.isWord(i, "as") || f.t[i].s-m.Span.End > 1 {
		return ""
	}
	e := i + 1
	for e < len(f.t) && e <= i+4 && f.t[e].kind == tWord && !f.t[e].upper && !titleStop.Has(f.t[e].w) {
		e++
	}
	if e == i+1 {
		return ""
	}
	return f.text[f.t[i+1].s:f.t[e-1].e]
}

// titledName finds, without the mentions layer, the nearest name before
// token a written with a title that holds head and every modifier
// ("Chilean President Gabriel Boric" for "the president").
func (f *finder) titledName(a int, head string, mods []string) (doc.Speaker, bool) {
	isHead := func(w string) bool {
		// "the leader" is named by any head-of-state title ("Prime
		// Minister X"); other heads by their own word
		return w == head || (head == "leader" || head == "premier") && slices.Contains(headSynonyms[head], w)
	}
	for k := a - 1; k >= 0 && k >= a-300; k-- {
		t := &f.t[k]
		if t.kind == tWord && isHead(t.w) && !t.upper {
			if spk, ok := f.apposedTitle(k, a); ok && f.compatible(spk.Title, spk.Name, -1, head, mods) {
				return spk, true
			}
			continue
		}
		if t.kind != tWord || !t.upper || !isHead(t.w) || k+1 >= a || f.t[k+1].kind != tWord || !f.t[k+1].upper {
			continue
		}
		s := k
		for s-1 >= 0 && f.t[s-1].kind == tWord && (f.t[s-1].upper || titleWords.Has(f.t[s-1].w)) && s > k-5 {
			s--
		}
		e := k + 1
		for e < a && e < k+6 && f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w)) {
			e++
		}
		spk := f.named(s, s, e)
		if spk.Kind == KindNamed && containsWord(spk.Title, t.w) && f.compatible(spk.Title, spk.Name, -1, head, mods) {
			return spk, true
		}
	}
	return doc.Speaker{}, false
}

// apposedTitle reads a lower-case title word at token k that stands
// apart from its name between commas, before token a: "Hakan Fidan,
// Turkey's foreign minister," or "Turkey's foreign minister, Hakan
// Fidan,". It returns the name with the title as written.
func (f *finder) apposedTitle(k, a int) (doc.Speaker, bool) {
	// "NAME, [the] … minister [of …],"
	c := k - 1
	for c >= 0 && c > k-6 && f.t[c].kind == tWord && !titleStop.Has(f.t[c].w) || c >= 0 && f.isWord(c, "the") {
		c--
	}
	if c > 0 && f.t[c].w == "," && f.t[c-1].kind == tWord && f.t[c-1].upper {
		e := k + 1
		for e < a && e < k+6 && f.t[e].kind == tWord {
			e++
		}
		if e < a && (f.t[e].w == "," || f.t[e].w == ".") {
			s := c - 1
			for s-1 >= 0 && s > c-5 && f.t[s-1].kind == tWord && (f.t[s-1].upper && !titleWords.Has(f.t[s-1].w) || particles.Has(f.t[s-1].w)) {
				s--
			}
			spk := f.named(s, s, c)
			ts := c + 1
			if f.isWord(ts, "the") || f.isWord(ts, "a") {
				ts++
			}
			if spk.Kind == KindNamed && spk.Title == "" && ts < e {
				spk.Title = f.text[f.t[ts].s:f.t[e-1].e]
				return spk, true
			}
		}
	}
	// "… minister, NAME,"
	if k+2 < a && f.t[k+1].w == "," && f.t[k+2].kind == tWord && f.t[k+2].upper {
		e := k + 2
		for e < a && e < k+7 && f.t[e].kind == tWord && (f.t[e].upper || particles.Has(f.t[e].w)) {
			e++
		}
		if e < a && f.t[e].kind != tWord {
			s := k
			for s-1 >= 0 && s > k-5 && f.t[s-1].kind == tWord && !titleStop.Has(f.t[s-1].w) && !verbLike(f.t[s-1].w) {
				s--
			}
			spk := f.named(k+2, k+2, e)
			if spk.Kind == KindNamed && spk.Title == "" {
				spk.Title = f.text[f.t[s].s:f.t[k].e]
				return spk, true
			}
		}
	}
	return doc.Speaker{}, false
}

// hasWordIn reports whether s holds a word of set, ignoring ASCII case.
func hasWordIn(s string, set *wordset.Set) bool {
	for x := range strings.FieldsSeq(s) {
		if set.Has(strings.ToLower(x)) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// containsStem reports whether s holds a word equal to w or sharing a
// stem of at least four letters with it, one a prefix of the other
// ("Kenya" ~ "Kenyan", "Nigeria's" ~ "nigerian"), ignoring case.
func containsStem(s, w string) bool {
	if s == "" {
		return false
	}
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "\u2019s")
		if strings.EqualFold(x, w) {
			return true
		}
		if spellingVariant(x, w) {
			return true // "the defence secretary": "Defense Secretary X"
		}
		n := min(len(x), len(w))
		if n >= 4 && (len(x) <= len(w)+2 && len(w) <= len(x)+2) && strings.EqualFold(x[:n], w[:n]) {
			return true
		}
	}
	return false
}

// spellingVariant reports whether x and w are one word in British and
// American spelling: "defence" and "defense", "labour" and "labor".
func spellingVariant(x, w string) bool {
	if len(x) < len(w) {
		x, w = w, x
	}
	if len(x) < 5 {
		return false
	}
	if len(x) == len(w) {
		// "-ence"/"-ense": the letter before the final "e"
		k := len(x) - 2
		c, d := x[k]|0x20, w[k]|0x20
		return (c == 'c' && d == 's' || c == 's' && d == 'c') && x[k+1]|0x20 == 'e' && w[k+1]|0x20 == 'e' &&
			strings.EqualFold(x[:k], w[:k])
	}
	// "-our"/"-or"
	return len(x) == len(w)+1 && strings.HasSuffix(strings.ToLower(x), "our") &&
		strings.EqualFold(x[:len(x)-3], w[:len(w)-2]) && strings.EqualFold(w[len(w)-2:], "or")
}

// A ref is a pronoun (g set, at token a) or a description ([a,b), head
// h) whose speaker depends on who spoke before it.
type ref struct {
	a, b, h int
	g       string
}

// noteRef records the reference written at span sp, so that resolve can
// redo it once every quote is found.
func (f *finder) noteRef(sp doc.Span, r ref) {
	if f.refs == nil {
		f.refs = map[doc.Span]ref{}
	}
	f.refs[sp] = r
}

// resolve redoes the pronoun and description speakers in text order.
// Quotes are found paragraph by paragraph, direct ones first, so when a
// reference was first resolved the speakers remembered were not those
// before it in the text: "Minister X said … . "…," the official added."
// Here the history is rebuilt from the speakers in the order they are
// written, and each reference sees only the speakers before it.
func (f *finder) resolve() {
	if len(f.refs) == 0 || len(f.out) == 0 {
		return
	}
	pos := func(q *doc.Quote) int {
		if q.Speaker.Span.End > q.Speaker.Span.Start {
			return q.Speaker.Span.Start
		}
		return q.Span.Start
	}
	order := make([]int, len(f.out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(pos(&f.out[i]), pos(&f.out[j])) })
	f.history = f.history[:0]
	done := map[doc.Span]doc.Speaker{}
	for _, qi := range order {
		q := &f.out[qi]
		sp := q.Speaker.Span
		if r, ok := f.refs[sp]; ok && sp.End > sp.Start && q.Speaker.Kind != KindNamed {
			spk, seen := done[sp]
			if !seen {
				if r.g != "" {
					spk = f.resolvePronoun(r.a, r.g)
				} else {
					spk = f.resolveDescription(r.a, r.b, r.h)
				}
				done[sp] = spk
			}
			q.Speaker = spk
		}
		f.remember(q.Speaker)
	}
}

// inReport reports whether offset off lies inside the content of a
// report found before: a body named there is the speaker's word, no
// antecedent the writer gave ("he was willing to resign to make way for
// an all-party government. … the government asked").
func (f *finder) inReport(off int) bool {
	for i := len(f.out) - 1; i >= 0; i-- {
		if sp := f.out[i].Span; sp.Start <= off && off < sp.End {
			return true
		}
	}
	return false
}

// newHolder resolves "the new president", "the incoming prime minister"
// (a description [a,h) with "new", "newly" or "incoming" before the
// office word at h) to the person the text earlier says took that
// office: the subject of "was sworn in as", "took office as", "was
// elected", "became", "was appointed", "was named" or "was inaugurated
// as" with the office word after it ("Faye was sworn in as president,
// attended by Nigerian President Bola Tinubu. The new president said"
// is Faye, not the guest with the same title named last).
func (f *finder) newHolder(a, h int, sp doc.Span) (doc.Speaker, bool) {
	isNew := false
	for i := a; i < h; i++ {
		switch f.t[i].w {
		case "new", "newly", "incoming":
			isNew = true
		}
	}
	if !isNew {
		return doc.Speaker{}, false
	}
	head := f.t[h].w
	for k := a - 1; k > 0 && k >= a-400; k-- {
		if f.t[k].w != head && !f.leaderOffice(head, k) {
			continue
		}
		v := k - 1
		inDesc := func(w string) bool {
			for i := a; i < h; i++ {
				if f.t[i].w == w {
					return true
				}
			}
			return false
		}
		for v > 0 && v >= k-4 && (inDesc(f.t[v].w) && f.t[v].kind == tWord || f.t[v].w == "the" || f.t[v].w == "a" || f.t[v].w == "new" || f.t[v].w == "interim" || f.t[v].w == "country's") {
			v--
		}
		if f.t[v].w == "as" {
			v--
		}
		switch {
		case f.t[v].w == "in" && v > 0 && f.t[v-1].w == "sworn", f.t[v].w == "office" && v > 0 && (f.t[v-1].w == "took" || f.t[v-1].w == "assumed"):
			v--
		case f.t[v].w == "elected" || f.t[v].w == "became" || f.t[v].w == "appointed" || f.t[v].w == "named" || f.t[v].w == "inaugurated":
		default:
			continue
		}
		s := v - 1
		for s > 0 && (f.t[s].w == "was" || f.t[s].w == "been" || f.t[s].w == "has" || f.t[s].w == "had" || f.t[s].w == "is" || f.t[s].w == "officially" || f.t[s].w == "formally") {
			s--
		}
		e := s + 1
		for s >= 0 && f.t[s].kind == tWord && f.t[s].upper && f.sent[s] == f.sent[v] {
			s--
		}
		s++
		if s >= e {
			continue
		}
		if f.mentions {
			for mi := range f.d.Mentions {
				if m := &f.d.Mentions[mi]; m.Span.End == f.t[e-1].e && m.Type == doc.TypePerson {
					return f.mentionSpeaker(mi, sp), true
				}
			}
		}
		// no person mention ends there ("Faye" alone in a story that
		// names no country): the subject as written
		return doc.Speaker{Kind: KindDescription, Name: f.text[f.t[s].s:f.t[e-1].e], Span: sp, Mention: -1}, true
	}
	return doc.Speaker{}, false
}

// collectiveHeads are heads of descriptions of a body or camp, not a
// person: with institutionHeads, what "the opposition said", "the bloc
// said" refer to.
var collectiveHeads = setOf(`opposition bloc camp leadership establishment`)

// collectiveInTitle reports whether the collective head of a
// description ("the opposition", "the party", "the ministry") is only a
// modifier in a person's title ("opposition leader Lee Jae-myung",
// "party chairman X"): the body is not its leader or spokesman, so the
// person is no antecedent. The name itself holding the head ("the
// Democratic Party") or a title ending in it ("head of the opposition"
// reads "opposition" last) still matches.
func (f *finder) collectiveInTitle(title, name string, mi int, head string) bool {
	if title == "" || !collectiveHeads.Has(head) && !institutionHeads.Has(head) || lastWord(title) == head || containsWord(name, head) {
		return false
	}
	if mi >= 0 && mi < len(f.d.Mentions) {
		return f.d.Mentions[mi].Type == doc.TypePerson
	}
	return !orgHeads.Has(lastWord(name))
}

// blocHeads are heads of descriptions of an international body ("the
// bloc", "the alliance"): they refer to the organisation of no country
// named last, although its name holds neither word (ECOWAS, NATO).
var blocHeads = setOf(`bloc alliance grouping`)

// lastBody returns the last organisation mention before byte offset at
// that is linked to the KB and belongs to no country (an international
// body: ECOWAS, NATO, the African Union), within about three
// paragraphs.
func (f *finder) lastBody(at int) (int, bool) {
	if !f.mentions {
		return -1, false
	}
	for k := f.mentionsFrom(at) - 1; k >= 0; k-- {
		m := &f.d.Mentions[k]
		if m.Span.End > at {
			continue
		}
		if at-m.Span.End > 1500 {
			break
		}
		if m.Type == doc.TypeOrganization && m.KBID != "" && (m.Entity < 0 || m.Entity >= len(f.d.Entities) || f.d.Entities[m.Entity].Country == "") {
			return k, true
		}
	}
	return -1, false
}

// listedSpeaker finds, for a plural group description whose head is at
// token h ("the three juntas", "the two governments"), one of the last
// few speakers that is a list of names of that many: coordinated names,
// or a plural head with a list after "of" ("The military governments of
// Mali, Burkina Faso and Niger"); any number when the description gives
// none.
func (f *finder) listedSpeaker(h int) (doc.Speaker, bool) {
	if !groupHeads.Has(f.t[h].w) {
		return doc.Speaker{}, false
	}
	want := 0
	if h > 0 {
		want = smallCounts[f.t[h-1].w]
	}
	for k := len(f.history) - 1; k >= 0 && k >= len(f.history)-4; k-- {
		c := f.history[k]
		list := c.Name
		if before, after, ok := strings.Cut(list, " of "); ok && strings.HasSuffix(before, "s") {
			list = after // "The military governments of …", "the leaders of …"
		} else if !f.isGroup(c) {
			continue // not a list of speakers ("Bosnia and Herzegovina")
		}
		if !strings.Contains(list, " and ") {
			continue
		}
		n := strings.Count(list, ", ") + strings.Count(list, " and ") + 1
		if strings.Contains(list, ", and ") {
			n-- // the serial comma
		}
		if n >= 2 && (want == 0 || n == want) {
			return c, true
		}
	}
	return doc.Speaker{}, false
}

// smallCounts are the counts a group description gives ("the two
// sides", "both countries", "the three juntas").
var smallCounts = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// modifiedPerson finds a person described with an indefinite and a
// post-modifier that opens the clause [a,b) before a cue: "a prosecutor
// involved in the case", "a lawyer for the family", "a judge handling
// the trial". The head is a person noun, no name; what follows it is a
// preposition or a participle, with no verb of its own.
func (f *finder) modifiedPerson(a, b int) (doc.Speaker, bool) {
	if b-a < 4 || !(f.isWord(a, "a") || f.isWord(a, "an") || f.isWord(a, "one") || f.isWord(a, "another")) || !f.opensClause(a, a) {
		return doc.Speaker{}, false
	}
	for h := a + 1; h < b-2 && h <= a+4; h++ {
		w := f.t[h].w
		if f.t[h].kind != tWord || verbLike(w) && !f.t[h].upper || boundaryWords.Has(w) {
			return doc.Speaker{}, false
		}
		if f.t[h].upper || !personNoun(w) {
			continue // a modifier: "a senior", "a French"
		}
		n := f.t[h+1].w
		if f.t[h+1].kind != tWord || f.t[h+1].upper || !postModifiers.Has(n) && !(verbLike(n) && len(n) > 5) {
			return doc.Speaker{}, false
		}
		for x := h + 1; x < b; x++ {
			if t := &f.t[x]; t.kind != tWord && !f.abbrevDot(x, b) || boundaryWords.Has(t.w) || beForms.Has(t.w) || auxVerbs.Has(t.w) || t.report {
				return doc.Speaker{}, false
			}
		}
		sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
		return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	return doc.Speaker{}, false
}

// postModifiers are the prepositions that open a phrase after a person
// noun describing that person ("a lawyer for the family").
var postModifiers = setOf(`for in at from with on of close near inside within`)
