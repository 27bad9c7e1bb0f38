package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA18Events checks the rules added after the eighteenth QA
// reading, in sentences written for sitrep.
func TestQA18Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA18 E-3: closing a border restricts movement toward the neighbour (CAMEO 191)
		{"closed its border with", "2020-03-16", "Argentina closed its border with Chile on Monday.", []string{"ARG CHL 191"}, nil},
		{"sealed the border crossing", "2020-03-16", "Kenya sealed the border crossing on Monday.", []string{"KEN  191"}, nil},
		{"crossing a border is no closure", "2020-03-16", "Kenyan troops crossed the border on Monday.", nil, []string{"191"}},
		// QA18 E-8: freeing or handing back a captive is a release
		{"returned the captured pilot", "2020-03-16", "Armenia returned the captured pilot to Azerbaijan.", []string{"ARM AZE 0841"}, nil},
		{"handed the soldiers back", "2020-03-16", "Ukraine handed the soldiers back to Russia on Friday.", []string{"UKR RUS 0841"}, nil},
		// QA18 E-10: awarding a prize is praise of the laureate
		{"awarded a prize to", "2020-03-16", "The Swedish Academy awarded the literature prize to Kazuo Ishiguro.", []string{" 051"}, nil},
		// QA18 E-7: joining an international organisation, not a country
		{"joined the European Union", "2013-07-01", "Croatia joined the European Union on Monday.", []string{"HRV IGO"}, nil},
		{"joined a country in condemning", "2013-07-01", "Croatia joined Slovenia in condemning the vote.", nil, []string{"057"}},
		// QA18 E-4: announcing or submitting a resignation is the resign event
		{"announced the resignation of his government", "2021-01-15", "Prime Minister Mark Rutte announced the resignation of his government on Friday.", []string{" 0831"}, nil},
		{"submitted his resignation", "2021-01-15", "Italy's prime minister submitted his resignation to the president.", []string{"ITAGOV  0831"}, nil},
		{"demanding a resignation is no resignation", "2021-01-15", "Protesters demanded the resignation of the government.", nil, []string{"0831"}},
		// QA18 E-1: the labeller of a free relative is not the target
		{"bombed what X described as", "2020-01-05", "Turkish jets bombed what Ankara described as PKK hideouts in northern Iraq.", []string{"TURMIL TURREB 19"}, []string{"TURMIL TUR 19"}},
		{"struck what X called", "2020-01-05", "Israeli jets struck what Israel called militant sites in Syria.", []string{"ISRMIL SYR 19"}, []string{"ISRMIL ISR 19"}},
		// QA18 E-6: in "N backing X <verb>", N is the subject, X the participle's object
		{"soldiers backing a leader stormed", "2019-04-11", "Soldiers backing Omar al-Bashir stormed the parliament on Monday.", []string{"MIL  19"}, []string{"SDNGOV  1"}},
		{"troops guarding the embassy fired", "2019-04-11", "Troops guarding the Iraqi embassy fired on protesters.", []string{"MIL OPP 190"}, []string{"IRQ OPP"}},
		// QA18 E-9: "the <region> island/state" is the country named before
		{"the Pacific island nation", "2019-05-01", "Fiji's prime minister was ousted in a coup. Australia suspended aid to the Pacific island nation.", []string{"AUS FJI 16"}, nil},
		{"the Gulf state", "2017-06-05", "Saudi Arabia cut ties with Qatar. Egypt also cut ties with the Gulf state on Monday.", []string{"EGY QAT 16"}, nil},
		// QA18 E-5: a retreat that is a meeting is no military retreat
		{"a party caucus retreat", "2023-01-19", "The minister told a Green Party caucus retreat in Nelson that she would stay.", nil, []string{"0874"}},
		{"an annual retreat", "2023-01-19", "The Labor Party held its annual retreat in Canberra.", nil, []string{"0874"}},
		{"troops retreated stays", "2023-01-19", "Russian troops retreated from Kherson.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestQA18GroupFighters checks that "its/their fighters" after a named
// armed group are the group's (QA18 E-2).
func TestQA18GroupFighters(t *testing.T) {
	checkTriggered(t, "source", func(e *doc.Event) string { return e.Source }, []triggerCase{
		{"a group said its fighters attacked", "2021-06-01", "Boko Haram said its fighters had attacked the army base in Borno.", "attacked", "group.boko-haram"},
		{"a group said their fighters captured", "2021-06-01", "The Taliban said their fighters had captured the district.", "captured", "group.taliban"},
		{"a country's troops stay the country's", "2021-06-01", "Russia said its troops had captured the village.", "captured", "RUSMIL"},
	})
}

// TestQA18Background checks that a nominal event in an
// "after/before/since" adjunct keeps only its own place and date
// (QA18 P-1).
func TestQA18Background(t *testing.T) {
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
