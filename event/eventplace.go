package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Event places: which place of the sentence is where an event happened,
// and which places only modify, report or follow it.

// accusationContent reports a place at span sp that lies inside the
// charge of an accusation ("accusing it of being too close to Iran",
// "blamed Russia for shelling Kharkiv"): what is charged, not where
// an event whose trigger (at token head) comes before the charge
// happened. The charged act itself ("backing militias in
// Iraq") keeps its place. So for the topic of a consultation: "Xi called
// Putin to discuss the war in Ukraine" is not placed in Ukraine.
func accusationContent(toks []tok, sp doc.Span, head int) bool {
	charge := false
	for i := 0; i < len(toks) && toks[i].start < sp.Start; i++ {
		w := toks[i].low
		if len(w) < 2 {
			if w == "." || w == ";" {
				charge = false
			}
			continue
		}
		switch w[0] { // (first letters: a cheap prefilter before the words)
		case 'a', 'b':
			switch w {
			case "accusing", "accused", "accuses", "accuse", "blaming", "blamed", "blames", "blame":
				// (a charge with an object: "a gunman accused of killing
				// eight people in X" is placed where the killing was)
				charge = i+1 < len(toks) && toks[i+1].low != "of" && toks[i+1].low != "for"
			}
		case 'o', 'f':
			if charge && (w == "of" || w == "for") {
				return i > head
			}
		case 'd':
			if i > head && strings.HasPrefix(w, "discuss") {
				return true // "called Putin to discuss the war in Ukraine": the topic, not where
			}
		}
	}
	return false
}

// otherSideOfQuote reports a place at sp that lies on the other side of
// a reported-speech boundary from an event trigger at byte offset at:
//
//   - the trigger is inside a quote's content and the place is in its
//     attribution tag ("A soldier was killed near X, the minister told
//     reporters in Paris"; "Officials in Gao said rebels attacked Y"):
//     where the statement was made is not where the fighting was;
//   - the trigger is outside a quote's content (the speech verb) and the
//     place is inside it ("the minister said the killings were an attack
//     on all of South Asia"): what a statement is about is not where it
//     was made.
//
// The attribution tag runs from the speaker (or the cue when the speaker
// is elsewhere) to the content's start for a leading tag and from the
// content's end on for a trailing one, so a dateline opening the
// sentence before a trailing tag ("BAMAKO, Jan 12 (Reuters) - Rebels
// shelled …, the army said") still places the content event.
func otherSideOfQuote(d *doc.Doc, at int, sp doc.Span) bool {
	qs := d.QuotesNear(min(at, sp.Start), max(at+1, sp.End))
	for i := range qs {
		q := &qs[i]
		if q.Span.End <= q.Span.Start || q.CueSpan.End <= q.CueSpan.Start {
			continue
		}
		in := q.Span.Start <= at && at < q.Span.End
		if !in {
			if q.Span.Start <= sp.Start && sp.End <= q.Span.End && q.CueSpan.Start <= at && at < q.CueSpan.End {
				return true // the speech event and a place in what was said
			}
			continue
		}
		if q.CueSpan.Start >= q.Span.End {
			// trailing tag: "…, the army said in a statement in Bamako";
			// a comma after the cue closes the tag ("arrested X, a
			// teacher accused of spying, in Cairo": the quote layer's
			// misreading of an appositive must not move the arrest)
			if sp.Start >= q.Span.End && (sp.Start < q.CueSpan.End || !strings.Contains(d.Text[q.CueSpan.End:sp.Start], ",")) {
				return true
			}
			continue
		}
		if q.CueSpan.End <= q.Span.Start {
			// leading tag: "Officials in Gao said (that) …"
			tag := q.CueSpan.Start
			if s := q.Speaker.Span; s.End > s.Start && s.Start < tag && s.End <= q.Span.Start {
				tag = s.Start
			}
			if sp.Start >= tag && sp.End <= q.Span.Start {
				return true
			}
		}
	}
	return false
}

