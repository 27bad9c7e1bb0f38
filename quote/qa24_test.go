package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA24ClaimedTerritory: "claimed by X" and "claim <noun
// phrase>" name a thing claimed (a territory, a title), no report;
// "claimed (that) <clause>" still reports (QA24 Q-1).
func TestFindQA24ClaimedTerritory(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Troops faced off for weeks in a mountain valley claimed by both Nepal and Tibet.`, 0},
		{`Both governments claim the archipelago, which is also claimed by Okafor.`, 0},
		{`Guyana claims most of the disputed region.`, 0},
		{`Okafor claimed the ballots were burned.`, 1},
		{`The rebels claim the army killed 12 civilians.`, 1},
		{`The rebels had claimed the day before there were air strikes on the town.`, 1},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okafor", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		if qs := Find(d); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindQA24ApposedSubject: a named subject with an appositive before
// a non-speech verb and ", saying" speaks: the name, not the possessor
// of a title before it (QA24 Q-2).
func TestFindQA24ApposedSubject(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"name, appositive, verb, saying",
			`Colonel Mamadi Sangare, the head of the guard, dissolved parliament on Sunday, saying the country needed a fresh start.`,
			people("Mamadi Sangare"),
			[]want{{"^the country needed a fresh start", Indirect, "Mamadi Sangare", "Colonel", KindNamed, "saying"}}},
		{"possessor's title, name, verb, saying",
			`Guinea's army chief, Colonel Mamadi Sangare, dissolved parliament on Sunday, saying the country needed a fresh start.`,
			append(people("Mamadi Sangare"), mentionMark{"Guinea", doc.TypeCountry, "", ""}),
			[]want{{"^the country needed a fresh start", Indirect, "Mamadi Sangare", "Colonel", KindNamed, "saying"}}},
	})
}

// TestFindQA24HeldPost: a title-only speaker is the person the next
// sentence opens with when it says that person holds the post (QA24
// Q-3); a person without that clause is not taken.
func TestFindQA24HeldPost(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"who holds that post",
			`"The border stays closed," the interior minister said. Amadou Keita, who holds that post, added that 40 people had been arrested.`,
			people("Amadou Keita"),
			[]want{{"The border stays closed", Direct, "Amadou Keita", "interior minister", KindDescription, "said"},
				{"^40 people had been arrested", Indirect, "Amadou Keita", "", KindNamed, "added"}}},
		{"a person without the clause",
			`"The border stays closed," the interior minister said. Amadou Keita, a lawyer, added that 40 people had been arrested.`,
			people("Amadou Keita"),
			[]want{{"The border stays closed", Direct, "the interior minister", "", KindUnresolved, "said"},
				{"^40 people had been arrested", Indirect, "Amadou Keita", "lawyer", KindNamed, "added"}}},
	})
}
