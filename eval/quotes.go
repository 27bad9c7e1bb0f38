package eval

import (
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/doc"
)

// A QuoteScore counts the agreement of system quotes with gold
// attributions. Content is matched by overlap: a system quote is right
// when it overlaps some gold content, a gold content is found when some
// system quote overlaps it. Direct quotes (gold content starting with a
// quote mark; system Kind "direct") are also scored on their own. A found
// gold attribution with a source counts for speaker accuracy when the
// system speaker overlaps the gold source or shares its head word. The
// zero value is an empty score.
type QuoteScore struct {
	Docs                      int
	Gold, GoldFound           int
	System, SystemRight       int
	GoldDirect, GoldDirFound  int
	SysDirect, SysDirectRight int
	Speakers, SpeakersRight   int
	// Unresolved and Unnamed count system quotes whose speaker the
	// system could not resolve, or kept as an unnamed source.
	Unresolved, Unnamed int
}

// Add adds o's counts to s.
func (s *QuoteScore) Add(o QuoteScore) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.GoldFound += o.GoldFound
	s.System += o.System
	s.SystemRight += o.SystemRight
	s.GoldDirect += o.GoldDirect
	s.GoldDirFound += o.GoldDirFound
	s.SysDirect += o.SysDirect
	s.SysDirectRight += o.SysDirectRight
	s.Speakers += o.Speakers
	s.SpeakersRight += o.SpeakersRight
	s.Unresolved += o.Unresolved
	s.Unnamed += o.Unnamed
}

// ContentPRF returns overlap precision, recall and F1 of all quotes.
func (s QuoteScore) ContentPRF() (p, r, f float64) {
	return quotePRF(s.SystemRight, s.System, s.GoldFound, s.Gold)
}

// DirectPRF returns overlap precision, recall and F1 of direct quotes.
func (s QuoteScore) DirectPRF() (p, r, f float64) {
	return quotePRF(s.SysDirectRight, s.SysDirect, s.GoldDirFound, s.GoldDirect)
}

// SpeakerAccuracy is the share of found gold attributions with a source
// whose speaker the system got right.
func (s QuoteScore) SpeakerAccuracy() float64 {
	if s.Speakers == 0 {
		return 0
	}
	return float64(s.SpeakersRight) / float64(s.Speakers)
}

func quotePRF(sysRight, sys, goldFound, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(sysRight) / float64(sys)
	}
	if gold > 0 {
		r = float64(goldFound) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// A QuoteDiff is one disagreement for error analysis: a missed gold
// attribution (System nil), a spurious system quote (Gold nil), or a found
// attribution with the wrong speaker.
type QuoteDiff struct {
	Gold   *BratAttribution
	System *doc.Quote
}

// ScoreQuotes compares system quotes with the gold attributions of one
// document whose text is text.
func ScoreQuotes(text string, gold []BratAttribution, sys []doc.Quote) (QuoteScore, []QuoteDiff) {
	s := QuoteScore{Docs: 1, Gold: len(gold), System: len(sys)}
	var diffs []QuoteDiff
	overlapAny := func(q doc.Span, spans []doc.Span) int {
		n := 0
		for _, g := range spans {
			if q.Overlaps(g) {
				n += min(q.End, g.End) - max(q.Start, g.Start)
			}
		}
		return n
	}
	for i := range sys {
		q := &sys[i]
		switch q.Speaker.Kind {
		case "unresolved":
			s.Unresolved++
		case "unnamed":
			s.Unnamed++
		}
		right, rightDirect := false, false
		for gi := range gold {
			if overlapAny(q.Span, gold[gi].Content) > 0 {
				right = true
				if gold[gi].Direct(text) {
					rightDirect = true
				}
			}
		}
		if right {
			s.SystemRight++
		} else {
			diffs = append(diffs, QuoteDiff{System: q})
		}
		if q.Kind == "direct" {
			s.SysDirect++
			if rightDirect {
				s.SysDirectRight++
			}
		}
	}
	for gi := range gold {
		g := &gold[gi]
		direct := g.Direct(text)
		if direct {
			s.GoldDirect++
		}
		best, bestN := -1, 0
		foundDirect := false
		for i := range sys {
			n := overlapAny(sys[i].Span, g.Content)
			if n > 0 && sys[i].Kind == "direct" {
				foundDirect = true
			}
			if n > bestN {
				best, bestN = i, n
			}
		}
		if best < 0 {
			diffs = append(diffs, QuoteDiff{Gold: g})
			continue
		}
		s.GoldFound++
		if direct && foundDirect {
			s.GoldDirFound++
		}
		if len(g.Source) == 0 {
			continue
		}
		s.Speakers++
		if speakerMatches(text, g.Source, sys[best].Speaker) {
			s.SpeakersRight++
		} else {
			diffs = append(diffs, QuoteDiff{Gold: g, System: &sys[best]})
		}
	}
	return s, diffs
}

// speakerMatches reports whether a system speaker is the gold source: the
// spans overlap, or the gold source's head word (its last word) is a word
// of the speaker's name.
func speakerMatches(text string, src []doc.Span, spk doc.Speaker) bool {
	for _, g := range src {
		if spk.Span.Overlaps(g) {
			return true
		}
	}
	if spk.Name == "" {
		return false
	}
	last := src[len(src)-1]
	head := quoteLastWord(text[last.Start:last.End])
	if head == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(spk.Name, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '\u2019' }) {
		if strings.EqualFold(quoteStripPossessive(w), head) {
			return true
		}
	}
	return false
}

func quoteLastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '\u2019' })
	if len(f) == 0 {
		return ""
	}
	return quoteStripPossessive(f[len(f)-1])
}

func quoteStripPossessive(w string) string {
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "\u2019s")
}
