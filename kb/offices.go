package kb

// Office keys: the normalised names of offices, shared by the KB data, the
// title lexicon of the mention stage and the verifier. An office id is
// "<country>.<key>" (see OfficeID), e.g. "IRN.foreign_minister",
// "ISR.ambassador:USA", "UN.secretary_general".
const (
	OfficeHeadOfState           = "head_of_state" // generic, when the title names no specific office
	OfficeHeadOfGovernment      = "head_of_government"
	OfficePresident             = "president"
	OfficeVicePresident         = "vice_president"
	OfficePrimeMinister         = "prime_minister"
	OfficeDeputyPrimeMinister   = "deputy_prime_minister"
	OfficeChancellor            = "chancellor" // Germany, Austria
	OfficeMonarch               = "monarch"    // king, queen, emir, sultan
	OfficeCrownPrince           = "crown_prince"
	OfficeSupremeLeader         = "supreme_leader"
	OfficeForeignMinister       = "foreign_minister" // incl. US Secretary of State, UK Foreign Secretary
	OfficeDeputyForeignMinister = "deputy_foreign_minister"
	OfficeDefenceMinister       = "defence_minister" // incl. US Secretary of Defense
	OfficeInteriorMinister      = "interior_minister"
	OfficeFinanceMinister       = "finance_minister"
	OfficeSecretaryGeneral      = "secretary_general"     // UN, NATO, Arab League, …
	OfficeDirectorGeneral       = "director_general"      // IAEA, WHO, …
	OfficeLeader                = "leader"                // leader of an armed group or movement
	OfficeSpeaker               = "speaker"               // of parliament
	OfficeCentralBankGovernor   = "central_bank_governor" // the head of the state's central bank, whatever the bank calls the post
	// OfficeAmbassadorPrefix + ISO3 of the host country (or "UN") is the
	// key of an ambassadorship: "ambassador:USA". A bare "ambassador"
	// names no host.
	OfficeAmbassadorPrefix = "ambassador:"
	OfficeAmbassador       = "ambassador"
)
