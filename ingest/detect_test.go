package ingest

import (
	"errors"
	"testing"
)

var detectTests = []struct {
	name string
	in   string
	want string // format, or "" with err
	err  error
}{
	{"plain", "Headline\n\nBEIJING, March 10, 2023 - Text.", FormatText, nil},
	{"plain with header", "Topic: World\n\nText.", FormatText, nil},
	{"bom text", "\xef\xbb\xbfText here.", FormatText, nil},
	{"html doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML, nil},
	{"html lower", "\n  <html lang=en><p>x", FormatHTML, nil},
	{"html fragment", "<p>Just a paragraph.</p>", FormatHTML, nil},
	{"html after comment", "<!-- saved page --><div>x</div>", FormatHTML, nil},
	{"rss", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, FormatRSS, nil},
	{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>`, FormatRSS, nil},
	{"atom", `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`, FormatAtom, nil},
	{"jsonfeed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, FormatJSONFeed, nil},
	{"jsonfeed pretty", "{\n  \"version\": \"https://jsonfeed.org/version/1\",\n  \"items\": []\n}", FormatJSONFeed, nil},
	{"jsonl", `{"text": "a"}` + "\n" + `{"text": "b"}`, FormatJSONL, nil},
	{"jsonl html", `{"html": "<p>a</p>", "id": 3}`, FormatJSONL, nil},
	{"jsonl bad first line", `{"text": "a"` + "\n" + `{"text": "b"}`, FormatJSONL, nil},
	{"json config", "{\n  \"name\": \"x\"\n}", "", ErrNotArticle},
	{"json records without text", `{"name": "x"}` + "\n", "", ErrNotArticle},
	{"json array", `[{"text": "a"}]`, "", ErrNotArticle},
	{"other xml", `<?xml version="1.0"?><svg xmlns="x"></svg>`, "", ErrNotArticle},
	{"empty", "", "", ErrEmpty},
	{"blank", " \n\t\n", "", ErrEmpty},
	{"nul", "text\x00more", "", ErrBinary},
	{"elf", "\x7fELF\x02\x01\x01", "", ErrBinary},
	{"pdf", "%PDF-1.7\n", "", ErrBinary},
	{"png", "\x89PNG\r\n\x1a\n", "", ErrBinary},
	{"csv", "id,name,country\n1,a,IRN\n2,b,\"Korea, South\"\n3,c,FRA\n4,d,DEU\n5,e,ITA\n6,f,ESP\n", "", ErrNotArticle},
	{"tsv", "a\tb\tc\n1\t2\t3\n1\t2\t3\n1\t2\t3\n1\t2\t3\n1\t2\t3\n", "", ErrNotArticle},
	{"prose with commas", "Headline\n\nIran, Iraq, and Syria met, officials said.\nThen, later, more.\nA, b, c.\nA, b.\nX.\nY.\n", FormatText, nil},
	{"controls", "\x01\x02\x03\x04\x05\x06abc", "", ErrBinary},
}

func TestDetect(t *testing.T) {
	for _, tt := range detectTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect([]byte(tt.in))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Detect(%q) error = %v; want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Detect(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestCheckFormat(t *testing.T) {
	for _, ok := range []string{"", "auto", "txt", "text", "html", "rss", "atom", "jsonfeed", "jsonl", "ndjson", "JSONL"} {
		if err := CheckFormat(ok); err != nil {
			t.Errorf("CheckFormat(%q) = %v; want nil", ok, err)
		}
	}
	for _, bad := range []string{"pdf", "xml", "json", "docx"} {
		err := CheckFormat(bad)
		if !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("CheckFormat(%q) = %v; want ErrUnknownFormat", bad, err)
		}
	}
}
