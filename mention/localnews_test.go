package mention

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// localNewsTests are phenomena of local news: streets, towns named after
// a landform or a fort, generational suffixes, police titles.
var localNewsTests = []struct {
	name   string
	text   string
	want   []string // "text/type/kbid/how"
	absent []string // mention texts
}{
	{"Mt. or Ft. and a name is a place", "This is the first time that Mt. Pleasant has won. Ft. Worth is big.",
		[]string{"Mt. Pleasant/place//name", "Ft. Worth/place//name"}, nil},
	{"a generational suffix makes a person", "Police said Mr. Marsh Sr. was not at home. John Smith III spoke.",
		[]string{"Marsh Sr./person//name", "John Smith III/person//name"}, nil},
	{"a street suffix makes a place, never a person", "The restaurant, at 8100 Ackroyd Rd., was closed. She lives on Bucknell Drive, near Orchard St.",
		[]string{"Ackroyd Rd/place//name", "Bucknell Drive/place//name"}, nil},
	{"a police rank is no part of the name", "The killers of Constable Carroll fled. Detective Sam Hill spoke.",
		[]string{"Carroll/person//name", "Sam Hill/person//name"}, []string{"Constable Carroll", "Detective Sam Hill"}},
	{"a plural demonym is a group of people, no place", "The majority of West Virginians want it. Many New Yorkers and South Dakotans agreed. He visited West Virginia.",
		nil, []string{"West Virginians", "New Yorkers and South Dakotans", "New Yorkers"}},
	{"a name's first word again after its head word opens a second name", "March 23, 2009 From Lansing State Journal Lansing Board of Water & Light's commissioners may vote.",
		[]string{"Lansing State Journal/organization//name", "Lansing Board of Water & Light/organization//name"}, nil},
	{"a disease's name is no person's", "Ticks transmit Lyme Disease, he said.", nil, []string{"Lyme Disease"}},
	{"a comparative before a word written lower case opens no place", "The threat is real. He called him a Greater Threat than Russia. He lives in Greater Manchester, on Upper Richmond Road, at the lower end.",
		[]string{"Greater Manchester/place//name", "Upper Richmond Road/place//name"}, []string{"Greater Threat"}},
	{"a legislature after 'in' is the body, no place", "The idea was echoed now in Congress. She took the oath in Parliament.",
		[]string{"Congress/organization//name", "Parliament/organization//name"}, nil},
	{"Congo alone is a place, never an organisation", "The talks failed, and Congo said so.", []string{"Congo/place//alias"}, nil},
	{"a listed company's one word after a person's full name ending with it is the person", "Lauren McDonald won the seat. But McDonald said he had corrected it. McDonald's violations were old. He ate at McDonald's.",
		[]string{"McDonald/person//short-form", "McDonald's/organization//alias"}, nil},
	{"one name closing reported speech with ', X said.' is a speaker", "It is one of the initiatives cutting their charitable care load, Bradshaw said. The money saved hired more providers, Bradshaw said.",
		[]string{"Bradshaw/person//name"}, nil},
	{"Paris before a surname is a given name, no place", "Paris Hilton sang on Monday. Four Paris Policemen came. He flew to Paris.",
		[]string{"Paris Hilton/person//name"}, []string{"Paris Policemen"}},
	{"a possessive name and a trade word is a business; a body on a street is two names", "Someone spraypainted Dunn's Automotive and Norman's Welding on West Tyler Street.",
		[]string{"Dunn's Automotive/organization//name", "Norman's Welding/organization//name", "West Tyler Street/place//name"}, nil},
	{"a body or place, an occupation and a name are the body and the person", "\"We were lucky,\" said Moore County District Attorney Maureen Krueger. Republican Town Committee Chairwoman Deb Peruzzotti agreed.",
		[]string{"Maureen Krueger/person//name", "Republican Town Committee/organization//name", "Deb Peruzzotti/person//name"}, nil},
	{"a weekday or month after a named place is a date", "Another house was burglarized on Elizabeth Road Thursday. They met at City Park July 4.",
		[]string{"Elizabeth Road/place//name", "City Park/place//name"}, []string{"Elizabeth Road Thursday", "City Park July"}},
	{"a street and its quadrant is a place", "The shooting happened on Seventh Street N.W. in the city.",
		[]string{"Seventh Street N.W./place//name"}, nil},
	{"two ranks before a name", "Deputy Superintendent Greg Smith said it was fine.",
		[]string{"Greg Smith/person//name"}, []string{"Superintendent Greg Smith"}},
	{"a body, a rank and a name are the body and the person", "According to a report by Henry County Sheriff's Department Deputy Wayne Fuqua, dogs barked. Officer Dan Brown and Trooper Jim Hall came.",
		[]string{"Henry County Sheriff's Department/organization//name", "Wayne Fuqua/person//name", "Dan Brown/person//name", "Jim Hall/person//name"}, nil},
}

func TestLocalNews(t *testing.T) {
	s := stage()
	for _, tc := range localNewsTests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, s, tc.text)
			checkMentions(t, d, tc.text, tc.want, tc.absent)
			checkInvariants(t, d)
		})
	}
}

