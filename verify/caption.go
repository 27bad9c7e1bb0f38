package verify

import (
	"fmt"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// archiveCaption reports whether the sentence holding span is the
// caption of an archive picture: "FILE PHOTO: …" (fileCaption) or a
// caption followed by "(File photo)".
func (c *checker) archiveCaption(span doc.Span) bool {
	si := c.d.SentenceAt(span.Start)
	if si < 0 {
		return false
	}
	return fileCaption(c.d.Slice(c.d.Sentences[si])) || si+1 < len(c.d.Sentences) && strings.HasPrefix(strings.ToLower(c.d.Slice(c.d.Sentences[si+1])), "(file")
}

// captionAtRefs judges the title of an archive picture's caption at the
// picture's own day, refs, the past times its sentence names ("FILE
// PHOTO: Chilean President Michelle Bachelet speaks in Santiago, June
// 24, 2019"): the caption shows the titles of that day, whatever its
// person holds at the article's date. It reports whether it judged.
func (c *checker) captionAtRefs(ch *claimCheck, name string, refs []ival) bool {
	if len(refs) == 0 || len(ch.roles) == 0 || !c.archiveCaption(ch.rc.Span) || looseTitle(c.d.Slice(ch.rc.TitleSpan)) {
		return false
	}
	for _, ref := range refs {
		for _, r := range ch.roles {
			if _, ok := loose(r.Period()).intersect(ref); ok {
				c.finding(ch, doc.FindRoleMismatch, doc.Supported,
					fmt.Sprintf("%s held this office on the day of the archive picture (%s; %s).", name, refText(ref), periodText(r.Start, r.End)), []doc.Evidence{c.evidenceRole(r)})
				return true
			}
		}
	}
	var ev []doc.Evidence
	var periods []string
	for _, r := range ch.roles {
		ev = append(ev, c.evidenceRole(r))
		periods = append(periods, periodText(r.Start, r.End))
	}
	expl := fmt.Sprintf("%s held this office only %s, not on the day of the archive picture (%s)", name, strings.Join(periods, " and "), refText(refs[0]))
	if hev, holders := c.holdersIn(ch.roles[0].Office, refs[0]); len(holders) > 0 {
		expl += "; then it was held by " + strings.Join(holders, " and ")
		ev = append(ev, hev...)
	}
	c.finding(ch, doc.FindRoleMismatch, doc.Contradicted, expl+".", ev)
	return true
}

// looseTitle reports whether a title is a description rather than the
// name of an office ("Palestinian leader Yasser Arafat", "the ruler"):
// it fits whatever post its person held at the time.
func looseTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	w := strings.ToLower(title[i+1:])
	return w == "leader" || w == "ruler"
}
