package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Acts of force: whether a matched fight, strike or casualty is force
// at all, who used it, with what, and echoes of the same act.

// defendVerbs guard against what comes after "against".
var defendVerbs = wordset.FromMap(map[string]bool{"defend": true, "defends": true, "defended": true, "defending": true,
	"protect": true, "protects": true, "protected": true, "protecting": true, "shield": true, "shields": true,
	"guard": true, "guards": true, "itself": true, "themselves": true, "himself": true, "herself": true, "ourselves": true,
	"safeguard": true, "safeguards": true})

// defendedAgainst reports a nominal attack trigger that is what a
// subject defends itself against ("Israel will defend itself against
// any attack", "Ukraine defended itself against Russian attacks"): the
// other side's act, never the defender's.
// owner is the actor between "against" and the trigger that
// makes the attack ("Russian"), or -1 when none is named.
func defendedAgainst(toks []tok, actorAt []int, m *match) (ok bool, owner int) {
	owner = -1
	i := m.start - 1
	for ; i >= 0 && i >= m.start-4; i-- {
		t := &toks[i]
		if t.punct {
			return false, -1
		}
		if t.low == "against" || defendVerbs.Has(t.low) {
			break
		}
		if actorAt[i] >= 0 {
			owner = actorAt[i]
		}
	}
	if i < 0 || i < m.start-4 {
		return false, -1
	}
	if toks[i].low != "against" {
		return false, -1 // "repelled a rebel attack": the attacker is found as before
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].punct {
			return false, -1
		}
		if defendVerbs.Has(toks[k].low) {
			return true, owner
		}
	}
	return false, -1
}

// industrialAccident reports casualties of match m (whose source is
// unknown) caused by an explosion, fire, collapse or leak that no word
// of the sentence makes an attack: "Two workers were killed in an
// explosion at a chemical plant", "A fire at a garment factory killed
// 112 workers", "Four miners were injured in the blast". The
// cause must sit at an industrial site or in a technical thing ("gas
// explosion", "boiler blast"), or the victims must be workers; a bare
// "killed in an explosion at a market" stays an attack by someone
// unknown, and any attack word ("bomb", "militants", "suicide",
// "rocket") keeps it one. Called only for sourceless 18x–20x events.
func industrialAccident(toks []tok, m *match) bool {
	cause, site, workers := false, false, false
	for i := range toks {
		w := toks[i].low
		switch w {
		case "explosion", "explosions", "blast", "blasts", "exploded", "fire", "fires", "blaze", "collapse", "collapsed",
			"leak", "leaked", "leaks":
			if i >= m.start && i < m.end {
				continue // the trigger itself ("blast" as a verb)
			}
			if w == "fire" && i > 0 && (toks[i-1].low == "opened" || toks[i-1].low == "open" || toks[i-1].low == "opening" ||
				toks[i-1].low == "under" || toks[i-1].low == "gun" || toks[i-1].low == "cross" || toks[i-1].low == "sniper") {
				return false // "opened fire", "came under fire": shooting
			}
			cause = true
		case "plant", "factory", "factories", "refinery", "reactor", "warehouse", "pipeline", "chemical", "chemicals",
			"gas", "boiler", "fireworks", "oil", "fuel", "tanker", "workshop", "mill", "smelter", "shipyard", "construction",
			"colliery", "coal", "furnace", "industrial", "plants", "facility", "depot":
			site = true
		case "workers", "worker", "miners", "employees", "firefighters", "technicians", "engineers", "crew":
			if i == 0 || toks[i-1].low != "aid" && toks[i-1].low != "humanitarian" && toks[i-1].low != "health" && toks[i-1].low != "election" {
				workers = true
			}
		case "bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "suicide", "attack", "attacks", "attacked", "attacker",
			"attackers", "militant", "militants", "gunmen", "gunman", "insurgent", "insurgents", "rebel", "rebels", "terrorist",
			"terrorists", "terror", "device", "ied", "rocket", "rockets", "missile", "missiles", "shell", "shells", "shelling",
			"grenade", "mortar", "drone", "drones", "airstrike", "airstrikes", "strike", "strikes", "arson", "arsonist",
			"arsonists", "set", "sabotage", "blew", "detonated", "planted", "claimed", "war", "troops", "soldiers":
			return false
		}
	}
	return cause && (site || workers)
}

// armedGroup reports an actor sector of a state's armed forces or
// police: their road blocks restrict movement (191), they do not
// demonstrate. Rebels and militias that block roads stay a
// protest's blockade (PLOVER codes "rebels blocked transport into the
// city" as PROTEST).
func armedGroup(sector string) bool {
	return sector == "MIL" || sector == "COP"
}

