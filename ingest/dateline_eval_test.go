package ingest

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var (
	tmlText = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	tmlDCT  = regexp.MustCompile(`value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"`)
	tmlTag  = regexp.MustCompile(`<[^>]*>`)
)

// TestDatelineTimeBank runs ParseDateline over the TimeBank and AQUAINT
// articles (wire stories whose datelines mostly carry no date, plus WSJ
// stories without datelines). Whatever date it finds must be the
// article's creation date: a wrong date is worse than none.
func TestDatelineTimeBank(t *testing.T) {
	dir := shareddata.Path(t, "data/eval/timebank-tbaq-cleaned")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	found, wrong := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, dct := tmlText.FindSubmatch(b), tmlDCT.FindSubmatch(b)
		if m == nil || dct == nil {
			continue
		}
		text := strings.TrimSpace(tmlTag.ReplaceAllString(string(m[1]), ""))
		d, _, ok := ParseDateline(text)
		if !ok {
			continue
		}
		found++
		if got := d.Format("2006-01-02"); got != string(dct[1]) {
			wrong++
			t.Errorf("%s: dateline date %s; creation date %s (text %.80q)", filepath.Base(f), got, dct[1], text)
		}
	}
	t.Logf("TimeBank+AQUAINT: %d articles, %d dates found in datelines, %d wrong", len(files), found, wrong)
}

// naf is the part of a MEANTIME NAF file this test reads.
type naf struct {
	Tokens []struct {
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Timex []struct {
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
	} `xml:"Markables>TIMEX3"`
}

// TestDatelineMEANTIME rebuilds the MEANTIME Wikinews articles as plain
// text (headline, date line, body) and checks that the date line under
// the headline gives the creation date.
func TestDatelineMEANTIME(t *testing.T) {
	dir := shareddata.Path(t, "data/eval/meantime-wikinews")
	var files []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".xml") && strings.Contains(p, "intra_cross-doc") {
			files = append(files, p)
		}
		return nil
	})
	total, right := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc naf
		if err := xml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		dct := ""
		for _, x := range doc.Timex {
			if x.Function == "CREATION_TIME" && len(x.Value) >= 10 {
				dct = x.Value[:10]
			}
		}
		if dct == "" || len(doc.Tokens) == 0 {
			continue
		}
		var sb strings.Builder
		prev := 0
		for i, tok := range doc.Tokens {
			switch {
			case i == 0:
			case tok.Sentence != prev && prev < 2:
				sb.WriteString("\n\n")
			default:
				sb.WriteByte(' ')
			}
			prev = tok.Sentence
			sb.WriteString(tok.Text)
		}
		total++
		a := ParseText(sb.String())
		// the date line under the headline dates the article in
		// ParseText, which drops it from the text
		d, ok := a.Date, !a.Date.IsZero()
		if !ok {
			d, _, ok = ParseDateline(a.Raw)
		}
		if ok && d.Format("2006-01-02") == dct {
			right++
		} else {
			t.Logf("%s: got %v %v; want %s (text %.60q)", filepath.Base(f), d.Format("2006-01-02"), ok, dct, a.Raw)
		}
	}
	if total == 0 {
		t.Skip("no MEANTIME articles found")
	}
	t.Logf("MEANTIME: %d/%d article dates found from the header date line", right, total)
	if right*10 < total*9 {
		t.Errorf("only %d of %d dates found", right, total)
	}
}
