package mention

import "testing"

// TestQA21ArticleParticle: the lower-case Arabic article "es" written
// apart joins a place name ("Dar es Salaam"), like "de" in "Rio de
// Janeiro" (QA21 M-5, QA22 M-8).
func TestQA21ArticleParticle(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The president fell ill in Dar es Salaam on Tuesday.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
		{"Ministers met in Dar es Salaam and Dodoma.", []string{"Dar es Salaam/place//name"}, []string{"Dar"}},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
