package mention

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/kb"
)

// Options tune the stage. The zero value is the default configuration.
type Options struct {
	// KBOnly turns off the capitalisation heuristics that find people,
	// organisations and places the KB does not know. Titles and role
	// claims are still found.
	KBOnly bool
}

// How a mention was found (doc.Mention.How).
const (
	HowAlias     = "alias"      // a KB name or alias
	HowDemonym   = "demonym"    // a demonym or adjective: "Israeli" → Israel
	HowCapital   = "capital"    // a capital standing for its government: "Tehran denied"
	HowName      = "name"       // a capitalised name the KB does not know
	HowShortForm = "short-form" // a surname or part of a name given in full elsewhere
	HowLeader    = "leader"     // a leader's name before "administration" or "government": "the Bush administration"
)

type nameHow uint8

const (
	nhAlias nameHow = iota
	nhDemonym
	nhCapital
	nhSurname // the last name of a KB person: types a mention, never links it alone
	nhPlace   // a place from the package's own list: typed, not linked
	nhOrg     // an organisation from the package's own list: typed, not linked
)

// case requirements of one name token, two bits each in nameEntry.req.
const (
	reqAny   = 0
	reqCap   = 1
	reqUpper = 2
)

// A nameEntry is one way of writing one actor.
type nameEntry struct {
	actor int32
	how   nameHow
	ntok  uint8
	req   uint64   // 2 bits per token
	exact []string // per token, the exact spelling required ("LeT", "JeM"); nil or "" for none
	poss  uint32   // bit k: token k (not the last) is written with a possessive ("People's Republic of China")
	// possEnd: the name ends in "'s" ("Moody's", "McDonald's"); the
	// mention's span takes it in
	possEnd bool
	// the: a lexicon place written with "The" ("The Hague") or a paper
	// named by a role noun ("The Economist") matches only after "the":
	// "Hague" alone is a surname, "economist" a job
	the bool
}

// actorKind is an actor's kind as pick tests it: a person, a place, and
// its kindRank.
type actorKind struct {
	person, place bool
	rank          int
	typ           kind // kindType of the kind, read without a map lookup
}

