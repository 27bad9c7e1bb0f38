package mention

import "testing"

// TestLeaningOpensSentence: a politician's leaning opening a sentence
// ("Leftist", "Far-right") is no part of the name after it, which then
// links to its KB person ("Leftist Andres Manuel Lopez Obrador won" was
// one unknown person).
func TestLeaningOpensSentence(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Leftist Andres Manuel Lopez Obrador won Mexico's presidential election.", []string{"Andres Manuel Lopez Obrador/person/person.andres-manuel-lopez-obrador/alias"}, []string{"Leftist Andres Manuel Lopez Obrador"}},
		{"Centrist Emmanuel Macron won the runoff.", []string{"Emmanuel Macron/person/person.emmanuel-macron/alias"}, []string{"Centrist Emmanuel Macron"}},
		{"Right-wing Jair Bolsonaro took office.", []string{"Jair Bolsonaro/person/person.jair-bolsonaro/alias"}, []string{"Right-wing Jair Bolsonaro"}},
		// an adjective the lexicon does not list, shaped like one
		{"Nationalist Tomislav Nikolic narrowly won Serbia's presidential runoff.", []string{"Tomislav Nikolic/person/person.tomislav-nikolic/alias"}, []string{"Nationalist Tomislav Nikolic"}},
		{"Incumbent Boris Tadic conceded defeat.", []string{"Boris Tadic/person/person.boris-tadic/alias"}, []string{"Incumbent Boris Tadic"}},
		{"Islamist Mohamed Morsi took office.", []string{"Mohamed Morsi/person/person.mohamed-morsi/alias"}, []string{"Islamist Mohamed Morsi"}},
		// a modifier of a title or name the lexicon lists ("former",
		// "outgoing", "moderate")
		{"Former Jacob Zuma appeared in court on Friday.", []string{"Jacob Zuma/person/person.jacob-zuma/alias"}, []string{"Former Jacob Zuma"}},
		{"Moderate Hassan Rouhani won a second term.", []string{"Hassan Rouhani/person/person.hassan-rouhani/alias"}, []string{"Moderate Hassan Rouhani"}},
		{"Outgoing Mauricio Macri conceded defeat.", []string{"Mauricio Macri/person/person.mauricio-macri/alias"}, []string{"Outgoing Mauricio Macri"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-07-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSurnameOpensThingName: a KB surname ("Green", Rosario Green's)
// opening a longer capitalised name whose next word is a common noun
// ("the Green Zone") names a thing, not a person; the surname before a
// verb is still a person.
func TestSurnameOpensThingName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He told reporters in the heavily fortified Green Zone.", nil, []string{"Green"}},
		{"Green said the plan would fail.", []string{"Green/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2005-10-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestChannelEdition: a demonym or unlinked word that ends an
// organisation's name ("CNN Turk", "Al Jazeera English") is the
// channel's edition, no country or person; before a noun the demonym
// stays ("the UN Syrian envoy").
func TestChannelEdition(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He spoke through a video call broadcast on CNN Turk.", nil, []string{"Turk"}},
		{"He told Al Jazeera English on Monday that the war was over.", []string{"Al Jazeera English/organization/org.al-jazeera/alias"}, []string{"English/"}},
		{"The UN Syrian envoy said the talks would resume.", []string{"Syrian/country/SYR/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-07-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
