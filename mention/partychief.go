package mention

import "github.com/sitrep-project/sitrep/kb"

// partyPostTitle reports whether title hit th can be a ruling party's
// post when a party is written before it: "General Secretary", "chief",
// "leader", "head" ("Communist Party chief To Lam").
func (p *proc) partyPostTitle(th titleHit) bool {
	return th.e.filed || th.e.office == kb.OfficeLeader && th.e.words != "commander"
}

// partyOwner returns the first token of a party name the KB does not
// link that ends at token k ("Communist Party", "Party" in "Party
// General Secretary Nguyen Phu Trong"), or -1. A ruling communist
// party is written without its country in the story of its state; the
// claim then names the state's general secretaryship where the KB files
// one and is dropped elsewhere (addClaim), so "Communist Party leader"
// in a country without that office claims nothing. A party the KB links
// keeps its own rules (ownerCode, uncheckedPartyPost). "Party" alone
// counts only when bare is set, before "General Secretary": "party
// chief" alone is as often a province's party secretary.
func (p *proc) partyOwner(k int, bare bool) int {
	if k < 0 || !p.toks[k].word() || !p.toks[k].cap() || p.lower(k) != "party" {
		return -1
	}
	if p.cover[k] < 0 {
		if bare {
			return k
		}
		return -1
	}
	if g := p.foundEnding(k + 1); g >= 0 && p.found[g].actor < 0 && !p.found[g].dead && !p.isState(g) && (bare || p.found[g].j-p.found[g].i > 1) {
		return p.found[g].i
	}
	return -1
}
