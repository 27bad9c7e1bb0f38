package importer

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// exactKeys maps whole position labels (lower case) to office keys.
var exactKeys = map[string]string{
	"president":                         kb.OfficePresident,
	"president of the republic":         kb.OfficePresident,
	"president of the state":            kb.OfficePresident,
	"vice president":                    kb.OfficeVicePresident,
	"vice-president":                    kb.OfficeVicePresident,
	"prime minister":                    kb.OfficePrimeMinister,
	"premier":                           kb.OfficePrimeMinister,
	"premier of the state council":      kb.OfficePrimeMinister,
	"chancellor":                        kb.OfficeChancellor,
	"federal chancellor":                kb.OfficeChancellor,
	"deputy prime minister":             kb.OfficeDeputyPrimeMinister,
	"vice premier":                      kb.OfficeDeputyPrimeMinister,
	"vice premier of the state council": kb.OfficeDeputyPrimeMinister,
	"monarch":                           kb.OfficeMonarch,
	"king":                              kb.OfficeMonarch,
	"queen":                             kb.OfficeMonarch,
	"emir":                              kb.OfficeMonarch,
	"sultan":                            kb.OfficeMonarch,
	"crown prince":                      kb.OfficeCrownPrince,
	"supreme leader":                    kb.OfficeSupremeLeader,
	"foreign minister":                  kb.OfficeForeignMinister,
	"foreign secretary":                 kb.OfficeForeignMinister,
	"minister of the armed forces":      kb.OfficeDefenceMinister,
	"home secretary":                    kb.OfficeInteriorMinister,
	"secretary of state for the home department":     kb.OfficeInteriorMinister,
	"chancellor of the exchequer":                    kb.OfficeFinanceMinister,
	"secretary of the treasury":                      kb.OfficeFinanceMinister,
	"secretary of defense":                           kb.OfficeDefenceMinister,
	"permanent representative to the united nations": kb.OfficeAmbassadorPrefix + "UN",
}

// OfficeKey maps a position label as Wikidata writes it ("Minister of
// Foreign Affairs", "Secretary of State for Defence", "ambassador to
// France") to an office key of kb/offices.go, for the given country (US
// "Secretary of State" is its foreign minister). Labels with no key of
// their own become a slug: "Minister of Justice" → "minister_of_justice".
func OfficeKey(label, country string, names *kb.KB) string {
	l := strings.ToLower(strings.TrimSpace(strings.Trim(label, `"`)))
	l = strings.TrimPrefix(l, "federal ")
	if k, ok := exactKeys[l]; ok {
		return k
	}
	if country == "USA" && l == "secretary of state" {
		return kb.OfficeForeignMinister
	}
	for _, p := range []string{"ambassador to ", "high commissioner to "} {
		if strings.HasPrefix(l, p) {
			host := strings.TrimPrefix(strings.TrimSpace(l[len(p):]), "the ")
			if c, ok := countryByName(names, host); ok {
				return kb.OfficeAmbassadorPrefix + c
			}
			return kb.OfficeAmbassador
		}
	}
	junior := strings.Contains(l, "deputy") || strings.Contains(l, "vice") || strings.Contains(l, "under") ||
		strings.Contains(l, "minister of state") || strings.Contains(l, "state secretary") || strings.Contains(l, "assistant") ||
		strings.Contains(l, "parliamentary") || strings.Contains(l, "shadow") || strings.Contains(l, "permanent secretary") ||
		strings.HasPrefix(l, "head of") || strings.HasPrefix(l, "chief of")
	minister := strings.HasPrefix(l, "minister") || strings.HasPrefix(l, "secretary of state for") || strings.HasPrefix(l, "secretary for")
	if minister && !junior && !subPost(l) {
		switch {
		case strings.Contains(l, "foreign affairs") || strings.Contains(l, "external affairs") || strings.Contains(l, "foreign and commonwealth") ||
			strings.Contains(l, "foreign, commonwealth") || strings.Contains(l, "european and international affairs") || strings.Contains(l, "europe and foreign affairs"):
			if !strings.Contains(l, "trade") || strings.Contains(l, "foreign affairs and trade") {
				return kb.OfficeForeignMinister
			}
		case strings.Contains(l, "defence") || strings.Contains(l, "defense"):
			return kb.OfficeDefenceMinister
		case l == "minister of the interior" || l == "minister of interior" || l == "minister of internal affairs" || l == "minister of home affairs" || l == "minister for home affairs" || l == "minister of the interior and administration":
			return kb.OfficeInteriorMinister
		case l == "minister of finance" || l == "minister for finance" || l == "minister of finance and economy" || l == "minister of economy and finance":
			return kb.OfficeFinanceMinister
		}
	}
	if strings.HasPrefix(l, "speaker of the ") && !junior {
		return kb.OfficeSpeaker
	}
	if centralBankHead(l) && !junior {
		return kb.OfficeCentralBankGovernor
	}
	return slugKey(l)
}

// subPostWords, in a minister's label, name a junior or neighbouring post
// beside the cabinet one ("Minister Delegate for Foreign Affairs",
// "Minister for Defence Materiel", "Minister for Defence Science and
// Personnel", "Minister of Home Front Defence", "Minister for Defence
// Industry"): such a label keeps its own office key.
var subPostWords = []string{"delegate", "materiel", "matériel", "science", "personnel", "home front", "industr", "production", "equipment", "procurement"}

func subPost(l string) bool {
	for _, w := range subPostWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// centralBankHead reports a label that names the head of a state's
// central bank as the tables write it: "Governor of the Central Bank",
// "President of the Central Bank", "Governor of the Reserve Bank",
// "Governor of the Bank of Korea", "Director General of the Bank of
// Italy", "President of Sveriges Riksbank", "Chairman of the Governing
// Board of the Swiss National Bank". A development or investment bank,
// or an ambassador to one, is no central bank.
func centralBankHead(l string) bool {
	head := false
	for _, p := range []string{"governor of ", "executive governor of ", "president of ", "director general of the bank of ", "chairman of the governing board of "} {
		head = head || strings.HasPrefix(l, p)
	}
	if !head || strings.Contains(l, "development") || strings.Contains(l, "investment") || strings.Contains(l, "world bank") {
		return false
	}
	return strings.Contains(l, "bank") || strings.Contains(l, "riksbank")
}

func slugKey(l string) string {
	return strings.ReplaceAll(Slug(l), "-", "_")
}
