package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindW13QA7Interview: in a question-and-answer interview the
// answers ("A: …") are direct quotes of the person the introduction
// names, though the answers never name them; questions are no one's
// quotes, and a plain paragraph after the last answer is not an answer
// (W13 QA7: Finland).
func TestFindW13QA7Interview(t *testing.T) {
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

// TestFindW13QA7EntryTime: a live blog's entry time opening a sentence
// is no part of a report the sentence ends with ("3.05pm BST: X voted
// in Eldoret, his campaign said"), in the forms blogs write it (W13
// QA7: Kenya).
func TestFindW13QA7EntryTime(t *testing.T) {
	for _, in := range []string{
		"3.05pm BST: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"2.32pm: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"1630 GMT: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"Updated 17:45 — The deputy president voted in Eldoret in the morning, a spokesman said.",
		"14:32 GMT — The deputy president voted in Eldoret in the morning, a spokesman said.",
	} {
		qs := Find(newDoc(in))
		if want := "The deputy president voted in Eldoret in the morning"; len(qs) != 1 || qs[0].Text != want {
			t.Errorf("Find(%q) = %s; want one quote %q", in, describe(qs), want)
		}
	}
}
