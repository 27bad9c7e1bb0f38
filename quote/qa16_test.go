package quote

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// qa16KB is a small KB for the office-holder tests: Ana Vidal is prime
// minister of Ruritania from 2020 to 2023, Ben Okoro its president from
// 2019 on.
func qa16KB() *kb.KB {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "RUR", Kind: "country", Name: "Ruritania", Demonyms: []string{"Ruritanian"}})
	k.AddActor(kb.Actor{ID: "person.ana-vidal", Kind: "person", Name: "Ana Vidal", Country: "RUR"})
	k.AddActor(kb.Actor{ID: "person.ben-okoro", Kind: "person", Name: "Ben Okoro", Country: "RUR"})
	k.AddRole(kb.Role{ID: "r1", Person: "person.ana-vidal", Office: "RUR.prime_minister", Title: "Prime Minister of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2020, Month: 3, Day: 1}, End: kb.Date{Year: 2023, Month: 6, Day: 30}})
	k.AddRole(kb.Role{ID: "r2", Person: "person.ben-okoro", Office: "RUR.president", Title: "President of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2019, Month: 1, Day: 1}})
	return k
}

// TestFindQA16OfficeHolder: a title description no earlier speaker or
// titled mention fits goes to the person named before whom the KB has in
// that office on the article date (QA16 Q-1); a modifier the office does
// not carry, another date or another office leaves it unresolved.
func TestFindQA16OfficeHolder(t *testing.T) {
	ana := handMention{"Ana Vidal", doc.TypePerson, ""}
	ben := handMention{"Ben Okoro", doc.TypePerson, ""}
	ids := map[string]string{"Ana Vidal": "person.ana-vidal", "Ben Okoro": "person.ben-okoro"}
	in2022 := time.Date(2022, 12, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, input string
		ms          []handMention
		date        time.Time
		want        []want
	}{
		{"the prime minister after the holder's bare name",
			"Ana Vidal met union leaders on Monday.\n\nThe prime minister said the pay offer was final.",
			[]handMention{ana}, in2022,
			[]want{{"^the pay offer was final", Indirect, "Ana Vidal", "", KindDescription, "said"}}},
		{"a demonym names the office's country",
			"Ana Vidal met Ben Okoro on Monday.\n\nThe Ruritanian prime minister said the talks were useful.",
			[]handMention{ana, ben}, in2022,
			[]want{{"^the talks were useful", Indirect, "Ana Vidal", "", KindDescription, "said"}}},
		{"the president is the nearer holder of that office, not the last person",
			"Ben Okoro met Ana Vidal on Monday.\n\nThe president said the talks were useful.",
			[]handMention{ben, ana}, in2022,
			[]want{{"^the talks were useful", Indirect, "Ben Okoro", "", KindDescription, "said"}}},
		{"out of office on the article date",
			"Ana Vidal met union leaders on Monday.\n\nThe prime minister said the pay offer was final.",
			[]handMention{ana}, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
			[]want{{"^the pay offer was final", Indirect, "The prime minister", "", KindUnresolved, "said"}}},
		{"a former president is no holder",
			"Ben Okoro met union leaders on Monday.\n\nThe former president said the pay offer was final.",
			[]handMention{ben}, in2022,
			[]want{{"^the pay offer was final", Indirect, "The former president", "", KindUnresolved, "said"}}},
	}
	k := qa16KB()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			for i := range d.Mentions {
				d.Mentions[i].KBID = ids[d.Mentions[i].Text]
			}
			d.Date = tt.date
			checkQuotes(t, d, FindKB(d, k), tt.want)
		})
	}
}

// TestFindQA16NewLeader: "the new <country> leader" is the person the
// text says was sworn in as president or prime minister (QA16 Q-1).
func TestFindQA16NewLeader(t *testing.T) {
	d := docWithMentions("Ben Okoro was sworn in as president on Wednesday.\n\n\"We will keep the course,\" the new Ruritanian leader said.",
		[]handMention{{"Ben Okoro", doc.TypePerson, ""}})
	checkQuotes(t, d, Find(d), []want{{"We will keep the course", Direct, "Ben Okoro", "", KindDescription, "said"}})
}

