package mention

// foreignHolder reports whether found f is a KB person of a country
// other than implied, the one a bare title implies ("Defence Secretary"
// is British, "Secretary of State" American): Sri Lanka's "Defence
// Secretary Gotabaya Rajapaksa" then takes his own country, never the
// British office.
func (p *proc) foreignHolder(f *found, implied string) bool {
	if f.actor < 0 {
		return false
	}
	c := p.s.actors[f.actor].Country
	return c != "" && c != implied
}

// hasOffice reports whether the KB holds the office key of country.
func (p *proc) hasOffice(country, key string) bool {
	return p.s.hasOfficeID(country, key)
}
