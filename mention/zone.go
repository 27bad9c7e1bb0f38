package mention

// clockZone reports whether token i is a time-zone abbreviation written
// after a clock time ("10:00 CET", "08:15 MSK", "9 a.m. EST", "0730
// WIB"): part of the time expression, no organisation or person. Only
// an all-capitals word of two to four letters after a token ending in a
// digit or "a.m."/"p.m." is looked up.
func (p *proc) clockZone(i int) bool {
	t := &p.toks[i]
	if !t.upper() || t.end-t.start < 2 || t.end-t.start > 4 || i == 0 {
		return false
	}
	prev := p.text[p.toks[i-1].start:p.toks[i-1].end]
	if prev == "." {
		// "p.m." read as "p", ".", "m", ".": the whole word
		k := i - 1
		for k > 0 && i-k < 4 && p.toks[k-1].end == p.toks[k].start {
			k--
		}
		prev = p.text[p.toks[k].start:p.toks[i-1].end]
	}
	if p.toks[i-1].sent != t.sent && !meridiem(prev) {
		return false // (the stop of "10:05 p.m." may end a sentence before the zone)
	}
	if c := prev[len(prev)-1]; !(c >= '0' && c <= '9' || c == '.' && len(prev) >= 3 && (prev[len(prev)-2] == 'm' || prev[len(prev)-2] == 'M')) && prev != "am" && prev != "pm" {
		return false
	}
	return zoneAbbrevs[p.word(i)]
}

// zoneAbbrevs are the zone abbreviations a clock time carries.
var zoneAbbrevs = map[string]bool{
	"GMT": true, "UTC": true, "EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true,
	"MDT": true, "PST": true, "PDT": true, "ET": true, "PT": true, "CT": true, "BST": true,
	"CET": true, "CEST": true, "EET": true, "EEST": true, "MSK": true, "IST": true, "PKT": true,
	"WIB": true, "HKT": true, "JST": true, "KST": true, "AEST": true, "AEDT": true, "SAST": true,
	"NZST": true, "NZDT": true,
	"PHT": true, "SGT": true, "ICT": true, "WAT": true, "EAT": true, "CAT": true, "GST": true, "IRST": true, "AWST": true,
}

// meridiem reports whether w is "a.m." or "p.m." (either case).
func meridiem(w string) bool {
	switch w {
	case "a.m.", "p.m.", "A.M.", "P.M.":
		return true
	}
	return false
}
