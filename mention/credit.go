package mention

// creditWords open a photo or picture credit line: "Photo: AP", "Image
// by Reuters", "Credit: AFP".
var creditWords = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographs": true,
	"picture": true, "pictures": true, "image": true, "images": true,
	"credit": true, "credits": true,
}

// creditAt reports whether the name at token i is the one a credit line
// names: a credit word, then ":" or "by", right before it ("Photo: AP
// Walker, who was making her first trip": the agency ends the credit, and
// the name after it opens the next sentence, whose full stop was lost).
func (p *proc) creditAt(i int) bool {
	if i < 2 {
		return false
	}
	if w := p.word(i - 1); w != ":" && w != "by" {
		return false
	}
	return creditWords[p.lower(i-2)]
}