// casualtyWords in a sentence make a clash a fight, whoever the sides.
var casualtyWords = wordset.FromMap(map[string]bool{"killed": true, "killing": true, "dead": true, "died": true,
	"deaths": true, "wounded": true, "wounding": true, "injured": true, "injuring": true, "casualties": true,
	"shot": true, "fire": true, "gunfire": true, "troops": true, "forces": true, "soldiers": true, "police": true})

// politicalSectors are the sectors of bodies that argue rather than
// fight: government, opposition, parties, legislatures, courts, churches,
// business, media, schools, NGOs and international bodies (their armed
// personnel, IGOUNOMIL, have an armed sector).
var politicalSectors = wordset.FromMap(map[string]bool{"GOV": true, "OPP": true, "PTY": true, "LEG": true,
	"JUD": true, "REL": true, "BUS": true, "MED": true, "EDU": true, "NGO": true, "ELI": true, "HLH": true, "IGO": true})

// verbalClash reports a "clash" trigger (190) between sides that are all
// named persons or named political bodies and no armed side, in a
// sentence with no casualty or force word: "Juan Guaido clashed with
// President Nicolas Maduro over the budget", "Tutu clashed with the
// African National Congress" is a dispute in words. States,
// armed sectors and bare agent nouns ("protesters", "police") keep 190.
func verbalClash(toks []tok, acts []actor, m *match, srcs, tgts []int) bool {
	if !strings.HasPrefix(toks[m.head].low, "clash") || len(srcs) == 0 || len(tgts) == 0 {
		return false
	}
	for _, side := range [2][]int{srcs, tgts} {
		for _, ai := range side {
			if ai < 0 || !arguingActor(&acts[ai]) {
				return false
			}
		}
	}
	for i := range toks {
		if casualtyWords.Has(toks[i].low) {
			return false
		}
	}
	return true
}

// arguingActor reports a named person with no armed sector, or a named
// (not generic) body of a political sector.
func arguingActor(a *actor) bool {
	if a.place || a.generic || a.demonym {
		return false
	}
	code := a.actorCode()
	if armedSector(code) {
		return false
	}
	if a.person {
		return true
	}
	return a.sector != "" && politicalSectors.Has(a.sector)
}

// weaponSubject returns the CAMEO code of an attack whose clause subject
// is a weapon or munition rather than an actor ("An air strike hit a
// market, killing 12 people", "Shelling killed 12 people", "A car bomb
// exploded at a market, killing 12"), or "" when the subject
// is anything else. The attacker is unknown; the code says how the harm
// was done: 195 for air and drone strikes, 194 for shelling and
// artillery, 183 for car, roadside and suicide bombs, 190 for missiles,
// rockets and explosions. The subject must open the sentence (after an
// optional fronted "On Sunday,"-free start) and stand right before the
// main verb; a participle after a comma (", killing 12") takes the main
// clause's subject. Called only for 18x–20x matches with no source: no
// per-token work on other sentences.
func weaponSubject(toks []tok, actorAt []int, m *match) string {
	end := m.start
	if m.head > m.start && weaponNoun(toks, m.head-1) != "" {
		end = m.head // "A car bomb targeted …": the pattern opens at the weapon, the verb follows it
	}
	verb := end
	if end >= 2 && toks[end-1].low == "," && len(toks[end].low) > 4 && toks[end].low[len(toks[end].low)-3:] == "ing" {
		// ", killing 12 people": the subject of the main clause; its verb
		// is the first word after the subject
		end = len(toks)
	}
	code, i := weaponPhrase(toks, actorAt, 0, end)
	if code != "" && i+1 < end && toks[i].low == "and" {
		// "A rocket attack and a suicide car bombing killed …": both
		// weapons are the subject; the first names the attack
		if c2, j := weaponPhrase(toks, actorAt, i+1, end); c2 != "" {
			i = j
		}
	}
	if code == "" || i >= len(toks) || toks[i].punct || actorAt[i] >= 0 || i > end {
		return ""
	}
	if end == verb && i != verb {
		return "" // "A drone strike on the convoy killed …": the verb must follow the subject
	}
	if w := toks[i].low; w == "of" || w == "by" || w == "from" || w == "on" || w == "and" || w == "that" || w == "which" {
		return "" // "strikes by Israel", "bombs and rockets": no bare weapon subject
	}
	return code
}

