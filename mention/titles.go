package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// OfficeAlternatePrimeMinister is Israel's rotation post (2020–): the KB
// files it as ISR.alternate_prime_minister.
const OfficeAlternatePrimeMinister = "alternate_prime_minister"

// OfficeEconomyMinister is a minister of the economy or of economic
// affairs (DEU.economy_minister, ARG.economy_minister).
const OfficeEconomyMinister = "economy_minister"

// OfficeViceChancellor is the deputy of a chancellor heading a
// government (DEU.vice_chancellor, AUT.vice_chancellor).
const OfficeViceChancellor = "vice_chancellor"

// OfficeGeneralSecretary is the general secretary of a ruling communist
// party, filed as the state's office (CHN.general_secretary).
const OfficeGeneralSecretary = "general_secretary"

// OfficeCentralBankGovernor is the head of a state's central bank,
// whatever the bank calls the post (GBR.central_bank_governor for the
// Governor of the Bank of England, IND.central_bank_governor).
const OfficeCentralBankGovernor = "central_bank_governor"

// OfficeChiefJustice is the head of a state's highest court
// (USA.chief_justice, KEN.chief_justice).
const OfficeChiefJustice = "chief_justice"

// A titleEntry is one written form of a title and the office it names.
type titleEntry struct {
	words   string // folded, space separated
	office  string // kb office key
	implied string // country the title implies when none is written (US "Secretary of State")
	deputy  string // office key of the deputy form, when the KB has one
	owned   bool   // an organisation's or group's post: needs an owner (NATO Secretary-General)
	group   bool   // only with a group or organisation owner (Hezbollah leader)
	plural  bool   // "Presidents Joe Biden and Xi Jinping": names several people
	only    string // the one owner this title belongs to ("IMF" for "managing director"); written owner required
	upper   bool   // only written in capitals ("PM", not "pm")
	consort bool   // also a consort's title ("Queen Camilla"): a claim only for a person who held the office
	filed   bool   // a claim only where the KB files the office for the country
	except  string // a country whose post of this name is another office: no claim there
	written bool   // a claim only with the country written before the title ("Myanmar's state counsellor")
	peer    bool   // "his Kenyan counterpart X": the office of the sentence's claim before it, in the state written
	named   bool   // a claim only where the owner and the title written together are a KB office's name or alias ("Bank of England Governor")
}

// withPlurals returns the table plus the plural of every entry whose last
// word takes a plain "s" ("foreign ministers", "presidents").
func withPlurals(tab []titleEntry) []titleEntry {
	out := append([]titleEntry(nil), tab...)
	for _, e := range tab {
		if strings.Contains(e.words, " of ") || strings.HasSuffix(e.words, "y") || strings.HasSuffix(e.words, "general") || strings.HasSuffix(e.words, "s") {
			continue
		}
		p := e
		p.words += "s"
		p.plural = true
		out = append(out, p)
	}
	return out
}

