package quote

import "strings"

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