// weaponPhrase reads a weapon noun phrase from token i (before end): an
// optional article and up to four words, one of them a weapon noun
// ("a suicide car bombing", "air strikes"). A weapon's "attack" or
// "fire" after it is the same weapon ("a rocket attack", "mortar fire"),
// and so is a suicide, grenade or drone attack. It returns the attack
// code ("" when the phrase names no weapon) and the token after the
// weapon, or -1 for an actor or punctuation inside the phrase.
func weaponPhrase(toks []tok, actorAt []int, i, end int) (string, int) {
	if i < len(toks) && (toks[i].low == "a" || toks[i].low == "an" || toks[i].low == "the" || toks[i].low == "another") {
		i++
	}
	code := ""
	for n := 0; i < end && n < 4; i, n = i+1, n+1 {
		if actorAt[i] >= 0 || toks[i].punct {
			return "", i
		}
		c := weaponNoun(toks, i)
		if c == "" && i > 0 {
			switch toks[i].low {
			case "attack", "attacks", "fire":
				switch {
				case code != "":
					c = code // "a rocket attack", "mortar fire"
				case toks[i-1].low == "suicide":
					c = "183"
				case toks[i-1].low == "grenade":
					c = "190"
				case toks[i-1].low == "drone" || toks[i-1].low == "air":
					c = "195"
				}
				if toks[i].low == "fire" && code == "" {
					c = "" // "gunfire", "a fire": no weapon named
				}
			}
		}
		if c == "" {
			if code != "" {
				break // the word after the weapon: the verb
			}
			continue // "suspected", "deadly", "air", "drone", "car"
		}
		code = c
	}
	return code, i
}

// weaponNoun returns the attack code named by the weapon noun at i ("" for
// no weapon): "air strike(s)", "airstrike(s)", "drone strike(s)" 195,
// "shelling", "artillery" 194, "car bomb", "roadside bomb", "suicide
// bomb(ing)" 183, "missile(s)", "rocket(s)", "bomb(s)", "explosion",
// "blast", "bombardment" 190. A bare "strike" (labour) is no weapon.
func weaponNoun(toks []tok, i int) string {
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	switch toks[i].low {
	case "strike", "strikes":
		switch prev {
		case "air", "drone", "aerial":
			return "195"
		case "missile", "rocket", "artillery":
			return "190"
		}
	case "airstrike", "airstrikes", "air-strike", "air-strikes":
		return "195"
	case "shelling", "artillery":
		return "194"
	case "bomb", "bombs", "bombing", "bombings":
		switch prev {
		case "car", "truck", "roadside", "suicide", "vehicle":
			return "183"
		case "barrel":
			return "195"
		}
		return "190"
	case "missile", "missiles", "rocket", "rockets", "explosion", "explosions", "blast", "blasts", "bombardment", "mortar", "mortars":
		return "190"
	}
	return ""
}

// weaponAfter reports a weapon noun right after an actor ending at t1:
// "U.S. drone strike", "Israeli airstrikes", "Russian missiles" (a
// modifier such as "drone", "air" or "tank" may sit between; a verb may
// not: "Russia launched missiles").
func weaponAfter(toks []tok, t1 int) bool {
	if t1 >= len(toks) {
		return false
	}
	if weaponNoun(toks, t1) != "" {
		return true
	}
	return t1+1 < len(toks) && weaponModifiers.Has(toks[t1].low) && weaponNoun(toks, t1+1) != ""
}

// weaponModifiers are the nouns and adjectives before a weapon noun:
// "drone strike", "tank shelling", "cruise missiles".
var weaponModifiers = wordset.New("air", "drone", "aerial", "missile", "rocket", "artillery", "tank", "cruise", "ballistic", "naval", "mortar", "car", "barrel")

// labourStrike reports whether match m, coded as armed force (19x) from
// the word strike, is a labour strike: the trigger is strike/strikes/
// striking/struck and the sentence names workers or a labour act
// ("Ambulance workers will strike on Dec. 21", "nurses walked out … in
// the largest strike in the history of the union"), while no
// word of the sentence names armed force (air, missile, troops, military
// …) and no source is an armed group. Called only for 19x codes.
func labourStrike(toks []tok, acts []actor, m *match, srcs []int) bool {
	switch toks[m.start].low {
	case "strike", "strikes", "striking", "struck":
	default:
		return false
	}
	for _, s := range srcs {
		if s >= 0 && armedGroup(acts[s].sector) {
			return false
		}
	}
	labour := false
	for i := range toks {
		switch toks[i].low {
		case "workers", "worker", "nurses", "teachers", "doctors", "staff", "employees", "miners", "dockers", "drivers", "pilots",
			"union", "unions", "walked", "walkout", "walkouts", "picket", "pickets", "pay", "wages", "wage", "salaries", "pensions",
			"industrial", "strikers", "unionised", "unionized", "porters", "cleaners", "paramedics", "lecturers", "postal":
			labour = true
		case "air", "drone", "drones", "missile", "missiles", "rocket", "rockets", "military", "troops", "army", "forces",
			"warplanes", "jets", "bomb", "bombs", "killing", "killed", "targets", "militants", "nuclear", "pre-emptive", "preemptive":
			return false
		}
	}
	return labour
}

