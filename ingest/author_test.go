package ingest

import (
	"strings"
	"testing"
)

// TestCleanAuthor: a byline's post or place is no second author; names stay.
func TestCleanAuthor(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Dana Ermekova; Almaty correspondent", "Dana Ermekova"},
		{"Jane Doe, Staff Writer", "Jane Doe"},
		{"John Roe, in Kyiv", "John Roe"},
		{"Jane Doe; John Roe, Reporters", "Jane Doe; John Roe"},
		{"Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"Staff Writer", "Staff Writer"},
		{"", ""},
	} {
		if got := cleanAuthor(tt.in); got != tt.want {
			t.Errorf("cleanAuthor(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCleanAuthor(f *testing.F) {
	for _, s := range []string{"Dana Ermekova; Almaty correspondent", "a,;b", ";", " , in "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := cleanAuthor(s); len(got) > len(s)+len(s) {
			t.Errorf("cleanAuthor(%q) = %q grew", s, got)
		}
	})
}

// TestBylinePlace checks that a one-word part after an author's name
// in a byline is a place or agency, not a second author.
func TestBylinePlace(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Carlos Mendoza, Manila", "Carlos Mendoza"},
		{"Jane Doe; Reuters", "Jane Doe"},
		{"Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"Madonna", "Madonna"},
	} {
		if got := cleanAuthor(tc.in); got != tc.want {
			t.Errorf("cleanAuthor(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestBylineAuthors checks that a byline's authors joined by "and"
// are listed apart and that a part after a comma, in a byline with no
// "and", is its place or agency.
func TestBylineAuthors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Siti Rahman, Kuala Lumpur", "Siti Rahman"},
		{"Jane Doe, Associated Press", "Jane Doe"},
		{"Eleni Papadaki and Goran Stojanovski", "Eleni Papadaki; Goran Stojanovski"},
		{"Ana Silva, Jo Lee and Tom Roe", "Ana Silva; Jo Lee; Tom Roe"},
		{"Ana Silva & Tom Roe", "Ana Silva; Tom Roe"},
		{"John Roe in Kyiv", "John Roe"},
		{"Jane Doe", "Jane Doe"},
		{"", ""},
	} {
		if got := bylineAuthors(tc.in); got != tc.want {
			t.Errorf("bylineAuthors(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ author, page, want string }{
		{"Siti Rahman; Kuala Lumpur", `<p class="byline">By Siti Rahman, Kuala Lumpur</p>`, "Siti Rahman"},
		{"Nino Kapanadze; Dmitri Orlov", `<p>By Nino Kapanadze and Dmitri Orlov</p>`, "Nino Kapanadze; Dmitri Orlov"},
		// a list the page does not write as a "By" byline stays
		{"Jane Doe; John Roe", `<meta name="author" content="Jane Doe, John Roe">`, "Jane Doe; John Roe"},
	} {
		if got := htmlBylineAuthor(tc.author, tc.page); got != tc.want {
			t.Errorf("htmlBylineAuthor(%q) = %q; want %q", tc.author, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Deal signed\n\nBy Eleni Papadaki and Goran Stojanovski\n\nATHENS, June 17, 2018 (Reuters) - Greece signed a deal.\n", "Eleni Papadaki; Goran Stojanovski"},
		{"Mahathir sworn in\n\nBy Siti Rahman, Kuala Lumpur\n\nKUALA LUMPUR, May 10, 2018 (Reuters) - Mahathir Mohamad was sworn in.\n", "Siti Rahman"},
	} {
		if a := ParseText(tc.in); a.Author != tc.want {
			t.Errorf("ParseText(%q).Author = %q; want %q", tc.in, a.Author, tc.want)
		}
	}
	page := `<html><head><title>Mahathir sworn in</title></head><body><article><h1>Mahathir sworn in</h1>
<p class="byline">By Siti Rahman, Kuala Lumpur</p>
<p>` + strings.Repeat("Mahathir Mohamad was sworn in as prime minister on Thursday after a surprise election win. ", 4) + `</p>
<p>` + strings.Repeat("The coalition he leads ended six decades of rule by the Barisan Nasional. ", 4) + `</p></article></body></html>`
	if a, err := articleFromHTML(page); err != nil {
		t.Fatal(err)
	} else if a.Author != "Siti Rahman" {
		t.Errorf("HTML byline author %q; want Siti Rahman", a.Author)
	}
}

func FuzzBylineAuthors(f *testing.F) {
	for _, s := range []string{"Siti Rahman, Kuala Lumpur", "A and B", ", and ,", " in ", "&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := bylineAuthors(s); len(got) > 2*len(s)+2 {
			t.Errorf("bylineAuthors(%q) = %q grew", s, got)
		}
	})
}

// TestBylineDate: a byline part that is its date ("Updated June",
// "Published June 23", "Posted 3 hours ago") is never an author; with
// no name left the author is empty.
func TestBylineDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Maria Gomez; Updated June", "Maria Gomez"},
		{"Published June", ""},
		{"Staff Reporter; Published June 23", ""},
		{"Ana Duarte; Posted: 5 hours ago", "Ana Duarte"},
		{"Ana Duarte; Last updated Sept. 4", "Ana Duarte"},
		{"Ana Duarte; Jun 23", "Ana Duarte"},
		{"Ana Duarte; 23 June 2012", "Ana Duarte"},
		{"June Okafor; Tom Lee", "June Okafor; Tom Lee"},
		{"Lastri Wibowo", "Lastri Wibowo"},
	} {
		if got := cleanAuthor(tc.in); got != tc.want {
			t.Errorf("cleanAuthor(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestBylineDateHTML: a page's "By NAME | Updated <date>" byline
// gives the name alone as the author.
func TestBylineDateHTML(t *testing.T) {
	for _, tc := range []struct{ byline, want string }{
		{"By Maria Gomez | Updated June 23, 2012", "Maria Gomez"},
		{"By Staff Reporter | Published June 23, 2012", ""},
	} {
		page := `<html><head><title>Senate votes | Ledger</title></head><body><article><h1>Senate votes</h1>
<p class="byline">` + tc.byline + `</p>
<p>ASUNCION - The Senate voted 39-4 on Friday to remove the president from office after a one-day trial.</p><p>He said he would accept the decision of the chamber.</p></article></body></html>`
		a, err := parseHTML([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Author != tc.want {
			t.Errorf("%s: author %q; want %q", tc.byline, a.Author, tc.want)
		}
	}
}
