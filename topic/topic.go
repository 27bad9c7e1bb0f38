// Package topic labels an article with what it is about: regions (UN
// geoscheme labels such as "world/middle-east", from the countries and
// places it names) and themes (diplomacy, armed-conflict, nuclear,
// terrorism, economy, elections, protest, humanitarian, …, from a word
// lexicon and the events coded in it), each theme mapped to an IPTC Media
// Topic.
package topic

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Stage is the topics pipeline stage. It requires tokens and reads
// mentions, places and events when present.
type Stage struct {
	k     *kb.KB // may be nil: no region labels then
	exact map[string][]int
	stems map[string][]stem  // by their first three bytes, longest first
	short []stem             // stems under three bytes
	multi map[string][]multi // by first word
}

type stem struct {
	prefix string
	themes []int
}

type multi struct {
	words  []string // lower-case words; the last may end in *
	themes []int
}

// New returns the topics stage.
func New(k *kb.KB) *Stage {
	s := &Stage{k: k, exact: map[string][]int{}, stems: map[string][]stem{}, multi: map[string][]multi{}}
	var stems []stem
	stemIdx := map[string]int{}
	for ti, th := range themes {
		for _, w := range th.words {
			if strings.Contains(w, " ") {
				ws := strings.Fields(w)
				s.multi[ws[0]] = append(s.multi[ws[0]], multi{words: ws, themes: []int{ti}})
				continue
			}
			if p, ok := strings.CutSuffix(w, "*"); ok {
				if i, ok := stemIdx[p]; ok {
					stems[i].themes = append(stems[i].themes, ti)
				} else {
					stemIdx[p] = len(stems)
					stems = append(stems, stem{prefix: p, themes: []int{ti}})
				}
				continue
			}
			s.exact[w] = append(s.exact[w], ti)
		}
	}
	// Longest prefixes first, so "militar" wins over "mil".
	sort.Slice(stems, func(i, j int) bool { return len(stems[i].prefix) > len(stems[j].prefix) })
	for _, st := range stems {
		if len(st.prefix) < 3 {
			s.short = append(s.short, st)
		} else {
			s.stems[st.prefix[:3]] = append(s.stems[st.prefix[:3]], st)
		}
	}
	return s
}

func (*Stage) Name() string          { return "topics" }
func (*Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText, doc.LayerTokens} }
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerTopics} }

// Scores are the raw evidence for an article's topics.
type Scores struct {
	Themes  []float64          // per theme in lexicon order: weighted hits
	Regions map[string]float64 // region label → weighted country signals
	Words   int
	// Scores counts match results such as "6-2" or "3-1" (a sports cue).
	Scores int
}

// ThemeScore returns the raw score of the named theme.
func (sc *Scores) ThemeScore(label string) float64 {
	for i, th := range themes {
		if th.label == label {
			return sc.Themes[i]
		}
	}
	return 0
}

// Score computes the evidence for d's topics without writing to d.
func (s *Stage) Score(d *doc.Doc) *Scores {
	sc := &Scores{Themes: make([]float64, len(themes)), Regions: map[string]float64{}}
	words := make([]string, 0, len(d.Tokens))
	for _, t := range d.Tokens {
		if t.Kind == doc.TokWord {
			words = append(words, strings.ToLower(d.Text[t.Span.Start:t.Span.End]))
		}
	}
	sc.Words = len(words)
	sc.Scores = countResults(d.Text)
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if ts, ok := s.exact[w]; ok {
			for _, ti := range ts {
				sc.Themes[ti]++
			}
		} else {
			var long []stem
			if len(w) >= 3 {
				long = s.stems[w[:3]]
			}
			if st, ok := matchStem(w, long); ok {
				for _, ti := range st.themes {
					sc.Themes[ti]++
				}
			} else if st, ok := matchStem(w, s.short); ok {
				for _, ti := range st.themes {
					sc.Themes[ti]++
				}
			}
		}
		for _, m := range s.multi[w] {
			if i+len(m.words) <= len(words) && matchWords(words[i:i+len(m.words)], m.words) {
				for _, ti := range m.themes {
					sc.Themes[ti] += 1.5
				}
			}
		}
	}
	if d.Has(doc.LayerEvents) {
		for _, ev := range d.Events {
			for ti, th := range themes {
				for _, p := range th.plover {
					if p == ev.Plover {
						sc.Themes[ti] += 2 * ev.Confidence
					}
				}
			}
		}
	}
	if s.k != nil {
		add := func(country string, w float64) {
			if a, ok := s.k.Actor(country); ok && a.Region != "" {
				sc.Regions[a.Region] += w
			}
		}
		if d.Has(doc.LayerMentions) {
			for _, m := range d.Mentions {
				switch {
				case m.KBID == "":
				case m.Type == doc.TypeCountry:
					add(m.KBID, 1)
				default:
					if a, ok := s.k.Actor(m.KBID); ok && a.Country != "" {
						add(a.Country, 0.5)
					}
				}
			}
		}
		if d.Has(doc.LayerPlaces) {
			for _, p := range d.Places {
				add(p.Country, 1)
			}
		}
	}
	return sc
}

