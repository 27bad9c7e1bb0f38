package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// nameGender returns the grammatical gender ("m" or "f") a person's
// name and title give away, or "" when they say nothing: a gendered
// title or honorific ("Mr.", "King", "Queen", "spokeswoman") or a given
// name that is, across the languages news covers, borne almost only by
// men or only by women (John, Ibrahim, Mohammed; Angela, Fatima, Samia).
// It is evidence for rejecting a "she" antecedent, never a guess that
// picks one: a name not listed is compatible with either pronoun.
func nameGender(name, title string) string {
	if g := titleGender(title); g != "" {
		return g
	}
	n := 0
	for rest := name; rest != "" && n < 5; n++ {
		i := 0
		for i < len(rest) && rest[i] != ' ' && rest[i] != '-' {
			i++
		}
		if i == len(rest) {
			i = -1
		}
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		w = strings.TrimSuffix(w, ".")
		if w == "" {
			continue
		}
		switch {
		case maleGiven.HasLower(w):
			if maleTitles.HasLower(w) && femaleGiven.HasLower(firstWord(rest)) {
				return "f" // "Sheikh Hasina": a woman's given name after the word
			}
			return "m" // "John Smith", "Mr. Smith", "King Charles", "Sheikh Tamim"
		case femaleGiven.HasLower(w):
			return "f"
		case w[0] >= 'a' && w[0] <= 'z' || titleWords.HasLower(w) || demonym(w):
			continue // "Mayor John Smith", "French President X": the given name follows
		}
		break
	}
	return ""
}

// firstWord returns s up to its first space or hyphen, without a final
// period.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, ".")
}

// titleGender reads the gender from a title's words ("Queen",
// "spokeswoman", "Mr.").
func titleGender(title string) string {
	for rest := title; rest != ""; {
		i := strings.IndexByte(rest, ' ')
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		w = strings.TrimSuffix(w, ".")
		switch {
		case w == "":
		case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
			return "f" // "spokeswoman"
		case maleTitles.HasLower(w):
			return "m" // "King", "crown prince"
		case femaleTitles.HasLower(w):
			return "f"
		}
	}
	return ""
}

// genderClash reports whether a pronoun of gender g (m or f) cannot
// stand for the person named name with title: the name or title says
// the other gender.
func (f *finder) genderClash(name, title, g string) bool {
	if g != "m" && g != "f" {
		return false
	}
	n := f.nameGender(name, title)
	return n != "" && n != g
}

// A genderMemo keeps the latest answers of nameGender: the pronoun
// passes ask it of the same few speakers and mentions again and again,
// and each answer costs several word-list lookups.
type genderMemo struct {
	entries [8]struct{ name, title, gender string }
	n, next int // entries in use; the one to overwrite next
}

// nameGender is nameGender(name, title), answered from f.genders when
// asked before in this document.
func (f *finder) nameGender(name, title string) string {
	m := &f.genders
	for k := range m.n {
		if e := &m.entries[k]; e.name == name && e.title == title {
			return e.gender
		}
	}
	g := nameGender(name, title)
	m.entries[m.next] = struct{ name, title, gender string }{name, title, g}
	m.next = (m.next + 1) % len(m.entries)
	m.n = min(m.n+1, len(m.entries))
	return g
}

// maleTitles and femaleTitles are the gendered honorifics and titles
// a title may hold; a title's other capitalised words may be names of
// places or bodies ("counselor at George Washington High School").
var (
	maleTitles = setOf(`mr mister sir lord king prince sultan emir sheikh shaikh duke father brother monsieur
	señor senor herr uncle archbishop pope`)
	femaleTitles = setOf(`mrs ms miss madam madame mme dame lady queen princess sultana sheikha duchess sister
	señora senora frau aunt empress begum`)
)

