package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of event dates.

// TestAppositiveDate checks that a time or place inside an appositive
// about the object ("X, a Russian agent convicted of … in 2019") dates
// and places the participle's event, not the main one.
func TestAppositiveDate(t *testing.T) {
	for _, tc := range []struct {
		text  string
		trig  string
		date  string
		place string
	}{
		{"France released Ali Karimi, an Iranian diplomat convicted of plotting a bombing in Paris in 2018.", "released", "2023-05-09", ""},
		{"Police arrested Ahmed Ali, a teacher accused of spying, in Cairo on Monday.", "arrested", "2023-05-08", "Cairo"},
		{"Police arrested the teacher in Cairo on Monday.", "arrested", "2023-05-08", "Cairo"},
		{"Lavrov said Russia withdrew its signature from the treaty in 2016.", "said", "2023-05-09", ""},
		{"Lavrov said on Monday that Russia would respond.", "said", "2023-05-08", ""},
		// the clause "a day after" introduces happened a day earlier
		{"Protesters stormed parliament on Monday, a day after Lavrov said the army would stay.", "said", "2023-05-07", ""},
		{"Protesters stormed parliament on Monday, a day after Lavrov said the army would stay.", "stormed", "2023-05-08", ""},
	} {
		p, err := worldPipeline()
		if err != nil {
			t.Fatal(err)
		}
		d := runWorld(t, p, tc.text, time.Date(2023, 5, 9, 0, 0, 0, 0, time.UTC))
		found := false
		for _, e := range d.Events {
			if e.Trigger != tc.trig {
				continue
			}
			found = true
			if e.Date != tc.date || e.Place != tc.place {
				t.Errorf("%q: event %q on %q in %q, want %q in %q", tc.text, tc.trig, e.Date, e.Place, tc.date, tc.place)
			}
		}
		if !found {
			t.Errorf("%q: no event %q", tc.text, tc.trig)
		}
	}
}

// TestClauseTimeDates checks the dates of events in an adverbial clause with
// a time of its own and after a fronted participle clause, in sentences written for sitrep.
func TestClauseTimeDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"an after-clause with its own time", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs in August.", "forced out", "2022-08"},
		{"a when-clause with its own time", "2019-05-02",
			"The army seized power in April, when protesters besieged the ministry in March.", "besieged", "2019-03"},
		{"an after-clause without a time keeps the main clause's", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs.", "forced out", "2022-10"},
		{"a time in an earlier after-phrase dates its noun, not a second after-clause", "2019-11-28",
			"Evo Morales resigned on Nov. 10 after a disputed Oct. 20 election and after the army chief, General Williams Kaliman, urged him to step down.", "step down", "2019-11-10"},
		{"a when-clause after a during-phrase keeps its time", "2016-10-03",
			"The spot shows Trump saying during the debate last week that he was smart, when Clinton blasted him for not paying tax.", "blasted", "2016-W39"},
		{"a time deep in an earlier after-phrase dates its noun", "2019-11-28",
			"Evo Morales resigned on Nov. 10 after weeks of protests over a disputed Oct. 20 election and after the army chief urged him to step down.", "step down", "2019-11-10"},
		{"a time in the trigger's own after-phrase still dates it", "2019-11-28",
			"Evo Morales resigned on Nov. 10 after protesters stormed the palace on Nov. 9.", "stormed", "2019-11-09"},
		{"a main clause keeps its time", "2019-05-02",
			"The army seized power in April, after protesters stormed the parliament in March.", "seized", "2019-04"},
		{"an after-clause of days", "2019-05-02",
			"Rebels attacked the town on Tuesday, after government troops shelled their positions on Sunday.", "shelled", "2019-04-28"},
		{"a fronted birth clause dates the birth only", "2021-09-18",
			"Born on May 4, 1928, in Kafr El-Meselha, Mubarak fought against Israel.", "fought", "2021-09-18"},
		{"a fronted election clause dates the election only", "2024-03-19",
			"Elected in December 2019, Tebboune expelled the French ambassador.", "ambassador", "2024-03-19"},
		{"a fronted occasion participle dates the statement", "2024-03-19",
			"Asked on Monday about the talks, Lavrov said Russia would attend.", "said", "2024-03-18"},
		{"a fronted -ing clause dates the event", "2024-03-19",
			"Speaking on Monday in Paris, Lavrov condemned the strikes.", "condemned", "2024-03-18"},
	})
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a fronted birth clause places the birth only", "2021-09-18",
			"Born on May 4, 1928, in Alexandria, Mubarak fought against Israel.", "fought", ""},
		{"a fronted birth clause with the place's country places the birth only", "2021-09-18",
			"Born on May 4, 1928, in Alexandria, Egypt, Mubarak fought against Israel.", "fought", ""},
	})
}