// A Stage finds and links mentions; it provides doc.LayerMentions. It is
// safe for concurrent use.
type Stage struct {
	kb      *kb.KB
	opts    Options
	v       *vocab
	names   *trie
	entries []nameEntry
	actors  []*kb.Actor
	// kinds holds what pick reads of each actor's kind, so matching
	// does not follow the actor pointers.
	kinds []actorKind
	// nameWords holds the words of each actor's folded canonical name,
	// strings.Fields(kb.Fold(actors[i].Name)), computed once in New.
	nameWords [][]string
	// entSlot maps an actor index to the index of the first actor with
	// its KB id, so emit groups mentions by KB id with a slice
	// (proc.actorEnts) instead of a map keyed by the id.
	entSlot []int32
	titles  *trie
	tentry  []titleEntry
	w       wordIDs
	gaz     *geo.Gazetteer // types unknown names that are places; nil if it failed to build
	// officeAlias maps a KB office's folded alias ("european council
	// president") to its office id, for titles written with their owner.
	officeAlias map[string]string
	// officeName maps a KB office's folded name ("president of the
	// european council") to its id: a title written with its owner
	// after it names the office so
	officeName map[string]string
	// aliasLast holds the last folded word of every KB office alias and
	// name; stateAlias maps a state and the rest of an office alias
	// written after the state's name ("PAK|army chief") to the office id
	// (aliastitle.go)
	aliasLast map[string]bool
	// aliasFirst holds the first folded word of every key of officeAlias
	// and officeName: aliasTitleClaims folds a span only when its first
	// plain word opens one (see indexAliasTitles).
	aliasFirst map[string]bool
	// aliasKeys filters the folded words of the keys of officeAlias and
	// officeName: aliasTitleClaims looks a span up only when it may hold
	// them (see indexAliasKeys)
	aliasKeys *wordSeqFilter
	// stateFirst holds the first word of the rest of every stateAlias key
	stateFirst map[string]bool
	stateAlias map[string]string
	// officeIDs maps a KB office's country and key to its id (office)
	officeIDs map[string]string
	// leads maps a KB person (actor index) to the countries they led as
	// head of state or government; govOf maps a country's ISO3 to its
	// government's actor (or the country itself when the KB has none).
	leads           map[int32][]led
	govOf           map[string]int32
	leaderBySurname map[string][]int32 // folded last name of a leader → leaders
	family          map[int32]string   // family-first KB person (actor index) → family name as the KB writes it (addFamilyName)
	// partyPlural maps a party's plural name ("social democrats") and a
	// country's ISO3 to the KB party (actor index; -1 when ambiguous).
	partyPlural map[string]map[string]int32
	usa         int32 // actor index of the United States ("USA"), -1 without one: "America" alone names it
	usCongress  int32 // actor index of the United States Congress, -1 without one: usCongress links "Congress" to it

	// partyHeads maps the folded last word of a KB party's name or alias
	// to the parties (possparty.go), built on first use
	partyHeads     map[string][]int32
	partyHeadsOnce sync.Once

	// sharedDemonyms maps a folded demonym of a KB country ("congolese")
	// to every country that has it, once New is done only the demonyms
	// several countries share; nil when none is.
	sharedDemonyms map[string][]int32

	// info maps a vocabulary id to the pass triggers its word holds and
	// its token class bits (tokclass.go); gated is the triggers whose
	// absence lets a pass skip a document (see trigger)
	info           []idInfo
	gated, capOnly trigger
	// lowOpen says, by vocabulary id, how a word written in lower case
	// may open a name (nameopen.go)
	lowOpen []byte
	// officeWords marks, by vocabulary id, the words of aliasFirst,
	// stateFirst and aliasLast (officewords.go)
	officeWords []byte

	// BuildTime is how long New took to build the matcher.
	BuildTime time.Duration
	// Patterns is the number of name patterns in the matcher.
	Patterns int
}

// wordIDs are the vocabulary ids of words the rules test for.
type wordIDs struct {
	of, to, the, a, an, comma, period, forw, by, according, who, and, designate, elect,
	lparen, rparen, said, says, told, un, united, nations, quote1, quote2, quote3, ex, then, on int32
	with, between, against, upon, or, call, calls, called, calling, rally int32
}

