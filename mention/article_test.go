package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestArabicArticle checks that the Arabic article opening a name matches
// whichever case the text writes it in, and that an armed group's name is
// also found without it.
func TestArabicArticle(t *testing.T) {
	k := kbOf([]kb.Actor{
		{ID: "grp.shabaab", Kind: kb.KindArmedGroup, Name: "Harakat al-Shabaab al-Mujahideen", Aliases: []string{"Al-Shabab", "Al-Shabaab"}, Country: "SOM"},
		{ID: "grp.aq", Kind: kb.KindArmedGroup, Name: "Al Qaeda", Aliases: []string{"Al-Qaida"}},
		{ID: "grp.murabitoun", Kind: kb.KindArmedGroup, Name: "Al-Mourabitoun", Country: "MLI"},
		{ID: "grp.nusra", Kind: kb.KindArmedGroup, Name: "Al-Nusra Front", Aliases: []string{"Jabhat al-Nusra"}, Country: "SYR"},
		{ID: "grp.nlf", Kind: kb.KindArmedGroup, Name: "National Liberation Front"},
		{ID: "org.jazeera", Kind: kb.KindOrganization, Name: "Al Jazeera", Country: "QAT"},
		{ID: "SLV", Kind: kb.KindCountry, Name: "El Salvador", Demonyms: []string{"Salvadoran"}, Country: "SLV"},
	})
	s := New(k, Options{})
	for _, tc := range []struct {
		text   string
		want   []string
		absent []string
	}{
		{"Militants from al-Shabab attacked a base.", []string{"al-Shabab/armed_group/grp.shabaab/alias"}, []string{"Shabab"}},
		{"The al Shabaab fighters fled.", []string{"al Shabaab/armed_group/grp.shabaab/alias"}, nil},
		{"Shabaab fighters fled.", []string{"Shabaab/armed_group/grp.shabaab/alias"}, nil},
		{"Leaders of al-Qaida and al Qaeda met.", []string{"al-Qaida/armed_group/grp.aq/alias", "al Qaeda/armed_group/grp.aq/alias"}, nil},
		{"A Qaeda cell was found.", []string{"Qaeda/armed_group/grp.aq/alias"}, nil},
		{"Gunmen of al-Mourabitoun struck.", []string{"al-Mourabitoun/armed_group/grp.murabitoun/alias"}, nil},
		{"Fighters of al-Nusra and Nusra commanders left.", []string{"al-Nusra/armed_group/grp.nusra/alias", "Nusra/armed_group/grp.nusra/alias"}, nil},
		{"The National Liberation Army and the National Liberation Front met.", []string{"National Liberation Front/armed_group/grp.nlf/alias"}, []string{"National Liberation/armed_group/grp.nlf/alias"}},
		{"He told al Jazeera it was over.", []string{"al Jazeera/organization/org.jazeera/alias"}, nil},
		// only armed groups lose the article: Salvador is no country
		{"He flew to Salvador in Brazil.", nil, []string{"Salvador/country/SLV/alias"}},
		{"Jazeera reported it.", nil, []string{"Jazeera/organization/org.jazeera/alias"}},
	} {
		d := analyze(t, s, tc.text)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		checkInvariants(t, d)
	}
}

// TestArticleParticle: the lower-case Arabic article "es" written
// apart joins a place name ("Dar es Salaam"), like "de" in "Rio de
// Janeiro".
func TestArticleParticle(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The president fell ill in Dar es Salaam on Tuesday.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
		{"Ministers met in Dar es Salaam and Dodoma.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
