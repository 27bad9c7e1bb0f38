package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of question-and-answer interviews.

// TestFindInterview: in a question-and-answer interview the
// answers ("A: …") are direct quotes of the person the introduction
// names, though the answers never name them; questions are no one's
// quotes, and a plain paragraph after the last answer is not an answer
// (e.g. Finland).
func TestFindInterview(t *testing.T) {
	for _, tc := range []struct {
		name, in, person string
		want             []string
	}{
		{"one line per turn",
			"President Sauli Niinisto announced the application on Sunday. We spoke to him in Helsinki.\n\nQ: Why now?\nA: Everything changed in February.\n\nQ: And Sweden?\nA: We moved hand in hand.\n\nThe parliament meets on Monday.",
			"Sauli Niinisto",
			[]string{"Everything changed in February.", "We moved hand in hand."}},
		{"answer over two lines, long labels",
			"Minister Penny Wong spoke to us in Canberra.\n\nQuestion: What did you discuss?\n\nAnswer: Maritime cooperation.\nAnd the situation in Myanmar.\n\nQuestion: Anything else?",
			"Penny Wong",
			[]string{"Maritime cooperation.\nAnd the situation in Myanmar."}},
		{"answers with no question are a list, not an interview",
			"Minister Penny Wong listed the options.\n\nA: more ships.\n\nB: more aid.",
			"Penny Wong", nil},
	} {
		d := newDoc(tc.in)
		markMention(d, tc.person, doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		var got []string
		for _, q := range Find(d) {
			if q.Cue == "A:" || q.Cue == "Answer:" {
				if q.Speaker.Name != tc.person || q.Kind != Direct {
					t.Errorf("%s: answer %q by %q (%s); want %q, direct", tc.name, q.Text, q.Speaker.Name, q.Kind, tc.person)
				}
				got = append(got, q.Text)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: answers %q; want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: answer %d = %q; want %q", tc.name, i, got[i], tc.want[i])
			}
		}
	}
}
