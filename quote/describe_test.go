package quote_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
)

// TestDescriptionTitledBefore: "the president" may stand for a speaker
// named without a title ("Maduro said") whom the text introduced with
// one ("Venezuelan President Nicolas Maduro"), before another titled
// president who spoke earlier; a speaker never given that title is not
// the description's.
func TestDescriptionTitledBefore(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ name, in, content, speaker string }{
		{"introduced with the title", `Venezuelan President Nicolas Maduro broke off relations with the United States on Wednesday. U.S. President Donald Trump said he recognised Guaido. Maduro accused Washington of directing a coup. "We will not accept it," he said. The president said the military remained loyal to him.`,
			"the military remained loyal", "Nicolás Maduro"},
		{"never given the title", `U.S. President Donald Trump said he recognised Guaido. Venezuelan Foreign Minister Jorge Arreaza met the envoy. Arreaza said the talks had failed. The president said the military remained loyal to him.`,
			"the military remained loyal", "Donald Trump"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, q := range findMentioned(t, st, k, tc.in) {
				if q.Text == tc.content || len(q.Text) > len(tc.content) && q.Text[:len(tc.content)] == tc.content {
					got = q.Speaker.Name
				}
			}
			if got != tc.speaker {
				t.Errorf("speaker of %q = %q; want %q", tc.content, got, tc.speaker)
			}
		})
	}
}

// TestDescriptionHolderNotInReport: "the president" after a speaker's
// report that names another president is the speaker when the KB has
// the speaker in that office on the article date; a titled person named
// inside the report is no nearer candidate (e.g. Sheinbaum had
// "discussed the matter with U.S. President Donald Trump").
func TestDescriptionHolderNotInReport(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	in := `Canadian Prime Minister Mark Carney met Claudia Sheinbaum on Thursday. Sheinbaum said she had discussed the matter with U.S. President Donald Trump by telephone last week. "We are partners, not rivals," the president said.`
	got := ""
	for _, q := range findMentionedOn(t, st, k, in, "2025-09-18") {
		if q.Text == `"We are partners, not rivals,"` {
			got = q.Speaker.Name
		}
	}
	if got != "Claudia Sheinbaum" {
		t.Errorf("speaker of the direct quote = %q; want Claudia Sheinbaum", got)
	}
}

// TestDescriptionAppositive: a description whose head is no office noun
// ("the lawmaker", "the analyst") goes back to the person an earlier
// appositive described so ("Jorge Ramos, an opposition lawmaker from
// Arequipa, disagreed"), its modifiers included; the description right
// after a name ("led by X, the companies announced") is no appositive of
// it, and an appositive of another head names nobody (an unresolved
// speaker keeps the description as its name).
func TestDescriptionAppositive(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ name, in, content, speaker string }{
		{"an appositive's head", `Jorge Ramos, an opposition lawmaker from Arequipa, disagreed. "This is a mirage," the lawmaker told reporters.`,
			`"This is a mirage,"`, "Jorge Ramos"},
		{"another head noun", `Ana Diaz, a senior analyst at Capital Economics, was cautious. "We are not there yet," the analyst said.`,
			`"We are not there yet,"`, "Ana Diaz"},
		{"with a modifier", `Jorge Ramos, an opposition lawmaker from Arequipa, disagreed. "This is a mirage," the opposition lawmaker told reporters.`,
			`"This is a mirage,"`, "Jorge Ramos"},
		{"a modifier the appositive lacks", `Jorge Ramos, a lawmaker from Arequipa, disagreed. "This is a mirage," the opposition lawmaker told reporters.`,
			`"This is a mirage,"`, "the opposition lawmaker"}, // unresolved: the description as written
		{"the description right after a name", `The firm sold its building to a partnership led by Ana Diaz, the companies announced Monday. "It is a good price," the companies said.`,
			`"It is a good price,"`, "the companies"}, // unresolved
		{"another head", `Jorge Ramos, an opposition lawmaker from Arequipa, disagreed. "This is a mirage," the analyst told reporters.`,
			`"This is a mirage,"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, q := range findMentioned(t, st, k, tc.in) {
				if q.Text == tc.content {
					got = q.Speaker.Name
				}
			}
			if got != tc.speaker {
				t.Errorf("speaker of %q = %q; want %q", tc.content, got, tc.speaker)
			}
		})
	}
}
