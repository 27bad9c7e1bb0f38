package verify

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestConjunctAfterIndex checks conjunctAfter over mentions and role
// claims listed out of text order: the longest span starting after
// "and", and else the first person of the list written after capitals.
func TestConjunctAfterIndex(t *testing.T) {
	text := "President Ann Lee and Senate President Bo Ray Kim met."
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	tests := []struct {
		mentions []doc.Mention
		claims   []doc.RoleClaim
		want     string
	}{
		// the first person of the list after the body and the title:
		// "Ray", listed before "Bo Ray Kim" though written after it
		{[]doc.Mention{{Span: at("Ray"), Type: doc.TypePerson}, {Span: at("Bo Ray Kim"), Type: doc.TypePerson}, {Span: at("Ann Lee"), Type: doc.TypePerson}}, nil, "Senate President Bo Ray"},
		// a claim starting right after "and" wins over a shorter mention
		{[]doc.Mention{{Span: at("Bo Ray"), Type: doc.TypePerson}, {Span: at("Senate"), Type: doc.TypeOrganization}},
			[]doc.RoleClaim{{Span: at("Senate President Bo Ray Kim")}}, "Senate President Bo Ray Kim"},
		{[]doc.Mention{{Span: at("Ann Lee"), Type: doc.TypePerson}}, nil, ""},
	}
	for _, tt := range tests {
		c := &checker{d: &doc.Doc{Text: text, Mentions: tt.mentions, RoleClaims: tt.claims}}
		got, ok := c.conjunctAfter(at("President Ann Lee"), len(text))
		if s := text[got.Start:got.End]; ok != (tt.want != "") || ok && s != tt.want {
			t.Errorf("conjunctAfter = %q, %v; want %q", s, ok, tt.want)
		}
	}
}

// TestStartIndexAround checks that around finds every span containing
// the one asked, a long span listed last among short ones included.
func TestStartIndexAround(t *testing.T) {
	spans := []doc.Span{{Start: 10, End: 12}, {Start: 3, End: 5}, {Start: 20, End: 22}, {Start: 0, End: 30}}
	x := newStartIndex(len(spans), func(i int) doc.Span { return spans[i] })
	for _, s := range []doc.Span{{Start: 10, End: 11}, {Start: 4, End: 5}, {Start: 25, End: 26}, {Start: 31, End: 32}} {
		var want, got []int
		for i, sp := range spans {
			if sp.Contains(s) {
				want = append(want, i)
			}
		}
		for _, i := range x.around(s) {
			if spans[i].Contains(s) {
				got = append(got, int(i))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("around(%v) holds %v; want %v", s, got, want)
		}
	}
}
