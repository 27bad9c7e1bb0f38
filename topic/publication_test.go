package topic

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// TestDiplomaticPost checks which places are a diplomat's posting.
func TestDiplomaticPost(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"Germany summoned Iran's ambassador in Berlin.", "Berlin", true},
		{"The US envoy in Nairobi was recalled.", "Nairobi", true},
		{"Protesters stormed the Saudi embassy in Tehran.", "Tehran", false},
		{"Protests broke out in Tehran.", "Tehran", false},
		{"Berlin said so.", "Berlin", false},
		{"The envoy, in Paris, said so.", "Paris", false},
	} {
		i := strings.Index(tc.text, tc.place)
		if got := diplomaticPost(tc.text, i); got != tc.want {
			t.Errorf("diplomaticPost(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

// TestPostingNoRegion: the city where a summoned ambassador is posted
// gives its region no weight; the story's region is the envoy's
// country's.
func TestPostingNoRegion(t *testing.T) {
	text := "Iran's ambassador in Nairobi was summoned."
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	i := strings.Index(text, "Nairobi")
	d.Places = []doc.Place{{Span: doc.Span{Start: i, End: i + len("Nairobi")}, Name: "Nairobi", Country: "KEN", Kind: "city"}}
	d.Fill(doc.LayerPlaces)
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: 0, End: 4}, Type: doc.TypeCountry, KBID: "IRN"})
	d.Fill(doc.LayerMentions)
	New(testKB()).Process(d)
	for _, tp := range d.Topics {
		if strings.HasPrefix(tp.Label, "world/africa") {
			t.Errorf("region %s %v from an ambassador's posting: %+v", tp.Label, tp.Score, d.Topics)
		}
	}
}
