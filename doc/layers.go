package doc

// A Repair records one change the normalise stage made to the input text.
// Span points at the repaired text in Doc.Text (i.e. at After).
type Repair struct {
	Kind   string `json:"kind"` // mojibake, decode, control, space, nfc
	Span   Span   `json:"span"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// A Token is a word or punctuation mark.
type Token struct {
	Span Span
	Kind TokenKind
	// Alnum reports that every byte of the token is an ASCII letter or
	// digit ("said", "2019", "G20"). The segment stage sets it; false
	// promises nothing. A stage with token rules of its own may take such
	// a token's bytes as read, without scanning them again.
	Alnum bool
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	TokWord TokenKind = iota
	TokNumber
	TokPunct
	TokSymbol
)

// Entity types (the "type" field of entities and mentions).
const (
	TypePerson       = "person"
	TypeCountry      = "country"
	TypeOrganization = "organization"
	TypeArmedGroup   = "armed_group"
	TypePlace        = "place"
	TypeOffice       = "office"
)

// A Mention is one place in the text that names an entity.
type Mention struct {
	Span   Span
	Text   string // Doc.Text[Span]
	Type   string // one of the Type… constants
	KBID   string // KB actor id, "" when not linked
	Entity int    // index into Doc.Entities, -1 before grouping
	// Title is the title written with the mention, as written
	// ("Foreign Minister", "Israeli Ambassador"); "" if none.
	Title     string
	TitleSpan Span
	// Role is the index into Doc.RoleClaims of the claim this mention
	// makes, or -1.
	Role int
	// How says how the mention was found: alias, demonym, capital, name,
	// title, pronoun, short-form.
	How string
	// Metonymy is true when a place name stands for its government
	// ("Tehran denied").
	Metonymy bool
	// Acts is true when a country's name stands for its state acting
	// ("Iraq faces challenges", "urged Iran to", "Israel's strikes"), read
	// as Metonymy reads a capital; false for the country as a place ("in
	// Iraq") and for every other mention. Only the NER evaluation reads it
	// (re3d and GUM type such a country as an organisation); events and
	// places keep reading a country as its state.
	Acts bool
}

// An Entity groups the mentions of one actor.
type Entity struct {
	KBID     string // "" when the actor is not in the KB
	Name     string // canonical name
	Type     string
	Country  string // ISO3 of the actor's country, "" if unknown
	Mentions []int  // indexes into Doc.Mentions, in text order
}

// A RoleClaim is a title+person pair the article asserts, e.g.
// "Iranian Foreign Minister Hossein Amir Abdollahian".
type RoleClaim struct {
	Span       Span   // the whole title+name phrase
	TitleSpan  Span   // the title as written
	Title      string // as written, e.g. "Foreign Minister"
	Office     string // normalised office key, e.g. "foreign_minister"
	OfficeID   string // KB office id when resolved, e.g. "IRN.foreign_minister"
	Country    string // ISO3 the title refers to; "" when unknown
	CountryHow string // explicit, possessive, adjective, context
	Modifier   string // former, acting, caretaker, designate, then, deputy, ""
	Person     string // the person's name as written
	PersonSpan Span
	PersonKBID string // linked KB id, "" when unknown
	Mention    int    // index into Doc.Mentions of the person mention, -1 if none
}

// A Speaker is who a quote is attributed to.
type Speaker struct {
	Name   string `json:"name"`
	Entity string `json:"entity"` // KB id or ""
	Title  string `json:"title"`  // as written
	Span   Span   `json:"span"`
	// Kind: named, pronoun, description, unnamed, unresolved.
	Kind string `json:"kind,omitempty"`
	// Mention is the index into Doc.Mentions, or -1.
	Mention int `json:"-"`
}

// A Quote is something a speaker is reported to have said.
type Quote struct {
	Span    Span    `json:"span"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"` // direct, indirect, mixed
	Speaker Speaker `json:"speaker"`
	Cue     string  `json:"cue"`
	CueSpan Span    `json:"cue_span"`
}

// A Time is a temporal expression with its TIMEX3 value.
type Time struct {
	Span  Span   `json:"span"`
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // TIMEX3 value, e.g. 2024-07-31, XXXX-03, P7Y, PAST_REF
	// Mod is the TIMEX3 mod (START, MID, END, APPROX, …), "" if none.
	Mod string `json:"mod,omitempty"`
	// Anchor says what a relative value was resolved against:
	// "article", "previous", or "" for absolute expressions.
	Anchor string `json:"anchor,omitempty"`
	// Date is, for a DURATION that offsets the clause after it from the
	// clause it follows ("…, a day after troops launched an offensive",
	// "in 1986, two years after receiving the prize"), the date that
	// clause happened: the sentence's earlier date (else the article
	// date) minus the duration for "after", plus it for "before", at
	// the duration's precision (2008-08-08, 1984). TimeML keeps such a
	// point as a non-consuming TIMEX3; Type and Value stay the
	// duration's. "" otherwise.
	Date string `json:"date,omitempty"`
	// End is, on the first of two DATE or TIME expressions an explicit
	// range joins ("from May 24 to May 26", "between 2020 and 2023",
	// "from 10 p.m. to 5 a.m."), the second's value: the range runs
	// from Value to End (TimeML would tie them with a TLINK). Both
	// expressions stay in the layer. "" otherwise.
	End string `json:"end,omitempty"`
}

