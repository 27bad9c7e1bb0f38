package mention

import "testing"

// TestParentPrefixes checks that an intergovernmental body's acronym
// before one of its organs is part of the organ's name, dotted or not,
// for a KB organ and for one named by its shape alone, while a
// possessive acronym, a role after it and a body of another parent stay
// apart.
func TestParentPrefixes(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The U.N. Human Rights Council in Geneva agreed to delay the report.", []string{"U.N. Human Rights Council/organization/org.unhrc/alias"}, []string{"U.N.", "Human Rights Council"}},
		{"The U.N. World Food Programme said rations would be cut.", []string{"U.N. World Food Programme/organization/org.wfp/alias"}, []string{"U.N."}},
		{"The AU Peace and Security Council met in Addis Ababa on Friday.", []string{"AU Peace and Security Council/organization//name"}, []string{"AU"}},
		{"The UN's refugee agency said thousands had fled.", []string{"UN/organization/org.un/alias"}, nil},
		{"UN Secretary-General Antonio Guterres said the talks would go on.", []string{"UN/organization/org.un/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2015-03-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
