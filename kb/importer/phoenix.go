package importer

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// Phoenix imports a PETRARCH/Phoenix (TABARI) actor dictionary: entry
// lines "NAME_WITH_UNDERSCORES_ [CODE]", "+ALIAS" lines, and indented
// "[CODE start-end]" role lines with dates YYMMDD or YYYYMMDD ("<" until,
// ">" from). name is the file name used for the source and in skipped
// rows. Entries become actors:
//   - a bare country code ("AFGHANISTAN_ [AFG]") extends that country of
//     base (its names join the country's aliases);
//   - entries with dated roles are persons ("phx.<slug>"), each dated code
//     a role in the coarse office "<ISO3>.cameo:<SECTOR>" (IRNGOV →
//     IRN.cameo:GOV), with the "# comment" as title;
//   - IGO/NGO/MNC codes are organisations ("phx.org.<slug>"), other codes
//     armed groups ("phx.group.<slug>").
func Phoenix(r io.Reader, name string, asOf kb.Date, base *kb.KB) (*Records, error) {
	source := "phoenix:" + baseName(name)
	recs := &Records{Sources: []kb.Source{{Name: source, AsOf: asOf, License: "MIT", URL: "https://github.com/openeventdata/petrarch2",
		Note: "PETRARCH/Phoenix actor dictionary, imported by sitrep kb import --format phoenix"}}}
	type entry struct {
		line    int
		name    string
		aliases []string
		codes   []phxCode
	}
	var entries []*entry
	var cur *entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		text := raw
		comment := ""
		if i := strings.IndexByte(text, '#'); i >= 0 {
			comment = strings.TrimSpace(text[i+1:])
			text = text[:i]
		}
		trimmed := strings.TrimSpace(text)
		if trimmed == "" {
			continue
		}
		indented := raw[0] == '\t' || raw[0] == ' '
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur == nil {
				recs.skip(name, line, "alias before any entry")
				continue
			}
			a, codes, err := splitCodes(trimmed[1:], comment)
			if err != nil {
				recs.skip(name, line, "%v", err)
			}
			if a != "" {
				cur.aliases = append(cur.aliases, a)
			}
			cur.codes = append(cur.codes, codes...)
		case indented || strings.HasPrefix(trimmed, "["):
			if cur == nil {
				recs.skip(name, line, "code line before any entry")
				continue
			}
			_, codes, err := splitCodes(trimmed, comment)
			if err != nil {
				recs.skip(name, line, "%v", err)
				continue
			}
			cur.codes = append(cur.codes, codes...)
		default:
			n, codes, err := splitCodes(trimmed, comment)
			if err != nil {
				recs.skip(name, line, "%v", err)
			}
			if n == "" {
				recs.skip(name, line, "entry without a name")
				cur = nil
				continue
			}
			cur = &entry{line: line, name: n, codes: codes}
			entries = append(entries, cur)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	seen := map[string]int{}
	offices := map[string]bool{}
	merged := map[string]int{} // country id → index in recs.Actors
	for _, e := range entries {
		if len(e.codes) == 0 {
			recs.skip(name, e.line, "entry %q has no code", e.name)
			continue
		}
		dated := false
		for _, c := range e.codes {
			if !c.start.IsZero() || !c.end.IsZero() {
				dated = true
			}
		}
		first := e.codes[0].code
		display := displayName(e.name)
		if Slug(display) == "" {
			recs.skip(name, e.line, "entry %q has no letters or digits", e.name)
			continue
		}
		aliases := make([]string, 0, len(e.aliases))
		for _, a := range e.aliases {
			aliases = append(aliases, displayName(a))
		}
		if len(first) == 3 && !dated && len(e.codes) == 1 {
			// a country entry
			var a kb.Actor
			if i, ok := merged[first]; ok {
				recs.Actors[i] = mergeActor(&recs.Actors[i], kb.Actor{Name: display, Aliases: aliases})
				continue
			}
			if b, ok := actorOf(base, first); ok && b.Kind == kb.KindCountry {
				a = mergeActor(b, kb.Actor{Name: display, Aliases: aliases})
			} else {
				a = kb.Actor{ID: first, Kind: kb.KindCountry, Name: display, Aliases: dedupe(display, aliases), CAMEO: first, Source: source}
			}
			merged[first] = len(recs.Actors)
			recs.Actors = append(recs.Actors, a)
			continue
		}
		a := kb.Actor{Name: display, Aliases: dedupe(display, aliases), CAMEO: first, Source: source}
		prefix := "phx."
		switch {
		case dated || strings.Contains(strings.ToLower(e.name), "countryinfo"):
			a.Kind = kb.KindPerson
		case strings.HasPrefix(first, "IGO") || strings.HasPrefix(first, "NGO") || strings.HasPrefix(first, "MNC") || strings.HasPrefix(first, "NGM"):
			a.Kind = kb.KindOrganization
			prefix = "phx.org."
		default:
			a.Kind = kb.KindArmedGroup
			prefix = "phx.group."
		}
		id := prefix + Slug(display)
		if n := seen[id]; n > 0 {
			seen[id]++
			id = fmt.Sprintf("%s-%d", id, n+1)
		} else {
			seen[id] = 1
		}
		a.ID = id
		if len(first) >= 3 && a.Kind != kb.KindOrganization {
			a.Country = first[:3]
		}
		if a.Kind == kb.KindPerson {
			for _, c := range e.codes {
				if len(c.code) < 6 {
					continue
				}
				cty, sector := c.code[:3], c.code[3:6]
				office := kb.OfficeID(cty, "cameo:"+sector)
				if !offices[office] {
					offices[office] = true
					recs.Offices = append(recs.Offices, kb.Office{ID: office, Country: cty, Key: "cameo:" + sector,
						Name: "CAMEO " + c.code[:6] + " (" + sector + " of " + cty + ")", Source: source})
				}
				r := kb.Role{Person: id, Office: office, Title: c.comment, Country: cty, Start: c.start, End: c.end, Source: source}
				r.ID = kb.RoleID(r)
				recs.Roles = append(recs.Roles, r)
			}
		}
		recs.Actors = append(recs.Actors, a)
	}
	sortOffices(recs.Offices)
	// role ids must be unique within the output
	ids := map[string]int{}
	for i := range recs.Roles {
		id := recs.Roles[i].ID
		if n := ids[id]; n > 0 {
			recs.Roles[i].ID = fmt.Sprintf("%s#%d", id, n+1)
		}
		ids[id]++
	}
	return recs, nil
}

