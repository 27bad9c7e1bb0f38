package mention

import (
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/internal/sampletext"
	"github.com/sitrep-project/sitrep/kb"
)

// FuzzFold checks that the ASCII fast path of fold agrees with kb.Fold.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Amir-Abdollahian", "U.S.", "O'Brien  Jr.", "al-Assad\t", "Erdoğan", " -x- ", "A&B (C)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), kb.Fold(s); got != want {
			t.Errorf("fold(%q) = %q; kb.Fold = %q", s, got, want)
		}
	})
}

// FuzzProcess runs the stage on arbitrary text: it must not panic, and
// every span must be valid and consistent.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Israeli Ambassador Danny Ayalon told reporters.",
		"Hossein Amir Abdollahian, the Iranian foreign minister, said no.",
		"Tehran's proxies. U.S. - led. Mr. X, who",
		"’s 's ' (EADS) Bank of Israel of of of the",
		"\xff\xfe Erdoğan\u0301 ex-President-designate of the",
		"A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
		"Lee Cheuk-yan met al-Hilla's Boeing 787 crew; King Salman, 82nd Airborne Division, CJTF-OIR.",
		"-yan -ching al- el- 1st 2d A380 Southern Lake",                                                                            // fragments of the newer rules at text edges
		"TEHRAN, Iran - urged Tehran to pro-Tehran Tehran-backed city of Tehran, by Washington on Monday was warned",               // capital metonymy
		"Beijing Tehran to , Tehran and Ankara capital Tehran of Washington will not Tehran on",                                    // metonymy rules at text edges
		"the Bush administration al-Shabab Al Qaeda al- Nusra Front Khamenei's regime",                                             // leaders' governments, the Arabic article
		"the Tehran Declaration Iran's government Abdifatah Gaza Hassan the National Rally Rally for Tehran, Ohio Iran's",          // event names, country governments, places in names, parties, namesakes
		"Said Gaza Ali. Gaza Hassan said. President Assad Tehran, Iran, Damascus, Texas Israel's",                                  // the same at text edges
		"Ivey's and Macy's. \"Buddha for Mary\" All-America 65 Fighter Wing IV Corps of the Army S.A. A.F.C. the Liberal",          // possessive businesses, quoted titles, honours, units, dotted suffixes, parties
		"known as Cabral, Newcastle upon Tyne Highway 301 DJ AM Charalambos \"Bambos\" the Caloi family played with Footscray and", // known-as, joined places, roads, stage names, nicknames, families, clubs
		"Martyrs' Square Bank Indonesia Gulf Arab states UN Mission in Mali, fell 2.8 percent X, the president and speaker of Y, the son of President Z. Minister of State for Trade Ali Musa pro-Kurdish Peoples' Party (HDP) 3% p", // squares, banks, missions, kin, portfolios and parties at text edges
	} {
		f.Add(s)
	}
	s := stage()
	f.Fuzz(func(t *testing.T, text string) {
		d := analyze(t, s, text)
		checkInvariants(t, d)
	})
}

// TestFoldWordsSpan checks that proc.fold, which copies the vocabulary's
// words for a span of ASCII words (appendFoldWords), gives fold's answer
// for every span of up to six tokens of the example articles and of
// spans with abbreviations, possessives, hyphens and unknown words.
func TestFoldWordsSpan(t *testing.T) {
	s := shippedStage(t)
	texts := append([]string{
		"Gen. Mark Milley, the U.S. Joint Chiefs' chairman, met Lt.-Gen. Zzqx O'Brien's aide.",
		"Commander-in-Chief Min Aung Hlaing; the IDF Chief of Staff; G20 summit in São Paulo.",
		"Xyzzy  Qwerty\tFoo-bar baz.qux AT&T (Reuters) -- Prime Minister's Office",
	}, sampletext.Texts(t, filepath.Join("..", "examples"))...)
	n := 0
	for _, text := range texts {
		p := &proc{s: s, text: text}
		p.setTokens(tokenize(text, nil, s.v, nil))
		for i := range p.toks {
			for j := i + 1; j <= len(p.toks) && j <= i+6; j++ {
				want := fold(text[p.toks[i].start:p.toks[j-1].end])
				if got := p.fold(i, j); got != want {
					t.Errorf("fold of %q = %q, want %q", text[p.toks[i].start:p.toks[j-1].end], got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d spans checked", n)
}