// TestDatelineDeadlineDates checks that a dateline's date, a future deadline after a
// past-tense trigger and a time inside quoted words do not date the
// event, in sentences written for sitrep.
func TestDatelineDeadlineDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a dateline date loses to the clause's own time", "2023-03-08",
			"KYIV, March 8, 2023 — Four civilians were killed when Russian missiles struck apartment blocks across the city of Zaporizhzhia on Sunday night, the regional governor said.", "killed", "2023-03-05"},
		{"a dateline date alone gives the article date", "2023-03-08",
			"KYIV, March 8, 2023 — Ukrainian troops shelled Russian positions near the town.", "shelled", "2023-03-08"},
		{"a date opening the sentence still dates it", "2023-03-08",
			"On March 6, 2023, Ukrainian troops shelled Russian positions near the town.", "shelled", "2023-03-06"},
		{"a deadline after a past promise", "2019-09-24",
			"Merkel pledged to phase out coal power in Germany by 2038.", "pledged", "2019-09-24"},
		{"a past week after a past trigger still dates it", "2019-09-24",
			"Rebels attacked the base last week.", "attacked", "2019-W38"},
		{"a past time after a past trigger still dates it", "2019-09-24",
			"Rebels attacked the base in 2017.", "attacked", "2017"},
		{"a time in the quoted words never dates the saying", "2019-09-24",
			"\"Inflation will fall below four percent by the end of next year,\" said Lesetja Kganyago, the central bank governor.", "said", "2019-09-24"},
		{"a statement's own time outside the quote dates it", "2019-09-24",
			"\"Inflation will fall,\" Lesetja Kganyago said on Monday.", "said", "2019-09-23"},
		// a day ahead before a past-tense trigger is another clause's
		{"a future day before a past passive trigger", "2014-02-22",
			"Parliament set an early presidential election for May 25 after three months of protests in which dozens of people were killed.", "killed", "2014-02-22"},
		{"a future day before a future passive trigger dates it", "2014-02-22",
			"On May 25, Ukraine will be attacked by Russian troops.", "attacked", "2014-05-25"},
	})
}

// TestBackground checks that a nominal event in an
// "after/before/since" adjunct keeps only its own place and date.
func TestBackground(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"after an invasion, the main clause's city", "2023-04-04", "Warsaw raised its defence budget in Warsaw after Russia's invasion of Ukraine.", "invasion", ""},
		{"a main-clause event keeps its city", "2023-04-04", "Russian troops shelled Kharkiv after the talks.", "shelled", "Kharkiv"},
	})
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a captive handed back to a country", "2020-03-16", "Ukraine handed the soldiers back to Russia on Friday.", "soldiers", ""},
		{"a release at a named city stays there", "2020-03-16", "Ukraine freed the captured pilot in Kyiv on Friday.", "pilot", "Kyiv"},
	})
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"after an invasion, the main clause's month", "2023-04-04", "Finland joined in April 2023, after Russia's invasion of Ukraine.", "invasion", ""},
		{"the adjunct's own date", "2023-04-04", "Finland applied in May 2022, after the invasion of Ukraine in February 2022.", "invasion", "2022-02"},
	})
}

