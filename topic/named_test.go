package topic

import (
	"cmp"
	"reflect"
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// namedSpansSorted is namedSpans by its definition: every span
// gathered, sorted by start, overlaps merged.
func namedSpansSorted(d *doc.Doc) []doc.Span {
	var out []doc.Span
	for _, p := range d.Places {
		out = append(out, p.Span)
	}
	for i := range d.Mentions {
		if namedMention(&d.Mentions[i]) {
			out = append(out, d.Mentions[i].Span)
		}
	}
	slices.SortStableFunc(out, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	var merged []doc.Span
	for _, sp := range out {
		merged = appendMerged(merged, sp)
	}
	return merged
}

// TestNamedSpans checks the one-pass merge of places and mentions, and
// the sorting fallback for lists out of order, against the definition.
func TestNamedSpans(t *testing.T) {
	sp := func(a, b int) doc.Span { return doc.Span{Start: a, End: b} }
	pl := func(spans ...doc.Span) []doc.Place {
		var out []doc.Place
		for _, s := range spans {
			out = append(out, doc.Place{Span: s})
		}
		return out
	}
	person := func(s doc.Span) doc.Mention { return doc.Mention{Span: s, KBID: "p", Type: doc.TypePerson} }
	org := func(s doc.Span) doc.Mention { return doc.Mention{Span: s, KBID: "o", Type: doc.TypeOrganization} }
	tests := []struct {
		name   string
		places []doc.Place
		ms     []doc.Mention
		want   []doc.Span
	}{
		{"places only", pl(sp(0, 5), sp(10, 15)), nil, []doc.Span{sp(0, 5), sp(10, 15)}},
		{"interleaved", pl(sp(0, 5), sp(20, 25)), []doc.Mention{person(sp(10, 15)), person(sp(30, 35))},
			[]doc.Span{sp(0, 5), sp(10, 15), sp(20, 25), sp(30, 35)}},
		{"overlap merged", pl(sp(10, 15)), []doc.Mention{person(sp(4, 12)), person(sp(14, 20))}, []doc.Span{sp(4, 20)}},
		{"same start", pl(sp(10, 12)), []doc.Mention{person(sp(10, 18))}, []doc.Span{sp(10, 18)}},
		{"organisation skipped", pl(sp(0, 3)), []doc.Mention{org(sp(1, 9)), person(sp(5, 7))}, []doc.Span{sp(0, 3), sp(5, 7)}},
		{"places out of order", pl(sp(20, 25), sp(0, 5)), []doc.Mention{person(sp(3, 8))}, []doc.Span{sp(0, 8), sp(20, 25)}},
		{"mentions out of order", nil, []doc.Mention{person(sp(20, 25)), person(sp(0, 5))}, []doc.Span{sp(0, 5), sp(20, 25)}},
		{"empty span sorted", pl(sp(5, 5)), []doc.Mention{person(sp(5, 9))}, []doc.Span{sp(5, 5), sp(5, 9)}},
		{"nothing named", nil, []doc.Mention{org(sp(0, 4))}, nil},
	}
	for _, tc := range tests {
		d := &doc.Doc{Places: tc.places, Mentions: tc.ms}
		d.Fill(doc.LayerPlaces)
		d.Fill(doc.LayerMentions)
		got := namedSpans(d)
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: namedSpans = %v, want %v", tc.name, got, tc.want)
		}
		if def := namedSpansSorted(d); !reflect.DeepEqual(got, def) {
			t.Errorf("%s: namedSpans = %v, the definition gives %v", tc.name, got, def)
		}
	}
}
