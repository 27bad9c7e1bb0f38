package ingest

import "strings"

// authorRoles are the words that end a byline part naming a post, not a
// person: "Almaty correspondent", "Staff Writer", "Reporter".
var authorRoles = map[string]bool{
	"correspondent": true, "correspondents": true, "reporter": true, "reporters": true,
	"writer": true, "writers": true, "editor": true, "editors": true, "columnist": true,
	"contributor": true, "staff": true, "chief": true, "producer": true, "analyst": true,
	"photographer": true, "journalist": true, "desk": true, "bureau": true,
}

// cleanAuthor drops from an extracted author list ("Dana Ermekova;
// Almaty correspondent", "Jane Doe, Staff Writer", "John Roe, in
// Kyiv") the parts that name a post or a place, not a person: a part
// whose last word is a role ("correspondent", "Staff Writer") or that
// opens with "in"/"at"/"from". When one is dropped the names left are
// joined by "; "; a list with nothing to drop, or no name left, is
// returned as it was.
func cleanAuthor(s string) string {
	if s == "" {
		return s
	}
	var names []string
	dropped, dated := false, false
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		part = strings.TrimSpace(part)
		if bylineDate(part) {
			dropped, dated = true, true // "Maria Gomez | Updated June 23, 2012"
			continue
		}
		if part == "" || bylinePost(part) || len(names) > 0 && bylineSuffix(part) {
			dropped = dropped || part != ""
			continue
		}
		names = append(names, part)
	}
	if len(names) == 0 && dated {
		return "" // "By Staff Reporter | Published June 23, 2012": no name at all
	}
	if !dropped || len(names) == 0 {
		return s
	}
	return strings.Join(names, "; ")
}

// bylineDate reports whether a byline part is its date, not a name: it
// opens with a publication verb ("Published June", "Updated 3 hours
// ago", "Last updated", "Posted") or a digit, or it is a month name
// alone or before a number ("June", "Jun 23"). Extracted bylines split
// "By Maria Gomez | Updated June 23, 2012" at the bar.
func bylineDate(part string) bool {
	f := strings.Fields(strings.ToLower(part))
	if len(f) == 0 {
		return false
	}
	if c := f[0][0]; c >= '0' && c <= '9' {
		return true
	}
	switch strings.TrimRight(f[0], ":") {
	case "published", "updated", "posted", "modified", "edited":
		return true
	case "last":
		return len(f) > 1 && (strings.HasPrefix(f[1], "updated") || strings.HasPrefix(f[1], "modified"))
	}
	if _, ok := months[strings.TrimRight(f[0], ".")]; ok {
		return len(f) == 1 || f[1][0] >= '0' && f[1][0] <= '9'
	}
	return false
}

// bylinePost reports whether a byline part names a post or a place.
func bylinePost(part string) bool {
	f := strings.Fields(strings.ToLower(part))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "in", "at", "from", "for", "reporting":
		return true
	}
	return authorRoles[strings.Trim(f[len(f)-1], ".")]
}

// bylineSuffix reports whether a byline part after a person's name is a
// single word: the place or the agency the byline adds ("By Carlos
// Mendoza, Manila", "Jane Doe, Reuters"), not a second author, whose
// name has two words or more.
func bylineSuffix(part string) bool {
	return !strings.ContainsAny(part, " \t")
}

// bylineAuthors reads the names of a byline's text after "By": authors
// joined by "and" or "&" are listed apart ("Eleni Papadaki and Goran
// Stojanovski" → "Eleni Papadaki; Goran Stojanovski"), and a part after
// a comma with no "and" in the byline is the place or the agency the
// byline adds, not a second author ("Siti Rahman, Kuala Lumpur" → "Siti
// Rahman"): a list of authors joins its last one with "and" ("A, B and
// C"). A trailing "in <Place>" is dropped too. Several names are joined
// by "; ", as extracted HTML authors are.
func bylineAuthors(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	parts := strings.Split(s, ",")
	and := false
	for _, sep := range []string{" and ", " And ", " AND ", " & "} {
		and = and || strings.Contains(s, sep)
	}
	if !and {
		parts = parts[:1] // "Siti Rahman, Kuala Lumpur", "Jane Doe, Reuters"
	}
	var names []string
	for _, part := range parts {
		for _, sep := range []string{" and ", " And ", " AND ", " & "} {
			part = strings.ReplaceAll(part, sep, ",")
		}
		for _, n := range strings.Split(part, ",") {
			n = strings.TrimSpace(n)
			if i := strings.Index(n, " in "); i > 0 {
				n = strings.TrimSpace(n[:i]) // "John Roe in Kyiv"
			}
			if n != "" && !bylinePost(n) {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		return s
	}
	return strings.Join(names, "; ")
}

// htmlBylineAuthor corrects an extracted author list ("Siti Rahman;
// Kuala Lumpur") that splits a byline written on the page as "By Siti
// Rahman, Kuala Lumpur": with no "and" in it, the part after the comma
// is the byline's place or agency, not a second author. page is the
// page's HTML; an author list the page does not write as such a byline
// is returned as it was.
func htmlBylineAuthor(author, page string) string {
	if !strings.Contains(author, "; ") {
		return author
	}
	joined := strings.ReplaceAll(author, "; ", ", ")
	for _, by := range []string{"By ", "BY ", "by "} {
		if strings.Contains(page, by+joined) {
			return bylineAuthors(joined)
		}
	}
	return author
}
