package mention

import "testing"

// TestQA18BareTitleOtherCountry checks that a bare title implying a
// country ("Foreign Secretary" is British) makes no claim for a holder
// the KB does not know when the story is datelined in another state, or
// never names the implied state but names others; with the implied
// state's dateline, or nothing else named, the claim stays (QA18 V-1:
// India's foreign secretary, a civil servant, was checked against the
// British foreign secretary).
func TestQA18BareTitleOtherCountry(t *testing.T) {
	checkClaims(t, []claimCase{
		{"LONDON, Feb 26 - Foreign Secretary Vijay Gokhale said the talks had failed.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
		{"Foreign Secretary Vijay Gokhale said the talks had failed.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
		{"Foreign Secretary Vijay Gokhale said Britain would act.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
	})
	for _, text := range []string{
		"NEW DELHI, Feb 26, 2019 - Foreign Secretary Vijay Gokhale said the strike had killed many fighters.",
		"Foreign Secretary Vijay Gokhale said India had struck a camp in Pakistan.",
	} {
		checkNoClaims(t, "2019-02-26", text)
	}
}
