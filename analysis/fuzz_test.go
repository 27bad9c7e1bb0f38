package analysis_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
)

// FuzzPipeline runs the whole default pipeline over arbitrary text and
// an arbitrary article date: no stage may panic or fail, and every span
// any stage records must lie inside the normalised text. The stage
// fuzzers each see their own stage's input; this one finds what only a
// later stage trips over, such as a claim that runs past the sentence a
// split after an initial ended ("Guðni Th. Jóhannesson said").
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"Israeli Ambassador Danny Ayalon told reporters last night: \"We will respond,\" he said.",
		"Icelandic President Guðni Th. Jóhannesson said on Monday that talks would resume.",
		"TEHRAN, Iran (AP) — Foreign Minister Hossein Amir Abdollahian met Prime Minister Mohammad Bagher Soltani on Tues.",
		"Relations, severed in 2017, were restored. \"Yes\", allegedly. Mr. X, who \"said\" since late March",
		"\xff\xfe\x00 â€™ “unclosed ‘quote ... (Reuters) - - 1400 hours, Q3, the 1990s, Ramadan",
		"",
	} {
		f.Add(s, int64(1700000000))
	}
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		if !utf8.ValidString(text) {
			return // the readers reject invalid UTF-8 before any stage
		}
		d := &doc.Doc{Source: "fuzz", Format: "txt", Raw: text}
		if unix > -5e9 && unix < 1e10 { // 1811 to 2286: any calendar day news may carry
			d.Date = time.Unix(unix, 0).UTC().Truncate(24 * time.Hour)
		}
		if err := p.Run(d, nil); err != nil {
			t.Fatalf("Run(%q): %v", text, err)
		}
		if err := checkSpans(reflect.ValueOf(d).Elem(), len(d.Text), "Doc"); err != nil {
			t.Fatalf("Run(%q): %v", text, err)
		}
	})
}

var spanType = reflect.TypeFor[doc.Span]()

// checkSpans walks v and reports the first doc.Span that is reversed or
// reaches outside a text of n bytes.
func checkSpans(v reflect.Value, n int, path string) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return checkSpans(v.Elem(), n, path)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := checkSpans(v.Index(i), n, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if v.Type() == spanType {
			s := v.Interface().(doc.Span)
			if s.Start < 0 || s.End < s.Start || s.End > n {
				return fmt.Errorf("%s = %d…%d, outside the text's %d bytes", path, s.Start, s.End, n)
			}
			return nil
		}
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			if err := checkSpans(v.Field(i), n, path+"."+v.Type().Field(i).Name); err != nil {
				return err
			}
		}
	}
	return nil
}
