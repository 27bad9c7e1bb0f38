package ingest

import (
	"strings"
	"time"
)

// DateFromURL is the Doc.DateSource of a date read from the article's
// URL (see [URLDate]): the weakest source, used only when neither the
// input's metadata nor a dateline gives one.
const DateFromURL = "url"

// URLDate returns the publication day a news URL's path states, as
// /YYYY/MM/DD/ ("https://example.com/world/2023/08/30/gabon-coup") or
// as a YYYY-MM-DD segment or segment prefix ("/2023-08-30-gabon-coup").
// The first such date in the path counts; the host, the query and the
// fragment are not read, and a year outside 1990–2099 or a day that does
// not exist is no date. ok is false when the path states none.
func URLDate(u string) (t time.Time, ok bool) {
	i := strings.Index(u, "://")
	if i < 0 {
		return time.Time{}, false
	}
	path := u[i+3:]
	slash := strings.IndexByte(path, '/')
	if slash < 0 {
		return time.Time{}, false
	}
	path = path[slash:]
	if k := strings.IndexAny(path, "?#"); k >= 0 {
		path = path[:k]
	}
	segs := strings.Split(path, "/")
	for k, s := range segs {
		// /YYYY/MM/DD/
		if y, ok := urlDigits(s, 4); ok && k+2 < len(segs) {
			m, mok := urlDigits(segs[k+1], 2)
			d, dok := urlDigits(segs[k+2], 2)
			if mok && dok {
				if t, ok := urlDay(y, m, d); ok {
					return t, true
				}
			}
		}
		// YYYY-MM-DD opening a segment
		if len(s) >= 10 && s[4] == '-' && s[7] == '-' && (len(s) == 10 || !urlIsDigit(s[10])) {
			y, yok := urlDigits(s[:4], 4)
			m, mok := urlDigits(s[5:7], 2)
			d, dok := urlDigits(s[8:10], 2)
			if yok && mok && dok {
				if t, ok := urlDay(y, m, d); ok {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}

// urlDigits returns s read as a number of exactly n decimal digits.
func urlDigits(s string, n int) (int, bool) {
	if len(s) != n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if !urlIsDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func urlIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// urlDay returns the UTC midnight of y-m-d when that day exists and
// the year is a plausible one for a news URL.
func urlDay(y, m, d int) (time.Time, bool) {
	if y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // "2023/02/30"
	}
	return t, true
}

// DateFromFileName is the Doc.DateSource of a date read from the name
// of the article's file (see [FileNameDate]): weaker still than a URL's.
const DateFromFileName = "filename"

// FileNameDate returns the day a local article file's name states as
// YYYY-MM-DD between non-digits ("nyt_2016-09-08_obama-on-climate.txt",
// "2023-10-07 reuters.html"), else the name of the folder holding it
// ("news/2016-09-08/story.txt"). source is a Doc's Source: a URL, a
// record of a JSON Lines file or feed ("dump.jsonl#12") and standard
// input state no file of their own and give no date. A year outside
// 1990–2099 or a day that does not exist is no date.
func FileNameDate(source string) (time.Time, bool) {
	if source == "" || source == "-" || strings.Contains(source, "://") || strings.ContainsRune(source, '#') {
		return time.Time{}, false
	}
	name := source
	dir := ""
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name, dir = name[i+1:], name[:i]
	}
	if t, ok := nameDate(name); ok {
		return t, true
	}
	if i := strings.LastIndexAny(dir, `/\`); i >= 0 {
		dir = dir[i+1:]
	}
	return nameDate(dir)
}

// nameDate finds the first YYYY-MM-DD in s with no digit on either side.
func nameDate(s string) (time.Time, bool) {
	for i := 0; i+10 <= len(s); i++ {
		if s[i+4] != '-' || s[i+7] != '-' || i > 0 && urlIsDigit(s[i-1]) || i+10 < len(s) && urlIsDigit(s[i+10]) {
			continue
		}
		y, yok := urlDigits(s[i:i+4], 4)
		m, mok := urlDigits(s[i+5:i+7], 2)
		d, dok := urlDigits(s[i+8:i+10], 2)
		if yok && mok && dok {
			if t, ok := urlDay(y, m, d); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
