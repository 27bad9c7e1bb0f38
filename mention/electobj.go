package mention

// electedObject reports whether the person found f is the object of an
// appointment verb written before a modifier of the name ("parliament
// elected protest leader Nikol Pashinyan as prime minister", "the king
// appointed former envoy X prime minister"), or of a finite "elected"
// right before it ("lawmakers elected X as speaker"), and returns the
// verb's claim modifier. "elected" right after an article or an adverb
// ("the newly elected X", "democratically elected X") is an adjective:
// no object.
func (p *proc) electedObject(f *found, low func(int) string) (string, bool) {
	k := f.i - 1
	// up to three lower-case modifiers of the name: "protest leader",
	// "former finance minister"; every appointment verb but "became"
	// ends in "ed" or is "chosen", a test cheaper than the map
	for m := 0; ; m++ {
		if k <= 0 || !p.toks[k].word() || p.toks[k].shape&shLower == 0 || p.toks[k].shape&shCap != 0 {
			return "", false
		}
		if w := p.word(k); len(w) > 3 && (w[len(w)-2:] == "ed" || w == "chosen") {
			if _, ok := appointVerbs[w]; ok {
				break
			}
		}
		if m == 3 || p.has(k, fDet|fAux|fConnector) {
			return "", false // "named the army chief X": not a modifier run of the name
		}
		k--
	}
	v := low(k)
	mod := appointVerbs[v]
	if k == f.i-1 && v != "elected" {
		return "", false // "named X": appointedAt's own case
	}
	if b := low(k - 1); b == "newly" || b == "democratically" || b == "popularly" || b == "freshly" || b == "directly" || b == "duly" || p.has(k-1, fDet) {
		return "", false
	}
	return mod, true
}

// nonStateQualifiers, written between an owner and a group title, say the
// post is not the owner's own: "the Knesset's opposition leader", "Hong
// Kong protest leader X" lead no state or body.
var nonStateQualifiers = map[string]bool{
	"opposition": true, "protest": true, "rebel": true, "student": true, "union": true,
	"tribal": true, "militia": true, "coup": true, "strike": true, "community": true,
}
