package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// TestInferredStateSource checks that an agentless passive of an act
// only a state performs (arrest, detention, charge, indictment,
// conviction, sentence, jailing, deportation, release from custody) is
// coded with the police (COP) or courts (JUD) of the country where it
// happened as source, flagged as inferred, in the analysis and in
// dyadic coding; and that acts anyone may do, adjectives and passives
// with no person acted on stay uncoded.
func TestInferredStateSource(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	dyadic := New(k, nil)
	dyadic.RequireTarget = true
	for _, tc := range []struct {
		name, text string
		want       []string // each among the analysis's and the dyadic coder's events ("*": inferred source)
		none       []string // in neither
	}{
		{"an unnamed man arrested", "A 41-year-old man was arrested in Karachi on Friday.", []string{"PAKCOP* PAKCVL 173"}, nil},
		{"a named person the KB does not know", "Tom Birch, 52, of Dayton, was arrested on Friday on a theft charge.", []string{"USACOP* USACVL 173"}, nil},
		{"people detained", "Three students were detained in Harare on Monday.", []string{"ZWECOP*"}, nil},
		{"a named person arrested and charged", "Oscar Villalba was arrested in Asuncion and charged with fraud.", []string{"PRYCOP* PRYCVL 173", "PRYJUD* PRYCVL 173"}, nil},
		{"a sentence is the courts'", "A Kenyan man was sentenced to 15 years in prison in Mombasa for fraud.", []string{"KENJUD* KENCVL 116"}, nil},
		{"a conviction", "Two men were convicted of arson in Auckland.", []string{"NZLJUD* NZLCVL 116"}, nil},
		{"deported from a state", "A Haitian woman was deported from the Dominican Republic on Monday.", []string{"DOMCOP* HTICVL 174"}, nil},
		{"released from custody", "The two men were released from police custody in Kigali on Friday.", []string{"RWACOP*"}, nil},
		{"an official's own state", "The former army chief was jailed for seven years in Lahore.", []string{"PAKJUD* PAKMIL 173"}, nil},
		{"a named agent is no inference", "A 41-year-old man was arrested by police in Karachi on Friday.", []string{"PAKCOP PAKCVL 173"}, []string{"*"}},
		{"a killing has no inferred source", "A 41-year-old man was killed in Karachi on Friday.", nil, []string{"COP", "JUD"}},
		{"an abduction has none", "A 41-year-old man was kidnapped in Karachi on Friday.", nil, []string{"COP", "JUD"}},
		{"an adjective is no act", "The arrested man told reporters in Karachi that he was innocent.", nil, []string{"173"}},
		{"a hostage is freed by captors", "A French aid worker was released in Niger on Sunday.", nil, []string{"COP", "JUD"}},
		{"a reduced passive describes its people", "The students jailed for the protest in Minsk were freed on Tuesday.", nil, []string{"JUD"}},
		{"a release told as who he is", "Hashim Thaqi, released from jail two months ago, opened a campaign in Pristina on Sunday.", nil, []string{"0841"}},
		{"a place in a relative clause is not where", "Zurab Adeishvili, who has received asylum in Hungary, was sentenced to nine years in Tbilisi on Friday.", []string{"GEOJUD*"}, []string{"HUNJUD"}},
		{"its people are the subject's, not the police's", "The party said six of its activists were detained in Kutaisi on Friday.", []string{"GEOCOP* GEOOPP 173"}, nil},
		{"no person acted on", "He was arrested in Karachi on Friday.", nil, []string{"COP", "JUD"}},
		{"a town before a person noun modifies the person", "Police in Kentucky said a Richmond man was hurt. A Richmond man was charged early Sunday with driving under the influence.", []string{"USAJUD* USACVL 173"}, nil},
		{"a capitalised word after an article is no person", "A FORMER teacher was jailed for two years in Leeds on Friday.", []string{"GBRJUD* GBRCVL 173"}, nil},
		{"a US local story's town is no foreign state", "Mark Dunn, 29, of Paris was arrested at a home on Main Street. Dunn is charged with a Class 3 felony of burglary and was taken to the Edgar County Jail, the sheriff said.", []string{"USACOP* USACVL 173", "USAJUD* USACVL 173"}, []string{"FRACOP", "FRAJUD"}},
		{"a story without US local markers keeps its town's country", "Police in Swansea said a man was hurt. Mark Dunn, 29, of Swansea was arrested at a home on Main Street. Dunn is charged with burglary, police said.", []string{"GBRCOP* GBRCVL 173", "GBRJUD* GBRCVL 173"}, []string{"USACOP", "USAJUD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an, d := worldAndDyadic(t, dyadic, tc.text, "2024-03-15")
			for _, evs := range [][]string{inferredCodes(an.Events), inferredCodes(d.Events)} {
				wantEvents(t, tc.text, evs, tc.want, tc.none)
			}
		})
	}
}

// inferredCodes gives "SRC TGT CAMEO" for each event, with "*" after a
// source inferred from the act.
func inferredCodes(evs []doc.Event) []string {
	var out []string
	for _, e := range evs {
		s := e.SourceCode
		if e.SourceInferred {
			s += "*"
		}
		out = append(out, strings.TrimSpace(s+" "+e.TargetCode+" "+e.Cameo))
	}
	return out
}
