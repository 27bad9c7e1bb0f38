package timex

import (
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// eveMaxWords bounds the occasion between "the eve of" and its day ("the
// eve of the presidential inauguration on Sunday").
const eveMaxWords = 5

// eveOfDays adds the day before a dated occasion written "the eve of":
//
//   - "on the eve of the inauguration on Sunday" (Sunday 2024-10-20)
//     gains the DATE "the eve of the inauguration", 2024-10-19, before
//     the occasion's own day, which stays;
//   - "on the eve of May 1" becomes one DATE, "the eve of May 1", the
//     day before (2024-04-30).
//
// Only a lower-case "eve" after "the" counts ("Christmas Eve" is a
// holiday of its own), and only a DATE valued "YYYY-MM-DD" names the
// occasion's day; "the eve of the election" with no day written is left
// alone (TimeML marks no expression there). out is in text order and
// stays so; it is returned, changed in place or grown.
func eveOfDays(text string, out []doc.Time) []doc.Time {
	for k := 0; k < len(out); k++ {
		t := &out[k]
		if t.Type != TypeDate || !dayValue(t.Value) || t.Span.Start < 12 {
			continue
		}
		lo := max(0, t.Span.Start-64)
		pre := text[lo:t.Span.Start]
		if !strings.HasSuffix(pre, "eve of ") && !strings.HasSuffix(pre, " on ") {
			continue // (most days: "on Sunday" with no eve before it is cut below)
		}
		if strings.IndexByte(pre, 'v') < 0 {
			continue // (a rare letter, found fast: most windows have none)
		}
		i := strings.Index(pre, "eve of ") - 4
		if i < 0 || pre[i+1] != 'h' || pre[i+2] != 'e' || pre[i+3] != ' ' || pre[i] != 't' && pre[i] != 'T' || i > 0 && isLetter(pre[i-1]) {
			continue // "the eve of", "The eve of"
		}
		d, err := time.Parse("2006-01-02", t.Value)
		if err != nil {
			continue
		}
		eve := fmtDay(d.AddDate(0, 0, -1))
		start := lo + i
		between := pre[i+len("the eve of "):]
		if between == "" {
			// "the eve of May 1": the day before, one expression
			t.Span.Start, t.Text, t.Value = start, text[start:t.Span.End], eve
			continue
		}
		occ, ok := strings.CutSuffix(between, " on ")
		if !ok || !occasionWords(occ) {
			continue
		}
		end := t.Span.Start - len(" on ")
		e := doc.Time{Span: doc.Span{Start: start, End: end}, Text: text[start:end], Type: TypeDate, Value: eve, Anchor: t.Anchor}
		out = append(out, doc.Time{})
		copy(out[k+1:], out[k:])
		out[k] = e
		k++
	}
	return out
}

// occasionWords reports whether s is a short run of words naming an
// occasion ("the inauguration", "the country's general election"): one
// to eveMaxWords words of letters, hyphens and apostrophes (any
// non-ASCII byte counts as a letter: "country’s").
func occasionWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > eveMaxWords || len(s) != len(strings.Join(f, " ")) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLetter(c) && c != ' ' && c != '-' && c != '\'' && c < 0x80 {
			return false
		}
	}
	return true
}