// A Place is a location named in the text.
type Place struct {
	Span    Span    `json:"span"`
	Name    string  `json:"name"`
	Country string  `json:"country"` // ISO3
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Kind    string  `json:"kind,omitempty"` // country, city, region, capital
	ID      string  `json:"id,omitempty"`   // gazetteer or KB id
}

// An Event is one coded who-did-what-to-whom interaction.
type Event struct {
	Span          Span   `json:"span"`
	Sentence      int    `json:"sentence"`
	Source        string `json:"source"` // entity KB id, else name
	Target        string `json:"target"`
	SourceName    string `json:"source_name,omitempty"`
	TargetName    string `json:"target_name,omitempty"`
	SourceSector  string `json:"source_sector,omitempty"` // GOV, MIL, REB, …
	TargetSector  string `json:"target_sector,omitempty"`
	SourceCountry string `json:"source_country,omitempty"` // ISO3
	TargetCountry string `json:"target_country,omitempty"`
	// SourceCode and TargetCode are CAMEO actor codes (country or group
	// code followed by sector codes), e.g. "IRNGOV", "ISRMIL".
	SourceCode   string  `json:"source_code,omitempty"`
	TargetCode   string  `json:"target_code,omitempty"`
	Plover       string  `json:"plover"`
	Mode         string  `json:"mode"`
	Cameo        string  `json:"cameo"`
	Goldstein    float64 `json:"goldstein"`
	QuadClass    int     `json:"quad_class"`
	Date         string  `json:"date"`
	Place        string  `json:"place"`
	Lat          float64 `json:"lat,omitempty"`
	Lon          float64 `json:"lon,omitempty"`
	PlaceCountry string  `json:"place_country,omitempty"`
	Negated      bool    `json:"negated"`
	Hypothetical bool    `json:"hypothetical"`
	Alleged      bool    `json:"alleged"`
	Quoted       bool    `json:"quoted,omitempty"`
	// SourceInferred is true when the source is the state body that
	// alone does the act, which the text does not name: "He was
	// arrested" is the police's (COP) arrest, "was sentenced" the
	// courts' (JUD). The source's country is where it happened.
	SourceInferred bool `json:"source_inferred,omitempty"`
	// Reciprocal is true for one direction of a reciprocal event ("X and
	// Y held talks" gives X→Y and Y→X).
	Reciprocal  bool    `json:"reciprocal,omitempty"`
	Confidence  float64 `json:"confidence"`
	Trigger     string  `json:"trigger,omitempty"` // the verb or noun that triggered the event
	TriggerSpan Span    `json:"trigger_span"`
}

// A Topic is a label with a score in [0,1].
type Topic struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
	Kind  string  `json:"kind,omitempty"` // region, theme, iptc
	Code  string  `json:"code,omitempty"` // IPTC Media Topic QCode for kind iptc, e.g. medtop:20000639
}

// Finding kinds.
const (
	FindRoleMismatch         = "role_mismatch"
	FindOfficeNonexistent    = "office_nonexistent"
	FindSpeakerDeceased      = "speaker_deceased"
	FindRelationContradicted = "relation_contradicted"
	FindNoCommonDate         = "no_common_date"
	FindUnknownPerson        = "unknown_person"
	FindUnnamedSource        = "unnamed_source"
	FindHedgedClaim          = "hedged_claim"
	FindTextIntegrity        = "text_integrity"
)

// Verdicts.
const (
	Contradicted = "contradicted"
	Supported    = "supported"
	Unverifiable = "unverifiable"
)

// Evidence is one KB fact a finding rests on.
type Evidence struct {
	KB     string `json:"kb"`     // KB record id
	Fact   string `json:"fact"`   // the fact in words
	Source string `json:"source"` // KB source name
	AsOf   string `json:"as_of"`  // the source's as-of date
}

// A Finding is a checked claim or a signal about the article.
type Finding struct {
	Kind        string     `json:"kind"`
	Verdict     string     `json:"verdict"`
	Span        Span       `json:"span"`
	Claim       string     `json:"claim"`
	Explanation string     `json:"explanation"`
	Evidence    []Evidence `json:"evidence"`
}

// A DateWindow is the period in which every role claim holds.
type DateWindow struct {
	From       string `json:"from"` // "" when open
	To         string `json:"to"`
	Consistent bool   `json:"consistent"`
	// Alternatives lists the disjoint stretches that fit the claims
	// equally well when the text cannot choose between them (a person
	// who held the office in several terms); From/To then span them all.
	Alternatives []DateWindow `json:"alternatives,omitempty"`
}

// Sourcing summarises how an article attributes what it reports: a
// profile for a reader to weigh, never a verdict.
type Sourcing struct {
	Quotes         int     `json:"quotes"`      // quotes of any kind
	Named          int     `json:"named"`       // quotes attributed to a named speaker
	Unnamed        int     `json:"unnamed"`     // unnamed sources ("officials said")
	Unresolved     int     `json:"unresolved"`  // quotes whose speaker could not be resolved
	Hedges         int     `json:"hedges"`      // hedging words ("alleged", "reportedly")
	NamedShare     float64 `json:"named_share"` // Named / Quotes, 0 when no quotes
	HedgesPer1000w float64 `json:"hedges_per_1000_words"`
}
