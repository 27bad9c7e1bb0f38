package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// newsTests cover the constructions of realistic wire copy from many
// countries: cue verbs, the speaker's position, passive and inverted
// attribution, pronouns, descriptions, unnamed sources, quotes across
// paragraphs, nested and partial quotes.
var newsTests = []struct {
	name  string
	input string
	want  []want
}{
	// cue verbs
	{"said at least after a coordinated clause", `Police fired tear gas at protesters in Lagos, and the rights group Amnesty International said at least 11 people were killed.`,
		[]want{{"^at least 11 people were killed", Indirect, "Amnesty International", "", KindNamed, "said"}}},
	{"declared an object is no report", `The electoral commission declared Peter Mutharika the winner, but the opposition leader Lazarus Chakwera said the count was rigged.`,
		[]want{{"^the count was rigged", Indirect, "Lazarus Chakwera", "opposition leader", KindNamed, "said"}}},
	{"said with possessive country title", `"We will not allow criminals to hold the country hostage," Kenya's President William Ruto said in a televised address.`,
		[]want{{"We will not allow", Direct, "William Ruto", "Kenya's President", KindNamed, "said"}}},
	{"told reporters with place", `Brazilian Finance Minister Fernando Haddad told reporters in Brasilia that the budget target would not change.`,
		[]want{{"^the budget target would not change", Indirect, "Fernando Haddad", "Brazilian Finance Minister", KindNamed, "told"}}},
	{"he added", `"We have no plans to raise taxes," Haddad said. "The target stays where it is," he added.`,
		[]want{{"We have no plans", Direct, "Haddad", "", KindNamed, "said"}, {"The target stays", Direct, "Haddad", "", KindPronoun, "added"}}},
	{"warned with lower-case title", `Philippine coast guard spokesman Jay Tarriela warned that Chinese vessels were blocking resupply missions.`,
		[]want{{"Chinese vessels were blocking", Indirect, "Jay Tarriela", "Philippine coast guard spokesman", KindNamed, "warned"}}},
	{"wrote on X", `"Dialogue is the only way forward," Pakistani Prime Minister Shehbaz Sharif wrote on X.`,
		[]want{{"Dialogue is the only way", Direct, "Shehbaz Sharif", "Pakistani Prime Minister", KindNamed, "wrote"}}},
	{"vowed that", `Mexican President Claudia Sheinbaum vowed that her government would protect migrants returning home.`,
		[]want{{"her government would protect", Indirect, "Claudia Sheinbaum", "Mexican President", KindNamed, "vowed"}}},
	{"reaffirmed that", `The U.S. State Department reaffirmed that the islands fall under the security treaty.`,
		[]want{{"^the islands fall under", Indirect, "U.S. State Department", "", KindNamed, "reaffirmed"}}},
	{"underscored that", `Indian Foreign Minister S. Jaishankar underscored that the border must stay calm.`,
		[]want{{"^the border must stay calm", Indirect, "S. Jaishankar", "Indian Foreign Minister", KindNamed, "underscored"}}},
	{"said on a day, as: the report comes before", `Germany will deliver three more air defence systems to Ukraine before the end of the year, Chancellor Olaf Scholz said on Tuesday, as Russia stepped up missile attacks on Ukrainian cities.`,
		[]want{{"^Germany will deliver three more air defence systems to Ukraine before the end of the year", Indirect, "Olaf Scholz", "Chancellor", KindNamed, "said"}}},
	{"as with a word before it: a clause of manner, no attribution", `The president said he would not seek another term, but he refused to step down immediately as the protesters demanded.`,
		[]want{{"^he would not seek another term", Indirect, "", "", KindUnresolved, "said"}}},
	{"said, amid: the report comes before", `Talks will resume next week, the mediators said, amid fresh fighting in the north.`,
		[]want{{"^Talks will resume next week", Indirect, "the mediators", "", KindUnnamed, "said"}}},
	{"said while: the report comes before", `The border will stay closed, officials said while the army searched the area.`,
		[]want{{"^The border will stay closed", Indirect, "officials", "", KindUnnamed, "said"}}},
	{"said in a statement, after: a relative that is no report", `The army agreed to a ceasefire, Saudi Arabia and the United States said in a joint statement, after five weeks of fighting that has killed more than 1,000 people.`,
		[]want{{"^The army agreed to a ceasefire", Indirect, "Saudi Arabia and the United States", "", KindNamed, "said"}}},
	{"said NAME, the U.N. title", `"Words are not enough," said Volker Perthes, the U.N. special envoy for Sudan.`,
		[]want{{"Words are not enough", Direct, "Volker Perthes", "U.N. special envoy for Sudan", KindNamed, "said"}}},
	{"the statement is its author's", `The two sides agreed to a truce, Saudi Arabia and the United States said in a joint statement. The truce will be monitored by both sides, the statement said.`,
		[]want{{"^The two sides agreed to a truce", Indirect, "Saudi Arabia and the United States", "", KindNamed, "said"}, {"^The truce will be monitored", Indirect, "Saudi Arabia and the United States", "", KindDescription, "said"}}},
	{"the statement with no author stays unresolved", `The truce will be monitored by both sides, the statement said.`,
		[]want{{"^The truce will be monitored", Indirect, "", "", KindUnresolved, "said"}}},
	{"said, speaking on condition: the report comes before", `The meeting lasted about 40 minutes, a Brazilian official said, speaking on condition of anonymity because the talks were private.`,
		[]want{{"^The meeting lasted about 40 minutes", Indirect, "a Brazilian official", "", KindUnnamed, "said"}}},
	{"a possessive affiliation before a name is its title", `Uruguay's Luis Lacalle Pou said the bloc should sign its trade deal by the end of the year.`,
		[]want{{"^the bloc should sign", Indirect, "Luis Lacalle Pou", "Uruguay's", KindNamed, "said"}}},
	{"a dateline of two cities is no part of the report", `NEW DELHI/ISLAMABAD (Reuters) - Indian and Pakistani troops exchanged heavy fire overnight, officials on both sides said on Wednesday.`,
		[]want{{"^Indian and Pakistani troops exchanged", Indirect, "officials on both sides", "", KindUnnamed, "said"}}},
	{"a source noun before I is no title", `All the experts I interviewed said her proposals were more detailed.`,
		[]want{{"^her proposals were more detailed", Indirect, "the experts I interviewed", "", KindUnnamed, "said"}}},
	{"a politician's office speaks", `Prime Minister Benjamin Netanyahu's office said the talks were over.`,
		[]want{{"^the talks were over", Indirect, "Prime Minister Benjamin Netanyahu's office", "", KindDescription, "said"}}},
	{"an opposition coalition after a titled name speaks", `Opposition leader Raila Odinga's coalition said the mission was unconstitutional and warned that Kenyan officers could be killed.`,
		[]want{{"^the mission was unconstitutional", Indirect, "Opposition leader Raila Odinga's coalition", "", KindDescription, "said"}, {"^Kenyan officers could be killed", Indirect, "Opposition leader Raila Odinga's coalition", "", KindDescription, "warned"}}},
	{"a president's administration is a body", `President Joe Biden's administration said it would veto the bill.`,
		[]want{{"^it would veto the bill", Indirect, "President Joe Biden's administration", "", KindDescription, "said"}}},
	{"said in a report, and: the report comes before", `The middle fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth paid 0.8 percent.`,
		[]want{{"^The middle fifth paid 8.9 percent", Indirect, "", "", KindUnresolved, "said"}}},
	{"said students: no listener after said", `She said students are increasingly turning to athletic programs outside of school.`,
		[]want{{"^students are increasingly turning", Indirect, "", "", KindUnresolved, "said"}}},
	{"told students: a listener", `The principal told students the school would close early.`,
		[]want{{"^the school would close early", Indirect, "", "", KindUnresolved, "told"}}},
	{"pointed out that", `Politifact then pointed out that one shooting may have more than one victim.`,
		[]want{{"^one shooting may have", Indirect, "Politifact", "", KindNamed, "pointed out"}}},
	{"pointed to: no report", `The minister pointed to the rising cost of fuel.`, nil},
	{"ruled that", `The Supreme Court ruled that the election law was unconstitutional.`,
		[]want{{"^the election law was unconstitutional", Indirect, "Supreme Court", "", KindNamed, "ruled"}}},
	{"ruled a country: no report", `The general ruled the country for three decades.`, nil},
	{"a headline attributed with a colon", "Pat Caddell: Democrat Voters Worried About Clinton's Health\n\nThe pollster spoke on Fox News.",
		[]want{{"^Democrat Voters Worried", Indirect, "Pat Caddell", "", KindNamed, ":"}}},
	{"a headline label names no one", "The Latest: Stocks fall across Asia after the vote\n\nMarkets closed lower.", nil},
	{"a poll headline", "Poll: Wealthy Voters Abandon Republican Party\n\nThe survey was taken in May.",
		[]want{{"^Wealthy Voters Abandon", Indirect, "Poll", "", KindNamed, ":"}}},
	{"denied A and accused B: two reports", `The ELN denied responsibility in a statement and accused the army of violating the truce.`,
		[]want{{"^responsibility in a statement", Indirect, "ELN", "", KindNamed, "denied"}, {"^the army of violating the truce", Indirect, "ELN", "", KindNamed, "accused"}}},
	{"coordinated names before a relative clause", `South Korea and the Philippines, which have their own disputes with Beijing, said they were monitoring the situation.`,
		[]want{{"^they were monitoring", Indirect, "South Korea and the Philippines", "", KindNamed, "said"}}},
	{"dismissed as a quoted word, then saying", `The Conservative leader, Kemi Badenoch, dismissed the plan as 'a gimmick', saying it would return only a fraction of arrivals.`,
		[]want{{"a gimmick", Mixed, "Kemi Badenoch", "Conservative leader", KindNamed, "dismissed"}, {"^it would return only a fraction", Indirect, "Kemi Badenoch", "Conservative leader", KindNamed, "saying"}}},
	{"dismissed an object: no report", `The court dismissed the case on Monday.`, nil},
	{"a source named after a place", `"We will judge it by results," a Downing Street source said.`,
		[]want{{"We will judge it", Direct, "a Downing Street source", "", KindUnnamed, "said"}}},
	{"a name with 'and' after 'of', before who", `"It's out there," promises Dennis Evans of the Ohio Department of Job and Family Services, who said the state has been notified it will receive more.`,
		[]want{{"It's out there", Direct, "Dennis Evans", "", KindNamed, "promises"}, {"^the state has been notified", Indirect, "Dennis Evans", "of the Ohio Department of Job and Family Services", KindPronoun, "said"}}},
	{"supporters of a named person are unnamed", `Supporters of Ms Izevbekhai said that the doctor had given interviews.`,
		[]want{{"^the doctor had given interviews", Indirect, "Supporters of Ms Izevbekhai", "", KindUnnamed, "said"}}},
	{"he after an unnamed spokesman is the spokesman", `A spokesman for Let Them Stay questioned why this material had been leaked now. "The safety of the girls should still be the main issue," he said.`,
		[]want{{"^why this material", Indirect, "A spokesman for Let Them Stay", "", KindUnnamed, "questioned"}, {"The safety of the girls", Direct, "A spokesman for Let Them Stay", "", KindUnnamed, "said"}}},
	{"now before the cue", `Clinton now says she opposes the deal.`,
		[]want{{"^she opposes the deal", Indirect, "Clinton", "", KindNamed, "says"}}},
	{"a place's official by title", `Connecticut's tax commissioner says the review found nothing.`,
		[]want{{"^the review found nothing", Indirect, "Connecticut's tax commissioner", "", KindDescription, "says"}}},
	{"an indefinite title holder with a long modifier", `A former Democratic National Committee chairman says the party should draw up a plan.`,
		[]want{{"^the party should draw up a plan", Indirect, "A former Democratic National Committee chairman", "", KindUnnamed, "says"}}},
	{"a person's team", `Clinton's team says she will continue her march.`,
		[]want{{"^she will continue her march", Indirect, "Clinton's team", "", KindDescription, "says"}}},
	{"a share of those polled", `Another 19 percent said they would not pick either candidate.`,
		[]want{{"^they would not pick", Indirect, "Another 19 percent", "", KindUnnamed, "said"}}},
	{"experts on two subjects", `Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.`,
		[]want{{"^the latest nuclear test", Indirect, "Experts on North Korea and nuclear nonproliferation", "", KindUnnamed, "said"}}},
	{"said as many as: a quantity in the report", `Health officials said as many as 40 people died in the floods.`,
		[]want{{"^as many as 40 people died", Indirect, "Health officials", "", KindUnnamed, "said"}}},
	{"said after a phrase with no comma: the report follows", `The mediator said after the talks the deal was close.`,
		[]want{{"after the talks the deal was close", Indirect, "", "", KindUnresolved, "said"}}},
	{"a number with a thousands comma stays whole", `Defence Minister Boris Pistorius visited Odesa and promised to train 10,000 more soldiers by next spring.`,
		[]want{{"10,000 more soldiers", Indirect, "Boris Pistorius", "Defence Minister", KindNamed, "promised"}}},
	{"insisted", `Zelensky insisted on Thursday that Ukraine would never cede its territory.`,
		[]want{{"Ukraine would never cede", Indirect, "Zelensky", "", KindNamed, "insisted"}}},
	{"described as", `Indonesian President Prabowo Subianto described the agreement as "a historic step for both nations".`,
		[]want{{"a historic step", Mixed, "Prabowo Subianto", "Indonesian President", KindNamed, "described"}}},
	{"according to a description", `According to the interior ministry, at least 12 people were killed.`,
		[]want{{"at least 12 people were killed", Indirect, "the interior ministry", "", KindDescription, "According to"}}},
	{"the ministry after according to", `According to the interior ministry, at least 12 people were killed. The ministry added that police had arrested 40 people.`,
		[]want{{"at least 12 people were killed", Indirect, "the interior ministry", "", KindDescription, "According to"}, {"police had arrested 40 people", Indirect, "the interior ministry", "", KindDescription, "added"}}},
	{"according to a longer description", `According to the Iranian foreign ministry, the envoy was summoned on Thursday.`,
		[]want{{"^the envoy was summoned", Indirect, "the Iranian foreign ministry", "", KindDescription, "According to"}}},
	{"according to a possessive agency", `At least 30 people died in the floods, according to Ethiopia's disaster management agency.`,
		[]want{{"At least 30 people died", Indirect, "Ethiopia's disaster management agency", "", KindDescription, "according to"}}},
	{"in a statement, description as written", `The Colombian army said in a statement that two soldiers were killed in an ambush.`,
		[]want{{"two soldiers were killed", Indirect, "The Colombian army", "", KindDescription, "said"}}},
	{"on social media", `South Africa's health department said on social media that the outbreak was under control.`,
		[]want{{"^the outbreak was under control", Indirect, "South Africa's health department", "", KindDescription, "said"}}},
	{"posted on X", `Japanese Prime Minister Shigeru Ishiba posted on X that he had spoken with the U.S. president.`,
		[]want{{"he had spoken with", Indirect, "Shigeru Ishiba", "Japanese Prime Minister", KindNamed, "posted"}}},
	{"told a news conference", `Turkish Foreign Minister Hakan Fidan told a news conference in Ankara that Turkey would not accept the plan.`,
		[]want{{"^Turkey would not accept the plan", Indirect, "Hakan Fidan", "Turkish Foreign Minister", KindNamed, "told"}}},
	{"told a news conference, mixed", `Opposition leader Raila Odinga told a news conference that the killings were "a massacre of innocent children".`,
		[]want{{"^the killings were", Mixed, "Raila Odinga", "Opposition leader", KindNamed, "told"}}},
	{"said in an interview with", `Peruvian President Dina Boluarte said in an interview with a local radio station that she would not resign.`,
		[]want{{"^she would not resign", Indirect, "Dina Boluarte", "Peruvian President", KindNamed, "said"}}},
	{"told a newspaper", `Romanian President Nicusor Dan told the Financial Times that the country would buy more air defence systems.`,
		[]want{{"^the country would buy", Indirect, "Nicusor Dan", "Romanian President", KindNamed, "told"}}},
	// positions
	{"before with colon", `Bangladesh's interim leader Muhammad Yunus said: "We will hold elections by June next year."`,
		[]want{{"We will hold elections", Direct, "Muhammad Yunus", "Bangladesh's interim leader", KindNamed, "said"}}},
	{"inside the quote, continued lower case", `"The army will return to the barracks," Sudanese army chief Abdel Fattah al-Burhan said, "once a civilian government is formed."`,
		[]want{{"The army will return", Direct, "Abdel Fattah al-Burhan", "Sudanese army chief", KindNamed, "said"}, {"once a civilian government", Direct, "Abdel Fattah al-Burhan", "Sudanese army chief", KindNamed, "said"}}},
	{"inside the quote, new sentence", `"We did not start this war," Ethiopian Prime Minister Abiy Ahmed said. "But we will finish it on our terms."`,
		[]want{{"We did not start", Direct, "Abiy Ahmed", "Ethiopian Prime Minister", KindNamed, "said"}, {"But we will finish", Direct, "Abiy Ahmed", "Ethiopian Prime Minister", KindNamed, "said"}}},
	{"after with time", `"There will be no amnesty for looters," Interior Minister Kipchumba Murkomen said on Tuesday.`,
		[]want{{"There will be no amnesty", Direct, "Kipchumba Murkomen", "Interior Minister", KindNamed, "said"}}},
	// inverted
	{"inverted with possessive title", `"We are ready to talk to anyone," said Ghana's President John Mahama.`,
		[]want{{"We are ready to talk", Direct, "John Mahama", "Ghana's President", KindNamed, "said"}}},
	{"inverted unnamed", `"The situation is very tense," said one Western diplomat in Kinshasa.`,
		[]want{{"The situation is very tense", Direct, "one Western diplomat", "", KindUnnamed, "said"}}},
	{"inverted with appositive", `"Prices have doubled since January," said Amina Yusuf, a trader at a Lagos market.`,
		[]want{{"Prices have doubled", Direct, "Amina Yusuf", "trader", KindNamed, "said"}}},
	// passive
	{"was quoted as saying", `Putin was quoted by state media as saying that the talks had been useful.`,
		[]want{{"^the talks had been useful", Indirect, "Putin", "", KindNamed, "quoted by state media as saying"}}},
	{"was quoted as saying, direct", `Modi was quoted as saying: "The border is calm and under control."`,
		[]want{{"The border is calm", Direct, "Modi", "", KindNamed, "quoted as saying"}}},
	{"quoted as saying, active", `Chinese state media quoted Xi Jinping as saying that the economy would keep growing.`,
		[]want{{"^the economy would keep growing", Indirect, "Xi Jinping", "", KindNamed, "quoted Xi Jinping as saying"}}},
	{"quoted as saying, active, after the quote", `"The economy is stable," the state news agency Xinhua quoted Premier Li Qiang as saying.`,
		[]want{{"The economy is stable", Direct, "Li Qiang", "Premier", KindNamed, "quoted Premier Li Qiang as saying"}}},
	// pronouns
	{"she after arrival", `German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. She said Germany would send more air defence systems.`,
		[]want{{"Germany would send", Indirect, "Annalena Baerbock", "", KindPronoun, "said"}}},
	{"they after officials", `Officials said the bridge would stay closed. They added that repairs would take weeks.`,
		[]want{{"the bridge would stay closed", Indirect, "Officials", "", KindUnnamed, "said"}, {"repairs would take weeks", Indirect, "Officials", "", KindUnnamed, "added"}}},
	{"he after a quote", `"This is a government that has declared war on its own people," Odinga said. He added that his party would boycott parliament.`,
		[]want{{"This is a government", Direct, "Odinga", "", KindNamed, "said"}, {"his party would boycott", Indirect, "Odinga", "", KindPronoun, "added"}}},
	// descriptions
	{"the spokesman", `"No arrests have been made," Nigerian police spokesman Olumuyiwa Adejobi said. The spokesman added that an investigation was under way.`,
		[]want{{"No arrests have been made", Direct, "Olumuyiwa Adejobi", "Nigerian police spokesman", KindNamed, "said"}, {"an investigation was under way", Indirect, "Olumuyiwa Adejobi", "Nigerian police spokesman", KindDescription, "added"}}},
	{"the official resolves to an unnamed source", `A senior Pakistani official said the talks would resume next week. The official added that both sides wanted a deal.`,
		[]want{{"the talks would resume", Indirect, "A senior Pakistani official", "", KindUnnamed, "said"}, {"both sides wanted a deal", Indirect, "A senior Pakistani official", "", KindUnnamed, "added"}}},
	{"the official resolves to a titled person", `Health Minister Nkosi Dlamini said the clinics would reopen. "We have enough staff," the official added.`,
		[]want{{"the clinics would reopen", Indirect, "Nkosi Dlamini", "Health Minister", KindNamed, "said"}, {"We have enough staff", Direct, "Nkosi Dlamini", "Health Minister", KindDescription, "added"}}},
	{"the army twice", `"We repelled the attack," the Nigerian army said. The army added that 15 militants were killed.`,
		[]want{{"We repelled the attack", Direct, "the Nigerian army", "", KindDescription, "said"}, {"15 militants were killed", Indirect, "the Nigerian army", "", KindDescription, "added"}}},
	{"the ministry does not take another ministry", `The Foreign Ministry said talks would resume. The health ministry said the outbreak was contained.`,
		[]want{{"talks would resume", Indirect, "Foreign Ministry", "", KindNamed, "said"}, {"the outbreak was contained", Indirect, "The health ministry", "", KindDescription, "said"}}},
	{"the ministry unresolved", `"The situation is under control," the ministry said.`,
		[]want{{"The situation is under control", Direct, "", "", KindUnresolved, "said"}}},
	{"the president", `Chilean President Gabriel Boric met the miners on Friday. "Your fight is our fight," the president said.`,
		[]want{{"Your fight is our fight", Direct, "Gabriel Boric", "Chilean President", KindDescription, "said"}}},
	{"the Ukrainian leader is the prime minister", `Ukrainian Prime Minister Denys Shmyhal thanked him. "Every day we wait, more civilians die," the Ukrainian leader told reporters.`,
		[]want{{"Every day we wait", Direct, "Denys Shmyhal", "Ukrainian Prime Minister", KindDescription, "told"}}},
	{"the leader is no foreign minister", `Foreign Minister Sergei Lavrov arrived. "We will respond," the leader said.`,
		[]want{{"We will respond", Direct, "", "", KindUnresolved, "said"}}},
	// unnamed sources
	{"officials said", `Officials said the death toll could rise further.`,
		[]want{{"the death toll could rise", Indirect, "Officials", "", KindUnnamed, "said"}}},
	{"source familiar", `A source familiar with the talks said negotiations had stalled over the border issue.`,
		[]want{{"negotiations had stalled", Indirect, "A source familiar with the talks", "", KindUnnamed, "said"}}},
	{"diplomats on condition of anonymity", `Diplomats who spoke on condition of anonymity said the deal was close.`,
		[]want{{"the deal was close", Indirect, "Diplomats who spoke on condition of anonymity", "", KindUnnamed, "said"}}},
	{"anonymity clause whose verb is a cue", `A senior official who asked not to be named said the talks had stalled.`,
		[]want{{"the talks had stalled", Indirect, "A senior official who asked not to be named", "", KindUnnamed, "said"}}},
	{"according to a source with a relative clause", `According to a senior official who asked not to be named, the talks had stalled. "Nobody wants to move first," the official said.`,
		[]want{{"the talks had stalled", Indirect, "a senior official who asked not to be named", "", KindUnnamed, "According to"}, {"Nobody wants to move first", Direct, "a senior official who asked not to be named", "", KindUnnamed, "said"}}},
	{"official speaking on condition of anonymity", `A senior government official, speaking on condition of anonymity, said the cabinet would meet on Friday.`,
		[]want{{"the cabinet would meet", Indirect, "A senior government official", "", KindUnnamed, "said"}}},
	{"two security sources told Reuters", `Two security sources told Reuters the suspect had been arrested in Mombasa.`,
		[]want{{"the suspect had been arrested", Indirect, "Two security sources", "", KindUnnamed, "told"}}},
	{"residents said", `"We heard gunfire all night," a resident of Goma told AFP by telephone.`,
		[]want{{"We heard gunfire all night", Direct, "a resident of Goma", "", KindUnnamed, "told"}}},
	// quotes across paragraphs, nested, partial
	{"across paragraphs after attribution", "\"The floods destroyed everything we had,\" said Amina Juma, a farmer in Garissa. \"We lost our goats, our maize and our house.\n\n\"Now we sleep in a school with 200 other families.\"",
		[]want{{"The floods destroyed", Direct, "Amina Juma", "farmer", KindNamed, "said"}, {"We lost our goats", Direct, "Amina Juma", "farmer", KindNamed, "said"}, {"Now we sleep", Direct, "Amina Juma", "farmer", KindNamed, "said"}}},
	{"nested", `"He told us, 'Leave now or you will be shot,' and then they started burning houses," a resident of Kitchanga said.`,
		[]want{{"Leave now", Direct, "a resident of Kitchanga", "", KindUnnamed, "said"}}},
	{"partial vowed", `The rebels vowed "a fight to the very end" after the army's advance.`,
		[]want{{"a fight to the very end", Mixed, "The rebels", "", KindUnnamed, "vowed"}}},
	// found in longer articles
	{"dateline is no content", `NAIROBI, June 25, 2024 (Reuters) - At least 12 people were killed in the protests, police said.`,
		[]want{{"^At least 12 people", Indirect, "police", "", KindUnnamed, "said"}}},
	{"dateline without a place", `Aug 1, 2024 (Sitrep Wire) - Russia and the West exchanged 24 prisoners in Ankara, Turkey's intelligence agency said.`,
		[]want{{"^Russia and the West exchanged", Indirect, "Turkey's intelligence agency", "", KindDescription, "said"}}},
	{"he inside the sentence of the name", `"We are searching the forest," police spokesman Yazid Abubakar said. President Bola Tinubu condemned the killings, which he described as "barbaric and cowardly".`,
		[]want{{"We are searching", Direct, "Yazid Abubakar", "police spokesman", KindNamed, "said"}, {"^barbaric and cowardly", Mixed, "Bola Tinubu", "", KindPronoun, "described"}}},
	{"asked not to be named", `A local resident, who asked not to be named for fear of reprisals, said the gunmen had kidnapped several women.`,
		[]want{{"^the gunmen had kidnapped", Indirect, "A local resident", "", KindUnnamed, "said"}}},
	{"which clause after an institution", `The agriculture ministry, which backed the bill, said in a note that the rules were outdated.`,
		[]want{{"^the rules were outdated", Indirect, "The agriculture ministry", "", KindDescription, "said"}}},
	{"quoted by an outlet with dots", `Marina Silva, the environment minister, wrote on social media that the veto was a victory for science. She was quoted by Folha de S.Paulo as saying that more than 100 products would have been approved.`,
		[]want{{"^the veto was a victory", Indirect, "Marina Silva", "environment minister", KindNamed, "wrote"}, {"^more than 100 products", Indirect, "Marina Silva", "environment minister", KindPronoun, "quoted by Folha de S.Paulo as saying"}}},
	{"person noun before a name is a title", `In Sindh province, farmer Ghulam Rasool told the BBC his fields had been under water for weeks.`,
		[]want{{"^his fields had been", Indirect, "Ghulam Rasool", "farmer", KindNamed, "told"}}},
	{"capitalised word in a title", `"Kyiv's provocations must stop," Kremlin spokesman Dmitry Peskov told journalists.`,
		[]want{{"Kyiv's provocations", Direct, "Dmitry Peskov", "Kremlin spokesman", KindNamed, "told"}}},
	{"sentence adverb is no title", `Meanwhile opposition leader Raila Odinga said the vote had been rigged.`,
		[]want{{"^the vote had been rigged", Indirect, "Raila Odinga", "opposition leader", KindNamed, "said"}}},
	{"it is the institution opening the sentence before", `The Russian-installed administration of the plant blamed Ukrainian drones. In a statement, it said the fire had been put out.`,
		[]want{{"^the fire had been put out", Indirect, "The Russian-installed administration", "", KindPronoun, "said"}}},
	{"partial called", `Hungarian Prime Minister Viktor Orban called the proposal "absurd and dangerous".`,
		[]want{{"absurd and dangerous", Mixed, "Viktor Orban", "Hungarian Prime Minister", KindNamed, "called"}}},
}

