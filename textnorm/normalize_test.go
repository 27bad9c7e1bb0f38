package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"golang.org/x/text/unicode/norm"
)

// mojibake returns s as it reads when its UTF-8 bytes are taken for
// windows-1252.
func mojibake(s string) string { return decode1252([]byte(s)) }

var normalizeTests = []struct {
	name, in, want string
	repairs        int
}{
	{"plain", "Iran and Israel held talks.", "Iran and Israel held talks.", 0},
	{"apostrophe", "either countryâ€™ endangerment", "either country’ endangerment", 1},
	{"turkish", "President ErdoÄŸan said", "President Erdoğan said", 1},
	{"double", "President " + mojibake(mojibake("Erdoğan")) + " said", "President Erdoğan said", 1},
	{"french accents", "le cafÃ© est fermÃ©", "le café est fermé", 2},
	{"em dash", "Tehran â€” the capital", "Tehran — the capital", 1},
	{"euro", "cost â‚¬5", "cost €5", 1},
	{"legit portuguese", "SÃO PAULO, capital do Estado", "SÃO PAULO, capital do Estado", 0},
	{"legit french", "à l'âge de 20 ans, Ça va", "à l'âge de 20 ans, Ça va", 0},
	{"legit german ellipsis", "groß… und weiter", "groß… und weiter", 0},
	{"legit curly", "“Our priority,” he said. It’s clear.", "“Our priority,” he said. It’s clear.", 0},
	{"nbsp", "10\u00a0km and\u2009thin", "10 km and thin", 0},
	{"crlf", "a\r\nb\rc", "a\nb\nc", 0},
	{"control", "a\x01b\x7fc", "abc", 2},
	{"zero width", "Tehr\u200ban\ufeff", "Tehran", 0},
	{"nfc", "Erdog\u0306an", "Erdoğan", 0},
	{"arabic", "قال الوزير", "قال الوزير", 0},
	{"mojibake arabic", mojibake("قال"), "قال", 1},
	{"curly quote at end", "he said\u201d", "he said\u201d", 0},
	{"mojibake inside curly quotes", "\u201ccaf\u00c3\u00a9\u201d", "\u201ccaf\u00e9\u201d", 1},
	{"mojibake at end", "caf\u00c3\u00a9", "caf\u00e9", 1},
	{"controls between runs", "a\tb\nc\x00d\r\n\x7f", "a\tb\ncd\n", 2},
	{"two legit accents", "\u00e9\u00e9", "\u00e9\u00e9", 0},
	{"two mojibake letters", "x\u00c3\u00a9\u00c3\u00a9y", "x\u00e9\u00e9y", 1},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, reps := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
			}
			if len(reps) != tt.repairs {
				t.Errorf("Normalize(%q): %d repairs %+v; want %d", tt.in, len(reps), reps, tt.repairs)
			}
			for _, r := range reps {
				if got[r.Span.Start:r.Span.End] != r.After {
					t.Errorf("repair span %v covers %q; want %q", r.Span, got[r.Span.Start:r.Span.End], r.After)
				}
			}
		})
	}
}

func TestNormalizeRepairRecord(t *testing.T) {
	got, reps := Normalize("either countryâ€™ endangerment")
	if len(reps) != 1 {
		t.Fatalf("repairs = %v", reps)
	}
	r := reps[0]
	if r.Kind != RepairMojibake || r.Before != "â€™" || r.After != "’" || got[r.Span.Start:r.Span.End] != "’" {
		t.Errorf("repair = %+v", r)
	}
}

func TestStage(t *testing.T) {
	d := &doc.Doc{Raw: "caf\u00e9\u00a0x", Encoding: EncWindows1252}
	if err := NewStage().Process(d); err != nil {
		t.Fatal(err)
	}
	if d.Text != "café x" || !d.Has(doc.LayerText) || !d.Has(doc.LayerRepairs) {
		t.Fatalf("Text = %q", d.Text)
	}
	if len(d.Repairs) != 1 || d.Repairs[0].Kind != RepairDecode {
		t.Errorf("Repairs = %+v; want one decode repair", d.Repairs)
	}
}

