package mention

import "testing"

// TestQA8LowerTitleAfterModifier checks that a capitalised modifier
// opening a sentence before a lower-case title ("Former president",
// "Ex-president") is the title's, not a name of its own.
func TestQA8LowerTitleAfterModifier(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Former president Evo Morales flew to Mexico.", "Evo Morales", "Former president"},
		{"Former president Omar al-Bashir appeared in court on Monday.", "Omar al-Bashir", "Former president"},
		{"Former prime minister Nawaz Sharif returned to Lahore.", "Nawaz Sharif", "Former prime minister"},
		{"Acting president Jeanine Anez spoke.", "Jeanine Anez", "Acting president"},
		{"Former President Evo Morales flew to Mexico.", "Evo Morales", "Former President"},
		{"Supporters of former president Evo Morales marched.", "Evo Morales", "former president"},
	})
	for _, text := range []string{"Former president Evo Morales flew to Mexico.", "Acting president Jeanine Anez spoke."} {
		d := analyzeShipped(t, text, "2019-11-12")
		for _, m := range d.Mentions {
			if m.Span.Start == 0 && m.Span.End <= 7 {
				t.Errorf("%q: modifier is a %s mention %q; want none", text, m.Type, d.Text[m.Span.Start:m.Span.End])
			}
		}
	}
}
