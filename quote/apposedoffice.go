package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// rankWords are the words of military and police ranks, which stand
// before a name as a form of address: "Thailand's army chief, General
// Prayuth Chan-ocha", "Its spokesman, Major General Chris Olukolade".
var rankWords = setOf(`general gen gen. lieutenant lt lt. colonel col col. major maj maj.
	brigadier brig brig. captain capt capt. admiral adm adm. sergeant sgt sgt. corporal
	cpl cpl. marshal commodore commandant colonel-general lieutenant-general
	lieutenant-colonel major-general brigadier-general`)

// rankModifiers go with a rank ("Rear Admiral", "Air Chief Marshal",
// "Field Marshal", "Vice Admiral") but are none alone.
var rankModifiers = setOf(`rear vice air chief field staff first second`)

// rankOnly reports whether title is a rank and nothing else ("General",
// "Major General", "Lt. Col."); "army chief" and "chief of the general
// staff" are offices.
func rankOnly(title string) bool {
	rank := false
	for w := range strings.FieldsSeq(title) {
		switch {
		case rankWords.HasLower(w):
			rank = true
		case !rankModifiers.HasLower(w):
			return false
		}
	}
	return rank
}

// speaksForTitle reports whether the words [a,c) set off before a name
// are a representative of the holder of title ("A spokesman for the
// United Nations secretary general, Stéphane Dujarric"): the title the
// mentions layer read before the name is the principal's, the
// representative's own is the apposition.
func (f *finder) speaksForTitle(a, c int, title string) bool {
	for a < c && determiners.Has(f.t[a].w) {
		a++
	}
	if title == "" || a+2 >= c || !representativeHeads.Has(f.t[a].w) || !f.isWord(a+1, "for") && !f.isWord(a+1, "to") {
		return false
	}
	return strings.HasSuffix(f.text[f.t[a].s:f.t[c-1].e], title)
}

// bodyAppositive reports whether the words [a,k), a second apposition
// after a title, describe a body and name no person ("Adriano Pires,
// director of the Brazilian Infrastructure Centre, a consultancy in
// Rio, said"): an indefinite description none of whose words is a title
// or a noun for a person. The speaker's title ends before it; "head of
// the … Department" after "Assistant to the President" is a title too.
func (f *finder) bodyAppositive(a, k int) bool {
	if a >= k || !f.isWord(a, "a") && !f.isWord(a, "an") {
		return false
	}
	for i := a + 1; i < k; i++ {
		if t := &f.t[i]; t.kind == tWord && (isTitleWord(t.w) || personNoun(t.w)) {
			return false
		}
	}
	return a+1 < k
}

// titleWordsBefore returns the title words written right before person
// mention m in its sentence ("Opposition leader" of "Opposition leader
// Mmusi Maimane", "the opposition leader Juan Guaidó"), up to four, the
// last of them an office (no modifier such as "former" or "foreign"
// alone); else "".
func (f *finder) titleWordsBefore(m *doc.Mention) string {
	k := f.tokAt(m.Span.Start, 0)
	if k <= 0 || k >= len(f.t) || f.t[k].s != m.Span.Start || !titleHeads.Has(f.t[k-1].w) {
		return ""
	}
	s := k - 1
	for s-1 >= 0 && s > k-4 && f.sent[s-1] == f.sent[k] && f.t[s-1].kind == tWord && isTitleWord(f.t[s-1].w) && f.t[s-1].w != "of" {
		s--
	}
	return f.text[f.t[s].s:f.t[k-1].e]
}

// titleHeads are the title words that end a title as its office.
var titleHeads = setOf(`president minister secretary leader chairman chairwoman chair
	spokesman spokeswoman spokesperson governor mayor ambassador envoy director commissioner
	commander chief premier chancellor senator sen rep representative king queen prince
	emir sultan judge prosecutor attorney speaker ceo head adviser advisor mp candidate
	nominee`)

// isTitleWordOrPerson reports whether w, or the word next after it, is
// a title word or a noun for a person ("executive director", "chief
// economist", "top diplomat"): after a possessive name, a title.
func isTitleWordOrPerson(w, next string) bool {
	return isTitleWord(w) || personNoun(w) || isTitleWord(next) || personNoun(next)
}
