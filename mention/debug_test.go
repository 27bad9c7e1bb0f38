package mention

import (
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

func TestDebug(t *testing.T) {
	text := os.Getenv("DEBUG_TEXT")
	if text == "" {
		t.Skip()
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, New(k, Options{}), text)
	for _, m := range d.Mentions {
		fmt.Printf("%q %s %s %s ent=%d title=%q role=%d\n", m.Text, m.Type, m.KBID, m.How, m.Entity, m.Title, m.Role)
	}
	for _, c := range d.RoleClaims {
		fmt.Printf("%+v\n", c)
	}
}
