package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

// The text has a multi-byte character before the annotations, so
// character offsets differ from byte offsets.
const bratText = "Café talk.\n\n“We will win,” Smith said. Officials said the vote was close."

const bratAnn = "T1\tContent 12 26\t“We will win,”\n" +
	"T2\tSource 27 32\tSmith\n" +
	"T3\tCue 33 37\tsaid\n" +
	"E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n" +
	"T5\tSource 39 48\tOfficials\n" +
	"T6\tCue 49 53\tsaid\n" +
	"T7\tContent 54 62;63 72\tthe vote was close\n" +
	"E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"

func TestParseBrat(t *testing.T) {
	bd, err := ParseBrat(bratText, bratAnn)
	if err != nil {
		t.Fatal(err)
	}
	if len(bd.Attributions) != 2 {
		t.Fatalf("attributions = %d; want 2", len(bd.Attributions))
	}
	a := bd.Attributions[0]
	if got := bratText[a.Content[0].Start:a.Content[0].End]; got != "“We will win,”" || !a.Direct(bratText) {
		t.Errorf("content = %q (direct %v); want “We will win,” (direct)", got, a.Direct(bratText))
	}
	if got := bratText[a.Source[0].Start:a.Source[0].End]; got != "Smith" {
		t.Errorf("source = %q; want Smith", got)
	}
	b := bd.Attributions[1]
	if len(b.Content) != 2 || b.Direct(bratText) {
		t.Errorf("second content = %v; want two fragments, not direct", b.Content)
	}
}

func TestParseBratErrors(t *testing.T) {
	for _, ann := range []string{
		"T1\tContent 5\tx",
		"T1\tContent 1 999\tx",
		"T1\tContent 5 2\tx",
		"T1",
		"T1\tContent a b\tx",
	} {
		if _, err := ParseBrat(bratText, ann); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ParseBrat(%q) error = %v; want an error naming line 1", ann, err)
		}
	}
}

func TestReadBratDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "text"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "attributions"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte(bratText), 0o644)
	os.WriteFile(filepath.Join(dir, "attributions", "a_ab12.ann"), []byte(bratAnn), 0o644)
	docs, err := ReadBratDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Name != "a_ab12.ann" || len(docs[0].Attributions) != 2 {
		t.Fatalf("docs = %+v; want a_ab12.ann with 2 attributions", docs)
	}
	os.WriteFile(filepath.Join(dir, "attributions", "b.ann"), []byte(bratAnn), 0o644)
	if _, err := ReadBratDir(dir); err == nil || !strings.Contains(err.Error(), "b.ann") {
		t.Errorf("missing text: error = %v; want one naming b.ann", err)
	}
}

func TestScoreQuotes(t *testing.T) {
	bd, err := ParseBrat(bratText, bratAnn)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(bratText, "“")
	j := strings.Index(bratText, "Smith")
	k := strings.Index(bratText, "the vote")
	sys := []doc.Quote{
		{Span: doc.Span{Start: i, End: j - 1}, Kind: "direct", Speaker: doc.Speaker{Name: "John Smith"}},
		{Span: doc.Span{Start: k, End: len(bratText) - 1}, Kind: "indirect", Speaker: doc.Speaker{Name: "Reuters"}},
		{Span: doc.Span{Start: 0, End: 4}, Kind: "direct", Speaker: doc.Speaker{Kind: "unresolved"}},
	}
	s, diffs := ScoreQuotes(bratText, bd.Attributions, sys)
	if s.Gold != 2 || s.GoldFound != 2 || s.System != 3 || s.SystemRight != 2 {
		t.Errorf("content counts = %+v; want gold 2 found 2, system 3 right 2", s)
	}
	if s.GoldDirect != 1 || s.GoldDirFound != 1 || s.SysDirect != 2 || s.SysDirectRight != 1 {
		t.Errorf("direct counts = %+v; want gold 1 found 1, system 2 right 1", s)
	}
	if s.Speakers != 2 || s.SpeakersRight != 1 {
		t.Errorf("speakers = %d right of %d; want 1 of 2 (head word Smith matches, Reuters does not)", s.SpeakersRight, s.Speakers)
	}
	if len(diffs) != 2 {
		t.Errorf("diffs = %d; want 2 (one spurious, one wrong speaker)", len(diffs))
	}
	if s.Unresolved != 1 || s.Unnamed != 0 {
		t.Errorf("unresolved %d, unnamed %d; want 1, 0", s.Unresolved, s.Unnamed)
	}
}

func TestReadBratDirShared(t *testing.T) {
	dir := shareddata.Path(t, "data/eval/polnear-dev")
	docs, err := ReadBratDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n, direct := 0, 0
	for _, d := range docs {
		n += len(d.Attributions)
		for _, a := range d.Attributions {
			if a.Direct(d.Text) {
				direct++
			}
		}
	}
	if len(docs) != 94 || n < 2300 || direct < 380 {
		t.Errorf("PolNeAR dev: %d files, %d attributions, %d direct; want 94, about 2,320 and 410", len(docs), n, direct)
	}
}

func FuzzParseBrat(f *testing.F) {
	f.Add(bratText, bratAnn)
	f.Add("abc", "T1\tContent 0 1;2 3\ta c\nE1\tContent:T1 Source:T9")
	f.Fuzz(func(t *testing.T, text, ann string) {
		bd, err := ParseBrat(text, ann)
		if err != nil {
			return
		}
		for _, a := range bd.Attributions {
			for _, s := range append(append(a.Content, a.Source...), a.Cue...) {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("bad span %v", s)
				}
			}
			a.Direct(text)
		}
	})
}

func TestBratDirect(t *testing.T) {
	text := `"A," ''B,'' “C,” 'D' E ”F” „G“ «H» »I« ‹J› ` + "``K''" + ` ‘L’`
	for _, tt := range []struct {
		start, end int
		want       bool
	}{
		{0, 4, true}, {5, 11, true}, {12, 20, true}, {21, 24, false}, {25, 26, false},
		{27, 34, true}, {35, 42, true}, {43, 48, true}, {49, 54, true}, {55, 62, true},
		{63, 68, true}, {69, 76, false},
	} {
		a := BratAttribution{Content: []doc.Span{{Start: tt.start, End: tt.end}}}
		if got := a.Direct(text); got != tt.want {
			t.Errorf("Direct(%q) = %v; want %v", text[tt.start:tt.end], got, tt.want)
		}
	}
	if (BratAttribution{}).Direct(text) {
		t.Error("Direct of an empty content = true; want false")
	}
}
