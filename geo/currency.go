package geo

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// currencyAfter reports whether the token at j is a currency noun, so
// that the place name before it names a currency, no place: "fell to
// 5,500 to the U.S. dollar", "prices set in U.S. dollars", "the
// Singapore dollar". A story about the Zimbabwean currency
// happens nowhere near the United States.
func currencyAfter(d *doc.Doc, j int) bool {
	if j >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[j]
	if t.Kind != doc.TokWord || breaksName(d.Text[d.Tokens[j-1].Span.End:t.Span.Start]) {
		return false
	}
	return hasLower(currencyNouns, d.Text[t.Span.Start:t.Span.End])
}

// CurrencyNoun reports whether w, in any case, is a currency's noun
// ("francs", "dollar"): the mentions stage reads a name before it as the
// currency's, no place ("prices set in CFA francs").
func CurrencyNoun(w string) bool { return currencyNouns.HasLower(w) }

// currencyNouns are the names of currencies that follow a country's
// name ("U.S. dollar", "Hong Kong dollars", "Egyptian pound" is a
// demonym's). Words that are also common verbs or nouns of other senses
// ("won", "real", "rand" as a name) are left out.
var currencyNouns = wordset.FromMap(map[string]bool{
	"dollar": true, "dollars": true, "currency": true, "yuan": true, "renminbi": true, "rupee": true, "rupees": true,
	"pound": true, "pounds": true, "euro": true, "euros": true, "peso": true, "pesos": true, "naira": true,
	"shilling": true, "shillings": true, "franc": true, "francs": true, "dinar": true, "dinars": true,
	"riyal": true, "riyals": true, "rial": true, "rials": true, "lira": true, "ruble": true, "rubles": true,
	"rouble": true, "roubles": true, "yen": true, "bolivar": true, "bolivars": true, "kwacha": true,
	"cedi": true, "cedis": true, "birr": true, "taka": true, "dirham": true, "dirhams": true, "ringgit": true,
	"baht": true, "rupiah": true, "hryvnia": true, "forint": true, "zloty": true, "krona": true, "krone": true,
	"kronor": true, "kroner": true, "tenge": true, "manat": true, "lari": true, "dram": true, "leu": true, "lev": true,
})
