package mention

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// TestGolden checks the entities and role claims of a sample article
// against testdata/sample.golden (go test ./mention -update rewrites it).
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, stage(), string(text))
	checkInvariants(t, d)
	a := d.Analysis()
	out := struct {
		Entities   []doc.EntityJSON    `json:"entities"`
		RoleClaims []doc.RoleClaimJSON `json:"role_claims"`
	}{a.Entities, a.RoleClaims}
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./mention -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("entities and role claims differ from %s (go test ./mention -update rewrites it):\n%s", golden, got)
	}
}
