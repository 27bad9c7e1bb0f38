package quote

import (
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// soleOfficeKeys map the office words of a description, its country
// word left out, to the KB office key they name.
var soleOfficeKeys = map[string]string{
	"president": kb.OfficePresident, "prime minister": kb.OfficePrimeMinister, "premier": kb.OfficePrimeMinister,
	"chancellor": kb.OfficeChancellor, "vice president": kb.OfficeVicePresident, "vice-president": kb.OfficeVicePresident,
	"foreign minister": kb.OfficeForeignMinister, "foreign secretary": kb.OfficeForeignMinister,
	"secretary of state": kb.OfficeForeignMinister, "defence minister": kb.OfficeDefenceMinister,
	"defense minister": kb.OfficeDefenceMinister, "defence secretary": kb.OfficeDefenceMinister,
	"defense secretary": kb.OfficeDefenceMinister, "interior minister": kb.OfficeInteriorMinister,
	"finance minister": kb.OfficeFinanceMinister, "crown prince": kb.OfficeCrownPrince,
	"king": kb.OfficeMonarch, "queen": kb.OfficeMonarch, "emir": kb.OfficeMonarch, "sultan": kb.OfficeMonarch,
	"monarch": kb.OfficeMonarch, "supreme leader": kb.OfficeSupremeLeader,
}

// soleHolder resolves a description [a,b) of a single-seat office with
// its country ("the French president", "the British prime minister",
// "Saudi Arabia's crown prince") that no one in the text fits to the
// person the KB has in that office on the article date:
// only when the KB's holder list is complete that day and names exactly
// one certain holder. Any other modifier ("the former French
// president", "the new …") or a second country fits no one; so does a
// description without a country, which the article may mean of any.
func (f *finder) soleHolder(a, b int, sp doc.Span) (doc.Speaker, bool) {
	if f.kb == nil || !f.d.HasDate() {
		return doc.Speaker{}, false
	}
	o, ok := f.soleOffice(a, b, sp)
	if !ok {
		return doc.Speaker{}, false
	}
	day := kb.DateOf(f.d.Date)
	if !f.kb.Complete(o.ID, day) {
		return doc.Speaker{}, false
	}
	hs := f.kb.HolderOn(o.ID, day)
	if len(hs) != 1 || hs[0].Truth != kb.True {
		return doc.Speaker{}, false
	}
	p, ok := f.kb.Actor(hs[0].Role.Person)
	if !ok {
		return doc.Speaker{}, false
	}
	title := f.text[sp.Start:sp.End]
	if len(title) > 4 && strings.EqualFold(title[:4], "the ") {
		title = title[4:]
	}
	return doc.Speaker{Kind: KindDescription, Name: p.Name, Entity: p.ID, Title: title, Span: sp, Mention: -1}, true
}

// countryOffice resolves a state's possessive before a single-seat
// office ("Qatar's foreign minister", "Iran's president") to the KB's
// holder that day (soleHolder), else keeps it as written, a
// description: it names one person, whom the article may name later,
// not an unnamed source.
func (f *finder) countryOffice(a, b int) (doc.Speaker, bool) {
	sp := doc.Span{Start: f.t[a].s, End: f.t[b-1].e}
	if spk, ok := f.soleHolder(a, b, sp); ok {
		return spk, true
	}
	if _, ok := f.soleOffice(a, b, sp); ok {
		return doc.Speaker{Kind: KindDescription, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	return doc.Speaker{}, false
}

// soleOffice returns the KB's single-seat office that the description
// [a,b) names with its one country ("the French president", "Qatar's
// foreign minister"), whoever holds it.
func (f *finder) soleOffice(a, b int, sp doc.Span) (*kb.Office, bool) {
	if f.kb == nil || !f.mentions || b-a < 2 || b-a > 5 {
		return nil, false
	}
	country, cs, ce := "", -1, -1
	for k := range f.d.Mentions {
		m := &f.d.Mentions[k]
		if m.Span.Start >= sp.End {
			break
		}
		if !sp.Contains(m.Span) || m.Type != doc.TypeCountry || m.KBID == "" {
			continue
		}
		if country != "" {
			return nil, false // "the French and German leaders"
		}
		country, cs, ce = m.KBID, m.Span.Start, m.Span.End
	}
	if country == "" {
		return nil, false
	}
	var words []string
	for i := a; i < b; i++ {
		t := &f.t[i]
		if t.s >= cs && t.e <= ce || t.s >= cs && t.s < ce || i == a && t.w == "the" {
			continue
		}
		if t.kind != tWord && t.w != "-" && t.w != "'s" {
			return nil, false
		}
		if t.w == "'s" || t.w == "\u2019s" {
			continue
		}
		words = append(words, t.w)
	}
	key := soleOfficeKeys[strings.Join(words, " ")]
	if key == "" {
		return nil, false
	}
	o, ok := f.kb.OfficeFor(country, key)
	if !ok || !o.Single || o.Never {
		return nil, false
	}
	return o, true
}

// heldPostSpeakers resolves a title-only speaker ("the communications
// minister said") to the person the next sentence opens with when that
// sentence says the person holds the post: "Issa Tchiroma Bakary, who
// holds that post, added …". Every quote of the same
// unresolved speaker (its span) takes the person.
func (f *finder) heldPostSpeakers() {
	if !f.mentions {
		return
	}
	for i := range f.out {
		spk := f.out[i].Speaker
		if spk.Kind != KindUnresolved || spk.Span.Len() == 0 || f.out[i].CueSpan.Len() == 0 {
			continue
		}
		ci := f.tokAt(f.out[i].CueSpan.Start, 0)
		if ci >= len(f.t) || f.sent[ci] < 0 || f.sent[ci]+1 >= len(f.sentLo) {
			continue
		}
		lo := f.sentLo[f.sent[ci]+1]
		if lo < 0 || lo >= len(f.t) {
			continue
		}
		k := f.mentionAt(f.t[lo].s)
		if k < 0 || f.d.Mentions[k].Type != doc.TypePerson || !heldPost(f.low[f.d.Mentions[k].Span.End:]) {
			continue
		}
		to := f.mentionSpeaker(k, spk.Span)
		if to.Title == "" {
			to.Title = strings.TrimPrefix(f.text[spk.Span.Start:spk.Span.End], "the ")
			to.Title = strings.TrimPrefix(to.Title, "The ")
		}
		for j := range f.out {
			if f.out[j].Speaker.Kind == KindUnresolved && f.out[j].Speaker.Span == spk.Span {
				f.out[j].Speaker = to
			}
		}
	}
}

// mentionAt returns the index of the mention that starts at byte
// offset at, or -1.
func (f *finder) mentionAt(at int) int {
	ms := f.d.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= at })
	if k < len(ms) && ms[k].Span.Start == at {
		return k
	}
	return -1
}

// heldPost reports whether the lower-case text rest, right after a name,
// opens a relative clause saying the person holds a post just named:
// ", who holds that post", ", who holds the portfolio", ", who has held
// the job since …".
func heldPost(rest string) bool {
	for _, p := range heldPostOpeners {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			for _, d := range []string{"that ", "the ", "this "} {
				if strings.HasPrefix(rest, d) {
					rest = rest[len(d):]
					for _, n := range heldPostNouns {
						if strings.HasPrefix(rest, n) && (len(rest) == len(n) || rest[len(n)] == ' ' || rest[len(n)] == ',' || rest[len(n)] == '.') {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

var (
	heldPostOpeners = []string{", who holds ", ", who has held ", ", who now holds ", ", who currently holds ", ", who occupies "}
	heldPostNouns   = []string{"post", "portfolio", "job", "office", "position", "role", "ministry"}
)

// holdsOffice reports whether the person of mention mi holds, on the
// article date, an office the description head names ("president"):
// a speaker the text gave no such title may still be "the president"
// ("Sheinbaum said … . \"…,\" the president said"). A term the KB's
// dates leave open that day counts; none outside it.
func (f *finder) holdsOffice(mi int, head string) bool {
	key, ok := soleOfficeKeys[head]
	if !ok || f.kb == nil || !f.d.HasDate() || mi < 0 || mi >= len(f.d.Mentions) || f.d.Mentions[mi].KBID == "" {
		return false
	}
	day := kb.DateOf(f.d.Date)
	for _, r := range f.kb.RolesOf(f.d.Mentions[mi].KBID) {
		if o, ok := f.kb.Office(r.Office); ok && o.Key == key && r.Period().Holds(day) != kb.False {
			return true
		}
	}
	return false
}