// clashNouns name a fight between two sides.
var clashNouns = wordset.New("clash", "clashes", "fighting", "battle", "battles", "firefight", "gunfight", "gunbattle",
	"skirmish", "skirmishes", "confrontation", "confrontations", "fight", "exchange", "shootout")

// backgroundClash reports a conflict noun read as a clash verb after
// "after", "following" or "amid" (a determiner or an adjective may sit
// between): "arrested dozens of protesters after clashes in a shopping
// mall", "following deadly clashes with police". What came before the
// act names no side of its own; "fighting between X and Y" stays.
func backgroundClash(toks []tok, m *match) bool {
	if !clashNouns.Has(toks[m.head].low) {
		return false
	}
	for i := m.head + 1; i < len(toks) && i <= m.head+3; i++ {
		if toks[i].low == "between" {
			return false
		}
	}
	for i := m.head - 1; i >= 0 && i >= m.head-3; i-- {
		switch t := &toks[i]; {
		case t.low == "after" || t.low == "following" || t.low == "amid" || t.low == "amidst":
			return true
		case t.punct || t.upper || t.is(wcPreposition):
			return false
		}
	}
	return false
}

// protestOccasions name a demonstration as a noun.
var protestOccasions = wordset.New("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches", "sit-in")

// backgroundProtest reports a protest noun read as a protest event after
// "at", "during", "amid", "after", "following" or "despite" (a
// determiner or an adjective may sit between) in a sentence whose first
// actor is a state's force or body (police, troops, spies, government,
// courts): "Police in Moscow detained 4,000 protesters at protests
// demanding the release of Navalny", "Police in Chad opened fire on
// protesters … during demonstrations against military rule". The
// protest is the occasion of their act, not an act of theirs;
// "Palestinian youths threw stones during demonstrations against …" and
// "took part in protests against X" stay protests.
func backgroundProtest(toks []tok, acts []actor, actorAt []int, m *match) bool {
	if !protestOccasions.Has(toks[m.head].low) {
		return false
	}
	occasion := false
	for i := m.head - 1; i >= 0 && i >= m.head-3 && !occasion; i-- {
		switch t := &toks[i]; t.low {
		case "at", "during", "amid", "amidst", "after", "following", "despite":
			occasion = true
		default:
			if t.punct || t.upper || t.is(wcPreposition) {
				return false
			}
		}
	}
	if !occasion {
		return false
	}
	for i := 0; i < m.start; i++ {
		if ai := actorAt[i]; ai >= 0 {
			switch acts[ai].sector {
			case "COP", "MIL", "SPY", "GOV", "JUD":
				return true
			}
			return false
		}
	}
	return false
}

// clashOpponent returns the actor the victims of a passive harm verb
// fought: "were killed in a clash with Chinese troops", "died in clashes
// with security forces", "wounded in fighting against the rebels", or -1. The
// other side of a clash did the harm; a place ("in
// clashes with police in Gaza") is never that side.
func clashOpponent(toks []tok, acts []actor, actorAt []int, m *match) int {
	i := m.headEnd
	for ; i < len(toks) && i <= m.headEnd+2 && toks[i].low != "in" && toks[i].low != "during"; i++ {
	}
	if i >= len(toks) || i > m.headEnd+2 {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if actorAt[j] >= 0 || toks[j].punct {
			return -1
		}
		if !clashNouns.Has(toks[j].low) {
			continue
		}
		k := j + 1
		if k >= len(toks) || toks[k].low != "with" && toks[k].low != "against" {
			return -1
		}
		for k++; k < len(toks) && k <= j+3 && actorAt[k] < 0 && toks[k].is(wcDeterminer); k++ {
		}
		if k < len(toks) && actorAt[k] >= 0 && !acts[actorAt[k]].place {
			return actorAt[k]
		}
		return -1
	}
	return -1
}

// casualtyEnds end a casualty clause before "in <fighting>".
var casualtyEnds = wordset.New("killed", "wounded", "injured", "died", "dead", "hurt", "displaced", "slain")

// casualtyNominal reports whether the match is the nominal of a
// casualty clause's circumstance: "3,000 people were killed in four
// months of fighting", "died in the clashes", unless the sides follow
// ("died in clashes with Kenyan police"). Its subject would be the
// victims, who fought nobody: the killing is the clause's event, coded
// from its own verb.
func casualtyNominal(toks []tok, m *match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-6; k-- {
		t := &toks[k]
		switch t.low {
		case "in", "during", "amid":
			return casualtyEnds.Has(toks[k-1].low) && !sidesNamed(toks, m.start+1, m.end+3)
		}
		if t.punct || t.upper || t.is(wcBeForm) {
			return false
		}
	}
	return false
}

