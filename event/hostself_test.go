package event

import "testing"

// hostSelfTests: a state's leaders whose visit lands in their own
// capital host nobody.
var hostSelfTests = []worldCase{
	{"a list's member visiting its own capital", "2018-07-09", "The leaders of Ethiopia and Eritrea signed a declaration on Monday, a day after Ethiopian Prime Minister Abiy Ahmed made a historic visit to the Eritrean capital.", []string{"ERI ETHGOV 043"}, []string{"ERI ERIGOV"}},
	{"the host of a visit stays", "2018-07-09", "Ethiopian Prime Minister Abiy Ahmed visited Eritrea on Sunday.", []string{"ERI ETHGOV 043"}, nil},
}

func TestHostSelfEvents(t *testing.T) { checkWorld(t, hostSelfTests) }