type phxCode struct {
	code       string
	start, end kb.Date
	comment    string
}

var (
	codeRE   = regexp.MustCompile(`\[([^\]]*)\]`)
	codeWord = regexp.MustCompile(`^[A-Z0-9]{3,15}$`)
)

// splitCodes splits "NAME_ [CODE 010101-020202] [CODE2]" into the name and
// the codes.
func splitCodes(s, comment string) (string, []phxCode, error) {
	var codes []phxCode
	var firstErr error
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		c, err := parseCode(m[1])
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		c.comment = comment
		codes = append(codes, c)
	}
	name := s
	if i := strings.IndexByte(s, '['); i >= 0 {
		name = s[:i]
	}
	return strings.TrimSpace(name), codes, firstErr
}

func parseCode(s string) (phxCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return phxCode{}, fmt.Errorf("empty code []")
	}
	c := phxCode{code: strings.TrimPrefix(f[0], "~")}
	if !codeWord.MatchString(c.code) {
		return phxCode{}, fmt.Errorf("bad CAMEO code %q in [%s]", f[0], s)
	}
	if len(f) == 1 {
		return c, nil
	}
	d := f[1]
	var err error
	switch {
	case strings.HasPrefix(d, ">"):
		c.start, err = phxDate(d[1:])
	case strings.HasPrefix(d, "<"):
		c.end, err = phxDate(d[1:])
	default:
		a, b, ok := strings.Cut(d, "-")
		if !ok {
			return c, fmt.Errorf("bad date range %q in [%s]", d, s)
		}
		if c.start, err = phxDate(a); err == nil {
			c.end, err = phxDate(b)
		}
		if err == nil && c.end.Last().Compare(c.start.First()) < 0 {
			err = fmt.Errorf("end before start in [%s]", s)
		}
	}
	if err != nil {
		return c, fmt.Errorf("[%s]: %w", s, err)
	}
	return c, nil
}

