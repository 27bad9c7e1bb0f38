package export

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/store"
)

// A ClaimReview is a schema.org ClaimReview (https://schema.org/ClaimReview),
// the JSON-LD fact-checkers publish and search engines read. sitrep writes
// one per contradicted finding: the claim the article makes, the article
// as where it appeared, a rating of 1 ("Contradicted") on a 1–5 scale,
// and the knowledge-base facts the verdict rests on as citations.
type ClaimReview struct {
	Context       string     `json:"@context,omitempty"`
	Type          string     `json:"@type"`
	ID            string     `json:"@id,omitempty"`
	ClaimReviewed string     `json:"claimReviewed"`
	ReviewBody    string     `json:"reviewBody"`
	DatePublished string     `json:"datePublished,omitempty"`
	Author        Thing      `json:"author"`
	ItemReviewed  Claim      `json:"itemReviewed"`
	ReviewRating  Rating     `json:"reviewRating"`
	Citation      []Citation `json:"citation"`
	About         []string   `json:"keywords,omitempty"`
}

// A Thing is a schema.org thing with a type and a name.
type Thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// A Claim is the schema.org Claim reviewed.
type Claim struct {
	Type          string     `json:"@type"`
	DatePublished string     `json:"datePublished,omitempty"`
	Appearance    Appearance `json:"appearance"`
}

// An Appearance is the article the claim appeared in.
type Appearance struct {
	Type          string `json:"@type"`
	Headline      string `json:"headline,omitempty"`
	URL           string `json:"url,omitempty"`
	Identifier    string `json:"identifier"`
	DatePublished string `json:"datePublished,omitempty"`
}

// A Rating is the schema.org Rating of the claim.
type Rating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// A Citation is one knowledge-base fact the review rests on.
type Citation struct {
	Type         string `json:"@type"`
	Name         string `json:"name"`
	Identifier   string `json:"identifier,omitempty"`
	Publisher    string `json:"publisher,omitempty"`
	DateModified string `json:"dateModified,omitempty"`
}

// Ratings on the 1–5 scale: contradicted 1, unverifiable 3, supported 5.
const ratingBest = 5

func ratingOf(verdict string) int {
	switch verdict {
	case doc.Contradicted:
		return 1
	case doc.Supported:
		return ratingBest
	}
	return 3
}

// ClaimReviewOf returns the ClaimReview of one finding. author names the
// organisation publishing the review; published is the review date
// (2006-01-02). The rating follows the verdict: contradicted 1,
// unverifiable 3, supported 5.
func ClaimReviewOf(f store.Finding, author, published string) ClaimReview {
	body := f.Explanation
	var cites []Citation
	for _, e := range f.Evidence {
		cites = append(cites, Citation{Type: "CreativeWork", Name: e.Fact, Identifier: e.KB, Publisher: e.Source, DateModified: e.AsOf})
	}
	if cites == nil {
		cites = []Citation{}
	}
	claim := strings.TrimSpace(f.Claim)
	return ClaimReview{
		Type:          "ClaimReview",
		ID:            "sitrep:finding:" + f.ArticleID + ":" + itoa(f.Index),
		ClaimReviewed: claim,
		ReviewBody:    body,
		DatePublished: published,
		Author:        Thing{Type: "Organization", Name: author},
		ItemReviewed: Claim{
			Type:          "Claim",
			DatePublished: f.Date,
			Appearance: Appearance{Type: "NewsArticle", Headline: f.ArticleTitle, URL: f.ArticleURL,
				Identifier: f.ArticleID, DatePublished: f.Date},
		},
		ReviewRating: Rating{Type: "Rating", RatingValue: ratingOf(f.Verdict), BestRating: ratingBest, WorstRating: 1,
			AlternateName: verdictName(f.Verdict)},
		Citation: cites,
		About:    []string{f.Kind},
	}
}

func verdictName(v string) string {
	switch v {
	case doc.Contradicted:
		return "Contradicted by the record"
	case doc.Supported:
		return "Supported by the record"
	}
	return "Unverifiable"
}