// sidesNamed reports a "with", "between", "against" or "by" among the
// tokens [i,j): the nominal names who fought.
func sidesNamed(toks []tok, i, j int) bool {
	for k := i; k < len(toks) && k < j; k++ {
		switch toks[k].low {
		case "with", "between", "against", "by":
			return true
		}
	}
	return false
}

// flyingForce reports whether the actor a is an armed force that flies:
// an agent ending in "warplanes", "fighter jets", "helicopter gunships",
// "air force" ("Saudi-led warplanes"), or a state's adjective or name
// right before such a noun ("Russian aircraft", "Israeli drones"). Its
// force is an air attack (195).
func flyingForce(toks []tok, a *actor) bool {
	if a.t1 <= a.t0 || a.t1 > len(toks) {
		return false
	}
	if !a.person && !a.poss && a.country != "" && airStrikeAt(toks, a.t1) {
		return true // "A Saudi-led coalition air strike hit a school bus"
	}
	last := toks[a.t1-1].low
	if a.sector == "MIL" {
		return aircraftNoun(last) || last == "force" && a.t1-2 >= a.t0 && toks[a.t1-2].low == "air" || !a.person && sharedAircraftNoun(toks, a.t1)
	}
	return a.sector == "" && a.country != "" && !a.person && !a.poss && a.t1 < len(toks) && aircraftNoun(toks[a.t1].low)
}

// sharedAircraftNoun reports a coordination of demonyms from token i
// that ends in an aircraft noun the first one shares: "French and
// British warplanes", "Russian, Syrian and Iranian jets".
func sharedAircraftNoun(toks []tok, i int) bool {
	if i >= len(toks) || toks[i].low != "and" && toks[i].low != "," {
		return false
	}
	for k := i; k < len(toks) && k < i+6; k++ {
		switch t := &toks[k]; {
		case t.low == "and" || t.low == ",":
		case t.upper:
		default:
			return aircraftNoun(t.low)
		}
	}
	return false
}

// airStrikeAt reports an air strike or raid noun starting at token i:
// "airstrike(s)", "air strike(s)", "air raid(s)", "drone strike(s)".
func airStrikeAt(toks []tok, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].low {
	case "airstrike", "airstrikes", "air-strike", "air-strikes":
		return true
	case "air", "drone":
		if i+1 < len(toks) {
			switch toks[i+1].low {
			case "strike", "strikes", "raid", "raids":
				return true
			}
		}
	}
	return false
}

// aircraftNoun reports a noun for military aircraft.
func aircraftNoun(w string) bool {
	switch w {
	case "warplanes", "warplane", "jets", "jet", "aircraft", "bombers", "bomber", "drones", "drone", "helicopters", "helicopter", "gunships", "gunship", "planes":
		return true
	}
	return false
}

// elaboratedViolence drops, among the events of one sentence from
// first on, a physical attack aimed at nobody named (CAMEO 18–20, no
// target) when a participle after a comma later in the sentence codes
// the same source's attack on a named target: "Supporters of X attacked
// a protest camp, tearing down tents and beating demonstrators" is one
// assault per attacker, on the demonstrators, not a second one on "?"
// that double-counts violence. An attack by a state's force
// on its own ground (the target only the state of the place: "Sudanese
// security forces stormed a protest camp in Khartoum, killing dozens of
// demonstrators") is aimed at nobody named too.
func elaboratedViolence(text string, evs []doc.Event, first int) []doc.Event {
	n := first // evs[:n] are kept; an event is copied only when one before it was dropped
	for k := first; k < len(evs); k++ {
		e := &evs[k]
		if e.Target != "" && !ownGround(e) || len(e.Cameo) < 2 || e.Cameo[0] < '1' || e.Cameo[0] > '2' || e.Cameo[:2] < "18" || e.Cameo[:2] > "20" || !elaborated(text, evs[first:], e) {
			if n != k {
				evs[n] = *e
			}
			n++
		}
	}
	return evs[:n]
}

// resultVictims drops, among the events of one sentence from first on,
// a physical attack (CAMEO 18–20) whose "-ing" trigger follows, after a
// comma, the same source's attack on a target with a country, when its
// victims are that target ("bombed jihadist positions near Djibo,
// killing dozens of fighters": BFAREB both times) or unnamed people of
// the target's sector and no country of their own ("bombed al-Shabaab
// camps in Somalia, killing dozens of militants": SOMREB, then bare
// REB), or nobody named ("opened fire on protesters in Andijan, killing
// hundreds"): the participle says what the one attack did, and a second
// event would count it twice. Victims of another sector stay: "shelled
// Kharkiv, killing five civilians" and "struck Gaza, killing a Hamas
// commander" name who was harmed.
func resultVictims(text string, evs []doc.Event, first int) []doc.Event {
	sent := evs[first:]
	kept := dropWhere(sent, func(e *doc.Event) bool { return attackResult(text, sent, e) })
	return evs[:first+len(kept)]
}

