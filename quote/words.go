package quote

import "github.com/sitrep-project/sitrep/internal/wordset"

// cues are the verbs that report speech or thought, mapped to nothing;
// the cue is reported as written.
var cues = setOf(`said says say told tells tell added adds warned warns wrote writes
	vowed vows insisted insists stressed stresses noted argued argues claimed
	denied denies announced announces explained explains asked asks replied replies
	responded responds continued declared declares stated acknowledged acknowledges
	admitted admits suggested suggests predicted predicts recalled recalls reported reports
	confirmed confirms posted tweeted urged urges pledged promised
	charged contended contends maintained maintains conceded concedes cautioned cautions
	emphasized emphasised emphasizes emphasises underlined alleged alleges testified
	observed remarked commented complained complains agreed agrees joked quipped
	shouted indicated revealed disclosed concluded hinted signalled signaled
	countered retorted boasted demanded proclaimed speculated believes believed thinks
	thought expects expected feels felt described describes
	reiterated reiterates threatened threatens assured assures accused accuses
	blamed predicted wondered asserted asserts affirmed announced informed
	mocked praised criticized criticised questioned found finds shows showed shown
	cited cites echoed wants believe know knows claim estimates
	chanted chants sang sings yelled yells screamed screams exclaimed whispered
	admit complain suggest argue warn insist deny acknowledge predict indicate indicates
	disclose discloses reaffirmed reaffirms restated restates underscored underscores
	notes reiterate reaffirm pointed points ruled dismissed dismisses branded brands
	promises pledges vows`)

// progressives are cues in their -ing form, reporting after a form of
// "be" ("is saying that", "are warning that").
var progressives = setOf(`saying telling warning claiming insisting stressing noting arguing
	denying announcing explaining asking confirming suggesting predicting urging pledging
	promising contending maintaining emphasizing emphasising alleging complaining demanding
	reporting accusing vowing writing tweeting posting acknowledging admitting reiterating
	threatening signalling signaling hinting declaring assuring reminding cautioning
	informing reaffirming underscoring`)

// objectCues are cues that mostly take an object rather than a
// reported clause ("declared Maduro the winner", "proclaimed a state of
// emergency", "recalled its ambassador"): they report a clause only after "that" or
// a colon, or around a quotation.
var objectCues = setOf(`declared declares proclaimed maintained maintains posted ruled dismissed
	recalled recalls
	dismisses branded brands`)

// passiveBefore are words that make a following cue passive or
// adjectival rather than a report ("is said to", "the said sum"). The
// perfect ("has said", "had warned") is active and reports.
var passiveBefore = setOf(`is was are were be been being the as`)

// beForms make a following past participle passive.
var beForms = setOf(`is was are were be been being`)

// determiners before a cue word make it a noun ("his claim that",
// "their reports"), not a report.
var determiners = setOf(`his her their its our my your the a an this these those`)

// pronouns are personal pronouns that can stand for a speaker.
var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "s",
}

// unnamedHeads are nouns that, plural or indefinite, make an unnamed
// source ("officials said", "a source familiar with the talks").
var unnamedHeads = setOf(`official officials source sources diplomat diplomats analyst
	analysts expert experts witness witnesses resident residents people person insider
	insiders aide aides observer observers critic critics activist activists spokesman
	spokeswoman spokesperson representative representatives officer officers member members
	lawmaker lawmakers legislator legislators minister ministers leader leaders
	investigator investigators negotiator negotiators commander commanders authorities
	report media statement figure figures economist economists participant
	participants supporter supporters opponent opponents doctor doctors medics worker
	workers employee employees staff survivor survivors relative relatives neighbour
	neighbors neighbours friend friends colleague colleagues military security police
	intelligence government administration scholar scholars researcher researchers
	poll polls survey study protesters demonstrators marchers crowd protester demonstrator
	marcher villager villagers student students parents families mothers fathers widows`)

// descHeads are nouns that, after "the", describe a speaker already
// named ("the minister said", "the ministry added").
var descHeads = setOf(`minister ministry official spokesman spokeswoman spokesperson
	president premier ambassador envoy diplomat general commander leader chief secretary
	senator governor mayor chancellor king queen prince sheikh ayatollah candidate
	nominee agency company firm group organisation organization department office
	government administration embassy army military source statement report newspaper
	paper network campaign party council committee court judge prosecutor lawyer
	attorney state country republic kingdom union alliance movement militia
	authority authorities ministers officials analyst expert researcher economist`)

