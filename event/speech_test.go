package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of speakers, reports and quotes.

// TestSpeakerSource checks that a statement whose speaker the
// quotes layer resolved to a person is that person's, not the country
// or body in the speaker's description.
func TestSpeakerSource(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []triggerCase{
		{"the German chancellor said", "2023-05-16",
			"BERLIN — Olaf Scholz met Emmanuel Macron on Monday.\n\nThe German chancellor said the two countries stood together.", "said", "person.olaf-scholz DEUGOV"},
		{"the Kremlin leader said", "2008-05-08",
			"Dmitry Medvedev was sworn in as president on Wednesday.\n\n\"We will not change course,\" the new Kremlin leader said.", "said", "person.dmitry-medvedev RUSGOV"},
		{"a named speaker keeps his statement", "2023-05-16",
			"Olaf Scholz said the two countries stood together.", "said", "person.olaf-scholz DEUGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := e.Source + " " + e.SourceCode; got != tc.want {
					t.Errorf("%q: source %q, want %q", tc.text, got, tc.want)
				}
			}
		})
	}
}

// TestContinuedSpeech checks that a direct quote continuing an
// earlier speech the article set as its frame ("had said in a speech
// last Friday") is dated on the day of that speech, for the same speaker
// only, and with no time of its own.
func TestContinuedSpeech(t *testing.T) {
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

// TestPronounSpeaker checks that a statement tagged '"…," she said'
// is by the speaker the quotes layer resolved the pronoun to, not by the
// last person subject the coder saw (a man who did not speak), and that
// it exists when the sentence naming the speaker had no event.
func TestPronounSpeaker(t *testing.T) {
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

// TestSources checks the source id of the event a trigger codes.
func TestSources(t *testing.T) {
	checkTriggered(t, "has source", func(e *doc.Event) string { return e.Source }, []triggerCase{
		{"a state's rebels are not the state", "2013-08-22",
			"Syrian rebels accused government forces of killing hundreds of people.", "accused", "SYRREB"},
		{"a state's opposition activists are not the state", "2013-08-22",
			"Syrian opposition activists accused government forces of killing hundreds.", "accused", "SYROPP"},
		{"a possessive state's military is its military", "2013-07-04",
			"Egypt's military overthrew President Mohammed Morsi on Wednesday.", "overthrew", "EGYMIL"},
		{"the antecedent of 'who then' is its subject", "2022-07-15",
			"Sri Lanka's speaker accepted the resignation of President Gotabaya Rajapaksa, who then flew on to Singapore.", "flew", "person.gotabaya-rajapaksa"},
		{"'he' after a quote is the person before", "2016-09-27",
			`Rodrigo Londono asked for forgiveness. "We will attack the army," he said.`, "said", "person.rodrigo-londono"},
		{"a state's police", "2016-07-16", "Turkish police detained 20 journalists.", "detained", "TURCOP"},
		{"a state's officials stay the state", "2013-08-22", "Syrian officials accused Turkey of arming rebels.", "accused", "SYR"},
	})
}

// TestReportParticiple: a participle after a reporting verb and
// its adverbials is the speaker's act ("Erdogan said on Tuesday,
// accusing Israel of …"), not part of what was said; after a reported
// clause it stays that clause's.
func TestReportParticiple(t *testing.T) {
	checkEvents(t, []eventCase{
		{"said on a day, accusing", "2013-09-04", "Erdogan said on Tuesday, accusing Israel of genocide.", []string{"TURGOV ISR 112"}, nil},
		{"told an addressee, accusing", "2013-09-04", "\"This was an attack on human dignity,\" Erdogan told lawmakers on Tuesday, accusing Syrian President Bashar al-Assad of gassing his own people.", []string{"TURGOV SYRGOV 112"}, nil},
		{"a reported clause keeps its participle", "2013-09-04", "Erdogan said Israeli troops had attacked Gaza, killing 12 civilians.", []string{"ISRMIL CVL 190"}, []string{"TURGOV  190", "TURGOV CVL"}},
		// an attribution after the reported clause: a participle of
		// saying with a that-clause is the reporter's; an act, or an
		// appeal, stays the reported clause's
		{"attribution, then warning", "2018-04-23", "Soldiers had joined the protests on Monday, the Armenian Defense Ministry said, warning that they would face punishment.", []string{"ARMGOV  130"}, []string{"MIL  130"}},
		{"attribution, then asking", "2009-01-01", "The girl's mother did not appear concerned, police said, asking officers to not cite her daughter.", nil, []string{"COP COP 02"}},
		{"attribution, then killing", "2018-04-23", "Rebels attacked the town, the army said, killing 12 civilians.", []string{"REB CVL 190"}, []string{"MIL CVL"}},
	})
}

// TestBehind checks "X said Y was behind the attack" as X's
// accusation of Y, and that soldiers an insurgency fights at home are its
// state's.
func TestBehind(t *testing.T) {
	checkWorld(t, []worldCase{
		{"were behind the attack", "2019-01-18", "Colombia's defence minister said FARC dissidents were behind the car bomb attack in Bogota.", []string{"COLGOV COLREB 112"}, nil},
		{"was behind the cyber attack", "2019-01-18", "Ukraine said Russia was behind the cyber attack.", []string{"UKR RUS 112"}, nil},
		{"behind bars is no charge", "2019-01-18", "Ukraine said Russian soldiers were behind bars.", nil, []string{"UKR RUS"}},
		{"soldiers at home", "2017-06-01", "Somalia's government said al Shabaab militants had killed 12 soldiers in an attack on a base near Mogadishu.", []string{"SOMREB SOMMIL 190"}, nil},
		{"foreign troops keep their own", "2017-06-01", "Taliban fighters ambushed US troops in Kandahar.", []string{"AFGREB USAMIL 180"}, []string{"AFGREB AFGMIL"}},
	})
}

// TestTemporalFrame: an act in a temporal clause after the reported
// content ("…, a day after Indian warplanes struck …") is the writer's
// frame, not what the speaker said: no accusation by the speaker.
func TestTemporalFrame(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a day after", "2019-02-27", "Pakistan said on Wednesday its air force had shot down two Indian military jets over Kashmir, a day after Indian warplanes struck what New Delhi described as a militant training camp inside Pakistan.", []string{"INDMIL PAK 195"}, []string{"PAK INDMIL 112"}},
		{"said that they struck stays an accusation", "2019-02-27", "Pakistan said Indian warplanes struck a camp inside Pakistan.", []string{"PAK INDMIL 112"}, nil},
	})
}

