package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestKBFillEarlierTerms: terms before the offices' complete_from and an
// acting holder spelt another way are in the KB, so such claims are
// checked: Alan García's first term (1985–1990), Ferdinand Marcos Sr.
// (1965–1986), Niwattumrong Boonsongpaisan as acting prime minister in
// May 2014.
func TestKBFillEarlierTerms(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Former President Alan Garcia won Peru's runoff on Sunday.", "2006-06-05", doc.Supported, "1985-07-28 → 1990-07-28"},
		{"President Alan Garcia spoke in Lima.", "1988-03-01", doc.Supported, "held this office on 1988-03-01"},
		{"President Ferdinand E. Marcos declared martial law in the Philippines on Thursday.", "1972-09-23", doc.Supported, "1965-12-30 → 1986-02-25"},
		{"Acting Prime Minister Niwattumrong Boonsongpaisan did not attend the talks.", "2014-05-20", doc.Supported, "2014-05-07 → 2014-05-22"},
	})
}

// TestKBGaps: the KB holds Qureshi's two
// terms as Pakistan's foreign minister, South Africa's finance
// ministers, Mabuza's swearing-in as deputy president to the day.
func TestKBGaps(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Foreign Minister Shah Mehmood Qureshi told reporters on Saturday that ties were strong.", "2018-08-18", doc.Contradicted, "2018-08-20 → 2022-04-10"},
		{"Finance Minister Nhlanhla Nene told investors on Thursday that the budget was sound.", "2018-02-15", doc.Contradicted, "Malusi Gigaba"},
		{"Deputy President David Mabuza said on Thursday that the party was united.", "2018-02-15", doc.Contradicted, "2018-02-27"},
	})
}

// TestKBPhilippinesSwedenColombia: the KB's officials and relations
// for the Philippines' foreign and defence secretaries,
// Sweden's foreign ministers since 2006 and Colombia–Venezuela's breaks.
func TestKBPhilippinesSwedenColombia(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Philippine Defence Secretary Delfin Lorenzana called the attack illegal.", "2023-08-07", doc.Contradicted, "held by Gilberto Teodoro"},
		{"Philippine Defence Secretary Delfin Lorenzana called the attack illegal.", "2019-04-02", doc.Supported, "2016-06-30"},
		{"Philippine Foreign Secretary Enrique Manalo said the actions were excessive.", "2023-08-07", doc.Supported, "Enrique Manalo held this office"},
		{"Swedish Foreign Minister Tobias Billstrom said Sweden would send troops.", "2024-03-07", doc.Supported, "2022-10-18"},
		{"Swedish Foreign Minister Carl Bildt said Sweden would send troops.", "2016-03-07", doc.Contradicted, "Margot Wallström"},
	})
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Colombia and Venezuela restored diplomatic relations on Sunday.", "2022-08-29", doc.Supported, "restored on 2022-08-28"},
		{"Venezuela severed diplomatic relations with Colombia in 2015.", "2022-08-29", doc.Contradicted, "2015"},
	})
}

// TestKBCubaEstoniaForeignMinisters: the KB's foreign ministers of
// Cuba since 1999 and Estonia's Urmas Paet.
func TestKBCubaEstoniaForeignMinisters(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Cuban Foreign Minister Bruno Rodriguez said the visit would not change Cuba's system.", "2016-03-21", doc.Supported, "2009-03-02"},
		{"Cuban Foreign Minister Felipe Perez Roque said the visit would not change Cuba's system.", "2016-03-21", doc.Contradicted, "Bruno Rodríguez Parrilla"},
		{"Estonian Foreign Minister Urmas Paet accused Russia of orchestrating the protests.", "2007-04-28", doc.Supported, "2005-04-13"},
		{"Estonian Foreign Minister Urmas Paet accused Russia of orchestrating the protests.", "2016-04-28", doc.Contradicted, "2014-11"},
	})
}

