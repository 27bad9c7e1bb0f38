package event

import (
	"strings"

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
