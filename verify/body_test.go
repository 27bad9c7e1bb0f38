package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestMissionOfNamedBodies: observers sent by named bodies speak for
// them; officials of a named body are still unnamed people.
func TestMissionOfNamedBodies(t *testing.T) {
	for _, tc := range []struct {
		speaker string
		unnamed bool
	}{
		{"Observers from the European Union and the African Union", false},
		{"A delegation of Russia", false},
		{"Officials from the European Union", true},
		{"Observers", true},
	} {
		text := tc.speaker + " said the vote had been marred by violence."
		d := claimDoc(text, "", "", "", "", "", "", "", "", "2023-06-01")
		sp := doc.Span{Start: 0, End: len(tc.speaker)}
		for _, name := range []string{"European Union", "African Union", "Russia"} {
			if i := strings.Index(tc.speaker, name); i >= 0 {
				typ, id := doc.TypeOrganization, "org."+strings.ToLower(name[:1])
				if name == "Russia" {
					typ, id = doc.TypeCountry, "RUS"
				}
				d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + len(name)}, Text: name, Type: typ, KBID: id, Entity: -1, Role: -1})
			}
		}
		cue := strings.Index(text, "said")
		d.Quotes = []doc.Quote{{Span: doc.Span{Start: cue + 5, End: len(text) - 1}, Kind: "indirect", Cue: "said", CueSpan: doc.Span{Start: cue, End: cue + 4},
			Speaker: doc.Speaker{Name: tc.speaker, Kind: "unnamed", Span: sp, Mention: -1}}}
		fs := run(t, d)
		if got := findKind(fs, doc.FindUnnamedSource) != nil; got != tc.unnamed {
			t.Errorf("%q: unnamed_source %v; want %v", tc.speaker, got, tc.unnamed)
		}
	}
}
