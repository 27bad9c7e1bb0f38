package timex

// Word tables of the time grammar. Keys are ASCII lower case.

// months maps month names and their usual abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthAbbrev reports whether w is an abbreviated month name, which is a
// month only when a day or year follows.
func monthAbbrev(w string) bool { return len(w) <= 4 && w != "june" && w != "july" && w != "may" }

// ambiguousMonths are month names that are also common English words
// ("may", "march"); they count as months only in a date context.
var ambiguousMonths = map[string]bool{"may": true, "march": true}

// weekdays maps weekday names to ISO numbers (Monday = 1).
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// dayParts maps parts of the day to TIMEX3 time-of-day codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// seasons maps season names to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStart is the month a season starts (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// A unit is a calendar unit with its TIMEX3 duration letter.
type unit struct {
	code string // Y, M, W, D, H, MIN, S, DE, CE, Q
	time bool   // hours, minutes, seconds: written after T
}

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"year": {"Y", false}, "years": {"Y", false},
	"month": {"M", false}, "months": {"M", false},
	"week": {"W", false}, "weeks": {"W", false},
	"day": {"D", false}, "days": {"D", false},
	"hour": {"H", true}, "hours": {"H", true},
	"minute": {"M", true}, "minutes": {"M", true},
	"second": {"S", true}, "seconds": {"S", true},
	"decade": {"DE", false}, "decades": {"DE", false},
	"century": {"CE", false}, "centuries": {"CE", false},
	"quarter": {"Q", false}, "quarters": {"Q", false},
	"fortnight": {"FN", false},
	"weekend":   {"WE", false}, "weekends": {"WE", false},
}

// plural reports whether a unit word is plural.
func plural(w string) bool { return len(w) > 0 && w[len(w)-1] == 's' }

// numberWords maps cardinal number words to values.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1, "dozen": 12,
}

// vagueQuantities are quantity words that give an unknown count (X).
var vagueQuantities = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
	"multiple": true, "various": true, "countless": true,
}

// ordinals maps ordinal words to values (quarters, halves, centuries).
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
}

// centuryOrdinals maps "twentieth"/"21st" style words to a century number.
var centuryOrdinals = map[string]int{
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

// decadeWords maps decade words to the decade digit of the 1900s.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// monthContext are words after which a capitalised "May" or "March"
// is a month.
var monthContext = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "to": true, "before": true, "after": true,
	"during": true, "early": true, "late": true, "mid": true, "last": true,
	"next": true, "this": true, "that": true, "between": true, "each": true,
	"every": true, "and": true, "or": true, "end": true, "beginning": true,
	"start": true, "middle": true, "following": true, "previous": true, "on": true,
	"throughout": true, "around": true, "past": true, "in-between": true,
}

// sets maps single words that denote a recurring time to SET values.
var sets = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "nightly": "TNI", "biweekly": "P2W",
}

// refWords maps single words to TIMEX3 reference values.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
	"soon":    "FUTURE_REF",
	"current": "PRESENT_REF", "recent": "PAST_REF",
}

// genericNow are nouns after "today's" that name the present age rather
// than the article's day ("today's world", "today's youth").
var genericNow = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "generations": true,
	"children": true, "kids": true, "teenagers": true, "teens": true, "culture": true,
	"families": true, "standards": true, "age": true, "era": true, "times": true,
}

// houseNumber reports whether m, a bare four-digit number taken as a
// year, is the number of a street address: capitalised words and a
// street word follow it ("of 1935 Orchard St.", "at 2031 Monument Ave.",
// "1199 N. Poplar St.").
func (p *parser) houseNumber(m match) bool {
	if m.typ != TypeDate || m.end != m.start+1 || p.t[m.start].kind() != kNum ||
		p.isWord(m.start-1, "in", "since", "by", "until", "during", "before", "after", "from", "through") {
		return false // "in 2003 Main Street Bank failed"
	}
	for k := m.end; k < m.end+5 && k < len(p.t); k++ {
		t := &p.t[k]
		if t.kind() == kPunct {
			if p.tok(k) == "." && p.attached(k) {
				continue // "N.", "St."
			}
			return false
		}
		if t.kind() != kWord || !t.upper() {
			return false
		}
		if streetWords[p.word(k)] && k > m.end {
			return true
		}
	}
	return false
}

// modelYear reports whether m, a bare four-digit year, is the model year
// of a vehicle ("a 2001 Chevrolet Cavalier", "Kopp's 1987 Chevrolet",
// "her stolen 1989 Mercury Marquis"): a property of the car, not a time
// the text tells of.
func (p *parser) modelYear(m match) bool {
	if m.typ != TypeDate || m.end != m.start+1 || p.t[m.start].kind() != kNum || m.end >= len(p.t) {
		return false
	}
	t := &p.t[m.end]
	return t.kind() == kWord && t.upper() && !t.nl() && vehicleMakes[p.word(m.end)] &&
		!p.isWord(m.start-1, "in", "since", "by", "until", "during", "before", "after", "from", "through", "of")
}

// vehicleMakes are makers of cars, trucks and motorcycles whose names
// follow a model year.
var vehicleMakes = map[string]bool{
	"ford": true, "chevrolet": true, "chevy": true, "honda": true, "toyota": true, "dodge": true,
	"nissan": true, "mercury": true, "cadillac": true, "oldsmobile": true, "buick": true,
	"pontiac": true, "chrysler": true, "jeep": true, "gmc": true, "lincoln": true, "mazda": true,
	"hyundai": true, "kia": true, "volkswagen": true, "vw": true, "bmw": true, "mercedes": true,
	"mercedes-benz": true, "subaru": true, "volvo": true, "audi": true, "lexus": true, "acura": true,
	"infiniti": true, "saturn": true, "plymouth": true, "mitsubishi": true, "suzuki": true,
	"isuzu": true, "porsche": true, "ferrari": true, "fiat": true, "peugeot": true, "renault": true,
	"yamaha": true, "kawasaki": true, "harley-davidson": true, "harley": true, "freightliner": true,
	"kenworth": true, "peterbilt": true, "tesla": true, "datsun": true, "saab": true, "jaguar": true,
	"skoda": true, "opel": true, "vauxhall": true, "citroen": true,
}

// streetWords are the last words of street names.
var streetWords = map[string]bool{
	"st": true, "street": true, "ave": true, "avenue": true, "road": true, "rd": true,
	"drive": true, "dr": true, "blvd": true, "boulevard": true, "lane": true, "ln": true,
	"way": true, "court": true, "ct": true, "pike": true, "highway": true, "hwy": true,
	"place": true, "pl": true, "circle": true, "cir": true, "parkway": true, "pkwy": true,
	"trail": true, "terrace": true, "ter": true,
}