// titleTable is the title lexicon: how English news writes the offices
// of kb/offices.go. Longest match wins, so "deputy foreign minister"
// beats "foreign minister".
var titleTable = []titleEntry{
	{words: "president", office: kb.OfficePresident, deputy: kb.OfficeVicePresident},
	{words: "vice president", office: kb.OfficeVicePresident},
	{words: "prime minister", office: kb.OfficePrimeMinister, deputy: kb.OfficeDeputyPrimeMinister},
	{words: "premier", office: kb.OfficePrimeMinister, deputy: kb.OfficeDeputyPrimeMinister},
	{words: "deputy prime minister", office: kb.OfficeDeputyPrimeMinister},
	{words: "alternate prime minister", office: OfficeAlternatePrimeMinister},
	{words: "pm", office: kb.OfficePrimeMinister, upper: true},
	{words: "fm", office: kb.OfficeForeignMinister, upper: true}, // "Iranian FM X", headline style
	{words: "vice premier", office: kb.OfficeDeputyPrimeMinister},
	{words: "chancellor", office: kb.OfficeChancellor, deputy: OfficeViceChancellor},
	// Germany's and Austria's deputy heads of government; a university's
	// vice-chancellor elsewhere claims nothing
	{words: "vice chancellor", office: OfficeViceChancellor, filed: true},
	{words: "king", office: kb.OfficeMonarch},
	{words: "queen", office: kb.OfficeMonarch, consort: true},
	{words: "emir", office: kb.OfficeMonarch},
	{words: "sultan", office: kb.OfficeMonarch}, // Oman, Brunei (kb/offices.go)
	{words: "grand duke", office: kb.OfficeMonarch},
	{words: "emperor", office: kb.OfficeMonarch},
	{words: "monarch", office: kb.OfficeMonarch},
	// "Kuwait's ruler Sheikh Mishal": the monarch where the state has
	// one; a military or de facto ruler elsewhere claims nothing
	{words: "ruler", office: kb.OfficeMonarch, filed: true},
	{words: "crown prince", office: kb.OfficeCrownPrince},
	// a ruling communist party's general secretary is its state's top
	// post (China, Vietnam); elsewhere the title is a party's or a
	// union's officer, which the KB does not file
	{words: "general secretary", office: OfficeGeneralSecretary, filed: true},
	{words: "first secretary", office: kb.OfficeLeader, filed: true}, // Cuba's party leader
	{words: "supreme leader", office: kb.OfficeSupremeLeader},
	{words: "head of state", office: kb.OfficeHeadOfState},
	{words: "president of the republic", office: kb.OfficePresident}, // "Président de la République": the article's state
	{words: "head of government", office: kb.OfficeHeadOfGovernment},
	{words: "foreign minister", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "foreign affairs minister", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister of foreign affairs", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister for foreign affairs", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister of external affairs", office: kb.OfficeForeignMinister},
	{words: "external affairs minister", office: kb.OfficeForeignMinister},
	// a state's top diplomat is its foreign minister, except China's
	// (the party's foreign affairs chief: Yang Jiechi, then Wang Yi
	// while Qin Gang was minister); a body's (the EU's) is no claim
	{words: "top diplomat", office: kb.OfficeForeignMinister, filed: true, except: "CHN"},
	{words: "chief diplomat", office: kb.OfficeForeignMinister, filed: true, except: "CHN"},
	{words: "foreign secretary", office: kb.OfficeForeignMinister, implied: "GBR"},
	{words: "secretary of state", office: kb.OfficeForeignMinister, implied: "USA"},
	{words: "deputy foreign minister", office: kb.OfficeDeputyForeignMinister},
	{words: "vice foreign minister", office: kb.OfficeDeputyForeignMinister},
	{words: "deputy minister of foreign affairs", office: kb.OfficeDeputyForeignMinister},
	{words: "defence minister", office: kb.OfficeDefenceMinister},
	{words: "defense minister", office: kb.OfficeDefenceMinister},
	{words: "minister of defence", office: kb.OfficeDefenceMinister},
	{words: "minister of defense", office: kb.OfficeDefenceMinister},
	{words: "minister for defence", office: kb.OfficeDefenceMinister},
	// France's defence minister is its minister of the armed forces;
	// Britain's armed forces minister is a junior minister under the
	// defence secretary
	{words: "armed forces minister", office: kb.OfficeDefenceMinister, filed: true, except: "GBR"},
	{words: "minister of the armed forces", office: kb.OfficeDefenceMinister, filed: true, except: "GBR"},
	{words: "minister for the armed forces", office: kb.OfficeDefenceMinister, filed: true, except: "GBR"},
	{words: "minister of national defense", office: kb.OfficeDefenceMinister},
	{words: "minister of national defence", office: kb.OfficeDefenceMinister},
	{words: "secretary of defense", office: kb.OfficeDefenceMinister, implied: "USA"},
	{words: "defense secretary", office: kb.OfficeDefenceMinister, implied: "USA"},
	{words: "defence secretary", office: kb.OfficeDefenceMinister, implied: "GBR"},
	{words: "secretary of state for defence", office: kb.OfficeDefenceMinister, implied: "GBR"},
	{words: "interior minister", office: kb.OfficeInteriorMinister},
	{words: "minister of interior", office: kb.OfficeInteriorMinister},
	{words: "minister of the interior", office: kb.OfficeInteriorMinister},
	{words: "minister for home affairs", office: kb.OfficeInteriorMinister},
	{words: "home minister", office: kb.OfficeInteriorMinister},
	{words: "home secretary", office: kb.OfficeInteriorMinister, implied: "GBR"},
	{words: "finance minister", office: kb.OfficeFinanceMinister},
	// the economy ministry: Germany's, Argentina's (a finance portfolio
	// elsewhere is another office, so no mapping to finance_minister)
	{words: "economy minister", office: OfficeEconomyMinister},
	{words: "economics minister", office: OfficeEconomyMinister},
	{words: "minister of economy", office: OfficeEconomyMinister},
	{words: "minister of the economy", office: OfficeEconomyMinister},
	{words: "minister for economic affairs", office: OfficeEconomyMinister},
	{words: "minister of finance", office: kb.OfficeFinanceMinister},
	{words: "minister for finance", office: kb.OfficeFinanceMinister},
	{words: "treasury secretary", office: kb.OfficeFinanceMinister, implied: "USA"},
	{words: "secretary of the treasury", office: kb.OfficeFinanceMinister, implied: "USA"},
	{words: "chancellor of the exchequer", office: kb.OfficeFinanceMinister, implied: "GBR"},
	{words: "secretary general", office: kb.OfficeSecretaryGeneral, owned: true},
	{words: "director general", office: kb.OfficeDirectorGeneral, owned: true},
	{words: "speaker", office: kb.OfficeSpeaker},
	{words: "parliament speaker", office: kb.OfficeSpeaker},
	{words: "speaker of parliament", office: kb.OfficeSpeaker},
	{words: "speaker of the parliament", office: kb.OfficeSpeaker},
	{words: "house speaker", office: kb.OfficeSpeaker}, // "US House Speaker Kevin McCarthy", "Philippine House Speaker"
	{words: "speaker of the house", office: kb.OfficeSpeaker},
	{words: "ambassador", office: kb.OfficeAmbassador},
	// a central bank's head: "Turkey's central bank governor X"; a bare
	// "Governor X" is a state's or a province's governor, so "governor"
	// alone claims only as the bank's post the KB names with its owner
	// ("Bank of England Governor X", "Governor of the Bank of Japan X")
	{words: "central bank governor", office: OfficeCentralBankGovernor, filed: true},
	{words: "central bank chief", office: OfficeCentralBankGovernor, filed: true},
	{words: "central bank head", office: OfficeCentralBankGovernor, filed: true},
	{words: "governor", office: OfficeCentralBankGovernor, owned: true, group: true, named: true},
	// the head of the highest court: "Chief Justice John Roberts", the
	// state from the context like other bare titles
	{words: "chief justice", office: OfficeChiefJustice, filed: true},
	{words: "leader", office: kb.OfficeLeader, owned: true, group: true},
	{words: "chief", office: kb.OfficeLeader, owned: true, group: true},
	{words: "commander", office: kb.OfficeLeader, owned: true, group: true},
	{words: "head", office: kb.OfficeLeader, owned: true, group: true},
	// a movement's or a body's chair, where the KB names its head so
	// ("TPLF chairman X", "X, chairman of the Tigray People's Liberation
	// Front"): many parties have a chairman beside their leader ("ANC
	// chairman Gwede Mantashe", the DA's federal chairwoman)
	{words: "chairman", office: kb.OfficeLeader, owned: true, group: true, named: true},
	{words: "chairwoman", office: kb.OfficeLeader, owned: true, group: true, named: true},
	// "Ugandan President X and his Kenyan counterpart Y": Y holds X's
	// office in Kenya
	{words: "counterpart", peer: true},
}

// normModifier maps a written modifier to the RoleClaim.Modifier value.
func normModifier(w string) string {
	switch w {
	case "ex", "former", "ousted", "deposed", "toppled", "overthrown", "exiled":
		// a holder put out of office is a former holder: "Ousted
		// President Omar al-Bashir", "Deposed president Evo Morales"
		return "former"
	case "assassinated", "slain":
		return "late"
	case "vice", "deputy":
		return "deputy"
	case "assistant", "associate":
		// "Assistant Secretary of State" is a post of its own below
		// the cabinet office (the verifier judges no claim whose title
		// follows "Assistant"); as a modifier it keeps "US Assistant"
		// from being read as a body's name
		return "assistant"
	case "elect", "designate", "incoming":
		return "designate"
	case "acting", "caretaker", "interim", "then", "outgoing", "late":
		return w
	}
	return ""
}

// officeTitles derives title entries from the KB's office aliases that
// open with their owner's name: "IMF Managing Director" gives "managing
// director" for the IMF's director_general, "EU foreign policy chief"
// gives "foreign policy chief" for EU.high_representative. Such a title
// counts only with that owner written before it. Forms the static table
// already has are skipped.
func officeTitles(k *kb.KB, have map[string]bool) []titleEntry {
	if k == nil {
		return nil
	}
	names := ownerNames(k)
	var out []titleEntry
	for _, o := range k.Offices() {
		for _, al := range o.Aliases {
			f := kb.Fold(al)
			for _, n := range names[o.Country] {
				if !strings.HasPrefix(f, n+" ") {
					continue
				}
				rest := f[len(n)+1:]
				if rest == "" || have[rest] || strings.Contains(rest, " of ") {
					continue
				}
				have[rest] = true
				out = append(out, titleEntry{words: rest, office: o.Key, owned: true, only: o.Country})
			}
		}
	}
	return append(out, stateOfficeTitles(k, names, have)...)
}

// stateOfficeTitles derives title entries from the names of the KB's
// state offices that are written "TITLE of STATE" with a title of their
// own ("State Counsellor of Myanmar", "Chief Adviser of Bangladesh",
// "Chief Executive of Afghanistan"). Each counts only with its state
// written before it and only for a state that files the office
// (filed, written): "Kenya Airways chief executive" claims nothing. A
// title of one word ("chairman", "minister"), one opening with a
// modifier ("deputy president": the table's "president" with
// "deputy"), one ending in a title the table has ("federal president",
// the table's "president" after a gloss) or one the table already has
// is skipped; one title of
// several states' offices of the same key is one entry.
func stateOfficeTitles(k *kb.KB, names map[string][]string, have map[string]bool) []titleEntry {
	var out []titleEntry
	for _, o := range k.Offices() {
		f := kb.Fold(o.Name)
		for _, n := range names[o.Country] {
			t, ok := strings.CutSuffix(f, " of "+n)
			if !ok {
				t, ok = strings.CutSuffix(f, " of the "+n)
			}
			if !ok || !strings.Contains(t, " ") || strings.Contains(t, " of ") || normModifier(t[:strings.IndexByte(t, ' ')]) != "" {
				continue
			}
			if have[t] || tableSuffix(t, have) {
				break
			}
			have[t] = true
			out = append(out, titleEntry{words: t, office: o.Key, filed: true, written: true})
			break
		}
	}
	return out
}

// ownerNames maps an office owner code ("IMF", "EU", "IRN") to the folded
// names of its KB actor.
func ownerNames(k *kb.KB) map[string][]string {
	m := map[string][]string{}
	for _, a := range k.Actors() {
		if a.Kind == kb.KindPerson || a.Kind == kb.KindPlace {
			continue
		}
		codes := []string{a.ID}
		if i := strings.IndexByte(a.ID, '.'); i >= 0 {
			codes = append(codes, strings.ToUpper(a.ID[i+1:]))
		}
		for _, c := range codes {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				m[c] = append(m[c], kb.Fold(n))
			}
		}
	}
	return m
}

// tableSuffix reports whether title t ends with words that are a title of
// have.
func tableSuffix(t string, have map[string]bool) bool {
	for i := strings.IndexByte(t, ' '); i >= 0; {
		if have[t[i+1:]] {
			return true
		}
		j := strings.IndexByte(t[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}