func TestFindNews(t *testing.T) {
	for _, tt := range newsTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// With the mentions layer: a place inside a name or a country in a title
// is not the speaker, and a longer title written before the name wins
// over the mention's.
func TestFindNewsWithMentions(t *testing.T) {
	type ment struct {
		text, typ, kbid, title string
	}
	tests := []struct {
		name  string
		input string
		ms    []ment
		want  []want
	}{
		{"place inside an organisation's name", `Greenpeace Brazil called the bill "a disaster for public health".`,
			[]ment{{"Brazil", doc.TypeCountry, "BRA", ""}},
			[]want{{"a disaster", Mixed, "Greenpeace Brazil", "", KindNamed, "called"}}},
		{"country in a title", `"We will not allow it," Kenya's President Samuel Kiprono said.`,
			[]ment{{"Kenya", doc.TypeCountry, "KEN", ""}},
			[]want{{"We will not allow it", Direct, "Samuel Kiprono", "Kenya's President", KindNamed, "said"}}},
		{"a mention of part of a name", `"All the attackers were killed," police spokesman Abdifatah Aden Hassan told reporters.`,
			[]ment{{"Abdifatah", doc.TypePerson, "", ""}, {"Aden Hassan", doc.TypePerson, "", ""}},
			[]want{{"All the attackers", Direct, "Abdifatah Aden Hassan", "police spokesman", KindNamed, "told"}}},
		{"he is the subject of his sentence", `Trump took to Twitter to accuse Clinton's campaign of lying and urged people to watch what he called a "sex tape".`,
			[]ment{{"Trump", doc.TypePerson, "person.donald-trump", ""}, {"Clinton", doc.TypePerson, "person.hillary-clinton", ""}},
			[]want{{"sex tape", Mixed, "Trump", "", KindPronoun, "called"}}},
		{"organisation whose name holds a title word", `The far-right National Rally said it would judge the new prime minister on his actions.`,
			[]ment{{"National Rally", doc.TypeOrganization, "", ""}},
			[]want{{"it would judge", Indirect, "National Rally", "", KindNamed, "said"}}},
		{"a possessive country is no description's entity", `Sudan's army said it had retaken the presidential palace in Khartoum.`,
			[]ment{{"Sudan", doc.TypeCountry, "SDN", ""}},
			[]want{{"it had retaken", Indirect, "Sudan's army", "", KindDescription, "said"}}},
		{"longer title as written", `"Kyiv's provocations must stop," Kremlin spokesman Dmitry Peskov told journalists.`,
			[]ment{{"Dmitry Peskov", doc.TypePerson, "person.dmitry-peskov", "spokesman"}},
			[]want{{"Kyiv's provocations", Direct, "Dmitry Peskov", "Kremlin spokesman", KindNamed, "told"}}},
		{"description linked to the KB", `"We repelled the attack," the Israeli army said.`,
			[]ment{{"Israeli army", doc.TypeOrganization, "org.idf", ""}},
			[]want{{"We repelled", Direct, "Israel Defense Forces", "", KindDescription, "said"}}},
		{"it after a declaration with no mention of its own", `The Lusaka Declaration says Africa holds a large share of the world's minerals. It asks lenders to offer debt relief.`,
			nil,
			[]want{{"Africa holds a large share", Indirect, "Lusaka Declaration", "", KindNamed, "says"}, {"lenders to offer debt relief", Indirect, "Lusaka Declaration", "", KindPronoun, "asks"}}},
		{"the leader from a mention", `Ukrainian Prime Minister Denys Shmyhal thanked him. "Every day we wait, more civilians die," the Ukrainian leader told reporters.`,
			[]ment{{"Denys Shmyhal", doc.TypePerson, "person.denys-shmyhal", "Ukrainian Prime Minister"}},
			[]want{{"Every day we wait", Direct, "Denys Shmyhal", "Ukrainian Prime Minister", KindDescription, "told"}}},
		{"a dateline place before a colon is no transcript speaker", "BEIRUT: Gunmen opened fire on a convoy in the south, killing three people.",
			[]ment{{"BEIRUT", doc.TypePlace, "place.beirut", ""}},
			nil},
		{"a person in capitals before a colon speaks", "PENCE: Well, look, we have a plan for the economy.",
			[]ment{{"PENCE", doc.TypePerson, "person.mike-pence", ""}},
			[]want{{"Well, look", Direct, "PENCE", "", KindNamed, ":"}}},
		{"description of an office holder from a mention", `Chilean President Gabriel Boric met the miners. "Your fight is our fight," the president said.`,
			[]ment{{"Gabriel Boric", doc.TypePerson, "person.gabriel-boric", "Chilean President"}},
			[]want{{"Your fight", Direct, "Gabriel Boric", "Chilean President", KindDescription, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.input)
			for _, m := range tt.ms {
				name := m.text
				if m.kbid == "org.idf" {
					name = "Israel Defense Forces"
				}
				markMention(d, m.text, m.typ, m.kbid, name, m.title)
			}
			d.Fill(doc.LayerMentions)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}
