// Package textnorm turns article bytes into clean, normalised UTF-8 text:
// it decodes undeclared encodings, repairs mojibake (UTF-8 that was read
// as windows-1252 or latin-1, possibly twice), applies Unicode NFC, turns
// odd spaces into plain ones and removes control characters. Every repair
// that changes what a reader sees is recorded with its span.
package textnorm

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Encodings Decode reports.
const (
	EncUTF8        = "utf-8"
	EncUTF8Mixed   = "utf-8+windows-1252" // UTF-8 with stray windows-1252 bytes
	EncWindows1252 = "windows-1252"
	EncUTF16       = "utf-16"
)

// Errors Decode returns; wrap-tested with errors.Is.
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary data, not text")
	ErrNotDecode = errors.New("not decodable as text (invalid UTF-8 and no sane single-byte decoding)")
)

// Decode turns undeclared input bytes into a UTF-8 string. It strips a
// byte-order mark, decodes UTF-16 when a BOM says so, accepts valid UTF-8,
// decodes UTF-8 with a few stray single bytes by reading those bytes as
// windows-1252, and otherwise reads the whole input as windows-1252.
// It returns the encoding it used, or an error for empty, binary (NUL
// bytes, executables) or undecodable input.
func Decode(b []byte) (text string, enc string, err error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(b)
		return s, EncUTF16, err
	}
	if isBinary(b) {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), EncUTF8, nil
	}
	// Mostly UTF-8 with a few stray bytes: keep the UTF-8, read the
	// strays as windows-1252.
	valid, invalid, multi := 0, 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
			if n > 1 {
				multi++
			}
		}
		i += n
	}
	if multi > 0 && invalid <= 2*multi {
		var sb bytes.Buffer
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				sb.WriteRune(cp1252Rune(b[i]))
			} else {
				sb.Write(b[i : i+n])
			}
			i += n
		}
		return sb.String(), EncUTF8Mixed, nil
	}
	s := decode1252(b)
	if !sane(s) {
		return "", "", ErrNotDecode
	}
	return s, EncWindows1252, nil
}

// DecodeCharset decodes b with a declared charset (an HTML or HTTP label
// such as "iso-8859-1", "windows-1256", "shift_jis"). An unknown label or
// "utf-8" falls back to Decode.
func DecodeCharset(b []byte, charset string) (string, string, error) {
	if charset == "" {
		return Decode(b)
	}
	e, err := htmlindex.Get(charset)
	if err != nil {
		return Decode(b)
	}
	name, _ := htmlindex.Name(e)
	if name == "utf-8" {
		return Decode(b)
	}
	if isBinary(b) {
		return "", "", ErrBinary
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("decoding as %s: %w", charset, err)
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", "", ErrEmpty
	}
	return string(out), name, nil
}

// isBinary reports whether b looks like binary data: a NUL byte or a
// known executable/archive signature in the first 8 KiB, or many control
// bytes.
func isBinary(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	for _, sig := range [][]byte{{0x7F, 'E', 'L', 'F'}, []byte("MZ\x90"), []byte("PK\x03\x04"), []byte("%PDF-"), {0x1F, 0x8B}, []byte("\x89PNG"), []byte("GIF8"), {0xFF, 0xD8, 0xFF}} {
		if bytes.HasPrefix(b, sig) {
			return true
		}
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head) // more than 5% control bytes
}

// sane reports whether s reads like text: some letters, and few C0/C1
// control or replacement characters (what undefined or random bytes
// decode to).
func sane(s string) bool {
	letters, bad, total := 0, 0, 0
	for _, r := range s {
		total++
		switch {
		case r == utf8.RuneError, r >= 0x80 && r < 0xA0:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t':
			bad++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && bad*10 <= total
}

func decodeUTF16(b []byte) (string, error) {
	if len(b)%2 != 0 {
		b = b[:len(b)-1]
	}
	little := b[0] == 0xFF
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i+1 < len(b); i += 2 {
		if little {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		} else {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
	}
	s := string(utf16.Decode(u))
	if len(bytes.TrimSpace([]byte(s))) == 0 {
		return "", ErrEmpty
	}
	if !sane(s) && !utf8.ValidString(s) {
		return "", ErrNotDecode
	}
	return s, nil
}

// cp1252Rune returns the character windows-1252 assigns to byte c; the
// five bytes it leaves undefined map to the latin-1 C1 control of the
// same value.
func cp1252Rune(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError {
		return rune(c)
	}
	return r
}

func decode1252(b []byte) string {
	var sb bytes.Buffer
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cp1252Rune(c))
		}
	}
	return sb.String()
}
