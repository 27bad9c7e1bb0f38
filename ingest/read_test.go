package ingest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/textnorm"
)

// collect reads one stream and returns its articles and reported errors.
func collect(t testing.TB, name string, data []byte, opts Options) ([]*Article, []error) {
	t.Helper()
	var arts []*Article
	var errs []error
	err := ReadFrom(context.Background(), name, bytes.NewReader(data), opts,
		func(a *Article) error { arts = append(arts, a); return nil },
		func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("ReadFrom(%s) = %v", name, err)
	}
	return arts, errs
}

// collectPaths runs Read over paths.
func collectPaths(t testing.TB, paths []string, opts Options) ([]*Article, []error) {
	t.Helper()
	var arts []*Article
	var errs []error
	err := Read(context.Background(), paths, opts,
		func(a *Article) error { arts = append(arts, a); return nil },
		func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Read(%v) = %v", paths, err)
	}
	return arts, errs
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Test Wire</title>
<item><title>First &amp; foremost</title><link>https://x.test/1</link><dc:creator>Ann Writer</dc:creator>
<pubDate>Tue, 01 Oct 2024 09:40:00 +0900</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>TOKYO, Oct 1, 2024 - Para one.</p><p>Para two &amp; more.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://x.test/2</link>
<description>&lt;p&gt;Only a description.&lt;/p&gt;</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>x</id><updated>2024-07-05T00:00:00Z</updated>
<entry><title>Entry one</title><id>e1</id><link href="https://x.test/a"/><published>2024-07-05T14:30:00+01:00</published>
<author><name>Bo Reporter</name></author><content type="html">&lt;p&gt;LONDON - One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</content></entry>
<entry><title>Entry two</title><id>e2</id><updated>2024-07-06T10:00:00Z</updated><summary>Plain summary text.</summary></entry>
</feed>`

const jsonFeedDoc = `{"version": "https://jsonfeed.org/version/1.1", "title": "JF Wire", "items": [
 {"id": "1", "url": "https://x.test/j1", "title": "J one", "date_published": "2023-09-06T17:00:00+03:00", "content_html": "<p>NAIROBI - A.</p><p>B.</p>"},
 {"id": "2", "title": "J two", "content_text": "Plain text body.\n\nSecond paragraph."}
]}`

const jsonlDoc = `{"id": "a1", "url": "https://x.test/l1", "title": "L one", "date": "2024-10-01", "text": "MEXICO CITY - Body one."}
{"id": 7, "html": "<p>Para <b>bold</b>.</p><p>Next.</p>", "title": "L two"}

{"text": "Topic: World\n\nHeadline Here\n\nBody three."}
`

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		check func(t *testing.T, as []*Article)
	}{
		{"txt", "Topic: World - Middle East\n\nTalks Resume in Geneva\n\nGENEVA, May 3, 2022 - Body text.\n\nMore text.\n", func(t *testing.T, as []*Article) {
			a := as[0]
			if a.Format != FormatText || a.Title != "Talks Resume in Geneva" || a.Meta["Topic"] != "World - Middle East" {
				t.Errorf("got format %q title %q meta %v", a.Format, a.Title, a.Meta)
			}
			if a.Raw != "GENEVA, May 3, 2022 - Body text.\n\nMore text." {
				t.Errorf("Raw = %q", a.Raw)
			}
			if !a.Date.IsZero() {
				t.Errorf("Date = %v; datelines are the dateline stage's job", a.Date)
			}
		}},
		{"html visible date line", `<html><head><title>Lira hits record low</title></head><body><div class="story"><h1>Lira hits record low</h1>
<p class="dateline">Updated: Dec. 16, 2021, 4:35 p.m. ET</p>
<p>ISTANBUL — Turkey's central bank cut its key interest rate on Thursday. The lira fell to a record low against the dollar, and traders said more cuts were likely.</p></div></body></html>`, func(t *testing.T, as []*Article) {
			// the paragraphs the extractor builds itself stay apart, so
			// the dateline stage can read the date line
			a := as[0]
			if !strings.HasPrefix(a.Raw, "Updated: Dec. 16, 2021, 4:35 p.m. ET\n\nISTANBUL") {
				t.Errorf("Raw = %q", a.Raw)
			}
			if d, _, ok := ParseDateline(a.Raw); !ok || !d.Equal(date("2021-12-16")) {
				t.Errorf("dateline date = %v %v; want 2021-12-16", d, ok)
			}
		}},
		{"txt numeric publish line", "Published 04/11/2019\n\nThe army took control of the capital on Thursday.\n", func(t *testing.T, as []*Article) {
			// an ambiguous date line is no headline and stays in the text
			if a := as[0]; a.Title != "" || !strings.HasPrefix(a.Raw, "Published 04/11/2019") {
				t.Errorf("title %q, Raw %q", a.Title, a.Raw)
			}
		}},
		{"txt header date", "Title: A headline\nPublished: 2021-09-14\nAuthor: Jo Smith\n\nBody.", func(t *testing.T, as []*Article) {
			a := as[0]
			if a.Title != "A headline" || !a.Date.Equal(date("2021-09-14")) || a.DateSource != doc.DateFromMetadata || a.Author != "Jo Smith" || a.Raw != "Body." {
				t.Errorf("got %+v", a)
			}
		}},
		{"html", `<!doctype html><html><head><title>Page Title</title>
<meta property="article:published_time" content="2023-04-04T16:05:00+02:00"><meta name="author" content="Cy Author">
<meta property="og:site_name" content="Site Name"></head><body><nav>Home | World</nav><article><h1>Page Title</h1>
<p>BRUSSELS, April 4, 2023 — Finland became the 31st member of NATO on Tuesday, ending decades of military non-alignment.</p>
<p>The flag was raised outside the headquarters as ministers looked on, and officials said the step was historic.</p>
<p>Sweden's bid remained blocked, diplomats said, while talks with Ankara and Budapest continued into the spring.</p></article>
<footer>Copyright</footer></body></html>`, func(t *testing.T, as []*Article) {
			a := as[0]
			if a.Format != FormatHTML || a.Title != "Page Title" || a.Site != "Site Name" || a.Author != "Cy Author" {
				t.Errorf("got format %q title %q site %q author %q", a.Format, a.Title, a.Site, a.Author)
			}
			if !a.Date.Equal(date("2023-04-04")) || a.DateSource != doc.DateFromMetadata {
				t.Errorf("date %v %q", a.Date, a.DateSource)
			}
			if !strings.HasPrefix(a.Raw, "BRUSSELS, April 4, 2023") || !strings.Contains(a.Raw, "\n\nThe flag") || strings.Contains(a.Raw, "Copyright") {
				t.Errorf("Raw = %q", a.Raw)
			}
		}},
		{"rss", rssFeed, func(t *testing.T, as []*Article) {
			if len(as) != 2 {
				t.Fatalf("%d articles; want 2", len(as))
			}
			a := as[0]
			if a.Title != "First & foremost" || a.Source != "https://x.test/1" || a.URL != "https://x.test/1" || a.Site != "Test Wire" || a.Author != "Ann Writer" {
				t.Errorf("item 1: %+v", a)
			}
			if a.Raw != "TOKYO, Oct 1, 2024 - Para one.\n\nPara two & more." {
				t.Errorf("item 1 Raw = %q (want content, not description)", a.Raw)
			}
			if !a.Date.Equal(date("2024-10-01")) || a.DateSource != doc.DateFromFeed {
				t.Errorf("item 1 date %v %q", a.Date, a.DateSource)
			}
			if as[1].Raw != "Only a description." || !as[1].Date.IsZero() {
				t.Errorf("item 2: Raw %q date %v", as[1].Raw, as[1].Date)
			}
		}},
		{"atom", atomFeed, func(t *testing.T, as []*Article) {
			if len(as) != 2 || as[0].Raw != "LONDON - One.\n\nTwo." || as[0].Author != "Bo Reporter" || as[0].Site != "Atom Wire" {
				t.Fatalf("got %d: %+v", len(as), as[0])
			}
			if !as[0].Date.Equal(date("2024-07-05")) || !as[1].Date.Equal(date("2024-07-06")) {
				t.Errorf("dates %v %v", as[0].Date, as[1].Date)
			}
			if as[1].Raw != "Plain summary text." || as[1].Source != "atom#item2" {
				t.Errorf("entry 2: %+v", as[1])
			}
		}},
		{"jsonfeed", jsonFeedDoc, func(t *testing.T, as []*Article) {
			if len(as) != 2 || as[0].Raw != "NAIROBI - A.\n\nB." || as[0].Site != "JF Wire" || !as[0].Date.Equal(date("2023-09-06")) {
				t.Fatalf("got %d: %+v", len(as), as[0])
			}
			if as[1].Raw != "Plain text body.\n\nSecond paragraph." || as[1].Format != FormatJSONFeed {
				t.Errorf("item 2: %+v", as[1])
			}
		}},
		{"jsonl", jsonlDoc, func(t *testing.T, as []*Article) {
			if len(as) != 3 {
				t.Fatalf("%d articles; want 3", len(as))
			}
			if as[0].Source != "https://x.test/l1" || !as[0].Date.Equal(date("2024-10-01")) || as[0].Meta["id"] != "a1" || as[0].Title != "L one" {
				t.Errorf("line 1: %+v", as[0])
			}
			if as[1].Raw != "Para bold.\n\nNext." || as[1].Source != "jsonl#7" {
				t.Errorf("line 2: %+v", as[1])
			}
			if as[2].Title != "Headline Here" || as[2].Meta["Topic"] != "World" || as[2].Raw != "Body three." || as[2].Source != "jsonl:4" {
				t.Errorf("line 4: %+v", as[2])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, errs := collect(t, tt.name, []byte(tt.data), Options{})
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(as) == 0 {
				t.Fatal("no articles")
			}
			tt.check(t, as)
		})
	}
}

func TestReadHTMLDeclaredCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>S\xe3o Paulo</title></head><body><article>" +
		strings.Repeat("<p>Lula visitou S\xe3o Paulo e Bras\xedlia nesta semana, disseram autoridades do governo federal.</p>", 4) +
		"</article></body></html>"
	as, errs := collect(t, "latin1.html", []byte(page), Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("got %d articles, errors %v", len(as), errs)
	}
	if !strings.Contains(as[0].Raw, "São Paulo e Brasília") || as[0].Title != "São Paulo" {
		t.Errorf("Raw = %q, Title = %q; want the latin-1 decoded", as[0].Raw, as[0].Title)
	}
	if as[0].Decoding == "" {
		t.Errorf("Decoding empty; want the charset recorded")
	}
}

func TestReadForcedFormat(t *testing.T) {
	// Markup read as text stays text.
	as, errs := collect(t, "x", []byte("<p>not html</p>\n\nreally"), Options{Format: "txt"})
	if len(errs) > 0 || len(as) != 1 || as[0].Format != FormatText || !strings.Contains(as[0].Title+as[0].Raw, "<p>") {
		t.Fatalf("got %v %v", as, errs)
	}
	// Binary stays refused.
	_, errs = collect(t, "x", []byte("a\x00b"), Options{Format: "txt"})
	if len(errs) != 1 || !errors.Is(errs[0], ErrBinary) {
		t.Fatalf("errors %v; want ErrBinary", errs)
	}
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("Headline\n\nBody text."))
	tests := []struct {
		name     string
		path     func() string
		opts     Options
		articles int    // articles still read
		is       error  // each reported error matches
		msg      string // substring of the one-line message
		line     int
	}{
		{"missing path", func() string { return filepath.Join(dir, "nope.txt") }, Options{}, 0, os.ErrNotExist, "nope.txt: no such file or directory", 0},
		{"empty file", func() string { return writeFile(t, dir, "empty.txt", nil) }, Options{}, 0, ErrEmpty, "empty.txt: empty file", 0},
		{"blank file", func() string { return writeFile(t, dir, "blank.txt", []byte("\n \n")) }, Options{}, 0, ErrEmpty, "empty file", 0},
		{"nul bytes", func() string { return writeFile(t, dir, "x.bin", []byte("abc\x00\x01def")) }, Options{}, 0, ErrBinary, "x.bin: binary file (NUL bytes), skipped", 0},
		{"executable", func() string {
			return writeFile(t, dir, "prog", append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 64)...))
		}, Options{}, 0, ErrBinary, "prog: binary file (ELF executable), skipped", 0},
		{"over the limit", func() string {
			return writeFile(t, dir, "big.txt", bytes.Repeat([]byte("word "), 1000))
		}, Options{MaxBytes: 1024}, 0, ErrTooLarge, "big.txt: too large: over the 1 KB limit", 0},
		{"no sane decoding", func() string {
			return writeFile(t, dir, "garbage.txt", bytes.Repeat([]byte{0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3}, 50))
		}, Options{}, 0, textnorm.ErrNotDecode, "garbage.txt: not decodable as text", 0},
		{"malformed html", func() string {
			return writeFile(t, dir, "bad.html", []byte("<html><body><div><p><b><i></div></html"))
		}, Options{}, 0, ErrNotArticle, "bad.html: not an article", 0},
		{"truncated rss", func() string {
			cut := strings.Index(rssFeed, "<item><title>Second")
			return writeFile(t, dir, "cut.rss", []byte(rssFeed[:cut+30]))
		}, Options{}, 1, nil, "cut.rss:8: feed damaged inside item 2: unexpected EOF (1 item before it was read)", 8},
		{"invalid atom", func() string {
			return writeFile(t, dir, "bad.atom", []byte(strings.Replace(atomFeed, "<title>Entry two</title>", "<title>Entry two</titel>", 1)))
		}, Options{}, 1, nil, "bad.atom:5: feed damaged inside item 2", 5},
		{"truncated json feed", func() string {
			return writeFile(t, dir, "cut.json", []byte(jsonFeedDoc[:strings.Index(jsonFeedDoc, `{"id": "2"`)+12]))
		}, Options{}, 1, nil, "cut.json: JSON Feed damaged: unexpected end", 0},
		{"bad jsonl line", func() string {
			return writeFile(t, dir, "bad.jsonl", []byte(`{"text": "one"}`+"\n"+`{"text": "two"`+"\n"+`{"text": "three"}`+"\n"))
		}, Options{}, 2, nil, "bad.jsonl:2: bad JSON", 2},
		{"jsonl line without text", func() string {
			return writeFile(t, dir, "notext.jsonl", []byte(`{"text": "one"}`+"\n"+`{"title": "two"}`+"\n"))
		}, Options{}, 1, nil, `notext.jsonl:2: record has neither "text" nor "html"`, 2},
		{"jsonl line over the limit", func() string {
			return writeFile(t, dir, "long.jsonl", []byte(`{"text": "one"}`+"\n"+`{"text": "`+strings.Repeat("x", 3000)+`"}`+"\n"+`{"text": "three"}`))
		}, Options{MaxBytes: 1024}, 2, ErrTooLarge, "long.jsonl:2: too large", 2},
		{"dir without articles", func() string {
			d := filepath.Join(dir, "nothing")
			writeFile(t, d, "a.bin", []byte("\x00\x00"))
			writeFile(t, d, "sub/empty.txt", nil)
			writeFile(t, d, ".hidden.txt", []byte("Hidden text."))
			return d
		}, Options{}, 0, ErrNoArticles, "nothing: no articles found in directory", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.path()
			arts, errs := collectPaths(t, []string{p, good}, tt.opts)
			if len(arts) != tt.articles+1 || arts[len(arts)-1].Source != good {
				t.Errorf("read %d articles; want %d and then the good file", len(arts), tt.articles+1)
			}
			if len(errs) != 1 {
				t.Fatalf("reported %d errors %v; want 1", len(errs), errs)
			}
			err := errs[0]
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("error %T %v; want *ingest.Error", err, err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v; want it to match %v", err, tt.is)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.msg) || !strings.HasPrefix(msg, "ingest: ") || strings.Contains(msg, "\n") {
				t.Errorf("message %q; want one line starting \"ingest: \" containing %q", msg, tt.msg)
			}
			if ie.Line != tt.line {
				t.Errorf("Line = %d; want %d", ie.Line, tt.line)
			}
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reads (TestReadFailingReader covers read errors)")
	}
	dir := t.TempDir()
	p := writeFile(t, dir, "secret.txt", []byte("Text."))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs := collectPaths(t, []string{p}, Options{})
	if len(errs) != 1 || !errors.Is(errs[0], os.ErrPermission) || !strings.Contains(errs[0].Error(), "secret.txt: permission denied") {
		t.Fatalf("errors %v; want one permission error naming the file", errs)
	}
}

