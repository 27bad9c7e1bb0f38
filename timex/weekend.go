package timex

import (
	"strconv"
	"time"
)

// weekendSaturday returns the Saturday of a resolved weekend value
// ("2010-W02-WE"), false for any other value or an unresolved one.
func weekendSaturday(v string) (time.Time, bool) {
	if len(v) != len("2010-W02-WE") || v[8:] != "-WE" {
		return time.Time{}, false
	}
	monday, ok := weekMonday(v[:8])
	return monday.AddDate(0, 0, 5), ok
}

// weekMonday returns the Monday of the ISO week value v ("2010-W02").
func weekMonday(v string) (time.Time, bool) {
	if len(v) != len("2010-W02") || v[4] != '-' || v[5] != 'W' {
		return time.Time{}, false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:8])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := day(y, time.January, 4) // always in ISO week 1
	monday := jan4.AddDate(0, 0, 1-isoWeekday(jan4))
	return monday.AddDate(0, 0, 7*(w-1)), true
}

// fromWeek reads "a day earlier", "two days later" (n days, at most
// three either way) when the text named a week after its last full date
// ("Police arrested him last week. A day earlier, he had called a
// strike"): a day of that week at best, not one counted from the older
// date or the article's. It returns the week value.
func (p *parser) fromWeek(i, n int, code string) (string, bool) {
	if code != "D" || n > 3 || n < -3 || p.wkEnd == 0 || p.wkEnd > i || i-p.wkEnd >= 200 || p.lastOK && p.lastEnd > p.wkEnd {
		return "", false
	}
	return fmtWeek(p.wkMonday.AddDate(0, 0, 3+n)), true // from mid-week, within the week
}

// dayAfterWeekend reads "the following day" (n 1) and "the previous
// day" (n -1) when the text named a weekend after its last full date
// ("sent troops over the weekend, and ... opened its border the
// following day"): the Monday after that weekend, or the Friday before
// it, not a day counted from the older date.
func (p *parser) dayAfterWeekend(i, end, n int, code string) (match, bool) {
	if code != "D" || n != 1 && n != -1 || p.weEnd == 0 || p.weEnd > i || i-p.weEnd >= 200 || p.lastOK && p.lastEnd > p.weEnd {
		return match{}, false
	}
	t := p.weSat.AddDate(0, 0, 2) // Monday
	if n < 0 {
		t = p.weSat.AddDate(0, 0, -1) // Friday
	}
	return match{start: i, end: end, typ: TypeDate, val: fmtDay(t), rel: "previous", day: t, hasDay: true}, true
}

// holidayWeekend reads "the holiday weekend" and "the long weekend" (j
// the adjective after "the" at i) as "the weekend" is read: the most
// recent one, or the next in a future clause ("camped in the capital
// over the holiday weekend"). A named holiday's weekend ("the Easter
// weekend") is left to the holiday.
func (p *parser) holidayWeekend(i, j int) (match, bool) {
	if !p.isWord(j, "holiday", "long") || !p.isWord(j+1, "weekend") || p.isPunct(j+2, "-") || p.t[j].upper() {
		return match{}, false
	}
	return p.weekend(i, j+2, 0), true
}
