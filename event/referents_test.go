package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of referents of pronoun objects and descriptions.

// TestCoordObject checks that an object pronoun in a second
// coordinated verb phrase refers to the person named in the first
// (QA20 E-11).
func TestCoordObject(t *testing.T) {
	checkTriggered(t, "target", func(e *doc.Event) string { return e.TargetName }, []triggerCase{
		{"congratulated X and invited him", "2018-07-01", "Enrique Pena Nieto congratulated Andres Manuel Lopez Obrador and invited him to begin the transition.", "invited", "Andrés Manuel López Obrador"},
		{"a conjoined subject, the object named after it", "2018-07-01", "Donald Trump and Enrique Pena Nieto met Justin Trudeau and invited him to a summit.", "invited", "Justin Trudeau"},
	})
}
