package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestLocalBodiesAndTitles checks bodies the KB does not know, coded by
// the head of their name, and persons coded by a police title.
func TestLocalBodiesAndTitles(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a town's police department arrests", "2009-03-20", "The Mansfield Police Department arrested Keith Martello on Thursday.", []string{"COP  173"}, nil},
		{"a sheriff's office", "2009-03-20", "Jackson County Sheriff's Office deputies arrested John Smith.", []string{"COP  173"}, nil},
		{"a city court with the country's city", "2009-03-25", "The Tbilisi City Court sentenced Giorgi Tsertsvadze to two months in custody.", []string{"GEOJUD GEOCVL 116"}, nil},
		{"a ministry after a demonym", "2009-03-25", "The Georgian Interior Ministry said it had arrested ten men.", []string{"GEOGOV  010", "GEOGOV GEOCVL 173"}, nil},
		{"a police officer's title after the body", "2009-03-20", "Tyrise M. Bell died. North Las Vegas Police Officer Michael Eggers shot Bell as the two struggled over a handgun.", []string{"COP  193"}, nil},
		{"the title carries to the bare surname", "2009-03-20", "Officer Michael Eggers chased Tyrise Bell. Eggers shot Bell.", []string{"COP  193"}, nil},
		{"a company's officer is no police", "2009-03-20", "Chief Financial Officer Jane Doe said the company would sue Acme.", nil, []string{"COP"}},
		{"a bare head word stays the agent noun's", "2009-03-20", "Police arrested John Smith.", []string{"COP  173"}, nil},
	})
}

// TestRulingsWritingAndNouns checks a ruling's finding, written
// statements and nouns that name no act.
func TestRulingsWritingAndNouns(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a finding that a shooting was justified", "2009-03-20", "An inquest ruled today that the police shooting of Tyrise M. Bell was justified.", []string{"COP  193"}, []string{"193 neg"}},
		{"ruled out stays a refusal", "2019-03-05", "Ethiopia ruled out negotiations with the rebels on Tuesday.", []string{"ETH REB 125"}, nil},
		{"a quote's written cue", "2016-09-30", "“Secretary Clinton's fight has opened the door,” the union wrote.", []string{"LAB  010"}, nil},
		{"wrote that", "2023-06-01", "John Kerry wrote that the plan was sound.", []string{"USA  010"}, nil},
		{"wrote in a letter", "2023-06-01", "John Kerry wrote in a letter that the plan was sound.", []string{"USA  010"}, nil},
		{"tweeted that", "2016-09-30", "Donald Trump tweeted that the debate was rigged.", []string{" 010"}, nil},
		{"tweets as a noun", "2016-09-30", "Donald Trump got up at 3 a.m. to send angry tweets.", nil, []string{"010"}},
		{"a weapon pressed is no appeal", "2009-03-20", "Police Officer Michael Eggers pressed his own weapon into Tyrise Bell's back.", nil, []string{"020"}},
		{"a bomb squad is no bombing", "2009-03-20", "The Indiana State Police bomb squad responded to a storage unit.", nil, []string{"195"}},
		{"jets bomb stays a bombing", "2009-03-20", "Israeli jets bomb Gaza.", []string{"ISRMIL PSE 195"}, nil},
	})
}

// TestOpeningClauseSubject checks that the subject of a verb coordinated
// after "and" is the main clause's, not that of an opening "After …,"
// clause.
func TestOpeningClauseSubject(t *testing.T) {
	checkTriggered(t, "source", func(e *doc.Event) string { return e.SourceName }, []triggerCase{
		{"after a clause, the main subject speaks", "2009-03-20", "After The Atlanta Journal-Constitution wrote about the bill, Clay Cox pulled it and said he is reworking it.", "said", "Clay Cox"},
		{"with a regular verb in the clause", "2009-03-20", "After The New York Times reported on the bill, Clay Cox pulled it and said he is reworking it.", "said", "Clay Cox"},
	})
}

// TestIndefiniteAgentSubjects checks a group noun after "a" that a
// clause of its own follows.
func TestIndefiniteAgentSubjects(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a union representing workers", "2016-09-30", "A union representing flight attendants endorsed Hillary Clinton on Thursday.", []string{"LAB USA 051"}, nil},
		{"the participle's object does not act", "2016-09-30", "A union representing teachers endorsed Hillary Clinton on Thursday.", []string{"LAB USA 051"}, []string{"EDU USA 051"}},
		{"a union of workers and a past verb", "2016-09-30", "A union of flight attendants endorsed Hillary Clinton on Thursday.", []string{"LAB USA 051"}, nil},
		{"a modifier camp stays a modifier", "2016-09-30", "Israel struck a militant training camp in Gaza.", []string{"ISR PSE 190"}, []string{"REB"}},
		{"a participle before a place stays the place's", "2016-09-30", "The mayor of occupied East Jerusalem met Benjamin Netanyahu.", []string{"PSEGOV ISRGOV 040"}, nil},
	})
}

