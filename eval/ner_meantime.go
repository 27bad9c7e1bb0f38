package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/sitrep-project/sitrep/doc"
)

// ReadMeantimeNER reads one NewsReader MEANTIME CAT XML document as NER
// gold: the named ENTITY_MENTIONs (syntactic_type NAM, and PRE.NAM: a name
// used as a premodifier, "US" in "the US automaker", which is as much a
// mention of the country as any other) whose REFERS_TO target ENTITY has
// ent_type PER, ORG or LOC (PRO, FIN and MIX count as MISC). Nested names
// stay separate gold spans; a span annotated twice with one type counts
// once. The text is rebuilt from
// the tokens, one line per sentence, and cut after the last sentence that
// holds any markable, since MEANTIME annotates only each article's first
// sentences.
func ReadMeantimeNER(path string) (*NERDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := parseMeantimeNER(f)
	if err != nil {
		return nil, fmt.Errorf("meantime %s: %w", path, err)
	}
	d.Name = filepath.Base(path)
	return d, nil
}

func parseMeantimeNER(r io.Reader) (*NERDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	type tok struct {
		id   string
		sent int
		text string
	}
	type mention struct {
		id, syn string
		toks    []string
		entity  bool
	}
	var toks []tok
	var mentions []*mention
	var cur *mention
	entType := map[string]string{} // entity m_id → ent_type
	refers := map[string]string{}  // mention m_id → entity m_id
	var inRefers bool
	var sources []string
	var target string
	lastSent := -1
	sawDoc := false
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch e := t.(type) {
		case xml.StartElement:
			attr := func(n string) string {
				for _, a := range e.Attr {
					if a.Name.Local == n {
						return a.Value
					}
				}
				return ""
			}
			switch e.Name.Local {
			case "Document":
				sawDoc = true
			case "token":
				var s string
				if err := dec.DecodeElement(&s, &e); err != nil {
					return nil, err
				}
				n, err := strconv.Atoi(attr("sentence"))
				if err != nil {
					return nil, fmt.Errorf("token %s: bad sentence %q", attr("t_id"), attr("sentence"))
				}
				toks = append(toks, tok{id: attr("t_id"), sent: n, text: s})
			case "ENTITY_MENTION", "EVENT_MENTION", "TIMEX3", "VALUE", "SIGNAL":
				cur = &mention{id: attr("m_id"), syn: attr("syntactic_type"), entity: e.Name.Local == "ENTITY_MENTION"}
				mentions = append(mentions, cur)
			case "token_anchor":
				if cur != nil {
					cur.toks = append(cur.toks, attr("t_id"))
				}
			case "ENTITY":
				entType[attr("m_id")] = attr("ent_type")
			case "REFERS_TO":
				inRefers, sources, target = true, nil, ""
			case "source":
				if inRefers {
					sources = append(sources, attr("m_id"))
				}
			case "target":
				if inRefers {
					target = attr("m_id")
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "ENTITY_MENTION", "EVENT_MENTION", "TIMEX3", "VALUE", "SIGNAL":
				cur = nil
			case "REFERS_TO":
				for _, s := range sources {
					refers[s] = target
				}
				inRefers = false
			}
		}
	}
	if !sawDoc {
		return nil, fmt.Errorf("not a MEANTIME document: no <Document> element")
	}
	index := map[string]int{}
	for i, t := range toks {
		index[t.id] = i
	}
	for _, m := range mentions {
		for _, id := range m.toks {
			if i, ok := index[id]; ok && toks[i].sent > lastSent {
				lastSent = toks[i].sent
			}
		}
	}
	var t nerText
	d := &NERDoc{}
	words := make([]string, 0, len(toks))
	sent, sentStart := -1, 0
	for _, tk := range toks {
		if tk.sent > lastSent {
			break
		}
		if tk.sent != sent {
			if sent >= 0 {
				d.Sentences = append(d.Sentences, doc.Span{Start: sentStart, End: t.b.Len()})
				t.newline()
			}
			sent, sentStart = tk.sent, t.b.Len()
		}
		t.add(tk.text)
		words = append(words, tk.text)
	}
	if sent >= 0 {
		d.Sentences = append(d.Sentences, doc.Span{Start: sentStart, End: t.b.Len()})
	}
	d.Text = t.b.String()
	seen := map[NERSpan]bool{}
	for _, m := range mentions {
		if !m.entity || (m.syn != "NAM" && m.syn != "PRE.NAM") || len(m.toks) == 0 {
			continue
		}
		typ := NERType(entType[refers[m.id]])
		if typ == "" {
			continue
		}
		lo, hi := len(toks), -1
		for _, id := range m.toks {
			if i, ok := index[id]; ok {
				lo, hi = min(lo, i), max(hi, i)
			}
		}
		if hi < 0 || hi >= len(words) {
			continue
		}
		i, j, ok := nerTrimGold(words, lo, hi+1)
		if !ok {
			continue
		}
		g := NERSpan{Span: doc.Span{Start: t.spans[i].Start, End: t.spans[j-1].End}, Type: typ}
		if !seen[g] {
			seen[g] = true
			d.Gold = append(d.Gold, g)
		}
	}
	return d, nil
}
