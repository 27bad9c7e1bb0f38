package event

import "testing"

// Tests of reactions to earlier acts of force.

// TestInterceptedAttack: "the attack" condemned after drones or
// missiles were shot down is the attack of the projectiles' owner, not
// the interceptor's; when the owner itself condemns, the shooting down
// is what it condemns.
func TestInterceptedAttack(t *testing.T) {
	checkEvents(t, []eventCase{
		{"bullets", "2024-04-14", "• Jordan shot down Iranian drones.\n• Guterres condemned the attack.", []string{"IGOUNO IRN 111"}, []string{"IGOUNO JOR 111"}},
		{"after the launch", "2024-04-14", "Iran launched drones and missiles at Israel. Jordan shot down Iranian drones. Guterres condemned the attack.", []string{"IGOUNO IRN 111"}, []string{"IGOUNO JOR 111"}},
		{"the owner condemns", "2019-06-20", "Iran shot down an American drone. The United States condemned the attack.", []string{"USA IRN 111"}, nil},
		{"an aircraft is no projectile", "2015-11-24", "Turkey shot down a Russian fighter jet. Russia condemned the attack.", []string{"RUS TUR 111"}, nil},
	})
}
