package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestTriggers checks that a document's triggers hold exactly the pass
// classes its words belong to, and that the shipped KB's vocabulary
// gates every pass (each trigger word has an id).
func TestTriggers(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(k, Options{})
	if want := tVessel | tPartyPlural | tPartyName | tAmerica | tPaper | tCouncil | tAll | tQuote | tOfficeHead | tWordFirm | tMission | tBank | tState | tGulf | tCongress | tGrand | tRoute | tFlying; s.gated != want {
		t.Fatalf("gated = %b, want %b", s.gated, want)
	}
	tests := []struct {
		text string
		want trigger
	}{
		{"The minister met the press in Paris on Tuesday.", 0},
		{"The tanker Grace 1 was seized.", tVessel},
		{"The Social Democrats won.", tPartyPlural},
		{"A Liberal MP resigned.", tPartyName},
		{"Labour took 232 seats.", tPartyPlural | tPartyName},
		{"The greens of the park; a Ba'ath official.", tPartyName},
		{"The labour market is just fine, a great deal.", 0},
		{"Alexander the Great; the TANKER.", tVessel},
		{"Bank of America", tAmerica | tBank},
		{"Lee, better known as Jet, and the Sunday Times; all times.", tPaper | tFlying},
		{"The city COUNCIL met. All-Stars.", tCouncil | tAll},
		{"They all met; the post office and a sun hat.", 0},
		{"He said \u201cno\u201d.", tQuote},
		{"He said \"no\".", tQuote},
		{"He said \u2018no\u2019.", 0},
		{"The Prime Minister's Office and the State Department; the BUREAU.", tOfficeHead | tState | tMission},
		{"Total sold its stake in the office; a total of three.", tWordFirm},
		{"The Secretariat of the Pacific; the bureau's total.", tOfficeHead},
		{"The UN Assistance Mission; the Air Force; the state of the bank's mission.", tMission},
		{"The central bank and the state; the World Bank.", tBank},
		{"Minister of State for Foreign Affairs", tState},
		{"The Gulf states; the gulf between them; a CONGRESS.", tGulf | tCongress},
		{"The party congress and the Persian gulf.", 0},
		{"Grand Rapids; a grand jury; the GRAND total.", tGrand},
		{"The Baku-Supsa pipeline; the Belgrade-Bar RAILWAY.", tRoute},
		{"An Emirates jet; the FLIGHT; a new route.", tFlying | tRoute},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil, s.v, nil)
		if got := s.docTriggers(toks, make([]byte, len(toks)), make([]wordFlag, len(toks))); got != tt.want {
			t.Errorf("docTriggers(%q) = %b, want %b", tt.text, got, tt.want)
		}
	}
}
