package mention

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// personWordRisks lists every one-word pattern of a KB person (a learnt
// surname, or a one-word alias, which links) whose word is also
// something else in news: a KB name of anything but a person, a
// gazetteer place, a common or role word, or a frequent given name. The
// result maps "word\tperson id" to the risks found.
func personWordRisks(s *Stage) map[string][]string {
	given := map[string]bool{}
	for _, l := range [][]string{givenNames, moreGivenNames, worldGivenNames} {
		for _, w := range l {
			given[kb.Fold(w)] = true
		}
	}
	out := map[string][]string{}
	for id, w := range s.v.words {
		node, ok := s.names.step(0, int32(id))
		if !ok || !s.names.hasOuts(node) {
			continue
		}
		var people []int32
		var risks []string
		aliased := map[int32]bool{}
		for _, e := range s.names.outs[node] {
			en := s.entries[e]
			if en.ntok != 1 {
				continue
			}
			switch {
			case en.actor >= 0 && s.actors[en.actor].Kind == kb.KindPerson && (en.how == nhSurname || en.how == nhAlias):
				people = append(people, en.actor)
				aliased[en.actor] = aliased[en.actor] || en.how == nhAlias
			case en.how == nhPlace:
				risks = append(risks, "place")
			case en.how == nhOrg:
				risks = append(risks, "organisation")
			case en.how == nhDemonym:
				risks = append(risks, "demonym")
			case en.actor >= 0 && s.actors[en.actor].Kind != kb.KindPerson:
				risks = append(risks, "kb "+string(s.actors[en.actor].Kind))
			}
		}
		if len(people) == 0 {
			continue
		}
		if s.gaz != nil && s.gaz.Has(w) {
			risks = append(risks, "gazetteer")
		}
		if s.v.has(int32(id), fCommon|fRole|fPlaceCue|fOrgCue|fStop|fModifier|fGroupAdj) {
			risks = append(risks, "common word")
		}
		if given[w] {
			risks = append(risks, "given name")
		}
		if len(risks) == 0 {
			continue
		}
		slices.Sort(risks)
		risks = slices.Compact(risks)
		for _, a := range people {
			r := risks
			if aliased[a] {
				r = append([]string{"alias: links"}, risks...)
			}
			out[w+"\t"+s.actors[a].ID] = r
		}
	}
	return out
}

// TestKBPersonWordsReviewed fails when a KB person's surname or one-word
// alias is also a place, a common word or a given name and is not listed
// in testdata/person-words.txt with the reason it is kept: such a word
// types or links unrelated names ("Gilmore Girls", "Logar province").
func TestKBPersonWordsReviewed(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	risks := personWordRisks(New(k, Options{}))
	f, err := os.Open("testdata/person-words.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reviewed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 || fs[2] == "" {
			t.Errorf("testdata/person-words.txt: %q: want word, person id and reason, tab-separated", line)
			continue
		}
		reviewed[fs[0]+"\t"+fs[1]] = true
	}
	var keys []string
	for key := range risks {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for _, key := range keys {
		if !reviewed[key] {
			t.Errorf("KB person word not reviewed: %s\t(%s)", key, strings.Join(risks[key], ", "))
		}
	}
	for key := range reviewed {
		if risks[key] == nil {
			t.Errorf("testdata/person-words.txt: %q is no longer a risky person word: drop the line", key)
		}
	}
}
