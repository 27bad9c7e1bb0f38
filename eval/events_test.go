package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

const petrXML = `<!-- a comment with <Sentence> inside is fine -->
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor is about to restore full diplomatic ties with Gondor
almost five years after crowds trashed its embassy.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence category="DEMO" date="19950101" id="DEMO-00" evaluate="false">
<EventCoding noevents="true" />
<Text>Arnor &amp; Gondor.</Text>
</Sentence>
<PLEvent {"not": "xml"}>
<Sentence id="NOTEXT" />
`

func TestReadPetrarchXML(t *testing.T) {
	recs, err := ReadPetrarchXML("suite.xml", strings.NewReader(petrXML))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("records = %d, want 2: %+v", len(recs), recs)
	}
	r := recs[0]
	if r.ID != "DEMO-01" || r.Date != "19950101" || !r.Evaluate || len(r.Gold) != 1 || r.Gold[0] != (Triple{"ARN", "GON", "050"}) ||
		!strings.HasPrefix(r.Text, "Arnor is about") || strings.Contains(r.Text, "\n") {
		t.Errorf("record 0 = %+v", r)
	}
	if recs[1].Evaluate || !recs[1].NoEvents || recs[1].Text != "Arnor & Gondor." {
		t.Errorf("record 1 = %+v", recs[1])
	}
	if _, err := ReadPetrarchXML("empty.xml", strings.NewReader("<x/>")); err == nil || !strings.Contains(err.Error(), "empty.xml") {
		t.Errorf("empty input: err = %v, want one naming the file", err)
	}
}

func TestReadPetrarchJSONL(t *testing.T) {
	in := `{"id": null, "text": "environment"}
{"id": "A-1", "date": "19950101", "evaluate": true, "text": "Arnor met Gondor.", "gold": [{"source": "ARN", "target": "GON", "code": "040"}]}

`
	recs, err := ReadPetrarchJSONL("s.jsonl", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].ID != "A-1" || recs[0].Gold[0].Code != "040" {
		t.Errorf("records = %+v", recs)
	}
	if _, err := ReadPetrarchJSONL("bad.jsonl", strings.NewReader("{\n")); err == nil || !strings.HasPrefix(err.Error(), "bad.jsonl:1:") {
		t.Errorf("bad line: err = %v, want bad.jsonl:1: …", err)
	}
}