// New builds the stage's matcher over every name of every actor in k:
// canonical names, aliases, demonyms and adjectives (with plurals), and
// capitals. k must not be modified afterwards. A nil k gives a stage that
// finds titles and unknown names only.
func New(k *kb.KB, opts Options) *Stage {
	t0 := time.Now()
	s := &Stage{kb: k, opts: opts, v: newVocab(), names: newTrie(), titles: newTrie()}
	v := s.v
	v.mark(stopWords, fStop)
	v.mark(cueVerbs, fCue)
	v.mark(auxWords, fAux)
	v.mark(locPreps, fLocPrep)
	v.mark(personPreps, fPersonPrep)
	v.mark(honorifics, fHonor)
	v.mark(roleNouns, fRole)
	v.mark(orgCues, fOrgCue)
	v.mark(orgSuffixes, fOrgSuffix)
	v.mark(placeCues, fPlaceCue)
	v.mark(dateWords, fDate)
	v.mark(connectors, fConnector)
	v.mark(modifiers, fModifier)
	v.mark(givenNames, fGiven)
	v.mark(moreGivenNames, fGiven)
	v.mark(worldGivenNames, fGiven)
	v.mark([]string{"the", "a", "an"}, fDet)
	v.mark(placePrefixes, fPlacePrefix)
	v.mark(miscCues, fMisc)
	v.mark(commonAcronyms, fAcronym)
	v.mark(groupAdjectives, fGroupAdj)
	v.mark(commonWords, fCommon)
	v.mark(orgOpeners, fOrgOpener)
	v.mark(addressVerbs, fAddress)
	v.mark(relNouns, fRelNoun)
	v.mark(pressNouns, fPressNoun)
	v.mark(govHeads, fGovHead)
	v.mark(stateVerbs, fStateVerb)
	v.mark(append(shipNouns[:], shipParticiples[:]...), fVessel)
	for m := range marketIndices {
		v.mark([]string{strings.Fields(m)[0]}, fIndex)
	}
	s.w = wordIDs{
		of: v.add("of"), to: v.add("to"), the: v.add("the"), a: v.add("a"), an: v.add("an"),
		comma: v.add(","), period: v.add("."), forw: v.add("for"), by: v.add("by"),
		according: v.add("according"), who: v.add("who"), and: v.add("and"),
		designate: v.add("designate"), elect: v.add("elect"), lparen: v.add("("), rparen: v.add(")"),
		said: v.add("said"), says: v.add("says"), told: v.add("told"), un: v.add("un"),
		united: v.add("united"), nations: v.add("nations"), quote1: v.add("\""), quote2: v.add("“"),
		quote3: v.add("”"), ex: v.add("ex"), then: v.add("then"), on: v.add("on"),
		with: v.add("with"), between: v.add("between"), against: v.add("against"), upon: v.add("upon"),
		or: v.add("or"), call: v.add("call"), calls: v.add("calls"), called: v.add("called"), calling: v.add("calling"),
		rally: v.add("rally"),
	}
	for _, p := range []string{",", ".", ";", ":", "(", ")", "\"", "“", "”", "'", "’", "‘", "-", "–", "—", "&", "/"} {
		v.add(p)
	}
	// the words two gated passes look for that no name or title holds
	// (a gate needs an id for each of its words: trigger.go)
	for _, w := range slices.Concat(slices.Sorted(maps.Keys(routeNouns)), flyingWords) {
		v.add(w)
	}
	s.tentry = withPlurals(titleTable)
	have := map[string]bool{}
	for _, te := range s.tentry {
		have[te.words] = true
	}
	s.tentry = append(s.tentry, officeTitles(k, have)...)
	s.officeAlias = map[string]string{}
	s.officeName = map[string]string{}
	s.indexOfficeIDs(k)
	if k != nil {
		for _, o := range k.Offices() {
			for _, al := range o.Aliases {
				s.officeAlias[kb.Fold(al)] = o.ID
			}
			s.officeName[kb.Fold(o.Name)] = o.ID
		}
	}
	s.indexAliasTitles(k)
	for i, te := range s.tentry {
		var ids []int32
		for _, w := range strings.Fields(te.words) {
			ids = append(ids, v.add(w))
		}
		s.titles.insert(ids, int32(i))
	}
	for _, n := range placeNames {
		s.addName(n, -1, nhPlace)
	}
	for _, n := range orgNames {
		s.addName(n, -1, nhOrg)
	}
	if g, err := geo.New(k); err == nil {
		s.gaz = g
	}
	if k != nil {
		for _, a := range k.Actors() {
			ai := int32(len(s.actors))
			s.actors = append(s.actors, a)
			s.addName(a.Name, ai, nhAlias)
			for _, n := range a.Aliases {
				s.addName(n, ai, nhAlias)
			}
			if a.Kind == kb.KindOrganization || a.Kind == kb.KindArmedGroup {
				for _, n := range append([]string{a.Name}, a.Aliases...) {
					if v := kb.SpellingVariant(n); v != "" {
						s.addName(v, ai, nhAlias) // "U.N. refugee agency", "… Organisation"
					}
				}
			}
			if n := reversedName(a); n != "" {
				s.addName(n, ai, nhAlias) // "Kono Taro"
			}
			if a.Kind == kb.KindPerson {
				s.addPersonParts(a.Name, ai, true)
				s.addFamilyName(a, ai)
				// "President Asad" as "President Assad": an alias
				// written in full ("Bashar al-Asad") gives a surname too
				for _, n := range a.Aliases {
					if !strings.Contains(n, " of ") { // not "Frederik of Denmark"
						s.addPersonParts(n, ai, false)
					}
				}
			}
			if a.Kind == kb.KindArmedGroup {
				// "al-Shabaab" is also written "Shabaab", "al-Qaeda" "Qaeda";
				// an article name before "Front" is the front's short name
				for _, n := range append([]string{a.Name}, a.Aliases...) {
					// "al-Nusra Front" is also "al-Nusra" and "Nusra"
					if short, ok := strings.CutSuffix(n, " Front"); ok && s.withoutArticle(short) != "" {
						s.addName(short, ai, nhAlias)
						n = short
					}
					if w := s.withoutArticle(n); w != "" {
						s.addName(w, ai, nhAlias)
					}
				}
			}
			for _, n := range a.Demonyms {
				s.addName(n, ai, nhDemonym)
				if p := plural(n); p != "" {
					s.addName(p, ai, nhDemonym)
				}
				for _, c := range demonymCompounds(n) {
					s.addName(c, ai, nhDemonym)
				}
				if a.Kind == kb.KindCountry {
					s.noteDemonym(n, ai)
				}
			}
			if a.Capital != "" && a.Kind == kb.KindCountry {
				s.addName(a.Capital, ai, nhCapital)
			}
		}
		s.keepSharedDemonyms()
		// "Kiev denied" as "Kyiv denied": the aliases of a capital's place
		// actor name the capital too
		capitalOf := map[string]int32{}
		for ai, a := range s.actors {
			if a.Kind == kb.KindCountry && a.Capital != "" {
				capitalOf[a.ID+"\x00"+kb.Fold(a.Capital)] = int32(ai)
			}
		}
		for _, a := range s.actors {
			if a.Kind != kb.KindPlace || len(a.Aliases) == 0 {
				continue
			}
			if ci, ok := capitalOf[a.Country+"\x00"+kb.Fold(a.Name)]; ok {
				for _, n := range a.Aliases {
					s.addName(n, ci, nhCapital)
				}
			}
		}
	}
	s.indexLeaders(k)
	s.indexPartyPlurals()
	s.usa, s.usCongress = -1, -1
	for i, a := range s.actors {
		if a.ID == "USA" && a.Kind == kb.KindCountry {
			s.usa = int32(i)
		}
		if a.ID == "org.us-congress" {
			s.usCongress = int32(i)
		}
	}
	s.names.freeze(len(v.words))
	s.titles.freeze(len(v.words))
	v.freeze()
	s.indexTriggers()
	s.indexClasses()
	s.indexLowOpen()
	s.indexOfficeWords()
	s.indexAliasKeys()
	s.nameWords = make([][]string, len(s.actors))
	s.kinds = make([]actorKind, len(s.actors))
	s.entSlot = make([]int32, len(s.actors))
	firstWithID := make(map[string]int32, len(s.actors))
	for i, a := range s.actors {
		if _, ok := firstWithID[a.ID]; !ok {
			firstWithID[a.ID] = int32(i)
		}
		s.entSlot[i] = firstWithID[a.ID]
		s.nameWords[i] = strings.Fields(kb.Fold(a.Name))
		s.kinds[i] = actorKind{person: a.Kind == kb.KindPerson, place: a.Kind == kb.KindPlace, rank: kindRank[a.Kind], typ: kindType[a.Kind]}
	}
	s.BuildTime = time.Since(t0)
	return s
}