var decodeTests = []struct {
	name    string
	in      []byte
	want    string
	enc     string
	wantErr error
}{
	{"utf8", []byte("Erdoğan"), "Erdoğan", EncUTF8, nil},
	{"bom", []byte("\xEF\xBB\xBFhello"), "hello", EncUTF8, nil},
	{"cp1252", []byte("caf\xe9 \x93quoted\x94"), "café “quoted”", EncWindows1252, nil},
	{"mixed", []byte("Erdoğan and Beyoğlu and caf\xe9"), "Erdoğan and Beyoğlu and café", EncUTF8Mixed, nil},
	{"utf16le", []byte("\xFF\xFEh\x00i\x00"), "hi", EncUTF16, nil},
	{"empty", []byte(""), "", "", ErrEmpty},
	{"spaces", []byte(" \n\t "), "", "", ErrEmpty},
	{"nul", []byte("abc\x00def"), "", "", ErrBinary},
	{"elf", []byte("\x7fELF\x02\x01\x01rest of it"), "", "", ErrBinary},
	{"gzip", []byte("\x1f\x8b\x08\x00abc"), "", "", ErrBinary},
	{"garbage", []byte("\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d\x81\x8d"), "", "", ErrNotDecode},
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if err != tt.wantErr {
				t.Fatalf("Decode(%q) error = %v; want %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("Decode(%q) = %q, %q; want %q, %q", tt.in, got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestDecodeCharset(t *testing.T) {
	got, enc, err := DecodeCharset([]byte("\xc7\xe1"), "windows-1256")
	if err != nil || got != "ال" || enc != "windows-1256" {
		t.Errorf("DecodeCharset = %q, %q, %v", got, enc, err)
	}
	got, _, err = DecodeCharset([]byte("plain"), "no-such-charset")
	if err != nil || got != "plain" {
		t.Errorf("unknown charset fallback = %q, %v", got, err)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, reps := Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Normalize(%q) produced invalid UTF-8 %q", s, got)
		}
		for _, r := range reps {
			if r.Span.Start < 0 || r.Span.End > len(got) || r.Span.Start > r.Span.End {
				t.Fatalf("bad repair span %v for text of %d bytes", r.Span, len(got))
			}
			if got[r.Span.Start:r.Span.End] != r.After {
				t.Fatalf("repair span %v covers %q; want %q", r.Span, got[r.Span.Start:r.Span.End], r.After)
			}
		}
		if strings.ContainsAny(got, "\r\x00") {
			t.Fatalf("Normalize(%q) kept CR or NUL: %q", s, got)
		}
		again, _ := Normalize(got)
		_ = again
	})
}

func FuzzDecode(f *testing.F) {
	for _, tt := range decodeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Decode(b)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("Decode(%q) = invalid UTF-8 %q", b, s)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	text := strings.Repeat("In a move that has reverberated through diplomatic circles, Israel and Iran’s envoys met — again — in Oman. “We will not back down,” he said.\n\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text)
	}
}

// prefixTests are texts for keptPrefix and isNFC: ASCII runs longer and
// shorter than a step of eight bytes, with the bytes that end a kept run
// (controls, DEL, non-ASCII) and the kept ones ('\n', '\t') at every
// position of a step, and characters that compose with the ASCII before
// them.
var prefixTests = []string{
	"", "a", "abcdefgh", "abcdefghi", "abcdefg\x7f", "abcdefgh\x7f", "\x1fabcdefgh", "abc\x00defgh",
	"abcdefgh\nijklmnop\tq", "abcdefghijklmno\x80", "~~~~~~~~ ~~~~~~~\x7f", "        \x1f",
	"caf\u00e9 and more text", "cafe\u0301 and more text", "a long ASCII run then e\u0301", "x=\u0338y",
	"\u0301 leading mark", "Hangul \u1100\u1161 jamo", "\u00c5\u030a\u00e9", "bad \xff byte", "\xe2\x80 cut",
	"text\r\nwith CRLF and \u201ccurly\u201d quotes", "\u1e0b\u0323 reordered", "plain ascii words only.....",
}

func TestKeptPrefix(t *testing.T) {
	for _, s := range prefixTests {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && keptASCII[s[want]] {
				want++
			}
			if got := keptPrefix(s, i); got != want {
				t.Errorf("keptPrefix(%q, %d) = %d; want %d", s, i, got, want)
			}
		}
	}
}

// TestKeptPrefixEveryByte checks keptPrefix with every byte at every
// place of two steps of eight, among neighbours at the edges of the
// kept range (' ', '~', '\n'), whose borrows and carries the step's
// test must not let hide a byte that ends the run.
func TestKeptPrefixEveryByte(t *testing.T) {
	for _, fill := range []byte{'a', ' ', '~', '\n', '!'} {
		for p := range 16 {
			for c := range 256 {
				b := make([]byte, 17)
				for k := range b {
					b[k] = fill
				}
				b[p] = byte(c)
				s := string(b)
				want := 0
				for want < len(s) && keptASCII[s[want]] {
					want++
				}
				if got := keptPrefix(s, 0); got != want {
					t.Fatalf("keptPrefix(%q, 0) = %d; want %d", s, got, want)
				}
			}
		}
	}
}

func TestIsNFC(t *testing.T) {
	for _, s := range prefixTests {
		p := 0
		for p < len(s) && s[p] < utf8.RuneSelf {
			p++
		}
		if got, want := isNFC(s, p), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%q, %d) = %v; want %v", s, p, got, want)
		}
	}
}

// FuzzPrefix checks keptPrefix against a byte-at-a-time scan and isNFC
// against norm.NFC.IsNormalString on any text.
func FuzzPrefix(f *testing.F) {
	for _, s := range prefixTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := 0
		for want < len(s) && keptASCII[s[want]] {
			want++
		}
		if got := keptPrefix(s, 0); got != want {
			t.Fatalf("keptPrefix(%q, 0) = %d; want %d", s, got, want)
		}
		if got, want := isNFC(s, want), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFC(%q) = %v; want %v", s, got, want)
		}
	})
}