// notEventPlace reports a place of the sentence (span sp, tokens [t0, t1)) that is no place of the
// event whose trigger is token h:
//
//   - a capital standing for its government (Mention.Metonymy: "a remark
//     that angered Washington", "a request from Bishkek") is an actor, not
//     where anything happened;
//   - the destination of a journey ("to"/"for" before the place) is not
//     where an event the sentence dates before the departure happened:
//     "boarded a plane to Equatorial Guinea after talks with X" (the talks
//     were where he boarded; "flew to Paris for talks" keeps Paris).
func notEventPlace(d *doc.Doc, toks []tok, h int, sp doc.Span, t0, t1 int) bool {
	if t0 > 0 {
		if w := toks[t0-1].low; len(w) >= 5 && !toks[t0-1].punct && affectVerb(w) {
			return true // "a remark that angered Washington": the capital is the government angered
		}
		if t0 > 1 && toks[t0-1].low == "from" && messageNouns.Has(toks[t0-2].low) {
			return true // "rejected a request from Bishkek": the capital is the government asking
		}
	}
	// the mention at the place's start (mentions are in text order)
	lo, hi := 0, len(d.Mentions)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); d.Mentions[mid].Span.Start < sp.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Mentions) && d.Mentions[lo].Span.Start == sp.Start && d.Mentions[lo].Metonymy {
		return true
	}
	if t0 <= 0 || t1 > h || toks[t0-1].low != "to" && toks[t0-1].low != "for" {
		return false
	}
	for j := t1; j < h; j++ {
		if toks[j].low == "after" {
			return true
		}
	}
	return false
}

// messageNouns are what a party sends ("a request from Bishkek", "an
// invitation from Moscow"): a place after "from" is the sender, no place
// of the event.
var messageNouns = wordset.Of(`request requests demand demands appeal appeals invitation invitations offer offers
	proposal proposals message messages letter letters order orders warning warnings complaint complaints
	pressure ultimatum plea pleas call calls`)

// affectVerb reports a form of a verb whose object is a party's feelings
// ("angered Washington", "irritating Beijing", "alarmed Seoul"): a place
// name after it stands for its government.
func affectVerb(w string) bool {
	switch w[len(w)-1] {
	case 'd', 'e', 'g', 's', 't', 'r', 'y', 'm':
	default:
		return false // (no form of these verbs ends otherwise)
	}
	for _, stem := range affectStems {
		if strings.HasPrefix(w, stem) {
			switch w[len(stem):] {
			case "", "e", "s", "es", "ed", "d", "ing", "ering", "ered", "ers", "y", "ied", "ies", "ying":
				return true
			}
		}
	}
	return false
}

// affectStems are the stems affectVerb reads ("anger" + "ed", "irritat" +
// "ed"/"ing", "upset").
var affectStems = []string{"anger", "irritat", "upset", "alarm", "infuriat", "enrag", "annoy", "embarrass", "worr",
	"frustrat", "rattl", "antagoniz", "antagonis", "offend", "provok", "displeas", "delight", "reassur", "unnerv", "outrag"}

// destinationPlace reports a place named right after "to" ("extradited
// to the United States"): where the extradited person is sent, not
// where the extradition was decided or done.
func destinationPlace(toks []tok, p *doc.Place) bool {
	t0, _ := tokRange(toks, p.Span)
	k := t0 - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && toks[k].low == "to"
}

// fieldNouns name a person by a field of study or a beat: a place before
// them is the field ("a Horn of Africa analyst", "the BBC's Africa
// correspondent"), not where anything happened. Titles of office are left
// out: "Dublin Director of Engineering" works in Dublin.
var fieldNouns = wordset.FromMap(map[string]bool{"analyst": true, "analysts": true, "expert": true, "experts": true,
	"correspondent": true, "correspondents": true, "specialist": true, "specialists": true, "researcher": true,
	"researchers": true, "scholar": true, "scholars": true, "editor": true, "editors": true, "watcher": true,
	"watchers": true, "historian": true, "historians": true, "observer": true, "observers": true, "hand": true,
	"hands": true})

// fieldPlace reports a place (the token after it t1) right before a field noun ("a Horn of Africa
// analyst said"): the speaker's field, no event place.
func fieldPlace(toks []tok, t1 int) bool {
	return t1 > 0 && t1 < len(toks) && fieldNouns.Has(toks[t1].low)
}

// resultParticiples open a clause of the consequence of the main verb:
// "signed a deal, ending a dispute that left the Balkans without heat".
var resultParticiples = wordset.New("ending", "leaving", "prompting", "sparking", "triggering", "causing",
	"bringing", "forcing", "raising", "halting", "averting", "paving", "capping", "closing", "securing")

// resultClause reports a ", <result participle>" between the trigger at
// head and byte offset end: a place after it is where the consequence
// happened, not where the main event did. The participle's
// own events have their trigger after the comma and are not affected.
func resultClause(toks []tok, head, end int) bool {
	for i := head + 1; i+1 < len(toks) && toks[i+1].start < end; i++ {
		if toks[i].low == "," && resultParticiples.Has(toks[i+1].low) {
			return true
		}
	}
	return false
}

