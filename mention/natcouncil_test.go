package mention

import "testing"

// Tests of a state's own national councils.

// TestNationalCouncil checks that "Security Council" is a state's own
// council after its possessive or as "head of the Security Council" with
// no UN body named, and the UN's otherwise.
func TestNationalCouncil(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Tokayev removed former President Nursultan Nazarbayev as head of the powerful Security Council.", "2022-01-07", []string{"Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"Putin chaired a meeting of Russia's Security Council.", "2022-01-07", []string{"Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"The United Nations Security Council met. Russia vetoed a resolution at the Security Council.", "2022-01-07", []string{"Security Council/organization/org.unsc/alias"}, nil},
		{"The UN chief spoke. He was named head of the Security Council.", "2022-01-07", []string{"Security Council/organization/org.unsc/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCouncilNames: "Security Council" at the end of a longer
// proper name ("the African Union's Peace and Security Council",
// "Supreme Security Council") or after a state's demonym ("the Russian
// Security Council") is not the UN council (e.g. Niger); the UN's
// stays where nothing names another ("the Security Council", "UN
// Security Council", a sentence-initial word).
func TestCouncilNames(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The African Union's Peace and Security Council gave the soldiers 15 days.", "2023-07-28", []string{"Peace and Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"The Supreme Security Council said it would respond.", "2023-07-28", []string{"Supreme Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"The Russian Security Council met on Tuesday.", "2023-07-28", []string{"Security Council/organization//name"}, []string{"Security Council/organization/org.unsc"}},
		{"The Security Council will meet on Friday.", "2023-07-28", []string{"Security Council/organization/org.unsc/alias"}, nil},
		{"Niger asked the UN Security Council to meet.", "2023-07-28", []string{"UN Security Council/organization/org.unsc/alias"}, nil},
		// a capitalised word before a state's generic council names another body
		{"The army said a High State Council would govern until new elections.", "2008-08-06", []string{"High State Council/organization//name"}, []string{"State Council/organization/org.china-government"}},
		{"The Chinese State Council approved the plan.", "2008-08-06", []string{"State Council/organization/org.china-government/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
