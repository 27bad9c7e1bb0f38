package geo

import "strings"

// southWindow is how far into a text DatelineSouth looks for the
// dateline.
const southWindow = 400

// DatelineSouth reports whether the dateline that opens one of the first
// lines of text ("BUENOS AIRES, July 9 (Reuters) -", "PERTH, Australia
// —") names a place south of the equator. The place is the name in
// capitals that opens the line, or the place after its comma that
// qualifies it ("PERTH, Australia"); of homonyms the most populous
// counts. A text with no such dateline is not south.
func (g *Gazetteer) DatelineSouth(text string) bool {
	if len(text) > southWindow {
		text = text[:southWindow]
	}
	for lines := 0; text != "" && lines < 4; lines++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		head, rest := datelineHead(line)
		if len(head) < 3 || strings.ContainsAny(head, "abcdefghijklmnopqrstuvwxyz") {
			continue
		}
		at := g.ids(head)
		if len(at) == 0 {
			continue
		}
		if strings.HasPrefix(rest, ", ") {
			// "PERTH, Australia": the qualifier names the place's
			// country or region ("SYDNEY, July 13" names none)
			if q, _ := datelineHead(rest[2:]); q != "" {
				if qa := g.ids(q); len(qa) > 0 {
					at = qa
				}
			}
		}
		return g.entries[at[0]].Lat < 0
	}
	return false
}

// datelineHead splits line at the first comma, bracket or dash after a
// word ("SYDNEY, July 13" → "SYDNEY", ", July 13"); head is "" when the
// line has none within a dateline's length.
func datelineHead(line string) (head, rest string) {
	for i := 1; i < len(line) && i < 40; i++ {
		switch line[i] {
		case ',':
			return strings.TrimSpace(line[:i]), line[i:]
		case '(', '-', 0xE2: // a bracket, hyphen or the lead byte of a dash
			if line[i-1] == ' ' {
				return strings.TrimSpace(line[:i]), line[i:]
			}
		}
	}
	return "", ""
}