// TestConjunctDates: the second of two coordinated verb phrases is
// dated by its own time, not the first's.
func TestConjunctDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"second conjunct's own year", "Eritrean and Ethiopian troops fought a border war in 1998 and clashed again at Tsorona in 2016.", "clashed", "2016"},
		{"first conjunct keeps its year", "Eritrean and Ethiopian troops fought a border war in 1998 and clashed again at Tsorona in 2016.", "fought", "1998"},
		{"shared year without another", "Russia attacked Kyiv in 2022 and shelled Kharkiv.", "shelled", "2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// checkTriggerDate reports when no event of d has the trigger, or one
// that has it is not dated want.
func checkTriggerDate(t *testing.T, d *doc.Doc, text, trigger, want string) {
	t.Helper()
	for _, e := range eventsOn(t, d, text, trigger) {
		if e.Date != want {
			t.Errorf("%q: %s dated %s, want %s", text, trigger, e.Date, want)
		}
	}
}

// TestTallySinceDates checks that the "since" bound of a tally and
// a time inside the clause a speaker reports do not date the
// event, in sentences written for sitrep.
func TestTallySinceDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a tally since a month is dated by the report", "2019-09-24",
			"Rebels have killed 40 soldiers since March.", "killed", "2019-09-24"},
		{"a fronted since with a count after", "2019-09-24",
			"Since January, rebels have killed dozens of villagers.", "killed", "2019-09-24"},
		{"a state since a day keeps its start", "2019-09-24",
			"Police have detained the opposition leader since Friday.", "detained", "2019-09-20"},
		{"a trigger inside the since-clause keeps its date", "2019-09-24",
			"Since rebels attacked the town in May, 200 people have fled.", "attacked", "2019-05"},
		{"a time inside the reported clause does not date the saying", "2019-09-24",
			"Aid workers said heavy fighting on September 20 blocked the road.", "said", "2019-09-24"},
		{"the saying's own time after the verb dates it", "2019-09-24",
			"Aid workers said on Monday that heavy fighting blocked the road.", "said", "2019-09-23"},
		{"a bare weekday after the verb dates it", "2019-09-24",
			"Aid workers said Monday that heavy fighting blocked the road.", "said", "2019-09-23"},
	})
}

// TestRelativeWeekDates checks the date of the event a trigger codes.
func TestRelativeWeekDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"last week is a week, not the year", "2016-09-27", "Germany closed its embassy last week.", "embassy", "2016-W38"},
		{"this week is a week", "2016-09-27", "Germany closed its embassy this week.", "embassy", "2016-W39"},
	})
}

// TestReportedContentDates checks the date of the event a trigger codes.
func TestReportedContentDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		// a time inside what was said dates the reported event
		{"a month in the content is not the saying's", "2022-12-12",
			"President Dina Boluarte said elections would be held in April 2024.", "said", "2022-12-12"},
		{"the saying's own day stays", "2023-01-11",
			"Turkey said on Monday it would hold talks with Sweden in March.", "said", "2023-01-09"},
	})
}

// TestWhenClauseDate: a clause ", when …" right after a time
// happened then, even after "since" ("the worst since 2014, when Riyadh,
// Abu Dhabi and Manama withdrew their ambassadors").
func TestWhenClauseDate(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"since a year, when", "The crisis is the worst since 2014, when Riyadh, Abu Dhabi and Manama withdrew their ambassadors from Doha for eight months.", "ambassadors", "2014"},
		{"in a month, when", "Tensions rose in March, when Russia attacked the Ukrainian port of Odesa.", "attacked", "2017-03"},
		// a participle aside dates the noun before it, not a later trigger
		{"a year in an agreement's name", "Miller said an armed attack on Philippine public vessels would trigger US commitments under the 1951 Mutual Defense Treaty.", "attack", "2017-06-05"},
		{"participle aside before", "Japan said it would lift curbs on exports of three materials, imposed in July 2019, while South Korea said it would withdraw its complaint.", "said", "2017-06-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2017, 6, 5, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestEventDates: a year inside an apposition after the subject,
// or after a later "and said", dates no trigger (e.g. Cuba,
// Ethiopia–Eritrea).
func TestEventDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, trigger, want string }{
		{"apposition's year", "Obama, the first sitting U.S. president to visit the island since Calvin Coolidge in 1928, said the embargo would end.", "said", "2016-03-21"},
		{"later report's year", "Secretary General Antonio Guterres welcomed the agreement and said the sanctions imposed on Eritrea in 2009 might no longer be justified.", "agreement", "2016-03-21"},
		{"own year before the report", "Israel struck Gaza in 2014 and said the strikes were aimed at militants.", "struck", "2014"},
		{"subject's year with no aside", "Israel, a longtime ally, struck Gaza in 2014.", "struck", "2014"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2016, 3, 21, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestEntryStamp: a live blog's entry stamp dates the entry's
// events, in the stamp's sentence (once a dateline's time) and in the
// entry's later sentences that name no day; a sentence with a day of
// its own keeps it.
func TestEntryStamp(t *testing.T) {
	text := "MINSK — Leaders met on Wednesday.\n\n14:32 GMT — Merkel landed.\n\n22:10 GMT — The talks moved into a smaller format.\n\n" +
		"08:15 GMT — Putin met Poroshenko in Minsk. Merkel met Hollande in Minsk.\n\n" +
		"09:40 GMT: Kerry met Steinmeier in Berlin on Wednesday."
	want := map[string]string{"Putin": "2015-02-12", "Angela": "2015-02-12", "Kerry": "2015-02-11"}
	for _, e := range worldDoc(t, text, "2015-02-11").Events {
		if e.Cameo[:2] != "04" {
			continue
		}
		for k, v := range want {
			if strings.Contains(e.SourceName, k) {
				if e.Date != v {
					t.Errorf("%s %s %s dated %s; want %s", e.SourceName, e.Cameo, e.Trigger, e.Date, v)
				}
				delete(want, k)
			}
		}
	}
	for k := range want {
		t.Errorf("no meeting by %s", k)
	}
}

// TestNounModifierTimeDates: a time modifying a noun in a prepositional phrase
// deep in the object dates that noun, not the event (e.g. Myanmar,
// "accused the election commission of failing to address irregularities
// in the November election"); right after the trigger it is still the
// occasion ("said in a Friday interview").
func TestNounModifierTimeDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a noun's time deep in the object", "2021-02-01",
			"The military accused the election commission of failing to address irregularities in the November election.", "accused", "2021-02-01"},
		{"a time in a later coordinated appeal", "2012-03-22",
			"France suspended cooperation with Mali and called for elections to go ahead as planned in April.", "cooperation", "2012-03-22"},
		{"the occasion right after the trigger", "2021-02-01",
			"The military accused the election commission of fraud in a Friday statement.", "accused", "2021-01-29"},
		{"a news conference is an occasion", "2021-02-01",
			"The military accused the election commission of fraud at a Friday news conference.", "accused", "2021-01-29"},
	})
}