// mixedCase reports whether w has an upper-case letter after a lower-case
// one and is short enough to be an acronym ("LeT", "JeM"), not a name
// like "McCain" or "al-Assad".
func mixedCase(w string) bool {
	if len(w) > 5 {
		return false
	}
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		}
	}
	return false
}

// withoutArticle returns the word of a two-word name that opens with the
// Arabic article ("al-Shabaab" → "Shabaab"), or "" when the name has
// another shape or the word is short, common or a given name.
func (s *Stage) withoutArticle(name string) string {
	toks := internTokens(name, s.v)
	if len(toks) != 2 || !toks[0].word() || !toks[1].word() || !toks[1].cap() {
		return ""
	}
	if a := strings.ToLower(name[toks[0].start:toks[0].end]); a != "al" && a != "el" {
		return ""
	}
	w := name[toks[1].start:toks[1].end]
	if len(w) < 5 || s.v.has(toks[1].id, fCommon|fGiven|fStop|fPlaceCue|fOrgCue) {
		return ""
	}
	return w
}

// articleParticle reports whether w is the Arabic definite article as it
// opens a name ("Al", "El"), which news writes capitalised or not.
func articleParticle(w string) bool {
	return w == "Al" || w == "El" || w == "AL" || w == "EL"
}

// plural returns the plural of a demonym that takes one ("Israeli" →
// "Israelis", "Iranian" → "Iranians"), or "".
func plural(d string) string {
	if d == "" || strings.ContainsAny(d, " -") {
		return ""
	}
	switch d[len(d)-1] {
	case 'n', 'i':
		return d + "s"
	}
	return ""
}

