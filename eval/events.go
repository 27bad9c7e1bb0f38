package eval

// This file reads PETRARCH/TABARI validation suites and scores event
// triples (source, target, CAMEO code).

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
)

// A Triple is one coded event: source actor code, target actor code and
// CAMEO event code.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// An EventRecord is one gold sentence of an event-coding suite.
type EventRecord struct {
	ID       string   `json:"id"`
	Category string   `json:"category"`
	Date     string   `json:"date"` // yyyymmdd as in PETRARCH records
	Evaluate bool     `json:"evaluate"`
	Text     string   `json:"text"`
	Gold     []Triple `json:"gold"`
	NoEvents bool     `json:"noevents"`
	Error    any      `json:"error"`
}

// ReadPetrarchJSONL reads the JSON Lines form of a PETRARCH validation
// suite (one record per line with id, date, text, gold triples). Lines
// without an id (environment headers) are skipped.
func ReadPetrarchJSONL(name string, r io.Reader) ([]EventRecord, error) {
	var out []EventRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec EventRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if rec.ID == "" || rec.Text == "" {
			continue
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

var (
	reSentence = regexp.MustCompile(`<Sentence\b([^>]*)>`)
	reAttr     = regexp.MustCompile(`(\w+)="([^"]*)"`)
	reCoding   = regexp.MustCompile(`<EventCoding\b([^>]*)>`)
	reText     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

// ReadPetrarchXML reads a PETRARCH/TABARI records file (<Sentence>,
// <EventCoding>, <Text>) with a tolerant scanner: the public files are
// not well-formed XML (nested comments, <PLEvent {json}> lines).
// Sentences with no <Text> are skipped.
func ReadPetrarchXML(name string, r io.Reader) ([]EventRecord, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	s := string(b)
	locs := reSentence.FindAllStringSubmatchIndex(s, -1)
	var out []EventRecord
	for i, l := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		body := s[l[1]:end]
		if j := strings.Index(body, "</Sentence>"); j >= 0 {
			body = body[:j]
		}
		attrs := attrMap(s[l[2]:l[3]])
		rec := EventRecord{ID: attrs["id"], Category: attrs["category"], Date: attrs["date"], Evaluate: attrs["evaluate"] != "false"}
		m := reText.FindStringSubmatch(body)
		if m == nil {
			continue
		}
		rec.Text = html.UnescapeString(strings.Join(strings.Fields(m[1]), " "))
		for _, c := range reCoding.FindAllStringSubmatch(body, -1) {
			a := attrMap(c[1])
			if a["noevents"] == "true" {
				rec.NoEvents = true
				continue
			}
			if a["error"] != "" {
				rec.Error = a["error"]
				continue
			}
			if a["eventcode"] != "" {
				rec.Gold = append(rec.Gold, Triple{a["sourcecode"], a["targetcode"], a["eventcode"]})
			}
		}
		out = append(out, rec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no <Sentence> records with <Text>", name)
	}
	return out, nil
}

func attrMap(s string) map[string]string {
	m := map[string]string{}
	for _, a := range reAttr.FindAllStringSubmatch(s, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// EventScores are the scores of an event coder on a suite.
type EventScores struct {
	Records     int     `json:"records"`
	Exact       int     `json:"exact"` // records whose predicted triple set equals the gold set
	ExactRate   float64 `json:"exact_rate"`
	TP          int     `json:"tp"`
	FP          int     `json:"fp"`
	FN          int     `json:"fn"`
	P           float64 `json:"precision"`
	R           float64 `json:"recall"`
	F1          float64 `json:"f1"`
	RootP       float64 `json:"root_precision"`
	RootR       float64 `json:"root_recall"`
	RootF1      float64 `json:"root_f1"`
	Crashes     int     `json:"crashes"`
	GoldTriples int     `json:"gold_triples"`
}

// ScoreTriples compares predicted and gold triples record by record.
// Triples are compared as sets per record (duplicates ignored); root
// scores compare the sets of two-digit CAMEO roots.
func ScoreTriples(gold, pred [][]Triple) EventScores {
	var s EventScores
	var rtp, rfp, rfn int
	for i := range gold {
		s.Records++
		g, p := tripleSet(gold[i]), tripleSet(pred[i])
		s.GoldTriples += len(g)
		tp := 0
		for t := range p {
			if g[t] {
				tp++
			}
		}
		s.TP += tp
		s.FP += len(p) - tp
		s.FN += len(g) - tp
		if tp == len(g) && tp == len(p) {
			s.Exact++
		}
		gr, pr := rootSet(gold[i]), rootSet(pred[i])
		for r := range pr {
			if gr[r] {
				rtp++
			} else {
				rfp++
			}
		}
		for r := range gr {
			if !pr[r] {
				rfn++
			}
		}
	}
	s.P, s.R, s.F1 = prf(s.TP, s.FP, s.FN)
	s.RootP, s.RootR, s.RootF1 = prf(rtp, rfp, rfn)
	if s.Records > 0 {
		s.ExactRate = float64(s.Exact) / float64(s.Records)
	}
	return s
}

func tripleSet(ts []Triple) map[Triple]bool {
	m := map[Triple]bool{}
	for _, t := range ts {
		m[Triple{strings.ToUpper(t.Source), strings.ToUpper(t.Target), t.Code}] = true
	}
	return m
}

func rootSet(ts []Triple) map[string]bool {
	m := map[string]bool{}
	for _, t := range ts {
		if len(t.Code) >= 2 {
			m[t.Code[:2]] = true
		}
	}
	return m
}

// SortTriples sorts ts in place for stable output.
func SortTriples(ts []Triple) {
	sort.Slice(ts, func(i, j int) bool { return ts[i].String() < ts[j].String() })
}

// ScoreTriplesLenient is an opt-in view of ScoreTriples for gold coded
// by another coder's conventions; the strict scores stay the headline.
// A predicted triple matches a gold triple when each actor code equals
// it or extends it by whole three-letter chunks (USAGOV ~ USA, PSEGOV ~
// PSE; a leading "---", PETRARCH's unknown country, matches any country
// or none: ---REB ~ REB ~ SYRREB) and the event code equals it or is
// its parent or child (084 ~ 0841; a three-digit "not specified" code
// ending in 0 is the parent of its root: 190 ~ 194, 080 ~ 0874). Each
// gold triple matches at most
// one prediction, and the reverse. Root scores are the strict ones.
func ScoreTriplesLenient(gold, pred [][]Triple) EventScores {
	s := ScoreTriples(gold, pred)
	s.TP, s.FP, s.FN, s.Exact = 0, 0, 0, 0
	for i := range gold {
		var g, p []Triple
		for t := range tripleSet(gold[i]) {
			g = append(g, t)
		}
		for t := range tripleSet(pred[i]) {
			p = append(p, t)
		}
		SortTriples(g)
		SortTriples(p)
		used := make([]bool, len(g))
		tp := 0
		for _, pt := range p {
			for j, gt := range g {
				if !used[j] && lenientMatch(gt, pt) {
					used[j] = true
					tp++
					break
				}
			}
		}
		s.TP += tp
		s.FP += len(p) - tp
		s.FN += len(g) - tp
		if tp == len(g) && tp == len(p) {
			s.Exact++
		}
	}
	s.P, s.R, s.F1 = prf(s.TP, s.FP, s.FN)
	s.ExactRate = 0
	if s.Records > 0 {
		s.ExactRate = float64(s.Exact) / float64(s.Records)
	}
	return s
}

func lenientMatch(g, p Triple) bool {
	gc, pc := unspecified(g.Code), unspecified(p.Code)
	return actorPrefix(g.Source, p.Source) && actorPrefix(g.Target, p.Target) &&
		(strings.HasPrefix(gc, pc) || strings.HasPrefix(pc, gc)) && len(gc) >= 2 && len(pc) >= 2
}

// unspecified strips the "not specified below" zero of a three-digit
// CAMEO code (190 → 19, 080 → 08), so it covers the codes under it.
func unspecified(code string) string {
	if len(code) == 3 && code[2] == '0' {
		return code[:2]
	}
	return code
}

// actorPrefix reports whether CAMEO actor codes a and b agree up to the
// shorter one, in whole three-letter chunks, with "---" for an unknown
// country matching a country or nothing.
func actorPrefix(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false // an unknown actor is no actor
	}
	if strings.HasPrefix(b, "---") {
		a, b = b, a
	}
	if rest, ok := strings.CutPrefix(a, "---"); ok {
		// ---REB ~ REB ~ SYRREB; a bare "---" is any actor
		return rest == "" || b == rest || len(b) > 3 && b[3:] == rest
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short)%3 == 0 && strings.HasPrefix(long, short)
}
