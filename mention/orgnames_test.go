package mention

import "testing"

// TestRegionalMediaAndExchanges checks that broadcasters and stock
// exchanges named without a head word are organisations, and that an
// exchange named after a city and its country ("Bursa Malaysia") is not
// the city and the country.
func TestRegionalMediaAndExchanges(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He said in a statement read on Telesur.", []string{"Telesur/organization//alias"}, nil},
		{"The ringgit fell while Bursa Malaysia stayed shut.", []string{"Bursa Malaysia/organization//alias"}, []string{"Bursa/place"}},
		{"Shares in Bursa rose after the factory reopened.", []string{"Bursa/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-05-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRegistryHead checks that "Registry" closes an organisation's name
// ("National Registry", "Land Registry") as other head words do.
func TestRegistryHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The No camp won, according to the National Registry, the electoral authority.", []string{"National Registry/organization//name"}, nil},
		{"The Land Registry said prices rose in March.", []string{"Land Registry/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBodyNameWords checks words that stay inside a body's name: a
// title-case "Against" after a body named for what it stands for, a
// place after a head word and "for", and a name word before a demonym
// in a party's foreign name.
func TestBodyNameWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Leaders of the United Front for Democracy Against Dictatorship surrendered.", []string{"United Front for Democracy Against Dictatorship/organization//name"}, nil},
		{"Shadary, the candidate of Kabila's Common Front for Congo, came third.", []string{"Common Front for Congo/organization//name"}, []string{"Congo/place"}},
		{"His allies in the Puea Thai Party are the main opposition.", []string{"Puea Thai Party/organization//name"}, nil},
		{"He said Thai Party members were angry.", []string{"Thai Party/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestNationalChannels checks numbered national channels and the national
// arms of news networks.
func TestNationalChannels(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Protesters set the Channel 3 television station ablaze.", []string{"Channel 3/organization//alias"}, nil},
		{"He addressed the nation through a video call on CNN Turk.", []string{"CNN Turk/organization//alias"}, []string{"CNN/organization"}},
		{"Newspaper O Globo said he would name his cabinet next week.", []string{"O Globo/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-07-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSentenceCommodityProducer checks that a commodity opening the
// sentence before "producer" still makes the name after it a company,
// while a film producer stays a person.
func TestSentenceCommodityProducer(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Copper producer Codelco said its mines were operating normally.", []string{"Codelco/organization//name"}, []string{"Codelco/person", "Copper/organization"}},
		{"Zinc producer Antofagasta said on Tuesday its profit fell.", []string{"Antofagasta/organization//name"}, []string{"Zinc/organization"}},
		{"Potash producer Belaruskali said output fell.", []string{"Belaruskali/organization//name"}, []string{"Belaruskali/person"}},
		{"Film producer Harvey Weinstein was charged on Friday.", []string{"Harvey Weinstein/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2019-10-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPartyAliasDescriptor checks that a KB party alias ending in a
// lower-case "party" links the party but names it without the word, as
// the party's name alone is ("his Fidesz party", "the Law and Justice
// party").
func TestPartyAliasDescriptor(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Orban won as his Fidesz party kept a two-thirds majority.", []string{"Fidesz/organization/org.fidesz/alias"}, []string{"Fidesz party"}},
		{"Kaczynski of the Law and Justice party congratulated him.", []string{"Law and Justice/organization/org.law-and-justice/alias"}, []string{"Law and Justice party"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-04-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
