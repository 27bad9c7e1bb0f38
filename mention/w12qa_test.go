package mention

import "testing"

// TestW12QASurnameNamedBefore: a bare surname that several KB people
// named in the article share is the one named in full before it, when
// the others are named only after it (W12 QA: "North Korean leader Kim
// Jong Un … Kim said … Kim Yong Nam"); with two named before it, it
// stays unlinked.
func TestW12QASurnameNamedBefore(t *testing.T) {
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
