package mention

import "github.com/sitrep-project/sitrep/doc"

// A kind is the type of a candidate mention (found.typ) or of a cue
// (hasCue), one byte rather than the doc.Type… string it stands for: the
// passes compare it with a constant thousands of times a document, and
// a byte compares in one instruction where a string takes a length and
// a content test.
type kind uint8

const (
	kNone         kind = iota // no type (yet): the run is no mention
	kPerson                   // doc.TypePerson
	kCountry                  // doc.TypeCountry
	kOrganization             // doc.TypeOrganization
	kArmedGroup               // doc.TypeArmedGroup
	kPlace                    // doc.TypePlace
	// kMisc marks runs that name events or works; they are not emitted
	kMisc
)

// kindNames are the doc.Type… strings of the kinds; kMisc's is the
// label the package used for it before kinds ("misc"), never emitted.
var kindNames = [...]string{
	kNone:         "",
	kPerson:       doc.TypePerson,
	kCountry:      doc.TypeCountry,
	kOrganization: doc.TypeOrganization,
	kArmedGroup:   doc.TypeArmedGroup,
	kPlace:        doc.TypePlace,
	kMisc:         "misc",
}

// String returns the doc.Type… string of k ("" for kNone).
func (k kind) String() string { return kindNames[k] }

// A foundHow is how a candidate mention was found (found.how), one byte
// rather than the How… string it stands for, for the reason kind is.
type foundHow uint8

const (
	hNone      foundHow = iota // no longer a mention of its own (absorbed)
	hAlias                     // HowAlias
	hDemonym                   // HowDemonym
	hCapital                   // HowCapital
	hName                      // HowName
	hShortForm                 // HowShortForm
	hLeader                    // HowLeader
)

// howNames are the How… strings of the foundHows.
var howNames = [...]string{
	hNone:      "",
	hAlias:     HowAlias,
	hDemonym:   HowDemonym,
	hCapital:   HowCapital,
	hName:      HowName,
	hShortForm: HowShortForm,
	hLeader:    HowLeader,
}

// String returns the How… string of h ("" for hNone).
func (h foundHow) String() string { return howNames[h] }
