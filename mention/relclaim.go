package mention

import (
	"strings"
)

// relativeTitles reads a title given to a person in a present-tense
// relative clause right after the name or its appositive title as a
// role claim: "Uhuru Kenyatta, who is also the finance minister, did not
// comment", "President X, who is also deputy prime minister, said". The
// person may already have a claim (the title before the name); the
// relative clause's is another, and the mention keeps the first as its
// role. Only "is", "is also", "is now" and "also is" open such a clause:
// "who is expected to …" names no title. A past-tense clause is a claim of another time (pastRelative):
// "who was then prime minister" and "who was prime minister at the
// time" of the sentence's time, "who was prime minister" of some time
// before it.
func (p *proc) relativeTitles(used map[int]bool) {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j+3 >= len(p.toks) {
			continue
		}
		k := f.j
		if f.claim >= 0 {
			// after the appositive title: "X, the finance minister, who is …"
			if e := p.tokenAtOrAfter(p.claims[f.claim].Span.End); e > k {
				k = e
			}
		}
		if !p.is(k, p.s.w.comma) || !p.is(k+1, p.s.w.who) {
			continue
		}
		k += 2
		mod, hadBeen := "", false
		if w := p.lower(k); w == "also" && p.lower(k+1) == "is" {
			k += 2
		} else if w == "is" {
			k++
			if w := p.lower(k); w == "also" || w == "now" {
				k++
			}
		} else if w == "has" && p.lower(k+1) == "been" {
			k += 2 // "who has been foreign minister since 2015": held now
		} else if w == "has" && p.lower(k+1) == "served" && p.lower(k+2) == "as" {
			k += 3
		} else if w == "had" && p.lower(k+1) == "been" {
			// "who had been prime minister since September 2013": held
			// up to the sentence's time when a start is given, some time
			// before it when none is
			k, mod, hadBeen = k+2, "former", true
		} else if w == "was" {
			if k, mod = pastRelative(p, k+1); mod == "" {
				continue
			}
		} else {
			continue
		}
		st := k
		if p.has(st, fDet) {
			st++
		}
		for ti := p.titleFrom(st); ti < len(p.titles); ti++ {
			th := p.titles[ti]
			if used[ti] || th.i > st+3 {
				break
			}
			ph := p.leftOf(th)
			if ph.start != st || th.e.group && ph.country == "" && !ph.party || ph.foreign {
				break
			}
			r := p.rightOf(&ph)
			if mod == "former" && p.lower(r) == "at" && p.lower(r+1) == "the" && p.lower(r+2) == "time" {
				r, mod = r+3, "then" // "who was prime minister at the time"
			} else if e, m := p.appositionPeriod(r); e > r && (mod == "" || m != "" || hadBeen) {
				r = e // "who has been foreign minister since 2015", "who was foreign minister from 2017 to 2019"
				switch {
				case m != "":
					mod = m
				case hadBeen:
					mod = "then" // "since": the term ran up to the sentence's time
				}
			}
			if r < len(p.toks) && !p.is(r, p.s.w.comma) && !p.is(r, p.s.w.period) {
				break // "who is also president of the club he founded": a clause going on
			}
			ph.end = r
			if ph.modifier == "" {
				ph.modifier = mod
			}
			p.addFurtherClaim(ph, g, true)
			if e := p.toks[th.j-1].end; f.title.End > e {
				// the person's title is the office's words: "since 2015"
				// stays the claim's, not the name's label
				f.title.End = e
			}
			used[ti] = true
			break
		}
	}
}

