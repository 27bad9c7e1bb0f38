package event

import (
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
)

// TestQA16cDates checks the dates of events in an adverbial clause with
// a time of its own and after a fronted participle clause (QA16 T-2,
// T-3), in sentences written for sitrep.
func TestQA16cDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"an after-clause with its own time", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs in August.", "forced out", "2022-08"},
		{"a when-clause with its own time", "2019-05-02",
			"The army seized power in April, when protesters besieged the ministry in March.", "besieged", "2019-03"},
		{"an after-clause without a time keeps the main clause's", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs.", "forced out", "2022-10"},
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

// qa16cTests are statements whose speaker the quotes layer resolved to a
// person while the sentence names a country, body or outlet (QA16 Q-1,
// Q-4), and the other part C leftovers, in sentences written for
// sitrep. want: events that must be coded ("SRCCODE TGTCODE CAMEO");
// not: prefixes no event may start with.
var qa16cTests = []worldCase{
	{"published a letter in a newspaper saying: the writer, not the paper", "2019-03-14",
		"Nicolas Maduro published a letter in the state newspaper Correo del Orinoco on Friday saying the sanctions had failed.",
		[]string{"VENGOV  010"}, []string{"  010"}},
	// an own envoy recalled from a capital: relations reduced toward its country
	{"recalled its own envoy from a capital", "2021-04-20", "Kenya recalled its own envoy from Kampala on Tuesday.", []string{"KEN UGA 161"}, []string{"KEN UGAGOV", "KEN GOV"}},
	{"recalled its diplomats from a capital", "2021-04-20", "Kenya recalled its diplomats from Kampala on Tuesday.", []string{"KEN UGA 161"}, []string{"KEN UGAGOV", "KEN GOV"}},
	{"the envoy from a capital stays that capital's", "2021-04-20", "Kenya expelled the envoy from Kampala on Tuesday.", []string{"KEN UGAGOV 166"}, nil},
	// a direct quote closed by "added"/"explained"/"stressed" is a statement like "said"
	{"quote closed by added", "2023-04-17", "\"We will not retreat,\" President William Ruto added.", []string{"KENGOV  010"}, nil},
	{"quote split by added", "2023-04-17", "\"We will not retreat,\" William Ruto stressed, \"whatever it costs.\"", []string{"KENGOV  010"}, nil},
	{"added with an object is no statement", "2023-04-17", "Kenya added 200 soldiers.", nil, []string{"KEN  010"}},
	// an unresolved pronoun speaker of a trailing tag: nobody named said it
	{"content subject is not the speaker of he said", "2023-04-17", "Most of these refugees are women and children, he said.", nil, []string{"REF", "CVL"}},
	{"content subject is not the speaker of they said", "2023-04-17", "Kenyatta, they said, also should pay a fine.", nil, []string{"KEN"}},
	// a plural occupation noun striking or walking out: a labour strike by LAB
	{"nurses went on strike", "2022-12-15", "Nurses went on strike on Thursday.", []string{"LAB  143"}, nil},
	{"doctors walked out over pay", "2023-04-11", "Junior doctors walked out over pay on Tuesday.", []string{"LAB  143"}, nil},
	{"miners struck", "2023-04-11", "Miners struck for a second day.", []string{"LAB  143"}, nil},
	{"the workforce of the story's country", "2022-12-15", "LONDON — Talks in Manchester and Leeds failed on Monday.\n\nNurses went on strike on Thursday.", []string{"GBRLAB  143"}, nil},
	{"a walkout is aimed at nobody named", "2022-12-15", "Thousands of nurses walked out on Thursday in the largest strike in the history of the World Health Organization.", []string{"LAB  143"}, []string{"LAB IGO"}},
	{"walked out the door is no strike", "2022-12-15", "The suspect walked out the back door.", nil, []string{""}},
	{"walked out of the talks is no strike", "2022-12-15", "The Kenyan delegation walked out of the talks.", nil, []string{"KEN  143"}},
}

func TestQA16cEvents(t *testing.T) { checkWorld(t, qa16cTests) }

// kbQuotePipeline is worldPipeline with the quotes stage that resolves
// descriptions ("the prime minister") through the KB, as analysis runs it.
var kbQuotePipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, append(beforeEvents(k, quote.NewKB(k)), New(k, DefaultDict()))...)
})

// TestQA16cSpeakerSource checks that a statement whose speaker the
// quotes layer resolved to a person is that person's, not the country
// or body in the speaker's description (QA16 Q-1).
func TestQA16cSpeakerSource(t *testing.T) {
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
