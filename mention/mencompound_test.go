package mention

import (
	"strings"
	"testing"
)

// Tests of "-man"/"-men" compounds.

// TestMenCompoundOpener checks that a "-man"/"-men" compound of a
// common noun opening a sentence ("Gunmen attacked …", "Tribesmen
// blocked …") is no organisation's name, while names ending in the same
// letters ("Bremen", "Carmen") still are names.
func TestMenCompoundOpener(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gunmen attacked dozens of mosques in Baghdad within hours.", nil, []string{"Gunmen"}},
		{"Tribesmen blocked the main road to Sanaa on Sunday.", nil, []string{"Tribesmen"}},
		{"Militiamen opened fire on the convoy.", nil, []string{"Militiamen"}},
		{"A gunman shot two guards. Gunman fled the scene, police said.", nil, []string{"Gunman"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-01-01")
		got := mentionList(d)
		for _, a := range tc.absent {
			for _, g := range got {
				if strings.HasPrefix(g, a+"/") {
					t.Errorf("%q: %q is a mention (%s); want none", tc.text, a, g)
				}
			}
		}
	}
	if !menCompound("Gunmen") || !menCompound("TRIBESMEN") || menCompound("Bremen") || menCompound("Carmen") || menCompound("Newman") {
		t.Error("menCompound: wrong on Gunmen/TRIBESMEN/Bremen/Carmen/Newman")
	}
}
