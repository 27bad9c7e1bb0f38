// Package mention finds the actors an article names and links them to the
// knowledge base. Its [Stage] reads the text and sentence layers and fills
// doc.LayerMentions: Doc.Mentions, Doc.Entities and Doc.RoleClaims.
//
// # Matching
//
// [New] builds, once per KB, a trie over folded tokens (lower case, no
// diacritics, no apostrophes; hyphens and spaces both separate tokens) of
// every actor's canonical name, aliases, demonyms (and their plurals) and,
// for countries, capital. Text tokens carry byte offsets, so matches map
// back to the original text. Matching is leftmost-longest on whole tokens,
// so "Israel" never matches inside "Israeli", and a possessive "'s" ends a
// name. Case is checked per token against how the KB writes the name: an
// all-caps name ("US", "IS") only matches all-caps text, a capitalised name
// only capitalised text ("Chad", not "chad"). The stage and its matcher
// are read-only after New and safe for concurrent use.
//
// # Titles and role claims
//
// A title lexicon (titles.go) maps written titles to the office keys of
// kb/offices.go. Around a title the stage reads modifiers (former, ex-,
// acting, caretaker, interim, then-, outgoing, late, -designate, deputy),
// the country or organisation it belongs to (adjective "Iranian",
// possessive "Israel's", name "U.S.", "of Iran" after it, "ambassador to
// the United States"), and the person it names: after the title ("Foreign
// Minister Hossein Amir Abdollahian", also across honorifics and one
// comma) or before it in apposition ("Danny Ayalon, Israel's
// ambassador,"). Each pair is a doc.RoleClaim; its Country comes, in
// order, from the text, from the title itself (US "Secretary of State"),
// from the linked person's KB country, from the nearest state in the
// sentence, or from the state the article names most (CountryHow says
// which). A title without a name ("the minister said") makes no mention
// and no claim.
//
// # Names the KB does not know
//
// Capitalised runs outside KB matches become people, organisations or
// places from cheap cues: a title, honorific or occupation before them, a
// reporting verb after them, given names (a lexicon plus the first names
// of the KB's people), organisation and place head words ("Ministry of…",
// "…River"), locative prepositions, place-name suffixes. A KB person's name
// that is only part of a longer capitalised name ("Soltani" inside
// "Mohammad Bagher Soltani") is never linked: the whole name becomes an
// unlinked person.
//
// What the text says a name is types it: an apposition or copula ("Aisby
// is a village", "Staedtler, a stationery company,"), an organisation noun
// right before it ("the band Deadsy", "retailer Best Buy"), a demonym
// before an organisation's head word ("Indonesian Navy"), a head word that
// opens a name ("Partido Popular", "Universidad de Chile", "Jaish al-Adl",
// "Radio Free Europe"), coordination with a place ("Cosham and
// Bedhampton"). A country code before "$" is a currency ("US$40"), not the
// country; a KB name with a possessive inside matches ("People's Republic
// of China") unless the words before the possessive are a name of their
// own ("Iran's Foreign Ministry"), and a listed name ending in "'s"
// ("Moody's") keeps it in its span.
//
// Further cues: the geo gazetteer's cities and regions and a lexicon of
// well-known companies, media, sports bodies and NGOs (orgs.go; typed,
// never linked, a KB actor of the same name wins); a given name before a
// one-word place or company is a person ("John Denver"); compass and
// landform words open place names ("Southern Iraq", "Lake Chad"); an
// ordinal opens a unit's name ("82nd Airborne Division"); a place before a
// plural noun is a team ("Chicago Bulls"); a maker's name before a model
// number is a product, not an organisation ("Boeing 787"). A two- or
// three-word run with no cue is a person when it is shaped like a name:
// no common English word (common.go), no word the article writes in lower
// case, no place. A given name alone joins the one person whose name it
// opens, else is a person of its own. Other runs with no cue are not
// emitted.
//
// # Short forms and metonymy
//
// A surname or the tail of a name given in full elsewhere in the article
// joins that entity ("Bennett", "Abdollahian"); a KB surname alone types a
// person but links only when the article names that person in full or the
// person held the office the article's title claims. A capital followed by
// a reporting verb or a possessive ("Tehran denied", "Tehran's proxies")
// stands for its country's government (Mention.Metonymy); after a locative
// preposition it is a place.
package mention
