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
// and no claim. A state written as the owner of another title ("He will
// meet German Finance Minister Y") gives a bare title no country, unless
// it stands in the same sentence and owns another office ("French
// President X and Finance Minister Y"); the dateline's country ("ATHENS
// —") counts once more than the other states and wins a tie. A region's
// head ("regional president", "state premier", "Bavarian premier") makes
// no claim about the state's office. Beside the title before the name,
// verbs give the title after it: "was named/elected/sworn in as" (also
// past an apposition: "X, 59, was sworn in as"), "became", "took over
// as", "stays/remains/continues as" (held on the date), "served (two
// terms) as" and "X, whose resignation as" (a former holder).
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
// A KB broadcaster's name runs on over the channel or edition written
// after it ("BBC Persian", "Al Jazeera Mubasher Misr"), and two unknown
// bodies of two words or more joined by a slash with no space are one name
// ("Radio Free Europe/Radio Liberty").
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
// More context types names: a name listed with an organisation or a place
// takes its type ("Chrysler, Fordway, and General Motors"); a town where
// a sports club is meant ("played with Footscray", "coached Geelong") is
// the club; a one-word name with "'s" and no noun after it is a business
// ("Thalhimer's became Hecht's"); a number opens a military unit ("65
// Fighter Wing", "IV Corps"); a dotted suffix ends a company ("Proastiakos
// S.A."); a party's one-word name before a word of party politics is the
// party ("the Liberal caucus"); a name before a role noun and a person is
// the employer ("Uralsib analyst Chris Weafer"); a kinship noun, "DJ" or a
// quoted nickname makes a person ("his daughter, Angelina", "DJ Khaled",
// 'Charalambos "Bambos" Xanthos'); a town's name that thinks or decides
// and is never placed by a preposition is a person ("Belgrano planned");
// ", known as X" gives X the type of the name before the comma; a
// constituency follows an MP's "for" ("MPP for Kenora"); "upon", "am" and
// a hyphened "on" join places ("Newcastle upon Tyne"), a road takes its
// number ("Highway 301"). Names inside a short title-case quotation are
// the words of a work's title ("Buddha for Mary"), names hyphened to
// "All" are honours ("All-America"), and a field's name after "in" is no
// place ("the prize in Physiology").
//
// Local news from anywhere names people, bodies and places the lexicons
// cannot list, so their frame types them: a name after a locative
// preposition opening the sentence and before a comma is a place ("In
// Chipata, the returning officer said"); a noun with "known as", "called"
// or "named" types the name it introduces ("a militia known as the Mai-Mai
// Kifuafua"); a lower-case unit or landform after a name makes a place
// ("Nyiragongo territory", "Talise beach"); a name in commas after the
// body a role works for is the role's holder ("a spokesman for the firm,
// Chidi Okonkwo,"); two or three name-shaped words before "of" and a body
// are a person and the body ("Petar Ganev of the Institute for Market
// Economics"), as are a titled person's name and the place after "of"
// ("Mayor Kgosientsho Ramokgopa of Tshwane"); "FM", "TV", "Sun" ending a
// name and "Daily" opening it make a broadcaster or paper; a word alone
// that is the first of two family names is the person's short form
// ("Ernesto Villacorta Ruiz" … "Villacorta"); and a full name written
// again is one mention though a word of it is a place ("Valeska Paris").
//
// Local news adds its own shapes. "Mt." and "Ft." open places; a street
// suffix ("Rd", "St.", "Drive", also before a quadrant: "Seventh Street
// N.W.") makes a place, never a person; "Sr.", "Jr." or a given name's
// "II"-"IV" makes a person; a rank or occupation before a name ("Deputy",
// "Sgt.", "Attorney") is no part of it, and a body or place before the
// rank is a name of its own ("Henry County Sheriff's Department Deputy
// Wayne Fuqua"). A plural demonym ("West Virginians") is no place; a
// weekday or month after a named place is a date ("Elizabeth Road
// Thursday"); a name's first word again after its head word opens a
// second name (a byline's paper: "Lansing State Journal Lansing Board of
// Water & Light"); a body "on" a street is two names. The article's title
// is a headline even with a period after it; in a title-case headline
// a KB name stands alone before capitalised common words ("Chirac Sees
// Opportunity", "Two U.S. Soldiers Killed in Iraq Bombings"): it grows
// into no person's or body's name without a head word. A title of
// several capitalised words ending in a role noun or a rank ("Chief
// Cabinet Secretary", "Chief of Staff") is no part of the one to three
// name-shaped words after it. One unknown name closing
// reported speech (", Bradshaw said.") is a speaker, and a one-word
// listed company after a person's full name ending with it ("Lauren
// McDonald … McDonald said") is that person. A legislature's head word
// after "in" is the body ("in Congress"); Paris is also a given name
// ("Paris Hilton").
//
// Sloppy text, where most sentences open in lower case, writes names
// in lower case too: there a KB country's name or demonym ("tunisia",
// "tunisian") and each word of a KB person's full name of two words or
// more ("barack obama") match in lower case, unless the word is a
// common, stop or function word or a country's name that is also an
// English word or a given name ("china", "turkey", "chad", "french").
// A lone surname ("obama") matches only where the article writes that
// person's full name in lower case too: surnames alone are too often
// English words ("trump", "brown"). In any text a country's name
// written with a capital inside ("iSrael") is the country.
//
// News prose adds more. "I'm", "I'll" and function words in capitals
// ("UNLESS") name nothing. An East Asian given name keeps its hyphened
// syllable and its family name ("Hau Lung-bin", "Leung Yiu-chung of
// NWSC"). A capitalised direction inside a name takes the place after
// it in ("University of Southern Indiana"); an abbreviated company
// suffix ends the company's name ("Chrysler LLC Jim Press"); a name
// before "Flight" and a number is the airline ("Adam Air Flight 574");
// a role noun ends a listed company's name ("Ford Motor Company CEO Alan
// Mulally"); name words before a listed paper's head word are the
// paper's ("The Straits Times"); initials joined by "&" are one name
// ("B&SR", "Texas A&M"; not "R&D", "Q&A"); "New Year" is no place.
// An age between commas makes a person, also of a KB surname opening a
// sentence ("Fernandes, 54, was detained"); a common word opening a
// sentence before a role noun is the field, not the employer ("Defence
// analyst Justin Bronk"); a listed paper named by a role noun or a
// listed place written with "The" needs the article ("the Economist",
// "The Hague"; "Hague said" is a surname); after an honorific any
// place's name opens the person's ("Rep. Alexandria Ocasio-Cortez"); a
// name right after "X-based" or "X-listed" is an organisation ("Berlin-
// based Zalando"); the Urdu and Persian "-e-" stays inside a name
// ("Tehreek-e-Insaf"); a byline's "Staff Writer" and a party member's
// noun ("Democrat Slater") are no part of a name. Several title words
// before "of" are no part of the body after it ("Chief Operating Officer
// of AirTran Airways"); "Workers" ends a union's name ("United Auto
// Workers"); a name with a web domain's ending is a website's
// ("Detik.com"); a campus after "at" is part of a university's name
// ("University of Texas at Austin"); a capitalised particle inside a
// name keeps it a person's ("Claudio De Vincenti"). A given name and a
// surname in capitals are a person's ("JOHN SMITH said"; not "SCOTT
// WEST"), and so are the names of a byline ("By JOHN SMITH and MARIA
// GARCIA, Associated Press") even where it reads as a headline. Arabic
// place words open places' names ("Deir Hafer", "Jisr al-Shughur"; "Ayn
// Isa" listed after a place), and a locative preposition opening the
// sentence places the name after it ("In Youngstown, …"). Capitalised
// words after a camel-case brand name its product ("iPod Nano", "iTunes
// Store": no KB surname either), and a title's initials name nobody
// ("C.E.O."). A name after a point of the compass and "of" is a place
// ("50 miles northwest of Orlando"). A KB surname with a possessive
// opening a sentence is a person ("Odinga's coalition"); a coalition,
// alliance or bloc after a name makes it an organisation ("the Azimio
// coalition"); a capitalised "All" opens a party's name ("All
// Progressives Congress"); "People's" inside a name makes a party or an
// army and keeps a KB surname after it ("National People's Power"); a
// bloc's noun after a name makes it a body even when its head word
// names a treaty or event ("the Historic Pact coalition"); a
// legislature after a country's possessive is the body ("Peru's
// Congress"). A lone name is a person's when a passive that befalls
// people follows it ("Kovacs was detained"; not after "of" or a
// locative preposition), when a kinship noun follows its possessive
// ("Navalny's widow"), or when it ends the way only family names end
// ("Imamoglu", "Tikhanovskaya", "Tymoshenko"). A capitalised
// family-name particle opens a person's name ("Le Pen's party"; not
// "La", "El", "Al": "La Nina", "El Paso"). A country's name after a
// possessive opens what the owner leads, not a person's name
// ("Melenchon's France Unbowed"). A plural name after "for the",
// "against the", "joined the" is a team ("played for the Patriots").
// Industry head words make companies ("Douglas Aircraft", "Hawker
// Aerospace"). A name in capitals before a dash that opens a paragraph
// is a dateline's town ("MONROE - Federal officials said"). A lone
// name whose verb leads to "his" or "her" is a person's ("Pawlenty
// figures the money into his budget"; not "a Rochester man … his").
// A state's abbreviation after a place and a comma is a place
// ("CARTHAGE, N.C. (AP)", "Dalton, Ga."), and holidays are times
// ("Passover", "Thanksgiving"). "Sens." and "Reps." are honorifics
// ("U.S. Sens. Robert C. Byrd and Jay Rockefeller"). Weapons' acronyms
// name nothing ("VBIED", "UAV"), and an area or territory in apposition
// makes a place ("Sabboura, an area outside Damascus"). A score is no
// model number ("beat Real Madrid 4-0"), and a field before "Minister"
// or "Secretary" is the title's, no body ("Saudi Energy Minister");
// "Centers" heads a body's name ("Centers for Disease Control and
// Prevention"); "and" after a place named with a prefix opens another
// place ("North Kivu and Ituri"). A lone name whose reporting verb
// goes on to "he" or "she" is a person's ("Okonkwo told reporters he
// would resign"), and so is one someone arrests, sentences or quotes
// ("Police arrested Achieng"). A lone letter hyphened into a name makes
// a product's or a party label, never a person's ("IRIS-T", "D-N.J.").
// A field before a country's name is a government agency ("Environment
// Canada", "Statistics Norway"), and a name word before a place that
// opens a body's name is the body's too ("Metro Toronto Convention
// Centre", "New London Police Department"). A KB surname hyphened to a
// name word before it is part of that name ("Pat Hugley-Green",
// "Wright-Patterson Air Force Base"). A listed company's one-word name
// that is also a given name opens a person's before a surname ("Rafael
// Ortiz"; "Rafael Advanced Defense Systems" stays the company).
// A name word before a one-word KB place that an apposition calls a
// person ("Valeska Paris, an Australian woman,") opens a person's name,
// and the place's word alone later, where no preposition places it,
// is that person ("Paris said").
//
// # Short forms and metonymy
//
// A surname or the tail of a name given in full elsewhere in the article
// joins that entity ("Bennett", "Abdollahian"); a KB surname alone types a
// person but links only when the article names that person in full or the
// person held the office the article's title claims; when the article
// instead names someone else in full with that surname ("Sean Payne …
// Payne sings"), the surname joins that person.
//
// A capital that acts stands for its country's government
// (Mention.Metonymy): the subject of a reporting, action or state verb
// ("Tehran denied", "Washington pressed", "Rabat summoned", also across a
// time: "Beijing on Monday accused"), of a modal and a verb ("Caracas will
// not accept", not "will remain") or of a to-infinitive ("Moscow to send
// troops"), a possessive ("Tehran's proxies"), an agent compound
// ("Tehran-backed", not "Nairobi-based") or "pro-Beijing", the party a
// verb addresses ("urged Caracas to", "warned Moscow", "called on Minsk",
// passive "Tehran has been warned"), a passive's agent ("by Washington"),
// the other party of relations ("ties with Caracas", "talks between Seoul
// and Pyongyang", "envoy to Kabul") or the target of pressure ("sanctions
// against Damascus"); capitals coordinated with one that acts act too.
// Title-case headlines are read the same way. After a locative
// preposition ("in", "to", "from", "near", "between"), whose scope runs
// over "and" and over an apposition ("to the Sudanese capital Khartoum"),
// after "city of", or as the patient of another passive verb ("Kyiv was
// struck") it is a place, named as the KB writes the capital (a dateline's
// "CARACAS" is "Caracas"). An unlinked entity first written in
// capitals takes the name prose gives it later, and later mentions of a
// dateline place that a weak cue typed otherwise join it. The aliases of a
// capital's place actor ("Kiev" for Kyiv) are read as the capital.
//
// A KB place or capital before one capitalised event or document head
// word ("the Nairobi Declaration", "the Paris Agreement") is part of that
// name and no mention; games named for their host keep the host a place
// of its own ("the Beijing Olympics", "the Tokyo Games", "the 1972 U.S.
// Olympic boxing team", as CoNLL and wikigold tag "the Munich
// Olympics"; MEANTIME tags no entity inside an event's name, and loses
// one mention to this). One before a comma and a state, province or
// country it does not lie in ("Dublin, Ohio", "London, Ontario") is an
// unlinked namesake in that country. A place among given-name-like words
// ("Abdifatah Aden Hassan") is part of the person's name.
//
// "Georgia" is the KB's country unless the context is American; then
// it is the US state, an unlinked place in the USA (no country mention,
// no link, no metonymy). American context is a US town or state and a
// comma before it ("Atlanta, Georgia", "ATLANTA, Ga."), a US state
// listed with it ("Georgia and Alabama"), "state of" or "University
// of" before it, a direction in lower case before it ("north
// Georgia"), counties before it ("counties in Georgia", "Hall County,
// Georgia"), "state" after it ("the Georgia state line", not "Georgia
// state television"), a word of state politics after it ("Georgia Gov.",
// "Georgia lawmakers"), a game's result against an American side (a
// verb such as "beat" or "edged" between it and a US state or town, or
// a side that is no other country's place and a score: "Georgia beat
// Auburn 24-6"; not "Georgia beat Romania 24-6"), a body named after
// the state ("University of Georgia", "Georgia Tech"), or an article
// whose other places lie in
// the USA (Washington aside) and in no third country. Tbilisi, the
// Caucasus, Abkhazia, South Ossetia, Russia, Moscow or a KB person of
// Georgia keep the country, except where the words around one
// "Georgia" name the state. A state's name and "Legislature", "Tech",
// "Senate" is one organisation, not a given name and a surname.
//
// A leader's name before "administration", "government", "regime" or
// "cabinet" ("the Bush administration", "the Netanyahu government") is
// the government of the country the KB knows that leader led as head of
// state or government (the namesake in office on the article date first):
// the country's government actor when the KB has one, else the country
// (How "leader"). A country with a possessive before those nouns
// ("Germany's government") is its government actor when the KB has one.
// A title before a one-word alias several people share ("President
// Asad"), or before a surname only an alias gives, links the office holder
// as a surname does.
//
// The Arabic article opening a KB name matches in either case ("Al-Shabab"
// = "al-Shabab"), and an armed group's two-word name with the article is
// also found without it ("Shabaab", "Qaeda"), as is an article name
// before "Front" ("al-Nusra Front" → "al-Nusra", "Nusra").
//
// Names given as other names join the entity they name: the name after
// ", (also) known as" ("Mohamed Hamdan Dagalo, known as Hemedti"), the
// later repeats of an acronym defined in parentheses ("Democratic
// Unionist Party (DUP) … DUP leader"), and a KB organisation's short
// alias after an organisation named in full that ends with it ("The
// American Red Cross … The Red Cross said"). An armed group's title is
// never filed under its state's offices ("RSF commander"). Names listed
// after a plural noun for companies are companies ("cognac makers
// Hennessy and Remy Cointreau"). A dateline town in capitals may stand
// before a comma and a date or before an agency in parentheses
// ("YANGON, Feb 1, 2021 (Reuters) -"). A title ending in a possessive
// owns what follows ("the prime minister's official residence") and is
// nobody's title; a faith or nationality word before a role noun is no
// employer ("Shiite cleric"); a capitalised word after "said" that opens
// the reported clause is no inverted speaker ("said DNA tests had"); a
// listed name inside a military operation's name makes no mention
// ("Operation Red Dawn"). A capital before "in turn", a manner adverb,
// or has/had and a past participle with an object acts as its government
// ("Islamabad in turn summoned", "Belgrade had armed the attackers").
// A country's name that acts the same way is marked (Mention.Acts, read
// only by the NER evaluation; events and places keep reading the country
// as its state), with "the" read as part of the name and across "and"
// ("the United States and Iraq signed").
//
// A state's name right before one of its own KB bodies is part of the
// body's name ("the U.S. Department of State"). A one-word name joined by
// "and" or "or" to a given name alone or a person's name is a person
// ("Karim and Sadiq"), except where places stand ("in Hamilton and
// Middletown", "Douglas and Wyandotte counties"). An all-caps word of
// seven or eight letters before a reporting verb or a possessive is an
// organisation's acronym ("NAVCENT's mission").
//
// A plural possessive opens the name of the place or body after it
// ("Martyrs' Square", "Kurdistan Workers' Party"); a full name before
// its parenthesised KB acronym is the acronym's entity when it is the KB
// name ("Justice and Development Party (AKP)"). "Bank <Country>" opening
// a name is the central bank ("Bank Indonesia"); a mission named "<KB
// body> … Mission in <Country>" is one organisation; "Congress" and
// "Parliament" alone are the legislature; "Gulf" before a noun for
// states is no place ("Gulf Arab states"); the subject of a market move
// by a percentage is a company ("Fast Retailing fell 2.8 percent"),
// while a stock index stays no entity (an index is MISC, outside the
// mention types). Coordinated titles give one role claim each ("X, the
// prime minister and speaker of parliament,", "Deputy Prime Minister and
// Foreign Minister X"); a title under the first one's article shares its
// modifier ("the former prime minister and speaker": both former), one
// with its own article does not ("the president and a former minister"),
// and the person's mention keeps the title next to the name as its role. A bare
// surname shared by two persons goes to the one named as herself, not to
// one named only as her relative ("Sara Duterte, the daughter of
// President Rodrigo Duterte, … Duterte").
package mention
