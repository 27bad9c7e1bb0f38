package topic

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

func testKB() *kb.KB {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "ISR", Kind: kb.KindCountry, Name: "Israel", Region: "world/middle-east"})
	k.AddActor(kb.Actor{ID: "IRN", Kind: kb.KindCountry, Name: "Iran", Region: "world/middle-east"})
	k.AddActor(kb.Actor{ID: "KEN", Kind: kb.KindCountry, Name: "Kenya", Region: "world/africa/eastern"})
	return k
}

func analyze(text string, countries ...string) *doc.Doc {
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	for _, c := range countries {
		d.Mentions = append(d.Mentions, doc.Mention{Type: doc.TypeCountry, KBID: c})
	}
	d.Fill(doc.LayerMentions)
	New(testKB()).Process(d)
	return d
}

func labels(d *doc.Doc, kind string) []string {
	var out []string
	for _, t := range d.Topics {
		if t.Kind == kind {
			out = append(out, t.Label)
		}
	}
	return out
}

func TestThemesAndRegions(t *testing.T) {
	tests := []struct {
		name, text string
		countries  []string
		theme      string
		region     string
	}{
		{"conflict", "Israeli warplanes carried out airstrikes and missile attacks; troops clashed with militants and several soldiers were killed.", []string{"ISR"}, "armed-conflict", "world/middle-east"},
		{"diplomacy", "The envoys held talks at a summit; diplomats said negotiations on the accord would resume, and the ambassador met the foreign minister.", []string{"ISR", "IRN"}, "diplomacy", "world/middle-east"},
		{"nuclear", "Inspectors from the IAEA said uranium enrichment at the reactor had reached new levels and centrifuges were added.", []string{"IRN"}, "nuclear", "world/middle-east"},
		{"elections", "Voters went to the polls; turnout was high and the candidate conceded after the ballots were counted in the election.", []string{"KEN"}, "elections", "world/africa/eastern"},
		{"sports", "The striker scored twice as the team won the cup final 3-1 in front of fans at the stadium.", nil, "sports", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(tt.text, tt.countries...)
			th := labels(d, "theme")
			if len(th) == 0 || th[0] != tt.theme {
				t.Errorf("themes = %v; want %s first", th, tt.theme)
			}
			if tt.region != "" {
				if r := labels(d, "region"); len(r) == 0 || r[0] != tt.region {
					t.Errorf("regions = %v; want %s", r, tt.region)
				}
			}
			for _, tp := range d.Topics {
				if tp.Score < 0 || tp.Score > 1 {
					t.Errorf("score out of range: %+v", tp)
				}
				if tp.Kind == "iptc" && !strings.HasPrefix(tp.Code, "medtop:") {
					t.Errorf("IPTC topic without a QCode: %+v", tp)
				}
			}
		})
	}
}

func TestRegionParent(t *testing.T) {
	d := analyze("Kenya and Kenya.", "KEN", "KEN")
	r := labels(d, "region")
	if strings.Join(r, ",") != "world/africa/eastern,world/africa" && strings.Join(r, ",") != "world/africa,world/africa/eastern" {
		t.Errorf("regions = %v; want the sub-region and its parent", r)
	}
}

func TestClassify(t *testing.T) {
	s := New(testKB())
	tests := []struct{ text, want string }{
		{"Stocks rose as investors cheered quarterly earnings and the company raised its profit forecast.", ClassBusiness},
		{"The striker scored twice as the team won the cup final 3-1.", ClassSports},
		{"Microsoft released a software patch for a Windows security hole exploited by a worm.", ClassSciTech},
		{"Troops and rebels clashed as the government and opposition held talks on a ceasefire.", ClassWorld},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		if got := s.Classify(d); got != tt.want {
			t.Errorf("Classify(%q) = %s; want %s", tt.text, got, tt.want)
		}
	}
}

func TestCountResults(t *testing.T) {
	for text, want := range map[string]int{"won 6-2, 2-6, 6-2": 3, "in 2003-2004": 0, "a 3-1 win": 1, "ISO-8859-1": 0, "2024-03-01": 0} {
		if got := countResults(text); got != want {
			t.Errorf("countResults(%q) = %d; want %d", text, got, want)
		}
	}
}

// TestIPTCCodes checks every theme's IPTC QCode and name against the
// published Media Topic taxonomy.
func TestIPTCCodes(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "data/eval/iptc-mediatopic-taxonomy/iptc_mapping.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The file holds NaN literals, which encoding/json rejects.
	b = []byte(strings.ReplaceAll(string(b), "NaN", "null"))
	var tax map[string]map[string]any
	if err := json.Unmarshal(b, &tax); err != nil {
		t.Fatal(err)
	}
	for _, th := range themes {
		e, ok := tax[th.iptc]
		if !ok {
			t.Errorf("%s: IPTC code %s not in the taxonomy", th.label, th.iptc)
			continue
		}
		if name, _ := e["Name (en-GB)"].(string); name != th.iptcName {
			t.Errorf("%s: IPTC %s is %q, not %q", th.label, th.iptc, name, th.iptcName)
		}
		if r := e["RetiredDate"]; r != nil {
			t.Errorf("%s: IPTC %s is retired", th.label, th.iptc)
		}
	}
}

func BenchmarkTopics(b *testing.B) {
	text := strings.Repeat("Israeli warplanes carried out airstrikes while diplomats held talks on a ceasefire and the economy slowed. ", 300)
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	s := New(testKB())
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Process(d)
	}
}
