package event

import "github.com/sitrep-project/sitrep/doc"

// privateParties drops the events of evs between two parties of which
// neither has an actor code: no country, no sector, no group ("Ruiz
// stabbed Welch", "Amex is suing Visa", "Lee was arrested"). CAMEO
// codes the acts of political actors; an act between private people or
// firms the KB does not know is a crime, a lawsuit or a deal, and its
// triple can never match a coded one. An event with no target (a
// statement) is kept: it is no interaction to begin with.
func privateParties(evs []doc.Event) []doc.Event {
	out := evs[:0]
	for _, e := range evs {
		if e.Target != "" && e.SourceCode == "" && e.TargetCode == "" {
			continue
		}
		out = append(out, e)
	}
	return out
}