// demonymCompounds returns the nouns for a man or woman of a country
// whose one-word adjective ends in "ch" or "sh" ("French" →
// "Frenchman", "Frenchwoman", "Frenchmen", "Frenchwomen"; "Dutchman",
// "Irishman", "Englishwoman"), or nil: like "Briton" they name a
// national, and before a name they are no part of it ("Frenchman Thomas
// Voeckler").
func demonymCompounds(d string) []string {
	if len(d) < 4 || strings.ContainsAny(d, " -") || !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "sh") {
		return nil
	}
	return []string{d + "man", d + "woman", d + "men", d + "women"}
}

func (s *Stage) addName(name string, actor int32, how nameHow) {
	toks := internTokens(name, s.v)
	the := false
	for len(toks) > 1 && s.v.words[toks[0].id] == "the" {
		toks = toks[1:] // "The Gambia" is matched as "Gambia"; "the" stays outside the span
		// (a listed paper named by a role noun, "The Economist", needs
		// "the" too: "Economist Mohamed El-Erian" is a person's job)
		the = how == nhPlace || how == nhOrg && len(toks) == 1 && s.v.has(toks[0].id, fRole)
		// a listed paper named by a common adjective ("The Independent")
		// needs "the" too: "Independent candidates won" is no paper
		// ("The Sunday Times": a noun head still matches alone)
		the = the || how == nhOrg && len(toks) == 1 && s.v.has(toks[0].id, fCommon) && adjectiveShape(s.v.words[toks[0].id])
		// and so does one named by a religion or people ("The Hindu"):
		// "Hindu monarchy", "Hindu nationalists" are no paper
		the = the || how == nhOrg && len(toks) == 1 && s.v.has(toks[0].id, fGroupAdj)
		// a KB place named with "The" ("The Hague") needs it too; a
		// country ("The Gambia") does not
		if actor >= 0 && int(actor) < len(s.actors) && s.actors[actor].Kind == kb.KindPlace {
			the = true
		}
	}
	if len(toks) == 0 || len(toks) > 32 {
		return
	}
	var ids []int32
	var req uint64
	var exact []string
	var poss uint32
	content := false
	for i, t := range toks {
		ids = append(ids, t.id)
		if t.poss && i < len(toks)-1 {
			poss |= 1 << i
		}
		var r uint64 = reqAny
		switch {
		case t.upper():
			r = reqUpper
		case t.cap() && i < len(toks)-1 && articleParticle(name[t.start:t.end]):
			// the Arabic article is written either way: the KB's "Al-Shabab"
			// is the text's "al-Shabab"
		case t.cap():
			r = reqCap
			if w := name[t.start:t.end]; mixedCase(w) {
				// "LeT" must not match "Let"
				if exact == nil {
					exact = make([]string, len(toks))
				}
				exact[i] = w
			}
		}
		req |= r << (2 * i)
		if t.word() && (t.upper() || mixedCase(name[t.start:t.end]) || !s.v.has(t.id, fStop|fConnector)) {
			content = true
		}
	}
	if !content {
		return
	}
	// A single lower-case word can never be a name: it would match prose.
	if len(toks) == 1 && toks[0].shape&shLower != 0 {
		return
	}
	possEnd := toks[len(toks)-1].poss && strings.HasSuffix(strings.ToLower(name), "s") && !strings.HasSuffix(name, "s'")
	s.entries = append(s.entries, nameEntry{actor: actor, how: how, ntok: uint8(len(toks)), req: req, exact: exact, poss: poss, possEnd: possEnd, the: the})
	s.names.insert(ids, int32(len(s.entries)-1))
	s.Patterns++
}

