package ingest

import "testing"

// TestCleanAuthor: a byline's post or place is no second author (QA9
// I-1); names stay.
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