// maleGiven and femaleGiven are gendered honorifics and titles (Mr.,
// King, Sheikh; Mrs., Queen) and given names borne almost only by men or
// only by women, in the languages of the news (English, Arabic,
// Swahili, French, Spanish, Portuguese, German, Slavic, Turkish,
// Persian, South and East Asian romanisations). Names used for both
// (Jean in France, Andrea, Kim, Sasha, Nikita, Alexis, Ali-as-surname)
// are left out.
var maleGiven = setOf(`
mr mister sir lord king prince sultan emir sheikh shaikh duke father brother monsieur señor senor herr uncle
archbishop pope
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy keith roger gerald ethan arthur
terry christian sean lawrence austin joe noah jesse albert bryan billy bruce willie dylan alan ralph gabriel roy juan
wayne eugene logan randy louis russell vincent philip bobby johnny bradley boris vladimir dmitry sergei sergey igor
viktor volodymyr oleksandr alexei alexey nikolai ivan yuri mikhail andrei andriy pavel vasily emmanuel francois
françois jacques pierre nicolas olivier michel laurent thierry gérard gerard mohammed muhammad mohamed mohammad ahmed
ahmad ibrahim abdullah abdallah abdul abdel hassan hussein husain mahmoud mahmud mustafa mostafa khalid khaled omar
umar osama yousef yusuf youssef ismail hamad hamid saeed salman faisal tamim mishal nawaf qaboos haitham abdulaziz
abdelaziz abdelmadjid bashar hafez recep kemal mehmet ahmet hamza tariq tarek karim kareem nabil walid jamal rashid
nasser mansour fahd idriss mahamat uhuru yoweri cyril thabo nelson olusegun muhammadu goodluck bola yahya alassane
macky emmerson jakaya hakainde edgar levy frederick felix félix evariste ramaphosa abiy isaias salva riek carlos jose
josé luis luís jorge manuel francisco antonio antónio pedro miguel alejandro fernando ricardo sergio eduardo rafael
roberto alberto javier diego andres andrés enrique mauricio nicolás gustavo evo hugo rodrigo jair ignacio horacio
santiago alvaro álvaro mario sebastian sebastián hans klaus wolfgang helmut gerhard olaf friedrich jürgen jurgen heinz
karl rolf dieter markus giuseppe giovanni giorgio silvio matteo luigi enrico paolo giancarlo narendra rahul manmohan
atal rajiv imran nawaz shehbaz asif zardari shinzo fumio yoshihide junichiro yair naftali ehud ariel shimon yitzhak
isaac moshe avigdor
`)

var femaleGiven = setOf(`
mrs ms miss madam madame mme dame lady queen princess sultana sheikha duchess sister señora senora frau aunt
empress begum
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
ruth maria heather diane virginia julie joyce victoria olivia christina lauren joan evelyn judith megan cheryl hannah
martha gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris
marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla lori hillary kamala
condoleezza madeleine liz ursula annalena marine ségolène segolene christiane élisabeth elisabeth brigitte nathalie
sylvie isabelle sophie fatima fatimah fatma aisha aicha ayesha khadija mariam maryam zainab zaynab amina aminata samia
salma layla leila nadia noura nour huda hoda rania yasmin yasmine jasmine farah hanan suzan sana asma zahra shirin
benazir hasina khaleda indira sonia mamata nirmala sushma pratibha droupadi mehbooba ellen ngozi graça graca winnie
nkosazana folake funmilayo wangari miriam cristina dilma claudia xiomara violeta dina keiko beatriz lucía lucia
gabriela carmen rosa dolores guadalupe verónica veronica mercedes juliana valentina camila giorgia elly yulia tatiana
tatyana svetlana olga natalia natalya irina ludmila lyudmila elena yelena galina marina oksana ekaterina yekaterina
jacinda ingrid golda tzipi ayelet
`)

