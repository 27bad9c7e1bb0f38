package quote

import (
	"sort"

	"github.com/sitrep-project/sitrep/doc"
)

// possessivePronounGender maps a possessive pronoun to the gender
// resolvePronoun takes for its possessor.
var possessivePronounGender = map[string]string{"his": "m", "her": "f", "its": "n", "their": "p"}

// possessedBody resolves a description made of a possessive pronoun and
// a head ([a,b), head h = b-1, lower-case modifiers between) that no
// earlier speaker or mention matched: "his foundation said", "her
// lawyer said", "its spokesman said". The speaker is the possessor's
// body or agent, named after the possessor the pronoun resolves to
// ("Kofi Annan's foundation", see possessor); a person's role ("lawyer", "spokesman")
// is an unnamed source, a body ("foundation", "office") a description.
// It is never linked to the possessor's entity, which is someone else.
// With no possessor found, the words are kept as written, unresolved:
// the speaker is never left with no name.
func (f *finder) possessedBody(a, b, h int, sp doc.Span) (doc.Speaker, bool) {
	g := possessivePronounGender[f.t[a].w]
	if g == "" || h != b-1 || h == a || h-a > 3 || f.t[a].kind != tWord {
		return doc.Speaker{}, false
	}
	for x := a + 1; x <= h; x++ {
		if t := &f.t[x]; t.kind != tWord || t.upper || verbLike(t.w) {
			return doc.Speaker{}, false
		}
	}
	words := f.text[f.t[a+1].s:sp.End]
	p := f.possessor(a, g)
	if p.Name == "" {
		return doc.Speaker{Kind: KindUnresolved, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	kind := KindDescription
	if head := f.t[h].w; unnamedHeads.Has(head) || personNoun(head) || isTitleWord(head) {
		kind = KindUnnamed
	}
	return doc.Speaker{Kind: kind, Name: p.Name + "'s " + words, Span: sp, Mention: -1}, true
}

// possessor finds who the possessive pronoun at token a of gender g
// stands for: the person ("his", "her") named first before it in its
// own sentence, or the body or country ("its") that opens the sentence
// ("Kofi Annan died …, his foundation said", "Toyota will close the
// plant, its spokesman said"), inside the report or not. A possessive opening its sentence, or
// "their", is left unresolved: the last speaker is no safe guess for
// whose family or office speaks.
func (f *finder) possessor(a int, g string) doc.Speaker {
	si := f.sent[a]
	if g != "m" && g != "f" && g != "n" || si < 0 || f.sentLo[si] >= a {
		return doc.Speaker{}
	}
	lo := f.sentLo[si]
	if !f.mentions {
		if g == "n" {
			return doc.Speaker{}
		}
		if name, ok := f.lastNameFrom(a, lo); ok {
			return doc.Speaker{Name: name, Mention: -1}
		}
		return doc.Speaker{}
	}
	start, end := f.t[lo].s, f.t[a].s
	ms := f.d.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Span.Start >= start }); k < len(ms) && ms[k].Span.End <= end; k++ {
		m := &ms[k]
		if g == "n" && m.Span.Start > f.t[min(lo+1, a)].s {
			break // "its" is the subject's: "Toyota will close …, its spokesman said", not "… a plant in Germany, its …"
		}
		if g == "n" && m.Type != doc.TypeOrganization && m.Type != doc.TypeCountry && m.Type != doc.TypeArmedGroup || g != "n" && m.Type != doc.TypePerson {
			continue // "his" is a person's, "its" a body's or a country's
		}
		name := m.Text
		if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
			name = f.d.Entities[m.Entity].Name
		}
		if name != "" && isUpperASCII(name[0]) {
			return doc.Speaker{Name: name, Mention: -1}
		}
	}
	return doc.Speaker{}
}

// isUpperASCII reports whether c is an ASCII capital letter.
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
