package event

import "github.com/sitrep-project/sitrep/doc"

// privateParties drops the events of evs between two parties of which
// neither has an actor code: no country, no sector, no group ("Ruiz
// stabbed Welch", "Amex is suing Visa", "Lee was stabbed"). CAMEO
// codes the acts of political actors; an act between private people or
// firms the KB does not know is a crime, a lawsuit or a deal, and its
// triple can never match a coded one. An event with no target (a
// statement) is kept: it is no interaction to begin with.
func privateParties(evs []doc.Event) []doc.Event {
	n := 0 // evs[:n] are kept (an event is large: read in place, copied only when one before it was dropped)
	for i := range evs {
		if e := &evs[i]; e.Target != "" && e.SourceCode == "" && e.TargetCode == "" {
			continue
		}
		if n != i {
			evs[n] = evs[i]
		}
		n++
	}
	return evs[:n]
}
