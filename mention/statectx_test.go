package mention

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestStateContextSame checks that the document's stateContext and
// personContext change no claim: the sample articles, joined into one long document after a
// dateline and with party plurals and qualified titles in several
// sentences, give the same mentions and role claims with it and without.
func TestStateContextSame(t *testing.T) {
	texts := []string{
		"ATHENS — Finance Minister Yanis Varoufakis met German Finance Minister Wolfgang Schäuble. " +
			"The Conservatives and the Greens of Britain disagreed. President Obama spoke of Cuba. " +
			"Foreign Minister Sergei Lavrov told reporters that France and Germany agreed.",
		// the states of the holder's sentence are in his words: the
		// other sentences' state owns the title
		// no state named: the party of the persons the story names
		// (personCountry), nearest in the sentence, else most named
		"Boris Johnson spoke on Monday. Emmanuel Macron and Olaf Scholz met. The Conservatives won. " +
			"Joe Biden said the Democrats and Rishi Sunak's Conservatives agreed.",
		"Russia sent troops on Monday. Foreign Minister Ivan Petrovsky told reporters that France and France agreed.",
	}
	texts = withSamples(t, texts)
	claims := 0
	for _, text := range texts {
		run := func(off bool) ([]string, []doc.RoleClaim) {
			noStateContext = off
			defer func() { noStateContext = false }()
			d := analyzeShipped(t, text, "2024-06-01")
			return mentionList(d), d.RoleClaims
		}
		m0, c0 := run(true)
		m1, c1 := run(false)
		if !reflect.DeepEqual(m0, m1) {
			t.Errorf("%.60q: mentions differ with the stateContext", text)
		}
		if !reflect.DeepEqual(c0, c1) {
			t.Errorf("%.60q: role claims differ with the stateContext:\n%v\n%v", text, c0, c1)
		}
		claims += len(c0)
	}
	if claims == 0 {
		t.Errorf("no role claims: the test reads nothing")
	}
}

// TestIndexedPassesSame checks that the indexes and memos a long
// document switches to (manyFound: initialsJoins by initials, givenAlone's
// and resolvePersons' memos, otherBearerNearer walking back by end;
// shortForms' people by last word and its namesake memo) give
// the mentions the plain loops give: the sample articles and sentences
// that exercise each pass, alone and joined into one document, run both
// ways.
func TestIndexedPassesSame(t *testing.T) {
	texts := []string{
		"The Pakistan Tehreek-e-Insaf rallied. PTI leaders said the Jamaat-e-Islami would join. The PTI won.",
		"The government would be providing Ford Australia with a package. It will secure Ford's operations. Ford said so.",
		"Boeing delivered the final 717, ending the Douglas era. The plant was the home of Douglas Aircraft and of McDonnell Douglas.",
		"Lourenco replaced Jose Eduardo dos Santos. Isabel dos Santos said she had cut costs in Luanda. Angola's oil firm, in which dos Santos holds a stake, fell.",
		"Burundi's parliament met in Gitega. Nkurunziza's supporters marched, and Ndayishimiye spoke.",
		"Steve and Roger met Dorothea. Dorothea said Steve would go. Rajapaksa met President Gotabaya Rajapaksa and Mahinda Rajapaksa.",
		"Sara Duterte, the daughter of President Rodrigo Duterte, voted in Davao.\n\nDuterte, 43, later thanked her supporters. Duterte said she would serve, and Duterte left.",
		"President Gotabaya Rajapaksa met Basil Rajapaksa in Colombo. Rajapaksa said the talks went well. Rajapaksa later left, and Rajapaksa spoke again.",
	}
	texts = withSamples(t, texts)
	n := 0
	for _, text := range texts {
		run := func(at int) ([]string, []doc.RoleClaim) {
			manyAt, manyPeopleAt = at, at
			defer func() { manyAt, manyPeopleAt = 256, 64 }()
			d := analyzeShipped(t, text, "2022-06-01")
			return mentionList(d), d.RoleClaims
		}
		m0, c0 := run(1 << 30)
		m1, c1 := run(0)
		if !reflect.DeepEqual(m0, m1) {
			t.Errorf("%.60q: mentions differ with the indexes:\n%v\n%v", text, m0, m1)
		}
		if !reflect.DeepEqual(c0, c1) {
			t.Errorf("%.60q: role claims differ with the indexes", text)
		}
		n += len(m0)
	}
	if n == 0 {
		t.Errorf("no mentions: the test reads nothing")
	}
}

// withSamples returns texts followed by the sample articles' texts and
// then all of them joined into one long document.
func withSamples(t *testing.T, texts []string) []string {
	t.Helper()
	paths, _ := filepath.Glob("../examples/*.txt")
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return append(texts, strings.Join(texts, "\n\n"))
}

// TestPartyLeaderNotStateOffice checks that a party's leader is no office of the
// party's state: "CDU leader" is not the President of Germany.
func TestPartyLeaderNotStateOffice(t *testing.T) {
	for _, tc := range []struct{ text, person, notPrefix string }{
		{"CDU leader Armin Laschet met Scholz.", "Armin Laschet", "DEU."},
		{"Likud leader Benjamin Netanyahu met Scholz.", "Benjamin Netanyahu", "ISR."},
		{"Social Democrat leader Lars Klingbeil became vice chancellor in Germany.", "Lars Klingbeil", "DEU."},
	} {
		d := analyzeShipped(t, tc.text, "2021-05-06")
		for _, c := range d.RoleClaims {
			// (the title the person is given after the name, "became vice
			// chancellor", is a claim of its own)
			if c.Person == tc.person && strings.HasPrefix(c.OfficeID, tc.notPrefix) && strings.Contains(c.Title, "leader") {
				t.Errorf("%q: claim office %q; want no office of the party's state", tc.text, c.OfficeID)
			}
		}
	}
}
