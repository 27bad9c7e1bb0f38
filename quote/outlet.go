package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// outletNouns say what kind of news outlet a name is ("Kyodo news
// agency", "state broadcaster NHK", "the daily Le Monde"). "agency" is
// one only after "news" or "press" ("the UN refugee agency" is a body).
var outletNouns = setOf(`agency newspaper daily broadcaster channel television tv radio
	network tabloid weekly magazine website outlet`)

// outletName reads the noun phrase [a,b) as a news outlet named with
// what it is, the way wire copy credits its sources:
//
//   - a name before the outlet noun, with no article: "Kyodo news
//     agency", "Japan's Kyodo news agency", "Al Jazeera television";
//   - the outlet noun before the name: "state broadcaster NHK", "the
//     daily Le Monde", "Russian news agency Interfax".
//
// The speaker is named by the name; the outlet words are its title, and
// the span covers both, so a trailing ", Kyodo news agency reported." is
// an attribution after its clause. A phrase with an article before a
// name ("the Kyodo news agency") is a description, read elsewhere; a
// nationality alone ("Iranian television") is an unnamed source.
func (f *finder) outletName(a, b int) (doc.Speaker, bool) {
	h := b - 1
	if b-a < 2 || b-a > 8 || f.t[a].kind != tWord {
		return doc.Speaker{}, false
	}
	if t := &f.t[h]; t.kind == tWord && !t.upper && outletNouns.Has(t.w) {
		return f.outletAfterName(a, b)
	}
	if f.t[h].kind == tWord && f.t[h].upper {
		return f.outletBeforeName(a, b)
	}
	return doc.Speaker{}, false
}

// outletAfterName reads "[Country's] Name [news|press] agency" ending at
// b-1: the outlet noun last.
func (f *finder) outletAfterName(a, b int) (doc.Speaker, bool) {
	h := b - 1
	news := f.isWord(h-1, "news") || f.isWord(h-1, "press")
	if news {
		h-- // "news agency", "press agency"
	}
	s := a
	if t := &f.t[s]; t.upper && possessiveWord(t.w) && s+1 < h {
		s++ // "Japan's Kyodo news agency"
	}
	// modifiers before the name: "Turkish state-run Anadolu agency"
	mods := false
	for s < h && f.t[s].kind == tWord && (!f.t[s].upper && mediaModifiers.Has(f.t[s].w) || f.t[s].upper && (demonym(f.t[s].w) && !possessiveWord(f.t[s].w) || ownerCompound(f.t[s].w))) {
		s++
		mods = true
	}
	if f.t[b-1].w == "agency" && !news && !mods {
		return doc.Speaker{}, false // "the UN refugee agency" is a body
	}
	if s == h {
		if f.t[b-1].w == "agency" && !news {
			return doc.Speaker{}, false
		}
		// "Iranian television", "Turkish news agencies": a nation's
		// outlet, unnamed like "state media"
		sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
		return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	if h-s > 4 {
		return doc.Speaker{}, false
	}
	for x := s; x < h; x++ {
		t := &f.t[x]
		if t.kind != tWord || !t.upper || isTitleWord(t.w) || possessiveWord(t.w) || pronouns[t.w] != "" || titleStop.Has(t.w) || sentenceAdverbs.Has(t.w) {
			return doc.Speaker{}, false
		}
	}
	name := doc.Span{Start: f.t[s].s, End: f.t[h-1].e}
	spk := doc.Speaker{Kind: KindNamed, Mention: -1, Name: f.text[name.Start:name.End], Title: f.text[f.t[h].s:f.t[b-1].e], Span: name}
	f.link(&spk) // by the name alone: not "Russia" of "Russia's Interfax news agency"
	spk.Span = doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
	return spk, true
}

// ownerSuffixes end a hyphenated word that says who owns or runs an
// outlet ("Army-owned", "Hezbollah-run", "Kremlin-backed"): a modifier
// before the outlet's name, not part of it.
var ownerSuffixes = setOf(`owned run backed controlled funded affiliated aligned based linked`)

// ownerCompound reports whether w is "<owner>-<suffix>" with a suffix
// of ownerSuffixes ("army-owned Myawaddy television").
func ownerCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && ownerSuffixes.Has(w[i+1:])
}

// mediaModifiers are lower-case words that describe an outlet before its
// name ("state-run Anadolu agency", "semi-official Fars news agency").
var mediaModifiers = setOf(`state state-run state-owned state-controlled official semi-official
	private independent public pan-arab government-run opposition`)

// outletBeforeName reads "[the] [modifiers] outlet-noun Name" ending at
// b-1: the capitalised name last, the outlet noun right before it.
func (f *finder) outletBeforeName(a, b int) (doc.Speaker, bool) {
	n := b - 1
	for n-1 > a && n > b-4 && f.t[n-1].kind == tWord && f.t[n-1].upper {
		n-- // the name: up to three capitalised words
	}
	o := n - 1
	if o < a || f.t[o].kind != tWord || f.t[o].upper || !outletNouns.Has(f.t[o].w) {
		return doc.Speaker{}, false
	}
	if f.t[o].w == "agency" && !f.isWord(o-1, "news") && !f.isWord(o-1, "press") {
		return doc.Speaker{}, false
	}
	// the modifiers back to a or to an article: lower-case adjectives
	// ("state", "pan-Arab", "private"), nationalities, a country's
	// possessive
	ts := a
	for x := o - 1; x >= a; x-- {
		t := &f.t[x]
		if t.w == "the" || t.w == "a" {
			ts = x + 1 // "Earlier this month the Georgian tabloid Alia"
			break
		}
		if t.kind != tWord || verbLike(t.w) || boundaryWords.Has(t.w) || titleStop.Has(t.w) || sentenceAdverbs.Has(t.w) || isTimeWord(t.w) || pronouns[t.w] != "" || cues.Has(t.w) {
			return doc.Speaker{}, false // "Earlier this month the tabloid Alia"
		}
		if t.upper && x != a && !demonym(t.w) && !possessiveWord(t.w) {
			return doc.Speaker{}, false // "Reuters television Beirut"
		}
	}
	spk := doc.Speaker{Kind: KindNamed, Mention: -1,
		Name:  f.text[f.t[n].s:f.t[b-1].e],
		Title: f.text[f.t[ts].s:f.t[o].e],
		Span:  doc.Span{Start: f.t[ts].s, End: f.t[b-1].e}}
	f.link(&spk)
	return spk, true
}
