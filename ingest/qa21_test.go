package ingest

import "testing"

// TestQA21BylineDate: a byline part that is its date ("Updated June",
// "Published June 23", "Posted 3 hours ago") is never an author; with
// no name left the author is empty (QA21 I-1).
func TestQA21BylineDate(t *testing.T) {
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

// TestQA21BylineDateHTML: a page's "By NAME | Updated <date>" byline
// gives the name alone as the author.
func TestQA21BylineDateHTML(t *testing.T) {
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