// placeList returns the actors of a coordinated list of places after a
// locative preposition that holds the event's place ("marched in Paris,
// Lyon and Marseille", "walked out in England, Wales and Northern
// Ireland"), in text order, or nil when the place stands
// alone. Each listed place is where part of the event happened; the
// places after the first are no targets of their own (the first, right
// after the preposition, is read as where by emit: no target for a local
// protest, its country for an attack, and the copies keep that).
func placeList(toks []tok, acts []actor, actorAt []int, place *doc.Place) []int {
	t0, _ := tokRange(toks, place.Span)
	if t0 < 0 || actorAt[t0] < 0 || !acts[actorAt[t0]].place {
		return nil
	}
	// back to the first member of the list
	first := actorAt[t0]
	for {
		k := acts[first].t0 - 1
		if k >= 0 && toks[k].low == "and" {
			k-- // "Lyon and Marseille"
		}
		if k >= 0 && toks[k].low == "," {
			k-- // "Paris, Lyon", "Lyon, and Marseille"
		}
		if k == acts[first].t0-1 || k < 0 || actorAt[k] < 0 || !acts[actorAt[k]].place {
			break
		}
		first = actorAt[k]
	}
	if k := acts[first].t0 - 1; k < 0 || !locPreps.Has(toks[k].low) {
		return nil
	}
	list := []int{first}
	for a := first; ; {
		k := acts[a].t1
		if k < len(toks) && toks[k].low == "," {
			k++
		}
		if k < len(toks) && toks[k].low == "and" {
			k++
		}
		if k == acts[a].t1 || k >= len(toks) || actorAt[k] < 0 || actorAt[k] == a || !acts[actorAt[k]].place {
			break
		}
		a = actorAt[k]
		list = append(list, a)
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// withoutListed returns tgts without the actors of list.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func withoutListed(tgts, list []int) []int {
	var out []int
	for _, t := range tgts {
		if !slices.Contains(list, t) {
			out = append(out, t)
		}
	}
	return out
}

// placeListEvents copies the events of one match (d.Events[from:]) to
// each place of list that is not where they are already placed: one
// event per place of "marched in Paris, Lyon and Marseille".
// Statements (01) are not copied. dedupeEvents keeps such copies: same
// trigger, other place.
func placeListEvents(d *doc.Doc, toks []tok, acts []actor, from int, list []int) {
	end := len(d.Events)
	for _, a := range list {
		s := doc.Span{Start: toks[acts[a].t0].start, End: toks[acts[a].t1-1].end}
		var pl *doc.Place
		for i := range d.Places {
			if d.Places[i].Span == s {
				pl = &d.Places[i]
				break
			}
		}
		if pl == nil {
			continue
		}
		for k := from; k < end; k++ {
			if d.Events[k].Place == pl.Name || len(d.Events[k].Cameo) >= 2 && d.Events[k].Cameo[:2] == "01" {
				continue // (a statement's place is that of its content: "said activists were arrested in A and B")
			}
			e := d.Events[k]
			e.Place, e.Lat, e.Lon, e.PlaceCountry = pl.Name, pl.Lat, pl.Lon, pl.Country
			d.Events = append(d.Events, e)
		}
	}
}

// datelineElsewhere reports whether the place p is the article's
// dateline ("BAGHDAD —", "NEW DELHI, June 17 (Reuters) -" opening the
// sentence) and the material event m (CAMEO 14–20: protest, force,
// violence) happens at a place the sentence names only generically
// after its trigger's start: "shot dead 40 people in the southern
// cities", "crossing the border". The dateline is where the reporter
// files from, the place of statements; such an event is elsewhere, so
// the dateline city is not its place.
func datelineElsewhere(text string, sent doc.Span, toks []tok, m *match, p doc.Span) bool {
	if p.Start-sent.Start > 2 || m.p.Code < "14" || m.p.Code >= "21" || !datelineAt(text, p) {
		return false
	}
	for i := m.start; i+1 < len(toks); i++ {
		if toks[i].low != "the" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].punct || toks[k].upper {
				break
			}
			if genericPlaceNouns.Has(toks[k].low) {
				return true
			}
		}
	}
	return false
}

