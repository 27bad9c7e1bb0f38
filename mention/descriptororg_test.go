package mention

import "testing"

// Tests of organisations named before a body noun.

// TestDescriptorAfter: "the <Name> <modifiers> <body noun>" keeps
// <Name> as an organisation ("the Mercosur trade bloc", "the Tass news
// agency"), where a lone name before a plain noun names nothing.
func TestDescriptorAfter(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Andino trade bloc suspended Bolivia from its summit.", []string{"Andino/organization//name"}, nil},
		{"Officials said the Kobra rebel group had seized the town.", []string{"Kobra/organization//name"}, nil},
		{"The Zentara news agency reported the strike.", []string{"Zentara/organization//name"}, nil},
		{"Delegates of the Talvor labour federation walked out.", []string{"Talvor/organization//name"}, nil},
		{"The Andino trade ministers met on Friday.", nil, []string{"Andino/organization"}},
		{"The Internet security firm said the flaw was serious.", nil, []string{"Internet/organization"}},
		{"The judge ruled for the Kentville-based design firm.", nil, []string{"Kentville/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2012-06-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestDescriptorOrg: an unknown name after "the" followed by a
// lower-case descriptor (modifiers and a head like federation, agency,
// party) is an organisation; the descriptor stays out of the span.
func TestDescriptorOrg(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Doctors struck on Monday, and the Histadrut labour federation said it was considering a general strike.", []string{"Histadrut/organization//name"}, nil},
		{"The Cosatu trade union federation said it would join the strike.", []string{"Cosatu/organization//name"}, nil},
		{"The Tass news agency reported the move.", []string{"Tass/organization//name"}, nil},
		{"Soldiers fired on the Mandera border town.", nil, []string{"Mandera/organization"}},
		{"The Kremlin has a group of advisers.", nil, []string{"Kremlin/organization//name"}},
		{"Fighters from the Islamist militant group attacked.", nil, []string{"Islamist"}},
		{"The Maoist rebel group said it would talk.", nil, []string{"Maoist"}},
		{"The Kurdish militia said it would fight.", nil, []string{"Kurdish"}},
		{"The Tuesday group met again.", nil, []string{"Tuesday/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-07-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