// matchStem returns the first (longest) stem that prefixes w.
func matchStem(w string, stems []stem) (stem, bool) {
	for _, st := range stems {
		if strings.HasPrefix(w, st.prefix) {
			return st, true
		}
	}
	return stem{}, false
}

func matchWords(got, want []string) bool {
	for i, w := range want {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(got[i], p) {
				return false
			}
		} else if got[i] != w {
			return false
		}
	}
	return true
}

// minScore is the lowest score a label needs to be reported.
const minScore = 0.3

// Process fills d.Topics: regions, themes and their IPTC topics, each with
// a score in [0,1], best first within each kind.
func (s *Stage) Process(d *doc.Doc) error {
	sc := s.Score(d)
	var out []doc.Topic
	// Regions: each region's share of the country signals, with its
	// parent ("world/africa" for "world/africa/eastern") summed.
	total := 0.0
	parents := map[string]float64{}
	for r, w := range sc.Regions {
		total += w
		if i := strings.LastIndexByte(r, '/'); i > len("world") {
			parents[r[:i]] += w
		}
	}
	var regions []doc.Topic
	if total > 0 {
		for r, w := range sc.Regions {
			if share := w / total; share >= minScore {
				regions = append(regions, doc.Topic{Label: r, Score: round(share), Kind: "region"})
			}
		}
		for r, w := range parents {
			if _, direct := sc.Regions[r]; direct {
				continue
			}
			if share := w / total; share >= minScore {
				regions = append(regions, doc.Topic{Label: r, Score: round(share), Kind: "region"})
			}
		}
	}
	sortTopics(regions)
	out = append(out, regions...)
	// Themes: hits per 100 words, squashed to [0,1], so that a short
	// story with three conflict words scores like a long one with ten.
	var ths, iptc []doc.Topic
	per := math.Max(float64(sc.Words), 40) / 100
	for i, th := range themes {
		x := sc.Themes[i] / per
		score := 1 - math.Exp(-x/2)
		if sc.Themes[i] < 2 || score < minScore {
			continue
		}
		ths = append(ths, doc.Topic{Label: th.label, Score: round(score), Kind: "theme"})
		iptc = append(iptc, doc.Topic{Label: th.iptcName, Score: round(score), Kind: "iptc", Code: th.iptc})
	}
	sortTopics(ths)
	sortTopics(iptc)
	out = append(out, ths...)
	out = append(out, iptc...)
	d.Topics = out
	d.Fill(doc.LayerTopics)
	return nil
}

func sortTopics(ts []doc.Topic) {
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].Score != ts[j].Score {
			return ts[i].Score > ts[j].Score
		}
		if len(ts[i].Label) != len(ts[j].Label) {
			return len(ts[i].Label) > len(ts[j].Label) // the more specific region first
		}
		return ts[i].Label < ts[j].Label
	})
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// Classes of the AG News benchmark.
const (
	ClassWorld    = "World"
	ClassSports   = "Sports"
	ClassBusiness = "Business"
	ClassSciTech  = "Sci/Tech"
)

// Classify maps an article's topic evidence to one of the four AG News
// classes: Sports, Business and Sci/Tech by their themes, World by the
// international themes and by how much of the article is about countries
// other than the United States (the benchmark's home).
func (s *Stage) Classify(d *doc.Doc) string {
	sc := s.Score(d)
	world := 0.0
	for i, th := range themes {
		if worldThemes[th.label] {
			world += sc.Themes[i]
		}
	}
	foreign := 0.0
	for r, w := range sc.Regions {
		if r != "world/americas/northern" {
			foreign += w
		}
	}
	scores := map[string]float64{
		ClassWorld:    world + 0.4*foreign,
		ClassSports:   sc.ThemeScore("sports") + float64(sc.Scores),
		ClassBusiness: sc.ThemeScore("economy"),
		ClassSciTech:  sc.ThemeScore("technology") + 0.5*sc.ThemeScore("health") + 0.5*sc.ThemeScore("climate-environment"),
	}
	// With no evidence at all, a short item is most likely a business
	// or technology brief: news about places and people leaves traces.
	best, bestScore := ClassBusiness, 0.0
	for _, c := range []string{ClassWorld, ClassSports, ClassBusiness, ClassSciTech} {
		if scores[c] > bestScore {
			best, bestScore = c, scores[c]
		}
	}
	return best
}

// countResults counts match results written "6-2", "3-1" or "2–0": two
// small numbers joined by a hyphen or dash, not part of a date or a range
// of years.
func countResults(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '-' {
			continue
		}
		a, b := i, i+1
		for a > 0 && text[a-1] >= '0' && text[a-1] <= '9' {
			a--
		}
		for b < len(text) && text[b] >= '0' && text[b] <= '9' {
			b++
		}
		la, lb := i-a, b-i-1
		if la < 1 || la > 2 || lb < 1 || lb > 2 {
			continue
		}
		if a > 0 && (isAlnum(text[a-1]) || text[a-1] == '-' || text[a-1] == '/') {
			continue
		}
		if b < len(text) && (isAlnum(text[b]) || text[b] == '-' || text[b] == '/') {
			continue
		}
		n++
	}
	return n
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || (c|0x20) >= 'a' && (c|0x20) <= 'z'
}
