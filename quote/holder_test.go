package quote

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// soleHolderKB has one country whose presidency has a complete holder
// list, and a ministry whose list is not complete.
func soleHolderKB() *kb.KB {
	k := kb.New()
	k.AddSource(kb.Source{Name: "t", AsOf: kb.Date{Year: 2025, Month: 6, Day: 30}})
	k.AddActor(kb.Actor{ID: "RUR", Kind: "country", Name: "Ruritania", Demonyms: []string{"Ruritanian"}})
	k.AddActor(kb.Actor{ID: "person.ben-okoro", Kind: "person", Name: "Ben Okoro", Country: "RUR"})
	k.AddActor(kb.Actor{ID: "person.ada-mbeki", Kind: "person", Name: "Ada Mbeki", Country: "RUR"})
	k.AddActor(kb.Actor{ID: "person.ana-vidal", Kind: "person", Name: "Ana Vidal", Country: "RUR"})
	k.AddOffice(kb.Office{ID: "RUR.president", Country: "RUR", Key: "president", Name: "President of Ruritania", Single: true,
		CompleteFrom: kb.Date{Year: 2000, Month: 1, Day: 1}, Source: "t"})
	k.AddOffice(kb.Office{ID: "RUR.prime_minister", Country: "RUR", Key: "prime_minister", Name: "Prime Minister of Ruritania", Single: true, Source: "t"})
	k.AddRole(kb.Role{ID: "r1", Person: "person.ada-mbeki", Office: "RUR.president", Title: "President of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2000, Month: 1, Day: 1}, End: kb.Date{Year: 2018, Month: 12, Day: 31}, Source: "t"})
	k.AddRole(kb.Role{ID: "r2", Person: "person.ben-okoro", Office: "RUR.president", Title: "President of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2019, Month: 1, Day: 1}, Source: "t"})
	k.AddRole(kb.Role{ID: "r3", Person: "person.ana-vidal", Office: "RUR.prime_minister", Title: "Prime Minister of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2019, Month: 1, Day: 1}, Source: "t"})
	return k
}

// TestFindSoleHolder: "the <country> president" no one in the text
// fits is the KB's sole holder of that office on the article date, when
// the KB's holder list is complete; otherwise unresolved.
func TestFindSoleHolder(t *testing.T) {
	in2022 := time.Date(2022, 12, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, input string
		date        time.Time
		want        []want
	}{
		{"demonym and office", `"This is a sad day," the Ruritanian president told reporters.`, in2022,
			[]want{{"This is a sad day", Direct, "Ben Okoro", "Ruritanian president", KindDescription, "told"}}},
		{"possessive country", `Ruritania's president said the talks were useful.`, in2022,
			[]want{{"^the talks were useful", Indirect, "Ben Okoro", "Ruritania's president", KindDescription, "said"}}},
		{"another date, another holder", `"This is a sad day," the Ruritanian president told reporters.`, time.Date(2010, 5, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"This is a sad day", Direct, "Ada Mbeki", "Ruritanian president", KindDescription, "told"}}},
		{"possessive country, minister, list not complete", `Ruritania's prime minister said the talks were useful.`, in2022,
			[]want{{"^the talks were useful", Indirect, "Ruritania's prime minister", "", KindDescription, "said"}}},
		{"possessive country, minister's aide", `Ruritania's prime minister's spokesman said the talks were useful.`, in2022,
			[]want{{"^the talks were useful", Indirect, "Ruritania's prime minister's spokesman", "", KindUnnamed, "said"}}},
		{"former is no holder", `"This is a sad day," the former Ruritanian president told reporters.`, in2022,
			[]want{{"This is a sad day", Direct, "the former Ruritanian president", "", KindUnresolved, "told"}}},
		{"holder list not complete", `"This is a sad day," the Ruritanian prime minister told reporters.`, in2022,
			[]want{{"This is a sad day", Direct, "the Ruritanian prime minister", "", KindUnresolved, "told"}}},
	}
	k := soleHolderKB()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.input)
			for _, w := range []string{"Ruritanian", "Ruritania"} {
				if i := indexWord(d.Text, w); i >= 0 {
					d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + len(w)}, Text: w, Type: doc.TypeCountry, KBID: "RUR", Entity: -1, Role: -1})
					break
				}
			}
			d.Fill(doc.LayerMentions)
			d.Date = tt.date
			checkQuotes(t, d, FindKB(d, k), tt.want)
		})
	}
}

// indexWord finds w in s as a whole word (not "Ruritania" inside
// "Ruritanian"), or -1.
func indexWord(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && (i+len(w) == len(s) || s[i+len(w)] < 'a' || s[i+len(w)] > 'z') {
			return i
		}
	}
	return -1
}

// TestFindTitleOnlySpeaker: "he said" after a title-only speaker
// ("The interior minister said …") is that speaker, unresolved, not a
// person named before it.
func TestFindTitleOnlySpeaker(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"he after the interior minister",
			`Army spokesman Paul Ndong read a statement. The interior minister said the borders had been closed. "We will not allow disorder," he told reporters.`,
			people("Paul Ndong"),
			[]want{{"^the borders had been closed", Indirect, "The interior minister", "", KindUnresolved, "said"},
				{"We will not allow disorder", Direct, "The interior minister", "", KindUnresolved, "told"}}},
		{"a person named in between wins",
			`The interior minister said the borders had been closed. Army spokesman Paul Ndong read a statement. "We will not allow disorder," he told reporters.`,
			people("Paul Ndong"),
			[]want{{"^the borders had been closed", Indirect, "The interior minister", "", KindUnresolved, "said"},
				{"We will not allow disorder", Direct, "Paul Ndong", "", KindPronoun, "told"}}},
	})
}

// TestFindHeldPost: a title-only speaker is the person the next
// sentence opens with when it says that person holds the post; a person
// without that clause is not taken.
func TestFindHeldPost(t *testing.T) {
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
