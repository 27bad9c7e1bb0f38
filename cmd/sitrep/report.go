package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
)

// reportWidth is the column the report wraps text at.
const reportWidth = 100

// ANSI styles; a report without colour uses none of them.
const (
	styBold   = "\x1b[1m"
	styDim    = "\x1b[2m"
	styUnder  = "\x1b[4m"
	styRed    = "\x1b[31m"
	styGreen  = "\x1b[32m"
	styYellow = "\x1b[33m"
	styBlue   = "\x1b[34m"
	styCyan   = "\x1b[36m"
	styReset  = "\x1b[0m"
)

// A reporter writes the human-readable report of one analysis.
type reporter struct {
	w     *bufio.Writer
	color bool
	d     *doc.Doc
}

func (r *reporter) style(sty, s string) string {
	if !r.color || s == "" {
		return s
	}
	return sty + s + styReset
}

func (r *reporter) printf(format string, a ...any) { fmt.Fprintf(r.w, format, a...) }

// heading starts a section: "QUOTES (3)".
func (r *reporter) heading(name string, n int) {
	r.printf("\n%s\n", r.style(styBold, fmt.Sprintf("%s (%d)", name, n)))
}

// field prints one "label  value" line of the header.
func (r *reporter) field(label, value string) {
	if value == "" {
		return
	}
	r.printf("%s %s\n", r.style(styDim, fmt.Sprintf("%-9s", label)), value)
}

