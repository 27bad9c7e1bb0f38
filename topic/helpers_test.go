package topic

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// Test helpers shared across topic tests.

// themeOf runs the stage s on text and reports whether it names theme.
func themeOf(t *testing.T, s *Stage, text, theme string) (bool, []doc.Topic) {
	t.Helper()
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, tp := range d.Topics {
		if tp.Kind == "theme" && tp.Label == theme {
			return true, d.Topics
		}
	}
	return false, d.Topics
}
