package topic

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// A credit is what the source a story is credited to says about it: a
// national news agency files from and for its country (AFP from France,
// Xinhua from China), so for readers elsewhere its copy is foreign news;
// a specialist wire (a sports ticker, a markets or a computer-trade news
// service) files only its section. Global agencies (Reuters, AP,
// Bloomberg) file everything for everyone and say nothing.
type credit struct {
	country string // ISO3 of a national agency
	theme   string // the theme of a specialist wire
}

// credits are news sources by their lower-case name as credited, after
// a dateline ("BAGHDAD (Reuters) -"), at the end of a headline ("...
// (AFP)") or before the lead ("Canadian Press - ").
var credits = map[string]credit{
	// National news agencies.
	"afp": {country: "FRA"}, "agence france-presse": {country: "FRA"}, "agence france presse": {country: "FRA"},
	"canadian press": {country: "CAN"}, "cp": {country: "CAN"},
	"xinhua": {country: "CHN"}, "xinhuanet": {country: "CHN"}, "xinhaunet": {country: "CHN"},
	"kyodo": {country: "JPN"}, "kyodo news": {country: "JPN"}, "jiji": {country: "JPN"}, "jiji press": {country: "JPN"},
	"yonhap": {country: "KOR"}, "kcna": {country: "PRK"}, "antara": {country: "IDN"}, "bernama": {country: "MYS"},
	"pna": {country: "PHL"}, "vna": {country: "VNM"}, "cna": {country: "TWN"}, "pti": {country: "IND"},
	"ians": {country: "IND"}, "app": {country: "PAK"}, "aap": {country: "AUS"}, "nzpa": {country: "NZL"},
	"itar-tass": {country: "RUS"}, "tass": {country: "RUS"}, "ria novosti": {country: "RUS"}, "interfax": {country: "RUS"},
	"dpa": {country: "DEU"}, "ansa": {country: "ITA"}, "efe": {country: "ESP"}, "lusa": {country: "PRT"},
	"anp": {country: "NLD"}, "belga": {country: "BEL"}, "apa": {country: "AUT"}, "ctk": {country: "CZE"},
	"pap": {country: "POL"}, "mti": {country: "HUN"}, "ukrinform": {country: "UKR"}, "anadolu": {country: "TUR"},
	"anatolia": {country: "TUR"}, "irna": {country: "IRN"}, "isna": {country: "IRN"}, "mena": {country: "EGY"},
	"petra": {country: "JOR"}, "sana": {country: "SYR"}, "wafa": {country: "PSE"}, "kuna": {country: "KWT"},
	"spa": {country: "SAU"}, "wam": {country: "ARE"}, "qna": {country: "QAT"},
	"aps": {country: "DZA"}, "sapa": {country: "ZAF"}, "pana": {country: "SEN"},
	"press association": {country: "GBR"},
	// Specialist wires.
	"sports network": {theme: "sports"}, "ticker": {theme: "sports"}, "sportsticker": {theme: "sports"},
	"sportsline": {theme: "sports"}, "sportsline.com": {theme: "sports"},
	"cbs.mw": {theme: "economy"}, "marketwatch": {theme: "economy"}, "motley fool": {theme: "economy"},
	"the motley fool": {theme: "economy"}, "forbes.com": {theme: "economy"}, "dow jones": {theme: "economy"},
	"newsfactor": {theme: "technology"}, "idg news service": {theme: "technology"}, "pc world": {theme: "technology"},
	"infoworld": {theme: "technology"}, "computerworld": {theme: "technology"}, "maccentral": {theme: "technology"},
	"macworld": {theme: "technology"}, "techweb": {theme: "technology"}, "zdnet": {theme: "technology"},
	"cnet": {theme: "technology"}, "eweek": {theme: "technology"}, "ziff davis": {theme: "technology"},
	"space.com": {theme: "technology"}, "newswise": {theme: "technology"}, "siliconvalley.com": {theme: "technology"},
}

// creditsWindow is how far into the lead a credit may be.
const creditsWindow = 120

// creditsOf calls f once with each distinct credit of d: the
// parenthesised sources of the headline and the start of the lead
// ("(AFP)", "BAGHDAD (Reuters) -") and a source before the lead ("AFP - ",
// "Canadian Press - ").
func creditsOf(d *doc.Doc, f func(credit)) {
	var seen []credit
	once := func(c credit) {
		for _, s := range seen {
			if s == c {
				return
			}
		}
		seen = append(seen, c)
		f(c)
	}
	for i, p := range d.Paragraphs {
		if i >= 2 {
			break
		}
		text := d.Text[p.Start:p.End]
		if i > 0 || len(d.Paragraphs) < 2 {
			// a lead: only its start
			if c, ok := leadCredit(text); ok {
				once(c)
			}
			if len(text) > creditsWindow {
				text = text[:creditsWindow]
			}
		}
		for {
			open := strings.IndexByte(text, '(')
			if open < 0 {
				break
			}
			end := strings.IndexByte(text[open:], ')')
			if end < 0 {
				break
			}
			if c, ok := credits[strings.ToLower(strings.TrimSpace(text[open+1:open+end]))]; ok {
				once(c)
			}
			text = text[open+end+1:]
		}
	}
}

// maxCredit is the most bytes of a lead's credit (see leadCredit).
const maxCredit = 40

// leadCredit returns the credit that opens a lead: a source of at most
// four words before " - " or ": " ("AFP - ", "Canadian Press - ").
func leadCredit(text string) (credit, bool) {
	// Only a separator starting within the first maxCredit bytes
	// counts, and the earliest of the two decides: each is looked for
	// in the head of the text that holds such a start, not in the
	// whole text.
	i := strings.Index(text[:min(len(text), maxCredit+len(" - "))], " - ")
	if j := strings.Index(text[:min(len(text), maxCredit+len(": "))], ": "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > maxCredit {
		return credit{}, false
	}
	name := text[:i]
	if strings.Count(name, " ") > 3 {
		return credit{}, false
	}
	c, ok := credits[strings.ToLower(name)]
	return c, ok
}
