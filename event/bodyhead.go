package event

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// bodyHeads maps the closing words of an organisation's name to the
// sector of the body it names: a name the KB does not know ("North Las
// Vegas Police", "Jackson County Sheriff's Office", "Tbilisi City
// Court", "Georgian Interior Ministry") still says what kind of body
// acts. Longer endings are tried first.
var bodyHeads = map[string]string{
	"police":                      "COP",
	"police department":           "COP",
	"police dept.":                "COP",
	"police service":              "COP",
	"police force":                "COP",
	"sheriff's office":            "COP",
	"sheriff's department":        "COP",
	"sheriff's dept.":             "COP",
	"highway patrol":              "COP",
	"state patrol":                "COP",
	"gendarmerie":                 "COP",
	"constabulary":                "COP",
	"court":                       "JUD",
	"tribunal":                    "JUD",
	"prosecutor's office":         "JUD",
	"prosecutors office":          "JUD",
	"prosecutor general's office": "JUD",
	"attorney's office":           "JUD",
	"ministry":                    "GOV",
	"government":                  "GOV",
	"city council":                "GOV",
	"county council":              "GOV",
	"town council":                "GOV",
	"municipal council":           "GOV",
	"county commission":           "GOV",
	"city commission":             "GOV",
	"parliament":                  "LEG",
	"legislature":                 "LEG",
	"state senate":                "LEG",
	"state assembly":              "LEG",
	"national guard":              "MIL",
	"party":                       "PTY",
	"armed forces":                "MIL",
}

// bodySector returns the sector bodyHeads gives the name's last one,
// two or three words, or "".
func bodySector(name string) string {
	if s, ok := asciiBodySector(name); ok {
		return s
	}
	name = strings.ToLower(strings.ReplaceAll(name, "’", "'"))
	words := strings.Fields(name)
	for n := min(3, len(words)); n >= 1; n-- {
		if s, ok := bodyHeads[strings.Join(words[len(words)-n:], " ")]; ok {
			if n == len(words) {
				return "" // "Police", "Court", "City Council": no name before the head; the agent nouns decide
			}
			return s
		}
	}
	return ""
}

// asciiBodySector is bodySector for a name whose last three words are
// ASCII (ok false for another), without allocating: the words are read
// from the end and lowered, joined by spaces, into a buffer on the stack.
func asciiBodySector(name string) (sector string, ok bool) {
	var starts, ends [3]int // the last words, last first
	n := 0                  // how many of them there are
	more := false           // a word before them
	for i := len(name); ; {
		for i > 0 && asciiSpace(name[i-1]) {
			i--
		}
		if i == 0 {
			break
		}
		if n == len(starts) {
			more = true
			break
		}
		ends[n] = i
		for i > 0 && !asciiSpace(name[i-1]) {
			if name[i-1] >= utf8.RuneSelf {
				return "", false // a rune another space may split, "’" to replace, a letter to lower
			}
			i--
		}
		starts[n] = i
		n++
	}
	// the words lowered and joined once: the last k of them are a suffix
	var buf [48]byte
	var from [3]int // where word j starts in joined
	joined := buf[:0]
	for j := n - 1; j >= 0; j-- {
		if j < n-1 {
			joined = append(joined, ' ')
		}
		from[j] = len(joined)
		for _, c := range []byte(name[starts[j]:ends[j]]) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			joined = append(joined, c)
		}
	}
	for k := n; k >= 1; k-- {
		if s, ok := bodyHeads[string(joined[from[k-1]:])]; ok {
			if k == n && !more {
				return "", true // (as bodySector: the head alone)
			}
			return s, true
		}
	}
	return "", true
}

// asciiSpace reports the ASCII bytes unicode.IsSpace reports.
func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// bodyCountry returns the country the first word of a body's name names
// as a demonym or a country's name ("Georgian Interior Ministry": GEO),
// or "".
func (c *Coder) bodyCountry(name string) string {
	if c.kb == nil {
		return ""
	}
	first, _, _ := strings.Cut(name, " ")
	for _, ka := range c.kb.ByName(kb.Fold(first)) {
		if ka.Kind == kb.KindCountry {
			return ka.Country
		}
	}
	return ""
}

// policeTitles are the capitalised titles that make the person named
// right after them a police officer ("Officer Michael Eggers", "Detective
// Ann Ruiz", "Trooper Dan Kell", "Constable Joe Smith").
var policeTitles = []string{"Officer", "Detective", "Trooper", "Patrolman", "Patrolwoman", "Constable"}

// policeTitled reports whether one of the mentions of the person m
// refers to (m itself when it is in no entity) is written right after a
// police title, itself first in its clause or after "Police" ("North Las
// Vegas Police Officer Michael Eggers"; not "Chief Financial Officer
// Jane Doe").
func policeTitled(d *doc.Doc, m *doc.Mention) bool {
	if m.Entity < 0 || m.Entity >= len(d.Entities) {
		return policeTitleBefore(d.Text, m.Span.Start)
	}
	for _, mi := range d.Entities[m.Entity].Mentions {
		if mi >= 0 && mi < len(d.Mentions) && policeTitleBefore(d.Text, d.Mentions[mi].Span.Start) {
			return true
		}
	}
	return false
}

// policeTitleBefore reports a police title written right before offset
// at, with no capitalised word before it other than "Police".
func policeTitleBefore(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	if len(before) == len(text[:at]) {
		return false // no space before the name
	}
	for _, t := range policeTitles {
		if !strings.HasSuffix(before, t) {
			continue
		}
		rest := before[:len(before)-len(t)]
		if rest != "" && rest[len(rest)-1] != ' ' && rest[len(rest)-1] != '\n' && rest[len(rest)-1] != '"' {
			return false // "VolunteerOfficer"
		}
		rest = strings.TrimRight(rest, " ")
		i := strings.LastIndexAny(rest, " \n\"“(—") + 1
		prev := rest[i:]
		if prev == "" || prev == "Police" || prev == "police" {
			return true
		}
		c := prev[0]
		return !(c >= 'A' && c <= 'Z') // a lower-case word or punctuation before the title
	}
	return false
}
