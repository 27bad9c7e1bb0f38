package eval

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// AGClasses are the AG News class names by index (1-based in the files).
var AGClasses = []string{"World", "Sports", "Business", "Sci/Tech"}

// An AGItem is one AG News row.
type AGItem struct {
	Class string
	Title string
	Desc  string
	Line  int
}

// Text returns the title and description as one short article: the
// title, a blank line, the description. It undoes the escapes of the AG
// News files: "\n" and "\$" written with a backslash, and the entities
// that lost their ampersand in the corpus ("Britain #39;s", " quot;",
// " amp;", the Windows quotation marks "#146;" and "#147;", a
// breadcrumb's " gt; "); HTML markup in descriptions ("&lt;b&gt;...") is
// dropped.
func (it AGItem) Text() string {
	return agClean(it.Title) + "\n\n" + agClean(it.Desc)
}

// agEscapes undoes the AG News escapes; longer patterns first.
var agEscapes = strings.NewReplacer(
	`\n`, " ", `\$`, "$", `\`, " ",
	" #39;", "'", "#39;", "'", " #36;", "$", "#36;", "$", " #151;", " - ", "#151;", " - ",
	" #145;", "'", "#145;", "'", " #146;", "'", "#146;", "'", " #147;", ` "`, "#147;", `"`, " #148;", `"`, "#148;", `"`,
	" #038;", " &", "#038;", "&", " gt; ", " > ",
	"  quot;", ` "`, " quot;", `"`, "quot;", `"`, " amp;", " &", "&amp;", "&", "&quot;", `"`, "&#39;", "'",
)

// agClean undoes the escapes of one AG News field and drops HTML tags.
func agClean(s string) string {
	s = agEscapes.Replace(s)
	s = strings.ReplaceAll(strings.ReplaceAll(s, "&lt;", "<"), "&gt;", ">")
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || j > 200 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return strings.Join(strings.Fields(b.String()), " ")
}

// ReadAGNews reads the AG News CSV format: class index (1–4), title,
// description, one item per record. Bad input (a record without three
// fields, a class out of range, broken quoting) is an error naming the
// input and line; it never panics.
func ReadAGNews(r io.Reader, name string) ([]AGItem, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	var out []AGItem
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// A csv.ParseError names the line and column itself.
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		c, err := strconv.Atoi(rec[0])
		if err != nil || c < 1 || c > len(AGClasses) {
			return nil, fmt.Errorf("%s:%d: class %q: want 1–4", name, line, rec[0])
		}
		out = append(out, AGItem{Class: AGClasses[c-1], Title: rec[1], Desc: rec[2], Line: line})
	}
	return out, nil
}

// AGRows returns the items of one half of a file for a development /
// held-out split: "even" keeps the 1st, 3rd, 5th ... item (positions 0,
// 2, 4 ...), "odd" the 2nd, 4th ..., "all" or "" every item. Any other
// value is an error naming it.
func AGRows(items []AGItem, rows string) ([]AGItem, error) {
	var keep int
	switch rows {
	case "", "all":
		return items, nil
	case "even":
		keep = 0
	case "odd":
		keep = 1
	default:
		return nil, fmt.Errorf("rows %q: want all, even or odd", rows)
	}
	var out []AGItem
	for i := keep; i < len(items); i += 2 {
		out = append(out, items[i])
	}
	return out, nil
}

// ClassScore is precision, recall and F1 of one class.
type ClassScore struct {
	Class     string  `json:"class"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// TopicScore is the outcome of classifying AG News items.
type TopicScore struct {
	Items    int          `json:"items"`
	Accuracy float64      `json:"accuracy"`
	Classes  []ClassScore `json:"classes"`
	// World is the binary World-vs-rest score.
	World ClassScore `json:"world_vs_rest"`
}

// ScoreTopics compares predicted classes with the gold ones.
func ScoreTopics(gold, pred []string) TopicScore {
	s := TopicScore{Items: len(gold)}
	correct := 0
	for _, c := range AGClasses {
		cs := ClassScore{Class: c}
		for i := range gold {
			if gold[i] == c {
				cs.Gold++
			}
			if pred[i] == c {
				cs.Predicted++
				if gold[i] == c {
					cs.Correct++
				}
			}
		}
		cs.Precision, cs.Recall, cs.F1 = prf(cs.Correct, cs.Predicted-cs.Correct, cs.Gold-cs.Correct)
		s.Classes = append(s.Classes, cs)
		correct += cs.Correct
		if c == AGClasses[0] {
			s.World = cs
			s.World.Class = "World vs rest"
		}
	}
	if len(gold) > 0 {
		s.Accuracy = float64(correct) / float64(len(gold))
	}
	return s
}
