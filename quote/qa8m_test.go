package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA8GroupDescriptions checks that a description of an armed
// group by what it is ("the militant group", "the Iran-backed group",
// "the Islamist movement") refers to the armed group named before, and
// that a description with another kind of modifier, or one without an
// armed group before it, stays as written.
func TestFindQA8GroupDescriptions(t *testing.T) {
	hez := []handMention{{"Hezbollah", doc.TypeArmedGroup, ""}, {"Hassan Nasrallah", doc.TypePerson, "Hezbollah leader"}}
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"the militant group",
			"Hezbollah leader Hassan Nasrallah postponed a speech. The militant group said it had not stored weapons at the port.",
			hez, []want{{"^it had not stored weapons", Indirect, "Hezbollah", "", KindDescription, "said"}}},
		{"a sponsor's -backed",
			"Hezbollah leader Hassan Nasrallah postponed a speech. The Iran-backed group denied it had stored weapons at the port.",
			hez, []want{{"^it had stored weapons", Indirect, "Hezbollah", "", KindDescription, "denied"}}},
		{"the Islamist movement",
			"Hamas fired rockets at Israel. The Islamist movement said it would fight on.",
			[]handMention{{"Hamas", doc.TypeArmedGroup, ""}, {"Israel", doc.TypeCountry, ""}},
			[]want{{"^it would fight on", Indirect, "Hamas", "", KindDescription, "said"}}},
		{"a rights group is no armed group",
			"Human Rights Watch criticised Hezbollah. The rights group said the strike was illegal.",
			[]handMention{{"Human Rights Watch", doc.TypeOrganization, ""}, {"Hezbollah", doc.TypeArmedGroup, ""}},
			[]want{{"^the strike was illegal", Indirect, "The rights group", "", KindDescription, "said"}}},
		{"a militant trait is no organisation's",
			"The World Bank approved the loan. The militant group said it would resist.",
			[]handMention{{"World Bank", doc.TypeOrganization, ""}},
			[]want{{"^it would resist", Indirect, "The militant group", "", KindDescription, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}
