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
	dropped := false
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		part = strings.TrimSpace(part)
		if part == "" || bylinePost(part) || len(names) > 0 && bylineSuffix(part) {
			dropped = dropped || part != ""
			continue
		}
		names = append(names, part)
	}
	if !dropped || len(names) == 0 {
		return s
	}
	return strings.Join(names, "; ")
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