// tokenAtOrAfter returns the index of the first token starting at or
// after byte offset off (len(p.toks) when none does).
func (p *proc) tokenAtOrAfter(off int) int {
	lo, hi := 0, len(p.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if p.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// appositionStart returns the token where the title of an apposition
// opening at token k starts, past a determiner and the words a title
// leftOf does not take as its own modifiers: "then the prime minister"
// (a title of the sentence's time, like "then prime minister"), "both
// prime minister and president" (coordinated titles, see coordTitles),
// "then both …". The modifier is "then" after "then".
func (p *proc) appositionStart(k int) (int, string) {
	mod := ""
	if p.is(k, p.s.w.then) && (p.has(k+1, fDet) || p.lower(k+1) == "both") {
		k, mod = k+1, "then"
	} else if p.lower(k) == "at" && (p.lower(k+1) == "the" || p.lower(k+1) == "that") && p.lower(k+2) == "time" {
		return k + 3, "then" // "X, at the time Ukraine's defence minister,"
	} else if w := p.lower(k); w == "now" || w == "currently" {
		k++ // "X, now Indonesia's president,": a title held at the date
	}
	if p.lower(k) == "both" {
		k++
	} else if p.has(k, fDet) {
		k++
	}
	return k, mod
}

// pastRelative reads the words after "who was" at token k: "then"
// gives a title of the sentence's time, "previously", "formerly",
// "once" or none one held before it ("former"). It returns where the
// title starts and the claim's modifier; "" for "was also", "was
// expected", "was killed" and the like, which the title must not
// follow.
func pastRelative(p *proc, k int) (int, string) {
	switch p.lower(k) {
	case "then":
		return k, "then" // leftOf takes "then" as the title's modifier
	case "previously", "formerly", "once":
		return k + 1, "former"
	case "also", "still", "not", "never":
		return k, ""
	}
	return k, "former"
}

// appositionPeriod reads a time phrase that closes an apposition at
// token k, after its title: "from 2017 to 2019", "between 2017 and
// 2019", "in 2018", "until 2018", "since 2015", up to the comma or
// period that ends the apposition. It returns the token after the
// phrase and the claim's modifier: "then" for a period in the past (the
// verifier dates the title by it), "former" after "until", "" after
// "since" (a title held now). k and "" when no such phrase, with a year,
// ends the apposition there.
func (p *proc) appositionPeriod(k int) (int, string) {
	if k >= len(p.toks) || !p.toks[k].word() {
		return k, ""
	}
	mod := ""
	switch p.lower(k) {
	case "from", "between", "in", "during":
		mod = "then"
	case "until", "till":
		mod = "former"
	case "since":
	default:
		return k, ""
	}
	years := 0
	for e := k + 1; e < len(p.toks) && e <= k+8; e++ {
		if p.is(e, p.s.w.comma) || p.is(e, p.s.w.period) {
			if years == 0 {
				return k, ""
			}
			return e, mod
		}
		w := p.lower(e)
		switch {
		case year(w):
			years++
		case w == "to" || w == "and" || w == "-" || w == "–" || w == "the" || w == "early" || w == "late" || w == "mid" || w == "until" || p.has(e, fDate):
		case len(w) <= 2 && w[0] >= '0' && w[0] <= '9':
			// a day of the month
		default:
			return k, ""
		}
	}
	return k, ""
}

// describingAdjective reports whether token k, before a title, is an
// adjective that describes the holder without changing the office, and
// whether it tells of a whole career ("Japan's longest-serving prime
// minister", "two-time president"), not of
// the present ("sitting", "incumbent", "current"). leftOf steps over it
// to the country or owner before it; a career's title claims nothing by
// itself (addClaim), since it says neither "now" nor "former".
func (p *proc) describingAdjective(k int) (skip, career bool) {
	t := &p.toks[k]
	if !t.word() || p.cover[k] >= 0 {
		return false, false
	}
	if k+1 < len(p.toks) && p.toks[k+1].gap == gapHyphen {
		if n := p.lower(k + 1); n == "serving" || n == "time" {
			return true, true // "longest" of "longest-serving", "Two" of "Two-time"
		}
	}
	if t.shape&shLower == 0 {
		return false, false
	}
	w := p.lower(k)
	if strings.HasSuffix(w, "-serving") || strings.HasSuffix(w, "-time") {
		return true, true // "longest-serving", "two-time" as one token
	}
	if (w == "serving" || w == "time") && t.gap == gapHyphen && k > 0 && p.toks[k-1].word() {
		return true, true // "serving" of "longest-serving"
	}
	switch w {
	case "youngest", "oldest":
		return true, true
	case "sitting", "incumbent", "current", "powerful", "popular", "veteran", "newly":
		return true, false
	}
	return false, false
}
