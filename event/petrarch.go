package event

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/cameo"
)

// This file reads the PETRARCH/TABARI dictionary formats: verb
// dictionaries (CAMEO.verbpatterns, CAMEO.2.0.txt, *.verbs: synonym sets,
// "--- VERB [code] ---" blocks, verb forms and "- pre * post [code]"
// patterns), actor dictionaries (*.actors: phrases with date-restricted
// codes) and agent dictionaries (*.agents: generic nouns with "~GOV"
// suffix or "NGO~" prefix codes and !SUBST! sets).

// An ActorDict is a PETRARCH actor dictionary: phrases → CAMEO actor codes,
// possibly restricted by date.
type ActorDict struct {
	byKey map[string][]*actorEntry
	n     int
	// Skipped lists the code lines that could not be read (bad date
	// restrictions in the public files); the rest of the entry is kept.
	Skipped []string
}

type actorEntry struct {
	words []string // lower case
	stem  bool     // the last word may be followed by more letters
	name  string
	codes []datedCode
}

type datedCode struct {
	code     string
	from, to int // yyyymmdd, 0 = open
}

// Len reports the number of actor phrases.
func (a *ActorDict) Len() int { return a.n }

func actorKey(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

func (a *ActorDict) add(e *actorEntry) {
	if a.byKey == nil {
		a.byKey = map[string][]*actorEntry{}
	}
	k := actorKey(e.words[0])
	a.byKey[k] = append(a.byKey[k], e)
	a.n++
}

// codeAt returns the entry's code valid on date (yyyymmdd, 0 unknown).
func (e *actorEntry) codeAt(date int) string {
	fallback := ""
	for _, c := range e.codes {
		if c.from == 0 && c.to == 0 {
			if fallback == "" {
				fallback = c.code
			}
			continue
		}
		if date == 0 {
			continue
		}
		if (c.from == 0 || date >= c.from) && (c.to == 0 || date < c.to) {
			return c.code
		}
	}
	if fallback == "" && len(e.codes) > 0 && date == 0 {
		return e.codes[len(e.codes)-1].code
	}
	return fallback
}

// find appends the actors of the dictionary found in toks.
func (a *ActorDict) find(toks []tok, date time.Time, out []actor) []actor {
	day := 0
	if !date.IsZero() {
		day = date.Year()*10000 + int(date.Month())*100 + date.Day()
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].punct {
			continue
		}
		var best *actorEntry
		bestN := 0
		for _, e := range a.byKey[actorKey(toks[i].low)] {
			if n := e.matchAt(toks, i); n > bestN {
				best, bestN = e, n
			}
		}
		if best == nil {
			continue
		}
		code := best.codeAt(day)
		if code == "" || code == "---" {
			i += bestN - 1
			continue
		}
		country := code
		if len(country) > 3 {
			country = country[:3]
		}
		out = append(out, actor{t0: i, t1: i + bestN, id: code, name: best.name, code: code, country: country})
		i += bestN - 1
	}
	return out
}

func (e *actorEntry) matchAt(toks []tok, i int) int {
	if i+len(e.words) > len(toks) {
		return 0
	}
	for k, w := range e.words {
		t := toks[i+k].low
		if k == len(e.words)-1 && e.stem {
			if !strings.HasPrefix(t, w) {
				return 0
			}
			continue
		}
		if t != w {
			return 0
		}
	}
	return len(e.words)
}

// phraseWords splits a PETRARCH phrase ("CARAS_GALADHON", "HAMAS WING")
// into lower-case words and reports whether the last one is a stem (no
// trailing underscore).
func phraseWords(p string) ([]string, bool) {
	p = strings.TrimSpace(p)
	stem := !strings.HasSuffix(p, "_")
	p = strings.Trim(p, "_")
	ws := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == '_' || r == ' ' })
	var out []string
	for _, w := range ws {
		// split possessives the way the tokenizer does
		if strings.HasSuffix(w, "'s") && len(w) > 2 {
			out = append(out, w[:len(w)-2], "'s")
			continue
		}
		out = append(out, w)
	}
	// short stems match too much ("ENT" would match "enter")
	if len(out) > 0 && len(out[len(out)-1]) < 5 {
		stem = false
	}
	return out, stem
}

