package event

import (
	"math"
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Words that end the clause a trigger governs, scanning right.
var rightStop = wordset.FromMap(map[string]bool{
	"after": true, "before": true, "while": true, "when": true, "because": true, "since": true,
	"following": true, "amid": true, "despite": true, "although": true, "though": true, "but": true,
	"which": true, "who": true, "whom": true, "where": true, "saying": true, "said": true, "says": true,
	"if": true, "unless": true, "until": true, "whereas": true, "as": true, "so": true, "that": true,
})

// subordinators end an object even right after the verb ("was
// executed after he ventured into Peru").
var subordinators = wordset.FromMap(map[string]bool{"after": true, "before": true, "when": true, "because": true,
	"although": true, "though": true, "if": true, "unless": true, "until": true, "whereas": true, "which": true, "who": true})

// Words that end the clause scanning left from the trigger.
var leftStop = wordset.FromMap(map[string]bool{
	"that": true, "which": true, "who": true, "after": true, "before": true, "while": true, "when": true,
	"because": true, "since": true, "but": true, "although": true, "if": true, "where": true, "as": true,
})

var pronouns = wordset.FromMap(map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true})

var prepositions = wordset.FromMap(map[string]bool{
	"of": true, "in": true, "from": true, "with": true, "at": true, "to": true, "for": true, "on": true,
	"against": true, "by": true, "into": true, "near": true, "over": true, "about": true, "between": true,
	"among": true, "toward": true, "towards": true, "upon": true, "across": true, "inside": true, "along": true,
	"outside": true, "under": true, "through": true, "via": true, "beside": true, "behind": true, "within": true, "throughout": true,
})

var locPreps = wordset.FromMap(map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "throughout": true, "through": true})

var beForms = wordset.FromMap(map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "be": true, "get": true, "got": true})

var negators = wordset.FromMap(map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true, "without": true, "cannot": true})

var denyWords = wordset.FromMap(map[string]bool{"deny": true, "denies": true, "denied": true, "denying": true, "refused": true, "refuses": true, "refuse": true,
	"declined": true, "declines": true, "decline": true, "failed": true, "fails": true, "rejected": true, "rules": true, "ruled": true,
	"refusal": true, "refusals": true}) // ("Chile's refusal to negotiate with Bolivia": no talks held)

var hypoWords = wordset.FromMap(map[string]bool{
	"would": true, "could": true, "might": true, "may": true, "will": true, "shall": true, "should": true, "'ll": true,
	"plans": true, "plan": true, "planned": true, "planning": true, "intends": true, "intend": true, "intended": true,
	"vowed": true, "vows": true, "vow": true, "pledged": true, "pledges": true, "threatened": true, "threatens": true,
	"threaten": true, "threatening": true, "ready": true, "willing": true, "prepared": true, "preparing": true, "prepares": true, "expected": true,
	"set": true, "about": true, "going": true, "if": true, "unless": true, "seeks": true, "seeking": true,
	"wants": true, "wanted": true, "aims": true, "aimed": true, "considering": true, "considers": true,
	"weighing": true, "weighs": true, "mulling": true, "mulls": true, "contemplating": true, "contemplates": true,
	"reluctant": true, "hesitant": true,
	"hopes": true, "hoped": true, "promised": true, "promises": true, "proposed": true, "proposes": true,
	"possible": true, "potential": true, "planned-for": true, "must": true, "urged": true, "urges": true,
	"called": true, "calls": true, "demanded": true, "demands": true, "asked": true, "asks": true,
})

var allegeWords = wordset.FromMap(map[string]bool{
	"alleged": true, "allegedly": true, "reportedly": true, "purportedly": true, "purported": true,
	"reported": true, "suspected": true, "claimed": true, "apparently": true, "unconfirmed": true,
	"rumoured": true, "rumored": true, "supposedly": true,
	"presumed": true, "presumably": true, "unverified": true,
})

// datePrefix returns the calendar date a TIMEX3 value begins with
// ("2024", "2024-07", "2024-07-31"; the leftmost match of
// ^\d{4}(-\d{2}(-\d{2})?)?), or an ISO week ("2016-W38": "last
// week" is that week, not the year), or a whole decade or century
// value ("199" for "the 1990s", "19": the clause happened in it, and
// no year of it may be made up), "" when it begins with none.
func datePrefix(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if (len(v) == 2 || len(v) == 3) && digits(v) {
		return v
	}
	if len(v) < 4 || !digits(v[:4]) {
		return ""
	}
	n := 4
	if len(v) >= 8 && v[4] == '-' && v[5] == 'W' && digits(v[6:8]) {
		return v[:8]
	}
	if len(v) >= 7 && v[4] == '-' && digits(v[5:7]) {
		n = 7
		if len(v) >= 10 && v[7] == '-' && digits(v[8:10]) {
			n = 10
		}
	}
	return v[:n]
}

// emit turns one match into events. m is read, never written (the
// caller's next matches look back at it), and passed by pointer: the
// copy of a match was a large part of a call.
// times holds the document's times that may lie in the sentence
// (sentenceTimes).
func (c *Coder) emit(d *doc.Doc, si int, sent doc.Span, toks []tok, acts []actor, actorAt []int, m *match, quotes [][2]int, times []doc.Time, date string, prevSrcs []int) []int {
	p := m.p
	// the code's root and quad class, which many rules below test: the
	// index's (emit is too large for the compiler to inline the cameo
	// calls), asked again only of a code changed since
	root, quad := p.root, p.quad
	if p.Code != p.ccCode {
		root, quad = cameo.Root(p.Code), cameo.QuadClass(p.Code)
	}
	// Each rule below that most matches fail is asked only past its
	// cheapest test, written here, so that the rule's own code stays
	// out of the instruction cache (each rule notes the test beside its
	// own; the two must agree).
	// (the suffix tests in emit are written out: the compiler inlines no
	// strings.HasSuffix in a function this large)
	if w := toks[m.head].low; len(w) >= 2 && w[len(w)-2:] == "ed" && participleAdjective(toks, m) {
		return nil // "children from occupied areas", "the besieged city"
	}
	if p.Code == "040" && meetsVisitor(toks, actorAt, m) {
		return nil // "met visiting Chinese officials": the visit and its hosting code it
	}
	if !c.petrarch() && discussBefore(toks, m.start) >= 0 && discussedTopic(toks, actorAt, m) {
		return nil // "arrived to discuss emergency support": the topic
	}
	var srcs, tgts []int
	passive := false
	if len(m.src) > 0 {
		srcs = m.src
		if p.Flags&FlagPassive != 0 && len(m.tgt) == 0 && !c.petrarch() {
			passive = true // "backed by US bombing": the agent is the pattern's; the patient is the subject
		}
		if p.Flags&FlagPassive != 0 && len(srcs) == 1 && srcs[0] >= 0 && !c.petrarch() {
			srcs = conj(toks, acts, actorAt, srcs[0]) // "was attended by X and Y": both
		}
	}
	if len(m.tgt) > 0 {
		tgts = m.tgt
		if len(tgts) == 1 && tgts[0] >= 0 && !c.petrarch() {
			tgts = conj(toks, acts, actorAt, tgts[0]) // "said US and British forces must …": both
		}
	}
	if len(tgts) > 0 && len(m.src) == 0 && !c.petrarch() && recipientPassive(toks, m) {
		// "She was awarded a Congressional Gold Medal during her visit
		// to Washington": she receives it, from whoever "by" names
		passive, srcs, tgts = true, []int{-1}, c.subject(toks, acts, actorAt, m)
		if by := c.byAgent(toks, acts, actorAt, m); by >= 0 {
			srcs = conj(toks, acts, actorAt, by)
		}
	}
	nominal := p.Flags&FlagNominal != 0
	if !c.petrarch() && causeNominal(toks, m) {
		return nil // "broke off relations over a police raid on its embassy": the reason, told as background
	}
	noTarget := false // a reduced passive whose patient is no actor
	reduced := false  // a participle after a noun ("the civilians imprisoned for …"): who they are, told as background
	weakSource := false
	protestCode := "" // "Mexico protested …": 114
	weaponCode := ""  // "An air strike killed …": 195
	if len(tgts) > 0 && tgts[0] >= 0 && acts[tgts[0]].poss && !c.petrarch() {
		if pt := possessedPerson(toks, acts, actorAt, tgts[0]); pt >= 0 {
			tgts = conj(toks, acts, actorAt, pt) // "held talks with Singapore's Prime Minister Lee": Lee
		}
	}
	if len(tgts) == 1 && tgts[0] >= 0 && root == "17" && !c.petrarch() && clearedPlace(toks, acts, m, tgts[0]) {
		tgts, noTarget = nil, true // "used water cannon to clear a highway in Jerusalem": where
	}
	if len(srcs) == 0 && len(tgts) == 0 && quad <= 3 && p.Flags&FlagReciprocal == 0 && !c.petrarch() {
		if g, ok := receivedNominal(toks, acts, actorAt, m); ok {
			// "the plan received critical support from Republican
			// leaders", "drew a rebuke from": the givers act on the
			// receiver, the clause subject
			if tgts = c.subject(toks, acts, actorAt, m); g >= 0 {
				srcs = conj(toks, acts, actorAt, g)
			} else if len(tgts) > 0 {
				srcs = []int{-1}
			}
		}
	}
	if len(srcs) == 0 {
		switch {
		case nominal:
			var owned bool
			srcs, owned = c.nominalSource(toks, acts, actorAt, m)
			if !owned && !c.petrarch() && hostedNoun(toks, m.start) {
				return nil // "Iraq and Oman hosted talks between the rivals": the hosts do not talk
			}
			if !owned && !c.petrarch() && citedNominal(toks, actorAt, m) {
				// "…, McConnell said, citing the release of political
				// prisoners": the release has its own, unnamed agent
				srcs, owned, weakSource = []int{-1}, true, true
			}
			if !owned && prevSrcs != nil && quad <= 2 && len(prevSrcs) > 0 && prevSrcs[0] >= 0 {
				// "Abbas told the Arab League during a visit to Egypt":
				// the visit is the clause subject's, not the object's
				srcs = prevSrcs
			}
			if !owned {
				weakSource = true
				if !c.petrarch() && !c.KeepSourceless && p.Flags&FlagReciprocal == 0 && quad >= 3 && !lightVerbBefore(toks, m.start) {
					// "eroded the world's toughest embargo", "an inquiry
					// into the massacre": a conflict noun with no owner of
					// its own is not the clause subject's act (a visit or
					// talks "during a visit to Y" usually are)
					srcs = nil
				}
			}
		case !c.petrarch() && m.start >= 2 && (toks[m.start-1].low == "being" || toks[m.start-1].low == "been") &&
			quad == 4 && gerundPassiveVictim(toks, acts, actorAt, m) >= 0:
			// "Abe died after being shot": the clause subject was shot,
			// by someone the clause does not name
			passive = true
			tgts = conj(toks, acts, actorAt, gerundPassiveVictim(toks, acts, actorAt, m))
			if by, _ := c.passiveAgent(toks, acts, actorAt, *m); by >= 0 && !slices.Contains(tgts, by) {
				srcs = conj(toks, acts, actorAt, by)
			}
		case !c.petrarch() && root == "05" && dealWith(toks, acts, actorAt, m) >= 0:
			// "follows a $35 billion deal signed last month with the
			// United Arab Emirates": one party is named, the other not
			srcs, tgts = []int{-1}, conj(toks, acts, actorAt, dealWith(toks, acts, actorAt, m))
		default:
			rp := c.reducedPassive(toks, acts, actorAt, m)
			if rp == noActorPassive {
				// "two men sought in the slaying": a participle after a
				// noun that is no actor; its subject is no actor's act
				return nil
			}
			if rp == patientPassive {
				passive, noTarget, reduced = true, true, true
				if by, _ := c.passiveAgent(toks, acts, actorAt, *m); by >= 0 {
					srcs = conj(toks, acts, actorAt, by)
				}
			} else if rp >= 0 {
				// "several people convicted of spying", "militants
				// arrested by police": the actor before the participle
				// is acted on
				passive, reduced = true, true
				if by, _ := c.passiveAgent(toks, acts, actorAt, *m); by >= 0 && by != rp {
					srcs = conj(toks, acts, actorAt, by)
				} else if by := c.byAgent(toks, acts, actorAt, m); by >= 0 && by != rp && acts[by].t0 > m.end && !beFormBetween(toks, m.end, acts[by].t0) {
					srcs = conj(toks, acts, actorAt, by) // "hostages seized in Iraq by militants"
				} else if by := attackOwnerAfter(toks, acts, actorAt, m); by >= 0 && by != rp {
					srcs = conj(toks, acts, actorAt, by) // "soldiers killed in Israeli strikes"
				}
				tgts = conj(toks, acts, actorAt, rp)
				if len(srcs) == 0 && strings.HasPrefix(p.Code, "112") && toks[m.head].low == "accused" && !c.petrarch() {
					// "a gunman accused of killing eight people", "people
					// accused of rape": who the person is, no accusation
					// anyone made here
					return nil
				}
			} else if by, isPassive := c.passiveAgent(toks, acts, actorAt, *m); isPassive {
				// "X was struck by Y": Y acts on X. Without "by", the
				// actor after the verb ("was criticised … with Y") is
				// taken as the source, as PETRARCH does.
				var drop bool
				if srcs, drop = c.passiveSource(toks, acts, actorAt, m, by); drop {
					// "a readout released by the Chinese side": a thing,
					// not a person, is released
					return nil
				}
				passive = true
				// sitrep's own coding leaves the source of an agentless
				// passive unknown: in "was executed after he ventured
				// into Peru's jungle" Peru did nothing
			} else if len(prevSrcs) > 0 && prevSrcs[0] >= 0 && !c.petrarch() && purposeInfinitive(toks, actorAt, m) {
				// "police stormed the embassy to arrest Glas": the
				// purpose is the subject's, not the object's
				srcs = prevSrcs
			} else if ps, ok := passiveReasonSubject(toks, actorAt, m); ok && !c.petrarch() {
				srcs = []int{ps} // "X had been fired by Y for refusing …": X refused
				if ps >= 0 {
					srcs = conj(toks, acts, actorAt, ps)
				}
			} else if bs := butSubject(toks, acts, actorAt, m); bs != nil && !c.petrarch() {
				srcs = bs // "…, but protesters returned and set fire to …"
			} else if prev := relativePronounSubject(toks, m, prevSrcs); prev != nil && !c.petrarch() {
				srcs = prev // "stormed the hotel, where they took guests hostage"
			} else if ob := orderThenDid(toks, actorAt, m); ob >= 0 && len(prevSrcs) > 0 && !c.petrarch() {
				srcs = conj(toks, acts, actorAt, ob) // "ordered troops to occupy … and gave …": the orderer gave
			} else if oh := objectRelativeHead(toks, acts, actorAt, m); oh >= 0 && len(prevSrcs) > 0 && prevSrcs[0] >= 0 && !slices.Contains(prevSrcs, oh) && !c.petrarch() {
				srcs = prevSrcs // "sanctioned officials they blamed for the crisis": the sanctioners blame the officials
				if len(tgts) == 0 {
					tgts = conj(toks, acts, actorAt, oh)
				}
			} else if w, ok := withAbsolute(toks, m); ok && !c.petrarch() {
				// "Jammeh faced pressure, with West African leaders
				// warning that …": the noun after "with" warns, not the
				// clause's subject
				srcs = []int{-1}
				for k := w + 1; k < m.start && k <= w+4; k++ {
					if actorAt[k] >= 0 {
						srcs = conj(toks, acts, actorAt, actorAt[k])
						break
					}
				}
			} else if prev := c.sharedSubject(toks, m, prevSrcs); prev != nil && (c.petrarch() || !subordinateSubject(toks, actorAt, m)) {
				srcs = prev
			} else if cs := coordSubject(toks, acts, actorAt, m); cs >= 0 && !c.petrarch() {
				// "Belarus forced a Ryanair flight to land in Minsk and
				// arrested a journalist": the coordinated verb shares the
				// clause's subject, not the nearest noun
				srcs = conj(toks, acts, actorAt, cs)
			} else {
				srcs = c.subject(toks, acts, actorAt, m)
				if len(srcs) == 1 && srcs[0] >= 0 && !c.petrarch() && m.start > acts[srcs[0]].t0 {
					if k := tellAddressee(toks, acts, srcs[0]); k >= 0 {
						srcs = c.subject(toks, acts, actorAt, &match{p: p, start: k, end: k + 1, head: k, headEnd: k + 1, anchorEnd: k + 1}) // "X told Al Jazeera that …": X
					}
				}
				if len(srcs) == 1 && srcs[0] > 0 && !c.petrarch() {
					if ap := appositiveOf(toks, acts, srcs[0]); ap >= 0 {
						// "Santos and the leader of the FARC, Rodrigo
						// Londono, signed": the name in apposition stands
						// for the actor before it, with whatever that is
						// listed with
						l := slices.Clone(conj(toks, acts, actorAt, ap)) // changed below: conj's lists are shared
						for k := range l {
							if l[k] == ap {
								l[k] = srcs[0]
							}
						}
						srcs = l
					}
				}
				if len(srcs) == 1 && srcs[0] > 0 && !c.petrarch() {
					if h := participleHead(toks, acts, srcs[0]); h >= 0 {
						srcs = []int{h} // "Soldiers backing Rajoelina stormed the palace": the soldiers
					} else if h := modifiedHead(toks, acts, actorAt, srcs[0]); h >= 0 {
						srcs = conj(toks, acts, actorAt, h) // "Kurdish fighters who control the Syrian town of Kobani attacked": the fighters
					} else if h := classedSubject(toks, acts, actorAt, srcs[0]); h >= 0 {
						srcs = conj(toks, acts, actorAt, h) // "Sweden became the first EU country to recognise Palestine": Sweden
					}
				}
				if len(srcs) == 1 && srcs[0] >= 0 && !c.petrarch() {
					srcs = coSubjects(toks, acts, actorAt, srcs, m.start)
				}
			}
		}
	}
	if len(srcs) == 2 && srcs[0] >= 0 && srcs[1] >= 0 && !c.petrarch() && appositiveOf(toks, acts, srcs[1]) == srcs[0] {
		srcs = srcs[1:] // "Brazil's ambassador, Maria Viotti, said": one speaker, the person
	}
	if len(srcs) == 2 && srcs[0] >= 0 && srcs[1] >= 0 && !c.petrarch() && representativeOf(toks, acts, srcs[1]) == srcs[0] {
		srcs = srcs[1:] // "Odinga's spokesman, Makau Mutua, said": the spokesman speaks
	}
	if len(srcs) > 0 && srcs[0] >= 0 && p.Flags&FlagNoTarget != 0 && !c.petrarch() && acts[srcs[0]].t1 < m.head && unnamedInvertedSpeaker(toks, actorAt, m.head) {
		// "Moise was shot dead when gunmen stormed his residence, the
		// interim prime minister said": the gunmen said nothing; the
		// speaker is no actor
		return nil
	}
	if len(tgts) == 0 && len(srcs) > 0 && (root == "13" || root == "17" || root == "18" || root == "19" || root == "20") && abstractObject(toks, m) {
		// "fight corruption", "attack poverty": no actor is acted on
		return nil
	}
	if passive && len(tgts) == 0 && p.Flags&FlagNoTarget != 0 && !c.petrarch() {
		noTarget = true // "X was declared the winner": said of X, not to X
	}
	if len(tgts) == 0 && !noTarget {
		switch {
		case passive:
			tgts = c.subject(toks, acts, actorAt, m)
			if len(tgts) == 1 && tgts[0] >= 0 && !c.petrarch() {
				if h, in := clauseHead(toks, acts, actorAt, tgts[0]); h >= 0 {
					tgts = conj(toks, acts, actorAt, h) // "Rebels holding the Syrian town of Qusair were attacked": the rebels
				} else if in && m.start > 0 && toks[m.start-1].is(wcBeForm) || whoseClause(toks, &acts[tgts[0]], m.start) {
					// "mercenaries who are suspected of killing President
					// Moise were arrested", "Uribe, whose father was
					// killed by FARC rebels": the one acted on is unnamed
					// (a participle with no "be" may be the clause's own:
					// "lawyers who represent people killed by")
					tgts = nil
				}
			}
			if root == "15" && (len(srcs) == 0 || srcs[0] < 0) && len(tgts) > 0 && tgts[0] >= 0 && !c.petrarch() && forceSector(acts[tgts[0]].sector) {
				// "police were deployed across Dhaka ahead of a rally
				// called by the opposition": the force deployed is the
				// state's mobilisation; whom it faces is the gathering's
				// organiser, if named
				srcs, tgts = tgts, nil
				if o := gatheringOrganiser(toks, actorAt, m.end); o >= 0 {
					tgts = conj(toks, acts, actorAt, o)
				}
				passive, noTarget = false, len(tgts) == 0
			}
			if len(tgts) > 0 && tgts[0] >= 0 && !c.petrarch() && thingPatient(toks, actorAt, m, acts[tgts[0]].t1) {
				// "33 million people were affected and a million homes
				// had been destroyed": the homes were, not the people
				tgts = nil
			}
		case p.Flags&FlagNoTarget != 0:
			// statements: a target only right after the verb or through
			// "to" ("told Iran", "said to Iran"), never the content
			// of what was said
			// ("said to Iran"); an actor right after "said" is the subject
			// of what was said ("Blinken said Russia had …"), not its
			// addressee
			if i := m.end; i+1 < len(toks) && toks[i].low == "to" && actorAt[i+1] >= 0 {
				tgts = conj(toks, acts, actorAt, actorAt[i+1])
			}
		default:
			tgts = c.object(toks, acts, actorAt, m, nominal)
			if root == "15" && !c.petrarch() && (len(tgts) == 0 || tgts[0] >= 0 && (forceSector(acts[tgts[0]].sector) || acts[tgts[0]].place)) {
				// "deployed riot police across Dhaka ahead of a rally
				// called by the opposition": the forces deployed and
				// where they go are no target when the gathering's
				// organiser is named
				if o := gatheringOrganiser(toks, actorAt, m.end); o >= 0 {
					tgts = conj(toks, acts, actorAt, o)
				}
			}
			if len(tgts) == 0 && !nominal && !c.petrarch() {
				if k := sharedObjectVerb(toks, m); k >= 0 {
					// "shot and killed Terence Crutcher": the object after
					// the second verb is the first's too
					tgts = c.object(toks, acts, actorAt, &match{p: p, start: k, end: k + 1, head: k, headEnd: k + 1, anchorEnd: k + 1}, false)
				}
			}
		}
	}
	if len(tgts) == 0 && p.Flags&FlagVisit != 0 && !nominal && !passive && !c.petrarch() && c.thingVisited(toks, actorAt, m) {
		return nil // "visited an out of hours GP clinic", "toured the museum": a place of everyday life, no host
	}
	if len(tgts) > 0 && tgts[0] >= 0 && root == "04" && !c.petrarch() {
		tgts = visitPurpose(toks, acts, actorAt, tgts) // "travel to Brussels to meet X": X
	}
	if len(tgts) == 0 && !noTarget && !passive && !nominal && !c.petrarch() && quad == 4 {
		if a := definitePlace(toks, acts, actorAt, m); a >= 0 {
			tgts = []int{a} // "as Israeli warplanes pounded the enclave": Gaza, named before
		}
	}
	if len(tgts) == 1 && tgts[0] >= 0 && !c.petrarch() && quad == 4 {
		if h := housedActor(toks, acts, actorAt, tgts[0]); h >= 0 {
			tgts = conj(toks, acts, actorAt, h) // "fired missiles at two Iraqi bases housing U.S. troops": the troops
		}
	}
	if !c.petrarch() && !passive && !nominal && len(prevSrcs) > 0 && prevSrcs[0] >= 0 {
		if ok, subj := resultRelative(toks, actorAt, m); ok {
			srcs, tgts = []int{subj}, prevSrcs // "…, a move his opponents denounced as a coup": not the dismissed man's act
			if subj >= 0 {
				srcs = conj(toks, acts, actorAt, subj)
			}
		}
	}
	if p.Code == "075" && passive && len(srcs) > 0 && srcs[0] >= 0 && len(tgts) > 0 && tgts[0] >= 0 && acts[tgts[0]].country == acts[srcs[0]].country && !c.petrarch() {
		// "Russian state media reported that he had been granted asylum
		// in Moscow": a state grants asylum to foreigners; its own
		// media are the reporter, not the refugee
		tgts = nil
	}
	if len(tgts) == 0 && !passive && !nominal && !c.petrarch() && quad == 4 {
		if pt := pronounObject(toks, acts, m, srcs); pt >= 0 {
			tgts = []int{pt} // "stormed the residence of President Moise and shot him dead": him is Moise
		}
	}
	tgts = relativeObject(toks, acts, m, srcs, tgts, passive || nominal || c.petrarch()) // "Thaksin was taken to the Supreme Court, which sentenced him …"
	if len(m.tgt) == 0 && !passive && !nominal && (quad == 4 || strings.HasPrefix(p.Code, "084")) && !c.petrarch() && (len(tgts) == 0 || m.end < len(toks) && toks[m.end].low == "them") {
		if ct := countObjectReferent(toks, acts, m, srcs); ct >= 0 && (len(tgts) == 0 || tgts[0] >= 0 && acts[tgts[0]].t0 > m.end) {
			// "fired tear gas at protesters and arrested dozens": some of
			// the protesters; "released 222 opposition figures and
			// deported them to the United States": them, not where to
			tgts = []int{ct}
		}
	}
	if len(tgts) == 0 && len(m.tgt) == 0 && root == "13" && !passive && !nominal && !c.petrarch() {
		if ag := respondedAggressor(toks, actorAt, m); ag >= 0 && !slices.Contains(srcs, ag) {
			tgts = conj(toks, acts, actorAt, ag) // "would respond with force to any incursion by Colombian troops": at them
		}
	}
	if len(prevSrcs) > 1 && p.Code == "045" && !c.petrarch() && mediatedDeal(toks, m) {
		tgts = prevSrcs // "X and Y exchanged prisoners in a deal mediated by Qatar": Qatar mediates between X and Y
	}
	if len(srcs) == 0 && len(tgts) == 0 && !passive && !nominal && !c.petrarch() && unnamedAssailant(toks, actorAt, m) && quad == 4 {
		if v := pronounVictim(toks, acts, m); v >= 0 {
			srcs, tgts = []int{-1}, []int{v} // "when a man fired at him": an unknown attacker, him the person named before
		}
	}
	if !passive && !nominal && !c.petrarch() && quad == 3 && pronounAfterTrigger(toks, m) {
		if pt := pronounObject(toks, acts, m, srcs); pt >= 0 {
			tgts = []int{pt} // "issued a warrant for Putin, accusing him of …": him is Putin, not a country named later
		}
	}
	if root == "11" && !passive && !nominal && itAfterTrigger(toks, m) && !c.petrarch() {
		if it := itObject(toks, acts, m, srcs); it >= 0 {
			tgts = []int{it} // "cut ties with Qatar, accusing it of being too close to Iran": it is Qatar
		}
	}
	if len(tgts) == 0 && !passive && !nominal && !c.petrarch() && quad == 3 && pronounAfterTrigger(toks, m) {
		if pt := documentPatient(toks, acts, actorAt, m); pt >= 0 {
			tgts = []int{pt} // "X was arrested on a warrant from the ICC accusing him of …": him is X
		}
	}
	if !passive && len(srcs) > 0 && srcs[0] >= 0 && accusedGerund(toks, m) && !c.petrarch() {
		if it := itObject(toks, acts, m, srcs); it >= 0 {
			srcs = []int{it} // "accusing it of backing militias": it (the accused) is the alleged actor
		}
	}
	if !passive && !c.petrarch() && len(srcs) > 0 && srcs[0] >= 0 && (root == "17" || root == "16") {
		if ow := assetOwner(toks, acts, actorAt, m, srcs); ow >= 0 {
			tgts = []int{ow} // "froze the British assets of Landsbanki": the owner, not where they are
		}
	}
	if len(tgts) == 0 && !passive && quad == 4 && !c.petrarch() && attackOnSource(toks, acts, m, srcs) {
		if infinitiveTrigger(toks, m) {
			return nil // "would not tolerate … to launch attacks against it": a feared act of no one named
		}
		if !responseTo(toks, m) { // ("would respond to any attacks on it" stays the subject's threat)
			srcs, tgts = []int{-1}, srcs // "attacks against it": it is the target, the attacker unnamed
		}
	}
	if len(tgts) == 0 && !passive && len(srcs) > 0 && srcs[0] >= 0 && quad == 4 && !c.petrarch() {
		if ref := attackPronounReferent(toks, acts, m, srcs); ref >= 0 && !slices.Contains(srcs, ref) {
			tgts = []int{ref} // "Pakistan said militants launched attacks against it": Pakistan
		}
	}
	if !passive && !c.petrarch() && quad == 4 {
		if ok, owner := defendedAgainst(toks, actorAt, m); ok {
			if owner < 0 {
				return nil // "will defend itself against any attack": the feared act of no one named
			}
			if len(srcs) == 0 || srcs[0] != owner {
				srcs, tgts = []int{owner}, srcs // "defended itself against Russian attacks": Russia attacks the defender
			}
		}
	}
	if quad == 4 && !c.petrarch() && (root == "19" || root == "18") {
		if passive && len(tgts) == 1 && tgts[0] >= 0 && shooterSector(acts[tgts[0]].sector) && woundedByReturnFire(toks, m) {
			return nil // "a gunman was wounded when police returned fire": the return fire codes it, police at the gunman
		}
		if !passive && !nominal && returnedFire(toks, m) {
			if sh := returnFireShooter(toks, acts, actorAt, m); sh >= 0 && (len(tgts) == 0 || tgts[0] < 0 || acts[tgts[0]].place ||
				len(srcs) > 0 && srcs[0] >= 0 && acts[tgts[0]].sector == acts[srcs[0]].sector) {
				// ("police returned fire after he shot at officers": the
				// officers are the shooter's target, not the police's)
				tgts = []int{sh} // "a gunman was wounded when police returned fire": at the gunman, who fired first
			} else if len(tgts) == 1 && tgts[0] >= 0 && acts[tgts[0]].place && acts[tgts[0]].t0 > 0 && toks[acts[tgts[0]].t0-1].low != "at" {
				tgts = nil // "returned fire in Chicago": where they fired, not at whom
			}
		}
	}
	if len(tgts) == 0 && !passive && !nominal && !c.petrarch() && root <= "05" {
		if ct := callObject(toks, acts, actorAt, m.start); ct >= 0 {
			tgts = []int{ct} // "called Foreign Minister X and urged restraint": urged X
		}
	}
	if r := root; len(tgts) == 0 && len(m.tgt) == 0 && !passive && !c.petrarch() && len(srcs) > 0 && srcs[0] >= 0 && (r == "03" || r == "05" || r == "06" || r == "07") {
		if pt := possessedAfter(toks, acts, actorAt, m, srcs); pt >= 0 {
			tgts = []int{pt} // "reached an agreement to raise Egypt's loan program": Egypt is the counterpart
		}
	}
	if len(m.tgt) == 0 && len(tgts) > 0 && tgts[0] >= 0 && (root == "15" || strings.HasPrefix(p.Code, "124")) && !c.petrarch() && ownedBySubject(toks, acts[tgts[0]].t0) {
		// ("refused to withdraw its troops": the troops are the
		// refuser's own; who asked is not named)
		// "NATO would reinforce its KFOR peacekeeping mission": the
		// source's own forces are what is mobilised, no target
		tgts = nil
	}
	if len(tgts) == 0 && len(m.tgt) == 0 && !nominal && !passive && !noTarget && len(srcs) > 0 && srcs[0] >= 0 && !c.petrarch() {
		if b := relativeBeneficiary(toks, acts, actorAt, m, acts[srcs[0]].t0); b >= 0 {
			// "an aid package for Kyiv, which Budapest vetoed": the
			// object is the antecedent; who it was for is the target
			tgts = conj(toks, acts, actorAt, b)
		}
	}
	if len(m.tgt) == 0 && !nominal && !passive && len(srcs) == 1 && srcs[0] >= 0 && len(tgts) > 0 && !c.petrarch() &&
		(quad == 3 || root == "14" || root == "16") && ownPeople(acts, srcs[0], tgts) {
		// "Mexico protested the arrest of a Mexican diplomat in Ecuador",
		// "China condemned the detention of Chinese citizens by Japan":
		// a complaint about what befell one's own people is aimed at
		// the other party named after them
		m2 := *m
		m2.end = acts[tgts[len(tgts)-1]].t1
		m2.anchorEnd = m2.end
		if more := c.object(toks, acts, actorAt, &m2, false); len(more) > 0 && !ownPeople(acts, srcs[0], more) {
			if pi := c.prepBefore(toks, acts[more[0]].t0); pi >= 0 {
				switch toks[pi].low {
				case "by", "in", "from", "at":
					tgts = more // ("for the Iraq war" names no party)
				}
			}
		}
	}
	if len(m.tgt) == 0 && !nominal && !passive && len(tgts) > 0 && (root == "11" || root == "12") && !c.petrarch() {
		if by := forceAgent(toks, acts, actorAt, m, tgts); by >= 0 {
			tgts = conj(toks, acts, actorAt, by) // "condemned the strikes on Syria by the US": the US
		}
	}
	if len(m.tgt) == 0 && !nominal && !passive && root == "14" && !c.petrarch() && onlyPlaces(acts, tgts) {
		if a := policyAuthor(toks, acts, actorAt, m); a >= 0 {
			tgts = conj(toks, acts, actorAt, a) // "marched in Nairobi against tax increases proposed by the government": its author, not the city
		}
	}
	if r := root; r == "14" && p.Flags&FlagNominal == 0 && len(srcs) == 1 && srcs[0] >= 0 && stateActor(&acts[srcs[0]]) &&
		strings.HasPrefix(toks[m.head].low, "protest") && (m.head == 0 || toks[m.head-1].low != "to") {
		// a government that protests complains officially (114); people
		// demonstrate (14)
		protestCode = "114"
	}
	// a slot pattern "talks between X and Y" binds both actors as sources
	recip := p.Flags&FlagReciprocal != 0
	if nominal && recip && len(m.src) == 0 && len(srcs) < 2 {
		// "Russia-Ukraine talks" has two owners; "talks resumed" or
		// "Iran's talks" names no pair
		return nil
	}
	if !recip && !passive && len(srcs) >= 2 && !c.petrarch() && (jointCode(p.Code) || jointBreak(p.Code, toks[m.head].low)) && (!namedAmong(acts, tgts) || ownPlaces(acts, srcs, tgts)) && !inclusionMembers(toks, acts, srcs) {
		// "Saudi Arabia and Iran agreed to restore relations": a joint
		// cooperative act is coded between the partners (not between
		// examples of a group: "Gulf states, such as Qatar and Oman,
		// welcomed the truce")
		recip, tgts = true, nil
	}
	qi, quoted := inQuote(quotes, m.head)
	if quoted && len(m.src) == 0 && root != "01" && !c.petrarch() && quotedOtherSubject(toks, acts, actorAt, m, quotes[qi]) {
		return nil // '"They are putting pressure on Lester," Limbaugh said': someone the speaker does not name
	}
	if len(srcs) == 0 && quoted {
		if quotedRelativeAct(toks, actorAt, m) {
			return nil // '"… a president who sends soldiers …," he said': the antecedent's act, no speaker's
		}
		if k := m.start - 1; k > quotes[qi][0]+1 && actorAt[k] < 0 && toks[k].upper && !toks[k].punct && !toks[k].is(wcPronoun) && toks[k-1].upper && !toks[k-1].punct {
			// '"Dr. Anglin agreed and expressed a desire …," Pickle
			// said': the quote names who did it, a person who is no
			// actor; the speaker did not
			return nil
		}
		if sp := c.speakerOutside(toks, acts, quotes[qi]); sp >= 0 && !quotedPassive(toks, m, passive) {
			srcs = []int{sp}
		}
	}
	if len(srcs) == 0 && !c.petrarch() && protestSubject(toks, actorAt, m) {
		if len(tgts) == 0 {
			if pt := protestPronounTarget(toks, acts, m); pt >= 0 {
				tgts = []int{pt} // "before mass protests forced him from office"
			}
		}
		if len(tgts) > 0 {
			srcs = []int{-1} // "Mass protests forced Bouteflika from office": unnamed protesters
		}
	}
	if len(srcs) == 0 {
		switch {
		case len(tgts) >= 2 && recip:
			srcs, tgts = tgts, nil
		case passive && !reduced && !c.petrarch() && stateActSector(toks, m, p.Code) != "":
			// "Two men were detained on Monday", "She was sentenced to
			// five years": only a state arrests, charges or sentences;
			// its police or courts are the source (inferredSource); a
			// reduced passive ("the civilians imprisoned for acting
			// against Moscow were released") describes its people
			srcs = []int{inferredState}
		case len(tgts) > 0 && !c.RequireTarget && (passive || nominal && quad == 4 || c.KeepSourceless):
			// an event with an unknown source: "was attacked", "strikes on
			// Gaza". An active verb with no subject in its clause ("…, and
			// cut ties with Tehran") names no actor that did it: nothing is
			// coded rather than a half event.
			srcs = []int{-1}
		case len(tgts) > 0 && !c.RequireTarget && !c.petrarch() && root == "18" && vehicleRamming(toks, actorAt, m):
			srcs = []int{-1} // "a car drove into demonstrators": an unknown driver attacked
		case len(tgts) > 0 && !c.RequireTarget && !c.petrarch() && root >= "18" && quad == 4 && weaponSubject(toks, actorAt, m) != "":
			srcs, weaponCode = []int{-1}, weaponSubject(toks, actorAt, m) // "An air strike killed 12 people": someone unknown attacked
		default:
			return nil
		}
	}
	if p.Code == "0841" && (!passive || reduced) && !c.petrarch() && custodyRelease(toks, m) {
		return nil // "Anwar Ibrahim, released from jail two months ago,", "Fumo, free on bail,": who he is, no act here
	}
	if root == "04" && refugeJourney(toks, m) {
		return nil // "flew to Mexico after the government there granted him asylum": refuge, no visit
	}
	if p.Code == "0841" && p.Flags&FlagPassive != 0 && !c.petrarch() {
		var ok bool
		if srcs, ok = passiveRelease(toks, acts, srcs, tgts); !ok {
			return nil // "the report was released": nobody freed
		}
	}
	if len(tgts) == 0 && !c.petrarch() && p.Code == "170" && len(srcs) > 0 && srcs[0] >= 0 {
		if pt := protestPronounTarget(toks, acts, m); pt >= 0 && !slices.Contains(srcs, pt) {
			tgts = []int{pt} // "detained President Bazoum, and soldiers announced they had removed him from power"
		}
	}
	if len(tgts) == 0 && !c.petrarch() && (p.Code == "173" || p.Code == "0841" || p.Code == "181") {
		if ai := crewOwner(toks, acts, m); ai >= 0 {
			tgts = []int{ai} // "seized a Chinese fishing boat and detained its crew": the boat's state
		}
	}
	if len(tgts) == 0 && !c.petrarch() && (p.Code == "171" || p.Code == "1711") {
		if ai := boatOwner(toks, acts, srcs, m); ai >= 0 {
			tgts = []int{ai} // "freed the sailors a day after seizing their boats": the crew's state
		}
	}
	if len(tgts) == 0 && p.Code == "1712" && !c.petrarch() {
		if ai := itAntecedent(toks, acts, actorAt, m); ai >= 0 {
			tgts = []int{ai} // "stormed the National Assembly and set it on fire"
		}
	}
	if p.Code == "041" && len(tgts) == 0 && !c.petrarch() && byPhone(toks, m) {
		return nil // "told Radio New Zealand by telephone": an interview, no call with an actor
	}
	if p.Code == "041" && len(tgts) == 0 && !c.petrarch() && m.end-m.start == 1 && bareDevice(toks[m.head].low) {
		return nil // "launches phone fraud crackdown", "a maker of CDMA phones": the device, no call with anyone named
	}
	if p.Code == "043" && stationedTarget(toks, acts, tgts) {
		return nil // "Germany hosts US troops": a standing state, no visit received
	}
	if root == "11" && !c.petrarch() {
		if ai, ok := describedAccused(toks, acts, m, srcs); ai >= 0 {
			tgts = []int{ai} // "cut ties with Qatar, accusing the Gulf state of …"
		} else if ok {
			tgts = nil // "accused the Gulf state of funding militants": not the militants
		}
	}
	if root == "05" && secessionTarget(toks, acts, tgts) {
		return nil // "backed independence from Serbia": leaving a state is no support of it
	}
	if strings.HasPrefix(toks[m.head].low, "beat") && sportsWin(toks, m) {
		// "India beat Australia by six wickets in the World Cup": a
		// match, not an assault
		return nil
	}
	if srcs[0] < 0 && root >= "18" && (accidentDeath(toks, m) || industrialAccident(toks, m)) { //
		// "was killed when his helicopter crashed": an accident is no
		// act of anyone on the victim
		return nil
	}
	if p.Code == "0874" && nounRetreat(p, toks, m) {
		return nil // "told a Labour Party caucus retreat": a meeting
	}
	if p.Code == "057" && joinNonMember(p, toks, acts, m, tgts) {
		return nil // "Sweden joined France in condemning …": no accession
	}
	if w := toks[m.head].low; len(w) >= 3 && w[len(w)-3:] == "ing" && chargeReason(toks, m) {
		// "jailed a student for helping militants": the charge is no
		// coded act (the jailing is)
		return nil
	}
	if len(tgts) == 0 && root == "10" && !c.petrarch() {
		if pt := demandPronounTarget(toks, acts, m, srcs); pt >= 0 {
			tgts = []int{pt} // "Bouteflika resigned after the army chief demanded that he …"
		}
	}
	if len(tgts) > 0 { // (asked only with targets: it returns none unchanged)
		tgts = freeRelativeTargets(toks, acts, tgts) // "bombed what New Delhi described as a camp in Pakistan"
		tgts = modifierTargets(toks, acts, m, tgts)  // "arrested supporters of Wine's party", "coal bound for China"
	}
	neg, hypo, alleged := c.modality(toks, acts, m, srcs)
	supposed := false // "if the I.R.S. sues a sitting president": supposed, not done; only the event's flag (the clause is no one's intent)
	for _, s := range srcs {
		supposed = supposed || s >= 0 && acts[s].t1 <= m.head && conditionalSubject(toks, acts[s].t0)
	}
	if !hypo && m.p.Flags&FlagNominal == 0 && futureSubordinate(toks, m.head) {
		hypo = true // "after Pelosi visits Taiwan next week": planned, not done
	}
	if w := toks[max(m.start-1, 0)].low; m.start >= 3 && (accusedWordBefore(w) || m.p.Flags&FlagNominal != 0 || len(w) >= 3 && w[len(w)-3:] == "ing") {
		if content, charge := accusedContent(toks, m); charge {
			return nil // "accused Indian troops of crossing the border": the accuser's charge, coded as the accusation only
		} else if content {
			alleged = true // "condemned Russia for shelling Kharkiv": the act is given, the attribution the speaker's
		}
	}
	to, toForThat := infinitiveWords(toks, m.start)
	if !hypo && to && orderContent(toks, m) && orderThenDid(toks, actorAt, m) < 0 {
		hypo = true // "ordered Israel to halt its offensive": ordered, not done
	}
	if (toForThat && appealContent(toks, m) || to && effortContent(toks, actorAt, m)) && !c.NoIntent {
		// "urged delegates to turn pledges into action": what is asked
		// for did not happen; the appeal itself is coded
		return nil
	}
	if !c.petrarch() && demandedNominal(toks, m) {
		return nil // "protests demanding the release of Navalny": what is demanded did not happen
	}
	if to && !c.petrarch() && purposeForce(toks, actorAt, m) && !orderContent(toks, m) {
		// "requested military assistance from the United States to
		// fight Boko Haram", "deployed soldiers to Michoacan to fight
		// drug cartels": the aim of the request or deployment is no
		// fighting that took place
		return nil
	}
	reported := false
	accuser, accuseAt := -1, -1 // the speaker of "X claimed that Y attacked Z" and the verb
	claimOwn := false           // "X claimed it attacked Z"
	accuseCode := "112"         // what the speaker does to the reported source: accuse, or demand (100)
	demandOnly := false         // "X said Y must …": only the demand is coded
	rv := -1                    // the reporting verb; statements and quotes have none (asked first: the scan is long)
	if p.Flags&FlagNoTarget == 0 && !quoted {
		rv = reportingVerb(toks, m)
	}
	if rv >= 0 && neg && !c.petrarch() && complementNouns.Has(toks[rv].low) && denierOf(toks, rv) >= 0 {
		rv = -1 // "rejected claims that its troops had attacked": the noun of a denial, no speaker
	}
	if r := rv; r >= 0 {
		reported = true
		var drop bool
		if accuser, accuseAt, claimOwn, accuseCode, demandOnly, alleged, drop = c.reportedClaim(toks, acts, actorAt, m, r, srcs, tgts, neg, hypo, alleged); drop {
			return nil
		}
	}
	code := p.Code
	if protestCode != "" {
		code = protestCode
	}
	if code == "040" && !c.petrarch() && phoneCallAfter(toks, m) {
		code = "041" // "discussed Syria in a phone call": the call is the consultation
	}
	if weaponCode != "" && code == "190" {
		code = weaponCode
	}
	if code == "154" && !c.petrarch() && allPolice(acts, srcs) {
		code = "153" // "police were deployed": police power mobilised, no troops
	}
	if code == "130" && !c.petrarch() && warningTag(toks, acts, actorAt, m) {
		code = "010" // '"Bad things are going to happen," Trump warned in Everett': the warning tags what was said
	}
	if cameo.Root(code) == "19" && !c.petrarch() && labourStrike(toks, acts, m, srcs) {
		// "Ambulance workers will strike on Dec. 21": a labour strike,
		// no armed force; an unknown striker with an
		// organisation of no state as target is that organisation
		code, hypo = "143", hypo || !c.NoIntent && c.intent(toks, m)
		if len(srcs) == 1 && srcs[0] < 0 && len(tgts) == 1 && tgts[0] >= 0 && (acts[tgts[0]].sector == "LAB" || acts[tgts[0]].actorCode() == "") {
			srcs, tgts = tgts, nil
		}
	}
	if code == "0831" && !c.petrarch() && quitWord(toks[m.head].low) && (len(srcs) == 0 || srcs[0] < 0 || !officeSector(acts[srcs[0]].sector)) {
		return nil // "the striker quit on Tuesday": leaving a job, no office given up
	}
	if claimOwn {
		code, alleged = "015", false
	}
	if code == "190" && !c.petrarch() && verbalClash(toks, acts, m, srcs, tgts) {
		code = "111" // "Guaido clashed with Maduro over the budget": a dispute in words
	}
	if (code == "180" || code == "190") && suicideBomberSubject(toks, acts, srcs) {
		code = "1831" // "an al-Shabaab suicide bomber killed 14 soldiers": the attack is a suicide bombing
	}
	if code == "090" && investigatedSuspect(toks, acts, m, srcs, tgts) {
		code = "091" // "prosecutors opened an investigation into the mayor": a criminal investigation of a suspect
	}
	if !hypo && m.start >= 3 && p.Flags&FlagNominal == 0 && toks[m.start-1].low == "to" && scheduledAt(toks, m.start-2) {
		hypo = true // "is expected/due/scheduled to visit": planned, not done
	}
	if neg && !c.NoIntent && (c.intent(toks, m) || refusedTo(toks, m)) {
		// "will not allow", "would not release": a refusal
		recip = false // a refusal is the refuser's own: "North Korea will not hold talks with the US"
		switch r := root; {
		case r == "06" || r == "07":
			code, neg = "121", false // "would not provide support": rejects material cooperation
		case r >= "03" && r <= "05":
			code, neg = "120", false
		case r == "08":
			code, neg = "124", false
		}
	}
	if !c.NoIntent && !neg && code == p.Code && passive && !c.petrarch() && (len(srcs) == 0 || srcs[0] < 0) && c.intent(toks, m) {
		// "Barnett … will be charged": a coming act by nobody named is
		// nobody's threat or promise; the act stays, hypothetical
		hypo = true
	} else if !c.NoIntent && !neg && code == p.Code && !supposed && c.intent(toks, m) {
		// (an act whose subject opens an "if" clause is the condition,
		// nobody's stated intention: "Serbia will respond if Kosovo
		// attacks Serb villages" is no threat by Kosovo)
		// CAMEO codes a stated intention, not the act: "will release
		// the prisoners" is 0353, "will strike" a threat (138).
		if !c.petrarch() && fearedAct(toks, m) {
			return nil // "we are afraid the army will bomb the city": feared, nobody's threat
		}
		if cameo.Root(code) != "15" || len(tgts) > 0 {
			// (a build-up of one's own forces aimed at nobody stays a
			// mobilisation, marked hypothetical: "would reinforce its
			// mission"; aimed at another it is a threat of force)
			code = intentCode(code)
			code = consentedDeployment(toks, m, p.Code, code) // "agreed to send soldiers to X": protection promised
		}
		hypo = true
		if conditional(toks, m) && cameo.Root(code) != "13" && quad != 1 {
			// "will withdraw its force unless …": a conditional act is a threat
			code = "130"
		}
		if r := cameo.Root(code); code != p.Code && (r == "03" || r == "13") {
			// the stated intention is an act of its own, as factual as
			// "threatened to strike" (1384): "will strike", "vowed to
			// strike" are a 138 that happened; only the act keeping its
			// own code stays hypothetical
			hypo = false
		}
	} else if !c.NoIntent && !neg && code == p.Code && hypo && !supposed && conditional(toks, m) && cameo.QuadClass(code) >= 3 && cameo.Root(code) != "13" {
		// "may halt mediation if …": a threat, of the act's own kind when
		// CAMEO has one ("may impose sanctions if …" 1312, as "will
		// impose sanctions")
		code = conditionalThreat(code, len(tgts) > 0)
		if rv < 0 || len(srcs) > 0 && srcs[0] >= 0 && acts[srcs[0]].t1 <= rv || c.ownStateSubject(toks, acts, actorAt, rv, srcs, p) {
			// the threat was made, as "will strike" (138) was, by
			// the sentence's source or a speaker for its own state;
			// another's guess at what the source could do stays one
			hypo = false
		}
	}
	if !c.petrarch() && !neg && cameo.QuadClass(code) <= 2 && speculativeModal(toks, m) && conditional(toks, m) {
		// "the United States and Mexico may reach a trade deal if talks
		// go well": a guess at cooperation on a condition, nobody's act
		// or promise
		return nil
	}
	conf := 0.6
	patientSpeaker := false
	if quoted && !c.petrarch() && (firstPersonPassive(toks, m) || passiveInfinitive(toks, m)) {
		// ('"it is insulting to be accused of …," Gülen said': nobody
		// accused, Gülen least of all)
		by, _ := c.passiveAgent(toks, acts, actorAt, *m)
		if by < 0 {
			return nil // '"We will not be intimidated," X said': no doer is named
		}
		srcs = conj(toks, acts, actorAt, by) // '"we were threatened by Rwanda"': Rwanda threatened
		if sp := c.speakerOutside(toks, acts, quotes[qi]); sp >= 0 && sp != by {
			tgts = []int{sp}
		}
		patientSpeaker = true // (the speaker is the patient: no statement of intent)
	}
	if quoted && neg && !c.petrarch() && cameo.QuadClass(code) == 1 && quotedNamedSubject(toks, acts, srcs, quotes[qi]) && !outsideMarks(toks, quotes[qi], m.head) {
		// '"The American people do not agree with Trump," Sanders said':
		// the speaker's view of what others do not say or want, no act
		// of theirs (the speaker's statement is coded by "said")
		return nil
	}
	if quoted && !patientSpeaker && !outsideMarks(toks, quotes[qi], m.head) {
		// Inside a direct quote the speaker states, threatens or promises;
		// the content did not happen because the speaker said it.
		if q := cameo.QuadClass(code); q == 2 || q == 4 {
			if !hypo {
				return srcs
			}
			if q == 4 {
				if !neg {
					// ('"We will not obstruct the inquiry"' states
					// restraint, no threat: the act stays, negated)
					code = "138"
				}
			} else {
				code = "030"
			}
		}
		if len(srcs) > 0 && srcs[0] >= 0 && acts[srcs[0]].person && acts[srcs[0]].noCode() && acts[srcs[0]].t0 > quotes[qi][0] && acts[srcs[0]].t1 <= quotes[qi][1] {
			// '"Dr. Anglin agreed …," Pickle said': the quote names another
			// person (of no known state) as the one who acted
			return nil
		}
		if sp := c.speakerOutside(toks, acts, quotes[qi]); sp >= 0 && !quotedPassive(toks, m, passive) && !(!c.petrarch() && quotedNamedSubject(toks, acts, srcs, quotes[qi])) {
			// ('"Gülen was accused of …," Erdogan said' reports an
			// accusation, by nobody named: not Erdogan's)
			srcs = []int{sp}
		}
		conf -= 0.15
	}
	if len(m.src) > 0 || len(m.tgt) > 0 {
		conf += 0.15
	}
	if m.score >= 4 {
		conf += 0.1
	}
	if hypo || neg {
		conf -= 0.1
	}
	if len(srcs) == 1 && srcs[0] < 0 && !passive && !nominal {
		conf -= 0.1 // KeepSourceless: no actor did it in this clause
	}
	if weakSource {
		conf -= 0.2 // a nominal event whose owner is only the clause subject
	}
	evDate := c.eventDate(times, sent, toks, m.head, toks[m.head].start, date)
	if p.Code == "043" && !c.petrarch() && hostedStay(toks, times, sent, m.head, evDate) {
		return nil // "the Taliban hosted bin Laden in the 1990s": shelter, no visit
	}
	if len(quotes) > 0 {
		evDate = c.unquotedDate(times, sent, toks, m.head, quotes, date, evDate) // a time in quoted words does not date the event
		if evDate == date && cameo.Root(p.Code) == "01" && !c.petrarch() {
			evDate = continuedSpeech(d, si, sent, evDate) // more of an earlier speech
		}
	}
	if evDate == date && date != "" && !c.petrarch() {
		// a live blog's entry, dated by its stamp when the sentence
		// dates it no other way
		if v := entryStampDate(d, sent); v != "" && v != date && c.eventDate(times, sent, toks, m.head, toks[m.head].start, "") == "" {
			evDate = v
		}
	}
	var speaker *actor // the quote's resolved speaker for the source
	if cameo.Root(code) == "01" && len(srcs) == 1 && srcs[0] >= 0 && len(d.Quotes) > 0 && !c.petrarch() {
		if j, a, ok := c.quoteSpeaker(d, toks, acts, m, srcs[0], evDate); ok && j >= 0 {
			srcs = []int{j}
		} else if ok {
			speaker = &a
		}
	}
	place := c.eventPlace(d, sent, toks, m)
	if place != nil && !c.petrarch() && datelineBefore(d.Text, sent, place.Span, evDate, date) {
		place = nil // "PORT SUDAN — … since Hamdok resigned in January 2022": the reporter's city, not where
	}
	if place != nil && p.Code == "0841" && destinationPlace(toks, place) {
		place = nil // "handed the pilot back to India": the captive's destination, not where
	}
	if place != nil && regionModifier(toks, place.Span) {
		place = nil // "suspended aid to the Indian Ocean island"
	}
	if nominal && !c.petrarch() {
		if k := backgroundNominal(toks, m.head); k >= 0 {
			place, evDate = c.backgroundPlaceDate(times, sent, toks, m.head, k, place) // "applied in May 2022, after Russia's invasion of Ukraine"
		}
	}
	if place != nil && (cameo.Root(p.Code) == "03" || cameo.Root(code) == "03") && recipientPlace(toks, place, m) {
		place = nil // "agreed to deliver gas to Hungary": the recipient, not where they agreed
	}
	if place != nil && p.Code == "063" && destinationPlace(toks, place) {
		place = nil // "extradited to the United States": the destination
	}
	if recip && len(srcs) >= 2 && len(tgts) > 0 && (allPlaces(acts, tgts) || c.locPrepBefore(toks, acts[tgts[0]].t0) >= 0 || genericInMatch(acts, tgts, m, code)) {
		// "Armenian and Azerbaijani forces clashed … in Karabakh": the
		// two sides act on each other; the place is where
		tgts = nil
	}
	evFrom, listed := len(d.Events), []int(nil)
	if place != nil && !c.petrarch() {
		if listed = placeList(toks, acts, actorAt, place); listed != nil {
			tgts = withoutListed(tgts, listed[1:]) // "marched in Paris, Lyon and Marseille": where, like the first
		}
	}
	own := srcs
	if len(tgts) == 1 && (code == "074" || code == "0334") && tgts[0] >= 0 && sentForce(acts, tgts[0], m) {
		tgts = nil // "would send peacekeeping forces": the forces sent are no one protected
	}
	if toks[m.head].low == "visiting" && attributiveVisit(toks, actorAt, m) && len(tgts) > 0 && len(srcs) > 0 && srcs[0] >= 0 && tgts[0] >= 0 {
		srcs, tgts = tgts, srcs // "Ishiba met visiting Chinese officials": the officials visit, Ishiba hosts
	}
	em := emission{c: c, d: d, m: m, speaker: speaker, place: place, toks: toks, acts: acts, actorAt: actorAt, srcs: srcs, tgts: &tgts,
		sent: sent, si: si, conf: conf, neg: neg, hypo: hypo || supposed, alleged: alleged, quoted: quoted, reported: reported}
	switch {
	case demandOnly:
		// the reported act did not happen; the demand is coded below
	case recip && len(tgts) == 0 && len(srcs) >= 2:
		for _, a := range srcs {
			for _, b := range srcs {
				if a != b {
					em.add(a, b, code, true, evDate)
				}
			}
		}
	case len(tgts) == 0:
		for _, s := range srcs {
			em.add(s, -1, code, false, evDate)
		}
	default:
		for _, s := range srcs {
			for _, t := range tgts {
				if s < 0 {
					em.add(s, t, code, false, evDate)
					continue
				}
				if recip && p.Flags&FlagDirected != 0 && len(m.src) == 0 {
					// "X met with Y": X consulted Y
					em.add(s, t, code, false, evDate)
					continue
				}
				if recip && objectInMatch(&acts[t], m, code) {
					// "Russia and several Western countries exchanged 24
					// prisoners": the prisoners exchange nothing back
					em.add(s, t, code, false, evDate)
					continue
				}
				// "US troops fought in Afghanistan": the country where
				// they fought fights nobody back
				where := recip && len(srcs) == 1 && !c.petrarch() && acts[t].sector == "" && !acts[t].person && c.locPrepBefore(toks, acts[t].t0) >= 0
				em.add(s, t, code, recip && !where, evDate)
				if recip && !where {
					if !acts[t].place || c.petrarch() {
						em.add(t, s, code, true, evDate) // (a place "fought in Khartoum" does nothing back)
					}
				} else if p.Reverse != "" && code == p.Code && !quoted && (p.Flags&FlagVisit == 0 || hosts(toks, m, &acts[t]) && (!acts[t].place || c.petrarch())) && !acts[t].noCode() {
					// (only for the act itself: "will visit Bolivia" is
					// an intent, no one hosts yet)
					// (a place hosts nobody: "a visit to Chechnya")
					// (the reverse needs a coded actor: "received Vadim
					// Krasikov", a person of no known state, visits nobody)
					if s >= 0 && (acts[s].actorCode() == acts[t].actorCode() || acts[s].id == acts[t].id) {
						continue // "Lula hosted South American leaders": no visit of Brazil's government to itself; nor of Eritrea's leaders to its capital
					}
					em.add(t, s, p.Reverse, false, evDate)
				}
			}
		}
	}
	if code == "045" && len(tgts) == 2 && tgts[0] >= 0 && tgts[1] >= 0 && !c.petrarch() && talksNoun(toks[m.head].low) {
		// "Iraq and Oman hosted talks between Saudi Arabia and Iran":
		// the parties talked, beside the hosts' mediation;
		// talks and negotiations are a negotiation (046), consultations a
		// consultation
		talked := "046"
		if toks[m.head].low == "consultations" {
			talked = "040"
		}
		em.add(tgts[0], tgts[1], talked, true, evDate)
		em.add(tgts[1], tgts[0], talked, true, evDate)
	}
	if listed != nil {
		placeListEvents(d, toks, acts, evFrom, listed)
	}
	if accuser >= 0 {
		em.alleged, em.hypo = false, false
		// the trigger is "claimed" (in a copy: the caller's match stays)
		claim := *m
		claim.head, claim.headEnd = accuseAt, accuseAt+1
		em.m = &claim
		for _, s := range srcs {
			if s < 0 || s == accuser || acts[s].actorCode() == acts[accuser].actorCode() {
				continue
			}
			if (toks[accuseAt].low == "told" || toks[accuseAt].low == "tells") && acts[s].t0 > accuseAt && acts[s].t0 <= accuseAt+4 {
				continue // the addressee: "told Rumsfeld the nation was …"
			}
			em.add(accuser, s, accuseCode, false, evDate)
		}
	}
	if len(own) == 1 && own[0] < 0 {
		return nil
	}
	return own
}

// emission is what emit has resolved for one match, read by its add
// step for each source-target pair; emit sets it once, after the roles
// are final. (add was a closure capturing some twenty of emit's
// variables: each call read them through the closure, and building the
// closure copied them all.) tgts points at emit's own slice, which
// keeps it in memory across emit's many calls, as the closure did: as
// a register value its reassignments cost more moves and spills than
// the loads they save.
type emission struct {
	c       *Coder
	d       *doc.Doc
	m       *match // emit's own: the accuser step moves its head
	speaker *actor // the quote's resolved speaker for srcs[0], or nil
	place   *doc.Place
	toks    []tok
	acts    []actor
	actorAt []int
	srcs    []int
	tgts    *[]int
	sent    doc.Span
	si      int
	conf    float64

	neg, hypo, alleged, quoted, reported bool
}

// add appends the event of source s on target t (-1: none) with code
// on date, unless a rule finds that the pair codes nothing. (The date
// is passed, not kept in emission: it is stored in the event, and a
// field that leaks to the heap would move emit's match there with it.)
func (em *emission) add(s, t int, code string, reciprocal bool, date string) {
	c, m, toks, acts := em.c, em.m, em.toks, em.acts
	p := m.p
	var sa, ta *actor
	if s >= 0 {
		sa = &acts[s]
		if em.speaker != nil && s == em.srcs[0] {
			sa = em.speaker
		}
		if reportedBy(toks, sa, m) {
			return // "Reuters reported that … agreed": the agency reports the act
		}
		if sa.sector == "" && !sa.person && !sa.poss && sa.country != "" && sa.t1 <= m.head && !c.petrarch() && weaponAfter(toks, sa.t1) {
			if r := cameo.Root(code); r == "18" || r == "19" || r == "20" {
				// "A U.S. drone strike killed …": the state's weapon is
				// its armed forces' (USAMIL), as its warplanes are; an
				// agent after the act ("killed in Israeli tank shelling")
				// stays the state, as the GSR gold codes it
				w := *sa
				w.sector = "MIL"
				sa = &w
			}
		}
	}
	if s == inferredState {
		if sa = em.inferredSource(t, stateActSector(toks, m, p.Code)); sa == nil {
			if t < 0 {
				return // nobody named on either side
			}
			s = -1 // no state where it happened: the source stays unknown
		}
	}
	if sa != nil && p.Flags&FlagVisit != 0 && code == p.Code && sa.sector == "MIL" && !sa.person && !c.petrarch() && troopArrival(toks, m) {
		code = "154" // "troops from a Russian-led alliance arrived in Kazakhstan": a deployment, no visit
	}
	if t >= 0 && sa != nil && acts[t].place && !c.petrarch() && strings.HasPrefix(code, "172") && sa.country != "" && sa.country == acts[t].country {
		t = -1 // "Ethiopia cut phone lines to Tigray": a region of one's own is where the restriction holds, no party
	}
	if t >= 0 && acts[t].demonym && acts[t].t1 == m.head && sa != nil && sa.id == acts[t].id && !c.petrarch() {
		t = -1 // "Britain froze the British assets": the demonym says where the assets are, no party
	}
	if t >= 0 && sa != nil && sa.person && ownDemonymModifier(toks, em.actorAt, sa, &acts[t]) && !c.petrarch() {
		t = -1 // "Alliot-Marie offered to share French security know-how": whose know-how, no party
	}
	if t >= 0 && acts[t].demonym && !c.petrarch() && originDemonym(toks, em.actorAt, acts, t) {
		return // "a Chinese-American scholar": an American of Chinese origin, no party of China
	}
	if t >= 0 && cameo.Root(code) == "11" && acts[t].generic && victimsOfHarm(toks, acts[t].t0) && !c.petrarch() {
		t = -1 // "condemned the use of violence against citizens": the victims are not the ones condemned
	}
	if t >= 0 {
		ta = &acts[t]
		if !c.petrarch() && ta.generic && ta.country == "" && (ta.sector == "CVL" || ta.sector == "REF") && cameo.QuadClass(code) == 4 {
			// "four children were killed in Israeli tank shelling in
			// the Gaza Strip": civilians harmed where it happened are
			// of that place's country
			if pc := placeAfter(toks, acts, m, c); pc != "" {
				v := *ta
				v.country = pc
				ta = &v
			}
		}
		if r := cameo.Root(code); ta.place && (p.Flags&FlagVisit != 0 || r == "05" || r == "06" || r == "07" || r == "12" || r == "16" || code == "0334") &&
			ta.country != "" && ta.id != ta.country && c.kb != nil && !c.petrarch() {
			// "Pistorius visited Odesa": a visit to a city is a visit
			// to its country (the city stays the event's place); so
			// are relations and rejections ("reopened its embassy in
			// Damascus", "an aid package for Kyiv, which Budapest
			// vetoed"), and so is protection sent to a province
			// ("agreed to send soldiers to Cabo Delgado"), and
			// so is aid sent to a city or region ("sent aid into Gaza")
			if ka, ok := c.kb.Actor(ta.country); ok {
				v := *ta
				v.id, v.name = ka.ID, ka.Name
				ta = &v
			}
		}
		if sa != nil && (s == t || sa.id == ta.id && sa.actorCode() == ta.actorCode() && (c.RequireTarget || !sa.demonym && !ta.demonym) && !distinctGroups(sa, ta, code) && !factionForces(toks, sa, ta)) {
			// the same mention, or the same actor ("Ukraine … protest
			// … Ukraine"): nobody acts on themselves ("Iraqi Kurds …
			// independence from Iraq" are people and their state)
			return
		}
		if sa != nil && !c.petrarch() && ta.generic && (code == "042" || code == "043") && sa.actorCode() == ta.actorCode() {
			return // "Lula hosted South American leaders in Brasilia": the guests are no body of the host's state
		}
		if sa != nil && !c.petrarch() && cameo.Root(code) >= "18" && sa.actorCode() == ta.actorCode() && sa.actorCode() != "" && !factionForces(toks, sa, ta) {
			// "Indian and Pakistani troops exchanged fire, killing two
			// Indian soldiers": no actor assaults or fights itself (a people
			// protesting against its own state stays)
			if !ta.place || !stateActor(sa) || len(*em.tgts) > 1 || c.RequireTarget {
				return
			}
			// "Syria bombed Idlib": a state's force on a place of its
			// own is aimed at nobody named, the place says where
			ta = nil
		}
		if sa != nil && ta != nil && ta.place && code == "0874" && !c.petrarch() && sa.country != "" && sa.country == ta.country && len(*em.tgts) == 1 && !c.RequireTarget {
			// "Ukrainian forces abandoned their positions in Avdiivka":
			// a retreat on home ground, the place only where
			ta = nil
		}
		if sa != nil && ta != nil && !c.petrarch() && homeGround(sa, ta, code, ta.t0 > 0 && toks[ta.t0-1].low == "to") {
			if !ta.demonym || len(*em.tgts) > 1 || c.RequireTarget || !pluralAfter(toks, ta.t1) {
				return
			}
			// "Kenya condemned the attack on Kenyan peacekeepers": the
			// condemnation stands, aimed at nobody named (a singular
			// "a French law" may be the object itself)
			ta = nil
		}
		if ta != nil && code == "173" && ta.place && (sa == nil || sa.country == "" || sa.country == ta.country) && !c.petrarch() && placeOnly(toks, c.prepBefore(toks, ta.t0)) {
			if len(*em.tgts) > 1 || c.RequireTarget {
				return
			}
			// "troops raided a prison in Guayaquil": a state's (or
			// unnamed) forces act in their own country, where the
			// city is only where; "Israeli troops raided a house in
			// Jenin" keeps its target
			ta = nil
		}
		if sa != nil && ta != nil && !c.petrarch() && sa.sector == "GOV" && ta.sector == "GOV" && sa.actorCode() == ta.actorCode() && govBody(toks[ta.t1-1].low) {
			return // "Downer dismissed claims the Australian government …": one government
		}
	} else if ta = c.measureTarget(sa, code, em); ta == nil {
		if ta = c.seatTarget(sa, code, em); ta == nil {
			ta = c.coupTarget(sa, code, em) // "the army staged a coup": against its government
		}
	}
	if s == inferredState && ta != nil && !c.petrarch() && articleName(toks, ta) {
		// "A Richmond man was charged", "A FAILED asylum seeker was
		// jailed": a name after "a" modifies the person acted on
		if ta = personAfterName(em.d.Text, toks, ta); ta == nil {
			return
		}
	}
	if s == inferredState && ta != nil && ta.generic && ta.country == "" && !ta.place {
		// "A former army officer was jailed in Dhaka": people a state
		// arrests or tries at home, of no country named, are its own
		v := *ta
		v.country, v.id, v.code = sa.country, sa.country+ta.sector, ""
		ta = &v
	}
	// "Police arrested a man", "Police arrested Tom Birch": privateTargets
	// codes the private people a state or an armed group acts on
	private := c.RequireTarget && !c.petrarch() && (ta == nil || ta.noCode() && ta.person) && em.privateTarget(sa, ta, code)
	if !private && ta == nil && c.RequireTarget && (c.petrarch() || sa == nil || cameo.Root(code) != "01") {
		return // a statement to nobody stays for now: soleStatements keeps it when the sentence codes nothing else
	}
	if !private && c.RequireTarget && (sa == nil || sa.noCode() || ta != nil && ta.noCode()) {
		// dyadic (PETRARCH-style) coding names both actors by code:
		// a person of no known state is no coded actor
		return
	}
	if sa != nil && sa.person && sa.noCode() && !c.petrarch() && cameo.Root(code) == "19" && (ta == nil || ta.person || ta.noCode() || ta.sector == "CVL" || ta.sector == "COP") {
		// "Warden started a fight with her and hit her", "Clark
		// admitted he shot and killed Gravely": a private person's
		// violence is assault (18), not military force (19)
		if w := toks[m.head].low; strings.HasPrefix(w, "kill") || w == "shot" && m.headEnd < len(toks) && toks[m.headEnd].low == "dead" || w == "dead" {
			code = "1823"
		} else {
			code = "182"
		}
	}
	if code == "173" && sa != nil && ta != nil && !ta.place && ta.sector != "" && !c.petrarch() && (sa.sector == "REB" || sa.sector == "UAF" || sa.sector == "SEP" || sa.sector == "CRM") {
		// "Hezbollah guerrillas captured two Israeli soldiers": an armed
		// group arrests nobody; the people it seizes are abducted (181)
		code = "181"
	}
	if r := cameo.Root(code); r == "04" && (strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043")) && !c.petrarch() &&
		(sa != nil && (sa.sector == "CVL" || sa.sector == "REF") || ta != nil && code == "043" && (ta.sector == "CVL" || ta.sector == "REF")) {
		return // "two Kenyan citizens arrived in the U.S.": private travel, no official visit
	}
	if code == "141" && !c.petrarch() && campaignRally(toks, m, sa) {
		return // "Mrs. Clinton has held rallies in Cleveland", "a campaign rally": a candidate's meeting, no protest
	}
	if code == "150" && !c.petrarch() && flyVerb(toks[m.head].low) && (sa == nil || !armedSector(sa.actorCode())) {
		// "Prime Minister Sharif flew over the worst-hit districts":
		// an inspection; only aircraft and armed forces flying over
		// show force
		return
	}
	if sa != nil && (sa.sector == "CVL" || sa.sector == "REF") && cameo.Root(code) == "19" && !c.petrarch() && armedAmong(acts, em.srcs) {
		return // "Loyalist troops and crowds of civilians retook key positions": the troops used force
	}
	if sa == nil && ta != nil && (strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043")) && !c.petrarch() {
		return // "Martine Moise was … flown to Miami for treatment": a person carried is on no visit
	}
	if ta != nil && ta.generic && sa != nil && sa.country != "" && ta.country == sa.country && !c.petrarch() && s != inferredState && ownedBySubject(toks, ta.t0) {
		ta = nil // "Germany closed its embassy": the source's own mission is no party
	}
	if ta != nil && ta.place && !c.petrarch() && c.kb != nil && len(m.tgt) == 0 {
		if r, lb := cameo.Root(code), locativeBefore(toks, ta.t0); (r == "14" || r >= "17" && r <= "20") &&
			(p.Flags&FlagNominal == 0 && lb >= m.start && lb <= m.end || placeAfterObject(toks, acts, em.actorAt, m, ta.t0)) {
			// "set fire to his home in Colombo", "retook key positions
			// in Istanbul", "rallied in the Kurdish city of
			// Diyarbakir": the place is where; the target is its
			// country (for a protest only when the protesters are
			// of another: "US activists staged a protest in
			// Beijing"; local people protest against nobody named)
			if r == "14" && (sa == nil || sa.country == "" || sa.country == ta.country) {
				ta = nil
			} else if sa != nil && sa.actorCode() == ta.country {
				ta = nil // "North Korea blew up the liaison office in Kaesong": a state acting at home acts on nobody named
			} else if ka, ok := c.kb.Actor(ta.country); ok {
				v := *ta
				v.id, v.name, v.place = ka.ID, ka.Name, false
				ta = &v
			}
		}
	}
	if code == "192" && sa != nil && !c.petrarch() && (sa.sector == "CVL" || sa.sector == "REF" || peopleDemonym(toks, sa)) && crossVerb(toks[m.start].low) {
		return // "44,000 refugees have crossed into Sudan", "Hundreds of Gambians have crossed the border": people fleeing occupy nothing
	}
	if code == "190" && !c.petrarch() && (strings.HasPrefix(toks[m.start].low, "advanc") || strings.HasPrefix(toks[m.start].low, "clos")) && (sa == nil || !armedSector(sa.actorCode())) {
		return // "advanced on Tripoli": only armed forces advancing on a place attack it
	}
	if code == "192" && !c.petrarch() && strings.HasPrefix(toks[m.start].low, "enter") && m.p.Flags&FlagNominal == 0 && (sa == nil || !armedSector(sa.actorCode())) {
		return // "the president entered Kabul": only armed forces entering a place occupy it
	}
	if code == "192" && !c.petrarch() && toks[m.head].low == "into" && (sa == nil || !armedSector(sa.actorCode())) {
		return // "refugees moved into Poland": only armed forces moving into a place occupy it
	}
	if code == "192" && !c.petrarch() && ta != nil && !ta.place && (ta.person || ta.sector != "" || ta.country == "") && (toks[m.head].low == "into" || strings.HasPrefix(toks[m.start].low, "enter")) {
		return // "troops entered the National Assembly": a body's building is no territory
	}
	if ta != nil && ta.place && !c.petrarch() && (code == "173" || code == "171") && takePlaceVerb(toks, m.head) && c.locPrepBefore(toks, ta.t0) < 0 {
		code = "192" // "captured Mekelle", "seized Kabul": a place taken is territory occupied, nobody arrested
	}
	if code == "190" && !c.petrarch() && takenTerritory(toks, m) {
		code = "192" // "retook several districts", "had taken the town of Wesh": territory occupied ("after fierce fighting" and "from" a side stay fighting)
	}
	if ta != nil && !c.petrarch() && (code == "192" || code == "173" || code == "171") && takePlaceVerb(toks, m.head) && crossingSide(toks, ta.t0) {
		code, ta = "192", nil // "captured the border crossing between Afghanistan and Pakistan": the sides a crossing joins are no target
	}
	if code == "192" && ta != nil && sa != nil && !c.petrarch() && (sa.sector == "MIL" || sa.sector == "GOV") && !ta.person && ta.sector == "" && ta.country == sa.country && takenTerritory(toks, m) {
		ta = nil // "Government forces retook several districts": a state retaking its own ground occupies nobody else's
	}
	if code == "145" && sa != nil && !c.petrarch() && (sa.sector == "MIL" || sa.sector == "COP" || sa.sector == "REB" || sa.sector == "UAF" || sa.sector == "SPY") {
		code = "190" // "troops stormed the parliament": armed force, no riot
	}
	if code == "166" && ta != nil && !ta.person && !ta.place && !c.petrarch() && aidBody(ta.name) {
		code = "1663" // "expelled the U.S. Agency for International Development": an aid agency expelled
	}
	if code == "0874" && ta != nil && ta.sector == "IGO" && !ta.person && !c.petrarch() && (sa == nil || !armedSector(sa.actorCode())) {
		code = "160" // "Burundi withdrew from the International Criminal Court": relations with a body reduced, no military retreat
	}
	if code == "144" && sa != nil && !c.petrarch() && armedGroup(sa.sector) {
		code = "191" // "soldiers blocked roads to parliament": armed forces restrict movement, no protest
	}
	if r := cameo.Root(code); (r == "18" || r == "19") && code != "191" && code != "192" && sa != nil && ta != nil && !c.petrarch() &&
		(sa.sector == "COP" || sa.sector == "MIL") && !sa.person && sa.country != "" && ta.country == sa.country && !reciprocal && !clashWord(toks[m.head].low) && protestersHit(toks, ta) {
		// "Sudanese security forces opened fire on protesters", "monks
		// marching … were beaten by Myanmar security forces": a state's
		// force against its own protesters is repression (175), as every
		// event set's gold codes it; foreign protesters ("Chilean troops
		// fired at Peruvian protesters") and clashes stay fighting
		code = "175"
	}
	if code == "180" && p.Code == "180" && sa != nil && !c.petrarch() && sa.sector == "MIL" && sa.country != "" && !sa.person {
		// "Russian forces attacked Georgian troops": a state's armed
		// forces attacking use conventional military force (190), as
		// PETRARCH's verb dictionary codes "attack"; irregulars and
		// unknown attackers keep 180
		code = "190"
	}
	if (code == "190" || code == "194") && sa != nil && !c.petrarch() && flyingForce(toks, sa) && !shootDown(toks, m.head) {
		code = "195" // "Saudi-led warplanes struck Houthi positions": force from the air is an air attack
	}
	if sa != nil && !c.petrarch() && cameo.Root(code) == "19" && sa.actorCode() == "UAF" {
		// "Gunmen stormed the residence … and shot him dead":
		// unidentified gunmen use unconventional violence (18), and
		// killing a head of state or government is an assassination
		if ta != nil && ta.person && ta.sector == "GOV" && killVerb(toks, m) {
			code = "186"
		} else {
			code = "180"
		}
	}
	if ta == nil {
		ta = c.seatTarget(sa, code, em) // "stormed the presidential palace in Colombo", its place no party
	} else if (ta.place || ta.sector == "" && !ta.person && ta.t0 > 0 && toks[ta.t0-1].low == "in") && ta.country != "" && !c.petrarch() {
		if st := c.seatTarget(sa, code, em); st != nil && st.country == ta.country {
			ta = st // "attacked the government palace in Bissau": the seat's state, not the city
		}
	}
	if sa != nil && ta != nil && !c.petrarch() && (reciprocal || cameo.QuadClass(code) >= 3) {
		// "Ukraine accused Russian-backed separatists", "separatists
		// shelled the town of Avdiivka": separatists are the rebels of
		// the state they fight (not of one that arms them)
		ta, sa = separatistsOf(toks, ta, sa), separatistsOf(toks, sa, ta)
	}
	if reciprocal && sa != nil && ta != nil && !c.petrarch() && cameo.QuadClass(code) <= 2 {
		// "Sudan's military council and the main opposition coalition
		// agreed": the opposition bargains with its own rulers (before
		// the place's country: "talks in Mexico City" are Venezuelans')
		sa, ta = homeOpposition(sa, ta), homeOpposition(ta, sa)
	}
	if sa != nil && !c.petrarch() && sa.generic && sa.sector == "CVL" && sa.country == "" && !sa.place && cameo.Root(code) == "14" {
		sa = crowdProtesters(sa) // "Thousands of people rallied in Bishkek": a crowd that demonstrates is protesters
	}
	if sa != nil && ta != nil && !c.petrarch() && sa.generic && (sa.sector == "REB" || sa.sector == "SEP") && sa.country == "" && !sa.place &&
		ta.sector == "COP" && ta.country != "" && !ta.place && !ta.person && cameo.QuadClass(code) == 4 {
		// "Maoist rebels attacked a police post in Rolpa district":
		// police serve at home, so insurgents who strike at a state's
		// police are that state's rebels
		v := *sa
		v.country, v.id, v.code = ta.country, ta.country+sa.sector, ""
		sa = &v
	}
	if em.place != nil && em.place.Country != "" && !c.petrarch() && em.place.Span.Start >= em.sent.Start && em.place.Span.End <= em.sent.End {
		// "students demonstrated in Yangon", "clashed with police in
		// the town of Talas": local people of no named state are the
		// state's where the sentence puts the event
		if r := cameo.Root(code); r == "04" || r == "14" || !placeIsDestination(toks, em.place.Span.Start) {
			// ("deported them to the United States": where to, not
			// where they live; protesters marching to their capital
			// are still its people)
			sa, ta = localAgent(sa, em.place.Country), localAgent(ta, em.place.Country)
			if r == "14" && sa != nil && sa.generic && sa.sector == "REL" && sa.country == "" && !sa.place {
				// "Buddhist monks marched in Yangon": clergy who
				// demonstrate where the sentence puts them are its own
				v := *sa
				v.country, v.id, v.code = em.place.Country, em.place.Country+sa.sector, ""
				sa = &v
			}
		}
		if ta != nil && ethnicCivilians(toks, ta) && ta.country != em.place.Country && em.place.Span.Start >= toks[ta.t1-1].end && c.placeIsWhere(toks, em.place.Span.Start) {
			// "soldiers fired on Uzbek residents in the city of Osh,
			// Kyrgyzstan": an ethnic group's people living where the
			// sentence puts them are that state's civilians, not the
			// demonym's state
			v := *ta
			v.homeland, v.country, v.id, v.code = ta.country, em.place.Country, em.place.Country+"CVL", ""
			ta = &v
		}
		if sa != nil && sa.generic && (sa.sector == "REB" || sa.sector == "SEP") && sa.country == "" && !sa.place && cameo.QuadClass(code) == 4 && (ta == nil || !ta.place && (ta.generic && ta.country == "" || ta.country == em.place.Country && (em.place.Span.Start >= toks[ta.t1-1].end || ta.agentBefore && ta.sector == "CVL"))) && c.placeIsWhere(toks, em.place.Span.Start) {
			// "Islamist militants killed 14 soldiers in an ambush in
			// northern Burkina Faso", "Maoist rebels attacked a police
			// post in western Nepal": insurgents who strike at home
			// (against that state or no foreign side) are its rebels;
			// the place must be another mention than the target ("strikes
			// at United States and Iraqi outposts" names no home), unless
			// the target is civilians the place makes that state's
			// ("Jihadists killed 40 villagers in central Mali": MLIREB)
			v := *sa
			v.country, v.id, v.code = em.place.Country, em.place.Country+sa.sector, ""
			sa = &v
		} else if sa != nil && ta != nil && ta.generic && (ta.sector == "REB" || ta.sector == "SEP") && (ta.country == "" || ta.country == em.place.Country) && !ta.place && sa.generic && (sa.sector == "MIL" || sa.sector == "COP") && sa.country == "" && !sa.place && cameo.QuadClass(code) == 4 && c.placeIsWhere(toks, em.place.Span.Start) {
			// "Rebels clashed with troops near Goma" (the troops'
			// side): unowned forces fighting insurgents at home are
			// both the state's, as the insurgents' side is coded
			v, w := *sa, *ta
			v.country, v.id, v.code = em.place.Country, em.place.Country+sa.sector, ""
			w.country, w.id, w.code = em.place.Country, em.place.Country+ta.sector, ""
			sa, ta = &v, &w
		}
		if ta != nil && ta.generic && (ta.sector == "CVL" || ta.sector == "REB") && ta.country == "" && !ta.place && sa != nil && !sa.place && (sa.sector == "MIL" || sa.sector == "COP") && sa.country == em.place.Country && c.placeIsWhere(toks, em.place.Span.Start) {
			// "Malian troops executed dozens of civilians in Mopti",
			// "Pakistani troops killed seven militants in North
			// Waziristan": a state's own people or insurgents, acted on
			// at home by its own forces (civilians elsewhere keep no
			// country: "insurgents shelled a village near Aleppo,
			// killing civilians"; the place must say where, "in Mopti",
			// not "against Moscow")
			v := *ta
			v.country, v.id, v.code = sa.country, sa.country+ta.sector, ""
			ta = &v
		} else if ta != nil && ta.generic && (ta.sector == "MIL" || ta.sector == "COP") && ta.country == "" && !ta.place && sa != nil && !sa.place && (sa.sector == "REB" || sa.sector == "SEP") && sa.country == em.place.Country && c.placeIsWhere(toks, em.place.Span.Start) {
			// "al Shabaab militants killed 12 soldiers in an attack on a
			// base near Mogadishu": the soldiers an insurgency fights at
			// home are its state's
			v := *ta
			v.country, v.id, v.code = sa.country, sa.country+ta.sector, ""
			ta = &v
		}
	}
	if sa != nil && ta != nil && !c.petrarch() && sa.generic && sa.country == "" && sa.t1 > sa.t0 && equipmentNoun(toks[sa.t1-1].low) && (cameo.Root(code) == "05" || cameo.Root(code) == "06" || cameo.Root(code) == "07") {
		return // "Syria's army, backed by tanks, stormed Deraa": a force's own weapons back nobody
	}
	if sa == nil && ta != nil && !c.petrarch() && (cameo.Root(code) == "05" || cameo.Root(code) == "06" || cameo.Root(code) == "07") && m.head+1 < len(toks) && toks[m.head+1].low == "by" && equipmentAfter(toks, m.head+2) {
		return // "Thai soldiers backed by armoured vehicles stormed the camp": the weapons name no backer
	}
	if sa != nil && ta != nil && code == "051" && !c.petrarch() && sa.sector == "MIL" && !sa.person && m.head+1 < len(toks) && toks[m.head+1].low == "by" {
		code = "072" // "M23 rebels backed by Rwandan troops": armed forces backing someone give military aid, no praise
	}
	if ta != nil && sa != nil && !c.petrarch() && (cameo.Root(code) == "17" || cameo.Root(code) == "18" && sa.sector != "" || strings.HasPrefix(code, "084") || code == "056" ||
		ta.sector == "OPP" && !sa.person && (cameo.Root(code) == "11" || cameo.Root(code) == "12")) {
		// "Zambia's government banned opposition rallies": Zambia's
		// opposition; so is the opposition a state body (not a
		// leader, who may speak of anyone's) rebukes or rebuffs
		// ("Bangladesh's election commission rejected an opposition
		// request")
		if !foreignBefore(toks, ta.t0, ta.t1-1) {
			ta = domesticDissent(ta, sa, code) // ("expelled foreign journalists": no state's own)
		}
	}
	if sa != nil && ta != nil && !c.petrarch() && sa.generic && sa.country == "" && !sa.place && (sa.sector == "MIL" || sa.sector == "COP") &&
		ta.sector == "GOV" && ta.country != "" && (code == "170" || code == "173" || strings.HasPrefix(code, "172")) {
		// "soldiers announced they had removed him (President Bazoum)
		// from power": unnamed forces that depose or detain a state's
		// leaders are that state's
		v := *sa
		v.country, v.id, v.code = ta.country, ta.country+sa.sector, ""
		sa = &v
	}
	if reciprocal && sa != nil && ta != nil && !c.petrarch() {
		// "The Philippine government and communist rebels resumed
		// talks": rebels who talk, agree or fight with a state's
		// government are that state's (PHLREB)
		// and so are rebels fighting its forces at home ("Syrian
		// government troops and rebels clashed near Aleppo")
		home := ""
		if em.place != nil && em.place.Span.Start >= em.sent.Start && em.place.Span.End <= em.sent.End && c.placeIsWhere(toks, em.place.Span.Start) {
			home = em.place.Country
		}
		sa, ta = homeRebels(sa, ta, home), homeRebels(ta, sa, home)
	}
	sa, ta = homelandRebels(sa), homelandRebels(ta)
	if cap(em.d.Events) == 0 {
		// a document with events has several (seven on average in
		// the pipeline benchmark), about one per sentence at most: one
		// allocation, not four growths (a growth copies every event)
		em.d.Events = make([]doc.Event, 0, max(8, len(em.d.Sentences)))
	}
	// the event is built in its place in d.Events (a doc.Event is
	// large: building it apart and appending it copies it twice)
	em.d.Events = slices.Grow(em.d.Events, 1)
	em.d.Events = em.d.Events[:len(em.d.Events)+1]
	e := &em.d.Events[len(em.d.Events)-1]
	c.eventFor(e, em.d, em.si, em.sent, toks, code, sa, ta, m, date)
	e.Negated, e.Hypothetical, e.Alleged, e.Quoted, e.Reciprocal = em.neg, em.hypo, em.alleged, em.quoted, reciprocal
	e.Confidence = c.confidence(em.conf, toks, m, sa, ta, em.reported, em.alleged)
	if s == inferredState {
		e.SourceInferred = true
		e.Confidence = math.Max(0.05, math.Round((e.Confidence-0.1)*100)/100) // a source the text does not name
	}
	if pl := em.place; pl != nil {
		if ta != nil && ta.country != "" && pl.Country != "" && pl.Country != ta.country && cameo.Root(code) == "04" && !c.petrarch() {
			// "visited Paris and Warsaw and met Macron and Tusk": a
			// meeting with one side of the list is in that side's place
			if alt := countryPlaceIn(em.d, em.sent, ta.country); alt != nil {
				pl = alt
			}
		}
		e.Place, e.Lat, e.Lon, e.PlaceCountry = pl.Name, pl.Lat, pl.Lon, pl.Country
	}
}

// countryPlaceIn returns the one place of sentence sent in country cc,
// or nil when there is none or more than one.
func countryPlaceIn(d *doc.Doc, sent doc.Span, cc string) *doc.Place {
	var found *doc.Place
	places := d.PlacesIn(sent)
	for i := range places {
		if p := &places[i]; p.Country == cc && sent.Contains(p.Span) {
			if found != nil && found.Name != p.Name {
				return nil
			}
			found = p
		}
	}
	return found
}

// passiveSource is emit's step for a passive match whose source no slot
// binds ("X was struck by Y"): the source's actors from the agent by
// (-1 when the passive names none), nil when no source is named; drop
// reports that the match codes nothing. It lives apart from emit so
// that emit's common path stays short in the instruction cache.
func (c *Coder) passiveSource(toks []tok, acts []actor, actorAt []int, m *match, by int) (srcs []int, drop bool) {
	p := m.p
	if h := m.start; !c.petrarch() && strings.HasPrefix(p.Code, "084") && h > 0 && actorAt[h-1] < 0 && !toks[h-1].punct && !toks[h-1].is(wcBeForm) &&
		!strings.HasSuffix(toks[h-1].low, "ly") && !toks[h-1].is(wcNegator) && toks[h-1].low != "and" && toks[h-1].low != "been" && toks[h-1].low != "who" {
		// "a readout released by the Chinese side": a thing,
		// not a person, is released
		return nil, true
	}
	if by < 0 {
		by = attackOwnerAfter(toks, acts, actorAt, m)
	}
	if by >= 0 {
		srcs = conj(toks, acts, actorAt, by)
	} else if c.petrarch() {
		srcs = c.object(toks, acts, actorAt, m, false)
	} else if cameo.Root(p.Code) == "17" {
		// "was arrested in Lebanon": the state where one is
		// arrested, detained or sentenced did it
		if o := c.object(toks, acts, actorAt, m, false); len(o) > 0 && !acts[o[0]].generic && o[0] >= 0 &&
			acts[o[0]].t0 > 0 && toks[acts[o[0]].t0-1].low == "in" && !cityActor(acts[o[0]]) {
			srcs = o
		}
	} else if p.Code == "075" {
		// "had been granted asylum in Moscow": the state
		// where asylum is granted grants it
		if k := m.end; k+1 < len(toks) && toks[k].low == "in" {
			if toks[k+1].low == "the" && k+2 < len(toks) {
				k++
			}
			if ai := actorAt[k+1]; ai >= 0 && !acts[ai].generic && !acts[ai].person && acts[ai].country != "" {
				srcs = []int{ai}
			}
		}
	}
	return srcs, false
}

// reportedClaim is emit's step for a match whose act is reported by the
// verb at r ("X said Y attacked Z", "X claimed it attacked Z"). It
// returns the speaker who accuses the reported source (or, for "X said
// Y must …", demands of it) and the verb's index, whether the source
// claims its own act, the code of the speaker's act, whether only that
// demand is coded, and alleged as updated; drop reports that the match
// codes nothing. It lives apart from emit so that emit's common path
// stays short in the instruction cache: most matches have no reporting
// verb.
func (c *Coder) reportedClaim(toks []tok, acts []actor, actorAt []int, m *match, r int, srcs, tgts []int, neg, hypo, alleged bool) (accuser, accuseAt int, claimOwn bool, accuseCode string, demandOnly, allegedOut, drop bool) {
	p := m.p
	accuser, accuseAt, accuseCode = -1, -1, "112"
	if r+1 < m.start && (r == 0 || !toks[r-1].is(wcDeterminer)) && p.Code == "072" && sayVerbs.Has(toks[r].low) && !neg && !hypo &&
		len(tgts) > 0 && tgts[0] >= 0 && acts[tgts[0]].generic && armedSector(acts[tgts[0]].actorCode()) && !speakerIsSource(toks, acts, actorAt, r, srcs) {
		// "Kurti said Serbia had armed the attackers": saying another
		// armed fighters or attackers accuses it (112), as saying it
		// attacked does
		if sp := c.subject(toks, acts, actorAt, &match{p: p, start: r, end: r + 1, head: r, headEnd: r + 1, anchorEnd: r + 1}); len(sp) > 0 {
			accuser, accuseAt = sp[0], r
		}
	}
	if r+1 < m.start && (r == 0 || !toks[r-1].is(wcDeterminer)) && cameo.QuadClass(p.Code) == 4 && !neg && !hypo {
		// ("the alleged attacks" is an adjective, no claim)
		if !speakerIsSource(toks, acts, actorAt, r, srcs) {
			// claiming that someone else attacked is accusing them
			// (CAMEO 112; PETRARCH's gold codes it so), and so is
			// saying one was attacked by them ("Israel said a mortar
			// bomb was fired at it from Gaza")
			if sp := c.subject(toks, acts, actorAt, &match{p: p, start: r, end: r + 1, head: r, headEnd: r + 1, anchorEnd: r + 1}); len(sp) > 0 &&
				(accuseVerbs.Has(toks[r].low) || sayVerbs.Has(toks[r].low) && victimSpeaker(toks, acts, actorAt, m, tgts, sp[0])) {
				accuser, accuseAt = sp[0], r
			}
		} else if claimVerbs.Has(toks[r].low) {
			// "the group claimed it had attacked the base": claiming
			// one's own attack is claiming responsibility (015)
			claimOwn = true
		}
	}
	// "Trump said North Korea had wanted sanctions lifted", "the
	// Kremlin said Putin would meet …": what a speaker says someone
	// else would, could or wanted to do did not happen. The
	// speaker's own stated intent ("Iran said it would retaliate")
	// is coded (the pronoun subject resolves to the speaker).
	if (hypo || c.intent(toks, m) || neg) && !speakerIsSource(toks, acts, actorAt, r, srcs) && (neg || !c.ownStateSubject(toks, acts, actorAt, r, srcs, p)) &&
		!(hypo && !neg && !c.petrarch() && envisagedByReporter(toks, acts, m, srcs, tgts)) {
		// "the Red Cross said US and British forces must ensure
		// security": what a speaker says another must do is the
		// speaker's demand of them (100); other modals code nothing
		if !mustModal(toks, m) || neg || c.petrarch() {
			return accuser, accuseAt, claimOwn, accuseCode, demandOnly, alleged, true
		}
		sp := c.subject(toks, acts, actorAt, &match{p: p, start: r, end: r + 1, head: r, headEnd: r + 1, anchorEnd: r + 1})
		if len(sp) == 0 || len(srcs) == 0 || srcs[0] < 0 {
			return accuser, accuseAt, claimOwn, accuseCode, demandOnly, alleged, true
		}
		accuser, accuseAt, accuseCode, demandOnly = sp[0], r, "100", true
	}
	if r > 0 && !c.petrarch() {
		switch toks[r-1].low {
		case "reports", "report", "rumours", "rumors":
			alleged = true // "Unconfirmed reports said Uganda had attacked": nobody named asserts it
		}
	}
	if believeVerbs.Has(toks[r].low) && !(neg && denierOf(toks, r) >= 0) {
		alleged = true // (not the noun of a denial: "rejected claims that it had bombed" is denied, as "denied reports that" is)
	}
	return accuser, accuseAt, claimOwn, accuseCode, demandOnly, alleged, false
}

// envisagedByReporter reports a reported act that the speaker says
// another may, might or could do, between a source and a target that
// are both named actors: "U.S. officials said Kim could travel to
// Moscow next month". It is coded as envisaged (hypothetical), as it is
// when the speaker closes the sentence. An act without a clear source
// or target, a demand ("must"), a wish ("wanted to") and "would" are
// not: "Egypt said Israel would strike Syria" would become an intent
// (138) Israel never stated.
func envisagedByReporter(toks []tok, acts []actor, m *match, srcs, tgts []int) bool {
	if len(srcs) == 0 || srcs[0] < 0 || len(tgts) == 0 || tgts[0] < 0 || acts[srcs[0]].generic || acts[tgts[0]].generic || mustModal(toks, m) {
		return false
	}
	return speculativeModal(toks, m)
}

// workplaceAgent returns the agent noun before "at" whose list of
// workplaces the organisation a closes ("Workers at the Hyundai Motor
// plant and the Kia company": Workers), else -1. The organisation
// follows "and" (past "the"), and the "at" is at most eight words
// before it with no punctuation between ("paramedics at the scene, he
// said" is no list).
func (c *Coder) workplaceAgent(toks []tok, actorAt []int, a *actor) int {
	if a.person || a.generic || a.place || a.sector == "" && a.country != "" {
		return -1 // (a state is no workplace)
	}
	k := a.t0 - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 1 || toks[k].low != "and" {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if toks[j].punct {
			return -1
		}
		if toks[j].low == "at" {
			if c.memberAt(toks, j) && actorAt[j-1] >= 0 {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// appositiveHead reports whether tokens [from,to) are a noun phrase
// that a name in apposition can follow: a possessive pronoun, "the" or "a",
// then one to three lower-case nouns ("his successor", "the new
// prime minister", "her Kenyan counterpart" is not: a demonym is an actor).
func appositiveHead(toks []tok, actorAt []int, from, to int) bool {
	if a := ageWords(toks, from+1, to); a > 0 && toks[from].low != "the" {
		from += a // "a 41-year-old man": the age is a modifier
		to2 := to - from
		if to2 < 1 || to2 > 3 {
			return false
		}
		for k := from + 1; k < to; k++ {
			if actorAt[k] >= 0 || !plainNoun(&toks[k]) {
				return false
			}
		}
		return true
	}
	if to-from < 2 || to-from > 4 {
		return false
	}
	switch toks[from].low {
	case "his", "her", "their", "its", "the":
	case "a", "an": // "arrested a 41-year-old man, Tetsuya Yamagami,"
	default:
		return false
	}
	for k := from + 1; k < to; k++ {
		if actorAt[k] >= 0 || !plainNoun(&toks[k]) {
			return false
		}
	}
	return true
}

// leadSubject returns the actor that opens the clause ending before the
// subordinator at sub (after a hard stop or at the sentence start, past
// determiners and modifiers) when a past verb follows it, or -1.
func leadSubject(toks []tok, acts []actor, actorAt []int, sub int) int {
	cs := 0
	for k := sub - 1; k >= 0; k-- {
		if isHardStop(&toks[k]) || subordinators.Has(toks[k].low) {
			cs = k + 1
			break
		}
	}
	if cs >= 2 && toks[cs-1].low == "who" && (pastVerb(&toks[cs]) || toks[cs].is(wcIrregular)) {
		// "Libya's new leaders, who took power after …": the relative's
		// antecedent
		j := cs - 2
		if toks[j].low == "," && j > 0 {
			j--
		}
		if ai := actorAt[j]; ai >= 0 && !acts[ai].place {
			return ai
		}
		return -1
	}
	for k := cs; k < sub && k < cs+6; k++ {
		if ai := actorAt[k]; ai >= 0 {
			a := &acts[ai]
			if a.place || a.t1 >= sub || !pastVerb(&toks[a.t1]) && !toks[a.t1].is(wcIrregular) {
				return -1
			}
			return ai
		}
		if !toks[k].is(wcDeterminer) && !isModifier(toks[k].low) {
			return -1
		}
	}
	return -1
}

// dealWith returns the actor after "with" that follows a participle of
// agreement right after a deal noun ("a deal signed last month with the
// United Arab Emirates", "an accord reached with Kyiv"), or -1.
func dealWith(toks []tok, acts []actor, actorAt []int, m *match) int {
	h := m.start
	if h < 1 {
		return -1
	}
	switch toks[h-1].low {
	case "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty", "contract", "contracts", "memorandum":
	default:
		return -1
	}
	for k := m.end; k+1 < len(toks) && k < m.end+5; k++ {
		if isHardStop(&toks[k]) || toks[k].low == "," {
			return -1
		}
		if toks[k].low == "with" {
			j := k + 1
			if toks[j].low == "the" && j+1 < len(toks) {
				j++
			}
			if ai := actorAt[j]; ai >= 0 && !acts[ai].place {
				return ai
			}
			return -1
		}
	}
	return -1
}

// possessedAfter returns a country that owns a noun in the infinitive
// right after a cooperative trigger ("reached an agreement to raise
// Egypt's loan program", "a deal to restructure Zambia's debt"): the
// party the agreement or aid is with. Only "to" and up to two words may
// stand before the possessive; no source actor, nor the source's own
// country, qualifies. Else -1.
func possessedAfter(toks []tok, acts []actor, actorAt []int, m *match, srcs []int) int {
	i := m.end
	if i >= len(toks) || toks[i].low != "to" {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if ai := actorAt[k]; ai >= 0 {
			a := &acts[ai]
			if !a.poss || a.person || a.generic || a.country == "" || slices.Contains(srcs, ai) || a.country == acts[srcs[0]].country {
				return -1 // ("Merz promised to strengthen Germany's armed forces": his own)
			}
			return ai
		}
		if toks[k].punct || toks[k].upper {
			return -1
		}
	}
	return -1
}

// commaAndClause reports a ", and"/", but" at i that opens a new clause
// with its own subject: an actor, after determiners and modifiers,
// followed by a past verb (", and fighters opened the gates").
func commaAndClause(toks []tok, actorAt []int, i int) bool {
	if i < 1 || toks[i].low != "and" && toks[i].low != "but" || toks[i-1].low != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if actorAt[k] < 0 {
			if toks[k].is(wcDeterminer) || isModifier(toks[k].low) {
				continue
			}
			return false
		}
		j := k
		for j < len(toks) && actorAt[j] == actorAt[k] {
			j++
		}
		return j < len(toks) && (pastVerb(&toks[j]) || toks[j].is(wcIrregular))
	}
	return false
}

// ageWords returns how many tokens from i (before to) spell an age
// ("41-year-old", "41 - year - old", "41-year - old"), or 0.
func ageWords(toks []tok, i, to int) int {
	n := 0
	for k := i; k < to && k < i+6; k++ {
		w := toks[k].low
		if w == "" {
			break
		}
		if w[0] >= '0' && w[0] <= '9' || w == "-" || w == "year" || w == "old" || w == "year-old" || w == "-year-old" || w == "-year" || w == "-old" {
			n++
			continue
		}
		break
	}
	if n == 0 || toks[i].low[0] < '0' || toks[i].low[0] > '9' || !strings.HasSuffix(toks[i+n-1].low, "old") {
		return 0
	}
	return n
}

// appositiveEnd reports whether the name ending at t1 closes an
// apposition: the sentence, a comma or a preposition follows, no verb,
// and no reporting verb later in the sentence ("…, Benjamin Netanyahu
// said" is an attribution).
func appositiveEnd(toks []tok, t1 int) bool {
	if t1 >= len(toks) {
		return true
	}
	for k := t1; k < len(toks) && !isHardStop(&toks[k]); k++ {
		if toks[k].is(wcReportVerb) {
			return false // "…, Sergei Lavrov, the foreign minister, said"
		}
	}
	t := &toks[t1]
	if t.punct {
		return t.low == "," || t.low == "." || t.low == ";"
	}
	return t.is(wcPreposition) && t.low != "to"
}

// ownedBySubject reports an actor at t0 that a possessive pronoun
// before it makes the subject's own ("its KFOR mission", "their own
// militias").
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func ownedBySubject(toks []tok, t0 int) bool {
	k := t0 - 1
	if k >= 0 && toks[k].low == "own" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "its", "their", "our", "his", "her":
		return true
	}
	return false
}

// pluralAfter reports a plural noun within two words after t1 ("Kenyan
// peacekeepers", "Georgian television stations").
func pluralAfter(toks []tok, t1 int) bool {
	for k := t1; k < len(toks) && k < t1+2; k++ {
		w := toks[k].low
		if toks[k].punct || toks[k].upper {
			return false
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
			return true
		}
	}
	return false
}

// flyVerb reports a form of "fly".
func flyVerb(w string) bool {
	switch w {
	case "fly", "flies", "flew", "flown", "flying":
		return true
	}
	return false
}

// placeAfterObject reports a place at t0 after a locative preposition
// ("in", "around", "near") that follows the trigger's pattern, with at
// most an object that is no actor between ("his private home in
// Colombo", "key positions in Istanbul", "in the northern city of
// Mosul").
func placeAfterObject(toks []tok, acts []actor, actorAt []int, m *match, t0 int) bool {
	for t0 >= 2 && (toks[t0-1].low == "and" || toks[t0-1].low == "or" || toks[t0-1].low == ",") && actorAt[t0-2] >= 0 && acts[actorAt[t0-2]].place {
		t0 = acts[actorAt[t0-2]].t0 // "in Istanbul and Ankara": the list's first place
	}
	p := locativeBefore(toks, t0)
	if p < m.end {
		return false
	}
	for k := m.end; k < p; k++ {
		if actorAt[k] >= 0 || toks[k].punct || toks[k].is(wcPreposition) && k > m.end {
			return false
		}
	}
	return true
}

// placeNouns name a kind of settlement or area before "of" and a place
// ("the Kurdish city of Diyarbakir", "the Red Sea port of Hodeidah").
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "capital": true, "province": true,
	"region": true, "district": true, "resort": true, "state": true, "enclave": true, "suburb": true, "county": true}

// placeNounNear reports whether a place noun stands at token k or after
// one modifier ("town" in "… lakeside town of Ohrid").
func placeNounNear(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if placeNouns[toks[j].low] {
			return true
		}
		if toks[j].punct || toks[j].upper {
			return false
		}
	}
	return false
}

// placeNounWords is placeNouns as a needSet: a sentence whose words
// meet none of them names no place by its kind (unknownPlace).
var placeNounWords = func() (n needSet) {
	for w := range placeNouns {
		n.addHash(filterHash(w))
	}
	return n
}()

// accordingHash is filterHash("according"), which modality looks for.
var accordingHash = filterHash("according")

// thatHash and negatorWords are the words without one of which in the
// sentence a test of modality cannot hold.
var (
	thatHash     = filterHash("that")
	negatorWords = needSetOf(negators)
)

// locativeBefore returns the index of the locative preposition (in, at,
// near, around …) that governs the place at t0, directly ("in Colombo",
// "in the Kremlin", "in central Belgrade") or through "the <modifiers> city of" ("in the
// Caribbean city of Cartagena"), or -1.
func locativeBefore(toks []tok, t0 int) int {
	p := t0 - 1
	if p >= 2 && toks[p].low == "of" && placeNouns[toks[p-1].low] {
		for k := p - 2; k >= 0 && k >= p-6; k-- {
			if toks[k].low == "the" || toks[k].low == "a" {
				p = k - 1
				break
			}
			if toks[k].punct {
				return -1
			}
		}
	}
	if p >= 1 && compassWord(toks[p].low) {
		p-- // "in central Belgrade", "in northern Kosovo"
	}
	if p >= 1 && toks[p].low == "the" {
		p--
	}
	if p < 0 || !(locPreps.Has(toks[p].low) || toks[p].low == "around") {
		return -1
	}
	return p
}

// armedAmong reports an armed actor (military, rebels, unidentified
// gunmen) among the sources srcs.
func armedAmong(acts []actor, srcs []int) bool {
	for _, s := range srcs {
		if s >= 0 && armedSector(acts[s].actorCode()) {
			return true
		}
	}
	return false
}

// killVerb reports a match whose trigger kills: killed, shot dead,
// assassinated, murdered.
func killVerb(toks []tok, m *match) bool {
	for i := m.start; i < m.end; i++ {
		if w := toks[i].low; strings.HasPrefix(w, "kill") || w == "dead" || strings.HasPrefix(w, "murder") || strings.HasPrefix(w, "assassinat") {
			return true
		}
	}
	return false
}

// gerundPassiveVictim returns the actor acted on by a passive gerund
// of force (the caller checks the code) in an adjunct ("died after being shot", "was hospitalised after
// having been stabbed", "upon being arrested"): the nearest actor before
// the preposition that is not itself after a preposition (the clause
// subject), with no speech verb between them ("police said the man died
// after being shot" names no victim). Else -1.
func gerundPassiveVictim(toks []tok, acts []actor, actorAt []int, m *match) int {
	h := m.start
	if h < 2 || !isParticiple(toks[h].low) && !strings.HasSuffix(toks[h].low, "ed") {
		return -1
	}
	p := h - 2
	switch {
	case toks[h-1].low == "being":
	case toks[h-1].low == "been" && h >= 3 && toks[h-2].low == "having":
		p = h - 3
	default:
		return -1
	}
	switch toks[p].low {
	case "after", "before", "upon", "on", "since", "while", "without":
	default:
		return -1 // ("barred officials from being questioned")
	}
	for i := p - 1; i >= 0; i-- {
		switch toks[i].low {
		case ";", "—", "–", "(", "which", "who", "whom", "that":
			return -1 // another clause's subject
		}
		if toks[i].is(wcReportVerb) {
			return -1
		}
		ai := actorAt[i]
		if ai < 0 {
			continue
		}
		a := &acts[ai]
		if a.place || a.t0 > 0 && toks[a.t0-1].is(wcPreposition) {
			i = a.t0
			continue
		}
		return ai
	}
	return -1
}

// unnamedAssailant reports an attack verb whose subject is an
// indefinite person noun that is no actor ("a man fired at him", "an
// assailant stabbed her"): the attacker is unknown, not absent.
func unnamedAssailant(toks []tok, actorAt []int, m *match) bool {
	i := m.start - 1
	if i < 1 || actorAt[i] >= 0 {
		return false
	}
	switch toks[i].low {
	case "man", "woman", "men", "attacker", "attackers", "assailant", "assailants", "suspect", "person", "youth", "teenager", "shooter":
	default:
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].low {
		case "a", "an", "two", "three", "several", "unidentified", "unknown", "masked", "armed":
			if toks[j].low == "a" || toks[j].low == "an" || j == 0 || toks[j-1].low == "when" || toks[j-1].low == "as" || toks[j-1].punct {
				return true
			}
		default:
			if toks[j].punct || toks[j].upper {
				return false
			}
		}
	}
	return false
}

// pronounVictim returns the person a "him"/"her" right after the
// trigger or its "at"/"on" repeats: the last person actor named before
// the trigger ("Abe was speaking … when a man fired at him"), or -1.
func pronounVictim(toks []tok, acts []actor, m *match) int {
	k := m.end
	if k < len(toks) && (toks[k].low == "at" || toks[k].low == "on") {
		k++
	} else if m.end-1 > m.head && (toks[m.end-1].low == "at" || toks[m.end-1].low == "on") {
		k = m.end
	}
	if k >= len(toks) || toks[k].low != "him" && toks[k].low != "her" {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		if acts[ai].t1 <= m.start && acts[ai].person {
			return ai
		}
	}
	return -1
}

// accidentDeath reports a death or injury trigger with no named
// attacker that a following "when/after/in …" clause explains as an
// accident within six words: a crash, collision, derailment, capsizing,
// flood, earthquake, storm, landslide or avalanche ("was killed when his
// helicopter crashed", "died in a car accident", "were injured after
// the bus collided with a truck"). Explosions and fire are left out:
// they are usually attacks ("killed when a bomb exploded", "opened
// fire").
func accidentDeath(toks []tok, m *match) bool {
	for i := m.end; i < len(toks) && i < m.end+8 && !isHardStop(&toks[i]); i++ {
		switch toks[i].low {
		case "when", "after", "in", "as":
		default:
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if isHardStop(&toks[j]) {
				break
			}
			if accidentWord(toks[j].low) {
				return true
			}
		}
	}
	return false
}

// accidentWord reports a word naming an accident or natural hazard.
func accidentWord(w string) bool {
	switch w {
	case "crash", "crashed", "crashes", "accident", "accidents", "collision", "collided", "derailed", "derailment",
		"capsized", "sank", "earthquake", "quake", "flood", "floods", "flooding", "storm", "landslide", "landslides",
		"avalanche", "mudslide", "tornado", "hurricane", "typhoon", "cyclone", "stampede", "crash-landed":
		return true
	}
	return false
}

// crossVerb reports a verb of crossing or entering (cross, crossed,
// crossing, enter, entered …).
func crossVerb(w string) bool {
	return strings.HasPrefix(w, "cross") || strings.HasPrefix(w, "enter")
}

// takePlaceVerb reports a verb of taking (captured, seized, overran,
// retook) at h, the trigger of an event whose target is a place: the
// place is occupied, nobody arrested or robbed.
func takePlaceVerb(toks []tok, h int) bool {
	w := toks[h].low
	return strings.HasPrefix(w, "captur") || strings.HasPrefix(w, "recaptur") || strings.HasPrefix(w, "seiz") ||
		strings.HasPrefix(w, "overr") || strings.HasPrefix(w, "retak") || w == "retook"
}

// ethnicCivilians reports a demonym (one capitalised word) right before a
// noun for people living somewhere ("Uzbek residents", "Somali villagers", "Rohingya
// families"): civilians named by their people, not their state.
func ethnicCivilians(toks []tok, a *actor) bool {
	if a.person || a.place || a.poss || a.country == "" || a.t1-a.t0 != 2 || a.t1 > len(toks) || !a.demonym && !toks[a.t0].upper {
		return false
	}
	switch toks[a.t1-1].low {
	case "residents", "villagers", "community", "communities", "minority", "minorities", "families", "inhabitants":
		return true
	}
	return false
}

// territoryNoun reports a word naming a stretch of territory or a post
// that armed forces take and hold.
func territoryNoun(w string) bool {
	switch w {
	case "town", "towns", "city", "cities", "village", "villages", "district", "districts", "province", "provinces",
		"territory", "territories", "crossing", "base", "bases", "outpost", "outposts", "stronghold", "strongholds":
		return true
	}
	return false
}

// takenTerritory reports a fighting match whose trigger is territory
// taken by a capture verb at most four tokens before it ("retook several
// districts", "had taken the town of Wesh", "captured the main border
// crossing"): no "from" after it names a side fought, and the sentence
// speaks of no fighting or clashes.
func takenTerritory(toks []tok, m *match) bool {
	if !territoryNoun(toks[m.head].low) {
		return false
	}
	v := -1
	for k := m.head - 1; k >= 0 && k >= m.head-5; k-- {
		if w := toks[k].low; takePlaceVerb(toks, k) || w == "take" || w == "takes" || w == "took" || w == "taken" || w == "taking" {
			v = k
			break
		}
		if toks[k].punct {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for k := range toks {
		if w := toks[k].low; clashWord(w) || k > m.head && w == "from" || w == "fought" || w == "fierce" {
			return false
		}
	}
	return true
}

// crossingSide reports whether the token at t is a side in "between A
// and B" after a crossing or border ("the border crossing between
// Afghanistan and Pakistan").
func crossingSide(toks []tok, t int) bool {
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if toks[k].low == "between" {
			return k > 0 && (strings.HasPrefix(toks[k-1].low, "crossing") || strings.HasPrefix(toks[k-1].low, "border") || toks[k-1].low == "frontier")
		}
		if toks[k].punct && toks[k].low != "," {
			return false
		}
	}
	return false
}

// withAbsolute finds the "with" that opens an absolute clause after a
// comma before the -ing trigger of m (", with Nigeria warning that …",
// ", with leaders preparing to visit Banjul and warning …"): its index
// and true, else false. The clause holds no other punctuation.
func withAbsolute(toks []tok, m *match) (int, bool) {
	if !strings.HasSuffix(toks[m.start].low, "ing") {
		return 0, false
	}
	for k := m.start - 1; k > 0 && k >= m.start-20; k-- {
		if toks[k].punct {
			return 0, false
		}
		if toks[k].low == "with" {
			return k, k+1 < m.start && toks[k-1].low == ","
		}
	}
	return 0, false
}

// peopleDemonym reports whether actor a is a plural demonym alone
// ("Gambians", "Syrians"): the country's people, no state or armed force.
func peopleDemonym(toks []tok, a *actor) bool {
	if !a.demonym || a.sector != "" || a.t1 != a.t0+1 || a.t0 >= len(toks) {
		return false
	}
	w := toks[a.t0].low
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// armedSector reports a CAMEO actor code of armed forces (military,
// unidentified armed forces, rebels, insurgents).
func armedSector(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "MIL", "UAF", "REB", "INS":
			return true
		}
	}
	return len(code) == 3 && (code == "MIL" || code == "UAF" || code == "REB" || code == "INS")
}

// placeAfter returns the country of the first place actor after the
// trigger that a locative preposition governs ("… in the east of the
// Gaza Strip"), before any clause break, or "".
func placeAfter(toks []tok, acts []actor, m *match, c *Coder) string {
	for i := range acts {
		a := &acts[i]
		if a.t0 < m.end || a.country == "" || !a.place && (a.person || a.demonym || a.sector != "" || a.generic) {
			continue // (a country named as where: "killed in Syria")
		}
		for k := m.end; k < a.t0; k++ {
			if toks[k].low == "," || isHardStop(&toks[k]) || subordinators.Has(toks[k].low) {
				return ""
			}
		}
		p := c.prepBefore(toks, a.t0)
		if p < 0 {
			continue
		}
		if locPreps.Has(toks[p].low) {
			return a.country
		}
		if toks[p].low == "of" {
			for k := p - 1; k >= m.end && k >= p-3; k-- {
				if locPreps.Has(toks[k].low) {
					return a.country // "in the east of the Gaza Strip"
				}
			}
		}
	}
	return ""
}

// confidence adjusts the match's base confidence for one source/target
// pair by the evidence that ties them to the trigger: how far each actor
// sits from it, whether they are named or bare agent nouns, whether the
// target is only a place, and whether the event is reported speech or
// alleged. Statements with no addressee stay low. The result is in
// [0.05, 0.99], rounded to two decimals.
func (c *Coder) confidence(base float64, toks []tok, m *match, sa, ta *actor, reported, alleged bool) float64 {
	cf := base
	dist := func(a *actor) int {
		if a.t1 <= m.start {
			return m.start - a.t1
		}
		if a.t0 >= m.end {
			return a.t0 - m.end
		}
		return 0
	}
	if sa == nil {
		cf -= 0.15 // "was attacked": nobody named did it
	} else {
		if d := dist(sa); d > 12 {
			cf -= 0.15
		} else if d > 6 {
			cf -= 0.05
		}
		if sa.generic && sa.country == "" {
			cf -= 0.15
		}
	}
	if ta == nil {
		cf -= 0.15
	} else {
		if d := dist(ta); d > 10 {
			cf -= 0.1
		} else if d > 5 {
			cf -= 0.05
		}
		if ta.generic && ta.country == "" {
			cf -= 0.1
		}
		if ta.place {
			cf -= 0.05
		}
	}
	if reported {
		cf -= 0.05 // someone's report of it, not the article's own
	}
	if alleged {
		cf -= 0.05
	}
	if ta == nil && cameo.Root(m.p.Code) == "01" && cf > 0.35 {
		cf = 0.35 // "X said": a statement to nobody in particular
	}
	if cf < 0.05 {
		cf = 0.05
	}
	if cf > 0.99 {
		cf = 0.99
	}
	return math.Round(cf*100) / 100
}

// petrarch reports whether the coder runs with PETRARCH dictionaries and
// so follows PETRARCH's conventions: a place after "in" may be any
// event's target ("renewing his license in Michel Delving").
func (c *Coder) petrarch() bool { return c.pet }

// ingPreps are -ing words that work as prepositions.
var ingPreps = wordset.FromMap(map[string]bool{"including": true, "regarding": true, "concerning": true, "during": true, "involving": true, "according": true, "excluding": true})

// placeTarget reports codes whose target may be a place named after a
// locative preposition: protest ("a protest in Beijing"), force and coercion ("shelled villages in
// Idlib"), mobilisation ("troops near Ukraine"), visits ("arrived in
// Beijing").
func placeTarget(p *Pattern) bool {
	if p.Flags&FlagVisit != 0 {
		return true
	}
	r := cameo.Root(p.Code)
	// a claimed or denied responsibility is for an attack: the attack's
	// place ("claimed responsibility for an attack at a mall in Kenya's
	// capital") is aimed at as the attack's would be
	// a military retreat is from a place ("Russian troops withdrew from
	// Kherson": the territory left is the target, as CAMEO's 0874 is
	// aimed at whoever holds it)
	return r >= "14" && r <= "20" || p.Code == "015" || p.Code == "016" || p.Code == "0874"
}

// hosts reports whether the target of a visit pattern hosts the visitor
// (reverse code 043): always for "visit"/"tour", for travel verbs
// ("flew to", "arrived in") only when the destination is a person or a
// government, not a country or city travelled to.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func hosts(toks []tok, m *match, t *actor) bool {
	w := toks[m.head].low
	if strings.HasPrefix(w, "visit") || strings.HasPrefix(w, "tour") {
		return true
	}
	return !t.place && t.sector != "" && !t.generic
}

// reducedPassive returns the actor right before a past participle that
// is followed by of/by/for/over ("people convicted of spying", "Iran
// accused of"), which makes it a passive with that actor acted on, or -1.
func (c *Coder) reducedPassive(toks []tok, acts []actor, actorAt []int, m *match) int {
	h := m.head
	if h == m.start+1 && toks[h].low == "dead" && h >= 2 {
		// "Two Britons shot dead near the bridge": the participle
		// before "dead" is the verb; nothing after it is an object
		h = m.start
		if m.headEnd >= len(toks) || toks[m.headEnd].punct {
			if ai := actorAt[h-1]; ai >= 0 && !acts[ai].place && acts[ai].t1 == h {
				return ai
			}
			return -1
		}
	}
	if ai := heldHostage(toks, acts, actorAt, m); ai >= 0 {
		return ai
	}
	if h != m.start || h == 0 || m.headEnd >= len(toks) {
		return -1
	}
	w := toks[h].low
	if !strings.HasSuffix(w, "ed") && !toks[h].is(wcPastParticiple) {
		return -1
	}
	nx := m.headEnd // the word after the participle, past a second one
	if nx+2 < len(toks) && toks[nx].low == "and" && isParticiple(toks[nx+1].low) && toks[nx+2].low == "by" {
		nx += 2 // "people shot and killed by police": both participles are the agent's
	}
	switch toks[nx].low {
	case "by":
	case "in", "at", "near", "during", "while", "after", "on", "for", "over", "last", "earlier", "yesterday", "since", "following", "inside", "outside", "across", "under", "without", "amid":
		if nx+1 < len(toks) && toks[nx].low == "at" && (toks[nx+1].low == "least" || toks[nx+1].low == "most") {
			return -1 // "fighters killed at least 40 soldiers": a count, no place
		}
		switch w {
		case "killed", "wounded", "injured", "detained", "arrested", "abducted", "kidnapped", "executed",
			"jailed", "imprisoned", "sought", "wanted", "held", "captured", "slain", "shot", "hurt",
			"seized", "taken", "beheaded", "tortured", "deported", "expelled", "freed", "released", "rescued", "hanged":
		default:
			return -1 // "Israel struck in Gaza", "Russia invaded in 2022"
		}
	case "of", "with":
		switch w {
		case "accused", "convicted", "suspected", "charged", "acquitted", "cleared", "stripped", "found":
		default:
			return -1 // "warned of", "spoke of", "met with"
		}
	case "from", "out":
		switch w {
		case "forced", "ousted", "removed", "driven", "pushed", "expelled", "deported", "evicted", "barred", "banned", "voted":
		default:
			return -1 // "withdrew from", "walked out"
		}
		// "the fourth leader forced from office by this year's
		// uprisings": the noun before is acted on, not the clause's
		// subject acting
	default:
		return -1
	}
	ai := actorAt[h-1]
	if ai < 0 && h >= 2 && toks[h-1].low == "," {
		// "Pedro Castillo, jailed since December 2022, …": a participle
		// opening an apposition to the person before the comma is said
		// of that person, who is acted on
		if bi := actorAt[h-2]; bi >= 0 && acts[bi].person && acts[bi].t1 == h-1 {
			return bi
		}
	}
	if r := cameo.Root(m.p.Code); ai < 0 && toks[nx].low == "by" && plainNoun(&toks[h-1]) && !c.petrarch() && r >= "17" && r <= "20" {
		// "rescued 30 travellers kidnapped by bandits": the noun is acted
		// on by the agent after "by"; it is no actor, but a country or
		// demonym right before it names whose ("a US hostage killed by
		// his captors", "a Swedish boy kidnapped by traffickers")
		if h >= 2 {
			if bi := actorAt[h-2]; bi >= 0 && acts[bi].t1 == h-1 && !acts[bi].place && !acts[bi].person && acts[bi].sector == "" {
				return bi
			}
		}
		return patientPassive
	}
	if ai < 0 && toks[nx].low != "by" && plainNoun(&toks[h-1]) {
		// "two Brazilian men sought in …", "the men wanted for …": the
		// noun before the participle is acted on; a demonym before it
		// names their country
		if h >= 2 {
			if bi := actorAt[h-2]; bi >= 0 && acts[bi].demonym && acts[bi].t1 == h-1 {
				return bi
			}
		}
		return noActorPassive
	}
	if ai < 0 || acts[ai].place {
		return -1
	}
	if t0 := acts[ai].t0; t0 > 0 && toks[t0-1].is(wcPreposition) && !(toks[t0-1].low == "of" && t0 > 1 && countWord(&toks[t0-2])) {
		// ("dozens of officers accused of …": a partitive, the officers
		// are accused)
		// "Iran's attack on Israel condemned by Britain": what is
		// condemned is the noun before the preposition; its owner is
		// the one acted on
		for j := t0 - 2; j >= 0 && j >= t0-4; j-- {
			if bi := actorAt[j]; bi >= 0 && (acts[bi].poss || acts[bi].demonym) {
				return bi
			}
			if toks[j].punct {
				break
			}
		}
		return -1
	}
	// "X, accused of …" or "X accused Y of": only a bare participle
	// right after the actor with nothing between
	if acts[ai].t1 != h {
		return -1
	}
	if acts[ai].t0 == 0 || toks[acts[ai].t0-1].punct && toks[acts[ai].t0-1].low != "," {
		// sentence-initial "Iran accused of …" is a headline passive only
		// when no object follows "of"; keep it as passive too
		return ai
	}
	return ai
}

// noActorPassive is reducedPassive's answer for a participle after a
// plain noun that is no actor.
const noActorPassive = -2

// patientPassive is reducedPassive's answer for a participle with a "by"
// agent after a plain noun: "hostages kidnapped by bandits".
const patientPassive = -3

// plainNoun reports a lower-case content word that can end a noun
// phrase before a reduced passive ("men", "missionaries"): no function
// word, pronoun, adverb, auxiliary or verb form.
func plainNoun(t *tok) bool {
	w := t.low
	if t.punct || t.upper || t.is(wcDeterminer|wcPreposition|wcPronoun|wcBeForm|wcHypo|wcNegator|wcReportVerb) ||
		strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastParticiple.Has(w) {
		return false
	}
	switch w {
	case "and", "or", "but", "who", "which", "that", "have", "has", "had", "also", "then", "not", "they", "it", "he", "she", "we",
		"already", "just", "even", "yet", "ever", "soon", "once":
		return false
	}
	return !ingContext.Has(w) // "now", "still", "again", "continued" …
}

// abstractNouns are objects of conflict verbs that are no actors: "fight
// corruption", "combat poverty", "attack inflation".
var abstractNouns = wordset.FromMap(map[string]bool{"corruption": true, "poverty": true, "hunger": true, "inflation": true, "crime": true,
	"disease": true, "climate": true, "fires": true, "wildfires": true, "fire": true, "drugs": true, "illiteracy": true,
	"unemployment": true, "discrimination": true, "racism": true, "cancer": true, "misinformation": true, "disinformation": true,
	"impunity": true, "extremism": true, "deforestation": true, "pollution": true, "inequality": true, "fraud": true, "smuggling": true,
	"terrorism": true, "terror": true, "piracy": true, "trafficking": true, "addiction": true, "obesity": true, "illness": true,
	"coronavirus": true, "covid": true, "covid-19": true, "pandemic": true, "virus": true})

// thingVisited reports a visit verb at m whose object is a common noun
// phrase naming no actor: a determiner, then lower-case words ("visited
// a factory", "toured the museum", "visited an out of hours GP clinic"
// up to a name inside it). A building or a shop is visited, no host.
func (c *Coder) thingVisited(toks []tok, actorAt []int, m *match) bool {
	i := m.end
	if i+1 >= len(toks) || !toks[i].is(wcDeterminer) || toks[i].low == "'s" || toks[i].low == "that" {
		return false
	}
	n := 0
	for j := i + 1; j < len(toks) && j < i+8 && !toks[j].punct && !toks[j].is(wcPreposition); j++ {
		if actorAt[j] >= 0 {
			return false
		}
		if w := toks[j].low; placeNouns[w] || landNouns[w] {
			return false // "visited the country", "toured the region": a land, its host unnamed
		}
		if _, ok := c.dict.Agents[toks[j].low]; ok {
			return false // "visited the wounded soldiers": people, if no actor was made of them
		}
		if !toks[j].upper {
			n++
		}
	}
	return n > 0
}

// landNouns name a land beyond placeNouns' settlements: "visited the
// country in May" is a visit to its state.
var landNouns = map[string]bool{"country": true, "nation": true, "island": true, "islands": true, "area": true, "territory": true,
	"territories": true, "kingdom": true, "republic": true, "border": true, "frontline": true, "front": true, "zone": true, "countries": true}

// abstractObject reports a conflict trigger whose direct object is an
// abstract noun.
func abstractObject(toks []tok, m *match) bool {
	if r := cameo.Root(m.p.Code); r != "13" && (r < "17" || r > "20") { // (emit asks only for these roots: keep them so)
		return false
	}
	if r := cameo.Root(m.p.Code); r == "17" && m.end > m.start && toks[m.end-1].low == "with" {
		return false // "charged the driver with fraud": the crime charged, no object of the charge
	}
	for i := m.end; i < len(toks) && i < m.end+3; i++ {
		if abstractNouns.Has(toks[i].low) {
			return true
		}
		if !toks[i].is(wcDeterminer) && !isModifier(toks[i].low) {
			return false
		}
	}
	return false
}

// appealVerbs ask someone else to act: the act asked for is their
// content.
var appealVerbs = wordset.FromMap(map[string]bool{"urged": true, "urges": true, "urge": true, "urging": true, "asked": true, "asks": true,
	"asking": true, "called": true, "calls": true, "calling": true, "appealed": true, "appeals": true, "pressed": true,
	"wants": true, "want": true, "wanted": true, "wanting": true, "pressure": true, "pressured": true, "pressures": true, "pressuring": true,
	"pressing": true, "encouraged": true, "encourages": true, "invited": true, "invites": true, "begged": true, "implored": true,
	// bare and -ing forms, after an auxiliary or a negation ("did not
	// ask Russia to help Israel", "will ask X to")
	"ask": true, "press": true, "presses": true, "encourage": true, "encouraging": true, "invite": true, "inviting": true,
	"beg": true, "begs": true, "begging": true, "implore": true, "implores": true, "imploring": true})

// campaignRally reports a rally at m that is a political meeting, no
// demonstration: one a person holds or is rallying ("Clinton has held
// rallies in Cleveland", "Trump rallied supporters in Ohio") or a
// "campaign rally", with no word of protest after it (against,
// protest, demanding …): "Navalny led a rally against the
// government" stays a protest.
func campaignRally(toks []tok, m *match, sa *actor) bool {
	if !strings.HasPrefix(toks[m.head].low, "rall") {
		return false
	}
	if !(sa != nil && sa.person || m.head > 0 && toks[m.head-1].low == "campaign") {
		return false
	}
	for i := m.head + 1; i < len(toks); i++ {
		switch w := toks[i].low; {
		case w == "against", w == "demanding", w == "denouncing", w == "condemning", w == "opposing",
			strings.HasPrefix(w, "protest"), strings.HasPrefix(w, "anti-"), w == "to" && i+1 < len(toks) && (toks[i+1].low == "demand" || toks[i+1].low == "protest"):
			return false
		}
	}
	return true
}

// sportsWin reports a verb of beating in a sentence about a game: a
// score ("3-1") or a word of sport (final, match, cup, wickets …), or
// about a vote that was won.
func sportsWin(toks []tok, m *match) bool {
	switch toks[m.head].low { // (emit asks only for words starting "beat": keep every word so)
	case "beat", "beats", "beating", "beaten":
	default:
		return false
	}
	// "won 403 of 636 votes, beating Vice President Myint Swe": a win at
	// the polls, the participle after the winning clause
	polls := toks[m.head].low == "beating" && m.head > 0 && toks[m.head-1].low == ","
	vote, won := false, false
	for i := range toks {
		w := toks[i].low
		if sportWords.Has(w) {
			return true
		}
		if polls {
			vote = vote || contestWords.Has(w)
			won = won || i < m.head && winVerbs.Has(w)
			if vote && won {
				return true
			}
		}
		if j := strings.IndexByte(w, '-'); j > 0 && j < len(w)-1 && w[0] >= '0' && w[0] <= '9' && w[j+1] >= '0' && w[j+1] <= '9' {
			return true // a score: "3-1"
		}
		if i+2 < len(toks) && w != "" && w[0] >= '0' && w[0] <= '9' && len(w) <= 3 && (toks[i+1].low == "-" || toks[i+1].low == "–") &&
			toks[i+1].start == toks[i].end && toks[i+2].start == toks[i+1].end && toks[i+2].low != "" && toks[i+2].low[0] >= '0' && toks[i+2].low[0] <= '9' {
			return true // a score split by the tokenizer: "1", "-", "0"
		}
	}
	return false
}

// contestWords and winVerbs together make a beating a win at the polls
// ("won the runoff, beating the incumbent").
var contestWords = wordset.New("vote", "votes", "election", "elections", "runoff", "run-off", "ballot", "ballots", "poll", "polls", "primary", "seats")

var winVerbs = wordset.New("won", "win", "wins", "winning")

var sportWords = wordset.FromMap(map[string]bool{"final": true, "finals": true, "semifinal": true, "semi-final": true, "quarterfinal": true,
	"quarter-final": true, "match": true, "tournament": true, "championship": true, "cup": true, "league": true, "olympics": true,
	"medal": true, "derby": true, "wickets": true, "innings": true, "goals": true, "goal": true, "striker": true, "penalty": true})

// chargeReason reports an -ing trigger after "for" that gives the
// reason of a punishment or charge before it: "jailed … for helping
// militants", "arrested for spying", "sentenced for collaborating".
func chargeReason(toks []tok, m *match) bool {
	h := m.head
	// (emit asks only for heads ending in "ing": keep the test so)
	if h < 2 || !strings.HasSuffix(toks[h].low, "ing") || toks[h-1].low != "for" && toks[h-1].low != "of" {
		return false
	}
	// fourteen words: "sentenced a Malaysian man to ten years in prison
	// on Tuesday for supporting Islamic State"
	for i := h - 2; i >= 0 && i >= h-14; i-- {
		if isHardStop(&toks[i]) {
			return false
		}
		if punishVerbs.Has(toks[i].low) {
			return true
		}
	}
	return false
}

// chargeWord reports a gerund that can open the charge of a punishment
// ("for helping", "of spying"); prepositional -ing words ("during",
// "including") are none.
func chargeWord(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !ingPreps.Has(w)
}

// punishedBefore reports a punishment verb (punishVerbs) among the ten
// tokens before i, within the clause: the "for <gerund>" at i gives its
// charge.
func punishedBefore(toks []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if isHardStop(&toks[j]) {
			return false
		}
		if punishVerbs.Has(toks[j].low) {
			return true
		}
	}
	return false
}

var punishVerbs = wordset.FromMap(map[string]bool{"jailed": true, "sentenced": true, "convicted": true, "arrested": true, "detained": true,
	"charged": true, "accused": true, "fined": true, "punished": true, "executed": true, "tried": true, "indicted": true,
	"imprisoned": true, "prosecuted": true, "suspected": true, "condemned": true, "blamed": true, "expelled": true})

// demandWords before "that" open the content of a demand.
var demandWords = wordset.FromMap(map[string]bool{"demand": true, "demands": true, "demanded": true, "demanding": true, "insisted": true,
	"insists": true, "insist": true, "urged": true, "urges": true, "request": true, "requested": true, "call": true})

// demandedOnDay reports a word of demanding before the "that" at i past
// the demand's own time ("demanded on Friday that Russia withdraw",
// "urged last week that"): the time words of a saying, at most three.
// "insisted" is as often a claim ("insisted on Thursday that it would
// attack": a threat), and a clause with "will" or "would" tells what is
// to come, not what is demanded.
func demandedOnDay(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if w := toks[k].low; w == "would" || w == "will" || w == "'d" || w == "'ll" {
			return false
		}
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].punct || !sayTimeWords.Has(toks[k].low) {
			return false
		}
		if w := toks[k-1].low; demandWords.Has(w) && !strings.HasPrefix(w, "insist") {
			return true
		}
	}
	return false
}

// infinitiveWords reports whether "to" is among the 12 tokens before
// start, and whether "to", "for" or "that" is: the words without which
// orderContent and effortContent (a "to") and appealContent (one of the
// three) cannot hold. emit asks those rules only past this one cheap
// scan, so that their code stays out of the instruction cache; the
// words and the window must follow the rules' (each notes it).
func infinitiveWords(toks []tok, start int) (to, toForThat bool) {
	for i := start - 1; i >= 0 && i >= start-12; i-- {
		switch toks[i].low {
		case "to":
			return true, true
		case "for", "that":
			toForThat = true
		}
	}
	return false, toForThat
}

// appealContent reports a trigger inside the content of an appeal ("X
// urged Y to stop attacks"): an appeal verb before it in the clause and
// a "to" between them.
func appealContent(toks []tok, m *match) bool {
	sawTo := false
	// (true needs "to", "for" or "that" in the window: see infinitiveWords)
	for i := m.start - 1; i >= 0 && i >= m.start-12; i-- {
		w := toks[i].low
		if isHardStop(&toks[i]) {
			return false
		}
		if w == "to" || w == "for" {
			sawTo = true // "urged X to …", "called for a pact"
		}
		if w == "that" && i+1 < m.start && i > 0 && (demandWords.Has(toks[i-1].low) || i > 1 && demandWords.Has(toks[i-2].low) && !toks[i-1].punct || demandedOnDay(toks, i)) {
			return true // "its demand that Israel ease restrictions": what is demanded did not happen
		}
		if toks[i].is(wcAppeal) && !phoneCall(toks, i) {
			if wishWords.Has(w) && i+1 < len(toks) && toks[i+1].low == "to" {
				return false // "Obama wants to attack": his own aim, no appeal
			}
			if openingParticiple(toks, i, m.start) {
				return false // "Asked to describe the device, O'Neill said": the answer is the main clause
			}
			return sawTo && i < m.start-1
		}
	}
	return false
}

// openingParticiple reports an appeal participle at i that opens the
// sentence ("Asked to comment, …", "When asked to describe it, …")
// with a comma between it and the trigger at start: the trigger is in
// the main clause, the answer, not in what was asked for.
func openingParticiple(toks []tok, i, start int) bool {
	if !strings.HasSuffix(toks[i].low, "ed") {
		return false
	}
	if i > 0 && !(i == 1 && (toks[0].low == "when" || toks[0].low == "after" || toks[0].low == "if" || toks[0].low == "once")) {
		return false
	}
	for k := i + 1; k < start; k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// effortNouns take an infinitive that says what is sought, not what
// happened: "any effort to end the war", "a bid to free the hostages",
// "accepted the administration's request to cooperate" (what is asked
// for is not yet done).
var effortNouns = wordset.FromMap(map[string]bool{"effort": true, "efforts": true, "attempt": true, "attempts": true, "bid": true,
	"bids": true, "initiative": true, "initiatives": true, "proposal": true, "proposals": true, "plan": true,
	"plans": true, "campaign": true, "push": true, "drive": true, "mission": true, "negotiations": true, "talks": true,
	"threat": true, "threats": true, "request": true, "requests": true, "invitation": true, "invitations": true, "appeal": true,
	"appeals": true, "offer": true, "offers": true, "demand": true, "demands": true})

// effortContent reports a trigger inside the infinitive of an effort
// noun ("welcomed any effort to help end the war in Yemen and
// de-escalate tensions", "backed efforts to release the hostages"): the
// noun's "to" before it in the clause. A word that follows an actor or a
// pronoun is a verb ("Egypt plans to release …": an intent).
func effortContent(toks []tok, actorAt []int, m *match) bool {
	// (true needs "to" in the window: see infinitiveWords)
	for i := m.start - 1; i >= 1 && i >= m.start-12; i-- {
		t := &toks[i]
		if isHardStop(t) || t.low == "," || t.is(wcRightStop) && t.low != "that" || t.is(wcBeForm) || t.is(wcHypo) ||
			t.low == "has" || t.low == "have" || t.low == "had" {
			return false // "the plan to release them was welcomed": a finite verb ends the infinitive
		}
		if t.low != "to" || !effortNouns.Has(toks[i-1].low) {
			continue
		}
		if i < 2 || nounOnlyEfforts.Has(toks[i-1].low) {
			return true // ("a rebel threat to attack": no verb)
		}
		prev := &toks[i-2]
		if i >= 3 && strings.HasSuffix(prev.low, "ly") && (actorAt[i-3] >= 0 || toks[i-3].is(wcPronoun)) {
			return false // "Uganda reportedly plans to attack": an adverb after the subject, a verb
		}
		return actorAt[i-2] < 0 && !prev.punct && !prev.upper && !prev.is(wcPronoun) && prev.low != "who" && prev.low != "which" && prev.low != "that"
	}
	return false
}

// nounOnlyEfforts are effort nouns that are never verbs: after an actor
// too they take an infinitive of what is sought ("a rebel threat to
// attack", "Egypt's efforts to free").
var nounOnlyEfforts = wordset.FromMap(map[string]bool{"threat": true, "threats": true, "effort": true, "efforts": true, "initiative": true,
	"initiatives": true, "proposal": true, "proposals": true, "mission": true, "negotiations": true, "invitation": true, "invitations": true})

// complementNouns take a that-clause whose pronoun subject is not the
// noun's owner: "an Egyptian report that it had agreed".
var complementNouns = wordset.FromMap(map[string]bool{"report": true, "reports": true, "claim": true, "claims": true, "statement": true,
	"allegation": true, "allegations": true, "news": true, "rumours": true, "rumors": true, "suggestion": true,
	"suggestions": true, "fears": true, "hopes": true, "belief": true, "assertion": true, "assurances": true, "warning": true,
	"accusation": true, "accusations": true})

// reportVerbs introduce reported speech or thought.
var reportVerbs = wordset.FromMap(map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true, "telling": true,
	"announced": true, "announces": true, "added": true, "adding": true, "noted": true, "stated": true,
	"claimed": true, "claims": true, "claiming": true, "insisted": true, "insists": true, "reported": true,
	"believed": true, "believes": true, "believe": true, "argued": true, "argues": true, "confirmed": true,
	"alleged": true, "alleges": true, "alleging": true, "suggested": true, "suggests": true, "thinks": true,
	"thought": true, "expects": true, "expected": true, "predicted": true, "estimated": true, "hoped": true,
	"hopes": true, "feared": true, "fears": true, "reckoned": true, "speculated": true, "indicated": true,
	"warned": true, "warns": true, "warn": true, "reporting": true,
})

// believeVerbs report a belief or claim rather than a fact.
// accuseVerbs report a claim about someone else's act: claiming that
// another actor attacked is an accusation by the speaker.
var accuseVerbs = wordset.FromMap(map[string]bool{"claimed": true, "claims": true, "claiming": true, "alleged": true, "alleges": true,
	"alleging": true, "charged": true, "charges": true, "insisted": true, "insists": true})

// sayVerbs report what someone said (not believed or expected).
var sayVerbs = wordset.FromMap(map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true,
	"announced": true, "reported": true, "added": true, "confirmed": true})

// mustModal reports "must", "should", "has to" or "need(s) to" right
// before the trigger (past adverbs): an obligation the speaker puts on
// the subject.
func mustModal(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		switch w := toks[i].low; w {
		case "must", "should":
			return true
		case "to":
			if i > 0 {
				switch toks[i-1].low {
				case "has", "have", "need", "needs", "ought":
					return true
				}
			}
			return false
		}
		if !strings.HasSuffix(toks[i].low, "ly") && toks[i].low != "also" && toks[i].low != "immediately" {
			return false
		}
	}
	return false
}

// claimVerbs report a claim: of one's own act, it is a claim of
// responsibility.
var claimVerbs = wordset.FromMap(map[string]bool{"claimed": true, "claims": true, "claiming": true})

// victimSpeaker reports whether the speaker sp of a reported attack is
// its victim: a target of the same actor code or country, or a pronoun
// object right after the trigger ("fired at it", "attacked them").
func victimSpeaker(toks []tok, acts []actor, actorAt []int, m *match, tgts []int, sp int) bool {
	s := &acts[sp]
	if len(tgts) == 1 && tgts[0] == sp {
		return true // "Pakistan said militants launched attacks against it": it is the speaker
	}
	for _, t := range tgts {
		if t >= 0 && t != sp && !acts[t].generic && !acts[t].demonym && acts[t].actorCode() == s.actorCode() {
			return true
		}
	}
	if len(tgts) > 0 {
		return false
	}
	for i := m.end; i < len(toks) && i <= m.end+2; i++ {
		if w := toks[i].low; actorAt[i] < 0 && (w == "it" || w == "them" || w == "us") {
			return true
		}
		if !toks[i].is(wcPreposition) {
			break
		}
	}
	return false
}

var believeVerbs = wordset.FromMap(map[string]bool{
	"claimed": true, "claims": true, "claiming": true, "believed": true, "believes": true, "believe": true,
	"alleged": true, "alleges": true, "alleging": true, "suggested": true, "suggests": true, "thinks": true,
	"thought": true, "speculated": true, "feared": true, "fears": true,
})

// reportingVerb returns the token of a reporting verb whose complement
// holds the match ("X said [that] Y struck Z"), or -1. A reporting verb
// after the trigger ("Y struck Z, X said") reports a fact and is not
// looked at.
func reportingVerb(toks []tok, m *match) int {
	for i := m.start - 1; i >= 0 && i >= m.start-25; i-- {
		t := &toks[i]
		if isHardStop(t) {
			return -1
		}
		if t.low == "," && temporalClause(toks, i+1, m.start) {
			return -1 // "X said …, a day after Indian warplanes struck …": the writer's own frame
		}
		if fearNouns.Has(t.low) && toks[i+1].low == "that" {
			return i // "expressed fear that Somalia may expel …": a feared act, reported as thought
		}
		if t.is(wcReportVerb) {
			if t.low == "expected" && i > 0 && toks[i-1].is(wcBeForm) {
				return -1 // "is expected to": a modal, handled as hypothetical
			}
			return i
		}
	}
	return -1
}

// fearedAct reports whether the coming act m is the complement of a fear
// ("we are afraid the army will bomb the city", "villagers are worried
// that rebels will attack", "we fear the militias will burn our houses"):
// a fear word before it in its clause, with no punctuation and no report
// verb between. What someone fears another may do is no threat of the
// other's, as a feared act after "feared" or "fears that" is none.
func fearedAct(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-12; i-- {
		t := &toks[i]
		if t.punct || t.is(wcReportVerb) && !fearWords.Has(t.low) {
			return false
		}
		if fearWords.Has(t.low) {
			return true
		}
	}
	return false
}

// fearWords are adjectives and verbs of fear that take a clause of what
// is feared.
var fearWords = wordset.Of(`afraid worried scared fearful terrified frightened anxious concerned
	fear fears feared fearing worry worries dread dreads`)

// fearNouns take a that-clause of what someone fears may happen: "fear
// that", "concern that", "worries that".
var fearNouns = wordset.FromMap(map[string]bool{"fear": true, "concern": true, "concerns": true, "worry": true, "worries": true})

// temporalClause reports whether the words from i (before the trigger
// at end) open a temporal clause: after, before, since, as or while,
// possibly after a span of time ("a day after", "hours before").
func temporalClause(toks []tok, i, end int) bool {
	for n := 0; i < end && n < 4; i, n = i+1, n+1 {
		switch toks[i].low {
		case "after", "before", "since", "while":
			return true
		case "a", "an", "the", "one", "two", "three", "few", "several", "day", "days", "hour", "hours", "week", "weeks",
			"month", "months", "year", "years", "minutes", "shortly", "just", "soon", "only":
			continue
		}
		return false
	}
	return false
}

// personLike reports whether "he" or "she" can stand for actor a: a
// person, or a singular agent noun ("the minister", "a spokesman"); not a
// state, an organisation or a plural agent ("police", "troops").
func personLike(toks []tok, a *actor) bool {
	if a.person {
		return true
	}
	if !a.generic && !a.agentNoun {
		return false
	}
	w := toks[a.t1-1].low
	return !pluralNouns.Has(w) && !strings.HasSuffix(w, "s")
}

// pluralNouns are plural agent nouns with no final s: "she" is never
// "women" ("barriers that women face, though she noted …").
var pluralNouns = wordset.New("police", "women", "men", "people", "children", "personnel", "clergy", "folk")

// joinedBefore reports a list joiner (a comma, and, or, &) among the
// three tokens before t0: the actor there may close a list.
func joinedBefore(toks []tok, t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		switch toks[k].low {
		case ",", "and", "or", "&", "nor":
			return true
		}
	}
	return false
}

// dashClause reports whether a spaced dash at i ("--", "—", "- -")
// opens a coordinated clause: the next word is and, but, or or while.
func dashClause(toks []tok, i int) bool {
	t := &toks[i]
	if !t.punct || !(t.low == "--" || t.low == "—" || t.low == "–" || t.low == "-") || i == 0 || t.start == toks[i-1].end {
		return false
	}
	j := i + 1
	for j < len(toks) && toks[j].punct && (toks[j].low == "-" || toks[j].low == "--") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "and", "but", "or", "while":
		return true
	}
	return false
}

// sharedObjectVerb returns the verb after "and" right after the verb
// trigger of m, both in the past ("shot and killed", "arrested and
// charged"), whose object the trigger shares; or -1.
func sharedObjectVerb(toks []tok, m *match) int {
	k := m.end + 1
	if m.head != m.end-1 || k+1 >= len(toks) || toks[m.end].low != "and" || toks[k+1].punct || toks[k+1].is(wcPreposition) {
		return -1 // ("shot and killed by police": a passive, its object no object)
	}
	past := func(t *tok) bool {
		return !t.punct && !t.upper && (strings.HasSuffix(t.low, "ed") || t.is(wcIrregular))
	}
	// a past the same as its base form counts before "and" plus a past
	// ("police beat and detained hundreds of protesters")
	if !(past(&toks[m.head]) || sameFormPast(toks[m.head].low)) || !past(&toks[k]) {
		return -1
	}
	return k
}

// sameFormPast reports verbs of force whose past is their base form.
func sameFormPast(w string) bool {
	return w == "beat" || w == "hit" || w == "hurt"
}

// spacedDash reports whether the token at i is a dash set off by a
// space ("—", "–", "--", " - "), not a hyphen inside a word.
func spacedDash(toks []tok, i int) bool {
	t := &toks[i]
	return t.punct && (t.low == "--" || t.low == "—" || t.low == "–" || t.low == "-") && i > 0 && t.start != toks[i-1].end
}

// dashAsideOpen returns the opening dash of the aside that the dash at
// i closes ("Kall -- co-editor of a book on Trump's debates -- said"),
// within 30 tokens and one sentence clause, or -1. (The subject search
// skips an aside only after a name and when it does not open with an
// actor: "the commissioners — Kathie Gannon and Jeff Rader — said"
// names the speakers.)
func dashAsideOpen(toks []tok, i int) int {
	if !spacedDash(toks, i) {
		return -1
	}
	for j := i - 1; j > 0 && j >= i-30; j-- {
		if isHardStop(&toks[j]) {
			return -1
		}
		if spacedDash(toks, j) {
			if j == i-1 {
				return -1 // "- -": one dash typed twice
			}
			return j
		}
	}
	return -1
}

// openingClause reports whether the comma at i closes an adverbial
// clause that opens the sentence ("If …,", "When …,", "Although …,")
// with no other comma before it.
func openingClause(toks []tok, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].punct {
			if toks[k].low == "," {
				return false
			}
			continue
		}
		switch toks[k].low {
		case "if", "when", "unless", "although", "though", "because", "once", "whenever", "while", "as", "since":
			return true
		}
		return false
	}
	return false
}

// speakerIsSource reports whether the event's source is the speaker of
// the reporting verb at r: the actor before r is among srcs, or the
// complement's subject is a pronoun ("Iran said it would …").
func speakerIsSource(toks []tok, acts []actor, actorAt []int, r int, srcs []int) bool {
	for _, s := range srcs {
		if s >= 0 && acts[s].t1 <= r {
			return true
		}
	}
	i := r + 1
	if i < len(toks) && toks[i].low == "that" {
		i++
	}
	if i+1 < len(toks) && (toks[i].low == "his" || toks[i].low == "her" || toks[i].low == "its" || toks[i].low == "their") && actorAt[i+1] >= 0 && slices.Contains(srcs, actorAt[i+1]) {
		// "said his government was ready to receive him": the speaker's
		// own government's stated readiness (not any modal: "said his
		// government would protect the Amazon" stays uncoded)
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if w := toks[k].low; w == "ready" || w == "willing" || w == "prepared" {
				return true
			}
		}
	}
	return i < len(toks) && actorAt[i] < 0 && toks[i].is(wcPronoun)
}

// complementStart returns the first token of the complement of the say
// verb at r: past the day the statement is dated by ("said on Monday
// that", "said Tuesday", "said last week that") and past "that".
func complementStart(toks []tok, r int) int {
	i := r + 1
	switch {
	case i+1 < len(toks) && toks[i].low == "on" && weekdays.Has(toks[i+1].low):
		i += 2
	case i < len(toks) && weekdays.Has(toks[i].low):
		i++
	case i+1 < len(toks) && toks[i].low == "last" && (toks[i+1].low == "week" || toks[i+1].low == "month" || toks[i+1].low == "night"):
		i += 2
	}
	if i < len(toks) && toks[i].low == "that" {
		i++
	}
	return i
}

// ownStateSubject reports whether the complement of the say verb at r
// opens with a state named as such (a bare country code: "Australia",
// "Canberra") that is among srcs and is the state the speaker speaks for:
// the state itself or its government ("Prime Minister John Howard said
// Canberra would suspend …" states his government's intent).
func (c *Coder) ownStateSubject(toks []tok, acts []actor, actorAt []int, r int, srcs []int, p *Pattern) bool {
	i := complementStart(toks, r)
	if i >= len(toks) || actorAt[i] < 0 || !slices.Contains(srcs, actorAt[i]) {
		return false
	}
	a := &acts[actorAt[i]]
	if a.demonym || a.place || a.t0 != i {
		return false
	}
	sp := c.subject(toks, acts, actorAt, &match{p: p, start: r, end: r + 1, head: r, headEnd: r + 1, anchorEnd: r + 1})
	if len(sp) == 0 || sp[0] == actorAt[i] {
		return false
	}
	ac, sc := a.actorCode(), acts[sp[0]].actorCode()
	return len(ac) == 3 && (sc == ac || len(sc) == 6 && sc[:3] == ac && sc[3:] == "GOV")
}

// conj returns actor a with the actors joined to it by "and", "or", "nor"
// or commas, in text order. The list may be shared (indexRun): read it,
// or copy it before changing it.
func conj(toks []tok, acts []actor, actorAt []int, a int) []int {
	// the list around a: gaps between neighbours that join them; a bare
	// comma joins only inside a list that an "and"/"or" closes ("A, B
	// and C"), never in "Baghdad, the U.S. command said"
	lo, hi := a, a
	for lo > 0 && (joined(toks, acts[lo-1].t1, acts[lo].t0) || titledLink(toks, acts, lo-1)) && !placeBreak(toks, acts, lo-1) {
		lo--
	}
	for hi+1 < len(acts) && (joined(toks, acts[hi].t1, acts[hi+1].t0) || titledLink(toks, acts, hi)) && !placeBreak(toks, acts, hi) {
		hi++
	}
	// trim bare-comma links at the ends of the run that no conjunction closes
	closed := func(i int) bool { return hasConj(toks, acts[i].t1, acts[i+1].t0) } // link i→i+1
	for hi > lo && !closed(hi-1) && !anyConj(toks, acts, hi-1, hi) {
		hi--
	}
	for lo < hi && !closed(lo) && !anyConjAfter(toks, acts, lo, hi) {
		lo++
	}
	if a < lo || a > hi {
		return indexRun(a, a)
	}
	if hi == lo+1 && commaConj(toks, acts[lo].t1, acts[hi].t0) {
		// "launched an offensive in Karabakh, and Armenia condemned it":
		// a comma before the only "and" joins two clauses, not a list
		return indexRun(a, a)
	}
	if lo >= 2 && acts[lo-1].poss {
		if run := possessedConj(toks, acts, lo, hi); run != nil {
			return run // "Putin and India's Modi"
		}
	}
	if acts[hi].poss && hi > lo {
		if run := possessedTail(toks, acts, lo, hi); run != nil {
			return run // "met Modi and Britain's Rishi Sunak"
		}
	}
	return indexRun(lo, hi)
}

// indexes holds 0, 1, 2, …: indexRun's shared, read-only backing.
var indexes = func() (v [64]int) {
	for i := range v {
		v[i] = i
	}
	return v
}()

// indexRun returns the indexes lo to hi (lo <= hi) in order. A run
// within the first 64 is a slice of the shared table indexes, capped at
// its length so that an append copies: callers must not write to its
// elements (conj's lists are read, or copied before they are changed).
// This spares conj an allocation on each of its many calls.
func indexRun(lo, hi int) []int {
	if 0 <= lo && hi < len(indexes) {
		return indexes[lo : hi+1 : hi+1]
	}
	out := make([]int, 0, hi-lo+1)
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

// commaConj reports a comma followed by and/or between tokens from and
// to (", and").
func commaConj(toks []tok, from, to int) bool {
	return to-from >= 2 && toks[from].low == "," && (toks[from+1].low == "and" || toks[from+1].low == "or")
}

// hasConj reports an and/or/nor between tokens from and to.
func hasConj(toks []tok, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		switch toks[i].low {
		case "and", "or", "nor", "&", "-":
			return true
		}
	}
	return false
}

// anyConj reports whether link k→k+1 (k < hi) is closed by a conjunction
// at it or after it up to hi.
func anyConj(toks []tok, acts []actor, k, hi int) bool {
	for i := k; i < hi; i++ {
		if hasConj(toks, acts[i].t1, acts[i+1].t0) {
			return true
		}
	}
	return false
}

// anyConjAfter reports a conjunction on any link from lo to hi.
func anyConjAfter(toks []tok, acts []actor, lo, hi int) bool {
	return anyConj(toks, acts, lo, hi)
}

// joined reports whether tokens [from,to) only join two actors: "and",
// "or", "nor", ",", "as well as", "both"/"the" articles.
func joined(toks []tok, from, to int) bool {
	if from >= to || to-from > 3 {
		return false
	}
	sawConj := false
	for i := from; i < to; i++ {
		switch toks[i].low {
		case "and", "or", "nor", "&", "-":
			sawConj = true
		case ",", "the", "other", "his", "her", "their", "its":
			// "Britain and other NATO allies", "Duque and his
			// Brazilian counterpart Jair Bolsonaro"
		case "paramilitary", "rival", "allied", "armed", "warring", "militant", "islamist", "separatist", "main", "ruling", "transitional", "interim",
			"communist", "maoist", "marxist", "leftist", "left-wing", "right-wing", "muslim", "christian", "ethnic", "tribal", "secessionist",
			"insurgent", "guerrilla", "jihadist", "opposition", "rebel", "pro-government", "anti-government":
			// "the army and paramilitary Rapid Support Forces", "the
			// Philippine government and communist rebels"
		default:
			if !stanceWord(toks[i].low) {
				return false
			}
			// "the Ukrainian government and pro-Russian separatists"
		}
	}
	return sawConj || toks[from].low == ","
}

// subject returns the source actors of an active trigger: the nearest
// actor to the left within the clause that is not the object of a
// preposition, with any actors joined to it.
func (c *Coder) subject(toks []tok, acts []actor, actorAt []int, m *match) []int {
	if adj, ok := c.adjunctSubject(toks, acts, actorAt, m); ok {
		return adj
	}
	if m.start > 0 && !c.petrarch() && subordinateNominal(toks, m) {
		return []int{-1} // "have fled to Rwanda since protests began against X": nobody named
	}
	if m.p.Flags&FlagNoTarget != 0 && m.start > 0 && !c.petrarch() && unresolvedPronounSpeaker(toks, actorAt, m.start) {
		return nil // "…, these children are victimized …, he added" with no "he" resolved
	}
	if m.p.Flags&FlagNoTarget == 0 && m.start > 0 && !c.petrarch() && warningTag(toks, acts, actorAt, m) {
		if sp, ok := closingSpeakerPhrase(toks, acts, actorAt, m); ok {
			return sp // "…, an international rights group warns": not an actor of the warning
		}
	}
	if m.p.Flags&FlagNoTarget != 0 && m.start > 0 && !c.petrarch() {
		// "…, officials said", "sources say": the speaker is the noun
		// right before the verb; when that is no actor, nobody we can
		// name said it
		if w := &toks[m.start-1]; actorAt[m.start-1] < 0 && !w.punct && !w.upper && strings.HasSuffix(w.low, "s") &&
			!w.is(wcHypo) && !w.is(wcBeForm) && w.low != "has" && w.low != "was" && w.low != "always" && w.low != "perhaps" {
			return nil
		}
		if k := m.start - 2; k >= 0 && actorAt[k+1] < 0 && plainNoun(&toks[k+1]) && toks[k].is(wcDeterminer) && toks[k].low != "that" && actorAt[k] < 0 {
			return nil // "…, the government said": a speaker who is no actor
		}
		if trailingPlainSpeaker(toks, actorAt, m) {
			return nil // "X died on Friday, state television said": not X
		}
		if sp, ok := closingSpeakerPhrase(toks, acts, actorAt, m); ok {
			return sp
		}
		if sp, ok := postposedSpeaker(toks, acts, actorAt, m); ok {
			// "…, said Medea Benjamin": the speaker follows the verb;
			// nothing earlier in the sentence said it
			if sp < 0 {
				return nil
			}
			return conj(toks, acts, actorAt, sp)
		}
		if namedSpeakerBefore(toks, actorAt, m.start) {
			return nil // "…, Medea Benjamin said": a named speaker who is no actor
		}
	}
	if m.start >= 3 && !c.petrarch() {
		if subj, ok := reportedRelative(toks, acts, actorAt, m.start); ok {
			return subj // "the strike, which Syrian state media said killed 12 soldiers": not the media
		}
	}
	if firstPersonSubject(toks, actorAt, m.start) && !c.petrarch() {
		return nil // "…, I should say that my father …": the writer, no actor named before
	}
	fallback := -1
	pronoun, pronounAt := false, -1
	for i := m.start - 1; i >= 0; i-- {
		if toks[i].is(wcPronoun) && actorAt[i] < 0 && m.start-i <= 5 {
			pronoun = true // "said it would strike": the pronoun is the subject
			pronounAt = i
		}
		if pronoun && toks[i].low == "," && openingClause(toks, i) && (toks[pronounAt].low == "we" || toks[pronounAt].low == "i" || toks[pronounAt].low == "you") {
			// "If the southern Sudanese people decide to secede, we are
			// ready to accept": a first-person subject of the main clause
			// is the speaker, nobody in the clause before the comma ("When
			// Hardeman …, he was critical" stays Hardeman)
			return nil
		}
		if pronoun && (toks[i].low == "that" || toks[i].low == ",") {
			// "Nigeria announced that it will withdraw": the pronoun is
			// the reporting subject; keep looking left of "that". After a
			// noun ("an Egyptian report that it had agreed") the pronoun
			// is nobody we can name.
			if toks[i].low == "that" && i == pronounAt-1 && i > 0 && (complementNouns.Has(toks[i-1].low) || claimantBefore(toks, i-1) > 0) {
				if d := denierOf(toks, i-1); d >= 0 && !c.petrarch() {
					// "Sudan rejected claims that it had bombed": the
					// denied claim is about the denier, whose subject
					// is left of the denial
					i = d
					continue
				}
				return nil // (also "accusations by Egypt that it had …": not Egypt)
			}
			if toks[i].low == "," && !c.petrarch() {
				// "Pakistan, one of three states that recognised the
				// Taliban, said it had not been consulted": the pronoun
				// is the subject before the appositive
				if open := appositiveOpen(toks, actorAt, i); open >= 0 {
					i = open
				} else if open := relativeOpen(toks, i); open >= 0 {
					i = open // "Turkey, which backed the rebels, said it would …"
				}
			}
			continue
		}
		t := &toks[i]
		if isHardStop(t) && t.low != "(" && t.low != ")" && (c.petrarch() || m.p.Flags&FlagNoTarget == 0 || !abbreviationStop(toks, i)) {
			break
		}
		if t.low == "and" && !c.petrarch() && andNewSubject(toks, actorAt, i, m.start) {
			break // ", and a team from the IMF arrived": the phrase after "and" is the subject
		}
		if t.punct && i >= m.start-3 && !c.petrarch() {
			if open := dashAsideOpen(toks, i); open > 0 && toks[open-1].upper && actorAt[open+1] < 0 {
				i = open // "Cindy Davidson — who runs the shop with her husband, Chris — said": the aside names no subject
				continue
			}
		}
		if t.low == "," && !pronoun && !c.petrarch() && (openingClause(toks, i) || openingTemporal(toks, i)) && unnamedClauseSubject(toks, actorAt, i+1, m.start) {
			// "As mourners gathered, her pastor denounced the fans": the
			// main clause's subject is no actor; the opening clause's
			// actors did not do it
			return nil
		}
		if t.low == "," {
			// "Pompeo, who stood beside the president, said …": the
			// relative clause is not the subject's clause; skip it
			if open := relativeOpen(toks, i); open >= 0 {
				i = open
				continue
			}
			if open := appositiveOpen(toks, actorAt, i); open >= 0 {
				// "Pakistan, a key U.S. ally in the war against
				// terrorism, has refused …": the appositive names no
				// subject
				i = open
				continue
			}
			if open := participleOpen(toks, i); open >= 0 {
				// "Northern Alliance forces, backed by US bombing,
				// entered Kabul": the agent of the participle is no
				// subject
				i = open
				continue
			}
			if open := appositiveWhoOpen(toks, actorAt, i); open >= 0 {
				i = open // "Doumbouya, a former legionnaire who heads the special forces, said"
				continue
			}
			if open := bareAppositiveOpen(toks, acts, actorAt, i); open >= 0 && !c.petrarch() {
				i = open // "Iran and Saudi Arabia, regional rivals that have backed opposing sides, agreed"
				continue
			}
			if open := prepositionalOpen(toks, actorAt, i); open >= 0 && !c.petrarch() {
				i = open // "Ecuador's army, under a state of emergency declared after gunmen stormed a station, arrested"
				continue
			}
			if open := participleClauseOpen(toks, actorAt, i); open >= 0 && !c.petrarch() {
				i = open // "Rouhani, marking a year since Washington abandoned the deal, said"
				continue
			}
			if open := coordAppositiveOpen(toks, acts, actorAt, i); open >= 0 {
				i = open // "Maria Santos, the daughter of X and mayor of Y, said"
				continue
			}
		}
		if t.low == "expected" && scheduledAt(toks, i) {
			continue // "X is expected to visit": a schedule, no reporting verb
		}
		if raisedReport(toks, i) && !c.petrarch() {
			continue // "X is believed to have attacked": X's act, reported
		}
		if pronoun && t.is(wcReportVerb) && actorAt[i] < 0 && !c.petrarch() && pronounOfPlainSpeaker(toks, actorAt, i, pronounAt) {
			return nil // "and the union said it was considering": the union's, no actor
		}
		if t.is(wcReportVerb) && fallback >= 0 && actorAt[i] < 0 && !pronoun && !c.petrarch() && memberOf(toks, acts[fallback].t0) {
			return conj(toks, acts, actorAt, fallback) // "said three staff of the WFP were killed": the WFP's people
		}
		if t.is(wcReportVerb) && actorAt[i] < 0 && !pronoun && i < m.start-1 && !beforeSubject(toks, i) && !npObject(toks, i+1, m.start) {
			// "He said the two sides had agreed …": the trigger is in the
			// complement of a reporting verb, and its subject ("the two
			// sides") is no actor; the speaker did not do it. A pronoun
			// subject ("said it would …") is the speaker and was looked
			// past above.
			return nil
		}
		if (t.low == "who" || t.low == "which") && i > 0 && i == m.start-1-adverbs(toks, i+1, m.start) {
			// "Kim, who met Trump": the relative pronoun stands for the
			// actor it follows
			j := i - 1
			if toks[j].low == "," && j > 0 {
				j--
			}
			if ai := actorAt[j]; ai >= 0 && !acts[ai].place {
				if !c.petrarch() {
					return relativeAntecedent(toks, acts, actorAt, ai) // "Vietnam and the US, which established …": both
				}
				return []int{ai}
			}
			break
		}
		if (t.low == "that" || t.low == "which" || t.low == "who") && i > 0 && actorAt[i-1] < 0 && plainNoun(&toks[i-1]) && !complementNouns.Has(toks[i-1].low) {
			// "a wave of insurgent attacks that shook the capital and
			// killed 56 people": the relative clause's subject is the
			// noun before it, no actor; an actor further left is not
			return nil
		}
		if ai := actorAt[i]; ai >= 0 {
			a := &acts[ai]
			i = a.t0
			if m.start > 0 && toks[m.start-1].low == "and" && betweenPair(toks, actorAt, a.t0) {
				// "brokered the accords between Egypt's Sadat and
				// Israel's Begin and established relations with China":
				// the pair is the object's; the coordinated verb's
				// subject is further left and none we can name ("Ties
				// between X and Y may spur …" keep theirs)
				return nil
			}
			if !c.petrarch() && prepObjectBeforeAnd(toks, a, m) {
				// "took the oath before Congress and promised to fight
				// corruption": the object of a preposition in the first
				// verb phrase is no subject of the verb joined by "and"
				i = a.t0 - 1 // nor does the preposition open a clause
				continue
			}
			if v := commaVerbObject(toks, actorAt, a, m); v >= 0 && !c.petrarch() {
				// "Rebel soldiers seized tanks, bombed the parliament and
				// blocked the bridges": the object of the first verb of a
				// comma list of verbs is no subject of the next
				i = v
				continue
			}
			if v := infinitiveBefore(toks, acts, actorAt, a.t0); v >= 0 {
				// "men accused of planning to kill Cuba's Fidel Castro
				// have been pardoned": the object of an infinitive is
				// no subject of the clause
				i = v
				continue
			}
			if k := agentBy(toks, actorAt, a.t0); k >= 2 && toks[k].low == "by" && !c.petrarch() && !toks[k-1].upper &&
				(strings.HasSuffix(toks[k-1].low, "ed") || toks[k-1].is(wcPastParticiple)) && actorAt[k-2] >= 0 {
				// "M23 rebels backed by Rwandan troops seized the town":
				// the agent of a reduced passive after a noun is no
				// subject; the noun it modifies is
				i = k - 1
				continue
			}
			if a.place || hyphenModified(toks, a) {
				continue // places are not sources; "a UN-backed tribunal" is no UN act
			}
			if ai > 0 && joinedBefore(toks, a.t0) {
				list := conj(toks, acts, actorAt, ai)
				if pi := -1; len(list) > 1 && list[0] != ai && list[0] >= 0 {
					pi = c.prepBefore(toks, acts[list[0]].t0)
					if pi >= 0 && locPreps.Has(toks[pi].low) {
						// "troops stationed in Iraq, Afghanistan or other
						// Central Command countries sought": the list after
						// a locative preposition is where, not who
						i = acts[list[0]].t0
						continue
					}
				}
			}
			if w := c.workplaceAgent(toks, actorAt, a); w >= 0 && !c.petrarch() {
				// "Workers at the Hyundai plant and the Kia company
				// walked out": the workplaces after "at" are where the
				// agent before it works; the workers act
				i = w + 1
				continue
			}
			pi := c.prepBefore(toks, a.t0) // (asked once: both tests below read it)
			if pi >= 0 && toks[pi].low == "of" && !c.petrarch() && countOpensClause(toks, pi) {
				// "Rajapaksa fled to the Maldives, and thousands of
				// protesters stormed the office": a count opening its
				// clause heads the subject; the protesters act, not an
				// actor of the clause before
				return conj(toks, acts, actorAt, ai)
			}
			if pi >= 0 && toks[pi].low != "by" {
				// "thousands of Iraqi Kurds demonstrated": the object of
				// "of"/"from" may head the subject; other prepositional
				// objects ("strikes on Syrian targets killed") may not
				// "a report released in the Rwandan capital alleged": a
				// capital or country after "in" stands for its government
				// when no subject is found
				if fallback < 0 && (toks[pi].low == "of" || toks[pi].low == "from" || toks[pi].low == "in" && pi < a.t0-1 ||
					!c.petrarch() && (representativeFor(toks, pi) || c.memberAt(toks, pi))) {
					fallback = ai
					if toks[pi].low == "of" && !c.petrarch() {
						if o := possessiveOwnerOf(toks, acts, actorAt, pi); o >= 0 {
							fallback = o // "Russia's shelling of Kyiv was condemned": Russia's act
						}
					}
				}
				continue
			}
			if a.poss && a.t1 < len(toks) && a.t1+1 < m.start && !isAgentEnd(a, toks) {
				// "Gondor's ally Arnor …": a possessive modifies a later noun
				if fallback < 0 {
					fallback = ai
				}
				continue
			}
			if pronoun && pronounAt > a.t0 && (toks[pronounAt].low == "he" || toks[pronounAt].low == "she") && !personLike(toks, a) {
				// "Richmond police say he struck a car": "he" is not the
				// police; the complement's subject is nobody named
				return nil
			}
			if list := headlineList(toks, acts, actorAt, ai, m); list != nil {
				return list
			}
			if !c.petrarch() {
				if list := apposedCoordinate(toks, acts, actorAt, ai, m.start); list != nil {
					return list // "Santos and the leader of the FARC, Rodrigo Londono, signed"
				}
			}
			list := conj(toks, acts, actorAt, ai)
			if inc := inclusion(toks, acts[list[0]].t0); inc >= 0 {
				// "The United States and several Latin American
				// governments, including Argentina, Chile and Peru,
				// rejected …": the list names members of the subject;
				// the subject's own actors act too
				m2 := *m // a copy: m is the caller's
				m2.start = inc
				if inc > 0 && toks[inc-1].low == "," {
					m2.start = inc - 1
				}
				if m.p.Flags&FlagNoTarget != 0 {
					p := *m.p // the "…, officials said" guard is about the verb's own neighbour
					p.Flags &^= FlagNoTarget
					m2.p = &p
				}
				rel := toks[inc].low == "which" || toks[inc].low == "that"
				modifier := !c.petrarch() && inclusionModifier(toks, acts, list) // "including air force pilots": the pilots
				if head := c.subject(toks, acts, actorAt, &m2); len(head) > 0 {
					if rel || modifier {
						return head // "the CSTO, which includes Russia, …, said": the organisation alone speaks
					}
					return append(head, list...)
				}
				if rel {
					// "The alliance, which includes Russia, Belarus and
					// Armenia, said": the members are in a relative
					// clause; the unnamed group is the subject
					return nil
				}
				if modifier {
					return nil // "reservists, including air force pilots, have said": no actor
				}
			}
			return list
		}
		if t.is(wcLeftStop) && i < m.start-1 {
			break
		}
	}
	if fallback >= 0 {
		return conj(toks, acts, actorAt, fallback)
	}
	return nil
}

// countOpensClause reports whether the "of" at pi follows a count that
// opens a clause ("…, and thousands of protesters", "Tens of thousands
// of people"): the count stands first in the sentence or after a comma,
// "and" or "but", with "about", "some" or "nearly" allowed before it;
// not "the deaths of thousands of civilians".
func countOpensClause(toks []tok, pi int) bool {
	q := pi - 1
	if q < 0 || !countWord(&toks[q]) {
		return false
	}
	for q >= 2 && toks[q-1].low == "of" && countWord(&toks[q-2]) {
		q -= 2 // "tens of thousands of"
	}
	if q > 0 {
		switch toks[q-1].low {
		case "about", "some", "nearly", "around", "roughly":
			q--
		}
	}
	if q == 0 {
		return true
	}
	p := toks[q-1]
	return p.low == "," || p.low == "and" || p.low == "but" || p.low == ";"
}

// possessiveOwnerOf returns the possessive actor that owns the noun
// before the "of" at pi ("Russia's shelling of Kyiv", "Israel's killing
// of seven aid workers"): the owner heads the phrase, the object of
// "of" is acted on. It is -1 when no possessive actor is within three
// words or the noun is a count ("thousands of").
func possessiveOwnerOf(toks []tok, acts []actor, actorAt []int, pi int) int {
	if pi < 2 || countWord(&toks[pi-1]) {
		return -1
	}
	for j := pi - 1; j >= 0 && j >= pi-3; j-- {
		if bi := actorAt[j]; bi >= 0 {
			if acts[bi].poss && acts[bi].t1 < pi {
				return bi
			}
			return -1
		}
		if toks[j].punct {
			break
		}
	}
	return -1
}

// jointCode reports codes whose act, done by two actors together with no
// one else named, is done between them: intents (03: "agreed to restore
// relations"), consultation (04), diplomatic cooperation (05, but not
// praise: "X and Y welcomed the truce") and material cooperation (06).
// Statements, appeals, aid and concessions of two actors are each
// theirs ("X and Y said", "appealed for calm", "withdrew").
func jointCode(code string) bool {
	if code == "043" || code == "045" {
		return false // "Iraq and Oman hosted talks": co-hosts or co-mediators do not host each other
	}
	switch r := cameo.Root(code); {
	case r == "05":
		return !strings.HasPrefix(code, "051")
	case strings.HasPrefix(code, "033"):
		return false // "Australia, Brazil and France promised aid": to a recipient, not to each other
	case r == "03" || r == "04" || r == "06":
		return true
	}
	return false
}

// jointBreak reports a break of relations or talks, its trigger word
// head, that two actors make with no one else named: "the United
// States and Cuba severed diplomatic relations" breaks them with each
// other; "X and Y recalled their envoys" does not.
func jointBreak(code, head string) bool {
	switch code {
	case "160", "161", "164":
		return head == "relations" || head == "ties" || head == "talks" || head == "negotiations"
	}
	return false
}

// inclusionMembers reports whether some actor of srcs opens an inclusion
// list ("including Qatar and Oman").
func inclusionMembers(toks []tok, acts []actor, srcs []int) bool {
	for _, s := range srcs {
		if s >= 0 && inclusion(toks, acts[s].t0) >= 0 {
			return true
		}
	}
	return false
}

// inclusion returns the index of the word opening an inclusion list
// right before the actor at t0 ("including", "notably", "especially",
// "particularly", "such as", "among them"), or -1.
func inclusion(toks []tok, t0 int) int {
	i := t0 - 1
	if i >= 0 && toks[i].low == "the" {
		i--
	}
	if i < 1 {
		return -1
	}
	switch toks[i].low {
	case "including", "notably", "especially", "particularly":
		return i
	case "as":
		if toks[i-1].low == "such" {
			return i - 1
		}
	case "them":
		if toks[i-1].low == "among" {
			return i - 1
		}
	case "includes", "include", "included", "comprises", "comprise", "comprised":
		if toks[i-1].low == "which" || toks[i-1].low == "that" {
			return i - 1 // "the alliance, which includes Russia, …": members of the noun before
		}
	}
	return -1
}

// beforeSubject reports whether the reporting verb at r comes before its
// own subject ("said Iran's foreign minister"), so that it opens no
// complement to its right: the next word is an actor-like capitalised
// word followed by nothing verbal, or the sentence goes on with a comma.
func beforeSubject(toks []tok, r int) bool {
	return r+1 < len(toks) && (toks[r+1].low == "," || toks[r+1].low == "on" || toks[r+1].low == "in")
}

// npObject reports whether tokens [from,to) are only determiners and
// modifiers, so that the trigger after them is the reporting verb's own
// object: "announced a suspension of air links", "announced new
// sanctions".
func npObject(toks []tok, from, to int) bool {
	for i := from; i < to; i++ {
		if !toks[i].is(wcDeterminer) && !isModifier(toks[i].low) && !strings.HasSuffix(toks[i].low, "ed") {
			return false
		}
	}
	return true
}

// homeGround reports a verbal, cooperative or sanctioning event whose
// target is only the source's own country or one of its places ("Suleiman's visit
// to Beirut", "Germany's chancellor … protect Germany"): no interaction
// between two actors.
func homeGround(sa, ta *actor, code string, dest bool) bool {
	if sa.country == "" || ta.country != sa.country || !(ta.place || ta.sector == "" && !ta.person) {
		return false
	}
	if c := sa.actorCode(); hasChunk(c, "REB") || hasChunk(c, "INS") || hasChunk(c, "OPP") || hasChunk(c, "SEP") {
		return false // "Colombia and the FARC signed": rebels deal with their state
	}
	r := cameo.Root(code)
	// nor does a state appeal to, accuse, demand from or reject its own
	// bare country ("the Palestinians oppose settlement in the West
	// Bank"; promises and threats may concern it: "would blockade
	// Paris"); a state cannot
	// sanction itself either, and "bans on travel to Canada" (dest: the
	// place follows "to") by the Canadian government restrict others; a
	// curfew in one of its towns, a protest or an attack there are coded
	// and its force posture at a base of its own ("sent more troops to a
	// Turkish base in Qatar") threatens no one named
	return r == "01" || r == "02" || r >= "04" && r <= "12" || r == "15" || r == "16" || strings.HasPrefix(code, "172") && dest
}

// borderWith reports "border|frontier|boundary with" right before token
// i: the actor at i names a border, no party.
func borderWith(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "with" {
		return false
	}
	switch toks[i-2].low {
	case "border", "borders", "frontier", "frontiers", "boundary":
		return true
	}
	return false
}

// troopArrival reports a visit pattern whose verb is an arrival or entry
// ("arrived in", "landed in", "entered"): said of armed forces, they are
// deployed, no visitors.
func troopArrival(toks []tok, m *match) bool {
	w := toks[m.head].low
	return strings.HasPrefix(w, "arriv") || strings.HasPrefix(w, "land") || strings.HasPrefix(w, "enter") || strings.HasPrefix(w, "reach")
}

// callObject returns the object of a call or meeting verb coordinated
// right before the verb at start ("called Foreign Minister X and urged
// restraint", "met X and discussed …"), or -1: the second verb of a call
// readout is addressed to the one called.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func callObject(toks []tok, acts []actor, actorAt []int, start int) int {
	if start < 3 || toks[start-1].low != "and" || actorAt[start-2] < 0 {
		return -1
	}
	ai := actorAt[start-2]
	if a := acts[ai]; a.place || a.t0 == 0 {
		return -1
	} else {
		switch toks[a.t0-1].low {
		case "called", "phoned", "telephoned", "rang", "met", "received", "hosted":
			return ai
		}
	}
	return -1
}

// placeOnly reports a preposition at i that makes the actor after it a
// location ("in", "at", "near", "outside"), never a patient.
func placeOnly(toks []tok, i int) bool {
	if i < 0 {
		return false
	}
	switch toks[i].low {
	case "in", "at", "near", "outside", "inside", "across":
		return true
	}
	return false
}

// prepBefore returns the preposition governing the actor starting at
// t0, looking past a determiner and title words the actor does not
// cover ("with President Michel Suleiman", "with the Syrian leader"), or
// -1.
func (c *Coder) prepBefore(toks []tok, t0 int) int {
	for j := t0 - 1; j >= 0 && j >= t0-3; j-- {
		w := toks[j].low
		if toks[j].is(wcPreposition) && approximator(toks, j) {
			continue // "About 3,000 people were killed": a count's "about", no preposition
		}
		if toks[j].is(wcPreposition) {
			return j
		}
		if !toks[j].is(wcDeterminer) && !isModifier(w) && !compassWord(w) && w != "prime" && !countWord(&toks[j]) &&
			!(pastVerb(&toks[j]) && j == t0-1) && !c.agentWord(&toks[j]) {
			// ("for displaced people in Rafah": a participle adjective)
			return -1
		}
	}
	return -1
}

// agentWord reports a token whose word alone is an agent (a title such
// as "minister"): c.dict.Agents has it. (Asked last of prepBefore's
// tests, through the token's hash: most words fail agentWords.)
func (c *Coder) agentWord(t *tok) bool {
	if !c.dict.agentWords.hasHash(t.hash()) {
		return false
	}
	h, _ := c.dict.agentIndex.get(t.low, t.hash())
	return h.single
}

// compassWord reports a direction adjective before a place ("northern",
// "south-eastern", "central"): "in northern Burkina Faso".
func compassWord(w string) bool {
	return w == "central" || strings.HasSuffix(w, "ern") && (strings.Contains(w, "north") || strings.Contains(w, "south") ||
		strings.Contains(w, "east") || strings.Contains(w, "west"))
}

// attributionReporter returns the actor of an attribution set off by
// commas right before a participle of saying at h with a that-clause
// (", the ministry said, warning that …"), or -1: the participle is the
// reporter's, not the reported clause's subject's.
func attributionReporter(toks []tok, acts []actor, actorAt []int, h int) int {
	if h < 5 || h+1 >= len(toks) || toks[h-1].low != "," || !toks[h-2].is(wcReportVerb) || !speechParticiples.Has(toks[h].low) || toks[h+1].low != "that" {
		// ("Rebels attacked the town, the army said, killing 12": the
		// rebels killed; "the mother did not appear concerned, police
		// said, asking officers not to cite her": the mother asked)
		return -1
	}
	ai := actorAt[h-3]
	if ai < 0 || acts[ai].place || acts[ai].t1 != h-2 {
		return -1
	}
	b := acts[ai].t0 - 1
	if b >= 0 && toks[b].is(wcDeterminer) {
		b--
	}
	if b < 1 || toks[b].low != "," {
		return -1
	}
	return ai
}

// speechParticiples are participles of saying that go on from a
// reporting verb with a that-clause: the reporter warns or adds that ….
var speechParticiples = wordset.Of("warning adding saying noting insisting denying vowing threatening stressing arguing claiming explaining")

// adjunctSubject handles a participle adjunct (", killing 17", "after
// ratifying the plan"): its subject is the subject of the clause it
// hangs on, the actor opening that clause, not the nearest actor to its
// left ("Gunmen ambushed a bus carrying Iraqis, killing 17"). ok is false
// when the trigger is no such adjunct.
func (c *Coder) adjunctSubject(toks []tok, acts []actor, actorAt []int, m *match) ([]int, bool) {
	h := m.start
	if h >= 3 && toks[h-1].low == "to" && attemptWords.Has(toks[h-2].low) && m.p.Flags&FlagNominal == 0 {
		if ai := actorAt[h-3]; ai >= 0 && acts[ai].generic && !acts[ai].place && !acts[ai].poss {
			// "fired tear gas at demonstrators trying to break into
			// parliament": what those people try is their act
			return conj(toks, acts, actorAt, ai), true
		}
	}
	if h == 0 || !strings.HasSuffix(toks[h].low, "ing") || actorAt[h] >= 0 {
		return nil, false
	}
	if ai := actorAt[h-1]; ai >= 0 && !acts[ai].place && !acts[ai].poss && acts[ai].generic && m.p.Flags&FlagNominal == 0 {
		// "arrested dozens of demonstrators protesting against …",
		// "rebels fighting the army": the participle right after a
		// people noun is what those people do
		return conj(toks, acts, actorAt, ai), true
	}
	if ai := documentIssuer(toks, acts, actorAt, h); ai >= 0 {
		return conj(toks, acts, actorAt, ai), true // "a warrant from the ICC accusing him": the ICC
	}
	if ai := attributionReporter(toks, acts, actorAt, h); ai >= 0 && !c.petrarch() {
		// "Soldiers had joined the protests, the Defense Ministry said,
		// warning that they would be punished": the reporter warns
		return conj(toks, acts, actorAt, ai), true
	}
	if actorAt[h-1] < 0 && plainNoun(&toks[h-1]) && !complementNouns.Has(toks[h-1].low) {
		// "an Arab-backed resolution demanding an end to …", "a bus
		// carrying soldiers": the participle modifies the noun before
		// it, which is no actor
		return nil, true
	}
	if p := toks[h-1].low; (p == "in" || p == "for") && h >= 3 && plainNoun(&toks[h-2]) {
		// "praised China's role in mediating", "Qatar's efforts in
		// brokering": the owner of the noun does it
		j := h - 3
		if toks[j].low == "'s" || toks[j].low == "'" {
			j--
		}
		if ai := actorAt[max(j, 0)]; j >= 0 && ai >= 0 && acts[ai].poss && !acts[ai].place {
			return conj(toks, acts, actorAt, ai), true
		}
	}
	switch toks[h-1].low {
	case ",", "after", "before", "while", "since", "without", "by", "when", "despite", "and":
	default:
		return nil, false
	}
	if toks[h-1].low == "and" && !priorAdjunct(toks, h-1) && !priorAdjunctFar(toks, h-1) {
		return nil, false // "condemned X and vowing …" is handled as coordination
	}
	// the clause start: the sentence start, or after a hard stop or a
	// subordinator ("after two-thirds of Bangladesh was submerged,
	// destroying crops" hangs on the "after" clause)
	cs := 0
	for i := h - 2; i >= 0; i-- {
		if toks[i].is(wcReportVerb) && toks[h-1].low == "," && !c.petrarch() && reportParticiple(toks, actorAt, i, h) {
			continue // "Erdogan said on Tuesday, accusing Israel of …": the speaker's participle
		}
		if isHardStop(&toks[i]) || subordinators.Has(toks[i].low) || toks[i].low == "as" && !roleAs(toks, i) || toks[i].low == "while" || toks[i].low == "since" ||
			toks[i].is(wcReportVerb) || toks[i].low == "that" || commaAndClause(toks, actorAt, i) {
			// ("officials said Russian missiles hit …, killing 40": the
			// adjunct hangs on the reported clause; "…, and fighters
			// opened the gates, freeing …" on the nearest clause)
			cs = i + 1
			break
		}
	}
	for cs < h && toks[cs].punct {
		cs++ // a dateline ("PARIS/TRIPOLI —", made punctuation by dropCredits) opens no clause
	}
	if k := frontedLocative(toks, acts, actorAt, cs); k >= 0 && k < h {
		cs = k // "In Iraq, a suicide bomber …, killing": the subject follows
	}
	for i := cs; i < h && i < cs+4; i++ {
		w := toks[i].low
		if ai := actorAt[i]; ai >= 0 {
			if acts[ai].place {
				return nil, true
			}
			if acts[ai].poss {
				if bi := possessedHead(toks, acts, actorAt, ai, h); bi >= 0 {
					ai = bi // "Sudan's paramilitary RSF shelled …, killing": the force
				}
			}
			for j := acts[ai].t1; j+1 < h; j++ {
				if toks[j].is(wcBeForm) && isParticiple(toks[j+1].low) && !statives.Has(toks[j+1].low) {
					return nil, true // "after Syria was flooded, killing 700": Syria suffered it
				}
			}
			return conj(toks, acts, actorAt, ai), true
		}
		if !toks[i].is(wcDeterminer) && !isModifier(w) && !toks[i].punct && w != "on" && w != "in" {
			break
		}
	}
	return nil, true // "An earthquake rocked Bali, killing one": no actor did it
}

// hyphenModified reports an actor that ends in a hyphenated participle
// ("UN-backed", "US-led", "Iran-aligned").
func hyphenModified(toks []tok, a *actor) bool {
	if w := toks[a.t0].low; strings.HasPrefix(w, "anti-") || strings.HasPrefix(w, "pro-") {
		return true // "anti-Castro exiles", "pro-Russia rebels": the actor is what they are for or against
	}
	w := toks[a.t1-1].low
	if n := len(w); n < 2 || !hyphenTail(w[n-2], w[n-1]) {
		// (most words: no participle below ends so, and no "-ed" either,
		// so the hyphen is not looked for)
		return false
	}
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i >= len(w)-2 {
		return false
	}
	if w[i+1:] == "owned" || w[i+1:] == "operated" {
		// "hijacked a Greek-owned tanker": as a flag, the owners' state
		// is the ship's ("US-owned firms" stay a modifier)
		for k := a.t1; k < len(toks) && k < a.t1+3; k++ {
			if vesselNoun(toks[k].low) {
				return false
			}
		}
	}
	switch w[i+1:] {
	case "made", "built", "run", "held", "owned", "funded", "armed", "trained", "brokered", "sponsored":
		return true // "US-made missiles", "state-run media"
	case "flagged":
		return false // "seized a British-flagged tanker": the flag state's ship is the state's
	}
	return strings.HasSuffix(w, "ed")
}

// holdingParticiple reports a participle of holding ground: "villages
// held by rebels", "areas controlled by the Houthis".
func holdingParticiple(w string) bool {
	switch w {
	case "held", "controlled", "occupied", "seized", "captured":
		return true
	}
	return false
}

// vesselNoun reports a noun for a ship.
func vesselNoun(w string) bool {
	switch w {
	case "tanker", "tankers", "ship", "ships", "vessel", "vessels", "freighter", "freighters", "carrier", "carriers", "boat", "boats", "trawler", "trawlers", "yacht", "yachts":
		return true
	}
	return false
}

// hyphenTail reports the last two bytes of a word that hyphenModified
// may answer true for: "-ed" and the ends of the participles it lists
// (made, built, run, held), which this must follow.
func hyphenTail(a, b byte) bool {
	switch b {
	case 'd':
		return a == 'e' || a == 'l'
	case 'e':
		return a == 'd'
	case 't':
		return a == 'l'
	case 'n':
		return a == 'u'
	}
	return false
}

// lightVerbBefore reports a light verb a few tokens before a nominal
// trigger ("carried out a series of strikes", "launched attacks",
// "imposed new sanctions"): the clause subject owns the noun.
func lightVerbBefore(toks []tok, at int) bool {
	for i := at - 1; i >= 0 && i >= at-5; i-- {
		w := toks[i].low
		if toks[i].punct {
			return false
		}
		for _, stem := range []string{"carr", "launch", "conduct", "stag", "mount", "wag", "impos", "unleash", "step", "respond", "retaliat", "hit",
			"continu", "began", "begin", "resum", "intensif", "escalat", "order", "authoriz", "authoris", "threaten", "vow", "announc", "declar"} {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// infinitiveBefore returns the index of the verb of "to VERB" right
// before the actor starting at t0 (past determiners and a possessive
// owner: "to kill Cuba's Fidel Castro"), or -1.
func infinitiveBefore(toks []tok, acts []actor, actorAt []int, t0 int) int {
	j := t0 - 1
	for j >= 0 {
		if ai := actorAt[j]; ai >= 0 && acts[ai].poss {
			j = acts[ai].t0 - 1
			continue
		}
		if w := toks[j].low; w == "'s" || w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" {
			j--
			continue
		}
		break
	}
	if j < 1 || toks[j-1].low != "to" {
		return -1
	}
	if t := &toks[j]; t.punct || t.upper || actorAt[j] >= 0 || t.is(wcPreposition) || t.is(wcDeterminer) || t.is(wcPronoun) || strings.HasSuffix(t.low, "ly") {
		return -1
	}
	return j
}

// nounRelativeBefore reports a relative clause opened after a plain noun
// ("attacks that shook …") within the ten tokens before the conjunction
// at and, with no clause break between: a verb coordinated inside it has
// that noun as its subject.
func nounRelativeBefore(toks []tok, and int) bool {
	for i := and - 1; i > 0 && i >= and-10; i-- {
		if isHardStop(&toks[i]) || toks[i].low == "," {
			return false
		}
		if w := toks[i].low; (w == "that" || w == "which" || w == "who") && plainNoun(&toks[i-1]) && !complementNouns.Has(toks[i-1].low) {
			return true
		}
	}
	return false
}

// priorAdjunct reports a ", V-ing" adjunct earlier in the clause before
// token and ("…, killing 37 people and wounding 50").
func priorAdjunct(toks []tok, and int) bool {
	for i := and - 1; i > 0 && i >= and-8; i-- {
		if isHardStop(&toks[i]) {
			return false
		}
		if strings.HasSuffix(toks[i].low, "ing") && toks[i-1].low == "," {
			return true
		}
	}
	return false
}

// barredBefore reports a verb of preventing within six tokens before
// the "from" at i ("barred … from", "prevented … from").
func barredBefore(toks []tok, from int) bool {
	for i := from - 1; i >= 0 && i >= from-6; i-- {
		w := toks[i].low
		for _, stem := range []string{"bar", "prevent", "ban", "block", "prohibit", "stop", "refrain", "forbid", "keep", "deter", "preclud"} {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// headlineList returns the actors of a headline-style subject list that
// a comma joins ("Saudi Arabia, Iran agree to restore ties"): two named
// actors, the first opening the sentence, the second right before the
// verb. Otherwise nil.
func headlineList(toks []tok, acts []actor, actorAt []int, ai int, m *match) []int {
	a := &acts[ai]
	if a.t0 < 2 || toks[a.t0-1].low != "," || a.place || m.start-a.t1 > 1 {
		return nil
	}
	bi := actorAt[a.t0-2]
	if bi < 0 || acts[bi].t0 != 0 || acts[bi].place || acts[bi].generic || a.generic {
		return nil
	}
	return []int{bi, ai}
}

// agentBy returns the index of the "by" before the agent actor starting
// at t0, past a determiner and a modifier ("backed by the army", "backed
// by heavy artillery"), or t0-1 when there is none.
func agentBy(toks []tok, actorAt []int, t0 int) int {
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		t := &toks[k]
		if t.low == "by" || t.punct || t.upper || actorAt[k] >= 0 || t.is(wcPreposition) || t.is(wcBeForm) || t.is(wcReportVerb) {
			return k
		}
	}
	return t0 - 1
}

// relativeOpen returns the comma opening a relative clause that the
// comma at close ends (", who stood beside the president,"), or -1. The
// commas of a list that ends the clause are inside it (", who was
// recognised by the commission, the UN and the African Union,").
func relativeOpen(toks []tok, close int) int {
	listed := false // an "and" or "or" since close: a list's last member
	for j := close - 1; j >= 0 && j >= close-20; j-- {
		if isHardStop(&toks[j]) {
			return -1
		}
		if toks[j].low == "and" || toks[j].low == "or" {
			listed = true
		}
		if toks[j].low == "," {
			if j+1 < close {
				switch toks[j+1].low {
				case "who", "which", "whose", "whom", "where":
					return j
				}
			}
			if listed && j+2 < close && (toks[j+1].upper || toks[j+1].low == "the") {
				continue // a member of the list
			}
			return -1
		}
	}
	return -1
}

// ingAsideOpen returns the comma opening an aside that starts with a
// present participle ("…, speaking on condition of anonymity because
// they were not authorised to talk,") and that the comma at close ends,
// or -1.
func ingAsideOpen(toks []tok, close int) int {
	for j := close - 1; j >= 1 && j >= close-20; j-- {
		if isHardStop(&toks[j]) {
			return -1
		}
		if toks[j].low != "," {
			continue
		}
		if w := toks[j+1].low; j+1 < close && !toks[j+1].upper && len(w) > 5 && strings.HasSuffix(w, "ing") {
			return j
		}
		return -1
	}
	return -1
}

// participleOpen returns the comma opening a passive participle phrase
// with its agent that the comma at close ends (", backed by US
// bombing,", ", supported by Russian jets,"), or -1.
func participleOpen(toks []tok, close int) int {
	for j := close - 1; j >= 0 && j >= close-10; j-- {
		if isHardStop(&toks[j]) {
			return -1
		}
		if toks[j].low == "," {
			if j+3 < close && toks[j+2].low == "by" && !toks[j+1].upper && (strings.HasSuffix(toks[j+1].low, "ed") || toks[j+1].is(wcPastParticiple)) {
				return j
			}
			return -1
		}
	}
	return -1
}

// bareAppositiveOpen returns the comma opening an appositive without an
// article that the comma at close ends ("Iran and Saudi Arabia, regional
// rivals that have backed opposing sides in wars from Yemen to Syria,
// agreed"): after an actor, a lower-case noun phrase that may hold a
// relative clause and states named in passing but no person, agent or
// verb of saying; else -1.
func bareAppositiveOpen(toks []tok, acts []actor, actorAt []int, close int) int {
	for j := close - 1; j >= 1 && j >= close-20; j-- {
		t := &toks[j]
		if isHardStop(t) || t.is(wcReportVerb) {
			return -1
		}
		if a := actorAt[j]; a >= 0 && (acts[a].person || acts[a].sector != "") {
			return -1 // "Johnson's predecessor, former Prime Minister Theresa May, negotiated": the apposed name acts
		}
		if t.low != "," {
			continue
		}
		if j+2 >= close || actorAt[j-1] < 0 || actorAt[j+1] >= 0 || !plainNoun(&toks[j+1]) {
			return -1
		}
		switch toks[j+1].low {
		case "nor", "while", "as", "when", "if", "because", "although", "though", "whose", "where", "however", "meanwhile", "too":
			return -1
		}
		if j+2 < close && toks[j+2].is(wcPreposition) || j+2 < close && toks[j+2].is(wcPronoun) {
			return -1 // ("Russia, too, said"; a verb read as a noun: "Iran, meanwhile, …")
		}
		return j
	}
	return -1
}

// prepositionalOpen returns the comma opening a prepositional phrase
// set off between a subject actor and its verb that the comma at close
// ends ("Lee, under pressure to respond to the sinking of a corvette
// that killed 46 sailors, suspended trade"; "the army, under a state of
// emergency declared after gunmen stormed a station, arrested"): the
// actors inside are no subject. Else -1.
func prepositionalOpen(toks []tok, actorAt []int, close int) int {
	for j := close - 1; j >= 1 && j >= close-25; j-- {
		t := &toks[j]
		if isHardStop(t) {
			return -1
		}
		if t.low != "," {
			continue
		}
		if j+2 >= close || actorAt[j-1] < 0 {
			return -1
		}
		switch toks[j+1].low {
		case "under", "despite", "amid", "amidst", "after", "following", "with", "without", "alongside", "unlike", "like":
			return j
		}
		return -1
	}
	return -1
}

// appositiveOpen returns the comma opening an appositive that the comma
// at close ends ("X, a key ally of Y, refused"): the phrase starts with
// a/an/the, follows an actor, and holds no verb of saying, relative
// pronoun or list conjunction; else -1. "one of …" may hold a relative
// clause ("X, one of three states that recognised Y, said").
func appositiveOpen(toks []tok, actorAt []int, close int) int {
	rel, conj := false, false
	for j := close - 1; j >= 1 && j >= close-15; j-- {
		t := &toks[j]
		if isHardStop(t) {
			return -1
		}
		switch t.low {
		case "and", "or":
			// "X, a former journalist and member of parliament, was
			// detained": two nouns of one description opened by "a"
			// ("X, the United States and Y" is a list)
			conj = true
			continue
		case "said", "says":
			return -1
		case "who", "which", "that", "whose":
			rel = true
			continue
		}
		if t.low == "," {
			if j+2 < close && toks[j+1].low == "one" && toks[j+2].low == "of" && actorAt[j-1] >= 0 {
				// "Pakistan, one of only three countries that recognised
				// the Taliban government, said": a class the subject is
				// one of, its relative clause included
				return j
			}
			if rel {
				return -1
			}
			if conj {
				if j+1 < close && (toks[j+1].low == "a" || toks[j+1].low == "an") && actorAt[j-1] >= 0 {
					return j
				}
				return -1
			}
			if j+1 < close && (toks[j+1].low == "a" || toks[j+1].low == "an" || toks[j+1].low == "the") && actorAt[j-1] >= 0 {
				return j
			}
			if j+2 < close && !toks[j+1].upper && !toks[j+1].punct && actorAt[j+1] < 0 && toks[j+2].low == "of" && actorAt[j-1] >= 0 {
				return j // "Some 30,000 Sudanese, victims of attacks by Arab militia, have threatened …"
			}
			if actorAt[j-1] >= 0 && possessiveTitle(toks, actorAt, j+1, close) {
				return j // "Sergei Lavrov, Russia's foreign minister, said": his title, no second subject
			}
			return -1
		}
	}
	return -1
}

// possessiveTitle reports whether tokens [from,to) are a state's or
// body's possessive and a lower-case title: an actor, "'s", then one to
// four lower-case words ("Russia's foreign minister"), or one actor that
// took them in.
func possessiveTitle(toks []tok, actorAt []int, from, to int) bool {
	if from >= to || actorAt[from] < 0 {
		return false
	}
	k := from
	poss := false
	for k < to && actorAt[k] == actorAt[from] {
		poss = poss || toks[k].low == "'s"
		k++
	}
	if k == to {
		return poss // the agent is attached: "Russia's foreign minister" is one actor
	}
	if toks[k].low != "'s" {
		return false
	}
	k++
	if to-k < 1 || to-k > 4 {
		return false
	}
	for ; k < to; k++ {
		if toks[k].upper || toks[k].punct || actorAt[k] >= 0 {
			return false
		}
	}
	return true
}

// adverbs counts the adverb-like tokens (modals, auxiliaries, negation,
// a day or month with its preposition) in [from,to): "who had also met"
// has two before "met", "which in March imposed" two before "imposed".
func adverbs(toks []tok, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		w := toks[i].low
		if toks[i].is(wcHypo|wcNegator|wcBeForm) || w == "has" || w == "have" || w == "had" || w == "also" || w == "then" || w == "later" || w == "first" || strings.HasSuffix(w, "ly") ||
			weekdays.Has(w) || monthWords.Has(w) && toks[i].upper || (w == "in" || w == "on" || w == "last" || w == "earlier") && i+1 < to && (weekdays.Has(toks[i+1].low) || monthWords.Has(toks[i+1].low) && toks[i+1].upper || toks[i+1].low == "week" || toks[i+1].low == "month" || toks[i+1].low == "year") ||
			(w == "week" || w == "month" || w == "year") && i > from && (toks[i-1].low == "last" || toks[i-1].low == "earlier" || toks[i-1].low == "this") {
			n++
		}
	}
	return n
}

// thingPatient reports whether the passive at m has a plain noun for its
// subject in a clause of its own after an actor ending at t1: the noun
// stands right before the auxiliaries ("had been", "were", coordinated
// participles: "damaged or") and a joiner (and, but, a comma or
// semicolon) after a verb of the actor's own separates it from the
// actor, so the actor belongs to an earlier clause and is not acted on.
func thingPatient(toks []tok, actorAt []int, m *match, t1 int) bool {
	i := m.start - 1
	for i >= t1 {
		w := &toks[i]
		switch {
		case w.is(wcBeForm|wcHypo|wcNegator) || w.low == "has" || w.low == "have" || w.low == "had" || strings.HasSuffix(w.low, "ly"):
			i--
		case (w.low == "or" || w.low == "and") && i-1 >= t1 && (strings.HasSuffix(toks[i-1].low, "ed") || toks[i-1].is(wcPastParticiple)):
			i -= 2 // "damaged or destroyed"
		default:
			goto noun
		}
	}
	return false
noun:
	if i < t1 || i == m.start-1 || actorAt[i] >= 0 || !plainNoun(&toks[i]) {
		return false
	}
	verb := false // the actor's clause has a verb of its own ("Goodwin and the others were charged" is one list)
	for k := t1; k < i; k++ {
		w := &toks[k]
		switch w.low {
		case "and", "but", ",", ";":
			if verb {
				return true
			}
		default:
			if w.is(wcBeForm|wcHypo) || w.low == "has" || w.low == "have" || w.low == "had" || pastVerb(w) {
				verb = true
			}
		}
	}
	return false
}

// isAgentEnd reports an actor in the possessive that heads an agent
// phrase ("Kenya's army"): a person in the possessive owns the noun after
// it ("President Kenyatta's election victory") and heads nothing.
func isAgentEnd(a *actor, toks []tok) bool { return a.poss && a.sector != "" && !a.person }

// object returns the target actors: the first actor after the trigger
// within the clause, possibly after a preposition, with actors joined to
// it.
func (c *Coder) object(toks []tok, acts []actor, actorAt []int, m *match, nominal bool) []int {
	from := m.anchorEnd
	if from < m.head {
		from = m.headEnd
	}
	if m.head >= m.anchorEnd {
		from = m.anchorEnd
	}
	generic, loc := -1, -1
	for i := from; i < len(toks) && i < m.end+14; i++ {
		t := &toks[i]
		if isHardStop(t) {
			break
		}
		if i >= m.end && (t.low == "and" || t.low == "but") && i+1 < len(toks) && actorAt[i+1] < 0 && conjoinedFinite(toks, i, i+1) && !pluralBeforeRecipient(toks, actorAt, i) && !c.petrarch() {
			break // "denied responsibility and accused the army": the army is the second verb's
		}
		if nominal && i >= m.end && t.is(wcBeForm) && !c.petrarch() && otherPassive(toks, i) {
			break // "Israel's killing of seven journalists was condemned by Biden": Biden is the verb's agent, not killed
		}
		if i >= m.end && t.low == "in" && cameo.Root(m.p.Code) == "17" && !c.petrarch() && crimeOfAfter(toks, i+1) {
			break // "arrested 17 others in the assassination of President Moise": the victim is the crime's, not the arrest's
		}
		if ai := actorAt[i]; ai >= 0 {
			if i > m.end && !c.petrarch() && andClauseSubject(toks, acts, actorAt, ai) {
				// "called for an investigation into the killings and the
				// U.N. refugee agency flew tents": the subject of a new
				// clause, no object of this verb
				break
			}
			if i > m.start && pressureFrom(toks, i) && !strings.HasPrefix(toks[m.head].low, "pressure") && !c.petrarch() {
				// "freed the prisoners under pressure from the United
				// States": who presses is no object of the act
				break
			}
			if i >= m.end+2 && toks[i-1].low == "by" && isParticiple(toks[i-2].low) && actorAt[i-2] < 0 && prepBetween(toks, m.end, i-2) &&
				!(cameo.QuadClass(m.p.Code) == 4 && holdingParticiple(toks[i-2].low) && !c.petrarch()) {
				// "restore relations in a deal brokered by China",
				// "released hostages under a truce mediated by Qatar": the
				// agent of another participle, no object of this verb;
				// but force used on ground a side holds hits that side
				// ("air strikes on villages held by Kachin rebels")
				break
			}
			if a := acts[ai]; a.t1 == m.head && m.end > m.headEnd && i >= m.anchorEnd && !a.poss && (a.demonym && a.sector == "" || a.noCode()) {
				// (only when the pattern goes on to its target: "downed
				// 30 Russian drones" hits Russia's drones)
				// "fired US-made ATACMS missiles at …", "launched Iranian
				// drones at …": an actor naming the weapon, inside the
				// pattern before its noun, is no target
				i = a.t1 - 1
				continue
			}
			if coActorBefore(toks, i) {
				// "hosts the negotiations along with Cuba and Norway":
				// co-actors of the subject, no targets
				l := conj(toks, acts, actorAt, ai)
				i = acts[l[len(l)-1]].t1 - 1
				continue
			}
			if hyphenModified(toks, &acts[ai]) {
				// "a UN-backed plan", "US-led forces": the actor
				// modifies a noun; it is no party to this event
				i = acts[ai].t1 - 1
				continue
			}
			if borderLocation(toks, i) && !c.petrarch() {
				i = acts[ai].t1 - 1 // "attacked a post near the border with the DRC": where, no party
				continue
			}
			if visitorBy(toks, i) && !c.petrarch() {
				// "signed a cooperation agreement during a visit by
				// Egypt's army chief": the visitor frames the act; the
				// parties are the subject's
				break
			}
			if talksTopic(toks, i) && !c.petrarch() {
				i = acts[ai].t1 - 1 // "held talks on Syria with Kerry": the topic, no party
				continue
			}
			if strings.HasPrefix(m.p.Code, "172") && borderWith(toks, i) && !c.petrarch() {
				// "declared a state of emergency along its border with
				// Ecuador": a measure at home; the neighbour names the
				// border, no target
				i = acts[ai].t1 - 1
				continue
			}
			if m.p.Flags&FlagVisit != 0 && !c.petrarch() && origin(toks, i) {
				// "arrived in Cairo from Paris", "flew to Tokyo from
				// Beijing": where the trip began is not visited
				i = acts[ai].t1 - 1
				continue
			}
			if i > m.end && !c.petrarch() && verbalQuad(m.p.Code) && movedFrom(toks, i) {
				// "refused to take in asylum seekers from Italy", "called
				// for tariffs on goods from China": where they come from
				// is no party to a word said or refused ("imposed tariffs
				// on goods from China" and "expelled migrants from Syria"
				// do hit it)
				i = acts[ai].t1 - 1
				continue
			}
			// "fired tear gas at protesters": an agent noun after "at" is
			// the object, not a place
			atAgent := i > 0 && toks[i-1].low == "at" && acts[ai].generic
			if acts[ai].place && !placeTarget(m.p) && !c.petrarch() && !aidDestination(toks, m, i) {
				// "urged his supporters converging on Najaf": a place (no
				// government) is no party to an appeal, statement or
				// meeting
				i = acts[ai].t1 - 1
				continue
			}
			if generic >= 0 && !atAgent && !c.petrarch() && afterGeneric(m.p) && (acts[ai].place || c.locPrepBefore(toks, i) >= 0) {
				// "fired at protesters near the parliament in Nairobi":
				// after an actor noun, a place (or whatever stands
				// after a locative preposition) is where, not whom
				i = acts[ai].t1 - 1
				continue
			}
			// "in Singapore", "in the Kremlin", "at the White House": a
			// locative preposition, with or without "the" before a name
			// ("the fire at the Peruvian consulate" is the consulate's)
			locative := i > 0 && locPreps.Has(toks[i-1].low) ||
				i > 1 && toks[i-1].low == "the" && locPreps.Has(toks[i-2].low) && !acts[ai].demonym && !acts[ai].agentNoun && !acts[ai].generic && !c.petrarch() ||
				// "agreed in the North Macedonian lakeside town of Ohrid":
				// a demonym before a place noun names the place's state
				i > 1 && toks[i-1].low == "the" && locPreps.Has(toks[i-2].low) && acts[ai].demonym && placeNounNear(toks, acts[ai].t1) && !c.petrarch() ||
				// "met dissidents at the U.S. embassy": where a meeting or
				// statement is held, also a state's body named by its noun
				i > 1 && toks[i-1].low == "the" && locPreps.Has(toks[i-2].low) && acts[ai].agentNoun && !acts[ai].generic && !placeTarget(m.p) && !c.petrarch()
			if atAgent {
				// handled below as an object
			} else if locative && !placeTarget(m.p) && !c.petrarch() {
				// "the leaders met in Singapore": where a meeting or
				// statement happens is no party to it
				i = acts[ai].t1 - 1
				continue
			}
			if i == m.end && i > m.start && toks[i-1].low == "at" && !acts[ai].place && cameo.Root(m.p.Code) >= "18" && !c.petrarch() {
				// "launched missiles at Libyan air defence sites around
				// Tripoli": the pattern's own "at" names what is fired on
				return conj(toks, acts, actorAt, ai)
			}
			if !atAgent && i > 0 && locPreps.Has(toks[i-1].low) {
				// "celebrated Eid at Osgiliath with Gondor": a place of
				// the event, the target only if no other actor follows
				// (and only the first: "held hostage in Iraq arrive back
				// in Delhi")
				if loc < 0 {
					loc = ai
				}
				i = acts[ai].t1 - 1
				continue
			}
			if cameo.Root(m.p.Code) == "15" && acts[ai].generic && (acts[ai].sector == "MIL" || acts[ai].sector == "COP") && acts[ai].country == "" {
				// "deployed troops to fight fires": the troops are what is
				// mobilised, the source's own
				i = acts[ai].t1 - 1
				continue
			}
			if acts[ai].generic && acts[ai].country == "" {
				// "mobilised troops near Ukraine": a bare agent right after
				// the verb is its object; a named actor further on wins
				if generic < 0 {
					generic = ai
				}
				i = acts[ai].t1 - 1
				continue
			}
			if pt := possessedPerson(toks, acts, actorAt, ai); pt >= 0 && !c.petrarch() {
				return conj(toks, acts, actorAt, pt) // "talks with Singapore's Prime Minister Lee": Lee
			}
			if a := acts[ai]; a.poss && ai+1 < len(acts) && !c.petrarch() {
				// "expel leaders of Egypt's Muslim Brotherhood", "sanctioned
				// Iran's IRGC": the organisation the country owns is the
				// object when it is of that country (its own or, having
				// none, the owner's); one with a code of its own and no
				// country ("Egypt's Nour Front", IMG) leaves the owner
				// coded
				if b := acts[ai+1]; b.t0 == a.t1+1 && !b.person && !b.place && b.country == a.country && b.id != a.id {
					return conj(toks, acts, actorAt, ai+1)
				}
			}
			return conj(toks, acts, actorAt, ai)
		}
		if i < m.end {
			continue // words of the pattern itself ("restore complete, full ties")
		}
		if i > m.end && (t.low == "during" || t.low == "amid" || t.low == "amidst") && cameo.QuadClass(m.p.Code) == 4 && !c.petrarch() {
			// "killing about 50 people during demonstrations against
			// military rule": the occasion's actors are no objects of a
			// material act ("signed a pact during a meeting with X"
			// still names its partner)
			break
		}
		if i > m.end && actorAt[i-1] >= 0 && reducedRelative(toks, i) {
			// "arrested officers accused of plotting a coup against
			// Erdogan", "attacked a convoy carrying aid to X": a
			// participle after the object starts a modifier whose
			// actors are no objects of this verb
			break
		}
		if i == m.end && i > m.head && actorAt[i-1] >= 0 && acts[actorAt[i-1]].generic && reducedRelative(toks, i) && !c.petrarch() {
			// "freed 20 hostages held by Boko Haram": the pattern's own
			// last word is the object (an agent noun), and the participle
			// after it names their captors, no object of this verb
			break
		}
		if i > m.end+1 && passiveAgentAfterNoun(toks, actorAt, i) && !(cameo.QuadClass(m.p.Code) == 4 && holdingParticiple(t.low) && !c.petrarch()) {
			// "deployed air defence systems lent by Germany and Spain":
			// the agent of a participle after the object is no object
			// of this verb (but the holders of ground struck are)
			break
		}
		if i > m.end && t.low == "by" && brokerParticiple(toks[i-1].low) && m.p.Code != "045" {
			// "agreed to a ceasefire brokered by the United States and
			// Saudi Arabia": the brokers mediate; they are no party of
			// the agreement
			break
		}
		if i >= m.end && (t.low == "for" || t.low == "of") && i+1 < len(toks) && actorAt[i+1] < 0 && chargeWord(toks[i+1].low) && punishedBefore(toks, i) {
			// "jailed a man for two years for helping young militants",
			// "sentenced a man to death for spying for Israel": the
			// charge is no object of the punishment (as chargeReason
			// keeps it from being an act)
			break
		}
		if t.is(wcRightStop) && (i > from || subordinators.Has(t.low) || t.low == "since") {
			break // ("their first summit since the two countries broke with ECOWAS": no party of the summit)
		}
		if t.low == "," {
			if i+1 < len(toks) && actorAt[i+1] >= 0 && acts[actorAt[i+1]].t0 == i+1 && acts[actorAt[i+1]].person && appositiveHead(toks, actorAt, m.end, i) &&
				appositiveEnd(toks, acts[actorAt[i+1]].t1) && !c.petrarch() {
				// "congratulated his successor, Bola Tinubu": the person
				// in apposition names the object
				return conj(toks, acts, actorAt, actorAt[i+1])
			}
			if i >= m.end && !c.petrarch() && nounListComma(toks, actorAt, i) {
				continue // "delivered emergency food, water and medical supplies to Vanuatu": one list of goods
			}
			break // a new clause or an attribution ("…, a senior official said")
		}
		if dashClause(toks, i) {
			break // "puts some blame on his critics -- and supports president Bush": a new clause
		}
		if t.low == "to" && i >= m.end && i+1 < len(toks) && actorAt[i+1] < 0 && !toks[i+1].punct && !toks[i+1].upper && cameo.Root(m.p.Code) != "14" &&
			!compoundAdjective(toks[i+1].low) &&
			!toks[i+1].is(wcDeterminer) && !isModifier(toks[i+1].low) && (!strings.HasSuffix(toks[i+1].low, "s") || strings.HasSuffix(toks[i+1].low, "ss")) {
			// "meet in Zurich to discuss Syria": an infinitive of purpose
			// starts a new predicate whose object is no party (but a
			// protest "to demand X's resignation" is aimed at X)
			break
		}
		if i > m.end && strings.HasSuffix(t.low, "ing") && len(t.low) > 5 && !ingPreps.Has(t.low) && toks[i-1].low == "and" {
			// "signed decrees tightening gun controls and reviving the
			// Amazon Fund": a coordinated participle starts a new
			// predicate
			break
		}
	}
	if generic >= 0 && loc >= 0 && acts[generic].t0 < acts[loc].t0 && afterGeneric(m.p) {
		// "killed 12 people at a market in Mogadishu": in coercion and
		// violence the direct object is the victim, the place is where
		return conj(toks, acts, actorAt, generic)
	}
	if loc >= 0 {
		return conj(toks, acts, actorAt, loc)
	}
	if generic >= 0 {
		return conj(toks, acts, actorAt, generic)
	}
	return nil
}

// prepBetween reports a preposition among tokens [from,to).
func prepBetween(toks []tok, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].is(wcPreposition) {
			return true
		}
	}
	return false
}

// reducedRelative reports a participle at token i that opens a reduced
// relative clause after a noun: "accused of", "arrested by", "based
// in", or an -ing form ("plotting", "carrying").
func reducedRelative(toks []tok, i int) bool {
	w := toks[i].low
	if toks[i].punct || toks[i].upper || i+1 >= len(toks) {
		return false
	}
	switch w {
	case "targeting", "targetting", "hitting", "aimed", "directed", "targeted":
		return false // "strikes targeting Hamas positions": the verb's own target
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 && !ingPreps.Has(w) {
		return true
	}
	if !strings.HasSuffix(w, "ed") && !pastParticiple.Has(w) {
		return false
	}
	switch toks[i+1].low {
	case "of", "by", "for", "with", "in", "on", "to":
		return true
	}
	return false
}

// passiveAgentAfterNoun reports a past participle at token i followed
// by "by", right after a common noun that is no actor ("systems lent by
// Germany", "tanks supplied by the United States"): a reduced passive
// relative, whose agent acts in it.
func passiveAgentAfterNoun(toks []tok, actorAt []int, i int) bool {
	if i+1 >= len(toks) || toks[i+1].low != "by" || actorAt[i-1] >= 0 {
		return false
	}
	p, w := &toks[i-1], toks[i].low
	if p.punct || p.upper || p.is(wcBeForm) || p.is(wcPreposition) || p.is(wcDeterminer) || toks[i].upper {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastParticiple.Has(w) || lentLike.Has(w)
}

// lentLike are irregular past participles of giving and making that
// open a reduced passive before "by" and are not in pastParticiple.
var lentLike = wordset.Of("lent given made paid won written drawn driven")

// compoundAdjective reports a hyphenated adjective ending in a
// participle: "earthquake-hit", "war-torn", "flood-stricken",
// "drought-affected" ("aid to earthquake-hit Turkey" is no infinitive).
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	last := w[i+1:]
	return isParticiple(last) || last == "hit" || last == "torn" || last == "struck" || last == "ravaged"
}

// afterGeneric reports codes whose target, once an actor noun ("fired at
// protesters", "killed 12 people") has been named as the object, is never
// a place named after it: coercion and violence (17–20) and protest.
// Mobilisation and visits keep the place ("deployed troops near
// Ukraine", "visited troops in Iraq").
func afterGeneric(p *Pattern) bool {
	if p.Flags&FlagVisit != 0 {
		return false
	}
	r := cameo.Root(p.Code)
	return r == "14" || r >= "17" && r <= "20"
}

// locPrepBefore returns the locative preposition (in, at, near …)
// governing the actor starting at t0, directly or past a determiner and
// modifiers ("near the parliament"), or -1.
func (c *Coder) locPrepBefore(toks []tok, t0 int) int {
	if p := c.prepBefore(toks, t0); p >= 0 && locPreps.Has(toks[p].low) {
		return p
	}
	return -1
}

// placeIsWhere reports whether the token starting at byte start opens a
// place after a locative preposition ("in Mopti", "in the central region
// of Mopti"), not a place used for its state ("acting against Moscow").
func (c *Coder) placeIsWhere(toks []tok, start int) bool {
	for i := range toks {
		if toks[i].start != start {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if toks[k].punct {
				return false
			}
			if locPreps.Has(toks[k].low) {
				return true
			}
			if toks[k].low != "of" && toks[k].is(wcPreposition) {
				return false // "against Moscow"
			}
		}
		return false
	}
	return false
}

// placeIsDestination reports whether the place mention starting at
// byte start follows "to" or "into" (an article may stand between):
// where someone is sent, not where the event's people live.
func placeIsDestination(toks []tok, start int) bool {
	w := wordBeforePlace(toks, start)
	return w == "to" || w == "into"
}

// wordBeforePlace returns the lower-case word before the place mention
// starting at byte start, past an article ("from the Netherlands" gives
// "from"), or "" when there is none.
func wordBeforePlace(toks []tok, start int) string {
	for i := range toks {
		if toks[i].start != start {
			continue
		}
		k := i - 1
		if k >= 0 && toks[k].low == "the" {
			k--
		}
		if k < 0 {
			return ""
		}
		return toks[k].low
	}
	return ""
}

// passiveAgent returns the actor after "by" following a passive trigger
// ("was struck by Israel"), or -1.
func (c *Coder) passiveAgent(toks []tok, acts []actor, actorAt []int, m match) (int, bool) {
	if m.start < m.head && m.p.Flags&FlagNominal == 0 && isParticiple(toks[m.start].low) {
		// "those freed by Moscow were … journalist X", "were shot dead
		// by troops": the verb that anchors the pattern is the
		// participle, its trigger a word after it
		m.head, m.headEnd = m.start, m.start+1
	}
	passive := false
	for i := m.head - 1; i >= 0 && i >= m.head-6; i-- {
		if toks[i].low == "to" && i == m.head-1 {
			break // "are seeking to deepen", "were ready to open": an infinitive
		}
		if toks[i].low == "have" && i == m.head-1 && i > 0 && toks[i-1].low == "to" {
			break // "is believed to have attacked": a perfect infinitive, active
		}
		if toks[i].is(wcBeForm) {
			passive = true
			break
		}
		if actorAt[i] >= 0 && i == m.head-1 && gappedPassive(toks, acts, actorAt, actorAt[i]) {
			passive = true // "26 were killed and more than 3,000 people detained"
			break
		}
		if actorAt[i] >= 0 || toks[i].punct {
			break
		}
		if toks[i].low == "and" && activeObject(toks, actorAt, m.headEnd) {
			break // "said it was disappointed and urged countries to …": an active verb with its object
		}
		if toks[i].low == "and" && i == m.head-1 && conjoinedPassive(toks, actorAt, i) {
			passive = true // "was arrested on June 12 and charged with treason"
			break
		}
		// "was brutally beaten and executed": only adverbs, "and" and
		// another participle may stand between
		if w := toks[i].low; i < m.head-3 && w != "and" && !isParticiple(w) && !strings.HasSuffix(w, "ly") {
			break
		}
	}
	if !passive && m.p.Flags&FlagPassive == 0 {
		// "a deal brokered by China": a participle followed by "by"
		if m.headEnd < len(toks) && toks[m.headEnd].low == "by" && strings.HasSuffix(toks[m.head].low, "ed") && m.head == m.start {
			passive = true
		} else {
			return -1, false
		}
	}
	if w := toks[m.head].low; m.p.Flags&FlagPassive == 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "wn") && !toks[m.head].is(wcPastParticiple) {
		return -1, false // a passive frame needs no participle: "is under arrest"
	}
	stative := statives.Has(toks[m.head].low) // passive only with a "by" agent
	if ai := c.byAgent(toks, acts, actorAt, &m); ai >= 0 {
		return ai, true
	}
	if stative {
		return -1, false // "Israel is opposed to …": the subject's stance
	}
	return -1, true
}

// conjoinedPassive reports whether the conjunct before "and" at i is a
// passive participle after a form of "be", with an adverbial between it
// and the "and" ("was arrested on June 12 and charged", "were detained
// in Harare and charged"): the participle after "and" shares its passive
// subject. An actor or punctuation ends the search.
func conjoinedPassive(toks []tok, actorAt []int, i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].punct || actorAt[k] >= 0 && !toks[k].upper {
			return false
		}
		if isParticiple(toks[k].low) && strings.HasSuffix(toks[k].low, "ed") {
			b := k - 1
			if b >= 1 && strings.HasSuffix(toks[b].low, "ly") {
				b-- // "was briefly detained"
			}
			return toks[b].is(wcBeForm)
		}
	}
	return false
}

// gappedPassive reports whether actor ai, right before a participle,
// opens the second conjunct of a passive whose auxiliary is left out:
// "and", a count, then the actor ("26 people have been killed and more
// than 3,000 people detained", "ten soldiers were killed and 40
// protesters arrested"). The actor is then the participle's patient.
func gappedPassive(toks []tok, acts []actor, actorAt []int, ai int) bool {
	if ai < 0 || ai >= len(acts) {
		return false
	}
	k := acts[ai].t0 - 1
	count := false
	for ; k >= 1 && k >= acts[ai].t0-5; k-- {
		w := toks[k].low
		if w != "" && '0' <= w[0] && w[0] <= '9' || w == "," && count {
			count = true
			continue
		}
		switch w {
		case "more", "than", "at", "least", "about", "some", "nearly", "over", "almost", "around":
			continue
		}
		break
	}
	if k < 1 || toks[k].low != "and" {
		return false
	}
	if !count && !(acts[ai].t0 < len(toks) && '0' <= toks[acts[ai].t0].low[0] && toks[acts[ai].t0].low[0] <= '9') {
		return false // "police were attacked and protesters detained" may be active: only counts
	}
	return conjoinedPassive(toks, actorAt, k)
}

// activeObject reports a direct object at token i, after a verb
// coordinated with "and" behind a form of "be": a determiner not
// opening a time phrase ("urged the council", but "was arrested and
// charged the next day"), an actor that is no place, or a bare plural
// noun before "to" ("urged countries to keep"). A passive participle
// takes no such object ("was arrested and charged with murder").
func activeObject(toks []tok, actorAt []int, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	switch {
	case actorAt[i] >= 0:
		return !t.is(wcPreposition)
	case t.is(wcDeterminer) && t.low != "that":
		if i+1 < len(toks) {
			switch toks[i+1].low {
			case "next", "following", "same", "previous", "day", "week", "month", "year", "night", "morning", "evening":
				return false
			}
		}
		return true
	case !t.punct && !t.upper && strings.HasSuffix(t.low, "s") && i+1 < len(toks) && toks[i+1].low == "to":
		return !t.is(wcPreposition) && !t.is(wcBeForm)
	}
	return false
}

// beFormBetween reports a form of "be" among tokens [from,to): the main
// verb of another clause ("imprisoned for … were released … by Putin").
func beFormBetween(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].is(wcBeForm) {
			return true
		}
	}
	return false
}

// byAgent returns the actor after "by" (or "from" for passive frames and
// violence) following match m, within its clause, or -1: "seized in Iraq
// by militants", "by Iran-backed militants".
func (c *Coder) byAgent(toks []tok, acts []actor, actorAt []int, m *match) int {
	from := m.end
	if m.headEnd < m.end && toks[m.headEnd].low == "by" {
		from = m.headEnd // "are accused by Ukraine of shelling": the agent inside the pattern's gap
	}
	openBy := -1 // a "by" whose agent is no actor ("by more than 100 countries")
	for i := from; i < len(toks) && i < m.end+30; i++ {
		if isHardStop(&toks[i]) {
			break
		}
		if relativeBe(toks, i) {
			break // "freed in a swap that was brokered by Turkey": the relative clause's agent
		}
		if openBy >= 0 && toks[i].low == "including" && i <= openBy+8 {
			if ai := includedAgent(toks, actorAt, i); ai >= 0 {
				return ai // "by about 100 countries, including the United States": one of them
			}
		}
		if i >= m.end+8 && toks[i].low != "by" {
			continue // far off, only "by" ("accused of misusing funds …, by officials")
		}
		if toks[i].low == "by" && i > 0 && toks[i-1].low == "not" {
			continue // "but not by Serbia, Russia or China": they did not act
		}
		if toks[i].low == "by" && !c.petrarch() && organisedGathering(toks, i) {
			continue // "were deployed ahead of a rally called by the opposition": the rally's organiser
		}
		if toks[i].low == "by" && !c.petrarch() && temporalNounBy(toks, actorAt, i) {
			continue // "killed … since a visit by the Indian prime minister": the visitor's "by"
		}
		if toks[i].low == "by" && i+1 < len(toks) && actorAt[i+1] < 0 {
			openBy = i
		}
		if (toks[i].low == "by" || (m.p.Flags&FlagPassive != 0 || fromOrigin(m.p.Code)) && toks[i].low == "from") && i+1 < len(toks) {
			for j, lim := i+1, i+3; j < len(toks) && j <= lim; j++ {
				if actorAt[j] < 0 && toks[j].is(wcPreposition) {
					break // "by bandits in Zamfara": the place is where, not who
				}
				if actorAt[j] < 0 && lim < i+7 && j+1 < len(toks) && toks[j+1].low == "of" && memberNouns.Has(toks[j].low) {
					j, lim = j+1, lim+3
					continue // "by members of the Rapid Support Forces": the group's people
				}
				if actorAt[j] < 0 && lim < i+7 && titleWords.Has(toks[j].low) {
					lim++ // "by jailed former prime minister X": the title's holder
					continue
				}
				if ai := actorAt[j]; ai >= 0 {
					if hyphenModified(toks, &acts[ai]) {
						j, lim = acts[ai].t1-1, lim+1
						continue // "by Iran-backed militants": the militants did it
					}
					if h := orgTitleHolder(toks, acts, actorAt, ai); h >= 0 {
						return h // "mediated by former U.N. Secretary-General Kofi Annan": Annan
					}
					return ai
				}
			}
		}
	}
	return -1
}

// fromOrigin reports codes whose passive "from X" names who did it:
// rockets "were fired from Gaza", shells "were launched from Syrian
// territory" (violence, roots 18–20). An abduction's "from" is where
// the victim was taken: "a British woman was abducted from the Lamu
// archipelago".
func fromOrigin(code string) bool {
	r := cameo.Root(code)
	return r >= "18" && r <= "20" && code != "181"
}

// attackOwnerAfter returns the owner of the attack in which the victims
// of a passive harm verb fell: "were killed in Israeli tank shelling",
// "died in a Russian air strike", "wounded in Hamas's rocket attack" (a
// demonym or possessive actor before an attack noun, after "in"), or -1.
func attackOwnerAfter(toks []tok, acts []actor, actorAt []int, m *match) int {
	if cameo.QuadClass(m.p.Code) != 4 {
		return -1
	}
	if ai := clashOpponent(toks, acts, actorAt, m); ai >= 0 {
		return ai // "killed in a clash with Chinese troops"
	}
	for i := m.headEnd; i < len(toks) && i <= m.headEnd+2; i++ {
		if toks[i].low != "in" && toks[i].low != "during" && toks[i].low != "by" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			ai := actorAt[j]
			if ai < 0 {
				if toks[j].punct || !toks[j].is(wcDeterminer) && !strings.HasSuffix(toks[j].low, "ed") {
					break
				}
				continue
			}
			a := &acts[ai]
			if a.place || !a.demonym && !a.poss && !a.agentNoun && !a.generic {
				// "killed in an Iraq attack": a country's name before
				// the noun is where it happened; "Israeli", "Hamas's",
				// "Syrian army" name who did it
				return -1
			}
			for k := a.t1; k < len(toks) && k <= a.t1+3; k++ {
				if toks[k].punct {
					break
				}
				if attackNouns.Has(toks[k].low) {
					return ai
				}
			}
			return -1
		}
	}
	return -1
}

// attackNouns name an armed attack: the weapons' owner did the harm.
var attackNouns = wordset.FromMap(map[string]bool{"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "air": true,
	"shelling": true, "bombardment": true, "bombing": true, "bombings": true, "attack": true, "attacks": true,
	"raid": true, "raids": true, "fire": true, "gunfire": true, "offensive": true, "assault": true, "barrage": true,
	"drone": true, "rocket": true, "rockets": true, "missile": true, "missiles": true, "artillery": true, "tank": true})

// statives are participles that after "be" describe the subject's own
// stance: "Israel is opposed to", "is committed to".
var statives = wordset.FromMap(map[string]bool{"opposed": true, "committed": true, "determined": true, "prepared": true, "concerned": true,
	"worried": true, "engaged": true, "involved": true, "interested": true, "dedicated": true, "pleased": true, "disappointed": true,
	"alarmed": true, "satisfied": true, "convinced": true})

// isParticiple reports a past participle form: -ed, -en, -wn or an
// irregular one.
func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || pastParticiple.Has(w)
}

var pastParticiple = wordset.FromMap(map[string]bool{"struck": true, "shot": true, "hit": true, "held": true, "met": true, "sent": true,
	"led": true, "fought": true, "brought": true, "sought": true, "cut": true, "put": true, "set": true, "slain": true,
	"beaten": true, "stricken": true, "told": true, "caught": true, "bought": true, "sold": true, "built": true, "kept": true})

// reducedPassive reports a trigger that is a past participle right
// after the noun it modifies and before its agent's "by" ("citizens
// abducted by North Korea", "a journalist killed by soldiers").
func reducedPassive(toks []tok, acts []actor, m *match) bool {
	h := m.head
	if h != m.start || h < 1 || h+1 >= len(toks) || toks[h+1].low != "by" || !isParticiple(toks[h].low) {
		return false
	}
	return insideActor(acts, h-1) || plainNoun(&toks[h-1])
}

// betweenPair reports an actor starting at token t0 that closes a
// "between X and Y" (or "among") phrase: left of it lie only actors,
// possessives, determiners, capitalised words and one "and" before
// "between".
func betweenPair(toks []tok, actorAt []int, t0 int) bool {
	ands := 0
	for k := t0 - 1; k >= 0 && k >= t0-12; k-- {
		t := &toks[k]
		switch {
		case t.low == "between" || t.low == "among":
			return ands == 1
		case t.low == "and":
			ands++
			if ands > 1 {
				return false
			}
		case actorAt[k] >= 0 || t.low == "'s" || t.is(wcDeterminer) || t.upper && !t.punct:
		default:
			return false
		}
	}
	return false
}

// commaVerbObject returns the past verb whose object actor a is when a
// ends the first verb phrase of a comma list of past verbs whose next
// member is trigger m ("seized tanks and helicopters late on Friday,
// bombed …"), or -1. Between the verb and a lie at most determiners,
// numbers and possessive pronouns; between a and the comma before the
// trigger only words that are no verb, relative or report word.
func commaVerbObject(toks []tok, actorAt []int, a *actor, m *match) int {
	c := m.start - 1
	if c < 1 || toks[c].low != "," || c < a.t1 || c-a.t1 > 6 || !pastVerb(&toks[m.start]) && !toks[m.start].is(wcIrregular) {
		return -1
	}
	for k := a.t1; k < c; k++ {
		t := &toks[k]
		if t.punct || actorAt[k] >= 0 || pastVerb(t) || t.is(wcIrregular|wcReportVerb|wcBeForm) || subordinators.Has(t.low) {
			return -1
		}
	}
	v := a.t0 - 1
	for v >= 0 && a.t0-v <= 3 && (toks[v].is(wcDeterminer|wcPossPronoun) || toks[v].low != "" && toks[v].low[0] >= '0' && toks[v].low[0] <= '9') {
		v--
	}
	if v < 1 || actorAt[v] >= 0 || !pastVerb(&toks[v]) && !toks[v].is(wcIrregular) || toks[v].is(wcReportVerb) {
		return -1
	}
	return v
}

// coordSubject returns the actor opening the clause of a past verb
// coordinated by "and" with no subject of its own ("Belarus forced …
// and arrested …"), or -1: the clause starts the sentence (or follows a
// hard stop), its first words are that actor (past determiners and
// modifiers), and a past verb follows the actor at once.
func coordSubject(toks []tok, acts []actor, actorAt []int, m *match) int {
	i := m.start - 1
	for i >= 0 && (toks[i].is(wcHypo|wcNegator) || toks[i].low == "also" || toks[i].low == "then" || toks[i].low == "later") {
		i--
	}
	if i >= 1 && perfectAux(toks[i].low) && toks[i-1].low == "and" {
		i-- // "allowed Russian forces to use its territory and has agreed to …": a finite verb of the main clause
	}
	if i < 1 || toks[i].low != "and" || !pastVerb(&toks[m.start]) && !toks[m.start].is(wcIrregular) {
		return -1
	}
	cs := 0
	for k := i - 1; k >= 0; k-- {
		if isHardStop(&toks[k]) || subordinators.Has(toks[k].low) {
			cs = k + 1
			break
		}
	}
	if cs >= 2 && toks[i-1].low == "," && subordinators.Has(toks[cs-1].low) && toks[cs-1].low != "who" && toks[cs-1].low != "which" {
		// "ECOWAS suspended the three countries after coups in Mali …,
		// Burkina Faso … and Niger in July 2023, and threatened …": a
		// ", and" verb after an adjunct coordinates with the main verb
		if ai := leadSubject(toks, acts, actorAt, cs-1); ai >= 0 {
			return ai
		}
	}
	if cs == 1 && subordinators.Has(toks[0].low) && toks[i-1].low != "," {
		// "After the newspaper wrote about the bill, Cox pulled it and
		// said …": the opening clause ends at its comma; the main
		// clause's subject comes after it
		for k := cs; k < i-1; k++ {
			if toks[k].low == "," {
				cs = k + 1
				break
			}
		}
	}
	if nounRelativeBefore(toks, i) && !(cs >= 2 && toks[cs-1].low == "who" && actorAt[cs-2] >= 0) {
		return -1 // ("attacks that shook the capital and killed 56": the attacks killed)
	}
	if cs >= 2 && (toks[cs-1].low == "who" || toks[cs-1].low == "which") {
		// "militants who purportedly killed two hostages and threatened
		// to kill a Briton": the relative pronoun's antecedent is the
		// subject of both verbs
		j := cs - 2
		if toks[j].low == "," && j > 0 {
			j--
		}
		if ai := actorAt[j]; ai >= 0 && !acts[ai].place {
			return ai
		}
	}
	for k := cs; k < i && k < cs+6; k++ {
		if ai := actorAt[k]; ai >= 0 {
			a := &acts[ai]
			if a.place || a.t1 >= i || !pastVerb(&toks[a.t1]) && !toks[a.t1].is(wcIrregular) {
				return -1
			}
			return ai
		}
		if !toks[k].is(wcDeterminer) && !isModifier(toks[k].low) && !(toks[k].upper && !toks[k].punct && k+1 < i && (toks[k+1].upper || actorAt[k+1] >= 0)) {
			// (a run of capitalised words before the actor is its
			// title: "Laurel County Judge-Executive Lawrence Kuhl fired
			// Reams … and asked him to leave"; not "As the gunman …")
			return -1
		}
	}
	return -1
}

// subordinateSubject reports a trigger coordinated by "and" with the
// verb of an adverbial clause that has a subject of its own: "ordered
// the media to support them, a day after tanks rolled through Bangkok
// and toppled Thaksin" — the tanks toppled him, not the main clause's
// subject or the previous trigger's (coordSubject finds them).
func subordinateSubject(toks []tok, actorAt []int, m *match) bool {
	i := m.start - 1
	for i >= 0 && (toks[i].is(wcHypo|wcNegator) || toks[i].low == "also" || toks[i].low == "then" || toks[i].low == "later") {
		i--
	}
	if i < 2 || toks[i].low != "and" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if isHardStop(&toks[k]) || toks[k].low == "," {
			return false
		}
		if w := toks[k].low; w != "who" && w != "which" && subordinators.Has(w) {
			n := k + 1
			if n < i && toks[n].is(wcDeterminer) {
				n++
			}
			return n < i && actorAt[n] >= 0
		}
	}
	return false
}

// purposeInfinitive reports a trigger in an infinitive of purpose after
// the object of a past verb ("stormed the Mexican embassy in Quito to
// arrest …", "sent troops to the border to deter …"): no verb of asking,
// ordering or allowing ("urged X to", "forced X to") governs it.
func purposeInfinitive(toks []tok, actorAt []int, m *match) bool {
	if m.start < 3 || toks[m.start-1].low != "to" {
		return false
	}
	o := m.start - 2
	if o >= 3 && weekdays.Has(toks[o].low) && toks[o-1].low == "on" {
		o -= 2 // "telephoned Burjanadze on Monday to offer support"
	}
	if actorAt[o] < 0 && !plainNoun(&toks[o]) {
		return false
	}
	for i := o; i >= 0 && i >= m.start-12; i-- {
		t := &toks[i]
		if t.punct || t.is(wcRightStop) {
			return false
		}
		if actorAt[i] >= 0 {
			continue
		}
		if controlVerb(t.low) || t.is(wcAppeal) && !phoneCall(toks, i) {
			return false
		}
		if pastVerb(t) && !t.is(wcReportVerb) && (i == 0 || !toks[i-1].is(wcDeterminer)) && toks[i+1].low != "by" {
			return i+1 < m.start-1 && (actorAt[i+1] >= 0 || toks[i+1].is(wcDeterminer))
		}
	}
	return false
}

// phoneCall reports a form of "call" at i whose object, a name or a
// person's pronoun, follows at once ("called Assad on Tuesday to offer
// help", "called his Turkish counterpart to discuss"): a telephone call,
// whose infinitive is the caller's purpose, not an appeal ("called on X
// to", "called for X to").
func phoneCall(toks []tok, i int) bool {
	switch toks[i].low {
	case "called", "calls", "calling":
		if i+1 >= len(toks) {
			return false
		}
		switch n := &toks[i+1]; n.low {
		case "him", "her", "them", "his", "their":
			return true
		default:
			return n.upper && !n.punct
		}
	}
	return false
}

// controlVerb reports verbs whose object does what the infinitive after
// it says: "forced X to leave", "allowed X to enter", "ordered X to".
func controlVerb(w string) bool {
	for _, stem := range []string{"forc", "allow", "order", "permit", "authori", "enabl", "persuad", "convinc", "help", "told",
		"tell", "instruct", "direct", "compel", "oblig", "pressur", "advis", "warn", "invit", "expect", "requir", "let", "mak", "made", "cause"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// sharedSubject returns the sources of the previous trigger when this one
// is coordinated with it without a subject of its own: "condemned the
// attack and promised aid".
func (c *Coder) sharedSubject(toks []tok, m *match, prev []int) []int {
	if prev == nil {
		return nil
	}
	if !c.petrarch() && listedVerb(toks, m) {
		return prev // "released prisoners, lifted the state of emergency and pledged …"
	}
	for i := m.start - 1; i >= 0 && i >= m.start-5; i-- {
		switch w := toks[i].low; {
		case i < m.start-3 && w != "and" && w != "but" && w != "then" && !hedgedInfinitive(toks, i, m.start):
			return nil // (beyond three words only a hedge: "and was believed to have urged")
		case w == "and" || w == "but" || w == "then":
			if w == "then" && i > 0 && (toks[i-1].low == "who" || toks[i-1].low == "which") {
				return nil // "Rajapaksa, who then flew on to Singapore": the relative's antecedent flew
			}
			if w == "then" && i > 0 && !toks[i-1].punct && toks[i-1].low != "and" && toks[i-1].low != "but" {
				return nil // "but General X then urged him": "then" after a subject of its own joins nothing
			}
			if nounRelativeBefore(toks, i) {
				return nil // "attacks that shook the capital and killed 56": the attacks killed
			}
			if w == "and" && i > 1 && toks[i-1].low == "," && !c.petrarch() && adverbialClauseBefore(toks, i-1) {
				return nil // "who took power after Gaddafi was killed, and promised": not Gaddafi
			}
			return prev
		case toks[i].is(wcHypo|wcNegator|wcBeForm) || w == "has" || w == "have" || w == "had" || w == "also" || w == "later":
			continue
		case hedgedInfinitive(toks, i, m.start):
			continue
		default:
			return nil
		}
	}
	return nil
}

// listedVerb reports a past verb after a comma in a list of verb
// phrases that "and" and another past verb close: in "Abiy released
// thousands of prisoners, lifted a state of emergency and pledged
// reforms" the middle verb shares the first one's subject, not the
// nearest noun ("prisoners").
func listedVerb(toks []tok, m *match) bool {
	i := m.start - 1
	for i >= 0 && (toks[i].low == "also" || toks[i].low == "then") {
		i--
	}
	if i < 1 || toks[i].low != "," || !pastVerb(&toks[m.start]) && !toks[m.start].is(wcIrregular) {
		return false
	}
	// the phrase before the comma is the list's previous verb phrase:
	// it holds an active past verb ("to be printed out, signed and
	// delivered" lists participles) and opens no relative or adverbial
	// clause ("X, whose government hosted the talks, welcomed …")
	verb := false
	for k := i - 1; k >= 0 && toks[k].low != ","; k-- {
		if isHardStop(&toks[k]) {
			break
		}
		if subordinators.Has(toks[k].low) || toks[k].low == "whose" {
			return false
		}
		if !verb && (pastVerb(&toks[k]) || toks[k].is(wcIrregular)) {
			if k > 0 && (toks[k-1].is(wcBeForm) || toks[k-1].low == "to") {
				return false
			}
			verb = true
		}
	}
	if !verb {
		return false // "X and another man, Y, abducted Z and drove …": an appositive's comma
	}
	for k := m.start + 1; k+1 < len(toks); k++ {
		if isHardStop(&toks[k]) || subordinators.Has(toks[k].low) {
			return false
		}
		if toks[k].low != "and" {
			continue
		}
		n := k + 1
		for n+1 < len(toks) && (toks[n].low == "also" || toks[n].low == "then") {
			n++
		}
		return pastVerb(&toks[n]) || toks[n].is(wcIrregular)
	}
	return false
}

// hedgedInfinitive reports whether token i lies in a hedge that ends
// right before the trigger at start: "was believed to have", "is said
// to have", "were reported to", with only a be-form or "have" after
// "to". A verb after "and was believed to have" shares the subject as
// a bare verb does.
func hedgedInfinitive(toks []tok, i, start int) bool {
	to := i
	for to < start && toks[to].low != "to" {
		to++
	}
	if to == start || to < 2 || !hedgeParticiples.Has(toks[to-1].low) || !toks[to-2].is(wcBeForm) || i < to-2 {
		return false
	}
	for k := to + 1; k < start; k++ {
		if w := toks[k].low; w != "have" && w != "be" && w != "been" {
			return false
		}
	}
	return true
}

// hedgeParticiples are the participles of "was believed to have …".
var hedgeParticiples = wordset.Of("believed thought said reported understood alleged expected rumoured rumored")

// adverbialClauseBefore reports a clause opened by "after", "before",
// "when" or "since" that runs up to the comma at comma, with no comma in
// it: the coordinated verb after ", and" shares the main clause's
// subject, not the adverbial clause's ("took power after Gaddafi was
// captured and killed, and promised elections").
func adverbialClauseBefore(toks []tok, comma int) bool {
	for i := comma - 1; i >= 0 && i >= comma-12; i-- {
		if toks[i].punct {
			return false
		}
		switch toks[i].low {
		case "after", "before", "when", "since":
			return i+1 < comma-1
		}
	}
	return false
}

// nominalSource returns the actor owning a nominal trigger: "Israel's
// strikes", "Israeli strikes", "strikes by Israel".
func (c *Coder) nominalSource(toks []tok, acts []actor, actorAt []int, m *match) ([]int, bool) {
	perceived := false
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		if ai := actorAt[i]; ai >= 0 {
			if acts[ai].place {
				break
			}
			return conj(toks, acts, actorAt, ai), true
		}
		if toks[i].punct || toks[i].is(wcPreposition) || toks[i].is(wcRightStop) || toks[i].is(wcDeterminer) && toks[i].low != "'s" {
			break
		}
		if perceptionVerbs.Has(toks[i].low) {
			// "residents reported heavy air strikes", "witnesses heard
			// gunfire": who reports or perceives an attack is no owner
			perceived = true
			break
		}
	}
	if !perceived && !c.petrarch() && learnedOf(toks, m.start) {
		// "the two learned of a meeting of the leaders of Brazil and
		// China": not theirs, nor the earlier act's subject's
		return nil, true
	}
	if intransitiveNouns.Has(toks[m.head].low) && m.headEnd+1 < len(toks) && toks[m.headEnd].low == "of" {
		// "a pullout of Israeli forces", "the visit of Iran's
		// president": the one who withdraws or visits follows "of"
		for j := m.headEnd + 1; j < len(toks) && j <= m.headEnd+3 && !toks[j].punct; j++ {
			if ai := actorAt[j]; ai >= 0 && !acts[ai].place && acts[ai].country != "" && !acts[ai].agentBefore {
				return conj(toks, acts, actorAt, ai), true
			}
		}
	}
	for i := m.headEnd; i < len(toks) && i < m.end+8; i++ {
		if isHardStop(&toks[i]) {
			break
		}
		if toks[i].is(wcBeForm) && i > m.headEnd && !c.petrarch() && otherPassive(toks, i) {
			break // "the shelling of Kyiv was condemned by Guterres": the verb's agent, not the shelling's
		}
		if toks[i].low == "by" && i > m.headEnd && brokerParticiple(toks[i-1].low) && !c.petrarch() {
			// "talks mediated by Poland, Lithuania and the EU": the
			// brokers mediate the talks; they hold none with each other
			break
		}
		if toks[i].low == "by" || toks[i].low == "from" && cameo.QuadClass(m.p.Code) == 4 {
			// "attacks by proxies aligned with Tehran's Revolutionary
			// Guards", "rocket fire from Gaza"
			for j := i + 1; j < len(toks) && j <= i+6 && !toks[j].punct; j++ {
				if ai := actorAt[j]; ai >= 0 {
					return conj(toks, acts, actorAt, ai), true
				}
			}
		}
	}
	// "X launched/carried out strikes on Y" is coded by its verb pattern;
	// a bare nominal takes the clause subject as its owner, with less
	// confidence (not the one who perceived it).
	if perceived {
		return nil, false
	}
	return c.subject(toks, acts, actorAt, m), false
}

// citeVerbs name something as evidence or a reason: a nominal act
// after them ("citing the release of prisoners", "pointing to the
// withdrawal of troops") is no act of their subject.
var citeVerbs = wordset.Of("cite cites cited citing invoke invokes invoked invoking mention mentions mentioned mentioning " +
	"point points pointed pointing refer refers referred referring")

// citedNominal reports whether the nominal of m is the object of a verb
// of citing (past a determiner, modifiers and the "to" of "pointing to").
func citedNominal(toks []tok, actorAt []int, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		t := &toks[i]
		if t.punct || actorAt[i] >= 0 || t.low == "and" || t.low == "or" {
			return false
		}
		if citeVerbs.Has(t.low) {
			return true
		}
		if t.is(wcPreposition) && t.low != "to" {
			return false
		}
	}
	return false
}

// otherPassive reports a form of "be" at i followed (past an adverb) by
// a participle that is no verb of carrying out ("was condemned by",
// "were repelled by"): its "by" names the verb's agent, not the owner
// of a nominal before it ("was carried out by" still names the owner).
func otherPassive(toks []tok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		w := toks[j].low
		if toks[j].is(wcBeForm) || strings.HasSuffix(w, "ly") {
			continue // "has been", "was strongly"
		}
		return isParticiple(w) && !carriedOutVerbs.Has(w)
	}
	return false
}

// pressureFrom reports an actor at i after "pressure(s) from (the)":
// the one who presses ("under pressure from the United States").
func pressureFrom(toks []tok, i int) bool {
	j := i - 1
	if toks[j].low == "the" {
		j--
	}
	return j >= 1 && toks[j].low == "from" && (toks[j-1].low == "pressure" || toks[j-1].low == "pressures")
}

// carriedOutVerbs are participles whose "by" names who did the act a
// noun before them names: "the attack was carried out by al-Shabaab".
var carriedOutVerbs = wordset.Of("carried conducted launched claimed staged mounted perpetrated committed ordered planned orchestrated " +
	"masterminded organised organized led executed directed initiated undertaken done made fired")

// perceptionVerbs report what someone saw or heard: their object is
// no act of theirs.
var perceptionVerbs = wordset.FromMap(map[string]bool{"heard": true, "hear": true, "hears": true, "saw": true, "see": true, "sees": true,
	"witnessed": true, "witness": true, "described": true, "describe": true, "describes": true, "recounted": true,
	"recalled": true, "watched": true, "filmed": true, "documented": true, "feared": true, "fear": true, "fears": true,
	"report": true, "reports": true, "reported": true, "reporting": true})

// temporalNounBy reports a "by" at i that names the agent of a
// peaceful act named by a noun in a time phrase before it ("since a visit
// by the prime minister", "after a speech by Putin"): the noun right
// before "by" is such an act and, up to three words back with no actor
// or punctuation between, "since", "after", "before" or "following"
// opens the phrase. That agent did not do the clause's act ("after an
// attack by militants" keeps its agent: no such noun).
func temporalNounBy(toks []tok, actorAt []int, i int) bool {
	switch toks[i-1].low {
	case "visit", "visits", "arrival", "speech", "statement", "announcement", "decision", "meeting", "election",
		"vote", "ruling", "remarks", "comments", "trip", "tour", "report", "call":
	default:
		return false
	}
	for k := i - 2; k > 0 && k >= i-4; k-- {
		if actorAt[k] >= 0 || toks[k].punct {
			return false
		}
		switch toks[k].low {
		case "since", "after", "before", "following":
			return true
		}
	}
	return false
}

// abbreviationStop reports a period at i that ends an abbreviation
// before a comma ("of Fresno, Calif., said", "Cleanup Co., said"): it
// sticks to a capitalised word and a comma follows, so it ends no
// sentence and the search for a statement's speaker goes on past it.
func abbreviationStop(toks []tok, i int) bool {
	return toks[i].low == "." && i > 0 && i+1 < len(toks) && toks[i+1].low == "," &&
		toks[i-1].end == toks[i].start && toks[i-1].upper && !toks[i-1].punct
}

// openingTemporal reports a sentence that opens with "after", "before"
// or "until" and has no comma before i (the opener of openingClause's
// kind that it leaves out).
func openingTemporal(toks []tok, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].punct {
			if toks[k].low == "," {
				return false
			}
			continue
		}
		w := toks[k].low
		return w == "after" || w == "before" || w == "until"
	}
	return false
}

// unnamedClauseSubject reports a clause [from,to) that ends in its
// own subject before the verb at to, a noun or a name that is no actor
// ("her pastor", "a local official", "Smith"), past auxiliaries and
// adverbs ("has also", "will"); an actor there would have been found.
func unnamedClauseSubject(toks []tok, actorAt []int, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		t := &toks[k]
		if actorAt[k] >= 0 || t.punct {
			return false
		}
		switch {
		case t.is(wcHypo | wcBeForm | wcNegator), strings.HasSuffix(t.low, "ly") && !t.upper,
			t.low == "has", t.low == "have", t.low == "had", t.low == "also", t.low == "then":
			continue
		}
		return t.upper || plainNoun(t)
	}
	return false
}

// learnedOf reports a nominal at start that is what someone learned,
// heard or knew of ("learned of a meeting of the leaders", "heard
// about the raid", "aware of the talks"): past a determiner and up to
// two modifiers, "of" or "about" after such a word. Who learns of an
// act is no party to it.
func learnedOf(toks []tok, start int) bool {
	for i := start - 1; i >= 1 && i >= start-4; i-- {
		t := &toks[i]
		if t.punct {
			return false
		}
		if t.low != "of" && t.low != "about" {
			continue
		}
		switch toks[i-1].low {
		case "learn", "learns", "learned", "learnt", "learning", "hear", "hears", "heard", "hearing", "know", "knows", "knew",
			"aware", "unaware", "news", "word", "rumours", "rumors", "informed", "notified", "told":
			return true
		}
		return false
	}
	return false
}

// intransitiveNouns are event nouns whose "of" names the actor, not the
// one acted on ("withdrawal of troops" vs "killing of civilians").
var intransitiveNouns = wordset.FromMap(map[string]bool{"withdrawal": true, "pullout": true, "pull-out": true, "retreat": true,
	"visit": true, "arrival": true, "departure": true})

// modality inspects the words around the trigger.
func (c *Coder) modality(toks []tok, acts []actor, m *match, srcs []int) (neg, hypo, alleged bool) {
	from := 0
	for _, s := range srcs {
		if s >= 0 && acts[s].t1 <= m.head && acts[s].t1 > from {
			from = acts[s].t1
		}
	}
	// "She is not familiar with the area, said police spokesman Doug
	// Perry": a statement whose speaker follows the verb has what was
	// said before it; that clause's negation is not the speaker's
	postposed := from == 0 && m.p != nil && m.p.Flags&FlagNoTarget != 0 && m.start > 0 && m.start == m.head &&
		(toks[m.start-1].low == "," || closingQuote(toks, m.start-1)) && !c.petrarch()
	if m.head-from > 8 {
		from = m.head - 8
	}
	if postposed {
		from = m.head
	}
	if !c.petrarch() && reducedPassive(toks, acts, m) {
		// "would raise the fate of citizens abducted by North Korea":
		// the participle after its noun tells a done act; the modal
		// governs another verb
		from = m.head
	}
	// "would investigate the killings of protesters": a definite act
	// another verb governs is done; that verb's modal is its own
	definite := m.p != nil && m.p.Flags&FlagNominal != 0 && m.start >= 1 && toks[m.start-1].low == "the" && !c.petrarch()
	for i := m.head - 1; i >= from && i >= 0; i-- {
		w := toks[i].low
		if toks[i].punct && isHardStop(&toks[i]) {
			break
		}
		if w == "," && !c.petrarch() {
			if open := relativeOpen(toks, i); open >= 0 {
				// "Israel, which has no diplomatic relations with
				// Lebanon, offered aid": the relative clause's negation
				// is its own
				i = open
				continue
			}
			if open := ingAsideOpen(toks, i); open >= 0 {
				// "officers, speaking on condition of anonymity because
				// they were not authorised to talk, said": the aside's
				// negation is its own
				i = open
				continue
			}
		}
		if (i == m.start-1 || i == m.head-1) && conjoinedFinite(toks, i, i+1) {
			break // "denied responsibility and accused the army": the denial is the first verb's
		}
		if w == "but" && i < m.start && !c.petrarch() {
			break // "said the vote was not free, but later conceded": the negation is the other clause's
		}
		if w == "and" && i > 0 && toks[i-1].low == "," && i < m.start && !c.petrarch() {
			// "Congress rejected the statement, and lawmakers accused
			// …": a comma and "and" open another clause, whose
			// negation or denial before it is not this one's
			break
		}
		switch {
		case definite && i < m.start-2 && (toks[i].is(wcNegator) || toks[i].is(wcDeny)) && !c.petrarch() && unownedSources(srcs):
			// "Uganda denied any involvement in the attack", "was not
			// involved in the attack": the attack by nobody named
			// happened; the denial is of a part in it
		case toks[i].is(wcNegator) && !insideActor(acts, i):
			neg = true
		case w == "from" && i == m.start-1 && barredBefore(toks, i):
			neg = true // "barring the government from pardoning"
		case toks[i].is(wcDeny) && i < m.start && !governed(toks, i):
			neg = true
		case toks[i].is(wcHypo) && i < m.start && !c.petrarch() && phoneCall(toks, i):
			// "called Assad on Tuesday to offer help": the caller's
			// purpose, told as done, as after "telephoned"
		case toks[i].is(wcHypo) && i < m.start && approximator(toks, i):
			// "About 3,000 people were killed": a count, no "about to"
		case w == "about" && i < m.start && (i+1 >= len(toks) || toks[i+1].low != "to") && !c.petrarch():
			// "I've been briefed about the bombings", "asked about the
			// attack": the topic of talk, no "about to"
		case toks[i].is(wcHypo) && i < m.start && !(definite && i < m.start-2):
			hypo = true
		case w == "whether" && i+1 < m.start && toks[i+1].low == "to":
			hypo = true // "decides whether to remove Yoon from office": an act still to be decided
		case raisedReport(toks, i) && i+1 < m.start && !c.petrarch():
			alleged = true // "is believed to have attacked": someone else's report of it
		case w == "unwilling" && i+1 < m.start && toks[i+1].low == "to":
			neg = true // "is unwilling to recognise Kosovo": a refusal
		case w == "yet" && i+1 < m.start && toks[i+1].low == "to" && i > 0 && (toks[i-1].is(wcBeForm) || toks[i-1].low == "has" || toks[i-1].low == "have" || toks[i-1].low == "had"):
			neg = true // "has yet to arrest the suspects": not done
		case toks[i].is(wcAllege) && !claimVerbOwn(toks, m, i):
			alleged = true
		}
	}
	if !hypo && m.head >= 2 && m.start >= m.head-1 && subjunctiveBe(toks, m.head-1) {
		hypo = true // "recommended that Anglin be consulted": asked for, not done (a pattern opening before the "be" codes the asking: "demanded that X be freed")
	}
	if !neg && prevented(toks, m) {
		neg = true // "thwarted several major attacks", "to prevent any terror attack"
	}
	if !neg && !c.petrarch() && deniedPermission(toks, acts, srcs) {
		neg = true // "will never allow Kosovo to join the United Nations"
	}
	if !neg && (m.words == nil || m.words.hasHash(thatHash)) && deniedComplement(toks, m) { // (it needs a "that")
		neg = true // "Serbia denied that its troops had crossed into Kosovo"
	}
	if !neg && !c.petrarch() && (m.words == nil || m.words.hasHash(thatHash)) && unevidencedComplement(toks, m) { // (it needs a "that")
		neg = true // "had seen no sign that Russia had pulled back its forces": nobody asserts it
	}
	if !neg && !c.petrarch() && (m.words == nil || negatorWords.meets(m.words)) && unassertedReport(toks, m) { // (it needs a negator)
		neg = true // "Russia did not say that its forces attacked Ukraine": nobody asserts it
	}
	// "alleged" may also sit just after the subject or inside the nominal
	for i := m.start; i < m.head; i++ {
		if toks[i].is(wcAllege) && !claimVerbOwn(toks, m, i) {
			alleged = true
		}
	}
	if !alleged && !c.petrarch() && allegedClause(toks, m.start) {
		alleged = true // "allegedly struck a hospital, killing two"
	}
	for _, s := range srcs {
		if !alleged && s >= 0 && !c.petrarch() && allegedAgent(toks, acts[s].t0) {
			alleged = true // "by suspected al-Shabaab militants"
		}
	}
	// "said to have", "according to" anywhere in the sentence mark a report
	if !alleged && len(toks) > 2 && (m.words == nil || m.words.hasHash(accordingHash)) {
		for i := range toks[:len(toks)-2] { // (a range, bounds checked once)
			if len(toks[i].low) == len("according") && toks[i].low == "according" && toks[i+1].low == "to" {
				alleged = true
				break
			}
		}
	}
	return
}

// unownedSources reports sources that name nobody.
func unownedSources(srcs []int) bool {
	for _, s := range srcs {
		if s >= 0 {
			return false
		}
	}
	return true
}

// claimVerbOwn reports the verb "claimed" at i right before the head
// of the trigger at m, as the finite verb of its object: the claim is
// the act itself ("Al-Shabaab claimed responsibility for …" is a done
// 015, not an alleged one; "the claimed attack" stays alleged).
func claimVerbOwn(toks []tok, m *match, i int) bool {
	return i == m.head-1 && toks[i].low == "claimed" && i > 0 && !toks[i-1].is(wcDeterminer)
}

// deniedPermission reports a source that is the object of a negated
// verb of letting ("will never allow Kosovo to join", "nor will it let
// X enter"): what the source would do is denied with it.
func deniedPermission(toks []tok, acts []actor, srcs []int) bool {
	for _, s := range srcs {
		if s < 0 {
			continue
		}
		v := acts[s].t0 - 1
		if v < 1 {
			continue
		}
		switch toks[v].low {
		case "allow", "let", "permit":
		default:
			continue
		}
		for i := v - 1; i >= 0 && i >= v-3 && !toks[i].punct; i-- {
			if toks[i].is(wcNegator) {
				return true
			}
		}
	}
	return false
}

// conjoinedFinite reports a conjunction at i that starts a second
// verb phrase with the trigger head as its finite verb: "denied
// responsibility and accused the army", "did not attack but threatened
// the town". A negation or denial before it is the first verb's. A bare
// verb after "and" shares the first one's auxiliary and its negation
// ("did not attack and kill").
func conjoinedFinite(toks []tok, i, head int) bool {
	switch toks[i].low {
	case "but":
		return true
	case "and":
		h := &toks[head]
		return pastVerb(h) || irregularPast.Has(h.low) || !h.punct && !h.upper && len(h.low) > 3 && h.low[len(h.low)-1] == 's' && h.low[len(h.low)-2] != 's'
	}
	return false
}

// pluralBeforeRecipient reports, for "and" at i, a plain noun before
// it and a plural after it that "to" or "for" and an actor follow
// ("sent food and tents to Nepal", "delivered rice and blankets for
// Haiti"): the -s word closes a list of goods handed to the actor, no
// verb of a new clause.
func pluralBeforeRecipient(toks []tok, actorAt []int, i int) bool {
	if i < 1 || i+3 >= len(toks) || actorAt[i-1] >= 0 || !plainNoun(&toks[i-1]) || !plainNoun(&toks[i+1]) {
		return false
	}
	if w := toks[i+2].low; w != "to" && w != "for" {
		return false
	}
	j := i + 3
	if toks[j].low == "the" && j+1 < len(toks) {
		j++
	}
	return actorAt[j] >= 0
}

// nounListComma reports a comma at i inside a list of plain nouns that
// no actor starts, closed by "and" or "or" within three words ("food,
// water and medicine", "tents, blankets and medical supplies"): the
// object goes on, no new clause starts.
func nounListComma(toks []tok, actorAt []int, i int) bool {
	if i < 1 || i+2 >= len(toks) || actorAt[i-1] >= 0 || !plainNoun(&toks[i-1]) || actorAt[i+1] >= 0 || !plainNoun(&toks[i+1]) {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		t := &toks[k]
		if t.low == "and" || t.low == "or" {
			return k+1 < len(toks) && actorAt[k+1] < 0 && !toks[k+1].punct && !pastVerb(&toks[k+1])
		}
		if t.punct || actorAt[k] >= 0 || !plainNoun(t) {
			return false
		}
	}
	return false
}

// andClauseSubject reports whether acts[ai] opens a new clause after a
// bare "and": "and" (and "the") before it follows a word that names no
// actor, and a past verb follows it ("into the killings and the U.N.
// refugee agency flew tents"). After an actor the "and" may join a list
// (bareClauseBreak decides that); a participle with its tail ("and the
// families displaced by the floods") is no verb.
func andClauseSubject(toks []tok, acts []actor, actorAt []int, ai int) bool {
	a := &acts[ai]
	k := a.t0 - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	if k < 1 || toks[k].low != "and" || actorAt[k-1] >= 0 || toks[k-1].punct {
		return false
	}
	v := a.t1
	if v >= len(toks) || toks[v].upper || !(pastVerb(&toks[v]) || irregularPast.Has(toks[v].low)) {
		return false
	}
	return !(v+1 < len(toks) && participleTails.Has(toks[v+1].low))
}

// irregularPast are past tense forms unlike their base form.
var irregularPast = wordset.FromMap(map[string]bool{"said": true, "told": true, "met": true, "fought": true, "struck": true, "shot": true,
	"held": true, "sent": true, "led": true, "sought": true, "took": true, "gave": true, "made": true, "broke": true,
	"began": true, "threw": true, "drove": true, "stole": true, "won": true, "lost": true, "left": true, "came": true,
	"went": true, "saw": true, "spoke": true, "wrote": true, "fled": true, "bought": true, "sold": true, "brought": true,
	"kept": true, "caught": true, "stood": true, "fell": true, "rose": true, "shook": true, "swore": true, "withdrew": true,
	"flew": true, "drew": true, "ran": true, "hid": true, "overran": true, "rode": true})

// prevented reports a trigger that is the object of a verb of
// preventing a few words before it ("thwarted several major attacks",
// "working to prevent any terror attack", "foiled a plot to bomb"): what
// was prevented did not happen.
func prevented(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-5; i-- {
		w := toks[i].low
		if toks[i].punct {
			return false
		}
		if preventStem(w) {
			return true
		}
		if speechGerund(w) {
			return false // "avoids condemning Russia's invasion": the condemning is avoided, the invasion stands
		}
		if w == "short" && i+1 < m.start && toks[i+1].low == "of" && i > 0 && strings.HasPrefix(toks[i-1].low, "stop") {
			return true // "stopped short of expelling the ambassador"
		}
		if i == m.start-1 && (strings.HasPrefix(w, "stop") || strings.HasPrefix(w, "ceas")) && strings.HasSuffix(toks[m.start].low, "ing") {
			return true // "stopped supplying arms to Peru": no longer done
		}
	}
	return false
}

// reportedBy reports a source that is a news agency ("Reuters",
// "Interfax") which reports the event: a reporting verb stands between
// it and the trigger. The agency's own statement (the reporting verb
// itself) stays.
func reportedBy(toks []tok, a *actor, m *match) bool {
	if a.t1 > m.head {
		return false
	}
	for i := a.t1; i < m.head; i++ {
		if toks[i].is(wcReportVerb) {
			return newsAgencies.Has(toks[a.t0].low) || creditAt(toks, a.t0, a.t1)
		}
	}
	return false
}

// speechGerund reports the -ing form of a verb of speaking about an act
// ("condemning", "criticising", "mentioning", "blaming"): an act named
// after it is its topic, not its object of prevention.
func speechGerund(w string) bool {
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	for _, p := range [...]string{"condemn", "critici", "denounc", "blam", "mention", "naming", "discuss", "acknowledg", "recogni", "address"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// preventStem reports a form of prevent, thwart, foil, avert, avoid or
// forestall (a word that begins with one of them).
func preventStem(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch w[0] {
	case 'p':
		return strings.HasPrefix(w, "prevent")
	case 't':
		return strings.HasPrefix(w, "thwart")
	case 'f':
		return strings.HasPrefix(w, "foil") || strings.HasPrefix(w, "forestall")
	case 'a':
		return strings.HasPrefix(w, "avert") || strings.HasPrefix(w, "avoid")
	}
	return false
}

// deniedComplement reports a trigger inside the that-clause of a
// denial: "denied that its troops had crossed", "rejected claims that
// it had attacked", "dismissed reports that …".
func deniedComplement(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 1 && i >= m.start-20; i-- {
		if isHardStop(&toks[i]) {
			return false
		}
		if toks[i].low != "that" {
			continue
		}
		return denierOf(toks, i-1) >= 0
	}
	return false
}

// denierOf returns the denial verb whose that-clause opens after token
// j ("denied that", "rejected claims that", "dismissed the reports by
// Kyiv that"), else -1.
func denierOf(toks []tok, j int) int {
	if j > 1 && weekdays.Has(toks[j].low) {
		j-- // "denied on Saturday that its forces had …": the day the denial was made
		if toks[j].low == "on" {
			j--
		}
	}
	if k := claimantBefore(toks, j); k > 0 {
		j = k // "denied accusations by the United States that": the noun before its claimant
	}
	if complementNouns.Has(toks[j].low) && j > 0 {
		j-- // "denied reports that"
		if j > 1 && toks[j-1].low == "as" && !toks[j].punct && !toks[j].upper {
			j -= 2 // "dismissed as baseless claims that"
		}
		if j > 0 && toks[j].is(wcDeterminer) {
			j--
		}
	}
	w := toks[j].low
	// (a ruling's "ruled that" states a finding about what happened, no denial of it)
	if toks[j].is(wcDeny) && w != "failed" && w != "fails" && w != "declined" && w != "declines" && w != "decline" && w != "ruled" && w != "rules" ||
		strings.HasPrefix(w, "dismiss") {
		return j
	}
	return -1
}

// definitePlace returns the place named earlier in the sentence that a
// definite "the enclave", "the strip" or "the territory" right after the
// verb at m stands for ("fired rockets into Israel from Gaza … as
// Israeli warplanes pounded the enclave"), else -1: the nearest place
// before the verb.
func definitePlace(toks []tok, acts []actor, actorAt []int, m *match) int {
	i := m.end
	if i+1 >= len(toks) || toks[i].low != "the" || actorAt[i+1] >= 0 {
		return -1
	}
	switch toks[i+1].low {
	case "enclave", "strip", "territory", "island":
	default:
		return -1
	}
	if i+2 < len(toks) && !toks[i+2].punct && !toks[i+2].is(wcPreposition) && toks[i+2].low != "for" {
		return -1 // "the enclave's", "the territory dispute": not the bare noun
	}
	for a := len(acts) - 1; a >= 0; a-- {
		if acts[a].t1 <= m.start && acts[a].place {
			return a
		}
	}
	return -1
}

// housedActor returns the actor a facility named after actor t houses
// ("two Iraqi air bases housing U.S. troops", "a compound hosting
// Turkish soldiers"), else -1: a participle of housing at most three
// words after t, then the actor.
func housedActor(toks []tok, acts []actor, actorAt []int, t int) int {
	for i := acts[t].t1; i < len(toks) && i <= acts[t].t1+3; i++ {
		if toks[i].punct || actorAt[i] >= 0 {
			return -1
		}
		if w := toks[i].low; w == "housing" || w == "hosting" || w == "sheltering" {
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if a := actorAt[j]; a >= 0 && !acts[a].place {
					return a
				}
			}
			return -1
		}
	}
	return -1
}

// unassertedReport reports a trigger in the complement of a negated
// verb of saying or confirming: "did not say that its forces attacked",
// "has not confirmed that troops crossed", "never said the army shelled".
func unassertedReport(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 2 && i >= m.start-15; i-- {
		if isHardStop(&toks[i]) {
			return false
		}
		if !toks[i].is(wcReportVerb) {
			continue
		}
		w := toks[i].low
		if w != "say" && w != "said" && w != "confirm" && w != "confirmed" && w != "claim" && w != "claimed" && w != "announce" && w != "announced" {
			return false
		}
		return toks[i-1].is(wcNegator) || toks[i-1].low == "yet" && toks[i-2].is(wcNegator)
	}
	return false
}

// evidenceNouns are the nouns whose absence, stated before a that-clause,
// leaves the clause unasserted ("no sign that", "no evidence that").
var evidenceNouns = map[string]bool{
	"sign": true, "signs": true, "evidence": true, "indication": true,
	"indications": true, "proof": true,
}

// unevidencedComplement reports a trigger in the that-clause of a noun of
// evidence that is denied: "had seen no sign that Russia had pulled back",
// "there is no evidence that the army shelled", "did not find any proof
// that troops crossed".
func unevidencedComplement(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 2 && i >= m.start-15; i-- {
		if isHardStop(&toks[i]) || toks[i].low == "," {
			return false // "…gave no indication that the meeting was cancelled, Downer said": the report is after the clause
		}
		if toks[i].low != "that" {
			continue
		}
		if !evidenceNouns[toks[i-1].low] {
			return false
		}
		d := toks[i-2].low
		if d == "clear" || d == "any" || d == "real" || d == "further" {
			if i < 3 {
				return false
			}
			if d == "any" {
				return toks[i-3].is(wcNegator) || i >= 4 && toks[i-4].is(wcNegator)
			}
			d = toks[i-3].low
		}
		return d == "no" || d == "little"
	}
	return false
}

// claimantBefore returns the complement noun before a named claimant
// that ends at token j ("accusations by the United States", "claims
// from Washington"), else -1: the name's capitalised words and a
// determiner, then by/from, then the noun.
func claimantBefore(toks []tok, j int) int {
	if !toks[j].upper {
		return -1
	}
	for k := j; k >= 1 && k >= j-5; k-- {
		w := &toks[k]
		if w.low == "by" || w.low == "from" {
			if complementNouns.Has(toks[k-1].low) {
				return k - 1
			}
			return -1
		}
		if !w.upper && !w.is(wcDeterminer) || w.punct {
			return -1
		}
	}
	return -1
}

// speakerOutside returns the nearest actor outside quote q that precedes
// a speech verb, else the nearest actor outside it.
func (c *Coder) speakerOutside(toks []tok, acts []actor, q [2]int) int {
	best, dist := -1, 1<<30
	for ai, a := range acts {
		if a.t0 >= q[0] && a.t1 <= q[1] {
			continue
		}
		if a.place && a.t0 > 0 && locPreps.Has(toks[a.t0-1].low) {
			continue // "Blinken, speaking in Wellington, said …": where, not who
		}
		if a.place && a.t0 > 1 && toks[a.t0-1].low == "of" && placeNouns[toks[a.t0-2].low] {
			continue // "Erdogan, who visited the province of Hatay, …": where, not who
		}
		if a.t0 >= 2 && (toks[a.t0-1].low == "on" || toks[a.t0-1].low == "via") && (toks[a.t0-2].is(wcReportVerb) || toks[a.t0-2].low == "wrote" || toks[a.t0-2].low == "posted") {
			continue // "Trump wrote on Twitter that …": the medium, not the speaker
		}
		if a.t0 >= q[1] && a.t0 >= 2 && toks[a.t0-1].low == "," && toks[a.t0-2].is(wcReportVerb) {
			continue // "'…,' he said, Interfax reported": the agency reports the speaker
		}
		if a.t0 >= q[1] && a.t0 >= 1 && (toks[a.t0-1].low == "told" || toks[a.t0-1].low == "tells" || toks[a.t0-1].low == "telling") {
			continue // "'…,' he told reporters": the addressee, not the speaker
		}
		if addressee(toks, a.t0) {
			// "'…,' he told the crowd", "the president said, addressing
			// the rebels"; before the quote too: "Al Thani told Al
			// Jazeera that his country would not accept 'guardianship'"
			continue
		}
		d := q[0] - a.t1
		if a.t0 >= q[1] {
			d = a.t0 - q[1]
		}
		if d < dist {
			best, dist = ai, d
		}
	}
	if best >= 0 && best+1 < len(acts) && acts[best].generic && acts[best+1].person && !acts[best+1].generic && acts[best+1].t0 == acts[best].t1 {
		// "'…,' opposition leader Lee Jae-myung said": the title words
		// describe the named person after them, who speaks
		best++
	}
	return best
}

// addressee reports an actor at t0 that a speaker talks to: the object,
// after an optional determiner, of told/telling/addressing/addressed.
func addressee(toks []tok, t0 int) bool {
	k := t0 - 1
	if k >= 1 && toks[k].is(wcDeterminer) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "told", "tells", "telling", "addressing", "addressed", "addresses":
		return true
	}
	return false
}

// unnamedInvertedSpeaker reports a reporting verb at h whose speaker is
// written between a comma and the verb and is no actor: "…, the interim
// prime minister said", "…, a spokesman told AFP". The speaker phrase
// opens with a determiner or possessive after the comma and runs to the
// verb; an actor before the comma did not say it.
func unnamedInvertedSpeaker(toks []tok, actorAt []int, h int) bool {
	if h < 3 || !toks[h].is(wcReportVerb) {
		return false
	}
	for k := h - 1; k >= 1 && k >= h-6; k-- {
		if actorAt[k] >= 0 || toks[k].punct && toks[k].low != "," || toks[k].low == "and" {
			return false
		}
		if toks[k].low == "," {
			return k+2 < h && (toks[k+1].is(wcDeterminer) || toks[k+1].is(wcPossPronoun))
		}
	}
	return false
}

// eventDate returns the value of the time expression in the sentence
// nearest to the trigger that names a calendar date, else the article
// date.
//
// With toks and the trigger's token head (head >= 0), a time after the
// trigger inside a clause that opens between them is that clause's, not
// the event's: "agreed to reopen embassies, ending a conflict that killed
// thousands between 1998 and 2000" (see clauseOpens).
//
// times are the document's times, or the part of them that may lie in
// the sentence (sentenceTimes), in document order.
func (c *Coder) eventDate(times []doc.Time, sent doc.Span, toks []tok, head int, at int, date string) string {
	best, dist := "", 1<<30
	// (the clause is looked for only when a time may date it: with no
	// times the nested call returns "")
	if len(times) > 0 && head >= 0 && date != "" {
		if cl, ok := subordinateClause(toks, head); ok && sent.Contains(cl) {
			if v := c.eventDate(times, cl, toks, head, at, ""); v != "" {
				return v // "…, after Johnson was forced out in July"
			}
		}
	}
	for i := range times {
		t := &times[i]
		if t.Date != "" && head >= 0 && afterClause(toks, t.Span, at) {
			// "…, a day after troops launched an offensive": the
			// clause the duration introduces happened on its date
			return t.Date
		}
		if !sent.Contains(t.Span) || (t.Type != "DATE" && t.Type != "TIME") {
			continue
		}
		v := datePrefix(t.Value)
		if v == "" || len(v) == 2 && strings.HasPrefix(date, v) {
			// "actions unacceptable in the 21st century": the century the
			// article is written in frames the clause, and dates nothing
			continue
		}
		if head >= 0 && t.Span.End <= at && whenClause(toks, t.Span, at) {
			// "the worst since 2014, when Riyadh and Abu Dhabi withdrew
			// their ambassadors": the clause happened then
			return v
		}
		if head >= 0 && presentSaying(toks, head) && !sayingTime(toks, head, t.Span) {
			continue // "a statement, published on May 24, which Doha says was fabricated": the saying is the article's day
		}
		if head >= 0 && t.Span.Start > at && clauseOpens(toks, head, t.Span.Start) {
			continue
		}
		if head >= 0 && t.Span.Start > at && reportedContent(toks, head, t.Span.Start) {
			continue // "Boluarte said elections would be held in April 2024": April is the elections'
		}
		if head >= 0 && t.Span.End <= at && frontedParticiple(toks, t.Span, head) {
			continue // "Born on March 2, 1937, Bouteflika fought …"
		}
		if head >= 0 && t.Span.End <= at && insideRelative(toks, t.Span.Start, head) {
			continue // "Abiy, who took office in April, agreed …"
		}
		if head >= 0 && t.Span.End <= at && appositionAside(toks, t.Span.Start, head) {
			continue // "Obama, the first U.S. president to visit since Coolidge in 1928, said …"
		}
		if head >= 0 && t.Span.Start > at && laterReport(toks, head, t.Span.Start) {
			continue // "welcomed the agreement and said the sanctions imposed in 2009 …"
		}
		if head >= 0 && t.Span.Start > at && laterVerbPhrase(toks, head, t.Span.Start) {
			continue // "was suspending cooperation and called for elections in April": April is the elections'
		}
		if head >= 0 && t.Span.End <= at && participleAside(toks, t.Span, head) {
			continue // "lift curbs on exports, imposed in July 2019, while South Korea said …"
		}
		if head >= 0 && t.Span.End <= at && reportedBefore(toks, t.Span.Start, head) {
			continue // "The truce will take effect on Monday, Saudi Arabia said": Monday is the truce's
		}
		if head >= 0 && t.Span.Start > at && nounModifierTime(toks, t.Span, head) {
			continue // "found Bolsonaro guilty of plotting to overturn his 2022 election defeat"
		}
		if head >= 0 && t.Span.Start > at && scheduledNounTime(toks, t.Span, head) {
			continue // "ready to work with the government ahead of elections scheduled for April 11": April 11 is the elections'
		}
		if head >= 0 && t.Span.Start > at && embeddedNounTime(toks, t.Span, head) {
			continue // "rejected comparisons with the fall of Saigon in 1975": 1975 is the fall's
		}
		if head >= 0 && t.Span.Start > at && reportedIrregular(toks, head, t.Span.Start) {
			continue // "Lavrov said Russia withdrew its signature in 2016": 2016 is the withdrawal's
		}
		if head >= 0 && t.Span.Start > at && appositiveParticiple(toks, head, t.Span.Start) {
			continue // "released X, a Russian agent convicted of murder in 2019"
		}
		if head >= 0 && t.Span.End <= at && datelineTime(toks, t.Span.Start) {
			continue // "NEW DELHI, June 17, 2020 — … killed … on Monday night"
		}
		if head >= 0 && t.Span.Start > at && futureOfPast(toks, head, v, date) {
			continue // "promised to cut emissions by 2030"
		}
		if head >= 0 && t.Span.End <= at && pastBeforeFuture(toks, head, v, date) {
			continue // "an election for May 25 after protests in which dozens were killed"
		}
		if head >= 0 && t.Span.Start > at && saidContentTime(toks, head, t.Span.Start) {
			continue // "Aid workers said tribal fighting between May 24 and May 26 slowed …"
		}
		if head >= 0 && t.Span.End <= at && priorClauseTime(toks, t.Span, head) {
			continue // "The uprising began in mid-February, and NATO jets have bombed …"
		}
		if head >= 0 && t.Span.End <= at && otherTemporalPhrase(toks, t.Span, head) {
			continue // "resigned after a disputed Oct. 20 election and after the army chief urged him to step down"
		}
		if head >= 0 && sinceTally(toks, t.Span.Start, head) {
			continue // "have killed 17 soldiers since July": a tally up to now
		}
		dd := t.Span.Start - at
		if dd < 0 {
			dd = -dd
			if head > 1 && toks[head-1].low == "and" || head > 2 && toks[head-2].low == "and" {
				dd += conjunctPenalty(toks, t.Span.End, head) // "fought in 1962 and clashed at Nathu La in 1967"
			}
		}
		if dd < dist {
			best, dist = v, dd
		}
	}
	if best != "" {
		return best
	}
	return date
}

// participleAside reports a time before the trigger at token head inside
// an aside set off by commas that opens with a participle ("curbs on
// exports, imposed in July 2019, while South Korea said …"): the aside
// dates the noun before it, not a later trigger.
func participleAside(toks []tok, sp doc.Span, head int) bool {
	k := 0
	for k < head && toks[k].start < sp.Start {
		k++
	}
	open := -1
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if toks[i].low == "," {
			open = i
			break
		}
		if toks[i].punct {
			return false
		}
	}
	if open < 0 || open+1 >= k || !isParticiple(toks[open+1].low) && !toks[open+1].is(wcPastParticiple) {
		return false
	}
	for i := k; i < head; i++ {
		if toks[i].start >= sp.End && toks[i].low == "," {
			return true
		}
	}
	return false
}

// whenClause reports whether byte offset at lies in a clause ", when
// …" right after the time at span ("since 2014, when Riyadh … withdrew",
// "in March, when troops entered"): up to a semicolon, a colon or the
// end of the sentence (a list of subjects has commas of its own).
func whenClause(toks []tok, span doc.Span, at int) bool {
	i := 0
	for i < len(toks) && toks[i].start < span.End {
		i++
	}
	if i+2 >= len(toks) || toks[i].low != "," || toks[i+1].low != "when" || toks[i+2].start > at {
		return false
	}
	for k := i + 2; k < len(toks) && toks[k].start < at; k++ {
		if toks[k].low == ";" || toks[k].low == ":" {
			return false
		}
	}
	return true
}

// afterClause reports whether byte offset at lies in the clause that the
// duration at span introduces ("a day after <clause>", "two years before
// <clause>"): after the span, before the next comma, semicolon or the
// end of the sentence.
func afterClause(toks []tok, span doc.Span, at int) bool {
	if at < span.End {
		return false
	}
	for i := range toks {
		t := &toks[i]
		if t.start < span.End {
			continue
		}
		if t.start >= at {
			return true
		}
		switch t.low {
		case ",", ";", ":":
			return false
		}
	}
	return true
}

// reportedContent reports a time starting at byte offset end inside
// the content of the reporting verb at head: a subject pronoun, modal,
// form of "be" or past verb stands between them ("said elections would
// be held in April", "said it had struck in March"). A time in the
// verb's own adjunct ("said on Monday", "said in a statement Friday")
// has none of these before it.
func reportedContent(toks []tok, head, end int) bool {
	if !toks[head].is(wcReportVerb) {
		return false
	}
	for i := head + 1; i < len(toks) && toks[i].start < end; i++ {
		if t := &toks[i]; t.is(wcHypo|wcBeForm) || t.is(wcPronoun) && t.low != "it" && i > head+1 || pastVerb(t) || t.low == "has" || t.low == "have" || t.low == "had" {
			return true
		}
	}
	return false
}

// nounModifierTime reports a time that modifies a noun other than the
// trigger at token head: it follows a determiner or possessive and a
// lower-case word follows it ("his 2022 election defeat", "the 2019
// report") and no preposition precedes the determiner (a noun phrase
// after one is the event's occasion: "said in a Friday interview").
// After the trigger it dates that noun, not the event
// (eventDate skips it); "the March 5 attack" with "attack" for trigger
// keeps its date, and so does a modified subject before the trigger
// ("The March 5 attack killed ten soldiers").
func nounModifierTime(toks []tok, sp doc.Span, head int) bool {
	ti, tj := -1, -1
	for i := range toks {
		if toks[i].start < sp.Start {
			continue
		}
		if toks[i].end > sp.End {
			break
		}
		if ti < 0 {
			ti = i
		}
		tj = i
	}
	if ti < 1 || tj+1 >= len(toks) {
		return false
	}
	p, n := &toks[ti-1], &toks[tj+1]
	if !p.is(wcDeterminer|wcPossPronoun) && p.low != "'s" || p.low == "that" {
		return false
	}
	if n.upper && !n.punct {
		// "under the 1951 Mutual Defense Treaty", "the 2015 Paris
		// Agreement": a year in the name of an agreement dates it, not
		// the event, wherever the phrase stands
		for k := tj + 1; k < len(toks) && k <= tj+5 && toks[k].upper && !toks[k].punct; k++ {
			if agreementNames.Has(toks[k].low) {
				return head < tj+1 || head > k
			}
		}
	}
	if n.punct || n.upper || n.is(wcPreposition|wcDeterminer) || n.low == "and" || n.low == "or" {
		return false
	}
	if ti >= 2 && (toks[ti-2].is(wcPreposition) || temporalPreps.Has(toks[ti-2].low)) && (ti-2 <= head+3 || ti-2 < head || temporalPreps.Has(toks[ti-2].low) || occasionNouns.Has(n.low)) {
		// the occasion: "said in a Friday interview", "was detained
		// after a Thursday traffic stop", "accused X of fraud in a
		// Friday statement"; another noun in a phrase deep in the
		// object is dated by it alone ("accused the commission of
		// failing to address irregularities in the November
		// election")
		return false
	}
	return head < tj+1 || head > tj+3
}

// embeddedNounTime reports a time after the trigger at token head that
// closes a noun phrase "the <noun> of <Name>" inside a prepositional
// phrase of the object ("rejected comparisons with the fall of Saigon
// in 1975", "apologised for the killing of Khashoggi in 2018"): it
// dates that noun, not the trigger. An occasion ("at the opening of
// Parliament on Monday") or a temporal adjunct ("after the fall of
// Kabul in August") keeps dating the event.
func embeddedNounTime(toks []tok, sp doc.Span, head int) bool {
	ti := -1
	for i := head + 1; i < len(toks); i++ {
		if toks[i].start >= sp.Start {
			ti = i
			break
		}
	}
	if ti < 0 || ti-1 <= head || toks[ti-1].low != "in" && toks[ti-1].low != "on" {
		return false
	}
	k := ti - 2
	for k > head && toks[k].upper && !toks[k].punct {
		k-- // the name after "of"
	}
	if k == ti-2 || k-2 <= head || toks[k].low != "of" {
		return false
	}
	n, det, prep := &toks[k-1], &toks[k-2], k-3
	if n.upper || n.punct || !det.is(wcDeterminer) || occasionNouns.Has(n.low) || prep <= head {
		return false
	}
	switch toks[prep].low {
	case "with", "over", "for", "about", "against", "to", "into", "from", "like":
		return true
	}
	return false
}

// scheduledNounTime reports a time after the trigger at token head that a
// schedule participle right after a noun dates: "elections scheduled for
// April 11", "a vote set for Monday", "talks planned on Friday". The time is
// that noun's (a reduced relative clause), not the event's; "the vote was
// scheduled for Monday" has the participle for its verb and keeps it.
func scheduledNounTime(toks []tok, sp doc.Span, head int) bool {
	ti := -1
	for i := head + 1; i < len(toks); i++ {
		if toks[i].start >= sp.Start {
			ti = i
			break
		}
	}
	if ti-3 <= head || toks[ti-1].low != "for" && toks[ti-1].low != "on" {
		return false
	}
	switch toks[ti-2].low {
	case "scheduled", "set", "slated", "planned", "due":
	default:
		return false
	}
	n := &toks[ti-3]
	return !n.punct && !n.upper && !n.is(wcBeForm|wcHypo|wcPreposition|wcDeterminer) && n.low != "been" && n.low != "being"
}

// agreementNames are the heads of the names of agreements and laws,
// which a year may open ("the 1951 Mutual Defense Treaty").
var agreementNames = wordset.FromMap(map[string]bool{"treaty": true, "agreement": true, "accord": true, "accords": true,
	"convention": true, "act": true, "protocol": true, "pact": true, "charter": true, "declaration": true, "constitution": true})

// occasionNouns are the occasions an act of speech is made on ("in a
// Friday statement", "at a Friday news conference"): a time before
// them dates the act.
var occasionNouns = wordset.FromMap(map[string]bool{"statement": true, "interview": true, "speech": true, "address": true,
	"briefing": true, "broadcast": true, "conference": true, "call": true, "meeting": true, "message": true, "letter": true,
	"post": true, "tweet": true, "session": true, "sermon": true, "editorial": true, "report": true,
	"news": true, "press": true, "phone": true, "telephone": true, "televised": true, "radio": true, "television": true})

// temporalPreps open an adjunct that places an event against another
// ("after a Thursday traffic stop").
// otherTemporalPhrase reports a time before the trigger at token head
// that is the object of a temporal preposition ("after a disputed Oct. 20
// election") when a coordinated temporal subordinator stands between it
// and the trigger ("… and after the army chief urged him to step down"): the
// trigger is in that later clause, and the time dates the noun of the
// first phrase, not the trigger.
func otherTemporalPhrase(toks []tok, sp doc.Span, head int) bool {
	ti := -1
	for i := 0; i < head && i < len(toks); i++ {
		if toks[i].start >= sp.Start {
			ti = i
			break
		}
	}
	if ti < 1 {
		return false
	}
	opened := false
	for i := ti - 1; i >= 0 && i >= ti-8; i-- {
		t := &toks[i]
		if temporalPreps.Has(t.low) {
			opened = true // "after weeks of protests over a disputed Oct. 20 election"
			break
		}
		if t.punct || t.low == "and" || t.low == "or" {
			return false
		}
	}
	if !opened {
		return false
	}
	for i := ti + 1; i < head; i++ {
		if toks[i].start < sp.End {
			continue
		}
		switch toks[i].low {
		case "after", "before", "until":
			if toks[i-1].low == "and" || toks[i-1].low == "or" {
				return true
			}
		}
	}
	return false
}

var temporalPreps = wordset.FromMap(map[string]bool{"after": true, "before": true, "during": true, "following": true, "since": true, "until": true, "amid": true})

// reportedBefore reports a time starting at byte offset start inside
// the report that a report verb at head closes: the verb's subject
// follows the report's last comma ("The truce will take effect on
// Monday, Saudi Arabia and the United States said"). A time that opens
// the sentence ("On Monday, the ministry said") dates the statement.
func reportedBefore(toks []tok, start, head int) bool {
	if !toks[head].is(wcReportVerb) {
		return false
	}
	// the verb closes the report: nothing but an adjunct follows it
	// ("…, Saudi Arabia said in a statement"), not a report of its own
	// ("Despite showers Monday, the mayor said the city had a good day")
	if n := head + 1; n < len(toks) && !toks[n].punct && !toks[n].is(wcPreposition) && !toks[n].upper {
		return false
	}
	comma := -1
	for i := head - 1; i >= 0 && i >= head-8; i-- {
		if toks[i].low == "," {
			comma = i
			break
		}
		if toks[i].punct {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	ti := -1
	for i := 0; i < comma; i++ {
		if toks[i].start >= start {
			ti = i
			break
		}
	}
	return ti > 2
}

// insideRelative reports a time starting at byte offset start, before
// the trigger head, inside a relative clause set off by commas that
// closes before the head ("The rebels, who seized the town in 2019,
// attacked …").
func insideRelative(toks []tok, start, head int) bool {
	ti := -1
	for i := 0; i < head; i++ {
		if toks[i].start >= start {
			ti = i
			break
		}
	}
	if ti < 1 {
		return false
	}
	closed := false
	for i := ti + 1; i < head; i++ {
		if toks[i].low == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := ti - 1; k >= 1; k-- {
		if toks[k].punct && !amountMark(toks[k].low) {
			return false // (a currency or percent sign is part of the clause: "which has provided $4 billion this year")
		}
		switch toks[k].low {
		case "who", "which", "whose", "whom":
			return toks[k-1].low == ","
		}
	}
	return false
}

// amountMark reports a currency or percent sign, which stands inside a
// clause as part of an amount.
func amountMark(w string) bool {
	switch w {
	case "$", "€", "£", "¥", "%":
		return true
	}
	return false
}

// pronounObject returns the person a "him"/"her" object of the trigger
// (inside the match or right after it) stands for: the nearest person
// actor before the trigger, named after the subject (in its predicate:
// "stormed the residence of President Moise and shot him dead"); -1
// when there is none.
func pronounObject(toks []tok, acts []actor, m *match, srcs []int) int {
	k := -1
	for i := m.start; i <= m.end && i < len(toks); i++ {
		if toks[i].low == "him" || toks[i].low == "her" {
			k = i
			break
		}
	}
	if k < 0 || k > 0 && toks[k-1].is(wcPreposition) {
		return -1
	}
	if len(srcs) == 0 || srcs[0] < 0 {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		if acts[ai].t1 > m.start || !acts[ai].person || slices.Contains(srcs, ai) {
			continue
		}
		if acts[ai].t0 < acts[srcs[0]].t1 || acts[ai].id == acts[srcs[0]].id {
			return -1 // only a person named after the subject, in its predicate, is what "him" repeats
		}
		return ai
	}
	return -1
}

// appositiveOf returns the actor that the person actor ai stands in
// apposition to (", Rodrigo Londono," right after "the leader of the
// FARC"), or -1.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func appositiveOf(toks []tok, acts []actor, ai int) int {
	a := &acts[ai]
	if !a.person || a.t0 < 2 || a.t1 >= len(toks) || toks[a.t0-1].low != "," || toks[a.t1].low != "," {
		return -1
	}
	if b := &acts[ai-1]; b.t1 == a.t0-1 && !b.place && !b.person && b.sector != "" {
		return ai - 1
	}
	return -1
}

// coSubjects adds to the subject srcs the actors named after it with
// "along with", "together with" or "alongside" before the verb at
// start ("Japan, along with South Korea, condemned …").
func coSubjects(toks []tok, acts []actor, actorAt []int, srcs []int, start int) []int {
	for i := acts[srcs[0]].t1; i < start && i < acts[srcs[0]].t1+4; i++ {
		if ai := actorAt[i]; ai >= 0 && coActorBefore(toks, i) {
			return append(srcs[:1:1], conj(toks, acts, actorAt, ai)...)
		}
	}
	return srcs
}

// coActorBefore reports "along with", "together with" or "alongside"
// (maybe with a determiner after it) right before token i: what
// follows acts with the subject ("Venezuela hosts the talks along with
// Cuba").
func coActorBefore(toks []tok, i int) bool {
	if i > 0 && toks[i-1].is(wcDeterminer) {
		i--
	}
	if i < 1 {
		return false
	}
	switch toks[i-1].low {
	case "alongside":
		return true
	case "with":
		return i >= 2 && (toks[i-2].low == "along" || toks[i-2].low == "together" || toks[i-2].low == "jointly")
	}
	return false
}

// clauseOpens reports a relative or participle clause that opens after
// the trigger head and before byte offset end: a relative pronoun ("a
// conflict that killed …", "the town, which fell in 2014") or a comma
// before an -ing form (", ending a conflict …").
func clauseOpens(toks []tok, head, end int) bool {
	for i := head + 1; i < len(toks) && toks[i].start < end; i++ {
		switch toks[i].low {
		case "which", "who", "whom", "whose":
			return true
		case "since", "because", "although", "though", "until":
			// "has carried out strikes since the war began in 2011"
			// (not "since 2011": the time itself); "asked them to stay
			// until the president is sworn in on Saturday"
			if i+1 < len(toks) && toks[i+1].start < end {
				return true
			}
		case "that":
			// a clause, not "attacked that town on Monday"
			if n := i + 1; n < len(toks) && (pastVerb(&toks[n]) || toks[n].is(wcDeterminer) || toks[n].is(wcPronoun) || toks[n].is(wcBeForm)) {
				return true
			}
		case ",":
			if i+1 < len(toks) && toks[i+1].start < end && len(toks[i+1].low) > 5 && strings.HasSuffix(toks[i+1].low, "ing") {
				return true
			}
			if i+2 < len(toks) && toks[i+2].start < end && coordinatedClause(toks, i+1, end) {
				return true
			}
		}
	}
	return false
}

// coordinatedClause reports a clause with a verb of its own that "but"
// or "and" at token k, after a comma, opens before byte offset end: "…,
// but was forced to restore parliament in April 2006", "…, and several
// staff have been missing since Tuesday". "But" always opens one; after
// "and" a form of "be" or "have" must come before end ("attacked the
// town, and the base nearby, on Monday" is one clause).
func coordinatedClause(toks []tok, k, end int) bool {
	switch toks[k].low {
	case "but":
		return true
	case "and":
		for j := k + 1; j < len(toks) && j <= k+8 && toks[j].start < end; j++ {
			if toks[j].punct {
				return false
			}
			if toks[j].is(wcBeForm) || toks[j].low == "have" || toks[j].low == "has" || toks[j].low == "had" {
				return true
			}
		}
	}
	return false
}

// durationClause reports a clause between the trigger at token head and
// byte offset start that a duration opens ("three days after Moscow
// recognised …", "a week before the army entered …"): a place in it is
// that clause's.
func durationClause(toks []tok, head, start int) bool {
	for i := head + 2; i < len(toks) && toks[i].start < start; i++ {
		if w := toks[i].low; (w == "after" || w == "before") && durationUnits.Has(toks[i-1].low) {
			return true
		}
	}
	return false
}

// durationUnits are the units of a duration before "after" or "before".
var durationUnits = wordset.FromMap(map[string]bool{"hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "decades": true, "minutes": true})

// eventPlace returns the place named in the sentence nearest after the
// trigger (else before it), skipping places that are the event's actors.
func (c *Coder) eventPlace(d *doc.Doc, sent doc.Span, toks []tok, m *match) *doc.Place {
	var best *doc.Place
	dist := 1 << 30
	at := toks[m.head].start
	conjStart := conjunctCut(d, sent, toks, m, at)
	places := d.PlacesIn(sent)
	for i := range places {
		p := &places[i]
		if !sent.Contains(p.Span) {
			continue
		}
		if conjStart >= 0 && p.Span.End <= conjStart {
			continue
		}
		if p.Span.Start > at && accusationContent(toks, p.Span, m.head) {
			continue // "accusing it of being too close to Iran": the charge, not where
		}
		if p.Span.Start > at && appositiveParticiple(toks, m.head, p.Span.Start) {
			continue // "released X, an agent convicted of a murder in Berlin"
		}
		if len(d.Quotes) > 0 && otherSideOfQuote(d, at, p.Span) {
			continue // "…, the minister told reporters in Paris"
		}
		t0, t1 := tokRange(toks, p.Span) // the place's tokens, for the rules below
		if notEventPlace(d, toks, m.head, p.Span, t0, t1) {
			continue // "a remark that angered Washington", "boarded a plane to X after talks"
		}
		if p.Span.End <= at && mainClausePlace(toks, m, p.Span) {
			continue // "fled to Tanzania since protests began": where they fled
		}
		if p.Span.End <= at && relativeBetween(toks, t0, t1, m.head) {
			continue // "Saudi Arabia, which cut ties after its embassy in Tehran was stormed, closed its border": the clause's place
		}
		if p.Span.End <= at && frontedParticiple(toks, p.Span, m.head) {
			continue // "Born … in Oujda, Bouteflika fought …"
		}
		if postOfPlace(toks, t0) {
			continue // "shot dead Russia's ambassador to Turkey at a gallery in Ankara": the post, not where
		}
		if fieldPlace(toks, t1) {
			continue // "Rashid Abdi, a Horn of Africa analyst, said"
		}
		if partnerPlace(toks, t0, t1, m.head) {
			continue // "signed a memorandum with the breakaway region of Somaliland": the partner
		}
		if datelineElsewhere(d.Text, sent, toks, m, p.Span) {
			continue // "BAGHDAD — Security forces shot dead 40 people in the southern cities"
		}
		if p.Span.Start > at && laterVerbPhrase(toks, m.head, p.Span.Start) {
			continue // "was toppled in 1986 and fled to Hawaii", "called for aid and said … in Galmudug"
		}
		if p.Span.Start > at && gerundClauseBefore(toks, m.head, p.Span.Start) {
			continue // "marched on the Knesset after blocking a highway in Tel Aviv"
		}
		if p.Span.Start > at && topicOver(toks, t0, m) {
			continue // "imposed sanctions on Russian officials over Ukraine": the reason, not where
		}
		if t0 > 0 && talksTopic(toks, t0) {
			continue // "held talks on Kashmir in Islamabad": the topic, not where
		}
		if p.Span.Start > at && topicIncluding(toks, t0, m) {
			continue // "agreed to start a dialogue on all issues, including Kashmir"
		}
		if p.Span.Start > at && durationClause(toks, m.head, p.Span.Start) {
			continue // "broke off relations on Friday, three days after Moscow recognised … Abkhazia": the other clause's
		}
		if p.Span.Start > at && resultClause(toks, m.head, p.Span.Start) {
			continue // "signed a deal, ending a dispute that left the Balkans without heat"
		}
		if t0 > 0 && t1+2 < len(toks) && toks[t0-1].low == "the" && placeNouns[toks[t1].low] && toks[t1+1].low == "of" && placeAt(d, toks[t1+2].start) {
			continue // "the Caribbean city of Cartagena": the region modifies; the city after "of" is the place
		}
		if p.Span.Start > at && t0 > 0 && toks[t0-1].low == "from" && m.p.Code == "042" {
			continue // "flew from Moscow to Tbilisi": where the visitor set out from, not the visit's place
		}
		if t0 >= 0 && verbalQuad(m.p.Code) && movedFrom(toks, t0) {
			continue // "asylum seekers from Italy": where they come from, not where the event is
		}
		dd := p.Span.Start - at
		if dd < 0 {
			if t0 >= 0 && (origin(toks, t0) || t0 > 0 && toks[t0-1].low == "for") {
				// "ministers from Egypt and Saudi Arabia had visited": where
				// the visitors come from; "an aid package for Kyiv, which
				// Budapest vetoed": whom it was for
				continue
			}
			dd = -dd * 2 // prefer places after the trigger ("struck targets in Damascus")
		}
		if dd < dist {
			best, dist = p, dd
		}
	}
	if best != nil && best.Kind == "region" {
		if town := townInRegion(d, best); town != nil {
			// "attacked the town of Gwoza in Borno state on Saturday,
			// killing 30": the region locates the town, where it was
			best = town
		}
	}
	if k, n := unknownPlace(d, toks, m.words); n > 0 && !(len(d.Quotes) > 0 && otherSideOfQuote(d, at, doc.Span{Start: toks[k].start, End: toks[k+n-1].end})) {
		// "occupied an airport in the southern city of Andahuaylas":
		// a place the sentence names as such but the gazetteer lacks
		// is still where, and nearer than a dateline city
		dd := toks[k].start - at
		if dd < 0 {
			dd = -dd * 2
		}
		if dd < dist || toks[k].start > at && best != nil && best.Span.Start < at {
			// (after the trigger it beats any place before it: "LIMA —
			// Protesters occupied an airport in the city of X")
			up := &doc.Place{Span: doc.Span{Start: toks[k].start, End: toks[k+n-1].end}, Name: d.Text[toks[k].start:toks[k+n-1].end]}
			for i := range d.Places {
				// of the country of a place named in the sentence, else
				// of the article's first
				if q := &d.Places[i]; q.Country != "" && (up.Country == "" || sentContains(toks, q.Span)) {
					up.Country = q.Country
				}
			}
			return up
		}
	}
	return best
}

// townInRegion returns the town or city of d that region r locates,
// named right before it with "in" or a comma between ("Gwoza in Borno
// state", "Maiduguri, Borno state"), in r's country; nil when there is
// none.
func townInRegion(d *doc.Doc, r *doc.Place) *doc.Place {
	for i := range d.Places {
		q := &d.Places[i]
		if q.Span.End >= r.Span.Start {
			break
		}
		if q.Country != r.Country || q.Kind != "city" && q.Kind != "capital" {
			continue
		}
		switch d.Text[q.Span.End:r.Span.Start] {
		case " in ", ", ", " in the ":
			if listedPlace(d, q.Span.Start, r.Span.End) {
				return nil // "in Kano, Kaduna State and Zamfara": a list
			}
			return q
		}
	}
	return nil
}

// listedPlace reports a place of d joined by a comma or "and" to the
// text [start,end): a list of places, not a town and its region.
func listedPlace(d *doc.Doc, start, end int) bool {
	for i := range d.Places {
		q := &d.Places[i]
		var gap string
		switch {
		case q.Span.End <= start && start-q.Span.End <= 5:
			gap = d.Text[q.Span.End:start]
		case q.Span.Start >= end && q.Span.Start-end <= 5:
			gap = d.Text[end:q.Span.Start]
		default:
			continue
		}
		switch gap {
		case ", ", " and ", ", and ", " or ":
			return true
		}
	}
	return false
}

// conjunctCut returns the byte offset of the "and"/"but" right before a
// coordinated verb match m ("attacked X in Lahore and stormed Y in
// Rawalpindi") when the sentence names a place after its trigger (at):
// places before the cut belong to the first conjunct. Else -1.
func conjunctCut(d *doc.Doc, sent doc.Span, toks []tok, m *match, at int) int {
	k := m.start - 1
	if k <= 0 || !(toks[k].low == "and" || toks[k].low == "but" || toks[k].low == "then" && toks[k-1].low == "and") {
		return -1
	}
	for i := range d.Places {
		if q := &d.Places[i]; sent.Contains(q.Span) && q.Span.Start > at {
			return toks[k].start
		}
	}
	return -1
}

// distinctGroups reports two generic agents of one sector named by
// different nouns in an appeal or statement ("Protest leaders called on
// demonstrators to stay"): two groups, not one acting on itself.
func distinctGroups(sa, ta *actor, code string) bool {
	return sa.generic && ta.generic && !strings.EqualFold(sa.name, ta.name) && cameo.QuadClass(code) == 1 && strings.HasPrefix(code, "02")
}

// unknownPlace returns the first token and length of a capitalised name
// after "the <modifiers> city/town/province … of" (not "capital" or
// "state") that no place of d
// starts at ("in the southern city of Andahuaylas"), or 0 length.
// words, when not nil, holds the sentence's words: one without a place
// noun is not scanned.
func unknownPlace(d *doc.Doc, toks []tok, words *wordSet) (int, int) {
	if words != nil && !placeNounWords.meets(words) {
		return 0, 0
	}
	for k := 1; k+2 < len(toks); k++ {
		// (the capitalised word, one flag, fails most tokens first)
		if n := &toks[k+2]; !n.upper || n.punct || toks[k+1].low != "of" {
			continue
		}
		if w := toks[k].low; !placeNouns[w] || w == "capital" || w == "state" {
			// ("the capital of Arabic culture", "the state of Emergency":
			// no place of their own)
			continue
		}
		det := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j].low == "the" {
				det = true
				break
			}
		}
		if !det || placeAt(d, toks[k+2].start) {
			continue
		}
		if partnerBefore(toks, k+2) {
			continue // "with the breakaway region of Somaliland": the partner
		}
		if origin(toks, k+2) {
			continue // "after flying in from the resort of Marmaris": where the traveller set out from
		}
		n := 1
		for k+2+n < len(toks) && n < 3 && toks[k+2+n].upper && !toks[k+2+n].punct {
			n++
		}
		return k + 2, n
	}
	return 0, 0
}

// sentContains reports whether sp lies within the tokens of a sentence.
func sentContains(toks []tok, sp doc.Span) bool {
	return len(toks) > 0 && sp.Start >= toks[0].start && sp.End <= toks[len(toks)-1].end
}

// placeAt reports a place of d that starts at byte offset at.
func placeAt(d *doc.Doc, at int) bool {
	for i := range d.Places {
		if d.Places[i].Span.Start == at {
			return true
		}
	}
	return false
}

// relativeBeneficiary returns the actor an object relative clause's
// antecedent is for or to ("a €50 billion aid package for Kyiv, which
// Budapest vetoed"), or -1: the subject at s0 comes right after ",
// which" or ", that", the trigger ends the clause, and the antecedent
// (up to eight tokens before the comma) ends in "for/to X".
func relativeBeneficiary(toks []tok, acts []actor, actorAt []int, m *match, s0 int) int {
	if s0 < 2 || (toks[s0-1].low != "which" && toks[s0-1].low != "that") || toks[s0-2].low != "," {
		return -1
	}
	if e := m.end; e < len(toks) && !isHardStop(&toks[e]) && toks[e].low != "," && !toks[e].is(wcPreposition) {
		return -1 // the verb has an object of its own: "which Budapest asked Kyiv to …"
	}
	comma := s0 - 2
	for k := comma - 1; k >= 0 && k >= comma-8; k-- {
		ai := actorAt[k]
		if ai < 0 {
			if toks[k].punct || toks[k].is(wcBeForm|wcReportVerb) {
				return -1
			}
			continue
		}
		a := &acts[ai]
		if a.t1 != comma || a.t0 < 1 {
			return -1 // only the antecedent's last words: "… for Kyiv,"
		}
		switch toks[a.t0-1].low {
		case "for", "to":
			return ai
		}
		return -1
	}
	return -1
}

// origin reports a name at t0 governed by "from", alone or in a list
// ("from Egypt and Saudi Arabia") or after its kind ("from the resort of
// Marmaris"): where someone comes from.
func origin(toks []tok, t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-12; k-- {
		t := &toks[k]
		switch {
		case t.low == "from":
			return true
		case t.low == "of" && k == t0-1 && k >= 2 && placeNouns[toks[k-1].low]:
			k-- // "the resort of": the place's kind
		case t.upper || t.low == "and" || t.low == "," || t.low == "the" || t.low == "or":
		default:
			return false
		}
	}
	return false
}

// lowerTrim is strings.ToLower with surrounding space removed.
func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// refusedTo reports a trigger right after "refused/refuses/declined
// to" ("Russia refused to extend the grain deal"): a refusal, which
// CAMEO codes as a rejection (12), not as the act negated.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func refusedTo(toks []tok, m *match) bool {
	i := m.start - 1
	if i < 1 || toks[i].low != "to" {
		return false
	}
	switch toks[i-1].low {
	case "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "refusal", "refusals":
		return true
	}
	return false
}

// intentWords mark a stated intention of the subject.
var intentWords = wordset.FromMap(map[string]bool{
	"will": true, "'ll": true, "would": true, "shall": true, "plans": true, "plan": true, "planned": true, "planning": true,
	"intends": true, "intend": true, "intended": true, "ready": true, "willing": true, "prepared": true, "preparing": true, "prepares": true,
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
	"offered": true, "offers": true, "agreed": true, "agrees": true, "agree": true, "committed": true,
})

// intent reports whether the trigger is governed by an intention word
// within the three tokens before it ("will visit", "agreed to release",
// "is ready to host").
func (c *Coder) intent(toks []tok, m *match) bool {
	if m.p != nil && m.p.Flags&FlagNominal != 0 && m.start >= 1 && toks[m.start-1].low == "the" && !c.petrarch() {
		// "will investigate the killings of protesters": a definite
		// act is one already done; the modal is another verb's
		return false
	}
	if i := m.start - 1; i >= 1 && i <= 5 && toks[i].low == "to" && headlineSubject(toks, i) {
		return true // a headline's "Kenya to send police": it will
	}
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		w := toks[i].low
		if w == "and" && i == m.start-1 && conjoinedFinite(toks, i, m.start) {
			return false // "pledged aid and ordered a carrier to …": the second verb is done, not promised
		}
		if toks[i].is(wcIntent) {
			// "would have attacked had Kenya not intervened": a
			// counterfactual, no stated intention
			return !(w == "would" && i+1 < m.start && toks[i+1].low == "have")
		}
		if i+1 < m.start && toks[i+1].low == "to" && wishWords.Has(w) {
			return true // "are seeking to deepen", "wants to help": the subject's own aim
		}
		if toks[i].punct || w == "that" {
			return false
		}
	}
	return false
}

// wishWords state an aim of the subject when "to" follows at once
// ("seeking to deepen", "wants to help"); with an object before "to"
// they ask someone else ("wants Putin to …", an appeal).
var wishWords = wordset.FromMap(map[string]bool{"seek": true, "seeks": true, "seeking": true, "sought": true,
	"want": true, "wants": true, "wanted": true, "wanting": true, "aim": true, "aims": true, "aiming": true})

// headlineSubject reports whether tokens [0,n) are only capitalised
// words and commas, as a headline's subject before "to" is ("Kenya to
// send police", "Israel, Hamas to resume talks").
func headlineSubject(toks []tok, n int) bool {
	for i := 0; i < n; i++ {
		if t := &toks[i]; !(t.upper && !t.punct || t.low == "," || t.low == "and") {
			return false
		}
	}
	return true
}

// intentCode maps the code of an act to the code of the intention to do
// it (CAMEO 03 for cooperation, 13 for conflict); verbal codes (01–03,
// 09–13) stay as they are.
func intentCode(code string) string {
	root := cameo.Root(code)
	switch root {
	case "04":
		if code == "045" {
			return "039"
		}
		return "036"
	case "05":
		if code == "057" {
			return "030"
		}
		return "032"
	case "06":
		switch code {
		case "061":
			return "0311"
		case "062":
			return "0312"
		case "063":
			return "0313"
		case "064":
			return "0314"
		}
		return "031"
	case "07":
		switch code {
		case "071":
			return "0331"
		case "072":
			return "0332"
		case "073":
			return "0333"
		case "074":
			return "0334"
		}
		return "033"
	case "08":
		switch {
		case strings.HasPrefix(code, "081"):
			return "0351"
		case strings.HasPrefix(code, "083"):
			return "034"
		case strings.HasPrefix(code, "084"):
			return "0353"
		case code == "085":
			return "0354"
		case strings.HasPrefix(code, "086"):
			return "0355"
		case strings.HasPrefix(code, "087"):
			return "0356"
		}
		return "035"
	case "14":
		return "133"
	case "15", "18", "19", "20":
		return "138"
	case "16":
		// (an expulsion of envoys, 166, and a bare reduction, 160, cut
		// relations as a break of ties does; frozen aid, 162, is 1311)
		if strings.HasPrefix(code, "161") || code == "160" || strings.HasPrefix(code, "166") && code != "1663" {
			return "1313"
		}
		if strings.HasPrefix(code, "162") {
			return "1311"
		}
		if strings.HasPrefix(code, "163") {
			return "1312"
		}
		return "131"
	case "17":
		if code == "172" || strings.HasPrefix(code, "172") {
			return "132"
		}
		return "137"
	}
	return code
}

// conditionalThreat is the threat a conditional conflictual act makes:
// a reduction of relations threatens one of its kind (sanctions 1312,
// ties 1313, as "will impose sanctions" does), and force threatens force
// (138: "could send troops to Niger if diplomacy fails", "may strike if
// …"; a build-up aimed at nobody, aimed false, is no threat of force);
// any other act is a threat of no named kind, 130 ("could close its
// border if …" is no threat of force).
func conditionalThreat(code string, aimed bool) string {
	switch cameo.Root(code) {
	case "16", "18", "20":
		return intentCode(code)
	case "19":
		if !strings.HasPrefix(code, "191") {
			return intentCode(code) // (a closed border, 191, is no force)
		}
	case "15":
		if aimed {
			return intentCode(code)
		}
	}
	return "130"
}

// speculativeModal reports "may", "might" or "could" up to three words
// before match m ("may soon reach", "could agree"): a possibility, not a
// commitment as "will" is.
func speculativeModal(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		if t := &toks[i]; !t.upper && (t.low == "may" || t.low == "might" || t.low == "could") {
			return true
		}
	}
	return false
}

// conditional reports an "unless" or "if" clause after the trigger.
func conditional(toks []tok, m *match) bool {
	for i := m.end; i < len(toks); i++ {
		if w := toks[i].low; w == "unless" || w == "if" {
			return true
		}
	}
	return false
}

// govBody reports the noun of a government as a body ("the Australian
// government"), which its own ministers do not act on.
func govBody(w string) bool {
	switch w {
	case "government", "administration", "authorities", "cabinet", "regime":
		return true
	}
	return false
}

// ownPeople reports whether every actor of idx is of the country of
// actor src and no place ("a Mexican diplomat" for Mexico).
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func ownPeople(acts []actor, src int, idx []int) bool {
	c := acts[src].country
	if c == "" {
		return false
	}
	for _, i := range idx {
		if i < 0 || acts[i].place || acts[i].country != c {
			return false
		}
	}
	return true
}

// stateActor reports a country or a government body of one: a country
// mention, or a GOV, LEG or JUD sector with a country.
func stateActor(a *actor) bool {
	if a.generic && a.country == "" || a.place || a.demonym || a.person && a.sector != "GOV" {
		return false
	}
	return a.country != "" && (a.sector == "" && !a.person && a.code == a.country || stateSector(a.sector))
}

// allPlaces reports whether every actor of idx is a place.
func allPlaces(acts []actor, idx []int) bool {
	for _, i := range idx {
		if i < 0 || !acts[i].place {
			return false
		}
	}
	return true
}

// namedAmong reports whether some actor in idx is a named actor (not a
// bare agent noun).
func namedAmong(acts []actor, idx []int) bool {
	for _, i := range idx {
		if i >= 0 && !acts[i].generic {
			return true
		}
	}
	return false
}

// postposedSpeaker reports whether the statement verb at m follows a
// comma or a closing quote and comes before its own speaker ("…, said
// Medea Benjamin, a co-founder", "…, said the mayor."), and returns the
// first actor of that speaker, or -1 when the speaker is no actor. The
// speaker must end the clause (a comma or the sentence end; a name may
// go on with "of", "with", "in" …): "Bakk, DFL-Cook, said a lion's share
// … would come", "…, said Holroyd died Monday" report what was said.
func postposedSpeaker(toks []tok, acts []actor, actorAt []int, m *match) (int, bool) {
	if m.start == 0 || m.end >= len(toks) {
		return -1, false
	}
	if w := toks[m.start-1].low; w != "," && !closingQuote(toks, m.start-1) {
		return -1, false
	}
	switch toks[m.start].low {
	case "told", "tells", "telling", "tell":
		// "X, the army chief, told reporters in Dhaka that …": a verb of
		// telling takes its addressee after it, never its speaker
		return -1, false
	}
	n := &toks[m.end]
	if n.punct || n.is(wcPronoun) || weekdays.Has(n.low) || !(n.upper || n.is(wcDeterminer) || actorAt[m.end] >= 0 || titledNameAt(toks, acts, actorAt, m.end)) {
		return -1, false
	}
	switch n.low {
	case "that", "this", "these", "those", "there":
		return -1, false // "said that can't happen": what was said
	}
	name := n.upper || actorAt[m.end] >= 0
	sp := -1
	for i := m.end; i < len(toks) && i < m.end+12; i++ {
		t := &toks[i]
		if sp < 0 && actorAt[i] >= 0 {
			sp = actorAt[i]
		}
		switch t.low {
		case ",", ";":
			if name {
				return sp, true
			}
			return -1, false // "said the arts, especially …, help": the clause goes on
		case ".", "!", "?":
			return sp, true
		case "of", "with", "at", "from", "in", "on", "who", "whose", "and":
			if name && i > m.end {
				return sp, true
			}
			continue // "said the mayor of Haifa." (a verb further on rules it out)
		}
		if actorAt[i] >= 0 || t.upper || t.is(wcDeterminer) || t.low == "'s" || t.low == "’s" || t.low == "." {
			continue
		}
		if p := &toks[i-1]; strings.HasSuffix(t.low, "s") && !p.punct && !p.upper && !p.is(wcDeterminer) && p.low != "of" {
			return -1, false // "said the message still resonates": a verb after its subject
		}
		if t.punct || t.is(wcBeForm) || t.is(wcHypo) || strings.HasSuffix(t.low, "ed") || t.is(wcPastParticiple|wcIrregular) || t.is(wcReportVerb) {
			return -1, false // a verb: the words after "said" are what was said
		}
	}
	if len(toks) <= m.end+12 {
		return sp, true // the speaker ends the sentence
	}
	return -1, false
}

// titledNameAt reports a lower-case title of agent words at i ("police
// spokesman", "army commander") right before a named person: "…, said
// police spokesman Doug Perry" has its speaker after the verb.
func titledNameAt(toks []tok, acts []actor, actorAt []int, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if actorAt[k] >= 0 {
			return k > i && toks[k].upper && acts[actorAt[k]].person
		}
		if toks[k].upper || !toks[k].is(wcAdjectiveAgent|wcGroupNoun) {
			return false
		}
	}
	return false
}

// weekdays name the days a statement is dated by ("…, said Monday that").
var weekdays = wordset.FromMap(map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true})

// namedSpeakerBefore reports a run of capitalised words that are no
// actor right before the statement verb at v and right after a comma or
// a closing quote: "…, Medea Benjamin said". A name that ends a longer
// subject ("Lt. Mike Murphy of the Kansas Highway Patrol said") is not.
func namedSpeakerBefore(toks []tok, actorAt []int, v int) bool {
	i := v - 1
	for i >= 0 && toks[i].upper && !toks[i].punct && actorAt[i] < 0 {
		i--
	}
	if v-i < 3 || i < 0 {
		return false // one word, or the sentence opens with the name
	}
	return toks[i].low == "," || closingQuote(toks, i)
}

// closingQuote reports a quotation mark at i that may close a quote: a
// straight or closing double quote, or the second of two adjacent
// apostrophes (the New York Times doubles the apostrophe for a quote
// mark, and the tokens layer splits the pair).
func closingQuote(toks []tok, i int) bool {
	switch toks[i].low {
	case "\"", "”", "''":
		return true
	case "'":
		return i > 0 && toks[i-1].low == "'" && toks[i-1].end == toks[i].start
	}
	return false
}

// localAgent returns a, or a copy of it in country ctry when it is a bare
// agent noun of no state whose sector is people who stay where they live
// (protesters, police, students, workers): "protesters stormed
// the embassy in Tunis" are Tunisians. Armed forces, officials,
// civilians and refugees may be anyone and keep their unknown country
// (PETRARCH gold codes the civilians of a place ---CVL).
func localAgent(a *actor, ctry string) *actor {
	if a == nil || !a.generic || a.country != "" || a.place {
		return a
	}
	switch a.sector {
	case "OPP", "COP", "EDU", "LAB", "AGR":
	default:
		return a
	}
	v := *a
	v.country, v.id, v.code = ctry, ctry+a.sector, ""
	return &v
}

// domesticDissent returns a, the opposition, students, workers,
// farmers, clergy or criminals of no known country that a state's
// government, police, courts, intelligence service or forces coerce,
// release or pardon, as that state's own (a state bans, jails or pardons its own dissidents;
// "Mexican troops arrested a drug cartel hitman": Mexico's criminals);
// else a unchanged.
func domesticDissent(a, src *actor, code string) *actor {
	if a.country != "" || a.place || !a.generic && !a.person || src.country == "" || src.place || src.person && src.sector == "" {
		return a
	}
	switch a.sector {
	case "OPP", "EDU", "LAB", "AGR", "REL", "CRM":
	case "MED", "BUS":
		if cameo.Root(code) != "17" && !strings.HasPrefix(code, "084") {
			// "Police in Istanbul detained three journalists": a state
			// jails and frees its own reporters and businessmen; those
			// its forces attack may be anyone's
			return a
		}
	case "CVL":
		if !(strings.HasPrefix(code, "084") && (src.sector == "MIL" || src.sector == "COP")) && !(code == "173" && src.sector == "COP") {
			// "Nigerian soldiers freed 300 women", "police arrested 20
			// people": its own; shelled civilians may be anyone's, and
			// so may prisoners a leader releases (a swap)
			return a
		}
	default:
		return a
	}
	switch src.sector {
	case "GOV", "COP", "JUD", "MIL", "SPY", "":
		// (a state's intelligence service arrests its dissidents as
		// its police do: "Venezuelan intelligence agents arrested an
		// opposition leader")
	default:
		return a
	}
	v := *a
	v.country, v.code = src.country, ""
	if a.generic {
		v.id = src.country + a.sector
	}
	return &v
}

// homeRebels returns a, a bare rebel agent of no country, as rebels of
// the state whose government other is, or whose armed forces or police
// other is when the event happens in that state (home: the country of
// the place the sentence puts it in); else a unchanged.
func homeRebels(a, other *actor, home string) *actor {
	if !a.generic || a.sector != "REB" || a.country != "" || a.place || other.country == "" || other.place {
		return a
	}
	if other.sector != "GOV" && !((other.sector == "MIL" || other.sector == "COP") && other.country == home) {
		return a
	}
	v := *a
	v.country, v.id, v.code = other.country, other.country+"REB", ""
	return &v
}

// genericInMatch reports whether every target is a bare agent noun
// inside the match's own words: "Russia and Ukraine exchanged prisoners"
// names what they exchanged, and the two sides act on each other.
func genericInMatch(acts []actor, tgts []int, m *match, code string) bool {
	for _, t := range tgts {
		if t < 0 || !objectInMatch(&acts[t], m, code) {
			return false
		}
	}
	return true
}

// objectInMatch reports whether a is a bare agent noun of no state among
// the match's own words or right after them ("exchanged hostages and
// prisoners": m.end+1). A fight's object is never so: "US and Iraqi
// forces battled insurgents" fought the insurgents, who fought back,
// not each other.
func objectInMatch(a *actor, m *match, code string) bool {
	return a.generic && a.country == "" && a.t0 >= m.start && a.t0 <= m.end+1 && cameo.QuadClass(code) != 4
}

// measureTarget returns the state a curfew, state of emergency or
// martial law (or its easing) with no named target is imposed on: the
// country of the event's place in the sentence, else the source's own
// ("Sudan's army chief declared a state of emergency" → SDN, as the
// PLOVER gold codes such measures); nil for other codes, for a source
// that is the state itself, or with PETRARCH dictionaries.
func (c *Coder) measureTarget(sa *actor, code string, em *emission) *actor {
	if sa == nil || c.kb == nil || c.petrarch() || sa.country == "" || sa.person && sa.sector == "" {
		return nil
	}
	switch code {
	case "1723", "1724", "0813", "0814":
	default:
		return nil
	}
	ctry := sa.country
	if pl := em.place; pl != nil && pl.Country != "" && pl.Span.Start >= em.sent.Start && pl.Span.End <= em.sent.End {
		ctry = pl.Country
	}
	if sa.actorCode() == ctry {
		return nil
	}
	ka, ok := c.kb.Actor(ctry)
	if !ok {
		return nil
	}
	return &actor{t0: -1, t1: -1, id: ka.ID, name: ka.Name, country: ctry}
}

// attemptWords are participles of trying after a people noun: "protesters
// trying/seeking/attempting to storm …".
var attemptWords = wordset.New("trying", "seeking", "attempting", "hoping", "planning", "wanting", "threatening", "vowing")

// seatTarget returns the government whose seat a protest, coercion or
// attack with no named target is aimed at: "stormed the president's
// residence / the presidential palace / the prime minister's office in
// Colombo" is aimed at the government of the place's state (else, for
// local people such as protesters or police, of their own state). nil when
// the object is no seat of
// government.
func (c *Coder) seatTarget(sa *actor, code string, em *emission) *actor {
	if c.kb == nil || c.petrarch() {
		return nil
	}
	if r := cameo.Root(code); r != "14" && r != "17" && r != "18" && r != "19" {
		return nil
	}
	toks, m := em.toks, em.m
	seat := false
	for i := m.start; i < len(toks) && i < m.end+6 && !seat; i++ {
		w := toks[i].low
		if toks[i].punct && w != "'s" && w != "'" {
			break
		}
		if i+1 >= len(toks) || !seatAt(toks, i+1) && !(i+2 < len(toks) && (toks[i+1].low == "'s" || toks[i+1].low == "'") && seatAt(toks, i+2)) {
			continue
		}
		seat = w == "presidential" || w == "government" || w == "president" || w == "minister" || w == "premier" || w == "king" || w == "royal"
	}
	if !seat {
		return nil
	}
	ctry := ""
	if pl := em.place; pl != nil && pl.Country != "" && pl.Span.Start >= em.sent.Start && pl.Span.End <= em.sent.End {
		ctry = pl.Country
	} else if sa != nil && !sa.person && (sa.sector == "OPP" || sa.sector == "COP" || sa.sector == "EDU" || sa.sector == "LAB" || sa.sector == "CVL") {
		ctry = sa.country // local people storm their own state's seat; foreign tanks may be anywhere
	}
	if ctry == "" || sa != nil && sa.actorCode() == ctry+"GOV" {
		return nil
	}
	ka, ok := c.kb.Actor(ctry)
	if !ok {
		return nil
	}
	return &actor{t0: -1, t1: -1, id: ka.ID, name: ka.Name, country: ctry, sector: "GOV"}
}

// seatNouns are buildings of a head of state or government ("the
// presidential palace", "government buildings", "the government
// headquarters").
var seatNouns = wordset.New("palace", "residence", "compound", "office", "offices", "mansion", "home", "house", "building", "buildings", "headquarters")

// seatAt reports a seat noun at k, or one after a word that tells which
// of the holder's buildings it is: "the president's official
// residence", "the prime minister's private home".
func seatAt(toks []tok, k int) bool {
	if seatNouns.Has(toks[k].low) {
		return true
	}
	return k+1 < len(toks) && seatModifiers.Has(toks[k].low) && seatNouns.Has(toks[k+1].low)
}

// seatModifiers are the words that may stand between a holder and a
// seat noun.
var seatModifiers = wordset.New("official", "private", "main", "temporary", "fortified", "heavily-guarded")

// topicOver reports a place (its first token t0) right after "over (the)" that is what the
// event is about ("sanctions over Ukraine", "a dispute over Kashmir"),
// not where it happened. Aerial acts and shows of force over a place
// ("shot down a jet over Kashmir", "flew over the islands") are there.
func topicOver(toks []tok, t0 int, m *match) bool {
	if t0 < 1 {
		return false
	}
	k := t0 - 1
	if toks[k].low == "the" && k > 0 {
		k--
	}
	if toks[k].low != "over" {
		return false
	}
	r := cameo.Root(m.p.Code)
	return m.p.Code != "195" && r != "15" && r != "19" && r != "20" && r != "18"
}

// postOfPlace reports a place (its first token t0) inside a diplomatic title ("ambassador to
// Turkey", "envoy to the UN", "representative to Libya", "top diplomat
// for the Middle East", "special envoy for Yemen"): the post names a
// person, not where the event happened.
func postOfPlace(toks []tok, t0 int) bool {
	k := pastThe(toks, t0-1)
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "to":
		switch toks[k-1].low {
		case "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "emissary", "delegate", "delegation", "consul":
			return true
		}
	case "for":
		switch toks[k-1].low {
		case "diplomat", "diplomats", "envoy", "envoys", "representative", "representatives", "emissary", "coordinator", "commissioner", "rapporteur":
			return true
		}
	}
	return false
}

// outsideMarks reports whether token h of a mixed quote q (one that
// opens with no quotation mark: "said he had declared martial law …
// from \"anti-state forces\"") stands outside its quoted words: the
// reported part, told as indirect speech, whose acts happened.
func outsideMarks(toks []tok, q [2]int, h int) bool {
	if q[0] >= len(toks) || toks[q[0]].punct {
		return false // a direct quote opens with its mark
	}
	open := false
	for i := q[0]; i < h && i < len(toks); i++ {
		switch toks[i].low {
		case "\"", "“", "”":
			if toks[i].punct {
				open = toks[i].low == "“" || toks[i].low == "\"" && !open
			}
		}
	}
	return !open
}

// objectPreps are prepositions whose object is a place or a party of an
// act, not the one who acts.
var objectPreps = wordset.Of("before in at to with from into near outside inside against across toward towards")

// prepObjectBeforeAnd reports whether actor a is the object of a
// preposition (see objectPreps) and the trigger m follows a bare "and":
// the verb after "and" shares the subject of the verb phrase the
// preposition sits in ("Vizcarra took the oath before Congress and
// promised …"). Only words stand between the actor and "and".
func prepObjectBeforeAnd(toks []tok, a *actor, m *match) bool {
	if m.start < 2 || toks[m.start-1].low != "and" || a.t0 < 2 || !objectPreps.Has(toks[a.t0-1].low) {
		return false
	}
	for k := a.t0; k < m.start-1; k++ {
		if toks[k].punct {
			return false
		}
	}
	return !toks[a.t0-2].punct
}

// visitorBy reports an actor at i after "by" that closes a frame of a
// visit ("during a visit by X", "on a trip by X to Cairo"): whoever
// visits there is the occasion of the act, no party to it.
func visitorBy(toks []tok, i int) bool {
	if i < 3 || toks[i-1].low != "by" {
		return false
	}
	switch toks[i-2].low {
	case "visit", "visits", "trip", "tour", "stay", "stopover":
	default:
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		switch toks[k].low {
		case "during", "on", "amid", "at":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// organisedGathering reports a "by" at i after a gathering and the
// participle of its calling ("a rally called by the opposition", "the
// strike organised by unions"): the organiser's "by", no agent of the
// verb before it.
func organisedGathering(toks []tok, i int) bool {
	if i < 2 || !organiserParticiples.Has(toks[i-1].low) {
		return false
	}
	return gatheringNouns.Has(toks[i-2].low)
}

var organiserParticiples = wordset.FromMap(map[string]bool{
	"called": true, "organised": true, "organized": true, "planned": true, "staged": true, "led": true,
	"announced": true, "convened": true, "backed": true, "sponsored": true,
})

var gatheringNouns = wordset.FromMap(map[string]bool{
	"rally": true, "rallies": true, "protest": true, "protests": true, "march": true, "marches": true,
	"demonstration": true, "demonstrations": true, "strike": true, "strikes": true, "sit-in": true, "sit-ins": true,
	"vigil": true, "vigils": true, "gathering": true, "gatherings": true,
})

// forceSector reports a sector of armed or police forces.
func forceSector(s string) bool { return s == "MIL" || s == "COP" }

// gatheringOrganiser returns the actor after an organised gathering's
// "by" ("ahead of a rally called by the opposition") within the clause
// from token from, or -1.
func gatheringOrganiser(toks []tok, actorAt []int, from int) int {
	for i := from; i+1 < len(toks) && i < from+14; i++ {
		if isHardStop(&toks[i]) || toks[i].low == "," {
			return -1
		}
		if toks[i].low != "by" || !organisedGathering(toks, i) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if actorAt[j] >= 0 {
				return actorAt[j]
			}
		}
		return -1
	}
	return -1
}

// allPolice reports sources that are all police forces.
func allPolice(acts []actor, srcs []int) bool {
	for _, a := range srcs {
		if a < 0 || acts[a].sector != "COP" {
			return false
		}
	}
	return len(srcs) > 0
}

// homelandRebels gives an ethnic group's rebels that the sentence put
// in no state the country of their demonym ("Azerbaijan demanded that
// the ethnic Armenian forces lay down their weapons": ARMREB).
func homelandRebels(a *actor) *actor {
	if a == nil || a.homeland == "" || a.country != "" {
		return a
	}
	v := *a
	v.country, v.id, v.code = a.homeland, a.homeland+a.sector, ""
	return &v
}

// quitWord reports a form of "quit".
func quitWord(w string) bool { return w == "quit" || w == "quits" || w == "quitting" }

// officeSector reports a sector whose people hold a public office or a
// place in a party, force or international body: their quitting is a
// resignation (0831).
func officeSector(s string) bool {
	switch s {
	case "GOV", "LEG", "MIL", "JUD", "COP", "PTY", "OPP", "IGO", "ELI", "SPY":
		return true
	}
	return false
}