// datelineBefore reports whether the place p is the article's dateline
// and the event is dated to a month (or a year) before the article's:
// the dateline is where the reporter files from that day, not where an
// event of another time happened ("PORT SUDAN — … the first civilian
// since Abdalla Hamdok resigned in January 2022"). A week or a day of
// the article's month keeps it.
func datelineBefore(text string, sent doc.Span, p doc.Span, evDate, date string) bool {
	if p.Start-sent.Start > 2 || len(date) < 7 || evDate == "" {
		return false
	}
	switch {
	case len(evDate) >= 7 && evDate[4] == '-' && evDate[5] != 'W':
		if evDate[:7] >= date[:7] {
			return false
		}
	case len(evDate) == 4:
		if evDate >= date[:4] {
			return false
		}
	default:
		return false
	}
	return datelineAt(text, p)
}

// datelineAt reports whether the place span p is followed, within a
// short stretch with no sentence stop (a date, an agency credit), by a
// dateline dash: " —", " –", " - " or "--".
func datelineAt(text string, p doc.Span) bool {
	if p.End >= len(text) {
		return false
	}
	rest := text[p.End:min(len(text), p.End+40)]
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " —") || strings.Contains(rest, " –") || strings.Contains(rest, " - ") || strings.Contains(rest, "--")
}

// genericPlaceNouns name a place without naming it: "the southern
// cities", "the border", "the front line".
var genericPlaceNouns = wordset.New("city", "cities", "town", "towns", "village", "villages", "province", "provinces",
	"region", "regions", "border", "frontier", "front", "frontline", "countryside", "district", "districts", "north",
	"south", "east", "west", "northeast", "northwest", "southeast", "southwest", "valley", "mountains", "highlands",
	"desert", "coast", "interior")

// laterVerbs open a coordinated verb phrase whose place is its own: a
// journey's goal ("and fled to Hawaii") or a statement's content ("and
// said the offensive in Galmudug would go on").
var laterVerbs = map[string]bool{"fled": true, "flew": true, "travelled": true, "traveled": true, "went": true,
	"returned": true, "escaped": true, "headed": true, "moved": true, "left": true, "said": true, "told": true,
	"announced": true, "added": true, "warned": true, "vowed": true, "promised": true, "pledged": true,
	"called": true, "urged": true, "demanded": true, "asked": true}

// laterVerbPhrase reports an "and <later verb>" between the trigger at
// head and byte offset end, at least two tokens after the trigger: a
// place after it belongs to that verb, not to the trigger ("Marcos was
// toppled by protesters in 1986 and fled to Hawaii": toppled in Manila,
// not in Hawaii). "stormed and looted shops in X" (the
// verbs side by side) shares its place.
func laterVerbPhrase(toks []tok, head, end int) bool {
	for i := head + 2; i+1 < len(toks) && toks[i+1].start < end; i++ {
		if toks[i].low == "and" && (laterVerbs[toks[i+1].low] || i+2 < len(toks) && toks[i+1].is(wcPronoun) && laterVerbs[toks[i+2].low]) {
			return true // "and fled", "and he fled"
		}
		if t := &toks[i]; t.punct && (t.low == ";" || t.low == "." || t.low == ":" || t.low == "?" || t.low == "!") {
			return false // (quotation marks around a name, "People Power", are no stop)
		}
	}
	return false
}

// partnerPlace reports a place (tokens [t0, t1)) after "with", across a determiner,
// modifiers and a "<region> of" ("signed a memorandum with the
// breakaway region of Somaliland", "cooperated closely with
// Washington"): "with" names whom the act is with, never where it
// happened. The "with" must follow the trigger at head
// closely (up to eight tokens: the act's own phrase), and the place must
// not own what follows it ("charged with violating Georgia's law").
func partnerPlace(toks []tok, t0, t1, head int) bool {
	if t0 <= head || t1 < len(toks) && possessiveMark(toks[t1].low) {
		return false
	}
	j := partnerWith(toks, t0)
	return j > head && j <= head+8
}

// partnerBefore reports a "with" before the place at token t0 as
// partnerPlace does (for a place the gazetteer lacks, named as "the
// breakaway region of X").
func partnerBefore(toks []tok, t0 int) bool { return partnerWith(toks, t0) >= 0 }

// partnerWith returns the index of the "with" that opens the phrase of
// the place at token t0, else -1. A preposition other than "of", a
// gerund or punctuation ends the look-back ("met troops in Gaza",
// "charged with violating Georgia's law").
func partnerWith(toks []tok, t0 int) int {
	for j := t0 - 1; j >= 0 && j >= t0-5; j-- {
		w := toks[j].low
		if w == "with" {
			return j
		}
		if toks[j].punct || w != "of" && toks[j].is(wcPreposition) || strings.HasSuffix(w, "ing") {
			return -1
		}
	}
	return -1
}