// TestKBForeignMinisters: the KB's foreign ministers of Niger, Armenia,
// Azerbaijan, Denmark, Bangladesh, Cambodia, Sri Lanka, Mali, Nepal,
// Thailand and the Netherlands.
func TestKBForeignMinisters(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Senegalese Foreign Minister Hassoumi Massoudou called on democrats to resist the coup.", "2023-07-28", doc.Contradicted, "Niger"},
		{"Nigerien Foreign Minister Hassoumi Massoudou met the French envoy.", "2023-05-02", doc.Supported, "2023-07-26"},
		{"Armenian Foreign Minister Zohrab Mnatsakanyan met his counterpart in Moscow.", "2020-10-10", doc.Supported, "2018-05-12"},
		{"Azerbaijani Foreign Minister Jeyhun Bayramov met his counterpart in Moscow.", "2020-10-10", doc.Supported, "2020-07-16"},
		{"Danish Foreign Minister Jeppe Kofod said he would call Pompeo.", "2019-08-21", doc.Supported, "2019-06-27"},
		{"Danish Foreign Minister Jeppe Kofod said he would call Blinken.", "2023-08-21", doc.Contradicted, "2022-12-15"},
		{"Danish Foreign Minister Lars Lokke Rasmussen said he would call Blinken.", "2023-08-21", doc.Supported, "2022-12-15"},
		{"Armenian Foreign Minister Ararat Mirzoyan met his counterpart in Moscow.", "2023-06-01", doc.Supported, "2021-08-19"},
		{"Bangladeshi Foreign Minister A.K. Abdul Momen met his counterpart in Delhi.", "2023-06-01", doc.Supported, "2019-01-07"},
		{"Cambodian Foreign Minister Prak Sokhonn met his counterpart in Bangkok.", "2023-06-01", doc.Supported, "2016-04-04"},
		{"Sri Lankan Foreign Minister Ali Sabry met his counterpart in Delhi.", "2023-06-01", doc.Supported, "2022-07-22"},
		{"Malian Foreign Minister Abdoulaye Diop met his counterpart in Niamey.", "2023-06-01", doc.Supported, "2021-06"},
		{"Nepali Foreign Minister Arzu Rana Deuba met her counterpart in Delhi.", "2025-01-10", doc.Supported, "2024-07-15"},
		{"Thai Foreign Minister Kasit Piromya met his counterpart in Phnom Penh.", "2010-05-01", doc.Supported, "2008-12-20"},
		{"Thai Foreign Minister Don Pramudwinai met his counterpart in Phnom Penh.", "2010-05-01", doc.Contradicted, "2015-08"},
		{"Dutch Foreign Minister Maxime Verhagen met his counterpart in Brussels.", "2010-05-01", doc.Supported, "2007-02-22"},
		{"Dutch Foreign Minister Ben Bot met his counterpart in Brussels.", "2010-05-01", doc.Contradicted, "2007-02-22"},
	})
}

// TestAUCommission: the Chairperson of the African Union
// Commission is a KB office ("AU Commission chair", "AU chief"), its
// holders dated.
func TestAUCommission(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"African Union Commission chairperson Moussa Faki Mahamat met activists in Addis Ababa on Tuesday.", "2016-03-10", doc.Contradicted, "held by Nkosazana Dlamini-Zuma"},
		{"AU Commission chair Nkosazana Dlamini-Zuma met activists in Addis Ababa on Tuesday.", "2018-03-10", doc.Contradicted, "2012-10-15 → 2017-03-14"},
		{"AU chief Moussa Faki met activists on Tuesday.", "2020-03-10", doc.Supported, "2017-03-14"},
	})
}

// TestKBOfficeCreatedLater: an office a later constitution created is no
// title anyone held before it: Ivory Coast had no vice president before
// the constitution of November 2016 (Guillaume Soro was prime minister in
// 2011).
func TestKBOfficeCreatedLater(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Ivorian Vice President Guillaume Soro said on state television that Gbagbo was unharmed.", "2011-04-11", doc.Contradicted, "created only on 2016-11-08"},
	})
}

// TestKBActingBeforeSwearingIn: Hailemariam Desalegn was acting prime
// minister of Ethiopia from Meles Zenawi's death until he was sworn in on
// 2012-09-21, so the swearing-in a month after the death is no wrong
// start.
func TestKBActingBeforeSwearingIn(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Hailemariam Desalegn was sworn in as prime minister on Friday, a month after the death of Meles Zenawi.", "2012-09-21", doc.Supported, ""},
		{"Prime Minister Hailemariam Desalegn said on Monday that the dam would be finished.", "2012-10-01", doc.Supported, "2012-09-21 → 2018-04-02"},
	})
}

// TestKBYugoslavPrimeMinister: Yugoslavia's federal prime minister is an
// office of its own (filed with Serbia, as the federal president is), so
// Momir Bulatović in October 2000 is no false Prime Minister of Serbia
// and a later holder is told apart from the republic's.
func TestKBYugoslavPrimeMinister(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Yugoslav Prime Minister Momir Bulatovic did not appear in public.", "2000-10-06", doc.Supported, "2000-11-04"},
		{"Yugoslav Prime Minister Zoran Zizic met envoys on Tuesday.", "2002-02-12", doc.Contradicted, "held by Dragiša Pešić"},
	})
}

