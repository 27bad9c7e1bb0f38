package mention

import "testing"

// TestQA7SpokesTitles checks that a spokesperson's role written before
// the name, with its capitalised owner, is the person's title (so that
// "the spokesman said" can find the person later).
func TestQA7SpokesTitles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Taliban spokesman Zabihullah Mujahid held a news conference.", "Zabihullah Mujahid", "Taliban spokesman"},
		{"Reporters heard Pentagon spokesman John Kirby on Tuesday.", "John Kirby", "Pentagon spokesman"},
		{"The State Department spokesman Ned Price briefed reporters.", "Ned Price", "State Department spokesman"},
		{"A spokeswoman Jane Roe declined to comment.", "Jane Roe", "spokeswoman"},
		{"The Sheriff's Office spokesman Art Forgey said so.", "Art Forgey", "Sheriff's Office spokesman"},
		{"John Kirby briefed reporters.", "John Kirby", ""},
	})
}
