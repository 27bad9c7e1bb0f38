package export

// fipsCountry maps ISO 3166-1 alpha-3 codes (what sitrep stores) to the
// FIPS 10-4 country codes GDELT's *Geo_CountryCode columns use. Countries
// missing here get an empty code rather than a wrong one (Palestine, for
// instance, is split into West Bank "WE" and Gaza "GZ" in FIPS).
var fipsCountry = map[string]string{
	"AFG": "AF", "ALB": "AL", "DZA": "AG", "AND": "AN", "AGO": "AO", "ARG": "AR", "ARM": "AM", "AUS": "AS",
	"AUT": "AU", "AZE": "AJ", "BHS": "BF", "BHR": "BA", "BGD": "BG", "BLR": "BO", "BEL": "BE", "BLZ": "BH",
	"BEN": "BN", "BTN": "BT", "BOL": "BL", "BIH": "BK", "BWA": "BC", "BRA": "BR", "BRN": "BX", "BGR": "BU",
	"BFA": "UV", "BDI": "BY", "KHM": "CB", "CMR": "CM", "CAN": "CA", "CPV": "CV", "CAF": "CT", "TCD": "CD",
	"CHL": "CI", "CHN": "CH", "COL": "CO", "COM": "CN", "COG": "CF", "COD": "CG", "CRI": "CS", "CIV": "IV",
	"HRV": "HR", "CUB": "CU", "CYP": "CY", "CZE": "EZ", "DNK": "DA", "DJI": "DJ", "DOM": "DR", "ECU": "EC",
	"EGY": "EG", "SLV": "ES", "GNQ": "EK", "ERI": "ER", "EST": "EN", "SWZ": "WZ", "ETH": "ET", "FJI": "FJ",
	"FIN": "FI", "FRA": "FR", "GAB": "GB", "GMB": "GA", "GEO": "GG", "DEU": "GM", "GHA": "GH", "GRC": "GR",
	"GTM": "GT", "GIN": "GV", "GNB": "PU", "GUY": "GY", "HTI": "HA", "HND": "HO", "HUN": "HU", "ISL": "IC",
	"IND": "IN", "IDN": "ID", "IRN": "IR", "IRQ": "IZ", "IRL": "EI", "ISR": "IS", "ITA": "IT", "JAM": "JM",
	"JPN": "JA", "JOR": "JO", "KAZ": "KZ", "KEN": "KE", "PRK": "KN", "KOR": "KS", "KWT": "KU", "KGZ": "KG",
	"LAO": "LA", "LVA": "LG", "LBN": "LE", "LSO": "LT", "LBR": "LI", "LBY": "LY", "LIE": "LS", "LTU": "LH",
	"LUX": "LU", "MDG": "MA", "MWI": "MI", "MYS": "MY", "MDV": "MV", "MLI": "ML", "MLT": "MT", "MRT": "MR",
	"MUS": "MP", "MEX": "MX", "MDA": "MD", "MCO": "MN", "MNG": "MG", "MNE": "MJ", "MAR": "MO", "MOZ": "MZ",
	"MMR": "BM", "NAM": "WA", "NPL": "NP", "NLD": "NL", "NZL": "NZ", "NIC": "NU", "NER": "NG", "NGA": "NI",
	"MKD": "MK", "NOR": "NO", "OMN": "MU", "PAK": "PK", "PAN": "PM", "PNG": "PP", "PRY": "PA", "PER": "PE",
	"PHL": "RP", "POL": "PL", "PRT": "PO", "QAT": "QA", "ROU": "RO", "RUS": "RS", "RWA": "RW", "SAU": "SA",
	"SEN": "SG", "SRB": "RI", "SLE": "SL", "SGP": "SN", "SVK": "LO", "SVN": "SI", "SOM": "SO", "ZAF": "SF",
	"SSD": "OD", "ESP": "SP", "LKA": "CE", "SDN": "SU", "SUR": "NS", "SWE": "SW", "CHE": "SZ", "SYR": "SY",
	"TWN": "TW", "TJK": "TI", "TZA": "TZ", "THA": "TH", "TLS": "TT", "TGO": "TO", "TTO": "TD", "TUN": "TS",
	"TUR": "TU", "TKM": "TX", "UGA": "UG", "UKR": "UP", "ARE": "AE", "GBR": "UK", "USA": "US", "URY": "UY",
	"UZB": "UZ", "VEN": "VE", "VNM": "VM", "YEM": "YM", "ZMB": "ZA", "ZWE": "ZI", "VAT": "VT", "XKX": "KV",
}