// TestKBYugoslaviaUSRelations: Yugoslavia broke relations with the
// United States when NATO's bombing began in March 1999 and restored them
// in November 2000, after Milošević's fall.
func TestKBYugoslaviaUSRelations(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Belgrade broke off diplomatic ties with Washington in March 1998.", "2000-10-06", doc.Contradicted, "on 1999-03, not in 1998"},
		{"Yugoslavia and the United States, which have had diplomatic relations since 1995, signed an aid deal.", "2002-12-06", doc.Contradicted, "broken on 1999-03"},
	})
}

// TestKBOfficesNeverHeld: republics without a vice
// president (Sri Lanka, Ukraine) and monarchies without a president
// (Bhutan, Malaysia, Eswatini) make such a title an office that does not
// exist; Peru's second vice presidency is a vice presidency; a speaker
// quoted after his death is flagged.
func TestKBOfficesNeverHeld(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Sri Lanka's Vice President Sajith Premadasa called for restraint.", "2022-07-14", doc.Contradicted, "never"},
		{"Ukrainian Vice President Petro Ivanenko said the talks had failed.", "2015-02-10", doc.Contradicted, "never"},
		{"Bhutanese President Karma Dorji met Indian officials on Monday.", "2019-05-06", doc.Contradicted, "never"},
		{"Malaysian President Ahmad Zaki opened the summit.", "2019-05-06", doc.Contradicted, "never"},
		{"Swazi President Themba Dlamini spoke on Monday.", "2019-05-06", doc.Contradicted, "never"},
	})
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"\"The president was forced out,\" said Mercedes Araoz, Peru's second vice president.", "2018-03-24", doc.Supported, "2016-07-28"},
	})
	wantVerdicts(t, doc.FindSpeakerDeceased, []verdictCase{
		{"Islamist leader Hassan al-Turabi said on Saturday the agreement ignored the Islamic movement.", "2019-08-18", doc.Contradicted, "2016-03-05"},
	})
}

// TestKBStateTitleWithoutState: a state post with a title of its own,
// written without its state before a KB person who held it, is checked
// as that state's post: Afghanistan's chief executive was abolished in
// March 2020.
func TestKBStateTitleWithoutState(t *testing.T) {
	wantVerdicts(t, doc.FindOfficeNonexistent, []verdictCase{
		{"Chief Executive Abdullah Abdullah said talks with the Taliban had stalled.", "2021-07-14", doc.Contradicted, "2020-03-09"},
	})
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Chief Executive Abdullah Abdullah said talks with the Taliban had stalled.", "2017-05-02", doc.Supported, "2014-09-29"},
	})
}

// TestKBRecognitionHistories: the KB records each switch of recognition
// between Taipei and Beijing, so a pair's history runs from its opening
// or an earlier switch: a break claimed years before the recorded one
// falls inside relations in place, and Beijing's own suspensions are
// breaks of the pair with China.
func TestKBRecognitionHistories(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Taiwan lost the Gambia as an ally in 2008, when Banjul cut ties with Taipei.", "2015-01-10", doc.Contradicted, "until the break on 2013-11"},
		{"Burkina Faso severed relations with Taiwan in 2012.", "2019-03-01", doc.Contradicted, "until the break on 2018-05"},
		{"Chad cut diplomatic ties with Taiwan in 2001.", "2010-05-01", doc.Contradicted, "until the break on 2006-08"},
		{"Beijing broke off relations with Chad in 1997.", "2005-05-01", doc.Supported, "1997-08"},
		{"Nicaragua restored diplomatic relations with Taiwan in 1990.", "2000-05-01", doc.Supported, "1990-11"},
		{"China severed ties with Nauru in 2005.", "2010-05-01", doc.Supported, "2005-05"},
		{"Japan severed diplomatic ties with Taiwan in 1968.", "2000-05-01", doc.Contradicted, "until the break on 1972-09-29"},
		{"Kiribati established diplomatic relations with Taiwan in 2003.", "2010-05-01", doc.Supported, "2003-11"},
		{"Indonesia broke off relations with China in 1959.", "2000-05-01", doc.Contradicted, "1950-04"},
	})
}

// TestKBArabStatesSyria: Tunisia broke relations with Damascus in
// February 2012 and restored them in April 2023; Saudi Arabia agreed to
// resume its diplomatic mission in May 2023.
func TestKBArabStatesSyria(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Tunisia cut diplomatic ties with Syria in 2012.", "2016-03-01", doc.Supported, "2012-02"},
		{"Tunisia and Syria resumed diplomatic relations in 2018.", "2024-03-01", doc.Contradicted, "stayed severed from 2012-02"},
		{"Riyadh restored diplomatic relations with Damascus in 2021.", "2024-03-01", doc.Contradicted, "on 2023-05, not in 2021"},
	})
}
