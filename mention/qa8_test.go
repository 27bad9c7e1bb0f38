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

// TestQA8PossessivePlace checks that a place the gazetteer knows with a
// possessive inside its name ("Cox's Bazar") is one place, not a place
// and an organisation; a possessive owner stays apart.
func TestQA8PossessivePlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police in Cox's Bazar arrested two men.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"Cox's Bazar is crowded.", []string{"Cox's Bazar/place//name"}, []string{"Cox", "Bazar"}},
		{"Iran's Foreign Ministry said so.", []string{"Iran/country/IRN/alias"}, []string{"Iran's Foreign Ministry"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-09-12")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