// writeReport writes the readable report of d: title, date and its
// source, metadata and repairs, then the sections the analysis stages
// filled — findings first, then quotes, events, entities, times, places and
// topics, each only when non-empty — and finally the text with sentence
// numbers. With color, ANSI colours mark verdicts and highlight quotes
// and mentions in the text.
func writeReport(w io.Writer, d *doc.Doc, color bool) error {
	r := &reporter{w: bufio.NewWriter(w), color: color, d: d}
	title := d.Title
	if title == "" {
		title = "(untitled)"
	}
	rule := strings.Repeat("═", min(reportWidth, max(20, utf8.RuneCountInString(title)+4)))
	r.printf("%s\n%s\n%s\n", r.style(styBlue, rule), r.style(styBold, title), r.style(styBlue, rule))
	src := d.Source
	if d.Format != "" {
		src += "  (" + d.Format + ")"
	}
	r.field("source", src)
	if d.URL != "" && d.URL != d.Source {
		r.field("url", d.URL)
	}
	r.field("site", d.Site)
	r.field("author", d.Author)
	if d.HasDate() {
		r.field("date", d.Date.Format("Monday, 2 January 2006")+r.style(styDim, "  (from "+dateSourceWords(d.DateSource)+")"))
	} else {
		r.field("date", r.style(styYellow, "unknown")+r.style(styDim, "  (no dateline, metadata or --date)"))
	}
	if dw := d.DateWindow; dw != nil && (dw.From != "" || dw.To != "") {
		win := windowWords(dw.From, dw.To)
		switch day := d.Date.Format("2006-01-02"); {
		case d.HasDate() && (dw.From != "" && day < dw.From || dw.To != "" && day > dw.To):
			// one claim, or all, contradicted at a dated article's date
			win += r.style(styRed, "  (the role claims fit this period, not the article's date)")
		case !dw.Consistent:
			win += r.style(styRed, "  (role claims disagree: no date fits them all)")
		}
		r.field("window", win)
	}
	r.field("id", d.ID)
	if len(d.Meta) > 0 {
		keys := make([]string, 0, len(d.Meta))
		for k := range d.Meta {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, k := range keys {
			label := ""
			if i == 0 {
				label = "meta"
			}
			r.printf("%s %s: %s\n", r.style(styDim, fmt.Sprintf("%-9s", label)), k, d.Meta[k])
		}
	}
	for i, rp := range d.Repairs {
		label := ""
		if i == 0 {
			label = "repairs"
		}
		var what string
		if rp.Kind == "decode" {
			what = fmt.Sprintf("decoded from %s", rp.Before)
		} else {
			what = fmt.Sprintf("%s %q → %q at %d–%d", rp.Kind, rp.Before, rp.After, rp.Span.Start, rp.Span.End)
		}
		r.printf("%s %s\n", r.style(styDim, fmt.Sprintf("%-9s", label)), what)
	}
	for i, wn := range d.Warnings {
		label := ""
		if i == 0 {
			label = "warnings"
		}
		r.printf("%s %s\n", r.style(styDim, fmt.Sprintf("%-9s", label)), r.style(styYellow, wn))
	}

	r.findings()
	r.quotes()
	r.events()
	r.entities()
	r.times()
	r.places()
	r.topics()
	r.text()
	return r.w.Flush()
}

// windowWords renders an estimated date window for a reader; an open end
// ("" in the JSON) is said in words rather than left as a bare "…".
func windowWords(from, to string) string {
	switch {
	case from != "" && to != "":
		return from + " … " + to
	case from != "":
		return from + " or later"
	default:
		return to + " or earlier"
	}
}

func dateSourceWords(s string) string {
	switch s {
	case doc.DateFromDateline:
		return "dateline"
	case doc.DateFromMetadata:
		return "metadata"
	case doc.DateFromFeed:
		return "feed"
	case doc.DateFromFlag:
		return "--date"
	case ingest.DateFromURL:
		return "the URL"
	case ingest.DateFromFileName:
		return "the file name"
	}
	return s
}

// sentenceRef returns "[n]" for the sentence holding offset off, or "".
func (r *reporter) sentenceRef(off int) string {
	i := r.d.SentenceAt(off)
	if i < 0 {
		return "    "
	}
	return r.style(styCyan, fmt.Sprintf("%-4s", fmt.Sprintf("[%d]", i+1)))
}

func (r *reporter) findings() {
	if !r.d.Has(doc.LayerFindings) || len(r.d.Findings) == 0 {
		return
	}
	fs := append([]doc.Finding(nil), r.d.Findings...)
	rank := map[string]int{doc.Contradicted: 0, doc.Unverifiable: 1, doc.Supported: 2}
	sort.SliceStable(fs, func(i, j int) bool { return rank[fs[i].Verdict] < rank[fs[j].Verdict] })
	r.heading("FINDINGS", len(fs))
	for _, f := range fs {
		mark, sty := "?", styYellow
		switch f.Verdict {
		case doc.Contradicted:
			mark, sty = "✗", styRed
		case doc.Supported:
			mark, sty = "✓", styGreen
		}
		const indent = "         "
		head := fmt.Sprintf("  %s %s %s ", r.sentenceRef(f.Span.Start), r.style(sty, mark+" "+f.Verdict), r.style(styDim, f.Kind))
		r.printf("%s", wrapPlain(clip(f.Claim, 400), head, indent))
		if f.Explanation != "" {
			r.printf("%s", wrapPlain(f.Explanation, indent, indent))
		}
		for _, e := range f.Evidence {
			src := e.Source
			if e.AsOf != "" {
				src += ", as of " + e.AsOf
			}
			r.printf("%s", wrapPlain("evidence: "+e.Fact+" ("+e.KB+"; "+src+")", indent, indent+"  "))
		}
	}
}

func (r *reporter) quotes() {
	if len(r.d.Quotes) == 0 {
		return
	}
	r.heading("QUOTES", len(r.d.Quotes))
	for _, q := range r.d.Quotes {
		who := speakerLabel(q.Speaker.Name, q.Speaker.Title)
		if sp := q.Speaker.Span; who == "" && sp.End > sp.Start && sp.End <= len(r.d.Text) {
			// "the top American administrator in Iraq announced": the
			// words the article uses, marked as not resolved to anyone
			who = r.d.Text[sp.Start:sp.End] + " (unresolved)"
		} else if q.Speaker.Kind == "unresolved" && who != "" {
			who += " (unresolved)" // named by its words, resolved to no one
		}
		if who == "" {
			who = "(unattributed)"
		}
		text := q.Text
		if q.Kind == "direct" && !startsWithQuoteMark(text) {
			text = "“" + text + "”"
		}
		cue := q.Cue
		if strings.HasSuffix(cue, ":") {
			cue = "answered" // an interview's "A:" turn
		}
		head := fmt.Sprintf("  %s %s %s ", r.sentenceRef(q.Span.Start), r.style(styBold, who), r.style(styDim, cue+" ("+q.Kind+"):"))
		if strings.EqualFold(q.Cue, "according to") {
			// "according to the ministry (indirect): …" reads as English
			head = fmt.Sprintf("  %s %s %s %s ", r.sentenceRef(q.Span.Start), r.style(styDim, "according to"), r.style(styBold, who), r.style(styDim, "("+q.Kind+"):"))
		}
		body := wrapPlain(clip(text, 400), head, "         ")
		if r.color {
			// Colour the quoted words, not the speaker in front of them.
			body = strings.Replace(body, head, head+styGreen, 1)
			body = strings.ReplaceAll(strings.TrimSuffix(body, "\n"), "\n", styReset+"\n"+"         "+styGreen)
			body = strings.ReplaceAll(body, styGreen+"         ", styGreen) + styReset + "\n"
		}
		r.printf("%s", body)
	}
}

// speakerLabel writes a speaker with the title the article gives: before
// the name when it reads as one ("Ukrainian Prime Minister Denys
// Shmyhal", "Uruguay's Luis Lacalle Pou"), after it when it is an
// affiliation or an apposition ("Dennis Evans of the Ohio Department of
// …", "Volker Perthes, U.N. special envoy for Sudan").
func speakerLabel(name, title string) string {
	switch {
	case title == "" || name == "":
		return title + name
	case strings.HasPrefix(title, "of ") || strings.HasPrefix(title, "for ") || strings.HasPrefix(title, "at ") || strings.HasPrefix(title, "with "):
		return name + " " + title
	case strings.Contains(title, " of ") || strings.Contains(title, " for ") || strings.Contains(title, " at "):
		return name + ", " + title
	}
	return title + " " + name
}

// startsWithQuoteMark reports whether a direct quote's text keeps its
// own opening mark (“ " ‘ ' « „ ‹ or two grave accents), so the report
// adds none around it.
func startsWithQuoteMark(text string) bool {
	for _, m := range []string{"“", "\"", "‘", "'", "«", "»", "„", "‹", "``"} {
		if strings.HasPrefix(text, m) {
			return true
		}
	}
	return false
}

func (r *reporter) events() {
	if len(r.d.Events) == 0 {
		return
	}
	r.heading("EVENTS", len(r.d.Events))
	for _, e := range r.d.Events {
		src, tgt := nameOr(e.SourceName, e.Source), nameOr(e.TargetName, e.Target)
		var flags []string
		if e.Negated {
			flags = append(flags, "negated")
		}
		if e.Hypothetical {
			flags = append(flags, "hypothetical")
		}
		if e.Alleged {
			flags = append(flags, "alleged")
		}
		extra := ""
		if e.Date != "" {
			extra += " on " + e.Date
		}
		if e.Place != "" {
			extra += " in " + e.Place
		}
		if len(flags) > 0 {
			extra += " [" + strings.Join(flags, ", ") + "]"
		}
		code := fmt.Sprintf("CAMEO %s, Goldstein %+.1f", e.Cameo, e.Goldstein)
		if e.Plover != "" {
			code = e.Plover + " / " + code
		}
		r.printf("  %s %s → %s  %s%s\n", r.sentenceRef(e.Span.Start), src, tgt, r.style(styDim, code), extra)
	}
}

func nameOr(name, id string) string {
	if name != "" {
		return name
	}
	if id == "" {
		return "?"
	}
	return id
}

func (r *reporter) entities() {
	if len(r.d.Entities) == 0 {
		return
	}
	r.heading("ENTITIES", len(r.d.Entities))
	for _, e := range r.d.Entities {
		id := e.KBID
		if id == "" {
			id = "not in KB"
		}
		seen := map[string]bool{}
		var forms []string
		for _, mi := range e.Mentions {
			if mi < 0 || mi >= len(r.d.Mentions) {
				continue
			}
			m := r.d.Mentions[mi]
			form := mentionForm(m)
			if !seen[form] {
				seen[form] = true
				forms = append(forms, form)
			}
		}
		r.printf("  %s %s ×%d  %s\n", r.style(styBold, e.Name), r.style(styDim, "("+e.Type+", "+id+")"), len(e.Mentions), clip(strings.Join(forms, " · "), 120))
	}
}

// mentionForm is how the entity list shows a mention: its title before
// its text, unless the text already holds the title (a KB alias "King
// Mohammed VI" whose title is "King"), or the title's end ("Jordan's
// King" before the alias "King Abdullah II": the words they share once).
func mentionForm(m doc.Mention) string {
	if m.Title == "" || m.TitleSpan.Start >= m.Span.Start && m.TitleSpan.End <= m.Span.End && m.TitleSpan.End > m.TitleSpan.Start {
		return m.Text
	}
	if ts := m.TitleSpan; ts.Start < m.Span.Start && ts.End > m.Span.Start && ts.End <= m.Span.End {
		if ov := ts.End - m.Span.Start; ov <= len(m.Text) {
			return m.Title + m.Text[ov:]
		}
	}
	return m.Title + " " + m.Text
}

func (r *reporter) times() {
	if len(r.d.Times) == 0 {
		return
	}
	r.heading("TIMES", len(r.d.Times))
	for _, t := range r.d.Times {
		r.printf("  %s %-28s %s %s\n", r.sentenceRef(t.Span.Start), clip(t.Text, 28), r.style(styDim, t.Type), t.Value)
	}
}

func (r *reporter) places() {
	if len(r.d.Places) == 0 {
		return
	}
	r.heading("PLACES", len(r.d.Places))
	for _, p := range r.d.Places {
		r.printf("  %s %s %s\n", r.sentenceRef(p.Span.Start), p.Name, r.style(styDim, fmt.Sprintf("(%s, %.2f, %.2f)", p.Country, p.Lat, p.Lon)))
	}
}

func (r *reporter) topics() {
	if len(r.d.Topics) == 0 {
		return
	}
	r.heading("TOPICS", len(r.d.Topics))
	for _, t := range r.d.Topics {
		label := t.Label
		if t.Code != "" {
			label += " (" + t.Code + ")"
		}
		r.printf("  %-6s  %-50s %.2f\n", t.Kind, label, t.Score)
	}
}

// text prints the normalised text, a paragraph at a time, each sentence
// numbered and wrapped; with colour, quotes and mentions are highlighted.
func (r *reporter) text() {
	d := r.d
	if strings.TrimSpace(d.Text) == "" {
		return
	}
	r.printf("\n%s\n", r.style(styBold, "TEXT"))
	marks := r.highlights()
	if len(d.Sentences) == 0 {
		for _, p := range paragraphsOf(d) {
			r.wrap(p, "  ", "  ", marks)
			r.printf("\n")
		}
		return
	}
	paras := paragraphsOf(d)
	pi, prev := 0, -1
	for i, s := range d.Sentences {
		for pi < len(paras)-1 && paras[pi].End <= s.Start {
			pi++
		}
		if prev >= 0 && pi != prev {
			r.printf("\n")
		}
		prev = pi
		num := fmt.Sprintf("[%d]", i+1)
		pad := max(len(num)+1, 5)
		first := "  " + r.style(styCyan, num) + strings.Repeat(" ", pad-len(num))
		r.wrap(s, first, strings.Repeat(" ", 2+pad), marks)
	}
}

// paragraphsOf returns the paragraph spans, or splits the text at blank
// lines when the segment stage has not run.
func paragraphsOf(d *doc.Doc) []doc.Span {
	if len(d.Paragraphs) > 0 {
		return d.Paragraphs
	}
	var ps []doc.Span
	start := 0
	t := d.Text
	for start < len(t) {
		end := strings.Index(t[start:], "\n\n")
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (t[s] == '\n' || t[s] == ' ') {
			s++
		}
		if s < e {
			ps = append(ps, doc.Span{Start: s, End: e})
		}
		start = end + 2
	}
	return ps
}

// A mark is a highlighted span of the text.
type mark struct {
	span doc.Span
	sty  string
}

// highlights returns the spans to colour in the text: quotes, then
// mentions and times on top.
func (r *reporter) highlights() []mark {
	if !r.color {
		return nil
	}
	var ms []mark
	for _, q := range r.d.Quotes {
		ms = append(ms, mark{q.Span, styGreen})
	}
	for _, m := range r.d.Mentions {
		ms = append(ms, mark{m.Span, styBold})
	}
	for _, t := range r.d.Times {
		ms = append(ms, mark{t.Span, styCyan})
	}
	for _, f := range r.d.Findings {
		if f.Verdict == doc.Contradicted {
			ms = append(ms, mark{f.Span, styRed + styUnder})
		}
	}
	return ms
}

// wrap prints text span s wrapped at reportWidth, the first line after
// first and the others after indent, colouring marked bytes.
func (r *reporter) wrap(s doc.Span, first, indent string, marks []mark) {
	t := r.d.Text
	s.Start, s.End = max(0, min(s.Start, len(t))), max(0, min(s.End, len(t)))
	width := reportWidth - visibleLen(indent)
	prefix := first
	pos := s.Start
	for pos < s.End {
		// Skip leading spaces and newlines of the line.
		for pos < s.End && (t[pos] == ' ' || t[pos] == '\n' || t[pos] == '\t') {
			pos++
		}
		if pos >= s.End {
			break
		}
		end, cols, lastSpace := pos, 0, -1
		for end < s.End && t[end] != '\n' {
			_, n := utf8.DecodeRuneInString(t[end:])
			if t[end] == ' ' {
				lastSpace = end
			}
			if cols >= width && lastSpace > pos {
				end = lastSpace
				break
			}
			cols++
			end += n
		}
		r.printf("%s%s\n", prefix, r.colored(pos, end, marks))
		prefix = indent
		pos = end
	}
}

// colored returns Text[from:to] with the marks that touch it applied.
func (r *reporter) colored(from, to int, marks []mark) string {
	t := r.d.Text
	if len(marks) == 0 {
		return t[from:to]
	}
	var b strings.Builder
	cur := ""
	for i := from; i < to; {
		sty := ""
		for _, m := range marks {
			if m.span.Start <= i && i < m.span.End {
				sty = m.sty // later marks win
			}
		}
		if sty != cur {
			if cur != "" {
				b.WriteString(styReset)
			}
			b.WriteString(sty)
			cur = sty
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		b.WriteString(t[i : i+n])
		i += n
	}
	if cur != "" {
		b.WriteString(styReset)
	}
	return b.String()
}

// visibleLen is the display width of s, ignoring ANSI escapes.
func visibleLen(s string) int {
	n, esc := 0, false
	for _, c := range s {
		switch {
		case c == '\x1b':
			esc = true
		case esc:
			if c == 'm' {
				esc = false
			}
		default:
			n++
		}
	}
	return n
}

// clip shortens s to at most n characters, with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

// wrapPlain wraps s at reportWidth, the first line after first and the
// others after indent; it returns the lines, each ending in a newline.
func wrapPlain(s, first, indent string) string {
	var b strings.Builder
	line, prefix := "", first
	for _, w := range strings.Fields(s) {
		if line != "" && visibleLen(prefix+line+" "+w) > reportWidth {
			b.WriteString(prefix + line + "\n")
			line, prefix = "", indent
		}
		if line == "" {
			line = w
		} else {
			line += " " + w
		}
	}
	if line != "" {
		b.WriteString(prefix + line + "\n")
	}
	return b.String()
}
