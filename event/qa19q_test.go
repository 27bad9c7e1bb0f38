package event

import (
	"testing"
	"time"
)

// TestQA19ContinuedSpeech checks that a direct quote continuing an
// earlier speech the article set as its frame ("had said in a speech
// last Friday") is dated on the day of that speech, for the same speaker
// only, and with no time of its own (QA19 Q-3).
func TestQA19ContinuedSpeech(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2021, 3, 16, 0, 0, 0, 0, time.UTC) // a Tuesday
	for _, tc := range []struct {
		name, text, want string
	}{
		{"pluperfect speech, same speaker",
			"Opposition leader Maria Castellanos had said in a speech on Friday that her party would boycott the vote.\n\n\"We will not take part in a rigged election,\" Castellanos said.", "2021-03-12"},
		{"in an interview, same speaker",
			"Maria Castellanos said in an interview on Friday that her party would boycott the vote.\n\n\"We will not take part in a rigged election,\" Castellanos said.", "2021-03-12"},
		{"another speaker speaks today",
			"Opposition leader Maria Castellanos had said in a speech on Friday that her party would boycott the vote.\n\n\"We will hold the vote on time,\" Interior Minister Pedro Alvarado said.", "2021-03-16"},
		{"the quote's own time",
			"Opposition leader Maria Castellanos had said in a speech on Friday that her party would boycott the vote.\n\n\"We will not take part in a rigged election,\" Castellanos said on Monday.", "2021-03-15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := runWorld(t, p, tc.text, day)
			got := ""
			for _, e := range d.Events {
				if e.Sentence == 1 && e.Trigger == "said" {
					got = e.Date
				}
			}
			if got != tc.want {
				t.Errorf("%q: the second statement is dated %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