// TestPriorClauseTime: a time inside an earlier clause that ", and" or
// ", but" closes dates that clause, not a later clause with a subject of
// its own; a time fronted at the sentence's start is kept.
func TestPriorClauseTime(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text, trigger, want string }{
		{"a later clause with a name", "The revolt began in mid-March, and French jets have bombed the rebels for three months.", "bombed", "2011-07-20"},
		{"a later statement", "Pupils are due to return to school next week, and the unions said they would strike.", "said", "2011-07-20"},
		{"a later clause with a name after but", "Troops entered the town on Monday, but Russia condemned the raid.", "condemned", "2011-07-20"},
		{"a shared subject keeps it", "Police arrested Omar Bashir on Monday, and then released him.", "arrested", "2011-07-18"},
		{"nor a time in a later until-clause", "Mikati resigned on Tuesday, but Suleiman asked the ministers to stay until a new cabinet is formed on Saturday.", "asked", "2011-07-20"},
		{"a fronted time keeps it", "On Monday, police arrested Omar Bashir, and soldiers shelled Misrata.", "shelled", "2011-07-18"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2011, 7, 20, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// TestPresentSayingDate: a report verb in the simple present ("which
// Doha says was fabricated", "officials say") is dated by the article,
// not by another time of the sentence; a time beside the verb is its
// own, and a past "said" keeps the sentence's time.
func TestPresentSayingDate(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a relative's present saying", "2017-06-11",
			"Saudi Arabia on May 24 published a statement which Doha says was fabricated.", "says", "2017-06-11"},
		{"a present saying after a week", "2017-06-11",
			"Last week Egypt cited a report that Qatar says is false.", "says", "2017-06-11"},
		{"officials say", "2018-04-20",
			"Protesters blocked roads in Gyumri on Tuesday, but Armenian officials say the talks will go on.", "say", "2018-04-20"},
		{"a past saying keeps the sentence's time", "2017-06-11",
			"Saudi Arabia on May 24 published a statement which Doha said was fabricated.", "said", "2017-05-24"},
		{"a hoped-for saying keeps its own year", "2016-09-08",
			"I hope in 2017 America says thank you to the president.", "says", "2017"},
		{"a present saying's own day", "2017-06-11",
			"Qatar says on Friday that the blockade is illegal.", "says", "2017-06-09"},
	})
}
