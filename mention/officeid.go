package mention

import "github.com/sitrep-project/sitrep/kb"

// indexOfficeIDs fills s.officeIDs with the id of every office of k.
func (s *Stage) indexOfficeIDs(k *kb.KB) {
	s.officeIDs = map[string]string{}
	if k == nil {
		return
	}
	for _, o := range k.Offices() {
		s.officeIDs[o.ID] = o.ID
	}
}

// office returns kb.OfficeID(country, key) and whether the KB holds that
// office, as s.kb.Office would say (false without a KB). The id is
// joined in a stack buffer and looked up there: the id of a KB office
// is the KB's own string, so a claim's id needs no string built for it.
func (s *Stage) office(country, key string) (string, bool) {
	var buf [64]byte
	b := append(append(append(buf[:0], country...), '.'), key...)
	if id, ok := s.officeIDs[string(b)]; ok { // no allocation for the key
		return id, true
	}
	return string(b), false
}

// hasOfficeID reports whether the KB holds the office
// kb.OfficeID(country, key): office's answer without building the id.
func (s *Stage) hasOfficeID(country, key string) bool {
	var buf [64]byte
	b := append(append(append(buf[:0], country...), '.'), key...)
	_, ok := s.officeIDs[string(b)] // no allocation for the key
	return ok
}
