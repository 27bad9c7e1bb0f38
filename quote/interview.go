package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// interviewTurns adds the answers of a question-and-answer interview as
// direct quotes of the interviewee. An interview is text with lines
// opening "Q:" (or "Question:") and lines opening "A:" ("Answer:"),
// the first question after some text; the interviewee is the first
// person the mentions layer finds before that question, where the
// introduction names them ("Finland's President Sauli Niinisto … We
// spoke to him"). An answer runs from its label to the next blank line
// or labelled line; an answer that already holds a quote is left to it.
func (f *finder) interviewTurns() {
	if !f.mentions || !strings.Contains(f.text, "Q:") && !strings.Contains(f.text, "Question:") {
		return
	}
	text := f.text
	firstQ, answers := -1, 0
	for at := 0; at < len(text); {
		line, next := lineAt(text, at)
		if label := turnLabel(line); label == 'Q' && firstQ < 0 {
			firstQ = at
		} else if label == 'A' && firstQ >= 0 {
			answers++
		}
		at = next
	}
	if firstQ <= 0 || answers == 0 {
		return
	}
	mi := -1
	for i := range f.d.Mentions {
		m := &f.d.Mentions[i]
		if m.Span.Start >= firstQ {
			break
		}
		if m.Type == doc.TypePerson {
			mi = i
			break
		}
	}
	if mi < 0 {
		return
	}
	m := &f.d.Mentions[mi]
	spk := doc.Speaker{Kind: KindNamed, Name: m.Text, Entity: m.KBID, Title: m.Title, Span: m.Span, Mention: mi}
	if m.KBID != "" && m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		spk.Name = f.d.Entities[m.Entity].Name
	} else if m.Title != "" && m.TitleSpan.End <= m.Span.End && m.TitleSpan.End > m.Span.Start {
		spk.Name = strings.TrimSpace(text[m.TitleSpan.End:m.Span.End])
	}
	n := len(f.out)
	for at := firstQ; at < len(text); {
		line, next := lineAt(text, at)
		if turnLabel(line) != 'A' {
			at = next
			continue
		}
		colon := strings.IndexByte(line, ':')
		cue := doc.Span{Start: at, End: at + colon + 1}
		start, end := cue.End, at+len(line)
		// the answer goes on over the lines up to a blank or labelled one
		for next < len(text) {
			l, nn := lineAt(text, next)
			if strings.TrimSpace(l) == "" || turnLabel(l) != 0 {
				break
			}
			end, next = next+len(l), nn
		}
		for start < end && (text[start] == ' ' || text[start] == '\t') {
			start++
		}
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		sp := doc.Span{Start: start, End: end}
		at = next
		if sp.Len() <= 0 || f.quotedIn(sp, n) {
			continue
		}
		f.out = append(f.out, doc.Quote{Span: sp, Text: text[start:end], Kind: Direct, Speaker: spk, Cue: text[cue.Start:cue.End], CueSpan: cue})
	}
}

// quotedIn reports whether one of the first n quotes overlaps sp.
func (f *finder) quotedIn(sp doc.Span, n int) bool {
	for _, q := range f.out[:n] {
		if q.Span.Overlaps(sp) {
			return true
		}
	}
	return false
}

// lineAt returns the line of text starting at byte at, without its
// newline, and the start of the next line.
func lineAt(text string, at int) (string, int) {
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		return text[at : at+i], at + i + 1
	}
	return text[at:], len(text)
}

// turnLabel returns 'Q' for a line opening a question ("Q:",
// "Question:"), 'A' for one opening an answer ("A:", "Answer:"), and 0
// otherwise.
func turnLabel(line string) byte {
	line = strings.TrimLeft(line, " \t")
	switch {
	case strings.HasPrefix(line, "Q:"), strings.HasPrefix(line, "Question:"):
		return 'Q'
	case strings.HasPrefix(line, "A:"), strings.HasPrefix(line, "Answer:"):
		return 'A'
	}
	return 0
}