// failingReader returns some bytes and then an I/O error.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n > 0 {
		n := copy(p, strings.Repeat("x", min(f.n, len(p))))
		f.n -= n
		return n, nil
	}
	return 0, errors.New("input/output error")
}

func TestReadFailingReader(t *testing.T) {
	var errs []error
	err := ReadFrom(context.Background(), "disk.txt", &failingReader{n: 10}, Options{},
		func(a *Article) error { t.Errorf("yielded %+v", a); return nil },
		func(err error) { errs = append(errs, err) })
	if err != nil || len(errs) != 1 || errs[0].Error() != "ingest: disk.txt: input/output error" {
		t.Fatalf("Read = %v, reports %v; want one report naming the input", err, errs)
	}
}

func TestReadUnknownFormat(t *testing.T) {
	err := Read(context.Background(), []string{"x"}, Options{Format: "docx"}, func(*Article) error { return nil }, nil)
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), `"docx"`) {
		t.Fatalf("Read = %v; want ErrUnknownFormat naming docx", err)
	}
}

func TestReadStopsWhenYieldFails(t *testing.T) {
	stop := errors.New("stop here")
	n := 0
	err := ReadFrom(context.Background(), "l.jsonl", strings.NewReader(jsonlDoc), Options{},
		func(*Article) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Fatalf("Read = %v after %d articles; want the yield error after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{"-"}, Options{Stdin: strings.NewReader("Text.")}, func(*Article) error { return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Read with cancelled context = %v", err)
	}
}

func TestReadStdinAndDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/2.txt", []byte("Second\n\nText two."))
	writeFile(t, dir, "a.txt", []byte("First\n\nText one."))
	writeFile(t, dir, "logo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	writeFile(t, dir, "config.json", []byte("{\n \"a\": 1\n}\n"))
	arts, errs := collectPaths(t, []string{dir, "-"}, Options{Stdin: strings.NewReader("From stdin.")})
	if len(errs) > 0 {
		t.Fatalf("errors %v; non-articles in a directory should be skipped quietly", errs)
	}
	var got []string
	for _, a := range arts {
		got = append(got, filepath.Base(a.Source)+"="+a.Raw)
	}
	want := []string{"a.txt=Text one.", "2.txt=Text two.", "-=From stdin."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q; want %q", got, want)
	}
}

// TestReadExamples reads the project's sample corpus: every format is
// there and nothing in it fails.
func TestReadExamples(t *testing.T) {
	arts, errs := collectPaths(t, []string{"../examples"}, Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	formats := map[string]int{}
	for _, a := range arts {
		formats[a.Format]++
		if a.Title == "" || a.Raw == "" {
			t.Errorf("%s: title %q, %d bytes of text", a.Source, a.Title, len(a.Raw))
		}
	}
	if len(arts) < 12 {
		t.Errorf("%d articles; want at least 12", len(arts))
	}
	for _, f := range Formats {
		if formats[f] == 0 {
			t.Errorf("no %s article in examples/", f)
		}
	}
}

func TestArticleDoc(t *testing.T) {
	a := &Article{Source: "s", Format: FormatRSS, Title: "T", Raw: "R", Date: time.Date(2024, 10, 1, 23, 30, 0, 0, time.FixedZone("JST", 9*3600)), DateSource: doc.DateFromFeed, Meta: map[string]string{"k": "v"}, Decoding: "windows-1252"}
	d := a.Doc()
	if d.Raw != "R" || d.Title != "T" || d.Source != "s" || d.Format != FormatRSS || d.Meta["k"] != "v" || d.Encoding != "windows-1252" {
		t.Errorf("Doc() = %+v", d)
	}
	if !d.Date.Equal(date("2024-10-01")) || d.DateSource != doc.DateFromFeed {
		t.Errorf("Doc() date = %v %q; want the day as written, from the feed", d.Date, d.DateSource)
	}
	d.Meta["k"] = "changed"
	if a.Meta["k"] != "v" {
		t.Errorf("Doc shares Meta with the article")
	}
	if d := (&Article{Raw: "x"}).Doc(); d.HasDate() || d.DateSource != "" {
		t.Errorf("undated Doc() = %v %q", d.Date, d.DateSource)
	}
}

var _ io.Reader = (*failingReader)(nil)

// endless is an input that never ends: "word word word …".
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "word "[i%5]
	}
	e.read += int64(len(p))
	return len(p), nil
}