// gerundClauseBefore reports a subordinator and a gerund between the
// trigger at head and a place at token start ("marched on the Knesset
// after blocking a highway in Tel Aviv"): the place is where the
// subordinate act happened, not the trigger's (as for a later
// coordinated verb). "while <gerund>" and "by <gerund>" are
// the act's own circumstances ("killed while supporting operations in
// Helmand"), and leaving or arriving somewhere puts the act there ("told
// reporters before leaving Canberra"): those places stay.
func gerundClauseBefore(toks []tok, head, start int) bool {
	for k := head + 1; k+1 < len(toks) && toks[k].start < start; k++ {
		switch toks[k].low {
		case "after", "before", "since":
			if w := toks[k+1].low; len(w) > 5 && strings.HasSuffix(w, "ing") && toks[k+1].start < start && !sameGroundGerund(w) {
				return true
			}
		}
		if toks[k].punct && toks[k].low != "," {
			return false
		}
	}
	return false
}

// sameGroundGerund reports a gerund of leaving or arriving: "before
// leaving Canberra", "after arriving in Kyiv" put the main act there.
func sameGroundGerund(w string) bool {
	switch w {
	case "leaving", "departing", "arriving", "landing", "returning", "reaching", "touching":
		return true
	}
	return false
}

// relativeBetween reports a place (tokens [t0,t1)) inside a relative
// clause set off by commas (", which …,", ", who …,", ", whose …,")
// that closes before the trigger at token head and tells of another
// year: "Saudi Arabia, which severed ties with Iran in 2016 after its
// embassy in Tehran was stormed, closed its border" — Tehran is where
// the clause's act happened, not the main verb's. A clause with no year
// ("X, who arrived in Paris on Sunday, met Y") keeps its place.
func relativeBetween(toks []tok, t0, t1, head int) bool {
	year := false
	open := false
	for j := t0 - 1; j >= 1; j-- {
		if isHardStop(&toks[j]) || toks[j].low == "," {
			return false
		}
		year = year || yearToken(toks[j].low)
		if w := toks[j].low; (w == "which" || w == "who" || w == "whose") && toks[j-1].low == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := t1; j < head && j < len(toks); j++ {
		if isHardStop(&toks[j]) {
			return false
		}
		if toks[j].low == "," {
			return year
		}
		year = year || yearToken(toks[j].low)
	}
	return false
}

// yearToken reports a year of the last two centuries written alone:
// "1998", "2016".
func yearToken(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// mainClausePlace reports a place before a trigger noun that opens a
// subordinate clause ("have fled to Rwanda, Tanzania and Congo since
// protests began"): the place belongs to the main clause (here, where
// the refugees went), not to the protests. A place opening
// the sentence ("In Bujumbura, after protests began, …") frames both
// clauses and stays.
func mainClausePlace(toks []tok, m *match, p doc.Span) bool {
	if m.start < 1 || !subordinateNominal(toks, m) {
		return false
	}
	t0, _ := tokRange(toks, p)
	return t0 > 2
}

// recipientPlace reports a place after "to" that follows the trigger of
// m: the recipient of what was agreed or promised ("agreed to deliver
// gas to Hungary"), not where the agreement was made. A
// place before the trigger ("after a visit to Sochi, the authorities
// promised …") stays where.
func recipientPlace(toks []tok, p *doc.Place, m *match) bool {
	t0, _ := tokRange(toks, p.Span)
	return t0 > m.start && destinationPlace(toks, p)
}

// topicNouns name what talks or a dispute are about; a place listed
// after one ("all issues, including Kashmir") is a subject.
var topicNouns = wordset.Of("issue issues dispute disputes question questions matter matters topic topics subject subjects problem problems concern concerns")

// topicIncluding reports a place (its first token t0) listed after "including" or "such as"
// that follows a topic noun ("a dialogue on all issues, including
// Kashmir", "disputes such as Kashmir"): what the event is about, not
// where it happened. Force stays where it lands ("shelled several
// towns, including Debaltseve").
func topicIncluding(toks []tok, t0 int, m *match) bool {
	k := pastThe(toks, t0-1)
	switch {
	case k > 0 && toks[k].low == "including":
		k--
	case k > 1 && toks[k].low == "as" && toks[k-1].low == "such":
		k -= 2
	default:
		return false
	}
	if k > 0 && toks[k].low == "," {
		k--
	}
	if k < 0 || !topicNouns.Has(toks[k].low) {
		return false
	}
	r := cameo.Root(m.p.Code)
	return r < "15" || r > "20"
}
