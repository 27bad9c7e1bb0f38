package mention

// contextNames applies, in one walk over the names found, the rules that
// mend a name's span or type from the words around it: treaty names
// ("the Minsk agreements"), "The Hague", compass pairs ("West and
// Central Africa"), corps nouns ("US Marine Paul Whelan"), "anti-"
// stems, seats and units ("won 20 seats", "Alpha unit"), "of North
// Vietnam" and the Vietnamese "Le". Each rule looks at one found and
// the tokens around it; the type decides which rules apply.
func (p *proc) contextNames() {
	for g := range p.found {
		switch p.found[g].typ {
		case kPlace:
			p.treatyPlaces(g)
			p.theNames(g)
			p.compassPairs(g)
			p.antiNames(g)
			p.bodyByContext(g)
		case kPerson:
			p.serviceNouns(g)
			p.antiNames(g)
			p.bodyByContext(g)
			p.personOfCompass(g)
			p.vietLe(g)
		case kCountry:
		case kOrganization:
			p.treatyOrgs(g)
			p.antiNames(g)
		default:
			p.antiNames(g)
		}
	}
}