// TestReadEndlessInput: an input larger than the limit is refused after
// reading little more than the limit, so a 2 GB file is never read whole.
func TestReadEndlessInput(t *testing.T) {
	for _, format := range []string{"", FormatText, FormatHTML} {
		in := &endless{}
		var errs []error
		done := make(chan struct{})
		go func() {
			defer close(done)
			ReadFrom(context.Background(), "endless", in, Options{Format: format, MaxBytes: 1 << 20},
				func(*Article) error { return nil }, func(err error) { errs = append(errs, err) })
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("format %q: still reading after %d MB", format, in.read>>20)
		}
		if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
			t.Fatalf("format %q: errors %v; want ErrTooLarge", format, errs)
		}
		if in.read > 2<<20 {
			t.Errorf("format %q: read %d bytes for a 1 MB limit", format, in.read)
		}
	}
}

func TestReadFeedDeclaredEncoding(t *testing.T) {
	feed := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Le fil</title>" +
		"<item><title>Caf\xe9 diplomatique</title><description>Les ministres se sont r\xe9unis \xe0 Gen\xe8ve.</description></item></channel></rss>"
	as, errs := collect(t, "latin1.rss", []byte(feed), Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("got %d articles, errors %v", len(as), errs)
	}
	if as[0].Title != "Café diplomatique" || as[0].Raw != "Les ministres se sont réunis à Genève." || as[0].Site != "Le fil" {
		t.Errorf("got title %q, raw %q, site %q", as[0].Title, as[0].Raw, as[0].Site)
	}
}

