package event

import "testing"

// TestQA20PronounSpeaker checks that a statement tagged '"…," she said'
// is by the speaker the quotes layer resolved the pronoun to, not by the
// last person subject the coder saw (a man who did not speak), and that
// it exists when the sentence naming the speaker had no event (QA20 E-1).
func TestQA20PronounSpeaker(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []triggerCase{
		{"she after a man named before", "2021-03-10",
			"The court declared Emmerson Mnangagwa the winner. Priscilla Chigumba, the commission's chairwoman, read a statement to reporters. \"We stand by the result,\" she said.", "said", "Priscilla Chigumba"},
		{"she with no event before", "2021-03-10",
			"Priscilla Chigumba, the commission's chairwoman, read a statement to reporters. \"We stand by the result,\" she said.", "said", "Priscilla Chigumba"},
		{"he after a woman named before", "2021-03-10",
			"Samia Suluhu Hassan won the vote. Tundu Lissu, the opposition candidate, spoke in Arusha. \"This was no election,\" he said.", "said", "Tundu Lissu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := e.SourceName; got != tc.want {
					t.Errorf("%q: source %q (%s), want %q", tc.text, got, e.Source, tc.want)
				}
			}
		})
	}
}