// TestByPhoneToMedium: speaking "by telephone" to a medium or to nobody
// named is an interview, no call (041); to an actor it is a call.
func TestByPhoneToMedium(t *testing.T) {
	checkEvents(t, []eventCase{
		{"told a radio station by telephone", "2006-12-06", "Fiji's prime minister told Radio New Zealand by telephone that the takeover was illegal.", []string{"FJIGOV  010"}, []string{"041"}},
		{"told an agency by phone", "2006-12-06", "Fiji's prime minister told Reuters by phone that the takeover was illegal.", nil, []string{"041"}},
		{"spoke to a leader by telephone stays", "2006-12-06", "Laisenia Qarase spoke to Helen Clark by telephone.", []string{"FJI NZLGOV 041"}, nil},
	})
}

// TestTrailingReporter: what a speaker who closes the sentence says
// another could or would do did not happen, as when the speaker opens
// it; the source's own spokesman and plain facts keep their events.
func TestTrailingReporter(t *testing.T) {
	checkEvents(t, []eventCase{
		{"another's trip that could happen", "2023-09-05", "Kim Jong Un could travel to Russia later this month, U.S. officials said on Monday.", []string{"RUS 042", "USAGOV  010"}, nil},
		{"another's strike that could happen", "2024-04-10", "Iran could strike Israel within days, U.S. officials said.", []string{"IRN ISR", "USAGOV  010"}, nil},
		{"the source's own spokesman", "2024-04-10", "Iran would retaliate against Israel, its foreign minister said.", []string{"IRN ISR"}, nil},
		{"a fact reported", "2024-04-10", "Iran struck Israel, U.S. officials said.", []string{"IRN ISR 190"}, nil},
		{"a body's own ministers", "2020-08-14", "The European Union may impose sanctions on Belarus if Minsk does not release political prisoners, EU foreign ministers said.", []string{"IGOEUREEC BLR 1312"}, nil},
		{"a planned visit announced by the host", "1989-05-10", "The German foreign minister will visit Albania in June, the Albanian embassy said.", []string{"DEUGOV ALB"}, nil},
	})
}

