package kb

import (
	"strings"
)

// NameKind says how a name denotes its actor.
type NameKind uint8

// Name kinds.
const (
	NameCanonical  NameKind = iota // the actor's Name
	NameAlias                      // one of its Aliases
	NameDemonym                    // a demonym or adjective: "Iranian" for Iran
	NameCapital                    // a country's capital, standing for its government by metonymy ("Tehran said")
	NameExternalID                 // an alias that is an id in another database ("wd.Q57336"); never matched in text
)

func (k NameKind) String() string {
	switch k {
	case NameCanonical:
		return "name"
	case NameAlias:
		return "alias"
	case NameDemonym:
		return "demonym"
	case NameCapital:
		return "capital"
	case NameExternalID:
		return "external_id"
	}
	return "unknown"
}

// A Name is one way an actor is written, with its folded form (see Fold)
// for matching.
type Name struct {
	Text   string // as written in the KB
	Folded string // Fold(Text)
	Kind   NameKind
	Actor  *Actor
}

// index rebuilds the name index. It runs at the end of every load.
func (k *KB) index() {
	if n := len(k.order) * 3; cap(k.names) < n {
		k.names = make([]Name, 0, n) // about three names per actor: grown once, not doubled
	}
	k.names = k.names[:0]
	k.byName = make(map[string][]int32, len(k.actors)*3)
	add := func(a *Actor, text string, kind NameKind) {
		f := Fold(text)
		if f == "" {
			return
		}
		for _, i := range k.byName[f] {
			if k.names[i].Actor == a {
				return // same actor already has this folded name
			}
		}
		k.names = append(k.names, Name{Text: text, Folded: f, Kind: kind, Actor: a})
		k.byName[f] = append(k.byName[f], int32(len(k.names)-1))
	}
	for _, id := range k.order {
		a := k.actors[id]
		add(a, a.Name, NameCanonical)
		for _, s := range a.Aliases {
			add(a, s, aliasKind(s))
		}
		if a.Kind == KindOrganization || a.Kind == KindArmedGroup {
			for _, s := range append([]string{a.Name}, a.Aliases...) {
				if v := SpellingVariant(s); v != "" {
					add(a, v, NameAlias)
				}
			}
		}
		for _, s := range a.Demonyms {
			add(a, s, NameDemonym)
		}
		if a.Kind == KindCountry && a.Capital != "" {
			add(a, a.Capital, NameCapital)
		}
	}
}

// SpellingVariant returns a body's name as wire copy also writes it, or
// "": "UN refugee agency" as "U.N. refugee agency" (AP and Reuters
// style), "Collective Security Treaty Organization" with British
// "Organisation" and the reverse.
func SpellingVariant(s string) string {
	if rest, ok := strings.CutPrefix(s, "UN "); ok {
		return "U.N. " + rest
	}
	if strings.Contains(s, "Organization") {
		return strings.Replace(s, "Organization", "Organisation", 1)
	}
	if strings.Contains(s, "Organisation") {
		return strings.Replace(s, "Organisation", "Organization", 1)
	}
	return ""
}

// aliasKind tells external ids ("wd.Q57336") from names.
func aliasKind(s string) NameKind {
	if strings.HasPrefix(s, "wd.Q") {
		return NameExternalID
	}
	return NameAlias
}

// Names returns every name of every actor, in load order. The mention
// stage builds its matcher from them, skipping NameExternalID. The slice
// must not be modified.
func (k *KB) Names() []Name { return k.names }

// NamesFolded returns the names whose folded form is folded, with their
// kinds ("tehran" → Iran's capital).
func (k *KB) NamesFolded(folded string) []Name {
	idx := k.byName[folded]
	out := make([]Name, len(idx))
	for i, j := range idx {
		out[i] = k.names[j]
	}
	return out
}

// ByName returns the actors one of whose names folds to folded (pass
// Fold(s)), in load order, each once.
func (k *KB) ByName(folded string) []*Actor {
	idx := k.byName[folded]
	out := make([]*Actor, 0, len(idx))
	for _, j := range idx {
		out = appendActor(out, k.names[j].Actor)
	}
	return out
}

func appendActor(s []*Actor, a *Actor) []*Actor {
	for _, x := range s {
		if x == a {
			return s
		}
	}
	return append(s, a)
}

// AllNames returns the actor's names as Name values: canonical name,
// aliases, demonyms and (for countries) capital.
func (a *Actor) AllNames() []Name {
	out := []Name{{a.Name, Fold(a.Name), NameCanonical, a}}
	for _, s := range a.Aliases {
		out = append(out, Name{s, Fold(s), aliasKind(s), a})
	}
	for _, s := range a.Demonyms {
		out = append(out, Name{s, Fold(s), NameDemonym, a})
	}
	if a.Kind == KindCountry && a.Capital != "" {
		out = append(out, Name{a.Capital, Fold(a.Capital), NameCapital, a})
	}
	return out
}

// Lookup finds actors for a name typed by a person, best first: actors
// with an id equal to name, then those with a name that folds to the same
// form, then persons whose last name matches (name "Khamenei"), then
// actors with a name that starts with it ("Amir" → "Amir Abdollahian…").
// Within each group, actors come in load order. At most 50 are returned.
func (k *KB) Lookup(name string) []*Actor {
	const max = 50
	var out []*Actor
	if a, ok := k.actors[strings.TrimSpace(name)]; ok {
		out = append(out, a)
	}
	f := Fold(name)
	if f == "" {
		return out
	}
	out = appendAll(out, k.ByName(f))
	if len(out) > 0 {
		return out
	}
	var last, prefix []*Actor
	for _, n := range k.names {
		switch {
		case n.Actor.Kind == KindPerson && n.Kind != NameDemonym && n.Kind != NameExternalID && strings.HasSuffix(n.Folded, " "+f):
			last = appendActor(last, n.Actor)
		case strings.HasPrefix(n.Folded, f+" ") || (len(f) >= 3 && strings.HasPrefix(n.Folded, f)):
			prefix = appendActor(prefix, n.Actor)
		}
	}
	out = appendAll(out, last)
	out = appendAll(out, prefix)
	if len(out) > max {
		out = out[:max]
	}
	return out
}

func appendAll(s, add []*Actor) []*Actor {
	for _, a := range add {
		s = appendActor(s, a)
	}
	return s
}