// describedBefore finds, for a "he" or "she" at token i, a title-only
// speaker written last before it: "The interior minister said the
// borders had been closed. \"We will not allow …,\" he told reporters"
// is the interior minister, although no one names him, not a person
// named before him. It returns that speaker as written (unresolved,
// like the quote it spoke) when it is the nearest speaker before i, a
// singular person description, and no person is named between it and
// i outside quotes.
func (f *finder) describedBefore(i int, g string) (doc.Speaker, bool) {
	at := f.t[i].s
	best := -1
	for k := range f.out {
		sp := f.out[k].Speaker.Span
		if sp.End > at || sp.End <= sp.Start {
			continue
		}
		if best < 0 || sp.Start > f.out[best].Speaker.Span.Start {
			best = k
		}
	}
	if best < 0 {
		return doc.Speaker{}, false
	}
	h := f.out[best].Speaker
	if strings.HasPrefix(f.out[best].Cue, "according") || h.Kind != KindUnresolved || h.Name == "" || strings.Contains(h.Name, " and ") || titleGender(h.Name) != "" && titleGender(h.Name) != g {
		return doc.Speaker{}, false
	}
	head := strings.ToLower(lastWord(h.Name))
	if !isTitleWord(head) || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return doc.Speaker{}, false // "the agencies", "the rebels": no "he"
	}
	if j := f.tokAt(h.Span.Start, 0); f.sent[i] < 0 || j >= len(f.t) || f.sent[j] < 0 || f.sent[i]-f.sent[j] > 2 {
		return doc.Speaker{}, false
	}
	if f.mentions {
		for k := f.mentionsFrom(at) - 1; k >= 0; k-- {
			m := &f.d.Mentions[k]
			if m.Span.Start >= at {
				continue
			}
			if m.Span.Start < h.Span.End {
				break
			}
			if m.Type == doc.TypePerson && !f.inQuote(m.Span.Start) {
				return doc.Speaker{}, false
			}
		}
	}
	return doc.Speaker{Kind: KindUnresolved, Name: h.Name, Title: h.Title, Entity: h.Entity, Span: doc.Span{Start: at, End: f.t[i].e}, Mention: -1}, true
}

// speakerClash reports whether a pronoun of gender g (m or f) written at
// byte offset at cannot stand for the speaker of that name, KB id and
// title: the name or title gives the other gender away, or a pronoun of
// the other gender before at was resolved to that speaker ("Lithuanian
// Foreign Minister Linas Linkevicius said … . "She is safe," he wrote …
// . In a video message, she said": the second pronoun is not his).
func (f *finder) speakerClash(name, entity, title, g string, at int) bool {
	if name != "" && f.genderClash(name, title, g) {
		return true
	}
	for k := range f.out {
		h := &f.out[k].Speaker
		if h.Kind != KindPronoun || h.Span.End > at || h.Span.End <= h.Span.Start || h.Span.End > len(f.text) {
			continue
		}
		if entity != "" && h.Entity != entity || entity == "" && (name == "" || h.Name != name) {
			continue
		}
		if hg := pronounGender(f.text[h.Span.Start:h.Span.End]); hg != "" && hg != g {
			return true
		}
	}
	return false
}

// pronounGender returns the gender of a personal pronoun ("he" m, "her"
// f), or "" for any other word.
func pronounGender(w string) string {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return "m"
	case "she", "her", "hers", "herself":
		return "f"
	}
	return ""
}

// lastPronounSpeaker returns the speaker of the latest quote before the
// pronoun at sp whose speaker is a personal pronoun of gender g ("he",
// "she") resolved to a name, and the offset of that pronoun; -1 if none.
func (f *finder) lastPronounSpeaker(sp doc.Span, g string) (doc.Speaker, int) {
	if g != "m" && g != "f" {
		return doc.Speaker{}, -1
	}
	best := -1
	for i := range f.out {
		s := &f.out[i].Speaker
		if s.Kind != KindPronoun || s.Name == "" || s.Span.Start >= sp.Start || s.Span.Start < sp.Start-doc.Lookback || best >= 0 && s.Span.Start <= f.out[best].Speaker.Span.Start {
			continue
		}
		if r, ok := f.refs[s.Span]; ok && r.g == g {
			best = i
		}
	}
	if best < 0 {
		return doc.Speaker{}, -1
	}
	return f.out[best].Speaker, f.out[best].Speaker.Span.Start
}
