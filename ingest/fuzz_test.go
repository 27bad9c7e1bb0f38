package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addExamples seeds f with the sample corpus files whose names end in one
// of exts.
func addExamples(f *testing.F, exts ...string) {
	files, _ := filepath.Glob("../examples/*")
	for _, p := range files {
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
}

// checkRead reads data as format and checks the contract: no panic, every
// article has valid UTF-8 text and a source, every problem is a one-line
// *Error naming the input.
func checkRead(t *testing.T, data []byte, format string) {
	err := ReadFrom(context.Background(), "fuzz", bytes.NewReader(data), Options{Format: format, MaxBytes: 1 << 16},
		func(a *Article) error {
			if strings.TrimSpace(a.Raw) == "" || !utf8.ValidString(a.Raw) || a.Source == "" {
				t.Fatalf("bad article: source %q, raw %q", a.Source, a.Raw)
			}
			return nil
		},
		func(err error) {
			var ie *Error
			if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), "ingest: fuzz") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad report %T %q", err, err)
			}
		})
	if err != nil {
		t.Fatalf("ReadFrom = %v", err)
	}
}

func FuzzReadHTML(f *testing.F) {
	addExamples(f, ".html")
	f.Add([]byte("<html><body><p>x"))
	f.Add([]byte("<p>Para</p><p>Two &amp; three</p>"))
	f.Add([]byte(`<meta charset="windows-1252"><p>caf\xe9</p>`))
	f.Add([]byte("<html><body><div><p><b><i></div></html"))
	f.Add([]byte("<html><head><title>U.S. storm kills five | Daily Courier | </title></head><body><h1>U.S. storm kills five</h1><p>A storm killed five people.</p></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, FormatHTML)
	})
}

func FuzzReadFeed(f *testing.F) {
	addExamples(f, ".rss", ".atom", ".json")
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(jsonFeedDoc))
	f.Add([]byte(rssFeed[:len(rssFeed)/2]))
	f.Add([]byte(`<rss><channel><item><title>x</item></channel></rss>`))
	f.Add([]byte(`<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><description>caf\xe9</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"a"},{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, "")
	})
}

func FuzzReadJSONL(f *testing.F) {
	addExamples(f, ".jsonl")
	f.Add([]byte(jsonlDoc))
	f.Add([]byte(`{"text": "one"}` + "\n" + `{"text": "two"` + "\n"))
	f.Add([]byte(`{"html": "<html><body><p>page</p></body></html>", "date": "yesterday"}`))
	f.Add([]byte(`{"text": "caf\xe9"}`))
	f.Add([]byte(`{"id": [1], "text": "x"} {"text": "y"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, FormatJSONL)
	})
}

func FuzzParseText(f *testing.F) {
	for _, tt := range parseTextTests {
		f.Add(tt.in)
	}
	addExamplesString(f, ".txt")
	f.Add("Topic: x\nDate: 2024-02-30\n\nBody.")
	f.Add("Key:\tvalue\n")
	f.Fuzz(func(t *testing.T, s string) {
		a := ParseText(s)
		norm := strings.ReplaceAll(s, "\r\n", "\n")
		if !strings.Contains(norm, a.Raw) {
			t.Fatalf("ParseText(%q).Raw = %q is not part of the input", s, a.Raw)
		}
		if strings.Contains(a.Title, "\n") {
			t.Fatalf("ParseText(%q).Title = %q spans lines", s, a.Title)
		}
		for k, v := range a.Meta {
			if k == "" || v == "" || strings.Contains(k+v, "\n") {
				t.Fatalf("ParseText(%q).Meta has %q: %q", s, k, v)
			}
		}
	})
}

func addExamplesString(f *testing.F, ext string) {
	files, _ := filepath.Glob("../examples/*" + ext)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}