func stripComment(line string) string {
	if i := strings.Index(line, "#"); i >= 0 {
		line = line[:i]
	}
	return strings.TrimRight(line, " \t\r")
}

// parseDate reads PETRARCH dates: yyyymmdd or yymmdd (19yy).
func parseDate(s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad date %q", s)
	}
	switch len(s) {
	case 8:
		return n, nil
	case 6:
		if n/10000 < 30 {
			return 20000000 + n, nil
		}
		return 19000000 + n, nil
	}
	return 0, fmt.Errorf("bad date %q", s)
}

// parseCode reads "[CODE]", "[CODE >date]", "[CODE <date]", "[CODE d1 - d2]".
func parseCode(s string) (datedCode, error) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "[]"))
	f := strings.Fields(s)
	if len(f) == 0 {
		return datedCode{}, fmt.Errorf("empty code")
	}
	dc := datedCode{code: strings.ToUpper(f[0])}
	rest := strings.Join(f[1:], "")
	var err error
	switch {
	case rest == "":
	case rest[0] == '>':
		dc.from, err = parseDate(rest[1:])
	case rest[0] == '<':
		dc.to, err = parseDate(rest[1:])
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return dc, fmt.Errorf("bad date restriction %q", rest)
		}
		if dc.from, err = parseDate(a); err == nil {
			dc.to, err = parseDate(b)
		}
	}
	return dc, err
}

