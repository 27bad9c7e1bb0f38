package mention

import (
	"fmt"
	"testing"
)

func TestSmoke(t *testing.T) {
	text := `"Our priority is safety," Israeli Ambassador Danny Ayalon told reporters. Foreign Minister Hossein Amir Abdollahian said at a meeting attended by Prime Minister Mohammad Bagher Soltani and Supreme Leader Ayatollah Ali Khamenei in Tehran. Tehran denied it. Syrian President Bashar al-Assad met Erdogan. Hezbollah and Hamas-linked factions in Gaza. Abdollahian later left.`
	d := analyze(t, stage(), text)
	for _, m := range d.Mentions {
		fmt.Printf("%q %s %s %s ent=%d title=%q role=%d\n", m.Text, m.Type, m.KBID, m.How, m.Entity, m.Title, m.Role)
	}
	for _, c := range d.RoleClaims {
		fmt.Printf("%+v\n", c)
	}
}
