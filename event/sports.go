package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// sportsParties drops the events of evs with no actor code on either
// side whose sentence is about sport: a word only sport uses
// (skipper, innings, quarterback, playoffs, tournament, soccer …) or a
// phrase of it ("Test series", "World Cup", "head coach"). A captain's
// "said", a club that "criticized fans", a coach who "files suit" or
// "agrees to a contract extension" and a golfer who "shoots a 65" are
// no political events; a state or a coded group on either side keeps
// the event ("Pakistan's president will visit India to watch the
// cricket Test match").
func sportsParties(evs []doc.Event, text, low string, sents []doc.Span) []doc.Event {
	last := -1 // the sentence last tested, and its answer
	sport := false
	return dropWhere(evs, func(e *doc.Event) bool {
		if e.SourceCode != "" || e.TargetCode != "" || e.Sentence < 0 || e.Sentence >= len(sents) {
			return false
		}
		if e.Sentence != last {
			last, sport = e.Sentence, sportsSentence(text, low, sents[e.Sentence])
		}
		return sport
	})
}

// sportsSentence reports whether the sentence sp of text (low is text
// in lower case) has a word or phrase of sport. A capitalised word
// inside the sentence is a name, no sport ("Tom Bowlers with AECOM
// said"); "Olympic(s)" and the leagues' acronyms are always written
// so.
func sportsSentence(text, low string, sp doc.Span) bool {
	s := low[sp.Start:sp.End]
	for _, ph := range sportPhrases {
		if strings.Contains(s, ph) {
			return true
		}
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '-') {
			j++
		}
		w := s[i:j]
		if sportTerms.Has(w) {
			orig := text[sp.Start+i : sp.Start+j]
			titled := orig[0] >= 'A' && orig[0] <= 'Z' && len(orig) > 1 && orig[1] >= 'a' && orig[1] <= 'z'
			if !titled || i == 0 || sportNames.Has(w) {
				return true
			}
		}
		i = j
	}
	return false
}

// sportTerms are words news uses for sport only ("coach" and "striker"
// are not: a coach is also a bus, strikers also workers).
var sportTerms = wordset.Of(`skipper skippers innings wicket wickets wicketkeeper quarterback quarterbacks touchdown touchdowns
	goalkeeper goalkeepers midfielder midfielders linebacker linebackers pitcher pitchers batsman batsmen
	playoff playoffs play-off play-offs semifinal semifinals semi-final semi-finals quarterfinal quarterfinals quarter-final quarter-finals
	championship championships tournament tournaments teammate teammates
	soccer baseball basketball cricket rugby hockey golf golfer golfers tennis olympic olympics
	nfl nba mlb nhl fifa uefa nascar`)

// sportNames are sportTerms that are names, written capitalised.
var sportNames = wordset.Of("olympic olympics nfl nba mlb nhl fifa uefa nascar")

// sportPhrases are phrases of sport, in lower case.
var sportPhrases = [...]string{"test series", "test match", "world cup", "premier league", "major league", "grand slam", "grand prix",
	"super bowl", "home run", "head coach", "assistant coach", "general manager"}
