package timex

import "strconv"

// monthBack is the month n years before the month a figure is reported
// for, when "a year earlier" or "a year ago" is the point it is set
// against: "Prices rose 3.1 percent in February from a year earlier"
// is February of the year before, as "the same month a year earlier"
// is. It holds after "from", "than", "with", "over", "versus" and "vs"
// (a figure may come between: "from 7.5 percent a year earlier") when
// the month is named earlier in the sentence, after the last full
// date; ok is false otherwise.
func (p *parser) monthBack(i, n int) (string, bool) {
	if len(p.lastYM) != 7 || p.lastYM[0] == 'X' || p.lastOK && p.lastEnd > p.lastYMEnd || i-p.lastYMEnd > 20 ||
		!p.comparedFrom(i) || !p.sameSentence(p.lastYMEnd, i) {
		return "", false
	}
	y, err := strconv.Atoi(p.lastYM[:4])
	if err != nil {
		return "", false
	}
	return fmtMonth(y-n, int(p.lastYM[5]-'0')*10+int(p.lastYM[6]-'0')), true
}

// comparedFrom reports whether the expression at token i is what a
// figure is compared with: "from", "than", "with", "over", "versus" or
// "vs" before it, directly or before a figure ("from $6 million", "from
// 7.5 percent").
func (p *parser) comparedFrom(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.isWord(k, "from", "than", "with", "over", "versus", "vs") {
			return true
		}
		if t := p.t[k]; t.kind() == kNum || t.kind() == kPunct && !p.boundary(k) && !p.isPunct(k, ",") ||
			p.isWord(k, "percent", "per", "cent", "million", "billion", "trillion", "points") {
			continue
		}
		return false
	}
	return false
}
