package event

import "testing"

// TestQA19Events checks the rules added after the nineteenth QA
// reading, in sentences written for sitrep.
func TestQA19Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA19 E-1: a last conjunct "<State>'s [Title] <Name>" keeps the earlier ones
		{"and Brazil's Lula", "2023-01-10", "French President Emmanuel Macron and Brazil's Luiz Inacio Lula da Silva condemned the riots.", []string{"FRAGOV  111", "BRAGOV  111"}, nil},
		{"and Japan's Prime Minister", "2023-01-10", "German Chancellor Olaf Scholz, Canadian Prime Minister Justin Trudeau and Japan's Prime Minister Fumio Kishida congratulated Lula.", []string{"DEUGOV BRAGOV 051", "CANGOV BRAGOV 051", "JPNGOV BRAGOV 051"}, nil},
		{"a comma before and joins clauses", "2023-01-10", "Azerbaijan launched an offensive in Karabakh, and Armenia's Prime Minister Nikol Pashinyan condemned it.", []string{"ARMGOV  111"}, []string{"AZE  111"}},
	})
}
