package mention

import "testing"

// TestFactionSuffixes checks that a bracketed faction word after a
// body's name is part of the name, and that an acronym or a country in
// the bracket is not.
func TestFactionSuffixes(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Communist Party of Nepal (Maoist) held talks on Monday.",
			[]string{"Communist Party of Nepal (Maoist)/organization//name"}, []string{"Communist Party of Nepal", "Maoist"}},
		{"He joined the Jatiya Party (Ershad) last year.",
			[]string{"Jatiya Party (Ershad)/organization//name"}, []string{"Jatiya Party", "Ershad"}},
		{"Hussain Muhammad Ershad has joined the alliance with his Jatiya Party (Ershad), officials said.",
			[]string{"Hussain Muhammad Ershad/person//name", "Jatiya Party (Ershad)/organization//name"}, []string{"Ershad"}},
		{"Talks with the Kurdistan Workers' Party (PKK) resumed.",
			[]string{"Kurdistan Workers' Party/armed_group/group.pkk/alias", "PKK/armed_group/group.pkk/alias"}, nil},
		{"The Congress of South African Trade Unions (Cosatu) said it would strike.",
			[]string{"Congress of South African Trade Unions/organization//name"}, []string{"Congress of South African Trade Unions (Cosatu)"}},
		{"Singapore Telecommunications (SingTel) said it had signed a deal.", nil, []string{"Singapore Telecommunications (SingTel)"}},
		{"Court Rejects Air NZ-Qantas Alliance (Update1).", nil, []string{"Qantas Alliance (Update1)"}},
		{"The Pakistan Muslim League (N) won.",
			[]string{"Pakistan Muslim League (N)/organization/org.pml-n/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2008-12-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
