package cameo

import "strings"

// A PloverType is one of PLOVER's 16 event types with the modes the
// codebook defines for it.
type PloverType struct {
	Name  string   // AGREE, CONSULT, …
	Quad  int      // the quad class its default CAMEO code falls in
	Cameo string   // the default CAMEO code for the type with no mode
	Modes []string // the type's modes
	Doc   string   // one-line definition
}

// PloverTypes lists PLOVER's event types in codebook order (cooperation
// to conflict). Written from the PLOVER manual (draft 0.8, 2021).
var PloverTypes = []PloverType{
	{"AGREE", 1, "030", nil, "agree to, or express intent to, take an action or settle a dispute; sign an agreement"},
	{"CONSULT", 1, "040", []string{"phone", "visit", "host", "third-party", "mediate", "negotiate"}, "meet, visit, host, talk, mediate or negotiate"},
	{"SUPPORT", 1, "050", []string{"praise", "defend", "rally", "recognize", "apologize", "forgive"}, "verbal or diplomatic support: praise, endorse, recognise, apologise, sign agreements"},
	{"CONCEDE", 2, "080", nil, "yield to a demand: ease restrictions, accede to reform"},
	{"COOPERATE", 2, "060", []string{"economic", "military", "judicial", "intelligence"}, "material cooperation between actors"},
	{"AID", 2, "070", []string{"economic", "military", "humanitarian", "peacekeeping", "asylum"}, "provide economic, military or humanitarian aid, protection or asylum"},
	{"RETREAT", 2, "084", []string{"release", "return", "ease", "access", "disarm", "ceasefire", "withdraw"}, "release, return, ease sanctions, allow access, cease fire, withdraw"},
	{"REQUEST", 3, "100", []string{"assist", "change", "yield", "meet"}, "appeal for or demand cooperation, aid, change, concessions or a meeting"},
	{"ACCUSE", 3, "112", []string{"disapprove", "allege", "investigate"}, "criticise, accuse, complain, sue or investigate"},
	{"REJECT", 3, "120", []string{"assist", "change", "yield", "meet", "defy", "veto"}, "refuse a request, proposal, demand or norm"},
	{"THREATEN", 3, "130", []string{"relations", "restrict", "expel", "violence", "territory", "ultimatum"}, "threaten sanctions, force or other harm"},
	{"PROTEST", 4, "140", []string{"demo", "hunger", "strike", "obstruct", "riot"}, "demonstrate, strike, boycott, block or riot"},
	{"SANCTION", 4, "160", []string{"withdraw", "discontinue", "restrict", "expel"}, "reduce or break relations, cut aid, impose sanctions or embargoes, expel"},
	{"MOBILIZE", 4, "150", []string{"police", "troops"}, "raise alert levels or mobilise police or armed forces"},
	{"COERCE", 4, "170", []string{"seize", "restrict", "ban", "curfew", "martial-law", "arrest", "deport", "blockade", "occupy"}, "seize, arrest, deport, restrict, blockade or occupy without violence"},
	{"ASSAULT", 4, "190", []string{"abduct", "beat", "sexual", "torture", "kill", "explosives", "suicide-attack", "assassinate", "firearms", "heavy-weapons", "aerial", "massacre", "cleansing", "wmd", "destroy", "repression", "ceasefire-violation", "expel-mass"}, "use violence: attacks, bombings, killings, abductions, fighting"},
}

// PloverContexts lists PLOVER's contexts (topics an event can carry).
var PloverContexts = []string{
	"agriculture", "asylum", "cbrn", "crime", "cyber", "corruption", "democracy", "diplomatic",
	"disaster", "economic", "election", "environment", "executive", "gender", "health",
	"human_rights", "humanitarian", "human_security", "intelligence", "legal", "legislative",
	"migration", "military", "peacekeeping", "political_institutions", "pro_autocracy",
	"religion_ethnicity", "resource", "rights_freedoms", "terrorism", "territory", "transportation",
	"refugees",
}

var ploverIndex = func() map[string]int {
	m := make(map[string]int, len(PloverTypes))
	for i, t := range PloverTypes {
		m[t.Name] = i
	}
	return m
}()

// Plover returns the PLOVER type named name (after NormalizePlover).
func Plover(name string) (PloverType, bool) {
	i, ok := ploverIndex[NormalizePlover(name)]
	if !ok {
		return PloverType{}, false
	}
	return PloverTypes[i], true
}

// NormalizePlover upper-cases name and maps the names of the 2016 PLOVER
// draft to the current ones: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE
// → ACCUSE, FIGHT → ASSAULT. Unknown names are returned upper-cased.
func NormalizePlover(name string) string {
	n := strings.ToUpper(strings.TrimSpace(name))
	switch n {
	case "DEMAND":
		return "REQUEST"
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE"
	case "FIGHT":
		return "ASSAULT"
	}
	return n
}

// ToPlover maps a CAMEO code to its PLOVER type and mode (via Lookup's
// fallback to the base code). CAMEO 01 statements have no PLOVER type and
// give "".
func ToPlover(code string) (typ, mode string) {
	c, ok := Lookup(code)
	if !ok {
		return "", ""
	}
	return c.Plover, c.Mode
}

// FromPlover returns the most general CAMEO code for a PLOVER type and
// mode: the first code (in code order) with that type and mode, else the
// type's default code. It returns "" for an unknown type.
func FromPlover(typ, mode string) string {
	t, ok := Plover(typ)
	if !ok {
		return ""
	}
	if mode != "" {
		for _, c := range list {
			if c.Plover == t.Name && c.Mode == mode && len(c.Code) == 3 {
				return c.Code
			}
		}
	}
	return t.Cameo
}
