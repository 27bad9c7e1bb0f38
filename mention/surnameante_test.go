package mention

import "testing"

// Tests of bare surnames linked to an earlier full name.

// TestSurnameNearestBearer: a bare surname whose nearest full-name
// antecedent is a family member the KB does not know joins that person,
// not the KB relative named earlier; with the KB person named nearest it
// still links to them.
func TestSurnameNearestBearer(t *testing.T) {
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

// TestSurnameJoins checks that a bare surname joins the person named
// in full before it, also when the surname is a KB person's ("Carter",
// "Smith" are many people's).
func TestSurnameJoins(t *testing.T) {
	for _, tc := range []struct{ text, full, short string }{
		{"Jimmy Carter was born in Plains. Carter served in the navy.", "Jimmy Carter", "Carter"},
		{"Jimmy Smith was born in Plains. Smith served in the navy.", "Jimmy Smith", "Smith"},
		{"Jimmy Hoffa was born in Plains. Hoffa served in the navy.", "Jimmy Hoffa", "Hoffa"},
	} {
		d := analyzeShipped(t, tc.text, "")
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, 1)
		if f == nil || s == nil {
			t.Errorf("%q: mentions %v %v", tc.text, f, s)
			continue
		}
		if f.Entity != s.Entity {
			t.Errorf("%q: %q is entity %d, %q entity %d; want one", tc.text, tc.full, f.Entity, tc.short, s.Entity)
		}
	}
}

// TestSurnameNamedBefore: a bare surname that several KB people
// named in the article share is the one named in full before it, when
// the others are named only after it ("North Korean leader Kim
// Jong Un … Kim said … Kim Yong Nam"); with two named before it, it
// stays unlinked.
func TestSurnameNamedBefore(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"North Korean leader Kim Jong Un met Moon Jae-in on Friday. Kim said he was ready. Kim Yong Nam was also there.",
			[]string{"Kim/person/person.kim-jong-un/short-form", "Kim Yong Nam/person/person.kim-yong-nam/alias"}, nil},
		{"Kim Yong Nam met Kim Jong Un on Friday. Kim said he was ready.",
			nil, []string{"Kim/person/person.kim-jong-un", "Kim/person/person.kim-yong-nam"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-04-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