// TestClosingSpeakerHypothetical: what a speaker who closes the sentence
// says another may, might, could or would do is coded as envisaged, not
// done, beside the speaker's statement.
func TestClosingSpeakerHypothetical(t *testing.T) {
	checkHypothetical(t, time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"a visit that may happen", "Chinese President Xi Jinping may visit Pyongyang next month, South Korean officials said.", "042", true},
		{"an offensive that could come", "Russian troops could launch a new offensive near Kharkiv within weeks, Ukrainian military officials said.", "190", true},
		{"a release that might happen", "Hamas might release some hostages this week, Egyptian mediators said.", "0841", true},
		{"a fact reported stays done", "Chinese President Xi Jinping visited Pyongyang, South Korean officials said.", "042", false},
	})
}

// parentheticalReportTests: a verb after ", <speaker> said, and" shares
// the subject of the clause the aside interrupts, not its object's.
var parentheticalReportTests = []worldCase{
	{"an unnamed speaker's aside", "2016-03-01", "ANKARA (Reuters) - Putin met Erdogan on Monday, officials said, and urged a ceasefire in Syria.", []string{"RUSGOV  020"}, []string{"TURGOV  020"}},
	{"a named speaker's aside", "2016-03-01", "ANKARA (Reuters) - Putin met Erdogan on Monday, the Turkish foreign ministry said, and urged a ceasefire in Syria.", []string{"RUSGOV  020"}, []string{"TURGOV  020"}},
}

func TestParentheticalReport(t *testing.T) { checkWorld(t, parentheticalReportTests) }

// TestPostposedSpeaker checks a statement whose speaker follows the
// verb: the negation of what was said before the comma is not the
// speaker's, and a lower-case title of agent words may stand between
// the verb and the speaker's name.
func TestPostposedSpeaker(t *testing.T) {
	checkEvents(t, []eventCase{
		{"negation in the reported clause", "2009-05-01", "She is not familiar with the area, said police spokesman Lt. Doug Perry.", []string{"COP  010"}, []string{"neg"}},
		{"negation in a quote", "2009-05-01", "\"We will not leave,\" said police spokesman Lt. Doug Perry.", []string{"COP  010"}, []string{"neg"}},
		{"negated speaker before the verb keeps it", "2009-05-01", "The army did not say whether the road was closed.", nil, []string{"MIL  010"}},
		{"title before the name", "2009-05-01", "The road was closed on Monday, said police spokesman Doug Perry.", []string{"GOV  010"}, nil},
		{"title and negation", "2009-05-01", "The road was not closed, said police spokesman Doug Perry.", []string{"GOV  010"}, []string{"neg"}},
		{"a verb after the title word", "2009-05-01", "The road was closed, said police arrested John Smith.", []string{"COP  173"}, []string{"010"}},
	})
}

