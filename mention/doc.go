// Package mention finds the actors an article names and links them to the
// knowledge base: KB names, aliases, demonyms and capitals are matched over
// folded tokens (case-, diacritic- and hyphen-insensitive where safe),
// titles before or beside a name become role claims, and capitalised names
// the KB does not know become unlinked entities.
//
// The matcher is built once per KB by [New] and is read-only afterwards, so
// one [Stage] may be shared by any number of goroutines.
package mention
