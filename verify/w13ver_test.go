package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13VerThenDated: a "then-" title, or "who was X at the time", is
// of the past time its clause names even when the sentence also names
// the article's own days ("…, the ministry said on Friday"); a person
// the KB never records in the office is contradicted at that time when
// its list of holders is complete then.
func TestW13VerThenDated(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"In 2016, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Contradicted, "not in the time the sentence refers to (2016)"},
		{"In 2012, then-Foreign Minister Ahmet Davutoglu hosted his Iranian counterpart in Ankara, the ministry said on Friday.", "2024-03-01", doc.Supported, "in the time the sentence refers to (2012"},
		{"Sergei Lavrov, who was Russia's defence minister at the time, visited Damascus in 2016.", "2022-02-02", doc.Contradicted, "in 2016, the time the sentence names, the Minister of Defence of Russia was Sergei Shoigu"},
		{"Ukraine's then-defence minister Dmytro Kuleba signed the contract in 2021, officials said on Friday.", "2023-06-02", doc.Contradicted, "never held the office"},
		{"Benny Gantz, who was defence minister at the time, approved the operation in 2021, the newspaper reported on Monday.", "2023-05-01", doc.Supported, "2021"},
		{"Then-Foreign Minister Ahmet Davutoglu, who became prime minister in 2014, hosted the talks.", "2024-03-01", doc.Supported, "2009-05-01"},
	})
}
