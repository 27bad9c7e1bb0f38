package event

// consentedDeployment turns the threat of force (138) that a coming
// deployment (154) codes as into a promise of military protection
// (0334) when the subject agreed, offered or promised to send the
// troops: "Rwanda agreed to send 1,000 soldiers to Mozambique" is help
// the host accepted, not a threat against it (QA24 E-1). A threatened
// or announced deployment ("will send troops to the border") stays 138.
func consentedDeployment(toks []tok, m *match, act, code string) string {
	if code != "138" || act != "154" {
		return code
	}
	for i := m.start - 1; i >= 1 && i >= m.start-4; i-- {
		if toks[i].low != "to" {
			if toks[i].punct {
				return code
			}
			continue
		}
		switch toks[i-1].low {
		case "agreed", "agree", "agrees", "agreeing", "offered", "offer", "offers", "offering",
			"promised", "promise", "promises", "pledged", "pledge", "pledges", "volunteered":
			return "0334"
		}
		return code
	}
	return code
}
