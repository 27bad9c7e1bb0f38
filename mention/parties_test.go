package mention

import "testing"

// TestShippedParties checks that the political parties of the shipped KB
// (kb/data/parties.jsonl) link as news writes them, region by region, and
// that the names several countries' parties share, or that are also
// everyday words, link to no party.
func TestShippedParties(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string // mention text → "type/kbid"; "" kbid: unlinked or absent
	}{
		// Africa
		{"ZANU-PF won the vote, and Zanu PF officials denied any fraud.",
			map[string]string{"ZANU-PF": "organization/org.zanu-pf", "Zanu PF": "organization/org.zanu-pf"}},
		{"The ANC said it would govern with the Democratic Alliance.",
			map[string]string{"ANC": "organization/org.anc", "Democratic Alliance": "organization/org.democratic-alliance"}},
		{"The Orange Democratic Movement and the Jubilee Party met in Nairobi.",
			map[string]string{"Orange Democratic Movement": "organization/org.odm", "Jubilee Party": "organization/org.jubilee-party"}},
		{"The All Progressives Congress won in Abuja.",
			map[string]string{"All Progressives Congress": "organization/org.apc-nigeria"}},
		// Europe
		{"Sinn Fein leader Mary Lou McDonald spoke, and Sinn Féin gained seats.",
			map[string]string{"Sinn Fein": "organization/org.sinn-fein", "Sinn Féin": "organization/org.sinn-fein"}},
		{"Fidesz won again; the AfD and the SPD lost ground to the CDU.",
			map[string]string{"Fidesz": "organization/org.fidesz", "AfD": "organization/org.afd", "SPD": "organization/org.spd", "CDU": "organization/org.cdu"}},
		{"The PiS government and the Lib Dems disagreed with the SNP.",
			map[string]string{"PiS": "organization/org.law-and-justice", "Lib Dems": "organization/org.liberal-democrats", "SNP": "organization/org.snp"}},
		// Middle East and North Africa
		{"Likud leader Benjamin Netanyahu met the head of Yesh Atid.",
			map[string]string{"Likud": "organization/org.likud", "Yesh Atid": "organization/org.yesh-atid"}},
		{"Turkey's AKP and the Republican People's Party clashed.",
			map[string]string{"AKP": "organization/org.akp", "Republican People's Party": "organization/org.chp"}},
		{"The Muslim Brotherhood's Freedom and Justice Party won the vote.",
			map[string]string{"Muslim Brotherhood": "organization/org.muslim-brotherhood", "Freedom and Justice Party": "organization/org.freedom-and-justice-party"}},
		{"The Kurdistan Democratic Party and the PUK signed the deal.",
			map[string]string{"Kurdistan Democratic Party": "organization/org.kdp", "PUK": "organization/org.puk"}},
		// Asia
		{"The BJP-led government passed the bill as the Congress party walked out.",
			map[string]string{"BJP": "organization/org.bjp", "Congress": "organization/org.inc"}},
		{"The Nepali Congress party and the CPN-UML formed a coalition.",
			map[string]string{"Nepali Congress": "organization/org.nepali-congress", "CPN-UML": "organization/org.cpn-uml"}},
		{"Pakistan Tehreek-e-Insaf and the PML-N protested in Lahore.",
			map[string]string{"Pakistan Tehreek-e-Insaf": "organization/org.pti", "PML-N": "organization/org.pml-n"}},
		{"The LDP chose a leader, and Pheu Thai formed a government.",
			map[string]string{"LDP": "organization/org.ldp-japan", "Pheu Thai": "organization/org.pheu-thai"}},
		// Americas
		{"The GOP blocked the bill the Republican Party had opposed.",
			map[string]string{"GOP": "organization/org.us-republican-party", "Republican Party": "organization/org.us-republican-party"}},
		{"The PSUV and the Liberal Party of Canada issued statements.",
			map[string]string{"PSUV": "organization/org.psuv", "Liberal Party of Canada": "organization/org.liberal-party-of-canada"}},
		// Shared names and everyday words link to no party.
		{"The Labour Party and the Conservative Party met the Democratic Party.",
			map[string]string{"Labour Party": "organization/", "Conservative Party": "organization/", "Democratic Party": "organization/"}},
		{"Republicans and Democrats argued. Labour gained while the Tories lost.",
			map[string]string{"Republicans": "", "Democrats": "", "Labour": "", "Tories": ""}},
		// a bare party name many states share is the United States'
		// party only in a story about them
		{"In Georgia, President Mikheil Saakashvili said the Republican Party had left his coalition.",
			map[string]string{"Republican Party": "organization/"}},
		{"In Yerevan, Armenia, the ruling Republican Party lost its majority.",
			map[string]string{"Republican Party": "organization/org.republican-party-of-armenia"}},
		{"Rep. Rodney Alexander of Louisiana switched to the Republican Party.",
			map[string]string{"Republican Party": "organization/org.us-republican-party"}},
		{"Donald Trump said the Republican Party would block the bill.",
			map[string]string{"Republican Party": "organization/org.us-republican-party"}},
		{"He served as Minister of Law and Justice in Islamabad.",
			map[string]string{"Law and Justice": ""}},
	} {
		checkLinks(t, tc.text, "2024-07-30", tc.want)
	}
}
