package mention

import "testing"

// TestMediumAfterName: a name the lexicons do not know before a lower-case
// medium ("on B92 television", "told Imedi television", "the Kommersant
// radio") is the broadcaster's or the publication's, an organisation; a
// demonym or a country before the medium stays what it is.
func TestMediumAfterName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Tadic conceded defeat on B92 television.", []string{"B92/organization//name"}, nil},
		{"Saakashvili told Imedi television that the war had begun.", []string{"Imedi/organization//name"}, []string{"Imedi/place", "Imedi/person"}},
		{"The interview was aired by the Zentrova channel on Sunday.", []string{"Zentrova/organization//name"}, nil},
		{"He told Russian television that the troops would stay.", []string{"Russian/country/RUS/demonym"}, nil},
		// a waveband or a medium's initials names no broadcaster
		{"Expect to hear a lot about this across your AM radio dial.", nil, []string{"AM/organization"}},
		{"He called for a satellite TV channel to be taken off air.", nil, []string{"TV/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2008-08-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