// TestDescribedSpeaker checks that a statement whose speaker is a
// description ("the mayor said") the quotes stage resolved to a person
// named before, whom the KB does not know, is that person's.
func TestDescribedSpeaker(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []triggerCase{
		{"the mayor after a titled name", "2016-09-17",
			"Mayor John Whitfield of Dalton called the fire deliberate.\n\nThe mayor said there had been no threats against the city.", "said", "John Whitfield GOV"},
		{"the mayor after a quote", "2016-09-17",
			"Mayor Tom Ruckel met the families on Monday.\n\n\"We do not see a link to the robberies,\" the mayor said.", "said", "Tom Ruckel GOV"},
		{"the governor", "2016-09-17",
			"Governor Tom Ruckel met the families on Monday.\n\nThe governor said the robberies were not linked.", "said", "Tom Ruckel GOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := e.Source + " " + e.SourceCode; got != tc.want {
					t.Errorf("%q: source %q, want %q", tc.text, got, tc.want)
				}
			}
		})
	}
}

// TestAskedToAnswer checks that the answer after an opening "Asked to
// …," participle is a statement, not part of what was asked for.
func TestAskedToAnswer(t *testing.T) {
	checkEvents(t, []eventCase{
		{"asked to comment", "2010-05-01", "Asked to comment, the army said it had no plans to withdraw.", []string{"MIL  010"}, nil},
		{"when asked to describe", "2010-05-01", "When asked to describe the device, the army said the road was closed.", []string{"MIL  010"}, nil},
		{"an appeal with commas keeps its content", "2010-05-01", "The US asked Israel, in a letter on Monday, to halt attacks.", []string{"USA ISR 020"}, nil},
	})
}

// TestClosingSpeakerPhrase: a common noun phrase that closes what was
// said after a comma is the speaker; an actor in its prepositional phrase
// is the speaker's body, and with none nobody named said it, never an
// actor of the content before the comma.
func TestClosingSpeakerPhrase(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a spokesman for a province names no actor", "2014-05-20", "The Nigerian army killed 30 militants hiding in the hills near the border with Niger, the spokesman for the northern state of Yobe said.", []string{"NGAMIL REB 190"}, []string{"NER  010", "REB  010", "NGAMIL  010"}},
		{"a spokesman for an army", "2014-05-20", "Gunmen ambushed a convoy near Mosul, a spokesman for the Iraqi army said.", []string{"IRQMIL  010"}, []string{"UAF  010"}},
		{"police of a city", "2014-05-20", "Gunmen ambushed a convoy near Mosul, a spokesman for the Iraqi police in the city of Mosul said.", []string{"IRQCOP  010"}, []string{"UAF  010"}},
		{"a rights group warns", "2014-05-20", "Abuse of conscripts in the Ukrainian army is getting worse, an international rights group warns.", nil, []string{"UKRMIL"}},
		{"the actor's own spokesman keeps the actor", "2014-05-20", "Gunmen ambushed a convoy near Mosul, the Iraqi army spokesman said.", []string{"IRQMIL  010"}, []string{"UAF  010"}},
	})
}

// TestRightsGroupAgent: a rights or aid group named by its kind is a
// non-governmental actor (NGO), as the speaker closing a sentence or the
// subject of an act.
func TestRightsGroupAgent(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a closing rights group warns", "2014-05-20", "Abuse of conscripts in the Ukrainian army is getting worse, an international rights group warns.", []string{"NGO  010"}, []string{"UKRMIL"}},
		{"rights groups condemned", "2014-05-20", "Human rights groups condemned Bahrain on Monday.", []string{"NGO BHR 111"}, nil},
		{"a national rights group accused", "2014-05-20", "A Ugandan rights group accused the Ugandan army of torture.", []string{"UGANGO UGAMIL 1122"}, nil},
		{"aid agencies urged", "2014-05-20", "Aid agencies urged Ethiopia to open the border.", []string{"NGO ETH 020"}, nil},
		{"a country's civil rights groups", "2014-05-20", "Canadian civil rights groups condemned the new law.", []string{"CANNGO  111"}, []string{"CAN  "}},
	})
}