// orgHeads are heads of organisation descriptions, matched against an
// earlier speaker's name ("the ministry" → "the Foreign Ministry").
var orgHeads = setOf(`ministry agency company firm group organisation organization
	department office government administration embassy army military network campaign
	party council committee court union alliance movement militia authority newspaper paper
	house forces guard guards service commission board bureau institute`)

// titleWords are words that belong to a title written before a name
// ("Israeli Ambassador Danny Ayalon", "Foreign Minister Hossein Amir
// Abdollahian", "Sen. Ted Cruz"), local offices among them ("Butler
// County Auditor Roger Reynolds", "Rock Hill City Manager Carey Smith").
var titleWords = setOf(`president vice prime minister foreign defence defense interior
	finance secretary state ambassador envoy special general gen lt col colonel major
	maj capt captain admiral adm sgt sergeant chief deputy senior spokesman spokeswoman
	spokesperson senator sen rep representative gov governor mayor king queen prince
	princess sheikh emir crown supreme leader ayatollah pope cardinal bishop rabbi imam
	dr mr mrs ms judge justice attorney chancellor premier speaker chairman chairwoman
	chair ceo director commissioner commander head executive former acting interim
	caretaker designate then house senate republican democratic democrat candidate
	nominee presidential first lady minority majority whip lieutenant commissioner
	economy trade health education justice energy labor labour transport agriculture
	environment culture national security adviser advisor intelligence army navy
	air force police top official officials opposition party u.s us uk eu un nato
	white foreign-policy cabinet member minister-president chief-of-staff staff of
	affairs homeland treasury figure mp mps mep mla taoiseach tanaiste sultan
	auditor manager clerk treasurer superintendent sheriff coroner planner administrator
	assessor trustee alderman councilman councilwoman councilmember selectman selectwoman
	supervisor constable marshal det cpl corporal detective officer trooper investigator
	patrolman counsellor counselor`)

// indefiniteBodies are heads of a body that may speak when described
// with "a" or "an" ("a rights group said", "an aid agency said").
var indefiniteBodies = setOf(`group organisation organization agency charity watchdog monitor
	newspaper coalition network`)

// forcesParticiples are participles that with "forces" name a body of
// troops in a title ("armed forces chief", "allied forces commander").
var forcesParticiples = setOf(`armed allied combined united`)

// tellObjects are listeners after "told" ("told reporters").
var tellObjects = setOf(`reporters journalists lawmakers parliament supporters him her them us me
	viewers listeners the a an an audience congress delegates students crowd crowds
	workers members senators legislators residents`)

// stopAfterName are words that end an inverted speaker ("said Ayalon in
// a statement").
var stopAfterName = setOf(`in on at during after before when while who which that as adding
	according to told and but yesterday today tonight last this earlier later via through
	from with without because since although though`)

// boundaryWords end a subject noun phrase scanned backwards from a cue.
var boundaryWords = setOf(`that which who whom whose and but or because although though
	while when where if as so than said says told after before since until unless
	whether also however`)

// adverbs that may sit between a subject and its cue ("he also said").
var cueAdverbs = setOf(`also later earlier again previously recently then once still further
	repeatedly reportedly separately privately publicly openly quickly simply only
	has have had was were is would will could may might did does do had already
	just even never often frequently long yesterday today now`)

// mediaObjects follow "on" after a cue ("said on social media", "wrote
// on X").
var mediaObjects = setOf(`twitter x facebook instagram telegram youtube tiktok social media
	truth weibo linkedin threads bluesky television tv radio air state`)

// setOf returns the set of the space-separated words of s.
func setOf(s string) *wordset.Set { return wordset.Of(s) }

// linkingAdverbs are the writer's sentence adverbs that a pair of commas
// sets off after a cue ("said, however, that …").
var linkingAdverbs = setOf(`however though nonetheless nevertheless moreover meanwhile instead too
	also furthermore indeed`)

// relativeOpeners open a relative clause after a comma ("in Osh, where
// markets were looted", "of the plan, which …").
var relativeOpeners = setOf(`where which who whom whose`)