// TestWarningsAsStatements checks warnings that tag or name a danger:
// statements, no threats.
func TestWarningsAsStatements(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a warning tagging a quote", "2016-09-12", "“Bad, bad things are going to happen,” Donald Trump warned in Everett, Wash., recently.", []string{" 010"}, []string{"130"}},
		{"a warning tagging a clause", "2004-09-10", "Some 30,000 Sudanese may cross into Chad, the U.N. refugee agency warned on Friday.", []string{"IGOUNO  010"}, []string{"IGOUNO  130"}},
		{"warns about a danger", "2004-09-10", "The Wiltshire Police warns about phishing.", []string{"COP  010"}, []string{"130"}},
		{"a warning to an addressee stays a threat", "2004-09-10", "North Korea warned Japan.", []string{"PRK JPN 130"}, nil},
		{"a bare warning stays a threat", "2004-09-10", "Iran warned on Friday.", []string{"IRN  130"}, nil},
	})
}

// TestCalledPraise checks "called X a <term of praise>", the
// counterpart of "called X a dictator".
func TestCalledPraise(t *testing.T) {
	checkEvents(t, []eventCase{
		{"called a true hero", "2019-09-10", "Modi called Putin a true hero of India.", []string{"INDGOV RUSGOV 051"}, nil},
		{"called a champion in quotes", "2016-09-30", "A union endorsed Hillary Clinton on Thursday. The union called Clinton a “champion” for its members.", []string{"LAB USA 051"}, nil},
		{"called a liar stays criticism", "2016-09-30", "Donald Trump called Hillary Clinton a liar.", []string{" USA 111"}, []string{"051"}},
	})
}

// TestFormerTitleSubject checks "the former <title>" and a title after
// an opening phrase as the person named as subject before.
func TestFormerTitleSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the former president", "2016-10-04", "Former President Bill Clinton criticized the health law. The former president said premiums were rising.", []string{"USAELI  010"}, nil},
		{"after an opening phrase", "2016-10-04", "Former President Bill Clinton criticized the health law. During the rally Monday, the former president said premiums were rising.", []string{"USAELI  010"}, nil},
		{"a sitting minister after an opening phrase", "2023-06-01", "Foreign Minister Sergei Lavrov criticized the plan. On Tuesday, the foreign minister said it was a mistake.", []string{"RUSGOV  010"}, nil},
		{"a former title the person never held", "2023-06-01", "Foreign Minister Sergei Lavrov criticized the plan. The former foreign minister said it was a mistake.", nil, []string{"RUSGOV  010"}},
	})
}

// TestComplied checks compliance with orders or demands as yielding.
func TestComplied(t *testing.T) {
	checkEvents(t, []eventCase{
		{"complied with police orders", "2016-09-26", "Figueroa said Jill Stein complied with police orders and left the area.", []string{" COP 080"}, []string{"100"}},
		{"complied with the demands of", "2006-09-26", "Iran complied with the demands of the IAEA.", []string{"IRN IGOUNO 080"}, nil},
		{"has not complied stays negated", "2006-09-26", "Iran has not complied with UN Security Council resolutions.", []string{"IRN IGOUNO 080 neg"}, nil},
	})
}

// TestBodySectorASCII checks that bodySector, which reads an ASCII
// name without lowering and splitting it whole, answers as looking up the
// last one, two and three words of the lowered name does.
func TestBodySectorASCII(t *testing.T) {
	full := func(name string) string {
		words := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'")))
		for n := min(3, len(words)); n >= 1; n-- {
			if s, ok := bodyHeads[strings.Join(words[len(words)-n:], " ")]; ok {
				if n == len(words) {
					return ""
				}
				return s
			}
		}
		return ""
	}
	for _, name := range []string{
		"", " ", "Police", "North Las Vegas Police", "North Las Vegas POLICE ", "Jackson County Sheriff’s Office",
		"Jackson County Sheriff's Dept.", "Tbilisi City Court", "Tbilisi City Court\u00a0", "Georgian Interior Ministry",
		"Ministry of Defence", "Labour Party", "Labour Party\t", "Parti Québécois", "Cour Suprême", "KOMMUNISTISCHE PARTEI",
		"Partido dos Trabalhadores", "Garde Nationale", "Texas National Guard", "Supreme Court of Justice", "Court\u00a0Ministry",
		"The ministrY", "Office", "Prosecutor General's Office", "Ukrainian Armed Forces", "İçişleri Ministry",
		"Police Dept.", "City Council", "  Court  ", "Lagos\tCity\nCouncil", "A B C Police Department", "Mid-Ohio State Senate",
		"Prosecutor General’s Office", "Kyiv Prosecutor General's Office", "Bureau", "Tbilisi City Court ",
	} {
		if got, want := bodySector(name), full(name); got != want {
			t.Errorf("bodySector(%q) = %q, want %q", name, got, want)
		}
	}
}
