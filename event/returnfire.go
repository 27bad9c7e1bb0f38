package event

// Return fire: "A gunman was wounded when police returned fire" tells
// who shot the gunman (the police), and at whom they fired (the gunman,
// who had fired first). A bystander wounded in the exchange ("a girl was
// wounded when police returned fire at robbers") was no one's target:
// her injury keeps its unnamed shooter, and the police fired at the
// robbers only.

// returnedFire reports a fire trigger after a form of "return" ("returned
// fire", "returned heavy fire", "return gunfire").
func returnedFire(toks []tok, m *match) bool {
	if w := toks[m.head].low; w != "fire" && w != "gunfire" {
		return false
	}
	for k := m.head - 1; k >= 0 && k >= m.head-2; k-- {
		switch toks[k].low {
		case "returned", "return", "returns", "returning":
			return true
		case "heavy", "the":
			continue
		}
		return false
	}
	return false
}

// woundingWords are the passive participles of a shooting's outcome.
var woundingWords = map[string]bool{"wounded": true, "killed": true, "injured": true, "shot": true, "hit": true, "struck": true}

// shooterSector reports the sectors of those who may have fired first at the
// police or troops: gunmen, criminals, rebels.
func shooterSector(code string) bool {
	switch code {
	case "UAF", "CRM", "REB", "INS", "RAD", "SEP":
		return true
	}
	return false
}

// returnFireShooter returns the actor wounded or killed in the clause
// before "when" that a return-fire trigger at m follows ("A gunman was
// wounded when police returned fire": the gunman), if that actor is
// armed, or -1. Only a "when" within a few tokens before the trigger
// counts: the return fire is that clause's cause.
func returnFireShooter(toks []tok, acts []actor, actorAt []int, m *match) int {
	w := -1
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		if toks[k].low == "when" || toks[k].low == "after" || toks[k].low == "as" {
			w = k
			break
		}
		if toks[k].punct {
			return -1
		}
	}
	if w < 2 || !woundingWords[toks[w-1].low] {
		return -1
	}
	be := w - 2
	if !toks[be].is(wcBeForm) {
		return -1
	}
	if be > 0 && actorAt[be-1] >= 0 {
		if a := &acts[actorAt[be-1]]; !a.place && shooterSector(a.sector) {
			return actorAt[be-1]
		}
	}
	return -1
}

// woundedByReturnFire reports a passive wounding trigger at m whose
// clause goes on "when SRC returned fire" (the return fire codes who shot
// whom).
func woundedByReturnFire(toks []tok, m *match) bool {
	if !woundingWords[toks[m.head].low] || m.head+1 >= len(toks) {
		return false
	}
	k := m.head + 1
	if w := toks[k].low; w != "when" && w != "after" && w != "as" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].punct {
			return false
		}
		if w := toks[j].low; w == "fire" || w == "gunfire" {
			return returnedFire(toks, &match{head: j})
		}
	}
	return false
}
