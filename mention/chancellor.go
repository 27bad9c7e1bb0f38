package mention

import "github.com/sitrep-project/sitrep/kb"

// canciller lists the states whose foreign minister the press calls the
// chancellor (Spanish "canciller", Portuguese "chanceler"): the
// Spanish- and Portuguese-speaking states of Latin America. "Mexican
// Chancellor Marcelo Ebrard" is Mexico's foreign minister.
var canciller = map[string]bool{
	"ARG": true, "BOL": true, "BRA": true, "CHL": true, "COL": true, "CRI": true, "CUB": true,
	"DOM": true, "ECU": true, "GTM": true, "HND": true, "MEX": true, "NIC": true, "PAN": true,
	"PER": true, "PRY": true, "SLV": true, "URY": true, "VEN": true,
}

// chancellorOffice returns the office a "chancellor" of country holds:
// the foreign minister's where the state calls its foreign minister so
// and has no chancellor heading its government, else office unchanged.
func (p *proc) chancellorOffice(office, country string) string {
	if office == kb.OfficeChancellor && canciller[country] && !p.hasOffice(country, kb.OfficeChancellor) {
		return kb.OfficeForeignMinister
	}
	return office
}
