package quote_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
)

// TestFindW13QA6PluralHeadClause: a plural unnamed-source head followed by
// a past tense and its object is a clause of its own, no source ("Activists
// besieged the embassy, and Ambassador X said": the speaker is X; W13 QA6:
// Estonia); a participle and a preposition stay a source's post-modifier.
func TestFindW13QA6PluralHeadClause(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker string }{
		{`Pro-Kremlin youth activists besieged the Estonian embassy in Moscow, and Estonian Ambassador Marina Kaljurand said she had been attacked.`,
			"Marina Kaljurand"},
		{`Activists besieged the embassy in Moscow, and Ambassador Marina Kaljurand said she had been attacked.`,
			"Marina Kaljurand"},
		{`Activists detained on Monday said they had been beaten.`,
			"Activists detained"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker && !strings.HasPrefix(qs[0].Speaker.Name, tc.speaker) {
			t.Errorf("Find(%q) = %+v; want one quote by %s", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindW13QA6AccordingToApposition: "according to <description>,
// <Name>" is the named person's report (W13 QA6: Zimbabwe, "according to
// the party's secretary general, Tendai Biti" was unresolved).
func TestFindW13QA6AccordingToApposition(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, content string }{
		{`Police arrested about 60 people, according to the party's secretary general, Tendai Biti.`, "Tendai Biti", "Police arrested about 60 people"},
		{`According to the ministry spokesman, John Kirby, Russia attacked the port.`, "John Kirby", "Russia attacked the port"},
		{`According to the ministry, Russia attacked the port.`, "", "Russia attacked the port"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want %q by %s", tc.in, qs, tc.content, tc.speaker)
		}
	}
}

// TestFindW13QA6CueWithInfinitive: "…, General X, urged him to resign" has
// its own object and infinitive: the clause before the subject is no
// report of it (W13 QA6: Bolivia); "…, X said in a speech to parliament"
// still reports the clause.
func TestFindW13QA6CueWithInfinitive(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`Morales, Bolivia's first indigenous president, stepped down on Sunday after the armed forces commander, General Williams Kaliman, urged him to resign.`, ""},
		{`The talks were useful, Danny Ayalon said in a speech to parliament.`, "The talks were useful"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if tc.content == "" && len(qs) > 0 && strings.Contains(qs[0].Text, "stepped down") || tc.content != "" && (len(qs) != 1 || qs[0].Text != tc.content) {
			t.Errorf("Find(%q) = %+v; want %q", tc.in, qs, tc.content)
		}
	}
}

// findMentioned segments text, runs the mention stage st on it and
// returns the quotes FindKB finds with k.
func findMentioned(t *testing.T, st *mention.Stage, k *kb.KB, text string) []doc.Quote {
	t.Helper()
	d := &doc.Doc{Text: text}
	d.Fill(doc.LayerText)
	if err := segment.New().Process(d); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return quote.FindKB(d, k)
}
