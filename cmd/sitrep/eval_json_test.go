package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The --json forms of eval timex, quotes and events, run on tiny gold
// fixtures written to a temporary directory: the decoded numbers must be
// the scores the fixture implies, under the documented key names.

// writeEvalFixture writes name → content under dir, making parent directories.
func writeEvalFixture(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runEvalJSON runs sitrep with args, wants exit 0, and decodes stdout as one
// JSON document; it returns the document and stderr.
func runEvalJSON(t *testing.T, args ...string) (any, string) {
	t.Helper()
	out, errs, code := runSitrep(t, args...)
	if code != 0 {
		t.Fatalf("sitrep %v: exit %d, stderr %s", args, code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("sitrep %v: stdout is not JSON: %v\n%s", args, err, out)
	}
	if dec.More() {
		t.Fatalf("sitrep %v: stdout holds more than one JSON document:\n%s", args, out)
	}
	return v, errs
}

// evalJSONAt returns the value at path in v: object keys, or array indexes
// written as decimal strings ("0", "1").
func evalJSONAt(t *testing.T, v any, path string) any {
	t.Helper()
	cur := v
	for _, k := range strings.Split(path, ".") {
		switch c := cur.(type) {
		case map[string]any:
			next, ok := c[k]
			if !ok {
				t.Fatalf("%s: no key %q", path, k)
			}
			cur = next
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(c) {
				t.Fatalf("%s: no index %s in an array of %d", path, k, len(c))
			}
			cur = c[i]
		default:
			t.Fatalf("%s: %q reaches into a %T", path, k, cur)
		}
	}
	return cur
}

// checkEvalJSON checks the numbers and strings of want (path → value) in v.
func checkEvalJSON(t *testing.T, v any, want map[string]any) {
	t.Helper()
	for path, w := range want {
		got := evalJSONAt(t, v, path)
		switch w := w.(type) {
		case string:
			if got != w {
				t.Errorf("%s = %v; want %q", path, got, w)
			}
		case int:
			if g, ok := got.(float64); !ok || g != float64(w) {
				t.Errorf("%s = %v; want %d", path, got, w)
			}
		case float64:
			if g, ok := got.(float64); !ok || math.Abs(g-w) > 1e-9 {
				t.Errorf("%s = %v; want %v", path, got, w)
			}
		default:
			t.Fatalf("%s: unsupported want %T", path, w)
		}
	}
}

// timeML returns a minimal TimeML document: creation time dct, one
// TIMEX3 of type DATE with value val around expr.
func evalTimeML(dct, expr, val string) string {
	return `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="` + dct + `" functionInDocument="CREATION_TIME">` + dct + `</TIMEX3></DCT>
<TEXT>
Talks began on <TIMEX3 tid="t1" type="DATE" value="` + val + `">` + expr + `</TIMEX3> in Geneva.
</TEXT>
</TimeML>
`
}

func TestEvalTimexJSON(t *testing.T) {
	dir := t.TempDir()
	// a: extent and value right; b: extent right, gold value another day
	// (the system reads "yesterday" as 1998-03-07)
	writeEvalFixture(t, dir, map[string]string{
		"a/x.tml": evalTimeML("1998-03-08", "March 5, 1998", "1998-03-05"),
		"b/y.tml": evalTimeML("1998-03-08", "yesterday", "1998-03-06"),
	})
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	v, errs := runEvalJSON(t, "eval", "timex", "--json", "--errors", "5", a, b)
	if n := len(v.([]any)); n != 3 {
		t.Fatalf("got %d rows; want a, b and total", n)
	}
	checkEvalJSON(t, v, map[string]any{
		"0.path": a, "1.path": b, "2.path": "total",
		"0.docs": 1, "0.gold": 1, "0.system": 1,
		"0.strict_extent.f1": 1.0, "0.relaxed_extent.p": 1.0, "0.value.f1": 1.0,
		"0.value_accuracy": 1.0, "0.type_accuracy": 1.0,
		"1.strict_extent.r": 1.0, "1.value.p": 0.0, "1.value.f1": 0.0, "1.value_accuracy": 0.0, "1.type_accuracy": 1.0,
		"2.docs": 2, "2.gold": 2, "2.system": 2,
		"2.strict_matches": 2, "2.relaxed_matches": 2, "2.value_matches": 1, "2.type_matches": 2,
		"2.strict_extent.p": 1.0, "2.relaxed_extent.f1": 1.0,
		"2.value.p": 0.5, "2.value.r": 0.5, "2.value.f1": 0.5, "2.value_accuracy": 0.5,
	})
	// with --json, the disagreements go to stderr
	if !strings.Contains(errs, "differs") || !strings.Contains(errs, "yesterday") {
		t.Errorf("stderr = %q; want the value disagreement on \"yesterday\"", errs)
	}

	// the human form is unchanged by the flag's presence
	out, _, code := runSitrep(t, "eval", "timex", a, b)
	if code != 0 || !strings.Contains(out, "total: 2 docs, 2 gold, 2 system\n") || !strings.Contains(out, "value           P 0.500  R 0.500  F1 0.500  accuracy 0.500") {
		t.Errorf("human form (exit %d):\n%s", code, out)
	}
}

func TestEvalQuotesJSON(t *testing.T) {
	dir := t.TempDir()
	text := "\"We will not back down,\" said Mayor John Smith on Monday.\n"
	// brat offsets count characters; the text is ASCII
	content, cue, source := "\"We will not back down,\"", "said", "Mayor John Smith"
	at := func(s string) string {
		i := strings.Index(text, s)
		return strconv.Itoa(i) + " " + strconv.Itoa(i+len(s))
	}
	ann := "T1\tContent " + at(content) + "\t" + content + "\n" +
		"T2\tCue " + at(cue) + "\t" + cue + "\n" +
		"T3\tSource " + at(source) + "\t" + source + "\n" +
		"E1\tAttribution:T2 Content:T1 Source:T3\n"
	writeEvalFixture(t, dir, map[string]string{"q/a.txt": text, "q/a.ann": ann})
	q := filepath.Join(dir, "q")
	v, _ := runEvalJSON(t, "eval", "quotes", "--json", q, q)
	if n := len(v.([]any)); n != 3 {
		t.Fatalf("got %d rows; want q twice and total", n)
	}
	checkEvalJSON(t, v, map[string]any{
		"0.path": q, "2.path": "total",
		"0.docs": 1, "0.gold": 1, "0.gold_found": 1, "0.gold_direct": 1, "0.gold_direct_found": 1,
		"0.system": 1, "0.system_right": 1, "0.system_direct": 1, "0.system_direct_right": 1,
		"0.content.p": 1.0, "0.content.r": 1.0, "0.content.f1": 1.0,
		"0.content_direct.f1": 1.0,
		"0.speaker_accuracy":  1.0, "0.speakers": 1, "0.speakers_right": 1,
		"0.unresolved": 0, "0.unnamed": 0,
		"2.docs": 2, "2.gold": 2, "2.speakers": 2, "2.content.f1": 1.0,
	})
}

func TestEvalEventsJSON(t *testing.T) {
	dir := t.TempDir()
	suite := `{"id": null, "text": "environment"}
{"id": "T-1", "date": "20140301", "evaluate": true, "text": "Russia condemned Ukraine on Tuesday.", "gold": [{"source": "RUS", "target": "UKR", "code": "111"}]}
{"id": "T-2", "date": "20140301", "evaluate": true, "text": "The weather was mild.", "gold": []}
{"id": "T-3", "date": "20140301", "evaluate": false, "text": "France met Germany.", "gold": [{"source": "FRA", "target": "DEU", "code": "040"}]}
`
	plover := `[{"id": "DOC", "text": ""},
 {"id": "P1", "date": "2014-03-01", "event": "PROTEST", "text": "Thousands of protesters marched in Kiev against the government on Sunday.", "source": [{"actorText": "protesters", "code": "UKROPP"}], "target": ""},
 {"id": "P2", "date": "2014-03-01", "event": "DEMAND", "text": "Russia demanded that Ukraine withdraw its troops.", "source": [{"actorText": "Russia", "code": "RUS"}], "target": [{"actorText": "Ukraine", "code": "UKR"}]},
 {"id": "P3", "date": "2014-03-01", "event": "ASSAULT", "text": "The weather was mild.", "source": "", "target": ""}]`
	writeEvalFixture(t, dir, map[string]string{
		"s.jsonl":     suite,
		"wrong.jsonl": strings.Replace(suite, `"code": "111"`, `"code": "040"`, 1),
		"p.json":      plover,
	})
	s, wrong, p := filepath.Join(dir, "s.jsonl"), filepath.Join(dir, "wrong.jsonl"), filepath.Join(dir, "p.json")

	t.Run("petrarch", func(t *testing.T) {
		v, _ := runEvalJSON(t, "eval", "events", "--json", "--lenient", s, wrong)
		if n := len(v.([]any)); n != 2 {
			t.Fatalf("got %d reports; want one per file", n)
		}
		if n := len(evalJSONAt(t, v, "0.by_confidence").([]any)); n != 4 {
			t.Errorf("by_confidence has %d cuts; want 4", n)
		}
		checkEvalJSON(t, v, map[string]any{
			"0.path": s, "0.format": "petrarch",
			"0.petrarch.records": 2, "0.petrarch.gold_triples": 1,
			"0.petrarch.exact": 2, "0.petrarch.exact_rate": 1.0,
			"0.petrarch.tp": 1, "0.petrarch.fp": 0, "0.petrarch.fn": 0,
			"0.petrarch.precision": 1.0, "0.petrarch.recall": 1.0, "0.petrarch.f1": 1.0,
			"0.petrarch.root_f1": 1.0, "0.petrarch.crashes": 0,
			"0.lenient.f1":          1.0,
			"0.by_confidence.0.min": 0.4,
			"0.by_confidence.3.min": 0.7,
			"1.path":                wrong,
			"1.petrarch.exact":      1, "1.petrarch.tp": 0, "1.petrarch.fp": 1, "1.petrarch.fn": 1,
			"1.petrarch.f1": 0.0, "1.petrarch.root_f1": 0.0, "1.lenient.f1": 0.0,
		})
	})
	t.Run("petrarch-errors", func(t *testing.T) {
		v, errs := runEvalJSON(t, "eval", "events", "--json", "--errors", "1", wrong)
		checkEvalJSON(t, v, map[string]any{"0.petrarch.exact": 1})
		if _, ok := v.([]any)[0].(map[string]any)["lenient"]; ok {
			t.Errorf("lenient present without --lenient")
		}
		if !strings.Contains(errs, "T-1") || !strings.Contains(errs, "gold: [RUS UKR 040]") {
			t.Errorf("stderr = %q; want the T-1 disagreement", errs)
		}
	})
	t.Run("plover", func(t *testing.T) {
		v, _ := runEvalJSON(t, "eval", "events", "--json", "--format", "plover", p)
		checkEvalJSON(t, v, map[string]any{
			"0.path": p, "0.format": "plover",
			"0.plover.records": 3, "0.plover.correct": 2, "0.plover.coded": 2,
			"0.plover.accuracy": 2.0 / 3,
			// DEMAND is the old name of REQUEST
			"0.plover.per_type_total.PROTEST": 1, "0.plover.per_type_total.REQUEST": 1, "0.plover.per_type_total.ASSAULT": 1,
			"0.plover.per_type_correct.PROTEST": 1, "0.plover.per_type_correct.REQUEST": 1,
			// a gold type never got right is listed with 0
			"0.plover.per_type_correct.ASSAULT": 0,
		})
		if _, ok := evalJSONAt(t, v, "0").(map[string]any)["petrarch"]; ok {
			t.Errorf("plover report carries a petrarch score")
		}
	})
}
