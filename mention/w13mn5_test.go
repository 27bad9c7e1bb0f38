package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13MN5DateOpener: a weekday or month that opens the clause without
// a comma ("On Monday President X") is no owner of the title after it;
// the claim is the one the comma gives. A capitalised word that is no
// date still marks an owner the KB does not know (W13 MN5).
func TestW13MN5DateOpener(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"On Monday President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"On Monday, President Joe Biden signed the bill into law.", "Joe Biden", "USA.president"},
		{"In March Prime Minister Narendra Modi visited Paris.", "Narendra Modi", "IND.prime_minister"},
		{"Last week Foreign Minister Sergei Lavrov met officials in Ankara.", "Sergei Lavrov", "RUS.foreign_minister"},
		{"Officials said Acme President Joe Biden spoke.", "Joe Biden", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-05-01"), tc.text, tc.person, tc.office)
	}
}

// TestW13MN5NoHalfPlace: the regions "Indo-Pacific" and "Asia-Pacific"
// are one place, not "Pacific" after an organisation "Indo"; a common
// word after "in" that ends a capitalised name ("the Ladies in White")
// is no place, while "in" before a place still gives one (W13 MN5).
func TestW13MN5NoHalfPlace(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		place      bool
	}{
		{"The Indo-Pacific region is growing, officials said.", "Indo-Pacific", true},
		{"The Indo-Pacific region is growing, officials said.", "Pacific", false},
		{"Trade in the Asia-Pacific region is growing, officials said.", "Asia-Pacific", true},
		{"Leaders met in the Pacific last week.", "Pacific", true},
		{"The Ladies in White marched in Havana on Sunday.", "White", false},
		{"The Women in Black held a vigil on Friday.", "Black", false},
		{"The dissidents marched in Kisumu on Sunday.", "Kisumu", true},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got := false
		for _, m := range d.Mentions {
			if m.Text == tc.word && m.Type == doc.TypePlace {
				got = true
			}
		}
		if got != tc.place {
			t.Errorf("%q: %q a place = %v; want %v (mentions %+v)", tc.text, tc.word, got, tc.place, d.Mentions)
		}
	}
}

// TestW13MN5ShownTitle: a post the KB files only for one owner written
// after another body ("ECOWAS Commission President", the EU's alias
// "Commission President") and a junior minister's "Minister of State
// for <Portfolio>" are the person's title, shown though not checked,
// also when a known given name split the run (W13 MN5).
func TestW13MN5ShownTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, title string }{
		{"ECOWAS Commission President Omar Touray spoke in Abuja on Monday.", "Omar Touray", "ECOWAS Commission President"},
		{"EU Commission President Ursula von der Leyen spoke in Brussels on Monday.", "Ursula von der Leyen", "EU Commission President"},
		{"Emirati Minister of State for Foreign Affairs Anwar Gargash said it was time.", "Anwar Gargash", "Minister of State for Foreign Affairs"},
		{"Kenyan Minister of State for Foreign Affairs Mohamed Wario spoke on Monday.", "Mohamed Wario", "Minister of State for Foreign Affairs"},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got := ""
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				got = m.Title
			}
		}
		if got != tc.title {
			t.Errorf("%q: %s title %q; want %q (mentions %+v)", tc.text, tc.person, got, tc.title, d.Mentions)
		}
	}
}

// TestW13MN5RepublicTitle: "President of the Republic", glossing a
// foreign title in brackets or written alone, is the president of the
// state the article is about (the person's KB country, else the
// dateline's); "of the Republic of Korea" still names its state
// (W13 MN5: France).
func TestW13MN5RepublicTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"PARIS (AFP) - Président de la République (President of the Republic) Emmanuel Macron spoke on Monday.", "Emmanuel Macron", "FRA.president"},
		{"President of the Republic Emmanuel Macron spoke in Paris on Monday.", "Emmanuel Macron", "FRA.president"},
		{"Emmanuel Macron, President of the Republic, spoke in Paris on Monday.", "Emmanuel Macron", "FRA.president"},
		{"President of the Republic of Korea Yoon Suk Yeol spoke in Seoul on Monday.", "Yoon Suk Yeol", "KOR.president"},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-05-01"), tc.text, tc.person, tc.office)
	}
}

// TestW13MN5PluralTitle: a plural title before coordinated names
// ("Foreign ministers Sergei Lavrov and Wang Yi") gives each a claim but
// is no one person's title on the mention; a singular title stays the
// mention's (W13 MN5).
func TestW13MN5PluralTitle(t *testing.T) {
	for _, tc := range []struct {
		text, person, title string
		claims              int
	}{
		{"Foreign ministers Sergei Lavrov and Wang Yi met in Beijing on Monday.", "Sergei Lavrov", "", 2},
		{"Foreign ministers Sergei Lavrov and Wang Yi met in Beijing on Monday.", "Wang Yi", "", 2},
		{"Presidents Joe Biden and Xi Jinping met in Bali on Monday.", "Joe Biden", "", 2},
		{"Foreign Minister Sergei Lavrov met officials in Beijing on Monday.", "Sergei Lavrov", "Foreign Minister", 1},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-01")
		got, found := "", false
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				got, found = m.Title, true
			}
		}
		if !found || got != tc.title || len(d.RoleClaims) != tc.claims {
			t.Errorf("%q: %s title %q (found %v), %d claims; want %q, %d (claims %+v)", tc.text, tc.person, got, found, len(d.RoleClaims), tc.title, tc.claims, d.RoleClaims)
		}
	}
}