// TestTitleIsHeadline checks that the article's title, when the text
// opens with it and a period, is read as a title-case headline: its
// capitalised words name nothing the body does not name.
func TestTitleIsHeadline(t *testing.T) {
	title := "Jury Indicts Man in Fatal Crash"
	d := &doc.Doc{Title: title, Text: title + ". A jury indicted a man on Monday in the crash."}
	d.Fill(doc.LayerText)
	d.Sentences = sentences(d.Text)
	d.Fill(doc.LayerSentences)
	if err := stage().Process(d); err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		t.Errorf("Process(%q, title %q): unwanted mention %q (%s %s)", d.Text, title, m.Text, m.Type, m.How)
	}
}

// TestJoinedHeadline checks that a text with no title line that opens
// with its title-case headline and a full stop ("… (AP). AP - …", as
// feeds join them) reads it as a headline: a capitalised verb after a
// title there names nobody. A first sentence of prose is no headline.
func TestJoinedHeadline(t *testing.T) {
	for _, tc := range []struct{ text, absent, want string }{
		{"Chinese President Meets With Castro (AP). AP - Chinese President Hu Jintao met with Fidel Castro on Monday.", "Meets", "Hu Jintao"},
		{"Slovak Interior Minister Quits as Protests Grow. Slovak Interior Minister Robert Kalinak resigned on Monday.", "Quits", "Robert Kalinak"},
		{"Ukrainian Prime Minister Urges Calm (Reuters). Ukrainian Prime Minister Viktor Yanukovich spoke on Tuesday.", "Urges Calm", "Viktor Yanukovich"},
		{"Officials in Lima said Juan Perez had resigned. Nobody objected.", "", "Juan Perez"},
		{"By Bill Engle Staff Writer. Police made arrests on Monday.", "", "Bill Engle"},
		// a headline's verb before a country is no firm's division
		// ("Ford Australia"); a headline's common word that is a KB
		// surname ("Power") names no one the story names
		{"Taiwan's Leader Urges China to Begin Talks (AP). AP - Taiwan's leader Chen Shui-bian urged China to begin talks.", "Urges", "Chen Shui-bian"},
		{"Frances Knocks Out Power, Floods Florida. The storm cut power to homes, Governor Jeb Bush said.", "Power", "Jeb Bush"},
	} {
		d := analyzeShipped(t, tc.text, "2004-09-05")
		ok := false
		for _, m := range d.Mentions {
			if tc.absent != "" && strings.Contains(m.Text, tc.absent) {
				t.Errorf("%q: unwanted mention %q (%s)", tc.text, m.Text, m.Type)
			}
			ok = ok || m.Text == tc.want && m.Type == doc.TypePerson
		}
		if !ok {
			t.Errorf("%q: no person %q", tc.text, tc.want)
		}
	}
}

// TestHeadlineVerbAfterCountry checks that in a title-case headline a
// verb after a country's name ("Opens", "Faces") ends the country's
// mention, where a body's head word later in the headline would
// otherwise make one name of them ("Laos Opens Railway"); a firm's name
// after the country ("Kenya Airways") and a team's after a city
// ("Seattle Mariners") stay.
func TestHeadlineVerbAfterCountry(t *testing.T) {
	for _, tc := range []struct{ text, want, absent string }{
		{"Laos Opens Railway to China, Linking Vientiane to Kunming\n\nLaos opened a railway to China on Friday.", "Laos", "Laos Opens Railway"},
		{"Romania Faces Hung Parliament After Vote\n\nRomania voted on Sunday.", "Romania", "Romania Faces Hung Parliament"},
		{"Kenya Airways Cuts Flights to Europe\n\nKenya Airways said so on Monday.", "Kenya Airways", ""},
	} {
		d := analyzeShipped(t, tc.text, "2021-12-03")
		ok := false
		for _, m := range d.Mentions {
			if tc.absent != "" && m.Text == tc.absent {
				t.Errorf("%q: unwanted mention %q (%s)", tc.text, m.Text, m.Type)
			}
			ok = ok || m.Text == tc.want && m.Span.Start == 0
		}
		if !ok {
			t.Errorf("%q: no mention %q opening the headline", tc.text, tc.want)
		}
	}
}

// TestTownPolice checks that a town's name before its police, reporting
// or about to act, is a place, while a service's or a common word's
// force ("Metro Transit police", "Capitol police") is none.
func TestTownPolice(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"On Monday, Grand Prairie police are investigating the death of a teenager.", []string{"Grand Prairie/place//name"}, nil},
		{"He said Fort Worth police had found the car.", []string{"Fort Worth/place//name"}, nil},
		{"Grand Prairie police are investigating the death of a teenager.", []string{"Grand Prairie/place//name"}, nil},
		{"Metro Transit police are investigating the attack.", nil, []string{"Metro Transit/place"}},
		{"On Monday, Metro Transit police are investigating the attack.", nil, []string{"Metro Transit/place"}},
		{"On Monday, Capitol police are investigating the threat.", nil, []string{"Capitol"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
