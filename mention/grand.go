package mention

// grandTitles are the titles besides the honorifics and roles that a
// capitalised "Grand" ranks: "Grand Duke Henri", "Grand Master".
var grandTitles = map[string]bool{
	"duke": true, "duchess": true, "master": true, "vizier": true, "wizard": true, "chamberlain": true,
}

// grandNames reads a capitalised "Grand" as an honorific only before a
// title it ranks ("Grand Ayatollah Ali al-Sistani", "Grand Mufti", "Grand
// Duke Henri"). Before any other name it is the name's first word:
// "Grand Prairie", "Grand Rapids" and "Grand Ledge" are towns, not a
// person "Prairie" with a title.
func (p *proc) grandNames() {
	// gated by tGrand (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tGrand) {
		return
	}
	for i := range p.toks {
		if !p.has(i, fHonor) || p.word(i) != "Grand" || p.toks[i].upper() {
			continue
		}
		if k := i + 1; k < len(p.toks) && p.joined(k) && (p.has(k, fHonor|fRole) || grandTitles[p.lower(k)]) {
			continue
		}
		p.tflags[i] &^= fHonor
	}
}
