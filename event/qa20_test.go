package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA20PronounSpeaker checks that a statement tagged '"…," she said'
// is by the speaker the quotes layer resolved the pronoun to, not by the
// last person subject the coder saw (a man who did not speak), and that
// it exists when the sentence naming the speaker had no event (QA20 E-1).
func TestQA20PronounSpeaker(t *testing.T) {
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

// TestQA20Events checks the pattern rows added after the twentieth QA
// reading, in sentences written for sitrep.
func TestQA20Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA20 E-4: removing someone from a post is no disapproval
		{"dismissed X as chairman of", "2019-03-05", "President Cyril Ramaphosa dismissed Jabu Mabuza as chairman of Eskom.", nil, []string{"110"}},
		{"sacked X as head of", "2019-03-05", "The government sacked the general as head of the army.", nil, []string{"110"}},
		{"dismissed protesters as looters stays", "2019-03-05", "Erdogan dismissed the protesters as looters.", []string{" 110"}, nil},
		// QA20 E-7: civilians deployed are no military mobilisation
		{"deployed election observers", "2021-06-20", "The church deployed 20,000 election observers across Ethiopia.", nil, []string{"154"}},
		{"deployed troops stays", "2021-06-20", "Russia deployed troops to the border.", []string{"RUS  154"}, nil},
		// QA20 E-3: vote shares compared are no vote against
		{"percent of the vote against", "2022-08-15", "Lula won 50.9 percent of the vote against 49.1 percent for Jair Bolsonaro.", nil, []string{"120"}},
		{"voted against stays", "2022-08-15", "Brazil and Turkey voted against the resolution.", []string{"BRA  120"}, nil},
		// QA20 E-8: considering X part of one's territory is no option weighed
		{"considers X part of its territory", "2023-01-02", "China, which considers Taiwan part of its territory, held drills.", nil, []string{"014"}},
		// QA20 E-13: a prosecutor general is a civilian title, no military general
		{"arrested the prosecutor general", "2023-01-24", "Police arrested the former prosecutor general on Tuesday.", nil, []string{"MIL 173"}},
		{"a prosecutor general backed by", "2024-10-21", "Ivanov, a former prosecutor general backed by the ruling party, said he would run.", nil, []string{"MIL 051"}},
		// QA20 E-9: the social media a statement is posted on are no party
		{"conceded defeat on social media", "2022-06-20", "Bolsonaro conceded defeat in a video posted on social media.", []string{" 080"}, []string{"MED 080"}},
		// QA20 E-12: an agentless casualty count is the result of the sourced act beside it
		{"fired tear gas and people were injured", "2022-07-30", "Police fired tear gas and at least 40 people were injured, the ministry said.", []string{" 175"}, []string{" 190"}},
		{"an agentless death alone stays", "2022-07-30", "At least 12 people were killed in the clashes.", []string{" CVL 190"}, nil},
		// QA20 E-2: "X and Y accused each other" is reciprocal; the gerund's object is no target
		{"accused each other of sheltering", "2023-06-01", "India and Pakistan have accused each other of sheltering militants.", []string{"IND PAK 112", "PAK IND 112"}, []string{"REB 112"}},
		{"blamed each other for", "2023-06-01", "Serbia and Kosovo blamed each other for the violence.", []string{"SRB XKX 112"}, nil},
		// QA20 E-10: defending one's own territory is self-defence, no cooperation
		{"would defend its territory", "2024-01-02", "President Irfaan Ali told parliament in Georgetown that Guyana would defend its territory \"by every legal means\".", nil, []string{"032", "052"}},
		{"will defend its territory", "2024-01-02", "Guyana will defend its territory.", nil, []string{"032", "052"}},
		{"defended its ally stays", "2024-01-02", "Russia defended Syria at the United Nations.", []string{"RUS SYR 052"}, nil},
		{"considering sanctions stays", "2023-01-02", "The European Union is considering new sanctions against Iran.", []string{" 014"}, nil},
	})
}

// TestQA20Representative checks that "<Person>'s spokesman, <Name>,
// said" is one statement, the spokesman's, not a second one by the
// principal (QA20 E-5).
func TestQA20Representative(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a person's spokesman", "Bobi Wine's spokesman, Joel Ssenyonyi, said the party would go to court.", 1},
		{"a KB leader's spokeswoman", "Kagame's spokeswoman, Yolande Makolo, said the claims were false.", 1},
		{"two speakers stay two", "Imran Khan and Shehbaz Sharif said the talks would go on.", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, g := range worldEvents(t, tc.text, "2023-03-01") {
				if strings.HasSuffix(g, " 010") {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%q: %d statements, want %d", tc.text, n, tc.want)
			}
		})
	}
}

// TestQA20PartnerPlace checks that a place after "with" is the partner
// of the act, not where it happened (QA20 P-1).
func TestQA20PartnerPlace(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"with the breakaway region of", "2008-08-26", "MOSCOW - Russia signed a treaty with the breakaway region of Abkhazia on Tuesday.", "signed", "Moscow"},
		{"with a named place, the place after in", "2008-08-26", "Russia signed a treaty with Abkhazia in Moscow.", "signed", "Moscow"},
		{"fought with rebels in a town stays", "2008-08-26", "Troops clashed with rebels in Goma.", "clashed", "Goma"},
	})
}

// TestQA20PartnerWith checks which "with" makes the place after it a
// partner: the "with" of the act's own phrase, not one across a gerund
// or another preposition, and not a place that owns what follows it.
func TestQA20PartnerWith(t *testing.T) {
	for _, tc := range []struct {
		text, place, trigger string
		want                 bool
	}{
		{"Russia signed a treaty with the breakaway region of Abkhazia.", "Abkhazia", "signed", true},
		{"Egypt cooperated closely with Washington.", "Washington", "cooperated", true},
		{"Police charged him with violating Georgia's law.", "Georgia", "charged", false},
		{"Troops clashed with rebels in Goma.", "Goma", "clashed", false},
		{"The firm gave $20,000 to artists and registered with the State of Ohio as a charity.", "Ohio", "gave", false},
	} {
		low := strings.ToLower(tc.text)
		toks := tokenize(tc.text, low, 0, len(tc.text), nil)
		i := strings.Index(tc.text, tc.place)
		head := -1
		for k := range toks {
			if toks[k].low == tc.trigger {
				head = k
			}
		}
		if got := partnerPlace(toks, doc.Span{Start: i, End: i + len(tc.place)}, head); got != tc.want {
			t.Errorf("%q: partnerPlace(%s) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

// TestQA20CoordObject checks that an object pronoun in a second
// coordinated verb phrase refers to the person named in the first
// (QA20 E-11).
func TestQA20CoordObject(t *testing.T) {
	checkTriggered(t, "target", func(e *doc.Event) string { return e.TargetName }, []triggerCase{
		{"congratulated X and invited him", "2018-07-01", "Enrique Pena Nieto congratulated Andres Manuel Lopez Obrador and invited him to begin the transition.", "invited", "Andrés Manuel López Obrador"},
		{"a conjoined subject, the object named after it", "2018-07-01", "Donald Trump and Enrique Pena Nieto met Justin Trudeau and invited him to a summit.", "invited", "Justin Trudeau"},
	})
}