// attackResult reports whether e is the "-ing" result of an earlier
// attack in evs by the same source on the same victims (see
// resultVictims).
func attackResult(text string, evs []doc.Event, e *doc.Event) bool {
	if e.Negated || !strings.HasSuffix(e.Trigger, "ing") || !forceCode(e.Cameo) {
		return false
	}
	for i := range evs {
		o := &evs[i]
		if o == e || o.Target == "" || o.TargetCountry == "" && e.Target != "" || o.Source != e.Source || o.SourceCode != e.SourceCode || o.Negated ||
			!forceCode(o.Cameo) && o.Cameo != "175" || o.TriggerSpan.End > e.TriggerSpan.Start {
			continue
		}
		if !strings.Contains(text[o.TriggerSpan.End:e.TriggerSpan.Start], ",") {
			continue
		}
		if e.Target == "" || e.TargetCode == o.TargetCode || e.TargetCountry == "" && e.TargetSector != "" && e.TargetSector == o.TargetSector {
			return true
		}
	}
	return false
}

// forceCode reports a physical attack: CAMEO roots 18–20.
func forceCode(code string) bool {
	return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
}

// ownGround reports an event of a state's force (a sector of its own)
// whose target is that same state named bare: a place of its own ground.
func ownGround(e *doc.Event) bool {
	return e.SourceSector != "" && e.SourceCountry != "" && e.TargetSector == "" && e.TargetCountry == e.SourceCountry && e.TargetCode == e.TargetCountry
}

// elaborated reports a physical attack (CAMEO 18–20, or violent
// repression, 175) of evs by e's source with a target, whose "-ing"
// trigger follows e's after a comma.
func elaborated(text string, evs []doc.Event, e *doc.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Target == "" || o.Source != e.Source || len(o.Cameo) < 2 || (o.Cameo[:2] < "18" || o.Cameo[:2] > "20") && o.Cameo != "175" ||
			o.TriggerSpan.Start <= e.TriggerSpan.End || !strings.HasSuffix(o.Trigger, "ing") {
			continue
		}
		if strings.Contains(text[e.TriggerSpan.End:o.TriggerSpan.Start], ",") {
			return true
		}
	}
	return false
}

// echoedCasualty drops from the sentence's events (evs[first:]) a
// material-conflict event with no source whose target is the target of
// a material-conflict event of the same sentence that has one: "Security
// forces fired tear gas and at least 125 people were injured" is one
// act, the 175 of the forces; the agentless "were injured" is its
// result, and coding it again (as 190, conventional force) would count
// the act twice and overstate it. A casualty event whose
// victims are named otherwise than the act's target ("Israel bombed Gaza
// and many civilians were killed") stays: it says who was harmed.
func echoedCasualty(evs []doc.Event, first int) []doc.Event {
	if len(evs)-first < 2 {
		return evs
	}
	drop := func(e *doc.Event) bool {
		if e.Source != "" || e.QuadClass != 4 || e.Target == "" {
			return false
		}
		for j := first; j < len(evs); j++ {
			if o := &evs[j]; o.Source != "" && o.QuadClass == 4 && o.Target == e.Target {
				return true
			}
		}
		return false
	}
	n := first
	for i := first; i < len(evs); i++ {
		if !drop(&evs[i]) {
			evs[n] = evs[i]
			n++
		}
	}
	return evs[:n]
}

// factionForces reports whether two actors of the same code are two
// factions of one force: one of them is named by its side, "soldiers
// loyal to the president", "troops backing the coup", "mutinous
// troops", "renegade soldiers". A mutiny or a coup attempt
// sets a state's forces against each other; their clash is an event,
// unlike "Indian troops … killing two Indian soldiers", where the same
// force is the actor and its own casualty.
func factionForces(toks []tok, sa, ta *actor) bool {
	return factionSide(toks, sa) || factionSide(toks, ta)
}

// factionSide reports an actor right after a faction adjective
// (mutinous, renegade, loyalist, dissident) or right before "loyal to",
// "backing", "supporting".
func factionSide(toks []tok, a *actor) bool {
	if a.t0 > 0 {
		switch toks[a.t0-1].low {
		case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting":
			return true
		}
	}
	switch w := toks[a.t0].low; w {
	case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting", "mutineers", "loyalists":
		return true
	}
	if a.t1 < len(toks) {
		switch toks[a.t1].low {
		case "loyal", "backing", "supporting", "who":
			return toks[a.t1].low != "who" || a.t1+1 < len(toks) && (toks[a.t1+1].low == "backed" || toks[a.t1+1].low == "support" || toks[a.t1+1].low == "supported" || toks[a.t1+1].low == "joined" || toks[a.t1+1].low == "mutinied")
		}
	}
	return false
}

