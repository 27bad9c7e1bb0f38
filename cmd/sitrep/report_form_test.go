package main

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestMentionForm checks that the entity list puts a mention's title
// before its text only when the text does not already hold it (not
// "King King Mohammed VI").
func TestMentionForm(t *testing.T) {
	for _, tc := range []struct {
		m    doc.Mention
		want string
	}{
		{doc.Mention{Text: "King Mohammed VI", Span: doc.Span{Start: 0, End: 16}, Title: "King", TitleSpan: doc.Span{Start: 0, End: 4}}, "King Mohammed VI"},
		{doc.Mention{Text: "Josh Frydenberg", Span: doc.Span{Start: 10, End: 25}, Title: "Treasurer", TitleSpan: doc.Span{Start: 0, End: 9}}, "Treasurer Josh Frydenberg"},
		{doc.Mention{Text: "Ali", Span: doc.Span{Start: 3, End: 6}}, "Ali"},
		{doc.Mention{Text: "King Abdullah II", Span: doc.Span{Start: 9, End: 25}, Title: "Jordan's King", TitleSpan: doc.Span{Start: 0, End: 13}}, "Jordan's King Abdullah II"},
	} {
		if got := mentionForm(tc.m); got != tc.want {
			t.Errorf("mentionForm(%+v) = %q; want %q", tc.m, got, tc.want)
		}
	}
}
