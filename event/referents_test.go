package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of referents of pronoun objects and descriptions.

// TestCoordObject checks that an object pronoun in a second
// coordinated verb phrase refers to the person named in the first.
func TestCoordObject(t *testing.T) {
	checkTriggered(t, "target", func(e *doc.Event) string { return e.TargetName }, []triggerCase{
		{"congratulated X and invited him", "2018-07-01", "Enrique Pena Nieto congratulated Andres Manuel Lopez Obrador and invited him to begin the transition.", "invited", "Andrés Manuel López Obrador"},
		{"a conjoined subject, the object named after it", "2018-07-01", "Donald Trump and Enrique Pena Nieto met Justin Trudeau and invited him to a summit.", "invited", "Justin Trudeau"},
	})
}

// TestTitleSubject checks that a sentence opening "The <title>" has for
// subject the official of the sentence before when the KB has them in an
// office of that title on the day.
func TestTitleSubject(t *testing.T) {
	checkTriggered(t, "source", func(e *doc.Event) string { return e.SourceName }, []triggerCase{
		{"the minister", "2004-07-30", "Sudanese Foreign Minister Mustafa Osman Ismail rejected the resolution. The minister accused Washington of lying.", "accused", "Mustafa Osman Ismail"},
		{"the foreign minister", "2004-07-30", "Sudanese Foreign Minister Mustafa Osman Ismail rejected the resolution. The foreign minister accused Washington of lying.", "accused", "Mustafa Osman Ismail"},
		{"the president", "2004-07-30", "President Omar al-Bashir rejected the resolution. The president accused Washington of lying.", "accused", "Omar al-Bashir"},
	})
}

// TestGroupObject checks that "the group" after the verb stands for the
// armed group named before it in the sentence.
func TestGroupObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"blamed the group", "2019-01-18", "Colombia's government ordered the arrest of ELN rebel negotiators on Friday and blamed the group for a car bombing in Bogota.",
			[]string{"COLGOV COLREB 173", "COLGOV COLREB 112"}, nil},
		{"the group of ministers is none", "2019-01-18", "The group of ministers met Hamas.", nil, []string{"PSEREB"}},
	})
}

// TestOwnCountryReferent: "whose country" and "his country" as a
// clause's subject are the person's state.
func TestOwnCountryReferent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"whose country", "2012-03-01", "Erdogan, whose country broke off relations with Israel in 2010, said the talks would resume.", []string{"TUR ISR 161", "TURGOV  010"}, []string{"TURGOV ISR"}},
		{"his country in reported speech", "2012-03-01", "Erdogan said his country broke off relations with Israel in 2010.", []string{"TUR ISR 161"}, []string{"TURGOV ISR"}},
		{"her country", "2012-03-01", "Merkel said her country sent aid to Greece.", []string{"DEU GRC 07"}, nil},
		{"his country's is no subject", "2012-03-01", "Erdogan said his country's army attacked Syria.", nil, []string{"TUR SYR"}},
	})
}

// TestBlocReferent: "the (regional) bloc" is the international body
// named last, in the sentence or before it; a name after it
// is that name's, and a bloc nobody named before is no actor.
func TestBlocReferent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the regional bloc after ECOWAS", "2023-08-10", "ECOWAS imposed sanctions on Niger after the coup. The regional bloc also condemned the junta in Niger.", []string{"IGOWAFWAS NER 163", "IGOWAFWAS NERMIL 111"}, nil},
		{"the bloc's ministers", "2022-03-01", "The European Union criticised Hungary. The bloc's foreign ministers condemned Russia.", []string{"IGOEUREEC RUS 111"}, nil},
		{"a name after the bloc", "2022-01-28", "West African leaders suspended Burkina Faso from the regional bloc ECOWAS on Friday.", []string{"IGOWAFWAS BFA 16"}, nil},
		{"no body named before", "2022-03-01", "Hungary criticised Poland. The bloc condemned Russia.", nil, []string{"IGO"}},
	})
}
