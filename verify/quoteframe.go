package verify

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
)

// framedBefore reports whether an undated quote of the dead person id,
// in sentence si, takes its time from the telling around it rather than
// from the article's date: the sentence before names the person and a
// time by the death ("Twenty years ago today, President Boris Yeltsin
// went on television … \"I am leaving,\" Yeltsin said."), or the article
// tells of the person's death (an obituary, an anniversary of the
// death), where the person's words are of the life.
func (c *checker) framedBefore(id string, si int, died kb.Date) bool {
	if si > 0 {
		prev := c.d.Sentences[si-1]
		if c.mentionIn(id, prev) && !c.backgroundDeath(prev, died) {
			for tix := range c.d.Times {
				t := &c.d.Times[tix]
				if !prev.Contains(t.Span) || t.Type != "DATE" || len(t.Value) < 4 {
					continue
				}
				if d, err := parseDate(t.Value); err == nil && d.First().Compare(died.Last()) <= 0 {
					return true
				}
			}
		}
	}
	return c.deathTold(id, died)
}

// mentionIn reports whether a mention of id lies in sentence s.
func (c *checker) mentionIn(id string, s doc.Span) bool {
	for mix := range c.d.Mentions {
		if m := &c.d.Mentions[mix]; m.KBID == id && s.Contains(m.Span) {
			return true
		}
	}
	return false
}

// deathNews are the words of a sentence that tells of a death, a
// burial or its mourning.
var deathNews = wordset.Of("died dies death funeral buried burial assassinated assassination mourned mourning mourn obituary")

// deathTold reports whether a sentence naming id tells of a death ("X,
// who led Zimbabwe for 37 years, died on Friday", "one year since the
// death of X"): the article is of the person's life, told after it.
//
// With died set (a quote's check), a sentence that dates the death
// years before the article and names no remembrance of it ("Ali Bongo
// succeeded his father, Omar Bongo, who died in 2009") is background to
// news of another time: it frames no quote of the article's days.
func (c *checker) deathTold(id string, died kb.Date) bool {
	last := -1
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.KBID != id {
			continue
		}
		si := c.d.SentenceAt(m.Span.Start)
		if si < 0 || si == last {
			continue
		}
		last = si
		told, remembered := c.deathWords(c.d.Sentences[si])
		if told && (died.IsZero() || remembered || !c.oldDeathDated(c.d.Sentences[si], died)) {
			return true
		}
	}
	return false
}

// deathWords reports whether sentence s tells of a death (deathNews) and
// whether it names a remembrance of one.
func (c *checker) deathWords(s doc.Span) (told, remembered bool) {
	for _, w := range strings.FieldsFunc(c.d.Slice(s), notLetter) {
		lw := strings.ToLower(w)
		if len(w) >= 4 && len(w) <= 13 && deathNews.Has(lw) {
			told = true
		}
		if remembrance.Has(lw) {
			remembered = true
		}
	}
	return told, remembered
}

// backgroundDeath reports whether sentence s tells, in passing, of the
// death died years before the article: it dates the death so and names
// no remembrance of it. Its time is the death's, no frame of a quote.
func (c *checker) backgroundDeath(s doc.Span, died kb.Date) bool {
	told, remembered := c.deathWords(s)
	return told && !remembered && c.oldDeathDated(s, died)
}

// remembrance are the words of a sentence that recalls a death at a
// distance: an anniversary, a memorial, the years since.
var remembrance = wordset.Of("anniversary anniversaries ago since memorial commemorate commemorated commemorating commemoration remembered remember tribute tributes legacy marks marked marking")

// oldDeathDated reports whether sentence s names a date that holds the
// death died and lies two years or more before the article date.
func (c *checker) oldDeathDated(s doc.Span, died kb.Date) bool {
	if !c.dated {
		return false
	}
	for _, t := range c.d.TimesIn(s) {
		if t.Type != "DATE" || len(t.Value) < 4 || !s.Contains(t.Span) {
			continue
		}
		d, err := parseDate(t.Value)
		if err != nil || d.First().Compare(died.Last()) > 0 || d.Last().Compare(died.First()) < 0 {
			continue
		}
		if c.day.Year-d.Last().Year >= 2 {
			return true
		}
	}
	return false
}

// notLetter reports whether r is no ASCII letter.
func notLetter(r rune) bool {
	return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
}

// lifeFramed reports whether the article tells of the past of person
// id, who died on died: it tells of the death (deathTold) or names a
// time by it ("seized power in 1990"). A dead person's undated act in
// an article that does neither ("N'DJAMENA - President Idriss Déby
// ordered troops to the border, the army said", two years after his
// death) is told as news, not as the life.
func (c *checker) lifeFramed(id string, died kb.Date) bool {
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || len(t.Value) < 4 {
			continue
		}
		if d, err := parseDate(t.Value); err == nil && d.First().Compare(died.Last()) <= 0 {
			return true
		}
	}
	return c.deathTold(id, kb.Date{})
}
