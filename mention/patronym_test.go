package mention

import "testing"

// Tests of patronyms and given names.

// TestPatronymGiven: after "<Given> bin <Father> …" a bare given name
// is that person; a second person opening with the word, or one
// introduced afresh, stays apart.
func TestPatronymGiven(t *testing.T) {
	checkCoref(t, "2020-01-11", []corefCase{
		{"Sultan Qaboos bin Said had no children. Qaboos had ruled since 1970.", "Qaboos bin", "Qaboos", 1, true, "person.qaboos-bin-said"},
		{"Sultan Qaboos bin Said had no children. Qaboos, who died on Friday, had ruled since 1970.", "Qaboos bin", "Qaboos", 1, true, "person.qaboos-bin-said"},
		{"Sheikh Faisal bin Rashid Al Nuaimi opened the port. Officials said Faisal wanted a second one.", "Faisal bin", "Faisal", 1, true, ""},
		{"Sheikh Khaldoon bin Rashid Al Nuaimi opened the port. Khaldoon told reporters it would grow.", "Khaldoon bin", "Khaldoon", 1, true, ""},
		{"Sheikh Faisal bin Rashid Al Nuaimi opened the port. Faisal Karim, a trader, welcomed it. Faisal said prices would fall.", "Faisal bin", "Faisal", 2, false, ""},
	})
}

// TestPatronymTail: a lower-case Turkic "son of"/"daughter of" word
// that ends a name after the father's name is part of the person's name.
func TestPatronymTail(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The talks ended. Bakyt Sadyr uulu said the border would reopen.", []string{"Bakyt Sadyr uulu/person//name"}, []string{"Bakyt Sadyr/person"}},
		{"The talks ended. Police detained activist Aida Bolotbek kyzy outside parliament.", []string{"Aida Bolotbek kyzy/person//name"}, []string{"Aida Bolotbek/person"}},
		{"The talks ended. Kamchybek Tashiev and Nurlan Talant uulu attended.", []string{"Nurlan Talant uulu/person//name"}, nil},
		// before a surname the word stays inside the longer name
		{"The talks ended. He met Ilham Heydar oglu Aliyev in Baku.", []string{"Ilham Heydar oglu Aliyev/person/person.ilham-aliyev/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
