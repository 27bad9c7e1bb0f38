package mention

import "testing"

// TestRomancePartyOpeners checks that Spanish and Portuguese head words
// open a body's name ("Cabildo Abierto", "Fuerza Popular"), never a
// person's.
func TestRomancePartyOpeners(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Cabildo Abierto and Frente Amplio clashed in Montevideo.",
			[]string{"Cabildo Abierto/organization//name", "Frente Amplio/organization//name"}, []string{"Cabildo Abierto/person"}},
		{"Alianza Democratica won two seats, and Izquierda Unida lost one.",
			[]string{"Alianza Democratica/organization//name", "Izquierda Unida/organization//name"}, nil},
		{"Convergencia Ciudadana said the count was slow.",
			[]string{"Convergencia Ciudadana/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-10-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