// phxDate parses YYMMDD (years 00-30 are 20xx, others 19xx) or YYYYMMDD.
func phxDate(s string) (kb.Date, error) {
	if _, err := strconv.Atoi(s); err != nil {
		return kb.Date{}, fmt.Errorf("bad date %q", s)
	}
	switch len(s) {
	case 6:
		y, _ := strconv.Atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		s = strconv.Itoa(y) + s[2:]
	case 8:
	default:
		return kb.Date{}, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	d, err := kb.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:8])
	if err != nil {
		return kb.Date{}, fmt.Errorf("bad date %q", s)
	}
	return d, nil
}

// displayName turns "HOSSEIN_AMIR_ABDOLLAHIAN_" into "Hossein Amir Abdollahian".
func displayName(s string) string {
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) <= 4 && strings.ToUpper(w) == w && strings.ContainsAny(w, ".") {
			continue // U.N., U.S.
		}
		if len(w) <= 5 && strings.ToUpper(w) == w && i == 0 && len(words) == 1 {
			continue // acronyms such as NATO
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	lw := strings.ToLower(w)
	switch lw {
	case "of", "the", "and", "for", "al", "el", "bin", "ibn", "de", "du", "la", "von", "van":
		return lw
	}
	var b strings.Builder
	up := true
	for _, r := range lw {
		if up {
			b.WriteString(strings.ToUpper(string(r)))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == '\''
	}
	return b.String()
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	return p
}

// PhoenixAgents imports a PETRARCH/Phoenix agents dictionary: macro lines
// "!PERSON! = MAN, MEN, …" and entries "NOUN_PHRASE [~CODE]". Every
// macro in a phrase is expanded into aliases. Each phrase becomes an
// agent "agent.<slug>" with its CAMEO role code (without the "~").
func PhoenixAgents(r io.Reader, name string, asOf kb.Date) (*Records, error) {
	source := "phoenix:" + baseName(name)
	recs := &Records{Sources: []kb.Source{{Name: source, AsOf: asOf, License: "MIT", URL: "https://github.com/openeventdata/petrarch2",
		Note: "PETRARCH/Phoenix agents dictionary, imported by sitrep kb import --format phoenix-agents"}}}
	macros := map[string][]string{}
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "!") && strings.Contains(text, "=") {
			k, v, _ := strings.Cut(text, "=")
			var vals []string
			for _, x := range strings.Split(v, ",") {
				if x = strings.TrimSpace(x); x != "" {
					vals = append(vals, x)
				}
			}
			macros[strings.TrimSpace(k)] = vals
			continue
		}
		phrase, codes, err := splitCodes(text, "")
		if err != nil || len(codes) == 0 || phrase == "" {
			if err == nil {
				err = fmt.Errorf("want NOUN_PHRASE [~CODE]")
			}
			recs.skip(name, line, "%v", err)
			continue
		}
		forms := expandMacros(phrase, macros)
		if len(forms) == 0 {
			recs.skip(name, line, "macro in %q has no values", phrase)
			continue
		}
		nice := make([]string, len(forms))
		for i, f := range forms {
			nice[i] = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(f, "_", " ")))
		}
		if Slug(nice[0]) == "" {
			recs.skip(name, line, "agent phrase %q is empty after expanding macros", phrase)
			continue
		}
		id := "agent." + Slug(nice[0])
		if n := seen[id]; n > 0 {
			recs.skip(name, line, "duplicate agent %q (kept the first)", nice[0])
			continue
		}
		seen[id]++
		recs.Agents = append(recs.Agents, kb.Agent{ID: id, Name: nice[0], Aliases: dedupe(nice[0], nice[1:]), CAMEO: codes[0].code, Source: source})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return recs, nil
}

var macroRE = regexp.MustCompile(`![A-Z]+!`)

// expandMacros returns phrase with each !MACRO! replaced by each of its
// values. Macros inside values are expanded up to a depth of 3 and the
// result is capped at 256 forms, so self-referring macros terminate.
func expandMacros(phrase string, macros map[string][]string) []string {
	return expand(phrase, macros, 0)
}

func expand(phrase string, macros map[string][]string, depth int) []string {
	m := macroRE.FindString(phrase)
	if m == "" {
		return []string{phrase}
	}
	vals, ok := macros[m]
	if !ok || depth > 3 {
		return expand(strings.Replace(phrase, m, "", 1), macros, depth)
	}
	var out []string
	for _, v := range vals {
		out = append(out, expand(strings.Replace(phrase, m, v, 1), macros, depth+1)...)
		if len(out) >= 256 {
			return out[:256]
		}
	}
	return out
}
