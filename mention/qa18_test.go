package mention

import "testing"

// TestQA18Ranks checks that a word qualifying a military rank ("Vice",
// "Rear", "Air Chief", "Warrant") stays out of the officer's name, as
// the rank does (QA18 N-11).
func TestQA18Ranks(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", "Hyppolite Ramaroson", "Vice Admiral"},
		{"Officials said Rear Admiral Jean Dupont arrived.", "Jean Dupont", "Rear Admiral"},
		{"Air Chief Marshal Sipho Ndlovu arrived.", "Sipho Ndlovu", "Air Chief Marshal"},
		{"Later Warrant Officer Ana Ruiz arrived.", "Ana Ruiz", ""},
	})
}
