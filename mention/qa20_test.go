package mention

import "testing"

// TestQA20SurnameNearestBearer: a bare surname whose nearest full-name
// antecedent is a family member the KB does not know joins that person,
// not the KB relative named earlier; with the KB person named nearest it
// still links to them (QA20 N-1).
func TestQA20SurnameNearestBearer(t *testing.T) {
	for _, tc := range []struct {
		text, full, short string
		n                 int // occurrence of short that is the bare surname
		wantKB            bool
	}{
		{"Uhuru Kenyatta left office in 2022. Muhoho Kenyatta runs the family business. Kenyatta declined to comment.",
			"Muhoho Kenyatta", "Kenyatta", 2, false},
		{"Joseph Kabila stepped down in 2019. Jaynet Kabila sits in parliament. Critics say Kabila still holds sway.",
			"Jaynet Kabila", "Kabila", 2, false},
		{"Jaynet Kabila sits in parliament. Joseph Kabila stepped down in 2019. Critics say Kabila still holds sway.",
			"Joseph Kabila", "Kabila", 2, true},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, tc.n)
		if f == nil || s == nil {
			t.Errorf("%q: mentions %v %v; all %v", tc.text, f, s, mentionList(d))
			continue
		}
		if f.Entity != s.Entity {
			t.Errorf("%q: %q is entity %d, %q (%s) entity %d; want one", tc.text, tc.full, f.Entity, tc.short, s.KBID, s.Entity)
		}
		if (s.KBID != "") != tc.wantKB {
			t.Errorf("%q: %q KB id %q; want KB link %v", tc.text, tc.short, s.KBID, tc.wantKB)
		}
	}
}

// TestQA20WordFirm: a company whose name is a common word ("Total") is
// an organisation where it acts as one (a verb of business after it, a
// possessive, a party after a preposition or "and" another firm), and
// no mention where the word modifies a noun or is the common word
// (QA20 N-2).
func TestQA20WordFirm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Petrobras bought the block from Total for $900 million.", []string{"Total/organization//name"}, nil},
		{"Petrobras signed a deal with Chevron and Total.", []string{"Total/organization//name", "Chevron/organization//alias"}, nil},
		{"Total sold its stake in the field last year.", []string{"Total/organization//name"}, nil},
		{"Analysts said Total agreed to pay the fine.", []string{"Total/organization//name"}, nil},
		{"Total's chief executive flew to Maputo.", []string{"Total/organization//name"}, nil},
		{"Total output rose 5 percent in March.", nil, []string{"Total"}},
		{"Total reported cases rose to 500.", nil, []string{"Total"}},
		{"In total, 40 people died.", nil, []string{"Total"}},
		{"Fans queued for the Total Eclipse tour.", nil, []string{"Total/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-11-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
