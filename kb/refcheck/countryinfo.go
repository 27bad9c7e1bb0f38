package refcheck

import (
	"bufio"
	"os"
	"regexp"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// CountryInfo.txt (openeventdata) has, per country, a <Leaders> block of
// heads of state and government from rulers.org, about 1960 to 2009:
//
//	<CountryCode>ISR</CountryCode>
//	<Leaders>
//		<Prime ministers>
//			{BENJAMIN_NETANYAHU_} {BIBI_NETANYAHU_}	[19960618 - 19990706]  [B:19490101]
//			EHUD_OLMERT_	[>20060104]
//
// The file is Latin-1. Sections are mapped to office keys (Presidents →
// president, Prime ministers → prime_minister, Kings → monarch, …); other
// sections are skipped. Open spells are open as of ciAsOf (mid-2008). Its
// <Government> block (CIA World Leaders titles) pairs codes and titles too
// loosely to compare and is not read.

// ciAsOf is when the <Leaders> lists stop: spells still open there
// include leaders who left office in August 2008 (Musharraf, Mwanawasa).
var ciAsOf = kb.Date{Year: 2008, Month: 7, Day: 1}

var ciSections = map[string]string{
	"presidents": kb.OfficePresident, "president": kb.OfficePresident,
	"prime ministers": kb.OfficePrimeMinister, "prime minister": kb.OfficePrimeMinister, "premiers": kb.OfficePrimeMinister,
	"kings": kb.OfficeMonarch, "king": kb.OfficeMonarch, "kings/queens": kb.OfficeMonarch, "sultans": kb.OfficeMonarch,
	"emirs": kb.OfficeMonarch, "emperors/empresses": kb.OfficeMonarch, "shahs": kb.OfficeMonarch,
	"chancellors": kb.OfficeChancellor, "heads of state": kb.OfficeHeadOfState, "heads of government": kb.OfficeHeadOfGovernment,
	"supreme leaders": kb.OfficeSupremeLeader, "supreme leader": kb.OfficeSupremeLeader,
}

var (
	ciCode    = regexp.MustCompile(`<CountryCode>([A-Z]{3})</CountryCode>`)
	ciSpan    = regexp.MustCompile(`\[\s*([<>]?)(\d{8})(?:\s*-\s*(\d{8}))?\s*\]`)
	ciAltName = regexp.MustCompile(`\{([^}]*)\}`)
)

// loadCountryInfo reads the <Leaders> blocks of a CountryInfo file.
func (ref *Reference) loadCountryInfo(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	country, section := "", ""
	inLeaders := false
	for sc.Scan() {
		line := strings.TrimSpace(latin1(sc.Bytes()))
		if m := ciCode.FindStringSubmatch(line); m != nil {
			country = m[1]
			continue
		}
		switch {
		case line == "<Leaders>":
			inLeaders = true
			continue
		case line == "</Leaders>":
			inLeaders, section = false, ""
			continue
		case !inLeaders || line == "":
			continue
		case strings.HasPrefix(line, "</"):
			section = ""
			continue
		case strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">"):
			section = ciSections[strings.ToLower(strings.Trim(line, "<>"))]
			continue
		}
		if section == "" || country == "" {
			continue
		}
		namePart := line
		if i := strings.IndexByte(line, '['); i >= 0 {
			namePart = line[:i]
		}
		var names []string
		if alts := ciAltName.FindAllStringSubmatch(namePart, -1); alts != nil {
			for _, a := range alts {
				names = append(names, a[1])
			}
		} else {
			names = []string{namePart}
		}
		for _, m := range ciSpan.FindAllStringSubmatch(line, -1) {
			var start, end kb.Date
			switch m[1] {
			case ">":
				start = ciDate(m[2])
			case "<":
				end = ciDate(m[2])
			default:
				start, end = ciDate(m[2]), ciDate(m[3])
			}
			if !start.IsZero() && !end.IsZero() && end.Last().Compare(start.First()) < 0 {
				continue
			}
			for _, n := range names {
				display := strings.TrimSpace(strings.ReplaceAll(n, "_", " "))
				n = kb.Fold(display)
				if n == "" {
					continue
				}
				ref.add(kb.OfficeID(country, section), refRole{person: n, name: display, start: start, end: end, asOf: ciAsOf, source: "countryinfo"})
			}
		}
	}
	return sc.Err()
}

// ciDate parses YYYYMMDD, falling back to the month when the day is
// impossible (the file has "20070631").
func ciDate(s string) kb.Date {
	if len(s) != 8 {
		return kb.Date{}
	}
	if d, err := kb.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:]); err == nil {
		return d
	}
	d, _ := kb.ParseDate(s[:4] + "-" + s[4:6])
	return d
}

// latin1 decodes ISO-8859-1 bytes, dropping NULs.
func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c != 0 {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}
