package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// Tests of office-holder speakers resolved through the KB.

// officeKB is a small KB for the office-holder tests: Ana Vidal is prime
// minister of Ruritania from 2020 to 2023, Ben Okoro its president from
// 2019 on.
func officeKB() *kb.KB {
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

// TestFindOfficeHolder: a title description no earlier speaker or
// titled mention fits goes to the person named before whom the KB has in
// that office on the article date; a modifier the office does
// not carry, another date or another office leaves it unresolved.
func TestFindOfficeHolder(t *testing.T) {
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
	k := officeKB()
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

// TestFindOfficeHolderBareMinister: "the minister" alone is no
// office (a prime minister is not "the minister"); "the leader" is any
// head of state or government.
func TestFindOfficeHolderBareMinister(t *testing.T) {
	k := officeKB()
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

// TestFindArmyNotGroup: "the army" is neither the commander of a
// paramilitary group the KB holds ("Commander of the Rapid Support
// Forces") nor the "army" of "army chief" (e.g. Sudan).
func TestFindArmyNotGroup(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		`RSF commander Mohamed Hamdan Dagalo told reporters they would win. The army said it would not negotiate until the RSF was dissolved.`,
		`The fighting pits army chief Abdel Fattah al-Burhan against Mohamed Hamdan Dagalo. The army said it would not negotiate until the RSF was dissolved.`,
		`Fighting broke out between the army and the paramilitary Rapid Support Forces. The army said it would not negotiate until the RSF was dissolved.`,
	} {
		d := newDoc(in)
		if strings.Contains(in, "Dagalo") {
			markMention(d, "Mohamed Hamdan Dagalo", doc.TypePerson, "person.mohamed-hamdan-dagalo", "Mohamed Hamdan Dagalo", "")
		} else {
			markMention(d, "Rapid Support Forces", doc.TypeArmedGroup, "group.rsf", "Rapid Support Forces", "")
		}
		d.Fill(doc.LayerMentions)
		d.Date = time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
		for _, q := range FindKB(d, k) {
			if strings.HasPrefix(q.Text, "it would not negotiate") && (strings.Contains(q.Speaker.Name, "Dagalo") || strings.Contains(q.Speaker.Name, "pits") || strings.Contains(q.Speaker.Name, "Rapid")) {
				t.Errorf("Find(%q): %q by %q; want not Dagalo, \"pits army\" nor the RSF", in, q.Text, q.Speaker.Name)
			}
		}
	}
}

// TestFindOfficeHolderTermWords: a description whose modifier says how
// the holder holds the office still finds the holder through the KB:
// "interim" fits a role the KB qualifies as interim though its title
// does not say so, "incumbent" and "sitting" say no more than that the
// office is held, and "-elect" fits a term the KB starts within a year
// after the date (e.g. Bolivia 2019 "the interim president
// told reporters", Ivory Coast 2010 "the incumbent president said", "the
// president-elect said"). A qualifier the role lacks and a term too far
// off leave the description unresolved.
func TestFindOfficeHolderTermWords(t *testing.T) {
	k := officeKB()
	k.AddActor(kb.Actor{ID: "person.dora-lenz", Kind: "person", Name: "Dora Lenz", Country: "RUR"})
	k.AddRole(kb.Role{ID: "r3", Person: "person.dora-lenz", Office: "RUR.prime_minister", Title: "Prime Minister of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2023, Month: 7, Day: 1}, End: kb.Date{Year: 2024, Month: 1, Day: 31}, Qualifier: "interim"})
	k.AddActor(kb.Actor{ID: "person.eli-sato", Kind: "person", Name: "Eli Sato", Country: "RUR"})
	k.AddRole(kb.Role{ID: "r4", Person: "person.eli-sato", Office: "RUR.president", Title: "President of Ruritania", Country: "RUR",
		Start: kb.Date{Year: 2025, Month: 1, Day: 20}})
	ids := map[string]string{"Ana Vidal": "person.ana-vidal", "Ben Okoro": "person.ben-okoro", "Dora Lenz": "person.dora-lenz", "Eli Sato": "person.eli-sato"}
	for _, tt := range []struct{ name, desc, date, speaker, kind string }{
		{"Dora Lenz", "The interim prime minister", "2023-09-01", "Dora Lenz", KindDescription},
		{"Ana Vidal", "The interim prime minister", "2022-12-15", "The interim prime minister", KindUnresolved},
		{"Ben Okoro", "The incumbent president", "2022-12-15", "Ben Okoro", KindDescription},
		{"Ben Okoro", "The sitting president", "2022-12-15", "Ben Okoro", KindDescription},
		{"Eli Sato", "The president-elect", "2024-12-01", "Eli Sato", KindDescription},
		{"Eli Sato", "The president-elect", "2022-12-15", "", KindUnresolved},
		{"Ben Okoro", "The president-elect", "2022-12-15", "", KindUnresolved},
	} {
		d := docWithMentions(tt.name+" met union leaders on Monday.\n\n"+tt.desc+" said the pay offer was final.", []handMention{{tt.name, doc.TypePerson, ""}})
		d.Mentions[0].KBID = ids[tt.name]
		day, err := time.Parse("2006-01-02", tt.date)
		if err != nil {
			t.Fatal(err)
		}
		d.Date = day
		checkQuotes(t, d, FindKB(d, k), []want{{"^the pay offer was final", Indirect, tt.speaker, "", tt.kind, "said"}})
	}
}

// TestFindIrregularParticipleAside: a clause opened by an irregular past
// participle and set off after the speaker's name ("led by Secretary
// General X", "held in custody since May") is no title, as a regular
// one is not ("The Organization of American States, led
// by Secretary General Luis Almagro, had reported" was titled "led by
// Secretary General Luis Almagro").
func TestFindIrregularParticipleAside(t *testing.T) {
	for _, tt := range []struct{ name, input, speaker, title string }{
		{"led by", `The Arbitration Board, led by Secretary General Ana Vidal, said the count was flawed.`, "Arbitration Board", ""},
		{"held in", `Petrov, held in custody since May, said the charges were false.`, "Petrov", ""},
		{"a title stays", `Petrov, a retired general, said the charges were false.`, "Petrov", "retired general"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(newDoc(tt.input))
			if len(qs) != 1 || qs[0].Speaker.Name != tt.speaker || qs[0].Speaker.Title != tt.title {
				t.Errorf("Find(%q) = %+v; want one quote by %q titled %q", tt.input, qs, tt.speaker, tt.title)
			}
		})
	}
}

// TestFindArmyNotCommander: "the army" is the body, not the person the
// KB has commanding it that day.
func TestFindArmyNotCommander(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := `Thailand's army chief, General Prayuth Chan-ocha, summoned politicians on Friday. The army said 22 others had reported to an army facility.`
	d := newDoc(in)
	markMention(d, "Prayuth Chan-ocha", doc.TypePerson, "person.prayut-chan-o-cha", "Prayut Chan-o-cha", "")
	d.Fill(doc.LayerMentions)
	d.Date = time.Date(2014, 5, 23, 0, 0, 0, 0, time.UTC)
	for _, q := range FindKB(d, k) {
		if strings.HasPrefix(q.Text, "22 others had reported") && strings.Contains(q.Speaker.Name, "Prayut") {
			t.Errorf("Find(%q): %q by %q; want the army, not its commander", in, q.Text, q.Speaker.Name)
		}
	}
}
