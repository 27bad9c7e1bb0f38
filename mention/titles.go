package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// A titleEntry is one written form of a title and the office it names.
type titleEntry struct {
	words   string // folded, space separated
	office  string // kb office key
	implied string // country the title implies when none is written (US "Secretary of State")
	deputy  string // office key of the deputy form, when the KB has one
	owned   bool   // an organisation's or group's post: needs an owner (NATO Secretary-General)
	group   bool   // only with a group or organisation owner (Hezbollah leader)
	plural  bool   // "Presidents Joe Biden and Xi Jinping": names several people
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
	{words: "vice premier", office: kb.OfficeDeputyPrimeMinister},
	{words: "chancellor", office: kb.OfficeChancellor},
	{words: "king", office: kb.OfficeMonarch},
	{words: "queen", office: kb.OfficeMonarch},
	{words: "emir", office: kb.OfficeMonarch},
	{words: "monarch", office: kb.OfficeMonarch},
	{words: "crown prince", office: kb.OfficeCrownPrince},
	{words: "supreme leader", office: kb.OfficeSupremeLeader},
	{words: "head of state", office: kb.OfficeHeadOfState},
	{words: "head of government", office: kb.OfficeHeadOfGovernment},
	{words: "foreign minister", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "foreign affairs minister", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister of foreign affairs", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister for foreign affairs", office: kb.OfficeForeignMinister, deputy: kb.OfficeDeputyForeignMinister},
	{words: "minister of external affairs", office: kb.OfficeForeignMinister},
	{words: "external affairs minister", office: kb.OfficeForeignMinister},
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
	{words: "ambassador", office: kb.OfficeAmbassador},
	{words: "leader", office: kb.OfficeLeader, owned: true, group: true},
	{words: "chief", office: kb.OfficeLeader, owned: true, group: true},
	{words: "commander", office: kb.OfficeLeader, owned: true, group: true},
	{words: "head", office: kb.OfficeLeader, owned: true, group: true},
}

// normModifier maps a written modifier to the RoleClaim.Modifier value.
func normModifier(w string) string {
	switch w {
	case "ex", "former":
		return "former"
	case "vice", "deputy":
		return "deputy"
	case "elect", "designate", "incoming":
		return "designate"
	case "acting", "caretaker", "interim", "then", "outgoing", "late":
		return w
	}
	return ""
}
