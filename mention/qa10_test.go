package mention

import "testing"

// TestQA10AppointmentClaims checks that a title an appointment verb
// gives a person is the person's role claim: passive and active
// "named/appointed (as)", "became", "was sworn in as", "took over as";
// an election or a future appointment makes the title one to come
// (QA10 R-4).
func TestQA10AppointmentClaims(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Mohammed al-Bashir was named caretaker prime minister on Tuesday.", "2024-12-10", "Mohammed al-Bashir", "SYR.prime_minister", "caretaker"},
		{"Macron named François Bayrou as prime minister on Friday.", "2024-12-13", "François Bayrou", "FRA.prime_minister", ""},
		{"Choi Sang-mok became acting president of South Korea on Saturday.", "2024-12-14", "Choi Sang-mok", "KOR.president", "acting"},
		{"Keir Starmer was sworn in as Britain's prime minister on Friday.", "2024-07-05", "Keir Starmer", "GBR.prime_minister", ""},
		{"Kamala Harris took over as president of the United States.", "2024-07-05", "Kamala Harris", "USA.president", ""},
		{"Lai Ching-te was elected president of Taiwan on Saturday.", "2024-01-13", "Lai Ching-te", "TWN.president", "designate"},
		{"Keir Starmer will be appointed prime minister of the United Kingdom.", "2024-07-04", "Keir Starmer", "GBR.prime_minister", "designate"},
	})
	// a verb with no title after it, or an office of no state, claims nothing
	checkNoClaims(t, "2024-12-13",
		"Bayrou was named in the report on Friday.",
		"Jane Smith was named party leader on Friday.",
	)
}

// TestQA10DatelineAgency checks that the news agency a wire dateline
// names in brackets before its dash is no entity of the story, and that
// an agency named elsewhere still is (QA10 M-4).
func TestQA10DatelineAgency(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"DAMASCUS (AFP) - Rebels entered Damascus on Sunday.", nil, []string{"AFP"}},
		{"NARA, Japan, July 8 (Reuters) - Police arrested a man at the scene.", nil, []string{"Reuters"}},
		{"WASHINGTON (AP) — The Pentagon said it would respond.", nil, []string{"AP"}},
		{"The figures were first reported by Reuters on Sunday.", []string{"Reuters/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-12-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA10CityFacility checks that a city's name opening a facility's
// name ("Kigali Genocide Memorial", "Cairo Stadium") is part of that one
// name, and the words after the city are no person (QA10 M-1).
func TestQA10CityFacility(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Kagame lit a flame at the Kigali Genocide Memorial on Sunday.", []string{"Kigali Genocide Memorial/place//name"}, []string{"Genocide Memorial", "Kigali"}},
		{"The final was played at Cairo Stadium.", []string{"Cairo Stadium/place//name"}, []string{"Cairo"}},
		{"The envoy flew from Kigali to Cairo.", []string{"Kigali/place/place.kigali/alias", "Cairo/place/place.cairo/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA10BodyOfState checks that "the head of Niger's junta" is the
// title of a body of the state, no claim to the state's office, while
// "the president of Niger" is (QA10 M-2).
func TestQA10BodyOfState(t *testing.T) {
	for _, tc := range []struct {
		text   string
		claims int
	}{
		{"General Abdourahamane Tiani, the head of Niger's junta, told the summit.", 0},
		{"Mohamed Bazoum, the president of Niger, told the summit.", 1},
	} {
		d := analyzeShipped(t, tc.text, "2024-07-06")
		if len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: claims %+v; want %d", tc.text, d.RoleClaims, tc.claims)
		}
	}
}

// TestFirmNamedAfterPerson checks that a firm named after a person the KB
// knows ("Kissinger Associates") is an organisation, not the person.
func TestFirmNamedAfterPerson(t *testing.T) {
	text := "Henry Kissinger died on Wednesday. His consulting firm, Kissinger Associates, announced the death."
	d := analyzeShipped(t, text, "2023-11-30")
	checkMentions(t, d, text, []string{"Kissinger Associates/organization//name"}, []string{"Kissinger/person/person.henry-kissinger/short-form"})
}