func TestReadPloverGSR(t *testing.T) {
	in := `[{"id": "DOC", "text": ""},
 {"id": "P1", "date": "2000-01-01", "event": "DEMAND", "text": "X demanded Y.", "source": [{"actorText": "X", "code": "XXX"}], "target": ""},
 {"id": "P2", "event": "AGREE", "text": "X agreed.", "source": [{"actorText": "X", "code": "XXX"}], "target": "diplomatic"}]`
	recs, err := ReadPloverGSR("gsr.json", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Event != "DEMAND" || len(recs[0].Target) != 0 || len(recs[1].Target) != 1 || recs[1].Source[0].Code != "XXX" {
		t.Errorf("records = %+v", recs)
	}
	for _, bad := range []string{"{", `[{"id": "a", "event": "X", "text": "t", "source": 5}]`, `[]`} {
		if _, err := ReadPloverGSR("gsr.json", strings.NewReader(bad)); err == nil || !strings.HasPrefix(err.Error(), "gsr.json") {
			t.Errorf("ReadPloverGSR(%q): err = %v, want one naming the file", bad, err)
		}
	}
}

func TestScoreTriples(t *testing.T) {
	gold := [][]Triple{{{"A", "B", "190"}}, {{"A", "B", "040"}, {"B", "A", "040"}}, nil}
	pred := [][]Triple{{{"A", "B", "190"}, {"A", "B", "190"}}, {{"A", "B", "040"}, {"A", "C", "042"}}, {{"X", "Y", "010"}}}
	s := ScoreTriples(gold, pred)
	if s.TP != 2 || s.FP != 2 || s.FN != 1 || s.Exact != 1 || s.Records != 3 {
		t.Errorf("scores = %+v", s)
	}
	if s.RootP != 2.0/3 || s.RootR != 1 {
		t.Errorf("root P/R = %v/%v, want 2/3 and 1", s.RootP, s.RootR)
	}
}

// TestReadSharedSuites reads the real suite files (skipped when absent).
func TestReadSharedSuites(t *testing.T) {
	for _, rel := range []string{"data/peers/UniversalPetrarch/validate/PETR_Validate_records_2_02.xml", "data/peers/UniversalPetrarch/text/PETR2_GSR_validation.xml"} {
		f, err := os.Open(shareddata.Path(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := ReadPetrarchXML(rel, f)
		f.Close()
		if err != nil || len(recs) < 50 {
			t.Errorf("%s: %d records, %v", rel, len(recs), err)
		}
	}
	f, err := os.Open(shareddata.Path(t, "data/eval/plover-gsr/PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadPloverGSR("gsr", f)
	if err != nil || len(recs) != 322 {
		t.Errorf("PLOVER GSR: %d records, %v; want 322", len(recs), err)
	}
}

func FuzzReadPetrarchXML(f *testing.F) {
	f.Add(petrXML)
	f.Add(`<Sentence id="x"><Text>a</Text><EventCoding eventcode="1" error="y"/>`)
	f.Fuzz(func(t *testing.T, s string) {
		ReadPetrarchXML("fuzz", strings.NewReader(s))
	})
}

func FuzzReadPloverGSR(f *testing.F) {
	f.Add(`[{"id": "P1", "event": "AGREE", "text": "t", "source": [{"code": "X"}], "target": ""}]`)
	f.Add(`[{"source": "x"}, 5, null]`)
	f.Fuzz(func(t *testing.T, s string) {
		ReadPloverGSR("fuzz", strings.NewReader(s))
		ReadPetrarchJSONL("fuzz", strings.NewReader(s))
	})
}

func TestScoreTriplesLenient(t *testing.T) {
	cases := []struct {
		g, p Triple
		want bool
	}{
		{Triple{"USAGOV", "RUS", "040"}, Triple{"USA", "RUS", "040"}, true},
		{Triple{"ISR", "PSEGOV", "084"}, Triple{"ISR", "PSEGOV", "0841"}, true},
		{Triple{"---REB", "SYR", "190"}, Triple{"REB", "SYR", "190"}, true},
		{Triple{"---REB", "SYR", "190"}, Triple{"SYRREB", "SYR", "190"}, true},
		{Triple{"USA", "RUS", "042"}, Triple{"USAGOV", "RUS", "043"}, false}, // siblings
		{Triple{"USA", "RUS", "040"}, Triple{"US", "RUS", "040"}, false},     // not a whole chunk
		{Triple{"USA", "RUS", "040"}, Triple{"", "RUS", "040"}, false},
		{Triple{"IGOUNO", "SYR", "080"}, Triple{"IGOUNOMIL", "SYR", "0874"}, true}, // 080: yield, not specified
		{Triple{"---REB", "SYR", "190"}, Triple{"REB", "SYR", "194"}, true},
		{Triple{"USA", "SYR", "191"}, Triple{"USA", "SYR", "194"}, false},
	}
	for _, c := range cases {
		s := ScoreTriplesLenient([][]Triple{{c.g}}, [][]Triple{{c.p}})
		if got := s.TP == 1; got != c.want {
			t.Errorf("%v ~ %v = %v, want %v", c.g, c.p, got, c.want)
		}
		if strict := ScoreTriples([][]Triple{{c.g}}, [][]Triple{{c.p}}); c.g != c.p && strict.TP != 0 {
			t.Errorf("strict %v ~ %v matched", c.g, c.p)
		}
	}
	// one gold triple matches one prediction
	s := ScoreTriplesLenient([][]Triple{{{"USA", "RUS", "040"}}}, [][]Triple{{{"USA", "RUS", "040"}, {"USAGOV", "RUS", "040"}}})
	if s.TP != 1 || s.FP != 1 || s.FN != 0 || s.Exact != 0 {
		t.Errorf("one-to-one: %+v", s)
	}
}