// addPersonParts learns from a KB person's full name: its first word is a
// given name (a cue for unknown people), and its last word (with a
// particle: "al-Abadi") is a surname pattern that marks a person mention
// without linking it.
func (s *Stage) addPersonParts(name string, actor int32, given bool) {
	toks := internTokens(name, s.v)
	var words []token
	for _, t := range toks {
		if t.word() {
			words = append(words, t)
		}
	}
	if len(words) > 2 && generational(name[words[len(words)-1].start:words[len(words)-1].end]) {
		words = words[:len(words)-1] // "Carlos Gomes Júnior": the surname is "Gomes"
	}
	if len(words) < 2 {
		return
	}
	const notName = fStop | fHonor | fConnector | fDate | fModifier | fOrgCue | fPlaceCue | fMisc
	if f := words[0]; given && f.cap() && !s.v.has(f.id, notName) && f.end-f.start > 2 {
		s.v.flags[f.id] |= fGiven
	}
	last := words[len(words)-1]
	// a people's, language's or faith's word ("English", "Irish",
	// "Coptic") is written capitalised in every use, so as a surname
	// pattern it typed "English fans" and "learned English" as a person;
	// "Bill English" still links, and "English said" after him is joined
	// to him (shortForms)
	if !last.cap() || last.end-last.start < 4 || s.v.has(last.id, notName|fGiven|fGroupAdj) {
		return
	}
	if strings.Contains(name, ",") || strings.Contains(name, " of ") {
		return // "Henri, Grand Duke of Luxembourg", "Beatrix of the Netherlands": a title's country, no surname
	}
	surname := name[last.start:last.end]
	if p := words[len(words)-2]; s.v.has(p.id, fConnector) && p.shape&shLower != 0 {
		s.addName(name[p.start:last.end], actor, nhSurname)
	}
	s.addName(surname, actor, nhSurname)
}

// generational reports whether w, the last word of a person's name, is a
// generational suffix written out ("Carlos Gomes Júnior", "José Viegas
// Filho"): the family name is the word before it, and the suffix alone
// names nobody ("Harold \"Junior\" Theriault"). Short forms ("Jr.",
// "III") are too short to be taken as surnames anyway.
func generational(w string) bool {
	switch kb.Fold(w) {
	case "junior", "senior", "filho", "neto", "sobrinho":
		return true
	}
	return false
}

// Name reports the stage's name.
func (s *Stage) Name() string { return "mentions" }

// Requires reports the layers the stage reads: text and sentences.
func (s *Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText, doc.LayerSentences} }

// Provides reports the layer the stage fills: mentions (with entities and
// role claims).
func (s *Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerMentions} }

// adjectiveShape reports whether the lower-case word w has an
// adjective's ending ("independent", "national", "public").
func adjectiveShape(w string) bool {
	for _, e := range []string{"ent", "ant", "al", "ic", "ive", "ous"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// noteDemonym records that country actor ai has demonym n, and its
// plural, for sharedDemonyms.
func (s *Stage) noteDemonym(n string, ai int32) {
	if s.sharedDemonyms == nil {
		s.sharedDemonyms = map[string][]int32{}
	}
	for _, w := range []string{n, plural(n)} {
		if w != "" {
			k := kb.Fold(w)
			s.sharedDemonyms[k] = append(s.sharedDemonyms[k], ai)
		}
	}
}

// keepSharedDemonyms drops from sharedDemonyms the demonyms one country
// alone has.
func (s *Stage) keepSharedDemonyms() {
	for k, v := range s.sharedDemonyms {
		if len(v) < 2 {
			delete(s.sharedDemonyms, k)
		}
	}
}