func TestReadJSONLNotUTF8(t *testing.T) {
	line := "{\"title\":\"Caf\xe9\",\"text\":\"Les ministres se sont r\xe9unis \xe0 Gen\xe8ve lundi.\"}\n"
	as, errs := collect(t, "latin1.jsonl", []byte(line), Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("got %d articles, errors %v", len(as), errs)
	}
	if as[0].Title != "Café" || as[0].Raw != "Les ministres se sont réunis à Genève lundi." {
		t.Errorf("got title %q raw %q", as[0].Title, as[0].Raw)
	}
	if as[0].Decoding == "" {
		t.Errorf("Decoding empty; want the decoding of the record recorded")
	}
}

func TestReadUTF16(t *testing.T) {
	s := "Headline Here\n\nKYIV, Feb. 24, 2022 — Russia invaded Ukraine."
	var b []byte
	b = append(b, 0xff, 0xfe)
	for _, r := range s {
		if r > 0xffff {
			t.Fatal("test text must stay in the BMP")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	as, errs := collect(t, "utf16.txt", b, Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("got %d articles, errors %v", len(as), errs)
	}
	if as[0].Title != "Headline Here" || as[0].Raw != "KYIV, Feb. 24, 2022 — Russia invaded Ukraine." || as[0].Decoding != "utf-16" {
		t.Errorf("got title %q raw %q decoding %q", as[0].Title, as[0].Raw, as[0].Decoding)
	}
}

// BenchmarkReadExamples reads the example corpus (every format) as
// "sitrep bench" does before timing the pipeline: Read over the files,
// each article turned into its doc.Doc.
func BenchmarkReadExamples(b *testing.B) {
	paths, err := filepath.Glob("../examples/*")
	if err != nil || len(paths) == 0 {
		b.Fatal("no examples", err)
	}
	var size int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		n := 0
		err := Read(context.Background(), paths, Options{}, func(a *Article) error {
			_ = a.Doc()
			n++
			return nil
		}, func(err error) { b.Fatal(err) })
		if err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}