// qa16ScareQuotes: a quoted word in the speaker's relative clause
// ("who called the plan "historic"", "whose "Abenomics" programme") is
// no part of the report after it: the main clause's "said" still
// reports, by the name before the clause (QA16 Q-2).
var qa16ScareQuotes = []struct {
	name  string
	input string
	want  []want
}{
	{"who called X quoted, said", `Maria Brandt, who called the plan "historic", said the economy had escaped deflation.`,
		[]want{{`"historic"`, Mixed, "Maria Brandt", "", KindPronoun, "called"},
			{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, said", `Maria Brandt, whose "Brandtonomics" programme launched the easing, said the economy had escaped deflation.`,
		[]want{{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, verb and said", `Maria Brandt, whose "Brandtonomics" programme launched the easing in 2013, welcomed the decision and said the economy had escaped deflation.`,
		[]want{{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, verb and said a mixed quote", `Former Prime Minister Maria Brandt, whose "Brandtonomics" programme launched the easing in 2013, welcomed the decision and said the economy had "finally escaped deflation."`,
		[]want{{"^the economy had", Mixed, "Maria Brandt", "Former Prime Minister", KindNamed, "said"}}},
}

func TestFindQA16ScareQuotes(t *testing.T) {
	for _, tt := range qa16ScareQuotes {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa16Participles: a participle clause set off after the speaker's name
// describes the speaker but is no title (QA16 Q-3); an appositive with
// a title, or a participle used as a title's adjective, still is.
var qa16Participles = []struct {
	name  string
	input string
	want  []want
}{
	{"past participle with by", `Petrov, barred by the constitution from a third consecutive term, said he would accept the post.`,
		[]want{{"^he would accept the post", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"past participle with in", `Petrov, elected in 2019, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"present participle with an object", `Petrov, addressing supporters the same day, said the opposition had failed.`,
		[]want{{"^the opposition had failed", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"a title with an -ing word", `Petrov, managing director of the port, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "managing director of the port", KindNamed, "said"}}},
	{"a title with an -ed adjective", `Petrov, a retired general, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "retired general", KindNamed, "said"}}},
}

func TestFindQA16Participles(t *testing.T) {
	for _, tt := range qa16Participles {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa16Outlet: a medium with a longer adjunct of outlet and time before
// "saying" ("published a letter in the state newspaper X on Thursday
// saying") reports its content, spoken by the clause's subject (QA16
//
var qa16Outlet = []struct {
	name  string
	input string
	want  []want
}{
	{"letter in a newspaper on a day saying", `Maria Brandt published a letter in the state newspaper Tribune on Thursday saying the United States owed the country millions of dollars.`,
		[]want{{"^the United States owed", Indirect, "Maria Brandt", "", KindNamed, "saying"}}},
	{"statement on the state broadcaster's website saying", `Maria Brandt issued a statement on the state broadcaster's website late on Friday saying the talks had failed.`,
		[]want{{"^the talks had failed", Indirect, "Maria Brandt", "", KindNamed, "saying"}}},
}

func TestFindQA16Outlet(t *testing.T) {
	for _, tt := range qa16Outlet {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindQA16OfficeHolderBareMinister: "the minister" alone is no
// office (a prime minister is not "the minister"); "the leader" is any
// head of state or government.
func TestFindQA16OfficeHolderBareMinister(t *testing.T) {
	k := qa16KB()
	for _, tt := range []struct{ desc, name, kind string }{
		{"The minister", "", KindUnresolved},
		{"The Ruritanian leader", "Ana Vidal", KindDescription},
	} {
		d := docWithMentions("Ana Vidal met union leaders on Monday.\n\n"+tt.desc+" said the pay offer was final.", []handMention{{"Ana Vidal", doc.TypePerson, ""}})
		d.Mentions[0].KBID = "person.ana-vidal"
		d.Date = time.Date(2022, 12, 15, 0, 0, 0, 0, time.UTC)
		checkQuotes(t, d, FindKB(d, k), []want{{"^the pay offer was final", Indirect, tt.name, "", tt.kind, "said"}})
	}
}
