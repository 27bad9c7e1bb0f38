package verify_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of switches of diplomatic recognition.

// TestTaipeiBreaks: the recognition switches to Beijing are also dated
// breaks with Taipei, so "X cut ties with Taiwan in YEAR" is checked.
func TestTaipeiBreaks(t *testing.T) {
	for _, tc := range []struct{ text, date, want string }{
		{"Nicaragua cut ties with Taiwan in December 2021.", "2024-01-15", doc.Supported},
		{"Nauru cut ties with Taiwan in 2019.", "2024-03-15", doc.Contradicted},
		{"Kiribati severed relations with Taiwan in 2019.", "2024-03-15", doc.Supported},
		{"The Solomon Islands broke off relations with Taiwan in 2017.", "2024-03-15", doc.Contradicted},
	} {
		d := analyze(t, tc.text, tc.date)
		got := ""
		for _, f := range d.Findings {
			if f.Kind == doc.FindRelationContradicted {
				got = f.Verdict
			}
		}
		if got != tc.want {
			t.Errorf("%q: relation verdict %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestSwitchRecognition: "switched diplomatic recognition from Taiwan to
// China in YEAR" (and "ditched Taiwan for China") claims relations
// established with the state recognised (and, where the KB records the
// pair, severed with the state left) in that year.
func TestSwitchRecognition(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []string
	}{
		{"Kiribati switched diplomatic recognition from Taiwan to Beijing in 2018.", "2022-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Solomon Islands, which switched diplomatic recognition from Taiwan to China in 2018, signed a security pact with Beijing.", "2022-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Solomon Islands switched recognition to Beijing from Taipei in 2019.", "2022-04-20", []string{doc.Supported, doc.Supported}},
		{"Honduras ditched Taiwan for China in 2021.", "2024-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Honduras ditched Taiwan for China in 2023.", "2024-04-20", []string{doc.Supported, doc.Supported}},
		{"Honduras could switch recognition from Taiwan to China.", "2022-04-20", nil},
	} {
		d := analyze(t, tc.text, tc.date)
		var got []string
		for _, f := range d.Findings {
			if f.Kind == doc.FindRelationContradicted {
				got = append(got, f.Verdict)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: relation verdicts %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestSinceClause: a clause opened by "since" after a relation
// claim dates the start of a count, not the claim ("the ninth country to
// switch recognition from Taipei to Beijing since Tsai took office in
// 2016" is no claim of a 2016 switch; e.g. Honduras); "since 2016"
// and a year in the claim's own clause still date it.
func TestSinceClause(t *testing.T) {
	d := analyzeQuotes(t, "Honduras is the ninth country to switch recognition from Taipei to Beijing since Tsai took office in 2016, after Panama and others.", "2023-03-26")
	for _, f := range findingsOf(d, doc.FindRelationContradicted) {
		if strings.Contains(f, "contradicted") || strings.Contains(f, "2016") {
			t.Errorf("since clause: got %q; want no claim dated 2016", f)
		}
	}
	d = analyzeQuotes(t, "Honduras switched recognition from Taipei to Beijing in 2016, since Tsai took office that year.", "2023-03-26")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) == 0 || !strings.Contains(got[0], "contradicted") || !strings.Contains(got[0], "not in 2016") {
		t.Errorf("year in the claim's clause: got %q; want the 2016 switch contradicted", got)
	}
}
