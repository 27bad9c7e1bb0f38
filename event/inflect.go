package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// irregular lists English verbs (and a few nouns) whose forms the regular
// rules miss: lemma → other forms.
var irregular = map[string][]string{
	"be": {"is", "are", "was", "were", "been", "being", "am"}, "have": {"has", "had", "having"},
	"do": {"does", "did", "done", "doing"}, "go": {"goes", "went", "gone", "going"},
	"hold": {"held"}, "meet": {"met"}, "strike": {"struck", "striking", "stricken"},
	"shoot": {"shot"}, "seek": {"sought"}, "send": {"sent"}, "lead": {"led"},
	"leave": {"left"}, "make": {"made"}, "take": {"took", "taken"}, "give": {"gave", "given"},
	"fight": {"fought"}, "bring": {"brought"}, "buy": {"bought"}, "sell": {"sold"},
	"tell": {"told"}, "say": {"said"}, "write": {"wrote", "written"}, "speak": {"spoke", "spoken"}, "break": {"broke", "broken"},
	"withdraw": {"withdrew", "withdrawn"}, "draw": {"drew", "drawn"}, "throw": {"threw", "thrown"},
	"blow": {"blew", "blown"}, "show": {"shown"}, "forgive": {"forgave", "forgiven"},
	"win": {"won", "winning"}, "lose": {"lost"}, "begin": {"began", "begun", "beginning"},
	"put": {"putting"}, "set": {"setting"}, "cut": {"cutting"}, "hit": {"hitting"},
	"let": {"letting"}, "quit": {"quitting"}, "beat": {"beaten"}, "bid": {"bidding"},
	"run": {"ran", "running"}, "come": {"came", "coming"}, "get": {"got", "gotten", "getting"},
	"keep": {"kept"}, "feel": {"felt"}, "flee": {"fled"}, "freeze": {"froze", "frozen"},
	"seize": {"seized", "seizing"}, "overrun": {"overran", "overrunning"}, "undertake": {"undertook", "undertaken"},
	"swear": {"swore", "sworn"}, "stand": {"stood"}, "understand": {"understood"},
	"rise": {"rose", "risen"}, "arise": {"arose", "arisen"}, "spread": {"spreading"},
	"bomb": {"bombed", "bombing", "bombs"}, "ban": {"banned", "banning"}, "plan": {"planned", "planning"},
	"vow": {"vowed", "vowing"}, "allow": {"allowed"}, "slay": {"slew", "slain"}, "wage": {"waged", "waging"},
	"rebuke": {"rebuked"}, "commit": {"committed", "committing"}, "admit": {"admitted", "admitting"},
	"submit": {"submitted", "submitting"}, "permit": {"permitted", "permitting"},
	"expel": {"expelled", "expelling"}, "compel": {"compelled"}, "repel": {"repelled"},
	"control": {"controlled", "controlling"}, "patrol": {"patrolled", "patrolling"},
	"ship": {"shipped", "shipping"}, "drop": {"dropped", "dropping"}, "stop": {"stopped", "stopping"},
	"step": {"stepped", "stepping"}, "slam": {"slammed", "slamming"}, "rap": {"rapped"},
	"grab": {"grabbed"}, "rob": {"robbed"}, "kidnap": {"kidnapped", "kidnapping", "kidnaped"},
	"deter": {"deterred"}, "refer": {"referred"}, "prefer": {"preferred"}, "confer": {"conferred"},
	"defer": {"deferred"}, "occur": {"occurred"}, "spur": {"spurred"}, "bar": {"barred", "barring"},
	"veto": {"vetoes", "vetoed", "vetoing"}, "embargo": {"embargoes", "embargoed"},
	"mobilise": {"mobilised", "mobilising", "mobilises"}, "mobilize": {"mobilized", "mobilizing"},
	"man": {"men"}, "woman": {"women"}, "person": {"people"}, "child": {"children"},
	"tie": {"ties", "tied", "tying"}, "die": {"dies", "died", "dying"}, "lie": {"lied", "lying"},
	"crisis": {"crises"}, "analysis": {"analyses"}, "thesis": {"theses"}, "basis": {"bases"},
	"fly": {"flew", "flown"}, "shut": {"shutting"}, "wind": {"wound"}, "bind": {"bound"},
	"hang": {"hung", "hanged"}, "sting": {"stung"}, "swing": {"swung"}, "dig": {"dug", "digging"},
	"hide": {"hid", "hidden"}, "ride": {"rode", "ridden"}, "drive": {"drove", "driven"},
	"rid": {"ridding"}, "sit": {"sat", "sitting"}, "spin": {"spun"}, "tear": {"tore", "torn"},
	"wear": {"wore", "worn"}, "bear": {"bore", "borne"}, "forsake": {"forsook", "forsaken"},
	"forbid": {"forbade", "forbidden"}, "sweep": {"swept"}, "weep": {"wept"}, "sleep": {"slept"},
	"lend": {"lent"}, "spend": {"spent"}, "build": {"built"}, "deal": {"dealt"}, "mean": {"meant"},
	"catch": {"caught"}, "teach": {"taught"}, "think": {"thought"}, "find": {"found"},
	"pay": {"paid"}, "lay": {"laid"}, "see": {"saw", "seen"}, "eat": {"ate", "eaten"},
	"fall": {"fell", "fallen"}, "grow": {"grew", "grown"}, "know": {"knew", "known"},
	"blockade": {"blockaded"}, "arrive": {"arrived"}, "oust": {"ousted"},
}

// inflect returns the forms of an English verb or noun lemma: the lemma,
// -s/-es, -ed/-d, -ing (with e-dropping, y→ies/ied and, for short
// consonant-vowel-consonant stems, consonant doubling) and any irregular
// forms. A multi-word lemma ("shoot_down") inflects its first word.
func inflect(lemma string) []string {
	lemma = strings.ReplaceAll(lemma, "_", " ")
	first, rest, multi := strings.Cut(lemma, " ")
	forms := inflectWord(first)
	if !multi {
		return forms
	}
	for i := range forms {
		forms[i] += " " + rest
	}
	return forms
}

func inflectWord(w string) []string {
	out := []string{w}
	if irr, ok := irregular[w]; ok {
		out = append(out, irr...)
	} else {
		// "retake" → "retook", "retaken"; "overrun" → "overran"
		for _, pre := range []string{"re", "over", "under", "out", "with", "up", "mis", "fore"} {
			if base, ok := irregular[strings.TrimPrefix(w, pre)]; ok && strings.HasPrefix(w, pre) && len(w) > len(pre)+2 {
				for _, f := range base {
					out = append(out, pre+f)
				}
				break
			}
		}
	}
	n := len(w)
	if n < 2 {
		return out
	}
	last := w[n-1]
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case last == 'y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d", w[:n-1]+"ing")
		if strings.HasSuffix(w, "ee") {
			out = append(out, w+"ing")
		}
	case last == 'y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"ied", w+"ing")
	default:
		out = append(out, w+"ed", w+"ing")
		if n >= 3 && !isVowel(last) && isVowel(w[n-2]) && !isVowel(w[n-3]) && last != 'w' && last != 'x' && last != 'y' {
			out = append(out, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// irregularForms are the irregular past forms of the table ("left",
// "held", "struck"): verb forms, never bare nouns.
var irregularForms = func() *wordset.Set {
	m := wordset.New()
	for _, forms := range irregular {
		for _, f := range forms {
			m.Add(f)
		}
	}
	return m
}()
