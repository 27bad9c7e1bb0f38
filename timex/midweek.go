package timex

// midweek reads "midweek", "mid-week" at token i: the middle of a week,
// the article's unless the clause points elsewhere. In a past clause
// written early in the week ("the bank stepped in midweek", on a Monday
// or Tuesday) it is the week before; in a future one written late in
// the week ("talks resume midweek", on a Thursday or later), the next.
// Before a noun it is an attribute ("a midweek rally"), left alone.
func (p *parser) midweek(i int) (match, bool) {
	end := i + 1
	if p.isWord(i, "mid") {
		if !p.isPunct(i+1, "-") || !p.attached(i+1) || !p.isWord(i+2, "week") || !p.attached(i+2) {
			return match{}, false
		}
		end = i + 3
	} else if !p.isWord(i, "midweek") {
		return match{}, false
	}
	if p.isWord(i-1, "a", "an", "the", "every", "each", "this", "that") || p.isWord(end, "'s") ||
		end < len(p.t) && p.t[end].kind() == kWord && !p.t[end].nl() && !p.isWord(end, "and", "or", "but", "as", "to", "when", "after", "before", "amid", "on", "in", "at", "with", "for", "by") {
		return match{}, false
	}
	m := match{start: i, end: end, typ: TypeDate, mod: "MID", rel: "article"}
	if !p.known {
		m.val = "XXXX-WXX"
		return m, true
	}
	wd, n := isoWeekday(p.anchor), 0
	switch t := p.tense(i, end); {
	case t < 0 && wd <= 2:
		n = -1
	case t > 0 && wd >= 4:
		n = 1
	}
	m.val = fmtWeek(p.anchor.AddDate(0, 0, 7*n))
	return m, true
}
