package mention

// commodityFirm reports whether [i,j) is a producer's name: two or three
// capitalised words ending in the commodity it produces ("Impala
// Platinum", "Harmony Gold", "Tata Steel", "Dangote Cement", "Coal
// India" does not end so and is left to the KB). A run that opens with a
// known given name ("David Steel", "Ari Gold") is a person's.
func (p *proc) commodityFirm(i, j int) bool {
	if j-i < 2 || j-i > 3 || !commodityHead(p.word(j-1)) || p.has(i, fGiven|fHonor|fRole) {
		return false
	}
	for k := i; k < j; k++ {
		if !p.toks[k].cap() || p.toks[k].upper() && k == j-1 {
			return false // not "GOLD" in a shouted headline
		}
	}
	return true
}

// commodityHead reports whether w, capitalised, is a commodity or an
// industry that ends a producer's name.
func commodityHead(w string) bool {
	switch w {
	case "Platinum", "Gold", "Copper", "Steel", "Cement", "Coal", "Nickel", "Uranium", "Diamonds",
		"Lithium", "Zinc", "Aluminium", "Aluminum", "Sugar", "Tobacco", "Breweries", "Brewery",
		"Textiles", "Fertilizers", "Fertilisers", "Mines", "Refineries", "Cables", "Plastics":
		return true
	}
	return false
}

// shapeFirms types an organisation a name of two or three capitalised
// words that only its shape made a person (no given name, no title, not
// in the KB) when "and" or "or" lists it with a producer named by its
// commodity or a firm's suffix ("Sibanye Stillwater and Impala
// Platinum cut jobs", "Zimplats or Caledonia Mining Ltd"): miners,
// steelmakers and cement makers are listed with their peers, not with
// people named by shape alone. So is one its context makes a company
// (firmContext).
func (p *proc) shapeFirms() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.shapeOnly || f.typ != kPerson || f.how != hName || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i < 2 || f.j-f.i > 3 || p.toks[f.j-1].poss {
			continue
		}
		if p.has(f.i, fGiven) || p.anyFlag(f.i, f.j, fHonor|fRole) || p.headline(f.i) {
			continue
		}
		firm := func(h int, sep int) bool {
			if h < 0 || !(p.is(sep, p.s.w.and) || p.word(sep) == "or") {
				return false
			}
			e := &p.found[h]
			return !e.dead && e.typ == kOrganization && (p.commodityFirm(e.i, e.j) || p.has(e.j-1, fOrgSuffix) && e.j-e.i > 1)
		}
		if firm(p.listBefore(f.i), f.i-1) || firm(p.listAfter(f.j), f.j) || p.firmContext(f.i, f.j) {
			f.typ, f.shapeOnly = kOrganization, false
		}
	}
}

// firmContext reports whether the words around [i,j) make it a company:
// "a unit of X", "a subsidiary of X", "a stake in X", "shares in X", or
// "X shares fell" (its shares or stock before a verb of the market).
func (p *proc) firmContext(i, j int) bool {
	if i >= 2 {
		switch p.lower(i-2) + " " + p.lower(i-1) {
		case "unit of", "subsidiary of", "stake in", "shares in", "stakes in", "units of", "subsidiaries of":
			return true
		}
	}
	if j+1 < len(p.toks) && p.toks[j].sent == p.toks[j-1].sent {
		switch p.lower(j) {
		case "shares", "stock":
			switch p.lower(j + 1) {
			case "fell", "rose", "slid", "sank", "jumped", "gained", "dropped", "tumbled", "climbed", "surged",
				"plunged", "closed", "slumped", "soared", "rallied", "lost", "were", "have", "traded", "ended", "edged", "slipped":
				return true
			}
		}
	}
	return false
}