// rammingVerbs are the verbs of a vehicle driven into people.
var rammingVerbs = stringSet("drove", "driven", "drives", "driving", "drive", "ploughed", "plowed", "ploughs", "plows",
	"ploughing", "plowing", "rammed", "rams", "ramming", "smashed", "slammed", "careered", "careened", "sped", "crashed")

// vehicles are the subjects of a ramming whose driver is unnamed.
var vehicles = stringSet("car", "cars", "truck", "trucks", "lorry", "van", "vehicle", "suv", "driver", "motorist",
	"bus", "pickup", "minivan", "motorcycle", "tractor")

// vehicleRamming reports a ramming match (a verb of rammingVerbs, coded
// 18x by a pattern that requires people as its object: "drove into
// demonstrators") whose subject is a vehicle or its unnamed driver ("a
// car drove into demonstrators near Kfar Saba"): the attacker
// is unknown, the people hit are the target. The vehicle must stand
// within three words before the verb, with no actor between.
func vehicleRamming(toks []tok, actorAt []int, m *match) bool {
	if !rammingVerbs[toks[m.start].low] {
		return false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-3; j-- {
		if actorAt[j] >= 0 || toks[j].punct {
			return false
		}
		if vehicles[toks[j].low] {
			return true
		}
	}
	return false
}

// purposeForce reports an act of force (CAMEO 18–20) whose verb is an
// infinitive of purpose after a noun or an actor: "requested assistance
// to fight Boko Haram", "sent troops to Mali to fight jihadists". What a
// request, deployment or plan is for did not happen. Infinitives after
// verbs ("vowed to attack", "began to shell") are left to the intent and
// aspect rules.
func purposeForce(toks []tok, actorAt []int, m *match) bool {
	h := m.start
	if m.p.Flags&FlagNominal != 0 {
		return false
	}
	switch m.p.Code[:2] {
	case "18", "19", "20":
	default:
		return false
	}
	h = helpedInfinitive(toks, actorAt, h)
	if h < 2 || toks[h-1].low != "to" {
		return false
	}
	b := h - 2
	if actorAt[b] < 0 && (!plainNoun(&toks[b]) || toks[b].is(wcIntent|wcAppeal)) {
		return false
	}
	switch toks[b].low {
	case "offensive", "counteroffensive", "counter-offensive", "operation", "operations", "campaign", "assault", "attack", "attacks",
		"raid", "raids", "strike", "strikes", "airstrikes", "push", "incursion", "advance", "bombardment":
		return false // "launched a major offensive to retake South Ossetia": the offensive is the force aimed so
	}
	for k := b - 1; k >= 0 && k >= b-4; k-- {
		switch toks[k].low {
		case "used", "using", "use", "uses", "employed", "employing":
			return false // "used drones to attack the airport": the instrument of an attack made
		}
	}
	return true
}

// helpedInfinitive returns the position of "help" when the verb at h is
// the bare infinitive after "help" or "help X" ("to help fight", "an
// international force to help police fight armed gangs"), whose purpose
// "to" then stands before "help"; else h.
func helpedInfinitive(toks []tok, actorAt []int, h int) int {
	k := h - 1
	if k >= 0 && actorAt[k] >= 0 {
		for k >= 0 && actorAt[k] >= 0 {
			k--
		}
		if k >= 0 && toks[k].is(wcDeterminer) {
			k--
		}
	}
	if k >= 1 && toks[k].low == "help" && toks[k-1].low == "to" {
		return k
	}
	return h
}

// equipmentNoun reports an agent noun that names weapons rather than
// people: "backed by tanks", "supported by helicopters".
func equipmentNoun(w string) bool {
	switch w {
	case "tanks", "artillery", "armour", "armor", "helicopters", "gunships", "warplanes", "jets", "drones", "aircraft", "armoured", "armored", "vehicles":
		return true
	}
	return aircraftNoun(w)
}

// equipmentAfter reports weapons named in the three words from i, before
// any punctuation ("by armoured vehicles", "by heavy artillery").
func equipmentAfter(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+3 && !toks[k].punct; k++ {
		if equipmentNoun(toks[k].low) {
			return true
		}
	}
	return false
}

// protestersHit reports a target of state force that is people
// protesting: protesters, demonstrators or marchers by name, or people
// of the opposition, clergy, students or workers in a sentence about a
// protest, march, rally or sit-in ("monks marching through Yangon were
// beaten"); people killed ("killing two people") stay casualties. Force
// against them is repression (175).
func protestersHit(toks []tok, ta *actor) bool {
	if ta.place || ta.person || ta.t1 <= ta.t0 || ta.t1 > len(toks) {
		return false
	}
	switch toks[ta.t1-1].low {
	case "protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator":
		return true
	}
	switch ta.sector {
	case "OPP", "REL", "EDU", "LAB":
	default:
		return false
	}
	for i := range toks {
		w := toks[i].low
		if strings.HasPrefix(w, "protest") || strings.HasPrefix(w, "demonstrat") || strings.HasPrefix(w, "march") || w == "rally" || w == "rallies" || w == "sit-in" {
			return true
		}
	}
	return false
}

// clashWord reports a trigger of fighting between two sides ("died in
// clashes with police"): no one-sided repression.
func clashWord(w string) bool {
	return strings.HasPrefix(w, "clash") || w == "fighting" || w == "battle" || w == "battles" || w == "firefight"
}

// shootDown reports a trigger that shoots down or downs an aircraft
// ("Turkish jets shot down a Russian warplane"): CAMEO's verb dictionary
// files SHOOT_DOWN under KILL (190), so the shooters' being aircraft
// makes no air attack (195) of it.
func shootDown(toks []tok, h int) bool {
	switch w := toks[h].low; w {
	case "downed", "down", "downing", "downs":
		return true
	case "shot", "shoot", "shoots", "shooting":
		return h+1 < len(toks) && toks[h+1].low == "down"
	}
	return false
}

// aidBody reports the name of an aid agency: one that names development,
// aid, relief or humanitarian work ("United States Agency for
// International Development", "Norwegian Refugee Council" stays out).
func aidBody(name string) bool {
	for _, w := range [...]string{"Development", "Aid", "Relief", "Humanitarian", "Food Programme", "Food Program"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// suicideBomberSubject reports a source named as a suicide bomber: the
// first source's mention ends in, or is followed by, "suicide
// bomber(s)" ("an al-Shabaab suicide bomber", "a Taliban suicide
// bomber"). Called only for 180 and 190 codes.
func suicideBomberSubject(toks []tok, acts []actor, srcs []int) bool {
	if len(srcs) == 0 || srcs[0] < 0 {
		return false
	}
	a := &acts[srcs[0]]
	for i := max(a.t0, a.t1-2); i <= a.t1 && i+1 < len(toks); i++ {
		if toks[i].low == "suicide" && (toks[i+1].low == "bomber" || toks[i+1].low == "bombers") {
			return true
		}
	}
	return false
}

// allegationAbout reports an actor at t0 that is the subject of the
// that-clause of an allegation noun, past a title or two ("allegations
// that President Cristina Fernandez covered up …"): the one accused.
func allegationAbout(toks []tok, t0 int) bool {
	k := t0 - 1
	for n := 0; n < 2 && k > 1 && toks[k].upper && !toks[k].punct; n++ {
		k--
	}
	if k < 1 || toks[k].low != "that" {
		return false
	}
	switch toks[k-1].low {
	case "allegations", "allegation", "claims", "accusations", "reports", "suspicions":
		return true
	}
	return false
}

// investigatedSuspect reports an investigation (090) by prosecutors or
// police (a JUD or COP source) whose target is named right after the
// match, past only "into" and the target's own determiner and
// modifiers: "prosecutors opened an investigation into the mayor of
// Osh", "into the former finance minister". Such an investigation is
// of a suspect, a crime (091). A target further on ("investigate the derailment of a FirstGroup
// train", "investigate X's death") is no suspect and stays 090.
func investigatedSuspect(toks []tok, acts []actor, m *match, srcs, tgts []int) bool {
	if len(srcs) == 0 || srcs[0] < 0 || len(tgts) == 0 || tgts[0] < 0 {
		return false
	}
	if s := acts[srcs[0]].sector; s != "JUD" && s != "COP" {
		return false
	}
	t := &acts[tgts[0]]
	if t.place || t.poss {
		return false
	}
	if t.t0 > m.start && t.t0 < m.end {
		return allegationAbout(toks, t.t0) // "opened an investigation into allegations that President X took bribes"
	}
	if t.t0 < m.end || t.t0 > m.end+5 {
		return false
	}
	i := m.end
	if toks[i].low == "into" {
		i++
	}
	for ; i < t.t0; i++ {
		// the target's own determiner and modifiers ("the former
		// finance minister"); no preposition, possessive or name
		if w := &toks[i]; w.punct || w.upper || w.is(wcPreposition) || w.low == "'s" {
			return false
		}
	}
	return true
}
