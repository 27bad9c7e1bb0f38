package timex

import "time"

// nextSentenceYearOf returns the year that a month without a year at
// [start,end) belongs to in dated text when it opens the sentence right
// after one that wrote a year at least two years before the article's,
// in a past clause, and comes later in that year than the month written
// with it (or the year was written alone): "Bouteflika resigned in April
// 2019. In December, Tebboune was elected" is 2019-12 in an article of
// 2024, as a retrospective tells its story on. The month must
// set the scene of its sentence ([parser.frame]: "In December, …"), the
// two sentences be one paragraph and the year no bound ("since 2019");
// a month inside a clause ("fell in December"), an earlier month ("In
// February, …" may be the year after), a present or future clause, or a
// recent year keep the reading against the article date.
func (p *parser) nextSentenceYearOf(start, end, mo int) (int, bool) {
	ty := p.told
	if !p.known || p.narr.undated || ty.year == 0 || ty.hasDay || ty.year > p.anchor.Year()-2 || start <= ty.end || start-ty.end > weakSpan {
		return 0, false
	}
	if !p.frame(start) || p.isWord(ty.start-1, "since", "until", "till", "from", "through", "before", "after", "by", "than", "to") {
		return 0, false
	}
	if tm := p.toldMonth(); tm > 0 && mo <= tm {
		return 0, false
	}
	ends := 0
	for k := ty.end; k < start; k++ {
		if p.t[k].nl() {
			return 0, false
		}
		if p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) && !p.isPunct(k, ",") {
			ends++
		}
	}
	if ends != 1 || p.tense(start, end) >= 0 || !p.pastClause(start, end) {
		return 0, false
	}
	return ty.year, true
}

// toldMonth returns the month written with the year the text wrote last
// ("April 2019": 4), or 0 for a year alone.
func (p *parser) toldMonth() int {
	for k := p.told.start; k < p.told.end; k++ {
		if mo, ok := months[p.word(k)]; ok {
			return mo
		}
	}
	return 0
}

// shortShiftInYear returns the year the text last wrote alone (p.lastYM,
// "2021") for a shift of days or weeks of under a month at token i in
// the same sentence: "released two years later, and a week later he
// left the country" is most likely still 2021, as a year's days mostly
// stay in it a week on. A year of an earlier sentence is
// mostly background ("held office from 2003 to 2010. … had flown to the
// United States two days earlier") and is no reference. first is the
// year's first day.
func (p *parser) shortShiftInYear(i int, first time.Time, n int, code string) (string, bool) {
	if len(p.lastYM) != 4 || code != "D" && code != "W" || absDays(shift(first, n, code).Sub(first)) > 31 {
		return "", false
	}
	for k := p.lastYMEnd; k < i; k++ {
		if p.t[k].nl() || p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) && !p.isPunct(k, ",") {
			return "", false
		}
	}
	return p.lastYM, true
}
