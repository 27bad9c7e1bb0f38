package mention

import "testing"

// TestProductsAndAsides checks names the MEANTIME news articles showed
// mistyped: a product built on a firm's parts ("Intel-based Mac"),
// nicknamed in quotes after its model number ("the 787 "Dreamliner"") or
// a firm's product line before a noun of goods ("Intel Core Duo
// processors") is no organisation; a role's acronym after a firm's longer
// name is no part of it ("Apple Computer CEO Steve Jobs"); a firm's
// possessive before an amount ends the name ("the US Government's $700
// billion"); and a list of firms read across each member's aside types
// the last member ("WorldCom ($104 billion)"), but a list of ships with
// their hull numbers stays untyped.
func TestProductsAndAsides(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Apple unveiled a new Intel-based Mac on Tuesday. It supports the newest collection of Mac software.", []string{"Intel/organization//alias"}, []string{"Mac"}},
		{"Zalando, a Berlin-based retailer, grew. The Berlin-based Zalando said sales rose.", []string{"Zalando/organization//name"}, nil},
		{"Boeing's newest aircraft, the 787 \"Dreamliner\", made its first test flight on Tuesday. The release of the \"Dreamliner\" is two years late.", nil, []string{"Dreamliner"}},
		{"Boeing's newest aircraft, the 787 `` Dreamliner '', made its first test flight on Tuesday. The release of the `` Dreamliner '' is two years late.", nil, []string{"Dreamliner"}},
		{"Markets rose after the US Government's $700 billion bail out of the financial sector.", []string{"US Government/organization/org.us-government/alias"}, []string{"US Government's"}},
		{"It was the fourth largest filing after the bankruptcies of Lehman Brothers ($691.06 billion), Washington Mutual ($327.91 billion), and WorldCom ($103.91 billion).", []string{"WorldCom/organization//name"}, nil},
		{"The laptop contains Intel Core Duo processors and a host of features.", []string{"Intel/organization//alias"}, []string{"Intel Core Duo", "Core Duo"}},
		{"He said future Apple Macintosh computers will feature faster processors.", []string{"Apple/organization//alias"}, []string{"Apple Macintosh", "Macintosh"}},
		{"Boeing Commercial Airplanes said it would deliver the jets.", []string{"Boeing Commercial Airplanes/organization//name"}, nil},
		{"Apple Computer CEO and co-founder Steve Jobs gave the opening keynote on Monday.", []string{"Apple Computer/organization//name", "Steve Jobs/person//name"}, []string{"Apple/organization", "CEO"}},
		{"Forbin is joining U.S. ships USS Hopper (DDG 70), USS Mahan (DDG 72), and U.K. ships HMS Ocean.", nil, []string{"USS Mahan"}},
	} {
		d := analyzeShipped(t, tc.text, "2009-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestFirmAtSentenceStart checks that a sentence-opening word the article
// also writes in lower case is still a name before a legal suffix
// ("AirTanker Ltd." after "the airtanker contract") or with a capital
// inside it, and that the firm's first word alone is its short form even
// where ", who" follows ("owned by AirTanker, who retains").
func TestFirmAtSentenceStart(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Airbus won the airtanker contract on Monday. AirTanker Ltd., an Airbus-led consortium, signed a 27-year contract. The jets will be owned by AirTanker, who retains leasing rights.", []string{"AirTanker Ltd./organization//name", "AirTanker/organization//short-form"}, []string{"AirTanker/person"}},
		{"The zentrova deal was signed on Monday. Zentrova Ltd. said the deal was final.", []string{"Zentrova Ltd./organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2008-03-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestGivenNameOfFirm checks that a given name written alone that is a
// word of a firm's name the article gives ("McDonnell Douglas", "Douglas
// Aircraft") is the firm's short form, not a person, unless the article
// also names a person with it.
func TestGivenNameOfFirm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Boeing delivered the final 717, ending the Douglas era. The plant was the original home of Douglas Aircraft and later of McDonnell Douglas.", []string{"Douglas/organization//short-form"}, []string{"Douglas/person"}},
		{"Douglas Hurd met the board of Douglas Aircraft. Later Douglas said the talks went well.", []string{"Douglas/person//short-form"}, []string{"Douglas/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2006-05-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestProductVersion checks that a name an apposition calls a version or
// release is a product, neither a person nor (by repetition) a firm, and
// that a name with an acronym inside ("OS X Tiger") makes no person's
// surname of its last word.
func TestProductVersion(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Reactions to Apple's OS X Tiger\nUsers are buzzing about Tiger, the newest version of Apple's Mac OS X. Apple reports that Tiger includes over 200 new features. Some programs do not work with Tiger.", []string{"Apple/organization//alias"}, []string{"Tiger", "OS X Tiger"}},
		{"Kate Zentrova, the model, said she would return. Zentrova said the show went well.", []string{"Kate Zentrova/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2005-05-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestLateFirmDivision checks that a firm only repetition types still
// joins the country after it into its division ("Ford Australia"), but
// not a word hyphened to a prefix ("sub-Saharan Africa").
func TestLateFirmDivision(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The government would be providing Zentrova Australia with a AU$52.5 million package. It will secure Zentrova's manufacturing operations in Australia. Zentrova said the plant would stay open.", []string{"Zentrova Australia/organization//name"}, nil},
		{"The virus spread to sub-Saharan Africa early this year. Sub-Saharan Africa suffered the most, and sub-Saharan states asked for help.", []string{"Africa/place//alias"}, []string{"Saharan Africa"}},
	} {
		d := analyzeShipped(t, tc.text, "2006-05-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTermAcronym checks that an acronym in parentheses after the
// capitalised words of a term it abbreviates names no organisation
// ("Maintenance, Repair and Overhaul (MRO)"), while one after a body's
// name does ("the Zentrova Workers Union (ZWU)").
func TestTermAcronym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Paul Nesbit said that Maintenance, Repair and Overhaul (MRO) operations will move to Alabama.", nil, []string{"MRO"}},
		{"Foreign Direct Investment (FDI) rose by 5 percent last year.", nil, []string{"FDI"}},
		{"The Zentrova Workers Union (ZWU) said it would strike.", []string{"Zentrova Workers Union/organization//name", "ZWU/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2008-03-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestHeadWordAndName checks that a head word alone before "and" opens
// one body's name ("Securities and Exchange Commission"), while a whole
// name before "and" and another after stay two ("Shanghai Airlines and
// Xiamen Airlines").
func TestHeadWordAndName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Securities and Exchange Commission said it would act.", []string{"Securities and Exchange Commission/organization//name"}, []string{"Securities", "Exchange Commission"}},
		{"China Southern, Shanghai Airlines and Xiamen Airlines agreed to buy 60 jets.", []string{"Xiamen Airlines/organization//name"}, []string{"Shanghai Airlines and Xiamen Airlines"}},
	} {
		d := analyzeShipped(t, tc.text, "2005-01-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestMakerModel checks that a name written before a country as a firm's
// division ("Ford Australia") is a firm wherever it stands alone, not the
// given name of a person the shape of "Ford Falcon" suggests, and that
// the maker's and model's name ("the iconic Ford Falcon") is then no
// person either.
func TestMakerModel(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The government would be providing Ford Australia with a AU$52.5 million package. The injection will secure Ford's manufacturing operations in Australia. It will secure the future of the iconic Ford Falcon, which has been built in Australia since 1960.",
			[]string{"Ford Australia/organization//name", "Ford/organization//name"}, []string{"Ford/person", "Ford Falcon", "Falcon"}},
		{"Harrison Zentrova arrived on Monday. Zentrova said the talks went well.", []string{"Harrison Zentrova/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2006-05-05")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestProductSuffix checks that a name ending in a model's word ("Pro",
// "Mini") is no person's name by its shape.
func TestProductSuffix(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Apple Computer today introduced the new MacBook line, which includes the Macbook and Macbook Pro.", nil, []string{"Macbook Pro/person", "Macbook/person"}},
		{"The tablet, called Zentrova Mini, went on sale on Monday.", nil, []string{"Zentrova Mini/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2006-05-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestAmpersandSuffix checks that "& Co." after a firm's name is part of
// it, not a person named "Co.".
func TestAmpersandSuffix(t *testing.T) {
	text := "There was good news from Bank of America Corp. and JPMorgan Chase & Co., who announced profits."
	d := analyzeShipped(t, text, "2009-04-17")
	checkMentions(t, d, text, []string{"JPMorgan Chase & Co./organization//alias"}, []string{"Co."})
}

// TestPossessiveAfterIn checks that a possessive name after "in" owns
// what follows ("in Jobs' last two absences") and is no place.
func TestPossessiveAfterIn(t *testing.T) {
	text := "Steve Zentros announced on Monday that he would take medical leave. It was the same move made in Zentros' last two absences. Zentros said he would return."
	d := analyzeShipped(t, text, "2011-01-17")
	checkMentions(t, d, text, []string{"Zentros/person//short-form"}, []string{"Zentros/place"})
}
