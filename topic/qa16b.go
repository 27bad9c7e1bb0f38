package topic

// Senses added after the sixteenth QA reading (session 9, TP-1 and
// TP-2); the rows are in senses (sense.go).

// legislatureVoters are the bodies whose vote is a decision of a
// legislature, a council or a board, not an election: "Lawmakers voted
// to approve the budget", "the senate voted", "parliament voted to
// downgrade relations" (QA16 TP-1). Elections are named by their own
// words (election, ballot, poll, candidate, turnout).
var legislatureVoters = set("lawmakers", "legislators", "parliament", "parliamentarians", "senate", "senators",
	"congress", "house", "assembly", "council", "mps", "deputies", "representatives", "committee", "board",
	"cabinet", "legislature", "duma", "knesset", "bundestag", "majlis", "shareholders", "members", "justices",
	"judges", "jury", "directors", "commission")

// decisionAfterVoted are the words after "voted" that make it a body's
// decision: "voted to approve", "voted unanimously" (QA16 TP-1).
var decisionAfterVoted = set("to", "unanimously")

// motionVote are the words before "vote" that make it a vote on a
// motion, no election: "a confidence vote", "the Senate vote".
var motionVote = set("confidence", "no-confidence", "senate", "congressional", "council", "committee", "procedural",
	"unanimous", "cloture", "impeachment", "budget", "parliament", "house", "board", "shareholder")

// downgradeRelations are the words after "downgrade" that make it a cut
// in diplomatic relations, no credit rating or forecast: "downgraded
// relations with Iran", "downgrade its ties" (QA16 TP-2). A rating or a
// forecast after "its" is economy news by its own words.
var downgradeRelations = set("relations", "ties", "diplomatic", "its", "their", "bilateral")
