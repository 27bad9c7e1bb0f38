package kb

// An Agent is a generic, unnamed actor written as a common noun
// ("protesters", "police", "farmers") with the CAMEO code it stands for,
// as in the PETRARCH/Phoenix agents dictionary. Agents carry no country;
// the event coder combines them with one ("Iranian police" → IRNCOP).
type Agent struct {
	ID      string   `json:"id"`   // "agent.<slug>", e.g. "agent.police"
	Name    string   `json:"name"` // the noun, e.g. "police"
	Aliases []string `json:"aliases,omitempty"`
	CAMEO   string   `json:"cameo"` // role code, e.g. "COP", "OPP", "~AGR" in Phoenix notation
	Source  string   `json:"source,omitempty"`

	Line int    `json:"-"`
	File string `json:"-"`
}

// AddAgent adds or replaces an agent.
func (k *KB) AddAgent(a Agent) {
	if _, ok := k.agents[a.ID]; !ok {
		k.agentList = append(k.agentList, a.ID)
	}
	k.agents[a.ID] = &a
}

// Agents returns all agents in load order.
func (k *KB) Agents() []*Agent {
	out := make([]*Agent, 0, len(k.agentList))
	for _, id := range k.agentList {
		out = append(out, k.agents[id])
	}
	return out
}
