package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// laterMention completes a speaker found at mention mi of person e from
// what the article said of e before: a surname written after the full
// name ("Finance Minister Chrysanthus Okemo said …" then "Okemo told
// parliament") is the full name, and a speaker written with no title
// takes the one the article gave the person last ("Okemo" is the
// finance minister). A name the KB linked is already the entity's; the
// mention may miss the particle the speaker's name holds ("van
// Rysselberghe" of a mention "Rysselberghe").
func (f *finder) laterMention(spk *doc.Speaker, mi int, e *doc.Entity) {
	if e.KBID == "" && strings.HasSuffix(spk.Name, f.d.Mentions[mi].Text) && len(e.Name) > len(spk.Name)+1 &&
		strings.HasSuffix(e.Name, spk.Name) && e.Name[len(e.Name)-len(spk.Name)-1] == ' ' {
		spk.Name = e.Name
	}
	if spk.Title != "" {
		return
	}
	// the mentions of e are in text order: the latest titled one
	// before mi, and one the person holds before one held in the past
	// ("elected Shigeru Ishiba as prime minister … Ishiba, a former
	// defence minister,": the prime minister speaks)
	for k := len(e.Mentions) - 1; k >= 0; k-- {
		j := e.Mentions[k]
		if j >= mi || j < 0 || j >= len(f.d.Mentions) || f.d.Mentions[j].Title == "" {
			continue
		}
		m := &f.d.Mentions[j]
		t := f.formerTitle(m, m.Title)
		if !pastTitle(t) {
			spk.Title = t
			return
		}
		if spk.Title == "" {
			spk.Title = t
		}
	}
}

// pastTitle reports whether a title says it is no longer held.
func pastTitle(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "former") || strings.HasPrefix(l, "ex-") || hasWordIn(l, pastTitleWords)
}

// particlesOnly reports whether s is one or more lower-case name
// particles, each followed by a space ("van ", "de la ").
func particlesOnly(s string) bool {
	if s == "" {
		return false
	}
	for s != "" {
		w, rest, ok := strings.Cut(s, " ")
		if !ok || !particles.Has(w) {
			return false
		}
		s = rest
	}
	return true
}

// nameWord reports whether a mention of the mentions layer is the word
// at token i ("Beijing", not a gerund).
func (f *finder) nameWord(i int) bool {
	if !f.mentions {
		return false
	}
	k := f.mentionAt(f.t[i].s)
	return k >= 0 && f.d.Mentions[k].Span.End == f.t[i].e
}