// ReadActors reads a PETRARCH actor dictionary into a (possibly nil)
// ActorDict. name labels errors.
func ReadActors(a *ActorDict, name string, r io.Reader) (*ActorDict, error) {
	if a == nil {
		a = &ActorDict{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var group []*actorEntry // the current primary phrase and its synonyms
	var codes []datedCode
	flush := func() {
		for _, e := range group {
			e.codes = codes
			if len(codes) > 0 && len(e.words) > 0 {
				a.add(e)
			}
		}
		group, codes = nil, nil
	}
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(raw), "<") {
			continue // <!-- comments -->
		}
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		trim := strings.TrimSpace(line)
		switch {
		case trim[0] == '[':
			// an indented code line for the current phrase
			if len(group) == 0 {
				continue
			}
			dc, err := parseCode(trim)
			if err != nil {
				a.Skipped = append(a.Skipped, (&DictError{name, n, err.Error()}).Error())
				continue
			}
			codes = append(codes, dc)
		case trim[0] == '+':
			if len(group) == 0 {
				continue
			}
			phrase, code, _ := strings.Cut(trim[1:], "[")
			ws, stem := phraseWords(phrase)
			if len(ws) > 0 {
				group = append(group, &actorEntry{words: ws, stem: stem, name: strings.TrimSpace(strings.ReplaceAll(strings.Trim(phrase, " _"), "_", " "))})
			}
			if code != "" {
				dc, err := parseCode(code)
				if err != nil {
					a.Skipped = append(a.Skipped, (&DictError{name, n, err.Error()}).Error())
				} else {
					codes = append(codes, dc)
				}
			}
		default:
			flush()
			phrase, rest, hasCode := strings.Cut(trim, "[")
			ws, stem := phraseWords(phrase)
			if len(ws) == 0 {
				continue
			}
			group = []*actorEntry{{words: ws, stem: stem, name: strings.TrimSpace(strings.ReplaceAll(strings.Trim(strings.TrimSpace(phrase), "_"), "_", " "))}}
			for hasCode {
				var c string
				c, rest, _ = strings.Cut(rest, "]")
				dc, err := parseCode(c)
				if err != nil {
					a.Skipped = append(a.Skipped, (&DictError{name, n, err.Error()}).Error())
				} else {
					codes = append(codes, dc)
				}
				_, rest, hasCode = strings.Cut(rest, "[")
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return a, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// ReadAgents reads a PETRARCH agent dictionary into d's agents.
func ReadAgents(d *Dict, name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	subst := map[string][]string{}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(stripComment(sc.Text()))
		if line == "" || line[0] == '<' {
			continue
		}
		if line[0] == '!' {
			if k, v, ok := strings.Cut(line, "="); ok {
				var alts []string
				for _, s := range strings.Split(v, ",") {
					if s = strings.TrimSpace(s); s != "" {
						alts = append(alts, strings.ToLower(s))
					}
				}
				subst[strings.ToLower(strings.TrimSpace(k))] = alts
				continue
			}
		}
		phrase, rest, ok := strings.Cut(line, "[")
		if !ok {
			continue
		}
		code, _, _ := strings.Cut(rest, "]")
		code = strings.ToUpper(strings.TrimSpace(code))
		prefix := strings.HasSuffix(code, "~")
		code = strings.Trim(code, "~ ")
		if code == "" {
			continue
		}
		phrase = strings.TrimSpace(phrase)
		var plurals []string
		explicitPl := false
		if i := strings.Index(phrase, "{"); i >= 0 {
			j := strings.Index(phrase, "}")
			if j < i {
				return &DictError{name, n, "unbalanced { }"}
			}
			explicitPl = true
			plurals = strings.Fields(phrase[i+1 : j])
			phrase = strings.TrimSpace(phrase[:i])
		}
		for _, p := range expandSubst(strings.ToLower(phrase), subst) {
			form := agentPhrase(p)
			if form == "" {
				continue
			}
			if _, dup := d.Agents[form]; !dup {
				d.Agents[form] = Agent{Phrase: form, Code: code, Prefix: prefix}
			}
			if !explicitPl {
				pl := plural(form)
				if i := strings.LastIndexByte(form, ' '); i >= 0 {
					pl = form[:i+1] + plural(form[i+1:])
				}
				if _, dup := d.Agents[pl]; !dup {
					d.Agents[pl] = Agent{Phrase: pl, Code: code, Prefix: prefix}
				}
			}
		}
		for _, p := range plurals {
			form := agentPhrase(strings.ToLower(p))
			if _, dup := d.Agents[form]; !dup && form != "" {
				d.Agents[form] = Agent{Phrase: form, Code: code, Prefix: prefix}
			}
		}
	}
	d.index()
	return sc.Err()
}

func agentPhrase(p string) string {
	return strings.Join(strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' }), " ")
}

func expandSubst(p string, subst map[string][]string) []string {
	i := strings.IndexByte(p, '!')
	if i < 0 {
		return []string{p}
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return []string{p}
	}
	key := p[i : i+j+2]
	alts, ok := subst[key]
	if !ok {
		return []string{strings.ReplaceAll(p, key, "")}
	}
	var out []string
	for _, a := range alts {
		out = append(out, expandSubst(p[:i]+a+p[i+j+2:], subst)...)
	}
	return out
}

// ReadVerbs reads a PETRARCH/TABARI verb dictionary and appends its
// patterns to d.
func ReadVerbs(d *Dict, name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	synsets := map[string][]string{}
	var cur string // current synset name
	var blockCode string
	var forms, written []string
	inBlock := false
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(stripComment(sc.Text()))
		if line == "" {
			cur = ""
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			cur = ""
			inBlock = true
			forms, written = nil, nil
			inner := strings.Trim(line, "- ")
			blockCode = ""
			if i := strings.Index(inner, "["); i >= 0 {
				blockCode, _, _ = strings.Cut(inner[i+1:], "]")
				blockCode = strings.TrimSpace(blockCode)
			}
		case line[0] == '&':
			cur = strings.ToLower(strings.Fields(line)[0])
			synsets[cur] = nil
			inBlock = false
		case line[0] == '+' && cur != "" && !inBlock:
			synsets[cur] = append(synsets[cur], verbFormsOf(line[1:], false)...)
		case line[0] == '-' && inBlock:
			body, code, ok := strings.Cut(line[1:], "[")
			if !ok {
				continue
			}
			code, _, _ = strings.Cut(code, "]")
			p, err := petrarchPattern(strings.TrimSpace(code), body, forms, synsets)
			if err != nil {
				continue // an unusable pattern is skipped, like PETRARCH does
			}
			p.setWritten(written)
			p.Line = n
			d.Patterns = append(d.Patterns, p)
		case inBlock && line[0] != '-':
			// a verb line: VERB {FORMS} or +MULTI_WORD {…}, possibly with
			// its own code: "DOWNPLAY [014]"
			c := strings.TrimSpace(blockCode)
			if i := strings.Index(line, "["); i >= 0 {
				own, _, _ := strings.Cut(line[i+1:], "]")
				c, line = strings.TrimSpace(own), strings.TrimSpace(line[:i])
			}
			vf := verbFormsOf(strings.TrimPrefix(line, "+"), true)
			wf := writtenForms(strings.TrimPrefix(line, "+"))
			forms = append(forms, vf...)
			written = append(written, wf...)
			if c != "" && c != "---" {
				if p, err := petrarchPattern(c, "*", vf, synsets); err == nil {
					p.setWritten(wf)
					p.Line = n
					d.Patterns = append(d.Patterns, p)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d.index()
	return nil
}

// verbFormsOf reads "PERMIT {PERMITS PERMITTED PERMITTING}" (explicit
// forms) or "RESTORE" (regular forms generated).
// writtenForms returns the forms a verb line writes out (the base and any
// {…} forms), without generated inflections.
func writtenForms(s string) []string {
	return verbFormsOf(s, false)
}

func verbFormsOf(s string, generate bool) []string {
	head, rest, hasForms := strings.Cut(s, "{")
	base := agentPhrase(strings.ToLower(strings.TrimSpace(head)))
	if base == "" {
		return nil
	}
	out := []string{base}
	if hasForms {
		list, _, _ := strings.Cut(rest, "}")
		for _, f := range strings.Fields(list) {
			out = append(out, agentPhrase(strings.ToLower(strings.TrimPrefix(f, "+"))))
		}
		return out
	}
	if generate {
		return inflect(base)
	}
	return out
}

// petrarchPattern converts one PETRARCH pattern body ("$ * (TO +)",
// "+ * {PEACE PLAN}") into a Pattern whose trigger is the verb.
func petrarchPattern(code, body string, verb []string, synsets map[string][]string) (*Pattern, error) {
	code, rev, _ := strings.Cut(code, ":")
	code, rev = strings.TrimSpace(code), strings.TrimSpace(rev)
	p := &Pattern{Text: strings.TrimSpace(body), head: -1}
	if rev != "" && rev != "---" && rev != code {
		if _, ok := cameo.Lookup(rev); ok {
			p.Reverse = rev
		}
	} else if rev == code {
		p.Flags |= FlagReciprocal
	}
	if strings.Contains(body, "%") {
		p.Flags |= FlagReciprocal
	}
	if code != "---" {
		digits := strings.TrimRightFunc(code, func(r rune) bool { return r < '0' || r > '9' })
		c, ok := cameo.Lookup(digits)
		if !ok {
			return nil, fmt.Errorf("unknown code %q", code)
		}
		p.Code, p.Plover, p.Mode = digits, c.Plover, c.Mode
	}
	gap := 0
	for _, f := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(body)) {
		switch f {
		case "$", "+", "%", "^", "|":
			continue
		case "*":
			if len(verb) == 0 {
				return nil, fmt.Errorf("no verb")
			}
			p.head = len(p.elems)
			e := elem{words: verb, gap: gap}
			e.prepare()
			p.elems = append(p.elems, e)
			gap = 4
			continue
		}
		f = strings.Trim(f, "$+%^")
		if f == "" {
			continue
		}
		var words []string
		if f[0] == '&' {
			words = synsets[strings.ToLower(f)]
			if len(words) == 0 {
				return nil, fmt.Errorf("unknown synset %s", f)
			}
		} else {
			words = []string{agentPhrase(strings.ToLower(f))}
			if !strings.HasSuffix(f, "_") {
				words = append(words, plural(words[0]))
			}
		}
		e := elem{words: words, gap: gap}
		e.prepare()
		p.elems = append(p.elems, e)
		gap = 3
	}
	if p.head < 0 {
		return nil, fmt.Errorf("no * in pattern")
	}
	// PETRARCH lets words between the subject and the verb vary freely;
	// the elements before the verb may sit up to 4 tokens apart.
	return p, nil
}

// LoadPetrarch reads a directory of PETRARCH dictionaries: every file
// whose name contains "verbs" (or is CAMEO.2.0.txt), "actors" and
// "agents". It returns a Dict whose patterns, actors and agents come only
// from those files.
//
// spec is a directory or a comma-separated list of files. In a directory
// that holds both the validation-suite dictionaries (PETR.Validate.*) and
// production ones (CAMEO.2.0.txt, Phoenix.*), only the production ones
// are read; name the files to choose otherwise.
func LoadPetrarch(spec string) (*Dict, error) {
	var paths []string
	if st, err := os.Stat(spec); err == nil && st.IsDir() {
		ents, err := os.ReadDir(spec)
		if err != nil {
			return nil, fmt.Errorf("petrarch dictionaries: %w", err)
		}
		var validate, other []string
		for _, e := range ents {
			if e.IsDir() {
				continue
			}
			if strings.Contains(strings.ToLower(e.Name()), "validate") {
				validate = append(validate, filepath.Join(spec, e.Name()))
			} else {
				other = append(other, filepath.Join(spec, e.Name()))
			}
		}
		paths = other
		if !hasVerbs(other) {
			paths = validate
		}
	} else {
		paths = strings.Split(spec, ",")
	}
	sort.Strings(paths)
	d := &Dict{Name: "petrarch:" + spec, Agents: map[string]Agent{}}
	var nv, na, ng int
	for _, path := range paths {
		low := strings.ToLower(filepath.Base(path))
		var kind string
		switch {
		case strings.Contains(low, "verb") || strings.HasPrefix(low, "cameo."):
			kind = "verbs"
		case strings.Contains(low, "actor"):
			kind = "actors"
		case strings.Contains(low, "agent"):
			kind = "agents"
		case strings.Contains(low, "discard"):
			kind = "discards"
		default:
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		switch kind {
		case "verbs":
			err = ReadVerbs(d, path, f)
			nv++
		case "actors":
			d.Actors, err = ReadActors(d.Actors, path, f)
			na++
		case "agents":
			err = ReadAgents(d, path, f)
			ng++
		case "discards":
			err = ReadDiscards(d, path, f)
		}
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if nv == 0 {
		return nil, fmt.Errorf("petrarch dictionaries: no verbs file in %s", spec)
	}
	d.index()
	return d, nil
}

func hasVerbs(paths []string) bool {
	for _, p := range paths {
		low := strings.ToLower(filepath.Base(p))
		if strings.Contains(low, "verb") || strings.HasPrefix(low, "cameo.") {
			return true
		}
	}
	return false
}

// ReadDiscards reads a PETRARCH discard list: phrases ("BASEBALL",
// "+World Golf Championships") whose presence means a sentence reports
// sport, weather or entertainment and is not coded. The "+" (story-level)
// marker is treated as sentence level: sitrep codes sentences.
func ReadDiscards(d *Dict, name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(stripComment(sc.Text()))
		if line == "" || line[0] == '<' {
			continue
		}
		ws, _ := phraseWords(strings.TrimPrefix(line, "+"))
		if len(ws) > 0 {
			d.Discards = append(d.Discards, ws)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// discarded reports whether the tokens contain a discard phrase.
func (d *Dict) discarded(toks []tok) bool {
	for _, ph := range d.Discards {
		for i := 0; i+len(ph) <= len(toks); i++ {
			ok := true
			for k, w := range ph {
				if !strings.HasPrefix(toks[i+k].low, w) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}
